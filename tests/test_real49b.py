"""Forms met reading real public Arabic texts of kinds earlier passes had not read (issue 7, pass
49b: ministries' decisions that carry out the Security Council's resolutions, League of Arab States'
ministerial resolutions as the press gives them, the Human Rights Council's Arabic resolutions, the
sanctions committees' Arabic pages, Arabic accounts of the Secretary-General's reports on the
Council's resolutions, encyclopaedia and wikisource pages on the Assembly's old texts), each written
for these tests in UN style (numbers, dates and wording invented where the rule does not need a real
one):

- the press's noun that makes a text the Organization's with no body named ("القرار الدولي رقم 2334
  الصادر في 23 كانون الأول/ديسمبر 2016", "القرار الأممي 2728 لعام 2024"; ar ``grammar.un_nouns``):
  the Council's and the Assembly's old series both hold such a number, so only the date or the year
  written with it decides: the Council's number where the Council's numbering fits that year (was
  unread); with no date or year, or a year the Council's numbering does not fit ("القرار الدولي رقم
  194 الصادر في 11 كانون الأول/ديسمبر 1948"), or the noun without the adjective, it stays unread;
- a text that amends a State's text named before it in its paragraph by the State's adjective ("وعلى
  القرار الوزاري رقم 2016/7 …، كما تم تعديله بالقرار رقم 2018/22", "المرسوم الأميري … المعدل
  بالقرار رقم 2013/9"; ar ``grammar.amended_by``, ``grammar.state_texts``): of that State's order,
  unresolved with its reason (was the Economic and Social Council's by the shape YYYY/N); the
  Council's own text amended, or the State's text in another paragraph, read as before;
- a number without its year after the noun and a council's short name ("وبعد انتهاء الحرب حدد قرار
  المجلس 687 شروط وقف إطلاق النار", "بموجب قرار المجلس رقم 687"), the council the text named last
  shortly before the Security Council: the Council's, its year from the numbering (was unread);
  another council named last, the Council named long before, or no noun before the short name, read
  as before;
- the Assembly named as Egyptian and Gulf legal texts name it, "the general meeting" with the
  Organization's name ("قرار الجمعية العمومية للأمم المتحدة رقم 60/288"; ar ``bodies.GA``): the
  Assembly's number (was unread after the name); the name alone, an association's or a company's
  general meeting, read as before.
"""

from __future__ import annotations

import pytest

from passages import assert_exact

# (language, passage, each target with its date alone, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]

_UN_NOUN_DATED: list[Row] = [
    (
        "ar",
        "وطالب البيان الختامي بتطبيق القرار الدولي رقم 2334 الصادر في 23 كانون الأول/ديسمبر 2016 "
        "بشأن الاستيطان.",
        {"S/RES/2334(2016)": "2016-12-23"},
    ),
    (
        "ar",
        "ودعا الوزراء العرب إلى احترام القرار الأممي 2728 لعام 2024 وتنفيذه فورا.",
        {"S/RES/2728(2024)": None},
    ),
    (
        "ar",
        "وأكد المجلس الوزاري ضرورة الالتزام بالقرار الدولي رقم 1860 المؤرخ 8 كانون الثاني/يناير 2009.",
        {"S/RES/1860(2009)": "2009-01-08"},
    ),
]

# look-alikes, read as before: no date or year; a year the Council's numbering does not fit; the
# noun without the press's adjective; the Council named (its own rules)
_UN_NOUN_AS_BEFORE: list[Row] = [
    ("ar", "وطالب البيان الختامي بتطبيق القرار الدولي رقم 2334 بشأن الاستيطان.", {}),
    (
        "ar",
        "وأكد الوزراء حق العودة وفق القرار الدولي رقم 194 الصادر في 11 كانون الأول/ديسمبر 1948.",
        {},
    ),
    ("ar", "وطالب البيان بتطبيق القرار رقم 2334 الصادر في 23 كانون الأول/ديسمبر 2016.", {}),
    (
        "ar",
        "وطالب البيان بتطبيق قرار مجلس الأمن رقم 2334 الصادر في 23 كانون الأول/ديسمبر 2016.",
        {"S/RES/2334(2016)": "2016-12-23"},
    ),
]

_AMENDS_STATE: list[Row] = [
    (
        "ar",
        "وزير الخارجية بعد الاطلاع:\n\nوعلى القرار الوزاري رقم 2016/7 بشأن تشكيل اللجنة الوطنية لتنفيذ "
        "قرارات الجزاءات، كما تم تعديله بالقرار رقم 2018/22.\n",
        {"": None},
    ),
    (
        "ar",
        "وعلى المرسوم الأميري رقم 2012/40 بشأن تنظيم الهيئة، والمعدل بالقرار رقم 2013/9،\n",
        {"": None},
    ),
]

# look-alikes, read as before: the Council's own text amended; the State's text in another paragraph
_AMENDS_AS_BEFORE: list[Row] = [
    (
        "ar",
        "وإذ يشير إلى قرار المجلس الاقتصادي والاجتماعي 2013/9، كما تم تعديله بالقرار 2015/31،\n",
        {"E/RES/2013/9": None, "E/RES/2015/31": None},
    ),
    (
        "ar",
        "وعلى القرار الوزاري رقم 2016/7 بشأن تشكيل اللجنة.\n\nوإذ يشير إلى النظام الداخلي، "
        "كما تم تعديله بالقرار 2018/22،\n",
        {"E/RES/2018/22": None},
    ),
]


_GENERIC_COUNCIL: list[Row] = [
    (
        "ar",
        "فرض مجلس الأمن الدولي عقوبات شاملة على البلد في آب/أغسطس 1990. وبعد انتهاء الحرب حدد قرار "
        "المجلس 687 شروط وقف إطلاق النار.",
        {"S/RES/687(1991)": None},
    ),
    (
        "ar",
        "وأكد مجلس الأمن أن الهيئة الجديدة تحل محل اللجنة الخاصة المنشأة بموجب قرار المجلس رقم 1284.",
        {"S/RES/1284(1999)": None},
    ),
]

# look-alikes, read as before: another council named last; the Council named long before; no noun
# before the short name
_GENERIC_AS_BEFORE: list[Row] = [
    (
        "ar",
        "ناقش مجلس الأمن الحالة. ثم نظر مجلس حقوق الإنسان في التقرير وأشار إلى قرار المجلس 31/35.",
        {"A/HRC/RES/31/35": None},
    ),
    (
        "ar",
        "ناقش مجلس الأمن الحالة.\n\n"
        + "وتناولت الوفود مسائل التنمية والتمويل والتجارة. " * 14
        + "\n\nوحدد قرار المجلس 687 الشروط.",
        {},
    ),
    ("ar", "ناقش مجلس الأمن الحالة. وحضر جلسة المجلس 150 مشاركا.", {}),
]


_GENERAL_MEETING: list[Row] = [
    (
        "ar",
        "وعلى قرار الجمعية العمومية للأمم المتحدة رقم 63/17 بشأن التعاون الدولي.",
        {"A/RES/63/17": None},
    ),
    (
        "ar",
        "واستنادا إلى قرار الجمعية العمومية للامم المتحدة 2200 ألف (د-21) المؤرخ 16 كانون الأول/ديسمبر 1966،",
        {"A/RES/2200A(XXI)": "1966-12-16"},
    ),
]

# look-alike, read as before: the name alone, an association's general meeting
_GENERAL_MEETING_AS_BEFORE: list[Row] = [
    ("ar", "وعلى قرار الجمعية العمومية رقم 63/17 بشأن تعديل النظام الأساسي للنادي.", {}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _GENERAL_MEETING + _GENERAL_MEETING_AS_BEFORE)
def test_general_meeting(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _UN_NOUN_DATED + _UN_NOUN_AS_BEFORE)
def test_un_noun_dated(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _AMENDS_STATE + _AMENDS_AS_BEFORE)
def test_amends_state_text(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _GENERIC_COUNCIL + _GENERIC_AS_BEFORE)
def test_generic_council(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)
