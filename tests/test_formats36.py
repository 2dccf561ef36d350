"""Long paragraphs wrapped on narrow pages (issue 7, session 36), as the PDF reader gives their
text layers and in files built here.

A right-to-left line drawn by LibreOffice in a Noto font may put a Council year's closing bracket
past the words after it, leaving a gap where it was drawn ("2250 (2015   المؤرخ) 9"), or turn a
coded decision round at a line's start or a paragraph's end ("1/.21CP", "1/21CP."); a number may
end its line with a blank before its year's bracket on the next ("2250 ⏎(2015)").  A Chinese
line wrapped at any character cuts a number of digits alone before the blank and its counter
("20⏎15 年", "第 22⏎50(2015)号决议"); the number is read whole when its pieces make one of four
digits at most, never when the line's end parts two numbers ("2⏎2015 年": an item, a year).
Every passage is written for these tests in UN style."""

from __future__ import annotations

import pytest

from official_files import (
    ARABIC_NARROW_PARAGRAPH,
    Cited,
    cited_in,
    font_installed,
    libreoffice_pdfs,
    narrow_document,
)
from rescite.engine.normalise import normalise
from rescite.read import text_of

AR = "إن الجمعية العامة،\n"
ZH = "大会，\n"
ZH_END = "\n决定继续处理此案。"

# -- right-to-left text layers: the marks of a number drawn apart from it --------------------------
# (row id, the text layer after the adopting body's line, what is cited)
DRAWN: list[tuple[str, str, Cited]] = [
    (
        "a year's bracket past the word after it",
        "إذ تشير إلى قرار مجلس الأمن 2250 (2015   المؤرخ) 9  كانون\nالأول/ديسمبر 2015 وإلى قرارها 73/11،",
        {("S/RES/2250(2015)", "2015-12-09"), ("A/RES/73/11", None)},
    ),
    (
        "… past two words, the year at the next line's start",
        "وإذ تشير إلى قرار المجلس2419 (\n2018  وإلى قراراتها)\n70/262 المؤرخ 27 نيسان/أبريل 2016،",
        {("S/RES/2419(2018)", None), ("A/RES/70/262", "2016-04-27")},
    ),
    (
        "the gap before the bracket, the date on the next line",
        "إذ تشير إلى قرار مجلس الأمن 2417 (2018  )\nالمؤرخ 24 أيار/مايو 2018 وإلى قرارها 72/276،",
        {("S/RES/2417(2018)", "2018-05-24"), ("A/RES/72/276", None)},
    ),
    (
        "the number's line ends with a blank, the moved bracket below",
        "إذ تشير إلى قرار مجلس الأمن 2250 \n(2015   المؤرخ) 9  كانون\nالأول/ديسمبر 2015،",
        {("S/RES/2250(2015)", "2015-12-09")},
    ),
    (
        "a coded decision ends the paragraph",
        "وإذ تشير أيضا إلى اتفاق باريس المعتمد بموجب\nالمقرر 1/.21CP\nتقرر أن تبقي المسألة قيد نظرها.",
        {("UNTS/3156/54113", None), ("FCCC/CP/DEC/21/1", None)},
    ),
    (
        "… its point after the code",
        "وإذ تشير أيضا إلى اتفاق باريس المعتمد بموجب\nالمقرر 1/21CP.\nتقرر أن تبقي المسألة قيد نظرها.",
        {("UNTS/3156/54113", None), ("FCCC/CP/DEC/21/1", None)},
    ),
    (
        "… glued to its noun at a line's start",
        "وإذ تحيط علما بتقرير الأمين العام A/79/315\n وبالمقرر3/.5CMA لمؤتمر الأطراف،",
        {("A/79/315", None), ("FCCC/PA/CMA/DEC/5/3", None)},
    ),
    (
        "… cut after its slash",
        "وإذ تحيط علما بتقرير الأمين العام A/79/315 وبالمقرر 4/\n.27CP لمؤتمر الأطراف،",
        {("A/79/315", None), ("FCCC/CP/DEC/27/4", None)},
    ),
    (
        "… its number on the next line, the point after the code",
        "وإذ تحيط علما بالمقررين 3/\n1CMA.  و4/27CP. وبتقرير الأمين العام A/79/288،",
        {("FCCC/PA/CMA/DEC/1/3", None), ("FCCC/CP/DEC/27/4", None), ("A/79/288", None)},
    ),
    (
        "a session's mark before its bracket, the bracket past the words after it",
        "إذ تشير إلى قراريها 1514 (د-15) و\n2200 ألف  د(-21   وإلى بيان رئيس)\nمجلس الأمن"
        " S/PRST/2019/8 المؤرخ 12 آب/أغسطس 2019،",
        {("A/RES/1514(XV)", None), ("A/RES/2200A(XXI)", None), ("S/PRST/2019/8", "2019-08-12")},
    ),
    (
        "… the mark at the line's start",
        "إذ تشير إلى قراريها 1514 (د-15) و 2200 ألف\nد(-21  وإلى بيان رئيس مجلس الأمن)\nS/PRST/2019/8 المؤرخ"
        " 12 آب/أغسطس 2019،",
        {("A/RES/1514(XV)", None), ("A/RES/2200A(XXI)", None), ("S/PRST/2019/8", "2019-08-12")},
    ),
    (
        "a session's bracket cut after its hyphen, the bracket past the words after it",
        "إذ تشير إلى قراريها 1514 (د-15) و 2200 ألف (د-\n21  وإلى بيان رئيس مجلس الأمن)\nS/PRST/2019/8 المؤرخ"
        " 12 آب/أغسطس 2019،",
        {("A/RES/1514(XV)", None), ("A/RES/2200A(XXI)", None), ("S/PRST/2019/8", "2019-08-12")},
    ),
    (
        "an emergency session's mark and hyphen at a line's end",
        "إذ تشير إلى قراراتها دإط-\n10/15 و 2200 ألف (د-21) و 1514 (د-15)،",
        {("A/RES/ES-10/15", None), ("A/RES/2200A(XXI)", None), ("A/RES/1514(XV)", None)},
    ),
]


@pytest.mark.parametrize(("layer", "cited"), [r[1:] for r in DRAWN], ids=[r[0] for r in DRAWN])
def test_marks_a_right_to_left_line_drew_apart(layer: str, cited: Cited) -> None:
    assert cited_in(AR + layer) == cited


# what stays: no number before the bracket, one blank (no gap left), a code written in order
DRAWN_KEPT: list[tuple[str, str, Cited]] = [
    (
        "a year in brackets after a word",
        "وإذ تشير إلى تقرير الأمين العام A/80/112 (2025  وما بعده) وإلى قرارها 79/5،",
        {("A/80/112", None), ("A/RES/79/5", None)},
    ),
    (
        "a coded decision in order",
        "وإذ تحيط علما بالمقرر 1/CP.21 وبالمقرر 4/CMA.1،",
        {("FCCC/CP/DEC/21/1", None), ("FCCC/PA/CMA/DEC/1/4", None)},
    ),
]


@pytest.mark.parametrize(("layer", "cited"), [r[1:] for r in DRAWN_KEPT], ids=[r[0] for r in DRAWN_KEPT])
def test_marks_in_their_places_stay(layer: str, cited: Cited) -> None:
    assert cited_in(AR + layer) == cited


# -- a number at a line's end, a blank, its year's bracket on the next line -----------------------
YEAR_BELOW: list[tuple[str, str, Cited]] = [
    (
        "en",
        "The General Assembly,\nRecalling Security Council resolution 2250 \n(2015) of 9 December 2015,",
        {("S/RES/2250(2015)", "2015-12-09")},
    ),
    (
        "ar",
        AR + "إذ تشير إلى قرار مجلس الأمن 2250 \n(2015) المؤرخ 9 كانون الأول/ديسمبر 2015،",
        {("S/RES/2250(2015)", "2015-12-09")},
    ),
]


@pytest.mark.parametrize(("text", "cited"), [r[1:] for r in YEAR_BELOW], ids=[r[0] for r in YEAR_BELOW])
def test_a_blank_before_the_year_on_the_next_line(text: str, cited: Cited) -> None:
    assert cited_in(text) == cited


# -- Chinese lines wrapped inside a number of digits alone ----------------------------------------
def wrapped(paragraph: str) -> str:
    """``paragraph`` wrapped at "|" and at every ``n`` characters before and after it, as a
    narrow page's text layer gives it: ``n`` (16 to 29) such that its first line is full too."""
    text = paragraph.replace("|", "")
    k = paragraph.index("|")
    n = next(n for n in range(16, 30) if k % n == 0 or k % n >= n - 2)
    cuts = [x for x in range(k % n, len(text), n) if x > 0]
    return "\n".join(text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True))


# (row id, the paragraph: "|" where its line breaks, what is cited)
CHINESE: list[tuple[str, str, Cited]] = [
    (
        "a year cut before the counter",
        "重申其以往关于青年、和平与安全问题的各项决议，回顾安全理事会 20|15 年 12 月 9 日"
        "第 2250(2015)号决议和大会第 70/262 号决议，",
        {("S/RES/2250(2015)", "2015-12-09"), ("A/RES/70/262", None)},
    ),
    (
        "a Council's number, no year's bracket",
        "重申其以往关于儿童与武装冲突问题的各项决议，又回顾安全理事会第 24|27 号决议和大会第 72/245 号决议，"
        "并注意到秘书长的报告，",
        {("S/RES/2427(2018)", None), ("A/RES/72/245", None)},
    ),
    (
        "a Council's number alone before its counter",
        "重申其以往关于儿童与武装冲突问题的各项决议，又回顾安全理事会 2018 年 7 月 9 日第 24|27 号决议"
        "和大会第 72/245 号决议，",
        {("S/RES/2427(2018)", "2018-07-09"), ("A/RES/72/245", None)},
    ),
]


@pytest.mark.parametrize(("paragraph", "cited"), [r[1:] for r in CHINESE], ids=[r[0] for r in CHINESE])
def test_a_chinese_number_cut_by_its_line(paragraph: str, cited: Cited) -> None:
    assert cited_in(ZH + wrapped(paragraph) + ZH_END) == cited


# what stays two: the line's end parts a list's item or a paragraph's number from a year (read
# as the paragraph with a blank for the break), and a page's number on a line of its own
CHINESE_KEPT: list[tuple[str, str]] = [
    (
        "an item's number, then a year",
        "重申其以往关于青年、和平与安全问题的各项决议，并回顾大会下列决议：第 70/262 号决议，第 "
        "2|2015 年 12 月 9 日安全理事会第 2250(2015)号决议，",
    ),
    (
        "a paragraph's number at the line's end, then a year",
        "重申其以往关于青年、和平与安全问题的各项决议，回顾其第 70/262 号决议第 5|2016 年 4 月"
        " 27 日通过的各项建议，",
    ),
]


@pytest.mark.parametrize("paragraph", [r[1] for r in CHINESE_KEPT], ids=[r[0] for r in CHINESE_KEPT])
def test_two_chinese_numbers_parted_by_a_line_stay_two(paragraph: str) -> None:
    text = ZH + wrapped(paragraph) + ZH_END
    joined = "".join(paragraph.partition("|")[::2]).split()[-1]
    assert joined not in normalise(text).text.replace("\n", "")  # ("22015", "52016": no number made)
    assert cited_in(text) == cited_in(ZH + paragraph.replace("|", " ") + ZH_END)


def test_a_page_number_line_stays_apart() -> None:
    # (the page's number "15" between a line that ends with a number and one that opens with one)
    paragraph = (
        "重申其以往关于青年、和平与安全问题的各项决议，回顾安全理事会 2015 年 12 月 9 日"
        "第 |2250(2015)号决议，"
    )
    lines = wrapped(paragraph).split("\n")
    k = next(k for k, line in enumerate(lines) if line.endswith("第 "))
    paged = "\n".join([ZH.strip(), *lines[: k + 1], "15", *lines[k + 1 :]]) + ZH_END
    assert "152250" not in normalise(paged).text
    assert {target for target, _ in cited_in(paged)} == {"S/RES/2250(2015)"}


# -- files: a long Arabic paragraph from LibreOffice on narrow pages -------------------------------
# (font, page width): pages on which the paragraph's lines break at the forms above
PAGES = [
    ("Noto Naskh Arabic", "13cm"),
    ("Noto Naskh Arabic", "8.5cm"),
    ("Noto Kufi Arabic", "8cm"),
    ("Noto Sans Arabic", "10cm"),
]


def _name(font: str, width: str) -> str:
    return f"{font.replace(' ', '_')}-{width}"


@pytest.fixture(scope="module")
def narrow_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    docs = {
        _name(font, width): narrow_document(ARABIC_NARROW_PARAGRAPH, font, width)
        for font, width in PAGES
        if font_installed(font)
    }
    if not docs:
        pytest.skip("no Noto Arabic font installed")
    made = libreoffice_pdfs(docs, tmp_path_factory.mktemp("narrow"))
    if made is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    return made


@pytest.mark.parametrize(("font", "width"), PAGES)
def test_a_long_arabic_paragraph_on_a_narrow_page(
    narrow_files: dict[str, bytes], font: str, width: str
) -> None:
    name = _name(font, width)
    if name not in narrow_files:
        pytest.skip(f"{font} is not installed")
    assert cited_in(text_of(narrow_files[name], f"{name}.pdf")) == cited_in(
        "\n".join(ARABIC_NARROW_PARAGRAPH)
    )
