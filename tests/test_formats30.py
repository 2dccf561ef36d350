"""PDF text layers (issue 7, session 30), in files built here: a note's mark drawn raised after a
symbol or a year — by the text rise, or by a baseline set higher, at the line's type size or a
smaller one set by the text matrix — read as a mark, not as digits of the number before it
("S/2023/123" and a raised "1" is not "S/2023/1231"); and Arabic text layers that give the
glyphs' presentation forms ("ﻗﺮﺍﺭ" for "قرار"), their vowel signs' own forms too, whose
compatibility forms put a space or a tatweel before the sign; and an Arabic line drawn as one
string from the left edge, its words apart by space glyphs, read in order from the glyphs
(pypdf glues its numbers to the wrong words: "المؤرخ71/3").  Every passage is written for these
tests in UN style."""

from __future__ import annotations

import re

import pytest

from official_files import Cited, cited_in, own_and_cited
from pdf_files import one_page, shaped
from rescite.read import text_of


def _read(ops: list[str]) -> tuple[str, str | None, Cited]:
    """The text a page drawing ``ops`` reads as, its own id and what it cites."""
    text = text_of(one_page(ops), "page.pdf")
    return text, *own_and_cited(text, "page.pdf")


# -- a note's mark drawn raised ---------------------------------------------------------------
A1 = "Taking note of the report of the Secretary-General S/2023/123"
A2 = " and of the letter dated 3 May 2023 (S/2023/456),"
B1 = "Recalling its resolution 2601 (2021), adopted in 2019"
B2 = ", and its resolution 70/1 of 25 September 2015,"
NOTES = [
    "BT /F1 10 Tf 50 200 Td {__________} Tj ET",
    "BT /F1 8 Tf 50 186 Td {1 See annex.} Tj ET",
    "BT /F1 8 Tf 50 174 Td {2 Ibid.} Tj ET",
]
SYMBOLS = {("S/2023/123", None), ("S/2023/456", "2023-05-03")}
RESOLUTIONS = {("S/RES/2601(2021)", None), ("A/RES/70/1", "2015-09-25")}

# (row id, the page's lines, what the text holds, what is cited)
MARK_ROWS: list[tuple[str, list[str], list[str], Cited]] = [
    (
        "the text rise, at the line's size",
        [
            f"BT /F1 10 Tf 50 700 Td {{{A1}}} Tj 4 Ts {{1}} Tj 0 Ts {{{A2}}} Tj ET",
            f"BT /F1 10 Tf 50 686 Td {{{B1}}} Tj 4 Ts {{2}} Tj 0 Ts {{{B2}}} Tj ET",
        ],
        ["S/2023/123¹ and", "in 2019²,"],
        SYMBOLS | RESOLUTIONS,
    ),
    (
        "a smaller size set by the text matrix, the baseline higher",
        [
            f"BT /F1 1 Tf 10 0 0 10 50 700 Tm {{{A1}}} Tj 6 0 0 6 355 704 Tm {{1}} Tj "
            f"10 0 0 10 358 700 Tm {{{A2}}} Tj ET",
            f"BT /F1 1 Tf 10 0 0 10 50 686 Tm {{{B1}}} Tj 6 0 0 6 315 690 Tm {{2}} Tj "
            f"10 0 0 10 318 686 Tm {{{B2}}} Tj ET",
        ],
        ["S/2023/123¹ and", "in 2019²,"],
        SYMBOLS | RESOLUTIONS,
    ),
    (
        "another font at the line's size, the baseline moved up",
        [
            f"BT /F1 10 Tf 50 700 Td {{{A1}}} Tj /F2 10 Tf 305 4 Td {{1}} Tj "
            f"/F1 10 Tf 5 -4 Td {{{A2}}} Tj ET",
            f"BT /F1 10 Tf 50 686 Td {{{B1}}} Tj /F2 10 Tf 265 4 Td {{2}} Tj "
            f"/F1 10 Tf 5 -4 Td {{{B2}}} Tj ET",
        ],
        ["S/2023/123¹ and", "in 2019²,"],
        SYMBOLS | RESOLUTIONS,
    ),
    # never digits drawn apart on the line's baseline (a number's last digit, kerned), nor
    # below it, nor larger than the line's type
    (
        "digits on the baseline are the number's",
        [
            "BT /F1 10 Tf 50 700 Td {Taking note of the report S/2023/12} Tj 0 Ts {3} Tj {, } Tj ET",
            "BT /F1 10 Tf 50 686 Td {Recalling its resolution 70/1 of 25 September 201} Tj {5} Tj {,} Tj ET",
        ],
        ["S/2023/123,", "September 2015,"],
        {("S/2023/123", None), ("A/RES/70/1", "2015-09-25")},
    ),
    (
        "digits set lower are no mark",
        [
            "BT /F1 10 Tf 50 700 Td {Taking note of the report S/2023/12} Tj -3 Ts {3} Tj 0 Ts {, } Tj ET",
        ],
        ["S/2023/123,"],
        {("S/2023/123", None)},
    ),
    (
        "digits set larger are no mark",
        [
            "BT /F1 10 Tf 50 700 Td {Taking note of the report S/2023/12} Tj /F1 14 Tf 3 Ts {3} Tj "
            "/F1 10 Tf 0 Ts {, } Tj ET",
        ],
        ["S/2023/123,"],
        {("S/2023/123", None)},
    ),
]


@pytest.mark.parametrize(
    ("lines", "holds", "cited"), [r[1:] for r in MARK_ROWS], ids=[r[0] for r in MARK_ROWS]
)
def test_a_raised_mark_is_read_as_a_mark(lines: list[str], holds: list[str], cited: Cited) -> None:
    text, _, found = _read([*lines, *NOTES])
    for part in holds:
        assert part in text
    assert cited <= found
    assert not any(t.endswith(("1231", "4561")) for t, _ in found)


# -- Arabic presentation forms ------------------------------------------------------------------
FATHA_ALONE, KASRA_ALONE, FATHA_ON_TATWEEL, SHADDA_FATHA = "\ufe76", "\ufe7a", "\ufe77", "\ufc60"

# (row id, a passage (its letters shaped), what is cited)
ARABIC_ROWS: list[tuple[str, str, Cited]] = [
    (
        "a fatha's isolated form after a word",
        f"إذ تشير إلى قرارها{FATHA_ALONE} 71/3 المؤرخ 14 تشرين الأول/أكتوبر 2016،",
        {("A/RES/71/3", "2016-10-14")},
    ),
    (
        "a kasra's isolated form inside a word",
        f"وإذ تشير أيضا إلى قرار{KASRA_ALONE} مجلس الأمن 2588 (2021)،",
        {("S/RES/2588(2021)", None)},
    ),
    (
        "a fatha on a tatweel",
        f"وإذ تحيط علما بتقرير الأمين العام{FATHA_ON_TATWEEL} A/79/412،",
        {("A/79/412", None)},
    ),
    (
        "a shadda and a fatha as one form",
        f"إذ تؤكد{SHADDA_FATHA} من جديد قرارها 76/208 المؤرخ 17 كانون الأول/ديسمبر 2021،",
        {("A/RES/76/208", "2021-12-17")},
    ),
]


@pytest.mark.parametrize(("passage", "cited"), [r[1:] for r in ARABIC_ROWS], ids=[r[0] for r in ARABIC_ROWS])
def test_arabic_vowel_sign_forms_do_not_cut_words(passage: str, cited: Cited) -> None:
    for text in (passage, shaped(passage)):
        assert cited_in(text) == cited


def _pieces(word: str) -> list[str]:
    """A word's pieces as a page draws them from the right, each piece's glyphs from the left
    (a right-to-left word's last letter first; a number's digits in order, then the script's
    comma after it, a piece of its own on its left)."""
    if any("\ufb50" <= c <= "\ufeff" or "\u0600" <= c <= "\u06ff" for c in word if c.isalpha()):
        return [word[::-1]]
    return [word[:-1], word[-1]] if word.endswith("\u060c") else [word]


def _arabic_page(lines: list[str]) -> list[str]:
    """Operators drawing ``lines`` (in reading order, shaped) word by word from the right edge
    leftwards, each piece's glyphs left to right, as a word processor draws them."""
    ops = []
    for k, line in enumerate(lines):
        x = 560.0
        for word in line.split():
            for piece in _pieces(word):
                x -= len(piece) * 5
                ops.append(f"BT /F1 10 Tf 1 0 0 1 {x:g} {780 - 20 * k} Tm {{{piece}}} Tj ET")
            x -= 2.5
    return ops


ARABIC_PAGE = [
    "الأمم المتحدة",
    "A/RES/80/137",
    "الجمعية العامة",
    "إن الجمعية العامة،",
    f"إذ تشير إلى قرارها{FATHA_ALONE} 71/3 المؤرخ 14 تشرين الأول/أكتوبر 2016،",
    f"وإذ تحيط علما بتقرير الأمين العام{FATHA_ON_TATWEEL} A/79/412،",
]


def test_an_arabic_page_of_presentation_forms_is_read() -> None:
    _, own, cited = _read(_arabic_page([shaped(line) for line in ARABIC_PAGE]))
    assert own == "A/RES/80/137"
    assert {("A/RES/71/3", "2016-10-14"), ("A/79/412", None)} <= cited


def _visual(line: str) -> str:
    """A right-to-left line in the order a string that draws it whole shows its glyphs from the
    left: turned round, each run of digits and Latin letters (with its slashes) left to right."""
    if re.search("[\u0621-\u064a\ufb50-\ufeff]", line) is None:
        return line
    return re.sub(r"[A-Za-z0-9][A-Za-z0-9/.]*[A-Za-z0-9]|[0-9]", lambda m: m.group()[::-1], line[::-1])


# each line one string drawn from the left edge, its words apart by space glyphs (the lines in
# letters, and in presentation forms)
ONE_STRING_PAGE = [
    "الأمم المتحدة",
    "A/RES/80/137",
    "الجمعية العامة",
    "إن الجمعية العامة،",
    "إذ تشير إلى قرارها 71/3 المؤرخ 14 تشرين الأول/أكتوبر 2016،",
    "وإذ تشير أيضا إلى قرار مجلس الأمن 2588 (2021) المؤرخ 3 آب/أغسطس 2021،",
    "وإذ تحيط علما بتقرير الأمين العام A/79/412،",
]


@pytest.mark.parametrize("forms", [False, True], ids=["letters", "presentation forms"])
def test_an_arabic_line_drawn_as_one_string_is_read_in_order(forms: bool) -> None:
    lines = [_visual(shaped(line) if forms else line) for line in ONE_STRING_PAGE]
    _, own, cited = _read(
        [f"BT /F1 10 Tf 40 {780 - 20 * k} Td {{{line}}} Tj ET" for k, line in enumerate(lines)]
    )
    assert own == "A/RES/80/137"
    assert cited == {("A/RES/71/3", "2016-10-14"), ("S/RES/2588(2021)", "2021-08-03"), ("A/79/412", None)}
