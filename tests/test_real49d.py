"""Forms met reading real public texts in Russian of kinds earlier passes had not read (issue 7,
pass 49d: the Russian MFA's and the press agencies' pieces on the Council's votes, encyclopaedia
pages on the Assembly's early resolutions, Belarusian and Kyrgyz decrees implementing the
Council's sanctions, the CSTO's statements, law journals' articles, treaty bodies' concluding
observations), each written for these tests in UN style (numbers, dates and wording invented where
the rule does not depend on them):

- the press's short words for the Council and the Assembly without "ООН" ("Вчера Совбез одобрил
  резолюцию 2728", "резолюцией 1267 Совбеза от …", "резолюцией Генассамблеи 52/12 от …"; ru
  ``bodies.SC``, ``bodies.GA``): the body's number (was lost: the Council's number needs its body,
  and an unknown word between the noun and the number left the Assembly's out); a State's or
  another organisation's after them ("Совбез РФ", "Совбез Беларуси", "Генассамблея ОБСЕ") is not
  the United Nations';
- the Assembly's full name with the Organization's written out after a capital "Ассамблеи"
  ("Резолюция 60/1 Генеральной Ассамблеи Организации Объединенных Наций была принята …";
  ``bodies.GA``): the body's name, so the date after it is the number's (was undated);
- the vote's count between the participle and the date, in figures or in words ("…, принятая
  14 голосами при одном воздержавшемся 23 декабря 2016 года", "…, одобренная пятнадцатью
  голосами 27 сентября 2013 года", "… 100 голосами «за» против 11 при 58 воздержавшихся …";
  ru ``grammar.vote_date_intro``, a pattern): the number's date (was undated);
- the list word in capitals between a list's lower-case numbers ("31/2A, 31/2B И 34/3"; ru
  ``grammar.list_and``): the list's last number (was lost);
- the number's date after its word between the number and the body's name ("резолюции № 1373
  от 28 сентября 2001 г. Совета Безопасности", "resolution 2231 of 20 July 2015 of the Security
  Council", and for the Assembly's numbers of its first thirty sessions "Резолюции № 2625 от
  24 октября 1970 г. Генеральной Ассамблеи"; ``council.behind`` with its group ``bd``,
  ``find_assembly._BODY_GAP``): the body's number with that date (was lost); another body's
  name there ("резолюцию 1514 от 14 декабря 1960 года Экономического и Социального Совета", in an
  Assembly's text) is no longer taken for the Assembly;
- the decisions of the Basel, Stockholm, Rotterdam and Minamata conferences of the parties by
  their codes in Cyrillic letters ("решение БК-16/7", "решения СК-10/3 и СК-10/4", "РК-11/2",
  "МК-5/6"; ``numbering_shapes.csv``): kept unresolved with the body's reason, as the Latin codes
  are (were nothing).
"""

from __future__ import annotations

import pytest

from passages import GA, assert_dates, dates_of

# (language, passage, each target with its date alone, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]

_SHORT_BODY: list[Row] = [
    ("ru", "Вчера Совбез одобрил резолюцию 2728 о прекращении огня.", {"S/RES/2728(2024)": None}),
    (
        "ru",
        "В соответствии с резолюцией 1267 Совбеза от 15 октября 1999 года был учрежден комитет.",
        {"S/RES/1267(1999)": "1999-10-15"},
    ),
    (
        "ru",
        "Эта мера предусмотрена резолюцией Генассамблеи 52/12 от 12 ноября 1997 года.",
        {"A/RES/52/12": "1997-11-12"},
    ),
    (
        "ru",
        "Резолюция 60/1 Генеральной Ассамблеи Организации Объединенных Наций была принята "
        "16 сентября 2005 г.",
        {"A/RES/60/1": "2005-09-16"},
    ),
    # another organisation's assembly in the short word: its number kept unresolved (was the
    # Assembly's)
    ("ru", "Генассамблея ОБСЕ приняла резолюцию 46/86.", {"": None}),
]

_VOTES: list[Row] = [
    (
        "ru",
        "Резолюция 2401 Совета Безопасности, принятая 14 голосами при одном воздержавшемся "
        "24 февраля 2018 года, требует прекращения огня.",
        {"S/RES/2401(2018)": "2018-02-24"},
    ),
    (
        "ru",
        "Резолюция 2118 Совета Безопасности, одобренная пятнадцатью голосами 27 сентября 2013 года, "
        "касается химического оружия.",
        {"S/RES/2118(2013)": "2013-09-27"},
    ),
    (
        "ru",
        "Резолюция 65/265 Генеральной Ассамблеи, принятая 120 голосами «за» против 9 при "
        "40 воздержавшихся 1 марта 2011 года, приостановила членство.",
        {"A/RES/65/265": "2011-03-01"},
    ),
    (
        "ru",
        "Резолюция 2216 Совета Безопасности была принята четырнадцатью голосами при одном "
        "воздержавшемся 14 апреля 2015 года.",
        {"S/RES/2216(2015)": "2015-04-14"},
    ),
]

_LIST_CAPITAL: list[Row] = [
    (
        "ru",
        GA["ru"] + "ссылаясь на свои резолюции 33/5A, 33/5B И 36/7,",
        {"A/RES/33/5A": None, "A/RES/33/5B": None, "A/RES/36/7": None},
    ),
]

_DATE_BEFORE_BODY: list[Row] = [
    (
        "ru",
        "Во исполнение резолюции № 1373 от 28 сентября 2001 г. Совета Безопасности ООН приняты меры.",
        {"S/RES/1373(2001)": "2001-09-28"},
    ),
    (
        "en",
        "Measures taken under resolution 2231 of 20 July 2015 of the Security Council were reported.",
        {"S/RES/2231(2015)": "2015-07-20"},
    ),
    (
        "fr",
        "Les mesures prises en application de la résolution 1540 du 28 avril 2004 du Conseil de sécurité.",
        {"S/RES/1540(2004)": "2004-04-28"},
    ),
    (
        "es",
        "Las medidas adoptadas en virtud de la resolución 1540 de 28 de abril de 2004 del Consejo "
        "de Seguridad.",
        {"S/RES/1540(2004)": "2004-04-28"},
    ),
    (
        "ru",
        "Основой для принятия Резолюции № 2625 от 24 октября 1970 г. Генеральной Ассамблеи ООН стал Устав.",
        {"A/RES/2625(XXV)": "1970-10-24"},
    ),
    (
        "en",
        "The adoption of resolution 1514 of 14 December 1960 of the General Assembly marked a turn.",
        {"A/RES/1514(XV)": "1960-12-14"},
    ),
    # another body's name after the date, in the Assembly's text: not the Assembly's number
    (
        "ru",
        GA["ru"] + "ссылаясь на резолюцию 1514 от 14 декабря 1960 года Экономического и Социального Совета,",
        {},
    ),
]

_CONVENTION_CODES: list[Row] = [
    (
        "ru",
        "ссылаясь на решение БК-16/7 Конференции Сторон Базельской конвенции,",
        {"": None},
    ),
    ("ru", "ссылаясь на решения СК-10/3 и СК-10/4 Конференции Сторон,", {"": None}),
    ("ru", "Конференция Сторон в своем решении РК-11/2 постановила,", {"": None}),
    ("ru", "как предусмотрено решением МК-5/6,", {"": None}),
]

# look-alikes: as before (each passes on 41461e66 too)
_AS_BEFORE: list[Row] = [
    # a State's security council, in the short word: nothing
    ("ru", "Совбез РФ обсудил резолюцию 2720.", {}),
    ("ru", "Совбез Беларуси одобрил резолюцию 2720.", {}),
    ("ru", "Указ о резолюции Совбеза РФ 2720 от 22 декабря 2023 года.", {}),
    # the name with "ООН": as before
    ("ru", "Совбез ООН одобрил резолюцию 2720.", {"S/RES/2720(2023)": None}),
    # the vote's count, then other words before a date: undated
    (
        "ru",
        "Резолюция 2401 Совета Безопасности, принятая 14 голосами при одном воздержавшемся, "
        "действует с 24 февраля 2018 года.",
        {"S/RES/2401(2018)": None},
    ),
    # the list word in lower case: as before
    (
        "ru",
        GA["ru"] + "ссылаясь на свои резолюции 33/5A, 33/5B и 36/7,",
        {"A/RES/33/5A": None, "A/RES/33/5B": None, "A/RES/36/7": None},
    ),
    # a word in capitals after a number, no number after it: the number alone
    ("ru", GA["ru"] + "ссылаясь на свои резолюции 31/2 И ДРУГИЕ,", {"A/RES/31/2": None}),
    # the letters and the hyphen with no noun of a decision before them: nothing
    ("ru", "В РК-11/2 указано иное.", {}),
    ("ru", "Постановление СК-10/3 было обжаловано.", {}),
    # the date after the Council's name, as before
    (
        "ru",
        "Во исполнение резолюции Совета Безопасности ООН № 1373 от 28 сентября 2001 г. приняты меры.",
        {"S/RES/1373(2001)": "2001-09-28"},
    ),
    # the old number with its date and no body, in the Assembly's text: as before
    (
        "ru",
        GA["ru"] + "ссылаясь на резолюцию 1514 от 14 декабря 1960 года,",
        {"A/RES/1514(XV)": "1960-12-14"},
    ),
]

ROWS = _SHORT_BODY + _VOTES + _LIST_CAPITAL + _DATE_BEFORE_BODY + _CONVENTION_CODES


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_found(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_dates(dates_of(text, lang, unresolved=""), expected)


@pytest.mark.parametrize(("lang", "text", "expected"), _AS_BEFORE)
def test_as_before(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_dates(dates_of(text, lang, unresolved=""), expected)
