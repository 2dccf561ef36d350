"""Chinese forms met reading real public texts of kinds earlier passes had not read (issue 7, pass
53c: the Council's resolutions and its President's statements in their Chinese copies on
collection sites, Chinese encyclopaedia pages on the Council's and the Assembly's resolutions,
Taiwan's press and Legislative Yuan motions on the Assembly's resolution 2758, the PRC's position
papers and the Foreign Ministry's briefings, Hong Kong's Legislative Council papers on the
sanctions regulations, Xinhua's and China News Service's dispatches on the Council's votes, law
journals' abstracts), each written for these tests in UN style (numbers, dates and wording
invented where the rule does not depend on them):

- the Organization named in place of its body with a number alone, as the press writes it
  ("联合国第2758号决议", "聯合國2758決議", "聯合國第二七五八號決議", "联合国1325号决议"; zh.toml
  ``grammar.organization_number``, read by ``find_assembly._organization_numbers``): the
  Assembly's where the number is one of the Assembly's known numbers (``ga_anchors.csv``) and
  none of the Council's, the Council's of its known year where it is one of the Council's
  (``sc_anchors.csv``) and none of the Assembly's (were missed); a number both know (2106) or
  neither knows (687), a draft ("…号决议草案"), and the bodies' own names stay as before;
- the Council as the place of a vote on its text, the preposition of the text voted on between
  its name and the marked number ("美国在安理会就第2728号决议投了弃权票", "對第2334號決議投了贊成票";
  zh.toml ``grammar.council_vote_on``): the Council's (was missed); another body's number after
  the preposition stays that body's;
- a clause of time between the Council's name and the verb of the adoption, no comma after
  it ("安理会在…后一致通过第1718号决议", "…之後通過"; zh.toml ``grammar.adoption_topic``),
  and the adverbs "随后", "随即" there, before the date and the manner too
  ("安理会随后于6月12日一致通过第1874号决议": three insertions before the verb,
  ``rules.adopt_gap``): the Council's (were missed); "在第…号决议通过后" stays unread;
- a list after the Council's name with the number's mark before each number and one mark after
  the last ("安理会第1325和第1820号决议", "第1267、第2083和第2253号决议", the last with its year:
  "…和第1820(2008)号决议"; ``council.council_number``'s ``marked_list``): each the Council's (the
  first ones were missed); one mark before the first number alone stays as before;
- a day of a date in Chinese numerals with twenty or thirty written in one numeral, as Taiwan's
  and Hong Kong's texts write it ("一九七一年十月廿五日", "三月卅一日"; zh.toml
  ``dates.numeral_tens``): the date of the number after it (was undated); the numeral in another
  word ("廿世纪") dates nothing;
- the speaker and the verb of reported speech before the date that opens a sentence of adoption,
  set off by a comma ("声明指出，1971年10月25日，第26届联合国大会…通过第2758号决议", "報道稱，…";
  zh.toml ``grammar.report_verbs``, read by ``dates.sentence_date``): the date of the number (was
  undated); the date of the speech itself ("他在…日指出，安理会通过…") dates nothing.
"""

from __future__ import annotations

import pytest

from passages import assert_exact

# (passage, each target with its date alone, None: undated)
Row = tuple[str, dict[str, str | None]]

_ORGANIZATION: list[Row] = [
    ("该国代表重申，联合国第2758号决议已彻底解决了代表权问题。", {"A/RES/2758(XXVI)": None}),
    ("報導指出，聯合國2758決議並未提及該島的地位。", {"A/RES/2758(XXVI)": None}),
    ("多位立委表示，聯合國第二七五八號決議僅處理代表權問題。", {"A/RES/2758(XXVI)": None}),
    ("评论认为，联合国第181号决议提出了分治方案。", {"A/RES/181(II)": None}),
    ("联合国第242号决议确立了以土地换和平的原则。", {"S/RES/242(1967)": None}),
    ("與會者指出，聯合國1325號決議強調婦女參與和平進程。", {"S/RES/1325(2000)": None}),
]

_VOTE_ON: list[Row] = [
    ("该国在安理会就第2728号决议投了弃权票。", {"S/RES/2728(2024)": None}),
    ("中國在安理會對第2334號決議投了贊成票。", {"S/RES/2334(2016)": None}),
]

_ADOPTION_CLAUSE: list[Row] = [
    ("安理会在该国进行核试验后一致通过第1718号决议。", {"S/RES/1718(2006)": None}),
    ("安理會在該國再次進行試驗之後通過第2375號決議。", {"S/RES/2375(2017)": None}),
    ("安理会随后于6月12日一致通过第1874号决议。", {"S/RES/1874(2009)": None}),
    ("安理会随即通过第2231号决议。", {"S/RES/2231(2015)": None}),
]

_MARKED_LIST: list[Row] = [
    ("安理会第1325和第1820号决议强调妇女的作用。", {"S/RES/1325(2000)": None, "S/RES/1820(2008)": None}),
    (
        "安理会第1267、第2083和第2253号决议规定了制裁措施。",
        {"S/RES/1267(1999)": None, "S/RES/2083(2012)": None, "S/RES/2253(2015)": None},
    ),
    ("安理会第1325和第1820(2008)号决议重申了这一点。", {"S/RES/1325(2000)": None, "S/RES/1820(2008)": None}),
]

_TENS: list[Row] = [
    ("鑑於一九七一年十月廿五日聯大通過的第二七五八號決議。", {"A/RES/2758(XXVI)": "1971-10-25"}),
    ("一九九〇年十一月廿九日安理會通過第678號決議。", {"S/RES/678(1990)": "1990-11-29"}),
    ("安理會於一九九二年三月卅一日通過的第748(1992)號決議。", {"S/RES/748(1992)": "1992-03-31"}),
]

_REPORTED: list[Row] = [
    (
        "声明指出，1971年10月25日，第26屆聯合國大會以壓倒性多數通過第2758號決議。",
        {"A/RES/2758(XXVI)": "1971-10-25"},
    ),
    ("報道稱，2016年12月23日，安理會以14票贊成通過第2334號決議。", {"S/RES/2334(2016)": "2016-12-23"}),
    ("该社报道说，2017年12月22日，安理会一致通过第2397号决议。", {"S/RES/2397(2017)": "2017-12-22"}),
]

# look-alikes: they read as before the pass
_AS_BEFORE: list[Row] = [
    ("联合国第2106号决议。", {}),
    ("联合国第687号决议。", {}),
    ("联合国第2758号决议草案未获通过。", {}),
    ("联合国大会第2758号决议已解决这一问题。", {"A/RES/2758(XXVI)": None}),
    ("联合国安理会第2334号决议要求停止定居点活动。", {"S/RES/2334(2016)": None}),
    ("安理会对大会第ES-10/21号决议表示关注。", {"A/RES/ES-10/21": None}),
    ("安理会在第2328号决议通过后发表了声明。", {}),
    ("安理会第1325和1820号决议强调妇女的作用。", {"S/RES/1325(2000)": None, "S/RES/1820(2008)": None}),
    ("聯大第2758號決議被視為廿世紀的重要決議。", {"A/RES/2758(XXVI)": None}),
    ("他在2016年12月23日指出，安理会通过第2334号决议是正确的。", {"S/RES/2334(2016)": None}),
    ("鑑於一九七一年十月二十五日聯大通過的第二七五八號決議。", {"A/RES/2758(XXVI)": "1971-10-25"}),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    _ORGANIZATION + _VOTE_ON + _ADOPTION_CLAUSE + _MARKED_LIST + _TENS + _REPORTED + _AS_BEFORE,
)
def test_found(text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang="zh")
