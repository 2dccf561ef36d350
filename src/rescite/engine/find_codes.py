"""Find, coded texts: the numbers that a body's code or a known number shape marks, and sessions in
Roman figures.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ..grammar import lexicon, recache
from ..grammar.lexicon import (
    fold,
    is_cjk,
)
from ..grammar.rules import Patterns, patterns
from ..grammar.shapes import (
    NUMBER_DASHES,
    NumberShape,
    coded_resolutions,
    coded_resolutions_more,
    coded_then_number,
    mark_after_noun,
    marked_list_more,
    named_coded_resolutions,
    noun_last_chars,
    shape_scan,
    shape_writers,
    unnumbered_coded,
)
from ..read.stop import STOP
from .find_base import (
    COMMA_GAP,
    ONE_WORD_GAP,
    SPACES,
    WS_RUN,
    Names,
    Raw,
    between,
    keyword_before,
    kind_of,
    pin_ending_at,
)
from .find_dates import (
    POST_HEAD_REACH,
    ROMAN_FIGURES,
    adopted_by,
    adopter_before_bracket,
    adopter_date,
    dated_by,
    keyword_after,
    read_tail,
)


def _codes_after_mark(text: str, codes: tuple[str, ...]) -> list[int]:
    """Where a code is written after a number and a slash or a dot (each perhaps followed by
    one space or tab), as in every coded decision ("1/CP.21", "2.CMA/3", "6 / CMA 4"), in
    order: found by a fast literal scan."""
    out: list[int] = []
    starts = _code_starts(codes)
    found = (m.start() for first, p in starts if first in text for m in p.finditer(text))
    for i in sorted(found) if len(starts) > 1 else found:
        j = i - 1
        if j >= 0 and text[j] in " \t":
            j -= 1
        if j >= 1 and text[j] in "./":
            j -= 1
            if j >= 1 and text[j] in " \t":
                j -= 1
            if text[j].isdecimal():
                out.append(i)
    return out


@functools.lru_cache(maxsize=16)
def _code_starts(codes: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Every place one of ``codes`` starts (its first character, then the rest looked ahead:
    overlapping occurrences are all seen), one pattern for each first character — each a fast
    scan for a literal ("C" of "CP", "CMA"; "م" of the Arabic codes) — with that character (a
    text without it needs no scan: a test for one character is several times faster)."""
    by_first: dict[str, list[str]] = {}
    for c in codes:
        if c:
            by_first.setdefault(c[0], []).append(re.escape(c[1:]))
    return tuple(
        (f, recache.compile(f"{re.escape(f)}(?={'|'.join(rests)})")) for f, rests in sorted(by_first.items())
    )


def _coded_resolutions(
    text: str,
    lang: str,
    bodies: list[tuple[int, int, str]] | None = None,
    numbered_spans: frozenset[tuple[int, int]] = frozenset(),
) -> list[Raw]:
    """Resolutions numbered with their body's code before the session ("WHA58.3"): the code
    names the body; found only where a code is written (a fast literal scan first). A bare
    number after them whose span is in ``numbered_spans`` (the numbered finder read it) is not
    read again."""
    out: list[Raw] = []
    body_of = lexicon.resolution_codes()
    rx = coded_resolutions()
    if rx is None:
        return out
    # the pattern tried only where a code is written (a fast literal scan), in order
    starts = sorted(
        m.start() for first, p in _code_starts(tuple(body_of)) if first in text for m in p.finditer(text)
    )
    found = (m for i in starts if (m := rx.match(text, i)) is not None)
    pat = patterns(lang) if starts else None
    for m in found:
        if STOP.on or pat is None:  # the time budget ran out: what was found is kept
            break
        out.append(
            _coded_resolution(text, m, m.start(), body_of[m.group("code")], f"code: {m.group('code')}", pat)
        )
    if bodies and (after := named_coded_resolutions()) is not None:
        # … or without its code, after the body's name ("World Health Assembly resolution 58.3"):
        # read where a name of such a body that the text holds ends
        coded_keys = set(body_of.values())
        taken = {r.end for r in out}
        for _, e, key in bodies:
            if key not in coded_keys or STOP.on:
                continue
            m = after.match(text, e)
            if m is None or m.end() in taken:
                continue
            pat = pat or patterns(lang)
            out.append(_coded_resolution(text, m, m.start("session"), key, f"body named: {key}", pat))
            taken.add(m.end())
        out.sort(key=lambda r: r.start)
    more = coded_resolutions_more()
    if out and more is not None and pat is not None:
        # … and the list goes on after each ("WHA72.4 and WHA73.1", "resolutions 72.4 and 73.1")
        ends = {r.end for r in out}
        for r in list(out):
            nxt = more.match(text, r.end)
            last_end = r.end
            while nxt is not None and nxt.end() not in ends and not STOP.on:
                key = body_of.get(nxt.group("code") or "", r.body_key or "")
                start = nxt.start("code") if nxt.group("code") else nxt.start("session")
                out.append(_coded_resolution(text, nxt, start, key, f"list after: {r.number}", pat))
                ends.add(nxt.end())
                last_end = nxt.end()
                nxt = more.match(text, nxt.end())
            # … with numbers of the series of ids.md ("resolutions WHA72.4 and 70/1")
            _bare_numbers_after(text, last_end, r.number or "", pat, numbered_spans, ends, out)
        out.sort(key=lambda r: r.start)
    return out


def _bare_numbers_after(
    text: str,
    at: int,
    number: str,
    pat: Patterns,
    numbered_spans: frozenset[tuple[int, int]],
    ends: set[int],
    out: list[Raw],
) -> None:
    """The numbers of the series of ids.md that go on with a list after a text numbered in
    another body's code or shape ending at ``at`` ("resolutions WHA72.4 and 70/1", "EB146.R12,
    70/1 and 71/243"), added to ``out``: no code, so not that body's; read as a bare number is
    (once: not when the numbered finder read it too, "… and 70/1 respectively", nor the rest of
    its list then)."""
    rx = coded_then_number()
    while not STOP.on:
        plain = rx.match(text, at)
        if plain is None or plain.end() in ends:
            return
        ends.add(plain.end())
        if (plain.start("a"), plain.end()) in numbered_spans:
            return
        raw = Raw(plain.start("a"), plain.end(), "res", number=f"{plain.group('a')}/{plain.group('n')}")
        raw.rule = "list"
        raw.evidence.append(f"list after: {number}")
        at = max(raw.end, read_tail(text, raw, pat))
        out.append(raw)
        number = raw.number or ""


def _coded_resolution(text: str, m: re.Match[str], start: int, key: str, evidence: str, pat: Patterns) -> Raw:
    """The resolution ``m`` reads (its session and number) of the body ``key``, from ``start``."""
    raw = Raw(start, m.end(), "res", number=f"{int(m.group('session'))}/{int(m.group('n'))}")
    raw.body_key = key
    raw.rule = "coded resolution"
    raw.evidence.append(evidence)
    read_tail(text, raw, pat)
    return raw


#: characters a mention of a numbering shape may hold after its scan characters
_SHAPE_AFTER = 60


def _schemed_body_before(text: str, shaped: list[Raw], bodies: list[tuple[int, int, str]]) -> None:
    """A body with an id scheme named right before the noun of a number in an outside body's shape
    is its body ("General Assembly resolution 217 (Paris, 1948)", "Economic and Social Council
    resolution 12/IV": no ITU or IFAD text), unless a body is named after the number."""
    known = lexicon.load().bodies
    ends = {e: key for _, e, key in bodies}
    for raw in shaped:
        if raw.kw_start is None or any(ev.startswith("body after") for ev in raw.evidence):
            continue
        head = raw.kw_start  # (the blanks before the noun read back, no copy of the text before it)
        while head and text[head - 1] in " \t":
            head -= 1
        key = ends.get(head)
        body = known.get(key or "")
        if key is not None and key != raw.body_key and body is not None and body.numbering != "none":
            raw.body_key = key
            raw.evidence.append(f"body before: {key}")


def _shaped_numbers(
    text: str,
    lang: str,
    numbered_spans: frozenset[tuple[int, int]] = frozenset(),
    bodies: list[tuple[int, int, str]] | None = None,
) -> list[Raw]:
    """Texts of bodies outside the series of ids.md numbered in their own shapes
    (``numbering_shapes.csv``: "41 C/12", "EB146.R12", "GC(65)/RES/11", "CM/Rec(2019)2"): each
    read whole, the shape names the body, and the list goes on with more of the same shape
    ("EB144(1) and EB144(2)"). Tried only where a shape's ``scan`` characters are written (a fast
    search for each first character)."""
    out: list[Raw] = []
    scan = shape_scan()
    seen: set[int] = set()
    starts: frozenset[int] | None = None  # where the numbered finder's numbers start (made once)
    named = {e: (b, key) for b, e, key in bodies or ()}  # the bodies named, by where each ends
    for rx, keys in scan.patterns:
        if keys[0][0][keys[0][1]] not in text:
            continue  # (every hit opens with the mark: a text without it needs no scan)
        for hit in rx.finditer(text):
            if STOP.on:
                break
            for key, k in keys:
                i = hit.start() - k
                if i >= 0 and text.startswith(key, i):
                    if starts is None:
                        starts = frozenset(s for s, _ in numbered_spans)
                    _shapes_at(text, i, scan.by_scan[key], lang, seen, out, numbered_spans, starts, named)
    out.sort(key=lambda r: r.start)
    return out


def _shapes_at(
    text: str,
    i: int,
    shapes: tuple[NumberShape, ...],
    lang: str,
    seen: set[int],
    out: list[Raw],
    numbered_spans: frozenset[tuple[int, int]] = frozenset(),
    numbered_starts: frozenset[int] = frozenset(),
    ends_named: dict[int, tuple[int, str]] | None = None,
) -> None:
    """The mentions of ``shapes`` whose ``scan`` characters stand at ``i`` (and the lists they
    head, with the bare numbers after them: "EB146.R12 and 70/1"), added to ``out`` unless
    ``seen``; ``numbered_starts``: where the ``numbered_spans`` start; ``ends_named``: the
    bodies named in the text (start and key by where each ends)."""
    for shape in shapes:
        if not (
            i >= len(shape.before)
            and text.startswith(shape.before, i - len(shape.before))
            and text.startswith(shape.after, i + len(shape.literal))
            and (shape.lead is None or _lead_there(text, i - len(shape.before) - 1, shape.lead))
        ):
            continue  # (not the characters the shape writes around its scan: no mention of it here)
        lo = max(0, i - shape.reach)
        hi = min(len(text), i + len(shape.literal) + _SHAPE_AFTER)
        apart: tuple[int, str | None] | None = None  # the words between the noun and the number
        if shape.opener is not None and shape.opener.search(text, lo, i) is None:
            # (the noun the shape opens with is not written right before its scan characters:
            # perhaps a body's name stands between them)
            m, apart = _shape_past_words(text, i, hi, shape, ends_named or {})
        else:
            m = shape.pattern.search(text, lo, hi)
            while m is not None and m.end() <= i:  # (a match before the scan's characters: the next)
                m = shape.pattern.search(text, m.end(), hi)
            if (m is None or m.start("m") > i) and shape.core is not None:
                m, apart = _shape_past_words(text, i, hi, shape, ends_named or {})
        if m is None and shape.core is not None:
            # (… or the noun after the number, where the language writes it there, without the
            # number's prefix: "国际海事组织大会A.1126(31)号决议")
            m = _shape_noun_after(text, i, hi, shape, patterns(lang))
            if m is None:
                continue
        # (a shape of a mark and a number alone, "No. {n}", is the body's only when the words
        # after it name the body: "Resolution No. 1309 of the IOM Council" …
        bare = shape.bare
        if (
            m is not None
            and m.start("m") <= i
            and m.start("m") not in seen
            # (… and after a resolution's or decision's noun: "document No. 12 of the IOM Council")
            and _mark_after_noun(text, m) == bare
        ):
            if m.start("m") in numbered_starts:
                # (its number read by a series' finder: "Security Council resolution 242 (New York, 1967)")
                continue
            pat = patterns(lang)
            one: re.Match[str] | None = m
            first: Raw | None = None
            last: Raw | None = None
            members: list[Raw] = []
            held = bare or shape.shared
            for earlier in _earlier_members(text, m, shape, seen):
                # (the members of the list before it, where the noun ends the list: "第99(LV)号和")
                raw = _shaped_number(text, earlier, shape, pat, None)
                members.append(raw)
                if not held:
                    seen.add(earlier.start("m"))
                    out.append(raw)
            while one is not None and one.start("m") not in seen:
                raw = _shaped_number(text, one, shape, pat, first)
                if first is None:
                    _body_apart(text, raw, one, shape, apart, ends_named or {})
                members.append(raw)
                first = first or raw
                if not held:
                    seen.add(one.start("m"))
                    out.append(raw)
                    last = raw
                nxt = shape.more.match(text, one.end())
                if nxt is None and raw.date is not None and raw.tail_end > one.end():
                    # (… past the member's date: "A.1117(30) of 6 December 2017 and A.1142(31)")
                    nxt = shape.more.match(text, raw.tail_end)
                one = nxt
            if shape.shared and members:
                # (a shape several bodies write, "resolution 14.5": read only where the words
                # after the list's last member name a body, each member that body's)
                named = members[-1].body_key
                if named != shape.body or _SHAPE_BODY_NAMED in members[-1].evidence:
                    for raw in members:
                        raw.body_key = named
                        seen.add(raw.start)
                        out.append(raw)
                    last = members[-1]
            if bare and members and not STOP.on:
                # (… the list going on without the mark: "Resolutions No. 1309 and 1310 of …")
                alone = marked_list_more()[0]
                while (nxt := alone.match(text, members[-1].end)) is not None and not STOP.on:
                    members.append(_shaped_number(text, nxt, shape, pat, first))
            if bare and members and _bare_shape_named(text, members[-1], shape, pat):
                # (… after the list's last member, past its date: "Resolutions No. 1309 and No.
                # 1310 of the IOM Council", "Resolution No. 1309 of 26 November 2015 of the IOM
                # Council": every member's)
                for raw in members:
                    seen.add(raw.start)
                    out.append(raw)
                last = members[-1]
            if last is not None:
                _bare_numbers_after(text, last.end, last.number or "", pat, numbered_spans, set(), out)


#: how many words of a name no lexicon holds may stand between a shape's noun and its number
#: ("Исполнительного комитета", "du Comité exécutif"), and in how many characters
_APART_WORDS = 4
_APART_REACH = 60
_APART_BLANKS = " \t"


#: how far before a member of a list the earlier member's match may start ("第1234(LXXVIII)号和")
_EARLIER_REACH = 40


def _earlier_members(text: str, m: re.Match[str], shape: NumberShape, seen: set[int]) -> list[re.Match[str]]:
    """The earlier members of a list that the mention ``m`` of ``shape`` ends, its noun written
    after the last number only ("第99(LV)号和第102(LVI)号结论"), in the text's order."""
    if shape.earlier is None:
        return []
    found: list[re.Match[str]] = []
    at = m.start("m")
    while (e := shape.earlier.search(text, max(0, at - _EARLIER_REACH), at)) is not None:
        if e.start("m") in seen:
            break
        found.append(e)
        at = e.start("m")
    return found[::-1]


def _shape_past_words(
    text: str, i: int, hi: int, shape: NumberShape, named: dict[int, tuple[int, str]]
) -> tuple[re.Match[str] | None, tuple[int, str | None] | None]:
    """The mention of ``shape`` (one that opens with its noun) whose scan characters stand at
    ``i``, with words between the noun and the number: a body's name ("резолюция Ассамблеи ИМО
    A.1110(30)", "قرار جمعية المنظمة البحرية الدولية A.1110(30)") or, where none is known, a few
    words of a name, one of them a capital's in a script that has them ("заключения
    Исполнительного комитета № 108 (LIX)", "conclusion du Comité exécutif no 108 (LIX)").
    Returns the match and (where the noun ends, the key of the body named between, or None),
    or (None, None)."""
    if shape.core is None or shape.noun_end is None:
        return None, None
    m = shape.core.search(text, max(0, i - shape.core_reach), hi)
    while m is not None and m.end() <= i:
        m = shape.core.search(text, m.end(), hi)
    if m is None or m.start("m") > i:
        return None, None
    end = m.start("m")
    while end and text[end - 1] in _APART_BLANKS:
        end -= 1
    known: str | None = None
    if end in named:
        b, known = named[end]
        if _noun_ends_at(text, b, shape.noun_end):
            return m, (b, known)
        # (… or its preposition and article between: "conclusion of the Executive Committee No. 108")
        end = b
        while end and text[end - 1] in _APART_BLANKS:
            end -= 1
        if end == b:
            return None, None
    # (… a few words of a name, of letters alone: the nearest noun before them governs them)
    at, words, capital = end, 0, known is not None
    while words < _APART_WORDS and at > 0 and end - at < _APART_REACH:
        w = at
        while w and (text[w - 1].isalpha() or text[w - 1] in "-'\u2019"):
            w -= 1
        if w == at or not text[w].isalpha():
            return None, None
        words += 1
        first = text[w]
        capital = capital or first.isupper() or first.lower() == first.upper()
        at = w
        while at and text[at - 1] in _APART_BLANKS:
            at -= 1
        if at == w:
            return None, None  # (a word glued to a sign: no name's)
        if _noun_ends_at(text, at, shape.noun_end):
            # (a name holds a capital where the script has them: "du Comité exécutif", not "on safety")
            return (m, (at, known)) if capital else (None, None)
    return None, None


def _shape_noun_after(text: str, i: int, hi: int, shape: NumberShape, pat: Patterns) -> re.Match[str] | None:
    """The mention of ``shape`` (one that opens with its noun) whose scan characters stand at
    ``i``, its noun after it as the language writes it ("A.1126(31)号决议"), or None."""
    if pat.post_noun is None or shape.core is None:
        return None
    m = shape.core.search(text, max(0, i - shape.core_reach), hi)
    while m is not None and m.end() <= i:
        m = shape.core.search(text, m.end(), hi)
    if m is None or m.start("m") > i or not (m.start("m") and is_cjk(text[m.start("m") - 1])):
        return None  # (… glued to the words before it, as that script writes: no other shape's part)
    end = m.end()
    while (nxt := shape.more.match(text, end)) is not None:
        end = nxt.end()  # (… after the list it opens: "A.1117(30)和A.1142(31)号决议")
    return m if pat.post_noun.match(text, end) is not None else None


def _noun_ends_at(text: str, at: int, noun_end: re.Pattern[str]) -> bool:
    """Does a shape's noun end at ``at`` (blanks after it passed)?"""
    while at and text[at - 1] in _APART_BLANKS:
        at -= 1
    return noun_end.search(text, max(0, at - 40), at) is not None


def _body_apart(
    text: str,
    raw: Raw,
    m: re.Match[str],
    shape: NumberShape,
    apart: tuple[int, str | None] | None,
    named: dict[int, tuple[int, str]],
) -> None:
    """The body of the first mention ``raw`` of a shape from the words before its number: a body
    named between its noun and it (``apart``), or, for a shape several bodies write, right before
    the noun ("保护野生动物迁徙物种公约缔约方大会第12.3号决议"), unless one is named after the number."""
    after = _SHAPE_BODY_NAMED in raw.evidence or any(ev.startswith("body after") for ev in raw.evidence)
    if apart is not None:
        raw.evidence.append("words between the noun and the number")
        if raw.kw_start is None:
            head = apart[0]
            while head and text[head - 1] in _APART_BLANKS:
                head -= 1
            noun = shape.noun_end.search(text, max(0, head - 40), head) if shape.noun_end else None
            if noun is not None:
                raw.kw_start = noun.start()
        key = apart[1]
    elif shape.shared:
        # (… before the noun, for a shape several bodies write: read only where a body is named)
        head = m.start()
        while head and text[head - 1] in _APART_BLANKS:
            head -= 1
        key = named[head][1] if head in named else None
    else:
        return
    body = lexicon.load().bodies.get(key or "")
    if key is None or after or body is None:
        return
    # (… a body that writes the shape, or one with an id scheme of its own: "резолюция Генеральной
    # Ассамблеи 12.3" is no text of the Conferences that number theirs so)
    if key not in shape_writers(shape.shape) and (shape.shared or body.numbering == "none"):
        return
    raw.body_key = key
    raw.evidence.append(f"body before: {key}")
    if key == shape.body:
        raw.evidence.append(_SHAPE_BODY_NAMED)


def _bare_shape_named(text: str, raw: Raw, shape: NumberShape, pat: Patterns) -> bool:
    """Do the words after ``raw`` (of a shape of a mark and a number alone) name the shape's
    body: right after it, or past its date and a comma ("No. 1309 of 26 November 2015 of the IOM
    Council", "núm. 1309, de 26 de noviembre de 2015, del Consejo de la OIM")?"""
    if _SHAPE_BODY_NAMED in raw.evidence:
        return True
    other = marked_list_more()[1].match(text, raw.end)
    # (… past another noun's marked number that ends the list: "Resolutions No. 1309 and No.
    # 1310 and Law No. 1311 of the IOM Council"; else past the member's date and a comma)
    if other is None or not _tail_names(text, other.end(), shape.body, pat):
        if raw.date is None or raw.tail_end < 0:
            return False
        at = raw.tail_end + 1 if text.startswith(",", raw.tail_end) else raw.tail_end
        if not _tail_names(text, at, shape.body, pat):
            return False
    raw.evidence.append(_SHAPE_BODY_NAMED)
    return True


def _tail_names(text: str, at: int, body: str, pat: Patterns) -> bool:
    """Do the words at ``at`` (a number's tail) name ``body``?"""
    t = pat.item_tail.match(text, at)
    named = t.group("body") if t is not None else None
    return bool(named) and lexicon.load().body_names.get(fold(named)) == body


_SHAPE_BODY_NAMED = "the shape's body named after it"


def _mark_after_noun(text: str, m: re.Match[str]) -> bool:
    """Does the shaped mention ``m`` open with a number's mark right after a resolution's or
    decision's noun ("resolution No. 3281 (XXIX)": the noun's number, not a conclusion's)?"""
    s = m.start("m")
    mark, noun = mark_after_noun()
    if mark.match(text, s) is None:
        return False
    lo = max(0, s - 40)
    j = s
    while j > lo and text[j - 1] in " \t":
        j -= 1  # (the noun ends where the blanks before the mark start: its last character before them)
    last = noun_last_chars()
    if last is not None and (j == lo or last.match(text, j - 1) is None):
        return False
    return noun.search(text, lo, s) is not None


def _lead_there(text: str, j: int, lead: re.Pattern[str]) -> bool:
    """Is the character at ``j`` one a shape writes before its scan word (``NumberShape.lead``)?"""
    return j >= 0 and lead.match(text, j) is not None


def _shaped_number(text: str, m: re.Match[str], shape: NumberShape, pat: Patterns, first: Raw | None) -> Raw:
    """The mention ``m`` of a text numbered in ``shape``: its body is the shape's, unless the words
    after it name another body (one with an id scheme too: "decision 3 (Nairobi, 2022) of the
    Environment Assembly" is no ITU text); in a list, the keyword of its ``first`` member governs
    it."""
    s = m.start("m")
    raw = Raw(s, m.end("m"), shape.kind, number=WS_RUN.sub(" ", m.group("m")))
    raw.rule = NUMBERING_SHAPE
    raw.evidence.append(f"shape: {shape.shape}")
    read_tail(text, raw, pat)
    if raw.body_key == shape.body:
        raw.evidence.append(_SHAPE_BODY_NAMED)
    bodies = lexicon.load().bodies
    named = bodies.get(raw.body_key or "")
    if named is None:
        raw.body_key = shape.body
    if first is not None:
        raw.kw_start = first.kw_start
        raw.evidence.append(f"list after: {first.number}")
        return raw
    _keyword_and_pin_before(text, raw, pat)
    if (
        raw.date is None
        and pat.post_head is not None
        and pat.post_noun is not None
        and pat.post_noun.match(text, raw.end)
    ):
        # (… its date before it, in a language that writes the noun after the number:
        # "海事组织大会2019年12月4日第A.1143(31)号决议")
        before = pat.post_head.search(text, max(0, s - POST_HEAD_REACH), s)
        if before is not None and before.group("date"):
            dated_by(raw, before, "date before the number")
    return raw


def _keyword_and_pin_before(text: str, raw: Raw, pat: Patterns) -> None:
    """The noun before a coded or shaped number ("decision", "resolución") and a pinpoint
    before that ("paragraph 3 of decision …"), written into ``raw``."""
    s = raw.start
    window_start = max(0, s - 160)
    k = keyword_before(text, s, window_start, text[window_start:s], pat)
    head = s
    if k:
        raw.kw_start, head = k[0], k[2]
        raw.evidence.append(f"keyword: {k[1]}")
    if raw.pinpoint is None:
        pin = pin_ending_at(pat, text, head)
        if pin:
            raw.pinpoint = WS_RUN.sub(" ", pin.group("pin"))


def find_coded(
    text: str,
    lang: str = "",
    bodies: list[tuple[int, int, str]] | None = None,
    numbered_spans: frozenset[tuple[int, int]] = frozenset(),
) -> list[Raw]:
    """Decisions numbered with their conference's code ("decision 1/CP.21", "2/CMA.3"): the
    code names the body, the number after it is the session. ``numbered_spans``: the spans of
    the numbers the numbered finder read (a bare number after a coded one is read there, not
    again)."""
    out = _coded_resolutions(text, lang, bodies, numbered_spans)
    if "/" in text and (unnumbered := _unnumbered_coded(text, patterns(lang))):
        out = sorted(out + unnumbered, key=lambda r: r.start)
    shaped = _shaped_numbers(text, lang, numbered_spans, bodies)
    if shaped:
        if bodies:
            _schemed_body_before(text, shaped, bodies)
        out = sorted(out + shaped, key=lambda r: r.start)
    if "/" not in text and "." not in text:
        return out
    pat = patterns(lang)
    table = lexicon.decision_codes()
    codes, reach = table.body_of, table.longest + 16
    # the pattern's scan tries every digit: it runs only around the codes written after a
    # number and a mark (every match holds one), in stretches wide enough for any match and
    # what it looks at after itself, joined where they touch (no match crosses their ends)
    stretches: list[tuple[int, int]] = []
    for i in _codes_after_mark(text, table.codes):
        lo, hi = max(0, i - 8), min(len(text), i + reach)
        if stretches and lo <= stretches[-1][1]:
            stretches[-1] = (stretches[-1][0], hi)
        else:
            stretches.append((lo, hi))
    found = (m for lo, hi in stretches for m in pat.coded.finditer(text, lo, hi))
    prev: Raw | None = None
    prev_tail = -1
    commas: list[Raw] = []  # the undated numbers before ``prev``, each followed by a comma only
    names: Names | None = None  # the bodies named, read at the first bracket that needs them
    for m in found:
        if STOP.on:  # the time budget ran out: what was found is kept
            break
        s = m.start()
        raw = Raw(s, m.end(), "dec", number=f"{int(m.group('session'))}/{int(m.group('n'))}")
        raw.body_key = codes[m.group("code")]
        raw.rule = "coded decision"
        raw.evidence.append(f"code: {m.group('code')}")
        in_range = (
            prev is not None and prev.body_key == raw.body_key and pat.range_gap.fullmatch(text, prev.end, s)
        )
        spanned: list[Raw] = []
        if in_range and prev is not None:
            # "decisions 26/CMP.1 to 28/CMP.1": the decisions between the two ends
            spanned = between(prev, raw)
            out.extend(spanned)
        listed, listed_tail = prev, prev_tail
        prev = raw
        prev_tail = read_tail(text, raw, pat)
        _keyword_and_pin_before(text, raw, pat)
        kw = raw.kw_start
        after_k = keyword_after(text, s, m.end(), pat) if raw.date is None and kw is None else None
        if after_k is not None and after_k[5] is not None and after_k[7] is None:
            # "2015年12月12日第1/CP.21号决定": the noun after the number, the date before it
            raw.date = after_k[5]
            raw.evidence.append(_DATE_BEFORE_NUMBER)
        elif (
            raw.date is None
            and listed is not None
            and listed.date
            and _DATE_BEFORE_NUMBER in listed.evidence
            and pat.bare_and is not None
            and (pat.bare_and.fullmatch(text, listed_tail, s) or COMMA_GAP.fullmatch(text, listed_tail, s))
        ):
            # "2019年12月14日第1/CP.25、2/CP.25和3/CP.25号决定": the date before the list's first
            raw.date = listed.date
            raw.evidence.append(_DATE_BEFORE_NUMBER)
        if (
            after_k is not None
            and raw.pinpoint is None
            and pat.pin_after is not None
            and (pin := pat.pin_after.match(text, after_k[6])) is not None
        ):
            # "第1/CP.21号决定第7段": the pinpoint after the noun
            raw.pinpoint = pin.group()
        if raw.date is None and kw is not None and "(" in text[max(0, kw - 3) : kw]:
            # "adopted on 12 December 2015 by the Conference of the Parties … (decision 1/CP.21)"
            if names is None:
                names = Names(text, bodies or [], lang)
            if adopted_on := adopter_date(text, kw, names, pat):
                raw.date = adopted_on
                raw.evidence.append("date of the adoption before the body's name")
        if (
            raw.date
            and listed is not None
            and listed.date is None
            and ONE_WORD_GAP.fullmatch(text, listed_tail, s)
        ):
            # "decisions 4/CP.27 and 2/CMA.4 of 20 November 2022", "decisions 1/CMA.5 to 3/CMA.5
            # of 13 December 2023": the date of the list, or of the range, after its last
            for r in (*commas, listed, *spanned):
                r.date, r.date_shared = raw.date, raw.number
                r.evidence = [*r.evidence, "date shared with the next item"]  # (a copy: a range's own)
        # the undated numbers before the next one, each followed by a comma only
        commas = (
            [*commas, listed]
            if listed is not None and listed.date is None and COMMA_GAP.fullmatch(text, listed_tail, s)
            else []
        )
        out.append(raw)
    return out


#: the evidence of a date written before a coded number, in a language that writes the noun after it
_DATE_BEFORE_NUMBER = "date before the number"
#: the rule of such a decision's mention: kept unresolved (it has no id until it is numbered)
UNNUMBERED_CODED = "coded decision without its number"
#: the rule of a text numbered in another body's shape (``numbering_shapes.csv``)
NUMBERING_SHAPE = "numbering shape"


def _unnumbered_coded(text: str, pat: Patterns) -> list[Raw]:
    """ "decision -/CP.28", "decisions -/CP.28 and -/CMA.5": a decision of its conference's
    session with a dash for its number, at a dash that no letter, figure or mark of a symbol
    precedes; its number is None (its noun, pinpoint and date read as a coded one's)."""
    unnumbered = unnumbered_coded()
    codes = lexicon.decision_codes().body_of
    out: list[Raw] = []
    # the dashes found from the slashes after them (one scan for a rare character, in order;
    # nine scans for a dash, a blank perhaps and a slash cost ten times more in a text stored two
    # bytes a character)
    for slash in _DASH_SLASH.finditer(text):
        s = slash.start()
        i = s - 1 if text[s - 1] in NUMBER_DASHES else s - 2
        if not (i and ((text[i - 1].isalnum() and not is_cjk(text[i - 1])) or text[i - 1] in "/.-")) and (
            m := unnumbered.match(text, i)
        ):
            raw = Raw(i, m.end(), "dec")
            raw.body_key = codes[m.group("code")]
            raw.rule = UNNUMBERED_CODED
            raw.evidence.append(f"code: {m.group('code')}, session {int(m.group('session'))}")
            read_tail(text, raw, pat)
            _keyword_and_pin_before(text, raw, pat)
            out.append(raw)
    return out


#: a slash after a dash, perhaps with a blank between them ("-/CP.28", "- /CMA.5")
_DASH_SLASH = recache.compile(
    rf"/(?:(?<=[{re.escape(NUMBER_DASHES)}]/)|(?<=[{re.escape(NUMBER_DASHES)}][ \t]/))"
)


#: a text numbered by its session in Roman figures, then its number ("decision XIV/8" of the
#: biodiversity Conference of the Parties), not an element of a symbol ("…/DEC/XIV/8")
_ROMAN_SESSION = recache.compile(r"[IVXL]{1,7}/\d{1,3}(?![A-Za-z0-9/])")
_BEFORE_ROMAN_SESSION = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/.-")


def _roman_sessions(text: str, romans: list[int]) -> Iterator[re.Match[str]]:
    """The matches of ``_ROMAN_SESSION`` that no letter, figure or symbol's mark precedes, in
    order, from the Roman figures before a slash at ``romans`` (found by the scan of numbers)."""
    for i in sorted(romans):
        st = i
        while st > i - 6 and st > 0 and text[st - 1] in ROMAN_FIGURES:
            st -= 1
        if st and text[st - 1] in _BEFORE_ROMAN_SESSION:
            continue
        m = _ROMAN_SESSION.match(text, st)
        if m is not None:
            yield m


def find_roman_sessions(
    text: str, bodies: list[tuple[int, int, str]], romans: list[int], lang: str = ""
) -> list[Raw]:
    """Texts numbered by a session in Roman figures ("decision XIV/8", "第XIV/8号决定"), each
    after its noun (or before it, where the language puts it there), in lists that share the
    noun and the body named after the last: no scheme of ids gives theirs (the resolver keeps
    them unresolved with the body named as the reason), and none is the Assembly's.
    ``romans``: where a Roman figure stands before a slash and a digit (see find_numbered)."""
    out: list[Raw] = []
    pat = patterns(lang)
    names: Names | None = None
    prev: Raw | None = None
    prev_tail = -1
    for m in _roman_sessions(text, romans):
        if STOP.on:
            break
        s, e = m.span()
        raw = Raw(s, e, "dec", number=m.group())
        raw.rule = "session in Roman figures"
        if prev is not None and 0 <= s - prev_tail <= 40 and pat.separator.fullmatch(text, prev_tail, s):
            raw.kind, raw.group, raw.kw_start = prev.kind, prev.group, prev.kw_start
            raw.body_key, raw.generic = prev.body_key, prev.generic
            raw.evidence.append(f"list after {prev.number}")
        else:
            window_start = max(0, s - 160)
            k = keyword_before(text, s, window_start, text[window_start:s], pat)
            if k is None and pat.post_noun is not None and (after := keyword_after(text, s, e, pat)):
                k = after[:5]
            if k is None:
                prev = None
                continue
            raw.kind, raw.kw_start, raw.group = kind_of(k[1], pat), k[0], s
            raw.evidence.append(f"keyword: {k[1]}")
            bodymid = k[4]
            key = lexicon.load().body_names.get(fold(bodymid)) if bodymid else None
            if key is None and names is None:
                names = Names(text, bodies, lang)
            named = names.ending_before(k[2], SPACES) if names is not None and key is None else (key, None)
            adopter_found = (
                adopter_before_bracket(text, k[0], names, pat) if named is None and names else None
            )
            if adopter_found is not None:
                # "the decision of the Thirty-first Meeting of the Parties to … (decision XXXI/3)"
                named = adopted_by(raw, adopter_found)
            if named is not None:
                raw.body_key, raw.generic = named
        tail = read_tail(text, raw, pat)
        if raw.body_key is not None or raw.generic is not None:
            for r in reversed(out):  # "decisions XIII/5 and XIV/30 of the Conference …"
                if r.group != raw.group or r.body_key is not None or r.generic is not None:
                    break
                r.body_key, r.generic = raw.body_key, raw.generic
        out.append(raw)
        prev, prev_tail = raw, max(tail, e)
    return out
