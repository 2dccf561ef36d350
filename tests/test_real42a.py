"""Forms met reading real public English texts of kinds not read before (issue 7, pass real42a:
Economic and Social Council resolutions of the 1980s to 2000s on crime prevention, Human Rights
Council decisions and session reports, Conference of the States Parties to the Convention against
Corruption resolutions, Commission on Narcotic Drugs, Statistical Commission and Commission on
Population and Development reports and resolutions, UN-Habitat papers, Security Council press
pages, special procedures' reports, course pages and reference lists), each written for these
tests in UN style (numbers, dates and titles invented):

- a draft that a text recommends to another body, set out in full after the adopting body's
  own line ("… recommends to the General Assembly the adoption of the following draft
  resolution:⏎"The General Assembly,⏎"Recalling its resolution 3452 (XXX) …" in a text of the
  Economic and Social Council; its body's line also without its comma right under the line that
  introduces it, as a copy prints it), is that body's text: its possessives and bare numbers are that
  body's (the Assembly's number of its first sessions was read as the Council's,
  `E/RES/3452(XXX)`); the text's own numbers before the draft stay its own, and a body named in
  a sentence ("The Human Rights Council, in its resolution 5/1, …") opens no draft;
- a number written with a short name that no body of this text bears ("Governing Council
  resolution 25/4 of 23 April 2015", "Governing Council decision 26/8 of 19 April 2017", in a
  text of no body, as the programmes' pages and notes write them) is not sent by its date to a
  body whose names do not hold that short name (was the Human Rights Council's
  `A/HRC/RES/25/4`): it stays unresolved; with "Council" alone the date still picks the body;
- a heading's number over the adopting body's line without its comma, as a copy prints it,
  and a draft for another body set out below with its body's line and comma ("2031/14. Title⏎⏎
  The Economic and Social Council⏎⏎Recommends … the following draft resolution:⏎⏎"The General
  Assembly,⏎…") is the first body's text (its own id was the Assembly's `A/RES/2031/14`, and
  its own possessives the Assembly's);
- a number of a session in Roman numerals written with the short name of a commission or a
  conference that no body of the text bears ("Commission resolution 8 (XXIII)", "PROVIDED FOR IN
  COMMISSION RESOLUTION 8 (XXIII) AND …", "Conference resolution 3 (II)", as the Commission on
  Human Rights' reports cite its own numbering of the time) is that body's, no text of the
  General Assembly (was `A/RES/8(XXIII)`): it stays unresolved; the Assembly's and the
  Council's numbers beside it are read as before.
"""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

ECOSOC_HEAD = (
    "Resolution 2031/14\n\nStrengthening the rule of law in prison management\n\n"
    "The Economic and Social Council,\n\nRecalling its resolution 2029/8 of 24 July 2029,\n\n"
)
FOLLOWING = " the adoption of the following draft resolution:\n\n"

# (text, the mentions as written with their targets)
NESTED: list[tuple[str, list[tuple[str, str | None]]]] = [
    # a quoted draft of the Assembly in a Council text
    (
        ECOSOC_HEAD + "1. Recommends to the General Assembly" + FOLLOWING + '"The General Assembly,\n\n'
        '"Recalling its resolution 3452 (XXX) of 9 December 1975, and its resolution 2858 (XXVI),\n\n'
        '"1. Invites Member States to share their practices;"\n',
        [
            ("2029/8", "E/RES/2029/8"),
            ("3452 (XXX)", "A/RES/3452(XXX)"),
            ("2858 (XXVI)", "A/RES/2858(XXVI)"),
        ],
    ),
    # the same without quotation marks, a bare number in the draft
    (
        ECOSOC_HEAD + "Recommends to the General Assembly" + FOLLOWING + "The General Assembly,\n\n"
        "Bearing in mind resolution 2200 A (XXI), annex,\n\n"
        "Requests the Secretary-General to report to it at its ninetieth session.\n",
        [("2029/8", "E/RES/2029/8"), ("2200 A (XXI)", "A/RES/2200A(XXI)")],
    ),
    # the draft's body line without its comma, right under the line that introduces it
    (
        ECOSOC_HEAD
        + "Recommends to the General Assembly"
        + FOLLOWING.rstrip("\n")
        + "\nThe General Assembly\n"
        "Recalling its resolution 3452 (XXX) of 9 December 1975,\n",
        [("2029/8", "E/RES/2029/8"), ("3452 (XXX)", "A/RES/3452(XXX)")],
    ),
    # typographic quotation marks, a list of the Assembly's older numbers
    (
        ECOSOC_HEAD + "2. Recommends to the General Assembly" + FOLLOWING + "“The General Assembly,\n\n"
        "“Reaffirming its resolutions 415 (V) of 1 December 1950 and 3021 (XXVII) of 18 December 1972,\n",
        [
            ("2029/8", "E/RES/2029/8"),
            ("415 (V)", "A/RES/415(V)"),
            ("3021 (XXVII)", "A/RES/3021(XXVII)"),
        ],
    ),
]

# look-alikes that stay as they are
KEPT: list[tuple[str, list[tuple[str, str | None]]]] = [
    # the text's own possessive before any draft stays its own
    (
        ECOSOC_HEAD + "1. Requests the Secretary-General to report on its resolution 2030/5.\n",
        [("2029/8", "E/RES/2029/8"), ("2030/5", "E/RES/2030/5")],
    ),
    # a body named in a sentence, not on a line of its own: no draft
    (
        "Resolution 2031/14\n\nTitle\n\nThe Economic and Social Council,\n\n"
        "Noting that the General Assembly, in its resolution 3452 (XXX), adopted the Declaration,\n\n"
        "Recalling its resolution 2029/8,\n",
        [("3452 (XXX)", "A/RES/3452(XXX)"), ("2029/8", "E/RES/2029/8")],
    ),
]


def _mentions(text: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.target) for c in extract_text(text).citations]


@pytest.mark.parametrize(("text", "expected"), NESTED + KEPT)
def test_nested_draft(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _mentions(text) == expected


# (text, the mentions as written with their targets)
SHORT_NAMES: list[tuple[str, list[tuple[str, str | None]]]] = [
    ("Recalling Governing Council resolution 25/4 of 23 April 2015,\n", [("25/4", None)]),
    (
        "The Executive Director reported on the implementation of Governing Council decision 26/8 "
        "of 19 April 2017 and of General Assembly resolution 71/235.\n",
        [("26/8", None), ("71/235", "A/RES/71/235")],
    ),
    # look-alikes: the short name borne by the body the date fits, or the body named
    ("Recalling Council resolution 25/4 of 23 April 2015,\n", [("25/4", "A/HRC/RES/25/4")]),
    (
        "The Human Rights Council, in its resolution 29/2 of 2 July 2015, recalled Council "
        "resolution 25/4 of 28 March 2014.\n",
        [("29/2", "A/HRC/RES/29/2"), ("25/4", "A/HRC/RES/25/4")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_NAMES)
def test_short_name_not_borne(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _mentions(text) == expected


# (text, its own id, the mentions as written with their targets)
OWN: list[tuple[str, str | None, list[tuple[str, str | None]]]] = [
    (
        "2031/14. Title\n\nThe Economic and Social Council\n\nRecalling its resolution 2029/8,\n\n"
        "Recommends to the General Assembly" + FOLLOWING + '"The General Assembly,\n\n'
        '"Recalling its resolution 3452 (XXX),\n',
        "E/RES/2031/14",
        [("2029/8", "E/RES/2029/8"), ("3452 (XXX)", "A/RES/3452(XXX)")],
    ),
    (
        "Resolution 2031/14\n\nTitle\n\nThe Economic and Social Council\n\n"
        "Recommends to the General Assembly" + FOLLOWING + "The General Assembly,\n\n"
        "Reaffirming its resolution 2858 (XXVI),\n",
        "E/RES/2031/14",
        [("2858 (XXVI)", "A/RES/2858(XXVI)")],
    ),
    # look-alike: the body's line with its comma, no draft
    (
        "2031/14. Title\n\nThe Economic and Social Council,\n\nRecalling its resolution 2029/8,\n",
        "E/RES/2031/14",
        [("2029/8", "E/RES/2029/8")],
    ),
]


@pytest.mark.parametrize(("text", "own", "expected"), OWN)
def test_own_line_before_draft(text: str, own: str | None, expected: list[tuple[str, str | None]]) -> None:
    cites = extract_text(text).citations
    assert [(c.text, c.target) for c in cites] == expected
    assert {c.source_id for c in cites} == {own}


# (text, the mentions as written with their targets)
ROMAN_SHORT: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        "Situations that reveal a consistent pattern of gross violations, as provided for in Commission "
        "resolution 7 (XXVI) and Economic and Social Council resolution 1102 (XLIV),\n",
        [("7 (XXVI)", None), ("1102 (XLIV)", "E/RES/1102(XLIV)")],
    ),
    (
        "II. STUDY OF SITUATIONS AS PROVIDED FOR IN COMMISSION RESOLUTION 7 (XXVI) AND GENERAL ASSEMBLY "
        "RESOLUTION 2144 A (XXI)\n\n12. The Commission considered the item at its 30th meeting.\n",
        [("7 (XXVI)", None), ("2144 A (XXI)", "A/RES/2144A(XXI)")],
    ),
    ("Recalling Conference resolution 4 (III) of 12 May 1971,\n", [("4 (III)", None)]),
    # look-alikes: no short name, or the Assembly's own
    ("Recalling resolution 2144 A (XXI),\n", [("2144 A (XXI)", "A/RES/2144A(XXI)")]),
    ("Recalling Assembly resolution 2144 A (XXI),\n", [("2144 A (XXI)", "A/RES/2144A(XXI)")]),
]


@pytest.mark.parametrize(("text", "expected"), ROMAN_SHORT)
def test_roman_number_of_a_short_name(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _mentions(text) == expected
