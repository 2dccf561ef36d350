"""Adversarial rows in Arabic, Russian and Chinese as texts of health, drug control and crime,
counter-terrorism, women and peace and security, children and armed conflict, migration and the
revitalization of the Assembly write them (issue 7): the date of a statement or a report before its
symbol's bracket with words between it and the participle or the noun of the text (ru "сделанное
Председателем … от имени Совета 5 марта 2024 года (", "на 9563-м заседании"; zh "2024年6月3日关于…的
报告(", "…在第9563次会议上发表的声明("); the Conference of the Parties to the Organized Crime
Convention and the Conference of the States Parties to the Convention against Corruption named as the
agent, in the instrumental ("принятие Конференцией участников … резолюции 11/1"); a Chinese regional
convention's title without its title marks, a regional body's name before the name of a United
Nations convention ("美洲国家反腐败公约", "欧洲委员会刑法反腐败公约"); an Arabic Hijri date before the
Gregorian date it equals ("12 ربيع الآخر 1440 هـ الموافق 19 كانون الأول/ديسمبر 2018"); and, unchanged,
the drug control conventions by their Treaty Series footnotes ("Там же", "同上", "المرجع نفسه"), long
Council lists, twin Assembly and Council resolutions and the reviews of the Counter-Terrorism
Strategy.  The passages are invented for these tests."""

from __future__ import annotations

import pytest

from passages import GA, SC, assert_exact, by_tables

# (language, passage, each target with its date, None: undated)
Row = tuple[str, str, dict[str, str | None]]

# the date after words of who made the text or where, or before the text's topic or meeting
_GAP: list[Row] = [
    (
        "ru",
        GA["ru"]
        + "приветствуя заявление, сделанное Председателем Совета Безопасности от имени Совета "
        + "5 марта 2024 года (S/PRST/2024/3),",
        {"S/PRST/2024/3": "2024-03-05"},
    ),
    (
        "ru",
        GA["ru"]
        + "приветствуя заявление Председателя, сделанное на его 9563-м заседании 5 марта 2024 года "
        + "(S/PRST/2024/4),",
        {"S/PRST/2024/4": "2024-03-05"},
    ),
    (
        "ru",
        GA["ru"]
        + "принимая к сведению доклад, представленный Генеральным секретарем 3 апреля 2025 года (A/79/845),",
        {"A/79/845": "2025-04-03"},
    ),
    (
        "ru",
        SC["ru"]
        + "ссылаясь на заявление, сделанное его Председателем на 9410-м заседании 12 сентября 2023 года "
        + "(S/PRST/2023/4),",
        {"S/PRST/2023/4": "2023-09-12"},
    ),
    (
        "zh",
        SC["zh"] + "欢迎安全理事会主席2024年3月5日代表安理会在第9563次会议上发表的声明(S/PRST/2024/3)，",
        {"S/PRST/2024/3": "2024-03-05"},
    ),
    (
        "zh",
        SC["zh"] + "回顾其主席2023年9月12日在第9410次会议上发表的声明(S/PRST/2023/4)，",
        {"S/PRST/2023/4": "2023-09-12"},
    ),
    (
        "zh",
        SC["zh"] + "审议了秘书长2024年6月3日关于儿童与武装冲突的报告(A/78/842-S/2024/384)，",
        {"A/78/842": "2024-06-03", "S/2024/384": "2024-06-03"},
    ),
    (
        "zh",
        GA["zh"] + "注意到秘书长2025年4月3日关于振兴大会工作的报告(A/79/845)，",
        {"A/79/845": "2025-04-03"},
    ),
    (
        "zh",
        GA["zh"] + "注意到秘书长2021年9月10日题为“我们的共同议程”的报告(A/75/982)，",
        {"A/75/982": "2021-09-10"},
    ),
]

# … and not a meeting's dates, nor the date of another text named between
_GAP_SAME: list[Row] = [
    (
        "ru",
        GA["ru"] + "ссылаясь на доклад о работе совещания, проведенного 3 апреля 2025 года (A/79/846),",
        {"A/79/846": None},
    ),
    (
        "ru",
        GA["ru"]
        + "принимая к сведению доклад, представленный во исполнение резолюции 78/229 Генеральным "
        + "секретарем (A/79/300),",
        {"A/RES/78/229": None, "A/79/300": None},
    ),
    (
        "ru",
        GA["ru"]
        + "принимая к сведению доклад, представленный на сессии Комиссии, проходившей с 3 по 5 апреля "
        + "2025 года (A/79/846),",
        {"A/79/846": None},
    ),
    (
        "zh",
        GA["zh"] + "注意到2025年4月3日至5日举行的关于移民问题的会议的报告(A/79/846)，",
        {"A/79/846": None},
    ),
    ("zh", GA["zh"] + "注意到2025年4月3日关于移民问题的会议的报告(A/79/846)，", {"A/79/846": None}),
    (
        "zh",
        GA["zh"] + "注意到秘书长根据第78/229号决议提交的报告(A/79/845)，",
        {"A/79/845": None, "A/RES/78/229": None},
    ),
    (
        "ar",
        SC["ar"]
        + "وإذ يرحب بالبيان الذي أدلى به رئيس مجلس الأمن باسم المجلس في جلسته 9563 المعقودة في "
        + "5 آذار/مارس 2024 (S/PRST/2024/3)،",
        {"S/PRST/2024/3": "2024-03-05"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_tables(gap=(_GAP, _GAP_SAME)))
def test_dates_with_words_between(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


# the conferences of the crime and corruption conventions as agents, in the instrumental
_AGENTS: list[Row] = [
    (
        "ru",
        GA["ru"]
        + "приветствуя принятие Конференцией участников Конвенции Организации Объединенных Наций против "
        + "транснациональной организованной преступности резолюции 11/1,",
        {"CTOC/COP/RES/11/1": None},
    ),
    (
        "ru",
        GA["ru"]
        + "отмечая резолюцию 11/1, принятую Конференцией участников Конвенции против организованной "
        + "преступности,",
        {"CTOC/COP/RES/11/1": None},
    ),
    (
        "ru",
        GA["ru"]
        + "приветствуя принятие Конференцией государств – участников Конвенции Организации Объединенных "
        + "Наций против коррупции резолюции 10/2,",
        {"CAC/COSP/RES/10/2": None},
    ),
]

# … and in the genitive, as before
_AGENTS_SAME: list[Row] = [
    (
        "ru",
        GA["ru"]
        + "ссылаясь на резолюцию 10/1 Конференции государств — участников Конвенции Организации "
        + "Объединенных Наций против коррупции,",
        {"CAC/COSP/RES/10/1": None},
    ),
    (
        "ru",
        GA["ru"]
        + "призывая государства ратифицировать Конвенцию Организации Объединенных Наций против "
        + "транснациональной организованной преступности и Конвенцию Организации Объединенных Наций "
        + "против коррупции,",
        {"UNTS/2225/39574": None, "UNTS/2349/42146": None},
    ),
    (
        "zh",
        GA["zh"] + "欢迎联合国打击跨国有组织犯罪公约缔约方会议通过第11/1号决议，",
        {"CTOC/COP/RES/11/1": None},
    ),
    (
        "ar",
        GA["ar"]
        + "وإذ ترحب باعتماد مؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية "
        + "القرار 11/1،",
        {"CTOC/COP/RES/11/1": None},
    ),
]

# a Chinese regional convention's title without its marks
_REGIONAL: list[Row] = [
    ("zh", GA["zh"] + "回顾美洲国家反腐败公约，回顾其第58/4号决议，", {"A/RES/58/4": None}),
    (
        "zh",
        GA["zh"] + "注意到欧洲委员会刑法反腐败公约和非洲联盟预防和打击腐败公约，回顾其第58/4号决议，",
        {"A/RES/58/4": None},
    ),
    ("zh", GA["zh"] + "回顾阿拉伯国家联盟刑法反腐败公约，回顾其第58/4号决议，", {"A/RES/58/4": None}),
]

# … and the United Nations convention after a regional body's name and a list word, or marked
_REGIONAL_SAME: list[Row] = [
    ("zh", GA["zh"] + "回顾非洲联盟和联合国反腐败公约，", {"UNTS/2349/42146": None}),
    ("zh", GA["zh"] + "欢迎美洲国家组织加入《联合国反腐败公约》的努力，", {"UNTS/2349/42146": None}),
    ("zh", GA["zh"] + "吁请各国加入反腐败公约，", {"UNTS/2349/42146": None}),
    (
        "zh",
        GA["zh"] + "回顾东南亚国家联盟反对贩运人口特别是妇女和儿童公约和联合国打击跨国有组织犯罪公约，",
        {"UNTS/2225/39574": None},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    by_tables(agents=(_AGENTS, _AGENTS_SAME), regional=(_REGIONAL, _REGIONAL_SAME)),
)
def test_agents_and_regional_titles(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


# an Arabic Hijri date before the Gregorian date it equals
_HIJRI: list[Row] = [
    (
        "ar",
        GA["ar"]
        + "وإذ تشير إلى قرارها 73/195 المؤرخ 12 ربيع الآخر 1440 هـ الموافق 19 كانون الأول/ديسمبر 2018،",
        {"A/RES/73/195": "2018-12-19"},
    ),
    (
        "ar",
        GA["ar"]
        + "وإذ تشير إلى قرارها ٧٣/١٩٥ المؤرخ ١٢ ربيع الآخر ١٤٤٠ هـ، الموافق ١٩ كانون الأول/ديسمبر ٢٠١٨،",
        {"A/RES/73/195": "2018-12-19"},
    ),
    (
        "ar",
        SC["ar"] + "إذ يشير إلى قراره 2427 (2018) المؤرخ 26 شوال 1439 الموافق 9 تموز/يوليه 2018،",
        {"S/RES/2427(2018)": "2018-07-09"},
    ),
]

# … and a Hijri date alone, and the domains' other texts as before: the drug conventions by their
# Treaty Series footnotes, long Council lists, twin resolutions, the Strategy's reviews
_HIJRI_SAME: list[Row] = [
    (
        "ar",
        GA["ar"]
        + "وإذ تشير إلى إعلان الرياض الصادر في 20 جمادى الأولى 1445 هـ، وإلى قرارها 78/229 المؤرخ "
        + "19 كانون الأول/ديسمبر 2023،",
        {"A/RES/78/229": "2023-12-19"},
    ),
    (
        "ar",
        GA["ar"]
        + "وإذ تشير إلى اتفاقية المؤثرات العقلية لسنة 1971(1) واتفاقية الأمم المتحدة لمكافحة الاتجار غير "
        + "المشروع في المخدرات والمؤثرات العقلية لسنة 1988(2)،\n__________\n(1) الأمم المتحدة، مجموعة "
        + "المعاهدات، المجلد 1019، الرقم 14956.\n(2) المرجع نفسه، المجلد 1582، الرقم 27627.",
        {"UNTS/1019/14956": None, "UNTS/1582/27627": None},
    ),
    (
        "ar",
        GA["ar"] + "إذ تشير إلى قرارها 70/262 وقرار مجلس الأمن 2282 (2016)، المؤرخين 27 نيسان/أبريل 2016،",
        {"A/RES/70/262": "2016-04-27", "S/RES/2282(2016)": "2016-04-27"},
    ),
    (
        "ru",
        GA["ru"]
        + "ссылаясь на Конвенцию о психотропных веществах 1971 года¹ и Конвенцию Организации Объединенных "
        + "Наций о борьбе против незаконного оборота наркотических средств и психотропных веществ 1988 "
        + "года²,\n__________\n¹ Организация Объединенных Наций, Серия договоров, т. 1019, № 14956.\n"
        + "² Там же, т. 1582, № 27627.",
        {"UNTS/1019/14956": None, "UNTS/1582/27627": None},
    ),
    (
        "ru",
        SC["ru"]
        + "вновь подтверждая свои резолюции 1325 (2000), 1820 (2008), 2242 (2015) и 2493 (2019) и все "
        + "последующие резолюции,",
        {
            "S/RES/1325(2000)": None,
            "S/RES/1820(2008)": None,
            "S/RES/2242(2015)": None,
            "S/RES/2493(2019)": None,
        },
    ),
    (
        "ru",
        GA["ru"]
        + "ссылаясь на свою резолюцию 60/288 от 8 сентября 2006 года и резолюцию 77/298 от 22 июня 2023 "
        + "года о восьмом обзоре Стратегии,",
        {"A/RES/60/288": "2006-09-08", "A/RES/77/298": "2023-06-22"},
    ),
    (
        "zh",
        GA["zh"]
        + "回顾1971年精神药物公约¹和1988年联合国禁止非法贩运麻醉药品和精神药物公约²，\n__________\n"
        + "¹ 联合国，《条约汇编》，第1019卷，第14956号。\n² 同上，第1582卷，第27627号。",
        {"UNTS/1019/14956": None, "UNTS/1582/27627": None},
    ),
    (
        "zh",
        SC["zh"] + "回顾其第1612(2005)、1882(2009)和2427(2018)号决议以及随后所有相关决议，",
        {"S/RES/1612(2005)": None, "S/RES/1882(2009)": None, "S/RES/2427(2018)": None},
    ),
    (
        "zh",
        GA["zh"] + "回顾其２００６年９月８日第６０／２８８号决议和２０２３年６月２２日第７７／２９８号决议，",
        {"A/RES/60/288": "2006-09-08", "A/RES/77/298": "2023-06-22"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_tables(hijri=(_HIJRI, _HIJRI_SAME)))
def test_hijri_dates_and_domains(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)
