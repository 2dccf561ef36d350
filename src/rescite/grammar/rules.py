"""Rules: the compiled patterns built from the lexicon files — body names, keyword nouns,
dates, treaty footnotes, "Ibid.", instrument names, pinpoints — for a text's languages.
Nothing here knows a language's words: they all come from :mod:`rescite.grammar.lexicon`."""

from __future__ import annotations

import bisect
import collections
import functools
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator

from .. import ids
from ..ids import FIRST_YEAR, NUMBERED_ELEMENTS
from ..models import Record
from . import lexicon, recache
from .chars import one_for_one
from .lexicon import CJK, SUPERSCRIPTS, alternation, fold, is_cjk, trie_regex

# the ids' patterns a text uses from kept programs, as the engine's own (this module is the
# engine's: a query that starts none compiles the few ids it reads with ``re``)
ids.use_compile(recache.compile)

TYPE_CHECKING = False  # as typing's, without importing typing: a refresh imports this module
if TYPE_CHECKING:
    from typing import Any, TypeVar

    T = TypeVar("T")


@functools.lru_cache(maxsize=16)
def body_regex(lang: str = "") -> re.Pattern[str]:
    """The names of the bodies in the languages looked for in a text of ``lang``."""
    languages = lexicon.load().languages
    names = [n for code in lexicon.scope(lang) for ns in languages[code].raw["bodies"].values() for n in ns]
    return recache.compile(trie_regex(names, keep_case=True))


@functools.lru_cache(maxsize=1)
def proper_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """The names of the bodies, their short names and the names of instruments in every
    language, found in either case (a paragraph set in capitals), and each as written, by its
    lower-case form (words joined by one space)."""
    languages = lexicon.load().languages.values()
    names = sorted(
        {
            n
            for lang_ in languages
            for key in ("bodies", "generic", "instruments")
            for ns in lang_.raw.get(key, {}).values()
            for n in ns
        }
    )
    written = {" ".join(n.lower().split()): n for n in names}
    return recache.compile(trie_regex(names, keep_case=True), re.IGNORECASE), written


# -- compiled patterns ---------------------------------------------------------------------
class Patterns(Record):
    item: re.Pattern[str]
    kw_after: re.Pattern[str]
    and_at_end: re.Pattern[str]
    second_date: re.Pattern[str]
    # the date with its word after a pinpoint's comma or bracket: "70/82, para. 9, of 5 December 2015"
    pin_then_date: re.Pattern[str]
    # the place of the adoption, then its date: "1/CMA.3, adopted at Glasgow on 13 November 2021"
    place_date: re.Pattern[str] | None
    # a symbol in brackets after the number, then the number's date: "14/CP.27 (FCCC/CP/…) of …"
    symbol_then_date: re.Pattern[str]
    # the adoption's date after the bracket that holds the number: "the decision of the Council
    # (decision 55/115), adopted on 4 April 2024" (``grammar.bracket_date_intro``)
    bracket_date: re.Pattern[str] | None
    part_date: re.Pattern[str]  # "… and B of 20 July 1995" after "49/222 A of 23 December 1994"
    # the next date of a list of dates, one for each number of the list before it, in order
    # ("61/144 and 64/178 of 19 December 2006 and 18 December 2009, respectively")
    next_date: re.Pattern[str]
    # days that share the month and year of the date after them, after a list's last number
    # ("1514 (XV) and 1541 (XV) of 14 and 15 December 1960"); None in languages that write the
    # year first
    day_list: re.Pattern[str] | None
    stem_re: re.Pattern[str]
    possessives: frozenset[str]
    qualifier_words: frozenset[str]
    # words that make the noun after them a common noun, no text's ("conflict resolution")
    common_noun_words: frozenset[str]
    # those of them written in several tokens or ending with a stop ("I. & N.", "I.&N.", a
    # reporter's), matched on the text's end
    common_noun_phrases: tuple[str, ...]
    # the nouns of a State's acts, and number words, before a number N (YYYY) with no keyword
    # ("Law 1325 (2000)", "Directive No. 2467 (2019)"): no Security Council resolution
    act_words: frozenset[str]
    number_words: frozenset[str]
    # the months' names and abbreviations, folded, without a final dot ("dec"): a noun that is
    # one too ("Dec.") is a month before a year ("in Dec. 2019/12")
    month_words: frozenset[str]
    actor_gap: re.Pattern[str]
    # the verb of an adoption between its subject and the text's noun ("the Human Rights Council
    # adopted resolution 44/2", "la Commission a adopté la résolution 64/2"): the subject's text
    # (``grammar.adoption_verbs``; matched whole between the subject's name and the noun)
    adopt_gap: re.Pattern[str]
    # a word of another organisation's organ or a State's before an actor's link or an adoption's
    # verb ("the Parliament, in its resolution …", "the Senate adopted resolution …"): its text
    # (``grammar.organisation_actors``; matched at the stretch's end, the noun's head)
    org_actor: re.Pattern[str] | None
    adopt_word: re.Pattern[str] | None  # an adoption's verb anywhere (the fast test before those two)
    adopt_needles: tuple[str, ...]  # pieces of those verbs, one of which any match holds (its fast test)
    # any of the words of org_actor, lower case, as a part of a word (its fast test: one scan in C)
    org_actor_gate: re.Pattern[str]
    # words after a number that make it a fraction ("3/4 majority", "2/3 of the votes"): no text's
    # number (``grammar.fraction_after``; matched at the number's end)
    fraction_after: re.Pattern[str] | None
    # the same without the paragraph of the text pointed into: the actor of a clause whose noun
    # has no possessive ("the Council, in paragraph 5 of resolution 60/251" is no text of its)
    actor_gap_bare: re.Pattern[str]
    # the list word between a text's number and the next text's noun, an article or possessive
    # perhaps after it ("decision 49/116 and resolution 49/27", "la décision … et sa résolution"):
    # the second noun names the same owner when it names none
    owner_and: re.Pattern[str]
    # what joins the items of a list of bodies each with its text in brackets, after a closing
    # bracket: a comma or the list word, an article perhaps ("…), the Security Council (…")
    item_gap: re.Pattern[str]
    # the session set off by commas between a body's name and a text's noun, in languages that
    # write the verb before its subject ("واتخذ مجلس حقوق الإنسان، في دورته …، القرار"): the
    # subject's text (``grammar.subject_session``)
    subject_session: re.Pattern[str] | None
    # the bracket that opens past the adopting body's name, its session or date perhaps between
    # ("adopted by the Statistical Commission at its fifty-fourth session (decision 54/101)"), and
    # the adoption's words that end right before that name (``grammar.adoption_by``): None when
    # the language lists none
    adopted_bracket: re.Pattern[str] | None
    adoption_by: re.Pattern[str] | None
    # the words that make the body named after them the object of a request, not the clause's
    # actor ("it requested the Council, in paragraph 6 of its resolution 60/251, to …": its is
    # the requesting body's), matched at the body's name's start
    object_before: re.Pattern[str] | None
    # words before a date that make it a bound of a period ("since 1 January 2016 the General
    # Assembly in its resolution …"), matched at a stretch's end: not the adoption's date
    period_bound: re.Pattern[str]
    # a word in a legal citation's chain that brings in another document ("…, quoted in Report …,
    # U.N. Doc. A/9619 (Dec. 10, 1974)"): the date that ends the chain is that document's
    chain_break: re.Pattern[str]
    agent_gap: re.Pattern[str] | None  # " of " of "by the Council of its resolution"
    agent_lead: re.Pattern[str]  # "by the " before the agent's name
    other_possessives: dict[str, tuple[str, str]]  # folded word -> (language, gender of its body)
    possessive_nouns: dict[str, tuple[str, str]]  # folded noun with a possessive suffix -> the same
    generic_gender: dict[str, dict[str, str]]  # language -> generic kind of a body ("council") -> gender
    other_gap: re.Pattern[str]
    generic_name: re.Pattern[str]
    actor_after: re.Pattern[str]
    # the clause's actor named after a noun with a possessive suffix, the link before the noun and
    # a verb written first after the comma ("وفي قراره 45/12، طلب مجلس حقوق الإنسان"): the word
    # between (``w``), the body (``b``) or its short name (``g``); the link at the stretch's end
    actor_after_verb: re.Pattern[str]
    link_before: re.Pattern[str]
    item_tail: re.Pattern[str]
    # the adopting body named past a number's date with its own link word ("74/3, adopted on 16
    # May 2018 by the Economic and Social Commission for Asia and the Pacific"); never when the
    # language has no such word
    body_past_date: re.Pattern[str] | None
    separator: re.Pattern[str]
    # the topic or title of a dated number, then the list's separator: the list goes on ("77/201
    # of 15 December 2022 on bullying, 73/327 of …", "55/29 of 5 April 2024, entitled “…”, 56/5")
    topic_gap: re.Pattern[str] | None
    # the plural nouns that open a list going on after each item's topic without a date ("its
    # resolutions 69/313 on … and 71/243 on …"), folded; and the nouns of another kind of text
    # that, in the topic, start another thing (a report, a convention, a resolution)
    list_nouns: frozenset[str]
    kind_noun: re.Pattern[str]
    # the words that single one text out of a body's texts named just before, ending a stretch
    # ("les résolutions de la Commission …, notamment la ", "…所有决议，特别是"): None when none
    singled_out: re.Pattern[str] | None
    # a list word just before a possessive ("the Executive Board of UNICEF and its decisions"):
    # the possessive may be the body's named just before, as after ``singled_out``
    and_before: re.Pattern[str]
    date: re.Pattern[str]
    unts: tuple[re.Pattern[str], ...]
    unts_back: re.Pattern[str]
    # a treaty by the volume and first page of its series, as academic styles cite it: the
    # series' short name then the page ("999 U.N.T.S. 171", the volume read just before it), or
    # the volume then the page after the series' name ("RTNU, vol. 999, p. 171")
    unts_page: tuple[re.Pattern[str], ...]
    kw_noun: re.Pattern[str]
    ibid: re.Pattern[str]
    # the words of ``ibid`` alone (same flags): where they are absent, ``ibid`` finds nothing,
    # and they are searched for fast (a pattern that opens with a look-behind is tried at
    # every character)
    ibid_words: re.Pattern[str]
    instrument: re.Pattern[str]
    instrument_start: re.Pattern[str]
    # the first words of ``instrument``'s names in lower case, matched as written: in a text put
    # in lower case, wherever ``instrument`` matches the text this matches too — unless the
    # text holds a character of ``instrument_head_unsafe`` (one IGNORECASE equates with a
    # letter it does not lower to; None: not known, any non-ASCII text).  ``instrument`` opens
    # with a look-behind, so its ``finditer`` tries it at every character; this scan is fast.
    instrument_head: re.Pattern[str]
    instrument_head_unsafe: re.Pattern[str] | None
    # the bodies' names and the instruments' first words in one trie: where neither
    # ``body_regex`` nor ``instrument_start`` matches, it does not either, so one scan of the
    # text finds the places to try both (a scan led by a set of capitals costs some 4.5 ns a
    # character whatever the set; two scans cost twice that)
    name_start: re.Pattern[str]
    # at a place ``name_start`` found, ``body_regex``'s match (group ``body``) and
    # ``instrument_start``'s (group ``first``), each empty when it does not match: both asked
    # in one call
    name_kinds: re.Pattern[str]
    marker: re.Pattern[str]
    pin_before: re.Pattern[str]
    # an annex named without its number before the noun ("the annex to resolution 61/150")
    pin_bare: re.Pattern[str]
    # … and one that governs the noun with no linking word, where a language writes it so
    # (Arabic "مرفق قرارها": the annex of its resolution); None in the others
    pin_construct: re.Pattern[str] | None
    # a pinpoint after a document's symbol and its comma ("A/78/250, paras. 12–19", "annex II")
    symbol_pin: re.Pattern[str]
    # a pinpoint in brackets right after a number ("70/82 (para. 9) and 71/3")
    paren_pin: re.Pattern[str]
    # a part of every match of pin_before: the number after its blank and what may follow it
    pin_hint: re.Pattern[str]
    pin_link: re.Pattern[str]
    # a link glued to the front of the noun after a pinpoint (Arabic "المرفق الثاني للقرار")
    pin_glued: re.Pattern[str] | None
    letter_range: re.Pattern[str]
    range_tail: re.Pattern[str]
    range_gap: re.Pattern[str]
    elliptic_tail: re.Pattern[str]
    short_list: re.Pattern[str]  # "-7, 12 and 15" after "A/C.3/52/SR.4": more of the last element
    short_member: re.Pattern[str]  # one member of that list, with the range mark before it
    element_list: re.Pattern[str]  # ", L.10 and L.11" after "A/C.3/71/L.9": more of its last element
    # ", 2016/L.3 and 2017/L.4" after "A/AC.109/2015/L.3": more of its last elements, one a member
    trailing_list: re.Pattern[str]
    trailing_member: re.Pattern[str]
    final_and: re.Pattern[str]
    element_range: re.Pattern[str]
    res_nouns: frozenset[str]
    dec_nouns: frozenset[str]
    coded: re.Pattern[str]
    date_before: re.Pattern[str]  # a date ending a stretch ("… of 8 March 2016 (", "… of 12 May 2013")
    # a date, then the noun of the text, before its symbol's bracket ("主席2019年5月9日的声明(")
    date_noun_before: re.Pattern[str] | None
    # a letter's date, then who it is from and to, before its symbol's bracket ("letter dated 8 March
    # 2021 from the Secretary-General addressed to the President of the Council (")
    date_far_before: re.Pattern[str] | None
    # … its link words alone (None when it has none, or one holds a digit): every match of
    # date_far_before has one after the last digit of its stretch (its date's year; nothing
    # after the date holds a digit), a look far cheaper than the pattern's, tried at every place
    date_far_link: re.Pattern[str] | None
    # the word that says a text was made or submitted, words naming by whom or where, then its date,
    # before its symbol's bracket ("сделанное Председателем … от имени Совета 5 марта 2024 года (")
    date_gap_before: re.Pattern[str] | None
    # a noun of a text that is sent or submitted at a date before a bracket (:func:`sent_noun_at_date`)
    sent_noun: tuple[re.Pattern[str], re.Pattern[str]] | None
    paren_date: re.Pattern[str]
    comma_date: re.Pattern[str]  # a date in brackets after a symbol ("A/RES/60/1 (24 October 2005)")
    pin_date: re.Pattern[str]  # a paragraph, then the date in brackets: ", para. 138 (Oct. 24, 2005)"
    # the text's title in quotes, then its date: "62/208, entitled “…”, of 19 December 2007"
    title_date: re.Pattern[str]
    # a relative clause naming the adopting body, then the date ("…, which the Council adopted on <date>")
    relative_date: re.Pattern[str] | None
    # the words that give a date to every number of the list before it ("…, all of <date>")
    date_all: re.Pattern[str] | None
    # languages that put the noun after the number ("第64/293号决议"): the noun read
    # after a list of numbers, and the possessive, date and number prefix before the first
    open_paren: re.Pattern[str] | None  # "(XV)", "(2000)", Arabic "(د-15)": where items may be
    before_paren: re.Pattern[str] | None
    letter_names: dict[str, str] | None  # a part's letter as a word (Arabic "ألف") -> "A"
    # a capital that is a word before a word in lower case: no part's letter ("A/RES/70/1 A new …")
    word_letter: re.Pattern[str] | None
    session_mark: re.Pattern[str] | None  # "د-15" -> session 15
    pin_after: re.Pattern[str] | None  # a pinpoint after the noun ("第64/293号决议第5段")
    # what may follow a number inside the bracket that names the text adopted on the date before
    # it: its noun, number marks, list words, pinpoints, figures and part letters — and nothing else
    # ("通过的报告（第69/313号决议所要求）": a verb after the number, the date is not the number's)
    bracket_rest: re.Pattern[str]
    # another organisation named right after a body's name, or right before it (the lexicons'
    # ``grammar.other_organisation_after`` / ``_before``): the body is that organisation's organ
    # ("the General Assembly of WIPO", "WIPO General Assembly", "ГА ВОИС"); and the same written
    # after a number's link word, before the body's name ("resolution 45/2 of the WIPO General Assembly")
    other_org_after: re.Pattern[str] | None
    other_org_before: re.Pattern[str] | None
    other_org_tail: re.Pattern[str] | None
    # another organisation's short name in capitals right before a text's noun, no body named
    # ("the OSCE decision 12/3"; ``grammar.organisation_before_noun``)
    org_before_noun: re.Pattern[str] | None
    # the words that make an instrument's name part of another instrument's title, written before
    # it ("the Agreement under the …", "Protocol …, supplementing the …") or after it ("…》下"):
    # such a name is no citation of its instrument
    within_title: re.Pattern[str] | None
    within_title_after: re.Pattern[str] | None
    special_before: re.Pattern[str] | None  # "دإ-" before "27/2": a special session's number
    post_noun: re.Pattern[str] | None
    post_head: re.Pattern[str] | None
    # numbers joined by the list word alone, without their marks ("第5/1和5/2号决议"): one text's
    # date before the first is both's
    bare_and: re.Pattern[str] | None
    # … and with the noun between them, each number with its own ("第60/180号决议和第1645(2005)号决议")
    noun_and: re.Pattern[str] | None
    # … and with the second's topic between them ("第69/313号和关于…的第72/279号决议"): the list's
    # body is both's, each its own date
    topic_and: re.Pattern[str] | None
    # the word before a date written before the numbers that gives the date (or dates) to each
    # number in turn, as its list's own ("分别于2005年12月20日通过的第60/180号决议和第…号决议")
    respectively: re.Pattern[str] | None
    # what joins two bodies' names that share a noun and its numbers, each number the body's in
    # turn ("General Assembly and Human Rights Council resolutions 70/1 and 31/2", "les résolutions
    # de l'Assemblée générale et du Conseil des droits de l'homme 70/1 et 31/2")
    body_joiner: re.Pattern[str] | None
    # a date, then the list word, ending a stretch: the dates before the last one of a list written
    # before the numbers ("分别于2003年12月17日和2008年12月19日通过的第58/112和63/207号决议")
    date_list_end: re.Pattern[str] | None
    # what joins the symbols of a list in one bracket ("(S/PRST/2016/3 and S/PRST/2019/4)")
    bracket_joiner: re.Pattern[str] | None
    loose_number: re.Pattern[str] | None  # one number of a list read ahead for its noun
    # the word that ends the year of a date written right after a number, no word between, that
    # makes it the number's date ("решение 66/561 4 июня 2012 года")
    bare_date_end: re.Pattern[str] | None
    # the words before a date that give it to two texts named each with its own noun ("68/44 and
    # Council resolution 2013/5, both of …", the Arabic dual): the one before has it too
    date_two: re.Pattern[str] | None
    # the word that gives a run of dates to the texts named before them in turn, written after the
    # dates or in their intro ("68/44 and Council resolution 2013/5 of … and …, respectively")
    respective_word: re.Pattern[str] | None

    # the words after a number that give it the date of the text named just before it ("2023/15
    # of 25 July 2023 and decision 2023/302 of the same date")
    same_date: re.Pattern[str] | None

    __slots__ = (
        "act_words",
        "actor_after",
        "actor_after_verb",
        "actor_gap",
        "actor_gap_bare",
        "adopt_gap",
        "adopt_needles",
        "adopt_word",
        "adopted_bracket",
        "adoption_by",
        "agent_gap",
        "agent_lead",
        "and_at_end",
        "and_before",
        "bare_and",
        "bare_date_end",
        "before_paren",
        "body_joiner",
        "body_past_date",
        "bracket_date",
        "bracket_joiner",
        "bracket_rest",
        "chain_break",
        "coded",
        "comma_date",
        "common_noun_phrases",
        "common_noun_words",
        "date",
        "date_all",
        "date_before",
        "date_far_before",
        "date_far_link",
        "date_gap_before",
        "date_list_end",
        "date_noun_before",
        "date_two",
        "day_list",
        "dec_nouns",
        "element_list",
        "element_range",
        "elliptic_tail",
        "final_and",
        "fraction_after",
        "generic_gender",
        "generic_name",
        "ibid",
        "ibid_words",
        "instrument",
        "instrument_head",
        "instrument_head_unsafe",
        "instrument_start",
        "item",
        "item_gap",
        "item_tail",
        "kind_noun",
        "kw_after",
        "kw_noun",
        "letter_names",
        "letter_range",
        "link_before",
        "list_nouns",
        "loose_number",
        "marker",
        "month_words",
        "name_kinds",
        "name_start",
        "next_date",
        "noun_and",
        "number_words",
        "object_before",
        "open_paren",
        "org_actor",
        "org_actor_gate",
        "org_before_noun",
        "other_gap",
        "other_org_after",
        "other_org_before",
        "other_org_tail",
        "other_possessives",
        "owner_and",
        "paren_date",
        "paren_pin",
        "part_date",
        "period_bound",
        "pin_after",
        "pin_bare",
        "pin_before",
        "pin_construct",
        "pin_date",
        "pin_glued",
        "pin_hint",
        "pin_link",
        "pin_then_date",
        "place_date",
        "possessive_nouns",
        "possessives",
        "post_head",
        "post_noun",
        "qualifier_words",
        "range_gap",
        "range_tail",
        "relative_date",
        "res_nouns",
        "respective_word",
        "respectively",
        "same_date",
        "second_date",
        "sent_noun",
        "separator",
        "session_mark",
        "short_list",
        "short_member",
        "singled_out",
        "special_before",
        "stem_re",
        "subject_session",
        "symbol_pin",
        "symbol_then_date",
        "title_date",
        "topic_and",
        "topic_gap",
        "trailing_list",
        "trailing_member",
        "unts",
        "unts_back",
        "unts_page",
        "within_title",
        "within_title_after",
        "word_letter",
    )

    def __init__(
        self,
        item: re.Pattern[str],
        kw_after: re.Pattern[str],
        and_at_end: re.Pattern[str],
        second_date: re.Pattern[str],
        pin_then_date: re.Pattern[str],
        place_date: re.Pattern[str] | None,
        symbol_then_date: re.Pattern[str],
        bracket_date: re.Pattern[str] | None,
        part_date: re.Pattern[str],
        next_date: re.Pattern[str],
        day_list: re.Pattern[str] | None,
        stem_re: re.Pattern[str],
        possessives: frozenset[str],
        qualifier_words: frozenset[str],
        common_noun_words: frozenset[str],
        common_noun_phrases: tuple[str, ...],
        act_words: frozenset[str],
        number_words: frozenset[str],
        month_words: frozenset[str],
        actor_gap: re.Pattern[str],
        adopt_gap: re.Pattern[str],
        org_actor: re.Pattern[str] | None,
        adopt_word: re.Pattern[str] | None,
        adopt_needles: tuple[str, ...],
        org_actor_gate: re.Pattern[str],
        fraction_after: re.Pattern[str] | None,
        actor_gap_bare: re.Pattern[str],
        owner_and: re.Pattern[str],
        item_gap: re.Pattern[str],
        subject_session: re.Pattern[str] | None,
        adopted_bracket: re.Pattern[str] | None,
        adoption_by: re.Pattern[str] | None,
        object_before: re.Pattern[str] | None,
        period_bound: re.Pattern[str],
        chain_break: re.Pattern[str],
        agent_gap: re.Pattern[str] | None,
        agent_lead: re.Pattern[str],
        other_possessives: dict[str, tuple[str, str]],
        possessive_nouns: dict[str, tuple[str, str]],
        generic_gender: dict[str, dict[str, str]],
        other_gap: re.Pattern[str],
        generic_name: re.Pattern[str],
        actor_after: re.Pattern[str],
        actor_after_verb: re.Pattern[str],
        link_before: re.Pattern[str],
        item_tail: re.Pattern[str],
        body_past_date: re.Pattern[str] | None,
        separator: re.Pattern[str],
        topic_gap: re.Pattern[str] | None,
        list_nouns: frozenset[str],
        kind_noun: re.Pattern[str],
        singled_out: re.Pattern[str] | None,
        and_before: re.Pattern[str],
        date: re.Pattern[str],
        unts: tuple[re.Pattern[str], ...],
        unts_back: re.Pattern[str],
        unts_page: tuple[re.Pattern[str], ...],
        kw_noun: re.Pattern[str],
        ibid: re.Pattern[str],
        ibid_words: re.Pattern[str],
        instrument: re.Pattern[str],
        instrument_start: re.Pattern[str],
        instrument_head: re.Pattern[str],
        instrument_head_unsafe: re.Pattern[str] | None,
        name_start: re.Pattern[str],
        name_kinds: re.Pattern[str],
        marker: re.Pattern[str],
        pin_before: re.Pattern[str],
        pin_bare: re.Pattern[str],
        pin_construct: re.Pattern[str] | None,
        symbol_pin: re.Pattern[str],
        paren_pin: re.Pattern[str],
        pin_hint: re.Pattern[str],
        pin_link: re.Pattern[str],
        pin_glued: re.Pattern[str] | None,
        letter_range: re.Pattern[str],
        range_tail: re.Pattern[str],
        range_gap: re.Pattern[str],
        elliptic_tail: re.Pattern[str],
        short_list: re.Pattern[str],
        short_member: re.Pattern[str],
        element_list: re.Pattern[str],
        trailing_list: re.Pattern[str],
        trailing_member: re.Pattern[str],
        final_and: re.Pattern[str],
        element_range: re.Pattern[str],
        res_nouns: frozenset[str],
        dec_nouns: frozenset[str],
        coded: re.Pattern[str],
        date_before: re.Pattern[str],
        date_noun_before: re.Pattern[str] | None,
        date_far_before: re.Pattern[str] | None,
        date_far_link: re.Pattern[str] | None,
        date_gap_before: re.Pattern[str] | None,
        paren_date: re.Pattern[str],
        comma_date: re.Pattern[str],
        pin_date: re.Pattern[str],
        title_date: re.Pattern[str],
        date_all: re.Pattern[str] | None,
        relative_date: re.Pattern[str] | None,
        open_paren: re.Pattern[str] | None = None,
        before_paren: re.Pattern[str] | None = None,
        letter_names: dict[str, str] | None = None,
        word_letter: re.Pattern[str] | None = None,
        session_mark: re.Pattern[str] | None = None,
        pin_after: re.Pattern[str] | None = None,
        bracket_rest: re.Pattern[str] | None = None,
        other_org_after: re.Pattern[str] | None = None,
        other_org_before: re.Pattern[str] | None = None,
        other_org_tail: re.Pattern[str] | None = None,
        org_before_noun: re.Pattern[str] | None = None,
        within_title: re.Pattern[str] | None = None,
        within_title_after: re.Pattern[str] | None = None,
        special_before: re.Pattern[str] | None = None,
        post_noun: re.Pattern[str] | None = None,
        post_head: re.Pattern[str] | None = None,
        bare_and: re.Pattern[str] | None = None,
        noun_and: re.Pattern[str] | None = None,
        topic_and: re.Pattern[str] | None = None,
        respectively: re.Pattern[str] | None = None,
        body_joiner: re.Pattern[str] | None = None,
        date_list_end: re.Pattern[str] | None = None,
        bracket_joiner: re.Pattern[str] | None = None,
        loose_number: re.Pattern[str] | None = None,
        sent_noun: tuple[re.Pattern[str], re.Pattern[str]] | None = None,
        bare_date_end: re.Pattern[str] | None = None,
        date_two: re.Pattern[str] | None = None,
        respective_word: re.Pattern[str] | None = None,
        same_date: re.Pattern[str] | None = None,
    ) -> None:
        self.item = item
        self.kw_after = kw_after
        self.and_at_end = and_at_end
        self.second_date = second_date
        self.pin_then_date = pin_then_date
        self.place_date = place_date
        self.symbol_then_date = symbol_then_date
        self.bracket_date = bracket_date
        self.part_date = part_date
        self.next_date = next_date
        self.day_list = day_list
        self.stem_re = stem_re
        self.possessives = possessives
        self.qualifier_words = qualifier_words
        self.common_noun_words = common_noun_words
        self.common_noun_phrases = common_noun_phrases
        self.act_words = act_words
        self.number_words = number_words
        self.month_words = month_words
        self.actor_gap = actor_gap
        self.adopt_gap = adopt_gap
        self.org_actor = org_actor
        self.adopt_word = adopt_word
        self.adopt_needles = adopt_needles
        self.org_actor_gate = org_actor_gate
        self.fraction_after = fraction_after
        self.actor_gap_bare = actor_gap_bare
        self.owner_and = owner_and
        self.item_gap = item_gap
        self.subject_session = subject_session
        self.adopted_bracket = adopted_bracket
        self.adoption_by = adoption_by
        self.object_before = object_before
        self.period_bound = period_bound
        self.chain_break = chain_break
        self.agent_gap = agent_gap
        self.agent_lead = agent_lead
        self.other_possessives = other_possessives
        self.possessive_nouns = possessive_nouns
        self.generic_gender = generic_gender
        self.other_gap = other_gap
        self.generic_name = generic_name
        self.actor_after = actor_after
        self.actor_after_verb = actor_after_verb
        self.link_before = link_before
        self.item_tail = item_tail
        self.body_past_date = body_past_date
        self.separator = separator
        self.topic_gap = topic_gap
        self.list_nouns = list_nouns
        self.kind_noun = kind_noun
        self.singled_out = singled_out
        self.and_before = and_before
        self.date = date
        self.unts = unts
        self.unts_back = unts_back
        self.unts_page = unts_page
        self.kw_noun = kw_noun
        self.ibid = ibid
        self.ibid_words = ibid_words
        self.instrument = instrument
        self.instrument_start = instrument_start
        self.instrument_head = instrument_head
        self.instrument_head_unsafe = instrument_head_unsafe
        self.name_start = name_start
        self.name_kinds = name_kinds
        self.marker = marker
        self.pin_before = pin_before
        self.pin_bare = pin_bare
        self.pin_construct = pin_construct
        self.symbol_pin = symbol_pin
        self.paren_pin = paren_pin
        self.pin_hint = pin_hint
        self.pin_link = pin_link
        self.pin_glued = pin_glued
        self.letter_range = letter_range
        self.range_tail = range_tail
        self.range_gap = range_gap
        self.elliptic_tail = elliptic_tail
        self.short_list = short_list
        self.short_member = short_member
        self.element_list = element_list
        self.trailing_list = trailing_list
        self.trailing_member = trailing_member
        self.final_and = final_and
        self.element_range = element_range
        self.res_nouns = res_nouns
        self.dec_nouns = dec_nouns
        self.coded = coded
        self.date_before = date_before
        self.date_noun_before = date_noun_before
        self.date_far_before = date_far_before
        self.date_far_link = date_far_link
        self.date_gap_before = date_gap_before
        self.paren_date = paren_date
        self.comma_date = comma_date
        self.pin_date = pin_date
        self.title_date = title_date
        self.date_all = date_all
        self.relative_date = relative_date
        self.open_paren = open_paren
        self.before_paren = before_paren
        self.letter_names = letter_names
        self.word_letter = word_letter
        self.session_mark = session_mark
        self.pin_after = pin_after
        self.bracket_rest = bracket_rest or re.compile(r"(?s:.*)")
        self.other_org_after = other_org_after
        self.other_org_before = other_org_before
        self.other_org_tail = other_org_tail
        self.org_before_noun = org_before_noun
        self.within_title = within_title
        self.within_title_after = within_title_after
        self.special_before = special_before
        self.post_noun = post_noun
        self.post_head = post_head
        self.bare_and = bare_and
        self.noun_and = noun_and
        self.topic_and = topic_and
        self.respectively = respectively
        self.body_joiner = body_joiner
        self.date_list_end = date_list_end
        self.bracket_joiner = bracket_joiner
        self.loose_number = loose_number
        self.sent_noun = sent_noun
        self.bare_date_end = bare_date_end
        self.date_two = date_two
        self.respective_word = respective_word

        self.same_date = same_date


#: A member of a list of a symbol's trailing elements ("2016/L.3", "41/L.3/Rev.1"): a number,
#: then one to three more elements, and no character a symbol goes on with.
_TRAILING_MEMBER = (
    rf"(?:S-|ES-)?\d{{1,4}}(?:/(?:\d{{1,4}}|[A-Z][A-Za-z]{{0,4}}\.\d{{1,4}}|[A-Z]{{1,4}})){{1,3}}"
    rf"(?!(?![{CJK}])\w|/|\.\d|-\d)"
)

#: The Latin capitals in order (``string.ascii_uppercase``, without importing ``string``: its
#: ``Template`` compiles a pattern at import, a millisecond or two of every start of the engine).
_LATIN_CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
#: the signs that end the sender named between a letter's date and its link word (Chinese writes no spaces)
#: a Council resolution's number and year, the one figure a letter's sender may hold ("1718 (2006)")
_COUNCIL_NUMBER = r"(?<!\d)\d{1,4}[ \u00a0]?\((?:19|20)\d\d\)"
#: … or another figure in a letter's sender, no year standing alone (another date's): "the Group of
#: 77", "paragraph 26 of resolution …", "resolution 60/251", "decision 2/CP.21"
SENDER_FIGURE = (
    r"(?<![\dA-Za-z/.-])(?!(?:19|20)\d\d(?![\dA-Za-z/]))\d{1,4}(?:/[A-Za-z]{0,4}\.?\d{1,4}){0,2}"
    r"(?![\dA-Za-z/])"
)
_NO_SENDER = ",;:\uff0c\u3002\uff1b\uff1a\u3001\u300a\u300b\u201c\u201d"

#: Numbers read ahead, in a list, for a noun that follows them ("第61/144号和第64/293号决议").
LIST_AHEAD = 40


#: After a number's full stop, a footnote marker (one or two digits) that ends the line or that a
#: word follows ("resolution 38/11.3 The Council …"): the number ends at the stop
_MARKER_AT_STOP = r"(?!\d?(?:[ \t]*+(?:\n|$)|[ \t]++[^\W\d_]))"
#: the mark of a list's item, a letter, a small roman figure or a number in brackets, or a letter
#: and its closing bracket ("(a) ", "(ii) ", "(3) ", "b) "): "Recalling its resolutions:⏎(a) 70/1 …;⏎(b) …"
_LIST_ITEM_MARK = r"(?:\((?:[a-z]|[ivx]{2,4}|\d{1,2})\)|(?<![\w)])[a-z]\))"


@functools.lru_cache(maxsize=16)
def patterns(lang: str = "") -> Patterns:
    """The compiled patterns for a text of language ``lang`` (its words and English's;
    every language's when ``lang`` is ``"*"``, empty or unknown); kept between runs
    (:func:`_kept_table`)."""
    # a file name any system takes ("*": every language)
    name = lang if lang.isascii() and lang.isalnum() else "x" + lang.encode().hex()
    return _kept_table(f"patterns-{name}", lambda: _patterns(lang), (Patterns,), lang)


@functools.cache
def _tables_tag() -> str | None:
    """What the rule tables are made of besides the lexicon's languages: the code of this
    package (and of the ids and records it uses) and every table of the data folder; None when
    the lexicon was compiled from its files in this process (the tables are then not kept)."""
    lex_key = lexicon.kept_key()
    if lex_key is None:
        return None
    import os

    here = os.path.dirname(os.path.realpath(__file__))
    files = [os.path.join(here, n) for n in sorted(os.listdir(here)) if n.endswith(".py")]
    files += [os.path.join(os.path.dirname(here), n) for n in ("ids.py", "models.py")]
    files += [os.path.join(lexicon._HERE, n) for n in sorted(os.listdir(lexicon._HERE)) if n.endswith(".csv")]
    # the files read and hashed (with the lexicon's key) only when one of them changed
    # (``recache.files_tag``)
    return recache.files_tag(f"tables\x00{lex_key}", files)


def _kept_table(name: str, build: Callable[[], T], classes: tuple[type, ...], *args: str) -> T:
    """``build()``, kept between runs (``recache.kept``) under the lexicon and the code it is
    made of: a language's rule tables take its lexicon through a few hundred string operations
    and a hundred and eighty patterns, most of them written into bigger ones; kept, they are
    read back as the patterns they hold, each from its program (a refresh of one changed file
    starts the engine for it: about 5 ms less)."""
    try:
        tag = _tables_tag()
    except OSError:
        tag = None
    if tag is None:
        return build()
    return recache.kept(name, (name, tag, *args), build, classes)


def _patterns(lang: str) -> Patterns:
    lex = lexicon.load()
    langs = lexicon.scope(lang)
    languages = [lex.languages[c] for c in langs]

    def gather(key_path: str) -> list[str]:
        return lexicon.gather(key_path, langs)

    def with_words(key_path: str, shape: Callable[[str], str], flags: int = 0) -> re.Pattern[str] | None:
        """``shape`` of the alternation of the words at ``key_path``, compiled; None where no
        language in scope writes any."""
        words = gather(key_path)
        return recache.compile(shape(alternation(words)), flags) if words else None

    date = date_regex(langs)
    gap_word = r"(?:[^\W\d_][\w-]*+|\d{1,5}-[^\W\d_]{1,3})"  # a word, or a meeting's ordinal ("9563-м")
    dmy = tuple(c for c in langs if lex.languages[c].raw["dates"].get("order", "dmy") == "dmy")
    bodies = body_regex(lang).pattern
    generic = alternation(
        list({n for lang_ in languages for ns in lang_.raw["generic"].values() for n in ns})
    )
    res_nouns = _with_clitics("nouns.resolution", langs)
    dec_nouns = _with_clitics("nouns.decision", langs)
    prst_nouns = gather("nouns.statement")
    prep = alternation(gather("grammar.body_prep"))
    date_intro = alternation(gather("grammar.date_intro") + gather("grammar.date_intro_all"))
    actor_link = alternation(gather("grammar.actor_link"))
    list_and = alternation(gather("grammar.list_and"))
    rng = alternation(gather("grammar.range"))
    # a text's parts: "31/16 A", "32/5 A and B", "49/222 A et B", "A to D"; some languages
    # write the letters as words (Arabic "217 ألف")
    # letters as words (Arabic "ألف", in the order A, B, C …), and letters of another script
    # that stand for Latin ones (Russian Cyrillic "А", "В")
    # (each language lists its letter words in the order of the Latin letters they stand for)
    letter_map = {
        w: _LATIN_CAPITALS[i]
        for lang_ in languages
        for i, w in enumerate(lang_.raw["grammar"].get("letter_names", [])[:26])
    }
    for lang_ in languages:
        for latin, forms in lang_.raw["grammar"].get("letter_forms", {}).items():
            letter_map.update(dict.fromkeys(forms, latin))
    letter_words = sorted(letter_map, key=_longest_first)
    letter = "[A-Z]" + "".join("|" + re.escape(w) for w in letter_words)
    joins = alternation(gather("grammar.list_and") + gather("grammar.range"))
    # (not glued to a following word or path — but Chinese glues the letters to "号": "A和B号")
    # (a text layer may leave two or three spaces where one was printed: "74/211  ألف")
    gap = r"(?:[ \t]{1,3}|\s)?"
    # (… and may put the number mark after each: "第49/222 A号和B号决议")
    marks_after = gather("grammar.number_suffix")
    mark = f"(?:{alternation(marks_after)})?" if marks_after else ""
    # a capital that is a word of the language ("A new agenda", "A partir de", "В этой связи")
    # before a word in lower case other than a list's, a date's or a body's is no part's letter
    followers = [joins, date_intro, prep, alternation(gather("grammar.part_followers"))]
    titles = gather("grammar.title_letters")
    word_letter = _word_letter(gather("grammar.word_letters"), followers, titles, bodies)
    not_word = f"(?!{word_letter.pattern})" if word_letter is not None else ""
    saying = gather("grammar.name_verbs")
    initial = (
        rf"|\.[ \t]{{1,3}}{_UPPER_START}[^\W\d_]+(?:-{_UPPER_START}[^\W\d_]+)?(?:[ \t]+|,[ \t]*)"
        rf"(?:{alternation(saying)})(?!\w)"
        if saying
        else ""
    )
    # (… and a list of three or more: "70/1 A, B and C", "A、B和C", "ألف وباء وجيم")
    letters = (
        rf"(?:{gap}{not_word}(?:{letter})"
        rf"(?:(?:{mark}[ \t]?[,\u060c][ \t]?(?:{letter}))*{mark}\s?{joins}{gap}(?:{letter}))*"
        # (… nor a section's "A.1" or a name's "G-20": "70/1 A.1 of the annex", "70/1 G-20 …")
        # (… nor a person's initial before the name and a verb of saying: "70/1 A. Smith said")
        # (… nor a capital elided before a word: "80/21⏎L'Assemblée", "75/1 D’autres mesures")
        rf"(?!(?![{CJK}{SUPERSCRIPTS}])\w|/|[.-]\d|['\u2019]\w{initial}))"
    )
    # … or wrapped onto the next line ("75/253⏎B;"): only before a clause's end or a list word (a
    # capital that opens a line is else a heading's or a sentence's: "A. General", "A new …")
    wrapped = rf"[ \t]{{0,3}}\n[ \t]{{0,3}}(?:{letter})(?=[;,:)\u060c\u061b]|[ \t]{{1,3}}(?:{joins})[ \t])"
    letters = rf"(?:{letters}|{wrapped})"
    # a session in brackets: roman numerals, or a language's own mark ("(د-15)")
    marks = gather("grammar.session_marks")
    # a special or emergency special session's own mark (Arabic "دإ-27/2", "دإط-10/14", "(دإ-6)")
    special = gather("grammar.special_session_marks")
    emergency = gather("grammar.emergency_session_marks")
    all_marks = marks + special + emergency
    mark_alt = "|" + alternation(all_marks) + r"\s?\d{1,2}" if all_marks else ""
    inner_break = r"(?:[ \t]{0,4}\n[ \t]{0,8})?"  # a line broken right after the opening bracket
    session_or_year = rf"(?:S-|ES-)?[IVXLC]{{1,7}}|(?:S-|ES-)\d{{1,2}}|19[4-9]\d|20[0-4]\d{mark_alt}"
    item = recache.compile(
        r"(?P<a>\d{1,4})(?:/(?P<seq>\d{1,4})(?P<l1>"
        + letters
        + r")?|(?P<l2>"
        + letters
        # (a space, or a line break with the spaces text layers and indented lines leave around
        # it: "2223 ⏎(2015)", "2223⏎    (2015)")
        + r")?(?:[ \t]{0,4}\n[ \t]{0,8}|\s)?"
        # (a special session's number may be written in digits: "186 (S-2)", the "(S-II)" of its id)
        # (… and a line broken right after the opening bracket: "2601 (⏎2021)")
        + rf"\({inner_break}(?P<paren>{session_or_year})\)"
        # (the Bluebook writes a part's letter after the session: "G.A. Res. 217 (III) A, …")
        + r"(?:(?<=[IVXLC]\))[ ](?P<l3>[A-H])(?=[,;.]|[ ]\())?)"
        # not glued to a following word, path or decimal — but Chinese and Japanese glue
        # numbers to characters ("第1325(2000)号")
        # — and a footnote marker may be glued to a closing bracket ("2719 (2023)4")
        # … and a footnote marker in superscript to a number ("72/279¹")
        # … and a footnote marker to the full stop that ends the sentence ("resolution 38/11.3 See")
        + rf"(?:(?<=\))(?=\d{{1,2}}(?![\w/]))|(?!(?![{CJK}{SUPERSCRIPTS}])\w|/|\.\d{_MARKER_AT_STOP}))"
    )
    open_paren = recache.compile(rf"\({inner_break}(?:{session_or_year})\)")
    before_paren = recache.compile(rf"\d{{1,4}}{letters}?(?:[ \t]{{0,4}}\n[ \t]{{0,8}}|\s)?$")
    some_prep = _alt_or_never([p for p in gather("grammar.body_prep") if p])
    body_joiner = rf"\s*+(?:,\s*+)?(?:{list_and})\s*+(?:(?:{some_prep})\s*+)?"
    # "resolution of the General Assembly 64/293", "las resoluciones del Consejo 11/3"
    number_words = _alt_or_never(gather("footnotes.number"))
    # … and without the preposition, as legal styles write it: "Rés. AG 60/1", "Res. CS 1325 (2000)"
    any_date = unnamed(date)  # a date, its groups unnamed (to repeat it in one pattern)
    kw_after = recache.compile(
        # (… or two bodies' names joined, the numbers each one's in turn: "les résolutions de
        # l'Assemblée générale et du Conseil des droits de l'homme 70/1 et 31/2")
        # (… glued to a noun of a script that writes no spaces: "大会决议64/293")
        # (… a colon, perhaps, and the first item's mark: "resolutions:⏎(a) 70/1 of …;⏎(b) …",
        # "résolutions : a) 70/1 …", "resolutions (a) 70/1 …; (b) …")
        rf"(?:[ \t]?:(?=\s)(?:\s*+{_LIST_ITEM_MARK})?|\s++{_LIST_ITEM_MARK})?"
        rf"(?:\s++|(?<=[{CJK}]))(?:(?:(?:{prep}\s*+)?(?P<bodymid>{bodies}(?:{body_joiner}(?:{bodies}))?)"
        rf"|{prep}\s*+(?P<genmid>{generic}))(?:[ \t]?:(?=\s)(?:\s*+{_LIST_ITEM_MARK})?)?\s++)?"
        # … or the date of the text, its number in brackets after it ("its resolution of 20 December
        # 2011 (66/150)"), the bracket glued to a noun of a script that writes no spaces ("其…决议(66/150)")
        rf"(?:(?i:(?:(?:{date_intro})\s*+)?{date})\s*+[(\uff08][ ]?|(?<=[{CJK}])[(\uff08])?"
        # … or the word that opens a range ("قراراتها من 60/1 إلى 60/3", "резолюции с 60/1 по 60/3")
        rf"(?:(?:{number_words}|{_alt_or_never(gather('grammar.range_from'))})\s*+)?"
        # (… past the Council's bare numbers of the list, to a number of a roman session: "Security
        # Council resolutions 2473 and 1514 (XV)")
        rf"(?P<barelist>\d{{1,4}}(?:\s*+,\s*+\d{{1,4}})*+\s*+,?\s*+(?:{list_and})\s++)?"
        # … or the date of the text, its number in brackets after it ("its resolutions of 20
        # December 2011 (66/150) and of 18 December 2013 (68/156)", "sa résolution du 17 décembre
        # 2015 (70/175)"), the dated numbers of the list before it (the branch above reads the
        # first number's date, its groups named; this one passes the list's later numbers, whose
        # dates find_numbered reads at their bracket)
        rf"|\s++(?:{date_intro})\s++{any_date}\s*+\((?:[^()\n]{{1,24}}\)\s*+,?\s*+(?:(?:{list_and})\s++)?"
        rf"(?:(?:{date_intro})\s++)?{any_date}\s*+\()*+\s*+"
    )
    # (scripts without spaces glue the words to the name: "人权理事会通过其第44/3号决议")
    # (… and the date of the adoption between the name and the link: "adoptée par l'Assemblée
    # générale le 13 décembre 2006 dans sa résolution 61/106")
    actor_pin_article = _alt_or_never(gather("grammar.articles"))
    actor_paras = "|".join(lang_.raw["pinpoints"]["paragraph"] for lang_ in languages)
    actor_pin_link = _alt_or_never([w for w in gather("grammar.pin_link") if w])
    # the clauses of the session and of the meeting a text was adopted at ("at its seventy-first
    # session", "at its 42nd meeting")
    session = "|".join(gather("grammar.session_clause")) or "(?!)"
    meeting = "|".join(gather("grammar.meeting_clause")) or "(?!)"
    actor_gap_when = (
        # (… in scripts without spaces, the date glued to its words: "人权理事会于2023年10月6日通过其")
        rf"(?:\s*+,\s++|\s++|(?<=[{CJK}]))(?:(?:{date_intro}(?:\s++|(?<=[{CJK}])))?{any_date}"
        rf"(?:\s*+,)?(?:\s++|(?<=[{CJK}])))?"
        # (… or the session of the adoption: "adopted by the Commission on Population and
        # Development at its fifty-fifth session, in its resolution 2022/1")
        rf"(?:(?<=\s)(?:{session})\s*+,\s++)?"
    )
    actor_gap_head = actor_gap_when + rf"{actor_link}(?:\s++|(?<=[{CJK}])(?=[{CJK}]|$))"
    actor_gap_bare = recache.compile(actor_gap_head)
    # (… and the paragraph of the text it points into: "the Council, in paragraph 5 of its
    # resolution 40/13", "Совет в пункте 5 своей резолюции", "المجلس، في الفقرة 5 من قراره")
    # (… or its paragraphs, a list or a range of their numbers: "in paragraphs 5 and 6 of its
    # resolution", "paragraphs 5 to 7", "пунктах 5–7")
    actor_pin_no = r"\d{1,3}(?:\s?\([a-z]{1,4}\))?"
    actor_pin_sep = rf"\s*+,\s*+|\s++(?:{list_and})\s++|\s*+[-–]\s*+|\s++(?:{rng})\s++"
    actor_pin = (
        rf"(?:{actor_paras})\s++{actor_pin_no}(?:(?:{actor_pin_sep}){actor_pin_no})*+"
        rf"\s*+(?:,\s*+)?(?:(?:{actor_pin_link})\s++)?"
    )
    # (… an auxiliary before the clause between: "the Council has, in its resolution 47/3, …")
    actor_aux = rf"(?:\s++(?:{_alt_or_never(gather('grammar.adoption_auxiliaries'))})(?=\s*+,))?"
    actor_gap = recache.compile(
        actor_aux
        + actor_gap_when
        + rf"(?:{actor_link}(?:\s++|(?<=[{CJK}])(?=[{CJK}]|$))(?:(?:{actor_pin_article}\s++)?{actor_pin})?"
        # (… the link and the article in one word, only before the paragraph: "le Conseil, au
        # paragraphe 5 de sa résolution 40/13")
        rf"|(?:{_alt_or_never(gather('grammar.actor_pin_lead'))})\s++{actor_pin})"
    )
    # the verb of an adoption between its subject's name and the text's noun, an article perhaps
    # after it ("the Council adopted resolution 44/2", "la Commission a adopté la résolution 64/2",
    # "委员会通过了第64/2号决议")
    adoption_verbs = gather("grammar.adoption_verbs")
    # (the participles too, for the fast test of an adoption's verb near a noun)
    adoption_words = adoption_verbs + gather("grammar.adoption_participles")
    # (… the session or the date of the adoption perhaps before the verb: "the Council, at its
    # forty-seventh session, adopted …", "人权理事会于2021年7月12日通过了")
    # (… its day and month without the year, and the manner of the adoption: "the Council, on 5
    # July, without a vote, adopted …"; up to two such insertions, and in languages that write
    # the verb first, one between the verb and the noun: "اعتمد، في 5 تموز/يوليه، القرار")
    adopt_item = (
        rf"(?:(?:(?:{date_intro})(?:\s++|(?<=[{CJK}])))?(?:{any_date}|{day_month_regex(langs)})"
        rf"|{session}"
        rf"|(?i:{meeting})"
        rf"|(?i:{'|'.join(gather('grammar.adoption_manner')) or '(?!)'}))"
    )
    adopt_when = rf"{adopt_item}(?:\s*+[,\u060c])?(?:\s++|(?<=[{CJK}]))"
    # (… the auxiliary split from its participle by the date or the session: "le Conseil a, le
    # 5 juillet 2021, adopté …")
    adopt_split = (
        rf"|\s++(?:{_alt_or_never(gather('grammar.adoption_auxiliaries'))})\s*+,\s++(?P<ins3>(?:{adopt_when}){{1,2}})"
        rf"(?:{_alt_or_never(gather('grammar.adoption_participles'))})"
    )
    adopt_gap = recache.compile(
        rf"(?:(?:\s*+,\s++(?={adopt_when})|\s++|(?<=[{CJK}]))(?P<ins>(?:{adopt_when}){{0,2}})(?:{_alt_or_never(adoption_verbs)}){adopt_split})"
        # (… two there: "اعتمدت بدون تصويت في 3 … القرار", "اعتمدت في جلستها 45 المعقودة في 3 … القرار")
        rf"(?P<ins2>(?:(?:\s*+[,\u060c]\s*+|\s++){adopt_item}(?:\s*+[,\u060c])?(?=\s)){{1,2}})?"
        rf"(?:\s++(?:(?:{_alt_or_never(gather('grammar.articles'))})(?:\s++|(?<=[\x27\u2019])))?|(?<=[{CJK}])|$)"
    )
    # … and a word of another organisation's organ or a State's as that subject, or as the actor
    # before a possessive ("the Parliament, in its resolution 2019/112", "el Senado aprobó …")
    fractions = gather("grammar.fraction_after")
    org_words = gather("grammar.organisation_actors")
    # (… its State's name after it: "the Parliament of Canada adopted …")
    org_of = gather("grammar.organisation_actor_of")
    org_actor = (
        recache.compile(
            rf"(?:(?<!\w)|(?<=[{CJK}]))(?i:{alternation(org_words)})"
            rf"(?:{'|'.join(org_of) if org_of else '(?!)'})?"
            rf"(?:(?P<link>{actor_gap.pattern})|{adopt_gap.pattern})$"
        )
        if org_words
        else None
    )
    # the agent of an adoption, then the word that links it to the possessive: "the adoption by the
    # Human Rights Council of its resolution 44/3" (its: the Council's)
    agent_of = gather("grammar.agent_of")
    # (… the date of the adoption perhaps between, perhaps set off by commas: "the adoption by the
    # Council, on 6 October 2023, of its resolution 54/9")
    agent_gap = (
        recache.compile(
            # (… or without the commas: "by the Council on 6 October 2023 of its resolution 54/9")
            rf"(?:\s*+,\s*+(?:(?:{date_intro})\s++)?{any_date}\s*+,\s*+"
            rf"|\s++(?:(?:{date_intro})\s++)?{any_date}\s++|\s*+,\s*+|\s++)"
            rf"(?:{alternation(agent_of)})\s++"
        )
        if agent_of
        else None
    )
    agent_lead = recache.compile(
        rf"(?<!\w)(?:{actor_link})\s++(?:(?:{_alt_or_never(gather('grammar.articles'))})\s*+)?$",
        re.IGNORECASE,
    )
    # a possessive that is never the citing body's own (Russian "его", "ее": "its" of a body named
    # just before, where the citing body's own is "свой"), by the gender of the body it refers to
    # (and the nouns that carry such a possessive as a suffix: Arabic "قراره" his resolution,
    # "قرارها" her resolution — its own when the citing body has that gender, else another's)
    other_possessives: dict[str, tuple[str, str]] = {}
    possessive_nouns: dict[str, tuple[str, str]] = {}
    generic_gender: dict[str, dict[str, str]] = {}
    for lang_ in languages:
        g = lang_.raw["grammar"]
        for gender, words in g.get("other_possessive", {}).items():
            other_possessives.update(dict.fromkeys((fold(w) for w in words), (lang_.code, gender)))
        for gender, words in g.get("possessive_nouns", {}).items():
            # with the clitics glued before them ("وبقراره")
            forms = [c + w for w in words for c in ["", *g.get("clitics", [])]]
            possessive_nouns.update(dict.fromkeys((fold(w) for w in forms), (lang_.code, gender)))
        generic_gender[lang_.code] = dict(g.get("generic_gender", {}))
    # … and what may stand between that body's name and the possessive ("Совета … и его")
    # (… or the date of the adoption: "принятие Советом … 6 октября 2023 года его резолюции")
    other_gap = recache.compile(
        rf"\s*+(?:,\s*+)?(?:(?:(?:{date_intro})\s++)?{any_date}\s*+(?:,\s*+)?)?(?:(?:{list_and})\s++)?"
    )
    # a name is a whole word — except in scripts that write words without spaces
    generic_name = recache.compile(generic + rf"(?:(?!\w)|(?<=[{CJK}]))")
    articles = _alt_or_never(gather("grammar.articles"))
    actor_after = recache.compile(rf"\s*,\s*{articles}\s*(?:(?P<b>{bodies})|(?P<g>{generic}))\b")
    # longest first: "annexe II" is not "annex" + "e II"
    annex = "|".join(
        sorted(
            {a for lang_ in languages for a in lang_.raw["pinpoints"]["annex"].split("|")},
            key=lambda a: (-len(a), a),
        )
    )
    annex_letters = "|".join(f"(?:{r})" for r in gather("grammar.annex_letters")) or "(?!)"
    # (… or the meeting, after the participle of the text's adoption: "…, adopted at its 42nd
    # meeting, on 5 July 2018", "adoptée à sa 42e séance, le 5 juillet 2018")
    adopted_clause = _alt_or_never(gather("grammar.adopted_clause"))
    session = rf"(?:(?:{adopted_clause})\s++)?(?:{session})|(?:{adopted_clause})\s++(?i:{meeting})"
    other_after = [f"(?:{r})" for r in gather("grammar.other_organisation_after")]
    other_before = [f"(?:{r})" for r in gather("grammar.other_organisation_before")]
    org_noun = [f"(?:{r})" for r in gather("grammar.organisation_before_noun")]
    # (where the noun follows the number, its mark and noun before the bracket of a date:
    # "第70/1号决议(2015年9月25日)", as articles cite it)
    tail_suffix = gather("grammar.number_suffix")
    bracket_verb = _alt_or_never(gather("grammar.date_bracket_verb"))
    noun_then_date = (
        rf"(?:\s*+{alternation(tail_suffix)}\s*+{alternation(res_nouns + dec_nouns)}"
        rf"(?=\s*+\([ ]?{unnamed(date_regex(langs, figures=True))}))?"
        if tail_suffix
        else ""
    )
    ordinal = "|".join(f"(?:{r})" for r in gather("grammar.body_ordinal")) or "(?!)"
    # (the ordinal and the session's or meeting's clause each led by their first characters: tried
    # after most numbers, they hold long alternations that a plain number's tail never opens)
    ordinal = _first_led(f"(?i:{ordinal})")
    session_or_meeting = _first_led(f"(?:{session}|(?i:{meeting}))")
    item_tail = recache.compile(
        # the body named after the number, or its short name ("of the Conference of the Parties")
        rf"{noun_then_date}"
        # (… its meeting's or session's ordinal perhaps before the name: "of the Thirty-first
        # Meeting of the Parties to …", "par la trente et unième Réunion des Parties au …")
        rf"(?:\s*+(?:,\s*+)?{prep}\s*+(?:{ordinal}\s++)?"
        rf"(?:(?P<body>{bodies})|(?P<gen>{generic})(?:(?!\w)|(?<=[{CJK}]))))?"
        # the session the body adopted it at ("adopted by the General Assembly at its seventy-first
        # session on …", "принятую … на ее семьдесят первой сессии 21 декабря …")
        # (… or the meeting: "adopted by the Security Council at its 7573rd meeting, on …")
        rf"(?:\s*+(?:,\s*+)?{session_or_meeting}(?=\s*+,?\s*+(?:(?:{date_intro})\s*+)?\d))?"
        # (after the body's name the date may follow with no word: "принятую Генеральной
        # Ассамблеей 21 декабря 2016 года")
        rf"(?:\s*+(?:,\s*+)?(?:{date_intro}\s*+|(?P<par>\()[ ]?|(?(body)(?=\d)|(?!)))"
        # (… the verb of its adoption after the date in the bracket: "第2254号决议（2015年12月18日通过）")
        rf"(?P<date>{date_regex(langs, figures=True)})(?(par)[ ]?(?:(?:{bracket_verb})[ ]?)?\)))?"
        # the annex's number or letter ("annex II", "annex B", "المرفق باء"; glued after a CJK word:
        # "附件B"); a letter is no symbol's start ("annex A/…") nor a word's
        rf"(?:\s*+(?:,\s*+)?(?P<pin>(?:{annex})(?:\s+[IVX]{{1,5}}\b|\s+\d{{1,2}}\b"
        rf"|(?:\s+|(?<=[{CJK}]))(?:{annex_letters})(?!(?![{CJK}])\w|/|\.\w))?))?",
    )
    past_date = [p for p in gather("grammar.body_prep_past_date") if p]
    body_past_date = (
        recache.compile(rf"\s*+(?:,\s*+)?(?:{alternation(past_date)})\s++(?P<body>{bodies})")
        if past_date
        else None
    )
    # "and" may be glued to the next number (Arabic "و61/180"); languages that mark numbers
    # ("第61/144号和第64/293号") join them with the marks around "and"
    prefix = alternation(gather("grammar.number_prefix")) if gather("grammar.number_prefix") else ""
    suffix = alternation(gather("grammar.number_suffix")) if gather("grammar.number_suffix") else ""
    marked = (
        rf"|\s*+{suffix}\s*+(?:(?:,|{list_and})\s*+)?(?:{any_date}\s*+)?(?:{prefix})?"
        rf"|\s*+(?:,|{list_and})\s*+(?:{any_date}\s*+)?{prefix}"
        if suffix
        else ""
    )
    # a footnote marker may follow the comma ("… 18 December 2008,4 65/206 of …")
    # (… a word of a script that writes no spaces, or a sign: "64/293和65/1", "70/1、71/313")
    glued_and = _alt_or_never([w for w in gather("grammar.list_and") if re.match(rf"[{CJK}]|[^\w\s]", w)])
    separator = recache.compile(
        # (… or a marker in superscript stand before it: "70/1¹ and 69/313²", or in brackets as
        # Arabic texts print it, perhaps at a page's foot: "2013(5)⏎…⏎و 69/166")
        rf"(?:[{SUPERSCRIPTS}]++|\(\d{{1,2}}\))?"
        rf"(?:\s*+,(?:[ ]?\d{{1,2}}(?=\s))?\s*+(?:{list_and}\s*+)?|\s++{list_and}\s*+"
        # (… or a list word of a script without spaces glued to the number: "大会决议64/293和65/1")
        rf"|(?:{glued_and})\s*+"
        # (… or a semicolon, the list word perhaps after it: "70/1 of …;⏎and 71/1 of …")
        rf"|\s*+;\s++(?:{list_and}\s*+)?{marked})"
        # (… the next item's mark after it: "70/1 of …;⏎(b) 71/313 of …", "70/1; (b) 71/1")
        rf"(?:(?<=\s){_LIST_ITEM_MARK}[ \t]++)?"
    )
    topic_words = gather("grammar.topic_after")
    far_links = gather("grammar.date_far_link")  # a letter's date, then whom it is from and to
    entitled = gather("titles.entitled")
    topic_gap = (
        recache.compile(
            # (the date of the number before, when a page break kept it from its number)
            rf"(?:\s*+(?:{date_intro})\s++{date})?"
            # (… a comma perhaps before the topic: "69/313, relativa al …, y 71/243", "70/1، الذي …")
            rf"\s*+[,\u060c]?\s*+(?:(?<!\w)(?:{alternation(topic_words)})\s"
            rf"(?:(?!\n[ \t]*\n)[^;:()\[\]“”\"«»/])*?"
            rf"|\s*+,?\s*+(?:{alternation(entitled)})\s*+[“\"«][^”\"»]{{1,300}}[”\"»])"
            rf"{separator.pattern}",
            re.IGNORECASE,
        )
        if topic_words and entitled
        else None
    )
    post_noun = post_head = bare_and = noun_and = topic_and = loose_number = None
    # a date, then the list word, ending a stretch: the dates before the last of a list of dates
    # written before the numbers or symbols they date ("of 8 March 2016 and 15 May 2019 (S/PRST/…")
    date_list_end = recache.compile(
        rf"(?<!\d)(?P<date>{date})\s*+(?:[,\u060c\u3001]\s*+(?:(?:{list_and})\s*+)?|(?:{list_and})\s*+)$",
        re.IGNORECASE,
    )
    if any(lang_.raw["grammar"].get("noun_after") for lang_ in languages):
        mark_s, mark_p = suffix or "(?!)", prefix or "(?!)"
        # (a number's parts, a list of them perhaps: "第51/45 A和B号", "A、B和C号")
        # (… or a coded decision: "第1/CP.25和3/CP.25号决定")
        coded = alternation(list(lexicon.decision_codes().codes))
        loose = (
            rf"(?:\d{{1,3}}/(?:{coded})\.\d{{1,2}}(?!\d)|"
            rf"(?:S-|ES-)?\d{{1,4}}(?:/\d{{1,4}})?(?:\s?[A-Z](?:\s?(?:{mark_s})?\s?(?:{list_and}|{rng})\s?[A-Z])*)?"
            r"(?:\s?\((?:(?:S-|ES-)?[IVXLC]{1,7}|\d{4})\))?)"
        )
        # … and the topic the text is on ("大会2006年3月15日关于人权理事会的第60/251号决议")
        topic = "|".join(gather("grammar.topic_before")) or "(?!)"
        # a number's mark, and a footnote's marker glued after it before the list word
        # ("第64/293号1、65/1号决议", "第64/293号¹、…", "第64/293²、…")
        mark_note = rf"(?:(?:{mark_s})(?:\d{{1,2}}(?=[ \t]?(?:,|{list_and})))?)?(?:[{SUPERSCRIPTS}]{{1,2}})?"
        post_noun = recache.compile(
            # at most LIST_AHEAD numbers are read ahead for the noun: unbounded, a long list of
            # numbers without it is read again from each of its numbers (quadratic); each number
            # perhaps with its topic before it ("关于…的第69/313号和关于…的第72/279号决议")
            # (… a footnote marker perhaps after the list word, at a line's end: "第61/30号、1⏎")
            rf"\s*+{mark_note}(?:\s*+(?:,|{list_and}|{rng})"
            rf"(?:[ \t]?(?:\d{{1,2}}|[{SUPERSCRIPTS}]{{1,2}})(?=[ \t]*\n))?\s*+"
            rf"(?:(?:{topic})\s*+)?(?:{any_date}\s*+)?"
            rf"(?:(?:{topic})\s*+)?"
            rf"(?:{mark_p})?\s*+{loose}\s*+"
            rf"{mark_note}){{0,{LIST_AHEAD}}}"
            rf"\s*+(?P<noun>{trie_regex(res_nouns + dec_nouns + prst_nouns)})"
        )
        poss = alternation(gather("grammar.possessive")) if gather("grammar.possessive") else "(?!)"
        # "大会2005年9月16日第60/1号", "大会于2005年9月16日通过的第60/1号": a date before the number,
        # with the words that may introduce it and join it to the number
        link = alternation(gather("grammar.date_link")) if gather("grammar.date_link") else "(?!)"
        # … and days after the date that share its year and month, in languages that write the
        # year first ("1960年12月14日和15日": the 14th and the 15th)
        day_marks = [
            lang_.raw["dates"]["day_mark"] for lang_ in languages if lang_.raw["dates"].get("day_mark")
        ]
        days = (
            rf"(?P<pdays>(?:\s*+(?:{list_and}|,)\s*+[0-3]?\d\s*+(?:{alternation(day_marks)}))++)?"
            if day_marks
            else ""
        )
        # … or, with no date, the words of the adoption, perhaps after the session ("妇女地位委员会
        # 第六十五届会议通过的第65/1号决议": the body named before adopted it)
        after_langs = [lang_.raw["grammar"] for lang_ in languages if lang_.raw["grammar"].get("noun_after")]
        adopted = _alt_or_never([w for g in after_langs for w in g.get("adopted_link", [])])
        post_session = "|".join(c for g in after_langs for c in g.get("session_clause", []))
        year_alone = "|".join(c for g in after_langs for c in g.get("year_alone", [])) or "(?!)"
        # (… the manner of the adoption perhaps between the date and its verb: "大会于2012年11月29日以
        # 120票赞成…通过第67/19号决议", "…未经表决通过…")
        post_manner = "|".join(m for g in after_langs for m in g.get("adoption_manner", [])) or "(?!)"
        # (… the meeting of the adoption perhaps between the date and its verb: "大会在1998年12月3日
        # 第45次全体会议上通过了第53/40号决议")
        post_meeting = "|".join(c for g in after_langs for c in g.get("meeting_clause", [])) or "(?!)"
        # (… the word that gives several dates to the numbers in turn, after them: "…和…分别通过的")
        # (… the meeting of the session and the manner perhaps before the words of the adoption, no
        # date: "大会第五十二届会议第70次全体会议上未经表决通过的第52/10号决议")
        post_session_meeting = (
            "|".join(c for g in after_langs for c in g.get("session_meeting", [])) or "(?!)"
        )
        post_respectively = _alt_or_never([w for g in after_langs for w in g.get("respectively_after", [])])
        post_head = recache.compile(
            rf"(?P<poss>{poss})?\s*+(?:(?:{date_intro})?\s*+(?P<date>{date}){days}\s*+"
            rf"(?:(?:{post_meeting})\s*+[,\uff0c]?\s*+)?"
            rf"(?:(?:{post_manner})\s*+[,\uff0c]?\s*+)?(?:(?:{post_respectively})\s*+)?(?:{link})?\s*+"
            rf"|(?:(?:{post_session or '(?!)'})\s*+(?:(?:{post_session_meeting})\s*+)?)?"
            rf"(?:(?:{post_manner})\s*+)?(?:{adopted})\s*+"
            # (… or the year alone, the number's session's: "麻醉药品委员会2019年第62/1号决议")
            rf"|(?:{year_alone})\s*+)?"
            rf"(?:(?:{topic})\s*+)?(?:{mark_p})?\s*$"
        )
        # every part of it may be empty, so at a place where none can start (a character out
        # of its first ones) it matches only where the stretch ends: said so, its search no
        # longer reads every part at every character (0.7 ms a KB of Chinese)
        if (first := first_chars(post_head)) is not None:
            post_head = recache.compile(rf"(?:(?={first}){post_head.pattern}|$)")
        # (… its number marks repeated or not: "第5/1和第5/2号决议", "第48/77 B号和第50/70 M号决议")
        bare_and = recache.compile(rf"\s*+{mark_note}\s*+(?:{list_and})\s*+(?:{mark_p})?\s*+")
        topic_and = recache.compile(
            rf"\s*+(?:{mark_s})?\s*+(?:{list_and})\s*+(?:{topic})\s*+(?:{any_date}\s*+)?(?:{mark_p})?\s*+"
        )
        noun_and = recache.compile(
            rf"\s*+(?:{mark_s})?\s*+(?:{trie_regex(res_nouns + dec_nouns)})"
            # (… the second's day and month before it, its year the first's: "和10月11日第48/13号决议")
            rf"\s*+(?:(?:{list_and}|,)\s*+(?:{day_month_regex(langs)}\s*+)?"
            # (… or a second clause of the same subject, its day and month perhaps, and its verb of
            # adoption: "，并于10月11日通过了第48/13号决议")
            rf"|[,\u3001]?\s*+(?:{_alt_or_never(gather('grammar.subject_and'))})\s*+(?:{date_intro})?\s*+"
            rf"(?:{day_month_regex(langs)}\s*+)?(?:{_alt_or_never(gather('grammar.adopted_verb'))})\s*+)"
            rf"(?:{mark_p})?\s*+"
        )
        loose_number = recache.compile(loose)
    # starts with the literal "vol." (case-sensitive, so that the engine can search for it fast)
    # "vol. 2225, No. 39574", "vols. 2171 and 2173, No. 27531", "т. 2225, № 39574": the
    # volume and number words come from the lexicons (case kept: "vol." is a fast anchor)
    volume = trie_regex(gather("footnotes.volume"), keep_case=True)
    # "Nos. 970–973", "nos 970 à 973", "núms. 970 a 973": a range of registration numbers
    unts_range = alternation([w for w in gather("grammar.range") if w[:1].isalpha()])
    # (… its digits perhaps grouped by threes, as some languages print a long number: "т. 2 171",
    # "№ 27 531")
    grouped = r"[ \u00a0\u202f]\d{3}"
    unts_rest = (
        rf"\s*(?P<vol>\d{grouped}(?=\s*,)|\d{{1,4}})(?P<vols>(?:\s*(?:,|{list_and})\s*\d{{1,4}}(?!\d))*)"
        rf"\s*,\s*(?i:{number_words})\s*(?P<no>\d{{2,3}}{grouped}(?![\d/])|\d{{1,6}})(?:\s*(?:[-–—]|{unts_range}\s)\s*(?P<no2>\d{{1,6}}))?(?![\d/])"
        # (… no journal's issue: "vol. 12, No. 3/4 (2019)")
        # (… and a number for each volume, in order: "vols. 993 and 999, Nos. 14531 and 14668"; the
        # last after the list word: in "vols. 993 and 999, No. 14531, 1966." the year is no number)
        # (… the number word written again before each: "vols. 993 and 999, No. 14531 and No. 14668")
        rf"(?P<nos>(?:\s*+,\s*+(?:(?i:{number_words})\s*+)?\d{{3,6}}(?![\d/]|\.\d))*+(?:\s*+,)?\s*+(?:{list_and})"
        rf"\s*+(?:(?i:{number_words})\s*+)?\d{{3,6}}(?![\d/]|\.\d))?"
    )
    # one pattern per volume word, each starting with its literal text: the engine then
    # searches for that text quickly instead of trying every position
    unts = tuple(
        recache.compile(trie_regex(words, keep_case=True) + unts_rest)
        for words in _by_first_letter(gather("footnotes.volume"))
    ) + tuple(recache.compile(form) for form in gather("footnotes.unts_forms"))
    unts_back = led(
        recache.compile(
            rf"(?:{alternation(gather('footnotes.treaty_series'))}|{alternation(gather('footnotes.ibid'))}\.?)(?:\s*+,)?\s*+$",
            re.IGNORECASE,
        )
    )
    # "999 U.N.T.S. 171": each pattern starts with the series' short name (the finder reads the
    # volume before it); "Treaty Series, vol. 999, p. 171": with the volume word, the series'
    # name before it read as ``unts_back`` reads it
    page_words = alternation(gather("footnotes.page"))
    # (one pattern per first letter, each starting with its literal text, as ``unts``: the
    # finder checks that no word goes on before it)
    unts_page = (
        *(
            recache.compile(trie_regex(words, keep_case=True) + r"\s+(?P<page>\d{1,5})(?![\d/]|[.,]\d)")
            for words in _by_first_letter(gather("footnotes.reporter"))
        ),
        *(
            recache.compile(
                trie_regex(words, keep_case=True)
                + rf"\s*(?P<vol>\d{{1,4}})\s*,\s*(?:{page_words})\s*(?P<page>\d{{1,5}})(?![\d/]|[.,]\d)"
            )
            for words in _by_first_letter(gather("footnotes.volume"))
        ),
        # (… and the forms of a language that puts the volume's and the page's words after their
        # numbers: "《条约汇编》，第2225卷，第209页"; each with its groups ``vol`` and ``page``)
        *(recache.compile(form) for form in gather("footnotes.unts_page_forms")),
    )
    kw_noun = recache.compile(trie_regex(res_nouns + dec_nouns + prst_nouns, either_case=True))
    # the date of a second noun's adoption set off after the list word that joins it, its year
    # perhaps left to the first's: "and, on 11 October, resolution 48/13" (see ``owner_and``)
    owner_date = (
        rf"(?:\s*+[,\u060c]\s*+|\s*+)(?:(?:{date_intro})\s*+)?(?:{any_date}|{day_month_regex(langs)})"
        rf"\s*+[,\u060c\u2014\u2013-]"
    )
    dated_and = _alt_or_never(gather("grammar.dated_list_and"))
    # (… and the short forms of legal styles, with their case: "Id." is no "ID.")
    ibid_short = gather("footnotes.ibid_short")
    # (… nor one that opens a treaty's note, its volume's word after the number where the language
    # writes it there: "同上，第2171卷，第27531号" is read whole by the treaty finder)
    volume_after = "".join(f"|{form}" for form in gather("footnotes.volume_after"))
    ibid = recache.compile(
        # (a long form ends its word in Latin letters: "Idemitsu", "Ibidun Foundation" are names)
        rf"(?<!\w)(?P<ibid>(?i:{alternation(gather('footnotes.ibid'))})(?![A-Za-z\u00c0-\u024f])"
        rf"{'|' + alternation(ibid_short) if ibid_short else ''})"
        rf"(?!(?i:\.?\s*,\s*(?:{volume}{volume_after})))\.?"
    )
    names = list(
        {fold(n) for lang_ in languages for ns in lang_.raw.get("instruments", {}).values() for n in ns}
    )
    # a case-sensitive scan for the first word of a name finds the candidates fast; the
    # whole (case-insensitive) name is then matched there
    first_words = {
        re.split(r"[\s,]+", n.strip())[0]
        for lang_ in languages
        for ns in lang_.raw.get("instruments", {}).values()
        for n in ns
    }
    # (… or a name glued to the head of a compound after it, in a language written without spaces:
    # "罗马规约体系", the Rome Statute system, cites the Statute as the English words do)
    compound = gather("grammar.name_compound_after")
    # (… or, in a language written without spaces, the list word or a particle glued after it:
    # "回顾世界人权宣言和维也纳宣言…", "化学武器公约的重要性")
    compound += [
        w
        for lang_ in languages
        if not lang_.spaced
        for key in ("list_and", "name_particle_after")
        for w in lang_.raw["grammar"].get(key, [])
    ]
    compound_after = rf"(?={alternation(compound)})" if compound else "(?!)"
    instrument_start = recache.compile(
        trie_regex(sorted(first_words), keep_case=True) + rf"(?:(?!\w)|{compound_after})"
    )
    body_names = [n for lang_ in languages for ns in lang_.raw["bodies"].values() for n in ns]
    name_start = recache.compile(trie_regex(body_names + sorted(first_words), keep_case=True))
    # a noun of a text's kind, as a word (or after a clitic glued to it: Arabic "وبالتقرير")
    kind_noun = recache.compile(
        rf"(?<![^\W{''.join(sorted({c[-1] for c in gather('grammar.clitics')}))}])"
        rf"(?:{trie_regex(res_nouns + dec_nouns + prst_nouns + gather('grammar.kind_nouns'))})(?!\w)",
        re.IGNORECASE,
    )
    name_kinds = recache.compile(
        rf"(?:(?=(?P<body>{bodies}))|)(?:(?=(?P<first>{instrument_start.pattern}))|)"
    )
    # a name starts a word, or follows a clitic glued to it (Arabic "والعهد الدولي …", "وبروتوكول …")
    clitics = sorted(set(gather("grammar.clitics")), key=_shortest_first)
    glued = "".join(rf"|(?<=(?<!\w){re.escape(c)})" for c in clitics)
    # (… or, in a language written without spaces, right after any letter of its script: the name
    # glued to the verb before it, without its title marks, "重申北京宣言和行动纲要")
    unspaced = "".join(lang_.raw.get("letters", "") for lang_ in languages if not lang_.spaced)
    if unspaced:
        glued += rf"|(?<=[{unspaced}])"
    name_trie = trie_regex(names)
    # (… or, a name that opens with its year, after any letter but a Latin one: a language written
    # without spaces glues it to the verb before, "回顾1961年《麻醉品单一公约》")
    instrument = recache.compile(
        rf"(?:(?<!\w){glued}|(?<![\dA-Za-z_])(?=\d))(?:{name_trie})(?![^\W\d{SUPERSCRIPTS}])"
        + (rf"|(?:{name_trie}){compound_after}" if compound else ""),
        re.IGNORECASE,
    )
    heads = sorted({re.split(r"[\s,]+", n)[0] for n in names})
    instrument_head = recache.compile(trie_regex(heads, keep_case=True))
    instrument_head_unsafe = _case_extras("".join(heads))
    marker = recache.compile(
        # a marker stands on the name's line: "Crime3", "Crime, 4 and", "Niños 6 y" — never
        # the number of the next paragraph ("…Persons,\n\n1. Urges")
        rf"(?P<sup>[{SUPERSCRIPTS}]+)|(?P<glued>\d{{1,2}})(?=[\s,;.)]|$)"
        rf"|[ \t]*+(?:,[ \t]*+)?(?P<sp>\d{{1,2}})(?=[ \t]*[,;]?(?:\s|$)|\.(?:[ \t]*\n|$))"
        # (… past the book-title mark that closes a name in a script without spaces: "《…公约》2，",
        # "《…宣言》1和"; or in brackets glued to the name, as Arabic texts set it: "الإنسان(1)،")
        rf"|\u300b(?P<book>\d{{1,2}})(?=[\s,;.)\uff0c\u3001\u3002\uff1b\uff09]|{list_and}|$)"
        rf"|\((?P<par>\d{{1,2}})\)(?=[\s,;.\u060c\u061b]|$)"
    )
    pins = "|".join(v for lang_ in languages for v in lang_.raw["pinpoints"].values())
    # "paragraph 5 of", "l'annexe II de la", "párrafo 3 del": the words that link a pinpoint
    # to the text it points into
    glued_links = gather("grammar.pin_link_glued")
    pin_link = _alt_or_never(gather("grammar.pin_link") + glued_links)
    paras = "|".join(lang_.raw["pinpoints"]["paragraph"] for lang_ in languages)
    # the pinpoint's number: in figures, in Roman figures or as an ordinal word ("المرفق الثاني");
    # several joined by a comma, the list word or the range word ("paragraphs 3 and 4 of",
    # "les paragraphes 2 à 5 de", "пункты 3–6", "الفقرتين 3 و 4 من")
    ordinals = gather("grammar.pin_ordinals")
    # (… a Roman figure perhaps with its part's letter after a point: "sect. II.B")
    part_letter = r"(?:(?-i:\.[A-H])(?!\w))?"
    # (… a paragraph's number perhaps with its subparagraph's after a point, as views and reports
    # number them: "para. 7.3")
    sub_num = r"(?:\.\d{1,2}(?![\d.]))?"
    pin_num = (
        rf"(?:\d{{1,3}}{sub_num}|[IVX]{{1,5}}{part_letter}{'|' + alternation(ordinals) if ordinals else ''})"
    )
    # … or a part's letter, in its case ("annex B to resolution 2231 (2015)", "section A of")
    # … or a subparagraph's letter alone after its noun, in brackets or closed by one ("alinéa e)
    # du paragraphe 5", "subparagraph (e) of paragraph 5")
    pin_num = rf"(?:{pin_num}|(?-i:{annex_letters})(?!(?![{CJK}])\w|/)|(?<=\s)\(?(?-i:[a-z]{{1,3}})\))"
    # … each with the letter of a subparagraph, perhaps ("paragraph 5 (b) of"), or that letter
    # closed by a bracket, as French and Spanish write it ("párrafo 5 e) de")
    pin_num = rf"{pin_num}(?:\s?\([a-z]{{1,4}}\)|\s(?-i:[a-z]{{1,3}})\))?"
    pin_more = rf"(?:\s*+(?:,|{list_and}|{rng})\s*+{pin_num})*+"
    pin_before = recache.compile(
        rf"(?P<pin>(?:{pins})\s+{pin_num}{pin_more}(?:\s*+(?:(?:,|{pin_link})\s*+)?(?:{paras})\s+\d{{1,3}})?)"
        rf"\s*+(?:,\s*+)?{pin_link}\s*$",
        re.IGNORECASE,
    )
    annexes = "|".join(lang_.raw["pinpoints"].get("annex", "(?!)") for lang_ in languages)
    pin_bare = led(recache.compile(rf"(?<!\w)(?P<pin>{annexes or '(?!)'})\s*+{pin_link}\s*$", re.IGNORECASE))
    construct = gather("grammar.pin_construct")
    pin_construct = (
        # (… a clitic perhaps glued before it, the list's "and": "ومرفق القرار 56/83")
        led(recache.compile(rf"(?:(?<!\w){glued})(?P<pin>{alternation(construct)})[ \t]++$", re.IGNORECASE))
        if construct
        else None
    )
    # (… and its numbers, or an annex alone, after a document's symbol: "(A/78/250, par. 4)",
    # "(A/78/250, párrs. 3 a 7)", "A/78/250, annex")
    # (… a number a slash follows is the list's next item, not the pinpoint's: "62/11, paragraph
    # 6, 64/90 and 65/41")
    sym_more = rf"(?:\s*+(?:,|{list_and}|{rng})\s*+{pin_num}(?![/\d]))*+"
    symbol_pin = recache.compile(
        # (… each part of a chain, "chap. II, sect. B": the whole pinpoint)
        rf"[ \t]*+,[ \t]*+(?P<pin>(?:{pins})\s*+{pin_num}{sym_more}"
        rf"(?:[ \t]*+,[ \t]*+(?:{pins})\s*+{pin_num}{sym_more})*+"
        rf"|(?:{annexes or '(?!)'})(?=\s*+[,;)]|\.(?:\s|$)))(?!\w|/)",
        re.IGNORECASE,
    )
    # (… or in brackets right after a number, each part of a chain: "70/82 (para. 9) and 71/3",
    # "70/82 (annex, para. 4)")
    paren_pin = recache.compile(
        rf"[ ]?\([ ]?(?P<pin>(?:(?:{pins})\s*+{pin_num}{pin_more}|(?:{annexes or '(?!)'})(?!\w))"
        rf"(?:[ \t]*+,[ \t]*+(?:{pins})\s*+{pin_num}{pin_more})*+)[ ]?\)",
        re.IGNORECASE,
    )
    pin_before = led(pin_before)  # (tried at every character of an 80-character window: 3.5-4.7x)
    # every match of pin_before holds a blank, the pinpoint's number and, right after it, a blank,
    # a comma, the linking words or a paragraph's noun: looked for first, a scan some twenty
    # times faster than pin_before's (tried at every character, in either case)
    pin_hint = recache.compile(
        rf"\s{pin_num}(?:\s|,|(?:{pin_link})|(?:{paras})|(?:{list_and})|(?:{rng}))",
        re.IGNORECASE,
    )
    range_tail = recache.compile(
        rf"\s*{rng}\s*(?:(?P<kind>{NUMBERED_ELEMENTS})\.)?(?P<n>\d{{1,3}})(?![\w/])", re.IGNORECASE
    )
    # (a Chinese character after the number is no letter of it: "A/77/321和Corr.1和2)第5段")
    elliptic_tail = recache.compile(
        rf"(?:(?:\s*,\s*|\s+{list_and}\s+|(?<=\d)(?:{list_and})(?=\d)(?<![^\W\d_]{{2}}))\d{{1,4}}"
        rf"(?!(?![{CJK}])\w|/|\.\d))+"
    )
    # "A/50/630 and Corr.1", "A/50/141, Add.1 and Add.2": an element of the symbol before, after
    # the list word or a comma
    # (… a pinpoint in the symbol before may stand between: "A/78/204, paras. 3-9, and Corr.1",
    # "A/78/301 (paras. 5-9) and Corr.1")
    paras_cited = rf"(?:{paras})\s*+{pin_num}(?:\s*+(?:,|{list_and}|{rng}|-)\s*+{pin_num})*+"
    # (… the noun after the numbers, in languages that mark them: "A/78/301(第5-9段)和Corr.1")
    marks_before = gather("grammar.number_prefix")
    if marks_before:
        mark_b = f"(?:{alternation(marks_before)})"
        paras_cited = (
            rf"(?:{paras_cited}|{mark_b}\s*+\d{{1,3}}(?:\s*+(?:{list_and}|{rng}|[-–、,，])\s*+{mark_b}?\d{{1,3}})*+"
            rf"\s*+(?:{paras}))"
        )
    final_and = recache.compile(
        rf"(?:\s*+[,\uff0c]\s*+{paras_cited}|\s*+[(\uff08]{paras_cited}[)\uff09])?"
        rf"(?:(?:\s*+,\s*+(?:(?:{list_and})\s*+)?|\s*+(?:{list_and})\s*+)"
        rf"(?P<el>(?:{NUMBERED_ELEMENTS})\.\d{{1,3}}))(?!(?![{CJK}])\w|/)",
        re.IGNORECASE,
    )
    # "Add.1 to 3", "Add.1 to Add.3", "Add.1-3": a range from the element before
    element_range = recache.compile(
        rf"(?:-|\s*{rng}\s*)(?:(?P<kind>{NUMBERED_ELEMENTS})\.)?(?P<n>\d{{1,3}})(?![\w/])", re.IGNORECASE
    )
    # a date before a symbol's bracket, words between it and the noun or the participle of the text:
    # the word that says the text was made or submitted, words of who made it or where (no comma,
    # bracket nor figure but a meeting's ordinal, "9563-м"; the last not a word that introduces
    # another date: "представленный в соответствии с резолюцией Совета от 24 июля 2024 года (" is not
    # the report's date), then the date ("сделанное Председателем … от имени Совета 5 марта 2024 года (");
    # or, in a language that writes the noun after the date, a topic or a meeting between them
    # ("2024年6月3日关于儿童与武装冲突的报告(", "2024年3月5日代表安理会在第9563次会议上发表的声明(")
    gap_intros, noun_gaps = gather("grammar.date_intro_gap"), gather("grammar.date_noun_gap")
    gap_nouns = gather("grammar.date_noun") if noun_gaps else []
    noun_gap = rf"\s*+(?:{'|'.join(noun_gaps) or '(?!)'})\s*+(?:{_line_cut_alternation(gap_nouns) or '(?!)'})"
    # (the date written once, its groups named: the participle's branch or the noun's)
    date_gap_before = (
        led(
            recache.compile(
                rf"(?:(?<!\w)(?P<gapintro>{_alt_or_never(gap_intros)})(?:\s++{gap_word}){{0,9}}?\s++"
                rf"(?!(?:{date_intro})\s){gap_word}\s++)?{date}"
                rf"(?(gapintro)|{noun_gap})"
                r"[ \t]*+(?:\n[ \t]*+)?\([ \t]*+(?:\n[ \t]*+)?$",
                re.IGNORECASE,
            )
        )
        if gap_intros or gap_nouns
        else None
    )
    return Patterns(
        item=item,
        kw_after=kw_after,
        sent_noun=sent_noun_at_date(langs),
        and_at_end=recache.compile(rf"(?:,\s*|\s){list_and}\s+$"),
        # "49/222 A et B du 23 décembre 1994 et du 20 juillet 1995"
        bracket_date=recache.compile(
            rf"[ \t]*+[)\uff09][ \t]*+,\s*+(?:{alternation(gather('grammar.bracket_date_intro'))})\s*+{date}",
            re.IGNORECASE,
        )
        if gather("grammar.bracket_date_intro")
        else None,
        # (… or after the bracket of the pinpoint: "70/82 (para. 9) of 5 December 2015")
        pin_then_date=recache.compile(rf"(?:[ \t]*+,|(?<=\)))\s*+(?:{date_intro})\s*+{date}", re.IGNORECASE),
        # (the place, or the meeting, in a few words without a figure but an ordinal's, up to the
        # first date, perhaps after the word before it: "adopted at Glasgow on …", "adopted at the
        # twenty-sixth session of the Conference on …", "adoptée à Genève le …", "принятое на
        # двадцать шестой сессии Конференции 13 ноября …", "المعتمد في الدورة … في …")
        place_date=recache.compile(
            rf"(?:[ \t]*+,)?\s++(?i:{alternation(gather('grammar.place_adoption'))})\s++"
            rf"(?:(?:[^\W\d_][\w\u2019'.-]*+|\d{{1,3}}(?:[^\W\d_]{{1,3}}|[\u00ba\u00aa\u00b0]))(?:\s++|(?=,))){{1,24}}?"
            # (… the place's country after a comma: "adopted in Katowice, Poland, on …")
            rf"(?:,[ ]{_UPPER_START}[\w\u2019'.-]*+(?:[ ]{_UPPER_START}[\w\u2019'.-]*+){{0,3}}(?=,))?"
            rf"(?:,\s*+)?(?:(?i:{alternation(gather('grammar.place_date_intro'))})\s++)?(?i:{date})"
        )
        if gather("grammar.place_adoption") and gather("grammar.place_date_intro")
        else None,
        # (the symbol of no spaces, a slash in it: "14/CP.27 (FCCC/CP/2022/10/Add.2) of 20 November 2022")
        symbol_then_date=recache.compile(
            rf"[ ]?[(\uff08](?=[^()\s]{{0,40}}/)[A-Z][^()\s]{{2,40}}[)\uff09]"
            rf"\s*+,?\s*+(?i:{date_intro})\s++(?i:{date})"
        ),
        second_date=recache.compile(
            rf"(?:\s*+,\s++|\s++){list_and}\s++(?:{date_intro}\s*+)?{date}", re.IGNORECASE
        ),
        # "49/222 A of 23 December 1994 and B of 20 July 1995": another part of the same number
        # with a date of its own
        part_date=recache.compile(
            # (a letter as a word, after a list word glued to it: Arabic "وباء المؤرخ …")
            rf"(?:\s*+,\s*+|\s++)(?i:{list_and})\s*+(?P<part>{letter})(?:\s*+,)?\s++(?i:{date_intro})\s*+(?i:{date})"
        ),
        day_list=recache.compile(
            rf"\s*+(?:,\s*+)?(?:{date_intro})\s++(?P<days>{_day_member(dmy)}(?:\s*+,\s*+{_day_member(dmy)})*+)"
            # (the date word may stand again before the last: "du 3 juillet et du 19 décembre 2019")
            rf"(?:\s*+,)?\s++(?:{list_and})\s++(?:(?:{date_intro})\s++)?(?P<last>{date_regex(dmy)})",
            re.IGNORECASE,
        )
        if dmy
        else None,
        next_date=recache.compile(
            rf"(?:\s*+,\s*+(?:(?:{list_and})\s++)?|\s++(?:{list_and})\s++)(?:{date_intro}\s*+)?{date}",
            re.IGNORECASE,
        ),
        stem_re=recache.compile(literal_trie(_stems(res_nouns + dec_nouns + prst_nouns))),
        possessives=frozenset(fold(p) for p in gather("grammar.possessive")),
        qualifier_words=frozenset(fold(w) for w in gather("grammar.qualifiers")),
        common_noun_words=frozenset(fold(w) for w in gather("grammar.common_noun_before")),
        # (… of more than one word, or signs in it: "I. & N.", "I&N", tested as the text's end)
        common_noun_phrases=tuple(
            fold(w) for w in gather("grammar.common_noun_before") if not re.fullmatch(r"[\w']+", w)
        ),
        act_words=frozenset(fold(w) for w in gather("grammar.act_nouns")),
        number_words=frozenset(fold(w) for w in gather("footnotes.number")),
        month_words=frozenset(fold(m).rstrip(".") for mm in gather("dates.months") for m in mm.split("|")),
        actor_gap=actor_gap,
        adopt_gap=adopt_gap,
        org_actor=org_actor,
        adopt_word=recache.compile(alternation(adoption_words)) if adoption_words else None,
        adopt_needles=_needles(adoption_words),
        org_actor_gate=recache.compile(
            "|".join(
                # (longest first, then by letters: the same pattern in every run, its compiled
                # program found again in the cache of compiled patterns)
                re.escape(w)
                for w in sorted({w.lower().split()[0] for w in org_words}, key=lambda w: (-len(w), w))
            )
            or "(?!)"
        ),
        fraction_after=recache.compile(
            rf"\s*+(?:{alternation(fractions)})(?:(?<=[{CJK}])|(?!\w))", re.IGNORECASE
        )
        if fractions
        else None,
        actor_gap_bare=actor_gap_bare,
        subject_session=recache.compile(
            rf"\s*+,\s*+(?:{'|'.join(gather('grammar.subject_session'))})\s*+,\s*+"
        )
        if gather("grammar.subject_session")
        else None,
        adopted_bracket=recache.compile(
            # (the session or meeting, then the date, each perhaps: "…, adopted at its fourteenth
            # meeting, on 29 November 2018 (decision 14/8)")
            rf"\s*+(?:,\s*+)?(?:(?:{session}|(?i:{meeting}))"
            rf"(?:\s*+,)?\s*+)?(?:(?:(?:{date_intro})\s++)?{any_date}(?:\s*+,)?\s*+)?"
            r"[(\uff08]\s*+"
            # (… or, in a language that writes the adoption's word after the body's name and its
            # session, that word, then the text's title, in quotes or not, right before the bracket:
            # "…委员会第七十九届会议通过的宣言（第79/1号决议）"; the group says the gap holds it)
            + (
                rf"|(?P<after>\s*+(?:(?:{session})\s*+)?(?:{alternation(gather('grammar.adopted_link'))})\s*+"
                r"(?:《[^》\n]{1,200}》|[^\s《》()\uff08\uff09，。；,;:：\u3001]{0,30})\s*+[(\uff08]\s*+)"
                if gather("grammar.adopted_link")
                else ""
            )
        )
        if gather("grammar.adoption_by")
        else None,
        # (… or the text's noun and the word that links it to its body, the body's meeting or
        # session perhaps as an ordinal before its name: "the decision of the Thirty-first Meeting
        # of the Parties to … (decision XXXI/3)", "la décision de la Conférence des Parties …
        # (décision 15/4)")
        adoption_by=recache.compile(
            rf"(?<!\w)(?:{alternation(gather('grammar.adoption_by'))}"
            rf"|(?i:{alternation(res_nouns + dec_nouns)})\s++(?:{prep})"
            # (… or the participle, the date and the word of the adopter: "adopted on 19 December
            # 2022 by the Conference of the Parties to … (decision 15/4)")
            rf"|(?i:{_alt_or_never(gather('grammar.adoption_participles'))})\w*+\s*+,?\s*+(?:{date_intro})\s++"
            rf"{any_date}\s*+,?\s*+(?i:{_alt_or_never(past_date)}))\s*+(?:(?i:{ordinal})\s++)?$"
        )
        if gather("grammar.adoption_by")
        else None,
        owner_and=recache.compile(
            # (… the date of the second's adoption perhaps set off by commas after the list word: "la
            # décision 51/115 et, le 6 octobre 2022, la résolution 51/18"), its year perhaps left
            # to the first's ("and, on 11 October, resolution 48/13")
            # ("y, el 11 de octubre, la resolución"), set off by the Arabic comma after the list word
            # glued to its date's word ("وفي 11 تشرين الأول/أكتوبر، القرار") or by a dash after a
            # list word that joins only such a noun ("…, а 6 октября — резолюцию 48/13")
            rf"\s*+(?:[,\u060c]\s*+)?(?:(?:{list_and})(?:{owner_date})?|(?:{dated_and}){owner_date})"
            rf"(?:\s++(?:(?:{_alt_or_never(gather('grammar.articles'))}"
            rf"|{_alt_or_never(gather('grammar.possessive'))})(?:\s++|(?<=[\x27\u2019])))?)?"
        ),
        item_gap=recache.compile(
            rf"\s*+,?\s*+(?:(?:{list_and})\s*+)?"
            # (the body's preposition repeated: "… (resolution 60/251) and of the Commission …")
            rf"(?:(?:{_alt_or_never([p for p in gather('grammar.body_prep') if p])})"
            rf"(?:\s++|(?<=[\x27\u2019])))?"
            rf"(?:(?:{_alt_or_never(gather('grammar.articles'))})(?:\s++|(?<=[\x27\u2019])))?"
        ),
        object_before=recache.compile(
            rf"(?<!\w)(?:{alternation(gather('grammar.object_verbs'))})\s++"
            rf"(?:(?:{_alt_or_never(gather('grammar.articles'))})\s*+)?$"
        )
        if gather("grammar.object_verbs")
        else None,
        period_bound=recache.compile(
            rf"(?<!\w)(?:{_alt_or_never(gather('grammar.period_bounds'))})\s*+$", re.IGNORECASE
        ),
        # (a word, or a mark, or a word after a mark: "&", ", with")
        chain_break=recache.compile(
            rf"(?:(?<!\w)(?=\w)|(?=\W))(?:{_alt_or_never(gather('grammar.legal_chain_breaks'))})(?!\w)"
        ),
        agent_gap=agent_gap,
        agent_lead=agent_lead,
        other_possessives=other_possessives,
        possessive_nouns=possessive_nouns,
        generic_gender=generic_gender,
        other_gap=other_gap,
        generic_name=generic_name,
        actor_after=actor_after,
        actor_after_verb=recache.compile(
            rf"\s*,\s*(?P<w>[^\W\d]+)\s+(?:(?P<b>{bodies})|(?P<g>{generic}))(?!\w)"
        ),
        # (a conjunction's letter perhaps glued before the link: "وفي")
        link_before=recache.compile(rf"(?<![^\W\d])[^\W\d]?(?:{actor_link})\s+$"),
        item_tail=item_tail,
        body_past_date=body_past_date,
        separator=separator,
        topic_gap=topic_gap,
        list_nouns=frozenset(fold(n) for n in _with_clitics("grammar.list_nouns", langs)),
        kind_noun=kind_noun,
        singled_out=(
            led(
                recache.compile(
                    rf"(?<!\w)(?:{alternation(gather('grammar.singled_out'))})\s*+[,،，]?\s*+"
                    rf"(?:(?:{articles})\s*+)?$",
                    re.IGNORECASE,
                )
            )
            if gather("grammar.singled_out")
            else None
        ),
        and_before=led(recache.compile(rf"(?:(?<!\w)|(?<=[{CJK}]))(?:{list_and})\s*+$", re.IGNORECASE)),
        date=recache.compile(date, re.IGNORECASE),
        unts=unts,
        unts_back=unts_back,
        unts_page=unts_page,
        kw_noun=kw_noun,
        ibid=ibid,
        ibid_words=recache.compile(alternation(gather("footnotes.ibid")), re.IGNORECASE),
        instrument=instrument,
        instrument_start=instrument_start,
        instrument_head=instrument_head,
        instrument_head_unsafe=instrument_head_unsafe,
        name_start=name_start,
        name_kinds=name_kinds,
        marker=marker,
        pin_before=pin_before,
        pin_bare=pin_bare,
        pin_construct=pin_construct,
        symbol_pin=symbol_pin,
        paren_pin=paren_pin,
        pin_hint=pin_hint,
        pin_link=led(recache.compile(rf"(?<!\w){pin_link}\s*$", re.IGNORECASE)),
        pin_glued=recache.compile(rf"{alternation(glued_links)}(?=\w)") if glued_links else None,
        # "A to D", "A à D", "A–D": a range of parts
        letter_range=recache.compile(rf"(?<=[A-Z])\s?{rng}\s?(?=[A-Z])"),
        range_tail=range_tail,
        # "第ES-10/2号至第ES-10/4号": the number marks stand around the range word
        range_gap=recache.compile(
            rf"\s*+(?:{suffix}\s*+)?{rng}\s*+(?:{prefix}\s*+)?" if suffix else rf"\s*{rng}\s*"
        ),
        elliptic_tail=elliptic_tail,
        short_list=recache.compile(
            rf"(?P<r0>(?:[-–]|\s*(?<![^\W\d_]){rng}\s*)\d{{1,5}}(?!(?![{CJK}])\w|/|\.\d)(?!\s+(?!{list_and}\b)[^\W\d_]))?"
            rf"(?P<rest>(?:(?:\s*,\s*|\s*(?<![^\W\d_]){list_and}\s*)"
            rf"\d{{1,5}}(?:(?:[-–]|\s*{rng}\s*)\d{{1,5}})?(?!(?![{CJK}])\w|/|\.\d)(?!\s+(?!{list_and}\b)[^\W\d_]))*)"
        ),
        final_and=final_and,
        element_range=element_range,
        # "A/C.3/71/L.9, L.10 and L.11", "A/50/630/Add.1, Add.2 and Add.3": more of the last element
        # (… or with the number mark between: "L.1至L.3号和L.5号"; and the number's prefix before
        # a member: "L.3号和第L.5号")
        element_list=recache.compile(
            rf"(?:(?:\s*[,\u3001]\s*|\s*(?<![^\W\d_])(?:{list_and})\s*"
            + (rf"|\s*+{suffix}\s*+(?:[,\u3001]|{list_and})\s*" if suffix else "")
            + ")"
            + (rf"(?:{prefix}\s*+)?" if prefix else "")
            + rf"[A-Z][A-Za-z]{{0,4}}\.\d{{1,4}}"
            # (a member may be revised or corrected: "L.3 and L.5/Rev.1")
            rf"(?:/(?:{NUMBERED_ELEMENTS})\.\d{{1,3}})*"
            rf"(?!(?![{CJK}])\w|/|\.\d))+"
        ),
        trailing_list=recache.compile(
            rf"(?:(?:\s*[,\u3001]\s*|\s*(?<![^\W\d_])(?:{list_and})\s*){_TRAILING_MEMBER})+"
        ),
        trailing_member=recache.compile(_TRAILING_MEMBER),
        # a member of a short-form list, and the range mark before it ("-7", "à 22", "至25")
        short_member=recache.compile(rf"(?P<range>[-–]|(?<![^\W\d_]){rng})?\s*(?P<n>\d{{1,5}})"),
        res_nouns=frozenset(fold(n) for n in res_nouns),
        dec_nouns=frozenset(fold(n) for n in dec_nouns),
        coded=coded_decisions(),
        # "of 8 March 2016 (", "du 3 mars 2021 (": introduced, so not a period's end
        # ("1 August 2012–31 July 2013 (") nor a meeting's dates ("Almaty, 28 and 29 August 2003 (")
        date_before=led(
            recache.compile(
                # (… or the list word before the next date: "… of 8 March 2016 (S/PRST/2016/3) and 9 May
                # 2017 (S/PRST/2017/6)" — not the days of a meeting: "Almaty, 28 and 29 August 2003
                # (A/CONF.202/3)")
                # (a list word after a year: "of 8 March 2016 and 15 May 2019 (S/PRST/2016/3 and …)")
                # (… or the comma after the bracket of the item before: "… (S/PRST/2001/31), 28 October
                # 2004 (S/PRST/2004/40) and …")
                rf"(?<!\w)(?:{date_intro}|(?:(?<!\d\s)|(?<=\d{{4}}\s))(?:{list_and})|(?<=\)),)\s+{date}"
                # (the bracket at a line's end or start, as a page's lines cut it: "… 2016 (⏎S/PRST/2016/3)")
                r"[ \t]*+(?:\n[ \t]*+)?(?:\([ \t]*+(?:\n[ \t]*+)?)?$",
                re.IGNORECASE,
            )
        ),
        date_far_link=(
            recache.compile(alternation(far_links), re.IGNORECASE)
            if far_links and not any(c.isdecimal() for w in far_links for c in w)
            else None
        ),
        date_far_before=(
            recache.compile(
                rf"{date}(?:\s*+,?\s*+(?:{alternation(far_links)})(?:(?<=[{CJK}])|(?!\w))"
                # (… or the sender named first, in a language that writes no spaces, then the
                # link: "2024年4月4日…常驻联合国代表给秘书长的信(")
                # (… a figure perhaps in the sender's name: "…第1718(2006)号决议所设委员会主席给")
                rf"|(?:[^\d()\n\s.{_NO_SENDER}]|{_COUNCIL_NUMBER}|{SENDER_FIGURE}){{1,30}}?"
                rf"(?:{_alt_or_never(gather('grammar.date_sender_link'))}))"
                # (… the words perhaps over lines, not over a paragraph's end, nor a sentence's in a
                # language that writes no spaces: its full stop is a dot after its last character)
                # (… and the Council's resolution that set up the committee whose chair wrote it:
                # "from the Chair of the Committee established pursuant to resolution 1718 (2006)")
                rf"(?:[^\d()\n;.\u3002\uff1b]|\.(?<![{CJK}]\.)|\n(?![ \t]*+\n)"
                rf"|{_COUNCIL_NUMBER}|{SENDER_FIGURE})"
                r"{0,200}\(\s*+$",
                re.IGNORECASE,
            )
            if far_links
            else None
        ),
        date_gap_before=date_gap_before,
        date_noun_before=(
            # … or no noun: "2016年3月8日（S/PRST/2016/3）和2017年5月9日（S/PRST/2017/6）的声明"
            # (a line's end may cut the noun, whose language writes no spaces: "的⏎声明")
            # (… or the title of the text adopted that day: "2016年9月19日通过的《…宣言》(")
            recache.compile(
                rf"{date}\s*+(?:{_line_cut_alternation(gather('grammar.date_noun'))}"
                rf"|(?:{_alt_or_never(gather('grammar.date_link'))})\s*+《[^》\n]{{1,200}}》"
                # (… or its title without quotes after the word that says it was adopted that day:
                # "2015年9月25日通过的2030年可持续发展议程(")
                rf"|(?:{_alt_or_never(gather('grammar.adopted_link'))})[^\s《》()，。；,;:：\u3001]{{1,30}})?"
                # (… or the symbol glued to the noun, no bracket: "主席2019年5月14日的声明S/PRST/2019/4")
                r"\s*+(?:\(\s*+)?$"
            )
            if gather("grammar.date_noun")
            else None
        ),
        pin_date=recache.compile(
            # (a line's end may stand anywhere in it: "ECOSOC Res. 1996/31, ¶⏎12 (July 25, 1996)";
            # a range of paragraphs: "¶¶ 138–139"; or the text's title in quotes, OSCOLA's "UNGA Res
            # 70/1 'Transforming our world' (25 September 2015)")
            rf"[ ]?,?\s?(?:(?P<pin>(?:{paras})\s?\d{{1,3}}(?:\s?[-\u2013\u2014]\s?\d{{1,3}})?)"
            rf"|[\u2018'\u201c\"][^\u2018\u2019'\u201c\u201d\"\n()]{{1,200}}[\u2019'\u201d\"]"
            # (… or in italics, the Bluebook's, after a comma: "G.A. Res. 217 (III) A, Universal
            # Declaration of Human Rights (Dec. 10, 1948)" — capitalised, no figure, no punctuation)
            rf"|(?<=,)[ ](?-i:[A-Z])[^\d()\[\],;.\n/\u2018\u2019'\u201c\u201d\"]{{2,150}}?)"
            rf"\s?\([ ]?{date}[ ]?\)",
            re.IGNORECASE,
        ),
        # (… or square brackets, as law-library copies write it: "A/RES/77/321 [1 September 2023]")
        paren_date=recache.compile(rf"[ ]?(?:(?P<sqb>\[)|\()[ ]?{date}[ ]?(?(sqb)\]|\))", re.IGNORECASE),
        # legal styles: "UNGA Res 66/290, 10 September 2012." — a date after a bare comma that
        # ends the clause
        comma_date=recache.compile(rf"[ ]?,[ ]?{date}(?=[ ]?[,;.)\]]|[ ]?$|[ ]?\n)", re.IGNORECASE),
        # the title in quotes (after the word that brings it in, perhaps), then the date with its
        # word: "62/208, entitled “…”, of 19 December 2007", "62/208 «…» от 19 декабря 2007 года"
        # (Arabic opens with "”" and closes with "“")
        relative_date=(
            recache.compile(
                rf"\s*+[,\u060c]?\s*+(?<!\w)(?i:{alternation(gather('grammar.relative_open'))})\s*+"
                + (
                    rf"(?:(?i:{alternation(gather('grammar.articles'))})\s*+)?"
                    if gather("grammar.articles")
                    else ""
                )
                + rf"(?:{bodies}|{generic})\s++"
                + rf"(?i:{alternation(gather('grammar.relative_adopted'))})\s++{date}"
            )
            if gather("grammar.relative_open") and gather("grammar.relative_adopted")
            else None
        ),
        date_all=(
            recache.compile(
                rf"(?<!\w)(?:{alternation(gather('grammar.date_intro_all'))})(?!\w)", re.IGNORECASE
            )
            if gather("grammar.date_intro_all")
            else None
        ),
        title_date=recache.compile(
            rf"\s*+[,\u060c]?\s*+(?:(?:{alternation(gather('titles.entitled'))})\s*+)?"
            rf"[\u201c\u201d\"\u00ab][^\u201c\u201d\"\u00ab\u00bb\n]{{1,300}}[\u201c\u201d\"\u00bb]"
            rf"\s*+[,\u060c]?\s*+(?<!\w)(?:{date_intro})\s++{date}",
            re.IGNORECASE,
        ),
        open_paren=open_paren,
        before_paren=before_paren,
        letter_names=letter_map,
        word_letter=word_letter,
        session_mark=recache.compile(
            rf"(?:(?P<es>{_alt_or_never(emergency)})|(?P<s>{_alt_or_never(special)})|{_alt_or_never(marks)})"
            rf"\s?(?P<n>\d{{1,2}})"
        )
        if all_marks
        else None,
        special_before=recache.compile(
            rf"(?:(?P<es>{_alt_or_never(emergency)})|(?P<s>{_alt_or_never(special)}))[ ]?$"
        )
        if special or emergency
        else None,
        post_noun=post_noun,
        bracket_rest=_bracket_rest(langs),
        other_org_after=recache.compile("|".join(other_after)) if other_after else None,
        other_org_before=recache.compile(rf"(?:{'|'.join(other_before)})$") if other_before else None,
        org_before_noun=led(recache.compile(rf"{_look_hoisted(org_noun)}$")) if org_noun else None,
        other_org_tail=recache.compile(
            rf"\s*+(?:,\s*+)?{prep}\s*+(?:{'|'.join(other_before)})(?P<body>{bodies})"
        )
        if other_before
        else None,
        pin_after=recache.compile("|".join(gather("grammar.pin_after")))
        if gather("grammar.pin_after")
        else None,
        within_title=led(recache.compile(rf"(?:{'|'.join(gather('grammar.within_title'))})\s*+$"))
        if gather("grammar.within_title")
        else None,
        within_title_after=recache.compile("|".join(gather("grammar.within_title_after")))
        if gather("grammar.within_title_after")
        else None,
        post_head=post_head,
        bare_and=bare_and,
        noun_and=noun_and,
        topic_and=topic_and,
        # (… before the first of several dates: "分别于2007年6月18日和2007年7月26日")
        body_joiner=recache.compile(body_joiner),
        respectively=recache.compile(
            rf"(?:{alternation(gather('grammar.respectively'))})\s*+(?:(?:{date_intro})\s*+)?"
            rf"(?:{any_date}\s*+(?:{list_and}|[,\u3001])\s*+){{0,{LIST_DATES_RESPECTIVE}}}"
            rf"(?:{_alt_or_never(gather('grammar.date_link'))})?$"
        )
        if gather("grammar.respectively")
        else None,
        date_list_end=date_list_end,
        bracket_joiner=recache.compile(
            rf"\s*+(?:[,;\u060c\u3001]\s*+(?:(?:{list_and})\s*+)?|(?:{list_and})\s*+)", re.IGNORECASE
        ),
        loose_number=loose_number,
        bare_date_end=with_words("grammar.bare_date_end", lambda w: rf"(?<!\w)(?:{w})$"),
        date_two=with_words("grammar.date_intro_two", lambda w: rf"(?<!\w)(?:{w})(?!\w)", re.IGNORECASE),
        # (… in a language written without spaces, between its characters: "…日分别通过的")
        respective_word=with_words(
            "grammar.respectively_after",
            lambda w: rf"(?:(?<!\w)|(?<=[{CJK}]))(?:{w})(?:(?!\w)|(?=[{CJK}]))",
            re.IGNORECASE,
        ),
        same_date=with_words("grammar.same_date", lambda w: rf"[ ]?,?\s*+(?:{w})(?!\w)", re.IGNORECASE),
    )


class CouncilNumber(Record):
    """Patterns for a Security Council resolution named by its number alone, read around a
    mention of the Council ("Security Council resolution 2240", "la résolution 2240 du Conseil
    de sécurité", "قرار مجلس الأمن 2240", "安全理事会第2240号决议"); a number with its year
    ("2240 (2015)") or a slash is another pattern's.  Each has the number in group ``n``."""

    after: re.Pattern[str]  # after the name: the noun, then the number
    marked: re.Pattern[str] | None  # after the name: a date maybe, then the marked number and the noun
    noun_before: re.Pattern[str]  # the noun right before the name (searched up to the name) …
    number_after: re.Pattern[str]  # … and the number right after it
    behind: re.Pattern[str]  # before the name: the noun, the number, a preposition (up to the name)
    # the next number of a list after one of them ("resolutions 2242, 2250 and 2493")
    more: re.Pattern[str] | None
    # in the Council's own texts, where its numbers need no name: the noun, then a number with or
    # without its year (group ``y``: "its resolutions 1267 (1999), 1989 and 2253 (2015)") …
    own: re.Pattern[str] | None
    # … the next number of such a list, with or without its year
    own_more: re.Pattern[str] | None
    # … and, where the noun follows, a marked number without its year before the list's noun
    # ("第1267(1999)号、第1989号和第2253(2015)号决议")
    own_marked: re.Pattern[str] | None
    # after the name: the noun, a number's mark, then the number ("IOM Council Resolution No. 1309")
    after_mark: re.Pattern[str] | None
    # before the name: the noun, a list of numbers, a preposition (up to the name; ``n`` the
    # first): "les résolutions 1325 et 1820 du Conseil de sécurité"
    behind_list: re.Pattern[str] | None
    # (… the Council's bare numbers before a number of a roman session, the list's last: "les
    # résolutions 2388 et 1542 (XV) du Conseil de sécurité")
    behind_roman: re.Pattern[str] | None
    # after the name, where the noun follows the marked numbers: the first of a list of them
    # ("安理会第1325号和第1820号决议") …
    marked_list: re.Pattern[str] | None
    # … and the next of that list
    marked_more: re.Pattern[str] | None
    # where the noun follows, a list of marked numbers, each with or without its year, up to the
    # noun ("第1325号和第1820(2008)号决议"): two numbers at least
    own_marked_run: re.Pattern[str] | None

    __slots__ = (
        "after",
        "after_mark",
        "behind",
        "behind_list",
        "behind_roman",
        "marked",
        "marked_list",
        "marked_more",
        "more",
        "noun_before",
        "number_after",
        "own",
        "own_marked",
        "own_marked_run",
        "own_more",
    )

    def __init__(
        self,
        after: re.Pattern[str],
        marked: re.Pattern[str] | None,
        noun_before: re.Pattern[str],
        number_after: re.Pattern[str],
        behind: re.Pattern[str],
        more: re.Pattern[str] | None = None,
        own: re.Pattern[str] | None = None,
        own_more: re.Pattern[str] | None = None,
        own_marked: re.Pattern[str] | None = None,
        after_mark: re.Pattern[str] | None = None,
        behind_list: re.Pattern[str] | None = None,
        behind_roman: re.Pattern[str] | None = None,
        marked_list: re.Pattern[str] | None = None,
        marked_more: re.Pattern[str] | None = None,
        own_marked_run: re.Pattern[str] | None = None,
    ) -> None:
        self.after = after
        self.after_mark = after_mark
        self.behind_list = behind_list
        self.behind_roman = behind_roman
        self.marked_list = marked_list
        self.marked_more = marked_more
        self.marked = marked
        self.noun_before = noun_before
        self.number_after = number_after
        self.behind = behind
        self.more = more
        self.own = own
        self.own_more = own_more
        self.own_marked = own_marked
        self.own_marked_run = own_marked_run


#: Most dates written after "respectively" before the one that opens a list's first number.
LIST_DATES_RESPECTIVE = 6


@functools.lru_cache(maxsize=16)
def adoption_dates(lang: str = "") -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The date of an adoption whose actor is named just before the noun of the text adopted:
    (the date right after the actor's name, matched there: "by the General Assembly on 13
    December 2006 in its resolution 61/106"; the date right before the name, searched in a
    stretch that ends at the name: "adopted on 13 December 2006 by the General Assembly",
    "принятую 13 декабря 2006 года Генеральной Ассамблеей")."""
    langs = lexicon.scope(lang)
    date = date_regex(langs)
    date_intro = alternation(lexicon.gather("grammar.date_intro", langs))
    link = alternation(lexicon.gather("grammar.actor_link", langs))
    articles = _alt_or_never(lexicon.gather("grammar.articles", langs))
    # (… glued to the name in scripts without spaces: "人权理事会于2023年10月6日通过其")
    after = recache.compile(
        rf"(?:\s*+,\s*+|\s++|(?<=[{CJK}]))(?:{date_intro}(?:\s++|(?<=[{CJK}])))?{date}", re.IGNORECASE
    )
    before = recache.compile(rf"{date}(?:\s*+,)?\s++(?:{link}\s++)?(?:{articles}\s*+)?$", re.IGNORECASE)
    return after, before


@functools.lru_cache(maxsize=16)
def adoption_noun_date(lang: str = "") -> re.Pattern[str]:
    """The noun of an adoption, its agent perhaps, then its date, set off before the text adopted
    ("the adoption, on 22 December 2023, of resolution …", "l'adoption par le Conseil, le 30 août
    2022, de la résolution …", "принятие 22 декабря 2023 года резолюции …") — searched in the
    stretch that ends at the text's noun: the date of that text's adoption."""
    langs = lexicon.scope(lang)
    nouns = _alt_or_never(lexicon.gather("grammar.adoption_nouns", langs))
    date_intro = alternation(lexicon.gather("grammar.date_intro", langs))
    of = _alt_or_never(lexicon.gather("grammar.agent_of", langs))
    articles = _alt_or_never(lexicon.gather("grammar.articles", langs))
    # (… or the participle of the adoption, its agent perhaps, then the date, right before the noun
    # it agrees with, no comma between: "принятую 25 сентября 2015 года резолюцию 70/1")
    participles = _alt_or_never(lexicon.gather("grammar.participles_before_noun", langs))
    # (… or the participle of a text's adoption, its agent perhaps, the date, then the word that
    # links the text adopted: "adopted on 13 September 2007 by resolution 61/295", "adopté par
    # l'Assemblée générale le 22 septembre 2014 dans la résolution 69/2", "aprobado el … en su
    # resolución …")
    adopted = _alt_or_never(lexicon.gather("grammar.adopted_clause", langs))
    link = _alt_or_never(lexicon.gather("grammar.actor_link", langs))
    possessive = _alt_or_never(lexicon.gather("grammar.possessive", langs))
    return led(
        recache.compile(
            # (the agent between: "by the Security Council," — words, no figure, no clause's end)
            rf"(?<!\w)(?:(?:{nouns})(?:\s++[^\d;:.()\[\]\n]{{1,80}}?)?\s*+,?\s*+(?:(?:{date_intro})\s++)?"
            rf"|(?P<participle>{participles})(?:\s++[^\d,;:.()\[\]\n]{{1,80}}?)?\s++"
            rf"|(?P<adopted>{adopted})(?:\s++[^\d,;:.()\[\]\n]{{1,80}}?)?\s++(?:(?:{date_intro})\s++)?){date_regex(langs)}"
            rf"(?(participle)\s++|(?(adopted)\s*+,?\s*+(?:{link})\s++(?:(?:{possessive}|{articles})\s*+)?"
            rf"|\s*+,?\s*+(?:(?:{of})\s*+)?(?:(?:{articles})\s*+)?))$",
            re.IGNORECASE,
        )
    )


@functools.lru_cache(maxsize=16)
def topic_date(lang: str = "") -> re.Pattern[str]:
    """A number's topic, then its date set off by a comma at the clause's end, matched right after
    the number's tail ("5/2 on the code of conduct for mandate holders, of 18 June 2007,", "5/2,
    sur le Code de conduite …, en date du 18 juin 2007,"): the topic holds no figure, slash or
    bracket (another number, a year of its own), no clause's end."""
    langs = lexicon.scope(lang)
    topic = _alt_or_never(lexicon.gather("grammar.topic_after", langs))
    list_and = _alt_or_never(lexicon.gather("grammar.list_and", langs))
    # (… no word in the topic that dates a noun of its own: "containing the Declaration of the
    # Conference held at Rio, on 14 June 1992" is the conference's date)
    inner = _alt_or_never(lexicon.gather("grammar.topic_inner_dated", langs))
    # (… "both of", "all of" too, which give the texts named before it that date)
    date_intro = alternation(
        lexicon.gather("grammar.date_intro_all", langs) + lexicon.gather("grammar.date_intro", langs)
    )
    return recache.compile(
        rf"\s*+,?\s*+(?:{topic})\s(?:(?!(?<!\w)(?:{inner})(?!\w))[^\d/;:.()\[\]\n]){{1,250}}?,\s*+"
        rf"(?P<intro>(?:{date_intro})\s++)?"
        # (… or the first of the dates of the topic list, one for each, "respectively")
        rf"{date_regex(langs)}(?=\s*+(?:[,;.:]|$)|\s++(?:{list_and})\s)",
        re.IGNORECASE,
    )


def _adoption_words(langs: tuple[str, ...]) -> tuple[str, str, str, str]:
    """The alternations a sentence of adoption is made of, in ``langs``: articles, the generic
    names of bodies ("the Assembly", "le Conseil"), the verbs of adoption and its manners."""
    languages = [lexicon.load().languages[c] for c in langs]
    articles = _alt_or_never(lexicon.gather("grammar.articles", langs))
    generic = _alt_or_never(
        list({n for lang_ in languages for ns in lang_.raw["generic"].values() for n in ns})
    )
    verbs = _alt_or_never(lexicon.gather("grammar.adoption_verbs", langs))
    manner = "|".join(f"(?:{m})" for m in lexicon.gather("grammar.adoption_manner", langs)) or "(?!)"
    return articles, generic, verbs, manner


@functools.lru_cache(maxsize=16)
def sentence_date(lang: str = "") -> re.Pattern[str]:
    """A sentence of adoption right before the text's noun, in either of its two orders — searched
    in the stretch that ends at the noun: the date of that text's adoption. The date opens the
    sentence, then the body that adopted, its verb and the manner perhaps ("On 14 December 2022,
    the Assembly adopted, without a vote, resolution …", "Le 14 décembre 2022, l'Assemblée a
    adopté la résolution …"); or the verb opens it, then the body and the date ("اعتمدت الجمعية
    العامة في 14 كانون الأول/ديسمبر 2022 القرار 77/163"): the group ``verb_first`` says which."""
    langs = lexicon.scope(lang)
    articles, generic, verbs, manner = _adoption_words(langs)
    # (… "and on" glued in one word where a language writes so: "وفي 22 …، اعتمد المجلس القرار"; the
    # verb before its subject where the language puts it there; a script's own comma; the number's
    # prefix after the verb, glued to it: "2023年12月22日，大会通过了第78/200号决议")
    date_intro = alternation(lexicon.gather("grammar.date_intro", langs))
    lead = alternation(
        lexicon.gather("grammar.sentence_date_lead", langs) + lexicon.gather("grammar.date_intro", langs)
    )
    actor = f"(?:{body_regex(lang).pattern}|{generic})"
    prefix = _alt_or_never(lexicon.gather("grammar.number_prefix", langs))
    # (… the sentence may be a clause after the word that opens it, and the meeting of the adoption
    # may stand before the date: "Recalling that, on 25 September 2015, the Assembly adopted …",
    # "À sa 45e séance plénière, le 3 décembre 1998, l'Assemblée générale a adopté …")
    clause = _alt_or_never(lexicon.gather("grammar.sentence_clause_open", langs))
    clause_led = _first_led(rf"(?<!\w)(?:{clause})")  # (its first letters before its look-behind)
    # (… or the session: "Rappelant qu'à sa soixante-dixième session, le 25 septembre 2015, elle a adopté …")
    meeting = (
        "|".join(
            f"(?:{m})"
            for m in lexicon.gather("grammar.meeting_clause", langs)
            + lexicon.gather("grammar.session_clause", langs)
        )
        or "(?!)"
    )
    # (… the subject a pronoun after the clause's opening word: "that, on …, it adopted …")
    pronoun = _alt_or_never(lexicon.gather("grammar.subject_pronouns", langs))
    # (… or the clause of the adoption follows the date, the body then its possessive's: "Noting that,
    # on 25 September 2015, in its resolution 70/1, the Assembly adopted …"; the stretch may end
    # before the possessive, which opens the number's phrase)
    link = _alt_or_never(lexicon.gather("grammar.actor_link", langs))
    possessive = _alt_or_never(lexicon.gather("grammar.possessive", langs))
    # (the manner after the verb, set off by commas or not: "a adopté sans vote la décision"; the
    # meeting after the body that follows its verb: "وفي …، اعتمدت الجمعية العامة، في جلستها 45، القرار")
    # one date group for both orders: what stands before it tells the order, and a conditional
    # picks the tail that order ends with (a verb first opens only after a Latin stop)
    return recache.compile(
        # (the stops in one look-behind, a CJK stop's group after it kept: one try less at most places)
        rf"(?:^|(?<=[.;:\n\u3002\uff1b])(?:(?<=[\u3002\uff1b])(?P<cjk_stop>))?+|{clause_led}(?:(?<=[\x27\u2019])|(?=[\s,]))(?P<clause>))\s*+(?:,\s*+)?"
        # (… a paragraph's number and its dash before the sentence, as Arabic reports number them:
        # "4 - اتخذت الجمعية العامة، في …، المقرر 76/527")
        rf"(?:\d{{1,3}}\s*+[-\u2013]\s++)?"
        rf"(?:(?:{meeting})\s*+,?\s*+)?"
        rf"(?:(?:{lead}(?:\s++|(?<=[{CJK}])))?|(?P<verb_first>(?(cjk_stop)(?!))(?:(?:{verbs})\s++(?:(?:{articles})\s*+)?{actor}"
        # (… or, in a clause, the verb after a pronoun, or alone where the language drops the
        # pronoun or glues it to the clause's word: "that it adopted on …", "que aprobó el …",
        # "أنها اعتمدت، في …، القرار")
        rf"|(?(clause)(?:(?:{pronoun})\s++)?(?:{verbs})|(?!)))"
        rf"\s*+[,\u060c]?\s*+(?:(?:{meeting})\s*+[,\u060c]?\s*+)?(?:(?:{date_intro})\s++)?)){date_regex(langs)}"
        rf"(?(verb_first)\s*+[,\u060c]?\s*+(?:(?:{manner})\s*+,?\s*+)?(?:(?:{articles})\s*+)?"
        rf"|(?:\s*+,?\s*+(?:{link})\s++(?:(?:{possessive})\s++)?"
        rf"|\s*+[,\u060c\uff0c]?\s*+(?:(?:{meeting})\s*+[,\u060c\uff0c]?\s*+)?(?:(?:{articles})\s*+)?"
        # (… in a clause, the subject left out where the language drops it: "que el 23 de
        # diciembre de 2022 aprobó la resolución …")
        rf"(?:(?:{actor}\s*+,?\s*+|(?:{pronoun})(?=\s)\s*+,?\s*+|(?(clause)|(?!)))(?:(?:{meeting})\s*+,?\s*+)?(?:(?:{manner})\s*+,?\s*+)?(?:{verbs})|(?:{verbs})\s++(?:(?:{articles})\s*+)?{actor}(?:\s*+,?\s*+(?:{meeting})(?:\s*+,)?)?)"
        rf"(?:\s*+,?\s*+(?:{manner})(?:\s*+,)?)?(?:\s*+,\s*+(?:{link})(?=\s))?(?:\s++|(?<=[{CJK}]))(?:(?:{articles})\s*+)?(?:{prefix})?))$",
        re.IGNORECASE,
    )


@functools.lru_cache(maxsize=16)
def coordinated_date(lang: str = "") -> re.Pattern[str]:
    """A second clause of an adoption joined to the first by its "and", its date set off after
    that word and its verb perhaps left out, right before the text's noun ("… adopted resolution
    48/9 and, on 11 October 2021, resolution 48/13", "et, le 11 octobre 2021, la résolution",
    "并于2021年10月11日通过了第48/13号决议") — searched in the stretch that ends at the noun: the
    date of that text's adoption.  The date may leave out its year, which a full date earlier in
    the same sentence then gives ("adopted on 8 October 2021 resolution 48/9 and, on 11 October,
    resolution 48/13"; groups of :func:`day_month_groups`, read by :func:`year_given_date`)."""
    langs = lexicon.scope(lang)
    joins = _alt_or_never(lexicon.gather("grammar.clause_and", langs))
    date_intro = alternation(lexicon.gather("grammar.date_intro", langs))
    articles, _generic, verbs, manner = _adoption_words(langs)
    prefix = _alt_or_never(lexicon.gather("grammar.number_prefix", langs))
    gap = rf"(?:\s*+[,\u060c\uff0c]\s*+|\s++|(?<=[{CJK}]))"
    return led(
        recache.compile(
            rf"(?:(?<!\w)|(?<=[{CJK}]))(?:{joins}){gap}(?:(?:{date_intro})(?:\s++|(?<=[{CJK}])))?"
            rf"(?:{date_regex(langs)}|{day_month_groups(langs)})"
            # (… the manner of the adoption perhaps set off there: "and, on 4 April, without a vote,")
            rf"(?:{gap}|\s*+[-\u2014\u2013]\s*+)(?:(?:{manner}){gap})?(?:(?:{verbs})(?:\s++|(?<=[{CJK}])))?(?:(?:{articles})\s*+)?(?:{prefix})?$",
            re.IGNORECASE,
        )
    )


@functools.lru_cache(maxsize=16)
def records_supplement(lang: str = "") -> re.Pattern[str] | None:
    """The General Assembly's Official Records named by their session and the number of their
    supplement, no symbol in brackets after it ("Official Records of the General Assembly,
    Seventy-sixth Session, Supplement No. 53, chap. V, resolution …"): group ``n`` the number,
    the last of the report's symbol (A/<session>/<n>); None where no language writes them so."""
    words = lexicon.gather("grammar.records_supplement", lexicon.scope(lang))
    if not words:
        return None
    return led(
        recache.compile(
            rf"(?:{'|'.join(f'(?:{w})' for w in words)})[ \t]*+(?P<n>\d{{1,3}})(?![\d(])(?![ \t]*+\()",
            re.IGNORECASE,
        )
    )


@functools.lru_cache(maxsize=16)
def dated_body_gap(lang: str = "") -> re.Pattern[str]:
    """In languages that write the date before the noun, the date between a body's name and the
    noun that opens its number ("人权理事会2019年3月22日决议(40/12)"): the body is the number's
    (never matches in the other languages)."""
    langs = tuple(
        c for c in lexicon.scope(lang) if lexicon.load().languages[c].raw["grammar"].get("noun_after")
    )
    if not langs:
        return recache.compile("(?!)")
    date_intro = _alt_or_never(lexicon.gather("grammar.date_intro", langs))
    link = _alt_or_never(lexicon.gather("grammar.date_link", langs))
    return recache.compile(rf"\s*+(?:(?:{date_intro})\s*+)?{date_regex(langs)}\s*+(?:(?:{link})\s*+)?")


@functools.lru_cache(maxsize=16)
def body_after_list_word(lang: str = "") -> re.Pattern[str]:
    """The list word, then a second body's name before its number, in a list that one noun opened
    with the first body's name between it and its number ("резолюции Генеральной Ассамблеи 74/143
    и Совета по правам человека 43/22"): matched in full over the stretch between the numbers."""
    langs = lexicon.scope(lang)
    prep = _alt_or_never([p for p in lexicon.gather("grammar.body_prep", langs) if p])
    list_and = _alt_or_never(lexicon.gather("grammar.list_and", langs))
    return recache.compile(
        # (the list word glued to the name in Arabic: "قراري الجمعية العامة 74/143 ومجلس حقوق الإنسان 43/22")
        rf"\s*+(?:,\s*+)?(?:{list_and})\s*+(?:(?:{prep})\s++)?(?P<body>{body_regex(lang).pattern})\s++"
    )


@functools.lru_cache(maxsize=1)
def date_before_body() -> re.Pattern[str] | None:
    """In languages that put the noun after the number, a date, then the name of the body that
    adopted the text, then the number's prefix, ending the stretch before the number
    ("2010年7月30日大会第64/293号决议"): the date of the text (the body's name stays where the
    body is read): None where no language writes so."""
    langs = tuple(
        c for c, lang_ in lexicon.load().languages.items() if lang_.raw["grammar"].get("noun_after")
    )
    if not langs:
        return None
    languages = [lexicon.load().languages[c] for c in langs]
    names = [n for lang_ in languages for ns in lang_.raw["bodies"].values() for n in ns]
    generic = [n for lang_ in languages for ns in lang_.raw["generic"].values() for n in ns]
    prefix = _alt_or_never(lexicon.gather("grammar.number_prefix", langs))
    link = _alt_or_never(lexicon.gather("grammar.date_link", langs))
    return recache.compile(
        rf"{date_regex(langs)}\s*+(?:(?:{link})\s*+)?(?:{alternation(names + generic)})\s*+(?:{prefix})?\s*+$"
    )


@functools.lru_cache(maxsize=16)
def author_lead(lang: str = "") -> re.Pattern[str]:
    """What stands before a body named as the author of a legal citation ("12 Human Rights
    Council, Res. 32/2", "; See Commission on Human Rights, resolution 2004/41"): the start of a
    line (its footnote number, a "see" word) or a semicolon between citations — searched in the
    stretch that ends at the name."""
    see = _alt_or_never(lexicon.gather("footnotes.see", lexicon.scope(lang)))
    return recache.compile(rf"(?:(?:^|\n)[ \t]*+(?:\d{{1,3}}[ \t.]*+)?|;[ \t]*+)(?:{see}[ \t]++)?$")


@functools.lru_cache(maxsize=16)
def periodical_before(lang: str = "") -> re.Pattern[str]:
    """A periodical's or a treaty series' short name ending right before a number, its number
    word between them allowed ("31 I.L.M. 818 (1992)", "T.I.A.S. No. 1970 (2011)"): the number is
    a page or an issue, no Security Council resolution — searched in the stretch that ends at
    the number."""
    langs = lexicon.scope(lang)
    names = alternation(lexicon.gather("footnotes.periodicals", langs))
    number = _alt_or_never(lexicon.gather("footnotes.number", langs))
    # (… and by their shape, any periodical or code: a volume, then abbreviated words, a full stop or
    # a section sign among them — "121 S. Ct. 1373 (2001)", "146 Cong. Rec. 1325 (2000)", "22
    # U.S.C. § 1973 (2011)" —, or an abbreviation and the number word — "H.R. Rep. No. 1540 (2004)")
    # (… or a page word: "RGDIP 2001, p. 1373 (2001)", "REDI, vol. 53, pág. 1373 (2001)")
    page = _alt_or_never(lexicon.gather("footnotes.page", langs))
    # (… or a volume's word: "Recueil des Traités, vol. 1325 (2000)")
    volume = _alt_or_never(lexicon.gather("footnotes.volume", langs))
    shaped = (
        r"(?<![\w.,/])\d{1,4}[ \t]+(?=[^\n]*?[.§])(?:[A-Z][\w'\u2019]*\.?[ \t]*+){1,5}(?:§{1,2}[ \t]*+)?"
        rf"|(?<![\w.])[A-Z][\w'\u2019]*\.[ \t]*+(?:{number})[ \t]*+"
        rf"|(?<![\w.])(?:{page}|{volume})[ \t]*+"
    )
    # (… a chamber's or a part's numeral between the name and the number: "Bull. civ. II, n° 1820";
    # in a script without spaces, glued to the word before: "回顾政府公报第1820(2008)号")
    return recache.compile(
        rf"(?:(?:(?<![\w.])|(?<=[{CJK}])){names}[ \t]*+(?:[IVX]{{1,4}},?[ \t]*+)?(?:{number}[ \t]*+)?"
        rf"|{shaped})$"
    )


def _any_case_pieces(phrases: list[str]) -> tuple[str, ...]:
    """Literal pieces one of which each phrase holds (its longest run without blanks, as written,
    in lower case and capitalised): the fast test before a pattern of the phrases is tried."""
    out: set[str] = set()
    for p in phrases:
        piece = max(p.split(), key=len)
        out.update((piece, piece.lower(), piece[:1].upper() + piece[1:]))
    return tuple(sorted(out))


@functools.lru_cache(maxsize=8)
def ibid_gate(lang: str = "") -> re.Pattern[str]:
    """The fast test of a footnote before its "Ibid."s and its pointers back are looked for:
    a literal piece of one of their words in any case ("ibid", "Id.", "cit.", "supra", "above"),
    written out case by case (a pattern of literals is searched far faster than one that
    ignores case)."""
    langs = lexicon.scope(lang)
    words = [
        *lexicon.gather("footnotes.ibid", langs),
        *lexicon.gather("footnotes.ibid_short", langs),
        *lexicon.gather("footnotes.note_back", langs),
        *lexicon.gather("footnotes.note_above", langs),
    ]
    pieces = {x for p in _any_case_pieces(words) for x in (p, p.upper())}
    return recache.compile("|".join(re.escape(p) for p in sorted(pieces, key=lambda p: (-len(p), p))))


@functools.lru_cache(maxsize=8)
def complement_before(lang: str = "") -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What makes a body's name a complement, not a subject: the word "of" and its article
    before it ("on the recommendation of the Human Rights Council", "du Conseil", "del Consejo"),
    searched to end at the name's start, and a form of the genitive that opens the name ("по
    рекомендации Совета по правам человека"), matched at its start."""
    langs = lexicon.scope(lang)
    links = lexicon.gather("grammar.complement_links", langs)
    heads = lexicon.gather("grammar.complement_heads", langs)
    return (
        recache.compile(rf"(?<!\w)(?i:{_alt_or_never(links)})(?:\s++|(?<=[\x27\u2019]))$"),
        recache.compile(rf"(?:{_alt_or_never(heads)})(?!\w)"),
    )


@functools.lru_cache(maxsize=8)
def ibid_short_lead(lang: str = "") -> tuple[frozenset[str], re.Pattern[str]]:
    """The short forms of legal styles ("Id.", "op. cit.", "Указ. соч."), and what may stand
    before one in its note for it to give the previous note's text: the note's number, then
    perhaps a word that sends the reader there ("See id.", "Cf. id."). Elsewhere in a note the
    short form is another's (the author's work: "Smith, op. cit."; the same note's text: "A/77/5;
    id., para. 4") or no short form at all (a web address ending "go.id.", "an id. card")."""
    langs = lexicon.scope(lang)
    short = frozenset(lexicon.gather("footnotes.ibid_short", langs))
    lead = [*lexicon.gather("footnotes.see", langs), *lexicon.gather("footnotes.ibid_lead", langs)]
    return short, recache.compile(
        rf"[\s\d\u00b9\u00b2\u00b3\u2070-\u2079.)*/\[\]]*+(?:(?i:{_alt_or_never(lead)})\s*+,?\s*+)?"
    )


@functools.lru_cache(maxsize=8)
def note_back(lang: str = "") -> tuple[tuple[str, ...], re.Pattern[str]] | None:
    """A footnote pointing back at an earlier note by its number ("supra note 12", "see note 12
    above", "op. cit., note 12", "见上文脚注12"), group ``note`` or ``note2``: the literal pieces
    one of which must stand in a note for it to hold one (the fast test), and the pattern. None:
    no such words."""
    langs = lexicon.scope(lang)
    back = lexicon.gather("footnotes.note_back", langs)
    words = lexicon.gather("footnotes.note_word", langs)
    above = lexicon.gather("footnotes.note_above", langs)
    # (… not the place of a word that takes an object: "note 1 above the line")
    place = lexicon.gather("footnotes.note_above_object", langs)
    if not back and not above:
        return None
    forms = [rf"(?:(?<!\w)|(?<=[{CJK}]))(?:{_alt_or_never(back)})\s*+(?P<note>\d{{1,3}})(?![\d/]|\.\d)"]
    if words and above:
        forms.append(
            rf"(?<!\w)(?:{alternation(words)})\s*+(?P<note2>\d{{1,3}})\s++(?:{alternation(above)})(?!\w)"
            rf"(?!\s++(?:{_alt_or_never(place)})(?!\w))"
        )
    return _any_case_pieces(back + above), recache.compile("|".join(forms), re.IGNORECASE)


#: where a whole word starts — but Chinese and Arabic write words without spaces (the look-behind
#: that opens patterns that look for a word anywhere in a text)
WORD_START = rf"(?:(?<!\w)|(?<=[{CJK}]))"


@functools.cache
def _word_split(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """``pattern`` without its opening :data:`WORD_START`, and that look-behind alone; None for
    a pattern that does not open with it."""
    if not pattern.pattern.startswith(WORD_START):
        return None
    return (
        recache.compile(pattern.pattern[len(WORD_START) :], pattern.flags),
        recache.compile(WORD_START, pattern.flags),
    )


def finditer_words(pattern: re.Pattern[str], text: str, pos: int = 0) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, pos)`` — the same matches — for a pattern that opens with
    :data:`WORD_START`: the rest of it searched (a look-behind first is tried at every
    character, its first letters are found at once) and its matches kept where a word starts."""
    split = _word_split(pattern)
    if split is None:
        yield from pattern.finditer(text, pos)
        return
    rest, start = split
    while (m := rest.search(text, pos)) is not None:
        if start.match(text, m.start()) is None:
            pos = m.start() + 1
            continue
        yield m
        pos = m.end() if m.end() > m.start() else m.start() + 1


@functools.lru_cache(maxsize=16)
def council_number(lang: str = "") -> CouncilNumber:
    """:class:`CouncilNumber` for the languages looked for in a text of ``lang``."""
    langs = lexicon.scope(lang)
    noun = trie_regex(lexicon.gather("nouns.resolution", langs), either_case=True)
    prep = alternation([p for p in lexicon.gather("grammar.body_prep", langs) if p])
    list_and = alternation(lexicon.gather("grammar.list_and", langs))
    # not followed by a slash, a decimal, or a year or session in brackets ("2240 (2015)")
    # (… a full stop may end its sentence: "… adopted resolution 2397.", not a decimal's "2397.5")
    alone = r"(?![\d/]|\.\d|\s?[(\[]\s?(?:\d{4}|[IVXLC]{1,7})\s?[)\]])"
    year = r"\s*+[(\[]\s?\d{4}\s?[)\]]"  # "2240 (2015)" (on two lines, too: "2240 ⏎(2015)")
    sp = r"(?:[^\S\n]|\n(?![^\S\n]*+\n))++"  # blanks, no empty line among them
    sp0 = r"(?:[^\S\n]|\n(?![^\S\n]*+\n))*+"
    after_year = r"(?![\w/])"
    alone_or_year = r"(?![\d/.]|\s*+[(\[])(?!(?![{CJK}])\w)".replace("{CJK}", CJK)
    word = WORD_START
    any_date = unnamed(date_regex(langs))  # a date, its groups unnamed
    prefix = lexicon.gather("grammar.number_prefix", langs)
    suffix = lexicon.gather("grammar.number_suffix", langs)
    # the number word that may stand before the number ("резолюция СБ ООН № 1973")
    marks = alternation(lexicon.gather("footnotes.number", langs))
    no = rf"(?:(?:{marks or '(?!)'})\s*+)?"
    date_link = _alt_or_never(lexicon.gather("grammar.date_link", langs))
    return CouncilNumber(
        # (… a number's mark perhaps before it: "Security Council resolution No. 2334")
        after=recache.compile(rf"\s+{noun}\s+{no}(?P<n>\d{{1,4}}){alone}"),
        # "安全理事会2015年10月9日第2240号决议": a date may stand before the number, its link
        # perhaps after it ("安全理事会2015年12月18日通过的第2254号决议")
        marked=recache.compile(
            rf"\s*+(?:{any_date}\s*+(?:{date_link}\s*+)?)?(?:{alternation(prefix)})\s*+(?P<n>\d{{1,4}})\s*+"
            rf"(?:{alternation(suffix)})\s*+{noun}"
        )
        if prefix and suffix
        else None,
        # (… or its preposition: "las resoluciones del Consejo de Seguridad 2242 y 2493")
        noun_before=led(recache.compile(rf"{word}{noun}\s+(?:(?:{prep})\s*+)?$")),
        number_after=recache.compile(rf"\s+{no}(?P<n>\d{{1,4}}){alone}"),
        behind=led(recache.compile(rf"{word}{noun}\s+{no}(?P<n>\d{{1,4}}){alone}\s+(?:(?:{prep})\s*+)?$")),
        more=recache.compile(
            rf"(?:\s*+,\s*+(?:(?:{list_and})\s++)?|\s++(?:{list_and})\s++){no}(?P<n>\d{{3,4}}){alone}"
        ),
        # (blanks of one line break at most: a list does not go on into the next paragraph)
        own=recache.compile(
            rf"{word}{noun}{sp}{no}(?P<n>\d{{1,4}})(?:(?P<y>{year}){after_year}|{alone_or_year})"
        ),
        own_more=recache.compile(
            rf"(?:{sp0},{sp0}(?:(?:{list_and}){sp})?|{sp}(?:{list_and}){sp})(?P<n>\d{{1,4}})"
            rf"(?:(?P<y>{year}){after_year}|{alone_or_year})"
        ),
        own_marked=recache.compile(
            rf"(?<![\d/]){alternation(prefix)}\s*+(?P<n>\d{{1,4}})\s*+{alternation(suffix)}"
            rf"(?=(?:\s*+(?:{list_and}|,)\s*+{alternation(prefix)}\s*+\d{{1,4}}\s*+(?:{year})?\s*+"
            rf"{alternation(suffix)})*+\s*+{noun})"
        )
        if prefix and suffix
        else None,
        after_mark=recache.compile(rf"\s+{noun}\s+(?:{marks})\s*+(?P<n>\d{{1,4}}){alone}") if marks else None,
        behind_list=led(
            recache.compile(
                rf"{word}{noun}\s+{no}(?P<n>\d{{3,4}}){alone}"
                rf"(?:(?:\s*+,\s*+(?:(?:{list_and})\s++)?|\s++(?:{list_and})\s++){no}\d{{3,4}}{alone})++"
                rf"\s+(?:(?:{prep})\s*+)?$"
            )
        ),
        behind_roman=led(
            recache.compile(
                rf"{word}{noun}\s+{no}(?P<n>\d{{3,4}}){alone}"
                rf"(?:(?:\s*+,\s*+(?:(?:{list_and})\s++)?|\s++(?:{list_and})\s++){no}\d{{3,4}}{alone})*+"
                rf"(?:\s*+,\s*+(?:(?:{list_and})\s++)?|\s++(?:{list_and})\s++)"
                rf"\d{{1,4}}\s?(?:[A-H]\s)?\((?:S-|ES-)?[IVXL]{{1,7}}\)\s+(?:(?:{prep})\s*+)?$"
            )
        ),
        marked_list=recache.compile(
            rf"\s*+(?:{alternation(prefix)})\s*+(?P<n>\d{{3,4}})\s*+(?:{alternation(suffix)})"
            rf"(?=(?:\s*+(?:{list_and}|,)\s*+(?:{alternation(prefix)})\s*+\d{{3,4}}\s*+"
            rf"(?:{alternation(suffix)}))++\s*+{noun})"
        )
        if prefix and suffix
        else None,
        marked_more=recache.compile(
            rf"\s*+(?:{list_and}|,)\s*+(?:{alternation(prefix)})\s*+(?P<n>\d{{3,4}})\s*+(?:{alternation(suffix)})"
        )
        if prefix and suffix
        else None,
        own_marked_run=led(
            recache.compile(
                rf"(?<![\d/]){alternation(prefix)}\s*+\d{{1,4}}(?:{year})?\s*+{alternation(suffix)}"
                rf"(?:\s*+(?:{list_and}|,)\s*+{alternation(prefix)}\s*+\d{{1,4}}(?:{year})?\s*+"
                rf"{alternation(suffix)})++\s*+{noun}"
            )
        )
        if prefix and suffix
        else None,
    )


@functools.lru_cache(maxsize=16)
def treaty_acronyms(lang: str = "") -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]] | None:
    """The short names that are a treaty's and its treaty body's alike ("CEDAW", "CRC": the
    Convention and its Committee), each a treaty's only after the words of a party's or of a
    ratification's ("States parties to CEDAW", "ratifier la CEDEF"), a list of them perhaps ("to
    ratify CAT and the CRC"): a pattern of those words and the names (group ``names``), a pattern
    of a name, and the instrument key of each name.  None: no such names."""
    langs = lexicon.scope(lang)
    lex = lexicon.load()
    keys = {
        name: key
        for code in langs
        for key, names in lex.languages[code].raw.get("treaty_acronyms", {}).items()
        for name in names
    }
    leads = lexicon.gather("grammar.party_leads", langs)
    if not keys or not leads:
        return None
    # (… and the preposition joined to its article in a list's next item: "et au CDE", "y a la CDN")
    articles = lexicon.gather("grammar.articles", langs) + lexicon.gather("grammar.party_articles", langs)
    article = rf"(?:(?i:{alternation(articles)})(?:\s++|(?<=\x27)))?" if articles else ""
    # (… not the Committee's where a word of the Committee's or of a part follows: "the CEDAW
    # Committee", "CRC general comment No. 25", "CEDAW's Optional Protocol")
    followers = lexicon.gather("grammar.treaty_acronym_followers", langs)
    not_followed = rf"(?![ \t]*+(?i:{alternation(followers)})(?!\w))" if followers else ""
    name = rf"(?<!\w){alternation(list(keys))}(?![\w/.-]){not_followed}"
    joint = rf"(?:\s*+,\s*+(?:(?:{alternation(lexicon.gather('grammar.list_and', langs))})\s++)?"
    joint += rf"|\s++(?:{alternation(lexicon.gather('grammar.list_and', langs))})\s++)"
    return (
        # (led: the pattern opens with a look-behind, which a scan of the text tries at every character)
        led(
            recache.compile(
                rf"(?<!\w)(?i:{alternation(leads)})\s++(?P<names>{article}{name}(?:{joint}{article}{name})*+)"
            )
        ),
        recache.compile(name),
        keys,
    )


@functools.lru_cache(maxsize=1)
def coded_decisions() -> re.Pattern[str]:
    """Decisions numbered with their conference's code, ``decision_codes.csv``: "1/CP.21",
    "2/CMA.3", and as typed in drafts, "2.CMA/3", "6/CMA,4", "2/CMA 3", "6/CMA4"."""
    return recache.compile(
        # glued to the characters around it in Chinese ("第1/CP.21号决定")
        # … or after the dash of a range ("26/CMP.1–28/CMP.1")
        rf"(?:(?<![\w/.-])|(?<=[{CJK}])|(?<=\.\d-)|(?<=\.\d\d-))"
        rf"(?P<n>\d{{1,3}})[ \t]?[./][ \t]?{_code_and_session()}"
    )


def _code_and_session() -> str:
    """A coded decision after its number and slash: the conference's code and its session, as
    typed in drafts too ("CP.21", "CMA,4", "CMA 3", "CMA4"; :func:`coded_decisions`,
    :func:`unnumbered_coded`)."""
    codes = alternation(list(lexicon.decision_codes().codes))
    return (
        rf"(?P<code>{codes})(?:[ \t]?[.,/-][ \t]?|[ \t])?"
        rf"(?P<session>\d{{1,2}})(?![\d/]|\.\d|(?![{CJK}{SUPERSCRIPTS}])[^\W\d_])"
    )


#: the dashes a report prints for the number of a decision not yet numbered ("decision -/CP.28")
NUMBER_DASHES = "-\u2013\u2014"


@functools.lru_cache(maxsize=1)
def unnumbered_coded() -> re.Pattern[str]:
    """A coded decision whose number is a dash, as a conference's report prints a decision not
    yet numbered ("decision -/CP.28", "-/CMA.5"), matched at its dash."""
    return recache.compile(rf"[{NUMBER_DASHES}][ \t]?/[ \t]?{_code_and_session()}")


@functools.lru_cache(maxsize=1)
def coded_resolutions() -> re.Pattern[str] | None:
    """Resolutions numbered with their body's code before the session, ``resolution_codes.csv``:
    "WHA58.3", glued to the characters around it in Chinese ("世界卫生大会WHA72.4号决议"),
    Arabic "ج ص ع58-3"."""
    codes = list(lexicon.resolution_codes())
    if not codes:
        return None
    return recache.compile(
        rf"(?:(?<![\w/.-])|(?<=[{CJK}]))(?P<code>{alternation(codes)})[ \t]?"
        rf"(?P<session>\d{{1,3}})[.-](?P<n>\d{{1,3}})(?![\d/]|[.-]\d)"
    )


#: what each placeholder of ``numbering_shapes.csv`` stands for (a number, a session …)
_SHAPE_SLOTS = {
    "session": r"(?P<session>\d{1,3})",
    "n": r"(?P<n>\d{1,4})",
    "roman": r"[IVXLCDM]{1,9}",
    # a small Roman figure, of I, V and X alone (a conference's, "XIV.17"): "L.11" is a draft's
    "small_roman": r"[IVX]{1,6}",
    "year": r"(?:19|20)\d\d",
    "yy": r"\d\d",
    "letter": r"[A-Z]",
    "letters": r"[A-Z]{2,6}",
    # a place named in a revision's mark ("Rev. Dubai, 2018"): up to three words, the first a capital's
    "place": r"[A-Z][\w'\u2019.-]*(?:[ \t][^\W\d_][\w'\u2019.-]*){0,2}",
}
_SHAPE_SLOT = recache.compile(r"\{(\w+)\}")
_SLOT_AT_END = recache.compile(r"\{(\w+)\}$")
#: … and how many characters it holds at most
_SLOT_WIDTHS = {
    "session": 3,
    "n": 4,
    "roman": 9,
    "small_roman": 6,
    "year": 4,
    "yy": 2,
    "letter": 1,
    "letters": 6,
    "place": 40,
}
#: … and the characters it ends with
_SLOT_LAST = {
    "session": r"\d",
    "n": r"\d",
    "roman": "[IVXLCDM]",
    "small_roman": "[IVX]",
    "year": r"\d",
    "yy": r"\d",
    "letter": "[A-Z]",
    "letters": "[A-Z]",
    "place": r"[\w.]",
}
#: A shape that is a mark and a number alone ("No. {n}", "رقم {n}"); matched at a shape's start, one
#: that opens with them ("No. {n} ({roman})")
_BARE_SHAPE = recache.compile(r"[^{}\s]+ \{n\}")
#: what a mention of a shape is not followed by (a word or number going on, a symbol's next part)
_SHAPE_END = r"(?![0-9A-Za-z]|/\w|\.\d)"


def _slot_before(head: str) -> tuple[str, bool] | None:
    """What ends a shape's ``head`` up to its scan word: the characters the placeholder ending
    it ends with, and whether a blank follows it (a blank of a shape is one blank or none);
    None when it ends with a noun, or is empty."""
    blank = head.endswith(" ")
    slot = _SLOT_AT_END.search(head[:-1] if blank else head)
    if slot is None or slot.group(1) not in _SLOT_LAST:
        return None
    return _SLOT_LAST[slot.group(1)], blank


def _lead_before(head: str) -> re.Pattern[str] | None:
    """What the character before a shape's scan word is (:func:`_slot_before`): the last of a
    placeholder ending ``head``, or a blank after one; None when nothing is known of it."""
    slot = _slot_before(head)
    if slot is None:
        return None
    last, blank = slot
    return recache.compile(f"[ \t]|{last}" if blank else last)


def _one_mark_behind(shape: str, scan: str) -> str:
    """Where a shape's scan of one mark stands ("/" of "{n}/{roman}"), as lookbehinds of the fast
    scan: after the character a placeholder ends with, or a blank after it (two lookbehinds of
    fixed width) — the mark alone would stop at every slash or bracket."""
    last, blank = _slot_before(shape[: shape.find(scan)]) or ("", False)
    mark = re.escape(scan)
    return f"(?:(?<={last}[ \t]{mark})|(?<={last}{mark}))" if blank else f"(?<={last}{mark})"


def _shape_rest(shape: str, scan: str, noun: str) -> str:
    """The rest of a shape after its ``scan`` characters, as the shape's pattern reads it (with no
    group: one fast scan holds many shapes), for a lookahead of the fast scan ("{n} ({roman})" of
    "No. {n} ({roman})"); empty when the scan is written more than once in the shape."""
    if shape.count(scan) != 1:
        return ""
    rest, at, parts = shape[shape.find(scan) + len(scan) :], 0, []
    for m in _SHAPE_SLOT.finditer(rest):
        slot = noun if m.group(1) == "noun" else _SHAPE_SLOTS[m.group(1)]
        parts += [_written(rest[at : m.start()], []), slot]
        at = m.end()
    parts.append(_written(rest[at:], []))
    return unnamed("".join(parts)) + _SHAPE_END


class NumberShape(Record):
    """One row of ``numbering_shapes.csv``: its pattern (the mention is its group ``m``), the
    pattern of one more of a list after a mention ("…, 41 C/13 and 41 C/15"), body, kind, the
    shape as written and the characters of it that a fast scan looks for (its ``scan``: two at
    least, written in the shape, or one mark right after a placeholder)."""

    pattern: re.Pattern[str]
    more: re.Pattern[str]
    body: str
    kind: str
    shape: str
    literal: str
    reach: int  # characters the mention may open with before its ``scan`` characters
    #: the characters written right before and right after its ``scan`` characters (in the same
    #: word of the shape): where they are not, no mention of the shape holds the scan characters
    #: there ("A/C.3/72/L.5" has "C." but not the "G" of "GC.{session}/{n}")
    before: str
    after: str
    #: what the character before that word is (the last of a placeholder, or a blank after
    #: one: "\\d" before "C/" of "{session} C/{n}"), matched there; None when nothing is known
    #: of it (the shape opens with the word, or a noun ends before it)
    lead: re.Pattern[str] | None
    #: the rest of the shape after its scan characters (:func:`_shape_rest`), and for a ``scan``
    #: of one mark, where it stands (:func:`_one_mark_behind`): lookarounds of the fast scan
    ahead: str
    behind: str
    #: the noun a shape opens with ("{noun} {n}/{roman}", "{conclusion} No. {n} ({roman})"), as
    #: its pattern reads it: a match holds it whole before the scan characters, so where it is
    #: not written in the ``reach`` before them the pattern need not be tried; None when the shape
    #: opens with no noun (or with ``{listed}``: a list's joint may stand in its place)
    opener: re.Pattern[str] | None
    #: a shape of a mark and a number alone ("No. {n}", "رقم {n}"): the body's only where a noun
    #: stands before it and its body is named after it
    bare: bool
    #: a shape that several bodies write ("{noun} {session}.{n}"): a mention of it is read only
    #: where the words after it name a body
    shared: bool
    #: for a shape that opens with its noun, the shape without it (the mention alone, its group
    #: ``m``), how far before its scan characters that may start, and the noun ending where a
    #: search of it stops: the words between the noun and the number are read apart
    #: ("резолюция Ассамблеи ИМО A.1110(30)", "заключения Исполнительного комитета № 108 (LIX)")
    core: re.Pattern[str] | None
    core_reach: int
    noun_end: re.Pattern[str] | None
    #: for a shape that ends with its noun (a language that writes it after the number), an
    #: earlier member of a list the noun ends: the shape without its noun, then the list's joint,
    #: ending where it is searched ("第99(LV)号和" before "第102(LVI)号结论")
    earlier: re.Pattern[str] | None

    __slots__ = (
        "after",
        "ahead",
        "bare",
        "before",
        "behind",
        "body",
        "core",
        "core_reach",
        "earlier",
        "kind",
        "lead",
        "literal",
        "more",
        "noun_end",
        "opener",
        "pattern",
        "reach",
        "shape",
        "shared",
    )

    def __init__(
        self,
        pattern: re.Pattern[str],
        more: re.Pattern[str],
        rows: tuple[str, str, str],
        literal: str,
        reach: int,
        around: tuple[str, str] = ("", ""),
        lead: re.Pattern[str] | None = None,
        looks: tuple[str, str] = ("", ""),
        opener: re.Pattern[str] | None = None,
        shared: bool = False,
        apart: tuple[re.Pattern[str] | None, int, re.Pattern[str] | None] = (None, 0, None),
        earlier: re.Pattern[str] | None = None,
    ) -> None:
        self.earlier = earlier
        self.shared = shared
        self.core, self.core_reach, self.noun_end = apart
        self.ahead, self.behind = looks
        self.opener = opener
        self.bare = _BARE_SHAPE.fullmatch(rows[2]) is not None
        self.pattern = pattern
        self.more = more
        self.body, self.kind, self.shape = rows
        self.literal = literal
        self.reach = reach
        self.before, self.after = around
        self.lead = lead


def _written(part: str, literals: list[str]) -> str:
    """The characters of a shape as written: each blank one blank or none."""
    literals.extend(w for w in part.split(" ") if w)
    return "[ \t]?".join(re.escape(w) for w in part.split(" "))


#: the marks a shape's ``scan`` is searched by: a fast search for the mark, the characters
#: written before and after it checked around it
_SCAN_MARKS = "./-("


class ShapeScan(Record):
    """The fast scans for the shapes of ``numbering_shapes.csv``: one pattern for each mark
    (or first character, for a ``scan`` without a mark: "EB"), each opening with it — a fast
    search — then the characters of each ``scan`` around it; with each pattern, its ``scan``
    characters and where the mark stands in them; and the shapes of each ``scan``."""

    patterns: tuple[tuple[re.Pattern[str], tuple[tuple[str, int], ...]], ...]
    by_scan: dict[str, tuple[NumberShape, ...]]

    __slots__ = ("by_scan", "patterns")

    def __init__(
        self,
        patterns: tuple[tuple[re.Pattern[str], tuple[tuple[str, int], ...]], ...],
        by_scan: dict[str, tuple[NumberShape, ...]],
    ) -> None:
        self.patterns = patterns
        self.by_scan = by_scan


def _scan_looks(key: str, k: int, shapes: list[NumberShape]) -> str:
    """The lookarounds of a fast scan's mark (at ``k`` of ``key``): the key's characters around it
    and, where every shape of the key knows it, the rest of one of them after it; a key of one
    mark, where its shapes' placeholders let it stand."""
    if len(key) == 1:
        return "|".join(f"{sh.behind}(?={sh.ahead})" for sh in shapes)
    behind = f"(?<={re.escape(key[: k + 1])})" if k else ""
    if all(sh.ahead for sh in shapes):
        return f"{behind}(?={re.escape(key[k + 1 :])}(?:{'|'.join(sh.ahead for sh in shapes)}))"
    return behind + (f"(?={re.escape(key[k + 1 :])})" if key[k + 1 :] else "")


def _rare_at(key: str) -> int:
    """Where the fast scan of a ``scan`` without a mark looks: at its first character that is no
    small Latin letter ("°" of "n°": a small letter stands everywhere in a text), else its first."""
    return next((j for j, c in enumerate(key) if not _small_latin(c)), 0)


def _small_latin(c: str) -> bool:
    return "a" <= c <= "z"


@functools.lru_cache(maxsize=1)
def shape_scan() -> ShapeScan:
    """:class:`ShapeScan` of the shapes of ``numbering_shapes.csv``."""
    by_scan: dict[str, list[NumberShape]] = {}
    for sh in number_shapes():
        by_scan.setdefault(sh.literal, []).append(sh)
    by_mark: dict[str, list[tuple[str, int]]] = {}
    for key in sorted(by_scan):
        k = min((key.find(c) for c in _SCAN_MARKS if c in key), default=_rare_at(key))
        by_mark.setdefault(key[k], []).append((key, k))
    scans = []
    for mark, keys in sorted(by_mark.items()):
        if len(keys) == 1 and keys[0][1] == 0 and _small_latin(mark):
            # (one key opening with a small letter, which stands everywhere: the whole key is the
            # fast search, "no" not "n"; a search for two characters or more is slower where the
            # first is rare: "EB" is searched as "E")
            key = keys[0][0]
            looks = _scan_looks(key, 0, by_scan[key])
            opens = f"(?={re.escape(key[1:])}"
            if looks.startswith(opens):
                scans.append((recache.compile(f"{re.escape(key)}(?={looks[len(opens) :]}"), tuple(keys)))
                continue
        alts = [_scan_looks(key, k, by_scan[key]) for key, k in keys]
        scans.append((recache.compile(f"{re.escape(mark)}(?:{'|'.join(alts)})"), tuple(keys)))
    return ShapeScan(tuple(scans), {k: tuple(v) for k, v in by_scan.items()})


def _list_joint() -> str:
    """What stands between two members of a list of numbers: a comma (perhaps with "and"), or
    "and" alone, in any language."""
    words = lexicon.gather("grammar.list_and")
    joins = alternation(words)
    # (… a script that writes no spaces glues its list word to the numbers: "A.1117(30)和A.1142(31)")
    glued = [w for w in words if w and all(map(is_cjk, w))]
    unspaced = f"|[ \t]*+(?:{alternation(glued)})[ \t]*+" if glued else ""
    return rf"(?:[ \t]*+[,\u3001\u060c][ \t]*+(?:{joins}[ \t]++)?|[ \t]++{joins}[ \t]*+{unspaced})"


@functools.lru_cache(maxsize=1)
def coded_resolutions_more() -> re.Pattern[str] | None:
    """One more of a list after a resolution numbered with its body's code, with the code or
    without ("WHA72.4 and WHA73.1", "World Health Assembly resolutions 72.4 and 73.1")."""
    codes = list(lexicon.resolution_codes())
    if not codes:
        return None
    prefix = _alt_or_never(gather_all("grammar.number_prefix"))
    return recache.compile(
        rf"{_list_joint()}{prefix}?(?P<code>{alternation(codes)})?[ \t]?"
        rf"(?P<session>\d{{1,3}})[.-](?P<n>\d{{1,3}})(?![\d/]|[.-]\d)"
    )


@functools.lru_cache(maxsize=1)
def list_word_first() -> re.Pattern[str]:
    """A list's joining word at the start of a text's noun, glued to it or not ("وقراره", "and its
    resolution"): the noun then opens another item, whose date is not the one before it."""
    return recache.compile(
        rf"(?:{alternation(sorted(set(lexicon.gather('grammar.list_and')), key=_longest_first))})"
    )


@functools.lru_cache(maxsize=16)
def sent_noun_at_date(langs: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A noun of a text that is sent or submitted, never adopted ("letter", "rapport", "的信"),
    whose date this is: written just before the date's words ("the letter of 27 July 2015 (") —
    the first pattern, searched before the date — or, in languages that put the noun after the
    date, just before the bracket ("2015年7月27日的信（") — the second, searched in the date's
    stretch."""
    nouns = lexicon.gather("grammar.sent_nouns", langs)
    if not nouns:
        return None
    alt = alternation(sorted(set(nouns), key=_longest_first))
    return (
        recache.compile(rf"(?<![^\W\d_])(?:{alt})[ \t]+$", re.IGNORECASE),
        recache.compile(rf"(?:{alt})\s*+\(\s*+$", re.IGNORECASE),
    )


@functools.lru_cache(maxsize=1)
def coded_then_number() -> re.Pattern[str]:
    """A number of the series of ids.md that goes on with a list after a resolution numbered
    with its body's code ("resolutions WHA72.4 and 70/1"): a session or year, a slash, a
    number, and nothing a symbol or another number goes on with."""
    prefix = _alt_or_never(gather_all("grammar.number_prefix"))
    return recache.compile(rf"{_list_joint()}{prefix}?(?P<a>\d{{1,4}})/(?P<n>\d{{1,4}})(?![\w/]|[.-]\d)")


@functools.lru_cache(maxsize=1)
def number_shapes() -> tuple[NumberShape, ...]:
    """:func:`_number_shapes`, kept between runs (:func:`_kept_table`)."""
    return _kept_table("number-shapes", _number_shapes, (NumberShape,))


def _number_shapes() -> tuple[NumberShape, ...]:
    """The shapes in which bodies outside the series of ids.md number their texts, from
    ``numbering_shapes.csv`` ("41 C/12", "39 C/Resolution 4", "EB146.R12", "GC(65)/RES/11",
    "AG/RES. 2941 (XLIX-O/19)"): each read whole, as one mention. A blank of the shape is one
    blank or none; ``{noun}`` is a noun of any language (or a number's prefix, "第"); a shape
    that opens with it is read only after the noun, which is not part of the mention; one that
    opens with ``{listed}`` after the noun too, or after a list's joint that follows a number
    ("decisions BC-15/4, RC-11/3 and SC-10/2"): never alone ("SC-10/2 product code")."""
    nouns = gather_all("nouns.resolution") + gather_all("nouns.decision")
    prefix = _alt_or_never(gather_all("grammar.number_prefix"))
    noun = rf"(?:(?i:{alternation(nouns)})[ \t]?|{prefix})"
    # a shape may open with a noun of its own kind instead ("{conclusion} No. {n} ({roman})": a
    # number in that shape after another word is a paragraph's or an item's, no conclusion's)
    conclusions = gather_all("nouns.conclusion")
    lead_nouns = {"noun": noun, "listed": noun, "conclusion": rf"(?i:{alternation(conclusions)})[ \t]?"}
    sep = f"{_list_joint()}{prefix}?"
    out: list[NumberShape] = []
    written = collections.Counter(shape for _body, _kind, shape, _scan in lexicon.numbering_shapes())
    for body, kind, shape, scan in lexicon.numbering_shapes():
        opening = _SHAPE_SLOT.match(shape)
        lead_name = opening.group(1) if opening and shape[opening.end() : opening.end() + 1] == " " else ""
        lead = lead_name in lead_nouns
        core_shape = shape[len(lead_name) + 3 :] if lead else shape
        parts: list[str] = []
        literals: list[str] = []
        at = 0
        for m in _SHAPE_SLOT.finditer(core_shape):
            parts.append(_written(core_shape[at : m.start()], literals))
            parts.append(noun if m.group(1) == "noun" else _SHAPE_SLOTS[m.group(1)])
            at = m.end()
        parts.append(_written(core_shape[at:], literals))
        core = rf"(?P<m>{''.join(parts)}){_SHAPE_END}"
        # (… a list's later member may leave out the mark that opens the shape before its number:
        # "conclusions No. 99 (LV) and 102 (LVI)", "№ 99 (LV) и 102 (LVI)" — not in a shape of the
        # mark and the number alone, whose number then is anyone's)
        more_core = core
        if _BARE_SHAPE.match(core_shape) and not _BARE_SHAPE.fullmatch(core_shape):
            more_core = rf"(?P<m>(?:{parts[0]})?{''.join(parts[1:])}){_SHAPE_END}"
        before = rf"(?:(?<![\w/.-])|(?<=[{CJK}]))"
        opener = rf"{before}{lead_nouns[lead_name]}[ \t]*" if lead else before
        if lead_name == "listed":  # after the noun, or after a list's joint that follows a number
            opener = rf"(?:{opener}|(?<=\d){sep})"
        pattern = recache.compile(f"{opener}{core}")
        more = recache.compile(f"{sep}{more_core}")
        head = shape[: shape.find(scan)]
        # a scan of one mark is enough where a placeholder ends just before it ("/" of "{n}/{roman}":
        # only after a digit); any other scan of one character would stop everywhere ("A" of "A41-21")
        one_mark = (
            len(scan) == 1
            and scan in _SCAN_MARKS
            and shape.count(scan) == 1
            and _lead_before(head) is not None
        )
        # (… or a sign of its own that words never hold, the numero sign "№")
        sign = len(scan) == 1 and not scan.isascii() and not scan.isalnum()
        if (len(scan) < 2 and not one_mark and not sign) or not any(scan in w for w in literals):
            raise ValueError(f"numbering_shapes.csv: {shape!r}: scan {scan!r} is not two characters of it")
        # how far before its scan characters a match may start: the placeholders' widths, the
        # characters written, a noun's length
        widths = {
            **_SLOT_WIDTHS,
            "noun": max(map(len, [*nouns, ""])) + 1,
            "conclusion": max(map(len, [*conclusions, ""])) + 1,
        }
        widths["listed"] = widths["noun"]
        reach = sum(widths[m.group(1)] for m in _SHAPE_SLOT.finditer(head)) + len(_SHAPE_SLOT.sub("", head))
        # the word of the shape its scan characters stand in, read around them — only where they
        # are written once in the shape (else a mention may hold them elsewhere: nothing checked)
        word = next(w for w in literals if scan in w)
        at_scan = word.find(scan)
        around = (word[:at_scan], word[at_scan + len(scan) :]) if shape.count(scan) == 1 else ("", "")
        lead_at = _lead_before(head[: len(head) - at_scan]) if shape.count(scan) == 1 else None
        looks = (_shape_rest(core_shape, scan, noun), _one_mark_behind(core_shape, scan) if one_mark else "")
        # (the noun a shape opens with, searched alone before its scan: a cheap test first)
        # (… led by its first characters: searched at every character of its reach, it turns most
        # of them away at once)
        hint = (
            led(recache.compile(f"{before}{lead_nouns[lead_name]}"))
            if lead and lead_name != "listed"
            else None
        )
        rows = (body, kind, shape)
        shared = written[shape] > 1
        apart: tuple[re.Pattern[str] | None, int, re.Pattern[str] | None] = (None, 0, None)
        if lead and lead_name != "listed":
            core_head = core_shape[: core_shape.find(scan)]
            core_reach = sum(widths[m.group(1)] for m in _SHAPE_SLOT.finditer(core_head))
            apart = (
                recache.compile(f"{before}{core}"),
                core_reach + len(_SHAPE_SLOT.sub("", core_head)) + 2,
                recache.compile(rf"{before}{lead_nouns[lead_name]}[ \t]*$"),
            )
        # (… a shape that ends with a noun of its own kind: the members of a list before it write
        # the shape without it, "第99(LV)号和第102(LVI)号结论")
        earlier = None
        tail = core_shape[at:]
        ends = [c for c in conclusions if tail.endswith(c) and len(tail) > len(c)]
        if not lead and ends:
            cut = _written(tail[: -len(ends[0])], [])
            earlier = recache.compile(rf"{before}(?P<m>{''.join(parts[:-1])}{cut}){_list_joint()}$")
        out.append(
            NumberShape(
                pattern, more, rows, scan, reach + 2, around, lead_at, looks, hint, shared, apart, earlier
            )
        )
    return tuple(out)


@functools.lru_cache(maxsize=256)
def shape_writers(shape: str) -> frozenset[str]:
    """The bodies of ``numbering_shapes.csv`` that number their texts in ``shape``."""
    return frozenset(body for body, _kind, written, _scan in lexicon.numbering_shapes() if written == shape)


@functools.lru_cache(maxsize=1)
def named_coded_resolutions() -> re.Pattern[str] | None:
    """What follows the name of a body of ``resolution_codes.csv`` before one of its resolutions
    numbered without its code: a few words (the noun, the number's prefix), then the number —
    "World Health Assembly resolution 58.3", "世界卫生大会第58.3号决议", Arabic "قرار جمعية الصحة
    العالمية 58-3": the name gives the body, as the code does."""
    if not lexicon.resolution_codes():
        return None
    return recache.compile(
        rf"(?P<gap>[^\d\n.,;:()\u3002\uff0c\uff1b\u060c]{{0,24}}?)"
        rf"(?:(?<![\w/.-])|(?<=[{CJK}]))(?P<session>\d{{1,3}})[.-](?P<n>\d{{1,3}})(?![\d/]|[.-]\d)"
    )


@functools.lru_cache(maxsize=1)
def heading_rules() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Words of headings, in every language: (an article or line opener before a body's
    name, "The "/"La "; the organisation's name on a masthead line, "United Nations";
    words that introduce a citation, "resolution", "see", "("); kept between runs
    (:func:`_kept_table`)."""
    return _kept_table("heading-rules", _heading_rules, ())


def _heading_rules() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    articles = gather_all("grammar.articles") + gather_all("heading.body_line_openers")
    article = recache.compile(rf"^{_alt_or_never(articles)}(?:\s+|(?<='))", re.IGNORECASE)
    names = _organisation_names()
    # … or a copy's label of the symbol ("Document symbol:", "Cote :", "文件号："; a record's
    # metadata row, the label its header cell: "Symbol | A/RES/80/142")
    labels = _alt_or_never(gather_all("heading.symbol_label"))
    # … or the link a copy was taken from, perhaps labelled ("Source: https://undocs.org/en/")
    link = r"(?:[^\W\d_]+[ \t]*[:\uff1a][ \t]*)?(?:https?://)?(?:www\.)?(?:undocs\.org|documents\.un\.org/symbol)/(?:[a-z]{2}/)?"
    organisation = recache.compile(
        rf"\s*(?:{names}|(?:{labels})(?:\s*[:\uff1a]|[ \t]*\|)|{link})\s*", re.IGNORECASE
    )
    # the full nouns: an abbreviation ("Res." of "G.A. Res. 48/134") heads a legal citation of the
    # text itself, and its short stem would be found inside any word
    nouns = gather_all("nouns.resolution") + gather_all("nouns.decision")
    stems = _stems([w for w in nouns if not (w.endswith(".") or (w.isascii() and len(w) <= 4))])
    lead = recache.compile(
        "|".join([re.escape("("), *(re.escape(w) for w in [*stems, *gather_all("footnotes.see")])]),
        re.IGNORECASE,
    )
    return article, organisation, lead


def _organisation_names() -> str:
    """The organisation's name as a masthead prints it, in every language (an alternation)."""
    organisations = gather_all("heading.organisation")
    # a name in a script without spaces is often printed letter-spaced on a masthead ("联 合 国")
    spaced = [
        r"[ \t]*".join(map(re.escape, n)) for n in organisations if all("\u3040" <= c <= "\u9fff" for c in n)
    ]
    return _alt_or_never(organisations) + "".join(f"|{n}" for n in spaced)


@functools.cache
def cover_volumes() -> tuple[re.Pattern[str], ...]:
    """A volume's number on a cover's line, in every language ("Volume I", "Том I", "第一卷"):
    the numeral in the group ``roman``, or the group named by the numeral."""
    return tuple(recache.compile(p) for p in lexicon.gather("heading.cover_volume"))


@functools.cache
def masthead_organisation() -> re.Pattern[str]:
    """The organisation's name alone, as it leads a masthead's line ("United Nations ")."""
    return recache.compile(rf"\s*(?:{_organisation_names()})\s*", re.IGNORECASE)


@functools.cache
def copy_labels() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A copy's words that name the text itself, in every language: (the phrase of a United
    Nations document opening a line before its symbol, "UN Doc. ", "Document ONU ", "联合国文件";
    the label of the copy's suggested citation of it, "Cite as: ", "Citer comme :")."""
    doc = _alt_or_never(gather_all("heading.document_label"))
    cite = _alt_or_never(gather_all("heading.cite_as_label"))
    return (
        recache.compile(rf"\s*(?:{doc})[ \t]*[:\uff1a]?[ \t]*", re.IGNORECASE),
        recache.compile(rf"\s*(?:{cite})[ \t]*[:\uff1a][ \t]*", re.IGNORECASE),
    )


@functools.cache
def related_label() -> re.Pattern[str]:
    """A copy's label, in every language, before the list of other texts it links to ("Related
    documents: ", "Documents connexes :", "相关文件：")."""
    return recache.compile(
        rf"[ \t]*(?:{_alt_or_never(gather_all('heading.related_label'))})[ \t]*[:\uff1a]", re.IGNORECASE
    )


@functools.cache
def recycle_line() -> re.Pattern[str]:
    """The line of the recycling mark's words that a first page prints at its foot, its sign
    beside them perhaps ("Please recycle ♲"), in every language's lexicon."""
    return recache.compile(
        rf"[ \t]*+(?:{_alt_or_never(gather_all('heading.recycle'))})[ \t]*+[^\w\s]{{0,2}}[ \t]*+",
        re.IGNORECASE,
    )


@functools.cache
def symbol_row() -> re.Pattern[str]:
    """A row of a web page's table that a copy's label of the symbol opens, the symbol alone in
    the next cell ("Symbol | A/RES/80/142", "Cote | …", "文号 | …"): a record's metadata."""
    return recache.compile(
        rf"^[ \t]*(?:{_alt_or_never(gather_all('heading.symbol_label'))})[ \t]*\|[ \t]*"
        r"[A-Z]{1,6}(?:/[A-Za-z0-9.()\-]{1,12}){1,6}[ \t]*$",
        re.IGNORECASE | re.MULTILINE,
    )


@functools.cache
def related_row() -> re.Pattern[str]:
    """A row of a web page's table that the label of :func:`related_label` opens, its value in
    the next cell ("Related resources | A/80/L.41"), to the line's end."""
    return recache.compile(
        rf"^[ \t]*(?:{_alt_or_never(gather_all('heading.related_label'))})[ \t]*\|[^\n]*",
        re.IGNORECASE | re.MULTILINE,
    )


@functools.cache
def related_heading() -> re.Pattern[str]:
    """A web page's label above its closing links to other texts, in every language: the label
    of :func:`related_label`, or the label alone on its line (a heading: "See also", "Voir aussi")."""
    return recache.compile(
        rf"[ \t]*(?:{_alt_or_never(gather_all('heading.related_label'))})[ \t]*(?:[:\uff1a]|$)",
        re.IGNORECASE | re.MULTILINE,
    )


def gather_all(key_path: str) -> list[str]:
    """The entries of a list in every language's lexicon, folded."""
    return sorted({fold(w) for w in lexicon.gather(key_path)})


@functools.lru_cache(maxsize=1)
def day_range_end() -> re.Pattern[str]:
    """A day's number and the word or dash of a span of days, ending where the span's last day
    starts ("21 to ", "21–", "du 21 au ", "del 21 al "), in any language (``grammar.day_range``)."""
    words = gather_all("grammar.day_range")
    return recache.compile(rf"(?<!\d)\d{{1,2}}[ \t]*+(?:{_alt_or_never(words)})[ \t]*+$", re.IGNORECASE)


#: A year as every form of :func:`date_regex` writes it: a stretch without one holds no date.
YEAR = recache.compile(r"(?:19|20)\d\d")


def search_dated(
    pattern: re.Pattern[str] | Callable[[], re.Pattern[str]], text: str, start: int, end: int
) -> re.Match[str] | None:
    """``pattern.search(text, start, end)`` for a ``pattern`` each of whose matches holds a date
    (:func:`date_regex`): None at once when ``text[start:end]`` holds no year — the date
    patterns ignore case, and are tried at every character; the year is a fast scan.  A
    ``pattern`` given as the function that builds it is built only where a year is there: the
    adoption sentence's program (:func:`sentence_date`, 270 KB a language) was 1.7 ms of the
    start of an engine whose one text never searched it (a refresh of one changed file)."""
    if YEAR.search(text, start, end) is None:
        return None
    if not isinstance(pattern, re.Pattern):
        pattern = pattern()
    return pattern.search(text, start, end)


def _month_names(langs: tuple[str, ...]) -> str:
    """The names of the months in the languages ``langs``, longest first, as an alternation
    (month pairs, "تموز/يوليه", may be printed with spaces around the slash, and a month of two
    words, "كانون الأول", cut by a line's end)."""
    months = {
        m for c in langs for mm in lexicon.load().languages[c].raw["dates"]["months"] for m in mm.split("|")
    }
    return "|".join(
        re.escape(m).replace("/", r"\s*/\s*").replace("\\ ", r"\s+")
        for m in sorted(months, key=_longest_first)
    )


def _day_member(langs: tuple[str, ...]) -> str:
    """A day, perhaps with its month, of a list of days that share the year (and the month) of
    the date after them: "14" of "14 and 15 December 1960", "27 July" of "27 July and 21 December
    2012" — in the day-first languages ``langs``."""
    month_alt = _month_names(langs)
    joiners = lexicon.gather("dates.joiners", langs)
    join = rf"(?:{alternation(joiners)}\s+)?" if joiners else ""
    # (a day as dates write it: "1er" of "des 1er et 2 juillet 2019", "1st")
    words = "".join(_day_word(w) + "|" for w in lexicon.gather("dates.day_words", langs))
    suffixes = lexicon.gather("dates.day_suffixes", langs)
    suffix = f"(?:{alternation(suffixes)})?" if suffixes else ""
    return rf"(?:{words}[0-3]?\d{suffix})(?:\s+{join}(?i:{month_alt}))?"


def _day_word(word: str) -> str:
    """A day word's pattern: its figures and its letters may stand apart, as text layers give a
    superscript ending on a line of its own ("1⏎er⏎décembre 2004" of "1er décembre 2004")."""
    m = re.fullmatch(r"(\d+)(\D+)", word)
    return rf"{m.group(1)}(?:[ \t]*+\n?[ \t]*+)(?:{re.escape(m.group(2))})" if m else re.escape(word)


def day_month_regex(langs: tuple[str, ...]) -> str:
    """A day and its month without the year, no groups ("5 July", "le 5 juillet" without its
    article, "July 5", "7月5日"): the date of an adoption set off in the clause that names the
    adopting body, which writes no year where the citing text's year is meant."""
    # (the forms of day_month_groups, their groups unnamed: one place writes them)
    return re.sub(r"\(\?P<\w+>", "(?:", day_month_groups(langs))


def day_month_groups(langs: tuple[str, ...]) -> str:
    """:func:`day_month_regex` with its groups: a day and its month without the year, day first
    (``dm_day``, ``dm_month``), month first (``md_month``, ``md_day``) or in a year-first
    language's order (``ym_month``, ``ym_day``) — the date whose year another date gives."""
    languages = [lexicon.load().languages[c] for c in langs]
    forms = []
    dmy = [lang_ for lang_ in languages if lang_.raw["dates"].get("order", "dmy") == "dmy"]
    if dmy:
        month_alt = _month_names(tuple(lang_.code for lang_ in dmy))
        day, suffix, join = _day_parts(langs)
        forms.append(rf"(?P<dm_day>{day}){suffix}\s+{join}(?P<dm_month>(?i:{month_alt}))(?!\w)")
        if any(lang_.raw["dates"].get("month_first") for lang_ in dmy):
            forms.append(rf"(?P<md_month>(?i:{month_alt}))\s+(?P<md_day>[0-3]?\d){suffix}(?!\w)")
    for lang_ in languages:
        d = lang_.raw["dates"]
        if d.get("order") == "ymd":
            months = sorted({m for mm in d["months"] for m in mm.split("|")}, key=_longest_first)
            forms.append(
                rf"(?<!\d)(?P<ym_month>{'|'.join(re.escape(m) for m in months)})"
                rf"\s*(?P<ym_day>[0-3]?\d)\s*{re.escape(d['day_mark'])}"
            )
            break  # (the groups are named once)
    return "(?:" + "|".join(forms) + ")" if forms else "(?!)"


def year_given_date(m: re.Match[str], given: str) -> str | None:
    """The date of the day and month without their year that ``m`` holds (groups of
    :func:`day_month_groups`), in the year of ``given`` (an ISO date earlier in the sentence):
    None when ``m`` holds no such day, or its month comes before ``given``'s (the year is then
    no longer that one: the next, or a slip, which the text does not tell)."""
    groups = m.re.groupindex
    for mo, dd in (("dm_month", "dm_day"), ("md_month", "md_day"), ("ym_month", "ym_day")):
        if mo in groups and m.group(mo):
            written = re.sub(r"\s*/\s*", "/", " ".join(fold(m.group(mo)).split()))
            month = lexicon.load().months.get(written)
            day = re.match(r"\d+", m.group(dd))
            if month is None or day is None or month < int(given[5:7]):
                return None
            return _figures_date(given[:4], str(month), day.group())
    return None


def _day_parts(langs: tuple[str, ...]) -> tuple[str, str, str]:
    """The day of a day-first date in the languages ``langs`` (in figures or the words some write,
    "1er"), the suffix that may follow it ("25th"), and the word that may join it to its month
    ("30 de julio"): three patterns without groups, the last two empty where no language has one."""
    day_words = lexicon.gather("dates.day_words", langs)
    suffixes = lexicon.gather("dates.day_suffixes", langs)
    joiners = lexicon.gather("dates.joiners", langs)
    day = "(?:" + "".join(_day_word(w) + "|" for w in day_words) + r"[0-3]?\d)"
    suffix = f"(?:{alternation(suffixes)})?" if suffixes else ""
    join = rf"(?:{alternation(joiners)}\s+)?" if joiners else ""
    return day, suffix, join


def date_regex(langs: tuple[str, ...], figures: bool = False) -> str:
    """Dates in the languages ``langs``: day-month-year ("12 July 2010", "1er mars 2021",
    "30 de julio de 2010"), and year-month-day for languages that write it so
    ("2010年7月12日"); the day-first groups are day/month/year, the year-first ones
    y_day/y_month/y_year.  With ``figures``, dates in figures too (groups n_… and i_…): only
    where a date is read at one place (after a number and its date word), not searched for."""
    languages = [lexicon.load().languages[c] for c in langs]
    forms = []
    dmy = [lang_ for lang_ in languages if lang_.raw["dates"].get("order", "dmy") == "dmy"]
    if dmy:
        month_alt = f"(?:{_month_names(tuple(lang_.code for lang_ in dmy))})"
        day, suffix, join = _day_parts(langs)
        year_words = lexicon.gather("dates.year_words", langs)
        # (a footnote marker may be glued to the year's word: "18 декабря 2013 года5,")
        year_word = rf"(?:\s+(?i:{alternation(year_words)})(?:\d{{1,2}}(?!\w))?(?!\w))?" if year_words else ""
        # the word before an ordinal day, where a language writes one ("on the 25th of September 2015")
        leads = lexicon.gather("dates.day_leads", langs)
        lead = rf"(?:(?i:{alternation(leads)})\s+(?=\d{{1,2}}{suffix}\s))?" if leads else ""
        # a comma between the month and the year, where a language writes one ("25 September, 2015")
        comma = ",?" if any(lang_.raw["dates"].get("year_comma") for lang_ in dmy) else ""
        # a word before the year, where a language writes one ("30 تموز/يوليه عام 2010")
        year_leads = lexicon.gather("dates.year_leads", langs)
        year_join = rf"(?:(?i:{alternation(year_leads)})\s+)?" if year_leads else ""
        # a date of another calendar and the word that gives its equal before it, where a language
        # writes one ("12 ربيع الآخر 1440 هـ الموافق 19 كانون الأول/ديسمبر 2018"): read as the date's words
        calendars = lexicon.gather("dates.other_calendar", langs)
        lead = (rf"(?:(?:{'|'.join(calendars)})\s+)?" if calendars else "") + lead
        forms.append(
            # (the year glued to the month, as right-to-left text layers give it: "كانون الأول2018")
            rf"{lead}(?P<day>{day}){suffix}\s+{join}(?P<month>(?i:{month_alt}))(?:{comma}\s+{join}{year_join}|(?=(?:19|20)\d\d))"
            r"(?P<year>(?:19|20)\d\d)(?:\d{1,2})?(?!\d)" + year_word
        )
        if any(lang_.raw["dates"].get("month_first") for lang_ in dmy):
            # "Oct. 31, 2000", "December 16, 1966" (legal citation styles): month, day, comma, year —
            # an abbreviation's point may be left out here, before a day and a year ("Dec 14, 1960")
            bare_alt = month_alt.replace(chr(92) + ".", chr(92) + ".?")
            forms.append(
                rf"(?P<m_month>(?i:{bare_alt}))\s+(?P<m_day>[0-3]?\d){suffix}\s*,\s+(?P<m_year>(?:19|20)\d\d)(?!\d)"
            )
    for lang_ in languages:
        d = lang_.raw["dates"]
        if d.get("order") == "ymd":
            months = sorted({m for mm in d["months"] for m in mm.split("|")}, key=_longest_first)
            forms.append(
                rf"(?P<y_year>(?:19|20)\d\d)\s*{re.escape(d['year_mark'])}\s*"
                rf"(?P<y_month>{'|'.join(re.escape(m) for m in months)})\s*"
                rf"(?P<y_day>[0-3]?\d)\s*{re.escape(d['day_mark'])}"
            )
            break  # one year-first form (the groups are named once)
    if not figures:
        return "(?:" + "|".join(forms) + ")"
    # dates in figures, which some texts write for the date of a text they cite: day, month and
    # year between dots or slashes ("21.12.2016", "21/12/2016"), or year, month and day between
    # hyphens ("2016-12-21"); never inside a longer run of figures, slashes or dots
    year_words = lexicon.gather("dates.year_words", langs)
    year_word = rf"(?:\s+(?i:{alternation(year_words)})(?!\w))?" if year_words else ""
    forms.append(
        r"(?<![\w/.])(?P<n_day>0?[1-9]|[12]\d|3[01])[./](?P<n_month>0?[1-9]|1[0-2])[./]"
        r"(?P<n_year>(?:19|20)\d\d)(?![\w/]|\.\d)" + year_word
    )
    forms.append(
        r"(?<![\w/.-])(?P<i_year>(?:19|20)\d\d)-(?P<i_month>0[1-9]|1[0-2])-(?P<i_day>0[1-9]|[12]\d|3[01])(?![\w/-])"
    )
    return "(?:" + "|".join(forms) + ")"


def parse_date(m: re.Match[str]) -> str | None:
    groups = m.re.groupindex
    # (the day's group of the form that matched: its words, else its figures; each group read once)
    pre, day = "", None
    for pre in _WORDS_FORMS:
        if pre + "day" in groups and (day := m.group(pre + "day")):
            break
    else:
        day = None
    if not day:
        for pre in ("n_", "i_"):  # a date in figures
            if pre + "day" in groups and m.group(pre + "day"):
                return _figures_date(m.group(pre + "year"), m.group(pre + "month"), m.group(pre + "day"))
        return None
    lex = lexicon.load()
    # a date is a pure function of its three words and the lexicon: remembered (for this lexicon)
    if _DATES_OF[0] is not lex or len(_DATES) >= _DATES_KEPT:
        _DATES.clear()
        _DATES_OF[0] = lex
    key = (day, m.group(pre + "month"), m.group(pre + "year"))
    if key in _DATES:
        return _DATES[key]
    written = re.sub(r"\s*/\s*", "/", " ".join(fold(m.group(pre + "month")).split()))
    # (an abbreviation written without its point, "Dec 14, 1960", read before a day and a year only)
    month = lex.months.get(written) or (lex.months.get(written + ".") if pre == "m_" else None)
    day = int(re.match(r"\d+", m.group(pre + "day")).group())  # type: ignore[union-attr]  # "1er" is 1
    year = int(m.group(pre + "year"))
    # (… a day its month has: "31 February 2019" is no date)
    date = _figures_date(str(year), str(month), str(day)) if month else None
    _DATES[key] = date
    return date


def _figures_date(year: str, month: str, day: str) -> str | None:
    """The date of a year, month and day written in figures, or None when there is no such day."""
    y, mo, d = int(year), int(month), int(day)
    days = (
        31,
        29 if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0) else 28,
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    )
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= days[mo - 1] else None


#: the prefixes of the groups of the dates in words (``date_regex``), in the order parse_date reads them
_WORDS_FORMS = ("", "m_", "y_")
_DATES: dict[tuple[str, str, str], str | None] = {}
_DATES_OF: list[object] = [None]  # the lexicon the dates were read with
_DATES_KEPT = 4096


@functools.lru_cache(maxsize=8)
def other_organisation_line(lang: str = "") -> re.Pattern[str]:
    """A heading line naming an organ of another organisation or of a State ("City Council of
    Springfield", "Council of the African Union"): the words of ``organisation_actors``, or the
    organisation after the organ's name as ``other_organisation_after`` reads it."""
    langs = lexicon.scope(lang)
    words = lexicon.gather("grammar.organisation_actors", langs)
    after = [f"(?:{r})" for r in lexicon.gather("grammar.other_organisation_after", langs)]
    return recache.compile(
        rf"(?<!\w)(?i:{_alt_or_never(words)})(?!\w)" + (f"|{'|'.join(after)}" if after else ""),
    )


@functools.lru_cache(maxsize=1)
def number_word_end() -> re.Pattern[str]:
    """The end of a text that ends with a word written before a number and closed by a full
    stop ("Supplement No.", "vol.", "núm."), in every language: a wrapped line, not a
    sentence's end, when a number opens the next line."""
    found = lexicon.gather("footnotes.number") + lexicon.gather("footnotes.volume")
    words = [w for w in found if w.endswith(".")]
    return recache.compile(rf"(?<![^\W\d_])(?:{_alt_or_never(words)})[ \t]*$")


@functools.lru_cache(maxsize=1)
def date_first() -> re.Pattern[str]:
    """A date written day first in any language ("12 December 2019", "12 décembre 2019"), to
    match where a line starts: a note's wrapped sentence that goes on, not the next note."""
    return recache.compile(rf"[ \t]*{date_regex(tuple(lexicon.load().languages))}")


@functools.lru_cache(maxsize=1)
def mark_after_noun() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A number's mark that opens a mention ("No. 109 (LXI)", "núm. 109", "no 109"), and a
    resolution's or decision's noun that ends a text ("resolution ", "résolution "), in every
    language: a shape that opens with the mark is, after such a noun, the noun's number
    ("resolution No. 3281 (XXIX)"), not the shape's."""
    marks = _alt_or_never(gather_all("footnotes.number"))
    nouns = _alt_or_never(gather_all("nouns.resolution") + gather_all("nouns.decision"))
    return (
        recache.compile(rf"(?:{marks})[ \t]?\d", re.IGNORECASE),
        recache.compile(rf"(?<![^\W\d_])(?:{nouns})[ \t]*+$", re.IGNORECASE),
    )


@functools.lru_cache(maxsize=1)
def noun_last_chars() -> re.Pattern[str] | None:
    """The last characters of the nouns of :func:`mark_after_noun` (its case kept as the noun's
    pattern keeps it): where the character before a mark's blanks is none of them, no noun ends
    there, and the noun's search is not needed; None where a noun's pattern may end otherwise
    than with its last character (then the search is always made)."""
    nouns = gather_all("nouns.resolution") + gather_all("nouns.decision")
    last = {one_for_one(n).strip()[-1:] for n in nouns}
    if not last or not all(c.isalnum() or c == "." for c in last):
        return None
    return recache.compile(f"[{''.join(re.escape(c) for c in sorted(last))}]", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def list_goes_on() -> re.Pattern[str]:
    """What follows a member of a list that goes on, in any language: the list's joint ("2250 and
    …"), or the number's suffix ("2250号决议")."""
    suffix = _alt_or_never(gather_all("grammar.number_suffix"))
    return recache.compile(rf"{_list_joint()}|[ \t]*+(?:{suffix})")


@functools.lru_cache(maxsize=1)
def marked_list_more() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """After a member of a list of numbers in a shape of a mark and a number alone ("Resolutions
    No. 1309 and …"): one more written without its mark ("… and 1310 of the IOM Council"), and
    another noun's marked number that ends the list ("… and Law No. 1311 of the IOM Council"), in
    every language."""
    marks = _alt_or_never(gather_all("footnotes.number"))
    joint = _list_joint()
    return (
        # (… not a year: "Resolution No. 1309 and 2017 of the IOM Council")
        recache.compile(rf"{joint}(?!(?:19|20)\d\d(?!\d))(?P<m>\d{{1,6}}){_SHAPE_END}(?![ \t]*+[.,]?\d)"),
        recache.compile(
            rf"{joint}(?:[^\W\d_]++[\x27\u2019]?[ \t]++){{0,2}}?[^\W\d_]++[ \t]++"
            rf"(?:{marks})[ \t]?\d{{1,6}}{_SHAPE_END}",
            re.IGNORECASE,
        ),
    )


def _line_cut_alternation(words: list[str]) -> str:
    """An alternation of ``words`` (of a script without spaces) each of which a line's end
    may cut between two of its characters."""
    return "|".join(r"\n?".join(map(re.escape, w)) for w in sorted(words, key=lambda w: (-len(w), w)))


def _bracket_rest(langs: tuple[str, ...]) -> re.Pattern[str]:
    """:attr:`Patterns.bracket_rest` of ``langs``: from the lexicons' nouns, number marks, list
    and range words, pinpoint words and pinpoints written after the noun."""
    lex = lexicon.load()
    words = [
        *lexicon.gather("nouns.resolution", langs),
        *lexicon.gather("nouns.decision", langs),
        *lexicon.gather("nouns.statement", langs),
        *lexicon.gather("grammar.number_prefix", langs),
        *lexicon.gather("grammar.number_suffix", langs),
        *lexicon.gather("grammar.list_and", langs),
        *lexicon.gather("grammar.range", langs),
    ]
    pins = [
        p
        for c in langs
        for v in lex.languages[c].raw["pinpoints"].values()
        if isinstance(v, str)
        for p in v.split("|")
    ]
    pins += lexicon.gather("grammar.pin_after", langs)
    alts = "|".join([*(re.escape(w) for w in sorted(set(words), key=_longest_first)), *pins])
    return recache.compile(
        rf"(?:[\s\d/,;.:()\u3001\-\u2013\u2014]|(?-i:[A-Z])(?!\w)|(?:{alts}))*+", re.IGNORECASE
    )


#: a word's first character in lower case, in the scripts with capitals
_LOWER_START = "[a-z\u00df-\u00f6\u00f8-\u00ff\u0430-\u044f\u0451]"
#: The capitals of the Latin and Cyrillic scripts: a regex character range
CAPITALS = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0410-\u042f\u0401"
#: A capital of the Latin or Cyrillic scripts (a name's first letter)
_UPPER_START = f"[{CAPITALS}]"


def _word_letter(
    words: list[str], followers: list[str], titles: list[str], bodies: str
) -> re.Pattern[str] | None:
    """A capital that is a word of its own (``words``) before a word in lower case that none of
    ``followers`` (alternations) opens: an article's or a preposition's capital, no part's letter;
    and one of ``titles`` before two capitalised words that open no body's name (``bodies``): a
    title's first word ("70/1 A More Just World"; not "47/231 A General Assembly …")."""
    if not words:
        return None
    after = "|".join(f"(?:{f})" for f in followers if f)
    word = rf"(?:{alternation(words)})[ \t]+(?!(?i:{after})(?!\w)){_LOWER_START}"
    if titles:
        word += rf"|(?:{alternation(titles)})[ ](?!{bodies})[A-Z][a-z]+[ ][A-Z][a-z]"
    return recache.compile(word)


def _look_hoisted(alts: list[str]) -> str:
    """The alternation of the patterns ``alts``, a lookbehind that opens every one of them written
    once before it (the same matches, but a search tries the other alternatives only where that
    lookbehind holds: ``(?<!\\w)(?:(?:A)|(?:B))`` for ``(?<!\\w)A``, ``(?<!\\w)B``)."""
    end = _group_end(alts[0]) if alts and alts[0].startswith("(?:(?<") else -1
    look = alts[0][3:end] if end > 0 else ""
    if len(alts) < 2 or not look or not all(a.startswith("(?:" + look) for a in alts):
        return f"(?:{'|'.join(alts)})"
    return f"{look}(?:{'|'.join('(?:' + a[len(look) + 3 :] for a in alts)})"


def _group_end(pattern: str, start: int = 3) -> int:
    """The index just after the group that opens at ``start`` of ``pattern`` (its escapes and
    character classes skipped, as :func:`group_depths` reads them), or -1."""
    ends = (start + i + 1 for i, c, depth in group_depths(pattern[start:]) if c == ")" and depth == 0)
    return next(ends, -1)


def _needles(phrases: list[str]) -> tuple[str, ...]:
    """Literal pieces of ``phrases`` (as :func:`lexicon.phrase_re` writes them: the runs between
    blanks and apostrophes), one of which stands in any match of their alternation: the fast
    test before it is searched (``str.find`` of a piece or two, not the alternation tried at
    each character).  The beginning of a run (four characters at least: one stem's forms,
    "adopted", "adopts": "adopt"; a shorter run whole only when a phrase has no longer) that
    most phrases hold is taken first, the longest of those; then a piece that holds another is
    dropped.  (A phrase without a run: the empty piece, found everywhere.)"""
    left = [{x for x in re.split(r"[\s'\u2019]+", one_for_one(p)) if x} for p in phrases]
    if any(not runs for runs in left):
        return ("",)
    chosen: list[str] = []
    while left:
        starts = sorted({r[:n] for runs in left for r in runs for n in range(min(4, len(r)), len(r) + 1)})
        held = [(x, sum(any(r.startswith(x) for r in runs) for runs in left)) for x in starts]
        best = max(held, key=lambda xn: (min(len(xn[0]), 4), xn[1], len(xn[0])))[0]
        chosen.append(best)
        left = [runs for runs in left if not any(r.startswith(best) for r in runs)]
    out: list[str] = []
    for x in sorted(chosen, key=lambda x: (len(x), x)):
        if not any(y in x for y in out):
            out.append(x)
    return tuple(out)


def _alt_or_never(words: list[str]) -> str:
    """An alternation of ``words``, or a pattern that never matches when there are none."""
    return alternation(words) if words else "(?!)"


def _with_clitics(key_path: str, langs: tuple[str, ...]) -> list[str]:
    """The nouns at ``key_path`` in ``langs``, each also with the clitics its language glues
    before nouns (Arabic "ب", "و", "وب": "بقرار", "وبقرارها")."""
    out: list[str] = []
    for code in langs:
        nouns = lexicon.gather(key_path, (code,))
        out += nouns
        for clitic in lexicon.gather("grammar.clitics", (code,)):
            out += [clitic + n for n in nouns if not n.startswith(clitic)]
    return out


def _by_first_letter(words: list[str]) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[:1], []).append(w)
    return [groups[k] for k in sorted(groups)]


def _longest_first(word: str) -> tuple[int, str]:
    """Sort key: longer words first, then in code-point order — never the order of a set, which
    changes from run to run, so that a pattern is the same string in every process (and its
    compiled program is found in the cache of :mod:`recache`)."""
    return -len(word), word


def _shortest_first(word: str) -> tuple[int, str]:
    """Sort key: shorter words first, then in code-point order (see :func:`_longest_first`)."""
    return len(word), word


def literal_trie(words: Iterable[str]) -> str:
    """A regex that matches exactly the strings ``words`` (each as written, one character a
    step), written as a trie: ``re`` then scans a text for the first characters of all of them
    at once, several times faster than for an alternation of the words.  Where one word is a
    prefix of another, the longer is matched first."""
    end = ""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[end] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k != end)]
        if not alts:
            return ""
        if len(alts) == 1 and end not in node:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" + ("?" if end in node else "")

    return build(trie) or "(?!)"


def _stems(nouns: list[str]) -> tuple[str, ...]:
    """Lower-case first words of the keyword nouns, shortest that still covers each
    ("resolution" covers "resolutions")."""
    firsts = sorted({fold(n).split()[0] for n in nouns}, key=_shortest_first)
    out: list[str] = []
    for f in firsts:
        if not any(f.startswith(o) for o in out):
            out.append(f)
    return tuple(out)


def _re_module(name: str) -> Any:
    """A module of ``re``'s own (``re._parser``), loaded with ``re``: importlib (and warnings,
    which it imports) is imported only when it is not (a refresh of one changed file imports
    neither)."""
    module = sys.modules.get(name)
    if module is None:
        import importlib

        module = importlib.import_module(name)
    return module


def _case_extras(letters: str) -> re.Pattern[str] | None:
    """The characters an IGNORECASE match equates with one of ``letters`` though they do not
    lower to it ("ſ" and "s", "ı" and "i"), with the capital sigma (whose lower case depends on
    its place), as a character set; None when this Python does not tell them."""
    try:
        extra: dict[int, tuple[int, ...]] = _re_module("re._casefix")._EXTRA_CASES
    except (ImportError, AttributeError):
        return None
    chars = {chr(c) for ch in set(letters) for c in extra.get(ord(ch), ())} | {"\u03a3"}
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


#: What :func:`group_depths` reads a regex by: an escape, a character class whole (a "]" first
#: in it, or after its "^", is one of its characters), or a group's bracket, a bar, a "]" alone.
_GROUP_MARKS = recache.compile(r"\\(?:.|\Z)|\[\^?\]?(?:\\(?:.|\Z)|[^\]\\])*+(?:\]|\Z)|[()|\]]", re.DOTALL)
_MARKS = frozenset("()|]")


def top_level_alternative(pattern: str) -> bool:
    """Does the regex ``pattern`` hold a ``|`` outside every group and character class?  Read
    as :func:`group_depths` reads it, without its generator (the engine's start asks this of
    its heading patterns)."""
    depth = 0
    for m in _GROUP_MARKS.finditer(pattern):
        c = m.group()
        if c == "|":
            if depth == 0:
                return True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
    return False


def group_depths(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Each bracket and bar of the regex ``pattern`` outside its escapes and character classes,
    with its place and the depth of groups after it (an opening bracket counts in, a closing one
    out): a ``|`` at depth 0 is an alternative of the whole pattern, a ``)`` at depth 0 closes a
    group that stands at its top.  One search reads the pattern, its classes and escapes skipped
    whole: the heading patterns the engine's start looks through hold 6,000 characters, a few
    dozen of them such marks."""
    depth = 0
    for m in _GROUP_MARKS.finditer(pattern):
        c = m.group()
        if c in _MARKS:
            depth += (c == "(") - (c == ")")
            yield m.start(), c, depth


_GROUP_NAME = recache.compile(r"\(\?P<\w+>")


def unnamed(regex: str) -> str:
    """The regex ``regex`` with its groups unnamed: to hold it twice in one pattern, or beside
    the pattern it was taken from."""
    return _GROUP_NAME.sub("(?:", regex)


def _first_led(alternatives: str) -> str:
    """The regex ``alternatives`` (a group, no match of it empty) opened by a look-ahead for its
    first characters, as :func:`led` opens a pattern: the same matches, a try that cannot open
    one turned away at once."""
    first = first_chars(recache.compile(alternatives), may_be_empty=False)
    return alternatives if first is None else f"(?:(?={first}){alternatives})"


def led(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` opened with a look-ahead for its first characters when none of its matches
    is empty (the same matches): a search in a window tried at every character then turns
    most of them away at once instead of reading the whole pattern there."""
    first = first_chars(pattern, may_be_empty=False)
    return pattern if first is None else recache.compile(f"(?={first}){pattern.pattern}", pattern.flags)


def first_chars(pattern: re.Pattern[str], may_be_empty: bool = True) -> str | None:
    """A character class (as a regex) holding every character a non-empty match of
    ``pattern`` may start with — more, never fewer; None when a part of it is not read here
    (a back-reference, "any character", a negated set …), or, unless ``may_be_empty``, when
    it may match the empty string.  Kept between runs (reading a pattern costs milliseconds)."""
    import sys

    key = ("first_chars", "1", sys.version, pattern.pattern, str(pattern.flags), str(may_be_empty))
    return recache.remembered(key, lambda: _first_chars_or_none(pattern, may_be_empty) or "") or None


def _first_chars_or_none(pattern: re.Pattern[str], may_be_empty: bool) -> str | None:
    """:func:`_first_chars`, or None when this Python's private parser is not the one it reads
    (``re._parser`` and ``re._constants`` are CPython's internals): the pattern is then used
    as it is, only without the speed-up."""
    try:
        return _first_chars(pattern, may_be_empty)
    except (ImportError, AttributeError, TypeError, ValueError, KeyError, IndexError):
        return None


def _first_chars(pattern: re.Pattern[str], may_be_empty: bool) -> str | None:
    parser = _re_module("re._parser")
    const = _re_module("re._constants")
    categories = {const.CATEGORY_DIGIT: r"\d", const.CATEGORY_SPACE: r"\s", const.CATEGORY_WORD: r"\w"}
    out: dict[bool, list[str]] = {False: [], True: []}  # class contents, by IGNORECASE

    def one_char(op: Any, av: Any) -> str | None:
        if op is const.LITERAL:
            return re.escape(chr(av))
        if op is const.RANGE:
            return f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
        if op is const.CATEGORY:
            return categories.get(av)
        return None

    def seq(items: Any, flags: int) -> bool | None:
        """Adds the first characters of ``items`` to ``out``: whether they may match empty."""
        for op, av in items:
            nullable = item(op, av, flags)
            if nullable is None or not nullable:
                return nullable
        return True

    def item(op: Any, av: Any, flags: int) -> bool | None:
        fold = bool(flags & re.IGNORECASE)
        if op is const.LITERAL:
            out[fold].append(one_char(op, av) or "")
            return False
        if op is const.IN:
            parts = [one_char(o, a) for o, a in av]
            if any(p is None for p in parts):
                return None  # (a negated set …)
            out[fold].extend(p for p in parts if p)
            return False
        if op is const.SUBPATTERN:
            return seq(av[3], (flags | av[1]) & ~av[2])
        if op is const.ATOMIC_GROUP:
            return seq(av, flags)
        if op in (const.MAX_REPEAT, const.MIN_REPEAT, const.POSSESSIVE_REPEAT):
            inner = seq(av[2], flags)
            return None if inner is None else inner or av[0] == 0
        if op is const.BRANCH:
            found = [seq(alt, flags) for alt in av[1]]
            return None if any(f is None for f in found) else any(found)
        if op in (const.AT, const.ASSERT, const.ASSERT_NOT):
            return True  # takes no character (what it asks is not needed: more is allowed)
        return None

    tree = parser.parse(pattern.pattern, pattern.flags)
    nullable = seq(tree, tree.state.flags)
    if nullable is None or (nullable and not may_be_empty):
        return None
    sets = [f"[{''.join(sorted(set(out[False])))}]"] if out[False] else []
    sets += [f"(?i:[{''.join(sorted(set(out[True])))}])"] if out[True] else []
    return "|".join(sets) or "(?!)"


@functools.cache
def required_text(pattern: re.Pattern[str], as_written: bool = False) -> str | None:
    """A text, in lower case, that ``text.lower()`` holds wherever ``pattern`` matches in
    ``text`` (with or without IGNORECASE): the longest run of literal characters at the
    pattern's top level or in a group of it (in no repeat or alternative) made of characters that a match
    can only take as themselves or their capitals — ASCII characters but "i", "k" and "s"
    (Python's IGNORECASE also takes "ı", the Kelvin sign, "ſ" for them) and letters of no case
    (Arabic, Chinese); None when there is none.  A pattern that cannot match where its text is
    missing need not be searched there (a search tried at every character of a case-blind
    pattern costs far more than a look for a word).  With ``as_written``, for a pattern without
    IGNORECASE, the run as the pattern writes it, which ``text`` itself holds (no text to lower).
    Kept between runs."""
    import sys

    written = as_written and not pattern.flags & re.IGNORECASE
    key = ("required_text", "2", sys.version, pattern.pattern, str(pattern.flags)) + (
        ("as written",) if written else ()
    )
    return recache.remembered(key, lambda: _required_text_or_none(pattern, written) or "") or None


def _required_text_or_none(pattern: re.Pattern[str], as_written: bool = False) -> str | None:
    """:func:`_required_text`, or None when this Python's private parser is not the one it
    reads (as :func:`_first_chars_or_none`)."""
    try:
        return _required_text(pattern, as_written)
    except (ImportError, AttributeError, TypeError, ValueError, KeyError, IndexError):
        return None


def _plain_char(c: str) -> bool:
    """Is ``c`` a character that a match takes only as itself or its capital (see
    :func:`required_text`)?"""
    if c.isascii():
        return c.lower() not in "iks"
    return unicodedata.category(c) == "Lo"  # (a letter of a script without cases)


def _required_text(pattern: re.Pattern[str], as_written: bool = False) -> str | None:
    parser = _re_module("re._parser")
    const = _re_module("re._constants")
    best = ""

    def walk(items: Any) -> None:
        nonlocal best
        run: list[str] = []
        for op, av in [*items, (None, None)]:
            if op is const.LITERAL and _plain_char(chr(av)):
                run.append(chr(av))
                continue
            if len(run) > len(best):
                best = "".join(run)
            run = []
            if op is const.SUBPATTERN:
                walk(av[-1])  # (a group in the sequence: its own sequence is as required)

    walk(parser.parse(pattern.pattern, pattern.flags))
    return (best if as_written else best.lower()) or None


def roman(n: int) -> str:
    """A session number in roman numerals (15 -> "XV")."""
    out = ""
    for value, numeral in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= value:
            out += numeral
            n -= value
    return out


_FIRST_DIGIT = recache.compile(r"\d")
_SESSION_IN_BRACKETS = recache.compile(r"(?P<head>\d{1,4} ?(?:[A-H] ?)?)\((?P<mark>[^()\d]{1,8}\d{1,2})\)")


#: a number and its part's letter written as a word ("82/54 باء")
_PART_WORD = recache.compile(r"(.*\d) ([^\W\d_]{2,})")


def latin_marks(num: str, lang: str) -> str:
    """A text's number written with its language's session marks as the Latin one: a special
    session's number ("دإ-30/1" -> "S-30/1", "دإ ط-10/24" -> "ES-10/24") and a session in
    brackets ("1514 (د-15)" -> "1514 (XV)"), a part's letter written as a word ("82/54 باء" ->
    "82/54 B"); any other number as it is."""
    pat = patterns(lang)
    names = pat.letter_names or {}
    word = _PART_WORD.fullmatch(num) if names and not num.isascii() else None
    if word is not None and word.group(2) in names:
        num = f"{word.group(1)} {names[word.group(2)]}"
    if num.startswith(("S-", "ES-")):
        return num
    if not num[:1].isdigit():
        digit = _FIRST_DIGIT.search(num)
        rx = pat.special_before
        mark = rx.fullmatch(num, 0, digit.start()) if digit is not None and rx is not None else None
        if mark is None or digit is None:
            return num
        return ("ES-" if mark.group("es") else "S-") + num[digit.start() :]
    old = _SESSION_IN_BRACKETS.fullmatch(num)
    session = pat.session_mark.fullmatch(old.group("mark")) if old is not None and pat.session_mark else None
    if old is None or session is None:
        return num
    special = "ES-" if session.group("es") else "S-" if session.group("s") else ""
    return f"{old.group('head')}({special}{roman(int(session.group('n')))})"


class SymbolTails(Record):
    """The words of the bracket that ends a symbol, from every language's ``symbols`` table:
    an alternation of the words a figure follows ("Sect. 24"), of those a roman numeral
    follows ("Part I"), of those standing alone ("Introduction"), and the symbol's own word
    for each as written, by its folded form ("secc." → "Sect.")."""

    numbered: str
    roman: str
    alone: str
    own: dict[str, str]

    __slots__ = ("alone", "numbered", "own", "roman")

    def __init__(self, numbered: str, roman: str, alone: str, own: dict[str, str]) -> None:
        self.numbered, self.roman, self.alone, self.own = numbered, roman, alone, own


@functools.lru_cache(maxsize=1)
def symbol_tails() -> SymbolTails:
    """:class:`SymbolTails` of every language (symbols are read before a text's language is known);
    kept between runs (:func:`_kept_table`): built, it folds the words of every language, and
    those of Arabic, Chinese and Russian through the table of wide characters (``chars._wide``),
    at every start of the engine — a refresh of one changed English file among them."""
    return _kept_table("symbol-tails", _symbol_tails, (SymbolTails,))


def _symbol_tails() -> SymbolTails:
    own: dict[str, str] = {}
    groups: dict[str, list[str]] = {"tail_numbered": [], "tail_roman": [], "tail_alone": []}
    for lang in lexicon.load().languages.values():
        table = lang.raw.get("symbols", {})
        for key, words in groups.items():
            for written, symbol_word in table.get(key, {}).items():
                words.append(written)
                own[fold(written)] = symbol_word
    return SymbolTails(
        _alt_or_never(groups["tail_numbered"]),
        _alt_or_never(groups["tail_roman"]),
        _alt_or_never(groups["tail_alone"]),
        own,
    )


#: the word of a symbol's bracket ("(Secc. 24)"): letters, perhaps a dot
_TAIL_WORD = recache.compile(r"(?<=\()[^\W\d_]+\.?")


def symbol_as_own(symbol: str) -> str:
    """A symbol with the words of its ending bracket as the symbol itself writes them:
    "A/79/6 (Secc. 24)" → "A/79/6 (Sect. 24)" (the same document in another language's text)."""
    if "(" not in symbol:
        return symbol
    own = symbol_tails().own
    return _TAIL_WORD.sub(lambda m: own.get(fold(m.group()), m.group()), symbol)


@functools.lru_cache(maxsize=1)
def link_symbols() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Links that write a symbol their own way (``symbols.link_symbols``: the symbol in group
    "sym", its slashes encoded or made underscores) with "" — and links whose path holds a
    symbol's numbers (``symbols.link_numbers``) with the symbol's template."""
    out: list[tuple[re.Pattern[str], str]] = []
    for lang in lexicon.load().languages.values():
        table = lang.raw.get("symbols", {})
        out += [(recache.compile(form), "") for form in table.get("link_symbols", [])]
        out += [(recache.compile(form), made) for form, made in table.get("link_numbers", {}).items()]
    return tuple(out)


# -- the Security Council's numbering ----------------------------------------------------
#: A Council resolution's symbol without its year ("S/RES/2417"): its id needs the year (ids.md).
SC_WITHOUT_YEAR = recache.compile(r"S/RES/(\d{1,4})")
#: a General Assembly symbol of the first thirty sessions written without its session, as legal
#: styles cite it ("G.A. Res. 3379 (XXX), U.N. Doc. A/RES/3379"): the number, its part letter
GA_WITHOUT_SESSION = recache.compile(r"A/RES/(\d{1,4})([A-Z]?)")


def _sc_years(number: int) -> tuple[int, int]:
    """The first and the last year the anchor table leaves for Security Council resolution
    ``number`` (the numbers rise with the years)."""
    anchors = lexicon.load().sc_anchors
    i = bisect.bisect_right(anchors, number, key=lambda a: a[0])
    lo_year = anchors[i - 1][1] if i > 0 else FIRST_YEAR
    hi_year = anchors[i][1] if i < len(anchors) else 2100
    if number > anchors[-1][0]:
        hi_year = anchors[-1][1] + max(3, (number - anchors[-1][0]) // 40 + 2)
    return lo_year, hi_year


def sc_year_plausible(number: int, year: int) -> bool:
    """Security Council numbers rise with the years: check against the anchor table."""
    lo_year, hi_year = _sc_years(number)
    return lo_year <= year <= hi_year


def sc_year_of(number: int, date: str | None) -> int | None:
    """The year of Security Council resolution ``number``: the year of the date written
    beside it when the numbering allows it, else the one year the anchor table leaves."""
    if date and sc_year_plausible(number, int(date[:4])):
        return int(date[:4])
    anchors = lexicon.load().sc_anchors
    i = bisect.bisect_left(anchors, (number, 0))
    if i < len(anchors) and anchors[i][0] == number:
        return anchors[i][1]  # a resolution of the anchor table: its year is known
    years = sc_years_open(number)
    return years[0] if len(years) == 1 else None


def sc_years_open(number: int) -> list[int]:
    """The years the anchor table leaves for Security Council resolution ``number``."""
    lo_year, hi_year = _sc_years(number)
    return list(range(max(FIRST_YEAR, lo_year), min(2100, hi_year) + 1))


@functools.lru_cache(maxsize=1)
def clause_verb() -> re.Pattern[str]:
    """A verb of the lexicons opening a clause of its own after a comma or a joining word ("…, and
    reaffirming", "и подтверждая", perhaps after an adverb): the subject of that clause is the
    citing body, so a possessive after it is that body's, not a body's named before the verb."""
    verbs = [v for lang in lexicon.load().languages.values() for v, _ in lang.verbs]
    joiners = lexicon.gather("grammar.verb_joiners")
    adverbs = lexicon.gather("verbs.adverbs")
    lead = rf"(?:[,\u060c\uff0c]|(?<!\w){alternation(joiners)})" if joiners else r"[,\u060c\uff0c]"
    adverb = rf"(?:{alternation(adverbs)}\s++)?" if adverbs else ""
    return recache.compile(rf"{lead}\s*+{adverb}{alternation(verbs)}(?!\w)", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def body_line_verb() -> re.Pattern[str]:
    """The comma after a body's name, then a verb of the lexicons (an adverb perhaps before it),
    glued to the next word in a script without spaces: the body's line run into its first
    paragraph, as a page's text flattened into one line holds it ("Комиссия по положению
    женщин, ссылаясь на …", "人权理事会，回顾其…") — matched right after the name."""
    verbs = [v for lang in lexicon.load().languages.values() for v, _ in lang.verbs]
    # (… the adverbs written before a verb too: "妇女地位委员会，又回顾其…")
    adverbs = list(dict.fromkeys(lexicon.gather("verbs.adverbs") + lexicon.gather("verbs.leading_adverbs")))
    adverb = rf"(?:{alternation(adverbs)}(?:\s++|(?<=[{CJK}])))?" if adverbs else ""
    return recache.compile(
        rf"\s*+[,\u060c\uff0c]\s*+{adverb}{alternation(verbs)}(?:(?!\w)|(?<=[{CJK}]))", re.IGNORECASE
    )


@functools.lru_cache(maxsize=1)
def adoption_noun() -> re.Pattern[str]:
    """The noun of an adoption (the lexicons' ``grammar.adoption_nouns``: "adoption", "принятие",
    "通过"): a date beside an agent's name is the adoption's only where it is written there ("the
    consideration by the Council on 6 October 2023 of its resolutions …" dates no adoption)."""
    nouns = lexicon.gather("grammar.adoption_nouns")
    return recache.compile(alternation(nouns) if nouns else r"(?!)", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def finite_words() -> dict[str, re.Pattern[str]]:
    """Each language's finite verbs and modals of a sentence's subject that no title holds (the
    lexicons' ``grammar.finite_words``, as written, whole words: "must", "doit", "должно"), by its
    code; a language that lists none is not in the table."""
    out: dict[str, re.Pattern[str]] = {}
    for code, lang in lexicon.load().languages.items():
        words = lang.raw["grammar"].get("finite_words", [])
        if words:
            out[code] = recache.compile(rf"(?<![\w'\u2019-])(?:{alternation(words)})(?![\w'\u2019-])")
    return out


@functools.lru_cache(maxsize=1)
def noun_as_verb() -> tuple[frozenset[str], re.Pattern[str] | None]:
    """The nouns of texts that are verbs of the lexicons too (Chinese "决定": a decision, and
    decides), and what written before one makes it the verb: a leading adverb glued to it ("还决定
    2026/27 财政期间": also decides) or a paragraph's number alone before it on its line ("1. 决定
    2024/2025 两年期"). (None: no such noun.)"""
    nouns = {fold(n) for n in lexicon.gather("nouns.resolution") + lexicon.gather("nouns.decision")}
    verbs = {fold(v) for lang in lexicon.load().languages.values() for v, _ in lang.verbs}
    both = frozenset(nouns & verbs)
    adverbs = lexicon.gather("verbs.leading_adverbs")
    if not both:
        return both, None
    adverb = alternation(adverbs) if adverbs else "(?!)"
    return both, recache.compile(rf"(?:(?:^|\n)[ \t]*\d{{1,3}}[.\uff0e][ \t]*(?:{adverb})?|(?:{adverb}))$")


def _whole_words(key: str) -> re.Pattern[str]:
    """The lexicons' words under ``key`` as whole words, case aside (in scripts written without
    spaces, as they stand); a pattern that never matches where no language gives any."""
    words = lexicon.gather(key)
    if not words:
        return recache.compile(r"(?!)")
    return recache.compile(rf"(?<![^\W{CJK}])(?:{alternation(words)})(?![^\W{CJK}])", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def back_word() -> re.Pattern[str]:
    """The words that make a body's short name point back to the body of that kind named before
    (the lexicons' ``grammar.back_words``: "of that Assembly", "du même Conseil", "той же
    Ассамблеи", "该大会"), not to the citing body; whole words, but in scripts written without spaces."""
    return _whole_words("grammar.back_words")


@functools.lru_cache(maxsize=1)
def organisation_words() -> re.Pattern[str]:
    """Another organisation's organ or a State's, as a whole word (the lexicons'
    ``grammar.organisation_actors``: "Municipal Council", "Conseil municipal", "Parlement")."""
    return _whole_words("grammar.organisation_actors")


@functools.lru_cache(maxsize=1)
def code_noun_before() -> re.Pattern[str]:
    """A noun of a thing a code names (the lexicons' ``grammar.code_nouns``: "flight", "lot",
    "model", "vuelo", "рейс", "航班"), perhaps with the sign of a number, right before the end of
    the searched span: a symbol-shaped code after it names that thing, no document."""
    words = lexicon.gather("grammar.code_nouns")
    if not words:
        return recache.compile(r"(?!)")
    return led(  # (led by its first letters: searched in a window before every symbol)
        recache.compile(
            rf"(?<![^\W{CJK}])(?:{alternation(words)})[ \t\u00a0]*+(?:(?:No\.|no\.|n°|N°|№)[ \t\u00a0]*+)?$",
            re.IGNORECASE,
        )
    )


@functools.cache
def document_label_before() -> re.Pattern[str]:
    """The phrase of a United Nations document right before the end of the searched span, in
    every language ("U.N. Doc. ", "Doc. NU "): the symbol after it is a legal style's."""
    doc = _alt_or_never(gather_all("heading.document_label"))
    return led(recache.compile(rf"(?:{doc})[ \t\u00a0]*+$", re.IGNORECASE))


#: at most this many anchor characters in a pattern's set (a wider set is no quicker to scan for)
_ANCHOR_CHARS = 4


#: :func:`anchor_reach`'s answers by the pattern's id, the pattern kept with its answer (a
#: pattern's own hash reads its whole program each time)
_ANCHOR_REACHES: dict[int, tuple[re.Pattern[str], tuple[re.Pattern[str], re.Pattern[str], int] | None]] = {}


def anchor_reach(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], re.Pattern[str], int] | None:
    """For a pattern whose every match holds, at most ``width`` characters after its start, one
    of a few literal characters that the pattern asks for there (its anchors: the "/" of
    "\\d{1,4}/\\d{1,4}" after a blank and a prefix of bounded length), read from the pattern
    itself: (a scan for the anchors, the pattern after a lazy reach of ``width`` characters
    that tries its starts one by one in a single call, ``width``); None when there is no such
    character (an unbounded part before it, a case-blind pattern …).  See
    :func:`finditer_anchored`."""
    kept = _ANCHOR_REACHES.get(id(pattern))
    if kept is not None and kept[0] is pattern:
        return kept[1]
    got = _anchor_reach(pattern)
    _ANCHOR_REACHES[id(pattern)] = (pattern, got)
    return got


def _anchor_reach(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], re.Pattern[str], int] | None:
    if re.search(r"\\[1-9]|\(\?\(", pattern.pattern):
        return None  # (a numbered back-reference would name another group in the reach)
    # (kept between runs, as "anchors width": reading a pattern costs up to milliseconds)
    key = ("anchor_chars", "1", sys.version, pattern.pattern, str(pattern.flags))
    kept = recache.remembered(key, lambda: _anchor_text(pattern))
    if not kept:
        return None
    chars, _, width_text = kept.rpartition(" ")
    width = int(width_text)
    try:
        reach = recache.compile(f"(?s:.){{0,{width}}}?((?:{pattern.pattern}))", pattern.flags)
    except re.error:
        return None  # (flags of the whole pattern written at its start …)
    scan = recache.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")
    return scan, reach, width


def _anchor_text(pattern: re.Pattern[str]) -> str:
    """:func:`_anchor_chars` as a text ("anchors width"), or "" for None."""
    try:
        found = _anchor_chars(pattern)
    except (ImportError, AttributeError, TypeError, ValueError, KeyError, IndexError):
        return ""
    return "" if found is None else f"{''.join(sorted(found[0]))} {found[1]}"


def _anchor_chars(pattern: re.Pattern[str]) -> tuple[frozenset[str], int] | None:
    parser = _re_module("re._parser")
    const = _re_module("re._constants")
    if pattern.flags & re.IGNORECASE:
        return None
    tree = parser.parse(pattern.pattern, pattern.flags)
    if tree.getwidth()[0] == 0:
        return None  # (an empty match need not hold an anchor)
    op0, av0 = tree[0]
    if op0 is const.LITERAL or (
        op0 is const.AT and av0 is const.AT_BEGINNING and not pattern.flags & re.MULTILINE
    ):
        return None  # (a search skips to its first character, or tries the text's start only)
    repeats = (const.MAX_REPEAT, const.MIN_REPEAT, const.POSSESSIVE_REPEAT)

    def widest(item: Any) -> int | None:
        hi = int(parser.SubPattern(tree.state, [item]).getwidth()[1])
        return None if hi >= const.MAXREPEAT else hi

    def seq(items: list[Any], before: int) -> tuple[frozenset[str], int] | None:
        """The anchors of a match of ``items`` and the most characters before them."""
        for i, (op, av) in enumerate(items):
            rest = items[i + 1 :]
            if op is const.LITERAL:
                return frozenset(chr(av)), before
            if op is const.IN and 0 < len(av) <= _ANCHOR_CHARS and all(o is const.LITERAL for o, _a in av):
                return frozenset(chr(a) for _o, a in av), before
            if op in (const.AT, const.ASSERT, const.ASSERT_NOT):
                continue  # (takes no character)
            if op is const.SUBPATTERN and not av[1] and not av[2]:
                return seq(list(av[3]) + rest, before)
            if op is const.ATOMIC_GROUP:
                return seq(list(av) + rest, before)
            if op is const.BRANCH:
                alts = [seq(list(alt) + rest, before) for alt in av[1]]
                if any(a is None for a in alts):
                    return None
                chars = frozenset().union(*(a[0] for a in alts if a is not None))
                if len(chars) > _ANCHOR_CHARS:
                    return None
                return chars, max(a[1] for a in alts if a is not None)
            if op in repeats and av[0] >= 1 and (first := seq(list(av[2]), before)) is not None:
                return first  # (in the first time round)
            wide = widest((op, av))
            if wide is None:
                return None
            before += wide
        return None

    return seq(list(tree), 0)


_AT_WORD_EDGE = "\\b"


@functools.lru_cache(maxsize=64)
def _after_word_edge(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` without the word edge it opens with."""
    return recache.compile(pattern.pattern[len(_AT_WORD_EDGE) :], pattern.flags)


def finditer_anchored(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` — the same matches — tried only within reach of the anchors
    of :func:`anchor_reach` (a pattern opening with a blank or a look-behind is otherwise tried
    at every character of the text): one call a stretch of ``width`` characters before each."""
    got = anchor_reach(pattern)
    if got is None:
        yield from pattern.finditer(text)
        return
    scan, reach, width = got
    if width == 0 and pattern.pattern.startswith(_AT_WORD_EDGE):
        # every match starts at an anchor: the pattern without its word edge is searched (led
        # by its first characters, as the look-behind at the start is not) and each of its
        # starts tried with the whole pattern
        rest = _after_word_edge(pattern)
        pos = 0
        while (m := rest.search(text, pos)) is not None:
            hit = pattern.match(text, m.start())
            if hit is None:
                pos = m.start() + 1
                continue
            yield hit
            pos = hit.end()
        return
    done = 0  # no match starts below this, but those yielded
    for a in scan.finditer(text):
        at = a.start()
        if at < done:
            continue
        start = max(done, at - width)
        m = reach.match(text, start)
        if m is None:
            done = start + width + 1
            continue
        hit = pattern.match(text, m.start(1))
        if hit is None:  # (cannot be: the same pattern at the same place)
            done = m.start(1) + 1
            continue
        yield hit
        done = hit.end()
