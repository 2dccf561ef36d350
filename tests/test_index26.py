"""A refresh's and a query's own start (issue 9, conditions 2 and 3): a kept rule table's
fields decoded from its file when first read (a refresh of one English file read one field of
every language's table, 13 MB, and decoded all of it), and no pattern compiled by importing the
modules every query imports (``ids``' patterns compiled when first used)."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kept_tables import counted_loads, not_built, same
from rescite.grammar import recache


class _Table:
    """A rule table as ``grammar.rules`` keeps them: plain fields and fields of patterns."""

    __slots__ = ("by_language", "count", "dates", "name", "series")

    def __init__(self) -> None:
        self.name = "every language"
        self.dates = (re.compile(r"(\d{1,2}) (?:March|mars|marzo) (\d{4})"), r"\d{4}")
        self.series = [re.compile(r"A/RES/(\d+)/(\d+)", re.IGNORECASE), re.compile(r"S/RES/\d+ ?\(\d{4}\)")]
        self.by_language = {"fr": re.compile(r"résolution (\d+/\d+)"), "es": re.compile(r"resolución")}
        self.count = 17


def _built() -> _Table:
    return _Table()


@pytest.mark.parametrize(
    ("fields", "decoded"),
    [
        ([], 0),  # the head only: no field of patterns decoded
        (["name"], 0),  # a plain field is in the head
        (["count"], 0),
        (["dates"], 1),  # one field of patterns: that field decoded, no other
        (["series"], 1),
        (["by_language"], 1),
        (["series", "series"], 1),  # decoded once
        (["dates", "by_language"], 2),
        (["dates", "series", "by_language", "name"], 3),
    ],
)
def test_a_kept_tables_fields_are_decoded_when_first_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fields: list[str], decoded: int
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    key = ("table26", "a key")
    recache.kept("table26", key, _built, (_Table,))  # built and written
    sizes = counted_loads(monkeypatch)
    table: _Table = recache.kept("table26", key, not_built, (_Table,))  # as a new process reads it
    head = len(sizes)
    want = _Table()
    for field in fields:
        assert same(getattr(table, field), getattr(want, field)), field
    assert len(sizes) - head == decoded


@pytest.mark.parametrize(
    ("damage", "built"),
    [
        ("none", False),
        ("another key", True),
        ("cut in its head", True),
        ("empty", True),
        ("not a table", True),
    ],
)
def test_a_kept_table_that_cannot_be_read_is_built_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str, built: bool
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    key = ("table26", "a key")
    recache.kept("table26", ("table26", "another key") if damage == "another key" else key, _built, (_Table,))
    (path,) = [p for p in tmp_path.rglob("table-table26-*") if p.suffix == ".marshal"]
    data = path.read_bytes()
    if damage == "cut in its head":
        path.write_bytes(data[:40])
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "not a table":
        path.write_bytes(marshal.dumps({"a": 1}))
    calls: list[int] = []

    def build() -> _Table:
        calls.append(1)
        return _Table()

    table = recache.kept("table26", key, build, (_Table,))
    assert bool(calls) is built
    want = _Table()
    assert all(same(getattr(table, f), getattr(want, f)) for f in _Table.__slots__)


@pytest.mark.parametrize(
    "module",
    ["rescite.ids", "rescite.corpus.fresh", "rescite.corpus.walk", "rescite.render.records"],
)
def test_importing_a_module_every_query_imports_compiles_no_pattern(module: str) -> None:
    code = (
        "import re\ncalls = []\ncompile = re.compile\n"
        "re.compile = lambda *a, **k: calls.append(a[0]) or compile(*a, **k)\n"
        f"import {module}\nprint(calls)"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONSTARTUP"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (("symbol", "a/c.3/67/l.16/REV.1"), "A/C.3/67/L.16/Rev.1"),
        (("symbol", "E/CN.6/2031/ l. 4 / add.2*"), "E/CN.6/2031/L.4/Add.2"),
        (("symbol", "A/81/SUMMARY"), "A/81/Summary"),
        (("symbol", "A/79/10 (part ii)"), "A/79/10(partii)"),  # as written but for spaces
        (("symbol", "A/79/10 (iv)"), "A/79/10(IV)"),
        (("res", "A", "RES", "83/ 214", "b"), "A/RES/83/214B"),
        (("res", "A", "RES", "es-12/7"), "A/RES/ES-12/7"),
        (("res", "A", "RES", "3311 (xxx)"), "A/RES/3311(XXX)"),
        (("res", "S", "RES", "2811 (2031)"), "S/RES/2811(2031)"),
        (("res", "UNEP/EA", "RES", "9/4", None, "{series}.{session}/{KIND}.{n}"), "UNEP/EA.9/RES.4"),
        (("res", "S", "RES", "2811 (XXX)"), "IdError"),
        (("res", "A", "RES", "eighty/3"), "IdError"),
        (("res", "A", "RES", "83/2", None, "{series}/{year}/{n}"), "IdError"),
        (("symbol", "no symbol here"), "IdError"),
    ],
)
def test_ids_made_with_patterns_compiled_on_first_use(call: tuple[Any, ...], expected: str) -> None:
    from rescite import ids

    what, *args = call
    got: str
    try:
        got = ids.symbol_id(*args) if what == "symbol" else ids.resolution_id(*args)
    except ids.IdError:
        got = "IdError"
    assert got == expected
    assert ids.SESSION_NUMBER.fullmatch("ES-12/7") is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A/RES/83/214", "A/RES/83/214"),
        ("Recalling its resolution 81/12,", "Recalling its resolution 81/12,"),
        ("first line\nsecond line", "first line second line"),
        ("a\r\n\r\nb", "a b"),
        ("tab\there", "tab here"),
        ("\u2028opening and closing\u2029", " opening and closing "),
        ("vertical\x0b\x0cfeeds\x85", "vertical feeds "),
        ("spaces  stay  as  they  are", "spaces  stay  as  they  are"),
        ("", ""),
    ],
)
def test_a_shown_line_without_line_breaks_is_left_as_it_is(text: str, expected: str) -> None:
    from rescite.render import records

    assert records._one_line(text) == expected
    assert records._one_line(text) == re.sub(records._ONE_LINE, " ", text)
