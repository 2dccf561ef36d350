"""Chinese forms met reading real public texts of kinds earlier passes had not read (issue 7, pass
54c: the Assembly's and the Human Rights Council's resolutions in their Chinese copies on
collection and archive pages, the Council's President's statements on a library of texts, the
Foreign Ministry's spokespersons' answers, the Ministry of Commerce's notices carrying out the
Council's sanctions, Macau's executive orders citing the Council's resolutions, Chinese
encyclopaedia pages on the Council's resolutions, Xinhua's and Taiwan's dispatches in both
scripts, law-of-the-sea and peacekeeping papers, the Economic and Social Council's drug
resolutions and China's acts of accession to the drug conventions), each written for these tests
in UN style (numbers, dates and wording invented where the rule does not depend on them):

- an adopted text's symbol with its noun after it, as Chinese writes it ("A/RES/72/249号决议",
  "A/RES/69/292决议"), its date of adoption written before it as for a number: joined by the
  words that join a date to a number ("2016年9月13日通过的A/RES/70/304号决议", "大会…的…",
  zh.toml ``grammar.date_link``, read by ``find_symbols``), or in the sentence of the adoption
  ("大会于2017年12月24日通过了A/RES/72/249号决议", "2015年6月19日，联合国大会通过A/RES/69/292
  决议", ``find_numbers.date_adopted_symbols``): dated (was undated); a date of anything else
  between ("在…日的会议上审议了A/RES/…号决议") dates nothing;
- the date that opens a sentence of adoption led by "自" (since), set off by a comma or glued to
  the Assembly's name ("自2015年6月19日，联合国大会通过第69/292号决议以来", zh.toml
  ``grammar.sentence_date_lead``): dated (was undated); "自…起" (from a day on) dates nothing;
- a paragraph's pinpoint that lists a paragraph and another's subparagraph ("第1和第2(a)段",
  "第1段和第2(a)段", "第2(a)和第3段"; zh.toml ``grammar.pin_after``): the pinpoint whole (was
  none, or the first paragraph alone); the lists read before stay as they were;
- the Single Convention as amended named from the amending Protocol's own title, as China's acts
  of accession name it ("经修正1961年麻醉品单一公约的议定书修正的1961年麻醉品单一公约", in title
  marks too; zh.toml ``instruments``): the Convention as amended (was the Convention of 1961);
- traditional characters of the words of rules read in the simplified script ("當地時間",
  "剛剛", "隔離", "戰爭", "部隊"; zh.toml ``grammar.variant_letters``): read as those words (the
  numbers and names were lost);
- the adverb "又" (again) between the Council's name and the verb of the adoption
  ("安理会又通过了第1973号决议"; zh.toml ``grammar.adoption_adverbs``): the Council's (was missed);
- the date that opens the sentence of the Council's adoption of a number set in title marks
  as a term ("2011年3月17日，安理会通过了《第1973(2011)号决议》", "…《第1540号决议》";
  ``find_council``, ``find_numbers``): the number's (was undated);
- the 2030 Agenda by its full name without the year's mark, as the press writes it
  ("《2030可持续发展议程》"; zh.toml ``instruments``): the Assembly's resolution 70/1 (was missed).
"""

from __future__ import annotations

import pytest

from passages import assert_exact, pinpoints_of

# (passage, each target with its date alone, None: undated)
Row = tuple[str, dict[str, str | None]]

_SYMBOL_DATE: list[Row] = [
    ("大会于2017年12月24日通过了A/RES/72/249号决议，决定召开会议。", {"A/RES/72/249": "2017-12-24"}),
    ("各国应执行2016年9月13日通过的A/RES/70/304号决议。", {"A/RES/70/304": "2016-09-13"}),
    ("聯合國大會於2017年12月24日通過了A/RES/72/249號決議。", {"A/RES/72/249": "2017-12-24"}),
    ("2015年6月19日，联合国大会通过A/RES/69/292决议，决定拟定一份文书。", {"A/RES/69/292": "2015-06-19"}),
    ("安理会2019年4月23日的S/RES/2467(2019)号决议强调了这一点。", {"S/RES/2467(2019)": "2019-04-23"}),
]

_SINCE: list[Row] = [
    ("自2015年6月19日，联合国大会通过第69/292号决议以来，谈判已举行四次。", {"A/RES/69/292": "2015-06-19"}),
    ("自2015年6月19日联合国大会通过第69/292号决议以来，谈判已举行四届会议。", {"A/RES/69/292": "2015-06-19"}),
    ("自2017年12月24日，大会通过A/RES/72/249号决议以来，各方多次磋商。", {"A/RES/72/249": "2017-12-24"}),
]

_AS_AMENDED: list[Row] = [
    ("该国加入了经修正1961年麻醉品单一公约的议定书修正的1961年麻醉品单一公约。", {"UNTS/976/14152": None}),
    ("回顾经《修正1961年麻醉品单一公约的议定书》修正的《1961年麻醉品单一公约》，", {"UNTS/976/14152": None}),
    ("該國加入經修正1961年麻醉品單一公約的議定書修正的1961年麻醉品單一公約。", {"UNTS/976/14152": None}),
]

_TRADITIONAL: list[Row] = [
    ("安理會當地時間3月25日通過第2728號決議，要求立即停火。", {"S/RES/2728(2024)": None}),
    ("安理會剛剛通過第2231號決議。", {"S/RES/2231(2015)": None}),
    ("各國應遵守《禁止並懲治種族隔離罪行國際公約》的規定。", {"UNTS/1015/14861": None}),
]

_AGAIN: list[Row] = [
    ("随着局势恶化，安理会又通过了第1973号决议，决定设立禁飞区。", {"S/RES/1973(2011)": None}),
    ("安理會又通過了第2231號決議。", {"S/RES/2231(2015)": None}),
]

_TITLE_MARKED: list[Row] = [
    (
        "2011年3月17日，安理会通过了《第1973(2011)号决议》，决定设立禁飞区。",
        {"S/RES/1973(2011)": "2011-03-17"},
    ),
    ("2004年4月28日，安理会通过了《第1540号决议》。", {"S/RES/1540(2004)": "2004-04-28"}),
    ("2004年4月28日，安理會通過了《第1540號決議》。", {"S/RES/1540(2004)": "2004-04-28"}),
]

_AGENDA: list[Row] = [
    ("各国承诺落实《2030可持续发展议程》。", {"A/RES/70/1": None}),
    ("各國承諾落實2030可持續發展議程。", {"A/RES/70/1": None}),
]

# look-alikes: they read as before the pass
_AS_BEFORE: list[Row] = [
    ("大会在2015年6月19日的会议上审议了A/RES/69/292号决议。", {"A/RES/69/292": None}),
    ("自2016年1月1日起，大会通过的第70/1号决议开始执行。", {"A/RES/70/1": None}),
    ("2019年1月3日通过的S/2019/1号文件。", {"S/2019/1": None}),
    ("大会2000年12月4日A/RES/55/12号决议。", {"A/RES/55/12": "2000-12-04"}),
    ("回顾经1972年议定书修正的1961年麻醉品单一公约，", {"UNTS/976/14152": None}),
    ("各国加入了1961年麻醉品单一公约。", {"UNTS/520/7515": None}),
    ("安理會當地時間3月25日審議了該問題。", {}),
    ("各国努力在2030年前实现可持续发展目标。", {}),
    ("安理会又一次未能通过决议草案。", {}),
    ("2004年4月28日，安理会审议了《第1540号决议》的执行情况。", {}),
    ("2011年3月17日，安理会通过了第1973(2011)号决议。", {"S/RES/1973(2011)": "2011-03-17"}),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    _SYMBOL_DATE + _SINCE + _AS_AMENDED + _TRADITIONAL + _AGAIN + _TITLE_MARKED + _AGENDA + _AS_BEFORE,
)
def test_found(text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang="zh")


# (passage, target, its pinpoint)
_PINS: list[tuple[str, str, str | None]] = [
    ("安理会回顾其第1521(2003)号决议第1和第2(a)段。", "S/RES/1521(2003)", "第1和第2(a)段"),
    ("安理会回顾其第1521(2003)号决议第1段和第2(a)段。", "S/RES/1521(2003)", "第1段和第2(a)段"),
    ("安理会回顾其第1521(2003)号决议第2(a)和第3段。", "S/RES/1521(2003)", "第2(a)和第3段"),
    ("安理會回顧其第1521(2003)號決議第4和第6(b)段。", "S/RES/1521(2003)", "第4和第6(b)段"),
]

# look-alikes: they read as before the pass
_PINS_BEFORE: list[tuple[str, str, str | None]] = [
    ("安理会回顾其第1521(2003)号决议第2(a)和(b)段。", "S/RES/1521(2003)", "第2(a)和(b)段"),
    ("安理会回顾其第1521(2003)号决议第1段和第2条。", "S/RES/1521(2003)", "第1段和第2条"),
    ("安理会回顾其第1521(2003)号决议第1和2段。", "S/RES/1521(2003)", "第1和2段"),
    ("安理会回顾其第1521(2003)号决议第1段的(a)分段。", "S/RES/1521(2003)", "第1段"),
]


@pytest.mark.parametrize(("text", "target", "pinpoint"), _PINS + _PINS_BEFORE)
def test_pinpoint(text: str, target: str, pinpoint: str | None) -> None:
    assert pinpoints_of(text, lang="zh") == {target: pinpoint}
