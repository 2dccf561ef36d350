"""Adversarial rows in Arabic, Russian and Chinese as texts of peace and security, of
peacekeeping budgets, of disarmament, of the law of the sea and of development finance write them
(issue 7): a Chinese instrument's name glued to the verb before it without its title marks
("重申北京宣言和行动纲要"), to the list word or to a particle after it ("…和", "…的"); the Beijing
Declaration and Platform for Action, the Monterrey Consensus and the chemical and biological weapons
conventions named by title in every language; and, unchanged, Security Council resolutions and
presidential statements, Fifth Committee texts with lettered parts, advisory committee and Joint
Inspection Unit reports, disarmament and law-of-the-sea documents, Arabic-Indic and full-width
digits.  The passages are invented for these tests."""

from __future__ import annotations

import pytest

from passages import GA, SC, assert_exact, by_tables

# (language, passage, each target with its date, None: undated)
Row = tuple[str, str, dict[str, str | None]]

BEIJING = "A/CONF.177/20"
MONTERREY = "A/CONF.198/11"
CWC = "UNTS/1974/33757"
BWC = "UNTS/1015/14860"

# a Chinese name without its title marks, glued to the verb before it and closed by a list word,
# a particle or a comma after it
_GLUED: list[Row] = [
    ("zh", GA["zh"] + "重申北京宣言和行动纲要以及大会第二十三届特别会议的成果，", {BEIJING: None}),
    ("zh", GA["zh"] + "又回顾维也纳宣言和行动纲领，", {"A/CONF.157/23": None}),
    (
        "zh",
        GA["zh"] + "回顾世界人权宣言和维也纳宣言和行动纲领，",
        {"A/RES/217A(III)": None, "A/CONF.157/23": None},
    ),
    (
        "zh",
        GA["zh"] + "审议了裁军谈判会议的报告(CD/2307)，回顾不扩散核武器条约，",
        {"CD/2307": None, "UNTS/729/10485": None},
    ),
    ("zh", GA["zh"] + "强调化学武器公约的普遍加入，", {CWC: None}),
    ("zh", GA["zh"] + "注意到联合国海洋法公约所载的法律框架，", {"UNTS/1833/31363": None}),
    (
        "zh",
        GA["zh"] + "重申第三次发展筹资问题国际会议亚的斯亚贝巴行动议程和蒙特雷共识，",
        {"A/RES/69/313": None, MONTERREY: None},
    ),
    ("zh", GA["zh"] + "重申对北京宣言和行动纲要的承诺，", {BEIJING: None}),
    (
        "zh",
        GA["zh"] + "回顾其１９７０年６月３日第２６１２(XXIV)号决议，其中赞同不扩散核武器条约，",
        {"A/RES/2612(XXIV)": "1970-06-03", "UNTS/729/10485": None},
    ),
]

# names that must stay as they were: a Chinese name that is part of another text's title or
# of a body's name, a Beijing declaration of another meeting
_GLUED_SAME: list[Row] = [
    ("zh", GA["zh"] + "注意到巴黎协定特设工作组的工作，审议了秘书长的报告(A/80/312)，", {"A/80/312": None}),
    ("zh", GA["zh"] + "回顾京都议定书多哈修正，审议了秘书长的报告(A/80/313)，", {"A/80/313": None}),
    (
        "zh",
        GA["zh"] + "回顾关于执行联合国海洋法公约第十一部分的协定，注意到报告(SPLOS/35/4)，",
        {"SPLOS/35/4": None},
    ),
    (
        "zh",
        GA["zh"] + "注意到中非合作论坛北京宣言，审议了秘书长的报告(A/80/314)，",
        {"A/80/314": None},
    ),
    (
        "zh",
        GA["zh"] + "回顾《联合国海洋法公约》和第79/144号决议，",
        {"UNTS/1833/31363": None, "A/RES/79/144": None},
    ),
    ("zh", GA["zh"] + "欢迎2022年北京冬季奥林匹克运动会，回顾其第76/13号决议，", {"A/RES/76/13": None}),
    ("zh", GA["zh"] + "注意到《阿拉伯反腐败公约》，回顾其第58/4号决议，", {"A/RES/58/4": None}),
    ("zh", GA["zh"] + "回顾《美洲国家反腐败公约》和第58/4号决议，", {"A/RES/58/4": None}),
]

# the Beijing Declaration and Platform for Action, the Monterrey Consensus and the chemical and
# biological weapons conventions by title, in every language
_TITLES: list[Row] = [
    ("ar", GA["ar"] + "وإذ تعيد تأكيد التزامها بإعلان ومنهاج عمل بيجين،", {BEIJING: None}),
    (
        "ar",
        GA["ar"] + "وإذ تشير إلى منهاج عمل بيجين وإلى نتائج الدورة الاستثنائية الثالثة والعشرين،",
        {BEIJING: None},
    ),
    (
        "ar",
        GA["ar"]
        + "وإذ تعيد تأكيد خطة عمل أديس أبابا وتوافق آراء مونتيري الصادر عن المؤتمر الدولي لتمويل التنمية،",
        {"A/RES/69/313": None, MONTERREY: None},
    ),
    (
        "ar",
        GA["ar"] + "وإذ تشدد على أهمية اتفاقية الأسلحة الكيميائية واتفاقية الأسلحة البيولوجية،",
        {CWC: None, BWC: None},
    ),
    (
        "ar",
        GA["ar"]
        + (
            "تهيب بالدول أن تنضم إلى اتفاقية حظر استحداث وإنتاج وتخزين واستعمال "
            "الأسلحة الكيميائية وتدمير تلك الأسلحة،"
        ),
        {CWC: None},
    ),
    (
        "ru",
        GA["ru"] + "вновь подтверждая приверженность Пекинской декларации и Платформе действий,",
        {BEIJING: None},
    ),
    ("ru", GA["ru"] + "учитывая положения Пекинской декларации и Платформы действий,", {BEIJING: None}),
    (
        "ru",
        GA["ru"] + "руководствуясь Монтеррейским консенсусом и Аддис-Абебской программой действий,",
        {MONTERREY: None, "A/RES/69/313": None},
    ),
    (
        "ru",
        GA["ru"]
        + (
            "призывая государства присоединиться к Конвенции по химическому оружию и "
            "Конвенции по биологическому оружию,"
        ),
        {CWC: None, BWC: None},
    ),
    (
        "ru",
        GA["ru"]
        + (
            "ссылаясь на Конвенцию о запрещении разработки, производства и накопления запасов "
            "бактериологического (биологического) и токсинного оружия и об их уничтожении,"
        ),
        {BWC: None},
    ),
    ("zh", GA["zh"] + "重申《北京宣言》和《行动纲要》，", {BEIJING: None}),
    ("zh", GA["zh"] + "回顾《蒙特雷共识》，", {MONTERREY: None}),
    ("zh", GA["zh"] + "吁请所有国家加入《化学武器公约》和《生物武器公约》，", {CWC: None, BWC: None}),
    (
        "zh",
        GA["zh"] + "吁请各国加入《禁止细菌（生物）及毒素武器的发展、生产及储存以及销毁这类武器的公约》，",
        {BWC: None},
    ),
    ("en", GA["en"] + "Reaffirming the Beijing Declaration and Platform for Action,", {BEIJING: None}),
    (
        "en",
        GA["en"]
        + "Recalling the Monterrey Consensus of the International Conference on Financing for Development,",
        {MONTERREY: None},
    ),
    (
        "fr",
        GA["fr"]
        + "Réaffirmant la Déclaration et le Programme d'action de Beijing et le Consensus de Monterrey,",
        {BEIJING: None, MONTERREY: None},
    ),
    (
        "es",
        GA["es"] + "Reafirmando la Declaración y Plataforma de Acción de Beijing y el Consenso de Monterrey,",
        {BEIJING: None, MONTERREY: None},
    ),
    (
        "fr",
        GA["fr"]
        + "Rappelant la Convention sur les armes chimiques et la Convention sur les armes biologiques,",
        {CWC: None, BWC: None},
    ),
    ("es", GA["es"] + "Recordando la Convención sobre las Armas Químicas,", {CWC: None}),
]

# look-alikes: other texts of the same domains, read as before (Security Council resolutions and
# statements, budget texts with lettered parts, advisory and inspection reports, disarmament and
# law-of-the-sea documents, Arabic-Indic and full-width digits)
_TITLES_SAME: list[Row] = [
    (
        "ar",
        SC["ar"] + "وإذ يشير إلى بيان رئيسه المؤرخ 11 شباط/فبراير 2023 (S/PRST/2023/1)،",
        {"S/PRST/2023/1": "2023-02-11"},
    ),
    (
        "ar",
        GA["ar"] + "وإذ تشير إلى قرارها ٧٥/٢٩٠ باء المؤرخ ٢٥ حزيران/يونيه ٢٠٢١،",
        {"A/RES/75/290B": "2021-06-25"},
    ),
    (
        "ar",
        GA["ar"]
        + (
            "وقد نظرت في تقرير اللجنة الاستشارية لشؤون الإدارة والميزانية (A/79/7/Add.12) "
            "وفي تقرير وحدة التفتيش المشتركة (JIU/REP/2023/3)،"
        ),
        {"A/79/7/Add.12": None, "JIU/REP/2023/3": None},
    ),
    (
        "ar",
        GA["ar"] + "وإذ تشير إلى إعلان الدوحة، وإلى قرار مجلس الأمن 2417 (2018)،",
        {"S/RES/2417(2018)": None},
    ),
    (
        "ru",
        SC["ru"]
        + (
            "ссылаясь на Комитет, учрежденный резолюцией 2140 (2014), и на доклад "
            "Группы экспертов (S/2023/833),"
        ),
        {"S/RES/2140(2014)": None, "S/2023/833": None},
    ),
    (
        "ru",
        GA["ru"] + "рассмотрев документы NPT/CONF.2026/PC.I/3 и ISBA/29/A/5,",
        {"NPT/CONF.2026/PC.I/3": None, "ISBA/29/A/5": None},
    ),
    ("ru", GA["ru"] + "отмечая пекинскую встречу министров и декларацию, принятую на ней,", {}),
    (
        "zh",
        SC["zh"] + "回顾其第２７１３(２０２３)号决议和主席２０２３年２月１１日的声明(S/PRST/2023/1)，",
        {"S/RES/2713(2023)": None, "S/PRST/2023/1": "2023-02-11"},
    ),
    (
        "zh",
        GA["zh"] + "审议了秘书长的报告(A/79/640)和SPLOS/34/7号文件，",
        {"A/79/640": None, "SPLOS/34/7": None},
    ),
    ("en", GA["en"] + "Taking note of the Beijing Declaration of the Forum on China-Africa Cooperation,", {}),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    by_tables(glued=(_GLUED, _GLUED_SAME), titles=(_TITLES, _TITLES_SAME)),
)
def test_named_texts_and_domains(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


# the date of a statement or a report before its symbol's bracket, after the word that says it was
# made or submitted that day (ru "сделанное", "представленный"; zh "…发表的声明", "…提交的报告")
_DATED: list[Row] = [
    (
        "ru",
        GA["ru"]
        + "приветствуя заявление Председателя Совета Безопасности, сделанное 11 февраля 2025 года "
        + "(S/PRST/2025/2),",
        {"S/PRST/2025/2": "2025-02-11"},
    ),
    (
        "ru",
        GA["ru"]
        + "принимая к сведению доклад Генерального секретаря, представленный 3 апреля 2025 года (A/79/845),",
        {"A/79/845": "2025-04-03"},
    ),
    (
        "zh",
        GA["zh"] + "欢迎安全理事会主席2025年2月11日代表安理会发表的声明(S/PRST/2025/2)，",
        {"S/PRST/2025/2": "2025-02-11"},
    ),
    (
        "zh",
        GA["zh"] + "欢迎安全理事会主席２０２５年２月１１日发表的声明(S/PRST/2025/2)，",
        {"S/PRST/2025/2": "2025-02-11"},
    ),
    ("zh", GA["zh"] + "注意到秘书长2025年4月3日提交的报告(A/79/845)，", {"A/79/845": "2025-04-03"}),
]

# … and not a meeting's dates, nor a date of another thing before the bracket
_DATED_SAME: list[Row] = [
    (
        "ru",
        GA["ru"] + "ссылаясь на доклад о работе совещания, проведенного 3 апреля 2025 года (A/79/846),",
        {"A/79/846": None},
    ),
    ("zh", GA["zh"] + "注意到2025年4月3日至5日举行的会议的报告(A/79/846)，", {"A/79/846": None}),
    ("zh", SC["zh"] + "回顾其主席2019年3月14日的声明(S/PRST/2019/2)，", {"S/PRST/2019/2": "2019-03-14"}),
    (
        "ar",
        SC["ar"] + "وإذ يشير إلى البيان الذي أدلى به رئيسه في 14 آذار/مارس 2019 (S/PRST/2019/2)،",
        {"S/PRST/2019/2": "2019-03-14"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_tables(dated=(_DATED, _DATED_SAME)))
def test_dates_of_statements_and_reports(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)
