"""speed34: patterns tried only within reach of the characters every match holds
(:func:`rescite.grammar.retools.finditer_anchored`) give the matches a plain ``finditer`` gives."""

from __future__ import annotations

import re

import pytest

from rescite.engine import heading
from rescite.grammar.retools import anchor_reach, finditer_anchored

_BLANK_NUM = r"(?:^|[\s\]])(?P<num>(?:S-|ES-)?\d{1,4}/\d{1,4})\.\s+(?=[A-Z][a-z])"
_NOUN_NUM = r"\b(?P<kind>Motion|Ruling)\s+(?P<num>\d{1,4}/\d{1,4})\s+(?=[A-Z][a-z])"
_CJK_NUM = r"(?:^|[\s\]])(?P<num>\d{1,4}/\d{1,4})[ \t]*[.．][ \t]*(?=[\u4e00-\u9fff])"

# (pattern, text): invented passages, numbers and wording
ROWS = [
    (_BLANK_NUM, "41/7. Water for all 41/8. Roads"),
    (_BLANK_NUM, "[no committee] ES-12/3. Peace"),
    (_BLANK_NUM, "x12/3. No A/B/C 9/9. Ab 1/1.  Cd"),
    (_CJK_NUM, "决议 12/4．大会 13/5. 大会"),
    (_NOUN_NUM, "XMotion 3/4 Ab Motion 3/5 Cd"),
    (_NOUN_NUM, "Ruling 7/1 Ruling 7/2 Ef"),
    (r"(?<![\w/])(?P<num>\d{1,3}(?: ?\(\d{4}\))?)/(?P<p>\d+)", "9 (2011)/3, 12/4 and 15/6/7"),
    (r"(?:^|\s)(?P<num>\d{1,4})(?:[A-H])?/\d+", "7/1 8A/2 c9/3 10B/4"),
    (r"\s(?P<a>x|yz)[-:]\d", " x-1 yz:2 x:3 w-4"),
    (r"(?:^|[\s\]])(?P<num>\d{1,4}/\d{1,4})", "1/2 3/4"),
]


@pytest.mark.parametrize(("pattern", "text"), ROWS)
def test_the_same_matches_as_finditer(pattern: str, text: str) -> None:
    pat = re.compile(pattern)
    want = [(m.span(), m.groupdict()) for m in pat.finditer(text)]
    got = [(m.span(), m.groupdict()) for m in finditer_anchored(pat, text)]
    assert got == want
    assert want  # (every row has a match to find)


@pytest.mark.parametrize(
    ("pattern", "anchors", "width"),
    [
        (r"(?:^|[\s\]])(?P<num>(?:S-|ES-)?\d{1,4}/\d{1,4})\.", "[/]", 8),
        (r"\s(?P<a>x|yz)[-:]\d", "[xy]", 1),
        (r"(?:^|\s)\d{1,4}[.．]\s", r"[\.．]", 5),
        (r"\b(?P<kind>Motion|Ruling)\s+\d", "[MR]", 0),
    ],
)
def test_anchors_read_from_the_pattern(pattern: str, anchors: str, width: int) -> None:
    got = anchor_reach(re.compile(pattern))
    assert got is not None
    assert (got[0].pattern, got[2]) == (anchors, width)


@pytest.mark.parametrize(
    "pattern",
    [
        r"^\s*Motion (?P<num>\d+/\d+)",  # tried at the text's start only: nothing to gain
        r"Motion (?P<num>\d+/\d+)",  # led by its literal text already
        r"(?i)\s+motion/\d",  # case-blind
        r"\s+\d+/\d",  # an unbounded part before the first literal character
        r"(\d)/\1",  # a numbered back-reference
        r"\s?\d*",  # may match empty
    ],
)
def test_no_anchors(pattern: str) -> None:
    assert anchor_reach(re.compile(pattern)) is None


@pytest.mark.parametrize("text", ["", "no number here", "12/3. Title without body", "A/RES/1/2 1/2. A b"])
def test_the_heading_patterns_unchanged(text: str) -> None:
    # the lexicon's inline heading patterns, each as finditer gives it
    for pat, _after in heading._line_scans("own_number_inline"):
        want = [(m.span(), m.groupdict()) for m in pat.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in finditer_anchored(pat, text)] == want
