"""Forms met reading real public texts in Russian, Arabic and Chinese of kinds earlier passes had
not read (issue 7, pass 40c: Security Council presidential statements and resolutions on
third-party sites, Human Rights Council resolutions and reports, climate-change conference papers,
ministries' statements and news reports summing up the Council's votes, the Council's own pages),
each written for these tests in UN style (numbers, dates, titles and wording invented)."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text


def _cites(text: str, lang: str) -> list[tuple[str | None, str | None, str | None]]:
    res = extract_text(text, lang=lang)
    return [(c.target, c.date, c.pinpoint) for c in res.citations]


# The matter an adoption was on, between the Council's name and the verb ("安理会就…问题一致通过
# 第2371号决议", "Совет Безопасности по вопросу о … принял резолюцию 2371"), or the topic of the
# text between the verb and its number ("安理会通过了关于…问题的第2593号决议"), as ministries'
# statements and news reports tell a vote: the Council's resolution, its year from the numbering.
# (lang, text, citations)
ADOPTION_TOPIC: list[tuple[str, str, list[tuple[str | None, str | None, str | None]]]] = [
    ("zh", "8月4日,联合国安理会就索马里问题一致通过第2593号决议。", [("S/RES/2593(2021)", None, None)]),
    ("zh", "安理会就海地局势一致通过第2532号决议,中方对此表示欢迎。", [("S/RES/2532(2020)", None, None)]),
    ("zh", "外交部发言人就安理会就利比亚问题通过第2593号决议答记者问", [("S/RES/2593(2021)", None, None)]),
    ("zh", "安全理事会通过了关于也门问题的第2532号决议。", [("S/RES/2532(2020)", None, None)]),
    ("zh", "聯合國安理會就蘇丹局勢一致通過第2593號決議。", [("S/RES/2593(2021)", None, None)]),
    (
        "ru",
        "Совет Безопасности ООН по вопросу о положении в Йемене единогласно принял резолюцию 2593.",
        [("S/RES/2593(2021)", None, None)],
    ),
    (
        "ru",
        "Совет Безопасности по ситуации в Мали принял резолюцию 2532.",
        [("S/RES/2532(2020)", None, None)],
    ),
]

# The press's short word for the Council with "ООН" ("Совбез ООН принял резолюцию 2371", "резолюции
# Совбеза ООН 2371"): the Council (was missed).
PRESS_COUNCIL: list[tuple[str, str, list[tuple[str | None, str | None, str | None]]]] = [
    (
        "ru",
        "Накануне Совбез ООН единогласно принял резолюцию 2593 о Сомали.",
        [("S/RES/2593(2021)", None, None)],
    ),
    ("ru", "Это противоречит резолюции Совбеза ООН 2532 и нормам права.", [("S/RES/2532(2020)", None, None)]),
]

# An Arabic body's name with "of the United Nations" after it, as news and regional commissions'
# pages write the Assembly and the Economic and Social Council ("قرار المجلس الاقتصادي والاجتماعي
# التابع للأمم المتحدة 1818 (د-55)"), as the Security Council's already was: that body's number.
ARABIC_UN_BODY: list[tuple[str, str, list[tuple[str | None, str | None, str | None]]]] = [
    (
        "ar",
        "أنشئت اللجنة بموجب قرار المجلس الاقتصادي والاجتماعي التابع للأمم المتحدة 1787 (د-54)"
        " المؤرخ 18 أيار/مايو 1973.",
        [("E/RES/1787(LIV)", "1973-05-18", None)],
    ),
    ("ar", "وفق قرار الجمعية العامة التابعة للأمم المتحدة 3236 (د-29).", [("A/RES/3236(XXIX)", None, None)]),
    (
        "ar",
        "وذلك عملا بقرار المجلس الاقتصادي والاجتماعي للأمم المتحدة 2011/33.",
        [("E/RES/2011/33", None, None)],
    ),
]

# … look-alikes that stay as they were: the Council's adoption without a topic; a topic before
# the Assembly's verb; a number after "就此" (no matter named) is no adoption told this way.
ADOPTION_TOPIC_LOOKALIKES: list[tuple[str, str, list[tuple[str | None, str | None, str | None]]]] = [
    ("zh", "安理会一致通过第2593号决议。", [("S/RES/2593(2021)", None, None)]),
    ("zh", "大会就气候问题通过了第77/276号决议。", [("A/RES/77/276", None, None)]),
    ("ru", "Совет Безопасности единогласно принял резолюцию 2593.", [("S/RES/2593(2021)", None, None)]),
    ("ru", "Совет Безопасности по вопросу о 12 странах принял решение.", []),
    ("ru", "Совбез РФ принял решение 2593 о мерах.", []),
]


# The verb written first, the manner of the adoption between the body's name and the text's noun
# ("اعتمد مجلس الأمن بالإجماع القرار 2371", "اعتمد مجلس حقوق الإنسان، دون تصويت، القرار 48/13"),
# as Arabic news and reports tell a vote: the subject's text.
VERB_FIRST_MANNER: list[tuple[str, str, list[tuple[str | None, str | None, str | None]]]] = [
    ("ar", "وقد اعتمد مجلس الأمن بالإجماع القرار 2593 بشأن الصومال.", [("S/RES/2593(2021)", None, None)]),
    ("ar", "اعتمد مجلس الأمن الدولي، بالإجماع، القرار 2532.", [("S/RES/2532(2020)", None, None)]),
    ("ar", "واعتمد مجلس حقوق الإنسان دون تصويت القرار 48/13 بشأن البيئة.", [("A/HRC/RES/48/13", None, None)]),
    ("ar", "واعتمد مجلس حقوق الإنسان، بتصويت مسجل، القرار 46/21.", [("A/HRC/RES/46/21", None, None)]),
]

# … look-alikes that stay: the verb and the subject with no manner between; another
# organisation's organ as the subject.
VERB_FIRST_LOOKALIKES: list[tuple[str, str, list[tuple[str | None, str | None, str | None]]]] = [
    ("ar", "اعتمد مجلس الأمن القرار 2593.", [("S/RES/2593(2021)", None, None)]),
    ("ar", "واعتمد مجلس حقوق الإنسان القرار 48/13.", [("A/HRC/RES/48/13", None, None)]),
    ("ar", "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 60/251،\n", [("A/RES/60/251", None, None)]),
    ("ar", "وفق قرار الجمعية العامة للأمم المتحدة 3236 (د-29).", [("A/RES/3236(XXIX)", None, None)]),
]


# A Chinese date before the author of a report or a statement and "的", then the noun and the
# symbol's bracket ("2006年12月22日秘书长的报告(S/2006/1019)", "主席的声明"), as the Council's
# presidential statements write it: the date is the text's.
AUTHOR_DATED: list[tuple[str, str, list[tuple[str | None, str | None, str | None]]]] = [
    (
        "zh",
        "安全理事会注意到2019年3月4日秘书长的报告(S/2019/201),其中载有各项建议。",
        [("S/2019/201", "2019-03-04", None)],
    ),
    ("zh", "安理会回顾2018年5月9日主席的声明(S/PRST/2018/10)。", [("S/PRST/2018/10", "2018-05-09", None)]),
    # (… and a letter's sender with a State's short name in brackets: "大韩民国(韩国)常驻联合国代表给…的信(")
    (
        "zh",
        "安全理事会注意到2015年3月2日阿拉伯叙利亚共和国(叙利亚)常驻联合国代表给安全理事会主席的信(S/2015/151)。",
        [("S/2015/151", "2015-03-02", None)],
    ),
    (
        "zh",
        "安理会注意到2015年3月2日大韩民国（韩国）常驻联合国代表给秘书长的信(S/2015/151)。",
        [("S/2015/151", "2015-03-02", None)],
    ),
]

# … look-alikes that stay: the date after the author; a meeting's date before a report's noun.
AUTHOR_DATED_LOOKALIKES: list[tuple[str, str, list[tuple[str | None, str | None, str | None]]]] = [
    ("zh", "安全理事会注意到秘书长2019年3月4日的报告(S/2019/201)。", [("S/2019/201", "2019-03-04", None)]),
    ("zh", "注意到2019年3月4日关于移民问题的会议的报告(S/2019/201)。", [("S/2019/201", None, None)]),
    (
        "zh",
        "安理会于2015年3月2日举行会议。大韩民国(韩国)常驻联合国代表给安全理事会主席的信(S/2015/151)已分发。",
        [("S/2015/151", None, None)],
    ),
]


# A Russian subparagraph's noun before the paragraph's ("в подпунктах a) и b) пункта 81
# резолюции"), and a subparagraph's letter set in Cyrillic ("в пункте 1 а) резолюции"), as the
# Council's Russian pages write them: the whole pinpoint.
SUBPARAGRAPHS: list[tuple[str, str, list[tuple[str | None, str | None, str | None]]]] = [
    (
        "ru",
        "процедуры, изложенные в подпунктах a) и c) пункта 12 резолюции 2368 (2017), и",
        [("S/RES/2368(2017)", None, "подпунктах a) и c) пункта 12")],
    ),
    (
        "ru",
        "в соответствии с подпунктом b) пункта 4 резолюции 2532 (2020);",
        [("S/RES/2532(2020)", None, "подпунктом b) пункта 4")],
    ),
    (
        "ru",
        "меры, предусмотренные в пунктах 2 а) и 7 б) резолюции 2368 (2017);",
        [("S/RES/2368(2017)", None, "пунктах 2 а) и 7 б)")],
    ),
    (
        "ru",
        "меры, предусмотренные в пункте 3 в) резолюции 2368 (2017);",
        [("S/RES/2368(2017)", None, "пункте 3 в)")],
    ),
]

# … look-alikes that stay: paragraphs without letters; the Latin letter after a paragraph.
SUBPARAGRAPH_LOOKALIKES: list[tuple[str, str, list[tuple[str | None, str | None, str | None]]]] = [
    ("ru", "в пунктах 1 и 2 резолюции 2368 (2017)", [("S/RES/2368(2017)", None, "пунктах 1 и 2")]),
    ("ru", "в пункте 1 a) резолюции 2368 (2017)", [("S/RES/2368(2017)", None, "пункте 1 a)")]),
    ("ru", "в пункте 5 резолюции 2368 (2017)", [("S/RES/2368(2017)", None, "пункте 5")]),
]


# A Chinese article or annex after a treaty's or declaration's title in its marks, as Chinese
# writes the pinpoint after the name ("重申《发展权利宣言》第4条申明", "《…公约》第4条和第5条"): the
# pinpoint (was none; the pinpoint after a resolution's number already was).
TITLE_PINPOINT: list[tuple[str, str, list[tuple[str | None, str | None, str | None]]]] = [
    (
        "zh",
        "重申《发展权利宣言》第8条申明,各国应在国家一级采取一切必要措施,",
        [("A/RES/41/128", None, "第8条")],
    ),
    ("zh", "又回顾《儿童权利公约》第3条和第12条,", [("UNTS/1577/27531", None, "第3条和第12条")]),
]

# … look-alikes that stay: the pinpoint after a comma; a meeting of the parties after the title.
TITLE_PINPOINT_LOOKALIKES: list[tuple[str, str, list[tuple[str | None, str | None, str | None]]]] = [
    ("zh", "又回顾《儿童权利公约》,第3条规定", [("UNTS/1577/27531", None, None)]),
    ("zh", "注意到《儿童权利公约》第5次缔约国会议的报告,", [("UNTS/1577/27531", None, None)]),
    ("zh", "回顾大会第60/1号决议第5段,", [("A/RES/60/1", None, "第5段")]),
]


@pytest.mark.parametrize(
    ("lang", "text", "cites"),
    ADOPTION_TOPIC
    + PRESS_COUNCIL
    + ARABIC_UN_BODY
    + VERB_FIRST_MANNER
    + AUTHOR_DATED
    + SUBPARAGRAPHS
    + TITLE_PINPOINT,
)
def test_forms_read_in_real_texts(
    lang: str, text: str, cites: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert _cites(text, lang) == cites


@pytest.mark.parametrize(
    ("lang", "text", "cites"),
    ADOPTION_TOPIC_LOOKALIKES
    + VERB_FIRST_LOOKALIKES
    + AUTHOR_DATED_LOOKALIKES
    + SUBPARAGRAPH_LOOKALIKES
    + TITLE_PINPOINT_LOOKALIKES,
)
def test_lookalikes_unchanged(
    lang: str, text: str, cites: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert _cites(text, lang) == cites
