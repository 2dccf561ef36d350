"""Language: the language a text is written in and the scope its grammar is scanned in."""

from __future__ import annotations

import functools
import re
import sys
from collections import Counter

from ..grammar import lexicon, recache

_LAST_DETECT: tuple[str, str | None, tuple[str, str]] | None = None


# -- language ------------------------------------------------------------------------------


def detect(text: str, hint: str | None) -> tuple[str, str]:
    """(language, scan scope): the language by stop-word counts in the first 2,000
    characters, and the language whose words the finders look for -- the same when the
    language is clear, ``"*"`` (every language) when the evidence is thin or close."""
    global _LAST_DETECT
    last = _LAST_DETECT
    if last is not None and last[0] is text and last[1] == hint:
        return last[2]
    found = _detect_language(text, hint)
    _LAST_DETECT = (text, hint, found)
    return found


def _detect_language(text: str, hint: str | None) -> tuple[str, str]:
    lex = lexicon.load()
    if hint and hint in lex.languages:
        return hint, hint
    lang, scope = _detect_head(text[:2000], id(lex))
    if scope != "*":
        # a text whose end (its last half, at most as long as the head) is clearly in another
        # language (a letter's annex in the language it was sent in, under its "[Original:
        # French]"): the finders look for every language's words, as for a text whose language
        # is unclear
        end = _detect_head(text[max(len(text) // 2, len(text) - _SAMPLE) :], id(lex))[1]
        if end not in ("*", scope):
            return lang, "*"
    return lang, scope


#: The characters a language is told from: the text's first, and its last
_SAMPLE = 2000


@functools.lru_cache(maxsize=4)
def _detect_head(text: str, lexicon_id: int) -> tuple[str, str]:
    """:func:`detect` on the first 2,000 characters (a compilation's check and the segmenter
    ask about the same text; ``lexicon_id`` names the lexicon loaded)."""
    lex = lexicon.load()
    head = text.lower()
    # one pass over the words: each stop word counts for the languages that have it
    counts = dict.fromkeys(lex.languages, 0)
    owners = _stopword_owners(lexicon_id)
    # the stop words among the words, picked (by a frozenset's look-up: a little faster than the
    # dictionary's) and counted in C; each count goes to its languages
    for w, n in Counter(filter(_stopword_set(lexicon_id).__contains__, head.split())).items():
        for code in owners[w]:
            counts[code] += n
    # a text stored one byte a character holds none of the characters above U+00FF: the
    # stop words and letters made of those are not looked for (each look is a scan)
    narrow = _narrow(head)
    for code, words in _unspaced_stopwords(lexicon_id, narrow).items():
        counts[code] = sum(head.count(w) for w in words)
    script: dict[str, int] = {}
    # one scan for a letter of any of those scripts first: most texts hold none (a text of a
    # Latin script that is stored wide for a dash or a quote), and each script's count is a scan
    gate = _script_gate(lexicon_id, narrow)
    lettered = gate is not None and gate.search(head) is not None
    for code, (letters, in_narrow) in _script_letters(lexicon_id).items():
        # a script only one language here writes in: every few of its letters count as a word
        script[code] = len(letters.findall(head)) if lettered and (in_narrow or not narrow) else 0
        counts[code] += script[code] // _LETTERS_PER_WORD
    fallback = lexicon.fallback_language()
    ranked = sorted(counts, key=lambda c: (counts[c], c == fallback), reverse=True)
    best = ranked[0]
    runner_up = counts[ranked[1]] if len(ranked) > 1 else 0
    clear = counts[best] >= _CLEAR_LANGUAGE and 2 * counts[best] >= 3 * runner_up
    if not counts[best] and script:
        # no stop word at all: a short line mostly in a script of its own (a Chinese line
        # around a symbol) is that script's language
        top = max(script, key=lambda c: script[c])
        if script[top] and script[top] >= sum(1 for ch in head if ch.isascii() and ch.isalpha()):
            return top, "*"
    return (best if counts[best] else fallback), (best if clear else "*")


_LATIN1 = "".join(map(chr, range(256)))


def _narrow(text: str) -> bool:
    """Is ``text`` stored one byte a character (CPython keeps each string in the narrowest
    of one, two or four bytes a character that holds all its characters), so that none of
    its characters is above U+00FF?  Told in constant time; a short text may be said wide."""
    return text.isascii() or sys.getsizeof(text) < 2 * len(text)


@functools.lru_cache(maxsize=8)
def _unspaced_stopwords(lexicon_id: int, narrow: bool) -> dict[str, tuple[str, ...]]:
    """The stop words of the languages written without spaces, each language's (sorted);
    with ``narrow``, only those that a text without characters above U+00FF may hold."""
    return {
        code: tuple(sorted(w for w in lang.stopwords if not narrow or max(w, default="") <= "\xff"))
        for code, lang in lexicon.load().languages.items()
        if not lang.spaced
    }


@functools.lru_cache(maxsize=4)
def _script_letters(lexicon_id: int) -> dict[str, tuple[re.Pattern[str], bool]]:
    """The languages that name their script's letters (``letters``, a character range): a
    pattern for those letters, and whether a character up to U+00FF is one of them
    (``lexicon_id``: as above)."""
    out: dict[str, tuple[re.Pattern[str], bool]] = {}
    for code, lang in lexicon.load().languages.items():
        if lang.raw.get("letters"):
            letters = recache.compile(f"[{lang.raw['letters']}]")
            out[code] = (letters, letters.search(_LATIN1) is not None)
    return out


@functools.lru_cache(maxsize=8)
def _script_gate(lexicon_id: int, narrow: bool) -> re.Pattern[str] | None:
    """A letter of any script of :func:`_script_letters` that a text may hold (with ``narrow``,
    one stored a byte a character: the scripts with a letter up to U+00FF), one pattern; None
    when there is none."""
    scripts = _script_letters(lexicon_id)
    ranges = "".join(
        lang.raw["letters"]
        for code, lang in lexicon.load().languages.items()
        if code in scripts and (scripts[code][1] or not narrow)
    )
    return recache.compile(f"[{ranges}]") if ranges else None


_LETTERS_PER_WORD = 8


@functools.lru_cache(maxsize=4)
def _stopword_owners(lexicon_id: int) -> dict[str, tuple[str, ...]]:
    """The languages written with spaces that have each stop word (``lexicon_id``: as above)."""
    owners: dict[str, tuple[str, ...]] = {}
    for code, lang in lexicon.load().languages.items():
        if lang.spaced:
            for w in lang.stopwords:
                owners[w] = (*owners.get(w, ()), code)
    return owners


@functools.lru_cache(maxsize=4)
def _stopword_set(lexicon_id: int) -> frozenset[str]:
    """The stop words of :func:`_stopword_owners`."""
    return frozenset(_stopword_owners(lexicon_id))


_CLEAR_LANGUAGE = 8  # stop words (and 1.5 times the runner-up) before a text is scanned for one language
