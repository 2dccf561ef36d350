"""Forms met reading real public texts in Russian of kinds earlier passes had not read (issue 7,
pass 53d: the Council's resolutions in full as the press and legal portals copy them, the
Assembly's resolutions copied into books on its water decades, encyclopaedia pages on the
Council's and the Assembly's resolutions, Tajik, Belarusian and Azerbaijani agencies and the
Permanent Mission's statements on the Council's and the Assembly's votes, the Organization's
Russian pages of agreements under their line of adoption), each written for these tests in UN
style (numbers, dates and wording invented where the rule does not depend on them):

- a list of the body's own numbers, each with its date and a clause after it that holds a year
  and a title in quotes ("56/192 от 21 декабря 2001 года, в которой она провозгласила 2004 год
  Международным годом «…», 60/148 от …", en "by which it proclaimed 2004 the "…", 60/148 of …",
  fr "… 2004 « … », 60/148 du …", es; ``rules`` ``topic_gap``, a title in quotes inside the
  topic): the numbers after the clause go on with the list (were lost: the topic stopped at the
  quotes, and the other rule at the year); a number of another body after such a clause keeps
  its body;
- an adopted text's symbol right after its noun, the date of the adoption written before the noun
  as for a number ("21 декабря 2016 года Генеральная Ассамблея ООН приняла резолюцию
  A/RES/71/222", "… была принята резолюция A/RES/…", en "On … the General Assembly adopted
  resolution A/RES/…", fr "Le …, l'Assemblée générale a adopté la résolution A/RES/…";
  ``find_numbers.date_adopted_symbols``): the symbol's date (was undated); a sentence of no
  adoption ("В докладе от … говорится о резолюции A/RES/…") dates nothing, nor a date its body
  could not have adopted the text on (the Assembly's 45/1 in 2016);
- the plenary meeting of the Assembly or a meeting of the Council before the date that opens a
  sentence in the passive ("На пленарном заседании Генеральной Ассамблеи ООН 21 декабря 2016
  года была принята резолюция 71/222"; ru ``grammar.meeting_clause``): the number's date (was
  undated, as without the body's name it was not); a meeting's date in a sentence of no adoption
  dates nothing;
- the Assembly's number of its first thirty sessions with its full date and no body named at it,
  the General Assembly the body named last before it in its paragraph ("Генеральная Ассамблея ООН
  осудила … . Основаниями для принятия Резолюции №3379 от 10 ноября 1975 г. …", en "… the General
  Assembly … . The basis for resolution 3379 of 10 November 1975 …";
  ``find_assembly._assembly_named_last``): the Assembly's, its session from the date (was lost);
  not where another body was named last, nor in the paragraph after, nor where the date is none
  the Assembly's numbering allows.
"""

from __future__ import annotations

import pytest

from passages import GA, assert_dates, by_language, dates_of

# (language, passage, each target with its date alone, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]

_QUOTED_TOPIC: list[Row] = [
    (
        "ru",
        GA["ru"] + "ссылаясь на свои резолюции 56/192 от 21 декабря 2001 года, в которой она провозгласила "
        "2004 год Международным годом «Горы и люди», 60/148 от 16 декабря 2005 года о санитарии и "
        "63/211 от 19 декабря 2008 года,",
        {"A/RES/56/192": "2001-12-21", "A/RES/60/148": "2005-12-16", "A/RES/63/211": "2008-12-19"},
    ),
    (
        "ru",
        GA["ru"] + "ссылаясь также на свои резолюции 57/204 от 20 декабря 2002 года, в которой она "
        "провозгласила период 2006–2016 годов Десятилетием действий «Чистые реки»,\n62/118 от 19 "
        "декабря 2007 года и 66/227 от 22 декабря 2011 года,",
        {"A/RES/57/204": "2002-12-20", "A/RES/62/118": "2007-12-19", "A/RES/66/227": "2011-12-22"},
    ),
    (
        "en",
        GA["en"] + "Recalling its resolutions 56/192 of 21 December 2001, by which it proclaimed 2004 the "
        '"International Year of Mountain Peoples", 60/148 of 16 December 2005 on sanitation and 63/211 '
        "of 19 December 2008,",
        {"A/RES/56/192": "2001-12-21", "A/RES/60/148": "2005-12-16", "A/RES/63/211": "2008-12-19"},
    ),
    (
        "fr",
        GA["fr"] + "Rappelant ses résolutions 56/192 du 21 décembre 2001, par laquelle elle a proclamé 2004 "
        "« Année internationale des peuples des montagnes », 60/148 du 16 décembre 2005 sur "
        "l'assainissement et 63/211 du 19 décembre 2008,",
        {"A/RES/56/192": "2001-12-21", "A/RES/60/148": "2005-12-16", "A/RES/63/211": "2008-12-19"},
    ),
    (
        "es",
        GA["es"] + "Recordando sus resoluciones 56/192, de 21 de diciembre de 2001, en la que proclamó 2004 "
        '"Año Internacional de los Pueblos de las Montañas", 60/148, de 16 de diciembre de 2005, '
        "relativa al saneamiento, y 63/211, de 19 de diciembre de 2008,",
        {"A/RES/56/192": "2001-12-21", "A/RES/60/148": "2005-12-16", "A/RES/63/211": "2008-12-19"},
    ),
]

_QUOTED_TOPIC_SAME: list[Row] = [
    (
        "ru",
        GA["ru"] + "ссылаясь на свою резолюцию 70/1 от 25 сентября 2015 года, в которой она приняла "
        "итоговый документ «Преобразование нашего мира», и резолюцию 31/2 Совета по правам человека "
        "от 23 марта 2016 года,",
        {"A/RES/70/1": "2015-09-25", "A/HRC/RES/31/2": "2016-03-23"},
    ),
    (
        "en",
        GA["en"] + "Recalling its resolution 70/1 of 25 September 2015, in which it adopted the outcome "
        'document "Transforming our world", and decision 2016/245 of the Economic and Social Council '
        "of 25 July 2016,",
        {"A/RES/70/1": "2015-09-25", "E/DEC/2016/245": "2016-07-25"},
    ),
    (
        "ru",
        GA["ru"] + "ссылаясь на свою резолюцию 70/1 от 25 сентября 2015 года, в которой она приняла "
        "документ «Повестка дня на период до 2030 года», 71/313 от 6 июля 2017 года и 72/279 от 31 "
        "мая 2018 года,",
        {"A/RES/70/1": "2015-09-25", "A/RES/71/313": "2017-07-06", "A/RES/72/279": "2018-05-31"},
    ),
]

_SYMBOL_DATE: list[Row] = [
    (
        "ru",
        "14 декабря 2017 года Генеральная Ассамблея ООН приняла резолюцию A/RES/72/178 о водных ресурсах.",
        {"A/RES/72/178": "2017-12-14"},
    ),
    (
        "ru",
        "Генеральная Ассамблея ООН 14 декабря 2017 года единогласно приняла резолюцию A/RES/72/178.",
        {"A/RES/72/178": "2017-12-14"},
    ),
    (
        "ru",
        "14 декабря 2017 года была принята резолюция A/RES/72/178 о водных ресурсах.",
        {"A/RES/72/178": "2017-12-14"},
    ),
    (
        "en",
        "On 14 December 2017 the General Assembly adopted resolution A/RES/72/178 on water.",
        {"A/RES/72/178": "2017-12-14"},
    ),
    (
        "fr",
        "Le 14 décembre 2017, l'Assemblée générale a adopté la résolution A/RES/72/178 sur l'eau.",
        {"A/RES/72/178": "2017-12-14"},
    ),
    (
        "ru",
        "Совет Безопасности ООН 20 июля 2015 года единогласно принял резолюцию S/RES/2231 по Ирану.",
        {"S/RES/2231(2015)": "2015-07-20"},
    ),
]

_SYMBOL_DATE_SAME: list[Row] = [
    (
        "ru",
        "В докладе от 3 мая 2018 года говорится о резолюции A/RES/72/178.",
        {"A/RES/72/178": None},
    ),
    (
        "en",
        "On 3 May 2018 the Committee considered resolution A/RES/72/178.",
        {"A/RES/72/178": None},
    ),
    (
        "en",
        "The General Assembly adopted on 14 December 2017 resolution A/RES/45/1.",
        {"A/RES/45/1": None},
    ),
]

_MEETING_BODY: list[Row] = [
    (
        "ru",
        "На пленарном заседании Генеральной Ассамблеи ООН 14 декабря 2017 года была принята "
        "резолюция 72/178 о водных ресурсах.",
        {"A/RES/72/178": "2017-12-14"},
    ),
    (
        "ru",
        "На пленарном заседании Генеральной Ассамблеей ООН 14 декабря 2017 года была принята "
        "резолюция A/RES/72/178 о водных ресурсах.",
        {"A/RES/72/178": "2017-12-14"},
    ),
]

_MEETING_BODY_SAME: list[Row] = [
    (
        "ru",
        "На заседании Генеральной Ассамблеи 3 мая 2018 года обсуждалась резолюция 72/178.",
        {"A/RES/72/178": None},
    ),
]


_ASSEMBLY_LAST: list[Row] = [
    (
        "ru",
        "В 1975 году Генеральная Ассамблея ООН осудила эту практику. Основаниями для принятия "
        "Резолюции №3379 от 10 ноября 1975 г. послужили доклады Комитета.",
        {"A/RES/3379(XXX)": "1975-11-10"},
    ),
    (
        "ru",
        "Генеральная Ассамблея ООН в 1960 году обсудила деколонизацию. Резолюция № 1514 от 14 декабря "
        "1960 г. провозгласила необходимость покончить с колониализмом.",
        {"A/RES/1514(XV)": "1960-12-14"},
    ),
    (
        "en",
        "In 1975 the General Assembly condemned the practice. The basis for resolution 3379 of 10 "
        "November 1975 was the report of the Committee.",
        {"A/RES/3379(XXX)": "1975-11-10"},
    ),
]

_ASSEMBLY_LAST_SAME: list[Row] = [
    (
        "ru",
        "Экономический и Социальный Совет обсудил этот вопрос. Основанием для принятия резолюции 1514 "
        "от 14 декабря 1960 г. стала позиция делегаций.",
        {},
    ),
    (
        "ru",
        "Генеральная Ассамблея ООН обсудила этот вопрос.\n\nОснованием для принятия резолюции 3379 "
        "от 10 ноября 1975 г. стала позиция делегаций.",
        {},
    ),
    (
        "ru",
        "Генеральная Ассамблея ООН обсудила этот вопрос. Основанием для принятия резолюции 3379 от 9 "
        "ноября 1965 г. стала позиция делегаций.",
        {},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(_QUOTED_TOPIC, _QUOTED_TOPIC_SAME))
def test_list_over_a_quoted_title(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_dates(dates_of(text, lang, unresolved=""), expected)


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(_SYMBOL_DATE, _SYMBOL_DATE_SAME))
def test_symbol_dated_before_its_noun(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_dates(dates_of(text, lang, unresolved=""), expected)


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(_MEETING_BODY, _MEETING_BODY_SAME))
def test_meeting_of_the_body(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_dates(dates_of(text, lang, unresolved=""), expected)


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(_ASSEMBLY_LAST, _ASSEMBLY_LAST_SAME))
def test_assembly_named_last(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_dates(dates_of(text, lang, unresolved=""), expected)
