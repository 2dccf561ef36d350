"""Find, around a number: the keyword after it, its pinpoint, and the dates read before and after it
(the date of adoption, dated lists, "respectively").
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

from ..grammar import lexicon, recache
from ..grammar.dates import (
    adoption_date_after,
    adoption_date_before,
    date_before_body,
    parse_date,
    search_dated,
)
from ..grammar.lexicon import (
    SUPERSCRIPTS,
    fold,
)
from ..grammar.notes import complement_before
from ..grammar.rules import Patterns
from ..grammar.shapes import list_word_first
from ..grammar.verbs import adoption_noun, back_word
from ..ids import is_year
from .find_base import (
    ANY_BODY,
    LEGAL_QUOTE_SET,
    OTHER_ORGANISATION,
    WORDS,
    WS_RUN,
    Names,
    Raw,
    other_organisation,
    pin_of_next,
    text_noun,
    verb_and_pinpoint_words,
    verb_word,
)

#: how far before the end of an agent's name its adoption's noun may stand ("the adoption by the
#: Conference of the Parties to the United Nations Convention against … on …")
AGENT_NAME_REACH = 160


def adoption_there(text: str, start: int, head: int) -> bool:
    """Is an adoption's noun written from a little before ``start`` (an agent's name) to ``head``
    (the possessive): "the adoption by the Council on …", "通过其" — not "the consideration by"."""
    return adoption_noun().search(text, max(0, start - 40), head) is not None


def adoption_date(
    text: str, head: int, names: Names, lang: str, pat: Patterns, possessive: bool = False
) -> tuple[str, str] | None:
    """The date of the adoption, and the evidence of it, when the clause names its actor, with
    the date, just before the text's noun ("adoptée le 13 décembre 2006 par l'Assemblée
    générale dans sa résolution 61/106", "adopted by the General Assembly on 13 December 2006 in
    its resolution …", "принятую 13 декабря 2006 года Генеральной Ассамблеей в ее резолюции …"): None when
    no body named there is the actor, or no date stands beside its name. A ``possessive`` noun
    after the name needs no link word: "принятие Советом … 12 октября 2023 года его резолюции
    54/9", "باتخاذ مجلس حقوق الإنسان، في 12 … 2023، قراره" (the date then ends the gap; that
    of an agent's adoption, which the numbers of a list after it share)."""
    named = names.body_before(head, pat.actor_gap)
    # (both built only where a body is named: the date after its name, the one before where a
    # year stands before it)
    before = functools.partial(adoption_date_before, lang)
    if named is None and possessive and (named := names.body_before(head, pat.other_gap)) is not None:
        d = adoption_date_after(lang).match(text, named[0], head)
        if d is None or text[d.end() : head].strip(" \t,\u060c") or list_word_first().match(text, head):
            return None
        if not adoption_there(text, named[1], head):
            return None  # ("рассмотрение Советом … 2024 года его резолюций": no adoption's date)
        date = parse_date(d)
        return (date, AGENT_DATE) if date is not None else None
    if named is None:
        return None
    end, start, _key = named
    d = adoption_date_after(lang).match(text, end, head)
    if d is not None and possessive and (date := parse_date(d)) is not None:
        return date, AGENT_DATE  # "人权理事会2023年10月6日通过其第54/9至54/11号决议"
    if d is None:
        d = search_dated(before, text, max(0, start - 60), start)
        if d is not None and pat.period_bound.search(text, max(0, d.start() - 30), d.start()):
            return None  # "since 1 January 2016 the General Assembly in its resolution …"
    date = parse_date(d) if d is not None else None
    return (date, "date of the adoption by the actor named before") if date is not None else None


def gender_fits(named: tuple[str | None, str | None], poss: tuple[str, str], pat: Patterns) -> bool:
    """Is the body ``named`` (key, or generic kind) of the gender of the possessive ``poss``?"""
    key, generic = named
    kind = lexicon.load().bodies[key].generic if key else generic
    return pat.generic_gender.get(poss[0], {}).get(kind or "") == poss[1]


#: A run of blanks no text prints: a footnote block a page break dropped into the sentence,
#: blanked out of it (the offsets kept)
_BLANKED = recache.compile(r"[ \n]{12,}")


def reach_back(text: str, floor: int, s: int, reach: int) -> int:
    """Where a look ``reach`` characters back from ``s`` starts (never before ``floor``), the
    blanks of a footnote block cut out of the sentence not counted: "…和2018年12月17日⏎
    (the block)⏎第73/148号决议" is read as if the block were not there, however long its notes."""
    lo = max(floor, s - reach)
    m = _BLANKED.search(text, lo, s)
    return lo if m is None else max(floor, lo - (m.end() - m.start()))


def keyword_after(
    text: str,
    s: int,
    e: int,
    pat: Patterns,
    ahead: list[int] | None = None,
    blocks: list[tuple[int, int]] | None = None,
) -> tuple[int, str, int, bool, str | None, str | None, int, list[str] | None] | None:
    """The keyword after a number in languages that put it there ("第61/144号和第64/293号决议"):
    (phrase start, noun, phrase start, possessive, no body, date written before the number,
    the noun's end, the dates of a list of dates written before the numbers — one for each
    number or part, in order — or None).

    ``ahead`` (one number, kept by the caller from one number to the next) is where the next
    noun after the numbers stands: looked for once and kept while the numbers come before it,
    so that a long text of numbers without a noun after them is not read ahead from each.
    ``blocks``: the footnote blocks a page break put in the text, read past."""
    if pat.post_noun is None or pat.post_head is None:
        return None
    if ahead is not None:
        if ahead[0] < e:
            nxt = pat.kw_noun.search(text, e)  # every noun the pattern reads, and more
            ahead[0] = nxt.start() if nxt is not None else len(text) + 1
        if ahead[0] > len(text):
            return None  # no noun after this number: none after the next ones either
    noun = pat.post_noun.match(text, e)
    noun_end = noun.end() if noun is not None else -1
    if noun is None and blocks:
        # a page break's footnotes in the list before its noun ("第61/30号、1⏎____⏎1 见…⏎第62/41号
        # 决议"): the noun read on past them
        i = bisect.bisect_left(blocks, (e, -1))
        if i < len(blocks) and blocks[i][0] - e <= _BEFORE_NOTES:
            bs, be = blocks[i]
            noun = pat.post_noun.match(text[e:bs] + text[be : be + _AFTER_NOTES])
            if noun is not None:
                noun_end = e + noun.end() if noun.end() <= bs - e else be + noun.end() - (bs - e)
    if noun is None:
        return None
    before = pat.post_head.search(text, max(0, s - POST_HEAD_REACH), s)
    head, poss, date = s, False, None
    dates: list[str] | None = None
    if before is not None:
        head = before.start() if before.group().strip() else s
        poss = bool(before.group("poss"))
        date = parse_date(before) if before.group("date") else None
        if date is not None and "pdays" in before.re.groupindex and before.group("pdays"):
            dates = _day_dates(text, date, before.group("pdays"), e, noun.start("noun"), pat)
            if dates is None:
                date = None  # days that are not one for each number: none is known to be this one's
        elif date is not None and pat.date_list_end is not None:
            dates = _date_list(text, before.start("date"), date, e, noun.start("noun"), pat)
    if date is None and (db := date_before_body()) is not None:
        # "2010年7月30日大会第64/293号决议": the date before the body's name
        found = search_dated(db, text, max(0, s - 80), s)
        date = parse_date(found) if found is not None else None
    return head, noun.group("noun"), head, poss, None, date, noun_end, dates


#: How far after a number a page break's footnotes may start, and how much after them is read
#: for the noun of the list (languages with the noun after the numbers)
_BEFORE_NOTES = 40
_AFTER_NOTES = 400


CAPITALS = recache.compile(r"[A-Z]")


def _date_list(text: str, ds: int, last: str, e: int, noun: int, pat: Patterns) -> list[str] | None:
    """The dates of a list of dates that ends with ``last`` (at ``ds``), when there are as many of
    them as numbers between ``e`` and the noun at ``noun`` (the first number counted): one for
    each, in order ("分别于2003年12月17日和2008年12月19日通过的第58/112和63/207号决议")."""
    assert pat.date_list_end is not None and pat.loose_number is not None
    dates = dates_before(text, ds, last, pat)
    if len(dates) < 2:
        return None
    dates.reverse()
    # (the numbers after the first: "58/112、60/147和63/207"; a number's parts count for one)
    if 1 + len(pat.loose_number.findall(text, e, noun)) not in (len(dates), 1):
        return None
    return dates


def _day_dates(text: str, first: str, days: str, e: int, noun: int, pat: Patterns) -> list[str] | None:
    """The dates of ``first`` and the ``days`` after it that share its year and month
    ("1960年12月14日和15日"), when there are as many as numbers between ``e`` and the noun at
    ``noun``: one for each, in order."""
    assert pat.loose_number is not None
    dates = [first] + [f"{first[:8]}{int(d):02d}" for d in _DIGITS.findall(days)]
    if any(not 1 <= int(d[8:]) <= 31 for d in dates):
        return None
    if 1 + len(pat.loose_number.findall(text, e, noun)) not in (len(dates), 1):
        return None
    return dates


_DIGITS = recache.compile(r"\d+")
_SPACE = recache.compile(r"\s")


def dates_before(text: str, ds: int, last: str, pat: Patterns) -> list[str]:
    """``last`` (a date at ``ds``) and the dates of the list it ends, from the last back ("3 May
    2012, 9 January 2014 and 28 June 2017": the three, the last first)."""
    assert pat.date_list_end is not None
    dates = [last]
    while len(dates) <= LIST_DATES:
        d = pat.date_list_end.search(text, max(0, ds - 40), ds)
        got = parse_date(d) if d is not None else None
        if d is None or got is None:
            break
        dates.append(got)
        ds = d.start()
    return dates


#: Most dates of a list written before its numbers that are read (a bound on the work).
LIST_DATES = 40


#: How far before a number its possessive, date and topic may stand in languages that put the
#: noun after the number ("其2006年3月15日关于人权理事会的第60/251号决议").
POST_HEAD_REACH = 120
# a slash between digits (one before it is looked at, not taken)
# (… or a Roman figure: "XIV/8", kept for find_roman_sessions, found in the same scan)
_SLASH_DIGIT = recache.compile(r"/(?<=[\dIVXL]/)\d")
# (… or, opening a line of a PDF table, before one space and a capital: "65/206a Moratorium")
_GLUED_NOTE = recache.compile(
    r"\d{1,4}/\d{1,4}[a-z](?=[ ]*+(?:\||\t|\n|$)|[ ]{2})|(?<![^\n])\d{1,4}/\d{1,4}[a-z](?= [A-Z\d])"
)


def items(text: str, pat: Patterns, romans: list[int] | None = None) -> Iterator[re.Match[str]]:
    """Number tokens (``64/293``, ``2200 A (XXI)``, ``1325 (2000)``), in order (and in
    ``romans``, where a slash after a Roman figure stands before a digit: "XIV/8").

    Digits are everywhere in UN texts but slashes and parenthesised sessions or years
    are rare: candidates are found from those (fast literal scans), and the token
    pattern is matched where its digits start."""
    assert pat.open_paren is not None and pat.before_paren is not None
    parens: list[int] = []
    for m in pat.open_paren.finditer(text):
        w = max(0, m.start() - 20)
        b = pat.before_paren.search(text, w, m.start())
        if b:
            parens.append(b.start())
    parens.sort()
    done = -1
    k, n_parens = 0, len(parens)
    # the starts before slashes come in order: read as they are found, not kept in a list
    # (a text of nothing but numbers would hold one for every three characters), and the
    # starts before brackets merged in (at the same place, the slash's first)
    for m in _SLASH_DIGIT.finditer(text):
        i = m.start()
        j = i
        while j > i - 4 and j > 0 and text[j - 1].isdigit():
            j -= 1
        if j == i:
            if romans is not None and text[i - 1] in ROMAN_FIGURES:
                romans.append(i - 1)
            continue  # the digits before each slash start at j
        while k < n_parens and parens[k] < j:
            st = parens[k]
            k += 1
            item = _item_at(text, st, pat) if st >= done else None
            if item:
                done = item.end()
                yield item
        item = _item_at(text, j, pat) if j >= done else None
        if item:
            done = item.end()
            yield item
    for st in parens[k:]:
        item = _item_at(text, st, pat) if st >= done else None
        if item:
            done = item.end()
            yield item


def _item_at(text: str, st: int, pat: Patterns) -> re.Match[str] | None:
    """The number token starting at ``st``, if any."""
    item = pat.item.match(text, st)
    if item is None:
        # a table cell's number with a footnote letter glued on ("71/178a |"; in a PDF row, its
        # cells joined by one space, before a title or a date: "62/149a 18 December 2007")
        glued = _GLUED_NOTE.match(text, st)
        if glued:
            item = pat.item.match(text, st, glued.end() - 1)
    return item


#: How far along its row the cells after a number are read for its date (a title cell, a date cell)
_ROW_CELLS = 400


_SUPERSCRIPT_CHARS = frozenset(SUPERSCRIPTS)


def read_tail(text: str, raw: Raw, pat: Patterns) -> int:
    """Read the body, date and pinpoint written after a number into ``raw``; return where they end."""
    if raw.tail_end >= 0:
        return raw.tail_end
    start = raw.end
    while start < len(text) and text[start] in _SUPERSCRIPT_CHARS:
        start += 1  # a note's mark glued to the number ("46/182¹ of 19 December 1991"): the date after it
    t = pat.item_tail.match(text, start)
    tail_end = raw.end
    if t and t.group("body") and "," in text[start : t.start("body")]:
        # "its resolution 60/251, Human Rights Council resolutions 5/1 and 5/2": a body after the
        # comma that opens the next citation with its noun is that citation's, not this number's
        b_end = t.end("body")
        while b_end < len(text) and text[b_end] in " \t\n":
            b_end += 1
        if pat.kw_noun.match(text, b_end):
            t = None
    if t and t.end() > start:
        if t.group("body"):
            raw.body_key = lexicon.load().body_names.get(fold(t.group("body")))
            raw.evidence.append(f"body after: {WS_RUN.sub(' ', t.group('body'))}")
            if raw.body_key and other_organisation(text, t.start("body"), t.end("body"), pat):
                raw.body_key = OTHER_ORGANISATION
                raw.evidence.append("an organ of another organisation")
        elif t.group("gen") and raw.generic is None:
            # "decision 5/6 adopted by the Conference of the Parties": a short name after the number
            raw.generic = lexicon.load().generic_names.get(fold(t.group("gen")))
            raw.evidence.append(f"short name after: {t.group('gen')}")
            if raw.generic and back_word().search(text, start, t.end("gen")):
                # "resolution 72/6 of that Assembly", "du même Conseil": the body named before
                raw.back = True
                raw.evidence.append("points back to the body named before")
            if pat.other_org_after is not None and pat.other_org_after.match(text, t.end("gen")):
                # "resolution 45/2 of the Assembly of WIPO": that organisation's organ
                raw.generic, raw.body_key = None, OTHER_ORGANISATION
                raw.evidence.append("an organ of another organisation")
        if t.group("date"):
            raw.date = parse_date(t)
            if raw.date and pat.date_all is not None and pat.date_all.search(text, start, t.start("date")):
                raw.evidence.append(ALL_DATE)  # "…, all of 10 December 2018": the list's date
            if raw.date and pat.date_two is not None and pat.date_two.search(text, start, t.start("date")):
                raw.evidence.append(TWO_DATE)  # "…, both of 5 December 2013": the text's before too
        if t.group("pin") and not pin_of_next(text, t.end("pin"), pat):
            raw.pinpoint = WS_RUN.sub(" ", t.group("pin"))
        tail_end = t.end()
        if raw.date is None and t.group("pin") and (pd := pat.paren_date.match(text, tail_end)):
            # legal styles: the bracket of the date after an annex ("G.A. Res. S-26/2, annex (June 27, 2001)")
            raw.date = parse_date(pd)
            tail_end = pd.end()
        if t.group("date") and not (t.group("body") or t.group("gen") or t.group("pin")):
            tail_end = _body_past_date(text, tail_end, raw, pat)
    if (
        (t is None or not (t.group("body") or t.group("gen")))
        and raw.body_key is None
        and pat.other_org_after is not None
        and pat.other_org_after.match(text, start)
    ):
        # "resolution 46/2 of the OIC", "la résolution 46/2 de l'OCI": that organisation's text
        raw.body_key = OTHER_ORGANISATION
        raw.evidence.append("a text of another organisation named after it")
    if (
        (t is None or t.end() == start)
        and raw.body_key is None
        and raw.generic is None
        and pat.back_body is not None
        and (b := pat.back_body.match(text, start)) is not None
    ):
        # "resolution 44/4 of that body", "de cet organe", "de ese órgano": the body named last before
        raw.generic, raw.back = ANY_BODY, True
        raw.evidence.append(f"points back to the body named before: {WS_RUN.sub(' ', b.group(0).strip())}")
        tail_end = max(tail_end, b.end())
    if (t is None or not t.group("body")) and pat.other_org_tail is not None:
        # "resolution 45/2 of the WIPO General Assembly": another organisation's organ after the number
        o = pat.other_org_tail.match(text, start)
        if o is not None and not verb_word((text[o.start() : o.start("body")].split() or [""])[-1]):
            raw.body_key = OTHER_ORGANISATION
            raw.evidence.append(
                f"body after: {WS_RUN.sub(' ', o.group(0).strip())} (an organ of another organisation)"
            )
            tail_end = max(tail_end, o.end())
    if raw.date is None and legal_date_ahead(text, tail_end):
        # legal styles: "G.A. Res. 60/1, ¶ 138 (Oct. 24, 2005)", "Rés. AG 60/1, par. 138 (24 octobre 2005)"
        pd = pat.pin_date.match(text, tail_end)
        if pd:
            raw.date = parse_date(pd)
            if pd.group("pin"):
                raw.pinpoint = raw.pinpoint or WS_RUN.sub(" ", pd.group("pin"))
            tail_end = pd.end()
    if raw.date is None and text.startswith(",", tail_end) and _after_abbreviation(text, raw.start, pat):
        # the Bluebook's chain of an Assembly resolution of the Official Records ("G.A. Res. 2625
        # (XXV), annex, U.N. GAOR, 25th Sess., Supp. No. 28, at 121, U.N. Doc. A/8082 (Oct. 24,
        # 1970)."): the bracket of the date that ends the citation, after its last symbol
        ch = legal_chain(pat.date.pattern, pat.date.flags).match(text, tail_end)
        if ch and pat.chain_break.search(text, ch.start(), ch.start("chain_end")) is None:
            dated_by(raw, ch, "date that ends the legal citation")
    if raw.date is None and text.startswith((",", " ,"), tail_end):
        cd = pat.comma_date.match(text, tail_end)
        if cd:
            tail_end = dated_by(raw, cd, "date after a comma")
    if (
        raw.date is None
        and pat.place_date is not None
        and text.startswith((",", " "), tail_end)
        and (pl := pat.place_date.match(text, tail_end)) is not None
    ):
        # "decision 1/CMA.3, adopted at Glasgow on 13 November 2021": the date of the adoption
        # after its place
        tail_end = dated_by(raw, pl, "date after the place of the adoption")
    if (
        raw.date is None
        and text.startswith((" (", "(", "\uff08"), tail_end)
        and (sy := pat.symbol_then_date.match(text, tail_end)) is not None
    ):
        # "decision 14/CP.27 (FCCC/CP/2022/10/Add.2) of 20 November 2022": the number's date after
        # the symbol in brackets (the symbol is read on its own)
        dated_by(raw, sy, "date after the symbol in brackets")
    if (
        raw.date is None
        and text.startswith(" ", tail_end)
        and text[tail_end + 1 : tail_end + 2].isdigit()
        and (bd := _bare_date(pat.date.pattern, pat.date.flags).match(text, tail_end)) is not None
    ):
        if _adopted_just_before(text, raw.start, pat):
            # "приняла резолюцию 67/19 29 ноября 2012 года": a date with no word, straight after the
            # number the verb of adoption before its noun governs — the day of that adoption
            tail_end = dated_by(raw, bd, "date straight after the number adopted")
        elif (
            pat.bare_date_end is not None
            and pat.bare_date_end.search(bd.group())
            and _no_subject_after(text, bd.end(), pat)
        ):
            # "решение 66/561 4 июня 2012 года": a whole date, its year closed by the year's word,
            # straight after the number (the preposition left out, as copies do) — the number's
            # (not a clause's that opens with it, its subject after: "… 2014 года Комитет отметил")
            tail_end = dated_by(raw, bd, "whole date straight after the number")
    if (
        raw.date is None
        and text.startswith(", ", tail_end)
        and (_after_abbreviation(text, raw.start, pat) or _after_named_body(text, raw.start, pat))
        and (tc := _title_comma_date(pat.date.pattern, pat.date.flags).match(text, tail_end)) is not None
        and " " in tc.group("title").strip()
    ):
        # legal styles: "Res. 217 A (III), Déclaration universelle …, 10 décembre 1948" — the
        # text's title (capitalised, of words: no figure, no full stop) between commas, then the
        # date that ends the clause
        tail_end = dated_by(raw, tc, "date after the title between commas")
    if raw.date is None and (td := pat.title_date.match(text, tail_end)) is not None:
        # "62/208, entitled “…”, of 19 December 2007": the date after the text's title in quotes
        tail_end = dated_by(raw, td, "date after the title in quotes")
    if (
        raw.date is None
        and pat.relative_date is not None
        and (rd := pat.relative_date.match(text, tail_end)) is not None
    ):
        # "2649 (2022), which the Security Council adopted on 30 August 2022": the date of the
        # adoption by the body the clause names
        tail_end = dated_by(raw, rd, "date in the clause that names the adopting body")
    if raw.date is None and text.startswith(("\t", "|", " |"), tail_end):
        # a row whose cells a tab or " | " splits ("Resolutions<TAB>74/239<TAB>20 December 2019",
        # tab stops of a Word paragraph): the first later cell of the row that is a date
        row_end = text.find("\n", tail_end, tail_end + _ROW_CELLS)
        for cell in CELL_SEP.split(text[tail_end : tail_end + _ROW_CELLS if row_end < 0 else row_end])[1:]:
            d = pat.date.fullmatch(cell.strip())
            if d:
                dated_by(raw, d, "date in a cell of the row")
                break
    if t and t.end() > raw.end and raw.date and raw.letter and len(raw.letter) > 1:
        # "49/222 A and B of 23 December 1994 and 20 July 1995": a date for each part
        d2 = pat.second_date.match(text, tail_end)
        if d2:
            second = parse_date(d2)
            if second:
                raw.date2 = second
                tail_end = d2.end()
    if raw.date is None and raw.letter and "-" not in raw.letter and len(CAPITALS.findall(raw.letter)) == 2:
        # "53/217 B and C of 12 April and 14 June 1999": the days of the two parts before the
        # year they share, one for each in order
        days = day_list_at(text, tail_end, pat)
        if days is not None and len(days[0]) == 2:
            raw.date, raw.date2 = days[0]
            raw.evidence.append("a day for each part, in order")
            tail_end = days[1]
    if raw.date and raw.letter and len(raw.letter) == 1 and raw.date2 is None:
        # "49/222 A of 23 December 1994 and B of 20 July 1995": a later part with its own date
        pd = pat.part_date.match(text, tail_end)
        part = pd.group("part") if pd else ""
        part = pat.letter_names.get(part, part) if pat.letter_names else part
        if pd and len(part) == 1 and part > raw.letter:
            second = parse_date(pd)
            if second:
                raw.letter = f"{raw.letter} {part}"
                raw.date2 = second
                raw.evidence.append("a later part with its own date")
                tail_end = pd.end()
    annex_end = t is not None and t.group("pin") is not None and t.end() == tail_end
    if (
        (raw.pinpoint is None or annex_end)
        and text.startswith(",", tail_end)
        and (sp := pat.symbol_pin.match(text, tail_end)) is not None
        and _PIN_END.match(text, sp.end())
    ):
        # "resolution 70/82, para. 9", "la résolution 70/82, par. 9": the pinpoint after the
        # number's comma, where the clause goes on after it (never "…, paragraph 9 of resolution
        # 71/3": that pinpoint is the next number's); it ends the number's words, so a list goes
        # on after it ("70/82, para. 9, and 71/3"); after an annex, the chain ("annex I, para. 39")
        pin = WS_RUN.sub(" ", sp.group("pin"))
        raw.pinpoint = f"{raw.pinpoint}, {pin}" if raw.pinpoint else pin
        tail_end = sp.end()
    elif (
        raw.pinpoint is None
        and text.startswith(("(", " ("), tail_end)
        and (pp := pat.paren_pin.match(text, tail_end)) is not None
    ):
        # "resolutions 70/82 (para. 9) and 71/3": the pinpoint in brackets after the number
        raw.pinpoint = WS_RUN.sub(" ", pp.group("pin"))
        tail_end = pp.end()
    if (
        raw.date is None
        and raw.pinpoint is not None
        and (text.startswith(",", tail_end) or (text.startswith(" ", tail_end) and text[tail_end - 1] == ")"))
        and (pd := pat.pin_then_date.match(text, tail_end)) is not None
    ):
        # "its resolution 70/82, para. 9, of 5 December 2015", "70/82, annex I, of …", "70/82
        # (para. 9) of …": the number's date after its pinpoint
        tail_end = dated_by(raw, pd, "date after the pinpoint")
    if (
        raw.date is None
        and pat.bracket_date is not None
        and text.startswith((")", " )", "\uff09"), tail_end)
        and _bracket_opens_before(text, raw.start)
        and (bd := pat.bracket_date.match(text, tail_end)) is not None
    ):
        # "the decision of the Human Rights Council (decision 55/115), adopted on 4 April 2024":
        # the adoption's date after the bracket that holds the number (and nothing else: its noun
        # perhaps, no other number, no date of its own)
        dated_by(raw, bd, "date of the adoption after the bracket")
    if (
        raw.date is None
        and pat.same_date is not None
        and (sd := pat.same_date.match(text, tail_end)) is not None
    ):
        # "resolution 2023/15 of 25 July 2023 and decision 2023/302 of the same date": the date
        # of the text named before it (given once the list is read)
        raw.evidence.append(SAME_DATE)
        tail_end = sd.end()
    raw.tail_end = tail_end
    return tail_end


def dated_by(raw: Raw, m: re.Match[str], evidence: str) -> int:
    """Set ``raw``'s date from the date ``m`` holds, note the rule that found it, and return where
    ``m`` ends (the tail's new end, for the rules that read on past the date)."""
    raw.date = parse_date(m)
    raw.evidence.append(evidence)
    return m.end()


#: How far before a number the bracket that holds it may open (its noun between: "(decision ")
_BRACKET_NOUN_REACH = 24


def _bracket_opens_before(text: str, start: int) -> bool:
    """Does a bracket open shortly before ``start`` with only words between (its text's noun,
    no figure, no other bracket): the number is the first thing the bracket holds?"""
    lo = max(0, start - _BRACKET_NOUN_REACH)
    op = max(text.rfind("(", lo, start), text.rfind("\uff08", lo, start))
    return op >= 0 and not any(c.isdigit() or c in "()\uff08\uff09" for c in text[op + 1 : start])


#: Where a pinpoint after a number's comma may end: a stop, a bracket's close or the line's end
_PIN_END = recache.compile(r"[ \t]*+(?:[,;:)\]]|\.(?:\s|$)|\n|$)")


def _body_past_date(text: str, at: int, raw: Raw, pat: Patterns) -> int:
    """The body named after a number's date ("decision 27/2 of 22 February 2013 of the Governing
    Council of the United Nations Environment Programme"): set it on ``raw`` and return where its
    name ends, else ``at`` (a body after a comma that opens the next citation with its noun is
    that citation's)."""
    b = pat.item_tail.match(text, at)
    if (b is None or not b.group("body")) and pat.body_past_date is not None:
        # (… with its own link word: "74/3, adopted on 16 May 2018 by the Economic and Social
        # Commission for Asia and the Pacific")
        b = pat.body_past_date.match(text, at)
    if b is None or not b.group("body") or ("date" in b.re.groupindex and b.group("date")):
        return at
    b_end = b.end("body")
    if "," in text[at : b.start("body")]:
        while b_end < len(text) and text[b_end] in " \t\n":
            b_end += 1
        if pat.kw_noun.match(text, b_end):
            return at
    raw.body_key = lexicon.load().body_names.get(fold(b.group("body")))
    raw.evidence.append(f"body after the date: {WS_RUN.sub(' ', b.group('body'))}")
    if raw.body_key and other_organisation(text, b.start("body"), b.end("body"), pat):
        raw.body_key = OTHER_ORGANISATION
        raw.evidence.append("an organ of another organisation")
    if "pin" in b.re.groupindex and b.group("pin"):
        raw.pinpoint = WS_RUN.sub(" ", b.group("pin"))
    return b.end()


def act_before(text: str, s: int, pat: Patterns) -> bool:
    """Is the word before ``s`` (a number word between them allowed) the noun of a State's act or
    a pinpoint's word ("Law 1325 (2000)", "Decree No. 1820 (2008)", "Article 2467 (2019)")?"""
    words = list(WORDS.finditer(text, max(0, s - 30), s))
    if not words:
        return False
    last = words[-1]
    gap = text[last.end() : s].strip()
    if gap and fold(gap) in pat.number_words:
        gap = ""  # "Закон № 1325 (2000)": the number word is no word of WORDS
    elif fold(last.group() + gap) in pat.number_words and len(words) > 1:
        # "Decree No. 1820 (2008)": the word before the number word
        gap = text[words[-2].end() : last.start()].strip()
        last = words[-2]
    if gap:
        return False
    word = fold(last.group())
    if word in pat.act_words or word in verb_and_pinpoint_words():
        return True
    # (… or the noun, then its adjective: "code budgétaire 2419 (2018)", "Ley Orgánica 1325 (2000)")
    return (
        len(words) > 1
        and not text[words[-2].end() : last.start()].strip()
        and fold(words[-2].group()) in pat.act_words
    )


def organisation_before(text: str, head: int, pat: Patterns) -> bool:
    """Is another organisation's short name in capitals, or a word of a State's organ, written
    right before ``head``, a text's noun ("the OSCE decision 12/3", "Ministerial decision
    2019/112"; the lexicons' ``grammar.organisation_before_noun``)?"""
    if pat.org_before_noun is None:
        return False
    b = pat.org_before_noun.search(text, max(0, head - 32), head)
    return b is not None and not verb_word(b.group())


#: how far before a noun's head the name of an adoption's subject may end (its session between:
#: "el Consejo de Derechos Humanos, en su 50º período de sesiones, aprobó la resolución …", the
#: session's place and dates too: "…, at its fiftieth session, held in Geneva from 13 June to
#: 8 July 2022, adopted resolution …")
ADOPT_REACH = 150
#: How far before a symbol-shaped code the noun of a thing it names may start ("serial number A/320")
CODE_NOUN_REACH = 40
#: … a code's shape: a series and numbers only ("A/320", "S/12/2019"), never a document's parts of
#: letters ("the model A/CN.9/1012", "del modelo A/CN.9/1012": the document)
CODE_SHAPE = recache.compile(r"[A-Z]{1,3}(?:/\d{1,5})+")
#: How far before a symbol the phrase of a United Nations document may start ("U.N. Doc. ")
LABEL_REACH = 30
#: A year written in the words between an adoption's subject and its verb
CLAUSE_YEAR = recache.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
#: the evidence of another organisation's organ or a State's as the clause's actor
ORG_ACTOR = "an organ of another organisation or of a State as the clause's actor"
#: how far before a noun's head an organ's word and its link or verb may start (its name, the
#: adoption's date between: "the National Commission for Human Rights, on 8 June 2019, adopted")
_ORG_ACTOR_REACH = 100
_ORG_VERB_REACH = 30  # (the verb's word before an organ's name)


#: the evidence of a number whose noun, after the list word, takes the owner of the number before
OWNER_BEFORE = "owner of the number before, its noun after the list word"


#: the evidence of a number whose body is named after the next noun's number ("decisions 46/115
#: and 46/116 and resolution 46/2 of the Council")
BODY_AFTER_NEXT = "body after the number of the next noun: "
_LEAD_DIGITS = recache.compile(r"\d+")
_SESSION_SEQ = recache.compile(r"(\d{1,4})/(\d{1,4})")


def same_shape(number: str | None, other: str | None) -> bool:
    """Are ``number`` and ``other`` of one shape, the first element a year in both or in neither
    ("49/116" and "49/27"; not "2023/205" and "46/2")?"""
    if number is None or other is None or shape(number) != shape(other):
        return False
    a, b = _LEAD_DIGITS.match(number), _LEAD_DIGITS.match(other)
    return (a is not None and is_year(int(a.group()))) == (b is not None and is_year(int(b.group())))


def could_hold(key: str | None, number: str, kind: str) -> bool:
    """Could the body ``key`` have adopted the text ``number`` of ``kind`` by its numbering (a
    session it has reached, a decision's number from its first; a year for one numbering by
    year)? True for a body without a key or a numbering the test does not know."""
    body = lexicon.load().bodies.get(key) if key else None
    m = _SESSION_SEQ.fullmatch(number)
    if body is None or m is None or body.numbering not in ("session", "year"):
        return True
    first, seq = int(m.group(1)), int(m.group(2))
    if body.numbering == "year":
        return is_year(first)
    if is_year(first) or first < body.numbered_from or (kind == "dec" and seq < body.min_decision):
        return False
    if kind == "res" and body.max_resolution is not None and seq > body.max_resolution:
        return False  # "the Human Rights Council (resolution 60/251)": the Assembly's, that set it up
    return (last := body.last_session()) is None or first <= last


#: the evidence of a number in brackets after a body's name, in a list of such bodies
BRACKET_ITEM = "in brackets after the body's name, one of a list of bodies each with its bracket"
#: an opening bracket, blanks around it
_OPEN_GAP = recache.compile(r"\s*[(\uff08]\s*")
#: a closing bracket, blanks before it
_CLOSE_AT = recache.compile(r"\s*[)\uff09]")


def bracket_item(text: str, head: int, tail_end: int, names: Names, pat: Patterns) -> str | None:
    """The body named right before the bracket that opens at ``head`` (the noun's start), when
    that body is one of a list of bodies each with its text in brackets ("the General Assembly
    (resolution 77/222), the Security Council (resolution 2669 (2022)) and the Human Rights
    Council (resolution 52/4)"): another body with its bracket right before or after it. None
    for a body named alone ("the establishment of the Human Rights Council (resolution 60/251)")."""
    b = names.body_before(head, _OPEN_GAP, 3)
    if b is None:
        return None
    # (the item before: a closing bracket, then a comma or the list word)
    lo = max(0, b[1] - 16)
    close = max(text.rfind(")", lo, b[1]), text.rfind("\uff09", lo, b[1]))
    if close >= 0 and pat.item_gap.fullmatch(text, close + 1, b[1]):
        return b[2]
    # (the item after: the bracket closes, then the next body's name and its bracket)
    c = _CLOSE_AT.match(text, tail_end)
    if c is None:
        return None
    i = bisect.bisect_left(names.ends, c.end())
    while i < len(names.bodies) and names.bodies[i][1] - c.end() <= 16:
        end, start, _key = names.bodies[i]
        if start >= c.end() and pat.item_gap.fullmatch(text, c.end(), start) and _OPEN_GAP.match(text, end):
            return b[2]
        i += 1
    return None


#: How far before a bracket the adopting body's name may end (its session or date between)
_ADOPTER_REACH = 90
#: How far before the adopting body's name its adoption's words, or its text's noun and link, may
#: start (an ordinal of its meeting perhaps between: "décision de la trente et unième Réunion")
_ADOPTION_BY_REACH = 64


def adopter_before_bracket(
    text: str, head: int, names: Names, pat: Patterns
) -> tuple[str, str | None] | None:
    """The body whose adoption of a text the words before the bracket that opens right before
    ``head`` (the noun's start) state ("the declaration adopted by the Commission on Population
    and Development at its fifty-fifth session (resolution 2022/1)", "adoptée par la Commission
    de statistique (décision 54/101)"): its key and the date of :func:`adopter_date` (read from
    the same words), else None."""
    if pat.adopted_bracket is None:
        return None
    if "(" not in text[max(0, head - 3) : head] and "\uff08" not in text[max(0, head - 3) : head]:
        return None
    b = names.body_before(head, pat.adopted_bracket, _ADOPTER_REACH)
    if b is None:
        return None
    by = _adoption_by(text, b[1], pat)
    # (the adoption's words before the name; in a language that writes them after it, the gap
    # to the bracket holds them: "…委员会第七十九届会议通过的宣言（")
    gap = pat.adopted_bracket.fullmatch(text, b[0], head)
    if (gap is None or gap.groupdict().get("after") is None) and by is None:
        return None
    return b[2], _date_of_adoption_by(by, pat)


def adopted_by(raw: Raw, found: tuple[str, str | None]) -> tuple[str, None]:
    """The body of :func:`adopter_before_bracket`'s ``found`` as the one ``raw`` is named with
    (noted as its evidence), and the adoption's date read with it when ``raw`` has none yet."""
    adopter, adopted_on = found
    raw.evidence.append(f"adopted by the body named before the bracket: {adopter}")
    if raw.date is None and adopted_on:
        raw.date = adopted_on
        raw.evidence.append("date of the adoption before the body's name")
    return adopter, None


def adopter_date(text: str, head: int, names: Names, pat: Patterns) -> str | None:
    """The date that the adoption's words before the adopting body's name give, the bracket with
    the text's number after that name ("adopted on 19 December 2022 by the Conference of the
    Parties … (decision 15/4)", "adoptée le … par la Conférence …"): its ISO form, else None."""
    if pat.adopted_bracket is None or pat.adoption_by is None:
        return None
    b = names.body_before(head, pat.adopted_bracket, _ADOPTER_REACH)
    return None if b is None else _date_of_adoption_by(_adoption_by(text, b[1], pat), pat)


def _adoption_by(text: str, name_start: int, pat: Patterns) -> re.Match[str] | None:
    """The adoption's words (or the text's noun and link) just before a body's name."""
    if pat.adoption_by is None:
        return None
    return pat.adoption_by.search(text, max(0, name_start - _ADOPTION_BY_REACH), name_start)


def _date_of_adoption_by(by: re.Match[str] | None, pat: Patterns) -> str | None:
    """The ISO date the adoption's words ``by`` hold, else None."""
    if by is None or not any(c.isdigit() for c in by.group()):
        return None
    d = pat.date.search(by.string, by.start(), by.end())
    return parse_date(d) if d else None


def owner_joined(text: str, last_end: int, kw_start: int, pat: Patterns) -> bool:
    """Is only the list word (an article or possessive perhaps after it) written between the number
    ending at ``last_end`` and the noun at ``kw_start`` ("49/116 and resolution", "49/116 et sa
    résolution"; glued to the noun in Arabic: "49/117 والقرار")? The bracket that holds the number
    may close first ("… meeting (decision 15/4) and decision 15/5")."""
    if (close := _CLOSE_AT.match(text, last_end)) is not None and close.end() < kw_start:
        last_end = close.end()
    if kw_start <= last_end or kw_start - last_end > 40:
        return False
    if pat.owner_and.fullmatch(text, last_end, kw_start) is not None:
        return True
    gap_blank = text[last_end:kw_start].isspace()
    return gap_blank and pat.owner_and.fullmatch(text, last_end, kw_start + 1) is not None


def dated_gap(text: str, start: int, end: int) -> bool:
    """Does the gap between a number and the next noun hold a date of its own (its day, in
    digits: "et, le 11 octobre, la")?"""
    return any(c.isdigit() for c in text[start:end])


def complement_adopting(text: str, head: int, names: Names, pat: Patterns, lang: str) -> bool:
    """Is the body named as an adoption's subject before ``head``, with its adoption's date, meeting
    or vote set off between ("…, on 8 April, adopted"), a complement of another subject ("the
    Assembly, on the recommendation of the Human Rights Council, on 8 April, adopted …")?"""
    named = names.body_before(head, pat.adopt_gap, ADOPT_REACH)
    if named is None:
        return False
    gap = pat.adopt_gap.fullmatch(text, named[0], head)
    if gap is None or not (gap.group("ins") or gap.group("ins2") or gap.group("ins3")):
        return False
    links, heads = complement_before(lang)
    start = named[1]
    return links.search(text, max(0, start - _COMPLEMENT_REACH), start) is not None or (
        heads.match(text, start) is not None
    )


#: How far before a body's name the word making it a complement may start ("on behalf of the",
#: "after consulting the")
_COMPLEMENT_REACH = 16


def subject_inserted_date(text: str, head: int, names: Names, pat: Patterns) -> str | None:
    """The date set off between an adoption's subject and its verb, right before the text's noun
    ("The General Assembly, at its 45th plenary meeting, on 3 December 1998, adopted resolution
    53/40", "l'Assemblée générale a, le 3 décembre 1998, adopté la résolution 53/40"): None
    where no subject with such an insertion ends the stretch."""
    if not adoption_near(text, head, pat):
        return None
    named = names.body_before(head, pat.adopt_gap, ADOPT_REACH)
    # (or a short name the subject: "The Commission adopted, on 22 March 2019, resolution 62/4")
    end = named[0] if named is not None else names.short_name_end_before(head, pat.adopt_gap, ADOPT_REACH)
    if end is None:
        return None
    gap = pat.adopt_gap.fullmatch(text, end, head)
    if gap is None:
        return None
    for group in ("ins", "ins3", "ins2"):
        if (
            gap.group(group)
            and (d := search_dated(pat.date, text, gap.start(group), gap.end(group))) is not None
        ):
            return parse_date(d)
    return None


def adoption_near(text: str, head: int, pat: Patterns) -> bool:
    """Is an adoption's verb written in the stretch before ``head`` (the fast test before the
    subject of an adoption is looked for)?"""
    if pat.adopt_word is None:
        return False
    start = max(0, head - _ORG_ACTOR_REACH)
    # (a piece of those verbs first: most stretches hold none, and a substring's search is many
    # times faster than the alternation's tried at each character)
    for piece in pat.adopt_needles:
        if text.find(piece, start, head) >= 0:
            return pat.adopt_word.search(text, start, head) is not None
    return False


def organisation_actor(text: str, head: int, pat: Patterns, *, link: bool) -> bool:
    """Is a word of another organisation's organ or a State's the adoption's subject right before
    ``head`` ("el Senado aprobó la resolución 2021/44"), or with ``link`` the actor before a
    possessive too ("the Parliament, in its resolution 2019/112"; not "the Government, in
    resolution 70/1, was asked …")? (the lexicons' ``grammar.organisation_actors``)"""
    if pat.org_actor is None:
        return False
    start = max(0, head - _ORG_ACTOR_REACH)
    if pat.org_actor_gate.search(text[start:head].lower()) is None:
        return False  # (none of its words there: one scan in C, not one look for each word)
    m = pat.org_actor.search(text, start, head)
    if m is None:
        return False
    if m.group("first") is not None:
        # (the name right before the possessive, its verb of adoption written first: "وأصدرت
        # الحكومة قرارها 2019/4" — the Government's decision; not "قرار الحكومة قرارها")
        words = text[max(0, m.start() - _ORG_VERB_REACH) : m.start()].split()
        return (
            link
            and bool(words)
            and pat.adopt_word is not None
            and pat.adopt_word.fullmatch(words[-1]) is not None
        )
    return link or m.group("link") is None


def _after_abbreviation(text: str, pos: int, pat: Patterns) -> bool:
    """Does a noun written as an abbreviation ("Res.", "Dec." of legal citation styles: a noun of
    the lexicon that ends with a full stop) stand just before the number at ``pos``?"""
    words = text[max(0, pos - 12) : pos].split()
    return bool(words) and words[-1].endswith(".") and text_noun(fold(words[-1]), pat)


def _after_named_body(text: str, pos: int, pat: Patterns) -> bool:
    """Does the noun of the number at ``pos`` follow a body's name and a comma, as authors cite
    ("UN General Assembly, Resolution 56/83, <title>, <date>")?"""
    words = text[max(0, pos - 90) : pos].split(" ")
    if len(words) < 3 or not text_noun(fold(words[-2]), pat) or not words[-3].endswith(","):
        return False
    names = lexicon.load().body_names
    for i in range(len(words) - 3, max(-1, len(words) - 11), -1):
        if fold(" ".join(words[i : len(words) - 2])[:-1]) in names:
            return True
    return False


@functools.lru_cache(maxsize=8)
def _bare_date(date: str, flags: int) -> re.Pattern[str]:
    """A date right after a number, after one space (no word, no comma)."""
    return recache.compile(rf"[ ](?:{date})(?!\w)", flags)


def _adopted_just_before(text: str, pos: int, pat: Patterns) -> bool:
    """Is the word before the noun of the number at ``pos`` a verb of adoption ("приняла
    резолюцию 67/19", "adopted resolution 67/19")?"""
    if pat.adopt_word is None:
        return False
    words = text[max(0, pos - 60) : pos].split()
    return len(words) >= 2 and pat.adopt_word.fullmatch(words[-2]) is not None


@functools.lru_cache(maxsize=8)
def bracket_date_ending(date: str, flags: int) -> re.Pattern[str]:
    """A date in brackets that ends the searched span (a comma or blanks after it)."""
    return recache.compile(rf"\((?:{date})\),?[ \t\u00a0]*+$", flags)


@functools.lru_cache(maxsize=8)
def _title_comma_date(date: str, flags: int) -> re.Pattern[str]:
    """A title after a comma (a capital first; words on one line, no figure, bracket, full stop
    or quote), another comma, then a date that ends the clause."""
    return recache.compile(
        r",[ ](?P<title>(?-i:[A-Z\u00c0-\u00d6\u00d8-\u00de])"
        r"[^\d()\[\],;.:\n/\"\u201c\u201d\u00ab\u00bb]{2,150}?)"
        rf",[ ]?(?:{date})(?=[ ]?[,;.)\]]|[ ]?$|[ ]?\n)",
        flags,
    )


@functools.lru_cache(maxsize=8)
def legal_chain(date: str, flags: int) -> re.Pattern[str]:
    """Comma-separated parts of a legal citation (no bracket, no semicolon, on one line), then a
    document's symbol (or none: "U.N. GAOR, 21st Sess. (Dec. 16, 1966)", "supp. n° 16 (16
    décembre 1966)"), a short bracket of its own perhaps after it ("A/55/49 (Vol. I)"), and the
    bracket of a date that ends the citation."""
    return recache.compile(
        rf",[^;()\n]{{0,160}}?(?P<chain_end>(?<=\s))(?:[A-Z]{{1,6}}(?:/[\w.\-]+)+\s?(?:\([^()\n]{{1,14}}\)\s?)?)?"
        rf"\([ ]?(?:{date})[ ]?\)"
        r"(?=[ ]?[.;,]|[ ]?$|[ ]?\n)",
        flags,
    )


def respective_dates(text: str, raw: Raw, out: list[Raw], pat: Patterns, tail_end: int) -> int:
    """ "61/144 and 64/178 of 19 December 2006 and 18 December 2009 (respectively)": as many dates
    after a list's last number as it has undated numbers before the first date, one for each in
    order (else nothing is changed); return where the dates end."""
    members = _undated_run(raw, out)
    if len(members) < 2 or raw.date is None:
        return tail_end
    dates, pos = [raw.date], tail_end
    while len(dates) < len(members):
        d = pat.next_date.match(text, pos)
        got = parse_date(d) if d else None
        if d is None or got is None:
            return tail_end
        dates.append(got)
        pos = d.end()
    if pat.next_date.match(text, pos):
        return tail_end  # more dates than numbers: not one for each
    return _dated_in_order(members, dates, "dates in the order of the list", pos)


def day_list_dates(text: str, raw: Raw, out: list[Raw], pat: Patterns, tail_end: int) -> int:
    """ "1514 (XV) and 1541 (XV) of 14 and 15 December 1960 (respectively)", "… of 27 July and 21
    December 2012": days (and months) that share the month and year (or the year) of the date
    after them, as many as the list's undated numbers, one for each in order (else nothing is
    changed); return where the dates end."""
    got = day_list_at(text, tail_end, pat)
    if got is None:
        return tail_end
    members = _undated_run(raw, out)  # (a walk back over the list: only once its dates are read)
    if len(members) != len(got[0]):
        return tail_end
    return _dated_in_order(members, got[0], "days of one month, in the order of the list", got[1])


def day_list_at(text: str, pos: int, pat: Patterns) -> tuple[list[str], int] | None:
    """The dates of days (and months) listed before the month and year (or the year) they share,
    read at ``pos`` (" of 14 and 15 December 1960"), and where they end; else None."""
    if pat.day_list is None or not text.startswith((" ", ",", "\n", "\t"), pos):
        return None
    m = pat.day_list.match(text, pos)
    last = parse_date(m) if m is not None else None
    if m is None or last is None:
        return None
    if m.group("day") is None:
        return None  # (a date written month first: no days listed before it)
    dates = []
    for member in (d.strip() for d in m.group("days").split(",")):
        # the member with what it shares of the last date: its month and year ("14" + " December
        # 1960"), or its year ("27 July" + " 2012", "27 de julio" + " de 2012")
        shared = text[m.end("day") if not _SPACE.search(member) else m.end("month") : m.end("last")]
        d = pat.date.fullmatch(member + shared)
        got = parse_date(d) if d is not None else None
        if got is None:
            return None
        dates.append(got)
    dates.append(last)
    return dates, m.end()


def respective(text: str, head: int, pat: Patterns, raw: Raw, names: Names, number: int = -1) -> bool:
    """Does "respectively" stand right before the date (or dates) that open at ``head``, or
    after them before the ``number`` ("其…和…分别通过的第…号决议")?  Then ``raw`` is the first of
    the list that takes them in turn, and the first of the bodies named before the word
    ("大会和安全理事会分别于…") when there are several."""
    m = pat.respectively.search(text, max(0, head - 120), head) if pat.respectively is not None else None
    if m is None:
        if (
            number <= head
            or pat.respective_word is None
            or not pat.respective_word.search(text, head, number)
        ):
            return False
        raw.respective = True
        return True
    raw.respective = True
    bodies = names.joined_before(m.start(), pat.bare_and) if pat.bare_and is not None else []
    if bodies and not raw.body_key:
        raw.body_key, raw.bodies_ahead = bodies[0], bodies[1:]
        raw.evidence.append(f"bodies in turn: {', '.join(bodies)}")
    return True


def next_date_ahead(raw: Raw, ahead: list[str]) -> None:
    """``raw`` takes the first of the dates a list wrote before its numbers and that no number
    before it took; it keeps the others for the numbers after it."""
    raw.date, raw.dates_ahead = ahead[0], ahead[1:] or None
    raw.evidence.append("dates in the order of the list")


def _undated_run(raw: Raw, out: list[Raw]) -> list[Raw]:
    """``raw`` and the numbers of its list before it that have no date yet, the last first."""
    members = [raw]
    for r in reversed(out):
        if r.group != raw.group or r.date is not None:
            break
        members.append(r)
    return members


def _dated_in_order(members: list[Raw], dates: list[str], evidence: str, end: int) -> int:
    """The ``dates`` given to the list's ``members`` (:func:`_undated_run`: the last first) in the
    order of the list; the last number's words end at ``end``, which is returned."""
    for r, date in zip(reversed(members), dates, strict=True):
        r.date = date
        r.evidence.append(evidence)
    members[0].tail_end = end
    return end


def shape(number: str) -> str:
    """A number's shape: ``64/293``, ``1514 (XV)`` or ``1325 (2000)``."""
    if "(" in number:
        return "year" if number.rstrip(")")[-1:].isdigit() else "session"
    return "seq"


#: Cell separators: " | " (Word rows), tabs, and in PDF lines a run of spaces.
CELL_SEP = recache.compile(r"[ ]*+[|\t][ \t]*+|[ ]{2,}")


def _no_subject_after(text: str, pos: int, pat: Patterns) -> bool:
    """Does no word with a capital stand after ``pos`` (the subject of a clause that a date opens:
    "… 11 декабря 2014 года Комитет отметил"), unless it is a body's name ("… Совета Безопасности")?"""
    rest = text[pos : pos + 3].lstrip(" \t")
    if not rest[:1].isupper():
        return True
    t = pat.item_tail.match(text, pos)
    return t is not None and t.group("body") is not None


ROMAN_FIGURES = "IVXL"


#: the evidence of a date given by an adoption's agent ("by the Council, on …, of its resolution")
AGENT_DATE = "date of the adoption by the agent named before"
ALL_DATE = "the date of every number of its list"
TWO_DATE = "the date of two texts, each with its noun"
SAME_DATE = "the date of the text named before it"


def legal_date_ahead(text: str, pos: int) -> bool:
    """Whether a legal style's bracket of a date may follow at ``pos``, after a pinpoint or a
    quoted title (what ``pin_date`` reads)."""
    return (
        text.find("(", pos, pos + 24) >= 0
        or not LEGAL_QUOTE_SET.isdisjoint(text[pos : pos + 3])
        or (text.startswith(", ", pos) and text[pos + 2 : pos + 3].isupper())
    )
