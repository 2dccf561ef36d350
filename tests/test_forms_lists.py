"""Short-form symbol lists and ranges, symbols of any series by the symbol grammar, and
compressed treaty footnotes — table-driven, passages written for these tests in UN style."""

from __future__ import annotations

import pytest

from passages import by_language
from rescite.engine.extract import extract_text

ROWS: list[tuple[str, str, list[str]]] = [
    # every member of a short-form list, ranges bounded, none truncated
    (
        "en",
        "The Committee considered the item at its meetings (A/C.2/61/SR.3-5, 9 and 11).",
        [f"A/C.2/61/SR.{n}" for n in (3, 4, 5, 9, 11)],
    ),
    (
        "fr",
        "Voir les comptes rendus analytiques (A/C.5/60/SR.12, 14 et 17).",
        ["A/C.5/60/SR.12", "A/C.5/60/SR.14", "A/C.5/60/SR.17"],
    ),
    (
        "es",
        "Véanse las actas resumidas (A/C.4/59/SR.2-4 y 8).",
        ["A/C.4/59/SR.2", "A/C.4/59/SR.3", "A/C.4/59/SR.4", "A/C.4/59/SR.8"],
    ),
    # a bare last number keeps its width: years of a working paper series
    (
        "en",
        "See the working papers of the Special Committee (A/AC.131/1998, 2000-2002 and 2006).",
        ["A/AC.131/1998", "A/AC.131/2000", "A/AC.131/2001", "A/AC.131/2002", "A/AC.131/2006"],
    ),
    # a number that is a day of a date is no member
    ("en", "Draft resolution (A/75/L.9, 4 December 2020).", ["A/75/L.9"]),
    # symbols of series by their shape: three elements with a number, or a numbered element
    (
        "en",
        "Taking note of the reports JIU/REP/2020/4 and LOS/PCN/112, and of document LC/L.4100,",
        ["JIU/REP/2020/4", "LOS/PCN/112", "LC/L.4100"],
    ),
    ("en", "Recalling the HIV/AIDS response and the SDG/16 indicators,", []),
    # compressed treaty footnotes: several volumes of one registration, a range of numbers
    (
        "en",
        "5 United Nations, Treaty Series, vols. 1520, 2045 and 2210, No. 26369.",
        ["UNTS/1520/26369", "UNTS/2045/26369", "UNTS/2210/26369"],
    ),
    (
        "en",
        "6 United Nations, Treaty Series, vol. 82, Nos. 1021–1023.",
        ["UNTS/82/1021", "UNTS/82/1022", "UNTS/82/1023"],
    ),
    ("fr", "7 Nations Unies, Recueil des Traités, vol. 1612, n° 28104.", ["UNTS/1612/28104"]),
]


@pytest.mark.parametrize(("lang", "text", "targets"), by_language(ROWS))
def test_lists_and_symbols(lang: str, text: str, targets: list[str]) -> None:
    res = extract_text(text, lang=lang)
    assert res.targets() == targets
    assert all(c.text == text[c.start : c.end] for c in res.citations)


def test_a_long_range_is_bounded() -> None:
    res = extract_text("See the summary records (A/C.3/70/SR.1-900).")
    assert res.targets() == ["A/C.3/70/SR.1"]
