"""Heading: a document's own identity (masthead or running-header symbol, cover symbol, or
the heading number with the adopting body) and its adopting body's series."""

from __future__ import annotations

import functools
import itertools
import re
import sys
from collections.abc import Callable, Iterator, Sequence

from ..grammar import lexicon, recache
from ..grammar.bodies import body_regex, body_regex_capitals
from ..grammar.council import (
    SC_WITHOUT_YEAR,
    sc_year_of,
    sc_year_plausible,
    site_name_after,
    statement_year_id,
    statement_years,
)
from ..grammar.dates import any_date, parse_date, search_dated
from ..grammar.headings import (
    cite_as_lead,
    copy_labels,
    cover_supplement,
    cover_volumes,
    distribution_before,
    distribution_opens,
    heading_rules,
    masthead_organisation,
    symbol_label_alone,
)
from ..grammar.lexicon import alternation, fold, gather
from ..grammar.retools import (
    alt_or_never,
    finditer_anchored,
    required_text_of,
    roman,
    top_level_alternative,
    unnamed,
)
from ..grammar.rules import patterns
from ..grammar.rules import patterns as rule_patterns
from ..grammar.shapes import coded_decisions
from ..grammar.symbols import latin_marks, symbol_as_own
from ..grammar.verbs import body_line_verb, body_line_verb_below, finite_words, organisation_words
from ..ids import NUMBERED_ELEMENTS, SESSION_NUMBER, SUPERSCRIPTS, IdError, is_year, symbol_id
from ..models import CanonicalId, Record
from .find_assembly import old_session, stated_session_number
from .footnotes import SENTENCE_END, line_end_at
from .normalise import MARKED_LINE_END
from .symbols import ADOPTED_TEXT, cached_resolution_id, combined_report_end
from .verbs import find_verbs


# -- heading ------------------------------------------------------------------------------
class Heading(Record):
    self_id: str | None
    body: str | None
    own_session: int | None
    title: str | None
    date: str | None
    body_line_end: int | None
    body_line_start: int | None
    masthead: list[tuple[int, int]]
    aliases: set[str]  # the masthead's other symbols of the text itself

    __slots__ = (
        "aliases",
        "body",
        "body_line_end",
        "body_line_start",
        "date",
        "masthead",
        "own_session",
        "self_id",
        "title",
    )

    def __init__(
        self,
        self_id: str | None = None,
        body: str | None = None,
        own_session: int | None = None,
        title: str | None = None,
        date: str | None = None,
        body_line_end: int | None = None,
        body_line_start: int | None = None,
        masthead: list[tuple[int, int]] | None = None,
        aliases: set[str] | None = None,
    ) -> None:
        self.self_id = self_id
        self.body = body
        self.own_session = own_session
        self.title = title
        self.date = date
        self.body_line_end = body_line_end
        self.body_line_start = body_line_start
        self.masthead = [] if masthead is None else masthead
        self.aliases = set() if aliases is None else aliases


def _body_key(name: str) -> str | None:
    lex = lexicon.load()
    f = fold(name).strip(' ,:*"')
    f = heading_rules()[0].sub("", f)
    return lex.body_names.get(f)


def named_body(name: str) -> lexicon.Body | None:
    """The body a name of the tables names ("Commission on the Status of Women"), or None."""
    key = _body_key(name)
    return lexicon.load().bodies.get(key) if key is not None else None


@functools.lru_cache(maxsize=2)
def _article_before(capitals: bool = False) -> re.Pattern[str]:
    """The word that opens the adopting body's line ("The", "La", "L'", "El", Arabic "إن"),
    with ``capitals`` set in capitals ("THE")."""
    words = gather("heading.body_line_openers")
    if capitals:
        words = [w.upper() for w in words]
    return recache.compile(rf"(?:^|[\]\.\n\"\s])\"?{alternation(words)}\s*$")


@functools.lru_cache(maxsize=1)
def _bare_openers() -> frozenset[str]:
    """The openers of the adopting body's line that are no article, after which copies leave out
    the comma when the name ends its line (Arabic "إن"; ``heading.body_line_openers_bare``)."""
    return frozenset(gather("heading.body_line_openers_bare"))


@functools.lru_cache(maxsize=1)
def _capital_openers() -> tuple[str, ...]:
    """The openers of the adopting body's line in capitals, each with the space after it: a
    literal test for a line set in capitals before the search for one."""
    return tuple(w.upper() + " " for w in gather("heading.body_line_openers") if w.upper() != w)


_LINE_START = recache.compile(r"(?:^|\n)[ \t]*$")
SYMBOL_ELEMENT = recache.compile(rf"(?<![^\W\d_])(?:{NUMBERED_ELEMENTS})\.$", re.IGNORECASE)
_LINE_END = recache.compile(r"[ \t]*(?:\n|$)")
_COMMA_AFTER = recache.compile(r"\s*+[,:]")
#: … a line's end after a note's mark glued to the comma ("Генеральная Ассамблея,1", "大会，¹")
_MARKED_LINE_END = recache.compile(MARKED_LINE_END)


#: a note's mark in superscript or an asterisk glued to a heading's number, no part of it:
#: "Resolution 2009/1¹", "Decision 2/CP.11*"
HEADING_MARKS = SUPERSCRIPTS + "*"


def unmarked_number(num: str) -> str:
    """A heading's number without the note's mark glued to it, nor its full stop."""
    return num.rstrip(HEADING_MARKS).rstrip(".")


@functools.lru_cache(maxsize=4)
def _heading_sources(kind: str) -> tuple[tuple[str, int], ...]:
    """The heading patterns of ``kind`` as (pattern string, flags), not compiled: a text tries
    them in order until one matches, and most texts' heading is found by one of the first few
    (a one-file refresh built all forty-odd own-number patterns for the three it tried)."""
    flags = re.IGNORECASE if kind == "adopted_by" else re.MULTILINE if kind == "own_number" else 0
    # "^\s*" tried at every line start of a run of blank lines reads the run again each
    # time (quadratic); skipping only the blanks of its own line finds the same headings
    return tuple(
        (p.replace("^\\s*", "^[^\\S\\n]*") if flags == re.MULTILINE else p, flags)
        for p in gather(f"heading.{kind}")
    )


@functools.lru_cache(maxsize=256)
def _heading_pattern(kind: str, k: int) -> re.Pattern[str]:
    """The ``k``-th heading pattern of ``kind`` (:func:`_heading_sources`), built when first asked."""
    return recache.compile(*_heading_sources(kind)[k])


def heading_patterns(kind: str) -> list[re.Pattern[str]]:
    """The heading patterns of ``kind``, all built (:func:`iter_heading_patterns` builds them
    as they are reached)."""
    return list(iter_heading_patterns(kind))


def iter_heading_patterns(kind: str) -> Iterator[re.Pattern[str]]:
    """The heading patterns of ``kind`` in order, each built when the loop reaches it."""
    for k in range(len(_heading_sources(kind))):
        yield _heading_pattern(kind, k)


@functools.lru_cache(maxsize=16)
def _adopted_by_sources(scope: str) -> tuple[str, ...]:
    """The "adopted by" heading patterns (as written, not compiled), those of the language
    ``scope`` names first: the first that matches is taken, and a text's own language's matches
    where it has one — without a scan of the text for each other language's words first (a scan
    costs the text's length)."""
    lex = lexicon.load()
    first = (scope,) if scope in lex.languages else ()
    rest = tuple(code for code in lex.languages if code not in first)
    return tuple(gather("heading.adopted_by", first + rest))


@functools.lru_cache(maxsize=256)
def _adopted_by_pattern(scope: str, k: int) -> re.Pattern[str]:
    """The ``k``-th of :func:`_adopted_by_sources`, compiled (case-blind) when first asked."""
    return recache.compile(_adopted_by_sources(scope)[k], re.IGNORECASE)


@functools.lru_cache(maxsize=16)
def _adopted_by_patterns(scope: str) -> list[re.Pattern[str]]:
    """:func:`_adopted_by_sources`, all compiled."""
    return [_adopted_by_pattern(scope, k) for k in range(len(_adopted_by_sources(scope)))]


@functools.lru_cache(maxsize=16)
def _adopted_by_scans(scope: str) -> list[tuple[Callable[[], re.Pattern[str]], str | None]]:
    """Each of :func:`_adopted_by_sources` as the function that builds its pattern, with the text
    in lower case that the head holds in lower case wherever it matches
    (:func:`rescite.grammar.retools.required_text_of`, kept between runs): a pattern is built only
    where its text is there (a one-file refresh built the seventeen for the one it searched)."""
    return [
        (functools.partial(_adopted_by_pattern, scope, k), required_text_of(source, re.IGNORECASE))
        for k, source in enumerate(_adopted_by_sources(scope))
    ]


def _line_scans(kind: str) -> list[tuple[re.Pattern[str], re.Pattern[str] | None]]:
    """:func:`_line_scan` of each pattern of :func:`heading_patterns`, all built."""
    return [_line_scan(kind, k) for k in range(len(_heading_sources(kind)))]


@functools.lru_cache(maxsize=256)
def _line_scan(kind: str, k: int) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """The ``k``-th pattern of :func:`heading_patterns` with, when it can match at a line start
    only (it opens with ``^``, multi-line, and has no alternative outside its groups), the same
    pattern with the line break before the line in place of the ``^``: a scan for one
    literal character, several times faster than trying ``^`` at every place.  Built when first
    asked (the heading's loop stops at the first pattern that finds the text's number)."""
    pat = _heading_pattern(kind, k)
    rest = pat.pattern[1:]
    anchored = pat.flags & re.MULTILINE and pat.pattern.startswith("^")
    after_break = None
    if anchored and not top_level_alternative(rest):
        after_break = recache.compile("\n" + rest, pat.flags)
    return pat, after_break


def _line_matches(
    pat: re.Pattern[str], after_break: re.Pattern[str] | None, text: str
) -> Iterator[re.Match[str]]:
    """The matches of ``pat.finditer(text)`` — with ``after_break`` (see :func:`_line_scans`),
    those at the text's start by ``pat`` and the others by ``after_break``, which match from
    the line break before them: the same groups and ends (only their starts are one before)."""
    if after_break is None:
        # (tried only within reach of the characters every match holds: a pattern that opens
        # with a blank or a word's edge is otherwise tried at every character of the zone)
        yield from finditer_anchored(pat, text)
        return
    pos = 0
    m = pat.match(text)
    if m is not None:
        yield m
        pos = m.end()
    while (m := after_break.search(text, max(pos - 1, 0))) is not None:
        # a line start at ``pos`` or after it: its line break at ``pos - 1`` or after it
        yield m
        pos = m.end()


#: the blanks around a heading number's slash, as web copies print it ("52 / 31")
_SPACED_SLASH = recache.compile(r"(?<=\d) ?/ ?(?=\d)")
# the job number printed in the header or footer of every page of a UN document ("19-22333")
_JOB_NUMBER = recache.compile(r"(?<![\d/-])\d{2}-\d{5}(?![\d-])")
_TITLE_END = recache.compile(r"\n[ \t]*\n")


def _title_after(text: str, pos: int, stop: int | None) -> str | None:
    """The title that follows the text's own number ("78/228. Improving the coordination …"),
    up to a blank line or the adopting body's line."""
    start = pos
    while start < len(text) and text[start] in ". \t\n":
        start += 1
    end = min(len(text), start + 400, stop if stop is not None and stop > start else len(text))
    blank = _TITLE_END.search(text, start, end)
    if blank and blank.start() > start:
        end = blank.start()
    title = " ".join(text[start:end].split()).rstrip(" .,")
    return title or None


#: What after a symbol says it is cited, not a heading's: a clause goes on, or a bracket
_CITED_AFTER = frozenset((".", ",", ";", ")", "]", "("))
#: a line break and a blank line after it (or the text's end)
_BLANK_LINE_AFTER = recache.compile(r"\n[ \t]*+(?:\n|$)")


def organisation_led(text: str, s: int) -> bool:
    """Whether the line of the symbol at ``s`` opens with the organisation's name and nothing
    else before the symbol ("United Nations A/78/L.102* …": a masthead, wherever it stands)."""
    lb = text.rfind("\n", max(0, s - 80), s)
    if lb < 0 and s > 80:
        return False
    before = text[lb + 1 : s]
    return bool(before.strip()) and masthead_organisation().fullmatch(before) is not None


def masthead_issuer(text: str, s: int, e: int, own: Sequence[tuple[int, int]]) -> bool:
    """Whether a name at ``s``-``e`` is a masthead's issuer: the name fills its lines, the
    organisation's name alone opens it or stands on the line above it (or the text's own symbol
    does: ``own``, the masthead's symbol spans), and the next line is the text's own symbol or
    its distribution mark ("United Nations⏎Framework Convention on Climate Change⏎FCCC/CP/1995/7⏎
    Distr.: General", "United Nations⏎Convention on the Rights of the Child⏎CRC/C/GC/26"): the
    secretariat or the treaty body that issues the text, not a treaty it cites."""
    if s and text[s - 1] != "\n" and not _own_beside(text, text.rfind("\n", 0, s) + 1, s, own):
        return False
    nl = text.find("\n", e)
    if nl < 0 or (text[e:nl].strip() and not _own_beside(text, e, nl, own)):
        return False
    first = text.find("\n", s, e)
    if first < 0 or not masthead_organisation().fullmatch(text, s, first):
        above_end = len(text[:s].rstrip())  # (the line above: blank lines between paragraphs skipped)
        above = text[text.rfind("\n", 0, above_end) + 1 : above_end].strip()
        if not above or not (
            masthead_organisation().fullmatch(above)
            or any(text[a:b] == above for a, b in own)
            or _series_letters_line(text, above, own)
            or _own_symbol_line(text, above_end, own)
        ):
            return False
    nxt = nl + 1
    while nxt < len(text) and text[nxt] in " \t\n":
        nxt += 1
    return any(a == nxt for a, _ in own) or distribution_opens().match(text, nxt) is not None


def _own_symbol_line(text: str, end: int, own: Sequence[tuple[int, int]]) -> bool:
    """Is the line that ends at ``end`` a masthead's cells run onto one line around the text's
    own symbol (one of ``own``, the masthead's symbol spans): the organisation's name or nothing
    before it, its date or nothing after it ("United Nations CCPR/C/GC/37 17 September 2020",
    the issuing treaty body's name under it)?"""
    start = text.rfind("\n", 0, end) + 1
    for a, b in own:
        if start <= a and b <= end:
            before, after = text[start:a].strip(), text[b:end].strip()
            return (not before or masthead_organisation().fullmatch(before) is not None) and (
                not after or any_date().fullmatch(after) is not None
            )
    return False


def _series_letters_line(text: str, line: str, own: Sequence[tuple[int, int]]) -> bool:
    """Is ``line`` the letters of the text's own symbol's series, alone or after the
    organisation's name ("CRC", "UNITED NATIONS CCPR"): the large letters that an older
    masthead sets beside the organisation's name, above the issuing treaty body's name, the
    symbol itself under the distribution mark ("UNITED NATIONS⏎CRC⏎Convention on the Rights of
    the Child⏎Distr.⏎GENERAL⏎CRC/C/15/Add.238")?"""
    words = line.rsplit(None, 1)
    if not words or (len(words) == 2 and not masthead_organisation().fullmatch(words[0])):
        return False
    return any(text[a:b].split("/", 1)[0] == words[-1] for a, b in own)


#: a heading's number: its figures and slash ("80/3", "1002" of "1002 (LVI)")
_HEADING_FIGURES = recache.compile(r"\d{1,5}(?:/\d{1,5})?")
#: most characters of the words before a heading's number on its line ("Resolution", "第") and
#: after it ("号决议")
_HEADING_NOUN_MAX = 24
_HEADING_AFTER_MAX = 4


def own_heading_number(text: str, s: int, e: int, own: str, stop: int | None) -> bool:
    """Whether the number at ``s``-``e`` that no id resolves is the text's own heading, whose
    own id its masthead's symbol gives: the number alone on its line after a noun (no figure
    before it on the line; a full stop and a title, or a few characters, may follow it), above
    the adopting body's line (``stop``, when known), the own id ``own`` ending with its figures
    ("ESCAP/RES/80/3" under "Resolution 80/3", "E/ECA/CM/56/RES/1002" under "Resolution 1002
    (LVI)": the heading of a body whose texts have no id scheme, no citation of itself)."""
    if stop is not None and s >= stop:
        return False
    figures = _HEADING_FIGURES.match(text, s)
    if figures is None or not own.endswith("/" + figures.group()):
        return False
    lb = text.rfind("\n", 0, s) + 1
    before = text[lb:s].strip()
    if len(before) > _HEADING_NOUN_MAX or any(c.isdigit() for c in before) or len(before.split()) > 2:
        return False
    nl = text.find("\n", e)
    after = text[e : len(text) if nl < 0 else nl].strip()
    return (
        not after
        or after[0] == "."
        or (len(after) <= _HEADING_AFTER_MAX and not any(c.isdigit() for c in after))
    )


def _own_beside(text: str, start: int, end: int, own: Sequence[tuple[int, int]]) -> bool:
    """Is ``text[start:end]`` (the rest of a name's line) a symbol alone (the text's own, or one
    the masthead prints there), blanks around it: the masthead's cells run onto one line
    ("اتفاقية حقوق الطفل CRC/C/…/CO/5-6", the treaty body's name and the symbol as a right-to-left
    page's text layer gives them)?"""
    rest = text[start:end].strip()
    return bool(rest) and (_LONE_SYMBOL.fullmatch(rest) is not None or any(text[a:b] == rest for a, b in own))


#: a document's symbol, as a masthead prints it (its star perhaps)
_LONE_SYMBOL = recache.compile(r"[A-Z]{1,6}(?:/[A-Za-z0-9.()\-]{1,12}){1,6}\*?")


#: What joins the two symbols of a document issued under both ("E/2019/27-E/CN.6/2019/15")
_JOINED_SYMBOL = recache.compile(r"[ \t]*[-\u2013][ \t]*")


#: … or the blanks between them where a text layer ran the two onto one line of a cover
#: ("… New York, 2011 E/2011/27 E/CN.6/2011/12")
_JOINT_GAP = recache.compile(r"[ \t]*[-\u2013][ \t]*|[ \t]{1,8}")


def joint_pair(text: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """Whether two symbols are the two symbols of one document issued in two series, set
    side by side on a line that they end ("E/2011/27-E/CN.6/2011/12", "E/2011/27
    E/CN.6/2011/12", "A/73/843–S/2019/371"): documents' symbols (no adopted text's), of two
    series, not in a bracket (a report cited: "(E/2011/27-E/CN.6/2011/12)"); alone on their
    line, after the organisation's name, or ending the file's first line (a title page's lines
    run together: "Economic and Social Council Official Records, 2011 … E/2011/27 E/CN.6/2011/12")."""
    s1, e1 = first.span("sym")
    s2, e2 = second.span("sym")
    if _JOINT_GAP.fullmatch(text, e1, s2) is None:
        return False
    a, b = first.group("sym"), second.group("sym")
    if ADOPTED_TEXT.search(a) or ADOPTED_TEXT.search(b):
        return False
    if s1 and not text[s1 - 1].isspace():
        return False
    lb = text.rfind("\n", 0, s1) + 1
    if text[lb:s1].strip() and not organisation_led(text, s1) and text[:lb].strip():
        return False  # words before it on a line that is not the file's first (a cover run together)
    nl = text.find("\n", e2)
    if text[e2 : len(text) if nl < 0 else nl].strip():
        return False
    lex = lexicon.load()
    return lex.series_of_symbol(a.replace(" ", "")) != lex.series_of_symbol(b.replace(" ", ""))


def alone_on_line(text: str, s: int, e: int) -> bool:
    nl = text.rfind("\n", max(0, s - 200), s)
    if nl < 0 and s > 200 and text[s - 200 : s].strip():
        return False  # words before it on a long line (looked at no further back: a line can be long)
    before = text[nl + 1 : s]
    nl = text.find("\n", e, e + 200)
    after = text[e : nl if nl >= 0 else min(len(text), e + 200)]
    return not before.strip() and not after.strip()


def _actor_gap(lang: str) -> re.Pattern[str]:
    """The finders' actor-clause pattern (", in its …", ", dans sa …")."""

    return patterns(lang).actor_gap


def _date_after(text: str, pos: int, lang: str = "") -> str | None:
    """The first date within a short stretch after ``pos`` ("… adopted by the General
    Assembly on 19 December 2023", "… at its 7847th meeting, on 20 December 2016")."""

    m = search_dated(patterns(lang).date, text, pos, min(len(text), pos + 120))
    return parse_date(m) if m else None


@functools.lru_cache(maxsize=1)
def _text_nouns() -> frozenset[str]:
    """The nouns of resolutions and decisions, folded, of every language."""
    return frozenset(fold(n) for n in gather("nouns.resolution") + gather("nouns.decision"))


#: the last word of a line with other words before it, and the line break after it
_WORD_ENDING_LINE = recache.compile(r"\S[ \t]+(\w+)[ \t]*\n[ \t]*$")


#: the word just before a position on its line, blanks between
_WORD_BEFORE = recache.compile(r"(\w+)[ \t]+$")


def _noun_just_before(text: str, pos: int) -> bool:
    """Is the word just before ``pos`` on its line a text's noun in lower case ("… was revoked
    by resolution 46/86.⏎⏎The General Assembly, …", fr "par la résolution 46/86.")? The number
    is then a mention in a sentence of the narrative that opens a page quoting the text, not the
    heading of a text whose lines were run together ("Resolution 46/86. Title …" names it)."""
    line_start = text.rfind("\n", 0, pos) + 1
    m = _WORD_BEFORE.search(text, max(line_start, pos - 40), pos)
    return m is not None and m.group(1)[0].islower() and fold(m.group(1)) in _text_nouns()


def _noun_before(text: str, pos: int) -> bool:
    """A text's noun just before ``pos`` on its line, or ending the line before it."""
    return _noun_just_before(text, pos) or _noun_ends_line_before(text, pos)


def _noun_ends_line_before(text: str, pos: int) -> bool:
    """Does the line before the one of ``pos`` end with a text's noun after other words
    ("… thereto Decision⏎2/2 Implementation …")? A number at a line's start is then a mention
    run across the break (a list of texts read out of two columns), not a heading's."""
    m = _WORD_ENDING_LINE.search(text, max(0, pos - 80), pos)
    return m is not None and fold(m.group(1)) in _text_nouns()


@functools.lru_cache(maxsize=1)
def _decision_nouns() -> frozenset[str]:
    return frozenset(fold(n) for n in gather("nouns.decision"))


def is_decision(kind: str | None) -> bool:
    """Is ``kind`` ("Decision", "Décision", "Решение", "المقرر") the noun of a decision?"""
    return bool(kind) and fold(kind or "") in _decision_nouns()


def body_line(
    text: str, start: int, end: int, scope: str, own_line: bool = False
) -> tuple[str, int, int] | None:
    """The adopting body's line ("The General Assembly,") in ``text[start:end]``: (series,
    line start, line end).  With ``own_line``, only a line that starts with the body's
    name, which may then stand without its comma ("The General Assembly⏎⏎Adopts …").  A line
    set in capitals ("THE GENERAL ASSEMBLY," of a typed text) is looked for where none is
    written in the name's own case."""
    found = _body_line_in(text, start, end, scope, own_line, False)
    if found is None and any(text.find(w, start, end) >= 0 for w in _capital_openers()):
        found = _body_line_in(text, start, end, scope, own_line, True)
    return found


def _body_line_in(
    text: str, start: int, end: int, scope: str, own_line: bool, capitals: bool
) -> tuple[str, int, int] | None:
    """:func:`body_line` with the names and openers in their own case, or in ``capitals``."""
    lex = lexicon.load()
    names = body_regex_capitals(scope) if capitals else body_regex(scope)
    bare = _bare_openers()
    for mb in names.finditer(text, start, end):
        art = _article_before(capitals).search(text, max(0, mb.start() - 8), mb.start())
        comma = _COMMA_AFTER.match(text, mb.end())
        if comma is None and not own_line and art is not None and bare:
            # an opener that is no article, the name after it alone on its line and no comma, as
            # copies write it ("إن الجمعية العامة⏎", "إن مجلس الأمن⏎"): the adopting body's line
            ls = text.rfind("\n", 0, mb.start()) + 1
            if text[ls : mb.start()].strip(' \t"') in bare:
                comma = _LINE_END.match(text, mb.end())
        if comma is None and art is None and not own_line and body_line_verb_below().match(text, mb.end()):
            # the name alone on its line with no comma, the first paragraph's verb opening the next
            # line, as copies write it ("大会⏎⏎回顾其…"; a masthead's "大会⏎Distr.: General" is none)
            ls = text.rfind("\n", 0, mb.start()) + 1
            if not text[ls : mb.start()].strip(' \t"'):
                art = _LINE_START.search(text, max(0, mb.start() - 8), mb.start())
                comma = _LINE_END.match(text, mb.end())
        if own_line:
            # (the article's match takes in the line break or the mark before it)
            first = art.start() + (text[art.start()] in ']\n." \t') if art is not None else mb.start()
            nl = text.rfind("\n", max(0, first - 200), first)
            if nl < 0 and first > 200 and text[first - 200 : first].strip(' \t"'):
                continue  # words before it on a long line (looked at no further back)
            if text[nl + 1 : first].strip(' \t"'):
                continue
            if comma is None and art is not None:
                comma = _LINE_END.match(text, mb.end())
        if art is None and comma is not None and _MARKED_LINE_END.match(text, comma.end()):
            # languages without articles: the name alone on its line ("Генеральная Ассамблея,"),
            # a note's mark after it or not — not a sentence that a line break cut before the
            # name, its article in lower case ("… la résolution 79/226 de⏎l'Assemblée générale,",
            # "… of the⏎General Assembly,")
            if not _name_goes_on(text, mb):
                art = _LINE_START.search(text, max(0, mb.start() - 8), mb.start())
        elif art is None and comma is not None and body_line_verb().match(text, mb.end()):
            # … or opening its line, run into the first paragraph's verb ("Комиссия по положению
            # женщин, ссылаясь на …", "人权理事会，回顾其…": a page flattened into one line)
            art = _LINE_START.search(text, max(0, mb.start() - 8), mb.start())
        if art and comma and _NUMBERED_LINE.fullmatch(text, text.rfind("\n", 0, mb.start()) + 1, mb.start()):
            # "3. The Executive Board of UNICEF, at its annual session, …": a numbered
            # paragraph about the body, not the adopting body's line
            continue
        if (
            art
            and comma
            and _actor_gap(scope).match(text, mb.end())
            and not _ends_its_line(text, comma.end())
        ):
            # an actor clause is a sentence about the body ("The Human Rights Council, in its
            # resolution 41/2, …" in a report), not the adopting body's line — which ends its
            # line, the next opening with no lower-case word ("大会，⏎⏎通过以下成果文件": Adopts)
            continue
        if art and comma:
            key = lex.body_names.get(fold(mb.group()))
            if key:
                return (
                    lex.bodies[key].series,
                    art.start() + (1 if text[art.start()] in ']\n" ' else 0),
                    comma.end(),
                )
    return None


@functools.lru_cache(maxsize=1)
def _article_ends_line() -> re.Pattern[str]:
    """An opener of the adopting body's line in lower case ending a line: the article of a name
    that the line break cut from it, within a sentence ("of the⏎General Assembly,")."""
    words = [w.lower() for w in gather("heading.body_line_openers") if w.lower() != w]
    return recache.compile(rf"(?<![^\W\d_]){alternation(words)}[ \t]*(?:\n[ \t]*)?$")


def _name_goes_on(text: str, mb: re.Match[str]) -> bool:
    """Does the body's name ``mb`` at a line's start go on a sentence of the line above: the name
    opens with its article in lower case ("l'Assemblée générale,"), or its article in lower case
    ends the line above ("the⏎General Assembly,")?"""
    first = mb.group()[:1]
    return (
        first.islower() or _article_ends_line().search(text, max(0, mb.start() - 12), mb.start()) is not None
    )


_ENDS_ITS_LINE = recache.compile(r"[ \t]*\n\s*")


def _ends_its_line(text: str, pos: int) -> bool:
    """Does a line break follow ``pos``, the next line opening with no lower-case letter?"""
    m = _ENDS_ITS_LINE.match(text, pos)
    return m is not None and not text[m.end() : m.end() + 1].islower()


_NUMBERED_LINE = recache.compile(r"[ \t]*\d{1,3}\.[ \t]+(?:\S+[ \t]*)?")
RUN_IN_REACH = 300  # how far into a text's first line a running header run into it may stand


def _run_in_header(text: str, s: int, e: int, sym: str, lang: str) -> bool:
    """A running header run into the first line of a text that starts mid-document
    ("Title of the resolution A/RES/78/228 visent à …", the symbol maybe on a line of its
    own after the title's), or a legal citation of the text
    itself heading a copy ("G.A. Res. 48/134, …, U.N. Doc. A/RES/48/134 (1993)"): the text's
    first symbol, a resolution's or decision's, on its first line, after words that neither
    govern it (no verb: "Recalling A/RES/70/1" is a citation) nor name it as cited (no noun
    of a resolution, no "see", no bracket or link); and either the sentence runs on after it
    in lower case (the header cut a sentence) or its number was named before it on the line
    (the citation of the text itself)."""
    # (on the first line, or on the second when the title, or the citation, fills the first and
    # ends no sentence there)
    # (the text's first line is its first line that is not blank: an HTML page's paragraph, a
    # file that opens with a blank line)
    top = _first_line_start(text)
    if s - top >= RUN_IN_REACH or ("/RES/" not in sym and "/DEC/" not in sym):
        return False
    nl = text.find("\n", top, s)
    two_lines = nl < 0 or not (
        text.find("\n", nl + 1, s) >= 0
        or (text[nl + 1 : s].strip() and SENTENCE_END.search(text, top, nl) is not None)
    )
    before = text[:s]
    if before.endswith("/"):
        return False
    lead_matches = list(heading_rules()[2].finditer(before))
    leads = [m.group() for m in lead_matches]
    # a copy's header names the text with a capitalised noun ("Résolution 75/190, …, Doc. NU
    # A/RES/75/190", "UN General Assembly, Resolution adopted …, A/RES/75/190, …, available at:
    # https://…") or as a catalogue does, the noun before a slash ("…Peoples : resolution /
    # adopted by the General Assembly, 2 October 2007, A/RES/61/295, available at: https://…"):
    # only the noun may stand before its symbol, never a bracket or "see"
    # … or, in a catalogue's header with the link it was copied from, the noun before the text's
    # own number, its bracket with it ("UN Security Council, Security Council resolution 2427
    # (2018) […], 9 July 2018, S/RES/2427 (2018), available at: https://…")
    own_number = SYMBOL_NUMBER.search(sym)
    eol = text.find("\n", e)
    self_named: list[int] = []  # where a noun that names the text itself ends
    if own_number is not None and "://" in text[e : len(text) if eol < 0 else eol]:
        kept = []
        named_end = -1
        # (… and the bracket that follows its author's name, closed before the comma after it:
        # "UN General Assembly (GA), …", "UN Human Rights Council (HRC), …" name no text cited)
        author_end = text.find(",", top, s)
        for m in lead_matches:
            if m.start() < named_end:
                continue  # the bracket of the text's own number
            if m.group() == "(" and top <= m.start() < author_end and ")" in text[m.end() : author_end]:
                continue
            n = _NUMBER_AFTER_NOUN.match(before, m.end())
            if n is not None and n.group(1) == own_number.group():
                named_end = n.end()
                self_named.append(m.end())
            kept.append(m)
        lead_matches = kept
        leads = [m.group() for m in lead_matches]

    titled = bool(leads) and all(
        (
            m.group()[:1].isupper()
            or _CATALOGUE_NOUN.match(before, m.end()) is not None
            or m.end() in self_named
        )
        and fold(m.group()) not in _see_words()
        for m in lead_matches
    )
    # (… a noun in a script without capitals, "القرار", only on a line of its own, below)
    caseless = bool(leads) and all(
        m.group()[:1].isalpha()
        and not m.group()[:1].isupper()
        and not m.group()[:1].islower()
        and fold(m.group()) not in _see_words()
        for m in lead_matches
    )
    if (leads and not titled and not caseless) or find_verbs(text, lang, [], 0, s):
        return False
    finite = finite_words().get(lang)
    if finite is not None and finite.search(text, top, s):
        # a subject's finite verb or modal before it, which no title holds: a sentence cites it
        # ("The State must implement A/RES/70/1 in full.", "Le Gouvernement doit appliquer …")
        return False
    line_end = text.find("\n", e)
    # (a legal citation with nothing after its line stands alone: cited, not a copy's header)
    goes_on = line_end >= 0 and _NON_SPACE.search(text, line_end) is not None
    rest = text[e : len(text) if line_end < 0 else line_end]
    ls = text.rfind("\n", 0, s) + 1
    if not rest.strip() and len(text[ls:s].split()) == 1 and leads and lead_matches[-1].start() >= ls:
        # a copy's line of its own with the noun and the symbol alone ("Resolution A/RES/70/1"),
        # under a line that names the body (right above it, or apart, as a word processor's
        # paragraphs stand), over the title: no word of a sentence before it (in a script
        # without capitals, no word but the body's name)
        bodies = body_regex(lang)
        if (titled and not _SENTENCE_WORD.search(bodies.sub("", before))) or (
            caseless and not _LETTER.search(bodies.sub("", text[:ls]))
        ):
            return True
    if not two_lines and not _one_paragraph(text, s):
        return False  # (a copy's header wrapped over more lines is read below, not a running header)
    if caseless and not titled:
        return False
    if "://" in rest:
        return goes_on  # a copy's header: the text's symbol, then the link it was copied from
    if line_end >= 0 and (rest.rstrip().endswith(":") or rest.strip() in ("", ",")):
        # … the link wrapped onto the header's next line ("…, A/RES/61/295, available at:⏎https://…")
        nxt = text.find("\n", line_end + 1)
        if "://" in text[line_end : len(text) if nxt < 0 else nxt]:
            return nxt >= 0 and _NON_SPACE.search(text, nxt) is not None
    if titled and line_end >= 0 and BLANK_LINE.match(text, line_end):
        # a copy's title line of its own: a capitalised noun, a body's name, the symbol, a date
        # ("Resolución A/RES/74/41 de la Asamblea General …, de 9 de diciembre de 2019") and no
        # word of a sentence
        bodies = body_regex(lang)
        rest = patterns(lang).date.sub("", bodies.sub("", rest))
        if not _SENTENCE_WORD.search(bodies.sub("", before)) and not _LONG_WORD.search(rest):
            return True
    after = _RUNS_ON.match(text, e)
    # (a running header opens with its title's capital: a text opening in lower case is a
    # paragraph, its verb perhaps unknown in lower case — "ссылаясь на A/RES/70/1 и …")
    first = _LETTER.search(text, top, s)
    runs_on = (
        two_lines
        and not leads
        and after is not None
        and after.group(1).islower()
        and not (first is not None and first.group().islower())
        # (… not after a copy's label, which a sentence then follows: "UN Doc. A/RES/72/179 is
        # recalled below", "Citer comme : A/RES/72/179 lorsqu'il …" cite it)
        and not any(label.fullmatch(text, text.rfind("\n", 0, s) + 1, s) for label in copy_labels())
    )
    number = SYMBOL_NUMBER.search(sym)
    if runs_on or number is None:
        return runs_on
    named = re.search(rf"(?<![\d/]){re.escape(number.group())}", before)
    # … named by the header's first words: a body's name, its abbreviation, a noun — no word of
    # a sentence ("The Court noted S.C. Res. 1325, U.N. Doc. S/RES/1325" cites it)
    # (… set apart from the text: a blank line after it, or the adopting body's line next — a
    # legal citation wrapped over several lines runs on)
    apart = goes_on and (
        BLANK_LINE.match(text, line_end) is not None
        or body_line(text, line_end + 1, min(len(text), line_end + 300), lang, own_line=True) is not None
    )
    return (
        apart
        and named is not None
        and not _SENTENCE_WORD.search(body_regex(lang).sub("", before[: named.start()]))
    )


#: after a copy's labelled symbol, the end of its line or another label ("….   Date: …")
_NEXT_LABEL = recache.compile(
    r"\.?(?:[ \t]*(?:\n|$)|(?:[ \t]{2,}|\t|\u3000|[ \t]*[|;·][ \t]*)[^\W\d_][^\n:\uff1a]{0,30}[:\uff1a])"
)
#: after the symbol of a copy's header line: its end, a full stop or a comma perhaps before it
_LINE_END_AFTER = recache.compile(r"[ \t]*(?:[.,][ \t]*)?(?:\n|$)")
#: after the symbol of a copy's document label: a dash and the title, or the line's end
_DASH_TITLE = recache.compile(r"[ \t]*(?:[\u2014\u2013:\uff1a-][^\n]*)?(?:\n|$)")
#: a repository's banner: the symbol a cell of its own between bars
#: … or between spaced dashes, a web page's title ("Right to food – A/HRC/RES/58/3 – Digital Library")
_BANNER_BEFORE = recache.compile(r"(?:\||[ \t][-\u2013\u2014\u00b7])[ \t]*$")
_BANNER_AFTER = recache.compile(r"[ \t]*(?:\||[-\u2013\u2014\u00b7][ \t]|\n|$)")
_BANNER_CELL = recache.compile(r"\||[ \t][-\u2013\u2014\u00b7][ \t]")
#: How far into a text a copy's header line may name the text itself.
COPY_HEADER_REACH = 600


def _copy_header_line(text: str, s: int, e: int, sym: str, scope: str, lang: str) -> bool:
    """A copy's header that says the symbol is the text's own, in the text's first paragraph:
    the phrase of a United Nations document leading the first line ("Document ONU A/RES/72/178 —
    title", "联合国文件 A/RES/72/178"), or a catalogue's line that names the text as adopted by
    the body of the symbol's series and ends with the symbol, no link after it ("UN General
    Assembly, Resolution adopted by the General Assembly on 19 December 2017, A/RES/72/179").
    No verb governs the symbol, no "see" cites it, and the text goes on after the line."""
    top = _first_line_start(text)
    if s - top >= COPY_HEADER_REACH or ("/RES/" not in sym and "/DEC/" not in sym):
        return False
    le = text.find("\n", e)
    if le < 0 or _NON_SPACE.search(text, le) is None:
        return False  # (a line with nothing after it stands alone: cited, not a header)
    ls = text.rfind("\n", 0, s) + 1
    if ls == top:
        lead = copy_labels()[0].fullmatch(text, ls, s)
        if lead is not None and _DASH_TITLE.match(text, e) is not None:
            return not find_verbs(text, lang, [], ls, s) and not find_verbs(text, lang, [], e, le)
        # … or a repository's banner, the symbol a cell of its own ("Library | A/RES/72/178 | 2017")
        if _BANNER_BEFORE.search(text, ls, s) is not None and _BANNER_AFTER.match(text, e) is not None:
            cells = _BANNER_CELL.split(text[ls:le])
            named = heading_rules()[2].search(text, ls, s) is not None
            if "|" not in text[ls:le] and (named or any(c.strip()[:1].islower() for c in cells)):
                return False  # (dashes in a sentence, or around a text it names as cited)
            return (
                len(cells) >= 2 and not see_word_in(text, ls, le) and not find_verbs(text, lang, [], ls, le)
            )
    if BLANK_LINE.search(text, top, s) is not None or _LINE_END_AFTER.match(text, e) is None:
        return False
    head = text[top:s]
    if see_word_in(head):
        return False
    try:
        cid = symbol_id(sym)
    except IdError:
        return False
    lex = lexicon.load()
    for pat in _adopted_by_patterns(scope):
        m = pat.search(head)
        if m is None:
            continue
        key = _body_key(m.group("body"))
        if key is None or not cid.startswith(lex.bodies[key].series + "/"):
            return False
        kind = m.groupdict().get("kind")
        if kind and is_decision(kind) != ("/DEC/" in cid):
            return False
        return not find_verbs(text, lang, [], top, s)
    return False


def _listed_texts(text: str, cands: list[tuple[int, int, str]]) -> bool:
    """Do the first two candidates name two different resolutions or decisions, each alone on
    its line, one right under the other ("A/RES/70/1⏎A/RES/71/313"): a list of texts cited (a
    bibliography), never a masthead — a text has one symbol of its own in those series."""
    if len(cands) < 2 or cands[0][0] < 0 or cands[1][0] < 0:
        return False
    (s0, e0, a), (s1, e1, b) = cands[0], cands[1]
    if text[e0:s1].strip() or not (alone_on_line(text, s0, e0) and alone_on_line(text, s1, e1)):
        return False
    try:
        ids = (symbol_id(a), symbol_id(b))
    except IdError:
        return False
    return ids[0] != ids[1] and all(_OWN_SERIES.match(i) for i in ids)


def _titled_list(text: str, cands: list[tuple[int, int, str]], symbol_matches: list[re.Match[str]]) -> bool:
    """Does the first candidate open its line, the symbol of another resolution or decision
    opening the next line that is not blank ("A/RES/79/1 Title⏎A/RES/79/2 Title", a list of texts
    with their titles, a compilation's or a guide's): a list cited, never a masthead, whose next
    line is the body's name or the distribution, not another text's symbol."""
    if not cands or cands[0][0] < 0:
        return False
    s0, e0, first = cands[0]
    nl = text.find("\n", e0)
    if nl < 0 or text[text.rfind("\n", 0, s0) + 1 : s0].strip():
        return False
    for m in symbol_matches:
        s = m.start("sym")
        if s <= nl:
            continue  # on the first one's line (its title's, its bracket's)
        if text[nl:s].strip():
            return False
        try:
            ids = (symbol_id(first), symbol_id(m.group("sym")))
        except IdError:
            return False
        return ids[0] != ids[1] and all(_TEXT_ID.search(i) for i in ids)
    return False


def _titles_above(text: str, cands: list[tuple[int, int, str]]) -> bool:
    """Are the first two candidates two documents' symbols, each alone on its line under a line of
    a title's words ("Report on …⏎A/74/318⏎Investigation into …⏎A/HRC/41/36", a page's list of
    a mandate's latest reports): a list cited, never a masthead, whose symbol heads the lines
    under it or stands under the organisation's name, not under a sentence's words."""
    if len(cands) < 2 or cands[0][0] < 0 or cands[1][0] < 0:
        return False
    (s0, e0, a), (s1, _e1, b) = cands[0], cands[1]
    if not (alone_on_line(text, s0, e0) and alone_on_line(text, s1, _e1)):
        return False
    between = text[e0:s1].strip()
    above_end = text.rfind("\n", 0, s0)
    above = text[text.rfind("\n", 0, max(0, above_end)) + 1 : max(0, above_end)].strip()
    if not between or "\n" in between or not above:
        return False
    if any(len(_SENTENCE_WORD.findall(line)) < 2 for line in (between, above)):
        return False
    try:
        return symbol_id(a) != symbol_id(b)
    except IdError:
        return False


_TEXT_ID = recache.compile(r"/(?:RES|DEC)/")
#: the line after a copy's labelled symbol: another label ("Document Type: …", "Date : …")
_LABEL_LINE = recache.compile(r"\n[ \t]*[^\W\d_][^\n:\uff1a]{0,30}[:\uff1a]")
#: after the symbol that ends a copy's suggested citation: its date or year in brackets perhaps,
#: a stop or comma, then the line's end or the link the copy was taken from ("…, A/RES/42/42,
#: available at: https://… [accessed …]")
_CITATION_END = recache.compile(r"[ \t]*+(?:\([^()\n]{1,40}\)[ \t]*+)?(?:[.,][ \t]*+)?(?:\n|$|[^\n]*?://)")
_CITATION_YEAR = recache.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: How far a copy's suggested citation may run before the symbol that ends it.
CITE_AS_REACH = 400


def _cite_as_record(text: str, s: int, e: int) -> bool:
    """Does the symbol at ``s``–``e`` end a copy's suggested citation of the text itself, the
    line led by the copy's label ("Cite as: UN General Assembly, Title, 9 December 2026,
    A/RES/81/57, available at: https://…", or the label on the line above)?  Like a labelled
    symbol of a copy's metadata record, the page may set it anywhere (a box beside the text,
    under it): the label says whose citation it is, which no citing sentence has."""
    ls = text.rfind("\n", max(0, s - CITE_AS_REACH), s) + 1
    if ls == 0 and s > CITE_AS_REACH:
        return False
    lead = cite_as_lead().match(text, ls)
    if lead is None or lead.end() > s or "\n" in text[lead.end() : s]:
        # (… or the label alone on the line above, a box's title, blank lines perhaps between:
        # a page's term and its description)
        prev = len(text[max(0, ls - 40) : ls].rstrip()) + max(0, ls - 40)
        above = text.rfind("\n", max(0, prev - 40), prev) + 1
        lead = cite_as_lead().match(text, above) if ls and prev > 0 else None
        if lead is None or not ls <= lead.end() <= s:
            return False
    # (a citation in its parts — its author, title, date — apart by commas, a year among them:
    # never a bare reference, "Référence : A/RES/70/1", that a list of sources may hold)
    end = _CITATION_END.match(text, e)
    return (
        end is not None
        and "," in text[lead.end() : s]
        and _CITATION_YEAR.search(text, lead.end(), end.end()) is not None
    )


def _one_paragraph(text: str, s: int) -> bool:
    """Is ``s`` in the text's first paragraph, none of whose lines before it ends a sentence (a
    copy's header wrapped over several lines: "UN General Assembly, …⏎… : resolution / adopted
    by the General Assembly, …, A/RES/61/295, available at: …")?"""
    if BLANK_LINE.search(text, 0, s) is not None or not text[:1].strip():
        return False
    line_start, nl = 0, text.find("\n", 0, s)
    while nl >= 0:
        # (a sentence's end is the end of a line: looked for in that line, not from the text's start)
        if SENTENCE_END.search(text, line_start, nl) is not None:
            return False
        line_start, nl = nl + 1, text.find("\n", nl + 1, s)
    return True


BLANK_LINE = recache.compile(r"\n[ \t]*\n")
_NON_SPACE = recache.compile(r"\S")
_LETTER = recache.compile(r"[^\W\d_]")
_CATALOGUE_NOUN = recache.compile(r"[^\W\d_]*[ \t]+/\s")  # "resolution / adopted by …"
_LONG_WORD = recache.compile(r"(?<![^\W\d_])[^\W\d_](?<=[a-z\u00df-\u00ff\u0430-\u044f])[^\W\d_]{4,}")
_SENTENCE_WORD = recache.compile(r"(?<![^\W\d_])[^\W\d_](?<=[a-z\u00df-\u00ff\u0430-\u044f])[^\W\d_]{3,}")


def _first_line_start(text: str) -> int:
    """Where the text's first line that is not blank starts (an HTML page's paragraph, a file
    that opens with a blank line): found without copying the text."""
    if not text[:1].isspace():
        return 0
    m = _NON_SPACE.search(text)
    return text.rfind("\n", 0, len(text) if m is None else m.start()) + 1


@functools.cache
def _see_words() -> frozenset[str]:
    return frozenset(fold(w) for w in gather("footnotes.see"))


def see_word_in(text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
    """Does a word that cites another text ("see", "另见") stand in ``text[pos:endpos]``, among
    the words that introduce a citation: a text cited, however short its words?"""
    return any(fold(w.group()) in _see_words() for w in heading_rules()[2].finditer(text, pos, endpos))


@functools.lru_cache(maxsize=1)
def _report_title() -> re.Pattern[str]:
    """The words of a title on a text's first line before the symbol that closes it: perhaps
    two words, the capitalised noun of a text that is sent or submitted (``grammar.sent_nouns``
    of the languages that write capitals: "Report", "Lettre", "Informe"), the title's words (no
    sentence's stop among them) and the symbol's opening bracket or a dash."""
    nouns = [n[:1].upper() + n[1:] for n in gather("grammar.sent_nouns") if n[:1].upper() != n[:1]]
    return recache.compile(
        rf"[ \t]*(?:[^\W\d_][\w\-]*[ \t]+)?(?:{alt_or_never(nouns)})(?!\w)(?:(?![.;:][ \t])[^\n()])*?\("
    )


def _report_title_before(text: str, line_start: int, s: int, e: int) -> bool:
    """Is the line of the symbol at ``s``–``e`` a title that the symbol closes in its bracket
    (:func:`_report_title`), over the text's other lines, with no symbol closing the next line (a
    list of texts, one a line, each under its title)?"""
    line_end = line_end_at(text, e)
    if text[e:line_end].strip() != ")" or _report_title().fullmatch(text, line_start, s) is None:
        return False
    if not text[line_end:].strip():
        return False  # (the title alone: a passage that cites it, no text under it)
    nxt = line_end_at(text, line_end + 1)
    return _CLOSING_SYMBOL.search(text[line_end:nxt]) is None


#: a symbol closing its line, in a bracket or not ("… (S/2031/782)")
_CLOSING_SYMBOL = recache.compile(r"[A-Z]+/[^\s()]*\d[^\s()]*\)?[ \t]*$")


def _beside_name(text: str, line_start: int, s: int, e: int, lang: str) -> bool:
    """A masthead line: the text's first symbol at the end of its line, set apart by a
    column's gap from a short name before it ("World Food Programme  WFP/EB.1/2026/4-A"),
    a name that neither cites it (no noun of a resolution, no "see", no bracket) nor
    governs it (no verb)."""
    before = text[line_start:s]
    if not _COLUMN_GAP.search(before) or text[e : line_end_at(text, e)].strip() or len(before) > 80:
        return False
    if heading_rules()[2].search(before) or _HAS_DIGIT.search(before):
        return False
    return not find_verbs(text, lang, [], line_start, s)


_COLUMN_GAP = recache.compile(r"\S(?:[ \t]{2,}|\t)$")
_HAS_DIGIT = recache.compile(r"\d")
# (… on the next line too: the header wrapped in a narrow column, "…des personnes A/RES/78/228⏎visent à")
_RUNS_ON = recache.compile(r"(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)([^\W\d_])")
SYMBOL_NUMBER = recache.compile(r"(?:(?:S-|ES-)?\d+/)?\d+(?=\s?(?:\([^)]*\))?$)")


@functools.lru_cache(maxsize=16)
def _list_line_end(scope: str) -> re.Pattern[str]:
    """A list word that ends a symbol's line ("A/76/150 and", "A/76/150 以及"; capitalised in
    a heading or a table's cell: "A/76/150 And", "A/76/150 ET"): the symbol is cited in a list,
    and so is the one alone on the next line."""
    words = alternation(gather("grammar.list_and", lexicon.scope(scope)))
    return recache.compile(rf"[ \t]*(?:{words})[ \t]*(?:\n|$)", re.IGNORECASE)


_OWN_SERIES = recache.compile(r"^(.*?)/(?:RES|DEC)/((?:S-|ES-)?\d+)/")  # series and session of an id


def _is_symbol(sym: str, cid: str) -> bool:
    """Whether the symbol ``sym`` as written is the id ``cid``."""
    try:
        return str(symbol_id(sym)) == cid
    except IdError:
        return False


def is_caseless(ch: str) -> bool:
    """Is ``ch`` a letter of a script without capitals (Arabic, Chinese)?"""
    return ch.isalpha() and not ch.isupper() and not ch.islower()


def _wrapped_alone(
    text: str, line_start: int, line_end: int, h: Heading, sym: str, symbol_matches: list[re.Match[str]]
) -> bool:
    """Is the symbol alone on the line ``text[line_start:line_end]`` one that a narrow page's
    line wrapped onto a line of its own inside a sentence of the text's body: under the adopting
    body's line, the line before it ending with a word (no stop, comma or colon) and the line
    after opening with a small or caseless letter ("… بيان رئيس مجلس الأمن⏎S/PRST/2019/8⏎المؤرخ
    12 آب/أغسطس …", "… of the Security Council⏎S/PRST/2019/8⏎of 12 August …"), and named
    nowhere else in the text (a running header repeats the masthead's symbol)?"""
    if not h.body_line_end or line_start < h.body_line_end:
        return False
    last = text[max(h.body_line_end, line_start - 80) : line_start].rstrip()[-1:]
    nxt = text[line_end : line_end + 80].lstrip()[:1]
    return (
        last.isalpha()
        and (nxt.islower() or is_caseless(nxt))
        and sum(1 for m in symbol_matches if m.group("sym") == sym) == 1
    )


def _statement_title(text: str, scope: str) -> tuple[str, tuple[int, int]] | None:
    """The symbol of a statement by the Council's President that the text's first line is the
    title of, told by its year and number (see :func:`~rescite.grammar.council.statement_years`),
    the Council's name perhaps before it, and the span of its number."""
    nouns, forms = statement_years(scope)
    head = text[:300]
    if not forms or not any(n in head for n in nouns):
        return None
    start = len(head) - len(head.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = text[start:end].rstrip()
    site = site_name_after(scope)
    for rx in forms:
        m = rx.search(line)
        if m is None:
            continue
        if m.end() != len(line) and (site is None or site.fullmatch(line, m.end()) is None):
            continue
        if m.start() and body_regex(scope).fullmatch(line, 0, m.start()) is None:
            continue
        sym = statement_year_id(m)
        if sym is not None:
            return sym, (start + m.start("year"), start + m.end())
    return None


def _masthead_id(sym: str) -> CanonicalId:
    """A masthead's symbol as its id, the words of its ending bracket as the symbol itself writes
    them: the same document in every language ("S/PV.10125 (Reprise 1)", "A/79/6 (Secc. 24)" are
    S/PV.10125 (Resumption 1) and A/79/6 (Sect. 24), as when they are cited)."""
    return symbol_id(symbol_as_own(sym))


def analyse_heading(
    text: str,
    lang: str,
    symbol_matches: list[re.Match[str]],
    scope: str = "*",
    header_symbols: Sequence[str] = (),
    within: str | None = None,
) -> Heading:
    lex = lexicon.load()
    h = Heading()
    head = text[:4000]

    # adopting-body line: "The General Assembly," (own line, or inline in flattened text)
    line = body_line(head, 0, len(head), scope)
    if line is not None:
        h.body, h.body_line_start, h.body_line_end = line

    # "Resolution adopted by the Human Rights Council"
    adopted = None
    adopted_kind = "RES"
    low = ""  # the head in lower case, made once
    for build, needed in _adopted_by_scans(scope):
        if needed is not None:
            # each pattern only where its words are written: a case-blind search is tried at every
            # character of the head (the first's too: a text without the line paid a whole scan of
            # the head for it; the lower-case copy and one look cost a small part of one)
            low = low or head.lower()
            if needed not in low:
                continue
        m = build().search(head)
        if m:
            key = _body_key(m.group("body"))
            if key:
                adopted = lex.bodies[key].series
                if is_decision(m.groupdict().get("kind")):
                    adopted_kind = "DEC"  # "Decision adopted by the Human Rights Council"
                h.date = _date_after(head, m.end(), scope)
                break
    if h.body is None and adopted:
        h.body = adopted

    # masthead / running-header symbols
    first_lines = head[:600]
    cands: list[tuple[int, int, str]] = []
    records: list[tuple[int, int, str]] = []  # symbols of a copy's metadata record (a footer's)
    first_match = symbol_matches[0] if symbol_matches else None
    # a joint document's two symbols run onto one line of its cover ("E/2011/27 E/CN.6/2011/12")
    joint: set[int] = set()
    for m1, m2 in itertools.pairwise(symbol_matches):
        if m2.start("sym") < len(head) and joint_pair(text, m1, m2):
            joint.update((m1.start("sym"), m2.start("sym")))
    list_end = _list_line_end(scope)
    list_stop = -1
    for m in symbol_matches:
        s, e = m.span("sym")
        # (a treaty body's symbol of combined reports is whole: "CERD/C/ARE/CO/18-21", not "…/18")
        e = combined_report_end(text, m.group("sym"), e)
        # a line of a symbol and a list word, and the symbol that opens the line after it: a
        # list cited ("A/76/150 and⏎A/76/151", "A/76/150 以及"), not the text's own symbol
        listed = 0 <= list_stop <= s and not text[list_stop:s].strip()
        le = list_end.match(text, e)
        list_stop = le.end() if le is not None else -1
        if (listed or le is not None) and s not in joint:
            continue
        if within is not None and _is_symbol(m.group("sym"), within):
            continue  # a text of a compilation: the file's symbol is a running header, not its own
        if _cite_as_record(text, s, e):
            # "Cite as: UN General Assembly, …, A/RES/81/57": the copy's citation of the text itself
            # (a record, looked at when no masthead gives the own id; the rules below still apply)
            records.append((s, e, m.group("sym")))
        masthead_line = False
        if (
            s >= len(first_lines)
            and m is not first_match
            and ((s and not text[s - 1].isspace()) or (e < len(text) and not text[e].isspace()))
        ):
            # past the first lines, only a symbol alone on its line is a candidate: a character
            # that is not blank right before or after it (in its line) says it is not — unless
            # the organisation's name leads its line, a masthead under a copy's own header
            # ("United Nations A/78/L.102* General Assembly Distr.: Limited …")
            masthead_line = s < len(head) and organisation_led(text, s)
            if not masthead_line:
                continue
        # look for the line's ends nearby only: a symbol far from both is not alone on its line
        lb = text.rfind("\n", max(0, s - 200), s)
        line_start = lb + 1 if lb >= 0 else (0 if s <= 200 else s - 200)
        line_end_i = text.find("\n", e, e + 200)
        line_end = min(len(text), e + 200) if line_end_i < 0 else line_end_i
        before = text[line_start:s]
        after = text[e:line_end]
        blank_before = not before.strip()
        alone = blank_before and not after.strip()
        sym = text[s:e]
        early = s < len(first_lines)
        # no sentence's words or end after it ("A/AC.109/2031/2 and …", "A/70/1), …": cited)
        nxt = after.lstrip()[:1]
        heads_nothing = not nxt.islower() and nxt not in _CITED_AFTER
        if alone and _wrapped_alone(text, line_start, line_end, h, sym, symbol_matches):
            continue
        if (
            not after.strip()
            and symbol_label_alone().fullmatch(before) is not None
            and _LABEL_LINE.match(text, line_end) is not None
        ):
            # "Document symbol: S/PRST/2001/15⏎Document Type: …": a copy's record of the text,
            # wherever the page sets it (UNISPAL's, under the text)
            records.append((s, e, sym))
        if (
            (alone and not after.startswith("."))
            # led by nothing or by the organisation's name (looked at only near the top) …
            or (
                early
                and line_start < 300
                and (blank_before or heading_rules()[1].fullmatch(before) is not None)
                and heads_nothing
                # (not the line after an opening bracket that a line's end cut from it: "(⏎A/75/598 و …")
                and (last_before := text[max(0, line_start - 80) : line_start].rstrip()[-1:])
                not in ("(", "[")
                # (nor a line between two words of a script without capitals, a sentence that goes
                # on over the line's end: "… الوثائق من⏎A/HRC/47/L.30 إلى …"), unless the
                # organisation's name alone ends its line: a right-to-left masthead read from the
                # left, under the title lines of a first page whose masthead is at its foot
                # ("…⏎FCCC/CP/2023/11/Add.1 الأمم المتحدة")
                and not (
                    is_caseless(nxt)
                    and is_caseless(last_before)
                    and heading_rules()[1].fullmatch(after) is None
                )
            )
            # … or closed by a comma alone, the line after it blank, or by a comma and the text's
            # date, as Arabic copies head a text ("S/24108،⏎⏎16 حزيران/يونيه 1992", "S/22558، 2
            # أيار/مايو 1991"; not a list's symbols, one a line)
            or (
                early
                and line_start < 300
                and blank_before
                and after.lstrip().startswith(",")
                and (
                    _BLANK_LINE_AFTER.match(text, line_end) is not None
                    if after.strip() == ","
                    else patterns(scope).date.fullmatch(after.strip()[1:].strip()) is not None
                )
                and not text[max(0, line_start - 80) : line_start].rstrip().endswith(",")
            )
            # … or by a page number, on the text's first line (a Word header's "2<tab>A/80/L.22"),
            # not in a list of numbered notes or items ("12 A/79/210⏎13 A/79/211")
            or (
                not after.strip()
                and line_start < 300
                and not text[:line_start].strip()
                and _PAGE_LEAD.fullmatch(before) is not None
                and _NUMBERED_SYMBOL_LINE.match(text, line_end) is None
            )
            # … or by the organisation's name alone, anywhere in the head (a copy's own header above)
            or (
                heads_nothing
                and (masthead_line or (s < len(head) and not blank_before and organisation_led(text, s)))
            )
            or (m is symbol_matches[0] and _run_in_header(text, s, e, sym, lang))
            # … or by a masthead's distribution mark that a text layer ran onto its line
            # ("A UNITED NATIONS General Assembly • Distr. GENERAL A/51/218 19 July 1996")
            or (early and line_start < 300 and heads_nothing and distribution_before().search(before))
            # … or by that mark right after it, the masthead's words run into one line before it
            # ("Организация Объединенных Наций Генеральная Ассамблея A/HRC/30/25 Distr.: General …")
            or (
                early
                and line_start < 300
                and heads_nothing
                and text.startswith((" ", "\t"), e)
                and distribution_opens().match(text, e) is not None
            )
            # … or named by a copy's label before other labels on its line ("Symbol: A/RES/73/195.
            # Date: …   Distr.: General"), or by a copy's header line that says it is the text itself
            or (
                early
                and line_start < 300
                and heading_rules()[1].fullmatch(before) is not None
                and _NEXT_LABEL.match(text, e) is not None
            )
            or (m is symbol_matches[0] and _copy_header_line(text, s, e, sym, scope, lang))
            or (m is symbol_matches[0] and line_start < 300 and _beside_name(text, line_start, s, e, lang))
            # … or the symbol that closes in its bracket the title on the text's first line of a
            # report, letter or note it heads, as copies and summaries of it write the title
            # ("Report of the Secretary-General on … (S/2031/95)", "Rapport spécial … (S/2031/119)")
            or (
                m is symbol_matches[0]
                and line_start < 300
                and not text[:line_start].strip()
                and _report_title_before(text, line_start, s, e)
            )
            # a joint symbol's second ("E/2019/27-E/CN.6/2019/15", "A/73/843–S/2019/371")
            or (bool(cands) and _JOINED_SYMBOL.fullmatch(text, cands[-1][1], s) is not None)
            or s in joint
        ):
            cands.append((s, e, sym))
    # "A/RES/54/54 B": a lettered part's masthead gives the part's own id (ids.md: A/RES/53/77A)
    cands = [
        (s, pm.end(), sym + pm.group(1))
        if (pm := symbol_part(text, e, sym, scope)) is not None
        else (s, e, sym)
        for s, e, sym in cands
    ]
    if _listed_texts(text, cands) or _titled_list(text, cands, symbol_matches) or _titles_above(text, cands):
        cands = []  # symbols of several texts, one a line, opening the text: a list cited
    if not cands and len({sym for _s, _e, sym in records}) == 1:
        cands = records[:1]  # one record's symbol, no masthead: the text's own (several: a list's)
    if not cands:
        # a page header or footer run into the text: "… persons A/RES/74/176 3/10 19-22333 …"
        for m in symbol_matches:
            s, e = m.span("sym")
            if (
                # (not a symbol a stop, a clause's mark or a bracket ends: a note's "See A/80/12,
                # annex." over the footer; a header's stands alone on its line or beside the page's
                # number)
                text[e : e + 1] not in _CITED_AFTER
                # (not a symbol in brackets: a note's "Supplement No. 12 (A/80/12)." over the footer)
                and not (text[s - 1 : s] == "(" and text[e : e + 1] == ")")
                and _JOB_NUMBER.search(text, max(0, s - 30), min(len(text), e + 30))
                and (within is None or not _is_symbol(m.group("sym"), within))
            ):
                cands.append((s, e, m.group("sym")))
    if not cands and header_symbols:
        # … or a running header the normaliser took out (a passage cut from mid-document)
        cands = [(-1, -1, sym) for sym in header_symbols if within is None or not _is_symbol(sym, within)]
    if cands:
        ids: dict[str, int] = {}
        for _s, _e, sym in cands:
            try:
                cid = _masthead_id(sym)
            except IdError:
                continue
            ids[cid] = ids.get(cid, 0) + 1
        if ids:
            first = None
            for _s, _e, sym in cands:
                try:
                    first = _masthead_id(sym)
                    break
                except IdError:
                    continue
            chosen = first if first is not None else max(ids, key=lambda k: ids[k])
            h.self_id = chosen
            first_start = cands[0][0]
            prev_end = -1
            for s, e, sym in cands:
                if s < 0:
                    continue  # taken out of the text with its running header
                joined = s in joint or (
                    prev_end >= 0 and _JOINED_SYMBOL.fullmatch(text, prev_end, s) is not None
                )
                prev_end = e
                try:
                    same = _masthead_id(sym) == chosen
                except IdError:
                    continue
                # a report's second symbol printed under the first ("E/2019/30" then
                # "E/CN.15/2019/15") is the same document: identity, not a citation
                if same or (s - first_start < 120 and (joined or alone_on_line(text, s, e))):
                    h.masthead.append((s, e))
                    if not same:
                        h.aliases.add(_masthead_id(sym))

    # heading number: "Résolution 5/2" on its own line, or "14/2 Title" in the heading zone
    zone_end = h.body_line_end if h.body_line_end else min(len(text), 1500)
    zone = text[:zone_end]
    own_num = None
    own_start = own_end = 0
    no_scheme = False  # the heading's number is of a body whose texts have no id here
    own_kind = "RES"
    kind_named = False
    council_dated = False
    # (the patterns built as the loop reaches them: most headings are found by one of the first)
    own_count = len(_heading_sources("own_number"))
    count = own_count + (len(_heading_sources("own_number_inline")) if h.self_id is None else 0)
    # (a resolution's or decision's symbol from the head is read against the text's own heading
    # below: a copy's header that names a different text of the same body gives way to it)
    header_id = h.self_id if h.self_id and _OWN_SERIES.match(h.self_id) else None
    skip_to = 0
    list_numbers: set[str] = set()  # the numbers of a list of texts, one a line, in the heading's zone
    for k in range(count):
        if k < skip_to:
            continue
        if k == _OWN_TRIED < own_count and not h.body_line_end and _no_own_line(zone):
            # (no adopting body's line, the first patterns found nothing, and no other own-number
            # pattern matches in the zone either: one scan of its line breaks instead of two
            # searches a pattern — a text with a body's line mostly has its heading number further
            # down the list, where the one scan would be paid on top of the searches)
            skip_to = own_count
            continue
        pat, after_break = (
            _line_scan("own_number", k) if k < own_count else _line_scan("own_number_inline", k - own_count)
        )
        if after_break is not None and after_break.search(zone) is None and pat.match(zone) is None:
            continue  # (most patterns match nowhere: told by two searches, no generator made)
        found = [
            m
            for m in _line_matches(pat, after_break, zone)
            if own_number_shape(_own_heading_number(zone, m, lang, scope))
            and (m.groupdict().get("kind") or not _noun_before(zone, m.start("num")))
        ]
        if list_numbers:
            # (nor a number of such a list that a later pattern finds alone: a table's first row
            # under a title that ends with the body's name, "Texts adopted by the General
            # Assembly⏎79/101 Title 4 December 2024⏎79/102 …", read as "adopted by the … 79/101")
            found = [m for m in found if unmarked_number(m.group("num")) not in list_numbers]
        # (nor a title whose number the sentence on the next line names again: an article's or an
        # encyclopaedia's title over its account of the text, "Resolution 46/182 …⏎Resolution 46/182
        # … was adopted on …", never the text itself, which does not cite its own number)
        found = [m for m in found if not _restated_below(zone, m)]
        if len(numbers := {unmarked_number(m.group("num")) for m in found}) > 1:
            list_numbers |= numbers
            continue  # a list of texts ("Decision 2/1 …, Decision 2/2 …"), not one text's heading
        if found:
            m = found[0]
            own_num = _own_heading_number(zone, m, lang, scope)
            # (the Council's number that its heading's date gave a year: the Council's own text
            # only with its body's line below, never under a sentence that names the Council
            # alone, as a press note or an article under the same heading opens)
            council_dated = _heading_number(m.group("num"), lang).isdigit() and not own_num.isdigit()
            own_start = m.start("num")
            own_end = own_start + len(m.group("num").rstrip(HEADING_MARKS))
            kind = m.groupdict().get("kind")
            own_kind = ("DEC" if is_decision(kind) else "RES") if kind else adopted_kind
            kind_named = bool(kind) or adopted is not None
            if h.body_line_start is not None and h.body_line_start > own_end:
                # "2031/12. Title⏎⏎The Economic and Social Council⏎⏎Recommends … the following
                # draft resolution:⏎⏎"The General Assembly, …": the body's own line without its
                # comma, under the heading, comes before the draft's line that has one
                above = body_line(text, own_end, h.body_line_start, scope, own_line=True)
                if above is not None:
                    h.body, h.body_line_start, h.body_line_end = above
            h.title = _title_after(text, m.end("num"), h.body_line_start)
            break
    if own_num is None and h.self_id is None and h.body == lex.bodies["GA"].series and h.body_line_start:
        # "1847. Title⏎⏎The General Assembly, …⏎1198th plenary meeting,⏎19 December 1962.": a
        # copy's heading of the Assembly's first sessions without its session, which the date of
        # its closing meeting gives
        bare_num = _bare_heading_number(text, h.body_line_start, lang, scope)
        if bare_num is not None:
            own_num, own_start, own_end = bare_num
            h.title = _title_after(text, own_end, h.body_line_start)
    if header_id is not None:
        h.self_id = None
    elif (
        h.self_id is not None
        and own_num is not None
        and not text[: text.rfind("\n", 0, own_start) + 1].strip()
        and (body_end := _body_line_end_below(text, own_end, h, scope))
        and all(s < 0 or s > body_end for s, _e, _sym in cands)
    ):
        # a text that opens with its heading, its body's line under it, and a document's symbol
        # only further down or in the running headers taken out: the headers of its later pages,
        # of the report or volume it was cut from ("58/3. Title⏎⏎The Human Rights Council, …⏎
        # A/HRC/58/2"), not its own id — which its heading gives
        h.aliases.add(h.self_id)
        h.self_id = None
    if h.self_id is None and own_num and not HEADING_NUMBER.fullmatch(own_num):
        # "DECISION 30/CMP.1": a decision numbered with its conference's code names its body
        h.self_id = coded_id(own_num)
    series = h.body
    if h.self_id is None and own_num and series is None and within is not None:
        # a text of a compilation under its file's masthead, its body line the body's short
        # name ("Resolution 7/1 … The Conference of the Parties," in a report of the Conference)
        g = generic_line_series(
            text, own_end, min(len(text), own_end + BODY_LINE_REACH), scope, report_body(within)
        )
        series = g[0] if g is not None else None
    if h.self_id is None and own_num and series is None:
        # "2031/12. Title⏎⏎The Economic and Social Council⏎⏎Recalling …": the adopting body's line
        # under the heading, its name alone on its line without its comma (as a copy prints it)
        below = body_line(text, own_end, min(len(text), own_end + _BODY_BELOW_REACH), scope, own_line=True)
        series = below[0] if below is not None else None
    if (
        h.self_id is None
        and own_num
        and series is None
        and (
            not council_dated
            or _name_line_below(text, own_end, min(len(text), own_end + _BODY_BELOW_REACH), scope)
        )
    ):
        # "Decision 73/549⏎⏎The General Assembly decides …": the body the first sentence names
        series = adopting_body_below(text, own_end, scope, report_body(within) if within else None)
    if h.self_id is None and own_num and series is None and _YEAR_NUMBER.fullmatch(own_num):
        other = rule_patterns(scope).other_org_after
        if (other is not None and other.match(text, own_end)) or _organisation_line_below(
            text, own_end, scope
        ):
            # "Résolution 2019/12 du Conseil municipal": another organisation's organ named
            # after the number, its own text, no id here (as its citations have none); or on
            # the body's line below the heading ("Résolution 2019/12⏎⏎Le Conseil municipal,")
            no_scheme = True
        else:
            # "Decision 2019/210" over a text that names its body on no line of its own ("The
            # Economic and Social Council decides …"): the shape YYYY/N is the Council's (ids.md)
            series = _heading_line_body(text, h.body_line_start) or lex.bodies["ECOSOC"].series
    if h.self_id is None and own_num and series:
        try:
            if series == "S":
                m_sc = re.fullmatch(r"(\d{1,4}) ?\((\d{4})\)", own_num)
                if m_sc:
                    h.self_id = cached_resolution_id("S", "RES", f"{m_sc.group(1)} ({m_sc.group(2)})")
            else:
                num, part = number_and_part(own_num)
                own_body = lex.body_by_series(series)
                if not kind_named and own_body is not None and decision_number(own_body, num):
                    own_kind = "DEC"  # "2019/210. Dates of …": the Council's decisions are numbered from 201
                no_scheme = own_body is not None and own_body.numbering == "none" and not own_body.scheme
                if own_body is not None and not _own_number_fits(own_body, num, own_kind):
                    # "المقرر 14/8" (decision XIV/8 of a convention's Conference, its session in
                    # figures), "Decision 560 (XXVI)": a number the body of the text's line never
                    # gave — the heading is the text's own, of a body with no id here
                    no_scheme = True
                if not no_scheme:
                    # (a body outside the series of ids.md: its texts have no id here, as its
                    # citations have none)
                    h.self_id = cached_resolution_id(
                        series,
                        "RES" if own_kind == "RES" else "DEC",
                        num,
                        part,
                        scheme=own_body.scheme if own_body is not None else "",
                    )
        except IdError:
            pass
    if header_id is not None:
        header_series = _OWN_SERIES.match(header_id)
        heading_series = _OWN_SERIES.match(h.self_id) if h.self_id else None
        if (
            heading_series is None
            or header_series is None
            or heading_series.group(1) != header_series.group(1)
            or h.self_id == header_id
            # … or its corrigendum, addendum or revision ("A/RES/72/178/Corr.1" over "72/178. Title")
            or (h.self_id is not None and header_id.startswith(h.self_id + "/"))
        ):
            h.self_id = header_id
        else:
            # the heading wins: the header's symbol is no mark of the text itself
            h.masthead, h.aliases = [], set()
        no_scheme = False
    if h.self_id is None and no_scheme:
        # the heading's number of a text whose body has no id scheme here ("Decision 2025/12"
        # of an Executive Board, "Resolution 81/3" of a regional commission): the text itself,
        # never one it cites
        h.masthead = sorted([*h.masthead, (own_start, own_end)])
    if h.self_id is None and own_num is None and (cover := _cover_symbol(text)) is not None:
        # a volume's cover ("Supplement No. 49 (A/84/49)⏎Volume I"): the volume itself
        h.self_id, span, h.aliases = cover[0], cover[1], {*h.aliases, *cover[2]}
        h.masthead = sorted([*h.masthead, span])
    if h.self_id is None and own_num is None and (titled := _statement_title(text, scope)) is not None:
        # a copy titled by the statement's year and number ("联合国安理会主席声明2011年第10号",
        # Wikisource's): the statement itself
        h.self_id, span = titled
        h.masthead = sorted([*h.masthead, span])
    if h.self_id is not None and (bare := SC_WITHOUT_YEAR.fullmatch(h.self_id)) is not None:
        # "S.C. Res. 2417, U.N. Doc. S/RES/2417 (May 24, 2018)", "S/RES/2799⏎(2025)": the
        # Council's own id needs its year (ids.md)
        h.self_id = (
            _council_own_id(text, cands, bare.group(1), own_num, h.date, scope, h.body_line_start)
            or h.self_id
        )
    if h.self_id:
        sid = h.self_id
        m_res = _OWN_SERIES.match(sid)
        if m_res:
            h.body = h.body or m_res.group(1)
            if m_res.group(1) != "E" and m_res.group(2).isdigit():
                h.own_session = int(m_res.group(2))
        elif sid.startswith("S/RES/"):
            h.body = h.body or "S"
        else:
            h.body = h.body or lex.series_of_symbol(sid)
    if h.body is None or lex.body_by_series(h.body) is None:
        # no adopting body known (no body line, no symbol of a known series): the body the
        # heading names on a line of its own ("United Nations Children's Fund⏎Executive Board")
        named = _heading_line_body(text, h.body_line_start)
        if named is not None:
            h.body = named
    if h.body is None and h.self_id is None and own_num is None and within is not None:
        # a compilation's piece that is no text of its own (no heading, no body's line): the
        # narrative of the report it stands in, which goes on after the report's texts ("Part
        # Two: Summary of proceedings" in the Human Rights Council's report A/HRC/61/2): the
        # report's body is its citing body, as it is of the report's pages before its texts
        report = report_body(within)
        h.body = report.series if report is not None else lex.series_of_symbol(within)
    return h


def _body_line_end_below(text: str, pos: int, h: Heading, scope: str) -> int:
    """Where the adopting body's line under the heading's number at ``pos`` ends: the named
    body's ("The Human Rights Council,"), or the body's short name's ("The Conference of the
    Parties,"); 0 when there is none."""
    if h.body_line_end and h.body_line_start is not None and pos < h.body_line_start:
        return h.body_line_end
    line = generic_body_line(text, pos, min(len(text), pos + BODY_LINE_REACH), scope)
    return line[2] if line is not None else 0


#: How far into a file a volume's cover gives its symbol
COVER_REACH = 600
#: a cover's line of a supplement's number and the volume's symbol in brackets, alone on its line
#: ("Supplement No. 49 (A/84/49)", "补编第49号(A/84/49)"): a short label, the number, the symbol
#: whose last element is that number
#: (… the symbol perhaps a joint one, of two organs: "(E/2031/27-E/CN.6/2031/15)")
_COVER_SYMBOL = r"[A-Z][A-Za-z0-9.]*(?:/[A-Za-z0-9.]+)+"
_COVER_BRACKET = (
    rf"(?P<n>\d{{1,3}})[^\n\d(),;]{{0,3}}?\([ \t]*(?P<sym>{_COVER_SYMBOL})(?:-(?P<joint>{_COVER_SYMBOL}))?"
    r"[ \t]*\)(?P<rest>[^\n]*)$"
)
_COVER_LINE = recache.compile(rf"^[ \t]*[^\W\d][^\n\d(),;]{{0,39}}?{_COVER_BRACKET}", re.MULTILINE)
#: … or a supplement's number and symbol run onto the cover's other words on one line, the imprint
#: after them ("Official Records, 2031, Supplement No. 7 (E/2031/27) United Nations • New York, 2031")
_COVER_RUN_ON = recache.compile(rf"(?<!\d){_COVER_BRACKET}", re.MULTILINE)
_NEXT_LINE = recache.compile(r"[ \t]*\n\s*")
_CLAUSE_ENDS = (",", ";", "\u060c", "\uff0c")


def _sentence_goes_on(text: str, end: int) -> bool:
    """Whether the line after the line break at ``end`` opens with a lower-case letter (a
    sentence running on over the lines before it) or is another supplement's line (a list of
    volumes): no cover's."""
    nxt = _NEXT_LINE.match(text, end)
    at = nxt.end() if nxt is not None else end
    return text[at : at + 1].islower() or _COVER_LINE.match(text, at) is not None


def _cover_symbol(text: str) -> tuple[str, tuple[int, int], set[str]] | None:
    """A volume's cover near the file's start: the supplement's line and, on the line after it,
    the volume's number ("Volume I", "المجلد الأول", "第一卷"): (the volume's id, the symbol's
    span, the ids the symbol alone gives), or None.  A line after one that ends with a comma is a
    citation's broken line ("…, Seventy-ninth Session,⏎Supplement No. 53 (A/79/53)"), no cover."""
    return _cover_line_symbol(text) or _run_on_cover_symbol(text)


def _supplement_label(text: str, m: re.Match[str]) -> bool:
    """Do the words before the number of the cover's match ``m`` end with a supplement's label
    ("Supplement No. 7", "补编第7号")? Its symbol is then the volume's whatever number ends it:
    the Economic and Social Council's supplements are not numbered as their symbols are
    ("Supplement No. 7 (E/2031/27)")."""
    return cover_supplement().search(text, text.rfind("\n", 0, m.start("n")) + 1, m.start("n")) is not None


def _imprint(rest: str) -> bool:
    """Is ``rest``, the words after a cover's bracket on its line, the cover's imprint run onto
    it ("United Nations • New York, 2031"): the organisation's name, short words and the year?"""
    return (
        len(rest) <= _IMPRINT_MAX
        and masthead_organisation().match(rest) is not None
        and _IMPRINT_YEAR.search(rest) is not None
    )


_IMPRINT_MAX = 60
_IMPRINT_YEAR = recache.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _cover_ids(m: re.Match[str]) -> tuple[str, set[str]] | None:
    """The id of the cover's symbol, and the other organ's id of a joint symbol (an alias)."""
    try:
        whole: str = symbol_id(m.group("sym"))
        joint: set[str] = {symbol_id(m.group("joint"))} if m.group("joint") else set()
    except IdError:
        return None
    return whole, joint


def _run_on_cover_symbol(text: str) -> tuple[str, tuple[int, int], set[str]] | None:
    """A cover's lines run onto one near the file's start, as a text layer gives them: the
    supplement's label, its number and symbol, then the imprint ("…, Supplement No. 7
    (E/2031/27-E/CN.6/2031/15) United Nations • New York, 2031"), or None."""
    for m in _COVER_RUN_ON.finditer(text, 0, COVER_REACH):
        if not _imprint(m.group("rest").strip()) or not _supplement_label(text, m):
            continue
        if see_word_in(text, text.rfind("\n", 0, m.start()) + 1, m.start("n")):
            continue  # ("See Official Records …, Supplement No. 7 (E/2031/27)": a text cited)
        ids = _cover_ids(m)
        if ids is not None:
            return ids[0], m.span("sym"), ids[1]
    return None


def _cover_line_symbol(text: str) -> tuple[str, tuple[int, int], set[str]] | None:
    """The cover's supplement's line alone (see :func:`_cover_symbol`)."""
    for m in _COVER_LINE.finditer(text, 0, COVER_REACH):
        sym = m.group("sym")
        supplement = _supplement_label(text, m)
        if not sym.endswith("/" + m.group("n")) and not supplement:
            continue
        if text[: m.start()].rstrip()[-1:] in _CLAUSE_ENDS or see_word_in(text, m.start(), m.start("n")):
            continue  # (… or a see-word before it: "See Supplement No. 53 (A/79/53)", a text cited)
        ids = _cover_ids(m)
        if ids is None:
            continue
        whole, joint = ids
        rest = m.group("rest").strip()
        if rest and supplement and _imprint(rest):
            return whole, m.span("sym"), joint  # (the imprint run onto the supplement's line)
        if rest:
            line = rest  # (the volume's line run into it by a text layer: "…(A/84/49)第一卷")
        else:
            nxt = _NEXT_LINE.match(text, m.end())
            at = nxt.end() if nxt is not None else m.end()
            end = text.find("\n", at)
            line = text[at : len(text) if end < 0 else end].strip()
            if end >= 0 and _sentence_goes_on(text, end):
                return None  # ("…issued as⏎Supplement No. 53 (A/78/53)⏎Volume I⏎and contains …")
        for pat in cover_volumes():
            v = pat.fullmatch(line) if not rest else pat.match(line)
            if v is None:
                continue
            roman = v.groupdict().get("roman") or next((k for k, g in v.groupdict().items() if g), None)
            if roman:
                try:
                    return symbol_id(f"{sym} (Vol. {roman})"), m.span("sym"), {whole, *joint}
                except IdError:
                    break
        if rest:
            continue  # words after the bracket: a sentence's, no cover
        return whole, m.span("sym"), joint
    return None


_NUMBER_AFTER_NOUN = recache.compile(r"\s{1,3}((?:(?:S-|ES-)?\d+/)?\d+)(?![\d/])(?:\s?\([^()\n]{1,12}\))?")
#: a page number before a running header's symbol: "2 ", "3/12\t"
_PAGE_LEAD = recache.compile(r"[ \t]*\d{1,4}(?:/\d{1,4})?[ \t]+")
_NUMBERED_SYMBOL_LINE = recache.compile(r"\s*\d{1,4}[ \t]+[A-Z]{1,8}/")
_SC_HEADING = recache.compile(r"(\d{1,4}) ?\((\d{4})\)")
#: the year in the bracket right after a symbol: "(2025)", "(May 24, 2018)", "(24 mai 2018)"
_BRACKET_YEAR = recache.compile(r"\s*\([^()\n]{0,24}?((?:19|20)\d\d)\)")


#: How far into a text the header stands whose date may give the Council's own id its year.
COUNCIL_HEADER_REACH = 600


def _council_own_id(
    text: str,
    cands: list[tuple[int, int, str]],
    number: str,
    own_num: str | None,
    date: str | None,
    scope: str,
    body_line_start: int | None,
) -> str | None:
    """The own id of a text of the Security Council whose masthead or self-cite gives its
    symbol without the year: the year in the bracket right after the symbol, else the one of
    its heading ("Resolution 2799 (2025)"), else the year of its adoption date, else the year
    the numbering leaves, else that of the one date of its header the numbering allows (a
    copy's "Document symbol: S/RES/2417" with no year beside it)."""
    year: str | int | None = None
    for s, e, sym in cands:
        if s >= 0 and SC_WITHOUT_YEAR.fullmatch(sym.replace(" ", "")) is not None:
            m = _BRACKET_YEAR.match(text, e)
            if m is not None:
                year = m.group(1)
                break
    heading = _SC_HEADING.fullmatch(own_num or "")
    if year is None and heading is not None and heading.group(1) == number:
        year = heading.group(2)
    if year is None and date:
        year = date[:4]
    if year is None:
        year = sc_year_of(int(number), None)
    if year is None:
        stop = min(COUNCIL_HEADER_REACH, body_line_start or COUNCIL_HEADER_REACH)
        years = set()
        for m in patterns(scope).date.finditer(text, 0, stop):
            found = parse_date(m)
            if found and sc_year_plausible(int(number), int(found[:4])):
                years.add(int(found[:4]))
        year = years.pop() if len(years) == 1 else None
    if year is None:
        return None
    try:
        return cached_resolution_id("S", "RES", f"{number} ({year})")
    except IdError:
        return None


#: How far under a heading the first sentence that names the text's body may end.
SUBJECT_BELOW_REACH = 600


#: The longest line that is only an adopting body's ("The Municipal Council of …,")
_ORG_LINE_MAX = 160
#: … the most characters before the organ's name on it (an article: "The ", "إن ")
_ORG_LINE_LEAD = 4
#: … the commas that end it ("Le Conseil municipal,", "市议会，", "إن المجلس البلدي،")
_BODY_LINE_COMMAS = ",\u060c\uff0c"


def _organisation_line_below(text: str, pos: int, scope: str) -> bool:
    """Is the first line under the heading's line at ``pos`` the line of another organisation's
    organ or a State's as the adopting body ("Le Conseil municipal,", "The City Council,"), with no
    body of the United Nations named there?"""
    line_end = text.find("\n", pos)
    if line_end < 0:
        return False
    for line in text[line_end : line_end + SUBJECT_BELOW_REACH].split("\n"):
        line = line.strip()
        if line:
            org = organisation_words().search(line)
            return (
                len(line) <= _ORG_LINE_MAX
                and org is not None
                # (the body's line: its name first, an article perhaps before it, and the comma
                # after it; not a title that names an organ: "Report of the Government of Haiti")
                and org.start() <= _ORG_LINE_LEAD
                and line[-1] in _BODY_LINE_COMMAS
                and body_regex(scope).search(line) is None
            )
    return False


def adopting_body_below(text: str, pos: int, scope: str, report: lexicon.Body | None = None) -> str | None:
    """The series of the body the first sentence under a heading names first ("Decision
    73/549⏎⏎The General Assembly decides …", "At its 90th plenary meeting, …, the General
    Assembly …"): the first paragraph after the heading's line that ends a sentence (a title
    line does not), within reach; None when it names no body.  In a report of the body
    ``report``, the short name of its kind ("…, the Commission took note …") is that body's."""
    line_end = text.find("\n", pos)
    if line_end < 0 or line_end - pos > SUBJECT_BELOW_REACH:
        # (a text whose lines were run together: the sentence that goes on after the number,
        # "第73/146号决议 大会， 回顾其…" — the heading's line is no title line then)
        line_end = pos
    chunk = text[line_end : line_end + SUBJECT_BELOW_REACH]
    for para in BLANK_LINE.split(chunk):
        para = para.strip()
        if not para:
            continue
        if not (SENTENCE_END.search(para) or len(para) > 200):
            # lines with no blank line between them (a text layer that sets paragraphs apart by
            # spacing): the paragraph runs to the first line that ends a sentence
            first = _LINE_SENTENCE_END.search(para)
            if first is None:
                continue
            para = para[: first.end()]
        if _ENUMERATED.match(para):
            return None  # an operative paragraph ("(a) Recalled General Assembly resolution …")
        if "\n" in para:
            # the heading's title wrapped onto the lines before a sentence that a capital and its
            # meeting's clause open ("58/403. Election of five⏎non-permanent members of the
            # Security Council⏎At its 42nd plenary meeting, …"): the sentence from that line
            opens = _meeting_line(scope).search(para)
            if opens is not None and para[opens.start("m")].isupper():
                para = para[opens.start("m") :]
        named = body_regex(scope).search(para)
        series = None
        if named is None and report is not None:
            named, series = _report_body_named(para, scope, report)
        if named is None:
            return None
        after = para[named.end() :].lstrip()
        pat = patterns(scope)
        noun = pat.kw_noun.match(after)
        near = _NUMBER_NEAR.match(after)
        digit = _FIRST_DIGIT.search(after, 0, near.end()) if near is not None else None
        if digit is not None and pat.date.match(after, digit.start()):
            near = None  # a date after the body ("经济及社会理事会在2004年7月21日…上"): no number
        if near or (noun is not None and _NUMBER_NEAR.match(after, noun.end())):
            return None  # the body of a cited text ("General Assembly resolution 71/313", "大会第71/313号")
        if series is not None:
            return series
        key = _body_key(named.group())
        return lexicon.load().bodies[key].series if key is not None else None
    return None


def _report_body_named(para: str, scope: str, body: lexicon.Body) -> tuple[re.Match[str] | None, str | None]:
    """The short name in ``para`` of the kind of ``body``, whose report the text is ("the
    Commission" in the Commission's report), and that body's series, else (None, None)."""
    m = patterns(scope).generic_name.search(para)
    if m is None or lexicon.load().generic_names.get(fold(m.group())) != body.generic:
        return None, None
    return m, body.series


@functools.lru_cache(maxsize=4)
def _meeting_line(scope: str) -> re.Pattern[str]:
    """A line that the clause of a meeting opens ("At its 42nd plenary meeting", "На своем 42-м
    пленарном заседании"), after the line a title's words end with no stop."""
    clauses = gather("grammar.meeting_clause", lexicon.scope(scope))
    either = "|".join(f"(?:{c})" for c in clauses) or "(?!)"
    return recache.compile(rf"(?<=[^\W\d_])[ \t]*\n[ \t]*(?P<m>(?i:{either}))")


#: a line of a copy's heading that opens with a number alone and its stop before a title
#: ("1847. Continuation of …"), under which the adopting body's line stands
_BARE_HEADING = recache.compile(r"(?m)^[ \t]*([1-9]\d{0,3})\.[ \t]+(?=[^\W\d_])")


@functools.lru_cache(maxsize=4)
def _closing_meeting(scope: str) -> re.Pattern[str]:
    """A line that a meeting's clause opens, its date after it on the line or the next, as a
    text's last lines give its adoption ("1198th plenary meeting,⏎19 December 1962.")."""
    clauses = gather("grammar.meeting_clause", lexicon.scope(scope))
    either = "|".join(f"(?:{c})" for c in clauses) or "(?!)"
    return recache.compile(rf"(?m)^[ \t]*(?i:{either})[ \t]*,?[ \t]*\n?[ \t]*")


@functools.lru_cache(maxsize=4)
def _meeting_under_date(scope: str) -> re.Pattern[str]:
    """A line that a meeting's words fill alone, a stop perhaps after them, as Chinese closes a
    text under the date of its adoption ("1961年12月3日⏎第1150次全体会议")."""
    langs = lexicon.scope(scope)
    clauses = gather("grammar.meeting_clause", langs) + gather("grammar.session_meeting", langs)
    either = "|".join(f"(?:{c})" for c in clauses) or "(?!)"
    return recache.compile(rf"(?m)(?<=\n)[ \t]*(?i:{either})[ \t]*[,.\uff0c\u3002]?[ \t]*$")


def _date_above(text: str, pos: int, lang: str) -> str | None:
    """The date that fills the line above the line at ``pos`` (a stop after it perhaps)."""
    end = text.rfind("\n", 0, pos)
    line = text[text.rfind("\n", 0, max(end, 0)) + 1 : max(end, 0)].strip(" \t,.\uff0c\u3002")
    d = patterns(lang).date.fullmatch(line) if line else None
    return parse_date(d) if d is not None else None


def _bare_heading_number(text: str, body_start: int, lang: str, scope: str) -> tuple[str, int, int] | None:
    """The Assembly's number of its first sessions heading a copy's text without its session, as
    a collection's pages print it ("1847. Title⏎⏎The General Assembly, …⏎1198th plenary
    meeting,⏎19 December 1962."), read with the session the date of its closing meeting makes
    certain (:func:`old_session`): ("1847 (XVII)", its start, its end); None where no line or more
    than one above the body's line holds such a number, or no closing date fits it."""
    found = list(_BARE_HEADING.finditer(text, 0, body_start))
    if len(found) != 1:
        return None
    date = None
    for m in _closing_meeting(scope).finditer(text, body_start):
        d = patterns(lang).date.match(text, m.end())
        if d is not None:
            date = parse_date(d)
    if date is None:
        # … or the date on its own line above the meeting's, as Chinese orders them
        for m in _meeting_under_date(scope).finditer(text, body_start):
            date = _date_above(text, m.start(), lang) or date
    if date is None:
        return None
    n = found[0]
    session = old_session(int(n.group(1)), date)
    if session is None:
        return None
    return f"{n.group(1)} ({roman(session)})", n.start(1), n.end(1)


_NUMBER_NEAR = recache.compile(r"\s*\S{0,2}\s?\d")
_LINE_SENTENCE_END = recache.compile(SENTENCE_END.pattern, re.MULTILINE)  # … at a line's end
_FIRST_DIGIT = recache.compile(r"\d")
_ENUMERATED = recache.compile(r"\(?(?:\d{1,3}|[a-z]{1,4})[.)]\s")


#: a heading's number with a bracket after it that may hold the text's full date ("1589 (24 March 2005)")
_DATED_NUMBER = recache.compile(r"(\d{1,4}) ?\(([^()\n]{6,40})\)")


def _heading_number(num: str, lang: str) -> str:
    """A heading's number as its id reads it: without the note's mark, its spaced slash closed
    up, its letters Latin; a bracket that holds the text's full date of adoption rather than its
    year, as a yearly collection of the Security Council's texts heads each ("RESOLUCIÓN 1589 (24
    de marzo de 2005)", "RESOLUTION 1589 (24 March 2005)"), the number and that date's year
    ("1589 (2005)")."""
    num = latin_marks(_SPACED_SLASH.sub("/", unmarked_number(num)), lang)
    m = _DATED_NUMBER.fullmatch(num)
    if m is None or m.group(2).isdigit():
        return num
    d = patterns(lang).date.fullmatch(m.group(2))
    iso = parse_date(d) if d is not None else None
    return f"{m.group(1)} ({iso[:4]})" if iso else num


def _own_heading_number(zone: str, m: re.Match[str], lang: str, scope: str) -> str:
    """The number of the heading ``m`` as its id reads it (:func:`_heading_number`); an Assembly's
    number of its first sessions with its session written in words in its bracket, as copies head
    the text ("القرار رقم 818 (الدورة 9): …"), with that session's Roman numeral ("818 (IX)")."""
    num = _heading_number(m.group("num"), lang)
    if HEADING_NUMBER.fullmatch(num) is None and "(" in num:
        stated = stated_session_number(zone, m.start(), m.end(), m.start("num"), scope)
        if stated is not None:
            return stated
    if (
        num.isdigit()
        and len(num) <= 4
        and (year := _council_heading_year(zone, int(num), m.end("num"), lang, scope))
    ):
        return f"{num} ({year})"
    return num


_QUOTES_AND_BLANKS = ' \t"«“„'


def _name_line_below(text: str, start: int, end: int, scope: str) -> bool:
    """Is there in ``text[start:end]`` a line that opens with a body's name, perhaps its article
    and an opening quote before it, and a comma after it ("The Security Council,", a copy's
    "«Le Conseil de sécurité,"): the adopting body's line, not a sentence that names the body
    ("The Security Council today adopted …")?"""
    openers = {w.casefold() for w in gather("heading.body_line_openers")}
    for mb in body_regex(scope).finditer(text, start, end):
        before = text[text.rfind("\n", 0, mb.start()) + 1 : mb.start()].strip(_QUOTES_AND_BLANKS)
        if (not before or before.casefold() in openers) and _COMMA_AFTER.match(text, mb.end()):
            return True
    return False


#: the most characters between a heading's number and the Council's name after it ("of the ")
_COUNCIL_NAME_GAP = 8


def _council_heading_year(zone: str, number: int, end: int, lang: str, scope: str) -> int | None:
    """The year of a Security Council number written without it on a heading's line, the
    Council named right after it and the date of the adoption after the name, as copies head the
    Council's text ("РЕЗОЛЮЦИЯ 1368 СОВЕТА БЕЗОПАСНОСТИ ООН ОТ 12 СЕНТЯБРЯ 2001 ГОДА"): the date's
    year, where the Council's numbering allows it; else None (another body's name, no date)."""
    eol = zone.find("\n", end)
    line_end = len(zone) if eol < 0 else eol
    for names in (body_regex(scope), body_regex_capitals(scope)):
        named = names.search(zone, end, line_end)
        if named is None or named.start() - end > _COUNCIL_NAME_GAP:
            continue
        if _body_key(named.group()) != "SC":
            return None
        d = patterns(lang).date.search(zone, named.end(), line_end)
        iso = parse_date(d) if d is not None else None
        return int(iso[:4]) if iso and sc_year_plausible(number, int(iso[:4])) else None
    return _council_named_first_year(zone, number, end, lang, scope)


def _council_named_first_year(zone: str, number: int, end: int, lang: str, scope: str) -> int | None:
    """The year of a Security Council number that a heading's line writes after the Council's
    name and the number's sign, as legal portals and collections head the Council's text
    ("Резолюция Совета Безопасности ООН № 1234", its date perhaps on the next line): the year of
    that date or of one before the sign on the line, where the Council's numbering allows it,
    else the one year the numbering leaves; None when another body is named first on the line."""
    line_start = zone.rfind("\n", 0, end) + 1
    for names in (body_regex(scope), body_regex_capitals(scope)):
        named = names.search(zone, line_start, end)
        if named is None:
            continue
        if _body_key(named.group()) != "SC":
            return None
        # (… the date on the heading's line or on the first line with words under it)
        eol = zone.find("\n", end)
        below = len(zone) - len(zone[eol:].lstrip()) if eol >= 0 else len(zone)
        stop = zone.find("\n", below)
        for d in patterns(lang).date.finditer(zone, named.end(), len(zone) if stop < 0 else stop):
            iso = parse_date(d)
            if iso and sc_year_plausible(number, int(iso[:4])):
                return int(iso[:4])
        return sc_year_of(number, None)
    return None


#: a sentence's end
_SENTENCE_STOP = recache.compile(r"[.!?](?:\s|$)")


def _restated_below(zone: str, m: re.Match[str]) -> bool:
    """Does the first line with words under the heading ``m``'s line name its number again, as a
    sentence that ends on that line (an article's account under its title, "Резолюция 46/182 …⏎
    Резолюция 46/182 … принята …")?  The number must stand whole there (not as part
    of a longer number or symbol)."""
    eol = zone.find("\n", m.end())
    if eol < 0:
        return False
    rest = zone[eol:].lstrip()
    line = rest[: rest.find("\n")] if "\n" in rest else rest
    num = unmarked_number(m.group("num")).split(" (")[0]
    at = line.find(num)
    if at < 0 or _SENTENCE_STOP.search(line, at + len(num)) is None:
        return False
    before = line[at - 1 : at] if at else ""
    after = line[at + len(num) : at + len(num) + 1]
    return not (before.isalnum() or before == "/") and not (after.isdigit() or after == "/")


def own_number_shape(num: str) -> bool:
    """Is ``num`` shaped like a text's own number ("73/8", "1325 (2000)", "2200 A (XXI)",
    or a coded decision's "30/CMP.1", Arabic "1/م أ-26")?"""
    return HEADING_NUMBER.fullmatch(num) is not None or (
        ("." in num or "-" in num) and coded_decisions().fullmatch(num) is not None
    )


def coded_id(num: str) -> str | None:
    """The id of a decision numbered with its conference's code ("1/CP.21"), or None."""
    m = coded_decisions().fullmatch(num)
    if m is None:
        return None
    lex = lexicon.load()
    key = lexicon.decision_codes().body_of.get(m.group("code"))
    body = lex.bodies.get(key) if key else None
    if body is None:
        return None
    try:
        return cached_resolution_id(
            body.series, "DEC", f"{int(m.group('session'))}/{int(m.group('n'))}", scheme=body.scheme
        )
    except IdError:
        return None


_SEQ_AT_END = recache.compile(r"(?<=/)\d{1,4}$")


def _own_number_fits(body: lexicon.Body, num: str, kind: str) -> bool:
    """Could ``body`` have numbered its text ``num`` (of ``kind``, "RES" or "DEC")?  A body
    numbering by session numbers from its session ``numbered_from`` and its decisions from
    ``min_decision`` (the General Assembly: from its 31st session, decisions from 301; before,
    it numbered resolutions N (ROMAN) and no decision)."""
    if body.numbering != "session":
        return True
    m = SESSION_NUMBER.fullmatch(num)
    if m is None:
        return not (kind == "DEC" and _ROMAN_SHAPE.fullmatch(num))
    if m.group(1):
        return True
    if is_year(int(m.group(2))):
        # (… a body that took over a numbering by year numbers its own texts by session: "Resolution
        # 1999/12" over the Human Rights Council's name is none of its texts)
        return body.predecessor is None
    return int(m.group(2)) >= body.numbered_from and (kind != "DEC" or int(m.group(3)) >= body.min_decision)


_ROMAN_SHAPE = recache.compile(r"\d{1,4} ?\((?:S-|ES-)?[IVXLC]{1,7}\)")


def decision_number(body: lexicon.Body, num: str) -> bool:
    """Is ``num`` a decision's number in ``body``'s numbering, whatever word heads it: the
    Council's decisions of a year are numbered from 201 ("2019/210"), the Assembly's of a
    session above its resolutions ("73/549")?"""
    seq = _SEQ_AT_END.search(num)
    if seq is None:
        return False
    n = int(seq.group())
    if body.numbering == "year":
        return 1 < body.min_decision <= n
    return body.max_resolution is not None and n > body.max_resolution


_YEAR_NUMBER = recache.compile(r"(?:19[4-9]\d|20\d\d)/\d{1,4}")
_LETTERED_SESSION = recache.compile(r"(\d{1,4}) ?([A-H]) ?(\([^)]+\))")
#: … the letter after the bracket ("667(XXIV)E")
_SESSION_LETTERED = recache.compile(r"(\d{1,4}) ?(\([^)]+\))([A-H])")
#: a lettered part's letter after its number, spaced or glued ("54/54 B", "54/54B")
_PART_AFTER_NUMBER = recache.compile(r"((?:S-|ES-)?\d{1,4}/\d{1,4}) ?([A-H])")


#: an adopted text's symbol numbered session/number ("A/RES/54/54", "E/CN.6/DEC/60/1")
_SESSION_NUMBERED_TEXT = recache.compile(r"[A-Z][\w./-]*/(?:RES|DEC)/(?:S-|ES-)?\d{1,4}/\d{1,4}")
#: … and its part's letter after a space ("A/RES/54/54 B"): a single capital not glued to a
#: word, a path or a bracket ("A/RES/54/54 Bis", "A/RES/54/54 Add.1", "A/RES/54/54 B(…)" are not),
#: nor a section's number or a name's ("A/RES/54/54 A.1", "A/RES/54/54 G-20 …")
_SYMBOL_PART = recache.compile(r"[ \t\u00a0]([A-H])(?!(?![\u3400-\u9fff])\w|[/(]|[.-]\d)")


def symbol_part(text: str, end: int, sym: str, scope: str = "*") -> re.Match[str] | None:
    """The part letter written after the symbol ``sym`` ending at ``end``, or None (not a capital
    that is a word of ``scope``'s languages before a word: "A/RES/70/1 A new agenda")."""
    if _SESSION_NUMBERED_TEXT.fullmatch(sym) is None:
        return None
    pm = _SYMBOL_PART.match(text, end)
    if pm is not None and (word := patterns(scope).word_letter) is not None and word.match(text, pm.start(1)):
        return None
    return pm


def number_and_part(num: str) -> tuple[str, str | None]:
    """A heading's number and its part's letter: "54/54 B" → ("54/54", "B"), "2200 A (XXI)" →
    ("2200 (XXI)", "A") (the part's letter before the session). A lettered part is a text of its
    own, its id the number's with the letter after it (ids.md: A/RES/53/77A); a text whose
    heading has no letter keeps the number's id, the parts under it included."""
    m = _PART_AFTER_NUMBER.fullmatch(num)
    if m:
        return m.group(1), m.group(2)
    lettered = _LETTERED_SESSION.fullmatch(num)
    if lettered:
        return f"{lettered.group(1)} {lettered.group(3)}", lettered.group(2)
    after = _SESSION_LETTERED.fullmatch(num)
    if after:
        return f"{after.group(1)} {after.group(2)}", after.group(3)
    return num, None


#: How far into a text its heading's lines are read for the body it names.
HEADING_BODY_REACH = 1200
_HEADING_CELL = recache.compile(r"[ \t]{2,}|\t")
_FIRST_PARAGRAPH = recache.compile(r"\n[ \t]*1\.[ \t]")


def _heading_line_body(text: str, stop: int | None) -> str | None:
    """The series of the body named last by a heading line of its own — the whole line, or
    several lines together when a long name is broken ("Executive Board of the⏎United
    Nations Development⏎Programme, …"), or the first cell of a masthead line ("EXECUTIVE
    BOARD  EB158/12") — before the text's first paragraph."""
    end = min(len(text), HEADING_BODY_REACH, stop if stop is not None else len(text))
    first = _FIRST_PARAGRAPH.search(text, 0, end)
    if first is not None:
        end = first.start()
    lines = [_HEADING_CELL.split(line.strip(), maxsplit=1)[0] for line in text[:end].split("\n")]
    lex = lexicon.load()
    found: str | None = None
    for i, line in enumerate(lines):
        if not line or line[0].islower() or (i > 0 and _article_ends_line().search(lines[i - 1])):
            continue  # (a line that goes on the sentence above: "… de⏎l'Assemblée générale,")
        joined = ""
        for nxt in lines[i : i + 6]:
            if not nxt:
                break
            joined = f"{joined} {nxt}" if joined else nxt
            if len(joined) > 250:
                break
            key = _body_key(joined)
            if key is not None:
                found = lex.bodies[key].series
    return found


HEADING_NUMBER = recache.compile(
    r"(?:S-|ES-)?\d{1,4}/\d{1,4}(?: ?[A-H])?|\d{1,4} ?\(\d{4}\)"
    r"|\d{1,4} ?(?:[A-H] ?)?\((?:[IVXLC]{1,7}|S-[IVX]{1,4}|ES-[IVX]{1,4})\)"
    # (… its part's letter glued after the session's bracket, as the drug-control resolutions'
    # copies head the Council's texts: "1957/667(XXIV)E. Title")
    r"|\d{1,4} ?\([IVXLC]{1,7}\)[A-H]"
)
#: How far after its heading a text's adopting-body line stands ("The General Assembly,").
BODY_LINE_REACH = 2500
#: how far below its heading's number the adopting body's line without its comma may stand (the
#: title's lines between)
_BODY_BELOW_REACH = 400


#: how many own-number patterns are tried one by one before the rest are told apart in one scan
#: (a heading that one of them matches costs no scan more)
_OWN_TRIED = 2


@functools.lru_cache(maxsize=1)
def _own_lines() -> re.Pattern[str] | None:
    """The own-number patterns' scans from a line break (:func:`_line_scans`) in one alternation,
    groups unnamed: where it finds nothing, none of them does.  None when one of them has no such
    scan, or their flags differ."""
    scans = _line_scans("own_number")
    flags = {after.flags for _, after in scans if after is not None}
    if not scans or len(flags) != 1 or any(after is None for _, after in scans):
        return None
    rests = [unnamed(after.pattern[1:]) for _, after in scans if after is not None]
    try:
        return recache.compile("\n(?:" + "|".join(f"(?:{r})" for r in rests) + ")", flags.pop())
    except re.error:
        return None


def _no_own_line(zone: str) -> bool:
    """Whether no own-number pattern matches anywhere in ``zone`` (the heading zone): neither at
    its start (:func:`any_heading`) nor from a line break in it (:func:`_own_lines`); False when
    that cannot be told in one scan."""
    lines = _own_lines()
    return lines is not None and any_heading().match(zone) is None and lines.search(zone) is None


@functools.lru_cache(maxsize=1)
def any_heading() -> re.Pattern[str]:
    """The own-number patterns in one alternation (groups unnamed): a line where it does not
    match is no heading, found in one match instead of one per pattern."""
    alts = [unnamed(p) for p, _flags in _heading_sources("own_number")]  # (none of them built)
    # the line start and its blanks that open most of them, read once (only whether one matches
    # is asked: the blanks one alternative takes, another would take too)
    lead = "^[^\\S\\n]*"
    led: list[str] = []
    rest: list[str] = []
    for a in alts:
        tail = a[len(lead) :]
        if a.startswith(lead) and not top_level_alternative(tail):
            led.append(tail)
        else:
            rest.append(a)
    parts = [f"{lead}(?:{'|'.join(f'(?:{a})' for a in led)})"] if led else []
    return recache.compile("|".join([*parts, *(f"(?:{a})" for a in rest)]) or "(?!)", re.MULTILINE)


def report_body(symbol: str) -> lexicon.Body | None:
    """The body, not the Assembly nor a Council, whose report has the symbol ``symbol``: by the
    symbol's series ("CTOC/COP/2014/13", "E/CN.6/2011/12"), or by ``report_symbols.csv`` for a
    report an Official Records supplement holds under the Council's or the Assembly's series
    ("E/2011/27": the Commission on the Status of Women's); else None."""
    lex = lexicon.load()
    series = lex.series_of_symbol(symbol)
    body = lex.body_by_series(series) if series is not None else None
    if body is not None and body.series not in ("A", "E", "S"):
        return body
    parts = symbol.split("/")
    if len(parts) != 3 or not parts[1].isdigit():
        return None
    for first, last, key in lexicon.report_symbols().get((parts[0], parts[2]), ()):
        if first <= int(parts[1]) and (last is None or int(parts[1]) <= last):
            return lex.bodies.get(key)
    return None


def generic_line_series(
    text: str, start: int, end: int, scope: str, body: lexicon.Body | None
) -> tuple[str, int, int] | None:
    """(series, line start, line end): the series of ``body``, whose report the file is (by its
    symbol, "CTOC/COP/2014/13": :func:`report_body`), and the adopting body's line in
    ``text[start:end]`` that names it by its short name of the body's kind ("The Conference of
    the Parties,"), else None."""
    lex = lexicon.load()
    if body is None:
        return None  # (the Assembly and the Councils have their own body lines)
    line = generic_body_line(text, start, end, scope)
    if line is None:
        return None
    m = patterns(scope).generic_name.search(text, line[1], line[2])
    if m is None or lex.generic_names.get(fold(m.group())) != body.generic:
        return None
    return body.series, line[1], line[2]


def generic_body_line(text: str, start: int, end: int, scope: str) -> tuple[str, int, int] | None:
    """The first line of ``text[start:end]`` that is an adopting body's line by the body's short
    name ("The Conference of the Parties,", "La Conférence des Parties agissant comme réunion
    des Parties à l'Accord de Paris,"): the name after one word at most (an article), the line
    ended by a comma.  ("", line start, line end): the series is the heading's code's."""
    generic = patterns(scope).generic_name
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        line = text[pos:line_end]
        # (… or wrapped over the next lines, a narrow page's: "The Conference of the⏎Parties,")
        for wrap in range(_GENERIC_WRAP + 1):
            if line.strip():
                one = " ".join(line.split()) if wrap else line
                m = generic.search(one)
                lead = one[: m.start()].split() if m is not None else []
                if m is not None and len(lead) <= 1 and line.rstrip()[-1:] in (",", "\u060c", "\uff0c"):
                    return "", pos + len(line) - len(line.lstrip()), pos + len(line.rstrip())
            if (
                line_end >= end
                or not line.strip()
                or len(text[max(pos, text.rfind("\n", pos, line_end) + 1) : line_end].strip()) > _NARROW_LINE
                or line.rstrip()[-1:] in _LINE_STOPS
            ):
                break
            nxt = text.find("\n", line_end + 1, end)
            line_end = end if nxt < 0 else nxt
            line = text[pos:line_end]
        pos = (end if nl < 0 else nl) + 1
    return None


_GENERIC_WRAP = 2  # how many lines a body's short name may wrap onto (a narrow page's)
_NARROW_LINE = 60  # … from a line no longer than a narrow page's
_LINE_STOPS = frozenset(".,;:\u060c\uff0c\u3002")
