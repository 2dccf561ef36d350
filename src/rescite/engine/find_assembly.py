"""The General Assembly's numbers of its first thirty sessions written without their session's
bracket, where the sentence states that session ("第二十六届联合国大会通过了第2758号决议", "резолюция
3379 … была принята на XXX сессии Генеральной Ассамблеи"): the Assembly's resolution of that
session, ``A/RES/2758(XXVI)`` (its numbers ran on from session to session until the thirtieth);
or, the Assembly named with the number alone ("联大第2758号决议", "قرار الجمعية العامة 181"), where
the numbers known of its sessions (``ga_anchors.csv``) hold it between two of one session, or it is
one of them: that session's (the numbers rise from session to session)."""

from __future__ import annotations

import bisect
import functools
import re

from ..grammar import lexicon, recache
from ..grammar.dates import numeral_dates, numeral_value, parse_date
from ..grammar.retools import roman, roman_value
from ..grammar.rules import patterns
from ..read.stop import STOP
from .find_base import Raw

#: the last session whose resolutions were numbered on from the one before, with its Roman
#: numeral in brackets (from the thirty-first, "31/1")
_LAST_RUNNING_SESSION = 30
#: the Assembly's last running number (the thirtieth session's last resolution)
_LAST_RUNNING_NUMBER = 3541


@functools.lru_cache(maxsize=1)
def _anchors() -> tuple[tuple[int, int], ...]:
    """The Assembly's running numbers known with their sessions, in order: (number, session)."""
    return tuple(sorted((int(r["resolution"]), int(r["session"])) for r in lexicon.table("ga_anchors.csv")))


def anchored_session(n: int) -> int | None:
    """The session of the Assembly's running number ``n`` that the known numbers decide: one of
    them, or between two of one session; None past them or between two sessions."""
    anchors = _anchors()
    i = bisect.bisect_left(anchors, (n, 0))
    if i < len(anchors) and anchors[i][0] == n:
        return anchors[i][1]
    if 0 < i < len(anchors) and anchors[i - 1][1] == anchors[i][1]:
        return anchors[i][1]
    return None


@functools.lru_cache(maxsize=8)
def _bare(scope: str) -> tuple[tuple[str, ...], re.Pattern[str] | None]:
    """The literal words one of which the text must hold (``grammar.assembly_number_marks``), and a
    language's patterns of the Assembly named with a number alone (``grammar.assembly_number``,
    group ``n``), joined."""
    forms = lexicon.gather("grammar.assembly_number", lexicon.scope(scope))
    marks = tuple(lexicon.gather("grammar.assembly_number_marks", lexicon.scope(scope)))
    if not forms or not marks:
        return (), None
    return marks, recache.compile(
        "|".join("(?:" + f.replace("(?P<n>", f"(?P<n_{i}>") + ")" for i, f in enumerate(forms))
    )


@functools.lru_cache(maxsize=8)
def _patterns(scope: str) -> tuple[tuple[str, ...], re.Pattern[str] | None]:
    """The literal words one of which the sentence must hold (the cheap test first), and the
    patterns of a language's session and number (``grammar.assembly_session_number``: groups
    ``session`` and ``n``), joined."""
    forms = lexicon.gather("grammar.assembly_session_number", lexicon.scope(scope))
    marks = tuple(lexicon.gather("grammar.assembly_session_marks", lexicon.scope(scope)))
    _ordinals(scope)  # (the words its sessions may be written in, read with the patterns)
    if not forms or not marks:
        return (), None
    # (each form's groups renamed apart: one pattern holds them all)
    joined = "|".join(
        "(?:" + f.replace("(?P<session>", f"(?P<session_{i}>").replace("(?P<n>", f"(?P<n_{i}>") + ")"
        for i, f in enumerate(forms)
    )
    return marks, recache.compile(joined)


#: the few characters between a number and its date ("بتاريخ", " от ", ", of"): no stop, no bracket
_DATE_GAP = recache.compile(r"[^\n.;:()\[\]。；]{0,14}")


@functools.lru_cache(maxsize=8)
def _ordinals(scope: str) -> dict[str, int]:
    """A language's ordinal words of sessions, in order from the first (``grammar.session_ordinals``,
    "|" between two forms of one): each form's number."""
    return {
        form: i + 1
        for i, forms in enumerate(lexicon.gather("grammar.session_ordinals", lexicon.scope(scope)))
        for form in forms.split("|")
    }


def _dated(raw: Raw, text: str, end: int, scope: str) -> None:
    """The date written right after the mention (its words ending at ``end``), if any."""
    gap = _DATE_GAP.match(text, end)
    if gap is None:
        return
    d = patterns(scope).date.search(text, end, gap.end() + 40)
    if d is not None and d.start() <= gap.end():
        raw.date = parse_date(d)


def _session(written: str, scope: str = "") -> int | None:
    """A session's number written in figures ("26"), Roman numerals ("XXX"), a language's ordinal
    words ("الثالثة") or a year-first language's numerals ("二十六")."""
    if written.isdigit():
        return int(written)
    if written in _ordinals(scope):
        return _ordinals(scope)[written]
    if written.isupper() and (value := roman_value(written)) is not None:
        return value
    numerals = numeral_dates()
    if numerals is None:
        return None
    _, values, tens = numerals
    try:
        return int(numeral_value(written, values, tens))
    except (KeyError, ValueError):
        return None


def _raw(
    m: re.Match[str], n_key: str, n: int, session: int, text: str, scope: str, why: str, seen: str
) -> Raw:
    """The Assembly's resolution ``n`` of ``session``, read at group ``n_key`` of ``m``, with the
    rule that gave its session (``why``), its evidence and the date written after it."""
    raw = Raw(m.start(n_key), m.end(n_key), "symbol", symbol=f"A/RES/{n}({roman(session)})")
    raw.rule = f"General Assembly number without its session; {why}"
    raw.evidence.append(f"{seen}: {m.group(0)}")
    _dated(raw, text, m.end(), scope)
    return raw


def find_assembly_sessions(text: str, scope: str) -> list[Raw]:
    """The Assembly's numbers whose session the sentence states (see the module's docstring)."""
    marks, rx = _patterns(scope)
    out: list[Raw] = []
    if rx is None or not any(m in text for m in marks):
        rx = None
    for m in rx.finditer(text) if rx is not None else ():
        if STOP.on:
            break
        groups = {k: v for k, v in m.groupdict().items() if v is not None}
        session = _session(
            " ".join(next(v for k, v in groups.items() if k.startswith("session")).split()), scope
        )
        n_key = next(k for k in groups if k.startswith("n"))
        n = int(groups[n_key])
        if session is None or not 1 <= session <= _LAST_RUNNING_SESSION or not 1 <= n <= _LAST_RUNNING_NUMBER:
            continue
        out.append(
            _raw(m, n_key, n, session, text, scope, "the session the sentence states", "session named")
        )
    bare_marks, bare = _bare(scope)
    if bare is None or not any(m in text for m in bare_marks):
        return out
    taken = {r.start for r in out}
    for m in bare.finditer(text):
        if STOP.on:
            break
        n_key = next(k for k, v in m.groupdict().items() if v is not None and k.startswith("n"))
        if m.start(n_key) in taken:
            continue
        n = int(m.group(n_key))
        session = anchored_session(n) if n <= _LAST_RUNNING_NUMBER else None
        if session is None:
            continue
        out.append(
            _raw(m, n_key, n, session, text, scope, "the session its known numbers leave", "Assembly named")
        )
    return out
