"""The engine's start in a refresh of one changed file (issue 9, condition 2): a kept tuple of
records (``shapes.number_shapes``) decoded record field by record field when first read, the
symbols' bracket words of every language kept between runs (no language folded at a start), the
tries' code tag summed only when its files change, and the table of wide characters compiled
from its kept program."""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from kept_tables import counted_loads, not_built, recorded_calls, same
from rescite.grammar import chars, lexicon, recache, symbols


class _Shape:
    """A record as ``shapes.NumberShape``: plain fields and fields of patterns."""

    __slots__ = ("body", "lead", "more", "pattern")

    def __init__(self, body: str, n: int) -> None:
        self.body = body
        self.pattern = re.compile(rf"(?P<m>{n} C/(?:resolution|résolution) (?P<n>\d{{1,4}}))")
        self.more = [re.compile(rf"EB{n}\.R(\d+)"), re.compile(rf"GC\({n}\)/RES/(\d+)")]
        self.lead = {"after": re.compile(r"\d"), "before": re.compile(r"[ \t]")}


def _shapes() -> tuple[_Shape, ...]:
    return (_Shape("UNESCO_GC", 41), _Shape("WHO_EB", 152), _Shape("IAEA_GC", 67))


@pytest.mark.parametrize(
    ("reads", "decoded"),
    [
        ([], 0),  # the head only: no record's field of patterns decoded
        ([(0, "body")], 0),  # a plain field is in the head
        ([(0, "body"), (1, "body"), (2, "body")], 0),  # (a scan reads every record's plain fields)
        ([(0, "pattern")], 1),  # one record's field of patterns: that field decoded, no other
        ([(2, "more")], 1),
        ([(1, "lead")], 1),
        ([(1, "pattern"), (1, "pattern")], 1),  # decoded once
        ([(0, "pattern"), (2, "pattern")], 2),  # the same field of two records: each its own
        ([(0, "pattern"), (0, "more"), (0, "lead"), (0, "body")], 3),
    ],
)
def test_a_kept_tuple_of_records_is_decoded_field_by_field(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reads: list[tuple[int, str]], decoded: int
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    key = ("table27", "a key")
    recache.kept("table27", key, _shapes, (_Shape,))  # built and written
    sizes = counted_loads(monkeypatch)
    # as a new process reads it
    table: tuple[_Shape, ...] = recache.kept("table27", key, not_built, (_Shape,))
    assert len(sizes) == 1  # the head
    want = _shapes()
    for i, field in reads:
        assert same(getattr(table[i], field), getattr(want[i], field))
    assert len(sizes) == 1 + decoded
    # … and every field, read at last, is the one built
    for got, built in zip(table, want, strict=True):
        for field in _Shape.__slots__:
            assert same(getattr(got, field), getattr(built, field))


@pytest.mark.parametrize("name", ["table27", "number-shapes"])
def test_the_kept_tables_format_has_a_name_of_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    # a file of the format before (tuples' records kept whole) is never read by this version,
    # nor this version's by it: it would find fields it cannot place
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    recache.kept(name, (name, "a key"), _shapes, (_Shape,))
    written = [p.name for p in (tmp_path / "rescite").iterdir()]
    assert written == [p for p in written if f"table-{name}-v4-" in p] != []


@pytest.fixture
def fresh_caches() -> Iterator[None]:
    """The functions' caches emptied before and after (the monkeypatched ways not kept)."""
    symbols.symbol_tails.cache_clear()
    lexicon._code_tag.cache_clear()
    chars._wide.cache_clear()
    yield
    symbols.symbol_tails.cache_clear()
    lexicon._code_tag.cache_clear()
    chars._wide.cache_clear()


@pytest.mark.parametrize("field", ["numbered", "roman", "alone", "own"])
def test_the_symbols_bracket_words_are_kept_between_runs(
    monkeypatch: pytest.MonkeyPatch, fresh_caches: None, field: str
) -> None:
    kept: list[str] = []
    recorded_calls(monkeypatch, symbols, "kept_table", kept)
    got = symbols.symbol_tails()
    assert kept == ["symbol-tails"]
    assert getattr(got, field) == getattr(symbols._symbol_tails(), field)


def test_the_symbols_bracket_words_read_every_language(fresh_caches: None) -> None:
    own = symbols.symbol_tails().own
    for lang in lexicon.load().languages.values():
        for table in ("tail_numbered", "tail_roman", "tail_alone"):
            for written, word in lang.raw.get("symbols", {}).get(table, {}).items():
                assert own[lexicon.fold(written)] == word


def test_the_tries_code_tag_is_summed_only_when_its_files_change(
    monkeypatch: pytest.MonkeyPatch, fresh_caches: None
) -> None:
    kinds: list[str] = []
    recorded_calls(monkeypatch, recache, "files_key", kinds)
    here = Path(lexicon.__file__).resolve().parent
    data = (here / "lexicon.py").read_bytes() + (here / "chars.py").read_bytes()
    assert lexicon._code_tag() == f"{zlib.crc32(data):08x}"
    assert kinds == ["code-tag"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("\uff21/\uff32\uff25\uff33/73/8", "A/RES/73/8"),  # full-width letters of a Chinese text
        ("A\uff0fRES\uff0f70\uff0f1", "A/RES/70/1"),
        ("резолюция\u00a071/5", "резолюция 71/5"),
        ("\ufe8d\ufee0\ufed8\ufeae\ufe8d\ufead 75/12", "القرار 75/12"),  # presentation forms
    ],
)
def test_the_table_of_wide_characters_is_compiled_from_its_kept_program(
    monkeypatch: pytest.MonkeyPatch, fresh_caches: None, text: str, want: str
) -> None:
    compiled: list[str] = []
    recorded_calls(monkeypatch, recache, "compile", compiled)
    assert chars.one_for_one(text) == want
    assert len(compiled) == 1 and compiled[0].startswith("[")
