"""Forms met reading real public Arabic texts of kinds earlier passes had not read (issue 7, pass
45b: the Security Council's resolutions of 1948–1993 in full with their preambles, as Arab
archives and encyclopaedias copy them, the Assembly's resolutions of the 1970s in Arab
collections, the Secretary-General's reports of the 1990s, the Human Rights Council's
resolutions, League of Arab States and Gulf ministerial communiqués, Maghreb press and
journals, news agencies' reports of the Council's votes), each written for these tests in UN
style (numbers, dates and wording invented):

- the press's "bearing the number" with a comma before the number ("القرار الذي حمل الرقم، 2718";
  ar ``footnotes.number``): read as without it (was lost);
- the Assembly as the subject of the verb of adoption written first, with one of its numbers of
  the first thirty sessions and no session ("اتخذت الجمعية العامة القرار 3379", "أصدرت الجمعية
  العامة قرارها رقم 194", an adverb between: "بالإجماع", the number in brackets: "القرار (194)"; ar
  ``grammar.assembly_number``): the
  session its known numbers leave (``ga_anchors.csv``; was lost);
- the Council's numbers of 1948–1993 written without their year, as Arab texts cite them ("القرار
  425", "قرار مجلس الأمن رقم 836"): more rows of ``sc_anchors.csv``, each read in a real text that
  writes the number with its year or its date (54 (1948), 346 and 362 (1974), 368 (1975), 425 and
  434 (1978), 444 and 459 (1979), 467 and 474 (1980), 836 (1993); were unresolved);
- the Maghreb's month names, from the French in Algeria and Tunisia ("25 جويلية 1996", "11 أوت
  2006") and Morocco's ("17 نونبر 2025", "23 دجنبر 2016"; ar ``dates.months``): the date (was
  unread; a Council number past the anchor table stayed unresolved without it);
- a part's letter spelt out after an Assembly number of the first thirty sessions with the Assembly
  named and no session ("قرار الجمعية العامة 2200 ألف المؤرخ …"): that part (was the number
  without its letter);
- the own id of copies' headings: an Assembly number of the first thirty sessions with its session
  in words in its bracket and its date ("قرار رقم 3414 (الدورة 30) بتاريخ 5 كانون الأول/ديسمبر
  1975"; was a citation of the text itself), and a report's symbol alone on its line but for the
  Arabic comma after it, a blank line below or the text's date after the comma ("S/24108،⏎⏎16
  حزيران/يونيه 1992", "S/22558، 2 أيار/مايو 1991"; was a citation); and the adopting body's line
  without its comma, the name ending its line after the opener "إن" ("إن مجلس الأمن⏎"; ar
  ``heading.body_line_openers_bare``), which gives the heading above it as the own id (was none).
"""

from __future__ import annotations

import pytest

from passages import assert_exact
from rescite.engine.extract import extract_text

# (language, passage, each target with its date alone, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]

_COMMA: list[Row] = [
    (
        "ar",
        "وطلب مجلس الأمن في القرار الذي حمل الرقم، 2591 من الأمين العام أن يقدم إليه تقريرا كل ستة أشهر.",
        {"S/RES/2591(2021)": None},
    ),
    (
        "ar",
        "وأكد مجلس الأمن في القرار الذي يحمل الرقم، 2254 ضرورة إجراء انتخابات حرة تحت إشراف الأمم المتحدة.",
        {"S/RES/2254(2015)": None},
    ),
]

_ASSEMBLY_VERB: list[Row] = [
    (
        "ar",
        "وفي عام 1948 أصدرت الجمعية العامة قرارها رقم 194 الذي كفل للاجئين حقهم في العودة والتعويض.",
        {"A/RES/194(III)": None},
    ),
    (
        "ar",
        "اتخذت الجمعية العامة القرار 3379 في دورتها العادية، ثم عادت فألغته بعد ستة عشر عاما.",
        {"A/RES/3379(XXX)": None},
    ),
    (
        "ar",
        "وقد اعتمدت الجمعية العامة بالإجماع القرار 2625 الذي تضمن إعلانا بشأن العلاقات الودية بين الدول.",
        {"A/RES/2625(XXV)": None},
    ),
    (
        "ar",
        "وتبنت الجمعية العامة للأمم المتحدة القرار رقم 377 المعروف باسم الاتحاد من أجل السلام.",
        {"A/RES/377(V)": None},
    ),
    (
        "ar",
        "ثم أصدرت الجمعية العامة القرار (302) في 8 كانون الأول/ديسمبر 1949 بإنشاء الوكالة.",
        {"A/RES/302(IV)": "1949-12-08"},
    ),
]

_COUNCIL_OLD: list[Row] = [
    (
        "ar",
        "ويطالب المجلس الوزاري بالتنفيذ الكامل لقرار مجلس الأمن 425 وسائر القرارات ذات الصلة بجنوب لبنان.",
        {"S/RES/425(1978)": None},
    ),
    (
        "ar",
        "ويرحب المجلس بصدور قرار مجلس الأمن رقم 836 الذي وسع ولاية القوة لحماية المناطق الآمنة.",
        {"S/RES/836(1993)": None},
    ),
    (
        "ar",
        "وكان قرار مجلس الأمن رقم 54 قد أمر الأطراف بالكف عن الأعمال العسكرية في فلسطين.",
        {"S/RES/54(1948)": None},
    ),
    (
        "ar",
        "وأشار مجلس الأمن في القرار 474 إلى تجديد ولاية القوة المؤقتة، "
        "كما أشار قرار مجلس الأمن 368 إلى قوة الطوارئ.",
        {"S/RES/474(1980)": None, "S/RES/368(1975)": None},
    ),
]

_MAGHREB_MONTHS: list[Row] = [
    (
        "ar",
        "وقد نُظم المركز الاستشاري بموجب قرار المجلس الاقتصادي والاجتماعي 1996/31 المؤرخ 25 جويلية 1996.",
        {"E/RES/1996/31": "1996-07-25"},
    ),
    (
        "ar",
        "وأبدى المؤتمر تحفظه على قرار مجلس الأمن الدولي رقم 2791، المعتمد بتاريخ 14 نونبر 2025 بشأن الإقليم.",
        {"S/RES/2791(2025)": "2025-11-14"},
    ),
    (
        "ar",
        "وذكّرت الوزارة بقرار مجلس الأمن 2334 المؤرخ 23 دجنبر 2016 "
        "وبقرار الجمعية العامة 67/19 المؤرخ 29 نونبر 2012.",
        {"S/RES/2334(2016)": "2016-12-23", "A/RES/67/19": "2012-11-29"},
    ),
    (
        "ar",
        "ودعت الجزائر إلى تنفيذ قرار مجلس الأمن 1701 المؤرخ 11 أوت 2006 بكل بنوده.",
        {"S/RES/1701(2006)": "2006-08-11"},
    ),
]

_PART_SPELT: list[Row] = [
    (
        "ar",
        "وإذ تشير إلى قرار الجمعية العامة 2200 ألف المؤرخ 16 كانون الأول/ديسمبر 1966 الذي اعتمد العهدين،",
        {"A/RES/2200A(XXI)": "1966-12-16"},
    ),
    (
        "ar",
        "وتذكّر اللجنة بقرار الجمعية العامة 181 ألف الذي أوصى بخطة لمستقبل الإقليم.",
        {"A/RES/181A(II)": None},
    ),
]

ROWS = _COMMA + _ASSEMBLY_VERB + _COUNCIL_OLD + _MAGHREB_MONTHS + _PART_SPELT

# look-alikes: read as before
_AS_BEFORE: list[Row] = [
    # (an assembly of another organisation as the subject: no number of the United Nations)
    ("ar", "واعتمدت الجمعية العامة للمنظمة العربية القرار 12 بشأن ميزانيتها.", {}),
    # (a number the Assembly's sessions do not place: not the Assembly's)
    ("ar", "اعتمدت الجمعية العامة القرار 2334 بشأن البند المعروض عليها.", {}),
    # (a Council number still between two years of the table: unresolved, as before)
    ("ar", "ودعا المجلس إلى تنفيذ قرار مجلس الأمن رقم 720 دون إبطاء.", {"": None}),
    # (a month name without a year: no date)
    (
        "ar",
        "وعقد الفريق اجتماعه في 3 ماي، وأشار إلى قرار مجلس الأمن 2334 (2016).",
        {"S/RES/2334(2016)": None},
    ),
    # (a part's letter before the session's bracket: as before)
    ("ar", "قرار الجمعية العامة 2200 ألف (د-21) بشأن العهدين.", {"A/RES/2200A(XXI)": None}),
    # (the number word without the comma: as before)
    (
        "ar",
        "وطلب مجلس الأمن في القرار الذي حمل الرقم 2591 من الأمين العام أن يقدم إليه تقريرا.",
        {"S/RES/2591(2021)": None},
    ),
]


# (a copy's heading, the text's own id, the targets it cites in their order)
Heading = tuple[str, str | None, list[str]]

_HEADINGS: list[Heading] = [
    (
        "قرار رقم 3288 (الدورة 29) بتاريخ 12 كانون الأول/ديسمبر 1974.\n\nمسألة الأقاليم\n\n"
        "إن الجمعية العامة،\nوإذ تشير إلى قرارها 3163 (د-28)،\n",
        "A/RES/3288(XXIX)",
        ["A/RES/3163(XXVIII)"],
    ),
    (
        "التقرير الرابع للجنة الخاصة\n\nS/25112،\n\n9 كانون الثاني/يناير 1993\n\nمذكرة من الأمين العام\n"
        "يتشرف الأمين العام بأن يحيل التقرير المقدم عملا بالفقرة 9 من قرار مجلس الأمن 687 (1991).\n",
        "S/25112",
        ["S/RES/687(1991)"],
    ),
    (
        "تقرير الأمين العام عن إنشاء اللجنة\n\nS/22871، 28 تموز/يوليه 1991\n\n"
        "1 - يقدم هذا التقرير عملا بالفقرة 4 من قرار مجلس الأمن 687 (1991).\n",
        "S/22871",
        ["S/RES/687(1991)"],
    ),
    (
        "قرار مجلس الأمن رقم 501 (1982)\nبتاريخ 25 شباط/فبراير 1982\n\nإن مجلس الأمن\n\n"
        "إذ يشير إلى قراريه 425 (1978) و426 (1978)،\n",
        "S/RES/501(1982)",
        ["S/RES/425(1978)", "S/RES/426(1978)"],
    ),
]

# (… and as before: symbols listed one a line, each with its comma; a number cited in a sentence)
_HEADINGS_KEPT: list[Heading] = [
    (
        "S/23165،\nS/23268،\n\nوقد نظر المجلس في هذين التقريرين.\n",
        None,
        ["S/23165", "S/23268"],
    ),
    (
        "وقال المندوب إن الجمعية العامة\nاعتمدت القرار 67/19 بأغلبية كبيرة.\n",
        None,
        ["A/RES/67/19"],
    ),
    (
        "وإذ تشير إلى القرار رقم 3288 (الدورة 29) بتاريخ 12 كانون الأول/ديسمبر 1974، "
        "تؤكد الجمعية العامة موقفها.\n",
        None,
        ["A/RES/3288(XXIX)"],
    ),
]


@pytest.mark.parametrize(("text", "own", "targets"), _HEADINGS + _HEADINGS_KEPT)
def test_heading(text: str, own: str | None, targets: list[str]) -> None:
    res = extract_text(text, lang="ar")
    assert res.document.source_id == own
    assert [c.target for c in res.citations] == targets


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_found(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _AS_BEFORE)
def test_as_before(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)
