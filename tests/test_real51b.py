"""Forms met reading real public Arabic texts of kinds earlier passes had not read (issue 7, pass
51b: the Secretary-General's reports on Yemen, Lebanon, Somalia and Syria as the press and
collections give them in Arabic, the sanctions committees' Arabic pages and a Gulf State's
instruments carrying the Council's measures out, Arab summit and ministerial declarations, news
agencies' accounts of the Council's renewals of the Libyan mission and of its texts on Syria and
Palestine, the Human Rights Council's Sudanese mission in the press, a treaty's Arabic copy and a
Gulf defence pact, CEDAW's Arabic concluding observations), each written for these tests in UN
style (numbers, dates and wording invented where the rule does not need a real one):

- a number in round brackets right after its sign, or after its text's noun and the body's name,
  as Arabic legal style and the press write it ("القرار رقم (2656) لسنة 2022", "قرار مجلس الأمن
  (2578)", "قرار الجمعية العامة رقم (181) (الدورة الثانية)"; ar ``grammar.number_brackets``,
  ``normalise._bracketed_numbers``): read as without the brackets (was missed);
- the body named after the number in a relative clause of its issue ("بالقرار الدولي رقم 2334 الذي
  صدر بإجماع أعضاء مجلس الأمن", "القرار رقم 2216 الذي صدر عن مجلس الأمن"; ar ``grammar.body_prep``),
  the number's year with its word perhaps between them ("القرار رقم 2656 لسنة 2022 الصادر عن مجلس
  الأمن"; ``council.council_number``'s number before the Council's name): the body's (was missed);
- an adjective set after the noun, before the number, in the sentence that names the Council,
  the year after it ("… ويعد مكملا للقرار السابق رقم 2170 لسنة 2014", "القرار الجديد رقم …";
  ar ``grammar.qualifiers_after``, now also in ``council.council_number``'s own number): the
  Council's of that year (was missed);
- the present tense of the verb of adoption after the Council's name, as the press's headlines
  write it ("مجلس الأمن يعتمد بالإجماع القرار 2254", "مجلس الأمن الدولي يقر بالإجماع قرار
  «2254»"; ar ``grammar.adoption_verbs``): the Council's number (was missed).

Look-alikes that stay as they were: a State's law or cabinet decision with its number in brackets
("القانون الاتحادي رقم (7) لسنة 2014", "قرار مجلس الوزراء رقم (74) لسنة 2020"), an article's number
in brackets, a note's mark in brackets after the body's name ("قرار الجمعية العامة (1)"), the
Council named after the number as the subject of another clause ("… رقم 2656 لسنة 2022 فقد توافق
أعضاء مجلس الأمن"), a State's organ after the relative clause ("… الذي صدر عن مجلس الوزراء"), and
the adjective with no Council in the sentence, another organ as the headline's subject ("مجلس
الوزراء يعتمد القرار …") and a verb that is no adoption ("مجلس الأمن يناقش القرار …"). A State's
"national security council" ("مجلس الأمن الوطني", ar ``grammar.other_organisation_after``) is no
longer the Security Council (its number was an unresolved record of the Council's).
"""

from __future__ import annotations

import pytest

from passages import assert_exact

# (language, passage, each target with its date alone, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]

_BRACKETED: list[Row] = [
    ("ar", "ودعا البيان إلى تنفيذ قرار مجلس الأمن (2578) بشأن الحالة في البلد.", {"S/RES/2578(2021)": None}),
    (
        "ar",
        "وطالب الوزراء بتنفيذ قرار مجلس الأمن رقم (2231) لسنة 2015 تنفيذا كاملا.",
        {"S/RES/2231(2015)": None},
    ),
    (
        "ar",
        "وقال المتحدث إن قرار مجلس الأمن الدولي رقم (2719) يلزم الأطراف بوقف القتال.",
        {"S/RES/2719(2023)": None},
    ),
    (
        "ar",
        "وأكدت القمة ضرورة حل قضية اللاجئين وفق قرار الجمعية العامة رقم (181) (الدورة الثانية).",
        {"A/RES/181(II)": None},
    ),
]

_BRACKETED_AS_BEFORE: list[Row] = [
    ("ar", "وعلى القانون الاتحادي رقم (7) لسنة 2014 في شأن مكافحة الجرائم.", {}),
    ("ar", "وعلى قرار مجلس الوزراء رقم (74) لسنة 2020 بشأن نظام القوائم.", {}),
    (
        "ar",
        "عملا بحق الدفاع الشرعي وفقا للمادة (51) من ميثاق الأمم المتحدة.",
        {"pub:charter-of-the-united-nations": None},
    ),
    ("ar", "وإذ تشير إلى قرار مجلس الأمن 2216 (2015)،", {"S/RES/2216(2015)": None}),
    # (a note's mark in brackets after the body's name, spaced or glued: no number of the body's)
    ("ar", "وإذ تشير إلى قرار الجمعية العامة (1) بشأن المسألة،", {}),
    ("ar", "وإذ تشير إلى قرار الجمعية العامة(12) بشأن المسألة،", {}),
]

_ISSUED_BY_AFTER: list[Row] = [
    (
        "ar",
        "وأكد الوزير التزام بلاده بالقرار الدولي رقم 2334 الذي صدر بإجماع أعضاء مجلس الأمن.",
        {"S/RES/2334(2016)": None},
    ),
    ("ar", "وشدد البيان على القرار رقم 2216 الذي صدر عن مجلس الأمن.", {"S/RES/2216(2015)": None}),
    (
        "ar",
        "وبحسب القرار رقم 2656 لسنة 2022 الصادر عن مجلس الأمن فقد مددت ولاية البعثة.",
        {"S/RES/2656(2022)": None},
    ),
    ("ar", "وبحسب القرار رقم 2500 الصادر عن مجلس الأمن الوطني فقد تقرر ذلك.", {}),
]

_ISSUED_BY_AS_BEFORE: list[Row] = [
    ("ar", "وبحسب القرار رقم 2656 لسنة 2022 فقد توافق أعضاء مجلس الأمن على التمديد.", {}),
    ("ar", "وأشار إلى القرار رقم 12 الذي صدر عن مجلس الوزراء في جلسته.", {}),
    ("ar", "وأشار إلى القرار 2216 الذي أصدره مجلس الأمن.", {"S/RES/2216(2015)": None}),
]

_QUALIFIER_BEFORE_NUMBER: list[Row] = [
    (
        "ar",
        "وصدر بإجماع أعضاء مجلس الأمن القرار رقم 2199 لسنة 2015، ويعد مكملا للقرار السابق رقم 2170"
        " لسنة 2014.",
        {"S/RES/2199(2015)": None, "S/RES/2170(2014)": None},
    ),
    (
        "ar",
        "وقد مدد مجلس الأمن ولاية البعثة بموجب القرار الأخير رقم 2755 لعام 2024.",
        {"S/RES/2755(2024)": None},
    ),
]

_QUALIFIER_AS_BEFORE: list[Row] = [
    ("ar", "وأشار الوزير إلى القرار السابق رقم 2170 لسنة 2014 بشأن الرسوم.", {}),
    ("ar", "وأصدر مجلس الوزراء القرار الجديد رقم 2170 لسنة 2014 بشأن الرسوم.", {}),
]

_PRESENT_HEADLINE: list[Row] = [
    ("ar", "مجلس الأمن يعتمد بالإجماع القرار 2254 بشأن الحالة في البلد", {"S/RES/2254(2015)": None}),
    ("ar", 'مجلس الأمن الدولي يقر بالإجماع قرار "2334" بشأن الاستيطان', {"S/RES/2334(2016)": None}),
    ("ar", "مجلس الأمن يتبنى القرار 2728 بأغلبية 14 صوتا", {"S/RES/2728(2024)": None}),
]

_PRESENT_AS_BEFORE: list[Row] = [
    ("ar", "مجلس الوزراء يعتمد القرار 2254 بشأن الرسوم", {}),
    ("ar", "مجلس الأمن يناقش القرار 2254 بشأن الحالة في البلد", {}),
    ("ar", "تبنى مجلس الأمن الدولي بالإجماع القرار 2728 بشأن الحالة.", {"S/RES/2728(2024)": None}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _BRACKETED + _BRACKETED_AS_BEFORE)
def test_number_in_brackets(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _ISSUED_BY_AFTER + _ISSUED_BY_AS_BEFORE)
def test_issuer_after_number(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _QUALIFIER_BEFORE_NUMBER + _QUALIFIER_AS_BEFORE)
def test_qualifier_before_number(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _PRESENT_HEADLINE + _PRESENT_AS_BEFORE)
def test_present_headline(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)
