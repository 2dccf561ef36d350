"""Forms met reading real public Arabic texts of kinds earlier passes had not read (issue 7, pass
50b: the Council's resolutions on the disengagement force as Palestinian and Arab collections copy
them, the Assembly's texts on its cooperation with the Islamic Cooperation organisation, that
organisation's ministerial resolutions citing the Assembly, UN News and the Gulf and Yemeni press
in Arabic on the Council's renewals of the Hudaydah mission, the Human Rights Council's Syrian
texts as the press copies them, the Human Rights Committee's Arabic concluding observations), each
written for these tests in UN style (numbers, dates and wording invented where the rule does not
need a real one):

- an adjective of the text's noun set, as Arabic sets it, after the noun's complement, the body's
  name, before the number ("قرار مجلس الأمن السابق رقم 2555 لسنة 2020", "قرار مجلس الأمن اللاحق
  رقم 2601 المؤرخ …", "قرار الجمعية العامة السابق 70/12", "قرارات الجمعية العامة ذات الصلة 70/1
  و 72/5", "قرار مجلس حقوق الإنسان السابق 31/35"; ar ``grammar.qualifiers_after`` read after the
  body's name by ``rules`` (the noun's pattern) and ``council.council_number`` (the Council's
  number after its name)): the body's number, dated where its date follows (was missed).

Look-alikes that stay as they were: a State's organ with such an adjective ("قرار مجلس الوزراء
السابق رقم 12 لسنة 2020"), the adjective before a year that is no number ("… السابق في عام 2015"),
and the adjective set off by a comma from the number ("قرار مجلس الأمن السابق، رقم 2555").
"""

from __future__ import annotations

import pytest

from passages import assert_exact

# (language, passage, each target with its date alone, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]

_QUALIFIER_AFTER_BODY: list[Row] = [
    (
        "ar",
        "وأكد البيان أن القرار يستند إلى قرار مجلس الأمن السابق رقم 2555 لسنة 2020.",
        {"S/RES/2555(2020)": None},
    ),
    (
        "ar",
        "وأشار التقرير إلى قرار مجلس الأمن اللاحق رقم 2601 المؤرخ 29 تشرين الأول/أكتوبر 2021.",
        {"S/RES/2601(2021)": "2021-10-29"},
    ),
    (
        "ar",
        "وإذ تشير إلى قرار الجمعية العامة السابق 70/12 المؤرخ 7 كانون الأول/ديسمبر 2015،",
        {"A/RES/70/12": "2015-12-07"},
    ),
    (
        "ar",
        "وإذ تشير إلى قرارات الجمعية العامة ذات الصلة 70/1 و 72/5،",
        {"A/RES/70/1": None, "A/RES/72/5": None},
    ),
    ("ar", "وإذ يشير إلى قرار مجلس حقوق الإنسان السابق 31/35،", {"A/HRC/RES/31/35": None}),
    (
        "ar",
        "وإذ يشير إلى قرارات المجلس الاقتصادي والاجتماعي ذات الصلة 2016/12 و 2018/3،",
        {"E/RES/2016/12": None, "E/RES/2018/3": None},
    ),
]

_QUALIFIER_AS_BEFORE: list[Row] = [
    ("ar", "وأشار إلى قرار مجلس الوزراء السابق رقم 12 لسنة 2020.", {}),
    ("ar", "وأشار إلى قرار الجمعية العامة السابق في عام 2015 بشأن المسألة.", {}),
    ("ar", "وأشار إلى قرار مجلس الأمن السابق، رقم 2555 لسنة 2020.", {}),
    # (the adjective after the noun itself: read so before)
    ("ar", "وإذ يشير إلى قراره السابق 2555 (2020)،", {"S/RES/2555(2020)": None}),
    (
        "ar",
        "وإذ تشير إلى قرارات مجلس الأمن السابقة 2555 (2020) و 2578 (2021)،",
        {"S/RES/2555(2020)": None, "S/RES/2578(2021)": None},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _QUALIFIER_AFTER_BODY + _QUALIFIER_AS_BEFORE)
def test_qualifier_after_body(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)
