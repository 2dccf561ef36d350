"""Russian passages (written for these tests, in UN style) → the targets and dates they cite.
The text's own symbol (its masthead) is never one of its citations."""

from __future__ import annotations

import pytest

from passages import assert_passage
from rescite.engine.extract import extract_text

CASES: list[tuple[str, dict[str, str | None]]] = [
    (
        "Ссылаясь на резолюцию 64/293 Генеральной Ассамблеи от 30 июля 2010 года,",
        {"A/RES/64/293": "2010-07-30"},
    ),
    (
        "ссылаясь на свои резолюции 31/16 A и 32/5 A и B,",
        {"A/RES/31/16A": None, "A/RES/32/5A": None, "A/RES/32/5B": None},
    ),
    (
        "ссылаясь на резолюции Генеральной Ассамблеи 60/1–60/3,",
        {"A/RES/60/1": None, "A/RES/60/2": None, "A/RES/60/3": None},
    ),
    (
        "принимая к сведению доклад Генерального секретаря (A/72/276 и Corr.2),",
        {"A/72/276": None, "A/72/276/Corr.2": None},
    ),
    (
        "ссылаясь на резолюции Совета Безопасности 1325 (2000) от 31 октября 2000 года и "
        "1820 (2008) от 19 июня 2008 года,",
        {"S/RES/1325(2000)": "2000-10-31", "S/RES/1820(2008)": "2008-06-19"},
    ),
    (
        "приветствуя резолюцию 27/2 Комиссии по предупреждению преступности и уголовному правосудию "
        "от 18 мая 2018 года и решение 2006/14 Экономического и Социального Совета,",
        {"E/CN.15/RES/27/2": "2018-05-18", "E/DEC/2006/14": None},
    ),
    (
        "__________\n1 Организация Объединенных Наций, Серия договоров, т. 2225, № 39574.\n"
        "2 Там же, т. 2237, № 39574.",
        {"UNTS/2225/39574": None, "UNTS/2237/39574": None},
    ),
    (
        "ссылаясь на резолюцию 217 А (III) Генеральной Ассамблеи от 10 декабря 1948 года,",
        {"A/RES/217A(III)": "1948-12-10"},
    ),
    (
        "ссылаясь на свои резолюции 32/5 А и В и 49/222 А–С,",
        {
            "A/RES/32/5A": None,
            "A/RES/32/5B": None,
            "A/RES/49/222A": None,
            "A/RES/49/222B": None,
            "A/RES/49/222C": None,
        },
    ),
    (
        "ссылаясь на свои резолюции 48/77 B от 16 декабря 1993 года и 50/70 M от 12 декабря 1995 года,",
        {"A/RES/48/77B": "1993-12-16", "A/RES/50/70M": "1995-12-12"},
    ),
    (
        "принимая к сведению доклад Генерального секретаря (A/72/276 и Corr.1 и 2),",
        {"A/72/276": None, "A/72/276/Corr.1": None, "A/72/276/Corr.2": None},
    ),
]

MASTHEADS = [
    "Организация Объединенных Наций A/RES/72/150\nГенеральная Ассамблея Distr.: General\n"
    "8 January 2018\n\nСемьдесят вторая сессия\nПункт 107 повестки дня\n\n"
    "Резолюция, принятая Генеральной Ассамблеей 19 декабря 2017 года\n\n"
    "72/150. Улучшение координации усилий\n\nГенеральная Ассамблея,\n\n"
    "ссылаясь на свои резолюции 61/144 от 19 декабря 2006 года и 64/178 от 18 декабря 2009 года,\n",
    "A/RES/72/150\n\nГенеральная Ассамблея,\n\nссылаясь на свои резолюции 61/144 и 64/178,\n",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_russian_passage(text: str, expected: dict[str, str | None]) -> None:
    assert_passage(text, expected)


@pytest.mark.parametrize("text", MASTHEADS)
def test_russian_masthead_is_the_own_id(text: str) -> None:
    res = extract_text(text)
    assert res.document.source_id == "A/RES/72/150"
    assert "A/RES/72/150" not in res.targets()
    assert {"A/RES/61/144", "A/RES/64/178"} <= set(res.targets())


@pytest.mark.parametrize(
    "text",
    [
        # the part letter and the session both in Cyrillic look-alikes
        "ссылаясь на резолюцию 1803 В (ХVII) Генеральной Ассамблеи,",
        # the part letter in Cyrillic, the session in Latin letters
        "ссылаясь на резолюцию 1803 В (XVII) Генеральной Ассамблеи,",
    ],
)
def test_cyrillic_part_letter_and_session(text: str) -> None:
    assert extract_text(text).targets() == ["A/RES/1803B(XVII)"]
