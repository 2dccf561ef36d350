"""Forms met reading real public texts in Arabic, Russian and Chinese of kinds earlier passes had
not read (issue 7, pass 42c: news agencies' and the United Nations' own news reports of the
Security Council's votes, Xinhua's dispatches in both scripts, Arab and Russian press, Chinese
encyclopaedia pages on the Council's resolutions), each written for these tests in UN style
(numbers, dates and wording invented):

- the day of the adoption told from the text's own, as news write it, between the Council's name
  and the verb or, where the verb comes first, the text's noun ("اعتمد مجلس الأمن اليوم القرار
  2475", "…، أمس الأربعاء، …", ru "Совет Безопасности сегодня единогласно принял резолюцию 2467",
  "в четверг", zh "安理会今天一致通过第2467号决议", "安理会当地时间12月23日通过…", the day alone
  under a dateline "联合国安理会23日通过…"; lexicons' ``grammar.adoption_time``): the Council's
  number (was lost); ru "утвердил", "одобрил" as the verb of the adoption;
- the Council's number in Chinese without its mark "第" right after the Council's name, a date
  or the topic of the adoption ("根据安理会2334号决议", "《联合国安理会2388号决议》",
  "通过关于延长…(…)任期的2475号决议", an abbreviation in brackets within the topic): the
  Council's (was lost); a date glued before the Council's name and its marked number
  ("根据2015年2月17日安理会第2202号决议") dates it, its year from the date (was unresolved; not a
  date set off by a comma: "2015年2月17日，安理会第2202号决议…", undated, its year from the numbering);
- Arabic press's "bearing the number" between the noun and the number ("القرار الذي يحمل الرقم
  2334", "الذي حمل الرقم"; ar ``footnotes.number``): read as after "رقم", and ru "под номером",
  "за номером" as after "№" (were lost); the noun with the press's adjective "the UN's", "the
  international" ("القرار الأممي رقم 2334 الصادر عن مجلس الأمن", "القرار الدولي 2254 الصادر عن مجلس الأمن") as
  the noun (was lost).
"""

from __future__ import annotations

import pytest

from passages import assert_exact

# (language, passage, each target with its date alone, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]

_NEWS_DAY: list[Row] = [
    (
        "ar",
        "اعتمد مجلس الأمن الدولي اليوم بالإجماع القرار 2475 الذي يمدد ولاية البعثة.",
        {"S/RES/2475(2019)": None},
    ),
    ("ar", "اعتمد مجلس الأمن، أمس الأربعاء، القرار 2334 بأغلبية 14 صوتا.", {"S/RES/2334(2016)": None}),
    (
        "ar",
        "واعتمد مجلس الأمن الدولي مساء يوم الجمعة القرار 2388 بشأن الاتجار بالأشخاص.",
        {"S/RES/2388(2017)": None},
    ),
    ("ar", "اعتمد مجلس الأمن الليلة الماضية القرار 2419 بشأن الشباب.", {"S/RES/2419(2018)": None}),
    (
        "ru",
        "Совет Безопасности ООН сегодня единогласно принял резолюцию 2467 о насилии.",
        {"S/RES/2467(2019)": None},
    ),
    ("ru", "Совет Безопасности в четверг принял резолюцию 2419 о молодежи.", {"S/RES/2419(2018)": None}),
    ("ru", "Совет Безопасности ООН вчера утвердил резолюцию 2427 о детях.", {"S/RES/2427(2018)": None}),
    ("ru", "Совет Безопасности одобрил резолюцию 2388 о торговле людьми.", {"S/RES/2388(2017)": None}),
    ("zh", "联合国安理会今天一致通过第2467号决议，呼吁各方加强保护。", {"S/RES/2467(2019)": None}),
    ("zh", "新华社联合国4月23日电 联合国安理会23日通过第2467号决议，呼吁各方。", {"S/RES/2467(2019)": None}),
    ("zh", "安理会当地时间12月23日通过第2334号决议，要求停止定居点活动。", {"S/RES/2334(2016)": None}),
    ("zh", "聯合國安理會昨天一致通過第2388號決議，譴責販運人口行為。", {"S/RES/2388(2017)": None}),
]

_UNMARKED: list[Row] = [
    ("zh", "根据安理会2334号决议，有关各方应停止一切定居点活动。", {"S/RES/2334(2016)": None}),
    ("zh", "《联合国安理会2388号决议》于当年获得一致通过。", {"S/RES/2388(2017)": None}),
    ("zh", "安全理事会2016年12月23日2334号决议要求停止定居点活动。", {"S/RES/2334(2016)": "2016-12-23"}),
    ("zh", "根據安理會2427號決議，各方應保護兒童。", {"S/RES/2427(2018)": None}),
    (
        "zh",
        "联合国安理会14日一致通过关于延长联合国援助团(援助团)任期的2475号决议。",
        {"S/RES/2475(2019)": None},
    ),
]

_NUMBER_WORDS: list[Row] = [
    ("ar", "اعتمد مجلس الأمن القرار الذي يحمل الرقم 2334 بأغلبية 14 صوتا.", {"S/RES/2334(2016)": None}),
    (
        "ar",
        "واعتمد مجلس الأمن الدولي بالإجماع القرار الذي حمل الرقم 2388 بشأن الاتجار.",
        {"S/RES/2388(2017)": None},
    ),
]

_PRESS_WORDS: list[Row] = [
    ("ar", "طالب الوزير بتنفيذ القرار الأممي رقم 2334 الصادر عن مجلس الأمن.", {"S/RES/2334(2016)": None}),
    (
        "ar",
        "دعا الوزير إلى تطبيق القرار الدولي 2254 الصادر عن مجلس الأمن بشأن سوريا.",
        {"S/RES/2254(2015)": None},
    ),
    (
        "ru",
        "в соответствии с резолюцией Совбеза ООН под номером 2254 от 18 декабря 2015 года",
        {"S/RES/2254(2015)": "2015-12-18"},
    ),
    ("ru", "Совет Безопасности ООН принял резолюцию за номером 2334.", {"S/RES/2334(2016)": None}),
]

_DATE_BEFORE_NAME: list[Row] = [
    ("zh", "根据2015年2月17日安理会第2202号决议，各方应执行该协议。", {"S/RES/2202(2015)": "2015-02-17"}),
    ("zh", "忆及2016年12月23日安全理事会第2334号决议，", {"S/RES/2334(2016)": "2016-12-23"}),
    ("zh", "根據2015年2月17日安理會第2202號決議，各方應執行該協議。", {"S/RES/2202(2015)": "2015-02-17"}),
]

ROWS = _NEWS_DAY + _UNMARKED + _NUMBER_WORDS + _PRESS_WORDS + _DATE_BEFORE_NAME

#: look-alikes, read as before: the Council's name with a day and no adoption, a number of no
#: resolution after the Council's name, the mark written, another body's number
_AS_BEFORE: list[Row] = [
    ("ar", "ناقش مجلس الأمن اليوم تقرير الأمين العام S/2019/1 بشأن الحالة.", {"S/2019/1": None}),
    ("ar", "قال مجلس الأمن اليوم إن 2334 شخصا فروا من القتال.", {}),
    ("ru", "Совет Безопасности сегодня обсудил доклад, в котором 2467 страниц.", {}),
    ("zh", "安理会1540委员会的报告于今天发布，安理会15个理事国出席。", {}),
    ("zh", "安理会今天举行会议，2467名维和人员出席。", {}),
    ("zh", "联合国安理会第2334号决议要求停止定居点活动。", {"S/RES/2334(2016)": None}),
    ("zh", "大会2006年3月15日第60/251号决议设立了人权理事会。", {"A/RES/60/251": "2006-03-15"}),
    ("zh", "2015年2月17日，安理会第2202号决议核可了该协议。", {"S/RES/2202(2015)": None}),
    ("ar", "اعتمد مجلس الأمن القرار رقم 2334 بأغلبية 14 صوتا.", {"S/RES/2334(2016)": None}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_found(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _AS_BEFORE)
def test_as_before(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)
