"""Symbols: the words of a symbol's ending bracket, links that write a symbol, and a number's
session marks written as the Latin ones."""

from __future__ import annotations

import functools
import re

from ..models import Record
from . import lexicon, recache
from .lexicon import fold
from .retools import alt_or_never, roman
from .rules import patterns
from .tables import kept_table

_FIRST_DIGIT = recache.compile(r"\d")
_SESSION_IN_BRACKETS = recache.compile(r"(?P<head>\d{1,4} ?(?:[A-H] ?)?)\((?P<mark>[^()\d]{1,8}\d{1,2})\)")


#: a number and its part's letter written as a word ("82/54 باء")
_PART_WORD = recache.compile(r"(.*\d) ([^\W\d_]{2,})")


def latin_marks(num: str, lang: str) -> str:
    """A text's number written with its language's session marks as the Latin one: a special
    session's number ("دإ-30/1" -> "S-30/1", "دإ ط-10/24" -> "ES-10/24") and a session in
    brackets ("1514 (د-15)" -> "1514 (XV)"), a part's letter written as a word ("82/54 باء" ->
    "82/54 B"); any other number as it is."""
    pat = patterns(lang)
    names = pat.letter_names or {}
    word = _PART_WORD.fullmatch(num) if names and not num.isascii() else None
    if word is not None and word.group(2) in names:
        num = f"{word.group(1)} {names[word.group(2)]}"
    if num.startswith(("S-", "ES-")):
        return num
    if not num[:1].isdigit():
        digit = _FIRST_DIGIT.search(num)
        rx = pat.special_before
        mark = rx.fullmatch(num, 0, digit.start()) if digit is not None and rx is not None else None
        if mark is None or digit is None:
            return num
        return ("ES-" if mark.group("es") else "S-") + num[digit.start() :]
    old = _SESSION_IN_BRACKETS.fullmatch(num)
    session = pat.session_mark.fullmatch(old.group("mark")) if old is not None and pat.session_mark else None
    if old is None or session is None:
        return num
    special = "ES-" if session.group("es") else "S-" if session.group("s") else ""
    return f"{old.group('head')}({special}{roman(int(session.group('n')))})"


class SymbolTails(Record):
    """The words of the bracket that ends a symbol, from every language's ``symbols`` table:
    an alternation of the words a figure follows ("Sect. 24"), of those a roman numeral
    follows ("Part I"), of those standing alone ("Introduction"), and the symbol's own word
    for each as written, by its folded form ("secc." → "Sect.")."""

    numbered: str
    roman: str
    alone: str
    own: dict[str, str]

    __slots__ = ("alone", "numbered", "own", "roman")

    def __init__(self, numbered: str, roman: str, alone: str, own: dict[str, str]) -> None:
        self.numbered, self.roman, self.alone, self.own = numbered, roman, alone, own


@functools.lru_cache(maxsize=1)
def symbol_tails() -> SymbolTails:
    """:class:`SymbolTails` of every language (symbols are read before a text's language is known);
    kept between runs (:func:`kept_table`): built, it folds the words of every language, and
    those of Arabic, Chinese and Russian through the table of wide characters (``chars._wide``),
    at every start of the engine — a refresh of one changed English file among them."""
    return kept_table("symbol-tails", _symbol_tails, (SymbolTails,))


def _symbol_tails() -> SymbolTails:
    own: dict[str, str] = {}
    groups: dict[str, list[str]] = {"tail_numbered": [], "tail_roman": [], "tail_alone": []}
    for lang in lexicon.load().languages.values():
        table = lang.raw.get("symbols", {})
        for key, words in groups.items():
            for written, symbol_word in table.get(key, {}).items():
                words.append(written)
                own[fold(written)] = symbol_word
    return SymbolTails(
        alt_or_never(groups["tail_numbered"]),
        alt_or_never(groups["tail_roman"]),
        alt_or_never(groups["tail_alone"]),
        own,
    )


#: the word of a symbol's bracket ("(Secc. 24)"): letters, perhaps a dot
_TAIL_WORD = recache.compile(r"(?<=\()[^\W\d_]+\.?")


def symbol_as_own(symbol: str) -> str:
    """A symbol with the words of its ending bracket as the symbol itself writes them:
    "A/79/6 (Secc. 24)" → "A/79/6 (Sect. 24)" (the same document in another language's text)."""
    if "(" not in symbol:
        return symbol
    own = symbol_tails().own
    return _TAIL_WORD.sub(lambda m: own.get(fold(m.group()), m.group()), symbol)


@functools.lru_cache(maxsize=1)
def link_symbols() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Links that write a symbol their own way (``symbols.link_symbols``: the symbol in group
    "sym", its slashes encoded or made underscores) with "" — and links whose path holds a
    symbol's numbers (``symbols.link_numbers``) with the symbol's template."""
    out: list[tuple[re.Pattern[str], str]] = []
    for lang in lexicon.load().languages.values():
        table = lang.raw.get("symbols", {})
        out += [(recache.compile(form), "") for form in table.get("link_symbols", [])]
        out += [(recache.compile(form), made) for form, made in table.get("link_numbers", {}).items()]
    return tuple(out)
