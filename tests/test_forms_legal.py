"""Legal citation styles of secondary literature (Bluebook, OSCOLA): abbreviated body names and
the abbreviated noun — table-driven, citations written for these tests."""

from __future__ import annotations

import pytest

from passages import by_language
from rescite.engine.extract import extract_text

ROWS: list[tuple[str, str, list[str]]] = [
    ("en", "7 G.A. Res. 3201 (S-VI), U.N. Doc. A/9559 (May 1, 1974).", ["A/RES/3201(S-VI)", "A/9559"]),
    ("en", "8 G.A. Res. 2625 (XXV), annex.", ["A/RES/2625(XXV)"]),
    ("en", "9 G.A. Res. 55/2, U.N. GAOR, 55th Sess., Supp. No. 49.", ["A/RES/55/2"]),
    ("en", "10 E.S.C. Res. 2004/33.", ["E/RES/2004/33"]),
    ("en", "11 UNGA Res 66/288 (27 July 2012) UN Doc A/RES/66/288.", ["A/RES/66/288"]),
    ("en", "12 S.C. Res. 2334 (2016).", ["S/RES/2334(2016)"]),
    ("en", "13 UNSC Res 2231 (2015).", ["S/RES/2231(2015)"]),
    # the abbreviation is a noun only before a number
    ("en", "14 The res judicata principle applies to 3 of 12 cases.", []),
    # a document's year in brackets on the next line, after a trailing space (a page's text layer)
    ("en", "19 U.N. Doc. A/6316 \n(1966); S/RES/242 \n(1967).", ["A/6316", "S/RES/242(1967)"]),
    # a number sign between the noun and the number, as essays and web pages write it
    ("en", "15 Adopted in the Council's absence was UN SC Resolution #83 (1950).", ["S/RES/83(1950)"]),
    ("en", "16 See General Assembly resolution #68/262 and the vote on it.", ["A/RES/68/262"]),
    ("en", "17 The motion was listed as item #12 on page #4, with 9 votes to 2.", []),
    (
        "es",
        "18 Véanse la resolución n.º 71/313 de la Asamblea General y la resolución nº 2417 (2018).",
        ["A/RES/71/313", "S/RES/2417(2018)"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "targets"), by_language(ROWS))
def test_legal_styles(lang: str, text: str, targets: list[str]) -> None:
    res = extract_text(text, lang=lang)
    assert res.targets() == targets


def test_abbreviated_body_is_named() -> None:
    res = extract_text("G.A. Res. 55/2, para. 4.", lang="en")
    assert [(c.target, c.body) for c in res.citations] == [("A/RES/55/2", "A")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7 E.S.C. Res. 2003/29, ¶ 4 (July 22, 2003).", ("E/RES/2003/29", "2003-07-22", "¶ 4")),
        # the line's end after the paragraph sign, as a page's text layer cuts it
        ("7 E.S.C. Res. 2003/29, ¶\n4 (July 22, 2003).", ("E/RES/2003/29", "2003-07-22", "¶ 4")),
        ("7 G.A. Res. 65/240,\npara. 12 (Dec. 24, 2010).", ("A/RES/65/240", "2010-12-24", "para. 12")),
    ],
)
def test_a_pinpoint_and_its_date_in_brackets(text: str, expected: tuple[str, str, str]) -> None:
    res = extract_text(text, lang="en")
    assert [(c.target, c.date, c.pinpoint) for c in res.citations] == [expected]
