"""Normalise: a matching view of the text whose offsets map back to the original.

Most changes keep the length (spaces, quotes and apostrophes are swapped one for one), so
the usual text needs no offset map at all.  Changes that shorten the text — NFC
composition, soft hyphens and zero-width characters, a word hyphenated across a line
break — are recorded as breakpoints, and :meth:`Normalised.to_original` maps back.
"""

from __future__ import annotations

import bisect
import functools
import operator
import os
import re
import sys
import unicodedata
from array import array
from collections.abc import Sequence
from itertools import accumulate, chain, compress, groupby, islice, pairwise, repeat

from ..grammar import dates, lexicon, recache
from ..grammar.bodies import proper_names
from ..grammar.chars import one_for_one
from ..grammar.headings import recycle_line, related_heading, related_row, symbol_row
from ..grammar.lexicon import CJK, SUPER_TO_DIGIT, SUPERSCRIPTS, alternation, gather
from ..grammar.retools import CAPITALS, literal_trie
from ..ids import NUMBERED_ELEMENTS
from ..models import Record
from ..read.marks import NOTE_RULE, PRINT_FOOTER, PRINT_STAMP

# Characters or sequences that shorten the text.  A base letter followed by combining
# marks is composed (NFC); soft hyphens and zero-width characters go; a lower-case word
# broken by a hyphen at the end of a line is joined.
# soft hyphen, zero-width characters, direction marks (Arabic texts put them around numbers)
# and the Arabic tatweel (a justification stroke inside words)
_REMOVED = (
    "\u00ad\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u061c"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u0640"
)
_REMOVED_CHAR = recache.compile(rf"[{_REMOVED}]")  # one edit each
_COMBINING = recache.compile(r"[\u0300-\u036f\u0653-\u0655]+")  # (Arabic hamza and madda too)
_LEFT_MARKS = recache.compile(r"[\u0300-\u036f]+")


def _composed(letters: str) -> str:
    """A letter and its combining marks composed (NFC), without the accents left over that the
    letter has no composed form with (a stress mark over a Cyrillic vowel: "ю́" is "ю")."""
    composed = unicodedata.normalize("NFC", letters)
    return _LEFT_MARKS.sub("", composed) if len(composed) > 1 and composed[0].isalpha() else composed


# the Arabic short vowels, nunation, shadda and sukun that a web copy or an article may write over
# a word ("المؤرَّخ", "اتُّخذ"): not letters — the word is the same without them (removed, only in a
# text with Arabic letters: lam, the commonest, tested first)
_ARABIC_VOWELS = recache.compile(r"[\u064b-\u0652]+")
# (the lower-case letters: Latin, and those of every script a lexicon names in its `letters`:
# Russian "резо-⏎люцию")
_LATIN_LOWER = [*range(ord("a"), ord("z") + 1), *range(ord("à"), ord("ÿ") + 1)]


@functools.lru_cache(maxsize=1)
def _line_hyphen() -> tuple[re.Pattern[str], frozenset[str]]:
    """The pattern of a hyphen at a line's end before a lower-case letter, and the lower-case
    letters: the join is made only when one of them stands before the hyphen too (tested
    apart: a lookbehind in the pattern would be tried at every hyphen)."""
    lower = set(map(chr, _LATIN_LOWER))
    for lang in lexicon.load().languages.values():
        spec = lang.raw.get("letters") or ""
        lower.update(c for c in _class_chars(spec) if c.islower())
    ranges = "".join(_class_ranges(sorted(lower)))
    return recache.compile(rf"-[ \t]*\n[ \t]*(?=[{ranges}])"), frozenset(lower)


#: a hyphen and the blanks after it inside a line, before a letter: where a converter joined a
#: word broken at a line's end with a space ("reso- lution 60/1", "résolu- tion", "resolu- ción")
_SPACED_HYPHEN = recache.compile(r"-[ \t]++(?=\w)")
#: the letters of a word that ends at a position (read backwards from it)
_WORD_END = recache.compile(r"\w+$")
_WORD_START = recache.compile(r"\w+")


@functools.lru_cache(maxsize=1)
def _nouns_lower() -> frozenset[str]:
    """The lexicons' nouns of documents (``[nouns]``) written in lower-case letters alone, in
    every language: the words whose break at a hyphen and a blank is joined."""
    return frozenset(
        w
        for lang in lexicon.load().languages.values()
        for forms in (lang.raw.get("nouns") or {}).values()
        if isinstance(forms, list)
        for w in forms
        if isinstance(w, str) and w.isalpha() and w.islower()
    )


def _spaced_hyphens(text: str) -> list[tuple[int, int, str]]:
    """The edits that join a noun broken by a hyphen and a blank between two lower-case letters
    ("reso- lution" → "resolution"): only where the two parts make one of the lexicons' nouns."""
    nouns = _nouns_lower()
    out: list[tuple[int, int, str]] = []
    for m in _SPACED_HYPHEN.finditer(text):
        a = _WORD_END.search(text, max(0, m.start() - 24), m.start())
        b = _WORD_START.match(text, m.end())
        if a is None or b is None or not (text[a.end() - 1].islower() and text[m.end()].islower()):
            continue
        if a.start() and text[a.start() - 1] in "-/":
            continue
        if a.group() + b.group() in nouns:
            out.append((m.start(), m.end(), ""))
    return out


@functools.lru_cache(maxsize=1)
def _line_hyphen_capital() -> re.Pattern[str]:
    """The pattern of a hyphen at a line's end before a capitalised word (a compound broken at
    its own hyphen: "Non-⏎Proliferation", "Secretary-⏎General", "Nuclear-⏎Weapon-Free"): the line
    break goes, the hyphen stays; made only after a lower-case letter (as :func:`_line_hyphen`),
    so that a symbol's hyphen ("A/C.3/L-⏎…") keeps its own rule."""
    _, lower = _line_hyphen()
    upper = sorted({c.upper() for c in lower if len(c.upper()) == 1 and c.upper() != c})
    caps, smalls = "".join(_class_ranges(upper)), "".join(_class_ranges(sorted(lower)))
    return recache.compile(rf"-[ \t]*\n[ \t]*(?=[{caps}][{smalls}])")


def _class_chars(spec: str) -> list[str]:
    """The characters of a character class's body ("a-z", "\u0400-\u04ff")."""
    out: list[str] = []
    i = 0
    while i < len(spec):
        if i + 2 < len(spec) and spec[i + 1] == "-":
            out.extend(map(chr, range(ord(spec[i]), ord(spec[i + 2]) + 1)))
            i += 3
        else:
            out.append(spec[i])
            i += 1
    return out


def _class_ranges(chars: list[str]) -> list[str]:
    """Sorted characters as the ranges of a character class ("a-z")."""
    out: list[str] = []
    for _, run in groupby(enumerate(map(ord, chars)), key=lambda p: p[1] - p[0]):
        codes = [c for _, c in run]
        first, last = re.escape(chr(codes[0])), re.escape(chr(codes[-1]))
        out.append(first if codes[0] == codes[-1] else f"{first}-{last}")
    return out


# at most nine parts after the series (real symbols have up to six): a run without end of
# " / " parts would be one match, and the matcher keeps a state for each part it read (an
# Arabic letter may stand glued before it in a text layer: "العامA / 59 / 648")
_SPACED_SYMBOL = recache.compile(
    r"(?<![\w/](?<![\u0621-\u064a]))[A-Z]{1,6}"
    r"(?: / (?:[A-Z][A-Za-z]{0,9}(?:\.\d{1,4})?|(?:S-|ES-)?\d{1,5})){1,9}(?![\w/])"
)
# … with the part letter before it in Cyrillic too ("2106 А (ХХ)"), the numeral perhaps on the
# next line ("3379 ⏎(ХХХ)", as a PDF's line breaks leave it)
_CYRILLIC_ROMAN = recache.compile(r"(?<=\d)(?:\s?[АВСЕ])?((?:[ \t]?\n)?[ \t]?\()(?:S-|ES-)?[IVXLCХІС]{1,7}\)")
_LOOKALIKES = str.maketrans({"Х": "X", "І": "I", "С": "C", "А": "A", "В": "B", "Е": "E"})
# … and Chinese texts in the Unicode Roman numerals, one character a numeral or a letter of it
# ("第217 A（Ⅲ）号", "第1514（ⅩⅤ）号"): each run read as the Latin capitals it stands for
_UNICODE_ROMAN = recache.compile(r"[\u2160-\u217f]+")
# … and at a hyphen: "A/ES-⏎10/273", "resolution ES-⏎10/24", "A/51/113-⏎S/1996/276"
# (a literal first: a fast scan; the character before it checked at once)
_LINE_HYPHEN_SYMBOL = recache.compile(r"-(?<=[A-Z0-9]-)[ \t]*\n[ \t]*(?=[A-Z0-9])")
_SYMBOL_BEFORE = recache.compile(r"(?:^|[\s(])(?:[A-Z][\w.]*/[\w./]*|E?S)$")


def _in_symbol(text: str, hyphen: int) -> bool:
    """Is the hyphen at ``hyphen`` inside a symbol or a special session's number?"""
    if not hyphen or not ("A" <= text[hyphen - 1] <= "Z" or "0" <= text[hyphen - 1] <= "9"):
        return False
    return _SYMBOL_BEFORE.search(text, max(0, hyphen - 40), hyphen) is not None


# PDF text breaks symbols after a slash: "A/RES/\n70/1" is "A/RES/70/1" (a soft hyphen a word
# processor set after the slash, "70/\u00ad\n1", goes with the break, and so does the hyphen a
# browser draws at the line's end for it, after a space glyph or not: "A/79/ \u2010\n210", read
# "-"; no symbol holds "/-")
# … but not an old-style footnote marker ("… the law of the sea, 3/⏎Recalling its …"): a word
# that opens the next line (a capital, three small letters or more, no "." or digit after:
# "Corr.1", "Add.1", "Rev.2" are parts of a symbol)
_LINE_SLASH = recache.compile(
    r"/(?<=[A-Z0-9.]/)(?:\u00ad|[ \t]*-)?[ \t]*\n[ \t]*(?=[A-Z0-9])(?![A-Z][a-z]{3,}(?![a-z.\d]))"
)


def _line_slashes(text: str, mapped: str) -> list[tuple[int, int, str]]:
    """The edits of :data:`_LINE_SLASH` in a text where a typed hyphen ends a line: a hyphen
    typed after a slash (U+002D, not the U+2010 a browser draws nor a soft hyphen) is the
    number of a series' symbols left out ("TD/B/C.1/-", "S/INF/-": a report's note on its
    symbols, a research guide's pattern), no break inside a symbol: the next line's number
    (a job number, a note's, a list's) does not go on from it."""
    return [
        (m.start(), m.end(), "/")
        for m in _LINE_SLASH.finditer(mapped)
        if "-" not in text[m.start() : m.end()]
    ]


# … and before a slash: a line that ends with a symbol, its next part on the next line after
# the slash ("(FCCC/KP/AWG/2012⏎/3)", "A/80/312⏎/Add.1": a narrow column's line broken before
# the slash): the symbol goes on (a line never opens with a slash in running text); found from
# the line break and the slash (a fast scan: few lines open so), then the symbol before it, two
# parts at least (a series' letters and a slash: "E/2024/12", never "and/⏎or")
_NL_SLASH = recache.compile(r"\n[ \t]*/(?=[A-Z0-9])")
_SYMBOL_AT_END = recache.compile(r"(?<![\w/.\-])[A-Z][A-Za-z0-9.]{0,9}(?:/[A-Za-z0-9.\-]{1,12}){1,6}[ \t]*$")
_SYMBOL_AT_END_REACH = 90


def _line_before_slashes(text: str) -> list[tuple[int, int, str]]:
    """Edits that take out the line break (and the blanks around it) before a symbol's slash
    that opens a line, after a symbol that ends the line before (:data:`_NL_SLASH`)."""
    out: list[tuple[int, int, str]] = []
    for m in _NL_SLASH.finditer(text):
        s = m.start()
        if _SYMBOL_AT_END.search(text, max(0, s - _SYMBOL_AT_END_REACH), s) is None:
            continue
        while s and text[s - 1] in " \t":
            s -= 1
        out.append((s, m.end() - 1, ""))
    return out


# … and inside a symbol too long for its line, which a narrow column broke where it could
# (no blank at the line's end: "(FCCC/KP/AWG/20⏎12/3,", "FCCC/SBI/2013/1⏎0/Add.2)",
# ".../L.3/R⏎ev.1", ".../13/Ad⏎d.1", "(…E/CN.17/2013/2-A/68/7⏎5),"): the line goes on into
# the next one's first run when that run goes on with the symbol — a run of figures with a
# slash in it that completes the element's figures, an element's letters and number ("ev.1",
# "dd.2", ".2"), or figures that close the bracket the symbol stands in; never a run that
# opens with a capital (the next symbol of a list one a line) nor a paragraph's number
# ("A/80/1⏎2. The Committee")
# (found from a slash of the run that ends the line, in reach of its break: a fast scan, few
# lines end with one)
_NL_INTO_SYMBOL = recache.compile(r"/[A-Za-z0-9./\-]{0,39}(?<=[A-Za-z0-9])\n(?=[0-9a-z.])")
_SYMBOL_TAIL_RUN = recache.compile(r"[A-Za-z0-9./-]{1,40}")
_ELEMENT_GOES_ON = recache.compile(rf"(?:{NUMBERED_ELEMENTS})\.\d")
_ELEMENT_FRAGMENT = recache.compile(r"/([A-Z][a-z]{0,4})$")
_SYMBOL_RUN_REACH = 40
_BRACKET_REACH = 200


def _lines_inside_symbols(text: str) -> list[tuple[int, int, str]]:
    """Edits that take out the line break inside a symbol that a narrow column broke where it
    could (:data:`_NL_INTO_SYMBOL`)."""
    out: list[tuple[int, int, str]] = []
    for m in _NL_INTO_SYMBOL.finditer(text):
        e = m.end()
        s = e - 1
        i = s
        while (
            i > 0
            and s - i < _SYMBOL_RUN_REACH
            and text[i - 1].isascii()
            and (text[i - 1].isalnum() or text[i - 1] in "/.-")
        ):
            i -= 1
        frag = text[i:s]
        if "/" not in frag or not frag[:1].isupper() or (i > 0 and text[i - 1] not in " \t\n("):
            continue
        tail = _SYMBOL_TAIL_RUN.match(text, e)
        if tail is None:
            continue
        cont = tail.group().rstrip(".")
        after = text[tail.end() : tail.end() + 1]
        piece = _ELEMENT_FRAGMENT.search(frag)
        opened = text.rfind("(", max(0, s - _BRACKET_REACH), s)
        # (figures cut in two: the element's figures before the break and after it make one
        # number of four figures at most, "/20⏎11/4", never a whole element and the next line's
        # number, "UNEP/EA.9/Res.4⏎68/217", "…/2013⏎68/217")
        last = frag.rsplit("/", 1)[1]
        if (
            (cont[:1].isdigit() and "/" in cont and last.isdigit() and len(last) + cont.index("/") <= 4)
            or (piece is not None and _ELEMENT_GOES_ON.match(piece.group(1) + tail.group()))
            or (cont.isdigit() and after == ")" and opened >= 0 and text.find(")", opened, s) < 0)
        ):
            out.append((s, e, ""))
    return out


# … and after the dot of a symbol's lettered element, the number on the next line: "A/C.3/80/L.⏎23",
# "A/C.⏎3/80/L.23", "A/80/5/Add.⏎1" (no symbol ends with such an element, so none ends a sentence
# there): a dot, a line break and a digit found first (a fast scan: few lines end so), then the
# element before the dot, after a slash that follows a symbol's letter or digit (or a final
# element written after the symbol: "A/80/5 and Corr.⏎1", see :func:`_element_dot`)
_LINE_DOT = recache.compile(r"\.[ \t]*\n[ \t]*(?=\d)")
_DOT_ELEMENT = recache.compile(r"(?<=[A-Z0-9.]/)[A-Z][A-Za-z]{0,5}")
_DOT_ELEMENT_MAX = 7  # the element and its slash


def _line_dot_symbols(text: str) -> list[tuple[int, int, str]]:
    """Edits that take out the line break after a symbol's lettered element and its dot."""
    out: list[tuple[int, int, str]] = []
    for m in _LINE_DOT.finditer(text):
        if _element_dot(text, m.start()):
            out.append((m.start() + 1, m.end(), ""))
    return out


# … and a space between the dot and the number, as reports, copies and notes write them:
# "A/59/100/Add. 1", "E/CN.4/2005/L. 10/Add. 17", "A/C. 3/59/L.5" (a symbol's lettered element
# after a slash: no such element ends a symbol without its number, so the dot ends no sentence
# there; a paragraph's number after a symbol's own number, "A/59/100. 1. Decides", is not
# after an element) — or a final element written after the symbol, after a list word or a
# comma: "A/59/100 and Add. 1 and 2", "и Add. 1", "及 Add. 1" (a symbol's slash shortly before)
_SPACE_DOT = recache.compile(r"\.[ \u00a0](?=\d)")  # a literal first: a fast scan
# (… or a member of a list of the special elements written the same way: "L.9, L. 10 and L. 11")
_FINAL_WORD = recache.compile(rf"(?<![A-Za-z0-9_./\-])(?:{NUMBERED_ELEMENTS}|L|SR|PV|CRP|WP)$")
_FINAL_WORD_MAX = 6  # the longest final element ("Amend") and the character before it
_FINAL_SLASH_REACH = 80  # the symbol's slash before a final element written after it


#: the series letters that open the symbol a spaced element is in (the characters of its
#: parts between, a symbol's length at most): "A" of "A/C.3/61/L. 7" (… glued to a character of
#: a script that writes no spaces: "收到了E/CONF. 66/3号文件")
_SERIES_BEFORE = recache.compile(
    rf"(?:(?<![\w/.])|(?<=[{CJK}]))[A-Z\u0410-\u042f]{{1,8}}(?=/[\w.()\-/]{{0,60}}$)"
)
_SERIES_REACH = 72


@functools.lru_cache(maxsize=1)
def _series() -> frozenset[str]:
    """The series a document symbol opens with (``symbol_series.csv``)."""
    return frozenset(lexicon.symbol_series())


def _element_dot(text: str, dot: int, spaced: bool = False) -> bool:
    """Does the dot at ``dot`` end a symbol's lettered element (after its slash), or a final
    element written after a symbol ("and Add.", a symbol's slash shortly before)?  With
    ``spaced`` (a space after the dot), an element after a slash that is no final one is a
    symbol's only in a symbol of a listed series ("A/C.3/61/L. 7", not the Organization of
    American States' "AG/RES. 2976")."""
    slash = text.rfind("/", max(0, dot - _DOT_ELEMENT_MAX), dot)
    if slash >= 0 and (el := _DOT_ELEMENT.fullmatch(text, slash + 1, dot)) is not None:
        if not spaced or _FINAL_WORD.fullmatch(el.group()):
            return True
        series = _SERIES_BEFORE.search(text, max(0, slash - _SERIES_REACH), slash + 1)
        return series is not None and series.group().translate(_LATIN_OF) in _series()
    return (
        _FINAL_WORD.search(text, max(0, dot - _FINAL_WORD_MAX), dot) is not None
        and text.rfind("/", max(0, dot - _FINAL_SLASH_REACH), dot) >= 0
    )


def _space_dot_symbols(text: str) -> list[tuple[int, int, str]]:
    """Edits that take out the space after a symbol's lettered element and its dot."""
    return [
        (m.start() + 1, m.end(), "")
        for m in _SPACE_DOT.finditer(text)
        if _element_dot(text, m.start(), spaced=True)
    ]


# … and a slash typed after the dot of a lettered element before its number, as the press and
# copies write a draft's symbol: "А/79/L./75" (no symbol holds "./" followed by a number: the dot
# ends the element, the number is its own), in a symbol of a listed series
_DOT_SLASH = recache.compile(r"\./(?=\d)")  # a literal first: a fast scan


def _dot_slash_symbols(text: str) -> list[tuple[int, int, str]]:
    """Edits that take out the slash after a symbol's lettered element and its dot."""
    return [
        (m.start() + 1, m.end(), "")
        for m in _DOT_SLASH.finditer(text)
        if _element_dot(text, m.start(), spaced=True)
    ]


# … and a space before the dot of a final element after its slash, as copies of treaty bodies'
# texts write it: "CCPR/C/UZB/ Q /3/ Add .1" (no word after a slash ends a sentence so)
# (the dot first, the space behind it: a fast scan; a no-break space is a space here)
_BLANK_DOT = recache.compile(r"\.(?<= \.)(?=\d)")
_SLASH_FINAL = recache.compile(rf"/[ \u00a0]?(?:{NUMBERED_ELEMENTS})$")  # ("/ Add .1" too)
_SLASH_FINAL_MAX = 7


def _blank_dot_symbols(text: str) -> list[tuple[int, int, str]]:
    """Edits that take out the space between a final element after its slash and its dot."""
    return [
        (m.start() - 1, m.start(), "")
        for m in _BLANK_DOT.finditer(text)
        if _SLASH_FINAL.search(text, max(0, m.start() - 1 - _SLASH_FINAL_MAX), m.start() - 1) is not None
    ]


# … and a blank inside a symbol's year, as copies of treaty bodies' texts converted from Word
# write it ("E/20 10 /22", "E/C.12/200 9 / 3": a run of the year split in two), the symbol of a
# listed series, its next slash right after (a literal first: a fast scan)
_SPLIT_YEAR = recache.compile(
    r"/(?P<a>\d{1,3})(?P<a_b>[ \u00a0])(?P<b>\d{1,3})(?=(?P<s1>[ \u00a0]?)/(?P<s2>[ \u00a0]?)[\dA-Za-z])"
)


def _split_year_symbols(text: str) -> list[tuple[int, int, str]]:
    """Edits that take out the blank inside a symbol's year split in two, and those beside the
    slash after it; and so inside a session's two figures right after the series ("(A/6 8/433)",
    a copy's text layer that sets blanks inside words: A/68/433)."""
    out: list[tuple[int, int, str]] = []
    for m in _SPLIT_YEAR.finditer(text):
        year = m.group("a") + m.group("b")
        session = len(year) == 2 and year[0] != "0"
        if not session and (len(year) != 4 or year[:2] not in ("19", "20")):
            continue
        series = _SERIES_BEFORE.search(text, max(0, m.start() - _SERIES_REACH), m.start() + 1)
        if (
            series is not None
            and series.group().translate(_LATIN_OF) in _series()
            and (not session or series.end() == m.start())
        ):
            # (… and the blanks beside the slash after it, each by an edit of its own)
            out.extend((m.start(g), m.end(g), "") for g in ("a_b", "s1", "s2") if m.start(g) < m.end(g))
    return out


# a number in quotes after its word, as the Arab press writes the Council's: "القرار رقم «2334»"
# (the quotes are read as '"'): the number without them
_QUOTED_NUMBER = recache.compile(r'"\d{1,4}(?:/\d{1,3})?"(?![\w"])')


def _quoted_numbers(text: str) -> list[tuple[int, int, str]]:
    """Edits that take out the quotes around a number (each quote found by a plain search: quotes
    are many, the numbers in them few)."""
    out: list[tuple[int, int, str]] = []
    at = text.find('"')
    while at >= 0:
        if at and text[at - 1].isspace() and (m := _QUOTED_NUMBER.match(text, at)) is not None:
            out += [(at, at + 1, ""), (m.end() - 1, m.end(), "")]
        at = text.find('"', at + 1)
    return out


# a year in a number's bracket with blanks inside or the word a language writes after a year, led
# by the bracket (a scan for the brackets, few, before the number before each is looked at)
@functools.lru_cache(maxsize=1)
def _year_bracket() -> re.Pattern[str]:
    """The year of a number's bracket with blanks inside it ("1296 ( 2000)", "( 2000 )") or the
    word a language writes after a year (the lexicons' ``dates.year_words``), as the Russian
    press and encyclopaedias write the Council's ("1314 (2000 г.)"): the blanks (groups ``b``
    and ``a``) and the word with the blanks before it (group ``w``)."""
    words = gather("dates.year_words", lexicon.scope("*"))
    word = rf"(?P<w>[ \t]*+(?i:{alternation(words)}))?" if words else ""
    return recache.compile(rf"\((?P<b>[ \t]++)?(?:19|20)\d\d{word}(?P<a>[ \t]++)?\)")


#: the number a year's bracket may follow: three or four figures (the Council's since 1950; a
#: count, an issue's or a decree's number of one or two, "№ 5 (2003 г.)", is left as written), a
#: blank perhaps between, not the end of a longer number, a symbol's or a decimal's ("A/55/2
#: (2000 г.)", "1.5 (2000 г.)")
_NUMBER_BEFORE_BRACKET = recache.compile(r"(?<![\d/.,])\d{3,4}[ \t]?$")


def _year_brackets(text: str) -> list[tuple[int, int, str]]:
    """Edits that take the blanks and the year's word out of a number's bracket: "1314 (2000 г.)"
    and "1296 ( 2000)" are read as "1314 (2000)", "1296 (2000)", the Council's resolutions and
    their years (see :func:`_year_bracket`)."""
    out: list[tuple[int, int, str]] = []
    for m in _year_bracket().finditer(text):
        spans = [m.span(g) for g in m.re.groupindex if m.group(g)]
        if spans and _NUMBER_BEFORE_BRACKET.search(text, max(0, m.start() - 8), m.start()) is not None:
            out += [(s, e, "") for s, e in spans]
    return out


@functools.lru_cache(maxsize=1)
def _bracketed_lead() -> tuple[str, tuple[str, ...], re.Pattern[str] | None] | None:
    """What tells a text that may hold a number of :func:`_bracketed_number`: the opening bracket of
    the lexicons' pair, the languages whose style writes it so (``grammar.number_brackets``) and a
    scan for the first words of their nouns and signs, led by their letters (None: a noun or sign
    with no literal first word, every text is looked at)."""
    langs = tuple(code for code in lexicon.scope("*") if gather("grammar.number_brackets", (code,)))
    if not langs:
        return None
    # (every match opens with a noun or a sign, each the literal first word of a phrase: a scan
    # for those words, led by their letters, tells the texts that hold none, most of them, before
    # the pattern led by its look-behind is tried at each of their characters)
    words = gather("nouns.resolution", langs) + gather("footnotes.number", langs)
    firsts = [_FIRST_WORD_END.split(one_for_one(p).strip())[0] for p in words]
    lead = recache.compile(literal_trie(firsts)) if all(firsts) else None
    return gather("grammar.number_brackets", langs)[0], langs, lead


_FIRST_WORD_END = recache.compile(r"[\s'’]")


@functools.lru_cache(maxsize=1)
def _bracketed_number(langs: tuple[str, ...]) -> re.Pattern[str]:
    """A number in round brackets right after its sign, or after its text's noun and perhaps the
    body's name, in the languages ``langs`` whose style writes it so (the lexicons'
    ``grammar.number_brackets``, the pair of brackets: "القرار رقم (2656) لسنة 2022", "قرار مجلس
    الأمن (2578)"): the brackets (groups ``o``, ``o2`` or ``o3``, and ``c``), read as the number
    without them; not a number a slash, a letter or a bracket goes on with ("(52/88)", the turned
    number's).  Built for the first text that holds one of its nouns or signs
    (:func:`_bracketed_lead`): a process that reads none (a refresh of one English file) builds
    neither the pattern nor the list of the bodies' names in those languages."""
    pair = gather("grammar.number_brackets", langs)
    languages = lexicon.load().languages
    names = [n for code in langs for ns in languages[code].raw["bodies"].values() for n in ns]
    nouns, marks = gather("nouns.resolution", langs), gather("footnotes.number", langs)
    signs = alternation(marks)
    o, c = re.escape(pair[0]), re.escape(pair[1])
    return recache.compile(
        rf"(?<!\w)(?:(?:{alternation(nouns)})(?:[ \t]++{alternation(names)})?"
        # (… after the noun or the name, a blank before it and three figures at least: a note's
        # mark in brackets glued to a name or after it, "قرار الجمعية العامة(1)", is none)
        rf"(?:[ \t]++{signs}[ \t]*+(?P<o>{o})[ \t]?\d{{1,4}}|[ \t]++(?P<o2>{o})[ \t]?\d{{3,4}})"
        rf"|{signs}[ \t]*+(?P<o3>{o})[ \t]?\d{{1,4}})[ \t]?(?P<c>{c})(?![\w/(])"
    )


def _bracketed_numbers(text: str) -> list[tuple[int, int, str]]:
    """Edits that take out the brackets of :func:`_bracketed_number` (looked for only where such a
    bracket stands and one of its nouns or signs: most texts have none)."""
    found = _bracketed_lead()
    if found is None:
        return []
    opener, langs, lead = found
    if opener not in text or (lead is not None and lead.search(text) is None):
        return []
    out: list[tuple[int, int, str]] = []
    for m in _bracketed_number(langs).finditer(text):
        o = next(g for g in ("o", "o2", "o3") if m.start(g) >= 0)
        out += [(m.start(o), m.end(o), ""), (m.start("c"), m.end("c"), "")]
    return out


# -- page furniture --------------------------------------------------------------------------
# A UN document prints on every page after the first a running header -- its symbol, often its
# title -- and a line with the job number and the page ("18-18418 2/2", "3/10 18-16895").  In
# the text layer of a PDF these lines stand in the middle of the sentence that runs on to the
# next page ("… 57/11 of 12 November⏎A/RES/73/8⏎Title …⏎18-18418 2/2⏎2002, 58/7 of …").
_PAGE_LINE = recache.compile(
    r"[ \t]*(?:\d{2}-\d{5}[ \t]+\d{1,4}/\d{1,4}|\d{1,4}/\d{1,4}[ \t]+\d{2}-\d{5})[ \t]*"
)
_JOB_DIGITS = recache.compile(r"-\d{5}")  # a fast literal scan: job numbers are rare, one a page
_HEADER_SYMBOL = recache.compile(r"[A-Z]{1,6}(?:/[A-Za-z0-9.()\-]{1,12}){1,6}\*?")
# footnote separator rules: each run is found by a fast literal scan, then checked to fill its line
SEPARATOR_RUNS = (recache.compile(r"_____+"), recache.compile(r"--------+"), recache.compile(r"\*\*\*+"))
SEPARATOR_LINE = recache.compile(r"[ \t]*(?:_{5,}|-{8,}|\*{3,})[ \t]*")
_HEADER_LINES = 6  # most lines a running header takes above its page line
PAGE_LINE_MAX = 1000  # longest line read as a page line
_TITLE_MIN = 12  # a shorter line is not taken for a running title
#: A date, its day and its year ("2 April 2026", "2 de abril de 2026", "2026年4月2日"): a line
#: above a page line that holds one is a table's row (its date of adoption, the same for the
#: rows of a day, printed above other page lines and in the heading's table) or text, not a
#: running title
#: A year that ends a line, and the longest line read as a narrow date cell's last line
_YEAR_AT_END = recache.compile(r"(?<!\d)(?:19|20)\d\d$")
_DATE_TAIL_MAX = 30
#: a line that ends with a day and a month's word, either way round ("of 12 November", "du 3
#: mars", "November 12"), and a year that opens the text after a page line
_DAY_MONTH_END = recache.compile(
    r"(?<![\d/])(?:[1-9]|[12]\d|3[01]) [^\W\d_]{3,}\.?$|(?<!\d)[^\W\d_]{3,}\.? (?:[1-9]|[12]\d|3[01])$"
)
_YEAR_FIRST = recache.compile(r"\s*+(?:19|20)\d\d(?!\d)")
_DAY_AND_YEAR = recache.compile(
    r"(?<!\d)(?:[1-9]|[12]\d|3[01])(?!\d)\D{1,24}(?<!\d)(?:19|20)\d\d(?!\d)"
    r"|(?<!\d)(?:19|20)\d\d\D{1,3}(?:[1-9]|1[0-2])\D{1,3}(?:[1-9]|[12]\d|3[01])(?!\d)"
)


_ANY_YEAR = recache.compile(r"(?:19|20)\d\d")


def _day_and_year(line: str) -> re.Match[str] | None:
    """``_DAY_AND_YEAR.search(line)``: None at once where no year is written (every match holds
    one, and the year is a fast scan; the date's look-behind is tried at every character)."""
    return _DAY_AND_YEAR.search(line) if _ANY_YEAR.search(line) is not None else None


def _collapse(text: str) -> str:
    text = text.strip()
    if "  " in text or "\t" in text or "\n" in text:
        return " ".join(text.split())
    return text


def _lines_before(text: str, pos: int, count: int) -> list[tuple[int, int]]:
    """(start, end) of the lines ending before ``pos`` (a line start), last first, up to
    ``count`` of them that are not blank: blank lines are not counted (an HTML page sets its
    paragraphs apart by several), at most ``count`` of them between two lines of text."""
    out: list[tuple[int, int]] = []
    end = pos - 1
    full = blank = 0
    while end > 0 and full < count:
        start = text.rfind("\n", 0, end) + 1
        if start == end or text[start:end].isspace():
            blank += 1
            if blank > count:
                break
        else:
            full += 1
            blank = 0
        out.append((start, end))
        end = start - 1
    return out


# a page number printed on a line of its own in the middle of a sentence: "- 3 -", "– 12 –"
_PAGE_NUMBER_LINE = recache.compile(r"\n[ \t]*[-–—][ \t]?\d{1,4}[ \t]?[-–—][ \t]*(?=\n)")
_BLANK_LINES = recache.compile(r"(?:\n[ \t]*)+")


def page_numbers(text: str) -> list[tuple[int, int, str]]:
    """Edits that take page numbers printed alone on their line ("- 3 -") out of a sentence:
    the line goes, and with it the blank lines around it when the sentence before it runs
    on (its line does not end with a full stop, colon or semicolon)."""
    edits: list[tuple[int, int, str]] = []
    for m in _PAGE_NUMBER_LINE.finditer(text):
        start, end = m.start(), m.end()
        k = start  # the end of the text before, white space left out (read back, not copied)
        while k > 0 and text[k - 1] in " \t\n":
            k -= 1
        if k > 0 and text[k - 1] not in ".;:":
            start = k
            blanks = _BLANK_LINES.match(text, end)
            end = blanks.end() if blanks else end
            edits.append((start, end, "\n"))
        else:
            edits.append((start, end, ""))
    return edits


# letter-spaced words ("R E S O L U T I O N", "A / R E S / 7 0 / 1"): five single characters
# or more, one space apart; looked for in the heading, and in the whole text when the heading
# has them
_LETTER_SPACED = recache.compile(r"(?<!\S)\S(?: \S){4,}(?!\S)")
_LETTER_HINT = recache.compile(r" \S \S \S ")  # a space first: a faster scan than the pattern's
LETTER_SPACED_HEAD = 5000


def letter_spacing(text: str) -> list[tuple[int, int, str]]:
    """Edits that close up letter-spaced words."""
    if _LETTER_HINT.search(text, 0, LETTER_SPACED_HEAD) is None:
        return []
    found = list(_LETTER_SPACED.finditer(text, 0, LETTER_SPACED_HEAD))
    if found and len(text) > LETTER_SPACED_HEAD:
        found = list(_LETTER_SPACED.finditer(text))
    return [(m.start(), m.end(), m.group().replace(" ", "")) for m in found]


_JOB_LINE = recache.compile(r"[ \t]*\d{2}-\d{5}[ \t]*")
_PAGE_ALONE = recache.compile(r"[ \t]*(?P<n>\d{1,3})/(?P<of>\d{1,3})[ \t]*")
_PAGE_GAP = 2  # most blank lines between a job number's line and its page's line


_LONE_PAGE = recache.compile(r"\n[ \t]*(?P<n>\d{1,3})/(?P<of>\d{1,3})[ \t]*(?=\n)")


def _symbol_line_above(text: str, pos: int) -> bool:
    """Is one of the lines of a running header above ``pos`` a document symbol alone?"""
    return any(
        _HEADER_SYMBOL.fullmatch(text[s:e].strip()) for s, e in _lines_before(text, pos, _HEADER_LINES)
    )


_TITLE_LINE_MAX = 120  # longest line of a running title


def _title_under_symbol(
    lines: list[tuple[int, int, str]], floor: int, text: str, head_end: int, head: list[str]
) -> int:
    """The index of the running header's symbol alone on its line among ``lines`` (read up
    from a page line) when only a title stands between them — one or two lines that do not
    end a sentence, or more lines (a comma at a line's end too) printed, joined, in the
    document's heading above the symbol (a title wrapped in a narrow column: "Necessity of
    ending the economic,⏎commercial and financial embargo⏎…"); -1 when there is none."""
    titles = 0
    wrapped = False  # more lines than a title's, or one that ends a clause
    for i, (s, _e, line) in enumerate(lines):
        if s < floor:
            break
        if "/" in line and _HEADER_SYMBOL.fullmatch(line):  # a symbol has a slash: a fast test first
            if not titles:
                return -1
            if not wrapped:
                return i
            title = " ".join(t for _, _, t in reversed(lines[:i]) if t)
            return i if _printed_before(text, title, s, head_end, head) else -1
        if line:
            if line[0] in "_-*" and SEPARATOR_LINE.fullmatch(line):
                break  # the notes' rule: the lines above it are the page's text, not its header
            titles += 1
            if len(line) > _TITLE_LINE_MAX or line[-1] in ".;:":
                break
            if titles > 2 or line[-1] in ",":
                wrapped = True
    return -1


def _page_beside(text: str, line_start: int, line_end: int) -> tuple[int, int] | None:
    """The span of a job number's line and the page line ("2/5") next to it, above or below,
    a blank line or two apart; None when neither line beside it is a page."""
    pos = line_end  # below
    for _ in range(_PAGE_GAP + 1):
        if pos >= len(text):
            break
        nxt_end = text.find("\n", pos + 1)
        nxt_end = len(text) if nxt_end < 0 else nxt_end
        if nxt_end - pos > 12:
            break
        page = _PAGE_ALONE.fullmatch(text, pos + 1, nxt_end)
        if page:
            return (line_start, nxt_end) if int(page["n"]) <= int(page["of"]) else None
        if text[pos + 1 : nxt_end].strip():
            break
        pos = nxt_end
    end = line_start - 1  # above
    for _ in range(_PAGE_GAP + 1):
        if end <= 0:
            break
        prev_start = text.rfind("\n", max(0, end - 13), end) + 1
        if prev_start == 0 and end > 13:
            break
        page = _PAGE_ALONE.fullmatch(text, prev_start, end)
        if page:
            return (prev_start, line_end) if int(page["n"]) <= int(page["of"]) else None
        if text[prev_start:end].strip():
            break
        end = prev_start - 1
    return None


def _dated_header(text: str, core: str, symbol: str, pos: int) -> bool:
    """Is a line that opens or ends with ``symbol`` a running header that prints the text's
    date and the page's number ("A/80/350 30 July 2025 Page 2"): ``core`` (the line less the
    symbol) a date and a short page mark after it, and the symbol the one the text's head
    prints (a table's row that cites another text's symbol and date is the text's)?"""
    date = _day_and_year(core)
    if date is None:
        return False
    rest = (core[: date.start()] + core[date.end() :]).strip()
    return (
        len(rest) <= _PAGE_MARK_MAX
        and (not rest or rest[-1].isdigit())
        and text.find(symbol, 0, min(pos, _HEAD_CHARS)) >= 0
    )


#: The longest page mark beside a dated header's date ("Page 12", "p. 3/14"); the text's head
#: where its own symbol is printed
_PAGE_MARK_MAX = 12
_HEAD_CHARS = 600


def _printed_before(text: str, line: str, pos: int, head_end: int, head: list[str]) -> bool:
    """Is ``line`` printed in the document's heading, before ``pos`` (a running title)?
    ``head`` keeps the heading collapsed once it is needed."""
    # a word of the line that the heading does not print: not printed there (white space is
    # all that collapsing changes — this spares collapsing the heading for most lines); the
    # longest words first, the likeliest to be missing
    limit = min(head_end, pos)
    for word in sorted(set(line.split(" ")), key=len, reverse=True):
        if text.find(word, 0, limit) < 0:
            return False
    if pos < head_end:
        return line in _collapse(text[:pos])
    if not head:
        head.append(_collapse(text[:head_end]))
    return line in head[0]


def alone_run(text: str, s: int, e: int) -> bool:
    """Is the run ``text[s:e]`` a separator line (blanks around it only)?  Read from the
    run outwards, not from the line's start: a long line of runs is read once."""
    i, j = s, e
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    while j < len(text) and text[j] in " \t":
        j += 1
    if (i > 0 and text[i - 1] != "\n") or (j < len(text) and text[j] != "\n"):
        return False
    return SEPARATOR_LINE.fullmatch(text, i, j) is not None


# a note's number with a document's symbol glued to it, under a note's rule ("____⏎1A/80/423
# and Corr.1.", as a word processor's raised number comes out in a text copy): the number spaced
_GLUED_NOTE = recache.compile(r"\n[ \t]*+(\d{1,3})(?=[A-Z][A-Z0-9.\-]{0,12}/[A-Z0-9])")
_NOTE_LINES_ABOVE = 8  # most lines of notes between a note and its rule
# a note's marker after a clause's comma, glued to the first word of the paragraph after it, which
# a page's text layer (a PDF's: pages) ran on from the foot of one column to the head of the next
# ("… del Secretario General,4Acogiendo con beneplácito …"): a line break after the marker
_GLUED_MARKER = recache.compile(
    r"[,;](?<=[a-z\u00df-\u00ff\u0430-\u045f][,;])(\d{1,3})"
    r"(?=[A-Z\u00c0-\u00de\u0410-\u042f][a-z\u00df-\u00ff\u0430-\u045f]{2})"
)

# a paragraph's number glued to its first word at a line's start, as OpenEdition's pages number
# every paragraph of an article ("3Rappelant la résolution …", "4Résolution 2625 (XXV) …"): the
# number spaced, where two lines at least open so (a single one may be a word's own figures)
# (a scan led by the line break, the text's first line matched apart: a pattern that opens with
# a look-behind or "\A" is tried at every character of the text, thirty times slower)
_GLUED_PARAGRAPH_BODY = (
    r"[ \t]*+(\d{1,3})"
    r"(?=[A-Z\u00c0-\u00de\u0410-\u042f](?:[a-z\u00df-\u00ff\u0430-\u045f]|['\u2019][A-Za-z\u00c0-\u00ff]))"
)
_GLUED_PARAGRAPH = recache.compile(r"\n" + _GLUED_PARAGRAPH_BODY)
_GLUED_FIRST_PARAGRAPH = recache.compile(_GLUED_PARAGRAPH_BODY)
_GLUED_PARAGRAPHS_LEAST = 2


def glued_paragraphs(text: str) -> list[tuple[int, int, str]]:
    """Edits that set a blank after the paragraph numbers glued to their first words (see
    ``_GLUED_PARAGRAPH``), where at least ``_GLUED_PARAGRAPHS_LEAST`` lines open so."""
    first = _GLUED_FIRST_PARAGRAPH.match(text)
    found = ([first] if first is not None else []) + list(_GLUED_PARAGRAPH.finditer(text))
    if len(found) < _GLUED_PARAGRAPHS_LEAST:
        return []
    return [(m.start(1), m.end(1), m.group(1) + " ") for m in found]


# the letter "l" a scanned page's text layer read for the figure one in a symbol's numbered
# element ("A/45/3/Rev.l", "E/CN.4/1994/132/Add.l", "A/C.3/45/L.l2") or in its year after the series
# ("E/l994/24"): a series' letters and a slash before it, no letter after it; or a numbered
# element of its own after a symbol's list word, its kind spelt out ("A/CN.4/297 and Add.l",
# "A/CN.4/L.212 and Add.l and 2"): the kind alone as a word, the number after it
_OCR_ONE = recache.compile(
    rf"(?<=[A-Z0-9]/)(?:{NUMBERED_ELEMENTS}|L)\.(?P<n>[0-9l]{{0,2}}l[0-9l]{{0,2}})(?![\w/])"
    r"|(?<=\b[A-Z]/)(?P<y>l)(?=9[4-9]\d/\d)"
    rf"|(?<=\s)(?:{NUMBERED_ELEMENTS})\.(?P<e>l[0-9]?)(?![\w/.])"
    # (… and an early text's number before its session's bracket: "resolutions ll (II) of …")
    r"|(?<=\s)(?P<s>[0-9l]{0,2}l[0-9l]{0,2})(?=[ \t]?\((?:S-|ES-)?[IVXLC]{1,7}\))"
)


# (the fast tests for them: a search for a literal of two characters is many times faster than
# `in` with it in a text stored two bytes a character)
_HINT_DOT_L = recache.compile(r"\.l")
_HINT_SLASH_L = recache.compile(r"/l9")
_HINT_L_BRACKET = recache.compile(r"l ?\(")


# the two ones of a session's Roman numeral that a scanned page's text layer ran into the letter
# "H" ("2219(XXH)", "2465 (XXHI)" for XXII and XXIII): a number before the bracket, another
# numeral's letter in it, the bracket closed right after, the numeral then a Roman one
_OCR_ROMAN_H = recache.compile(r"(?<=\d)[ ]?\((?P<r>[XVLI]{0,6}H(?:I{1,2})?)\)")
_HINT_H_BRACKET = recache.compile(r"H\)|HI\)|HII\)")
_ROMAN_SESSION = recache.compile(r"(?:L?X{0,3})(?:IX|IV|V?I{0,3})")


def ocr_roman_h(text: str) -> list[tuple[int, int, str]]:
    """The letters "H" of a session's numeral a text layer read for two ones
    (:data:`_OCR_ROMAN_H`), each the two ones, where the numeral then is one."""
    out: list[tuple[int, int, str]] = []
    for m in _OCR_ROMAN_H.finditer(text):
        numeral = m.group("r").replace("H", "II")
        if len(m.group("r")) > 1 and _ROMAN_SESSION.fullmatch(numeral):
            start = m.start("r")
            out.extend((start + i, start + i + 1, "II") for i, c in enumerate(m.group("r")) if c == "H")
    return out


def ocr_ones(text: str) -> list[tuple[int, int, str]]:
    """The letters "l" of a symbol's number that a text layer read for ones (:data:`_OCR_ONE`),
    each the figure one (one character for one: the offsets stay)."""
    out: list[tuple[int, int, str]] = []
    for m in _OCR_ONE.finditer(text):
        group = next(g for g in ("n", "y", "e", "s") if m.group(g) is not None)
        start = m.start(group)
        out.extend((start + i, start + i + 1, "1") for i, c in enumerate(m.group(group)) if c == "l")
    return out


def glued_notes(text: str) -> list[tuple[int, int, str]]:
    """The numbers of notes glued to their symbols, under a rule that stands alone on its line
    at most a few lines above (each line between opens with a number or goes on a note)."""
    out: list[tuple[int, int, str]] = []
    for m in _GLUED_NOTE.finditer(text):
        for s, e in _lines_before(text, m.start() + 1, _NOTE_LINES_ABOVE):
            if SEPARATOR_LINE.fullmatch(text, s, e):
                out.append((m.start(1), m.end(1), m.group(1) + " "))
                break
    return out


# a browser's print of a web page: its pages' footers and headers (read/marks.py), each a line
# (between line breaks or page breaks)
_PRINT_FOOTER = recache.compile(rf"(?:(?<=[\n\f])|\A){PRINT_FOOTER}(?=[\n\f]|\Z)")
_PRINT_HEADER = recache.compile(rf"(?:(?<=[\n\f])|\A){PRINT_STAMP}[^\n\f]*")


_MARGIN_BLANKS = " \t\n\f"


def _blank_back(text: str, i: int) -> int:
    """Where the blanks before ``i`` start (0: only blanks before it, as before a text's first
    line)."""
    while i > 0 and text[i - 1] in _MARGIN_BLANKS:
        i -= 1
    return i


def _blank_on(text: str, i: int) -> int:
    """Where the blanks from ``i`` end."""
    while i < len(text) and text[i] in _MARGIN_BLANKS:
        i += 1
    return i


def print_margins(text: str) -> list[tuple[int, int, str]]:
    """The lines a browser prints in a page's margins (see above), blanked: the footers, and
    the headers of a text that has such footers, at a page's edge: the text's first line, or a
    line with only blanks between it and a footer (a line of the text that opens with a date and
    a time, "9/12/25, 10:00 The Second Committee adopted …", is kept)."""
    feet = [(m.start(), m.end(), "") for m in _PRINT_FOOTER.finditer(text)]
    if not feet:
        return []
    starts = {_blank_on(text, a) for a, _, _ in feet}
    ends = {0} | {_blank_back(text, e) for _, e, _ in feet}
    heads = []
    for m in _PRINT_HEADER.finditer(text):
        if _blank_back(text, m.start()) in ends or _blank_on(text, m.end()) in starts:
            heads.append((m.start(), m.end(), ""))
    return sorted(feet + heads)


def _foot_separator(text: str, start: int, end: int) -> bool:
    """Does a footnote separator rule of underscores or dashes stand alone on a line between
    ``start`` and ``end`` (line starts both)?"""
    rules = SEPARATOR_RUNS[:2]
    return any(alone_run(text, m.start(), m.end()) for run in rules for m in run.finditer(text, start, end))


def _running_title(core: str, line: str) -> bool:
    """Is ``core``, after a symbol that opens ``line``, a running title: a short line that
    starts as a title does (a capital or an ideograph, no digit, bracket or lower-case word)
    and does not end a sentence?"""
    return (
        len(core) >= (4 if "\u4e00" <= core[0] <= "\u9fff" else _TITLE_MIN)  # Chinese titles are short
        and len(line) <= _TITLE_LINE_MAX
        and line[-1] not in ".;:,"
        and not core[0].islower()
        and core[0].isalpha()
    )


_SHORT_TITLE_WORDS = 3  # most words of a short running title ("A/RES/70/146 Torture")


@functools.lru_cache(maxsize=1)
def _joining_words() -> frozenset[str]:
    """The words that join or link a sentence's parts (list words, stop words), in every
    language: a line of a symbol and one of them goes on a sentence, it is no running title."""
    langs = lexicon.scope("*")
    words = gather("grammar.list_and", langs) + gather("stopwords", langs)
    return frozenset(w.casefold() for w in words)


def _short_title(core: str, line: str) -> bool:
    """Is ``core``, after a symbol that opens ``line`` right above (or below) a page line, a
    very short running title: one to a few words, or a few ideographs, that start as a title
    does, hold no digit and end no sentence ("A/RES/70/146 Torture"), and are not a word that
    joins a sentence's parts?"""
    words = core.split()
    return (
        1 <= len(words) <= _SHORT_TITLE_WORDS
        and len(core) >= 2
        and line[-1] not in ".;:,"
        and core[0].isalpha()
        and not core[0].islower()
        and not any(ch.isdigit() for ch in core)
        and not any(w.casefold() in _joining_words() for w in words)
    )


def _runs_over(text: str, before: int, after: int) -> bool:
    """Does a sentence run on over the lines from ``before`` to ``after`` (a page's foot and the
    next page's top)?  The text before them ends no sentence and is no symbol alone on its line
    (a list of symbols, one a line), and the text after them goes on as :func:`_foot_edit`
    reads it, and is no symbol alone on its line either."""
    k = _blank_back(text, before)
    j = _blank_on(text, after)
    if k == 0 or j >= len(text) - 1:
        return False
    prev = text[text.rfind("\n", 0, k) + 1 : k].strip()
    nl = text.find("\n", j)
    nxt = text[j : len(text) if nl < 0 else nl].strip()
    if _HEADER_SYMBOL.fullmatch(prev) or _HEADER_SYMBOL.fullmatch(nxt):
        return False
    return _goes_on(prev[-1], nxt, uncased=True)


def _header_below(text: str, pos: int, page: int) -> int:
    """Where the next page's text starts when its running header follows the page line (a
    text layer that reads each page from its top: "… 2/6⏎A/RES/76/150 Title⏎of 18 December
    …"): past a line that is the document's symbol, alone or with its running title, and
    that, alone on its line, the document prints elsewhere too (its masthead, its other
    headers: a document cited once in a list is text), or that a sentence runs on over, with
    the page line at ``page`` (:func:`_runs_over`: a passage that prints the header once);
    ``pos`` (a line start) when no such line follows."""
    if pos >= len(text) or "/" not in text[pos : pos + 40]:
        return pos  # (a symbol has a slash near the line's start: a fast test first)
    nl = text.find("\n", pos, pos + _TITLE_LINE_MAX + 40)
    line_end = nl if nl >= 0 else len(text)
    if nl < 0 and len(text) - pos > _TITLE_LINE_MAX + 40:
        return pos
    line = _collapse(text[pos:line_end])
    sym = _HEADER_SYMBOL.match(line)
    if sym is None or not line:
        return pos
    core = line[sym.end() :].strip()
    if core and not _running_title(core, line) and not _short_title(core, line):
        return pos
    if not core:
        symbol = sym.group()
        first = text.find(symbol)
        if (first < 0 or text.find(symbol, first + 1) < 0) and not _runs_over(text, page, line_end):
            return pos  # alone and printed once: a citation on its line, not a running header
    end = min(len(text), line_end + 1)
    blanks = _BLANK_LINES.match(text, end)  # (the blank lines under it go with it)
    return blanks.end() if blanks is not None and blanks.end() < len(text) else end


# -- a first page's foot ---------------------------------------------------------------------
# The first page of a UN document prints at its foot the job number with the letter of its
# language and the date it was processed ("25-12345 (E) 150925"), a bar code of the job number
# ("*2512345*") and a recycling mark with its words (grammar/data: heading.recycle); a text layer
# may put them in the middle of a sentence ("… its resolutions⏎25-12345 (E)⏎*2512345*⏎61/143 …").
_FIRST_JOB = recache.compile(r"[ \t]*+\d{2}-\d{5}[ \t]*+\([A-Z]\)(?:[ \t]++\d{6})?+[ \t]*+")
_BAR_CODE = recache.compile(r"[ \t]*+\*(\d{7})\*[ \t]*+")
_FOOT_GAP = 2  # most blank lines between two lines of a first page's foot
_FOOT_LINE_MAX = 60  # a longer line is text
_SENTENCE_ENDS = frozenset(".;:!?\u3002\uff1b\uff1a\uff01\uff1f")
_CLAUSE_MARKS = frozenset(",\uff0c\u3001\u060c")
_NUMBER_ON = recache.compile(r"\d++(?![.)])")  # a number that no full stop or bracket closes


def _first_foot(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The span (from a line start to a line end) of a first page's foot whose job number's
    line is ``text[s:e]``: that line and the bar code of its number and the recycling mark's
    words beside it, a blank line or two apart; None when the job number's line has neither
    the letter of its language nor its bar code beside it."""
    first = _FIRST_JOB.fullmatch(text, s, e) is not None
    if not first and _JOB_LINE.fullmatch(text, s, e) is None:
        return None
    digits = text[s:e].strip()[:8].replace("-", "")
    start, end = s, e
    coded = False
    for down in (True, False):  # the lines below it, then those above it
        pos, blanks = (end, 0) if down else (start, 0)
        while (pos < len(text)) if down else (pos > 0):
            if down:
                ls = pos + 1
                le = text.find("\n", ls)
                le = len(text) if le < 0 else le
            else:
                le = pos - 1
                ls = text.rfind("\n", 0, le) + 1
            pos = le if down else ls
            if le - ls > _FOOT_LINE_MAX:
                break
            if not text[ls:le].strip():
                blanks += 1
                if blanks > _FOOT_GAP:
                    break
                continue
            bar = _BAR_CODE.fullmatch(text, ls, le)
            if bar is not None and bar[1] == digits:
                coded = True
            elif recycle_line().fullmatch(text, ls, le) is None:
                break
            blanks = 0
            if down:
                end = le
            else:
                start = ls
    return (start, end) if first or coded else None


def _foot_edit(text: str, start: int, end: int) -> tuple[int, int, str]:
    """The edit that takes out a first page's foot (``text[start:end]``, whole lines): its lines
    go, and the blank lines around them when the sentence runs on over them — the text before
    ends no sentence, and the text after goes on (:func:`_goes_on`: "resolutions⏎…⏎61/143",
    "2008,⏎…⏎65/187")."""
    k = _blank_back(text, start)
    j = _blank_on(text, end)
    if k > 0 and j < len(text) - 1 and _goes_on(text[k - 1], text[j : j + 12]):
        return (k, j, "\n")
    return (start, min(len(text), end + 1), "")


def _goes_on(last: str, nxt: str, uncased: bool = False) -> bool:
    """Does the text that opens with ``nxt`` (two characters at least) go on a sentence whose
    text so far ends with ``last``?  No sentence ended there (but an abbreviation's full stop
    before a number that goes on, "vol.⏎2225, No. 39574", not a paragraph's "3. Requests"), and
    a digit, a small letter or a symbol opens it ("61/143", "of", "A/RES/…", not "Seventy-ninth
    session"); or a letter of a script without capitals (Chinese, Arabic) opens it, after a
    clause's mark or with ``uncased``."""
    c = nxt[0]
    if last in _SENTENCE_ENDS:
        return last == "." and _NUMBER_ON.match(nxt) is not None
    if c.isdigit() or c.islower():
        return True
    if c.isupper():
        return not nxt[1:2].islower()
    return c.isalpha() and (uncased or last in _CLAUSE_MARKS)


#: A line that ends with a comma ends a clause, not a running title
_CLAUSE_ENDS = frozenset(",\uff0c\u060c")


def page_furniture(text: str) -> list[tuple[int, int, str]]:
    """Edits that take running headers and page lines out of the text.

    The page line is the anchor; the lines above it belong to the header while they are
    blank, a document symbol alone (or ending a line of title), or a title that the
    document prints in its heading or on another page.  The sentence before the header
    then runs on into the next page; a footnote block at the page's foot stays apart from
    the next page's text (a blank line is kept)."""
    marked = text  # (the page breaks kept: a first page's foot at one is the page frame's)
    if "\f" in text:
        text = text.replace("\f", "\n")  # a page break (form feed) ends a line too; same length
    pages: list[tuple[int, int]] = []
    feet: list[tuple[int, int]] = []  # a first page's foot
    for m in _JOB_DIGITS.finditer(text):
        # a page line is short: its ends are looked for PAGE_LINE_MAX characters away at most
        # (else a long line of job numbers would be read again for each of them)
        line_start = text.rfind("\n", max(0, m.start() - PAGE_LINE_MAX), m.start()) + 1
        if line_start == 0 and m.start() > PAGE_LINE_MAX:
            continue
        if pages and pages[-1][0] == line_start:
            continue
        line_end = text.find("\n", m.end(), m.end() + PAGE_LINE_MAX)
        if line_end < 0:
            if len(text) - m.end() > PAGE_LINE_MAX:
                continue
            line_end = len(text)
        if _PAGE_LINE.fullmatch(text, line_start, line_end):
            pages.append((line_start, line_end))
            continue
        if _JOB_LINE.fullmatch(text, line_start, line_end):
            # the job number and the page on two lines ("17-19321⏎2/2", "3/3⏎23-24443")
            two = _page_beside(text, line_start, line_end)
            if two is not None and (not pages or pages[-1][1] <= two[0]):
                pages.append(two)
                continue
        if (block := _first_foot(text, line_start, line_end)) is not None and (
            "\f" not in marked[_blank_back(marked, block[0]) : _blank_on(marked, block[1])]
        ):
            feet.append(block)
    if not pages and "/" in text:
        # a page line without a job number ("2/2"), under a running header's symbol (a document
        # prints its job number on every page or on none)
        lone = [
            (m.start() + 1, m.end())
            for m in _LONE_PAGE.finditer(text)
            if 2 <= int(m["n"]) <= int(m["of"]) and _symbol_line_above(text, m.start() + 1)
        ]
        if lone:
            merged = sorted(pages + lone)
            pages = []
            for page in merged:
                if pages and page[0] < pages[-1][1]:  # the same page line, found both ways
                    pages[-1] = (pages[-1][0], max(pages[-1][1], page[1]))
                else:
                    pages.append(page)
    firsts = [_foot_edit(text, s, e) for s, e in feet]
    if not pages:
        return firsts
    head_end = min(3000, len(text))
    head: list[str] = []  # the heading collapsed, made when a title is looked for in it
    # lines printed above two page lines or more are a running title
    printed: dict[str, set[int]] = {}  # a line's text → where it is printed
    blocks: list[list[tuple[int, int, str]]] = []
    for page_start, _ in pages:
        lines = [(s, e, _collapse(text[s:e])) for s, e in _lines_before(text, page_start, _HEADER_LINES)]
        blocks.append(lines)
        for s, _e, c in lines:
            if len(c) >= _TITLE_MIN:
                printed.setdefault(c, set()).add(s)
    # a line counts once however many page lines it stands above: the lines above two page
    # lines close together (a page's foot, then the next page's top) are not all repeated
    seen = {key: len(at) for key, at in printed.items()}
    edits: list[tuple[int, int, str]] = []
    last_end = 0
    for (page_start, page_end), lines in zip(pages, blocks, strict=True):
        start = page_start
        title_to = _title_under_symbol(lines, last_end, text, head_end, head)
        nearest = True  # no line of text yet between this line and the page line
        alone: set[str] = set()  # the symbols this page's furniture prints alone on a line
        # the next page opens with a year: a line that ends with a day and a month is the date
        # the page cut ("… 57/11 of 12 November⏎A/RES/80/8⏎Title⏎25-12345⏎2/2⏎2002, 58/7 …"),
        # text, however the heading prints those words in its dates
        year_next = _YEAR_FIRST.match(text, page_end) is not None
        for i, (s, _e, line) in enumerate(lines):
            if s < last_end:
                break
            if year_next and _DAY_MONTH_END.search(line):
                break
            if i <= title_to:  # a title between the header's symbol and the page line
                start = s
                continue
            core = line
            sym = _HEADER_SYMBOL.search(line) if "/" in line else None  # (a fast test first)
            if sym and line[-1] == ".":  # "… and A/AC.105/1181.": a sentence's end, not a header
                break
            if sym and (sym.end() == len(line) or sym.start() == 0):
                # the symbol and the title on one line, either way round ("Title A/RES/81/40",
                # "A/RES/81/40 Oceans and the law of the sea")
                core = (line[: sym.start()] if sym.end() == len(line) else line[sym.end() :]).strip()
                if core and nearest and (_running_title(core, line) or _short_title(core, line)):
                    start = s  # right above the page line: the running header, title not printed elsewhere
                    nearest = False
                    continue
                if core and nearest and _dated_header(text, core, sym.group(), s):
                    start = s  # the text's own symbol, its date and the page's number: a header
                    nearest = False
                    continue
            nearest = nearest and not line
            if sym is not None and not core:
                if sym.group() in alone:
                    # the same symbol again right above it: a page prints its running symbol
                    # once, so this is the masthead's, set at the first page's foot ("Security
                    # Council⏎S/INF/81⏎S/INF/81⏎25-20456 1/2"): the document's own, not furniture
                    break
                alone.add(sym.group())
            if core and core[-1] in _CLAUSE_ENDS:
                break  # a clause that goes on ("The Conference of the Parties,"): text, never a title
            if core and _day_and_year(core):
                break  # a table's row (its date of adoption) or text, never a title
            if (
                core
                and len(core) <= _DATE_TAIL_MAX
                and i + 1 < len(lines)
                and lines[i + 1][2]
                and _YEAR_AT_END.search(core)
                and _DAY_AND_YEAR.search(f"{lines[i + 1][2]} {core}")
            ):
                break  # a date cell's last line, printed on many rows ("8 October⏎2026"): a row's
            if not core or (
                len(core) >= _TITLE_MIN
                and (
                    seen.get(line, 0) > 1
                    or seen.get(core, 0) > 1
                    or _printed_before(text, core, s, head_end, head)
                )
            ):
                start = s
                continue
            if i + 1 < len(lines) and lines[i + 1][2] and s >= last_end:
                # a short line of a title set in a narrow column ("… commercial and⏎financial⏎
                # embargo …"): printed in the heading with the line above it
                joined = f"{lines[i + 1][2]} {core}"
                if _day_and_year(joined):
                    break  # a date wrapped in a table's narrow cell ("3 April⏎2026"): a row's
                if _printed_before(text, joined, s, head_end, head):
                    start = s
                    continue
            break
        end = page_end
        while end < len(text) and text[end] == "\n":
            nl = text.find("\n", end + 1)
            if nl < 0 or text[end + 1 : nl].strip():
                break
            end = nl
        end = min(len(text), end + 1)
        end = _header_below(text, end, start)
        foot = _foot_separator(text, last_end, start)
        if not foot and (above := _ruleless_notes(text, last_end, start)) is not None:
            edits.append((above, above + 1, f"\n{NOTE_RULE}\n"))  # the notes' rule, as printed
            foot = True
        edits.append((start, end, "\n" if foot else ""))
        last_end = end
    if firsts:  # (but not where a page's furniture already goes)
        edits = sorted(edits + [f for f in firsts if not any(a < f[1] and f[0] < b for a, b, _ in edits)])
    return edits


# -- page frames ----------------------------------------------------------------------------
# A text whose pages are marked (form feeds: PDF text layers, pdftotext output) but that prints
# no job number: other bodies' documents, third-party copies.  Its page frame is read from the
# page breaks: the lines at the top or foot of the pages that recur, the same, on several of
# them, and the page numbers that count the pages.
_FRAME_ZONE = 4  # most lines of a page's top or foot that belong to its frame
_FRAME_LINE_MAX = 200  # a longer line is text, not a running header
# "3", "- 3 -", "3/24", "Page 3", "Página 3 de 9", "3 of 24"
# (lines collapsed: one space between words, none at the ends)
# … beside a job number ("26-12345 3", "3 26-12345 (E)")
_JOB = r"\d{2}-\d{5}(?: ?\([A-Z]\))?"
_FRAME_NUMBER = recache.compile(
    rf"(?:{_JOB} )?(?:[-–—] ?)?(?:[^\W\d_]{{1,8}} )?(?P<n>\d{{1,4}})"
    rf"(?: ?(?:/|[^\W\d_]{{1,3}}) ?\d{{1,4}})?(?: ?[-–—])?(?: {_JOB})?"
)
# … or a job number alone, as on a first page ("26-12345", "26-12345 (E) 201226"), or beside the
# page's number however few pages the text has ("26-12345 3", "4 26-12345": a compilation's text
# read apart, its last page's foot the next text's)
_FRAME_JOB = recache.compile(rf"(?:\d{{1,4}} )?{_JOB}(?: \d{{6}}| \d{{1,4}})?")


_FORM_FEED = recache.compile("\f")


def _after(
    edits: list[tuple[int, int, str]], frame: tuple[int, int, str], text: str
) -> tuple[int, int, str] | None:
    """``frame`` less what an edit of ``edits`` (in order, apart) already takes out at its
    start (a page line that ends where the frame's next page begins) or from the top of the
    frame's next page to its end (a reproduced text's own page line under the frame's:
    "A/80/100⏎9⏎\fA/RES/79/5⏎Title⏎25-12345 6/6": the foot of the page before, its running
    header and page number, still goes); None when nothing of it is left, or when an edit takes
    out more of it (one inside it that ends before it does, or that begins on the same page as
    the frame: a masthead's symbol at a first page's foot above the page line stays)."""
    start, end, repl = frame
    i = bisect.bisect_right(edits, start, key=operator.itemgetter(0))
    if i > 0 and edits[i - 1][1] > start:  # an edit that began before the frame runs into it
        start = edits[i - 1][1]
    if i < len(edits) and edits[i][0] < end:  # … or one inside it
        if edits[i][1] < end or text.find("\f", start, edits[i][0]) < 0:
            return None
        end = edits[i][0]
    return (start, end, repl) if start < end else None


def _zone_lines(text: str, start: int, end: int, top: bool) -> list[tuple[int, int, str]]:
    """The first (``top``) or last :data:`_FRAME_ZONE` lines of ``text[start:end]`` that are
    not blank: their start, end (the newline after them included when there is one) and text
    collapsed, in order from the page's edge."""
    out: list[tuple[int, int, str]] = []
    pos = start if top else end
    while len(out) < _FRAME_ZONE and (pos < end if top else pos > start):
        if top:
            nl = text.find("\n", pos, end)
            line_end = end if nl < 0 else nl
            s, e, nxt = pos, line_end, (end if nl < 0 else nl + 1)
        else:
            nl = text.rfind("\n", start, pos)
            s, e, nxt = (start if nl < 0 else nl + 1), pos, (start if nl < 0 else nl)
        if e - s > _FRAME_LINE_MAX:
            break
        line = _collapse(text[s:e])
        if line:
            out.append((s, e, line))
        pos = nxt
    return out


# a page's foot note without a rule above it (a rule drawn as a graphic leaves none in a text
# layer or its copy): a line that opens with a note's number ("1 See …", "(1) …", "[1] …")
_NOTE_OPEN = recache.compile(
    rf"[ \t]*+(?:(\d{{1,3}})|\((\d{{1,3}})\)|\[(\d{{1,3}})\]|([{SUPERSCRIPTS}]{{1,3}}))"
    r"[ \t]++(?=[^\s\d.,;:)])"
)
#: … whose marker the page prints before it, glued to a word or a closing mark ("Basins1 and",
#: "(1)" after a word, "》1"), or raised ("2001,¹")
_PAGE_MARKER = recache.compile(
    r"(?:(?<=[^\W\d_])|(?<=[)\]\u00bb\u201d\u2019\"\u300b\u300d\u300f\u3009\u3011]))"
    rf"(?:(\d{{1,3}})|\((\d{{1,3}})\)|\[(\d{{1,3}})\])(?![\d/.])|(?<=\S)([{SUPERSCRIPTS}]{{1,3}})"
)


def _note_number(m: re.Match[str]) -> int:
    """The number of a note's marker matched by one of the patterns above."""
    return int(m.group(m.lastindex or 1).translate(SUPER_TO_DIGIT))


def _ruleless_notes(text: str, floor: int, start: int) -> int | None:
    """Where a block of notes with no rule above it ends the page whose furniture starts at
    ``start`` (a line start): the offset of the line break above the block's first note, or
    None.  The block lies right above the furniture, a few lines at most (a blank line above
    it or none, as a text layer gives it), and opens each note with a number in sequence
    ("…Ecosystems2 and its resolutions …⏎⏎2 See A/77/318.⏎3 …⏎⏎A/RES/80/57") that the page
    (from ``floor``) prints before as a note's marker, glued to a word; a numbered paragraph
    ("12. Requests …"), a list or a table whose lines open with numbers has no such markers."""
    lines = _lines_before(text, start, _NOTE_LINES_ABOVE + 2)
    k = 0
    while k < len(lines) and not text[lines[k][0] : lines[k][1]].strip():
        k += 1  # the blank lines between the block and the furniture
    numbers: list[int] = []
    top = last = -1
    for s, e in lines[k : k + _NOTE_LINES_ABOVE]:  # up from the page's foot
        if s <= floor:
            break
        if not text[s:e].strip():
            if last != top:
                return None  # a blank line above the block: its first line opens a note
            break
        last = s
        m = _NOTE_OPEN.match(text, s, e)
        if m is None:
            continue  # a note's line that goes on
        n = _note_number(m)
        if numbers and n != numbers[-1] - 1:
            continue  # (a note's line that opens with a number)
        numbers.append(n)
        top = s
    if top <= floor:
        return None
    glued = {_note_number(m) for m in _PAGE_MARKER.finditer(text, floor, top)}
    return top - 1 if glued.issuperset(numbers) else None


def page_frames(text: str, breaks: list[int]) -> list[tuple[int, int, str]]:
    """Edits that take the page frame out of a text whose pages end at ``breaks`` (the
    offsets of its form feeds, which ``text`` may write as newlines): the lines at a page's
    top or foot that recur, the same, on 30 % of the pages (two at least; three for a line
    with a date) and stand whole inside one page at most, and the page numbers that count the
    pages.  A frame line ends at the first line of the page's own text; a line that ends a
    clause (a comma, a colon) is never a frame."""
    cuts = [-1, *breaks, len(text)]
    pages = [(a + 1, b) for a, b in pairwise(cuts)]
    need = max(2, (len(pages) * 3 + 9) // 10)
    # … a line with a date, on three at least: two rows of a table of one day's texts may end
    # two pages of three ("4 April 2026 Adopted without a vote")
    need_dated = max(3, need)
    tops = [_zone_lines(text, s, e, True) for s, e in pages]
    feet = [_zone_lines(text, s, e, False) for s, e in pages]
    seen: dict[str, int] = {}  # a line's text → how many pages print it at an edge
    for at_top, at_foot in zip(tops, feet, strict=True):
        for key in {line for _, _, line in at_top} | {line for _, _, line in at_foot}:
            seen[key] = seen.get(key, 0) + 1
    inner = _inner_counts(text, pages, tops, feet, {key for key, n in seen.items() if n >= need})
    # a page number counts the pages: its number less the page's is the same on most of them
    shifts: dict[int, int] = {}
    numbers: dict[tuple[int, int], int] = {}
    for k, zone in enumerate((*tops, *feet)):
        for s, _e, line in zone:
            m = _FRAME_NUMBER.fullmatch(line)
            if m is not None:
                numbers[(k, s)] = int(m["n"]) - k % len(pages)
                shifts[numbers[(k, s)]] = shifts.get(numbers[(k, s)], 0) + 1
    shift = max(shifts, key=lambda n: shifts[n]) if shifts else None
    if shift is not None and shifts[shift] < 2:
        shift = None
    # the symbol the first page prints at its top (a masthead): a line that opens or ends with it
    # at the top of another page is a running header, however few pages print it
    own = {m.group() for _, _, line in tops[0] if "/" in line for m in _HEADER_SYMBOL.finditer(line)}

    def frame(k: int, zone: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
        out = []
        for s, e, line in zone:
            if SEPARATOR_LINE.fullmatch(line):  # a footnote rule: the notes' own
                break
            if (
                (
                    seen[line] >= (need_dated if _day_and_year(line) else need)
                    and line[-1] not in ",;:"
                    and inner.get(line, 0) < 2
                )
                or (shift is not None and numbers.get((k, s)) == shift)
                or _FRAME_JOB.fullmatch(line)
                or (k >= len(pages) and (_BAR_CODE.fullmatch(line) or recycle_line().fullmatch(line)))
                or (0 < k < len(pages) and own and _own_header(line, own))
                # … and at a page's foot, that symbol alone on its line (a footer, or a running
                # header a browser draws after the page's text: "… 67/29 of 3⏎A/RES/80/17⏎2⏎\f
                # December 2012, …"), however often the text's own page lines print it too
                or (k >= len(pages) and line in own)
            ):
                out.append((s, e))
                continue
            break
        return out

    edits: list[tuple[int, int, str]] = []
    last_end = 0
    for n in range(len(pages) - 1):
        foot = frame(len(pages) + n, feet[n])
        top = frame(n + 1, tops[n + 1])
        if foot and not top and tops[n + 1]:
            # a symbol alone at the next page's top that a sentence runs on over: its running
            # header, though the passage prints it once
            s, e, line = tops[n + 1][0]
            if "/" in line and _HEADER_SYMBOL.fullmatch(line) and _runs_over(text, foot[-1][0], e):
                top = [(s, e)]
        if not foot and not top:
            continue
        # (without a foot frame the page break stays: it ends the page's last line)
        start = min(s for s, _ in foot) if foot else cuts[n + 1] + 1
        end = max(e for _, e in top) if top else cuts[n + 1] + 1
        if end < len(text) and text[end] == "\n":
            end += 1
        if start < last_end:
            start = last_end
        if start >= end:
            continue
        keep = _foot_separator(text, pages[n][0], start)
        floor = max(last_end, pages[n][0])
        if not keep and (above := _ruleless_notes(text, floor, start)) is not None:
            edits.append((above, above + 1, f"\n{NOTE_RULE}\n"))  # the notes' rule, as printed
            keep = True
        if keep:
            # a footnote block at the page's foot: the blank lines around the frame go with it,
            # one is kept (a block the break cut goes on as one: "3 …⏎⏎1/5⏎\fA/RES/…⏎⏎4 …")
            start, end = _blanks_around(text, start, end, max(last_end, pages[n][0]))
        edits.append((start, end, "\n" if keep else ""))
        last_end = end
    foot = frame(2 * len(pages) - 1, feet[-1])  # the last page's foot: the text's end
    if foot and min(s for s, _ in foot) >= last_end:
        edits.append((min(s for s, _ in foot), len(text), ""))
    return edits


def _inner_counts(
    text: str,
    pages: list[tuple[int, int]],
    tops: list[list[tuple[int, int, str]]],
    feet: list[list[tuple[int, int, str]]],
    keys: set[str],
) -> dict[str, int]:
    """How many times each line of ``keys`` stands, whole, inside a page (between the lines of
    its top and foot zones): a line that does so twice is text (a table's cells that recur, row
    after row: "Adopted without a vote", a title's wrapped line), never a running header or
    footer, however many pages it also opens or ends."""
    counts: dict[str, int] = {}
    if not keys:
        return counts
    for (start, end), top, foot in zip(pages, tops, feet, strict=True):
        low = top[-1][1] if top else start
        high = foot[-1][0] if foot else end
        if low >= high:
            continue
        for line in text[low:high].split("\n"):
            key = _collapse(line)
            if key in keys:
                counts[key] = counts.get(key, 0) + 1
    return counts


def _blanks_around(text: str, start: int, end: int, floor: int) -> tuple[int, int]:
    """``start`` and ``end`` (line starts) moved over the blank lines before and after them,
    not below ``floor``."""
    while start > floor:
        prev = text.rfind("\n", floor, start - 1) + 1
        if prev == 0 and floor > 0:
            prev = floor
        if text[prev : start - 1].strip():
            break
        start = prev
    while end < len(text):
        nl = text.find("\n", end)
        if nl < 0 or text[end:nl].strip():
            break
        end = nl + 1
    return start, end


def _own_header(line: str, own: set[str]) -> bool:
    """``line`` opens or ends with one of the ``own`` symbols, beside a title at most (no
    clause's end)."""
    if "/" not in line or line[-1] in ",;:.":
        return False
    m = _HEADER_SYMBOL.match(line)
    if m is not None and m.group() in own:
        return True
    m = _HEADER_SYMBOL.search(line, max(0, len(line) - 40))
    return m is not None and m.end() == len(line) and m.group() in own


class Normalised(Record):
    """``text`` is the matching view; ``to_original`` maps its offsets to the input's.

    The offset map is four arrays of 64-bit integers, one entry per edit (none for a text
    without edits): where each edit ends in both views, and where it begins in both."""

    original: str
    text: str
    _norm_points: Sequence[int]
    _orig_points: Sequence[int]
    _edit_norm_starts: Sequence[int]  # where each edit begins …
    _edit_orig_starts: Sequence[int]  # … in both views
    header_symbols: list[str]  # symbols of the running headers taken out
    recased: bool  # paragraphs in capitals are read in lower case (:func:`capitals`)

    __slots__ = (
        "_edit_norm_starts",
        "_edit_orig_starts",
        "_norm_points",
        "_orig_points",
        "header_symbols",
        "original",
        "recased",
        "text",
    )

    def __init__(
        self,
        original: str,
        text: str,
        _norm_points: Sequence[int] = (),
        _orig_points: Sequence[int] = (),
        _edit_norm_starts: Sequence[int] = (),
        _edit_orig_starts: Sequence[int] = (),
        header_symbols: list[str] | None = None,
        recased: bool = False,
    ) -> None:
        self.original = original
        self.text = text
        self._norm_points = _norm_points
        self._orig_points = _orig_points
        self._edit_norm_starts = _edit_norm_starts
        self._edit_orig_starts = _edit_orig_starts
        self.header_symbols = [] if header_symbols is None else header_symbols
        self.recased = recased

    def to_original(self, pos: int) -> int:
        if not self._norm_points:
            return pos
        i = bisect.bisect_right(self._norm_points, pos) - 1
        if i < 0:
            return pos
        return self._orig_points[i] + (pos - self._norm_points[i])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of a normalised span.  An end that touches an edit stays before
        it ("A/70/123</a>" ends before the tag), a start after it."""
        # to_original of both ends, written out (a span is asked for every citation)
        points = self._norm_points
        if points:
            orig = self._orig_points
            i = bisect.bisect_right(points, end) - 1
            o_end = end if i < 0 else orig[i] + (end - points[i])
            i = bisect.bisect_right(points, start) - 1
            o_start = start if i < 0 else orig[i] + (start - points[i])
        else:
            o_start, o_end = start, end
        edits = self._edit_norm_starts
        if edits:
            i = bisect.bisect_left(edits, end)
            if i < len(edits) and edits[i] == end:
                o_end = min(o_end, self._edit_orig_starts[i])
        return o_start, max(o_end, o_start)


_FIRST, _SECOND, _THIRD = operator.itemgetter(0), operator.itemgetter(1), operator.itemgetter(2)


class _Edits:
    """Edits (start, end, replacement) of the text, kept flat: starts and ends in arrays of
    64-bit integers, replacements in a list (one shared string for all the edits of a
    pattern).  A text can hold an edit every few characters (a hyphen at every line end): no
    tuple, match object or string is kept for each (what is made for one is freed before
    the next: the memory touched stays small), and the offset map is made by iterators
    that run in C."""

    __slots__ = ("ends", "repls", "starts")

    def __init__(self) -> None:
        self.starts = array("q")
        self.ends = array("q")
        self.repls: list[str] = []

    def extend(self, edits: list[tuple[int, int, str]]) -> None:
        if edits:
            self.starts.extend(map(_FIRST, edits))
            self.ends.extend(map(_SECOND, edits))
            self.repls.extend(map(_THIRD, edits))

    def matches(
        self, pattern: re.Pattern[str], text: str, repl: str, after: frozenset[str] | None = None
    ) -> None:
        """Every match of ``pattern`` (which never matches an empty string) replaced by
        ``repl``; with ``after``, only the matches that follow one of its characters."""
        bounds = array("q", chain.from_iterable(map(re.Match.span, pattern.finditer(text))))
        if not bounds:
            return
        starts, ends = bounds[0::2], bounds[1::2]
        del bounds
        if after is not None:
            before = map(text.__getitem__, map(operator.sub, starts, repeat(1)))
            ok = list(map(after.__contains__, before))
            ok[0] = ok[0] and starts[0] > 0  # nothing stands before the text's start
            if not all(ok):
                starts, ends = array("q", compress(starts, ok)), array("q", compress(ends, ok))
        self.starts.extend(starts)
        self.ends.extend(ends)
        self.repls.extend(repeat(repl, len(starts)))

    def apply(self, original: str, text: str) -> Normalised:
        """``text`` (``original`` mapped one for one) edited, and its offset map.  Of two
        edits at one place the longer is made, and an edit that overlaps one already made is
        left out (an entity inside a removed tag)."""
        starts, ends, repls = self.starts, self.ends, self.repls
        if not all(map(operator.gt, islice(starts, 1, None), ends)):
            starts, ends, repls = self._ordered(len(text))
        kept = [text[s:e] for s, e in zip(chain((0,), ends), chain(starts, (len(text),)), strict=True)]
        if any(repls):
            both = [""] * (len(kept) + len(repls))
            both[0::2] = kept
            both[1::2] = repls
            joined = "".join(both)
            del both, kept
            # how much longer the edited text is than the original after each edit
            shift = accumulate(map(operator.sub, map(len, repls), map(operator.sub, ends, starts)))
            norm_points = array("q", map(operator.add, ends, shift))
            edit_norm = array("q", map(operator.sub, norm_points, map(len, repls)))
        else:
            joined = "".join(kept)
            del kept
            removed = accumulate(map(operator.sub, ends, starts))
            edit_norm = norm_points = array("q", map(operator.sub, ends, removed))
        return Normalised(original, joined, norm_points, ends, edit_norm, starts)

    def _ordered(self, size: int) -> tuple[array[int], array[int], list[str]]:
        """The edits by start, the longest first at one place (else as made), without those
        that overlap an edit before them."""
        starts, ends, repls = self.starts, self.ends, self.repls
        if not all(map(operator.lt, starts, islice(starts, 1, None))):
            # a stable sort on one integer an edit: start * (size + 1) - end
            keys = list(map(operator.sub, map(operator.mul, starts, repeat(size + 1)), ends))
            order = sorted(range(len(keys)), key=keys.__getitem__)
            del keys
            starts = array("q", map(starts.__getitem__, order))
            ends = array("q", map(ends.__getitem__, order))
            repls = list(map(repls.__getitem__, order))
        if all(map(operator.ge, islice(starts, 1, None), ends)):
            return starts, ends, repls
        kept_starts, kept_ends, kept_repls = array("q"), array("q"), []
        last = 0
        for start, end, repl in zip(starts, ends, repls, strict=True):
            if start < last:
                continue  # overlaps an edit already made
            kept_starts.append(start)
            kept_ends.append(end)
            kept_repls.append(repl)
            last = end
        return kept_starts, kept_ends, kept_repls


def looks_like_html(text: str) -> bool:
    from ..read.html import looks_like_html as sniff

    return sniff(text)


def _html_edits(text: str) -> tuple[list[tuple[int, int, str]], list[str]]:
    """Edits that turn HTML into plain text (made by the HTML reader's tokenizer, which
    keeps offsets into the source); the characters they put in are mapped as the text is, and
    those the text's own would lose go ("74/&shy;270", "74/&#8203;270": "74/270").  With them,
    the symbol the page's furniture names as the text's own (:func:`_frame_symbols`)."""
    from ..read.html import parse

    markup = parse(text)
    out = [(s, e, one_for_one(r)) for s, e, r in markup.edits]
    if _REMOVED_CHAR.search("".join(r for _, _, r in out)):
        out = [(s, e, _REMOVED_CHAR.sub("", r)) for s, e, r in out]
    named = _frame_symbols(text, markup.frames) if markup.frames else []
    return out, named or _viewer_symbol(text)


_VIEWER = recache.compile(r"<(?:iframe|object|embed)\b[^<>]{0,2000}>", re.IGNORECASE)
_EXTENSION = recache.compile(r"\.[a-z]{2,5}$")
_VIEWER_NAMES = recache.compile(
    r"""(?<![\w-])(?:title|src|data)[ \t]*=[ \t]*("[^"]*"|'[^']*')""", re.IGNORECASE
)
#: a symbol in an address: its elements after the series no lower-case word, a number among them
_HAS_DIGIT = recache.compile(r"\d")
_ADDRESS_SYMBOL = recache.compile(r"[A-Z]{1,6}(?:/(?![a-z]+(?:/|$))[A-Za-z0-9.()\-]{1,12}){1,6}")
_VIEWER_OPENS = tuple(f"<{w}" for n in ("iframe", "object", "embed") for w in (n, n.upper(), n.title()))


def _viewer_symbol(text: str) -> list[str]:
    """The symbol of the document a page shows in a viewer (an ``<iframe>``, ``<object>`` or
    ``<embed>`` whose address names one symbol, "undocs.org/en/A/RES/80/142", or whose title is
    one symbol alone),
    when the page has one viewer: the text's own (its text layer, when the page has one, is
    that document's)."""
    if not any(w in text for w in _VIEWER_OPENS):
        return []
    found: set[str] = set()
    for tag in _VIEWER.finditer(text):
        for value in _VIEWER_NAMES.finditer(tag.group()):
            named = value.group(1)[1:-1].strip()
            if value.group().lower().startswith("title"):
                # (a title that is the symbol alone: "Meeting A/80/PV.55" titles a video)
                found |= {named} if _HEADER_SYMBOL.fullmatch(named) else set()
                continue
            # (a file's extension is no element of the symbol: "/pdf/A/RES/80/142.pdf")
            # (… and a path's word in lower case none: "/EN/docs/123")
            found |= {
                sym
                for m in _HEADER_SYMBOL.finditer(named)
                if _ADDRESS_SYMBOL.fullmatch(sym := _EXTENSION.sub("", m.group())) and _HAS_DIGIT.search(sym)
            }
    return list(found) if len(found) == 1 else []


_TAG = recache.compile(r"<[^<>]*+>")
_BLOCK_TAG = recache.compile(
    r"<(?:p|div|dd|dt|h[1-6]|td|th|nav|aside|header|footer|section|title)\b[^<>]*+>", re.IGNORECASE
)


#: most lines and characters a web page's closing paragraphs of links to related texts take
_RELATED_LINES, _RELATED_REACH = 8, 1200
#: … each line after the label names a document or is no longer than a heading ("© Portail 2026")
_RELATED_SHORT = 40


def related_paragraphs(text: str) -> tuple[int | None, list[tuple[int, int]]]:
    """Where a web page's closing paragraphs of links to other texts begin (``text``: the page,
    its markup blanked out in place: a block opens a line): a line among its last few that a label
    opens ("Related: A/80/12 | A/80/13", "Voir aussi : …", "См. также: …", a heading "See also"
    alone on its line above a list), each line after it naming a document or as short as a
    heading (None when the page does not end so) — and, above a line of other text (a site's
    footer), the lines among the last few that such a label opens and that name a document."""
    end = len(text.rstrip())
    lo = max(0, end - _RELATED_REACH)
    pos = end
    lines = 0
    found: int | None = None
    alone: list[tuple[int, int]] = []
    listed = True  # every line after this one names a document or is as short as a heading
    label = related_heading()
    while pos > lo:
        ls = text.rfind("\n", lo, pos) + 1
        if ls <= lo:
            break  # (the text's first line is its heading, never a closing label)
        line = text[ls:pos].strip()
        if line:
            lines += 1
            if lines > _RELATED_LINES:
                break
            named = _HEADER_SYMBOL.search(line) is not None
            if label.match(text, ls, pos):
                start = ls + len(text[ls:pos]) - len(text[ls:pos].lstrip())
                if listed:
                    found = start
                elif named:
                    alone.append((start, pos))
            listed = listed and (named or len(line) <= _RELATED_SHORT)
        pos = ls - 1
    return found, alone


#: a row of a table that a label opens, a few words with no number before its value's cell
_LABELLED_ROW = recache.compile(r"[ \t]*[^\W\d][^\n|\d]{0,39}\|[ \t]*")


def _metadata_values(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Edits that leave out the values of a record's metadata (``text``: the page, its markup
    blanked out in place; ``start``–``end``: the row that gives the record's symbol): the rows
    next to it, above and below, that a label opens ("Agenda | A/80/251", "Draft | A/80/L.41")
    — they describe the record; the text it shows cites none of them."""
    out: list[tuple[int, int, str]] = []
    ls = text.rfind("\n", 0, start) + 1
    while ls > 0:  # the rows above
        prev = text.rfind("\n", 0, ls - 1) + 1
        if not text[prev : ls - 1].strip():
            if prev == 0:
                break
            ls = prev
            continue
        m = _LABELLED_ROW.match(text, prev, ls - 1)
        if m is None:
            break
        out.append((m.end(), ls - 1, ""))
        ls = prev
    le = end
    while le < len(text):  # … and below
        nxt = text.find("\n", le + 1)
        nxt = len(text) if nxt < 0 else nxt
        if text[le + 1 : nxt].strip():
            m = _LABELLED_ROW.match(text, le + 1, nxt)
            if m is None:
                break
            out.append((m.end(), nxt, ""))
        le = nxt
    return sorted(out)


def _frame_symbols(text: str, frames: list[tuple[int, int]]) -> list[str]:
    """The symbol that a page's furniture names alone — a breadcrumb's last step, a provenance
    box, a "cite as" box: the one that more elements name (one symbol each) than any other, two
    at least — or none (an element that lists several symbols lists other documents: no say;
    one element alone, a "see also" link, or two that name different ones: no say)."""
    named: dict[str, int] = {}
    for start, end in frames:
        # (a stretch outside the page's main content: each of its blocks an element)
        for piece in _BLOCK_TAG.split(text[start:end]):
            found = {m.group() for m in _HEADER_SYMBOL.finditer(_TAG.sub(" ", piece))}
            if len(found) == 1:
                (symbol,) = found
                named[symbol] = named.get(symbol, 0) + 1
    counts = sorted(named.values(), reverse=True)
    if not counts or counts[0] < 2 or (len(counts) > 1 and counts[1] == counts[0]):
        return []
    return [max(named, key=named.__getitem__)]


def _blanked(text: str, edits: list[tuple[int, int, str]]) -> str:
    """``text`` with each edit of its markup made in place: the replacement at the edit's end,
    spaces before it, so that every offset stays where it was (a block's tags become a line
    break each; an edit whose replacement is longer than its span, or that overlaps the one
    before it, is left as it is)."""
    parts: list[str] = []
    last = 0
    for start, end, repl in sorted(edits):
        if start < last or len(repl) > end - start:
            continue
        if repl and not repl.strip("\n"):
            repl = "\n"  # a paragraph's tags, one line break each: "</p>⏎<p>" a blank line or two
        parts += [text[last:start], " " * (end - start - len(repl)), repl]
        last = end
    parts.append(text[last:])
    return "".join(parts)


def _around_markup(
    furniture: list[tuple[int, int, str]], markup: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Edits of page furniture widened to hold whole the tags they begin or end in (a page line
    between two paragraphs' tags, "…</p>⏎<p>2/2</p>⏎<p>…"): an edit that overlaps another is
    left out, so a tag cut in two would keep the page line.  A widened edit puts in a line break
    at least (the tag's)."""
    spans = sorted((s, e) for s, e, _ in markup)
    starts = [s for s, _ in spans]
    out: list[tuple[int, int, str]] = []
    for start, end, repl in furniture:
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and spans[i][0] < start < spans[i][1]:
            start, repl = spans[i][0], repl or "\n"
        j = bisect.bisect_left(starts, end) - 1
        if j >= 0 and spans[j][0] < end < spans[j][1]:
            end = spans[j][1]
        out.append((start, end, repl))
    return out


_HINT_DASH_NL = recache.compile(r"- ?\n")
# a session's numeral after a hyphen: "2625-XXV" (found from its hyphen, the figure before it tested
# after: a scan led by a class of characters is twenty times slower than one led by a literal)
_HINT_DASH_ROMAN = recache.compile(r"-[IVX](?<=\d-[IVX])")
#: blanks at a line's end after a number's part letter ("47/301 A ⏎and B"): the blank and the
#: letter found first, the digit before them tested after (a scan led by a look-behind tries
#: every position of the text; one led by a literal only its blanks)
_PART_LETTER_LINE_END = recache.compile(r" [A-Z]( +)(?=\n)")
#: … or after a number or a word before a line that opens with a part's letter ("40/151 ⏎A of
#: …", "A and ⏎B, 48/301"): the next line's opening found first, the blanks before it after
_LINE_OPENS_WITH_LETTER = recache.compile(r"\n[A-Z][ ,;.)]")
_WORD_CHAR = recache.compile(r"\w")


def _line_end_blanks(text: str) -> list[tuple[int, int, str]]:
    """Edits that take out the blanks a wrapped line ends on (a PDF's spaces at a line's end)
    after a number's part letter, or after a number or a word before a line that opens with a
    part's letter: the next line goes on from it, as after a line that ends on it."""
    spans: set[tuple[int, int]] = set()
    for m in _PART_LETTER_LINE_END.finditer(text):
        at = m.start()
        if at and text[at - 1].isdecimal():  # (as \d reads it)
            spans.add(m.span(1))
    for m in _LINE_OPENS_WITH_LETTER.finditer(text):
        end = start = m.start()
        while start > 0 and text[start - 1] == " ":
            start -= 1
        if 0 < start < end and _WORD_CHAR.match(text, start - 1):
            spans.add((start, end))
    return [(a, b, "") for a, b in sorted(spans)]


_HINT_SLASH_NL = recache.compile(r"/(?:[ \u00ad]?| ?-)\n")
_HINT_NL_DASH = recache.compile(r"\n[-– ]")
_HINT_NL_SLASH = recache.compile(r"\n[ \t]*/")
_HINT_PAGE_NUMBER = recache.compile(r"-[ \t]?\d{1,4}[ \t]?-")  # a literal first: a fast scan
_HINT_SPACED_SLASH = recache.compile(r"/ (?<= / )")
# "/ " or " /": a scan for the slashes (rare) is several times faster than `in` with either
_HINT_SLASH_SPACE = recache.compile(r"/(?: |(?<= /))")
# … either of the two above: a slash before a line break or a space, or after a space
_HINT_SLASH_ANY = recache.compile(r"/(?:[ \n\u00ad-]|(?<= /))")
# "-\t", "://": a scan for the rarer character first, as above (`in` with two or three
# characters is a slow scan of a text stored two bytes a character)
_HINT_DASH_TAB = recache.compile(r"-\t")
_HINT_LINK = recache.compile(r"://")
# a symbol's parts with a space on one side of their slashes (bounded: six parts of 13 characters)
# (… a lettered element's number perhaps after a space too: "A/C.3/59/L. 5/ Rev. 1")
_HALF_PART = r"[A-Z0-9](?:[\w.\-]|(?<=[A-Za-z]\.) (?=\d)){0,12}"
# (… glued after an ideograph, as a script without spaces writes it: "见CEDAW /C/CHN/CO/7")
_HALF_SPACED = recache.compile(
    rf"(?:(?<![\w/])|(?<=[{CJK}]))[A-Z]{{1,6}}(?:/ ?{_HALF_PART}| /{_HALF_PART}){{2,6}}(?![\w/])"
)
#: A text's number with a space on either side of its slash or both, as the Arabic pages of
#: the Organization print them ("قراراتها 40 / 152 سين", "45 /65"): a session of two digits
#: or more (or a year), then the number
_SPACED_NUMBER = recache.compile(r"(?<![\w/.,])\d{2,4}(?: / |/ | /)\d{1,4}(?![\w/])")
# … and a number of any length after a word of a script written without spaces (or Arabic),
# glued to the characters after it: "第 70 / 1 号决议", "第5 / 1号"
_CJK_SPACED_NUMBER = recache.compile(
    rf"(?:(?<=[{CJK}])|(?<=[{CJK}] ))(?:S-|ES-)?\d{{1,4}}(?: / |/ | /)\d{{1,4}}(?![\dA-Za-z/])"
)


# -- text layers of PDF files and of the other scripts ------------------------------------------
#: The Latin ligatures of Unicode's compatibility block ("ﬁ", "ﬂ", "ﬃ"…), which the text
#: layers of some PDF files give for the letters a typeface joins ("Conﬁrms", "traﬃcking").
LIGATURES = "".join(chr(c) for c in range(0xFB00, 0xFB07))
_LATIN_LIGATURE = recache.compile(f"[{LIGATURES}]")
# Arabic ligatures of presentation forms (lam-alef "ﻻ", "ﷲ"): their letters (the one-letter
# forms are replaced one for one before)
_ARABIC_LIGATURE = recache.compile(r"[\ufb50-\ufdff\ufe70-\ufefc]")
# Chinese text layers that space out characters ("回 顾 其 2017 年 10 月 9 日 第 72/1 号 决 议"),
# or put a space between Chinese and a number or a symbol ("主席 2016 年 3 月 8 日的声明（ S/PRST/2016/3 ）"):
# one space between two ideographs (or Chinese punctuation), or between one and a number, a
# symbol or a bracket, goes
_CJK = "\u3000-\u303f\u4e00-\u9fff\uff01-\uff0f\uff1a-\uff20"
_CJK_SPACE = recache.compile(rf"[{_CJK}\w)] (?=[{_CJK}])|[{_CJK}] (?=[\w(])|\( (?=\w)|\w (?=\))")
# … but not the space after a number that opens a line: a table row's first cell ("74/299 改善…")
_ROW_NUMBER_CELL = recache.compile(r"[ \t]*(?:S-|ES-)?\d{1,4}/\d{1,4}")


@functools.cache
def _prefix_spaced() -> re.Pattern[str]:
    """A number's prefix of a script written without spaces (the lexicons'
    ``grammar.number_prefix`` in ideographs), a space, then the number: the gap a PDF's text
    layer reads between Chinese and a number the page sets a little apart ("…日第 346(1974)号";
    the text itself writes none), a sign of such a text layer."""
    marks = sorted({p for p in gather("grammar.number_prefix") if _IDEOGRAPH.search(p)})
    return recache.compile(f"(?:{alternation(marks)}) \\d" if marks else r"(?!)")


def _row_number(text: str, last: int) -> bool:
    """Whether ``text[last]``, a character before a space, ends a number that opens its line: a
    table row's first cell, or a page's note under the rule above the notes ("__________⏎1 见
    A/70/PV.4。", its number glued to the note's first word the note is read as no note)."""
    if not text[last].isdigit():
        return False
    start = text.rfind("\n", max(0, last - 12), last) + 1
    if not (start > 0 or last < 12):
        return False
    if _ROW_NUMBER_CELL.fullmatch(text, start, last + 1) is not None:
        return True
    return (
        start > 0
        and _NOTE_NUMBER_CELL.fullmatch(text, start, last + 1) is not None
        and _under_rule(text, start)
    )


#: a note's number that opens its line ("1", "12")
_NOTE_NUMBER_CELL = recache.compile(r"[ \t]*\d{1,3}")
#: the rule above a page's notes, a line of its own ("__________")
_NOTE_RULE_LINE = recache.compile(r"[ \t]*_{3,}[ \t]*")
#: … and a note's line that its number opens, a space after it
_NOTE_LINE_OPENS = recache.compile(r"[ \t]*\d{1,3}[ \t]")
_NOTES_ABOVE = 8  # how many notes' lines above a note the rule above them may stand


def _under_rule(text: str, start: int) -> bool:
    """Whether the line at ``start`` stands under the rule above a page's notes, the notes'
    lines that open with their numbers between."""
    end = start - 1
    for _ in range(_NOTES_ABOVE):
        begin = text.rfind("\n", 0, end) + 1
        if _NOTE_RULE_LINE.fullmatch(text, begin, end) is not None:
            return True
        if _NOTE_LINE_OPENS.match(text, begin) is None or begin == 0:
            return False
        end = begin - 1
    return False


#: Signs of such a text layer (one `in` test each)
_CJK_SPACED = (" 号", "号 ", " 年", "日 ")
_CJK_SPACED_CHARS = "".join(sorted({sign.strip() for sign in _CJK_SPACED}))  # one in each sign
_CJK_MONTH = "月"
_CJK_COUNTERS = _CJK_SPACED_CHARS + _CJK_MONTH  # the counters after a number: "号", "年", "日", a month's
_IDEOGRAPH = recache.compile("[\u4e00-\u9fff]")
# a line of a text layer of a script written without spaces, wrapped at any character ("…第⏎
# 60/251号决⏎议"): the line break between two characters of a word (ideographs, or digits and
# brackets beside one), after a full line, goes
_IDEOGRAPHS = "\u3400-\u4dbf\u4e00-\u9fff"
_WRAP = recache.compile(r"[ \t]*\n[ \t]*")
# (… or an opening bracket or quote before it, a closing one or a stop after it: the matching view
# writes the script's full-width signs as their ASCII look-alikes, "“" and "”" as '"')
_WRAP_OPENS = '《「‘("'
_WRAP_CLOSES = '》」’)",.;:、'
_WRAP_STOPS = ".,;:!?"  # a line that ends with one ends a sentence or clause: no ideograph joins it
# (an underscore is no letter: a footnote separator rule opens its line, "日⏎__________")
# the character before such a break (… a closing book-title mark or corner bracket too: a line
# may end with one, the words after the title on the next, "…并回顾《儿童权利公约》⏎第3条")
_WRAP_BEFORE = recache.compile(rf"(?!_)[{_IDEOGRAPHS}\w)/.{_WRAP_OPENS}》」-]")
# … and after it (… an opening book-title mark or corner bracket too: a line may break before
# one, never after it, "…以确保1961年⏎《麻醉品单一公约》")
_WRAP_AFTER = recache.compile(rf"(?!_)[{_IDEOGRAPHS}\w(/.{_WRAP_CLOSES}《「]")
# … or inside a symbol or number that no ideograph touches ("(A/H⏎RC/40/4)", "第62/14⏎9号"): the
# run of its characters across the break
_SYMBOL_RUN = recache.compile(r"[A-Za-z0-9/.()-]*")
_WRAP_HINTS = "的号会议"  # one of them is in any Chinese text of some length (one `in` test each)
WRAP_MIN = 12  # a line shorter than this is a heading's, never a wrapped one
WRAP_SHARE = 0.8  # … and a wrapped line fills this share of the lines' usual length at least
WRAP_MIN_WIDTH = 16  # … or is this wide at least, an ideograph two wide (see :func:`_width`)
# Russian texts may type a symbol's Latin letters in Cyrillic look-alikes ("А/73/8", "Е/СN.6/2019/1")
_CYRILLIC_LETTERS = "АВЕКМНОРСТХ"
_LATIN_OF = str.maketrans(_CYRILLIC_LETTERS, "ABEKMHOPCTX")
_CYRILLIC_SYMBOL = recache.compile(
    rf"(?<![\w/])[A-Z{_CYRILLIC_LETTERS}][A-Za-z{_CYRILLIC_LETTERS}.]{{0,7}}"
    rf"(?:/[A-Za-z0-9{_CYRILLIC_LETTERS}.-]{{1,12}}){{1,6}}(?![\w/])"
)
_LATIN = recache.compile("[A-Za-z]")
# … and a coded decision's code in them, after its number ("решение 1/СР.17", "2/СМА.3")
_CYRILLIC_CODED = recache.compile(
    rf"(?<![\w/])\d{{1,3}}/[A-Z{_CYRILLIC_LETTERS}]{{2,4}}(?=\.\d{{1,2}}(?![\d/]))"
)
# Arabic text layers whose spaces a PDF producer misplaced: a word glued to the number or the
# symbol after it ("المؤرخ18", "قراره2374", "العامةES-10/15"), a space inside a bracket
# ("( 2017)", "( S/PRST/2019/8"): a space put in, or left out
# (and the marks a right-to-left text layer moves: a session's hyphen after the number before
# it, "1803- (د17 )", and a bracket pair emptied after a symbol, "CEDAW/C/EGY/CO/8( )")
_ARABIC_GLUE = recache.compile(
    r"(?P<letter>[\u0621-\u064a])(?=[0-9A-Za-z])|\( (?=[0-9A-Za-z])|(?<=[0-9A-Za-z]) \)"
    # … a space after the bracket of a session's mark, letters and a hyphen ("2106 ( د-20 )")
    r"|\( (?=[\u0621-\u064a]{1,3}-\d{1,2} ?\))"
    # … a number glued to the word after it, or two spaces between them: a table's cells drawn
    # one after the other from the right edge ("61/1حقوق …", "61/2  حرية …", "2026اعتمد")
    r"|(?P<digit>[0-9])(?=[\u0621-\u064a])|(?<=[0-9]) (?= [\u0621-\u064a])"
    # a session's hyphen moved after the number, before its bracket or its part's letter
    # ("2625- (د25 )", "2200- ألف (د21.)")
    # … or after the number before a range's or a list's word, taken from the next mark
    # ("دإط-10/2- إلى دإط10/5")
    r"|(?P<moved>(?<=\d)-(?= (?:[\u0621-\u064a]{2,4} )?\()"
    r"|(?<=\d)-(?= [\u0621-\u064a]{1,4} [\u0621-\u064a]{1,3}\d)"
    # … or to the next line's start, before the part's letter ("2200 ⏎-ألف (د21)")
    r"|(?:(?<=\d\n)|(?<=\d[ \t]\n))-(?=[\u0621-\u064a]{2,4} \()"
    r"|(?<=[0-9A-Za-z])\( \))"
    # … and the sentence's full stop moved into the session's bracket, perhaps past a line's
    # end ("194- (د⏎3.)", "(د21.)"): "(د3)."
    r"|\((?P<mark>[\u0621-\u064a]{1,3})[ \t]*+\n?[ \t]*+(?P<num>\d{1,2})(?P<stop>[.\u060c])\)"
)
# … and the marks of a number a right-to-left line draws apart from it: a Council's year whose
# closing bracket went past the words after it, the gap it left behind ("2250 (2015   المؤرخ) 9",
# "2419 (⏎2018  وإلى قراراتها)", "(2018  )"), read "2250 (2015) المؤرخ"; a coded decision's code
# and number turned round at a line's start or a paragraph's end ("1/.21CP", "1/21CP.", "1/⏎.21CP"),
# read "1/CP.21"
# (the words, up to six, that a right-to-left line drew a closing bracket past)
_DRAWN_PAST = r"[\u0621-\u064a]+(?:[ \t][\u0621-\u064a]+){0,5}"
_ARABIC_DRAWN = recache.compile(
    r"(?:(?<=\d[ \t\n]\()|(?<=\d[ \t]\n\()|(?<=\d\())\n?(?P<year>(?:19|20)\d\d)[ \t]{2,}"
    rf"(?:(?P<words>{_DRAWN_PAST})[ \t]?)?\)"
    r"|(?<![0-9A-Za-z./])(?P<num>\d{1,3})/\n?(?:\.(?P<n1>\d{1,2})(?P<c1>[A-Z]{2,4})|(?P<n2>\d{1,2})(?P<c2>[A-Z]{2,4})\.)"
    r"(?![\w/]|\.\w)"
)


# … and the marks around a symbol that a right-to-left line turned, in a file set in one font
# for both scripts (LibreOffice's): a closing bracket read as an opening one, glued to the
# symbol's end with a blank or the line's end after it ("(A/80/74-E/2025/53( وبمذكرة"; no
# bracket opens so), read ")"; and a joint symbol's hyphen that ends its line, drawn before the
# first symbol ("(-A/80/74⏎E/2025/53"), read after it, the line going on into the second
# symbol ("(A/80/74-E/2025/53")
_ARABIC_TURNED_OPEN = recache.compile(r"(?<=[0-9A-Za-z.])\((?=[ \t\n]|$)(?![ \t]?\))")
_ARABIC_LEADING_HYPHEN = recache.compile(
    r"(?:(?<=[( \t\n])|^)-(?P<sym>[A-Z][A-Za-z0-9.]{0,9}(?:/[A-Za-z0-9.]{1,12}){1,6})"
    r"[ \t]*\n[ \t]*(?=[A-Z][A-Za-z0-9.]{0,9}/)"
)

# … and a note's mark after a year's bracket that a browser's right-to-left line drew into it,
# the closing bracket turned and put after the mark (a sentence's stop perhaps with it): "2728
# (1(2024" and "2728 (1.(2024" are "2728 (2024)1" and "2728 (2024)1." (the same length: the
# mark stays a mark glued after the year, as a Word file's text has it)
_ARABIC_MARK_IN_YEAR = recache.compile(
    r"(?<=\d[ \t])\((?P<mark>\d{1,3}[.\u060c]?)\((?P<year>(?:19|20)\d\d)(?![\d)])"
)


def _ends_symbol(text: str, end: int) -> bool:
    """Does a symbol end at ``end`` (the run of a symbol's characters before it holds a slash,
    after its series' capital: "E/2025/53")?"""
    i = end
    while (
        i > 0 and end - i < 40 and text[i - 1].isascii() and (text[i - 1].isalnum() or text[i - 1] in "/.-")
    ):
        i -= 1
    run = text[i:end]
    return "/" in run and run[:1].isupper()


def _closed(bracketed: str, words: str | None) -> str:
    """A bracket closed in place, then the words the line had drawn it past (if any)."""
    return f"{bracketed} {words}" if words else bracketed


def _drawn(m: re.Match[str]) -> str:
    """A number's marks that a right-to-left line drew apart (:data:`_ARABIC_DRAWN`) in place."""
    if m.group("year"):
        return _closed(f"{m.group('year')})", m.group("words"))
    code, number = (m.group("c1"), m.group("n1")) if m.group("c1") else (m.group("c2"), m.group("n2"))
    return f"{m.group('num')}/{code}.{number}"


# a blank a text layer left at a line's end between a number and its year's bracket on the next
# line ("2250 ⏎(2015)"): the number is read with its year, not alone as well (… or its part's
# letter and its session's bracket: "2200 ⏎ألف (د-21)", "2200 ⏎A (XXI)", the session's hyphen a
# right-to-left line moved before the letter: "2200 ⏎-ألف (د21)"). Found from the line break (a
# literal the search skips to), the blanks before it read back: a scan led by the digit's
# look-behind was tried at every character of the text
# (the blanks and the letters taken whole, never given back: neither can be what follows them)
_YEAR_ON_NEXT_LINE = recache.compile(
    r"\n[ \t]*+(?:\((?:19|20)\d\d(?!\d)"
    r"|-?[^\W\d_]{1,4}+[ \t]\((?:[^\W\d_]{1,3}[ \t]?-?[ \t]?\d{1,2}|[IVXLC]{1,7})[ \t]?\))"
)


def _blanks_before_year(text: str) -> list[tuple[int, int, str]]:
    """The blanks between a number and a line break before its year's bracket, each dropped."""
    out: list[tuple[int, int, str]] = []
    for m in _YEAR_ON_NEXT_LINE.finditer(text):
        end = start = m.start()
        while start and text[start - 1] in " \t":
            start -= 1
        if start < end and start and text[start - 1].isdecimal():  # (what ``\d`` reads)
            out.append((start, end, ""))
    return out


# … a Cyrillic look-alike glued to a Latin capital, away from the slashes ("СAT/C/RUS/CO/6",
# "СCPR/C/…": the series' first letter typed on a Cyrillic keyboard)
_CYRILLIC_IN_LATIN = recache.compile(rf"[{_CYRILLIC_LETTERS}][A-Z]|[A-Z][{_CYRILLIC_LETTERS}]")
_CYRILLIC_SLASH = tuple(f"{c}/" for c in _CYRILLIC_LETTERS) + tuple(f"/{c}" for c in _CYRILLIC_LETTERS)


def _unglued(m: re.Match[str]) -> str:
    """A letter glued to a number or a Latin word with a space after it; a space inside a
    bracket and a mark a text layer moved away, dropped."""
    if m.group("letter") or m.group("digit"):
        return m.group() + " "
    if m.group("mark"):
        return f"({m.group('mark')}{m.group('num')}){m.group('stop')}"
    return "" if m.group("moved") else m.group().replace(" ", "")


def _width(line: str) -> int:
    """How wide ``line`` is printed, in digits: an ideograph is two wide."""
    return len(line) + len(_IDEOGRAPH.findall(line))


def _open_bracket_before(text: str, s: int) -> bool:
    """Whether the run of a symbol's characters that ends a line at ``s`` opens a bracket it
    does not close ("…报告(A/67/22")."""
    i = s
    while (
        i > 0 and s - i < 40 and text[i - 1].isascii() and (text[i - 1].isalnum() or text[i - 1] in "/.()-")
    ):
        i -= 1
    run = text[i:s]
    return run.count("(") > run.count(")")


def _word_break(text: str, s: int, e: int) -> bool:
    """Is the line break ``text[s:e]`` inside a word of ideographs (one beside it), or inside a
    symbol or number (a digit, and a slash or bracket, in the run of its characters across it:
    "A/H⏎RC/40/4", "2331(2⏎016)")?  Never before a number or symbol that a blank follows."""
    tail = _SYMBOL_RUN.match(text, e, e + 40)
    if (
        tail is not None
        and tail.end() > e
        # (… but not the rest of a bracket the line left open: "报告(A/67/22⏎1)。", a narrow
        # column's line full with the symbol's first figures)
        and not (")" in tail.group() and _open_bracket_before(text, s))
        and (tail.end() >= len(text) or text[tail.end()].isspace())
        # (… but not a slash, nor a number's counter after the blank: "第 1⏎/CP.21 号决定",
        # "第 202⏎3/15 号决议", a text layer's blank beside the ideograph)
        and text[e] != "/"
        and (text[tail.end() + 1 : tail.end() + 2] or " ") not in _CJK_COUNTERS  # (none at the end)
    ):
        # the next line opens with a number or symbol set apart ("60/1 2005年…", "1. 决定",
        # "A/81/124 秘书长…"): a table's row, a paragraph's number, a list's item
        return False
    if text[s - 1] not in _WRAP_STOPS and (_IDEOGRAPH.match(text, s - 1) or _IDEOGRAPH.match(text, e)):
        return True
    if text[s - 1] in _WRAP_OPENS or text[e] in _WRAP_CLOSES:
        return True  # "题为“⏎大会工作的振兴”", "…的振兴⏎”的第48/264号决议": inside the quotes
    if text[s - 1] in _WRAP_STOPS and (tail is None or tail.end() == e):
        return False  # "…见A/68/302。⏎第68/191号…": a stop after a symbol, no symbol goes on
    after = tail.group() if tail is not None else ""
    if text[s - 1] not in "/.-(" and not any(c.isdigit() or c in "/()" for c in after):
        # a whole symbol, then a word with no figure or slash ("A/RES/82/178⏎Distr.: General",
        # an English masthead over a Chinese text): two lines, no symbol cut
        return False
    i = s
    while (
        i > 0 and s - i < 40 and (text[i - 1].isascii() and (text[i - 1].isalnum() or text[i - 1] in "/.()-"))
    ):
        i -= 1
    run = text[i:s] + after
    if ("/" in run or "(" in run) and any(c.isdigit() for c in run):
        return True
    # a number of digits alone cut in two, its counter after the blank beside it: "20⏎15 年",
    # "第 22⏎50 号决议" (a whole number of at most four digits; "2⏎2015 年" is two: a list's item,
    # a paragraph's number, then a year)
    # … a month's "1⏎2 月" too (a month's number at most 12: "第 1⏎5 月" is no month)
    end = e + len(after)
    counter = text[end + 1 : end + 2]
    return (
        text[i:s].isdigit()
        and after.isdigit()
        and len(run) <= 4
        and text[end : end + 1] == " "
        and counter in _CJK_COUNTERS
        and counter != ""
        and (counter != _CJK_MONTH or int(run) <= 12)
    )


#: how far a book title's closing mark may stand past the line break inside it
_TITLE_REACH = 40


def _inside_title(text: str, line_start: int, s: int, e: int) -> bool:
    """Is the line break ``text[s:e]`` inside a book title ("…和《残疾⏎人权利公约》第 7 条"): the
    line before it opens a title mark it does not close, the next line closes it, no mark opened
    before: a title is never set over two lines but by a wrap, however short the line (its figures
    and blanks leave it narrower than the page's longest)."""
    opened = text.rfind("《", line_start, s)
    if opened < 0 or text.find("》", opened, s) >= 0:
        return False
    close = text.find("》", e, e + _TITLE_REACH)
    return close >= 0 and text.find("《", e, close) < 0 and text.find("\n", e, close) < 0


# words of ideographs set apart by a blank on one line ("决议 标题 通过日期"): a table's row of
# cells (prose sets no blank between two ideographs; a spaced-out text layer one between each)
_CELL_GAP = recache.compile(rf"[{_IDEOGRAPHS}]{{2}}[ \t]+[{_IDEOGRAPHS}]{{2}}")


def _line_end(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    return len(text) if nl < 0 else nl


def _wrapped_lines(text: str) -> list[tuple[int, int, str]]:
    """Edits that join the lines a text layer wrapped inside a word of a script written without
    spaces: a break between two characters of one, one of them an ideograph, where the line
    before it is full — as long as most of the text's lines of that script (a heading's or a
    paragraph's last line is shorter, and ends with a stop or comma that no match takes); never
    before a table's row of cells, their words set apart ("…的决议⏎决议 标题 通过日期")."""
    breaks = [
        m
        for m in _WRAP.finditer(text)
        if m.start()
        and _WRAP_BEFORE.match(text, m.start() - 1)
        and _WRAP_AFTER.match(text, m.end())
        and _word_break(text, m.start(), m.end())
    ]
    if not breaks:
        return []
    lines = [line.strip() for line in text.split("\n") if _IDEOGRAPH.search(line)]
    lengths = sorted(len(line) for line in lines if len(line) >= WRAP_MIN)
    # … or as wide: an ideograph is as wide as two digits or spaces (a narrow page's full line
    # holds fewer than WRAP_MIN ideographs: "议，又回顾人权理事⏎会第…", its lines with figures longer)
    widths = sorted(w for w in map(_width, lines) if w >= WRAP_MIN_WIDTH)
    if not lengths and not widths:
        return []
    # (the upper quartile: the full lines of a page)
    least = max(WRAP_MIN, int(lengths[(len(lengths) * 3) // 4] * WRAP_SHARE)) if lengths else len(text) + 1
    # (… a page too narrow for WRAP_MIN ideographs a line only: on a wider one a line's characters
    # say whether it is full, as they always did)
    usual_width = widths[(len(widths) * 3) // 4] if widths else 2 * WRAP_MIN
    widest = (
        max(WRAP_MIN_WIDTH, int(usual_width * WRAP_SHARE))
        if usual_width < 2 * WRAP_MIN
        else len(text) * 2 + 1
    )
    # … and, in a text layer that sets blanks around the figures (" 年 ", "号 "), a line of
    # ideographs alone is as full as a line of figures and blanks as wide ("系统发展方面业务活动
    # 四年期全面政策⏎审查的…" beside "会理事会 2024 年 7 月 23 日第 2024/12"): its width says so
    # (a counter with a blank on either side: "2024 年 12 月", "第 79/226 号 决议")
    if any(f" {counter} " in text for counter in _CJK_SPACED_CHARS):
        widest = min(widest, max(2 * WRAP_MIN, int(usual_width * WRAP_SHARE)))
    out: list[tuple[int, int, str]] = []
    for m in breaks:
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start : m.start()].strip()
        if (
            # (… by its width only when it is no text's heading: "59/108. 特别报告员关于…的报告")
            (
                len(before) >= least
                or (_width(before) >= widest and not _heading_line().match(text, line_start))
                or _inside_title(text, line_start, m.start(), m.end())
            )
            and not (
                _BODY_LINE.match(text, m.end())
                and (
                    _heading_line().match(text, line_start)
                    or _marked_heading_line().match(text, line_start)
                    or _numbered_noun_end().search(text, line_start, m.start())
                    or _SYMBOL_ENDS_LINE.search(text, line_start, m.start())
                    or _adoption_line(text, line_start, m.start())
                )
            )
            and not _noun_number_line().match(text, m.end())
            and not _noun_number_line().match(text, line_start)
            and not _CELL_GAP.search(text, m.end(), _line_end(text, m.end()))
            and _SYMBOL_ALONE.fullmatch(text, line_start, m.start()) is None
        ):
            out.append((m.start(), m.end(), ""))
    return out


# a text's heading, its number and title ("41/2. 普遍定期审议", "1514(XV). 给予…"), over its
# adopting body's line ("人权理事会，"): two lines, however short the text's lines are (a text
# of a compilation is read alone, its few lines no measure of a full one)
_HEADING_NUMBER = (
    r"(?:(?:S-|ES-)?\d{1,4}/\d{1,4}[A-H]?|\d{1,4} ?(?:[A-H] ?)?\([IVXLCSE-]{1,9}\))[ \t]*[.．][ \t]"
)


@functools.lru_cache(maxsize=1)
def _adoption_lines() -> tuple[re.Pattern[str], ...]:
    """The lines that say which body adopted a text, and when ("2029年3月12日安全理事会第9700次
    会议通过", [heading] adopted_by of every language)."""
    return tuple(recache.compile(p, re.IGNORECASE) for p in gather("heading.adopted_by", lexicon.scope("*")))


def _adoption_line(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is a text's line of adoption, under its heading
    and over its adopting body's line: two lines, never one wrapped."""
    return any(p.search(text, max(0, start - 1), end) is not None for p in _adoption_lines())


@functools.lru_cache(maxsize=1)
def _heading_line() -> re.Pattern[str]:
    """The heading's line of :data:`_HEADING_NUMBER` — perhaps its noun before the number, the
    heading run into its title on one line as compilations print it ("决定 70/2. 标题")."""
    langs = lexicon.scope("*")
    nouns = gather("nouns.resolution", langs) + gather("nouns.decision", langs)
    return recache.compile(rf"[ \t]*(?:(?:{alternation(nouns)})[ \t]*)?{_HEADING_NUMBER}")


#: a line's end, a note's mark perhaps before it, glued to the comma after a body's name
#: ("Генеральная Ассамблея,1", "大会，¹"): here and in ``segment``
MARKED_LINE_END = rf"(?:\d{{1,3}}|[{SUPERSCRIPTS}]{{1,3}})?[ \t]*(?:\n|$)"
_BODY_LINE = recache.compile(rf"[^\n\d]{{1,30}}[,，]{MARKED_LINE_END}")
# … or a line that ends with a whole symbol set apart ("UN Doc A/RES/79/17", a copy's citation of
# the text over its body's line): no symbol goes on into an ideograph after a blank before it
_SYMBOL_ENDS_LINE = recache.compile(r"(?:^|(?<=[\n \t]))[A-Z][A-Za-z0-9.]*(?:/[A-Za-z0-9.()-]+)+[ \t]*$")
# … or a line that is a symbol alone (a masthead's "A/RES/80/45/Corr.1", "A/80/6 (Sect. 24)", over
# the organ's name "大会"): a whole line of a page is never one symbol
_SYMBOL_ALONE = recache.compile(
    r"[ \t]*[A-Z][A-Za-z0-9.]*(?:/[A-Za-z0-9.()-]+)+"
    r"(?:[ \t]\([A-Za-z]{1,6}\.?[ \t]?[0-9A-Z]{1,4}\))?\*?[ \t]*"
)


@functools.lru_cache(maxsize=1)
def _dashed_session() -> re.Pattern[str]:
    """A resolution's noun and the Assembly's number of its first sessions, its session's Roman
    numeral after a hyphen instead of in brackets, as Spanish and French doctrine writes it
    ("la resolución 2625-XXV", "Res. 3314-XXIX", "la résolution 1514-XV"): the hyphen and the
    numeral (group ``s``), read as the bracket."""
    nouns = gather("nouns.resolution", lexicon.scope("*"))
    return recache.compile(
        rf"(?<!\w)(?i:{alternation(nouns)})[ \t]++\d{{1,4}}(?:[ ]?[A-H])?"
        r"(?P<s>-(?P<r>X{0,2}(?:IX|IV|V?I{0,3})|XXX)(?<!-))(?![\w\-/])"
    )


@functools.lru_cache(maxsize=1)
def _noun_number_line() -> re.Pattern[str]:
    """A line of a text's noun and number alone ("决议 13/3", "决议 2867 (2029)", "决定 4/CP.34",
    "第4/CP.34号决定"): a heading, never the rest of a line wrapped in a word, nor one that
    wraps into the line after it."""
    langs = lexicon.scope("*")
    nouns = gather("nouns.resolution", langs) + gather("nouns.decision", langs)
    number = r"(?:S-|ES-)?\d{1,4}/\d{1,4}[A-H]?|\d{1,4} ?\((?:19|20)\d\d\)|\d{1,3}/[A-Z]{2,4}\.\d{1,2}"
    # (… or, in the languages that write the noun after the number, "第4/CP.34号决定")
    prefixes = [p for p in gather("grammar.number_prefix", langs) if p]
    suffixes = [s for s in gather("grammar.number_suffix", langs) if s]
    after = ""
    if prefixes and suffixes:
        after = (
            rf"|(?:{alternation(prefixes)})[ \t]*(?:{number})[ \t]*(?:{alternation(suffixes)})"
            rf"[ \t]*(?:{alternation(nouns)})"
        )
    return recache.compile(rf"(?:(?:{alternation(nouns)})[ \t]*(?:{number}){after})[ \t]*(?:\n|$)")


@functools.lru_cache(maxsize=1)
def _marked_heading_line() -> re.Pattern[str]:
    """A heading's line that opens with the text's number between its marks and its noun, its
    title after a stop, a colon or a blank ("第48/40号决议：近东…", "大会第48/40号决议 近东…", a
    copy's heading, as languages that write the noun after the number head a text): over the
    body's line, no wrapped line."""
    langs = lexicon.scope("*")
    prefixes = [p for p in gather("grammar.number_prefix", langs) if p]
    suffixes = [s for s in gather("grammar.number_suffix", langs) if s]
    nouns = gather("nouns.resolution", langs) + gather("nouns.decision", langs)
    if not prefixes or not suffixes:
        return recache.compile("(?!)")
    number = r"(?:S-|ES-)?\d{1,4}/\d{1,4}[A-H]?|\d{1,4} ?\((?:19|20)\d\d\)"
    # (… the body's name perhaps before it, "大会第48/40号决议：…"; the title perhaps after a blank)
    return recache.compile(
        rf"[ \t]*[{_IDEOGRAPHS}]{{0,10}}?(?:{alternation(prefixes)})[ \t]*(?:{number})[ \t]*"
        rf"(?:{alternation(suffixes)})[ \t]*(?:{alternation(nouns)})(?:[ \t]*[.:\uff0e\u3002\uff1a]|[ \t]+\S)"
    )


@functools.lru_cache(maxsize=1)
def _numbered_noun_end() -> re.Pattern[str]:
    """A heading line that ends with a text's number and its noun ("…人权理事会第41/2号决议"),
    in the languages that write the noun after the number: over the body's line, no wrapped line."""
    langs = lexicon.scope("*")
    suffixes = [s for s in gather("grammar.number_suffix", langs) if s]
    nouns = gather("nouns.resolution", langs) + gather("nouns.decision", langs)
    if not suffixes:
        return recache.compile("(?!)")
    return recache.compile(rf"[\d)][ \t]*(?:{alternation(suffixes)})(?:{alternation(nouns)})[ \t]*$")


def _bracket_inner() -> str:
    """What a number's bracket holds: its year, or its session in a language's own mark ("د-48")."""
    keys = ("grammar.session_marks", "grammar.special_session_marks", "grammar.emergency_session_marks")
    marks = [m for key in keys for m in gather(key) if m.endswith("-")]
    session = rf"|(?:{alternation(marks)})[ ]?\d{{1,2}}" if marks else ""
    return rf"[ ]?(?:\d{{4}}{session})[ ]?"


@functools.lru_cache(maxsize=1)
def _mirrored_bracket() -> re.Pattern[str]:
    """A number's year or session in mirrored brackets after it (") 1993 (" read ")١٩٩٣(")."""
    return recache.compile(rf"(?<=\d)(?P<sp>[ \t])\)(?P<in>{_bracket_inner()})\((?!\d)")


@functools.lru_cache(maxsize=1)
def _upright_bracket() -> re.Pattern[str]:
    """A number's year or session in its brackets the right way round ("841 (1993)")."""
    return recache.compile(rf"\d[ \t]?\((?:{_bracket_inner()})\)")


@functools.lru_cache(maxsize=1)
def _reversed_session() -> re.Pattern[str] | None:
    """A session's bracket in a language's own mark with a hyphen ("(د-15)"), then the number it
    follows in the usual order ("(د-15) 1514": a text layer that set the two right to left): the
    number stands alone after it (no slash, bracket or digit after; no number before the bracket)."""
    keys = ("grammar.session_marks", "grammar.special_session_marks", "grammar.emergency_session_marks")
    marks = [m for key in keys for m in gather(key) if m.endswith("-")]
    if not marks:
        return None
    return recache.compile(
        rf"(?<![\d)][ \t])(?<![\d)])\((?P<mark>(?:{alternation(marks)})[ ]?\d{{1,2}})\)"
        r"(?P<sp>[ \t]{1,2})(?P<num>\d{1,4})(?![\d/.(]|[ \t]?\()"
    )


@functools.lru_cache(maxsize=1)
def _session_drawn() -> re.Pattern[str] | None:
    """A session's bracket that a right-to-left line drew apart: its mark before the opening
    bracket and its closing one past the words after it, the gap it left behind ("2200 ألف  د(-21
    وإلى بيان رئيس)" is "(د-21) وإلى بيان رئيس"; "د-(21 …)", "(د-⏎21  وإلى بيان رئيس)" alike); or a session's
    mark with its hyphen at a line's end, its number on the next ("دإط-⏎10/15")."""
    keys = ("grammar.session_marks", "grammar.special_session_marks", "grammar.emergency_session_marks")
    marks = [m for key in keys for m in gather(key) if m.endswith("-")]
    if not marks:
        return None
    # (one order in every process, whatever the hash seed: the program is kept between runs)
    bare = sorted({m[:-1].rstrip() for m in marks}, key=lambda m: (-len(m), m))
    return recache.compile(
        rf"(?P<lead>[ \t]+|[ \t]*\n)(?P<bare>{alternation(bare)})(?:\(-|-\()[ \t]?"
        rf"(?P<num>\d{{1,2}})[ \t]{{2,}}"
        rf"(?:(?P<words>{_DRAWN_PAST})[ \t]?)?\)"
        # (… or its bracket in order, cut after the hyphen: "(د-⏎21  وإلى بيان رئيس)")
        rf"|\((?P<cut>{alternation(bare)})-[ \t]*\n[ \t]*(?P<cut_num>\d{{1,2}})[ \t]{{2,}}"
        rf"(?:(?P<cut_words>{_DRAWN_PAST})[ \t]?)?\)"
        rf"|(?<![\u0621-\u064a])(?P<mark>{alternation(marks)})[ \t]*\n[ \t]*(?=\d{{1,2}}(?:/\d|\)))"
    )


def _session_in_place(m: re.Match[str]) -> str:
    """A session's mark and bracket (:func:`_session_drawn`) in place."""
    if m.group("mark"):
        return m.group("mark")
    if m.group("cut"):
        return _closed(f"({m.group('cut')}-{m.group('cut_num')})", m.group("cut_words"))
    lead = "\n" if "\n" in m.group("lead") else " "
    return _closed(f"{lead}({m.group('bare')}-{m.group('num')})", m.group("words"))


def _letters_of(form: str) -> str:
    """A ligature's letters (its compatibility form); a vowel sign's own form ("ARABIC FATHA
    ISOLATED FORM", whose compatibility form puts a space or a tatweel before the sign) nothing,
    as the vowel signs themselves (not a space that cuts the word in two)."""
    folded = unicodedata.normalize("NFKC", form)
    if len(folded) > 1 and folded[0] in " \u0640" and all(unicodedata.combining(c) for c in folded[1:]):
        return ""
    return folded


@functools.lru_cache(maxsize=1)
def _glued_res() -> tuple[tuple[str, frozenset[str], re.Pattern[str]], ...]:
    """How to find a resolution's abbreviated noun glued to its number ("Res.1325 (2000)",
    "G.A.Res.2625(XXV)", "rés.1515, 3202 et 3281", es "Res.60/1"), as written, in small letters or
    in capitals: the nouns of every lexicon's ``nouns.resolution`` written with their point;
    without it ("Res1325 (2000)") only before a number's slash or bracket. Not inside a word, a
    code or a symbol ("Pres.2", "A/RES/…", "X-RES1"); the decisions' "Dec." is also December's and
    is left alone. For each noun's rest after its first letter, in small letters and in capitals:
    the rest, the first letters it may have, and the pattern of the rest and the number after it
    (a scan for a literal, the first letter and the word's start tested apart: an alternation, or
    a lookbehind first, is tried at every character)."""
    stems = {
        n[:-1]
        for n in gather("nouns.resolution", tuple(lexicon.load().languages))
        if n.endswith(".") and len(n) > 2
    }
    firsts: dict[str, set[str]] = {}
    for stem in stems:
        for form in (stem.lower(), stem.upper()):
            firsts.setdefault(form[1:], set()).update((stem[0].lower(), stem[0].upper()))
    return tuple(
        (
            rest,
            frozenset(heads),
            recache.compile(rf"{re.escape(rest)}(?:\.(?=\d)|(?=\d{{1,4}}(?:/\d|[ \t]?\()))"),
        )
        for rest, heads in sorted(firsts.items())
    )


#: how far into a text its masthead may stand (the head whose symbol may have its date glued on)
_MASTHEAD_CHARS = 3000


@functools.lru_cache(maxsize=1)
def _glued_day() -> re.Pattern[str]:
    """A document's symbol whose last number has the day of the date after it glued on, as a
    masthead's cells run together in a copy ("CRC/GC/2003/527 novembre 2003" for the symbol and
    "27 novembre 2003", es "A/HRC/7/7814 de julio de 2008", en "A/HRC/7/7814 July 2008"): the
    symbol's letters and slashes (group ``head``), its last number with the day (``digits``),
    before a blank, a month's full name of any language (the joiner its language writes before
    it perhaps) and a year."""
    langs = tuple(lexicon.load().languages)
    months = sorted(
        {m for row in gather("dates.months", langs) for m in row.split("|") if not m.endswith(".")},
        key=lambda m: (-len(m), m),
    )
    joiners = alternation(gather("dates.joiners", langs)) if gather("dates.joiners", langs) else "(?!)"
    month = "|".join(re.escape(m) for m in months)
    return recache.compile(
        # (the head's first capital first, what stands before it checked after: a fast scan for
        # capitals, not a look behind at every character of the head)
        r"(?P<head>[A-Z](?<![\w/.\-][A-Z])[A-Z]{0,7}(?:\.\d{1,3})?/(?:[A-Za-z0-9.\-]{1,12}/){0,6}"
        rf"(?:(?:{NUMBERED_ELEMENTS})\.)?)(?P<digits>\d{{2,6}})"
        rf"(?=[ \t]+(?:(?i:{joiners})[ \t]+)?(?i:{month})"
        rf"[ \t]+(?:(?i:{joiners})[ \t]+)?(?:1[89]|20)\d\d(?!\d))"
    )


def glued_days(text: str) -> list[tuple[int, int, str]]:
    """Edits that part a masthead's symbol from the day glued to its last number (see
    :func:`_glued_day`), in a text's head: the day is the number's last two figures where
    they make one (10 to 31) and a figure is left before them, else its last figure — unless
    the symbol the other reading leaves is written elsewhere in the text and this one is not.
    A symbol that the text writes whole elsewhere too (a page's header: "E/2008/27⏎page 2") is
    the symbol as it stands, its month without a day ("E/2008/27 June 2008"): left as it is."""
    out: list[tuple[int, int, str]] = []
    if "/" not in text[:_MASTHEAD_CHARS]:
        return out
    for m in _glued_day().finditer(text, 0, min(len(text), _MASTHEAD_CHARS + 40)):
        head, digits = m.group("head"), m.group("digits")
        if _written_elsewhere(text, head + digits, m.start()):
            continue
        cuts = [k for k in (2, 1) if len(digits) > k and 1 <= int(digits[-k:]) <= 31 and digits[-k] != "0"]
        if not cuts:
            continue
        seen = [k for k in cuts if _written_elsewhere(text, head + digits[:-k], m.start())]
        k = seen[0] if len(seen) == 1 else cuts[0]
        cut = m.end() - k
        out.append((cut - 1, cut, text[cut - 1] + " "))
    return out


def _written_elsewhere(text: str, symbol: str, at: int) -> bool:
    """``symbol`` stands in ``text`` away from ``at``, whole (no figure or element after it)."""
    return any(m.start() != at for m in re.finditer(re.escape(symbol) + r"(?![\d.]\d|\d)", text))


@functools.lru_cache(maxsize=1)
def _fused_nouns() -> tuple[dict[str, str], re.Pattern[str] | None]:
    """The abbreviations that fuse a body's name and a text's noun (``grammar.fused_nouns`` of
    every language: "UNSCR" for "UNSC resolution"), each with the words it is read as (the first
    language that lists one gives its words), and the pattern of any of them as a whole word
    before a blank and a figure, or alone in a bracket after a word and before a blank and a
    figure (the bracket that spells the abbreviation out after its words: "Security Council
    Resolution (UNSCR) 1718"), an ideograph before it too (a script that sets no blank between
    words). Not inside a symbol or a code ("X-UNSCR 1", "UNSCR/2", "AUNSCR 1")."""
    words: dict[str, str] = {}
    for lang in lexicon.load().languages.values():
        for short, long in (lang.raw.get("grammar", {}).get("fused_nouns") or {}).items():
            words.setdefault(short, long)
    if not words:
        return words, None
    alt = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return words, recache.compile(
        rf"(?<!(?![\u3400-\u4dbf\u4e00-\u9fff])[\w./\-])"
        rf"(?:(?P<short>{alt})(?![\w/\-])|(?<=\w[ \t])\((?P<spelt>{alt})\)[ \t])(?=[ \t]*\d)"
    )


def fused_nouns(text: str) -> list[tuple[int, int, str]]:
    """Edits that read a fused abbreviation of a body and a noun as its words ("UNSCR 2397" as
    "UNSC resolution 2397"), and its bracket after the words it abbreviates as nothing (see
    :func:`_fused_nouns`)."""
    words, pat = _fused_nouns()
    if pat is None or not any(w in text for w in words):
        return []
    out: list[tuple[int, int, str]] = []
    for m in pat.finditer(text):
        if m.group("short"):
            out.append((m.start(), m.end(), words[m.group("short")]))
        else:
            out.append((m.start(), m.end(), ""))
    return out


@functools.lru_cache(maxsize=1)
def _numeral_number() -> tuple[re.Pattern[str] | None, dict[str, int]]:
    """The languages' forms of a text's number written digit by digit in their date numerals
    (``grammar.numeral_number``, group ``n``, and ``y`` the year in its bracket where a form
    reads one), joined, and each numeral's value."""
    forms = gather("grammar.numeral_number")
    numerals = dates.numeral_dates()
    if not forms or numerals is None:
        return None, {}
    return recache.compile("|".join(f"(?:{f})" for f in forms)), numerals[1]


def numeral_numbers(text: str) -> list[tuple[int, int, str]]:
    """Edits that write in figures a text's number written digit by digit in numerals
    ("第一五一四号决议(XV)": 1514), one figure for one numeral (the offsets stay)."""
    rx, values = _numeral_number()
    out: list[tuple[int, int, str]] = []
    for m in rx.finditer(text) if rx is not None else ():
        # (… and the year in its bracket, where the form reads one: "第一二六七（一九九九）号决议")
        for key in ("n", "y"):
            if key not in m.re.groupindex or m.group(key) is None:
                continue
            start = m.start(key)
            out.extend(
                (start + i, start + i + 1, str(values[c]))
                for i, c in enumerate(m.group(key))
                if not c.isdigit() and c in values
            )
    return out


#: a resolutions' series whose slash before the number a typist left out, as articles' notes write it
#: ("A/RES2144(XXI)", "S/RES1325 (2000)", "E/RES1995/39"): the series' one letter before "/RES", the
#: number after it then its slash or its bracket of a session or a year (not inside a longer
#: symbol or a code: "X-A/RES1", "UNA/RES12")
_RES_NO_SLASH = recache.compile(
    r"(?<![A-Za-z0-9/.\-])[A-Z]/RES"
    r"(?=\d{1,4}(?:/\d{1,4}(?![\d/])|[ \t]?\((?:S-|ES-)?(?:[IVXL]{1,7}|\d{4})\)))"
)


#: … found from its "/RES" and the figure after it (a scan led by a look-behind, as
#: ``_RES_NO_SLASH`` opens, is tried at every character of the text), then matched from the letter
_RES_NO_SLASH_LEAD = recache.compile(r"/RES(?=\d)")


def res_slash(text: str) -> list[tuple[int, int, str]]:
    """Edits that set the slash a typist left out between a resolutions' series and its number
    ("A/RES2144(XXI)": "A/RES/2144(XXI)"; see ``_RES_NO_SLASH``)."""
    if "/RES" not in text:
        return []
    match = _RES_NO_SLASH.match
    return [
        (m.end() - 1, m.end(), "S/")
        for lead in _RES_NO_SLASH_LEAD.finditer(text)
        if lead.start() and (m := match(text, lead.start() - 1)) is not None
    ]


def glued_res(text: str) -> list[tuple[int, int, str]]:
    """Edits that set a blank between a resolution's abbreviated noun and the number glued to it
    (see :func:`_glued_res`): the number is read as after "Res. "."""
    out: list[tuple[int, int, str]] = []
    for rest, heads, pat in _glued_res():
        if rest[0] not in text:  # ("é", "е": a text without the letter has no such noun)
            continue
        for m in pat.finditer(text, 1):
            s = m.start() - 1
            if text[s] in heads and (not s or not (text[s - 1].isalnum() or text[s - 1] in "_/-")):
                out.append((m.end() - 1, m.end(), text[m.end() - 1] + " "))
    return sorted(out)


def text_layer_folds(text: str) -> list[tuple[int, int, str]]:
    """Edits for the text layers of PDF files and of Arabic, Chinese and Russian documents:
    ligatures (Latin ones, and the Arabic ones of presentation forms) as their letters, the
    spaces of spaced-out Chinese, a symbol typed in Cyrillic look-alikes as its Latin letters.
    Each looked for only in a text that can hold it (a test that costs nothing in a text of
    Latin letters)."""
    out: list[tuple[int, int, str]] = []
    if sys.getsizeof(text) < 2 * len(text):
        return out  # stored one byte a character: no character above U+00FF
    for ligature, holds in (
        (_LATIN_LIGATURE, any(c in text for c in LIGATURES)),
        (_ARABIC_LIGATURE, "\u0644" in text),
    ):
        if holds:  # a Latin ligature; lam: an Arabic text
            out.extend((m.start(), m.end(), _letters_of(m.group())) for m in ligature.finditer(text))
    if (
        # (a character of the signs looked for first: a search for one character is many times
        # faster than one for two in a text stored two bytes a character)
        any(c in text for c in _CJK_SPACED_CHARS) and any(sign in text for sign in _CJK_SPACED)
    ) or (  # a spaced-out Chinese text
        # (the ideograph first: a scan for one of a range of characters is a little faster than
        # `in` with two, and it leaves a text without one at once)
        _IDEOGRAPH.search(text) and ("( " in text or " )" in text or _prefix_spaced().search(text))
    ):
        out.extend(
            (m.end() - 1, m.end(), "") for m in _CJK_SPACE.finditer(text) if not _row_number(text, m.start())
        )
    if "\n" in text and any(c in text for c in _WRAP_HINTS):
        out.extend(_wrapped_lines(text))
    if "\u0644" in text:  # lam: an Arabic text, whose text layer may glue a word to a number
        # (… or mirror the brackets of a number's year or session, as older files' text does
        # throughout: "قرار مجلس الأمن ٨٤١ )١٩٩٣(" is 841 (1993); only in a text that writes none
        # the right way round; before the edits of a bracket drawn apart, which it takes the place of)
        if (
            ")" in text
            and (mirrored := _mirrored_bracket()).search(text)
            and not _upright_bracket().search(text)
        ):
            out.extend(
                (m.start(), m.end(), f"{m.group('sp')}({m.group('in')})") for m in mirrored.finditer(text)
            )
        out.extend((m.start(), m.end(), _unglued(m)) for m in _ARABIC_GLUE.finditer(text))
        out.extend((m.start(), m.end(), _drawn(m)) for m in _ARABIC_DRAWN.finditer(text))
        if "(" in text:
            out.extend(
                (m.start(), m.end(), f"({m.group('year')}){m.group('mark')}")
                for m in _ARABIC_MARK_IN_YEAR.finditer(text)
            )
            out.extend(
                (m.start(), m.end(), ")")
                for m in _ARABIC_TURNED_OPEN.finditer(text)
                if _ends_symbol(text, m.start())
            )
        if "-" in text:
            for m in _ARABIC_LEADING_HYPHEN.finditer(text):
                out += [(m.start(), m.start() + 1, ""), (m.end("sym"), m.end(), "-")]
        session_drawn = _session_drawn()
        if session_drawn is not None:
            out.extend((m.start(), m.end(), _session_in_place(m)) for m in session_drawn.finditer(text))
        # … and set a number and its session's bracket right to left: "(د-15) 1514" is 1514 (XV)
        reversed_session = _reversed_session()
        if reversed_session is not None and "(" in text:
            out.extend(
                (m.start(), m.end(), f"{m.group('num')}{m.group('sp')}({m.group('mark')})")
                for m in reversed_session.finditer(text)
            )
    if any(c in text for c in _CYRILLIC_LETTERS) and (
        any(pair in text for pair in _CYRILLIC_SLASH) or _CYRILLIC_IN_LATIN.search(text) is not None
    ):
        for m in _CYRILLIC_SYMBOL.finditer(text):
            sym = m.group()
            latin = sym.translate(_LATIN_OF)
            for dot_slash in reversed(_dot_slash_symbols(latin) if "./" in latin else []):
                latin = latin[: dot_slash[0]] + latin[dot_slash[1] :]  # ("А/79/L./75": the edit above, here)
            # a digit, and a Latin letter or a series of one letter ("А/73/8"): "ООН/2019" is a word
            if latin != sym and _HAS_DIGIT.search(sym) and (sym.find("/") == 1 or _LATIN.search(sym)):
                out.append((m.start(), m.end(), latin))
        codes = lexicon.decision_codes().codes
        for m in _CYRILLIC_CODED.finditer(text):
            sym = m.group()
            latin = sym.translate(_LATIN_OF)
            if latin != sym and latin.partition("/")[2] in codes:
                out.append((m.start(), m.end(), latin))
    return out


# a line that opens with two words in capitals (Latin, Cyrillic), and a comma or a semicolon that
# ends it or one of the four lines after it: the hint of a paragraph set in capitals (a literal
# first, the line break: a fast scan; a paragraph of one line after its number is found with the
# others, and the first line of a text apart)
_CAPS_HINT = recache.compile(
    rf"\n(?=[{CAPITALS}]{{2}}[{CAPITALS}'-]*[ \t]+[{CAPITALS}'-]{{2,}}[ \t]"
    rf"[^\n]*(?:\n[^\n]+){{0,4}}?[,;][\d*{SUPERSCRIPTS}]*[ \t]*(?:\n|$))"
)
_PARAGRAPH = recache.compile(r"[^\n]+(?:\n[ \t]*[^\s][^\n]*)*")
# a paragraph of the body of a text: a preambular one ends with a comma, an operative one with a
# semicolon, or with a full stop after its number (footnote markers may follow)
_PARAGRAPH_END = recache.compile(rf"[,;][\d*{SUPERSCRIPTS}]*\s*$")
_NUMBERED = recache.compile(r"\s*(?:\d{1,3}\.|\([a-z]\))\s")
_FULL_STOP_END = recache.compile(rf"\.[\d*{SUPERSCRIPTS}]*\s*$")
# a word of letters (apostrophes and hyphens inside): what a paragraph in capitals is read with in
# lower case — a symbol, a number, a Roman session number in brackets or a part's letter is not
_CAPS_WORD = recache.compile(r"(?<![\w/.-])[^\W\d_](?:[^\W\d_]|['-](?=[^\W\d_]))+(?![\w/.)]|\.\w|-\d)")
_FIRST_WORD = recache.compile(r"[^\W\d_]{2}")


def _lower_case(word: str) -> str:
    """``word`` in lower case, one character for one."""
    low = word.lower()
    return low if len(low) == len(word) else "".join(c if len(c.lower()) != 1 else c.lower() for c in word)


def _cased(text: str, i: int) -> bool:
    """Is ``text[i]`` a letter of a script with cases (a name found in capitals does not
    begin or end inside a word of one)?"""
    return 0 <= i < len(text) and text[i].lower() != text[i].upper()


@functools.lru_cache(maxsize=1)
def _caps_nouns() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """:func:`_caps_kept`'s first letters, and its pattern compiled (for the first text that may
    hold a title in capitals: most texts hold none of the first letters, :func:`_cited_in_capitals`)."""
    firsts, pattern = _caps_kept()
    return firsts, recache.compile(pattern)


@functools.lru_cache(maxsize=1)
def _caps_kept() -> tuple[tuple[str, ...], str]:
    """The first letters of the nouns of resolutions and decisions of every lexicon written in
    capitals (literals: a fast test that a text may hold one, "RESOL", "DECIS", "РЕЗОЛ"), and
    one of those nouns before a number of a session and its text ("… OF GENERAL ASSEMBLY
    RESOLUTIONS 48/162 AND 50/227", "… (RESOLUTION 3281 (XXIX))"), not opening its line (a
    heading's own number: "RESOLUTION 60/251").

    Made from the lists of every language of the lexicon, whose sections are decoded when first
    read: a text of one language would decode those of all the others for them alone (about
    1.5 % of a refresh of one changed file).  Both are kept between runs as one string
    (``recache.remembered``) under the lexicon's key and this module's size and time."""
    lex_key = lexicon.made_of()
    try:
        tag = recache.files_tag(f"caps-nouns\x00{lex_key}", [os.path.realpath(__file__)])
    except OSError:  # this module cannot be looked at: made here, not kept
        kept = _caps_nouns_made()
    else:
        kept = recache.remembered(("caps-nouns", lex_key, tag), _caps_nouns_made)
    firsts, _, pattern = kept.partition("\x00")
    return tuple(firsts.split("|")) if firsts else (), pattern


def _caps_nouns_made() -> str:
    """:func:`_caps_nouns` as one string: the first letters, each followed by ``|`` but the last,
    then NUL and the pattern."""
    words = sorted(
        {
            w.upper()
            for key in ("nouns.resolution", "nouns.decision")
            for w in gather(key)
            if len(w) > 4 and w.isalpha() and w.upper() != w.lower()
        },
        key=lambda w: (-len(w), w),  # (the same order in every process: a kept program)
    )
    nouns = "|".join(map(re.escape, words)) or "(?!)"
    # (the date's words before the number and the number's signs, in capitals)
    dated = "|".join(sorted({re.escape(w.upper()) for w in gather("grammar.date_before_number")})) or "(?!)"
    signs = "|".join(
        sorted({re.escape(w.upper()) for w in gather("footnotes.number")}, key=lambda w: (-len(w), w))
    )
    pattern = (
        # (a word or a sign before the noun on its line, a space between, a bracket perhaps)
        r"(?:(?<=[^\s\d][ \t])|(?<=\S[ \t]\())"
        # (… the body's name perhaps between the noun and the number, as languages that name it
        # after the noun write it: "ОСУЩЕСТВЛЕНИЕ РЕЗОЛЮЦИЙ ГЕНЕРАЛЬНОЙ АССАМБЛЕИ 48/162")
        rf"(?:{nouns})(?:[ \t]+[^\W\d_][^\W\d_'’-]*+(?:['’-][^\W\d_]++)?){{0,4}}?\s+"
        # (… a note's mark in superscript digits perhaps right after the number, as a Word or PDF
        # file's text gives it: "RESOLUTION 60/251¹ OF 15 MARCH 2006")
        r"(?:(?:S-|ES-)?\d{1,4}/\d{1,4}(?!/|(?![\u00b9\u00b2\u00b3\u2070-\u2079])\w)"
        r"|\d{1,4}[ \t]?(?:[A-H][ \t]?)?\((?:[IVXLC]{1,7}|E?S-[IVXLC]{1,5})\))"
        # (… or opening its line before a number without its session or year and the body's name
        # after it, as legal databases head their copies: "РЕЗОЛЮЦИЯ 1368 СОВЕТА БЕЗОПАСНОСТИ ООН
        # ОТ 12 СЕНТЯБРЯ 2001 ГОДА"; a heading's own number with its bracket is not one)
        rf"|(?<![^\n])[ \t]*(?:{nouns})[ \t]+\d{{1,4}}[ \t]+[^\W\d_]{{2,}}[ \t]+[^\W\d_]{{2,}}"
        # (… or alone on its line, the date's word, the date and the number's sign before the number
        # of a session and its text, as legal databases head their copies: "РЕЗОЛЮЦИЯ ОТ 17.12.1984
        # N 39/148"; the title after it on the same line is another heading's, left as it is)
        rf"|(?<![^\n])[ \t]*(?:{nouns})[ \t]+(?:{dated})[ \t]+[^\n]{{6,24}}?[ \t]+(?:{signs or '(?!)'})[ \t]?"
        r"(?:S-|ES-)?\d{1,4}/\d{1,4}(?=[ \t]*(?:\n|$))"
    )
    return "|".join(sorted({w[:5] for w in words})) + "\x00" + pattern


@functools.lru_cache(maxsize=1)
def _letter_and() -> re.Pattern[str] | None:
    """The list words of one letter of every lexicon, in capitals, between a space and a number
    ("… 48/162 И 50/227", "… 48/162 Y 50/227"): a part's letter ("217 A (III)") is kept."""
    words = sorted({w.upper() for w in gather("grammar.list_and") if len(w) == 1 and w.upper() != w})
    if not words:
        return None
    return recache.compile(rf"(?<=[ \t])[{''.join(words)}](?=[ \t]++\d)")


def _cited_in_capitals(text: str) -> bool:
    """Whether ``text`` may hold a title in capitals that cites a text by its noun and number."""
    return any(w in text for w in _caps_kept()[0])


def capitals(text: str) -> str:
    """``text`` with each paragraph of its body set in capitals ("RECALLING ITS RESOLUTION 70/1 OF
    25 SEPTEMBER 2015,") read as written in lower case: its first word with a capital, and the
    names of bodies as the lexicon writes them — and so is a title in capitals that cites a text
    by its noun and number ("IMPLEMENTATION OF GENERAL ASSEMBLY RESOLUTIONS 48/162 AND 50/227").
    One character for one: no offset changes."""
    titles = _cited_in_capitals(text)
    if not titles and _CAPS_HINT.search(text) is None and _CAPS_HINT.match("\n" + text[:200]) is None:
        return text
    parts: list[str] = []
    last = 0
    for m in _PARAGRAPH.finditer(text):
        para = m.group()
        if not para.isupper():
            if titles and "\n" in para:
                # a title in capitals on a line of its own under a paragraph, no blank line
                # between them (a PDF's text layer: "… on 30 June 2006.]⏎I. IMPLEMENTATION OF
                # GENERAL ASSEMBLY RESOLUTION 60/251 OF 15 MARCH 2006 …")
                # (… the title's lines together when it wraps: "I. IMPLEMENTATION OF GENERAL ASSEMBLY⏎
                # RESOLUTION 60/251 OF 15 MARCH 2006⏎ENTITLED …")
                run: tuple[int, int] | None = None
                for line in [*_LINE.finditer(text, m.start(), m.end()), None]:
                    if line is not None and line.group().isupper():
                        run = (line.start(), line.end()) if run is None else (run[0], line.end())
                        continue
                    if run is not None and _cited_title(text[run[0] : run[1]]):
                        parts += [text[last : run[0]], _recased(text[run[0] : run[1]])]
                        last = run[1]
                    run = None
            continue
        words = len(para.split())
        # (a title of four words or more that cites a text: no stop ends it)
        cites = titles and words >= 4 and _caps_nouns()[1].search(para) is not None
        if not cites and (
            words < 5
            or not (_PARAGRAPH_END.search(para) or (_NUMBERED.match(para) and _FULL_STOP_END.search(para)))
        ):
            continue
        parts += [text[last : m.start()], _recased(para)]
        last = m.end()
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


_LINE = recache.compile(r"[^\n]+")


def _cited_title(line: str) -> bool:
    """Whether lines are a title in capitals of four words or more that cites a text by its noun
    (the noun may open a line of a wrapped title)."""
    return (
        line.isupper()
        and len(line.split()) >= 4
        and _caps_nouns()[1].search(" ".join(line.split())) is not None
    )


def _recased(para: str) -> str:
    """A paragraph in capitals as written in lower case: its first word with a capital, and the
    names of bodies as the lexicon writes them (one character for one)."""
    low = _CAPS_WORD.sub(lambda w: _lower_case(w.group()), para)
    if (letter_and := _letter_and()) is not None:
        low = letter_and.sub(lambda w: w.group().lower(), low)
    first = _FIRST_WORD.search(low)
    if first is not None:
        i = first.start()
        low = low[:i] + low[i].upper() + low[i + 1 :] if len(low[i].upper()) == 1 else low
    names, written = proper_names()
    for n in names.finditer(low):
        name = written.get(" ".join(n.group().lower().split()))
        if name is None or _cased(low, n.start() - 1) or _cased(low, n.end()):
            continue  # a short name inside a word ("ECA" of "RECALLING") is none
        letters = iter(name.replace(" ", ""))
        cased = "".join(c if c.isspace() else next(letters, c) for c in n.group())
        if len(cased) == len(n.group()):
            low = low[: n.start()] + cased + low[n.end() :]
    return low


@functools.lru_cache(maxsize=1)
def _variant_letters() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str] | None] | None:
    """The variant letters of the lexicons (``grammar.variant_letters``: pairs, a variant and the
    letter the lexicon writes, as Chinese traditional and simplified characters), the class of
    the variants, and the class of the letters whose presence says the text is in another
    language (``grammar.variant_letters_not_with``: Japanese kana)."""
    pairs = "".join(gather("grammar.variant_letters"))
    if not pairs:
        return None
    table = {pairs[i]: pairs[i + 1] for i in range(0, len(pairs) - 1, 2)}
    not_with = gather("grammar.variant_letters_not_with")
    others = recache.compile("[" + "".join(not_with) + "]") if not_with else None
    return recache.compile("[" + re.escape("".join(table)) + "]"), table, others


def other_language(text: str) -> bool:
    """Does ``text`` hold a letter of a language that writes the lexicon's variant letters
    (``grammar.variant_letters_not_with``: Japanese kana, beside the ideographs Chinese writes)?
    Neither its letters nor its dates are then read as the lexicon's."""
    variants = _variant_letters()
    return variants is not None and variants[2] is not None and variants[2].search(text) is not None


def folded_variants(text: str) -> str:
    """``text`` with its variant letters as the lexicon writes them, one for one (a text of
    traditional Chinese characters in simplified ones); ``text`` itself when it holds none."""
    variants = _variant_letters()
    if variants is None:
        return text
    pattern, table, _ = variants
    for ch in set(pattern.findall(text)):
        text = text.replace(ch, table[ch])
    return text


@functools.lru_cache(maxsize=1)
def _definition_brackets() -> tuple[tuple[str, ...], re.Pattern[str]] | None:
    """The words that open a bracket giving a name its short form (``grammar.definition_lead``:
    "以下简称"), and the pattern of such a bracket: its short form in quotes or bare, never in
    title marks (an instrument's short title, which is a mention of its own)."""
    leads = tuple(gather("grammar.definition_lead"))
    if not leads:
        return None
    return leads, recache.compile(
        rf"[(\uff08](?:{alternation(list(leads))})[\u201c\"\u300c]?"
        rf"[^()\uff08\uff09\u300a\u300b\u201c\u201d\"\u300c\u300d\n]{{1,12}}[\u201d\"\u300d]?[)\uff09]"
    )


def definition_bracket_edits(text: str) -> list[tuple[int, int, str]]:
    """Edits that blank the bracket giving a name its short form ("联合国安全理事会（以下简称安理会）
    于2016年12月23日通过第2334号决议"; :func:`_definition_brackets`), as the bracket of a body's
    acronym is read past in other languages: the name's verb and date then follow it."""
    found = _definition_brackets()
    if found is None or not any(lead in text for lead in found[0]):
        return []
    return [(m.start(), m.end(), " " * (m.end() - m.start())) for m in found[1].finditer(text)]


def typed_day_mark_edits(text: str) -> list[tuple[int, int, str]]:
    """Edits that write the day mark where a scan or a typist gave its look-alike after a month
    and its day ("12月14曰" is "12月14日"; ``dates.typed_day_marks``), so that the date is read."""
    found = dates.typed_day_marks()
    if found is None or not any(mark in text for mark in found[0]):
        return []
    _, pattern, day_mark = found
    return [(m.start("mark"), m.end("mark"), day_mark) for m in pattern.finditer(text)]


def numeral_date_edits(text: str) -> list[tuple[int, int, str]]:
    """Edits that write the numerals of dates in figures ("一九七三年十二月十八日" is
    "1973年12月18日"), each part in place."""
    found = dates.numeral_dates()
    if found is None:
        return []
    pattern, values, tens = found
    out = [
        (m.start(g), m.end(g), dates.numeral_value(v, values, tens))
        for m in pattern.finditer(text)
        for g, v in m.groupdict().items()
        if v is not None
    ]
    # (… and a month and its day with no year before them, as news write the day of an event:
    # "七月三十一日"), where no whole date's edit stands
    month_day = dates.numeral_month_day()
    taken = {s for s, _, _ in out}
    for m in month_day.finditer(text) if month_day is not None else ():
        if m.start("month") not in taken:
            out.extend(
                (m.start(g), m.end(g), dates.numeral_value(m.group(g), values, tens))
                for g in ("month", "day")
            )
    return sorted(out)


#: a vowel typed with its accent after it, as texts keyed on a plain keyboard and kept by older
#: sites write French ("Re'solution 41/1", "Assemble'e ge'ne'rale", "a` sa", "aou^t"): "e'"
#: between letters, but not an English contraction's or possessive's ("we're", "they've",
#: "he'd", "we'll", "the Committee's"): three of them mark a text written so (a literal "e"
#: first: a fast scan)
_TYPED_HINT = recache.compile(r"e'(?<=[a-z]e')(?!(?:s|d|re|ve|ll)(?![a-z]))[a-z]")
_TYPED_MIN = 3
_TYPED_VOWEL = recache.compile(r"[AEIOUaeiou]['^]")
_TYPED_ACUTE = dict(zip("AEIOUaeiou", "ÁÉÍÓÚáéíóú", strict=True))
_TYPED_GRAVE = dict(zip("AEIOUaeiou", "ÀÈÌÒÙàèìòù", strict=True))
_TYPED_CIRCUMFLEX = dict(zip("AEIOUaeiou", "ÂÊÎÔÛâêîôû", strict=True))


def typed_accents(text: str, mapped: str) -> list[tuple[int, int, str]]:
    """The edits that write a vowel typed with its accent after it as the accented letter
    ("re'solution" → "résolution", "a`" → "à", "aou^t" → "août"), in a text written so
    throughout (:data:`_TYPED_HINT`); ``text`` tells a grave accent from an apostrophe, which
    ``mapped`` writes alike.  A vowel only inside a word or at its edge ("arme'," "l'e'gard"),
    a grave accent alone too ("a` la"); never the "u" of "qu'" ("qu'il", "jusqu'a`")."""
    if len(_TYPED_HINT.findall(mapped)) < _TYPED_MIN:
        return []
    out: list[tuple[int, int, str]] = []
    size = len(mapped)
    for m in _TYPED_VOWEL.finditer(mapped):
        s = m.start()
        vowel, mark = mapped[s], text[s + 1]
        before = mapped[s - 1] if s else " "
        after = mapped[s + 2] if s + 2 < size else " "
        if vowel in "uU" and before in "qQ":
            continue
        if mark == "`":
            table = _TYPED_GRAVE
        elif before.isalpha() or after.isalpha():
            table = _TYPED_CIRCUMFLEX if mark == "^" else _TYPED_ACUTE
        else:
            continue  # a letter quoted ("'e'"), a vowel alone before its mark
        out.append((s, s + 2, table[vowel]))
    return out


#: the "ó" of a Spanish word's ending "-ción" or "-sión" that a scanned page's text layer read
#: as a six ("resoluci6n 103 (VI)", "decisi6n", "la Comisi6n"): no word ends so with a figure.
#: A text read so has its other "ó" read so too ("Consejo Econ6mico y Social"): every six
#: between two lower-case letters is then one
_OCR_SIX_O = recache.compile(r"6(?<=[a-z][cs]i6)(?=n(?![a-z]))")
_OCR_SIX_IN_WORD = recache.compile(r"6(?<=[a-z]6)(?=[a-z])")


def normalise(text: str) -> Normalised:
    mapped = one_for_one(text)
    # (a search only in a text stored wide: one of Latin letters holds no ideograph)
    ideographs = (
        sys.getsizeof(mapped) >= 2 * len(mapped) > 0
        and _IDEOGRAPH.search(mapped) is not None
        and not other_language(mapped)
    )
    if ideographs:  # traditional characters as the simplified ones the lexicon writes
        mapped = folded_variants(mapped)
    lowered = capitals(mapped)
    recased = lowered is not mapped
    mapped = lowered
    edits = _Edits()
    html_edits: list[tuple[int, int, str]] = []
    frame_symbols: list[str] = []
    if "<" in mapped and looks_like_html(mapped):
        html_edits, frame_symbols = _html_edits(mapped)
        edits.extend(html_edits)
    if not (
        unicodedata.is_normalized("NFC", mapped)
        and not any(c in mapped for c in _REMOVED)
        # (a stress mark NFC leaves on its letter: "ю́" is normalised; two literal tests, a
        # regular expression's class would scan the whole text at a cost)
        and "\u0301" not in mapped
        and "\u0300" not in mapped
    ):
        edits.matches(_REMOVED_CHAR, mapped, "")
        # combining marks: composed with their base letter (a mark that no letter of the script
        # composes with goes: the stress over a Cyrillic vowel, "Резолю́ция", as encyclopaedias
        # and dictionaries write it, is the same word without it)
        edits.extend(
            [
                (m.start() - 1, m.end(), _composed(mapped[m.start() - 1 : m.end()]))
                for m in _COMBINING.finditer(mapped)
                if m.start()
            ]
        )
    if "e'" in mapped:
        edits.extend(typed_accents(text, mapped))
    if "6n" in mapped and _OCR_SIX_O.search(mapped):
        edits.matches(_OCR_SIX_IN_WORD, mapped, "ó")
    if "\u0644" in mapped and _ARABIC_VOWELS.search(mapped):
        edits.matches(_ARABIC_VOWELS, mapped, "")
    # the tests for the characters each pass fixes: a pattern that starts with one literal
    # character is a faster scan than `in` with two or three
    dash_nl = _HINT_DASH_NL.search(mapped) is not None  # "-\n" or "- \n"
    if dash_nl or _HINT_DASH_TAB.search(mapped):
        line_hyphen, lower = _line_hyphen()
        edits.matches(line_hyphen, mapped, "", after=lower)
        if dash_nl:
            edits.matches(_line_hyphen_capital(), mapped, "-", after=lower)
    if _SPACED_HYPHEN.search(mapped):  # (one scan led by the hyphen: `in` with two characters costs 7× more)
        edits.extend(_spaced_hyphens(mapped))
    # one scan at the slashes for both tests below ("/\n", "/ \n", "/ ", " /"): most texts hold none
    slash_hint = _HINT_SLASH_ANY.search(mapped) is not None
    if slash_hint and _HINT_SLASH_NL.search(mapped):  # "/\n", "/ \n", "/ -\n"
        if "-\n" in text or "- \n" in text:
            edits.extend(_line_slashes(text, mapped))
        else:
            edits.matches(_LINE_SLASH, mapped, "/")
    edits.extend(_line_dot_symbols(mapped))
    if _HINT_NL_SLASH.search(mapped):
        edits.extend(_line_before_slashes(mapped))
    if "/" in mapped:
        edits.extend(_lines_inside_symbols(mapped))
    if " \n" in mapped:
        # blanks a wrapped line ends on (a PDF's space at the line's end) around a part's letter:
        # the next line goes on from it, as after a line that ends on it ("40/151 ⏎A of …")
        edits.extend(_line_end_blanks(mapped))
    if "/" in mapped:
        edits.extend(_space_dot_symbols(mapped))
        if "./" in mapped:
            edits.extend(_dot_slash_symbols(mapped))
        edits.extend(_blank_dot_symbols(mapped))
        edits.extend(_split_year_symbols(mapped))
    edits.extend(_quoted_numbers(mapped))
    edits.extend(_bracketed_numbers(mapped))
    edits.extend(_year_brackets(mapped))
    header_symbols: list[str] = []
    if "-" in mapped or "/" in mapped:
        # (an HTML page's furniture is looked for in its text, the markup blanked out in place)
        framed = _blanked(mapped, html_edits) if html_edits else mapped
        furniture = page_furniture(framed)
        if html_edits and furniture:
            furniture = _around_markup(furniture, html_edits)
        if "\f" in text:  # pages marked: the frame of the page breaks no job number stands at
            frames = page_frames(mapped, [m.start() for m in _FORM_FEED.finditer(text)])
            if furniture:
                frames = [f for f in (_after(furniture, frame, text) for frame in frames) if f is not None]
                furniture = sorted(furniture + frames)
            else:
                furniture = frames
        edits.extend(furniture)
        # the symbols of the running headers taken out: the document's own (the only place a
        # passage cut from mid-document may print it)
        header_symbols = [
            m.group() for fs, fe, _ in furniture for m in _HEADER_SYMBOL.finditer(framed, fs, fe)
        ]
        # … and the one the page's furniture names, left out by the HTML reader
        header_symbols += frame_symbols
        if html_edits:
            related, related_lines = related_paragraphs(framed)
            if related is not None:
                # a page's closing paragraphs of links to related texts: the site's, not the text's
                edits.extend([(related, len(mapped), "\n")])
            edits.extend([(ls, le, "") for ls, le in related_lines])
            if "|" in framed:
                if (row := symbol_row().search(framed)) is not None:
                    # a record's metadata: the values of the rows around its symbol's
                    edits.extend(_metadata_values(framed, row.start(), row.end()))
                # … and a table's row of them ("Related resources | A/80/L.41": a record's)
                edits.extend(
                    [
                        (m.start(), m.end(), "")
                        for m in related_row().finditer(
                            framed, 0, len(framed) if related is None else related
                        )
                    ]
                )
    if dash_nl:
        edits.extend(
            [
                (m.start(), m.end(), "-")
                for m in _LINE_HYPHEN_SYMBOL.finditer(mapped)
                if _in_symbol(mapped, m.start())
            ]
        )
    if _HINT_NL_DASH.search(mapped) and (
        # a number between dashes: the mapped text writes every dash "-" (the others are
        # tested for anyway, at no cost in a text stored one byte a character)
        _HINT_PAGE_NUMBER.search(mapped) or "–" in mapped or "—" in mapped
    ):  # "\n-", "\n–" or "\n "
        edits.extend(page_numbers(mapped))
    edits.extend(letter_spacing(mapped))
    if _HINT_DASH_ROMAN.search(mapped):
        edits.extend(
            [(m.start("s"), m.end("s"), f" ({m.group('r')})") for m in _dashed_session().finditer(mapped)]
        )
    edits.extend(glued_paragraphs(mapped))
    if _HINT_LINK.search(mapped):
        edits.extend(print_margins(mapped))
    if "_____" in mapped or "--------" in mapped or "***" in mapped:  # a notes' rule (SEPARATOR_RUNS)
        if _GLUED_NOTE.search(mapped):
            edits.extend(glued_notes(mapped))
        if "\f" in text:
            # (a PDF's pages with notes: a marker glued to the next column's first word, "General,4Acogiendo")
            edits.extend([(m.start(1), m.end(1), m.group(1) + "\n") for m in _GLUED_MARKER.finditer(mapped)])
    slash_space = slash_hint and _HINT_SLASH_SPACE.search(mapped) is not None  # "/ " or " /"
    if slash_space and _HINT_SPACED_SLASH.search(mapped):  # " / "
        # Arabic texts print symbols with spaces around the slashes: "A / 59 / 648"
        edits.extend(
            [(m.start(), m.end(), m.group().replace(" / ", "/")) for m in _SPACED_SYMBOL.finditer(mapped)]
        )
    if slash_space:
        # … and a number after Chinese or Arabic words, a space on either side of its slash or
        # both, as PDF text layers give it: "第 70 / 1 号", "第70 /1号", "第69/ 283号"
        edits.extend(
            [(m.start(), m.end(), m.group().replace(" ", "")) for m in _CJK_SPACED_NUMBER.finditer(mapped)]
        )
        edits.extend(
            [(m.start(), m.end(), m.group().replace(" ", "")) for m in _SPACED_NUMBER.finditer(mapped)]
        )
        # a space on one side of a symbol's slashes, as some text layers give it: "A/ 74/ 235",
        # "A/74 /235" (two slashes at least, a part with a digit: "and/ or" is no symbol); each
        # space goes by an edit of its own, so that every offset in the symbol maps back exactly
        # (one edit of the whole run maps a symbol's end inside it to a character too early: "A/
        # 52/3." read with its stop, the symbol "A/52/3" ended before its "3")
        edits.extend(
            [
                (m.start() + i, m.start() + i + 1, "")
                for m in _HALF_SPACED.finditer(mapped)
                if " " in m.group() and _HAS_DIGIT.search(m.group())
                for i, c in enumerate(m.group())
                if c == " "
            ]
        )
    if any(c in mapped for c in "ХІС"):
        # Russian texts may write Roman session numbers in Cyrillic look-alikes: "3379 (ХХХ)"
        edits.extend(
            [(m.start(), m.end(), m.group().translate(_LOOKALIKES)) for m in _CYRILLIC_ROMAN.finditer(mapped)]
        )
    if not mapped.isascii() and _UNICODE_ROMAN.search(mapped):
        edits.extend(
            [
                (m.start(), m.end(), unicodedata.normalize("NFKC", m.group()).upper())
                for m in _UNICODE_ROMAN.finditer(mapped)
            ]
        )
    if " \n" in mapped or "\t\n" in mapped:
        edits.extend(_blanks_before_year(mapped))
    if _HINT_DOT_L.search(mapped) or _HINT_SLASH_L.search(mapped) or _HINT_L_BRACKET.search(mapped):
        # (a letter l after a stop or a slash, or before a bracket)
        edits.extend(ocr_ones(mapped))
    if _HINT_H_BRACKET.search(mapped):  # (a session's numeral with the letter H in it)
        edits.extend(ocr_roman_h(mapped))
    edits.extend(glued_res(mapped))
    edits.extend(res_slash(mapped))
    edits.extend(numeral_numbers(mapped))
    edits.extend(fused_nouns(mapped))
    edits.extend(glued_days(mapped))
    edits.extend(text_layer_folds(mapped))
    if ideographs:
        edits.extend(numeral_date_edits(mapped))
        edits.extend(typed_day_mark_edits(mapped))
        edits.extend(definition_bracket_edits(mapped))
    if not edits.repls:
        return Normalised(text, mapped, header_symbols=header_symbols, recased=recased)
    result = edits.apply(text, mapped)
    result.header_symbols = header_symbols
    result.recased = recased
    return result
