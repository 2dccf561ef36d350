"""Forms met reading real public Arabic texts of kinds earlier passes had not read (issue 7, pass
46b: States' decrees and gazettes that carry out the Security Council's sanctions, League of Arab
States ministerial resolutions, ESCWA's pages, UNRWA's resolutions in Arab collections, the ICJ's
advisory opinions in Arabic, treaty bodies' pages, theses and law journals, ministries' statements,
Arab agencies' news of the Council's votes), each written for these tests in UN style (numbers,
dates and wording invented where the rule does not need a real one):

- the number word with its preposition glued to it ("قرار الجمعية العامة برقم 52/214", "قرار مجلس
  الأمن برقم 2118"; ar ``footnotes.number``, ``grammar.assembly_number``): read as "رقم" (was
  unread);
- the session the Assembly's sentence states before its noun and a list of numbers of the first
  thirty sessions ("اعتمدت الجمعية العامة في دورتها التاسعة والعشرين قراراتها 3236، و3237", "وفي
  دورتها الخامسة والعشرين اتخذت الجمعية العامة القرارين 2621 و2625"; ar
  ``grammar.assembly_session_number``): each of that session where the known numbers allow it, the
  list going on while its numbers rise (were unread);
- an ECOSOC number with its year in two figures, the Council named ("قرار المجلس الاقتصادي
  والاجتماعي 91/17", "Economic and Social Council resolution 84/3"): the year's resolution
  ``E/RES/1991/17`` (was unresolved);
- the Council as the subject of a call to carry out a text, its number after the call's noun ("وطالب
  مجلس الأمن الطرفين بتنفيذ القرار 425", "إلى التنفيذ الكامل للقرار 1701"; ar
  ``grammar.implementation_call``): the Council's (was unread); not where another body is named
  after the number, nor with a year after it the Council's numbering leaves out;
- the Council's number alone in the sentence after the Council's sentence told as news, with a
  month and its year or the day of the news in it ("… حتى آذار/مارس 2025. وطلب القرار الذي يحمل الرقم
  2729 …", "اليوم الجمعة"): the Council's (was unread: a full date was needed);
- a date in figures between hyphens, a blank perhaps beside one ("بتاريخ 24-2- 2025"): the date
  (was unread);
- a day before its month and year under a title that names the Council ("… قرارات مجلس الأمن
  الدولي⏎⏎3 آذار/مارس 2021"): a date, no Council resolution 3 (was S/RES/3(1946));
- ``sc_anchors.csv``: 773 (1992) and 806 (1993), each read in a real text that writes the number
  with its year or date ("قرار مجلس الأمن 773", "الرقم 806" resolve; were unresolved).
"""

from __future__ import annotations

import pytest

from passages import assert_exact

# (language, passage, each target with its date alone, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]

_NUMBER_WORD: list[Row] = [
    (
        "ar",
        "وأُنشئ المكتب بموجب قرار الجمعية العامة برقم 52/214 الصادر في 22 كانون الأول/ديسمبر 1997 لدعم"
        " عمل اللجنة.",
        {"A/RES/52/214": "1997-12-22"},
    ),
    (
        "ar",
        "واستندت الحكومة إلى قرار مجلس الأمن برقم 2118 في مطالبتها بتدمير المخزونات كاملة.",
        {"S/RES/2118(2013)": None},
    ),
    (
        "ar",
        "وأشارت المذكرة إلى قرار الجمعية العامة للأمم المتحدة برقم 2625 المتعلق بالعلاقات الودية.",
        {"A/RES/2625(XXV)": None},
    ),
]

_STATED_SESSION: list[Row] = [
    (
        "ar",
        "واعتمدت الجمعية العامة في دورتها التاسعة والعشرين قراراتها 3236، و3237 بشأن قضية فلسطين.",
        {"A/RES/3236(XXIX)": None, "A/RES/3237(XXIX)": None},
    ),
    (
        "ar",
        "وفي دورتها الخامسة والعشرين اتخذت الجمعية العامة القرارين 2621 و2625 بشأن تصفية الاستعمار.",
        {"A/RES/2621(XXV)": None, "A/RES/2625(XXV)": None},
    ),
    (
        "ar",
        "وأكدت الجمعية العامة في دورتها الثلاثين قرارها 3376، المؤرخ 10 تشرين الثاني/نوفمبر 1975،"
        " و3379 المؤرخ في اليوم نفسه.",
        {"A/RES/3376(XXX)": "1975-11-10", "A/RES/3379(XXX)": None},
    ),
    # (a number not above the one before ends the list)
    (
        "ar",
        "واعتمدت الجمعية العامة في دورتها الثلاثين القرار 3379 و3376 معا.",
        {"A/RES/3379(XXX)": None},
    ),
]

_ECOSOC_SHORT_YEAR: list[Row] = [
    (
        "ar",
        "وأشار المجلس الاقتصادي والاجتماعي في قراره 87/5 إلى أهمية التعاون الإقليمي في غربي آسيا.",
        {"E/RES/1987/5": None},
    ),
    (
        "ar",
        "وأُنشئت اللجنة وفقا لقرار المجلس الاقتصادي والاجتماعي رقم 91/17 المؤرخ 30 أيار/مايو 1991.",
        {"E/RES/1991/17": "1991-05-30"},
    ),
    (
        "en",
        "Recalling Economic and Social Council resolution 84/3 of 24 May 1984 on the regional commissions,",
        {"E/RES/1984/3": "1984-05-24"},
    ),
]

_COUNCIL_CALL: list[Row] = [
    (
        "ar",
        "وطالب مجلس الأمن الطرفين مجددا بتنفيذ القرار 425 تنفيذا كاملا ودون إبطاء.",
        {"S/RES/425(1978)": None},
    ),
    (
        "ar",
        "ودعا مجلس الأمن إلى التنفيذ الكامل للقرار 1701 واحترام الخط الأزرق.",
        {"S/RES/1701(2006)": None},
    ),
]

_NEWS_SENTENCE: list[Row] = [
    (
        "ar",
        "مدد مجلس الأمن الدولي عمل فريق الخبراء حتى آذار/مارس 2025. وطلب القرار الذي يحمل الرقم 2729 من"
        " الأمين العام تقديم تقرير.",
        {"S/RES/2729(2024)": None},
    ),
    (
        "ar",
        "قرر مجلس الأمن، اليوم الجمعة، تجديد ولاية البعثة ستة أشهر. وحظي القرار الذي حمل الرقم 2735 بتأييد"
        " جميع الأعضاء.",
        {"S/RES/2735(2024)": None},
    ),
]

_HYPHEN_DATE: list[Row] = [
    (
        "ar",
        "صدر قرار مجلس الأمن رقم 2774 بتاريخ 24-2- 2025 بشأن النزاع.",
        {"S/RES/2774(2025)": "2025-02-24"},
    ),
    (
        "ar",
        "وأشارت إلى قرار الجمعية العامة رقم 78/3 المؤرخ 10-10-2023 بشأن التعاون.",
        {"A/RES/78/3": "2023-10-10"},
    ),
]

_DAY_UNDER_TITLE: list[Row] = [
    (
        "ar",
        "لائحة إجراءات تنفيذ قرارات مجلس الأمن الدولي\n\n3 آذار/مارس 2021\n\n"
        "يعمل بهذه اللائحة تنفيذا لقرار مجلس الأمن 2368 (2017).",
        {"S/RES/2368(2017)": None},
    ),
]

_ANCHORS: list[Row] = [
    (
        "ar",
        "وأشار قرار مجلس الأمن 773 إلى أعمال لجنة تخطيط الحدود.",
        {"S/RES/773(1992)": None},
    ),
    (
        "ar",
        "وعزز قرار مجلس الأمن الرقم 806 قوام بعثة المراقبة.",
        {"S/RES/806(1993)": None},
    ),
]

ROWS = (
    _NUMBER_WORD
    + _STATED_SESSION
    + _ECOSOC_SHORT_YEAR
    + _COUNCIL_CALL
    + _NEWS_SENTENCE
    + _HYPHEN_DATE
    + _DAY_UNDER_TITLE
    + _ANCHORS
)

# look-alikes, read as before: another body's session or subject, another body after the number,
# a sentence that is no news, a number with its own year, a range of paragraphs
_AS_BEFORE: list[Row] = [
    ("ar", "وفي دورتها الثلاثين اعتمدت اللجنة القرارات 12 و13 بشأن برنامج عملها.", {}),
    ("ar", "وطالب مجلس الأمن بتنفيذ القرار 194 الصادر عن الجمعية العامة.", {}),
    ("ar", "ودعا مجلس الأمن إلى احترام القرار 2625 لعام 1970 في علاقات الدول.", {}),
    ("ar", "ناقش مجلس الأمن الحالة في المنطقة. وحظي القرار الذي حمل الرقم 2735 بتأييد الأعضاء.", {}),
    ("en", "Recalling General Assembly resolution 77/3 of 21 November 2022,", {"A/RES/77/3": "2022-11-21"}),
    ("ar", "وطالب مجلس الأمن بتنفيذ القرار 2254 (2015)، الفقرات 4-5 منه.", {"S/RES/2254(2015)": None}),
    (
        "ar",
        "وأشار المجلس الاقتصادي والاجتماعي في قراره 1503 (د-48) إلى الإجراء السري.",
        {"E/RES/1503(XLVIII)": None},
    ),
    ("ar", "وأشار قرار الجمعية العامة رقم 48/181 إلى ولاية المفوض السامي.", {"A/RES/48/181": None}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_found(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _AS_BEFORE)
def test_as_before(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)
