"""Forms met reading real public Arabic texts of kinds earlier passes had not read (issue 7, pass
54b: the Human Rights Council's Arabic resolutions as the Office and opposition sites publish them,
the Assembly's texts on the Palestine refugees as Palestinian collections copy them with their
parts and sessions, UNISPAL's Arabic pages, Omani royal decrees of ratification and Bahraini and
Iraqi gazettes, Polisario and Algerian statements on the Assembly's texts on decolonization, the
Palestinian, Jordanian, Iraqi and Iranian press on the Council's votes), each written for these
tests in UN style (numbers, dates and wording invented where the rule does not need a real one):

- the Persian yeh and keheh that Arabic texts typed on a Persian keyboard give for the Arabic
  letters ("مجلس الأمن الدولی", "الجمعیة العامة", "کرر"; ``chars.one_for_one``): read as those
  letters, so that the bodies' names are known (the number was missed);
- a part's letter written as the letter that abbreviates its word, right before the bracket of the
  number's session ("2672 أ (دورة 25)", "2535 ب (د - 24)", "3419 هـ (د-30)"; new ar
  ``grammar.letter_initials``, ``grammar.assembly_session_number``; ``rules``: read only there):
  that part of the Assembly's number, dated (was missed);
- a number of the Assembly's later sessions that a right-to-left copy turned round, where the date
  written with it cannot be of its session and fits it turned round ("قراريها 37/34 المؤرخ 21
  تشرين الثاني/نوفمبر 1979" for 34/37; ``resolve._turned_by_date``): the number turned round,
  dated (was the text of session 37, undated);
- the date that opens the clause of the Council's adoption, its verb written first, after a stop
  or mid-sentence after "and on" glued ("وفي 22 كانون الأول/ديسمبر 2023، اعتمد مجلس الأمن القرار
  2720", "… العالمي وفي 22 تشرين الثاني 1967 اتخذ مجلس الأمن الدولي القرار رقم 242"; ar
  ``grammar.sentence_clause_open``, ``find_council``), its day, month and year apart by slashes
  ("22/تشرين الثاني/ 1967"; new ar ``dates.slashes``) and the era's letter after the year ("1967م";
  ar ``dates.year_words``): the Council's number dated (was undated);
- the Levant's month names of two words written without the article in the second, alone or in a
  pair ("23 كانون أول 2016", "15 تشرين ثاني 2023", "8 ديسمبر/ كانون أول 1949"; ar ``dates.months``):
  the number's date (was undated);
- the Assembly and the Council named with the Organization's old name, "the body of the United
  Nations" ("الجمعية العامة التابعة لهيئة الأمم المتحدة", "مجلس الأمن التابع لهيئة الأمم
  المتحدة"; ar ``bodies``): the body's number (was missed).

Look-alikes that stay as they were: a text in Arabic letters throughout, a letter alone after a
number that no session's bracket follows (a doctor's "د." after the Council's number, a Hijri year's
"هـ"), a number whose date fits it as written, a text in English, the Council's number cited with
no date before it, and a bar association's meeting named with the Organization's old name.
"""

from __future__ import annotations

import pytest

from passages import assert_exact

# (language, passage, each target with its date alone, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]

_PERSIAN_LETTERS: list[Row] = [
    (
        "ar",
        "بتأیید 14 عضوا وامتناع عضو واحد اعتمد مجلس الأمن الدولی القرار رقم 2334 الذی کرر مطالبته.",
        {"S/RES/2334(2016)": None},
    ),
    (
        "ar",
        "وإذ یشیر إلی قرار الجمعیة العامة 64/10 المؤرخ 5 تشرين الثاني/نوفمبر 2009،",
        {"A/RES/64/10": "2009-11-05"},
    ),
]

_PERSIAN_LETTERS_AS_BEFORE: list[Row] = [
    (
        "ar",
        "وإذ يشير إلى قرار الجمعية العامة 64/10 المؤرخ 5 تشرين الثاني/نوفمبر 2009،",
        {"A/RES/64/10": "2009-11-05"},
    ),
    ("ar", "وکانت الدولة قد أعلنت عن برنامج جدید للتعلیم في المدارس.", {}),
]

_PART_INITIAL: list[Row] = [
    (
        "ar",
        "إن الجمعية العامة، إذ تذكر قرارها رقم 2672 أ (دورة 25) بتاريخ 8 كانون الأول (ديسمبر) 1970،",
        {"A/RES/2672A(XXV)": "1970-12-08"},
    ),
    (
        "ar",
        "إن الجمعية العامة، إذ تشير إلى قرارها 2535 ب (د - 24) المؤرخ 10 كانون الأول/ديسمبر 1969،",
        {"A/RES/2535B(XXIV)": "1969-12-10"},
    ),
    (
        "ar",
        "إن الجمعية العامة، إذ تشير إلى قراريها 3419 هـ (د-30) و3089 ج (د-28)،",
        {"A/RES/3419E(XXX)": None, "A/RES/3089C(XXVIII)": None},
    ),
]

_PART_INITIAL_AS_BEFORE: list[Row] = [
    (
        "ar",
        "إن الجمعية العامة، إذ تشير إلى قرارها 2535 ألف (د-24) المؤرخ 10 كانون الأول/ديسمبر 1969،",
        {"A/RES/2535A(XXIV)": "1969-12-10"},
    ),
    ("ar", "وكتب عن قرار مجلس الأمن 242 د. حسن علي في مقاله.", {"S/RES/242(1967)": None}),
    ("ar", "صدر في 10 محرم سنة 1412 هـ الموافق 22 يوليو سنة 1991م.", {}),
]

_TURNED_BY_DATE: list[Row] = [
    (
        "ar",
        "الأمر الذي شجبته الجمعية العامة في قراريها 37/34 المؤرخ 21 تشرين الثاني/نوفمبر 1979"
        " و 19/35 المؤرخ 11 تشرين الثاني/نوفمبر 1980.",
        {"A/RES/34/37": "1979-11-21", "A/RES/35/19": "1980-11-11"},
    ),
    (
        "ar",
        "إن الجمعية العامة، إذ تشير إلى قرارها 42/39 المؤرخ 3 كانون الأول/ديسمبر 1984،",
        {"A/RES/39/42": "1984-12-03"},
    ),
]

_TURNED_BY_DATE_AS_BEFORE: list[Row] = [
    (
        "ar",
        "إن الجمعية العامة، إذ تشير إلى قرارها 37/34 المؤرخ 21 تشرين الثاني/نوفمبر 1982،",
        {"A/RES/37/34": "1982-11-21"},
    ),
    ("ar", "إن الجمعية العامة، إذ تشير إلى قرارها 37/34،", {"A/RES/37/34": None}),
    (
        "en",
        "The General Assembly, Recalling its resolution 37/34 of 21 November 1979,",
        {"A/RES/37/34": None},
    ),
]

_OPENING_DATE: list[Row] = [
    (
        "ar",
        "وفي 22 كانون الأول/ديسمبر 2023، اعتمد مجلس الأمن القرار 2720 بشأن الحالة في الشرق الأوسط.",
        {"S/RES/2720(2023)": "2023-12-22"},
    ),
    (
        "ar",
        "وأثار العدوان سخط الرأي العام العالمي وفي 22 تشرين الثاني 1967 اتخذ مجلس الأمن الدولي"
        " القرار رقم 242 الذي كان يراد له أن يغدو أساسا للتسوية.",
        {"S/RES/242(1967)": "1967-11-22"},
    ),
    (
        "ar",
        "في 22/تشرين الثاني/ 1967م اتخذ مجلس الأمن الدولي القرار رقم 242 الذي كان يراد له ذلك.",
        {"S/RES/242(1967)": "1967-11-22"},
    ),
]

_OPENING_DATE_AS_BEFORE: list[Row] = [
    (
        "ar",
        "اتخذ مجلس الأمن الدولي القرار رقم 242 بتاريخ 22/11/1967 وطالب بالانسحاب.",
        {"S/RES/242(1967)": "1967-11-22"},
    ),
    (
        "ar",
        "ناقش مجلس الأمن الدولي القرار رقم 242 في جلسته الأخيرة.",
        {"S/RES/242(1967)": None},
    ),
    (
        "en",
        "On 22 December 2023, the Security Council adopted resolution 2720 on the situation.",
        {"S/RES/2720(2023)": "2023-12-22"},
    ),
]

_LEVANT_MONTHS: list[Row] = [
    (
        "ar",
        "وطالب قرار مجلس الأمن رقم 2334 الصادر في 23 كانون أول 2016 بوقف الاستيطان.",
        {"S/RES/2334(2016)": "2016-12-23"},
    ),
    (
        "ar",
        "وذكّر بقرار مجلس الأمن رقم 2712 المؤرخ 15 تشرين ثاني 2023 وبالقرار 2720 المؤرخ 22 ديسمبر/ كانون أول"
        " 2023.",
        {"S/RES/2712(2023)": "2023-11-15", "S/RES/2720(2023)": "2023-12-22"},
    ),
]

_LEVANT_MONTHS_AS_BEFORE: list[Row] = [
    (
        "ar",
        "وصدر قرار مجلس الأمن رقم 338 عقب حرب تشرين أول 1973 ونص على وقف إطلاق النار.",
        {"S/RES/338(1973)": None},
    ),
    (
        "ar",
        "وطالب قرار مجلس الأمن رقم 2334 الصادر في 23 كانون الأول 2016 بوقف الاستيطان.",
        {"S/RES/2334(2016)": "2016-12-23"},
    ),
]

_OLD_NAME: list[Row] = [
    (
        "ar",
        "فقرار الجمعية العامة التابعة لهيئة الأمم المتحدة رقم 181 الصادر بتاريخ 29 نوفمبر 1947 قسم البلاد.",
        {"A/RES/181(II)": "1947-11-29"},
    ),
    (
        "ar",
        "ويطالب قرار مجلس الأمن التابع لهيئة الأمم المتحدة رقم 242 الصادر في 22 تشرين الثاني 1967 بالانسحاب.",
        {"S/RES/242(1967)": "1967-11-22"},
    ),
]

_OLD_NAME_AS_BEFORE: list[Row] = [
    ("ar", "كما نص ميثاق هيئة الأمم المتحدة على ذلك.", {"pub:charter-of-the-united-nations": None}),
    ("ar", "وأصدرت الجمعية العمومية لهيئة المحامين القرار رقم 181 بشأن الرسوم.", {}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _PERSIAN_LETTERS + _PERSIAN_LETTERS_AS_BEFORE)
def test_persian_letters(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _PART_INITIAL + _PART_INITIAL_AS_BEFORE)
def test_part_initial(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _TURNED_BY_DATE + _TURNED_BY_DATE_AS_BEFORE)
def test_turned_by_date(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _OPENING_DATE + _OPENING_DATE_AS_BEFORE)
def test_opening_date(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _OLD_NAME + _OLD_NAME_AS_BEFORE)
def test_old_name(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _LEVANT_MONTHS + _LEVANT_MONTHS_AS_BEFORE)
def test_levant_months(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)
