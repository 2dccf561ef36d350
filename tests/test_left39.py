"""Dates that two forms of real documents give a number, lost before (issue 7):

- a number's date after the meeting that adopted it, set off by commas without a participle, as
  notes, advisory opinions and the session volumes cite (French was read already): English
  ("resolution <n> (XXV), 1883rd plenary meeting, 24 October 1970"; the Council's "4011th
  meeting"), Spanish ("1883a sesión plenaria", "1883ª sesión plenaria"), Russian ("1883-е
  пленарное заседание") and Arabic ("الجلسة العامة 1883"); a meeting without a date after it dates
  nothing;
- Russian: the date after its word between the body and the number, no bracket ("Резолюция
  Генеральной Ассамблеи от 20 декабря 1971 г. <n> (XXVI)"): the number was missed or undated.

The passages are invented for these tests."""

from __future__ import annotations

import pytest

from passages import assert_exact, by_tables

# (language, passage, each target with its date, None: undated)
Row = tuple[str, str, dict[str, str | None]]

_MEETING_DATED: list[Row] = [
    (
        "en",
        "See General Assembly resolution 2734 (XXV), 1932nd plenary meeting, 16 December 1970, para. 3.",
        {"A/RES/2734(XXV)": "1970-12-16"},
    ),
    (
        "en",
        "Security Council resolution 1296 (2000), 4130th meeting, 19 April 2000.",
        {"S/RES/1296(2000)": "2000-04-19"},
    ),
    (
        "en",
        "Resolution 1803 (XVII), 1194th plenary meeting, 14 December 1962; resolution 2158 (XXI) of 25 "
        "November 1966.",
        {"A/RES/1803(XVII)": "1962-12-14", "A/RES/2158(XXI)": "1966-11-25"},
    ),
    (
        "en",
        "See resolution 60/147, 64th Plenary Meeting, 16 December 2005, annex.",
        {"A/RES/60/147": "2005-12-16"},
    ),
    (
        "es",
        "Resolución 2734 (XXV) de la Asamblea General, 1932a sesión plenaria, 16 de diciembre de 1970, "
        "párr. 3.",
        {"A/RES/2734(XXV)": "1970-12-16"},
    ),
    (
        "es",
        "Resolución 1296 (2000) del Consejo de Seguridad, 4130ª sesión, 19 de abril de 2000.",
        {"S/RES/1296(2000)": "2000-04-19"},
    ),
    (
        "es",
        "Véase la resolución 60/147, 64.ª sesión plenaria, 16 de diciembre de 2005, anexo.",
        {"A/RES/60/147": "2005-12-16"},
    ),
    (
        "ru",
        "Резолюция 2734 (XXV) Генеральной Ассамблеи, 1932-е пленарное заседание, 16 декабря 1970 года, "
        "пункт 3.",
        {"A/RES/2734(XXV)": "1970-12-16"},
    ),
    (
        "ru",
        "Резолюция 1296 (2000) Совета Безопасности, 4130-е заседание, 19 апреля 2000 года.",
        {"S/RES/1296(2000)": "2000-04-19"},
    ),
    (
        "ar",
        "القرار 2734 (د-25)، الجلسة العامة 1932، 16 كانون الأول/ديسمبر 1970، الفقرة 3.",
        {"A/RES/2734(XXV)": "1970-12-16"},
    ),
    (
        "ar",
        "قرار مجلس الأمن 1296 (2000)، الجلسة 4130، 19 نيسان/أبريل 2000.",
        {"S/RES/1296(2000)": "2000-04-19"},
    ),
]

# … not a meeting without a date, nor a date that a sentence of its own or a report gives after it
_MEETING_DATED_SAME: list[Row] = [
    (
        "en",
        "See General Assembly resolution 2734 (XXV), 1932nd plenary meeting, para. 3.",
        {"A/RES/2734(XXV)": None},
    ),
    (
        "en",
        "The Council recalled resolution 1296 (2000). 4130th meeting, 19 April 2000: the debate went on.",
        {"S/RES/1296(2000)": None},
    ),
    (
        "en",
        "Resolution 1296 (2000), 4130th meeting; report of the Secretary-General — 19 April 2001.",
        {"S/RES/1296(2000)": None},
    ),
    (
        "es",
        "Véase la resolución 2734 (XXV), 1932ª sesión plenaria, párr. 3.",
        {"A/RES/2734(XXV)": None},
    ),
    (
        "ru",
        "См. резолюцию 2734 (XXV), 1932-е пленарное заседание, пункт 3.",
        {"A/RES/2734(XXV)": None},
    ),
    (
        "ar",
        "انظر القرار 2734 (د-25)، الجلسة العامة 1932، الفقرة 3.",
        {"A/RES/2734(XXV)": None},
    ),
]

# Russian: the date after its word between the body and the number, no bracket
_RU_DATE_BEFORE: list[Row] = [
    (
        "ru",
        "Резолюция Генеральной Ассамблеи от 13 декабря 1971 г. 2832 (XXVI).",
        {"A/RES/2832(XXVI)": "1971-12-13"},
    ),
    (
        "ru",
        "Ссылаясь на резолюцию Генеральной Ассамблеи от 16 декабря 1970 года 2734 (XXV), Комитет "
        "призывает государства продолжать диалог.",
        {"A/RES/2734(XXV)": "1970-12-16"},
    ),
    (
        "ru",
        "Миссия была учреждена резолюцией Совета Безопасности от 19 апреля 2000 года 1296 (2000) и "
        "продлена позднее.",
        {"S/RES/1296(2000)": "2000-04-19"},
    ),
    (
        "ru",
        "Ссылаясь на резолюцию Генеральной Ассамблеи от 16 декабря 1970 года 2734 (XXV) и резолюцию "
        "2832 (XXVI), Комитет призывает.",
        {"A/RES/2734(XXV)": "1970-12-16", "A/RES/2832(XXVI)": None},
    ),
]

# … not the date of a report before a dash, nor one after the number and a dash
_RU_DATE_BEFORE_SAME: list[Row] = [
    (
        "ru",
        "Доклад Генерального секретаря от 13 декабря 1972 года — резолюция 2832 (XXVI) Генеральной "
        "Ассамблеи.",
        {"A/RES/2832(XXVI)": None},
    ),
    (
        "ru",
        "Резолюция 2832 (XXVI) Генеральной Ассамблеи — доклад от 13 декабря 1972 года.",
        {"A/RES/2832(XXVI)": None},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    by_tables(
        meeting_dated=(_MEETING_DATED, _MEETING_DATED_SAME),
        ru_date_before=(_RU_DATE_BEFORE, _RU_DATE_BEFORE_SAME),
    ),
)
def test_left39(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)
