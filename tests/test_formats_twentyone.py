"""Official files as they come (issue 7, session 21), read as the plain text of the same content
reads: Word files with a note's cross-reference (NOTEREF) after a number, a hyphen typed in the
Symbol font inside a symbol, content embedded as another file (``w:altChunk``: an HTML page, a
web archive, a text, a Word file), a document laid out in one big table cell; PDF pages with notes
at the foot of the first of two columns, a job number set up the margin, notes' marks drawn in
small type right after a number; HTML pages with notes' numbers in links or brackets and Word's
web-page note references, a soft hyphen or zero-width space written as an entity inside a
symbol.  Every file is built here; every passage is written for these tests in UN style."""

from __future__ import annotations

import pytest

from pdf_files import pdf_file
from rescite.engine.extract import extract_text
from rescite.read import text_of
from test_formats_twenty_word import NS, PKG, R, document, p, package, t


# -- Word (the package and XML builders of test_formats_twenty_word) ---------------------------
def field(instruction: str, result: str) -> str:
    """A complex field: its instruction, then the result the page shows."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve">{instruction}</w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + t(result)
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def chunked(body: str, target: str, data: str | bytes) -> bytes:
    """A Word file whose body embeds ``data`` (an ``altChunk`` part named ``target``)."""
    rel = f'<Relationship Id="c7" Type="{R}/aFChunk" Target="{target}"/>'
    rels = f'<Relationships xmlns="{PKG}">{rel}</Relationships>'
    return package(
        {
            "word/document.xml": document(body.replace("CHUNK", '<w:altChunk r:id="c7"/>')),
            "word/_rels/document.xml.rels": rels,
            f"word/{target}": data,
        }
    )


GA = p("The General Assembly,")
NOTES = (
    f"<w:footnotes {NS}>"
    + "".join(f'<w:footnote w:id="{k}">{p(v)}</w:footnote>' for k, v in ((1, "A/81/204."), (2, "A/81/233.")))
    + "</w:footnotes>"
)
MHT = (
    'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b1"\r\n\r\n--b1\r\n'
    'Content-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'
    "<html><body><p class=3DMsoNormal>Welcoming the adoption of resolution 79/=\r\n"
    "312 of 4 July 2025 on the ocean economy,</p></body></html>\r\n--b1--\r\n"
)

# (row id, the file's bytes, the plain text of the same content)
WORD_ROWS = [
    # a cross-reference to a note (NOTEREF, as "insert a second reference to the same note" makes
    # it): the note's number, never digits glued to the number before it ("76/2262")
    (
        "noteref-complex-field",
        package(
            {
                "word/document.xml": document(
                    GA
                    + p(
                        "Recalling its resolution 76/226",
                        field(" NOTEREF _Ref80111 \\f \\h ", "2"),
                        " of 24 December 2021 on the small island developing States,",
                    )
                ),
                "word/footnotes.xml": NOTES,
            }
        ),
        "The General Assembly,\n\nRecalling its resolution 76/226² of 24 December 2021 on the small"
        " island developing States,",
    ),
    (
        "noteref-simple-field",
        package(
            {
                "word/document.xml": document(
                    GA
                    + p(
                        "Taking note of decision 2025/219",
                        f'<w:fldSimple w:instr=" NOTEREF _Ref80112 \\f ">{t("1")}</w:fldSimple>',
                        " of the Economic and Social Council of 22 July 2025,",
                    )
                ),
            }
        ),
        "The General Assembly,\n\nTaking note of decision 2025/219¹ of the Economic and Social Council"
        " of 22 July 2025,",
    ),
    # a hyphen typed in the Symbol font (Word writes its code, F02D): a symbol's element
    (
        "symbol-font-hyphen",
        package(
            {
                "word/document.xml": document(
                    GA
                    + p(
                        "Recalling its resolution ES",
                        '<w:r><w:sym w:font="Symbol" w:char="F02D"/></w:r>',
                        "10/24 of 12 December 2024 and its resolution 79/81 of the same date,",
                    )
                )
            }
        ),
        "The General Assembly,\n\nRecalling its resolution ES-10/24 of 12 December 2024 and its"
        " resolution 79/81 of the same date,",
    ),
    # content embedded as an HTML page: Word shows its paragraphs where it stands
    (
        "altchunk-html",
        chunked(
            GA + "CHUNK" + p("Decides to remain seized of the matter."),
            "afchunk.htm",
            "<html><body><p>Recalling its resolution 78/70 of 7 December 2023,</p>"
            "<p>Recalling also Security Council resolution 2730 (2024),</p></body></html>",
        ),
        "The General Assembly,\n\nRecalling its resolution 78/70 of 7 December 2023,\n\nRecalling also"
        " Security Council resolution 2730 (2024),\n\nDecides to remain seized of the matter.",
    ),
    # … as a web archive (MIME, quoted-printable)
    (
        "altchunk-web-archive",
        chunked(GA + "CHUNK", "afchunk.mht", MHT),
        "The General Assembly,\n\nWelcoming the adoption of resolution 79/312 of 4 July 2025 on the ocean"
        " economy,",
    ),
    # … as text
    (
        "altchunk-text",
        chunked(GA + "CHUNK", "chunk.txt", "Reaffirming its resolution 77/335 of 1 September 2023,"),
        "The General Assembly,\n\nReaffirming its resolution 77/335 of 1 September 2023,",
    ),
    # … as a Word file
    (
        "altchunk-word-file",
        chunked(
            GA + "CHUNK",
            "embed/part1.docx",
            package({"word/document.xml": document(p("Recalling its decision 79/555 of 30 June 2025,"))}),
        ),
        "The General Assembly,\n\nRecalling its decision 79/555 of 30 June 2025,",
    ),
]


def _citations(text: str) -> set[tuple[str, str]]:
    return {(str(c.target), str(c.date)) for c in extract_text(text).citations if c.target}


@pytest.mark.parametrize(("data", "plain"), [pytest.param(d, x, id=i) for i, d, x in WORD_ROWS])
def test_word_file_reads_as_its_plain_text(data: bytes, plain: str) -> None:
    expected = _citations(plain)
    assert expected
    assert _citations(text_of(data, "x.docx")) == expected


# (row id, the file's bytes, the paragraphs the page shows)
WORD_TEXT_ROWS = [
    # a document laid out in one table cell: its paragraphs, not one line
    (
        "one-cell-layout-table",
        package(
            {
                "word/document.xml": document(
                    "<w:tbl><w:tr><w:tc>"
                    + GA
                    + p("Recalling its resolution 75/1 of 21 September 2020,")
                    + p("1. Decides to include the item in the provisional agenda of its next session.")
                    + "</w:tc></w:tr></w:tbl>"
                )
            }
        ),
        [
            "The General Assembly,",
            "Recalling its resolution 75/1 of 21 September 2020,",
            "1. Decides to include the item in the provisional agenda of its next session.",
        ],
    ),
    # an embedded web archive whose paragraphs are apart
    (
        "altchunk-paragraphs",
        chunked(
            GA + "CHUNK",
            "afchunk.htm",
            "<html><body><p>Noting with concern the report,</p>"
            "<p>1. Requests a further report.</p></body></html>",
        ),
        ["The General Assembly,", "Noting with concern the report,", "1. Requests a further report."],
    ),
]


@pytest.mark.parametrize(("data", "paras"), [pytest.param(d, x, id=i) for i, d, x in WORD_TEXT_ROWS])
def test_word_file_text_as_the_page_shows_it(data: bytes, paras: list[str]) -> None:
    text = text_of(data, "x.docx")
    assert [" ".join(b.split()) for b in text.split("\n\n") if b.strip()] == paras


# -- PDF ---------------------------------------------------------------------------------------
def _esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def line(x: int, y: int, s: str, size: int = 10) -> str:
    return f"BT /F1 {size} Tf {x} {y} Td ({_esc(s)}) Tj ET"


def pdf(pages: list[list[str]]) -> bytes:
    """A PDF of one Helvetica font whose pages draw ``pages`` (content stream operators)."""
    n = len(pages)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for i, ops in enumerate(pages):
        stream = "\n".join(ops).encode("cp1252")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {5 + 2 * i} 0 R "
            "/Resources << /Font << /F1 3 0 R >> >> >>".encode()
        )
        objects.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
    return pdf_file(objects)


def lines(x: int, top: int, texts: list[str], size: int = 10) -> list[str]:
    return [line(x, top - (size + 4) * k, s, size) for k, s in enumerate(texts)]


COLUMN_ONE = [
    "The General Assembly,",
    "Recalling its resolution 73/195 of",
    "19 December 2018,1 and reaffirming",
    "the resolutions of the Human",
]
COLUMN_ONE_NOTES = ["1 See A/73/PV.60 and A/73/L.66.", "2 Adopted without a vote."]
COLUMN_TWO = [
    "Rights Council 52/23 of 4 April 2023",
    "and 55/14 of 3 April 2024,2",
    "Decides to remain seized of the matter.",
]
TURNED = "BT /F1 7 Tf 0 1 -1 0 30 300 Tm (26-03114 \\(E\\)) Tj ET"


def _marks(body: list[tuple[str, str]]) -> list[str]:
    """Lines of text, each followed by a note's mark drawn in smaller type, raised."""
    return [
        f"BT /F1 10 Tf 72 {700 - 14 * k} Td ({_esc(s)}) Tj /F1 6 Tf 3 Ts ({mark}) Tj "
        "0 Ts /F1 10 Tf ( ...) Tj ET"
        for k, (s, mark) in enumerate(body)
    ]


# (row id, the file's bytes, the plain text of the same content)
PDF_ROWS = [
    # two columns, the first with its notes at its foot: the sentence reads on into the second
    (
        "notes-at-the-foot-of-the-first-column",
        pdf(
            [
                lines(60, 760, COLUMN_ONE)
                + lines(60, 120, COLUMN_ONE_NOTES, 8)
                + lines(320, 760, COLUMN_TWO)
                + [line(60, 60, "26-03114", 8)]
            ]
        ),
        "The General Assembly,\n\nRecalling its resolution 73/195 of 19 December 2018,¹ and reaffirming the"
        " resolutions of the Human Rights Council 52/23 of 4 April 2023 and 55/14 of 3 April 2024,²\n\n"
        "Decides to remain seized of the matter.\n\n___\n1 See A/73/PV.60 and A/73/L.66.\n"
        "2 Adopted without a vote.",
    ),
    # a job number set up the margin, drawn in the middle of a sentence
    (
        "job-number-up-the-margin",
        pdf(
            [
                [
                    *lines(72, 760, ["The General Assembly,", "Recalling its resolution 72/310 of"]),
                    TURNED,
                    *lines(72, 732, ["7 September 2018 and its resolution 74/4 of", "15 October 2019,"]),
                ]
            ]
        ),
        "The General Assembly,\n\nRecalling its resolution 72/310 of 7 September 2018 and its resolution 74/4"
        " of 15 October 2019,",
    ),
    # notes' marks drawn in small type right after a number: never digits glued to it
    (
        "marks-in-small-type",
        pdf(
            [
                [
                    line(72, 730, "The General Assembly,"),
                    *_marks(
                        [
                            ("Recalling its resolution 73/1", "2"),
                            ("Recalling Security Council resolution 2417 (2018)", "3"),
                        ]
                    ),
                    *lines(72, 120, ["2 A/73/PV.3.", "3 S/PV.8267."], 8),
                ]
            ]
        ),
        "The General Assembly,\n\nRecalling its resolution 73/1² ...\n\nRecalling Security Council resolution"
        " 2417 (2018)³ ...\n\n___\n2 A/73/PV.3.\n3 S/PV.8267.",
    ),
]


@pytest.mark.parametrize(("data", "plain"), [pytest.param(d, x, id=i) for i, d, x in PDF_ROWS])
def test_pdf_file_reads_as_its_plain_text(data: bytes, plain: str) -> None:
    pytest.importorskip("pypdf")
    expected = _citations(plain)
    assert expected
    assert _citations(text_of(data, "x.pdf")) == expected


# -- a page's notes block that cuts a body's name in two ---------------------------------------------
PAGE_CUT = (
    "A/RES/81/40 Cooperation between the United Nations and regional organizations\n\n"
    "The General Assembly,\n\nRecalling its resolution 70/1 of 25 September 2015,\n\n"
    "Reaffirming Security Council resolutions 2245 (2015) and 2260 (2016), and Human Rights\n"
    "__________________\n"
    "3 See A/80/311, paras. 4-9.\n"
    "2/6 26-01322\f"
    "A/RES/81/40 Cooperation between the United Nations and regional organizations\n"
    "Council resolution 48/7 and the report of its Advisory Committee,\n\n"
    "1. Decides to remain seized of the matter.\n"
    "3/6 26-01322\f"
    "A/RES/81/40 Cooperation between the United Nations and regional organizations\n"
    "2. Requests a report.\n"
)


@pytest.mark.parametrize(
    ("text", "cited"),
    [pytest.param(PAGE_CUT, ("A/HRC/RES/48/7", "None"), id="body-name-cut-by-notes")],
)
def test_a_name_a_notes_block_cuts_is_one_name(text: str, cited: tuple[str, str]) -> None:
    assert cited in _citations(text)


# -- HTML --------------------------------------------------------------------------------------
WORD_REF = (
    '<a style=\'mso-footnote-id:ftn1\' href="#_ftn1" name="_ftnref1" title="">'
    "<span class=MsoFootnoteReference><span style='mso-special-character:footnote'>"
    "<![if !supportFootnotes]><span class=MsoFootnoteReference>[1]</span><![endif]></span></span></a>"
)
WORD_NOTES = (
    "<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all><hr size=1><![endif]>"
    "<div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText>"
    '<a style=\'mso-footnote-id:ftn1\' href="#_ftnref1" name="_ftn1" title=""><span>[1]</span></a>'
    " A/80/PV.41.</p></div></div>"
)

# (row id, the page, the plain text of the same content)
HTML_ROWS = [
    (
        "sup-link",
        "<html><body><p>Recalling its resolution 74/307<sup><a href='#fn3'>3</a></sup> of 11 August 2020,</p>"
        "</body></html>",
        "Recalling its resolution 74/307³ of 11 August 2020,",
    ),
    (
        "sup-brackets",
        "<html><body><p>Recalling its resolution 76/300<sup>[4]</sup> of 28 July 2022,</p></body></html>",
        "Recalling its resolution 76/300⁴ of 28 July 2022,",
    ),
    (
        "word-web-page-note-reference",
        f"<html><body><p class=MsoNormal>Recalling its resolution 80/12{WORD_REF} of 4 November 2025,</p>"
        f"{WORD_NOTES}</body></html>",
        "Recalling its resolution 80/12¹ of 4 November 2025,\n\n___\n1 A/80/PV.41.",
    ),
    (
        "soft-hyphen-entity",
        "<html><body><p>Recalling its resolution 75/&shy;277 of 9 September 2021,</p></body></html>",
        "Recalling its resolution 75/277 of 9 September 2021,",
    ),
    (
        "zero-width-space-entity",
        "<html><body><p>Recalling its resolution 77/&#8203;276 of 2 May 2023,</p></body></html>",
        "Recalling its resolution 77/276 of 2 May 2023,",
    ),
]


@pytest.mark.parametrize(("page", "plain"), [pytest.param(d, x, id=i) for i, d, x in HTML_ROWS])
def test_html_page_reads_as_its_plain_text(page: str, plain: str) -> None:
    expected = _citations(plain)
    assert expected
    assert _citations(text_of(page.encode(), "x.html")) == expected
