"""Forms met reading real public Arabic texts of kinds earlier passes had not read (issue 7, pass
47b: States' decrees and sultanic decrees ratifying conventions, copies of the conventions on Arab
legal sites and forums, OHCHR's Arabic pages of the treaty bodies and of the universal periodic
review, the Gulf's defence pact, theses' and journals' abstracts on the International Criminal
Court and on refugees, ESCWA's history and Arab agencies' news of the Council), each written for
these tests in UN style (numbers, dates and wording invented where the rule does not need a real
one):

- the participle of issuing with "من" for "عن" between the number and its body ("القرار رقم 1970
  الصادر من مجلس الأمن", "القرارين 1325 و1889 الصادرين من مجلس الأمن"; ar ``grammar.body_prep``):
  the body's (the Council's number was lost, the Assembly's undated);
- a date in figures with a blank after each slash, as Arab legal texts and journals write it, "م"
  perhaps after it ("الصادر في 26/ 2/ 2011 م"): the date (was undated);
- the Covenants under the names States' decrees and journals give them ("الاتفاقية الدولية للحقوق
  الاقتصادية والاجتماعية والثقافية", "الاتفاقية الدولية بشأن الحقوق المدنية والسياسية", "العهد
  الدولي للحقوق المدنية والسياسية"), the Refugee Convention's ("الاتفاقية الخاصة بالوضع القانوني
  للاجئين", "اتفاقية جنيف لعام 1951 الخاصة بوضع اللاجئين"), the Charter's ("ميثاق هيئة الأمم
  المتحدة") (were missed); the International Convention on the Suppression and Punishment of the
  Crime of Apartheid, a new row of ``instruments.csv`` (``UNTS/1015/14861``) with its name in every
  language (was missed);
- a national organ as the subject of a verb of adoption written first, its name right before the
  noun with a possessive suffix ("وأصدرت الحكومة قرارها 2019/14", "وأصدر مجلس الوزراء قراره
  2021/7", "واعتمدت الهيئة الوطنية لحقوق الإنسان قرارها 2020/3"; ar ``grammar.organisation_actors``,
  ``grammar.organisation_actor_of``): that organ's text, unresolved (was ECOSOC's by the shape
  YYYY/N);
- a bracket glued to a symbol that opens another symbol, as the treaty bodies' database lists a
  report with its summary record ("E/2031/7/Add.12(E/C.12/2031/SR.4)"): both symbols whole (the
  first was cut before its final element, and taken for a page's own id).
"""

from __future__ import annotations

import pytest

from passages import assert_exact

# (language, passage, each target with its date alone, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]

_ISSUED_FROM: list[Row] = [
    (
        "ar",
        "واستند الادعاء إلى القرار رقم 1970 الصادر من مجلس الأمن في 26 شباط/فبراير 2011 بشأن ليبيا.",
        {"S/RES/1970(2011)": "2011-02-26"},
    ),
    (
        "ar",
        "وتناولت الدراسة القرارين 1325 و1889 الصادرين من مجلس الأمن بشأن المرأة والسلام والأمن.",
        {"S/RES/1325(2000)": None, "S/RES/1889(2009)": None},
    ),
    (
        "ar",
        "وبموجب القرار 67/19 الصادر من الجمعية العامة في 29 تشرين الثاني/نوفمبر 2012 تغير مركز البعثة.",
        {"A/RES/67/19": "2012-11-29"},
    ),
]

_BLANK_SLASH_DATE: list[Row] = [
    (
        "ar",
        "وأحيلت الحالة إلى المدعي العام بموجب قرار مجلس الأمن رقم 1970 الصادر في 26/ 2/ 2011 م.",
        {"S/RES/1970(2011)": "2011-02-26"},
    ),
    (
        "ar",
        "وقد اعتمدت الاتفاقية بقرار الجمعية العامة 34/180 المؤرخ في 18/ 12/ 1979 وعرضت للتوقيع.",
        {"A/RES/34/180": "1979-12-18"},
    ),
]

_TREATY_NAMES: list[Row] = [
    (
        "ar",
        "بشأن الموافقة على الاتفاقية الدولية للحقوق الاقتصادية والاجتماعية والثقافية التي وقعت عليها"
        " الجمهورية.",
        {"UNTS/993/14531": None},
    ),
    (
        "ar",
        "وانضمت الدولة إلى الاتفاقية الدولية بشأن الحقوق المدنية والسياسية في عام 1975.",
        {"UNTS/999/14668": None},
    ),
    (
        "ar",
        "وتكفل المادة 14 من العهد الدولي للحقوق المدنية والسياسية الحق في محاكمة عادلة.",
        {"UNTS/999/14668": None},
    ),
    (
        "ar",
        "وتطبق المحاكم الاتفاقية الخاصة بالوضع القانوني للاجئين في قضايا اللجوء.",
        {"UNTS/189/2545": None},
    ),
    ("ar", "ولم تنضم الدولة بعد إلى اتفاقية جنيف لعام 1951 الخاصة بوضع اللاجئين.", {"UNTS/189/2545": None}),
    (
        "ar",
        "وفقا للمادة 51 من ميثاق هيئة الأمم المتحدة تتعاون الدول الأعضاء.",
        {"pub:charter-of-the-united-nations": None},
    ),
    (
        "ar",
        "مرسوم بالتصديق على الاتفاقية الدولية لقمع جريمة الفصل العنصري والمعاقبة عليها.",
        {"UNTS/1015/14861": None},
    ),
    (
        "en",
        "Recalling the International Convention on the Suppression and Punishment of the Crime of Apartheid,",
        {"UNTS/1015/14861": None},
    ),
    (
        "fr",
        "Rappelant la Convention internationale sur l'élimination et la répression du crime d'apartheid,",
        {"UNTS/1015/14861": None},
    ),
    (
        "es",
        "Recordando la Convención Internacional sobre la Represión y el Castigo del Crimen de Apartheid,",
        {"UNTS/1015/14861": None},
    ),
    (
        "ru",
        "ссылаясь на Международную конвенцию о пресечении преступления апартеида и наказании за него,",
        {"UNTS/1015/14861": None},
    ),
    ("zh", "回顾《禁止并惩治种族隔离罪行国际公约》，", {"UNTS/1015/14861": None}),
]

_ORGAN_FIRST: list[Row] = [
    ("ar", "وأصدرت الحكومة قرارها 2019/14 بشأن تنظيم الجمعيات الأهلية.", {"": None}),
    ("ar", "وأصدر مجلس الوزراء قراره 2021/7 بتشكيل لجنة وطنية للقانون الدولي الإنساني.", {"": None}),
    ("ar", "واعتمدت الهيئة الوطنية لحقوق الإنسان قرارها 2020/3 بشأن الشكاوى الفردية.", {"": None}),
]

_GLUED_BRACKET_SYMBOL: list[Row] = [
    (
        "en",
        "The Committee considered the report E/2031/7/Add.12(E/C.12/2031/SR.4) at its fifth meeting.",
        {"E/2031/7/Add.12": None, "E/C.12/2031/SR.4": None},
    ),
    (
        "ar",
        "ونظرت اللجنة في التقرير E/2031/7/Add.12(E/C.12/2031/SR.4) في جلستها الخامسة.",
        {"E/2031/7/Add.12": None, "E/C.12/2031/SR.4": None},
    ),
]

ROWS = _ISSUED_FROM + _BLANK_SLASH_DATE + _TREATY_NAMES + _ORGAN_FIRST + _GLUED_BRACKET_SYMBOL

# look-alikes, read as before: a ministry after the participle, the Council's number with "عن", a
# resolution's number with a blank after its slash, a slash-blank run that is no date, an Arab
# treaty and the League's Charter
_AS_BEFORE: list[Row] = [
    ("ar", "وطبقت الإدارة القرار رقم 15 الصادر من وزارة الداخلية في 3 آذار/مارس 2005.", {}),
    (
        "ar",
        "واستند الادعاء إلى القرار رقم 1970 الصادر عن مجلس الأمن في 26 شباط/فبراير 2011.",
        {"S/RES/1970(2011)": "2011-02-26"},
    ),
    (
        "ar",
        "إذ تشير إلى قرارها 44/ 23 المؤرخ 17 تشرين الثاني/نوفمبر 1989،",
        {"A/RES/44/23": "1989-11-17"},
    ),
    ("ar", "وأشار قرار مجلس الأمن رقم 1970 إلى الجدول 2/ 13/ 2011 في مرفقه.", {"S/RES/1970(2011)": None}),
    ("ar", "وصادقت الدولة على الاتفاقية العربية لمكافحة الإرهاب وفقا لميثاق جامعة الدول العربية.", {}),
    (
        "ar",
        "واعتمد المجلس الاقتصادي والاجتماعي قراره 2019/14 بشأن المنظمات غير الحكومية.",
        {"E/RES/2019/14": None},
    ),
    ("ar", "وأحالت الحكومة إلى اللجنة قرار المجلس الاقتصادي والاجتماعي 2019/14.", {"E/RES/2019/14": None}),
    ("en", "Recalling its resolution A/RES/70/1(2015) on the 2030 Agenda,", {"A/RES/70/1": None}),
    ("en", "Taking note of the report (A/78/301)(see annex) of the Secretary-General,", {"A/78/301": None}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_found(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _AS_BEFORE)
def test_as_before(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)
