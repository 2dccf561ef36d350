"""Hostile and broken input for the readers, generated: damaged Word files, random Word
XML, random HTML, random bytes and names.  Nothing but UnreadableInput ever comes out,
and every case ends quickly (hypothesis' deadline)."""

from __future__ import annotations

import codecs
import io
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rescite.read import Limits, UnreadableInput, read_document
from rescite.read.html import parse

FAST = settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
SMALL = Limits(max_part=256 * 1024, max_depth=64)


def _zip(parts: dict[str, str | bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, xml in parts.items():
            z.writestr(name, xml)
    return buf.getvalue()


def _read(data: bytes, name: str = "x.docx") -> None:
    try:
        doc = read_document(data, name, limits=SMALL)
    except UnreadableInput as exc:
        assert "\n" not in str(exc)
        return
    assert isinstance(doc.text, str)
    for span in [*doc.layout.pages, *doc.layout.margins, *doc.layout.cells, *doc.layout.notes]:
        assert 0 <= span.start <= span.end <= len(doc.text)


VALUES = st.sampled_from(["0", "1", "8", "9", "-1", "x", "", "99999999999", "4294967296", "1.5", "٣"])


@st.composite
def word_xml(draw: st.DrawFn, depth: int = 0) -> str:
    """Random Word markup: paragraphs, runs, tables, content controls, list properties
    with odd values, text boxes with fallbacks, references to notes that may not exist."""
    if depth > 4:
        return "<w:r><w:t>" + draw(st.sampled_from(["64/293", "a &amp; b", "", "x"])) + "</w:t></w:r>"
    kind = draw(st.sampled_from(["p", "tbl", "sdt", "num", "box", "note", "text", "junk"]))
    inner = "".join(draw(st.lists(word_xml(depth + 1), max_size=3)))
    if kind == "p":
        return f"<w:p>{inner}</w:p>"
    if kind == "tbl":
        return f"<w:tbl><w:tr><w:tc>{inner}</w:tc><w:tc/></w:tr><w:tr/></w:tbl>"
    if kind == "sdt":
        return f"<w:sdt><w:sdtContent>{inner}</w:sdtContent></w:sdt>"
    if kind == "num":
        ilvl, num = draw(VALUES), draw(VALUES)
        style = draw(st.sampled_from(["", '<w:pStyle w:val="L1"/>', '<w:pStyle w:val="Loop"/>']))
        num_pr = f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>'
        return f"<w:p><w:pPr>{style}{num_pr}</w:pPr>{inner}</w:p>"
    if kind == "box":
        box = f"<w:txbxContent>{inner}</w:txbxContent>"
        alt = f"<mc:Choice>{box}</mc:Choice><mc:Fallback>{box}</mc:Fallback>"
        return f"<w:p><w:r><mc:AlternateContent>{alt}</mc:AlternateContent></w:r></w:p>"
    if kind == "note":
        refs = f'<w:footnoteReference w:id="{draw(VALUES)}"/><w:endnoteReference w:id="{draw(VALUES)}"/>'
        return f"<w:r>{refs}</w:r>"
    if kind == "text":
        return (
            "<w:r><w:t>"
            + draw(st.text(st.characters(blacklist_categories=["Cs", "Cc"]), max_size=20))
            .replace("&", "&amp;")
            .replace("<", "&lt;")
            + "</w:t><w:tab/><w:br/><w:softHyphen/><w:noBreakHyphen/></w:r>"
        )
    return draw(st.sampled_from(["<w:bogus/>", "<x:y xmlns:x='u'/>", "<w:r/>", ""]))


@st.composite
def numbering_xml(draw: st.DrawFn) -> str:
    lvls = "".join(
        f'<w:lvl w:ilvl="{draw(VALUES)}"><w:start w:val="{draw(VALUES)}"/>'
        f'<w:numFmt w:val="{draw(FORMATS)}"/>'
        f'<w:lvlText w:val="{draw(st.sampled_from(["%1.", "(%2)", "%1.%2.%9", "%0", "", "%%"]))}"/>'
        f'<w:pStyle w:val="L1"/></w:lvl>'
        for _ in range(draw(st.integers(0, 4)))
    )
    return (
        f'<w:numbering {W}><w:abstractNum w:abstractNumId="{draw(VALUES)}">{lvls}</w:abstractNum>'
        f'<w:num w:numId="{draw(VALUES)}"><w:abstractNumId w:val="{draw(VALUES)}"/>'
        f'<w:lvlOverride w:ilvl="{draw(VALUES)}"><w:startOverride w:val="{draw(VALUES)}"/></w:lvlOverride>'
        "</w:num>"
        "</w:numbering>"
    )


FORMATS = st.sampled_from(["decimal", "lowerRoman", "upperLetter", "bullet", "none", "odd"])
STYLES = (
    f'<w:styles {W}><w:style w:styleId="L1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
    '<w:style w:styleId="Loop"><w:basedOn w:val="Loop"/></w:style></w:styles>'
)


@FAST
@given(st.lists(word_xml(), max_size=6), numbering_xml(), st.booleans())
def test_random_word_markup(blocks: list[str], numbering: str, with_notes: bool) -> None:
    parts: dict[str, str | bytes] = {
        "word/document.xml": f"<w:document {W} {MC}><w:body>{''.join(blocks)}</w:body></w:document>",
        "word/numbering.xml": numbering,
        "word/styles.xml": STYLES,
    }
    if with_notes:
        parts["word/footnotes.xml"] = (
            f'<w:footnotes {W}><w:footnote w:id="1">{"".join(blocks)}</w:footnote></w:footnotes>'
        )
        parts["word/header1.xml"] = f"<w:hdr {W} {MC}>{''.join(blocks)}</w:hdr>"
    _read(_zip(parts))


GOOD = _zip(
    {
        "word/document.xml": f"<w:document {W}><w:body><w:p><w:r><w:t>Recalling resolution 64/293</w:t>"
        "</w:r></w:p></w:body></w:document>",
        "word/numbering.xml": f"<w:numbering {W}/>",
    }
)


@FAST
@given(st.lists(st.tuples(st.integers(0, len(GOOD) - 1), st.integers(0, 255)), min_size=1, max_size=8))
def test_damaged_word_bytes(changes: list[tuple[int, int]]) -> None:
    data = bytearray(GOOD)
    for at, value in changes:
        data[at] = value
    _read(bytes(data))


@FAST
@given(st.integers(1, len(GOOD) - 1))
def test_truncated_word_file(cut: int) -> None:
    _read(GOOD[:cut])


HTML_PIECES = st.sampled_from(
    ["<", ">", "</", "<!--", "-->", "<!", "<?", "<p>", "</p>", "<td>", "<tr>", "<table>", "</table>",
     "<script>", "</script>", "<style>", "&", "&amp;", "&#", "&#x", "&#99999999;", "&nbsp", ";", '"', "'",
     "=", " ", "a", "b", "\n", "64/293", "<a href='", '<a title="', "<br/>", "é"]
)  # fmt: skip


@FAST
@given(st.lists(HTML_PIECES, max_size=60))
def test_random_html_edits_are_ordered_and_in_bounds(pieces: list[str]) -> None:
    source = "<html>" + "".join(pieces)
    markup = parse(source)
    last = 0
    for s, e, _ in markup.edits:
        assert last <= s <= e <= len(source)
        last = e
    for c in markup.cells:
        assert 0 <= c.start <= c.end <= len(source)


@FAST
@given(st.lists(st.sampled_from(["x", " ", "< ", "<2", "< 5", "<=", "&", ">", "=", '"']), max_size=30))
def test_text_without_tags_keeps_its_citation(noise: list[str]) -> None:
    """Text whose "<" opens no tag ("< 5", "<2") loses nothing around it."""
    source = "<p>" + "".join(noise).replace("&", "and") + " resolution 64/293 " + "".join(noise) + "</p>"
    out, last = [], 0
    for s, e, r in parse(source).edits:
        out.append(source[last:s] + r)
        last = e
    assert "resolution 64/293" in "".join(out) + source[last:]


@FAST
@given(st.binary(max_size=400), st.text(max_size=20))
def test_random_bytes_and_names(data: bytes, name: str) -> None:
    for prefix in (b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE, b"<html><p>"):
        try:
            doc = read_document(prefix + data, name or "-")
        except UnreadableInput as exc:
            assert "\n" not in str(exc).replace(name, "")
            continue
        assert isinstance(doc.text, str)


@FAST
@given(
    st.text(st.characters(blacklist_categories=["Cs", "Cc"]), max_size=200),
    st.sampled_from(["utf-8-sig", "utf-16", "utf-32"]),
)
def test_every_text_round_trips_with_a_bom(text: str, encoding: str) -> None:
    doc = read_document(text.encode(encoding), "t.txt")
    assert doc.text == text
    assert doc.warnings == []


@FAST
@given(st.text(max_size=40))
def test_any_file_name_gives_a_text_or_one_line(name: str) -> None:
    import tempfile
    from pathlib import Path

    from rescite.read import read_text

    path = str(Path(tempfile.gettempdir()) / "rescite-no-such-folder" / name)
    try:
        read_text(path)
    except UnreadableInput as exc:
        assert "\n" not in str(exc).replace(path, "")
