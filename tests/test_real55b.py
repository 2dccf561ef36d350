"""Forms met reading real public Arabic texts of kinds earlier passes had not read (issue 7, pass
55b: Arabic encyclopaedia and press pages on the Assembly's texts on the Palestine refugees and
pamphlets that name the Organization for the body, the Organization of Islamic Cooperation's and
the League of Arab States' statements, legal libraries' copies of the Basel Convention and Egyptian
and Omani acts of approval of treaties, the Human Rights Council's texts as copies head them, and
tables of the Council's resolutions), each written for these tests in UN style (numbers, dates and
wording invented where the rule does not need a real one):

- the Basel Convention by its title or its short title (new ``instruments.csv`` row ``BASEL``,
  United Nations, Treaty Series, vol. 1673, No. 28911; its names in ar, en, fr, es and zh
  ``instruments``): the treaty (was missed); not the banks' "Basel III" accords ("اتفاقية بازل 3",
  "اتفاقية بازل الثالثة"; ar ``grammar.within_title_after``);
- the Organization named in place of the body with a number alone, as the press and pamphlets
  write it ("قرار الأمم المتحدة رقم 194", "قرار هيئة الأمم المتحدة 338", "القرار رقم 181 الصادر
  عن الأمم المتحدة"; new ar ``grammar.organization_number``, ``grammar.organization_number_marks``,
  read by ``find_assembly._organization_numbers``): the Assembly's where the number is one of its
  known numbers and none of the Council's, the Council's where it is one of the Council's and none
  of the Assembly's (was missed);
- the Assembly's number of its first thirty sessions after the noun, its date, then the Assembly
  named after the date in the participle of its issue ("القرار رقم 3379 المؤرخ … الصادر عن الجمعية
  العامة"; ar ``grammar.assembly_number``): the session its known numbers leave, dated (was missed);
- a heading whose title follows its number after a single blank, no dash, the adopting body's
  line right under it ("القرار 31/12 حقوق الطفل⏎⏎إن مجلس حقوق الإنسان،", "١٢ /٧ …"; ar
  ``heading.own_number``): the text's own number, not a citation (was a citation of itself, or
  the own id was missed);
- the Security Council's number alone in the first cell of a table's rows, the Council named on
  the heading line above the table, a header row that names resolutions ("رقم القرار | تاريخ
  القرار"), the row's date cell giving its year (``find_tables.council_table_rows``, called from
  ``find_council``; any language): the Council's number of that year, dated (was missed);
- the participles of approval and adoption "أقرته", "أقرتها", "تبنته" … between a text and the
  body that adopted it, as acts of approval write them ("العهد … الذي أقرته الجمعية العامة للأمم
  المتحدة في …"; ar ``grammar.body_prep``): the text's date (was undated).

Look-alikes that stay as they were: a number that both or neither body's known numbers hold, a
draft named with the Organization, a heading line followed by a sentence (no body's line), a
table of the Council's meetings, a row whose number the Council had not reached by its date, a
treaty approved by a parliament on a date of its own.
"""

from __future__ import annotations

import pytest

from passages import assert_exact

# (language, passage, each target with its date alone, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]

_BASEL = "UNTS/1673/28911"

_BASEL_NAMED: list[Row] = [
    ("ar", "وقد صادقت الحكومة على اتفاقية بازل في عام 2001 وأصدرت لائحتها التنفيذية.", {_BASEL: None}),
    (
        "ar",
        "وإذ تشير إلى اتفاقية بازل بشأن التحكم في نقل النفايات الخطرة والتخلص منها عبر الحدود، وإلى"
        " أحكامها المتعلقة بالتعاون،",
        {_BASEL: None},
    ),
    (
        "en",
        "Recalling the Basel Convention on the Control of Transboundary Movements of Hazardous Wastes"
        " and their Disposal,",
        {_BASEL: None},
    ),
]

_BASEL_AS_BEFORE: list[Row] = [
    ("ar", "وتلتزم المصارف الوطنية بمتطلبات اتفاقية بازل 3 لكفاية رأس المال.", {}),
    ("ar", "وناقش المؤتمر تطبيق اتفاقية بازل الثالثة على البنوك التجارية.", {}),
    ("en", "The banks of the region apply the Basel III standards on capital.", {}),
]

_ORGANIZATION: list[Row] = [
    (
        "ar",
        "وشدد البيان الختامي على حق العودة الذي كفله قرار الأمم المتحدة رقم 194.",
        {"A/RES/194(III)": None},
    ),
    (
        "ar",
        "ودعا الوزراء إلى تنفيذ قرار الأمم المتحدة رقم 242 وقرار هيئة الأمم المتحدة 338 دون إبطاء.",
        {"S/RES/242(1967)": None, "S/RES/338(1973)": None},
    ),
    (
        "ar",
        "وذكّر المتحدث بأن القرار رقم 181 الصادر عن الأمم المتحدة قد قسم الإقليم إلى دولتين.",
        {"A/RES/181(II)": None},
    ),
]

_ORGANIZATION_AS_BEFORE: list[Row] = [
    # (2106 is of both bodies' known numbers; 17 of neither)
    ("ar", "وأيد الوفد قرار الأمم المتحدة رقم 2106 وقرار الأمم المتحدة رقم 17 في كلمته.", {}),
    ("ar", "وقدمت المجموعة مشروع قرار الأمم المتحدة رقم 194 إلى اللجنة.", {}),
    (
        "ar",
        "وأشار إلى قرار الجمعية العامة رقم 194 المؤرخ 11 كانون الأول/ديسمبر 1948.",
        {"A/RES/194(III)": "1948-12-11"},
    ),
]

_BODY_PAST_DATE: list[Row] = [
    (
        "ar",
        "وأكد البيان أن القرار رقم 3379 المؤرخ 10 تشرين الثاني/نوفمبر 1975 الصادر عن الجمعية العامة قد ألغي.",
        {"A/RES/3379(XXX)": "1975-11-10"},
    ),
]

_BODY_PAST_DATE_AS_BEFORE: list[Row] = [
    (
        "ar",
        "وأكد البيان أن القرار رقم 242 المؤرخ 22 تشرين الثاني/نوفمبر 1967 الصادر عن مجلس الأمن ما زال ملزما.",
        {"S/RES/242(1967)": "1967-11-22"},
    ),
    (
        "ar",
        "وأكد البيان أن القرار رقم 3379 المؤرخ 10 تشرين الثاني/نوفمبر 1975 الصادر عن البرلمان قد ألغي.",
        {},
    ),
]

_HEADING_BLANK: list[Row] = [
    (
        "ar",
        "القرار 31/12 حقوق الطفل في البيئة الرقمية\n\nإن مجلس حقوق الإنسان،\n\nإذ يشير إلى قراره 28/19"
        " المؤرخ 27 آذار/مارس 2015،",
        {"A/HRC/RES/28/19": "2015-03-27"},
    ),
]

_HEADING_BLANK_AS_BEFORE: list[Row] = [
    (
        "ar",
        "القرار 31/12 يدعو الدول إلى حماية الأطفال\n\nوقال المندوب إن المجلس سيواصل النظر في المسألة.",
        {"A/RES/31/12": None},
    ),
    (
        "ar",
        "31/12 - حقوق الطفل في البيئة الرقمية\n\nإن مجلس حقوق الإنسان،\n\nإذ يشير إلى قراره 28/19 المؤرخ"
        " 27 آذار/مارس 2015،",
        {"A/HRC/RES/28/19": "2015-03-27"},
    ),
]

_COUNCIL_TABLE: list[Row] = [
    (
        "ar",
        "قرارات مجلس الأمن بشأن المسألة\n\nرقم القرار | تاريخ القرار | الموضوع\n2118 | 27 أيلول/سبتمبر 2013 |"
        " الأسلحة الكيميائية\n2254 | 18 كانون الأول/ديسمبر 2015 | العملية السياسية",
        {"S/RES/2118(2013)": "2013-09-27", "S/RES/2254(2015)": "2015-12-18"},
    ),
    (
        "en",
        "Security Council resolutions on the question\n\nResolution | Date | Subject\n1701 | 11 August 2006 |"
        " Cessation of hostilities",
        {"S/RES/1701(2006)": "2006-08-11"},
    ),
]

_COUNCIL_TABLE_AS_BEFORE: list[Row] = [
    (
        "ar",
        "جلسات مجلس الأمن بشأن المسألة\n\nرقم الجلسة | التاريخ\n9412 | 5 آذار/مارس 2024",
        {},
    ),
    (
        "ar",
        "قرارات مجلس الأمن بشأن المسألة\n\nرقم القرار | تاريخ القرار\n15 | 5 آذار/مارس 2024",
        {},
    ),
    (
        "ar",
        "قرارات مجلس الأمن بشأن المسألة\n\nرقم القرار | تاريخ القرار\n2118 (2013) | 27 أيلول/سبتمبر 2013",
        {"S/RES/2118(2013)": "2013-09-27"},
    ),
]

_APPROVED_BY: list[Row] = [
    (
        "ar",
        "بشأن الموافقة على اتفاقية حقوق الطفل التي أقرتها الجمعية العامة للأمم المتحدة في 20 تشرين"
        " الثاني/نوفمبر 1989.",
        {"UNTS/1577/27531": "1989-11-20"},
    ),
    (
        "ar",
        "وانضمت المملكة إلى العهد الدولي الخاص بالحقوق المدنية والسياسية الذي تبنته الجمعية العامة في 16"
        " كانون الأول/ديسمبر 1966.",
        {"UNTS/999/14668": "1966-12-16"},
    ),
]

_APPROVED_BY_AS_BEFORE: list[Row] = [
    (
        "ar",
        "وكانت اتفاقية حقوق الطفل التي أقرها مجلس النواب في 5 أيار/مايو 1997 قد نشرت في الجريدة الرسمية.",
        {"UNTS/1577/27531": None},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _BASEL_NAMED + _BASEL_AS_BEFORE)
def test_basel(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _ORGANIZATION + _ORGANIZATION_AS_BEFORE)
def test_organization_for_body(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _BODY_PAST_DATE + _BODY_PAST_DATE_AS_BEFORE)
def test_body_past_date(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _HEADING_BLANK + _HEADING_BLANK_AS_BEFORE)
def test_heading_blank(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _COUNCIL_TABLE + _COUNCIL_TABLE_AS_BEFORE)
def test_council_table(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _APPROVED_BY + _APPROVED_BY_AS_BEFORE)
def test_approved_by(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)
