"""Paragraphs: a text's operative paragraphs and their sub-paragraphs."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ..grammar import recache
from ..models import Record
from .heading import Heading


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


_OPERATIVE = recache.compile(r"(?P<n>\d{1,3})\.[ \t\n]+(?=\*?(?:[^\W\d_]|\"))")
# most texts start each operative paragraph on a line of its own: a newline-anchored scan
# is several times faster than one anchored on every digit (… its number closed by a dash
# between blanks, as Arabic texts write it: "1 - تقرر …")
_OPERATIVE_NL = recache.compile(
    r"\n[ \t]*+(?P<n>\d{1,3})(?:\.[ \t\n]+|[ \t]?[-\u2013][ \t]+)(?=\*?(?:[^\W\d_]|\"))"
)
# … each found from its stop (a scan led by the full stop: one led by every digit is some thirty
# times slower), its number read back from there (:func:`_operative`)
_OPERATIVE_STOP = recache.compile(r"\.[ \t\n]+(?=\*?(?:[^\W\d_]|\"))")
_OPERATIVE_BEFORE = recache.compile(r"(?:^|\n|[;:.]\s{1,2}|\")[ \t]*$")
_SUBPARA = recache.compile(r"\n[ \t]*+(?P<p>\(?(?P<l>[a-z])\))[ \t\n]+")


def find_paragraphs(text: str, h: Heading, fn_spans: list[tuple[int, int, int]]) -> list[Paragraph]:
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
    for after_break in (True, False):
        expect = 1
        lo = max(0, body_end - 1)
        for m in _OPERATIVE_NL.finditer(text, lo) if after_break else _operative(text, lo):
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


def _operative(text: str, pos: int) -> Iterator[re.Match[str]]:
    """``_OPERATIVE.finditer(text, pos)``: the same matches, found from their stops.  A match
    starts at the first of the (at most three) digits before its stop, none before ``pos``,
    and ends where the stop's match ends; matches cannot overlap (what follows one is no digit)."""
    for stop in _OPERATIVE_STOP.finditer(text, pos):
        d = p = stop.start()
        while p > pos and d - p < 3 and text[p - 1].isdecimal():  # (what ``\d`` reads)
            p -= 1
        if p < d and (m := _OPERATIVE.match(text, p)) is not None:
            yield m
