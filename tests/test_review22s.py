"""review22s: rule tables built the same in every run (the compiled-pattern cache finds them)."""

from __future__ import annotations

import re

import pytest

from rescite.engine import find_council
from rescite.grammar import rules


@pytest.mark.parametrize("lang", ["", "en", "fr", "es", "ru", "ar", "zh"])
def test_org_actor_gate_in_a_fixed_order(lang: str) -> None:
    # the gate's words longest first, then by their letters: not in the order of a set
    words = [re.sub(r"\\(.)", r"\1", w) for w in rules.patterns(lang).org_actor_gate.pattern.split("|")]
    assert len(words) > 1
    assert words == sorted(words, key=lambda w: (-len(w), w))


# (text, positions in order): a paragraph's start found from the one before it is the same as
# read from the text's start
@pytest.mark.parametrize(
    ("text", "positions"),
    [
        ("Recalling resolution 1325 (2000),\nand 1820 (2008),\n\nNoting 1888 (2009)", [26, 44, 70]),
        ("a\n \t\nb (2001)\nc (2002)\n\n\nd (2003)", [7, 16, 28]),
        ("one line (2010) and (2011) and (2012)", [9, 20, 31]),
        ("\n\n(2014)\n(2015)", [2, 9]),
    ],
)
def test_paragraph_start_from_the_one_before(text: str, positions: list[int]) -> None:
    before = (0, 0)
    for pos in positions:
        start = find_council._paragraph_start(text, pos, before)
        assert start == find_council._paragraph_start(text, pos)
        before = (pos, start)
