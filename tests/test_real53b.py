"""Forms met reading real public Arabic texts of kinds earlier passes had not read (issue 7, pass
53b: the Council's resolutions in full as Syrian, Lebanese and Saudi sites translate them, the
Assembly's texts of the 1950s to the 1980s as Palestinian collections and blogs copy them, the Arab
League's ministerial statements and the Arab Charter on Human Rights, Lebanese, Emirati, Algerian
and Saudi ministries' statements, Egyptian and Kuwaiti acts of approval of treaties, Algerian and
Moroccan law journals, the Arab press on the Council's votes), each written for these tests in UN
style (numbers, dates and wording invented where the rule does not need a real one):

- a tatweel standing alone between blanks, as collections type a dash with it, in a session's
  mark ("3376 (د ـ 30)", "ودإط ـ 7/2"; ``chars.one_for_one``: read as a hyphen), and a special or
  emergency special session's mark with its hyphen set off by blanks ("دإط - 10/6", "دإ - 19/2"; ar
  ``grammar.special_session_marks``, ``grammar.emergency_session_marks``): the Assembly's number of
  that session, dated (was missed);
- the two International Covenants named together ("العهدين الدوليين", "العهدان الدوليان الخاصان
  بحقوق الإنسان", the preposition glued: "بالعهدين الدوليين"; ar ``instrument_sets``, new set
  ``COVENANTS_1966`` in ``instrument_sets.csv``): each of the two (were missed);
- a date whose year follows the bare article's "year" ("4 مايو العام 2011"; ar
  ``dates.year_leads``), or after "on the date of" ("الصادرة في تاريخ 12 آذار/مارس 2010", "الصادر في تاريخ 18
  كانون الأول 2015"; ar ``grammar.date_intro``): the date of the text beside it (was undated);
- the Council named for a list of its numbers without their years, a smaller one among them set off
  by a blank ("قرارات مجلس الأمن 242، 338، 425، 252، 478", "Security Council resolutions 1701, 1559
  and 1680", fr "les résolutions du Conseil de sécurité 1701, 1559 et 1680";
  ``find_council.find_sc_numbers``):
  each the Council's (the list stopped at the first smaller number);
- a Council number of 1968 without its year (``sc_anchors.csv``: the first and last numbers of
  1968): of 1968 (was unresolved);
- the Maghreb's word for a resolution ("لائحة مجلس الأمن رقم 2494", "اللائحة الأممية رقم …
  الصادرة عن مجلس الأمن", "للائحة الجمعية العامة رقم 1541 الصادرة في …"; ar ``nouns.resolution``):
  the body's number (was missed);
- the press's "a (new) resolution bearing the number" after the Council as the subject of its
  adoption ("أصدر مجلس الأمن الدولي قراراً جديداً يحمل الرقم 2342"; ar ``nouns.resolution``,
  ``grammar.number``): the Council's number (was missed).

Look-alikes that stay as they were: a tatweel inside a word, a session's mark typed with its
hyphen, a single Covenant by its title, covenants of another kind, "the Secretary-General"'s
adjective before a year, the Council's list unnamed or a note's mark glued after its comma, a
Council number the anchors still leave between two years, and a State's regulation ("اللائحة
التنفيذية رقم 12 لسنة 2010", "اللائحة الداخلية").
"""

from __future__ import annotations

import pytest

from passages import assert_exact

# (language, passage, each target with its date alone, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]

_TATWEEL_MARK: list[Row] = [
    (
        "ar",
        "إذ تشير إلى قرارها 2787 (د ـ 26) المؤرخ في 6 كانون الأول/ديسمبر 1971،",
        {"A/RES/2787(XXVI)": "1971-12-06"},
    ),
    (
        "ar",
        "إذ تشير إلى قراريها 35/20 المؤرخ في 11 تشرين الثاني/نوفمبر 1980، ودإط ـ 7/3 المؤرخ في"
        " 29 تموز/يوليو 1980،",
        {"A/RES/35/20": "1980-11-11", "A/RES/ES-7/3": "1980-07-29"},
    ),
    ("ar", "وإذ تشير إلى قرارها دإط - 10/6 المؤرخ في 9 شباط/فبراير 1999،", {"A/RES/ES-10/6": "1999-02-09"}),
    ("ar", "وإذ تشير إلى قرارها دإ - 19/2 المؤرخ في 28 حزيران/يونيه 1997،", {"A/RES/S-19/2": "1997-06-28"}),
]

_TATWEEL_MARK_AS_BEFORE: list[Row] = [
    (
        "ar",
        "وإذ تشير إلى الـقــرار 2787 (د-26) المؤرخ في 6 كانون الأول/ديسمبر 1971،",
        {"A/RES/2787(XXVI)": "1971-12-06"},
    ),
    ("ar", "وإذ تشير إلى قرارها دإط-10/6 المؤرخ في 9 شباط/فبراير 1999،", {"A/RES/ES-10/6": "1999-02-09"}),
    ("ar", "1 ـ تعرب عن تقديرها للجنة على ما بذلته من جهود؛", {}),
]

_COVENANTS: list[Row] = [
    (
        "ar",
        "وإذ تؤكد من جديد أحكام العهدين الدوليين الخاصين بحقوق الإنسان،",
        {"UNTS/999/14668": None, "UNTS/993/14531": None},
    ),
    (
        "ar",
        "وتجدد الدولة التزامها بالعهدين الدوليين وبسائر الصكوك.",
        {"UNTS/999/14668": None, "UNTS/993/14531": None},
    ),
    (
        "ar",
        "إن العهدان الدوليان لحقوق الإنسان ملزمان للدول الأطراف.",
        {"UNTS/999/14668": None, "UNTS/993/14531": None},
    ),
]

_COVENANTS_AS_BEFORE: list[Row] = [
    ("ar", "صادقت الدولة على العهد الدولي الخاص بالحقوق المدنية والسياسية.", {"UNTS/999/14668": None}),
    ("ar", "ووقعت الدولتان العهدين الثنائيين المبرمين بينهما.", {}),
]

_YEAR_ARTICLE: list[Row] = [
    ("ar", "وإذ تشير إلى قرارها 69/313 الصادر في تاريخ 27 تموز/يوليه 2015،", {"A/RES/69/313": "2015-07-27"}),
    (
        "ar",
        "وفيما يلي نص قرار مجلس الأمن 2254 الصادر في تاريخ 18 كانون الأول 2015.",
        {"S/RES/2254(2015)": "2015-12-18"},
    ),
    (
        "ar",
        "وإذ يشير إلى بيانات رئيسه ولا سيما تلك الصادرة في تاريخ 12 آذار/مارس 2010 (S/PRST/2010/5)،",
        {"S/PRST/2010/5": "2010-03-12"},
    ),
    (
        "ar",
        "وإذ يشير إلى بيان رئيسه الصادر في 4 مايو العام 2011 (S/PRST/2011/9)،",
        {"S/PRST/2011/9": "2011-05-04"},
    ),
]

_YEAR_ARTICLE_AS_BEFORE: list[Row] = [
    ("ar", "وإذ تشير إلى قرارها 70/1 الصادر في 25 أيلول/سبتمبر 2015،", {"A/RES/70/1": "2015-09-25"}),
    ("ar", "وذكر التقرير (S/2010/52) أن ذلك لم يحدث في تاريخ المنظمة.", {"S/2010/52": None}),
    ("ar", "وإذ يشير إلى بيان رئيسه الصادر في 4 مايو 2011 (S/PRST/2011/9)،", {"S/PRST/2011/9": "2011-05-04"}),
    ("ar", "وإذ يحيط علما بتقرير الأمين العام 2011 (S/2011/85)،", {"S/2011/85": None}),
]

_COUNCIL_LIST: list[Row] = [
    (
        "ar",
        "القائم على قرارات الشرعية الدولية، ولا سيما قرارات مجلس الأمن 338، 425، 242، 478"
        " ومبدأ الأرض مقابل السلام.",
        {"S/RES/338(1973)": None, "S/RES/425(1978)": None, "S/RES/242(1967)": None, "S/RES/478(1980)": None},
    ),
    ("ar", "وأشار البيان إلى قرار مجلس الأمن رقم 259 بشأن القدس.", {"S/RES/259(1968)": None}),
    (
        "en",
        "Recalling Security Council resolutions 1701, 1559 and 1680 on Lebanon,",
        {"S/RES/1701(2006)": None, "S/RES/1559(2004)": None, "S/RES/1680(2006)": None},
    ),
    (
        "fr",
        "Rappelant les résolutions du Conseil de sécurité 1701, 1559 et 1680 sur le Liban,",
        {"S/RES/1701(2006)": None, "S/RES/1559(2004)": None, "S/RES/1680(2006)": None},
    ),
]

_COUNCIL_LIST_AS_BEFORE: list[Row] = [
    (
        "en",
        "Recalling Security Council resolution 2334, 14 members having voted in favour,",
        {"S/RES/2334(2016)": None},
    ),
    ("ar", "وأشار البيان إلى قرار مجلس الأمن رقم 273 بشأن البعثة.", {"": None}),
    (
        "ar",
        "وأشار البيان إلى قرارات مجلس الأمن 338، 425، 478 ومبدأ الأرض مقابل السلام.",
        {"S/RES/338(1973)": None, "S/RES/425(1978)": None, "S/RES/478(1980)": None},
    ),
]

_MAGHREB_NOUN: list[Row] = [
    ("ar", "وطالب البيان بتطبيق لائحة مجلس الأمن رقم 2494 بشأن الصحراء.", {"S/RES/2494(2019)": None}),
    ("ar", "وذكّر الوزير باللائحة الأممية رقم 2494 الصادرة عن مجلس الأمن.", {"S/RES/2494(2019)": None}),
    (
        "ar",
        "وفقا للائحة الجمعية العامة رقم 1541 الصادرة في 15 ديسمبر 1960 والمتعلقة بالأقاليم.",
        {"A/RES/1541(XV)": "1960-12-15"},
    ),
]

_NEW_BEARING: list[Row] = [
    (
        "ar",
        "واعتمد مجلس الأمن الدولي يوم الخميس قراراً جديداً يحمل الرقم 2451 بشأن الحديدة.",
        {"S/RES/2451(2018)": None},
    ),
    ("ar", "وأصدر مجلس الأمن الدولي قرارا يحمل رقم 2451 بشأن الحديدة.", {"S/RES/2451(2018)": None}),
]

_NEW_BEARING_AS_BEFORE: list[Row] = [
    ("ar", "أصدرت المحكمة العليا قراراً جديداً يحمل الرقم 2342 بخصوص الأراضي.", {}),
    ("ar", "أصدر مجلس الوزراء قرارا يحمل رقم 215 لسنة 2017 بشأن الموازنة.", {}),
]

_MAGHREB_NOUN_AS_BEFORE: list[Row] = [
    ("ar", "صدرت اللائحة التنفيذية رقم 12 لسنة 2010 بشأن تنظيم المهنة.", {}),
    ("ar", "وتطبق أحكام اللائحة الداخلية للجمعية العامة للشركة في دورتها العادية.", {}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _TATWEEL_MARK + _TATWEEL_MARK_AS_BEFORE)
def test_tatweel_mark(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _COVENANTS + _COVENANTS_AS_BEFORE)
def test_covenants(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _YEAR_ARTICLE + _YEAR_ARTICLE_AS_BEFORE)
def test_year_article(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _COUNCIL_LIST + _COUNCIL_LIST_AS_BEFORE)
def test_council_list(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _MAGHREB_NOUN + _MAGHREB_NOUN_AS_BEFORE)
def test_maghreb_noun(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _NEW_BEARING + _NEW_BEARING_AS_BEFORE)
def test_new_bearing(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)
