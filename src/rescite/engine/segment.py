"""Segment: heading, preamble, operative paragraphs and footnotes of a normalised text.

Works on the normalised view (offsets are normalised offsets).  Produces:

* the document's own identity (masthead or running-header symbol, or the heading number
  with the adopting body), and the adopting body's series;
* footnotes (number → span), including blocks that a page break dropped in the middle of
  a sentence and footnotes numbered with superscripts or plain digits;
* a section / paragraph label for any offset, and the governing verbs.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence

from ..grammar import lexicon, recache
from ..grammar.lexicon import (
    CJK,
    SUPER_TO_DIGIT,
    SUPERSCRIPTS,
    alternation,
    fold,
    gather,
    is_cjk,
    led_trie_regex,
    trie_regex,
)
from ..grammar.rules import (
    SC_WITHOUT_YEAR,
    body_line_verb,
    body_regex,
    copy_labels,
    cover_volumes,
    date_first,
    finditer_anchored,
    finite_words,
    heading_rules,
    latin_marks,
    masthead_organisation,
    number_word_end,
    organisation_words,
    parse_date,
    patterns,
    related_label,
    required_text,
    sc_year_of,
    sc_year_plausible,
    search_dated,
    symbol_tails,
    top_level_alternative,
    unnamed,
)
from ..grammar.rules import patterns as rule_patterns
from ..ids import NUMBERED_ELEMENTS, SESSION_NUMBER, IdError, is_year, resolution_id, symbol_id
from ..models import Frozen, Record, replace
from .normalise import MARKED_LINE_END, SEPARATOR_LINE, SEPARATOR_RUNS, alone_run

TYPE_CHECKING = False  # as typing's, without importing typing: a refresh imports this module
if TYPE_CHECKING:
    from typing import Literal

#: :func:`~rescite.ids.resolution_id` kept for the arguments met again: a heading's own id, an
#: opening's, and the texts cited in text after text (resolve's; a pure function of a few short
#: strings; an :class:`IdError` is not kept)
cached_resolution_id = functools.lru_cache(maxsize=16384)(resolution_id)

# -- document symbols (the symbol grammar, extended series list) --------------------------
#: The series a symbol may open with (``symbol_series.csv``: the principal organs' letters, the
#: treaty bodies, programmes, commissions and the organs of conventions that print their own).
#: Each must be followed by a slash, so at most one fits at a place and their order does not matter.
SERIES = "(?:" + "|".join(lexicon.symbol_series()) + ")"
_ROMAN = r"[IVXLC]{1,7}"  # a session in Roman numerals: "(XV)"
_SPECIAL = r"S-[IVX]{1,4}|ES-[IVX]{1,4}"  # a special or emergency special session: "(S-6)", "(ES-10)"
_NAME_PART = r"[A-Z][A-Za-z]{0,9}"  # "CN", "Sub", "AC", "HRC"
#: A document's part by letter after its number ("WFP/EB.1/2027/5-B"), and the letter's own
#: number ("WFP/EB.2/2026/8-A/1/Rev.1"): never the start of a joint symbol's second
#: ("A/80/74-E/2026/56"), whose series letter is followed by more than a short number
_LETTER_PART = r"-[A-Z](?:/\d{1,2}(?=/(?:Rev|Add|Corr|Amend)\.|[^\w/]|$)|(?![\w/]))"
#: The numbers of joined communications before their year ("CCPR/C/130/D/2980-2982/2017"): one
#: element, not a symbol cut at its dash and a range's end (… a space either side of the dash:
#: "CCPR/C/130/D/2500 - 2506/2014", as a PDF's text layer sets it)
_JOINED_NUMBERS = r"\d{1,5}(?:-| - )\d{1,5}(?=/(?:19|20)\d\d(?!\d))"
#: … a State's code joined to its territory's in a treaty body's symbol ("CCPR/C/CHN-HKG/CO/4",
#: "E/C.12/CHN-MAC/CO/3"), never the series of a joint symbol's second (no slash right after)
_TERRITORY = r"(?:-[A-Z]{3}(?=/))?"
_PART = (
    rf"(?:{_NAME_PART}{_TERRITORY}(?:\.(?:\d{{1,4}}|[IVXLC]{{1,6}}|[A-Z]))?(?:\(\w{{1,8}}\))?"
    rf"|(?:S|ES)-\d{{1,2}}|{_JOINED_NUMBERS}|\d{{1,5}}(?:\((?:{_ROMAN}|{_SPECIAL})\)|{_LETTER_PART})?)"
)
_SESSION_MARK = r"S-[IVXLC]{1,5}|ES-[IVXLC]{1,5}"


def _tail() -> str:
    """The end of a symbol after its elements: a bracket of a session, a year, or a word of
    the ``symbols`` tables ("(Sect. 24)", "(Part I)", "(Introduction)"), then the final elements
    after the bracket ("A/79/6 (Sect. 24)/Add.1")."""
    words = symbol_tails()
    return (
        rf"(?:\s?\*)?(?:(?:[ \t]{{1,4}}\n|\s)?(?:[A-H]\s?)?\((?:{_ROMAN}|{_SESSION_MARK}"
        rf"|(?:19[4-9]\d|20\d\d)|(?i:{words.numbered})\s{{0,4}}\d{{1,3}}[A-H]?|(?i:{words.roman})\s{{0,4}}[IVX]+"
        rf"|(?i:{words.alone}))\)(?:/(?:{NUMBERED_ELEMENTS})\.\d{{1,3}}){{0,3}})?"
    )


#: A range's end after a dash: a number or a final element ("A/59/668/Add.7-10", "…/Add.7–Add.10")
#: … or any numbered element's, repeated ("A/HRC/40/L.1-L.3")
_FINAL_NAMES = "(?:Add|Corr|Rev|Amend|[A-Z]{1,4})"
#: A footnote letter glued to a symbol's last number, before a space ("A/AC.296/2025/1a Agenda",
#: a list of documents whose note "a" says how the agenda was adopted): the symbol ends at the number
_NOTE_LETTER = r"|(?<=\d)[a-e](?=[ \t\n])"
#: Most parts after the series a symbol has ("E/CN.4/Sub.2/2005/L.1/Add.1/Corr.1": 7); a
#: bound, so that a run of slashes is not read to its end from each of its letters
SYMBOL_PARTS = 12
#: what may follow a symbol: a blank, a stop, a bracket or quote, a joint symbol, a range — or
#: a bracket that opens Chinese words ("A/78/301(第5段)", "A/78/301（第5段）"), also after a
#: number ("A/RES/70/1（2015年9月25日）": a date in brackets)
_AFTER_SYMBOL_HEAD = (
    rf"(?=[\s.,;:)\]\"'*{CJK}{SUPERSCRIPTS}\u3001\u3002\uff08\uff09]|$|\d?[\s,;.)]|\((?=\d{{0,4}}[{CJK}])"
    # (… or a link's next parameter: "…/access?s=A/RES/70/1&l=en&t=pdf")
    r"|&(?=[A-Za-z]\w{0,15}=)"
)
_AFTER_SYMBOL = rf"{_AFTER_SYMBOL_HEAD}|-{SERIES}/|(?<=\d)[-–—](?:\d|{_FINAL_NAMES}\.\d){_NOTE_LETTER})"
# the same without a year in brackets: after a session and a number ("A/RES/48/134 (1993)")
# the year is the date of a legal citation, not an element of the symbol
_YEAR_TAIL = r"|(?:19[4-9]\d|20\d\d)"
# (… nor after any number but a Council resolution's: "U.N. Doc. A/6316 (1966)" of a legal citation)
_YEAR_AFTER_NUMBERS = recache.compile(
    # (… with what may stand between a symbol and its bracket: "A/8082 ⏎(1970)")
    # (… or after a numbered element: "U.N. Doc. S/INF/22/Rev.2 (1967)", "S/PV.4213 (2000)")
    # (… or after a part's letter: "Doc. NU A/RES/57/270 B (2003)", the part's year)
    r"(?:/(?:S-|ES-)?\d+/\d+|(?<!^S/RES)(?<!^S/RES/)/\d+|\.\d+)(?:\s?[A-H])?"
    r"(?:[ \t]{1,4}\n|\s)?\((?:19|20)\d\d\)$"
)


# any series by the symbol grammar (un-citations §1.3): series letters, then elements; one
# of a series not listed above is taken when its shape can only be a symbol — three or more
# elements with a number among them ("LOS/PCN/130", "JIU/REP/2019/6"), or a numbered
# special element ("LC/G.2345")


@functools.lru_cache(maxsize=1)
def _symbol_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The symbol patterns (their tails' words are the lexicon's): a symbol of a listed series;
    the same without a year in brackets; a symbol of any series."""
    tail = _tail()
    return (
        recache.compile(rf"(?P<sym>{SERIES}(?:/{_PART}){{1,{SYMBOL_PARTS}}}{tail}){_AFTER_SYMBOL}"),
        recache.compile(
            rf"(?P<sym>{SERIES}(?:/{_PART})+{tail.replace(_YEAR_TAIL, '')}"
            # (… a part's letter glued to the number before the year: "A/RES/57/270B (2003)")
            rf"(?:(?<=\d)[A-H](?=[ \t]?\((?:19|20)\d\d\)))?)"
            rf"{_AFTER_SYMBOL_HEAD}"
            # (… and the year glued to it: "A/RES/70/1（2015）", "A/6316(1966)")
            rf"|\((?=(?:19|20)\d\d\))|-{SERIES}/{_NOTE_LETTER})"
        ),
        recache.compile(rf"(?P<sym>[A-Z]{{2,6}}(?:/{_PART})+{tail}){_AFTER_SYMBOL}"),
    )


_NUMBERED_SPECIAL = recache.compile(r"[A-Z]{1,4}\.\d{1,5}")


@functools.lru_cache(maxsize=1)
def _press_series() -> frozenset[str]:
    """The series of the press releases' own symbols in every language ("SC/15432", the
    French "CS/15432"): a series and one number alone is a symbol only after one of them."""
    return frozenset(gather("symbols.press_series"))


#: the number of a press release: three to five figures, no other element
_PRESS_NUMBER = recache.compile(r"\d{3,5}")


def _symbol_shape(sym: str, press: frozenset[str]) -> bool:
    series, _, rest = sym.partition("/")
    if series in press and _PRESS_NUMBER.fullmatch(rest):
        return True
    parts = sym.split("/")[1:]
    if any(_NUMBERED_SPECIAL.fullmatch(p) for p in parts):
        return True
    return len(parts) >= 2 and any(p.isdigit() for p in parts) and not parts[0].isdigit()


# a numbered element without its number, ending a symbol read ("A/520/Rev" of "A/520/Rev.1Amend.1")
_BARE_ELEMENT = recache.compile(rf"/(?:{NUMBERED_ELEMENTS})$", re.IGNORECASE)
# … its number glued to the next element ("Rev.1Amend.1", "Rev.2Add.1")
_GLUED_ELEMENT = recache.compile(rf"\.\d{{1,3}}(?=(?:{NUMBERED_ELEMENTS})\.\d)")

# a slash with a capital before it (a series letter): the others start no symbol
_SLASH = recache.compile("/(?<=[A-Z]/)")
_SYMBOL_LINK = recache.compile(r"(?:undocs\.org|documents\.un\.org/symbol)/(?:[a-z]{2}/)?$")


#: The last text scanned and what was found in it: ``extract_text`` asks twice about the
#: same text (is it a compilation? then its segments), the second time for free.
_LAST_SYMBOLS: tuple[str, list[re.Match[str]]] | None = None
_LAST_DETECT: tuple[str, str | None, tuple[str, str]] | None = None


def symbol_matches(text: str) -> list[re.Match[str]]:
    """Document symbols not glued to a preceding word, path or number.

    Every symbol has a slash right after its series letters: candidates are found from
    the slashes (a fast scan) and the symbol pattern is matched where the letters start."""
    global _LAST_SYMBOLS
    last = _LAST_SYMBOLS
    if last is not None and last[0] is text:
        return list(last[1])
    out = _symbol_matches(text)
    _LAST_SYMBOLS = (text, out)
    return list(out)


def _symbol_matches(text: str) -> list[re.Match[str]]:
    out: list[re.Match[str]] = []
    symbol_re, no_year_re, any_series_re = _symbol_res()
    press = _press_series()
    done = -1
    for sl in _SLASH.finditer(text):
        i = sl.start()
        if i <= done:
            continue
        j = i
        while j > 0 and i - j < 8 and "A" <= text[j - 1] <= "Z":
            j -= 1
        joint = j > 0 and text[j - 1] == "-" and bool(out) and out[-1].end() == j - 1
        glued = j > 0 and ((text[j - 1].isalnum() and not is_cjk(text[j - 1])) or text[j - 1] in "_/.-")
        if glued and text[j - 1] == "/" and _SYMBOL_LINK.search(text, max(0, j - 40), j):
            glued = False  # a link to the document: https://undocs.org/en/A/RES/70/1
        if j == i or (glued and not joint):
            continue  # no series letters, or glued to what precedes (but "A/51/113-S/1996/276")
        m = symbol_re.match(text, j)
        if m is None:
            m = any_series_re.match(text, j)
            if m is None or not _symbol_shape(m.group("sym"), press):
                continue
        if m.group("sym").endswith(")") and _YEAR_AFTER_NUMBERS.search(m.group("sym")):
            m = no_year_re.match(text, j) or m
        bare = _BARE_ELEMENT.search(m.group("sym"))
        if bare is not None:
            # "A/520/Rev.1Amend.1" (a lost "and"), "A/54/L.81/Rev." (a number lost): an element
            # is never without its number — read with the number glued to the next element,
            # else the symbol ends before it
            number = _GLUED_ELEMENT.match(text, m.end("sym"))
            cut = number.end() if number is not None else m.start("sym") + bare.start()
            m = m.re.match(text, j, cut) or m
        out.append(m)
        done = m.end()
    return out


def whole_symbol(text: str) -> bool:
    """``text`` is one symbol and nothing more ("S/RES/2417(2018)", read out of a link)."""
    m = _symbol_res()[0].match(text)
    return m is not None and m.end("sym") == len(text)


def _line_end(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    return len(text) if nl < 0 else nl


# (Arabic texts number their notes in brackets: "(1) انظر …")
_FN_START = recache.compile(
    rf"(?m)^[ \t]*(?:(?P<sup>[{SUPERSCRIPTS}]+)|(?P<num>\d{{1,3}})/?|\[(?P<br>\d{{1,3}})\]"
    rf"|\((?P<pa>\d{{1,3}})\))[ \t]+(?=\S)"
)
_SLASH_NOTE_HINT = recache.compile(r"\n[ \t]*+\d{1,3}/[ \t]")
_SLASH_BLANK = recache.compile(r"/[ \t]")  # rare: a scan for slashes is faster than one for line breaks
MARKER_REACH = 5000  # a footnote's marker stands on the same page, before it
DIGIT_TO_SUPER = str.maketrans("0123456789", SUPERSCRIPTS)
_BARE_NUMBER = recache.compile(r"\s*\d{1,3}\s*")
#: a number's last elements after a slash, ending where the search ends ("74/141", "A/RES/74/141")
_SLASHED_END = recache.compile(r"(?<![\w/])[\w.\-/]*/\d{1,4}$")


class Footnote(Record):
    number: int
    start: int  # start of the footnote's text (after its number)
    end: int
    marker_start: int  # where the footnote line begins (its number)

    __slots__ = ("end", "marker_start", "number", "start")

    def __init__(self, number: int, start: int, end: int, marker_start: int) -> None:
        self.number = number
        self.start = start
        self.end = end
        self.marker_start = marker_start


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


class Paragraph(Record):
    start: int
    end: int
    section: str | None
    label: str | None

    __slots__ = ("end", "label", "section", "start")

    def __init__(self, start: int, end: int, section: str | None, label: str | None) -> None:
        self.start = start
        self.end = end
        self.section = section
        self.label = label


class Segments(Record):
    lang: str
    self_id: str | None
    body: str | None  # series of the adopting body
    own_session: int | None
    title: str | None
    date: str | None
    footnotes: dict[int, Footnote]
    footnote_spans: list[tuple[int, int, int]]  # (start, end, number)
    masthead_spans: list[tuple[int, int]]  # self-symbol occurrences
    # the text's other symbols ("E/CN.6/2019/15" of "E/2019/27-E/CN.6/2019/15"): itself, never cited
    self_aliases: frozenset[str]
    symbol_matches: list[re.Match[str]]
    paragraphs: list[Paragraph]
    verbs: list[Verb]
    scope: str  # language whose words the finders look for ("*": every language)
    _para_starts: list[int]
    _verb_starts: list[int]
    _fn_starts: list[int]
    body_line_start: int | None  # where the adopting body's line ("The General Assembly,") starts
    _text: str
    _scanned: list[tuple[int, int]]
    _marker_cache: dict[int, int | None]
    _extra_markers: dict[int, list[int]]
    _footnote_verbs: dict[int, tuple[str | None, str | None]]
    _verb_answers: dict[tuple[int, int], Verb | None]

    __slots__ = (
        "_extra_markers",
        "_fn_starts",
        "_footnote_verbs",
        "_marker_cache",
        "_para_starts",
        "_scanned",
        "_text",
        "_verb_answers",
        "_verb_starts",
        "body",
        "body_line_start",
        "date",
        "footnote_spans",
        "footnotes",
        "lang",
        "masthead_spans",
        "own_session",
        "paragraphs",
        "scope",
        "self_aliases",
        "self_id",
        "symbol_matches",
        "title",
        "verbs",
    )

    def __init__(
        self,
        lang: str,
        self_id: str | None,
        body: str | None,
        own_session: int | None,
        title: str | None,
        date: str | None,
        footnotes: dict[int, Footnote] | None = None,
        footnote_spans: list[tuple[int, int, int]] | None = None,
        masthead_spans: list[tuple[int, int]] | None = None,
        self_aliases: frozenset[str] = frozenset(),
        symbol_matches: list[re.Match[str]] | None = None,
        paragraphs: list[Paragraph] | None = None,
        verbs: list[Verb] | None = None,
        scope: str = "*",
        _para_starts: list[int] | None = None,
        _verb_starts: list[int] | None = None,
        _fn_starts: list[int] | None = None,
        body_line_start: int | None = None,
        _text: str = "",
        _scanned: list[tuple[int, int]] | None = None,
        _marker_cache: dict[int, int | None] | None = None,
        _extra_markers: dict[int, list[int]] | None = None,
        _footnote_verbs: dict[int, tuple[str | None, str | None]] | None = None,
        _verb_answers: dict[tuple[int, int], Verb | None] | None = None,
    ) -> None:
        self.lang = lang
        self.self_id = self_id
        self.body = body
        self.own_session = own_session
        self.title = title
        self.date = date
        self.footnotes = {} if footnotes is None else footnotes
        self.footnote_spans = [] if footnote_spans is None else footnote_spans
        self.masthead_spans = [] if masthead_spans is None else masthead_spans
        self.self_aliases = self_aliases
        self.symbol_matches = [] if symbol_matches is None else symbol_matches
        self.paragraphs = [] if paragraphs is None else paragraphs
        self.verbs = [] if verbs is None else verbs
        self.scope = scope
        self._para_starts = [] if _para_starts is None else _para_starts
        self._verb_starts = [] if _verb_starts is None else _verb_starts
        self._fn_starts = [] if _fn_starts is None else _fn_starts
        self.body_line_start = body_line_start
        self._text = _text
        self._scanned = [] if _scanned is None else _scanned
        self._marker_cache = {} if _marker_cache is None else _marker_cache
        self._extra_markers = {} if _extra_markers is None else _extra_markers
        self._footnote_verbs = {} if _footnote_verbs is None else _footnote_verbs
        self._verb_answers = {} if _verb_answers is None else _verb_answers

    def footnote_at(self, pos: int) -> int | None:
        i = bisect.bisect_right(self._fn_starts, pos) - 1
        if i >= 0:
            s, e, n = self.footnote_spans[i]
            if s <= pos < e:
                return n
        return None

    def paragraph_at(self, pos: int) -> Paragraph | None:
        i = bisect.bisect_right(self._para_starts, pos) - 1
        if i >= 0 and self.paragraphs[i].start <= pos < self.paragraphs[i].end:
            return self.paragraphs[i]
        return None

    def verb_before(self, pos: int, floor: int) -> Verb | None:
        """The governing verb: the last verb before ``pos`` and not before ``floor``.

        Verbs are read lazily, in windows before the positions asked about, so a long
        text without citations costs nothing here, and no stretch is read twice.  The window
        is read backwards a step at a time: the governing verb is mostly near, and a verb found
        in the step just read is later than any the steps before it could hold.  Each answer
        is kept: the numbers of a list ask about the same place (their keyword's)."""
        key = (pos, floor)
        if key in self._verb_answers:
            return self._verb_answers[key]
        found = self._verb_before(pos, floor)
        self._verb_answers[key] = found
        return found

    def _verb_before(self, pos: int, floor: int) -> Verb | None:
        lo = max(floor, pos - VERB_WINDOW)
        a = pos
        while a > lo:
            a = max(lo, a - VERB_STEP)
            self._ensure_verbs(a, pos)
            i = bisect.bisect_right(self._verb_starts, pos) - 1
            while i >= 0 and self.verbs[i].end > pos:
                i -= 1
            if i >= 0 and self.verbs[i].start >= a:
                break
        i = bisect.bisect_right(self._verb_starts, pos) - 1
        while i >= 0:
            v = self.verbs[i]
            if v.end <= pos:
                if i and self.verbs[i - 1].end >= v.end:
                    # a verb inside a longer one that holds its joiner ("принимает к сведению и
                    # одобряет", takes note with approval): the longer one governs
                    v = self.verbs[i - 1]
                return v if v.start >= floor else None
            i -= 1
        return None

    def _ensure_verbs(self, lo: int, hi: int) -> None:
        """Read verbs in the parts of [lo, hi) not read yet; ``_scanned`` stays sorted and disjoint."""
        if lo >= hi:
            return
        sc = self._scanned
        j = bisect.bisect_left(sc, (lo, -1))
        if j < len(sc) and sc[j][0] == lo and sc[j][1] >= hi:
            return  # read already (the usual case: the windows of nearby mentions overlap)
        if j > 0 and sc[j - 1][1] >= hi:
            return  # inside the interval before (which starts before ``lo``)
        if j > 0 and sc[j - 1][1] >= lo:
            j -= 1
        k = j
        cur = lo
        gaps: list[tuple[int, int]] = []
        new_lo, new_hi = lo, hi
        while k < len(sc) and sc[k][0] <= hi:
            s, e = sc[k]
            if s > cur:
                gaps.append((cur, s))
            cur = max(cur, e)
            new_lo, new_hi = min(new_lo, s), max(new_hi, e)
            k += 1
        if cur < hi:
            gaps.append((cur, hi))
        sc[j:k] = [(new_lo, new_hi)]
        for gs, ge in gaps:
            for v in _verbs(self._text, self.lang, self.footnote_spans, max(0, gs - 40), ge, self._fn_starts):
                i = bisect.bisect_left(self._verb_starts, v.start)
                if i < len(self._verb_starts) and self._verb_starts[i] == v.start:
                    continue
                self._verb_starts.insert(i, v.start)
                self.verbs.insert(i, v)

    def marker_of(self, number: int) -> int | None:
        """Where the text points to footnote ``number``: the last marker before the footnote
        (a superscript number, a number glued to a word — "Crime3", "persons,9" — or one
        found after a named text).  Searched backwards from the footnote, so it costs
        little however long the text."""
        if number in self._marker_cache:
            return self._marker_cache[number]
        note = self.footnotes.get(number)
        found: int | None = None
        if note is not None:
            text, end = self._text, note.marker_start
            lo = max(0, end - MARKER_REACH)
            for form in (str(number).translate(DIGIT_TO_SUPER), str(number)):
                superscript = form[0] in SUPERSCRIPTS
                pos = end
                while True:
                    i = text.rfind(form, lo, pos)
                    if i < 0:
                        break
                    pos = i
                    # glued to a lower-case word or a closing mark ("Crime3", "persons,9")?
                    if (
                        not superscript
                        and i
                        and not ((c := text[i - 1]).islower() or c in "),.;:(" or _caseless(c))
                    ):
                        continue  # the usual case: a number in running text
                    if self._is_marker(i, len(form), superscript):
                        found = i if found is None else max(found, i)
                        break
            extra = [p for p in self._extra_markers.get(number, ()) if p < end]
            if extra:
                found = max(extra) if found is None else max(found, max(extra))
        self._marker_cache[number] = found
        return found

    def _is_marker(self, i: int, n: int, superscript: bool) -> bool:
        text = self._text
        after = text[i + n : i + n + 2]
        if superscript:
            ok = not (i and text[i - 1] in SUPERSCRIPTS) and not (after[:1] and after[0] in SUPERSCRIPTS)
        else:
            if after[:1].isdigit() or (len(after) == 2 and after[0] in "/.," and after[1].isdigit()):
                return False
            prev = text[i - 1] if i else ""
            if prev.islower() or prev == ")":
                ok = True  # glued: "Crime3"
            elif _caseless(prev):
                # glued to a letter of a script without capitals, a blank or a mark after it: "报告4；"
                # (not "12月4日", "第4段": a figure of a date or a number)
                ok = not after[:1].isalnum()
            elif prev == "(":
                # in brackets glued to such a letter: Arabic "العامة(3)"
                ok = i >= 2 and _caseless(text[i - 2]) and after[:1] == ")"
            elif (
                prev in ",.;:\u060c"
                and i >= 2
                and (
                    text[i - 2].islower()
                    or text[i - 2] == ")"
                    # (… or a number's slashed last element: "resolution 74/141,11 and", Arabic
                    # "74/141،11", not a decimal comma "3,11")
                    or (
                        prev != "."
                        and text[i - 2].isdigit()
                        and _SLASHED_END.search(text, max(0, i - 24), i - 1) is not None
                    )
                )
            ):
                # after punctuation: "persons,9 " — but not a symbol's element ("Add.1 y 2")
                # (… or an old text file's marker with its slash: "(twentieth session);16/")
                slash = after[:1] == "/" and not after[1:2].isalnum()
                ok = (after[:1].isspace() or not after or slash) and not (
                    prev == "." and _SYMBOL_ELEMENT.search(text, max(0, i - 8), i)
                )
            else:
                ok = False
        return ok and self.footnote_at(i) is None

    def footnote_verb(self, number: int) -> tuple[str | None, str | None]:
        """(function, verb) governing the marker of footnote ``number``, once per footnote."""
        if number not in self._footnote_verbs:
            function = verb = None
            marker = self.marker_of(number)
            if marker is not None:
                para = self.paragraph_at(marker)
                v = self.verb_before(marker, para.start if para else 0)
                if v is not None and (para is None or para.section != "title"):
                    function, verb = v.function, v.text
            self._footnote_verbs[number] = (function, verb)
        return self._footnote_verbs[number]

    def add_marker(self, number: int, pos: int) -> None:
        self._extra_markers.setdefault(number, []).append(pos)
        self._marker_cache.pop(number, None)
        self._footnote_verbs.pop(number, None)

    def in_masthead(self, start: int) -> bool:
        i = bisect.bisect_right(self.masthead_spans, (start, len(self._text) + 1)) - 1
        return i >= 0 and self.masthead_spans[i][0] <= start < self.masthead_spans[i][1]


# -- language ------------------------------------------------------------------------------


def _detect(text: str, hint: str | None) -> tuple[str, str]:
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
    return _detect_head(text[:2000], id(lex))


@functools.lru_cache(maxsize=4)
def _detect_head(text: str, lexicon_id: int) -> tuple[str, str]:
    """:func:`_detect` on the first 2,000 characters (a compilation's check and the segmenter
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


# -- a copy's closing list of related texts -----------------------------------------------
RELATED_TAIL_LINES = 4  # most lines a copy's closing list of related texts takes
_RELATED_TAIL_REACH = 1200  # … and most characters, after its separator line
#: the separator line above it: a note's rule, or a run of dashes, equals signs or stars
_TAIL_SEPARATOR = recache.compile(r"[ \t]*+(?:_{5,}|-{5,}|={5,}|\*{3,}|\*(?:[ \t]{1,3}\*){2,20})[ \t]*+")


def related_tail(text: str) -> int | None:
    """Where a copy's closing block of links to other texts begins: a separator line near the
    text's end, then a label ("Related documents: A/RES/76/301, A/76/512", "Documents connexes :",
    "相关文件：") opening the first of a few lines that end the text.  The symbols there are the
    site's links, cited by nobody.  None when the text does not end so."""
    end = len(text.rstrip())
    lo = max(0, end - _RELATED_TAIL_REACH)
    pos = end
    lines = 0
    while pos > lo:
        ls = text.rfind("\n", lo, pos) + 1
        if ls <= lo and lo:
            return None
        if _TAIL_SEPARATOR.fullmatch(text, ls, pos):
            if not lines:
                return None
            nxt = ls
            while nxt < end:  # the first line with words after the separator
                ne = text.find("\n", nxt)
                ne = end if ne < 0 or ne > end else ne
                if text[nxt:ne].strip() and not _TAIL_SEPARATOR.fullmatch(text, nxt, ne):
                    break
                nxt = ne + 1
            return ls if related_label().match(text, nxt, end) else None
        if text[ls:pos].strip():
            lines += 1
            if lines > RELATED_TAIL_LINES:
                return None
        pos = ls - 1
    return None


# -- footnotes ----------------------------------------------------------------------------
def _find_footnotes(text: str) -> tuple[dict[int, Footnote], list[tuple[int, int, int]]]:
    spans: list[tuple[int, int, int]] = []
    notes: dict[int, Footnote] = {}
    block_starts = sorted(
        m.end() for run in SEPARATOR_RUNS for m in run.finditer(text) if alone_run(text, m.start(), m.end())
    )

    def add(num: int, marker_start: int, start: int, end: int) -> None:
        bisect.insort(spans, (marker_start, end, num))
        notes.setdefault(num, Footnote(num, start, end, marker_start))

    def covered(pos: int) -> bool:
        k = bisect.bisect_right(spans, (pos, len(text) + 1, 0)) - 1
        return k >= 0 and spans[k][0] <= pos < spans[k][1]

    # 1. footnote blocks after a separator line
    n_text = len(text)
    for bstart in block_starts:
        current: tuple[int, int, int] | None = None  # (num, marker_start, text_start)
        cur_end = 0
        blank_run = 0
        nl = text.find("\n", bstart)
        line_start = n_text if nl < 0 else nl + 1
        while line_start < n_text:
            nl = text.find("\n", line_start)
            line_end = n_text if nl < 0 else nl
            content = text[line_start:line_end]
            next_start = line_end + 1
            if not content.strip():
                blank_run += 1
                line_start = next_start
                if blank_run > 3:
                    break
                continue
            m = _FN_START.match(text, line_start, line_end)
            raw = (m.group("sup") or m.group("num") or m.group("br") or m.group("pa")) if m else None
            num = int(raw.translate(SUPER_TO_DIGIT)) if raw else 0
            if (
                raw
                and current
                and blank_run == 0
                and (
                    (
                        num != current[0] + 1
                        and (
                            num <= current[0]
                            or not _SENTENCE_END.search(text, max(cur_end - 8, line_start - 9), cur_end)
                            or number_word_end().search(text, max(cur_end - 12, line_start - 13), cur_end)
                        )
                    )
                    or (
                        m is not None
                        and m.group("num")
                        and not _SENTENCE_END.search(text, max(cur_end - 8, line_start - 9), cur_end)
                        and date_first().match(text, line_start, line_end) is not None
                    )
                )
            ):
                # a note's sentence wrapped onto a line that starts with a number ("… as
                # from⏎7 February 1984.", "… Supplement No.⏎2 (A/S-12/2)"): not the next note,
                # which never numbers back, nor one after a word that a number follows ("…,
                # Supplement No.⏎27 (A/48/27)", a narrow column's wrap); nor the next note's
                # number when it is a date's day ("… adopted on⏎12 December 2019; …")
                cur_end = line_end
                line_start = next_start
                continue
            if raw and current and not current[0] < num <= current[0] + (1 if blank_run else 3):
                break  # notes run in order: "29 December 2014, …" after note 2 is the page's text
            if raw and m:
                if current:
                    add(current[0], current[1], current[2], cur_end)
                current = (num, line_start, m.end())
                cur_end = line_end
                blank_run = 0
            elif current and blank_run == 0:
                if _SENTENCE_END.search(text, max(cur_end - 8, current[2]), cur_end) and _resumes(
                    text, bstart, line_start
                ):
                    break  # no page line after the notes: the sentence they cut goes on
                cur_end = line_end  # continuation line
            elif _BARE_NUMBER.fullmatch(content):
                pass  # a bare number line ("1") followed by the footnote text on later lines
            else:
                break
            line_start = next_start
        if current:
            add(current[0], current[1], current[2], cur_end)

    # 2. superscript-numbered footnote lines anywhere (no separator needed)
    has_super = any(c in text for c in SUPERSCRIPTS)
    for m in re.finditer(rf"(?m)^[ \t]*([{SUPERSCRIPTS}]+)[ \t]+\S.*$", text) if has_super else ():
        if covered(m.start()):
            continue
        num = int(m.group(1).translate(SUPER_TO_DIGIT))
        add(num, m.start(), m.start(1) + len(m.group(1)), m.end())

    # 3. old UN text files: "  1/ Resolution 217 A (III)." lines after the body text
    has_slash_notes = _SLASH_BLANK.search(text) is not None and _SLASH_NOTE_HINT.search(text) is not None
    for m in re.finditer(r"(?m)^[ \t]*(\d{1,3})/[ \t]+(?=[A-Z\"])(.*)$", text) if has_slash_notes else ():
        if covered(m.start()):
            continue
        add(int(m.group(1)), m.start(), m.start(2), m.end())

    # 4. notes numbered with plain figures at the text's foot, no rule line above them ("1 See
    # A/77/250."): only in a text with no other notes, a run of two or more that opens after a
    # blank line, its numbers in order from 1, that ends the text, and whose every number stands
    # as a mark glued after a word of the text above, in the same order (a paragraph's never is)
    if not spans and _PLAIN_NOTE.search(text) is not None:
        _plain_notes(text, add)

    spans.sort()
    return notes, spans


#: a line that opens with a figure and a blank, after a blank line: a plain note's first line
_PLAIN_NOTE = recache.compile(r"\n[ \t]*+\n[ \t]*+\d{1,3}[ \t]++(?=\S)")
_PLAIN_NOTE_LINE = recache.compile(r"[ \t]*+(\d{1,3})[ \t]++(?=\S)")
#: how many plain notes a run may hold
_PLAIN_NOTES_MAX = 60


def _plain_notes(text: str, add: Callable[[int, int, int, int], None]) -> None:
    """Rule 4 of :func:`_find_footnotes`: the run of plain notes that ends the text, each note
    given to ``add``."""
    run: list[tuple[int, int, int, int]] = []  # (number, marker_start, start, end)
    for hint in _PLAIN_NOTE.finditer(text):
        line_start = text.rfind("\n", 0, hint.end()) + 1
        run = []
        while line_start < len(text) and len(run) <= _PLAIN_NOTES_MAX:
            nl = text.find("\n", line_start)
            line_end = len(text) if nl < 0 else nl
            m = _PLAIN_NOTE_LINE.match(text, line_start, line_end)
            if m is not None and int(m.group(1)) == (run[-1][0] + 1 if run else 1):
                run.append((int(m.group(1)), line_start, m.end(), line_end))
            elif run and m is None and text[line_start:line_end].strip():
                num, ms, st, _ = run[-1]
                run[-1] = (num, ms, st, line_end)  # a note's wrapped line
            else:
                break
            line_start = line_end + 1
        if text[line_start:].strip():
            run = []  # (the text goes on after it: the body's lines, not notes)
        else:
            break
    if len(run) < 2:
        return  # (one line alone at the foot may be the body's: two at least, 1 and 2)
    # every number a mark above the run, glued after a word or its stop, in order
    pos = run[0][1]
    for num, *_ in reversed(run):
        mark = text.rfind(str(num), 0, pos)
        while mark > 0 and not _glued_mark(text, mark, len(str(num))):
            mark = text.rfind(str(num), 0, mark)
        if mark <= 0:
            return
        pos = mark
    for num, marker_start, start, end in run:
        add(num, marker_start, start, end)


def _glued_mark(text: str, at: int, width: int) -> bool:
    """Does the figure of ``width`` at ``at`` stand as a note's mark: glued after a small letter,
    or after a letter and a stop, comma or closing quote, with a blank or a stop after it?"""
    end = at + width
    stop = end < len(text) and text[end] == "." and (end + 1 == len(text) or text[end + 1].isspace())
    if end < len(text) and (text[end].isalnum() or text[end] in "/-.") and not stop:
        return False
    before = text[at - 1]
    if before in ',;:)"\u201d\u2019' and at >= 2:
        return text[at - 2].isalpha()
    return before.isalpha() and not before.isupper()  # (never a formula's or a code's: "CO2", "A1")


_SENTENCE_END = recache.compile(r"[.;:!?\u3002\uff1b\uff1a\u061b\u061f][\"'\u201d\u2019)\]*]*[ \t]*$")
_CONTINUES = recache.compile(r"\s*+(?:[^\W\d_](?<=[a-z\u00df-\u00ff\u0430-\u044f])|\d)")


def interrupting_notes(text: str, spans: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """Footnote blocks that a page break dropped in the middle of a sentence: from their
    separator line to their last note, when the text before the separator does not end a
    sentence and the text after the block goes on in lower case or with a number ("…,
    69/245 of⏎_____⏎1 …⏎⏎29 December 2014, 70/235 …")."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        first = spans[i][0]
        sep_end = text.rfind("\n", 0, first)
        sep_start = text.rfind("\n", 0, max(0, sep_end)) + 1
        for _ in range(2):  # a blank line or two between the separator and the first note
            if sep_end <= 0 or text[sep_start:sep_end].strip():
                break
            sep_end = sep_start - 1
            sep_start = text.rfind("\n", 0, max(0, sep_end)) + 1
        if sep_end < 0 or not SEPARATOR_LINE.fullmatch(text, sep_start, sep_end):
            i += 1
            continue
        end = spans[i][1]
        j = i + 1
        while j < len(spans) and not text[end : spans[j][0]].strip():
            end = max(end, spans[j][1])
            j += 1
        i = j
        before = text[max(0, sep_start - 200) : sep_start].rstrip()
        if not before or _SENTENCE_END.search(before):
            continue
        if (
            _CONTINUES.match(text, end) is None
            and not _runs_on_uncased(text, end, before)
            and not _cut_after_word(text, end, before)
        ):
            continue
        out.append((sep_start, end))
    return out


_CLAUSE_END = ",\uff0c\u060c\u3001"  # a paragraph of a preamble ends with a comma


def _cut_after_word(text: str, pos: int, before: str) -> bool:
    """Does the text at ``pos`` go on a sentence that the page cut after a lower-case word
    ("… decision 2024/213 of the⏎_____⏎1 …⏎Economic and Social Council …"): a line that ends
    with a small letter ends no paragraph, so a capital after the notes goes on it too."""
    last = before[-1]
    if not (last.isalpha() and last.islower()) or len(before.rsplit("\n", 1)[-1]) < _CUT_LINE_MIN:
        return False
    nxt = text[pos : pos + 8].lstrip()
    return nxt[:1].isalpha()


_CUT_LINE_MIN = 30  # a shorter line ending in a word may be a heading or a table's cell


def _resumes(text: str, bstart: int, pos: int) -> bool:
    """Does the line at ``pos``, after a note that ends a sentence, go on the sentence that the
    separator ending at ``bstart`` cut, in a script without capitals ("…和2013年12月18日⏎_____⏎
    1 …。⏎第68/191号决议…")?"""
    sep_start = text.rfind("\n", 0, bstart) + 1
    before = text[max(0, sep_start - 200) : sep_start].rstrip()
    return (
        bool(before)
        and not _SENTENCE_END.search(before)
        and (_runs_on_uncased(text, pos, before) or _cut_after_word(text, pos, before))
    )


def _runs_on_uncased(text: str, pos: int, before: str) -> bool:
    """Does the text at ``pos`` go on the sentence ``before`` in a script without capitals
    (Chinese, Arabic: "…和2013年12月18日⏎_____⏎1 …⏎第68/191号决议…"): a letter of such a
    script, after text that ends neither a sentence nor a paragraph (a comma)?"""
    nxt = text[pos : pos + 40].lstrip()
    if not nxt or not nxt[0].isalpha():
        return False
    return nxt[0].lower() == nxt[0].upper() and before[-1] not in _CLAUSE_END


# -- heading ------------------------------------------------------------------------------
class _Heading(Record):
    self_id: str | None
    body: str | None
    own_session: int | None
    title: str | None
    date: str | None
    body_line_end: int | None
    body_line_start: int | None
    masthead: list[tuple[int, int]]
    aliases: set[str]  # the masthead's other symbols of the text itself

    __slots__ = (
        "aliases",
        "body",
        "body_line_end",
        "body_line_start",
        "date",
        "masthead",
        "own_session",
        "self_id",
        "title",
    )

    def __init__(
        self,
        self_id: str | None = None,
        body: str | None = None,
        own_session: int | None = None,
        title: str | None = None,
        date: str | None = None,
        body_line_end: int | None = None,
        body_line_start: int | None = None,
        masthead: list[tuple[int, int]] | None = None,
        aliases: set[str] | None = None,
    ) -> None:
        self.self_id = self_id
        self.body = body
        self.own_session = own_session
        self.title = title
        self.date = date
        self.body_line_end = body_line_end
        self.body_line_start = body_line_start
        self.masthead = [] if masthead is None else masthead
        self.aliases = set() if aliases is None else aliases


def _body_key(name: str) -> str | None:
    lex = lexicon.load()
    f = fold(name).strip(' ,:*"')
    f = heading_rules()[0].sub("", f)
    return lex.body_names.get(f)


@functools.lru_cache(maxsize=1)
def _article_before() -> re.Pattern[str]:
    """The word that opens the adopting body's line ("The", "La", "L'", "El", Arabic "إن")."""
    return recache.compile(rf"(?:^|[\]\.\n\"\s])\"?{alternation(gather('heading.body_line_openers'))}\s*$")


_LINE_START = recache.compile(r"(?:^|\n)[ \t]*$")
_SYMBOL_ELEMENT = recache.compile(rf"(?<![^\W\d_])(?:{NUMBERED_ELEMENTS})\.$", re.IGNORECASE)
_LINE_END = recache.compile(r"[ \t]*(?:\n|$)")
_COMMA_AFTER = recache.compile(r"\s*+[,:]")
#: … a line's end after a note's mark glued to the comma ("Генеральная Ассамблея,1", "大会，¹")
_MARKED_LINE_END = recache.compile(MARKED_LINE_END)


@functools.lru_cache(maxsize=4)
def _heading_patterns(kind: str) -> list[re.Pattern[str]]:
    flags = re.IGNORECASE if kind == "adopted_by" else re.MULTILINE if kind == "own_number" else 0
    # "^\s*" tried at every line start of a run of blank lines reads the run again each
    # time (quadratic); skipping only the blanks of its own line finds the same headings
    return [
        recache.compile(p.replace("^\\s*", "^[^\\S\\n]*") if flags == re.MULTILINE else p, flags)
        for p in gather(f"heading.{kind}")
    ]


@functools.lru_cache(maxsize=16)
def _adopted_by_patterns(scope: str) -> list[re.Pattern[str]]:
    """The "adopted by" heading patterns, those of the language ``scope`` names first: the first
    that matches is taken, and a text's own language's matches where it has one — without a scan
    of the text for each other language's words first (a scan costs the text's length)."""
    lex = lexicon.load()
    first = (scope,) if scope in lex.languages else ()
    rest = tuple(code for code in lex.languages if code not in first)
    return [recache.compile(p, re.IGNORECASE) for p in gather("heading.adopted_by", first + rest)]


@functools.lru_cache(maxsize=16)
def _adopted_by_scans(scope: str) -> list[tuple[re.Pattern[str], str | None]]:
    """:func:`_adopted_by_patterns`, each with the text in lower case that the head holds in
    lower case wherever it matches (:func:`rescite.grammar.rules.required_text`)."""
    return [(pat, required_text(pat)) for pat in _adopted_by_patterns(scope)]


@functools.lru_cache(maxsize=4)
def _line_scans(kind: str) -> list[tuple[re.Pattern[str], re.Pattern[str] | None]]:
    """Each pattern of :func:`_heading_patterns` with, when it can match at a line start only
    (it opens with ``^``, multi-line, and has no alternative outside its groups), the same
    pattern with the line break before the line in place of the ``^``: a scan for one
    literal character, several times faster than trying ``^`` at every place."""
    out: list[tuple[re.Pattern[str], re.Pattern[str] | None]] = []
    for pat in _heading_patterns(kind):
        rest = pat.pattern[1:]
        anchored = pat.flags & re.MULTILINE and pat.pattern.startswith("^")
        after_break = None
        if anchored and not top_level_alternative(rest):
            after_break = recache.compile("\n" + rest, pat.flags)
        out.append((pat, after_break))
    return out


def _line_matches(
    pat: re.Pattern[str], after_break: re.Pattern[str] | None, text: str
) -> Iterator[re.Match[str]]:
    """The matches of ``pat.finditer(text)`` — with ``after_break`` (see :func:`_line_scans`),
    those at the text's start by ``pat`` and the others by ``after_break``, which match from
    the line break before them: the same groups and ends (only their starts are one before)."""
    if after_break is None:
        # (tried only within reach of the characters every match holds: a pattern that opens
        # with a blank or a word's edge is otherwise tried at every character of the zone)
        yield from finditer_anchored(pat, text)
        return
    pos = 0
    m = pat.match(text)
    if m is not None:
        yield m
        pos = m.end()
    while (m := after_break.search(text, max(pos - 1, 0))) is not None:
        # a line start at ``pos`` or after it: its line break at ``pos - 1`` or after it
        yield m
        pos = m.end()


# the job number printed in the header or footer of every page of a UN document ("19-22333")
_JOB_NUMBER = recache.compile(r"(?<![\d/-])\d{2}-\d{5}(?![\d-])")
_TITLE_END = recache.compile(r"\n[ \t]*\n")


def _title_after(text: str, pos: int, stop: int | None) -> str | None:
    """The title that follows the text's own number ("78/228. Improving the coordination …"),
    up to a blank line or the adopting body's line."""
    start = pos
    while start < len(text) and text[start] in ". \t\n":
        start += 1
    end = min(len(text), start + 400, stop if stop is not None and stop > start else len(text))
    blank = _TITLE_END.search(text, start, end)
    if blank and blank.start() > start:
        end = blank.start()
    title = " ".join(text[start:end].split()).rstrip(" .,")
    return title or None


#: What after a symbol says it is cited, not a heading's: a clause goes on, or a bracket
_CITED_AFTER = frozenset((".", ",", ";", ")", "]", "("))


def _organisation_led(text: str, s: int) -> bool:
    """Whether the line of the symbol at ``s`` opens with the organisation's name and nothing
    else before the symbol ("United Nations A/78/L.102* …": a masthead, wherever it stands)."""
    lb = text.rfind("\n", max(0, s - 80), s)
    if lb < 0 and s > 80:
        return False
    before = text[lb + 1 : s]
    return bool(before.strip()) and masthead_organisation().fullmatch(before) is not None


#: What joins the two symbols of a document issued under both ("E/2019/27-E/CN.6/2019/15")
_JOINED_SYMBOL = recache.compile(r"[ \t]*[-\u2013][ \t]*")


def _alone_on_line(text: str, s: int, e: int) -> bool:
    nl = text.rfind("\n", max(0, s - 200), s)
    if nl < 0 and s > 200 and text[s - 200 : s].strip():
        return False  # words before it on a long line (looked at no further back: a line can be long)
    before = text[nl + 1 : s]
    nl = text.find("\n", e, e + 200)
    after = text[e : nl if nl >= 0 else min(len(text), e + 200)]
    return not before.strip() and not after.strip()


def _actor_gap(lang: str) -> re.Pattern[str]:
    """The finders' actor-clause pattern (", in its …", ", dans sa …")."""

    return patterns(lang).actor_gap


def _date_after(text: str, pos: int, lang: str = "") -> str | None:
    """The first date within a short stretch after ``pos`` ("… adopted by the General
    Assembly on 19 December 2023", "… at its 7847th meeting, on 20 December 2016")."""

    m = search_dated(patterns(lang).date, text, pos, min(len(text), pos + 120))
    return parse_date(m) if m else None


@functools.lru_cache(maxsize=1)
def _text_nouns() -> frozenset[str]:
    """The nouns of resolutions and decisions, folded, of every language."""
    return frozenset(fold(n) for n in gather("nouns.resolution") + gather("nouns.decision"))


#: the last word of a line with other words before it, and the line break after it
_WORD_ENDING_LINE = recache.compile(r"\S[ \t]+(\w+)[ \t]*\n[ \t]*$")


def _noun_ends_line_before(text: str, pos: int) -> bool:
    """Does the line before the one of ``pos`` end with a text's noun after other words
    ("… thereto Decision⏎2/2 Implementation …")? A number at a line's start is then a mention
    run across the break (a list of texts read out of two columns), not a heading's."""
    m = _WORD_ENDING_LINE.search(text, max(0, pos - 80), pos)
    return m is not None and fold(m.group(1)) in _text_nouns()


@functools.lru_cache(maxsize=1)
def _decision_nouns() -> frozenset[str]:
    return frozenset(fold(n) for n in gather("nouns.decision"))


def is_decision(kind: str | None) -> bool:
    """Is ``kind`` ("Decision", "Décision", "Решение", "المقرر") the noun of a decision?"""
    return bool(kind) and fold(kind or "") in _decision_nouns()


def _body_line(
    text: str, start: int, end: int, scope: str, own_line: bool = False
) -> tuple[str, int, int] | None:
    """The adopting body's line ("The General Assembly,") in ``text[start:end]``: (series,
    line start, line end).  With ``own_line``, only a line that starts with the body's
    name, which may then stand without its comma ("The General Assembly⏎⏎Adopts …")."""
    lex = lexicon.load()
    for mb in body_regex(scope).finditer(text, start, end):
        art = _article_before().search(text, max(0, mb.start() - 8), mb.start())
        comma = _COMMA_AFTER.match(text, mb.end())
        if own_line:
            # (the article's match takes in the line break or the mark before it)
            first = art.start() + (text[art.start()] in ']\n." \t') if art is not None else mb.start()
            nl = text.rfind("\n", max(0, first - 200), first)
            if nl < 0 and first > 200 and text[first - 200 : first].strip(' \t"'):
                continue  # words before it on a long line (looked at no further back)
            if text[nl + 1 : first].strip(' \t"'):
                continue
            if comma is None and art is not None:
                comma = _LINE_END.match(text, mb.end())
        if art is None and comma is not None and _MARKED_LINE_END.match(text, comma.end()):
            # languages without articles: the name alone on its line ("Генеральная Ассамблея,"),
            # a note's mark after it or not
            art = _LINE_START.search(text, max(0, mb.start() - 8), mb.start())
        elif art is None and comma is not None and body_line_verb().match(text, mb.end()):
            # … or opening its line, run into the first paragraph's verb ("Комиссия по положению
            # женщин, ссылаясь на …", "人权理事会，回顾其…": a page flattened into one line)
            art = _LINE_START.search(text, max(0, mb.start() - 8), mb.start())
        if art and comma and _NUMBERED_LINE.fullmatch(text, text.rfind("\n", 0, mb.start()) + 1, mb.start()):
            # "3. The Executive Board of UNICEF, at its annual session, …": a numbered
            # paragraph about the body, not the adopting body's line
            continue
        if (
            art
            and comma
            and _actor_gap(scope).match(text, mb.end())
            and not _ends_its_line(text, comma.end())
        ):
            # an actor clause is a sentence about the body ("The Human Rights Council, in its
            # resolution 41/2, …" in a report), not the adopting body's line — which ends its
            # line, the next opening with no lower-case word ("大会，⏎⏎通过以下成果文件": Adopts)
            continue
        if art and comma:
            key = lex.body_names.get(fold(mb.group()))
            if key:
                return (
                    lex.bodies[key].series,
                    art.start() + (1 if text[art.start()] in ']\n" ' else 0),
                    comma.end(),
                )
    return None


_ENDS_ITS_LINE = recache.compile(r"[ \t]*\n\s*")


def _ends_its_line(text: str, pos: int) -> bool:
    """Does a line break follow ``pos``, the next line opening with no lower-case letter?"""
    m = _ENDS_ITS_LINE.match(text, pos)
    return m is not None and not text[m.end() : m.end() + 1].islower()


_NUMBERED_LINE = recache.compile(r"[ \t]*\d{1,3}\.[ \t]+(?:\S+[ \t]*)?")
RUN_IN_REACH = 300  # how far into a text's first line a running header run into it may stand


def _run_in_header(text: str, s: int, e: int, sym: str, lang: str) -> bool:
    """A running header run into the first line of a text that starts mid-document
    ("Title of the resolution A/RES/78/228 visent à …", the symbol maybe on a line of its
    own after the title's), or a legal citation of the text
    itself heading a copy ("G.A. Res. 48/134, …, U.N. Doc. A/RES/48/134 (1993)"): the text's
    first symbol, a resolution's or decision's, on its first line, after words that neither
    govern it (no verb: "Recalling A/RES/70/1" is a citation) nor name it as cited (no noun
    of a resolution, no "see", no bracket or link); and either the sentence runs on after it
    in lower case (the header cut a sentence) or its number was named before it on the line
    (the citation of the text itself)."""
    # (on the first line, or on the second when the title, or the citation, fills the first and
    # ends no sentence there)
    # (the text's first line is its first line that is not blank: an HTML page's paragraph, a
    # file that opens with a blank line)
    top = _first_line_start(text)
    if s - top >= RUN_IN_REACH or ("/RES/" not in sym and "/DEC/" not in sym):
        return False
    nl = text.find("\n", top, s)
    two_lines = nl < 0 or not (
        text.find("\n", nl + 1, s) >= 0
        or (text[nl + 1 : s].strip() and _SENTENCE_END.search(text, top, nl) is not None)
    )
    before = text[:s]
    if before.endswith("/"):
        return False
    lead_matches = list(heading_rules()[2].finditer(before))
    leads = [m.group() for m in lead_matches]
    # a copy's header names the text with a capitalised noun ("Résolution 75/190, …, Doc. NU
    # A/RES/75/190", "UN General Assembly, Resolution adopted …, A/RES/75/190, …, available at:
    # https://…") or as a catalogue does, the noun before a slash ("…Peoples : resolution /
    # adopted by the General Assembly, 2 October 2007, A/RES/61/295, available at: https://…"):
    # only the noun may stand before its symbol, never a bracket or "see"
    # … or, in a catalogue's header with the link it was copied from, the noun before the text's
    # own number, its bracket with it ("UN Security Council, Security Council resolution 2427
    # (2018) […], 9 July 2018, S/RES/2427 (2018), available at: https://…")
    own_number = _SYMBOL_NUMBER.search(sym)
    eol = text.find("\n", e)
    self_named: list[int] = []  # where a noun that names the text itself ends
    if own_number is not None and "://" in text[e : len(text) if eol < 0 else eol]:
        kept = []
        named_end = -1
        # (… and the bracket that follows its author's name, closed before the comma after it:
        # "UN General Assembly (GA), …", "UN Human Rights Council (HRC), …" name no text cited)
        author_end = text.find(",", top, s)
        for m in lead_matches:
            if m.start() < named_end:
                continue  # the bracket of the text's own number
            if m.group() == "(" and top <= m.start() < author_end and ")" in text[m.end() : author_end]:
                continue
            n = _NUMBER_AFTER_NOUN.match(before, m.end())
            if n is not None and n.group(1) == own_number.group():
                named_end = n.end()
                self_named.append(m.end())
            kept.append(m)
        lead_matches = kept
        leads = [m.group() for m in lead_matches]

    titled = bool(leads) and all(
        (
            m.group()[:1].isupper()
            or _CATALOGUE_NOUN.match(before, m.end()) is not None
            or m.end() in self_named
        )
        and fold(m.group()) not in _see_words()
        for m in lead_matches
    )
    # (… a noun in a script without capitals, "القرار", only on a line of its own, below)
    caseless = bool(leads) and all(
        m.group()[:1].isalpha()
        and not m.group()[:1].isupper()
        and not m.group()[:1].islower()
        and fold(m.group()) not in _see_words()
        for m in lead_matches
    )
    if (leads and not titled and not caseless) or _verbs(text, lang, [], 0, s):
        return False
    finite = finite_words().get(lang)
    if finite is not None and finite.search(text, top, s):
        # a subject's finite verb or modal before it, which no title holds: a sentence cites it
        # ("The State must implement A/RES/70/1 in full.", "Le Gouvernement doit appliquer …")
        return False
    line_end = text.find("\n", e)
    # (a legal citation with nothing after its line stands alone: cited, not a copy's header)
    goes_on = line_end >= 0 and _NON_SPACE.search(text, line_end) is not None
    rest = text[e : len(text) if line_end < 0 else line_end]
    ls = text.rfind("\n", 0, s) + 1
    if not rest.strip() and len(text[ls:s].split()) == 1 and leads and lead_matches[-1].start() >= ls:
        # a copy's line of its own with the noun and the symbol alone ("Resolution A/RES/70/1"),
        # under a line that names the body (right above it, or apart, as a word processor's
        # paragraphs stand), over the title: no word of a sentence before it (in a script
        # without capitals, no word but the body's name)
        bodies = body_regex(lang)
        if (titled and not _SENTENCE_WORD.search(bodies.sub("", before))) or (
            caseless and not _LETTER.search(bodies.sub("", text[:ls]))
        ):
            return True
    if not two_lines and not _one_paragraph(text, s):
        return False  # (a copy's header wrapped over more lines is read below, not a running header)
    if caseless and not titled:
        return False
    if "://" in rest:
        return goes_on  # a copy's header: the text's symbol, then the link it was copied from
    if line_end >= 0 and (rest.rstrip().endswith(":") or rest.strip() in ("", ",")):
        # … the link wrapped onto the header's next line ("…, A/RES/61/295, available at:⏎https://…")
        nxt = text.find("\n", line_end + 1)
        if "://" in text[line_end : len(text) if nxt < 0 else nxt]:
            return nxt >= 0 and _NON_SPACE.search(text, nxt) is not None
    if titled and line_end >= 0 and _BLANK_LINE.match(text, line_end):
        # a copy's title line of its own: a capitalised noun, a body's name, the symbol, a date
        # ("Resolución A/RES/74/41 de la Asamblea General …, de 9 de diciembre de 2019") and no
        # word of a sentence
        bodies = body_regex(lang)
        rest = patterns(lang).date.sub("", bodies.sub("", rest))
        if not _SENTENCE_WORD.search(bodies.sub("", before)) and not _LONG_WORD.search(rest):
            return True
    after = _RUNS_ON.match(text, e)
    # (a running header opens with its title's capital: a text opening in lower case is a
    # paragraph, its verb perhaps unknown in lower case — "ссылаясь на A/RES/70/1 и …")
    first = _LETTER.search(text, top, s)
    runs_on = (
        two_lines
        and not leads
        and after is not None
        and after.group(1).islower()
        and not (first is not None and first.group().islower())
        # (… not after a copy's label, which a sentence then follows: "UN Doc. A/RES/72/179 is
        # recalled below", "Citer comme : A/RES/72/179 lorsqu'il …" cite it)
        and not any(label.fullmatch(text, text.rfind("\n", 0, s) + 1, s) for label in copy_labels())
    )
    number = _SYMBOL_NUMBER.search(sym)
    if runs_on or number is None:
        return runs_on
    named = re.search(rf"(?<![\d/]){re.escape(number.group())}", before)
    # … named by the header's first words: a body's name, its abbreviation, a noun — no word of
    # a sentence ("The Court noted S.C. Res. 1325, U.N. Doc. S/RES/1325" cites it)
    # (… set apart from the text: a blank line after it, or the adopting body's line next — a
    # legal citation wrapped over several lines runs on)
    apart = goes_on and (
        _BLANK_LINE.match(text, line_end) is not None
        or _body_line(text, line_end + 1, min(len(text), line_end + 300), lang, own_line=True) is not None
    )
    return (
        apart
        and named is not None
        and not _SENTENCE_WORD.search(body_regex(lang).sub("", before[: named.start()]))
    )


#: after a copy's labelled symbol, the end of its line or another label ("….   Date: …")
_NEXT_LABEL = recache.compile(
    r"\.?(?:[ \t]*(?:\n|$)|(?:[ \t]{2,}|\t|\u3000|[ \t]*[|;·][ \t]*)[^\W\d_][^\n:\uff1a]{0,30}[:\uff1a])"
)
#: after the symbol of a copy's header line: its end, a full stop or a comma perhaps before it
_LINE_END_AFTER = recache.compile(r"[ \t]*(?:[.,][ \t]*)?(?:\n|$)")
#: after the symbol of a copy's document label: a dash and the title, or the line's end
_DASH_TITLE = recache.compile(r"[ \t]*(?:[\u2014\u2013:\uff1a-][^\n]*)?(?:\n|$)")
#: a repository's banner: the symbol a cell of its own between bars
#: … or between spaced dashes, a web page's title ("Right to food – A/HRC/RES/58/3 – Digital Library")
_BANNER_BEFORE = recache.compile(r"(?:\||[ \t][-\u2013\u2014\u00b7])[ \t]*$")
_BANNER_AFTER = recache.compile(r"[ \t]*(?:\||[-\u2013\u2014\u00b7][ \t]|\n|$)")
_BANNER_CELL = recache.compile(r"\||[ \t][-\u2013\u2014\u00b7][ \t]")
#: How far into a text a copy's header line may name the text itself.
COPY_HEADER_REACH = 600


def _copy_header_line(text: str, s: int, e: int, sym: str, scope: str, lang: str) -> bool:
    """A copy's header that says the symbol is the text's own, in the text's first paragraph:
    the phrase of a United Nations document leading the first line ("Document ONU A/RES/72/178 —
    title", "联合国文件 A/RES/72/178"), or a catalogue's line that names the text as adopted by
    the body of the symbol's series and ends with the symbol, no link after it ("UN General
    Assembly, Resolution adopted by the General Assembly on 19 December 2017, A/RES/72/179").
    No verb governs the symbol, no "see" cites it, and the text goes on after the line."""
    top = _first_line_start(text)
    if s - top >= COPY_HEADER_REACH or ("/RES/" not in sym and "/DEC/" not in sym):
        return False
    le = text.find("\n", e)
    if le < 0 or _NON_SPACE.search(text, le) is None:
        return False  # (a line with nothing after it stands alone: cited, not a header)
    ls = text.rfind("\n", 0, s) + 1
    if ls == top:
        lead = copy_labels()[0].fullmatch(text, ls, s)
        if lead is not None and _DASH_TITLE.match(text, e) is not None:
            return not _verbs(text, lang, [], ls, s) and not _verbs(text, lang, [], e, le)
        # … or a repository's banner, the symbol a cell of its own ("Library | A/RES/72/178 | 2017")
        if _BANNER_BEFORE.search(text, ls, s) is not None and _BANNER_AFTER.match(text, e) is not None:
            cells = _BANNER_CELL.split(text[ls:le])
            named = heading_rules()[2].search(text, ls, s) is not None
            if "|" not in text[ls:le] and (named or any(c.strip()[:1].islower() for c in cells)):
                return False  # (dashes in a sentence, or around a text it names as cited)
            return len(cells) >= 2 and not see_word_in(text, ls, le) and not _verbs(text, lang, [], ls, le)
    if _BLANK_LINE.search(text, top, s) is not None or _LINE_END_AFTER.match(text, e) is None:
        return False
    head = text[top:s]
    if see_word_in(head):
        return False
    try:
        cid = symbol_id(sym)
    except IdError:
        return False
    lex = lexicon.load()
    for pat in _adopted_by_patterns(scope):
        m = pat.search(head)
        if m is None:
            continue
        key = _body_key(m.group("body"))
        if key is None or not cid.startswith(lex.bodies[key].series + "/"):
            return False
        kind = m.groupdict().get("kind")
        if kind and is_decision(kind) != ("/DEC/" in cid):
            return False
        return not _verbs(text, lang, [], top, s)
    return False


def _listed_texts(text: str, cands: list[tuple[int, int, str]]) -> bool:
    """Do the first two candidates name two different resolutions or decisions, each alone on
    its line, one right under the other ("A/RES/70/1⏎A/RES/71/313"): a list of texts cited (a
    bibliography), never a masthead — a text has one symbol of its own in those series."""
    if len(cands) < 2 or cands[0][0] < 0 or cands[1][0] < 0:
        return False
    (s0, e0, a), (s1, e1, b) = cands[0], cands[1]
    if text[e0:s1].strip() or not (_alone_on_line(text, s0, e0) and _alone_on_line(text, s1, e1)):
        return False
    try:
        ids = (symbol_id(a), symbol_id(b))
    except IdError:
        return False
    return ids[0] != ids[1] and all(_OWN_SERIES.match(i) for i in ids)


def _one_paragraph(text: str, s: int) -> bool:
    """Is ``s`` in the text's first paragraph, none of whose lines before it ends a sentence (a
    copy's header wrapped over several lines: "UN General Assembly, …⏎… : resolution / adopted
    by the General Assembly, …, A/RES/61/295, available at: …")?"""
    if _BLANK_LINE.search(text, 0, s) is not None or not text[:1].strip():
        return False
    line_start, nl = 0, text.find("\n", 0, s)
    while nl >= 0:
        # (a sentence's end is the end of a line: looked for in that line, not from the text's start)
        if _SENTENCE_END.search(text, line_start, nl) is not None:
            return False
        line_start, nl = nl + 1, text.find("\n", nl + 1, s)
    return True


_BLANK_LINE = recache.compile(r"\n[ \t]*\n")
_NON_SPACE = recache.compile(r"\S")
_LETTER = recache.compile(r"[^\W\d_]")
_CATALOGUE_NOUN = recache.compile(r"[^\W\d_]*[ \t]+/\s")  # "resolution / adopted by …"
_LONG_WORD = recache.compile(r"(?<![^\W\d_])[^\W\d_](?<=[a-z\u00df-\u00ff\u0430-\u044f])[^\W\d_]{4,}")
_SENTENCE_WORD = recache.compile(r"(?<![^\W\d_])[^\W\d_](?<=[a-z\u00df-\u00ff\u0430-\u044f])[^\W\d_]{3,}")


def _first_line_start(text: str) -> int:
    """Where the text's first line that is not blank starts (an HTML page's paragraph, a file
    that opens with a blank line): found without copying the text."""
    if not text[:1].isspace():
        return 0
    m = _NON_SPACE.search(text)
    return text.rfind("\n", 0, len(text) if m is None else m.start()) + 1


@functools.cache
def _see_words() -> frozenset[str]:
    return frozenset(fold(w) for w in gather("footnotes.see"))


def see_word_in(text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
    """Does a word that cites another text ("see", "另见") stand in ``text[pos:endpos]``, among
    the words that introduce a citation: a text cited, however short its words?"""
    return any(fold(w.group()) in _see_words() for w in heading_rules()[2].finditer(text, pos, endpos))


def _beside_name(text: str, line_start: int, s: int, e: int, lang: str) -> bool:
    """A masthead line: the text's first symbol at the end of its line, set apart by a
    column's gap from a short name before it ("World Food Programme  WFP/EB.1/2026/4-A"),
    a name that neither cites it (no noun of a resolution, no "see", no bracket) nor
    governs it (no verb)."""
    before = text[line_start:s]
    if not _COLUMN_GAP.search(before) or text[e : _line_end(text, e)].strip() or len(before) > 80:
        return False
    if heading_rules()[2].search(before) or _HAS_DIGIT.search(before):
        return False
    return not _verbs(text, lang, [], line_start, s)


_COLUMN_GAP = recache.compile(r"\S(?:[ \t]{2,}|\t)$")
_HAS_DIGIT = recache.compile(r"\d")
# (… on the next line too: the header wrapped in a narrow column, "…des personnes A/RES/78/228⏎visent à")
_RUNS_ON = recache.compile(r"(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)([^\W\d_])")
_SYMBOL_NUMBER = recache.compile(r"(?:(?:S-|ES-)?\d+/)?\d+(?=\s?(?:\([^)]*\))?$)")


@functools.lru_cache(maxsize=16)
def _list_line_end(scope: str) -> re.Pattern[str]:
    """A list word that ends a symbol's line ("A/76/150 and", "A/76/150 以及"; capitalised in
    a heading or a table's cell: "A/76/150 And", "A/76/150 ET"): the symbol is cited in a list,
    and so is the one alone on the next line."""
    words = alternation(gather("grammar.list_and", lexicon.scope(scope)))
    return recache.compile(rf"[ \t]*(?:{words})[ \t]*(?:\n|$)", re.IGNORECASE)


_OWN_SERIES = recache.compile(r"^(.*?)/(?:RES|DEC)/((?:S-|ES-)?\d+)/")  # series and session of an id


def _is_symbol(sym: str, cid: str) -> bool:
    """Whether the symbol ``sym`` as written is the id ``cid``."""
    try:
        return str(symbol_id(sym)) == cid
    except IdError:
        return False


def _caseless(ch: str) -> bool:
    """Is ``ch`` a letter of a script without capitals (Arabic, Chinese)?"""
    return ch.isalpha() and not ch.isupper() and not ch.islower()


def _analyse_heading(
    text: str,
    lang: str,
    symbol_matches: list[re.Match[str]],
    scope: str = "*",
    header_symbols: Sequence[str] = (),
    within: str | None = None,
) -> _Heading:
    lex = lexicon.load()
    h = _Heading()
    head = text[:4000]

    # adopting-body line: "The General Assembly," (own line, or inline in flattened text)
    line = _body_line(head, 0, len(head), scope)
    if line is not None:
        h.body, h.body_line_start, h.body_line_end = line

    # "Resolution adopted by the Human Rights Council"
    adopted = None
    adopted_kind = "RES"
    low = ""  # the head in lower case, made once
    for pat, needed in _adopted_by_scans(scope):
        if needed is not None:
            # each pattern only where its words are written: a case-blind search is tried at every
            # character of the head (the first's too: a text without the line paid a whole scan of
            # the head for it; the lower-case copy and one look cost a small part of one)
            low = low or head.lower()
            if needed not in low:
                continue
        m = pat.search(head)
        if m:
            key = _body_key(m.group("body"))
            if key:
                adopted = lex.bodies[key].series
                if is_decision(m.groupdict().get("kind")):
                    adopted_kind = "DEC"  # "Decision adopted by the Human Rights Council"
                h.date = _date_after(head, m.end(), scope)
                break
    if h.body is None and adopted:
        h.body = adopted

    # masthead / running-header symbols
    first_lines = head[:600]
    cands: list[tuple[int, int, str]] = []
    first_match = symbol_matches[0] if symbol_matches else None
    list_end = _list_line_end(scope)
    list_stop = -1
    for m in symbol_matches:
        s, e = m.span("sym")
        # a line of a symbol and a list word, and the symbol that opens the line after it: a
        # list cited ("A/76/150 and⏎A/76/151", "A/76/150 以及"), not the text's own symbol
        listed = 0 <= list_stop <= s and not text[list_stop:s].strip()
        le = list_end.match(text, e)
        list_stop = le.end() if le is not None else -1
        if listed or le is not None:
            continue
        if within is not None and _is_symbol(m.group("sym"), within):
            continue  # a text of a compilation: the file's symbol is a running header, not its own
        masthead_line = False
        if (
            s >= len(first_lines)
            and m is not first_match
            and ((s and not text[s - 1].isspace()) or (e < len(text) and not text[e].isspace()))
        ):
            # past the first lines, only a symbol alone on its line is a candidate: a character
            # that is not blank right before or after it (in its line) says it is not — unless
            # the organisation's name leads its line, a masthead under a copy's own header
            # ("United Nations A/78/L.102* General Assembly Distr.: Limited …")
            masthead_line = s < len(head) and _organisation_led(text, s)
            if not masthead_line:
                continue
        # look for the line's ends nearby only: a symbol far from both is not alone on its line
        lb = text.rfind("\n", max(0, s - 200), s)
        line_start = lb + 1 if lb >= 0 else (0 if s <= 200 else s - 200)
        line_end_i = text.find("\n", e, e + 200)
        line_end = min(len(text), e + 200) if line_end_i < 0 else line_end_i
        before = text[line_start:s]
        after = text[e:line_end]
        blank_before = not before.strip()
        alone = blank_before and not after.strip()
        sym = m.group("sym")
        early = s < len(first_lines)
        # no sentence's words or end after it ("A/AC.109/2031/2 and …", "A/70/1), …": cited)
        nxt = after.lstrip()[:1]
        heads_nothing = not nxt.islower() and nxt not in _CITED_AFTER
        if (
            (alone and not after.startswith("."))
            # led by nothing or by the organisation's name (looked at only near the top) …
            or (
                early
                and line_start < 300
                and (blank_before or heading_rules()[1].fullmatch(before) is not None)
                and heads_nothing
                # (not the line after an opening bracket that a line's end cut from it: "(⏎A/75/598 و …")
                and (last_before := text[max(0, line_start - 80) : line_start].rstrip()[-1:])
                not in ("(", "[")
                # (nor a line between two words of a script without capitals, a sentence that goes
                # on over the line's end: "… الوثائق من⏎A/HRC/47/L.30 إلى …")
                and not (_caseless(nxt) and _caseless(last_before))
            )
            # … or by a page number, on the text's first line (a Word header's "2<tab>A/80/L.22"),
            # not in a list of numbered notes or items ("12 A/79/210⏎13 A/79/211")
            or (
                not after.strip()
                and line_start < 300
                and not text[:line_start].strip()
                and _PAGE_LEAD.fullmatch(before) is not None
                and _NUMBERED_SYMBOL_LINE.match(text, line_end) is None
            )
            # … or by the organisation's name alone, anywhere in the head (a copy's own header above)
            or (
                heads_nothing
                and (masthead_line or (s < len(head) and not blank_before and _organisation_led(text, s)))
            )
            or (m is symbol_matches[0] and _run_in_header(text, s, e, sym, lang))
            # … or named by a copy's label before other labels on its line ("Symbol: A/RES/73/195.
            # Date: …   Distr.: General"), or by a copy's header line that says it is the text itself
            or (
                early
                and line_start < 300
                and heading_rules()[1].fullmatch(before) is not None
                and _NEXT_LABEL.match(text, e) is not None
            )
            or (m is symbol_matches[0] and _copy_header_line(text, s, e, sym, scope, lang))
            or (m is symbol_matches[0] and line_start < 300 and _beside_name(text, line_start, s, e, lang))
            # a joint symbol's second ("E/2019/27-E/CN.6/2019/15", "A/73/843–S/2019/371")
            or (bool(cands) and _JOINED_SYMBOL.fullmatch(text, cands[-1][1], s) is not None)
        ):
            cands.append((s, e, sym))
    # "A/RES/54/54 B": a lettered part's masthead gives the part's own id (ids.md: A/RES/53/77A)
    cands = [
        (s, pm.end(), sym + pm.group(1))
        if (pm := symbol_part(text, e, sym, scope)) is not None
        else (s, e, sym)
        for s, e, sym in cands
    ]
    if _listed_texts(text, cands):
        cands = []  # symbols of several texts, one a line, opening the text: a list cited
    if not cands:
        # a page header or footer run into the text: "… persons A/RES/74/176 3/10 19-22333 …"
        for m in symbol_matches:
            s, e = m.span("sym")
            if (
                text[e : e + 1] != "."
                # (not a symbol in brackets: a note's "Supplement No. 12 (A/80/12)." over the footer)
                and not (text[s - 1 : s] == "(" and text[e : e + 1] == ")")
                and _JOB_NUMBER.search(text, max(0, s - 30), min(len(text), e + 30))
                and (within is None or not _is_symbol(m.group("sym"), within))
            ):
                cands.append((s, e, m.group("sym")))
    if not cands and header_symbols:
        # … or a running header the normaliser took out (a passage cut from mid-document)
        cands = [(-1, -1, sym) for sym in header_symbols if within is None or not _is_symbol(sym, within)]
    if cands:
        ids: dict[str, int] = {}
        for _s, _e, sym in cands:
            try:
                cid = symbol_id(sym)
            except IdError:
                continue
            ids[cid] = ids.get(cid, 0) + 1
        if ids:
            first = None
            for _s, _e, sym in cands:
                try:
                    first = symbol_id(sym)
                    break
                except IdError:
                    continue
            chosen = first if first is not None else max(ids, key=lambda k: ids[k])
            h.self_id = chosen
            first_start = cands[0][0]
            prev_end = -1
            for s, e, sym in cands:
                if s < 0:
                    continue  # taken out of the text with its running header
                joined = prev_end >= 0 and _JOINED_SYMBOL.fullmatch(text, prev_end, s) is not None
                prev_end = e
                try:
                    same = symbol_id(sym) == chosen
                except IdError:
                    continue
                # a report's second symbol printed under the first ("E/2019/30" then
                # "E/CN.15/2019/15") is the same document: identity, not a citation
                if same or (s - first_start < 120 and (joined or _alone_on_line(text, s, e))):
                    h.masthead.append((s, e))
                    if not same:
                        h.aliases.add(symbol_id(sym))

    # heading number: "Résolution 5/2" on its own line, or "14/2 Title" in the heading zone
    zone_end = h.body_line_end if h.body_line_end else min(len(text), 1500)
    zone = text[:zone_end]
    own_num = None
    own_start = own_end = 0
    no_scheme = False  # the heading's number is of a body whose texts have no id here
    own_kind = "RES"
    kind_named = False
    own_scans = _line_scans("own_number")
    patterns = own_scans + (_line_scans("own_number_inline") if h.self_id is None else [])
    # (a resolution's or decision's symbol from the head is read against the text's own heading
    # below: a copy's header that names a different text of the same body gives way to it)
    header_id = h.self_id if h.self_id and _OWN_SERIES.match(h.self_id) else None
    own_count = len(own_scans)
    skip_to = 0
    for k, (pat, after_break) in enumerate(patterns):
        if k < skip_to:
            continue
        if k == _OWN_TRIED < own_count and not h.body_line_end and _no_own_line(zone):
            # (no adopting body's line, the first patterns found nothing, and no other own-number
            # pattern matches in the zone either: one scan of its line breaks instead of two
            # searches a pattern — a text with a body's line mostly has its heading number further
            # down the list, where the one scan would be paid on top of the searches)
            skip_to = own_count
            continue
        if after_break is not None and after_break.search(zone) is None and pat.match(zone) is None:
            continue  # (most patterns match nowhere: told by two searches, no generator made)
        found = [
            m
            for m in _line_matches(pat, after_break, zone)
            if _own_number_shape(latin_marks(m.group("num").rstrip("."), lang))
            and (m.groupdict().get("kind") or not _noun_ends_line_before(zone, m.start("num")))
        ]
        if len({m.group("num").rstrip(".") for m in found}) > 1:
            continue  # a list of texts ("Decision 2/1 …, Decision 2/2 …"), not one text's heading
        if found:
            m = found[0]
            own_num = latin_marks(m.group("num").rstrip("."), lang)
            own_start, own_end = m.start("num"), m.end("num")
            kind = m.groupdict().get("kind")
            own_kind = ("DEC" if is_decision(kind) else "RES") if kind else adopted_kind
            kind_named = bool(kind) or adopted is not None
            h.title = _title_after(text, m.end("num"), h.body_line_start)
            break
    if header_id is not None:
        h.self_id = None
    elif (
        h.self_id is not None
        and own_num is not None
        and not text[: text.rfind("\n", 0, own_start) + 1].strip()
        and (body_end := _body_line_end_below(text, own_end, h, scope))
        and all(s < 0 or s > body_end for s, _e, _sym in cands)
    ):
        # a text that opens with its heading, its body's line under it, and a document's symbol
        # only further down or in the running headers taken out: the headers of its later pages,
        # of the report or volume it was cut from ("58/3. Title⏎⏎The Human Rights Council, …⏎
        # A/HRC/58/2"), not its own id — which its heading gives
        h.aliases.add(h.self_id)
        h.self_id = None
    if h.self_id is None and own_num and not _HEADING_NUMBER.fullmatch(own_num):
        # "DECISION 30/CMP.1": a decision numbered with its conference's code names its body
        h.self_id = _coded_id(own_num)
    series = h.body
    if h.self_id is None and own_num and series is None and within is not None:
        # a text of a compilation under its file's masthead, its body line the body's short
        # name ("Resolution 7/1 … The Conference of the Parties," in a report of the Conference)
        g = _generic_line_series(text, own_end, min(len(text), own_end + BODY_LINE_REACH), scope, within)
        series = g[0] if g is not None else None
    if h.self_id is None and own_num and series is None:
        # "Decision 73/549⏎⏎The General Assembly decides …": the body the first sentence names
        series = _adopting_body_below(text, own_end, scope)
    if h.self_id is None and own_num and series is None and _YEAR_NUMBER.fullmatch(own_num):
        other = rule_patterns(scope).other_org_after
        if (other is not None and other.match(text, own_end)) or _organisation_line_below(
            text, own_end, scope
        ):
            # "Résolution 2019/12 du Conseil municipal": another organisation's organ named
            # after the number, its own text, no id here (as its citations have none); or on
            # the body's line below the heading ("Résolution 2019/12⏎⏎Le Conseil municipal,")
            no_scheme = True
        else:
            # "Decision 2019/210" over a text that names its body on no line of its own ("The
            # Economic and Social Council decides …"): the shape YYYY/N is the Council's (ids.md)
            series = _heading_line_body(text, h.body_line_start) or lex.bodies["ECOSOC"].series
    if h.self_id is None and own_num and series:
        try:
            if series == "S":
                m_sc = re.fullmatch(r"(\d{1,4}) ?\((\d{4})\)", own_num)
                if m_sc:
                    h.self_id = cached_resolution_id("S", "RES", f"{m_sc.group(1)} ({m_sc.group(2)})")
            else:
                num, part = _number_and_part(own_num)
                own_body = lex.body_by_series(series)
                if not kind_named and own_body is not None and _decision_number(own_body, num):
                    own_kind = "DEC"  # "2019/210. Dates of …": the Council's decisions are numbered from 201
                no_scheme = own_body is not None and own_body.numbering == "none" and not own_body.scheme
                if own_body is not None and not _own_number_fits(own_body, num, own_kind):
                    # "المقرر 14/8" (decision XIV/8 of a convention's Conference, its session in
                    # figures), "Decision 560 (XXVI)": a number the body of the text's line never
                    # gave — the heading is the text's own, of a body with no id here
                    no_scheme = True
                if not no_scheme:
                    # (a body outside the series of ids.md: its texts have no id here, as its
                    # citations have none)
                    h.self_id = cached_resolution_id(
                        series,
                        "RES" if own_kind == "RES" else "DEC",
                        num,
                        part,
                        scheme=own_body.scheme if own_body is not None else "",
                    )
        except IdError:
            pass
    if header_id is not None:
        header_series = _OWN_SERIES.match(header_id)
        heading_series = _OWN_SERIES.match(h.self_id) if h.self_id else None
        if (
            heading_series is None
            or header_series is None
            or heading_series.group(1) != header_series.group(1)
            or h.self_id == header_id
            # … or its corrigendum, addendum or revision ("A/RES/72/178/Corr.1" over "72/178. Title")
            or (h.self_id is not None and header_id.startswith(h.self_id + "/"))
        ):
            h.self_id = header_id
        else:
            # the heading wins: the header's symbol is no mark of the text itself
            h.masthead, h.aliases = [], set()
        no_scheme = False
    if h.self_id is None and no_scheme:
        # the heading's number of a text whose body has no id scheme here ("Decision 2025/12"
        # of an Executive Board, "Resolution 81/3" of a regional commission): the text itself,
        # never one it cites
        h.masthead = sorted([*h.masthead, (own_start, own_end)])
    if h.self_id is None and own_num is None and (cover := _cover_symbol(text)) is not None:
        # a volume's cover ("Supplement No. 49 (A/84/49)⏎Volume I"): the volume itself
        h.self_id, span, h.aliases = cover[0], cover[1], {*h.aliases, *cover[2]}
        h.masthead = sorted([*h.masthead, span])
    if h.self_id is not None and (bare := SC_WITHOUT_YEAR.fullmatch(h.self_id)) is not None:
        # "S.C. Res. 2417, U.N. Doc. S/RES/2417 (May 24, 2018)", "S/RES/2799⏎(2025)": the
        # Council's own id needs its year (ids.md)
        h.self_id = (
            _council_own_id(text, cands, bare.group(1), own_num, h.date, scope, h.body_line_start)
            or h.self_id
        )
    if h.self_id:
        sid = h.self_id
        m_res = _OWN_SERIES.match(sid)
        if m_res:
            h.body = h.body or m_res.group(1)
            if m_res.group(1) != "E" and m_res.group(2).isdigit():
                h.own_session = int(m_res.group(2))
        elif sid.startswith("S/RES/"):
            h.body = h.body or "S"
        else:
            h.body = h.body or lex.series_of_symbol(sid)
    if h.body is None or lex.body_by_series(h.body) is None:
        # no adopting body known (no body line, no symbol of a known series): the body the
        # heading names on a line of its own ("United Nations Children's Fund⏎Executive Board")
        named = _heading_line_body(text, h.body_line_start)
        if named is not None:
            h.body = named
    return h


def _body_line_end_below(text: str, pos: int, h: _Heading, scope: str) -> int:
    """Where the adopting body's line under the heading's number at ``pos`` ends: the named
    body's ("The Human Rights Council,"), or the body's short name's ("The Conference of the
    Parties,"); 0 when there is none."""
    if h.body_line_end and h.body_line_start is not None and pos < h.body_line_start:
        return h.body_line_end
    line = _generic_body_line(text, pos, min(len(text), pos + BODY_LINE_REACH), scope)
    return line[2] if line is not None else 0


#: How far into a file a volume's cover gives its symbol
COVER_REACH = 600
#: a cover's line of a supplement's number and the volume's symbol in brackets, alone on its line
#: ("Supplement No. 49 (A/84/49)", "补编第49号(A/84/49)"): a short label, the number, the symbol
#: whose last element is that number
_COVER_LINE = recache.compile(
    r"^[ \t]*[^\W\d][^\n\d(),;]{0,39}?(?P<n>\d{1,3})[^\n\d(),;]{0,3}?"
    r"\([ \t]*(?P<sym>[A-Z][A-Za-z0-9.]*(?:/[A-Za-z0-9.]+)+)[ \t]*\)(?P<rest>[^\n]*)$",
    re.MULTILINE,
)
_NEXT_LINE = recache.compile(r"[ \t]*\n\s*")
_CLAUSE_ENDS = (",", ";", "\u060c", "\uff0c")


def _sentence_goes_on(text: str, end: int) -> bool:
    """Whether the line after the line break at ``end`` opens with a lower-case letter (a
    sentence running on over the lines before it) or is another supplement's line (a list of
    volumes): no cover's."""
    nxt = _NEXT_LINE.match(text, end)
    at = nxt.end() if nxt is not None else end
    return text[at : at + 1].islower() or _COVER_LINE.match(text, at) is not None


def _cover_symbol(text: str) -> tuple[str, tuple[int, int], set[str]] | None:
    """A volume's cover near the file's start: the supplement's line and, on the line after it,
    the volume's number ("Volume I", "المجلد الأول", "第一卷"): (the volume's id, the symbol's
    span, the ids the symbol alone gives), or None.  A line after one that ends with a comma is a
    citation's broken line ("…, Seventy-ninth Session,⏎Supplement No. 53 (A/79/53)"), no cover."""
    for m in _COVER_LINE.finditer(text, 0, COVER_REACH):
        sym = m.group("sym")
        if not sym.endswith("/" + m.group("n")):
            continue
        if text[: m.start()].rstrip()[-1:] in _CLAUSE_ENDS or see_word_in(text, m.start(), m.start("n")):
            continue  # (… or a see-word before it: "See Supplement No. 53 (A/79/53)", a text cited)
        try:
            whole = symbol_id(sym)
        except IdError:
            continue
        rest = m.group("rest").strip()
        if rest:
            line = rest  # (the volume's line run into it by a text layer: "…(A/84/49)第一卷")
        else:
            nxt = _NEXT_LINE.match(text, m.end())
            at = nxt.end() if nxt is not None else m.end()
            end = text.find("\n", at)
            line = text[at : len(text) if end < 0 else end].strip()
            if end >= 0 and _sentence_goes_on(text, end):
                return None  # ("…issued as⏎Supplement No. 53 (A/78/53)⏎Volume I⏎and contains …")
        for pat in cover_volumes():
            v = pat.fullmatch(line) if not rest else pat.match(line)
            if v is None:
                continue
            roman = v.groupdict().get("roman") or next((k for k, g in v.groupdict().items() if g), None)
            if roman:
                try:
                    return symbol_id(f"{sym} (Vol. {roman})"), m.span("sym"), {whole}
                except IdError:
                    break
        if rest:
            continue  # words after the bracket: a sentence's, no cover
        return whole, m.span("sym"), set()
    return None


_NUMBER_AFTER_NOUN = recache.compile(r"\s{1,3}((?:(?:S-|ES-)?\d+/)?\d+)(?![\d/])(?:\s?\([^()\n]{1,12}\))?")
#: a page number before a running header's symbol: "2 ", "3/12\t"
_PAGE_LEAD = recache.compile(r"[ \t]*\d{1,4}(?:/\d{1,4})?[ \t]+")
_NUMBERED_SYMBOL_LINE = recache.compile(r"\s*\d{1,4}[ \t]+[A-Z]{1,8}/")
_SC_HEADING = recache.compile(r"(\d{1,4}) ?\((\d{4})\)")
#: the year in the bracket right after a symbol: "(2025)", "(May 24, 2018)", "(24 mai 2018)"
_BRACKET_YEAR = recache.compile(r"\s*\([^()\n]{0,24}?((?:19|20)\d\d)\)")


#: How far into a text the header stands whose date may give the Council's own id its year.
COUNCIL_HEADER_REACH = 600


def _council_own_id(
    text: str,
    cands: list[tuple[int, int, str]],
    number: str,
    own_num: str | None,
    date: str | None,
    scope: str,
    body_line_start: int | None,
) -> str | None:
    """The own id of a text of the Security Council whose masthead or self-cite gives its
    symbol without the year: the year in the bracket right after the symbol, else the one of
    its heading ("Resolution 2799 (2025)"), else the year of its adoption date, else the year
    the numbering leaves, else that of the one date of its header the numbering allows (a
    copy's "Document symbol: S/RES/2417" with no year beside it)."""
    year: str | int | None = None
    for s, e, sym in cands:
        if s >= 0 and SC_WITHOUT_YEAR.fullmatch(sym.replace(" ", "")) is not None:
            m = _BRACKET_YEAR.match(text, e)
            if m is not None:
                year = m.group(1)
                break
    heading = _SC_HEADING.fullmatch(own_num or "")
    if year is None and heading is not None and heading.group(1) == number:
        year = heading.group(2)
    if year is None and date:
        year = date[:4]
    if year is None:
        year = sc_year_of(int(number), None)
    if year is None:
        stop = min(COUNCIL_HEADER_REACH, body_line_start or COUNCIL_HEADER_REACH)
        years = set()
        for m in patterns(scope).date.finditer(text, 0, stop):
            found = parse_date(m)
            if found and sc_year_plausible(int(number), int(found[:4])):
                years.add(int(found[:4]))
        year = years.pop() if len(years) == 1 else None
    if year is None:
        return None
    try:
        return cached_resolution_id("S", "RES", f"{number} ({year})")
    except IdError:
        return None


#: How far under a heading the first sentence that names the text's body may end.
SUBJECT_BELOW_REACH = 600


#: The longest line that is only an adopting body's ("The Municipal Council of …,")
_ORG_LINE_MAX = 160
#: … the most characters before the organ's name on it (an article: "The ", "إن ")
_ORG_LINE_LEAD = 4
#: … the commas that end it ("Le Conseil municipal,", "市议会，", "إن المجلس البلدي،")
_BODY_LINE_COMMAS = ",\u060c\uff0c"


def _organisation_line_below(text: str, pos: int, scope: str) -> bool:
    """Is the first line under the heading's line at ``pos`` the line of another organisation's
    organ or a State's as the adopting body ("Le Conseil municipal,", "The City Council,"), with no
    body of the United Nations named there?"""
    line_end = text.find("\n", pos)
    if line_end < 0:
        return False
    for line in text[line_end : line_end + SUBJECT_BELOW_REACH].split("\n"):
        line = line.strip()
        if line:
            org = organisation_words().search(line)
            return (
                len(line) <= _ORG_LINE_MAX
                and org is not None
                # (the body's line: its name first, an article perhaps before it, and the comma
                # after it; not a title that names an organ: "Report of the Government of Haiti")
                and org.start() <= _ORG_LINE_LEAD
                and line[-1] in _BODY_LINE_COMMAS
                and body_regex(scope).search(line) is None
            )
    return False


def _adopting_body_below(text: str, pos: int, scope: str) -> str | None:
    """The series of the body the first sentence under a heading names first ("Decision
    73/549⏎⏎The General Assembly decides …", "At its 90th plenary meeting, …, the General
    Assembly …"): the first paragraph after the heading's line that ends a sentence (a title
    line does not), within reach; None when it names no body."""
    line_end = text.find("\n", pos)
    if line_end < 0 or line_end - pos > SUBJECT_BELOW_REACH:
        # (a text whose lines were run together: the sentence that goes on after the number,
        # "第73/146号决议 大会， 回顾其…" — the heading's line is no title line then)
        line_end = pos
    chunk = text[line_end : line_end + SUBJECT_BELOW_REACH]
    for para in _BLANK_LINE.split(chunk):
        para = para.strip()
        if not para:
            continue
        if not (_SENTENCE_END.search(para) or len(para) > 200):
            # lines with no blank line between them (a text layer that sets paragraphs apart by
            # spacing): the paragraph runs to the first line that ends a sentence
            first = _LINE_SENTENCE_END.search(para)
            if first is None:
                continue
            para = para[: first.end()]
        if _ENUMERATED.match(para):
            return None  # an operative paragraph ("(a) Recalled General Assembly resolution …")
        named = body_regex(scope).search(para)
        if named is None:
            return None
        after = para[named.end() :].lstrip()
        pat = patterns(scope)
        noun = pat.kw_noun.match(after)
        near = _NUMBER_NEAR.match(after)
        digit = _FIRST_DIGIT.search(after, 0, near.end()) if near is not None else None
        if digit is not None and pat.date.match(after, digit.start()):
            near = None  # a date after the body ("经济及社会理事会在2004年7月21日…上"): no number
        if near or (noun is not None and _NUMBER_NEAR.match(after, noun.end())):
            return None  # the body of a cited text ("General Assembly resolution 71/313", "大会第71/313号")
        key = _body_key(named.group())
        return lexicon.load().bodies[key].series if key is not None else None
    return None


_NUMBER_NEAR = recache.compile(r"\s*\S{0,2}\s?\d")
_LINE_SENTENCE_END = recache.compile(_SENTENCE_END.pattern, re.MULTILINE)  # … at a line's end
_FIRST_DIGIT = recache.compile(r"\d")
_ENUMERATED = recache.compile(r"\(?(?:\d{1,3}|[a-z]{1,4})[.)]\s")


def _own_number_shape(num: str) -> bool:
    """Is ``num`` shaped like a text's own number ("73/8", "1325 (2000)", "2200 A (XXI)",
    or a coded decision's "30/CMP.1", Arabic "1/م أ-26")?"""
    return _HEADING_NUMBER.fullmatch(num) is not None or (
        ("." in num or "-" in num) and patterns("*").coded.fullmatch(num) is not None
    )


def _coded_id(num: str) -> str | None:
    """The id of a decision numbered with its conference's code ("1/CP.21"), or None."""
    m = patterns("*").coded.fullmatch(num)
    if m is None:
        return None
    lex = lexicon.load()
    key = lexicon.decision_codes().body_of.get(m.group("code"))
    body = lex.bodies.get(key) if key else None
    if body is None:
        return None
    try:
        return cached_resolution_id(
            body.series, "DEC", f"{int(m.group('session'))}/{int(m.group('n'))}", scheme=body.scheme
        )
    except IdError:
        return None


_SEQ_AT_END = recache.compile(r"(?<=/)\d{1,4}$")


def _own_number_fits(body: lexicon.Body, num: str, kind: str) -> bool:
    """Could ``body`` have numbered its text ``num`` (of ``kind``, "RES" or "DEC")?  A body
    numbering by session numbers from its session ``numbered_from`` and its decisions from
    ``min_decision`` (the General Assembly: from its 31st session, decisions from 301; before,
    it numbered resolutions N (ROMAN) and no decision)."""
    if body.numbering != "session":
        return True
    m = SESSION_NUMBER.fullmatch(num)
    if m is None:
        return not (kind == "DEC" and _ROMAN_SHAPE.fullmatch(num))
    if m.group(1):
        return True
    if is_year(int(m.group(2))):
        # (… a body that took over a numbering by year numbers its own texts by session: "Resolution
        # 1999/12" over the Human Rights Council's name is none of its texts)
        return body.predecessor is None
    return int(m.group(2)) >= body.numbered_from and (kind != "DEC" or int(m.group(3)) >= body.min_decision)


_ROMAN_SHAPE = recache.compile(r"\d{1,4} ?\((?:S-|ES-)?[IVXLC]{1,7}\)")


def _decision_number(body: lexicon.Body, num: str) -> bool:
    """Is ``num`` a decision's number in ``body``'s numbering, whatever word heads it: the
    Council's decisions of a year are numbered from 201 ("2019/210"), the Assembly's of a
    session above its resolutions ("73/549")?"""
    seq = _SEQ_AT_END.search(num)
    if seq is None:
        return False
    n = int(seq.group())
    if body.numbering == "year":
        return 1 < body.min_decision <= n
    return body.max_resolution is not None and n > body.max_resolution


_YEAR_NUMBER = recache.compile(r"(?:19[4-9]\d|20\d\d)/\d{1,4}")
_LETTERED_SESSION = recache.compile(r"(\d{1,4}) ?([A-H]) ?(\([^)]+\))")
#: a lettered part's letter after its number, spaced or glued ("54/54 B", "54/54B")
_PART_AFTER_NUMBER = recache.compile(r"((?:S-|ES-)?\d{1,4}/\d{1,4}) ?([A-H])")


#: an adopted text's symbol numbered session/number ("A/RES/54/54", "E/CN.6/DEC/60/1")
_SESSION_NUMBERED_TEXT = recache.compile(r"[A-Z][\w./-]*/(?:RES|DEC)/(?:S-|ES-)?\d{1,4}/\d{1,4}")
#: … and its part's letter after a space ("A/RES/54/54 B"): a single capital not glued to a
#: word, a path or a bracket ("A/RES/54/54 Bis", "A/RES/54/54 Add.1", "A/RES/54/54 B(…)" are not),
#: nor a section's number or a name's ("A/RES/54/54 A.1", "A/RES/54/54 G-20 …")
_SYMBOL_PART = recache.compile(r"[ \t\u00a0]([A-H])(?!(?![\u3400-\u9fff])\w|[/(]|[.-]\d)")


def symbol_part(text: str, end: int, sym: str, scope: str = "*") -> re.Match[str] | None:
    """The part letter written after the symbol ``sym`` ending at ``end``, or None (not a capital
    that is a word of ``scope``'s languages before a word: "A/RES/70/1 A new agenda")."""
    if _SESSION_NUMBERED_TEXT.fullmatch(sym) is None:
        return None
    pm = _SYMBOL_PART.match(text, end)
    if pm is not None and (word := patterns(scope).word_letter) is not None and word.match(text, pm.start(1)):
        return None
    return pm


def _number_and_part(num: str) -> tuple[str, str | None]:
    """A heading's number and its part's letter: "54/54 B" → ("54/54", "B"), "2200 A (XXI)" →
    ("2200 (XXI)", "A") (the part's letter before the session). A lettered part is a text of its
    own, its id the number's with the letter after it (ids.md: A/RES/53/77A); a text whose
    heading has no letter keeps the number's id, the parts under it included."""
    m = _PART_AFTER_NUMBER.fullmatch(num)
    if m:
        return m.group(1), m.group(2)
    lettered = _LETTERED_SESSION.fullmatch(num)
    if lettered:
        return f"{lettered.group(1)} {lettered.group(3)}", lettered.group(2)
    return num, None


#: How far into a text its heading's lines are read for the body it names.
HEADING_BODY_REACH = 1200
_HEADING_CELL = recache.compile(r"[ \t]{2,}|\t")
_FIRST_PARAGRAPH = recache.compile(r"\n[ \t]*1\.[ \t]")


def _heading_line_body(text: str, stop: int | None) -> str | None:
    """The series of the body named last by a heading line of its own — the whole line, or
    several lines together when a long name is broken ("Executive Board of the⏎United
    Nations Development⏎Programme, …"), or the first cell of a masthead line ("EXECUTIVE
    BOARD  EB158/12") — before the text's first paragraph."""
    end = min(len(text), HEADING_BODY_REACH, stop if stop is not None else len(text))
    first = _FIRST_PARAGRAPH.search(text, 0, end)
    if first is not None:
        end = first.start()
    lines = [_HEADING_CELL.split(line.strip(), maxsplit=1)[0] for line in text[:end].split("\n")]
    lex = lexicon.load()
    found: str | None = None
    for i, line in enumerate(lines):
        if not line:
            continue
        joined = ""
        for nxt in lines[i : i + 6]:
            if not nxt:
                break
            joined = f"{joined} {nxt}" if joined else nxt
            if len(joined) > 250:
                break
            key = _body_key(joined)
            if key is not None:
                found = lex.bodies[key].series
    return found


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
        led = [f"{a}{space}{v.lower()}" for a in leading for v in verbs]
        lower = led_trie_regex(verbs, leading, space)
        operative: tuple[re.Pattern[str], ...] = ()
        if lang.raw["verbs"].get("operative_lower_case"):
            # "1. постановляет …": operative verbs in lower case after the paragraph number
            operative = (recache.compile(rf"\n[ \t]*\d{{1,3}}\.[ \t]+\*?(?P<verb>{lower}){tail}"),)
        # the lower-case verbs' trie is one program of about 180 KB, built from the kept cache at
        # every start of the engine (0.7 ms each): one program after every lead, not one per lead
        lang.verb_re = (
            recache.compile(rf"(?P<verb>{trie_regex(verbs + led, capital=True)}){tail}"),
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


#: each language's verb scans as :func:`_verbs` reads them, made once (its lexicon entry, the
#: capitalised verbs' scan, the other scans with their literal leads): a text asks for verbs in
#: many windows, and the look-ups cost about a fifth of a short window's scan
_VERB_SCANS: dict[
    str,
    tuple[
        lexicon.Language,
        re.Pattern[str],
        re.Pattern[str],
        tuple[tuple[str, bool], ...],
        tuple[re.Pattern[str], ...],
    ],
] = {}


def _verbs(
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
        scans = _VERB_SCANS[code] = (lang, regexes[0], regexes[1], _verb_leads(code), regexes[2:])
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
    for lead, blank in scans[3]:
        n = len(lead)
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


_OPERATIVE = recache.compile(r"(?P<n>\d{1,3})\.[ \t\n]+(?=\*?(?:[^\W\d_]|\"))")
# most texts start each operative paragraph on a line of its own: a newline-anchored scan
# is several times faster than one anchored on every digit (… its number closed by a dash
# between blanks, as Arabic texts write it: "1 - تقرر …")
_OPERATIVE_NL = recache.compile(
    r"\n[ \t]*+(?P<n>\d{1,3})(?:\.[ \t\n]+|[ \t]?[-\u2013][ \t]+)(?=\*?(?:[^\W\d_]|\"))"
)
_OPERATIVE_BEFORE = recache.compile(r"(?:^|\n|[;:.]\s{1,2}|\")[ \t]*$")
_SUBPARA = recache.compile(r"\n[ \t]*+(?P<p>\(?(?P<l>[a-z])\))[ \t\n]+")


def _paragraphs(text: str, h: _Heading, fn_spans: list[tuple[int, int, int]]) -> list[Paragraph]:
    paras: list[Paragraph] = []
    body_end = h.body_line_end
    if body_end is None:
        return paras
    paras.append(Paragraph(0, body_end, "title", None))

    fn_starts = [s for s, _, _ in fn_spans]

    def in_fn(pos: int) -> bool:
        i = bisect.bisect_right(fn_starts, pos) - 1
        return i >= 0 and fn_spans[i][0] <= pos < fn_spans[i][1]

    # operative paragraphs are numbered 1, 2, 3 … in order
    seq: list[re.Match[str]] = []
    for scan in (_OPERATIVE_NL, _OPERATIVE):
        expect = 1
        after_break = scan is _OPERATIVE_NL
        for m in scan.finditer(text, max(0, body_end - 1)):
            i = m.start("n")
            if (
                int(m.group("n")) == expect
                and (i == 0 or text[i - 1] in ' \t\n"')
                # after a line break and blanks only: what is before the number ends with
                # the line break when it is at most 6 characters back
                and (m.start() >= i - 6 if after_break else _OPERATIVE_BEFORE.search(text, max(0, i - 6), i))
                and not (fn_spans and in_fn(i))
            ):
                seq.append(m)
                expect += 1
        if seq:
            break
    pre_end = seq[0].start("n") if seq else len(text)
    paras.append(Paragraph(body_end, pre_end, "preamble", None))
    # the lettered subparagraphs of each paragraph, from after its number to the next one's:
    # one scan for all paragraphs (a match never takes in the next paragraph's number, so
    # those found from a place are the same as the paragraph's own scan would find — unless
    # a match found before runs over that place, when the paragraph is scanned on its own)
    subs_all = list(_SUBPARA.finditer(text, seq[0].end() - 1)) if seq else []
    sub_starts = [s.start() for s in subs_all]
    for i, m in enumerate(seq):
        end = seq[i + 1].start("n") if i + 1 < len(seq) else len(text)
        start = m.start("n")
        lo = bisect.bisect_left(sub_starts, m.end() - 1)
        if lo and subs_all[lo - 1].end() > m.end() - 1:
            found = list(_SUBPARA.finditer(text, m.end() - 1, end))
        else:
            found = subs_all[lo : bisect.bisect_left(sub_starts, end, lo)]
        subs = [s for s in found if not (fn_spans and in_fn(s.start("p")))]
        if not subs:
            paras.append(Paragraph(start, end, "operative", m.group("n")))
            continue
        paras.append(Paragraph(start, subs[0].start("p"), "operative", m.group("n")))
        for j, s in enumerate(subs):
            send = subs[j + 1].start("p") if j + 1 < len(subs) else end
            paras.append(Paragraph(s.start("p"), send, "operative", f"{m.group('n')} ({s.group('l')})"))
    return paras


def segment(
    text: str,
    lang_hint: str | None = None,
    symbols: list[re.Match[str]] | None = None,
    header_symbols: list[str] | None = None,
    within: str | None = None,
) -> Segments:
    """The segments of ``text``; ``symbols`` are its :func:`symbol_matches` when already found;
    ``header_symbols`` those of the running headers the normaliser took out of it; ``within``
    the own id of the file whose text of a compilation ``text`` is (its body is the one a
    heading's body line by a short name stands for: "The Conference of the Parties,")."""
    lang, scope = _detect(text, lang_hint)
    notes, spans = _find_footnotes(text)
    symbols = symbol_matches(text) if symbols is None else symbols
    h = _analyse_heading(text, lang, symbols, scope, header_symbols or [], within)
    seg = Segments(lang, h.self_id, h.body, h.own_session, h.title, h.date)
    seg.scope = scope
    seg.footnotes = notes
    seg.footnote_spans = spans
    seg._fn_starts = [s for s, _, _ in spans]
    seg.masthead_spans = h.masthead
    # a text of a compilation: the file's symbol (its running headers) is none of its citations
    seg.self_aliases = frozenset(h.aliases | {within}) if within is not None else frozenset(h.aliases)
    seg.body_line_start = h.body_line_start
    seg.symbol_matches = symbols
    seg.paragraphs = _paragraphs(text, h, spans)
    seg._para_starts = [p.start for p in seg.paragraphs]
    seg._text = text
    return seg


# -- compilations ---------------------------------------------------------------------------
class Part(Frozen):
    """One adopted text of a compilation: ``text[start:end]``, under its heading ("72/1",
    "Resolution 1/3")."""

    start: int
    end: int
    heading: str

    __slots__ = ("end", "heading", "start")

    def __init__(self, start: int, end: int, heading: str) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "heading", heading)


# a heading line opens with a number ("72/1. …", "1514 (XV). …") or with the noun of a
# resolution or decision ("Resolution 1/3"): fast scans from the line breaks find candidates,
# which the languages' own-number patterns then check
# (what follows the slash or bracket is looked at, not taken: a footnote line "1/ See …" or a
# bracketed word opens no text, and is not handed to the own-number patterns)
# (… or a coded decision's: "第3/CP.29号决定", its number before the conference's code)
_NUMBER_LINE = recache.compile(
    r"\n[ \t]*(?:S-|ES-)?\d{1,4}(?:/(?=\d|[A-Z]{2,4}\.\d)|\s?(?:[A-H]\s?)?\((?=[\dIVXLCSE]))"
)
_HEADING_NUMBER = recache.compile(
    r"(?:S-|ES-)?\d{1,4}/\d{1,4}(?: ?[A-H])?|\d{1,4} ?\(\d{4}\)"
    r"|\d{1,4} ?(?:[A-H] ?)?\((?:[IVXLC]{1,7}|S-[IVX]{1,4}|ES-[IVX]{1,4})\)"
)
#: How far after its heading a text's adopting-body line stands ("The General Assembly,").
BODY_LINE_REACH = 2500
#: How far before its heading a text's masthead symbol stands.
MASTHEAD_REACH = 1500


def _capitalised_nouns(scope: str) -> list[str]:
    nouns = gather("nouns.resolution", lexicon.scope(scope)) + gather("nouns.decision", lexicon.scope(scope))
    # headings write the noun capitalised ("Resolution 4/1", "Décision 9/1"): a case-sensitive
    # scan is several times faster than one that ignores case
    # … or in capitals ("RESOLUTION 2/5", "РЕШЕНИЕ 4/1")
    return sorted({n[:1].upper() + n[1:] for n in nouns} | {n.upper() for n in nouns})


@functools.lru_cache(maxsize=4)
def _noun_line(scope: str) -> re.Pattern[str]:
    return recache.compile(rf"\n[ \t]*(?:{alternation(_capitalised_nouns(scope))})[ \t]+\S")


@functools.lru_cache(maxsize=4)
def _opening_line(scope: str) -> re.Pattern[str]:
    """:data:`_NUMBER_LINE` or :func:`_noun_line`, in one scan of the line breaks (neither
    match takes in a line break where the other could start).  The blanks that open the line
    are read once, and a line whose first character can open neither is left at once (the
    blanks are never given back: neither opens with one)."""
    nouns = _capitalised_nouns(scope)
    # the mark some languages write before a number ("第71/5号决议")
    marks = [m for m in gather("grammar.number_prefix", lexicon.scope(scope)) if m]
    firsts = "".join(sorted({re.escape(n[:1]) for n in nouns + marks if n} | {r"\d", "S", "E"}))
    number = _NUMBER_LINE.pattern[len(r"\n[ \t]*") :]
    # … and a session in brackets written with a language's own mark ("1514 (د-15)")
    session_firsts = "".join(
        sorted({re.escape(m[:1]) for m in gather("grammar.session_marks", lexicon.scope(scope)) if m})
    )
    number = number.replace(r"(?=[\dIVXLCSE])", rf"(?=[\dIVXLCSE{session_firsts}])")
    if marks:
        number = rf"(?:{alternation(marks)}[ \t]*)?{number}"
    # … a noun's line (:func:`_noun_line`) only when the word after the noun can open a text's
    # own number (a digit, "S-", "ES-": every own number does, :func:`_own_number_shape`), the
    # only noun's lines :func:`_heading_at` takes: "Resolution adopted by the General Assembly
    # on …", printed under every masthead, is left at once
    noun = rf"(?:{alternation(nouns)})[ \t]+[\dSE]"
    return recache.compile(rf"\n[ \t]*+(?=[{firsts}])(?:{number}|{noun})")


_TITLE_ON_LINE = recache.compile(r"\.?[ \t]*+(?:[-.][ \t]*+)?[^\s\d]")


#: how many own-number patterns are tried one by one before the rest are told apart in one scan
#: (a heading that one of them matches costs no scan more)
_OWN_TRIED = 2


@functools.lru_cache(maxsize=1)
def _own_lines() -> re.Pattern[str] | None:
    """The own-number patterns' scans from a line break (:func:`_line_scans`) in one alternation,
    groups unnamed: where it finds nothing, none of them does.  None when one of them has no such
    scan, or their flags differ."""
    scans = _line_scans("own_number")
    flags = {after.flags for _, after in scans if after is not None}
    if not scans or len(flags) != 1 or any(after is None for _, after in scans):
        return None
    rests = [unnamed(after.pattern[1:]) for _, after in scans if after is not None]
    try:
        return recache.compile("\n(?:" + "|".join(f"(?:{r})" for r in rests) + ")", flags.pop())
    except re.error:
        return None


def _no_own_line(zone: str) -> bool:
    """Whether no own-number pattern matches anywhere in ``zone`` (the heading zone): neither at
    its start (:func:`_any_heading`) nor from a line break in it (:func:`_own_lines`); False when
    that cannot be told in one scan."""
    lines = _own_lines()
    return lines is not None and _any_heading().match(zone) is None and lines.search(zone) is None


@functools.lru_cache(maxsize=1)
def _any_heading() -> re.Pattern[str]:
    """The own-number patterns in one alternation (groups unnamed): a line where it does not
    match is no heading, found in one match instead of one per pattern."""
    alts = [unnamed(p.pattern) for p in _heading_patterns("own_number")]
    # the line start and its blanks that open most of them, read once (only whether one matches
    # is asked: the blanks one alternative takes, another would take too)
    lead = "^[^\\S\\n]*"
    led: list[str] = []
    rest: list[str] = []
    for a in alts:
        tail = a[len(lead) :]
        if a.startswith(lead) and not top_level_alternative(tail):
            led.append(tail)
        else:
            rest.append(a)
    parts = [f"{lead}(?:{'|'.join(f'(?:{a})' for a in led)})"] if led else []
    return recache.compile("|".join([*parts, *(f"(?:{a})" for a in rest)]) or "(?!)", re.MULTILINE)


def _heading_at(text: str, line_start: int, scope: str) -> tuple[str, str, int] | None:
    """(number, kind, end) of a heading line starting at ``line_start``."""
    if _any_heading().match(text, line_start) is None:
        return None
    for pat in _heading_patterns("own_number"):
        m = pat.match(text, line_start)
        if m is None:
            continue
        num = latin_marks(m.group("num").rstrip("."), scope)
        if not _own_number_shape(num):
            continue
        kind = m.groupdict().get("kind") or ""
        if not kind and not _TITLE_ON_LINE.match(text, m.end("num")):
            continue  # a number alone on its line ("2/3" of a page line) heads no text
        if _contents_entry(text, m.end("num")):
            return None
        return num, kind, m.end("num")
    return None


#: a line of a table of contents ends with a leader and the page number ("… . . . . 12",
#: "……12") or with the page number in a column of its own (a tab before it)
_CONTENTS_PAGE = recache.compile(r"(?:(?:[.\u2026\u00b7][ \t]?){2,}|\t)[ \t]*\d{1,4}[ \t]*(?=[\n\f]|\Z)")
_CONTENTS_LINES = 3  # the lines of an entry's title, the page number ending the last one


def ends_with_page(text: str, pos: int) -> bool:
    """Whether the line that holds ``pos`` ends with a page number after a leader or a tab:
    a line of a table of contents ("1/CP.27⏎Title . . . . 2", "2690 (2023) . . . . 5")."""
    nl = text.find("\n", pos)
    return _CONTENTS_PAGE.search(text, pos, len(text) if nl < 0 else nl) is not None


def _contents_entry(text: str, pos: int) -> bool:
    """Whether the heading whose number ends at ``pos`` is an entry of a table of contents:
    its title (its line, or the next lines before an empty one) ends with a page number."""
    for _ in range(_CONTENTS_LINES):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        if _CONTENTS_PAGE.search(text, pos, end) is not None:
            return True
        if nl < 0 or _BLANK_LINE.match(text, nl) is not None:
            return False
        pos = nl + 1
    return False


class _Opening(Frozen):
    start: int  # the line's start
    end: int  # where the heading's number or the masthead symbol ends
    heading: str
    masthead: str | None  # the own id a masthead symbol gives
    number: str
    decision: bool

    __slots__ = ("decision", "end", "heading", "masthead", "number", "start")

    def __init__(
        self,
        start: int,
        end: int,
        heading: str,
        masthead: str | None = None,
        number: str = "",
        decision: bool = False,
    ) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "heading", heading)
        object.__setattr__(self, "masthead", masthead)
        object.__setattr__(self, "number", number)
        object.__setattr__(self, "decision", decision)

    def own_id(self, series: str) -> str | None:
        """The id the heading's number gives in a text of the body of ``series``."""
        if self.masthead is not None:
            return self.masthead
        if not _HEADING_NUMBER.fullmatch(self.number):
            return _coded_id(self.number)  # "Decision 1/CP.21": its conference's code names the body
        try:
            if series == "S":
                return cached_resolution_id("S", "RES", self.number)
            kind: Literal["RES", "DEC"] = "DEC" if self.decision else "RES"
            num, part = _number_and_part(self.number)
            return cached_resolution_id(series, kind, num, part)
        except IdError:
            return None


def _openings(text: str, scope: str, symbols: list[re.Match[str]]) -> list[_Opening]:
    """Candidate openings of adopted texts, in order: heading lines and masthead symbols of
    resolutions and decisions alone on their line or after the organisation's name."""
    out: list[_Opening] = []
    starts = {m.start() + 1 for m in _opening_line(scope).finditer(text)}
    if text[:1].strip():
        starts.add(0)
    for ls in sorted(starts):
        h = _heading_at(text, ls, scope)
        if h is not None:
            num, kind, end = h
            out.append(_Opening(ls, end, " ".join(text[ls:end].split()), None, num, is_decision(kind)))
    for m in symbols:
        sym_s, sym_e = m.span("sym")
        if "/RES/" not in m.group("sym") and "/DEC/" not in m.group("sym"):
            continue
        if not _alone_on_line(text, sym_s, sym_e) and not _organisation_led(text, sym_s):
            continue  # (… or after the organisation's name: "United Nations A/RES/72/2")
        try:
            own = symbol_id(m.group("sym"))
        except IdError:
            continue
        out.append(_Opening(text.rfind("\n", 0, sym_s) + 1, sym_e, own, own))
    out.sort(key=lambda o: o.start)
    return out


#: How far into a file its masthead symbol stands
_MASTHEAD_REACH = 300


def _report_masthead(text: str, symbols: list[re.Match[str]]) -> str | None:
    """The document's masthead symbol the file opens with ("United Nations
    E/2019/27-E/CN.6/2019/15", or the symbol alone on its line), not an adopted text's; else
    None."""
    for m in symbols:
        s, e = m.span("sym")
        if s > _MASTHEAD_REACH:
            return None
        if _ADOPTED_SYMBOL.search(m.group("sym")):
            return None
        if _alone_on_line(text, s, e) or _organisation_led(text, s):
            return m.group("sym")
    return None


_ADOPTED_SYMBOL = recache.compile(r"/(?:RES|DEC|PRST)/")


def _generic_line_series(
    text: str, start: int, end: int, scope: str, file_id: str
) -> tuple[str, int, int] | None:
    """(series, line start, line end): the series of the body of ``file_id`` (a report's symbol,
    "CTOC/COP/2014/13") and the adopting body's line in ``text[start:end]`` that names it by its
    short name of the body's kind ("The Conference of the Parties,"), else None."""
    lex = lexicon.load()
    series = lex.series_of_symbol(file_id)
    body = lex.body_by_series(series) if series is not None else None
    if body is None or body.series in ("A", "E", "S"):
        return None  # (the Assembly and the Councils have their own body lines)
    line = _generic_body_line(text, start, end, scope)
    if line is None:
        return None
    m = patterns(scope).generic_name.search(text, line[1], line[2])
    if m is None or lex.generic_names.get(fold(m.group())) != body.generic:
        return None
    return body.series, line[1], line[2]


def _generic_body_line(text: str, start: int, end: int, scope: str) -> tuple[str, int, int] | None:
    """The first line of ``text[start:end]`` that is an adopting body's line by the body's short
    name ("The Conference of the Parties,", "La Conférence des Parties agissant comme réunion
    des Parties à l'Accord de Paris,"): the name after one word at most (an article), the line
    ended by a comma.  ("", line start, line end): the series is the heading's code's."""
    generic = patterns(scope).generic_name
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        line = text[pos:line_end]
        if line.strip():
            m = generic.search(line)
            lead = line[: m.start()].split() if m is not None else []
            if m is not None and len(lead) <= 1 and line.rstrip()[-1:] in (",", "\u060c", "\uff0c"):
                return "", pos + len(line) - len(line.lstrip()), pos + len(line.rstrip())
        pos = line_end + 1
    return None


def compilation_parts(
    text: str, lang_hint: str | None = None, symbols: list[re.Match[str]] | None = None
) -> list[Part]:
    """The adopted texts a file holds one after another, or ``[]`` for a single text.

    A text opens with its masthead symbol ("A/RES/72/1" alone on its line) or its heading —
    its number on a line of its own or opening its title ("72/1. Political declaration …",
    "1514 (XV). Declaration …", "Resolution 1/3") — and its adopting body's line ("The
    General Assembly,") follows before the next text opens.  A file is a compilation when
    two texts or more open in it.  A heading that is quoted, recalled or reproduced in an
    annex of a text that has a masthead is not a new text: when the first text has a
    masthead, only texts with a masthead of their own count."""
    _lang, scope = _detect(text, lang_hint)
    symbols = symbol_matches(text) if symbols is None else symbols
    cands = _openings(text, scope, symbols)
    numbers = {
        # "1/CMP.3", "1/م أ-21": coded, whole (the session alone is every decision's of the volume)
        c.number if c.masthead is None and ("." in c.number or _coded_id(c.number) is not None) else n.group()
        for c in cands
        if (n := _SYMBOL_NUMBER.search(c.masthead or c.number))
    }
    # a report (its masthead a document's symbol) that reproduces a text: the text is a part
    # even alone ("Resolution 63/1" and "The Commission on the Status of Women," in E/2019/27)
    file_id = _report_masthead(text, symbols) if numbers else None
    least = 1 if file_id else 2
    if len(numbers) < least:
        return []  # one text's masthead, running headers and heading: no compilation
    found: list[tuple[int, str, str | None]] = []  # (start, heading, masthead id)
    seen: set[str] = set()
    i = 0
    floor = 0
    while i < len(cands):
        c = cands[i]
        if c.start < floor:
            i += 1
            continue
        heading, end = c.heading, c.end
        # the text's heading may follow its masthead: "A/RES/72/1 … 72/1. Political declaration …"
        j = i + 1
        nxt = cands[j] if j < len(cands) else None
        if (
            c.masthead is not None
            and nxt is not None
            and nxt.masthead is None
            and nxt.start - c.end < MASTHEAD_REACH
        ):
            heading, end = nxt.heading, nxt.end
            j += 1
        stop = cands[j].start if j < len(cands) else len(text)
        line = _body_line(text, end, min(stop, end + BODY_LINE_REACH), scope, own_line=True)
        if line is None and c.masthead is None and not _HEADING_NUMBER.fullmatch(c.number):
            # a coded decision ("Decision 1/CP.21") names its body by its code: its adopting body's
            # line may give the body's short name ("The Conference of the Parties,")
            line = _generic_body_line(text, end, min(stop, end + BODY_LINE_REACH), scope)
        if line is None and c.masthead is None and _HEADING_NUMBER.fullmatch(c.number) and file_id:
            # "Resolution 7/2⏎⏎The Conference of the Parties,⏎" in a report of the Conference:
            # the short name stands for the body of the file's masthead
            line = _generic_line_series(text, end, min(stop, end + BODY_LINE_REACH), scope, file_id)
        if line is None and c.masthead is None and _HEADING_NUMBER.fullmatch(c.number):
            # a decision told as a narrative, with no adopting body's line ("2004/233. Report of
            # the Statistical Commission⏎⏎At its 44th plenary meeting, …, the Economic and Social
            # Council took note …"): the body its first sentence names
            series = _adopting_body_below(text, end, scope)
            body = lexicon.load().body_by_series(series) if series is not None else None
            if body is not None and (c.decision or _decision_number(body, c.number)):
                c = replace(c, decision=True)
                line = (body.series, end, end)
        if line is None:
            i += 1
            continue
        if j == i + 2 and nxt is not None and nxt.own_id(line[0]) != c.masthead:
            i += 1  # a running header of the text before, then the next text's heading
            continue
        own = c.own_id(line[0]) if j == i + 1 else c.masthead
        if own is not None and own in seen:
            i += 1  # the same text again: a running header, a heading quoted further on
            continue
        if own is not None:
            seen.add(own)
        found.append((c.start, heading, c.masthead))
        floor = line[2]
        i = j
    if found and found[0][2] is not None:
        found = [f for f in found if f[2] is not None]
    if len(found) < least:
        return []
    return [
        Part(start, found[k + 1][0] if k + 1 < len(found) else len(text), heading)
        for k, (start, heading, _own) in enumerate(found)
    ]
