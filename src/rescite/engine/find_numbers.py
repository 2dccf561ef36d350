"""Find, numbered texts: session/number pairs ("64/293", "2200 A (XXI)") with the keyword, body and
date read around each, and the passes over the list they make.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable

from ..grammar import lexicon, recache
from ..grammar.council import TITLE_OPEN
from ..grammar.dates import (
    YEAR,
    adopted_bracket_date,
    adoption_noun_date,
    coordinated_date,
    dated_body_gap,
    day_range_end,
    parse_date,
    search_dated,
    sentence_date,
    topic_date,
    topic_date_bare,
    year_given_date,
    year_link,
)
from ..grammar.lexicon import (
    CJK,
    SUPERSCRIPTS,
    fold,
    is_cjk,
)
from ..grammar.notes import periodical_before
from ..grammar.retools import roman
from ..grammar.rules import Patterns, patterns
from ..grammar.shapes import body_after_list_word
from ..ids import is_year
from ..read.stop import STOP
from .find_base import (
    CLAUSE_NUMBER,
    COMMA_GAP,
    HAS_DIGIT,
    ONE_WORD_GAP,
    OTHER_ORGANISATION,
    POSSESSIVE_GAP,
    QUOTED_TITLE,
    RANGE_BUDGET,
    SINGLED_REACH,
    SPACES,
    WS_RUN,
    Names,
    Raw,
    actor_named,
    author_before,
    between,
    body_after_opening_number,
    body_of_possessive,
    full,
    glued_noun,
    keyword_before,
    kind_of,
    max_mentions,
    month_not_noun,
    object_of_request,
    other_organisation,
    other_owner,
    pin_ending_at,
    possessive_end_before,
    records_place,
    report_place,
    singled_out_body,
    singled_out_generic,
    text_noun,
)
from .find_dates import (
    ADOPT_REACH,
    AGENT_DATE,
    AGENT_NAME_REACH,
    ALL_DATE,
    BODY_AFTER_NEXT,
    BRACKET_ITEM,
    CAPITALS,
    CELL_SEP,
    CLAUSE_YEAR,
    ORG_ACTOR,
    OWNER_BEFORE,
    SAME_DATE,
    TWO_DATE,
    act_before,
    adopted_by,
    adopter_before_bracket,
    adoption_date,
    adoption_near,
    adoption_there,
    bracket_item,
    complement_adopting,
    could_hold,
    dated_by,
    dated_gap,
    day_list_at,
    day_list_dates,
    gender_fits,
    items,
    keyword_after,
    next_date_ahead,
    organisation_actor,
    organisation_before,
    owner_joined,
    reach_back,
    read_tail,
    respective,
    respective_dates,
    same_shape,
    shape,
    subject_inserted_date,
)
from .find_tables import (
    CONTENTS_ENTRY,
    GLUED_MARKER,
    NOTE_GAP_MAX,
    SHAPES_AFTER,
    Named,
    contents_page,
    gap_over_notes,
    header_noun,
    in_blocks,
    last_cell_date,
    row_date,
    separator,
    table_kind,
)

#: How far after a body's name the participle of a clause it is the subject of may end (the
#: participle's words and an adverb: "…, taking into account also its …")
VERB_GAP_REACH = 60
#: … and how far before that name its clause's start is looked for (an article between)
VERB_LEAD_REACH = 12

TOPIC_GAP_MAX = 300  # a list item's topic or title between two dated numbers

TOPIC_LIST_MAX = 250  # … and between two undated ones (the list a plural noun opened)
#: A note's mark (as the readers write it, in superscript) after a list item's date, before the
#: comma that sets off a clause: "of 1 May 1974¹, containing …, 3281 (XXIX) of …"
_MARK_BEFORE_COMMA = recache.compile(rf"[{SUPERSCRIPTS}]{{1,3}}(?=,)")
#: A sentence's or a paragraph's end, which no list goes on over
_TOPIC_END = recache.compile(r"[.!?。](?:\s|$)|\n[ \t]*\n")


#: the most characters between the subject of a verb written first and a noun of its clause
SUBJECT_REACH = 160
#: what may stand between them: no stop, no line's end
CLAUSE_GAP = recache.compile(r"[^.;:!?\n\u061b\u061f]*+")

#: The evidence of a body read after a number (:func:`read_tail`): its name, another
#: organisation's text, another organisation's organ
_BODY_AFTER = ("body after: ", "short name after: ", "a text of another organisation named after it")


def _title_cell_body(text: str, raw: Raw, kw_start: int) -> bool:
    """Is the body ``raw`` read after its number (:func:`read_tail`) the name that opens the title
    cell of a table's row the number leads, the noun and the body's name on a line above (the
    table's title), the number opening its line and only blanks between it and the name?"""
    if not any(ev.startswith(_BODY_AFTER) for ev in raw.evidence) or "\n" not in text[kw_start : raw.start]:
        return False
    if text[text.rfind("\n", 0, raw.start) + 1 : raw.start].strip():
        return False
    cell = text[raw.end : raw.end + 8]
    name = cell.lstrip(" \t")
    return len(name) < len(cell) and name[:1].isalpha()


@functools.lru_cache(maxsize=8)
def verb_first_lead(lang: str) -> re.Pattern[str] | None:
    """The verb written first in its clause, its subject after it (``grammar.verb_first_subject``:
    its shape), at the clause's start; a noun that makes the name a complement is no verb
    (``grammar.complement_links``, ``grammar.kind_nouns``)."""
    langs = lexicon.scope(lang)
    leads = lexicon.gather("grammar.verb_first_subject", langs)
    if not leads:
        return None
    nouns = lexicon.gather("grammar.complement_links", langs) + lexicon.gather("grammar.kind_nouns", langs)
    clitics = lexicon.gather("grammar.clitics", langs)
    return recache.compile(
        r"(?<![^.;:!?\n,\u060c\u061b])[ \t]*+"
        rf"(?!(?:{lexicon.alternation(clitics) if clitics else '(?!)'})?"
        rf"(?:{lexicon.alternation(nouns) if nouns else '(?!)'})[ \t])(?:{'|'.join(leads)})[ \t]++$"
    )


#: the most characters between a verb written first and the start of its subject's name
LEAD_REACH = 24


def verb_first_before(text: str, start: int, lang: str) -> bool:
    """Does a verb written first in its clause (:func:`verb_first_lead`) stand right before the
    body's name at ``start``?"""
    rx = verb_first_lead(lang)
    return rx is not None and rx.search(text, max(0, start - LEAD_REACH), start) is not None


def other_actor_between(text: str, start: int, end: int, pat: Patterns) -> bool:
    """Does a word of another organisation's organ or a State's (``grammar.organisation_actors``)
    stand in ``text[start:end]``: "… ثم أصدر مجلس الوزراء قراره 2021/7" is that organ's?"""
    if pat.org_actor is None or pat.org_actor_gate.search(text[start:end].lower()) is None:
        return False
    return pat.org_actor.search(text, start, end) is not None


def verb_first_subject(text: str, head: int, names: Names) -> tuple[str | None, str | None] | None:
    """The body named as the subject of the verb that opens the clause of the noun at ``head``
    ("وقرر مجلس حقوق الإنسان … بموجب قراره 31/35"), no other body, named or short, between
    them; None where the language writes no such verb or none stands there."""
    if verb_first_lead(names.lang) is None:
        return None
    named = names.body_before(head, CLAUSE_GAP, SUBJECT_REACH)
    if named is None:
        return None
    end, start, key = named
    if not verb_first_before(text, start, names.lang):
        return None
    pat = patterns(names.lang)
    if pat.generic_name.search(text, end, head) is not None or other_actor_between(text, end, head, pat):
        return None
    return key, None


#: the most characters between a clause's subject written first and the noun its link governs
SUBJECT_FIRST_REACH = 140


@functools.lru_cache(maxsize=8)
def subject_first_gap(lang: str) -> re.Pattern[str] | None:
    """What stands between a body's name that opens its clause and the noun of a text it acted by:
    the clause's words (no figure, stop or line's end), then a link of the actor's
    (``grammar.actor_link``) and a possessive or the noun's article ("The Human Rights Council
    extended the mandate by resolution …", fr "… a prorogé le mandat par la résolution …", es
    "… prorrogó el mandato mediante la resolución …")."""
    langs = lexicon.scope(lang)
    links = lexicon.gather("grammar.actor_link", langs)
    if not links:
        return None
    det = lexicon.gather("grammar.possessive", langs) + lexicon.gather("grammar.articles", langs)
    # (not the name of another organisation's organ, a State's name after it: "the Human Rights
    # Council of Ruritania extended …"; ``grammar.organisation_actor_of``)
    of = lexicon.gather("grammar.organisation_actor_of", langs)
    return recache.compile(
        rf"(?!{'|'.join(of) if of else '(?!)'})"
        r"[ \t]++(?:[^\W\d_][\w'\u2019\-]*+,?[ \t]++){1,16}?"
        rf"(?:{lexicon.alternation(links)})[ \t]++(?:(?:{lexicon.alternation(det)})[ \t]*+)?"
    )


def subject_first(
    text: str, head: int, number: str, kind: str, names: Names
) -> tuple[str | None, str | None] | None:
    """The body named as the subject at the start of the clause of the noun at ``head``, its verb
    after it and the noun after a link of the actor's ("El Consejo de Derechos Humanos prorrogó el
    mandato … mediante la resolución 40/16"): no other body, short name or organ between, and a
    number the body could have adopted; None otherwise."""
    gap = subject_first_gap(names.lang)
    if gap is None:
        return None
    named = names.body_before(head, gap, SUBJECT_FIRST_REACH)
    if named is None:
        return None
    end, start, key = named
    pat = patterns(names.lang)
    i = bisect.bisect_right(names.starts, end)
    if (
        (i < len(names.starts) and names.starts[i] < head)
        or not pat.actor_verb_lead.search(text, max(0, start - VERB_LEAD_REACH), start)
        or pat.generic_name.search(text, end, head) is not None
        or other_actor_between(text, end, head, pat)
        or not could_hold(key, number, kind)
    ):
        return None
    return key, None


def _topic_list_goes_on(gap: str, gap_start: int, prev: Raw, raw: Raw, pat: Patterns, names: Names) -> bool:
    """Does the undated number ``raw`` go on with the list of ``prev`` after ``gap``, the topic or
    title of ``prev`` and the list's separator ("69/313 on the financing of development and
    71/243")?  Only over a short stretch in one sentence, to a number of the same series that names
    no body of its own, when no noun of a text's kind in the topic (a report, a convention, a
    decision) starts another thing whose number this would be. A number that names its own body
    goes on with it too ("its resolutions 69/313 on … and 44/3 of the Human Rights Council"): the
    body is that number's alone."""
    if len(gap) > TOPIC_LIST_MAX or _TOPIC_END.search(gap) is not None:
        return False
    if raw.generic or raw.number is None or prev.number is None:
        return False
    if shape(raw.number) != shape(prev.number):
        return False
    if raw.body_key and not _numbers_so(raw.body_key, raw.number):
        return False  # "70/12 on the question and 71/243 of the Economic and Social Council"
    topic = QUOTED_TITLE.sub(lambda q: " " * len(q.group()), gap)
    # (a report or another text not numbered as resolutions are, named with its author, "the
    # report of the Human Rights Council", is known by that author: the number after it is no
    # number of that text's)
    at_gap = names.text.startswith(gap, gap_start)
    return all(
        at_gap and kind_of(k.group(), pat) == "prst" and _by_its_author(gap_start + k.end(), names)
        for k in pat.kind_noun.finditer(topic)
    )


#: what may stand between a text's kind noun and its author's name: two short words at most
#: ("report of the Council", "rapport du Conseil", "доклад Совета", "تقرير مجلس")
_TO_AUTHOR = recache.compile(r"(?:\s+[^\W\d_]{1,4}){0,2}\s+")


def _by_its_author(pos: int, names: Names) -> bool:
    """Does a body's name start right after the kind noun ending at ``pos``?"""
    i = bisect.bisect_left(names.starts, pos)
    return i < len(names.starts) and _TO_AUTHOR.fullmatch(names.text, pos, names.starts[i]) is not None


def _numbers_so(key: str, number: str) -> bool:
    """Does the body ``key`` number its texts in the shape of ``number``: by session ("44/3") or
    by year ("2019/15")?"""
    body = lexicon.load().bodies.get(key)
    first = number.partition("/")[0]
    if body is None or not first.isdigit():
        return False
    return body.numbering == ("year" if is_year(int(first)) else "session")


#: evidence of a number that took one of the bodies named together before it, in turn
_IN_TURN = "body in turn, of the bodies named together: "
#: the lists whose numbers take the bodies named together in turn, by their first number's start:
#: the numbers that took one (or came after the last), whether the list went on past the last body,
#: and the bodies
_Turns = dict[int, tuple[list[Raw], list[bool], list[str]]]


def _bodies_in_turn(raw: Raw, bodies: list[str], turns: _Turns, turn_of: dict[int, int]) -> None:
    """``raw`` opens a list that two or more bodies named together share ("General Assembly and
    Human Rights Council resolutions 70/1 and 31/2"): it takes the first body, the numbers after
    it the others in turn (:func:`_check_turns` undoes it when the list has not one number for
    each body)."""
    raw.body_key = raw.list_body = bodies[0]
    raw.bodies_ahead = bodies[1:]
    raw.evidence.append(f"{_IN_TURN}{', '.join(bodies)}")
    turns[raw.start] = ([raw], [False], bodies)
    turn_of[raw.start] = raw.start


def _body_in_turn(raw: Raw, before: Raw, turns: _Turns, turn_of: dict[int, int]) -> None:
    """``raw`` goes on with the list of ``before``, whose bodies are taken in turn: the next body,
    or, with none left, the list is marked too long for them."""
    first = turn_of[before.start]
    taken, over, _ = turns[first]
    if not before.bodies_ahead:
        over[0] = True
        taken.append(raw)
        return
    raw.body_key = raw.list_body = before.bodies_ahead[0]
    raw.bodies_ahead = before.bodies_ahead[1:]
    raw.evidence.append(f"{_IN_TURN}{raw.body_key}")
    taken.append(raw)
    turn_of[raw.start] = first


def _respective_body(raw: Raw, bodies_ahead: list[str]) -> None:
    """``raw`` goes on with a list whose bodies were named before "respectively": it takes the
    next of ``bodies_ahead``, the rest left for the numbers after it."""
    raw.body_key, raw.bodies_ahead = bodies_ahead[0], bodies_ahead[1:] or None
    raw.respective = True
    raw.evidence.append(f"body in turn: {raw.body_key}")


def _check_turns(turns: _Turns) -> None:
    """A list with fewer or more numbers than the bodies named together before it, or one with a
    number its body in turn could not have adopted, takes none in turn: each of its numbers is the
    last body's that could have adopted it ("General Assembly and Human Rights Council resolutions
    60/251, 5/1 and 5/2"), else the last body's, as one body named before a list is."""
    for taken, over, bodies in turns.values():
        # (… nor a list whose number in turn its body could not have adopted: "General Assembly
        # and Human Rights Council resolutions 31/2 and 70/1", the Council has no 70/1)
        if (
            over[0]
            or taken[-1].bodies_ahead
            or not all(could_hold(r.body_key, r.number or "", r.kind) for r in taken)
        ):
            for r in taken:
                holds = [b for b in bodies if could_hold(b, r.number or "", r.kind)]
                r.body_key = r.list_body = (holds or bodies)[-1]
                r.evidence = [ev for ev in r.evidence if not ev.startswith(_IN_TURN)]
        for r in taken:
            r.bodies_ahead = None


_BRACKET_OPENS = "(\uff08"
#: the longest stretch between a list's number and the next, a second body's name in it
_SECOND_BODY_GAP = 90
#: the year of a session's number's adoption in brackets after it ("22/8 (2013)")
_YEAR_BRACKET = recache.compile(r"[ \t]?+\((?:19|20)\d\d\)(?![\w/(])")
_SECOND_BODY = "second body after the list word: "


#: the special element of a President's statement's symbol, written before its number alone
#: ("President's statement PRST/8/1", the Human Rights Council's A/HRC/PRST/8/1)
_PRST = "PRST/"


def _body_past_year(text: str, raw: Raw, pat: Patterns, lang: str, tail_end: int) -> int:
    """The body named after the year alone that follows a list's number, linked to it by a word of
    its date ("les résolutions 31/3 de 2016 et 34/5 de 2017 du Conseil des droits de l'homme"), read
    into ``raw`` as its tail's body (where nothing after the number was read); where its tail ends."""
    if raw.body_key is not None or raw.generic is not None or tail_end != raw.end:
        return tail_end
    yl = year_link(lang).match(text, tail_end)
    bt = pat.item_tail.match(text, yl.end()) if yl is not None else None
    if bt is None or not bt.group("body") or bt.group("date"):
        return tail_end
    key = lexicon.load().body_names.get(fold(bt.group("body")))
    if key is None:
        return tail_end
    if other_organisation(text, bt.start("body"), bt.end("body"), pat):
        key = OTHER_ORGANISATION
    raw.body_key = key
    raw.evidence.append(f"body after the year: {WS_RUN.sub(' ', bt.group('body'))}")
    return bt.end()


def _short_prst(text: str, s: int) -> bool:
    """Does the short symbol's "PRST/" stand right before the number at ``s``, opening a word
    (no series before it: "A/HRC/PRST/8/1" is a whole symbol)?"""
    b = s - len(_PRST)
    if b < 0 or not text.startswith(_PRST, b):
        return False
    c = text[b - 1] if b else " "
    return not ((c.isalnum() and not is_cjk(c)) or c in "_/.-")


def _glued_mark(text: str, s: int, pat: Patterns) -> bool:
    """Is the word glued before the number at ``s`` a number mark written in capitals, a word of
    its own ("резолюция N64/293": the Latin letter older texts write for the sign "№")?"""
    i = s
    while i > 0 and s - i < 3 and text[i - 1].isalpha():
        i -= 1
    word = text[i:s]
    return word.isupper() and (i == 0 or text[i - 1] in " \t\n(") and fold(word) in pat.number_words


def find_numbered(
    text: str,
    symbols: list[tuple[int, int]],
    names: Names,
    lang: str = "",
    notes: list[str] | None = None,
    note_blocks: list[tuple[int, int]] | None = None,
    cap: int | None = None,
    romans: list[int] | None = None,
) -> list[Raw]:
    """Resolution / decision / statement numbers, in lists that share a keyword and body
    (a range too long to expand is noted in ``notes``; a list goes on over the footnote blocks
    ``note_blocks`` that a page break put in it; ``cap``: the mention limit, else
    :func:`max_mentions`; ``romans`` gets where a Roman figure stands before a slash and a
    digit, for :func:`find_roman_sessions`)."""
    pat = patterns(lang)
    out: list[Raw] = []
    table_rows: dict[int, tuple[str, Named]] = {}  # the PDF tables' rows read (see _spaced_row_kind)
    sym_i = 0
    prev: Raw | None = None
    prev_tail_end = -1
    last: Raw | None = None  # the last item of the last keyword-led list
    last_tail_end = -1
    group = -1
    range_budget = RANGE_BUDGET
    cap = max_mentions() if cap is None else cap
    noun_ahead = [-1]  # where the next noun after the numbers stands (languages with nouns after)
    topic_lists: set[int] = set()  # the lists a plural noun or a possessive opened
    # the owner of a keyword's number that its clause names (actor, subject of the adoption or body
    # before it), by the number's start: (actor, actor's short name, body)
    owners: dict[int, tuple[str | None, str | None, str | None]] = {}
    # … of those, the owners named after their number ("la résolution 48/9 du Conseil des droits de
    # l'homme"): they own a noun after the list word only when its own day and month come between
    owned_after: set[int] = set()
    body_prev: Raw | None = None  # the last item outside the footnote blocks, and its tail's end
    turns: _Turns = {}  # the lists whose numbers take two or more bodies named together in turn
    turn_of: dict[int, int] = {}  # a number that took a body in turn -> its list's first number
    body_tail = -1
    for m in items(text, pat, romans):
        if STOP.on or (
            len(out) >= cap and full(out, cap, notes)
        ):  # the time budget ran out, or the mention limit
            break
        s, e = m.span()
        special = ""
        seq = m.group("seq")
        if seq and s >= 2 and text[s - 2 : s] == "S-":
            special = "ES-" if s >= 3 and text[s - 3] == "E" else "S-"
            s -= len(special)
        elif seq and pat.special_before is not None and s and text[s - 1] in "- ":
            sb = pat.special_before.search(text, max(0, s - 8), s)
            if sb:  # Arabic "دإ-27/2", "دإط-10/14": S-27/2, ES-10/14
                special = "ES-" if sb.group("es") else "S-"
                s = sb.start()
        short_prst = seq is not None and not special and _short_prst(text, s)
        if short_prst:
            s -= len(_PRST)  # "President's statement PRST/8/1": the statement's number by its short symbol
        elif s and ((text[s - 1].isalnum() and not is_cjk(text[s - 1])) or text[s - 1] in "_/.-"):
            # a glued dash is a range when the lexicon says so ("60/1–60/3")
            glued_range = (
                text[s - 1] == "-"
                and prev is not None
                and prev_tail_end == s - 1
                and pat.range_gap.fullmatch(text, prev_tail_end, s) is not None
            )
            if not glued_range and not _glued_mark(text, s, pat) and not glued_noun(text, s, pat):
                continue
        while sym_i < len(symbols) and symbols[sym_i][1] <= s:
            sym_i += 1
        if sym_i < len(symbols) and symbols[sym_i][0] <= s < symbols[sym_i][1]:
            continue  # part of a document symbol
        if seq:
            number = f"{special}{m.group('a')}/{seq}"
            letters = (m.group("l1") or "").strip()
        else:
            paren = m.group("paren")
            mark = pat.session_mark.fullmatch(paren) if pat.session_mark else None
            if mark:  # Arabic "(د-15)": the fifteenth session, "(XV)"; "(دإ-6)": "(S-VI)"
                special_mark = "ES-" if mark.group("es") else "S-" if mark.group("s") else ""
                paren = special_mark + roman(int(mark.group("n")))
            elif paren[-1].isdigit() and paren.startswith(("S-", "ES-")):
                head, _, n = paren.partition("-")  # "(S-2)": the second special session, "(S-II)"
                paren = f"{head}-{roman(int(n))}"
            number = f"{m.group('a')} ({paren})"
            letters = (m.group("l2") or m.group("l3") or "").strip()
        if letters and pat.letter_names:
            # letters written as words (Arabic "217 ألف") are their Latin letters
            for word, latin in pat.letter_names.items():
                letters = letters.replace(word, latin)
        if letters:
            letters = pat.letter_range.sub("-", letters)  # "A to D", "A à D": "A-D"
        raw = Raw(s, e, "res", number=number)
        if letters:
            raw.letter = letters
        if seq and (yb := _YEAR_BRACKET.match(text, e)) is not None:
            # "31/3 (2016)": the year of its adoption, which the body's session must fit
            raw.clause_year = int(yb.group().strip(" \t()"))
        tail_end = -1  # the words after the number (body, date, pinpoint), read on demand
        # continuation of the previous list?
        joined = in_range = after_topic = False
        if note_blocks and prev is not None:
            if prev is not body_prev and not in_blocks(note_blocks, prev.start):
                body_prev, body_tail = prev, prev_tail_end
            elif (
                body_prev is not None
                and prev is not body_prev
                and 0 <= s - body_tail <= NOTE_GAP_MAX
                and not in_blocks(note_blocks, s)
            ):
                # a footnote at the page's foot cites a text of its own ("… 2008,1 ⏎____⏎1 See
                # resolution 59/250.⏎A/RES/81/40⏎64/289 …"): the list goes on from its last item
                # above the notes, not from the note's
                over = gap_over_notes(text, body_tail, s, note_blocks, 40)
                if over is not None and len(over) <= 40 and pat.separator.fullmatch(over):
                    prev, prev_tail_end = body_prev, body_tail
        if prev is not None and prev_tail_end <= s:
            gap = text[prev_tail_end:s]
            if gap[:1] in ",;" and gap[1:2].isdigit():
                gap = GLUED_MARKER.sub(r"\1", gap, 1)  # "2012,1 68/70": a footnote marker after the comma
            if seq and prev.number and "/" in prev.number and (yb := _YEAR_BRACKET.match(gap)):
                # "15/15 (2010), 22/8 (2013) y 31/3 (2016)": a session's number with the year of its
                # adoption in brackets, the next one too; the list goes on past the bracket
                gap = gap[yb.end() :]
            elif prev.number and (yl := year_link(lang).match(gap)) is not None:
                # "37/9 de 1982, 38/12 de 1983 y 43/25 de 1988", "resolutions 3160 (XXVIII) of 1973
                # and 31/49 of 1976": the year of each one's adoption alone after it, linked by a
                # word of its date; the list goes on past the year
                gap = gap[yl.end() :]
            if 40 < len(gap) <= NOTE_GAP_MAX and note_blocks:
                # (a gap still longer than 40 joins nothing: it is not made)
                gap = gap_over_notes(text, prev_tail_end, s, note_blocks, 40) or gap
            if len(gap) <= 40 and (sep := pat.separator.fullmatch(gap)):
                joined = True
                if sep.group("dnum") and (dd := pat.date.search(gap, sep.end("dnum"))) is not None:
                    # "… от 24 октября 2005 года 60/1 и от 25 сентября 2015 года 70/1": the date
                    # after its word before the next number is that number's
                    raw.date = parse_date(dd)
                    raw.evidence.append("date before the number in the list")
            elif (
                len(gap) <= _SECOND_BODY_GAP
                and prev.list_body
                and (second := body_after_list_word(lang).fullmatch(gap)) is not None
                and (gap_key := lexicon.load().body_names.get(fold(second.group("body"))))
            ):
                # "резолюции Генеральной Ассамблеи 74/143 и Совета по правам человека 43/22": the
                # list goes on, its next number the second body's
                joined = True
                raw.body_key = raw.list_body = gap_key
                raw.evidence.append(f"{_SECOND_BODY}{gap_key}")
            elif len(gap) <= 12 and pat.range_gap.fullmatch(gap):
                joined = in_range = True  # "resolutions ES-10/2 to ES-10/5"
            elif pat.topic_gap is not None and prev.group >= 0 and len(gap) <= NOTE_GAP_MAX:
                # "77/201 of 15 December 2022 on bullying, 73/327 of 25 July 2019": after its topic
                # or title, a dated number goes on with the list when one of the two is dated
                if len(gap) > TOPIC_GAP_MAX and note_blocks:
                    gap = gap_over_notes(text, prev_tail_end, s, note_blocks, TOPIC_GAP_MAX) or gap
                topic = pat.topic_gap.fullmatch(gap) if len(gap) <= TOPIC_GAP_MAX else None
                if topic is not None:
                    tail_end = read_tail(text, raw, pat)
                    if prev.date is None:
                        prev.date = parse_date(topic)  # "79/158 of ⏎(page break)⏎17 December 2024 on …"
                    joined = prev.date is not None or raw.date is not None
                    if not joined and prev.group in topic_lists:
                        # "its resolutions 69/313 on … and 71/243 on …": undated, in a list a plural
                        # noun or a possessive opened
                        joined = after_topic = _topic_list_goes_on(gap, prev_tail_end, prev, raw, pat, names)
                        if joined:
                            raw.evidence.append(_AFTER_TOPIC)
        if short_prst and joined and prev is not None and prev.kind != "prst":
            joined = False  # (only a statement's number is written by its short symbol)
        if joined and prev is not None:
            tail_end = _body_past_year(text, raw, pat, lang, read_tail(text, raw, pat))
            if raw.date is None and prev.date is not None and AGENT_DATE in prev.evidence:
                # "the adoption by the Council, on 6 October 2023, of its resolutions 54/9 and
                # 54/10": the list's numbers were adopted together, on the adoption's date
                raw.date = prev.date
                raw.evidence.append(AGENT_DATE)
            if raw.body_key and not raw.possessive and not after_topic:
                # "decisions 2023/1 to 2023/4 of the Executive Board …": the body after the list's
                # last number is the body of the numbers before it that name none (not over the
                # topic of the one before: "69/313 on … and 44/3 of the Human Rights Council")
                for r in reversed(out):
                    if r.group != prev.group or r.body_key or r.possessive:
                        break
                    r.body_key = raw.body_key
                    r.evidence.append(f"body after the list: {raw.body_key}")
            if pat.post_head is not None and raw.date is None:
                # "第61/144号和2009年12月18日第64/178号决议": the date stands before the number
                b = pat.post_head.search(text, reach_back(text, prev_tail_end, s, 40), s)
                if b and b.group("date"):
                    raw.date = parse_date(b)
                elif prev.date and in_range:
                    # "人权理事会2023年10月6日通过其第54/9至54/11号决议", "其2023年10月6日第54/9至
                    # 54/11号决议": adopted together, on the date before the range
                    raw.date = prev.date
                    raw.evidence.append(AGENT_DATE if AGENT_DATE in prev.evidence else "date of the range")
                elif prev.date and pat.bare_and is not None and pat.bare_and.fullmatch(text, prev.end, s):
                    if prev.dates_ahead:  # "分别于<date>和<date>…第58/112和63/207号决议": the next date
                        next_date_ahead(raw, prev.dates_ahead)
                    else:  # "2007年6月18日第5/1和第5/2号决议": one date for both
                        raw.date = prev.date
                        raw.evidence.append("date of the number before")
            raw.kind = prev.kind
            raw.group = prev.group
            raw.possessive = prev.possessive
            raw.actor_key = prev.actor_key
            raw.actor_generic = prev.actor_generic
            raw.generic = prev.generic
            raw.back = prev.back
            raw.kw_start = (
                prev.kw_start if prev.kw_start is not None else prev.start
            )  # the list's verb governs
            raw.rule = "range" if in_range else "list"
            raw.evidence.append(f"{raw.rule} after {prev.number}")
            if prev.start in owners:
                owners[raw.start] = owners[prev.start]
            if raw.body_key is None and prev.start in turn_of:
                _body_in_turn(raw, prev, turns, turn_of)
            elif raw.body_key is None and prev.respective and prev.bodies_ahead:
                # "大会和人权理事会分别通过的第72/5号和第33/4号决议": the next body named before
                # "respectively"
                _respective_body(raw, prev.bodies_ahead)
            if raw.body_key is None and prev.list_body:
                raw.body_key = raw.list_body = prev.list_body
                raw.evidence.append(f"list body: {prev.list_body}")
                if NOUN_LIST_BODY in prev.evidence:
                    raw.evidence.append(NOUN_LIST_BODY)
            if raw.body_key is None and prev.body_key == OTHER_ORGANISATION and ORG_ACTOR in prev.evidence:
                # "the Parliament adopted resolutions 2019/4 and 2019/5": each the organ's text
                raw.body_key = OTHER_ORGANISATION
                raw.evidence.append(ORG_ACTOR)
            if raw.date and prev.date is None and not in_range and raw.date2 is None:
                tail_end = respective_dates(text, raw, out, pat, tail_end)
            elif raw.date is None and prev.date is None and not in_range and pat.day_list is not None:
                tail_end = day_list_dates(text, raw, out, pat, tail_end)
            if prev.date is None and raw.date and ONE_WORD_GAP.fullmatch(text, prev_tail_end, s):
                prev.shares_date_with_next = True
                for r in _comma_run(text, out, prev):  # "70/1, 70/2 and 70/3 of …": all of them
                    r.shares_date_with_next = True
            elif prev.date is None and prev.letter and raw.letter and prev.number == raw.number:
                # "64/85 A, 64/85 B and 64/85 C of 10 December 2009": the parts of one resolution,
                # each written whole, share the date after the last (given to it below, in turn)
                prev.shares_date_with_next = True
            if in_range and range_budget > 0:
                spanned = between(prev, raw, notes)[:range_budget]
                range_budget -= len(spanned)
                out.extend(spanned)
            out.append(raw)
            prev, prev_tail_end = raw, tail_end
            last, last_tail_end = raw, tail_end
            continue
        window_start = max(0, s - 160)
        window = text[window_start:s]
        k = keyword_before(text, s, window_start, window, pat)
        if k is not None and month_not_noun(text, s, k, names, pat):
            k = None
        if k is not None and text[s - 1 - (text[s - 1] == " ")] in _BRACKET_OPENS:
            # "its resolution of 20 December 2011 (66/150)": the date before the bracket is the number's
            # (the date kw_after read between the noun and the number, in all its forms: no "of",
            # "( 66/150)", "（66/150）"; a later number of a dated list, "… and of 20 December 2013
            # (68/243)", kw_after passes by its other branch, whose dates are not named: that one's
            # date is read below, by _date_before_bracket at the bracket — both are needed)
            dated = pat.kw_after.fullmatch(text, k[0] + len(k[1]), s)
            raw.date = parse_date(dated) if dated is not None else None
        elif k is not None and any(c.isdigit() for c in text[k[0] + len(k[1]) : s]):
            # "резолюция Генеральной Ассамблеи от 20 декабря 1971 года 2847 (XXVI)": the date after
            # its word (grammar.date_before_number) between the body and the number is the number's
            dated = pat.kw_after.fullmatch(text, k[0] + len(k[1]), s)
            if dated is not None and dated.group("dpre"):
                raw.date = parse_date(dated)
        if k is not None and seq and pat.fraction_after is not None and pat.fraction_after.match(text, e):
            k = None  # ("decision 3/4 majority", "2/3 of the votes"): a fraction, no text's number
        # (the number's table kind, when the header-row test below worked it out)
        header = header_noun(text, k[0], s, e, pat, lang) if k is not None else None
        if header is not None and header[0] is not None:
            k = None  # (a header row's last cell names the column's texts, not this number)
        if k is None and pat.post_noun is not None:
            after_k = keyword_after(text, s, e, pat, noun_ahead, note_blocks)
            if after_k:
                k = after_k[:5]
                raw.date = after_k[5]
                if after_k[7] is not None:
                    dates = after_k[7]
                    parts = CAPITALS.findall(raw.letter) if raw.letter and "-" not in raw.letter else []
                    if pat.loose_number is not None and pat.loose_number.search(text, e, after_k[6]):
                        next_date_ahead(raw, dates)  # one date for each number
                    elif len(parts) == 2 == len(dates):
                        raw.date, raw.date2 = dates  # "1994年…和1995年…第49/222 A和B号决议"
                        raw.evidence.append("a date for each part")
                    elif respective(text, after_k[0], pat, raw, names, s):
                        next_date_ahead(raw, dates)  # … each number with its noun after it
                    else:
                        raw.date = None  # more dates than numbers: none is this one's
                else:  # "分别于<date>通过的第…号决议和第…号决议": one date for each
                    respective(text, after_k[0], pat, raw, names)
                # what stands between the number before and this one: the list word alone
                # ("第5/1和5/2号"), or the list word with the noun ("第60/180号决议和第…") — read once
                bare_joined = noun_joined = False
                if last is not None:
                    bare_joined = (
                        pat.bare_and is not None and pat.bare_and.fullmatch(text, last.end, s) is not None
                    )
                    noun_joined = (
                        pat.noun_and is not None and pat.noun_and.fullmatch(text, last.end, s) is not None
                    )
                if (
                    raw.date is None
                    and last is not None
                    and last.respective
                    and not noun_joined
                    and _noun_joined_over_body(text, last.end, s, names, pat)
                ):
                    # "分别于…和…通过的第68/44号决议和经济及社会理事会第2013/5号决议": the second
                    # text's own body named between the list word and its number
                    noun_joined = True
                if raw.date is None and last is not None and last.respective and noun_joined:
                    if last.dates_ahead:
                        next_date_ahead(raw, last.dates_ahead)
                    elif last.date:
                        raw.date = last.date
                        raw.evidence.append("date of the number before, respectively")
                    raw.respective = True
                if (
                    not raw.body_key
                    and last is not None
                    and last.start in turn_of
                    and (bare_joined or noun_joined)
                ):
                    _body_in_turn(raw, last, turns, turn_of)
                if (
                    last is not None
                    and last.bodies_ahead
                    and not raw.body_key
                    and (noun_joined or bare_joined)
                ):
                    _respective_body(raw, last.bodies_ahead)
                if raw.date is None and last is not None and last.dates_ahead and bare_joined:
                    next_date_ahead(raw, last.dates_ahead)
                if raw.date is None and last is not None and last.date and bare_joined:
                    raw.date = last.date  # "2007年6月18日第5/1和5/2号决议": one date for both
                    raw.evidence.append("date of the number before")
                if (
                    last is not None
                    and raw.start not in turn_of
                    and (last.list_body or last.possessive or last.actor_key or last.actor_generic)
                    and (
                        bare_joined
                        # "人权理事会关于…的第46/3号和关于…的第47/18号决议": the second with its topic
                        or (
                            raw.body_key is None
                            and pat.topic_and is not None
                            and pat.topic_and.fullmatch(text, last.end, s) is not None
                        )
                        # "人权理事会第41/2号决议⏎和第35/20号决议": each number with its noun, the
                        # second naming no body of its own
                        or (raw.body_key is None and not raw.respective and noun_joined)
                    )
                ):
                    # "大会第60/1、60/251和61/295号决议": the body, possessive or actor of the list's first
                    # number is its other numbers' too
                    raw.body_key = raw.list_body = last.list_body
                    raw.possessive = last.possessive
                    raw.actor_key, raw.actor_generic = last.actor_key, last.actor_generic
                    raw.evidence.append(f"list body: {last.list_body or last.actor_key or 'possessive'}")
                    if not bare_joined and noun_joined:
                        raw.evidence.append(NOUN_LIST_BODY)
                pin = pat.pin_after.match(text, after_k[6]) if pat.pin_after is not None else None
                if pin:  # "第64/293号决议第5段": the pinpoint after the noun
                    raw.pinpoint = pin.group()
        if short_prst and (not k or kind_of(k[1], pat) != "prst"):
            continue  # "PRST/8/1" after no statement's noun: no number read
        if k:
            tail_end = read_tail(text, raw, pat)
            kw_start, kw_word, head, poss, bodymid = k
            group += 1
            raw.group = group
            raw.kind = kind_of(kw_word, pat)
            raw.kw_start = kw_start
            raw.rule = "keyword"
            raw.evidence.append(f"keyword: {kw_word}")
            raw.poss_gender = pat.possessive_nouns.get(fold(kw_word))
            if poss or fold(kw_word) in pat.list_nouns:
                topic_lists.add(group)
            if bodymid and _title_cell_body(text, raw, kw_start):
                # "Resolutions adopted by the Economic and Social Council⏎2024/5 Economic
                # Commission for Africa 25 July 2024": a table's title that names its body, its
                # first row under it, the row's title cell opening with another body's name: the
                # number is the title's body's, the name the row's title
                raw.body_key = None
                raw.evidence = [
                    "title cell after the row's number" if ev.startswith(_BODY_AFTER) else ev
                    for ev in raw.evidence
                    if ev != "an organ of another organisation"
                ]
                raw.generic = None
            if bodymid:
                raw.evidence.append(f"body: {WS_RUN.sub(' ', bodymid)}")
                key = lexicon.load().body_names.get(fold(bodymid))
                if key:
                    raw.list_body = key
                    raw.body_key = raw.body_key or key
                elif (
                    raw.body_key is None
                    and pat.body_joiner is not None
                    and (
                        together := names.joined_before(
                            text.rfind(bodymid, kw_start, s) + len(bodymid), pat.body_joiner
                        )
                    )
                ):
                    # "les résolutions de l'Assemblée générale et du Conseil des droits de l'homme
                    # 70/1 et 31/2": each body's number in turn
                    _bodies_in_turn(raw, together, turns, turn_of)
                else:  # a short name: "del Consejo"
                    raw.generic = lexicon.load().generic_names.get(fold(bodymid))
            if poss:
                raw.possessive = True
                raw.evidence.append(f"possessive: {text[head:kw_start].strip()}")
                named = names.ending_before(head, pat.actor_gap) or (
                    names.ending_before(head, pat.adopt_gap, ADOPT_REACH)
                    if adoption_near(text, head, pat)
                    else None
                )
                if named is None and pat.actor_verb_gap is not None and text[head - 2 : head - 1] != ",":
                    # "At its 37th meeting, on 3 April 1997, the Commission on Human Rights,
                    # reaffirming its resolution 1996/22, …": the subject of the participle's clause
                    # (not the object of a request: "invites the Council, recalling its …")
                    subject = names.body_before(head, pat.actor_verb_gap, VERB_GAP_REACH)
                    if subject is not None and pat.actor_verb_lead.search(
                        text, max(0, subject[1] - VERB_LEAD_REACH), subject[1]
                    ):
                        named = subject[2], None
                        raw.evidence.append("subject of the participle's clause")
                if (
                    named is None
                    and (first := subject_first(text, head, number, raw.kind, names)) is not None
                ):
                    # "The Human Rights Council extended the mandate in its resolution 40/16": the
                    # subject that opens the clause, its verb after it
                    named = first
                    raw.evidence.append("subject that opens the clause")
                # (a body named by its name first; a short name may end an organ's: "the Municipal
                # Council, in its …")
                if not (named and named[0]) and organisation_actor(text, head, pat, link=True):
                    # "the Parliament, in its resolution 2019/112", "the Municipal Council, in its
                    # resolution 2019/8": that organ's text, not the citing body's
                    raw.actor_key = OTHER_ORGANISATION
                    raw.evidence.append(ORG_ACTOR)
                elif named and object_of_request(text, head, names, pat):
                    raw.evidence.append("the body before is the object of a request: its is the citing body")
                elif named:
                    raw.actor_key, raw.actor_generic = named
                elif pat.agent_gap is not None and (
                    agent := names.agent_before(head, pat.agent_gap, pat.agent_lead)
                ):
                    # (a short name, "by the Council, on …, of its", gives only the date: "its"
                    # is bound as before)
                    raw.actor_key, agent_end = agent
                    if raw.actor_key:
                        raw.evidence.append(f"agent of the adoption: {raw.actor_key}")
                    if (
                        raw.date is None
                        and adoption_there(text, agent_end - AGENT_NAME_REACH, head)
                        and (ad := pat.date.search(text, agent_end, head))
                    ):
                        # "the adoption by the Council, on 6 October 2023, of its resolution 54/9"
                        raw.date = parse_date(ad)
                        raw.evidence.append(AGENT_DATE)
                elif (single := singled_out_body(text, head, names, pat, noun=False)) is not None:
                    # "the work of the UNICEF Executive Board, in particular its decision 2020/12":
                    # the possessive is the body's whose texts the clause singles one out of
                    raw.actor_key = single
                    raw.evidence.append(f"possessive after the texts singled out of: {single}")
                elif (
                    and_body := singled_out_body(text, head, names, pat, noun=False, list_word=True)
                ) is not None and CLAUSE_NUMBER.search(text, max(0, head - SINGLED_REACH), head) is None:
                    # "the Executive Board of UNICEF and its decisions 2020/12 and 2021/3": the
                    # possessive after a list word is the body's named just before, no other between
                    raw.actor_key = and_body
                    raw.evidence.append(f"possessive after the body named before it: {and_body}")
            elif (owner := other_owner(text, head, kw_start, names, pat)) is not None:
                raw.actor_key, raw.actor_generic = owner
                raw.evidence.append(f"possessive of the body named before: {text[head:kw_start].strip()}")
            elif (
                raw.poss_gender is not None
                and (actor := names.ending_before(head, pat.actor_gap)) is not None
                and gender_fits(actor, raw.poss_gender, pat)
            ):
                # "وقدم المجلس، في قراره 45/6": the actor of the clause, of the suffix's gender
                raw.actor_key, raw.actor_generic = actor
                raw.evidence.append("actor of the clause, of the possessive's gender")
            elif (
                raw.poss_gender is not None
                and (first := verb_first_subject(text, head, names)) is not None
                and gender_fits(first, raw.poss_gender, pat)
            ):
                # "وقرر مجلس حقوق الإنسان في عام 2016 تمديد الولاية بموجب قراره 31/35": the subject
                # of the verb that opens the clause, of the suffix's gender, no other body between
                raw.actor_key, raw.actor_generic = first
                raw.evidence.append("subject of the verb that opens the clause, of the possessive's gender")
            else:
                # (… or the actor of the clause, the noun without a possessive: "принятую Генеральной
                # Ассамблеей в резолюции 61/106", "adopted by the General Assembly in resolution …")
                named = (
                    names.ending_before(head, SPACES)
                    or names.ending_before(head, pat.actor_gap_bare)
                    # "واتخذ مجلس حقوق الإنسان، في دورته الثانية والخمسين، القرار 52/25": the subject
                    # of a verb written first, the session between it and the text's noun
                    or (
                        names.ending_before(head, pat.subject_session, 60)
                        if pat.subject_session is not None
                        else None
                    )
                    # "12 Human Rights Council, Res. 32/2": the author a legal style names first
                    or author_before(text, head, names, lang)
                    # "人权理事会2019年3月22日决议(40/12)": the date between the body and the noun
                    or names.ending_before(head, dated_body_gap(lang))
                    # "the Human Rights Council's resolution 41/2": the body whose it is
                    or (
                        body_of_possessive(names.ending_before(head, POSSESSIVE_GAP))
                        if possessive_end_before(text, head)
                        else None
                    )
                    # "The Human Rights Council extended the mandate by resolution 40/16": the subject
                    # that opens the clause, its verb and the link's noun after it
                    or subject_first(text, head, number, raw.kind, names)
                )
                if named and raw.poss_gender is not None and not gender_fits(named, raw.poss_gender, pat):
                    named = None  # "مجلس … وبقرارها": her resolution, not the Council's
                if (
                    not named
                    and raw.body_key is None
                    and raw.generic is None
                    and (bracketed := bracket_item(text, head, tail_end, names, pat)) is not None
                    and could_hold(bracketed, number, raw.kind)
                ):
                    # "l'Assemblée générale (résolution 77/222), le Conseil de sécurité (…) et le
                    # Conseil des droits de l'homme (résolution 52/4)": each body its bracket's
                    named = (bracketed, None)
                    raw.evidence.append(BRACKET_ITEM)
                if (
                    not named
                    and raw.body_key is None
                    and raw.generic is None
                    and (adopter_found := adopter_before_bracket(text, head, names, pat)) is not None
                ):
                    # "adopted by the Statistical Commission at its fifty-fourth session (decision
                    # 54/101)": the text the clause says that body adopted is that body's
                    named = adopted_by(raw, adopter_found)
                adopting = not named and adoption_near(text, head, pat)
                if (
                    (adopting or (not named and raw.poss_gender is not None))
                    and raw.body_key is None
                    and raw.generic is None
                    and organisation_actor(text, head, pat, link=raw.poss_gender is not None)
                ):
                    # "the Parliament adopted resolution 2018/57": that organ's text (… and its
                    # actor before a noun with a possessive suffix: "البرلمان، في قراره")
                    raw.body_key = OTHER_ORGANISATION
                    raw.evidence.append(ORG_ACTOR)
                elif (
                    adopting
                    and (adopted := names.ending_before(head, pat.adopt_gap, ADOPT_REACH)) is not None
                    and not complement_adopting(text, head, names, pat, lang)
                ):
                    # "the Human Rights Council adopted resolution 44/2": the subject's text (a
                    # short name, "the Commission adopted …", as the clause's actor)
                    if adopted[0]:
                        # (a body outside the series of ids.md is the resolver's subject rule's)
                        if lexicon.load().bodies[adopted[0]].numbering != "none":
                            named = adopted
                            subject = names.body_before(head, pat.adopt_gap, ADOPT_REACH)
                            if subject is not None and (y := CLAUSE_YEAR.search(text, subject[0], head)):
                                # "the Human Rights Council, in July 1999, adopted …": the year the
                                # resolver checks against the body's years
                                raw.clause_year = int(y.group())
                                raw.evidence.append(f"year of the adoption: {y.group()}")
                    else:
                        raw.actor_generic = adopted[1]
                        raw.evidence.append(f"subject of the adoption: {adopted[1]}")
                if named and named[0] and bodymid and raw.list_body and raw.list_body != named[0]:
                    # "القرار 553 (د-26) للجنة الاقتصادية … وقراري الجمعية العامة 3201 (دإ-6) و 3202":
                    # the body named between the noun and its number is the list's, not the one
                    # that ends before the noun (the body of the text cited before)
                    pass
                elif named and named[0]:
                    key = named[0]
                    raw.list_body = key
                    raw.body_key = raw.body_key or key
                    raw.evidence.append(f"body before: {key}")
                    if (
                        raw.body_key == key
                        and pat.body_joiner is not None
                        and (together := names.joined_before(head, pat.body_joiner))
                    ):
                        # "General Assembly and Human Rights Council resolutions 70/1 and 31/2",
                        # "大会和人权理事会第70/1和31/2号决议": each body's number in turn
                        _bodies_in_turn(raw, together, turns, turn_of)
                elif raw.body_key is None and raw.generic is None and organisation_before(text, head, pat):
                    # "the OSCE decision 12/3", "the city council resolution 2019/112": that
                    # organisation's text, no body's of the text cited before nor the Assembly's
                    raw.body_key = OTHER_ORGANISATION
                    raw.evidence.append("an organ of another organisation (its short name before the noun)")
                elif named:
                    raw.generic = named[1]
                elif raw.body_key is None and (single := singled_out_body(text, head, names, pat)):
                    # "les résolutions de la Commission … sur la question, notamment la résolution
                    # 2005/18": one text singled out of the body's texts named just before is its
                    raw.list_body = raw.body_key = single
                    raw.evidence.append(f"singled out of the texts of: {single}")
                elif (
                    raw.body_key is None
                    and raw.generic is None
                    and (short_kind := singled_out_generic(text, head, names, pat)) is not None
                ):
                    # "the decisions of the Governing Council, in particular decision 27/5": the
                    # body the short name stands for
                    raw.generic = short_kind
                    raw.evidence.append(f"singled out of the texts of the short name: {short_kind}")
            if (
                last is not None
                and (before := owners.get(last.start)) is not None
                and raw.body_key is None
                and raw.generic is None
                and raw.actor_key is None
                and raw.actor_generic is None
                and same_shape(number, last.number)
                and could_hold(before[0] or before[2], number, raw.kind)
                and owner_joined(text, last_tail_end, kw_start, pat)
                and (last.start not in owned_after or dated_gap(text, last_tail_end, kw_start))
            ):
                # "the Council adopted decision 49/116 and resolution 49/27", "dans sa décision
                # 49/116 et sa résolution 49/27": the noun after the list word names the owner of
                # the number before it, when it names none of its own
                raw.evidence.append(OWNER_BEFORE)
                if before[2] is None:
                    raw.actor_key, raw.actor_generic = before[0], before[1]
                    raw.possessive = raw.possessive or last.possessive
                elif not raw.possessive and raw.poss_gender is None:
                    raw.body_key = raw.list_body = before[2]
            elif (
                last is not None
                and raw.body_key
                and raw.kind != last.kind
                and not raw.possessive
                and any(ev.startswith("body after: ") for ev in raw.evidence)
                and owner_joined(text, last_tail_end, kw_start, pat)
            ):
                # "les décisions 46/115 et 46/116 ainsi que la résolution 46/2 du Conseil des droits
                # de l'homme": the body after the last number of a list of another kind's noun is
                # the body of the numbers before that name none
                for r in reversed(out):
                    if (
                        r.group != last.group
                        or r.body_key
                        or r.generic
                        or r.possessive
                        or r.actor_key
                        or r.actor_generic
                        or not same_shape(number, r.number)
                    ):
                        break
                    if not could_hold(raw.body_key, r.number or "", r.kind):
                        break
                    r.body_key = raw.body_key
                    r.evidence.append(f"{BODY_AFTER_NEXT}{raw.body_key}")
            if raw.actor_key or raw.actor_generic:
                owners[raw.start] = (raw.actor_key, raw.actor_generic, None)
            elif raw.list_body and (
                bodymid or OWNER_BEFORE in raw.evidence or f"body before: {raw.list_body}" in raw.evidence
            ):
                owners[raw.start] = (None, None, raw.list_body)
            elif (
                raw.body_key is not None
                and raw.body_key != OTHER_ORGANISATION
                and not raw.possessive
                and raw.poss_gender is None
                and any(ev.startswith("body after: ") for ev in raw.evidence)
            ):
                # "la résolution 48/9 du Conseil des droits de l'homme et, le 11 octobre, la
                # résolution 48/13": the body named after the number, for a noun dated after the list word
                owners[raw.start] = (None, None, raw.body_key)
                owned_after.add(raw.start)
            lead = min(head, kw_start, s)
            if (
                raw.date is None
                and (
                    (db := _date_before_bracket(text, lead, pat, last_tail_end, names))
                    # (… or between the noun and the bracket: "its resolution of 3 May 2010 (64/262)"
                    # — the later numbers of a dated list, "… and of 20 December 2013 (68/243)"; the
                    # first has its date already, from the date kw_after reads)
                    or (
                        text[s - 1] == "("
                        and (db := _date_before_bracket(text, s, pat, last_tail_end, names))
                    )
                )
                and _bracket_names_only(text, tail_end, pat)
            ):
                # "the Declaration adopted on 19 September 2016 (resolution 71/1)": the text the bracket
                # names is the one adopted on that date
                dated_by(raw, db, "date before the bracket of the number")
            if raw.date is None and (
                da := adoption_date(
                    text,
                    head,
                    names,
                    lang,
                    pat,
                    raw.possessive or raw.poss_gender is not None or raw.actor_key is not None,
                )
            ):
                # "adoptée le … par l'Assemblée générale dans sa résolution 61/106"
                raw.date, evidence = da
                raw.evidence.append(evidence)
            if (
                raw.date is None
                and "\n" in text[kw_start:s]
                and not text[text.rfind("\n", 0, s) + 1 : s].strip()
            ):
                # "Resolutions adopted by the General Assembly⏎79/101 Title 4 December 2024": a
                # table's title that ends with the body's name, its first row's number after it,
                # the date that ends the row's line (its last cell) the number's
                raw.date = last_cell_date(text, e, pat)
            _date_in_sentence_before(text, raw, head, names, lang, pat)
            _pinpoint_before(text, raw, head, names, symbols, lang, pat)
            _actor_after(text, raw, kw_start, tail_end, pat)
            out.append(raw)
            prev, prev_tail_end = raw, tail_end
            last, last_tail_end = raw, tail_end
            continue
        # "Council resolutions 8/12 of 18 June 2008, in which it …, and 11/3 of 17 June 2009":
        # a dated number after "and" still belongs to the list a relative clause interrupted
        if last is not None and 0 <= s - last_tail_end <= 250:
            tail_end = read_tail(text, raw, pat)
        if last is not None and 0 <= s - last_tail_end <= 250:
            gap = text[last_tail_end:s]
            if gap and gap[0] in SUPERSCRIPTS:
                gap = _MARK_BEFORE_COMMA.sub("", gap, 1)  # the note's mark after the item's date
            ends = pat.and_at_end.search(gap) is not None
            ok = (raw.date is not None and ends) or (
                # "1514 (XV) and 1541 (XV), by which it adopted …, 2131 (XX)" — a clause set off by
                # commas, no number in it, and a number (dated or not) of the same shape as the list's
                gap[:1] == ","
                and (ends or gap.rstrip().endswith(","))
                and not HAS_DIGIT.search(QUOTED_TITLE.sub("", gap) if '"' in gap or "《" in gap else gap)
                and shape(number) in SHAPES_AFTER[shape(last.number or "")]
            )
            if ok and not re.search(r"[;.]\s|\n\s*\n", gap):
                raw.kind, raw.group = last.kind, last.group
                raw.kw_start = last.kw_start if last.kw_start is not None else last.start
                raw.rule = "list after a clause"
                raw.evidence.append(f"list goes on after {last.number}")
                raw.possessive, raw.actor_key, raw.actor_generic = (
                    last.possessive,
                    last.actor_key,
                    last.actor_generic,
                )
                raw.generic, raw.body_key = (
                    last.generic,
                    raw.body_key or last.list_body or last.body_key,
                )
                out.append(raw)
                prev, prev_tail_end = raw, tail_end
                last, last_tail_end = raw, tail_end
                continue
        # a number alone in a table cell, under a heading or column header that names it
        kind_found = header[0] if header is not None else table_kind(text, s, e, pat, lang, table_rows)
        if kind_found:
            tail_end = e
            group += 1
            raw.group = group
            raw.kind, (table_body, table_generic) = kind_found
            raw.rule = "table cell"
            raw.evidence.append("table headed by resolutions or decisions")
            page = contents_page(text, s, e, pat)
            if page is not None:
                raw.evidence.append(f"{CONTENTS_ENTRY}{page}")
            if table_body:
                raw.body_key = raw.list_body = table_body
                raw.evidence.append(f"body of the table's heading: {table_body}")
            elif table_generic:
                raw.generic = table_generic
                raw.evidence.append(f"short name in the table's heading: {table_generic}")
            row_end = text.find("\n", e)
            for cell in CELL_SEP.split(text[e : len(text) if row_end < 0 else row_end])[1:]:
                d = pat.date.fullmatch(cell.strip())
                if d:  # a cell that is a date: the date of adoption
                    raw.date = parse_date(d)
                    break
            else:
                row_line = text[text.rfind("\n", 0, s) + 1 : len(text) if row_end < 0 else row_end]
                if separator(row_line) in ("", "  "):
                    # a PDF row (its cells joined by spaces, on lines that wrap): the date its cells hold
                    raw.date = row_date(text, e, pat, lang)
            out.append(raw)
            prev, prev_tail_end = None, -1
            continue
        # no keyword: only the Security Council's N (YYYY) stands alone (not after a State act's
        # noun or a pinpoint's: "Law 1325 (2000)", "Article No. 1820 (2008)")
        if (
            m.group("paren")
            and m.group("paren").isdigit()
            and not act_before(text, s, pat)
            # (… nor after a periodical's short name: "31 I.L.M. 818 (1992)" is a page)
            and not periodical_before(lang).search(text, max(0, s - 30), s)
        ):
            tail_end = read_tail(text, raw, pat) if tail_end < 0 else tail_end
            group += 1
            raw.group = group
            raw.kind = "res"
            raw.bare_sc = True
            raw.rule = "bare N (YYYY)"
            out.append(raw)
            prev, prev_tail_end = raw, tail_end
            continue
        prev = None
    _check_turns(turns)
    _topic_dated(text, out, lang)
    _dates_passed_on(text, out, pat)
    return out


#: how far before an adopted text's symbol its noun is looked for ("adopted resolution A/RES/71/222")
_SYMBOL_NOUN_REACH = 40


def date_adopted_symbols(
    text: str, symbols: list[Raw], names: Names, fits: Callable[[Raw], bool], lang: str = ""
) -> None:
    """The adoption's date of an adopted text's symbol (``symbols``: those the symbol's own
    words left undated) written right after the text's noun, as the sentence before the noun
    writes it for a number: "On 21 December 2016 the Assembly adopted resolution A/RES/71/222",
    "21 декабря 2016 года Генеральная Ассамблея приняла резолюцию A/RES/71/222", "adoptée le …
    par l'Assemblée générale dans sa résolution A/RES/61/106" — a date the symbol ``fits``."""
    pat = patterns(lang)
    for raw in symbols:
        if raw.date is not None:
            continue
        noun = next(
            reversed(list(pat.kind_noun.finditer(text, max(0, raw.start - _SYMBOL_NOUN_REACH), raw.start))),
            None,
        )
        if noun is not None and not text[noun.end() : raw.start].strip():
            head = noun.start()  # (the noun right before the symbol, nothing but a blank between)
        elif pat.post_noun is not None and pat.post_noun.match(text, raw.end) is not None:
            # (… or, in a language that writes the noun after the number, right after the symbol,
            # its number mark perhaps between: "大会于2015年6月19日通过了A/RES/69/292号决议")
            head = raw.start
        else:
            continue
        evidence = len(raw.evidence)
        if (da := adoption_date(text, head, names, lang, pat)) is not None:
            raw.date = da[0]
            raw.evidence.append(da[1])
        else:
            _date_in_sentence_before(text, raw, head, names, lang, pat)
        if raw.date is None or not fits(raw):
            raw.date = None  # (a date the symbol's body could not have adopted it on)
            del raw.evidence[evidence:]


def _date_in_sentence_before(text: str, raw: Raw, head: int, names: Names, lang: str, pat: Patterns) -> None:
    """The date of adoption written in the sentence before the number's clause (``head``): after
    the adoption noun, at the sentence's opening, before a coordinated number, or set off after
    the subject ("The General Assembly, at its … meeting, on …, adopted")."""
    # the dates written before the noun below all lie in the sentence's stretch before it:
    # none of their rules is tried where that stretch holds no year (one scan for the four)
    year_near = raw.date is None and YEAR.search(text, max(0, head - SENTENCE_REACH), head) is not None
    if (
        year_near
        and raw.date is None
        and (an := search_dated(functools.partial(adoption_noun_date, lang), text, max(0, head - 160), head))
    ):
        # "Welcomes the adoption, on 22 December 2023, of resolution 78/228"
        dated_by(raw, an, _ADOPTION_NOUN_DATE)
    if (
        year_near
        and raw.date is None
        and (named_at := names.start_before(head)) < head
        and (
            ab := search_dated(
                functools.partial(adopted_bracket_date, lang), text, max(0, named_at - 80), named_at
            )
        )
    ):
        # "Declaration on Coastal Wetlands (adopted 14 December 2011 UNGA Res 66/150)", as OSCOLA
        # cites a declaration after its title
        dated_by(raw, ab, "date of the adoption opening the bracket before the body's name")
    opening = functools.partial(sentence_date, lang)
    if (
        year_near
        and raw.date is None
        and (
            (sd := search_dated(opening, text, max(0, head - 200), head))
            # (… or up to the title mark the number and its noun stand in as a term, its number's
            # prefix left out there: "2011年3月17日，安理会通过了《第1973(2011)号决议》")
            or (
                head
                and text[head - 1] == TITLE_OPEN
                and (sd := search_dated(opening, text, max(0, head - 201), head - 1))
            )
        )
    ):
        # "On 14 December 2022, the Assembly adopted, without a vote, resolution 77/163"; or
        # the verb first: "اعتمدت الجمعية العامة في 14 كانون الأول/ديسمبر 2022 القرار 77/163"
        raw.date = parse_date(sd)
        raw.evidence.append(_VERB_FIRST_DATE if sd.group("verb_first") is not None else _SENTENCE_DATE)
    if (
        year_near
        and raw.date is None
        and (cj := coordinated_date(lang).search(text, max(0, head - 120), head))
    ):
        # "… adopted resolution 48/9 and, on 11 October 2021, resolution 48/13"; or without
        # the year a date earlier in the sentence gives: "… on 8 October 2021 resolution
        # 48/9 and, on 11 October, resolution 48/13"
        if (whole_date := parse_date(cj)) is not None:
            raw.date = whole_date
            raw.evidence.append(_COORDINATED_DATE)
        elif (given := _sentence_date_before(text, cj.start(), pat)) is not None and (
            yd := year_given_date(cj, given)
        ):
            raw.date = yd
            raw.evidence.append(_COORDINATED_DAY)
    if year_near and raw.date is None and (sid := subject_inserted_date(text, head, names, pat)) is not None:
        # "The General Assembly, at its 45th plenary meeting, on 3 December 1998, adopted
        # resolution 53/40"
        raw.date = sid
        raw.evidence.append(_SUBJECT_DATE)


def _pinpoint_before(
    text: str, raw: Raw, head: int, names: Names, symbols: list[tuple[int, int]], lang: str, pat: Patterns
) -> None:
    """The pinpoint ("annex I to", "paragraph 5 of") that ends where the number's clause opens
    (``head``) or before the body's name there, unless it places a report or records."""
    pin = pin_ending_at(pat, text, head)
    if pin is None and (named_at := names.start_before(head)) < head:
        pin = pin_ending_at(pat, text, named_at)  # "annex I to General Assembly resolution 64/213"
    if pin is None and (short_at := _short_name_before(text, head, pat)) < head:
        pin = pin_ending_at(pat, text, short_at)  # "the annex to Council resolution 16/21"
    if (
        pin
        and raw.pinpoint is None
        and not (
            not text[pin.end("pin") : head].strip(" \t\n,")
            and (
                report_place(text, pin.start("pin"), symbols)
                or records_place(text, pin.start("pin"), lang) is not None
            )
        )
    ):
        raw.pinpoint = re.sub(r"\s+", " ", pin.group("pin"))


def _short_name_before(text: str, head: int, pat: Patterns) -> int:
    """Where a body's short name written right before ``head`` (blanks between) starts ("the
    annex to Council resolution 16/21"), else ``head``."""
    lo = max(0, head - _SHORT_NAME_REACH)
    for m in pat.generic_name.finditer(text, lo, head):
        if not text[m.end() : head].strip():
            return m.start()
    return head


#: Most characters a body's short name before a number's noun takes ("Council", "Conseil d'administration")
_SHORT_NAME_REACH = 40


def _actor_after(text: str, raw: Raw, kw_start: int, tail_end: int, pat: Patterns) -> None:
    """The actor named after the number ("in its resolution 45/12, the Council …"): after a
    possessive, after the clause's verb (of the possessive's gender), or after a number that
    opens the sentence."""
    after = pat.actor_after.match(text, tail_end)
    if raw.possessive and after:
        raw.actor_key, raw.actor_generic = actor_named(after)
    elif (
        raw.poss_gender is not None
        and raw.actor_key is None
        and raw.actor_generic is None
        and raw.body_key is None
        and pat.link_before.search(text, max(0, kw_start - 8), kw_start) is not None
        and (after := pat.actor_after_verb.match(text, tail_end)) is not None
        and not text_noun(fold(after.group("w")), pat)
        and (
            pat.object_before is None
            or pat.object_before.search(text, after.start("w"), after.start(after.lastgroup or "w")) is None
        )
    ):
        # "وفي قراره 45/12، طلب مجلس حقوق الإنسان …": in its resolution, the Council (the
        # verb first) — the actor named after, of the suffix's gender
        actor = actor_named(after)
        if (actor[0] or actor[1]) and gender_fits(actor, raw.poss_gender, pat):
            raw.actor_key, raw.actor_generic = actor
            raw.evidence.append("actor named after the clause's verb, of the possessive's gender")
    elif (after := body_after_opening_number(text, raw, kw_start, tail_end, pat)) is not None:
        raw.actor_key, raw.actor_generic = actor_named(after)
        raw.evidence.append("body named after the number that opens the sentence")


def _dates_passed_on(text: str, out: list[Raw], pat: Patterns) -> None:
    """After the loop of :func:`find_numbered`: the dates that one number of ``out`` passes to
    others (a whole list's, two texts' each with its noun, "respectively", the text named
    before, the date before a list's noun, parts sharing the next one's)."""
    # "73/11, 73/12 and 73/20, all of 10 December 2018": the date of every number of the list
    # that has none of its own, back to the list's first
    for i, r in enumerate(out):
        if r.date and ALL_DATE in r.evidence:
            j = i
            while j > 0 and out[j].rule in ("list", "range") and out[j].group == r.group:
                j -= 1
                if out[j].date is None:
                    out[j].date, out[j].date_shared = r.date, r.number
                    out[j].evidence.append(f"date of the whole list, after {r.number}")
    for i in range(1, len(out)):
        if TWO_DATE in out[i].evidence:
            _two_dated(text, out[i - 1], out[i], pat)
        elif out[i - 1].date is None and out[i - 1].group != out[i].group:
            _respective_run(text, out, i, pat)
    for i in range(1, len(out)):
        if SAME_DATE in out[i].evidence:
            _same_dated(text, out[i - 1], out[i])
    for i in range(1, len(out)):
        r, listed = out[i], out[i - 1]
        if (
            r.date is None
            and r.rule == "list"
            and r.group == listed.group
            and listed.date
            and not listed.date_shared
            and not _BEFORE_NOUN_DATES.isdisjoint(listed.evidence)
        ):
            # "…, а 11 октября — резолюции 48/15 и 48/16", "adopted, on 11 October 2021,
            # resolutions 48/15 and 48/16": the date of the adoption written before the list's noun
            r.date = listed.date
            r.evidence.append(_LIST_NOUN_DATE)
    # "16 (LVI) and 17 (LVI) of 17 May 1974": the date is shared
    for i in range(len(out) - 2, -1, -1):  # (from the last: a run of parts passes the date back)
        r = out[i]
        if r.shares_date_with_next and out[i + 1].date:
            r.date = out[i + 1].date
            # (the number that writes the date: a run's last, "60/1, 65/1 and 70/1 of …")
            r.date_shared = out[i + 1].date_shared or out[i + 1].number
            r.evidence.append("date shared with the next item")


#: the evidence of a number that goes on with a list after the topic of the number before it
_AFTER_TOPIC = "after the topic of the number before"


def _topic_dated(text: str, out: list[Raw], lang: str) -> None:
    """The date set off after an undated number's topic at its clause's end ("its resolution 5/1
    on institution-building of the Council, of 18 June 2007"), and, when that number went on with
    a list after the topic of the one before, that of the undated numbers before it too ("its
    resolutions 5/1 on … and 5/2 on …, of 18 June 2007": adopted the same day) — or one date for
    each of them in order, "respectively" after the dates or in their intro ("69/313 on … and
    71/243 on …, of 27 July 2015 and 21 December 2016, respectively")."""
    pat = patterns(lang)
    for i, r in enumerate(out):
        if r.date is not None or r.number is None or r.tail_end < 0:
            continue
        d = topic_date(lang).match(text, r.tail_end)
        if d is None and (bare := topic_date_bare(lang)) is not None:
            d = bare.match(text, r.tail_end)  # "5/2 – о Кодексе … от 18 июня 2007 года"
        if d is None or (date := parse_date(d)) is None:
            continue
        chain = [r]  # the undated numbers of the topic list, to ``r``
        j = i
        while j > 0 and _AFTER_TOPIC in out[j].evidence and out[j - 1].group == r.group:
            j -= 1
            chain.insert(0, out[j])
        dates = [date]
        pos = _dates_on(text, d.end(), pat, dates)
        intro = d.group("intro") or ""
        while len(chain) < len(dates) and j > 0 and chain[0].rule == "list" and out[j - 1].group == r.group:
            # "its resolutions 78/142 and 79/196 on …, of 19 December 2023 and 19 December 2024,
            # respectively": one topic after the list, the dates for the list's numbers in turn
            j -= 1
            chain.insert(0, out[j])
        if len(dates) > 1:
            word = pat.respective_word
            if (
                word is None
                or not (_respectively_after(text, pos, word) or word.search(intro))
                or len(chain) != len(dates)
                or any(c.date is not None for c in chain)
            ):
                continue
            for c, got in zip(chain, dates, strict=True):
                c.date = got
                c.evidence.append("dates after the last topic, respectively, in the order of the texts")
            continue
        r.date = date
        r.evidence.append("date after its topic")
        if pat.date_two is not None and pat.date_two.search(intro):
            r.evidence.append(TWO_DATE)  # "…, both of 18 June 2007": the text's before too
        elif pat.date_all is not None and pat.date_all.search(intro):
            r.evidence.append(ALL_DATE)
        for c in chain[:-1]:
            if c.date is None:
                c.date, c.date_shared = date, r.number
                c.evidence.append(f"date after the topic of {r.number}")


def _comma_run(text: str, out: list[Raw], last: Raw) -> list[Raw]:
    """The numbers of ``last``'s list written before it, each followed by a comma or one word, none
    dated ("70/1, 70/2 and 70/3 of 25 September 2015": 70/1 before 70/2, and the list words of a
    language that repeats them): they share the date after the list's last. A number with its own
    date ends the run ("68/5 of …, 68/6, 68/7 and 68/9 of …": 68/5 keeps its own)."""
    run: list[Raw] = []
    nxt = last
    for r in reversed(out[: len(out) - 1 if out and out[-1] is last else len(out)]):
        if r.group != last.group or r.rule == "range" or r.tail_end < 0 or r.date is not None:
            break
        if not (
            COMMA_GAP.fullmatch(text, r.tail_end, nxt.start)
            or ONE_WORD_GAP.fullmatch(text, r.tail_end, nxt.start)
        ):
            break
        run.append(r)
        nxt = r
    return run


def _same_dated(text: str, before: Raw, r: Raw) -> None:
    """ "resolution 2023/15 of 25 July 2023 and decision 2023/302 of the same date": ``r`` takes
    the date of the text named just before it in the same paragraph."""
    if (
        r.date is None
        and before.date
        and 0 <= r.start - before.end <= _SAME_GAP
        and "\n\n" not in text[before.end : r.start]
    ):
        r.date, r.date_shared = before.date, before.number
        r.evidence.append(f"date of {before.number}, named before")


def _two_dated(text: str, first: Raw, r: Raw, pat: Patterns) -> None:
    """ "resolution 68/44 and Council resolution 2013/5, both of 5 December 2013", the Arabic
    dual "… المؤرخين …": the date after ``r`` is also ``first``'s, the text named each with its
    own noun just before it in the same clause (both alone in their lists); where a second date
    follows, the two are theirs in turn."""
    if (
        r.date is None
        or first.date is not None
        or r.rule in ("list", "range")
        or first.rule in ("list", "range")
        or first.group == r.group
        or not 0 <= r.start - first.end <= _TWO_GAP
        or any(c in text[first.end : r.start] for c in ";.\n")
    ):
        return
    d = pat.next_date.match(text, r.tail_end) if r.tail_end >= 0 else None
    second = parse_date(d) if d is not None else None
    if d is not None and second is not None and not pat.next_date.match(text, d.end()):
        first.date, r.date = r.date, second
        first.evidence.append("the first of two dates after the next text, in turn")
        r.evidence.append("the second of two dates after it, in turn")
    else:
        first.date, first.date_shared = r.date, r.number
        first.evidence.append(f"date of the two texts, after {r.number}")


def _noun_joined_over_body(text: str, last_end: int, s: int, names: Names, pat: Patterns) -> bool:
    """Is only the noun and the list word (``noun_and``) written between the number ending at
    ``last_end`` and the one at ``s``, once the name of a body standing between them is set aside?"""
    if pat.noun_and is None or not 0 < s - last_end <= _TWO_GAP:
        return False
    i = bisect.bisect_right(names.ends, s) - 1
    while i >= 0 and names.ends[i] > last_end:
        end, start, _key = names.bodies[i]
        if start > last_end and pat.noun_and.fullmatch(text[last_end:start] + text[end:s]):
            return True
        i -= 1
    return False


def _same_clause(text: str, a: Raw, b: Raw) -> bool:
    """Do the numbers ``a`` and ``b`` stand near each other in one clause (no stop between)?"""
    return 0 <= b.start - a.end <= _TWO_GAP and not any(c in text[a.end : b.start] for c in ";.\n")


def _dates_on(text: str, pos: int, pat: Patterns, dates: list[str]) -> int:
    """The dates written one after another from ``pos`` ("and 21 December 2016"), added to
    ``dates``; the end of the last (``pos`` when none)."""
    while (d := pat.next_date.match(text, pos)) is not None and (got := parse_date(d)) is not None:
        dates.append(got)
        pos = d.end()
    return pos


def _respectively_after(text: str, pos: int, word: re.Pattern[str]) -> bool:
    """Does the word "respectively" (``word``) stand right after the run of dates ending at
    ``pos`` (a comma or a bracket between)?"""
    after = _RESPECTIVE_AFTER.match(text, pos)
    return after is not None and word.match(text, after.end()) is not None


def _respective_run(text: str, out: list[Raw], i: int, pat: Patterns) -> None:
    """ "resolution 68/44 and Council resolution 2013/5 of 3 December 2013 and 24 July 2013,
    respectively": the dates after ``out[i]``'s are the texts' named before it (each with its own
    noun, in one clause, none dated), one for each in order, when the word "respectively" stands
    right after them or in their intro and there are exactly as many texts as dates."""
    r = out[i]
    word = pat.respective_word
    if word is None or r.tail_end < 0:
        return
    if r.date is None:  # "… of 3 and 24 July 2013, respectively"
        listed = day_list_at(text, r.tail_end, pat)
        if listed is None:
            return
        dates, pos = listed
    else:
        dates, pos = [r.date], r.tail_end
    pos = _dates_on(text, pos, pat, dates)
    if len(dates) < 2 or i + 1 < len(dates):
        return
    if not (_respectively_after(text, pos, word) or word.search(text, r.end, r.tail_end)):
        return
    members = out[i + 1 - len(dates) : i + 1]
    for a, b in itertools.pairwise(members):
        if a.date is not None or not _same_clause(text, a, b):
            return
    j = i - len(dates)
    if j >= 0 and out[j].date is None and _same_clause(text, out[j], members[0]):
        return  # (more undated texts than dates: not one for each)
    for item, date in zip(members, dates, strict=True):
        item.date = date
        item.evidence.append("dates after the last text, respectively, in the order of the texts")
    r.tail_end = pos


def _bracket_names_only(text: str, pos: int, pat: Patterns) -> bool:
    """Does the bracket a number stands in hold nothing more after it (from ``pos``) than its
    noun, list, pinpoint and figures ("(resolution 71/1, annex)", "（第69/313号决议附件）"), not a
    clause whose verb says what the number has to do with what is dated ("（第69/313号决议所要求）")?"""
    close = text.find(")", pos, pos + 120)
    return close < 0 or pat.bracket_rest.fullmatch(text, pos, close) is not None


def _date_before_bracket(
    text: str, lead: int, pat: Patterns, taken: int, names: Names
) -> re.Match[str] | None:
    """The date that ends just before a bracket opening at ``lead`` (its noun or number first,
    or the body named before them: "adopted on 19 September 2016 (resolution 71/1)", never
    "(see resolution 70/1)"), unless the words of the mention before (read up to ``taken``)
    hold it."""
    j = lead
    while j and text[j - 1] in " \t":
        j -= 1
    if j and text[j - 1] != "(":
        j = names.start_before(j)
    if not j or text[j - 1] != "(":
        return None
    db = search_dated(pat.date_before, text, max(0, j - 61), j)
    if db is None and pat.date_noun_before is not None:
        db = search_dated(pat.date_noun_before, text, max(0, j - 61), j)
    if db is None or db.start() < taken:
        return None
    if day_range_end().search(text, max(0, db.start() - 16), db.start()) is not None:
        # "the summit held from 21 to 23 October 2009 (resolution 64/11)": the last day of a span
        # of days (a session's, a meeting's), no day of the text's adoption
        return None
    sent = pat.sent_noun
    if sent is not None and (
        sent[0].search(text, max(0, db.start() - 30), db.start()) or sent[1].search(text, db.start(), j)
    ):
        # "the letter of 27 July 2015 (resolution 69/313)": the letter's date, not the number's
        return None
    return db


#: the evidence of a body carried to a number with its own noun, naming none ("人权理事会第28/3号决议
#:以及第71/243号决议"): the reader's guess, not a body named for it
NOUN_LIST_BODY = "list body: the number before it, each with its noun"
#: How far before a number that takes its date ("… of the same date") that text may be named
_SAME_GAP = 300
#: How far before a number of "both of <date>" the other of the two may end (its noun between)
_TWO_GAP = 160
#: what may stand between the last of a run of dates and the word "respectively" after it
_RESPECTIVE_AFTER = recache.compile(r"\s*+[,(\u060c]?\s*+")
#: a sentence's stop (a full stop before a blank, the text's end or a Chinese character: the
#: ideographic full stop is normalised to it)
SENTENCE_END = recache.compile(rf"[.](?=\s|$|[{CJK}])|\u3002")
SENTENCE_REACH = 400  # characters read for a sentence's end


#: the evidence of a date set off after the word that joins a second clause of an adoption
_COORDINATED_DATE = "date set off after the word that joins a second clause of the adoption"
_COORDINATED_DAY = (
    "day and month set off after the word that joins a second clause of the adoption,"
    " the year of the date before it in the sentence"
)
_SENTENCE_DATE = "date that opens the sentence of the adoption"
_VERB_FIRST_DATE = "date after the verb and body that open the sentence of the adoption"
_SUBJECT_DATE = "date set off between the subject of the adoption and its verb"
_ADOPTION_NOUN_DATE = "date of the adoption written before the noun"
_LIST_NOUN_DATE = "date of the adoption written before the list's noun"
#: the dates of an adoption written before a noun: every number of the noun's list was adopted
#: then ("… and, on 11 October, resolutions 48/15 and 48/16")
_BEFORE_NOUN_DATES = frozenset(
    (
        _COORDINATED_DATE,
        _COORDINATED_DAY,
        _SENTENCE_DATE,
        _VERB_FIRST_DATE,
        _SUBJECT_DATE,
        _ADOPTION_NOUN_DATE,
        _LIST_NOUN_DATE,
    )
)


def _sentence_date_before(text: str, at: int, pat: Patterns) -> str | None:
    """The last full date (ISO) in the sentence before ``at`` (never across a sentence's stop
    or a blank line), or None."""
    lo = max(0, at - SENTENCE_REACH)
    begin = max((d.end() for d in SENTENCE_END.finditer(text, lo, at)), default=lo)
    begin = max(begin, text.rfind("\n\n", lo, at) + 1)
    if YEAR.search(text, begin, at) is None:
        return None
    last = None
    for d in pat.date.finditer(text, begin, at):
        last = d
    return parse_date(last) if last is not None else None
