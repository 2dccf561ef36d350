"""Forms earlier passes left (issue 7, pass left43):

- the General Assembly's numbers of its first thirty sessions alone in a list after one written
  with its session, or with the date that gives it ("resolutions 2600 (XXV), 2610 and 2620 (XXV)",
  "résolutions 3363 (XXX) et 3379"): each is of the session the known numbers leave it, the one
  before it in the list among them (was unread); a number the known numbers leave between two
  sessions stays unread ("1514 (XV), 1541": the fifteenth session's 1541 or the sixteenth's?),
  the list read on past it ("… et 1655 (XVI)" was lost too);
- such a number with its session's numeral and no brackets ("résolution 626 VII", "resolution
  1803 XVII"): read as if bracketed where the numeral fits the known numbers around the number
  (was unread; not after another body's name, nor a numeral the known numbers rule out:
  "resolution 1600 I"; looked for in a text that writes a year of those sessions or another of
  their numbers with its bracket: a scan of every capital I, V and X costs too much elsewhere);
- Arabic: a number in brackets right after its noun that a copy set right to left turned round
  ("القرار (90/34) المؤرخ 12 كانون الأول/ديسمبر 1979" for 34/90): read turned round where no body holds
  it as written and its date fits it turned round, as the form without brackets (was unread; not
  "(60/1)", nor without a date, nor in a text set left to right);
- a noun a converter broke at a hyphen and joined with a blank ("reso- lution 60/1", "résolu- tion",
  "resolu- ción"): read as the noun (its number was unread); only where the two parts make one of
  the lexicons' nouns ("self- determination" stays as written).

The passages are invented for these tests."""

from __future__ import annotations

import pytest

from passages import GA, HRC, SC, assert_exact
from rescite.engine.extract import extract_text

# (language, passage, each target with its date alone, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]

_R = "A/RES/"

_LISTED: list[Row] = [
    (
        "en",
        GA["en"] + "Recalling its resolutions 2600 (XXV), 2610 and 2620 (XXV),",
        {f"{_R}2600(XXV)": None, f"{_R}2610(XXV)": None, f"{_R}2620(XXV)": None},
    ),
    (
        "fr",
        GA["fr"] + "Rappelant ses résolutions 3363 (XXX) et 3379,",
        {f"{_R}3363(XXX)": None, f"{_R}3379(XXX)": None},
    ),
    (
        "es",
        GA["es"] + "Recordando sus resoluciones 217 A (III), de 10 de diciembre de 1948, y 260 A,",
        {f"{_R}217A(III)": "1948-12-10", f"{_R}260A(III)": None},
    ),
    (
        "en",
        GA["en"] + "Recalling its resolutions 3281 (XXIX), 3300 and 3314 of 14 December 1974,",
        {f"{_R}3281(XXIX)": None, f"{_R}3300(XXIX)": None, f"{_R}3314(XXIX)": "1974-12-14"},
    ),
    (
        "en",
        SC["en"] + "Recalling General Assembly resolutions 2625 (XXV) and 2626,",
        {f"{_R}2625(XXV)": None, f"{_R}2626(XXV)": None},
    ),
    # (a number the known numbers leave between two sessions — 1541 may be the fifteenth's or the
    # sixteenth's — is not read; the member after it with its own bracket is: was lost too)
    (
        "fr",
        GA["fr"] + "Rappelant ses résolutions 1514 (XV), 1541 et 1655 (XVI),",
        {f"{_R}1514(XV)": None, f"{_R}1655(XVI)": None},
    ),
]

_NUMERAL: list[Row] = [
    (
        "fr",
        GA["fr"] + "Rappelant sa résolution 626 VII du 21 décembre 1952,",
        {f"{_R}626(VII)": "1952-12-21"},
    ),
    (
        "en",
        GA["en"] + "Recalling its resolution 1803 XVII of 14 December 1962 on permanent sovereignty,",
        {f"{_R}1803(XVII)": "1962-12-14"},
    ),
    (
        "es",
        SC["es"] + "Recordando la resolución 2131 XX de la Asamblea General y la resolución 1514 (XV),",
        {f"{_R}2131(XX)": None, f"{_R}1514(XV)": None},
    ),
    (
        "en",
        GA["en"]
        + "Recalling its resolutions 95 I and 96, and resolution 217 A III of 10 December 1948 and 260,",
        {f"{_R}95(I)": None, f"{_R}96(I)": None, f"{_R}217A(III)": "1948-12-10", f"{_R}260(III)": None},
    ),
    (
        "ru",
        GA["ru"] + "ссылаясь на свою резолюцию 1803 XVII от 14 декабря 1962 года,",
        {f"{_R}1803(XVII)": "1962-12-14"},
    ),
]

_HYPHENED: list[Row] = [
    ("en", GA["en"] + "Recalling its reso- lution 60/1 of 24 October 2005,", {f"{_R}60/1": "2005-10-24"}),
    (
        "fr",
        GA["fr"] + "Rappelant sa résolu- tion 65/1 et sa déci- sion 62/557,",
        {f"{_R}65/1": None, "A/DEC/62/557": None},
    ),
    ("es", GA["es"] + "Recordando su resolu- ción 70/1,", {f"{_R}70/1": None}),
    (
        "en",
        GA["en"] + "Recalling Human Rights Council reso- lutions 5/1 and 5/2,",
        {"A/HRC/RES/5/1": None, "A/HRC/RES/5/2": None},
    ),
]

_TURNED: list[Row] = [
    (
        "ar",
        GA["ar"] + "إذ تشير إلى القرار (90/34) المؤرخ 12 كانون الأول/ديسمبر 1979،",
        {f"{_R}34/90": "1979-12-12"},
    ),
    (
        "ar",
        GA["ar"] + "وإذ تشير كذلك إلى قرارها (147/60) المؤرخ 16 كانون الأول/ديسمبر 2005،",
        {f"{_R}60/147": "2005-12-16"},
    ),
]

# look-alikes that stay as they were
_AS_BEFORE: list[Row] = [
    # (a number that the known numbers leave between the twenty-fifth and twenty-sixth sessions)
    ("en", GA["en"] + "Recalling its resolutions 2625 (XXV) and 2700,", {f"{_R}2625(XXV)": None}),
    # (a paragraph's number after the list: not above the number before it)
    (
        "en",
        SC["en"] + "Recalling General Assembly resolution 2719 (XXV) of 15 December 1970, 1. Requests,",
        {f"{_R}2719(XXV)": "1970-12-15"},
    ),
    # (a numeral the known numbers rule out; a chapter's numeral; another body's number)
    ("en", GA["en"] + "Recalling its resolution 1600 I and Chapter VII of the Charter,", {}),
    # (… the Council's 1000 of 1995 since the anchor 986 (1995), pass real44c)
    ("en", GA["en"] + "Recalling Security Council resolution 1000 XV,", {"S/RES/1000(1995)": None}),
    ("en", GA["en"] + "Recalling its resolution 60/1, annex I,", {f"{_R}60/1": None}),
    # (a word that is no lexicon noun joined by a hyphen: as written)
    # (a number in brackets a body holds as written, or with no date, or in a text set left to right)
    ("ar", GA["ar"] + "إذ تشير إلى قرارها (60/1) المؤرخ 24 تشرين الأول/أكتوبر 2005،", {}),
    ("ar", GA["ar"] + "إذ تشير إلى قرارها (90/34)،", {}),
    # (… but a number its date cannot fit as written and can turned round is turned, since real54b)
    (
        "ar",
        HRC["ar"] + "إذ يشير إلى قراره (13/48) المؤرخ 8 تشرين الأول/أكتوبر 2021،",
        {"A/HRC/RES/48/13": "2021-10-08"},
    ),
    ("en", GA["en"] + "Recalling its resolution (90/34) of 12 December 1979,", {}),
    ("en", GA["en"] + "Recalling the right to self- determination and its reso- lute action 60/1,", {}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _LISTED + _NUMERAL + _HYPHENED + _TURNED)
def test_found(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _AS_BEFORE)
def test_as_before(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


def test_hyphened_noun_span_and_pinpoint() -> None:
    """The joined noun keeps the number's place in the text as written, and its pinpoint."""
    text = GA["en"] + "Recalling paragraph 4 of its reso- lution 60/1,"
    (c,) = extract_text(text, lang="en").citations
    assert text[c.start : c.end] == "60/1" and c.pinpoint == "paragraph 4"
