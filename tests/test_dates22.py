"""Dates written away from the number: before it, before the sentence's subject, between the
verb and its object, in a relative clause that names the adopting body, after a quoted title;
Arabic years after "عام"; one date for a whole list ("all of …"); "Dec 14, 1960" without its point.
And look-alikes whose dates belong to something else.  Passages written for these tests in the
style of UN texts."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

ROWS: list[tuple[str, str, dict[str, str | None]]] = [
    ("zh", "回顾2010年7月30日大会第64/293号决议，", {"A/RES/64/293": "2010-07-30"}),
    (
        "zh",
        "回顾2012年12月20日大会第67/187号决议和2013年12月18日大会第68/190号决议，",
        {"A/RES/67/187": "2012-12-20", "A/RES/68/190": "2013-12-18"},
    ),
    ("zh", "又回顾2011年12月19日安全理事会第2027(2011)号决议，", {"S/RES/2027(2011)": "2011-12-19"}),
    ("zh", "回顾其2011年12月19日第66/180号决议，", {"A/RES/66/180": "2011-12-19"}),
    (
        "en",
        ("On 14 December 2022, the Assembly adopted, without a vote, resolution 77/163 on the topic."),
        {"A/RES/77/163": "2022-12-14"},
    ),
    (
        "en",
        "On 20 June 2019, the General Assembly adopted resolution 73/300.",
        {"A/RES/73/300": "2019-06-20"},
    ),
    (
        "en",
        ("On 8 March 2021, the Security Council adopted resolution 2567 (2021) unanimously."),
        {"S/RES/2567(2021)": "2021-03-08"},
    ),
    (
        "fr",
        ("Le 14 décembre 2022, l'Assemblée a adopté, sans vote, la résolution 77/163."),
        {"A/RES/77/163": "2022-12-14"},
    ),
    (
        "fr",
        "Le 20 juin 2019, l'Assemblée générale a adopté la résolution 73/300.",
        {"A/RES/73/300": "2019-06-20"},
    ),
    (
        "es",
        ("El 14 de diciembre de 2022, la Asamblea aprobó, sin votación, la resolución 77/163."),
        {"A/RES/77/163": "2022-12-14"},
    ),
    (
        "es",
        ("El 20 de junio de 2019, la Asamblea General aprobó la resolución 73/300."),
        {"A/RES/73/300": "2019-06-20"},
    ),
    (
        "ru",
        ("14 декабря 2022 года Ассамблея без голосования приняла резолюцию 77/163."),
        {"A/RES/77/163": "2022-12-14"},
    ),
    (
        "ru",
        "20 июня 2019 года Генеральная Ассамблея приняла резолюцию 73/300.",
        {"A/RES/73/300": "2019-06-20"},
    ),
    (
        "en",
        ("On 14 December 2022, the Assembly held a debate; it recalled resolution 70/1."),
        {"A/RES/70/1": None},
    ),
    (
        "en",
        ("On 14 December 2022, the Committee met and considered the report contained in resolution 75/12."),
        {"A/RES/75/12": None},
    ),
    (
        "fr",
        ("Le 14 décembre 2022, le Comité s'est réuni pour examiner la résolution 70/1."),
        {"A/RES/70/1": None},
    ),
    ("en", "Since 2015, the Assembly has adopted resolution 70/1 and others.", {"A/RES/70/1": None}),
    ("en", "From 1 to 5 June 2020, the Council adopted resolution 2520 (2020).", {"S/RES/2520(2020)": None}),
    (
        "en",
        "Welcomes the adoption, on 22 December 2023, of resolution 78/228;",
        {"A/RES/78/228": "2023-12-22"},
    ),
    (
        "en",
        ("Welcomes the adoption on 22 December 2023 of resolution 78/228 by the General Assembly;"),
        {"A/RES/78/228": "2023-12-22"},
    ),
    (
        "en",
        ("Noting the adoption by the Security Council, on 30 August 2022, of resolution 2649 (2022),"),
        {"S/RES/2649(2022)": "2022-08-30"},
    ),
    (
        "fr",
        ("Se félicite de l'adoption, le 22 décembre 2023, de la résolution 78/228;"),
        {"A/RES/78/228": "2023-12-22"},
    ),
    (
        "fr",
        (
            "Prenant note de l'adoption par le Conseil de sécurité, le 30 "
            "août 2022, de la résolution 2649 (2022),"
        ),
        {"S/RES/2649(2022)": "2022-08-30"},
    ),
    (
        "es",
        ("Acoge con beneplácito la aprobación, el 22 de diciembre de 2023, de la resolución 78/228;"),
        {"A/RES/78/228": "2023-12-22"},
    ),
    ("ru", "приветствует принятие 22 декабря 2023 года резолюции 78/228;", {"A/RES/78/228": "2023-12-22"}),
    ("ar", "ترحب باتخاذ القرار 78/228 في 22 كانون الأول/ديسمبر 2023؛", {"A/RES/78/228": "2023-12-22"}),
    ("zh", "欢迎2023年12月22日通过第78/228号决议；", {"A/RES/78/228": "2023-12-22"}),
    (
        "fr",
        ("Rappelant la résolution 2649 (2022) que le Conseil de sécurité a adoptée le 30 août 2022,"),
        {"S/RES/2649(2022)": "2022-08-30"},
    ),
    (
        "en",
        ("Recalling resolution 2649 (2022), which the Security Council adopted on 30 August 2022,"),
        {"S/RES/2649(2022)": "2022-08-30"},
    ),
    (
        "en",
        ("Recalling resolution 78/228, which the General Assembly adopted on 22 December 2023,"),
        {"A/RES/78/228": "2023-12-22"},
    ),
    (
        "es",
        ("Recordando la resolución 2649 (2022), que el Consejo de Seguridad aprobó el 30 de agosto de 2022,"),
        {"S/RES/2649(2022)": "2022-08-30"},
    ),
    (
        "ru",
        ("ссылаясь на резолюцию 2649 (2022), которую Совет Безопасности принял 30 августа 2022 года,"),
        {"S/RES/2649(2022)": "2022-08-30"},
    ),
    (
        "en",
        (
            "Recalling resolution 2649 (2022), which the Security Council "
            "discussed at its meeting on 3 May 2023,"
        ),
        {"S/RES/2649(2022)": None},
    ),
    (
        "fr",
        ("Rappelant la résolution 2649 (2022), que le Conseil a examinée à sa séance du 3 mai 2023,"),
        {"S/RES/2649(2022)": None},
    ),
    (
        "en",
        (
            'Recalling its resolution 62/208, entitled "Triennial review '
            'of operational activities", of 19 December 2007,'
        ),
        {"A/RES/62/208": "2007-12-19"},
    ),
    (
        "en",
        (
            "Recalling its resolution 62/208, entitled “Triennial review "
            "of operational activities”, of 19 December 2007,"
        ),
        {"A/RES/62/208": "2007-12-19"},
    ),
    (
        "fr",
        (
            "Rappelant sa résolution 62/208, intitulée « Examen triennal "
            "des activités opérationnelles », du 19 décembre 2007,"
        ),
        {"A/RES/62/208": "2007-12-19"},
    ),
    (
        "es",
        (
            "Recordando su resolución 62/208, titulada “Revisión trienal "
            "de las actividades operacionales”, de 19 de diciembre de "
            "2007,"
        ),
        {"A/RES/62/208": "2007-12-19"},
    ),
    (
        "ru",
        (
            "ссылаясь на свою резолюцию 62/208 «Трехгодичный обзор "
            "оперативной деятельности» от 19 декабря 2007 года,"
        ),
        {"A/RES/62/208": "2007-12-19"},
    ),
    (
        "ru",
        (
            "ссылаясь на свою резолюцию 62/208, озаглавленную "
            "«Трехгодичный обзор оперативной деятельности», от 19 декабря "
            "2007 года,"
        ),
        {"A/RES/62/208": "2007-12-19"},
    ),
    (
        "ar",
        (
            "إذ تشير إلى قرارها 62/208 المعنون ”الاستعراض الشامل الذي يجرى "
            "كل ثلاث سنوات“ المؤرخ 19 كانون الأول/ديسمبر 2007،"
        ),
        {"A/RES/62/208": "2007-12-19"},
    ),
    (
        "en",
        (
            'Recalling resolution 62/208, entitled "Review of the meeting '
            'of 3 May 2006", and resolution 62/210,'
        ),
        {"A/RES/62/208": None, "A/RES/62/210": None},
    ),
    ("ar", "إذ تشير إلى قرارها 64/293 المؤرخ 30 تموز/يوليه عام 2010،", {"A/RES/64/293": "2010-07-30"}),
    ("ar", "إذ تشير إلى قرارها 64/293 المؤرخ 30 تموز/يوليه 2010،", {"A/RES/64/293": "2010-07-30"}),
    (
        "ar",
        "إذ تشير إلى قرارها 66/180 المؤرخ 19 كانون الأول/ديسمبر عام 2011،",
        {"A/RES/66/180": "2011-12-19"},
    ),
    (
        "ar",
        "وإذ تشير إلى قرار مجلس الأمن 2649 (2022) المؤرخ 30 آب/أغسطس عام 2022،",
        {"S/RES/2649(2022)": "2022-08-30"},
    ),
    ("ar", "إذ تشير إلى قرارها 64/293 المؤرخ 30 يوليه 2010،", {"A/RES/64/293": "2010-07-30"}),
    ("ar", "إذ تشير إلى قرارها 64/293 المؤرخ 30 تموز/يوليو 2010،", {"A/RES/64/293": "2010-07-30"}),
    (
        "fr",
        ("Rappelant ses résolutions 70/1, 71/5, 72/9 et 73/11, toutes du 10 décembre,"),
        {"A/RES/70/1": None, "A/RES/71/5": None, "A/RES/72/9": None, "A/RES/73/11": None},
    ),
    (
        "fr",
        ("Rappelant ses résolutions 73/11, 73/12, 73/15 et 73/20, toutes du 10 décembre 2018,"),
        {
            "A/RES/73/11": "2018-12-10",
            "A/RES/73/12": "2018-12-10",
            "A/RES/73/15": "2018-12-10",
            "A/RES/73/20": "2018-12-10",
        },
    ),
    (
        "fr",
        ("Rappelant ses résolutions 73/11, 73/12, 73/15, 73/17 et 73/20, toutes du 10 décembre 2018,"),
        {
            "A/RES/73/11": "2018-12-10",
            "A/RES/73/12": "2018-12-10",
            "A/RES/73/15": "2018-12-10",
            "A/RES/73/17": "2018-12-10",
            "A/RES/73/20": "2018-12-10",
        },
    ),
    (
        "en",
        ("Recalling its resolutions 73/11, 73/12, 73/15 and 73/20, all of 10 December 2018,"),
        {
            "A/RES/73/11": "2018-12-10",
            "A/RES/73/12": "2018-12-10",
            "A/RES/73/15": "2018-12-10",
            "A/RES/73/20": "2018-12-10",
        },
    ),
    (
        "en",
        ("Recalling its resolutions 73/11, 73/12, 73/15, 73/17 and 73/20, all of 10 December 2018,"),
        {
            "A/RES/73/11": "2018-12-10",
            "A/RES/73/12": "2018-12-10",
            "A/RES/73/15": "2018-12-10",
            "A/RES/73/17": "2018-12-10",
            "A/RES/73/20": "2018-12-10",
        },
    ),
    (
        "es",
        ("Recordando sus resoluciones 73/11, 73/12, 73/15 y 73/20, todas ellas de 10 de diciembre de 2018,"),
        {
            "A/RES/73/11": "2018-12-10",
            "A/RES/73/12": "2018-12-10",
            "A/RES/73/15": "2018-12-10",
            "A/RES/73/20": "2018-12-10",
        },
    ),
    (
        "es",
        ("Recordando sus resoluciones 73/11, 73/12, 73/15 y 73/20, todas de 10 de diciembre de 2018,"),
        {
            "A/RES/73/11": "2018-12-10",
            "A/RES/73/12": "2018-12-10",
            "A/RES/73/15": "2018-12-10",
            "A/RES/73/20": "2018-12-10",
        },
    ),
    (
        "ru",
        ("ссылаясь на свои резолюции 73/11, 73/12, 73/15 и 73/20, все от 10 декабря 2018 года,"),
        {
            "A/RES/73/11": "2018-12-10",
            "A/RES/73/12": "2018-12-10",
            "A/RES/73/15": "2018-12-10",
            "A/RES/73/20": "2018-12-10",
        },
    ),
    (
        "fr",
        (
            "Rappelant ses résolutions 73/11, 73/12, 73/15 et 73/20, "
            "toutes du 10 décembre 2018, et sa résolution 74/3 du 15 "
            "octobre 2019,"
        ),
        {
            "A/RES/73/11": "2018-12-10",
            "A/RES/73/12": "2018-12-10",
            "A/RES/73/15": "2018-12-10",
            "A/RES/73/20": "2018-12-10",
            "A/RES/74/3": "2019-10-15",
        },
    ),
    (
        "fr",
        (
            "Rappelant ses résolutions 70/1 du 25 septembre 2015, 73/12, "
            "73/15 et 73/20, toutes du 10 décembre 2018,"
        ),
        {
            "A/RES/70/1": "2015-09-25",
            "A/RES/73/12": "2018-12-10",
            "A/RES/73/15": "2018-12-10",
            "A/RES/73/20": "2018-12-10",
        },
    ),
    ("en", "G.A. Res. 1514 (XV), U.N. Doc. A/RES/1514 (Dec. 14, 1960).", {"A/RES/1514(XV)": "1960-12-14"}),
    ("en", "G.A. Res. 1514 (XV), U.N. Doc. A/RES/1514 (Dec 14, 1960).", {"A/RES/1514(XV)": "1960-12-14"}),
    ("en", "G.A. Res. 67/187, U.N. Doc. A/RES/67/187 (Dec 20, 2012).", {"A/RES/67/187": "2012-12-20"}),
    ("en", "G.A. Res. 67/187, U.N. Doc. A/RES/67/187 (Dec. 20, 2012).", {"A/RES/67/187": "2012-12-20"}),
    ("en", "S.C. Res. 2649, U.N. Doc. S/RES/2649 (Aug 30, 2022).", {"S/RES/2649(2022)": "2022-08-30"}),
    ("en", "S.C. Res. 2649, U.N. Doc. S/RES/2649 (Sept. 30, 2022).", {"S/RES/2649(2022)": "2022-09-30"}),
    ("en", "G.A. Dec 67/555, U.N. Doc. A/67/49 (Vol. III) (2013).", {"A/DEC/67/555": None}),
    (
        "en",
        "S.C. Res. 2649 (Aug. 30, 2022); S.C. Res. 2650 (Sept. 15, 2022).",
        {"S/RES/2649(2022)": "2022-08-30", "S/RES/2650(2022)": "2022-09-15"},
    ),
    ("en", "U.N. Docs. A/4684 & A/4685 (Jan. 20, 1961).", {"A/4684": None, "A/4685": "1961-01-20"}),
    ("en", "U.N. Docs. A/77/100 & A/77/101 (June 3, 2022).", {"A/77/100": None, "A/77/101": "2022-06-03"}),
    ("en", "U.N. Docs. A/77/100 and A/77/101 (June 3, 2022).", {"A/77/100": None, "A/77/101": "2022-06-03"}),
    (
        "en",
        "U.N. Doc. A/77/100 (June 3, 2022); U.N. Doc. A/77/101 (June 4, 2022).",
        {"A/77/100": "2022-06-03", "A/77/101": "2022-06-04"},
    ),
    (
        "en",
        (
            "Recalling its resolution 70/1 of 25 September 2015 and its "
            "decision of 3 May 2016 to convene a meeting,"
        ),
        {"A/RES/70/1": "2015-09-25"},
    ),
    (
        "en",
        (
            "Taking note of the report of the Secretary-General of 3 May "
            "2023 (A/78/90) and recalling resolution 77/163,"
        ),
        {"A/78/90": "2023-05-03", "A/RES/77/163": None},
    ),
    ("en", "Recalling the meeting held on 3 May 2023, and resolution 77/163,", {"A/RES/77/163": None}),
    ("fr", "Rappelant la réunion tenue le 3 mai 2023 et la résolution 77/163,", {"A/RES/77/163": None}),
    (
        "es",
        ("Recordando la reunión celebrada el 3 de mayo de 2023 y la resolución 77/163,"),
        {"A/RES/77/163": None},
    ),
    (
        "ru",
        ("ссылаясь на заседание, состоявшееся 3 мая 2023 года, и резолюцию 77/163,"),
        {"A/RES/77/163": None},
    ),
    ("zh", "回顾2023年5月3日举行的会议和第77/163号决议，", {"A/RES/77/163": None}),
    (
        "en",
        ("Recalling its resolution 77/163 and the high-level meeting of 3 May 2023,"),
        {"A/RES/77/163": None},
    ),
    (
        "en",
        ("Recalling its resolutions 66/180 of 19 December 2011 and 67/187 of 20 December 2012,"),
        {"A/RES/66/180": "2011-12-19", "A/RES/67/187": "2012-12-20"},
    ),
    (
        "fr",
        ("Rappelant ses résolutions 66/180 du 19 décembre 2011 et 67/187 du 20 décembre 2012,"),
        {"A/RES/66/180": "2011-12-19", "A/RES/67/187": "2012-12-20"},
    ),
    (
        "es",
        (
            "Recordando sus resoluciones 66/180, de 19 de diciembre de "
            "2011, y 67/187, de 20 de diciembre de 2012,"
        ),
        {"A/RES/66/180": "2011-12-19", "A/RES/67/187": "2012-12-20"},
    ),
    (
        "ru",
        ("ссылаясь на свои резолюции 66/180 от 19 декабря 2011 года и 67/187 от 20 декабря 2012 года,"),
        {"A/RES/66/180": "2011-12-19", "A/RES/67/187": "2012-12-20"},
    ),
    (
        "ar",
        (
            "إذ تشير إلى قراريها 66/180 المؤرخ 19 كانون الأول/ديسمبر 2011 "
            "و 67/187 المؤرخ 20 كانون الأول/ديسمبر 2012،"
        ),
        {"A/RES/66/180": "2011-12-19", "A/RES/67/187": "2012-12-20"},
    ),
    (
        "zh",
        "回顾其2011年12月19日第66/180号和2012年12月20日第67/187号决议，",
        {"A/RES/66/180": "2011-12-19", "A/RES/67/187": "2012-12-20"},
    ),
    (
        "en",
        ("From 1 to 5 June 2020 the Committee held its session, and recalled resolution 74/2,"),
        {"A/RES/74/2": None},
    ),
    (
        "fr",
        ("Du 1er au 5 juin 2020, le Comité a tenu sa session et rappelé la résolution 74/2,"),
        {"A/RES/74/2": None},
    ),
    ("es", "Desde 2015, la Asamblea ha aprobado la resolución 70/1,", {"A/RES/70/1": None}),
    ("fr", "Depuis 2015, l'Assemblée a adopté la résolution 70/1,", {"A/RES/70/1": None}),
    (
        "fr",
        ("Le 22 décembre 2023, l'Assemblée a adopté la résolution 78/228 et rappelé la résolution 70/1."),
        {"A/RES/78/228": "2023-12-22", "A/RES/70/1": None},
    ),
    (
        "en",
        ("On 22 December 2023, the Assembly adopted resolution 78/228 and recalled resolution 70/1."),
        {"A/RES/78/228": "2023-12-22", "A/RES/70/1": None},
    ),
    (
        "es",
        (
            "Acoge con beneplácito la aprobación, el 22 de diciembre de "
            "2023, de la resolución 78/228 y recuerda la resolución 70/1;"
        ),
        {"A/RES/78/228": "2023-12-22", "A/RES/70/1": None},
    ),
    (
        "en",
        ("Welcomes the adoption, on 22 December 2023, of resolution 78/228, and recalls resolution 70/1;"),
        {"A/RES/78/228": "2023-12-22", "A/RES/70/1": None},
    ),
    (
        "en",
        ("Recalling the adoption, on 22 December 2023, of the Declaration, and resolution 70/1;"),
        {"A/RES/70/1": None},
    ),
    (
        "ru",
        ("ссылаясь на свою резолюцию 62/208 от 19 декабря 2007 года и на заседание 3 мая 2008 года,"),
        {"A/RES/62/208": "2007-12-19"},
    ),
    (
        "ru",
        ("ссылаясь на резолюцию Совета Безопасности 2649 (2022) от 30 августа 2022 года,"),
        {"S/RES/2649(2022)": "2022-08-30"},
    ),
    (
        "es",
        ("Recordando la resolución 2649 (2022) del Consejo de Seguridad, de 30 de agosto de 2022,"),
        {"S/RES/2649(2022)": "2022-08-30"},
    ),
    (
        "ar",
        "وإذ تشير إلى قرار مجلس الأمن 2649 (2022) المؤرخ 30 آب/أغسطس 2022،",
        {"S/RES/2649(2022)": "2022-08-30"},
    ),
    ("zh", "回顾安全理事会2022年8月30日第2649(2022)号决议，", {"S/RES/2649(2022)": "2022-08-30"}),
    ("zh", "欢迎大会2023年12月22日通过第78/228号决议，", {"A/RES/78/228": "2023-12-22"}),
    (
        "zh",
        "回顾大会2023年12月22日第78/228号决议和2023年12月19日第78/190号决议，",
        {"A/RES/78/228": "2023-12-22", "A/RES/78/190": "2023-12-19"},
    ),
    (
        "ar",
        ("وإذ تشير إلى قرارها 62/208 المعنون ”الاستعراض“ المؤرخ 19 كانون الأول/ديسمبر عام 2007،"),
        {"A/RES/62/208": "2007-12-19"},
    ),
    (
        "es",
        ("Recordando su resolución 62/208, titulada “Revisión trienal”, de 19 de diciembre de 2007,"),
        {"A/RES/62/208": "2007-12-19"},
    ),
    (
        "fr",
        ("Rappelant sa résolution 62/208 intitulée « Examen triennal » du 19 décembre 2007,"),
        {"A/RES/62/208": "2007-12-19"},
    ),
    (
        "en",
        ('Recalling its resolution 62/208 entitled "Triennial review" of 19 December 2007,'),
        {"A/RES/62/208": "2007-12-19"},
    ),
    (
        "ru",
        ("ссылаясь на свою резолюцию 62/208 «Трехгодичный обзор» от 19 декабря 2007 года и резолюцию 63/1,"),
        {"A/RES/62/208": "2007-12-19", "A/RES/63/1": None},
    ),
    (
        "ar",
        "إذ تشير إلى قرارها 64/293 المؤرخ 30 تموز/يوليه عام 2010 وقرارها 65/1،",
        {"A/RES/64/293": "2010-07-30", "A/RES/65/1": None},
    ),
    (
        "ar",
        (
            "إذ تشير إلى قراريها 64/293 و 65/1 المؤرخين 30 تموز/يوليه عام "
            "2010 و 22 أيلول/سبتمبر عام 2010 على التوالي،"
        ),
        {"A/RES/64/293": "2010-07-30", "A/RES/65/1": "2010-09-22"},
    ),
    (
        "en",
        ("Recalling its resolutions 64/293 and 65/1 of 30 July 2010 and 22 September 2010, respectively,"),
        {"A/RES/64/293": "2010-07-30", "A/RES/65/1": "2010-09-22"},
    ),
    (
        "en",
        (
            "Recalling its resolution 70/1, adopted on 25 September 2015 "
            "at the summit held from 25 to 27 September 2015,"
        ),
        {"A/RES/70/1": "2015-09-25"},
    ),
    ("fr", "Rappelant sa résolution 70/1, adoptée le 25 septembre 2015,", {"A/RES/70/1": "2015-09-25"}),
    ("ru", "ссылаясь на свою резолюцию 70/1, принятую 25 сентября 2015 года,", {"A/RES/70/1": "2015-09-25"}),
    (
        "es",
        "Recordando su resolución 70/1, aprobada el 25 de septiembre de 2015,",
        {"A/RES/70/1": "2015-09-25"},
    ),
    ("ar", "إذ تشير إلى قرارها 70/1 الذي اتخذته في 25 أيلول/سبتمبر 2015،", {"A/RES/70/1": "2015-09-25"}),
    ("zh", "回顾其2015年9月25日通过的第70/1号决议，", {"A/RES/70/1": "2015-09-25"}),
    (
        "en",
        ("In its resolution 70/1 of 25 September 2015, the Assembly adopted the 2030 Agenda."),
        {"A/RES/70/1": "2015-09-25"},
    ),
    (
        "en",
        ("Welcomes the adoption of the agenda on 3 May 2023 and recalls resolution 70/1;"),
        {"A/RES/70/1": None},
    ),
    (
        "en",
        ("Welcomes the adoption, on 3 May 2023, of the declaration annexed to resolution 70/1;"),
        {"A/RES/70/1": None},
    ),
    (
        "fr",
        ("Se félicite de l'adoption, le 3 mai 2023, du programme de travail et rappelle la résolution 70/1;"),
        {"A/RES/70/1": None},
    ),
    (
        "en",
        ("Recalling resolution 70/1, which the General Assembly considered on 3 May 2023,"),
        {"A/RES/70/1": None},
    ),
    (
        "es",
        ("Recordando la resolución 70/1, que la Asamblea General examinó el 3 de mayo de 2023,"),
        {"A/RES/70/1": None},
    ),
    (
        "en",
        ("Recalling its resolutions 73/11, 73/12 and 73/20, all of which the Assembly considered in 2019,"),
        {"A/RES/73/11": None, "A/RES/73/12": None, "A/RES/73/20": None},
    ),
    (
        "fr",
        ("Rappelant ses résolutions 73/11 et 73/20, toutes deux du 10 décembre 2018,"),
        {"A/RES/73/11": "2018-12-10", "A/RES/73/20": "2018-12-10"},
    ),
    (
        "en",
        "Recalling its resolutions 73/11 and 73/20, both of 10 December 2018,",
        {"A/RES/73/11": "2018-12-10", "A/RES/73/20": "2018-12-10"},
    ),
    (
        "en",
        (
            "Recalling its resolution 70/1 and its resolutions 73/12, "
            "73/15 and 73/20, all of 10 December 2018,"
        ),
        {
            "A/RES/70/1": None,
            "A/RES/73/12": "2018-12-10",
            "A/RES/73/15": "2018-12-10",
            "A/RES/73/20": "2018-12-10",
        },
    ),
    (
        "en",
        ("On 14 December 2022, the Committee held a meeting. The Assembly adopted resolution 77/163."),
        {"A/RES/77/163": None},
    ),
    (
        "en",
        ("On 3 May 2023, the President of the Assembly recalled resolution 77/163."),
        {"A/RES/77/163": None},
    ),
    ("ru", "3 мая 2023 года Ассамблея рассмотрела резолюцию 77/163.", {"A/RES/77/163": None}),
    ("en", "Since 1 January 2016, the Assembly adopted resolution 70/300.", {"A/RES/70/300": None}),
    (
        "en",
        ('Recalling its resolution 62/208, entitled "Review", on the topic of 3 May 2006,'),
        {"A/RES/62/208": None},
    ),
    ("ru", "ссылаясь на свою резолюцию 62/208 «Обзор» и заседание 3 мая 2008 года,", {"A/RES/62/208": None}),
    ("zh", "回顾2023年5月3日大会第78次全体会议和第77/163号决议，", {"A/RES/77/163": None}),
    (
        "en",
        ("Human Rights Council Res. 32/2, U.N. Doc. A/HRC/RES/32/2 (July 15, 2016), and Dec 14/3."),
        {"A/HRC/RES/32/2": "2016-07-15"},
    ),
    (
        "ar",
        ("إذ تشير إلى قرارها 64/293 وإلى الاجتماع المعقود في 30 تموز/يوليه عام 2011،"),
        {"A/RES/64/293": None},
    ),
]


@pytest.mark.parametrize(("lang", "text", "dates"), ROWS, ids=[f"{r[0]}-{i}" for i, r in enumerate(ROWS)])
def test_dates_written_away_from_the_number(lang: str, text: str, dates: dict[str, str | None]) -> None:
    got: dict[str, str | None] = {str(c.target): c.date for c in extract_text(text, lang=lang).citations}
    assert {t: got.get(t, "missing") for t in dates} == dates
