"""Forms met reading real public texts in Russian of kinds earlier passes had not read (issue 7,
pass 48d: Central Asian and Caucasian ministries' and agencies' pages on the Assembly's
resolutions their States proposed, the CIS Inter-Parliamentary Assembly's and the CSTO's texts,
books and pages that reprint the Assembly's resolutions, encyclopaedia pages on the Council's and
the Assembly's resolutions, the press on the Council), each written for these tests in UN style
(numbers, dates and wording invented where the rule does not depend on them):

- the adoption in the passive between a number (or an instrument's title, its topic perhaps
  between) and the adopting body ("резолюция 60/275 была принята Генеральной Ассамблеей
  7 сентября 2006 года", "Резолюция 1325 о … была принята Советом Безопасности …", the short
  participle "принята Генеральной Ассамблеей …", "Конвенция о правах ребенка была принята
  Генеральной Ассамблеей ООН 20 ноября 1989 года"; ru ``grammar.body_prep``,
  ``grammar.adoption_passive``): the body's number with the date after it (was undated); the short
  participle before the date alone ("Резолюция СБ ООН 2417 принята 24 мая 2018 года";
  ``grammar.date_intro``) dates it too;
- an encyclopaedia's lead, the noun again after a dash ("Резолюция 2334 — резолюция Совета
  Безопасности ООН, принятая 23 декабря 2016 года", "Резолюция Совета Безопасности ООН 2334 —
  резолюция, принятая …"; ru ``grammar.apposition``): the body's number with its date (the first
  was lost, the second undated);
- the title in quotes between the Council's or the Assembly's name and the passive of the adoption
  with its date ("Резолюция 3379 Генеральной Ассамблеи ООН «…» была принята 10 ноября 1975 г.",
  "Резолюция 2165 Совета Безопасности ООН «…» была принята …"): the number's date (was undated:
  only other numbers read the date after the title);
- the meeting of the adoption before its date ("…, принятая на заседании 23 декабря 2016 года",
  "…, принятая на своем 7853-м заседании …";
  "На пленарном заседании 21 декабря 2016 года была принята резолюция 71/222"; ru
  ``grammar.meeting_clause``): the date is the number's (was undated: the place's date was never
  read in Russian, whose lexicon writes no word before it, nor after a meeting's ordinal of four
  figures or with a hyphen);
- the Assembly's number of its first thirty sessions without its bracket after the date and the
  number's sign, as laws and legal databases head the texts ("Резолюция Генеральной Ассамблеи ООН
  от 20 декабря 1965 года № 2105"): the number of the session its date falls in, dated (was lost
  where the known numbers leave two sessions open), and the heading's the text's own id;
- a heading in capitals alone on its line, the date's word, the date and the number's sign before
  the number ("РЕЗОЛЮЦИЯ ОТ 17.12.1984 N 39/148"; normalise ``_caps_nouns``): read as in lower
  case, the text's own id (was lost, the own id null).
"""

from __future__ import annotations

import pytest

from passages import assert_dates, dates_of
from rescite.engine.extract import extract_text

# (language, passage, each target with its date alone, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]

_PASSIVE_BODY: list[Row] = [
    (
        "ru",
        "Резолюция 60/275 была принята Генеральной Ассамблеей ООН 7 сентября 2006 года.",
        {"A/RES/60/275": "2006-09-07"},
    ),
    (
        "ru",
        "Резолюция 1325 о женщинах и мире была принята Советом Безопасности ООН 31 октября 2000 года.",
        {"S/RES/1325(2000)": "2000-10-31"},
    ),
    (
        "ru",
        "Резолюция 5/3 была единогласно принята Советом по правам человека 18 июня 2007 года.",
        {"A/HRC/RES/5/3": "2007-06-18"},
    ),
    (
        "ru",
        "Как известно, резолюция 61/218 принята Генеральной Ассамблеей 3 апреля 2007 года.",
        {"A/RES/61/218": "2007-04-03"},
    ),
    (
        "ru",
        "Конвенция о правах ребенка была принята Генеральной Ассамблеей ООН 20 ноября 1989 года.",
        {"UNTS/1577/27531": "1989-11-20"},
    ),
    ("ru", "Резолюция СБ ООН 2417 принята 24 мая 2018 года.", {"S/RES/2417(2018)": "2018-05-24"}),
]

_LEAD: list[Row] = [
    (
        "ru",
        "Резолюция 2334 — резолюция Совета Безопасности ООН, принятая 23 декабря 2016 года.",
        {"S/RES/2334(2016)": "2016-12-23"},
    ),
    (
        "ru",
        "Резолюция 1973 — резолюция Совета Безопасности ООН по положению в стране.",
        {"S/RES/1973(2011)": None},
    ),
    (
        "ru",
        "Резолюция Совета Безопасности ООН 2334 — резолюция, принятая 23 декабря 2016 года.",
        {"S/RES/2334(2016)": "2016-12-23"},
    ),
    (
        "ru",
        "Резолюция Совета Безопасности ООН 2334 — резолюция, принятая единогласно 23 декабря 2016 года.",
        {"S/RES/2334(2016)": "2016-12-23"},
    ),
]

_TITLE_PASSIVE: list[Row] = [
    (
        "ru",
        "Резолюция 3379 Генеральной Ассамблеи ООН «Ликвидация всех форм нетерпимости» была принята "
        "10 ноября 1975 г. на XXX сессии.",
        {"A/RES/3379(XXX)": "1975-11-10"},
    ),
    (
        "ru",
        "Резолюция 2165 Совета Безопасности ООН «О гуманитарной помощи» была принята 14 июля 2014 года.",
        {"S/RES/2165(2014)": "2014-07-14"},
    ),
    (
        "ru",
        "Резолюция 2165 Совета Безопасности «О гуманитарной помощи» была принята 14 июля 2014 года.",
        {"S/RES/2165(2014)": "2014-07-14"},
    ),
]

_MEETING: list[Row] = [
    (
        "ru",
        "Резолюция 2334 — резолюция Совета Безопасности ООН, принятая на заседании 23 декабря 2016 года.",
        {"S/RES/2334(2016)": "2016-12-23"},
    ),
    (
        "ru",
        "Резолюция 2334 Совета Безопасности ООН, принятая на своем 7853-м заседании 23 декабря 2016 года.",
        {"S/RES/2334(2016)": "2016-12-23"},
    ),
    (
        "ru",
        "Резолюция 60/275 Генеральной Ассамблеи, принятая на ее 99-м заседании 7 сентября 2006 года.",
        {"A/RES/60/275": "2006-09-07"},
    ),
    (
        "ru",
        "На пленарном заседании 21 декабря 2016 года была принята резолюция 71/229.",
        {"A/RES/71/229": "2016-12-21"},
    ),
]

_DATED_HEADING: list[Row] = [
    (
        "ru",
        "В преамбуле упомянута резолюция Генеральной Ассамблеи ООН от 20 декабря 1965 года № 2105.",
        {"A/RES/2105(XX)": "1965-12-20"},
    ),
]

# look-alikes: as before (each passes on abc8a134 too)
_AS_BEFORE: list[Row] = [
    # the passive with no body and no date after it: the number alone, undated
    ("ru", "Резолюция 60/275 была принята большинством голосов.", {"A/RES/60/275": None}),
    # the body's name after the passive of a report, no number: nothing
    ("ru", "Доклад был принят Генеральной Ассамблеей 7 сентября 2006 года.", {}),
    # the dash and another noun: no body, the Council's number needs it
    ("ru", "Резолюция 2334 — документ, принятый 23 декабря 2016 года.", {}),
    # the title in quotes then a date of ratification: undated
    (
        "ru",
        "Резолюция 2165 Совета Безопасности ООН «О гуманитарной помощи» ратифицирована 14 июля 2014 года.",
        {"S/RES/2165(2014)": None},
    ),
    # a meeting with no date after it: undated
    (
        "ru",
        "Резолюция 2334 Совета Безопасности ООН, принятая на заседании, осуждает поселения.",
        {"S/RES/2334(2016)": None},
    ),
    # the Assembly's old number with its bracket: as before
    (
        "ru",
        "Резолюция Генеральной Ассамблеи ООН от 16 декабря 1966 года № 2200 (XXI) открыла пакты.",
        {"A/RES/2200(XXI)": "1966-12-16"},
    ),
    # the body's name between the number and the meeting, in English: as before
    (
        "en",
        "Resolution 61/218 of the General Assembly, adopted at its 1093rd meeting on 3 April 2007.",
        {"A/RES/61/218": "2007-04-03"},
    ),
    # the heading in capitals with the title after the number on its line: as before, nothing
    (
        "ru",
        "РЕЗОЛЮЦИЯ ОТ 17.12.1984 N 39/148 РАССМОТРЕНИЕ ОСУЩЕСТВЛЕНИЯ МЕР\n\n"
        "Генеральная Ассамблея,\nссылаясь на свою резолюцию 38/183 J от 20 декабря 1983 года,",
        {"A/RES/38/183J": "1983-12-20"},
    ),
    # another noun in capitals before the date and the number: nothing
    ("ru", "ПОСТАНОВЛЕНИЕ ОТ 5 МАЯ 2010 ГОДА N 12/34\n\nСобрание утверждает отчет.", {}),
    # the old number without its bracket and without a date, two sessions open: nothing
    ("ru", "Резолюция Генеральной Ассамблеи ООН № 2050 осуждает колониализм.", {}),
]

ROWS = _PASSIVE_BODY + _LEAD + _TITLE_PASSIVE + _MEETING + _DATED_HEADING


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_found(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_dates(dates_of(text, lang, unresolved=""), expected)


@pytest.mark.parametrize(("lang", "text", "expected"), _AS_BEFORE)
def test_as_before(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_dates(dates_of(text, lang, unresolved=""), expected)


def test_dated_heading_own_id() -> None:
    """The heading "Резолюция Генеральной Ассамблеи ООН от … № N" over the Assembly's text of its
    first sessions: the text's own id, the number not cited."""
    text = (
        "Резолюция Генеральной Ассамблеи ООН от 20 декабря 1965 года № 2105\n"
        "Осуществление Декларации\n"
        "Генеральная Ассамблея,\n"
        "напоминая о своей резолюции 1514 (XV) от 14 декабря 1960 года,\n"
    )
    res = extract_text(text, lang="ru")
    assert res.document.source_id == "A/RES/2105(XX)"
    assert {c.target for c in res.citations} == {"A/RES/1514(XV)"}


def test_dated_heading_in_capitals_own_id() -> None:
    """The heading in capitals alone on its line, the date's word, the date and the number's sign
    before the number ("РЕЗОЛЮЦИЯ ОТ 17.12.1984 N 39/148"): the text's own id."""
    text = (
        "РЕЗОЛЮЦИЯ ОТ 17.12.1984 N 39/148\n\n"
        "Генеральная Ассамблея,\n"
        "ссылаясь на свою резолюцию 38/183 J от 20 декабря 1983 года,\n"
    )
    res = extract_text(text, lang="ru")
    assert res.document.source_id == "A/RES/39/148"
    assert {c.target for c in res.citations} == {"A/RES/38/183J"}
