"""Forms left out at stop 12, found missing by passages written in UN style for these tests
(invented numbers, dates and topics): plural pinpoints in front of a number in six languages;
Arabic pinpoints with an ordinal word; more shapes of dates ("25 September, 2015", "the 25th of
September 2015", "1.º de diciembre"); a convention named inside another instrument's title;
the Security Council's numbers without their year in its own texts; Chinese "分别" with two
bodies or dates taken in turn.  Each form with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from passages import GA, by_language
from rescite.engine.extract import extract_text

# (language, passage after the Assembly's line, target, pinpoint)
PINPOINTS: list[tuple[str, str, str, str | None]] = [
    (
        "en",
        "Reaffirming paragraphs 14 and 15 of its resolution 72/279,",
        "A/RES/72/279",
        "paragraphs 14 and 15",
    ),
    ("en", "Recalling paragraphs 8 to 11 of resolution 71/243,", "A/RES/71/243", "paragraphs 8 to 11"),
    (
        "en",
        "Recalling paragraphs 3, 5 and 9 of its resolution 69/313,",
        "A/RES/69/313",
        "paragraphs 3, 5 and 9",
    ),
    ("en", "Recalling annexes I and II of its resolution 58/4,", "A/RES/58/4", "annexes I and II"),
    ("fr", "Rappelant les paragraphes 4 à 7 de la résolution 72/279,", "A/RES/72/279", "paragraphes 4 à 7"),
    (
        "fr",
        "Réaffirmant les paragraphes 14 et 15 de sa résolution 72/279,",
        "A/RES/72/279",
        "paragraphes 14 et 15",
    ),
    ("es", "Recordando los párrafos 14 y 15 de su resolución 72/279,", "A/RES/72/279", "párrafos 14 y 15"),
    ("es", "Reafirmando los párrafos 4 a 7 de la resolución 72/279,", "A/RES/72/279", "párrafos 4 a 7"),
    ("ru", "ссылаясь на пункты 14 и 15 своей резолюции 72/279,", "A/RES/72/279", "пункты 14 и 15"),
    ("ru", "ссылаясь на пункты 4–7 резолюции 72/279,", "A/RES/72/279", "пункты 4-7"),
    ("zh", "重申其第72/279号决议第14和第15段，", "A/RES/72/279", "第14和第15段"),
    ("zh", "回顾第72/279号决议第14段和第15段，", "A/RES/72/279", "第14段和第15段"),
    ("zh", "回顾其第72/279号决议第4至7段，", "A/RES/72/279", "第4至7段"),
    ("ar", "إذ تشير إلى الفقرتين 14 و 15 من قرارها 72/279،", "A/RES/72/279", "الفقرتين 14 و 15"),
    ("ar", "إذ تشير إلى الفقرات 4 إلى 7 من القرار 72/279،", "A/RES/72/279", "الفقرات 4 إلى 7"),
    # subparagraphs, sections, lists of annexes
    ("en", "Recalling paragraph 7 (c) of its resolution 72/279,", "A/RES/72/279", "paragraph 7 (c)"),
    (
        "en",
        "Recalling paragraphs 2 (a) and 9 (d) of resolution 72/279,",
        "A/RES/72/279",
        "paragraphs 2 (a) and 9 (d)",
    ),
    ("en", "Recalling sections IV and V of its resolution 72/279,", "A/RES/72/279", "sections IV and V"),
    ("es", "Recordando las secciones IV y V de la resolución 72/279,", "A/RES/72/279", "secciones IV y V"),
    ("zh", "回顾第58/4号决议附件一和附件三，", "A/RES/58/4", "附件一和附件三"),
    ("zh", "回顾第58/4号决议附件二和三，", "A/RES/58/4", "附件二和三"),
    ("ar", "إذ تشير إلى الفقرات 2 و 6 و 9 من قرارها 72/279،", "A/RES/72/279", "الفقرات 2و6و9"),
    # Arabic: the pinpoint's number as an ordinal word, linked by "من" or by "ل" glued to the noun
    ("ar", "إذ تشير إلى المرفق الثالث للقرار 58/4،", "A/RES/58/4", "المرفق الثالث"),
    ("ar", "إذ تشير إلى الفقرة الثانية من القرار 58/4،", "A/RES/58/4", "الفقرة الثانية"),
    ("ar", "وإذ تعيد تأكيد المرفق الأول لقرارها 58/4،", "A/RES/58/4", "المرفق الأول"),
]

# … look-alikes that keep what they gave
PINPOINTS_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    ("en", "Reaffirming paragraph 12 of its resolution 69/313,", {"A/RES/69/313": "paragraph 12"}),
    ("en", "Recalling its resolutions 69/313 and 70/1,", {"A/RES/69/313": None, "A/RES/70/1": None}),
    ("zh", "回顾其第70/1号决议第3段和第71/243号决议，", {"A/RES/70/1": "第3段", "A/RES/71/243": None}),
    ("ar", "إذ تشير إلى الفقرة 5 من قرارها 70/1،", {"A/RES/70/1": "الفقرة 5"}),
]


@pytest.mark.parametrize(("lang", "text", "target", "pinpoint"), by_language(PINPOINTS))
def test_plural_and_ordinal_pinpoints(lang: str, text: str, target: str, pinpoint: str | None) -> None:
    got = [(c.target, c.pinpoint) for c in extract_text(GA[lang] + text, lang=lang).citations]
    assert got == [(target, pinpoint)]


@pytest.mark.parametrize(("lang", "text", "want"), by_language(PINPOINTS_SAME))
def test_pinpoint_look_alikes(lang: str, text: str, want: dict[str, str | None]) -> None:
    got = {c.target: c.pinpoint for c in extract_text(GA[lang] + text, lang=lang).citations}
    assert got == want


# (language, passage after the Assembly's line, date of A/RES/71/243 or None)
DATES: list[tuple[str, str, str | None]] = [
    ("en", "Recalling its resolution 71/243 of 21 December, 2016,", "2016-12-21"),
    ("en", "Recalling its resolution 71/243, adopted on the 21st of December 2016,", "2016-12-21"),
    ("en", "Recalling its resolution 71/243 of the 21st of December 2016,", "2016-12-21"),
    ("en", "Recalling its resolution 71/243 of December 21st, 2016,", "2016-12-21"),
    ("es", "Recordando su resolución 71/243, de 1.º de diciembre de 2016,", "2016-12-01"),
    ("es", "Recordando su resolución 71/243, del 1.º de diciembre de 2016,", "2016-12-01"),
]

# … look-alikes: no date, or the one they gave
DATES_SAME: list[tuple[str, str, str | None]] = [
    ("en", "Recalling its resolution 71/243 and the 21 States that reported,", None),
    ("en", "Recalling its resolution 71/243 of 21 December 2016,", "2016-12-21"),
    ("en", "Recalling its resolution 71/243 of December 21, 2016,", "2016-12-21"),
    ("fr", "Rappelant sa résolution 71/243 du 1er décembre 2016,", "2016-12-01"),
    ("es", "Recordando su resolución 71/243, de 1º de diciembre de 2016,", "2016-12-01"),
]


@pytest.mark.parametrize(("lang", "text", "date"), by_language(DATES, DATES_SAME))
def test_more_shapes_of_dates(lang: str, text: str, date: str | None) -> None:
    got = [(c.target, c.date) for c in extract_text(GA[lang] + text, lang=lang).citations]
    assert got == [("A/RES/71/243", date)]


UNCLOS = "UNTS/1833/31363"
UNTOC = "UNTS/2225/39574"
CRC = "UNTS/1577/27531"

# (language, passage after the Assembly's line, the instruments cited)
TITLES: list[tuple[str, str, set[str]]] = [
    # the Convention by name
    (
        "en",
        "Calling upon all States to become parties to the United Nations Convention on the Law of the Sea,",
        {UNCLOS},
    ),
    ("fr", "Rappelant la Convention des Nations Unies sur le droit de la mer,", {UNCLOS}),
    ("es", "Reafirmando la Convención de las Naciones Unidas sobre el Derecho del Mar,", {UNCLOS}),
    ("ru", "вновь подтверждая Конвенцию Организации Объединенных Наций по морскому праву,", {UNCLOS}),
    ("zh", "重申《联合国海洋法公约》，", {UNCLOS}),
    ("ar", "وإذ تعيد تأكيد اتفاقية الأمم المتحدة لقانون البحار،", {UNCLOS}),
    # … inside another instrument's title: no citation of it (one record: the name standing alone)
    (
        "en",
        "Studying the Agreement under the United Nations Convention on the Law of the Sea on marine "
        "biodiversity beyond national jurisdiction, and the United Nations Convention on the Law of the Sea,",
        {UNCLOS},
    ),
    (
        "en",
        "Noting once more the Agreement for the Implementation of the Provisions of the Convention on "
        "the Rights of the Child as to its reporting cycle, and recalling the Convention on the Rights "
        "of the Child,",
        {CRC},
    ),
    (
        "fr",
        "Examinant l'Accord se rapportant à la Convention des Nations Unies sur le droit de la mer "
        "quant à la biodiversité des grands fonds, et la Convention des Nations Unies sur le droit "
        "de la mer,",
        {UNCLOS},
    ),
    (
        "es",
        "Examinando el Acuerdo en el marco de la Convención de las Naciones Unidas sobre el Derecho del "
        "Mar en cuanto a la biodiversidad de alta mar, y la Convención de las Naciones Unidas sobre el "
        "Derecho del Mar,",
        {UNCLOS},
    ),
    (
        "ru",
        "изучая Соглашение в рамках Конвенции Организации Объединенных Наций по морскому праву "
        "о биоразнообразии открытого моря, и Конвенцию Организации Объединенных Наций по морскому праву,",
        {UNCLOS},
    ),
    (
        "zh",
        "欢迎通过《联合国海洋法公约》下国家管辖范围以外区域海洋生物多样性的养护和可持续利用协定和《联合国海洋法公约》，",
        {UNCLOS},
    ),
    (
        "ar",
        "إذ تدرس الاتفاق المبرم في إطار اتفاقية الأمم المتحدة لقانون البحار بشأن التنوع البيولوجي "
        "في أعالي البحار، وباتفاقية الأمم المتحدة لقانون البحار،",
        {UNCLOS},
    ),
    # … a protocol, not known by name, that supplements a convention
    (
        "en",
        "Welcoming the entry into force of the Protocol against the Illicit Manufacturing of Explosives, "
        "supplementing the United Nations Convention against Transnational Organized Crime,",
        set(),
    ),
    (
        "fr",
        "Se félicitant du Protocole additionnel à la Convention des Nations Unies contre la criminalité "
        "transnationale organisée visant à prévenir le trafic d'explosifs,",
        set(),
    ),
    (
        "es",
        "Observando el Protocolo contra la Fabricación Ilícita de Explosivos, que complementa la "
        "Convención de "
        "las Naciones Unidas contra la Delincuencia Organizada Transnacional,",
        set(),
    ),
    (
        "ru",
        "отмечая Протокол против незаконного изготовления взрывчатых веществ, дополняющий Конвенцию "
        "Организации Объединенных Наций против транснациональной организованной преступности,",
        set(),
    ),
    ("zh", "注意到补充《联合国打击跨国有组织犯罪公约》的打击非法制造爆炸物议定书，", set()),
    (
        "ar",
        "إذ تلاحظ بروتوكول مكافحة صنع المتفجرات بصورة غير مشروعة المكمل لاتفاقية الأمم المتحدة لمكافحة "
        "الجريمة المنظمة عبر الوطنية،",
        set(),
    ),
]

# … look-alikes: the convention named after its parties or its provisions is cited
TITLES_SAME: list[tuple[str, str, set[str]]] = [
    (
        "en",
        "Urging the implementation of the provisions of the United Nations Convention against Transnational "
        "Organized Crime,",
        {UNTOC},
    ),
    (
        "en",
        "Recalling the 2000 Protocol to Prevent, Suppress and Punish Trafficking in Persons, "
        "Especially Women and Children, supplementing the United Nations Convention against "
        "Transnational Organized Crime, and the "
        "United Nations Convention against Transnational Organized Crime itself,",
        {"UNTS/2237/39574", UNTOC},
    ),
    (
        "fr",
        "Rappelant la Convention des Nations Unies contre la criminalité transnationale organisée,",
        {UNTOC},
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), by_language(TITLES))
def test_a_convention_inside_another_title(lang: str, text: str, want: set[str]) -> None:
    got = [str(c.target) for c in extract_text(GA[lang] + text, lang=lang).citations]
    assert sorted(got) == sorted(want)  # one record each: none from inside a title


@pytest.mark.parametrize(("lang", "text", "want"), by_language(TITLES_SAME))
def test_a_convention_by_name_look_alikes(lang: str, text: str, want: set[str]) -> None:
    got = {c.target for c in extract_text(GA[lang] + text, lang=lang).citations}
    assert got == want


# the heading of a Council resolution, in each language
SC_HEAD = {
    "en": "Resolution 2431 (2018)\n\nAdopted by the Security Council at its 8318th meeting, on 30 "
    "July 2018\n\n"
    "The Security Council,\n\n",
    "fr": "Résolution 2431 (2018)\n\nAdoptée par le Conseil de sécurité à sa 8318e séance, le 30 "
    "juillet 2018\n\n"
    "Le Conseil de sécurité,\n\n",
    "es": "Resolución 2431 (2018)\n\nAprobada por el Consejo de Seguridad en su 8318ª sesión, celebrada el "
    "30 de julio de 2018\n\nEl Consejo de Seguridad,\n\n",
    "ru": "Резолюция 2431 (2018)\n\nпринятая Советом Безопасности на его 8318-м заседании 30 июля "
    "2018 года\n\n"
    "Совет Безопасности,\n\n",
    "ar": "القرار 2431 (2018)\n\nالذي اتخذه مجلس الأمن في جلسته 8318 المعقودة في 30 تموز/يوليه 2018\n\n"
    "إن مجلس الأمن،\n\n",
    "zh": "第2431(2018)号决议\n\n2018年7月30日安全理事会第8318次会议通过\n\n安全理事会，\n\n",
}

# (language, passage after the Council's line, {target or "?N" for unresolved N: True})
COUNCIL: list[tuple[str, str, set[str]]] = [
    ("en", "Recalling its resolution 2372,", {"S/RES/2372(2017)"}),
    ("en", "Recalling resolution 2372 of 30 August 2017,", {"S/RES/2372(2017)"}),
    (
        "en",
        "Recalling its resolutions 1244 (1999), 1990 and 2231 (2015), and its resolution 2372,",
        {"S/RES/1244(1999)", "?1990", "S/RES/2231(2015)", "S/RES/2372(2017)"},
    ),
    (
        "en",
        "Recalling its resolutions 1244, 1990 (2011) and 2231 (2015),",
        {"S/RES/1244(1999)", "S/RES/1990(2011)", "S/RES/2231(2015)"},
    ),
    (
        "fr",
        "Rappelant ses résolutions 1244 (1999), 1990 et 2231 (2015), ainsi que sa résolution 2372,",
        {"S/RES/1244(1999)", "?1990", "S/RES/2231(2015)", "S/RES/2372(2017)"},
    ),
    (
        "es",
        "Recordando sus resoluciones 1244 (1999), 1990 y 2231 (2015), y su resolución 2372,",
        {"S/RES/1244(1999)", "?1990", "S/RES/2231(2015)", "S/RES/2372(2017)"},
    ),
    (
        "ru",
        "ссылаясь на свои резолюции 1244 (1999), 1990 и 2231 (2015) и свою резолюцию 2372,",
        {"S/RES/1244(1999)", "?1990", "S/RES/2231(2015)", "S/RES/2372(2017)"},
    ),
    (
        "ar",
        "إذ يشير إلى قراراته 1244 (1999) و 1990 و 2231 (2015) وإلى قراره 2372،",
        {"S/RES/1244(1999)", "?1990", "S/RES/2231(2015)", "S/RES/2372(2017)"},
    ),
    (
        "zh",
        "回顾其第1244(1999)号、第1990号和第2231(2015)号决议以及第2372号决议，",
        {"S/RES/1244(1999)", "?1990", "S/RES/2231(2015)", "S/RES/2372(2017)"},
    ),
    # its own number is its own id: no citation
    (
        "en",
        "1. Decides that the measures in paragraph 4 of resolution 2431 shall apply to those "
        "designated under "
        "resolution 2372,",
        {"S/RES/2372(2017)"},
    ),
    (
        "fr",
        "1. Décide que les mesures énoncées dans la présente résolution 2431 s'appliquent aux "
        "personnes visées "
        "par la résolution 2372,",
        {"S/RES/2372(2017)"},
    ),
]

# … look-alikes: a number without its year outside the Council's texts, or after another body
COUNCIL_SAME: list[tuple[str, str, set[str]]] = [
    ("en", GA["en"] + "Recalling its resolutions 1990 and 2372,", set()),
    ("zh", GA["zh"] + "回顾其第1990号决议，", set()),
    (
        "en",
        SC_HEAD["en"]
        + "Recalling General Assembly resolution 377 and resolution 377 of the General Assembly,",
        # (the Assembly's number of its fifth session, as ga_anchors.csv knows it: real43a)
        {"A/RES/377(V)"},
    ),
    ("en", SC_HEAD["en"] + "Recalling its resolution 2231 (2015),", {"S/RES/2231(2015)"}),
]


def _targets(text: str, lang: str) -> set[str]:
    return {c.target or f"?{c.text}" for c in extract_text(text, lang=lang).citations}


@pytest.mark.parametrize(("lang", "text", "want"), by_language(COUNCIL))
def test_council_numbers_without_year_in_its_own_texts(lang: str, text: str, want: set[str]) -> None:
    res = extract_text(SC_HEAD[lang] + text, lang=lang)
    assert res.document.source_id == "S/RES/2431(2018)"
    assert {c.target or f"?{c.text}" for c in res.citations} == want
    for c in res.citations:
        if c.target is None:
            assert c.reason and "without its year" in c.reason


@pytest.mark.parametrize(("lang", "text", "want"), by_language(COUNCIL_SAME))
def test_council_number_look_alikes(lang: str, text: str, want: set[str]) -> None:
    assert _targets(text, lang) == want


# (passage after the line of the citing body, {target: date})
RESPECTIVELY: list[tuple[str, str, dict[str, str | None]]] = [
    (
        GA["zh"],
        "回顾大会和安全理事会分别于2016年4月27日通过的第70/262号决议和第2282(2016)号决议，",
        {"A/RES/70/262": "2016-04-27", "S/RES/2282(2016)": "2016-04-27"},
    ),
    (
        GA["zh"],
        "回顾人权理事会和经济及社会理事会分别于2011年6月17日和2011年7月28日通过的第17/4号决议和第2011/37号决议，",
        {"A/HRC/RES/17/4": "2011-06-17", "E/RES/2011/37": "2011-07-28"},
    ),
    # the bodies in turn: 57/190 is the Assembly's, though the Council is named just before it
    (
        "经济及社会理事会，\n\n",
        "回顾大会和人权理事会分别通过的第57/190号决议和第6/28号决议，",
        {"A/RES/57/190": None, "A/HRC/RES/6/28": None},
    ),
    (
        "经济及社会理事会，\n\n",
        "回顾大会和人权理事会分别于2002年12月18日和2007年12月14日通过的第57/190号决议和第6/28号决议，",
        {"A/RES/57/190": "2002-12-18", "A/HRC/RES/6/28": "2007-12-14"},
    ),
]

# … look-alikes: without "respectively", a date before the first of two nouns dates only the first
RESPECTIVELY_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    (
        GA["zh"],
        "回顾大会2016年4月27日通过的第70/262号决议和第70/263号决议，",
        {"A/RES/70/262": "2016-04-27", "A/RES/70/263": None},
    ),
    (
        GA["zh"],
        "回顾大会和安全理事会分别于2016年4月27日通过的第70/262号和第2282(2016)号决议，",
        {"A/RES/70/262": "2016-04-27", "S/RES/2282(2016)": "2016-04-27"},
    ),
]


def _dated(text: str) -> dict[str, str | None]:
    return {c.target: c.date for c in extract_text(text, lang="zh").citations if c.target}


@pytest.mark.parametrize(
    ("head", "text", "want"), RESPECTIVELY, ids=[str(i) for i in range(len(RESPECTIVELY))]
)
def test_chinese_respectively_two_bodies_or_dates(head: str, text: str, want: dict[str, str | None]) -> None:
    assert _dated(head + text) == want


@pytest.mark.parametrize(
    ("head", "text", "want"), RESPECTIVELY_SAME, ids=[str(i) for i in range(len(RESPECTIVELY_SAME))]
)
def test_chinese_respectively_look_alikes(head: str, text: str, want: dict[str, str | None]) -> None:
    assert _dated(head + text) == want


# (passage after the Assembly's line, the function and verb of A/RES/71/243's record)
VERBS: list[tuple[str, str, tuple[str, str]]] = [
    # "takes note with approval": one verb that holds its joiner, not the "одобряет" after it
    (
        "ru",
        "1. принимает к сведению и одобряет резолюцию 71/243,",
        ("acknowledges", "принимает к сведению и одобряет"),
    ),
    (
        "ru",
        "1. Принимает к сведению и одобряет резолюцию 71/243,",
        ("acknowledges", "Принимает к сведению и одобряет"),
    ),
]

# … look-alikes: the verb after the joiner governs when the words before it are another verb's object
VERBS_SAME: list[tuple[str, str, tuple[str, str]]] = [
    ("ru", "1. одобряет резолюцию 71/243,", ("acts", "одобряет")),
    ("ru", "1. принимает к сведению доклад и одобряет резолюцию 71/243,", ("acts", "одобряет")),
]


@pytest.mark.parametrize(
    ("lang", "text", "want"), VERBS + VERBS_SAME, ids=[str(i) for i in range(len(VERBS) + 2)]
)
def test_a_verb_that_holds_its_joiner(lang: str, text: str, want: tuple[str, str]) -> None:
    got = [(c.function, c.verb) for c in extract_text(GA[lang] + text, lang=lang).citations]
    assert got == [want]
