"""The kept programs' and strings' files (`grammar.recache`, format "v3"): the list of digests and
lengths is decoded, each value left in the map of the file until it is used; a file cut short,
of another form or damaged is read as empty (the patterns are compiled anew)."""

from __future__ import annotations

import marshal
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from rescite.grammar import recache


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(recache, "_cache", None)
    monkeypatch.setattr(recache, "_strings", None)
    monkeypatch.setattr(recache, "_used", set())
    monkeypatch.setattr(recache, "_used_strings", set())
    monkeypatch.setattr(recache, "_pending", [])
    return tmp_path


@pytest.mark.parametrize(
    ("case", "kind", "values"),
    [
        ("programs", "regex", {b"a" * 16: b"\x00\x01program", b"b" * 16: bytes(range(256))}),
        ("an empty value", "regex", {b"c" * 16: b""}),
        ("no entry", "regex", {}),
        ("strings", "strings", {b"d" * 16: "(?:Recalling|Reaffirming)", b"e" * 16: "Résolution 12/3"}),
        (
            "strings of other scripts",
            "strings",
            {b"f" * 16: "قرار الجمعية العامة", b"g" * 16: "大会第号决议"},
        ),
        ("a lone surrogate", "strings", {b"h" * 16: "a\udc80b"}),
    ],
)
def test_a_saved_file_reads_back_value_by_value(
    cache_home: Path, case: str, kind: str, values: dict[bytes, Any]
) -> None:
    recache._save(values, kind)
    got = recache._read(kind)
    assert list(got) == list(values), case
    for key, value in values.items():
        assert type(got[key]) is memoryview, case  # left in the map until used
        raw = value.encode("utf-8", "surrogatepass") if isinstance(value, str) else value
        assert bytes(got[key]) == raw, case


def _headed(keys: list[Any], lengths: list[int], values: bytes) -> bytes:
    """A file of the v3 form by hand: the head's length, the head, the values."""
    head = marshal.dumps((keys, lengths))
    return len(head).to_bytes(8, "big") + head + values


@pytest.mark.parametrize(
    ("case", "content"),
    [
        ("an empty file", lambda whole: b""),
        ("the length only", lambda whole: (40).to_bytes(8, "big")),
        ("cut short", lambda whole: whole[:-3]),
        ("one byte too many", lambda whole: whole + b"+"),
        ("the v2 form (a marshal dict)", lambda whole: marshal.dumps({b"k" * 16: b"program"})),
        (
            "lengths that do not match the keys",
            lambda whole: _headed([b"k" * 16], [9, 7], b"a program" + b"another"),
        ),
        ("a key that is not bytes", lambda whole: _headed(["k" * 16], [9], b"a program")),
        ("not marshal data", lambda whole: (5).to_bytes(8, "big") + b"\xff\xfe\xfd\xfc\xfb"),
    ],
)
def test_a_file_of_another_form_reads_as_empty(
    cache_home: Path, case: str, content: Callable[[bytes], bytes]
) -> None:
    """``content``: the file's bytes made from those of a good one."""
    recache._save({b"k" * 16: b"a program", b"l" * 16: b"another"}, "regex")
    path = Path(recache._path("regex"))
    path.write_bytes(content(path.read_bytes()))
    assert recache._read("regex") == {}, case


@pytest.mark.parametrize(
    ("case", "pattern", "flags", "text"),
    [
        (
            "named groups",
            r"(?P<a>\d{1,4})/(?P<b>\d{1,4})"
            + r"(?:\s+\d+/\d+)?" * 3
            + r"|(?P<w>Recalling|Reaffirming)\s+its",
            0,
            "Recalling its resolution 12/34 and 5/6 7/8 9/10",
        ),
        (
            "case-blind",
            r"(?:resolution|decision)s?\s+\d+/\d+" * 4,
            re.IGNORECASE,
            "RESOLUTION 1/2Decisions 3/4resolution 5/6decision 7/8",
        ),
    ],
)
def test_a_program_read_from_the_map_matches_as_re_compile(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch, case: str, pattern: str, flags: int, text: str
) -> None:
    recache.compile(pattern, flags)
    recache.flush()
    monkeypatch.setattr(recache, "_cache", None)  # a new process: from the file

    def not_again(p: str, f: int) -> None:
        raise AssertionError("compiled again")

    monkeypatch.setattr(recache, "_program", not_again)
    kept = recache.compile(pattern, flags)
    assert type(recache._load()[next(iter(recache._used))]) is memoryview, case
    reference = re.compile(pattern, flags)
    assert [m.span() + m.groups() for m in kept.finditer(text)] == [
        m.span() + m.groups() for m in reference.finditer(text)
    ], case


@pytest.mark.parametrize(
    ("case", "value"),
    [
        ("plain", "(?:Recalling|Reaffirming)"),
        ("accents", "(?:Rappelant|Réaffirmant)"),
        ("Cyrillic", "(?:ссылаясь|подтверждая)"),
        ("empty", ""),
    ],
)
def test_a_remembered_string_comes_back_as_a_string(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch, case: str, value: str
) -> None:
    key = ("test", case)
    assert recache.remembered(key, lambda: value) == value
    recache.flush()
    monkeypatch.setattr(recache, "_strings", None)  # a new process: from the file

    def not_again() -> str:
        raise AssertionError("built again")

    got = recache.remembered(key, not_again)
    assert type(got) is str and got == value, case
    again = recache.remembered(key, not_again)
    assert again == value, case
