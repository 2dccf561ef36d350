"""A note's mark after a list item's date, before the comma of a clause set off after it, does not
cut the list: "resolutions 3201 (S-VI) and 3202 (S-VI) of 1 May 1974¹, containing …, 3281 (XXIX)
of 12 December 1974, …" (the item after the clause was lost). The mark as a Word footnote
reference, as a PDF's raised digit and as a text file's superscript; in Russian after the year's
word too ("… 1974 года¹, …"). Look-alikes: a real figure after a year, a paragraph after a date."""

from __future__ import annotations

import pytest

from official_files import Cited, cited_in
from pdf_files import one_page
from rescite.read import text_of
from test_formats_word import docx, note_ref, p, run

# (row, language, text before the mark, text after it, what is cited)
MARKED = [
    (
        "en",
        "Recalling its resolutions 3107 (S-VI) and 3108 (S-VI) of 2 May 1974",
        ", containing the Declaration on trade and the Programme of Action on commodities, 3290 (XXIX)"
        " of 13 December 1974, containing the Charter on cooperation, and 3370 (S-VII) of 17 September"
        " 1975 on development,",
        {
            ("A/RES/3107(S-VI)", "1974-05-02"),
            ("A/RES/3108(S-VI)", "1974-05-02"),
            ("A/RES/3290(XXIX)", "1974-12-13"),
            ("A/RES/3370(S-VII)", "1975-09-17"),
        },
    ),
    (
        "fr",
        "Rappelant ses résolutions 3107 (S-VI) et 3108 (S-VI) du 2 mai 1974",
        ", qui contiennent la Déclaration sur le commerce, 3290 (XXIX) du 13 décembre 1974, qui contient"
        " la Charte sur la coopération, et 3370 (S-VII) du 17 septembre 1975,",
        {
            ("A/RES/3107(S-VI)", "1974-05-02"),
            ("A/RES/3108(S-VI)", "1974-05-02"),
            ("A/RES/3290(XXIX)", "1974-12-13"),
            ("A/RES/3370(S-VII)", "1975-09-17"),
        },
    ),
    (
        "es",
        "Recordando sus resoluciones 3107 (S-VI) y 3108 (S-VI), de 2 de mayo de 1974",
        ", que contienen la Declaración sobre el comercio, 3290 (XXIX), de 13 de diciembre de 1974, que"
        " contiene la Carta sobre la cooperación, y 3370 (S-VII), de 17 de septiembre de 1975,",
        {
            ("A/RES/3107(S-VI)", "1974-05-02"),
            ("A/RES/3108(S-VI)", "1974-05-02"),
            ("A/RES/3290(XXIX)", "1974-12-13"),
            ("A/RES/3370(S-VII)", "1975-09-17"),
        },
    ),
    (
        "ru: after the year's word",
        "ссылаясь на свои резолюции 3107 (S-VI) и 3108 (S-VI) от 2 мая 1974 года",
        ", содержащие Декларацию о торговле, 3290 (XXIX) от 13 декабря 1974 года, содержащую Хартию о"
        " сотрудничестве, и 3370 (S-VII) от 17 сентября 1975 года,",
        {
            ("A/RES/3107(S-VI)", "1974-05-02"),
            ("A/RES/3108(S-VI)", "1974-05-02"),
            ("A/RES/3290(XXIX)", "1974-12-13"),
            ("A/RES/3370(S-VII)", "1975-09-17"),
        },
    ),
    (
        "en: numbers with a session",
        "Recalling its resolutions 66/11 and 66/12 of 4 November 2011",
        ", by which it set up the fund, 67/290 of 9 July 2013, on the forum, and 68/1 of 20 September 2013,",
        {
            ("A/RES/66/11", "2011-11-04"),
            ("A/RES/66/12", "2011-11-04"),
            ("A/RES/67/290", "2013-07-09"),
            ("A/RES/68/1", "2013-09-20"),
        },
    ),
]
IDS = [r[0] for r in MARKED]


@pytest.mark.parametrize(("before", "after", "cited"), [r[1:] for r in MARKED], ids=IDS)
def test_a_word_footnote_reference_after_a_date(before: str, after: str, cited: Cited) -> None:
    data = docx(p("General Assembly") + p(run(before), note_ref(1), run(after)), notes={1: "See A/9556."})
    assert cited_in(text_of(data, "marked.docx"), "marked.docx") >= cited


@pytest.mark.parametrize(("before", "after", "cited"), [r[1:] for r in MARKED], ids=IDS)
def test_a_pdfs_raised_digit_after_a_date(before: str, after: str, cited: Cited) -> None:
    ops = [
        f"BT /F1 10 Tf 50 700 Td {{{before}}} Tj /F1 6 Tf 3 Ts {{1}} Tj 0 Ts /F1 10 Tf {{{after}}} Tj ET",
        "BT /F1 10 Tf 50 670 Td {Decides to continue its consideration of the question.} Tj ET",
    ]
    text = text_of(one_page(ops), "marked.pdf")
    assert "¹" in text
    assert cited_in(text, "marked.pdf") >= cited


@pytest.mark.parametrize(("before", "after", "cited"), [r[1:] for r in MARKED], ids=IDS)
def test_a_superscript_mark_after_a_date_in_a_text_file(before: str, after: str, cited: Cited) -> None:
    assert cited_in(before + "¹" + after, "marked.txt") == cited


# look-alikes: the same text without the mark's cut, a real figure after a year, a paragraph
# number after a date (guards: the same before the change)
LOOK_ALIKES = [
    (
        "a figure after a year",
        "Noting that in 1974 15 States acceded to it, and recalling its resolution 3290 (XXIX) of"
        " 13 December 1974,",
        {("A/RES/3290(XXIX)", "1974-12-13")},
    ),
    (
        "a date, then a figure in the clause",
        "Recalling its resolutions 66/11 and 66/12 of 4 November 2011¹, in which 15 States joined the"
        " fund, 290 members of the forum,",
        {("A/RES/66/11", "2011-11-04"), ("A/RES/66/12", "2011-11-04")},
    ),
]


@pytest.mark.parametrize(("text", "cited"), [r[1:] for r in LOOK_ALIKES], ids=[r[0] for r in LOOK_ALIKES])
def test_a_figure_after_a_year_is_no_mark(text: str, cited: Cited) -> None:
    assert cited_in(text, "marked.txt") == cited
