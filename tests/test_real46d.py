"""Forms met reading real public texts in Russian of kinds earlier passes had not read (issue 7,
pass 46d: decrees and draft decrees that implement the Security Council's sanctions, the press on
them, legal databases' and treaty collections' copies of the Council's and the Assembly's
resolutions with their headings, States' reports to the Council's committees, the Permanent
Mission's statements, articles of law journals), each written for these tests in UN style
(numbers, dates and wording invented where the rule does not depend on them):

- a body of the United Nations set in capitals after a number, as titles of reports and headings
  write it ("ДОКЛАД ОБ ОСУЩЕСТВЛЕНИИ РЕЗОЛЮЦИИ 1977 (2011) СОВЕТА БЕЗОПАСНОСТИ"): its words are
  no organisation's letters (the lexicons' ``grammar.other_organisation_after`` took "СОВЕТА" for
  one, as "ОИС" is, and the number was kept unresolved); the Council's number with its year is
  read (another organisation's letters after a number still keep it unresolved);
- the place of the adoption before the date in the bracket after a number, as legal databases
  head their copies ("Резолюция Совета Безопасности ООН № 1267 (Нью-Йорк, 15 октября 1999 г.)",
  "Security Council resolution 1373 (New York, 28 September 2001)"): the number's date, and the
  Council's year where its numbering leaves two open (was undated, or unresolved); a bracket of
  names with no date dates nothing;
- the date in figures after its word between the body and the number, the number's mark
  perhaps after it, as laws and decrees write it ("резолюция Генеральной Ассамблеи ООН от
  14.12.1960 № 1514 (XV)", "… Совета Безопасности ООН от 28.09.2001 № 1373"), and the Council's
  number after the date in words and the mark ("… от 12 сентября 2001 г. № 1368"): the number
  with its date (was lost: only a date in words was read there, and never before the Council's
  number without its year); a count after a date, with no mark, is no number;
- a symbol whose series' first letter is typed in Cyrillic, no slash beside it
  ("\u0421AT/C/KAZ/CO/4", "\u0421CPR/C/…", "\u0421RC/C/…": the Cyrillic "С" before Latin capitals):
  the symbol in Latin letters (was unread: the look-alikes were sought only beside a slash);
- the Friendly Relations Declaration's title with the Organization abbreviated in the Charter's
  name ("… в соответствии с Уставом ООН", as laws and articles write it; ru.toml ``name_parts.un``):
  resolution 2625 (XXV) (was the Charter alone);
- a symbol's year split in two by a blank, as copies of treaty bodies' texts converted from Word
  write it ("E/20 19 /22", "E/C.12/201 8 / 2"), in a symbol of a listed series: the year whole
  and the blanks beside the slash after it gone (the own id was "E/20", the second symbol cited
  as "E/C.12/201"); a number that is no year, or no series before it, as before;
- the press's word "номер" between the noun and the number ("Резолюция СБ ООН номер 1493 была
  принята …", ru.toml ``footnotes.number``): the number's sign, as "под номером" was (the number was
  lost); the word elsewhere ("номер 1493 журнала") cites nothing.
"""

from __future__ import annotations

import pytest

from passages import assert_dates, dates_of
from rescite.engine.extract import extract_text

# (language, passage, each target with its date alone, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]

_CAPITALS: list[Row] = [
    (
        "ru",
        "НАЦИОНАЛЬНЫЙ ДОКЛАД ОБ ОСУЩЕСТВЛЕНИИ РЕЗОЛЮЦИИ 1977 (2011) СОВЕТА БЕЗОПАСНОСТИ ООН\n\n"
        "Настоящий доклад представляется Комитету.",
        {"S/RES/1977(2011)": None},
    ),
    (
        "ru",
        "ОСУЩЕСТВЛЕНИЕ РЕЗОЛЮЦИИ 2178 (2014) СОВЕТА БЕЗОПАСНОСТИ\n\nПравительство сообщает о принятых мерах.",
        {"S/RES/2178(2014)": None},
    ),
]

_PLACE_DATE: list[Row] = [
    (
        "ru",
        "Резолюция Совета Безопасности ООН № 1267 (Нью-Йорк, 15 октября 1999 г.)\n\nСовет Безопасности,",
        {"S/RES/1267(1999)": "1999-10-15"},
    ),
    (
        "ru",
        "Резолюция Совета Безопасности ООН №723 (Нью-Йорк, 12 декабря 1991 г.)\n\nСовет Безопасности,",
        {"S/RES/723(1991)": "1991-12-12"},
    ),
    (
        "ru",
        "Резолюция Генеральной Ассамблеи ООН 2106 (XX) (Нью-Йорк, 21 декабря 1965 г.)",
        {"A/RES/2106(XX)": "1965-12-21"},
    ),
    (
        "en",
        "See Security Council resolution 1373 (New York, 28 September 2001) on the financing of terrorism.",
        {"S/RES/1373(2001)": "2001-09-28"},
    ),
]

_NUMBER_WORD: list[Row] = [
    (
        "ru",
        "Резолюция СБ ООН номер 1483 была принята в мае этого года.",
        {"S/RES/1483(2003)": None},
    ),
    (
        "ru",
        "Об этом говорится в резолюции Генеральной Ассамблеи номер 68/262 о территориальной целостности.",
        {"A/RES/68/262": None},
    ),
]

_FIGURES_DATE: list[Row] = [
    (
        "ru",
        "Резолюция Генеральной Ассамблеи ООН от 14.12.1960 № 1514 (XV) провозгласила необходимость.",
        {"A/RES/1514(XV)": "1960-12-14"},
    ),
    (
        "ru",
        "В соответствии с резолюцией Генеральной Ассамблеи ООН от 25.09.2015 № 70/1 утвержден план.",
        {"A/RES/70/1": "2015-09-25"},
    ),
    (
        "ru",
        "Во исполнение резолюции Совета Безопасности ООН от 28.09.2001 № 1373 постановляю:",
        {"S/RES/1373(2001)": "2001-09-28"},
    ),
    (
        "ru",
        "В связи с принятием резолюции Совета Безопасности ООН от 12 сентября 2001 г. № 1368 постановляю:",
        {"S/RES/1368(2001)": "2001-09-12"},
    ),
]

_CYRILLIC_FIRST: list[Row] = [
    (
        "ru",
        "Комитет против пыток в своих заключительных замечаниях (\u0421AT/C/KAZ/CO/4) рекомендовал.",
        {"CAT/C/KAZ/CO/4": None},
    ),
    (
        "ru",
        "См. заключительные замечания Комитета по правам человека \u0421CPR/C/BLR/CO/5 и "
        "Комитета по правам ребенка \u0421RC/C/UZB/CO/3-4.",
        {"CCPR/C/BLR/CO/5": None, "CRC/C/UZB/CO/3-4": None},
    ),
]

_DECLARATION_UN: list[Row] = [
    (
        "ru",
        "Как указано в Декларации о принципах международного права, касающихся дружественных отношений и "
        "сотрудничества между государствами в соответствии с Уставом ООН, каждое государство обязано.",
        {"A/RES/2625(XXV)": None},
    ),
]

ROWS = _CAPITALS + _PLACE_DATE + _NUMBER_WORD + _FIGURES_DATE + _CYRILLIC_FIRST + _DECLARATION_UN

# look-alikes: read as before
_AS_BEFORE: list[Row] = [
    # (another organisation's letters after the number: its text, unresolved)
    ("ru", "Делегация сослалась на резолюцию 46/2 ОИС о сотрудничестве.", {"": None}),
    ("ru", "ВЫПОЛНЕНИЕ РЕЗОЛЮЦИИ 1540 (2004) ОДКБ", {"": None}),
    # (a bracket of names with no date: the number undated)
    ("ru", "Совет напомнил, что резолюция 70/1 (Нью-Йорк) была принята единогласно.", {"A/RES/70/1": None}),
    (
        "ru",
        "резолюция Совета Безопасности 2334 (Израиль, Палестина) осуждает строительство.",
        {"S/RES/2334(2016)": None},
    ),
    # (a count after the date, no number's mark: no text's number)
    ("ru", "Резолюция Совета Безопасности от 10 июня 1999 года 15 государств поддержали.", {}),
    ("ru", "Резолюция Генеральной Ассамблеи от 16.12.1966 года 12 государств не поддержали.", {}),
    (
        "ru",
        "Резолюция Совета Безопасности ООН от 28.09.2001 года подтверждает право на самооборону.",
        {},
    ),
    # (a Cyrillic word glued to a Latin capital with no symbol's shape: nothing read)
    ("ru", "Компания \u0421ATEL/Россия сообщила о 2019 годе.", {}),
    # (the word "номер" with no text's noun before it: no citation)
    ("ru", "Номер 1493 журнала вышел в июле, а номер 2254 — в августе.", {}),
]


# (language, passage, the text's own id, the targets cited)
OwnRow = tuple[str, str, str | None, set[str]]

_SPLIT_YEAR: list[OwnRow] = [
    (
        "ru",
        "E/20 19 /22 *\n\nE/C.12/201 8 / 2*\n\nСОДЕРЖАНИЕ\n\n"
        "Глава Пункты Стр.\n\nI . ОРГАНИЗАЦИОННЫЕ ВОПРОСЫ 1 - 4 2",
        "E/2019/22",
        set(),
    ),
    (
        "ru",
        "Комитет сослался на свой доклад (E/C.12/201 7 / 2) и на заключительные замечания.",
        None,
        {"E/C.12/2017/2"},
    ),
]

# (… a split number that is no year, or no listed series before it: as before)
_SPLIT_AS_BEFORE: list[OwnRow] = [
    ("ru", "Показатель вырос в 1/20 10 /3 раза по сравнению с таблицей 4.", None, set()),
    ("ru", "Комитет сослался на доклад E/C.12/50 5 /3 и на замечания.", None, {"E/C.12/50"}),
]


@pytest.mark.parametrize(("lang", "text", "own", "cited"), _SPLIT_YEAR + _SPLIT_AS_BEFORE)
def test_split_year(lang: str, text: str, own: str | None, cited: set[str]) -> None:
    res = extract_text(text, lang=lang)
    assert res.document.source_id == own
    assert {str(c.target) for c in res.citations} == cited


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_found(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_dates(dates_of(text, lang, unresolved=""), expected)


@pytest.mark.parametrize(("lang", "text", "expected"), _AS_BEFORE)
def test_as_before(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_dates(dates_of(text, lang, unresolved=""), expected)
