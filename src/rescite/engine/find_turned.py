"""A number in brackets right after its noun in a copy set right to left, which may write the
session and the number turned round ("قرارها (90/34) المؤرخ 12 كانون الأول/ديسمبر 1979" for the
Assembly's 34/90), or the number word between ("قرارها رقم (90/34)"): kept only where the resolver
turns it round (no body holds it as written, the date written after it, or else the year its
sentence gives before it, fits it turned round: :data:`TURNED_BRACKET`);
the form without brackets is the numbered finder's."""

from __future__ import annotations

import functools
import re

from ..grammar import lexicon, recache
from ..grammar.dates import parse_date
from ..grammar.rules import patterns
from .find_base import Raw

#: the rule's name: the resolver's result is kept only where it turned the number round
TURNED_BRACKET = "number in brackets after its noun, read turned round"
#: the resolver's words for a number it turned round (its binding rule holds them)
TURNED_HOW = "number turned round, its date fits"
#: a session's number and a text's number in brackets: the scan's literal start is the bracket
_BRACKETED = recache.compile(r"\((?P<n>[1-9]\d{0,2}/[1-9]\d{0,3})\)")


@functools.lru_cache(maxsize=8)
def turns_numbers(scope: str) -> bool:
    """Do copies of texts in language ``scope`` write a session and a number turned round (its
    lexicon's ``grammar.numbers_turned``: a script set right to left)?"""
    lang = lexicon.load().languages.get(scope)
    return lang is not None and bool(lang.raw["grammar"].get("numbers_turned"))


@functools.lru_cache(maxsize=4)
def _noun_before(scope: str) -> re.Pattern[str]:
    """A resolution's noun and the blanks that end where the bracket opens."""
    noun = lexicon.resolution_noun(scope)
    # (… and the number word after it: "قرارها رقم (90/34)")
    number = lexicon.alternation(lexicon.gather("footnotes.number", lexicon.scope(scope))) or "(?!)"
    return recache.compile(rf"(?<!\w)(?:{noun})(?:[ \t]++(?:{number}))?[ \t]*+$")


def find_turned_brackets(text: str, scope: str, found: list[Raw]) -> list[Raw]:
    """The numbers in brackets right after a resolution's noun with their date after them, in a
    text of a language whose copies turn numbers round (:func:`turns_numbers`; no mention of
    ``found`` standing on them)."""
    if "(" not in text or not turns_numbers(scope):
        return []
    spans = [(r.start, r.end) for r in found]
    pat = patterns(scope)
    out: list[Raw] = []
    for m in _BRACKETED.finditer(text):
        noun = _noun_before(scope).search(text, max(0, m.start() - 24), m.start())
        if noun is None or any(a < m.end("n") and m.start("n") < b for a, b in spans):
            continue
        tail = pat.item_tail.match(text, m.end())
        if tail is None or tail.group("body"):
            continue
        # (no date after it: the resolver reads the year its sentence gives before it)
        date = parse_date(tail) if tail.group("date") else None
        if tail.group("date") and date is None:
            continue
        raw = Raw(m.start("n"), m.end("n"), "res", number=m.group("n"), letter=None)
        raw.date, raw.kw_start, raw.rule = date, noun.start(), TURNED_BRACKET
        raw.tail_end = tail.end() if date else m.end()
        raw.evidence.append(f"in brackets after {noun.group().strip()}")
        out.append(raw)
    return out


def kept(rule: str) -> bool:
    """Is a resolution of this module's mention kept (the resolver's ``rule``: it turned the
    number round)?"""
    return TURNED_HOW in rule
