"""A capital followed by an apostrophe is an elided article or pronoun ("L'Assemblée", "D'autres",
"S'agissant"), never a part's letter, whether on the number's line or on the next (a heading's
number with the text's first line under it). Passages written for these tests in UN style."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

_ROWS: list[tuple[str, str, list[str]]] = [
    # (text, lang, targets expected in order)
    ("Résolution 80/21\nL'Assemblée générale,\nRappelant sa résolution 79/12,\n", "fr", ["A/RES/79/12"]),
    ("Résolution 80/21\nL’Assemblée générale,\nRappelant sa résolution 79/12,\n", "fr", ["A/RES/79/12"]),
    (
        "Rappelant sa résolution 76/300 L'Assemblée générale y a reconnu le droit à un environnement sain,",
        "fr",
        ["A/RES/76/300"],
    ),
    ("Prenant note de la résolution 75/1 D'autres mesures restent nécessaires.", "fr", ["A/RES/75/1"]),
    ("Vu la décision 78/548 S'agissant du calendrier des réunions,", "fr", ["A/DEC/78/548"]),
    # look-alikes that keep their part letter
    ("Rappelant sa résolution 48/77 B du 16 décembre 1993,", "fr", ["A/RES/48/77B"]),
    ("Rappelant ses résolutions 49/222 A et B,", "fr", ["A/RES/49/222A", "A/RES/49/222B"]),
    ("Recalling its resolution 71/178 A,\nand its resolution 72/1,", "en", ["A/RES/71/178A", "A/RES/72/1"]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), _ROWS)
def test_an_elided_capital_is_no_part_letter(text: str, lang: str, expected: list[str]) -> None:
    res = extract_text(text, source="t.txt", lang=lang)
    assert [c.target for c in res.citations] == expected
