"""Alternations written faster keep their matches: a lookbehind that opens every alternative of
``grammar.organisation_before_noun`` is written once before them (retools.look_hoisted)."""

import re

import pytest

from rescite.grammar.retools import _group_end, look_hoisted

_ALTS = [
    r"(?:(?<![\w.])[A-Z]{2,6}[ \t]+)",
    r"(?:(?<![\w.])(?i:city|court)[ \t]+)",
    r"(?:(?<![\w.])[a-z]+'s[ \t]+)",
]


@pytest.mark.parametrize(
    ("alts", "hoisted"),
    [
        (_ALTS, r"(?<![\w.])(?:(?:[A-Z]{2,6}[ \t]+)|(?:(?i:city|court)[ \t]+)|(?:[a-z]+'s[ \t]+))"),
        # (no lookbehind shared by all: the plain alternation)
        ([*_ALTS, "(?:组织)"], "(?:" + "|".join([*_ALTS, "(?:组织)"]) + ")"),
        (["(?:组织)", "(?:法院)"], "(?:(?:组织)|(?:法院))"),
    ],
)
def test_hoisted_string(alts: list[str], hoisted: str) -> None:
    assert look_hoisted(alts) == hoisted


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("the WIPO decision", "WIPO "),
        ("by the City decision", "City "),
        ("the town's decision", "town's "),
        ("see x.OSCE decision", None),
        ("the council decision", None),
    ],
)
def test_hoisted_same_matches(text: str, found: str | None) -> None:
    head = text.rindex("decision")
    plain = re.compile(f"(?:{'|'.join(_ALTS)})$").search(text, max(0, head - 32), head)
    fast = re.compile(f"{look_hoisted(_ALTS)}$").search(text, max(0, head - 32), head)
    assert (fast.group() if fast else None) == (plain.group() if plain else None) == found


@pytest.mark.parametrize(
    ("pattern", "end"),
    [
        ("(?:(?<![]()])x)", 13),
        ("(?:(?<![^])(])x)", 14),
        (r"(?:(?<=\()x)", 10),
        ("(?:(?<=a(b)c)x)", 13),
        ("(?:(?<=a", -1),
    ],
)
def test_group_end(pattern: str, end: int) -> None:
    assert _group_end(pattern) == end
