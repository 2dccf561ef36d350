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
import re

from ..grammar.lexicon import SUPERSCRIPTS
from ..models import Record
from .footnotes import DIGIT_TO_SUPER, MARKER_REACH, SLASHED_END, Footnote, find_footnotes
from .heading import SYMBOL_ELEMENT, analyse_heading, is_caseless
from .language import detect
from .paragraphs import Paragraph, find_paragraphs
from .symbols import symbol_matches
from .verbs import VERB_STEP, VERB_WINDOW, Verb, find_verbs


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
            for v in find_verbs(
                self._text, self.lang, self.footnote_spans, max(0, gs - 40), ge, self._fn_starts
            ):
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
                        and not ((c := text[i - 1]).islower() or c in "),.;:(" or is_caseless(c))
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
            elif is_caseless(prev):
                # glued to a letter of a script without capitals, a blank or a mark after it: "报告4；"
                # (not "12月4日", "第4段": a figure of a date or a number)
                ok = not after[:1].isalnum()
            elif prev == "(":
                # in brackets glued to such a letter: Arabic "العامة(3)"
                ok = i >= 2 and is_caseless(text[i - 2]) and after[:1] == ")"
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
                        and SLASHED_END.search(text, max(0, i - 24), i - 1) is not None
                    )
                )
            ):
                # after punctuation: "persons,9 " — but not a symbol's element ("Add.1 y 2")
                # (… or an old text file's marker with its slash: "(twentieth session);16/")
                slash = after[:1] == "/" and not after[1:2].isalnum()
                ok = (after[:1].isspace() or not after or slash) and not (
                    prev == "." and SYMBOL_ELEMENT.search(text, max(0, i - 8), i)
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
    lang, scope = detect(text, lang_hint)
    notes, spans = find_footnotes(text)
    symbols = symbol_matches(text) if symbols is None else symbols
    h = analyse_heading(text, lang, symbols, scope, header_symbols or [], within)
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
    seg.paragraphs = find_paragraphs(text, h, spans)
    seg._para_starts = [p.start for p in seg.paragraphs]
    seg._text = text
    return seg
