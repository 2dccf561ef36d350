"""Adversarial rows in Arabic, Chinese and Russian as reports, decisions and resolutions write
them (issue 7): the adoption told after an Arabic paragraph's number and dash ("4 - اتخذت الجمعية
العامة، في …، المقرر …"); Arabic months spelt without their hamza ("ايلول/سبتمبر"); a Chinese
date before the title of the instrument the text holds ("…日载有《…》的第N号决议") or before a
topic that names another text; the Russian conference of the parties written with a small letter
("Конференции сторон"); a sentence opened by "in" and the number, its subject the body named
after the comma ("وفي المقرر 4/4، قرر مؤتمر الأطراف …", "In decision 4/4, the Conference of the
Parties … decided"); names of bodies and instruments as copies write them; and look-alikes that
must stay as they are.  The passages are invented for these tests."""

from __future__ import annotations

import pytest

from passages import GA, assert_exact, by_language, by_tables, pinpoints_of

# (language, passage, each target with its date, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]

# an Arabic report's paragraph: its number and dash before the sentence of the adoption
_PARAGRAPH: list[Row] = [
    (
        "ar",
        "4 - اتخذت الجمعية العامة، في جلستها العامة 61، المعقودة في 11 كانون الأول/ديسمبر 2020،"
        " المقرر 75/532.",
        {"A/DEC/75/532": "2020-12-11"},
    ),
    (
        "ar",
        "7 - واعتمد مجلس حقوق الإنسان، في 4 تموز/يوليه 2019، القرار 41/12 دون تصويت.",
        {"A/HRC/RES/41/12": "2019-07-04"},
    ),
    (
        "ar",
        "مقدمة\n12 - اتخذ المجلس الاقتصادي والاجتماعي، في جلسته 22، المعقودة في 17 تموز/يوليه 2018،"
        " القرار 2018/7.",
        {"E/RES/2018/7": "2018-07-17"},
    ),
]
_PARAGRAPH_SAME: list[Row] = [
    # (the number is not a paragraph's: no stop before it, the sentence goes on)
    ("ar", "وتضم القائمة 4 - 6 دول. وتشير الجمعية إلى قرارها 75/532.", {"A/RES/75/532": None}),
    (
        "en",
        "4. On 11 December 2020, the General Assembly adopted decision 75/532.",
        {"A/DEC/75/532": "2020-12-11"},
    ),
]

# Arabic months without their hamza, as copies of the texts spell them
_HAMZA: list[Row] = [
    (
        "ar",
        GA["ar"] + "اذ تشير الى قرارها 73/195 المؤرخ 19 ايلول/سبتمبر 2018،",
        {"A/RES/73/195": "2018-09-19"},
    ),
    (
        "ar",
        GA["ar"] + "وإذ تشير إلى قرارها 71/256 المؤرخ 23 كانون الاول/ديسمبر 2016"
        " وقرارها 72/1 المؤرخ 8 اذار/مارس 2017،",
        {"A/RES/71/256": "2016-12-23", "A/RES/72/1": "2017-03-08"},
    ),
    (
        "ar",
        GA["ar"] + "وإذ تشير إلى قرار مجلس حقوق الإنسان 38/5 المؤرخ 5 ايار/مايو 2018"
        " وقراره 39/2 المؤرخ 27 تشرين الاول/اكتوبر 2018،",
        {"A/HRC/RES/38/5": "2018-05-05", "A/HRC/RES/39/2": "2018-10-27"},
    ),
    ("ar", GA["ar"] + "وإذ تشير إلى قرارها 69/283 المؤرخ 3 اب/اغسطس 2015،", {"A/RES/69/283": "2015-08-03"}),
]
_HAMZA_SAME: list[Row] = [
    (
        "ar",
        GA["ar"] + "وإذ تشير إلى قرارها 73/195 المؤرخ 19 أيلول/سبتمبر 2018،",
        {"A/RES/73/195": "2018-09-19"},
    ),
]

# a Chinese date, then the instrument the text holds or adopts, by its title, then the number
_HOLDS: list[Row] = [
    (
        "zh",
        GA["zh"] + "回顾其1966年12月16日载有《经济社会文化权利国际公约》的第2200 A（XXI）号决议，",
        {"A/RES/2200A(XXI)": "1966-12-16", "UNTS/993/14531": None},
    ),
    (
        "zh",
        GA["zh"] + "又回顾其2007年9月13日通过《区域海洋合作行动纲领》的第61/295号决议，",
        {"A/RES/61/295": "2007-09-13"},
    ),
    (
        "zh",
        "人权理事会，\n\n回顾大会1999年9月13日通过了《和平文化宣言和行动纲领》的第53/243号决议，",
        {"A/RES/53/243": "1999-09-13"},
    ),
]
_HOLDS_TOPIC: list[Row] = [
    # (a topic that names another text: that text stays undated)
    (
        "zh",
        GA["zh"] + "回顾其2016年12月21日关于落实大会第67/226号决议的第71/243号决议，",
        {"A/RES/71/243": "2016-12-21", "A/RES/67/226": None},
    ),
]
_HOLDS_SAME: list[Row] = [
    ("zh", GA["zh"] + "回顾其2007年9月13日第61/295号决议所载《行动纲领》，", {"A/RES/61/295": "2007-09-13"}),
]

# the Russian conference of the parties with a small letter: the body, not its convention
_PARTIES: list[Row] = [
    (
        "ru",
        GA["ru"] + "ссылаясь на решение 1/CP.19 Конференции сторон Рамочной конвенции Организации"
        " Объединенных Наций об изменении климата,",
        {"FCCC/CP/DEC/19/1": None},
    ),
    (
        "ru",
        GA["ru"] + "приветствуя решение 15/4 Конференции сторон Конвенции о биологическом разнообразии,",
        {"": None},
    ),
]
_PARTIES_SAME: list[Row] = [
    (
        "ru",
        GA["ru"] + "призывая государства присоединиться к Конвенции о биологическом разнообразии,",
        {"UNTS/1760/30619": None},
    ),
]

# "in" and the number open the sentence, its subject the body named after the comma
_OPENED: list[Row] = [
    (
        "ar",
        "9 - وفي المقرر 5/3، قرر مؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة"
        " عبر الوطنية أن يعقد الفريق العامل اجتماعين.",
        {"CTOC/COP/DEC/5/3": None},
    ),
    (
        "ar",
        "وفي القرار 63/2، طلبت لجنة المخدرات إلى المديرة التنفيذية أن تقدم تقريرا.",
        {"E/CN.7/RES/63/2": None},
    ),
    (
        "en",
        "9. In decision 5/3, the Conference of the Parties to the United Nations Convention against"
        " Transnational Organized Crime decided that the working group would meet twice.",
        {"CTOC/COP/DEC/5/3": None},
    ),
    (
        "en",
        "The meeting was opened. In resolution 63/2, the Commission on Narcotic Drugs requested a report.",
        {"E/CN.7/RES/63/2": None},
    ),
]
_OPENED_SAME: list[Row] = [
    # (the link does not open the sentence: the body after the comma is the main clause's subject)
    (
        "en",
        "As set out in resolution 70/1, the Commission on the Status of Women decided to meet.",
        {"A/RES/70/1": None},
    ),
    # (no body after the comma)
    ("en", "In decision 5/3, the secretariat was requested to report.", {"": None}),
    ("ar", "وفي القرار 70/1، قرر المجلس أن يستعرض التقدم.", {"A/RES/70/1": None}),
]

# names as copies write them: the Human Rights Council "of the United Nations", a Russian optional
# protocol declined with its participle ("Факультативного протокола …, касающегося …")
_NAMES: list[Row] = [
    (
        "ar",
        GA["ar"] + "وإذ تشير إلى قرار مجلس الأمم المتحدة لحقوق الإنسان 43/8 المؤرخ 19 حزيران/يونيه 2020،",
        {"A/HRC/RES/43/8": "2020-06-19"},
    ),
    (
        "ru",
        GA["ru"]
        + "приветствуя принятие Советом Организации Объединенных Наций по правам человека резолюции 43/8,",
        {"A/HRC/RES/43/8": None},
    ),
    (
        "ru",
        GA["ru"] + "отмечая вступление в силу Факультативного протокола к Конвенции о правах ребенка,"
        " касающегося торговли детьми, детской проституции и детской порнографии,",
        {"UNTS/2171/27531": None},
    ),
    (
        "ru",
        GA["ru"] + "руководствуясь Факультативным протоколом к Конвенции о правах ребенка,"
        " касающимся участия детей в вооруженных конфликтах,",
        {"UNTS/2173/27531": None},
    ),
]
_NAMES_SAME: list[Row] = [
    (
        "ru",
        GA["ru"] + "ссылаясь на резолюцию 43/8 Совета ООН по правам человека от 19 июня 2020 года,",
        {"A/HRC/RES/43/8": "2020-06-19"},
    ),
    ("ar", GA["ar"] + "وإذ تشير إلى قرار مجلس حقوق الإنسان 43/8،", {"A/HRC/RES/43/8": None}),
    ("ru", GA["ru"] + "ссылаясь на Конвенцию о правах ребенка,", {"UNTS/1577/27531": None}),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    by_tables(
        paragraph=(_PARAGRAPH, _PARAGRAPH_SAME),
        hamza=(_HAMZA, _HAMZA_SAME),
        holds=(_HOLDS + _HOLDS_TOPIC, _HOLDS_SAME),
        parties=(_PARTIES, _PARTIES_SAME),
        opened=(_OPENED, _OPENED_SAME),
        names=(_NAMES, _NAMES_SAME),
    ),
)
def test_reports_and_copies_in_three_languages(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected)


# pinpoints: a Chinese operative or preambular paragraph, a subparagraph's letter; a pinpoint after
# a number's comma that its link gives to the next text ("…, приложение II к резолюции 55/25")
_PINS: list[tuple[str, str, dict[str, str | None]]] = [
    ("zh", GA["zh"] + "回顾第60/251号决议执行部分第5(e)段，", {"A/RES/60/251": "执行部分第5(e)段"}),
    (
        "zh",
        GA["zh"] + "回顾第62/1号决议序言部分第4段和第61/1号决议第3(b)段，",
        {"A/RES/62/1": "序言部分第4段", "A/RES/61/1": "第3(b)段"},
    ),
    (
        "ru",
        GA["ru"] + "ссылаясь на резолюцию 2250 (2015), приложение II к резолюции 55/25,",
        {"S/RES/2250(2015)": None, "A/RES/55/25": "приложение II"},
    ),
    (
        "en",
        GA["en"] + "Recalling resolution 2250 (2015), annex II to resolution 55/25,",
        {"S/RES/2250(2015)": None, "A/RES/55/25": "annex II"},
    ),
]
_PINS_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "ru",
        GA["ru"] + "ссылаясь на резолюцию 55/25, приложение II, и резолюцию 60/1,",
        {"A/RES/55/25": "приложение II", "A/RES/60/1": None},
    ),
    ("zh", GA["zh"] + "回顾第60/251号决议第5段，", {"A/RES/60/251": "第5段"}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(_PINS, _PINS_SAME))
def test_pinpoints_in_reports(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert pinpoints_of(text) == expected
