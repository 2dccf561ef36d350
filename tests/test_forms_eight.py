"""Forms found missing by passages written in UN style for stop 11 (invented numbers and dates; the
whole set is in tests/fixtures/coverage, rows "forms8: …"): Chinese days that share the year and
month of the date before them ("1960年12月14日和15日"); Arabic months written with one calendar's name
only, with the other in brackets, or without the hamza; a letter's date separated from its symbol's
bracket by whom it is from and to; French "1er" among the days of one month; the number words and
date words of Arabic copies ("رقم", "أرقام", "بتاريخ"); own ids from headings in capitals that name
the body before or after the number.  Each form with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from passages import assert_passage
from rescite.engine.extract import extract_text

# (language, passage, {target: date or None}) — every target, with the date it must carry
DATED: list[tuple[str, str, dict[str, str | None]]] = [
    # Chinese: days after a date that share its year and month, one for each number in order
    (
        "zh",
        "大会，\n\n回顾其分别于1960年12月14日和15日通过的第1514(XV)号和第1541(XV)号决议，",
        {"A/RES/1514(XV)": "1960-12-14", "A/RES/1541(XV)": "1960-12-15"},
    ),
    (
        "zh",
        "大会，\n\n回顾其2018年12月17日和18日第73/146和73/167号决议，",
        {"A/RES/73/146": "2018-12-17", "A/RES/73/167": "2018-12-18"},
    ),
    (
        "zh",
        "大会，\n\n回顾其2017年12月19日、20日和22日第72/148、72/181和72/279号决议，",
        {"A/RES/72/148": "2017-12-19", "A/RES/72/181": "2017-12-20", "A/RES/72/279": "2017-12-22"},
    ),
    # … negative: days that are not one for each number date none of them
    ("zh", "大会，\n\n回顾其2018年12月17日和18日第73/146号决议，", {"A/RES/73/146": None}),
    (
        "zh",
        "大会，\n\n回顾其2018年12月17日和18日通过的第73/146、73/167和73/170号决议，",
        {"A/RES/73/146": None, "A/RES/73/167": None, "A/RES/73/170": None},
    ),
    # Arabic months: one calendar's name alone, the other in brackets, spellings without the hamza
    (
        "ar",
        "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 73/195 المؤرخ 19 كانون الأول 2018،",
        {"A/RES/73/195": "2018-12-19"},
    ),
    (
        "ar",
        "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 73/195 المؤرخ 19 كانون الأول (ديسمبر) 2018،",
        {"A/RES/73/195": "2018-12-19"},
    ),
    (
        "ar",
        "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 72/279 المؤرخ 31 أيار 2018،",
        {"A/RES/72/279": "2018-05-31"},
    ),
    (
        "ar",
        "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 68/268 المؤرخ 9 ابريل 2014،",
        {"A/RES/68/268": "2014-04-09"},
    ),
    (
        "ar",
        "إن الجمعية العامة،\n\nإذ تشير إلى قراريها 60/1 المؤرخ 16 أيلول 2005 و 60/251 المؤرخ 15 آذار 2006،",
        {"A/RES/60/1": "2005-09-16", "A/RES/60/251": "2006-03-15"},
    ),
    # … negative: a month's name without a year dates nothing
    ("ar", "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 66/288 المؤرخ 27 آب،", {"A/RES/66/288": None}),
    # a letter's date, then whom it is from and to, then its symbol's bracket (six languages)
    (
        "en",
        "The Security Council,\n\nTaking note of the letter dated 8 March 2021 from the Secretary-General "
        "addressed to the President of the Security Council (S/2021/231),",
        {"S/2021/231": "2021-03-08"},
    ),
    (
        "fr",
        "Le Conseil de sécurité,\n\nPrenant note de la lettre datée du 8 mars 2021, adressée au Président du "
        "Conseil de sécurité par le Secrétaire général (S/2021/231),",
        {"S/2021/231": "2021-03-08"},
    ),
    (
        "es",
        "El Consejo de Seguridad,\n\nTomando nota de la carta de fecha 8 de marzo de 2021 dirigida a la "
        "Presidencia del Consejo de Seguridad por el Secretario General (S/2021/231),",
        {"S/2021/231": "2021-03-08"},
    ),
    (
        "ru",
        "Совет Безопасности,\n\nпринимая к сведению письмо Генерального секретаря от 8 марта 2021 года на "
        "имя Председателя Совета Безопасности (S/2021/231),",
        {"S/2021/231": "2021-03-08"},
    ),
    (
        "ar",
        "إن مجلس الأمن،\n\nإذ يحيط علما برسالة الأمين العام المؤرخة 8 آذار/مارس 2021 والموجهة إلى رئيس "
        "مجلس الأمن (S/2021/231)،",
        {"S/2021/231": "2021-03-08"},
    ),
    (
        "zh",
        "安全理事会，\n\n注意到秘书长2021年3月8日给安全理事会主席的信(S/2021/231)，",
        {"S/2021/231": "2021-03-08"},
    ),
    # … negatives: no date, or numbers between the date and the bracket (another text's words)
    (
        "en",
        "The Security Council,\n\nTaking note of the letter from the Secretary-General addressed to the "
        "President of the Security Council (S/2021/231),",
        {"S/2021/231": None},
    ),
    (
        "en",
        "The Security Council,\n\nTaking note of the report of the Secretary-General dated 4 August 2021 "
        "on the implementation of resolution 2231 (2015) (S/2021/700),",
        {"S/RES/2231(2015)": None, "S/2021/700": None},
    ),
    # French: "1er" among the days of one month
    (
        "fr",
        "Le Conseil économique et social,\n\n"
        "Rappelant ses résolutions 2019/4 et 2019/5 des 1er et 2 juillet 2019,",
        {"E/RES/2019/4": "2019-07-01", "E/RES/2019/5": "2019-07-02"},
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nRappelant sa résolution 74/149 des 1er et 2 juillet 2019,",
        {"A/RES/74/149": None},
    ),
    # Arabic copies: the number words before the numbers, "بتاريخ" before the date
    ("ar", "إن الجمعية العامة،\n\nإذ تشير إلى قرارها رقم 70/1،", {"A/RES/70/1": None}),
    (
        "ar",
        "إن الجمعية العامة،\n\n"
        "إذ تشير إلى القرار رقم 70/1 الصادر عن الجمعية العامة بتاريخ 25 أيلول/سبتمبر 2015،",
        {"A/RES/70/1": "2015-09-25"},
    ),
    (
        "ar",
        "إن مجلس الأمن،\n\nإذ يشير إلى قراره 2231 (2015) الصادر بتاريخ 20 تموز/يوليه 2015،",
        {"S/RES/2231(2015)": "2015-07-20"},
    ),
    (
        "ar",
        "إن الجمعية العامة،\n\nإذ تشير إلى قرارات الجمعية العامة أرقام 60/1 و 60/251 و 61/295،",
        {"A/RES/60/1": None, "A/RES/60/251": None, "A/RES/61/295": None},
    ),
    # … negatives: an agenda item's or a document's number, a meeting's date
    ("ar", "إن الجمعية العامة،\n\nوقد نظرت في البند رقم 72 من جدول الأعمال وفي الوثيقة رقم 2،", {}),
    ("ar", "إن الجمعية العامة،\n\n5- تقرر أن تعقد الجلسة بتاريخ 25 أيلول/سبتمبر 2023؛", {}),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), DATED, ids=[f"{c[0]}-{i}" for i, c in enumerate(DATED)]
)
def test_dated(lang: str, text: str, expected: dict[str, str | None]) -> None:
    res = assert_passage(text, {t: d for t, d in expected.items()})
    for target, date in expected.items():
        if date is None:
            assert {c.date for c in res.citations if c.target == target} == {None}, target


# (passage, own id or None) — a heading in capitals that names the body before or after the number
OWN: list[tuple[str, str | None]] = [
    (
        "GENERAL ASSEMBLY RESOLUTION 61/295\n\nThe General Assembly,\n\nRecalling its resolution 60/1,",
        "A/RES/61/295",
    ),
    (
        "UNITED NATIONS GENERAL ASSEMBLY RESOLUTION 61/295\n\nThe General Assembly,\n\n"
        "Recalling its resolution 60/1,",
        "A/RES/61/295",
    ),
    (
        "HUMAN RIGHTS COUNCIL RESOLUTION 44/4\n\nThe Human Rights Council,\n\n"
        "Recalling its resolution 41/17,",
        "A/HRC/RES/44/4",
    ),
    (
        "RÉSOLUTION 61/295 DE L'ASSEMBLÉE GÉNÉRALE\n\nL'Assemblée générale,\n\nRappelant sa résolution 60/1,",
        "A/RES/61/295",
    ),
    (
        "Résolution 61/295 de l'Assemblée générale\n\nL'Assemblée générale,\n\nRappelant sa résolution 60/1,",
        "A/RES/61/295",
    ),
    (
        "RESOLUCIÓN 61/295 DE LA ASAMBLEA GENERAL\n\nLa Asamblea General,\n\nRecordando su resolución 60/1,",
        "A/RES/61/295",
    ),
    (
        "РЕЗОЛЮЦИЯ 61/295 ГЕНЕРАЛЬНОЙ АССАМБЛЕИ\n\nГенеральная Ассамблея,\n\n"
        "ссылаясь на свою резолюцию 60/1,",
        "A/RES/61/295",
    ),
    # negatives: a draft, two numbers, a footnote's citation of a resolution
    ("DRAFT RESOLUTION 61/295\n\nThe General Assembly,\n\nRecalling its resolution 60/1,", None),
    (
        "GENERAL ASSEMBLY RESOLUTIONS 61/295 AND 62/1\n\nThe General Assembly,\n\n"
        "Recalling its resolution 60/1,",
        None,
    ),
    (
        "L'Assemblée générale,\n\nRappelant la Déclaration1,\n\n"
        "1 Résolution 61/295 de l'Assemblée générale, annexe.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "own"), OWN, ids=[str(i) for i in range(len(OWN))])
def test_own_id_of_capital_headings(text: str, own: str | None) -> None:
    res = extract_text(text)
    assert res.document.source_id == own
    # the heading's number is the text's own id, never one of its citations
    if own is not None:
        assert own not in {c.target for c in res.citations}


# (language, passage, {target: None}) — "its" after the agent of an adoption is the agent's: "the adoption
# by the Human Rights Council of its resolution"; in Chinese, the words glued to the name ("人权理事会通过其")
ACTORS: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        "The General Assembly,\n\nWelcoming the adoption by the Human Rights Council of its resolution 44/3,",
        {"A/HRC/RES/44/3": None},
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nSaluant l'adoption par le Conseil des droits de l'homme "
        "de sa résolution 44/3,",
        {"A/HRC/RES/44/3": None},
    ),
    (
        "es",
        "La Asamblea General,\n\nAcogiendo con beneplácito la aprobación por el Consejo de Derechos Humanos "
        "de su resolución 44/3,",
        {"A/HRC/RES/44/3": None},
    ),
    ("zh", "大会，\n\n欢迎人权理事会通过其第44/3号决议，", {"A/HRC/RES/44/3": None}),
    ("zh", "大会，\n\n回顾人权理事会在其第44/3号决议中请高级专员提交报告，", {"A/HRC/RES/44/3": None}),
    ("zh", "大会，\n\n欢迎安全理事会通过其第2231(2015)号决议，", {"S/RES/2231(2015)": None}),
    # negatives: no agent ("by"), or the body is no agent of an adoption — the citing body's own
    ("en", "The General Assembly,\n\nWelcoming the adoption of its resolution 74/1,", {"A/RES/74/1": None}),
    (
        "en",
        "The General Assembly,\n\nNoting the work of the Human Rights Council of its resolution 74/1,",
        {"A/RES/74/1": None},
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nPrenant note du rapport du Conseil de sécurité et de sa résolution 74/1,",
        {"A/RES/74/1": None},
    ),
    ("zh", "大会，\n\n注意到人权理事会的报告，并回顾其第74/1号决议，", {"A/RES/74/1": None}),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), ACTORS, ids=[f"{c[0]}-{i}" for i, c in enumerate(ACTORS)]
)
def test_agent_of_an_adoption(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_passage(text, expected)


# (language, passage, {target: date or None}) — an Arabic noun with a possessive suffix after the actor
# of its clause ("المجلس، في قراره": the Council's, when the suffix is the Council's gender); a report's
# date before its symbol's bracket in Chinese; the agent of an adoption set off by a comma
MORE: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "ar",
        "إن الجمعية العامة،\n\nإذ تشير إلى أن مجلس حقوق الإنسان قد أنشأ الولاية، وإذ تلاحظ أن المجلس، "
        "في قراره 45/6، طلب تقريرا،",
        {"A/HRC/RES/45/6": None},
    ),
    (
        "ar",
        "إن الجمعية العامة،\n\nوإذ تلاحظ أن المجلس الاقتصادي والاجتماعي، في قراره 2019/4، طلب تقريرا،",
        {"E/RES/2019/4": None},
    ),
    # … negative: a suffix not of the actor's gender is not the actor's
    ("ar", "إن الجمعية العامة،\n\nوإذ تلاحظ أن المجلس، في قرارها 74/1، طلب تقريرا،", {"A/RES/74/1": None}),
    (
        "ar",
        "إن مجلس حقوق الإنسان،\n\nوإذ يشير إلى أن الجمعية العامة، في قرارها 74/1، طلبت تقريرا،",
        {"A/RES/74/1": None},
    ),
    (
        "zh",
        "安全理事会，\n\n注意到秘书长2021年6月24日报告(S/2021/582)，",
        {"S/2021/582": "2021-06-24"},
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nSaluant l'adoption, par le Conseil des droits de l'homme, "
        "de sa résolution 44/3,",
        {"A/HRC/RES/44/3": None},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MORE, ids=[f"{c[0]}-{i}" for i, c in enumerate(MORE)])
def test_more_forms(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_passage(text, expected)


def test_coded_decision_heading_in_chinese() -> None:
    text = "第1/CP.26号决定\n\n格拉斯哥气候公约\n\n缔约方会议，\n\n回顾第1/CP.19号和第1/CP.21号决定，"
    res = assert_passage(text, {"FCCC/CP/DEC/19/1": None, "FCCC/CP/DEC/21/1": None}, skip_own=True)
    assert res.document.source_id == "FCCC/CP/DEC/26/1"
    # … a coded number on a line with more words is no heading
    res = extract_text("缔约方会议，\n\n回顾第1/CP.19号决定和第1/CP.21号决定，")
    assert res.document.source_id is None


# Chinese lists whose numbers after the first have no number mark ("大会第60/1、60/251和61/295号决议"): the
# body, possessive or actor named before the first is every number's (they were the citing body's)
LISTS: list[tuple[str, dict[str, str | None]]] = [
    (
        "人权理事会，\n\n回顾大会第60/1、60/251和61/295号决议，",
        {"A/RES/60/1": None, "A/RES/60/251": None, "A/RES/61/295": None},
    ),
    ("人权理事会，\n\n回顾大会第60/1和60/251号决议，", {"A/RES/60/1": None, "A/RES/60/251": None}),
    (
        "大会，\n\n回顾人权理事会在其第44/3和44/4号决议中请高级专员提交报告，",
        {"A/HRC/RES/44/3": None, "A/HRC/RES/44/4": None},
    ),
    (
        "经济及社会理事会，\n\n回顾麻醉药品委员会第61/11和62/4号决议，",
        {"E/CN.7/RES/61/11": None, "E/CN.7/RES/62/4": None},
    ),
    # negatives: a list of the citing body's own; a second list after the body's first list
    (
        "人权理事会，\n\n回顾其第44/3、44/4和45/6号决议，",
        {"A/HRC/RES/44/3": None, "A/HRC/RES/44/4": None, "A/HRC/RES/45/6": None},
    ),
    (
        "人权理事会，\n\n回顾大会第60/1、60/251号决议以及其第5/1号决议，",
        {"A/RES/60/1": None, "A/RES/60/251": None, "A/HRC/RES/5/1": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTS, ids=[str(i) for i in range(len(LISTS))])
def test_chinese_list_body(text: str, expected: dict[str, str | None]) -> None:
    assert_passage(text, expected)


# text layers: a year glued to its month (right-to-left layers drop the space), a letter's words over lines
LAYERS: list[tuple[str, dict[str, str | None]]] = [
    (
        "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 72/145  المؤرخ12  كانون الأول/ديسمبر2017،",
        {"A/RES/72/145": "2017-12-12"},
    ),
    (
        "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 73/195 المؤرخ 19 كانون الأول2018،",
        {"A/RES/73/195": "2018-12-19"},
    ),
    (
        "Le Conseil de sécurité,\n\nPrenant note de la lettre datée du 8 mars 2021, adressée au Président\n"
        "du Conseil de sécurité par le Secrétaire général (S/2021/231),",
        {"S/2021/231": "2021-03-08"},
    ),
    (
        "إن مجلس الأمن،\n\nإذ يحيط علما برسالة الأمين العام المؤرخة 8 آذار/مارس 2021 والموجهة إلى رئيس مجلس\n"
        "الأمن (S/2021/231)،",
        {"S/2021/231": "2021-03-08"},
    ),
    # negatives: a year's number glued to other words; a paragraph's end between the date and the bracket
    ("إن الجمعية العامة،\n\nإذ تشير إلى قرارها 73/195 والبند 2018 من جدول الأعمال،", {"A/RES/73/195": None}),
    (
        "The Security Council,\n\nTaking note of the letter dated 8 March 2021 from the Secretary-General,"
        "\n\n"
        "Welcoming the report addressed to the Council (S/2021/232),",
        {"S/2021/232": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LAYERS, ids=[str(i) for i in range(len(LAYERS))])
def test_text_layers(text: str, expected: dict[str, str | None]) -> None:
    res = assert_passage(text, expected)
    for target, date in expected.items():
        if date is None:
            assert {c.date for c in res.citations if c.target == target} == {None}, target
