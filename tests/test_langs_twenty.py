"""Passages in five languages written for these tests in the style of reports of the
Secretary-General and of treaty bodies (issue 7): each row is a form the engine missed or bound
wrongly, with the targets it must give."""

from __future__ import annotations

import pytest

from passages import assert_passage, by_language

ROWS: list[tuple[str, str, dict[str, str | None]]] = [
    # a body's subject adopts a decision, then "and" a resolution: the second noun is the same
    # body's, not the citing body's (it gave the General Assembly's A/RES/…)
    (
        "fr",
        "8. Le Conseil des droits de l'homme a adopté la décision 49/116 et la résolution 49/27 à sa "
        "quarante-neuvième session.",
        {"A/HRC/DEC/49/116": None, "A/HRC/RES/49/27": None},
    ),
    (
        "es",
        "8. El Consejo de Derechos Humanos aprobó la decisión 50/115 y la resolución 50/22 en su "
        "quincuagésimo período de sesiones.",
        {"A/HRC/DEC/50/115": None, "A/HRC/RES/50/22": None},
    ),
    (
        "ru",
        "8. Совет по правам человека принял решение 49/118 и резолюцию 49/24 на своей сорок девятой сессии.",
        {"A/HRC/DEC/49/118": None, "A/HRC/RES/49/24": None},
    ),
    (
        "ar",
        "8 - واعتمد مجلس حقوق الإنسان المقرر 49/117 والقرار 49/25 في دورته التاسعة والأربعين.",
        {"A/HRC/DEC/49/117": None, "A/HRC/RES/49/25": None},
    ),
    (
        "en",
        "The Human Rights Council adopted decision 48/116 and resolution 48/29 without a vote.",
        {"A/HRC/DEC/48/116": None, "A/HRC/RES/48/29": None},
    ),
    # … and the actor's possessive before both nouns ("in its decision … and resolution …")
    (
        "fr",
        "Le Conseil des droits de l'homme, dans sa décision 47/115 et sa résolution 47/26, a prié le "
        "Haut-Commissariat de faire rapport.",
        {"A/HRC/DEC/47/115": None, "A/HRC/RES/47/26": None},
    ),
    (
        "en",
        "The Human Rights Council, in its decision 45/117 and resolution 45/28, asked for a study.",
        {"A/HRC/DEC/45/117": None, "A/HRC/RES/45/28": None},
    ),
    # … the date of each adoption set off by commas after the verb and after "and"
    (
        "fr",
        "Le Conseil des droits de l'homme a adopté, le 5 octobre 2021, la décision 48/117 et, le "
        "8 octobre 2021, la résolution 48/31.",
        {"A/HRC/DEC/48/117": None, "A/HRC/RES/48/31": None},
    ),
    # the body after the number of a second noun is the body of a list of another noun before it
    (
        "fr",
        "Rappelant les décisions 45/114 et 45/118 ainsi que la résolution 45/4 du Conseil des droits de "
        "l'homme,",
        {"A/HRC/DEC/45/114": None, "A/HRC/DEC/45/118": None, "A/HRC/RES/45/4": None},
    ),
    (
        "es",
        "Recordando las decisiones 44/115 y 44/117, así como la resolución 44/5 del Consejo de Derechos "
        "Humanos,",
        {"A/HRC/DEC/44/115": None, "A/HRC/DEC/44/117": None, "A/HRC/RES/44/5": None},
    ),
    (
        "ru",
        "ссылаясь на решения 43/115 и 43/116, а также резолюцию 43/8 Совета по правам человека,",
        {"A/HRC/DEC/43/115": None, "A/HRC/DEC/43/116": None, "A/HRC/RES/43/8": None},
    ),
    # Chinese: the session written between the subject and the adoption's verb
    ("zh", "人权理事会第五十二届会议通过了第52/27号决议。", {"A/HRC/RES/52/27": None}),
    ("zh", "妇女地位委员会第六十七届会议通过了第67/5号决议。", {"E/CN.6/RES/67/5": None}),
    (
        "zh",
        "麻醉药品委员会在其第六十三届会议上通过了第63/4号决议和第63/1号决定。",
        {"E/CN.7/RES/63/4": None, "E/CN.7/DEC/63/1": None},
    ),
    (
        "zh",
        "8. 人权理事会第四十九届会议通过了第49/119号决定和第49/26号决议。",
        {"A/HRC/DEC/49/119": None, "A/HRC/RES/49/26": None},
    ),
    # Arabic: the verb first, then its subject and, set off by commas, the session before the object
    ("ar", "واتخذ مجلس حقوق الإنسان، في دورته الثانية والخمسين، القرار 52/25.", {"A/HRC/RES/52/25": None}),
    ("ar", "واتخذت لجنة وضع المرأة، في دورتها السابعة والستين، القرار 67/4.", {"E/CN.6/RES/67/4": None}),
    (
        "ar",
        "واتخذت لجنة المخدرات، خلال دورتها الرابعة والستين، القرار 64/2 والمقرر 64/1.",
        {"E/CN.7/RES/64/2": None, "E/CN.7/DEC/64/1": None},
    ),
    # a treaty body's symbol of combined reports is one document, not a range of two
    (
        "fr",
        "Prenant note des observations finales du Comité des droits de l'enfant (CRC/C/BEL/CO/5-6),",
        {"CRC/C/BEL/CO/5-6": None},
    ),
    (
        "ar",
        "وإذ تحيط علما بالملاحظات الختامية للجنة حقوق الطفل (CRC/C/JOR/CO/4-6)،",
        {"CRC/C/JOR/CO/4-6": None},
    ),
    (
        "es",
        "Examinados los informes periódicos combinados (CEDAW/C/PER/7-8 y E/C.12/PER/CO/2-4),",
        {"CEDAW/C/PER/7-8": None, "E/C.12/PER/CO/2-4": None},
    ),
    # "Ibid." (or the series' name) with one volume and several registration numbers in it
    (
        "fr",
        "Rappelant les Protocoles additionnels¹,\n\n¹ Ibid., vol. 1211, nos 19543 et 19544.",
        {"UNTS/1211/19543": None, "UNTS/1211/19544": None},
    ),
    (
        "es",
        "Recordando los Protocolos¹,\n\n¹ Naciones Unidas, Treaty Series, vol. 1211, núms. 19543, 19544 y "
        "19546.",
        {"UNTS/1211/19543": None, "UNTS/1211/19544": None, "UNTS/1211/19546": None},
    ),
    (
        "ru",
        "ссылаясь на Протоколы¹,\n\n¹ Там же, т. 1211, № 19543 и 19544.",
        {"UNTS/1211/19543": None, "UNTS/1211/19544": None},
    ),
    (
        "ar",
        "وإذ تشير إلى البروتوكولين(1)،\n\n(1) المرجع نفسه، المجلد 1211، الرقمان 19543 و 19544.",
        {"UNTS/1211/19543": None, "UNTS/1211/19544": None},
    ),
    (
        "zh",
        "回顾两项《议定书》¹，\n\n¹ 同上，第1211卷，第19543和19544号。",
        {"UNTS/1211/19543": None, "UNTS/1211/19544": None},
    ),
    # Arabic: "in its resolution …," then the verb and the actor after it, of the suffix's gender
    ("ar", "وفي مقرره 44/116، قرر مجلس حقوق الإنسان إرجاء النظر في المسألة.", {"A/HRC/DEC/44/116": None}),
    (
        "ar",
        "وفي قرارها 66/3، طلبت لجنة وضع المرأة إلى الأمين العام أن يقدم تقريرا.",
        {"E/CN.6/RES/66/3": None},
    ),
    # the Rome Statute by its short title, its conference document in brackets after it
    ("en", "Recalling the Rome Statute (A/CONF.183/9),", {"UNTS/2187/38544": None, "A/CONF.183/9": None}),
    ("fr", "Rappelant le Statut de Rome (A/CONF.183/9),", {"UNTS/2187/38544": None, "A/CONF.183/9": None}),
    ("es", "Recordando el Estatuto de Roma,", {"UNTS/2187/38544": None}),
    ("ru", "ссылаясь на Римский статут,", {"UNTS/2187/38544": None}),
    ("ar", "وإذ تشير إلى نظام روما الأساسي،", {"UNTS/2187/38544": None}),
    ("zh", "回顾《罗马规约》，", {"UNTS/2187/38544": None}),
    # a list of bodies, each with its text in brackets after its name
    (
        "en",
        "The report was requested by the Human Rights Council (resolution 51/3), the General Assembly "
        "(resolution 77/210) and the Economic and Social Council (resolution 2022/9).",
        {"A/HRC/RES/51/3": None, "A/RES/77/210": None, "E/RES/2022/9": None},
    ),
    (
        "fr",
        "L'Assemblée générale (résolution 76/219), le Conseil de sécurité (résolution 2601 (2021)) et le "
        "Conseil des droits de l'homme (résolution 50/9) ont prié le Secrétaire général de faire rapport.",
        {"A/RES/76/219": None, "S/RES/2601(2021)": None, "A/HRC/RES/50/9": None},
    ),
    (
        "es",
        "La Asamblea General (resolución 76/219) y el Consejo de Derechos Humanos (resolución 50/9) lo "
        "pidieron.",
        {"A/RES/76/219": None, "A/HRC/RES/50/9": None},
    ),
    (
        "ru",
        "Генеральная Ассамблея (резолюция 76/219) и Совет по правам человека (резолюция 50/9) просили "
        "об этом.",
        {"A/RES/76/219": None, "A/HRC/RES/50/9": None},
    ),
    (
        "ar",
        "وطلبت ذلك الجمعية العامة (القرار 76/219) ومجلس حقوق الإنسان (القرار 50/9).",
        {"A/RES/76/219": None, "A/HRC/RES/50/9": None},
    ),
    (
        "zh",
        "大会(第76/219号决议)和人权理事会(第50/9号决议)提出了这一请求。",
        {"A/RES/76/219": None, "A/HRC/RES/50/9": None},
    ),
    # Spanish: the session's number in figures with the ordinal's mark ("52º", "52.º")
    (
        "es",
        "El Consejo de Derechos Humanos, en su 52º período de sesiones, aprobó la resolución 52/19.",
        {"A/HRC/RES/52/19": None},
    ),
    (
        "es",
        "La Comisión de la Condición Jurídica y Social de la Mujer, en su 67.º período de sesiones, "
        "aprobó la resolución 67/2.",
        {"E/CN.6/RES/67/2": None},
    ),
]

#: passages whose second noun keeps its own owner (or the citing body's): no change
SAME: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        "The General Assembly,\n\nRecalling Human Rights Council resolution 5/1 and its resolution 60/251,",
        {"A/HRC/RES/5/1": None, "A/RES/60/251": None},
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nRappelant la résolution 5/1 du Conseil des droits de l'homme et sa "
        "résolution 60/251,",
        {"A/HRC/RES/5/1": None, "A/RES/60/251": None},
    ),
    (
        "en",
        "The Human Rights Council adopted decision 49/116 and Security Council resolution 2467 (2019) "
        "was recalled.",
        {"A/HRC/DEC/49/116": None, "S/RES/2467(2019)": None},
    ),
    # … other symbols' short ranges are still ranges
    (
        "en",
        "See the summary records (A/C.3/61/SR.8-10) and the report (CRC/C/BEL/CO/6), the next one.",
        {"A/C.3/61/SR.8": None, "A/C.3/61/SR.9": None, "A/C.3/61/SR.10": None, "CRC/C/BEL/CO/6": None},
    ),
    # … a year after the list word is no registration number
    (
        "en",
        "Recalling the Convention¹,\n\n¹ United Nations, Treaty Series, vol. 1211, No. 19543 and 2006.",
        {"UNTS/1211/19543": None},
    ),
    # … not another noun after the comma, nor an actor of the other gender
    (
        "ar",
        "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 70/1، وقرار مجلس حقوق الإنسان 32/2،",
        {"A/RES/70/1": None, "A/HRC/RES/32/2": None},
    ),
    (
        "ar",
        "إن الجمعية العامة،\n\nوفي قرارها 70/1، طلب مجلس حقوق الإنسان إلى المفوضية أن تقدم تقريرا.",
        {"A/RES/70/1": None},
    ),
    # … a body named alone before the bracket of the text that established it
    (
        "en",
        "The General Assembly,\n\nWelcomes the work of the Human Rights Council (resolution 60/251),",
        {"A/RES/60/251": None},
    ),
    # the body after a second noun's number: not over a number of another shape, nor one the
    # body could not have adopted, nor a list of the same noun
    (
        "fr",
        "L'Assemblée générale,\n\nRappelant la décision 2022/236 et la résolution 45/4 du Conseil des "
        "droits de l'homme,",
        {"E/DEC/2022/236": None, "A/HRC/RES/45/4": None},
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nRappelant la décision 76/544 et la résolution 45/4 du Conseil des "
        "droits de l'homme,",
        {"A/DEC/76/544": None, "A/HRC/RES/45/4": None},
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nRappelant la résolution 71/1 et la résolution 45/4 du Conseil des "
        "droits de l'homme,",
        {"A/RES/71/1": None, "A/HRC/RES/45/4": None},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(ROWS))
def test_passage_in_language(lang: str, text: str, expected: dict[str, str | None]) -> None:
    res = assert_passage(text, expected)
    assert res.citations, lang


@pytest.mark.parametrize(("lang", "text", "expected"), by_language([], SAME))
def test_second_noun_keeps_its_owner(lang: str, text: str, expected: dict[str, str | None]) -> None:
    res = assert_passage(text, expected)
    assert res.citations, lang
