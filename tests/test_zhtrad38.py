"""Session 38, Chinese in traditional characters and dates in Chinese numerals (issue 7).

- Traditional characters (Hong Kong and Taiwan texts, older texts, copies) are folded to the
  simplified ones the lexicon writes (zh.toml's ``grammar.variant_letters``), one character for
  one: the bodies, nouns, treaty names and heading lines are read, spans stay the text's own.
- Dates in Chinese numerals (zh.toml's ``dates.numerals``): the year digit by digit
  ("一九七三年", "二〇〇〇年", "二零零零年"), month and day counted ("十二月三十一日"), in figures
  for the date rules ("1973年十二月十八日" mixed too).
- Look-alikes: Japanese (kana beside the same ideographs) is not folded; simplified text and
  numerals that are no date are read as before.
"""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text
from rescite.engine.normalise import normalise

# (passage, the text's own id or None, the citations: target -> date)
PASSAGES: list[tuple[str, str | None, dict[str, str | None]]] = [
    # the General Assembly: body, number suffix and noun in traditional characters
    ("大會，\n\n回顧其2000年11月15日第55/25號決議，", None, {"A/RES/55/25": "2000-11-15"}),
    ("又回顧聯合國大會第61/144號決議和第63/156號決議，", None, {"A/RES/61/144": None, "A/RES/63/156": None}),
    # … the date in Chinese numerals, its year digit by digit
    ("大會，\n\n回顧其二〇〇〇年十一月十五日第55/25號決議，", None, {"A/RES/55/25": "2000-11-15"}),
    ("回顧聯合國大會一九八九年十一月二十日第44/25號決議，", None, {"A/RES/44/25": "1989-11-20"}),
    # the Security Council, two numbers joined, without their years (the Council's own series)
    (
        "安全理事會，\n\n重申其第1325號和第1820號決議，",
        None,
        {"S/RES/1325(2000)": None, "S/RES/1820(2008)": None},
    ),
    ("注意到安全理事會二〇一七年十月三十一日第2382(2017)號決議，", None, {"S/RES/2382(2017)": "2017-10-31"}),
    # the Economic and Social Council
    ("又回顧經濟及社會理事會一九九九年七月二十八日第1999/63號決議，", None, {"E/RES/1999/63": "1999-07-28"}),
    # own ids: a Security Council resolution's heading, its adoption line
    (
        "第2719(2023)號決議\n\n2023年12月14日安全理事會第9503次會議通過\n\n安全理事會，\n\n回顧其第2640(2022)號決議，",
        "S/RES/2719(2023)",
        {"S/RES/2640(2022)": None},
    ),
    # … a General Assembly resolution's number line, then its body line
    (
        "第58/114號決議\n\n大會，\n\n重申《聯合國憲章》，並回顧其第46/182號決議，",
        "A/RES/58/114",
        {"A/RES/46/182": None, "pub:charter-of-the-united-nations": None},
    ),
    # … its masthead with the date of adoption in numerals, and a date in numerals in the text
    (
        "聯合國\nA/RES/58/114\n\n大會\n\n第五十八屆會議\n\n二〇〇三年十二月十七日大會決議\n\n"
        "58/114. 加強聯合國的協調\n\n大會，\n\n回顧其一九九一年十二月十九日第46/182號決議，",
        "A/RES/58/114",
        {"A/RES/46/182": "1991-12-19"},
    ),
    # treaty names
    (
        "回顧《消除對婦女一切形式歧視公約》和《兒童權利公約》，",
        None,
        {"UNTS/1249/20378": None, "UNTS/1577/27531": None},
    ),
    ("又回顧《聯合國海洋法公約》的各項規定，", None, {"UNTS/1833/31363": None}),
    # dates in numerals in simplified text: "〇" or "零" for zero, figures in some parts
    ("回顾大会二零一五年九月二十五日第70/1号决议，", None, {"A/RES/70/1": "2015-09-25"}),
    ("回顾大会1973年十二月十八日第3190(XXVIII)号决议，", None, {"A/RES/3190(XXVIII)": "1973-12-18"}),
    ("回顧大會1973年十二月十八日第3190(XXVIII)號決議，", None, {"A/RES/3190(XXVIII)": "1973-12-18"}),
    # look-alikes, read as before: simplified text …
    (
        "回顾大会2000年11月15日第55/25号决议和安全理事会第1325(2000)号决议，",
        None,
        {"A/RES/55/25": "2000-11-15", "S/RES/1325(2000)": None},
    ),
    # … Japanese: kana beside the ideographs (older forms too), never folded to Chinese words
    ("大會は、一九七三年十二月十八日の第64/293號決議を想起し、", None, {}),
    (
        "国際連合総会は、決議第64/293号を想起し、安全保障理事会決議1325(2000)に留意する。",
        None,
        {"S/RES/1325(2000)": None},
    ),
]


@pytest.mark.parametrize(("text", "own", "cited"), PASSAGES)
def test_traditional_characters_and_numeral_dates(
    text: str, own: str | None, cited: dict[str, str | None]
) -> None:
    res = extract_text(text)
    assert res.document.source_id == own
    assert {c.target: c.date for c in res.citations} == cited
    for c in res.citations:  # the spans are the text's own, its characters as written
        assert text[c.start : c.end] == c.text


# (text, its normalised view): folded one for one, dates' numerals in figures
VIEWS = [
    ("聯合國大會第64/293號決議", "联合国大会第64/293号决议"),
    ("經濟及社會理事會", "经济及社会理事会"),
    ("一九七三年十二月十八日", "1973年12月18日"),
    ("二零零零年十月三十一日", "2000年10月31日"),
    ("二〇〇三年十二月", "2003年12月"),
    ("2010年七月三十日", "2010年7月30日"),
    ("一九九五年九月", "1995年9月"),
    # look-alikes unchanged: simplified text, numerals that are no date, Japanese
    ("大会第二十八届会议第五十八届会议", "大会第二十八届会议第五十八届会议"),
    ("第三十一段和第二十条", "第三十一段和第二十条"),
    ("一九七三人", "一九七三人"),
    ("國際聯合總會は一九七三年十二月十八日に", "國際聯合總會は一九七三年十二月十八日に"),
]


@pytest.mark.parametrize(("text", "view"), VIEWS)
def test_normalised_view(text: str, view: str) -> None:
    norm = normalise(text)
    assert norm.text == view
    assert norm.span(0, len(norm.text)) == (0, len(text))
