"""Forms of real documents left out before (issue 7, pass left42b):

- the Chinese short name of the General Assembly ("联大") with a number of its first thirty
  sessions and its date, in the Council's text ("回顾联大1960年12月15日第1541号决议"): the
  Assembly's, its session from the date, as with its full name (was the Council's number);
- a number followed by its adopter named after a longer link than the body's preposition, in the
  Council's text ("resolution 1541 adopted by the General Assembly on 15 December 1960", "القرار
  1541 الذي اتخذته الجمعية العامة للأمم المتحدة في …"): that body's, not the Council's own number
  (was the Council's); the Assembly's full name between number and date is within reach;
- the number and its noun set in title marks, as Chinese texts define a term, after the Council
  named ("安理会通过了《第1540号决议》", traditional characters too): the Council's (was lost).

The passages are invented for these tests."""

from __future__ import annotations

import pytest

from passages import GA, SC, assert_exact

# (language, passage, each target with its date alone, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]

_SHORT_NAME: list[Row] = [
    ("zh", SC["zh"] + "回顾联大1960年12月15日第1541号决议，", {"A/RES/1541(XV)": "1960-12-15"}),
    ("zh", SC["zh"] + "回顾联大1970年10月24日第2625号决议，", {"A/RES/2625(XXV)": "1970-10-24"}),
    (
        "zh",
        SC["zh"] + "又回顾联大第60/1号决议和联大1974年12月14日第3314号决议，",
        {"A/RES/60/1": None, "A/RES/3314(XXIX)": "1974-12-14"},
    ),
]

_ADOPTER_AFTER: list[Row] = [
    (
        "en",
        SC["en"] + "Recalling resolution 1541 adopted by the General Assembly on 15 December 1960,",
        {"A/RES/1541(XV)": "1960-12-15"},
    ),
    (
        "en",
        SC["en"] + "Recalling resolution 2625 adopted by the General Assembly on 24 October 1970,",
        {"A/RES/2625(XXV)": "1970-10-24"},
    ),
    (
        "ar",
        SC["ar"] + "إذ يشير إلى القرار 1541 الذي اتخذته الجمعية العامة في 15 كانون الأول/ديسمبر 1960،",
        {"A/RES/1541(XV)": "1960-12-15"},
    ),
    (
        "ar",
        SC["ar"]
        + "إذ يشير إلى القرار 2625 الذي اتخذته الجمعية العامة للأمم المتحدة في 24 تشرين الأول/أكتوبر 1970،",
        {"A/RES/2625(XXV)": "1970-10-24"},
    ),
]

_TITLE_MARKS: list[Row] = [
    ("zh", GA["zh"] + "注意到安理会通过了《第1540号决议》，", {"S/RES/1540(2004)": None}),
    ("zh", GA["zh"] + "注意到安全理事會通過了《第1540號決議》，", {"S/RES/1540(2004)": None}),
    ("zh", GA["zh"] + "注意到安全理事会的《第1540号决议》，", {"S/RES/1540(2004)": None}),
    ("zh", GA["zh"] + "注意到安理会2004年4月28日《第1540号决议》，", {"S/RES/1540(2004)": "2004-04-28"}),
    (
        "zh",
        GA["zh"] + "注意到安理会《第1540号决议》和《第1977号决议》，",
        {"S/RES/1540(2004)": None, "": None},
    ),
]

ROWS = _SHORT_NAME + _ADOPTER_AFTER + _TITLE_MARKS

#: look-alikes, read as before: the Council's own number with its own adoption, a number of the
#: Assembly named after a short link, marks around another title, a mark left open
_AS_BEFORE: list[Row] = [
    (
        "en",
        SC["en"] + "Recalling its resolution 1541 adopted by the Security Council on 15 December 2004,",
        {"S/RES/1541(2004)": "2004-12-15"},
    ),
    (
        "ar",
        SC["ar"] + "إذ يشير إلى قراره 1541 الذي اتخذه في 15 كانون الأول/ديسمبر 2004،",
        {"S/RES/1541(2004)": "2004-12-15"},
    ),
    (
        "ru",
        SC["ru"] + "ссылаясь на резолюцию 1541, принятую Генеральной Ассамблеей 15 декабря 1960 года,",
        {"A/RES/1541(XV)": "1960-12-15"},
    ),
    ("zh", GA["zh"] + "注意到安理会第1540号决议，", {"S/RES/1540(2004)": None}),
    ("zh", GA["zh"] + "注意到《第1540号决议》，", {}),
    ("zh", GA["zh"] + "注意到安理会《关于第1540号决议的报告》，", {}),
    ("zh", SC["zh"] + "回顾大会1960年12月15日第1541号决议，", {"A/RES/1541(XV)": "1960-12-15"}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_found(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _AS_BEFORE)
def test_as_before(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)
