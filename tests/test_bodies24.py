"""Texts of other bodies cited by number (round 24) — table-driven, passages written for these
tests in UN style.

Fixed here (ROWS): the Chinese adopting body named before its session and "通过的", the text's
title (in quotes or not) between that word and the bracket of its number ("…委员会第七十九届会议
通过的宣言（第79/1号决议）": the commission's, never the Assembly's); numbers in shapes of bodies
that had none (CMS and CITES "resolution 14.5", "Resolution Conf. 17.4", Ramsar "Resolution
XIV.17", OPCW "C-27/DEC.5" and "EC-101/DEC.4", Cartagena and Nagoya "CP-10/6", "NP-4/3", the
ICC Assembly's "ICC-ASP/20/Res.5", the IAEA Board's "GOV/2023/11"), kept unresolved with their
body; a shape several bodies write ("{noun} {session}.{n}") read only where a body is named after
it; an ordinal before the body's name ("of the Thirty-first Meeting of the Parties", "par la
trente et unième Réunion des Parties"); UNHCR Executive Committee conclusions in Russian,
Chinese and Arabic.  GUARDS: rows that held before and must keep holding.
"""

from __future__ import annotations

import pytest

from passages import OPENINGS, assert_other_bodies, by_language

#: the citing body's line that opens a passage, by a short name
HEADS: dict[str, str] = {
    **OPENINGS,
}

Row = tuple[str, str, str, str, list[tuple[str, str | None, str | None]]]

# (language, opening's key, family, passage, [(mention as written, target — None: unresolved,
# the record's body — None: not checked)])
ROWS: list[Row] = [
    # the Chinese adopter before its session and "通过的", the title between, then the bracket
    (
        "zh",
        "ga-zh",
        "escap",
        "欢迎亚洲及太平洋经济社会委员会第七十八届会议通过的宣言（第78/3号决议），",
        [("78/3", None, "E/ESCAP")],
    ),
    (
        "zh",
        "ga-zh",
        "escap",
        "注意到亚洲及太平洋经济社会委员会第八十届会议通过的《关于区域合作的曼谷宣言》（第80/5号决议），",
        [("80/5", None, "E/ESCAP")],
    ),
    (
        "zh",
        "hrc-zh",
        "habitat",
        "欢迎联合国人类住区规划署大会第二届会议通过的战略计划（第2/6号决议），",
        [("2/6", None, "HSP/HA")],
    ),
    (
        "zh",
        "ec-zh",
        "eclac",
        "回顾拉丁美洲和加勒比经济委员会第四十届会议通过的决议（第762(XL)号决议），",
        [("762(XL)", None, "LC")],
    ),
    (
        "zh",
        "ga-zh",
        "escap",
        "回顾其第78/1号决议，并欢迎亚洲及太平洋经济社会委员会第七十九届会议通过的行动计划（第79/2号决议），",
        [("78/1", "A/RES/78/1", None), ("79/2", None, "E/ESCAP")],
    ),
    # numbers in shapes of bodies that had none
    (
        "en",
        "ga-en",
        "cms",
        "Recalling resolution 13.7 adopted by the Conference of the Parties to the Convention on the "
        "Conservation of Migratory Species of Wild Animals at its thirteenth meeting,",
        [("13.7", None, "UNEP/CMS")],
    ),
    (
        "en",
        "ga-en",
        "cites",
        "Noting Resolution Conf. 18.6 of the Conference of the Parties to the Convention on International "
        "Trade in Endangered Species of Wild Fauna and Flora,",
        [("Conf. 18.6", None, "CITES")],
    ),
    (
        "en",
        "ga-en",
        "cites",
        "Noting also decision 19.42 of the Conference of the Parties to CITES,",
        [("19.42", None, "CITES")],
    ),
    (
        "en",
        "ga-en",
        "ramsar",
        "Welcoming Resolution XIII.21 adopted by the Conference of the Contracting Parties to the "
        "Convention on Wetlands,",
        [("XIII.21", None, "RAMSAR")],
    ),
    (
        "en",
        "ga-en",
        "opcw",
        "Taking note of decision C-26/DEC.9 of the Conference of the States Parties to the Chemical "
        "Weapons Convention and decision EC-101/DEC.4 of the Executive Council of the OPCW,",
        [("C-26/DEC.9", None, "OPCW/C"), ("EC-101/DEC.4", None, "OPCW/EC")],
    ),
    (
        "en",
        "ga-en",
        "cartagena",
        "Recalling decision CP-9/7 of the Conference of the Parties serving as the meeting of the Parties "
        "to the Cartagena Protocol on Biosafety and decision NP-4/3,",
        [("CP-9/7", None, "CBD/CP"), ("NP-4/3", None, "CBD/NP")],
    ),
    (
        "en",
        "ga-en",
        "icc",
        "Welcoming resolution ICC-ASP/21/Res.2 of the Assembly of States Parties to the Rome Statute of "
        "the International Criminal Court,",
        [("ICC-ASP/21/Res.2", None, "ICC/ASP")],
    ),
    (
        "en",
        "ga-en",
        "iaea",
        "Noting the report of the Director General to the Board of Governors of the International Atomic "
        "Energy Agency (GOV/2022/19),",
        [("GOV/2022/19", None, "GOV")],
    ),
    (
        "fr",
        "ga-fr",
        "cites",
        "Prenant note de la résolution Conf. 17.3 de la Conférence des Parties à la Convention sur le "
        "commerce international des espèces de faune et de flore sauvages menacées d'extinction,",
        [("Conf. 17.3", None, "CITES")],
    ),
    (
        "es",
        "ga-es",
        "opcw",
        "Tomando nota de la decisión C-25/DEC.3 de la Conferencia de los Estados Partes en la Convención "
        "sobre las Armas Químicas,",
        [("C-25/DEC.3", None, "OPCW/C")],
    ),
    # an ordinal before the body's name
    (
        "en",
        "ga-en",
        "ozone",
        "Welcoming decision XXXIII/5 of the Thirty-third Meeting of the Parties to the Montreal Protocol,",
        [("XXXIII/5", None, "UNEP/OZL")],
    ),
    (
        "fr",
        "ga-fr",
        "ozone",
        "Se félicitant de la décision XXXII/4 adoptée par la trente-deuxième Réunion des Parties au "
        "Protocole de Montréal,",
        [("XXXII/4", None, "UNEP/OZL")],
    ),
    (
        "fr",
        "ga-fr",
        "ozone",
        "Rappelant la décision XXXI/7 adoptée par la trente et unième Réunion des Parties au "
        "Protocole de Montréal,",
        [("XXXI/7", None, "UNEP/OZL")],
    ),
    (
        "es",
        "ga-es",
        "ozone",
        "Acogiendo con beneplácito la decisión XXXIV/2 de la 34.ª Reunión de las Partes en el "
        "Protocolo de Montreal,",
        [("XXXIV/2", None, "UNEP/OZL")],
    ),
    # UNHCR Executive Committee conclusions in Russian, Chinese and Arabic
    (
        "ru",
        "ga-ru",
        "excom",
        "ссылаясь на заключение № 107 (LVIII) Исполнительного комитета Программы Верховного комиссара "
        "Организации Объединенных Наций по делам беженцев,",
        [("107 (LVIII)", None, "UNHCR")],
    ),
    (
        "zh",
        "ga-zh",
        "excom",
        "回顾联合国难民事务高级专员方案执行委员会第105(LVII)号结论，",
        [("105(LVII)", None, "UNHCR")],
    ),
    (
        "zh",
        "ga-zh",
        "excom",
        "回顾难民署执行委员会第103 (LVI)号结论和第110(LXII)号结论，",
        [("103 (LVI)", None, "UNHCR"), ("110(LXII)", None, "UNHCR")],
    ),
    (
        "ar",
        "ga-ar",
        "excom",
        "إذ تشير إلى الاستنتاج رقم 108 (د-60) للجنة التنفيذية لبرنامج مفوض الأمم المتحدة "
        "السامي لشؤون اللاجئين،",
        [("108 (د-60)", None, "UNHCR")],
    ),
]

GUARDS: list[Row] = [
    (
        "zh",
        "hrc-zh",
        "ga",
        "欢迎大会第七十八届会议通过的宣言（第78/2号决议），",
        [("78/2", "A/RES/78/2", None)],
    ),
    (
        "zh",
        "ga-zh",
        "ga",
        "回顾其第77/4号决议和第78/5号决议，",
        [("77/4", "A/RES/77/4", None), ("78/5", "A/RES/78/5", None)],
    ),
    (
        "en",
        "ga-en",
        "unknown",
        "Noting resolution 14.5 adopted by the World Organisation for Animal Health and recalling "
        "its resolution 77/3,",
        [("77/3", "A/RES/77/3", None)],
    ),
    (
        "en",
        "ga-en",
        "wha",
        "Recalling World Health Assembly resolution 75.2 and resolution WHA76.5,",
        [("75.2", None, "WHA"), ("WHA76.5", None, "WHA")],
    ),
    (
        "en",
        "ga-en",
        "ozone",
        "Recalling decision XXX/6 of the Meeting of the Parties to the Montreal Protocol,",
        [("XXX/6", None, "UNEP/OZL")],
    ),
    (
        "en",
        "ga-en",
        "basel",
        "Recalling decisions BC-15/2, RC-10/4 and SC-10/6,",
        [("BC-15/2", None, "UNEP/CHW"), ("RC-10/4", None, "UNEP/FAO/RC"), ("SC-10/6", None, "UNEP/POPS")],
    ),
    (
        "ar",
        "ga-ar",
        "ga",
        "إذ تشير إلى قرارها 1514 (د-15) والقرار رقم 2200 (د-21)،",
        [("1514", "A/RES/1514(XV)", None), ("2200", "A/RES/2200(XXI)", None)],
    ),
    (
        "ru",
        "ga-ru",
        "iom",
        "ссылаясь на резолюцию № 1311 Совета МОМ и на свою резолюцию 1514 (XV),",
        [("1311", None, "IOM"), ("1514 (XV)", "A/RES/1514(XV)", None)],
    ),
    ("zh", "ga-zh", "imo", "回顾国际海事组织大会第A.1120(31)号决议，", [("A.1120(31)", None, "IMO")]),
    ("zh", "ga-zh", "icao", "回顾国际民用航空组织大会第A40-18号决议，", [("A40-18", None, "ICAO")]),
    (
        "ar",
        "ga-ar",
        "imo",
        "إذ تشير إلى القرار A.1120(31) الذي اتخذته جمعية المنظمة البحرية الدولية،",
        [("A.1120(31)", None, "IMO")],
    ),
    (
        "ar",
        "ga-ar",
        "icao",
        "إذ تشير إلى القرار A40-18 لجمعية منظمة الطيران المدني الدولي،",
        [("A40-18", None, "ICAO")],
    ),
]


@pytest.mark.parametrize(("lang", "head", "family", "text", "expected"), by_language(ROWS, GUARDS))
def test_other_bodies_numbers(
    lang: str, head: str, family: str, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert_other_bodies(HEADS[head] + text, lang, family, expected)
