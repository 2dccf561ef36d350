"""Forms that meet in one sentence or note (issue 7), found by fresh probes and written here in UN
style (invented numbers, dates and topics): a body outside the Assembly's series, then a list of
the Assembly's texts whose body stands between the noun and the numbers (Arabic); the year in
brackets of a legal citation after a lettered part's symbol; the date bracket that ends a legal
citation whose chain names no document. Each form with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from passages import by_language
from rescite.engine.extract import extract_text

Cited = list[tuple[str, str | None, str | None]]


def _cited(text: str) -> Cited:
    return [(c.text, c.target, c.date) for c in extract_text(text).citations]


# a legal citation's year in brackets after a lettered part's symbol is no element of the symbol
_PART_YEAR: list[tuple[str, str, Cited]] = [
    (
        "fr",
        "Rés. AG 57/270 B, Doc. off. AG NU, 57e sess., Doc. NU A/RES/57/270 B (2003).",
        [("57/270 B", "A/RES/57/270B", None), ("A/RES/57/270 B", "A/RES/57/270B", None)],
    ),
    ("en", "See U.N. Doc. A/RES/49/60 A (1994).", [("A/RES/49/60 A", "A/RES/49/60A", None)]),
    ("es", "Véase el documento A/RES/64/243 B (2010).", [("A/RES/64/243 B", "A/RES/64/243B", None)]),
]
_PART_YEAR_SAME: list[tuple[str, str, Cited]] = [
    ("en", "See U.N. Doc. S/RES/1325 (2000).", [("S/RES/1325 (2000)", "S/RES/1325(2000)", None)]),
    ("en", "See U.N. Doc. A/RES/2200 A (XXI).", [("A/RES/2200 A (XXI)", "A/RES/2200A(XXI)", None)]),
    ("fr", "Voir A/RES/57/270 B (24 juin 2003).", [("A/RES/57/270 B", "A/RES/57/270B", "2003-06-24")]),
]


@pytest.mark.parametrize(("lang", "note", "expected"), by_language(_PART_YEAR, _PART_YEAR_SAME))
def test_the_year_after_a_lettered_part_is_the_citations(lang: str, note: str, expected: Cited) -> None:
    assert _cited(f"{note}\n") == expected
