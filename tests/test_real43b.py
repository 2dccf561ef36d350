"""Forms met reading real public texts in Arabic and Russian of kinds earlier passes had not read
(issue 7, pass 43b: the General Assembly's and the Human Rights Council's Arabic texts in full,
un.org's Russian copies of agreements, Arab press and encyclopaedia pages on the Assembly's and
the Council's resolutions, Palestinian and Arab agencies' lists of the Council's resolutions,
Russian press and legal databases, treaty bodies' concluding observations, League of Arab States
and OIC decisions), each written for these tests in UN style (numbers, dates and wording
invented):

- an Arabic number of the Assembly's first thirty sessions with its date and no session, its noun
  with a clitic glued before it ("وفقا لقرار الجمعية العامة 1654 المؤرخ …", "وبقرار …"; lexicon
  ``grammar.clitics``): of the session its date gives (was unread; the same without the clitic
  was read); and the Assembly's resolution 194 (III) of 1948, a number the Arab press cites by
  the Assembly's name alone ("قرار الجمعية العامة للأمم المتحدة رقم 194"), one of the known
  numbers (``ga_anchors.csv``; was between two sessions, unread);
- the Security Council as the actor of the clause, its text's noun without a possessive ("the
  Security Council, in resolution 1820, …", ru "Совет Безопасности в резолюции 1888 …", ar
  "طلب مجلس الأمن في القرار 2427 …", fr "dans la résolution 2250"): the Council's number (was
  lost; "in its resolution" was read);
- the Russian press's short name of the Assembly with "ООН" ("резолюцией Генассамблеи ООН 71/313";
  ru ``bodies.GA``), and the Council's name with a small letter and "ООН" ("Совет безопасности ООН
  в своей резолюции 2427", ``bodies.SC``; alone, it may be a State's council), and the Arabic
  Assembly's full name with the alef without its hamza ("الجمعية العامة للامم المتحدة", as the
  Council's was): those bodies' (the numbers were lost);
- the Council's name after the number and its participle set off by a comma ("резолюция 2165,
  принятая Советом Безопасности"): the Council's (was lost; without the comma, it was read);
- Arabic dual participles between a list of numbers and the body that issued them ("القرارين
  1325 و 1820 الصادرين عن مجلس الأمن", "الصادران عن"; ar ``grammar.body_prep``): that body's
  numbers (were lost);
- the time of an adoption between a verb written first, its subject and the text's noun, as
  Arabic news write it: a month and year, a year, or a full date after their preposition
  ("واعتمد مجلس الأمن في تموز/يوليه 2014 القرار 2165", "في عام 2013", "في 27 أيلول/سبتمبر 2013",
  a full date dating the number); and an adverb there, in Arabic and Russian ("واعتمد مجلس الأمن
  أيضا القرار 2118", "Совбез ООН также принял резолюцию 2388"; ``grammar.adoption_adverbs``),
  or the particle of a past act before "issued" ("وكان مجلس الأمن قد أصدر القرار 2178"): the
  Council's number (was lost).
"""

from __future__ import annotations

import pytest

from passages import GA, assert_exact

# (language, passage, each target with its date alone, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]

_R = "A/RES/"

_OLD_ASSEMBLY: list[Row] = [
    (
        "ar",
        GA["ar"]
        + "وإذ تشير إلى أن اللجنة أنشئت وفقا لقرار الجمعية العامة 1654 المؤرخ 27 تشرين الثاني/نوفمبر 1961،",
        {f"{_R}1654(XVI)": "1961-11-27"},
    ),
    (
        "ar",
        "وقد عملت البعثة بقرار الجمعية العامة رقم 2131 الصادر في 21 كانون الأول/ديسمبر 1965 بشأن عدم التدخل.",
        {f"{_R}2131(XX)": "1965-12-21"},
    ),
    (
        "ar",
        "وأكد الوفد من جديد الحقوق المنصوص عليها في قرار الجمعية العامة للأمم المتحدة رقم 194.",
        {f"{_R}194(III)": None},
    ),
    (
        "ru",
        "Делегация вновь сослалась на резолюцию Генеральной Ассамблеи ООН 194 о беженцах.",
        {f"{_R}194(III)": None},
    ),
]

_ACTOR: list[Row] = [
    (
        "en",
        "The Security Council, in resolution 1820, recognized that sexual violence may impede peace.",
        {"S/RES/1820(2008)": None},
    ),
    (
        "ru",
        "Совет Безопасности в резолюции 1888 призвал все стороны принять меры.",
        {"S/RES/1888(2009)": None},
    ),
    (
        "ar",
        "وقد طلب مجلس الأمن في القرار 2427 إلى الأمين العام أن يقدم تقريرا.",
        {"S/RES/2427(2018)": None},
    ),
    (
        "fr",
        "Le Conseil de sécurité, dans la résolution 2250, a souligné le rôle des jeunes.",
        {"S/RES/2250(2015)": None},
    ),
]

_PRESS_NAMES: list[Row] = [
    (
        "ru",
        "Совет безопасности ООН в своей резолюции 2427 осудил вербовку детей.",
        {"S/RES/2427(2018)": None},
    ),
    (
        "ru",
        "Мандат миссии был продлен резолюцией Совета безопасности ООН 2178.",
        {"S/RES/2178(2014)": None},
    ),
    (
        "ru",
        "Об этом говорилось и в резолюции 2165, принятой Советом Безопасности по гуманитарному вопросу.",
        {"S/RES/2165(2014)": None},
    ),
    (
        "ar",
        "وأشارت الوزارة إلى قرار الجمعية العامة للامم المتحدة رقم 181 بشأن مستقبل حكومة فلسطين.",
        {f"{_R}181(II)": None},
    ),
    (
        "ru",
        "Об этом говорится в резолюции Генассамблеи ООН 71/313 от 6 июля 2017 года о статистике.",
        {f"{_R}71/313": "2017-07-06"},
    ),
    (
        "ar",
        "وشدد البيان على تنفيذ القرارين 1325 و 1820 الصادرين عن مجلس الأمن بشأن المرأة.",
        {"S/RES/1325(2000)": None, "S/RES/1820(2008)": None},
    ),
    (
        "ar",
        "والقراران 1540 و 2178 الصادران عن مجلس الأمن يلزمان الدول.",
        {"S/RES/1540(2004)": None, "S/RES/2178(2014)": None},
    ),
]

_ADOPTION_SLOT: list[Row] = [
    (
        "ar",
        "واعتمد مجلس الأمن في تموز/يوليه 2014 القرار 2165 بشأن إيصال المساعدات عبر الحدود.",
        {"S/RES/2165(2014)": None},
    ),
    ("ar", "وأصدر مجلس الأمن في عام 2013 القرار 2118 بشأن الأسلحة الكيميائية.", {"S/RES/2118(2013)": None}),
    (
        "ar",
        "واعتمد مجلس الأمن في 27 أيلول/سبتمبر 2013 القرار 2118 بالإجماع.",
        {"S/RES/2118(2013)": "2013-09-27"},
    ),
    ("ar", "واعتمد مجلس الأمن أيضا القرار 2118 بشأن الأسلحة الكيميائية.", {"S/RES/2118(2013)": None}),
    ("ar", "وكان مجلس الأمن الدولي قد أصدر القرار 2178 بشأن الحالة الإنسانية.", {"S/RES/2178(2014)": None}),
    ("ru", "Совбез ООН также принял резолюцию 2388 о прекращении огня.", {"S/RES/2388(2017)": None}),
    ("ru", "Совет Безопасности ранее единогласно принял резолюцию 2254.", {"S/RES/2254(2015)": None}),
]

ROWS = _OLD_ASSEMBLY + _ACTOR + _PRESS_NAMES + _ADOPTION_SLOT

#: look-alikes, read as before: another organisation's assembly by the press's short name, the
#: Council's name before a report's year, a number the known numbers leave between two sessions,
#: an adoption's month with no number after it, a clitic before another body's number
_AS_BEFORE: list[Row] = [
    (
        "ru",
        "Генассамблея Интерпола в резолюции 12 одобрила доклад; см. также резолюцию 70/1.",
        {f"{_R}70/1": None},
    ),
    (
        "ru",
        "Совет Безопасности в докладе 2019 года отметил резолюцию 2254 (2015).",
        {"S/RES/2254(2015)": None},
    ),
    (
        "ar",
        "وأشار الوفد إلى قرار الجمعية العامة للأمم المتحدة رقم 1541 وإلى القرار 70/1.",
        {f"{_R}70/1": None},
    ),
    (
        "ar",
        "واعتمد مجلس الأمن في آب/أغسطس 2006 بيانا رئاسيا، ثم القرار 70/1 للجمعية العامة.",
        {f"{_R}70/1": None},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_found(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _AS_BEFORE)
def test_as_before(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)
