"""Find, the Security Council: its numbers with their years, the lists of them, and what its sentences
say of their dates.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator

from ..grammar import lexicon, recache
from ..grammar.council import (
    CouncilNumber,
    council_number,
    sc_year_plausible,
    sc_years_open,
    statement_year_id,
    statement_years,
)
from ..grammar.dates import (
    adoption_date_before,
    adoption_noun_date,
    date_regex,
    figures_date,
    month_year_regex,
    opening_date,
    parse_date,
    search_dated,
    sentence_date,
    year_link,
)
from ..grammar.lexicon import (
    fold,
    is_cjk,
)
from ..grammar.retools import TOPIC_WIDTH, WORD_START, finditer_words
from ..grammar.rules import Patterns, patterns
from ..grammar.shapes import list_goes_on, list_word_first, mark_after_noun, number_shapes
from ..read.stop import STOP
from .find_base import WS_RUN, Raw
from .find_dates import gender_fits, legal_date_ahead
from .find_numbers import (
    CLAUSE_GAP,
    SENTENCE_END,
    SENTENCE_REACH,
    SUBJECT_REACH,
    other_actor_between,
    verb_first_before,
)
from .find_tables import council_table_rows
from .segment import Segments


def _count_in_dated_list(text: str, before: list[re.Match[str]], tok: re.Match[str], pat: Patterns) -> bool:
    """Is ``tok``, a number without its year after members of the Council's list written with
    theirs, a count ("its resolutions 2334 (2016) and 2250 persons"): a word after it that goes
    on no list and opens no date?"""
    if tok.groupdict().get("y") or not any(b.groupdict().get("y") for b in before):
        return False
    end = tok.end("n")
    if WORD_NEXT.match(text, end) is None or _topic_next().match(text, end):
        return False  # (… "and 2250 on youth": its topic)
    joint = list_goes_on().match(text, end)
    if joint and (
        joint.end() == len(text) or not text[joint.end()].isalpha() or is_cjk(text[joint.end() - 1])
    ):
        return False  # (a list word, not the start of a word: "y 2250 efectivos" is no "y 2250 e …")
    tail = pat.item_tail.match(text, end)
    # (… nor a body's name after it: "… 1737 et 1929 du Conseil de sécurité", the list's)
    return tail is None or not (tail.group("date") or tail.group("body"))


@functools.lru_cache(maxsize=1)
def _topic_next() -> re.Pattern[str]:
    """A word that opens a text's topic right after a number, in any language ("2250 on youth")."""
    return recache.compile(rf"[ \t]++{lexicon.alternation(lexicon.gather('grammar.topic_after'))}(?!\w)")


def more_council(text: str, at: int, more: re.Pattern[str], pat: Patterns) -> re.Match[str] | None:
    """The next number of a list of the Council's at ``at`` — not one with its mark that another
    body's name follows ("resolution 1244 and No. 1309 of the IOM Council": IOM's)."""
    m = more.match(text, at)
    words = text[m.start() : m.start("n")].split() if m is not None else []
    if m is None or not words or fold(words[-1]) not in pat.number_words:
        return m
    tail = pat.item_tail.match(text, m.end())
    return None if tail is not None and tail.group("body") else m


#: Most characters a list of the Council's numbers before its name takes ("les résolutions
#: 1325 (…) et 1820 du Conseil": a few numbers, their list words)
_LIST_REACH = 80

#: … and a list whose numbers each have their date after them ("resolutions 733 of 3 February
#: 1992, 751 of 14 May 1992 and 1356 of 9 July 2001 of the Security Council")
_DATED_LIST_REACH = 240

#: the letter of a meeting's part after a summary record's symbol: "CEDAW/C/SR.1987 (A)"
MEETING_PART = recache.compile(r"[ ]?\([A-H]\)")


def _council_list(text: str, s: int, e: int, rx: CouncilNumber, pat: Patterns, out: list[Raw]) -> bool:
    """A list of the Council's numbers without their years, the noun before it and the name
    (at ``s``–``e``) after it ("les résolutions 1325 et 1820 du Conseil de sécurité"), or the
    name before the marked numbers and their noun ("安理会第1325号和第1820号决议"): each a
    number of the Council's, in the Council's order (a smaller number after one stops the list).
    Whether any was read."""
    m = more = None
    if rx.behind_list is not None and rx.more is not None:
        m = rx.behind_list.search(text, max(0, s - NOUN_REACH - _DATED_LIST_REACH), s)
        more, at = rx.more, m.end("n") if m is not None else 0
    least = 2
    if m is None and rx.behind_roman is not None and rx.more is not None:
        # (… before a number of a roman session, the list's last, which is the Assembly's: the
        # bare numbers before it the Council's, one of them alone too)
        m = rx.behind_roman.search(text, max(0, s - NOUN_REACH - _LIST_REACH), s)
        more, at, least = rx.more, m.end("n") if m is not None else 0, 1
    if m is None and rx.marked_list is not None and rx.marked_more is not None:
        m = rx.marked_list.match(text, e)
        if m is None and (gap := pat.adopt_gap.match(text, e)) is not None:
            # (… the verb of the list's adoption after the day of the news or the topic before
            # it: "安理会当天通过第2713号和第2714号决议", "安理会同日通过了第…号和第…号决议")
            m = rx.marked_list.match(text, gap.end())
        more, at = rx.marked_more, m.end() if m is not None else 0
    if m is None or more is None:
        return False
    found = [m]
    nxt = more.match(text, at)
    while nxt is not None and int(nxt.group("n")) > int(found[-1].group("n")):
        found.append(nxt)
        nxt = more.match(text, nxt.end())
    if len(found) < least or (m.start() < s and found[-1].end() > s):
        return False
    # the year of the list's adoption before its verb, each number's that has none of its own
    # ("安理会于2011年6月通过第1988号和第1989号决议": both of 2011, as the date is both's)
    yb = m.groupdict().get("yb")
    year = _YEAR_DIGITS.search(yb) if yb else None
    for n in found:
        symbol = None
        if (
            n is not m
            and year is not None
            and not n.groupdict().get("ya")
            and sc_year_plausible(int(n.group("n")), int(year.group()))
        ):
            symbol = f"S/RES/{n.group('n')}({year.group()})"
        raw = _council_number(text, n, e, s, pat, symbol)
        if raw.date is None and m.start() < s and (d := _item_date(text, n.end("n"), s, pat)) is not None:
            # (… each number's date after it, the name after the list's last: "resolutions 733
            # of 3 February 1992, 751 of 14 May 1992 and 1356 of … of the Security Council")
            raw.date = parse_date(d)
            raw.evidence.append(_LIST_ITEM_DATE)
        out.append(raw)
    return True


#: the evidence of a list's number dated by the date after it, the Council named after the list
_LIST_ITEM_DATE = "the date after the number in the list"


def _item_date(text: str, at: int, s: int, pat: Patterns) -> re.Match[str] | None:
    """The date right after a list's number at ``at`` (its word before it), before the
    Council's name at ``s`` and with no other body's name after it."""
    tail = pat.item_tail.match(text, at, s)
    if tail is None or not tail.group("date") or tail.group("body"):
        return None
    return tail


def _council_adopted(text: str, e: int, rx: CouncilNumber, pat: Patterns) -> re.Match[str] | None:
    """The Council's number after the verb of its adoption, the Council named before it (ending
    at ``e``): "the Security Council adopted resolution 2397", "le Conseil de sécurité a adopté
    la résolution 2397", "安理会通过了第2397号决议" (the number in group ``n``)."""
    gap = pat.adopt_gap.match(text, e)
    if gap is None:
        return None
    at = gap.end()
    while at > e and text[at - 1].isspace():
        at -= 1  # (the noun's pattern reads the blanks before it)
    m = rx.after.match(text, at)
    if m is None and rx.marked is not None:
        m = rx.marked.match(text, gap.end())
    return m


def _council_calls(
    text: str, e: int, bodies: list[tuple[int, int, str]], rx: CouncilNumber, scope: str
) -> re.Match[str] | None:
    """The Council's number after the noun of a call to carry it out, the Council named before as
    the call's subject (ending at ``e``): "وطالب مجلس الأمن بتنفيذ القرار 425", "ودعا مجلس الأمن
    إلى تنفيذ القرار 2254" (the number in group ``n``); not where another body is named between or
    after the number, nor where the year after it is none the Council's numbering allows."""
    gap = rx.call_gap.match(text, e)
    m = rx.after.match(text, gap.end()) if gap is not None else None
    if m is None:
        m = rx.call_glued.match(text, e)  # (the call's preposition glued to the noun: "الالتزام بالقرار")
    if m is None or any(e <= a <= m.end() + _BODY_AFTER and key != "SC" for a, _, key in bodies):
        return None
    y = year_link(scope).match(text, m.end("n"))
    if y is not None and not sc_year_plausible(int(m.group("n")), int(y.group("year"))):
        return None  # ("إلى احترام القرار 1514 لعام 1960": a year the Council's numbering leaves out)
    return m


#: most characters between a number and another body's name after it that may make it that body's
#: ("بتنفيذ القرار 194 الصادر عن الجمعية العامة")
_BODY_AFTER = 40


@functools.lru_cache(maxsize=8)
def _article(lang: str) -> re.Pattern[str]:
    """An article, as the lexicons of ``lang``'s scope list them ("la", "the")."""
    arts = lexicon.gather("grammar.articles", lexicon.scope(lang))
    return recache.compile(rf"(?:{lexicon.alternation(arts)})(?!\w)" if arts else "(?!)", re.IGNORECASE)


def _council_agent(
    text: str, s: int, e: int, rx: CouncilNumber, pat: Patterns, lang: str
) -> re.Match[str] | None:
    """The Council's number after its name as the agent of an adoption told by a noun (the
    Council's name at ``s``–``e``): "the adoption by the Security Council of resolution 1325",
    "l'adoption par le Conseil de sécurité de la résolution 1325", "la aprobación por el Consejo
    de Seguridad de la resolución 1325" (the number in group ``n``)."""
    if pat.agent_gap is None or pat.agent_lead.search(text, max(0, s - 24), s) is None:
        return None
    gap = pat.agent_gap.match(text, e)
    if gap is None:
        return None
    at = gap.end()
    article = _article(lang).match(text, at)
    if article is not None:
        at = article.end()
    else:
        while at > e and text[at - 1].isspace():
            at -= 1  # (the noun's pattern reads the blanks before it)
    return rx.after.match(text, at)


#: the evidence of a Council's marked number dated by the date glued before the Council's name
_DATE_BEFORE_NAME = "date written right before the Council's name"
#: the evidence of a Council's number dated by the date before the link of the clause it opens
_LEAD_DATE = "date right before the link of the Council's clause"
#: the evidence of a Council's number dated by its adoption's noun before it
_ADOPTION_NOUN_DATE = "date of the adoption written before the noun"


def _marked_again(
    text: str, m: re.Match[str], s: int, e: int, rx: CouncilNumber, pat: Patterns, out: list[Raw]
) -> None:
    """The Council's next marked numbers after ``m``'s, each with its noun again, joined by a list
    word ("安理会第2254号决议和第2401号决议"): each the Council's, in its order (a smaller number
    after one stops the list)."""
    if rx.marked is None:
        return
    joint = rx.marked_joint.match(text, m.end())
    while joint is not None and not STOP.on:
        nxt = rx.marked.match(text, joint.end())
        if nxt is None or int(nxt.group("n")) <= int(m.group("n")):
            return
        # (its own date before it, from the list word on: "…和2018年2月24日第2401号决议")
        raw = _council_number(text, nxt, joint.end(), s, pat, None)
        raw.evidence = [f"Council named: {text[s:e]}", "list of its marked numbers, each with its noun"]
        out.append(raw)
        m = nxt
        joint = rx.marked_joint.match(text, m.end())


@functools.lru_cache(maxsize=1)
def _articles() -> frozenset[str]:
    """The articles of every language, folded ("the", "la"): a word between a link and its noun."""
    return frozenset(fold(a) for a in lexicon.gather("grammar.articles"))


#: a word right after a link: the possessive before the noun ("in its resolution")
_NEXT_WORD = recache.compile(r"\s*+(\w+)")


def _council_actor(text: str, e: int, rx: CouncilNumber, pat: Patterns, scope: str) -> re.Match[str] | None:
    """The Council's number after its name as the actor of the clause, its text's noun with the
    possessive (the Council named ending at ``e``): "the Security Council, in its resolution
    2254, …", "مجلس الأمن، في قراره 2254", "安理会在其第2254号决议中" (the number in group ``n``)."""
    gap = pat.actor_gap_bare.match(text, e)
    if gap is None:
        return None
    at = gap.end()
    word = _NEXT_WORD.match(text, at)
    if word is not None and "\u3040" <= word.group(1)[0] <= "\u9fff":
        # (a script without spaces: the possessive glued before the marked number, "在其第…号决议")
        poss = next((p for p in pat.possessives if text.startswith(p, word.start(1))), None)
        start = word.start(1) + len(poss) if poss is not None else word.start(1)
        m = rx.marked.match(text, start) if rx.marked is not None else None
        if m is not None and poss is None and not text.startswith(actor_close(scope), m.end()):
            return None  # (no possessive: the frame's closing word after the noun, "在第2334号决议中")
        return m
    if word is None:
        return None
    if fold(word.group(1)) in pat.possessives:
        return rx.after.match(text, word.end())  # "in its resolution 2254"
    if fold(word.group(1)) in pat.possessive_nouns:
        # "في قراره 2254": the possessive glued to the noun (whose pattern reads the blanks before it)
        at = word.start(1)
        while at > e and text[at - 1].isspace():
            at -= 1
        return rx.after.match(text, at)
    # (… or the noun without a possessive, an article perhaps before it: "the Security Council, in
    # resolution 2254, …", "Совет Безопасности в резолюции 2254", "مجلس الأمن في القرار 2254")
    if fold(word.group(1)) in _articles():
        at = word.end()
    while at > e and text[at - 1].isspace():
        at -= 1
    return rx.after.match(text, at)


_WORD = recache.compile(r"\w+")


def _council_subject(
    text: str,
    s: int,
    e: int,
    bodies: list[tuple[int, int, str]],
    rx: CouncilNumber,
    pat: Patterns,
    scope: str,
) -> re.Match[str] | None:
    """The Council's number after the first noun with a possessive of its gender in the clause
    whose verb, written first, has the Council (named at ``s``–``e``) as its subject, no other body
    named between: "ووضع مجلس الأمن البرنامج في عام 1995 ضمن قراره رقم 986" (group ``n``)."""
    if not verb_first_before(text, s, scope):
        return None
    gap = CLAUSE_GAP.match(text, e)
    limit = min(gap.end() if gap is not None else e, e + SUBJECT_REACH)
    limit = min([limit] + [bs for bs, _be, _k in bodies if e <= bs < limit])
    if (g := patterns(scope).generic_name.search(text, e, limit)) is not None:
        limit = g.start()
    if other_actor_between(text, e, limit, pat):
        return None
    for w in _WORD.finditer(text, e, limit):
        poss = pat.possessive_nouns.get(fold(w.group()))
        if poss is None or not gender_fits(("SC", None), poss, pat):
            continue
        at = w.start()
        while at > e and text[at - 1].isspace():
            at -= 1
        m = rx.after.match(text, at)
        return m if m is not None and m.end("n") <= limit else None
    return None


@functools.lru_cache(maxsize=16)
def actor_close(lang: str) -> tuple[str, ...]:
    """The words that close the actor's frame after the text's noun (zh "中": "安理会在第2334号决议
    中"; the language's ``grammar.actor_close``): the possessive may be left out before the number."""
    return tuple(lexicon.gather("grammar.actor_close", lexicon.scope(lang)))


#: the rule of a Council's number alone in the sentence after the one that names the Council
_NEXT_SENTENCE_RULE = (
    "Security Council number without its year, in the sentence after the Council's dated one"
)
#: Most words between a number and the short name of the subject it is the text of ("In resolution
#: 2473, the Assembly …")
_SUBJECT_WORDS = 2


@functools.lru_cache(maxsize=8)
def _news_dated(lang: str) -> re.Pattern[str]:
    """A month and its year, or the day of the news ("اليوم الاثنين", "أمس"; ``grammar.adoption_time``),
    in the languages of ``lang``'s scope: a sentence of the Council's action told as news."""
    langs = lexicon.scope(lang)
    times = lexicon.gather("grammar.adoption_time", langs)
    return recache.compile(rf"{month_year_regex(langs)}|(?<!\w)(?:{'|'.join(times) or '(?!)'})(?!\w)")


def _council_next_sentence(
    text: str,
    s: int,
    e: int,
    bodies: list[tuple[int, int, str]],
    rx: CouncilNumber,
    pat: Patterns,
    scope: str,
) -> list[re.Match[str]]:
    """The Council's numbers alone (no year, no body named) after the noun in the sentence right
    after the one that names the Council at ``s``–``e`` with a date: "Recalling that on 22 December
    2017 the Security Council adopted a resolution on the question. Resolution 2397 requests …"
    (each number in group ``n``: the first, and those listed after it without their year); none
    when the Council's sentence holds no date (a month and its year, the day of the news count: "مدد
    مجلس الأمن عمل الفريق حتى آذار/مارس 2025. وطلب القرار الذي يحمل الرقم 2729 …"), or the next one
    names a body (by its short name too: "In its resolution 2473, the Assembly …", unless a
    council's), or no such number."""
    stop = SENTENCE_END.search(text, e, min(len(text), e + SENTENCE_REACH))
    if stop is None:
        return []
    after = stop.end()
    # (… the next paragraph's first sentence too, as news go on: the blank lines before it passed)
    while after < len(text) and text[after].isspace():
        after += 1
    end = SENTENCE_END.search(text, after, min(len(text), after + SENTENCE_REACH))
    hi = end.start() if end is not None else min(len(text), after + SENTENCE_REACH)
    if "\n\n" in text[after:hi]:
        hi = text.index("\n\n", after, hi)
    if any(after <= bs < hi for bs, _, _ in bodies):
        return []  # (a body named there: the number is that body's, or found with it)
    m = rx.own.search(text, after, hi) if rx.own is not None else None
    if m is None and rx.own_marked is not None:
        m = rx.own_marked.search(text, after, hi)
    if m is None or m.groupdict().get("y"):
        return []
    # (the Council's sentence holds a date — looked for last, the dearest look)
    lo = max(0, s - SENTENCE_REACH)
    begin = max((d.end() for d in SENTENCE_END.finditer(text, lo, s)), default=lo)
    begin = max(begin, text.rfind("\n\n", lo, s) + 1)
    if search_dated(pat.date, text, begin, stop.start()) is None and not _news_dated(scope).search(
        text, begin, stop.start()
    ):
        return []
    generic_names = lexicon.load().generic_names
    before = text[max(after, m.start() - 12) : m.start()].split()
    owned = bool(before) and fold(before[-1]) in pat.possessives
    for g in pat.generic_name.finditer(text, after, hi):
        if generic_names.get(fold(g.group())) in (None, "council"):
            continue
        if g.start() < m.start() or owned or len(text[m.end() : g.start()].split()) <= _SUBJECT_WORDS:
            # ("The Assembly, in resolution 2473, …", "In its resolution 2473, the Assembly …", "В
            # резолюции 2473 Ассамблея …": another body's short name as the number's owner)
            return []
    found = [m]
    # (… and the numbers listed after it without their year, after a plural noun: "Resolutions 2473
    # and 2474 renewed …"; not "resolution 2473, 2500 troops …")
    plural = any(fold(w) in pat.list_nouns for w in text[m.start() : m.start("n")].split())
    nxt = rx.own_more.match(text, m.end()) if rx.own_more is not None and m.re is rx.own and plural else None
    while nxt is not None and nxt.end() <= hi and not nxt.group("y") and not STOP.on:
        if int(nxt.group("n")) <= int(found[-1].group("n")):
            break  # (the Council's order: a smaller number is no item of the list)
        found.append(nxt)
        nxt = rx.own_more.match(text, nxt.end())  # type: ignore[union-attr]
    if m.re is rx.own_marked:
        # (… each marked number of the list up to the noun: "第2473号和第2474号决议")
        for more in rx.own_marked.finditer(text, m.end(), hi):
            gap = text[found[-1].end() : more.start()]
            joint = gap.strip(" \t,\u3001")
            if (joint or gap.strip(" \t") not in (",", "\u3001")) and list_word_first().fullmatch(
                joint
            ) is None:
                break
            found.append(more)
    return found


#: the rule of a Council's number without its year in brackets but with its date or year after it,
#: in the sentence that names the Council before it
_DATED_IN_SENTENCE = "Security Council number, its date or year after it, in the Council's sentence"


#: Most characters between a date and the name of another body after it, its owner
_OTHER_AFTER = 16


def _council_dated_in_sentence(
    text: str, e: int, bodies: list[tuple[int, int, str]], rx: CouncilNumber, pat: Patterns, lang: str
) -> list[tuple[re.Match[str], str]]:
    """The Council's numbers without their year in brackets but with their full date or their year
    after them, in the rest of the sentence that names the Council (ending at ``e``) — the news'
    and third parties' way: "Le Conseil de sécurité a reconduit les mesures imposées par la
    résolution 2206 du 3 mars 2015", "la resolución 2542 de 2020" (each with its year).  Only where
    the year fits the Council's numbering (a number of another body's old series, "resolution 1514
    of 14 December 1960", does not), up to the next body named, and not a number a body's name
    follows."""
    if rx.own is None:
        return []
    stop = SENTENCE_END.search(text, e, min(len(text), e + SENTENCE_REACH))
    hi = stop.start() if stop is not None else min(len(text), e + SENTENCE_REACH)
    if "\n\n" in text[e:hi]:
        hi = text.index("\n\n", e, hi)
    others = [bs for bs, _, key in bodies if e <= bs < hi + _OTHER_AFTER and key != "SC"]
    hi = min([hi, *others])
    found: list[tuple[re.Match[str], str]] = []
    for m in rx.own.finditer(text, e, hi):
        if STOP.on:
            break
        if m.group("y") or not m.group("n").isdigit():
            continue
        tail = pat.item_tail.match(text, m.end())
        if tail is None or tail.group("body") or tail.group("gen"):
            continue
        if tail.group("date"):
            date = parse_date(tail)
            year = date[:4] if date is not None else None
            end = tail.end()
        elif (y := year_link(lang).match(text, m.end())) is not None:
            # (… or its year alone: "la resolución 2542 de 2020")
            year, end = y.group("year"), y.end()
        else:
            continue
        if any(end <= bs <= end + _OTHER_AFTER for bs in others):
            continue  # (another body named after the date: "… de 14 de diciembre de 2007 de la Asamblea …")
        if year is not None and sc_year_plausible(int(m.group("n")), int(year)):
            found.append((m, year))
    return found


#: the rule of a number after the press's noun of the Organization's texts, no body named, dated
_UN_NOUN_DATED = (
    "number after a noun of the Organization's texts, no body named; the Council's numbering fits its year"
)


@functools.lru_cache(maxsize=8)
def _un_noun(lang: str) -> re.Pattern[str] | None:
    """A number right after a noun that the press's adjective makes the Organization's text, no body
    named with it ("القرار الدولي رقم 2334"), its number's word perhaps between; not a number a
    bracket, a slash or another figure goes on with."""
    langs = lexicon.scope(lang)
    nouns = lexicon.gather("grammar.un_nouns", langs)
    if not nouns:
        return None
    signs = lexicon.gather("footnotes.number", langs)
    sign = rf"(?:(?:{lexicon.alternation(signs)})\s*+)?" if signs else ""
    return recache.compile(
        rf"(?<!\w)(?:{lexicon.alternation(nouns)})\s++{sign}(?P<n>[1-9]\d{{0,3}})(?![\d/\-]|\.\d|\s*+[(\[])"
    )


def _un_noun_dated(
    text: str, bodies: list[tuple[int, int, str]], pat: Patterns, lang: str, done: set[int]
) -> list[Raw]:
    """Numbers after a noun of the Organization's texts with no body named ("وطالب البيان بتطبيق
    القرار الدولي رقم 2334 الصادر في 23 كانون الأول/ديسمبر 2016", "… رقم 2334 لعام 2016"): the
    number and the Assembly's old series are both possible, so only the date or the year written
    with it decides — the Council's number where the Council's numbering fits that year (a year
    none fits, "القرار الدولي رقم 194 الصادر في … 1948", leaves it unread). No body may be named
    near it: a body's name before or after the number is its own rules' to read."""
    rx = _un_noun(lang)
    if rx is None:
        return []
    found: list[Raw] = []
    for m in rx.finditer(text):
        if STOP.on:
            break
        if m.start("n") in done:
            continue
        tail = pat.item_tail.match(text, m.end())
        if tail is not None and (tail.group("body") or tail.group("gen")):
            continue
        date: str | None = None
        if tail is not None and tail.group("date"):
            date = parse_date(tail)
            year, end = (date[:4] if date is not None else None), tail.end()
        elif (y := year_link(lang).match(text, m.end())) is not None:
            year, end = y.group("year"), y.end()
        else:
            continue
        if year is None or not sc_year_plausible(int(m.group("n")), int(year)):
            continue
        if any(m.start() - NOUN_REACH <= bs <= end + _OTHER_AFTER for bs, _, _ in bodies):
            continue  # (a body named beside it: its own rules read it)
        raw = Raw(m.start("n"), m.end("n"), "symbol", symbol=f"S/RES/{m.group('n')}({year})")
        raw.rule = _UN_NOUN_DATED
        raw.evidence.append(f"noun: {m.group()[: m.start('n') - m.start()].strip()}")
        raw.date = date
        done.add(m.start("n"))
        found.append(raw)
    return found


#: the rule of a number after a council's short name whose council the text named last is the Security Council
_GENERIC_COUNCIL = "Security Council number without its year, after the short name of the council named last"
#: most characters between the Council's name and its short name before such a number
_GENERIC_REACH = 600


def _generic_council(
    text: str, bodies: list[tuple[int, int, str]], rx: CouncilNumber, pat: Patterns, done: set[int]
) -> list[Raw]:
    """Numbers without their year after the noun and a council's short name ("وبعد انتهاء الحرب
    حدد قرار المجلس 687 شروط وقف إطلاق النار", "… بموجب قرار المجلس رقم 687"), where the council
    the text named last before it, shortly before, is the Security Council: the Council's, as the
    short name of a council points back to the last council named (its year from the numbering;
    another council named last, "مجلس حقوق الإنسان … قرار المجلس 31/35", is the resolver's)."""
    if not any(key == "SC" for _, _, key in bodies):
        return []
    names = lexicon.load()
    councils = [(bs, be, key) for bs, be, key in bodies if names.bodies[key].generic == "council"]
    found: list[Raw] = []
    for g in pat.generic_name.finditer(text):
        if STOP.on:
            break
        if names.generic_names.get(fold(g.group())) != "council":
            continue
        # (the number after it first: most short names stand before none)
        m = rx.number_after.match(text, g.end())
        if m is None or m.start("n") in done:
            continue
        last = max((c for c in councils if c[1] <= g.start()), default=None)
        if last is None or last[2] != "SC" or g.start() - last[1] > _GENERIC_REACH:
            continue
        if not rx.noun_before.search(text, max(0, g.start() - NOUN_REACH), g.start()):
            continue
        raw = _council_number(text, m, g.end(), g.start(), pat, None)
        raw.rule = _GENERIC_COUNCIL
        raw.evidence.append(f"council named last: {text[last[0] : last[1]]}")
        done.add(m.start("n"))
        found.append(raw)
    return found


def _past_year(text: str, m: re.Match[str], scope: str) -> int:
    """Where the Council's number ``m`` ends, or past the year alone after it, linked by a word of
    its date, where its numbering allows that year ("Security Council resolutions 1850 of 2008 and
    1860 of 2009": the list goes on past the year)."""
    y = year_link(scope).match(text, m.end("n"))
    if y is None or not sc_year_plausible(int(m.group("n")), int(y.group("year"))):
        return m.end()
    return y.end()


def find_sc_numbers(text: str, seg: Segments, bodies: list[tuple[int, int, str]]) -> list[Raw]:
    """Security Council resolutions named by their number alone ("Security Council resolution
    2240 of 9 October 2015"), read around each mention of the Council in ``bodies``: a symbol
    ``S/RES/<n>``, whose year the resolver takes from the date written with it (or the
    numbering), else it is kept unresolved with the reason."""
    rx: CouncilNumber | None = None
    pat = patterns(seg.scope)
    out: list[Raw] = []
    latest: list[int | None] = []  # (the latest year of the text's dates, looked for at need)
    marked_bodies = _bare_shape_bodies()
    celled = "|" in text or "\t" in text  # (a table's rows are looked for only in a text with cells)
    for s, e, key in bodies:
        if key in marked_bodies and not STOP.on:
            rx = rx or council_number(seg.scope)
            _marked_number(text, s, e, key, rx, pat, out)
        if key != "SC" or STOP.on:
            continue
        if celled and (rows := council_table_rows(text, s, e, pat)):
            # "Security Council resolutions⏎Resolution | Date⏎2231 | 20 July 2015": the rows of
            # the table its heading line names it over
            out.extend(rows)
            continue
        rx = rx or council_number(seg.scope)
        m = rx.after.match(text, e)
        if m is None and pat.subject_session is not None and (gap := pat.subject_session.match(text, e)):
            # "اعتمد مجلس الأمن بالإجماع القرار 2371": the subject of a verb written first, the
            # session or the manner of the adoption between it and the text's noun
            at = gap.end()
            while at > e and text[at - 1].isspace():
                at -= 1  # (the noun's pattern reads the blanks before it)
            m = rx.after.match(text, at)
        if m is None and rx.marked is not None:
            m = rx.marked.match(text, e)
        if m is None and rx.noun_marked is not None and (m := rx.noun_marked.match(text, e)) is not None:
            # "安理会决议2334号和2254号": the noun before the marked numbers, as the press writes them
            assert rx.noun_marked_more is not None
            while (nxt := rx.noun_marked_more.match(text, m.end())) is not None and not STOP.on:
                out.append(_council_number(text, m, e, s, pat, None))
                m = nxt
        if m is None and rx.noun_before.search(text, max(0, s - NOUN_REACH), s):
            m = rx.number_after.match(text, e)  # "قرار مجلس الأمن 2240"
        if m is not None and rx.more is not None and m.start("n") >= e:
            # "Security Council resolutions 2242, 2250 and 2493": the numbers before the last (in
            # the Council's order: a smaller number after them is not one of the list)
            # (… but the Council named for the list, a smaller number set off by a blank is the
            # list's as written: "قرارات مجلس الأمن 242، 338، 425، 252، 478", as the lists with
            # years after the name above)
            nxt = more_council(text, _past_year(text, m, seg.scope), rx.more, pat)
            while (
                nxt is not None
                and (int(nxt.group("n")) > int(m.group("n")) or _set_off(text, nxt))
                and not STOP.on
            ):
                out.append(_council_number(text, m, e, s, pat, None))
                m = nxt
                nxt = more_council(text, _past_year(text, m, seg.scope), rx.more, pat)
        if m is None:
            # "la résolution 2240 du Conseil" (its date perhaps between: "… 2240 du 9 octobre 2015 du …")
            m = rx.behind.search(text, max(0, s - NOUN_REACH - 12 - DATE_WIDTH), s)
        if m is None and rx.behind_topic is not None:
            # "Resolution 1325 on women, peace and security was adopted by the Security Council"
            m = rx.behind_topic.search(text, max(0, s - NOUN_REACH - TOPIC_WIDTH - 60), s)
        if m is None and _council_list(text, s, e, rx, pat, out):
            continue
        if m is None:
            m = _council_agent(text, s, e, rx, pat, seg.scope)
        by_actor = False
        if m is None:
            m = _council_actor(text, e, rx, pat, seg.scope)
            by_actor = m is not None
        if m is None:
            m = _council_calls(text, e, bodies, rx, seg.scope)
        if m is None:
            m = _council_subject(text, s, e, bodies, rx, pat, seg.scope)
        if m is None and (m := _council_adopted(text, e, rx, pat)) is not None:
            # "On 22 December 2017 the Security Council adopted resolution 2397": the news' and
            # articles' sentence, the date of the adoption perhaps before the Council's name
            # (… a list of its numbers after the verb, in the Council's order: "the Security
            # Council adopted resolutions 822, 853, 874 and 884", "принял резолюции 822, 853 …")
            found = [m]
            while (
                rx.more is not None
                and (nxt := more_council(text, found[-1].end(), rx.more, pat)) is not None
                and int(nxt.group("n")) > int(found[-1].group("n"))
                and not STOP.on
            ):
                found.append(nxt)
            before = functools.partial(adoption_date_before, seg.scope)
            d = search_dated(before, text, max(0, s - 60), s)
            for n in found:
                raw = _council_number(text, n, e, s, pat, None)
                if raw.date is None and d is not None:
                    raw.date = parse_date(d)
                out.append(raw)
            continue
        if m is None:
            for nxt in _council_next_sentence(text, s, e, bodies, rx, pat, seg.scope):
                # "On 22 December 2017 the Security Council met on the question. Resolution 2397
                # requests …": the number alone in the sentence after the Council's dated one —
                # one the Council had reached by the latest year of the text's dates
                if not _reached(int(nxt.group("n")), text, pat, latest):
                    continue
                raw = Raw(nxt.start("n"), nxt.end("n"), "symbol", symbol=f"S/RES/{nxt.group('n')}")
                raw.rule = _NEXT_SENTENCE_RULE
                raw.evidence.append(f"Council named in the sentence before: {text[s:e]}")
                tail = pat.item_tail.match(text, nxt.end())
                if tail and tail.group("date"):
                    raw.date = parse_date(tail)
                out.append(raw)
            continue
        symbol = f"S/RES/{m.group('n')}"
        raw = _council_number(text, m, e, s, pat, symbol)
        # the number's date between it and the Council's name ("резолюции № 1373 от 28 сентября
        # 2001 г. Совета Безопасности")
        bd = search_dated(pat.date, text, *m.span("bd")) if m.groupdict().get("bd") else None
        if raw.date is None and bd is not None:
            raw.date = parse_date(bd)
        if raw.date is None:
            # the date of the adoption set off after its noun, before the number's noun or the
            # Council's name ("l'adoption, le 31 octobre 2000, de la résolution 1325 du Conseil de
            # sécurité", "the adoption, on 31 October 2000, of Security Council resolution 1325")
            head = min(m.start(), s)
            an = search_dated(
                functools.partial(adoption_noun_date, seg.scope), text, max(0, head - 160), head
            )
            if an is not None:
                raw.date = parse_date(an)
                raw.evidence.append(_ADOPTION_NOUN_DATE)
            elif m.groupdict().get("lead") and (
                ld := search_dated(
                    functools.partial(adoption_date_before, seg.scope),
                    text,
                    max(0, m.start() - 60),
                    m.start(),
                )
            ):
                # the date right before the link of the clause the Council acts in by the number
                # ("23 декабря 2006 года в резолюции 1737 СБ ООН ввел …", "On 23 December 2006, in
                # resolution 1737, the Security Council imposed …"): the number's
                raw.date = parse_date(ld)
                raw.evidence.append(_LEAD_DATE)
            elif by_actor and (od := _opening_date_apposed(text, s, e, m, seg.scope)) is not None:
                # the date that opens the sentence, the Council's clause of its number set off after
                # its name ("On 28 April 2004, the Security Council, in resolution 1540, decided …",
                # "Le 28 avril 2004, le Conseil de sécurité, par sa résolution 1540, …"): the number's
                raw.date = parse_date(od)
                raw.evidence.append(_OPENING_DATE_APPOSED)
            elif (
                rx.marked is not None
                and m.re is rx.marked
                and (ahead := search_dated(_date_ahead(seg.scope), text, max(0, s - _DATE_AHEAD), s))
            ):
                # the date glued before the Council's name, as the press writes it before a marked
                # number ("根据2015年2月17日安理会第2202号决议"; not set off by a comma)
                raw.date = parse_date(ahead)
                raw.evidence.append(_DATE_BEFORE_NAME)
            elif (
                rx.marked is not None
                and m.re is rx.marked
                and m.start("n") > e
                and (sd := _opening_date_marked(text, s, m, seg.scope)) is not None
            ):
                # the date that opens the sentence, set off by a comma before the Council's name and
                # its verb ("2016年12月23日，安理会通过第2334号决议")
                raw.date = parse_date(sd)
                raw.evidence.append(_SENTENCE_HEAD_DATE)
            elif (
                m.start("n") > e
                and (noun := m.start() + len(m.group()) - len(m.group().lstrip())) >= e
                and (
                    sd := search_dated(
                        functools.partial(sentence_date, seg.scope), text, max(0, noun - 200), noun
                    )
                )
                is not None
            ):
                # the date that opens the sentence before the verb written first and the Council as
                # its subject ("وفي 22 كانون الأول/ديسمبر 2023، اعتمد مجلس الأمن القرار 2720")
                raw.date = parse_date(sd)
                raw.evidence.append(_SENTENCE_HEAD_DATE)
        if (
            raw.date is None
            and raw.symbol == symbol
            and m.end("n") >= e
            and (y := year_link(seg.scope).match(text, m.end("n"))) is not None
            and sc_year_plausible(int(m.group("n")), int(y.group("year")))
        ):
            # its year alone after it, linked by a word of its date ("Security Council resolution
            # 2139 of 2014", "قرار مجلس الأمن رقم 688 لسنة 1991"), where the numbering allows it
            raw.symbol = f"S/RES/{m.group('n')}({y.group('year')})"
            raw.evidence.append(f"year after the number: {y.group('year')}")
        if (
            raw.date is None
            and (br := _SYMBOL_BRACKET.match(text, m.end("n"))) is not None
            and br.group("n") == m.group("n")
            and (tail := pat.item_tail.match(text, br.end())) is not None
            and tail.group("date")
        ):
            # its own symbol in a bracket right after it, the date after the bracket ("Резолюция
            # Совета Безопасности ООН 2231 (код — S/RES/2231), принятая 20 июля 2015 года", as
            # encyclopaedias open their pages): the number's date
            raw.date = parse_date(tail)
            raw.evidence.append(_DATE_PAST_SYMBOL)
        at = text.find(symbol, m.end("n"), m.end("n") + SYMBOL_NEAR)
        if at >= 0 and text.startswith(("(", " ("), at + len(symbol)) and raw.date is None:
            # "S.C. Res. 1325, U.N. Doc. S/RES/1325 (Oct. 31, 2000)": the symbol says it all — not
            # when it has no year ("UNSC Res 1973 (17 March 2011) UN Doc S/RES/1973"), nor when
            # the number has its date and the symbol its year alone ("UNSC Res 2334 (23 December
            # 2016) UN Doc S/RES/2334 (2016)"): the number's date gives it
            continue
        out.append(raw)
        if rx.marked is not None and m.re is rx.marked:
            _marked_again(text, m, s, e, rx, pat, out)
    rx = rx or council_number(seg.scope)
    done = {r.start for r in out}
    for s, e, key in bodies:
        if key != "SC" or STOP.on:
            continue
        for m, year in _council_dated_in_sentence(text, e, bodies, rx, pat, seg.scope):
            if m.start("n") in done:
                continue
            done.add(m.start("n"))
            # "… les mesures imposées par la résolution 2206 du 3 mars 2015": its date's year
            raw = Raw(m.start("n"), m.end("n"), "symbol", symbol=f"S/RES/{m.group('n')}({year})")
            raw.rule = _DATED_IN_SENTENCE
            raw.evidence.append(f"Council named before in the sentence: {text[s:e]}")
            tail = pat.item_tail.match(text, m.end())
            raw.date = parse_date(tail) if tail is not None and tail.group("date") else None
            out.append(raw)
    out.extend(_un_noun_dated(text, bodies, pat, seg.scope, done))
    out.extend(_generic_council(text, bodies, rx, pat, done))
    # (in another body's text, only the numbers of a list that writes some of them with their year)
    out.extend(
        _council_own_numbers(text, seg, bodies, rx, pat, {r.start for r in out}, listed=seg.body != "S")
    )
    if seg.body is None:
        out.extend(_council_marked_later(text, bodies, rx, {r.start for r in out}, seg.scope, pat))
    return out


def _past_its_clause(text: str, named_end: int, pos: int) -> bool:
    """Is ``pos`` past the clause of the body's name that ends at ``named_end``: a sentence's
    end, a line break or a clause's comma between them?"""
    return (
        SENTENCE_END.search(text, named_end, pos) is not None
        or "\n" in text[named_end:pos]
        or _CLAUSE_COMMA.search(text, named_end, pos) is not None
    )


#: the rule of a Council's marked number in a text that names no other body before it
_COUNCIL_ONLY = "Security Council number without its year, the Council the only body named before it"
#: most characters between the Council's last name and such a number
_COUNCIL_ONLY_REACH = 400


def _council_marked_later(
    text: str,
    bodies: list[tuple[int, int, str]],
    rx: CouncilNumber,
    done: set[int],
    scope: str,
    pat: Patterns,
) -> list[Raw]:
    """In a text of no body (news, speeches) that has named the Security Council and no other body
    before, the Council's marked numbers of three figures or more alone in a sentence after the
    Council's ("联合国安理会12日通过第2642号决议。…去年的第2585号决议规定的授权期限已经届满", "…。在
    478号决议中，…"), the Council named shortly before: the Council's (``S/RES/<n>``, its year from
    the numbering); not where another body's name follows the number, nor a number the Council had
    not reached by the latest year of the text's dates ("1971年10月25日…安理会…第2758号决议": the
    Council's 2758 is of 2024; a text that writes no date is not checked)."""
    if not any(key == "SC" for _, _, key in bodies):
        return []
    out: list[Raw] = []
    latest: list[int | None] = []  # (the latest year of the text's dates, looked for once, at need)
    first_other = min((bs for bs, _, key in bodies if key != "SC"), default=len(text))
    if rx.own_marked is None:
        return _council_named_later(text, bodies, rx, done, scope, pat, first_other)
    mark_only = _mark_only(scope)
    found = sorted(
        [
            *rx.own_marked.finditer(text, 0, first_other),
            *(mark_only.finditer(text, 0, first_other) if mark_only else ()),
        ],
        key=lambda m: m.start("n"),
    )
    for m in found:
        if STOP.on:
            break
        if m.start("n") in done or m.groupdict().get("y") or len(m.group("n").lstrip("0")) < 3:
            continue
        done.add(m.start("n"))
        last = max((be for _, be, key in bodies if be <= m.start()), default=-1)
        if last < 0 or m.start() - last > _COUNCIL_ONLY_REACH:
            continue
        if not _past_its_clause(text, last, m.start()):
            # (the Council's own clause: its other rules read it there; a later clause of its
            # sentence, or a bracket in it, is read as the next sentence is: "安理会当天决定…，并请秘书长
            # 按照第2241号决议…", "安理会回顾其…各项决议（第660号决议-第1284号决议）")
            continue
        if any(0 <= bs - m.end() <= _NAME_GAP_AFTER and key != "SC" for bs, _, key in bodies):
            continue  # ("第1号决议 大会…": another body named right after it)
        if not _reached(int(m.group("n")), text, pat, latest):
            continue  # (a number the Council had not reached when the text was written)
        raw = Raw(m.start("n"), m.end("n"), "symbol", symbol=f"S/RES/{m.group('n')}")
        raw.rule = _COUNCIL_ONLY
        raw.evidence.append("the Security Council named before, no other body")
        out.append(raw)
    return out


#: the rule of a Council's number after the noun alone, later in a text that names the Council
#: and no other body before it
_COUNCIL_NAMED_LATER = "Security Council number without its year, the Council named before it, no other body"


def _council_named_later(
    text: str,
    bodies: list[tuple[int, int, str]],
    rx: CouncilNumber,
    done: set[int],
    scope: str,
    pat: Patterns,
    first_other: int,
) -> list[Raw]:
    """In a text of no body (news, statements, articles) that has named the Security Council and
    no other body before, in a language that marks no number, the Council's numbers of three
    figures or more after the noun alone, without their year, in a later clause or sentence, the
    Council named shortly before ("Совбез ООН … . «… является прямым нарушением резолюции 2231 …»",
    "… Совет Безопасности ООН … . … о чем говорится в резолюции 884", "СБ ООН ужесточил санкции,
    приняв резолюцию 1747"), and the numbers listed after the first behind a plural noun ("для
    реализации резолюций 822 и 853"): the Council's (``S/RES/<n>``, its year from the numbering);
    not in the Council's own clause (its other rules read it there), nor after another body's short
    name ("…, а Ассамблея резолюцию 822"), nor where another body's name follows the number, nor a
    number the Council had not reached by the latest year of the text's dates, nor one with its
    date after it (the Council's sentence's rule reads those: "La resolución 2206 de 3 de marzo de
    2015 …" after the Council's sentence is left), nor one whose year after it the Council's
    numbering does not allow, nor one whose sentence writes a year before the Council reached it
    ("В 1971 году … резолюция 2758"), nor one named through a qualifier's clause between the noun
    and the number ("القرار الذي حمل الرقم 2735": the next sentence's rule reads it, after a dated
    sentence of the Council's)."""
    if rx.own is None:
        return []
    out: list[Raw] = []
    latest: list[int | None] = []
    generic_names = lexicon.load().generic_names
    matches: list[re.Match[str]] = list(rx.own.finditer(text, 0, first_other))
    # (… and a list of its numbers in a bracket after the plural noun and its topic: "Все четыре
    # резолюции по этому конфликту (822, 853, 874 и 884) приняты …")
    bracketed = _bracketed_list(scope)
    for b in bracketed.finditer(text, 0, first_other):
        if any(fold(w) in pat.list_nouns for w in b.group("noun").split()):
            matches.append(b)
    matches.sort(key=lambda x: x.start("n"))
    for m in matches:
        if STOP.on:
            break
        if m.start("n") in done or m.groupdict().get("y") or len(m.group("n").lstrip("0")) < 3:
            continue
        if m.re is rx.own and len(text[m.start() : m.start("n")].split()) > _NOUN_AND_MARK:
            continue  # ("القرار الذي حمل الرقم 2735": a qualifier's clause, the next sentence's rule)
        named = max(((bs, be) for bs, be, key in bodies if be <= m.start()), default=None, key=lambda b: b[1])
        if named is None or m.start() - named[1] > _COUNCIL_ONLY_REACH:
            continue
        if not _past_its_clause(text, named[1], m.start()):
            continue  # (the Council's own clause: its other rules read it there)
        if any(
            generic_names.get(fold(g.group())) not in (None, "council")
            for g in pat.generic_name.finditer(text, named[1], m.start())
        ):
            continue  # ("…, а Ассамблея резолюцию 822": another body's short name between)
        opening = None
        if (
            gerund_before(scope).search(text, max(0, m.start() - _GERUND_WIDTH), m.start()) is not None
            and SENTENCE_END.search(text, named[1], m.start()) is None
        ):
            # "24 марта 2007 года СБ ООН ужесточил санкции, приняв резолюцию 1747": the Council the
            # subject of the adoption told by the gerund, the date before its name the number's
            before = functools.partial(adoption_date_before, scope)
            opening = search_dated(before, text, max(0, named[0] - 60), named[0])
        found = [m]
        plural = any(fold(w) in pat.list_nouns for w in text[m.start() : m.start("n")].split())
        more = rx.own_more if plural else None
        if m.re is bracketed:
            more = _BRACKET_ITEM  # (the bracket's next numbers, each after a comma or the list word)
        nxt = more.match(text, m.end()) if more is not None else None
        while more is not None and nxt is not None and not nxt.groupdict().get("y") and not STOP.on:
            if int(nxt.group("n")) <= int(found[-1].group("n")):
                break  # (the Council's order: a smaller number is no item of the list)
            found.append(nxt)
            nxt = more.match(text, nxt.end())
        numbers = [int(n.group("n")) for n in found]
        if m.re is bracketed and all(1945 <= a < 2100 and b == a + 1 for a, b in itertools.pairwise(numbers)):
            continue  # ("резолюции последних лет (2019, 2020 и 2021)": years, one after another)
        for n in found:
            if n.start("n") in done:
                continue
            done.add(n.start("n"))
            number = int(n.group("n"))
            if any(0 <= bs - n.end() <= _NAME_GAP_AFTER and key != "SC" for bs, _, key in bodies):
                break  # ("резолюции 1514 Генеральной Ассамблеи": another body named right after it)
            tail = pat.item_tail.match(text, n.end())
            if tail is not None and tail.group("date") and n is m:
                break  # (its date after it: the rule of the Council's own sentence reads those)
            date = parse_date(tail) if tail is not None and tail.group("date") else None
            if date is None and opening is not None and n is m:
                date = parse_date(opening)
            y = year_link(scope).match(text, n.end("n"))
            year = int(date[:4]) if date else int(y.group("year")) if y is not None else None
            if year is not None and not sc_year_plausible(number, year):
                break  # (a date or a year the Council's numbering leaves out: another body's)
            if not _reached(number, text, pat, latest) or _year_before_reached(text, n, number):
                break  # (a number the Council had not reached when the text was written, or then)
            raw = Raw(n.start("n"), n.end("n"), "symbol", symbol=f"S/RES/{number}")
            raw.rule = _COUNCIL_NAMED_LATER
            raw.evidence.append("the Security Council named before, no other body")
            raw.date = date
            out.append(raw)
    return out


#: the next number of a bracketed list after a comma or a list word (a word of letters)
_BRACKET_ITEM = recache.compile(
    r"\s*+(?:,\s*+(?:[^\W\d]++\s++)?|[^\W\d]++\s++)(?P<n>\d{3,4})(?=\s*+[,)]|\s++[^\W\d])"
)


@functools.lru_cache(maxsize=8)
def _bracketed_list(lang: str) -> re.Pattern[str]:
    """The noun of resolutions, up to five words of its topic after it, then a bracket that opens
    with a list of numbers of three or four figures, a list word before its last ("резолюции по
    этому конфликту (822, 853, 874 и 884)"; the first number in group ``n``, the noun in ``noun``)."""
    langs = lexicon.scope(lang)
    list_and = lexicon.gather("grammar.list_and", langs)
    noun = lexicon.resolution_noun(lang)
    return recache.compile(
        rf"{WORD_START}(?P<noun>{noun})(?:[^\S\n]++[^\W\d][^\s()\d.;:]*+){{0,5}}?[^\S\n]*+\("
        rf"(?P<n>\d{{3,4}})(?=(?:\s*+,\s*+\d{{3,4}})*+\s*+,?\s*+(?:{lexicon.alternation(list_and)})\s++\d{{3,4}}\s*+\))"
    )


#: most words from the noun to the number, its mark included ("резолюции № 884")
_NOUN_AND_MARK = 2


#: a year written in figures
_YEAR_FIGURES = recache.compile(r"(?<![\d/])(?:19|20)\d\d(?![\d/])")


def _year_before_reached(text: str, n: re.Match[str], number: int) -> bool:
    """Whether the sentence of the number ``n`` writes a year before any the Council's numbering
    allows for ``number`` ("В 1971 году была принята резолюция 2758 …": the Council's 2758 is of
    2024, the number another body's); the number itself is no year of the sentence."""
    lo = max(0, n.start() - SENTENCE_REACH)
    start = max((d.end() for d in SENTENCE_END.finditer(text, lo, n.start())), default=lo)
    stop = SENTENCE_END.search(text, n.end(), min(len(text), n.end() + SENTENCE_REACH))
    end = stop.start() if stop is not None else min(len(text), n.end() + SENTENCE_REACH)
    first = min(sc_years_open(number), default=0)
    return any(
        int(y.group()) < first
        for y in _YEAR_FIGURES.finditer(text, start, end)
        if not n.start("n") <= y.start() < n.end("n")
    )


#: most characters between the start of a gerund of adoption and the noun after it
_GERUND_WIDTH = 40


@functools.lru_cache(maxsize=8)
def gerund_before(lang: str) -> re.Pattern[str]:
    """The gerund of an adoption right before the text's noun, an article perhaps between
    ("приняв", "adopting", "en adoptant la"; ``grammar.adoption_gerunds``), searched in a stretch
    that ends at the noun."""
    langs = lexicon.scope(lang)
    gerunds = lexicon.gather("grammar.adoption_gerunds", langs)
    articles = lexicon.gather("grammar.articles", langs)
    if not gerunds:
        return recache.compile("(?!)")
    article = lexicon.alternation(articles) if articles else "(?!)"
    return recache.compile(
        rf"(?<!\w)(?:{lexicon.alternation(gerunds)})\s++(?:(?:{article})(?:\s++|(?<=[\x27\u2019])))?$",
        re.IGNORECASE,
    )


def _reached(number: int, text: str, pat: Patterns, latest: list[int | None]) -> bool:
    """Whether the Council's numbering had reached ``number`` by the latest year of the full dates
    the text writes (news and statements date themselves: "1971年10月25日…安理会…第2758号决议" is
    no Council's 2758, of 2024); true when the text writes no date. ``latest`` keeps that year
    once found (empty until then)."""
    if not latest:
        years = [int(d[:4]) for m in pat.date.finditer(text) if (d := parse_date(m))]
        latest.append(max(years, default=None))
    return latest[0] is None or min(sc_years_open(number), default=0) <= latest[0]


#: a paragraph number's dash after a blank ("1 - يقرر"; "1 -يقرر" as a browser's PDF moves it)
_SPACED_DASH = recache.compile(r"[ \t][-\u2013]")

#: the comma that ends a clause of the Council's sentence, or the bracket that opens an aside in it
_CLAUSE_COMMA = recache.compile(r"[,\uff0c(\uff08]")


@functools.lru_cache(maxsize=8)
def _mark_only(scope: str) -> re.Pattern[str] | None:
    """A number with the mark after it and the noun of resolutions, its mark before it left out, in
    a language that writes both ("在478号决议中"; group ``n``), none elsewhere."""
    marks = lexicon.number_marks(scope)
    if marks is None:
        return None
    prefix, suffix = marks
    noun = lexicon.resolution_noun(scope)
    return recache.compile(rf"(?<![\d/.A-Za-z])(?<!{prefix})(?P<n>\d{{1,4}})\s*+(?:{suffix})\s*+{noun}")


#: most characters between a number's noun and a body's name after it, its adopter
_NAME_GAP_AFTER = 12


#: how far before a list of the Council's numbers in another body's text a body named ends, to be
#: the list's ("General Assembly resolutions …", "大会第…")
_NAME_GAP = 4
#: the rule of a number without its year in a list of the Council's numbers written with theirs
_LISTED_COUNCIL = "the Council's number without its year, in a list of its numbers with their years"


#: the evidence of a Council's number dated by the date that opens the sentence, its clause set off
_OPENING_DATE_APPOSED = (
    "date that opens the sentence, the Council's clause of the number set off after its name"
)
#: a comma right after the Council's name: its clause set off ("the Security Council, in resolution …")
_SET_OFF = recache.compile(r"[ \t]*+,")
#: the stretch before a date that opens its sentence: the sentence's start and one word perhaps
#: (the date's preposition: "On", "Le", "El"), its quotes or bracket perhaps before
_SENTENCE_LEAD = recache.compile(r"(?:^|[.!?;:\n])[\s\"\u00ab\u201c(]*+(?P<w>[^\W\d]*+)[ \t]*+$")
#: how far before a date its sentence's start may be looked for
_LEAD_REACH = 24


@functools.lru_cache(maxsize=16)
def _date_lead_words(lang: str) -> frozenset[str]:
    """The words of one word that introduce a date in ``lang``'s scope ("on", "le", "el"), folded."""
    return frozenset(
        fold(w) for w in lexicon.gather("grammar.date_intro", lexicon.scope(lang)) if " " not in w
    )


def _opening_date_apposed(text: str, s: int, e: int, m: re.Match[str], scope: str) -> re.Match[str] | None:
    """The date that opens the sentence right before the Council's name (at ``s``–``e``), the clause
    that names its number ``m`` set off by a comma after the name ("On 28 April 2004, the Security
    Council, in resolution 1540, decided …"): the Council acted by that number on that date. Not a
    date inside the sentence ("the report of 3 May 2004, the Security Council, …"), nor one the
    Council's numbering leaves out for the number."""
    if _SET_OFF.match(text, e) is None:
        return None
    d = search_dated(functools.partial(adoption_date_before, scope), text, max(0, s - 60), s)
    if d is None or (date := parse_date(d)) is None:
        return None
    lead = _SENTENCE_LEAD.search(text, max(0, d.start() - _LEAD_REACH), d.start())
    if lead is None or (lead.group("w") and fold(lead.group("w")) not in _date_lead_words(scope)):
        return None
    return d if sc_year_plausible(int(m.group("n")), int(date[:4])) else None


#: the rule of the date that opens the sentence of the Council's adoption
_SENTENCE_HEAD_DATE = "date that opens the sentence of the adoption"


def _opening_date_marked(text: str, name: int, m: re.Match[str], scope: str) -> re.Match[str] | None:
    """The date that opens the sentence of the adoption of the Council's marked number ``m``, its
    name at ``name`` (:func:`opening_date`), read past the title mark the number and its noun may
    stand in as a term ("2011年3月17日，安理会通过了《第1973号决议》")."""
    marked = "tm" in m.re.groupindex and m.start("tm") >= 0
    # (the sentence read up to the mark: its number's own prefix may be left out there)
    return opening_date(text, name, m.start("tm") if marked else m.start("n"), scope, after_letter=True)


#: how far before a marked number of the Council's its date may start
_DATE_AHEAD = 40


@functools.lru_cache(maxsize=16)
def _date_ahead(lang: str) -> re.Pattern[str]:
    """A date that ends right before a position (blanks between): a marked number's, written
    before it ("2003年7月28日第1493号决议")."""
    return recache.compile(rf"(?:{date_regex(lexicon.scope(lang))})\s*+$", re.IGNORECASE)


_SC_OWN_ID = recache.compile(r"S/RES/(\d{1,4})\((\d{4})\)")


def _council_own_numbers(
    text: str,
    seg: Segments,
    bodies: list[tuple[int, int, str]],
    rx: CouncilNumber,
    pat: Patterns,
    done: set[int],
    listed: bool = False,
) -> list[Raw]:
    """In a text of the Security Council, its numbers without their year after the noun alone
    ("its resolution 2368", "its resolutions 1267 (1999), 1989 and 2253 (2015)", "第1989号决议"):
    the Council's, as ``S/RES/<n>`` whose year the resolver takes from the numbering (else
    unresolved with the reason); its own number is its own id.  Not after another body's name
    ("General Assembly resolution 377"), nor where a body's name follows the number.  With
    ``listed`` (another body's text), only the numbers of a list that writes one of its numbers
    at least with its year, as the Council's numbers are written ("resolutions 1325 and 1820
    (2008)", "第1325号和第1820(2008)号决议")."""
    own = None if listed else _SC_OWN_ID.fullmatch(seg.self_id or "")
    rule = _LISTED_COUNCIL if listed else "the Council's number without its year, in its own text"
    ends = sorted(e for _, e, key in bodies if key != "SC")
    starts = sorted(s for s, _, _ in bodies)
    out: list[Raw] = []

    def named_near(lo: int, hi: int) -> bool:
        if listed:
            lo = max(lo, hi - _NAME_GAP)  # (another body's text names bodies all along: the noun's own)
        i = bisect.bisect_left(ends, lo)
        return i < len(ends) and ends[i] <= hi  # another body named before the noun

    key_at = {bs: key for bs, _, key in bodies}
    sc_spans = [(bs, be) for bs, be, key in bodies if key == "SC"]

    def sc_named(noun: int, last: int) -> bool:
        """Is the Council named right before the list's noun, or right after its last number?"""
        return any(0 <= noun - be <= _NAME_GAP or 0 <= bs - last <= 12 for bs, be in sc_spans)

    def body_after(pos: int) -> bool:
        i = bisect.bisect_left(starts, pos)
        if i < len(starts) and starts[i] - pos > 12 and not listed:
            # (… its adopter named after a longer link, the number's tail: "resolution 1541
            # adopted by the General Assembly on …", "القرار 1541 الذي اتخذته الجمعية العامة")
            tail = pat.item_tail.match(text, pos)
            return tail is not None and tail.start("body") == starts[i] and key_at[starts[i]] != "SC"
        if not (i < len(starts) and starts[i] - pos <= 12):
            return False
        if listed and key_at.get(starts[i]) == "SC":
            return False  # ("resolutions 1325 and 1889 (2009) of the Security Council": its own)
        # (not a body that opens the list's next item: "… 1889 (2009) and Economic and Social
        # Council resolution 2009/12")
        return list_word_first().fullmatch(text[pos : starts[i]].strip(" \t\n,")) is None

    def add(m: re.Match[str], rule: str) -> None:
        n = m.group("n")
        if m.start("n") in done or m.groupdict().get("y") or int(n) == 0 or (listed and len(n) < 3):
            return
        before = text[max(0, m.start("n") - 20) : m.start("n")].rstrip(" \t")
        after = text[m.end("n") : m.end("n") + 2]
        if (after[:1] in (".", "-", ")") or _SPACED_DASH.fullmatch(after)) and (
            not before or before[-1] == "\n"
        ):
            # a paragraph's number opening its line ("1. Decides", "1- يقرر", and the official
            # Arabic "1 - يقرر", its dash set off by a blank, as a PDF's line under the clause
            # before gives it: "… قراره 2417 (2018)،⏎1 - يقرر")
            return
        symbol = f"S/RES/{n}({own.group(2)})" if own and own.group(1) == n else f"S/RES/{n}"
        raw = Raw(m.start("n"), m.end("n"), "symbol", symbol=symbol)
        raw.rule = rule
        raw.evidence.append("a list of the Council's numbers" if listed else "citing body: Security Council")
        tail = pat.item_tail.match(text, m.end())
        if tail and tail.group("date"):
            raw.date = parse_date(tail)
        elif m.re is rx.own_marked and (
            ahead := search_dated(_date_ahead(seg.scope), text, max(0, m.start() - _DATE_AHEAD), m.start())
        ):
            # "2003年7月28日第1493号决议": the date written before the marked number
            raw.date = parse_date(ahead)
        out.append(raw)

    if rx.own is not None:
        for m in _own_matches(text, rx.own, listed):
            if STOP.on:
                break
            if named_near(m.start() - 16, m.start()):
                continue
            items = [m]
            nxt = rx.own_more.match(text, m.end()) if rx.own_more is not None else None
            while nxt is not None and not STOP.on:
                if nxt.group("d") and int(nxt.group("n")) <= int(items[-1].group("n")):
                    break  # (past a date, only a later number of the Council's is the list's)
                items.append(nxt)
                nxt = rx.own_more.match(text, nxt.end())  # type: ignore[union-attr]
            if body_after(items[-1].end()):
                continue  # "resolution 1989 of the General Assembly"
            if listed:
                # (the Council's numbers in their order, three digits at least: not a note's mark
                # after the list's last, "2664 (2022),1" — where the Council is named for the list,
                # a smaller number set off by a blank is the list's as written, "Security Council
                # resolutions 2231 (2015), 1737 and 1929"; unnamed, it may be another body's)
                named = sc_named(m.start(), items[-1].end())
                for k in range(1, len(items)):
                    if (
                        named
                        and int(items[k].group("n")) < int(items[k - 1].group("n"))
                        and _set_off(text, items[k])
                    ):
                        continue
                    if int(items[k].group("n")) <= int(items[k - 1].group("n")):
                        del items[k:]
                        break
                if not any(item.group("y") for item in items):
                    continue
            for k in range(1, len(items)):
                if _count_in_dated_list(text, items[:k], items[k], pat):
                    del items[k:]
                    break
            for item in items:
                add(item, rule)
    if listed and rx.own_more is not None:
        # the noun before the Council's name, a list after it whose first number has its year
        # ("les résolutions du Conseil de sécurité 2231 (2015), 1737 et 1929", "the resolutions of
        # the Security Council 2250 (2015), 1325 and 1820"): its numbers without theirs
        for bs, be, key in bodies:
            if key != "SC" or STOP.on or rx.noun_before.search(text, max(0, bs - NOUN_REACH), bs) is None:
                continue
            first = _NAMED_FIRST.match(text, be)
            if first is None:
                continue
            items = [first]
            nxt = rx.own_more.match(text, first.end())
            while nxt is not None and not nxt.group("d") and not STOP.on:
                if int(nxt.group("n")) <= int(items[-1].group("n")) and not _set_off(text, nxt):
                    break
                items.append(nxt)
                nxt = rx.own_more.match(text, nxt.end())
            for k in range(1, len(items)):
                if _count_in_dated_list(text, items[:k], items[k], pat):
                    del items[k:]
                    break
            if not body_after(items[-1].end()):
                for item in items[1:]:
                    add(item, rule)
    if rx.own_marked is not None:
        runs = [(0, len(text))]
        if listed:
            run_rx = rx.own_marked_run
            runs = [
                r.span() for r in (run_rx.finditer(text) if run_rx else ()) if _COUNCIL_YEAR.search(r.group())
            ]
        for lo, hi in runs:
            for m in rx.own_marked.finditer(text, lo, hi):
                if STOP.on:
                    break
                if named_near(m.start() - 16, m.start()):
                    continue
                add(m, rule)
    return out


#: the first number of a list right after the Council's name, with its year ("… 2231 (2015)")
_NAMED_FIRST = recache.compile(r"[ \t]++(?P<n>\d{3,4})(?P<y>\s*+[(\[]\s?\d{4}\s?[)\]])(?![\w/])")


def _set_off(text: str, item: re.Match[str]) -> bool:
    """Is the list's next number ``item`` set off from the number before by a blank after its
    joint (", 1737", " and 1737"), as a list writes it — not a note's mark glued to it ("),1")?"""
    joint = text[item.start() : item.start("n")]
    return joint[-1:].isspace()


#: a year in brackets, as a number of the Council's list writes it ("(2008)")
_COUNCIL_YEAR = recache.compile(r"[(\[]\s?\d{4}\s?[)\]]")
#: how far before the paragraph of a list's first year the list's noun may stand ("resolution
#: No. ⏎⏎ 1325": blanks of any kind after a number's mark)
_LIST_LEAD = 100


def _paragraph_start(text: str, pos: int, before: tuple[int, int] = (0, 0)) -> int:
    """Where the paragraph of ``pos`` starts: after the last empty line before it (a line of
    blanks at most), else 0.  ``before``: a position before ``pos`` and its paragraph's start,
    known (the lines above that position are not read again)."""
    done, floor = before
    j = pos
    while (k := text.rfind("\n", done, j)) >= 0:
        k2 = text.rfind("\n", 0, k)
        if k2 < 0:
            break
        if k2 + 1 == k or text[k2 + 1 : k].isspace():
            return k + 1
        j = k
    return floor


def _own_matches(text: str, own: re.Pattern[str], listed: bool) -> Iterator[re.Match[str]]:
    """The matches of ``own`` in ``text`` — with ``listed``, only those of the paragraphs that
    hold a year in brackets (a list of the Council's numbers writes one of them with its year,
    and stays in its paragraph): the same as over the whole text, at a fraction of the cost."""
    if not listed:
        yield from finditer_words(own, text)
        return
    years: list[int] = []
    for bracket in "([":  # (plain looks for the brackets: far quicker than the pattern's search)
        i = text.find(bracket)
        while i >= 0:
            if _COUNCIL_YEAR.match(text, i):
                years.append(i)
            i = text.find(bracket, i + 1)
    years.sort()
    spans: list[tuple[int, int]] = []
    before = (0, 0)  # (the year before and its paragraph's start: the lines above not read again)
    for p in years:
        q = p
        while q > 0 and text[q - 1].isspace():
            q -= 1  # (the number before its year perhaps on the line before: "2240 ⏎(2015)")
        start = _paragraph_start(text, q, before)
        before = (q, start)
        lo = max(0, start - _LIST_LEAD)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], p)
        else:
            spans.append((lo, p))
    pos = 0
    for lo, hi in spans:
        for m in finditer_words(own, text, max(lo, pos)):
            if m.start() >= hi:
                break
            pos = m.end()
            yield m


#: the four digits of a year written alone before a number ("2011年")
_YEAR_DIGITS = recache.compile(r"(?:19|20)\d\d")


def _council_number(text: str, m: re.Match[str], e: int, s: int, pat: Patterns, symbol: str | None) -> Raw:
    """The Council's number in group ``n`` of ``m`` (the Council named at ``s``–``e``), with the
    date written after it or, where the language writes it there, before it."""
    if symbol is None or symbol == f"S/RES/{m.group('n')}":
        # the year alone before the marked number ("安理会2011年第1996号决议"): the number's, when
        # the Council's numbering allows it
        # (… or before the verb of a list's adoption: "安理会于2011年6月通过第1988号和第1989号决议")
        ya = m.groupdict().get("ya") or m.groupdict().get("yb")
        year = _YEAR_DIGITS.search(ya) if ya else None
        if year is not None and sc_year_plausible(int(m.group("n")), int(year.group())):
            symbol = f"S/RES/{m.group('n')}({year.group()})"
    raw = Raw(m.start("n"), m.end("n"), "symbol", symbol=symbol or f"S/RES/{m.group('n')}")
    raw.rule = "Security Council number without its year"
    raw.evidence.append(f"Council named: {text[s:e]}")
    tail = pat.item_tail.match(text, max(m.end(), e))
    if m.end("n") < s and (tail is None or not tail.group("date")):
        # the Council named after the number and its participle, its date after the name with
        # no word, as after the other bodies' names ("резолюцию 1884, принятую Советом
        # Безопасности 27 августа 2009 года"): the tail read from the number, through that name
        whole = pat.item_tail.match(text, m.end("n"))
        if whole is not None and whole.start("body") == s and whole.group("date"):
            tail = whole
    if tail and tail.group("date"):
        raw.date = parse_date(tail)
    elif (td := pat.title_date.match(text, tail.end() if tail else max(m.end(), e))) is not None:
        # the date after the text's title in quotes, as after the other bodies' numbers ("резолюция
        # 2165 Совета Безопасности «…» была принята 14 июля 2014 года")
        raw.date = parse_date(td)
        raw.evidence.append("date after the title in quotes")
    elif (
        pat.place_date is not None
        and (pl := pat.place_date.match(text, tail.end() if tail else max(m.end(), e))) is not None
    ):
        # (… or after the place or the meeting of its adoption: "…, принятая на заседании 23 декабря
        # 2016 года", "…, adopted at its 7853rd meeting on …")
        raw.date = parse_date(pl)
        raw.evidence.append("date after the place of the adoption")
    elif tail and legal_date_ahead(text, tail.end()) and (pd := pat.pin_date.match(text, tail.end())):
        # legal styles: a pinpoint between the number and the bracket of its date
        # ("S.C. Res. 2417, ¶ 5 (May 24, 2018)"), as for the numbers of the other bodies
        raw.date = parse_date(pd)
        raw.pinpoint = WS_RUN.sub(" ", pd.group("pin")) if pd.group("pin") else None
    elif m.start() >= e:  # the date before the number, where the language writes it there
        # (… in words, or in figures after its word: "… ООН от 28.09.2001 № 1373")
        before = search_dated(pat.date, text, e, m.start("n")) or search_dated(
            figures_date(), text, e, m.start("n")
        )
        if before:
            raw.date = parse_date(before)
    if raw.pinpoint is None and pat.pin_after is not None and m.end() > m.end("n"):
        # the pinpoint after the noun that follows the marked number, as for the other bodies'
        # numbers ("安理会第1844号决议第1段", "第751号决议第11段所设委员会")
        pin = pat.pin_after.match(text, m.end())
        if pin is not None:
            raw.pinpoint = pin.group()
    return raw


#: A Security Council resolution's symbol, its year perhaps with it ("S/RES/2334", "S/RES/2334 (2016)")
COUNCIL_SYMBOL = recache.compile(r"S/RES/\d{1,4}(?:\s?\(\d{4}\))?")


def council_list_after(text: str, at: int, date: str, scope: str, pat: Patterns, out: list[Raw]) -> bool:
    """The Council's numbers written alone in a list after its resolution's symbol and date (at
    ``at``, or past a comma there): each a resolution of the Council with the date written after
    it, if any; the list stops at a number with its year (read as such), or the year of ``date``.
    Whether any was read."""
    more = council_number(scope).more
    if more is None:
        return False
    m = more_council(text, at, more, pat) or (
        more_council(text, at + 1, more, pat) if text.startswith(",", at) else None
    )
    found = False
    while m is not None and not STOP.on and m.group("n") != date[:4]:
        raw = Raw(m.start("n"), m.end("n"), "symbol", symbol=f"S/RES/{m.group('n')}")
        raw.rule = "Security Council number without its year"
        raw.evidence.append("list after the Council's symbol")
        end = m.end()
        tail = pat.item_tail.match(text, end)
        if tail and tail.group("date"):
            raw.date = parse_date(tail)
            end = tail.end("date")
        nxt = more.match(text, end)
        if nxt is None and WORD_NEXT.match(text, end):
            break  # "… and 150 other texts": a count, no member
        if nxt is not None and more_council(text, end, more, pat) is None:
            nxt = None  # "… and No. 2400 of the IOM Council": another body's, the list ends
        out.append(raw)
        found = True
        m = nxt
    return found


def council_marked_after(text: str, at: int, scope: str, pat: Patterns, out: list[Raw]) -> bool:
    """The Council's numbers with the number's marks, in a list that goes on from its resolution's
    symbol ending at ``at`` to the noun ("S/RES/2334号和第2250号决议"): each a resolution of the
    Council. Whether any was read."""
    own = council_number(scope).own_marked
    if own is None or pat.bare_and is None:
        return False
    end, found = at, False
    while not STOP.on:
        nxt = own.search(text, end)
        if nxt is None or nxt.start() > end + _MARKED_GAP + _MARKED_DATE:
            break
        # (… a member's own date perhaps before its mark: "S/RES/2334号和2015年12月9日第2250号决议")
        date = None
        if not pat.bare_and.fullmatch(text, end, nxt.start("n")):
            d = pat.date.search(text, end, nxt.start("n"))
            gap = text[end : d.start()] + text[d.end() : nxt.start("n")] if d is not None else ""
            date = parse_date(d) if d is not None and pat.bare_and.fullmatch(gap) else None
            if date is None or not sc_year_plausible(int(nxt.group("n")), int(date[:4])):
                break
        elif nxt.start() > end + _MARKED_GAP:
            break
        raw = Raw(nxt.start("n"), nxt.end("n"), "symbol", symbol=f"S/RES/{nxt.group('n')}")
        raw.rule = "Security Council number without its year"
        raw.evidence.append("list after the Council's symbol")
        raw.date = date
        out.append(raw)
        end, found = nxt.end("n"), True
    return found


#: How much longer the gap before a marked member may be when it holds the member's date
_MARKED_DATE = 16


#: A word next, past blanks (a number that a word follows is no member of a list that ends there)
WORD_NEXT = recache.compile(r"[^\S\n]*+\w")


@functools.lru_cache(maxsize=1)
def _bare_shape_bodies() -> frozenset[str]:
    """The bodies whose texts are numbered by a mark and a number alone ("No. {n}": IOM's)."""
    return frozenset(sh.body for sh in number_shapes() if sh.bare)


def _marked_number(
    text: str, s: int, e: int, key: str, rx: CouncilNumber, pat: Patterns, out: list[Raw]
) -> None:
    """The number of a text of ``key`` (a body numbering its texts by a mark and a number alone)
    named at ``s``–``e`` where the language writes the body before the number: after the number's
    marks and before the noun ("国际移民组织理事会第1309号决议"), or after the noun and the body and
    the number's mark ("резолюция Совета МОМ № 1309")."""
    m = rx.marked.match(text, e) if rx.marked is not None else None
    if m is None and rx.after_mark is not None:
        m = rx.after_mark.match(text, e)  # "IOM Council Resolution No. 1309"
    if m is None and rx.noun_before.search(text, max(0, s - NOUN_REACH), s):
        m = rx.number_after.match(text, e)
        if m is not None and m.start("n") == m.end() - len(m.group("n")) and not _mark_right_before(text, m):
            m = None  # (a bare number after the body: no mark, no text of its numbering)
    found = [m] if m is not None else []
    if m is None and rx.own_marked is not None and (m := rx.own_marked.match(text, e)) is not None:
        # (… a list of them before the noun: "国际移民组织理事会第1309号和第1310号决议")
        found = [m]
        while pat.bare_and is not None and not STOP.on:
            nxt = rx.own_marked.search(text, found[-1].end())
            if (
                nxt is None
                or nxt.start() > found[-1].end() + _MARKED_GAP
                or not pat.bare_and.fullmatch(text, found[-1].end("n"), nxt.start("n"))
            ):
                break
            found.append(nxt)
    for one in found:
        raw = Raw(one.start("n"), one.end("n"), "res", number=one.group("n"))
        raw.body_key = key
        raw.rule = "numbering shape"
        raw.evidence.append(f"body named before: {text[s:e]}")
        tail = pat.item_tail.match(text, one.end())
        if tail and tail.group("date"):
            raw.date = parse_date(tail)
        elif one.start() >= e and (before := search_dated(pat.date, text, e, one.start("n"))):
            raw.date = parse_date(before)
        out.append(raw)


#: How far the next number of a list of marked numbers may start after the one before
_MARKED_GAP = 12


def _mark_right_before(text: str, m: re.Match[str]) -> bool:
    """Does a number's mark stand right before group ``n`` of ``m`` ("№ 1309")?"""
    mark, _ = mark_after_noun()
    head = text[m.start() : m.start("n")].strip()
    return bool(head) and mark.match(f"{head} 1") is not None


#: How far before a body's name the noun of its resolution may stand.
NOUN_REACH = 40
#: the width of a date after its word between a number and the Council's name ("резолюции № 1373
#: от 28 сентября 2001 г. Совета Безопасности")
DATE_WIDTH = 40
#: How far after a Council number its own symbol may follow (legal styles cite both).
SYMBOL_NEAR = 80


#: The rule of a statement read by its year and its number in that year (a collection's links to
#: the statements before and after the text itself have that form too)
STATEMENT_YEAR_RULE = "statement by the President by its year and its number in that year"


def find_statement_years(text: str, scope: str) -> list[Raw]:
    """The Council's President's statements told by their year and their number in it, as copies
    title and cite them ("安理会主席声明2011年第10号": S/PRST/2011/10; see
    :func:`~rescite.grammar.council.statement_years`), where a statement's noun is written."""
    nouns, forms = statement_years(scope)
    out: list[Raw] = []
    if not forms or not any(n in text for n in nouns):
        return out
    for rx in forms:
        for m in rx.finditer(text):
            sym = statement_year_id(m)
            if sym is None:
                continue
            raw = Raw(m.start("year"), m.end(), "symbol", symbol=sym)
            raw.rule = STATEMENT_YEAR_RULE
            raw.evidence.append(f"statement: {m.group(0)}")
            out.append(raw)
    return out


#: A Council number's own symbol in a bracket right after it, a few words before the symbol
#: perhaps ("2231 (S/RES/2231)", "2231 (код — S/RES/2231)"), no year of its own after it
_SYMBOL_BRACKET = recache.compile(r"[ ]?\([^()\n\d]{0,20}?S/RES/(?P<n>\d{1,4})\)")
_DATE_PAST_SYMBOL = "date after the bracket of the number's own symbol"
