"""Chinese forms met reading real public texts of kinds earlier passes had not read (issue 7, pass
52c: the Human Rights Council's decisions and its follow-up texts, the Assembly's General Committee
reports and the Assembly's resolutions in their Chinese copies, treaty bodies' concluding
observations, Macau's executive orders and notices carrying out the Council's sanctions, Hong
Kong's and Taiwan's law journals, theses and rights groups' pages on the Covenants, the Foreign
Ministry's position papers, Xinhua's dispatches on the Council's mandates), each written for these
tests in UN style (numbers, dates and wording invented where the rule does not depend on them):

- the Council's text headed by its number, the line of its adoption with a comma between the date
  and the meeting's words ("第2719(2023)号决议⏎2023年12月21日，安全理事会第9518次会议通过", also in
  traditional characters and run together on one line; zh.toml ``heading.adopted_by``,
  ``heading.own_number_inline``): the text's own id, no citation of itself (was no own id and the
  number cited); the date and the meeting without the comma stay as before;
- the two Covenants and the Convention on discrimination against women by the names Taiwan's and
  Hong Kong's writers give them ("《公民權利與政治權利國際公約》", "《經濟社會文化權利公約》",
  "《消除對婦女一切形式歧視國際公約》", its Optional Protocol after it), the Geneva Conventions by
  their ordinal before the name ("《第三項日內瓦公約》") and the Outer Space Treaty by its short titles
  ("1967年《外空条约》", "《外层空间条约》"; zh.toml ``grammar.short_titles``, in title marks only):
  cited (were missed); the known names, and outer space's words in a sentence with no treaty's
  title or with those words unmarked, stay as before;
- the Council's marked number after its name and the topic of the text ("安理会关于加沙局势的第2728号
  决议", "安理會關於…問題的第2679號決議"; ``grammar.topic_before`` read by ``council.council_number``),
  or after the year told from the news' own, its month perhaps after it, and the participle of
  the adoption ("安理会今年3月通过的第2728号决议", "去年12月通过的", zh.toml ``grammar.year_month``): the
  Council's (was lost); the year of the news with no verb of the adoption ("安理会今年将审议第2728号
  决议") stays unread, another body's number after a topic stays that body's; the noun before the
  number in a bracket with its marks ("安理会决议（第2728号）", ``council.council_number``): the
  Council's (was lost), a bracket left open stays unread;
- the Council's marked number without its year in a text of no body, after the Council's sentence
  or in a later clause of it, that the Council had not reached by the latest year of the text's
  dates ("2019年10月25日，安理会举行会议。…第2758号决议…": the Council's 2758 is of 2024;
  ``find_council._reached``): no longer the Council's (was S/RES/2758(2024)); a number it had
  reached, and a text that writes no date, stay as before.
"""

from __future__ import annotations

import pytest

from passages import assert_exact
from rescite.engine.extract import extract_text

# (passage, each target with its date alone, None: undated)
Row = tuple[str, dict[str, str | None]]

_NAMES: list[Row] = [
    ("該委員會係根據《公民權利與政治權利國際公約》設立。", {"UNTS/999/14668": None}),
    ("委员会根据《公民权利与政治权利国际公约》第十四条审议了来文。", {"UNTS/999/14668": None}),
    ("1979年的《消除對婦女一切形式歧視國際公約》已施行多年。", {"UNTS/1249/20378": None}),
    ("但在《經濟社會文化權利公約》之內，並無此一委員會的設置。", {"UNTS/993/14531": None}),
    ("立法院審議《消除對婦女一切形式歧視國際公約任擇議定書》。", {"UNTS/2131/20378": None}),
    ("依照《第三項日內瓦公約》，戰俘應受人道待遇。", {"UNTS/75/972": None}),
    ("各方应遵守《第四项日内瓦公约》关于平民的规定。", {"UNTS/75/973": None}),
    ("决议草案中与1967年《外空条约》有关的内容应予保留。", {"UNTS/610/8843": None}),
    ("各国应遵守《外层空间条约》规定的义务。", {"UNTS/610/8843": None}),
]

_TOPIC_AND_TIME: list[Row] = [
    ("安理会关于加沙局势的第2728号决议必须得到执行。", {"S/RES/2728(2024)": None}),
    ("聯合國安理會關於阿富汗問題的第2679號決議要求提交評估。", {"S/RES/2679(2023)": None}),
    ("安理会今年3月通过的第2728号决议要求立即停火。", {"S/RES/2728(2024)": None}),
    ("联合国安理会去年12月通过的第2720号决议要求扩大援助。", {"S/RES/2720(2023)": None}),
    ("安理会去年通过的关于也门局势的第2722号决议已经生效。", {"S/RES/2722(2024)": None}),
    ("联合国安理会决议（第2728号）要求立即停火。", {"S/RES/2728(2024)": None}),
    ("聯合國安理會決議(2679號)要求提交評估。", {"S/RES/2679(2023)": None}),
]

_NOT_REACHED: list[Row] = [
    (
        "2019年10月25日，联合国安理会举行会议。会上，中国代表强调，第2758号决议已经解决了代表权问题。",
        {},
    ),
    (
        "2020年3月1日，安理会审议了该问题，中方指出，第2758号决议的权威不容挑战。",
        {},
    ),
]

# look-alikes: the names known before, the numbers the Council had reached, a text with no date,
# the year of the news with no verb of the adoption, another body's number after a topic
_AS_BEFORE: list[Row] = [
    ("安理会今年将审议第2728号决议的执行情况。", {}),
    ("联合国安理会决议（第2728号要求立即停火。", {}),
    ("安理会关于人权理事会的第5/1号决议的讨论。", {"A/HRC/RES/5/1": None}),
    ("该委员会根据《公民权利和政治权利国际公约》设立。", {"UNTS/999/14668": None}),
    ("《消除对妇女一切形式歧视公约》已施行多年。", {"UNTS/1249/20378": None}),
    ("依照《日内瓦第三公约》，战俘应受人道待遇。", {"UNTS/75/972": None}),
    ("各国应防止外空军备竞赛，并谈判防止在外空放置武器的条约。", {}),
    ("委员会审查了联合国各项外层空间条约的执行情况。", {}),
    (
        "2025年1月10日，联合国安理会举行会议。会上，中国代表强调，第2758号决议必须执行。",
        {"S/RES/2758(2024)": None},
    ),
    (
        "2023年7月12日，联合国安理会举行会议。会上，各方强调，第2642号决议必须执行。",
        {"S/RES/2642(2022)": None},
    ),
    ("联合国安理会今天举行会议。会上，中国代表强调，第2642号决议必须执行。", {"S/RES/2642(2022)": None}),
]


@pytest.mark.parametrize(("text", "expected"), _NAMES + _TOPIC_AND_TIME + _NOT_REACHED + _AS_BEFORE)
def test_found(text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang="zh")


# (the Council's text, its own id, the targets it cites): the line of the adoption with a comma
# between the date and the meeting; look-alike: without the comma
_OWN: list[tuple[str, str, set[str]]] = [
    (
        "第2719(2023)号决议\n2023年12月21日，安全理事会第9518次会议通过\n安全理事会，\n回顾其第2282(2016)号决议，\n",
        "S/RES/2719(2023)",
        {"S/RES/2282(2016)"},
    ),
    (
        "第1452(2002)號決議\n2002年12月20日，安全理事會第4678次會議通過\n安全理事會，\n重申第1373(2001)號決議，\n",
        "S/RES/1452(2002)",
        {"S/RES/1373(2001)"},
    ),
    (
        "第2719(2023)号决议 2023年12月21日，安全理事会第9518次会议通过 安全理事会，"
        "回顾其第2282(2016)号决议，",
        "S/RES/2719(2023)",
        {"S/RES/2282(2016)"},
    ),
    (
        "第2719(2023)号决议\n2023年12月21日安全理事会第9518次会议通过\n安全理事会，\n回顾其第2282(2016)号决议，\n",
        "S/RES/2719(2023)",
        {"S/RES/2282(2016)"},
    ),
]


@pytest.mark.parametrize(("text", "own", "targets"), _OWN)
def test_own_adoption_line(text: str, own: str, targets: set[str]) -> None:
    res = extract_text(text, lang="zh")
    assert res.document.source_id == own
    assert {str(c.target) for c in res.citations} == targets
