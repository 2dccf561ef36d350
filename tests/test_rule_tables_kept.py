"""The rule tables kept between runs (``grammar.tables.kept_table``, ``grammar.recache.kept``):
a language's patterns and the number shapes read back from their file are exactly the tables
built from the lexicon, and a table is kept only for a lexicon read from its own kept copy."""

from __future__ import annotations

import marshal
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from rescite.grammar import headings, lexicon, recache, retools, rules, shapes, symbols
from rescite.models import Record


def _clear_caches() -> None:
    """Forget every table built in this process (they are cached per process)."""
    for name, module in list(sys.modules.items()):
        if name.startswith("rescite."):
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    _clear_caches()
    yield home
    monkeypatch.undo()
    _clear_caches()


def _kept_lexicon() -> None:
    """The lexicon as a later run reads it: from its kept copy."""
    lexicon.load()
    _clear_caches()
    assert lexicon.kept_key() is not None


TABLES: list[tuple[str, Callable[[], Any], Callable[[], Any], str]] = [
    *(
        (
            f"patterns {code or 'none'}",
            lambda c=code: rules.patterns(c),
            lambda c=code: rules._patterns(c),
            f"patterns-{code if code.isalnum() else 'x' + code.encode().hex()}",
        )
        for code in ["", "*", "en", "fr", "es", "ru", "ar", "zh", "xx"]
    ),
    ("number shapes", shapes.number_shapes, shapes._number_shapes, "number-shapes"),
    ("heading rules", headings.heading_rules, headings._heading_rules, "heading-rules"),
]


@pytest.mark.parametrize(("kept", "built", "name"), [t[1:] for t in TABLES], ids=[t[0] for t in TABLES])
def test_a_kept_rule_table_is_the_table_built(
    cache_home: Path, kept: Callable[[], Any], built: Callable[[], Any], name: str
) -> None:
    _kept_lexicon()
    first = kept()  # built, and written
    assert list(cache_home.glob(f"rescite/table-{name}-*.marshal"))
    _clear_caches()
    again = kept()  # read back from the file
    _clear_caches()
    fresh = built()  # built again, here
    assert _fields(again) == _fields(first) == _fields(fresh)
    assert again is not first


def _slots(value: Record) -> tuple[str, ...]:
    slots: tuple[str, ...] = type(value).__slots__
    return slots


def _fields(value: Any) -> Any:
    """``value`` as plain values, a record by its class and every slot (a pattern compares
    its text, flags and program)."""
    if isinstance(value, Record):
        return (type(value), tuple((s, _fields(getattr(value, s))) for s in _slots(value)))
    if isinstance(value, re.Pattern):
        return ("pattern", value, value.pattern, value.flags, value.groupindex)
    if type(value) in (tuple, list):
        return type(value)(_fields(v) for v in value)
    if type(value) is dict:
        return {k: _fields(v) for k, v in value.items()}
    return value


@pytest.mark.parametrize(
    ("case", "lexicon_kept"),
    [
        ("a lexicon compiled from its files in this process", False),
        ("a lexicon read from its kept copy", True),
    ],
)
def test_a_table_is_kept_only_with_a_kept_lexicon(cache_home: Path, case: str, lexicon_kept: bool) -> None:
    if lexicon_kept:
        _kept_lexicon()
    rules.patterns("en")
    assert bool(list(cache_home.glob("rescite/table-patterns-en-*.marshal"))) is lexicon_kept, case


class _Shape(Record):
    pattern: re.Pattern[str]
    more: Any

    __slots__ = ("more", "pattern")

    def __init__(self, pattern: re.Pattern[str], more: Any) -> None:
        self.pattern, self.more = pattern, more


@pytest.mark.parametrize(
    ("case", "value", "kept"),
    [
        ("patterns, records, tuples, dicts", (_Shape(re.compile("(?i)a(?P<b>b)"), {"x": (1, None)}),), True),
        ("a tuple that opens as a mark does", ("\x00p", "\x00r", ["\x00t"]), True),
        ("a set (not kept)", _Shape(re.compile("a"), {"x"}), False),
        ("a record of another class (not kept)", symbols.SymbolTails("a", "b", "c", {}), False),
    ],
)
def test_kept_keeps_a_rule_table_s_values_only(cache_home: Path, case: str, value: Any, kept: bool) -> None:
    calls = []

    def build() -> Any:
        calls.append(1)
        return value

    assert recache.kept("odd", ("odd", case), build, (_Shape,)) is value
    again = recache.kept("odd", ("odd", case), build, (_Shape,))
    assert (again is not value) is kept and _fields(again) == _fields(value), case
    assert len(calls) == (1 if kept else 2)


@pytest.mark.parametrize(
    "phrases",
    [
        ["Trusteeship Council", "Council", "the Council"],
        ["l'Assemblée", "Assemblée générale", "Assemblée"],
        ["Совет", "Совет Безопасности"],
    ],
)
def test_an_alternation_is_kept_between_runs(phrases: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    made = lexicon.alternation(phrases)
    assert made == lexicon._alternation(sorted(set(phrases), key=lambda p: (-len(p), p)))

    def not_again(phrase: str) -> str:
        raise AssertionError(f"{phrase!r} made again")

    monkeypatch.setattr(lexicon, "phrase_re", not_again)
    assert lexicon.alternation([*reversed(phrases), phrases[0]]) == made  # the same set: kept


def _every_pattern() -> list[str]:
    from rescite.engine import heading

    out = [p.pattern for p in heading.heading_patterns("own_number")]
    for code in ["", *lexicon.load().languages]:
        out += [p.pattern for p in _patterns_in(rules.patterns(code))]
    out += [p.pattern for p in _patterns_in(shapes.number_shapes())]
    return out


def _patterns_in(value: Any) -> list[re.Pattern[str]]:
    if isinstance(value, re.Pattern):
        return [value]
    if isinstance(value, Record):
        return [p for s in _slots(value) for p in _patterns_in(getattr(value, s))]
    if type(value) in (tuple, list):
        return [p for v in value for p in _patterns_in(v)]
    return []


@pytest.mark.parametrize(
    ("pattern", "bar"),
    [
        ("a|b", True),
        ("(a|b)c", False),
        ("[|]x", False),
        ("[]|]x", False),
        ("[^]|]x|y", True),
        (r"a\|b", False),
        (r"a\\|b", True),
        ("(?:a)|b", True),
        (r"[a\]|]x", False),
        ("]|x", True),
        ("(?<=[(])|x", True),
        ("((a)|(b))", False),
        ("^(?P<n>\\d+)(?:[ \\t]*\\|)?", False),
    ],
)
def test_a_top_level_alternative_is_found_as_group_depths_reads_the_pattern(pattern: str, bar: bool) -> None:
    assert retools.top_level_alternative(pattern) is bar
    assert any(c == "|" and depth == 0 for _, c, depth in retools.group_depths(pattern)) is bar


def _walked_depths(pattern: str) -> list[tuple[int, str, int]]:
    """group_depths' reading done character by character (the brackets and bars it yields)."""
    out: list[tuple[int, str, int]] = []
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        else:
            depth += (c == "(") - (c == ")")
            if c in "()|]":
                out.append((i, c, depth))
        i += 1
    return out


def test_top_level_alternative_agrees_with_group_depths_on_every_rule_pattern() -> None:
    patterns = _every_pattern()
    assert len(patterns) > 500
    for p in patterns:
        for text in (p, p[1:]):
            walked = _walked_depths(text)
            # (the marks found by searching are those a walk over every character finds)
            assert list(retools.group_depths(text)) == walked, text[:80]
            expected = any(c == "|" and depth == 0 for _, c, depth in walked)
            assert retools.top_level_alternative(text) is expected, text[:80]


@pytest.mark.parametrize(
    ("case", "stored"),
    [
        ("not marshal data", lambda digest: b"\x00 not marshal data"),
        ("another key's table", lambda digest: marshal.dumps(("0" * 32, ("\x00t", 1, 2)))),
        ("a record of no class", lambda digest: marshal.dumps((digest, ("\x00r", 7, ())))),
        ("a mark of no kind", lambda digest: marshal.dumps((digest, ("\x00x", 1)))),
    ],
)
def test_a_damaged_or_foreign_table_file_is_built_again(
    cache_home: Path, case: str, stored: Callable[[str], bytes]
) -> None:
    key = ("odd", case)
    digest = recache._digest(marshal.dumps(key, 2)).hex()
    path = Path(recache._path("table-odd"))
    path.parent.mkdir(parents=True)
    path.write_bytes(stored(digest))
    value = (_Shape(re.compile("a|b"), 3),)
    assert recache.kept("odd", key, lambda: value, (_Shape,)) is value, case  # built
    again = recache.kept("odd", key, lambda: value, (_Shape,))  # and kept
    assert again is not value and _fields(again) == _fields(value)


@pytest.mark.parametrize(
    ("kept", "field"),
    [
        (lambda: rules.patterns("en"), "item"),
        (lambda: rules.patterns("fr"), "kw_after"),
        (lambda: shapes.number_shapes()[0], "pattern"),
    ],
    ids=["patterns en", "patterns fr", "number shapes"],
)
def test_a_kept_table_builds_a_pattern_when_it_is_first_read(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch, kept: Callable[[], Any], field: str
) -> None:
    _kept_lexicon()
    first = kept()  # built, and written
    _clear_caches()
    built: list[str] = []
    real = recache._build

    def counting(pattern: str, entry: Any) -> re.Pattern[str]:
        built.append(pattern)
        return real(pattern, entry)

    monkeypatch.setattr(recache, "_build", counting)
    again = kept()  # read back: no pattern built yet
    assert built == []
    assert getattr(again, field).pattern == getattr(first, field).pattern
    assert built == [getattr(first, field).pattern]  # that one only
    getattr(again, field)
    assert len(built) == 1  # once
    with pytest.raises(AttributeError):
        _ = again.no_such_field
