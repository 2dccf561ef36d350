"""Chinese forms met reading real public texts of kinds earlier passes had not read (issue 7, pass
45c: Wikisource's and its mirrors' copies of the Council's President's statements, the Human Rights
Council's, ECOSOC's, the Commission on Narcotic Drugs' and CCPCJ's texts, UNTOC's conference
documents, the Assembly's Third Committee resolutions, Secretary-General's reports and notes, the
Foreign Ministry's position paper and the permanent representatives' speeches, Taiwan's law
database and rights groups' pages, Hong Kong's and Taiwan's press, encyclopaedia pages), each
written for these tests in UN style (numbers, dates and wording invented):

- a statement by the Council's President told by its year and its number in that year, as
  Wikisource titles and cites them ("安理会主席声明2011年第10号", zh.toml
  ``grammar.statement_year_number``): S/PRST/2011/10 (was nothing); the text's own id where it is
  the title on the text's first line, the Council's name perhaps before it (was none); not before
  1994, when the statements were first numbered by year;
- a session after the thirtieth named before the Assembly and its verb, the number after it
  without its session ("第六十届联大通过第251号决议", "联合国大会第六十届会议通过第251号决议"):
  that session's number, A/RES/60/251 (was A/RES/251(III), of the session the old numbering
  leaves); not where the number is recalled rather than adopted ("…重申第242号决议");
- the adverb "刚刚" between the Council's name and its verb ("安理会刚刚一致通过了第2118号决议",
  zh.toml ``grammar.adoption_adverbs``): the Council's (was lost);
- a marked number of three figures or more alone in a sentence after the Council's, in a text of no
  body that names no other body before it ("联合国安理会12日通过第2642号决议。…去年的第2585号决议规定
  的授权期限…", the number mark before it perhaps left out: "…。在478号决议中，…"): the Council's
  (was nothing); not after another body's name, nor a number of one or two figures; the Security
  Council's anchor table (`sc_anchors.csv`) places more numbers of 1976–1982, each read in a real
  text that writes its date (401, 403, 425, 434, 444, 461, 467, 478, 483, 500): "478号决议" is
  S/RES/478(1980) (was unresolved);
- Taiwan's names of the two Covenants and of the Convention on the rights of persons with
  disabilities ("公民與政治權利國際公約", "經濟、社會與文化權利國際公約", "身心障礙者權利公約"):
  cited (were missed);
- a letter's own date in its heading line is no longer the date of the symbol a later line cites
  after a nearer day and month written without their year ("Letter dated 14 March 2019 …⏎… your
  letter dated 11 March (S/2019/225)", zh "你3月11日的来信(S/2019/225)"): undated (was the
  heading's date).
"""

from __future__ import annotations

import pytest

from passages import assert_exact
from rescite.engine.extract import extract_text

# (language, passage, each target with its date alone, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]

_STATEMENTS: list[Row] = [
    ("zh", "安理会主席声明2015年第4号重申了上述立场。", {"S/PRST/2015/4": None}),
    ("zh", "安理會主席聲明2013年第12號呼籲各方保持克制。", {"S/PRST/2013/12": None}),
    ("zh", "根据主席声明2019年第3号，委员会应每年提交一次报告。", {"S/PRST/2019/3": None}),
]

_SESSIONS: list[Row] = [
    ("zh", "第六十二届联大通过第139号决议，决定设立该国际日。", {"A/RES/62/139": None}),
    ("zh", "2007年12月18日，第六十二届联合国大会通过第149号决议。", {"A/RES/62/149": "2007-12-18"}),
    ("zh", "联合国大会第六十届会议通过第1号决议，核可了成果文件。", {"A/RES/60/1": None}),
    ("zh", "第七十屆聯大通過第1號決議，確立了新的議程。", {"A/RES/70/1": None}),
]

_ADVERB: list[Row] = [
    ("zh", "安理会刚刚一致通过了第2118号决议，将局势拉回到政治轨道。", {"S/RES/2118(2013)": None}),
]

_LATER_SENTENCE: list[Row] = [
    (
        "zh",
        "联合国安理会10日一致通过第2683号决议。\n\n去年的第2640号决议规定的期限已于本月届满。",
        {"S/RES/2683(2023)": None, "S/RES/2640(2022)": None},
    ),
    (
        "zh",
        "安理会当年通过决议，不承认该项法律。在478号决议中，安理会呼吁各国撤出外交使团。",
        {"S/RES/478(1980)": None},
    ),
    ("zh", "中方代表在安理会发言。此次决议是对第2722号决议的技术性延期。", {"S/RES/2722(2024)": None}),
]

_TAIWAN_NAMES: list[Row] = [
    ("zh", "為實施公民與政治權利國際公約，健全人權保障體系，特制定本法。", {"UNTS/999/14668": None}),
    ("zh", "依《經濟、社會與文化權利國際公約》之規定辦理。", {"UNTS/993/14531": None}),
    ("zh", "《身心障礙者權利公約》所揭示之權利應予保障。", {"UNTS/2515/44910": None}),
]

_LETTER_DATES: list[Row] = [
    (
        "en",
        "Letter dated 14 March 2019 from the President of the Security Council addressed to the "
        "Secretary-General\nI wish to inform you that your letter dated 11 March (S/2019/225) has been "
        "brought to the attention of the members of the Council.\n",
        {"S/2019/225": None},
    ),
    (
        "zh",
        "2019年3月14日安全理事会主席给秘书长的信\n谨通知你，你3月11日的来信(S/2019/225)已提请安理会"
        "成员注意。\n",
        {"S/2019/225": None},
    ),
]

# look-alikes that stay as they were: a statement's year before the statements were numbered by
# year, an old session's number, a number recalled at a later session, a letter's date before its
# own symbol
_AS_BEFORE: list[Row] = [
    ("zh", "主席声明1990年第5号所述事项", {}),
    # (another body named before the number, a short number, the Council's own sentence)
    ("zh", "安理会和大会都讨论了该问题。第2722号决议要求各方停火。", {}),
    ("zh", "安理会讨论了该问题。该国议会第12号决议随后生效。", {}),
    ("zh", "安理会在第2328号决议通过后举行了会议。", {}),
    ("zh", "第二十六届联合国大会通过了第2758号决议。", {"A/RES/2758(XXVI)": None}),
    ("zh", "第七十届联大上，各国重申第242号决议。", {}),
    ("zh", "第七十六届联大纪念第2758号决议通过五十周年。", {}),
    (
        "en",
        "Letter dated 14 March 2019 from the Permanent Representative of France to the United Nations "
        "addressed to the President of the Security Council (S/2019/226)\n",
        {"S/2019/226": "2019-03-14"},
    ),
    ("zh", "2019年3月14日法国常驻联合国代表给安全理事会主席的信(S/2019/226)", {"S/2019/226": "2019-03-14"}),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    _STATEMENTS + _SESSIONS + _ADVERB + _LATER_SENTENCE + _TAIWAN_NAMES + _LETTER_DATES + _AS_BEFORE,
)
def test_found(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang=lang)


# a copy titled by the statement's year and number (Wikisource's): the text's own id, the title not
# cited; a sentence that opens with the statement cites it
# (passage, own id, targets)
_TITLES: list[tuple[str, str | None, set[str]]] = [
    (
        "联合国安理会主席声明2016年第3号\n\n安全理事会主席在2016年3月8日安全理事会第7643次会议上，代表安理会"
        "发表声明如下：\n\n“安全理事会回顾其第1540(2004)号决议。”\n",
        "S/PRST/2016/3",
        {"S/RES/1540(2004)"},
    ),
    (
        "聯合國安理會主席聲明2016年第3號\n\n“安全理事會回顧其第1540(2004)號決議。”\n",
        "S/PRST/2016/3",
        {"S/RES/1540(2004)"},
    ),
    (
        "安理会主席声明2016年第3号指出，各方应全面执行第1540(2004)号决议。\n",
        None,
        {"S/PRST/2016/3", "S/RES/1540(2004)"},
    ),
]


@pytest.mark.parametrize(("text", "own", "targets"), _TITLES)
def test_statement_title(text: str, own: str | None, targets: set[str]) -> None:
    res = extract_text(text, lang="zh")
    assert res.document.source_id == own
    assert {str(c.target) for c in res.citations} == targets
