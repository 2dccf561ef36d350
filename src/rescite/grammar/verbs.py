"""Verbs and the words about them: a clause's or a body line's verb, an adoption's noun, finite
words, nouns written as verbs, and the words that lead a code or a document's label."""

from __future__ import annotations

import functools
import re

from . import lexicon, recache
from .lexicon import CJK, alternation, alternation_trie, fold
from .retools import alt_or_never, gather_all, led_compile


@functools.lru_cache(maxsize=1)
def clause_verb() -> re.Pattern[str]:
    """A verb of the lexicons opening a clause of its own after a comma or a joining word ("…, and
    reaffirming", "и подтверждая", perhaps after an adverb): the subject of that clause is the
    citing body, so a possessive after it is that body's, not a body's named before the verb."""
    verbs = [v for lang in lexicon.load().languages.values() for v, _ in lang.verbs]
    joiners = lexicon.gather("grammar.verb_joiners")
    adverbs = lexicon.gather("verbs.adverbs")
    lead = rf"(?:[,\u060c\uff0c]|(?<!\w){alternation(joiners)})" if joiners else r"[,\u060c\uff0c]"
    adverb = rf"(?:{alternation_trie(adverbs, ignore_case=True)}\s++)?" if adverbs else ""
    return recache.compile(
        rf"{lead}\s*+{adverb}{alternation_trie(verbs, ignore_case=True)}(?!\w)", re.IGNORECASE
    )


@functools.lru_cache(maxsize=1)
def body_line_verb() -> re.Pattern[str]:
    """The comma after a body's name, then a verb of the lexicons (an adverb perhaps before it),
    glued to the next word in a script without spaces: the body's line run into its first
    paragraph, as a page's text flattened into one line holds it ("Комиссия по положению
    женщин, ссылаясь на …", "人权理事会，回顾其…") — matched right after the name."""
    verbs = [v for lang in lexicon.load().languages.values() for v, _ in lang.verbs]
    # (… the adverbs written before a verb too: "妇女地位委员会，又回顾其…")
    adverbs = list(dict.fromkeys(lexicon.gather("verbs.adverbs") + lexicon.gather("verbs.leading_adverbs")))
    adverb = rf"(?:{alternation_trie(adverbs, ignore_case=True)}(?:\s++|(?<=[{CJK}])))?" if adverbs else ""
    return recache.compile(
        rf"\s*+[,\u060c\uff0c]\s*+{adverb}{alternation_trie(verbs, ignore_case=True)}(?:(?!\w)|(?<=[{CJK}]))",
        re.IGNORECASE,
    )


@functools.lru_cache(maxsize=1)
def body_line_verb_below() -> re.Pattern[str]:
    """The end of a body's name's line with no comma, then a verb of the lexicons (an adverb
    perhaps before it) opening the next line that is not blank: the adopting body's line as copies
    write it without its comma ("大会⏎⏎回顾其…", Wikisource's) — matched right after the name; not a
    heading's noun that is also a verb, its number after it ("决定 70/2. Title": a decision's)."""
    verbs = [v for lang in lexicon.load().languages.values() for v, _ in lang.verbs]
    adverbs = list(dict.fromkeys(lexicon.gather("verbs.adverbs") + lexicon.gather("verbs.leading_adverbs")))
    adverb = rf"(?:{alternation_trie(adverbs, ignore_case=True)}(?:\s++|(?<=[{CJK}])))?" if adverbs else ""
    verb = alternation_trie(verbs, ignore_case=True)
    return recache.compile(rf"[ \t]*+\n\s*+{adverb}{verb}(?:(?!\w)|(?<=[{CJK}]))(?![ \t]*\d)", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def adoption_noun() -> re.Pattern[str]:
    """The noun of an adoption (the lexicons' ``grammar.adoption_nouns``: "adoption", "принятие",
    "通过"): a date beside an agent's name is the adoption's only where it is written there ("the
    consideration by the Council on 6 October 2023 of its resolutions …" dates no adoption)."""
    nouns = lexicon.gather("grammar.adoption_nouns")
    return recache.compile(alternation(nouns) if nouns else r"(?!)", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def finite_words() -> dict[str, re.Pattern[str]]:
    """Each language's finite verbs and modals of a sentence's subject that no title holds (the
    lexicons' ``grammar.finite_words``, as written, whole words: "must", "doit", "должно"), by its
    code; a language that lists none is not in the table."""
    out: dict[str, re.Pattern[str]] = {}
    for code, lang in lexicon.load().languages.items():
        words = lang.raw["grammar"].get("finite_words", [])
        if words:
            out[code] = recache.compile(rf"(?<![\w'\u2019-])(?:{alternation(words)})(?![\w'\u2019-])")
    return out


@functools.lru_cache(maxsize=1)
def noun_as_verb() -> tuple[frozenset[str], re.Pattern[str] | None]:
    """The nouns of texts that are verbs of the lexicons too (Chinese "决定": a decision, and
    decides), and what written before one makes it the verb: a leading adverb glued to it ("还决定
    2026/27 财政期间": also decides) or a paragraph's number alone before it on its line ("1. 决定
    2024/2025 两年期"). (None: no such noun.)"""
    nouns = {fold(n) for n in lexicon.gather("nouns.resolution") + lexicon.gather("nouns.decision")}
    verbs = {fold(v) for lang in lexicon.load().languages.values() for v, _ in lang.verbs}
    both = frozenset(nouns & verbs)
    adverbs = lexicon.gather("verbs.leading_adverbs")
    if not both:
        return both, None
    adverb = alternation(adverbs) if adverbs else "(?!)"
    return both, recache.compile(rf"(?:(?:^|\n)[ \t]*\d{{1,3}}[.\uff0e][ \t]*(?:{adverb})?|(?:{adverb}))$")


def _whole_words(key: str) -> re.Pattern[str]:
    """The lexicons' words under ``key`` as whole words, case aside (in scripts written without
    spaces, as they stand); a pattern that never matches where no language gives any."""
    words = lexicon.gather(key)
    if not words:
        return recache.compile(r"(?!)")
    return recache.compile(rf"(?<![^\W{CJK}])(?:{alternation(words)})(?![^\W{CJK}])", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def back_word() -> re.Pattern[str]:
    """The words that make a body's short name point back to the body of that kind named before
    (the lexicons' ``grammar.back_words``: "of that Assembly", "du même Conseil", "той же
    Ассамблеи", "该大会"), not to the citing body; whole words, but in scripts written without spaces."""
    return _whole_words("grammar.back_words")


@functools.lru_cache(maxsize=1)
def organisation_words() -> re.Pattern[str]:
    """Another organisation's organ or a State's, as a whole word (the lexicons'
    ``grammar.organisation_actors``: "Municipal Council", "Conseil municipal", "Parlement")."""
    return _whole_words("grammar.organisation_actors")


@functools.lru_cache(maxsize=1)
def code_noun_before() -> re.Pattern[str]:
    """A noun of a thing a code names (the lexicons' ``grammar.code_nouns``: "flight", "lot",
    "model", "vuelo", "рейс", "航班"), perhaps with the sign of a number, right before the end of
    the searched span: a symbol-shaped code after it names that thing, no document."""
    words = lexicon.gather("grammar.code_nouns")
    if not words:
        return recache.compile(r"(?!)")
    return led_compile(  # (led by its first letters: searched in a window before every symbol)
        rf"(?<![^\W{CJK}])(?:{alternation(words)})[ \t\u00a0]*+(?:(?:No\.|no\.|n°|N°|№)[ \t\u00a0]*+)?$",
        re.IGNORECASE,
    )


@functools.cache
def document_label_before() -> re.Pattern[str]:
    """The phrase of a United Nations document right before the end of the searched span, in
    every language ("U.N. Doc. ", "Doc. NU "): the symbol after it is a legal style's."""
    doc = alt_or_never(gather_all("heading.document_label"))
    return led_compile(rf"(?:{doc})[ \t\u00a0]*+$", re.IGNORECASE)
