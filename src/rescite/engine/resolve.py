"""Resolve: bind each found mention to one canonical id, or keep it as unresolved.

Binding rules (ids.md): a number belongs to the body named next to it (or to the whole
list it heads); "its / sa / su" is the body adopting the citing text unless the clause names
another actor; a bare number belongs to the citing body unless that body never reached
the session, then to the General Assembly; shapes decide where they can (``N (YYYY)`` is
the Security Council, ``YYYY/N`` ECOSOC unless the Commission on Human Rights is named).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator

from ..grammar import lexicon, recache
from ..grammar.council import (
    GA_WITHOUT_SESSION,
    SC_WITHOUT_YEAR,
    sc_year_of,
    sc_year_plausible,
    sc_years_open,
)
from ..grammar.headings import other_organisation_line
from ..grammar.lexicon import Body, alternation, fold
from ..grammar.notes import records_supplement
from ..grammar.retools import roman, roman_value
from ..grammar.rules import patterns
from ..ids import (
    FIRST_YEAR,
    SESSION_NUMBER,
    IdError,
    Kind,
    is_year,
    kind_of_id,
    resolution_id,
    symbol_id,
    unts_id,
)
from ..models import CanonicalId, Record
from .find_assembly import OLD_ASSEMBLY, in_session_bounds, year_session
from .find_base import ANY_BODY, RECORDS_REACH, Raw
from .find_codes import UNNUMBERED_CODED
from .find_numbers import NOUN_LIST_BODY
from .find_turned import TURNED_HOW, turns_numbers
from .footnotes import MARKER_REACH
from .heading import body_line
from .segment import Segments
from .symbols import cached_resolution_id

#: a body that numbers its texts by the year wrote the year with two figures in the century its
#: numbering by the year began ("resolution 89/1" of the Economic and Social Council, 1978–1999)
_SHORT_CENTURY, _SHORT_YEARS_FROM = 1900, 1978

#: most characters read back from an amending text's noun for the State's text it amends
_AMENDED_REACH = 300


@functools.lru_cache(maxsize=8)
def amending(scope: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The link of an amending text right before its noun, and a State's text by its adjective."""
    langs = lexicon.scope(scope)
    links = lexicon.gather("grammar.amended_by", langs)
    texts = lexicon.gather("grammar.state_texts", langs)
    if not links or not texts:
        return None
    return (
        recache.compile(rf"(?:{'|'.join(links)})\s*+$"),
        recache.compile(rf"(?<!\w)(?:{alternation(texts)})(?!\w)"),
    )


def amends_state_text(text: str, kw_start: int | None, scope: str) -> bool:
    """Does the noun at ``kw_start`` name a text that amends a State's text named before it in the
    same paragraph ("القرار الوزاري رقم 2014/7، كما تم تعديله بالقرار رقم 2016/12")? The amending
    text is of the amended text's legal order: a State's, not the Organization's."""
    rx = amending(scope)
    if rx is None or kw_start is None:
        return False
    link = rx[0].search(text, max(0, kw_start - 40), kw_start)
    if link is None:
        return False
    lo = max(0, link.start() - _AMENDED_REACH)
    end = text.rfind("\n\n", lo, link.start())
    return rx[1].search(text, end + 2 if end >= 0 else lo, link.start()) is not None


#: The end of a paragraph: a blank line, or a line that ends a clause (a preamble's comma, an
#: operative paragraph's semicolon)
_PARAGRAPH_END = recache.compile(r"\n[ \t]*\n|[,;\uff0c\uff1b\u060c\u061b][ \t]*\n")
_ROMAN_NUM = recache.compile(r"(\d{1,4}) \(((?:S-|ES-)?)([IVXLC]+)\)")
_SC_NUM = recache.compile(r"(\d{1,4}) \((\d{4})\)")
_ROMAN_NUM2 = recache.compile(r"(\d{1,4}) \(((?:S-|ES-)?[IVXLC]+)\)")


class Resolved(Record):
    target: CanonicalId | None
    kind: str
    body: str | None
    date: str | None
    rule: str  # the binding rule that gave the target (shown by --explain)
    reason: str | None  # why there is no target

    __slots__ = ("body", "date", "kind", "reason", "rule", "target")

    def __init__(
        self,
        target: CanonicalId | None,
        kind: str,
        body: str | None,
        date: str | None,
        rule: str = "",
        reason: str | None = None,
    ) -> None:
        self.target = target
        self.kind = kind
        self.body = body
        self.date = date
        self.rule = rule
        self.reason = reason


#: No body numbering its texts by session (or year) reaches a four-figure number in a session (or
#: year): "decision No. 45/2019 of the Administrative Court" is a year's docket number, not the
#: Assembly's; "resolution 2019/2876" is the European Parliament's, not ECOSOC's.
_SESSION_SEQ_LIMIT = 1000
#: the series whose President's statements are numbered by session ("PRST/8/1": A/HRC/PRST/8/1);
#: the Security Council's are by year (S/PRST/2016/3)
_PRST_BY_SESSION = "A/HRC"


def _no_year(number: int) -> str:
    """Why a Council number without its year has no id: the years its numbering leaves open."""
    years = sc_years_open(number)
    which = " or ".join(map(str, years)) if len(years) <= 2 else f"{years[0]} to {years[-1]}"
    return f"Security Council resolution {number} without its year (its number leaves {which} open)"


#: Where a text's heading is looked for (its first lines, each a short one) when it has no
#: adopting body of its own
HEADING_REACH = 400
HEADING_LINES = 3
HEADING_LINE_MAX = 100


def _in_bounds(session: int, number: str) -> bool:
    """Could the Assembly have given ``number`` ("295 B (XI)") at ``session`` (:func:`in_session_bounds`)?"""
    m = _LEADING_NUMBER.match(number)
    return m is None or in_session_bounds(int(m.group()), session)


_LEADING_NUMBER = recache.compile(r"\d{1,4}")


def _unresolved(raw: Raw, body: str | None, reason: str) -> Resolved:
    return Resolved(None, "unresolved", body, raw.date, reason=reason)


#: a number and the bracket after it that ends with a year: "2417 (24 May 2018)", "2417 (2018)"
#: (a printed line may end inside the bracket: "2417 (24 May⏎2018)")
_NUMBER_THEN_YEAR = recache.compile(r"(?<![\d/])(\d{1,4})\s?\([^()]{0,24}?((?:19|20)\d\d)\)")
#: a resolution's or decision's symbol set beside its number, after a comma or in a bracket
#: ("Résolution S-14/1, A/HRC/RES/S-14/1", "resolution 63/311 (A/RES/63/311)"): the series
#: before its "RES" or "DEC" and the number after it
_SYMBOL_BESIDE = recache.compile(
    r"[ \t]*[,(][ \t]*(?:(?:U\.N\.|UN)[ \t]*Doc\.?[ \t]*)?"
    r"(?P<series>[A-Z][A-Za-z0-9.]*(?:/[A-Z][A-Za-z0-9.]*)*?)/(?:RES|DEC|Res|Dec)/"
    r"(?P<num>(?:S-|ES-)?\d{1,4}/\d{1,4})(?![\w/])"
)
#: a number, its part letter and its session in roman numerals: "3379 (XXX)", "2200 A (XXI)"
_NUMBER_THEN_SESSION = recache.compile(r"(?<![\d/])(\d{1,4})\s?([A-Z])?\s?\(((?:S-|ES-)?[IVXLC]{1,7})\)")
#: How far before a Council symbol without its year the same number with its year may stand
#: (and before an Assembly symbol without its session the same number with its session).
SYMBOL_YEAR_REACH = 60
#: a sentence's end, and a year written in it (not inside a longer number, nor a symbol's)
_SENTENCE_STOP = recache.compile(r"[.!?;\n\u061f\u061b](?!\d)")
_YEAR_WORD = recache.compile(r"(?<![\d/.])(?:19[4-9]\d|20[0-4]\d)(?![\d/])")
_SENTENCE_YEAR_REACH = 240  # how far back a turned number's sentence is read for its year


def date_plausible(target_body: Body | None, number: str, date: str) -> bool:
    """Can ``target_body`` have adopted text ``number`` in the year of ``date``?  A pure
    function of the body, the number and the year, asked several times for each numbered
    mention: remembered (the body kept with its answer, so that its id is never another's)."""
    key = (id(target_body), number, date[:4])
    hit = _PLAUSIBLE.get(key)
    if hit is not None and hit[0] is target_body:
        return hit[1]
    ok = _date_plausible(target_body, number, date)
    if len(_PLAUSIBLE) >= _PLAUSIBLE_KEPT:
        _PLAUSIBLE.clear()
    _PLAUSIBLE[key] = (target_body, ok)
    return ok


_PLAUSIBLE: dict[tuple[int, str, str], tuple[Body | None, bool]] = {}
_PLAUSIBLE_KEPT = 4096


def _date_plausible(target_body: Body | None, number: str, date: str) -> bool:
    year = int(date[:4])
    m = SESSION_NUMBER.fullmatch(number)
    if m and target_body is not None:
        first = int(m.group(2))
        if is_year(first):
            return first == year
        if m.group(1):
            return True
        if target_body.numbering == "session":
            return target_body.year_fits(first, year)
    m2 = _ROMAN_NUM.fullmatch(number)
    if m2:
        sess = roman_value(m2.group(3)) or 0
        if m2.group(2):
            return True
        if target_body is not None and target_body.key == "ECOSOC":
            return abs(year - (FIRST_YEAR + (sess - 1) // 2)) <= 3
        return 1945 + sess <= year <= 1947 + sess
    m3 = _SC_NUM.fullmatch(number)
    if m3:
        return int(m3.group(2)) == year
    return True


def _year_allows(body: Body, session: int, raw: Raw) -> bool:
    """Does the year of the adoption written in the number's clause or in brackets after it
    ("31/3 (2016)"), if any, fit ``body``'s session ``session``?"""
    return raw.clause_year is None or body.year_fits(session, raw.clause_year)


#: How far before the noun of a cited text the body that is the subject of its clause may end.
SUBJECT_REACH = 40
_SUBJECT_STOP = recache.compile(r"[.;:!?()\[\]\n]|[\u3002\uff1b\u061b]")


@functools.lru_cache(maxsize=8)
def _list_and(scope: str) -> re.Pattern[str]:
    """The words that join the items of a list ("and", "et", "y", "и", "و", "和")."""
    words = lexicon.gather("grammar.list_and", lexicon.scope(scope))
    return (
        recache.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)", re.IGNORECASE)
        if words
        else recache.compile("(?!)")
    )


OWNER_REACH = 300  # characters back to the body a gendered possessive suffix refers to
#: a line that ends with a comma: the sentence goes on on the next (a text's paragraphs, one sentence)
_COMMA_LINE_END = recache.compile(r"[,\u060c][ \t]*+(?:\n[ \t]*+)*$")


def _sentence_stop(text: str, start: int, end: int) -> bool:
    """Does the sentence end between ``start`` and ``end``: a stop, or a line break that no comma
    before it carries on (a paragraph's end "…مجلس حقوق الإنسان،⏎وإذ …" goes on)?"""
    for m in _SUBJECT_STOP.finditer(text, start, end):
        if m.group() != "\n" or not _COMMA_LINE_END.search(text, max(start, m.start() - 8), m.start() + 1):
            return True
    return False


_BLANK_LINE = recache.compile(r"\n[ \t]*\n")
_SENTENCE_END = recache.compile(r"[.;!?](?=\s)")

REPORT_REACH = 40  # characters between a report's symbol and a number placed in it
HOLDING_REACH = 60  # … and between a supplement's symbol and the noun of a text it holds
# a blank line, a line that opens with a number (a note's), or a line that ends a sentence
_HOLDING_BREAK = recache.compile(r"\n[ \t]*(?:\n|\d)|\.[ \t]*\n")

#: … and what stands between a subsidiary body's report in its own series and a text it holds:
#: the bracket's end, then a comma and perhaps the report's place ("), chap. II, ")
_REPORT_PLACE = recache.compile(r"\)?\s*[,\u060c\uff0c]")


def _holding_gap(gap: str) -> bool:
    """Whether ``gap`` may stand between a report (its symbol, or its supplement's number) and a
    text it holds: short, no semicolon, no other sentence or note (:data:`_HOLDING_BREAK`)."""
    return len(gap) <= HOLDING_REACH and ";" not in gap and _HOLDING_BREAK.search(gap) is None


@functools.lru_cache(maxsize=4096)
def _shapes(number: str) -> tuple[re.Match[str] | None, re.Match[str] | None, re.Match[str] | None]:
    """A number's shape: N (YYYY), N (ROMAN), session/number (the same numbers come again and again)."""
    return _SC_NUM.fullmatch(number), _ROMAN_NUM2.fullmatch(number), SESSION_NUMBER.fullmatch(number)


#: :meth:`Resolver._fitting`'s answers kept (lexicon, bodies), at most this many.
_FITTING: dict[tuple[str | None, int | None, str, str], tuple[lexicon.Lexicon, tuple[Body, ...]]] = {}
FITTING_KEPT = 4096


def instruments_in(text: str, lang: str = "") -> Iterator[re.Match[str]]:
    """``patterns(lang).instrument.finditer(text)``, its candidates found by a fast scan of the
    text in lower case (``instrument_head``) where that finds them all."""
    pat = patterns(lang)
    low = text.lower()
    unsafe = pat.instrument_head_unsafe
    if len(low) != len(text) or (unsafe.search(text) if unsafe else not text.isascii()):
        yield from pat.instrument.finditer(text)
        return
    head, name, pos = pat.instrument_head.search, pat.instrument.match, 0
    while (h := head(low, pos)) is not None:
        pos = h.start() + 1
        if (m := name(text, h.start())) is not None:
            pos = max(pos, m.end())
            yield m


# the line right under one that ends with a colon ("… the following draft resolution:⏎"The
# General Assembly,"), a quotation mark perhaps before it and its comma perhaps left out, as a
# copy prints it: where another body's adopting line may stand inside a text
# (:meth:`Resolver._nested_body`)
_LINE_AFTER_COLON = recache.compile(r"(?m):[ \t]*\n(?:[ \t]*\n)*(?P<line>[\"“‘']?[^\W\d][^\n:]{2,90})$")


class Resolver:
    def __init__(
        self, text: str, seg: Segments, bodies_at: list[tuple[int, str]], body_ends: list[int] | None = None
    ) -> None:
        self.text = text
        self.seg = seg
        self.lex = lexicon.load()
        self.bodies_at = bodies_at
        self._body_pos = [p for p, _ in bodies_at]
        self._body_ends = body_ends if body_ends is not None and len(body_ends) == len(bodies_at) else None
        self.citing = self.lex.body_by_series(seg.body) if seg.body else None
        self._recent: list[tuple[int, Body]] = []  # (position, body) of numbered texts resolved
        # bodies whose decisions are always cited with their code ("1/CP.21"): a bare number
        # is never theirs
        self._coded = lexicon.decision_codes().bodies
        self._conventions: list[tuple[int, Body]] | None = None  # (where, its parties' conference)
        self._bare: set[str] | None = None  # bodies named by a short name of their kind alone
        self._held: dict[int, str] = {}  # start of a mention -> the session report's symbol it is in
        self._numbers_years: dict[str, set[int]] | None = None  # Council number -> years written with it
        # where the texts' numbers found start (the Council's "1309 (2000)" among them): a year is
        # taken from one of them only, not from "paragraph 1309 (2000)"
        self.number_starts: frozenset[int] = frozenset()
        # the years the dates written with the Council's numbers without their year give (see
        # :func:`council_dated`): number -> years
        self.council_dated: dict[str, set[int]] = {}
        self._other_heading: str | bool | None = False  # (read on demand: see other_heading)
        self._nested: list[tuple[int, Body]] | None = None  # (read on demand: see _nested_body)

    # -- bodies ------------------------------------------------------------------------
    def other_heading(self) -> str | None:
        """The heading line of a text with no adopting body of its own that names an organ of
        another organisation or of a State ("City Council of Springfield"): its "its resolution
        2020/3" is that organ's, never the Assembly's or ECOSOC's; None when there is none."""
        if self._other_heading is False:
            self._other_heading = None
            if self.citing is None:
                rx = other_organisation_line(self.seg.scope)
                lines = [ln.strip() for ln in self.text[:HEADING_REACH].split("\n") if ln.strip()]
                for line in lines[:HEADING_LINES]:
                    if len(line) <= HEADING_LINE_MAX and rx.search(line):
                        self._other_heading = line
                        break
        return self._other_heading if isinstance(self._other_heading, str) else None

    def _generic(self, kind: str, pos: int, back: bool = False) -> Body | None:
        """The body a short name of ``kind`` stands for: the citing body when it is of that kind,
        else the body of that kind named last before ``pos`` (first that one when the name points
        back: "resolution 72/6 of that Assembly" after the World Health Assembly's name)."""
        if not back and self.citing is not None and self.citing.generic == kind:
            return self.citing
        if kind == ANY_BODY:  # "resolution 44/4 of that body": the body named last, whatever its kind
            return next(self._named_last(pos), None)
        for b in self._named_last(pos):
            if b.generic == kind:
                return b
        if self.citing is not None and self.citing.generic == kind:
            return self.citing
        if (
            self.citing is not None
            and self.citing.predecessor
            and (before := self.lex.bodies.get(self.citing.predecessor)) is not None
            and before.generic == kind
        ):
            # "the Governing Council" in a text of the Environment Assembly: the body it took over from
            return before
        if kind == "assembly":
            return self.lex.bodies["GA"]
        return self._parties_of_named(kind, pos)

    def _named_last(self, pos: int) -> Iterator[Body]:
        """The bodies the text names before ``pos``, the last named first."""
        for i in range(bisect.bisect_left(self._body_pos, pos) - 1, -1, -1):
            yield self.lex.bodies[self.bodies_at[i][1]]

    def _named_back(self, body: Body, pos: int) -> Body:
        """The body a name of ``body`` stands for at ``pos``: itself, unless ``body`` is a body of no
        id scheme that a short name of its kind names ("decision 2019/5 of the Executive Board",
        "du Conseil d'administration"): then the body of that kind the text names last before
        ``pos`` (or the citing body when it is of that kind), when there is one."""
        if body.numbering != "none" or body.key not in self._bare_bodies():
            return body
        if self.citing is not None and self.citing.generic == body.generic:
            return self.citing
        for b in self._named_last(pos):
            if b.generic == body.generic and b.key not in self._bare_bodies():
                return b
        return body

    def _bare_bodies(self) -> set[str]:
        """The bodies one of whose names is a short name of their kind (the bare "Executive Board")."""
        if self._bare is None:
            self._bare = {
                key
                for f, kind in self.lex.generic_names.items()
                if (key := self.lex.body_names.get(f)) is not None and self.lex.bodies[key].generic == kind
            }
        return self._bare

    def _parties_of_named(self, kind: str, pos: int) -> Body | None:
        """The conference of the parties to the convention named last before ``pos`` ("the
        Conference of the Parties" in a text that recalls the Convention against Corruption),
        when it is of ``kind``; None when the text names no such convention."""
        conferences = {i.parties for i in self.lex.instruments.values() if i.parties}
        if not any(self.lex.bodies[k].generic == kind for k in conferences if k in self.lex.bodies):
            return None
        if self._conventions is None:  # the conventions the text names, read once
            self._conventions = []
            for m in instruments_in(self.text, self.seg.scope):
                key = self.lex.instrument_names.get(fold(m.group()))
                inst = self.lex.instruments.get(key) if key else None
                if inst is not None and inst.parties in self.lex.bodies:
                    self._conventions.append((m.start(), self.lex.bodies[inst.parties]))
        i = bisect.bisect_left(self._conventions, pos, key=lambda c: c[0]) - 1
        found = self._conventions[i][1] if i >= 0 else None
        return found if found is not None and found.generic == kind else None

    def _turned_round(self, raw: Raw, body: Body, first: int, seq: int, kind: str) -> str | None:
        """``seq/first``, when an Arabic text writes session/number turned round, as a copy
        set right to left does ("(90/34)" for 34/90): only where the number as written cannot be
        the body's and the date written with it fits the number turned round, never the other."""
        if not turns_numbers(self.seg.scope) or is_year(seq) or self._can_hold(body, first, seq, kind):
            return None
        # (… or, no date written with it, the year the sentence gives before it: "في عام 1979،
        # أصدرت الجمعية العامة قرارها رقم (90/34)")
        date = raw.date or self._sentence_year(raw.start)
        return self._turned_fits(body, first, seq, kind, date) if date else None

    def _turned_by_date(self, raw: Raw, body: Body, first: int, seq: int, kind: str) -> str | None:
        """``seq/first``, when an Arabic text writes session/number turned round and the body
        could hold both: only where the date written with the number (its own, not one shared
        from a list's next item) cannot be of its session and fits the number turned round
        ("37/34 المؤرخ 21 تشرين الثاني/نوفمبر 1979" for 34/37, session 37 being of 1982)."""
        date = raw.date
        if not date or raw.date_shared is not None or not turns_numbers(self.seg.scope) or is_year(seq):
            return None
        if date_plausible(body, f"{first}/{seq}", date):
            return None
        return self._turned_fits(body, first, seq, kind, date)

    def _turned_fits(self, body: Body, first: int, seq: int, kind: str, date: str) -> str | None:
        """``seq/first``, the number turned round, where ``body`` could hold it and ``date`` fits
        it (the two checks of :meth:`_turned_round` and :meth:`_turned_by_date`)."""
        turned = f"{seq}/{first}"
        if not self._can_hold(body, seq, first, kind) or not date_plausible(body, turned, date):
            return None
        return turned

    def _sentence_year(self, pos: int) -> str | None:
        """The last year written in the sentence before ``pos`` (as a date's year: "1979"), if
        any."""
        lo = max(0, pos - _SENTENCE_YEAR_REACH)
        start = max((m.end() for m in _SENTENCE_STOP.finditer(self.text, lo, pos)), default=lo)
        years = [m.group() for m in _YEAR_WORD.finditer(self.text, start, pos)]
        return f"{years[-1]}-01-01" if years else None

    def _can_hold(self, body: Body, session: int, seq: int, kind: str) -> bool:
        """Could ``body`` have adopted text ``session/seq``?  The General Assembly numbers
        texts session/number only from its 31st session, and its decisions from 301; no
        body cites a session it has not reached (nor, citing itself, one after its own)."""
        if body.numbering != "session" or seq >= _SESSION_SEQ_LIMIT:
            return False
        if session < body.numbered_from or (kind == "DEC" and seq < body.min_decision):
            return False
        if self.citing is body and self.seg.own_session is not None:
            return session <= self.seg.own_session
        return (last := body.last_session()) is None or session <= last

    def _fits(self, body: Body, number: str, kind: str) -> bool | None:
        """Does ``number``'s shape fit ``body``'s numbering (by year "2005/69", by session
        "33/9")?  None for another shape."""
        m = _shapes(number)[2]
        if m is None or m.group(1):
            return None
        first, seq = int(m.group(2)), int(m.group(3))
        if is_year(first):
            return body.numbering == "year"
        return self._can_hold(body, first, seq, kind)

    def _by_shape(self, raw: Raw, body: Body, number: str, kind: str) -> Body | None:
        """The body whose numbering ``number`` fits, of those a name written with it names
        when a language gives one name to several ("CDH": the Human Rights Council, numbering
        by session, and the Commission on Human Rights, by year) — None when ``body``, the
        first, fits, or the name written is its alone."""
        shared = [(f, keys) for f, keys in self.lex.shared_names.items() if body.key in keys]
        if not shared or self._fits(body, number, kind) is not False:
            return None
        lo, hi = raw.start - 200, raw.end + 200
        i = bisect.bisect_left(self._body_pos, lo)
        written: set[str] = set()
        while i < len(self.bodies_at) and self.bodies_at[i][0] <= hi:
            p, key = self.bodies_at[i]
            if key == body.key:
                for f, keys in shared:
                    if fold(self.text[p : p + len(f)]) == f:
                        written.update(keys)
            i += 1
        for key in sorted(written - {body.key}):
            other = self.lex.bodies[key]
            if self._fits(other, number, kind):
                return other
        return None

    def _reaches(self, body: Body, session: int) -> bool:
        return self._can_hold(body, session, 999, "RES")

    def body_for(self, raw: Raw) -> tuple[Body | None, bool]:
        """The body a numbered mention belongs to, and whether it was stated explicitly:
        the actor of its clause first, then the body named with it (each by name, or by a
        short name such as "the Council"), else the citing body."""
        for key, generic in ((raw.actor_key, raw.actor_generic), (raw.body_key, raw.generic)):
            if key:
                return self._named_back(self.lex.bodies[key], raw.start), True
            b = self._generic(generic, raw.start, raw.back and generic == raw.generic) if generic else None
            if b:
                return b, True
        beside = _SYMBOL_BESIDE.match(self.text, raw.end)
        if beside is not None and beside.group("num") == raw.number:
            # no body named with it, its own symbol beside it ("Résolution S-14/1,
            # A/HRC/RES/S-14/1"): the body of the symbol's series
            b = self.lex.body_by_series(beside.group("series"))
            if b is not None:
                return b, True
        # (a noun with a possessive suffix, Arabic "وبقرارها", names its owner by its gender below)
        if (
            not raw.possessive
            and raw.poss_gender is None
            and raw.kw_start is not None
            and self._body_ends is not None
        ):
            subject = self._subject(raw.kw_start)
            if subject is None:
                subject = self._generic_subject(raw.kw_start)
            if subject is not None:
                return subject, True
        if raw.poss_gender is not None:
            owner = self._owner_by_gender(raw, *raw.poss_gender)
            if owner is not None:
                return owner, True
        if not raw.possessive:
            reported = self._report_holding(raw)
            if reported is not None:
                return reported, True
        nested = self._nested_body(raw.start)
        if nested is not None:
            return nested, False
        return self.citing, False

    def _generic_written(self, raw: Raw) -> str | None:
        """The short name of several words written with the mention's noun ("Governing Council
        resolution 25/4"), folded, when the mention was bound by one (its kind alone is kept)."""
        if not (raw.generic or raw.actor_generic) or raw.kw_start is None:
            return None
        rx = patterns(self.seg.scope).generic_name
        found = max(
            rx.finditer(self.text, max(0, raw.kw_start - 40), raw.kw_start),
            key=lambda m: m.end(),
            default=None,
        )
        written = " ".join(fold(found.group()).split()) if found is not None else ""
        # (a short name of one word — "Council", Arabic "المجلس" with its article — is any body's
        # of its kind: only one of several words, "Governing Council", tells bodies apart)
        return written if " " in written else None

    def _bears(self, body: Body, written: str) -> bool:
        """Is the short name ``written`` (folded) part of one of ``body``'s names?"""
        return any(written in name for name, key in self.lex.body_names.items() if key == body.key)

    def _nested_body(self, pos: int) -> Body | None:
        """Another body's adopting line after the text's own, before ``pos``: the draft a text
        recommends to another body, set out in full ("… the adoption of the following draft
        resolution:⏎"The General Assembly,⏎"Recalling its resolution 415 (V) …" in a text of the
        Economic and Social Council) is that body's text, its possessives and bare numbers that
        body's.  Only a short line of a body's name and its comma is looked at."""
        if self.citing is None:
            return None
        if self._nested is None:
            self._nested = []
            own = self.seg.body_line_start
            first = self.text.find("\n", own) if own is not None else 0
            start = first if first >= 0 else len(self.text)
            lines = [(m.start("line"), m.end("line")) for m in _LINE_AFTER_COLON.finditer(self.text, start)]
            for a, b in lines:
                found = body_line(self.text, a, b, self.seg.scope, own_line=True)
                body = self.lex.body_by_series(found[0]) if found is not None else None
                if body is not None:
                    self._nested.append((a, body))
        if not self._nested:  # (most texts set out no other body's draft)
            return None
        at = bisect.bisect_left(self._nested, pos, key=lambda e: e[0]) - 1
        if at < 0 or self._nested[at][1] is self.citing:
            return None
        return self._nested[at][1]

    def _supplement_holding(self, raw: Raw) -> Body | None:
        """The body whose session report the General Assembly's Official Records name just
        before by their supplement's number, without its symbol ("Seventy-sixth Session,
        Supplement No. 53, chap. V, resolution 46/3": the Human Rights Council's), by
        ``report_symbols.csv`` — only where that number names one body in every session."""
        rx = records_supplement()
        if rx is None:
            return None
        at = raw.kw_start if raw.kw_start is not None else raw.start
        m = max(rx.finditer(self.text, max(0, at - RECORDS_REACH), at), key=lambda f: f.start(), default=None)
        if m is None or not _holding_gap(gap := self.text[m.end() : at]):
            return None
        if gap.lstrip().startswith("."):
            return None  # (the note's sentence ends with the supplement: "Supplement No. 53. See …")
        keys = {key for _first, _last, key in lexicon.report_symbols().get(("A", m.group("n")), ())}
        if len(keys) != 1:
            return None
        self._held[raw.start] = " ".join(m.group().split())
        return self.lex.bodies.get(keys.pop())

    def _symbol_before(self, raw: Raw) -> tuple[re.Match[str], int] | None:
        """The last document symbol that starts before the mention (before its noun when it has
        one), and that place; None when no symbol comes before."""
        at = raw.kw_start if raw.kw_start is not None else raw.start
        ms = self.seg.symbol_matches
        i = bisect.bisect_left(ms, at, key=lambda m: m.start()) - 1
        return (ms[i], at) if i >= 0 else None

    def _report_holding(self, raw: Raw) -> Body | None:
        """The body whose session report, cited just before by the symbol an Official Records
        supplement gives it, holds the text ("Supplement No. 53 (A/74/53), chap. IV, sect. A,
        resolution 41/2": the Human Rights Council's; "(E/2005/23), chap. II, resolution
        2005/69": the Commission on Human Rights'), by ``report_symbols.csv``."""
        found = self._symbol_before(raw)
        if found is None:
            return self._supplement_holding(raw)
        m, at = found
        gap = self.text[m.end() : at]
        if not _holding_gap(gap):
            # (another sentence or another note: "(E/2018/30), chap. I.⏎⏎12 Resolution 72/1."; or
            # a supplement without its symbol after it)
            return self._supplement_holding(raw)
        symbol = m.group("sym").replace(" ", "")
        parts = symbol.split("/")
        if len(parts) == 3 and parts[1].isdigit():
            for first, last, key in lexicon.report_symbols().get((parts[0], parts[2]), ()):
                if first <= int(parts[1]) and (last is None or int(parts[1]) <= last):
                    self._held[raw.start] = m.group("sym")
                    return self.lex.bodies.get(key)
            return None
        # (… or the report is in a subsidiary body's own series, which that body issues: "the
        # report of the Council on its fifty-second session (A/HRC/52/2), chap. II, resolution
        # 52/4", "E/CN.7/2023/15, chap. I, sect. B, resolution 66/2"; not a principal organ's bare
        # series, and only the report's place between them: "(A/HRC/52/45) and resolution 52/4"
        # is a list, not a report that holds the text)
        series = self.lex.series_of_symbol(symbol)
        if series is None or not any(c in series for c in "/.") or not _REPORT_PLACE.match(gap):
            return None
        body = self.lex.body_by_series(series)
        if body is not None:
            self._held[raw.start] = m.group("sym")
        return body

    def _owner_by_gender(self, raw: Raw, code: str, gender: str) -> Body | None:
        """A possessive suffix whose gender is not the citing body's ("قراره", his resolution,
        in a text of the Assembly): the body of that gender named last before, in the same
        sentence; None when the citing body has that gender, or no such body is named."""
        genders = patterns(self.seg.scope).generic_gender.get(code, {})
        if self.citing is None or genders.get(self.citing.generic or "") in (gender, None):
            return None
        i = bisect.bisect_left(self._body_pos, raw.start) - 1
        while i >= 0 and raw.start - self._body_pos[i] <= OWNER_REACH:
            b = self.lex.bodies[self.bodies_at[i][1]]
            end = self._body_ends[i] if self._body_ends is not None else self._body_pos[i]
            if _sentence_stop(self.text, end, raw.start):
                return None
            if b is not self.citing and genders.get(b.generic or "") == gender:
                return b
            i -= 1
        return None

    def _antecedent(self, pos: int, number: str) -> Body | None:
        """The body a possessive at ``pos`` refers to in a text headed by another organisation's
        organ that names a body of the United Nations in the sentence before ("… resolutions of
        the General Assembly. On the basis of its resolution 1514 (XV), …", a State's written
        statement to the Court): the body named last, with a scheme of ids, one stop and no
        blank line between, no figure after it in its sentence, whose numbering fits ``number``;
        None when there is none."""
        i = bisect.bisect_left(self._body_pos, pos) - 1
        if i < 0 or pos - self._body_pos[i] > OWNER_REACH:
            return None
        body = self.lex.bodies[self.bodies_at[i][1]]
        end = self._body_ends[i] if self._body_ends is not None else self._body_pos[i]
        between = self.text[end:pos]
        if body.numbering == "none" or _BLANK_LINE.search(between):
            return None
        stops = [m.start() for m in _SENTENCE_END.finditer(between)]
        if len(stops) != 1 or any(c.isdigit() for c in between[: stops[0]]):
            # in the citing organ's own sentence ("resolution 70/1 of the General Assembly and
            # its resolution 45/3"), or a body named with a number of its own: the organ's
            return None
        m_sc, m_rom, m_sl = _shapes(number)
        first = int(m_sl.group(2)) if m_sl is not None else 0
        fits = {
            "sc": m_sc is not None,
            "session": m_rom is not None or 0 < first <= (body.max_session or 0),
            "year": m_rom is not None or first >= body.first_year,
        }
        return body if fits.get(body.numbering, False) else None

    def _subject(self, kw: int) -> Body | None:
        """A body outside the series of ids.md named as the subject of the clause that cites
        the text ("The World Health Assembly adopted resolution 77/2", "le Conseil
        d'administration de l'UNICEF a adopté la décision 2025/12"): the last body named
        before the noun, in the same sentence, a few words before it — no list word, no
        stop, at most a clause set off by two commas between, or the comma that opens the
        clause of the mention itself ("The Commission for Africa, in resolution 998 (LV), …")."""
        i = bisect.bisect_left(self._body_pos, kw) - 1
        if i < 0 or self._body_ends is None:
            return None
        body = self.lex.bodies[self.bodies_at[i][1]]
        if body.numbering != "none" or body is self.citing:
            return None
        end = self._body_ends[i]
        if not 0 <= kw - end <= SUBJECT_REACH:
            return None
        gap = self.text[end:kw]
        if _SUBJECT_STOP.search(gap) or not self._subject_gap(gap) or _list_and(self.seg.scope).search(gap):
            return None
        return body

    def _subject_gap(self, gap: str) -> bool:
        """May ``gap`` stand between a subject and its text's noun: no comma, a clause set off
        by two, or the one comma that opens the mention's own clause with the word that links
        an actor to its text and an article ("…, in resolution", "…, en la resolución")?"""
        commas = gap.count(",")
        if commas == 1:
            lead = patterns(self.seg.scope).agent_lead.search(gap)
            return lead is not None and gap[: lead.start()].strip() == ","
        return commas in (0, 2)

    def _generic_subject(self, kw: int) -> Body | None:
        """A short name as the subject of the clause ("la Comisión aprobó las resoluciones
        1005 (LVII) y …" under the heading of the Commission for Africa): the body it stands
        for (:meth:`_generic`), when that body is outside the series of ids.md and not the
        citing body; the gap to the noun as for :meth:`_subject`."""
        start = max(0, kw - SUBJECT_REACH - 40)
        found = None
        for m in patterns(self.seg.scope).generic_name.finditer(self.text, start, kw):
            found = m
        if found is None or kw - found.end() > SUBJECT_REACH:
            return None
        gap = self.text[found.end() : kw]
        if _SUBJECT_STOP.search(gap) or not self._subject_gap(gap) or _list_and(self.seg.scope).search(gap):
            return None
        kind = self.lex.generic_names.get(fold(found.group()))
        body = self._generic(kind, found.start()) if kind else None
        if body is None or body.numbering != "none" or body is self.citing:
            return None
        return body

    def _dated_alternative(self, raw: Raw, number: str, date: str) -> Body | None:
        """A bare number whose date does not fit the citing body: the body named last
        before it (same passage) whose sessions and years fit both number and date."""
        first = int(number.split("/")[0]) if number[0].isdigit() else 0
        i = bisect.bisect_left(self._body_pos, raw.start) - 1
        seen = 0
        while i >= 0 and seen < 6 and raw.start - self._body_pos[i] < 800:
            b = self.lex.bodies[self.bodies_at[i][1]]
            if self._bare_fits(b, first, number, date):
                return b
            seen += 1
            i -= 1
        fits = self._fitting(first, number, date)
        if not fits:
            return None
        # "the Conference of the Parties to the Convention … resolution 10/1 of 16 October
        # 2020": a short name, and exactly one body of that kind fits number and date
        window_start = max(0, raw.start - 800)
        kinds = {
            self.lex.generic_names.get(fold(m.group()))
            for m in patterns(self.seg.scope).generic_name.finditer(self.text, window_start, raw.start)
        }
        for kind in sorted(k for k in kinds if k):
            of_kind = [b for b in fits if b.generic == kind]
            if len(of_kind) == 1:
                return of_kind[0]
        # number and date together fit exactly one body ("resolution 16/18 of 24 March 2011")
        return fits[0] if len(fits) == 1 else None

    def _fitting(self, first: int, number: str, date: str) -> tuple[Body, ...]:
        """The bodies whose sessions and years fit both number and date (the same numbers and
        years come again and again: kept, by citing body and session, for each lexicon)."""
        key = (self.citing.key if self.citing else None, self.seg.own_session, number, date[:4])
        kept = _FITTING.get(key)
        if kept is None or kept[0] is not self.lex:
            if len(_FITTING) >= FITTING_KEPT:
                _FITTING.clear()
            fits = tuple(b for b in self.lex.bodies.values() if self._bare_fits(b, first, number, date))
            kept = _FITTING[key] = (self.lex, fits)
        return kept[1]

    def _bare_fits(self, b: Body, first: int, number: str, date: str) -> bool:
        return (
            b.numbering == "session"
            and b.key not in self._coded
            and self._reaches(b, first)
            and date_plausible(b, number, date)
        )

    def _named_before(self, raw: Raw, session: int, seq: int, kind: str) -> Body | None:
        """The body named last, shortly before, that can hold the number ("the report of the
        Human Rights Council on its fifth session and its resolution 5/1")."""
        i = bisect.bisect_left(self._body_pos, raw.start) - 1
        while i >= 0 and raw.start - self._body_pos[i] <= 300:
            b = self.lex.bodies[self.bodies_at[i][1]]
            if b is not self.citing and b.key not in self._coded and self._can_hold(b, session, seq, kind):
                return b
            i -= 1
        return None

    def _report_before(self, raw: Raw, session: int, seq: int, kind: str) -> Body | None:
        """The body whose document is cited just before, on the same line, when it can hold
        the number: a session report and the place of the text in it ("See CTOC/COP/2012/15,
        chap. I, decision 6/2")."""
        found = self._symbol_before(raw)
        if found is None:
            return None
        m, at = found
        if not 0 <= at - m.end() <= REPORT_REACH or "\n" in self.text[m.end() : at]:
            return None
        series = self.lex.series_of_symbol(m.group("sym"))
        b = self.lex.body_by_series(series) if series else None
        if b is not None and b.key not in self._coded and self._can_hold(b, session, seq, kind):
            return b
        return None

    def _previous_body(self, raw: Raw, session: int, seq: int, kind: str) -> Body | None:
        """The body of the last numbered text cited just before, when it can hold this one
        ("resolution 10/1 of 16 October 2020 … and resolution 10/3")."""
        for pos, body in reversed(self._recent[-4:]):
            if raw.start - pos > 300:
                break
            if self._can_hold(body, session, seq, kind):
                return body
        return None

    # -- numbered mentions ---------------------------------------------------------------
    def _glued_marker(self, raw: Raw, highest: int, digits: str) -> str | None:
        """A resolution number higher than its body's resolutions reach, ending in the number of
        a footnote that stands just after it on the page: the marker glued to the number
        ("Council resolution 55/197 and", footnote 7 below: 55/19).  The mention ends before the
        marker, which is the footnote's; None when no footnote fits."""
        if raw.letter or not self.text.endswith(digits, 0, raw.end):
            return None
        for k in (1, 2):
            head, tail = digits[:-k], digits[-k:]
            if not head or head[0] == "0" or tail[0] == "0" or int(head) > highest:
                continue
            note = self.seg.footnotes.get(int(tail))
            if note is None or not raw.end < note.marker_start <= raw.end + MARKER_REACH:
                continue
            raw.end -= k
            raw.number = (raw.number or "")[:-k]
            raw.evidence.append(f"footnote marker {tail} glued to the number")
            self.seg.add_marker(int(tail), raw.end)
            return head
        return None

    def _id(self, body: Body, kind: Kind, number: str, letter: str | None) -> CanonicalId:
        return cached_resolution_id(body.series, kind, number, _first_letter(letter), body.scheme)

    def _how(self, raw: Raw, body: Body | None, explicit: bool) -> str:
        """The binding rule in words (for ``--explain``)."""
        if body is None:
            return "no body named, no citing body"
        if raw.actor_key or raw.actor_generic:
            return f"actor of the clause: {body.key}"
        if raw.start in self._held:
            return f"in the session report {self._held[raw.start]}: {body.key}"
        if explicit and not (raw.body_key or raw.generic):
            return f"subject of the clause: {body.key}"
        if explicit:
            return f"body named: {body.key}"
        if self.citing is not None and body is not self.citing:
            how = "possessive" if raw.possessive else "bare number"
            return f"{how}: the body of the draft it stands in {body.key}"
        if raw.possessive:
            return f"possessive: the citing body {body.key}"
        if raw.generic and raw.generic != body.generic:
            # "decision 5/6 of the Conference of the Parties" in a text that names no convention
            return (
                f"a {raw.generic} by its short name, of no body or convention named before; "
                f"the citing body {body.key}"
            )
        return f"bare number: the citing body {body.key}"

    def numbered(self, raw: Raw) -> Resolved:
        kind: Kind = "RES" if raw.kind == "res" else "DEC"
        number = raw.number or ""
        if raw.kind == "prst":
            m = re.fullmatch(r"(\d{4})/(\d{1,3})", number)
            if m:
                cid = CanonicalId(f"S/PRST/{m.group(1)}/{m.group(2)}")
                return Resolved(cid, "statement", "S", raw.date, "statement by the President: YYYY/N")
            m = re.fullmatch(r"([1-9]\d?)/(\d{1,3})", number)
            body = self.body_for(raw)[0] if m else None
            if m and body is not None and body.series == _PRST_BY_SESSION:
                # the Human Rights Council's President's statements are numbered by its session
                # ("President's statement 8/1", "PRST/8/1"): A/HRC/PRST/8/1 — in its own text or
                # with the Council named
                how = f"a statement of {body.key} by its session: N/M"
                cid = CanonicalId(f"{body.series}/PRST/{number}")
                return Resolved(cid, "statement", body.series, raw.date, how)
            return _unresolved(raw, None, f"a statement is numbered YYYY/N, not {number!r}")
        body, explicit = self.body_for(raw)
        if raw.rule == OLD_ASSEMBLY:
            # "resolution 1514 of 14 December 1960": the Assembly's only; its session from the date
            if body is None or body.key != "GA":
                return Resolved(None, "skip", None, None)
            if not _ROMAN_NUM.fullmatch(number):
                return _unresolved(
                    raw,
                    body.series,
                    f"General Assembly resolution {number} of {raw.date} without its session: "
                    "the date does not make the session certain",
                )
        if raw.rule == UNNUMBERED_CODED:
            # "decision -/CP.28": a report's decision not yet numbered has no id
            how = self._how(raw, body, explicit)
            return _unresolved(
                raw, body.series if body else None, f"{how}; a decision without its number ('-'): no id"
            )
        back = None
        if body is None and raw.possessive and (heading := self.other_heading()) is not None:
            back = self._antecedent(raw.start, raw.number or "")
            if back is None:
                # "its resolution 2020/3" under "City Council of Springfield": that organ's text
                return _unresolved(
                    raw, None, f"possessive: the citing body is another organisation's ({heading})"
                )
            # "… several resolutions of the General Assembly. On the basis of its resolution
            # 1514 (XV), …" under a court's heading: the body that sentence or this one names
            body = back
        how = self._how(raw, body, explicit)
        if back is not None:
            how = f"possessive under another organisation's heading: the body named before, {back.key}"
        if explicit and body is not None and self.lex.shared_names:
            other = self._by_shape(raw, body, number, kind)
            if other is not None:
                how = f"{how}; its name is {other.key}'s too, whose numbering fits {number}"
                body = other
        if body is not None and body is self.citing and not explicit and body.key in self._coded:
            # a body whose decisions are always cited with their code ("1/CP.21"): a bare
            # number in its own documents is another body's ("decision 4/1 of the Committee")
            body = None
            how = f"not a text of the citing body {self.citing.key} (its decisions carry a code)"
        if body is not None and body is self.citing and body.numbering == "none" and not raw.possessive:
            generic = raw.actor_generic or raw.generic
            if (generic and generic != body.generic) or (kind == "RES" and body.generic == "board"):
                # a text of another kind of body ("Council resolution 2024/15"), or a resolution
                # cited by a board, which adopts decisions: not the citing body's
                body, explicit = None, False
                how = f"not a text of the citing body {self.citing.key}"
        m_sc, m_rom, m_sl = _shapes(number)
        if raw.rule == "session in Roman figures":
            # "decision XIV/8": no body in the scheme of ids numbers by a Roman session this way
            # (the citing body's own when its texts have no scheme either: "its decision XIV/8")
            if body is not None and (explicit or body.numbering == "none"):
                named, why = body.series, how
            else:
                named, why = None, "no body named of the texts that have no id scheme here"
            return _unresolved(raw, named, f"{why}; a text numbered by a Roman session has no id here")
        if body is not None and body.numbering == "none" and (explicit or not m_sc):
            # a body outside the series of ids.md (an executive board, a regional commission,
            # a specialized agency): never bound to the General Assembly or ECOSOC by default
            return _unresolved(raw, body.series, f"{how}; its texts have no id scheme here")
        year = raw.clause_year or (int(raw.date[:4]) if raw.date and not raw.date_shared else None)
        first_element = SESSION_NUMBER.fullmatch(number)
        if (
            body is not None
            and explicit
            and body.numbering == "session"
            and year
            and year < body.first_year
            and first_element is not None
            and not is_year(int(first_element.group(2)))
        ):
            # "the Human Rights Council, in July 1999, adopted resolution 55/12": the body did
            # not exist in the year its clause gives, and the number is of its shape, no
            # predecessor's year ("… resolution 1999/14" is the Commission's, below)
            return _unresolved(
                raw,
                None,
                f"{how}; the year of its adoption ({year}) is before {body.key}'s first "
                f"year ({body.first_year})",
            )
        target_body: Body | None = None
        try:
            if m_sc:
                n, y = int(m_sc.group(1)), int(m_sc.group(2))
                assembly = self.lex.bodies["GA"]
                session = (
                    year_session(n, y)
                    if body is assembly
                    and assembly.key in (raw.body_key, raw.actor_key)
                    and not sc_year_plausible(n, y)
                    else None
                )
                if session is not None:
                    # "GA Res 3314 (1974)", "UNGA Res 217A (1948)": the Assembly named with its
                    # number of its first sessions and the year alone, as legal citation styles
                    # write it: the session the year and the known numbers leave (no Council
                    # text of that year has that number)
                    number = f"{n} ({roman(session)})"
                    target_body = assembly
                    cid = self._id(assembly, kind, number, raw.letter)
                    how = f"{how}; the session of the year {y}"
                elif not sc_year_plausible(n, y) or (raw.bare_sc and n < 100):
                    if raw.bare_sc:
                        return Resolved(None, "skip", None, None)
                    return _unresolved(raw, None, f"no Security Council resolution {n} of {y}")
                else:
                    target_body = self.lex.bodies["SC"]
                    cid = cached_resolution_id("S", "RES", number, raw.letter)
                    kind = "RES"
                    how = "shape N (YYYY): Security Council"
            elif m_rom:
                # only the Assembly and ECOSOC numbered texts N (ROMAN); a council there is ECOSOC
                generic = raw.actor_generic or raw.generic
                if (
                    body is not None
                    and body is self.citing
                    and not explicit
                    and generic
                    and generic not in (body.generic, "assembly", "council")
                ):
                    # "resolution 330 (XXX) of the Commission" in a Council text that names no
                    # commission: a regional or functional commission's own numbering, not the
                    # citing body's
                    return _unresolved(raw, None, f"N (ROMAN) of a {generic} not named here: no id")
                if body is None and generic and generic not in ("assembly", "council"):
                    # "Commission resolution 8 (XXIII)", "Conference resolution 3 (II)" where no
                    # body of that kind is known: its own numbering of the time, not the Assembly's
                    return _unresolved(raw, None, f"N (ROMAN) of a {generic} not named here: no id")
                if body is not None and body.key in ("GA", "ECOSOC"):
                    target_body = body
                # (… but never the Security Council named in full, whose name is then a list's,
                # not this number's: "resolutions 1514 (XV) and 2473 (2019) of the Security Council")
                elif (
                    body is not None
                    and body.generic == "council"
                    and explicit
                    and not (body.key == "SC" and body.key in (raw.body_key, raw.actor_key))
                ):
                    target_body = self.lex.bodies["ECOSOC"]
                    how = f"shape N (ROMAN) and a council named ({body.key}): ECOSOC"
                elif body is not None and explicit and body.key != "SC":
                    # "recommended by the Commission on Narcotic Drugs in its resolution 12 (XXV)":
                    # a commission's own numbering of the time, not an Assembly resolution
                    return _unresolved(raw, body.series, f"{how}; N (ROMAN) of {body.key}: no id here")
                else:
                    target_body = self.lex.bodies["GA"]
                    how = "shape N (ROMAN): General Assembly"
                session = roman_value(m_rom.group(2)) if m_rom.group(2).isalpha() else None
                if (
                    target_body.key == "GA"
                    and "GA" not in (raw.body_key, raw.actor_key)
                    and session is not None
                    and not _in_bounds(session, number)
                    and (ecosoc := next((b for b in self._named_last(raw.start) if b.key == "ECOSOC"), None))
                    is not None
                ):
                    # "Recommends the Economic and Social Council to draw the attention of the
                    # Committee appointed in pursuance of its resolution 295 B (XI)" in an Assembly
                    # text: a number the Assembly's known numbers put in no session of that numeral
                    # (295 is of its fourth), the Council named before it — the Council's
                    target_body = ecosoc
                    how = f"{how}; N (ROMAN) of no Assembly session {m_rom.group(2)}: ECOSOC, named before"
                if target_body.key == "GA" and session is not None and session >= target_body.numbered_from:
                    # "resolution 275 (LV) of the African Commission", "African Commission resolution
                    # 275 (LV)" (the Assembly the citing body): the Assembly numbered its texts N
                    # (ROMAN) only before its thirty-first session
                    return _unresolved(raw, None, f"{how}; it numbered no text {number}")
                if kind == "DEC" and target_body.key == "GA":
                    # the Assembly numbered no decision N (ROMAN) (its decisions are numbered by
                    # session from its thirty-first): "Decision 560 (XXVI)" is another body's
                    return _unresolved(
                        raw,
                        body.series if body is not None and explicit else None,
                        f"{how}; the General Assembly has no decision {number}",
                    )
                cid = self._id(target_body, kind, number, raw.letter)
            elif m_sl:
                special, first = m_sl.group(1), int(m_sl.group(2))
                if is_year(first) and not special:
                    generic = raw.actor_generic or raw.generic
                    ecosoc = self.lex.bodies["ECOSOC"]
                    if int(m_sl.group(3)) >= _SESSION_SEQ_LIMIT:
                        # "European Parliament resolution 2019/2876", "decision 2019/1002": no
                        # body numbering by year reaches a four-figure number either
                        return _unresolved(raw, None, f"no body numbers a text {number} in a year")
                    if m_sl.group(3).startswith("0") and not explicit:
                        # "Resolution 2019/07 of the Secretariat …": a number of a year written with
                        # a leading zero is a State's or an organisation's; no body named, no id
                        return _unresolved(
                            raw, None, f"{number}: a number with a leading zero, no body named"
                        )
                    if body is not None and body.numbering == "year":
                        target_body = body
                    elif body is not None and explicit and raw.back and raw.generic == body.generic:
                        # "Human Rights Council resolution 31/2 and resolution 2018/3 of the same
                        # Council": the body pointed back to numbers its texts otherwise
                        return _unresolved(
                            raw, body.series, f"{how} (pointed back to); it numbers no text {number}"
                        )
                    elif (
                        body is not None
                        and body.predecessor
                        and explicit
                        # (named by its name, not by a short name: "la résolution 2019/4 du
                        # Conseil" after the Human Rights Council's text is the other Council's)
                        and body.key in (raw.body_key, raw.actor_key)
                    ):
                        if first > body.first_year:
                            # "Human Rights Council resolution 2018/3": a year after its predecessor
                            # ended, and the Council numbers its texts by session: no such text
                            return _unresolved(
                                raw,
                                body.series,
                                f"{how}; it numbers its texts by session, and its predecessor "
                                f"{body.predecessor} was no more in {first}",
                            )
                        # "Human Rights Council resolution 1999/12": the Council numbers its
                        # texts by session; a year's number is its predecessor's series
                        target_body = self.lex.bodies[body.predecessor]
                        how = f"shape YYYY/N under {body.key}: its predecessor {target_body.key}"
                    elif (
                        generic
                        and generic != ecosoc.generic
                        and not (explicit and (raw.body_key or raw.actor_key))
                    ):
                        # "decision 2011/753 of the Commission", "resolución 2019/112 de la
                        # Comisión Nacional …", "de l'Assemblée nationale": a short name of
                        # another kind of body (none named, or one numbering otherwise): not
                        # the Council's
                        return _unresolved(raw, None, f"YYYY/N of a {generic} not named here: no id")
                    elif not explicit and amends_state_text(self.text, raw.kw_start, self.seg.scope):
                        # "القرار الوزاري رقم 2014/7، كما تم تعديله بالقرار رقم 2016/12": the text
                        # that amends a State's text is that State's, not the Council's
                        return _unresolved(raw, None, "YYYY/N amending a State's text named before it: no id")
                    else:
                        target_body = ecosoc
                        how = "shape YYYY/N: ECOSOC"
                    if kind == "DEC" and int(m_sl.group(3)) < target_body.min_decision and not explicit:
                        # the Council numbers its decisions from 101: "decision 2026/3" is an
                        # executive board's, not the Council's (in the Council's own documents too)
                        return _unresolved(
                            raw,
                            None,
                            f"decision {number}: the Council numbers its decisions from "
                            f"{target_body.min_decision}; no body named",
                        )
                elif special:
                    prev = (
                        self._recent[-1] if self._recent and raw.start - self._recent[-1][0] <= 300 else None
                    )
                    if prev is not None and _PARAGRAPH_END.search(self.text, prev[0], raw.start):
                        prev = None  # (cited in a paragraph before: "…resolution 5/1,⏎Recalling also …")
                    if (
                        not explicit
                        and not raw.possessive
                        and prev is not None
                        and prev[1].key in ("GA", "HRC")
                    ):
                        # "Human Rights Council decision 18/117 … and resolution S-28/1"
                        target_body = prev[1]
                        how = f"special session; body of the text cited before: {prev[1].key}"
                    elif body is not None and body.key in ("GA", "HRC"):
                        target_body = body
                    else:
                        target_body = self.lex.bodies["GA"]
                        how = "special session: General Assembly"
                else:
                    seq = int(m_sl.group(3))
                    highest = body.max_resolution if body is not None and kind == "RES" else None
                    if highest and seq > highest:
                        cut = self._glued_marker(raw, highest, m_sl.group(3))
                        if cut is not None:
                            number = f"{m_sl.group(1) or ''}{first}/{cut}"
                            seq = int(cut)
                    ga = self.lex.bodies["GA"]
                    actor = raw.actor_generic
                    if (
                        actor
                        and body is self.citing
                        and not explicit
                        and body is not None
                        and actor != body.generic
                    ):
                        # "the Commission adopted resolution 64/2", "the Commission, in its resolution
                        # 64/2" in an Assembly text that names no commission: not the citing body's
                        return _unresolved(raw, None, f"a {actor} not named here: not the {body.key}'s")
                    if body is not None and self._can_hold(body, first, seq, kind):
                        target_body = body
                        if not m_sl.group(1) and (
                            turned := self._turned_by_date(raw, body, first, seq, kind)
                        ):
                            # "قراريها 37/34 المؤرخ 21 تشرين الثاني/نوفمبر 1979": a right-to-left
                            # copy's number turned round, its date written with it the signal
                            number, how = turned, f"{how}; {TURNED_HOW}"
                    elif (
                        body is not None
                        and body.numbering == "year"
                        and body.key in (raw.body_key, raw.actor_key)
                        and _SHORT_YEARS_FROM <= _SHORT_CENTURY + first < _SHORT_CENTURY + 100
                        and (kind != "DEC" or seq >= body.min_decision)
                    ):
                        # "قرار المجلس الاقتصادي والاجتماعي 89/1", "Economic and Social Council
                        # resolution 89/1": the body named numbers its texts by the year, the year
                        # written with two figures, as copies of the time did (the year's numbers
                        # began in 1978)
                        number = f"{_SHORT_CENTURY + first}/{seq}"
                        target_body = body
                        how = f"{how}; its year of two figures"
                    elif (
                        body is not None
                        and body.numbering == "sc"
                        and body.key in (raw.body_key, raw.actor_key)
                        and (year := _council_slash_year(first, seq)) is not None
                    ):
                        # "la Resolución 1325/2000 del Consejo de Seguridad", "1373/01": the
                        # Council named, its number and its year after a slash, as Spanish
                        # legal texts write them
                        target_body, number, kind = body, f"{first} ({year})", "RES"
                        how = f"{how}; number/year of the Council named"
                    elif (
                        body is not None
                        and explicit
                        # (… or the Security Council as the clause's actor, which numbers its texts
                        # N (YYYY): "the Security Council, in its resolution 45/3")
                        and (
                            body.numbering == "session"
                            or (body.numbering == "sc" and raw.actor_key == body.key)
                        )
                        # (a body carried over from the number before, each with its noun, that
                        # cannot hold it: the list has turned to another body's texts)
                        and not (NOUN_LIST_BODY in raw.evidence and raw.body_key == body.key)
                    ):
                        turned = self._turned_round(raw, body, first, seq, kind)
                        if turned is None:
                            return _unresolved(raw, body.series, f"{how}; it has no text {number}")
                        target_body, number = body, turned
                        how = f"{how}; {TURNED_HOW}"
                    elif (
                        body is None and self._can_hold(ga, first, seq, kind) and _year_allows(ga, first, raw)
                    ):
                        generic = raw.actor_generic or raw.generic
                        if generic and generic != ga.generic:
                            # "the Commission, in its resolution 64/2" (none named here): a
                            # commission's or council's text, not the Assembly's
                            return _unresolved(raw, None, f"a {generic} not named here: not the Assembly's")
                        target_body = ga
                        how = "no citing body: General Assembly"
                        if not m_sl.group(1) and (turned := self._turned_by_date(raw, ga, first, seq, kind)):
                            number, how = turned, f"{how}; {TURNED_HOW}"
                    else:
                        # the citing body cannot hold it: a body the date fits, the body of
                        # the text cited just before, or the General Assembly
                        alt = self._dated_alternative(raw, number, raw.date) if raw.date else None
                        how = "the date fits"
                        if alt is None:
                            alt, how = self._named_before(raw, first, seq, kind), "body named just before"
                        if alt is None:
                            alt, how = self._report_before(raw, first, seq, kind), "its report cited before"
                        if alt is None:
                            alt, how = (
                                self._previous_body(raw, first, seq, kind),
                                "body of the text cited before",
                            )
                        if (
                            alt is None
                            and self._can_hold(ga, first, seq, kind)
                            and _year_allows(ga, first, raw)
                        ):
                            alt, how = ga, "General Assembly"
                        if alt is None and (turned := self._turned_round(raw, body or ga, first, seq, kind)):
                            # "قرارها (90/34) المؤرخ … 1979": a right-to-left copy's number turned
                            # round, its date the signal (no session 90; 34/90 fits 1979)
                            alt, how, number = body or ga, TURNED_HOW, turned
                        if alt is None:
                            return _unresolved(
                                raw,
                                None,
                                f"no body that could hold {number} ({self._how(raw, body, explicit)})",
                            )
                        written = self._generic_written(raw)
                        if written is not None and not self._bears(alt, written):
                            # "Governing Council resolution 25/4 of 23 April 2015" where no
                            # governing council is named: not the Human Rights Council's by the date
                            return _unresolved(
                                raw, None, f"a {written!r} not named here: not the {alt.key}'s"
                            )
                        how = f"citing body cannot hold {number}; {how}: {alt.key}"
                        target_body = alt
                    self._recent.append((raw.start, target_body))
                cid = self._id(target_body, kind, number, raw.letter)
            else:
                return _unresolved(raw, None, f"not a number shape: {number!r}")
        except IdError as err:
            return _unresolved(raw, body.series if body else None, str(err))
        date = raw.date
        if date and not date_plausible(target_body, number, date):
            # a date shared from the next item of a list that fits that item in this body ("32/5
            # and 49/222 of 23 December 1994") is no evidence of another body: it is dropped
            shared_fits = raw.date_shared is not None and date_plausible(target_body, raw.date_shared, date)
            alt = (
                self._dated_alternative(raw, number, date)
                if m_sl and not explicit and not shared_fits
                else None
            )
            if alt is not None:
                target_body = alt
                cid = self._id(alt, kind, number, raw.letter)
                how = f"the date fits {alt.key}"
            else:
                date = None
        kind_word = "resolution" if kind == "RES" else "decision"
        return Resolved(cid, kind_word, target_body.series, date, how)

    def _year_before(self, pos: int, number: str) -> int | None:
        """The year of Council resolution ``number`` given in the bracket after the same number
        just before its symbol ("UNSC Res 2417 (24 May 2018) UN Doc S/RES/2417")."""
        m = None
        for found in _NUMBER_THEN_YEAR.finditer(self.text, max(0, pos - SYMBOL_YEAR_REACH), pos):
            m = found  # the last before the symbol
        if m is None or m.group(1) != number or not sc_year_plausible(int(number), int(m.group(2))):
            return None
        return int(m.group(2))

    def _year_elsewhere(self, number: str) -> int | None:
        """The year of Council resolution ``number`` written with the same number anywhere in the
        text ("№ 1309 … resolution 1309 (2000)"): a Council number is one resolution, so its year
        is that one where the numbering allows it and the text gives no other (a number found as
        a text's, not a paragraph's or a meeting's)."""
        if self._numbers_years is None:
            self._numbers_years = {}
            for m in _NUMBER_THEN_YEAR.finditer(self.text):
                if m.start(1) in self.number_starts and sc_year_plausible(int(m.group(1)), int(m.group(2))):
                    self._numbers_years.setdefault(m.group(1), set()).add(int(m.group(2)))
        # (… or with its date: "resolution 1301, adopted on 31 May 2000")
        years = self._numbers_years.get(number, set()) | self.council_dated.get(number, set())
        return next(iter(years)) if len(years) == 1 else None

    def _session_before(self, pos: int, number: str) -> tuple[str, str] | None:
        """The session (and part letter) of General Assembly resolution ``number`` given in the
        bracket after the same number just before its symbol ("G.A. Res. 3379 (XXX), U.N. Doc.
        A/RES/3379")."""
        m = None
        for found in _NUMBER_THEN_SESSION.finditer(self.text, max(0, pos - SYMBOL_YEAR_REACH), pos):
            m = found  # the last before the symbol
        if m is None or m.group(1) != number:
            return None
        return m.group(3), m.group(2) or ""

    # -- other mentions ------------------------------------------------------------------
    def symbol(self, raw: Raw) -> Resolved:
        try:
            cid = symbol_id(raw.symbol or "")
        except IdError as err:
            return _unresolved(raw, None, str(err))
        how = "document symbol"
        sc = SC_WITHOUT_YEAR.fullmatch(cid)
        if sc is not None:  # "S/RES/1325": the id needs its year (a date beside it, or the anchors)
            year = sc_year_of(int(sc.group(1)), raw.date) or self._year_before(raw.start, sc.group(1))
            how = "the year the numbering leaves"
            if year is None and (year := self._year_elsewhere(sc.group(1))) is not None:
                how = "the year written with the same number elsewhere in the text"
            if year is None:
                return _unresolved(raw, "S", _no_year(int(sc.group(1))))
            cid = resolution_id("S", "RES", f"{sc.group(1)} ({year})")
            if raw.date is not None and raw.date[:4] == str(year):
                how = "the year of the date written with it"
        ga = GA_WITHOUT_SESSION.fullmatch(cid)
        if ga is not None and (session := self._session_before(raw.start, ga.group(1))) is not None:
            # "A/RES/3379": the id needs the session the same number was written with just before
            cid = resolution_id(
                "A", "RES", f"{ga.group(1)} ({session[0]})", ga.group(2) or session[1] or None
            )
            how = "the session written with the same number just before"
        kind = kind_of_id(cid)
        series = cid.split("/RES/")[0] if "/RES/" in cid else self.lex.series_of_symbol(cid)
        date = raw.date if raw.date and year_fits_id(cid, raw.date) else None
        return Resolved(cid, kind, series, date, how)

    def unts(self, raw: Raw) -> Resolved:
        try:
            cid = unts_id(raw.volume or "", raw.number or "")
            return Resolved(cid, "treaty", None, None, "Treaty Series volume and number")
        except IdError as err:
            return _unresolved(raw, None, str(err))

    def unts_page(self, raw: Raw) -> Resolved:
        """A treaty by its volume and first page ("999 U.N.T.S. 171"): the table of known
        instruments gives its registration number, else it is kept unresolved."""
        target = lexicon.unts_pages().get((int(raw.volume or 0), int(raw.number or 0)))
        if target is None:
            reason = f"Treaty Series volume {raw.volume}, page {raw.number}: not a known instrument's"
            return _unresolved(raw, None, reason)
        return Resolved(CanonicalId(target), "treaty", None, None, "Treaty Series volume and page")


def council_dated(raws: Iterable[Raw]) -> dict[str, set[int]]:
    """The years of the Security Council's numbers found without their year that the date written
    with one gives ("… resolution 1301, adopted on 31 May 2000"), where the numbering allows it:
    number -> years.  A Council number is one resolution: the text's other mentions of it without
    a date (its title above: "Security Council resolution 1301") are of that year."""
    out: dict[str, set[int]] = {}
    for r in raws:
        sc = SC_WITHOUT_YEAR.fullmatch(r.symbol or "") if r.kind == "symbol" else None
        if sc is not None and r.date and sc_year_plausible(int(sc.group(1)), int(r.date[:4])):
            out.setdefault(sc.group(1), set()).add(int(r.date[:4]))
    return out


_ID_YEAR = recache.compile(r"/((?:19|20)\d\d)(?:/|$)")


def _council_slash_year(number: int, year: int) -> int | None:
    """The year of Security Council resolution ``number`` written after a slash ("1325/2000",
    "1325/00"), when the numbering allows it; None for another number."""
    if 1946 <= year <= 2099:
        full = year
    elif year < 100:
        full = 2000 + year if year < 46 else 1900 + year
    else:
        return None
    return full if sc_year_plausible(number, full) else None


#: The year of a Security Council resolution's id ("S/RES/2250(2015)")
_SC_ID_YEAR = recache.compile(r"\((\d{4})\)$")


def year_fits_id(cid: str, date: str) -> bool:
    """Can a text of id ``cid`` bear ``date``? Not when its symbol has another year
    (``S/PRST/2016/3`` is of 2016, ``S/RES/2250(2015)`` of 2015)."""
    m = _ID_YEAR.search(cid) or _SC_ID_YEAR.search(cid)
    return m is None or m.group(1) == date[:4]


def _first_letter(letters: str | None) -> str | None:
    if not letters:
        return None
    return letters.strip()[0]


def expand_letters(letters: str | None) -> list[str | None]:
    """ "A" → [A]; "A and B" → [A, B]; "A-D" ("A to D") → [A, B, C, D]."""
    if not letters:
        return [None]
    found = re.findall(r"[A-Z]", letters)
    if len(found) == 2 and "-" in letters:  # the finder writes a range of parts "A-D"
        lo, hi = ord(found[0]), ord(found[1])
        if lo < hi:
            return [chr(c) for c in range(lo, hi + 1)]
    return list(found) or [None]
