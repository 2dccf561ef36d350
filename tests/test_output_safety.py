"""Output that cannot hurt: the terminal, the spreadsheet, XML and JSON readers get text
from documents and file names only in a form that is safe for them."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from rescite.cli import app
from rescite.models import RECORD_FIELDS, Citation
from rescite.render import records
from rescite.render.safe import (
    csv_line,
    for_terminal,
    for_xml,
    json_text,
    spreadsheet_cell,
)

runner = CliRunner()

# any character, lone surrogates too (the undecodable bytes of a file name)
ANY_TEXT = st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=()), max_size=60)
_TERMINAL_DANGER = {chr(c) for c in [*range(0x20), *range(0x7F, 0xA0)]} | {
    "\u202e",
    "\u2066",
    "\u2069",
    "\u200f",
    "\u2028",
}


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_nothing_a_terminal_obeys_survives(text: str) -> None:
    shown = for_terminal(text)
    assert not (set(shown) & _TERMINAL_DANGER)
    assert not any("\ud800" <= c <= "\udfff" for c in shown)
    shown.encode("utf-8")  # printable on any UTF-8 terminal


def test_terminal_escapes_are_visible() -> None:
    assert for_terminal("a\x1b[2Jb\x07") == "a\\x1b[2Jb\\x07"
    assert for_terminal("name\udcff.txt") == "name\\xff.txt"  # the byte that was not UTF-8
    assert for_terminal("abc\u202ecba") == "abc\\u202ecba"
    assert for_terminal("résolution 64/293") == "résolution 64/293"


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_xml_text_is_always_well_formed(text: str) -> None:
    doc = f"<a t={json.dumps('x')}>" + for_xml(text).replace("&", "&amp;").replace("<", "&lt;") + "</a>"
    ET.fromstring(doc.encode("utf-8"))


@settings(max_examples=300, deadline=None)
@given(st.lists(ANY_TEXT, min_size=1, max_size=5))
def test_json_lines_are_valid_and_exact(values: list[str]) -> None:
    line = json_text(json.dumps(values, ensure_ascii=False))
    line.encode("utf-8")  # no lone surrogate left raw
    assert json.loads(line) == values


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=20), min_size=1, max_size=6))
def test_csv_round_trips_as_rfc_4180(cells: list[str]) -> None:
    line = csv_line(cells)
    assert list(csv.reader(io.StringIO(line, newline=""))) == [cells]


def test_a_bare_cr_is_quoted() -> None:
    assert csv_line(["a\rb", "c"]) == '"a\rb",c\n'


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_formula_cells_are_defused(start: str) -> None:
    assert spreadsheet_cell(start + "1+1") == "'" + start + "1+1"
    assert spreadsheet_cell("64/293") == "64/293"


def _citation(text: str, source: str = "a.txt") -> Citation:
    return Citation(source, None, 0, len(text), text, None, "unresolved", verb='=HYPERLINK("x")')


def test_csv_and_tsv_of_records_defuse_formulas_and_quote_line_ends() -> None:
    out = io.StringIO()
    records.write_citations([_citation("a\rb", "-x.txt")], "csv", out)
    rows = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert (
        rows[1][0] == "'-x.txt"
        and rows[1][4] == "a\rb"
        and rows[1][RECORD_FIELDS.index("verb")] == '\'=HYPERLINK("x")'
    )
    out = io.StringIO()
    records.write_citations([_citation("\x1b[2J")], "tsv", out)
    assert "\x1b" not in out.getvalue() and "\\x1b[2J" in out.getvalue()


def test_the_table_never_holds_an_escape_sequence() -> None:
    out = io.StringIO()
    records.write_citations([_citation("64/293\x1b]0;title\x07")], "table", out)
    assert "\x1b" not in out.getvalue() and "\x07" not in out.getvalue()


# ------------------------------------------------------------------ the CLI over an index


def _write_corpus(folder: Path) -> None:
    folder.mkdir()
    paragraphs = "".join(
        f"{i}. Decides to keep the question under review at its next sessions;\n\n" for i in range(1, 15)
    )
    (folder / "r.txt").write_text(
        "Resolution 70/5\n\n70/5. =cmd and a title in \x1b[31mred\x1b[0m\n\nThe General Assembly,\n\n"
        "Recalling its resolution 64/293 of 30 July 2010 on the \x1b]0;owned\x07 window,\n\n" + paragraphs,
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def corpus_args(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    base = tmp_path_factory.mktemp("unsafe")
    _write_corpus(base / "corpus")
    args = ["--corpus", str(base / "corpus"), "--db", str(base / "index.sqlite")]
    result = runner.invoke(app, ["index", *args])
    assert result.exit_code == 0, result.stderr
    return args


def _run(args: list[str]) -> Any:
    result = runner.invoke(app, args, env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    return result


@pytest.mark.parametrize(
    "command",
    [["show", "64/293"], ["show", "70/5"], ["list", "--format", "table"], ["list", "--format", "tsv"]],
)
def test_no_escape_sequence_reaches_the_terminal(corpus_args: list[str], command: list[str]) -> None:
    result = _run([*command, *corpus_args])
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "\x1b" not in result.stderr


def test_listing_csv_defuses_a_title_that_is_a_formula(corpus_args: list[str]) -> None:
    rows = list(csv.DictReader(io.StringIO(_run(["list", "--format", "csv", *corpus_args]).stdout)))
    names = {r["id"]: r["name"] for r in rows}
    assert names["A/RES/70/5"].startswith("'=cmd")


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graph_xml_is_well_formed_with_control_characters(corpus_args: list[str], fmt: str) -> None:
    ET.fromstring(_run(["graph", "--format", fmt, *corpus_args]).stdout.encode("utf-8"))


@pytest.mark.parametrize("fmt", ["dot", "mermaid", "json"])
def test_other_graph_formats_hold_no_control_characters(corpus_args: list[str], fmt: str) -> None:
    out = _run(["graph", "--format", fmt, *corpus_args]).stdout
    assert not any(c in out for c in "\x1b\x07\x00")
    if fmt == "json":
        json.loads(out)
