"""Dates written where a language puts them: French plural "des … et …" for the parts of a
lettered resolution, and a Chinese date before the noun and the symbol of a statement.
Passages written for these tests in the style of UN texts."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

CASES = [
    (
        "fr",
        "Rappelant ses résolutions 58/41 A et B des 9 décembre 2003 et 2 avril 2004,",
        {"A/RES/58/41A": "2003-12-09", "A/RES/58/41B": "2004-04-02"},
    ),
    (
        "fr",
        "Rappelant ses résolutions 58/41 A et B, adoptées les 9 décembre 2003 et 2 avril 2004,",
        {"A/RES/58/41A": "2003-12-09", "A/RES/58/41B": "2004-04-02"},
    ),
    (
        "zh",
        "回顾安全理事会主席2022年3月14日的声明（S/PRST/2022/2），",
        {"S/PRST/2022/2": "2022-03-14"},
    ),
    (
        "zh",
        "又回顾安全理事会主席2022年3月14日声明(S/PRST/2022/2)和大会第76/262号决议，",
        {"S/PRST/2022/2": "2022-03-14", "A/RES/76/262": None},
    ),
]


@pytest.mark.parametrize(("lang", "text", "dates"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_dates_where_each_language_writes_them(lang: str, text: str, dates: dict[str, str | None]) -> None:
    assert {c.target: c.date for c in extract_text(text, lang=lang).citations} == dates
    assert {c.target: c.date for c in extract_text(text).citations} == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # "des" before a name, not a date: no date taken
        (
            "Rappelant ses résolutions 58/41 du 9 décembre 2003 et 59/12 des Nations Unies,",
            {"A/RES/58/41": "2003-12-09", "A/RES/59/12": None},
        ),
        # a Chinese date that belongs to a meeting, not to a text's noun
        ("回顾2022年3月14日会议(S/PV.8990)，", {"S/PV.8990": None}),
    ],
)
def test_no_date_taken_from_words_that_are_not_the_texts(text: str, dates: dict[str, str | None]) -> None:
    assert {c.target: c.date for c in extract_text(text).citations} == dates
