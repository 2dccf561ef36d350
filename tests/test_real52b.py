"""Forms met reading real public Arabic texts of kinds earlier passes had not read (issue 7, pass
52b: the Assembly's early texts on the Palestine refugees and UNRWA as Palestinian collections and
a wikisource copy give them, the Council's texts on Iraq's border and their Iraqi press and
parliamentary statements, the Lebanese press and Saudi agency on the Council's consultations and
presidential statements on Lebanon, Moroccan agencies and papers on the Council's renewals of its
Western Sahara mission, Gulf summits' closing statements, the Arab League's and the Arab
Parliament's statements on the Assembly's votes, a Human Rights Council resolution in Arabic, a
treaty's Arabic copy), each written for these tests in UN style (numbers, dates and wording
invented where the rule does not need a real one):

- the Assembly's number of its first sessions with its session in its bracket written without the
  article, as collections copy it ("قرارها رقم 1456 (دورة 14)"), or with a hyphen after the word
  ("(الدورة - 5)", "(الدورة -5)"), after the dual noun ("وقراريها 393 (الدورة - 5)"), and a part's
  letter spelt out between the number and the bracket ("2672 ألف (الدورة 25)"; ar
  ``grammar.assembly_session_number``, ``grammar.assembly_session_next``,
  ``grammar.assembly_session_marks``): that session's, dated by the date after it (was missed);
- the body named after the number in a clause of its issue that states the manner ("القرار 1701
  الصادر بالإجماع عن مجلس الأمن", "الذي صدر بالإجماع عن", the alif written plain: "بالاجماع"; ar
  ``grammar.body_prep``): that body's (was missed);
- the Council as the subject of a call to keep to a text, the call's preposition glued to the text's
  noun ("وأكد مجلس الأمن ضرورة الالتزام بالقرار 1701", "بالالتزام الكامل بالقرار رقم 2254", "التقيد
  بالقرار"; new ar ``grammar.implementation_call_glued``, ``council.call_glued``): the Council's
  number (was missed);
- a month's pair of names with the second in brackets in the spellings without the hamza that
  copies use ("21 نيسان (ابريل) 1961", "16 ايلول (سبتمبر) 2005"; ar ``dates.months``: each pair
  written with a slash now also with its bracket): the number's date (was undated);
- a Security Council number without its year where the anchor table left two years open
  (``sc_anchors.csv``: the last numbers of 2010, 2018 and 2019 and the first of the
  next years: "قرار مجلس الأمن رقم 2440", "Security Council resolution 2455"): the year they leave
  (was unresolved).

Look-alikes that stay as they were: another organisation's number with a session in its bracket
("قرار مجلس الجامعة رقم 6350 (دورة 40)", "القرار رقم 2 (دورة 3) للمؤتمر العام"), a State's organ
after the clause of issue ("الصادر بالإجماع عن مجلس الوزراء"), a State's officer as the subject of
the call, another body named after the number or a year the Council's numbering leaves out, and a
Council number the anchors still leave between two years ("قرار مجلس الأمن رقم 2503": unresolved).
"""

from __future__ import annotations

import pytest

from passages import assert_exact

# (language, passage, each target with its date alone, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]

_SESSION_BRACKET: list[Row] = [
    (
        "ar",
        "إذ تشير إلى قرارها رقم 1456 (دورة 14) بتاريخ 9 كانون الأول (ديسمبر) 1959،",
        {"A/RES/1456(XIV)": "1959-12-09"},
    ),
    ("ar", "وتؤكد من جديد أحكام القرار رقم 194 (دورة 3) المتعلقة باللاجئين.", {"A/RES/194(III)": None}),
    (
        "ar",
        "إذ تشير إلى قراراتها رقم 302 (دورة 4) المؤرخ 8 كانون الأول (ديسمبر) 1949، ورقم 513 (دورة 6)"
        " المؤرخ 26 كانون الثاني (يناير) 1952،",
        {"A/RES/302(IV)": "1949-12-08", "A/RES/513(VI)": "1952-01-26"},
    ),
    (
        "ar",
        "وإذ تذكر بقراريها 393 (الدورة - 5) و 394 (الدورة -5) بشأن المساعدة،",
        {"A/RES/393(V)": None, "A/RES/394(V)": None},
    ),
    (
        "ar",
        "إذ تذكر قرارها رقم 2672 ألف (الدورة 25) بتاريخ 8 كانون الأول (ديسمبر) 1970،",
        {"A/RES/2672A(XXV)": "1970-12-08"},
    ),
]

_SESSION_BRACKET_AS_BEFORE: list[Row] = [
    ("ar", "ورحب المجلس بتنفيذ قرار مجلس الجامعة رقم 6350 (دورة 40) بشأن دعم الموازنة.", {}),
    ("ar", "وفقا للقرار رقم 2 (دورة 3) للمؤتمر العام للمنظمة.", {}),
    ("ar", "وتؤكد من جديد أحكام القرار رقم 194 (الدورة 3) المتعلقة باللاجئين.", {"A/RES/194(III)": None}),
]

_ISSUED_UNANIMOUSLY: list[Row] = [
    (
        "ar",
        "وطالب الوزير بتطبيق القرار 1701 الصادر بالإجماع عن مجلس الأمن الدولي.",
        {"S/RES/1701(2006)": None},
    ),
    (
        "ar",
        "وأكدت الحكومة التزامها بالقرار رقم 2254 الذي صدر بالإجماع عن مجلس الأمن.",
        {"S/RES/2254(2015)": None},
    ),
    (
        "ar",
        "ودعت باريس إلى احترام القرار ١٧٠١ الصادر بالاجماع عن مجلس الأمن الدولي.",
        {"S/RES/1701(2006)": None},
    ),
]

_ISSUED_UNANIMOUSLY_AS_BEFORE: list[Row] = [
    ("ar", "وأشار البيان إلى القرار رقم 45 الصادر بالإجماع عن مجلس الوزراء.", {}),
    ("ar", "وطالب بتطبيق القرار 1701 الصادر عن مجلس الأمن الدولي.", {"S/RES/1701(2006)": None}),
]

_GLUED_CALL: list[Row] = [
    ("ar", "وأكد مجلس الأمن ضرورة الالتزام بالقرار 1701 بكل بنوده.", {"S/RES/1701(2006)": None}),
    (
        "ar",
        "وطالب مجلس الأمن الطرفين بالالتزام الكامل بالقرار رقم 2254 دون إبطاء.",
        {"S/RES/2254(2015)": None},
    ),
    ("ar", "ودعا مجلس الأمن الدولي إلى التقيد بالقرار 2231 تقيدا تاما.", {"S/RES/2231(2015)": None}),
]

_GLUED_CALL_AS_BEFORE: list[Row] = [
    ("ar", "وأكد رئيس الوزراء ضرورة الالتزام بالقرار 1701 بكل بنوده.", {}),
    ("ar", "وطالب مجلس الأمن بالالتزام بالقرار 194 الصادر عن الجمعية العامة.", {}),
    ("ar", "ودعا مجلس الأمن إلى الالتزام بالقرار 1514 لعام 1960.", {}),
    ("ar", "وطالب مجلس الأمن الطرفين بتنفيذ القرار 425 فورا.", {"S/RES/425(1978)": None}),
]

_MONTH_IN_BRACKETS: list[Row] = [
    (
        "ar",
        "إذ تشير إلى قرارها 1604 (د-15) المتخذ في 21 نيسان (ابريل) 1961،",
        {"A/RES/1604(XV)": "1961-04-21"},
    ),
    ("ar", "وإذ تشير إلى قرارها 60/1 المؤرخ 16 ايلول (سبتمبر) 2005،", {"A/RES/60/1": "2005-09-16"}),
]

_MONTH_IN_BRACKETS_AS_BEFORE: list[Row] = [
    ("ar", "وإذ تشير إلى قرارها 60/1 المؤرخ 16 أيلول/سبتمبر 2005،", {"A/RES/60/1": "2005-09-16"}),
    ("ar", "وإذ تشير إلى قرارها 60/1 المؤرخ 16 أيلول (سبتمبر) 2005،", {"A/RES/60/1": "2005-09-16"}),
]

_COUNCIL_YEARS: list[Row] = [
    ("ar", "وجاء في قرار مجلس الأمن رقم 2440 تمديد ولاية البعثة ستة أشهر.", {"S/RES/2440(2018)": None}),
    ("ar", "ورحب البيان بقرار مجلس الأمن 2455 بشأن البعثة.", {"S/RES/2455(2019)": None}),
    ("ar", "وأشار التقرير إلى قرار مجلس الأمن 1963 بشأن مكافحة الإرهاب.", {"S/RES/1963(2010)": None}),
    ("en", "Recalling Security Council resolution 2440 on the mandate,", {"S/RES/2440(2018)": None}),
    ("en", "Taking note of Security Council resolution 1968 on the operation,", {"S/RES/1968(2011)": None}),
]

_COUNCIL_YEARS_AS_BEFORE: list[Row] = [
    ("ar", "وأشار التقرير إلى قرار مجلس الأمن رقم 2503 بشأن البعثة.", {"": None}),
    ("ar", "وأشار التقرير إلى قرار مجلس الأمن رقم 2427 بشأن الأطفال.", {"S/RES/2427(2018)": None}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _SESSION_BRACKET + _SESSION_BRACKET_AS_BEFORE)
def test_session_bracket(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _ISSUED_UNANIMOUSLY + _ISSUED_UNANIMOUSLY_AS_BEFORE)
def test_issued_unanimously(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _COUNCIL_YEARS + _COUNCIL_YEARS_AS_BEFORE)
def test_council_years(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _GLUED_CALL + _GLUED_CALL_AS_BEFORE)
def test_glued_call(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _MONTH_IN_BRACKETS + _MONTH_IN_BRACKETS_AS_BEFORE)
def test_month_in_brackets(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)
