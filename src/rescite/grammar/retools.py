"""Regex tools: the generic pieces the rule tables are written with — alternations, tries,
what a pattern must start with or hold, group depths, roman numerals, anchored and word scans."""

from __future__ import annotations

import functools
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator

from . import lexicon, recache
from .lexicon import CJK, alternation, fold

TYPE_CHECKING = False  # as typing's, without importing typing: a refresh imports this module
if TYPE_CHECKING:
    from typing import Any, TypeVar

    T = TypeVar("T")

#: where a whole word starts — but Chinese and Arabic write words without spaces (the look-behind
#: that opens patterns that look for a word anywhere in a text)
WORD_START = rf"(?:(?<!\w)|(?<=[{CJK}]))"


@functools.cache
def _word_split(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """``pattern`` without its opening :data:`WORD_START`, and that look-behind alone; None for
    a pattern that does not open with it."""
    if not pattern.pattern.startswith(WORD_START):
        return None
    return (
        recache.compile(pattern.pattern[len(WORD_START) :], pattern.flags),
        recache.compile(WORD_START, pattern.flags),
    )


def finditer_words(pattern: re.Pattern[str], text: str, pos: int = 0) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, pos)`` — the same matches — for a pattern that opens with
    :data:`WORD_START`: the rest of it searched (a look-behind first is tried at every
    character, its first letters are found at once) and its matches kept where a word starts."""
    split = _word_split(pattern)
    if split is None:
        yield from pattern.finditer(text, pos)
        return
    rest, start = split
    while (m := rest.search(text, pos)) is not None:
        if start.match(text, m.start()) is None:
            pos = m.start() + 1
            continue
        yield m
        pos = m.end() if m.end() > m.start() else m.start() + 1


def gather_all(key_path: str) -> list[str]:
    """The entries of a list in every language's lexicon, folded."""
    return sorted({fold(w) for w in lexicon.gather(key_path)})


#: a word's first character in lower case, in the scripts with capitals
LOWER_START = "[a-z\u00df-\u00f6\u00f8-\u00ff\u0430-\u044f\u0451]"
#: The capitals of the Latin and Cyrillic scripts: a regex character range
CAPITALS = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0410-\u042f\u0401"
#: A capital of the Latin or Cyrillic scripts (a name's first letter)
UPPER_START = f"[{CAPITALS}]"


def look_hoisted(alts: list[str]) -> str:
    """The alternation of the patterns ``alts``, a lookbehind that opens every one of them written
    once before it (the same matches, but a search tries the other alternatives only where that
    lookbehind holds: ``(?<!\\w)(?:(?:A)|(?:B))`` for ``(?<!\\w)A``, ``(?<!\\w)B``)."""
    end = _group_end(alts[0]) if alts and alts[0].startswith("(?:(?<") else -1
    look = alts[0][3:end] if end > 0 else ""
    if len(alts) < 2 or not look or not all(a.startswith("(?:" + look) for a in alts):
        return f"(?:{'|'.join(alts)})"
    return f"{look}(?:{'|'.join('(?:' + a[len(look) + 3 :] for a in alts)})"


def _group_end(pattern: str, start: int = 3) -> int:
    """The index just after the group that opens at ``start`` of ``pattern`` (its escapes and
    character classes skipped, as :func:`group_depths` reads them), or -1."""
    ends = (start + i + 1 for i, c, depth in group_depths(pattern[start:]) if c == ")" and depth == 0)
    return next(ends, -1)


def alt_or_never(words: list[str]) -> str:
    """An alternation of ``words``, or a pattern that never matches when there are none."""
    return alternation(words) if words else "(?!)"


def longest_first(word: str) -> tuple[int, str]:
    """Sort key: longer words first, then in code-point order — never the order of a set, which
    changes from run to run, so that a pattern is the same string in every process (and its
    compiled program is found in the cache of :mod:`recache`)."""
    return -len(word), word


def shortest_first(word: str) -> tuple[int, str]:
    """Sort key: shorter words first, then in code-point order (see :func:`longest_first`)."""
    return len(word), word


def literal_trie(words: Iterable[str]) -> str:
    """A regex that matches exactly the strings ``words`` (each as written, one character a
    step), written as a trie: ``re`` then scans a text for the first characters of all of them
    at once, several times faster than for an alternation of the words.  Where one word is a
    prefix of another, the longer is matched first."""
    end = ""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[end] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k != end)]
        if not alts:
            return ""
        if len(alts) == 1 and end not in node:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" + ("?" if end in node else "")

    return build(trie) or "(?!)"


def noun_stems(nouns: list[str]) -> tuple[str, ...]:
    """Lower-case first words of the keyword nouns, shortest that still covers each
    ("resolution" covers "resolutions")."""
    firsts = sorted({fold(n).split()[0] for n in nouns}, key=shortest_first)
    out: list[str] = []
    for f in firsts:
        if not any(f.startswith(o) for o in out):
            out.append(f)
    return tuple(out)


def re_module(name: str) -> Any:
    """A module of ``re``'s own (``re._parser``), loaded with ``re``: importlib (and warnings,
    which it imports) is imported only when it is not (a refresh of one changed file imports
    neither)."""
    module = sys.modules.get(name)
    if module is None:
        import importlib

        module = importlib.import_module(name)
    return module


#: What :func:`group_depths` reads a regex by: an escape, a character class whole (a "]" first
#: in it, or after its "^", is one of its characters), or a group's bracket, a bar, a "]" alone.
_GROUP_MARKS = recache.compile(r"\\(?:.|\Z)|\[\^?\]?(?:\\(?:.|\Z)|[^\]\\])*+(?:\]|\Z)|[()|\]]", re.DOTALL)
_MARKS = frozenset("()|]")


def top_level_alternative(pattern: str) -> bool:
    """Does the regex ``pattern`` hold a ``|`` outside every group and character class?  Read
    as :func:`group_depths` reads it, without its generator (the engine's start asks this of
    its heading patterns)."""
    depth = 0
    for m in _GROUP_MARKS.finditer(pattern):
        c = m.group()
        if c == "|":
            if depth == 0:
                return True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
    return False


def group_depths(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Each bracket and bar of the regex ``pattern`` outside its escapes and character classes,
    with its place and the depth of groups after it (an opening bracket counts in, a closing one
    out): a ``|`` at depth 0 is an alternative of the whole pattern, a ``)`` at depth 0 closes a
    group that stands at its top.  One search reads the pattern, its classes and escapes skipped
    whole: the heading patterns the engine's start looks through hold 6,000 characters, a few
    dozen of them such marks."""
    depth = 0
    for m in _GROUP_MARKS.finditer(pattern):
        c = m.group()
        if c in _MARKS:
            depth += (c == "(") - (c == ")")
            yield m.start(), c, depth


_GROUP_NAME = recache.compile(r"\(\?P<\w+>")


def unnamed(regex: str) -> str:
    """The regex ``regex`` with its groups unnamed: to hold it twice in one pattern, or beside
    the pattern it was taken from."""
    return _GROUP_NAME.sub("(?:", regex)


def first_led(alternatives: str) -> str:
    """The regex ``alternatives`` (a group, no match of it empty) opened by a look-ahead for its
    first characters, as :func:`led` opens a pattern: the same matches, a try that cannot open
    one turned away at once.  (The first characters kept between runs under the string: the
    pattern is compiled only to read them the first time.)"""
    first = _first_chars_of(alternatives, 0)
    return alternatives if first is None else f"(?:(?={first}){alternatives})"


#: The longest topic read between a text's number and the passive of its adoption, and the topic
#: itself: no figure, stop, bracket or quotation mark in it ("Resolution 1325 on women, peace and
#: security was adopted by the Security Council", "la résolution 1973 relative à la Libye a été
#: adoptée par le Conseil")
TOPIC_WIDTH = 120
PASSIVE_TOPIC = rf"[^;:()\[\]\u201c\u201d\"\u00ab\u00bb/\n.\d]{{1,{TOPIC_WIDTH}}}?"


def led_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``led(recache.compile(pattern, flags))``, the look-ahead's characters kept between runs
    under the pattern as written: only the pattern opened with them is built (the pattern alone
    was built at every start of the engine to be read, then never used)."""
    first = _first_chars_of(pattern, flags)
    return (
        recache.compile(pattern, flags)
        if first is None
        else recache.compile(f"(?={first}){pattern}", _text_flags(flags))
    )


def _text_flags(flags: int) -> int:
    """The flags ``re`` gives a pattern of text compiled with ``flags`` (none written in it):
    Unicode's unless ASCII's."""
    flags = int(flags)
    return flags if flags & re.ASCII else flags | re.UNICODE


def _first_chars_of(pattern: str, flags: int) -> str | None:
    """:func:`first_chars` of ``recache.compile(pattern, flags)`` (``may_be_empty`` False) under
    the key :func:`first_chars` keeps it by, the pattern compiled only when it is not kept."""
    key = ("first_chars", "1", sys.version, pattern, str(_text_flags(flags)), str(False))
    return (
        recache.remembered(key, lambda: _first_chars_or_none(recache.compile(pattern, flags), False) or "")
        or None
    )


def led(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` opened with a look-ahead for its first characters when none of its matches
    is empty (the same matches): a search in a window tried at every character then turns
    most of them away at once instead of reading the whole pattern there."""
    first = first_chars(pattern, may_be_empty=False)
    return pattern if first is None else recache.compile(f"(?={first}){pattern.pattern}", pattern.flags)


def first_chars(pattern: re.Pattern[str], may_be_empty: bool = True) -> str | None:
    """A character class (as a regex) holding every character a non-empty match of
    ``pattern`` may start with — more, never fewer; None when a part of it is not read here
    (a back-reference, "any character", a negated set …), or, unless ``may_be_empty``, when
    it may match the empty string.  Kept between runs (reading a pattern costs milliseconds)."""
    import sys

    key = ("first_chars", "1", sys.version, pattern.pattern, str(pattern.flags), str(may_be_empty))
    return recache.remembered(key, lambda: _first_chars_or_none(pattern, may_be_empty) or "") or None


def _first_chars_or_none(pattern: re.Pattern[str], may_be_empty: bool) -> str | None:
    """:func:`_first_chars`, or None when this Python's private parser is not the one it reads
    (``re._parser`` and ``re._constants`` are CPython's internals): the pattern is then used
    as it is, only without the speed-up."""
    try:
        return _first_chars(pattern, may_be_empty)
    except (ImportError, AttributeError, TypeError, ValueError, KeyError, IndexError):
        return None


def _first_chars(pattern: re.Pattern[str], may_be_empty: bool) -> str | None:
    parser = re_module("re._parser")
    const = re_module("re._constants")
    categories = {const.CATEGORY_DIGIT: r"\d", const.CATEGORY_SPACE: r"\s", const.CATEGORY_WORD: r"\w"}
    out: dict[bool, list[str]] = {False: [], True: []}  # class contents, by IGNORECASE

    def one_char(op: Any, av: Any) -> str | None:
        if op is const.LITERAL:
            return re.escape(chr(av))
        if op is const.RANGE:
            return f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
        if op is const.CATEGORY:
            return categories.get(av)
        return None

    def seq(items: Any, flags: int) -> bool | None:
        """Adds the first characters of ``items`` to ``out``: whether they may match empty."""
        for op, av in items:
            nullable = item(op, av, flags)
            if nullable is None or not nullable:
                return nullable
        return True

    def item(op: Any, av: Any, flags: int) -> bool | None:
        fold = bool(flags & re.IGNORECASE)
        if op is const.LITERAL:
            out[fold].append(one_char(op, av) or "")
            return False
        if op is const.IN:
            parts = [one_char(o, a) for o, a in av]
            if any(p is None for p in parts):
                return None  # (a negated set …)
            out[fold].extend(p for p in parts if p)
            return False
        if op is const.SUBPATTERN:
            return seq(av[3], (flags | av[1]) & ~av[2])
        if op is const.ATOMIC_GROUP:
            return seq(av, flags)
        if op in (const.MAX_REPEAT, const.MIN_REPEAT, const.POSSESSIVE_REPEAT):
            inner = seq(av[2], flags)
            return None if inner is None else inner or av[0] == 0
        if op is const.BRANCH:
            found = [seq(alt, flags) for alt in av[1]]
            return None if any(f is None for f in found) else any(found)
        if op in (const.AT, const.ASSERT, const.ASSERT_NOT):
            return True  # takes no character (what it asks is not needed: more is allowed)
        return None

    tree = parser.parse(pattern.pattern, pattern.flags)
    nullable = seq(tree, tree.state.flags)
    if nullable is None or (nullable and not may_be_empty):
        return None
    sets = [f"[{''.join(sorted(set(out[False])))}]"] if out[False] else []
    sets += [f"(?i:[{''.join(sorted(set(out[True])))}])"] if out[True] else []
    return "|".join(sets) or "(?!)"


@functools.cache
def required_text(pattern: re.Pattern[str], as_written: bool = False) -> str | None:
    """A text, in lower case, that ``text.lower()`` holds wherever ``pattern`` matches in
    ``text`` (with or without IGNORECASE): the longest run of literal characters at the
    pattern's top level or in a group of it (in no repeat or alternative) made of characters that a match
    can only take as themselves or their capitals — ASCII characters but "i", "k" and "s"
    (Python's IGNORECASE also takes "ı", the Kelvin sign, "ſ" for them) and letters of no case
    (Arabic, Chinese); None when there is none.  A pattern that cannot match where its text is
    missing need not be searched there (a search tried at every character of a case-blind
    pattern costs far more than a look for a word).  With ``as_written``, for a pattern without
    IGNORECASE, the run as the pattern writes it, which ``text`` itself holds (no text to lower).
    Kept between runs."""
    import sys

    written = as_written and not pattern.flags & re.IGNORECASE
    key = ("required_text", "2", sys.version, pattern.pattern, str(pattern.flags)) + (
        ("as written",) if written else ()
    )
    return recache.remembered(key, lambda: _required_text_or_none(pattern, written) or "") or None


def required_text_of(pattern: str, flags: int = 0) -> str | None:
    """:func:`required_text` of ``recache.compile(pattern, flags)``, kept between runs under the
    pattern as written and the flags it is compiled with: the pattern is built the first time
    only (a loop that looks for each pattern's text before it searches then builds the patterns
    whose text is there, not all)."""
    key = ("required_text_of", "1", sys.version, pattern, str(int(flags)))
    return (
        recache.remembered(key, lambda: _required_text_or_none(recache.compile(pattern, flags)) or "") or None
    )


def _required_text_or_none(pattern: re.Pattern[str], as_written: bool = False) -> str | None:
    """:func:`_required_text`, or None when this Python's private parser is not the one it
    reads (as :func:`_first_chars_or_none`)."""
    try:
        return _required_text(pattern, as_written)
    except (ImportError, AttributeError, TypeError, ValueError, KeyError, IndexError):
        return None


def _plain_char(c: str) -> bool:
    """Is ``c`` a character that a match takes only as itself or its capital (see
    :func:`required_text`)?"""
    if c.isascii():
        return c.lower() not in "iks"
    return unicodedata.category(c) == "Lo"  # (a letter of a script without cases)


def _required_text(pattern: re.Pattern[str], as_written: bool = False) -> str | None:
    parser = re_module("re._parser")
    const = re_module("re._constants")
    best = ""

    def walk(items: Any) -> None:
        nonlocal best
        run: list[str] = []
        for op, av in [*items, (None, None)]:
            if op is const.LITERAL and _plain_char(chr(av)):
                run.append(chr(av))
                continue
            if len(run) > len(best):
                best = "".join(run)
            run = []
            if op is const.SUBPATTERN:
                walk(av[-1])  # (a group in the sequence: its own sequence is as required)

    walk(parser.parse(pattern.pattern, pattern.flags))
    return (best if as_written else best.lower()) or None


def roman(n: int) -> str:
    """A session number in roman numerals (15 -> "XV")."""
    out = ""
    for value, numeral in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= value:
            out += numeral
            n -= value
    return out


#: the values of the Roman numerals a session is written with
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_value(r: str) -> int | None:
    """A session's Roman numeral read ("xv", "XV" -> 15; the inverse of :func:`roman`), or None
    for a word of other letters or none."""
    r = r.upper()
    if not r or any(ch not in ROMAN_VALUES for ch in r):
        return None
    total = 0
    for i, ch in enumerate(r):
        v = ROMAN_VALUES[ch]
        total += -v if i + 1 < len(r) and ROMAN_VALUES[r[i + 1]] > v else v
    return total


#: at most this many anchor characters in a pattern's set (a wider set is no quicker to scan for)
_ANCHOR_CHARS = 4


#: :func:`anchor_reach`'s answers by the pattern's id, the pattern kept with its answer (a
#: pattern's own hash reads its whole program each time)
_ANCHOR_REACHES: dict[int, tuple[re.Pattern[str], tuple[re.Pattern[str], re.Pattern[str], int] | None]] = {}


def anchor_reach(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], re.Pattern[str], int] | None:
    """For a pattern whose every match holds, at most ``width`` characters after its start, one
    of a few literal characters that the pattern asks for there (its anchors: the "/" of
    "\\d{1,4}/\\d{1,4}" after a blank and a prefix of bounded length), read from the pattern
    itself: (a scan for the anchors, the pattern after a lazy reach of ``width`` characters
    that tries its starts one by one in a single call, ``width``); None when there is no such
    character (an unbounded part before it, a case-blind pattern …).  See
    :func:`finditer_anchored`."""
    kept = _ANCHOR_REACHES.get(id(pattern))
    if kept is not None and kept[0] is pattern:
        return kept[1]
    got = _anchor_reach(pattern)
    _ANCHOR_REACHES[id(pattern)] = (pattern, got)
    return got


#: a numbered back-reference or a conditional group in a pattern (kept: ``re.search`` with the
#: string parsed it anew at every start of the engine)
_BACK_REFERENCE = recache.compile(r"\\[1-9]|\(\?\(")


def _anchor_reach(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], re.Pattern[str], int] | None:
    if _BACK_REFERENCE.search(pattern.pattern):
        return None  # (a numbered back-reference would name another group in the reach)
    # (kept between runs, as "anchors width": reading a pattern costs up to milliseconds)
    key = ("anchor_chars", "1", sys.version, pattern.pattern, str(pattern.flags))
    kept = recache.remembered(key, lambda: _anchor_text(pattern))
    if not kept:
        return None
    chars, _, width_text = kept.rpartition(" ")
    width = int(width_text)
    try:
        reach = recache.compile(f"(?s:.){{0,{width}}}?((?:{pattern.pattern}))", pattern.flags)
    except re.error:
        return None  # (flags of the whole pattern written at its start …)
    scan = recache.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")
    return scan, reach, width


def _anchor_text(pattern: re.Pattern[str]) -> str:
    """:func:`_anchor_chars` as a text ("anchors width"), or "" for None."""
    try:
        found = _anchor_chars(pattern)
    except (ImportError, AttributeError, TypeError, ValueError, KeyError, IndexError):
        return ""
    return "" if found is None else f"{''.join(sorted(found[0]))} {found[1]}"


def _anchor_chars(pattern: re.Pattern[str]) -> tuple[frozenset[str], int] | None:
    parser = re_module("re._parser")
    const = re_module("re._constants")
    if pattern.flags & re.IGNORECASE:
        return None
    tree = parser.parse(pattern.pattern, pattern.flags)
    if tree.getwidth()[0] == 0:
        return None  # (an empty match need not hold an anchor)
    op0, av0 = tree[0]
    if op0 is const.LITERAL or (
        op0 is const.AT and av0 is const.AT_BEGINNING and not pattern.flags & re.MULTILINE
    ):
        return None  # (a search skips to its first character, or tries the text's start only)
    repeats = (const.MAX_REPEAT, const.MIN_REPEAT, const.POSSESSIVE_REPEAT)

    def widest(item: Any) -> int | None:
        hi = int(parser.SubPattern(tree.state, [item]).getwidth()[1])
        return None if hi >= const.MAXREPEAT else hi

    def seq(items: list[Any], before: int) -> tuple[frozenset[str], int] | None:
        """The anchors of a match of ``items`` and the most characters before them."""
        for i, (op, av) in enumerate(items):
            rest = items[i + 1 :]
            if op is const.LITERAL:
                return frozenset(chr(av)), before
            if op is const.IN and 0 < len(av) <= _ANCHOR_CHARS and all(o is const.LITERAL for o, _a in av):
                return frozenset(chr(a) for _o, a in av), before
            if op in (const.AT, const.ASSERT, const.ASSERT_NOT):
                continue  # (takes no character)
            if op is const.SUBPATTERN and not av[1] and not av[2]:
                return seq(list(av[3]) + rest, before)
            if op is const.ATOMIC_GROUP:
                return seq(list(av) + rest, before)
            if op is const.BRANCH:
                alts = [seq(list(alt) + rest, before) for alt in av[1]]
                if any(a is None for a in alts):
                    return None
                chars = frozenset().union(*(a[0] for a in alts if a is not None))
                if len(chars) > _ANCHOR_CHARS:
                    return None
                return chars, max(a[1] for a in alts if a is not None)
            if op in repeats and av[0] >= 1 and (first := seq(list(av[2]), before)) is not None:
                return first  # (in the first time round)
            wide = widest((op, av))
            if wide is None:
                return None
            before += wide
        return None

    return seq(list(tree), 0)


_AT_WORD_EDGE = "\\b"


@functools.lru_cache(maxsize=64)
def _after_word_edge(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` without the word edge it opens with."""
    return recache.compile(pattern.pattern[len(_AT_WORD_EDGE) :], pattern.flags)


def finditer_anchored(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` — the same matches — tried only within reach of the anchors
    of :func:`anchor_reach` (a pattern opening with a blank or a look-behind is otherwise tried
    at every character of the text): one call a stretch of ``width`` characters before each."""
    got = anchor_reach(pattern)
    if got is None:
        yield from pattern.finditer(text)
        return
    scan, reach, width = got
    if width == 0 and pattern.pattern.startswith(_AT_WORD_EDGE):
        # every match starts at an anchor: the pattern without its word edge is searched (led
        # by its first characters, as the look-behind at the start is not) and each of its
        # starts tried with the whole pattern
        rest = _after_word_edge(pattern)
        pos = 0
        while (m := rest.search(text, pos)) is not None:
            hit = pattern.match(text, m.start())
            if hit is None:
                pos = m.start() + 1
                continue
            yield hit
            pos = hit.end()
        return
    done = 0  # no match starts below this, but those yielded
    for a in scan.finditer(text):
        at = a.start()
        if at < done:
            continue
        start = max(done, at - width)
        m = reach.match(text, start)
        if m is None:
            done = start + width + 1
            continue
        hit = pattern.match(text, m.start(1))
        if hit is None:  # (cannot be: the same pattern at the same place)
            done = m.start(1) + 1
            continue
        yield hit
        done = hit.end()
