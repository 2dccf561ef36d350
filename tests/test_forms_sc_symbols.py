"""A Security Council symbol written without its year ("S/RES/2250") is completed from a date
written beside it or from the anchor table, and is never given an id the contract does not
know; when neither tells the year it stays unresolved with the reason."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text
from rescite.grammar.council import sc_year_of

CASES = [
    # (passage, targets, unresolved reasons)
    ("Recalling S/RES/1612 (2005) on children and armed conflict,", ["S/RES/1612(2005)"], []),
    ("See S/RES/2 and the letter of the Secretary-General.", ["S/RES/2(1946)"], []),
    # a number the anchor table holds: its year, with or without the series' letters
    (
        "Recalling Security Council resolution 1325 and S/RES/1373,",
        ["S/RES/1325(2000)", "S/RES/1373(2001)"],
        [],
    ),
    (
        "Noting the commentary in U.N. Doc. S/RES/2397, and the debate that followed,",
        [],
        ["Security Council resolution 2397 without its year (its number leaves 2017 or 2018 open)"],
    ),
]


@pytest.mark.parametrize(("text", "targets", "reasons"), CASES)
def test_sc_symbol_without_year(text: str, targets: list[str], reasons: list[str]) -> None:
    result = extract_text(text, lang="en")
    assert [str(c.target) for c in result.citations if c.target] == targets
    assert [c.reason for c in result.citations if c.target is None] == reasons
    assert all(c.target != "S/RES/2397" for c in result.citations)


@pytest.mark.parametrize(
    ("number", "date", "year"),
    [
        (1, None, 1946),
        (2417, "2018-05-24", 2018),
        (2417, "1990-05-24", None),
        (1325, "2000-10-31", 2000),
        # a resolution of the anchor table: its year is known without a date
        (1325, None, 2000),
        (1973, None, 2011),
        # … and one between two anchors of different years is not
        (1326, None, None),
    ],
)
def test_sc_year_of(number: int, date: str | None, year: int | None) -> None:
    got = sc_year_of(number, date)
    if year is None:
        assert got is None or (date is not None and got != int(date[:4]))
    else:
        assert got == year
