"""Number shapes: the shapes of ``numbering_shapes.csv`` and their fast scans, coded
decisions and resolutions, and the lists of numbers a noun opens."""

from __future__ import annotations

import collections
import functools
import re

from ..models import Record
from . import lexicon, recache
from .bodies import body_regex
from .chars import one_for_one
from .lexicon import CJK, SUPERSCRIPTS, alternation, is_cjk
from .retools import alt_or_never, gather_all, led, longest_first, unnamed
from .tables import kept_table


@functools.lru_cache(maxsize=16)
def body_after_list_word(lang: str = "") -> re.Pattern[str]:
    """The list word, then a second body's name before its number, in a list that one noun opened
    with the first body's name between it and its number ("резолюции Генеральной Ассамблеи 74/143
    и Совета по правам человека 43/22"): matched in full over the stretch between the numbers."""
    langs = lexicon.scope(lang)
    prep = alt_or_never([p for p in lexicon.gather("grammar.body_prep", langs) if p])
    list_and = alt_or_never(lexicon.gather("grammar.list_and", langs))
    return recache.compile(
        # (the list word glued to the name in Arabic: "قراري الجمعية العامة 74/143 ومجلس حقوق الإنسان 43/22")
        rf"\s*+(?:,\s*+)?(?:{list_and})\s*+(?:(?:{prep})\s++)?(?P<body>{body_regex(lang).pattern})\s++"
    )


@functools.lru_cache(maxsize=1)
def coded_decisions() -> re.Pattern[str]:
    """Decisions numbered with their conference's code, ``decision_codes.csv``: "1/CP.21",
    "2/CMA.3", and as typed in drafts, "2.CMA/3", "6/CMA,4", "2/CMA 3", "6/CMA4"."""
    return recache.compile(
        # glued to the characters around it in Chinese ("第1/CP.21号决定")
        # … or after the dash of a range ("26/CMP.1–28/CMP.1")
        rf"(?:(?<![\w/.-])|(?<=[{CJK}])|(?<=\.\d-)|(?<=\.\d\d-))"
        rf"(?P<n>\d{{1,3}})[ \t]?[./][ \t]?{_code_and_session()}"
    )


def _code_and_session() -> str:
    """A coded decision after its number and slash: the conference's code and its session, as
    typed in drafts too ("CP.21", "CMA,4", "CMA 3", "CMA4"; :func:`coded_decisions`,
    :func:`unnumbered_coded`)."""
    codes = alternation(list(lexicon.decision_codes().codes))
    return (
        rf"(?P<code>{codes})(?:[ \t]?[.,/-][ \t]?|[ \t])?"
        rf"(?P<session>\d{{1,2}})(?![\d/]|\.\d|(?![{CJK}{SUPERSCRIPTS}])[^\W\d_])"
    )


#: the dashes a report prints for the number of a decision not yet numbered ("decision -/CP.28")
NUMBER_DASHES = "-\u2013\u2014"


@functools.lru_cache(maxsize=1)
def unnumbered_coded() -> re.Pattern[str]:
    """A coded decision whose number is a dash, as a conference's report prints a decision not
    yet numbered ("decision -/CP.28", "-/CMA.5"), matched at its dash."""
    return recache.compile(rf"[{NUMBER_DASHES}][ \t]?/[ \t]?{_code_and_session()}")


@functools.lru_cache(maxsize=1)
def coded_resolutions() -> re.Pattern[str] | None:
    """Resolutions numbered with their body's code before the session, ``resolution_codes.csv``:
    "WHA58.3", glued to the characters around it in Chinese ("世界卫生大会WHA72.4号决议"),
    Arabic "ج ص ع58-3"."""
    codes = list(lexicon.resolution_codes())
    if not codes:
        return None
    return recache.compile(
        rf"(?:(?<![\w/.-])|(?<=[{CJK}]))(?P<code>{alternation(codes)})[ \t]?"
        rf"(?P<session>\d{{1,3}})[.-](?P<n>\d{{1,3}})(?![\d/]|[.-]\d)"
    )


#: what each placeholder of ``numbering_shapes.csv`` stands for (a number, a session …)
_SHAPE_SLOTS = {
    "session": r"(?P<session>\d{1,3})",
    "n": r"(?P<n>\d{1,4})",
    "roman": r"[IVXLCDM]{1,9}",
    # a small Roman figure, of I, V and X alone (a conference's, "XIV.17"): "L.11" is a draft's
    "small_roman": r"[IVX]{1,6}",
    "year": r"(?:19|20)\d\d",
    "yy": r"\d\d",
    "letter": r"[A-Z]",
    "letters": r"[A-Z]{2,6}",
    # a place named in a revision's mark ("Rev. Dubai, 2018"): up to three words, the first a capital's
    "place": r"[A-Z][\w'\u2019.-]*(?:[ \t][^\W\d_][\w'\u2019.-]*){0,2}",
}
_SHAPE_SLOT = recache.compile(r"\{(\w+)\}")
_SLOT_AT_END = recache.compile(r"\{(\w+)\}$")
#: … and how many characters it holds at most
_SLOT_WIDTHS = {
    "session": 3,
    "n": 4,
    "roman": 9,
    "small_roman": 6,
    "year": 4,
    "yy": 2,
    "letter": 1,
    "letters": 6,
    "place": 40,
}
#: … and the characters it ends with
_SLOT_LAST = {
    "session": r"\d",
    "n": r"\d",
    "roman": "[IVXLCDM]",
    "small_roman": "[IVX]",
    "year": r"\d",
    "yy": r"\d",
    "letter": "[A-Z]",
    "letters": "[A-Z]",
    "place": r"[\w.]",
}
#: A shape that is a mark and a number alone ("No. {n}", "رقم {n}"); matched at a shape's start, one
#: that opens with them ("No. {n} ({roman})")
_BARE_SHAPE = recache.compile(r"[^{}\s]+ \{n\}")
#: what a mention of a shape is not followed by (a word or number going on, a symbol's next part)
_SHAPE_END = r"(?![0-9A-Za-z]|/\w|\.\d)"


def _slot_before(head: str) -> tuple[str, bool] | None:
    """What ends a shape's ``head`` up to its scan word: the characters the placeholder ending
    it ends with, and whether a blank follows it (a blank of a shape is one blank or none);
    None when it ends with a noun, or is empty."""
    blank = head.endswith(" ")
    slot = _SLOT_AT_END.search(head[:-1] if blank else head)
    if slot is None or slot.group(1) not in _SLOT_LAST:
        return None
    return _SLOT_LAST[slot.group(1)], blank


def _lead_before(head: str) -> re.Pattern[str] | None:
    """What the character before a shape's scan word is (:func:`_slot_before`): the last of a
    placeholder ending ``head``, or a blank after one; None when nothing is known of it."""
    slot = _slot_before(head)
    if slot is None:
        return None
    last, blank = slot
    return recache.compile(f"[ \t]|{last}" if blank else last)


def _one_mark_behind(shape: str, scan: str) -> str:
    """Where a shape's scan of one mark stands ("/" of "{n}/{roman}"), as lookbehinds of the fast
    scan: after the character a placeholder ends with, or a blank after it (two lookbehinds of
    fixed width) — the mark alone would stop at every slash or bracket."""
    last, blank = _slot_before(shape[: shape.find(scan)]) or ("", False)
    mark = re.escape(scan)
    return f"(?:(?<={last}[ \t]{mark})|(?<={last}{mark}))" if blank else f"(?<={last}{mark})"


def _shape_rest(shape: str, scan: str, noun: str) -> str:
    """The rest of a shape after its ``scan`` characters, as the shape's pattern reads it (with no
    group: one fast scan holds many shapes), for a lookahead of the fast scan ("{n} ({roman})" of
    "No. {n} ({roman})"); empty when the scan is written more than once in the shape."""
    if shape.count(scan) != 1:
        return ""
    rest, at, parts = shape[shape.find(scan) + len(scan) :], 0, []
    for m in _SHAPE_SLOT.finditer(rest):
        slot = noun if m.group(1) == "noun" else _SHAPE_SLOTS[m.group(1)]
        parts += [_written(rest[at : m.start()], []), slot]
        at = m.end()
    parts.append(_written(rest[at:], []))
    return unnamed("".join(parts)) + _SHAPE_END


class NumberShape(Record):
    """One row of ``numbering_shapes.csv``: its pattern (the mention is its group ``m``), the
    pattern of one more of a list after a mention ("…, 41 C/13 and 41 C/15"), body, kind, the
    shape as written and the characters of it that a fast scan looks for (its ``scan``: two at
    least, written in the shape, or one mark right after a placeholder)."""

    pattern: re.Pattern[str]
    more: re.Pattern[str]
    body: str
    kind: str
    shape: str
    literal: str
    reach: int  # characters the mention may open with before its ``scan`` characters
    #: the characters written right before and right after its ``scan`` characters (in the same
    #: word of the shape): where they are not, no mention of the shape holds the scan characters
    #: there ("A/C.3/72/L.5" has "C." but not the "G" of "GC.{session}/{n}")
    before: str
    after: str
    #: what the character before that word is (the last of a placeholder, or a blank after
    #: one: "\\d" before "C/" of "{session} C/{n}"), matched there; None when nothing is known
    #: of it (the shape opens with the word, or a noun ends before it)
    lead: re.Pattern[str] | None
    #: the rest of the shape after its scan characters (:func:`_shape_rest`), and for a ``scan``
    #: of one mark, where it stands (:func:`_one_mark_behind`): lookarounds of the fast scan
    ahead: str
    behind: str
    #: the noun a shape opens with ("{noun} {n}/{roman}", "{conclusion} No. {n} ({roman})"), as
    #: its pattern reads it: a match holds it whole before the scan characters, so where it is
    #: not written in the ``reach`` before them the pattern need not be tried; None when the shape
    #: opens with no noun (or with ``{listed}``: a list's joint may stand in its place)
    opener: re.Pattern[str] | None
    #: a shape of a mark and a number alone ("No. {n}", "رقم {n}"): the body's only where a noun
    #: stands before it and its body is named after it
    bare: bool
    #: a shape that several bodies write ("{noun} {session}.{n}"): a mention of it is read only
    #: where the words after it name a body
    shared: bool
    #: for a shape that opens with its noun, the shape without it (the mention alone, its group
    #: ``m``), how far before its scan characters that may start, and the noun ending where a
    #: search of it stops: the words between the noun and the number are read apart
    #: ("резолюция Ассамблеи ИМО A.1110(30)", "заключения Исполнительного комитета № 108 (LIX)")
    core: re.Pattern[str] | None
    core_reach: int
    noun_end: re.Pattern[str] | None
    #: for a shape that ends with its noun (a language that writes it after the number), an
    #: earlier member of a list the noun ends: the shape without its noun, then the list's joint,
    #: ending where it is searched ("第99(LV)号和" before "第102(LVI)号结论")
    earlier: re.Pattern[str] | None

    __slots__ = (
        "after",
        "ahead",
        "bare",
        "before",
        "behind",
        "body",
        "core",
        "core_reach",
        "earlier",
        "kind",
        "lead",
        "literal",
        "more",
        "noun_end",
        "opener",
        "pattern",
        "reach",
        "shape",
        "shared",
    )

    def __init__(
        self,
        pattern: re.Pattern[str],
        more: re.Pattern[str],
        rows: tuple[str, str, str],
        literal: str,
        reach: int,
        around: tuple[str, str] = ("", ""),
        lead: re.Pattern[str] | None = None,
        looks: tuple[str, str] = ("", ""),
        opener: re.Pattern[str] | None = None,
        shared: bool = False,
        apart: tuple[re.Pattern[str] | None, int, re.Pattern[str] | None] = (None, 0, None),
        earlier: re.Pattern[str] | None = None,
    ) -> None:
        self.earlier = earlier
        self.shared = shared
        self.core, self.core_reach, self.noun_end = apart
        self.ahead, self.behind = looks
        self.opener = opener
        self.bare = _BARE_SHAPE.fullmatch(rows[2]) is not None
        self.pattern = pattern
        self.more = more
        self.body, self.kind, self.shape = rows
        self.literal = literal
        self.reach = reach
        self.before, self.after = around
        self.lead = lead


def _written(part: str, literals: list[str]) -> str:
    """The characters of a shape as written: each blank one blank or none."""
    literals.extend(w for w in part.split(" ") if w)
    return "[ \t]?".join(re.escape(w) for w in part.split(" "))


#: the marks a shape's ``scan`` is searched by: a fast search for the mark, the characters
#: written before and after it checked around it
_SCAN_MARKS = "./-("


class ShapeScan(Record):
    """The fast scans for the shapes of ``numbering_shapes.csv``: one pattern for each mark
    (or first character, for a ``scan`` without a mark: "EB"), each opening with it — a fast
    search — then the characters of each ``scan`` around it; with each pattern, its ``scan``
    characters and where the mark stands in them; and the shapes of each ``scan``."""

    patterns: tuple[tuple[re.Pattern[str], tuple[tuple[str, int], ...]], ...]
    by_scan: dict[str, tuple[NumberShape, ...]]

    __slots__ = ("by_scan", "patterns")

    def __init__(
        self,
        patterns: tuple[tuple[re.Pattern[str], tuple[tuple[str, int], ...]], ...],
        by_scan: dict[str, tuple[NumberShape, ...]],
    ) -> None:
        self.patterns = patterns
        self.by_scan = by_scan


def _scan_looks(key: str, k: int, shapes: list[NumberShape]) -> str:
    """The lookarounds of a fast scan's mark (at ``k`` of ``key``): the key's characters around it
    and, where every shape of the key knows it, the rest of one of them after it; a key of one
    mark, where its shapes' placeholders let it stand."""
    if len(key) == 1:
        return "|".join(f"{sh.behind}(?={sh.ahead})" for sh in shapes)
    behind = f"(?<={re.escape(key[: k + 1])})" if k else ""
    if all(sh.ahead for sh in shapes):
        return f"{behind}(?={re.escape(key[k + 1 :])}(?:{'|'.join(sh.ahead for sh in shapes)}))"
    return behind + (f"(?={re.escape(key[k + 1 :])})" if key[k + 1 :] else "")


def _rare_at(key: str) -> int:
    """Where the fast scan of a ``scan`` without a mark looks: at its first character that is no
    small Latin letter ("°" of "n°": a small letter stands everywhere in a text), else its first."""
    return next((j for j, c in enumerate(key) if not _small_latin(c)), 0)


def _small_latin(c: str) -> bool:
    return "a" <= c <= "z"


@functools.lru_cache(maxsize=1)
def shape_scan() -> ShapeScan:
    """:class:`ShapeScan` of the shapes of ``numbering_shapes.csv``."""
    by_scan: dict[str, list[NumberShape]] = {}
    for sh in number_shapes():
        by_scan.setdefault(sh.literal, []).append(sh)
    by_mark: dict[str, list[tuple[str, int]]] = {}
    for key in sorted(by_scan):
        k = min((key.find(c) for c in _SCAN_MARKS if c in key), default=_rare_at(key))
        by_mark.setdefault(key[k], []).append((key, k))
    scans = []
    for mark, keys in sorted(by_mark.items()):
        if len(keys) == 1 and keys[0][1] == 0 and _small_latin(mark):
            # (one key opening with a small letter, which stands everywhere: the whole key is the
            # fast search, "no" not "n"; a search for two characters or more is slower where the
            # first is rare: "EB" is searched as "E")
            key = keys[0][0]
            looks = _scan_looks(key, 0, by_scan[key])
            opens = f"(?={re.escape(key[1:])}"
            if looks.startswith(opens):
                scans.append((recache.compile(f"{re.escape(key)}(?={looks[len(opens) :]}"), tuple(keys)))
                continue
        alts = [_scan_looks(key, k, by_scan[key]) for key, k in keys]
        scans.append((recache.compile(f"{re.escape(mark)}(?:{'|'.join(alts)})"), tuple(keys)))
    return ShapeScan(tuple(scans), {k: tuple(v) for k, v in by_scan.items()})


def _list_joint() -> str:
    """What stands between two members of a list of numbers: a comma (perhaps with "and"), or
    "and" alone, in any language."""
    words = lexicon.gather("grammar.list_and")
    joins = alternation(words)
    # (… a script that writes no spaces glues its list word to the numbers: "A.1117(30)和A.1142(31)")
    glued = [w for w in words if w and all(map(is_cjk, w))]
    unspaced = f"|[ \t]*+(?:{alternation(glued)})[ \t]*+" if glued else ""
    return rf"(?:[ \t]*+[,\u3001\u060c][ \t]*+(?:{joins}[ \t]++)?|[ \t]++{joins}[ \t]*+{unspaced})"


@functools.lru_cache(maxsize=1)
def coded_resolutions_more() -> re.Pattern[str] | None:
    """One more of a list after a resolution numbered with its body's code, with the code or
    without ("WHA72.4 and WHA73.1", "World Health Assembly resolutions 72.4 and 73.1")."""
    codes = list(lexicon.resolution_codes())
    if not codes:
        return None
    prefix = alt_or_never(gather_all("grammar.number_prefix"))
    return recache.compile(
        rf"{_list_joint()}{prefix}?(?P<code>{alternation(codes)})?[ \t]?"
        rf"(?P<session>\d{{1,3}})[.-](?P<n>\d{{1,3}})(?![\d/]|[.-]\d)"
    )


@functools.lru_cache(maxsize=1)
def list_word_first() -> re.Pattern[str]:
    """A list's joining word at the start of a text's noun, glued to it or not ("وقراره", "and its
    resolution"): the noun then opens another item, whose date is not the one before it."""
    return recache.compile(
        rf"(?:{alternation(sorted(set(lexicon.gather('grammar.list_and')), key=longest_first))})"
    )


@functools.lru_cache(maxsize=1)
def coded_then_number() -> re.Pattern[str]:
    """A number of the series of ids.md that goes on with a list after a resolution numbered
    with its body's code ("resolutions WHA72.4 and 70/1"): a session or year, a slash, a
    number, and nothing a symbol or another number goes on with."""
    prefix = alt_or_never(gather_all("grammar.number_prefix"))
    return recache.compile(rf"{_list_joint()}{prefix}?(?P<a>\d{{1,4}})/(?P<n>\d{{1,4}})(?![\w/]|[.-]\d)")


@functools.lru_cache(maxsize=1)
def number_shapes() -> tuple[NumberShape, ...]:
    """:func:`_number_shapes`, kept between runs (:func:`kept_table`)."""
    return kept_table("number-shapes", _number_shapes, (NumberShape,))


def _number_shapes() -> tuple[NumberShape, ...]:
    """The shapes in which bodies outside the series of ids.md number their texts, from
    ``numbering_shapes.csv`` ("41 C/12", "39 C/Resolution 4", "EB146.R12", "GC(65)/RES/11",
    "AG/RES. 2941 (XLIX-O/19)"): each read whole, as one mention. A blank of the shape is one
    blank or none; ``{noun}`` is a noun of any language (or a number's prefix, "第"); a shape
    that opens with it is read only after the noun, which is not part of the mention; one that
    opens with ``{listed}`` after the noun too, or after a list's joint that follows a number
    ("decisions BC-15/4, RC-11/3 and SC-10/2"): never alone ("SC-10/2 product code")."""
    nouns = gather_all("nouns.resolution") + gather_all("nouns.decision")
    prefix = alt_or_never(gather_all("grammar.number_prefix"))
    noun = rf"(?:(?i:{alternation(nouns)})[ \t]?|{prefix})"
    # a shape may open with a noun of its own kind instead ("{conclusion} No. {n} ({roman})": a
    # number in that shape after another word is a paragraph's or an item's, no conclusion's)
    conclusions = gather_all("nouns.conclusion")
    lead_nouns = {"noun": noun, "listed": noun, "conclusion": rf"(?i:{alternation(conclusions)})[ \t]?"}
    sep = f"{_list_joint()}{prefix}?"
    out: list[NumberShape] = []
    written = collections.Counter(shape for _body, _kind, shape, _scan in lexicon.numbering_shapes())
    for body, kind, shape, scan in lexicon.numbering_shapes():
        opening = _SHAPE_SLOT.match(shape)
        lead_name = opening.group(1) if opening and shape[opening.end() : opening.end() + 1] == " " else ""
        lead = lead_name in lead_nouns
        core_shape = shape[len(lead_name) + 3 :] if lead else shape
        parts: list[str] = []
        literals: list[str] = []
        at = 0
        for m in _SHAPE_SLOT.finditer(core_shape):
            parts.append(_written(core_shape[at : m.start()], literals))
            parts.append(noun if m.group(1) == "noun" else _SHAPE_SLOTS[m.group(1)])
            at = m.end()
        parts.append(_written(core_shape[at:], literals))
        core = rf"(?P<m>{''.join(parts)}){_SHAPE_END}"
        # (… a list's later member may leave out the mark that opens the shape before its number:
        # "conclusions No. 99 (LV) and 102 (LVI)", "№ 99 (LV) и 102 (LVI)" — not in a shape of the
        # mark and the number alone, whose number then is anyone's)
        more_core = core
        if _BARE_SHAPE.match(core_shape) and not _BARE_SHAPE.fullmatch(core_shape):
            more_core = rf"(?P<m>(?:{parts[0]})?{''.join(parts[1:])}){_SHAPE_END}"
        before = rf"(?:(?<![\w/.-])|(?<=[{CJK}]))"
        opener = rf"{before}{lead_nouns[lead_name]}[ \t]*" if lead else before
        if lead_name == "listed":  # after the noun, or after a list's joint that follows a number
            opener = rf"(?:{opener}|(?<=\d){sep})"
        pattern = recache.compile(f"{opener}{core}")
        more = recache.compile(f"{sep}{more_core}")
        head = shape[: shape.find(scan)]
        # a scan of one mark is enough where a placeholder ends just before it ("/" of "{n}/{roman}":
        # only after a digit); any other scan of one character would stop everywhere ("A" of "A41-21")
        one_mark = (
            len(scan) == 1
            and scan in _SCAN_MARKS
            and shape.count(scan) == 1
            and _lead_before(head) is not None
        )
        # (… or a sign of its own that words never hold, the numero sign "№")
        sign = len(scan) == 1 and not scan.isascii() and not scan.isalnum()
        if (len(scan) < 2 and not one_mark and not sign) or not any(scan in w for w in literals):
            raise ValueError(f"numbering_shapes.csv: {shape!r}: scan {scan!r} is not two characters of it")
        # how far before its scan characters a match may start: the placeholders' widths, the
        # characters written, a noun's length
        widths = {
            **_SLOT_WIDTHS,
            "noun": max(map(len, [*nouns, ""])) + 1,
            "conclusion": max(map(len, [*conclusions, ""])) + 1,
        }
        widths["listed"] = widths["noun"]
        reach = sum(widths[m.group(1)] for m in _SHAPE_SLOT.finditer(head)) + len(_SHAPE_SLOT.sub("", head))
        # the word of the shape its scan characters stand in, read around them — only where they
        # are written once in the shape (else a mention may hold them elsewhere: nothing checked)
        word = next(w for w in literals if scan in w)
        at_scan = word.find(scan)
        around = (word[:at_scan], word[at_scan + len(scan) :]) if shape.count(scan) == 1 else ("", "")
        lead_at = _lead_before(head[: len(head) - at_scan]) if shape.count(scan) == 1 else None
        looks = (_shape_rest(core_shape, scan, noun), _one_mark_behind(core_shape, scan) if one_mark else "")
        # (the noun a shape opens with, searched alone before its scan: a cheap test first)
        # (… led by its first characters: searched at every character of its reach, it turns most
        # of them away at once)
        hint = (
            led(recache.compile(f"{before}{lead_nouns[lead_name]}"))
            if lead and lead_name != "listed"
            else None
        )
        rows = (body, kind, shape)
        shared = written[shape] > 1
        apart: tuple[re.Pattern[str] | None, int, re.Pattern[str] | None] = (None, 0, None)
        if lead and lead_name != "listed":
            core_head = core_shape[: core_shape.find(scan)]
            core_reach = sum(widths[m.group(1)] for m in _SHAPE_SLOT.finditer(core_head))
            apart = (
                recache.compile(f"{before}{core}"),
                core_reach + len(_SHAPE_SLOT.sub("", core_head)) + 2,
                recache.compile(rf"{before}{lead_nouns[lead_name]}[ \t]*$"),
            )
        # (… a shape that ends with a noun of its own kind: the members of a list before it write
        # the shape without it, "第99(LV)号和第102(LVI)号结论")
        earlier = None
        tail = core_shape[at:]
        ends = [c for c in conclusions if tail.endswith(c) and len(tail) > len(c)]
        if not lead and ends:
            cut = _written(tail[: -len(ends[0])], [])
            earlier = recache.compile(rf"{before}(?P<m>{''.join(parts[:-1])}{cut}){_list_joint()}$")
        out.append(
            NumberShape(
                pattern, more, rows, scan, reach + 2, around, lead_at, looks, hint, shared, apart, earlier
            )
        )
    return tuple(out)


@functools.lru_cache(maxsize=256)
def shape_writers(shape: str) -> frozenset[str]:
    """The bodies of ``numbering_shapes.csv`` that number their texts in ``shape``."""
    return frozenset(body for body, _kind, written, _scan in lexicon.numbering_shapes() if written == shape)


@functools.lru_cache(maxsize=1)
def named_coded_resolutions() -> re.Pattern[str] | None:
    """What follows the name of a body of ``resolution_codes.csv`` before one of its resolutions
    numbered without its code: a few words (the noun, the number's prefix), then the number —
    "World Health Assembly resolution 58.3", "世界卫生大会第58.3号决议", Arabic "قرار جمعية الصحة
    العالمية 58-3": the name gives the body, as the code does."""
    if not lexicon.resolution_codes():
        return None
    return recache.compile(
        rf"(?P<gap>[^\d\n.,;:()\u3002\uff0c\uff1b\u060c]{{0,24}}?)"
        rf"(?:(?<![\w/.-])|(?<=[{CJK}]))(?P<session>\d{{1,3}})[.-](?P<n>\d{{1,3}})(?![\d/]|[.-]\d)"
    )


@functools.lru_cache(maxsize=1)
def number_word_end() -> re.Pattern[str]:
    """The end of a text that ends with a word written before a number and closed by a full
    stop ("Supplement No.", "vol.", "núm."), in every language: a wrapped line, not a
    sentence's end, when a number opens the next line."""
    found = lexicon.gather("footnotes.number") + lexicon.gather("footnotes.volume")
    words = [w for w in found if w.endswith(".")]
    return recache.compile(rf"(?<![^\W\d_])(?:{alt_or_never(words)})[ \t]*$")


@functools.lru_cache(maxsize=1)
def mark_after_noun() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A number's mark that opens a mention ("No. 109 (LXI)", "núm. 109", "no 109"), and a
    resolution's or decision's noun that ends a text ("resolution ", "résolution "), in every
    language: a shape that opens with the mark is, after such a noun, the noun's number
    ("resolution No. 3281 (XXIX)"), not the shape's."""
    marks = alt_or_never(gather_all("footnotes.number"))
    nouns = alt_or_never(gather_all("nouns.resolution") + gather_all("nouns.decision"))
    return (
        recache.compile(rf"(?:{marks})[ \t]?\d", re.IGNORECASE),
        recache.compile(rf"(?<![^\W\d_])(?:{nouns})[ \t]*+$", re.IGNORECASE),
    )


@functools.lru_cache(maxsize=1)
def noun_last_chars() -> re.Pattern[str] | None:
    """The last characters of the nouns of :func:`mark_after_noun` (its case kept as the noun's
    pattern keeps it): where the character before a mark's blanks is none of them, no noun ends
    there, and the noun's search is not needed; None where a noun's pattern may end otherwise
    than with its last character (then the search is always made)."""
    nouns = gather_all("nouns.resolution") + gather_all("nouns.decision")
    last = {one_for_one(n).strip()[-1:] for n in nouns}
    if not last or not all(c.isalnum() or c == "." for c in last):
        return None
    return recache.compile(f"[{''.join(re.escape(c) for c in sorted(last))}]", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def list_goes_on() -> re.Pattern[str]:
    """What follows a member of a list that goes on, in any language: the list's joint ("2250 and
    …"), or the number's suffix ("2250号决议")."""
    suffix = alt_or_never(gather_all("grammar.number_suffix"))
    return recache.compile(rf"{_list_joint()}|[ \t]*+(?:{suffix})")


@functools.lru_cache(maxsize=1)
def marked_list_more() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """After a member of a list of numbers in a shape of a mark and a number alone ("Resolutions
    No. 1309 and …"): one more written without its mark ("… and 1310 of the IOM Council"), and
    another noun's marked number that ends the list ("… and Law No. 1311 of the IOM Council"), in
    every language."""
    marks = alt_or_never(gather_all("footnotes.number"))
    joint = _list_joint()
    return (
        # (… not a year: "Resolution No. 1309 and 2017 of the IOM Council")
        recache.compile(rf"{joint}(?!(?:19|20)\d\d(?!\d))(?P<m>\d{{1,6}}){_SHAPE_END}(?![ \t]*+[.,]?\d)"),
        recache.compile(
            rf"{joint}(?:[^\W\d_]++[\x27\u2019]?[ \t]++){{0,2}}?[^\W\d_]++[ \t]++"
            rf"(?:{marks})[ \t]?\d{{1,6}}{_SHAPE_END}",
            re.IGNORECASE,
        ),
    )
