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
- the press's word "номер" between the noun and the number ("Резолюция СБ ООН номер 1493 была
  принята …", ru.toml ``footnotes.number``): the number's sign, as "под номером" was (the number was
  lost); the word elsewhere ("номер 1493 журнала") cites nothing.
"""

from __future__ import annotations

import pytest

from passages import assert_dates, dates_of

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

ROWS = _CAPITALS + _PLACE_DATE + _NUMBER_WORD

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
    # (the word "номер" with no text's noun before it: no citation)
    ("ru", "Номер 1493 журнала вышел в июле, а номер 2254 — в августе.", {}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_found(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_dates(dates_of(text, lang, unresolved=""), expected)


@pytest.mark.parametrize(("lang", "text", "expected"), _AS_BEFORE)
def test_as_before(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_dates(dates_of(text, lang, unresolved=""), expected)
