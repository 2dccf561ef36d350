"""The engine's start for one file (issue 9, condition 2; bench/README.md "engine44"): the kept
lexicon (``grammar.lexicon``, its file in format "v2") keeps each section of a language's
tables that is a table or a list, and each language's names of instruments, apart after its
head; a start decodes the head only, a section when first read, the names of instruments when
first read (a text in English read none of the other languages' names of bodies and
instruments, examples or verbs: the kept file's decode was 3.3 ms of a one-file start, 1.5 ms
of it after).

Rows: what each way of reading a kept language's tables gives (equal to the parsed files'
tables) and what it decodes; what the kept names of instruments give; and the kept file never
stale (a changed language file or table, a damaged or short file, a file of the old format).
"""

from __future__ import annotations

import copy
import json
import marshal
import pickle
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from rescite.grammar import chars, lexicon


def _tables_clear() -> None:
    for cached in (lexicon.load, lexicon.table, lexicon.instruments_table, lexicon._instrument_rows):
        cached.cache_clear()


@pytest.fixture(autouse=True)
def _cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    _tables_clear()
    yield
    _tables_clear()


def _parsed_and_kept() -> tuple[lexicon.Lexicon, lexicon.Lexicon]:
    """The lexicon parsed from its files (a first run, which keeps it), then read from the kept file."""
    parsed = lexicon.load()
    lexicon.load.cache_clear()
    return parsed, lexicon.load()


def _decoded(raw: dict[str, Any]) -> set[str]:
    """The sections of a kept language's tables decoded so far."""
    return set(dict.keys(raw))


# (what is read, how: raw -> a value, the sections it decodes: "one" the section named, "all")
READS: list[tuple[str, str, Callable[[dict[str, Any]], Any], str]] = [
    ("en", "verbs", lambda r: r["verbs"], "one"),
    ("en", "bodies", lambda r: r.get("bodies"), "one"),
    ("fr", "instruments", lambda r: r.get("instruments", {}), "one"),
    ("ru", "examples", lambda r: "examples" in r, "none"),
    ("zh", "dates", lambda r: r.setdefault("dates", {}), "one"),
    ("ar", "generic", lambda r: r.get("generic", {}).get("council"), "one"),
    ("es", "no such section", lambda r: (r.get("no such section", 7), "no such section" in r), "none"),
    ("en", "*", lambda r: list(r), "all"),
    ("fr", "*", lambda r: list(r.items()), "all"),
    ("es", "*", lambda r: sorted(map(str, r.values())), "all"),
    ("ru", "*", lambda r: len(r), "all"),
    ("zh", "*", lambda r: repr(r), "all"),
    ("ar", "*", lambda r: json.dumps(r, ensure_ascii=False), "all"),
    ("en", "*", lambda r: dict(r), "all"),
    ("fr", "*", lambda r: {**r}, "all"),
    ("es", "*", lambda r: r.copy(), "all"),
    ("ru", "*", lambda r: copy.deepcopy(r), "all"),
    ("zh", "*", lambda r: pickle.loads(pickle.dumps(r)), "all"),
    ("ar", "*", lambda r: marshal.loads(marshal.dumps(dict(r))), "all"),
    ("en", "*", lambda r: list(reversed(r)), "all"),
    ("fr", "*", lambda r: r | {"extra": 1}, "all"),
]


@pytest.mark.parametrize(("code", "section", "read", "decodes"), READS)
def test_a_kept_language_reads_as_the_files_and_decodes_what_is_read(
    code: str, section: str, read: Callable[[dict[str, Any]], Any], decodes: str
) -> None:
    parsed, kept = _parsed_and_kept()
    raw, files = kept.languages[code].raw, parsed.languages[code].raw
    assert type(files) is dict
    before = _decoded(raw)
    assert before < set(files)  # some sections not decoded yet …
    assert section == "*" or section not in before
    assert read(raw) == read(files)  # … and what is read is what the files give
    after = _decoded(raw)
    if decodes == "all":
        assert after == set(files)
        assert list(raw) == list(files)  # in the files' order
    elif decodes == "one":
        assert after == before | {section}
    else:
        assert after == before
    assert raw == files and files == raw
    assert not raw != files  # noqa: SIM202


# (a change to a kept language's tables, then what its tables are)
CHANGES: list[tuple[str, Callable[[dict[str, Any]], Any]]] = [
    ("a section set before it is read", lambda r: r.__setitem__("verbs", {"acts": ["x"]})),
    ("a section deleted before it is read", lambda r: r.__delitem__("bodies")),
    ("a section popped", lambda r: r.pop("examples")),
    ("a new key", lambda r: r.update(extra=1)),
    ("everything cleared", lambda r: r.clear()),
]


@pytest.mark.parametrize(("what", "change"), CHANGES, ids=[c[0] for c in CHANGES])
def test_a_change_to_a_kept_language_is_a_change_to_a_dict(
    what: str, change: Callable[[dict[str, Any]], Any]
) -> None:
    parsed, kept = _parsed_and_kept()
    raw, files = kept.languages["en"].raw, dict(parsed.languages["en"].raw)
    assert _decoded(raw) < set(files)
    change(raw)
    change(files)
    assert raw == files and list(raw) == list(files) and dict(raw.items()) == files


def test_the_kept_names_of_instruments_are_merged_when_first_read() -> None:
    parsed, kept = _parsed_and_kept()
    assert "instrument_names" in lexicon.Lexicon.__slots__
    with pytest.raises(AttributeError):
        object.__getattribute__(kept, "instrument_names")  # not merged yet
    assert list(kept.instrument_names.items()) == list(parsed.instrument_names.items())
    assert object.__getattribute__(kept, "instrument_names") is kept.instrument_names
    assert kept == parsed
    with pytest.raises(AttributeError):
        kept.no_such_field  # noqa: B018


@pytest.mark.parametrize("how", [pickle.dumps, copy.copy, copy.deepcopy])
def test_a_kept_lexicon_copies_whole(how: Callable[[Any], Any]) -> None:
    parsed, kept = _parsed_and_kept()
    with pytest.raises(AttributeError):
        object.__getattribute__(kept, "instrument_names")
    got = how(kept)
    again = pickle.loads(got) if type(got) is bytes else got
    assert again == parsed
    assert again.instrument_names == parsed.instrument_names


def _data_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    shutil.copytree(lexicon._HERE, data)
    monkeypatch.setattr(lexicon, "_HERE", str(data))
    return data


def _kept_file_cut(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:-100])


def _write(path: Path, data: bytes) -> None:
    path.write_bytes(data)


def _edit(name: str, old: str, new: str) -> Callable[[Path], None]:
    def edit(data: Path) -> None:
        f = data / name
        text = f.read_text(encoding="utf-8")
        assert old in text
        f.write_text(text.replace(old, new, 1), encoding="utf-8")

    return edit


# (what changes, in the data folder's copy or in the kept file; then the lexicon is the files')
STALE: list[tuple[str, Callable[[Path], None] | None, Callable[[Path], None] | None]] = [
    ("a language file's section kept apart", _edit("en.toml", "[verbs]", "[verbs]\nextra_note = 1\n"), None),
    ("a language file's inline key", _edit("fr.toml", 'code = "fr"', 'code = "fr"\nnote_x = "y"'), None),
    (
        "a table the languages are checked against",
        _edit("instruments.csv", "\n", "\nZZ_NEW,,,,A/RES/1/1,,,\n"),
        None,
    ),
    ("the kept file cut short", None, _kept_file_cut),
    ("the kept file in another form", None, lambda p: _write(p, marshal.dumps(("key", {})))),
    ("the kept file empty", None, lambda p: _write(p, b"")),
]


@pytest.mark.parametrize(("what", "edit", "damage"), STALE, ids=[s[0] for s in STALE])
def test_the_kept_lexicon_is_never_stale(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    what: str,
    edit: Callable[[Path], None] | None,
    damage: Callable[[Path], None] | None,
) -> None:
    data = _data_copy(tmp_path, monkeypatch)
    lexicon.load()
    if edit is not None:
        edit(data)
    if damage is not None:
        damage(lexicon._cache_file())
    lexicon.load.cache_clear()
    _tables_clear()  # (the tables' rows, read once per process)
    calls: list[str] = []
    real = lexicon._compile_language

    def counted(code: str, *rest: Any) -> Any:
        calls.append(code)
        return real(code, *rest)

    monkeypatch.setattr(lexicon, "_compile_language", counted)
    again = lexicon.load()  # parsed from the files again, and kept …
    assert calls
    lexicon.load.cache_clear()
    monkeypatch.setattr(lexicon, "_compile_language", real)
    kept = lexicon.load()  # … and read back from the kept file, section by section
    assert type(kept.languages["en"].raw) is lexicon._Sections
    assert kept == again
    if what.startswith("a language file's section"):
        assert kept.languages["en"].raw["verbs"]["extra_note"] == 1
    if what.startswith("a language file's inline"):
        assert kept.languages["fr"].raw["note_x"] == "y"


# the wide texts' table (``chars._wide``), kept between runs: (what is around, then what the
# table must be: the one built from the Unicode data, or the one given)
def _counted_pairs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = chars._wide_pairs

    def counted() -> str:
        calls.append(1)
        got: str = real()
        return got

    monkeypatch.setattr(chars, "_wide_pairs", counted)
    return calls


def _moved_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    moved = tmp_path / "chars.py"
    moved.write_bytes(Path(chars.__file__).read_bytes() + b"\n")
    monkeypatch.setattr(chars, "__file__", str(moved))


def _gone_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chars, "__file__", str(tmp_path / "no such file.py"))


def _not_pairs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _moved_file(tmp_path, monkeypatch)  # (the table changed with its file)
    real = chars._wide_table
    monkeypatch.setattr(chars, "_wide_table", lambda: {**real(), "\ufb00": "ff"})


WIDE: list[tuple[str, Callable[[Path, pytest.MonkeyPatch], None] | None, int, dict[str, str]]] = [
    ("kept: read back, not built", None, 0, {}),
    ("this file changed: built again", _moved_file, 1, {}),
    ("this file not found: built here", _gone_file, 0, {}),
    ("a replacement of two characters: built at each start", _not_pairs, 1, {"\ufb00": "ff"}),
]


@pytest.mark.parametrize(("what", "around", "builds", "extra"), WIDE, ids=[w[0] for w in WIDE])
def test_the_wide_texts_table_is_kept_and_never_stale(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    what: str,
    around: Callable[[Path, pytest.MonkeyPatch], None] | None,
    builds: int,
    extra: dict[str, str],
) -> None:
    built = chars._wide_table()
    chars._wide.cache_clear()
    chars._wide()  # kept (in this process's strings, written at its exit)
    chars._wide.cache_clear()
    if around is not None:
        around(tmp_path, monkeypatch)
    calls = _counted_pairs(monkeypatch)
    try:
        pattern, table = chars._wide()
    finally:
        chars._wide.cache_clear()
    assert len(calls) == builds
    want = {**built, **extra}
    assert list(table.items()) == list(want.items())
    assert pattern.pattern == "[" + re.escape("".join(want)) + "]"
    assert chars.one_for_one("\uff21\uff0f\uff32\uff25\uff33\u2019\u0418") == "A/RES'\u0418"
