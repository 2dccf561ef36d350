"""Forms met reading real public Arabic texts of kinds earlier passes had not read (issue 7, pass
48b: the Secretary-General's reports on the Council's resolutions as the Lebanese and Gulf press
give them, UNIFIL's mandate texts, the sanctions committees' Arabic pages and States' instructions
that carry the sanctions out, the Assembly's texts on Palestine refugees and UNRWA in Palestinian
collections, UN News and UN Radio in Arabic on the Human Rights Council, the Arab Charter on Human
Rights, encyclopaedia and journal pages on Iraq's sanctions, the use of force and the Convention
against Torture), each written for these tests in UN style (numbers, dates and wording invented
where the rule does not need a real one):

- a copy's heading with the Assembly's number of its first sessions, its session in words in its
  bracket, a colon and the title after it ("القرار رقم 818 (الدورة 9): تمديد ولاية …",
  "القرار رقم 181 (الدورة الثانية): …"; ar ``grammar.assembly_session_number`` read by
  ``heading._own_heading_number``): the text's own id (was none, the heading cited);
- the pinpoint before such a number, its session read from its bracket or from the Assembly's known
  numbers ("الفقرة 11 من قرار الجمعية العامة رقم 194 (الدورة 3)", "الجزء الثاني من قرار الجمعية
  العامة 181"): the pinpoint (was none);
- a pinpoint's noun with the preposition "ل" glued to its article, as Arabic writes it ("وفقا للفقرة
  5 من القرار 70/12", "طبقا للمادة 51 من ميثاق الأمم المتحدة"; ar ``grammar.article_glued`` applied
  to ``[pinpoints]``): the pinpoint, its noun as the lexicon writes it (was none);
- a pinpoint's figures in brackets, as Arabic legal texts write an article's ("المادة (51) من
  ميثاق الأمم المتحدة", "الفقرة (4) من القرار 70/12"): the pinpoint, its figures plain (was none);
- a subparagraph's Arabic letter in brackets after a paragraph's number ("الفقرتين 1 (ب) و 30 (ب)
  من القرار 2610 (2021)"): the pinpoint whole (was none);
- the subject of a verb written first in its clause, a body's name, and a noun with a possessive
  suffix of its gender later in that clause, no other body or organ named between ("وقرر مجلس حقوق
  الإنسان في عام 2016 تمديد الولاية بموجب قراره 31/35", "ووضع مجلس الأمن البرنامج في عام 1995 ضمن
  قراره رقم 986"; ar ``grammar.verb_first_subject``): that body's text (the Human Rights Council's
  was the Assembly's, the Security Council's number was lost).
"""

from __future__ import annotations

import pytest

from passages import assert_exact, assert_pinpointed
from rescite.engine.extract import extract_text

# (language, passage, each target with its date alone, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]
# (language, passage, each mention as written with its target and pinpoint)
PinRow = tuple[str, str, dict[str, tuple[str | None, str | None]]]
# (language, text, its own id, the targets it cites)
OwnRow = tuple[str, str, str | None, set[str]]

_OWN_SESSION_WORDS: list[OwnRow] = [
    (
        "ar",
        "القرار رقم 818 (الدورة 9): تمديد ولاية الوكالة\n4/12/1954\n\nإن الجمعية العامة،\n\n"
        "إذ تشير إلى قرارها 720 (د-8)،\n",
        "A/RES/818(IX)",
        {"A/RES/720(VIII)"},
    ),
    (
        "ar",
        "القرار رقم 181 (الدورة الثانية): مستقبل حكومة الإقليم\n\nإن الجمعية العامة،\n\n"
        "وقد عقدت دورة استثنائية بناء على طلب الدولة المنتدبة،\n",
        "A/RES/181(II)",
        set(),
    ),
    (
        "ar",
        "قرار رقم 3236 (الدورة 29): مسألة فلسطين\n\nإن الجمعية العامة،\n\nإذ تشير إلى قرارها 194 (د-3)،\n",
        "A/RES/3236(XXIX)",
        {"A/RES/194(III)"},
    ),
]

# look-alikes, read as before: the session in figures after "د-", and a heading that cites the
# text, a word before its noun (no own id, the heading cited as before)
_OWN_AS_BEFORE: list[OwnRow] = [
    (
        "ar",
        "القرار رقم 818 (د-9): تمديد ولاية الوكالة\n\nإن الجمعية العامة،\n\nإذ تشير إلى قرارها 720 (د-8)،\n",
        "A/RES/818(IX)",
        {"A/RES/720(VIII)"},
    ),
    (
        "ar",
        "تنفيذ القرار رقم 818 (الدورة 9): تقرير الأمين العام\n\nإن الجمعية العامة،\n\n"
        "إذ تشير إلى قرارها 720 (د-8)،\n",
        None,
        {"A/RES/818(IX)", "A/RES/720(VIII)"},
    ),
]

_PINPOINTS: list[PinRow] = [
    (
        "ar",
        "مع عدم الإخلال بأحكام الفقرة 11 من قرار الجمعية العامة رقم 194 (الدورة 3) الصادر في"
        " 11 كانون الأول (ديسمبر) 1948.",
        {"194": ("A/RES/194(III)", "الفقرة 11")},
    ),
    (
        "ar",
        "وتطلب إلى الوكالة أن تراعي الفقرة 11 من القرار رقم 194 (الدورة الثالثة).",
        {"194": ("A/RES/194(III)", "الفقرة 11")},
    ),
    (
        "ar",
        "ويتناول الجزء الثاني من قرار الجمعية العامة 181 الحدود المقترحة.",
        {"181": ("A/RES/181(II)", "الجزء الثاني")},
    ),
    (
        "ar",
        "وفقا للفقرة 5 من القرار 70/12، قدم الأمين العام تقريره.",
        {"70/12": ("A/RES/70/12", "الفقرة 5")},
    ),
    (
        "ar",
        "وتنفيذا للفقرة 7 من قرار مجلس الأمن 2610 (2021) تتيح اللجنة موجزا سرديا.",
        {"2610 (2021)": ("S/RES/2610(2021)", "الفقرة 7")},
    ),
    (
        "ar",
        "وتمارس الدولة حقها طبقا للمادة 51 من ميثاق الأمم المتحدة.",
        {"ميثاق الأمم المتحدة": ("pub:charter-of-the-united-nations", "المادة 51")},
    ),
    (
        "ar",
        "ويستند هذا الحق إلى المادة (51) من ميثاق الأمم المتحدة.",
        {"ميثاق الأمم المتحدة": ("pub:charter-of-the-united-nations", "المادة 51")},
    ),
    (
        "ar",
        "وعملا بالفقرة (4) من القرار 70/12 تقدم الأمانة تقريرا سنويا.",
        {"70/12": ("A/RES/70/12", "الفقرة 4")},
    ),
    (
        "ar",
        "يطلب إلى جميع الدول منع دخول الأفراد المدرجين على النحو المبين في الفقرتين 1 (ب) و 30 (ب)"
        " من القرار 2610 (2021).",
        {"2610 (2021)": ("S/RES/2610(2021)", "الفقرتين 1 (ب) و 30 (ب)")},
    ),
    (
        "ar",
        "ويرد التجميد في الفقرات 17 و 18 و 22 (أ) من القرار 2255 (2015).",
        {"2255 (2015)": ("S/RES/2255(2015)", "الفقرات 17 و 18 و 22 (أ)")},
    ),
]

# look-alikes, read as before: the pinpoint without a glued preposition or brackets, a word that
# opens with the same letters and no pinpoint, and a bracketed figure that is no pinpoint's
_PINPOINTS_AS_BEFORE: list[PinRow] = [
    (
        "ar",
        "عملا بالفقرة 5 من القرار 70/12، قدم الأمين العام تقريره.",
        {"70/12": ("A/RES/70/12", "الفقرة 5")},
    ),
    (
        "ar",
        "وأشار المقرر إلى الفقرة 11 من القرار 194 (د-3).",
        {"194 (د-3)": ("A/RES/194(III)", "الفقرة 11")},
    ),
    (
        "ar",
        "وقدمت الأمانة للفريق 5 تقارير عن تنفيذ القرار 70/12.",
        {"70/12": ("A/RES/70/12", None)},
    ),
    (
        "ar",
        "ووزعت اللجنة (4) نسخ من القرار 70/12 على الأعضاء.",
        {"70/12": ("A/RES/70/12", None)},
    ),
    (
        "en",
        "Recalling paragraph 5 (b) of its resolution 70/12,",
        {"70/12": ("A/RES/70/12", "paragraph 5 (b)")},
    ),
]

_VERB_FIRST_SUBJECT: list[Row] = [
    (
        "ar",
        "وقرر مجلس حقوق الإنسان في عام 2016 تمديد ولاية المقرر الخاص بموجب قراره 31/35.",
        {"A/HRC/RES/31/35": None},
    ),
    (
        "ar",
        'ووضع مجلس الأمن برنامج "النفط مقابل الغذاء" في عام 1995 ضمن قراره رقم 986.',
        {"S/RES/986(1995)": None},
    ),
    (
        "ar",
        "وأنشأ مجلس الأمن الدولي القوة المعززة بموجب قراره 1701.",
        {"S/RES/1701(2006)": None},
    ),
    (
        "ar",
        "وفي عام 2016، مدد مجلس حقوق الإنسان ولاية الفريق العامل بموجب قراره 33/9.",
        {"A/HRC/RES/33/9": None},
    ),
]

# look-alikes, read as before: the body named after a noun, not a verb; another organ the subject
# between; the body the object of another's verb; a possessive of the other gender; the next
# sentence; the citing body's own possessive with no subject
_VERB_FIRST_AS_BEFORE: list[Row] = [
    ("ar", "وقال رئيس مجلس الأمن إن الحكومة نفذت قرارها 2019/3.", {"E/RES/2019/3": None}),
    ("ar", "وطلب مجلس الأمن من الجمعية العامة النظر في قرارها 60/251.", {"A/RES/60/251": None}),
    ("ar", "ووضع مجلس الأمن البرنامج ثم أصدر مجلس الوزراء قراره 2021/7.", {"": None}),
    ("ar", "ودعا الأمين العام مجلس الأمن إلى تنفيذ قراره 2019/4.", {"E/RES/2019/4": None}),
    ("ar", "اجتمع مجلس الأمن أمس. وقالت الحكومة إن قراره 2019/5 نافذ.", {"E/RES/2019/5": None}),
    ("ar", "وقرر مجلس حقوق الإنسان في عام 2016 تمديد الولاية بموجب قرارها 60/251.", {"A/RES/60/251": None}),
    ("ar", "وتقرير مجلس الأمن السنوي يتضمن قراره 2019/6.", {"E/RES/2019/6": None}),
]


@pytest.mark.parametrize(("lang", "text", "own", "cited"), _OWN_SESSION_WORDS + _OWN_AS_BEFORE)
def test_own(lang: str, text: str, own: str | None, cited: set[str]) -> None:
    res = extract_text(text, lang=lang)
    assert res.document.source_id == own
    assert {str(c.target) for c in res.citations} == cited


@pytest.mark.parametrize(("lang", "text", "want"), _PINPOINTS + _PINPOINTS_AS_BEFORE)
def test_pinpoints(lang: str, text: str, want: dict[str, tuple[str | None, str | None]]) -> None:
    assert_pinpointed(text, lang, want)


@pytest.mark.parametrize(("lang", "text", "expected"), _VERB_FIRST_SUBJECT + _VERB_FIRST_AS_BEFORE)
def test_verb_first_subject(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)
