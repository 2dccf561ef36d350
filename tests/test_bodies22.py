"""Texts of bodies outside the General Assembly, Security Council and ECOSOC/commission series
(round 22) — table-driven, passages written for these tests in UN style, in six languages: General
Assembly and ECOSOC texts citing those bodies' texts, and those bodies' own texts citing each other
and the Assembly.

A number of such a body is never bound to the General Assembly or ECOSOC: it is kept unresolved
with a reason naming its body (or resolved with its own scheme, the Environment Assembly's), and
the United Nations citations beside it keep their ids.  Fixed here: the body named past the
number's date ("decision 27/2 of 22 February 2013 of the Governing Council of UNEP", "74/3,
adopted on 16 May 2018 by ESCAP", which were General Assembly texts when the session fits); the
headings of the Habitat Assembly and of the ECA's Conference of Ministers; the WFP Executive
Board's "2023/EB.A/5", the OAS's "2908 (XLVII-O/17)", the UNCCD's "3/COP.8" and the UNESCO
Executive Board's "216 EX/5".
"""

from __future__ import annotations

import pytest

from passages import ECOSOC, GA, by_language
from rescite.engine.extract import extract_text

#: the adopting body's line that opens a passage (its text), by a short name
HEADS: dict[str, str] = {
    **{f"h{i}": line for i, line in enumerate(GA.values())},
    "h6": "The United Nations Environment Assembly,\n\n",
    "h7": "L'Assemblée des Nations Unies pour l'environnement,\n\n",
    "h8": "La Asamblea de las Naciones Unidas sobre el Medio Ambiente,\n\n",
    "h9": "Ассамблея Организации Объединенных Наций по окружающей среде,\n\n",
    "h10": "联合国环境大会，\n\n",
    "h11": "إن جمعية الأمم المتحدة للبيئة،\n\n",
    "h12": "The Seventy-seventh World Health Assembly,\n\n",
    "h13": "La Soixante-Dix-Septième Assemblée mondiale de la Santé,\n\n",
    "h14": "La 77.ª Asamblea Mundial de la Salud,\n\n",
    "h15": "Семьдесят седьмая сессия Всемирной ассамблеи здравоохранения,\n\n",
    "h16": "第七十七届世界卫生大会，\n\n",
    "h17": "إن جمعية الصحة العالمية السابعة والسبعين،\n\n",
    "h18": ECOSOC["en"],
    "h19": "The Executive Board\n\n",
    "h20": "Le Conseil d'administration\n\n",
    "h21": "La Junta Ejecutiva\n\n",
    "h22": "Исполнительный совет\n\n",
    "h23": "执行局\n\n",
    "h24": "إن المجلس التنفيذي\n\n",
    "h25": "The United Nations Habitat Assembly,\n\n",
    "h26": "L'Assemblée des Nations Unies pour les établissements humains,\n\n",
    "h27": "La Asamblea de las Naciones Unidas sobre los Asentamientos Humanos,\n\n",
    "h28": "Ассамблея Организации Объединенных Наций по населенным пунктам,\n\n",
    "h29": "联合国人居大会，\n\n",
    "h30": "إن جمعية الأمم المتحدة للمستوطنات البشرية،\n\n",
    "h31": "The Economic and Social Commission for Asia and the Pacific,\n\n",
    "h32": "La Commission économique et sociale pour l'Asie et le Pacifique,\n\n",
    "h33": "La Comisión Económica y Social para Asia y el Pacífico,\n\n",
    "h34": "Экономическая и социальная комиссия для Азии и Тихого океана,\n\n",
    "h35": "亚洲及太平洋经济社会委员会，\n\n",
    "h36": "إن اللجنة الاقتصادية والاجتماعية لآسيا والمحيط الهادئ،\n\n",
    "h37": "The Economic Commission for Latin America and the Caribbean,\n\n",
    "h38": "La Comisión Económica para América Latina y el Caribe,\n\n",
    "h39": "The Conference of Ministers of the Economic Commission for Africa,\n\n",
    "h40": "La Conférence des ministres de la Commission économique pour l'Afrique,\n\n",
    "h41": "The Economic and Social Commission for Western Asia,\n\n",
    "h42": "إن اللجنة الاقتصادية والاجتماعية لغربي آسيا،\n\n",
}

# (language, opening line's key, passage, [(mention as written, target — None: unresolved)])
ROWS: list[tuple[str, str, str, list[tuple[str, str | None]]]] = [
    (
        "en",
        "h0",
        (
            'Recalling resolution 5/14 of the United Nations Environment Assembly, entitled "End '
            'plastic pollution", and its resolution 77/161 of 14 December 2022,'
        ),
        [("5/14", "UNEP/EA.5/RES.14"), ("77/161", "A/RES/77/161")],
    ),
    (
        "en",
        "h0",
        "Taking note of United Nations Environment Assembly resolutions 4/6 and 5/2,",
        [("4/6", "UNEP/EA.4/RES.6"), ("5/2", "UNEP/EA.5/RES.2")],
    ),
    (
        "en",
        "h0",
        (
            "Recalling decision 27/2 of the Governing Council of the United Nations Environment "
            "Programme of 22 February 2013,"
        ),
        [("27/2", None)],
    ),
    (
        "en",
        "h0",
        ("Recalling UNEP Governing Council decisions 26/3 and 27/2 and General Assembly resolution 67/213,"),
        [("26/3", None), ("27/2", None), ("67/213", "A/RES/67/213")],
    ),
    (
        "en",
        "h0",
        (
            "Welcoming the adoption by the United Nations Environment Assembly of its resolution "
            "6/4 on 1 March 2024,"
        ),
        [("6/4", "UNEP/EA.6/RES.4")],
    ),
    (
        "fr",
        "h1",
        (
            "Rappelant la résolution 5/14 de l'Assemblée des Nations Unies pour l'environnement "
            "et sa résolution 76/300,"
        ),
        [("5/14", "UNEP/EA.5/RES.14"), ("76/300", "A/RES/76/300")],
    ),
    (
        "fr",
        "h1",
        (
            "Rappelant la décision 27/2 du Conseil d'administration du Programme des Nations "
            "Unies pour l'environnement,"
        ),
        [("27/2", None)],
    ),
    (
        "fr",
        "h1",
        ("Prenant note des résolutions 4/6 et 5/2 de l'Assemblée des Nations Unies pour l'environnement,"),
        [("4/6", "UNEP/EA.4/RES.6"), ("5/2", "UNEP/EA.5/RES.2")],
    ),
    (
        "es",
        "h2",
        (
            "Recordando la resolución 5/14 de la Asamblea de las Naciones Unidas sobre el Medio "
            "Ambiente y su resolución 76/300,"
        ),
        [("5/14", "UNEP/EA.5/RES.14"), ("76/300", "A/RES/76/300")],
    ),
    (
        "es",
        "h2",
        (
            "Recordando la decisión 27/2 del Consejo de Administración del Programa de las "
            "Naciones Unidas para el Medio Ambiente,"
        ),
        [("27/2", None)],
    ),
    (
        "es",
        "h2",
        "Recordando las decisiones 26/3 y 27/2 del Consejo de Administración del PNUMA,",
        [("26/3", None), ("27/2", None)],
    ),
    (
        "ru",
        "h3",
        (
            "ссылаясь на резолюцию 5/14 Ассамблеи Организации Объединенных Наций по окружающей "
            "среде и свою резолюцию 76/300,"
        ),
        [("5/14", "UNEP/EA.5/RES.14"), ("76/300", "A/RES/76/300")],
    ),
    (
        "ru",
        "h3",
        (
            "ссылаясь на решение 27/2 Совета управляющих Программы Организации Объединенных "
            "Наций по окружающей среде,"
        ),
        [("27/2", None)],
    ),
    (
        "ru",
        "h3",
        "ссылаясь на решения 26/3 и 27/2 Совета управляющих ЮНЕП,",
        [("26/3", None), ("27/2", None)],
    ),
    (
        "zh",
        "h4",
        "回顾联合国环境大会第5/14号决议和大会第76/300号决议，",
        [("5/14", "UNEP/EA.5/RES.14"), ("76/300", "A/RES/76/300")],
    ),
    ("zh", "h4", "回顾联合国环境规划署理事会第27/2号决定，", [("27/2", None)]),
    ("zh", "h4", "回顾环境署理事会第26/3号和第27/2号决定，", [("26/3", None), ("27/2", None)]),
    (
        "ar",
        "h5",
        "وإذ تشير إلى قرار جمعية الأمم المتحدة للبيئة 5/14 وإلى قرارها 76/300،",
        [("5/14", "UNEP/EA.5/RES.14"), ("76/300", "A/RES/76/300")],
    ),
    ("ar", "h5", "وإذ تشير إلى مقرر مجلس إدارة برنامج الأمم المتحدة للبيئة 27/2،", [("27/2", None)]),
    (
        "ar",
        "h5",
        "وإذ تشير إلى مقرري مجلس إدارة برنامج الأمم المتحدة للبيئة 26/3 و 27/2،",
        [("26/3", None), ("27/2", None)],
    ),
    (
        "en",
        "h6",
        ("Recalling its resolution 4/6 and General Assembly resolution 70/1 of 25 September 2015,"),
        [("4/6", "UNEP/EA.4/RES.6"), ("70/1", "A/RES/70/1")],
    ),
    (
        "en",
        "h6",
        "Recalling also General Assembly resolutions 66/288 and 73/333,",
        [("66/288", "A/RES/66/288"), ("73/333", "A/RES/73/333")],
    ),
    (
        "fr",
        "h7",
        "Rappelant sa résolution 4/6 et la résolution 70/1 de l'Assemblée générale,",
        [("4/6", "UNEP/EA.4/RES.6"), ("70/1", "A/RES/70/1")],
    ),
    (
        "es",
        "h8",
        "Recordando su resolución 4/6 y la resolución 70/1 de la Asamblea General,",
        [("4/6", "UNEP/EA.4/RES.6"), ("70/1", "A/RES/70/1")],
    ),
    (
        "ru",
        "h9",
        "ссылаясь на свою резолюцию 4/6 и резолюцию 70/1 Генеральной Ассамблеи,",
        [("4/6", "UNEP/EA.4/RES.6"), ("70/1", "A/RES/70/1")],
    ),
    (
        "zh",
        "h10",
        "回顾其第4/6号决议和大会第70/1号决议，",
        [("4/6", "UNEP/EA.4/RES.6"), ("70/1", "A/RES/70/1")],
    ),
    (
        "ar",
        "h11",
        "إذ تشير إلى قرارها 4/6 وإلى قرار الجمعية العامة 70/1،",
        [("4/6", "UNEP/EA.4/RES.6"), ("70/1", "A/RES/70/1")],
    ),
    (
        "en",
        "h0",
        ("Recalling World Health Assembly resolutions WHA58.3 and WHA77.1 and its resolution 74/306,"),
        [("WHA58.3", None), ("WHA77.1", None), ("74/306", "A/RES/74/306")],
    ),
    (
        "en",
        "h0",
        "Welcoming resolution WHA72.2 of the World Health Assembly of 24 May 2019,",
        [("WHA72.2", None)],
    ),
    (
        "en",
        "h0",
        ("Recalling resolution EB154.R3 of the Executive Board of the World Health Organization,"),
        [("EB154.R3", None)],
    ),
    (
        "en",
        "h0",
        "Recalling also resolution WHA69.1 and decision WHA75(8),",
        [("WHA69.1", None), ("WHA75(8)", None)],
    ),
    (
        "en",
        "h0",
        "Noting Executive Board resolution EB152.R8 and decision EB150(4),",
        [("EB152.R8", None), ("EB150(4)", None)],
    ),
    (
        "fr",
        "h1",
        "Rappelant les résolutions WHA58.3 et WHA77.1 de l'Assemblée mondiale de la Santé,",
        [("WHA58.3", None), ("WHA77.1", None)],
    ),
    (
        "fr",
        "h1",
        ("Rappelant la résolution EB154.R3 du Conseil exécutif de l'Organisation mondiale de la Santé,"),
        [("EB154.R3", None)],
    ),
    (
        "es",
        "h2",
        "Recordando las resoluciones WHA58.3 y WHA77.1 de la Asamblea Mundial de la Salud,",
        [("WHA58.3", None), ("WHA77.1", None)],
    ),
    (
        "es",
        "h2",
        ("Recordando la resolución EB154.R3 del Consejo Ejecutivo de la Organización Mundial de la Salud,"),
        [("EB154.R3", None)],
    ),
    (
        "ru",
        "h3",
        "ссылаясь на резолюции WHA58.3 и WHA77.1 Всемирной ассамблеи здравоохранения,",
        [("WHA58.3", None), ("WHA77.1", None)],
    ),
    (
        "ru",
        "h3",
        ("ссылаясь на резолюцию EB154.R3 Исполнительного комитета Всемирной организации здравоохранения,"),
        [("EB154.R3", None)],
    ),
    ("zh", "h4", "回顾世界卫生大会WHA58.3号和WHA77.1号决议，", [("WHA58.3", None), ("WHA77.1", None)]),
    ("zh", "h4", "回顾世界卫生组织执行委员会EB154.R3号决议，", [("EB154.R3", None)]),
    (
        "ar",
        "h5",
        "وإذ تشير إلى قراري جمعية الصحة العالمية ج ص ع58-3 و ج ص ع77-1،",
        [("58-3", None), ("77-1", None)],
    ),
    ("ar", "h5", "وإذ تشير إلى قرار المجلس التنفيذي لمنظمة الصحة العالمية EB154.R3،", [("EB154.R3", None)]),
    (
        "en",
        "h12",
        "Recalling resolution WHA58.3 and United Nations General Assembly resolution 78/3,",
        [("WHA58.3", None), ("78/3", "A/RES/78/3")],
    ),
    (
        "en",
        "h12",
        ("Recalling resolution 70/1 of the United Nations General Assembly and resolution EB154.R3,"),
        [("70/1", "A/RES/70/1"), ("EB154.R3", None)],
    ),
    (
        "en",
        "h12",
        ("Recalling United Nations Economic and Social Council resolution 2019/9 and resolution WHA72.2,"),
        [("2019/9", "E/RES/2019/9"), ("WHA72.2", None)],
    ),
    (
        "fr",
        "h13",
        ("Rappelant la résolution WHA58.3 et la résolution 78/3 de l'Assemblée générale des Nations Unies,"),
        [("WHA58.3", None), ("78/3", "A/RES/78/3")],
    ),
    (
        "es",
        "h14",
        (
            "Recordando la resolución WHA58.3 y la resolución 78/3 de la Asamblea General de las "
            "Naciones Unidas,"
        ),
        [("WHA58.3", None), ("78/3", "A/RES/78/3")],
    ),
    (
        "ru",
        "h15",
        (
            "ссылаясь на резолюцию WHA58.3 и резолюцию 78/3 Генеральной Ассамблеи Организации "
            "Объединенных Наций,"
        ),
        [("WHA58.3", None), ("78/3", "A/RES/78/3")],
    ),
    ("zh", "h16", "回顾WHA58.3号决议和联合国大会第78/3号决议，", [("WHA58.3", None), ("78/3", "A/RES/78/3")]),
    (
        "ar",
        "h17",
        "إذ تشير إلى القرار ج ص ع58-3 وإلى قرار الجمعية العامة للأمم المتحدة 78/3،",
        [("58-3", None), ("78/3", "A/RES/78/3")],
    ),
    (
        "en",
        "h0",
        (
            "Taking note of UNICEF Executive Board decision 2024/12 and Economic and Social "
            "Council resolution 2024/7,"
        ),
        [("2024/12", None), ("2024/7", "E/RES/2024/7")],
    ),
    (
        "en",
        "h0",
        (
            "Recalling decision 2023/4 of the Executive Board of the United Nations Development "
            "Programme, the United Nations Population Fund and the United Nations Office for "
            "Project Services,"
        ),
        [("2023/4", None)],
    ),
    (
        "en",
        "h0",
        "Recalling Executive Board of UNDP/UNFPA/UNOPS decisions 2022/15 and 2023/4,",
        [("2022/15", None), ("2023/4", None)],
    ),
    (
        "en",
        "h0",
        (
            "Welcoming decision 2023/3 of the Executive Board of the United Nations Entity for "
            "Gender Equality and the Empowerment of Women,"
        ),
        [("2023/3", None)],
    ),
    ("en", "h0", "Noting UN-Women Executive Board decision 2021/6,", [("2021/6", None)]),
    (
        "en",
        "h0",
        "Recalling World Food Programme Executive Board decision 2023/EB.A/5,",
        [("2023/EB.A/5", None)],
    ),
    (
        "en",
        "h0",
        ("Recalling decision 2024/12 of the UNICEF Executive Board and General Assembly resolution 79/226,"),
        [("2024/12", None), ("79/226", "A/RES/79/226")],
    ),
    ("en", "h18", "Recalling Executive Board decision 2024/12,", [("2024/12", None)]),
    (
        "fr",
        "h1",
        (
            "Prenant note de la décision 2024/12 du Conseil d'administration du Fonds des "
            "Nations Unies pour l'enfance,"
        ),
        [("2024/12", None)],
    ),
    (
        "fr",
        "h1",
        ("Rappelant la décision 2023/4 du Conseil d'administration du PNUD, du FNUAP et de l'UNOPS,"),
        [("2023/4", None)],
    ),
    (
        "fr",
        "h1",
        "Rappelant la décision 2023/3 du Conseil d'administration d'ONU-Femmes,",
        [("2023/3", None)],
    ),
    (
        "fr",
        "h1",
        (
            "Rappelant la décision 2024/12 du Conseil d'administration de l'UNICEF et la "
            "résolution 2024/7 du Conseil économique et social,"
        ),
        [("2024/12", None), ("2024/7", "E/RES/2024/7")],
    ),
    (
        "es",
        "h2",
        "Tomando nota de la decisión 2024/12 de la Junta Ejecutiva del UNICEF,",
        [("2024/12", None)],
    ),
    (
        "es",
        "h2",
        "Recordando la decisión 2023/4 de la Junta Ejecutiva del PNUD, el UNFPA y la UNOPS,",
        [("2023/4", None)],
    ),
    ("es", "h2", "Recordando la decisión 2023/3 de la Junta Ejecutiva de ONU-Mujeres,", [("2023/3", None)]),
    (
        "es",
        "h2",
        (
            "Recordando la decisión 2024/12 de la Junta Ejecutiva del UNICEF y la resolución "
            "2024/7 del Consejo Económico y Social,"
        ),
        [("2024/12", None), ("2024/7", "E/RES/2024/7")],
    ),
    ("ru", "h3", "принимая к сведению решение 2024/12 Исполнительного совета ЮНИСЕФ,", [("2024/12", None)]),
    ("ru", "h3", "ссылаясь на решение 2023/4 Исполнительного совета ПРООН/ЮНФПА/ЮНОПС,", [("2023/4", None)]),
    (
        "ru",
        "h3",
        "ссылаясь на решение 2023/3 Исполнительного совета Структуры «ООН-женщины»,",
        [("2023/3", None)],
    ),
    (
        "ru",
        "h3",
        (
            "ссылаясь на решение 2024/12 Исполнительного совета ЮНИСЕФ и резолюцию 2024/7 "
            "Экономического и Социального Совета,"
        ),
        [("2024/12", None), ("2024/7", "E/RES/2024/7")],
    ),
    ("zh", "h4", "注意到联合国儿童基金会执行局第2024/12号决定，", [("2024/12", None)]),
    ("zh", "h4", "回顾开发署/人口基金/项目署执行局第2023/4号决定，", [("2023/4", None)]),
    ("zh", "h4", "回顾妇女署执行局第2023/3号决定，", [("2023/3", None)]),
    (
        "zh",
        "h4",
        "回顾儿基会执行局第2024/12号决定和经济及社会理事会第2024/7号决议，",
        [("2024/12", None), ("2024/7", "E/RES/2024/7")],
    ),
    (
        "ar",
        "h5",
        "وإذ يحيط علما بمقرر المجلس التنفيذي لمنظمة الأمم المتحدة للطفولة 2024/12،",
        [("2024/12", None)],
    ),
    (
        "ar",
        "h5",
        (
            "وإذ تشير إلى مقرر المجلس التنفيذي لبرنامج الأمم المتحدة الإنمائي وصندوق الأمم "
            "المتحدة للسكان ومكتب الأمم المتحدة لخدمات المشاريع 2023/4،"
        ),
        [("2023/4", None)],
    ),
    ("ar", "h5", "وإذ تشير إلى مقرر المجلس التنفيذي لهيئة الأمم المتحدة للمرأة 2023/3،", [("2023/3", None)]),
    (
        "ar",
        "h5",
        ("وإذ تشير إلى مقرر المجلس التنفيذي لليونيسيف 2024/12 وقرار المجلس الاقتصادي والاجتماعي 2024/7،"),
        [("2024/12", None), ("2024/7", "E/RES/2024/7")],
    ),
    (
        "en",
        "h19",
        (
            "1. Recalls its decision 2022/15 and General Assembly resolution 75/233 on the "
            "quadrennial comprehensive policy review;"
        ),
        [("2022/15", None), ("75/233", "A/RES/75/233")],
    ),
    (
        "en",
        "h19",
        ("2. Takes note of the report (DP/FPA/2024/3) and recalls its decisions 2023/4 and 2023/18;"),
        [("DP/FPA/2024/3", "DP/FPA/2024/3"), ("2023/4", None), ("2023/18", None)],
    ),
    (
        "en",
        "h19",
        "3. Recalls Economic and Social Council resolution 2023/31 and its decision 2021/6;",
        [("2023/31", "E/RES/2023/31"), ("2021/6", None)],
    ),
    (
        "fr",
        "h20",
        "1. Rappelle sa décision 2022/15 et la résolution 75/233 de l'Assemblée générale;",
        [("2022/15", None), ("75/233", "A/RES/75/233")],
    ),
    (
        "es",
        "h21",
        "1. Recuerda su decisión 2022/15 y la resolución 75/233 de la Asamblea General;",
        [("2022/15", None), ("75/233", "A/RES/75/233")],
    ),
    (
        "ru",
        "h22",
        "1. ссылается на свое решение 2022/15 и резолюцию 75/233 Генеральной Ассамблеи;",
        [("2022/15", None), ("75/233", "A/RES/75/233")],
    ),
    (
        "zh",
        "h23",
        "1. 回顾其第2022/15号决定和大会第75/233号决议；",
        [("2022/15", None), ("75/233", "A/RES/75/233")],
    ),
    (
        "ar",
        "h24",
        "1. يشير إلى مقرره 2022/15 وإلى قرار الجمعية العامة 75/233؛",
        [("2022/15", None), ("75/233", "A/RES/75/233")],
    ),
    (
        "en",
        "h0",
        (
            "Recalling resolution 2/1 of the United Nations Habitat Assembly and resolution 26/8 "
            "of the Governing Council of the United Nations Human Settlements Programme,"
        ),
        [("2/1", None), ("26/8", None)],
    ),
    ("en", "h0", "Welcoming UN-Habitat Assembly resolutions 1/3 and 2/7,", [("1/3", None), ("2/7", None)]),
    (
        "en",
        "h0",
        ("Recalling Governing Council of UN-Habitat resolution 25/4 and its own resolution 78/167,"),
        [("25/4", None), ("78/167", "A/RES/78/167")],
    ),
    (
        "fr",
        "h1",
        (
            "Rappelant la résolution 2/1 de l'Assemblée d'ONU-Habitat et la résolution 26/8 du "
            "Conseil d'administration d'ONU-Habitat,"
        ),
        [("2/1", None), ("26/8", None)],
    ),
    (
        "es",
        "h2",
        (
            "Recordando la resolución 2/1 de la Asamblea de ONU-Hábitat y la resolución 26/8 del "
            "Consejo de Administración de ONU-Hábitat,"
        ),
        [("2/1", None), ("26/8", None)],
    ),
    (
        "ru",
        "h3",
        ("ссылаясь на резолюцию 2/1 Ассамблеи ООН-Хабитат и резолюцию 26/8 Совета управляющих ООН-Хабитат,"),
        [("2/1", None), ("26/8", None)],
    ),
    ("zh", "h4", "回顾人居署大会第2/1号决议和人居署理事会第26/8号决议，", [("2/1", None), ("26/8", None)]),
    (
        "ar",
        "h5",
        ("وإذ تشير إلى قرار جمعية موئل الأمم المتحدة 2/1 وقرار مجلس إدارة موئل الأمم المتحدة 26/8،"),
        [("2/1", None), ("26/8", None)],
    ),
    (
        "en",
        "h25",
        ("Recalling its resolution 1/3 and General Assembly resolution 71/256 on the New Urban Agenda,"),
        [("1/3", None), ("71/256", "A/RES/71/256")],
    ),
    (
        "fr",
        "h26",
        "Rappelant sa résolution 1/3 et la résolution 71/256 de l'Assemblée générale,",
        [("1/3", None), ("71/256", "A/RES/71/256")],
    ),
    (
        "es",
        "h27",
        "Recordando su resolución 1/3 y la resolución 71/256 de la Asamblea General,",
        [("1/3", None), ("71/256", "A/RES/71/256")],
    ),
    (
        "ru",
        "h28",
        "ссылаясь на свою резолюцию 1/3 и резолюцию 71/256 Генеральной Ассамблеи,",
        [("1/3", None), ("71/256", "A/RES/71/256")],
    ),
    ("zh", "h29", "回顾其第1/3号决议和大会第71/256号决议，", [("1/3", None), ("71/256", "A/RES/71/256")]),
    (
        "ar",
        "h30",
        "إذ تشير إلى قرارها 1/3 وإلى قرار الجمعية العامة 71/256،",
        [("1/3", None), ("71/256", "A/RES/71/256")],
    ),
    (
        "en",
        "h0",
        ("Recalling resolution 750 (XXXIX) of the Economic Commission for Latin America and the Caribbean,"),
        [("750 (XXXIX)", None)],
    ),
    (
        "en",
        "h0",
        "Recalling ECLAC resolutions 700 (XXXV) and 750 (XXXIX),",
        [("700 (XXXV)", None), ("750 (XXXIX)", None)],
    ),
    (
        "en",
        "h0",
        (
            "Recalling Economic and Social Commission for Asia and the Pacific resolution 80/3 "
            "and General Assembly resolution 78/160,"
        ),
        [("80/3", None), ("78/160", "A/RES/78/160")],
    ),
    ("en", "h0", "Noting ESCAP resolutions 79/10 and 80/3,", [("79/10", None), ("80/3", None)]),
    (
        "en",
        "h0",
        "Recalling resolution 973 (LII) of the Economic Commission for Africa,",
        [("973 (LII)", None)],
    ),
    (
        "en",
        "h0",
        ("Recalling resolution 333 (XXXII) of the Economic and Social Commission for Western Asia,"),
        [("333 (XXXII)", None)],
    ),
    ("en", "h0", "Recalling decision B (70) of the Economic Commission for Europe,", [("B (70)", None)]),
    (
        "en",
        "h0",
        ("Welcoming ESCWA resolution 333 (XXXII) and Economic and Social Council resolution 2023/2,"),
        [("333 (XXXII)", None), ("2023/2", "E/RES/2023/2")],
    ),
    (
        "fr",
        "h1",
        (
            "Rappelant la résolution 750 (XXXIX) de la Commission économique pour l'Amérique "
            "latine et les Caraïbes,"
        ),
        [("750 (XXXIX)", None)],
    ),
    (
        "fr",
        "h1",
        ("Rappelant la résolution 80/3 de la Commission économique et sociale pour l'Asie et le Pacifique,"),
        [("80/3", None)],
    ),
    (
        "fr",
        "h1",
        "Rappelant la résolution 973 (LII) de la Commission économique pour l'Afrique,",
        [("973 (LII)", None)],
    ),
    (
        "fr",
        "h1",
        (
            "Rappelant la résolution 333 (XXXII) de la Commission économique et sociale pour "
            "l'Asie occidentale,"
        ),
        [("333 (XXXII)", None)],
    ),
    (
        "es",
        "h2",
        ("Recordando la resolución 750(XXXIX) de la Comisión Económica para América Latina y el Caribe,"),
        [("750(XXXIX)", None)],
    ),
    (
        "es",
        "h2",
        ("Recordando la resolución 80/3 de la Comisión Económica y Social para Asia y el Pacífico,"),
        [("80/3", None)],
    ),
    (
        "es",
        "h2",
        "Recordando la resolución 973 (LII) de la Comisión Económica para África,",
        [("973 (LII)", None)],
    ),
    (
        "es",
        "h2",
        "Recordando las resoluciones 700(XXXV) y 750(XXXIX) de la CEPAL,",
        [("700(XXXV)", None), ("750(XXXIX)", None)],
    ),
    (
        "ru",
        "h3",
        (
            "ссылаясь на резолюцию 750 (XXXIX) Экономической комиссии для Латинской Америки и "
            "Карибского бассейна,"
        ),
        [("750 (XXXIX)", None)],
    ),
    (
        "ru",
        "h3",
        ("ссылаясь на резолюцию 80/3 Экономической и социальной комиссии для Азии и Тихого океана,"),
        [("80/3", None)],
    ),
    ("ru", "h3", "ссылаясь на резолюцию 973 (LII) Экономической комиссии для Африки,", [("973 (LII)", None)]),
    (
        "ru",
        "h3",
        ("ссылаясь на резолюцию 333 (XXXII) Экономической и социальной комиссии для Западной Азии,"),
        [("333 (XXXII)", None)],
    ),
    ("zh", "h4", "回顾拉丁美洲和加勒比经济委员会第750(XXXIX)号决议，", [("750(XXXIX)", None)]),
    ("zh", "h4", "回顾亚洲及太平洋经济社会委员会第80/3号决议，", [("80/3", None)]),
    ("zh", "h4", "回顾亚太经社会第79/10号和第80/3号决议，", [("79/10", None), ("80/3", None)]),
    ("zh", "h4", "回顾非洲经济委员会第973(LII)号决议，", [("973(LII)", None)]),
    (
        "ar",
        "h5",
        ("وإذ تشير إلى قرار اللجنة الاقتصادية لأمريكا اللاتينية ومنطقة البحر الكاريبي 750 (د-39)،"),
        [("750", None)],
    ),
    (
        "ar",
        "h5",
        "وإذ تشير إلى قرار اللجنة الاقتصادية والاجتماعية لآسيا والمحيط الهادئ 80/3،",
        [("80/3", None)],
    ),
    ("ar", "h5", "وإذ تشير إلى قرار اللجنة الاقتصادية والاجتماعية لغربي آسيا 333 (د-32)،", [("333", None)]),
    ("ar", "h5", "وإذ تشير إلى قرار اللجنة الاقتصادية لأفريقيا 973 (د-52)،", [("973", None)]),
    (
        "en",
        "h31",
        "Recalling its resolution 79/10 and General Assembly resolution 71/313,",
        [("79/10", None), ("71/313", "A/RES/71/313")],
    ),
    (
        "en",
        "h31",
        ("Recalling Economic and Social Council resolution 2023/2 and its resolutions 77/1 and 78/2,"),
        [("2023/2", "E/RES/2023/2"), ("77/1", None), ("78/2", None)],
    ),
    (
        "fr",
        "h32",
        "Rappelant sa résolution 79/10 et la résolution 71/313 de l'Assemblée générale,",
        [("79/10", None), ("71/313", "A/RES/71/313")],
    ),
    (
        "es",
        "h33",
        "Recordando su resolución 79/10 y la resolución 71/313 de la Asamblea General,",
        [("79/10", None), ("71/313", "A/RES/71/313")],
    ),
    (
        "ru",
        "h34",
        "ссылаясь на свою резолюцию 79/10 и резолюцию 71/313 Генеральной Ассамблеи,",
        [("79/10", None), ("71/313", "A/RES/71/313")],
    ),
    ("zh", "h35", "回顾其第79/10号决议和大会第71/313号决议，", [("79/10", None), ("71/313", "A/RES/71/313")]),
    (
        "ar",
        "h36",
        "إذ تشير إلى قرارها 79/10 وإلى قرار الجمعية العامة 71/313،",
        [("79/10", None), ("71/313", "A/RES/71/313")],
    ),
    (
        "en",
        "h37",
        "Recalling its resolution 750 (XXXIX) and General Assembly resolution 70/1,",
        [("750 (XXXIX)", None), ("70/1", "A/RES/70/1")],
    ),
    (
        "es",
        "h38",
        "Recordando su resolución 750(XXXIX) y la resolución 70/1 de la Asamblea General,",
        [("750(XXXIX)", None), ("70/1", "A/RES/70/1")],
    ),
    (
        "en",
        "h0",
        "Recalling 42 C/Resolution 15 of the General Conference of UNESCO,",
        [("42 C/Resolution 15", None)],
    ),
    (
        "en",
        "h0",
        (
            "Recalling resolution 41 C/23 of the General Conference of the United Nations "
            "Educational, Scientific and Cultural Organization and its own resolution 74/275,"
        ),
        [("41 C/23", None), ("74/275", "A/RES/74/275")],
    ),
    (
        "en",
        "h0",
        "Noting UNESCO General Conference resolutions 40 C/37 and 41 C/23,",
        [("40 C/37", None), ("41 C/23", None)],
    ),
    (
        "fr",
        "h1",
        "Rappelant la résolution 41 C/23 de la Conférence générale de l'UNESCO,",
        [("41 C/23", None)],
    ),
    (
        "fr",
        "h1",
        "Rappelant la 42 C/Résolution 15 de la Conférence générale,",
        [("42 C/Résolution 15", None)],
    ),
    (
        "es",
        "h2",
        "Recordando la resolución 41 C/23 de la Conferencia General de la UNESCO,",
        [("41 C/23", None)],
    ),
    ("ru", "h3", "ссылаясь на резолюцию 41 C/23 Генеральной конференции ЮНЕСКО,", [("41 C/23", None)]),
    ("zh", "h4", "回顾教科文组织大会第41 C/23号决议，", [("41 C/23", None)]),
    (
        "en",
        "h0",
        (
            "Recalling the resolution concerning decent work adopted by the International Labour "
            "Conference at its 111th session, and General Assembly resolution 78/172,"
        ),
        [("78/172", "A/RES/78/172")],
    ),
    (
        "en",
        "h0",
        ("Recalling decision GB.349/INS/3 of the Governing Body of the International Labour Office,"),
        [("GB.349/INS/3", None)],
    ),
    (
        "fr",
        "h1",
        (
            "Rappelant la décision GB.349/INS/3 du Conseil d'administration du Bureau "
            "international du Travail,"
        ),
        [("GB.349/INS/3", None)],
    ),
    (
        "es",
        "h2",
        (
            "Recordando la decisión GB.349/INS/3 del Consejo de Administración de la Oficina "
            "Internacional del Trabajo,"
        ),
        [("GB.349/INS/3", None)],
    ),
    (
        "en",
        "h0",
        (
            "Recalling FAO Conference resolution 4/2019 and resolution 3/2021 of the Conference "
            "of the Food and Agriculture Organization of the United Nations,"
        ),
        [("4/2019", None), ("3/2021", None)],
    ),
    ("fr", "h1", "Rappelant la résolution 4/2019 de la Conférence de la FAO,", [("4/2019", None)]),
    ("es", "h2", "Recordando la resolución 4/2019 de la Conferencia de la FAO,", [("4/2019", None)]),
    ("ru", "h3", "ссылаясь на резолюцию 4/2019 Конференции ФАО,", [("4/2019", None)]),
    ("zh", "h4", "回顾粮农组织大会第4/2019号决议，", [("4/2019", None)]),
    ("ar", "h5", "وإذ تشير إلى قرار مؤتمر منظمة الأغذية والزراعة 4/2019،", [("4/2019", None)]),
    (
        "en",
        "h0",
        (
            "Recalling resolution GC(67)/RES/9 of the General Conference of the International "
            "Atomic Energy Agency,"
        ),
        [("GC(67)/RES/9", None)],
    ),
    (
        "en",
        "h0",
        (
            "Noting IAEA General Conference resolutions GC(66)/RES/10 and GC(67)/RES/9 and "
            "decision GC(67)/DEC/11,"
        ),
        [("GC(66)/RES/10", None), ("GC(67)/RES/9", None), ("GC(67)/DEC/11", None)],
    ),
    (
        "fr",
        "h1",
        "Rappelant la résolution GC(67)/RES/9 de la Conférence générale de l'AIEA,",
        [("GC(67)/RES/9", None)],
    ),
    (
        "es",
        "h2",
        "Recordando la resolución GC(67)/RES/9 de la Conferencia General del OIEA,",
        [("GC(67)/RES/9", None)],
    ),
    (
        "ru",
        "h3",
        "ссылаясь на резолюцию GC(67)/RES/9 Генеральной конференции МАГАТЭ,",
        [("GC(67)/RES/9", None)],
    ),
    ("zh", "h4", "回顾原子能机构大会GC(67)/RES/9号决议，", [("GC(67)/RES/9", None)]),
    (
        "ar",
        "h5",
        "وإذ تشير إلى قرار المؤتمر العام للوكالة الدولية للطاقة الذرية GC(67)/RES/9،",
        [("GC(67)/RES/9", None)],
    ),
    (
        "en",
        "h0",
        ("Recalling General Conference resolution 67/9 of the International Atomic Energy Agency,"),
        [("67/9", None)],
    ),
    (
        "en",
        "h0",
        (
            "Recalling Resolution 71 (Rev. Bucharest, 2022) of the Plenipotentiary Conference of "
            "the International Telecommunication Union,"
        ),
        [("71 (Rev. Bucharest, 2022)", None)],
    ),
    (
        "en",
        "h0",
        (
            "Recalling resolution GC.20/Res.2 of the General Conference of the United Nations "
            "Industrial Development Organization,"
        ),
        [("GC.20/Res.2", None)],
    ),
    (
        "en",
        "h0",
        ("Recalling resolution A.1150(32) of the Assembly of the International Maritime Organization,"),
        [("A.1150(32)", None)],
    ),
    (
        "en",
        "h0",
        "Noting IMO Assembly resolutions A.1149(32) and A.1150(32),",
        [("A.1149(32)", None), ("A.1150(32)", None)],
    ),
    (
        "fr",
        "h1",
        ("Rappelant la résolution A.1150(32) de l'Assemblée de l'Organisation maritime internationale,"),
        [("A.1150(32)", None)],
    ),
    (
        "es",
        "h2",
        ("Recordando la resolución A.1150(32) de la Asamblea de la Organización Marítima Internacional,"),
        [("A.1150(32)", None)],
    ),
    (
        "ru",
        "h3",
        "ссылаясь на резолюцию A.1150(32) Ассамблеи Международной морской организации,",
        [("A.1150(32)", None)],
    ),
    (
        "fr",
        "h1",
        "Rappelant la résolution GC.20/Res.2 de la Conférence générale de l'ONUDI,",
        [("GC.20/Res.2", None)],
    ),
    (
        "es",
        "h2",
        "Recordando la resolución GC.20/Res.2 de la Conferencia General de la ONUDI,",
        [("GC.20/Res.2", None)],
    ),
    ("ru", "h3", "ссылаясь на резолюцию GC.20/Res.2 Генеральной конференции ЮНИДО,", [("GC.20/Res.2", None)]),
    ("zh", "h4", "回顾工发组织大会GC.20/Res.2号决议，", [("GC.20/Res.2", None)]),
    (
        "fr",
        "h1",
        (
            "Rappelant la Résolution 71 (Rév. Bucarest, 2022) de la Conférence de "
            "plénipotentiaires de l'Union internationale des télécommunications,"
        ),
        [("71 (Rév. Bucarest, 2022)", None)],
    ),
    (
        "en",
        "h0",
        "Recalling decision Assembly/AU/Dec.815(XXXV) of the Assembly of the African Union,",
        [("Assembly/AU/Dec.815(XXXV)", None)],
    ),
    (
        "en",
        "h0",
        (
            "Recalling resolution AG/RES. 2976 (LI-O/21) of the General Assembly of the "
            "Organization of American States,"
        ),
        [("AG/RES. 2976 (LI-O/21)", None)],
    ),
    (
        "en",
        "h0",
        ("Recalling Recommendation CM/Rec(2010)5 of the Committee of Ministers of the Council of Europe,"),
        [("CM/Rec(2010)5", None)],
    ),
    (
        "en",
        "h0",
        ("Recalling Resolution 2417 (2022) of the Parliamentary Assembly of the Council of Europe,"),
        [("2417 (2022)", None)],
    ),
    ("en", "h0", "Taking note of Council of the European Union decision 2019/1002,", [("2019/1002", None)]),
    ("en", "h0", "Noting Regulation (EU) 2016/679 of the European Parliament and of the Council,", []),
    (
        "en",
        "h0",
        (
            "Recalling Security Council resolution 2417 (2018) and Resolution 2288 (2019) of the "
            "Parliamentary Assembly of the Council of Europe,"
        ),
        [("2417 (2018)", "S/RES/2417(2018)"), ("2288 (2019)", None)],
    ),
    (
        "en",
        "h0",
        (
            "Recalling resolution 2908 (XLVII-O/17) of the General Assembly of the Organization "
            "of American States and General Assembly resolution 72/1,"
        ),
        [("2908 (XLVII-O/17)", None), ("72/1", "A/RES/72/1")],
    ),
    (
        "en",
        "h0",
        "Recalling decision EX.CL/Dec.1150(XL) of the Executive Council of the African Union,",
        [("EX.CL/Dec.1150(XL)", None)],
    ),
    (
        "fr",
        "h1",
        ("Rappelant la décision Assembly/AU/Dec.815(XXXV) de la Conférence de l'Union africaine,"),
        [("Assembly/AU/Dec.815(XXXV)", None)],
    ),
    (
        "fr",
        "h1",
        ("Rappelant la résolution 2417 (2022) de l'Assemblée parlementaire du Conseil de l'Europe,"),
        [("2417 (2022)", None)],
    ),
    (
        "fr",
        "h1",
        ("Rappelant la recommandation CM/Rec(2010)5 du Comité des Ministres du Conseil de l'Europe,"),
        [("CM/Rec(2010)5", None)],
    ),
    (
        "es",
        "h2",
        (
            "Recordando la resolución AG/RES. 2976 (LI-O/21) de la Asamblea General de la "
            "Organización de los Estados Americanos,"
        ),
        [("AG/RES. 2976 (LI-O/21)", None)],
    ),
    (
        "es",
        "h2",
        "Recordando la resolución 2908 (XLVII-O/17) de la Asamblea General de la OEA,",
        [("2908 (XLVII-O/17)", None)],
    ),
    (
        "ru",
        "h3",
        "ссылаясь на решение Assembly/AU/Dec.815(XXXV) Ассамблеи Африканского союза,",
        [("Assembly/AU/Dec.815(XXXV)", None)],
    ),
    (
        "ru",
        "h3",
        "ссылаясь на резолюцию 2417 (2022) Парламентской ассамблеи Совета Европы,",
        [("2417 (2022)", None)],
    ),
    ("zh", "h4", "回顾非洲联盟大会Assembly/AU/Dec.815(XXXV)号决定，", [("Assembly/AU/Dec.815(XXXV)", None)]),
    (
        "ar",
        "h5",
        "وإذ تشير إلى مقرر جمعية الاتحاد الأفريقي Assembly/AU/Dec.815(XXXV)،",
        [("Assembly/AU/Dec.815(XXXV)", None)],
    ),
    ("ar", "h5", "وإذ تشير إلى قرار الجمعية البرلمانية لمجلس أوروبا 2417 (2022)،", [("2417 (2022)", None)]),
    (
        "fr",
        "h1",
        (
            "Rappelant les résolutions 79/10, 80/1 et 80/3 de la Commission économique et "
            "sociale pour l'Asie et le Pacifique,"
        ),
        [("79/10", None), ("80/1", None), ("80/3", None)],
    ),
    (
        "fr",
        "h1",
        "Rappelant la résolution 80/3 de la CESAP et la résolution 750 (XXXIX) de la CEPALC,",
        [("80/3", None), ("750 (XXXIX)", None)],
    ),
    ("es", "h2", "Recordando la resolución 80/3 de la CESPAP,", [("80/3", None)]),
    (
        "ru",
        "h3",
        "ссылаясь на резолюцию 80/3 ЭСКАТО и резолюцию 750 (XXXIX) ЭКЛАК,",
        [("80/3", None), ("750 (XXXIX)", None)],
    ),
    (
        "zh",
        "h4",
        "回顾亚太经社会第80/3号决议和拉加经委会第750(XXXIX)号决议，",
        [("80/3", None), ("750(XXXIX)", None)],
    ),
    ("ar", "h5", "وإذ تشير إلى قرار الإسكاب 80/3،", [("80/3", None)]),
    (
        "en",
        "h0",
        (
            "Noting that the Economic Commission for Africa, in its resolution 973 (LII), "
            "requested the secretariat to report,"
        ),
        [("973 (LII)", None)],
    ),
    (
        "en",
        "h0",
        "Noting that ESCAP, in its resolution 74/3, decided to convene the Forum,",
        [("74/3", None)],
    ),
    (
        "fr",
        "h1",
        "Notant que la CESAP, dans sa résolution 74/3, a décidé de convoquer le Forum,",
        [("74/3", None)],
    ),
    (
        "es",
        "h2",
        "Observando que la CESPAP, en su resolución 74/3, decidió convocar el Foro,",
        [("74/3", None)],
    ),
    ("ru", "h3", "отмечая, что ЭСКАТО в своей резолюции 74/3 постановила созвать Форум,", [("74/3", None)]),
    (
        "en",
        "h0",
        "Recalling ECE decision E (72) and ESCWA resolution 330 (XXX),",
        [("E (72)", None), ("330 (XXX)", None)],
    ),
    (
        "en",
        "h0",
        ("Recalling ESCAP resolutions 73/1, 74/2 and 75/3 and General Assembly resolution 73/195,"),
        [("73/1", None), ("74/2", None), ("75/3", None), ("73/195", "A/RES/73/195")],
    ),
    (
        "en",
        "h0",
        (
            "Noting that the United Nations Environment Assembly, in its resolution 5/14, "
            "requested the Executive Director to convene a committee,"
        ),
        [("5/14", "UNEP/EA.5/RES.14")],
    ),
    (
        "en",
        "h0",
        (
            "Noting that the Governing Council of UNEP, in its decision 27/2, decided to "
            "establish universal membership,"
        ),
        [("27/2", None)],
    ),
    (
        "en",
        "h0",
        "Recalling UNEA resolutions 4/6 and 5/14,",
        [("4/6", "UNEP/EA.4/RES.6"), ("5/14", "UNEP/EA.5/RES.14")],
    ),
    (
        "fr",
        "h1",
        (
            "Notant que l'Assemblée des Nations Unies pour l'environnement, dans sa résolution "
            "5/14, a prié la Directrice exécutive,"
        ),
        [("5/14", "UNEP/EA.5/RES.14")],
    ),
    (
        "es",
        "h2",
        (
            "Observando que la Asamblea de las Naciones Unidas sobre el Medio Ambiente, en su "
            "resolución 5/14, solicitó a la Directora Ejecutiva,"
        ),
        [("5/14", "UNEP/EA.5/RES.14")],
    ),
    (
        "ru",
        "h3",
        (
            "отмечая, что Ассамблея Организации Объединенных Наций по окружающей среде в своей "
            "резолюции 5/14 просила Директора-исполнителя,"
        ),
        [("5/14", "UNEP/EA.5/RES.14")],
    ),
    (
        "zh",
        "h4",
        "注意到联合国环境大会在其第5/14号决议中请执行主任召集委员会，",
        [("5/14", "UNEP/EA.5/RES.14")],
    ),
    (
        "zh",
        "h4",
        "回顾环境大会第4/6号和第5/14号决议，",
        [("4/6", "UNEP/EA.4/RES.6"), ("5/14", "UNEP/EA.5/RES.14")],
    ),
    (
        "ar",
        "h5",
        "وإذ تلاحظ أن جمعية الأمم المتحدة للبيئة طلبت في قرارها 5/14 إلى المديرة التنفيذية،",
        [("5/14", "UNEP/EA.5/RES.14")],
    ),
    (
        "en",
        "h0",
        "Taking note of the report of the Environment Assembly (UNEP/EA.5/Res.14),",
        [("UNEP/EA.5/Res.14", "UNEP/EA.5/RES.14")],
    ),
    (
        "en",
        "h0",
        ("Noting that the World Health Assembly, in its resolution WHA77.1, requested the Director-General,"),
        [("WHA77.1", None)],
    ),
    (
        "fr",
        "h1",
        (
            "Notant que l'Assemblée mondiale de la Santé, dans sa résolution WHA77.1, a prié le "
            "Directeur général,"
        ),
        [("WHA77.1", None)],
    ),
    ("zh", "h4", "注意到世卫大会在其WHA77.1号决议中请总干事，", [("WHA77.1", None)]),
    (
        "ru",
        "h3",
        (
            "отмечая, что Всемирная ассамблея здравоохранения в своей резолюции WHA77.1 просила "
            "Генерального директора,"
        ),
        [("WHA77.1", None)],
    ),
    (
        "en",
        "h0",
        (
            "Noting that the UNICEF Executive Board, in its decision 2024/12, requested the "
            "Executive Director,"
        ),
        [("2024/12", None)],
    ),
    (
        "fr",
        "h1",
        (
            "Notant que le Conseil d'administration de l'UNICEF, dans sa décision 2024/12, a "
            "prié la Directrice générale,"
        ),
        [("2024/12", None)],
    ),
    (
        "es",
        "h2",
        (
            "Observando que la Junta Ejecutiva del UNICEF, en su decisión 2024/12, solicitó a la "
            "Directora Ejecutiva,"
        ),
        [("2024/12", None)],
    ),
    (
        "ru",
        "h3",
        ("отмечая, что Исполнительный совет ЮНИСЕФ в своем решении 2024/12 просил Директора-исполнителя,"),
        [("2024/12", None)],
    ),
    ("zh", "h4", "注意到儿基会执行局在其第2024/12号决定中请执行主任，", [("2024/12", None)]),
    (
        "ar",
        "h5",
        "وإذ يلاحظ أن المجلس التنفيذي لليونيسيف طلب في مقرره 2024/12 إلى المديرة التنفيذية،",
        [("2024/12", None)],
    ),
    (
        "en",
        "h18",
        (
            "Recalling Economic and Social Council decision 2024/205 and decision 2024/12 of the "
            "Executive Board of UN-Women,"
        ),
        [("2024/205", "E/DEC/2024/205"), ("2024/12", None)],
    ),
    (
        "en",
        "h18",
        (
            "Recalling its resolution 2023/31 and the decisions of the Executive Board of the "
            "World Food Programme 2023/EB.1/2 and 2023/EB.A/5,"
        ),
        [("2023/31", "E/RES/2023/31"), ("2023/EB.1/2", None), ("2023/EB.A/5", None)],
    ),
    (
        "en",
        "h18",
        (
            "Taking note of the annual report of UNICEF (E/ICEF/2024/4) and of the decisions "
            "adopted by the Executive Board (E/ICEF/2024/28),"
        ),
        [("E/ICEF/2024/4", "E/ICEF/2024/4"), ("E/ICEF/2024/28", "E/ICEF/2024/28")],
    ),
    (
        "en",
        "h0",
        (
            "Noting that the General Conference of UNESCO, in its resolution 41 C/23, invited "
            "the Director-General,"
        ),
        [("41 C/23", None)],
    ),
    ("zh", "h4", "回顾联合国教育、科学及文化组织大会第42 C/15号决议，", [("42 C/15", None)]),
    (
        "es",
        "h2",
        "Recordando la 42 C/Resolución 15 de la Conferencia General de la UNESCO,",
        [("42 C/Resolución 15", None)],
    ),
    (
        "en",
        "h0",
        (
            "Recalling the ILO Domestic Workers Convention, 2011 (No. 189) and General Assembly "
            "resolution 76/140,"
        ),
        [("76/140", "A/RES/76/140")],
    ),
    ("en", "h0", "Recalling the ILO Social Protection Floors Recommendation, 2012 (No. 202),", []),
    (
        "en",
        "h0",
        (
            "Noting that the General Conference of the IAEA, in its resolution GC(67)/RES/9, "
            "urged Member States,"
        ),
        [("GC(67)/RES/9", None)],
    ),
    (
        "en",
        "h0",
        (
            "Recalling resolution 67/9 of the General Conference of the International Atomic "
            "Energy Agency and its resolution 67/9,"
        ),
        [("67/9", None), ("67/9", "A/RES/67/9")],
    ),
    (
        "en",
        "h0",
        ("Recalling IMO resolution A.1150(32) and Maritime Safety Committee resolution MSC.428(98),"),
        [("A.1150(32)", None), ("MSC.428(98)", None)],
    ),
    (
        "en",
        "h0",
        (
            "Recalling UNIDO General Conference resolution GC.20/Res.2 and Industrial "
            "Development Board decision IDB.51/Dec.4,"
        ),
        [("GC.20/Res.2", None), ("IDB.51/Dec.4", None)],
    ),
    (
        "en",
        "h0",
        (
            "Noting that the United Nations Habitat Assembly, in its resolution 2/1, approved "
            "the strategic plan,"
        ),
        [("2/1", None)],
    ),
    (
        "fr",
        "h1",
        ("Notant que l'Assemblée d'ONU-Habitat, dans sa résolution 2/1, a approuvé le plan stratégique,"),
        [("2/1", None)],
    ),
    ("zh", "h4", "注意到人居大会在其第2/1号决议中核准了战略计划，", [("2/1", None)]),
    (
        "en",
        "h0",
        (
            "Recalling African Union Assembly decision Assembly/AU/Dec.815(XXXV) and Security "
            "Council resolution 2719 (2023),"
        ),
        [("Assembly/AU/Dec.815(XXXV)", None), ("2719 (2023)", "S/RES/2719(2023)")],
    ),
    (
        "en",
        "h0",
        ("Recalling European Parliament resolution 2022/2048 and Council Decision (CFSP) 2022/266,"),
        [("2022/2048", None)],
    ),
    ("fr", "h1", "Rappelant la décision 2019/1002 du Conseil de l'Union européenne,", [("2019/1002", None)]),
    ("es", "h2", "Recordando la decisión 2019/1002 del Consejo de la Unión Europea,", [("2019/1002", None)]),
    ("ru", "h3", "ссылаясь на решение 2019/1002 Совета Европейского союза,", [("2019/1002", None)]),
    (
        "en",
        "h39",
        "Recalling resolution 973 (LII) and its resolution 940 (XLIX),",
        [("973 (LII)", None), ("940 (XLIX)", None)],
    ),
    (
        "fr",
        "h40",
        "Rappelant la résolution 973 (LII) et sa résolution 940 (XLIX),",
        [("973 (LII)", None), ("940 (XLIX)", None)],
    ),
    (
        "en",
        "h41",
        (
            "Recalling resolution 330 (XXX) adopted at its thirtieth session and General "
            "Assembly resolution 76/6,"
        ),
        [("330 (XXX)", None), ("76/6", "A/RES/76/6")],
    ),
    (
        "ar",
        "h42",
        "إذ تشير إلى قرارها 330 (د-30) وإلى قرار الجمعية العامة 76/6،",
        [("330", None), ("76/6", "A/RES/76/6")],
    ),
    ("en", "h31", "Recalling resolution 79/10 of 19 May 2023 on regional connectivity,", [("79/10", None)]),
    (
        "en",
        "h31",
        ("Recalling Commission resolutions 77/1 and 78/2 and Economic and Social Council resolution 2023/2,"),
        [("77/1", None), ("78/2", None), ("2023/2", "E/RES/2023/2")],
    ),
    ("fr", "h32", "Rappelant la résolution 79/10 du 19 mai 2023,", [("79/10", None)]),
    ("ru", "h34", "ссылаясь на резолюцию 79/10 от 19 мая 2023 года,", [("79/10", None)]),
    ("zh", "h35", "回顾2023年5月19日第79/10号决议，", [("79/10", None)]),
    (
        "en",
        "h19",
        "1. Recalls decision 2022/15 and takes note of document DP/2024/9;",
        [("2022/15", None), ("DP/2024/9", "DP/2024/9")],
    ),
    (
        "en",
        "h19",
        ("4. Recalls Executive Board decisions 2021/6 and 2022/15 and General Assembly resolution 79/226;"),
        [("2021/6", None), ("2022/15", None), ("79/226", "A/RES/79/226")],
    ),
    ("fr", "h20", "1. Rappelle la décision 2022/15 du 9 septembre 2022;", [("2022/15", None)]),
    ("es", "h21", "1. Recuerda la decisión 2022/15, de 9 de septiembre de 2022;", [("2022/15", None)]),
    (
        "en",
        "h12",
        ("Recalling resolutions WHA58.3 (2005) and WHA77.1 (2024) and decision WHA75(8) (2022),"),
        [("WHA58.3", None), ("WHA77.1", None), ("WHA75(8)", None)],
    ),
    (
        "en",
        "h12",
        (
            "Recalling the United Nations General Assembly resolution 74/2 (2019) and the "
            "political declaration annexed thereto,"
        ),
        [("74/2", "A/RES/74/2")],
    ),
    (
        "en",
        "h6",
        (
            "Recalling its resolution 5/14 of 2 March 2022 and decision 27/2 of the Governing "
            "Council of the United Nations Environment Programme,"
        ),
        [("5/14", "UNEP/EA.5/RES.14"), ("27/2", None)],
    ),
    ("en", "h6", "Recalling resolution 4/6 of 15 March 2019,", [("4/6", "UNEP/EA.4/RES.6")]),
    (
        "en",
        "h0",
        (
            "Recalling decision 27/2 of 22 February 2013 of the Governing Council of the United "
            "Nations Environment Programme,"
        ),
        [("27/2", None)],
    ),
    (
        "fr",
        "h1",
        (
            "Rappelant la décision 27/2 du 22 février 2013 du Conseil d'administration du "
            "Programme des Nations Unies pour l'environnement,"
        ),
        [("27/2", None)],
    ),
    (
        "en",
        "h0",
        ("Recalling resolution 5/14 of 2 March 2022 of the United Nations Environment Assembly,"),
        [("5/14", "UNEP/EA.5/RES.14")],
    ),
    (
        "en",
        "h0",
        (
            "Recalling UNEP Governing Council decision 27/2 and United Nations Environment "
            "Assembly decision 5/2,"
        ),
        [("27/2", None), ("5/2", "UNEP/EA.5/DEC.2")],
    ),
    (
        "en",
        "h0",
        (
            "Recalling decision 15/4 of the Conference of the Parties to the Convention on "
            "Biological Diversity, on the Kunming-Montreal Global Biodiversity Framework,"
        ),
        [("15/4", None)],
    ),
    (
        "en",
        "h0",
        (
            "Recalling decision 3/COP.8 of the Conference of the Parties to the United Nations "
            "Convention to Combat Desertification,"
        ),
        [("3/COP.8", None)],
    ),
    (
        "fr",
        "h1",
        (
            "Rappelant la décision 15/4 de la Conférence des Parties à la Convention sur la "
            "diversité biologique,"
        ),
        [("15/4", None)],
    ),
    (
        "es",
        "h2",
        (
            "Recordando la decisión 15/4 de la Conferencia de las Partes en el Convenio sobre la "
            "Diversidad Biológica,"
        ),
        [("15/4", None)],
    ),
    (
        "ru",
        "h3",
        "ссылаясь на решение 15/4 Конференции Сторон Конвенции о биологическом разнообразии,",
        [("15/4", None)],
    ),
    ("zh", "h4", "回顾《生物多样性公约》缔约方大会第15/4号决定，", [("15/4", None)]),
    (
        "en",
        "h0",
        (
            "Recalling decision BC-16/5 of the Conference of the Parties to the Basel Convention "
            "and decision 1/CP.21,"
        ),
        [("BC-16/5", None), ("1/CP.21", "FCCC/CP/DEC/21/1")],
    ),
    (
        "en",
        "h0",
        "Recalling decision 216 EX/5 of the Executive Board of UNESCO and 41 C/Resolution 23,",
        [("216 EX/5", None), ("41 C/Resolution 23", None)],
    ),
    ("en", "h0", "Noting resolution AFR/RC72/R3 of the WHO Regional Committee for Africa,", []),
    (
        "en",
        "h0",
        "Recalling FAO Council resolution 1/167 and FAO Conference resolution 4/2019,",
        [("1/167", None), ("4/2019", None)],
    ),
    (
        "en",
        "h0",
        (
            "Recalling the resolution concerning the Global Coalition for Social Justice adopted "
            "by the International Labour Conference on 14 June 2024 and the decision "
            "GB.350/INS/2,"
        ),
        [("GB.350/INS/2", None)],
    ),
    (
        "en",
        "h0",
        (
            "Recalling resolution 79/10 of 19 May 2023 of the Economic and Social Commission for "
            "Asia and the Pacific,"
        ),
        [("79/10", None)],
    ),
    (
        "en",
        "h0",
        "Recalling decision 2024/12 of 9 September 2024 of the UNICEF Executive Board,",
        [("2024/12", None)],
    ),
    (
        "en",
        "h0",
        (
            "Recalling resolution 41 C/23 of 24 November 2021 of the General Conference of "
            "UNESCO and resolution 76/300 of 28 July 2022,"
        ),
        [("41 C/23", None), ("76/300", "A/RES/76/300")],
    ),
    (
        "en",
        "h0",
        "Recalling resolution 2/1 of 9 June 2023 of the United Nations Habitat Assembly,",
        [("2/1", None)],
    ),
    (
        "en",
        "h0",
        (
            "Recalling decision 66/2 of 3 March 2018 of the Governing Council of UNEP and "
            "decision 67/502 of the General Assembly,"
        ),
        [("66/2", None), ("67/502", "A/DEC/67/502")],
    ),
    (
        "en",
        "h0",
        (
            "Recalling resolution 70/1 of 25 September 2015 of the General Assembly and "
            "resolution 2019/4 of 24 July 2019 of the Economic and Social Council,"
        ),
        [("70/1", "A/RES/70/1"), ("2019/4", "E/RES/2019/4")],
    ),
    (
        "en",
        "h0",
        (
            "Recalling its resolution 60/251 of 15 March 2006, Human Rights Council resolutions "
            "5/1 and 5/2 and Economic and Social Commission for Asia and the Pacific resolution "
            "79/10,"
        ),
        [("60/251", "A/RES/60/251"), ("5/1", "A/HRC/RES/5/1"), ("5/2", "A/HRC/RES/5/2"), ("79/10", None)],
    ),
    (
        "fr",
        "h1",
        (
            "Rappelant la résolution 79/10 du 19 mai 2023 de la Commission économique et sociale "
            "pour l'Asie et le Pacifique,"
        ),
        [("79/10", None)],
    ),
    (
        "fr",
        "h1",
        ("Rappelant la décision 2024/12 du 9 septembre 2024 du Conseil d'administration de l'UNICEF,"),
        [("2024/12", None)],
    ),
    (
        "fr",
        "h1",
        "Rappelant la résolution 70/1 du 25 septembre 2015 de l'Assemblée générale,",
        [("70/1", "A/RES/70/1")],
    ),
    (
        "es",
        "h2",
        (
            "Recordando la resolución 79/10, de 19 de mayo de 2023, de la Comisión Económica y "
            "Social para Asia y el Pacífico,"
        ),
        [("79/10", None)],
    ),
    (
        "es",
        "h2",
        ("Recordando la decisión 2024/12, de 9 de septiembre de 2024, de la Junta Ejecutiva del UNICEF,"),
        [("2024/12", None)],
    ),
    (
        "es",
        "h2",
        "Recordando la resolución 70/1, de 25 de septiembre de 2015, de la Asamblea General,",
        [("70/1", "A/RES/70/1")],
    ),
    (
        "ru",
        "h3",
        (
            "ссылаясь на резолюцию 79/10 от 19 мая 2023 года Экономической и социальной комиссии "
            "для Азии и Тихого океана,"
        ),
        [("79/10", None)],
    ),
    (
        "ru",
        "h3",
        "ссылаясь на решение 2024/12 от 9 сентября 2024 года Исполнительного совета ЮНИСЕФ,",
        [("2024/12", None)],
    ),
    (
        "ru",
        "h3",
        "ссылаясь на резолюцию 70/1 от 25 сентября 2015 года Генеральной Ассамблеи,",
        [("70/1", "A/RES/70/1")],
    ),
    (
        "en",
        "h0",
        (
            "Recalling decision 27/2 of 22 February 2013, of the Governing Council of the United "
            "Nations Environment Programme,"
        ),
        [("27/2", None)],
    ),
    # the adopting body past the date, with its own link word
    (
        "en",
        "h0",
        "Noting resolution 74/3, adopted on 16 May 2018 by the Economic and Social Commission for Asia "
        "and the Pacific,",
        [("74/3", None)],
    ),
    (
        "en",
        "h0",
        "Welcoming decision 2023/4 adopted on 2 February 2023 by the Executive Board of UNDP/UNFPA/UNOPS "
        "and General Assembly resolution 77/184,",
        [("2023/4", None), ("77/184", "A/RES/77/184")],
    ),
    (
        "en",
        "h0",
        "Noting resolution 19/4, adopted on 21 May 2013 by the Commission on Crime Prevention and "
        "Criminal Justice,",
        [("19/4", "E/CN.15/RES/19/4")],
    ),
    (
        "fr",
        "h1",
        "Rappelant la résolution 74/3, adoptée le 16 mai 2018 par la Commission économique et sociale "
        "pour l'Asie et le Pacifique,",
        [("74/3", None)],
    ),
    (
        "es",
        "h2",
        "Recordando la resolución 74/3, aprobada el 16 de mayo de 2018 por la Comisión Económica y "
        "Social para Asia y el Pacífico,",
        [("74/3", None)],
    ),
    (
        "en",
        "h0",
        "Recalling resolution 70/1 of 25 September 2015 by which it adopted the 2030 Agenda,",
        [("70/1", "A/RES/70/1")],
    ),
]


@pytest.mark.parametrize(("lang", "head", "text", "expected"), by_language(ROWS))
def test_bodies_outside_the_series(
    lang: str, head: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    res = extract_text(HEADS.get(head, "") + text, lang=lang)
    cits = list(res.citations)
    assert len(cits) == len(expected), [(c.text, c.target) for c in cits]
    for c, (mention, target) in zip(cits, expected, strict=True):
        assert mention in c.text
        assert c.target == target, (c.text, c.target, c.reason)
        if target is None:
            assert c.kind == "unresolved"
            assert c.body not in (None, "A", "E"), (c.text, c.body, c.reason)
            assert c.reason
