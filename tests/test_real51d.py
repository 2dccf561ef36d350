"""Forms met reading real public texts in Russian of kinds earlier passes had not read (issue 7,
pass 51d: the Russian MFA's pages that reprint the Council's resolutions under their headings,
legal databases' and the Organization's Russian pages of conventions with their line of
adoption, the Secretary-General's reports and the Assembly's texts copied in full, encyclopaedia
pages on the Assembly's early resolutions, Ukrainian, Uzbek, Kyrgyz and Belarusian pages in
Russian, the press agencies on the Council's and the Assembly's votes, federal laws ratifying
treaties), each written for these tests in UN style (numbers, dates and wording invented where the
rule does not depend on them):

- a heading that opens its line with the noun and the Council's number without its year, the
  Council's name and the date of the adoption after it, over the Council's own text, its body's
  line under it ("РЕЗОЛЮЦИЯ 2090 СОВЕТА БЕЗОПАСНОСТИ ООН ОТ 13 МАРТА 2013 ГОДА⏎⏎Совет
  Безопасности,", the same in lower case, a copy's line "Текст резолюции …:" between them;
  ``heading._council_heading_year``): the text's own id, the number with its date's year where
  the Council's numbering allows it, and no citation of itself (was no own id and the heading
  cited); the same heading over an article, with no body's line under it, a year the numbering
  does not allow or another body's name stays as before;
- the Assembly's number of its first thirty sessions with its title in quotes, the passive and
  its date, then the session that adopted it ("Резолюция 3281 Генеральной Ассамблеи ООН «…» была
  принята 12 декабря 1974 года на XXIX сессии Генеральной Ассамблеи";
  ``find_assembly._date_before_session``): dated, where the date falls in that session (was
  undated: the session stated after the date left the date unread); a date another session's
  months give, or none, leaves it undated;
- the title brought in by "под заголовком" between a number or its body and the passive with its
  date ("Резолюция 2334 Совета Безопасности ООН под заголовком «…» была принята 23 декабря 2016
  года"; ru ``titles.entitled``): the number's date (was undated), as "под названием" gave it.
"""

from __future__ import annotations

import pytest

from passages import GA, SC, assert_dates, dates_of
from rescite.engine.extract import extract_text

# (language, passage, each target with its date alone, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]

# (passage, the text's own id, the targets it cites)
OwnRow = tuple[str, str | None, set[str]]

_COUNCIL_HEADING: list[OwnRow] = [
    (
        "РЕЗОЛЮЦИЯ 2090 СОВЕТА БЕЗОПАСНОСТИ ООН ОТ 13 МАРТА 2013 ГОДА\n\n"
        + SC["ru"]
        + "ссылаясь на свои резолюции 1545 (2004) и 2049 (2012),",
        "S/RES/2090(2013)",
        {"S/RES/1545(2004)", "S/RES/2049(2012)"},
    ),
    (
        "Резолюция 1701 Совета Безопасности ООН от 11 августа 2006 года\n\n"
        + SC["ru"]
        + "ссылаясь на все свои предыдущие резолюции по Ливану, в частности резолюцию 1559 (2004),",
        "S/RES/1701(2006)",
        {"S/RES/1559(2004)"},
    ),
    (
        "РЕЗОЛЮЦИЯ 1373 СОВЕТА БЕЗОПАСНОСТИ ООН ОТ 28 СЕНТЯБРЯ 2001 ГОДА\n"
        "Текст резолюции 1373 Совета Безопасности ООН от 28 сентября 2001 года о борьбе с "
        "терроризмом:\n«"
        + SC["ru"]
        + "вновь подтверждая свою резолюцию 1269 (1999) от 19 октября 1999 года,",
        "S/RES/1373(2001)",
        {"S/RES/1269(1999)"},
    ),
    (
        "Резолюция 2118 Совета Безопасности от 27 сентября 2013 года\n\n"
        + SC["ru"]
        + "ссылаясь на заявления своего Председателя,",
        "S/RES/2118(2013)",
        set(),
    ),
]

# look-alikes: as before (each passes on 4d83dbb1 too)
_COUNCIL_HEADING_AS_BEFORE: list[OwnRow] = [
    # the heading over an article, no body's line under it: cited, no own id
    (
        "Резолюция 1701 Совета Безопасности ООН от 11 августа 2006 года\n\n"
        "В статье рассматривается, как выполняется эта резолюция.",
        None,
        {"S/RES/1701(2006)"},
    ),
    # … with words after the date on its line, an article's title
    (
        "Резолюция 1701 Совета Безопасности ООН от 11 августа 2006 года и её выполнение\n\n"
        "Автор рассматривает выполнение резолюции.",
        None,
        {"S/RES/1701(2006)"},
    ),
    # the year bracket written: its own id, as before
    (
        "Резолюция 1701 (2006) Совета Безопасности ООН от 11 августа 2006 года\n\n"
        + SC["ru"]
        + "ссылаясь на свои резолюции,",
        "S/RES/1701(2006)",
        set(),
    ),
    # the Assembly's heading: its own id, as before
    (
        "Резолюция 60/1 Генеральной Ассамблеи от 16 сентября 2005 года\n\n"
        + GA["ru"]
        + "принимает следующий итоговый документ:",
        "A/RES/60/1",
        set(),
    ),
    # another body's name after the number: no own id of the Council's
    (
        "Резолюция 1701 Экономического и Социального Совета от 11 августа 2006 года\n\n"
        "Экономический и Социальный Совет,\n\nссылаясь на свои решения,",
        None,
        set(),
    ),
]

_SESSION_AFTER_DATE: list[Row] = [
    (
        "ru",
        "Резолюция 3281 Генеральной Ассамблеи ООН «Хартия экономических прав и обязанностей "
        "государств» была принята 12 декабря 1974 года на XXIX сессии Генеральной Ассамблеи.",
        {"A/RES/3281(XXIX)": "1974-12-12"},
    ),
    (
        "ru",
        "Резолюция 2625 Генеральной Ассамблеи «Декларация о принципах международного права» была "
        "принята 24 октября 1970 года на своей XXV сессии Генеральной Ассамблеи ООН.",
        {"A/RES/2625(XXV)": "1970-10-24"},
    ),
]

_UNDER_HEADING: list[Row] = [
    (
        "ru",
        "Резолюция 2334 Совета Безопасности ООН под заголовком «Положение на Ближнем Востоке» "
        "была принята 23 декабря 2016 года.",
        {"S/RES/2334(2016)": "2016-12-23"},
    ),
    (
        "ru",
        "Резолюция 46/86 Генеральной Ассамблеи ООН под заголовком «Ликвидация расизма и расовой "
        "дискриминации» была принята 16 декабря 1991 года.",
        {"A/RES/46/86": "1991-12-16"},
    ),
    (
        "ru",
        GA["ru"] + "ссылаясь на свою резолюцию 70/1 под заголовком «Преобразование нашего мира», "
        "принятую 25 сентября 2015 года,",
        {"A/RES/70/1": "2015-09-25"},
    ),
]

# look-alikes: as before (each passes on 4d83dbb1 too)
_AS_BEFORE: list[Row] = [
    # the session stated, no date: undated
    (
        "ru",
        "Резолюция 3281 Генеральной Ассамблеи ООН «Хартия экономических прав и обязанностей "
        "государств» была принята на XXIX сессии Генеральной Ассамблеи.",
        {"A/RES/3281(XXIX)": None},
    ),
    # a date no month of that session holds: undated
    (
        "ru",
        "Резолюция 3281 Генеральной Ассамблеи ООН «Хартия экономических прав и обязанностей "
        "государств» была принята 12 мая 1975 года на XXIX сессии Генеральной Ассамблеи.",
        {"A/RES/3281(XXIX)": None},
    ),
    # the date after the session, as before
    (
        "ru",
        "Резолюция 3281 Генеральной Ассамблеи ООН «Хартия экономических прав и обязанностей "
        "государств» была принята на XXIX сессии Генеральной Ассамблеи 12 декабря 1974 года.",
        {"A/RES/3281(XXIX)": "1974-12-12"},
    ),
    # the title by "под названием", as before
    (
        "ru",
        "Резолюция 2334 Совета Безопасности ООН под названием «Положение на Ближнем Востоке» "
        "была принята 23 декабря 2016 года.",
        {"S/RES/2334(2016)": "2016-12-23"},
    ),
    # "под заголовком" with no date after the title: undated
    (
        "ru",
        "Резолюция 2334 Совета Безопасности ООН под заголовком «Положение на Ближнем Востоке» "
        "осуждает строительство поселений.",
        {"S/RES/2334(2016)": None},
    ),
]

ROWS = _SESSION_AFTER_DATE + _UNDER_HEADING


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_found(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_dates(dates_of(text, lang, unresolved=""), expected)


@pytest.mark.parametrize(("lang", "text", "expected"), _AS_BEFORE)
def test_as_before(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_dates(dates_of(text, lang, unresolved=""), expected)


@pytest.mark.parametrize(("text", "own", "cited"), _COUNCIL_HEADING + _COUNCIL_HEADING_AS_BEFORE)
def test_council_heading(text: str, own: str | None, cited: set[str]) -> None:
    res = extract_text(text, lang="ru")
    assert res.document.source_id == own
    assert {str(c.target) for c in res.citations} == cited
