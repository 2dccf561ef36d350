"""The Word reader on documents built here: numbering through styles, footnotes and
endnotes, text boxes once, layout spans, and damaged files that give one clear line."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

import pytest

from rescite.read import Limits, UnreadableInput, read_document, text_of

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
NS = f'xmlns:w="{W}" xmlns:mc="{MC}"'


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(text: str, style: str | None = None, num: tuple[str, str] | None = None, extra: str = "") -> str:
    ppr = ""
    if style or num:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "")
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        ppr += "</w:pPr>"
    return f"<w:p>{ppr}{run(text)}{extra}</w:p>"


def document(body: str) -> str:
    return f"<w:document {NS}><w:body>{body}</w:body></w:document>"


def docx(parts: dict[str, str | bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        for name, xml in parts.items():
            z.writestr(name, xml)
    return buf.getvalue()


NUMBERING = (
    f"<w:numbering {NS}>"
    '<w:abstractNum w:abstractNumId="3">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
    '<w:pStyle w:val="SingleTxt"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/>'
    '<w:pStyle w:val="SubItem"/></w:lvl>'
    '</w:abstractNum><w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num></w:numbering>'
)
STYLES = (
    f"<w:styles {NS}>"
    '<w:style w:type="paragraph" w:styleId="SingleTxt"><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr>'
    "</w:style>"
    '<w:style w:type="paragraph" w:styleId="SubItem"><w:basedOn w:val="SingleTxt"/>'
    '<w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Loop1"><w:basedOn w:val="Loop2"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Loop2"><w:basedOn w:val="Loop1"/></w:style>'
    "</w:styles>"
)


def test_list_numbers_from_paragraph_styles() -> None:
    body = (
        para("The Economic and Social Council,")
        + para("Takes note of the report of the Commission;", style="SingleTxt")
        + para("Decides:", style="SingleTxt")
        + para("to convene a meeting;", style="SubItem")
        + para("to report to the Council;", style="SubItem")
        + para("Requests the Secretary-General to report.", style="SingleTxt")
        + para("A paragraph whose styles loop.", style="Loop1")
        + para("Numbering switched off.", style="SingleTxt", num=("0", "0"))
    )
    data = docx(
        {"word/document.xml": document(body), "word/numbering.xml": NUMBERING, "word/styles.xml": STYLES}
    )
    text = text_of(data, "s.docx")
    assert "\n\n1. Takes note of the report" in text
    assert "\n\n2. Decides:\n\n(a) to convene a meeting;\n\n(b) to report to the Council;" in text
    assert "\n\n3. Requests the Secretary-General" in text
    assert "\n\nA paragraph whose styles loop.\n\nNumbering switched off.\n" in text


def test_footnotes_and_endnotes_in_one_sequence_with_layout() -> None:
    fref = '<w:r><w:footnoteReference w:id="5"/></w:r>'
    eref = '<w:r><w:endnoteReference w:id="2"/></w:r>'
    body = para("Recalling its resolution 70/1,", extra=fref) + para("Noting decision 2/CMA.3,", extra=eref)
    notes = f'<w:footnotes {NS}><w:footnote w:id="5">{para("A/RES/70/1.")}</w:footnote></w:footnotes>'
    ends = (
        f'<w:endnotes {NS}><w:endnote w:type="separator" w:id="0">{para("-----")}</w:endnote>'
        f'<w:endnote w:id="2">{para("See FCCC/PA/CMA/2021/10/Add.1.")}</w:endnote></w:endnotes>'
    )
    data = docx({"word/document.xml": document(body), "word/footnotes.xml": notes, "word/endnotes.xml": ends})
    doc = read_document(data, "n.docx")
    assert doc.text == (
        "Recalling its resolution 70/1,1\n\nNoting decision 2/CMA.3,2\n\n_______________\n"
        "1 A/RES/70/1.\n2 See FCCC/PA/CMA/2021/10/Add.1.\n"
    )
    assert [(doc.text[n.start : n.end], n.kind, n.number) for n in doc.layout.notes] == [
        ("1 A/RES/70/1.", "footnote", 1),
        ("2 See FCCC/PA/CMA/2021/10/Add.1.", "endnote", 2),
    ]


def test_text_box_read_once_even_with_a_fallback_copy() -> None:
    box = f"<w:txbxContent>{para('Decision 27/3 of the Governing Council')}</w:txbxContent>"
    alt = (
        f"<w:r><mc:AlternateContent><mc:Choice><w:drawing>{box}</w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict>{box}</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    data = docx({"word/document.xml": document(para("Before the box.", extra=alt) + para("After."))})
    text = text_of(data, "b.docx")
    assert text.count("Decision 27/3") == 1
    assert text == "Before the box.\n\nDecision 27/3 of the Governing Council\n\nAfter.\n"


def test_table_cells_and_header_lines_in_the_layout() -> None:
    row = "<w:tr>" + "".join(f"<w:tc>{para(c)}</w:tc>" for c in ("78/4", "Cooperation", "20 October 2023"))
    body = para("Resolutions") + "<w:tbl>" + row + "</w:tr></w:tbl>"
    header = f"<w:hdr {NS}>{para('A/78/PV.12')}{para('7')}</w:hdr>"
    doc = read_document(docx({"word/document.xml": document(body), "word/header1.xml": header}), "t.docx")
    assert doc.text == "A/78/PV.12\n\nResolutions\n\n78/4 | Cooperation | 20 October 2023\n"
    assert [(doc.text[m.start : m.end], m.kind) for m in doc.layout.margins] == [("A/78/PV.12", "header")]
    cells = [(doc.text[c.start : c.end], c.table, c.row, c.column) for c in doc.layout.cells]
    assert cells == [("78/4", 1, 1, 1), ("Cooperation", 1, 1, 2), ("20 October 2023", 1, 1, 3)]
    assert doc.format == "docx"
    line = doc.line_at(doc.text.index("Cooperation"))
    assert (line.number, doc.text[line.start : line.end]) == (5, "78/4 | Cooperation | 20 October 2023")


def test_huge_numbering_start_and_odd_levels_do_not_hang() -> None:
    numbering = (
        f"<w:numbering {NS}>"
        '<w:abstractNum w:abstractNumId="1">'
        '<w:lvl w:ilvl="0"><w:start w:val="999999999999999999999"/><w:numFmt w:val="lowerRoman"/>'
        '<w:lvlText w:val="%1)"/></w:lvl>'
        '<w:lvl w:ilvl="x"><w:start w:val="1"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="2000000000"/><w:numFmt w:val="upperLetter"/>'
        '<w:lvlText w:val="%2."/></w:lvl>'
        '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>'
    )
    body = (
        para("First;", num=("1", "0")) + para("Deeper;", num=("1", "1")) + para("Odd level;", num=("1", "x"))
    )
    text = text_of(docx({"word/document.xml": document(body), "word/numbering.xml": numbering}), "n.docx")
    assert text.startswith("i) First;\n\nA. Deeper;\n\nii) Odd level;")


def _patched(data: bytes, offset_in_header: int, central_offset: int, value: bytes) -> bytes:
    out = bytearray(data)
    for sig, off in ((b"PK\x03\x04", offset_in_header), (b"PK\x01\x02", central_offset)):
        i = out.find(sig)
        while i != -1:
            out[i + off : i + off + len(value)] = value
            i = out.find(sig, i + 4)
    return bytes(out)


def _damaged() -> list[tuple[str, bytes, str]]:
    good = docx({"word/document.xml": document(para("Recalling resolution 70/1"))}, zipfile.ZIP_STORED)
    deep = document("<w:sdt>" * 400 + para("x") + "</w:sdt>" * 400)
    laughs = '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">]><w:document/>'
    return [
        ("not-a-zip", b"PK\x03\x04" + bytes(60), r"cannot read Word document \(damaged zip archive\)"),
        (
            "invalid-xml",
            docx({"word/document.xml": "<w:document><w:body>"}),
            r"invalid XML in word/document\.xml",
        ),
        (
            "bad-numbering-xml",
            docx({"word/document.xml": document(""), "word/numbering.xml": "<a><b></a>"}),
            r"invalid XML in word/numbering\.xml",
        ),
        ("deep", docx({"word/document.xml": deep}), r"word/document\.xml is nested too deeply \(over 256\)"),
        ("doctype", docx({"word/document.xml": laughs}), r"word/document\.xml declares a document type"),
        (
            "unknown-compression",
            _patched(good, 8, 10, b"\x63\x00"),
            r"word/document\.xml uses an unknown compression method \(99\)",
        ),
        ("encrypted", _patched(good, 6, 8, b"\x01\x00"), r"word/document\.xml is encrypted"),
        ("bad-crc", _patched(good, 14, 16, b"\x00\x00\x00\x00"), r"cannot read Word document"),
    ]


@pytest.mark.parametrize(
    ("data", "reason"), [(d, r) for _, d, r in _damaged()], ids=[i for i, _, _ in _damaged()]
)
def test_damaged_word_files_give_one_line(data: bytes, reason: str) -> None:
    with pytest.raises(UnreadableInput, match=r"^bad\.docx: " + reason) as info:
        text_of(data, "bad.docx")
    assert "\n" not in str(info.value)


def test_zip_bomb_stops_at_the_part_limit_with_a_partial_result() -> None:
    big = para("Recalling resolution 70/1,") + para("x" * 200_000) + para("Noting resolution 71/1,")
    notes = f"<w:footnotes {NS}>" + "<w:footnote w:id='1'><w:p/></w:footnote>" * 20_000 + "</w:footnotes>"
    data = docx({"word/document.xml": document(big), "word/footnotes.xml": notes})
    assert len(data) < 20_000  # it compresses well: the header's sizes are not what is trusted
    doc = read_document(data, "bomb.docx", limits=Limits(max_part=64 * 1024))
    assert doc.text.startswith("Recalling resolution 70/1,")  # what came before the cut
    assert "71/1" not in doc.text
    assert doc.warnings == [
        "bomb.docx: word/footnotes.xml is larger than the limit (0.0625 MB); left out",
        "bomb.docx: word/document.xml is larger than the limit (0.0625 MB); read up to it",
    ]


def test_main_part_named_by_the_package() -> None:
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
    rels = f'<Relationships xmlns="{pkg}"><Relationship Id="r1" Type="{office}" Target="word/document2.xml"/>'
    parts: dict[str, str | bytes] = {"_rels/.rels": rels + "</Relationships>"}
    parts["word/document2.xml"] = document(para("Recalling 70/1"))
    assert text_of(docx(parts), "d.docx") == "Recalling 70/1\n"


def test_masthead_table_in_a_header_part_gives_a_line_per_cell() -> None:
    cells = "".join(f"<w:tc>{para(c)}</w:tc>" for c in ("United Nations", "E/CN.6/2025/L.4", "- 2 -"))
    header = f"<w:hdr {NS}><w:tbl><w:tr>{cells}</w:tr></w:tbl></w:hdr>"
    body = document(para("The Commission on the Status of Women,") + para("Recalling its resolution 68/2,"))
    text = text_of(docx({"word/document.xml": body, "word/header1.xml": header}), "m.docx")
    assert text.startswith("United Nations\nE/CN.6/2025/L.4\n\nThe Commission")


def test_masthead_table_above_the_first_paragraph_gives_a_line_per_cell() -> None:
    def row(*cells: str) -> str:
        return "<w:tr>" + "".join(f"<w:tc>{para(c)}</w:tc>" for c in cells) + "</w:tr>"

    masthead = (
        "<w:tbl>" + row("United Nations", "E/CN.6/2025/L.4") + row("Economic and Social Council") + "</w:tbl>"
    )
    table = "<w:tbl>" + row("68/2", "Women and the economy", "12 March 2024") + "</w:tbl>"
    body = masthead + para("The Commission on the Status of Women,") + table
    doc = read_document(docx({"word/document.xml": document(body)}), "m.docx")
    assert doc.text == (
        "United Nations\nE/CN.6/2025/L.4\n\nEconomic and Social Council\n\n"
        "The Commission on the Status of Women,\n\n68/2 | Women and the economy | 12 March 2024\n"
    )
    assert [doc.text[c.start : c.end] for c in doc.layout.cells][:2] == ["United Nations", "E/CN.6/2025/L.4"]


def test_a_strict_open_xml_document_reads_as_the_usual_one() -> None:
    """Word's "Strict Open XML Document" names the same elements in other namespaces."""
    fref = '<w:r><w:footnoteReference w:id="5"/></w:r>'
    body = para("The General Assembly,") + para("Recalling its resolution 70/1,", extra=fref)
    notes = f'<w:footnotes {NS}><w:footnote w:id="5">{para("A/RES/70/1, annex.")}</w:footnote></w:footnotes>'
    parts: dict[str, str | bytes] = {
        "word/document.xml": document(body),
        "word/footnotes.xml": notes,
        "word/numbering.xml": NUMBERING,
        "word/styles.xml": STYLES,
    }
    usual = read_document(docx(parts), "u.docx")
    strict_w = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    strict = {k: str(v).replace(W, strict_w) for k, v in parts.items()}
    got = read_document(docx(dict(strict)), "s.docx")
    assert got.text == usual.text and "1 A/RES/70/1, annex." in got.text
    assert [(n.kind, n.number) for n in got.layout.notes] == [("footnote", 1)]


# (the paragraph's text before a footnote reference, the text the reference gives): right after a
# number or a word the note's number is written in superscript, never glued to the number
# ("73/301¹", not "73/3011"); after punctuation or a space, as before
NOTE_REFERENCES = [
    ("Recalling its resolution 73/301", "Recalling its resolution 73/301¹"),
    (
        "Recalling the Convention on the Rights of the Child",
        "Recalling the Convention on the Rights of the Child¹",
    ),
    ("Recalling its resolution 73/301,", "Recalling its resolution 73/301,1"),
    ("Recalling its resolution 73/301 ", "Recalling its resolution 73/301 1"),
]


@pytest.mark.parametrize(("before", "shown"), NOTE_REFERENCES)
def test_note_reference_after_a_number_is_a_superscript(before: str, shown: str) -> None:
    fref = '<w:r><w:footnoteReference w:id="5"/></w:r>'
    notes = f'<w:footnotes {NS}><w:footnote w:id="5">{para("See A/73/PV.90.")}</w:footnote></w:footnotes>'
    data = docx({"word/document.xml": document(para(before, extra=fref)), "word/footnotes.xml": notes})
    assert read_document(data, "r.docx").text.startswith(shown + "\n")
