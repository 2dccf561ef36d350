"""Chinese forms met reading real public texts of kinds earlier passes had not read (issue 7, pass
48c: the Human Rights Council's session reports and press releases, the Security Council's yearly
round-ups and the Permanent Mission's statements, Hong Kong's Legislative Council papers and
regulations carrying out the Council's sanctions, Taiwan's legislative motions and press on the
Assembly's 2758 (XXVI), law journals on the Council's resolutions and the Law of the Sea,
encyclopaedia pages on the Assembly and its resolutions), each written for these tests in UN style
(numbers, dates and wording invented where the rule does not depend on them):

- a bracket after a list item's number mark that holds its symbol or its date, the list word after
  it ("大会第48/264号(A/52/856)和第51/241号决议", "第47/3号(1993年1月7日)和第49/9号决议";
  ``grammar.rules`` list items' mark): the item is read with the list's body and noun (was lost);
- the Council's number written without its marks before the noun, as the press writes it ("安理会
  2231决议", "联合国安理会1701决议"; ``grammar.council`` marked number): the Council's (was lost);
  a year before the noun ("安理会2015年决议") and a count ("安理会10项决议") stay unread;
- the Assembly's number of its first thirty sessions with its session in figures in the number's
  bracket, where the Roman numeral is not written ("第2758(26)号决议", "聯合國大會第1514(15)號決議"),
  or the Roman "II" typed as the figures "11" ("第174(11)号决议"; zh.toml
  ``grammar.assembly_session_number``, ``find_assembly._bracket_figures``): that session's,
  where the known numbers allow it (was lost); a session they do not allow ("第2758(25)号决议") and
  a bracket that is no session of the number ("第1325(20)号决议") stay unread;
- the Assembly's number of its first thirty sessions after its name and the participle of its
  adoption, the date glued before the name ("1971年10月25日联大通过的第2758号决议", zh.toml
  ``grammar.assembly_number``, ``find_assembly._raw``): the Assembly's, dated (was lost); a date
  before the plain "大会" glued to it stays unread, as before;
- a symbol with a blank on one side of its slashes glued after an ideograph, as text layers and
  web pages give it ("见CEDAW /C/…/CO/5", "详见A/ 79/ 412号文件"; ``normalise._HALF_SPACED``): read
  whole, as after a blank or a bracket (was lost); letters without a digit stay unread;
- the Council's marked number without its year, a paragraph after its noun ("安理会第1970号决议
  第15段", "安理會第1718號決議第12段所設委員會"): the paragraph is its pinpoint, as with the year
  (was none; ``find_council._council_number``); an ordinal after the noun is none.
"""

from __future__ import annotations

import pytest

from passages import assert_exact
from rescite.engine.extract import extract_text

# (passage, each target with its date alone, None: undated)
Row = tuple[str, dict[str, str | None]]

_BRACKET_IN_LIST: list[Row] = [
    (
        "回顾大会第47/120号(A/47/277)和第51/242号决议。",
        {"A/RES/47/120": None, "A/47/277": None, "A/RES/51/242": None},
    ),
    (
        "又回顾大会第47/3号（A/47/L.4）和第49/9号决议以及秘书长的报告。",
        {"A/RES/47/3": None, "A/47/L.4": None, "A/RES/49/9": None},
    ),
    (
        "重申人权理事会第12/2号(2009年10月1日)及第24/24号决议。",
        {"A/HRC/RES/12/2": None, "A/HRC/RES/24/24": None},
    ),
]

_COUNCIL_UNMARKED: list[Row] = [
    ("各方应全面执行安理会2231决议，不得采取任何损害该决议的行动。", {"S/RES/2231(2015)": None}),
    ("联合国安理会1701决议要求双方全面停止敌对行动。", {"S/RES/1701(2006)": None}),
    ("安理會1540決議要求各國採取有效措施。", {"S/RES/1540(2004)": None}),
]

_SESSION_FIGURES: list[Row] = [
    ("联合国大会第2758(26)号决议恢复了中华人民共和国的一切权利。", {"A/RES/2758(XXVI)": None}),
    ("聯合國大會第1514(15)號決議宣告必須迅速無條件地結束殖民主義。", {"A/RES/1514(XV)": None}),
    ("国际法委员会系根据大会第174(11)号决议设立的。", {"A/RES/174(II)": None}),
    (
        "大会第1514(15)号决议和第2625(25)号决议均载有这一原则。",
        {"A/RES/1514(XV)": None, "A/RES/2625(XXV)": None},
    ),
]

_ASSEMBLY_PARTICIPLE: list[Row] = [
    ("有评论文章误读了1971年10月25日联大通过的第2758号决议。", {"A/RES/2758(XXVI)": "1971-10-25"}),
    (
        "一九七一年十月二十五日聯大通過的第2758號決議的表決結果為76票贊成。",
        {"A/RES/2758(XXVI)": "1971-10-25"},
    ),
    ("各方都援引联合国大会通过的第2625号决议。", {"A/RES/2625(XXV)": None}),
]

_GLUED_SPACED_SYMBOLS: list[Row] = [
    ("委员会的结论性意见见CEDAW /C/ABC/CO/5。", {"CEDAW/C/ABC/CO/5": None}),
    ("参见CRC /C/ABC/CO/2-3号文件。", {"CRC/C/ABC/CO/2-3": None}),
    ("详见A/ 79/ 412号文件。", {"A/79/412": None}),
]

# look-alikes that stay as they were: a bracket after a mark with no list word after it, a year or a
# count before the Council's noun, a session the known numbers do not allow, a number's bracket that
# is no session
_AS_BEFORE: list[Row] = [
    ("回顾大会第47/120号决议(A/47/277)。", {"A/RES/47/120": None, "A/47/277": None}),
    ("安理会2015年决议要求各方停火。", {}),
    ("安理会10项决议均未得到执行。", {}),
    ("有人援引第2758(25)号决议。", {}),
    ("依据第1325(20)号决议的规定。", {}),
    ("联合国大会第2758(XXVI)号决议恢复了合法权利。", {"A/RES/2758(XXVI)": None}),
    ("各方应全面执行安理会第2231号决议。", {"S/RES/2231(2015)": None}),
    ("联大第2758号决议只处理了代表权问题。", {"A/RES/2758(XXVI)": None}),
    ("会议于2024年3月1日大会通过的第2758号决议进行了讨论。", {}),
    ("秘书长的报告(A /HRC/55/7)已经印发。", {"A/HRC/55/7": None}),
    ("见AB /CD/EF和GH/ IJ/ KL。", {}),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    _BRACKET_IN_LIST
    + _COUNCIL_UNMARKED
    + _SESSION_FIGURES
    + _ASSEMBLY_PARTICIPLE
    + _GLUED_SPACED_SYMBOLS
    + _AS_BEFORE,
)
def test_found(text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang="zh")


# (passage, target, its pinpoint as written)
_PINPOINTS: list[tuple[str, str, str | None]] = [
    ("安理会第1970号决议第15段规定了旅行禁令。", "S/RES/1970(2011)", "第15段"),
    ("按安理會第1718號決議第12段所設委員會的要求提交報告。", "S/RES/1718(2006)", "第12段"),
    ("安理会2231决议附件B规定了若干限制。", "S/RES/2231(2015)", "附件B"),
]

# look-alikes: an ordinal after the noun, a paragraph with the year written
_PINPOINTS_AS_BEFORE: list[tuple[str, str, str | None]] = [
    ("安理会第1844号决议第一次审查已经完成。", "S/RES/1844(2008)", None),
    ("安理会第1521(2003)号决议第2段规定了措施。", "S/RES/1521(2003)", "第2段"),
]


@pytest.mark.parametrize(("text", "target", "pin"), _PINPOINTS + _PINPOINTS_AS_BEFORE)
def test_pinpoint(text: str, target: str, pin: str | None) -> None:
    res = extract_text(text, lang="zh")
    assert [c.pinpoint for c in res.citations if str(c.target) == target] == [pin]
