"""The General Assembly's numbers of its first thirty sessions written without their session's
bracket, where the sentence states that session ("第二十六届联合国大会通过了第2758号决议", "резолюция
3379 … была принята на XXX сессии Генеральной Ассамблеи"): the Assembly's resolution of that
session, ``A/RES/2758(XXVI)`` (its numbers ran on from session to session until the thirtieth)."""

from __future__ import annotations

import functools
import re

from ..grammar import lexicon, recache
from ..grammar.dates import numeral_dates, numeral_value
from ..grammar.retools import roman
from ..read.stop import STOP
from .find_base import Raw

#: the last session whose resolutions were numbered on from the one before, with its Roman
#: numeral in brackets (from the thirty-first, "31/1")
_LAST_RUNNING_SESSION = 30
#: the Assembly's last running number (the thirtieth session's last resolution)
_LAST_RUNNING_NUMBER = 3541
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


@functools.lru_cache(maxsize=8)
def _patterns(scope: str) -> tuple[tuple[str, ...], re.Pattern[str] | None]:
    """The literal words one of which the sentence must hold (the cheap test first), and the
    patterns of a language's session and number (``grammar.assembly_session_number``: groups
    ``session`` and ``n``), joined."""
    forms = lexicon.gather("grammar.assembly_session_number", lexicon.scope(scope))
    marks = tuple(lexicon.gather("grammar.assembly_session_marks", lexicon.scope(scope)))
    if not forms or not marks:
        return (), None
    # (each form's groups renamed apart: one pattern holds them all)
    joined = "|".join(
        "(?:" + f.replace("(?P<session>", f"(?P<session_{i}>").replace("(?P<n>", f"(?P<n_{i}>") + ")"
        for i, f in enumerate(forms)
    )
    return marks, recache.compile(joined)


def _session(written: str) -> int | None:
    """A session's number written in figures ("26"), Roman numerals ("XXX") or a year-first
    language's numerals ("二十六")."""
    if written.isdigit():
        return int(written)
    if all(ch in _ROMAN for ch in written):
        total = 0
        for i, ch in enumerate(written):
            v = _ROMAN[ch]
            total += -v if i + 1 < len(written) and _ROMAN[written[i + 1]] > v else v
        return total
    numerals = numeral_dates()
    if numerals is None:
        return None
    _, values, tens = numerals
    try:
        return int(numeral_value(written, values, tens))
    except (KeyError, ValueError):
        return None


def find_assembly_sessions(text: str, scope: str) -> list[Raw]:
    """The Assembly's numbers whose session the sentence states (see the module's docstring)."""
    marks, rx = _patterns(scope)
    if rx is None or not any(m in text for m in marks):
        return []
    out: list[Raw] = []
    for m in rx.finditer(text):
        if STOP.on:
            break
        groups = {k: v for k, v in m.groupdict().items() if v is not None}
        session = _session(next(v for k, v in groups.items() if k.startswith("session")))
        n_key = next(k for k in groups if k.startswith("n"))
        n = int(groups[n_key])
        if session is None or not 1 <= session <= _LAST_RUNNING_SESSION or not 1 <= n <= _LAST_RUNNING_NUMBER:
            continue
        raw = Raw(m.start(n_key), m.end(n_key), "symbol", symbol=f"A/RES/{n}({roman(session)})")
        raw.rule = "General Assembly number without its session; the session the sentence states"
        raw.evidence.append(f"session named: {m.group(0)}")
        out.append(raw)
    return out
