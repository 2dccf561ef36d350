"""A refresh of one changed file (issue 9, condition 2): the names of well-known texts (shown
names and search aliases) kept between runs under the files they are made of, the CSV tables
split at their commas when no cell is quoted, and patterns a text of UTF-8 or a query without
sizes never uses compiled only when first used."""

from __future__ import annotations

import csv
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kept_tables import recorded_calls
from rescite.grammar import lexicon, names, recache
from rescite.read import decode, limits


@pytest.fixture
def kept_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A cache folder of its own and a lexicon read from its kept file (a key), the names'
    caches emptied before and after."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(recache, "_strings", None)
    monkeypatch.setattr(lexicon, "made_of", lambda: "lexicon-key-28")
    names.aliases.cache_clear()
    names.known_names.cache_clear()
    yield
    names.aliases.cache_clear()
    names.known_names.cache_clear()


def _made_again(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """From now on, making the names from the lexicon and ``short_names.csv`` is recorded."""
    made: list[str] = []
    recorded_calls(monkeypatch, names, "_names_by_language", made, "languages")
    recorded_calls(monkeypatch, names, "short_names", made, "short names")
    return made


def _aliases_built() -> dict[str, tuple[str, ...]]:
    text = names._aliases_text(names._alias_pairs())
    return {k: tuple(ids) for k, *ids in (line.split("\t") for line in text.split("\n") if line)}


@pytest.mark.parametrize(
    ("function", "built"),
    [
        (names.aliases, _aliases_built),
        (names.known_names, names._known_names),
    ],
)
def test_the_names_are_read_back_without_being_made_again(
    monkeypatch: pytest.MonkeyPatch, kept_names: None, function: Any, built: Callable[[], Any]
) -> None:
    first = function()  # made and kept
    assert first == built()
    function.cache_clear()  # as a new process
    made = _made_again(monkeypatch)
    assert function() == first
    assert made == []


def _unseen(kind: str, paths: list[str], build: Any) -> str:
    raise OSError("a file cannot be looked at")


@pytest.mark.parametrize("function", [names.aliases, names.known_names])
@pytest.mark.parametrize(
    ("key", "files_key", "again"),
    [
        ("lexicon-key-28", recache.files_key, False),  # the same lexicon and files: read back
        ("another-lexicon", recache.files_key, True),
        ("lexicon-key-28", _unseen, True),  # a file that cannot be looked at: made, not kept
    ],
)
def test_the_names_are_made_again_for_another_lexicon(
    monkeypatch: pytest.MonkeyPatch,
    kept_names: None,
    function: Any,
    key: str,
    files_key: Callable[..., str],
    again: bool,
) -> None:
    first = function()  # kept under the first key
    function.cache_clear()
    monkeypatch.setattr(lexicon, "made_of", lambda: key)
    monkeypatch.setattr(recache, "files_key", files_key)
    made = _made_again(monkeypatch)
    assert function() == first
    assert (made != []) is again


@pytest.mark.parametrize(
    "shown",
    [
        {"A/RES/71/402": "Convention on the Example of Tests"},
        {"A/RES/71/402": "a name\twith a tab"},  # not written as lines: made at each start
        {"A/RES/71/402": "a name\nof two lines"},
        {"UNTS/2999/12345": "Protocol", "A/RES/40/144": ""},
    ],
)
def test_the_shown_names_are_kept_as_they_are_made(
    monkeypatch: pytest.MonkeyPatch, kept_names: None, shown: dict[str, str]
) -> None:
    monkeypatch.setattr(names, "_known_names", lambda: dict(shown))
    assert names.known_names() == shown
    names.known_names.cache_clear()
    assert names.known_names() == shown


@pytest.mark.parametrize(
    "text",
    [
        "code,body\nICCD,UNCCD\nCOP,UNFCCC\n",
        "code,body\r\nICCD,UNCCD\r\n\r\nCOP,UNFCCC\r\n",  # a blank line is no row
        "a,b,c\n1,,3\n",  # an empty cell
        "a,b\n1\n",  # a short row: the csv module's filling
        "a,b\n1,2,3\n",  # a long row
        'a,b\n"1,5",2\n',  # a quoted cell
        'a,b\n1,"say ""yes"""\n',
        "\na,b\n1,2\n",  # a blank line before the header
        "a,b\n",  # no row
        "",
        "a, b\n 1 , 2\n",  # blanks kept, as the csv module keeps them
        "a,a\n1,2\n",  # a header named twice: the last cell
    ],
)
def test_a_table_is_read_as_the_csv_module_reads_it(text: str) -> None:
    assert lexicon._rows(text) == list(csv.DictReader(text.splitlines()))


@pytest.mark.parametrize("name", sorted(p.name for p in Path(lexicon._HERE).glob("*.csv")))
def test_the_data_tables_are_read_as_the_csv_module_reads_them(name: str) -> None:
    text = (Path(lexicon._HERE) / name).read_text(encoding="utf-8")
    assert lexicon._rows(text) == list(csv.DictReader(text.splitlines()))


@pytest.mark.parametrize(
    ("module", "kept"),
    [
        ("rescite.read.limits", "_SIZE"),  # a size read from the environment only
        ("rescite.read.decode", "_DECLARED"),  # a legacy encoding's declaration only
    ],
)
def test_a_pattern_is_compiled_when_first_used(module: str, kept: str) -> None:
    code = f"import {module} as m; print(len(m.{kept}))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


@pytest.mark.parametrize(
    ("value", "size"),
    [("500M", 500 * 1024 * 1024), ("64k", 64 * 1024), (" 2 G ", 2 * 1024**3), ("12", 12), ("lots", None)],
)
def test_a_size_is_read_as_before(value: str, size: int | None) -> None:
    assert limits.parse_size(value) == size


@pytest.mark.parametrize(
    ("head", "encoding"),
    [
        (b'<meta charset="windows-1251">\xcf\xf0\xe8', "cp1251"),
        (b'<?xml version="1.0" encoding="ISO-8859-1"?><a>\xe9</a>', "cp1252"),
        (b"<p>no declaration \xe9</p>", None),
    ],
)
def test_a_declared_encoding_is_read_as_before(head: bytes, encoding: str | None) -> None:
    assert decode._declared(head) == encoding
