"""``first_chars``: a class holding every character a non-empty match may start with, and the
Chinese number's head (``post_head``) searched with it finding what it found without it."""

from __future__ import annotations

import re
import sys

import pytest

from rescite.grammar.retools import first_chars, led
from rescite.grammar.rules import patterns

CASES = [
    (r"abc|d", ["abc", "d"], ["b", "x"]),
    (r"(?:x)?\s*+y", ["y", " y", "xy"], ["z"]),
    (r"(?i:may)\s+\d", ["May 3", "MAY 4"], ["june"]),
    (r"[0-3]?\d年", ["12年", "9年"], ["年"]),
    (r"(?=q)qr|(?P<g>s)?t", ["qr", "st", "t"], ["r"]),
]


@pytest.mark.parametrize(("regex", "starts", "never"), CASES)
def test_class_holds_every_first_character(regex: str, starts: list[str], never: list[str]) -> None:
    first = first_chars(re.compile(regex))
    assert first is not None
    for text in starts:
        assert re.compile(regex).match(text) and re.match(first, text[0]), text
    for ch in never:
        assert not re.match(first, ch), ch


@pytest.mark.parametrize("regex", [r".b", r"[^a]b", r"(a)?\1b"])
def test_unread_parts_give_none(regex: str) -> None:
    assert first_chars(re.compile(regex)) is None


HEADS = [
    "大会2011年12月19日第66/137号决议",
    "大会于2009年3月18日通过的第63/241号决议",
    "回顾其2004年12月20日和21日第59/1和59/2号决议",
    "大会2014年6月3日关于青年问题的第68/270号决议",
    "安全理事会 第2417(2018)号决议",
    "其第 40/3号决定",
]


@pytest.mark.parametrize("text", HEADS)
def test_post_head_finds_what_it_found(text: str) -> None:
    new = patterns("zh").post_head
    assert new is not None
    inner = new.pattern[new.pattern.index(")(?P<poss>") + 1 : -len("|$)")]
    old = re.compile(inner)
    for s in range(len(text) + 1):
        for lo in (0, max(0, s - 10)):
            a, b = old.search(text, lo, s), new.search(text, lo, s)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (s, lo)


PINS = [
    ("en", "as set out in paragraph 4 of", "of"),
    ("fr", "conformément au paragraphe 12 de la", "la"),
    ("es", "de conformidad con el párrafo 7 de la", "la"),
    ("ru", "ссылаясь на пункт 3 ", " "),
]


@pytest.mark.parametrize(("lang", "text", "_tail"), PINS)
def test_led_pattern_finds_what_it_found(lang: str, text: str, _tail: str) -> None:
    new = patterns(lang).pin_before
    old = re.compile(new.pattern[new.pattern.index(")(?P<pin>") + 1 :], new.flags)
    found = 0
    for s in range(len(text) + 1):
        a, b = old.search(text, 0, s), new.search(text, 0, s)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), s
        found += b is not None
    assert found  # the pinpoint is there


@pytest.mark.parametrize(("regex", "changed"), [(r"ab|c", True), (r"a?b?", False), (r".b", False)])
def test_led_only_where_no_match_is_empty(regex: str, changed: bool) -> None:
    pattern = re.compile(regex)
    assert (led(pattern) is not pattern) is changed


def test_without_the_private_parser_the_pattern_is_used_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    """``re._parser`` is CPython's internal module: where it is missing or other, the reader of
    first characters gives None, and the patterns stay as they are (no speed-up, same matches)."""
    import importlib

    from rescite.grammar import retools

    real = importlib.import_module

    def missing(name: str, package: str | None = None) -> object:
        if name in ("re._parser", "re._constants"):
            raise ImportError(name)
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", missing)
    for name in ("re._parser", "re._constants"):  # (not loaded with re: imported, and missing)
        monkeypatch.delitem(sys.modules, name)
    assert retools._first_chars_or_none(re.compile(r"(?:para|art)\w* \d+"), False) is None
