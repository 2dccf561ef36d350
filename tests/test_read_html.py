"""The HTML tokenizer: edits that keep offsets into the source, a "<" in text that keeps
its citation, script and style dropped, character references, table cells."""

from __future__ import annotations

import itertools

import pytest

from rescite.engine.extract import extract_text
from rescite.read import read_document, text_of
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


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("<ol><li>Decides</li><li>Requests</li></ol>", "\n\n1. Decides\n\n2. Requests\n\n"),
        (
            '<ol start="4"><li>Decides</li><li value="9">Invites</li><li>Notes</li></ol>',
            "4. Decides",
        ),
        ("<ul><li>first</li></ul>", "\n\nfirst\n\n"),
        ("<ol><li>a<ul><li>b</li></ul></li><li>c</li></ol>", "2. c"),
    ],
)
def test_ordered_lists_keep_their_numbers(source: str, text: str) -> None:
    assert text in plain(source)


def test_numbers_of_a_list_follow_value_and_start() -> None:
    out = plain('<ol start="4"><li>Decides</li><li value="9">Invites</li><li>Notes</li></ol>')
    assert [line for line in out.split("\n") if line] == ["4. Decides", "9. Invites", "10. Notes"]


NOTE_PAGES = [
    (
        "notes as a numbered list in a notes section (as pandoc writes them)",
        "<p>Recalling its decision 12/4 of 8 April 2022<sup><a href='#fn1' class='footnote-ref'>1</a>"
        "</sup> and the programme of work,<sup><a href='#fn2' class='footnote-ref'>2</a></sup></p>"
        "<section class='footnotes' role='doc-endnotes'>\n<hr />\n<ol>\n"
        "<li id='fn1'><p>See A/HRC/49/88, annex I."
        "<a href='#fnref1' class='footnote-back'>&#8617;</a></p></li>\n"
        "<li id='fn2'><p>Ibid., annex II.</p></li>\n</ol>\n</section>",
        ["1 See A/HRC/49/88, annex I.\u21a9", "2 Ibid., annex II."],
    ),
    (
        "notes of a page saved as a web page by a word processor",
        "<p>Recalling resolution 71/1<a href='#_ftn1' name='_ftnref1'>"
        "<span class=MsoFootnoteReference>[1]</span></a>,</p>\n"
        "<div style='mso-element:footnote-list'><br clear=all>\n<hr align=left size=1 width='33%'>\n"
        "<div style='mso-element:footnote' id=ftn1>\n<p class=MsoFootnoteText>"
        "<a href='#_ftnref1' name='_ftn1'><span class=MsoFootnoteReference>[1]</span></a>"
        " See A/71/PV.3.</p>\n"
        "</div>\n<div style='mso-element:footnote' id=ftn2>\n"
        "<p class=MsoFootnoteText>[2] Ibid., p. 4.</p>\n</div>\n</div>",
        ["[1] See A/71/PV.3.", "[2] Ibid., p. 4."],
    ),
    (
        "a list of references that is the notes element itself",
        '<p>Text.<sup>1</sup></p><ol class="references"><li>See E/2019/15.</li><li>See E/2020/7.</li></ol>'
        "<p>After the notes.</p>",
        ["1 See E/2019/15.", "2 See E/2020/7."],
    ),
]


@pytest.mark.parametrize(("name", "source", "notes"), NOTE_PAGES, ids=[n[0] for n in NOTE_PAGES])
def test_a_page_s_notes_stand_under_a_separator_a_line_each(name: str, source: str, notes: list[str]) -> None:
    lines = plain(f"<html><body>{source}</body></html>").split("\n")
    rule = lines.index("__________")
    assert [line for line in lines[rule + 1 :] if line.strip()][: len(notes)] == notes
    # … and no blank line between the notes: a blank line or two more would end them
    assert all(line.strip() for line in lines[rule + 1 : rule + 1 + len(notes)])


def test_a_marker_s_class_opens_no_notes() -> None:
    out = plain("<p>Recalling<a class='footnote-ref' href='#fn1'>1</a> resolution 70/1.</p>")
    assert "__________" not in out


@pytest.mark.parametrize(("name", "source", "notes"), NOTE_PAGES, ids=[n[0] for n in NOTE_PAGES])
def test_citations_in_a_page_s_notes_are_read_as_notes(name: str, source: str, notes: list[str]) -> None:
    text = text_of(f"<html><body><p>A/HRC/RES/50/2</p>{source}</body></html>".encode(), "page.html")
    res = extract_text(text)
    in_notes = [c for c in res.citations if c.via_footnote is not None or "footnote" in " ".join(c.evidence)]
    assert in_notes, [(str(c.target), c.evidence) for c in res.citations]
