"""Chinese forms met reading real public texts of kinds earlier passes had not read (issue 7, pass
49c: the Permanent Mission's explanations of vote and the news agencies' dispatches on them, the
Foreign Ministry's position papers and Taiwan's Foreign Ministry's press releases on the
Assembly's 2758 (XXVI), treaty bodies' concluding observations, the Human Rights Council's press
releases, law journals and theses on the Council's and the Human Rights Council's texts,
encyclopaedia pages), each written for these tests in UN style (numbers, dates and wording
invented where the rule does not depend on them):

- the Council's number adopted on the day of the dispatch told by a word of its own between the
  Council's name and the verb ("安理会当天通过第2718号决议", "安理會當日通過…", "同日", "次日";
  zh.toml ``grammar.adoption_time``): the Council's (was lost), as after "今天" or "10日";
- a list of the Council's marked numbers after the verb of their adoption, that day's word
  before it ("安理会当天通过第2713号和第2714号决议"), or the date of their adoption, its year and
  month or its year with its preposition ("安理会2023年12月1日通过第2713号和第2714号决议",
  "安理会于2011年6月通过第1988号和第1989号决议"; ``grammar.council`` marked list,
  ``find_council._council_list``): each number the Council's, dated by the date, of the year
  written before the verb where the numbering allows it (the whole list was lost); a year the
  numbering does not allow leaves the number its own year or unresolved, as before;
- the Council's number after the vote of its adoption with the count's counts in numerals or
  the result's noun after them ("以十四票赞成、一票反对的表决结果通过了…第一六九六号决议", zh.toml
  ``grammar.adoption_manner``), or after the month and day of its adoption in numerals with no
  year ("安理会七月三十一日通过了…", ``dates.numeral_month_day``, ``normalise.numeral_date_edits``):
  the Council's (was lost); a month and day in numerals elsewhere change nothing, a whole date in
  numerals is read as before;
- the Assembly's number of its first thirty sessions after its short name and the verb of its
  adoption without the mark "第" ("1971年联大通过2758號決議") or with the year of the adoption
  between the name and the verb ("联大1971年通过第2758号决议", "联合国大会1960年通过了第1514号
  决议"; zh.toml ``grammar.assembly_number``): the Assembly's, its session from its known numbers
  (was lost); a figure after the verb with another noun ("联大通过2758号文件") stays unread;
- the Council's year in its number's bracket written digit by digit in numerals as the number is
  ("安理会第二二三一（二〇一五）号决议", zh.toml ``grammar.numeral_number`` group y,
  ``normalise.numeral_numbers``): read in figures, the number the Council's (was lost);
- the Charter of the United Nations by its short title alone in title marks, as the
  Organization's Chinese texts name it ("《宪章》第四十一条", "《憲章》"; new zh.toml
  ``grammar.short_titles``, ``find._short_titled``), its article the pinpoint (was missed);
  another charter named in title marks ("《非洲人权和民族权宪章》 … 《宪章》第5条"), a charter of
  another title ("《奥林匹克宪章》") and the word without its marks stay unread;
- a resolutions' series whose slash before the number a typist left out, as articles' notes
  write it ("A/RES2131(XX)", "S/RES1325(2000)", en "E/RES1995/39"; ``normalise.res_slash``):
  read as the symbol (was lost); not inside a longer series ("UNA/RES12 (2000)").
"""

from __future__ import annotations

import pytest

from passages import assert_exact
from rescite.engine.extract import extract_text

# (passage, each target with its date alone, None: undated)
Row = tuple[str, dict[str, str | None]]

_DAY_OF_THE_NEWS: list[Row] = [
    ("新华社联合国12月14日电 安理会当天通过第2718号决议，决定延长制裁措施。", {"S/RES/2718(2023)": None}),
    ("安理會當日一致通過第1973號決議。", {"S/RES/1973(2011)": None}),
    ("安理会同日以13票赞成通过了第2664号决议。", {"S/RES/2664(2022)": None}),
    ("安理会次日通过第1970号决议，决定实施武器禁运。", {"S/RES/1970(2011)": None}),
]

_LIST_AFTER_VERB: list[Row] = [
    (
        "安理会当天通过第2713号和第2714号决议，涉及两个制度。",
        {"S/RES/2713(2023)": None, "S/RES/2714(2023)": None},
    ),
    ("安理會同日通過了第2713號和第2714號決議。", {"S/RES/2713(2023)": None, "S/RES/2714(2023)": None}),
    (
        "安理会2023年12月1日通过第2713号和第2714号决议。",
        {"S/RES/2713(2023)": "2023-12-01", "S/RES/2714(2023)": "2023-12-01"},
    ),
    (
        "安理会于2023年12月1日通过第2713号和第2714号决议，解除了武器禁运。",
        {"S/RES/2713(2023)": "2023-12-01", "S/RES/2714(2023)": "2023-12-01"},
    ),
    (
        "安理会于2011年6月通过第1988号和第1989号决议，将两个制裁制度分开。",
        {"S/RES/1988(2011)": None, "S/RES/1989(2011)": None},
    ),
    (
        "安理会于2011年通过第1988号和第1989号决议。",
        {"S/RES/1988(2011)": None, "S/RES/1989(2011)": None},
    ),
    ("安理会于2006年通过第1718号和第1874号决议。", {"S/RES/1718(2006)": None, "S/RES/1874(2009)": None}),
]

# look-alikes that stay as they were: the day's word with no number, the list with no word between
# the name and the verb, a year before each item, a committee named by its number, a figure after
# the Assembly's verb with another noun, a number in numerals without its year, another charter,
# the word without its marks, a longer series before "/RES", a symbol with its slash
_AS_BEFORE: list[Row] = [
    ("安理会当天举行会议，审议了索马里局势。", {}),
    ("安理会通过第2713号和第2714号决议。", {"S/RES/2713(2023)": None, "S/RES/2714(2023)": None}),
    ("安理会2006年第1701号和2015年第2254号决议。", {"S/RES/1701(2006)": None, "S/RES/2254(2015)": None}),
    ("安理会今天通过了第1325号决议。", {"S/RES/1325(2000)": None}),
    ("安理会应继续用好 1267 制裁机制。", {}),
    ("联大通过2758号文件。", {}),
    ("联大通过2758票。", {}),
    ("大会2015年通过了第70/1号决议。", {"A/RES/70/1": None}),
    ("安理会第二二三一号决议核可了该计划。", {"S/RES/2231(2015)": None}),
    ("缔约国批准了《非洲人权和民族权宪章》。《宪章》第5条禁止奴役。", {}),
    ("《奥林匹克宪章》规定了基本原则。", {}),
    ("安理会决定采取宪章第四十一条规定的措施。", {}),
    ("见UNA/RES12 (2000)。", {}),
    ("见A/RES/70/1号决议。", {"A/RES/70/1": None}),
    ("他说，十二月十八日的会议很重要。", {}),
    ("一九七一年十月二十五日联大通过的第2758号决议。", {"A/RES/2758(XXVI)": "1971-10-25"}),
    ("安理会以14票赞成、1票反对通过了第1696号决议。", {"S/RES/1696(2006)": None}),
]

_VOTE_IN_NUMERALS: list[Row] = [
    (
        "安理会7月31日以14票赞成、1票弃权的表决结果通过了关于不扩散的第1696号决议。",
        {"S/RES/1696(2006)": None},
    ),
    ("安理会以十四票赞成通过了第一六九六号决议。", {"S/RES/1696(2006)": None}),
    (
        "安全理事會七月三十一日以十四票贊成、一票棄權的表決結果通過第一六九六號決議。",
        {"S/RES/1696(2006)": None},
    ),
    ("安理会七月三十一日通过了第1696号决议。", {"S/RES/1696(2006)": None}),
]

_ASSEMBLY_VERB: list[Row] = [
    ("据该书记载，1971年联大通过2758號決議后形势改变。", {"A/RES/2758(XXVI)": None}),
    ("联大1971年通过第2758号决议，解决了代表权问题。", {"A/RES/2758(XXVI)": None}),
    ("联合国大会1960年通过了第1514号决议。", {"A/RES/1514(XV)": None}),
]

_NUMERAL_YEAR: list[Row] = [
    ("安理会第二二三一（二〇一五）号决议核可了该计划。", {"S/RES/2231(2015)": None}),
    ("回顾安全理事会第一二六七(一九九九)号决议。", {"S/RES/1267(1999)": None}),
]

_CHARTER_SHORT: list[Row] = [
    ("安理会决定采取《宪章》第四十一条规定的措施。", {"pub:charter-of-the-united-nations": None}),
    ("安理會決定採取《憲章》第四十二條規定的行動。", {"pub:charter-of-the-united-nations": None}),
]

_RES_SLASH: list[Row] = [
    ("见大会决议(A/RES2131(XX), 21 December 1965)。", {"A/RES/2131(XX)": "1965-12-21"}),
    ("见S/RES1325(2000)。", {"S/RES/1325(2000)": None}),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    _DAY_OF_THE_NEWS
    + _LIST_AFTER_VERB
    + _VOTE_IN_NUMERALS
    + _ASSEMBLY_VERB
    + _NUMERAL_YEAR
    + _CHARTER_SHORT
    + _RES_SLASH
    + _AS_BEFORE,
)
def test_found(text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang="zh")


# the slash left out in another language's note, and a look-alike: a code whose letters end in "RES"
_RES_SLASH_EN: list[Row] = [
    ("See S/RES1325 (2000) and E/RES1995/39.", {"S/RES/1325(2000)": None, "E/RES/1995/39": None}),
    ("The code XA/RES12 (2000) is internal.", {}),
]


@pytest.mark.parametrize(("text", "expected"), _RES_SLASH_EN)
def test_found_en(text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang="en")


# (passage, target, its pinpoint as written): the short title's article, and a look-alike, the full
# title's
_PINPOINTS: list[tuple[str, str, str | None]] = [
    ("安理会决定采取《宪章》第四十一条规定的措施。", "pub:charter-of-the-united-nations", "第四十一条"),
    ("安理会根据《联合国宪章》第七章采取行动。", "pub:charter-of-the-united-nations", "第七章"),
]


@pytest.mark.parametrize(("text", "target", "pin"), _PINPOINTS)
def test_pinpoint(text: str, target: str, pin: str | None) -> None:
    res = extract_text(text, lang="zh")
    assert [c.pinpoint for c in res.citations if str(c.target) == target] == [pin]


def test_res_slash_scan_led_by_its_series() -> None:
    """The scan led by "/RES" and a figure finds what the pattern's own scan (led by its
    look-behind, tried at every character) finds."""
    from rescite.engine.normalise import _RES_NO_SLASH, res_slash

    texts = [
        "See A/RES2144(XXI) and S/RES1325 (2000), E/RES1995/39.",
        "/RES12 at the start, XA/RES12, UNA/RES12, A/RES/70/1, A/RES70/1 and B/RES4/5",
        "A/RES2144(XXI)A/RES2145(XXI)",
        "no series here",
    ]
    for text in texts:
        assert res_slash(text) == [(m.end() - 1, m.end(), "S/") for m in _RES_NO_SLASH.finditer(text)], text
