"""Texts of bodies outside the General Assembly, Council and commission series numbered in
their own shapes (``numbering_shapes.csv``), in six languages — table-driven, passages written
for these tests in UN style.

Each mention gives a record, read whole ("41 C/12", "GC(65)/RES/11", "AG/RES. 2941
(XLIX-O/19)"): unresolved, with a reason naming the body, never bound to the General Assembly
or ECOSOC; the United Nations citations beside it keep their ids. Before, none gave a record.
"""

from __future__ import annotations

import pytest

from passages import by_language
from rescite.engine.extract import extract_text

# (language, passage, [(mention as written, target — None: unresolved)])
ROWS: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "en",
        "Recalling resolution 39 C/Resolution 4 of the General Conference of UNESCO on open science,",
        [("39 C/Resolution 4", None)],
    ),
    (
        "en",
        "Recalling UNESCO General Conference resolution 41 C/12 of 24 November 2021,",
        [("41 C/12", None)],
    ),
    (
        "en",
        "Taking note of 40 C/Resolution 37 and of General Assembly resolution 74/121,",
        [("40 C/Resolution 37", None), ("74/121", "A/RES/74/121")],
    ),
    (
        "en",
        "Recalling decision SS.XII/3 of the Governing Council of the United Nations Environment Programme,",
        [("SS.XII/3", None)],
    ),
    (
        "en",
        "Recalling also Governing Council decisions GC.26/3 and GC.27/9,",
        [("GC.26/3", None), ("GC.27/9", None)],
    ),
    (
        "en",
        "Noting resolution EB146.R12 of the Executive Board of the World Health Organization,",
        [("EB146.R12", None)],
    ),
    (
        "en",
        "Recalling decision EB148(4) of the WHO Executive Board of 21 January 2021,",
        [("EB148(4)", None)],
    ),
    (
        "en",
        "Recalling resolution AG/RES. 2941 (XLIX-O/19) of the General "
        "Assembly of the Organization of American States,",
        [("AG/RES. 2941 (XLIX-O/19)", None)],
    ),
    (
        "en",
        "Welcoming resolution GC(65)/RES/11 of the General Conference "
        "of the International Atomic Energy Agency,",
        [("GC(65)/RES/11", None)],
    ),
    (
        "en",
        "Recalling decision Assembly/AU/Dec.749(XXXIII) of the Assembly of the African Union,",
        [("Assembly/AU/Dec.749(XXXIII)", None)],
    ),
    (
        "en",
        "Recalling Recommendation CM/Rec(2019)2 of the Committee of Ministers of the Council of Europe,",
        [("CM/Rec(2019)2", None)],
    ),
    (
        "en",
        "Recalling General Assembly resolution 70/1 and WHA resolution 71.2,",
        [("70/1", "A/RES/70/1"), ("71.2", None)],
    ),
    (
        "en",
        "Recalling Governing Body decision GB.341/INS/5 of the International Labour Office,",
        [("GB.341/INS/5", None)],
    ),
    (
        "en",
        "¹ See UNESCO, Records of the General Conference, 40th session, vol. 1, 40 C/Resolution 52.\n",
        [("40 C/Resolution 52", None)],
    ),
    (
        "en",
        "Recalling resolutions EB140.R7 and EB142.R3 of the Executive Board,",
        [("EB140.R7", None), ("EB142.R3", None)],
    ),
    (
        "fr",
        "Rappelant la résolution 39 C/Résolution 4 de la Conférence générale de l'UNESCO,",
        [("39 C/Résolution 4", None)],
    ),
    (
        "fr",
        "Rappelant la résolution 41 C/12 de la Conférence générale de l'UNESCO, en date du 24 novembre 2021,",
        [("41 C/12", None)],
    ),
    (
        "fr",
        "Rappelant la décision SS.XII/3 du Conseil d'administration du "
        "Programme des Nations Unies pour l'environnement,",
        [("SS.XII/3", None)],
    ),
    (
        "fr",
        "Rappelant les décisions GC.26/3 et GC.27/9 du Conseil d'administration,",
        [("GC.26/3", None), ("GC.27/9", None)],
    ),
    ("fr", "Prenant note de la résolution EB146.R12 du Conseil exécutif de l'OMS,", [("EB146.R12", None)]),
    ("fr", "Rappelant la décision EB148(4) du Conseil exécutif,", [("EB148(4)", None)]),
    (
        "fr",
        "Rappelant la résolution AG/RES. 2941 (XLIX-O/19) de l'Assemblée "
        "générale de l'Organisation des États américains,",
        [("AG/RES. 2941 (XLIX-O/19)", None)],
    ),
    (
        "fr",
        "Se félicitant de la résolution GC(65)/RES/11 de la Conférence générale de l'AIEA,",
        [("GC(65)/RES/11", None)],
    ),
    (
        "fr",
        "Rappelant la décision Assembly/AU/Dec.749(XXXIII) de la Conférence de l'Union africaine,",
        [("Assembly/AU/Dec.749(XXXIII)", None)],
    ),
    (
        "fr",
        "Rappelant la Recommandation CM/Rec(2019)2 du Comité des Ministres du Conseil de l'Europe,",
        [("CM/Rec(2019)2", None)],
    ),
    (
        "fr",
        "Rappelant la décision GB.341/INS/5 du Conseil d'administration du Bureau international du Travail,",
        [("GB.341/INS/5", None)],
    ),
    (
        "fr",
        "¹ Voir UNESCO, Actes de la Conférence générale, 40e session, vol. 1, 40 C/Résolution 52.\n",
        [("40 C/Résolution 52", None)],
    ),
    (
        "fr",
        "Rappelant les résolutions EB140.R7 et EB142.R3 du Conseil exécutif,",
        [("EB140.R7", None), ("EB142.R3", None)],
    ),
    (
        "es",
        "Recordando la resolución 39 C/Resolución 4 de la Conferencia General de la UNESCO,",
        [("39 C/Resolución 4", None)],
    ),
    (
        "es",
        "Recordando la resolución 41 C/12 de la Conferencia General "
        "de la UNESCO, de 24 de noviembre de 2021,",
        [("41 C/12", None)],
    ),
    (
        "es",
        "Recordando la decisión SS.XII/3 del Consejo de Administración del "
        "Programa de las Naciones Unidas para el Medio Ambiente,",
        [("SS.XII/3", None)],
    ),
    (
        "es",
        "Recordando las decisiones GC.26/3 y GC.27/9 del Consejo de Administración,",
        [("GC.26/3", None), ("GC.27/9", None)],
    ),
    ("es", "Tomando nota de la resolución EB146.R12 del Consejo Ejecutivo de la OMS,", [("EB146.R12", None)]),
    ("es", "Recordando la decisión EB148(4) del Consejo Ejecutivo,", [("EB148(4)", None)]),
    (
        "es",
        "Recordando la resolución AG/RES. 2941 (XLIX-O/19) de la Asamblea General de la OEA,",
        [("AG/RES. 2941 (XLIX-O/19)", None)],
    ),
    (
        "es",
        "Acogiendo con beneplácito la resolución GC(65)/RES/11 de la Conferencia General del OIEA,",
        [("GC(65)/RES/11", None)],
    ),
    (
        "es",
        "Recordando la decisión Assembly/AU/Dec.749(XXXIII) de la Asamblea de la Unión Africana,",
        [("Assembly/AU/Dec.749(XXXIII)", None)],
    ),
    (
        "es",
        "Recordando la Recomendación CM/Rec(2019)2 del Comité de Ministros del Consejo de Europa,",
        [("CM/Rec(2019)2", None)],
    ),
    (
        "es",
        "Recordando la decisión GB.341/INS/5 del Consejo de "
        "Administración de la Oficina Internacional del Trabajo,",
        [("GB.341/INS/5", None)],
    ),
    (
        "es",
        "¹ Véase UNESCO, Actas de la Conferencia General, 40ª reunión, vol. 1, 40 C/Resolución 52.\n",
        [("40 C/Resolución 52", None)],
    ),
    (
        "es",
        "Recordando las resoluciones EB140.R7 y EB142.R3 del Consejo Ejecutivo,",
        [("EB140.R7", None), ("EB142.R3", None)],
    ),
    (
        "ru",
        "ссылаясь на резолюцию 39 C/Резолюция 4 Генеральной конференции ЮНЕСКО,",
        [("39 C/Резолюция 4", None)],
    ),
    (
        "ru",
        "ссылаясь на резолюцию 41 C/12 Генеральной конференции ЮНЕСКО от 24 ноября 2021 года,",
        [("41 C/12", None)],
    ),
    (
        "ru",
        "ссылаясь на решение SS.XII/3 Совета управляющих Программы "
        "Организации Объединенных Наций по окружающей среде,",
        [("SS.XII/3", None)],
    ),
    (
        "ru",
        "ссылаясь на решения GC.26/3 и GC.27/9 Совета управляющих,",
        [("GC.26/3", None), ("GC.27/9", None)],
    ),
    ("ru", "принимая к сведению резолюцию EB146.R12 Исполнительного комитета ВОЗ,", [("EB146.R12", None)]),
    ("ru", "ссылаясь на решение EB148(4) Исполнительного комитета ВОЗ,", [("EB148(4)", None)]),
    (
        "ru",
        "ссылаясь на резолюцию AG/RES. 2941 (XLIX-O/19) Генеральной "
        "ассамблеи Организации американских государств,",
        [("AG/RES. 2941 (XLIX-O/19)", None)],
    ),
    ("ru", "приветствуя резолюцию GC(65)/RES/11 Генеральной конференции МАГАТЭ,", [("GC(65)/RES/11", None)]),
    (
        "ru",
        "ссылаясь на решение Assembly/AU/Dec.749(XXXIII) Ассамблеи Африканского союза,",
        [("Assembly/AU/Dec.749(XXXIII)", None)],
    ),
    (
        "ru",
        "ссылаясь на рекомендацию CM/Rec(2019)2 Комитета министров Совета Европы,",
        [("CM/Rec(2019)2", None)],
    ),
    (
        "ru",
        "ссылаясь на решение GB.341/INS/5 Административного совета Международного бюро труда,",
        [("GB.341/INS/5", None)],
    ),
    (
        "ru",
        "¹ См. ЮНЕСКО, Акты Генеральной конференции, 40-я сессия, т. 1, 40 C/Резолюция 52.\n",
        [("40 C/Резолюция 52", None)],
    ),
    (
        "ru",
        "ссылаясь на резолюции EB140.R7 и EB142.R3 Исполнительного комитета,",
        [("EB140.R7", None), ("EB142.R3", None)],
    ),
    ("zh", "回顾教科文组织大会第41 C/12号决议，", [("41 C/12", None)]),
    ("zh", "回顾教科文组织大会39 C/第4号决议，", [("39 C/第4", None)]),
    ("zh", "回顾联合国环境规划署理事会第SS.XII/3号决定，", [("SS.XII/3", None)]),
    ("zh", "回顾理事会第GC.26/3号和第GC.27/9号决定，", [("GC.26/3", None), ("GC.27/9", None)]),
    ("zh", "注意到世界卫生组织执行委员会EB146.R12号决议，", [("EB146.R12", None)]),
    ("zh", "回顾世卫组织执行委员会EB148(4)号决定，", [("EB148(4)", None)]),
    ("zh", "回顾美洲国家组织大会AG/RES. 2941 (XLIX-O/19)号决议，", [("AG/RES. 2941 (XLIX-O/19)", None)]),
    ("zh", "欢迎国际原子能机构大会GC(65)/RES/11号决议，", [("GC(65)/RES/11", None)]),
    ("zh", "回顾非洲联盟大会Assembly/AU/Dec.749(XXXIII)号决定，", [("Assembly/AU/Dec.749(XXXIII)", None)]),
    ("zh", "回顾欧洲委员会部长委员会CM/Rec(2019)2号建议，", [("CM/Rec(2019)2", None)]),
    ("zh", "回顾国际劳工局理事机构GB.341/INS/5号决定，", [("GB.341/INS/5", None)]),
    ("zh", "回顾执行委员会EB140.R7号和EB142.R3号决议，", [("EB140.R7", None), ("EB142.R3", None)]),
    ("zh", "¹ 见教科文组织，《大会记录》，第40届会议，第1卷，40 C/第52号决议。\n", [("40 C/第52", None)]),
    ("ar", "وإذ يشير إلى القرار 41 م/12 للمؤتمر العام لليونسكو،", [("41 م/12", None)]),
    ("ar", "وإذ يشير إلى القرار 41 C/12 للمؤتمر العام لليونسكو،", [("41 C/12", None)]),
    ("ar", "وإذ يشير إلى المقرر SS.XII/3 لمجلس إدارة برنامج الأمم المتحدة للبيئة،", [("SS.XII/3", None)]),
    ("ar", "وإذ يشير إلى المقررين GC.26/3 و GC.27/9 لمجلس الإدارة،", [("GC.26/3", None), ("GC.27/9", None)]),
    ("ar", "وإذ يحيط علما بالقرار EB146.R12 للمجلس التنفيذي لمنظمة الصحة العالمية،", [("EB146.R12", None)]),
    ("ar", "وإذ يشير إلى المقرر EB148(4) للمجلس التنفيذي،", [("EB148(4)", None)]),
    (
        "ar",
        "وإذ يشير إلى القرار AG/RES. 2941 (XLIX-O/19) للجمعية العامة لمنظمة الدول الأمريكية،",
        [("AG/RES. 2941 (XLIX-O/19)", None)],
    ),
    (
        "ar",
        "وإذ يرحب بالقرار GC(65)/RES/11 للمؤتمر العام للوكالة الدولية للطاقة الذرية،",
        [("GC(65)/RES/11", None)],
    ),
    (
        "ar",
        "وإذ يشير إلى المقرر Assembly/AU/Dec.749(XXXIII) لجمعية الاتحاد الأفريقي،",
        [("Assembly/AU/Dec.749(XXXIII)", None)],
    ),
    ("ar", "وإذ يشير إلى التوصية CM/Rec(2019)2 للجنة وزراء مجلس أوروبا،", [("CM/Rec(2019)2", None)]),
    ("ar", "وإذ يشير إلى المقرر GB.341/INS/5 لمجلس إدارة مكتب العمل الدولي،", [("GB.341/INS/5", None)]),
    (
        "ar",
        "وإذ يشير إلى القرارين EB140.R7 و EB142.R3 للمجلس التنفيذي،",
        [("EB140.R7", None), ("EB142.R3", None)],
    ),
    ("ar", "وإذ يشير إلى قرار المؤتمر العام لليونسكو 40 م/القرار 52،", [("40 م/القرار 52", None)]),
    # conventions' conferences, the maritime, meteorological, civil aviation and industrial
    # organisations, UN-Habitat's Assembly, the Inter-Parliamentary Union; lists of the WHA's numbers
    (
        "en",
        "Recalling decisions BC-15/4 and SC-10/2 of the conferences of the "
        "Parties to the Basel and Stockholm Conventions,",
        [("BC-15/4", None), ("SC-10/2", None)],
    ),
    (
        "en",
        "Welcoming decision MC-5/7 of the Conference of the Parties to the Minamata "
        "Convention on Mercury, and General Assembly resolution 77/161,",
        [("MC-5/7", None), ("77/161", "A/RES/77/161")],
    ),
    (
        "en",
        "Noting resolution MEPC.377(80) of the Marine Environment "
        "Protection Committee and Assembly resolution A.1153(32),",
        [("MEPC.377(80)", None), ("A.1153(32)", None)],
    ),
    ("en", "Recalling Resolution 4 (Cg-19) of the World Meteorological Congress,", [("4 (Cg-19)", None)]),
    (
        "en",
        "Recalling resolution GC.19/Res.3 of the General Conference of UNIDO and decision IDB.50/Dec.5,",
        [("GC.19/Res.3", None), ("IDB.50/Dec.5", None)],
    ),
    ("en", "Recalling UN-Habitat Assembly resolution 2/7 of 9 June 2023,", [("2/7", None)]),
    (
        "en",
        "Recalling resolution 146/3 of the Assembly of the "
        "Inter-Parliamentary Union and General Assembly resolution 77/159,",
        [("146/3", None), ("77/159", "A/RES/77/159")],
    ),
    (
        "en",
        "Recalling World Health Assembly resolutions 75.8, 76.5 and "
        "77.2, and General Assembly resolution 78/3,",
        [("75.8", None), ("76.5", None), ("77.2", None), ("78/3", "A/RES/78/3")],
    ),
    ("fr", "Rappelant les décisions BC-15/4 et SC-10/2,", [("BC-15/4", None), ("SC-10/2", None)]),
    (
        "fr",
        "Se félicitant de la décision MC-5/7 et de la résolution 77/161 de l'Assemblée générale,",
        [("MC-5/7", None), ("77/161", "A/RES/77/161")],
    ),
    (
        "fr",
        "Prenant note de la résolution MEPC.377(80) du Comité de la protection du milieu marin,",
        [("MEPC.377(80)", None)],
    ),
    (
        "fr",
        "Rappelant la résolution GC.19/Res.3 de la Conférence générale de l'ONUDI,",
        [("GC.19/Res.3", None)],
    ),
    (
        "fr",
        "Rappelant la résolution 2/7 de l'Assemblée d'ONU-Habitat, en date du 9 juin 2023,",
        [("2/7", None)],
    ),
    (
        "es",
        "Recordando las decisiones BC-15/4, RC-11/3 y SC-10/2,",
        [("BC-15/4", None), ("RC-11/3", None), ("SC-10/2", None)],
    ),
    ("es", "Recordando la resolución 4 (Cg-19) del Congreso Meteorológico Mundial,", [("4 (Cg-19)", None)]),
    ("es", "Recordando la resolución 2/7 de la Asamblea de ONU-Hábitat,", [("2/7", None)]),
    (
        "es",
        "Recordando la resolución 146/3 de la Asamblea de la Unión Interparlamentaria,",
        [("146/3", None)],
    ),
    ("ru", "ссылаясь на решения BC-15/4 и SC-10/2,", [("BC-15/4", None), ("SC-10/2", None)]),
    (
        "ru",
        "приветствуя решение MC-5/7 Конференции Сторон Минаматской конвенции о ртути,",
        [("MC-5/7", None)],
    ),
    ("ru", "ссылаясь на резолюцию MSC.474(102) Комитета по безопасности на море,", [("MSC.474(102)", None)]),
    ("ru", "ссылаясь на резолюцию 2/7 Ассамблеи ООН-Хабитат,", [("2/7", None)]),
    (
        "ru",
        "ссылаясь на резолюцию 146/3 Ассамблеи Межпарламентского "
        "союза и резолюцию 77/159 Генеральной Ассамблеи,",
        [("146/3", None), ("77/159", "A/RES/77/159")],
    ),
    ("zh", "回顾第BC-15/4号和第SC-10/2号决定，", [("BC-15/4", None), ("SC-10/2", None)]),
    ("zh", "回顾海上安全委员会MSC.474(102)号决议，", [("MSC.474(102)", None)]),
    ("zh", "回顾人居署大会第2/7号决议，", [("2/7", None)]),
    (
        "zh",
        "回顾各国议会联盟大会第146/3号决议和大会第77/159号决议，",
        [("146/3", None), ("77/159", "A/RES/77/159")],
    ),
    ("ar", "وإذ يشير إلى المقررين BC-15/4 و SC-10/2،", [("BC-15/4", None), ("SC-10/2", None)]),
    ("ar", "وإذ يشير إلى القرار MEPC.377(80) للجنة حماية البيئة البحرية،", [("MEPC.377(80)", None)]),
    ("ar", "وإذ يشير إلى قرار جمعية موئل الأمم المتحدة 2/7،", [("2/7", None)]),
    ("ar", "وإذ يشير إلى قرار جمعية الاتحاد البرلماني الدولي 146/3،", [("146/3", None)]),
    # the organisation's name after the number, or its short name, names the FAO's Conference
    (
        "en",
        "Recalling Conference resolution 2/2023 of the Food and Agriculture "
        "Organization of the United Nations,",
        [("2/2023", None)],
    ),
    (
        "en",
        "Recalling Conference Resolution 2/2023 of FAO and resolution WHA76.5,",
        [("2/2023", None), ("WHA76.5", None)],
    ),
    ("fr", "Rappelant la résolution 2/2023 de la FAO,", [("2/2023", None)]),
    ("es", "Recordando la resolución 2/2023 de la FAO,", [("2/2023", None)]),
    ("ru", "ссылаясь на резолюцию 2/2023 ФАО,", [("2/2023", None)]),
    ("zh", "回顾粮农组织第2/2023号决议，", [("2/2023", None)]),
    ("ar", "وإذ يشير إلى قرار منظمة الأغذية والزراعة 2/2023،", [("2/2023", None)]),
]

# look-alikes that must not change: a version, an article, a page, a document symbol
LOOK_ALIKES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    ("en", "Version 38 C/2 of the software and article 38 C/2 of the Code apply; see p. 38 C.", []),
    ("en", "The model EB140.R7x and build SS.12/3 were tested with EB140 and GC.27 units.", []),
    ("en", "See the figures in table 41 C/12 of annex IV and regulation 2019/1002.", []),
    ("en", "See annex A.1(2), table SC-9/4b and part 4 (Cg) of the manual; the A4-2 format.", []),
    (
        "en",
        "See documents UNEP/GC.27/2 and HSP/GC/26/8, chapter IV.",
        [("UNEP/GC.27/2", "UNEP/GC.27/2"), ("HSP/GC/26/8", "HSP/GC/26/8")],
    ),
    (
        "fr",
        "Rappelant la résolution 70/1 de l'Assemblée générale et la version 4.2 du modèle EB140,",
        [("70/1", "A/RES/70/1")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(ROWS, LOOK_ALIKES))
def test_bodies_outside_the_series_in_their_own_shapes(
    lang: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    res = extract_text(text, lang=lang)
    got = [(c.text, c.target) for c in res.citations]
    assert got == expected
    for c in res.citations:
        if c.target is None:
            assert c.kind == "unresolved"
            assert c.body not in (None, "A", "E"), "the body is named, never the Assembly or ECOSOC"
            assert c.reason and "no id scheme" in c.reason


def test_a_shaped_number_keeps_its_date_and_verb() -> None:
    res = extract_text("Recalling resolution EB152.R3 of 4 February 2023 of the Executive Board,")
    (c,) = res.citations
    assert (c.text, c.kind, c.date, c.verb) == ("EB152.R3", "unresolved", "2023-02-04", "Recalling")
