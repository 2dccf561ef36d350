"""Layout damage: running headers and page lines of a PDF inside a sentence or a dated list."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text
from rescite.engine.normalise import normalise
from test_formats import make_pdf

# a two-page resolution of my own making: the dated list runs on to page 2, where the
# running header (symbol, title) and the page line cut it between "14 December" and its year
PAGE_1 = [
    " United Nations  A/RES/81/40",
    "General Assembly",
    "Distr.: General",
    "20 December 2026",
    "26-31077 (E)    221226",
    "Resolution adopted by the General Assembly on 14 December 2026",
    " 81/40. Cooperation between the United Nations and the regional",
    "commissions on inland water transport",
    " The General Assembly,",
    " Recalling its resolutions 60/13 of 9 November 2005, 62/21 of 14 December",
]
PAGE_2 = [
    "A/RES/81/40",
    "Cooperation between the United Nations and the regional",
    "commissions on inland water transport",
    " ",
    "26-31077 2/3",
    " ",
    "2007, 64/30 of 3 December 2009 and 66/12 of 28 November 2011,",
    " Concerned that the network of waterways is not yet connected across the",
]
PAGE_3 = [
    "Cooperation between the United Nations and the regional",
    "commissions on inland water transport A/RES/81/40",
    " ",
    "3/3 26-31077",
    " ",
    "region, as noted in the report of the Secretary-General,1",
    " 1. Decides to include the item in the agenda of its eighty-second session.",
    "__________________",
    " 1  A/81/288.",
]

WANT = [
    ("A/RES/60/13", "2005-11-09"),
    ("A/RES/62/21", "2007-12-14"),
    ("A/RES/64/30", "2009-12-03"),
    ("A/RES/66/12", "2011-11-28"),
    ("A/81/288", None),
]


def _text() -> str:
    return "\n".join("\n".join(page) for page in (PAGE_1, PAGE_2, PAGE_3))


def test_running_headers_and_page_lines_leave_the_matching_view() -> None:
    text = _text()
    n = normalise(text)
    assert "26-31077 2/3" not in n.text and "3/3 26-31077" not in n.text
    assert "62/21 of 14 December\n2007, 64/30" in n.text
    assert "across the\nregion, as noted" in n.text
    assert n.text.count("A/RES/81/40") == 1  # the masthead stays; the running headers go
    # the first page's job number is not a page line: its masthead stays around it (the
    # first page's foot itself leaves the matching view, test_pages22)
    assert "26-31077 (E)" not in n.text and "20 December 2026\nResolution adopted by" in n.text


def test_a_dated_list_cut_by_a_page_keeps_every_item_and_date() -> None:
    text = _text()
    res = extract_text(text)
    assert res.document.source_id == "A/RES/81/40"
    assert [(c.target, c.date) for c in res.citations] == WANT
    for c in res.citations:
        assert text[c.start : c.end] == c.text


def test_the_same_from_a_pdf() -> None:
    from rescite.read import text_of

    text = text_of(make_pdf([PAGE_1, PAGE_2, PAGE_3]), "r.pdf")
    res = extract_text(text)
    assert [(c.target, c.date) for c in res.citations] == WANT


def test_a_footnote_block_at_the_page_foot_stays_apart_from_the_next_page() -> None:
    text = "\n".join(
        [
            *PAGE_1[:-1],
            " Noting the report of the Secretary-General,1 and the work of the",
            "__________________",
            " 1  A/81/288.",
            *PAGE_2[:6],
            "regional commissions in 2025 and 2026,",
            " Recalling its resolution 66/12 of 28 November 2011,",
        ]
    )
    res = extract_text(text)
    got = [(c.target, c.section, c.date) for c in res.citations]
    assert got == [("A/81/288", "footnote", None), ("A/RES/66/12", "preamble", "2011-11-28")]


def test_a_page_line_alone_goes_and_the_text_around_it_stays() -> None:
    text = "Recalling its resolution 60/13 of 9 November 2005,\n12-34567 1/2\nand further noting,\n"
    # no running header above it: only the page line itself goes
    n = normalise(text)
    assert "Recalling its resolution 60/13 of 9 November 2005,\nand further noting" in n.text


def test_pages_joined_by_form_feeds() -> None:
    # a reader may join pages with a form feed and no line break
    text = "\n".join(PAGE_1) + "\f" + "\n".join(PAGE_2) + "\f" + "\n".join(PAGE_3)
    res = extract_text(text)
    assert [(c.target, c.date) for c in res.citations] == WANT


LAYOUT = [
    (
        "a number and its year on two lines",
        "The Security Council,\n\nRecalling its resolution 1540\n(2004) and resolution 2325\n(2016),\n",
        [("S/RES/1540(2004)", None), ("S/RES/2325(2016)", None)],
    ),
    (
        "… with the spaces a text layer leaves at the line's ends, in a list",
        "The Security Council,\n\nRecalling its resolutions 2118 (2013), 2209 \n(2015) and 2235 \n (2015),\n"
        "and General Assembly resolution 2625 \n(XXV),\n",
        [
            ("S/RES/2118(2013)", None),
            ("S/RES/2209(2015)", None),
            ("S/RES/2235(2015)", None),
            ("A/RES/2625(XXV)", None),
        ],
    ),
    (
        "symbols broken at a hyphen",
        "The General Assembly,\n\nRecalling its resolution ES-\n10/24 and the letter A/ES-\n10/273,\n",
        [("A/RES/ES-10/24", None), ("A/ES-10/273", None)],
    ),
    (
        "a symbol broken at a slash",
        "Noting the reports A/HRC/\n55/21 and A/81/\n100,\n",
        [("A/HRC/55/21", None), ("A/81/100", None)],
    ),
    (
        "a footnote marker glued to a year",
        "The General Assembly,\n\nRecalling its resolution 73/8 of 1 November 20185,\n\n"
        "__________________\n5 A/73/85.\n",
        [("A/RES/73/8", "2018-11-01"), ("A/73/85", None)],
    ),
    (
        "letter-spaced heading and symbol",
        "R E S O L U T I O N 1540 (2004)\n\nr e s o l u t i o n  70/1 and A / R E S / 7 0 / 1\n",
        [("S/RES/1540(2004)", None), ("A/RES/70/1", None), ("A/RES/70/1", None)],
    ),
    (
        "a page number inside a dated list",
        "Recalling its resolutions 60/13 of 9 November 2005 and\n\n- 3 -\n\n62/21 of 14 December 2007,\n",
        [("A/RES/60/13", "2005-11-09"), ("A/RES/62/21", "2007-12-14")],
    ),
    (
        "a page number between paragraphs",
        "1. Decides to act.\n\n- 3 -\n\n2. Recalls resolution 62/21 of 14 December 2007,\n",
        [("A/RES/62/21", "2007-12-14")],
    ),
]


@pytest.mark.parametrize(("name", "text", "want"), LAYOUT, ids=[c[0] for c in LAYOUT])
def test_layout_damage(name: str, text: str, want: list[tuple[str, str | None]]) -> None:
    res = extract_text(text)
    assert [(c.target, c.date) for c in res.citations] == want
    for c in res.citations:
        assert text[c.start : c.end] == c.text
