"""The General Assembly's numbers of its first thirty sessions (1946–1975), whose ids need the
session the numbers themselves do not show (they ran on from session to session until the
thirtieth; from the thirty-first, "31/1"). Two kinds of evidence give it, each read by a small
rule here; :func:`find_assembly` runs them both and keeps one record a number:

- **a full date** with the number alone ("resolution 1514 of 14 December 1960", "résolution 217 A
  du 10 décembre 1948", "قرار الجمعية العامة 194 المؤرخ 11 كانون الأول/ديسمبر 1948"): the session
  only where the date makes it certain (:func:`old_session`); else the mention is kept unresolved
  with its reason (:func:`find_old_assembly`);
- **the session stated in the sentence** ("第二十六届联合国大会通过了第2758号决议", "резолюция 3379 …
  была принята на XXX сессии Генеральной Ассамблеи"), or the Assembly named with the number alone
  ("联大第2758号决议", "قرار الجمعية العامة 181") where the numbers known of its sessions
  (``ga_anchors.csv``) hold it between two of one session, or it is one of them: that session's
  ``A/RES/2758(XXVI)`` (:func:`find_assembly_sessions`)."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

from ..grammar import lexicon, recache
from ..grammar.dates import (
    date_regex,
    figures_date,
    numeral_dates,
    numeral_value,
    opening_date,
    parse_date,
    search_dated,
    year_link,
)
from ..grammar.retools import roman, roman_value
from ..grammar.rules import patterns
from ..read.stop import STOP
from .find_base import WS_RUN, Raw, pin_ending_at

# --- shared: the running numbers and their sessions ---

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


def session_bounds(n: int, known: tuple[tuple[int, int], ...] = ()) -> tuple[int, int]:
    """The first and last session that the Assembly's running number ``n`` may be of: those of the
    known numbers (``ga_anchors.csv``, and ``known`` the text states: "1514 (XV)") nearest below and
    above it (the numbers rise with the sessions); one of them: its own, twice. An empty range (the
    first past the second) when the numbers around it disagree with the known ones."""
    anchors = tuple(sorted({*_anchors(), *known})) if known else _anchors()
    i = bisect.bisect_left(anchors, (n, 0))
    if i < len(anchors) and anchors[i][0] == n:
        return anchors[i][1], anchors[i][1]
    return (anchors[i - 1][1] if i > 0 else 1), (anchors[i][1] if i < len(anchors) else _LAST_RUNNING_SESSION)


def in_session_bounds(n: int, session: int) -> bool:
    """Could the Assembly's running number ``n`` be of ``session``, between the sessions the known
    numbers around it leave (:func:`session_bounds`)?"""
    low, high = session_bounds(n)
    return low <= session <= high


def find_assembly(
    text: str, scope: str, bodies: list[tuple[int, int, str]], found: list[Raw], citing: str | None
) -> list[Raw]:
    """The Assembly's numbers of its first thirty sessions that no mention of ``found`` read: those
    with a full date first (:func:`find_old_assembly`), those with their session's numeral and no
    brackets (:func:`find_bare_numerals`), those in a list after one whose session is known
    (:func:`find_listed_after_session`), then those whose session the sentence states
    or the known numbers leave (:func:`find_assembly_sessions`) where no mention read before stands
    on the number (one record a number: a date and a known number may both read it)."""
    years = old_years(text)
    out = find_old_assembly(text, scope, bodies, found, citing, years)
    heads = [(r, k) for r in found if (k := _session_of(r)) is not None]
    if years or heads:
        # (a text that writes a year of those sessions or cites one of their numbers with its
        # session: the numerals are looked for there only — a scan of every capital I, V and X
        # costs more than the rest of this module)
        out += find_bare_numerals(text, scope, bodies, [*found, *out])
    heads += [(r, k) for r in out if (k := _session_of(r)) is not None]
    if heads:
        out += find_listed_after_session(text, scope, heads, [*found, *out])
    if "(" in text:
        out += find_bare_list(text, scope, [*found, *out])
    if "/" in text:
        out += find_year_list(text, scope, [*found, *out])
    stated = find_assembly_sessions(text, scope)
    if stated:
        taken = [(r.start, r.end) for r in (*found, *out)]
        out += [r for r in stated if not any(a < r.end and r.start < b for a, b in taken)]
    return out


# --- a full date ---

#: the rule's name (the resolver keeps such a mention only as the General Assembly's)
OLD_ASSEMBLY = "General Assembly number of its first sessions, its session from its date"

#: years in which a special or emergency special session of the time met in October–December
#: (the first and second emergency special sessions, November 1956): no session from the date
_OTHER_SESSIONS_LATE = frozenset({1956})
#: the last month of a year's regular session's first part, and the month it opens by
_OPENS_BY = 10

#: a year of the Assembly's first thirty sessions: the cheap test before any pattern is tried
#: (written to open with its literal digits: the scan then looks for "19" alone; the figures
#: around it are checked after)
_OLD_YEAR = recache.compile(r"19(?:4[6-9]|[56]\d|7[0-5])")
#: how far before such a year the noun may start ("resolution 1514 A of 14 December 1960")
_REACH = 110


def old_session(number: int, date: str) -> int | None:
    """The regular session of Assembly resolution ``number`` adopted on ``date`` (ISO), where the
    date makes it certain: a regular session N opens in the autumn of 1945 + N and runs until the
    next opens, so a text of October to December of year Y is of session Y − 1945 (not in a year
    whose emergency special sessions met then); the known numbers around it must allow it
    (:func:`session_bounds`)."""
    year, month = int(date[:4]), int(date[5:7])
    if not 1946 <= year <= 1975 or month < _OPENS_BY or year in _OTHER_SESSIONS_LATE:
        return None
    if not 1 <= number <= _LAST_RUNNING_NUMBER:
        return None
    session = year - 1945
    return session if in_session_bounds(number, session) else None


def year_session(number: int, year: int) -> int | None:
    """The regular session of Assembly resolution ``number`` adopted in ``year`` with no day or
    month, as legal citation styles write it ("GA Res 3314 (1974)"): a text of year Y is of the
    session opened in its autumn (Y − 1945) or of the one before, resumed in its spring; the one the
    known numbers around it allow (:func:`session_bounds`), or None where they allow both or
    neither (a special session's number between two regular sessions' stays open)."""
    if not 1946 <= year <= 1975 or not 1 <= number <= _LAST_RUNNING_NUMBER:
        return None
    sessions = [s for s in (year - 1946, year - 1945) if s >= 1 and in_session_bounds(number, s)]
    return sessions[0] if len(sessions) == 1 else None


@functools.lru_cache(maxsize=16)
def _old_number(lang: str) -> re.Pattern[str]:
    """A resolution's noun, perhaps a body's name after it, and a number alone (no slash, no
    session or year in brackets), perhaps its part's letter: "resolution 1514", "قرار الجمعية
    العامة 194", "résolution 217 A"."""
    langs = lexicon.scope(lang)
    noun = lexicon.resolution_noun(lang)
    marks = lexicon.alternation(lexicon.gather("footnotes.number", langs)) or "(?!)"
    list_and = lexicon.alternation(lexicon.gather("grammar.list_and", langs))
    # (… the clitics a language glues before the noun: "وفقا لقرار الجمعية العامة 194 …")
    clitics = lexicon.alternation(lexicon.gather("grammar.clitics", langs)) or "(?!)"
    # (… or the list's next number after the date of the one before: "1514 (XV) of 14 December
    # 1960 and 1654 of 27 November 1961", its joint right after the year)
    return recache.compile(
        rf"(?:(?<!\w)(?:(?:{clitics})(?=\w))?{noun}(?P<mid>[ \t]++[^\W\d][^\d\n,;()]{{0,48}}?)??[ \t]++"
        rf"|(?P<joint>(?<=\S)(?:[ \t]*+,[ \t]*+(?:(?:{list_and})[ \t]++)?|[ \t]++(?:{list_and})[ \t]++)))"
        rf"(?:(?:{marks})\s*+)?"
        rf"(?P<n>[1-9]\d{{0,3}})(?:[ ](?P<l>[A-H]))?$"
    )


#: a number alone (no slash, no session or year in brackets), perhaps its part's letter: where a
#: year of the first sessions stands close after it, the number the noun is looked for before
_CANDIDATE = recache.compile(r"(?<![\w/.\-])[1-9]\d{0,3}(?:[ ][A-H])?(?![\w/.\-]|\.\d|\s*+[(\[])")
#: how far before the year such a number may end ("resolution 1514, de 14 de diciembre de 1960";
#: its adopter's full name between them: "القرار 1541 الذي اتخذته الجمعية العامة للأمم المتحدة في …")
_NUMBER_REACH = 100


@functools.lru_cache(maxsize=16)
def _old_marked(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """In the languages that mark a number and write its date before it ("1960年12月14日第1514号
    决议"): the marked number alone, perhaps its part's letter, and its noun; and the date (and
    its link) that ends where the number starts."""
    marks = lexicon.number_marks(lang)
    if marks is None:
        return None
    prefix, suffix = marks
    langs = lexicon.scope(lang)
    noun = lexicon.resolution_noun(lang)
    link = lexicon.alternation(lexicon.gather("grammar.date_link", langs)) or "(?!)"
    marked = recache.compile(
        rf"(?:{prefix})\s*+(?P<n>[1-9]\d{{0,3}})(?:[ ]?(?P<l>[A-H]))?\s*+(?:{suffix})\s*+{noun}"
    )
    ahead = recache.compile(rf"(?:{date_regex(langs)})\s*+(?:(?:{link})\s*+)?$", re.IGNORECASE)
    return marked, ahead


#: how far after a year its marked number may start ("1960年12月14日第")
_MARKED_REACH = 24


def _marked_numbers(
    text: str, scope: str, y: re.Match[str], ends: list[tuple[int, int, str]], end_at: list[int]
) -> Iterator[tuple[int, int, str, str | None, str, str | None]]:
    """The marked numbers whose date, written before them, holds the year ``y``: each number's
    start, end, digits, part letter, date and the body named right before the date (None: none)."""
    rx = _old_marked(scope)
    if rx is None:
        return
    marked, ahead = rx
    m = marked.search(text, y.end(), y.end() + _MARKED_REACH)
    if m is None:
        return
    d = search_dated(ahead, text, max(0, y.start() - 16), m.start())
    if d is None or not d.start() <= y.start() < d.end() or (date := parse_date(d)) is None:
        return
    i = bisect.bisect_right(end_at, d.start()) - 1
    key = ends[i][2] if i >= 0 and d.start() - ends[i][0] <= 1 else None
    yield m.start("n"), m.end("l") if m.group("l") else m.end("n"), m.group("n"), m.group("l"), date, key


#: how far before an old number with no body named the Assembly's name may stand as the last
#: body named ("Генеральная Ассамблея ООН осудила … . Основаниями … Резолюции №3379 от 9 ноября
#: 1975 г.")
_NAMED_LAST_REACH = 300
#: the evidence of such a number
_NAMED_LAST = "the General Assembly named last before, its numbering fitting the date"


def _assembly_named_last(text: str, s: int, ends: list[tuple[int, int, str]]) -> bool:
    """Is the General Assembly the body named last before ``s``, in its paragraph and not far
    before (``ends``: each body's end, start and key, in order)?"""
    i = bisect.bisect_right([e for e, _, _ in ends], s) - 1
    if i < 0:
        return False
    end, _start, key = ends[i]
    return key == "GA" and s - end <= _NAMED_LAST_REACH and "\n\n" not in text[end:s]


def old_years(text: str) -> list[re.Match[str]]:
    """The years of the Assembly's first thirty sessions written in the text (1946–1975)."""
    return [
        y
        for y in _OLD_YEAR.finditer(text)
        if not (y.start() and text[y.start() - 1].isdigit()) and not text[y.end() : y.end() + 1].isdigit()
    ]


def _year_only(
    text: str,
    scope: str,
    c: re.Match[str],
    y: re.Match[str],
    bodies: list[tuple[int, int, str]],
    citing: str | None,
) -> Raw | None:
    """The Assembly's number ``c`` of 1946–1975 with its year ``y`` alone after it, linked by a word
    of its date ("General Assembly resolution 3236 of 1974", "la résolution 3236 de 1974"), the
    Assembly named before the noun, between it and the number or right after the year, or the
    citing body, or the body named last before it: the session the known numbers allow in that
    year (:func:`year_session`); None where they allow none or two, or another body is named."""
    yl = year_link(scope).match(text, c.end())
    if yl is None or yl.start("year") != y.start():
        return None
    ends = sorted((e, s, key) for s, e, key in bodies)
    end_at = [e for e, _, _ in ends]
    gap = _BODY_GAP.match(text, yl.end())
    named_after = _body_at(gap.end() if gap else yl.end(), bodies) or None
    m = _old_number(scope).search(text, max(0, c.start() - _REACH), c.end())
    if named_after not in (None, "GA") or m is None or m.start("n") != c.start() or m.group("joint"):
        return None
    key = named_after or _body_named(m, ends, end_at)
    if key not in ("GA", None) or (key is None and m.group("mid")):
        return None
    session = year_session(int(m.group("n")), int(yl.group("year")))
    if session is None:
        return None
    named_last = key is None and citing != "A" and _assembly_named_last(text, c.start(), ends)
    if key is None and citing != "A" and not named_last:
        return None
    raw = Raw(
        c.start(),
        m.end("l") if m.group("l") else m.end("n"),
        "res",
        number=f"{m.group('n')} ({roman(session)})",
        letter=m.group("l"),
    )
    raw.body_key = "GA" if named_last else key
    raw.kw_start = m.start()
    raw.tail_end = yl.end()
    raw.rule = OLD_ASSEMBLY
    raw.evidence.append(f"year {yl.group('year')}: session {session}")
    if named_last:
        raw.evidence.append(_NAMED_LAST)
    return raw


def find_old_assembly(
    text: str,
    scope: str,
    bodies: list[tuple[int, int, str]],
    found: list[Raw],
    citing: str | None,
    years: list[re.Match[str]] | None = None,
) -> list[Raw]:
    """The Assembly's numbers of 1946–1975 with a full date and no session after the noun (the
    number not read already, by a mention of ``found``): the General Assembly named right before
    the noun or between it and the number, or the citing body (``citing`` "A") when no body is
    named there; or after the date of a resolution's number before it in a list, as its
    list's (its body the number before's)."""
    out: list[Raw] = []
    years = old_years(text) if years is None else years
    if not years:
        return out
    taken = {r.start for r in found}
    dated_ends = {r.tail_end: r for r in found if r.kind == "res" and r.date and r.tail_end >= 0}
    rx = _old_number(scope)
    pat = patterns(scope)
    ends = sorted((e, s, key) for s, e, key in bodies)
    end_at = [e for e, _, _ in ends]
    seen: set[int] = set()
    for y in years:
        if STOP.on:
            break
        for ms, me, n, letter, mdate, mkey in _marked_numbers(text, scope, y, ends, end_at):
            if ms in seen or ms in taken or mkey not in ("GA", None) or (mkey is None and citing != "A"):
                continue
            seen.add(ms)
            msession = old_session(int(n), mdate)
            raw = Raw(
                ms, me, "res", number=n if msession is None else f"{n} ({roman(msession)})", letter=letter
            )
            raw.body_key, raw.date, raw.rule = mkey, mdate, OLD_ASSEMBLY
            raw.evidence.append(
                f"date {mdate}: session {msession}" if msession else f"date {mdate}: no session"
            )
            out.append(raw)
        for c in _CANDIDATE.finditer(text, max(0, y.start() - _NUMBER_REACH), y.start()):
            if c.start() in seen or c.start() in taken:
                continue
            tail = pat.item_tail.match(text, c.end())
            if tail is None or not tail.group("date") or not tail.start("date") <= y.start() < tail.end():
                if (yearly := _year_only(text, scope, c, y, bodies, citing)) is not None:
                    seen.add(c.start())
                    out.append(yearly)
                continue
            date = parse_date(tail)
            named_after = _body_at(tail.start("body"), bodies) if tail.group("body") else None
            if named_after is None:
                # (… or the body named right after the date: "резолюции № 1514 от 14 декабря 1960 г.
                # Генеральной Ассамблеи", "resolution 1514 of 14 December 1960 of the General Assembly")
                gap = _BODY_GAP.match(text, tail.end())
                named_after = _body_at(gap.end() if gap else tail.end(), bodies) or None
            if date is None or tail.group("gen") or named_after not in (None, "GA"):
                continue  # (another body's, or a short name: "of the Council of 14 December 1960")
            # (the noun, or the list's joint, before the number: looked for only now)
            m = rx.search(text, max(0, c.start() - _REACH), c.end())
            if m is None or m.start("n") != c.start():
                continue
            s = c.start()
            before = dated_ends.get(m.start("joint")) if m.group("joint") else None
            if m.group("joint") and before is None:
                continue  # (a number after a list's joint: only after a dated resolution's)
            key = before.body_key if before is not None else named_after or _body_named(m, ends, end_at)
            if before is None and key is None and m.group("mid"):
                continue  # (words between the noun and the number that name no body)
            session = old_session(int(m.group("n")), date)
            named_last = (
                before is None
                and key is None
                and citing != "A"
                and session is not None
                and _assembly_named_last(text, s, ends)
            )
            if named_last:
                # "Генеральная Ассамблея ООН осудила … . Основаниями … Резолюции №3379 от 9 ноября
                # 1975 г.": the Assembly named last before the number whose date its numbering fits
                key = "GA"
            if before is None and (key not in ("GA", None) or (key is None and citing != "A")):
                continue
            seen.add(s)
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
            if named_last:
                raw.evidence.append(_NAMED_LAST)
            dated_ends[raw.tail_end] = raw
            if before is not None:
                # the list's: the number before's body, possessive and clause
                raw.generic, raw.possessive = before.generic, before.possessive
                raw.actor_key, raw.actor_generic = before.actor_key, before.actor_generic
                raw.kw_start = before.kw_start
                raw.evidence.append(f"list after {before.number}")
                out.append(raw)
                continue
            head = (
                _body_start(m, ends, end_at)
                if key == "GA" and not m.group("mid") and not named_last
                else m.start()
            )
            pin = pin_ending_at(pat, text, head)
            if pin is None and (word := _WORD_BEFORE.search(text, max(0, head - 12), head)) is not None:
                pin = pin_ending_at(pat, text, word.start())  # "paragraph 4 of its resolution 1514 …"
            if pin is not None:
                raw.pinpoint = WS_RUN.sub(" ", pin.group("pin"))
            out.append(raw)
    return out


#: the blanks, and a preposition and an article (two words of one to three letters, an elided
#: article), between a date and the body's name after it ("of the", "de l'")
_BODY_GAP = recache.compile(r"[ \t]*+(?:\w{1,3}[ \t]++){0,2}(?:\w[’'])?")
#: one word and its blank right before a position ("its ", "sa "): a possessive before the noun
_WORD_BEFORE = recache.compile(r"(?<!\w)\w{2,6}[ \t]$")


def _body_at(pos: int, bodies: list[tuple[int, int, str]]) -> str:
    """The key of the body whose name starts at ``pos`` ("" for none known there)."""
    return next((key for s, _, key in bodies if s == pos), "")


def _body_start(m: re.Match[str], ends: list[tuple[int, int, str]], end_at: list[int]) -> int:
    """Where the body's name that ends right before the noun starts."""
    i = bisect.bisect_right(end_at, m.start()) - 1
    return ends[i][1] if i >= 0 else m.start()


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


# --- a list's number after one with its session; a session's numeral without its brackets ---

#: a number with its session in brackets, as the numbered finder reads it ("1514 (XV)")
_WITH_SESSION = recache.compile(r"(?P<n>[1-9]\d{0,3}) \((?P<s>[IVX]{1,6})\)")
#: the list's rule's name
LISTED = "General Assembly number without its session; in a list after one with its session"
#: the bracketless numeral's rule's name
BARE_NUMERAL = "General Assembly number with its session's numeral without brackets"


@functools.lru_cache(maxsize=16)
def _list_next(lang: str) -> re.Pattern[str]:
    """A list's joint and its next number, perhaps its part's letter and its session's bracket
    (", 1541", " et 1654 (XVI)"); group ``end`` set where the list's item ends after it (a comma, a
    stop, the next joint or the line's end), else a date must follow."""
    list_and = lexicon.alternation(lexicon.gather("grammar.list_and", lexicon.scope(lang))) or "(?!)"
    return recache.compile(
        rf"(?:[ \t]*+,[ \t]*+(?:(?:{list_and})[ \t]++)?|[ \t]++(?:{list_and})[ \t]++)"
        rf"(?P<n>[1-9]\d{{0,3}})(?:[ ](?P<l>[A-H]))?(?:[ \t]*+\((?P<s>[IVX]{{1,6}})\))?"
        rf"(?P<end>(?=[ \t]*+(?:[,;.:)،؛]|\n|$|(?:{list_and})(?!\w))))?"
    )


def _session_of(raw: Raw) -> tuple[int, int] | None:
    """A resolution's running number and the session written with it ("1514 (XV)"), of the first
    thirty sessions, where the words read after it are known (a list may go on after them)."""
    number = raw.number
    if raw.kind != "res" or not number or number[-1] != ")" or raw.tail_end < 0:
        return None
    m = _WITH_SESSION.fullmatch(number)
    if m is None or (session := roman_value(m.group("s"))) is None:
        return None
    n = int(m.group("n"))
    return (n, session) if 1 <= session <= _LAST_RUNNING_SESSION and n <= _LAST_RUNNING_NUMBER else None


def find_listed_after_session(
    text: str, scope: str, heads: list[tuple[Raw, tuple[int, int]]], found: list[Raw]
) -> list[Raw]:
    """The numbers alone in a list after one whose session is written or dated (``heads``: each
    with its number and session; ``found``: the mentions read already) ("résolutions 2600
    (XXV), 2610 et 2620 (XXV)"): each of the session the known numbers leave it, with the one before
    it in the list among them (the numbers rise with the sessions: "2600 (XXV) and 2610" is of the
    twenty-fifth, as 2625 is; a number not above the one before ends the list), perhaps dated;
    its body, possessive and clause the list's first's. A number the known numbers leave between
    two sessions is not read, and the list goes on past it (a later member with its own session's
    bracket is read with it, where the known numbers allow it)."""
    rx = _list_next(scope)
    pat = patterns(scope)
    taken = {r.start for r in found}
    out: list[Raw] = []
    for head, known in heads:
        pos, before = head.tail_end, known[0]
        while (m := rx.match(text, pos)) is not None and m.start("n") not in taken:
            n = int(m.group("n"))
            if n <= before:
                break  # (the list's numbers rise: "2719 (XXV) of 15 December 1970, 1. Requests" is no member)
            before = n
            low, high = session_bounds(n, (known,)) if n <= _LAST_RUNNING_NUMBER else (1, 0)
            stated = roman_value(m.group("s")) if m.group("s") else None
            if stated is not None:
                low = high = stated if low <= stated <= high else 0  # (its own, where it fits)
            raw = Raw(m.start("n"), m.end(), "res", number=f"{n} ({roman(max(low, 1))})", letter=m.group("l"))
            pos = m.end()
            tail = pat.item_tail.match(text, pos)
            if tail is not None and tail.group("date") and not tail.group("body") and not tail.group("gen"):
                raw.date, pos = parse_date(tail), tail.end()
            if m.group("end") is None and raw.date is None:
                break  # (other words after it: the list has ended)
            if low != high or not low:
                continue
            raw.body_key, raw.generic, raw.possessive = head.body_key, head.generic, head.possessive
            raw.actor_key, raw.actor_generic = head.actor_key, head.actor_generic
            raw.kw_start, raw.list_body, raw.group = head.kw_start, head.list_body, head.group
            raw.tail_end, raw.rule = pos, LISTED
            raw.evidence.append(f"list after {head.number}: session {low}")
            out.append(raw)
            known = (n, low)
    return out


#: a session's numeral, a capital figure's run alone (the scan's cheap start: its first figure,
#: written apart from the run: ``re`` skips to the characters that may open a pattern only where
#: its first item is one character, never a repeat — "[IVX]{1,6}" was tried at every place)
_NUMERAL = recache.compile(r"[IVX][IVX]{0,5}(?![\w(\[/\-]|\.\w)")
#: … and the number alone before it, perhaps its part's letter, and one blank ("626 VII", "1803
#: XVII", "217 A III")
_NUMBER_BEFORE = recache.compile(r"(?<![\w/.\-])(?P<n>[1-9]\d{0,3})(?:[ ](?P<l>[A-H]))?[ \t]$")


def find_bare_numerals(
    text: str, scope: str, bodies: list[tuple[int, int, str]], found: list[Raw]
) -> list[Raw]:
    """The Assembly's numbers after their noun with their session's numeral without its brackets
    ("résolution 626 VII", "resolution 1803 XVII"), where the numeral fits the known numbers around
    the number (:func:`session_bounds`): read as if bracketed; not after another body's name."""
    taken = {r.start for r in found}
    rx = _old_number(scope)
    ends = sorted((e, s, key) for s, e, key in bodies)
    end_at = [e for e, _, _ in ends]
    pat = patterns(scope)
    out: list[Raw] = []
    for r in _NUMERAL.finditer(text):
        if STOP.on:
            break
        if not text[r.start() - 1 : r.start()].isspace():
            continue
        c = _NUMBER_BEFORE.search(text, max(0, r.start() - 8), r.start())
        if c is None:
            continue
        n, session = int(c.group("n")), roman_value(r.group())
        if c.start() in taken or session is None or not 1 <= session <= _LAST_RUNNING_SESSION:
            continue
        if n > _LAST_RUNNING_NUMBER or roman(session) != r.group():  # (no "IIII", "VX")
            continue
        if not in_session_bounds(n, session):
            continue
        m = rx.search(text, max(0, c.start() - _REACH), c.start("n") + len(c.group("n")))
        if m is None or m.start("n") != c.start() or m.group("joint"):
            continue
        key = _body_named(m, ends, end_at)
        if key not in ("GA", None) or (key is None and m.group("mid")):
            continue
        raw = Raw(c.start(), r.end(), "res", number=f"{n} ({roman(session)})", letter=c.group("l"))
        raw.body_key, raw.kw_start, raw.rule = key, m.start(), BARE_NUMERAL
        raw.evidence.append(f"numeral {r.group()}: session {session}")
        head = _body_start(m, ends, end_at) if key == "GA" and not m.group("mid") else m.start()
        pin = pin_ending_at(pat, text, head)
        if pin is not None:
            raw.pinpoint = WS_RUN.sub(" ", pin.group("pin"))
        raw.tail_end = _dated(raw, text, r.end(), scope)
        out.append(raw)
    return out


# --- a list of numbers each with its session's bracket, no noun ---

#: a number with its session's numeral in brackets, perhaps its part's letter, no word glued
#: before it ("2330 (XXII)", "3105(XXVIII)", "217 A (III)")
_BRACKETED = recache.compile(r"(?<![\w/.\-])(?P<n>[1-9]\d{0,3})(?:[ ](?P<l>[A-H]))?[ ]?\((?P<s>[IVX]{1,6})\)")
#: the rule's name
BARE_LIST = "General Assembly numbers with their sessions' brackets listed without a noun"


#: a session's bracket alone: led by its literal, which ``re`` skips to (:func:`_bracketed`)
_SESSION_BRACKET = recache.compile(r"\([IVX]{1,6}\)")
#: the most characters a number, its letter and a blank take before its bracket
_BEFORE_BRACKET = 7


def _bracketed(text: str) -> list[re.Match[str]]:
    """The matches of :data:`_BRACKETED` in ``text``, as its ``finditer`` gives them: each ends with
    a session's bracket, so each is looked for in the few characters before one (a pattern led by
    a look-behind is tried at every character of the text: 5 % of the engine's time)."""
    out: list[re.Match[str]] = []
    free = 0  # (where the last match ended: matches do not overlap)
    for b in _SESSION_BRACKET.finditer(text):
        m = _BRACKETED.search(text, max(free, b.start() - _BEFORE_BRACKET), b.end())
        if m is not None:
            out.append(m)
            free = m.end()
    return out


@functools.lru_cache(maxsize=16)
def _list_joint(lang: str) -> re.Pattern[str]:
    """What joins two items of a list of bracketed numbers: a comma or semicolon, a list word, or
    nothing (a text layer glued them: "485 (V)984 (X)")."""
    list_and = lexicon.alternation(lexicon.gather("grammar.list_and", lexicon.scope(lang))) or "(?!)"
    return recache.compile(rf"[ \t]*+(?:[,;][ \t]*+(?:(?:{list_and})[ \t]++)?|(?:{list_and})[ \t]++)?")


def find_bare_list(text: str, scope: str, found: list[Raw]) -> list[Raw]:
    """The Assembly's numbers of its first thirty sessions listed with their sessions' brackets and
    no noun, as compilations note the texts a resolution refers to ("Ref: 3105(XXVIII),
    2967(XXVII), 2330(XXII)") or a text layer glued them ("485 (V)984 (X)985 (X)"): a run of two
    or more, each joined to the next by a comma, a list word or nothing, each of the session its
    bracket writes where the known numbers around it allow that session (:func:`in_session_bounds`;
    an Economic and Social Council number of its own sessions does not fit); one read already
    after its noun counts in the run, and is not read again."""
    joint = _list_joint(scope)
    taken = [(r.start, r.end) for r in found]
    items = [m for m in _bracketed(text) if _fits(m)]
    out: list[Raw] = []
    run: list[re.Match[str]] = []
    for m in [*items, None]:
        if m is not None and run and joint.fullmatch(text, run[-1].end(), m.start()):
            run.append(m)
            continue
        if len(run) >= 2:
            for r in run:
                if any(a < r.end() and r.start() < b for a, b in taken):
                    continue  # (read already, after its noun: the list goes on after it)
                n, session, letter = int(r.group("n")), roman_value(r.group("s")) or 0, r.group("l") or ""
                raw = Raw(r.start(), r.end(), "symbol", symbol=f"A/RES/{n}{letter}({roman(session)})")
                raw.rule = BARE_LIST
                raw.evidence.append(f"list of {len(run)}: {r.group(0)}")
                raw.tail_end = r.end()
                out.append(raw)
        run = [m] if m is not None else []
    return out


#: the rule of a list of the Assembly's numbers, each with its session's year alone after it
YEAR_LIST = "General Assembly numbers with their sessions' years listed without a noun"

#: a number of the Assembly's later numbering, its session first, perhaps its part's letter, as a
#: list writes it with no noun (the year after it read apart)
#: (its first figure leads the pattern, the mark before the session looked at behind its two
#: figures: ``re`` skips to a pattern's possible first characters only where it opens with one;
#: a look-behind first is tried at every character of every text)
_SESSION_NUMBER = recache.compile(
    r"(?P<s>[3-9]\d)(?<![\w/.\-]..)(?<!30)/(?P<n>\d{1,3})(?:[ ]?(?P<l>[A-H]))?(?![\w/]|\.\d)"
)


@functools.lru_cache(maxsize=16)
def _year_after_number(scope: str) -> re.Pattern[str]:
    """A number's last element and the year linked to it (":data:`_SESSION_NUMBER`'s end and
    :func:`year_link`): a scan led by the slash, which ``re`` skips to, that most texts never
    match (a year alone after a number is rare: "of 4 December 1990" has its day first)."""
    return recache.compile(r"/\d{1,3}(?:[ ]?[A-H])?(?![\w/]|\.\d)" + year_link(scope).pattern)


def find_year_list(text: str, scope: str, found: list[Raw]) -> list[Raw]:
    """The Assembly's numbers of its later numbering listed with no noun, each with the year of its
    session alone after it, linked by a word of its date, as articles list the texts on a question
    ("(37/9 de 1982, 38/12 de 1983 y 43/25 de 1988)"): a run of two or more, each joined to the next
    by a comma or a list word, each year the one its session opened in or the next (a regular
    session N meets from the autumn of 1945 + N); one read already after its noun counts in the
    run, and is not read again."""
    if _year_after_number(scope).search(text) is None:
        return []
    link = year_link(scope)
    joint = _list_joint(scope)
    taken = [(r.start, r.end) for r in found]
    items: list[tuple[re.Match[str], int]] = []
    for m in _SESSION_NUMBER.finditer(text):
        y = link.match(text, m.end())
        if y is not None and int(y.group("year")) - int(m.group("s")) in (1945, 1946):
            items.append((m, y.end()))
    out: list[Raw] = []
    run: list[tuple[re.Match[str], int]] = []
    for item in [*items, None]:
        if item is not None and run and joint.fullmatch(text, run[-1][1], item[0].start()):
            run.append(item)
            continue
        if len(run) >= 2:
            for r, end in run:
                if any(a < r.end() and r.start() < b for a, b in taken):
                    continue  # (read already, after its noun: the list goes on after it)
                symbol = f"A/RES/{r.group('s')}/{r.group('n')}{r.group('l') or ''}"
                raw = Raw(r.start(), r.end(), "symbol", symbol=symbol)
                raw.rule = YEAR_LIST
                raw.evidence.append(f"list of {len(run)}: {text[r.start() : end]}")
                raw.tail_end = end
                out.append(raw)
        run = [item] if item is not None else []
    return out


def _fits(m: re.Match[str]) -> bool:
    """Is the bracketed number of ``m`` one of the Assembly's first thirty sessions', its numeral
    written as such and allowed by the known numbers around it?"""
    n, session = int(m.group("n")), roman_value(m.group("s"))
    return (
        session is not None
        and 1 <= session <= _LAST_RUNNING_SESSION
        and roman(session) == m.group("s")
        and n <= _LAST_RUNNING_NUMBER
        and in_session_bounds(n, session)
    )


# --- the session stated in the sentence, or left by the known numbers ---


def _bare(scope: str) -> tuple[tuple[str, ...], tuple[re.Pattern[str], ...]]:
    """The literal words one of which the text must hold (``grammar.assembly_number_marks``), and a
    language's patterns of the Assembly named with a number alone (``grammar.assembly_number``,
    group ``n``): :func:`_marked_forms`."""
    return _marked_forms("grammar.assembly_number", "grammar.assembly_number_marks", scope)


@functools.lru_cache(maxsize=16)
def _marked_forms(
    forms_key: str, marks_key: str, scope: str
) -> tuple[tuple[str, ...], tuple[re.Pattern[str], ...]]:
    """The words at ``marks_key`` one of which the text must hold, and the patterns at
    ``forms_key``, each compiled apart: a form led by its literal word ("Assembly(?<=General …)")
    is then scanned for that word alone, where the forms joined would be tried at every
    character; none where the scope's languages write no form or no word."""
    forms = lexicon.gather(forms_key, lexicon.scope(scope))
    marks = tuple(lexicon.gather(marks_key, lexicon.scope(scope)))
    if not forms or not marks:
        return (), ()
    return marks, tuple(recache.compile(f) for f in forms)


@functools.lru_cache(maxsize=8)
def _patterns(scope: str) -> tuple[tuple[str, ...], re.Pattern[str] | None]:
    """The literal words one of which the sentence must hold (the cheap test first), and the
    patterns of a language's session and number (``grammar.assembly_session_number``: groups
    ``session`` and ``n``), joined."""
    forms = lexicon.gather("grammar.assembly_session_number", lexicon.scope(scope))
    marks = tuple(lexicon.gather("grammar.assembly_session_marks", lexicon.scope(scope)))
    _ordinals(scope)  # (the words its sessions may be written in, read with the patterns)
    _bracketed_next(scope)  # (… and its list's next number, each with its session's bracket)
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


def _dated(raw: Raw, text: str, end: int, scope: str) -> int:
    """The date written right after the mention (its words ending at ``end``), if any; where the
    words read end (the date's end, else ``end``)."""
    gap = _DATE_GAP.match(text, end)
    if gap is None:
        return end
    d = patterns(scope).date.search(text, end, gap.end() + 40)
    if d is not None and d.start() <= gap.end():
        raw.date = parse_date(d)
        return d.end()
    if (td := patterns(scope).title_date.match(text, end)) is not None:
        # (… or after the text's title in quotes: "резолюция 3379 Генеральной Ассамблеи «…» была
        # принята 10 ноября 1975 года")
        raw.date = parse_date(td)
        raw.evidence.append("date after the title in quotes")
        return td.end()
    return end


def _bracket_figures(n: int, written: str) -> int | None:
    """The session of the Assembly's running number ``n`` written in figures in its bracket
    ("2758 (26)"), where the known numbers allow it; else the Roman numeral typed as ones ("174
    (11)": "II") where they allow that one; else none."""
    if in_session_bounds(n, int(written)):
        return int(written)
    if set(written) == {"1"} and in_session_bounds(n, len(written)):
        return len(written)
    return None


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


_LATIN_LETTER = str.maketrans("АВСЕ", "ABCE")

#: most characters a date glued before the Assembly's name takes ("1971年10月25日", "一九七一年十月二十五日")
_GLUED_DATE = 24


def _raw(
    m: re.Match[str],
    n_key: str,
    n: int,
    session: int,
    text: str,
    scope: str,
    why: str,
    seen: str,
    later: bool = False,
) -> Raw:
    """The Assembly's resolution ``n`` of ``session``, read at group ``n_key`` of ``m``, with the
    rule that gave its session (``why``), its evidence and the date written after it; ``later``:
    of a session after the thirtieth, numbered "session/number"."""
    # (… and a part's letter after the number, where the form reads one: "resolution 377 A of the
    # General Assembly", the Cyrillic letter that looks like it as the Latin one)
    letter = m.group("l") if "l" in m.re.groupindex else None
    names = patterns(scope).letter_names if letter else None
    if letter and names:
        letter = names.get(letter, letter)  # (spelt out: Arabic "ألف" is A)
    letter = letter.translate(_LATIN_LETTER) if letter else ""
    end = m.end("l") if letter else m.end(n_key)
    symbol = f"A/RES/{session}/{n}{letter}" if later else f"A/RES/{n}{letter}({roman(session)})"
    raw = Raw(m.start(n_key), end, "symbol", symbol=symbol)
    raw.rule = f"General Assembly number without its session; {why}"
    raw.evidence.append(f"{seen}: {m.group(0)}")
    # (the words read after the number end after its session's bracket and its date: a copy's
    # heading "قرار رقم 3414 (الدورة 30) بتاريخ …" is then the text's own number, no title after it)
    raw.tail_end = _dated(raw, text, m.end(), scope)
    if raw.date is None and m.start():
        # (… or the date glued before the Assembly's name, as a script without spaces writes
        # the date of the adoption there: "1971年10月25日联大通过的第2758号决议")
        glued = [d for d in patterns(scope).date.finditer(text, max(0, m.start() - _GLUED_DATE), m.start())]
        if glued and glued[-1].end() == m.start():
            raw.date = parse_date(glued[-1])
            raw.evidence.append("date glued before the Assembly's name")
    if raw.date is None and m.start():
        # (… or the date that opens the sentence, where a figure or a day's mark ends it)
        sd = opening_date(text, m.start(), m.start(n_key), scope, after_letter=False)
        if sd is not None:
            raw.date = parse_date(sd)
            raw.evidence.append("date that opens the sentence of the adoption")
    return raw


#: the highest number of a text of one of the later sessions (each numbers its texts from 1)
_LATER_NUMBER_MAX = 999


def _adopted_then(m: re.Match[str], n_key: str, n: int, text: str, scope: str) -> bool:
    """Does the sentence say that the session named before the number adopted it (an adoption's
    verb, ``grammar.adopted_verb``, between the session and the number: "第六十届联大通过第251号
    决议"), the number one that session may have given?  Another session's text may be recalled
    there ("第七十六届联大纪念第2758号决议"), never adopted."""
    session_key = "session" + n_key[1:]
    if not 1 <= n <= _LATER_NUMBER_MAX or m.start(session_key) > m.start(n_key):
        return False
    between = text[m.end(session_key) : m.start(n_key)]
    return any(v in between for v in lexicon.gather("grammar.adopted_verb", lexicon.scope(scope)))


@functools.lru_cache(maxsize=8)
def _noun_at(scope: str) -> re.Pattern[str]:
    """A language's resolution noun, matched where a form of the session stated begins."""
    return recache.compile(lexicon.resolution_noun(scope))


@functools.lru_cache(maxsize=8)
def _stated_next(scope: str) -> re.Pattern[str]:
    """A list's joint and its next number, in the sentence that states the list's session before
    it: a comma (the Arabic one too) or a list word, a list word of one letter perhaps glued to
    the number as such words are written ("3376، و3379")."""
    words = lexicon.gather("grammar.list_and", lexicon.scope(scope))
    glued = lexicon.alternation([w for w in words if len(w) == 1]) or "(?!)"
    list_and = lexicon.alternation(words) or "(?!)"
    return recache.compile(
        rf"(?:[ \t]*+[,\u060c][ \t]*+(?:(?:{list_and})[ \t]++|(?:{glued}))?"
        rf"|[ \t]++(?:(?:{list_and})[ \t]++|(?:{glued})))"
        rf"(?P<n>[1-9]\d{{0,3}})(?![\d/(]|[ \t]*+\()"
    )


def _stated_list(text: str, pos: int, n: int, session: int, scope: str) -> list[Raw]:
    """The numbers alone in a list after one whose session its sentence states before it ("في
    دورتها الثلاثين القرارات 3375 و3376 و3379"), from ``pos``: each of that session where the known
    numbers allow it (a number not above the one before, or one the session cannot hold, ends the
    list), perhaps dated."""
    rx, pat = _stated_next(scope), patterns(scope)
    out: list[Raw] = []
    while (m := rx.match(text, pos)) is not None and not STOP.on:
        nxt = int(m.group("n"))
        low, high = session_bounds(nxt, ((n, session),))
        if nxt <= n or not low <= session <= high:
            break
        raw = Raw(m.start("n"), m.end("n"), "symbol", symbol=f"A/RES/{nxt}({roman(session)})")
        raw.rule = f"General Assembly number without its session; {_STATED_LIST}"
        raw.evidence.append(f"list after {n}: session {session}")
        pos = m.end()
        tail = pat.item_tail.match(text, pos)
        if tail is not None and tail.group("date") and not tail.group("body") and not tail.group("gen"):
            raw.date, pos = parse_date(tail), tail.end()
        raw.tail_end = pos
        out.append(raw)
        n = nxt
    return out


@functools.lru_cache(maxsize=8)
def _bracketed_next(scope: str) -> re.Pattern[str] | None:
    """A language's joint and next number of a list whose numbers each carry their session in their
    bracket (``grammar.assembly_session_next``: groups ``n`` and ``session``), if it writes one."""
    forms = lexicon.gather("grammar.assembly_session_next", lexicon.scope(scope))
    return recache.compile("|".join(f"(?:{f})" for f in forms)) if len(forms) == 1 else None


def _bracketed_list(text: str, pos: int, scope: str) -> list[Raw]:
    """The numbers of a list after one with its session in its bracket, from ``pos``, each with
    its own session in its bracket ("قراراتها رقم 194 (الدورة 3) …، ورقم 302 (الدورة 4)"), perhaps
    dated: the list ends at the first item that is none (or a session or number out of the
    Assembly's running numbering)."""
    rx = _bracketed_next(scope)
    out: list[Raw] = []
    while rx is not None and (m := rx.match(text, pos)) is not None and not STOP.on:
        session, n = _session(" ".join(m.group("session").split()), scope), int(m.group("n"))
        if session is None or not 1 <= session <= _LAST_RUNNING_SESSION or not 1 <= n <= _LAST_RUNNING_NUMBER:
            break
        raw = _raw(m, "n", n, session, text, scope, _BRACKETED_LIST, f"list, session {session}")
        out.append(raw)
        pos = raw.tail_end
    return out


#: the rule of a list's later number with its own session in its bracket
_BRACKETED_LIST = "a list's later number, of the session in its bracket"

#: the rule of a list's later number in the session its sentence states
_STATED_LIST = "a list's later number, of the session the sentence states"


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
        written = groups["session" + n_key[1:]]
        if written.isdigit() and m.start("session" + n_key[1:]) > m.start(n_key):
            session = _bracket_figures(n, written)
        if (
            session is not None
            and session > _LAST_RUNNING_SESSION
            and _adopted_then(m, n_key, n, text, scope)
        ):
            # "第六十届联大通过第251号决议": a later session's number, adopted at that session
            out.append(
                _raw(m, n_key, n, session, text, scope, "the session that adopted it", "session named", True)
            )
            continue
        if session is None or not 1 <= session <= _LAST_RUNNING_SESSION or not 1 <= n <= _LAST_RUNNING_NUMBER:
            continue
        raw = _raw(m, n_key, n, session, text, scope, "the session the sentence states", "session named")
        if _noun_at(scope).match(text, m.start()) is not None:
            raw.kw_start = m.start()  # (the form's own noun before the number: "قرار رقم 3414 (الدورة 30)")
        _pinned(raw, text, m.start(), scope)
        out.append(raw)
        if m.start("session" + n_key[1:]) > m.start(n_key):
            # (the session in the number's bracket: that number's own, no list's; the list's next
            # numbers with their own sessions in their brackets)
            out += _bracketed_list(text, raw.tail_end, scope)
            continue
        out += _stated_list(text, raw.tail_end, n, session, scope)
    out += _organization_numbers(text, scope, {r.start for r in out})
    bare_marks, bare = _bare(scope)
    if not bare or not any(m in text for m in bare_marks):
        return out
    taken = {r.start for r in out}
    stated = {r.start: r for r in out}
    # (each form's matches, in the order of the text: one record a number)
    matches = sorted((m for rx in bare for m in rx.finditer(text)), key=lambda m: m.start("n"))
    for m in matches:
        if STOP.on:
            break
        if m.start("n") in taken:
            if (r := stated.get(m.start("n"))) is not None and r.date is None:
                _date_before_session(r, m, text, scope)
            continue
        n = int(m.group("n"))
        session = anchored_session(n) if n <= _LAST_RUNNING_NUMBER else None
        why = "the session its known numbers leave"
        date = None
        if "d" in m.re.groupindex and m.group("d") is not None:
            # (the date written between the name and the number, as laws and legal databases head
            # the texts: "Резолюция Генеральной Ассамблеи от 20 декабря 1965 года № 2105": the
            # number's, and its session where the known numbers leave two open)
            d = search_dated(patterns(scope).date, text, m.start("d"), m.start("n")) or search_dated(
                figures_date(), text, m.start("d"), m.start("n")
            )
            date = parse_date(d) if d is not None else None
            if session is None and date is not None and (session := old_session(n, date)) is not None:
                why = "the session of its date"
        if session is None:
            continue
        taken.add(m.start("n"))
        raw = _raw(m, "n", n, session, text, scope, why, "Assembly named")
        _pinned(raw, text, m.start(), scope)
        if raw.date is None and date is not None:
            raw.date = date
            raw.kw_start = m.start()  # (the noun before the name and the date: a heading's own number)
        out.append(raw)
    return out


def _organization(scope: str) -> tuple[tuple[str, ...], tuple[re.Pattern[str], ...]]:
    """The literal words one of which the text must hold (``grammar.organization_number_marks``),
    and a language's patterns of the Organization named for the body with a number alone
    (``grammar.organization_number``, group ``n``): :func:`_marked_forms`."""
    return _marked_forms("grammar.organization_number", "grammar.organization_number_marks", scope)


#: the rule of a number the Organization is named with, one of the known numbers of one body
_ORGANIZATION = "the Organization named for its body; a number known of that body alone"


@functools.lru_cache(maxsize=1)
def _known_numbers() -> tuple[dict[int, int], dict[int, int]]:
    """The known numbers of the Assembly (number -> session) and of the Council (number -> year)."""
    return dict(_anchors()), dict(lexicon.load().sc_anchors)


def _organization_numbers(text: str, scope: str, taken: set[int]) -> list[Raw]:
    """The numbers the Organization is named with in place of its body, as the press writes them
    ("联合国第2758号决议", "聯合國二七五八號決議"): the Assembly's where the number is one of its
    known numbers (``ga_anchors.csv``) and none of the Council's (``sc_anchors.csv``), the Council's
    of its known year where it is one of the Council's and none of the Assembly's; a number both
    or neither know (the Assembly's 2106 (XX) and the Council's 2106 (2013)) stays unread."""
    marks, forms = _organization(scope)
    if not forms or not any(m in text for m in marks):
        return []
    found = sorted((m for rx in forms for m in rx.finditer(text)), key=lambda m: m.start("n"))
    if not found:
        return []
    assembly, council = _known_numbers()
    out: list[Raw] = []
    for m in found:
        if STOP.on:
            break
        n = int(m.group("n"))
        if m.start("n") in taken or (n in assembly) == (n in council):
            continue
        taken.add(m.start("n"))
        if n in assembly:
            raw = _raw(m, "n", n, assembly[n], text, scope, _ORGANIZATION, "Organization named")
        else:
            raw = Raw(m.start("n"), m.end("n"), "symbol", symbol=f"S/RES/{n}({council[n]})")
            raw.rule = f"Security Council number without its year; {_ORGANIZATION}"
            raw.evidence.append(f"Organization named: {m.group(0)}")
            raw.tail_end = _dated(raw, text, m.end(), scope)
        _pinned(raw, text, m.start(), scope)
        out.append(raw)
    return out


def _date_before_session(raw: Raw, m: re.Match[str], text: str, scope: str) -> None:
    """Date ``raw``, a number whose session the sentence states after it, undated, as the
    Assembly's name read after the number (``m``) dates it: its title in quotes and the passive
    with the date between the name and the session ("Резолюция 3379 Генеральной Ассамблеи «…»
    была принята 10 ноября 1975 года на XXX сессии …"), where that date falls in the session."""
    probe = Raw(raw.start, raw.end, "symbol")
    _dated(probe, text, m.end(), scope)
    session = old_session(int(m.group("n")), probe.date) if probe.date else None
    if (
        probe.date is not None
        and session is not None
        and raw.symbol
        and raw.symbol.endswith(f"({roman(session)})")
    ):
        raw.date = probe.date
        raw.evidence += probe.evidence


def stated_session_number(text: str, start: int, end: int, num_start: int, scope: str) -> str | None:
    """The Assembly's number of its first sessions that starts at ``num_start``, its session
    written in words in its bracket as a form of ``grammar.assembly_session_number`` reads it
    within ``text[start:end]`` (a copy's heading "القرار رقم 818 (الدورة 9): …"), as "818 (IX)";
    None where no form reads it there, or its session does not fit the number."""
    _, rx = _patterns(scope)
    for m in rx.finditer(text, start, end) if rx is not None else ():
        groups = {k: v for k, v in m.groupdict().items() if v is not None}
        n_key = next(k for k in groups if k.startswith("n"))
        s_key = next(k for k in groups if k.startswith("session"))
        if m.start(n_key) != num_start or m.start(s_key) < m.start(n_key):
            continue
        n, session = int(groups[n_key]), _session(" ".join(groups[s_key].split()), scope)
        if session is None or not 1 <= session <= _LAST_RUNNING_SESSION or not 1 <= n <= _LAST_RUNNING_NUMBER:
            return None
        return f"{n} ({roman(session)})" if in_session_bounds(n, session) else None
    return None


def _pinned(raw: Raw, text: str, head: int, scope: str) -> None:
    """Read into ``raw`` the pinpoint written before its form at ``head``, as the dated forms read
    it ("الفقرة 11 من قرار الجمعية العامة رقم 194 (الدورة 3)": paragraph 11)."""
    while head and (text[head - 1].isalnum() or text[head - 1] == "_"):
        head -= 1  # (the form read from inside its word: "قرار" of "القرار")
    pin = pin_ending_at(patterns(scope), text, head)
    if pin is not None:
        raw.pinpoint = WS_RUN.sub(" ", pin.group("pin"))
