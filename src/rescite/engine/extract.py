"""The extraction pipeline: normalise → segment → find → resolve, for one text."""

from __future__ import annotations

import bisect
import functools
import gc
import itertools
import re
import sys
from collections.abc import Iterable, Iterator, Sequence

from ..grammar import lexicon, recache
from ..grammar.dates import YEAR, date_first, parse_date, passive_sentence_date, search_dated
from ..grammar.headings import copy_labels
from ..grammar.lexicon import SUPER_TO_DIGIT
from ..grammar.rules import patterns, unglued_pinpoint
from ..ids import SUPERSCRIPTS, IdError, kind_of_id, parse_id
from ..models import (
    EXPLAIN_FIELDS,
    RECORD_FIELDS,
    CanonicalId,
    Citation,
    DocumentInfo,
    ExtractResult,
    field_names,
    replace,
)
from ..read.gcpause import paused_gc
from ..read.stop import STOP
from .find import find_ibids, find_instruments, find_treaties
from .find_assembly import find_assembly
from .find_base import Names, Raw, max_mentions, names_in
from .find_codes import NUMBERING_SHAPE, UNNUMBERED_CODED, find_coded, find_roman_sessions
from .find_council import STATEMENT_YEAR_RULE, find_sc_numbers, find_statement_years
from .find_numbers import date_adopted_symbols, find_numbered
from .find_symbols import find_link_symbols, find_symbols
from .find_tables import CONTENTS_ENTRY
from .find_turned import TURNED_BRACKET, find_turned_brackets, kept
from .footnotes import interrupting_notes, related_tail
from .heading import masthead_issuer, own_heading_number, see_word_in
from .normalise import Normalised, normalise
from .parts import compilation_parts, ends_with_page
from .resolve import (
    Resolved,
    Resolver,
    council_dated,
    date_plausible,
    expand_letters,
    year_fits_id,
)
from .segment import Segments, segment
from .symbols import ADOPTED_TEXT, symbol_matches

#: an adopted text's symbol: its body's series, then its number ("A/RES/71/222", "S/PRST/2016/3")
_ADOPTED_NUMBER = recache.compile(r"(?P<series>.+?)/(?:RES|DEC|PRST)/(?P<number>[^/]+(?:/\d+)?)")


def _symbol_date_fits(raw: Raw) -> bool:
    """Could the body of the adopted text's symbol have adopted it on the date ``raw`` gives (the
    Assembly's resolution 45/1 not in 2016)?"""
    m = _ADOPTED_NUMBER.fullmatch(raw.symbol or "")
    if m is None or raw.date is None:
        return True
    return date_plausible(lexicon.load().body_by_series(m.group("series")), m.group("number"), raw.date)


def extract_text(text: str, source: str = "-", lang: str | None = None) -> ExtractResult:
    """Every citation in ``text``; offsets point into ``text`` as given.

    A compilation (several adopted texts in one file) is read text by text, each as if it
    were a file of its own: a citation's ``source_id`` is the text it stands in and its
    ``part`` that text's heading; the narrative before the first text is the file's own.

    The cyclic garbage collector is paused meanwhile: the many small objects made here
    (matches, mentions, citations) hold no cycles, and its passes over a heap that grows
    with the text would make a long text take more than linear time (paused as
    :func:`rescite.read.gcpause.paused_gc` does, without its context manager: a text is read
    in a millisecond or two, and a generator's context manager costs some microseconds)."""
    was = gc.isenabled()
    gc.disable()
    try:
        return _extract_all(text, source, lang)
    finally:
        if was:
            gc.enable()


#: A piece of a compilation: its start and end in the text, and the heading of the text it
#: holds (None for the narrative before the first text).
Piece = tuple[int, int, "str | None"]


def plan(text: str, source: str = "-", lang: str | None = None) -> ExtractResult | list[Piece]:
    """What :func:`extract_text` does, up to the texts of a compilation: the result of a text
    that holds one text; for a compilation its pieces, each to be read with
    :func:`extract_piece` (anywhere: in another process) and the results put together by
    :func:`assemble` — the same result as :func:`extract_text`'s."""
    with paused_gc():
        return _plan(text, source, lang)


def extract_piece(
    piece: str, source: str = "-", lang: str | None = None, within: str | None = None
) -> ExtractResult:
    """The citations of one piece of a compilation (``text[start:end]`` of a :data:`Piece`),
    its offsets in the piece; ``within``: the file's own id (the first piece's), whose body a
    text's body line by a short name stands for ("The Conference of the Parties,")."""
    with paused_gc():
        return _extract(piece, normalise(piece), source, lang, within=within)


def assemble(pieces: Sequence[Piece], results: Iterable[ExtractResult]) -> ExtractResult:
    """A compilation's result from its pieces' (in order): offsets into the whole text, each
    citation's ``source_id`` the text it stands in and its ``part`` that text's heading."""
    whole: ExtractResult | None = None
    narrative_cites = False
    for (s, _, heading), one in zip(pieces, results, strict=True):
        if whole is None:
            whole = placed(one, s, heading, None)
            narrative_cites = bool(whole.citations)
            continue
        put = placed(one, s, heading, whole.document.source_id)
        whole.parts.append(put.document)
        whole.citations.extend(put.citations)
        whole.warnings.extend(w for w in put.warnings if w not in whole.warnings)
    assert whole is not None
    return (
        whole if narrative_cites else _masthead_in_first_text(whole, pieces[1][0] if len(pieces) > 1 else 0)
    )


def _masthead_in_first_text(whole: ExtractResult, first_start: int) -> ExtractResult:
    """``whole`` (whose narrative before its first text cites nothing: a heading's lines only)
    with the file's own id its first text's, when the narrative says none and the first text's
    own id is a document's symbol: a page that prints the first text's heading above the masthead (a
    browser's page whose masthead sits under "Decision 1/CP.26⏎Glasgow Climate Pact") puts
    the file's masthead inside that text; an adopted text's own id (a resolution's, a
    decision's) stays the text's."""
    if whole.document.source_id is not None or not whole.parts:
        return whole
    own = whole.parts[0].source_id
    if own is None or own.startswith("file:") or kind_of_id(own) != "document":
        return whole
    whole.document = replace(whole.document, source_id=own)
    return _first_text_by_heading(whole, own, first_start)


#: the kinds of an adopted text's own id, which a text's heading designates
_ADOPTED_KINDS = ("resolution", "decision", "statement")
#: (the blanks a text layer may set before or inside the heading's line, beyond its length)
_HEADING_SLACK = 8


def _first_text_by_heading(whole: ExtractResult, masthead: CanonicalId, start: int) -> ExtractResult:
    """``whole`` (its first text holding the file's masthead, :func:`_masthead_in_first_text`)
    with that text's records standing in the adopted text its heading designates: the heading
    above the masthead ("Decision 2/CMP.20" over "United Nations⏎…⏎FCCC/KP/CMP/2025/8/Add.1")
    was read as a mention of the text's title section, the records given the masthead's
    symbol; the heading's one adopted text is that text's own id (as with the masthead at the
    top), no citation, the masthead's symbol the file's.  ``start``: where the first text (its
    heading first) starts in the file."""
    first = whole.parts[0]
    heading = first.part
    if not heading:
        return whole
    ours: list[int] = []  # the first text's records (the narrative before it cites nothing)
    for i, c in enumerate(whole.citations):
        if c.part != heading or c.source_id != masthead:
            break
        ours.append(i)
    named = [
        i
        for i in ours
        if whole.citations[i].section in ("title", None)
        and whole.citations[i].target is not None
        and whole.citations[i].text in heading
        and whole.citations[i].start - start <= len(heading) + _HEADING_SLACK
        and kind_of_id(str(whole.citations[i].target)) in _ADOPTED_KINDS
    ]
    if len(named) != 1:
        return whole
    text_id = whole.citations[named[0]].target
    whole.parts[0] = replace(first, source_id=text_id)
    records = set(ours) - set(named)
    whole.citations = [
        replace(c, source_id=text_id) if i in records else c
        for i, c in enumerate(whole.citations)
        if i != named[0]
    ]
    return whole


def placed(
    one: ExtractResult, start: int, heading: str | None, file_own: CanonicalId | None
) -> ExtractResult:
    """One text of a compilation, read by :func:`extract_piece`, as it stands in the whole:
    offsets from ``start``, each citation's ``part`` the text's ``heading`` and its
    ``source_id`` the text's own id — for a text without one (a decision of a body outside
    the id series), ``file_own``: the file's, which is then its source."""
    own = one.document.source_id or file_own
    return ExtractResult(
        replace(one.document, part=heading, source_id=own),
        [
            replace(c, start=c.start + start, end=c.end + start, part=heading, source_id=own)
            for c in one.citations
        ],
        warnings=list(one.warnings),
    )


def _plan(text: str, source: str, lang: str | None) -> ExtractResult | list[Piece]:
    norm = normalise(text)
    symbols = symbol_matches(norm.text)
    parts = compilation_parts(norm.text, lang, symbols)
    if not parts:
        return _extract(text, norm, source, lang, symbols)
    pieces: list[Piece] = [(0, norm.span(0, parts[0].start)[1], None)]
    for p in parts:
        s, e = norm.span(p.start, p.end)
        pieces.append((s, e, p.heading or None))  # ("": the report's narrative goes on)
    return pieces


def contents_dropped(first: ExtractResult, pieces: Sequence[Piece], text: str = "") -> ExtractResult:
    """The first piece of a compilation (the narrative before its first text, ``text``) without
    the entries of the volume's contents: a table cell in a row that a page number ends, among
    such rows (see :func:`rescite.engine.find_tables.contents_page`), or a number on a line that a
    leader and a page number end (:func:`rescite.engine.parts.ends_with_page`: "1/CP.27
    Title . . . 2", "2690 (2023) . . . 5"), whose number is the number of a text the volume
    holds (in the heading of one of its pieces).  An entry lists a text the volume holds; it
    is no citation.  A row that ends with a date is kept (an annex's table of resolutions),
    and so is a row whose number heads no text of the volume."""

    def listed(c: Citation) -> bool:  # (a contents cell, or a line a leader and a page end)
        return any(e.startswith(CONTENTS_ENTRY) for e in c.evidence) or (
            c.end <= len(text) and ends_with_page(text, c.end)
        )

    if not any(listed(c) for c in first.citations):
        return first
    headings = "\n".join(h for _, _, h in pieces[1:] if h)

    def entry(c: Citation) -> bool:
        return listed(c) and re.search(rf"(?<![\w/]){re.escape(c.text)}(?![\w/])", headings) is not None

    return replace(first, citations=[c for c in first.citations if not entry(c)])


def _extract_all(text: str, source: str, lang: str | None) -> ExtractResult:
    planned = _plan(text, source, lang)
    if isinstance(planned, ExtractResult):
        return planned
    # each piece read as its turn comes: its own result is let go once put in the whole
    # (the first, the narrative, gives the file's own id, which the texts after it are read within)
    s0, e0, _ = planned[0]
    first = contents_dropped(
        _extract(text[s0:e0], normalise(text[s0:e0]), source, lang), planned, text[s0:e0]
    )
    within = first.document.source_id
    pieces = (text[s:e] for s, e, _ in planned[1:])
    rest = (_extract(p, normalise(p), source, lang, within=within) for p in pieces)
    return notes_home(text, planned, assemble(planned, itertools.chain((first,), rest)), lang)


#: A note's marker: its number in superscript, or glued to a word or after a clause's mark
#: ("2020,1 ", "Crime3 ", "persons;4"; a small letter of a cased script: "секретаря,1", "développé,2"),
#: never the digits of a longer number, a symbol's or a date's.
_MARKER = recache.compile(
    rf"(?P<sup>[{SUPERSCRIPTS}]{{1,3}})(?![{SUPERSCRIPTS}])"
    r"|(?:(?<=[a-z\u00df-\u00ff\u0430-\u045f)])|(?<=[a-z\u00df-\u00ff\u0430-\u045f)][,.;:])|(?<=\d[,;]))"
    r"(?P<n>\d{1,3})(?![\d/.,]\d|\d|[^\W\d])"
    # … or glued to an ideograph or an Arabic letter, a clause's mark or the line's end after it
    # ("报告1，", "العام1،"; never a number a word follows: "المؤرخ18 كانون")
    r"|(?<=[\u0621-\u064a\u3400-\u4dbf\u4e00-\u9fff])(?P<m>\d{1,3})"
    r"(?=[,;:.\u060c\u061b\uff0c\uff1b\uff1a\u3002]|\n|$)"
    # … or glued to the comma or the stop after one, at the line's end ("大会，1⏎", "الجمعية
    # العامة،1⏎", a clause's end "提出报告。1⏎", "الإعلان.1⏎"), or to the script's comma or stop
    # after a figure or a bracket ("(2023)،1⏎", "2015،1⏎": a Word file's mark at a clause's end)
    # (the Arabic letters in their presentation forms too, as PDF text layers give them)
    r"|(?<=[\u0621-\u064a\ufb50-\ufdff\ufe70-\ufefc\u3400-\u4dbf\u4e00-\u9fff][,.\u060c\uff0c\u3002]"
    r"|[\d)\uff09][\u060c\uff0c\u3002])"
    r"(?P<c>\d{1,3})(?=[ \t]*(?:\n|$))"
    # … or after a clause's comma, glued to the next column's first word ("General,4Acogiendo")
    r"|(?<=[a-z\u00df-\u00ff\u0430-\u045f][,;])(?P<g>\d{1,3})"
    r"(?=[A-Z\u00c0-\u00de\u0410-\u042f][a-z\u00df-\u00ff\u0430-\u045f]{2})"
)


#: Where a match of :data:`_MARKER` may start: each of its branches opens (after look-behinds,
#: which take no character) with a raised figure or a digit (tests/test_speed49.py checks it
#: from the pattern itself)
_MARKER_LEAD = recache.compile(rf"[{SUPERSCRIPTS}\d]")


def _marker_matches(text: str) -> Iterator[re.Match[str]]:
    """``_MARKER.finditer(text)`` — the same matches — tried only where one may start
    (:data:`_MARKER_LEAD`): the pattern opens with look-behinds, which a scan tries at every
    character of the text (a compilation's whole text: a fifth of its reading); a scan for its
    leading characters, then one match at each lead not inside a match already made, is about
    six times quicker."""
    match = _MARKER.match
    done = 0  # (no match starts inside the last one made, as with finditer)
    for lead in _MARKER_LEAD.finditer(text):
        at = lead.start()
        if at < done:
            continue
        m = match(text, at)
        if m is not None:
            yield m
            done = m.end()


#: The end of a symbol's run of characters, a slash in it, before a number ("…/Add.")
_IN_SYMBOL = recache.compile(r"/[\w.\-/]*\.$")


def _own_heading(raw: Raw, seg: Segments) -> bool:
    """Is a decision not yet numbered ("-/CMA.6") governed by no verb, outside the notes: the
    designation of the text itself, a draft's heading ("Draft decision -/CMA.6"), no citation?"""
    if seg.footnote_at(raw.start) is not None:
        return False
    para = seg.paragraph_at(raw.start)
    anchor = raw.kw_start if raw.kw_start is not None else raw.start
    return seg.verb_before(anchor, para.start if para else 0) is None


def _note_number(m: re.Match[str]) -> str:
    """The note number a match of :data:`_NOTE_OPENS`, :data:`_NOTE_LINES` or :data:`_MARKER`
    writes, in digits."""
    return m["n"] or m["sup"].translate(SUPER_TO_DIGIT)


def _markers(text: str, lines: dict[str, list[int]] | None = None) -> dict[str, list[int]]:
    """Where the text points to each note number (in order), one scan.  With the note numbers
    that open lines (``lines``, :func:`_note_lines`), marks set one after another are read each
    for its note: "¹²" (or "1²", a first mark after a stop left in plain digits) where no line
    opens with 12, and lines open with 1 and 2, points to notes 1 and 2."""
    out: dict[str, list[int]] = {}
    for m in _marker_matches(text):
        sup = m["sup"]
        if sup is not None and m.start() and text[m.start() - 1] in SUPERSCRIPTS:
            continue
        if sup is None and _IN_SYMBOL.search(text, max(0, m.start() - 40), m.start()):
            continue  # a symbol's last number ("A/80/17/Add.1", "E/2025/9/Rev.2"): no marker
        out.setdefault(m["m"] or m["g"] or m["c"] or _note_number(m), []).append(m.start())
        if sup is not None and lines:
            at, digits = m.start(), _note_number(m)
            plain = _PLAIN_BEFORE.search(text, max(0, at - 6), at)
            if plain is not None:
                at, digits = plain.start("n"), plain["n"] + digits
            for n in _marks_in_run(digits, lines):
                out.setdefault(n, []).append(at)
    return out


#: Plain digits glued before a raised mark, themselves a note's mark after a word or its stop
#: ("(E/2009/99).1²": a first mark that a producer left in plain digits)
_PLAIN_BEFORE = recache.compile(r"(?<=[^\W\d_]|[)\]])[.,;:]?(?P<n>\d{1,2})$")


def _marks_in_run(digits: str, lines: dict[str, list[int]]) -> list[str]:
    """The note numbers a run of marks set one after another writes ("12": 1 and 2; "910": 9 and
    10): numbers that follow one another, each opening a line of the notes, when the run's
    whole number opens none; else none."""
    if len(digits) < 2 or digits in lines:
        return []
    for width in range(1, min(3, len(digits))):
        if digits[0] == "0":
            break
        n = int(digits[:width])
        run: list[str] = []
        written = ""
        while len(written) < len(digits):
            run.append(str(n + len(run)))
            written += run[-1]
        if written == digits and len(run) >= 2 and all(x in lines for x in run):
            return run
    return []


#: A note's first line: its number, in digits or superscript, then a space.
_NOTE_OPENS = recache.compile(rf"[ \t]*(?:(?P<n>\d{{1,3}})|(?P<sup>[{SUPERSCRIPTS}]{{1,3}}))[ \t]")
# … at each line's start (a page's too: its notes go on over a page break, "…⏎4 …\f5 …")
_NOTE_LINES = recache.compile(rf"(?m)(?:^|(?<=\f)){_NOTE_OPENS.pattern}")
#: … with the line break or page break before it: a scan led by those two characters (a pattern
#: that opens with "^" is tried at every character of the text)
_BROKEN_NOTE_LINE = recache.compile(rf"[\n\f]{_NOTE_OPENS.pattern}")


def _note_line_matches(text: str) -> Iterator[re.Match[str]]:
    """``_NOTE_LINES.finditer(text)`` — the same matches — at the text's start and after each
    line break or page break that :data:`_BROKEN_NOTE_LINE` finds before a note's number (no
    match holds a break, so none starts inside another): about four times quicker."""
    first = _NOTE_LINES.match(text)
    if first is not None:
        yield first
    match = _NOTE_LINES.match
    for lead in _BROKEN_NOTE_LINE.finditer(text):
        m = match(text, lead.start() + 1)
        if m is not None:
            yield m


def _note_line(text: str, lo: int, pos: int) -> tuple[int, str] | None:
    """The start and number of the note line that ``pos`` stands in or goes on from (a few
    lines up at most, not before ``lo``), or None."""
    end = pos
    for _ in range(12):
        start = max(text.rfind("\n", lo, end), text.rfind("\f", lo, end)) + 1 or lo
        m = _NOTE_OPENS.match(text, start)
        if m is not None and not (m["n"] and date_first().match(text, start)):
            # (a line that a date opens is a note's sentence going on: "12 December 2019 …")
            return start, _note_number(m)
        if start <= lo:
            return None
        end = start - 1
    return None


def _note_lines(text: str) -> dict[str, list[int]]:
    """Where lines open with each note number (in order), one scan."""
    notes: dict[str, list[int]] = {}
    for m in _note_line_matches(text):
        if m["n"] and date_first().match(text, m.start()):
            continue  # (a note's sentence going on: "12 December 2019 …")
        notes.setdefault(_note_number(m), []).append(m.start())
    return notes


def _marker_home(
    starts: Sequence[int], at: Sequence[int], lines: Sequence[int], line: int, k: int
) -> tuple[int, int] | None:
    """The earlier text a note belongs to, whose line (of piece ``k``) starts at ``line``: the
    text of the last marker of its number before it (``at``), when that stands before piece ``k``
    and no line opens with its number (``lines``) between, and where that marker stands; else
    None."""
    p = bisect.bisect_left(at, line) - 1
    if p < 0 or at[p] >= starts[k]:
        return None
    j = bisect.bisect_right(starts, at[p]) - 1
    q = bisect.bisect_left(lines, starts[j])
    return (j, at[p]) if q >= len(lines) or lines[q] >= line else None


def _marker_verb(
    text: str, piece: Piece, marker: int, lang: str | None, read: dict[int, tuple[Normalised, Segments]]
) -> tuple[str | None, str | None]:
    """(function, verb) governing a note's marker at ``marker`` (in ``text``) in the text of
    ``piece``, as for a note printed under its marker (:meth:`Segments.footnote_verb`).  ``read``
    keeps each piece's text normalised and segmented, by its start: a piece whose notes all print
    elsewhere (a Word file's, at its end) is read once for all of them."""
    start, end, _ = piece
    if start not in read:
        piece_norm = normalise(text[start:end])
        read[start] = piece_norm, segment(piece_norm.text, lang, None, piece_norm.header_symbols)
    norm, seg = read[start]
    # (the marker's place in the normalised text: the first whose original is not before it)
    lo, hi = 0, len(norm.text)
    while lo < hi:
        mid = (lo + hi) // 2
        if norm.to_original(mid) < marker - start:
            lo = mid + 1
        else:
            hi = mid
    para = seg.paragraph_at(lo)
    v = seg.verb_before(lo, para.start if para else 0)
    if v is None or (para is not None and para.section == "title"):
        return None, None
    return v.function, v.text


def notes_elsewhere(text: str, pieces: Sequence[Piece]) -> bool:
    """Might :func:`notes_home` move a note of this compilation to another of its texts?  From
    the text alone (before any text is read): a line of a text that opens with a number whose
    last marker before it stands in an earlier text, no line opening with that number between."""
    if len(pieces) < 2:
        return False
    starts = [s for s, _, _ in pieces]
    notes = _note_lines(text)
    if not notes:
        return False
    markers = _markers(text, notes)
    for n, lines in notes.items():
        at = markers.get(n)
        if not at:
            continue
        for line in lines:
            k = bisect.bisect_right(starts, line) - 1
            if k >= 1 and _marker_home(starts, at, lines, line, k) is not None:
                return True
    return False


def notes_home(
    text: str, pieces: Sequence[Piece], whole: ExtractResult, lang: str | None = None
) -> ExtractResult:
    """A compilation's notes read in the text their marker stands in: a page's notes print at its
    foot, under the text that ends on it (a PDF), or all at the file's end (a Word file), so a
    note whose own text holds no marker of its number before it, and an earlier text does, is
    that earlier text's (its ``source_id`` and ``part``).  A note stays where it is when a line
    of the texts between opens with its number (numbers that start again in each text).  A note
    so moved takes the function and verb of the clause of its marker, not of the clause it is
    printed under."""
    if not whole.parts:
        return whole
    starts = [s for s, _, _ in pieces]
    docs = [whole.document, *whole.parts]
    markers: dict[str, list[int]] | None = None  # read once, when a note asks
    notes: dict[str, list[int]] = {}  # where lines open with each note number (read with markers)
    home: dict[tuple[int, int], int] = {}  # (piece, the note's line) -> the piece it belongs to
    verbs: dict[tuple[int, int], tuple[str | None, str | None]] = {}  # … its marker's (function, verb)
    read: dict[int, tuple[Normalised, Segments]] = {}  # the earlier pieces read for their markers' verbs
    for i, c in enumerate(whole.citations):
        n = c.paragraph
        k = bisect.bisect_right(starts, c.start) - 1
        if k < 1:
            continue
        if c.section != "footnote":
            # a note the text's reading did not take for one: a line at a page's foot that opens
            # with a number, in the notes' type of the text (a PDF whose notes are set as large
            # as its text, with no rule line above them)
            n = _foot_note(text, starts[k], c.start)
            if n is None:
                continue
        elif not n or not n.isdigit():
            continue
        note = _note_line(text, starts[k], c.start)
        if note is None or note[1] != n:
            continue  # the note's own line is not found, or opens with another number
        line = note[0]
        if (k, line) not in home:
            home[(k, line)] = k
            if markers is None:
                notes = _note_lines(text)
                markers = _markers(text, notes)
            earlier = _marker_home(starts, markers.get(n, []), notes.get(n, []), line, k)
            if earlier is not None:
                home[(k, line)] = earlier[0]
                verbs[(k, line)] = _marker_verb(text, pieces[earlier[0]], earlier[1], lang, read)
        j = home[(k, line)]
        if j != k:
            function, verb = verbs[(k, line)]
            whole.citations[i] = replace(
                c,
                source_id=docs[j].source_id,
                part=pieces[j][2],
                function=function,
                verb=verb,
                section="footnote",
                paragraph=n,
            )
    return whole


#: A page's last lines: lines that open with a note's number (:data:`_NOTE_OPENS`), then the
#: page's end or the text's
_FOOT_LINES = recache.compile(rf"(?:\n{_NOTE_OPENS.pattern}[^\n\f]*+)*+[ \t\r\n]*+(?:\f|\Z)")


def _foot_note(text: str, lo: int, pos: int) -> str | None:
    """The number of the note whose line holds ``pos`` (not before ``lo``) when that line opens
    with a note's number and only such lines follow it to its page's end ("…⏎1 A/80/448.\f"):
    a page's notes, which a PDF may set in the text's own type with no rule above them."""
    start = max(text.rfind("\n", lo, pos), text.rfind("\f", lo, pos)) + 1 or lo
    m = _NOTE_OPENS.match(text, start)
    if m is None or (m["n"] and date_first().match(text, start)):
        return None
    nl = text.find("\n", pos)
    ff = text.find("\f", pos)
    end = min(x for x in (nl, ff, len(text)) if x >= 0)
    return _note_number(m) if _FOOT_LINES.match(text, end) else None


def _span_index(seg: Segments, pos: int) -> int:
    """The index of the footnote span ``pos`` stands in (-1: none)."""
    return bisect.bisect_right(seg._fn_starts, pos) - 1


def _note_before(seg: Segments, here: int, number: int) -> list[int] | None:
    """The spans of the note numbered ``number`` nearest before the span ``here``, in the same
    run of numbers (an annex whose notes start again at 1 points at its own note 1, not the body's;
    a note in pieces across a page break is all its spans): None when no span before has that
    number, nor a smaller one first (the note is missing: the number's note anywhere, as before)."""
    found: list[int] = []
    for j in range(here - 1, -1, -1):
        n = seg.footnote_spans[j][2]
        if n == number:
            found.append(j)
        elif found or n < number:
            break
    return found or None


def _extract(
    text: str,
    norm: Normalised,
    source: str,
    lang: str | None,
    found: list[re.Match[str]] | None = None,
    within: str | None = None,
) -> ExtractResult:
    t = norm.text
    seg = segment(t, lang, found, norm.header_symbols, within)
    bodies, instrument_starts = names_in(t, seg.scope)
    resolver = Resolver(t, seg, [(s, key) for s, _, key in bodies], [e for _, e, _ in bodies])
    notes: list[str] = []  # limits reached (a range too long to expand)
    cap = max_mentions()  # asked once a text (an unset variable costs some microseconds)
    symbols = find_symbols(t, seg, notes, cap)
    symbol_spans = sorted((r.start, r.end) for r in symbols)
    blocks = sorted((s, e) for s, e, _ in seg.footnote_spans)
    cuts = interrupting_notes(t, seg.footnote_spans) if seg.footnote_spans else []
    romans: list[int] = []  # Roman figures before a slash ("XIV/8"), found by the scan of numbers
    if cuts:
        # a footnote block dropped in the middle of a sentence by a page break: the sentence
        # (a list and its dates) is read as if the block were not there, the block apart —
        # two views of the same length, so that offsets stay true
        body_view, notes_view = _views(t, cuts)
        numbered = find_numbered(
            body_view,
            symbol_spans,
            Names(body_view, _names_across(body_view, bodies, cuts, seg.scope), seg.scope),
            seg.scope,
            notes,
            blocks,
            cap,
            romans,
        )
        numbered += find_numbered(
            notes_view,
            symbol_spans,
            Names(notes_view, bodies, seg.scope),
            seg.scope,
            notes,
            None,
            cap,
            romans,
        )
    else:
        numbered = find_numbered(
            t,
            symbol_spans,
            Names(t, bodies, seg.scope),
            seg.scope,
            notes,
            blocks,
            cap,
            romans,
        )
    if undated := [r for r in symbols if r.date is None and ADOPTED_TEXT.search(r.symbol or "")]:
        # (an adopted text's symbol after its noun: the date its sentence writes before the noun,
        # where its body could have adopted it then)
        date_adopted_symbols(t, undated, Names(t, bodies, seg.scope), _symbol_date_fits, seg.scope)
    # (the Council's numbers too: a shape's mention is not read again where one stands)
    sc_numbers = find_sc_numbers(t, seg, bodies)
    # (the Assembly's numbers of its first sessions without their session: "resolution 1514 of
    # 14 December 1960", "第二十六届联合国大会通过了第2758号决议", where no other rule read the number)
    sc_numbers += find_assembly(t, seg.scope, bodies, [*numbered, *sc_numbers, *symbols], seg.body)
    # (… and the Council's President's statements by their year and number: "主席声明2011年第10号")
    sc_numbers += find_statement_years(t, seg.scope)
    raws: list[Raw] = [
        *symbols,
        *numbered,
        *find_coded(t, seg.scope, bodies, frozenset((r.start, r.end) for r in (*numbered, *sc_numbers))),
        *find_roman_sessions(t, bodies, romans, seg.scope),
        *find_treaties(t, seg.scope),
        *find_link_symbols(t),
        *find_ibids(t, seg),
        *sc_numbers,
    ]
    # (a number in brackets after its noun that a right-to-left copy turned round: "قرارها (90/34)")
    raws += find_turned_brackets(t, seg.scope, raws)
    shaped = [(r.start, r.end) for r in raws if r.rule == NUMBERING_SHAPE]
    if shaped and symbols:
        # a symbol inside a text numbered in another body's shape, read whole: the shape's mark
        # that a line's end cut from its number ("AG/RES.⏎1701 (XXX-O/00)", the OAS's) is no
        # document of its own
        raws = [
            r for r in raws if r.kind != "symbol" or not any(a <= r.start and r.end <= b for a, b in shaped)
        ]
    tail = related_tail(t)
    if tail is not None:  # a copy's closing list of links to related texts: cited by nobody
        raws = [r for r in raws if r.start < tail]
    self_id = CanonicalId(seg.self_id) if seg.self_id else None
    resolver.number_starts = frozenset(r.start for r in raws if r.kind == "res")
    resolver.council_dated = council_dated(raws)

    resolved: list[tuple[Raw, Resolved]] = []
    stopped = STOP.on  # the time budget ran out while finding: what was found is resolved
    for raw in raws:
        if STOP.on and not stopped:  # … or while resolving: what was resolved by then is kept
            break
        if raw.rule == UNNUMBERED_CODED and _own_heading(raw, seg):
            continue
        if raw.kind in ("res", "dec", "prst"):
            letters = expand_letters(raw.letter) if raw.kind != "prst" else [None]
            for i, letter in enumerate(letters):
                r2 = replace(raw, letter=letter) if letter != raw.letter else raw
                if i == 1 and len(letters) == 2 and raw.date2:
                    r2 = replace(r2, date=raw.date2)
                res = resolver.numbered(r2)
                if res.kind == "skip" or (raw.rule == TURNED_BRACKET and not kept(res.rule)):
                    continue
                resolved.append((r2, res))
        elif raw.kind == "symbol":
            resolved.append((raw, resolver.symbol(raw)))
        elif raw.kind == "unts":
            resolved.append((raw, resolver.unts(raw)))
        elif raw.kind == "unts_page":
            resolved.append((raw, resolver.unts_page(raw)))

    # targets named in each footnote, in order (for markers and Ibid.); the footnote each
    # mention stands in is asked once (here and by _date_from_marker)
    fn_targets: dict[int, list[CanonicalId]] = {}
    fn_first: dict[int, int] = {}  # where each footnote's first target stands
    # (… and by the note's place, for a numbering that starts again: an annex's notes)
    span_targets: dict[int, list[CanonicalId]] = {}
    notes_of = [seg.footnote_at(raw.start) for raw, _ in resolved] if seg.footnote_spans else []
    if notes_of:
        for k in sorted(range(len(resolved)), key=lambda k: resolved[k][0].start):
            raw, res = resolved[k]
            n = notes_of[k]
            if n is not None and res.target is not None:
                fn_targets.setdefault(n, []).append(res.target)
                fn_first.setdefault(n, raw.start)
                span_targets.setdefault(_span_index(seg, raw.start), []).append(res.target)

    _date_from_marker(t, seg, resolved, notes_of)
    _date_from_next_sentence(t, seg.scope, resolved)

    # bare "Ibid." → the previous footnote's targets
    for raw in raws:
        if raw.kind != "ibid" or raw.marker is None:
            continue
        if raw.marker in fn_targets and raw.start > seg.footnotes[raw.marker].start + 8:
            continue
        first = fn_first.get(raw.marker, -1)
        if (
            raw.end < first <= raw.end + IBID_SERIES_REACH
            and ";" not in t[raw.end : first]
            and _ibid_and(seg.scope).match(t, raw.end) is None
        ):
            # "Ibid., Seventy-second Session, Supplement No. 5 (A/72/5)": the Ibid. repeats the
            # series of the note before; the note names its own text (but "Id. y resolución
            # 72/5": the previous note's text, and another)
            continue
        # (… or the earlier note it names: "supra note 12")
        back = int(raw.number) if raw.number else raw.marker - 1
        here = _span_index(seg, raw.start)
        spans = _note_before(seg, here, back)
        prev = fn_targets.get(back) if spans is None else [t for j in spans for t in span_targets.get(j, ())]
        if prev:
            fn_targets.setdefault(raw.marker, []).extend(prev)
            span_targets.setdefault(here, []).extend(prev)
            how = f"footnote {back}'s target" if raw.number else "the previous footnote's target"
            for tgt in prev[:1]:
                resolved.append((raw, Resolved(tgt, kind_of_id(tgt), None, None, how)))
                raw.via = back
        else:
            why = f"no target in footnote {back}" if raw.number else "no target in the previous footnote"
            resolved.append((raw, Resolved(None, "unresolved", None, None, reason=why)))

    # named instruments: the footnote's target when there is one, else the table's
    lex = lexicon.load()
    numbered_at = sorted(
        (r.start, res.target) for r, res in resolved if res.target and r.kind not in ("unts", "unts_page")
    )
    body_spans = [(s, e) for s, e, _ in bodies]
    body_starts = [s for s, _ in body_spans]
    for raw in find_instruments(t, seg, instrument_starts):
        i = bisect.bisect_left(body_starts, raw.start) - 1
        if i >= 0 and body_spans[i][0] < raw.start < body_spans[i][1]:
            continue  # "Conference of the Parties to the … Convention": a body, not the treaty
        if masthead_issuer(t, raw.start, raw.end, seg.masthead_spans):
            continue  # "United Nations⏎Framework Convention on …⏎FCCC/…": the masthead's issuer
        if raw.marker is not None:
            seg.add_marker(raw.marker, raw.end)
        if raw.marker is not None and fn_targets.get(raw.marker):
            # (the note's first target, unless the note cites the instrument's own among others:
            # "the Protocol relating to …" before "vols. 189 and 606, Nos. 2545 and 8791")
            own = lex.instruments.get(raw.instrument or "")
            tgt = next(
                (c for c in fn_targets[raw.marker] if own and str(c) == own.target), fn_targets[raw.marker][0]
            )
            raw.via = raw.marker
            resolved.append((raw, Resolved(tgt, kind_of_id(tgt), None, None, f"its footnote {raw.marker}")))
            continue
        inst = lex.instruments[raw.instrument or ""]
        try:
            cid = parse_id(inst.target)
        except IdError:
            continue
        if _just_cited(t, cid, raw.start, numbered_at):
            continue  # "its resolution 64/293 …, of the Global Plan of Action": one reference, not two
        if _titled_before(t, cid, raw.end, numbered_at):
            continue  # "题为“…2030年可持续发展议程”的第70/1号决议": the title of the text its number cites
        resolved.append((raw, Resolved(cid, kind_of_id(cid), None, raw.date, "table of known instruments")))

    if self_id is None and seg.body_line_start is not None:
        self_id = _title_citation(t, seg, resolved, bodies)

    # each mention's finder record is let go as its citation is made: a text of nothing but
    # numbers does not hold both at once
    del raws, symbols, numbered
    citations: list[Citation] = []
    # the footnote each mention stands in: asked once (``notes_of`` holds the finders' mentions')
    fns = (
        [*notes_of, *(seg.footnote_at(r.start) for r, _ in resolved[len(notes_of) :])]
        if seg.footnote_spans
        else []
    )
    fns.reverse()
    resolved.reverse()
    recased = norm if norm.recased else None  # (paragraphs in capitals: the verbs as written)
    adopters = lexicon.treaty_adopters()
    while resolved:
        raw, res = resolved.pop()
        fn = fns.pop() if fns else None
        if res.target is not None and (res.target == self_id or res.target in seg.self_aliases):
            continue
        if self_id is not None and res.target is not None and adopters.get(res.target) == self_id:
            continue  # the treaty the text adopts: its own annex
        if raw.kind in ("res", "dec") and seg.masthead_spans and seg.in_masthead(raw.start):
            continue  # the number of the text's own heading
        if (
            res.target is None
            and self_id is not None
            and raw.kind in ("res", "dec")
            and own_heading_number(t, raw.start, raw.end, str(self_id), seg.body_line_start)
        ):
            continue  # "Resolution 80/3" under the masthead's ESCAP/RES/80/3: its own heading
        if _navigation_neighbour(t, raw, res.target, self_id):
            continue
        start, end = norm.span(raw.start, raw.end)
        citations.append(_citation(source, self_id, text, start, end, raw, res, seg, fn, recased))
    citations.sort(key=lambda c: (c.start, c.end, c.target or "", c.kind))
    info = DocumentInfo(
        source=source, source_id=self_id, lang=seg.lang, title=seg.title, body=seg.body, date=seg.date
    )
    return ExtractResult(info, citations, warnings=list(dict.fromkeys(notes)))


#: A Security Council resolution's id or a statement of its President: the series (with the
#: statement's year), the number in it
_SERIES_NUMBER = recache.compile(r"(S/RES/|S/PRST/\d{4}/)(\d{1,4})(?:\(\d{4}\))?")
_SERIES_HEADS = ("S/RES/", "S/PRST/")  # what every id ``_SERIES_NUMBER`` reads opens with
#: The marks that split a sentence's clauses or end it: a line without them is a line of titles
#: or links (a label's colon may stand there: "发布机关：…")
_SENTENCE_MARKS = ",;\u3002\uff0c\uff1b\u3001"
#: A Council number with its year in brackets, nothing else
_NUMBER_YEAR = recache.compile(r"\d{1,4}\s?\(\d{4}\)")


def _navigation_neighbour(text: str, raw: Raw, target: str | None, own: str | None) -> bool:
    """A collection's links to the texts before and after the text itself, on a line of titles
    without a sentence's marks ("2392(2017) 联合国安理会第2393(2017)号决议", "← | 2503(2019) | …",
    "…主席声明2004年第39号 …主席声明2004年第40号"): a Council number with its year and no noun (a
    bare mention or a table's cell), or a statement told by its year and number, the one before or
    the one after the text's own in the same series, is the page's navigation, not a citation."""
    if target is None or own is None or not own.startswith(_SERIES_HEADS):
        return False  # (asked of every citation: the text's own id of another series at once)
    mo, mt = _SERIES_NUMBER.fullmatch(own), _SERIES_NUMBER.fullmatch(target)
    if mo is None or mt is None or mo.group(1) != mt.group(1):
        return False
    if abs(int(mt.group(2)) - int(mo.group(2))) != 1:
        return False
    # (the number alone, no word glued before or after it: a bare mention or a table's cell)
    alone = _NUMBER_YEAR.fullmatch(text, raw.start, raw.end) is not None and not (
        text[max(0, raw.start - 8) : raw.start].rstrip()[-1:].isalnum()
        or text[raw.end : raw.end + 8].lstrip()[:1].isalnum()
    )
    if not (raw.bare_sc or alone or raw.rule == STATEMENT_YEAR_RULE):
        return False
    ls = text.rfind("\n", 0, raw.start) + 1
    le = text.find("\n", raw.end)
    line = text[ls : len(text) if le < 0 else le]
    return not any(c in _SENTENCE_MARKS for c in line)


#: Longest heading line taken for the title of the text itself.
TITLE_LINE_MAX = 120
#: How long the title before a legal style's citation of the text itself may be
TITLE_BEFORE_MAX = 240
#: … the comma that ends it, the abbreviated body's name perhaps after it ("Title, G.A. res.")
_TITLE_COMMA = recache.compile(r"[^\W\d_][^,\n]*[\w)],[ \t](?:[ \t]*[^\W\d_]{1,3}\.){0,4}[ \t]*$")
_ABBREVIATION = recache.compile(r"[^\W\d_][\w.]*\.")
_WORDS = recache.compile(r"[^\W\d_][\w.]*")


def _joined_line_start(text: str, pos: int) -> int:
    """The start of ``pos``'s line, or of the line before when that one ends with a comma (a
    copy's citation of the text itself wrapped: "… Supp. (No. 49) at 189,⏎U.N. Doc. A/46/49")."""
    ls = text.rfind("\n", 0, pos) + 1
    if ls > 0:
        prev = text.rfind("\n", 0, ls - 1) + 1
        if text[prev : ls - 1].rstrip().endswith(","):
            return prev
    return ls


def _joined_line_end(text: str, pos: int) -> int:
    """The end of ``pos``'s line, or of the next when this one ends with a comma."""
    le = text.find("\n", pos)
    if le < 0:
        return len(text)
    if text[pos:le].rstrip().endswith(",") and text[le + 1 : le + 2].strip():
        nxt = text.find("\n", le + 1)
        return len(text) if nxt < 0 else nxt
    return le


def _title_citation(
    text: str, seg: Segments, resolved: list[tuple[Raw, Resolved]], bodies: list[tuple[int, int, str]]
) -> CanonicalId | None:
    """A copy without a masthead that names the text itself in its heading, on a line of its
    own above the adopting body's line ("General Assembly resolution 48/134 of 20 December
    1993", "Резолюция 48/134 Генеральной Ассамблеи …", "大会第48/134号决议", "U.N. Doc.
    A/RES/48/134 (1993)"): a line short, not in brackets, without a verb and without another
    target, with nothing before the mention but the body's name and abbreviations, naming a
    resolution or decision of the adopting body.  The one such target is the text's own id."""
    stop = seg.body_line_start
    assert stop is not None
    by_line: dict[int, list[tuple[Raw, Resolved]]] = {}
    for raw, res in resolved:
        if raw.start < stop:
            by_line.setdefault(_joined_line_start(text, raw.start), []).append((raw, res))
    found: set[CanonicalId] = set()
    for ls, items in by_line.items():
        items.sort(key=lambda item: item[0].start)
        raw, res = items[0]
        target = res.target
        # the volume it is printed in, after the text's number, is no other target ("G.A. res.
        # 47/135, annex, 47 U.N. GAOR Supp. (No. 49) at 210, U.N. Doc. A/47/49 (1992)")
        targets = {target} | {r.target for _, r in items[1:] if r.kind != "document"}
        if len(targets) != 1 or target is None or raw.kind not in ("res", "dec", "symbol"):
            continue
        if ("/RES/" not in target and "/DEC/" not in target) or (
            seg.body and not target.startswith(seg.body + "/")
        ):
            continue
        le = _joined_line_end(text, raw.end)
        lead = raw.kw_start if raw.kw_start is not None and raw.kw_start < raw.start else raw.start
        before = text[ls:lead]
        # a legal style's citation of the text itself after its title and a comma, its noun
        # abbreviated ("Staff training, G.A. res. 59/233, 59 U.N. GAOR Supp. (No. 49) at 31,
        # U.N. Doc. A/59/49 (2004)."): the title's words are no other text's, however many
        titled = (
            len(before) <= TITLE_BEFORE_MAX
            and "." in text[lead : raw.start]
            and "\n" not in before.strip()
            and _TITLE_COMMA.search(before) is not None
            and not see_word_in(before)
        )
        line = text[lead if titled else ls : le].strip()
        if len(line) > TITLE_LINE_MAX or text[ls:le].strip()[:1] in "[(" or line[-1:] in ",;:":
            continue
        if titled:
            before = " " * len(before)
        label = copy_labels()[1].match(before)
        if label is not None:  # "Cite as: UNGA Res 72/178 …": the copy's label of its citation
            before = " " * label.end() + before[label.end() :]
        for s, e, _key in bodies:
            if ls <= s and e <= lead:
                before = before.replace(text[s:e], " ")
        if any(len(w) > 3 and not _ABBREVIATION.fullmatch(w) for w in before.split()):
            continue  # "Follow-up to resolution 70/1": a title that cites another text
        if see_word_in(before):
            continue  # "另见A/RES/70/1。": a text cited, its words however short
        after = text[max(raw.end, raw.tail_end) : le]
        for s, e, _key in bodies:
            if raw.end <= s and e <= le:
                after = after.replace(text[s:e], " ")
        if raw.pinpoint:  # "…, annex, …": the place in the text, not a title's words
            after = after.replace(raw.pinpoint, " ", 1)
        if YEAR.search(after):  # (a stretch without a year holds no date)
            after = patterns(seg.scope).date.sub(" ", after)
        words = _WORDS.findall(after)
        if any(
            len(w) > 4
            and not _ABBREVIATION.fullmatch(w)
            # (a volume's short name in capitals after an abbreviation: "1982 U.N. ESCOR Supp.")
            and not (w.isupper() and len(w) <= 6 and i and words[i - 1].endswith("."))
            for i, w in enumerate(words)
        ):
            continue  # "Decision 2/6 Technical assistance activities": a heading in a list of texts
        if seg.verb_before(le, ls) is not None:
            continue
        found.add(target)
    return found.pop() if len(found) == 1 else None


#: How far after an "Ibid." the note's own symbol may stand for the Ibid. to be the series'.
IBID_SERIES_REACH = 120


@functools.lru_cache(maxsize=8)
def _ibid_and(scope: str) -> re.Pattern[str]:
    """A list's word right after a note's "Ibid." ("Id. y resolución 72/5", "Ibid. and …"): the
    short form is an item of its own, the previous note's text."""
    words = lexicon.gather("grammar.list_and", lexicon.scope(scope))
    return recache.compile(rf"\s*+,?\s*+(?:{lexicon.alternation(words) if words else '(?!)'})(?!\w)")


_NAME_REACH = 120  # a body's name cut by a notes block begins or ends at most so far from it


def _names_across(
    view: str, bodies: list[tuple[int, int, str]], cuts: list[tuple[int, int]], scope: str
) -> list[tuple[int, int, str]]:
    """The bodies named in ``view`` (the text with the ``cuts`` blanked): those of the text
    (``bodies``) away from the cuts, and those named around each cut, read again in the view — a
    name the block cut in two is one name there ("Human Rights⏎_____⏎1 …⏎Council")."""
    out: list[tuple[int, int, str]] = []
    starts = [b[0] for b in bodies]
    k = 0
    for s, e in cuts:
        # (the window's edges at white space: never half a word)
        start = max(0, s - _NAME_REACH)
        lo = max(view.rfind(" ", 0, start), view.rfind("\n", 0, start)) + 1
        hi = min(_white_after(view, e + _NAME_REACH), len(view))
        # (a name of the text that stands across a window's edge: all of it; the names do not
        # overlap, so only the last to start before an edge may cross it)
        i = bisect.bisect_left(starts, lo) - 1
        if i >= 0 and bodies[i][1] > lo:
            lo = bodies[i][0]
        i = bisect.bisect_left(starts, hi) - 1
        if i >= 0 and bodies[i][1] > hi:
            hi = bodies[i][1]
        lo = max(lo, out[-1][1] if out else 0)
        while k < len(bodies) and bodies[k][0] < lo:
            if bodies[k][1] <= lo:
                out.append(bodies[k])
            k += 1
        out.extend((a + lo, b + lo, key) for a, b, key in names_in(view[lo:hi], scope)[0])
        while k < len(bodies) and bodies[k][0] < hi:
            k += 1
    out.extend(b for b in bodies[k:] if not out or b[0] >= out[-1][1])
    return out


def _white_after(text: str, pos: int) -> int:
    """Where the first space or line break at or after ``pos`` stands (the text's end if none)."""
    found = [i for i in (text.find(" ", pos), text.find("\n", pos)) if i >= 0]
    return min(found) if found else len(text)


def _views(text: str, cuts: list[tuple[int, int]]) -> tuple[str, str]:
    """``text`` with the ``cuts`` blanked, and ``text`` with all but the ``cuts`` blanked
    (line breaks kept there), each of the same length as ``text``."""
    body: list[str] = []
    notes: list[str] = []
    last = 0
    for s, e in cuts:
        notes.append(_blank(text[last:s]))
        # (the blank lines between the block and the text that goes on blanked too, the line
        # break before the block moved to that text: the page's foot kept apart from the next
        # page's text, where a list runs on, "42/42⏎⏎F of …")
        on = _WHITE_RUN.match(text, e).end()  # type: ignore[union-attr]
        if s > last and text[s - 1] == "\n" and on > e:
            body.append(text[last : s - 1] + " " * (on - s) + "\n")
        else:
            body.append(text[last:s] + " " * (on - s))
        notes.append(text[s:e] + _blank(text[e:on]))
        last = on
    body.append(text[last:])
    notes.append(_blank(text[last:]))
    return "".join(body), "".join(notes)


_WHITE_RUN = recache.compile(r"\s*+")


def _blank(text: str) -> str:
    """``text`` with every character but the line breaks made a space: in bytes, one a
    character (what Latin-1 cannot hold becomes one "?"), every byte but the line break made
    a space in one ``bytes.translate`` — all in C, several times faster than a line at a time."""
    return text.encode("latin-1", "replace").translate(_BLANK_BYTES).decode("ascii")


_BLANK_BYTES = bytes(10 if b == 10 else 32 for b in range(256))


def _date_from_marker(
    text: str, seg: Segments, resolved: list[tuple[Raw, Resolved]], notes_of: list[int | None]
) -> None:
    """ "the statement by the President of the Council of 12 February 2013⁹": a date just
    before a footnote's marker is the date of the first statement, resolution or decision
    the footnote names (``notes_of``: the footnote each of ``resolved`` stands in, or empty
    when the text has no footnote)."""
    first: dict[int, tuple[Raw, Resolved]] = {}
    for (raw, res), n in zip(resolved, notes_of, strict=False):
        if n is not None and res.target is not None and (n not in first or raw.start < first[n][0].start):
            first[n] = (raw, res)
    if not first:
        return
    pat = patterns(seg.scope)
    for n, (raw, res) in first.items():
        if res.date is not None or kind_of_id(res.target or "") not in (
            "statement",
            "resolution",
            "decision",
        ):
            continue  # a report's footnote after a date is mostly about a meeting's days
        marker = seg.marker_of(n)
        if marker is None:
            marker = _spaced_marker_after_date(text, seg, n)
            if marker is not None:
                seg.add_marker(n, marker)
        db = search_dated(pat.date_before, text, max(0, marker - 60), marker) if marker is not None else None
        date = parse_date(db) if db else None
        if date and raw.number and raw.kind in ("res", "dec"):
            body = lexicon.load().body_by_series(res.body) if res.body else None
            if not date_plausible(body, raw.number, date):
                continue
        if date and year_fits_id(res.target or "", date):
            res.date = date
            raw.evidence.append(f"date before the marker of footnote {n}")


#: the end of a sentence: its stop (a closing quote or bracket perhaps after it), the blanks after
#: it, one line's end at most, before the next sentence's first character (group ``next``)
_SENTENCE_END = recache.compile(r"[.!?…][\"»”)]?[ \t]*+(?:\n[ \t]*+)?(?P<next>\S)")
#: how far after a mention its sentence may end, for the sentence after to date it
_SENTENCE_REACH = 400
#: the number and the session in its bracket of an id of a session by its Roman numeral
#: ("A/RES/377(V)", "A/RES/377A(V)", "E/RES/1503(XLVIII)"; its part's letter aside)
_ROMAN_SESSION = recache.compile(r"/(\d{1,4})[A-Z]?\(((?:S-|ES-)?[IVXLC]{1,7})\)$")


def _date_from_next_sentence(text: str, scope: str, resolved: list[tuple[Raw, Resolved]]) -> None:
    """The date of a resolution or decision left undated, cited alone in its sentence, from the
    sentence right after it, which opens with the passive of the adoption, its subject a pronoun
    or left out ("Резолюция 377 A … гласит, что … . Она была принята 3 ноября 1950 г.", "…
    Была единогласно принята Советом Безопасности ООН 30 апреля 1993 года", "It was adopted on 3
    November 1950"; ``dates.passive_sentence_date``): not where that sentence cites another text
    before the date, nor where the date does not fit the text's id."""
    pattern = passive_sentence_date(scope)
    if pattern is None:
        return
    cited = sorted((raw.start, raw.end, res.target) for raw, res in resolved if res.target is not None)
    starts = [c[0] for c in cited]
    noun: re.Pattern[str] | None = None  # (the resolution's nouns, built at the first sentence found)
    for raw, res in resolved:
        if (
            res.date is not None
            or res.target is None
            or raw.kind not in ("res", "dec", "symbol")
            or kind_of_id(res.target) not in ("resolution", "decision")
        ):
            continue
        end = _SENTENCE_END.search(text, raw.end, raw.end + _SENTENCE_REACH)
        if end is None or not end.group("next").isupper() or "\n\n" in text[raw.end : end.start()]:
            continue
        m = pattern.match(text, end.start("next"))
        if m is None:
            continue
        if noun is None:
            noun = recache.compile(lexicon.resolution_noun(scope))
        if noun.search(m.group("gap")):
            continue
        # the sentence's start: the stop or the paragraph's break before the mention
        head = max(text.rfind("\n\n", 0, raw.start), *(text.rfind(c, 0, raw.start) for c in ".!?"))
        lo, hi = bisect.bisect_left(starts, head), bisect.bisect_left(starts, m.end())
        if any(target != res.target for _, _, target in cited[lo:hi]):
            continue  # another text cited in either sentence: whose date it is cannot be told
        date = parse_date(m)
        if not date or not year_fits_id(str(res.target), date):
            continue
        # (the year the body's numbering allows: the session of an id by its Roman numeral, as
        # its body counts its sessions, else the number as written)
        body = lexicon.load().body_by_series(res.body) if res.body else None
        roman = _ROMAN_SESSION.search(str(res.target))
        number = f"{roman.group(1)} ({roman.group(2)})" if roman else raw.number
        if number and not date_plausible(body, number, date):
            continue
        res.date = date
        raw.evidence.append("date of the adoption in the sentence after")


def _spaced_marker_after_date(text: str, seg: Segments, n: int) -> int | None:
    """A marker that a PDF's text layer printed as a number standing alone after a date
    ("… of 12 February 2013 9 in which …"): the last such before footnote ``n``."""
    note = seg.footnotes.get(n)
    if note is None:
        return None
    pat = patterns(seg.scope)
    form, lo, pos = f" {n}", max(0, note.marker_start - 5000), note.marker_start
    while True:
        i = text.rfind(form, lo, pos)
        if i < 0:
            return None
        pos = i
        j = i + len(form)
        if j < len(text) and not text[j].isspace():
            continue
        if seg.footnote_at(i) is None and search_dated(pat.date_before, text, max(0, i - 40), i + 1):
            return i + 1


NAMED_AFTER_NUMBER = 250  # how far a text named after its number still is the same reference


def _just_cited(text: str, cid: str, pos: int, cited: Sequence[tuple[int, str]]) -> bool:
    """Was ``cid`` cited by number just before ``pos``, in the same paragraph?"""
    i = bisect.bisect_left(cited, (pos, "")) - 1
    while i >= 0 and pos - cited[i][0] <= NAMED_AFTER_NUMBER:
        if cited[i][1] == cid:
            return "\n\n" not in text[cited[i][0] : pos]
        i -= 1
    return False


#: How far a text's title in quotes may end before its number and still be the same reference
#: ("题为“…”的第70/1号决议", "“…” (resolution 70/1)")
TITLE_BEFORE_NUMBER = 16
_TITLE_CLOSE = frozenset('\u201d"\u00bb\u300d\u300f')


def _titled_before(text: str, cid: str, end: int, cited: Sequence[tuple[int, str]]) -> bool:
    """Is the name ending at ``end`` the close of a title in quotes, ``cid``'s number cited just
    after it (the title of the text that number cites, not a second reference)?"""
    i = bisect.bisect_left(cited, (end, ""))
    if i == len(cited) or cited[i][1] != cid or cited[i][0] - end > TITLE_BEFORE_NUMBER:
        return False
    gap = text[end : cited[i][0]]
    return "\n" not in gap and any(ch in _TITLE_CLOSE for ch in gap)


def _citation(
    source: str,
    self_id: CanonicalId | None,
    text: str,
    start: int,
    end: int,
    raw: Raw,
    res: Resolved,
    seg: Segments,
    fn: int | None,
    recased: Normalised | None = None,
) -> Citation:
    """The record of a mention (``fn``: the footnote it stands in, or None)."""
    section: str | None
    paragraph: str | None
    function = verb = None
    if fn is not None:
        section, paragraph = "footnote", str(fn)
        # the function is that of the verb governing the footnote's marker
        function, verb = seg.footnote_verb(fn)
    else:
        para = seg.paragraph_at(raw.start)
        section = para.section if para else None
        paragraph = para.label if para else None
        floor = para.start if para else 0
        anchor = raw.kw_start if raw.kw_start is not None else raw.start
        v = seg.verb_before(anchor, floor)
        if v is not None and section != "title":
            function, verb = v.function, v.text
            if recased is not None:
                # a paragraph in capitals was read in lower case: the verb as written
                vs, ve = recased.span(v.start, v.end)
                if text[vs:ve].lower() == verb.lower():
                    verb = text[vs:ve]
    via = raw.via
    evidence = list(raw.evidence)
    if fn is not None:
        evidence.append(f"footnote {fn}")
    if via is not None:
        evidence.append(f"target from footnote {via}")
    finder = raw.rule or _FINDER_RULES.get(raw.kind, raw.kind)
    body = res.body
    if body is None and res.target is not None and not res.target.startswith(("UNTS/", "pub:")):
        body = lexicon.load().series_of_symbol(res.target)
    # positional (a third faster than by keyword, and a text has many): in the order of
    # _CITATION_FIELDS, checked against the model when this module is loaded
    return Citation(
        source,
        self_id,
        start,
        end,
        text[start:end],
        res.target,
        res.kind if res.target is not None else "unresolved",
        body,
        res.date,
        unglued_pinpoint(raw.pinpoint),
        function,
        verb,
        section,
        paragraph,
        via,
        _rule_text(finder, res.rule) if res.rule else finder,
        tuple(evidence),
        res.reason if res.target is None else None,
    )


@functools.lru_cache(maxsize=1024)
def _rule_text(finder: str, rule: str) -> str:
    """A citation's rule, the finder's and the binding's: a few rules, many mentions (one string
    each, made once)."""
    return sys.intern(f"{finder}; {rule}")


#: Citation's fields in the order _citation builds them: the record's, then --explain's (the
#: part of a compilation is added afterwards)
_CITATION_FIELDS = [*(f for f in RECORD_FIELDS if f != "part"), *EXPLAIN_FIELDS]
if list(field_names(Citation))[: len(_CITATION_FIELDS)] != _CITATION_FIELDS:  # pragma: no cover
    raise ImportError("rescite.models.Citation's fields moved: update engine.extract._citation")


#: The finders' rules by mention kind, where the finder does not say more.
_FINDER_RULES = {
    "symbol": "document symbol",
    "unts": "treaty footnote (volume, number)",
    "unts_page": "treaty by volume and page",
    "ibid": "Ibid. in a footnote",
    "instrument": "instrument named",
}
