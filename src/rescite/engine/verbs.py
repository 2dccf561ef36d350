"""Verbs: the governing verbs of a text's preamble and operative paragraphs."""

from __future__ import annotations

import bisect
import functools
import operator
import re

from ..grammar import lexicon, recache
from ..grammar.lexicon import alternation, led_trie_prefixes, led_trie_regex, trie_regex_with_leads
from ..models import Record


class Verb(Record):
    start: int
    end: int
    text: str
    function: str

    __slots__ = ("end", "function", "start", "text")

    def __init__(self, start: int, end: int, text: str, function: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.function = function


# -- verbs and paragraphs -------------------------------------------------------------------
def verb_regexes(code: str) -> tuple[re.Pattern[str], ...]:
    """The verb scans of language ``code``, case-sensitive (fast: the engine skips to possible
    first characters): the capitalised verbs opening a paragraph; the lower-case verbs matched
    right after each lead of :func:`_verb_leads` (a comma, a semicolon, "and / et / y": one
    program for all of them, the blanks after the lead its own); and, where the language writes
    them so, the lower-case verbs after an operative paragraph's number."""
    lang = lexicon.load().languages[code]
    if lang.verb_re is None:
        adverbs = lang.raw["verbs"].get("adverbs", [])
        adv = alternation(adverbs) if adverbs else "(?!)"
        verbs = [v for v, _ in lang.verbs]
        # the verb may be set in italics with asterisks: "*Prie instamment*"
        # (a language written without spaces glues the verb to its object: "回顾其…")
        tail = rf"\*?(?:\s+{adv}\*?)?(?![\w'])" if lang.spaced else ""
        # an adverb may come before the verb ("Also welcomes …", "…, and further requests …"):
        # such phrases go into the same tries, so that each scan stays one pass (the lower-case
        # verbs, matched at given places only: the leads' trie before the verbs', where that
        # matches as one trie of every led verb would)
        leading = lang.raw["verbs"].get("leading_adverbs", [])
        space = " " if lang.spaced else ""  # "Also welcomes", Chinese "又欢迎"
        lower = led_trie_regex(verbs, leading, space)
        operative: tuple[re.Pattern[str], ...] = ()
        if lang.raw["verbs"].get("operative_lower_case"):
            # "1. постановляет …": operative verbs in lower case after the paragraph number
            operative = (recache.compile(rf"\n[ \t]*\d{{1,3}}\.[ \t]+\*?(?P<verb>{lower}){tail}"),)
        # the lower-case verbs' trie is one program of about 180 KB, built from the kept cache at
        # every start of the engine (0.7 ms each): one program after every lead, not one per lead
        lang.verb_re = (
            recache.compile(rf"(?P<verb>{trie_regex_with_leads(verbs, leading, space, capital=True)}){tail}"),
            recache.compile(rf"\s*\*?(?P<verb>{lower}){tail}"),
            *operative,
        )
    return lang.verb_re


@functools.lru_cache(maxsize=16)
def _verb_leads(code: str) -> tuple[tuple[str, bool], ...]:
    """The literal texts after which :func:`verb_regexes`' second program is matched — a comma,
    a semicolon, each joining word with a blank before it (" and", " et") — each with whether a
    blank must follow it (a word: "and" glued to the next word is another word)."""
    lang = lexicon.load().languages[code]
    return ((",", False), (";", False), *((f" {j}", True) for j in lang.raw["grammar"]["verb_joiners"]))


#: How many first characters of a lower-case phrase a lead's scan asks for after the lead
_LEAD_PREFIX = 3


@functools.lru_cache(maxsize=16)
def _lead_scans(code: str) -> tuple[tuple[str, bool, re.Pattern[str] | None], ...]:
    """Each lead of :func:`_verb_leads` with a scan for it that finds it only where the
    lower-case verbs' program may match after it: the lead (a blank after a word's), then, looked
    at ahead, the blanks and asterisk that program allows and the first letters of one of its
    phrases (:func:`lexicon.led_trie_prefixes`).  A comma stands before a verb about once in
    twenty-five: the others are passed over by the scan instead of a match tried at each.  None
    (each place of the lead tried) where a phrase opens with no letter, or where the lead could
    overlap itself (the scan finds places that do not overlap)."""
    lang = lexicon.load().languages[code]
    verbs = [v for v, _ in lang.verbs]
    leading = lang.raw["verbs"].get("leading_adverbs", [])
    firsts = led_trie_prefixes(verbs, leading, " " if lang.spaced else "", _LEAD_PREFIX)
    out: list[tuple[str, bool, re.Pattern[str] | None]] = []
    for lead, blank in _verb_leads(code):
        if not firsts or any(lead[:k] == lead[-k:] for k in range(1, len(lead))):
            out.append((lead, blank, None))
            continue
        # (a word's lead is found from its word, the blank before it looked at behind: a scan
        # led by a blank would stop at every blank of the text)
        word = lead.lstrip(" ")
        behind = f"(?<={re.escape(lead)})" if word != lead else ""
        scan = re.escape(word) + behind + (r"(?=\s)" if blank else "") + rf"(?=\s*\*?{firsts})"
        out.append((lead, blank, recache.compile(scan)))
    return tuple(out)


VERB_WINDOW = 1500
VERB_STEP = 300  # read a step at a time, backwards (Segments.verb_before)
_VERB_START = operator.attrgetter("start")


_CAP_BEFORE = recache.compile(r"(?:^|\n|[,;:.]|\d\.|\(\w\)|\w\)|\"|\*)\s*$")


def _cap_before(text: str, s: int) -> bool:
    """``_CAP_BEFORE.search(text, max(0, s - 12), s)`` in string operations (it is asked at
    every capitalised verb): after the spaces that end the 12 characters before ``s``, a
    punctuation mark, a quote, an asterisk or "x)" — or those spaces hold a line break, or
    they go back to the start of the text."""
    lo = max(0, s - 12)
    w = text[lo:s]
    r = w.rstrip()
    if "\n" in w[len(r) :]:
        return True
    if not r:
        if lo == 0:
            return True
        # a paragraph indented deeper than the window (a text set with its indents as blanks:
        # "\n                Reaffirming …"): the blanks before it go back to a line break
        i = lo - 1
        while i >= 0 and text[i] in " \t":
            i -= 1
        return i < 0 or text[i] == "\n"
    c = r[-1]
    if c in "-–" and len(r) >= 2:  # "1 - تقرر", "1 – постановляет": a paragraph number and a dash
        return r[:-1].rstrip()[-1:].isdigit()
    return c in ',;:."*' or (c == ")" and len(r) >= 2 and (r[-2].isalnum() or r[-2] == "_"))


#: each language's verb scans as :func:`find_verbs` reads them, made once (its lexicon entry, the
#: capitalised verbs' scan, the other scans with their literal leads): a text asks for verbs in
#: many windows, and the look-ups cost about a fifth of a short window's scan
_VERB_SCANS: dict[
    str,
    tuple[
        lexicon.Language,
        re.Pattern[str],
        re.Pattern[str],
        tuple[tuple[str, bool, re.Pattern[str] | None], ...],
        tuple[re.Pattern[str], ...],
    ],
] = {}


def find_verbs(
    text: str,
    code: str,
    skip: list[tuple[int, int, int]],
    start: int = 0,
    end: int | None = None,
    skip_starts: list[int] | None = None,
) -> list[Verb]:
    lang = lexicon.load().languages[code]
    scans = _VERB_SCANS.get(code)
    if scans is None or scans[0] is not lang:
        regexes = verb_regexes(code)
        scans = _VERB_SCANS[code] = (lang, regexes[0], regexes[1], _lead_scans(code), regexes[2:])
    function_of = lang.verb_function_of
    stop = len(text) if end is None else end
    out: list[Verb] = []
    for m in scans[1].finditer(text, start, stop):  # a paragraph's opening verb, capitalised
        s = m.start()
        if s and ((c := text[s - 1]).isalnum() or c == "'"):
            continue
        if s == 0 or _cap_before(text, s):
            fn = function_of(m.group("verb"))
            if fn is not None:
                vs, ve = m.start("verb"), m.end()
                out.append(Verb(vs, ve, text[vs:ve].replace("*", "").strip(), fn))
    # after a comma, a semicolon, a joining word: each place of the lead, the verb matched where
    # it ends (as a scan for the lead and the verb would find them: a match's end is where the
    # next place is looked for); a word's lead needs a blank after it
    after = scans[2].match
    for lead, blank, scan in scans[3]:
        n = len(lead)
        if scan is not None:
            # (the places where a verb may follow, as the loop below would try them: after a
            # verb found, the next place is looked for where it ends)
            free = start
            back = n - len(lead.lstrip(" "))
            for place in scan.finditer(text, start + back, stop):
                i = place.start() - back
                if i < free or (a := after(text, i + n, stop)) is None:
                    continue
                fn = function_of(a.group("verb"))
                if fn is not None:
                    vs, ve = a.start("verb"), a.end()
                    out.append(Verb(vs, ve, text[vs:ve].replace("*", "").strip(), fn))
                free = a.end()
            continue
        i = text.find(lead, start, stop)
        while i >= 0:
            j = i + n
            a = after(text, j, stop) if not blank or (j < stop and text[j].isspace()) else None
            if a is None:
                i = text.find(lead, i + 1, stop)
                continue
            fn = function_of(a.group("verb"))
            if fn is not None:
                vs, ve = a.start("verb"), a.end()
                out.append(Verb(vs, ve, text[vs:ve].replace("*", "").strip(), fn))
            i = text.find(lead, a.end(), stop)
    for rx in scans[4]:  # after an operative paragraph's number
        if text.find("\n", start, stop) < 0:
            continue
        for m in rx.finditer(text, start, stop):
            fn = function_of(m.group("verb"))
            if fn is not None:
                vs, ve = m.start("verb"), m.end()
                out.append(Verb(vs, ve, text[vs:ve].replace("*", "").strip(), fn))
    out.sort(key=_VERB_START)
    if skip and out:
        starts = skip_starts if skip_starts is not None else [a for a, _, _ in skip]
        kept: list[Verb] = []
        for v in out:
            k = bisect.bisect_right(starts, v.start) - 1
            if not (k >= 0 and skip[k][0] <= v.start < skip[k][1]):
                kept.append(v)
        out = kept
    return out
