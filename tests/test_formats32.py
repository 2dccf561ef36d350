"""Official files as they come (issue 7, session 32), in files built here.

A symbol whose lettered element ends a PDF line with its dot ("A/C.3/80/L." and "23" on the
next line) is read whole; a Word note's mark set after a closing bracket ("2250 (2015)" and a
raised "2") is a mark, not digits glued to the bracket, in .docx and .doc files alike; and a PDF
page whose text layer has no letters to read (a font without a Unicode map) is said in one
warning line.  Session volumes in Russian, Arabic and Chinese whose first text's adopting body's
line carries a note's mark ("Генеральная Ассамблея,1", "大会，1", and in an Arabic PDF the mark drawn
on the word's left) keep their texts apart and the note with its text.  Every passage is written
for these tests in UN style."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest

from browser import browser, skip_without_cjk_font  # noqa: F401  (the fixture)
from official_files import (
    DOCS,
    Cited,
    chromium_html,
    chromium_pdf,
    cited_in,
    marked_paragraph,
    marks_of,
    noted,
    raised_run,
    superscript_run,
    word97_rows,
)
from pdf_files import one_page, pdf_file
from rescite.engine.extract import extract_text
from rescite.read import document_of, text_of
from test_formats_word import docx, note_ref, p

# -- a symbol broken after the dot of its lettered element -------------------------------------------
# (row id, the passage's lines as a PDF draws them, what is cited)
BROKEN_AT_DOT: list[tuple[str, list[str], Cited]] = [
    (
        "en: L. then the number",
        [
            "Having considered draft resolution A/C.3/81/L.",
            "17 and the report of the Third Committee,",
        ],
        {("A/C.3/81/L.17", None)},
    ),
    (
        "fr: Add. then the number",
        [
            "Prenant note du rapport du Secrétaire général (A/81/204/Add.",
            "2) et de sa résolution 79/165 du 19 décembre 2024,",
        ],
        {("A/81/204/Add.2", None), ("A/RES/79/165", "2024-12-19")},
    ),
    (
        "es: C. then the Committee's number",
        [
            "Habiendo examinado el proyecto de resolución A/C.",
            "2/81/L.9, de 4 de noviembre de 2026,",
        ],
        {("A/C.2/81/L.9", "2026-11-04")},  # (the Spanish comma before a document's date: left42a)
    ),
    (
        "ru: CN. then the commission's number",
        [
            "принимая к сведению доклад Генерального секретаря (E/CN.",
            "6/2026/4) и резолюцию 70/1 от 25 сентября 2015 года,",
        ],
        {("E/CN.6/2026/4", None), ("A/RES/70/1", "2015-09-25")},
    ),
    (
        "ar: Rev. then the number",
        [
            "وقد نظرت في مشروع القرار A/HRC/61/L.12/Rev.",
            "1 المؤرخ 2 نيسان/أبريل 2026،",
        ],
        # (the draft's date after its symbol is the draft's: real41a)
        {("A/HRC/61/L.12/Rev.1", "2026-04-02")},
    ),
    (
        "zh: L. then the number",
        [
            "审议了决议草案A/C.3/81/L.",
            "17和第三委员会的报告，",
        ],
        {("A/C.3/81/L.17", None)},
    ),
]


def _line(text: str, y: int) -> str:
    return f"BT /F1 10 Tf 50 {y} Td {{{text}}} Tj ET"


@pytest.mark.parametrize(
    ("lines", "cited"), [r[1:] for r in BROKEN_AT_DOT], ids=[r[0] for r in BROKEN_AT_DOT]
)
def test_a_symbol_broken_after_its_elements_dot_is_read_whole(lines: list[str], cited: Cited) -> None:
    # (a text file as it was saved from a PDF)
    assert cited_in("\n".join(lines), "page.txt") == cited


_LEFT_TO_RIGHT = [r for r in BROKEN_AT_DOT if not r[0].startswith("ar")]


@pytest.mark.parametrize(
    ("lines", "cited"), [r[1:] for r in _LEFT_TO_RIGHT], ids=[r[0] for r in _LEFT_TO_RIGHT]
)
def test_a_symbol_broken_after_its_elements_dot_in_a_pdf(lines: list[str], cited: Cited) -> None:
    text = text_of(one_page([_line(line, 700 - 14 * k) for k, line in enumerate(lines)]), "page.pdf")
    assert lines[0] in text
    assert cited_in(text, "page.pdf") == cited


# (row id, a passage whose line ends after a dot and before a number, what is cited)
NOT_A_SYMBOL: list[tuple[str, str, Cited]] = [
    (
        "a paragraph's number after a resolution's number",
        "Recalling its resolution 79/165.\n2. Requests the Secretary-General to report,",
        {("A/RES/79/165", None)},
    ),
    (
        "a paragraph's number after a symbol",
        "Takes note of the report of the Secretary-General (A/81/204).\n3. Decides to remain seized,",
        {("A/81/204", None)},
    ),
]


@pytest.mark.parametrize(("text", "cited"), [r[1:] for r in NOT_A_SYMBOL], ids=[r[0] for r in NOT_A_SYMBOL])
def test_a_number_after_a_whole_symbols_line_end_stays_apart(text: str, cited: Cited) -> None:
    assert cited_in(text, "page.txt") == cited


# -- Word: a note's mark after a closing bracket -----------------------------------------------------
# (row id, the paragraph's pieces (text, or a mark's digits after "^"), what is cited)
AFTER_BRACKET: list[tuple[str, list[str], Cited]] = [
    (
        "en: after a Council resolution's year",
        [
            "Recalling Security Council resolution 2250 (2015)",
            "^2",
            " of 9 December 2015 and resolution 2419 (2018)",
            "^3",
            " of 6 June 2018,",
        ],
        {("S/RES/2250(2015)", "2015-12-09"), ("S/RES/2419(2018)", "2018-06-06")},
    ),
    (
        "fr: after a session's number",
        ["Rappelant sa résolution 1514 (XV)", "^4", " du 14 décembre 1960,"],
        {("A/RES/1514(XV)", "1960-12-14")},
    ),
    (
        "es: after a bracketed symbol",
        [
            "Tomando nota del informe (A/81/204)",
            "^5",
            " y de la resolución 2601 (2021)",
            "^6",
            ", de 29 de octubre de 2021,",
        ],
        {("A/81/204", None), ("S/RES/2601(2021)", "2021-10-29")},
    ),
    (
        "ru: after a Council resolution's year",
        ["ссылаясь на резолюцию 2250 (2015)", "^7", " Совета Безопасности от 9 декабря 2015 года,"],
        {("S/RES/2250(2015)", "2015-12-09")},
    ),
]

_ROWS = [r[1:] for r in AFTER_BRACKET]
_IDS = [r[0] for r in AFTER_BRACKET]


MARKED = {"superscript": superscript_run, "raised by its position": raised_run}


@pytest.mark.parametrize("marked", list(MARKED))
@pytest.mark.parametrize(("pieces", "cited"), _ROWS, ids=_IDS)
def test_a_mark_after_a_bracket_in_a_word_file(marked: str, pieces: list[str], cited: Cited) -> None:
    text = text_of(docx(p("The Security Council,") + marked_paragraph(pieces, MARKED[marked])), "marked.docx")
    assert all(f"){m}" not in text for m in marks_of(pieces))
    assert cited_in(text, "marked.docx") == cited


@pytest.mark.parametrize(("pieces", "cited"), _ROWS, ids=_IDS)
def test_a_footnote_reference_after_a_bracket(pieces: list[str], cited: Cited) -> None:
    marks = marks_of(pieces)
    notes = {k: f"See S/PV.{9000 + k}." for k in range(1, len(marks) + 1)}
    refs = iter(range(1, len(marks) + 1))
    paragraph = marked_paragraph(pieces, lambda _: note_ref(next(refs)))
    text = text_of(docx(p("The Security Council,") + paragraph, notes=notes), "noted.docx")
    assert "(2015)1" not in text and ")1 " not in text
    got = cited_in(text, "noted.docx")
    assert got - {(f"S/PV.{9000 + k}", None) for k in notes} == cited


@pytest.fixture(scope="module")
def word97(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """Each paragraph of ``AFTER_BRACKET`` (its marks in superscript) saved by LibreOffice as a
    Word 97-2003 file (the test is skipped when it is not installed)."""
    return word97_rows(AFTER_BRACKET, "The Security Council,", tmp_path_factory.mktemp("word97"))


@pytest.mark.parametrize(("row", "pieces", "cited"), AFTER_BRACKET, ids=_IDS)
def test_a_mark_after_a_bracket_in_a_word_97_file(
    word97: dict[str, bytes], row: str, pieces: list[str], cited: Cited
) -> None:
    text = text_of(word97[row], "marked.doc")
    assert all(f"){m}" not in text for m in marks_of(pieces))
    assert cited_in(text, "marked.doc") == cited


# -- a PDF page with no letters to read ---------------------------------------------------------------
def _unmapped(codes: bytes) -> bytes:
    """A page drawing ``codes`` (two bytes a glyph) in a composite font with no Unicode map."""
    stream = b"BT /F1 10 Tf 50 700 Td <" + codes.hex().encode() + b"> Tj ET"
    return pdf_file(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            b"<< /Type /Font /Subtype /Type0 /BaseFont /QWERTY+Serif /Encoding /Identity-H "
            b"/DescendantFonts [6 0 R] >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> >>",
            f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /QWERTY+Serif "
            b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 >>",
        ]
    )


def _glyphs(first: int, count: int) -> bytes:
    """``count`` two-byte glyph codes from ``first`` on, in a made-up order."""
    return b"".join((first + (k * 7) % 40).to_bytes(2, "big") for k in range(count))


# (row id, the file, the warning says it: True, or no warning: False)
UNREADABLE: list[tuple[str, bytes, bool]] = [
    ("glyph codes read as control characters", _unmapped(_glyphs(3, 120)), True),
    ("glyph codes read as private-use code points", _unmapped(_glyphs(0xE010, 120)), True),
    (
        "a page of text",
        one_page(["BT /F1 10 Tf 50 700 Td {Recalling its resolution 79/165 of 19 December 2024,} Tj ET"]),
        False,
    ),
    (
        "a page of Chinese text",
        one_page(["BT /F1 10 Tf 50 700 Td {回顾其2024年12月19日第79/165号决议，} Tj ET"]),
        False,
    ),
    ("a page with a number alone", one_page(["BT /F1 10 Tf 50 700 Td {- 3 -} Tj ET"]), False),
]


@pytest.mark.parametrize(("data", "said"), [r[1:] for r in UNREADABLE], ids=[r[0] for r in UNREADABLE])
def test_a_page_with_no_letters_to_read_is_said(data: bytes, said: bool) -> None:
    doc = document_of(data, "page.pdf")
    told = [w for w in doc.warnings if "no readable text" in w]
    assert len(told) == int(said)
    assert all(w.startswith("page.pdf: ") and "\n" not in w for w in told)


# -- session volumes in Russian, Arabic and Chinese, a note's mark on a text's body line ------------
#: (document of official_files.DOCS) — each a volume of three resolutions, a note's mark glued to
#: the comma of the first one's adopting body's line ("Генеральная Ассамблея,1", "大会，1")
VOLUMES = ["ru-comp", "ar-comp", "zh-comp"]
#: what each volume cites: (target, date, the citing text's own id)
VOLUME_CITES = {
    ("A/79/1", None, "A/RES/80/1"),
    ("A/RES/70/1", "2015-09-25", "A/RES/80/1"),
    ("A/RES/79/10", "2024-11-18", "A/RES/80/2"),
    ("S/RES/2719(2023)", None, "A/RES/80/2"),
    ("A/RES/67/200", "2012-12-21", "A/RES/80/3"),
}


def _volume(text: str) -> tuple[str | None, set[tuple[str, str | None, str | None]]]:
    res = extract_text(text)
    return res.document.source_id, {(str(c.target), c.date, c.source_id) for c in res.citations if c.target}


@pytest.mark.parametrize("name", VOLUMES)
def test_a_volumes_text_file_with_a_mark_on_a_body_line(name: str) -> None:
    text = noted(DOCS[name]).text()
    assert DOCS[name].body[1] + "1\n" in text
    assert _volume(text) == ("A/80/49(Vol.I)", VOLUME_CITES)


_LAYOUTS = ["top", "columns", "note"]


@pytest.mark.parametrize("layout", _LAYOUTS)
@pytest.mark.parametrize("name", VOLUMES)
def test_a_volume_printed_by_chromium_with_a_mark_on_a_body_line(
    browser: Any,  # noqa: F811
    name: str,
    layout: str,
) -> None:
    if name.startswith("zh"):
        skip_without_cjk_font()
    text = text_of(chromium_pdf(browser, noted(DOCS[name]), layout), f"{name}.pdf")
    assert _volume(text) == ("A/80/49(Vol.I)", VOLUME_CITES)


# -- letter-spaced mastheads and headings, a kerned pair first -----------------------------------------
#: (row id, document, the letter spacing)
SPACED = [
    ("ru: a volume, 0.3em", "ru-comp", "0.3em"),
    ("ru: a volume, 0.6em", "ru-comp", "0.6em"),
    ("fr: a volume, 0.3em", "fr-comp", "0.3em"),
    ("ar: a volume, 0.3em", "ar-comp", "0.3em"),
    ("zh: a volume, 0.3em", "zh-comp", "0.3em"),
]


@pytest.mark.parametrize(("name", "spacing"), [r[1:] for r in SPACED], ids=[r[0] for r in SPACED])
def test_a_letter_spaced_masthead_whose_first_pair_is_kerned(
    browser: Any,  # noqa: F811
    name: str,
    spacing: str,
) -> None:
    """The masthead's cells and the headings letter-spaced by the browser ("V" and "o" of
    "Vol.", "Г" and "е" of "Генеральная" kerned: their gap narrower than the others)."""
    page = browser.new_page()
    try:
        page.set_content(
            chromium_html(DOCS[name], "top").replace(
                "</style>", f".mast div div,h1{{letter-spacing:{spacing}}}</style>"
            )
        )
        # (a landscape page: the masthead's two cells, letter-spaced, side by side on one line
        # each whatever the serif font is; on a portrait page one in a wide font, Noto Serif,
        # wraps at 0.6em, "Организация Объединенных⏎Наций", as the browser lays it out)
        text = text_of(page.pdf(format="A4", landscape=True), f"{name}.pdf")
    finally:
        page.close()
    # (Arabic letters as their presentation forms, as the text layer gives them)
    assert all(line in unicodedata.normalize("NFKC", text) for line in DOCS[name].left if line)
    assert _volume(text) == _volume(DOCS[name].text())
