"""Chinese forms met reading real public texts of kinds earlier passes had not read (issue 7, pass
46c: the Foreign Ministry's press conferences, Xinhua's and the United Nations' own Chinese news,
Hong Kong's sanctions regulations and their Legislative Council briefs, Macau's notices that
publish the Council's resolutions, Wikisource's copies of the Council's resolutions and its
President's statements, treaty bodies' concluding observations and general comments in Chinese,
academic abstracts and articles, encyclopaedia pages), each written for these tests in UN style
(numbers, dates and wording invented where the rule does not depend on them):

- the topic of the text adopted after the Council's verb with the script's list comma inside it
  ("安理会通过了关于青年、和平与安全的第2250号决议", zh.toml ``grammar.adopted_topic``), and the year
  of the adoption alone before the verb without its preposition ("安理会2015年通过了关于…的第2250号
  决议", zh.toml ``grammar.meeting_clause``): the Council's (were lost);
- a topic led by "有关" between the date of the adoption and the number, the topic naming a report
  ("于二零一八年十二月二十日通过的有关秘书长关于…的报告的第2450(2018)号决议", as Macau's notices
  write it, zh.toml ``grammar.topic_before``): dated (was undated);
- the Assembly's name set off by a blank before a number of its first thirty sessions ("联合国大会
  2625号决议", "聯合國大會 174號決議", zh.toml ``grammar.assembly_number``): the Assembly's (was
  lost); the anchor tables place 174 in the Assembly's second session (`ga_anchors.csv`) and 2139 in
  the Council's 2014 (`sc_anchors.csv`), each read with its session or year in a real text;
- a verb of the actor glued between the Council's name and the possessive ("安理会重申其第2231号
  决议", "安理会回顾其…", zh.toml ``grammar.actor_verbs``): the Council's, in a text of no body (was
  lost);
- the short titles of the Optional Protocols to the Convention on the Rights of the Child, without
  the Convention's name, as the treaty bodies write them ("《关于儿童卷入武装冲突问题的任择议定书》"):
  cited (were missed); another charter's protocol of that name stays unread;
- a collection's links to the Council's resolution or its President's statement before and after
  the text itself, on a line of titles in its heading ("2566(2021) 联合国安理会第2567(2021)号决议",
  "…主席声明2019年第5号 …主席声明2019年第6号"): no longer cited (`engine.extract`); a neighbour the
  text cites in a sentence still is.
"""

from __future__ import annotations

import pytest

from passages import assert_exact
from rescite.engine.extract import extract_text

# (language, passage, each target with its date alone, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]

_TOPIC: list[Row] = [
    ("zh", "联合国安理会通过了关于青年、和平与安全的第2250号决议。", {"S/RES/2250(2015)": None}),
    ("zh", "聯合國安理會一致通過了關於兒童、武裝衝突與教育的第2601號決議。", {"S/RES/2601(2021)": None}),
    ("zh", "安理会2015年通过了关于青年的第2250号决议。", {"S/RES/2250(2015)": None}),
    ("zh", "安全理事会2014年一致通过了关于叙利亚人道局势的第2139号决议。", {"S/RES/2139(2014)": None}),
]

_TOPIC_DATES: list[Row] = [
    (
        "zh",
        "命令公布联合国安全理事会于二零一八年十二月二十日通过的有关秘书长关于刚果民主共和国的报告的"
        "第2450(2018)号决议。",
        {"S/RES/2450(2018)": "2018-12-20"},
    ),
    (
        "zh",
        "命令公佈聯合國安全理事會於二零一九年一月三十日通過的有關秘書長關於中非共和國的報告的"
        "第2454(2019)號決議。",
        {"S/RES/2454(2019)": "2019-01-30"},
    ),
]

_ASSEMBLY: list[Row] = [
    ("zh", "该原则载于联合国大会 2625号决议所附的宣言。", {"A/RES/2625(XXV)": None}),
    ("zh", "依據聯合國大會 1514號決議，各殖民地人民享有自決權。", {"A/RES/1514(XV)": None}),
    ("zh", "国际法委员会由联合国大会174号决议设立。", {"A/RES/174(II)": None}),
]

_ACTOR_VERBS: list[Row] = [
    ("zh", "安理会重申其第2231号决议，呼吁各方全面履约。", {"S/RES/2231(2015)": None}),
    ("zh", "安理會回顧其第1325號決議，強調婦女的參與。", {"S/RES/1325(2000)": None}),
]

_PROTOCOLS: list[Row] = [
    ("zh", "委员会欢迎缔约国批准《关于儿童卷入武装冲突问题的任择议定书》。", {"UNTS/2173/27531": None}),
    ("zh", "缔约国已批准关于买卖儿童、儿童卖淫和儿童色情制品问题的任择议定书。", {"UNTS/2171/27531": None}),
]

# look-alikes that stay as they were: another organisation's assembly, a national parliament's
# adoption, another charter's protocol, a body's own possessive, the Council's topic without a comma
_AS_BEFORE: list[Row] = [
    ("zh", "该协会会员大会 25号决议已经生效。", {}),
    ("zh", "该国议会2015年通过了关于青年的第12号决议。", {}),
    ("zh", "委员会建议缔约国批准《非洲儿童权利和福利宪章关于儿童卷入武装冲突问题的任择议定书》。", {}),
    ("zh", "人权理事会回顾其第5/1号决议。", {"A/HRC/RES/5/1": None}),
    ("zh", "安理会通过了关于巴以问题的第2334号决议。", {"S/RES/2334(2016)": None}),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    _TOPIC + _TOPIC_DATES + _ASSEMBLY + _ACTOR_VERBS + _PROTOCOLS + _AS_BEFORE,
)
def test_found(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang=lang)


# a collection's copy with its links to the texts before and after it on its heading's lines
# (passage, own id, targets)
_NAVIGATION: list[tuple[str, str | None, set[str]]] = [
    (
        "2566(2021) 联合国安理会第2567(2021)号决议\nS/RES/2567(2021)\n2021年2月26日\n2568(2021)\n\n"
        "第2567(2021)号决议\n\n2021年2月26日安全理事会第8760次会议通过\n\n安全理事会，\n\n"
        "回顾其第2514(2020)号决议，\n",
        "S/RES/2567(2021)",
        {"S/RES/2514(2020)"},
    ),
    (
        "联合国安理会主席声明2019年第5号 联合国安理会主席声明2019年第6号\nS/PRST/2019/6\n"
        "联合国安理会主席声明2019年第7号\n\n安全理事会主席在2019年8月9日安全理事会第8593次会议上，"
        "代表安理会发表声明如下：\n\n“安全理事会回顾其第2250(2015)号决议。”\n",
        "S/PRST/2019/6",
        {"S/RES/2250(2015)"},
    ),
]

_NAVIGATION.append(
    (
        "联合国安理会第2544号决议\n← | 2543(2020) | 联合国安理会第2544(2020)号决议 S/RES/2544(2020) "
        "发布机关：联合国安全理事会 |\n2545(2020) |\n第2544(2020)号决议\n\n安全理事会，\n\n"
        "回顾其第2514(2020)号决议，\n",
        "S/RES/2544(2020)",
        {"S/RES/2514(2020)"},
    )
)

# look-alikes: the neighbour cited in the text's sentence stays cited
_NEIGHBOUR_CITED: list[tuple[str, str | None, set[str]]] = [
    (
        "第2567(2021)号决议\n\n2021年2月26日安全理事会第8760次会议通过\n\n安全理事会，\n\n"
        "回顾其第2566(2021)号决议，\n",
        "S/RES/2567(2021)",
        {"S/RES/2566(2021)"},
    ),
]


@pytest.mark.parametrize(("text", "own", "targets"), _NAVIGATION + _NEIGHBOUR_CITED)
def test_navigation(text: str, own: str | None, targets: set[str]) -> None:
    res = extract_text(text, lang="zh")
    assert res.document.source_id == own
    assert {str(c.target) for c in res.citations} == targets
