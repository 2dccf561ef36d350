"""review22s: rule tables built the same in every run (the compiled-pattern cache finds them)."""

from __future__ import annotations

import re

import pytest

from rescite.grammar import rules


@pytest.mark.parametrize("lang", ["", "en", "fr", "es", "ru", "ar", "zh"])
def test_org_actor_gate_in_a_fixed_order(lang: str) -> None:
    # the gate's words longest first, then by their letters: not in the order of a set
    words = [re.sub(r"\\(.)", r"\1", w) for w in rules.patterns(lang).org_actor_gate.pattern.split("|")]
    assert len(words) > 1
    assert words == sorted(words, key=lambda w: (-len(w), w))
