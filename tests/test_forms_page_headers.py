"""A dated list broken by a page whose running header prints the symbol and the title on one
line ("A/RES/76/150 Title of the text" above "22-00417 2/6"), in every language, when the
title is printed nowhere else in the passage: the header goes, every item and date is kept —
table-driven, passages written for these tests in UN style."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text
from rescite.engine.normalise import normalise

_ITEMS = {"A/RES/60/147": "2005-12-16", "A/RES/62/148": "2007-12-18", "A/RES/64/153": "2009-12-18"}

ROWS: list[tuple[str, str, dict[str, str]]] = [
    (
        "en",
        "The General Assembly,\n\n"
        "Recalling its resolutions 60/147 of 16 December 2005, 62/148 of 18 December 2007\n"
        "A/RES/76/150 Protection of migrants in transit\n22-00417 2/6\n"
        "and 64/153 of 18 December 2009,",
        _ITEMS,
    ),
    (
        "fr",
        "L'Assemblée générale,\n\n"
        "Rappelant ses résolutions 60/147 du 16 décembre 2005, 62/148 du 18 décembre 2007\n"
        "A/RES/76/150 Protection des migrants en transit\n22-00417 2/6\n"
        "et 64/153 du 18 décembre 2009,",
        _ITEMS,
    ),
    (
        "es",
        "La Asamblea General,\n\n"
        "Recordando sus resoluciones 60/147, de 16 de diciembre de 2005, 62/148, de 18 "
        "de diciembre de 2007,\nA/RES/76/150 Protección de los migrantes en tránsito\n22-00417 2/6\n"
        "y 64/153, de 18 de diciembre de 2009,",
        _ITEMS,
    ),
    (
        "ru",
        "Генеральная Ассамблея,\n\nссылаясь на свои резолюции 60/147 от 16 декабря 2005 года, 62/148 от 18 "
        "декабря 2007 года\nA/RES/76/150 Защита мигрантов в пути\n2/6 22-00417\n"
        "и 64/153 от 18 декабря 2009 года,",
        _ITEMS,
    ),
    (
        "ar",
        "إن الجمعية العامة،\n\nإذ تشير إلى قراراتها 60/147 المؤرخ 16 كانون الأول/ديسمبر 2005 و 62/148 المؤرخ "
        "18 كانون الأول/ديسمبر 2007\nA/RES/76/150 حماية المهاجرين العابرين\n22-00417 2/6\n"
        "و 64/153 المؤرخ 18 كانون الأول/ديسمبر 2009،",
        _ITEMS,
    ),
    (
        "zh",
        "大会，\n\n回顾其2005年12月16日第60/147号、2007年12月18日第62/148号、\n"
        "A/RES/76/150 保护过境移民\n22-00417 2/6\n2009年12月18日第64/153号决议，",
        _ITEMS,
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_header_of_symbol_and_title_on_one_line(lang: str, text: str, expected: dict[str, str]) -> None:
    res = extract_text(text, lang=lang)
    got = {c.target: c.date for c in res.citations if c.target and c.target != res.document.source_id}
    assert got == expected
    assert res.document.source_id == "A/RES/76/150"


def test_a_sentence_that_opens_with_a_symbol_stays() -> None:
    line = "A/76/214 and A/76/215, and of its resolution 64/153,"
    text = (
        "The General Assembly,\n\nTaking note of the reports of the Secretary-General\n"
        f"{line}\n22-00417 2/6\nand of resolution 62/148,"
    )
    assert line in normalise(text).text
    assert {"A/76/215", "A/RES/64/153", "A/RES/62/148"} <= set(extract_text(text).targets())


def _title_first(text: str) -> str:
    """The same passage with its running header printed title first: "Title A/RES/76/150"."""
    head, rest = text.split("A/RES/76/150 ", 1)
    title, tail = rest.split("\n", 1)
    return f"{head}{title} A/RES/76/150\n{tail}"


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_header_of_title_and_symbol_on_one_line(lang: str, text: str, expected: dict[str, str]) -> None:
    res = extract_text(_title_first(text), lang=lang)
    got = {c.target: c.date for c in res.citations if c.target and c.target != res.document.source_id}
    assert got == expected
    assert res.document.source_id == "A/RES/76/150"
