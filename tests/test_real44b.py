"""Forms met reading real public texts in Arabic and Russian of kinds earlier passes had not read
(issue 7, pass 44b: treaty bodies' concluding observations and lists of issues in Russian and
Arabic copies, Arab press and agencies' reports on the Security Council's mandates, Arab
organisations' pages on the Assembly's resolutions by date, Russian encyclopaedia and legal
database pages, Russian press on the Council), each written for these tests in UN style
(numbers, dates and wording invented):

- a final element with a blank before its dot, as copies of treaty bodies' texts write it after
  a spaced slash ("CCPR/C/UZB/ Q /3/ Add .1"): the symbol with its element (was cut before it);
- a number in quotes after its noun and number word, as the Arab press writes the Council's
  ("القرار رقم «2334»"): the number (was unread);
- a part's letter between the number and the Assembly's name after it ("Резолюция 377 A
  Генеральной Ассамблеи", "resolution 377 A of the General Assembly"; ru/en
  ``grammar.assembly_number``): the lettered part (the number was unread with its letter);
- an Assembly number turned round in brackets after its noun and number word, with only the
  year of its sentence before it ("في عام 1979، أصدرت الجمعية العامة قرارها رقم (90/34)"): the
  number turned round where that year fits it (was unread; with its date after it, it was read);
- the Council's number alone in the first sentence of the paragraph after the Council's dated
  sentence, as news go on ("… حتى 17 آذار 2025.⏎⏎وشدد المجلس في القرار الذي حمل الرقم 2727"):
  the Council's number (was read only within one paragraph);
- the year alone after the Council's number, linked by a word of a date ("Security Council
  resolution 2139 of 2014", ru "от 2014 года", ar "لعام 2014", and the legal style's "of the
  year", "قرار مجلس الأمن رقم 688 لسنة 1991"; ar ``dates.year_leads``): the Council's resolution
  of that year, where its numbering allows it (was unresolved where the numbering leaves two
  years or more).
"""

from __future__ import annotations

import pytest

from passages import assert_exact

# (language, passage, each target with its date alone, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]

_BLANK_DOT: list[Row] = [
    (
        "ru",
        "Комитет также приветствует письменные ответы (CCPR/C/KAZ/ Q /2/ Add .1) на перечень вопросов.",
        {"CCPR/C/KAZ/Q/2/Add.1": None},
    ),
    (
        "ar",
        "وترد ردود الدولة الطرف على قائمة القضايا في الوثيقة CEDAW/C/JOR/Q/6/Add .1.",
        {"CEDAW/C/JOR/Q/6/Add.1": None},
    ),
    (
        "ru",
        "См. исправление к докладу (E/C.12/BLR/5/ Corr .1) и ответы государства.",
        {"E/C.12/BLR/5/Corr.1": None},
    ),
]

_QUOTED: list[Row] = [
    (
        "ar",
        "وقد تبنى مجلس الأمن الدولي القرار رقم «2286» الذي يدين الهجمات على المرافق الطبية.",
        {"S/RES/2286(2016)": None},
    ),
    (
        "ar",
        "وأصدر مجلس الأمن القرار رقم “2379” بشأن المساءلة عن الجرائم.",
        {"S/RES/2379(2017)": None},
    ),
]

_LETTER: list[Row] = [
    (
        "ru",
        "Резолюция 377 A Генеральной Ассамблеи ООН стала основой для созыва чрезвычайных специальных сессий.",
        {"A/RES/377A(V)": None},
    ),
    (
        "ru",
        "Как известно, резолюция 181 А Генеральной Ассамблеи предусматривала раздел подмандатной территории.",
        {"A/RES/181A(II)": None},
    ),
    (
        "en",
        "The procedure set out in resolution 377 A of the General Assembly was invoked once more.",
        {"A/RES/377A(V)": None},
    ),
]

_TURNED: list[Row] = [
    (
        "ar",
        "وفي عام 1983، اعتمدت الجمعية العامة للأمم المتحدة قرارها رقم (86/38)، وتطلب فيه إلى"
        " الأمين العام تقديم تقرير.",
        {"A/RES/38/86": None},
    ),
    (
        "ar",
        "في مثل هذا اليوم من عام 1992 أصدرت الجمعية العامة قرارها (120/47) بشأن خطة للسلام.",
        {"A/RES/47/120": None},
    ),
]

_NEXT_PARAGRAPH: list[Row] = [
    (
        "ar",
        "اعتمد مجلس الأمن في 14 تموز/يوليه 2023 قرارا بشأن هايتي.\n\n"
        "وطلب المجلس في القرار الذي حمل الرقم 2692 من الأمين العام تقديم تقرير.",
        {"S/RES/2692(2023)": None},
    ),
    (
        "ru",
        "27 августа 2009 года Совет Безопасности продлил мандат ВСООНЛ.\n\n"
        "Резолюция 1884 призывает стороны соблюдать перемирие.",
        {"S/RES/1884(2009)": None},
    ),
]

_YEAR_AFTER: list[Row] = [
    (
        "ar",
        "وأشار الوفد إلى قرار مجلس الأمن الدولي رقم 794 لسنة 1992 بشأن الصومال.",
        {"S/RES/794(1992)": None},
    ),
    (
        "ar",
        "وطالب البيان بتنفيذ قرار مجلس الأمن 2401 لعام 2018 تنفيذا كاملا.",
        {"S/RES/2401(2018)": None},
    ),
    (
        "en",
        "The delegation recalled Security Council resolution 2139 of 2014 on aid.",
        {"S/RES/2139(2014)": None},
    ),
    (
        "ru",
        "Стороны сослались на резолюцию Совета Безопасности 2139 от 2014 года.",
        {"S/RES/2139(2014)": None},
    ),
]

ROWS = _BLANK_DOT + _QUOTED + _LETTER + _TURNED + _NEXT_PARAGRAPH + _YEAR_AFTER

# look-alikes: read as before
_AS_BEFORE: list[Row] = [
    # (a quoted number no noun stands before: a title's figure, no citation)
    ("ar", "وتطرق البرنامج الذي يحمل عنوان «2030» إلى القرار 2286 (2016).", {"S/RES/2286(2016)": None}),
    # (a number in brackets turned round whose sentence's year does not fit it: not turned)
    (
        "ar",
        "في عام 2001 أصدرت الجمعية العامة قرارها رقم (86/38)، وأشارت إلى قرارها 55/2.",
        {"A/RES/55/2": None},
    ),
    # (a year after the Council's number that its numbering does not allow: unresolved, as before)
    # (2130: a number the anchor table leaves between two years, 2139 now placed in 2014)
    ("en", "Security Council resolution 2130 of 2010 was cited.", {"": None}),
    # (a State's council's decree "of the year": no Council of the United Nations)
    (
        "ar",
        "وصدر قرار مجلس قيادة الثورة رقم 666 لسنة 1980، وأشار إليه قرار مجلس الأمن 1546 (2004).",
        {"S/RES/1546(2004)": None},
    ),
    # (the Assembly's number with its session in brackets after the letter: as before)
    ("ru", "резолюция 377 A (V) Генеральной Ассамблеи", {"A/RES/377A(V)": None}),
    # (the next paragraph names another body: its number, not the Council's)
    (
        "ar",
        "اعتمد مجلس الأمن في 14 تموز/يوليه 2023 قرارا بشأن هايتي.\n\n"
        "وفي قرار الجمعية العامة 77/1 ترحيب بذلك.",
        {"A/RES/77/1": None},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_found(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _AS_BEFORE)
def test_as_before(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)
