"""Adversarial rows for the decisions of convention bodies and other organs in six languages
(issue 7): climate decisions by their codes ("decision 1/CP.21", "2/CMA.3", "1/م أ ت-3") in
preambles, operative paragraphs, lists, ranges and footnotes, with their dates before or after
(a list of coded decisions shares the date after its last; Chinese puts the date before the
number; the Paris Agreement meeting's sessions fall a year later than its first was held); the
Environment Assembly by its short names ("ЮНЕА", "جمعية البيئة"); the biodiversity, chemicals and
health bodies' texts, kept unresolved with their reason; and the Council's functional
commissions.  The passages are invented for these tests."""

from __future__ import annotations

import pytest

from passages import by_language
from rescite.engine.extract import extract_text

#: (language, passage, each record as (target, or "" when unresolved, and its date))
Row = tuple[str, str, list[tuple[str, str | None]]]

_ROWS: list[Row] = [
    (
        "en",
        "The General Assembly,\n\nRecalling decision 1/CP.23 of the Conference of the "
        "Parties to the United Nations Framework Convention on Climate Change, adopted "
        "on 18 November 2017, and decision 3/CMA.2 of 14 December 2019,",
        [
            ("FCCC/CP/DEC/23/1", "2017-11-18"),
            ("FCCC/PA/CMA/DEC/2/3", "2019-12-14"),
        ],
    ),
    (
        "en",
        "The General Assembly,\n\nTaking note of decision XV/4 of the Conference of the "
        "Parties to the Convention on Biological Diversity, of 19 December 2022,",
        [
            ("", "2022-12-19"),
        ],
    ),
    (
        "en",
        "The General Assembly,\n\nRecalling decisions BC-16/2, RC-11/3 and SC-11/5 of "
        "the conferences of the parties to the Basel, Rotterdam and Stockholm "
        "conventions,",
        [
            ("", None),
            ("", None),
            ("", None),
        ],
    ),
    (
        "en",
        "The General Assembly,\n\nNoting resolution 6/3 of the United Nations "
        "Environment Assembly of 1 March 2024, and Environment Assembly resolution "
        "5/14 of 2 March 2022,",
        [
            ("UNEP/EA.5/RES.14", "2022-03-02"),
            ("UNEP/EA.6/RES.3", "2024-03-01"),
        ],
    ),
    (
        "en",
        "The General Assembly,\n\nRecalling World Health Assembly resolutions WHA74.16 "
        "of 31 May 2021 and WHA75.9 of 27 May 2022, and Executive Board decision "
        "EB152(4),",
        [
            ("", None),
            ("", "2021-05-31"),
            ("", "2022-05-27"),
        ],
    ),
    (
        "en",
        "The General Assembly,\n\n1. Takes note of decision 2/CMA.4, which the "
        "Conference of the Parties serving as the meeting of the Parties to that "
        "Agreement took during its fourth session;",
        [
            ("FCCC/PA/CMA/DEC/4/2", None),
        ],
    ),
    (
        "en",
        "The General Assembly,\n\nRecalling its resolution 77/161 of 14 December 2022,1\n\n"
        "1 See also decision 5/CP.27 of 20 November 2022.",
        [
            ("A/RES/77/161", "2022-12-14"),
            ("FCCC/CP/DEC/27/5", "2022-11-20"),
        ],
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nRappelant la décision 1/CP.24 de la Conférence des "
        "Parties à la Convention-cadre des Nations Unies sur les changements "
        "climatiques, en date du 15 décembre 2018, et la décision 2/CMA.1,",
        [
            ("FCCC/CP/DEC/24/1", "2018-12-15"),
            ("FCCC/PA/CMA/DEC/1/2", None),
        ],
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nRappelant la décision XIV/8 de la Conférence des "
        "Parties à la Convention sur la diversité biologique, en date du 29 novembre "
        "2018,",
        [
            ("", "2018-11-29"),
        ],
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nRappelant la résolution 5/2 de l'Assemblée des Nations "
        "Unies pour l'environnement, en date du 2 mars 2022,",
        [
            ("UNEP/EA.5/RES.2", "2022-03-02"),
        ],
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nRappelant la résolution WHA72.6 de l'Assemblée "
        "mondiale de la Santé, en date du 28 mai 2019,",
        [
            ("", "2019-05-28"),
        ],
    ),
    (
        "es",
        "La Asamblea General,\n\nRecordando la decisión 1/CP.25 de la Conferencia de las "
        "Partes en la Convención Marco de las Naciones Unidas sobre el Cambio "
        "Climático, de 15 de diciembre de 2019, y la decisión 4/CMA.2,",
        [
            ("FCCC/CP/DEC/25/1", "2019-12-15"),
            ("FCCC/PA/CMA/DEC/2/4", None),
        ],
    ),
    (
        "es",
        "La Asamblea General,\n\nAcogiendo con beneplácito las decisiones 2/CP.27 y "
        "6/CMA.4, aprobadas el 20 de noviembre de 2022,",
        [
            ("FCCC/CP/DEC/27/2", "2022-11-20"),
            ("FCCC/PA/CMA/DEC/4/6", "2022-11-20"),
        ],
    ),
    (
        "es",
        "La Asamblea General,\n\nRecordando la resolución 4/7 de la Asamblea de las "
        "Naciones Unidas sobre el Medio Ambiente, de 15 de marzo de 2019,",
        [
            ("UNEP/EA.4/RES.7", "2019-03-15"),
        ],
    ),
    (
        "es",
        "La Asamblea General,\n\nRecordando la decisión XIII/5 de la Conferencia de las "
        "Partes en el Convenio sobre la Diversidad Biológica,",
        [
            ("", None),
        ],
    ),
    (
        "ru",
        "Генеральная Ассамблея,\n\nссылаясь на решение 1/CP.26 Конференции Сторон "
        "Рамочной конвенции Организации Объединенных Наций об изменении климата от 13 "
        "ноября 2021 года и решение 3/CMA.3,",
        [
            ("FCCC/CP/DEC/26/1", "2021-11-13"),
            ("FCCC/PA/CMA/DEC/3/3", None),
        ],
    ),
    (
        "ru",
        "Генеральная Ассамблея,\n\nпринимая к сведению решения 4/CP.27 и 2/CMA.4 от 20 ноября 2022 года,",
        [
            ("FCCC/CP/DEC/27/4", "2022-11-20"),
            ("FCCC/PA/CMA/DEC/4/2", "2022-11-20"),
        ],
    ),
    (
        "ru",
        "Генеральная Ассамблея,\n\nссылаясь на резолюцию 5/5 Ассамблеи Организации "
        "Объединенных Наций по окружающей среде от 2 марта 2022 года,",
        [
            ("UNEP/EA.5/RES.5", "2022-03-02"),
        ],
    ),
    (
        "ar",
        "إن الجمعية العامة،\n\nإذ تشير إلى المقرر 1/م أ-21 الصادر عن مؤتمر الأطراف في "
        "اتفاقية الأمم المتحدة الإطارية بشأن تغير المناخ،",
        [
            ("FCCC/CP/DEC/21/1", None),
        ],
    ),
    (
        "ar",
        "إن الجمعية العامة،\n\nإذ تشير إلى المقرر 1/CP.21 المؤرخ 12 كانون الأول/ديسمبر 2015 والمقرر 2/CMA.3،",
        [
            ("FCCC/CP/DEC/21/1", "2015-12-12"),
            ("FCCC/PA/CMA/DEC/3/2", None),
        ],
    ),
    (
        "ar",
        "إن الجمعية العامة،\n\nوإذ تشير إلى قرار جمعية الأمم المتحدة للبيئة 5/2 المؤرخ 2 آذار/مارس 2022،",
        [
            ("UNEP/EA.5/RES.2", "2022-03-02"),
        ],
    ),
    (
        "zh",
        "大会，\n\n回顾《联合国气候变化框架公约》缔约方大会2015年12月12日第1/CP.21号决定和第2/CMA.1号决定，",
        [
            ("FCCC/CP/DEC/21/1", "2015-12-12"),
            ("FCCC/PA/CMA/DEC/1/2", None),
        ],
    ),
    (
        "zh",
        "大会，\n\n注意到联合国环境大会2022年3月2日第5/2号决议，",
        [
            ("UNEP/EA.5/RES.2", "2022-03-02"),
        ],
    ),
    (
        "zh",
        "大会，\n\n回顾第1/CP.26号、第4/CMP.16号和第3/CMA.3号决定，",
        [
            ("FCCC/CP/DEC/26/1", None),
            ("FCCC/KP/CMP/DEC/16/4", None),
            ("FCCC/PA/CMA/DEC/3/3", None),
        ],
    ),
    (
        "en",
        "The General Assembly,\n\nRecalling paragraph 21 of decision 1/CP.22 and annex "
        "II to decision 3/CMA.1,",
        [
            ("FCCC/CP/DEC/22/1", None),
            ("FCCC/PA/CMA/DEC/1/3", None),
        ],
    ),
    (
        "en",
        "The General Assembly,\n\nRecalling the Glasgow Climate Pact (decision 1/CMA.3) "
        "and decision -/CP.28,",
        [
            ("FCCC/PA/CMA/DEC/3/1", None),
            ("", None),  # (the decision not yet numbered: kept unresolved with its reason)
        ],
    ),
    (
        "en",
        "The General Assembly,\n\nRecalling Commission on Narcotic Drugs resolution 64/3 "
        "of 16 April 2021 and Commission on the Status of Women resolution 65/1 of 26 "
        "March 2021,",
        [
            ("E/CN.6/RES/65/1", "2021-03-26"),
            ("E/CN.7/RES/64/3", "2021-04-16"),
        ],
    ),
    (
        "en",
        "The General Assembly,\n\nRecalling Statistical Commission decision 52/101 and "
        "Commission on Population and Development resolution 2019/1 of 5 April 2019,",
        [
            ("", None),
            ("", "2019-04-05"),
        ],
    ),
    (
        "en",
        "The General Assembly,\n\nRecalling resolution UNEP/EA.5/Res.5 and decision UNEP/EA.4/2,",
        [
            ("UNEP/EA.4/2", None),
            ("UNEP/EA.5/RES.5", None),
        ],
    ),
    (
        "en",
        "The General Assembly,\n\nNoting that the Conference of the Parties, in its "
        "decision 2/CP.17 of 11 December 2011, decided to establish the Platform,",
        [
            ("FCCC/CP/DEC/17/2", "2011-12-11"),
        ],
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nRappelant le paragraphe 4 de la décision 1/CP.21 et "
        "l'annexe de la décision 18/CMA.1, en date du 15 décembre 2018,",
        [
            ("FCCC/CP/DEC/21/1", None),
            ("FCCC/PA/CMA/DEC/1/18", "2018-12-15"),
        ],
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nRappelant la résolution 64/2 de la Commission des "
        "stupéfiants, en date du 16 avril 2021, et la résolution 65/3 de la Commission "
        "de la condition de la femme,",
        [
            ("E/CN.6/RES/65/3", None),
            ("E/CN.7/RES/64/2", "2021-04-16"),
        ],
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nRappelant les décisions BC-15/2 et SC-10/4, ainsi que "
        "la décision XV/5 de la Conférence des Parties à la Convention sur la "
        "diversité biologique,",
        [
            ("", None),
            ("", None),
            ("", None),
        ],
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nRappelant la résolution WHA75.12 de l'Assemblée "
        "mondiale de la Santé et la décision EB150(3) du Conseil exécutif,",
        [
            ("", None),
            ("", None),
        ],
    ),
    (
        "es",
        "La Asamblea General,\n\nRecordando el párrafo 8 de la decisión 1/CMA.2 y la "
        "decisión 4/CMP.1, de 30 de noviembre de 2005,",
        [
            ("FCCC/KP/CMP/DEC/1/4", "2005-11-30"),
            ("FCCC/PA/CMA/DEC/2/1", None),
        ],
    ),
    (
        "es",
        "La Asamblea General,\n\nRecordando la resolución 64/1 de la Comisión de "
        "Estupefacientes, de 16 de abril de 2021, y la resolución 66/2 de la Comisión "
        "de la Condición Jurídica y Social de la Mujer,",
        [
            ("E/CN.6/RES/66/2", None),
            ("E/CN.7/RES/64/1", "2021-04-16"),
        ],
    ),
    (
        "es",
        "La Asamblea General,\n\nRecordando la resolución WHA74.7 de la Asamblea Mundial "
        "de la Salud, de 31 de mayo de 2021,",
        [
            ("", "2021-05-31"),
        ],
    ),
    (
        "ru",
        "Генеральная Ассамблея,\n\nссылаясь на пункт 7 решения 1/CP.21 и приложение к решению 3/CMA.2,",
        [
            ("FCCC/CP/DEC/21/1", None),
            ("FCCC/PA/CMA/DEC/2/3", None),
        ],
    ),
    (
        "ru",
        "Генеральная Ассамблея,\n\nссылаясь на резолюцию 64/3 Комиссии по наркотическим "
        "средствам от 16 апреля 2021 года и резолюцию 65/1 Комиссии по положению "
        "женщин,",
        [
            ("E/CN.6/RES/65/1", None),
            ("E/CN.7/RES/64/3", "2021-04-16"),
        ],
    ),
    (
        "ru",
        "Генеральная Ассамблея,\n\nссылаясь на резолюцию WHA75.9 Всемирной ассамблеи "
        "здравоохранения от 27 мая 2022 года,",
        [
            ("", "2022-05-27"),
        ],
    ),
    (
        "ru",
        "Генеральная Ассамблея,\n\nссылаясь на решение XIV/8 Конференции Сторон "
        "Конвенции о биологическом разнообразии,",
        [
            ("", None),
        ],
    ),
    (
        "ar",
        "إن الجمعية العامة،\n\nإذ تشير إلى قرار لجنة المخدرات 64/3 المؤرخ 16 نيسان/أبريل "
        "2021 وقرار لجنة وضع المرأة 65/1،",
        [
            ("E/CN.6/RES/65/1", None),
            ("E/CN.7/RES/64/3", "2021-04-16"),
        ],
    ),
    (
        "ar",
        "إن الجمعية العامة،\n\nإذ تشير إلى الفقرة 7 من المقرر 1/CP.21 والمرفق الثاني بالمقرر 3/CMA.1،",
        [
            ("FCCC/CP/DEC/21/1", None),
            ("FCCC/PA/CMA/DEC/1/3", None),
        ],
    ),
    (
        "ar",
        "إن الجمعية العامة،\n\nوإذ تشير إلى قرار جمعية الصحة العالمية ج ص ع 72-6،",
        [
            ("", None),
        ],
    ),
    (
        "zh",
        "大会，\n\n回顾第1/CP.21号决定第7段和第3/CMA.1号决定附件二，",
        [
            ("FCCC/CP/DEC/21/1", None),
            ("FCCC/PA/CMA/DEC/1/3", None),
        ],
    ),
    (
        "zh",
        "大会，\n\n回顾麻醉药品委员会2021年4月16日第64/3号决议和妇女地位委员会第65/1号决议，",
        [
            ("E/CN.6/RES/65/1", None),
            ("E/CN.7/RES/64/3", "2021-04-16"),
        ],
    ),
    (
        "zh",
        "大会，\n\n回顾世界卫生大会2022年5月27日WHA75.9号决议，",
        [
            ("", None),
        ],
    ),
    (
        "zh",
        "大会，\n\n回顾生物多样性公约缔约方大会第XIV/8号决定，",
        [
            ("", None),
        ],
    ),
    (
        "ru",
        "Генеральная Ассамблея,\n\nпринимая к сведению резолюции 77/1 и 77/2 от 20 ноября 2022 года,",
        [
            ("A/RES/77/1", "2022-11-20"),
            ("A/RES/77/2", "2022-11-20"),
        ],
    ),
    (
        "ru",
        "Генеральная Ассамблея,\n\nпринимая к сведению решение 2/CMA.4 от 20 ноября 2022 года,",
        [
            ("FCCC/PA/CMA/DEC/4/2", "2022-11-20"),
        ],
    ),
    (
        "ru",
        "Генеральная Ассамблея,\n\nпринимая к сведению решение 4/CP.27 Конференции "
        "Сторон от 20 ноября 2022 года,",
        [
            ("FCCC/CP/DEC/27/4", "2022-11-20"),
        ],
    ),
    (
        "zh",
        "大会，\n\n回顾缔约方大会2015年12月12日第1/CP.21号决定，",
        [
            ("FCCC/CP/DEC/21/1", "2015-12-12"),
        ],
    ),
    (
        "zh",
        "大会，\n\n回顾2015年12月12日第1/CP.21号决定，",
        [
            ("FCCC/CP/DEC/21/1", "2015-12-12"),
        ],
    ),
    (
        "zh",
        "大会，\n\n回顾大会2015年12月12日第70/1号决议，",
        [
            ("A/RES/70/1", "2015-12-12"),
        ],
    ),
    (
        "en",
        "The General Assembly,\n\nWelcoming resolutions 77/1 and 77/2, adopted at "
        "Glasgow on 13 November 2021,",
        [
            ("A/RES/77/1", None),
            ("A/RES/77/2", None),
        ],
    ),
    (
        "en",
        "The General Assembly,\n\nWelcoming decisions 4/CP.26 and 7/CMA.3, adopted on 13 November 2021,",
        [
            ("FCCC/CP/DEC/26/4", "2021-11-13"),
            ("FCCC/PA/CMA/DEC/3/7", "2021-11-13"),
        ],
    ),
    (
        "ru",
        "Генеральная Ассамблея,\n\nссылаясь на решение 1/CP.26 от 13 ноября 2021 года,",
        [
            ("FCCC/CP/DEC/26/1", "2021-11-13"),
        ],
    ),
    (
        "ru",
        "Генеральная Ассамблея,\n\nссылаясь на решение 1/CP.20 от 13 декабря 2014 года,",
        [
            ("FCCC/CP/DEC/20/1", "2014-12-13"),
        ],
    ),
    (
        "en",
        "The General Assembly,\n\nRecalling decision 2/CMA.4 of 20 November 2022,",
        [
            ("FCCC/PA/CMA/DEC/4/2", "2022-11-20"),
        ],
    ),
    (
        "zh",
        "大会，\n\n回顾2014年12月13日第1/CP.20号决定，",
        [
            ("FCCC/CP/DEC/20/1", "2014-12-13"),
        ],
    ),
    (
        "zh",
        "大会，\n\n回顾2021年11月13日第1/CP.26号决定，",
        [
            ("FCCC/CP/DEC/26/1", "2021-11-13"),
        ],
    ),
    (
        "en",
        "The General Assembly,\n\nTaking note of decision 4/CP.27 of the Conference of "
        "the Parties of 20 November 2022,",
        [
            ("FCCC/CP/DEC/27/4", "2022-11-20"),
        ],
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nPrenant note de la décision 4/CP.27 de la Conférence "
        "des Parties, en date du 20 novembre 2022,",
        [
            ("FCCC/CP/DEC/27/4", "2022-11-20"),
        ],
    ),
    (
        "es",
        "La Asamblea General,\n\nTomando nota de la decisión 4/CP.27 de la Conferencia "
        "de las Partes, de 20 de noviembre de 2022,",
        [
            ("FCCC/CP/DEC/27/4", "2022-11-20"),
        ],
    ),
    (
        "ar",
        "إن الجمعية العامة،\n\nإذ تحيط علما بالمقرر 4/CP.27 الصادر عن مؤتمر الأطراف "
        "المؤرخ 20 تشرين الثاني/نوفمبر 2022،",
        [
            ("FCCC/CP/DEC/27/4", "2022-11-20"),
        ],
    ),
    (
        "en",
        "The General Assembly,\n\nTaking note of decisions 4/CP.27 and 2/CMA.4 of 20 November 2022,",
        [
            ("FCCC/CP/DEC/27/4", "2022-11-20"),
            ("FCCC/PA/CMA/DEC/4/2", "2022-11-20"),
        ],
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nPrenant note des décisions 4/CP.27 et 2/CMA.4 du 20 novembre 2022,",
        [
            ("FCCC/CP/DEC/27/4", "2022-11-20"),
            ("FCCC/PA/CMA/DEC/4/2", "2022-11-20"),
        ],
    ),
    (
        "en",
        "The General Assembly,\n\nTaking note of resolutions 77/1 and 77/2 of 20 November 2022,",
        [
            ("A/RES/77/1", "2022-11-20"),
            ("A/RES/77/2", "2022-11-20"),
        ],
    ),
    (
        "ru",
        "Генеральная Ассамблея,\n\nпринимая к сведению решения 1/CP.26 и 1/CP.27 от 20 ноября 2022 года,",
        [
            ("FCCC/CP/DEC/26/1", None),
            ("FCCC/CP/DEC/27/1", "2022-11-20"),
        ],
    ),
    (
        "ar",
        "إن الجمعية العامة،\n\nإذ تشير إلى المقررين 2/م أ ت-3 و 3/م أ ت-3 المؤرخين 13 "
        "تشرين الثاني/نوفمبر 2021،",
        [
            ("FCCC/PA/CMA/DEC/3/2", "2021-11-13"),
            ("FCCC/PA/CMA/DEC/3/3", "2021-11-13"),
        ],
    ),
    (
        "ar",
        "إن الجمعية العامة،\n\nإذ تشير إلى المقرر 1/م أ إ-16 والمقرر 4/م أ-26،",
        [
            ("FCCC/CP/DEC/26/4", None),
            ("FCCC/KP/CMP/DEC/16/1", None),
        ],
    ),
    (
        "ar",
        "إن الجمعية العامة،\n\n1 - تحيط علما بالمقرر 5/CMA.4 المؤرخ 20 تشرين الثاني/نوفمبر 2022؛",
        [
            ("FCCC/PA/CMA/DEC/4/5", "2022-11-20"),
        ],
    ),
    (
        "ar",
        "إن الجمعية العامة،\n\nإذ تشير إلى قراري جمعية الأمم المتحدة للبيئة 5/2 و 5/5 "
        "المؤرخين 2 آذار/مارس 2022،",
        [
            ("UNEP/EA.5/RES.2", "2022-03-02"),
            ("UNEP/EA.5/RES.5", "2022-03-02"),
        ],
    ),
    (
        "ar",
        "إن الجمعية العامة،\n\nوإذ تشير إلى قرار لجنة منع الجريمة والعدالة الجنائية 30/1 "
        "المؤرخ 21 أيار/مايو 2021،",
        [
            ("E/CN.15/RES/30/1", "2021-05-21"),
        ],
    ),
    (
        "zh",
        "大会，\n\n1. 注意到第5/CMA.4号决定；",
        [
            ("FCCC/PA/CMA/DEC/4/5", None),
        ],
    ),
    (
        "zh",
        "大会，\n\n回顾联合国环境大会第5/2号和第5/5号决议，",
        [
            ("UNEP/EA.5/RES.2", None),
            ("UNEP/EA.5/RES.5", None),
        ],
    ),
    (
        "zh",
        "大会，\n\n回顾预防犯罪和刑事司法委员会2021年5月21日第30/1号决议，",
        [
            ("E/CN.15/RES/30/1", "2021-05-21"),
        ],
    ),
    (
        "en",
        "The General Assembly,\n\nRecalling the Paris Agreement,2\n\n2 Adopted under the "
        "UNFCCC by decision 1/CP.21 of 12 December 2015 (see FCCC/CP/2015/10/Add.1).",
        [
            ("FCCC/CP/2015/10/Add.1", None),
            ("FCCC/CP/DEC/21/1", "2015-12-12"),
            ("UNTS/3156/54113", None),
        ],
    ),
    (
        "en",
        "The General Assembly,\n\nRecalling Commission on Crime Prevention and Criminal "
        "Justice resolution 30/1 of 21 May 2021 and Commission for Social Development "
        "resolution 61/1,",
        [
            ("E/CN.15/RES/30/1", "2021-05-21"),
            ("E/CN.5/RES/61/1", None),
        ],
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nRappelant l'Accord de Paris3,\n\n3 Adopté en application "
        "de la Convention-cadre par la décision 1/CP.21 du 12 décembre 2015 (voir "
        "FCCC/CP/2015/10/Add.1).",
        [
            ("FCCC/CP/2015/10/Add.1", None),
            ("FCCC/CP/DEC/21/1", "2015-12-12"),
            ("UNTS/3156/54113", None),
        ],
    ),
    (
        "es",
        "La Asamblea General,\n\nRecordando el Acuerdo de París4,\n\n4 Aprobado en virtud "
        "de la Convención Marco mediante la decisión 1/CP.21, de 12 de diciembre de "
        "2015 (véase FCCC/CP/2015/10/Add.1).",
        [
            ("FCCC/CP/2015/10/Add.1", None),
            ("FCCC/CP/DEC/21/1", "2015-12-12"),
            ("UNTS/3156/54113", None),
        ],
    ),
    (
        "es",
        "La Asamblea General,\n\n1. Acoge con beneplácito las decisiones 2/CMA.5 y "
        "3/CMA.5, de 13 de diciembre de 2023;",
        [
            ("FCCC/PA/CMA/DEC/5/2", "2023-12-13"),
            ("FCCC/PA/CMA/DEC/5/3", "2023-12-13"),
        ],
    ),
    (
        "ru",
        "Генеральная Ассамблея,\n\n1. приветствует решения 2/CMA.5 и 3/CMA.5 от 13 декабря 2023 года;",
        [
            ("FCCC/PA/CMA/DEC/5/2", "2023-12-13"),
            ("FCCC/PA/CMA/DEC/5/3", "2023-12-13"),
        ],
    ),
    (
        "ru",
        "Генеральная Ассамблея,\n\nссылаясь на Парижское соглашение5,\n\n5 Принято в "
        "рамках Рамочной конвенции решением 1/CP.21 от 12 декабря 2015 года (см. "
        "FCCC/CP/2015/10/Add.1).",
        [
            ("FCCC/CP/2015/10/Add.1", None),
            ("FCCC/CP/DEC/21/1", "2015-12-12"),
            ("UNTS/3156/54113", None),
        ],
    ),
    (
        "zh",
        "大会，\n\n回顾《巴黎协定》，6\n\n"
        "6 依据2015年12月12日第1/CP.21号决定通过（见FCCC/CP/2015/10/Add.1）。",
        [
            ("FCCC/CP/2015/10/Add.1", None),
            ("FCCC/CP/DEC/21/1", "2015-12-12"),
            ("UNTS/3156/54113", None),
        ],
    ),
    (
        "ar",
        "إن الجمعية العامة،\n\nإذ تشير إلى اتفاق باريس(7)،\n\n(7) اعتمد بموجب المقرر 1/م "
        "أ-21 المؤرخ 12 كانون الأول/ديسمبر 2015 (انظر FCCC/CP/2015/10/Add.1).",
        [
            ("FCCC/CP/2015/10/Add.1", None),
            ("FCCC/CP/DEC/21/1", "2015-12-12"),
            ("UNTS/3156/54113", None),
        ],
    ),
    (
        "en",
        "The General Assembly,\n\nRecalling the Glasgow Climate Pact,8\n\n8 See "
        "FCCC/PA/CMA/2021/10/Add.1, decision 1/CMA.3.",
        [
            ("FCCC/PA/CMA/2021/10/Add.1", None),
            ("FCCC/PA/CMA/DEC/3/1", None),
        ],
    ),
    (
        "en",
        "The General Assembly,\n\nRecalling decision 1/CP. 21 and decision 1 /CMA.3,",
        [
            ("FCCC/CP/DEC/21/1", None),
            ("FCCC/PA/CMA/DEC/3/1", None),
        ],
    ),
    (
        "en",
        "The General Assembly,\n\nRecalling UNEA resolution 5/2 and resolution 5/5 of "
        "the Environment Assembly, both of 2 March 2022,",
        [
            ("UNEP/EA.5/RES.2", "2022-03-02"),
            ("UNEP/EA.5/RES.5", "2022-03-02"),
        ],
    ),
    (
        "en",
        "The General Assembly,\n\nTaking note of decision 15/4 of the Conference of the "
        "Parties to the Convention on Biological Diversity (CBD/COP/DEC/15/4),",
        [
            ("", None),
            ("CBD/COP/DEC/15/4", None),
        ],
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nRappelant le Pacte de Glasgow pour le climat9,\n\n9 Voir "
        "FCCC/PA/CMA/2021/10/Add.1, décision 1/CMA.3.",
        [
            ("FCCC/PA/CMA/2021/10/Add.1", None),
            ("FCCC/PA/CMA/DEC/3/1", None),
        ],
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nRappelant la résolution 5/2 de l'Assemblée pour "
        "l'environnement et la résolution UNEP/EA.6/Res.3,",
        [
            ("UNEP/EA.5/RES.2", None),
            ("UNEP/EA.6/RES.3", None),
        ],
    ),
    (
        "es",
        "La Asamblea General,\n\nRecordando el Pacto de Glasgow para el Clima10,\n\n10 "
        "Véase FCCC/PA/CMA/2021/10/Add.1, decisión 1/CMA.3.",
        [
            ("FCCC/PA/CMA/2021/10/Add.1", None),
            ("FCCC/PA/CMA/DEC/3/1", None),
        ],
    ),
    (
        "es",
        "La Asamblea General,\n\nRecordando la resolución 5/2 de la Asamblea sobre el "
        "Medio Ambiente, de 2 de marzo de 2022,",
        [
            ("UNEP/EA.5/RES.2", "2022-03-02"),
        ],
    ),
    (
        "ru",
        "Генеральная Ассамблея,\n\nссылаясь на резолюции ЮНЕА 5/2 и 5/5,",
        [
            ("UNEP/EA.5/RES.2", None),
            ("UNEP/EA.5/RES.5", None),
        ],
    ),
    (
        "ru",
        "Генеральная Ассамблея,\n\nссылаясь на Пакт Глазго по климату11,\n\n11 См. "
        "FCCC/PA/CMA/2021/10/Add.1, решение 1/CMA.3.",
        [
            ("FCCC/PA/CMA/2021/10/Add.1", None),
            ("FCCC/PA/CMA/DEC/3/1", None),
        ],
    ),
    (
        "zh",
        "大会，\n\n回顾环境大会第5/2号决议，",
        [
            ("UNEP/EA.5/RES.2", None),
        ],
    ),
    (
        "zh",
        "大会，\n\n回顾《格拉斯哥气候协议》，12\n\n12 见FCCC/PA/CMA/2021/10/Add.1，第1/CMA.3号决定。",
        [
            ("FCCC/PA/CMA/2021/10/Add.1", None),
            ("FCCC/PA/CMA/DEC/3/1", None),
        ],
    ),
    (
        "ar",
        "إن الجمعية العامة،\n\nإذ تشير إلى ميثاق غلاسكو للمناخ(13)،\n\n(13) انظر "
        "FCCC/PA/CMA/2021/10/Add.1، المقرر 1/م أ ت-3.",
        [
            ("FCCC/PA/CMA/2021/10/Add.1", None),
            ("FCCC/PA/CMA/DEC/3/1", None),
        ],
    ),
    (
        "ar",
        "إن الجمعية العامة،\n\nإذ تشير إلى قرار جمعية البيئة 5/5،",
        [
            ("UNEP/EA.5/RES.5", None),
        ],
    ),
    (
        "en",
        "Conference of the Parties serving as the meeting of the Parties to the "
        "Paris Agreement,\n\nRecalling its decisions 1/CMA.2 and 3/CMA.4,\n\nAlso "
        "recalling decision 2/CMA.1, paragraph 6,",
        [
            ("FCCC/PA/CMA/DEC/1/2", None),
            ("FCCC/PA/CMA/DEC/2/1", None),
            ("FCCC/PA/CMA/DEC/4/3", None),
        ],
    ),
    (
        "fr",
        "La Conférence des Parties,\n\nRappelant ses décisions 1/CP.25 et 3/CP.26,",
        [
            ("FCCC/CP/DEC/25/1", None),
            ("FCCC/CP/DEC/26/3", None),
        ],
    ),
    (
        "en",
        "The United Nations Environment Assembly,\n\nRecalling its resolutions 4/7 and 5/14,",
        [
            ("UNEP/EA.4/RES.7", None),
            ("UNEP/EA.5/RES.14", None),
        ],
    ),
    (
        "ru",
        "Генеральная Ассамблея,\n\nпринимая к сведению решение 3/CMA.4 Конференции "
        "Сторон, действующей в качестве совещания Сторон Парижского соглашения, от 20 "
        "ноября 2022 года,",
        [
            ("FCCC/PA/CMA/DEC/4/3", "2022-11-20"),
        ],
    ),
    (
        "ru",
        "Генеральная Ассамблея,\n\nссылаясь на резолюцию 5/2 Ассамблеи по окружающей "
        "среде от 2 марта 2022 года,",
        [
            ("UNEP/EA.5/RES.2", "2022-03-02"),
        ],
    ),
    (
        "ar",
        "إن الجمعية العامة،\n\nإذ تشير إلى قراري جمعية البيئة 5/2 و5/5 المؤرخين 2 آذار/مارس 2022،",
        [
            ("UNEP/EA.5/RES.2", "2022-03-02"),
            ("UNEP/EA.5/RES.5", "2022-03-02"),
        ],
    ),
    (
        "en",
        "The General Assembly,\n\n1. Welcomes decisions 1/CMA.5 to 3/CMA.5 of 13 December 2023;",
        [
            ("FCCC/PA/CMA/DEC/5/1", "2023-12-13"),
            ("FCCC/PA/CMA/DEC/5/2", "2023-12-13"),
            ("FCCC/PA/CMA/DEC/5/3", "2023-12-13"),
        ],
    ),
    (
        "fr",
        "L'Assemblée générale,\n\n1. Se félicite des décisions 1/CMA.5 à 3/CMA.5, "
        "en date du 13 décembre 2023;",
        [
            ("FCCC/PA/CMA/DEC/5/1", "2023-12-13"),
            ("FCCC/PA/CMA/DEC/5/2", "2023-12-13"),
            ("FCCC/PA/CMA/DEC/5/3", "2023-12-13"),
        ],
    ),
]


def _order(record: tuple[str, str | None]) -> tuple[str, str]:
    return record[0], record[1] or ""


@pytest.mark.parametrize(("lang", "text", "want"), by_language(_ROWS))
def test_convention_decisions(lang: str, text: str, want: list[tuple[str, str | None]]) -> None:
    got = sorted(((c.target or "", c.date) for c in extract_text(text, lang=lang).citations), key=_order)
    assert got == sorted(want, key=_order)


_KEPT = [r for r in _ROWS if any(not target for target, _ in r[2])]


@pytest.mark.parametrize(("lang", "text", "want"), by_language(_KEPT))
def test_unresolved_with_reason(lang: str, text: str, want: list[tuple[str, str | None]]) -> None:
    kept = [c for c in extract_text(text, lang=lang).citations if c.target is None]
    assert len(kept) == sum(1 for target, _ in want if not target)
    assert all(c.reason and "body named" in c.reason for c in kept)
