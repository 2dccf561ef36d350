"""Word files as producers other than the tests' own write them, read as the plain text of the same
content reads: a custom footnote mark drawn from a symbol font, a package whose main part is not
``word/document.xml`` (named by its relationships or only by ``[Content_Types].xml``: a
macro-enabled ``.docm``), its styles, notes and headers named by the main part's relationships in
another folder, a list whose levels a numbering style gives (``w:numStyleLink``), a paragraph mark
deleted by a tracked change (the paragraph runs on into the next).  Each file is built here as
zip + XML; every passage is written for these tests in UN style."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from rescite.engine.extract import extract_text
from rescite.read import text_of

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
NS = f'xmlns:w="{W}" xmlns:r="{R}"'
TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
MACRO_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"


def t(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def p(*runs: str, ppr: str = "") -> str:
    return f"<w:p>{ppr}" + "".join(r if r.startswith("<") else t(r) for r in runs) + "</w:p>"


def document(body: str) -> str:
    return f"<w:document {NS}><w:body>{body}</w:body></w:document>"


def rels(*rows: tuple[str, str, str]) -> str:
    """A relationships part: (id, type's last word, target) rows."""
    return (
        f'<Relationships xmlns="{PKG}">'
        + "".join(f'<Relationship Id="{i}" Type="{R}/{kind}" Target="{target}"/>' for i, kind, target in rows)
        + "</Relationships>"
    )


def package(parts: dict[str, str | bytes], types: str = "<Types/>") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        for name, data in parts.items():
            z.writestr(name, data)
    return buf.getvalue()


GA = p("The General Assembly,")
DELETED_MARK = (
    '<w:pPr><w:rPr><w:del w:id="7" w:author="Editor" w:date="2025-03-02T10:00:00Z"/></w:rPr></w:pPr>'
)
NUMBERING = (
    f"<w:numbering {NS}>"
    '<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="OperativeList"/></w:abstractNum>'
    '<w:abstractNum w:abstractNumId="2"><w:styleLink w:val="OperativeList"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>'
    "</w:abstractNum>"
    '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>'
    '<w:num w:numId="9"><w:abstractNumId w:val="1"/></w:num>'
    "</w:numbering>"
)
LIST_STYLES = (
    f"<w:styles {NS}>"
    '<w:style w:type="numbering" w:styleId="OperativeList"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr>'
    "</w:pPr></w:style></w:styles>"
)


def numbered(text: str, level: int) -> str:
    return p(text, ppr=f'<w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="9"/></w:numPr></w:pPr>')


def notes_part(tag: str, notes: dict[int, str]) -> str:
    return (
        f"<w:{tag}s {NS}>"
        + "".join(f'<w:{tag} w:id="{k}">{p(v)}</w:{tag}>' for k, v in notes.items())
        + (f"</w:{tag}s>")
    )


# (row id, the file's bytes, the plain text of the same content: paragraphs apart by blank lines)
ROWS = [
    # a custom footnote mark drawn from a symbol font (an asterisk in Symbol): the text after it stays
    (
        "custom-mark-symbol",
        package(
            {
                "word/document.xml": document(
                    GA
                    + p(
                        "Recalling its resolution 77/318 of 8 September 2023",
                        '<w:r><w:footnoteReference w:customMarkFollows="1" w:id="2"/>'
                        '<w:sym w:font="Symbol" w:char="F02A"/></w:r>',
                        " and its resolution 78/283 of 21 June 2024,",
                    )
                ),
                "word/footnotes.xml": notes_part("footnote", {2: "Adopted without a vote."}),
            }
        ),
        "The General Assembly,\n\nRecalling its resolution 77/318¹ of 8 September 2023 and its resolution"
        " 78/283 of 21 June 2024,\n\n___\n1 Adopted without a vote.",
    ),
    # the main part in a folder of its own, named by the package; its header (the only copy of
    # the symbol) and its footnotes named by its relationships, beside it
    (
        "main-part-in-another-folder",
        package(
            {
                "_rels/.rels": rels(("r1", "officeDocument", "/text/body.xml")),
                "text/_rels/body.xml.rels": rels(
                    ("h1", "header", "head1.xml"), ("n1", "footnotes", "../notes/fn.xml")
                ),
                "text/body.xml": document(
                    GA
                    + p(
                        "Recalling its resolution 76/6 of 15 November 2021",
                        '<w:r><w:footnoteReference w:id="1"/></w:r>',
                        ",",
                    )
                    + f'<w:sectPr><w:headerReference {NS} w:type="default" r:id="h1"/></w:sectPr>'
                ),
                "text/head1.xml": f"<w:hdr {NS}>{p('A/RES/80/41')}</w:hdr>",
                "notes/fn.xml": notes_part("footnote", {1: "See also resolution 75/25 of 7 December 2020."}),
            }
        ),
        "A/RES/80/41\n\nThe General Assembly,\n\nRecalling its resolution 76/6 of 15 November 2021¹,"
        "\n\n___\n1 See also resolution 75/25 of 7 December 2020.",
    ),
    # a macro-enabled document (.docm) whose main part only [Content_Types].xml names; its endnotes
    # where the usual name puts them, beside it
    (
        "main-part-by-content-type",
        package(
            {
                "doc/main.xml": document(
                    GA
                    + p(
                        "Taking note of the report of the Secretary-General",
                        '<w:r><w:endnoteReference w:id="4"/></w:r>',
                        ",",
                    )
                ),
                "doc/endnotes.xml": notes_part("endnote", {4: "A/80/233."}),
            },
            f'<Types xmlns="{TYPES}"><Override PartName="/doc/main.xml" ContentType="{MACRO_MAIN}"/></Types>',
        ),
        "The General Assembly,\n\nTaking note of the report of the Secretary-General¹,\n\n___\n1 A/80/233.",
    ),
]

# (row id, the file's bytes, the text the page shows, paragraph by paragraph)
TEXT_ROWS = [
    # a list whose levels its numbering style gives: the numbers stand before the paragraphs
    (
        "numbering-style-link",
        package(
            {
                "word/document.xml": document(
                    GA
                    + numbered("Decides to convene a high-level meeting in 2027;", 0)
                    + numbered("Requests the Secretary-General:", 0)
                    + numbered("To report on the implementation of resolution 79/170;", 1)
                ),
                "word/numbering.xml": NUMBERING,
                "word/styles.xml": LIST_STYLES,
            }
        ),
        [
            "The General Assembly,",
            "1. Decides to convene a high-level meeting in 2027;",
            "2. Requests the Secretary-General:",
            "(a) To report on the implementation of resolution 79/170;",
        ],
    ),
    # a paragraph mark deleted by a tracked change: the page shows one paragraph
    (
        "deleted-paragraph-mark",
        package(
            {
                "word/document.xml": document(
                    GA
                    + p("Recalling its resolutions 76/312 of 9 May 2022", ppr=DELETED_MARK)
                    + p(" and 76/318 of 27 June 2022,")
                )
            }
        ),
        [
            "The General Assembly,",
            "Recalling its resolutions 76/312 of 9 May 2022 and 76/318 of 27 June 2022,",
        ],
    ),
]


def _citations(text: str) -> tuple[set[tuple[str, str]], str | None]:
    res = extract_text(text)
    return {(str(c.target), str(c.date)) for c in res.citations if c.target}, res.document.source_id


@pytest.mark.parametrize(("data", "plain"), [pytest.param(d, t, id=i) for i, d, t in ROWS])
def test_word_file_reads_as_its_plain_text(data: bytes, plain: str) -> None:
    assert _citations(text_of(data, "x.docx")) == _citations(plain)


@pytest.mark.parametrize(("data", "paras"), [pytest.param(d, t, id=i) for i, d, t in TEXT_ROWS])
def test_word_file_text_as_the_page_shows_it(data: bytes, paras: list[str]) -> None:
    text = text_of(data, "x.docx")
    assert [" ".join(b.split()) for b in text.split("\n\n") if b.strip()] == paras


@pytest.mark.parametrize("suffix", [".docm", ".DOCM"])
def test_macro_enabled_word_file_taken_from_a_folder(tmp_path: Path, suffix: str) -> None:
    data = package(
        {"word/document.xml": document(GA + p("Recalling its resolution 79/1 of 22 September 2024,"))},
        f'<Types xmlns="{TYPES}">'
        f'<Override PartName="/word/document.xml" ContentType="{MACRO_MAIN}"/></Types>',
    )
    (tmp_path / f"draft{suffix}").write_bytes(data)
    out = subprocess.run(
        [sys.executable, "-m", "rescite", "extract", str(tmp_path), "--format", "jsonl"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert '"target": "A/RES/79/1"' in out.stdout
