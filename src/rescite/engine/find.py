"""Find: every mention of a cited text in the normalised view, with its evidence.

The finder is anchored on tokens that only citations produce — resolution numbers
(``64/293``, ``2200 A (XXI)``, ``1325 (2000)``), document symbols, treaty volume/number
pairs, "Ibid." and known instrument names — and reads the words around each anchor
(keyword, possessive, body, date, pinpoint) from compiled lexicon patterns.  It decides
nothing about ids: that is :mod:`rescite.resolve`.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator

from ..grammar import lexicon, recache
from ..grammar.lexicon import (
    CJK,
    SUPER_TO_DIGIT,
    fold,
    is_cjk,
    phrase_re,
)
from ..grammar.rules import (
    SENDER_FIGURE,
    YEAR,
    CouncilNumber,
    NumberShape,
    Patterns,
    adoption_dates,
    adoption_noun_date,
    body_after_list_word,
    code_noun_before,
    coded_resolutions,
    coded_resolutions_more,
    coded_then_number,
    coordinated_date,
    council_number,
    dated_body_gap,
    day_range_end,
    document_label_before,
    finditer_anchored,
    finditer_words,
    ibid_gate,
    ibid_short_lead,
    link_symbols,
    list_goes_on,
    list_word_first,
    mark_after_noun,
    marked_list_more,
    named_coded_resolutions,
    note_back,
    noun_last_chars,
    number_shapes,
    parse_date,
    patterns,
    periodical_before,
    required_text,
    roman,
    sc_year_plausible,
    search_dated,
    sentence_date,
    shape_scan,
    shape_writers,
    symbol_as_own,
    treaty_acronyms,
    unnumbered_coded,
    year_given_date,
)
from ..ids import NUMBERED_ELEMENTS, is_year
from ..read.stop import STOP
from .find_base import (
    _CLAUSE_NUMBER,
    _COMMA_GAP,
    _FINAL_EL,
    _HAS_DIGIT,
    _ONE_WORD_GAP,
    _POSSESSIVE_GAP,
    _QUOTED_TITLE,
    _SINGLED_REACH,
    _SPACES,
    OTHER_ORGANISATION,
    RANGE_BUDGET,
    RANGE_SPAN,
    Names,
    Raw,
    _actor_named,
    _author_before,
    _between,
    _body_after_opening_number,
    _body_of_possessive,
    _full,
    _keyword_before,
    _kind_of,
    _month_not_noun,
    _object_of_request,
    _other_owner,
    _pin_before,
    _pin_ending_at,
    _possessive_end_before,
    _range_note,
    _report_place,
    _singled_out_body,
    _singled_out_generic,
    _text_noun,
    max_mentions,
    range_span,
    records_place,
)
from .find_dates import (
    _ADOPT_REACH,
    _AGENT_DATE,
    _AGENT_NAME_REACH,
    _ALL_DATE,
    _BODY_AFTER_NEXT,
    _BRACKET_ITEM,
    _CAPITALS,
    _CELL_SEP,
    _CLAUSE_YEAR,
    _CODE_NOUN_REACH,
    _CODE_SHAPE,
    _LABEL_REACH,
    _ORG_ACTOR,
    _OWNER_BEFORE,
    _ROMAN_FIGURES,
    _SAME_DATE,
    _TWO_DATE,
    _WS_RUN,
    POST_HEAD_REACH,
    _act_before,
    _adopted_by,
    _adopter_before_bracket,
    _adopter_date,
    _adoption_date,
    _adoption_near,
    _adoption_there,
    _bracket_date_ending,
    _bracket_item,
    _complement_adopting,
    _could_hold,
    _dated_by,
    _dated_gap,
    _dates_before,
    _day_list_at,
    _day_list_dates,
    _gender_fits,
    _items,
    _keyword_after,
    _legal_chain,
    _legal_date_ahead,
    _next_date_ahead,
    _organisation_actor,
    _organisation_before,
    _owner_joined,
    _reach_back,
    _read_tail,
    _respective,
    _respective_dates,
    _same_shape,
    _shape,
    _subject_inserted_date,
)
from .find_tables import (
    _GLUED_MARKER,
    _SHAPES_AFTER,
    CONTENTS_ENTRY,
    NOTE_GAP_MAX,
    Named,
    _gap_over_notes,
    _header_noun,
    _in_blocks,
    _row_date,
    _separator,
    _table_kind,
    contents_page,
)
from .segment import Segments, symbol_part, whole_symbol

TOPIC_GAP_MAX = 300  # a list item's topic or title between two dated numbers

TOPIC_LIST_MAX = 250  # … and between two undated ones (the list a plural noun opened)
#: A sentence's or a paragraph's end, which no list goes on over
_TOPIC_END = recache.compile(r"[.!?。](?:\s|$)|\n[ \t]*\n")


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
    if _shape(raw.number) != _shape(prev.number):
        return False
    if raw.body_key and not _numbers_so(raw.body_key, raw.number):
        return False  # "70/12 on the question and 71/243 of the Economic and Social Council"
    topic = _QUOTED_TITLE.sub(lambda q: " " * len(q.group()), gap)
    # (a report or another text not numbered as resolutions are, named with its author, "the
    # report of the Human Rights Council", is known by that author: the number after it is no
    # number of that text's)
    at_gap = names.text.startswith(gap, gap_start)
    return all(
        at_gap and _kind_of(k.group(), pat) == "prst" and _by_its_author(gap_start + k.end(), names)
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
            or not all(_could_hold(r.body_key, r.number or "", r.kind) for r in taken)
        ):
            for r in taken:
                holds = [b for b in bodies if _could_hold(b, r.number or "", r.kind)]
                r.body_key = r.list_body = (holds or bodies)[-1]
                r.evidence = [ev for ev in r.evidence if not ev.startswith(_IN_TURN)]
        for r in taken:
            r.bodies_ahead = None


_BRACKET_OPENS = "(\uff08"
#: the longest stretch between a list's number and the next, a second body's name in it
_SECOND_BODY_GAP = 90
_SECOND_BODY = "second body after the list word: "


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
    for m in _items(text, pat, romans):
        if STOP.on or (
            len(out) >= cap and _full(out, cap, notes)
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
        if s and ((text[s - 1].isalnum() and not is_cjk(text[s - 1])) or text[s - 1] in "_/.-"):
            # a glued dash is a range when the lexicon says so ("60/1–60/3")
            glued_range = (
                text[s - 1] == "-"
                and prev is not None
                and prev_tail_end == s - 1
                and pat.range_gap.fullmatch(text, prev_tail_end, s) is not None
            )
            if not glued_range and not _glued_mark(text, s, pat):
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
        tail_end = -1  # the words after the number (body, date, pinpoint), read on demand
        # continuation of the previous list?
        joined = in_range = after_topic = False
        if note_blocks and prev is not None:
            if prev is not body_prev and not _in_blocks(note_blocks, prev.start):
                body_prev, body_tail = prev, prev_tail_end
            elif (
                body_prev is not None
                and prev is not body_prev
                and 0 <= s - body_tail <= NOTE_GAP_MAX
                and not _in_blocks(note_blocks, s)
            ):
                # a footnote at the page's foot cites a text of its own ("… 2008,1 ⏎____⏎1 See
                # resolution 59/250.⏎A/RES/81/40⏎64/289 …"): the list goes on from its last item
                # above the notes, not from the note's
                over = _gap_over_notes(text, body_tail, s, note_blocks, 40)
                if over is not None and len(over) <= 40 and pat.separator.fullmatch(over):
                    prev, prev_tail_end = body_prev, body_tail
        if prev is not None and prev_tail_end <= s:
            gap = text[prev_tail_end:s]
            if gap[:1] in ",;" and gap[1:2].isdigit():
                gap = _GLUED_MARKER.sub(r"\1", gap, 1)  # "2012,1 68/70": a footnote marker after the comma
            if 40 < len(gap) <= NOTE_GAP_MAX and note_blocks:
                # (a gap still longer than 40 joins nothing: it is not made)
                gap = _gap_over_notes(text, prev_tail_end, s, note_blocks, 40) or gap
            if len(gap) <= 40 and pat.separator.fullmatch(gap):
                joined = True
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
                    gap = _gap_over_notes(text, prev_tail_end, s, note_blocks, TOPIC_GAP_MAX) or gap
                topic = pat.topic_gap.fullmatch(gap) if len(gap) <= TOPIC_GAP_MAX else None
                if topic is not None:
                    tail_end = _read_tail(text, raw, pat)
                    if prev.date is None:
                        prev.date = parse_date(topic)  # "79/158 of ⏎(page break)⏎17 December 2024 on …"
                    joined = prev.date is not None or raw.date is not None
                    if not joined and prev.group in topic_lists:
                        # "its resolutions 69/313 on … and 71/243 on …": undated, in a list a plural
                        # noun or a possessive opened
                        joined = after_topic = _topic_list_goes_on(gap, prev_tail_end, prev, raw, pat, names)
                        if joined:
                            raw.evidence.append("after the topic of the number before")
        if joined and prev is not None:
            tail_end = _read_tail(text, raw, pat)
            if raw.date is None and prev.date is not None and _AGENT_DATE in prev.evidence:
                # "the adoption by the Council, on 6 October 2023, of its resolutions 54/9 and
                # 54/10": the list's numbers were adopted together, on the adoption's date
                raw.date = prev.date
                raw.evidence.append(_AGENT_DATE)
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
                b = pat.post_head.search(text, _reach_back(text, prev_tail_end, s, 40), s)
                if b and b.group("date"):
                    raw.date = parse_date(b)
                elif prev.date and in_range:
                    # "人权理事会2023年10月6日通过其第54/9至54/11号决议", "其2023年10月6日第54/9至
                    # 54/11号决议": adopted together, on the date before the range
                    raw.date = prev.date
                    raw.evidence.append(_AGENT_DATE if _AGENT_DATE in prev.evidence else "date of the range")
                elif prev.date and pat.bare_and is not None and pat.bare_and.fullmatch(text, prev.end, s):
                    if prev.dates_ahead:  # "分别于<date>和<date>…第58/112和63/207号决议": the next date
                        _next_date_ahead(raw, prev.dates_ahead)
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
            if raw.body_key is None and prev.body_key == OTHER_ORGANISATION and _ORG_ACTOR in prev.evidence:
                # "the Parliament adopted resolutions 2019/4 and 2019/5": each the organ's text
                raw.body_key = OTHER_ORGANISATION
                raw.evidence.append(_ORG_ACTOR)
            if raw.date and prev.date is None and not in_range and raw.date2 is None:
                tail_end = _respective_dates(text, raw, out, pat, tail_end)
            elif raw.date is None and prev.date is None and not in_range and pat.day_list is not None:
                tail_end = _day_list_dates(text, raw, out, pat, tail_end)
            if prev.date is None and raw.date and _ONE_WORD_GAP.fullmatch(text, prev_tail_end, s):
                prev.shares_date_with_next = True
                for r in _comma_run(text, out, prev):  # "70/1, 70/2 and 70/3 of …": all of them
                    r.shares_date_with_next = True
            elif prev.date is None and prev.letter and raw.letter and prev.number == raw.number:
                # "64/85 A, 64/85 B and 64/85 C of 10 December 2009": the parts of one resolution,
                # each written whole, share the date after the last (given to it below, in turn)
                prev.shares_date_with_next = True
            if in_range and range_budget > 0:
                between = _between(prev, raw, notes)[:range_budget]
                range_budget -= len(between)
                out.extend(between)
            out.append(raw)
            prev, prev_tail_end = raw, tail_end
            last, last_tail_end = raw, tail_end
            continue
        window_start = max(0, s - 160)
        window = text[window_start:s]
        k = _keyword_before(text, s, window_start, window, pat)
        if k is not None and _month_not_noun(text, s, k, names, pat):
            k = None
        if k is not None and text[s - 1 - (text[s - 1] == " ")] in _BRACKET_OPENS:
            # "its resolution of 20 December 2011 (66/150)": the date before the bracket is the number's
            # (the date kw_after read between the noun and the number, in all its forms: no "of",
            # "( 66/150)", "（66/150）"; a later number of a dated list, "… and of 20 December 2013
            # (68/243)", kw_after passes by its other branch, whose dates are not named: that one's
            # date is read below, by _date_before_bracket at the bracket — both are needed)
            dated = pat.kw_after.fullmatch(text, k[0] + len(k[1]), s)
            raw.date = parse_date(dated) if dated is not None else None
        if k is not None and seq and pat.fraction_after is not None and pat.fraction_after.match(text, e):
            k = None  # ("decision 3/4 majority", "2/3 of the votes"): a fraction, no text's number
        # (the number's table kind, when the header-row test below worked it out)
        header = _header_noun(text, k[0], s, e, pat, lang) if k is not None else None
        if header is not None and header[0] is not None:
            k = None  # (a header row's last cell names the column's texts, not this number)
        if k is None and pat.post_noun is not None:
            after_k = _keyword_after(text, s, e, pat, noun_ahead, note_blocks)
            if after_k:
                k = after_k[:5]
                raw.date = after_k[5]
                if after_k[7] is not None:
                    dates = after_k[7]
                    parts = _CAPITALS.findall(raw.letter) if raw.letter and "-" not in raw.letter else []
                    if pat.loose_number is not None and pat.loose_number.search(text, e, after_k[6]):
                        _next_date_ahead(raw, dates)  # one date for each number
                    elif len(parts) == 2 == len(dates):
                        raw.date, raw.date2 = dates  # "1994年…和1995年…第49/222 A和B号决议"
                        raw.evidence.append("a date for each part")
                    elif _respective(text, after_k[0], pat, raw, names, s):
                        _next_date_ahead(raw, dates)  # … each number with its noun after it
                    else:
                        raw.date = None  # more dates than numbers: none is this one's
                else:  # "分别于<date>通过的第…号决议和第…号决议": one date for each
                    _respective(text, after_k[0], pat, raw, names)
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
                        _next_date_ahead(raw, last.dates_ahead)
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
                    _next_date_ahead(raw, last.dates_ahead)
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
        if k:
            tail_end = _read_tail(text, raw, pat)
            kw_start, kw_word, head, poss, bodymid = k
            group += 1
            raw.group = group
            raw.kind = _kind_of(kw_word, pat)
            raw.kw_start = kw_start
            raw.rule = "keyword"
            raw.evidence.append(f"keyword: {kw_word}")
            raw.poss_gender = pat.possessive_nouns.get(fold(kw_word))
            if poss or fold(kw_word) in pat.list_nouns:
                topic_lists.add(group)
            if bodymid:
                raw.evidence.append(f"body: {_WS_RUN.sub(' ', bodymid)}")
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
                    names.ending_before(head, pat.adopt_gap, _ADOPT_REACH)
                    if _adoption_near(text, head, pat)
                    else None
                )
                # (a body named by its name first; a short name may end an organ's: "the Municipal
                # Council, in its …")
                if not (named and named[0]) and _organisation_actor(text, head, pat, link=True):
                    # "the Parliament, in its resolution 2019/112", "the Municipal Council, in its
                    # resolution 2019/8": that organ's text, not the citing body's
                    raw.actor_key = OTHER_ORGANISATION
                    raw.evidence.append(_ORG_ACTOR)
                elif named and _object_of_request(text, head, names, pat):
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
                        and _adoption_there(text, agent_end - _AGENT_NAME_REACH, head)
                        and (ad := pat.date.search(text, agent_end, head))
                    ):
                        # "the adoption by the Council, on 6 October 2023, of its resolution 54/9"
                        raw.date = parse_date(ad)
                        raw.evidence.append(_AGENT_DATE)
                elif (single := _singled_out_body(text, head, names, pat, noun=False)) is not None:
                    # "the work of the UNICEF Executive Board, in particular its decision 2020/12":
                    # the possessive is the body's whose texts the clause singles one out of
                    raw.actor_key = single
                    raw.evidence.append(f"possessive after the texts singled out of: {single}")
                elif (
                    and_body := _singled_out_body(text, head, names, pat, noun=False, list_word=True)
                ) is not None and _CLAUSE_NUMBER.search(text, max(0, head - _SINGLED_REACH), head) is None:
                    # "the Executive Board of UNICEF and its decisions 2020/12 and 2021/3": the
                    # possessive after a list word is the body's named just before, no other between
                    raw.actor_key = and_body
                    raw.evidence.append(f"possessive after the body named before it: {and_body}")
            elif (owner := _other_owner(text, head, kw_start, names, pat)) is not None:
                raw.actor_key, raw.actor_generic = owner
                raw.evidence.append(f"possessive of the body named before: {text[head:kw_start].strip()}")
            elif (
                raw.poss_gender is not None
                and (actor := names.ending_before(head, pat.actor_gap)) is not None
                and _gender_fits(actor, raw.poss_gender, pat)
            ):
                # "وقدم المجلس، في قراره 45/6": the actor of the clause, of the suffix's gender
                raw.actor_key, raw.actor_generic = actor
                raw.evidence.append("actor of the clause, of the possessive's gender")
            else:
                # (… or the actor of the clause, the noun without a possessive: "принятую Генеральной
                # Ассамблеей в резолюции 61/106", "adopted by the General Assembly in resolution …")
                named = (
                    names.ending_before(head, _SPACES)
                    or names.ending_before(head, pat.actor_gap_bare)
                    # "واتخذ مجلس حقوق الإنسان، في دورته الثانية والخمسين، القرار 52/25": the subject
                    # of a verb written first, the session between it and the text's noun
                    or (
                        names.ending_before(head, pat.subject_session, 60)
                        if pat.subject_session is not None
                        else None
                    )
                    # "12 Human Rights Council, Res. 32/2": the author a legal style names first
                    or _author_before(text, head, names, lang)
                    # "人权理事会2019年3月22日决议(40/12)": the date between the body and the noun
                    or names.ending_before(head, dated_body_gap(lang))
                    # "the Human Rights Council's resolution 41/2": the body whose it is
                    or (
                        _body_of_possessive(names.ending_before(head, _POSSESSIVE_GAP))
                        if _possessive_end_before(text, head)
                        else None
                    )
                )
                if named and raw.poss_gender is not None and not _gender_fits(named, raw.poss_gender, pat):
                    named = None  # "مجلس … وبقرارها": her resolution, not the Council's
                if (
                    not named
                    and raw.body_key is None
                    and raw.generic is None
                    and (bracketed := _bracket_item(text, head, tail_end, names, pat)) is not None
                    and _could_hold(bracketed, number, raw.kind)
                ):
                    # "l'Assemblée générale (résolution 77/222), le Conseil de sécurité (…) et le
                    # Conseil des droits de l'homme (résolution 52/4)": each body its bracket's
                    named = (bracketed, None)
                    raw.evidence.append(_BRACKET_ITEM)
                if (
                    not named
                    and raw.body_key is None
                    and raw.generic is None
                    and (adopter_found := _adopter_before_bracket(text, head, names, pat)) is not None
                ):
                    # "adopted by the Statistical Commission at its fifty-fourth session (decision
                    # 54/101)": the text the clause says that body adopted is that body's
                    named = _adopted_by(raw, adopter_found)
                adopting = not named and _adoption_near(text, head, pat)
                if (
                    (adopting or (not named and raw.poss_gender is not None))
                    and raw.body_key is None
                    and raw.generic is None
                    and _organisation_actor(text, head, pat, link=raw.poss_gender is not None)
                ):
                    # "the Parliament adopted resolution 2018/57": that organ's text (… and its
                    # actor before a noun with a possessive suffix: "البرلمان، في قراره")
                    raw.body_key = OTHER_ORGANISATION
                    raw.evidence.append(_ORG_ACTOR)
                elif (
                    adopting
                    and (adopted := names.ending_before(head, pat.adopt_gap, _ADOPT_REACH)) is not None
                    and not _complement_adopting(text, head, names, pat, lang)
                ):
                    # "the Human Rights Council adopted resolution 44/2": the subject's text (a
                    # short name, "the Commission adopted …", as the clause's actor)
                    if adopted[0]:
                        # (a body outside the series of ids.md is the resolver's subject rule's)
                        if lexicon.load().bodies[adopted[0]].numbering != "none":
                            named = adopted
                            subject = names.body_before(head, pat.adopt_gap, _ADOPT_REACH)
                            if subject is not None and (y := _CLAUSE_YEAR.search(text, subject[0], head)):
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
                elif raw.body_key is None and raw.generic is None and _organisation_before(text, head, pat):
                    # "the OSCE decision 12/3", "the city council resolution 2019/112": that
                    # organisation's text, no body's of the text cited before nor the Assembly's
                    raw.body_key = OTHER_ORGANISATION
                    raw.evidence.append("an organ of another organisation (its short name before the noun)")
                elif named:
                    raw.generic = named[1]
                elif raw.body_key is None and (single := _singled_out_body(text, head, names, pat)):
                    # "les résolutions de la Commission … sur la question, notamment la résolution
                    # 2005/18": one text singled out of the body's texts named just before is its
                    raw.list_body = raw.body_key = single
                    raw.evidence.append(f"singled out of the texts of: {single}")
                elif (
                    raw.body_key is None
                    and raw.generic is None
                    and (short_kind := _singled_out_generic(text, head, names, pat)) is not None
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
                and _same_shape(number, last.number)
                and _could_hold(before[0] or before[2], number, raw.kind)
                and _owner_joined(text, last_tail_end, kw_start, pat)
                and (last.start not in owned_after or _dated_gap(text, last_tail_end, kw_start))
            ):
                # "the Council adopted decision 49/116 and resolution 49/27", "dans sa décision
                # 49/116 et sa résolution 49/27": the noun after the list word names the owner of
                # the number before it, when it names none of its own
                raw.evidence.append(_OWNER_BEFORE)
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
                and _owner_joined(text, last_tail_end, kw_start, pat)
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
                        or not _same_shape(number, r.number)
                    ):
                        break
                    if not _could_hold(raw.body_key, r.number or "", r.kind):
                        break
                    r.body_key = raw.body_key
                    r.evidence.append(f"{_BODY_AFTER_NEXT}{raw.body_key}")
            if raw.actor_key or raw.actor_generic:
                owners[raw.start] = (raw.actor_key, raw.actor_generic, None)
            elif raw.list_body and (
                bodymid or _OWNER_BEFORE in raw.evidence or f"body before: {raw.list_body}" in raw.evidence
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
                _dated_by(raw, db, "date before the bracket of the number")
            if raw.date is None and (
                da := _adoption_date(
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
            # the dates written before the noun below all lie in the sentence's stretch before it:
            # none of their rules is tried where that stretch holds no year (one scan for the four)
            year_near = (
                raw.date is None and YEAR.search(text, max(0, head - _SENTENCE_REACH), head) is not None
            )
            if (
                year_near
                and raw.date is None
                and (an := search_dated(adoption_noun_date(lang), text, max(0, head - 160), head))
            ):
                # "Welcomes the adoption, on 22 December 2023, of resolution 78/228"
                _dated_by(raw, an, _ADOPTION_NOUN_DATE)
            if (
                year_near
                and raw.date is None
                and (sd := search_dated(sentence_date(lang), text, max(0, head - 200), head))
            ):
                # "On 14 December 2022, the Assembly adopted, without a vote, resolution 77/163"; or
                # the verb first: "اعتمدت الجمعية العامة في 14 كانون الأول/ديسمبر 2022 القرار 77/163"
                raw.date = parse_date(sd)
                raw.evidence.append(
                    _VERB_FIRST_DATE if sd.group("verb_first") is not None else _SENTENCE_DATE
                )
            if (
                year_near
                and raw.date is None
                and (cj := coordinated_date(lang).search(text, max(0, head - 120), head))
            ):
                # "… adopted resolution 48/9 and, on 11 October 2021, resolution 48/13"; or without
                # the year a date earlier in the sentence gives: "… on 8 October 2021 resolution
                # 48/9 and, on 11 October, resolution 48/13"
                if (full := parse_date(cj)) is not None:
                    raw.date = full
                    raw.evidence.append(_COORDINATED_DATE)
                elif (given := _sentence_date_before(text, cj.start(), pat)) is not None and (
                    yd := year_given_date(cj, given)
                ):
                    raw.date = yd
                    raw.evidence.append(_COORDINATED_DAY)
            if (
                year_near
                and raw.date is None
                and (sid := _subject_inserted_date(text, head, names, pat)) is not None
            ):
                # "The General Assembly, at its 45th plenary meeting, on 3 December 1998, adopted
                # resolution 53/40"
                raw.date = sid
                raw.evidence.append(_SUBJECT_DATE)
            pin = _pin_ending_at(pat, text, head)
            if pin is None and (named_at := names.start_before(head)) < head:
                pin = _pin_ending_at(pat, text, named_at)  # "annex I to General Assembly resolution 64/213"
            if (
                pin
                and raw.pinpoint is None
                and not (
                    not text[pin.end("pin") : head].strip(" \t\n,")
                    and (
                        _report_place(text, pin.start("pin"), symbols)
                        or records_place(text, pin.start("pin"), lang) is not None
                    )
                )
            ):
                raw.pinpoint = re.sub(r"\s+", " ", pin.group("pin"))
            after = pat.actor_after.match(text, tail_end)
            if raw.possessive and after:
                raw.actor_key, raw.actor_generic = _actor_named(after)
            elif (
                raw.poss_gender is not None
                and raw.actor_key is None
                and raw.actor_generic is None
                and raw.body_key is None
                and pat.link_before.search(text, max(0, kw_start - 8), kw_start) is not None
                and (after := pat.actor_after_verb.match(text, tail_end)) is not None
                and not _text_noun(fold(after.group("w")), pat)
                and (
                    pat.object_before is None
                    or pat.object_before.search(text, after.start("w"), after.start(after.lastgroup or "w"))
                    is None
                )
            ):
                # "وفي قراره 45/12، طلب مجلس حقوق الإنسان …": in its resolution, the Council (the
                # verb first) — the actor named after, of the suffix's gender
                actor = _actor_named(after)
                if (actor[0] or actor[1]) and _gender_fits(actor, raw.poss_gender, pat):
                    raw.actor_key, raw.actor_generic = actor
                    raw.evidence.append("actor named after the clause's verb, of the possessive's gender")
            elif (after := _body_after_opening_number(text, raw, kw_start, tail_end, pat)) is not None:
                raw.actor_key, raw.actor_generic = _actor_named(after)
                raw.evidence.append("body named after the number that opens the sentence")
            out.append(raw)
            prev, prev_tail_end = raw, tail_end
            last, last_tail_end = raw, tail_end
            continue
        # "Council resolutions 8/12 of 18 June 2008, in which it …, and 11/3 of 17 June 2009":
        # a dated number after "and" still belongs to the list a relative clause interrupted
        if last is not None and 0 <= s - last_tail_end <= 250:
            tail_end = _read_tail(text, raw, pat)
        if last is not None and 0 <= s - last_tail_end <= 250:
            gap = text[last_tail_end:s]
            ends = pat.and_at_end.search(gap) is not None
            ok = (raw.date is not None and ends) or (
                # "1514 (XV) and 1541 (XV), by which it adopted …, 2131 (XX)" — a clause set off by
                # commas, no number in it, and a number (dated or not) of the same shape as the list's
                gap[:1] == ","
                and (ends or gap.rstrip().endswith(","))
                and not _HAS_DIGIT.search(_QUOTED_TITLE.sub("", gap) if '"' in gap or "《" in gap else gap)
                and _shape(number) in _SHAPES_AFTER[_shape(last.number or "")]
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
        table_kind = header[0] if header is not None else _table_kind(text, s, e, pat, lang, table_rows)
        if table_kind:
            tail_end = e
            group += 1
            raw.group = group
            raw.kind, (table_body, table_generic) = table_kind
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
            for cell in _CELL_SEP.split(text[e : len(text) if row_end < 0 else row_end])[1:]:
                d = pat.date.fullmatch(cell.strip())
                if d:  # a cell that is a date: the date of adoption
                    raw.date = parse_date(d)
                    break
            else:
                row_line = text[text.rfind("\n", 0, s) + 1 : len(text) if row_end < 0 else row_end]
                if _separator(row_line) in ("", "  "):
                    # a PDF row (its cells joined by spaces, on lines that wrap): the date its cells hold
                    raw.date = _row_date(text, e, pat)
            out.append(raw)
            prev, prev_tail_end = None, -1
            continue
        # no keyword: only the Security Council's N (YYYY) stands alone (not after a State act's
        # noun or a pinpoint's: "Law 1325 (2000)", "Article No. 1820 (2008)")
        if (
            m.group("paren")
            and m.group("paren").isdigit()
            and not _act_before(text, s, pat)
            # (… nor after a periodical's short name: "31 I.L.M. 818 (1992)" is a page)
            and not periodical_before(lang).search(text, max(0, s - 30), s)
        ):
            tail_end = _read_tail(text, raw, pat) if tail_end < 0 else tail_end
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
    # "73/11, 73/12 and 73/20, all of 10 December 2018": the date of every number of the list
    # that has none of its own, back to the list's first
    for i, r in enumerate(out):
        if r.date and _ALL_DATE in r.evidence:
            j = i
            while j > 0 and out[j].rule in ("list", "range") and out[j].group == r.group:
                j -= 1
                if out[j].date is None:
                    out[j].date, out[j].date_shared = r.date, r.number
                    out[j].evidence.append(f"date of the whole list, after {r.number}")
    for i in range(1, len(out)):
        if _TWO_DATE in out[i].evidence:
            _two_dated(text, out[i - 1], out[i], pat)
        elif out[i - 1].date is None and out[i - 1].group != out[i].group:
            _respective_run(text, out, i, pat)
    for i in range(1, len(out)):
        if _SAME_DATE in out[i].evidence:
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
            r.date_shared = out[i + 1].number
            r.evidence.append("date shared with the next item")
    return out


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
            _COMMA_GAP.fullmatch(text, r.tail_end, nxt.start)
            or _ONE_WORD_GAP.fullmatch(text, r.tail_end, nxt.start)
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
        listed = _day_list_at(text, r.tail_end, pat)
        if listed is None:
            return
        dates, pos = listed
    else:
        dates, pos = [r.date], r.tail_end
    while (d := pat.next_date.match(text, pos)) is not None and (got := parse_date(d)) is not None:
        dates.append(got)
        pos = d.end()
    if len(dates) < 2 or i + 1 < len(dates):
        return
    after = _RESPECTIVE_AFTER.match(text, pos)
    if not ((after is not None and word.match(text, after.end())) or word.search(text, r.end, r.tail_end)):
        return
    items = out[i + 1 - len(dates) : i + 1]
    for a, b in itertools.pairwise(items):
        if a.date is not None or not _same_clause(text, a, b):
            return
    j = i - len(dates)
    if j >= 0 and out[j].date is None and _same_clause(text, out[j], items[0]):
        return  # (more undated texts than dates: not one for each)
    for item, date in zip(items, dates, strict=True):
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


def _codes_after_mark(text: str, codes: tuple[str, ...]) -> list[int]:
    """Where a code is written after a number and a slash or a dot (each perhaps followed by
    one space or tab), as in every coded decision ("1/CP.21", "2.CMA/3", "6 / CMA 4"), in
    order: found by a fast literal scan."""
    out: list[int] = []
    starts = _code_starts(codes)
    found = (m.start() for first, p in starts if first in text for m in p.finditer(text))
    for i in sorted(found) if len(starts) > 1 else found:
        j = i - 1
        if j >= 0 and text[j] in " \t":
            j -= 1
        if j >= 1 and text[j] in "./":
            j -= 1
            if j >= 1 and text[j] in " \t":
                j -= 1
            if text[j].isdecimal():
                out.append(i)
    return out


@functools.lru_cache(maxsize=16)
def _code_starts(codes: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Every place one of ``codes`` starts (its first character, then the rest looked ahead:
    overlapping occurrences are all seen), one pattern for each first character — each a fast
    scan for a literal ("C" of "CP", "CMA"; "م" of the Arabic codes) — with that character (a
    text without it needs no scan: a test for one character is several times faster)."""
    by_first: dict[str, list[str]] = {}
    for c in codes:
        if c:
            by_first.setdefault(c[0], []).append(re.escape(c[1:]))
    return tuple(
        (f, recache.compile(f"{re.escape(f)}(?={'|'.join(rests)})")) for f, rests in sorted(by_first.items())
    )


def _coded_resolutions(
    text: str,
    lang: str,
    bodies: list[tuple[int, int, str]] | None = None,
    numbered_spans: frozenset[tuple[int, int]] = frozenset(),
) -> list[Raw]:
    """Resolutions numbered with their body's code before the session ("WHA58.3"): the code
    names the body; found only where a code is written (a fast literal scan first). A bare
    number after them whose span is in ``numbered_spans`` (the numbered finder read it) is not
    read again."""
    out: list[Raw] = []
    body_of = lexicon.resolution_codes()
    rx = coded_resolutions()
    if rx is None:
        return out
    # the pattern tried only where a code is written (a fast literal scan), in order
    starts = sorted(
        m.start() for first, p in _code_starts(tuple(body_of)) if first in text for m in p.finditer(text)
    )
    found = (m for i in starts if (m := rx.match(text, i)) is not None)
    pat = patterns(lang) if starts else None
    for m in found:
        if STOP.on or pat is None:  # the time budget ran out: what was found is kept
            break
        out.append(
            _coded_resolution(text, m, m.start(), body_of[m.group("code")], f"code: {m.group('code')}", pat)
        )
    if bodies and (after := named_coded_resolutions()) is not None:
        # … or without its code, after the body's name ("World Health Assembly resolution 58.3"):
        # read where a name of such a body that the text holds ends
        coded_keys = set(body_of.values())
        taken = {r.end for r in out}
        for _, e, key in bodies:
            if key not in coded_keys or STOP.on:
                continue
            m = after.match(text, e)
            if m is None or m.end() in taken:
                continue
            pat = pat or patterns(lang)
            out.append(_coded_resolution(text, m, m.start("session"), key, f"body named: {key}", pat))
            taken.add(m.end())
        out.sort(key=lambda r: r.start)
    more = coded_resolutions_more()
    if out and more is not None and pat is not None:
        # … and the list goes on after each ("WHA72.4 and WHA73.1", "resolutions 72.4 and 73.1")
        ends = {r.end for r in out}
        for r in list(out):
            nxt = more.match(text, r.end)
            last_end = r.end
            while nxt is not None and nxt.end() not in ends and not STOP.on:
                key = body_of.get(nxt.group("code") or "", r.body_key or "")
                start = nxt.start("code") if nxt.group("code") else nxt.start("session")
                out.append(_coded_resolution(text, nxt, start, key, f"list after: {r.number}", pat))
                ends.add(nxt.end())
                last_end = nxt.end()
                nxt = more.match(text, nxt.end())
            # … with numbers of the series of ids.md ("resolutions WHA72.4 and 70/1")
            _bare_numbers_after(text, last_end, r.number or "", pat, numbered_spans, ends, out)
        out.sort(key=lambda r: r.start)
    return out


def _bare_numbers_after(
    text: str,
    at: int,
    number: str,
    pat: Patterns,
    numbered_spans: frozenset[tuple[int, int]],
    ends: set[int],
    out: list[Raw],
) -> None:
    """The numbers of the series of ids.md that go on with a list after a text numbered in
    another body's code or shape ending at ``at`` ("resolutions WHA72.4 and 70/1", "EB146.R12,
    70/1 and 71/243"), added to ``out``: no code, so not that body's; read as a bare number is
    (once: not when the numbered finder read it too, "… and 70/1 respectively", nor the rest of
    its list then)."""
    rx = coded_then_number()
    while not STOP.on:
        plain = rx.match(text, at)
        if plain is None or plain.end() in ends:
            return
        ends.add(plain.end())
        if (plain.start("a"), plain.end()) in numbered_spans:
            return
        raw = Raw(plain.start("a"), plain.end(), "res", number=f"{plain.group('a')}/{plain.group('n')}")
        raw.rule = "list"
        raw.evidence.append(f"list after: {number}")
        at = max(raw.end, _read_tail(text, raw, pat))
        out.append(raw)
        number = raw.number or ""


def _coded_resolution(text: str, m: re.Match[str], start: int, key: str, evidence: str, pat: Patterns) -> Raw:
    """The resolution ``m`` reads (its session and number) of the body ``key``, from ``start``."""
    raw = Raw(start, m.end(), "res", number=f"{int(m.group('session'))}/{int(m.group('n'))}")
    raw.body_key = key
    raw.rule = "coded resolution"
    raw.evidence.append(evidence)
    _read_tail(text, raw, pat)
    return raw


#: characters a mention of a numbering shape may hold after its scan characters
_SHAPE_AFTER = 60


def _schemed_body_before(text: str, shaped: list[Raw], bodies: list[tuple[int, int, str]]) -> None:
    """A body with an id scheme named right before the noun of a number in an outside body's shape
    is its body ("General Assembly resolution 217 (Paris, 1948)", "Economic and Social Council
    resolution 12/IV": no ITU or IFAD text), unless a body is named after the number."""
    known = lexicon.load().bodies
    ends = {e: key for _, e, key in bodies}
    for raw in shaped:
        if raw.kw_start is None or any(ev.startswith("body after") for ev in raw.evidence):
            continue
        head = raw.kw_start  # (the blanks before the noun read back, no copy of the text before it)
        while head and text[head - 1] in " \t":
            head -= 1
        key = ends.get(head)
        body = known.get(key or "")
        if key is not None and key != raw.body_key and body is not None and body.numbering != "none":
            raw.body_key = key
            raw.evidence.append(f"body before: {key}")


def _shaped_numbers(
    text: str,
    lang: str,
    numbered_spans: frozenset[tuple[int, int]] = frozenset(),
    bodies: list[tuple[int, int, str]] | None = None,
) -> list[Raw]:
    """Texts of bodies outside the series of ids.md numbered in their own shapes
    (``numbering_shapes.csv``: "41 C/12", "EB146.R12", "GC(65)/RES/11", "CM/Rec(2019)2"): each
    read whole, the shape names the body, and the list goes on with more of the same shape
    ("EB144(1) and EB144(2)"). Tried only where a shape's ``scan`` characters are written (a fast
    search for each first character)."""
    out: list[Raw] = []
    scan = shape_scan()
    seen: set[int] = set()
    starts: frozenset[int] | None = None  # where the numbered finder's numbers start (made once)
    named = {e: (b, key) for b, e, key in bodies or ()}  # the bodies named, by where each ends
    for rx, keys in scan.patterns:
        if keys[0][0][keys[0][1]] not in text:
            continue  # (every hit opens with the mark: a text without it needs no scan)
        for hit in rx.finditer(text):
            if STOP.on:
                break
            for key, k in keys:
                i = hit.start() - k
                if i >= 0 and text.startswith(key, i):
                    if starts is None:
                        starts = frozenset(s for s, _ in numbered_spans)
                    _shapes_at(text, i, scan.by_scan[key], lang, seen, out, numbered_spans, starts, named)
    out.sort(key=lambda r: r.start)
    return out


def _shapes_at(
    text: str,
    i: int,
    shapes: tuple[NumberShape, ...],
    lang: str,
    seen: set[int],
    out: list[Raw],
    numbered_spans: frozenset[tuple[int, int]] = frozenset(),
    numbered_starts: frozenset[int] = frozenset(),
    ends_named: dict[int, tuple[int, str]] | None = None,
) -> None:
    """The mentions of ``shapes`` whose ``scan`` characters stand at ``i`` (and the lists they
    head, with the bare numbers after them: "EB146.R12 and 70/1"), added to ``out`` unless
    ``seen``; ``numbered_starts``: where the ``numbered_spans`` start; ``ends_named``: the
    bodies named in the text (start and key by where each ends)."""
    for shape in shapes:
        if not (
            i >= len(shape.before)
            and text.startswith(shape.before, i - len(shape.before))
            and text.startswith(shape.after, i + len(shape.literal))
            and (shape.lead is None or _lead_there(text, i - len(shape.before) - 1, shape.lead))
        ):
            continue  # (not the characters the shape writes around its scan: no mention of it here)
        lo = max(0, i - shape.reach)
        hi = min(len(text), i + len(shape.literal) + _SHAPE_AFTER)
        apart: tuple[int, str | None] | None = None  # the words between the noun and the number
        if shape.opener is not None and shape.opener.search(text, lo, i) is None:
            # (the noun the shape opens with is not written right before its scan characters:
            # perhaps a body's name stands between them)
            m, apart = _shape_past_words(text, i, hi, shape, ends_named or {})
        else:
            m = shape.pattern.search(text, lo, hi)
            while m is not None and m.end() <= i:  # (a match before the scan's characters: the next)
                m = shape.pattern.search(text, m.end(), hi)
            if (m is None or m.start("m") > i) and shape.core is not None:
                m, apart = _shape_past_words(text, i, hi, shape, ends_named or {})
        if m is None and shape.core is not None:
            # (… or the noun after the number, where the language writes it there, without the
            # number's prefix: "国际海事组织大会A.1126(31)号决议")
            m = _shape_noun_after(text, i, hi, shape, patterns(lang))
            if m is None:
                continue
        # (a shape of a mark and a number alone, "No. {n}", is the body's only when the words
        # after it name the body: "Resolution No. 1309 of the IOM Council" …
        bare = shape.bare
        if (
            m is not None
            and m.start("m") <= i
            and m.start("m") not in seen
            # (… and after a resolution's or decision's noun: "document No. 12 of the IOM Council")
            and _mark_after_noun(text, m) == bare
        ):
            if m.start("m") in numbered_starts:
                # (its number read by a series' finder: "Security Council resolution 242 (New York, 1967)")
                continue
            pat = patterns(lang)
            one: re.Match[str] | None = m
            first: Raw | None = None
            last: Raw | None = None
            members: list[Raw] = []
            held = bare or shape.shared
            for earlier in _earlier_members(text, m, shape, seen):
                # (the members of the list before it, where the noun ends the list: "第99(LV)号和")
                raw = _shaped_number(text, earlier, shape, pat, None)
                members.append(raw)
                if not held:
                    seen.add(earlier.start("m"))
                    out.append(raw)
            while one is not None and one.start("m") not in seen:
                raw = _shaped_number(text, one, shape, pat, first)
                if first is None:
                    _body_apart(text, raw, one, shape, apart, ends_named or {})
                members.append(raw)
                first = first or raw
                if not held:
                    seen.add(one.start("m"))
                    out.append(raw)
                    last = raw
                nxt = shape.more.match(text, one.end())
                if nxt is None and raw.date is not None and raw.tail_end > one.end():
                    # (… past the member's date: "A.1117(30) of 6 December 2017 and A.1142(31)")
                    nxt = shape.more.match(text, raw.tail_end)
                one = nxt
            if shape.shared and members:
                # (a shape several bodies write, "resolution 14.5": read only where the words
                # after the list's last member name a body, each member that body's)
                named = members[-1].body_key
                if named != shape.body or _SHAPE_BODY_NAMED in members[-1].evidence:
                    for raw in members:
                        raw.body_key = named
                        seen.add(raw.start)
                        out.append(raw)
                    last = members[-1]
            if bare and members and not STOP.on:
                # (… the list going on without the mark: "Resolutions No. 1309 and 1310 of …")
                alone = marked_list_more()[0]
                while (nxt := alone.match(text, members[-1].end)) is not None and not STOP.on:
                    members.append(_shaped_number(text, nxt, shape, pat, first))
            if bare and members and _bare_shape_named(text, members[-1], shape, pat):
                # (… after the list's last member, past its date: "Resolutions No. 1309 and No.
                # 1310 of the IOM Council", "Resolution No. 1309 of 26 November 2015 of the IOM
                # Council": every member's)
                for raw in members:
                    seen.add(raw.start)
                    out.append(raw)
                last = members[-1]
            if last is not None:
                _bare_numbers_after(text, last.end, last.number or "", pat, numbered_spans, set(), out)


#: how many words of a name no lexicon holds may stand between a shape's noun and its number
#: ("Исполнительного комитета", "du Comité exécutif"), and in how many characters
_APART_WORDS = 4
_APART_REACH = 60
_APART_BLANKS = " \t"


#: how far before a member of a list the earlier member's match may start ("第1234(LXXVIII)号和")
_EARLIER_REACH = 40


def _earlier_members(text: str, m: re.Match[str], shape: NumberShape, seen: set[int]) -> list[re.Match[str]]:
    """The earlier members of a list that the mention ``m`` of ``shape`` ends, its noun written
    after the last number only ("第99(LV)号和第102(LVI)号结论"), in the text's order."""
    if shape.earlier is None:
        return []
    found: list[re.Match[str]] = []
    at = m.start("m")
    while (e := shape.earlier.search(text, max(0, at - _EARLIER_REACH), at)) is not None:
        if e.start("m") in seen:
            break
        found.append(e)
        at = e.start("m")
    return found[::-1]


def _shape_past_words(
    text: str, i: int, hi: int, shape: NumberShape, named: dict[int, tuple[int, str]]
) -> tuple[re.Match[str] | None, tuple[int, str | None] | None]:
    """The mention of ``shape`` (one that opens with its noun) whose scan characters stand at
    ``i``, with words between the noun and the number: a body's name ("резолюция Ассамблеи ИМО
    A.1110(30)", "قرار جمعية المنظمة البحرية الدولية A.1110(30)") or, where none is known, a few
    words of a name, one of them a capital's in a script that has them ("заключения
    Исполнительного комитета № 108 (LIX)", "conclusion du Comité exécutif no 108 (LIX)").
    Returns the match and (where the noun ends, the key of the body named between, or None),
    or (None, None)."""
    if shape.core is None or shape.noun_end is None:
        return None, None
    m = shape.core.search(text, max(0, i - shape.core_reach), hi)
    while m is not None and m.end() <= i:
        m = shape.core.search(text, m.end(), hi)
    if m is None or m.start("m") > i:
        return None, None
    end = m.start("m")
    while end and text[end - 1] in _APART_BLANKS:
        end -= 1
    known: str | None = None
    if end in named:
        b, known = named[end]
        if _noun_ends_at(text, b, shape.noun_end):
            return m, (b, known)
        # (… or its preposition and article between: "conclusion of the Executive Committee No. 108")
        end = b
        while end and text[end - 1] in _APART_BLANKS:
            end -= 1
        if end == b:
            return None, None
    # (… a few words of a name, of letters alone: the nearest noun before them governs them)
    at, words, capital = end, 0, known is not None
    while words < _APART_WORDS and at > 0 and end - at < _APART_REACH:
        w = at
        while w and (text[w - 1].isalpha() or text[w - 1] in "-'\u2019"):
            w -= 1
        if w == at or not text[w].isalpha():
            return None, None
        words += 1
        first = text[w]
        capital = capital or first.isupper() or first.lower() == first.upper()
        at = w
        while at and text[at - 1] in _APART_BLANKS:
            at -= 1
        if at == w:
            return None, None  # (a word glued to a sign: no name's)
        if _noun_ends_at(text, at, shape.noun_end):
            # (a name holds a capital where the script has them: "du Comité exécutif", not "on safety")
            return (m, (at, known)) if capital else (None, None)
    return None, None


def _shape_noun_after(text: str, i: int, hi: int, shape: NumberShape, pat: Patterns) -> re.Match[str] | None:
    """The mention of ``shape`` (one that opens with its noun) whose scan characters stand at
    ``i``, its noun after it as the language writes it ("A.1126(31)号决议"), or None."""
    if pat.post_noun is None or shape.core is None:
        return None
    m = shape.core.search(text, max(0, i - shape.core_reach), hi)
    while m is not None and m.end() <= i:
        m = shape.core.search(text, m.end(), hi)
    if m is None or m.start("m") > i or not (m.start("m") and is_cjk(text[m.start("m") - 1])):
        return None  # (… glued to the words before it, as that script writes: no other shape's part)
    end = m.end()
    while (nxt := shape.more.match(text, end)) is not None:
        end = nxt.end()  # (… after the list it opens: "A.1117(30)和A.1142(31)号决议")
    return m if pat.post_noun.match(text, end) is not None else None


def _noun_ends_at(text: str, at: int, noun_end: re.Pattern[str]) -> bool:
    """Does a shape's noun end at ``at`` (blanks after it passed)?"""
    while at and text[at - 1] in _APART_BLANKS:
        at -= 1
    return noun_end.search(text, max(0, at - 40), at) is not None


def _body_apart(
    text: str,
    raw: Raw,
    m: re.Match[str],
    shape: NumberShape,
    apart: tuple[int, str | None] | None,
    named: dict[int, tuple[int, str]],
) -> None:
    """The body of the first mention ``raw`` of a shape from the words before its number: a body
    named between its noun and it (``apart``), or, for a shape several bodies write, right before
    the noun ("保护野生动物迁徙物种公约缔约方大会第12.3号决议"), unless one is named after the number."""
    after = _SHAPE_BODY_NAMED in raw.evidence or any(ev.startswith("body after") for ev in raw.evidence)
    if apart is not None:
        raw.evidence.append("words between the noun and the number")
        if raw.kw_start is None:
            head = apart[0]
            while head and text[head - 1] in _APART_BLANKS:
                head -= 1
            noun = shape.noun_end.search(text, max(0, head - 40), head) if shape.noun_end else None
            if noun is not None:
                raw.kw_start = noun.start()
        key = apart[1]
    elif shape.shared:
        # (… before the noun, for a shape several bodies write: read only where a body is named)
        head = m.start()
        while head and text[head - 1] in _APART_BLANKS:
            head -= 1
        key = named[head][1] if head in named else None
    else:
        return
    body = lexicon.load().bodies.get(key or "")
    if key is None or after or body is None:
        return
    # (… a body that writes the shape, or one with an id scheme of its own: "резолюция Генеральной
    # Ассамблеи 12.3" is no text of the Conferences that number theirs so)
    if key not in shape_writers(shape.shape) and (shape.shared or body.numbering == "none"):
        return
    raw.body_key = key
    raw.evidence.append(f"body before: {key}")
    if key == shape.body:
        raw.evidence.append(_SHAPE_BODY_NAMED)


def _bare_shape_named(text: str, raw: Raw, shape: NumberShape, pat: Patterns) -> bool:
    """Do the words after ``raw`` (of a shape of a mark and a number alone) name the shape's
    body: right after it, or past its date and a comma ("No. 1309 of 26 November 2015 of the IOM
    Council", "núm. 1309, de 26 de noviembre de 2015, del Consejo de la OIM")?"""
    if _SHAPE_BODY_NAMED in raw.evidence:
        return True
    other = marked_list_more()[1].match(text, raw.end)
    # (… past another noun's marked number that ends the list: "Resolutions No. 1309 and No.
    # 1310 and Law No. 1311 of the IOM Council"; else past the member's date and a comma)
    if other is None or not _tail_names(text, other.end(), shape.body, pat):
        if raw.date is None or raw.tail_end < 0:
            return False
        at = raw.tail_end + 1 if text.startswith(",", raw.tail_end) else raw.tail_end
        if not _tail_names(text, at, shape.body, pat):
            return False
    raw.evidence.append(_SHAPE_BODY_NAMED)
    return True


def _tail_names(text: str, at: int, body: str, pat: Patterns) -> bool:
    """Do the words at ``at`` (a number's tail) name ``body``?"""
    t = pat.item_tail.match(text, at)
    named = t.group("body") if t is not None else None
    return bool(named) and lexicon.load().body_names.get(fold(named)) == body


_SHAPE_BODY_NAMED = "the shape's body named after it"


def _mark_after_noun(text: str, m: re.Match[str]) -> bool:
    """Does the shaped mention ``m`` open with a number's mark right after a resolution's or
    decision's noun ("resolution No. 3281 (XXIX)": the noun's number, not a conclusion's)?"""
    s = m.start("m")
    mark, noun = mark_after_noun()
    if mark.match(text, s) is None:
        return False
    lo = max(0, s - 40)
    j = s
    while j > lo and text[j - 1] in " \t":
        j -= 1  # (the noun ends where the blanks before the mark start: its last character before them)
    last = noun_last_chars()
    if last is not None and (j == lo or last.match(text, j - 1) is None):
        return False
    return noun.search(text, lo, s) is not None


def _lead_there(text: str, j: int, lead: re.Pattern[str]) -> bool:
    """Is the character at ``j`` one a shape writes before its scan word (``NumberShape.lead``)?"""
    return j >= 0 and lead.match(text, j) is not None


def _shaped_number(text: str, m: re.Match[str], shape: NumberShape, pat: Patterns, first: Raw | None) -> Raw:
    """The mention ``m`` of a text numbered in ``shape``: its body is the shape's, unless the words
    after it name another body (one with an id scheme too: "decision 3 (Nairobi, 2022) of the
    Environment Assembly" is no ITU text); in a list, the keyword of its ``first`` member governs
    it."""
    s = m.start("m")
    raw = Raw(s, m.end("m"), shape.kind, number=_WS_RUN.sub(" ", m.group("m")))
    raw.rule = "numbering shape"
    raw.evidence.append(f"shape: {shape.shape}")
    _read_tail(text, raw, pat)
    if raw.body_key == shape.body:
        raw.evidence.append(_SHAPE_BODY_NAMED)
    bodies = lexicon.load().bodies
    named = bodies.get(raw.body_key or "")
    if named is None:
        raw.body_key = shape.body
    if first is not None:
        raw.kw_start = first.kw_start
        raw.evidence.append(f"list after: {first.number}")
        return raw
    _keyword_and_pin_before(text, raw, pat)
    if (
        raw.date is None
        and pat.post_head is not None
        and pat.post_noun is not None
        and pat.post_noun.match(text, raw.end)
    ):
        # (… its date before it, in a language that writes the noun after the number:
        # "海事组织大会2019年12月4日第A.1143(31)号决议")
        before = pat.post_head.search(text, max(0, s - POST_HEAD_REACH), s)
        if before is not None and before.group("date"):
            _dated_by(raw, before, "date before the number")
    return raw


def _keyword_and_pin_before(text: str, raw: Raw, pat: Patterns) -> None:
    """The noun before a coded or shaped number ("decision", "resolución") and a pinpoint
    before that ("paragraph 3 of decision …"), written into ``raw``."""
    s = raw.start
    window_start = max(0, s - 160)
    k = _keyword_before(text, s, window_start, text[window_start:s], pat)
    head = s
    if k:
        raw.kw_start, head = k[0], k[2]
        raw.evidence.append(f"keyword: {k[1]}")
    if raw.pinpoint is None:
        pin = _pin_ending_at(pat, text, head)
        if pin:
            raw.pinpoint = _WS_RUN.sub(" ", pin.group("pin"))


def find_coded(
    text: str,
    lang: str = "",
    bodies: list[tuple[int, int, str]] | None = None,
    numbered_spans: frozenset[tuple[int, int]] = frozenset(),
) -> list[Raw]:
    """Decisions numbered with their conference's code ("decision 1/CP.21", "2/CMA.3"): the
    code names the body, the number after it is the session. ``numbered_spans``: the spans of
    the numbers the numbered finder read (a bare number after a coded one is read there, not
    again)."""
    out = _coded_resolutions(text, lang, bodies, numbered_spans)
    if "/" in text and (unnumbered := _unnumbered_coded(text, patterns(lang))):
        out = sorted(out + unnumbered, key=lambda r: r.start)
    shaped = _shaped_numbers(text, lang, numbered_spans, bodies)
    if shaped:
        if bodies:
            _schemed_body_before(text, shaped, bodies)
        out = sorted(out + shaped, key=lambda r: r.start)
    if "/" not in text and "." not in text:
        return out
    pat = patterns(lang)
    table = lexicon.decision_codes()
    codes, reach = table.body_of, table.longest + 16
    # the pattern's scan tries every digit: it runs only around the codes written after a
    # number and a mark (every match holds one), in stretches wide enough for any match and
    # what it looks at after itself, joined where they touch (no match crosses their ends)
    stretches: list[tuple[int, int]] = []
    for i in _codes_after_mark(text, table.codes):
        lo, hi = max(0, i - 8), min(len(text), i + reach)
        if stretches and lo <= stretches[-1][1]:
            stretches[-1] = (stretches[-1][0], hi)
        else:
            stretches.append((lo, hi))
    found = (m for lo, hi in stretches for m in pat.coded.finditer(text, lo, hi))
    prev: Raw | None = None
    prev_tail = -1
    commas: list[Raw] = []  # the undated numbers before ``prev``, each followed by a comma only
    names: Names | None = None  # the bodies named, read at the first bracket that needs them
    for m in found:
        if STOP.on:  # the time budget ran out: what was found is kept
            break
        s = m.start()
        raw = Raw(s, m.end(), "dec", number=f"{int(m.group('session'))}/{int(m.group('n'))}")
        raw.body_key = codes[m.group("code")]
        raw.rule = "coded decision"
        raw.evidence.append(f"code: {m.group('code')}")
        in_range = (
            prev is not None and prev.body_key == raw.body_key and pat.range_gap.fullmatch(text, prev.end, s)
        )
        between: list[Raw] = []
        if in_range and prev is not None:
            # "decisions 26/CMP.1 to 28/CMP.1": the decisions between the two ends
            between = _between(prev, raw)
            out.extend(between)
        listed, listed_tail = prev, prev_tail
        prev = raw
        prev_tail = _read_tail(text, raw, pat)
        _keyword_and_pin_before(text, raw, pat)
        kw = raw.kw_start
        after_k = _keyword_after(text, s, m.end(), pat) if raw.date is None and kw is None else None
        if after_k is not None and after_k[5] is not None and after_k[7] is None:
            # "2015年12月12日第1/CP.21号决定": the noun after the number, the date before it
            raw.date = after_k[5]
            raw.evidence.append(_DATE_BEFORE_NUMBER)
        elif (
            raw.date is None
            and listed is not None
            and listed.date
            and _DATE_BEFORE_NUMBER in listed.evidence
            and pat.bare_and is not None
            and (pat.bare_and.fullmatch(text, listed_tail, s) or _COMMA_GAP.fullmatch(text, listed_tail, s))
        ):
            # "2019年12月14日第1/CP.25、2/CP.25和3/CP.25号决定": the date before the list's first
            raw.date = listed.date
            raw.evidence.append(_DATE_BEFORE_NUMBER)
        if (
            after_k is not None
            and raw.pinpoint is None
            and pat.pin_after is not None
            and (pin := pat.pin_after.match(text, after_k[6])) is not None
        ):
            # "第1/CP.21号决定第7段": the pinpoint after the noun
            raw.pinpoint = pin.group()
        if raw.date is None and kw is not None and "(" in text[max(0, kw - 3) : kw]:
            # "adopted on 12 December 2015 by the Conference of the Parties … (decision 1/CP.21)"
            if names is None:
                names = Names(text, bodies or [], lang)
            if adopted_on := _adopter_date(text, kw, names, pat):
                raw.date = adopted_on
                raw.evidence.append("date of the adoption before the body's name")
        if (
            raw.date
            and listed is not None
            and listed.date is None
            and _ONE_WORD_GAP.fullmatch(text, listed_tail, s)
        ):
            # "decisions 4/CP.27 and 2/CMA.4 of 20 November 2022", "decisions 1/CMA.5 to 3/CMA.5
            # of 13 December 2023": the date of the list, or of the range, after its last
            for r in (*commas, listed, *between):
                r.date, r.date_shared = raw.date, raw.number
                r.evidence = [*r.evidence, "date shared with the next item"]  # (a copy: a range's own)
        # the undated numbers before the next one, each followed by a comma only
        commas = (
            [*commas, listed]
            if listed is not None and listed.date is None and _COMMA_GAP.fullmatch(text, listed_tail, s)
            else []
        )
        out.append(raw)
    return out


#: the evidence of a date written before a coded number, in a language that writes the noun after it
_DATE_BEFORE_NUMBER = "date before the number"
#: the dashes a report prints for the number of a decision not yet numbered ("decision -/CP.28")
_NUMBER_DASHES = "-\u2013\u2014"
#: the rule of such a decision's mention: kept unresolved (it has no id until it is numbered)
UNNUMBERED_CODED = "coded decision without its number"


def _unnumbered_coded(text: str, pat: Patterns) -> list[Raw]:
    """ "decision -/CP.28", "decisions -/CP.28 and -/CMA.5": a decision of its conference's
    session with a dash for its number, at a dash that no letter, figure or mark of a symbol
    precedes; its number is None (its noun, pinpoint and date read as a coded one's)."""
    unnumbered = unnumbered_coded()
    codes = lexicon.decision_codes().body_of
    out: list[Raw] = []
    for needle in (d + gap for d in _NUMBER_DASHES for gap in ("/", " /", "\t/")):
        i = text.find(needle)
        while i >= 0:
            if not (i and ((text[i - 1].isalnum() and not is_cjk(text[i - 1])) or text[i - 1] in "/.-")) and (
                m := unnumbered.match(text, i)
            ):
                raw = Raw(i, m.end(), "dec")
                raw.body_key = codes[m.group("code")]
                raw.rule = UNNUMBERED_CODED
                raw.evidence.append(f"code: {m.group('code')}, session {int(m.group('session'))}")
                _read_tail(text, raw, pat)
                _keyword_and_pin_before(text, raw, pat)
                out.append(raw)
            i = text.find(needle, i + 1)
    return sorted(out, key=lambda r: r.start)


#: a text numbered by its session in Roman figures, then its number ("decision XIV/8" of the
#: biodiversity Conference of the Parties), not an element of a symbol ("…/DEC/XIV/8")
_ROMAN_SESSION = recache.compile(r"[IVXL]{1,7}/\d{1,3}(?![A-Za-z0-9/])")
_BEFORE_ROMAN_SESSION = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/.-")


def _roman_sessions(text: str, romans: list[int]) -> Iterator[re.Match[str]]:
    """The matches of ``_ROMAN_SESSION`` that no letter, figure or symbol's mark precedes, in
    order, from the Roman figures before a slash at ``romans`` (found by the scan of numbers)."""
    for i in sorted(romans):
        st = i
        while st > i - 6 and st > 0 and text[st - 1] in _ROMAN_FIGURES:
            st -= 1
        if st and text[st - 1] in _BEFORE_ROMAN_SESSION:
            continue
        m = _ROMAN_SESSION.match(text, st)
        if m is not None:
            yield m


def find_roman_sessions(
    text: str, bodies: list[tuple[int, int, str]], romans: list[int], lang: str = ""
) -> list[Raw]:
    """Texts numbered by a session in Roman figures ("decision XIV/8", "第XIV/8号决定"), each
    after its noun (or before it, where the language puts it there), in lists that share the
    noun and the body named after the last: no scheme of ids gives theirs (the resolver keeps
    them unresolved with the body named as the reason), and none is the Assembly's.
    ``romans``: where a Roman figure stands before a slash and a digit (see find_numbered)."""
    out: list[Raw] = []
    pat = patterns(lang)
    names: Names | None = None
    prev: Raw | None = None
    prev_tail = -1
    for m in _roman_sessions(text, romans):
        if STOP.on:
            break
        s, e = m.span()
        raw = Raw(s, e, "dec", number=m.group())
        raw.rule = "session in Roman figures"
        if prev is not None and 0 <= s - prev_tail <= 40 and pat.separator.fullmatch(text, prev_tail, s):
            raw.kind, raw.group, raw.kw_start = prev.kind, prev.group, prev.kw_start
            raw.body_key, raw.generic = prev.body_key, prev.generic
            raw.evidence.append(f"list after {prev.number}")
        else:
            window_start = max(0, s - 160)
            k = _keyword_before(text, s, window_start, text[window_start:s], pat)
            if k is None and pat.post_noun is not None and (after := _keyword_after(text, s, e, pat)):
                k = after[:5]
            if k is None:
                prev = None
                continue
            raw.kind, raw.kw_start, raw.group = _kind_of(k[1], pat), k[0], s
            raw.evidence.append(f"keyword: {k[1]}")
            bodymid = k[4]
            key = lexicon.load().body_names.get(fold(bodymid)) if bodymid else None
            if key is None and names is None:
                names = Names(text, bodies, lang)
            named = names.ending_before(k[2], _SPACES) if names is not None and key is None else (key, None)
            adopter_found = (
                _adopter_before_bracket(text, k[0], names, pat) if named is None and names else None
            )
            if adopter_found is not None:
                # "the decision of the Thirty-first Meeting of the Parties to … (decision XXXI/3)"
                named = _adopted_by(raw, adopter_found)
            if named is not None:
                raw.body_key, raw.generic = named
        tail = _read_tail(text, raw, pat)
        if raw.body_key is not None or raw.generic is not None:
            for r in reversed(out):  # "decisions XIII/5 and XIV/30 of the Conference …"
                if r.group != raw.group or r.body_key is not None or r.generic is not None:
                    break
                r.body_key, r.generic = raw.body_key, raw.generic
        out.append(raw)
        prev, prev_tail = raw, max(tail, e)
    return out


#: the evidence of a body carried to a number with its own noun, naming none ("人权理事会第28/3号决议
#:以及第71/243号决议"): the reader's guess, not a body named for it
NOUN_LIST_BODY = "list body: the number before it, each with its noun"
#: How far before a number that takes its date ("… of the same date") that text may be named
_SAME_GAP = 300
#: How far before a number of "both of <date>" the other of the two may end (its noun between)
_TWO_GAP = 160
#: what may stand between the last of a run of dates and the word "respectively" after it
_RESPECTIVE_AFTER = recache.compile(r"\s*+[,(\u060c]?\s*+")


#: the next part's letter after a symbol's first ("A/RES/54/54 A and B", "… A to C")
_HAN = recache.compile(r"[\u3001\u3400-\u9fff]")
_NEXT_PART = recache.compile(r"([A-H])(?!(?![\u3400-\u9fff])\w|[/(])")


def _more_symbol_parts(text: str, first: re.Match[str], sym: str, pat: Patterns) -> list[Raw]:
    """The parts after the first letter of a lettered symbol ("A and B", "A to C", "A, B and
    C"), each a symbol of its own."""
    out: list[Raw] = []
    lo, at = first.group(1), first.end()
    while True:
        nxt = _NEXT_PART.search(text, at, min(len(text), at + 12))
        if nxt is None:
            return out
        gap = text[at : nxt.start()]
        hi = nxt.group(1)
        if lo >= hi:
            return out
        if pat.range_gap.fullmatch(gap):
            letters = [chr(c) for c in range(ord(lo) + 1, ord(hi) + 1)]
        elif gap.strip() and (
            pat.separator.fullmatch(gap)
            # (a list word glued to the letters in a script without spaces: "A和B号", "A、B")
            or (_HAN.search(gap) is not None and pat.separator.fullmatch(f" {gap.strip()} "))
        ):
            letters = [hi]
        else:
            return out
        out.extend(Raw(nxt.start(), nxt.end(), "symbol", symbol=f"{sym}{x}") for x in letters)
        lo, at = hi, nxt.end()


def find_symbols(
    text: str, seg: Segments, notes: list[str] | None = None, cap: int | None = None
) -> list[Raw]:
    """Document symbols and the lists and ranges of them (``cap``: the mention limit, else
    :func:`max_mentions`)."""
    pat = patterns(seg.scope)
    out: list[Raw] = []
    range_budget = RANGE_BUDGET
    prev_sym, prev_end = "", -1
    cap = max_mentions() if cap is None else cap
    pending: dict[int, str] = {}  # the dates of symbols later in a bracket, by their start
    matches = seg.symbol_matches
    for idx, m in enumerate(matches):
        if STOP.on or _full(out, cap, notes):  # the time budget ran out, or the mention limit
            break
        s, e = m.span("sym")
        sym = m.group("sym")
        if not _HAS_DIGIT.search(sym) or seg.in_masthead(s):
            continue
        if _CODE_SHAPE.fullmatch(sym) and code_noun_before().search(text, max(0, s - _CODE_NOUN_REACH), s):
            continue  # "flight A/320", "le lot S/12/2019": a code of a thing, no document
        # a footnote digit glued to the symbol's end is not part of it when a footnote says so
        # (the words of its bracket as the symbol writes them: "A/79/6 (Secc. 24)" is "(Sect. 24)")
        if (
            text.startswith("-", e)
            and _TREATY_BODY_REPORT.fullmatch(sym)
            and (cr := _COMBINED_NEXT.match(text, e)) is not None
        ):
            # "CRC/C/FRA/CO/6-7", "CEDAW/C/ARG/7-9": a treaty body's symbol of combined reports
            # (one document, its numbers joined), no range of documents, however many reports it
            # combines ("CRC/C/FRA/CO/6-10", "CERD/C/SLE/4-20")
            last_n = int(_LAST_NUMBER.search(sym).group(1))  # type: ignore[union-attr]
            if int(cr.group(1)) > last_n:
                sym, e = sym + cr.group(), cr.end()
        raw = Raw(s, e, "symbol", symbol=symbol_as_own(sym))
        more_parts: list[Raw] = []
        pm = symbol_part(text, e, sym, seg.scope)
        if pm is not None:
            # "A/RES/54/54 B", "A/RES/54/54 A and B": the lettered parts' own ids (ids.md: A/RES/53/77A)
            raw.symbol = f"{raw.symbol}{pm.group(1)}"
            more_parts = _more_symbol_parts(text, pm, sym, pat)
            raw.end = pm.end()
            e = more_parts[-1].end if more_parts else pm.end()
        if prev_end >= 0 and s - prev_end <= 12 and pat.range_gap.fullmatch(text, prev_end, s):
            # "S/2023/401 to S/2023/403": the symbols between two of one series
            range_budget = _symbol_range(prev_sym, raw, out, range_budget, notes)
        prev_sym, prev_end = sym, e
        out.append(raw)
        out.extend(more_parts)
        if text.startswith(",", e) and (sp := pat.symbol_pin.match(text, e)) is not None:
            raw.pinpoint = _WS_RUN.sub(" ", sp.group("pin"))  # "(A/78/250, paras. 12–19)"
        if pending and s in pending:
            raw.date = pending.pop(s)
            raw.evidence.append("dates before the bracket, in order")
        elif s and (
            text[s - 1] == "("
            or (
                text[s - 1] in " \t\n"
                and text.rfind("(", max(0, s - 8), s) >= 0  # (a bracket at all: a look without a match)
                and _OPEN_BRACKET_CUT.search(text, max(0, s - 8), s)
            )
        ):
            # "the statement by its President of 8 March 2016 (S/PRST/2016/3)": the date is the symbol's
            db = search_dated(pat.date_before, text, max(0, s - 60), s)
            if db is None and pat.date_noun_before is not None:
                db = search_dated(pat.date_noun_before, text, max(0, s - 40), s)
            far = max(0, s - 260)
            if db is None and pat.date_far_before is not None and _far_link_after_year(text, far, s, pat):
                db = search_dated(pat.date_far_before, text, far, s)
            if db:
                _dated_by(raw, db, "date before the symbol")
                if raw.date is not None:
                    _bracket_dates(text, matches, idx, db, raw, pat, pending)
                    _joint_symbol_date(text, matches, idx, e, raw.date, pending)
        if raw.date is None and pat.post_noun is not None and s and _ADOPTED_TEXT.search(sym):
            # a language that writes the noun after the number writes an adopted text's date
            # before it, glued to the symbol ("2000年12月4日A/RES/55/12 A和B号决议")
            glued = None
            for d in pat.date.finditer(text, max(0, s - 24), s):
                glued = d
            if glued is not None and glued.end() == s and (date := parse_date(glued)) is not None:
                raw.date = date
                raw.evidence.append("date written before the symbol")
            elif (
                pat.date_noun_before is not None
                and (dn := search_dated(pat.date_noun_before, text, max(0, s - 40), s)) is not None
                and (date := parse_date(dn)) is not None
            ):
                # … or before the text's noun, the symbol glued to it ("主席2019年5月14日的声明S/PRST/2019/4")
                raw.date = date
                raw.evidence.append("date before the noun the symbol is glued to")
        if raw.date is None and ("(" in text[e : e + 2] or "[" in text[e : e + 2]):
            # "A/RES/60/1 (24 October 2005)", "S/RES/1325 (Oct. 31, 2000)", "A/RES/60/1 [24 October
            # 2005]": the date in brackets
            pd = pat.paren_date.match(text, e)
            if pd:
                _dated_by(raw, pd, "date in brackets after the symbol")
        # the document's label ("UN Doc") just before the symbol, searched once for both rules
        # that read it (this one and the OSCOLA one below)
        looked = raw.date is None and text.startswith(",", e)
        lb = document_label_before().search(text, max(0, s - _LABEL_REACH), s) if looked else None
        if (
            lb is not None
            and (ch := _legal_chain(pat.date.pattern, pat.date.flags).match(text, e)) is not None
            and text.startswith("(", ch.start("chain_end"))
            and pat.chain_break.search(text, ch.start(), ch.start("chain_end")) is None
        ):
            # the Bluebook's "U.N. Doc. A/4684, at 66 (Dec. 14, 1960)": the bracket of the date
            # that ends the citation, past the page, is the document's (no other symbol between)
            _dated_by(raw, ch, "date that ends the legal citation")
        dated_end = -1  # where the date written after an adopted text's symbol ends
        if raw.date is None and _ADOPTED_TEXT.search(sym):
            # "A/RES/70/1 of 25 September 2015", "S/RES/2467 du 23 avril 2019": an adopted text's
            # date after its symbol (the year of a Council resolution written without one), also
            # past the body's name ("A/RES/60/1 de la Asamblea General, de 24 de octubre de 2005")
            tail = pat.item_tail.match(text, e)
            if tail and tail.group("date"):
                _dated_by(raw, tail, "date after the symbol")
                dated_end = tail.end("date")
            elif (td := pat.title_date.match(text, tail.end() if tail else e)) is not None:
                # "A/RES/66/288 de la Asamblea General, «El futuro que queremos», de 27 de julio de
                # 2012": the date after the text's title in quotes (past the body's name)
                _dated_by(raw, td, "date after the title in quotes")
                dated_end = td.end()
            elif text.startswith(",", e) or text.startswith(" (", e):
                # legal styles: "S/RES/1325 (2000), 31 de octubre de 2000" — a date after a bare
                # comma that ends the clause (past the Council's year in brackets)
                yb = _YEAR_BRACKET.match(text, e)
                cd = pat.comma_date.match(text, yb.end() if yb is not None else e)
                if cd:
                    _dated_by(raw, cd, "date after a comma")
        if (
            raw.date is None
            and s > _LABEL_REACH
            and _ADOPTED_TEXT.search(sym)
            and (lb := lb if looked else document_label_before().search(text, s - _LABEL_REACH, s))
            is not None
            and (
                bd := _bracket_date_ending(pat.date.pattern, pat.date.flags).search(
                    text, max(0, lb.start() - 48), lb.start()
                )
            )
        ):
            # OSCOLA: "UNGA 'Title' (13 September 2007) UN Doc A/RES/61/295" — the date in brackets
            # right before the document's label is the adopted text's
            _dated_by(raw, bd, "date in brackets before the document label")
        if raw.date is not None:
            # "A/RES/55/12 A and B of 4 December 2000": the date of every part
            for p in more_parts:
                p.date = raw.date
                p.evidence.append("the date of the parts together")
        # "A/50/630 and Corr.1", "A/61/L.37 et Add.1", "A/50/141 and Corr.2 and Add.1 to 3"
        fa = pat.final_and.match(text, e)
        if fa:
            range_budget = _element_chain(text, sym, fa, pat, out, range_budget, notes)
            continue
        # "A/HRC/40/L.1-L.3", "A/C.3/74/L.10 a L.12": a range of the last element, its kind repeated
        kr = _kind_range(text, sym, e, pat, out, range_budget, notes)
        if kr is not None:
            # … and the list goes on after it ("SR.4-SR.7 and 12", "L.1-L.3 and L.5")
            range_budget, kr_end, kr_sym = kr
            kr_end, kr_sym = _element_list(text, kr_sym, kr_end, pat, out) or (kr_end, kr_sym)
            range_budget = _short_list(text, kr_sym, kr_end, pat, out, range_budget)
            continue
        # "A/C.3/71/L.9, L.10 and L.11": the same last element, other numbers (and a short-form
        # list after them: "SR.4, SR.7 and 12")
        el_last = _element_list(text, sym, e, pat, out)
        if el_last is not None:
            range_budget = _short_list(text, el_last[1], el_last[0], pat, out, range_budget)
            continue
        # "A/AC.109/2015/L.3, 2016/L.3 and 2017/L.4": more of its last elements
        if text.startswith((",", " ", "\u3001"), e) and _trailing_list(text, sym, e, pat, out):
            continue
        # … also past the date of an adopted text ("A/RES/ES-11/1 of 2 March 2022 and 70/1")
        # (the date perhaps between commas: "A/RES/ES-11/1, de 2 de marzo de 2022, y 70/1")
        if dated_end > 0 and any(
            text.startswith((",", " ", "\u3001"), d) and _trailing_list(text, sym, d, pat, out)
            for d in (dated_end, dated_end + 1 if text.startswith(",", dated_end) else -1)
            if d > 0
        ):
            continue
        # … and the Council's bare numbers past the date of its resolution's symbol
        # ("S/RES/2334 of 23 December 2016 and 2250", "S/RES/2171 of 21 August 2014, 2250 and 2419")
        if (
            dated_end > 0
            and raw.date
            and _COUNCIL_SYMBOL.fullmatch(sym)
            and _council_list_after(text, dated_end, raw.date, seg.scope, pat, out)
        ):
            continue
        # … written with the number's marks before the noun ("S/RES/2334号和第2250号决议")
        if _COUNCIL_SYMBOL.fullmatch(sym) and _council_marked_after(text, e, seg.scope, pat, out):
            continue
        # "A/59/668/Add.7 to Add.10"
        rm = _FINAL_EL.search(sym)
        rt = pat.range_tail.match(text, e) if rm else None
        if rt and not rt.group("kind") and pat.date.match(text, rt.start("n")):
            rt = None  # "Add.3 to 5 June 2010": a date, not the end of a range
        if rm and rt and (rt.group("kind") or rm.group(1)).lower() == rm.group(1).lower():
            lo, hi = int(rm.group(2)), int(rt.group("n"))
            stem = sym[: rm.start()]
            _range_note(lo, hi, range_span(), notes)
            if lo < hi <= lo + range_span():
                hi = min(hi, lo + range_budget)
                range_budget -= hi - lo
                for n in range(lo + 1, hi + 1):
                    out.append(
                        Raw(
                            rt.start("kind") if rt.group("kind") else rt.start("n"),
                            rt.end(),
                            "symbol",
                            symbol=f"{stem}/{rm.group(1)}.{n}",
                        )
                    )
            continue
        # "(A/C.3/57/SR.39, 47, 50 y 57)", "A/C.3/52/SR.4-7, 12 and 15", "(A/AC.109/2001,
        # 2003-2005 and 2009)": more of the last element, every member, ranges bounded (past the
        # letter of a meeting's part: "CEDAW/C/SR.1987 (A) and 1988")
        if text.startswith((" (", "("), e) and (part := _MEETING_PART.match(text, e)) is not None:
            e = part.end()
        range_budget = _short_list(text, sym, e, pat, out, range_budget)
        # … and the Council's number with a date of its own after that list ("S/RES/2334 and
        # 2250 of 9 December 2015")
        if raw.date is None and sym.startswith("S/RES/") and _COUNCIL_SYMBOL.fullmatch(sym):
            _council_dated_next(text, e, seg.scope, pat, out)
    return out


def _council_dated_next(text: str, e: int, scope: str, pat: Patterns, out: list[Raw]) -> bool:
    """After the Council's symbol without its year or date (ending at ``e``) and the short list
    after it, one more number with a date written after it ("S/RES/2334 and 2250 of 9 December
    2015"): the Council's resolution of that date, and the list goes on past the date as after a
    dated symbol. Not a year ("… and 2017 of …"), nor a number another body's name follows.
    Whether one was read."""
    more = council_number(scope).more
    if more is None:
        return False
    sl = pat.short_list.match(text, e)
    m = _more_council(text, sl.end() if sl is not None else e, more, pat)
    if m is None or _YEAR_LIKE.fullmatch(m.group("n")):
        return False
    tail = pat.item_tail.match(text, m.end())
    if tail is None or not tail.group("date"):
        return False
    lex = lexicon.load()
    if (tail.group("body") and lex.body_names.get(fold(tail.group("body"))) != "SC") or (
        tail.group("gen") and lex.generic_names.get(fold(tail.group("gen"))) != _COUNCIL_GENERIC
    ):
        return False  # "… and 2250 of the Human Rights Council of 9 December 2015": that body's
    raw = Raw(m.start("n"), m.end("n"), "symbol", symbol=f"S/RES/{m.group('n')}")
    raw.rule = "Security Council number without its year"
    raw.evidence.append("list after the Council's symbol, the number's own date")
    raw.date = parse_date(tail)
    if raw.date is None or not sc_year_plausible(int(m.group("n")), int(raw.date[:4])):
        return False  # "… and 2250 of 9 December 2003": the date is no date of that number
    out.append(raw)
    _council_list_after(text, tail.end("date"), raw.date, scope, pat, out)
    return True


#: The kind of the Security Council's short name ("the Council"), the one a number's tail may name
_COUNCIL_GENERIC = "council"


#: Most elements read after one symbol ("A/50/141 and Corr.2, Add.1 and Add.2" has three)
_CHAIN_MOST = 20


def _element_chain(
    text: str,
    base: str,
    fa: re.Match[str],
    pat: Patterns,
    out: list[Raw],
    budget: int,
    notes: list[str] | None,
) -> int:
    """The elements written after the symbol ``base`` ("and Corr.1", ", Add.1 and Add.2"), the
    first matched by ``fa``: each is of ``base`` (or, of the kind ``base`` ends with, its
    sibling), with more of the same number after it ("Corr.1 and 2", "Add.1, 2 and 3") or a
    range ("Add.1 to 3", "Add.1 to Add.3", "Add.1-3"); returns the range budget left."""
    sym = base
    last = _FINAL_EL.search(sym)
    for _ in range(_CHAIN_MOST):
        kind, first = fa.group("el").split(".")
        # an element of the kind the symbol ends with is its sibling ("A/50/630/Add.1 and Add.2":
        # A/50/630/Add.2); of another kind, the symbol's own ("A/50/631/Rev.1 and Corr.1")
        base = sym[: last.start()] if last is not None and last.group(1).lower() == kind.lower() else sym
        out.append(Raw(fa.start("el"), fa.end("el"), "symbol", symbol=f"{base}/{fa.group('el')}"))
        end = fa.end()
        more = pat.elliptic_tail.match(text, end)
        rt = None if more else pat.element_range.match(text, end)
        if more:  # "… and Corr.1 and 2", "… and Add.1, 2 and 3": more of the same element
            for num in re.finditer(r"\d{1,3}", more.group()):
                ns, ne = end + num.start(), end + num.end()
                out.append(Raw(ns, ne, "symbol", symbol=f"{base}/{kind}.{num.group()}"))
            end = more.end()
        elif (
            rt is not None
            and (rt.group("kind") or kind).lower() == kind.lower()
            and (rt.group("kind") or not pat.date.match(text, rt.start("n")))  # "Add.3 to 5 June 2010"
        ):
            lo, hi = int(first), int(rt.group("n"))
            _range_note(lo, hi, range_span(), notes)
            if lo < hi <= lo + range_span():
                hi = min(hi, lo + budget)
                budget -= max(0, hi - lo)
                at = rt.start("kind") if rt.group("kind") else rt.start("n")
                for n in range(lo + 1, hi + 1):
                    out.append(Raw(at, rt.end(), "symbol", symbol=f"{base}/{kind}.{n}"))
            elif hi > lo:  # too long a range: its end alone
                out.append(Raw(rt.start("n"), rt.end(), "symbol", symbol=f"{base}/{kind}.{hi}"))
            end = rt.end()
        nxt = pat.final_and.match(text, end)
        if nxt is None:
            break
        fa = nxt
    return budget


def _bracket_dates(
    text: str,
    matches: list[re.Match[str]],
    idx: int,
    db: re.Match[str],
    raw: Raw,
    pat: Patterns,
    pending: dict[int, str],
) -> None:
    """ "of 8 March 2016 and 15 May 2019 (S/PRST/2016/3 and S/PRST/2019/4)": a list of dates before
    a bracket that holds as many symbols, and nothing else — one date for each, in order (the
    first symbol's into ``raw``, the others' into ``pending``); else nothing is changed."""
    assert raw.date is not None and pat.date_list_end is not None and pat.bracket_joiner is not None
    first = pat.date.search(text, db.start(), db.end())
    dates = _dates_before(text, first.start() if first is not None else db.start(), raw.date, pat)
    if len(dates) < 2:
        return
    syms = [matches[idx]]
    for nm in matches[idx + 1 : idx + len(dates) + 1]:
        if not pat.bracket_joiner.fullmatch(text, syms[-1].end("sym"), nm.start("sym")):
            break
        syms.append(nm)
    if len(syms) != len(dates) or not text.startswith(")", syms[-1].end("sym")):
        return
    dates.reverse()
    raw.date = dates[0]
    raw.evidence.append("dates before the bracket, in order")
    for nm, date in zip(syms[1:], dates[1:], strict=True):
        pending[nm.start("sym")] = date


def _joint_symbol_date(
    text: str, matches: list[re.Match[str]], idx: int, end: int, date: str, pending: dict[int, str]
) -> None:
    """ "letters dated 3 May 2023 … (A/77/876-S/2023/321)": one document under the symbols of two
    organs, joined by a hyphen — the date before the bracket is the second symbol's too."""
    if idx + 1 < len(matches) and text.startswith(_JOINT_SYMBOL, end):
        nxt = matches[idx + 1].start("sym")
        if nxt == end + len(_JOINT_SYMBOL) and text.startswith(")", matches[idx + 1].end("sym")):
            pending.setdefault(nxt, date)


def _far_link_after_year(text: str, lo: int, hi: int, pat: Patterns) -> bool:
    """Can ``pat.date_far_before`` match in ``text[lo:hi]``: is one of its link words ("from",
    "addressed to") after the stretch's last digit?  Each of its matches has one there (that
    digit is its date's last: what follows the date holds none) — looked for in the few
    characters after the digit, where the pattern is tried at every place of the 260 before a
    symbol's bracket (50 µs a symbol)."""
    if pat.date_far_link is None:
        return True
    d = hi - 1
    while d >= lo and not text[d].isdecimal():
        d -= 1
    if d >= lo and (
        (c := _COUNCIL_NUMBER_END.search(text, max(lo, d - 12), d + 2)) is not None
        or (c := _SENDER_FIGURE_END.search(text, max(lo, d - 16), d + 1)) is not None
    ):
        # (a Council resolution in the sender's name, or another figure: "the Group of 77",
        # "resolution 60/251", "decision 2/CP.21": the date's year is before it, the link perhaps
        # after it in a language that names the sender first, "…第1718(2006)号决议所设委员会主席给")
        return pat.date_far_link.search(text, c.end(), hi) is not None or _far_link_after_year(
            text, lo, c.start(), pat
        )
    return d >= lo and pat.date_far_link.search(text, d + 1, hi) is not None


#: A bracket that a line's end parts from the symbol it opens on ("… 2016 (⏎S/PRST/2016/3)")
_OPEN_BRACKET_CUT = recache.compile(r"\([ \t]*+\n?[ \t]*+$")
_LAST_NUMBER = recache.compile(r"(?:/|\.)(\d{1,5})$")
#: a Council resolution's number and year ending where a letter's sender ends ("… resolution 1718 (2006)")
_COUNCIL_NUMBER_END = recache.compile(r"(?<!\d)\d{1,4}[ \u00a0]?\((?:19|20)\d\d\)$")
_SENDER_FIGURE_END = recache.compile(rf"(?:{SENDER_FIGURE})$")
_JOINT_SYMBOL = "-"  # the hyphen between the symbols of one document of two organs ("A/77/876-S/2023/321")
_YEAR_BRACKET = recache.compile(r"(?: ?\((?:19|20)\d\d\))?")  # matches everywhere (maybe empty)
#: The symbol of an adopted text: a resolution, a decision, a statement by the President.
_ADOPTED_TEXT = recache.compile(r"/(?:RES|DEC|PRST)/")
_LAST_ELEMENT = recache.compile(r"/([A-Z][A-Za-z]{0,4})\.(\d{1,4})$")
_ELEMENT = recache.compile(r"([A-Z][A-Za-z]{0,4})\.(\d{1,4})")
# … a member of a list of elements, revised or corrected ("L.5/Rev.1")
_MEMBER = recache.compile(rf"([A-Z][A-Za-z]{{0,4}})\.(\d{{1,4}})((?:/(?:{NUMBERED_ELEMENTS})\.\d{{1,3}})*)")


#: (… its number may be followed by a word of a language written without spaces: "L.3号")
_KIND_NUMBER = recache.compile(rf"(?P<kind>[A-Z][A-Za-z]{{0,4}})\.(?P<n>\d{{1,4}})(?!(?![{CJK}])\w|/|\.\d)")
_DASH = recache.compile(r"[-\u2013\u2014]")


def _kind_range(
    text: str, sym: str, e: int, pat: Patterns, out: list[Raw], budget: int, notes: list[str] | None
) -> tuple[int, int, str] | None:
    """The members of a range after ``sym`` whose end repeats the kind of its last element
    ("A/HRC/40/L.1-L.3", "A/C.3/74/L.10 to L.12"), ranges bounded; the range budget left, where
    the range ends and the symbol it ends with, or None when no such range follows."""
    last = _LAST_ELEMENT.search(sym)
    if last is None:
        return None
    gap = _DASH.match(text, e) or pat.range_gap.match(text, e)
    m = _KIND_NUMBER.match(text, gap.end()) if gap is not None else None
    if m is None or m.group("kind") != last.group(1):
        return None
    lo, hi = int(last.group(2)), int(m.group("n"))
    stem = f"{sym[: last.start()]}/{last.group(1)}"
    _range_note(lo, hi, range_span(), notes)
    if lo < hi <= lo + range_span():
        hi = min(hi, lo + budget)
        budget -= max(0, hi - lo)
        out.extend(Raw(m.start(), m.end(), "symbol", symbol=f"{stem}.{n}") for n in range(lo + 1, hi + 1))
    elif hi > lo:  # too long a range: its end alone
        out.append(Raw(m.start(), m.end(), "symbol", symbol=f"{stem}.{hi}"))
    return budget, m.end(), f"{stem}.{m.group('n')}"


def _element_list(text: str, sym: str, e: int, pat: Patterns, out: list[Raw]) -> tuple[int, str] | None:
    """The members of a list of elements after ``sym`` of the kind of its last one ("A/C.3/71/L.9,
    L.10 and L.11": A/C.3/71/L.10, A/C.3/71/L.11), each in place of that element; the list
    stops at an element of another kind.  Where the last member read ends and its symbol, or
    None when none was read."""
    last = _LAST_ELEMENT.search(sym)
    if last is None:
        return None
    el = pat.element_list.match(text, e)
    if el is None:
        return None
    stem, found = sym[: last.start()], None
    for m in _MEMBER.finditer(text, e, el.end()):
        if m.group(1) != last.group(1):
            break
        member = f"{stem}/{m.group(1)}.{m.group(2)}{m.group(3)}"
        raw = Raw(m.start(), m.end(), "symbol", symbol=member, rule="element list")
        raw.evidence.append(f"list after {sym}")
        out.append(raw)
        found = (m.end(), member)
    return found


_SESSION_DIGITS = recache.compile(r"(?:S-|ES-)?\d+")


def _element_shape(el: str) -> tuple[str, ...]:
    """What an element of a symbol is, for a list of trailing elements: a number (its width
    when it is a year's), a numbered element's kind ("L", "Add"), or the word itself."""
    if _SESSION_DIGITS.fullmatch(el):
        # (a session's number with or without its mark: "ES-11/1 and 70/1" are of one list)
        return ("n", "4" if len(el.rpartition("-")[2]) >= 4 else "")
    m = _ELEMENT.fullmatch(el)
    return ("el", m.group(1)) if m else ("w", el)


def _numbers(parts: list[str]) -> list[int]:
    return [int(n) for p in parts for n in re.findall(r"\d+", p)]


def _trailing_list(text: str, sym: str, e: int, pat: Patterns, out: list[Raw]) -> bool:
    """The members of a list of trailing elements after ``sym`` ("A/AC.109/2015/L.3, 2016/L.3
    and 2017/L.4", "A/HRC/40/L.2, 41/L.3"): each member takes the place of as many last
    elements of ``sym``, element for element of the same shape (a number for a number, "L.3"
    for "L.2"), and comes after the member before it; the list stops at the first that does
    not.  Whether any was read."""
    if sym.count("/") < 2:
        return False
    tl = pat.trailing_list.match(text, e)
    if tl is None:
        return False
    parts = sym.split("/")
    prev, found = parts, False
    for m in pat.trailing_member.finditer(text, e, tl.end()):
        new = m.group().split("/")
        k = len(new)
        if k >= len(parts) or any(
            _element_shape(a) != _element_shape(b) for a, b in zip(parts[-k:], new, strict=True)
        ):
            break
        member = parts[:-k] + new
        if _numbers(member[-k:]) <= _numbers(prev[-k:]):
            break  # a list runs upwards: "A/74/189, 2/3" is no member
        raw = Raw(m.start(), m.end(), "symbol", symbol="/".join(member), rule="trailing-element list")
        raw.evidence.append(f"list after {sym}")
        out.append(raw)
        prev, found = member, True
    return found


def _symbol_range(first: str, last: Raw, out: list[Raw], budget: int, notes: list[str] | None) -> int:
    """The symbols a range of two full symbols names between them ("S/2023/401 to S/2023/403":
    S/2023/402), when only their last numbers differ; returns the range budget left."""
    a, b = _LAST_NUMBER.search(first), _LAST_NUMBER.search(last.symbol or "")
    if a is None or b is None or first[: a.start(1)] != (last.symbol or "")[: b.start(1)]:
        return budget
    lo, hi = int(a.group(1)), int(b.group(1))
    _range_note(lo, hi, range_span(), notes)
    if not lo < hi <= lo + range_span() or budget <= 0:
        return budget
    hi = min(hi, lo + budget + 1)
    for n in range(lo + 1, hi):
        raw = Raw(last.start, last.end, "symbol", symbol=f"{first[: a.start(1)]}{n}", rule="range")
        raw.evidence.append(f"range {first} to {last.symbol}")
        out.append(raw)
    return budget - (hi - lo - 1)


#: A number that may be a year ("S/RES/2334 and 2017": no Council's number of a list)
_YEAR_LIKE = recache.compile(r"(?:19|20)\d\d")


def _council_member_down(text: str, tok: re.Match[str], prev: int, pat: Patterns) -> bool:
    """Is ``tok``, a number smaller than the one before it in a list after the Council's symbol
    without its year, one more of the Council's ("S/RES/2334 and 2250")? Not a range's end, a year
    ("… and 2017") or a count ("… and 2250 troops": a word after it that opens no date)."""
    n = tok.group("n")
    if tok.group("range") or int(n) == prev or _YEAR_LIKE.fullmatch(n):
        return False
    if _WORD_NEXT.match(text, tok.end("n")) is None or list_goes_on().match(text, tok.end("n")):
        return True
    tail = pat.item_tail.match(text, tok.end("n"))
    return tail is not None and bool(tail.group("date"))


def _count_in_dated_list(text: str, before: list[re.Match[str]], tok: re.Match[str], pat: Patterns) -> bool:
    """Is ``tok``, a number without its year after members of the Council's list written with
    theirs, a count ("its resolutions 2334 (2016) and 2250 persons"): a word after it that goes
    on no list and opens no date?"""
    if tok.groupdict().get("y") or not any(b.groupdict().get("y") for b in before):
        return False
    end = tok.end("n")
    if _WORD_NEXT.match(text, end) is None or _topic_next().match(text, end):
        return False  # (… "and 2250 on youth": its topic)
    joint = list_goes_on().match(text, end)
    if joint and (
        joint.end() == len(text) or not text[joint.end()].isalpha() or is_cjk(text[joint.end() - 1])
    ):
        return False  # (a list word, not the start of a word: "y 2250 efectivos" is no "y 2250 e …")
    tail = pat.item_tail.match(text, end)
    return tail is None or not tail.group("date")


@functools.lru_cache(maxsize=1)
def _topic_next() -> re.Pattern[str]:
    """A word that opens a text's topic right after a number, in any language ("2250 on youth")."""
    return recache.compile(rf"[ \t]++{lexicon.alternation(lexicon.gather('grammar.topic_after'))}(?!\w)")


def _short_list(text: str, sym: str, e: int, pat: Patterns, out: list[Raw], budget: int) -> int:
    """The members of a short-form list after ``sym`` (ascending numbers in place of its
    last number; a bare number keeps its number of digits); returns the range budget left."""
    last = _LAST_NUMBER.search(sym)
    if last is None or "(" in sym:
        return budget
    sl = pat.short_list.match(text, e)
    if sl is None or sl.end() == e:
        return budget
    stem, prev = sym[: last.start(1)], int(last.group(1))
    width = len(last.group(1)) if sym[last.start(1) - 1] == "/" else 0
    council = _COUNCIL_SYMBOL.fullmatch(sym) is not None
    for tok in pat.short_member.finditer(text, e, sl.end()):
        n = int(tok.group("n"))
        if n <= prev and not (council and _council_member_down(text, tok, prev, pat)):
            break
        if width and len(tok.group("n")) != width:
            break
        if tok.group("range"):  # a range from the previous member
            if n - prev > RANGE_SPAN or budget <= 0:
                break
            span = range(prev + 1, n + 1)
            budget -= len(span)
        else:
            span = range(n, n + 1)
        ns, ne = tok.start("n"), tok.end("n")
        for k in span:
            raw = Raw(ns, ne, "symbol", symbol=f"{stem}{k}", rule="short-form list")
            raw.evidence.append(f"list after {sym}")
            out.append(raw)
        prev = n
    return budget


@functools.cache
def _link_forms() -> tuple[tuple[re.Pattern[str], str, bool, str | None], ...]:
    """:func:`link_symbols`, each with whether it is case-blind and the text it requires (as
    written, for a form that is not)."""
    out = []
    for rx, made in link_symbols():
        exact = not rx.flags & re.IGNORECASE
        out.append((rx, made, exact, required_text(rx, as_written=exact)))
    return tuple(out)


def find_link_symbols(text: str) -> list[Raw]:
    """Symbols that links write their own way: encoded ("…?s=S%2FRES%2F2417(2018)&l=en"), a
    library file's name ("…/files/A_RES_68_262-EN.pdf"), a path's numbers ("…/ares52-118.htm")
    — each a symbol's mention (the link's words as written), when what it stands for is one."""
    out: list[Raw] = []
    lower = ""
    for rx, made, exact, needed in _link_forms():
        if needed is not None and exact and not all(c in text for c in needed):
            continue  # (a character of it missing: a look for one character is the quickest)
        if needed is not None and needed not in text:
            # ("%2", ".pdf": a text without it — as the form writes it, or in any case for a
            # case-blind form — holds no such link: plain looks)
            if exact or needed.upper() == needed:
                continue
            if needed.upper() not in text:
                lower = lower or text.lower()
                if needed not in lower:
                    continue
        for m in rx.finditer(text):
            if made:
                sym = made.format(**m.groupdict())
            else:
                # imported here: urllib.parse (with ipaddress) is a millisecond and more of the
                # engine's import, and a link is rare
                from urllib.parse import unquote

                sym = unquote(m.group("sym"))
                if "/" not in sym:
                    sym = sym.replace("_", "/")
            if whole_symbol(sym):
                raw = Raw(*m.span("sym"), "symbol", symbol=symbol_as_own(sym), rule="symbol in a link")
                out.append(raw)
    return out


def find_treaties(text: str, lang: str = "") -> list[Raw]:
    pat = patterns(lang)
    out: list[Raw] = []
    # (each tried only within reach of the characters its matches hold: the Chinese forms open
    # with an optional bracket and are otherwise tried at every character of a text of no clear language)
    for m in sorted((m for rx in pat.unts for m in finditer_anchored(rx, text)), key=lambda m: m.start()):
        if STOP.on:  # the time budget ran out: what was found is kept
            break
        s = m.start()
        back = pat.unts_back.search(text, max(0, s - 60), s)
        if back:
            s = back.start()
        elif text[s].isupper():
            continue  # "Vol. 12, No. 3" (a capital): a journal's, unless the series is named
        groups = m.re.groupindex
        # "vols. 1249, 2131 and 2161, No. 20378": one treaty per volume; "vol. 75, Nos. 970–973":
        # one per number (a short range)
        vols = ["".join(m.group("vol").split())]
        if "vols" in groups and m.group("vols"):
            vols += re.findall(r"\d{1,4}", m.group("vols"))
        if "vol2" in groups and m.group("vol2"):
            vols.append(m.group("vol2"))
        # (a number grouped by threes, "2 171", "27 531", read without its spaces)
        nos = ["".join(m.group("no").split())]
        if "no2" in groups and m.group("no2"):
            lo, hi = int(nos[0]), int(m.group("no2"))
            if lo < hi <= lo + RANGE_SPAN:
                nos = [str(k) for k in range(lo, hi + 1)]
        if "nos" in groups and m.group("nos") and len(nos) == 1:
            more = re.findall(r"\d{3,6}", m.group("nos"))
            if len(more) + 1 == len(vols):
                # "vols. 993 and 999, Nos. 14531 and 14668": each volume with its number, in order
                for vol, no in zip(vols, [*nos, *more], strict=True):
                    rule = "treaty footnote, compressed"
                    out.append(Raw(s, m.end(), "unts", volume=vol, number=no, rule=rule))
                continue
            if len(vols) == 1 and all(int(a) < int(b) for a, b in itertools.pairwise([*nos, *more])):
                # "vol. 1125, Nos. 17512 and 17513": one volume, each number in it (ascending: no
                # year after the list word)
                for no in [*nos, *more]:
                    rule = "treaty footnote, compressed"
                    out.append(Raw(s, m.end(), "unts", volume=vols[0], number=no, rule=rule))
                continue
        end = m.end("no2") if "no2" in groups and m.group("no2") else m.end("no")
        for i, vol in enumerate(vols):
            for no in nos if i == 0 else nos[:1]:
                raw = Raw(s, end, "unts", volume=vol, number=no)
                if len(vols) > 1 or len(nos) > 1:
                    raw.rule = "treaty footnote, compressed"
                out.append(raw)
    for rx in pat.unts_page:
        for m in rx.finditer(text):
            if STOP.on:
                break
            s = m.start()
            if "vol" in m.re.groupindex:
                # "RTNU, vol. 999, p. 171": only after the series' name (not a journal's "vol. 12, p. 4")
                back = pat.unts_back.search(text, max(0, s - 60), s)
                if back is None:
                    continue
                s, vol = back.start(), m.group("vol")
            else:
                if s and (text[s - 1].isalnum() or text[s - 1] in "._"):
                    continue  # a word goes on before the series' short name
                before = _VOLUME_BEFORE.search(text, max(0, s - 8), s)  # "999 U.N.T.S. 171"
                if before is None:
                    continue
                s, vol = before.start(), before.group("vol")
            out.append(Raw(s, m.end(), "unts_page", volume=vol, number=m.group("page")))
    out.sort(key=lambda r: r.start)
    return out


#: The volume just before a treaty series' short name ("999 U.N.T.S. 171"): a number standing
#: alone (not the end of a date's "1966," nor of a symbol).
_VOLUME_BEFORE = recache.compile(r"(?<![\d.,/\w])(?P<vol>\d{1,4})\s+$")


def _more_council(text: str, at: int, more: re.Pattern[str], pat: Patterns) -> re.Match[str] | None:
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

#: the letter of a meeting's part after a summary record's symbol: "CEDAW/C/SR.1987 (A)"
_MEETING_PART = recache.compile(r"[ ]?\([A-H]\)")


def _council_list(text: str, s: int, e: int, rx: CouncilNumber, pat: Patterns, out: list[Raw]) -> bool:
    """A list of the Council's numbers without their years, the noun before it and the name
    (at ``s``–``e``) after it ("les résolutions 1325 et 1820 du Conseil de sécurité"), or the
    name before the marked numbers and their noun ("安理会第1325号和第1820号决议"): each a
    number of the Council's, in the Council's order (a smaller number after one stops the list).
    Whether any was read."""
    m = more = None
    if rx.behind_list is not None and rx.more is not None:
        m = rx.behind_list.search(text, max(0, s - NOUN_REACH - _LIST_REACH), s)
        more, at = rx.more, m.end("n") if m is not None else 0
    least = 2
    if m is None and rx.behind_roman is not None and rx.more is not None:
        # (… before a number of a roman session, the list's last, which is the Assembly's: the
        # bare numbers before it the Council's, one of them alone too)
        m = rx.behind_roman.search(text, max(0, s - NOUN_REACH - _LIST_REACH), s)
        more, at, least = rx.more, m.end("n") if m is not None else 0, 1
    if m is None and rx.marked_list is not None and rx.marked_more is not None:
        m = rx.marked_list.match(text, e)
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
    out.extend(_council_number(text, n, e, s, pat, None) for n in found)
    return True


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


#: the rule of a Council's number alone in the sentence after the one that names the Council
_NEXT_SENTENCE_RULE = (
    "Security Council number without its year, in the sentence after the Council's dated one"
)
#: a sentence's stop (a full stop before a blank, the text's end or a Chinese character: the
#: ideographic full stop is normalised to it)
_SENTENCE_END = recache.compile(rf"[.](?=\s|$|[{CJK}])|\u3002")
_SENTENCE_REACH = 400  # characters read for a sentence's end
#: Most words between a number and the short name of the subject it is the text of ("In resolution
#: 2473, the Assembly …")
_SUBJECT_WORDS = 2


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
    lo = max(0, at - _SENTENCE_REACH)
    begin = max((d.end() for d in _SENTENCE_END.finditer(text, lo, at)), default=lo)
    begin = max(begin, text.rfind("\n\n", lo, at) + 1)
    if YEAR.search(text, begin, at) is None:
        return None
    last = None
    for d in pat.date.finditer(text, begin, at):
        last = d
    return parse_date(last) if last is not None else None


def _council_next_sentence(
    text: str, s: int, e: int, bodies: list[tuple[int, int, str]], rx: CouncilNumber, pat: Patterns
) -> list[re.Match[str]]:
    """The Council's numbers alone (no year, no body named) after the noun in the sentence right
    after the one that names the Council at ``s``–``e`` with a date: "Recalling that on 22 December
    2017 the Security Council adopted a resolution on the question. Resolution 2397 requests …"
    (each number in group ``n``: the first, and those listed after it without their year); none
    when the Council's sentence holds no date, or the next one names a body (by its short name too:
    "In its resolution 2473, the Assembly …", unless a council's), or no such number."""
    stop = _SENTENCE_END.search(text, e, min(len(text), e + _SENTENCE_REACH))
    if stop is None:
        return []
    after = stop.end()
    end = _SENTENCE_END.search(text, after, min(len(text), after + _SENTENCE_REACH))
    hi = end.start() if end is not None else min(len(text), after + _SENTENCE_REACH)
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
    lo = max(0, s - _SENTENCE_REACH)
    begin = max((d.end() for d in _SENTENCE_END.finditer(text, lo, s)), default=lo)
    begin = max(begin, text.rfind("\n\n", lo, s) + 1)
    if search_dated(pat.date, text, begin, stop.start()) is None:
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


def find_sc_numbers(text: str, seg: Segments, bodies: list[tuple[int, int, str]]) -> list[Raw]:
    """Security Council resolutions named by their number alone ("Security Council resolution
    2240 of 9 October 2015"), read around each mention of the Council in ``bodies``: a symbol
    ``S/RES/<n>``, whose year the resolver takes from the date written with it (or the
    numbering), else it is kept unresolved with the reason."""
    rx: CouncilNumber | None = None
    pat = patterns(seg.scope)
    out: list[Raw] = []
    marked_bodies = _bare_shape_bodies()
    for s, e, key in bodies:
        if key in marked_bodies and not STOP.on:
            rx = rx or council_number(seg.scope)
            _marked_number(text, s, e, key, rx, pat, out)
        if key != "SC" or STOP.on:
            continue
        rx = rx or council_number(seg.scope)
        m = rx.after.match(text, e)
        if m is None and rx.marked is not None:
            m = rx.marked.match(text, e)
        if m is None and rx.noun_before.search(text, max(0, s - NOUN_REACH), s):
            m = rx.number_after.match(text, e)  # "قرار مجلس الأمن 2240"
        if m is not None and rx.more is not None and m.start("n") >= e:
            # "Security Council resolutions 2242, 2250 and 2493": the numbers before the last (in
            # the Council's order: a smaller number after them is not one of the list)
            nxt = _more_council(text, m.end(), rx.more, pat)
            while nxt is not None and int(nxt.group("n")) > int(m.group("n")) and not STOP.on:
                out.append(_council_number(text, m, e, s, pat, None))
                m = nxt
                nxt = _more_council(text, m.end(), rx.more, pat)
        if m is None:
            m = rx.behind.search(text, max(0, s - NOUN_REACH - 12), s)  # "la résolution 2240 du Conseil"
        if m is None and _council_list(text, s, e, rx, pat, out):
            continue
        if m is None and (m := _council_adopted(text, e, rx, pat)) is not None:
            # "On 22 December 2017 the Security Council adopted resolution 2397": the news' and
            # articles' sentence, the date of the adoption perhaps before the Council's name
            raw = _council_number(text, m, e, s, pat, None)
            before = adoption_dates(seg.scope)[1]
            if raw.date is None and (d := search_dated(before, text, max(0, s - 60), s)):
                raw.date = parse_date(d)
            out.append(raw)
            continue
        if m is None:
            for nxt in _council_next_sentence(text, s, e, bodies, rx, pat):
                # "On 22 December 2017 the Security Council met on the question. Resolution 2397
                # requests …": the number alone in the sentence after the Council's dated one
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
        at = text.find(symbol, m.end("n"), m.end("n") + SYMBOL_NEAR)
        if at >= 0 and text.startswith(("(", " ("), at + len(symbol)) and raw.date is None:
            # "S.C. Res. 1325, U.N. Doc. S/RES/1325 (Oct. 31, 2000)": the symbol says it all — not
            # when it has no year ("UNSC Res 1973 (17 March 2011) UN Doc S/RES/1973"), nor when
            # the number has its date and the symbol its year alone ("UNSC Res 2334 (23 December
            # 2016) UN Doc S/RES/2334 (2016)"): the number's date gives it
            continue
        out.append(raw)
    rx = rx or council_number(seg.scope)
    # (in another body's text, only the numbers of a list that writes some of them with their year)
    out.extend(
        _council_own_numbers(text, seg, bodies, rx, pat, {r.start for r in out}, listed=seg.body != "S")
    )
    return out


#: how far before a list of the Council's numbers in another body's text a body named ends, to be
#: the list's ("General Assembly resolutions …", "大会第…")
_NAME_GAP = 4
#: the rule of a number without its year in a list of the Council's numbers written with theirs
_LISTED_COUNCIL = "the Council's number without its year, in a list of its numbers with their years"


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

    def body_after(pos: int) -> bool:
        i = bisect.bisect_left(starts, pos)
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
        if text[m.end("n") : m.end("n") + 1] in (".", "-", ")") and (not before or before[-1] == "\n"):
            return  # a paragraph's number opening its line ("1. Decides", "1- يقرر")
        symbol = f"S/RES/{n}({own.group(2)})" if own and own.group(1) == n else f"S/RES/{n}"
        raw = Raw(m.start("n"), m.end("n"), "symbol", symbol=symbol)
        raw.rule = rule
        raw.evidence.append("a list of the Council's numbers" if listed else "citing body: Security Council")
        tail = pat.item_tail.match(text, m.end())
        if tail and tail.group("date"):
            raw.date = parse_date(tail)
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
                items.append(nxt)
                nxt = rx.own_more.match(text, nxt.end())  # type: ignore[union-attr]
            if body_after(items[-1].end()):
                continue  # "resolution 1989 of the General Assembly"
            if listed:
                # (the Council's numbers in their order, three digits at least: not a note's mark
                # after the list's last, "2664 (2022),1")
                for k in range(1, len(items)):
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


def _council_number(text: str, m: re.Match[str], e: int, s: int, pat: Patterns, symbol: str | None) -> Raw:
    """The Council's number in group ``n`` of ``m`` (the Council named at ``s``–``e``), with the
    date written after it or, where the language writes it there, before it."""
    raw = Raw(m.start("n"), m.end("n"), "symbol", symbol=symbol or f"S/RES/{m.group('n')}")
    raw.rule = "Security Council number without its year"
    raw.evidence.append(f"Council named: {text[s:e]}")
    tail = pat.item_tail.match(text, max(m.end(), e))
    if tail and tail.group("date"):
        raw.date = parse_date(tail)
    elif tail and _legal_date_ahead(text, tail.end()) and (pd := pat.pin_date.match(text, tail.end())):
        # legal styles: a pinpoint between the number and the bracket of its date
        # ("S.C. Res. 2417, ¶ 5 (May 24, 2018)"), as for the numbers of the other bodies
        raw.date = parse_date(pd)
        raw.pinpoint = _WS_RUN.sub(" ", pd.group("pin")) if pd.group("pin") else None
    elif m.start() >= e:  # the date before the number, where the language writes it there
        before = search_dated(pat.date, text, e, m.start("n"))
        if before:
            raw.date = parse_date(before)
    return raw


#: A Security Council resolution's symbol, its year perhaps with it ("S/RES/2334", "S/RES/2334 (2016)")
#: a treaty body's symbol of a State's report or of its concluding observations on it, ending in
#: the report's number ("CRC/C/FRA/CO/6", "CEDAW/C/ARG/7", "E/C.12/FRA/CO/4"), or of the list of
#: issues on it and the replies ("CRC/C/FRA/Q/6", "CRC/C/FRA/RQ/6")
_TREATY_BODY_REPORT = recache.compile(r"(?:[A-Z]{3,5}/C|E/C\.12)/[A-Z]{3}/(?:CO/|R?Q/)?\d{1,2}")
#: … and the number of the last report combined with it, glued by a hyphen ("-7"), an addendum,
#: a corrigendum or a revision perhaps after it ("-7/Add.1", "-10/Corr.1", "-9/Rev.1/Corr.1")
_COMBINED_NEXT = recache.compile(r"-(\d{1,2})(?:/(?:Add|Corr|Rev)\.\d{1,2}){0,2}(?![\d/\w])")
_COUNCIL_SYMBOL = recache.compile(r"S/RES/\d{1,4}(?:\s?\(\d{4}\))?")


def _council_list_after(text: str, at: int, date: str, scope: str, pat: Patterns, out: list[Raw]) -> bool:
    """The Council's numbers written alone in a list after its resolution's symbol and date (at
    ``at``, or past a comma there): each a resolution of the Council with the date written after
    it, if any; the list stops at a number with its year (read as such), or the year of ``date``.
    Whether any was read."""
    more = council_number(scope).more
    if more is None:
        return False
    m = _more_council(text, at, more, pat) or (
        _more_council(text, at + 1, more, pat) if text.startswith(",", at) else None
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
        if nxt is None and _WORD_NEXT.match(text, end):
            break  # "… and 150 other texts": a count, no member
        if nxt is not None and _more_council(text, end, more, pat) is None:
            nxt = None  # "… and No. 2400 of the IOM Council": another body's, the list ends
        out.append(raw)
        found = True
        m = nxt
    return found


def _council_marked_after(text: str, at: int, scope: str, pat: Patterns, out: list[Raw]) -> bool:
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
_WORD_NEXT = recache.compile(r"[^\S\n]*+\w")


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
#: How far after a Council number its own symbol may follow (legal styles cite both).
SYMBOL_NEAR = 80


#: How far from its literal piece a note's pointer back may start or end ("op. cit., note 12")
_NOTE_BACK_REACH = 24


def _note_back_windows(text: str, s: int, e: int, pieces: tuple[str, ...]) -> list[tuple[int, int]]:
    """The stretches of the note ``s``–``e`` around each literal piece of a pointer back at an
    earlier note ("supra", "above"), joined where they overlap: the pattern is tried there only
    (most notes hold no piece; a note that holds "above" holds it once or twice)."""
    spans: list[tuple[int, int]] = []
    for piece in pieces:
        i = text.find(piece, s, e)
        while i >= 0:
            spans.append((max(s, i - _NOTE_BACK_REACH), min(e, i + len(piece) + _NOTE_BACK_REACH)))
            i = text.find(piece, i + 1, e)
    spans.sort()
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def find_ibids(text: str, seg: Segments) -> list[Raw]:
    pat = patterns(seg.scope)
    back_rx = note_back(seg.scope)
    gate = ibid_gate(seg.scope)
    short, lead = ibid_short_lead(seg.scope)
    out: list[Raw] = []
    for s, e, fn in seg.footnote_spans:
        if gate.search(text, s, e) is None:
            continue  # no word of Ibid. or of a pointer back: no match of the patterns either
        # a note pointing back at an earlier one by its number ("supra note 12"): that note's
        taken: list[tuple[int, int]] = []
        for ws, we in _note_back_windows(text, s, e, back_rx[0] if back_rx is not None else ()):
            for m in back_rx[1].finditer(text, ws, we):  # type: ignore[index]
                back = int(m.group("note") or m.group("note2"))
                taken.append(m.span())
                if 0 < back < (fn or 0):  # (not a note ahead, nor itself: none it repeats)
                    raw = Raw(m.start(), m.end(), "ibid", marker=fn)
                    raw.number = str(back)
                    out.append(raw)
        for m in pat.ibid.finditer(text, s, e):
            if STOP.on:  # the time budget ran out: what was found is kept
                break
            if any(a <= m.start() < b for a, b in taken):  # ("Op. cit., note 3": note 3's)
                continue
            if m.group("ibid") in short and not lead.fullmatch(text, s, m.start()):
                continue  # ("Smith, op. cit.", "www.bps.go.id."): not the previous note's
            raw = Raw(m.start(), m.end(), "ibid", marker=fn)
            if text.startswith(",", m.end()) and (sp := pat.symbol_pin.match(text, m.end())) is not None:
                raw.pinpoint = _WS_RUN.sub(" ", sp.group("pin"))  # "Ibid., para. 4", "Id., annex II"
            elif (
                pat.pin_after is not None
                and (comma := _IBID_COMMA.match(text, m.end())) is not None
                and (pa := pat.pin_after.match(text, comma.end())) is not None
            ):
                raw.pinpoint = _WS_RUN.sub(" ", pa.group())  # … its number before its noun: "同上，第12段"
            out.append(raw)
    return out


#: the comma after an ibid word and the blanks around it
_IBID_COMMA = recache.compile(r"[ \t]*+[,\uff0c][ \t]*+")


@functools.lru_cache(maxsize=64)
def _any_of(names: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern that finds any of ``names`` as written (one search: quicker than a plain look
    for each, when they share their first letters)."""
    return recache.compile("|".join(re.escape(n) for n in names) or "(?!)")


def find_instruments(text: str, seg: Segments, starts: list[int] | None = None) -> list[Raw]:
    """The instruments named in ``text``; ``starts``: where their first words stand (as
    :func:`names_in` gives them), else looked for here."""
    pat = patterns(seg.scope)
    lex = lexicon.load()
    out: list[Raw] = []
    acronyms = treaty_acronyms(seg.scope)
    # "States parties to CEDAW": a short name that is also its Committee's, a treaty's there (only
    # where one of the names stands at all: one search for any of them, before the leading words
    # are looked for at every character)
    if acronyms is not None and _any_of(tuple(acronyms[2])).search(text) is not None:
        for led_by in acronyms[0].finditer(text):
            for a in acronyms[1].finditer(text, led_by.start("names"), led_by.end("names")):
                raw = Raw(a.start(), a.end(), "instrument", instrument=acronyms[2][a.group()])
                raw.rule = "a treaty's short name after a party's or a ratification's words"
                out.append(raw)
    done = 0
    if starts is None:
        starts = [cand.start() for cand in pat.instrument_start.finditer(text)]
    for start in starts:
        if STOP.on:  # the time budget ran out: what was found is kept
            break
        if start < done:
            continue
        m = pat.instrument.match(text, start)
        if m is None:
            continue
        done = m.end()
        key = lex.instrument_names.get(fold(m.group()))
        if key is None or _within_title(pat, text, m):
            continue
        raw = Raw(m.start(), m.end(), "instrument", instrument=key)
        mk = pat.marker.match(text, m.end())
        if mk:
            digits = (
                mk.group("sup") or mk.group("glued") or mk.group("sp") or mk.group("book") or mk.group("par")
            )
            if digits:
                n = int(digits.translate(SUPER_TO_DIGIT))
                if n in seg.footnotes:
                    raw.marker = n
        pin = (
            _pin_before(pat, text, max(0, m.start() - 80), m.start())
            if pat.pin_link.search(text, max(0, m.start() - 12), m.start())
            else None
        )
        if pin:
            raw.pinpoint = re.sub(r"\s+", " ", pin.group("pin"))
        out.append(raw)
    return out


def _within_title(pat: Patterns, text: str, m: re.Match[str]) -> bool:
    """Is the name ``m`` part of another instrument's title ("the Agreement under the United
    Nations Convention on the Law of the Sea on …", "Protocol …, supplementing the …")?"""
    if pat.within_title is not None and pat.within_title.search(text, max(0, m.start() - 100), m.start()):
        return True
    return pat.within_title_after is not None and pat.within_title_after.match(text, m.end()) is not None


__all__ = [
    "find_coded",
    "find_ibids",
    "find_instruments",
    "find_numbered",
    "find_symbols",
    "find_treaties",
    "parse_date",
    "patterns",
    "phrase_re",
]
