"""Forms met reading real public texts of the United Nations as third-party sites copy them, in the
six languages (issue 7, pass 47e: ECOSOC's resolutions in an archive's pages, the Assembly's early
decolonisation and peacekeeping texts in refworld's and docslib's copies, Wikisource's copies in
Arabic, Chinese and Russian, legal databases' copies in Russian, the Human Rights Council's
resolutions from its document store, the climate conferences' decisions in Spanish, encyclopaedia
pages on the Security Council's resolutions in Arabic, the Council's President's statements in
Chinese), each written for these tests in UN style (numbers, dates and wording invented where the
rule does not depend on them):

- a list of the Assembly's numbers of its first thirty sessions after a plural or possessive noun,
  each number with its session in words or figures in its own bracket, as Arabic copies of the
  early texts write them ("وإذ تؤكد من جديد قراراتها رقم 181 (الدورة 2) المؤرخ …، ورقم 273 (الدورة
  3) …"; ar.toml ``grammar.assembly_session_number``, new ``grammar.assembly_session_next``): each
  number of its session, dated where its date is read (the first was lost after the noun with its
  suffix, the list's later numbers always); the list ends where an item has no session's bracket,
  and a masculine noun (a council's, numbered otherwise) is not read so;
- the Security Council's number written without its year where the text gives the same number
  elsewhere with the date of its adoption, as encyclopaedia pages head their articles ("Security
  Council resolution 1402⏎⏎… the Council adopted resolution 1402 on 30 March 2002 …", and so in
  Arabic): that date's year (was unresolved: only a year in the number's bracket was taken from
  elsewhere); dates of two years leave it open;
- the Assembly's number written digit by digit in the numerals of Chinese dates, as the
  Organization's Chinese texts of its early sessions and their copies write it ("重申其一九六一年十一月
  二十七日第一六五四号决议(XVI)", "第二〇七二(XX)号决议"; zh.toml new ``grammar.numeral_number``): the
  number in figures, dated (was lost); numerals before another noun ("第一二三次全体会议") or a count
  in words ("第二十五届") are read as before;
- the letters "l" a text layer read for the figure one in an early text's number before its
  session's bracket ("Economic and Social Council resolutions ll (II) of … and 48 (IV) of …",
  normalise ``ocr_ones``): the number in figures, and the list after it (all were lost); a word
  before a bracket ("all (I)", "Hall (III)") is read as before;
- a blank inside the session's two figures right after the series, as vLex's copies set blanks
  inside words ("[sur la base du rapport de la Quatrième Commission (A/6 8/433)]", normalise
  ``_split_year_symbols``): the symbol whole (was A/6, a wrong symbol); a blank inside an element
  after another ("A/C.3/6 8/L.5") is read as before;
- the adopting body's name alone on its line without its comma, the first paragraph's verb
  opening the next line that is not blank, as Wikisource's Chinese copies write it ("大会⏎⏎回顾其…",
  "大會⏎⏎審查了…"; ``verbs.body_line_verb_below``; zh.toml ``verbs.acknowledges`` "审查了", Having
  examined): the adopting body's line, so the heading's number above is the text's own id (was
  none, the heading cited as a mention); a masthead's name over "Distr.: General" is none.
"""

from __future__ import annotations

import pytest

from passages import GA, assert_dates, by_tables, dates_of
from rescite.engine.extract import extract_text

# (language, passage, each target with its date alone, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]

_BRACKETED: list[Row] = [
    (
        "ar",
        GA["ar"] + "وإذ تؤكد من جديد قراراتها رقم 181 (الدورة 2) المؤرخ 29 تشرين الثاني (نوفمبر) 1947، "
        "ورقم 273 (الدورة 3) المؤرخ 11 أيار (مايو) 1949، ورقم 394 (الدورة 5) المؤرخ "
        "14 كانون الأول (ديسمبر) 1950 بشأن اللاجئين،\n",
        {"A/RES/181(II)": "1947-11-29", "A/RES/273(III)": "1949-05-11", "A/RES/394(V)": "1950-12-14"},
    ),
    (
        "ar",
        GA["ar"] + "وإذ تشير إلى قرارها رقم 1514 (الدورة 15) المؤرخ 14 كانون الأول/ديسمبر 1960، "
        "و1541 (الدورة 15)، و1654 (الدورة 16) المؤرخ 27 تشرين الثاني/نوفمبر 1961،\n",
        {"A/RES/1514(XV)": "1960-12-14", "A/RES/1541(XV)": None, "A/RES/1654(XVI)": "1961-11-27"},
    ),
    (
        "ar",
        "أشار التقرير إلى قرارات الجمعية العامة رقم 2145 (الدورة الحادية والعشرون)، ورقم 2248 "
        "(الدورة الخامسة)، بشأن ناميبيا.",
        {"A/RES/2145(XXI)": None, "A/RES/2248(V)": None},
    ),
]

# (… an item with no session's bracket ends the list; a council's masculine noun is not read so)
_BRACKETED_AS_BEFORE: list[Row] = [
    (
        "ar",
        "أشار التقرير إلى القرار رقم 3379 (الدورة 30) المؤرخ 10 تشرين الثاني/نوفمبر 1975، "
        "ورقم 12 (الجلسة 4) من جدول الأعمال.",
        {"A/RES/3379(XXX)": "1975-11-10"},
    ),
    (
        "ar",
        "إن المجلس الاقتصادي والاجتماعي،\n\nإذ يشير إلى قراراته رقم 504 (الدورة 16)، ورقم 547 (الدورة 18)،\n",
        {},
    ),
]

_COUNCIL_DATED: list[Row] = [
    (
        "ar",
        "قرار مجلس الأمن التابع للأمم المتحدة رقم 1402\n\n"
        "وفي جلسته المعقودة ليلا، اعتمد مجلس الأمن التابع للأمم المتحدة القرار رقم 1402 المؤرخ "
        "30 آذار/مارس 2002، وفيه طالب المجلس بوقف إطلاق النار مذكرا بالقرارين 242 (1967) و338 (1973).",
        {"S/RES/1402(2002)": "2002-03-30", "S/RES/242(1967)": None, "S/RES/338(1973)": None},
    ),
    (
        "en",
        "Security Council resolution 1402\n\nAt a night meeting the Council adopted Security Council "
        "resolution 1402 on 30 March 2002, which called for a ceasefire with reference to 242 (1967) and "
        "338 (1973).",
        {"S/RES/1402(2002)": "2002-03-30", "S/RES/242(1967)": None, "S/RES/338(1973)": None},
    ),
]

# (… dates of two years written with the number: left open)
_COUNCIL_AS_BEFORE: list[Row] = [
    (
        "en",
        "Security Council resolution 1402\n\nAt a night meeting the Council adopted Security Council "
        "resolution 1402 on 30 March 2002. Security Council resolution 1402 of 2 April 2001 "
        "was cited in error.",
        {"": None, "S/RES/1402(2002)": "2002-03-30", "S/RES/1402(2001)": "2001-04-02"},
    ),
]

_NUMERALS: list[Row] = [
    (
        "zh",
        GA["zh"] + "重申其一九六一年十一月二十七日第一六五四号决议(XVI)设立特别委员会的规定和一九六二年"
        "十二月十七日第一八一〇号决议(XVII),\n\n又审议了第二〇七二(XX)号决议的执行情况,\n",
        {"A/RES/1654(XVI)": "1961-11-27", "A/RES/1810(XVII)": "1962-12-17", "A/RES/2072(XX)": None},
    ),
    (
        "zh",
        GA["zh"] + "注意到一九七三年十二月十四日第三一六三號決議(XXVIII)的要求,\n",
        {"A/RES/3163(XXVIII)": "1973-12-14"},
    ),
]

# (… numerals before another noun, or a count in words: as before)
_NUMERALS_AS_BEFORE: list[Row] = [
    ("zh", GA["zh"] + "注意到第一二三次全体会议的记录,\n", {}),
    ("zh", "大会在第二十五届会议上审议了该项目。", {}),
]


_OCR_ONES: list[Row] = [
    (
        "en",
        "The Economic and Social Council,\n\nBearing in mind its resolutions ll (II) of 21 June 1946 and "
        "9 (II) of 21 June 1946, and 1998/46 of 31 July 1998,\n",
        {"E/RES/11(II)": "1946-06-21", "E/RES/9(II)": "1946-06-21", "E/RES/1998/46": "1998-07-31"},
    ),
    (
        "fr",
        GA["fr"] + "Rappelant ses résolutions l2l (II) du 22 octobre 1947 et 181 (II) du 29 novembre 1947,\n",
        {"A/RES/121(II)": "1947-10-22", "A/RES/181(II)": "1947-11-29"},
    ),
]

# (… a word before a bracket: as before)
_OCR_ONES_AS_BEFORE: list[Row] = [
    ("en", "The delegates met in the Assembly Hall (III) and in all (I) the rooms of the building.", {}),
]


_SPLIT_SESSION: list[Row] = [
    (
        "fr",
        "[sur la base du rapport de la Quatrième Commission (A/6 8/433)]\n\n"
        "Ayant examiné le rapport du Secrétaire général (A/7 1/250/Add.1),",
        {"A/68/433": None, "A/71/250/Add.1": None},
    ),
]

# (… a blank inside an element after another: as before)
_SPLIT_SESSION_AS_BEFORE: list[Row] = [
    ("fr", "Le rapport de la Commission (A/C.3/6 8/L.5) a été examiné.", {"A/C.3/6": None}),
]


# (language, passage, the text's own id, the targets cited)
OwnRow = tuple[str, str, str | None, set[str]]

_BODY_LINE: list[OwnRow] = [
    (
        "zh",
        "72/58.《核裁军》\n\n大会\n\n回顾其2016年12月5日第71/63号决议,\n",
        "A/RES/72/58",
        {"A/RES/71/63"},
    ),
    (
        "zh",
        "72/58.《核裁軍》\n\n  大會\n\n  審查了秘書長的報告,\n\n  回顧其第71/63號決議,\n",
        "A/RES/72/58",
        {"A/RES/71/63"},
    ),
]

# (… a masthead's name over its distribution line: as before)
_BODY_LINE_AS_BEFORE: list[OwnRow] = [
    (
        "zh",
        "联合国\n大会\nDistr.: General\n\n第七十二届会议\n\n大会第72/5号决议通过。\n",
        None,
        {"A/RES/72/5"},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "own", "cited"),
    by_tables(body_line=(_BODY_LINE, _BODY_LINE_AS_BEFORE)),
)
def test_own(lang: str, text: str, own: str | None, cited: set[str]) -> None:
    res = extract_text(text, lang=lang)
    assert res.document.source_id == own
    assert {str(c.target) for c in res.citations} == cited


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    by_tables(
        bracketed=(_BRACKETED, _BRACKETED_AS_BEFORE),
        council=(_COUNCIL_DATED, _COUNCIL_AS_BEFORE),
        numerals=(_NUMERALS, _NUMERALS_AS_BEFORE),
        ocr_ones=(_OCR_ONES, _OCR_ONES_AS_BEFORE),
        split_session=(_SPLIT_SESSION, _SPLIT_SESSION_AS_BEFORE),
    ),
)
def test_found(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_dates(dates_of(text, lang, unresolved=""), expected)
