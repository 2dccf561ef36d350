"""Chinese forms met reading real public texts of kinds earlier passes had not read (issue 7, pass
51c: the Ministry of Commerce's and the customs' notices carrying out the Council's sanctions and
the press on them, Hong Kong's Legislative Council briefs on its sanctions regulations, the
Council's resolutions in their Chinese copies on encyclopaedia and archive pages, the press's
round-ups of the Council's resolutions on a matter, Taiwan's act carrying out the Covenants), each
written for these tests in UN style (numbers, dates and wording invented where the rule does not
depend on them):

- the Council's marked number after its name and the preposition of the text it acts under,
  its possessive perhaps after it ("安理会根据第1718号决议设立的委员会", "安理会根据其第2140号决议",
  new zh.toml ``grammar.council_basis``): the Council's (was lost); another body named after the
  preposition ("安理会根据大会第60/251号决议") keeps its own number, a number before the Council's
  name stays unread as before;
- in a text of no body (news, statements), the Council's marked number without its year in a later
  clause of the sentence that names the Council, after its comma, or in a bracket, a range perhaps
  ("安理会当天决定…，并请秘书长按照第2241号决议提交报告", "安理会回顾其…各项决议（第660号决议-
  第1284号决议）", ``find_council._council_marked_later``): the Council's, as in the sentence after
  (was lost); another body named, a number of two figures stay as before;
- the Council's number after its name and the year or date of the adoption led by "在" as by "于"
  ("安理会在2015年通过了第2241号决议", "安理会在2015年11月9日通过了…", zh.toml
  ``grammar.date_intro``): the Council's, dated by the date (was lost);
- the Council's number after the day of its adoption in numerals without its month, as dispatches
  write it ("安理会十日通过第2720号决议", "安理會二十三日一致通過…", zh.toml
  ``grammar.adoption_time``): the Council's (was lost), as after "10日"; a span of days ("十日内")
  stays unread;
- a pinpoint of an article's paragraph or item after the article ("《宪章》第二条第七项",
  "《联合国宪章》第2条第7款", "第十四条第二款(乙)项", the Charter's lettered ones by the earthly
  branches: "第七十三条(辰)款") and a subparagraph's item in the circled numerals the
  Organization's Chinese texts number them with ("第8(a)㈢段"; zh.toml ``grammar.pin_after``): the
  pinpoint whole (was cut after the article, or none; test_real47c's row of "第八条第一款(甲)项"
  now expects it whole); a meeting after the article, an item set off by a comma stay out;
- the Assembly's number of its first thirty sessions after the Organization's name, the session
  and the Assembly's short noun ("联合国第二十六届大会通过了第2758号决议", zh.toml
  ``grammar.assembly_session_number``): that session's (was lost); another organisation's
  assembly stays unread;
- a copy's heading of the Council's text with the adoption's date after the number ("联合国安理会
  第688号决议 1991年4月5日"): the date's year is no number of the Council's (``dates.year_mark``,
  ``council.council_number``; was an unresolved record);
- an instrument's name or short title followed by the noun of its draft ("《宪章》草案",
  "《联合国宪章》的草案", "《儿童权利公约》草案"; new zh.toml ``grammar.draft_after``,
  ``find._draft_of``): the draft, not the instrument (was cited); a draft resolution on the
  instrument ("执行《儿童权利公约》的决议草案") still cites it.
"""

from __future__ import annotations

import pytest

from passages import assert_exact
from rescite.engine.extract import extract_text

# (passage, each target with its date alone, None: undated)
Row = tuple[str, dict[str, str | None]]

_BASIS: list[Row] = [
    ("出口国须事先通报联合国安理会根据第1718号决议设立的委员会。", {"S/RES/1718(2006)": None}),
    ("各国应向安理會依照第1533號決議設立的委員會報告。", {"S/RES/1533(2004)": None}),
    ("安理会根据其第2140号决议设立了专家小组。", {"S/RES/2140(2014)": None}),
    ("该清单由安理会按照第1267号决议所设委员会更新。", {"S/RES/1267(1999)": None}),
]

_YEAR_AFTER_AT: list[Row] = [
    ("安全理事会在2015年通过了第2241号决议。", {"S/RES/2241(2015)": None}),
    ("安理会在2015年11月9日通过了第2241号决议，决定延长任务期限。", {"S/RES/2241(2015)": "2015-11-09"}),
    ("安理会在2011年6月通过第1988号和第1989号决议。", {"S/RES/1988(2011)": None, "S/RES/1989(2011)": None}),
]

_DAY_IN_NUMERALS: list[Row] = [
    ("新华社联合国12月22日电 安理会二十二日通过第2720号决议。", {"S/RES/2720(2023)": None}),
    ("安理會十日一致通過第2720號決議。", {"S/RES/2720(2023)": None}),
    ("安理会三十日晚通过了第2693号决议。", {"S/RES/2693(2023)": None}),
]

_LATER_CLAUSE: list[Row] = [
    ("安理会当天决定延长特派团任期，并请秘书长按照第2241号决议提交报告。", {"S/RES/2241(2015)": None}),
    ("联合国安理会对此表示关切，呼吁各方全面执行第2241号决议。", {"S/RES/2241(2015)": None}),
    ("中方支持安理會發揮作用，各方應執行第2231號決議。", {"S/RES/2231(2015)": None}),
    (
        "安理会回顾其关于伊拉克局势的各项决议（第660号决议-第1284号决议），决定延长该机制。",
        {"S/RES/660(1990)": None, "S/RES/1284(1999)": None},
    ),
]

_SESSION_AFTER_ORGANIZATION: list[Row] = [
    ("1971年10月25日，联合国第二十六届大会通过了第2758号决议。", {"A/RES/2758(XXVI)": None}),
    ("聯合國第二十六屆大會就該問題的2758號決議進行表決。", {"A/RES/2758(XXVI)": None}),
]

_DRAFT: list[Row] = [
    ("各代表团在旧金山讨论了《宪章》草案。", {}),
    ("各国讨论了《联合国宪章》草案的第五条。", {}),
    ("工作组审议了《儿童权利公约》的草案。", {}),
]

# look-alikes that stay as they were: another body after the preposition, the preposition before the
# Council's name, a span of days, the day with its month in numerals, the Charter's article alone,
# a draft resolution on a treaty, the instrument itself, the date's "于"
_AS_BEFORE: list[Row] = [
    ("安理会根据大会第60/251号决议审议了报告。", {"A/RES/60/251": None}),
    ("根据第1718号决议，安理会设立了委员会。", {}),
    ("安理会十日内通过第2720号决议。", {}),
    ("安理会七月三十一日通过了第1696号决议。", {"S/RES/1696(2006)": None}),
    ("安理会10日通过第2720号决议。", {"S/RES/2720(2023)": None}),
    ("安理会于2015年通过了第2241号决议。", {"S/RES/2241(2015)": None}),
    ("在2015年9月25日第4次全体会议上，大会通过了第70/1号决议。", {"A/RES/70/1": "2015-09-25"}),
    ("委员会讨论了执行《儿童权利公约》的决议草案。", {"UNTS/1577/27531": None}),
    ("安理会决定采取《宪章》第四十一条规定的措施。", {"pub:charter-of-the-united-nations": None}),
    ("国际原子能机构第二十六届大会通过了第2758号决议。", {}),
    ("第二十六届联合国大会通过了第2758号决议。", {"A/RES/2758(XXVI)": None}),
    ("安理会成员强调，各方应执行大会第70/1号决议。", {"A/RES/70/1": None}),
    ("安理会成员强调，各方应执行第12号决议。", {}),
    ("人权理事会通过决议，安理会表示关切，各方应执行第2241号决议。", {}),
]

# the Council's own text, a copy's heading with the adoption's date after the number
_OWN_HEADING: list[Row] = [
    (
        "安全理事会，\n\n联合国安理会第688号决议 1991年4月5日\n\n回顾其第678(1990)号决议，",
        {"S/RES/688(1991)": None, "S/RES/678(1990)": None},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    _BASIS
    + _YEAR_AFTER_AT
    + _DAY_IN_NUMERALS
    + _LATER_CLAUSE
    + _SESSION_AFTER_ORGANIZATION
    + _DRAFT
    + _AS_BEFORE,
)
def test_found(text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang="zh")


@pytest.mark.parametrize(("text", "expected"), _OWN_HEADING)
def test_own_heading(text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang="zh")


# (passage, target, its pinpoint as written): an article's paragraph or item after it, a
# subparagraph's item in circled numerals; look-alikes: the article alone, a meeting after it,
# the item set off by a comma
_PINPOINTS: list[tuple[str, str, str | None]] = [
    ("回顾《宪章》第二条第七项规定，", "pub:charter-of-the-united-nations", "第二条第七项"),
    ("回顾《联合国宪章》第2条第7款，", "pub:charter-of-the-united-nations", "第2条第7款"),
    ("各国应遵守《儿童权利公约》第十二条第1款。", "UNTS/1577/27531", "第十二条第1款"),
    ("缔约国对《儿童权利公约》第十四条第二款(乙)项提出保留。", "UNTS/1577/27531", "第十四条第二款(乙)项"),
    ("按照《联合国宪章》第七十三条(辰)款递送情报，", "pub:charter-of-the-united-nations", "第七十三条(辰)款"),
    ("重申第1718(2006)号决议第8(a)㈢段规定的措施，", "S/RES/1718(2006)", "第8(a)㈢段"),
    ("重申第1718(2006)号决议第8(a)和(b)㈡段规定的措施，", "S/RES/1718(2006)", "第8(a)和(b)㈡段"),
    ("安理会决定采取《宪章》第四十一条规定的措施。", "pub:charter-of-the-united-nations", "第四十一条"),
    ("重申《联合国宪章》第二条第七次会议的结论，", "pub:charter-of-the-united-nations", "第二条"),
    ("重申《联合国宪章》第二条，第七项另作规定，", "pub:charter-of-the-united-nations", "第二条"),
    ("重申第1718(2006)号决议第8(a)段规定的措施，", "S/RES/1718(2006)", "第8(a)段"),
]


@pytest.mark.parametrize(("text", "target", "pin"), _PINPOINTS)
def test_pinpoint(text: str, target: str, pin: str | None) -> None:
    res = extract_text(text, lang="zh")
    assert [c.pinpoint for c in res.citations if str(c.target) == target] == [pin]
