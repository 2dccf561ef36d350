"""Texts of other bodies cited by number (round 23) — table-driven, passages written for these
tests in UN style, in six languages: specialized agencies, funds' and programmes' boards,
functional and regional commissions, treaty bodies, conferences and meetings of the Parties,
regional organisations, the IAEA and UNHCR's Executive Committee, in General Assembly, Human
Rights Council and Economic and Social Council texts and in the bodies' own texts.

A number of such a body is never bound to the General Assembly or ECOSOC: it is kept unresolved
with a reason and a body that is not the Assembly's, the Council's nor ECOSOC's (or resolved with
its own scheme), and the United Nations citations beside it keep their ids.  Fixed here (ROWS):
the adopting body named before a bracket that holds the number ("adopted by the Statistical
Commission at its fifty-fifth session (decision 55/104)"), or before the possessive with its
session between ("adopted by the Commission on Population and Development at its fifty-seventh
session, in its resolution 2024/1"); "adopted by ESCAP" (a short name without an article),
Spanish "adoptadas por", Arabic "اعتمدته", Russian names in the instrumental case ("принятую
ЭСКАТО", "…Экономической и социальной комиссией…"); the session reports of commissions in the
Economic and Social Council's Official Records ("Supplement No. 19 (E/2024/39), chap. IV,
resolution 80/3": ESCAP's); a heading "Decision adopted by the Conference of the Parties to the
Convention on Biological Diversity" (the name's "on" is no date's); the Meeting of the Parties to
the Montreal Protocol.  GUARDS: rows that held before and must keep holding.
"""

from __future__ import annotations

import pytest

from passages import OPENINGS, assert_other_bodies, by_language

#: the adopting body's line (or heading) that opens a passage, by a short name
HEADS: dict[str, str] = {
    **OPENINGS,
    "wha-en": "The Seventy-sixth World Health Assembly,\n\n",
    "fao-en": ("The Conference of the Food and Agriculture Organization of the United Nations,\n\n"),
    "imo-en": "The Assembly of the International Maritime Organization,\n\n",
    "iaea-en": "The General Conference of the International Atomic Energy Agency,\n\n",
    "escap-en": "The Economic and Social Commission for Asia and the Pacific,\n\n",
    "eclac-es": "La Comisión Económica para América Latina y el Caribe,\n\n",
    "unido-en": ("The General Conference of the United Nations Industrial Development Organization,\n\n"),
    "unesco-fr": (
        "La Conférence générale de l'Organisation des Nations Unies pour l'éducation, "
        "la science et la culture,\n\n"
    ),
    "excom-en": (
        "The Executive Committee of the Programme of the United Nations High Commissioner for Refugees,\n\n"
    ),
    "cop-basel-en": (
        "The Conference of the Parties to the Basel Convention on the Control of "
        "Transboundary Movements of Hazardous Wastes and Their Disposal,\n\n"
    ),
    "oas-es": "La Asamblea General de la Organización de los Estados Americanos,\n\n",
    "au-en": "The Assembly of the African Union,\n\n",
    "cpd-en": (
        "Commission on Population and Development\nResolution 2024/1\n\nThe Commission "
        "on Population and Development,\n\n"
    ),
    "cpd-fr": "La Commission de la population et du développement,\n\n",
    "cpd-es": "La Comisión de Población y Desarrollo,\n\n",
    "unicef-en": (
        "United Nations Children's Fund\nExecutive Board\nAnnual session "
        "2024\n\nDecision 2024/9\n\nThe Executive Board\n\n"
    ),
    "undp-en": (
        "Executive Board of the United Nations Development Programme, the United "
        "Nations Population Fund and the United Nations Office for Project "
        "Services\n\nDecision 2023/14\n\nThe Executive Board,\n\n"
    ),
    "undp-fr": (
        "Conseil d'administration du Programme des Nations Unies pour le développement, "
        "du Fonds des Nations Unies pour la population et du Bureau des Nations Unies "
        "pour les services d'appui aux projets\n\nLe Conseil d'administration,\n\n"
    ),
    "escap-fr": "La Commission économique et sociale pour l'Asie et le Pacifique,\n\n",
    "escap-ru": "Экономическая и социальная комиссия для Азии и Тихого океана,\n\n",
    "escap-zh": "亚洲及太平洋经济社会委员会，\n\n",
    "escap-ar": "إن اللجنة الاقتصادية والاجتماعية لآسيا والمحيط الهادئ،\n\n",
    "escap-es": "La Comisión Económica y Social para Asia y el Pacífico,\n\n",
    "cbd-en": (
        "Decision adopted by the Conference of the Parties to the Convention on "
        "Biological Diversity\n\n15/6. Mechanisms for planning\n\nThe Conference of the "
        "Parties,\n\n"
    ),
    "cbd-fr": (
        "Décision adoptée par la Conférence des Parties à la Convention sur la "
        "diversité biologique\n\nLa Conférence des Parties,\n\n"
    ),
    "unccd-en": (
        "The Conference of the Parties to the United Nations Convention to Combat Desertification,\n\n"
    ),
    "wha-es": "La 76.ª Asamblea Mundial de la Salud,\n\n",
    "wha-ru": "Семьдесят шестая сессия Всемирной ассамблеи здравоохранения,\n\n",
    "wha-zh": "第七十六届世界卫生大会，\n\n",
    "habitat-en": "The United Nations Habitat Assembly,\n\n",
    "isa-en": "The Assembly of the International Seabed Authority,\n\n",
    "statcom-en": "The Statistical Commission,\n\n",
    "unff-en": "The United Nations Forum on Forests,\n\n",
    "cstd-en": "The Commission on Science and Technology for Development,\n\n",
    "csocd-en": "The Commission for Social Development,\n\n",
}

Row = tuple[str, str, str, str, list[tuple[str, str | None]]]

# (language, opening's key, family, passage, [(mention as written, target — None: unresolved)])
ROWS: list[Row] = [
    (
        "en",
        "cbd-en",
        "own texts",
        "Recalling its decisions 14/8 and 15/4,",
        [("14/8", None), ("15/4", None)],
    ),
    (
        "en",
        "cbd-en",
        "own texts",
        "Recalling decision 14/27 and General Assembly resolution 77/161,",
        [("14/27", None), ("77/161", "A/RES/77/161")],
    ),
    (
        "fr",
        "ga-fr",
        "cops",
        (
            "Rappelant la décision XXXI/3 de la Réunion des Parties au Protocole de "
            "Montréal relatif à des substances qui appauvrissent la couche d'ozone et la "
            "décision 15/4 de la Conférence des Parties à la Convention sur la diversité "
            "biologique,"
        ),
        [("XXXI/3", None), ("15/4", None)],
    ),
    (
        "es",
        "ga-es",
        "cops",
        (
            "Recordando la decisión XXXI/3 de la Reunión de las Partes en el Protocolo de "
            "Montreal relativo a las Sustancias que Agotan la Capa de Ozono y la decisión "
            "15/4 de la Conferencia de las Partes en el Convenio sobre la Diversidad "
            "Biológica,"
        ),
        [("XXXI/3", None), ("15/4", None)],
    ),
    (
        "ru",
        "ga-ru",
        "cops",
        (
            "ссылаясь на решение XXXI/3 Совещания Сторон Монреальского протокола по "
            "веществам, разрушающим озоновый слой, и решение 15/4 Конференции Сторон "
            "Конвенции о биологическом разнообразии,"
        ),
        [("XXXI/3", None), ("15/4", None)],
    ),
    (
        "zh",
        "ga-zh",
        "cops",
        "回顾关于消耗臭氧层物质的蒙特利尔议定书缔约方会议第XXXI/3号决定和生物多样性公约缔约方大会第15/4号决定，",
        [("XXXI/3", None), ("15/4", None)],
    ),
    (
        "en",
        "ec-en",
        "context",
        (
            "Welcoming the resolution on population and development adopted by the "
            "Commission on Population and Development at its fifty-fifth session "
            "(resolution 2022/1),"
        ),
        [("2022/1", None)],
    ),
    (
        "en",
        "ga-en",
        "context",
        (
            "Recalling the Kunming-Montreal Global Biodiversity Framework, adopted by the "
            "Conference of the Parties to the Convention on Biological Diversity at its "
            "fifteenth meeting (decision 15/4),"
        ),
        [("15/4", None)],
    ),
    (
        "en",
        "ga-en",
        "context",
        (
            "Recalling the resolution adopted by the Economic Commission for Latin America "
            "and the Caribbean at its thirty-ninth session (resolution 760(XXXIX)) and its "
            "resolution 77/175,"
        ),
        [("760(XXXIX)", None), ("77/175", "A/RES/77/175")],
    ),
    (
        "en",
        "ga-en",
        "context",
        (
            "Taking note of resolutions 78/1, 79/3 and 79/6, adopted by ESCAP at its "
            "seventy-eighth and seventy-ninth sessions, respectively,"
        ),
        [("78/1", None), ("79/3", None), ("79/6", None)],
    ),
    (
        "ru",
        "ga-ru",
        "context",
        (
            "принимая к сведению резолюции 78/1 и 79/3, принятые Экономической и социальной "
            "комиссией для Азии и Тихого океана,"
        ),
        [("78/1", None), ("79/3", None)],
    ),
    (
        "es",
        "ga-es",
        "context",
        (
            "Tomando nota de las decisiones 15/4 y 15/5, adoptadas por la Conferencia de "
            "las Partes en el Convenio sobre la Diversidad Biológica,"
        ),
        [("15/4", None), ("15/5", None)],
    ),
    (
        "ru",
        "ga-ru",
        "context",
        (
            "принимая к сведению решения 15/4 и 15/5, принятые Конференцией Сторон "
            "Конвенции о биологическом разнообразии,"
        ),
        [("15/4", None), ("15/5", None)],
    ),
    (
        "ar",
        "ga-ar",
        "context",
        ("وإذ تحيط علما بالمقررين 15/4 و 15/5 اللذين اعتمدهما مؤتمر الأطراف في اتفاقية التنوع البيولوجي،"),
        [("15/4", None), ("15/5", None)],
    ),
    (
        "en",
        "ga-en",
        "adoption",
        (
            "Welcoming the Bangkok Declaration adopted by the Economic and Social "
            "Commission for Asia and the Pacific at its eightieth session (resolution "
            "80/2),"
        ),
        [("80/2", None)],
    ),
    (
        "en",
        "ga-en",
        "adoption",
        (
            "Welcoming the programme adopted by the Commission on Population and "
            "Development at its fifty-sixth session (resolution 2023/1),"
        ),
        [("2023/1", None)],
    ),
    (
        "en",
        "ga-en",
        "adoption",
        (
            "Taking note of the road map adopted by the Statistical Commission at its "
            "fifty-fifth session (decision 55/104) and of its resolution 78/12,"
        ),
        [("55/104", None), ("78/12", "A/RES/78/12")],
    ),
    (
        "en",
        "ga-en",
        "adoption",
        (
            "Welcoming the framework adopted by the Conference of the Parties to the "
            "Convention on Biological Diversity at its sixteenth meeting (decision 16/1),"
        ),
        [("16/1", None)],
    ),
    (
        "en",
        "ga-en",
        "adoption",
        (
            "Welcoming the guidelines endorsed by the United Nations Forum on Forests "
            "(resolution 18/2) and the strategy adopted by the Economic Commission for "
            "Latin America and the Caribbean (resolution 761(XL)),"
        ),
        [("18/2", None), ("761(XL)", None)],
    ),
    (
        "en",
        "ga-en",
        "adoption",
        ("Noting the charter adopted by ESCAP at its seventy-seventh session (resolution 77/4),"),
        [("77/4", None)],
    ),
    (
        "en",
        "ga-en",
        "adoption",
        (
            "Noting the establishment of the Human Rights Council (resolution 60/251) and "
            "the declaration adopted by the Commission for Social Development (resolution "
            "62/1),"
        ),
        [("60/251", "A/RES/60/251"), ("62/1", "E/CN.5/RES/62/1")],
    ),
    (
        "fr",
        "ga-fr",
        "adoption",
        (
            "Se félicitant de la Déclaration de Bangkok adoptée par la Commission "
            "économique et sociale pour l'Asie et le Pacifique à sa quatre-vingtième "
            "session (résolution 80/2),"
        ),
        [("80/2", None)],
    ),
    (
        "fr",
        "ga-fr",
        "adoption",
        (
            "Prenant note de la feuille de route adoptée par la Commission de statistique "
            "(décision 55/104) et de sa résolution 78/12,"
        ),
        [("55/104", None), ("78/12", "A/RES/78/12")],
    ),
    (
        "es",
        "ga-es",
        "adoption",
        (
            "Acogiendo con beneplácito la Declaración de Bangkok aprobada por la Comisión "
            "Económica y Social para Asia y el Pacífico en su 80º período de sesiones "
            "(resolución 80/2),"
        ),
        [("80/2", None)],
    ),
    (
        "es",
        "ga-es",
        "adoption",
        (
            "Tomando nota de la hoja de ruta aprobada por la Comisión de Estadística "
            "(decisión 55/104) y de su resolución 78/12,"
        ),
        [("55/104", None), ("78/12", "A/RES/78/12")],
    ),
    (
        "ru",
        "ga-ru",
        "adoption",
        (
            "приветствуя Бангкокскую декларацию, принятую Экономической и социальной "
            "комиссией для Азии и Тихого океана на ее восьмидесятой сессии (резолюция "
            "80/2),"
        ),
        [("80/2", None)],
    ),
    (
        "ru",
        "ga-ru",
        "adoption",
        (
            "принимая к сведению дорожную карту, принятую Статистической комиссией (решение "
            "55/104), и свою резолюцию 78/12,"
        ),
        [("55/104", None), ("78/12", "A/RES/78/12")],
    ),
    (
        "ru",
        "ga-ru",
        "adoption",
        "приветствуя план, принятый Советом по правам человека (резолюция 54/12),",
        [("54/12", "A/HRC/RES/54/12")],
    ),
    (
        "en",
        "ga-en",
        "adoption",
        "Taking note of resolutions 79/2 and 80/1 adopted by ESCAP,",
        [("79/2", None), ("80/1", None)],
    ),
    (
        "en",
        "ga-en",
        "adoption",
        (
            "Taking note of resolutions 78/3 and 79/5, adopted by ESCAP at its "
            "seventy-eighth and seventy-ninth sessions,"
        ),
        [("78/3", None), ("79/5", None)],
    ),
    (
        "en",
        "ga-en",
        "adoption",
        (
            "Taking note of resolution 5/7 adopted by UNEA and of resolution 76/1 adopted "
            "by the Human Rights Council,"
        ),
        [("5/7", "UNEP/EA.5/RES.7"), ("76/1", None)],
    ),
    (
        "es",
        "ga-es",
        "adoption",
        (
            "Tomando nota de las resoluciones 78/3 y 79/5, adoptadas por la Comisión "
            "Económica y Social para Asia y el Pacífico,"
        ),
        [("78/3", None), ("79/5", None)],
    ),
    (
        "es",
        "ga-es",
        "adoption",
        ("Tomando nota de las decisiones 2023/3 y 2023/8, adoptadas por la Junta Ejecutiva del UNICEF,"),
        [("2023/3", None), ("2023/8", None)],
    ),
    (
        "ru",
        "ga-ru",
        "adoption",
        (
            "принимая к сведению резолюции 78/3 и 79/5, принятые Экономической и социальной "
            "комиссией для Азии и Тихого океана,"
        ),
        [("78/3", None), ("79/5", None)],
    ),
    (
        "ru",
        "ga-ru",
        "adoption",
        (
            "принимая к сведению решения 15/4 и 15/5, принятые Конференцией Сторон "
            "Конвенции о биологическом разнообразии,"
        ),
        [("15/4", None), ("15/5", None)],
    ),
    (
        "ru",
        "ec-ru",
        "adoption",
        "принимая к сведению решение 2023/7, принятое Исполнительным советом ЮНИСЕФ,",
        [("2023/7", None)],
    ),
    (
        "ar",
        "ga-ar",
        "adoption",
        (
            "وإذ تحيط علما بالقرارين 78/3 و 79/5 اللذين اعتمدتهما اللجنة الاقتصادية "
            "والاجتماعية لآسيا والمحيط الهادئ،"
        ),
        [("78/3", None), ("79/5", None)],
    ),
    (
        "ar",
        "ga-ar",
        "adoption",
        ("وإذ تحيط علما بالقرار 79/5 الذي اعتمدته اللجنة الاقتصادية والاجتماعية لآسيا والمحيط الهادئ،"),
        [("79/5", None)],
    ),
    (
        "en",
        "ga-en",
        "adoption",
        (
            "Welcoming the declaration adopted by the Commission on Population and "
            "Development at its fifty-seventh session, in its resolution 2024/1,"
        ),
        [("2024/1", None)],
    ),
    (
        "en",
        "ga-en",
        "adoption",
        (
            "Recalling that the Economic and Social Commission for Asia and the Pacific, at "
            "its seventy-ninth session, in its resolution 79/6, decided,"
        ),
        [("79/6", None)],
    ),
    (
        "fr",
        "ga-fr",
        "adoption",
        (
            "Se félicitant de la déclaration adoptée par la Commission de la population et "
            "du développement à sa cinquante-septième session, dans sa résolution 2024/1,"
        ),
        [("2024/1", None)],
    ),
    (
        "es",
        "ga-es",
        "adoption",
        (
            "Acogiendo con beneplácito la declaración aprobada por la Comisión de Población "
            "y Desarrollo en su 57º período de sesiones, en su resolución 2024/1,"
        ),
        [("2024/1", None)],
    ),
    (
        "en",
        "ga-en",
        "adoption",
        (
            "Welcoming the plan adopted by the Human Rights Council at its fifty-fourth "
            "session, in its resolution 54/12, and its own resolution 78/188,"
        ),
        [("54/12", "A/HRC/RES/54/12"), ("78/188", "A/RES/78/188")],
    ),
    (
        "en",
        "ga-en",
        "reports",
        (
            "Recalling the Ministerial Declaration adopted by the Economic and Social "
            "Commission for Asia and the Pacific,1\n\n1. Requests the Secretary-General to "
            "report thereon;\n\n_______________\n1 See Official Records of the Economic and "
            "Social Council, 2024, Supplement No. 19 (E/2024/39), chap. IV, resolution "
            "80/3."
        ),
        [("E/2024/39", "E/2024/39"), ("80/3", None)],
    ),
    (
        "en",
        "ga-en",
        "reports",
        (
            "Recalling the Programme of Action on population,1\n\n1. Requests the "
            "Secretary-General to report thereon;\n\n_______________\n1 Official Records of "
            "the Economic and Social Council, 2023, Supplement No. 5 (E/2023/25), chap. I, "
            "sect. B, resolution 2023/1."
        ),
        [("E/2023/25", "E/2023/25"), ("2023/1", None)],
    ),
    (
        "en",
        "ga-en",
        "reports",
        (
            "Recalling the international arrangement on forests,1\n\n1. Requests the "
            "Secretary-General to report thereon;\n\n_______________\n1 Official Records of "
            "the Economic and Social Council, 2023, Supplement No. 22 (E/2023/42), chap. I, "
            "sect. A, resolution 18/1."
        ),
        [("E/2023/42", "E/2023/42"), ("18/1", None)],
    ),
    (
        "en",
        "ga-en",
        "reports",
        (
            "Recalling the work of the Commission on Science and Technology for "
            "Development,1\n\n1. Requests the Secretary-General to report "
            "thereon;\n\n_______________\n1 Official Records of the Economic and Social "
            "Council, 2023, Supplement No. 11 (E/2023/31), chap. I, sect. A, resolution "
            "26/1."
        ),
        [("E/2023/31", "E/2023/31"), ("26/1", None)],
    ),
    (
        "en",
        "ga-en",
        "reports",
        (
            "Recalling the regional road map,1\n\n1. Requests the Secretary-General to "
            "report thereon;\n\n_______________\n1 Official Records of the Economic and "
            "Social Council, 2022, Supplement No. 21 (E/2022/41), chap. I, sect. A, "
            "resolution 340 (XXXII)."
        ),
        [("E/2022/41", "E/2022/41"), ("340 (XXXII)", None)],
    ),
    (
        "en",
        "ga-en",
        "reports",
        (
            "Recalling the Commission's resolution on transport,1\n\n1. Requests the "
            "Secretary-General to report thereon;\n\n_______________\n1 Official Records of "
            "the Economic and Social Council, 2023, Supplement No. 18 (E/2023/38), chap. I, "
            "resolution 1001 (LV)."
        ),
        [("E/2023/38", "E/2023/38"), ("1001 (LV)", None)],
    ),
    (
        "fr",
        "ga-fr",
        "reports",
        (
            "Rappelant la Déclaration ministérielle adoptée par la Commission économique et "
            "sociale pour l'Asie et le Pacifique1,\n\n1. Prie le Secrétaire général de lui "
            "faire rapport;\n\n_______________\n1 Voir Documents officiels du Conseil "
            "économique et social, 2024, Supplément no 19 (E/2024/39), chap. IV, résolution "
            "80/3."
        ),
        [("E/2024/39", "E/2024/39"), ("80/3", None)],
    ),
    (
        "es",
        "ga-es",
        "reports",
        (
            "Recordando la Declaración Ministerial aprobada por la Comisión Económica y "
            "Social para Asia y el Pacífico1,\n\n1. Solicita al Secretario General que la "
            "informe;\n\n_______________\n1 Véase Documentos Oficiales del Consejo "
            "Económico y Social, 2024, Suplemento núm. 19 (E/2024/39), cap. IV, resolución "
            "80/3."
        ),
        [("E/2024/39", "E/2024/39"), ("80/3", None)],
    ),
    (
        "ar",
        "ga-ar",
        "adoption",
        (
            "وإذ تشير إلى الإعلان الذي اعتمدته اللجنة الاقتصادية والاجتماعية لآسيا والمحيط "
            "الهادئ في دورتها الثمانين (القرار 80/2)،"
        ),
        [("80/2", None)],
    ),
    (
        "ar",
        "ga-ar",
        "adoption",
        ("وإذ تشير إلى الخطة التي اعتمدها مجلس حقوق الإنسان (القرار 54/12)، وإلى قرارها 78/12،"),
        [("54/12", "A/HRC/RES/54/12"), ("78/12", "A/RES/78/12")],
    ),
    (
        "ar",
        "ga-ar",
        "adoption",
        "وإذ تحيط علما بخريطة الطريق التي اعتمدتها اللجنة الإحصائية (المقرر 55/104)،",
        [("55/104", None)],
    ),
    (
        "ar",
        "ga-ar",
        "adoption",
        (
            "وإذ تشير إلى إنشاء مجلس حقوق الإنسان (القرار 60/251)، وإلى الإعلان الذي "
            "اعتمدته لجنة التنمية الاجتماعية (القرار 62/1)،"
        ),
        [("60/251", "A/RES/60/251"), ("62/1", "E/CN.5/RES/62/1")],
    ),
]

GUARDS: list[Row] = [
    (
        "en",
        "ga-en",
        "agencies",
        (
            "Recalling resolution 4/2021 of the Conference of the Food and Agriculture "
            "Organization of the United Nations of 2 July 2021 and its own resolution "
            "76/166,"
        ),
        [("4/2021", None), ("76/166", "A/RES/76/166")],
    ),
    (
        "en",
        "ga-en",
        "agencies",
        ("Noting FAO Conference resolution 7/2017 and Economic and Social Council resolution 2019/4,"),
        [("7/2017", None), ("2019/4", "E/RES/2019/4")],
    ),
    (
        "en",
        "ga-en",
        "agencies",
        ("Welcoming decision EB150(2) of the Executive Board of the World Health Organization,"),
        [("EB150(2)", None)],
    ),
    (
        "en",
        "ga-en",
        "agencies",
        ("Recalling World Health Assembly resolutions WHA72.7 and WHA74.16 and its resolution 74/2,"),
        [("WHA72.7", None), ("WHA74.16", None), ("74/2", "A/RES/74/2")],
    ),
    (
        "en",
        "ga-en",
        "agencies",
        ("Recalling resolution EB154.R3 of the Executive Board of the World Health Organization,"),
        [("EB154.R3", None)],
    ),
    (
        "en",
        "ga-en",
        "agencies",
        (
            "Taking note of resolution A.1158(32) of the Assembly of the International "
            "Maritime Organization of 6 December 2021,"
        ),
        [("A.1158(32)", None)],
    ),
    (
        "en",
        "ga-en",
        "agencies",
        ("Recalling IMO Assembly resolutions A.1117(30) and A.1142(31) and its resolution 77/248,"),
        [("A.1117(30)", None), ("A.1142(31)", None), ("77/248", "A/RES/77/248")],
    ),
    (
        "en",
        "ga-en",
        "agencies",
        ("Recalling resolution A40-17 of the Assembly of the International Civil Aviation Organization,"),
        [("A40-17", None)],
    ),
    (
        "en",
        "ga-en",
        "agencies",
        "Noting ICAO Assembly resolutions A39-1 and A41-22,",
        [("A39-1", None), ("A41-22", None)],
    ),
    (
        "en",
        "ga-en",
        "agencies",
        (
            "Welcoming the resolution concerning decent work adopted by the International "
            "Labour Conference at its 111th session and ILO Governing Body decision "
            "GB.349/INS/4,"
        ),
        [("GB.349/INS/4", None)],
    ),
    (
        "en",
        "ga-en",
        "agencies",
        (
            "Recalling resolution GC.20/Res.3 of the General Conference of the United "
            "Nations Industrial Development Organization and its resolution 78/145,"
        ),
        [("GC.20/Res.3", None), ("78/145", "A/RES/78/145")],
    ),
    (
        "en",
        "ga-en",
        "agencies",
        "Noting decision IDB.51/Dec.6 of the Industrial Development Board,",
        [("IDB.51/Dec.6", None)],
    ),
    (
        "en",
        "ga-en",
        "agencies",
        ("Recalling UNESCO General Conference resolution 40 C/Resolution 37 and 42 C/Resolution 12,"),
        [("40 C/Resolution 37", None), ("42 C/Resolution 12", None)],
    ),
    (
        "en",
        "ga-en",
        "agencies",
        ("Welcoming resolution 41 C/18 of the General Conference of UNESCO of 24 November 2021,"),
        [("41 C/18", None)],
    ),
    (
        "en",
        "ga-en",
        "agencies",
        (
            "Recalling Resolution 140 (Rev. Bucharest, 2022) of the Plenipotentiary "
            "Conference of the International Telecommunication Union and its resolution "
            "77/150,"
        ),
        [("140 (Rev. Bucharest, 2022)", None), ("77/150", "A/RES/77/150")],
    ),
    (
        "en",
        "ga-en",
        "agencies",
        "Recalling resolution 11 (Cg-19) of the World Meteorological Congress,",
        [("11 (Cg-19)", None)],
    ),
    (
        "en",
        "ga-en",
        "agencies",
        (
            "Recalling resolution GC(66)/RES/7 of the General Conference of the "
            "International Atomic Energy Agency and General Assembly resolution 77/9,"
        ),
        [("GC(66)/RES/7", None), ("77/9", "A/RES/77/9")],
    ),
    (
        "en",
        "ga-en",
        "agencies",
        "Noting IAEA General Conference decision GC(65)/DEC/11,",
        [("GC(65)/DEC/11", None)],
    ),
    (
        "en",
        "ga-en",
        "agencies",
        "Recalling the resolution 47/3 of the WIPO General Assembly adopted in 2023,",
        [("47/3", None)],
    ),
    (
        "en",
        "ga-en",
        "agencies",
        (
            "Recalling resolution 226/XLV of the Governing Council of the International "
            "Fund for Agricultural Development,"
        ),
        [("226/XLV", None)],
    ),
    (
        "fr",
        "ga-fr",
        "agencies",
        (
            "Rappelant la résolution 4/2021 de la Conférence de l'Organisation des Nations "
            "Unies pour l'alimentation et l'agriculture et sa résolution 76/166,"
        ),
        [("4/2021", None), ("76/166", "A/RES/76/166")],
    ),
    (
        "fr",
        "ga-fr",
        "agencies",
        ("Rappelant la résolution WHA74.16 de l'Assemblée mondiale de la Santé en date du 31 mai 2021,"),
        [("WHA74.16", None)],
    ),
    (
        "fr",
        "ga-fr",
        "agencies",
        ("Prenant note de la décision EB150(2) du Conseil exécutif de l'Organisation mondiale de la Santé,"),
        [("EB150(2)", None)],
    ),
    (
        "fr",
        "ga-fr",
        "agencies",
        ("Rappelant la résolution A.1158(32) de l'Assemblée de l'Organisation maritime internationale,"),
        [("A.1158(32)", None)],
    ),
    (
        "fr",
        "ga-fr",
        "agencies",
        (
            "Rappelant la résolution A41-21 de l'Assemblée de l'Organisation de l'aviation "
            "civile internationale et sa résolution 77/248,"
        ),
        [("A41-21", None), ("77/248", "A/RES/77/248")],
    ),
    (
        "fr",
        "ga-fr",
        "agencies",
        (
            "Rappelant la résolution GC.19/Res.2 de la Conférence générale de "
            "l'Organisation des Nations Unies pour le développement industriel,"
        ),
        [("GC.19/Res.2", None)],
    ),
    (
        "fr",
        "ga-fr",
        "agencies",
        "Rappelant la résolution 41 C/15 de la Conférence générale de l'UNESCO,",
        [("41 C/15", None)],
    ),
    (
        "fr",
        "ga-fr",
        "agencies",
        (
            "Rappelant la résolution GC(67)/RES/9 de la Conférence générale de l'Agence "
            "internationale de l'énergie atomique,"
        ),
        [("GC(67)/RES/9", None)],
    ),
    (
        "fr",
        "ga-fr",
        "agencies",
        (
            "Rappelant la Résolution 130 (Rév. Bucarest, 2022) de la Conférence de "
            "plénipotentiaires de l'Union internationale des télécommunications,"
        ),
        [("130 (Rév. Bucarest, 2022)", None)],
    ),
    (
        "es",
        "ga-es",
        "agencies",
        (
            "Recordando la resolución 4/2021 de la Conferencia de la Organización de las "
            "Naciones Unidas para la Alimentación y la Agricultura y su resolución 76/166,"
        ),
        [("4/2021", None), ("76/166", "A/RES/76/166")],
    ),
    (
        "es",
        "ga-es",
        "agencies",
        ("Recordando la resolución WHA74.16 de la Asamblea Mundial de la Salud, de 31 de mayo de 2021,"),
        [("WHA74.16", None)],
    ),
    (
        "es",
        "ga-es",
        "agencies",
        (
            "Tomando nota de la decisión EB152(3) del Consejo Ejecutivo de la Organización "
            "Mundial de la Salud,"
        ),
        [("EB152(3)", None)],
    ),
    (
        "es",
        "ga-es",
        "agencies",
        ("Recordando la resolución A.1110(30) de la Asamblea de la Organización Marítima Internacional,"),
        [("A.1110(30)", None)],
    ),
    (
        "es",
        "ga-es",
        "agencies",
        (
            "Recordando la resolución A41-21 de la Asamblea de la Organización de Aviación "
            "Civil Internacional,"
        ),
        [("A41-21", None)],
    ),
    (
        "es",
        "ga-es",
        "agencies",
        (
            "Recordando la resolución GC.19/Res.2 de la Conferencia General de la "
            "Organización de las Naciones Unidas para el Desarrollo Industrial,"
        ),
        [("GC.19/Res.2", None)],
    ),
    (
        "es",
        "ga-es",
        "agencies",
        ("Recordando la resolución 41 C/15 de la Conferencia General de la UNESCO y su resolución 76/208,"),
        [("41 C/15", None), ("76/208", "A/RES/76/208")],
    ),
    (
        "es",
        "ga-es",
        "agencies",
        (
            "Recordando la resolución GC(67)/RES/9 de la Conferencia General del Organismo "
            "Internacional de Energía Atómica,"
        ),
        [("GC(67)/RES/9", None)],
    ),
    (
        "ru",
        "ga-ru",
        "agencies",
        (
            "ссылаясь на резолюцию 4/2021 Конференции Продовольственной и "
            "сельскохозяйственной организации Объединенных Наций и свою резолюцию 76/166,"
        ),
        [("4/2021", None), ("76/166", "A/RES/76/166")],
    ),
    (
        "ru",
        "ga-ru",
        "agencies",
        "ссылаясь на резолюцию WHA74.16 Всемирной ассамблеи здравоохранения,",
        [("WHA74.16", None)],
    ),
    (
        "ru",
        "ga-ru",
        "agencies",
        "ссылаясь на резолюцию A.1110(30) Ассамблеи Международной морской организации,",
        [("A.1110(30)", None)],
    ),
    (
        "ru",
        "ga-ru",
        "agencies",
        ("ссылаясь на резолюцию A41-21 Ассамблеи Международной организации гражданской авиации,"),
        [("A41-21", None)],
    ),
    (
        "ru",
        "ga-ru",
        "agencies",
        (
            "ссылаясь на резолюцию GC(67)/RES/9 Генеральной конференции Международного "
            "агентства по атомной энергии,"
        ),
        [("GC(67)/RES/9", None)],
    ),
    (
        "ru",
        "ga-ru",
        "agencies",
        (
            "ссылаясь на резолюцию GC.19/Res.2 Генеральной конференции Организации "
            "Объединенных Наций по промышленному развитию,"
        ),
        [("GC.19/Res.2", None)],
    ),
    (
        "zh",
        "ga-zh",
        "agencies",
        "回顾联合国粮食及农业组织大会第4/2021号决议和大会第76/166号决议，",
        [("4/2021", None), ("76/166", "A/RES/76/166")],
    ),
    (
        "zh",
        "ga-zh",
        "agencies",
        "回顾世界卫生大会WHA74.16号决议，",
        [("WHA74.16", None)],
    ),
    (
        "zh",
        "ga-zh",
        "agencies",
        "回顾国际原子能机构大会GC(67)/RES/9号决议，",
        [("GC(67)/RES/9", None)],
    ),
    (
        "ar",
        "ga-ar",
        "agencies",
        ("وإذ تشير إلى قرار مؤتمر منظمة الأغذية والزراعة للأمم المتحدة 4/2021 وإلى قرارها 76/166،"),
        [("4/2021", None), ("76/166", "A/RES/76/166")],
    ),
    (
        "ar",
        "ga-ar",
        "agencies",
        "وإذ تشير إلى قرار جمعية الصحة العالمية ج ص ع74-16،",
        [("74-16", None)],
    ),
    (
        "ar",
        "ga-ar",
        "agencies",
        "وإذ تشير إلى قرار المؤتمر العام للوكالة الدولية للطاقة الذرية GC(67)/RES/9،",
        [("GC(67)/RES/9", None)],
    ),
    (
        "en",
        "ga-en",
        "boards",
        (
            "Recalling decision 2023/5 of the Executive Board of the United Nations "
            "Development Programme, the United Nations Population Fund and the United "
            "Nations Office for Project Services and its resolution 75/233,"
        ),
        [("2023/5", None), ("75/233", "A/RES/75/233")],
    ),
    (
        "en",
        "ga-en",
        "boards",
        "Taking note of UNICEF Executive Board decisions 2022/11 and 2023/7,",
        [("2022/11", None), ("2023/7", None)],
    ),
    (
        "en",
        "ga-en",
        "boards",
        (
            "Taking note of decision 2021/3 of the Executive Board of the United Nations "
            "Entity for Gender Equality and the Empowerment of Women,"
        ),
        [("2021/3", None)],
    ),
    (
        "en",
        "ga-en",
        "boards",
        ("Recalling decision 2022/EB.A/4 of the Executive Board of the World Food Programme,"),
        [("2022/EB.A/4", None)],
    ),
    (
        "en",
        "ec-en",
        "boards",
        (
            "Recalling decision 2019/17 of the Executive Board of UNDP/UNFPA/UNOPS and "
            "decision 2019/9 of the UNICEF Executive Board,"
        ),
        [("2019/17", None), ("2019/9", None)],
    ),
    (
        "fr",
        "ga-fr",
        "boards",
        (
            "Rappelant la décision 2023/5 du Conseil d'administration du Programme des "
            "Nations Unies pour le développement, du Fonds des Nations Unies pour la "
            "population et du Bureau des Nations Unies pour les services d'appui aux "
            "projets,"
        ),
        [("2023/5", None)],
    ),
    (
        "fr",
        "ec-fr",
        "boards",
        (
            "Prenant note de la décision 2022/11 du Conseil d'administration du Fonds des "
            "Nations Unies pour l'enfance et de sa résolution 2022/9,"
        ),
        [("2022/11", None), ("2022/9", "E/RES/2022/9")],
    ),
    (
        "es",
        "ga-es",
        "boards",
        (
            "Recordando la decisión 2023/5 de la Junta Ejecutiva del Programa de las "
            "Naciones Unidas para el Desarrollo, el Fondo de Población de las Naciones "
            "Unidas y la Oficina de las Naciones Unidas de Servicios para Proyectos,"
        ),
        [("2023/5", None)],
    ),
    (
        "es",
        "ec-es",
        "boards",
        "Tomando nota de la decisión 2022/11 de la Junta Ejecutiva del UNICEF,",
        [("2022/11", None)],
    ),
    (
        "ru",
        "ga-ru",
        "boards",
        (
            "ссылаясь на решение 2023/5 Исполнительного совета Программы развития "
            "Организации Объединенных Наций, Фонда Организации Объединенных Наций в области "
            "народонаселения и Управления Организации Объединенных Наций по обслуживанию "
            "проектов,"
        ),
        [("2023/5", None)],
    ),
    (
        "ru",
        "ec-ru",
        "boards",
        "принимая к сведению решение 2022/11 Исполнительного совета ЮНИСЕФ,",
        [("2022/11", None)],
    ),
    (
        "zh",
        "ga-zh",
        "boards",
        "回顾开发署/人口基金/项目署执行局第2023/5号决定，",
        [("2023/5", None)],
    ),
    (
        "zh",
        "ec-zh",
        "boards",
        "注意到儿童基金会执行局第2022/11号决定，",
        [("2022/11", None)],
    ),
    (
        "ar",
        "ga-ar",
        "boards",
        (
            "وإذ تشير إلى مقرر المجلس التنفيذي لبرنامج الأمم المتحدة الإنمائي وصندوق الأمم "
            "المتحدة للسكان ومكتب الأمم المتحدة لخدمات المشاريع 2023/5،"
        ),
        [("2023/5", None)],
    ),
    (
        "ar",
        "ec-ar",
        "boards",
        "وإذ يحيط علما بمقرر المجلس التنفيذي لليونيسيف 2022/11،",
        [("2022/11", None)],
    ),
    (
        "en",
        "ga-en",
        "boards",
        (
            "Recalling decision 27/3 of the Governing Council of the United Nations Human "
            "Settlements Programme and resolution 2/1 of the United Nations Habitat "
            "Assembly,"
        ),
        [("27/3", None), ("2/1", None)],
    ),
    (
        "en",
        "ga-en",
        "commissions",
        (
            "Recalling resolution 760(XXXIX) of the Economic Commission for Latin America "
            "and the Caribbean of 28 October 2022 and its resolution 77/175,"
        ),
        [("760(XXXIX)", None), ("77/175", "A/RES/77/175")],
    ),
    (
        "en",
        "ga-en",
        "commissions",
        ("Recalling Economic and Social Commission for Asia and the Pacific resolutions 79/1 and 78/2,"),
        [("79/1", None), ("78/2", None)],
    ),
    (
        "en",
        "ga-en",
        "commissions",
        (
            "Recalling ESCAP resolution 73/9 of 19 May 2017 and General Assembly resolution "
            "72/221 of 20 December 2017,"
        ),
        [("73/9", None), ("72/221", "A/RES/72/221")],
    ),
    (
        "en",
        "ga-en",
        "commissions",
        ("Noting resolution 968 (LIV) of the Conference of Ministers of the Economic Commission for Africa,"),
        [("968 (LIV)", None)],
    ),
    (
        "en",
        "ga-en",
        "commissions",
        ("Noting resolution 345 (XXXII) of the Economic and Social Commission for Western Asia,"),
        [("345 (XXXII)", None)],
    ),
    (
        "en",
        "ec-en",
        "commissions",
        (
            "Recalling Statistical Commission decision 53/101 and Commission on Population "
            "and Development resolution 2022/1,"
        ),
        [("53/101", None), ("2022/1", None)],
    ),
    (
        "en",
        "ec-en",
        "commissions",
        ("Taking note of resolution 26/1 of the Commission on Science and Technology for Development,"),
        [("26/1", None)],
    ),
    (
        "en",
        "ec-en",
        "commissions",
        ("Recalling United Nations Forum on Forests resolution 18/1 and its resolution 2023/12,"),
        [("18/1", None), ("2023/12", "E/RES/2023/12")],
    ),
    (
        "fr",
        "ga-fr",
        "commissions",
        (
            "Rappelant la résolution 760(XXXIX) de la Commission économique pour l'Amérique "
            "latine et les Caraïbes et la résolution 79/1 de la Commission économique et "
            "sociale pour l'Asie et le Pacifique,"
        ),
        [("760(XXXIX)", None), ("79/1", None)],
    ),
    (
        "fr",
        "ec-fr",
        "commissions",
        "Rappelant la décision 53/101 de la Commission de statistique,",
        [("53/101", None)],
    ),
    (
        "es",
        "ga-es",
        "commissions",
        (
            "Recordando la resolución 760(XXXIX) de la Comisión Económica para América "
            "Latina y el Caribe, de 28 de octubre de 2022, y su resolución 77/175,"
        ),
        [("760(XXXIX)", None), ("77/175", "A/RES/77/175")],
    ),
    (
        "es",
        "ga-es",
        "commissions",
        ("Recordando la resolución 79/1 de la Comisión Económica y Social para Asia y el Pacífico,"),
        [("79/1", None)],
    ),
    (
        "es",
        "eclac-es",
        "commissions",
        ("Recordando su resolución 751(XXXVIII) y la resolución 76/1 de la Asamblea General,"),
        [("751(XXXVIII)", None), ("76/1", "A/RES/76/1")],
    ),
    (
        "en",
        "escap-en",
        "commissions",
        ("Recalling its resolution 77/1 of 29 April 2021 and General Assembly resolution 75/1,"),
        [("77/1", None), ("75/1", "A/RES/75/1")],
    ),
    (
        "ru",
        "ga-ru",
        "commissions",
        (
            "ссылаясь на резолюцию 79/1 Экономической и социальной комиссии для Азии и "
            "Тихого океана и резолюцию 760(XXXIX) Экономической комиссии для Латинской "
            "Америки и Карибского бассейна,"
        ),
        [("79/1", None), ("760(XXXIX)", None)],
    ),
    (
        "zh",
        "ga-zh",
        "commissions",
        "回顾亚洲及太平洋经济社会委员会第79/1号决议，",
        [("79/1", None)],
    ),
    (
        "zh",
        "ga-zh",
        "commissions",
        "回顾拉丁美洲和加勒比经济委员会第760(XXXIX)号决议，",
        [("760(XXXIX)", None)],
    ),
    (
        "ar",
        "ga-ar",
        "commissions",
        "وإذ تشير إلى قرار اللجنة الاقتصادية والاجتماعية لآسيا والمحيط الهادئ 79/1،",
        [("79/1", None)],
    ),
    (
        "ar",
        "ga-ar",
        "commissions",
        ("وإذ تشير إلى قرار اللجنة الاقتصادية لأمريكا اللاتينية ومنطقة البحر الكاريبي 760(د-39)،"),
        [("760", None)],
    ),
    (
        "en",
        "hrc-en",
        "treaty bodies",
        (
            "Recalling general comment No. 36 (2018) of the Human Rights Committee on the "
            "right to life and its resolution 50/9,"
        ),
        [("50/9", "A/HRC/RES/50/9")],
    ),
    (
        "en",
        "hrc-en",
        "treaty bodies",
        (
            "Recalling general recommendation No. 35 (2017) of the Committee on the "
            "Elimination of Discrimination against Women, on gender-based violence against "
            "women,"
        ),
        [],
    ),
    (
        "en",
        "ga-en",
        "treaty bodies",
        (
            "Taking note of general comment No. 25 (2021) of the Committee on the Rights of "
            "the Child and general comment No. 26 (2023),"
        ),
        [],
    ),
    (
        "en",
        "ga-en",
        "treaty bodies",
        (
            "Recalling joint general recommendation No. 31 of the Committee on the "
            "Elimination of Discrimination against Women/general comment No. 18 of the "
            "Committee on the Rights of the Child (2019),"
        ),
        [],
    ),
    (
        "fr",
        "hrc-fr",
        "treaty bodies",
        (
            "Rappelant l'observation générale no 36 (2018) du Comité des droits de l'homme "
            "et la recommandation générale no 35 (2017) du Comité pour l'élimination de la "
            "discrimination à l'égard des femmes,"
        ),
        [],
    ),
    (
        "es",
        "hrc-es",
        "treaty bodies",
        (
            "Recordando la observación general núm. 36 (2018) del Comité de Derechos "
            "Humanos y la recomendación general núm. 35 (2017) del Comité para la "
            "Eliminación de la Discriminación contra la Mujer,"
        ),
        [],
    ),
    (
        "ru",
        "hrc-ru",
        "treaty bodies",
        (
            "ссылаясь на замечание общего порядка № 36 (2018) Комитета по правам человека и "
            "общую рекомендацию № 35 (2017) Комитета по ликвидации дискриминации в "
            "отношении женщин,"
        ),
        [],
    ),
    (
        "zh",
        "hrc-zh",
        "treaty bodies",
        "回顾人权事务委员会关于生命权的第36号一般性意见(2018年)和消除对妇女歧视委员会第35号一般性建议(2017年)，",
        [],
    ),
    (
        "ar",
        "hrc-ar",
        "treaty bodies",
        (
            "وإذ يشير إلى التعليق العام رقم 36 (2018) للجنة المعنية بحقوق الإنسان والتوصية "
            "العامة رقم 35 (2017) للجنة القضاء على التمييز ضد المرأة،"
        ),
        [],
    ),
    (
        "en",
        "ga-en",
        "treaty bodies",
        ("Recalling general comment No. 24 (2017) of the Committee on Economic, Social and Cultural Rights,"),
        [],
    ),
    (
        "en",
        "ga-en",
        "treaty bodies",
        (
            "Recalling general recommendation No. 36 (2020) of the Committee on the "
            "Elimination of Racial Discrimination and its resolution 75/237,"
        ),
        [("75/237", "A/RES/75/237")],
    ),
    (
        "fr",
        "ga-fr",
        "treaty bodies",
        (
            "Rappelant l'observation générale no 25 (2021) du Comité des droits de l'enfant "
            "et sa résolution 76/147,"
        ),
        [("76/147", "A/RES/76/147")],
    ),
    (
        "es",
        "ga-es",
        "treaty bodies",
        (
            "Recordando la observación general núm. 25 (2021) del Comité de los Derechos "
            "del Niño y su resolución 76/147,"
        ),
        [("76/147", "A/RES/76/147")],
    ),
    (
        "ru",
        "ga-ru",
        "treaty bodies",
        (
            "ссылаясь на замечание общего порядка № 25 (2021) Комитета по правам ребенка и "
            "свою резолюцию 76/147,"
        ),
        [("76/147", "A/RES/76/147")],
    ),
    (
        "ar",
        "ga-ar",
        "treaty bodies",
        "وإذ تشير إلى التعليق العام رقم 25 (2021) للجنة حقوق الطفل وإلى قرارها 76/147،",
        [("76/147", "A/RES/76/147")],
    ),
    (
        "zh",
        "ga-zh",
        "treaty bodies",
        "回顾儿童权利委员会第25号一般性意见(2021年)和大会第76/147号决议，",
        [("76/147", "A/RES/76/147")],
    ),
    (
        "en",
        "cpd-en",
        "own texts",
        ("Recalling its resolutions 2022/1 and 2023/2 and Economic and Social Council resolution 2023/5,"),
        [("2022/1", None), ("2023/2", None), ("2023/5", "E/RES/2023/5")],
    ),
    (
        "fr",
        "cpd-fr",
        "own texts",
        "Rappelant ses résolutions 2022/1 et 2023/2,",
        [("2022/1", None), ("2023/2", None)],
    ),
    (
        "es",
        "cpd-es",
        "own texts",
        "Recordando sus resoluciones 2022/1 y 2023/2,",
        [("2022/1", None), ("2023/2", None)],
    ),
    (
        "en",
        "unicef-en",
        "own texts",
        ("1. Recalls its decisions 2022/11 and 2023/7 and General Assembly resolution 75/233;"),
        [("2022/11", None), ("2023/7", None), ("75/233", "A/RES/75/233")],
    ),
    (
        "en",
        "undp-en",
        "own texts",
        "1. Recalls its decision 2021/3 and decision 2022/5;",
        [("2021/3", None), ("2022/5", None)],
    ),
    (
        "fr",
        "undp-fr",
        "own texts",
        ("1. Rappelle sa décision 2021/3 et la résolution 75/233 de l'Assemblée générale;"),
        [("2021/3", None), ("75/233", "A/RES/75/233")],
    ),
    (
        "en",
        "escap-en",
        "own texts",
        "Recalling its resolutions 78/1 of 27 May 2022 and 79/3 of 19 May 2023,",
        [("78/1", None), ("79/3", None)],
    ),
    (
        "fr",
        "escap-fr",
        "own texts",
        "Rappelant ses résolutions 78/1 et 79/3,",
        [("78/1", None), ("79/3", None)],
    ),
    (
        "es",
        "escap-es",
        "own texts",
        "Recordando sus resoluciones 78/1 y 79/3,",
        [("78/1", None), ("79/3", None)],
    ),
    (
        "ru",
        "escap-ru",
        "own texts",
        "ссылаясь на свои резолюции 78/1 и 79/3,",
        [("78/1", None), ("79/3", None)],
    ),
    (
        "zh",
        "escap-zh",
        "own texts",
        "回顾其第78/1号和第79/3号决议，",
        [("78/1", None), ("79/3", None)],
    ),
    (
        "ar",
        "escap-ar",
        "own texts",
        "إذ تشير إلى قراريها 78/1 و 79/3،",
        [("78/1", None), ("79/3", None)],
    ),
    (
        "fr",
        "cbd-fr",
        "own texts",
        "Rappelant ses décisions 14/8 et 15/4,",
        [("14/8", None), ("15/4", None)],
    ),
    (
        "en",
        "unccd-en",
        "own texts",
        "Recalling decision 3/COP.8 and decision 7/COP.15,",
        [("3/COP.8", None), ("7/COP.15", None)],
    ),
    (
        "en",
        "wha-en",
        "own texts",
        "Recalling resolutions WHA72.7 and WHA74.16 and decision WHA75(9),",
        [("WHA72.7", None), ("WHA74.16", None), ("WHA75(9)", None)],
    ),
    (
        "es",
        "wha-es",
        "own texts",
        "Recordando las resoluciones WHA72.7 y WHA74.16,",
        [("WHA72.7", None), ("WHA74.16", None)],
    ),
    (
        "ru",
        "wha-ru",
        "own texts",
        "ссылаясь на резолюции WHA72.7 и WHA74.16,",
        [("WHA72.7", None), ("WHA74.16", None)],
    ),
    (
        "zh",
        "wha-zh",
        "own texts",
        "回顾WHA72.7和WHA74.16号决议，",
        [("WHA72.7", None), ("WHA74.16", None)],
    ),
    (
        "en",
        "habitat-en",
        "own texts",
        "Recalling its resolution 1/3 and General Assembly resolution 71/256,",
        [("1/3", None), ("71/256", "A/RES/71/256")],
    ),
    (
        "en",
        "isa-en",
        "own texts",
        "Recalling its decision ISBA/26/A/17 and decision 27/4,",
        [("ISBA/26/A/17", "ISBA/26/A/17"), ("27/4", None)],
    ),
    (
        "en",
        "statcom-en",
        "own texts",
        "Recalling its decisions 53/101 and 54/102,",
        [("53/101", None), ("54/102", None)],
    ),
    (
        "en",
        "unff-en",
        "own texts",
        ("Recalling its resolution 18/1 and Economic and Social Council resolution 2017/4,"),
        [("18/1", None), ("2017/4", "E/RES/2017/4")],
    ),
    (
        "en",
        "cstd-en",
        "own texts",
        "Recalling its resolution 26/1,",
        [("26/1", None)],
    ),
    (
        "en",
        "csocd-en",
        "own texts",
        "Recalling its resolution 61/1,",
        [("61/1", "E/CN.5/RES/61/1")],
    ),
    (
        "en",
        "fao-en",
        "own texts",
        "Recalling its resolutions 4/2021 and 7/2019,",
        [("4/2021", None), ("7/2019", None)],
    ),
    (
        "en",
        "imo-en",
        "own texts",
        "Recalling its resolutions A.1117(30) and A.1142(31),",
        [("A.1117(30)", None), ("A.1142(31)", None)],
    ),
    (
        "en",
        "iaea-en",
        "own texts",
        "Recalling its resolutions GC(66)/RES/7 and GC(65)/RES/11,",
        [("GC(66)/RES/7", None), ("GC(65)/RES/11", None)],
    ),
    (
        "en",
        "unido-en",
        "own texts",
        ("Recalling its resolution GC.19/Res.2 and Industrial Development Board decision IDB.51/Dec.6,"),
        [("GC.19/Res.2", None), ("IDB.51/Dec.6", None)],
    ),
    (
        "fr",
        "unesco-fr",
        "own texts",
        (
            "Rappelant sa résolution 41 C/15 et la résolution 76/208 de l'Assemblée "
            "générale des Nations Unies,"
        ),
        [("41 C/15", None), ("76/208", "A/RES/76/208")],
    ),
    (
        "en",
        "excom-en",
        "own texts",
        "Recalling its conclusions No. 109 (LXI) and No. 110 (LXI),",
        [("109 (LXI)", None), ("110 (LXI)", None)],
    ),
    (
        "en",
        "cop-basel-en",
        "own texts",
        "Recalling its decision BC-15/3 and decision BC-16/2,",
        [("BC-15/3", None), ("BC-16/2", None)],
    ),
    (
        "es",
        "oas-es",
        "own texts",
        ("Recordando sus resoluciones AG/RES. 2976 (LII-O/22) y AG/RES. 2941 (XLIX-O/19),"),
        [("2976", None), ("2941", None)],
    ),
    (
        "en",
        "au-en",
        "own texts",
        "Recalling its decision Assembly/AU/Dec.815(XXXV),",
        [("Assembly/AU/Dec.815(XXXV)", None)],
    ),
    (
        "fr",
        "ga-fr",
        "commissions",
        "Rappelant les résolutions 78/1 et 79/3 de la CESAP,",
        [("78/1", None), ("79/3", None)],
    ),
    (
        "fr",
        "ga-fr",
        "commissions",
        "Rappelant la résolution 760(XXXIX) de la CEPALC et sa résolution 77/175,",
        [("760(XXXIX)", None), ("77/175", "A/RES/77/175")],
    ),
    (
        "fr",
        "ga-fr",
        "commissions",
        "Prenant note de la résolution 345 (XXXII) de la CESAO,",
        [("345 (XXXII)", None)],
    ),
    (
        "fr",
        "ga-fr",
        "commissions",
        (
            "Rappelant la résolution 74/3 de la Commission économique et sociale pour "
            "l'Asie et le Pacifique, en date du 16 mai 2018, et sa propre résolution 73/3,"
        ),
        [("74/3", None), ("73/3", "A/RES/73/3")],
    ),
    (
        "es",
        "ga-es",
        "commissions",
        "Recordando las resoluciones 78/1 y 79/3 de la CESPAP,",
        [("78/1", None), ("79/3", None)],
    ),
    (
        "es",
        "ga-es",
        "commissions",
        "Recordando la resolución 760(XXXIX) de la CEPAL y su resolución 77/175,",
        [("760(XXXIX)", None), ("77/175", "A/RES/77/175")],
    ),
    (
        "es",
        "ga-es",
        "commissions",
        "Tomando nota de la resolución 345 (XXXII) de la CESPAO,",
        [("345 (XXXII)", None)],
    ),
    (
        "ru",
        "ga-ru",
        "commissions",
        "ссылаясь на резолюции ЭСКАТО 78/1 и 79/3,",
        [("78/1", None), ("79/3", None)],
    ),
    (
        "ru",
        "ga-ru",
        "commissions",
        "ссылаясь на резолюцию 78/1 ЭСКАТО и свою резолюцию 77/175,",
        [("78/1", None), ("77/175", "A/RES/77/175")],
    ),
    (
        "ru",
        "ga-ru",
        "commissions",
        "принимая к сведению резолюцию 345 (XXXII) ЭСКЗА,",
        [("345 (XXXII)", None)],
    ),
    (
        "zh",
        "ga-zh",
        "commissions",
        "回顾亚太经社会第78/1号和第79/3号决议，",
        [("78/1", None), ("79/3", None)],
    ),
    (
        "zh",
        "ga-zh",
        "commissions",
        "回顾拉加经委会第760(XXXIX)号决议和大会第77/175号决议，",
        [("760(XXXIX)", None), ("77/175", "A/RES/77/175")],
    ),
    (
        "zh",
        "ga-zh",
        "commissions",
        "注意到西亚经社会第345(XXXII)号决议，",
        [("345(XXXII)", None)],
    ),
    (
        "ar",
        "ga-ar",
        "commissions",
        "وإذ تشير إلى قراري الإسكاب 78/1 و 79/3،",
        [("78/1", None), ("79/3", None)],
    ),
    (
        "ar",
        "ga-ar",
        "commissions",
        "وإذ تشير إلى قرار اللجنة الاقتصادية والاجتماعية لغربي آسيا 345 (د-32)،",
        [("345", None)],
    ),
    (
        "fr",
        "ga-fr",
        "agencies",
        (
            "Rappelant la décision EB152(3) du Conseil exécutif de l'OMS et la résolution "
            "4/2021 de la Conférence de la FAO,"
        ),
        [("EB152(3)", None), ("4/2021", None)],
    ),
    (
        "es",
        "ga-es",
        "agencies",
        (
            "Recordando la decisión EB152(3) del Consejo Ejecutivo de la OMS y la "
            "resolución 4/2021 de la Conferencia de la FAO,"
        ),
        [("EB152(3)", None), ("4/2021", None)],
    ),
    (
        "ru",
        "ga-ru",
        "agencies",
        ("ссылаясь на решение EB152(3) Исполнительного комитета ВОЗ и резолюцию 4/2021 Конференции ФАО,"),
        [("EB152(3)", None), ("4/2021", None)],
    ),
    (
        "zh",
        "ga-zh",
        "agencies",
        "回顾世卫组织执行委员会EB152(3)号决定和粮农组织大会第4/2021号决议，",
        [("EB152(3)", None), ("4/2021", None)],
    ),
    (
        "fr",
        "ec-fr",
        "boards",
        (
            "Prenant note de la décision 2023/7 du Conseil d'administration de l'UNICEF et "
            "de la décision 2023/5 du Conseil d'administration du PNUD, du FNUAP et de "
            "l'UNOPS,"
        ),
        [("2023/7", None), ("2023/5", None)],
    ),
    (
        "es",
        "ec-es",
        "boards",
        (
            "Tomando nota de la decisión 2023/7 de la Junta Ejecutiva del UNICEF y de la "
            "decisión 2023/5 de la Junta Ejecutiva del PNUD, el UNFPA y la UNOPS,"
        ),
        [("2023/7", None), ("2023/5", None)],
    ),
    (
        "ru",
        "ec-ru",
        "boards",
        (
            "принимая к сведению решение 2023/7 Исполнительного совета ЮНИСЕФ и решение "
            "2023/5 Исполнительного совета ПРООН/ЮНФПА/ЮНОПС,"
        ),
        [("2023/7", None), ("2023/5", None)],
    ),
    (
        "zh",
        "ec-zh",
        "boards",
        "注意到儿童基金会执行局第2023/7号决定和开发署/人口基金/项目署执行局第2023/5号决定，",
        [("2023/7", None), ("2023/5", None)],
    ),
    (
        "ar",
        "ec-ar",
        "boards",
        (
            "وإذ يحيط علما بمقرر المجلس التنفيذي لليونيسيف 2023/7 ومقرر المجلس التنفيذي "
            "لبرنامج الأمم المتحدة الإنمائي 2023/5،"
        ),
        [("2023/7", None), ("2023/5", None)],
    ),
    (
        "en",
        "ec-en",
        "boards",
        (
            "Taking note of UN-Women Executive Board decision 2023/4 and WFP Executive "
            "Board decision 2023/EB.1/2,"
        ),
        [("2023/4", None), ("2023/EB.1/2", None)],
    ),
    (
        "fr",
        "ec-fr",
        "boards",
        "Prenant note de la décision 2023/4 du Conseil d'administration d'ONU-Femmes,",
        [("2023/4", None)],
    ),
    (
        "es",
        "ec-es",
        "boards",
        "Tomando nota de la decisión 2023/4 de la Junta Ejecutiva de ONU-Mujeres,",
        [("2023/4", None)],
    ),
    (
        "ru",
        "ec-ru",
        "boards",
        ("принимая к сведению решение 2023/4 Исполнительного совета Структуры «ООН-женщины»,"),
        [("2023/4", None)],
    ),
    (
        "zh",
        "ec-zh",
        "boards",
        "注意到妇女署执行局第2023/4号决定，",
        [("2023/4", None)],
    ),
    (
        "ar",
        "ec-ar",
        "boards",
        "وإذ يحيط علما بمقرر المجلس التنفيذي لهيئة الأمم المتحدة للمرأة 2023/4،",
        [("2023/4", None)],
    ),
    (
        "fr",
        "ec-fr",
        "commissions",
        (
            "Rappelant la résolution 2022/1 de la Commission de la population et du "
            "développement et sa résolution 2022/9,"
        ),
        [("2022/1", None), ("2022/9", "E/RES/2022/9")],
    ),
    (
        "es",
        "ec-es",
        "commissions",
        "Recordando la resolución 2022/1 de la Comisión de Población y Desarrollo,",
        [("2022/1", None)],
    ),
    (
        "ru",
        "ec-ru",
        "commissions",
        "ссылаясь на резолюцию 2022/1 Комиссии по народонаселению и развитию,",
        [("2022/1", None)],
    ),
    (
        "zh",
        "ec-zh",
        "commissions",
        "回顾人口与发展委员会第2022/1号决议，",
        [("2022/1", None)],
    ),
    (
        "ar",
        "ec-ar",
        "commissions",
        "وإذ يشير إلى قرار لجنة السكان والتنمية 2022/1،",
        [("2022/1", None)],
    ),
    (
        "en",
        "ec-en",
        "commissions",
        (
            "Recalling Commission on Population and Development resolutions 2019/1 and "
            "2022/1 and its resolution 2019/5,"
        ),
        [("2019/1", None), ("2022/1", None), ("2019/5", "E/RES/2019/5")],
    ),
    (
        "fr",
        "ec-fr",
        "commissions",
        (
            "Rappelant la décision 54/102 de la Commission de statistique et la résolution "
            "18/1 du Forum des Nations Unies sur les forêts,"
        ),
        [("54/102", None), ("18/1", None)],
    ),
    (
        "es",
        "ec-es",
        "commissions",
        (
            "Recordando la decisión 54/102 de la Comisión de Estadística y la resolución "
            "18/1 del Foro de las Naciones Unidas sobre los Bosques,"
        ),
        [("54/102", None), ("18/1", None)],
    ),
    (
        "ru",
        "ec-ru",
        "commissions",
        (
            "ссылаясь на решение 54/102 Статистической комиссии и резолюцию 18/1 Форума "
            "Организации Объединенных Наций по лесам,"
        ),
        [("54/102", None), ("18/1", None)],
    ),
    (
        "zh",
        "ec-zh",
        "commissions",
        "回顾统计委员会第54/102号决定和联合国森林论坛第18/1号决议，",
        [("54/102", None), ("18/1", None)],
    ),
    (
        "ar",
        "ec-ar",
        "commissions",
        ("وإذ يشير إلى مقرر اللجنة الإحصائية 54/102 وقرار منتدى الأمم المتحدة المعني بالغابات 18/1،"),
        [("54/102", None), ("18/1", None)],
    ),
    (
        "en",
        "ec-en",
        "commissions",
        (
            "Recalling resolution 25/1 of the Commission on Science and Technology for "
            "Development and decision 54/101 of the Statistical Commission,"
        ),
        [("25/1", None), ("54/101", None)],
    ),
    (
        "en",
        "ga-en",
        "cops",
        (
            "Noting decisions BC-16/2, RC-11/3 and SC-11/4 of the conferences of the "
            "Parties to the Basel, Rotterdam and Stockholm conventions,"
        ),
        [("BC-16/2", None), ("RC-11/3", None), ("SC-11/4", None)],
    ),
    (
        "en",
        "ga-en",
        "cops",
        (
            "Recalling decision 15/4 of the Conference of the Parties to the Convention on "
            "Biological Diversity of 19 December 2022, and its resolution 77/167,"
        ),
        [("15/4", None), ("77/167", "A/RES/77/167")],
    ),
    (
        "en",
        "ga-en",
        "cops",
        (
            "Recalling decisions 14/8 and 15/5 of the Conference of the Parties to the "
            "Convention on Biological Diversity,"
        ),
        [("14/8", None), ("15/5", None)],
    ),
    (
        "en",
        "ga-en",
        "cops",
        (
            "Welcoming decision 1/CP.27 and decision 1/CMA.4 and decision 3/COP.15 of the "
            "Conference of the Parties to the United Nations Convention to Combat "
            "Desertification,"
        ),
        [("1/CP.27", "FCCC/CP/DEC/27/1"), ("1/CMA.4", "FCCC/PA/CMA/DEC/4/1"), ("3/COP.15", None)],
    ),
    (
        "en",
        "ga-en",
        "cops",
        ("Recalling decision MC-4/3 of the Conference of the Parties to the Minamata Convention on Mercury,"),
        [("MC-4/3", None)],
    ),
    (
        "fr",
        "ga-fr",
        "cops",
        (
            "Rappelant les décisions 14/8 et 15/5 de la Conférence des Parties à la "
            "Convention sur la diversité biologique,"
        ),
        [("14/8", None), ("15/5", None)],
    ),
    (
        "fr",
        "ga-fr",
        "cops",
        (
            "Rappelant la décision 3/COP.15 de la Conférence des Parties à la Convention "
            "des Nations Unies sur la lutte contre la désertification,"
        ),
        [("3/COP.15", None)],
    ),
    (
        "es",
        "ga-es",
        "cops",
        (
            "Recordando las decisiones 14/8 y 15/5 de la Conferencia de las Partes en el "
            "Convenio sobre la Diversidad Biológica,"
        ),
        [("14/8", None), ("15/5", None)],
    ),
    (
        "ru",
        "ga-ru",
        "cops",
        ("ссылаясь на решения 14/8 и 15/5 Конференции Сторон Конвенции о биологическом разнообразии,"),
        [("14/8", None), ("15/5", None)],
    ),
    (
        "zh",
        "ga-zh",
        "cops",
        "回顾生物多样性公约缔约方大会第14/8号和第15/5号决定，",
        [("14/8", None), ("15/5", None)],
    ),
    (
        "ar",
        "ga-ar",
        "cops",
        "وإذ تشير إلى المقرر 15/4 لمؤتمر الأطراف في اتفاقية التنوع البيولوجي،",
        [("15/4", None)],
    ),
    (
        "ar",
        "ga-ar",
        "cops",
        "وإذ تشير إلى مقرري مؤتمر الأطراف في اتفاقية التنوع البيولوجي 14/8 و 15/5،",
        [("14/8", None), ("15/5", None)],
    ),
    (
        "en",
        "ga-en",
        "regional",
        (
            "Taking note of decision Assembly/AU/Dec.815(XXXV) of the Assembly of the "
            "African Union, adopted at its thirty-fifth ordinary session,"
        ),
        [("Assembly/AU/Dec.815(XXXV)", None)],
    ),
    (
        "en",
        "ga-en",
        "regional",
        (
            "Recalling resolution AG/RES. 2976 (LII-O/22) of the General Assembly of the "
            "Organization of American States and its resolution 77/4,"
        ),
        [("2976", None), ("77/4", "A/RES/77/4")],
    ),
    (
        "en",
        "ga-en",
        "regional",
        (
            "Noting Regulation (EU) 2016/679 of the European Parliament and of the Council "
            "and Directive 2011/36/EU,"
        ),
        [],
    ),
    (
        "en",
        "ga-en",
        "regional",
        (
            "Recalling Recommendation CM/Rec(2010)5 of the Committee of Ministers of the "
            "Council of Europe to member States,"
        ),
        [("CM/Rec(2010)5", None)],
    ),
    (
        "en",
        "ga-en",
        "regional",
        ("Recalling Parliamentary Assembly of the Council of Europe resolution 2417 (2022),"),
        [("2417 (2022)", None)],
    ),
    (
        "en",
        "ga-en",
        "regional",
        ("Recalling the decision of the European Council of 23 June 2022 and Council conclusions 10048/22,"),
        [],
    ),
    (
        "fr",
        "ga-fr",
        "regional",
        ("Prenant note de la décision Assembly/AU/Dec.815(XXXV) de la Conférence de l'Union africaine,"),
        [("Assembly/AU/Dec.815(XXXV)", None)],
    ),
    (
        "fr",
        "ga-fr",
        "regional",
        (
            "Rappelant la résolution AG/RES. 2976 (LII-O/22) de l'Assemblée générale de "
            "l'Organisation des États américains,"
        ),
        [("2976", None)],
    ),
    (
        "fr",
        "ga-fr",
        "regional",
        ("Rappelant la recommandation CM/Rec(2010)5 du Comité des Ministres du Conseil de l'Europe,"),
        [("CM/Rec(2010)5", None)],
    ),
    (
        "es",
        "ga-es",
        "regional",
        (
            "Recordando la resolución AG/RES. 2976 (LII-O/22) de la Asamblea General de la "
            "Organización de los Estados Americanos y su resolución 77/4,"
        ),
        [("2976", None), ("77/4", "A/RES/77/4")],
    ),
    (
        "es",
        "ga-es",
        "regional",
        ("Tomando nota de la decisión Assembly/AU/Dec.815(XXXV) de la Asamblea de la Unión Africana,"),
        [("Assembly/AU/Dec.815(XXXV)", None)],
    ),
    (
        "ru",
        "ga-ru",
        "regional",
        ("принимая к сведению решение Assembly/AU/Dec.815(XXXV) Ассамблеи Африканского союза,"),
        [("Assembly/AU/Dec.815(XXXV)", None)],
    ),
    (
        "ru",
        "ga-ru",
        "regional",
        (
            "ссылаясь на резолюцию AG/RES. 2976 (LII-O/22) Генеральной ассамблеи "
            "Организации американских государств,"
        ),
        [("2976", None)],
    ),
    (
        "ru",
        "ga-ru",
        "regional",
        "ссылаясь на решение 2022/266 Совета Европейского союза,",
        [("2022/266", None)],
    ),
    (
        "zh",
        "ga-zh",
        "regional",
        "注意到非洲联盟大会Assembly/AU/Dec.815(XXXV)号决定，",
        [("Assembly/AU/Dec.815(XXXV)", None)],
    ),
    (
        "zh",
        "ga-zh",
        "regional",
        "回顾欧洲联盟理事会第2022/266号决定，",
        [("2022/266", None)],
    ),
    (
        "ar",
        "ga-ar",
        "regional",
        "وإذ تحيط علما بمقرر جمعية الاتحاد الأفريقي Assembly/AU/Dec.815(XXXV)،",
        [("Assembly/AU/Dec.815(XXXV)", None)],
    ),
    (
        "ar",
        "ga-ar",
        "regional",
        "وإذ تشير إلى قرار مجلس الاتحاد الأوروبي 2022/266،",
        [("2022/266", None)],
    ),
    (
        "en",
        "ga-en",
        "iaea-unhcr",
        (
            "Recalling resolutions GC(67)/RES/9 and GC(67)/RES/10 of the General Conference "
            "of the International Atomic Energy Agency,"
        ),
        [("GC(67)/RES/9", None), ("GC(67)/RES/10", None)],
    ),
    (
        "en",
        "ga-en",
        "iaea-unhcr",
        ("Recalling resolution 67/9 of the General Conference of the International Atomic Energy Agency,"),
        [("67/9", None)],
    ),
    (
        "en",
        "ga-en",
        "iaea-unhcr",
        (
            "Recalling conclusion No. 109 (LXI) of 8 October 2010 of the Executive "
            "Committee of the Programme of the United Nations High Commissioner for "
            "Refugees and its resolution 65/194,"
        ),
        [("109 (LXI)", None), ("65/194", "A/RES/65/194")],
    ),
    (
        "en",
        "ga-en",
        "iaea-unhcr",
        "Recalling Executive Committee conclusions No. 22 (XXXII) and No. 85 (XLIX),",
        [("22 (XXXII)", None), ("85 (XLIX)", None)],
    ),
    (
        "fr",
        "ga-fr",
        "iaea-unhcr",
        (
            "Rappelant la conclusion no 109 (LXI) du Comité exécutif du Programme du "
            "Haut-Commissaire des Nations Unies pour les réfugiés,"
        ),
        [("109 (LXI)", None)],
    ),
    (
        "es",
        "ga-es",
        "iaea-unhcr",
        (
            "Recordando la conclusión núm. 109 (LXI) del Comité Ejecutivo del Programa del "
            "Alto Comisionado de las Naciones Unidas para los Refugiados,"
        ),
        [("109 (LXI)", None)],
    ),
    (
        "fr",
        "ga-fr",
        "iaea-unhcr",
        ("Rappelant la résolution GC(67)/RES/9 de la Conférence générale de l'AIEA et sa résolution 78/8,"),
        [("GC(67)/RES/9", None), ("78/8", "A/RES/78/8")],
    ),
    (
        "es",
        "ga-es",
        "iaea-unhcr",
        "Recordando la resolución GC(67)/RES/9 de la Conferencia General del OIEA,",
        [("GC(67)/RES/9", None)],
    ),
    (
        "ru",
        "ga-ru",
        "iaea-unhcr",
        "ссылаясь на резолюцию GC(67)/RES/9 Генеральной конференции МАГАТЭ,",
        [("GC(67)/RES/9", None)],
    ),
    (
        "zh",
        "ga-zh",
        "iaea-unhcr",
        "回顾原子能机构大会GC(67)/RES/9号决议，",
        [("GC(67)/RES/9", None)],
    ),
    (
        "ar",
        "ga-ar",
        "iaea-unhcr",
        ("وإذ تشير إلى قرار المؤتمر العام للوكالة الدولية للطاقة الذرية GC(67)/RES/9 وإلى قرارها 78/8،"),
        [("GC(67)/RES/9", None), ("78/8", "A/RES/78/8")],
    ),
    (
        "en",
        "ga-en",
        "ilc-courts",
        (
            "Taking note of the articles on the prevention of transboundary harm from "
            "hazardous activities adopted by the International Law Commission at its "
            "fifty-third session and annexed to its resolution 62/68,"
        ),
        [("62/68", "A/RES/62/68")],
    ),
    (
        "en",
        "ga-en",
        "ilc-courts",
        (
            "Recalling the advisory opinion of the International Court of Justice of 9 July "
            "2004 and the judgment of 26 February 2007 in the case concerning Application "
            "of the Convention on the Prevention and Punishment of the Crime of Genocide,"
        ),
        [],
    ),
    (
        "en",
        "ga-en",
        "ilc-courts",
        (
            "Recalling the order of the International Tribunal for the Law of the Sea in "
            "Case No. 31 and judgment No. 2015/14 of the Inter-American Court of Human "
            "Rights,"
        ),
        [],
    ),
    (
        "en",
        "ga-en",
        "ilc-courts",
        (
            "Recalling the judgment of the European Court of Human Rights in application "
            "No. 25965/04 and judgment 2019/12 of the Court of Justice of the European "
            "Union,"
        ),
        [],
    ),
    (
        "en",
        "ga-en",
        "ilc-courts",
        (
            "Noting the advisory opinion OC-23/17 of 15 November 2017 of the Inter-American "
            "Court of Human Rights,"
        ),
        [],
    ),
    (
        "en",
        "ga-en",
        "ilc-courts",
        (
            "Recalling the draft conclusions on identification of customary international "
            "law adopted by the International Law Commission at its seventieth session and "
            "its resolution 73/203,"
        ),
        [("73/203", "A/RES/73/203")],
    ),
    (
        "fr",
        "ga-fr",
        "ilc-courts",
        (
            "Rappelant l'avis consultatif rendu par la Cour internationale de Justice le 9 "
            "juillet 2004 et l'arrêt no 2015/14 de la Cour interaméricaine des droits de "
            "l'homme,"
        ),
        [],
    ),
    (
        "es",
        "ga-es",
        "ilc-courts",
        (
            "Recordando la opinión consultiva OC-23/17 de la Corte Interamericana de "
            "Derechos Humanos y la sentencia núm. 2015/14,"
        ),
        [],
    ),
    (
        "ru",
        "ga-ru",
        "ilc-courts",
        (
            "ссылаясь на консультативное заключение Международного Суда от 9 июля 2004 года "
            "и постановление 2019/12 Суда Европейского союза,"
        ),
        [],
    ),
    (
        "en",
        "ga-en",
        "context",
        (
            "Recalling the resolutions of the Economic and Social Commission for Asia and "
            "the Pacific on energy connectivity, in particular resolutions 78/1 and 79/3,"
        ),
        [("78/1", None), ("79/3", None)],
    ),
    (
        "en",
        "ga-en",
        "context",
        (
            "Welcoming the Ministerial Declaration adopted by the Economic and Social "
            "Commission for Asia and the Pacific in its resolution 79/1,"
        ),
        [("79/1", None)],
    ),
    (
        "en",
        "ga-en",
        "context",
        (
            "Noting that the Conference of the Food and Agriculture Organization of the "
            "United Nations, in its resolution 3/2019, proclaimed the year,"
        ),
        [("3/2019", None)],
    ),
    (
        "en",
        "ec-en",
        "context",
        ("Noting that the Executive Board of UNICEF, in its decision 2022/11, requested an evaluation,"),
        [("2022/11", None)],
    ),
    (
        "en",
        "ga-en",
        "context",
        (
            "Recalling the adoption by the Assembly of the African Union of decision 700 "
            "(XXX) on 29 January 2018,"
        ),
        [("700 (XXX)", None)],
    ),
    (
        "en",
        "ga-en",
        "context",
        (
            "Welcoming the decision of the Executive Board of the United Nations "
            "Development Programme, the United Nations Population Fund and the United "
            "Nations Office for Project Services in its decision 2023/5 to extend the plan,"
        ),
        [("2023/5", None)],
    ),
    (
        "en",
        "ga-en",
        "context",
        (
            "Recalling resolution 79/1 of 19 May 2023 of the Economic and Social Commission "
            "for Asia and the Pacific,"
        ),
        [("79/1", None)],
    ),
    (
        "en",
        "ga-en",
        "context",
        (
            "Recalling the World Health Organization resolutions WHA72.7 of 28 May 2019 and "
            "WHA74.16 of 31 May 2021, as well as Executive Board decision EB150(2),"
        ),
        [("WHA72.7", None), ("WHA74.16", None), ("EB150(2)", None)],
    ),
    (
        "en",
        "ga-en",
        "context",
        (
            "Taking note of decisions 2022/11 and 2023/7 adopted by the Executive Board of "
            "the United Nations Children's Fund,"
        ),
        [("2022/11", None), ("2023/7", None)],
    ),
    (
        "en",
        "ga-en",
        "context",
        (
            "Taking note of resolutions 78/1 and 79/3 adopted by the Economic and Social "
            "Commission for Asia and the Pacific,"
        ),
        [("78/1", None), ("79/3", None)],
    ),
    (
        "fr",
        "ga-fr",
        "context",
        (
            "Prenant note des résolutions 78/1 et 79/3 adoptées par la Commission "
            "économique et sociale pour l'Asie et le Pacifique,"
        ),
        [("78/1", None), ("79/3", None)],
    ),
    (
        "es",
        "ga-es",
        "context",
        (
            "Tomando nota de las resoluciones 78/1 y 79/3, aprobadas por la Comisión "
            "Económica y Social para Asia y el Pacífico,"
        ),
        [("78/1", None), ("79/3", None)],
    ),
    (
        "zh",
        "ga-zh",
        "context",
        "注意到亚洲及太平洋经济社会委员会通过的第78/1号和第79/3号决议，",
        [("78/1", None), ("79/3", None)],
    ),
    (
        "ar",
        "ga-ar",
        "context",
        (
            "وإذ تحيط علما بالقرارين 78/1 و 79/3 اللذين اتخذتهما اللجنة الاقتصادية "
            "والاجتماعية لآسيا والمحيط الهادئ،"
        ),
        [("78/1", None), ("79/3", None)],
    ),
    (
        "en",
        "ga-en",
        "context",
        (
            "Taking note of decisions 15/4 and 15/5 adopted by the Conference of the "
            "Parties to the Convention on Biological Diversity at its fifteenth meeting,"
        ),
        [("15/4", None), ("15/5", None)],
    ),
    (
        "fr",
        "ga-fr",
        "context",
        (
            "Prenant note des décisions 15/4 et 15/5 adoptées par la Conférence des Parties "
            "à la Convention sur la diversité biologique,"
        ),
        [("15/4", None), ("15/5", None)],
    ),
    (
        "zh",
        "ga-zh",
        "context",
        "注意到生物多样性公约缔约方大会通过的第15/4号和第15/5号决定，",
        [("15/4", None), ("15/5", None)],
    ),
    (
        "en",
        "ga-en",
        "context",
        (
            "Taking note of resolutions 4/2021 and 7/2021 adopted by the Conference of FAO "
            "at its forty-second session,"
        ),
        [("4/2021", None), ("7/2021", None)],
    ),
    (
        "en",
        "ga-en",
        "context",
        (
            "Taking note of decision 2023/14 adopted by the Executive Board of "
            "UNDP/UNFPA/UNOPS and of Economic and Social Council resolution 2023/31,"
        ),
        [("2023/14", None), ("2023/31", "E/RES/2023/31")],
    ),
    (
        "en",
        "ga-en",
        "context",
        ("Recalling the Pact for the Future (resolution 79/1) and the ESCAP resolution 80/1,"),
        [("Pact for the Future", "A/RES/79/1"), ("79/1", "A/RES/79/1"), ("80/1", None)],
    ),
    (
        "en",
        "ga-en",
        "context",
        (
            "Recalling resolutions 78/1 and 79/3 of the Economic and Social Commission for "
            "Asia and the Pacific and its own resolutions 78/164 and 79/1,"
        ),
        [("78/1", None), ("79/3", None), ("78/164", "A/RES/78/164"), ("79/1", "A/RES/79/1")],
    ),
    (
        "en",
        "hrc-en",
        "context",
        (
            "Recalling the resolutions of the World Health Assembly, including resolution "
            "WHA76.5, and its own resolution 53/14,"
        ),
        [("WHA76.5", None), ("53/14", "A/HRC/RES/53/14")],
    ),
    (
        "en",
        "hrc-en",
        "context",
        ("Recalling UNESCO General Conference resolution 41 C/15 and Human Rights Council resolution 52/13,"),
        [("41 C/15", None), ("52/13", "A/HRC/RES/52/13")],
    ),
    (
        "en",
        "ga-en",
        "context",
        (
            "Recalling resolution 45/2 of the General Assembly of the World Intellectual "
            "Property Organization and its resolution 45/2,"
        ),
        [("45/2", None), ("45/2", "A/RES/45/2")],
    ),
    (
        "en",
        "ga-en",
        "context",
        ("Noting that the WIPO General Assembly, at its fifty-fifth session, adopted decision 55/4,"),
        [("55/4", None)],
    ),
    (
        "en",
        "ga-en",
        "context",
        (
            "Recalling resolution 146/7 of the Assembly of the Inter-Parliamentary Union "
            "and its resolution 77/159,"
        ),
        [("146/7", None), ("77/159", "A/RES/77/159")],
    ),
    (
        "en",
        "ga-en",
        "context",
        (
            "Recalling the resolution of the 146th Assembly of the Inter-Parliamentary "
            "Union, and resolution 74/304 of the General Assembly,"
        ),
        [("74/304", "A/RES/74/304")],
    ),
    (
        "en",
        "ga-en",
        "adoption",
        ("Welcoming the plan adopted by the Human Rights Council on 6 October 2023 (resolution 54/12),"),
        [("54/12", "A/HRC/RES/54/12")],
    ),
    (
        "fr",
        "ga-fr",
        "adoption",
        (
            "Se félicitant du plan adopté par le Conseil des droits de l'homme le 6 octobre "
            "2023 (résolution 54/12),"
        ),
        [("54/12", "A/HRC/RES/54/12")],
    ),
    (
        "es",
        "ga-es",
        "adoption",
        (
            "Acogiendo con beneplácito el plan aprobado por el Consejo de Derechos Humanos "
            "el 6 de octubre de 2023 (resolución 54/12),"
        ),
        [("54/12", "A/HRC/RES/54/12")],
    ),
    (
        "ru",
        "ga-ru",
        "adoption",
        "принимая к сведению резолюцию 79/5, принятую ЭСКАТО,",
        [("79/5", None)],
    ),
    (
        "ru",
        "ga-ru",
        "adoption",
        "принимая к сведению резолюцию 4/2021, принятую Конференцией ФАО,",
        [("4/2021", None)],
    ),
]


@pytest.mark.parametrize(("lang", "head", "family", "text", "expected"), by_language(ROWS, GUARDS))
def test_other_bodies_texts(
    lang: str, head: str, family: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert_other_bodies(HEADS[head] + text, lang, family, [(m, t, None) for m, t in expected])
