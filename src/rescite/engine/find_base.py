"""Find, shared parts: the mention before resolution (Raw), the bodies named in a text (Names), the windows
read around an anchor, and the verbs and keywords before it.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from os import environ as _environ

from ..grammar import lexicon, recache
from ..grammar.bodies import body_regex
from ..grammar.lexicon import (
    fold,
    is_cjk,
)
from ..grammar.notes import author_lead, records_supplement
from ..grammar.rules import Patterns, patterns
from ..grammar.verbs import clause_verb, noun_as_verb
from ..ids import NUMBERED_ELEMENTS, SESSION_NUMBER
from ..models import Record, replace
from ..read.stop import STOP


class Raw(Record):
    """A mention before resolution.  Offsets are normalised offsets."""

    start: int
    end: int
    kind: str  # res | dec | prst | symbol | unts | ibid | instrument
    number: str | None
    letter: str | None
    body_key: str | None  # body named with the number
    generic: str | None  # a short name ("Council") standing for a body
    back: bool  # … written to point back ("of that Assembly"): the body of its kind named before
    clause_year: int | None  # a year written in the clause of its adoption ("…, in July 1999, adopted")
    possessive: bool
    # a possessive suffix on the noun ("قراره"): (language, gender of the body it refers to)
    poss_gender: tuple[str, str] | None
    actor_key: str | None
    actor_generic: str | None
    date: str | None
    pinpoint: str | None
    symbol: str | None
    volume: str | None
    instrument: str | None
    marker: int | None  # footnote number a marker points to
    group: int
    shares_date_with_next: bool
    date_shared: str | None  # the number of the next item, whose date this one shares
    tail_end: int  # where the words read after the number end (-1: not read yet)
    date2: str | None  # the second date of "A and B of <date> and <date>"
    # the dates of the numbers after this one, in order, where a list of dates stands before a list
    # of numbers ("分别于<date>和<date>通过的第58/112和63/207号决议")
    dates_ahead: list[str] | None
    # its date (or dates ahead) came after "respectively": the numbers after it, each with its own
    # noun, take them in turn ("分别于…通过的第60/180号决议和第1645(2005)号决议")
    respective: bool
    bodies_ahead: list[str] | None  # … and the bodies named before "respectively", in turn
    kw_start: int | None  # the keyword governing the list (its verb governs the mention)
    list_body: str | None  # body named for the whole list
    bare_sc: bool  # an N (YYYY) standing without keyword
    via: int | None  # footnote whose target this mention takes
    rule: str  # the finder's rule that read the mention (shown by --explain)
    evidence: list[str]  # words that decided it ("its", body …)

    __slots__ = (
        "actor_generic",
        "actor_key",
        "back",
        "bare_sc",
        "bodies_ahead",
        "body_key",
        "clause_year",
        "date",
        "date2",
        "date_shared",
        "dates_ahead",
        "end",
        "evidence",
        "generic",
        "group",
        "instrument",
        "kind",
        "kw_start",
        "letter",
        "list_body",
        "marker",
        "number",
        "pinpoint",
        "poss_gender",
        "possessive",
        "respective",
        "rule",
        "shares_date_with_next",
        "start",
        "symbol",
        "tail_end",
        "via",
        "volume",
    )

    def __init__(
        self,
        start: int,
        end: int,
        kind: str,
        number: str | None = None,
        letter: str | None = None,
        body_key: str | None = None,
        generic: str | None = None,
        back: bool = False,
        clause_year: int | None = None,
        possessive: bool = False,
        poss_gender: tuple[str, str] | None = None,
        actor_key: str | None = None,
        actor_generic: str | None = None,
        date: str | None = None,
        pinpoint: str | None = None,
        symbol: str | None = None,
        volume: str | None = None,
        instrument: str | None = None,
        marker: int | None = None,
        group: int = -1,
        shares_date_with_next: bool = False,
        date_shared: str | None = None,
        tail_end: int = -1,
        date2: str | None = None,
        dates_ahead: list[str] | None = None,
        respective: bool = False,
        bodies_ahead: list[str] | None = None,
        kw_start: int | None = None,
        list_body: str | None = None,
        bare_sc: bool = False,
        via: int | None = None,
        rule: str = "",
        evidence: list[str] | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.number = number
        self.letter = letter
        self.body_key = body_key
        self.generic = generic
        self.back = back
        self.clause_year = clause_year
        self.possessive = possessive
        self.poss_gender = poss_gender
        self.actor_key = actor_key
        self.actor_generic = actor_generic
        self.date = date
        self.pinpoint = pinpoint
        self.symbol = symbol
        self.volume = volume
        self.instrument = instrument
        self.marker = marker
        self.group = group
        self.shares_date_with_next = shares_date_with_next
        self.date_shared = date_shared
        self.tail_end = tail_end
        self.date2 = date2
        self.dates_ahead = dates_ahead
        self.respective = respective
        self.bodies_ahead = bodies_ahead
        self.kw_start = kw_start
        self.list_body = list_body
        self.bare_sc = bare_sc
        self.via = via
        self.rule = rule
        self.evidence = [] if evidence is None else evidence


# -- finders --------------------------------------------------------------------------------
def text_noun(folded: str, pat: Patterns) -> bool:
    """Is the folded word a noun of resolutions or decisions (no union of the two sets made)?"""
    return folded in pat.res_nouns or folded in pat.dec_nouns


def kind_of(word: str, pat: Patterns) -> str:
    w = fold(word)
    if w in pat.res_nouns:
        return "res"
    if w in pat.dec_nouns:
        return "dec"
    return "prst"


SPACES = recache.compile(r"\s*")
#: an English possessive's ending between a body's name and a text's noun ("Council's", "Drugs'")
POSSESSIVE_GAP = recache.compile(r"['\u2019]s?[ \t]+")


#: A comma between an author's name and the noun of its text in legal citation styles.
_AUTHOR_GAP = recache.compile(r"[ \t]*,[ \t]*")


def author_before(text: str, head: int, names: Names, lang: str) -> tuple[str | None, str | None] | None:
    """The body named as the author at a citation's start, a comma between it and the noun at
    ``head`` ("12 Human Rights Council, Res. 32/2", "; Comisión de Derechos Humanos, Res.
    2004/41"): a body named by its name, first in its line (after a footnote's number or a
    "see" word) or after a semicolon."""
    if "," not in text[max(0, head - 3) : head]:
        return None
    named = names.body_before(head, _AUTHOR_GAP)
    if named is None or not author_lead(lang).search(text, max(0, named[1] - 40), named[1]):
        return None
    return named[2], None


def possessive_end_before(text: str, head: int) -> bool:
    """Does a possessive's ending ("'s ", "' ") stand right before ``head`` (a fast test before
    the names are asked)?"""
    gap = text[max(0, head - 4) : head]
    return "'" in gap or "\u2019" in gap


def actor_named(m: re.Match[str]) -> tuple[str | None, str | None]:
    """The actor a match names (a body's name in its group ``b``, a short name in ``g``): (key,
    generic kind)."""
    lex = lexicon.load()
    return (
        lex.body_names.get(fold(m.group("b"))) if m.group("b") else None,
        lex.generic_names.get(fold(m.group("g"))) if m.group("g") else None,
    )


def body_of_possessive(named: tuple[str | None, str | None] | None) -> tuple[str | None, str | None] | None:
    """A body named before a possessive's ending, by its name or by a short name ("the
    Commission's decision 2019/112": a commission's, as "the Commission decision 2019/112")."""
    return named if named is not None and (named[0] or named[1]) else None


ONE_WORD_GAP = recache.compile(r"\s+\S+\s+")
#: the comma between two numbers of a list ("70/1, 70/2 and 70/3 of …")
COMMA_GAP = recache.compile(r"\s*+,\s*+")
HAS_DIGIT = recache.compile(r"\d")
#: A quoted title in the normalised text (quotes of every script are made '"' there, Chinese
#: titles stand in 《》): its digits ("… (COVID-19)", "the 2030 Agenda") are not list items.
#: What may stand between a number and the bracket of its date in legal styles: a pinpoint
#: ("¶ 138 (", 24 characters at most) or, opening within three, the text's title in quotes.
_LEGAL_QUOTES = "'\"\u2018\u201c"
LEGAL_QUOTE_SET = frozenset(_LEGAL_QUOTES)  # (one test in C of the characters after a place)
#: what may stand between a sentence's first word and the text's start or the stop or line's
#: end before it: a paragraph's number perhaps ("9. ", "9 - ")
_SENTENCE_HEAD = recache.compile(r"(?:^|[.;:\n\u3002])\s*(?:\d{1,3}\s*[-.\u2013]\s*)?$")


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens its sentence (or its paragraph, after its number)."""
    # (searched up to ``at``: "$" is there, "^" only at the text's real start)
    return _SENTENCE_HEAD.search(text, max(0, at - 24), at) is not None


def _sentence_link(text: str, kw_start: int, pat: Patterns) -> int | None:
    """Where the link before a text's noun starts ("in", "وفي"; or with an article, "Dans la",
    "En la"), or None."""
    link = pat.link_before.search(text[max(0, kw_start - 8) : kw_start].lower())
    if link is not None:
        return max(0, kw_start - 8) + link.start()
    lead = pat.agent_lead.search(text, max(0, kw_start - 16), kw_start)
    return None if lead is None else lead.start()


def body_after_opening_number(
    text: str, raw: Raw, kw_start: int, tail_end: int, pat: Patterns
) -> re.Match[str] | None:
    """ "In decision 4/4, the Conference of the Parties … decided", "وفي المقرر 4/4، قرر مؤتمر
    الأطراف …": a sentence opened by "in" and the number, its subject a body named after the
    comma (verb first or not) — the match naming that body, or None (also where the mention
    names its actor, body or list's body already, or is possessive)."""
    if (
        raw.possessive
        or raw.poss_gender is not None
        or raw.actor_key is not None
        or raw.actor_generic is not None
        or raw.body_key is not None
        or raw.generic is not None
        or raw.list_body is not None
    ):
        return None
    after = pat.actor_after.match(text, tail_end)
    if after is None:
        after = pat.actor_after_verb.match(text, tail_end)
        if after is None or text_noun(fold(after.group("w")), pat):
            return None
    if after.group("b") is None:
        return None
    # (the link in any case, an article perhaps after it: it opens the sentence)
    link_at = _sentence_link(text, kw_start, pat)
    return after if link_at is not None and _opens_sentence(text, link_at) else None


QUOTED_TITLE = recache.compile(r'"[^"]{1,300}"|《[^》]{1,300}》')
FINAL_EL = recache.compile(rf"/({NUMBERED_ELEMENTS})\.(\d{{1,3}})$", re.IGNORECASE)
_DOTTED_EL = recache.compile(r"/([A-Z]{1,4})\.(\d{1,4})$")


#: a paragraph break (a blank line): a body named in the paragraph (or heading) before is not named
#: "just before" a text of the next one ("Reports of the President of the Economic and Social
#: Council⏎⏎Resolution 2311 (XXII) …")
PARAGRAPH_BREAK = recache.compile(r"\n[^\S\n]*\n")


class Names:
    """Named bodies and short names ("the Council") just before a position."""

    def __init__(self, text: str, bodies: list[tuple[int, int, str]], lang: str = "") -> None:
        self.text = text
        self.lang = lang
        self.bodies = sorted((e, s, key) for s, e, key in bodies)
        self.ends = [e for e, _, _ in self.bodies]
        self.starts = sorted(s for s, _, _ in bodies)

    def body_before(self, pos: int, gap: re.Pattern[str], reach: int = 40) -> tuple[int, int, str] | None:
        """The body named last before ``pos`` with only ``gap`` (at most ``reach`` characters)
        between: (end, start, key)."""
        i = bisect.bisect_right(self.ends, pos) - 1
        while i >= 0 and pos - self.ends[i] <= reach:
            if gap.fullmatch(self.text, self.ends[i], pos):
                if PARAGRAPH_BREAK.search(self.text, self.ends[i], pos):
                    return None
                return self.bodies[i]
            i -= 1
        return None

    def ending_before(
        self, pos: int, gap: re.Pattern[str], reach: int = 40
    ) -> tuple[str | None, str | None] | None:
        """The body (key, or generic kind) named last before ``pos``, if only ``gap`` (at most
        ``reach`` characters after a name) lies between."""
        if (named := self.body_before(pos, gap, reach)) is not None:
            return named[2], None
        # a short name ("Council resolutions", "by the Assembly in its …"), read lazily
        lex = lexicon.load()
        start = max(0, pos - reach - 20)
        for m in reversed(list(patterns(self.lang).generic_name.finditer(self.text, start, pos))):
            if gap.fullmatch(self.text, m.end(), pos):
                if PARAGRAPH_BREAK.search(self.text, m.end(), pos):
                    return None
                return None, lex.generic_names.get(fold(m.group()))
        return None

    def short_name_end_before(self, pos: int, gap: re.Pattern[str], reach: int = 40) -> int | None:
        """Where a body's short name ("the Commission", "l'Assemblée") ends before ``pos``, if
        only ``gap`` (at most ``reach`` characters after it) lies between; else None."""
        found = patterns(self.lang).generic_name.finditer(self.text, max(0, pos - reach - 20), pos)
        for m in reversed(list(found)):
            if pos - m.end() <= reach and gap.fullmatch(self.text, m.end(), pos):
                return m.end()
        return None

    def start_before(self, pos: int) -> int:
        """Where the body named right before ``pos`` (blanks between) starts, else ``pos``."""
        i = bisect.bisect_right(self.ends, pos) - 1
        if i >= 0 and not self.text[self.ends[i] : pos].strip():
            return self.bodies[i][1]
        return pos

    def joined_before(self, pos: int, joiner: re.Pattern[str]) -> list[str]:
        """The bodies named in a list that ends right before ``pos`` ("大会和人权理事会分别"), in
        order: the last ends at ``pos`` (blanks between), each other one before the next with only
        ``joiner`` between; empty when there are fewer than two."""
        i = bisect.bisect_right(self.ends, pos) - 1
        if i < 0 or self.text[self.ends[i] : pos].strip():
            return []
        keys = [self.bodies[i][2]]
        start = self.bodies[i][1]
        while i > 0 and joiner.fullmatch(self.text, self.ends[i - 1], start):
            i -= 1
            keys.append(self.bodies[i][2])
            start = self.bodies[i][1]
        return keys[::-1] if len(keys) > 1 else []

    def agent_before(
        self, pos: int, gap: re.Pattern[str], lead: re.Pattern[str]
    ) -> tuple[str | None, int] | None:
        """The body named just before ``pos`` as an adoption's agent (its key; None for a short
        name), and where its name ends: only ``gap`` after its name, and ``lead`` before it ("by
        the Human Rights Council of" its resolution, "by the Council, on 6 October 2023, of" its …)."""
        i = bisect.bisect_right(self.ends, pos) - 1
        while i >= 0 and pos - self.ends[i] <= 40:
            end, start, key = self.bodies[i]
            if gap.fullmatch(self.text, end, pos) and lead.search(self.text, max(0, start - 20), start):
                return key, end
            i -= 1
        for m in reversed(list(patterns(self.lang).generic_name.finditer(self.text, max(0, pos - 60), pos))):
            if gap.fullmatch(self.text, m.end(), pos) and lead.search(
                self.text, max(0, m.start() - 20), m.start()
            ):
                return None, m.end()
        return None


WORDS = recache.compile(r"[\w']+")


def pin_of_next(text: str, pin_end: int, pat: Patterns) -> bool:
    """Whether the pinpoint read after a number, ending at ``pin_end``, is the next text's: its
    link and that text's noun follow it ("resolution 2250 (2015), annex II to resolution 55/25",
    "резолюцию 2250 (2015), приложение II к резолюции 55/25")."""
    noun = pat.kw_noun.search(text, pin_end, pin_end + _PIN_NEXT_REACH)
    if noun is None:
        return False
    # (… a body's name perhaps between the link and the noun: "16/21, annex I to Council
    # resolution 5/1", "annex II to General Assembly resolution 55/25")
    named = _NAME_BEFORE_NOUN.search(text, pin_end, noun.start())
    link = pat.pin_link.search(text, pin_end, named.start() if named else noun.start())
    return link is not None and not text[pin_end : link.start()].strip()


#: Most characters between a pinpoint read after a number and the next text's noun
_PIN_NEXT_REACH = 48

#: a body's name written before a text's noun: a few words, each with a capital letter
_NAME_BEFORE_NOUN = recache.compile(r"(?<=\s)(?:(?-i:[A-Z])[\w'’-]*\s+){1,5}$")


def pin_ending_at(pat: Patterns, text: str, head: int, span: int = 70) -> re.Match[str] | None:
    """The pinpoint written before the noun or number at ``head`` ("paragraph 5 of"), with its
    linking word; a link glued to the noun's front (``pin_glued``) is read as written before it."""
    if pat.pin_glued is not None:
        glued = pat.pin_glued.match(text, head)
        if glued:
            head = glued.end()
    if not pat.pin_link.search(text, max(0, head - 12), head):
        # (… or an annex word that governs the noun with no link: "مرفق قرارها")
        return pat.pin_construct.search(text, max(0, head - 12), head) if pat.pin_construct else None
    # (… or an annex without its number: "the annex to resolution 61/150", "l'annexe de la")
    pin = pin_before(pat, text, max(0, head - span), head)
    return pin or pat.pin_bare.search(text, max(0, head - 24), head)


#: what stands between a report's symbol and a place in it that ends before a text's noun: the
#: symbol's closing bracket, a comma and the places before ("(E/2012/28), chap. I, sect. B, resolution …")
_REPORT_PLACE_GAP = recache.compile(
    r"\)?[ \t]*+,[ \t]*+(?:[^\W\d]{1,8}\.?[ \t]++[IVXLC\d]{1,5}[A-Z]?[ \t]*+,[ \t]*+)*+"
)


def report_place(text: str, pin_start: int, symbols: list[tuple[int, int]]) -> bool:
    """Is the pinpoint that starts at ``pin_start`` a place in the report whose symbol ends just
    before it ("Official Records …, Supplement No. 8 (E/2012/28), chap. I, sect. B, resolution
    55/9": the resolution is in that section of the report, and has no pinpoint of its own —
    the caller asks only when a comma alone links the place to the noun)?"""
    i = bisect.bisect_right(symbols, pin_start, key=lambda span: span[1])
    return i > 0 and _REPORT_PLACE_GAP.fullmatch(text, symbols[i - 1][1], pin_start) is not None


#: How far before a pinpoint or a noun the Official Records' supplement without its symbol may end
RECORDS_REACH = 200


def records_place(text: str, at: int, lang: str) -> re.Match[str] | None:
    """The General Assembly's Official Records named by their supplement's number without a
    symbol, with only the report's places between its end and ``at`` ("…, Supplement No. 53,
    chap. V, " before "resolution 46/3" or before its place "chap. V"): the report holds what
    follows, which is no pinpoint of the text; None when no such supplement stands there."""
    rx = records_supplement(lang)
    if rx is None:
        return None
    lo = max(0, at - RECORDS_REACH)
    found = None
    for m in rx.finditer(text, lo, at):
        found = m
    if found is None or _REPORT_PLACE_GAP.fullmatch(text, found.end(), at) is None:
        return None
    return found


def pin_before(pat: Patterns, text: str, lo: int, hi: int) -> re.Match[str] | None:
    """``pat.pin_before.search(text, lo, hi)``: a pinpoint ("paragraph 5 of") ending at ``hi``.
    Its pattern is tried at every character, in either case; a part that each of its matches
    holds (``pat.pin_hint``) is looked for first, and is mostly not there."""
    if pat.pin_hint.search(text, lo, hi) is None:
        return None
    return pat.pin_before.search(text, lo, hi)


#: At most this many texts are read between the ends of ranges in one document (a real
#: range is short; a document of ranges must not make output grow without bound).
RANGE_BUDGET = 1000
#: Most texts one range names ("ES-10/2 to ES-10/5", "Add.7 to Add.10"); a user can
#: change it ($RESCITE_MAX_RANGE, ``extract --max-range``).
RANGE_SPAN = 50


def range_span() -> int:
    """The longest range expanded: $RESCITE_MAX_RANGE, else :data:`RANGE_SPAN`."""
    import os

    raw = os.environ.get("RESCITE_MAX_RANGE", "")
    return int(raw) if raw.isdigit() else RANGE_SPAN


#: Most mentions of one kind (numbers, symbols) read in one text; a user can change it
#: ($RESCITE_MAX_MENTIONS).  The memory a text takes grows with its mentions (about 1 KB
#: each while it is read); real documents, compilations too, stay far below.
MAX_MENTIONS = 100_000


def max_mentions() -> int:
    """$RESCITE_MAX_MENTIONS, else :data:`MAX_MENTIONS`."""
    raw = _environ.get("RESCITE_MAX_MENTIONS", "")
    return int(raw) if raw.isdigit() else MAX_MENTIONS


def full(out: list[Raw], cap: int, notes: list[str] | None) -> bool:
    """Has ``out`` reached the mention limit (noted once in ``notes``)?"""
    if len(out) < cap:
        return False
    if notes is not None:
        notes.append(f"more than {cap} mentions in one text: the rest not read ($RESCITE_MAX_MENTIONS)")
    return True


def range_note(lo: int, hi: int, span: int, notes: list[str] | None) -> None:
    if notes is not None and hi > lo + span:
        notes.append(
            f"a range of {hi - lo + 1} texts gives only its two ends (limit {span}: "
            "--max-range, $RESCITE_MAX_RANGE)"
        )


_PAREN_NUMBER = recache.compile(r"(\d{1,4}) \(([^()]{1,10})\)")


def between(first: Raw, last: Raw, notes: list[str] | None = None) -> list[Raw]:
    """The texts a range names between its ends ("ES-10/2 to ES-10/5": ES-10/3 and
    ES-10/4), when both ends are of one session and the range is short; each spans the
    range's last item, which names it.  A longer range is noted in ``notes``."""
    a = SESSION_NUMBER.fullmatch(first.number or "")
    b = SESSION_NUMBER.fullmatch(last.number or "")
    pa = _PAREN_NUMBER.fullmatch(first.number or "")
    pb = _PAREN_NUMBER.fullmatch(last.number or "")
    if pa and pb and pa.group(2) == pb.group(2) and not (first.letter or last.letter):
        # "2253 (2015) to 2255 (2015)", "1514 (XV) to 1516 (XV)": one year or session for all
        lo, hi = int(pa.group(1)), int(pb.group(1))
        if not lo < hi <= lo + range_span():
            range_note(lo, hi, range_span(), notes)
            return []
        return [
            replace(
                last,
                number=f"{n} ({pa.group(2)})",
                rule="range",
                evidence=[*last.evidence, f"range {first.number}"],
            )
            for n in range(lo + 1, hi)
        ]
    if not (a and b) or a.group(1, 2) != b.group(1, 2) or first.letter or last.letter:
        return []
    lo, hi = int(a.group(3)), int(b.group(3))
    span = range_span()
    if not lo < hi <= lo + span:
        range_note(lo, hi, span, notes)
        return []
    session = a.group(1) + a.group(2)
    return [
        replace(
            last, number=f"{session}/{n}", rule="range", evidence=[*last.evidence, f"range {first.number}"]
        )
        for n in range(lo + 1, hi)
    ]


def _phrase_before(text: str, end: int, phrases: tuple[str, ...]) -> bool:
    """Whether one of these phrases (folded) ends the text at `end`, a whole word at its start."""
    for phrase in phrases:
        start = end - len(phrase)
        if start >= 0 and fold(text[start:end]) == phrase and not (start and text[start - 1].isalnum()):
            return True
    return False


def _verb_there(text: str, kw_start: int, kw_end: int) -> bool:
    """Is the noun at ``kw_start`` a verb there (:func:`noun_as_verb`: "还决定", "1. 决定")?"""
    both, before = noun_as_verb()
    if before is None or fold(text[kw_start:kw_end]) not in both:
        return False
    return before.search(text, max(0, kw_start - 12), kw_start) is not None


#: a number of a roman session, its part's letter perhaps: "1514 (XV)", "2200 A (XXI)"
_ROMAN_ITEM = recache.compile(r"\d{1,4}\s?(?:[A-H]\s)?\((?:S-|ES-)?[IVXL]{1,7}\)")


def _inside_word(window: str, at: int) -> bool:
    """Does a letter of a script that writes spaces stand right before ``at``, the noun found
    there the end of another word?"""
    return at > 0 and window[at - 1].isalpha() and not is_cjk(window[at - 1]) and not is_cjk(window[at])


def keyword_before(
    text: str, s: int, window_start: int, window: str, pat: Patterns
) -> tuple[int, str, int, bool, str | None] | None:
    """The keyword ("resolutions", "sa décision", "General Assembly resolution") that
    governs the number at ``s``: (keyword start, keyword, phrase start, possessive, body
    or short name between keyword and number)."""
    noun = None
    for stem in reversed(list(pat.stem_re.finditer(window.lower()))):
        noun = pat.kw_noun.match(window, stem.start())
        if (
            noun is not None
            and not (
                noun.end() < len(window)
                and window[noun.end()].isalpha()
                and not is_cjk(window[noun.end()])
                and not is_cjk(window[noun.end() - 1])
                # (… nor a noun's letters that end a word: the "res" of "anteriores", "antérieures" in
                # "las resoluciones anteriores 60/1" — look on to the noun before it)
            )
            and not _inside_word(window, stem.start())
        ):
            break
        # (a word that only starts as a noun: the month of "December 2009 (64/183)" — look on to
        # the noun before it; "Dec." itself, a month's abbreviation and a noun, is month_not_noun's)
        noun = None
    if noun is None:
        return None
    kw_start, kw_end = window_start + noun.start(), window_start + noun.end()
    # (a noun of a script that writes no spaces may stand glued to the word before it: "回顾决定
    # 82/548", "其决议 70/1")
    # (… and the number glued after it, the noun before it as in the symbol's order: "大会决议64/293",
    # "决议S-29/1")
    # (… and a number glued to a noun of letters, as a web page's copy loses the space before a
    # link: "Council resolution1645(2005)" — the number's finder let it through: glued_noun)
    glued = kw_end == s and text[s : s + 1].isdigit() and not is_cjk(text[kw_end - 1])
    if (
        not glued
        and kw_end < len(text)
        and text[kw_end].isalnum()
        and not ((text[kw_end].isdigit() or kw_end == s) and is_cjk(text[kw_end - 1]))
    ):
        return None
    mid: str | None = None
    if not glued:
        after = pat.kw_after.fullmatch(text, kw_end, s)
        if after is None or (after.group("barelist") and not _ROMAN_ITEM.match(text, s)):
            return None  # (past bare numbers only to a number of a roman session: "2473 and 1514 (XV)")
        mid = after.group("bodymid") or after.group("genmid")
    if (
        kw_start
        and text[kw_start - 1].isalnum()
        and not (is_cjk(text[kw_start - 1]) and is_cjk(text[kw_start]))
    ):
        return None
    if is_cjk(text[kw_start]) and _verb_there(text, kw_start, kw_end):
        return None  # ("还决定 2026/27 财政期间": also decides, no decision)
    # words before the keyword: qualifiers ("other relevant"), then a possessive
    head, poss = kw_start, False
    words = list(WORDS.finditer(text, max(0, kw_start - 40), kw_start))
    if (words and words[-1].end() == kw_start - 1 and fold(words[-1].group()) in pat.common_noun_words) or (
        # (… or one of signs or words: "27 I&N Dec. 12/3", "22 I. & N. Dec. 12/3", a reporter's)
        pat.common_noun_phrases and _phrase_before(text, kw_start - 1, pat.common_noun_phrases)
    ):
        return None  # "the conflict resolution 2019/20 programme": a common noun, no text
    i = len(words) - 1
    while i >= 0 and fold(words[i].group()) in pat.qualifier_words:
        i -= 1
    if (
        i >= 0
        and fold(words[i].group()) in pat.possessives
        and not text[words[i].end() : head].strip(" \n\t'").count(",")
    ):
        head, poss = words[i].start(), True
    elif i >= 0 and fold(words[i].group()) in pat.other_possessives:
        head = words[i].start()  # "его резолюцию": another body's (see other_owner)
    elif i < len(words) - 1:
        head = words[i + 1].start()
    return kw_start, noun.group(), head, poss, mid


#: the longest noun glued to a number that :func:`glued_noun` reads back over
_GLUED_NOUN_MAX = 14


def glued_noun(text: str, s: int, pat: Patterns) -> bool:
    """Is the word glued before the number at ``s`` a noun of the texts written in letters, five
    or more ("resolution1645(2005)", "decision64/555": a web page's copy that lost the space before
    a link), the word standing alone (not in a path or a name: "/resolution60/180", "draft_resolution1/2")?"""
    i = s
    while i > 0 and s - i <= _GLUED_NOUN_MAX and text[i - 1].isalpha() and not is_cjk(text[i - 1]):
        i -= 1
    if s - i < 5 or s - i > _GLUED_NOUN_MAX:
        return False
    if i and (text[i - 1].isalnum() or text[i - 1] in "_/.-@#"):
        return False
    return pat.kw_noun.fullmatch(text, i, s) is not None


#: a number whose first element is a year ("2019/12")
_YEAR_FIRST = recache.compile(r"(?:19|20)\d\d/")
_BLANKS = recache.compile(r"\s*+")


def month_not_noun(
    text: str, s: int, k: tuple[int, str, int, bool, str | None], names: Names, pat: Patterns
) -> bool:
    """Is the keyword of the number at ``s`` a month's abbreviation that is also a noun of the
    texts ("Dec.") standing before a year ("adopted in Dec. 2019/12 …"), with no body named
    right before it and no possessive ("G.A. Dec. 52/405", "E.S.C. Dec. 2019/210" are decisions)?"""
    if fold(k[1]).rstrip(".") not in pat.month_words or not _YEAR_FIRST.match(text, s):
        return False
    return not k[3] and k[4] is None and names.ending_before(k[0], _BLANKS) is None


SINGLED_REACH = 160  # how far before "in particular" the body of the texts may be named
_SINGLED_WORDS = 40  # how far before the noun "in particular" may start
#: A number in the clause before a possessive ("its resolution 74/5 on the Board and its …": the
#: possessive repeats the one before the number, not the body named after it)
#: (the clause's lines perhaps wrapped)
CLAUSE_NUMBER = recache.compile(r"\d(?=[^;:.\n]*+(?:\n(?![ \t]*\n)[^;:.\n]*+)*+$)")
_SINGLED_GAP = recache.compile(r"[^;:.\d\n]*+(?:\n(?![ \t]*\n)[^;:.\d\n]*+)*+")  # one sentence, no number


def singled_out_body(
    text: str, head: int, names: Names, pat: Patterns, noun: bool = True, list_word: bool = False
) -> str | None:
    """The body whose texts a clause names just before the words that single one out
    ("Recalling all resolutions of the Commission on Human Rights on the question, in
    particular resolution …"): the last body named before them, in the same sentence with no
    number between, with a resolution or decision noun beside its name (unless not ``noun``: a
    possessive after the words refers to the body by itself, "the work of the Board, in
    particular its decision …"; ``list_word``: a list word before a possessive in place of those
    words, "the Board and its decisions").  None: no such words, or no such body."""
    i = bisect.bisect_right(names.ends, head) - 1
    if i < 0 or head - names.ends[i] > _SINGLED_WORDS + SINGLED_REACH:
        return None  # (no body named near enough before the words: they are not looked for)
    words = pat.and_before if list_word else pat.singled_out
    if words is None:
        return None
    lo = max(0, head - _SINGLED_WORDS)
    single = words.search(text, lo, head)
    if single is None:
        return None
    at = single.start()
    i = bisect.bisect_right(names.ends, at) - 1
    if i < 0:
        return None
    end, start, key = names.bodies[i]
    if at - end > SINGLED_REACH or not _SINGLED_GAP.fullmatch(text, end, at):
        return None
    if not noun and clause_verb().search(text, end, at):
        return None  # ("the work of the Board, and reaffirming in particular its resolution …": its own)
    if list_word and text[start:end].isupper():
        return None  # (initials may stand for another thing: "le rapport du CEA … et sa résolution")
    if noun and _possessive_texts(text, end, at, pat):
        return None  # ("la résolution 70/1 de l'Assemblée générale et ses résolutions sur la question,
        # notamment …": the texts the possessive names are singled out, bound as its)
    # a noun of the texts beside the name: before it ("resolutions of the …") or after it
    # ("Council resolutions", "人权委员会关于这个问题的所有决议")
    if noun and pat.stem_re.search(text[max(0, start - 40) : at].lower()) is None:
        return None
    return key


def singled_out_generic(text: str, head: int, names: Names, pat: Patterns) -> str | None:
    """The kind of the short name of the body whose texts a clause names just before the words
    that single one out ("the decisions of the Governing Council, in particular decision 27/5"),
    as :func:`singled_out_body` reads a full name: no full name after it, no number between, a
    noun of the texts beside it.  None: no such words, or no such name."""
    if pat.singled_out is None:
        return None
    single = pat.singled_out.search(text, max(0, head - _SINGLED_WORDS), head)
    if single is None:
        return None
    at = single.start()
    lo = max(0, at - SINGLED_REACH)
    i = bisect.bisect_right(names.ends, at) - 1
    if i >= 0:
        lo = max(lo, names.ends[i])  # (a full name's own short name is no short name of its own)
    short = max(pat.generic_name.finditer(text, lo, at), key=lambda m: m.start(), default=None)
    if short is None or not _SINGLED_GAP.fullmatch(text, short.end(), at):
        return None
    if _possessive_texts(text, short.end(), at, pat):
        return None
    if pat.stem_re.search(text[max(0, short.start() - 40) : at].lower()) is None:
        return None
    return lexicon.load().generic_names.get(fold(short.group()))


def _possessive_texts(text: str, lo: int, hi: int, pat: Patterns) -> bool:
    """Does a possessive name texts between ``lo`` and ``hi``: a possessive before a noun of texts
    ("et ses résolutions", "and its resolutions"), or a noun with a possessive suffix, a letter or
    two perhaps glued before it ("وإلى قراراته")?"""
    words = [fold(w.strip(",;()\u060c")) for w in text[lo:hi].split()]
    for i, w in enumerate(words):
        if w in pat.possessives and i + 1 < len(words) and text_noun(words[i + 1], pat):
            return True
        if pat.possessive_nouns and any(w[k:] in pat.possessive_nouns for k in range(3)):
            return True
    return False


def other_owner(
    text: str, head: int, kw_start: int, names: Names, pat: Patterns
) -> tuple[str | None, str | None] | None:
    """The body a possessive that is never the citing body's own refers to ("работу Совета
    по правам человека и его резолюцию": the Council's): the body named just before it,
    when the body's gender is the possessive's.  None: no such possessive, or no such body
    (the text is then bound as if the possessive were not there)."""
    if not pat.other_possessives or head >= kw_start:
        return None
    found = pat.other_possessives.get(fold(text[head:kw_start].split()[0]))
    if found is None:
        return None
    code, gender = found
    # (… or as the actor of the clause: "принятую Генеральной Ассамблеей в ее резолюции 61/106")
    named = names.ending_before(head, pat.other_gap) or names.ending_before(head, pat.actor_gap)
    if named is None:
        return None
    key, generic = named
    lex = lexicon.load()
    kind = lex.bodies[key].generic if key else generic
    if kind is None or pat.generic_gender.get(code, {}).get(kind) != gender:
        return None
    return named


def object_of_request(text: str, head: int, names: Names, pat: Patterns) -> bool:
    """Is the body named before ``head`` (as the clause's actor) the object of a request ("it
    requested the Human Rights Council, in paragraph 6 of its resolution 60/251, to …")?"""
    if pat.object_before is None or (named := names.body_before(head, pat.actor_gap)) is None:
        return False
    start = named[1]
    return pat.object_before.search(text, max(0, start - 40), start) is not None


#: The key of bodies.csv for an organ of another organisation than the United Nations, named
#: with that organisation ("the General Assembly of WIPO"): its texts are kept unresolved
OTHER_ORGANISATION = "ORG"
#: the short name's kind of a noun of any body that points back ("of that body", "de cet organe"):
#: the body named last before the number, whatever its kind
ANY_BODY = "*"


def other_organisation(text: str, start: int, end: int, pat: Patterns) -> bool:
    """Is the body named at ``start:end`` another organisation's organ: that organisation named
    right after it or right before it (the lexicons' ``grammar.other_organisation_after`` and
    ``_before``: "General Assembly of WIPO", "ГА ВОИС", "WIPO General Assembly", "产权组织大会")?"""
    if pat.other_org_after is not None and pat.other_org_after.match(text, end):
        return True
    if pat.other_org_before is None:
        return False
    b = pat.other_org_before.search(text, max(0, start - 40), start)
    return b is not None and not verb_word(b.group())


def verb_word(word: str) -> bool:
    """Is ``word`` (blanks around it) a verb or a pinpoint's word of a lexicon, as a paragraph or
    heading in capitals writes it ("NOTING General Assembly resolution …", "ANNEX General Assembly
    …"): no organisation's name?"""
    return fold(word.strip()) in verb_and_pinpoint_words()


@functools.lru_cache(maxsize=1)
def verb_and_pinpoint_words() -> frozenset[str]:
    """The verbs and the words of the pinpoints ("annex", "article" …) of every language, folded."""
    out: set[str] = set()
    for lang_ in lexicon.load().languages.values():
        out.update(lang_.verb_function)
        pins = lang_.raw["pinpoints"].values()
        out.update(fold(w) for v in pins if isinstance(v, str) for w in v.split("|") if w.isalpha())
    return frozenset(out)


WS_RUN = recache.compile(r"\s+")


def names_in(text: str, lang: str = "") -> tuple[list[tuple[int, int, str]], list[int]]:
    """:func:`body_mentions` and where the instruments' first words stand (the starts of
    ``instrument_start``'s matches, which :func:`find_instruments` reads), in one scan of the
    text: the places where a body's name or an instrument's first word may start
    (``name_start``), each tried with both patterns at once (``name_kinds``).  Each keeps its
    own run of matches as its ``finditer`` would (a body's name may hold an instrument's first
    word)."""
    pat = patterns(lang)
    lex = lexicon.load()
    kinds, search = pat.name_kinds.match, pat.name_start_cased.search
    # the names that open with a small letter: where their first words stand, tried with the
    # whole trie (a scan led by "o" or "и" would try it at every such letter), merged in order
    small = sorted(
        {i for w in pat.name_lower_words for i in _places(text, w) if pat.name_start.match(text, i)}
    )
    k_small, n_small = 0, len(small)
    bodies: list[tuple[int, int, str]] = []
    starts: list[int] = []
    body_end = start_end = pos = 0
    m = search(text, 0)
    while True:
        if m is not None and m.start() < pos:
            m = search(text, pos)
        at = len(text) if m is None else m.start()
        while k_small < n_small and small[k_small] < pos:
            k_small += 1
        if k_small < n_small and small[k_small] < at:
            at = small[k_small]
        elif m is None:
            break
        if STOP.on:  # the time budget ran out: what was found is kept
            break
        pos = at + 1
        if at < body_end and at < start_end:
            continue
        k = kinds(text, at)
        assert k is not None  # (it matches everywhere, maybe empty)
        if at >= body_end and (b_end := k.end("body")) >= 0:
            body_end = b_end
            key = lex.body_names.get(fold(k.group("body")))
            if key and other_organisation(text, at, body_end, pat):
                key = OTHER_ORGANISATION
            if key:
                bodies.append((at, body_end, key))
        if at >= start_end and (f_end := k.end("first")) >= 0:
            start_end = f_end
            starts.append(at)
    return bodies, starts


def _places(text: str, word: str) -> Iterator[int]:
    """Where ``word`` stands in ``text`` (overlapping places too), in order."""
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


def body_mentions(text: str, lang: str = "") -> list[tuple[int, int, str]]:
    """Spans of named bodies (for short names like "the Council", and to tell a body's name
    from the treaty it contains)."""
    lex = lexicon.load()
    pat = patterns(lang)
    out = []
    for m in body_regex(lang).finditer(text):
        if STOP.on:  # the time budget ran out: what was found is kept
            break
        key = lex.body_names.get(fold(m.group()))
        if key and other_organisation(text, m.start(), m.end(), pat):
            key = OTHER_ORGANISATION  # (as :func:`names_in` reads it)
        if key:
            out.append((m.start(), m.end(), key))
    return out
