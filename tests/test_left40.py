"""Date and list forms that real documents write, lost before (issue 7, pass left40):

- a number's date after the meeting that adopted it: Arabic "في جلستها العامة 1883" set off by
  commas or held ("المعقودة في"), after the text's participle ("المتخذ في جلستها العامة …",
  "الذي اتخذته في …") as after the body; Chinese "第1883次全体会议" between commas, as notes cite
  ("第2734(XXV)号决议，第1932次全体会议，1970年12月16日"); a meeting without a date dates nothing;
- Russian: a list whose numbers each have their date before them after its word, the body before
  the list ("резолюции Генеральной Ассамблеи от 24 октября 2005 года 60/1 и от 25 сентября 2015
  года 70/1"): the second number was lost, or the first undated when a comma set them apart;
- the number's sign repeated before the list's next number ("резолюции № 60/1 … и № 70/1"): the
  next number was lost or read outside the list;
- a title in capitals that cites texts with the body's name between the noun and the number, as
  Russian, French and Spanish write it ("ОСУЩЕСТВЛЕНИЕ РЕЗОЛЮЦИЙ ГЕНЕРАЛЬНОЙ АССАМБЛЕИ 48/162 И
  50/227"), and a list word of one letter in one ("… 48/162 И 50/227 …", "… Y 50/227"): the
  second number (or all) was lost.

The passages are invented for these tests."""

from __future__ import annotations

import pytest

from passages import assert_exact, by_tables

# (language, passage, each target with its date, None: undated)
Row = tuple[str, str, dict[str, str | None]]

_MEETING: list[Row] = [
    (
        "ar",
        "انظر القرار 2734 (د-25)، في جلستها العامة 1932، 16 كانون الأول/ديسمبر 1970، الفقرة 3.",
        {"A/RES/2734(XXV)": "1970-12-16"},
    ),
    (
        "ar",
        "انظر القرار 2734 (د-25) المتخذ في جلستها العامة 1932 المعقودة في 16 كانون الأول/ديسمبر 1970.",
        {"A/RES/2734(XXV)": "1970-12-16"},
    ),
    (
        "ar",
        "قرار مجلس الأمن 1296 (2000)، المعتمد في جلسته 4130، المعقودة في 19 نيسان/أبريل 2000.",
        {"S/RES/1296(2000)": "2000-04-19"},
    ),
    (
        "ar",
        "وإذ تشير إلى قرارها 60/147 الذي اتخذته في جلستها العامة 64 المعقودة في 16 كانون الأول/ديسمبر 2005،",
        {"A/RES/60/147": "2005-12-16"},
    ),
    (
        "ar",
        "وإذ تشير إلى القرار 60/147 الذي اتخذته الجمعية العامة في جلستها العامة 64 المعقودة في 16 كانون "
        "الأول/ديسمبر 2005،",
        {"A/RES/60/147": "2005-12-16"},
    ),
    (
        "zh",
        "见第2734(XXV)号决议，第1932次全体会议，1970年12月16日，第3段。",
        {"A/RES/2734(XXV)": "1970-12-16"},
    ),
    (
        "zh",
        "安全理事会第1296(2000)号决议，第4130次会议，2000年4月19日。",
        {"S/RES/1296(2000)": "2000-04-19"},
    ),
    (
        "zh",
        "见第60/147号决议，第64次全体会议，2005年12月16日，附件。",
        {"A/RES/60/147": "2005-12-16"},
    ),
]

# … not a meeting without a date, nor a date that a sentence of its own gives after it
_MEETING_SAME: list[Row] = [
    (
        "ar",
        "انظر القرار 2734 (د-25)، في جلستها العامة 1932، الفقرة 3.",
        {"A/RES/2734(XXV)": None},
    ),
    (
        "ar",
        "انظر القرار 2734 (د-25) المتخذ في جلستها العامة 1932. وفي 16 كانون الأول/ديسمبر 1970 اجتمعت "
        "اللجنة مرة أخرى.",
        {"A/RES/2734(XXV)": None},
    ),
    (
        "zh",
        "见第60/147号决议，第64次全体会议，第3段。",
        {"A/RES/60/147": None},
    ),
    (
        "zh",
        "见第2734(XXV)号决议，第1932次全体会议。2005年12月16日，委员会再次开会。",
        {"A/RES/2734(XXV)": None},
    ),
]

_RU_LIST: list[Row] = [
    (
        "ru",
        "ссылаясь на резолюции Генеральной Ассамблеи от 24 октября 2005 года 60/1 и от 25 сентября "
        "2015 года 70/1,",
        {"A/RES/60/1": "2005-10-24", "A/RES/70/1": "2015-09-25"},
    ),
    (
        "ru",
        "ссылаясь на резолюции Генеральной Ассамблеи от 24 октября 2005 г. 60/1, от 5 ноября 2009 г. "
        "64/10 и от 25 сентября 2015 г. 70/1,",
        {"A/RES/60/1": "2005-10-24", "A/RES/64/10": "2009-11-05", "A/RES/70/1": "2015-09-25"},
    ),
    (
        "ru",
        "ссылаясь на резолюции № 60/1 от 24 октября 2005 года и № 70/1 от 25 сентября 2015 года,",
        {"A/RES/60/1": "2005-10-24", "A/RES/70/1": "2015-09-25"},
    ),
    (
        "ru",
        "ссылаясь на резолюции 60/1 от 24 октября 2005 года и № 70/1 от 25 сентября 2015 года,",
        {"A/RES/60/1": "2005-10-24", "A/RES/70/1": "2015-09-25"},
    ),
]

# … not a number without a date of its own, nor each number's date after it (read before)
_RU_LIST_SAME: list[Row] = [
    (
        "ru",
        "ссылаясь на резолюции Генеральной Ассамблеи от 24 октября 2005 года 60/1 и 70/1,",
        {"A/RES/60/1": "2005-10-24", "A/RES/70/1": None},
    ),
    (
        "ru",
        "ссылаясь на резолюции 60/1 от 24 октября 2005 года, 64/10 от 5 ноября 2009 года и 70/1 от 25 "
        "сентября 2015 года,",
        {"A/RES/60/1": "2005-10-24", "A/RES/64/10": "2009-11-05", "A/RES/70/1": "2015-09-25"},
    ),
]

_CAPITALS: list[Row] = [
    (
        "ru",
        "ОСУЩЕСТВЛЕНИЕ РЕЗОЛЮЦИЙ ГЕНЕРАЛЬНОЙ АССАМБЛЕИ 48/162 И 50/227\n\nДоклад Генерального секретаря.",
        {"A/RES/48/162": None, "A/RES/50/227": None},
    ),
    (
        "ru",
        "ОСУЩЕСТВЛЕНИЕ РЕЗОЛЮЦИЙ 48/162 И 50/227 ГЕНЕРАЛЬНОЙ АССАМБЛЕИ\n\nДоклад Генерального секретаря.",
        {"A/RES/48/162": None, "A/RES/50/227": None},
    ),
    (
        "ru",
        "МЕЖДУНАРОДНАЯ КОНВЕНЦИЯ\n\nПРИНЯТА РЕЗОЛЮЦИЕЙ ГЕНЕРАЛЬНОЙ АССАМБЛЕИ 2106 A (XX) ОТ 21 ДЕКАБРЯ "
        "1965 ГОДА\n\nСтатья 1",
        {"A/RES/2106A(XX)": "1965-12-21"},
    ),
    (
        "es",
        "APLICACIÓN DE LAS RESOLUCIONES DE LA ASAMBLEA GENERAL 48/162 Y 50/227\n\nInforme del "
        "Secretario General.",
        {"A/RES/48/162": None, "A/RES/50/227": None},
    ),
    (
        "fr",
        "MISE EN ŒUVRE DES RÉSOLUTIONS DE L'ASSEMBLÉE GÉNÉRALE 48/162 ET 50/227\n\nRapport du "
        "Secrétaire général.",
        {"A/RES/48/162": None, "A/RES/50/227": None},
    ),
]

# … not a heading's own number, nor a title in capitals that names no number
_CAPITALS_SAME: list[Row] = [
    (
        "en",
        "IMPLEMENTATION OF GENERAL ASSEMBLY RESOLUTIONS 48/162 AND 50/227\n\nReport of the "
        "Secretary-General.",
        {"A/RES/48/162": None, "A/RES/50/227": None},
    ),
    (
        "ru",
        "ДОКЛАД О ВЫПОЛНЕНИИ РЕЗОЛЮЦИЙ И РЕШЕНИЙ ГЕНЕРАЛЬНОЙ АССАМБЛЕИ\n\nСм. резолюцию 70/1.",
        {"A/RES/70/1": None},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    by_tables(
        meeting=(_MEETING, _MEETING_SAME),
        ru_list=(_RU_LIST, _RU_LIST_SAME),
        capitals=(_CAPITALS, _CAPITALS_SAME),
    ),
)
def test_left40(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)
