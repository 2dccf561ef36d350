"""What the readers give of official files, as text: the layout rules behind
tests/test_formats_official.py, one row each, in several languages — a soft hyphen after a
symbol's slash at a line's end, a part's letter wrapped onto the next line, a row of a table
set with tab stops and its date cell, a Chinese table row whose text layer drops the spaces,
a footnote block that a page break drops before a capital, a compilation's running header
under its page line, and HTML that a page does not show.  Every passage is written for these
tests in the style of UN documents."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text
from rescite.read import text_of

NOTES = "\n__________________\n1 See the report of the Secretary-General (A/80/205).\n25-11876 2/4\f"
COMPILATION = (
    "United Nations\nFCCC/CP/2023/11/Add.2\nDistr.: General\n\n"
    "Decision 7/CP.28\nAction for climate empowerment\nThe Conference of the Parties,\n"
    "Recalling decision 18/CP.25,\n1. Takes note of the report (FCCC/SBI/2023/12);\n\n"
    "Decision 8/CP.28\nLocal communities platform\nThe Conference of the Parties,\n"
    "25-20471 2/3\fFCCC/CP/2023/11/Add.2\nRecalling decision 16/CP.26,\n1. Welcomes the work of the group.\n"
)

ROWS = [
    # (name, text, expected (target, date) pairs)
    (
        "soft hyphen after a slash",
        "Recalling its resolution 70/\u00ad\n1 of 25 September 2015,",
        {("A/RES/70/1", "2015-09-25")},
    ),
    (
        "soft hyphen after a slash, French",
        "Rappelant sa résolution 75/\u00ad\n233 du 21 décembre 2020,",
        {("A/RES/75/233", "2020-12-21")},
    ),
    (
        "a part's letter wrapped onto the next line, French",
        "Réaffirme la section III de sa résolution 75/253 \nB;",
        {("A/RES/75/253B", None)},
    ),
    (
        "a part's letter wrapped onto the next line, a list going on",
        "Recalling its resolutions 75/253 \nB and 76/1,",
        {("A/RES/75/253B", None), ("A/RES/76/1", None)},
    ),
    (
        "a part's letter wrapped onto the next line, Russian",
        "ссылаясь на свою резолюцию 75/253 \nВ;",
        {("A/RES/75/253B", None)},
    ),
    (
        "tab stops: a row's date cell",
        "Resolutions\t74/239\t20 December 2019\nDecisions\t74/562\t30 June 2020\n",
        {("A/RES/74/239", "2019-12-20"), ("A/DEC/74/562", "2020-06-30")},
    ),
    (
        "tab stops: a title cell before the date, Spanish",
        "Resolución\t76/300\tEl derecho humano a un medio ambiente sano\t28 de julio de 2022\n",
        {("A/RES/76/300", "2022-07-28")},
    ),
    (
        "tab stops, Russian",
        "Резолюция\t77/161\t14 декабря 2022 года\n",
        {("A/RES/77/161", "2022-12-14")},
    ),
    (
        "Chinese table row, spaces dropped by the text layer",
        "附件\n大会关于荒漠化的决议\n决议 标题 通过日期\n"
        "78/155 防治荒漠化 2023 年 12 月 19 日\n77/173 防治荒漠化 2022 年 12 月 14 日\n",
        {("A/RES/78/155", "2023-12-19"), ("A/RES/77/173", "2022-12-14")},
    ),
    (
        "notes dropped by a page break before a capital",
        "The General Assembly,\n1. Endorses decision 2023/241 adopted by the"
        + NOTES
        + "Economic and Social Council on 20 July 2023;\n",
        {("E/DEC/2023/241", "2023-07-20"), ("A/80/205", None)},
    ),
    (
        "notes dropped by a page break before a capital, French",
        "L'Assemblée générale,\n1. Fait sienne la décision 2023/241 adoptée par le"
        + NOTES.replace("See the report of the Secretary-General", "Voir le rapport du Secrétaire général")
        + "Conseil économique et social le 20 juillet 2023;\n",
        {("E/DEC/2023/241", "2023-07-20"), ("A/80/205", None)},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_layout_in_text(name: str, text: str, expected: set[tuple[str, str | None]]) -> None:
    assert {(str(c.target), c.date) for c in extract_text(text).citations} == expected


def test_running_header_inside_a_text_of_a_compilation() -> None:
    got = {(str(c.target), c.source_id) for c in extract_text(COMPILATION).citations}
    assert got == {
        ("FCCC/CP/DEC/25/18", "FCCC/CP/DEC/28/7"),
        ("FCCC/SBI/2023/12", "FCCC/CP/DEC/28/7"),
        ("FCCC/CP/DEC/26/16", "FCCC/CP/DEC/28/8"),
    }


PAGES = [
    (
        "display none and the hidden attribute",
        '<p>Recalling resolution 70/1,</p><div style="display:none">resolution 71/3<p>71/4</p></div>'
        "<p hidden>Recalling resolution 72/4</p><p>and resolution 74/2</p>",
        {"A/RES/70/1", "A/RES/74/2"},
    ),
    (
        "visibility hidden inside a paragraph; an element shown again",
        '<p>Rappelant la résolution 70/1 <span style="color:red; visibility: hidden">et 73/5</span>'
        ' et la résolution 74/2</p><details hidden="until-found"><p>résolution 75/3</p></details>',
        {"A/RES/70/1", "A/RES/74/2", "A/RES/75/3"},
    ),
    (
        "a hidden table row",
        (
            "<table><tr><td>Resolutions</td><td>76/1</td></tr><tr "
            "hidden><td>Resolutions</td><td>76/9</td></tr></table>"
        ),
        {"A/RES/76/1"},
    ),
]


@pytest.mark.parametrize(("name", "page", "expected"), PAGES, ids=[r[0] for r in PAGES])
def test_html_text_the_page_does_not_show(name: str, page: str, expected: set[str]) -> None:
    text = text_of(f"<html><body>{page}</body></html>".encode(), "page.html")
    assert {str(c.target) for c in extract_text(text).citations} == expected
