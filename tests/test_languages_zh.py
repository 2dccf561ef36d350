"""Chinese passages (written for these tests, in UN style) → the targets and dates they cite.
The text's own symbol (its masthead) is never one of its citations."""

from __future__ import annotations

import pytest

from passages import assert_passage
from rescite.engine.extract import extract_text

CASES: list[tuple[str, dict[str, str | None]]] = [
    ("大会，\n\n回顾大会第64/293号决议，", {"A/RES/64/293": None}),
    (
        "回顾大会2015年9月25日第70/1号决议，",
        {"A/RES/70/1": "2015-09-25"},
    ),
    (
        "重申安全理事会第1325(2000)号和第2467（2019）号决议，",
        {"S/RES/1325(2000)": None, "S/RES/2467(2019)": None},
    ),
    (
        "又回顾安全理事会主席2016年3月8日的声明（S/PRST/2016/3），",
        {"S/PRST/2016/3": None},
    ),
    (
        "注意到人权理事会第4/4号决定以及经济及社会理事会第2017/18号决议，",
        {"A/HRC/DEC/4/4": None, "E/RES/2017/18": None},
    ),
    (
        "回顾大会第61/144号、第63/156号和第64/178号决议，",
        {"A/RES/61/144": None, "A/RES/63/156": None, "A/RES/64/178": None},
    ),
    (
        "欢迎联合国打击跨国有组织犯罪公约缔约方会议第4/4号决定，",
        {"CTOC/COP/DEC/4/4": None},
    ),
    (
        "__________\n1 联合国，《条约汇编》，第2225卷，第39574号。\n2 同上，第2237卷，第39574号。",
        {"UNTS/2225/39574": None, "UNTS/2237/39574": None},
    ),
    (
        "考虑到秘书长的报告（A/72/276和Corr.1），",
        {"A/72/276": None, "A/72/276/Corr.1": None},
    ),
    (
        "回顾安全理事会第1265(1999)、1296(2000)和1674(2006)号决议，",
        {"S/RES/1265(1999)": None, "S/RES/1296(2000)": None, "S/RES/1674(2006)": None},
    ),
    ("回顾大会第 64/293 号决议，", {"A/RES/64/293": None}),
    ("回顾大会第2200A(XXI)号决议，", {"A/RES/2200A(XXI)": None}),
    ("回顾大会第S-26/2号决议和第55/488号决定，", {"A/RES/S-26/2": None, "A/DEC/55/488": None}),
    (
        "回顾人权委员会2003年4月23日第2003/45号决议和安全理事会2000年10月31日第1325(2000)号决议，",
        {"E/CN.4/RES/2003/45": "2003-04-23", "S/RES/1325(2000)": "2000-10-31"},
    ),
    ("1. 请秘书长向大会第七十三届会议提交报告；\n2. 决定将该项目列入第七十三届会议临时议程。", {}),
]

MASTHEADS = [
    "联合国 A/RES/72/150\n大会 Distr.: General\n8 January 2018\n\n第七十二届会议\n议程项目107\n\n"
    "2017年12月19日大会决议\n\n72/150. 改进协调努力\n\n大会，\n\n"
    "回顾其2006年12月19日第61/144号和2009年12月18日第64/178号决议，\n",
    "A/RES/72/150\n\n大会，\n\n回顾其第61/144号和第64/178号决议，\n",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_chinese_passage(text: str, expected: dict[str, str | None]) -> None:
    assert_passage(text, expected)


@pytest.mark.parametrize("text", MASTHEADS)
def test_chinese_masthead_is_the_own_id(text: str) -> None:
    res = extract_text(text)
    assert res.document.source_id == "A/RES/72/150"
    assert "A/RES/72/150" not in res.targets()
    assert {"A/RES/61/144", "A/RES/64/178"} <= set(res.targets())


def test_chinese_verbs_glued_to_their_object_and_after_an_adverb() -> None:
    text = (
        "A/RES/72/1\n\n大会，\n\n又回顾其第61/144号决议，\n\n还欢迎人权理事会第32/3号决议，\n\n"
        "1. 又请秘书长执行第70/1号决议；"
    )
    got = [(c.target, c.verb, c.function, c.section) for c in extract_text(text).citations]
    assert got == [
        ("A/RES/61/144", "又回顾", "builds_on", "preamble"),
        ("A/HRC/RES/32/3", "还欢迎", "acknowledges", "preamble"),
        ("A/RES/70/1", "又请", "acts", "operative"),
    ]
