"""Footnotes: a text's notes (number → span), the blocks a page break dropped into a
sentence, and a copy's closing list of related texts."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from ..grammar import recache
from ..grammar.dates import date_first
from ..grammar.headings import related_label
from ..grammar.lexicon import SUPER_TO_DIGIT, SUPERSCRIPTS
from ..grammar.shapes import number_word_end
from ..models import Record
from .normalise import SEPARATOR_LINE, SEPARATOR_RUNS, alone_run


def line_end_at(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    return len(text) if nl < 0 else nl


# (Arabic texts number their notes in brackets: "(1) انظر …")
_FN_START = recache.compile(
    rf"(?m)^[ \t]*(?:(?P<sup>[{SUPERSCRIPTS}]+)|(?P<num>\d{{1,3}})/?|\[(?P<br>\d{{1,3}})\]"
    rf"|\((?P<pa>\d{{1,3}})\))[ \t]+(?=\S)"
)
#: … or its number glued to the note's first character in a script written without spaces ("1见
#: A/79/1。", "2《联合国条约集》…"): the groups of :data:`_FN_START`, the others never set
_FN_GLUED = recache.compile(
    r"[ \t]*(?:(?P<sup>(?!x)x)|(?P<br>(?!x)x)|(?P<pa>(?!x)x)|(?P<num>\d{1,3}))"
    r"(?=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u300a\u300c\u3010\uff08])"
)
_SLASH_NOTE_HINT = recache.compile(r"\n[ \t]*+\d{1,3}/[ \t]")
_SLASH_BLANK = recache.compile(r"/[ \t]")  # rare: a scan for slashes is faster than one for line breaks
MARKER_REACH = 5000  # a footnote's marker stands on the same page, before it
DIGIT_TO_SUPER = str.maketrans("0123456789", SUPERSCRIPTS)
_BARE_NUMBER = recache.compile(r"\s*\d{1,3}\s*")
#: a number's last elements after a slash, ending where the search ends ("74/141", "A/RES/74/141")
SLASHED_END = recache.compile(r"(?<![\w/])[\w.\-/]*/\d{1,4}$")


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
def find_footnotes(text: str) -> tuple[dict[int, Footnote], list[tuple[int, int, int]]]:
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
            if (
                m is None
                and (g := _FN_GLUED.match(text, line_start, line_end)) is not None
                and (
                    current is None
                    or (
                        int(g.group("num")) == current[0] + 1
                        and blank_run == 0
                        and SENTENCE_END.search(text, max(cur_end - 8, line_start - 9), cur_end) is not None
                    )
                )
            ):
                # a note's number glued to its first ideograph: the first note under the rule, or
                # the next one after a note that ends its sentence (not a date's "12月" that a
                # note's sentence wrapped onto the line)
                m = g
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
                            or not SENTENCE_END.search(text, max(cur_end - 8, line_start - 9), cur_end)
                            or number_word_end().search(text, max(cur_end - 12, line_start - 13), cur_end)
                        )
                    )
                    or (
                        m is not None
                        and m.group("num")
                        and not SENTENCE_END.search(text, max(cur_end - 8, line_start - 9), cur_end)
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
                if (
                    SENTENCE_END.search(text, max(cur_end - 8, current[2]), cur_end)
                    and _DESIGNATOR_LINE.fullmatch(text, line_start, line_end) is None
                    and _resumes(text, bstart, line_start)
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
    """Rule 4 of :func:`find_footnotes`: the run of plain notes that ends the text, each note
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


#: A line that is a part's designator alone, as a note's reference wraps it onto the next line
#: ("… Supplement No. 2 (A/S-12/2), sect.⏎III.C."; "chap.⏎IV, para. 12."): a note's line that goes
#: on, never the sentence the page cut resuming after the notes
_DESIGNATOR_LINE = recache.compile(
    r"[ \t]*+(?:[IVXLC]{1,7}|[A-Z])(?:\.(?:[A-Z]|\d{1,3}))*+"
    r"(?:[.,;](?:[ \t]++[^\W\d_]{1,6}\.[ \t]*+\d{1,4}[.,;]?)?)?[ \t]*+"
)
SENTENCE_END = recache.compile(r"[.;:!?\u3002\uff1b\uff1a\u061b\u061f][\"'\u201d\u2019)\]*]*[ \t]*$")
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
        if not before or SENTENCE_END.search(before):
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
        and not SENTENCE_END.search(before)
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
