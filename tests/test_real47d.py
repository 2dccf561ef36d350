"""Forms met reading real public texts in Russian of kinds earlier passes had not read (issue 7,
pass 47d: the press on the Security Council's votes, legal databases' copies of the Council's
resolutions under headings in capitals, law journals' and school pages on the rights of the child,
Belarusian and Kazakh official pages, encyclopaedia pages, treaty bodies' general comments), each
written for these tests in UN style (numbers, dates and wording invented where the rule does not
depend on them):

- a heading in capitals that opens its line with the noun and the Council's number without its
  year, the body's name and the date after it, as legal databases head their copies
  ("РЕЗОЛЮЦИЯ 1390 СОВЕТА БЕЗОПАСНОСТИ ООН ОТ 16 ЯНВАРЯ 2002 ГОДА"): read as the same heading in
  lower case is, the number with its date (was lost: only a number with its session's or year's
  bracket was read in a title in capitals, never at the start of its line); over the Council's
  own text, its body's line under it, the heading is that text's own id since pass 51d;
- the manner of the adoption or its vote's count between the participle set off by a comma and
  the Council's name ("резолюция № 1846, одобренная 15 членами Совета Безопасности", "…, принятая
  единогласно Советом Безопасности", en "adopted by all 15 members of the Security Council", fr
  "adoptée par les 15 membres du Conseil de sécurité"; the lexicons' ``grammar.adoption_members``):
  the Council's number (was lost); another organisation's council after them is not the Council;
- the Declaration of the Rights of the Child by its name in the six languages (``instruments.csv``
  ``CHILD_DECLARATION``): the Assembly's resolution 1386 (XIV) (was not cited); the Geneva
  declaration of 1924 is not it, by its year or by the city's name before the title;
- an instrument's date after its title, as laws, articles and school pages write it ("Конвенция
  о правах ребенка от 20 ноября 1989 года", "the Convention … of 20 November 1989", "…, принятой
  Генеральной Ассамблеей ООН 10 декабря 1948 г.", a date in figures): the instrument's date (was
  undated); a date of its ratification or entry into force, or after another body, is not;
- a slash typed after the dot of a symbol's lettered element ("A/79/L./75", the Cyrillic "А"
  perhaps first; "A/HRC/55/L./12", "Add./1"): the symbol whole (was unread); not where no listed
  series opens it.
"""

from __future__ import annotations

import pytest

from passages import SC, assert_dates, dates_of
from rescite.engine.extract import extract_text

# (language, passage, each target with its date alone, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]

_CAPITALS: list[Row] = [
    # (the same heading over the Council's own text, its body's line under it, is its own id since
    # pass 51d in Russian and 52a in English: tests/test_real51d.py, tests/test_real52a.py; over an
    # article it is cited, as here)
    (
        "en",
        "RESOLUTION 1390 OF THE SECURITY COUNCIL OF 16 JANUARY 2002\n\n"
        "The author looks at how States carried out its measures.",
        {"S/RES/1390(2002)": "2002-01-16"},
    ),
]

_MEMBERS: list[Row] = [
    (
        "ru",
        "Резолюция №1846, одобренная 15 членами Совета Безопасности, продлила полномочия государств.",
        {"S/RES/1846(2008)": None},
    ),
    (
        "ru",
        "Резолюция 1851, принятая единогласно Советом Безопасности, расширила эти полномочия.",
        {"S/RES/1851(2008)": None},
    ),
    (
        "ru",
        "Резолюция 1846, одобренная всеми членами Совета Безопасности ООН, продлила их на год.",
        {"S/RES/1846(2008)": None},
    ),
    (
        "en",
        "Resolution 1846, adopted by all 15 members of the Security Council, renewed the authorization.",
        {"S/RES/1846(2008)": None},
    ),
    (
        "fr",
        "La résolution 1846, adoptée par les 15 membres du Conseil de sécurité, a renouvelé l'autorisation.",
        {"S/RES/1846(2008)": None},
    ),
]

_CHILD_DECLARATION: list[Row] = [
    (
        "ru",
        "В этот день в 1959 году Генеральная Ассамблея провозгласила Декларацию прав ребенка.",
        {"A/RES/1386(XIV)": None},
    ),
    ("ru", "Принципы Декларации прав ребёнка легли в основу школьной программы.", {"A/RES/1386(XIV)": None}),
    (
        "en",
        "The principles of the Declaration of the Rights of the Child guide the programme.",
        {"A/RES/1386(XIV)": None},
    ),
    (
        "fr",
        "Les principes de la Déclaration des droits de l'enfant guident le programme.",
        {"A/RES/1386(XIV)": None},
    ),
    (
        "es",
        "Los principios de la Declaración de los Derechos del Niño orientan el programa.",
        {"A/RES/1386(XIV)": None},
    ),
    ("ar", "تسترشد الخطة بمبادئ إعلان حقوق الطفل.", {"A/RES/1386(XIV)": None}),
    ("zh", "该方案以《儿童权利宣言》的原则为指导。", {"A/RES/1386(XIV)": None}),
]

_INSTRUMENT_DATE: list[Row] = [
    (
        "ru",
        "Конвенция о правах ребенка от 20 ноября 1989 года ратифицирована Республикой в 1994 году.",
        {"UNTS/1577/27531": "1989-11-20"},
    ),
    (
        "ru",
        "Закон основан на Международном пакте о гражданских и политических правах от 16 декабря 1966 года.",
        {"UNTS/999/14668": "1966-12-16"},
    ),
    (
        "ru",
        "Анализ следует начать с Всеобщей декларации прав человека, принятой Генеральной Ассамблеей ООН "
        "10 декабря 1948 г. Делегация тогда воздержалась.",
        {"A/RES/217A(III)": "1948-12-10"},
    ),
    (
        "ru",
        "Положения Конвенции о правах ребенка от 20.11.1989 применяются судами.",
        {"UNTS/1577/27531": "1989-11-20"},
    ),
    (
        "en",
        "The Act gives effect to the Convention on the Rights of the Child of 20 November 1989.",
        {"UNTS/1577/27531": "1989-11-20"},
    ),
    (
        "fr",
        "La loi applique la Convention relative aux droits de l'enfant du 20 novembre 1989.",
        {"UNTS/1577/27531": "1989-11-20"},
    ),
]

_DOT_SLASH: list[Row] = [
    ("ru", "Проект резолюции А/79/L./75 был внесен группой государств.", {"A/79/L.75": None}),
    ("ru", "Проект резолюции A/HRC/55/L./12 был принят без голосования.", {"A/HRC/55/L.12": None}),
    ("en", "See document A/78/100/Add./1 for the details.", {"A/78/100/Add.1": None}),
]

# look-alikes: as before (each passes on 7a1fdbdd too)
_AS_BEFORE: list[Row] = [
    # a heading in capitals with its year's bracket: as before
    (
        "ru",
        "РЕЗОЛЮЦИЯ 1390 (2002) СОВЕТА БЕЗОПАСНОСТИ\n\nСобрание утверждает отчет.",
        {"S/RES/1390(2002)": None},
    ),
    # a heading in capitals of another body's numbered text: nothing
    ("ru", "РЕЗОЛЮЦИЯ 12 ОБЩЕГО СОБРАНИЯ АКЦИОНЕРОВ ОТ 5 МАЯ 2020 ГОДА\n\nСобрание утверждает отчет.", {}),
    # another organisation's council after the count: not the Security Council
    ("ru", "Резолюция 1846, одобренная 15 членами Совета Европы, продлила мандат.", {}),
    # the count with no body after it: nothing
    ("ru", "Резолюция 1846, одобренная 15 членами, продлила мандат.", {}),
    # the Geneva declaration of 1924 is not the Assembly's
    ("ru", "Женевская декларация прав ребенка 1924 года была первым таким текстом.", {}),
    ("ru", "Декларация прав ребенка 1924 года была первым таким текстом.", {}),
    ("en", "The Declaration of the Rights of the Child of 1924 was the first such text.", {}),
    ("en", "The Geneva Declaration of the Rights of the Child was a first step.", {}),
    ("ru", "Женевская декларация прав ребенка стала первым шагом.", {}),
    ("ru", "В Женевской Декларации прав ребенка было пять принципов.", {}),
    # a date of ratification or entry into force after the instrument: undated
    (
        "ru",
        "Конвенция о правах ребенка, ратифицированная 13 июня 1990 года, действует.",
        {"UNTS/1577/27531": None},
    ),
    (
        "en",
        "The Convention on the Rights of the Child, which entered into force on 2 September 1990, binds it.",
        {"UNTS/1577/27531": None},
    ),
    # the date after another body than the Assembly: undated
    (
        "ru",
        "Конвенция о правах ребенка, одобренная Советом Безопасности 20 ноября 1989 года.",
        {"UNTS/1577/27531": None},
    ),
    # "./" with no listed series before it: no symbol
    ("ru", "См. www.example.org/L./75 и AG/RES./2976.", {}),
]

ROWS = _CAPITALS + _MEMBERS + _CHILD_DECLARATION + _INSTRUMENT_DATE + _DOT_SLASH


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_found(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_dates(dates_of(text, lang, unresolved=""), expected)


@pytest.mark.parametrize(("lang", "text", "expected"), _AS_BEFORE)
def test_as_before(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_dates(dates_of(text, lang, unresolved=""), expected)


def test_council_text_heading() -> None:
    """The heading in capitals over the Council's own text: its own id (pass 51d; was cited)."""
    text = (
        "РЕЗОЛЮЦИЯ 1526 СОВЕТА БЕЗОПАСНОСТИ ООН ОТ 30 ЯНВАРЯ 2004 ГОДА\n\n"
        + SC["ru"]
        + "ссылаясь на свои резолюции 1267 (1999) и 1333 (2000),"
    )
    res = extract_text(text, lang="ru")
    assert res.document.source_id == "S/RES/1526(2004)"
    assert {str(c.target) for c in res.citations} == {"S/RES/1267(1999)", "S/RES/1333(2000)"}
