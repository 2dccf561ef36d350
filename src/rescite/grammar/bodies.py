"""The names of the bodies and instruments, as patterns, from the lexicon files."""

from __future__ import annotations

import functools
import re

from . import lexicon, recache
from .lexicon import trie_regex


@functools.lru_cache(maxsize=16)
def body_regex(lang: str = "") -> re.Pattern[str]:
    """The names of the bodies in the languages looked for in a text of ``lang``."""
    languages = lexicon.load().languages
    names = [n for code in lexicon.scope(lang) for ns in languages[code].raw["bodies"].values() for n in ns]
    return recache.compile(trie_regex(names, keep_case=True))


@functools.lru_cache(maxsize=16)
def body_regex_capitals(lang: str = "") -> re.Pattern[str]:
    """:func:`body_regex`'s names set in capitals ("THE GENERAL ASSEMBLY," of a typed text)."""
    languages = lexicon.load().languages
    bodies = [languages[code].raw["bodies"] for code in lexicon.scope(lang)]
    names = [n.upper() for names_of in bodies for ns in names_of.values() for n in ns]
    return recache.compile(trie_regex(names, keep_case=True))


@functools.lru_cache(maxsize=1)
def proper_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """The names of the bodies, their short names and the names of instruments in every
    language, found in either case (a paragraph set in capitals), and each as written, by its
    lower-case form (words joined by one space)."""
    languages = lexicon.load().languages.values()
    names = sorted(
        {
            n
            for lang_ in languages
            for key in ("bodies", "generic", "instruments")
            for ns in lang_.raw.get(key, {}).values()
            for n in ns
        }
    )
    written = {" ".join(n.lower().split()): n for n in names}
    return recache.compile(trie_regex(names, keep_case=True), re.IGNORECASE), written
