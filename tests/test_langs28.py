"""Rows for Chinese, Russian and Arabic forms (issue 7): Roman session numbers in the Unicode
numerals ("第217 A（Ⅲ）号"), the meeting between an adoption's date and its verb in Chinese, the
Arabic subject before its verb with the date or the meeting after it ("قد اعتمدت، في …،"), the
Russian participle and date before the noun ("принятую 25 сентября 2015 года резолюцию"), a
Chinese list of conclusions whose noun ends it, a body's line run into a paragraph that opens
with "又" or "还", and a conclusion's noun set apart from its number by the Executive
Committee's name; with look-alikes that must stay as they are.  The passages are invented for
these tests."""

from __future__ import annotations

import pytest

from passages import assert_exact, by_tables
from rescite.engine.extract import extract_text

# (language, passage, each target with its date, None: undated)
Row = tuple[str, str, dict[str, str | None]]

_ROMAN: list[Row] = [
    ("zh", "大会回顾其第217 A（Ⅲ）号决议。", {"A/RES/217A(III)": None}),
    (
        "zh",
        "大会重申其第1514（ⅩⅤ）号决议和第2625（ⅩⅩⅤ）号决议。",
        {"A/RES/1514(XV)": None, "A/RES/2625(XXV)": None},
    ),
    ("zh", "又回顾其第3281（ⅩⅩⅨ）号决议，", {"A/RES/3281(XXIX)": None}),
    ("zh", "还回顾其第2200 A（ⅹⅹⅰ）号决议，", {"A/RES/2200A(XXI)": None}),
    ("zh", "回顾其第3202（S-Ⅵ）号决议，", {"A/RES/3202(S-VI)": None}),
]
_ROMAN_SAME: list[Row] = [
    ("zh", "大会回顾其第217 A（III）号决议。", {"A/RES/217A(III)": None}),
    ("zh", "见附件Ⅱ，第3段；又回顾其第64/293号决议，", {"A/RES/64/293": None}),
]

_MEETING: list[Row] = [
    ("zh", "大会在1998年12月3日第45次全体会议上通过了第53/40号决议。", {"A/RES/53/40": "1998-12-03"}),
    ("zh", "大会于1998年12月3日第45次全体会议通过的第53/40号决议", {"A/RES/53/40": "1998-12-03"}),
    (
        "zh",
        "安全理事会在2016年11月10日第7808次会议上通过了第2317(2016)号决议。",
        {"S/RES/2317(2016)": "2016-11-10"},
    ),
    (
        "zh",
        "人权理事会于2019年3月22日第58次会议上未经表决通过了第40/12号决议，",
        {"A/HRC/RES/40/12": "2019-03-22"},
    ),
]
_MEETING_SAME: list[Row] = [
    ("zh", "回顾大会1998年12月3日第53/40号决议，", {"A/RES/53/40": "1998-12-03"}),
    ("zh", "在第45次全体会议上，大会通过了第53/40号决议。", {"A/RES/53/40": None}),
]

_ARABIC: list[Row] = [
    (
        "ar",
        "وإذ تشير إلى أن الجمعية العامة قد اعتمدت، في 3 كانون الأول/ديسمبر 1998، القرار 53/40،",
        {"A/RES/53/40": "1998-12-03"},
    ),
    (
        "ar",
        "وإذ تلاحظ أن الجمعية العامة اعتمدت بدون تصويت في 3 كانون الأول/ديسمبر 1998 القرار 53/40،",
        {"A/RES/53/40": "1998-12-03"},
    ),
    (
        "ar",
        "وإذ تشير إلى أن الجمعية العامة اعتمدت في جلستها العامة 45 المعقودة في 3 كانون الأول/ديسمبر 1998"
        " القرار 53/40،",
        {"A/RES/53/40": "1998-12-03"},
    ),
    (
        "ar",
        "وفي 3 كانون الأول/ديسمبر 1998، اعتمدت الجمعية العامة، في جلستها العامة 45، القرار 53/40.",
        {"A/RES/53/40": "1998-12-03"},
    ),
    (
        "ar",
        "وإذ تلاحظ أن مجلس حقوق الإنسان قد اتخذ في 22 آذار/مارس 2019 القرار 40/12،",
        {"A/HRC/RES/40/12": "2019-03-22"},
    ),
    (
        "ar",
        "واعتمدت الجمعية العامة، في 3 كانون الأول/ديسمبر 1998، القرار 53/40.",
        {"A/RES/53/40": "1998-12-03"},
    ),
    (
        "ar",
        "وإذ تشير إلى أن القرار 53/40 قد اعتمد في 3 كانون الأول/ديسمبر 1998،",
        {"A/RES/53/40": "1998-12-03"},
    ),
]
_ARABIC_SAME: list[Row] = [
    (
        "ar",
        "وإذ تشير إلى أن الجمعية العامة اعتمدت في 3 كانون الأول/ديسمبر 1998 القرار 53/40،",
        {"A/RES/53/40": "1998-12-03"},
    ),
    ("ar", "وإذ تشير إلى قرار مجلس الأمن 2250 (2015)،", {"S/RES/2250(2015)": None}),
]

_RUSSIAN: list[Row] = [
    ("ru", "Ссылаясь на принятую 25 сентября 2015 года резолюцию 70/1,", {"A/RES/70/1": "2015-09-25"}),
    (
        "ru",
        "ссылаясь на принятую Генеральной Ассамблеей 25 сентября 2015 года резолюцию 70/1,",
        {"A/RES/70/1": "2015-09-25"},
    ),
    (
        "ru",
        "приветствуя принятые 14 декабря 2020 года резолюции 75/101 и 75/102,",
        {"A/RES/75/101": "2020-12-14", "A/RES/75/102": "2020-12-14"},
    ),
    (
        "ru",
        "ссылаясь на принятую 12 декабря 2017 года резолюцию 72/131 и принятую 20 декабря 2018 года"
        " резолюцию 73/248,",
        {"A/RES/72/131": "2017-12-12", "A/RES/73/248": "2018-12-20"},
    ),
]
_RUSSIAN_SAME: list[Row] = [
    (
        "ru",
        "ссылаясь на свою резолюцию 69/1, принятую 10 декабря 2014 года, и резолюцию 70/1,",
        {"A/RES/69/1": "2014-12-10", "A/RES/70/1": None},
    ),
    ("ru", "в своей резолюции 70/1, принятой 25 сентября 2015 года,", {"A/RES/70/1": "2015-09-25"}),
]

_HEADING: list[Row] = [
    ("zh", "妇女地位委员会，又回顾其第55/1号决议，", {"E/CN.6/RES/55/1": None}),
    ("zh", "麻醉药品委员会，还回顾其第58/3号决议，", {"E/CN.7/RES/58/3": None}),
]
_HEADING_SAME: list[Row] = [
    ("zh", "妇女地位委员会，回顾其第55/1号决议，", {"E/CN.6/RES/55/1": None}),
    ("zh", "又回顾其第55/1号决议，", {"A/RES/55/1": None}),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    by_tables(
        roman=(_ROMAN, _ROMAN_SAME),
        meeting=(_MEETING, _MEETING_SAME),
        arabic=(_ARABIC, _ARABIC_SAME),
        russian=(_RUSSIAN, _RUSSIAN_SAME),
        heading=(_HEADING, _HEADING_SAME),
    ),
)
def test_forms_of_chinese_russian_arabic(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected)


# (language, passage, the numbers of the Executive Committee's conclusions read, in order)
_CONCLUSIONS: list[tuple[str, str, list[str]]] = [
    ("zh", "回顾执行委员会第99(LV)号和第102(LVI)号结论，", ["第99(LV)号", "第102(LVI)号结论"]),
    (
        "zh",
        "回顾执行委员会第87（L）号、第93（LIII）号和第108（LIX）号结论，",
        ["第87（L）号", "第93（LIII）号", "第108（LIX）号结论"],
    ),
    (
        "en",
        "Recalling conclusion of the Executive Committee No. 108 (LIX) on international protection,",
        ["No. 108 (LIX)"],
    ),
    (
        "en",
        "Recalling conclusion of the Executive Committee No. 99 (LV) and No. 102 (LVI),",
        ["No. 99 (LV)", "No. 102 (LVI)"],
    ),
]
_CONCLUSIONS_SAME: list[tuple[str, str, list[str]]] = [
    ("zh", "回顾执行委员会第102(LVI)号结论，", ["第102(LVI)号结论"]),
    ("en", "Recalling Executive Committee conclusion No. 108 (LIX),", ["No. 108 (LIX)"]),
    ("zh", "大会重申其第1514(XV)号和第2625(XXV)号决议，", []),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), by_tables(conclusions=(_CONCLUSIONS, _CONCLUSIONS_SAME))
)
def test_executive_committee_conclusions(lang: str, text: str, expected: list[str]) -> None:
    records = [c.to_record() for c in extract_text(text, lang=lang).citations]
    assert [r["text"] for r in records if r["body"] == "UNHCR"] == expected
    assert all(r["target"] is None for r in records if r["body"] == "UNHCR")
