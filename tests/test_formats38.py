"""Official files as they come (issue 7, session 38), in files built here.

Word's list numbers in the formats Word has besides digits, letters and Roman numerals
(Cyrillic and Arabic letters, ideographs counted or digit by digit, full-width and enclosed
digits, zero-padded and Word 2010's own formats, a legal level's digits): read as Word shows
them.  A symbol with its year in brackets on a right-to-left page ("S/RES/2831 (2026)", one
left-to-right run) keeps its order.  A PDF line that ends on a blank before the line break
("40/151 ⏎A of …", as LibreOffice writes a wrapped line) goes on from its last word: the part's
letter, the next number of a list.  Every passage is written for these tests in UN style."""

from __future__ import annotations

from typing import Any

import pytest

from browser import browser  # noqa: F401  (the fixture)
from official_files import Cited, Official, chromium_pdf, cited_in, own_and_cited
from rescite.engine.extract import extract_text
from rescite.read import text_of
from test_formats_word import NS, p, run, word_zip


# -- list numbers in Word's other formats -------------------------------------------------------------
def _numbered(levels: list[tuple[str, str]], items: list[tuple[str, int]], legal: int = -1) -> bytes:
    """A Word file: a heading, then ``items`` (text, level) of one list whose levels are
    ``levels`` (number format, level text); the level ``legal`` is a legal one (``w:isLgl``).
    A format "custom:…" is Word 2010's own, in a choice of markup with "decimal" to fall back to."""

    def fmt(value: str) -> str:
        if value.startswith("custom:"):
            return (
                '<mc:AlternateContent><mc:Choice Requires="w14">'
                f'<w:numFmt w:val="custom" w:format="{value[7:]}"/></mc:Choice>'
                '<mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent>'
            )
        return f'<w:numFmt w:val="{value}"/>'

    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/>{fmt(f)}{"<w:isLgl/>" if i == legal else ""}'
        f'<w:lvlText w:val="{t}"/></w:lvl>'
        for i, (f, t) in enumerate(levels)
    )
    numbering = (
        f'<w:numbering {NS}><w:abstractNum w:abstractNumId="1">{lvls}</w:abstractNum>'
        '<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num></w:numbering>'
    )
    body = p("The General Assembly,") + "".join(
        f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="5"/></w:numPr></w:pPr>{run(t)}</w:p>'
        for t, lvl in items
    )
    document = f"<w:document {NS}><w:body>{body}</w:body></w:document>"
    return word_zip(document, {}, {"rId3": "numbering.xml"}, {"word/numbering.xml": numbering})


_CITING = "Requests a report under resolution 80/118 of 10 December 2025;"
_CITED: Cited = {("A/RES/80/118", "2025-12-10")}

# (row id, levels, items (text, level), the legal level, the labels Word shows)
NUMBER_FORMATS: list[tuple[str, list[tuple[str, str]], list[tuple[str, int]], int, list[str]]] = [
    (
        "ru: subparagraphs in Cyrillic letters",
        [("decimal", "%1."), ("russianLower", "%2)")],
        [("Decides:", 0), ("to review the matter;", 1), (_CITING, 1)],
        -1,
        ["1.", "а)", "б)"],
    ),
    (
        "ru: parts in Cyrillic capitals",
        [("russianUpper", "%1.")],
        [("Introduction", 0), (_CITING, 0)],
        -1,
        ["А.", "Б."],
    ),
    (
        "ar: subparagraphs in the abjad order",
        [("decimal", "%1 -"), ("arabicAbjad", "(%2)")],
        [("Decides:", 0), ("to review the matter;", 1), ("to keep it under review;", 1), (_CITING, 1)],
        -1,
        ["1 -", "(\u0623)", "(\u0628)", "(\u062c)"],
    ),
    (
        "ar: parts in the alphabet's order",
        [("arabicAlpha", "%1 -")],
        [("Introduction", 0), ("Mandate", 0), (_CITING, 0)],
        -1,
        ["\u0623 -", "\u0628 -", "\u062a -"],
    ),
    (
        "zh: chapters counted in ideographs",
        [("chineseCounting", "%1\u3001"), ("decimal", "%2.")],
        [("Introduction", 0), ("Background", 0), (_CITING, 1)],
        -1,
        ["\u4e00\u3001", "\u4e8c\u3001", "1."],
    ),
    (
        "zh: the eleventh chapter counted (ten and one)",
        [("chineseCountingThousand", "\u7b2c%1\u7ae0")],
        [(f"Part {k}", 0) for k in range(1, 11)] + [(_CITING, 0)],
        -1,
        [f"\u7b2c{x}\u7ae0" for x in "\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341"]
        + ["\u7b2c\u5341\u4e00\u7ae0"],
    ),
    (
        "zh: digits as ideographs, one by one",
        [("ideographDigital", "%1.")],
        [(f"Item {k}", 0) for k in range(1, 10)] + [(_CITING, 0)],
        -1,
        [f"{x}." for x in "\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d"] + ["\u4e00\u3007."],
    ),
    (
        "zh: full-width digits",
        [("decimalFullWidth", "%1\uff0e")],
        [("Introduction", 0), (_CITING, 0)],
        -1,
        ["\uff11\uff0e", "\uff12\uff0e"],
    ),
    (
        "enclosed digits",
        [("decimalEnclosedCircle", "%1")],
        [("Introduction", 0), (_CITING, 0)],
        -1,
        ["\u2460", "\u2461"],
    ),
    (
        "zero-padded digits",
        [("decimalZero", "%1.")],
        [("Introduction", 0), (_CITING, 0)],
        -1,
        ["01.", "02."],
    ),
    (
        "Word 2010's own format (001, 002, …) in a choice of markup",
        [("custom:001, 002, 003, ...", "%1.")],
        [("Introduction", 0), (_CITING, 0)],
        -1,
        ["001.", "002."],
    ),
    (
        "a legal level under a chapter in Roman numerals",
        [("upperRoman", "%1."), ("decimal", "%1.%2")],
        [("Introduction", 0), ("Scope", 1), ("Mandate", 0), (_CITING, 1)],
        1,
        ["I.", "1.1", "II.", "2.1"],
    ),
    (
        "letters past z doubled, as Word does",
        [("lowerLetter", "(%1)")],
        [(f"Item {k}", 0) for k in range(1, 28)] + [(_CITING, 0)],
        -1,
        [f"({chr(97 + k)})" for k in range(26)] + ["(aa)", "(bb)"],
    ),
]


@pytest.mark.parametrize(
    ("levels", "items", "legal", "labels"),
    [r[1:] for r in NUMBER_FORMATS],
    ids=[r[0] for r in NUMBER_FORMATS],
)
def test_list_numbers_read_as_word_shows_them(
    levels: list[tuple[str, str]], items: list[tuple[str, int]], legal: int, labels: list[str]
) -> None:
    text = text_of(_numbered(levels, items, legal), "n.docx")
    paragraphs = [x for x in text.split("\n\n")[1:] if x.strip()]
    # (the label, then a space, then the paragraph's own text)
    got = [x.rsplit(" " + t, 1)[0] for x, (t, _) in zip(paragraphs, items, strict=True)]
    assert (got, cited_in(text)) == (labels, _CITED)


# -- a symbol with its year in brackets on a right-to-left page -----------------------------------------
_ARABIC = Official(
    lang="ar",
    symbol="S/RES/2831 (2026)",
    left=["الأمم المتحدة"],
    right=["S/RES/2831 (2026)", "Distr.: General", "12 March 2026"],
    top=[],
    head=["الحالة في الشرق الأوسط"],
    body=[
        "إن مجلس الأمن،",
        "إذ يشير إلى قراريه 2650 (2022) و 2701 (2023)،",
        "1 - يقرر أن يبقي المسألة قيد نظره.",
    ],
)

# (row id, layout of the page Chromium prints)
RTL_LAYOUTS = [
    ("ar: the masthead at the top", "top"),
    ("ar: the body in two columns", "columns"),
]


@pytest.mark.parametrize("layout", [r[1] for r in RTL_LAYOUTS], ids=[r[0] for r in RTL_LAYOUTS])
def test_a_symbol_and_its_bracketed_year_on_a_right_to_left_page(
    browser: Any,  # noqa: F811
    layout: str,
) -> None:
    text = text_of(chromium_pdf(browser, _ARABIC, layout), "ar.pdf")
    assert own_and_cited(text) == own_and_cited(_ARABIC.text())
    assert own_and_cited(text)[0] == "S/RES/2831(2026)"


# -- a blank at a wrapped line's end ----------------------------------------------------------------------
# (row id, the passage as a PDF's text layer gives it, what is cited)
LINE_END_BLANKS: list[tuple[str, str, Cited]] = [
    (
        "en: a part's letter on the next line",
        "The General Assembly,\nRecalling its resolutions 61/101 B of 4 December 2006 and 63/214 \n"
        "C of 19 December 2008,\n",
        {("A/RES/61/101B", "2006-12-04"), ("A/RES/63/214C", "2008-12-19")},
    ),
    (
        "en: a list of decisions goes on after a part's letters",
        "Recalling its decisions 64/301, 65/301 A \nand B, 66/301 and 67/301,\n",
        {
            ("A/DEC/64/301", None),
            ("A/DEC/65/301A", None),
            ("A/DEC/65/301B", None),
            ("A/DEC/66/301", None),
            ("A/DEC/67/301", None),
        },
    ),
    (
        "en: the second part's letter on the next line, the list going on",
        "Recalling its decisions 64/301, 65/301 A and \nB, 66/301 and 67/301,\n",
        {
            ("A/DEC/64/301", None),
            ("A/DEC/65/301A", None),
            ("A/DEC/65/301B", None),
            ("A/DEC/66/301", None),
            ("A/DEC/67/301", None),
        },
    ),
    (
        "en: parts' letters past H",
        "The General Assembly,\nRecalling its resolutions 60/89 J of 8 December 2005, 61/97 \n"
        "K of 6 December 2006,\n",
        {("A/RES/60/89J", "2005-12-08"), ("A/RES/61/97K", "2006-12-06")},
    ),
    (
        "fr: a part's letter after two blanks",
        "L'Assemblée générale,\nRappelant sa résolution 68/117 A du 16 décembre 2013 et sa résolution "
        "70/223  \nB du 22 décembre 2015,\n",
        {("A/RES/68/117A", "2013-12-16"), ("A/RES/70/223B", "2015-12-22")},
    ),
]


@pytest.mark.parametrize(
    ("passage", "cited"), [r[1:] for r in LINE_END_BLANKS], ids=[r[0] for r in LINE_END_BLANKS]
)
def test_a_blank_at_a_lines_end_before_a_part_letter(passage: str, cited: Cited) -> None:
    assert cited_in(passage, "p.pdf") == cited


# -- a wrapped line that opens with a number's parts in a list -----------------------------------------
_REPORT = (
    "United Nations A/81/205\nDistr.: General\n3 August 2026\n"
    "At its eightieth session, the General Assembly considered the matter and adopted {noun}\n"
    "{line}\n"
    "The General Assembly, at its eightieth session, established a working group (resolution 80/245).\n"
    "In March 2026, the Secretary-General submitted a note on its implementation (A/80/812).\n"
)
_PARTS_CITED: set[tuple[str, str]] = {
    ("A/RES/80/231A", "A/81/205"),
    ("A/RES/80/231B", "A/81/205"),
    ("A/RES/80/245", "A/81/205"),
    ("A/80/812", "A/81/205"),
}
# (row id, the word ending the line before, the wrapped line, what is cited: target, citing text)
PARTS_LISTED: list[tuple[str, str, str, set[tuple[str, str]]]] = [
    ("en: two parts", "resolutions", "80/231 A and B.", _PARTS_CITED),
    ("en: two parts, a comma after them", "resolutions", "80/231 A and B, on the same item.", _PARTS_CITED),
]


@pytest.mark.parametrize(
    ("noun", "line", "cited"), [r[1:] for r in PARTS_LISTED], ids=[r[0] for r in PARTS_LISTED]
)
def test_a_wrapped_line_opening_with_a_numbers_parts_heads_no_text(
    noun: str, line: str, cited: set[tuple[str, str]]
) -> None:
    res = extract_text(_REPORT.format(noun=noun, line=line), source="r.pdf")
    assert {(str(c.target), c.source_id) for c in res.citations if c.target} == cited
