from __future__ import annotations

import pytest

from rescite.normalise import normalise

CASES = [
    ("plain ascii", "plain ascii"),
    ("n\u00a0o\u2009x", "n o x"),
    ("l\u2019Assembl\u00e9e \u00abg\u00e9n\u00e9rale\u00bb", 'l\'Assemblée "générale"'),
    ("r\u00e9solu\u00adtion 64/293", "résolution 64/293"),
    ("Ge\u0301ne\u0301rale 64/293", "Générale 64/293"),
    ("intergovern-\nmental 64/293", "intergovernmental 64/293"),
    ("line\r\nbreak", "line \nbreak"),
    ("see A/RES/\n64/293 now", "see A/RES/64/293 now"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_normalised_view(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


@pytest.mark.parametrize(("raw", "_"), CASES)
def test_offsets_map_back(raw: str, _: str) -> None:
    n = normalise(raw)
    i = n.text.find("64/293")
    if i >= 0:
        s, e = n.span(i, i + 6)
        assert raw[s:e] == "64/293"
    assert n.to_original(len(n.text)) == len(raw)
