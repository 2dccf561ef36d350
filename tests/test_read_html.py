"""The HTML tokenizer: edits that keep offsets into the source, a "<" in text that keeps
its citation, script and style dropped, character references, table cells."""

from __future__ import annotations

import itertools

import pytest

from rescite.engine.extract import extract_text
from rescite.read import read_document
from rescite.read.html import parse


def plain(source: str) -> str:
    out, last = [], 0
    for s, e, r in parse(source).edits:
        out.append(source[last:s] + r)
        last = e
    return "".join(out) + source[last:]


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("<p>Recalling resolution 70/1</p>", "\n\nRecalling resolution 70/1\n\n"),
        ("a<br>b<br/>c", "a\nb\nc"),
        (
            "x &lt; 5 &amp;&amp; y &gt 2 &#8211; &#x2014; &nbsp;&unknown; &#0;",
            "x < 5 && y > 2 – — \xa0&unknown; \ufffd",
        ),
        ("&#150; &#147;", "– “"),
        ("<script>var s = '<p>60/1</p>';</script>after", "after"),
        ("<STYLE type=text/css>p { x: '</p>' }</Style>after", "after"),
        ("<script>never closed 60/1", ""),
        ("<!-- a comment --> 60/1 <!-- never closed 61/1", " 60/1 "),
        ("<!DOCTYPE html><?xml version='1.0'?>text", "text"),
        ("<a title=\"a > b\" href='x>y'>70/1</a>", "70/1"),
        ('<a title="never closed>70/1</a>', "70/1"),
        ("<td>70/1</td><td>title</td>", " 70/1  title "),
    ],
)
def test_parse(source: str, text: str) -> None:
    assert plain(source) == text


@pytest.mark.parametrize(
    "source",
    [
        "<p>The share fell to < 5 per cent, as recalled in resolution 70/1</p>",
        "<p>Values <2 and >3; see resolution 70/1</p>",
        "<p>Tags are not closed: see resolution 70/1 <b",
        "<p>An empty tag <> then resolution 70/1</p>",
        "<p>A stray </ 3 then resolution 70/1</p>",
    ],
)
def test_a_lone_less_than_sign_loses_no_citation(source: str) -> None:
    assert "resolution 70/1" in plain(source)
    result = extract_text(source)
    assert [c.target for c in result.citations] == ["A/RES/70/1"]
    c = result.citations[0]
    assert source[c.start : c.end] == c.text


def test_offsets_of_edits_are_in_order_and_apart() -> None:
    source = "<p>A&amp;B <i>x</i><!--c--><script>s</script></p>" * 20
    edits = parse(source).edits
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(edits))


def test_html_document_has_format_and_cells() -> None:
    page = (
        "<html><body><p>Resolutions adopted</p><table><tr><th>No.</th><th>Title</th></tr>"
        "<tr><td>78/10</td><td> Cooperation </td></tr></table></body></html>"
    )
    doc = read_document(page.encode(), "p.html")
    assert doc.format == "html" and doc.text == page
    cells = [(page[c.start : c.end].strip(), c.table, c.row, c.column) for c in doc.layout.cells]
    assert cells == [("No.", 1, 1, 1), ("Title", 1, 1, 2), ("78/10", 1, 2, 1), ("Cooperation", 1, 2, 2)]
