"""Forms met reading real public texts in Russian of kinds earlier passes had read less (issue 7,
pass 55d: the Council's resolutions as students' and legal portals copy them under a heading of
their own, encyclopaedia pages and their machine-made copies on the Council's and the Assembly's
resolutions, news agencies' items on the Council's debates, journal abstracts on the Assembly's
resolutions on refugees, pages on the conventions on narcotic drugs and on refugees, the
Organization's Russian pages of conventions), each written for these tests in UN style (numbers,
dates and wording invented where the rule does not need real ones):

- the heading of a copy that names the body before the number and its sign, the date perhaps
  after the number or on the first line with words under it ("Резолюция Совета Безопасности ООН
  №1234⏎⏎(Нью-Йорк, 9 апреля 1999 г.)", "… № 688 от 5 апреля 1991 года"; ru
  ``heading.own_number``; the Council's year from that date or from its numbering,
  ``heading._council_named_first_year``): the text's own id (was none, and the number a citation);
  not over an article that names the Council alone below it (the Assembly's heading of that shape
  was read already);
- the Council's numbers of 2014 and 2015 that the anchor table left between two years
  (``sc_anchors.csv``: 2133 of 27 January 2014 and 2196 of 22 January 2015, the first of their
  years): the Council's, with their year (were unresolved);
- the relative clause of the passive after the number and its body ("Резолюция 688 Совета
  Безопасности ООН, которая была принята 5 апреля 1991 года, …"; ru ``grammar.date_intro``): the
  number's date (was undated); not where the clause names another body;
- an encyclopaedia's title "Резолюция 46/182 Генеральной Ассамблеи ООН" over its account, whose
  first sentence names the number again (``heading._restated_below``): the title no own id, the
  number cited and dated (both were lost as the text's own id); a copy's heading over the
  Assembly's line keeps its own id;
- a treaty's name, then a comma, the participle of its conclusion or adoption, the place and the
  date ("Конвенции о статусе беженцев, заключенной в Женеве 28 июля 1951 года", "…, принятой в
  г. Нью-Йорке 20 ноября 1989 года"; ru ``grammar.instrument_done_at``,
  ``find.done_at``): the treaty's date (was undated); the Single Convention named without
  its year before them (ru ``instruments.SINGLE_1961``) is the convention of 1961 (was missed); not
  a State's signature ("подписанную в Нью-Йорке …"), nor the convention named with its amendments.
"""

from __future__ import annotations

import pytest

from passages import assert_dates, assert_exact
from rescite.engine.extract import extract_text

# (language, passage, each target with its date alone, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]
#: (language, passage, the text's own id — None: none, its targets with their dates)
OwnRow = tuple[str, str, str | None, dict[str, str | None]]

#: a news item's first line, so that the passage is no text of the body it names next
NEWS = "Об этом сообщило агентство со ссылкой на источник.\n\n"

_BODY_FIRST: list[OwnRow] = [
    (
        "ru",
        "Резолюция Совета Безопасности ООН №1234\n\n(Нью-Йорк, 9 апреля 1999 г.)\n\nСовет Безопасности,\n\n"
        "ссылаясь на свою резолюцию 1160 (1998),\n\n1. призывает стороны к сдержанности;",
        "S/RES/1234(1999)",
        {"S/RES/1160(1998)": None},
    ),
    (
        "ru",
        "Резолюция Совета Безопасности ООН № 688 от 5 апреля 1991 года\n\nСовет Безопасности,\n\n"
        "ссылаясь на свою резолюцию 678 (1990),\n\n1. призывает стороны к сдержанности;",
        "S/RES/688(1991)",
        {"S/RES/678(1990)": None},
    ),
]

_BODY_FIRST_AS_BEFORE: list[OwnRow] = [
    (
        "ru",
        "Резолюция Генеральной Ассамблеи ООН № 46/182\n\nГенеральная Ассамблея,\n\nссылаясь на свою "
        "резолюцию 45/100 от 14 декабря 1990 года,",
        "A/RES/46/182",
        {"A/RES/45/100": "1990-12-14"},
    ),
    (
        "ru",
        "Резолюция Генеральной Ассамблеи ООН от 19 декабря 1991 г. N 46/182\n\nГенеральная Ассамблея,\n\n"
        "ссылаясь на свою резолюцию 45/100,",
        "A/RES/46/182",
        {"A/RES/45/100": None},
    ),
    (
        "ru",
        "Резолюция Совета Безопасности ООН № 2334\n\nРезолюция была принята 23 декабря 2016 года "
        "четырнадцатью голосами при одном воздержавшемся.",
        None,
        {"S/RES/2334(2016)": None},
    ),
    (
        "ru",
        "Постановление Совета Федерации № 123\n\nСовет Федерации постановляет одобрить закон.",
        None,
        {},
    ),
    (
        "ru",
        "Резолюция 1234 (1999) Совета Безопасности ООН\n\nСовет Безопасности,\n\nссылаясь на свою "
        "резолюцию 1160 (1998),",
        "S/RES/1234(1999)",
        {"S/RES/1160(1998)": None},
    ),
]

_ANCHORS: list[Row] = [
    (
        "ru",
        NEWS + "Совбез ООН провел заседание по Украине. Постпред назвал проект прямым нарушением "
        "резолюции 2202.",
        {"S/RES/2202(2015)": None},
    ),
    (
        "ru",
        NEWS + "Совет Безопасности ООН продлил мандат миссии. Санкции были введены резолюцией 2136.",
        {"S/RES/2136(2014)": None},
    ),
    (
        "ru",
        "Совет Безопасности,\n\nссылаясь на свои резолюции 2134 и 2198,",
        {"S/RES/2134(2014)": None, "S/RES/2198(2015)": None},
    ),
]

_ANCHORS_AS_BEFORE: list[Row] = [
    (
        "ru",
        NEWS + "Совбез ООН провел заседание по Сирии. Постпред назвал проект нарушением резолюции 2256.",
        {"": None},
    ),
    ("ru", "Совет Безопасности,\n\nссылаясь на свою резолюцию 2202 (2015),", {"S/RES/2202(2015)": None}),
]

_RELATIVE_PASSIVE: list[Row] = [
    (
        "ru",
        NEWS + "Резолюция 688 Совета Безопасности ООН, которая была принята 5 апреля 1991 года, "
        "потребовала прекратить репрессии.",
        {"S/RES/688(1991)": "1991-04-05"},
    ),
    (
        "ru",
        NEWS + "Резолюция 46/182 Генеральной Ассамблеи, которая была единогласно принята 19 декабря "
        "1991 года, укрепила координацию помощи.",
        {"A/RES/46/182": "1991-12-19"},
    ),
]

_RELATIVE_PASSIVE_AS_BEFORE: list[Row] = [
    (
        "ru",
        NEWS + "Резолюция 46/182 Генеральной Ассамблеи, которая была принята Советом 5 мая 2007 года, "
        "укрепила координацию.",
        {"A/RES/46/182": None},
    ),
    (
        "ru",
        NEWS + "Резолюция 688 Совета Безопасности ООН, которая была принята позднее, потребовала "
        "прекратить репрессии.",
        {"S/RES/688(1991)": None},
    ),
]

_TREATY_CONCLUDED: list[Row] = [
    (
        "ru",
        "Российская Федерация является участницей Конвенции о статусе беженцев, заключенной в Женеве "
        "28 июля 1951 года.",
        {"UNTS/189/2545": "1951-07-28"},
    ),
    (
        "ru",
        "Закон основывается на Конвенции о правах ребенка, принятой в г. Нью-Йорке 20 ноября 1989 года.",
        {"UNTS/1577/27531": "1989-11-20"},
    ),
    (
        "ru",
        "Государство является участником Единой конвенции о наркотических средствах, заключенной в "
        "Нью-Йорке 30 марта 1961 года.",
        {"UNTS/520/7515": "1961-03-30"},
    ),
    (
        "ru",
        "Конференция была созвана для принятия Единой конвенции о наркотических средствах.",
        {"UNTS/520/7515": None},
    ),
]

_TREATY_CONCLUDED_AS_BEFORE: list[Row] = [
    (
        "ru",
        "Ратифицировать Конвенцию о правах ребенка, подписанную в Нью-Йорке 26 января 1990 года.",
        {"UNTS/1577/27531": None},
    ),
    (
        "ru",
        "Государство является участником Единой конвенции о наркотических средствах 1961 года с "
        "поправками, внесенными в нее Протоколом 1972 года.",
        {"UNTS/976/14152": None},
    ),
    (
        "ru",
        "Российская Федерация является участницей Конвенции о статусе беженцев от 28 июля 1951 года.",
        {"UNTS/189/2545": "1951-07-28"},
    ),
]


def _own_and_dates(lang: str, text: str) -> tuple[str | None, dict[str, set[str | None]]]:
    res = extract_text(text, lang=lang)
    got: dict[str, set[str | None]] = {}
    for c in res.citations:
        got.setdefault(c.target or "", set()).add(c.date)
    return res.document.source_id, got


@pytest.mark.parametrize(("lang", "text", "own", "expected"), _BODY_FIRST + _BODY_FIRST_AS_BEFORE)
def test_body_first_heading(lang: str, text: str, own: str | None, expected: dict[str, str | None]) -> None:
    source_id, got = _own_and_dates(lang, text)
    assert source_id == own
    assert_dates(got, expected, exact=True)


@pytest.mark.parametrize(("lang", "text", "expected"), _ANCHORS + _ANCHORS_AS_BEFORE)
def test_council_year_anchors(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _RELATIVE_PASSIVE + _RELATIVE_PASSIVE_AS_BEFORE)
def test_relative_passive_date(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


_RESTATED = (
    "Резолюция 46/182 Генеральной Ассамблеи ООН\nРезолюция 46/182 Генеральной Ассамблеи ООН была "
    "принята 19 декабря 1991 года на сорок шестой сессии и укрепила координацию помощи."
)
_HEADING_OVER_TEXT = (
    "Резолюция 46/182 Генеральной Ассамблеи ООН\n\nГенеральная Ассамблея,\n\nссылаясь на свою "
    "резолюцию 45/100,"
)


def test_title_restated_below() -> None:
    source_id, got = _own_and_dates("ru", _RESTATED)
    assert source_id is None
    assert_dates(got, {"A/RES/46/182": "1991-12-19"})


def test_heading_over_the_text_as_before() -> None:
    source_id, got = _own_and_dates("ru", _HEADING_OVER_TEXT)
    assert source_id == "A/RES/46/182"
    assert_dates(got, {"A/RES/45/100": None}, exact=True)


@pytest.mark.parametrize(("lang", "text", "expected"), _TREATY_CONCLUDED + _TREATY_CONCLUDED_AS_BEFORE)
def test_treaty_concluded_at(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)
