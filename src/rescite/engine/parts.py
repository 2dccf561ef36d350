"""Parts: the texts a compilation holds, each from its opening line."""

from __future__ import annotations

import functools
import re

from ..grammar import lexicon, recache
from ..grammar.bodies import body_regex
from ..grammar.headings import report_title_words
from ..grammar.lexicon import alternation, gather
from ..grammar.retools import roman
from ..grammar.symbols import latin_marks
from ..ids import IdError, symbol_id
from ..models import Frozen, replace
from .heading import (
    BLANK_LINE,
    BODY_LINE_REACH,
    HEADING_MARKS,
    HEADING_NUMBER,
    SYMBOL_NUMBER,
    adopting_body_below,
    alone_on_line,
    any_heading,
    body_line,
    coded_id,
    decision_number,
    generic_body_line,
    generic_line_series,
    is_decision,
    iter_heading_patterns,
    joint_pair,
    named_body,
    number_and_part,
    organisation_led,
    own_number_shape,
    report_body,
    unmarked_number,
)
from .language import detect
from .symbols import ADOPTED_TEXT, cached_resolution_id, symbol_matches

TYPE_CHECKING = False  # as typing's, without importing typing: a refresh imports this module
if TYPE_CHECKING:
    from typing import Literal


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
    # own number (a digit, "S-", "ES-": every own number does, :func:`own_number_shape`), the
    # only noun's lines :func:`_heading_at` takes: "Resolution adopted by the General Assembly
    # on …", printed under every masthead, is left at once
    noun = rf"(?:{alternation(nouns)})[ \t]+[\dSE]"
    return recache.compile(rf"\n[ \t]*+(?=[{firsts}])(?:{number}|{noun})")


_TITLE_ON_LINE = recache.compile(r"\.?[ \t]*+(?:[-.][ \t]*+)?[^\s\d]")


def _heading_at(text: str, line_start: int, scope: str) -> tuple[str, str, int] | None:
    """(number, kind, end) of a heading line starting at ``line_start``."""
    if any_heading().match(text, line_start) is None:
        return None
    for pat in iter_heading_patterns("own_number"):
        m = pat.match(text, line_start)
        if m is None:
            continue
        # (… without a note's mark glued to it: "Resolution 2009/1¹", "Decision 2/CP.11*")
        raw = m.group("num")
        marked = len(raw) - len(raw.rstrip(HEADING_MARKS))
        num = latin_marks(unmarked_number(raw), scope)
        if not own_number_shape(num):
            continue
        kind = m.groupdict().get("kind") or ""
        if not kind and not _TITLE_ON_LINE.match(text, m.end("num")):
            continue  # a number alone on its line ("2/3" of a page line) heads no text
        if _contents_entry(text, m.end("num")):
            return None
        if _parts_listed(scope).match(text, m.end("num")):
            return None  # a list of a number's parts a wrapped line opens ("⏎47/120 A and B."): cited
        return num, kind, m.end("num") - marked
    return None


@functools.lru_cache(maxsize=4)
def _parts_listed(scope: str) -> re.Pattern[str]:
    """A list word and another part's letter after a number and its part's letter ("47/120 A
    and B", "47/120 A et B"): the line goes on with the parts the sentence cites."""
    words = gather("grammar.list_and", lexicon.scope(scope))
    return recache.compile(
        rf"[ \t]+[A-H][ \t]+(?:{alternation(words) if words else '(?!)'})[ \t]+[A-H](?!\w)"
    )


#: a line of a table of contents ends with a leader and the page number ("… . . . . 12",
#: "……12") or with the page number in a column of its own (a tab before it)
_CONTENTS_PAGE = recache.compile(r"(?:(?:[.\u2026\u00b7][ \t]?){2,}|\t)[ \t]*\d{1,4}[ \t]*(?=[\n\f]|\Z)")
_CONTENTS_LINES = 3  # the lines of an entry's title, the page number ending the last one


#: … or with a leader alone, the page number alone on the next line, where a narrow column
#: (a contents page in two columns) has no room left for it ("… . . . . . .⏎3")
_LEADER_CHARS = frozenset(".\u2026\u00b7 \t")
_LEADER_ENDS = recache.compile(r"(?:[.\u2026\u00b7][ \t]?){3,}[ \t]*\n[ \t]*\d{1,4}[ \t]*(?=[\n\f]|\Z)")


def _page_ends(text: str, pos: int, end: int) -> bool:
    """Whether the line from ``pos`` to ``end`` (its end) ends with a contents entry's page
    number, after its leader or on the next line after a leader that ends this one."""
    if _CONTENTS_PAGE.search(text, pos, end) is not None:
        return True
    if end >= len(text) or text[end - 1 : end] not in _LEADER_CHARS:
        return False
    nl = text.find("\n", end + 1)
    stop = len(text) if nl < 0 else nl
    return stop - end <= 8 and _LEADER_ENDS.search(text, max(pos, end - 40), stop) is not None


def ends_with_page(text: str, pos: int) -> bool:
    """Whether the line that holds ``pos`` ends with a page number after a leader or a tab:
    a line of a table of contents ("1/CP.27⏎Title . . . . 2", "2690 (2023) . . . . 5"), or the
    line after it where its title wraps in a narrow column ("62/2 Title of two⏎lines . . . 7")."""
    return _contents_entry(text, pos)


def _contents_entry(text: str, pos: int) -> bool:
    """Whether the heading whose number ends at ``pos`` is an entry of a table of contents:
    its title (its line, or the next lines before an empty one) ends with a page number."""
    for _ in range(_CONTENTS_LINES):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        if _page_ends(text, pos, end):
            return True
        if nl < 0 or BLANK_LINE.match(text, nl) is not None:
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
        if not HEADING_NUMBER.fullmatch(self.number):
            return coded_id(self.number)  # "Decision 1/CP.21": its conference's code names the body
        try:
            if series == "S":
                return cached_resolution_id("S", "RES", self.number)
            kind: Literal["RES", "DEC"] = "DEC" if self.decision else "RES"
            num, part = number_and_part(self.number)
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
        if not alone_on_line(text, sym_s, sym_e) and not organisation_led(text, sym_s):
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
    E/2019/27-E/CN.6/2019/15", or the symbol alone on its line), not an adopted text's (of a
    joint symbol, the second); else None."""
    for k, m in enumerate(symbols):
        s, e = m.span("sym")
        if s > _MASTHEAD_REACH:
            return _joint_on_cover(text, symbols, k)
        if ADOPTED_TEXT.search(m.group("sym")):
            return None
        # (a joint symbol's second names the reporting body by its series: "E/CN.6/2011/12")
        joint = _joint_on_cover(text, symbols, k)
        if joint is not None:
            return joint
        if alone_on_line(text, s, e) or organisation_led(text, s):
            return m.group("sym")
    return None


#: How far into a file the cover a text layer flattened sets the joint symbol of a report
_COVER_REACH = 1500


def _joint_on_cover(text: str, symbols: list[re.Match[str]], k: int) -> str | None:
    """The second symbol of a report's joint symbol set on its cover's line, farther down than a
    masthead ("… Supplement No. 7 … New York, 2011 E/2011/27 E/CN.6/2011/12", the title page's
    lines run together), the file's first symbols; else None."""
    if (
        k + 1 < len(symbols)
        and symbols[k + 1].start("sym") <= _COVER_REACH
        and joint_pair(text, symbols[k], symbols[k + 1])
    ):
        return symbols[k + 1].group("sym")
    return None


#: How far into a file a session report's title stands
_TITLE_REACH = 1500


def _titled_report(text: str, scope: str, before: int) -> lexicon.Body | None:
    """The body whose session report the file's title page names, before ``before`` (its first
    text): a line that opens or ends with the report's noun under a line that is the body's name
    alone ("Commission on the Status of Women⏎Report on the fifty-fifth session", "麻醉药品委员会⏎
    第六十一届会议报告"), or naming the body on its own line ("Report of the Conference of the
    Parties to … on its sixth session"); not the Assembly nor a Council (their reports hold
    no texts of theirs); else None."""
    words = report_title_words()
    names = body_regex(scope)
    prev = ""
    lines = [x for x in (y.strip() for y in text[: min(before, _TITLE_REACH)].split("\n")) if x]
    for k, line in enumerate(lines):
        if any(line.startswith(w) or line.endswith(w) for w in words):
            m = names.fullmatch(prev.rstrip(",")) or names.search(line)
            if m is None and k + 1 < len(lines):
                # (a long title wraps inside the body's name: "… contre la criminalité⏎
                # transnationale organisée sur les travaux de sa neuvième session")
                m = names.search(f"{line} {lines[k + 1]}")
                m = m if m is not None and m.start() < len(line) else None
            body = named_body(m.group()) if m is not None else None
            if body is not None and body.series not in ("A", "E", "S"):
                return body
        prev = line
    return None


@functools.lru_cache(maxsize=4)
def _chapter_line(scope: str) -> re.Pattern[str]:
    """A report's chapter heading alone on its line: the pinpoints' word of a chapter before its
    number ("Chapter II", "Chapitre III", "Глава IV")."""
    languages = lexicon.load().languages
    words = sorted(
        {w for code in lexicon.scope(scope) for w in languages[code].raw["pinpoints"]["chapter"].split("|")}
        - {""}
    )
    parts = sorted(set(gather("heading.part_words")))
    # (a volume's part: its number then its title after a full stop or a colon, "Part II.
    # Decisions and statements of the President", the number alone too)
    part = (
        rf"|^[ \t]*(?i:{'|'.join(map(re.escape, parts))})[ \t]+(?P<p>[IVXLC]{{1,7}}|\d{{1,2}})"
        r"(?:\.?[ \t]*|[.:][ \t]+[^\W\d][^\n]*)$"
        if parts
        else ""
    )
    # (a part named by its ordinal, "Part Two: Summary of proceedings", fr "Deuxième partie :
    # Résumé des travaux", zh "第二部分：会议纪要": alone, or its title after a colon)
    ordinals = _part_ordinals(scope)
    spaced = "|".join(r"[ \t]+".join(map(re.escape, w.split())) for w in ordinals)
    named = (
        rf"|^[ \t]*(?i:(?P<o>{spaced}))"
        r"(?:[ \t]*|[ \t]*[.:\uff1a][ \t]*[^\W\d][^\n]*)$"
        if ordinals
        else ""
    )
    return recache.compile(
        rf"^[ \t]*(?i:{'|'.join(words)})[ \t]+(?P<n>[IVXLC]{{1,7}}|\d{{1,2}})\.?[ \t]*${part}{named}",
        re.MULTILINE,
    )


@functools.lru_cache(maxsize=4)
def _part_ordinals(scope: str) -> dict[str, int]:
    """A part's heading by its ordinal, folded to lower case, and its number: each language's
    ``heading.part_ordinals`` in order from the first."""
    out: dict[str, int] = {}
    for code in lexicon.scope(scope):
        for k, w in enumerate(gather("heading.part_ordinals", (code,)), 1):
            out.setdefault(" ".join(w.lower().split()), k)
    return out


def _chapter_value(n: str) -> int | None:
    if n.isdigit():
        return int(n)
    return next((v for v in range(1, 60) if roman(v) == n), None)


def _line_value(m: re.Match[str], scope: str) -> tuple[str, int | None]:
    """A chapter's or a part's line: its kind ("n" a chapter, "p" a part) and its number."""
    if m.group("n"):
        return "n", _chapter_value(m.group("n"))
    if m.group("p"):
        return "p", _chapter_value(m.group("p"))
    return "p", _part_ordinals(scope).get(" ".join(m.group("o").lower().split()))


def _chapter_resumed(
    text: str, found: list[tuple[int, str, str | None]], scope: str
) -> list[tuple[int, str, str | None]]:
    """The texts of a report's chapter ("Chapter I⏎Matters calling for action …", the last
    chapter heading before its first text) end where its next chapter opens ("Chapter II"): the
    report's narrative goes on there, a piece of no heading ("").  Chapters a text's annex
    numbers from the same number ("Chapter I", "Chapter II" of rules it adopts) are passed
    over: the report's next chapter is the next number's occurrence after as many as the
    annexes restarted the numbering."""
    line = _chapter_line(scope)
    before = None
    kind = "n"
    for m in line.finditer(text, 0, found[0][0]):
        kind, before = _line_value(m, scope)
    if before is None:
        return found
    # (a text's annex numbering its own chapters from the same number, "Chapter I … Chapter II"
    # of rules it adopts: the report's next chapter is the one after as many of them)
    restarts = 0
    nexts: list[int] = []
    for m in line.finditer(text, found[0][0]):
        its_kind, value = _line_value(m, scope)
        if its_kind != kind:
            continue  # (a chapter's line among a volume's parts, or a part's among chapters)
        if value == before:
            restarts += 1
        elif value == before + 1:
            nexts.append(m.start())
    if len(nexts) <= restarts:
        return found
    return sorted([*found, (nexts[restarts], "", None)], key=lambda f: f[0])


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
    _lang, scope = detect(text, lang_hint)
    symbols = symbol_matches(text) if symbols is None else symbols
    cands = _openings(text, scope, symbols)
    numbers = {
        # "1/CMP.3", "1/م أ-21": coded, whole (the session alone is every decision's of the volume)
        c.number if c.masthead is None and ("." in c.number or coded_id(c.number) is not None) else n.group()
        for c in cands
        if (n := SYMBOL_NUMBER.search(c.masthead or c.number))
    }
    # a report (its masthead a document's symbol) that reproduces a text: the text is a part
    # even alone ("Resolution 63/1" and "The Commission on the Status of Women," in E/2019/27)
    file_id = _report_masthead(text, symbols) if numbers else None
    report = report_body(file_id) if file_id else None
    if file_id is None and numbers and cands:
        # (no masthead symbol: the title page names the body whose report it is)
        report = _titled_report(text, scope, cands[0].start)
    least = 1 if file_id or report else 2
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
        line = body_line(text, end, min(stop, end + BODY_LINE_REACH), scope, own_line=True)
        if line is None and c.masthead is None and not HEADING_NUMBER.fullmatch(c.number):
            # a coded decision ("Decision 1/CP.21") names its body by its code: its adopting body's
            # line may give the body's short name ("The Conference of the Parties,")
            line = generic_body_line(text, end, min(stop, end + BODY_LINE_REACH), scope)
        if line is None and c.masthead is None and HEADING_NUMBER.fullmatch(c.number) and report:
            # "Resolution 7/2⏎⏎The Conference of the Parties,⏎" in a report of the Conference:
            # the short name stands for the body of the file's masthead
            line = generic_line_series(text, end, min(stop, end + BODY_LINE_REACH), scope, report)
        if line is None and c.masthead is None and HEADING_NUMBER.fullmatch(c.number):
            # a decision told as a narrative, with no adopting body's line ("2004/233. Report of
            # the Statistical Commission⏎⏎At its 44th plenary meeting, …, the Economic and Social
            # Council took note …"): the body its first sentence names
            series = adopting_body_below(text, end, scope, report)
            body = lexicon.load().body_by_series(series) if series is not None else None
            if body is not None and (c.decision or decision_number(body, c.number)):
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
    if file_id or report:
        found = _chapter_resumed(text, found, scope)
    return [
        Part(start, found[k + 1][0] if k + 1 < len(found) else len(text), heading)
        for k, (start, heading, _own) in enumerate(found)
    ]
