"""Chinese forms met reading real public texts of kinds earlier passes had not read (issue 7, pass
47c: the NPC Standing Committee's decisions ratifying conventions, treaty bodies' concluding
observations and general recommendations in Chinese, Macau's executive orders that carry out the
Council's sanctions, Hong Kong's reports and law journals on the Covenant, the Taiwan Affairs
Office's and the Foreign Ministry's position papers, encyclopaedia pages on the Council's
resolutions, academic abstracts), each written for these tests in UN style (numbers, dates and
wording invented where the rule does not depend on them):

- an article numbered in Chinese figures after a treaty's title, as Chinese treaties and laws number
  theirs ("《…公约》第八条第一款", "《联合国宪章》第一百零三条", "第二条和第三条", zh.toml
  ``grammar.pin_after``): the article is the pinpoint (was none);
- an instrument's name without its title marks closed by the article or chapter glued after it
  ("联合国宪章第二十三条", "…公约第4条", zh.toml ``grammar.name_pinpoint_after``): cited, with the
  article as pinpoint (was missed); a regional convention, a constitution and a conference of the
  parties numbered after the name stay unread;
- several subparagraphs of one paragraph ("第1521(2003)号决议第2(a)和(b)段"): the pinpoint whole (was
  none);
- an ordinal inside the topic between a date and the number ("…关于第三次…国际会议…的第69/217号
  决议"), and the topic closed by the classical "之" as Macau's orders write it ("通过的有关…局势之
  第…号决议", zh.toml ``grammar.topic_before``): the number dated (was undated);
- a month whose figures stand apart from its mark ("1995年12 月20日", zh.toml ``dates.months``), and
  the press's verb "采纳了" for the adoption (``grammar.adoption_verbs``): the date that opens the
  sentence dates the number (was undated);
- the Assembly's number of its first thirty sessions without its mark "号" ("联大2758决议") or with a
  part's letter ("联合国大会第2200A号决议", zh.toml ``grammar.assembly_number``): the Assembly's, its
  session from its known numbers (was lost);
- the press's "UNSCR" glued to the ideograph before it ("根据UNSCR 2231，"): the Council's, as after a
  blank (was lost; ``engine.normalise``).
"""

from __future__ import annotations

import pytest

from passages import assert_exact
from rescite.engine.extract import extract_text

# (language, passage, each target with its date alone, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]

_TOPIC_DATES: list[Row] = [
    (
        "zh",
        "回顾大会2014年12月19日关于第三次小岛屿发展中国家问题国际会议后续行动的第69/217号决议。",
        {"A/RES/69/217": "2014-12-19"},
    ),
    (
        "zh",
        "命令公布安全理事会于二零一一年三月十七日通过的有关利比亚局势之第1973(2011)号决议。",
        {"S/RES/1973(2011)": "2011-03-17"},
    ),
    (
        "zh",
        "著令公佈由聯合國安全理事會於二零一零年六月九日通過的有關伊朗之第1929(2010)號決議。",
        {"S/RES/1929(2010)": "2010-06-09"},
    ),
]

_SENTENCE_DATES: list[Row] = [
    ("zh", "1995年12 月20日，联大通过了第50/157号决议。", {"A/RES/50/157": "1995-12-20"}),
    ("zh", "大会2003年12 月9日第58/4号决议通过了该公约。", {"A/RES/58/4": "2003-12-09"}),
    ("zh", "2001年12月19日，第56届联大采纳了56/83号决议，提出了若干建议。", {"A/RES/56/83": "2001-12-19"}),
]

_ASSEMBLY: list[Row] = [
    ("zh", "联大2758决议恢复了中华人民共和国在联合国的合法权利。", {"A/RES/2758(XXVI)": None}),
    ("zh", "聯合國大會2758決議的效力不容挑戰。", {"A/RES/2758(XXVI)": None}),
    ("zh", "该公约由联合国大会第2200A号决议通过并开放签署。", {"A/RES/2200A(XXI)": None}),
    ("zh", "第二十一届联合国大会第2200A号决议通过了两项公约。", {"A/RES/2200A(XXI)": None}),
]

_UNSCR: list[Row] = [
    ("zh", "根据UNSCR 2231，各方应全面履行承诺。", {"S/RES/2231(2015)": None}),
    ("zh", "多国按照UNSCR 1325制定了国家行动计划。", {"S/RES/1325(2000)": None}),
]

_GLUED_NAMES: list[Row] = [
    ("zh", "五个常任理事国由联合国宪章第二十三条列明。", {"pub:charter-of-the-united-nations": None}),
    ("zh", "各国应履行儿童权利公约第4条规定的义务。", {"UNTS/1577/27531": None}),
]

# look-alikes that stay as they were: a regional convention, a constitution and a conference of the
# parties after a name, another assembly's number without its mark, a code holding the letters, a
# topic with an ordinal and no number
_AS_BEFORE: list[Row] = [
    ("zh", "欧洲人权公约第6条规定了公正审判权。", {}),
    ("zh", "该国宪法第三十三条规定了平等权。", {}),
    ("zh", "联合国气候变化框架公约第二十一次缔约方会议在巴黎举行。", {}),
    ("zh", "该协会会员大会25决议已经生效。", {}),
    ("zh", "编号为AUNSCR 1325的文件已归档。", {}),
    ("zh", "大会2014年12月19日关于第三次国际会议的报告已印发。", {}),
    ("zh", "安理会第1521(2003)号决议第2段规定了措施。", {"S/RES/1521(2003)": None}),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    _TOPIC_DATES + _SENTENCE_DATES + _ASSEMBLY + _UNSCR + _GLUED_NAMES + _AS_BEFORE,
)
def test_found(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang=lang)


# (passage, target, its pinpoint as written)
_PINPOINTS: list[tuple[str, str, str | None]] = [
    (
        "缔约国对《经济、社会及文化权利国际公约》第八条第一款(甲)项作出声明。",
        "UNTS/993/14531",
        "第八条第一款(甲)项",
    ),
    ("依照《联合国宪章》第一百零三条，宪章义务优先。", "pub:charter-of-the-united-nations", "第一百零三条"),
    ("委员会回顾《儿童权利公约》第二条和第三条。", "UNTS/1577/27531", "第二条和第三条"),
    ("根据《联合国宪章》第四十二条采取行动。", "pub:charter-of-the-united-nations", "第四十二条"),
    ("五个常任理事国由联合国宪章第二十三条列明。", "pub:charter-of-the-united-nations", "第二十三条"),
    ("根据联合国海洋法公约第121条，岩礁不应有专属经济区。", "UNTS/1833/31363", "第121条"),
    (
        "第1579(2004)号决议延长了第1521(2003)号决议第2(a)和(b)段规定的措施。",
        "S/RES/1521(2003)",
        "第2(a)和(b)段",
    ),
]

# look-alikes: a pinpoint in figures, a paragraph with one letter, a meeting after a title
_PINPOINTS_AS_BEFORE: list[tuple[str, str, str | None]] = [
    ("《儿童权利公约》第3条和第12条", "UNTS/1577/27531", "第3条和第12条"),
    ("安理会第1521(2003)号决议第2(a)段", "S/RES/1521(2003)", "第2(a)段"),
    ("《儿童权利公约》第一次缔约国会议", "UNTS/1577/27531", None),
]


@pytest.mark.parametrize(("text", "target", "pin"), _PINPOINTS + _PINPOINTS_AS_BEFORE)
def test_pinpoint(text: str, target: str, pin: str | None) -> None:
    res = extract_text(text, lang="zh")
    assert [c.pinpoint for c in res.citations if str(c.target) == target] == [pin]
