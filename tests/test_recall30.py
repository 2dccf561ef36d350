"""Left-over recall forms (issue 7 cond 1): dates given in turn by "respectively" to texts each
named with its own noun, a Russian second clause whose verb a dash stands for.  Passages written
for these tests in the style of UN texts."""

from __future__ import annotations

import pytest

from passages import assert_exact, dates_of
from rescite.engine.extract import extract_text

#: (passage, {target: its only date — None: no date — for every target the passage gives})
Row = tuple[str, dict[str, str | None]]

RESPECTIVELY: list[Row] = [
    (
        "Recalling its resolution 71/209 and Economic and Social Council resolution 2016/12 of "
        "19 December 2016 and 22 July 2016, respectively,",
        {"A/RES/71/209": "2016-12-19", "E/RES/2016/12": "2016-07-22"},
    ),
    (
        "Recalling its resolutions 71/209 and 71/214 and Council resolution 2016/12 of 19 December 2016, "
        "21 December 2016 and 22 July 2016 respectively,",
        {"A/RES/71/209": "2016-12-19", "A/RES/71/214": "2016-12-21", "E/RES/2016/12": "2016-07-22"},
    ),
    (
        "Recalling its resolution 71/209 and Economic and Social Council resolution 2016/12 of 19 and "
        "22 July 2016, respectively,",
        {"A/RES/71/209": "2016-07-19", "E/RES/2016/12": "2016-07-22"},
    ),
    (
        "Rappelant sa résolution 71/209 et la résolution 2016/12 du Conseil économique et social, en "
        "date du 19 décembre 2016 et du 22 juillet 2016, respectivement,",
        {"A/RES/71/209": "2016-12-19", "E/RES/2016/12": "2016-07-22"},
    ),
    (
        "Rappelant sa résolution 71/209 et la résolution 2016/12 du Conseil économique et social, en "
        "date respectivement du 19 décembre 2016 et du 22 juillet 2016,",
        {"A/RES/71/209": "2016-12-19", "E/RES/2016/12": "2016-07-22"},
    ),
    (
        "Recordando su resolución 71/209 y la resolución 2016/12 del Consejo Económico y Social, de "
        "19 de diciembre de 2016 y 22 de julio de 2016, respectivamente,",
        {"A/RES/71/209": "2016-12-19", "E/RES/2016/12": "2016-07-22"},
    ),
    (
        "ссылаясь на свою резолюцию 71/209 и резолюцию 2016/12 Экономического и Социального Совета "
        "от 19 декабря 2016 года и 22 июля 2016 года, соответственно,",
        {"A/RES/71/209": "2016-12-19", "E/RES/2016/12": "2016-07-22"},
    ),
    (
        "وإذ تشير إلى قرارها 71/209 وقرار المجلس الاقتصادي والاجتماعي 2016/12 المؤرخ 19 كانون الأول/ديسمبر "
        "2016 و 22 تموز/يوليه 2016، على التوالي،",
        {"A/RES/71/209": "2016-12-19", "E/RES/2016/12": "2016-07-22"},
    ),
    (
        "回顾其分别于2016年12月19日和2016年7月22日通过的第71/209号决议和经济及社会理事会第2016/12号决议，",
        {"A/RES/71/209": "2016-12-19", "E/RES/2016/12": "2016-07-22"},
    ),
    (
        "Recalling General Assembly resolution 72/180 and Human Rights Council resolution 36/21 of "
        "19 December 2017 and 29 September 2017 (respectively),",
        {"A/RES/72/180": "2017-12-19", "A/HRC/RES/36/21": "2017-09-29"},
    ),
    (
        "Recordando la resolución 72/180 de la Asamblea General y la resolución 36/21 del Consejo de "
        "Derechos Humanos, de fecha 19 de diciembre de 2017 y 29 de septiembre de 2017, respectivamente,",
        {"A/RES/72/180": "2017-12-19", "A/HRC/RES/36/21": "2017-09-29"},
    ),
    (
        "ссылаясь на резолюцию 72/180 Генеральной Ассамблеи и резолюцию 36/21 Совета по правам человека, "
        "принятые соответственно 19 декабря 2017 года и 29 сентября 2017 года,",
        {"A/RES/72/180": "2017-12-19", "A/HRC/RES/36/21": "2017-09-29"},
    ),
    (
        "ссылаясь на свои резолюции 72/180 и 72/190, принятые соответственно 19 декабря 2017 года и "
        "20 декабря 2017 года,",
        {"A/RES/72/180": "2017-12-19", "A/RES/72/190": "2017-12-20"},
    ),
]

#: a second clause joined by "а", its verb left out and a dash in its place: the second date
DASH: list[Row] = [
    (
        "Напоминая, что Генеральная Ассамблея 4 ноября 2021 года приняла резолюцию 76/6, а "
        "9 ноября 2021 года — резолюцию 76/11,",
        {"A/RES/76/6": "2021-11-04", "A/RES/76/11": "2021-11-09"},
    ),
    (
        "Напоминая, что Совет по правам человека 7 октября 2021 года принял резолюцию 48/6, а "
        "11 октября — резолюцию 48/19,",
        {"A/HRC/RES/48/6": "2021-10-07", "A/HRC/RES/48/19": "2021-10-11"},
    ),
    (
        "Напоминая, что Совет по правам человека 7 октября 2021 года принял резолюцию 48/6, а "
        "11 октября 2021 года – решение 48/115,",
        {"A/HRC/RES/48/6": "2021-10-07", "A/HRC/DEC/48/115": "2021-10-11"},
    ),
]

#: unchanged: no "respectively" (the dates after the second text are not the first's), one
#: list's own dates
KEPT: list[Row] = [
    (
        "Recalling its resolution 71/209 and Economic and Social Council resolution 2016/12 of 22 July 2016,",
        {"A/RES/71/209": None, "E/RES/2016/12": "2016-07-22"},
    ),
    (
        "Recalling its resolutions 71/209 and 71/214 of 19 December 2016 and 21 December 2016, respectively,",
        {"A/RES/71/209": "2016-12-19", "A/RES/71/214": "2016-12-21"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), RESPECTIVELY + DASH + KEPT)
def test_dates(text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected)


#: more texts than dates: none of the texts before the last dated one takes a date in turn
MORE_TEXTS: list[tuple[str, list[str]]] = [
    (
        "Recalling its resolutions 71/209, 71/214 and Council resolution 2016/12 of 19 December 2016 "
        "and 22 July 2016, respectively,",
        ["A/RES/71/209", "A/RES/71/214"],
    ),
    (
        "Rappelant ses résolutions 71/209 et 71/214 ainsi que la résolution 2016/12 du Conseil, "
        "du 19 décembre 2016 et du 22 juillet 2016, respectivement,",
        ["A/RES/71/209", "A/RES/71/214"],
    ),
]


@pytest.mark.parametrize(("text", "undated"), MORE_TEXTS)
def test_more_texts_than_dates(text: str, undated: list[str]) -> None:
    got = dates_of(text)
    for target in undated:
        assert got[target] == {None}, (target, got)


#: the General Assembly's Official Records by their supplement's number, no symbol: the text after
#: the report's places is the body's whose report the number names, in Arabic and Chinese as in
#: English, French, Spanish and Russian
SUPPLEMENT: list[Row] = [
    (
        "(3) الوثائق الرسمية للجمعية العامة، الدورة السادسة والسبعون، الملحق رقم 53، الفصل الرابع، "
        "الفرع ألف، القرار 47/12.",
        {"A/HRC/RES/47/12": None},
    ),
    (
        "4 《大会正式记录，第七十六届会议，补编第53号》，第四章，A节，第47/12号决议。",
        {"A/HRC/RES/47/12": None},
    ),
    (
        "4 Official Records of the General Assembly, Seventy-sixth Session, Supplement No. 53, chap. IV, "
        "sect. A, resolution 47/12.",
        {"A/HRC/RES/47/12": None},
    ),
    (
        "4 Documents officiels de l'Assemblée générale, soixante-seizième session, Supplément no 53, "
        "chap. IV, sect. A, résolution 47/12.",
        {"A/HRC/RES/47/12": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUPPLEMENT)
def test_supplement_without_symbol(text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected)


#: unchanged: Spanish "para" after a number is a pinpoint where a paragraph's number ends the
#: clause, never where the preposition opens a phrase or a verb after it
PARA: list[Row] = [
    (
        "Recordando su resolución 71/243, párr. 8, relativa a las actividades operacionales,",
        {"A/RES/71/243": None},
    ),
    (
        "Decide que las consignaciones aprobadas en su resolución 72/263 para 2018-2019 se mantengan,",
        {"A/RES/72/263": None},
    ),
    ("Recordando su resolución 71/243, para fortalecer la cooperación,", {"A/RES/71/243": None}),
    ("Recuerda la resolución 71/243, para 4 reforzar la coordinación,", {"A/RES/71/243": None}),
]


@pytest.mark.parametrize(("text", "expected"), PARA)
def test_spanish_para(text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected)
    pins = {c.pinpoint for c in extract_text(text, lang="es").citations}
    assert pins == ({"párr. 8"} if "párr." in text else {None}), pins
