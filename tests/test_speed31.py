"""speed31: the tail's ordinal and its session's or meeting's clause led by their first
characters, the noun before a number's mark looked for only where a noun's last character stands
before the mark's blanks — the same matches and records as before."""

from __future__ import annotations

import re

import pytest

from rescite.engine.extract import extract_text
from rescite.engine.find_codes import _mark_after_noun
from rescite.grammar.retools import first_led
from rescite.grammar.shapes import mark_after_noun

# (alternatives, flags, text): the led form matches as the plain one does, or fails as it does
_LED: list[tuple[str, int, str]] = [
    ("(?i:(?:twenty-)?(?:first|second)|tenth)", 0, "Twenty-second Meeting of the Parties"),
    ("(?i:(?:twenty-)?(?:first|second)|tenth)", 0, "tenth session"),
    ("(?i:(?:twenty-)?(?:first|second)|tenth)", 0, "General Assembly"),
    ("(?:at its\\s+\\w+\\s+session|(?i:in (?:19|20)\\d\\d))", 0, "at its fortieth session, on 3 May 2011"),
    ("(?:at its\\s+\\w+\\s+session|(?i:in (?:19|20)\\d\\d))", 0, "In 2011, it adopted"),
    ("(?:at its\\s+\\w+\\s+session|(?i:in (?:19|20)\\d\\d))", 0, "and 64/12"),
    ("(?:premi(?:er|ère)|\\d{1,3}\\.?ª)", re.IGNORECASE, "PREMIÈRE Réunion"),
    ("(?:premi(?:er|ère)|\\d{1,3}\\.?ª)", re.IGNORECASE, "12.ª reunión"),
    ("(?:premi(?:er|ère)|\\d{1,3}\\.?ª)", re.IGNORECASE, ", 12 mai"),
]


@pytest.mark.parametrize(("alternatives", "flags", "text"), _LED)
def test_first_led_same_matches(alternatives: str, flags: int, text: str) -> None:
    plain = re.compile(alternatives, flags).match(text)
    led = re.compile(first_led(alternatives), flags).match(text)
    assert (led and led.span()) == (plain and plain.span())


# (text, where the mention's mark opens, whether a resolution's or decision's noun stands before it)
_MARKS: list[tuple[str, str, bool]] = [
    ("as set out in resolution No. 4127 (XXXI) of the Council", "No. 4127", True),
    ("in its Resolution \tNo. 88 of 2 May 2016", "No. 88", True),
    ("the RESOLUTIONS No. 41 and 42 of the Board", "No. 41", True),
    ("conformément à la décision no 17 du Conseil", "no 17", True),
    ("pursuant to dec. No. 9 of the Board", "No. 9", True),
    ("согласно решению № 231 Совета", "№ 231", True),
    ("Official Records, Supplement No. 47 (A/81/47)", "No. 47", False),
    ("Convention concerning Night Work, 1948 (No. 89), of the Organization", "No. 89", False),
    ("Treaty Series, vol. 3011, No. 52417.", "No. 52417", False),
    ("the report of the mission No. 3 of 2019", "No. 3", False),
    ("No. 12 of the list", "No. 12", False),
]


@pytest.mark.parametrize(("text", "mention", "after_noun"), _MARKS)
def test_mark_after_noun_as_the_plain_search(text: str, mention: str, after_noun: bool) -> None:
    s = text.index(mention)
    m = re.compile(rf"(?P<m>{re.escape(mention)})").search(text, s)
    assert m is not None
    mark, noun = mark_after_noun()
    plain = mark.match(text, s) is not None and noun.search(text, max(0, s - 40), s) is not None
    assert _mark_after_noun(text, m) == plain == after_noun


# (language, passage, the records as (target, date)): the tail's ordinal before a body, its
# meeting and session before the date, a mark after a noun
_TAILS: list[tuple[str, str, list[tuple[str | None, str | None]]]] = [
    (
        "en",
        "Recalling Security Council resolution 2436 (2018), adopted by the Security Council at its"
        " 8377th meeting, on 11 October 2018,",
        [("S/RES/2436(2018)", "2018-10-11")],
    ),
    (
        "en",
        "Taking note of resolution 36/5 of the Human Rights Council, adopted at its thirty-sixth"
        " session on 26 September 2017,",
        [("A/HRC/RES/36/5", "2017-09-26")],
    ),
    ("en", "Recalling decision 9/3 of the Ninth Meeting of the Parties to the Convention,", [(None, None)]),
    ("fr", "Rappelant la décision 9/3 de la neuvième Réunion des Parties à la Convention,", [(None, None)]),
    (
        "en",
        "Recalling its resolution 71/287 of 6 December 2016 and resolution 2253 (2015), adopted in 2015,",
        [("A/RES/71/287", "2016-12-06"), ("S/RES/2253(2015)", None)],
    ),
    (
        "es",
        "Recordando su resolución 70/19, de 4 de septiembre de 2015, y el anexo de la resolución 69/328,",
        [("A/RES/70/19", "2015-09-04"), ("A/RES/69/328", None)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "records"), _TAILS)
def test_tails_read_as_before(lang: str, text: str, records: list[tuple[str | None, str | None]]) -> None:
    got = [(c.target, c.date) for c in extract_text(text, lang=lang).citations]
    assert got == records
