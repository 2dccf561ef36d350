"""The General Assembly's numbers of its first thirty sessions (1946–1975) written without their
session but with their full date ("resolution 1514 of 14 December 1960", "résolution 217 A du
10 décembre 1948", "قرار الجمعية العامة 194 المؤرخ 11 كانون الأول/ديسمبر 1948"): the id needs the
session, which the date gives only where it is certain (:func:`old_session`); else the mention is
kept unresolved with its reason."""

from __future__ import annotations

import bisect
import functools
import re

from ..grammar import lexicon, recache
from ..grammar.dates import parse_date
from ..grammar.retools import roman
from ..grammar.rules import patterns
from ..read.stop import STOP
from .find_base import Raw

#: the rule's name (the resolver keeps such a mention only as the General Assembly's)
OLD_ASSEMBLY = "General Assembly number of its first sessions, its session from its date"

#: the Assembly's last running number before it numbered its texts by session (its thirtieth)
_LAST_RUNNING = 3541
#: numbers whose session is known (the running numbers rise with the sessions): a session the
#: date gives must lie between those of the known numbers around it
_KNOWN = ((217, 3), (1514, 15), (2200, 21), (3379, 30))
#: years in which a special or emergency special session of the time met in October–December
#: (the first and second emergency special sessions, November 1956): no session from the date
_OTHER_SESSIONS_LATE = frozenset({1956})
#: the last month of a year's regular session's first part, and the month it opens by
_OPENS_BY = 10

#: a year of the Assembly's first thirty sessions: the cheap test before any pattern is tried
_OLD_YEAR = recache.compile(r"(?<!\d)19(?:4[6-9]|[56]\d|7[0-5])(?!\d)")
#: how far before such a year the noun may start ("resolution 1514 A of 14 December 1960")
_REACH = 110


def old_session(number: int, date: str) -> int | None:
    """The regular session of Assembly resolution ``number`` adopted on ``date`` (ISO), where the
    date makes it certain: a regular session N opens in the autumn of 1945 + N and runs until the
    next opens, so a text of October to December of year Y is of session Y − 1945 (not in a year
    whose emergency special sessions met then); the known numbers around it must allow it."""
    year, month = int(date[:4]), int(date[5:7])
    if not 1946 <= year <= 1975 or month < _OPENS_BY or year in _OTHER_SESSIONS_LATE:
        return None
    if not 1 <= number <= _LAST_RUNNING:
        return None
    session = year - 1945
    i = bisect.bisect_left(_KNOWN, (number, 0))
    below = _KNOWN[i - 1][1] if i > 0 else 1
    above = _KNOWN[i][1] if i < len(_KNOWN) else 30
    if i < len(_KNOWN) and _KNOWN[i][0] == number:
        below = above
    return session if below <= session <= above else None


@functools.lru_cache(maxsize=16)
def _old_number(lang: str) -> re.Pattern[str]:
    """A resolution's noun, perhaps a body's name after it, and a number alone (no slash, no
    session or year in brackets), perhaps its part's letter: "resolution 1514", "قرار الجمعية
    العامة 194", "résolution 217 A"."""
    langs = lexicon.scope(lang)
    noun = lexicon.trie_regex(lexicon.gather("nouns.resolution", langs), either_case=True)
    marks = lexicon.alternation(lexicon.gather("footnotes.number", langs)) or "(?!)"
    return recache.compile(
        rf"(?<!\w){noun}(?P<mid>[ \t]++[^\W\d][^\d\n,;()]{{0,48}}?)??[ \t]++(?:(?:{marks})\s*+)?"
        rf"(?P<n>[1-9]\d{{0,3}})(?:[ ](?P<l>[A-H]))?(?![\w/.\-]|\.\d|\s*+[(\[])"
    )


def find_old_assembly(
    text: str, scope: str, bodies: list[tuple[int, int, str]], taken: set[int], citing: str | None
) -> list[Raw]:
    """The Assembly's numbers of 1946–1975 with a full date and no session after the noun (the
    number not read already, at a start in ``taken``): the General Assembly named right before
    the noun or between it and the number, or the citing body (``citing`` "A") when no body is
    named there."""
    out: list[Raw] = []
    if _OLD_YEAR.search(text) is None:
        return out
    rx = _old_number(scope)
    pat = patterns(scope)
    ends = sorted((e, s, key) for s, e, key in bodies)
    end_at = [e for e, _, _ in ends]
    seen: set[int] = set()
    for y in _OLD_YEAR.finditer(text):
        if STOP.on:
            break
        lo = max(0, y.start() - _REACH)
        for m in rx.finditer(text, lo, y.start()):
            s = m.start("n")
            if s in seen or s in taken:
                continue
            tail = pat.item_tail.match(text, m.end())
            if tail is None or not tail.group("date") or not tail.start("date") <= y.start() < tail.end():
                continue
            date = parse_date(tail)
            if date is None or tail.group("body") or tail.group("gen"):
                continue
            key = _body_named(m, ends, end_at)
            if key is None and m.group("mid"):
                continue  # (words between the noun and the number that name no body)
            if key not in ("GA", None) or (key is None and citing != "A"):
                continue
            seen.add(s)
            session = old_session(int(m.group("n")), date)
            number = m.group("n") if session is None else f"{m.group('n')} ({roman(session)})"
            raw = Raw(
                s, m.end("l") if m.group("l") else m.end("n"), "res", number=number, letter=m.group("l")
            )
            raw.body_key = key
            raw.date = date
            raw.kw_start = m.start()
            raw.tail_end = tail.end()
            raw.rule = OLD_ASSEMBLY
            raw.evidence.append(f"date {date}: session {session}" if session else f"date {date}: no session")
            out.append(raw)
    return out


def _body_named(m: re.Match[str], ends: list[tuple[int, int, str]], end_at: list[int]) -> str | None:
    """The key of the body named right before the noun ("General Assembly resolution"), or filling
    the words between the noun and the number ("قرار الجمعية العامة 194"); "" for another
    word there (an adjective, another name); None when none is named."""
    if m.group("mid"):
        ms, me = m.start("mid"), m.end("mid")
        i = bisect.bisect_left(end_at, me - 1)
        while i < len(ends) and ends[i][0] <= me + 1:
            e, s, key = ends[i]
            if s <= ms + 2 and e >= me - 1:
                return key
            i += 1
        return None
    i = bisect.bisect_right(end_at, m.start()) - 1
    if i >= 0 and m.start() - ends[i][0] <= 2:
        return ends[i][2]
    return None
