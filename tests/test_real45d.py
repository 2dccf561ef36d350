"""Forms met reading real public texts in Russian of kinds earlier passes had not read (issue 7,
pass 45d: Human Rights Council resolutions in full, Russian encyclopaedia pages on the Council's
resolutions, treaty bodies' concluding observations as human-rights libraries copy them, legal
databases' pages on conventions, Russian press on the Council and the Assembly), each written
for these tests in UN style (numbers, dates and wording invented):

- the Council's number with the participle of its adoption and the Council's name after it, the
  date after the name with no word ("резолюцию 1874, принятую Советом Безопасности 12 июня 2009
  года"): the number's date (was undated; the Assembly's numbers had it);
- the Council's number with its own symbol in a bracket right after it, the date after the
  bracket ("Резолюция Совета Безопасности ООН 1718 (код — S/RES/1718), принятая 14 октября 2006
  года", as encyclopaedias open their pages on the Council's resolutions): the number's date (was
  undated);
- the Council's numbers of late 2024 written without their year (``sc_anchors.csv``: 2767 is
  the last of 2024, 2768 the first of 2025, each read in a real text that writes it with its
  year): "резолюцию 2763" is S/RES/2763(2024) (was unresolved past 2744); 2774 and 2803 of
  2025 too (read by the lead with their dates), so "resolution 2789" is S/RES/2789(2025);
- a treaty's title with the Organization abbreviated, as the press and the laws write it
  ("Конвенция ООН против коррупции", "Рамочной конвенции ООН об изменении климата", "Конвенции
  ООН по морскому праву"; ru.toml ``name_parts.un``; "Конвенция ООН о правах ребенка", "… о
  правах инвалидов"): the treaty (was unread); the 2030 Agenda's title without its capital, as
  the press writes it ("реализации повестки дня в области устойчивого развития на период до 2030
  года"): A/RES/70/1 (was unread);
- the stress marks Russian encyclopaedias and dictionaries write over vowels as combining accents
  ("Резолю́ция Генера́льной Ассамбле́и ООН ES-11/8"): the words without them, so the names and
  nouns are read (the whole sentence was lost; a Latin letter's accent is composed as before);
- a number's topic, then its date with its word and no comma, as the Russian texts of the Human
  Rights Council write it ("резолюции 5/1 об институциональном строительстве Совета и 5/2 – о
  Кодексе поведения мандатариев … от 18 июня 2007 года"; ru.toml ``grammar.topic_date_bare``):
  the date of the number, and of the numbers of its topic list before it, as with the comma
  (was undated); not when the topic names a report, a letter or another text of its own;
- the date that opens a sentence, then the adoption in the passive with no actor named ("14
  ноября 2019 года была принята резолюция 74/6", ru.toml ``grammar.sentence_passive``), the
  meeting perhaps before it ("На 45-м пленарном заседании …", ``grammar.meeting_clause``): the
  number's date (was undated);
- a masthead run into one line, its symbol followed by the distribution mark ("Организация
  Объединенных Наций Генеральная Ассамблея A/HRC/30/25 Distr.: General 16 July 2015 …", as
  document sites copy reports): the symbol is the text's own id (was cited, the own id null).
"""

from __future__ import annotations

import pytest

from passages import assert_dates, dates_of
from rescite.engine.extract import extract_text

# (language, passage, each target with its date alone, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]

_NAMED_AFTER: list[Row] = [
    (
        "ru",
        "ссылаясь на резолюцию 1874, принятую Советом Безопасности 12 июня 2009 года,",
        {"S/RES/1874(2009)": "2009-06-12"},
    ),
    (
        "ru",
        "Как известно, резолюция 2118, принятая Советом Безопасности ООН 27 сентября 2013 года, обязала "
        "стороны уничтожить запасы.",
        {"S/RES/2118(2013)": "2013-09-27"},
    ),
    (
        "ru",
        "Делегация напомнила о резолюции 1267, принятой Советом Безопасности 15 октября 1999 года.",
        {"S/RES/1267(1999)": "1999-10-15"},
    ),
]

_SYMBOL_BRACKET: list[Row] = [
    (
        "ru",
        "В 2006 году была принята Резолюция Совета Безопасности ООН 1718 (код — S/RES/1718), принятая 14 "
        "октября 2006 года, ввела санкции.",
        {"S/RES/1718(2006)": "2006-10-14"},
    ),
    (
        "ru",
        "Совет напомнил, что резолюция Совета Безопасности 2334 (S/RES/2334), принятая 23 декабря 2016 "
        "года, осудила строительство.",
        {"S/RES/2334(2016)": "2016-12-23"},
    ),
]

_NUMBERING: list[Row] = [
    (
        "ru",
        "Год назад Совет Безопасности ООН принял резолюцию 2763, призвав стороны к переговорам.",
        {"S/RES/2763(2024)": None},
    ),
    (
        "ru",
        "Делегация сослалась на резолюцию Совета Безопасности 2759 о продлении мандата миссии.",
        {"S/RES/2759(2024)": None},
    ),
    (
        "en",
        "The delegation recalled Security Council resolution 2752 on the mission.",
        {"S/RES/2752(2024)": None},
    ),
    # (2774 and 2803 of 2025, each read with its date in real texts: the numbers between them and
    # before them after 2768 are of 2025)
    (
        "en",
        "The Committee took note of Security Council resolution 2789 on the sanctions regime.",
        {"S/RES/2789(2025)": None},
    ),
    (
        "ru",
        "Делегация напомнила о резолюции Совета Безопасности 2771 о режиме санкций.",
        {"S/RES/2771(2025)": None},
    ),
    (
        "fr",
        "Le Comité a pris note de la résolution 2803 du Conseil de sécurité.",
        {"S/RES/2803(2025)": None},
    ),
]

_UN_ABBREVIATED: list[Row] = [
    (
        "ru",
        "Республика ратифицировала Конвенцию ООН против коррупции федеральным законом в 2007 году.",
        {"UNTS/2349/42146": None},
    ),
    (
        "ru",
        "Участники совещания обсудили выполнение Конвенции ООН против транснациональной организованной "
        "преступности и Рамочной конвенции ООН об изменении климата.",
        {"UNTS/2225/39574": None, "UNTS/1771/30822": None},
    ),
    (
        "ru",
        "Спор касался толкования Конвенции ООН по морскому праву и Конвенции ООН о правах ребенка.",
        {"UNTS/1833/31363": None, "UNTS/1577/27531": None},
    ),
    (
        "ru",
        "Министры подчеркнули важность реализации повестки дня в области устойчивого развития на "
        "период до 2030 года.",
        {"A/RES/70/1": None},
    ),
    # (… beside a convention of another organisation named like the UN's: no treaty of the UN)
    (
        "ru",
        "Страна ратифицировала Конвенцию об уголовной ответственности за коррупцию и Конвенцию ООН "
        "против коррупции.",
        {"UNTS/2349/42146": None},
    ),
]

# (the stress marks written as combining accents: "\u0301")
_STRESSED: list[Row] = [
    (
        "ru",
        "Делегация сослалась на резолю\u0301цию Генера\u0301льной Ассамбле\u0301и 67/19 "
        "от 29 ноября 2012 года.",
        {"A/RES/67/19": "2012-11-29"},
    ),
    (
        "ru",
        "Статья.\n\nРезолю\u0301ция Сове\u0301та Безопа\u0301сности ООН 2178 — резолюция о "
        "иностранных боевиках.",
        {"S/RES/2178(2014)": None},
    ),
]

_TOPIC_DATE: list[Row] = [
    (
        "ru",
        "Совет по правам человека,\n\nссылаясь на свои резолюции 7/1 о правах детей и 7/2 о праве на "
        "образование от 28 марта 2008 года,",
        {"A/HRC/RES/7/1": "2008-03-28", "A/HRC/RES/7/2": "2008-03-28"},
    ),
    (
        "ru",
        "Совет по правам человека,\n\nссылаясь на свою резолюцию 16/21 – об обзоре работы и "
        "функционирования Совета от 25 марта 2011 года,",
        {"A/HRC/RES/16/21": "2011-03-25"},
    ),
]

_PASSIVE: list[Row] = [
    (
        "ru",
        "Сессия открылась в начале месяца.\n\n14 ноября 2019 года была принята резолюция 74/6 о "
        "сотрудничестве с Содружеством Независимых Государств.",
        {"A/RES/74/6": "2019-11-14"},
    ),
    (
        "ru",
        "Заседание было долгим. На 45-м пленарном заседании 2 декабря 2021 года была принята резолюция "
        "76/18 Генеральной Ассамблеи.",
        {"A/RES/76/18": "2021-12-02"},
    ),
]

# (language, flattened masthead and text, the own id, the targets cited)
OwnRow = tuple[str, str, str | None, set[str]]

_FLAT_MASTHEAD: list[OwnRow] = [
    (
        "ru",
        "Организация Объединенных Наций Генеральная Ассамблея A/HRC/41/12 Distr.: General 3 May 2019 "
        "Russian Original: English Совет по правам человека Сорок первая сессия Доклад представляется "
        "в соответствии с резолюцией 38/7 Совета по правам человека.",
        "A/HRC/41/12",
        {"A/HRC/RES/38/7"},
    ),
    (
        "en",
        "United Nations Economic and Social Council E/CN.15/2019/6 Distr.: General 1 March 2019 "
        "Original: English Commission on Crime Prevention and Criminal Justice. The present report is "
        "submitted pursuant to General Assembly resolution 72/196.",
        "E/CN.15/2019/6",
        {"A/RES/72/196"},
    ),
]

# (… a symbol cited early in a sentence, no distribution mark after it: cited, as before)
_FLAT_AS_BEFORE: list[OwnRow] = [
    (
        "ru",
        "В докладе A/HRC/41/12 Верховный комиссар ссылается на резолюцию 38/7 Совета по правам человека.",
        None,
        {"A/HRC/41/12", "A/HRC/RES/38/7"},
    ),
]

ROWS = _NAMED_AFTER + _SYMBOL_BRACKET + _NUMBERING + _UN_ABBREVIATED + _STRESSED + _TOPIC_DATE + _PASSIVE

# look-alikes: read as before
_AS_BEFORE: list[Row] = [
    # (a Council number past the table's last row, 2803 of 2025: its year still open, unresolved)
    (
        "en",
        "The Committee took note of Security Council resolution 2830 on the sanctions regime.",
        {"": None},
    ),
    # (another body named after the participle: the Council's number is not read there)
    (
        "ru",
        "Как известно, резолюция 64/293, принятая Генеральной Ассамблеей 30 июля 2010 года, утвердила план.",
        {"A/RES/64/293": "2010-07-30"},
    ),
    # (an accent composed with its Latin letter, as before: the word is kept)
    (
        "fr",
        "Le Conseil rappelle la re\u0301solution 1325 (2000) et la résolution 2250 (2015).",
        {"S/RES/1325(2000)": None, "S/RES/2250(2015)": None},
    ),
    # (the topic names a report, whose date it is: the number undated)
    (
        "ru",
        "Совет по правам человека,\n\nссылаясь на свою резолюцию 19/3 о докладе Специального "
        "докладчика от 10 января 2012 года,",
        {"A/HRC/RES/19/3": None},
    ),
    # (a date that bounds a period, then the passive: no adoption's date)
    (
        "ru",
        "Работа шла долго. До 1 января 2020 года была принята резолюция 74/6 о сотрудничестве.",
        {"A/RES/74/6": None},
    ),
    # (a bracket of another number's symbol: no date taken past it)
    (
        "ru",
        "Совет напомнил, что резолюция Совета Безопасности 2334 (S/RES/2254), принятая 18 декабря 2015 года.",
        {"S/RES/2334(2016)": None, "S/RES/2254(2015)": None},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_found(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_dates(dates_of(text, lang, unresolved=""), expected)


@pytest.mark.parametrize(("lang", "text", "expected"), _AS_BEFORE)
def test_as_before(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_dates(dates_of(text, lang, unresolved=""), expected)


@pytest.mark.parametrize(("lang", "text", "own", "cited"), _FLAT_MASTHEAD + _FLAT_AS_BEFORE)
def test_flat_masthead(lang: str, text: str, own: str | None, cited: set[str]) -> None:
    res = extract_text(text, lang=lang)
    assert {c.source_id for c in res.citations} == {own}
    assert {str(c.target) for c in res.citations} == cited
