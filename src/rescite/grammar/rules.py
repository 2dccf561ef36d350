"""Rules: the compiled patterns built from the lexicon files — body names, keyword nouns,
dates, treaty footnotes, "Ibid.", instrument names, pinpoints — for a text's languages
(:class:`Patterns`, one record a language).  The rules it is built from stand in rooms of their
own: :mod:`.retools` (generic regex tools), :mod:`.dates`, :mod:`.council`, :mod:`.shapes`,
:mod:`.headings`, :mod:`.verbs`, :mod:`.notes`, :mod:`.bodies`, :mod:`.tables`; :mod:`.symbols`
reads a language's patterns.
Nothing here knows a language's words: they all come from :mod:`rescite.grammar.lexicon`."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from .. import ids
from ..ids import NUMBERED_ELEMENTS
from ..models import Record
from . import lexicon, recache
from .bodies import body_regex, body_regex_capitals
from .chars import one_for_one
from .dates import (
    LIST_DATES_RESPECTIVE,
    date_regex,
    day_member,
    day_month_regex,
    figures_date_regex,
    month_year_regex,
    sent_noun_at_date,
)
from .lexicon import CJK, SUPERSCRIPTS, alternation, fold, trie_regex
from .retools import (
    CAPITALS,
    LOWER_START,
    PASSIVE_TOPIC,
    UPPER_START,
    alt_or_never,
    first_chars,
    first_led,
    led,
    literal_trie,
    longest_first,
    look_hoisted,
    noun_stems,
    re_module,
    shortest_first,
    unnamed,
)
from .shapes import coded_decisions
from .tables import kept_table

# the ids' patterns a text uses from kept programs, as the engine's own (this module is the
# engine's: a query that starts none compiles the few ids it reads with ``re``)
ids.use_compile(recache.compile)


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
    # a participle of a clause set off after the body's name, the possessive its subject's ("the
    # Commission on Human Rights, reaffirming its resolution 1996/22, …", a session report's
    # account of a decision): ``grammar.actor_participles``, an adverb perhaps after it
    actor_verb_gap: re.Pattern[str] | None
    # … and what stands before that name when it is the clause's subject: a sentence's or a
    # clause's start, an article perhaps ("At its 37th meeting, on 3 April 1997, the Commission
    # …"; not "the report of the Council, recalling its …", whose participle is the text's own)
    actor_verb_lead: re.Pattern[str]
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
    # ``name_start`` without the names that open with a small letter, and those names' first
    # words (literals, found with ``str.find``; each place then tried with ``name_start``)
    name_start_cased: re.Pattern[str]
    name_lower_words: tuple[str, ...]
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
    # the body named last before a number, pointed back to by a noun of any body after it ("resolution
    # 44/4 of that body", "de cet organe", "de ese órgano"; ``grammar.back_body``)
    back_body: re.Pattern[str] | None
    other_org_tail: re.Pattern[str] | None
    # another organisation's short name in capitals right before a text's noun, no body named
    # ("the OSCE decision 12/3"; ``grammar.organisation_before_noun``)
    org_before_noun: re.Pattern[str] | None
    # the words that make an instrument's name part of another instrument's title, written before
    # it ("the Agreement under the …", "Protocol …, supplementing the …") or after it ("…》下"):
    # such a name is no citation of its instrument
    within_title: re.Pattern[str] | None
    within_title_after: re.Pattern[str] | None
    # a treaty's protocol(s) named by reference just after it ("… and the Optional Protocol
    # thereto"): the one protocol of it, or all of them (the plural's)
    protocol_thereto: re.Pattern[str] | None
    protocols_thereto: re.Pattern[str] | None
    # … or by the plural before its name, or after it in a script that puts it there ("the
    # Optional Protocols to the Convention …", "《儿童权利公约》各项任择议定书"): all of them
    protocols_to: re.Pattern[str] | None
    protocols_after: re.Pattern[str] | None
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
        "actor_verb_gap",
        "actor_verb_lead",
        "adopt_gap",
        "adopt_needles",
        "adopt_word",
        "adopted_bracket",
        "adoption_by",
        "agent_gap",
        "agent_lead",
        "and_at_end",
        "and_before",
        "back_body",
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
        "name_lower_words",
        "name_start",
        "name_start_cased",
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
        "protocol_thereto",
        "protocols_after",
        "protocols_thereto",
        "protocols_to",
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
        actor_verb_gap: re.Pattern[str] | None,
        actor_verb_lead: re.Pattern[str],
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
        name_start_cased: re.Pattern[str],
        name_lower_words: tuple[str, ...],
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
        back_body: re.Pattern[str] | None = None,
        other_org_tail: re.Pattern[str] | None = None,
        org_before_noun: re.Pattern[str] | None = None,
        within_title: re.Pattern[str] | None = None,
        within_title_after: re.Pattern[str] | None = None,
        protocol_thereto: re.Pattern[str] | None = None,
        protocols_thereto: re.Pattern[str] | None = None,
        protocols_to: re.Pattern[str] | None = None,
        protocols_after: re.Pattern[str] | None = None,
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
        self.actor_verb_gap = actor_verb_gap
        self.actor_verb_lead = actor_verb_lead
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
        self.name_start_cased = name_start_cased
        self.name_lower_words = name_lower_words
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
        self.back_body = back_body
        self.other_org_tail = other_org_tail
        self.org_before_noun = org_before_noun
        self.within_title = within_title
        self.within_title_after = within_title_after
        self.protocol_thereto = protocol_thereto
        self.protocols_thereto = protocols_thereto
        self.protocols_to = protocols_to
        self.protocols_after = protocols_after
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
#: … or a short name in brackets after a State's, in a language that writes no spaces:
#: "2010年6月8日大韩民国(韩国)常驻联合国代表给…的信(" (no figure, no blank in it)
_SENDER_SHORT = r"[(\uff08][^\d()\uff08\uff09\n\s]{1,12}[)\uff09]"

#: Numbers read ahead, in a list, for a noun that follows them ("第61/144号和第64/293号决议").
LIST_AHEAD = 40


#: After a number's full stop, a footnote marker (one or two digits) that ends the line or that a
#: word follows ("resolution 38/11.3 The Council …"): the number ends at the stop
_MARKER_AT_STOP = r"(?!\d?(?:[ \t]*+(?:\n|$)|[ \t]++[^\W\d_]))"
#: the mark of a list's item, a letter, a small roman figure or a number in brackets, or a letter
#: and its closing bracket ("(a) ", "(ii) ", "(3) ", "b) "): "Recalling its resolutions:⏎(a) 70/1 …;⏎(b) …"
_LIST_ITEM_MARK = r"(?:\((?:[a-z]|[ivx]{2,4}|\d{1,2})\)|(?<![\w)])[a-z]\))"


#: the place of an adoption before its date in a bracket, a name of one to three capitalised words
#: ("(Нью-Йорк, 15 декабря 1991 г.)", "(New York, 14 December 1960)")
_BRACKET_PLACE = rf"{UPPER_START}[^\W\d_]*+(?:[-' ][{CAPITALS}][^\W\d_]*+){{0,2}},[ ]?"


#: a paragraph's subparagraphs in brackets after its number, as legal styles pinpoint them ("¶
#: 1(a)", "¶ 2(b)(ii)"): a letter or a small roman number each
_SUBPARAGRAPHS = r"(?:[ ]?\((?:[a-z]|[ivx]{1,4})\))*+"


def _other_after(after: list[str], lang: str) -> re.Pattern[str]:
    """Another organisation named after a number (the lexicons' ``grammar.other_organisation_after``:
    "резолюция 46/2 ОИС"), but not a body of the United Nations set in capitals, whose words look
    like an organisation's letters ("РЕЗОЛЮЦИЯ 1540 (2004) СОВЕТА БЕЗОПАСНОСТИ" of a title)."""
    capitals = body_regex_capitals(lang).pattern
    return recache.compile(rf"(?!\s++(?:{capitals})(?!\w))(?:{'|'.join(after)})")


@functools.lru_cache(maxsize=16)
def patterns(lang: str = "") -> Patterns:
    """The compiled patterns for a text of language ``lang`` (its words and English's;
    every language's when ``lang`` is ``"*"``, empty or unknown); kept between runs
    (:func:`kept_table`)."""
    # a file name any system takes ("*": every language)
    name = lang if lang.isascii() and lang.isalnum() else "x" + lang.encode().hex()
    return kept_table(f"patterns-{name}", lambda: _patterns(lang), (Patterns,), lang)


def _sentence_opener_at_line_start(words: list[str]) -> str:
    """A branch for a look-ahead after a line's end: one of ``words``, as written (capitalised),
    opening the line — a new sentence, not a sentence a page's line cut (whose next word keeps its
    small letter); empty when the language has none."""
    if not words:
        return ""
    alts = "|".join(re.escape(w) for w in sorted(words, key=longest_first))
    # (… not after a line that ends with a short word, a preposition or an article, which no
    # heading ends with: the capitalised word begins a name there, "… Permanente de⏎El Salvador")
    short_end = "".join(rf"(?<!\W[^\W\d_]{{{n}}}{blank}\n)" for n in (1, 2, 3) for blank in ("", " "))
    return rf"|{short_end}[ \t]*+(?-i:(?:{alts})(?:(?<=['\u2019])|(?!\w)))"


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
    # (… or the words of an adoption with its vote's count, a pattern: "adopted by 15 votes to none,
    # with no abstentions, on", "aprobada por 15 votos a favor y ninguno en contra el")
    if votes := gather("grammar.vote_date_intro"):
        date_intro = "(?:" + "".join(f"(?:{v})|" for v in votes) + date_intro + ")"
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
    letter_words = sorted(letter_map, key=longest_first)
    letter = "[A-Z]" + "".join("|" + re.escape(w) for w in letter_words)
    # (… and the letters of a script that abbreviates the words, in the order of the Latin letters
    # they stand for, read as a part's letter only right before the bracket of the number's session:
    # "2672 أ (د-25)", as copies write "2672 ألف (د-25)" — a letter alone is a word, a clitic or an
    # abbreviation elsewhere)
    initials = {
        w: _LATIN_CAPITALS[i]
        for lang_ in languages
        for i, w in enumerate(lang_.raw["grammar"].get("letter_initials", [])[:26])
    }
    for w, latin in initials.items():
        letter_map.setdefault(w, latin)
    joins = alternation(gather("grammar.list_and") + gather("grammar.range"))
    # (not glued to a following word or path — but Chinese glues the letters to "号": "A和B号")
    # (a text layer may leave two or three spaces where one was printed: "74/211  ألف")
    # (… but not across a line break before a heading's number: "resolution 70/305⏎I. Introduction",
    # "⏎A. General discussion", Arabic "⏎ألف - المناقشة العامة": a capital that opens a line
    # and is followed by a full stop or a dash and a word numbers the heading, not the text's part)
    # (… a word, not another letter: "⏎ألف - باء" is a range of parts)
    heading_no = (
        rf"\n[ \t]{{0,3}}(?:{letter})[ \t]?(?:\.|[-\u2013\u2014][ \t])[ \t]*(?![\d\s])"
        rf"(?!(?:{letter})(?:[\s,;.:)\u060c\u061b]|$))"
    )
    # (… and blanks a line may end with before its break: "74/211 ⏎ألف")
    gap = rf"(?:[ \t]{{1,3}}|[ \t]*+(?!{heading_no})\s)?"
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
        rf"|\.[ \t]{{1,3}}{UPPER_START}[^\W\d_]+(?:-{UPPER_START}[^\W\d_]+)?(?:[ \t]+|,[ \t]*)"
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
    wrapped = (
        rf"[ \t]{{0,3}}(?!{heading_no})\n[ \t]{{0,3}}(?:{letter})"
        rf"(?=[;,:)\u060c\u061b]|[ \t]{{1,3}}(?:{joins})[ \t])"
    )
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
    initial_alt = alternation(sorted(initials, key=longest_first))
    initial = (
        rf"|[ \t](?:{initial_alt})(?!\w)(?=[ \t]?\((?:{alternation(all_marks)})\s?\d)"
        if initials and all_marks
        else ""
    )
    item = recache.compile(
        r"(?P<a>\d{1,4})(?:/(?P<seq>\d{1,4})(?P<l1>"
        + letters
        + r")?|(?P<l2>"
        + letters
        + initial
        # (a space, or a line break with the spaces text layers and indented lines leave around
        # it: "2223 ⏎(2015)", "2223⏎    (2015)"; or the spaces of a justified line: "1325  (2000)")
        + r")?(?:[ \t]{0,4}\n[ \t]{0,8}|[ \t]{2,4}|\s)?"
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
        # … and a web page's text layer may glue the next word to the closing bracket ("1267 (1999)du
        # Conseil", a link's end): a word of two letters or more, never a part's letter ("(III)A")
        + r"(?:(?<=\))(?=\d{1,2}(?![\w/])|[^\W\d_]{2})"
        + rf"|(?!(?![{CJK}{SUPERSCRIPTS}])\w|/|\.\d{_MARKER_AT_STOP}))"
    )
    open_paren = recache.compile(rf"\({inner_break}(?:{session_or_year})\)")
    initial_before = rf"|[ \t](?:{initial_alt})" if initials and all_marks else ""
    before_paren = recache.compile(
        rf"\d{{1,4}}(?:{letters}{initial_before})?(?:[ \t]{{0,4}}\n[ \t]{{0,8}}|[ \t]{{2,4}}|\s)?$"
    )
    some_prep = alt_or_never([p for p in gather("grammar.body_prep") if p])
    body_joiner = rf"\s*+(?:,\s*+)?(?:{list_and})\s*+(?:(?:{some_prep})\s*+)?"
    # "resolution of the General Assembly 64/293", "las resoluciones del Consejo 11/3"
    number_words = alt_or_never(gather("footnotes.number"))
    # … and without the preposition, as legal styles write it: "Rés. AG 60/1", "Res. CS 1325 (2000)"
    any_date = unnamed(date)  # a date, its groups unnamed (to repeat it in one pattern)
    date_number = alt_or_never(gather("grammar.date_before_number"))
    qualifiers_after = alt_or_never(gather("grammar.qualifiers_after"))
    figures_date = figures_date_regex(langs) if gather("grammar.date_before_number") else "(?!)"
    kw_after = recache.compile(
        # (… or two bodies' names joined, the numbers each one's in turn: "les résolutions de
        # l'Assemblée générale et du Conseil des droits de l'homme 70/1 et 31/2")
        # (… glued to a noun of a script that writes no spaces: "大会决议64/293")
        # (… a colon, perhaps, and the first item's mark: "resolutions:⏎(a) 70/1 of …;⏎(b) …",
        # "résolutions : a) 70/1 …", "resolutions (a) 70/1 …; (b) …")
        # (… an adjective the language sets after its noun, before the number: "la resolución
        # conexa 52/12 B", "ses résolutions pertinentes 60/1", "قراراتها ذات الصلة 60/1")
        rf"(?:\s++(?:{qualifiers_after})(?=\s))?"
        rf"(?:[ \t]?:(?=\s)(?:\s*+{_LIST_ITEM_MARK})?|\s++{_LIST_ITEM_MARK})?"
        # (… the adjective after the body's name, as Arabic sets it after the noun's complement:
        # "قرار مجلس الأمن السابق رقم 2555")
        rf"(?:\s++|(?<=[{CJK}]))(?:(?:(?:{prep}\s*+)?(?P<bodymid>{bodies}(?:{body_joiner}(?:{bodies}))?)"
        + (rf"(?:\s++(?:{qualifiers_after})(?=\s))?" if gather("grammar.qualifiers_after") else "")
        + rf"|{prep}\s*+(?P<genmid>{generic}))(?:[ \t]?:(?=\s)(?:\s*+{_LIST_ITEM_MARK})?)?\s++)?"
        # … or the date of the text, its number in brackets after it ("its resolution of 20 December
        # 2011 (66/150)"), the bracket glued to a noun of a script that writes no spaces ("其…决议(66/150)")
        # (… or, where the lexicon says so, the date after its word and the number right after it,
        # no bracket: "резолюция Генеральной Ассамблеи от 20 декабря 1971 года 2847 (XXVI)")
        # (… that date in figures too, as legal styles write it: "резолюция Генеральной Ассамблеи
        # ООН от 16.12.1966 № 2200 (XXI)")
        rf"(?:(?i:(?P<dpre>(?:{date_number})\s++)?(?:(?:{date_intro})\s*+)?(?:{date}|(?(dpre){figures_date}|(?!))))"
        rf"(?:\s*+[(\uff08][ ]?|(?(dpre)\s++|(?!)))|(?<=[{CJK}])[(\uff08])?"
        # … or the word that opens a range ("قراراتها من 60/1 إلى 60/3", "резолюции с 60/1 по 60/3")
        rf"(?:(?:{number_words}|{alt_or_never(gather('grammar.range_from'))})\s*+)?"
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
    actor_pin_article = alt_or_never(gather("grammar.articles"))
    actor_paras = "|".join(lang_.raw["pinpoints"]["paragraph"] for lang_ in languages)
    actor_pin_link = alt_or_never([w for w in gather("grammar.pin_link") if w])
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
    # (… or, in a script without spaces, the verb the actor says it with, glued before the
    # possessive: "安理会重申其第2231号决议" — its: the Council's)
    actor_words = alternation(gather("grammar.actor_link") + gather("grammar.actor_verbs"))
    actor_gap_head = actor_gap_when + rf"{actor_words}(?:\s++|(?<=[{CJK}])(?=[{CJK}]|$))"
    # (… the noun's article after the link, the noun without a possessive: "par la Commission des
    # droits de l'homme dans la résolution 1999/44", "por la Comisión … en las resoluciones …")
    actor_gap_bare = recache.compile(actor_gap_head + rf"(?:(?:{actor_pin_article})\s++)?")
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
    actor_aux = rf"(?:\s++(?:{alt_or_never(gather('grammar.adoption_auxiliaries'))})(?=\s*+,))?"
    # (… the body's acronym in brackets after its name: "the Economic and Social Council
    # (ECOSOC), in its resolution 9 (I)", "le Conseil économique et social (ECOSOC) dans sa …")
    actor_acronym = r"(?:[ ]?\([A-Z]{2,10}\))?"
    actor_gap = recache.compile(
        actor_acronym
        + actor_aux
        + actor_gap_when
        + rf"(?:{actor_words}(?:\s++|(?<=[{CJK}])(?=[{CJK}]|$))(?:(?:{actor_pin_article}\s++)?{actor_pin})?"
        # (… the link and the article in one word, only before the paragraph: "le Conseil, au
        # paragraphe 5 de sa résolution 40/13")
        rf"|(?:{alt_or_never(gather('grammar.actor_pin_lead'))})\s++{actor_pin})"
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
    # July, without a vote, adopted …"; up to three such insertions — an adverb of time, a date and
    # the manner: "安理会随后于6月12日一致通过第1874号决议" — and in languages that write
    # the verb first, one between the verb and the noun: "اعتمد، في 5 تموز/يوليه، القرار")
    # (… the date after the participle of the body's sitting: "the Council, meeting on 31 October
    # 2007, adopted …", "réuni le …", "reunido el …")
    sitting = (
        alternation(gather("grammar.sitting_date_intro")) if gather("grammar.sitting_date_intro") else "(?!)"
    )
    adopt_item = (
        rf"(?:(?:(?:{date_intro}|(?i:{sitting}))(?:\s++|(?<=[{CJK}])))?(?:{any_date}|{day_month_regex(langs)})"
        rf"|{session}"
        rf"|(?i:{meeting})"
        rf"|(?i:{'|'.join(gather('grammar.adoption_manner')) or '(?!)'})"
        # (… or the day told from the text's own, as news write it: "اعتمد مجلس الأمن اليوم القرار",
        # "Совет Безопасности сегодня принял резолюцию", "安理会今天通过了第2470号决议")
        rf"|(?i:{'|'.join(gather('grammar.adoption_time') + gather('grammar.adoption_adverbs')) or '(?!)'})"
        # (… or the matter the adoption was on, before the verb: "安理会就…问题一致通过第2371号决议",
        # "Совет Безопасности по вопросу о … принял резолюцию")
        rf"|{'|'.join(gather('grammar.adoption_topic')) or '(?!)'})"
    )
    # (… set off by a comma in a script without spaces: "安理会27日举行会议，表决通过了…")
    adopt_when = rf"{adopt_item}(?:\s*+[,\u060c\uff0c])?(?:\s++|(?<=[{CJK}])|(?<=[{CJK}][,\uff0c]))"
    # (… the auxiliary split from its participle by the date or the session: "le Conseil a, le
    # 5 juillet 2021, adopté …")
    adopt_split = (
        rf"|\s++(?:{alt_or_never(gather('grammar.adoption_auxiliaries'))})\s*+,\s++(?P<ins3>(?:{adopt_when}){{1,2}})"
        rf"(?:{alt_or_never(gather('grammar.adoption_participles'))})"
    )
    # (the manner or the day of the adoption between a subject written after its verb and the noun)
    # (… and the adverbs news put there: "Совбез ООН также принял резолюцию 2231", "واعتمد مجلس
    # الأمن أيضا القرار 2231")
    manner_or_time = (
        gather("grammar.adoption_manner")
        + gather("grammar.adoption_time")
        + gather("grammar.adoption_adverbs")
    )
    adopt_gap = recache.compile(
        # (the body's acronym in a bracket after its name: "the Security Council (UNSC) adopted …",
        # "le Conseil de sécurité des Nations Unies (CSNU) a adopté …")
        rf"(?:[ ]?\([A-Z]{{2,10}}\)(?=\s))?"
        rf"(?:(?:\s*+,\s++(?={adopt_when})|\s++|(?<=[{CJK}]))(?P<ins>(?:{adopt_when}){{0,3}})(?:{alt_or_never(adoption_verbs)}){adopt_split})"
        # (… and, in a script without spaces, the topic of the text adopted after the verb:
        # "安理会通过了关于…问题的第2712号决议")
        rf"(?:(?<=[{CJK}])(?:{'|'.join(gather('grammar.adopted_topic')) or '(?!)'}))?"
        # (… two there: "اعتمدت بدون تصويت في 3 … القرار", "اعتمدت في جلستها 45 المعقودة في 3 … القرار")
        rf"(?P<ins2>(?:(?:\s*+[,\u060c]\s*+|\s++){adopt_item}(?:\s*+[,\u060c])?(?=\s)){{1,2}})?"
        rf"(?:\s++(?:(?:{alt_or_never(gather('grammar.articles'))})(?:\s++|(?<=[\x27\u2019])))?|(?<=[{CJK}])|$)"
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
            # (… or, in languages that write the verb first, the organ's name right before the
            # possessive, a verb of adoption before the name: "وأصدرت الحكومة قرارها 2019/4")
            rf"(?:(?P<link>{actor_gap.pattern})|{adopt_gap.pattern}|(?P<first>\s++))$"
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
        rf"(?<!\w)(?:{actor_link})\s++(?:(?:{alt_or_never(gather('grammar.articles'))})\s*+)?$",
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
    articles = alt_or_never(gather("grammar.articles"))
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
    adopted_clause = alt_or_never(gather("grammar.adopted_clause"))
    session = rf"(?:(?:{adopted_clause})\s++)?(?:{session})|(?:{adopted_clause})\s++(?i:{meeting})"
    other_after = [f"(?:{r})" for r in gather("grammar.other_organisation_after")]
    other_before = [f"(?:{r})" for r in gather("grammar.other_organisation_before")]
    org_noun = [f"(?:{r})" for r in gather("grammar.organisation_before_noun")]
    # (where the noun follows the number, its mark and noun before the bracket of a date:
    # "第70/1号决议(2015年9月25日)", as articles cite it; … or before the meeting that adopted it
    # and its date, set off by commas, as notes cite it: "第1514(XV)号决议，第947次全体会议，1960年12月14日")
    tail_suffix = gather("grammar.number_suffix")
    bracket_verb = alt_or_never(gather("grammar.date_bracket_verb"))
    noun_then_date = (
        rf"(?:\s*+{alternation(tail_suffix)}\s*+{alternation(res_nouns + dec_nouns)}"
        rf"(?=\s*+\([ ]?{unnamed(date_regex(langs, figures=True))}|\s*+,\s*+(?i:{meeting})\s*+,\s*+\d"
        # (… or before its date alone set off by a comma, the note's or clause's end after it, as
        # journal articles' notes cite it: "第2625(XXV)号决议，1970年10月24日。")
        rf"|[ ]?,[ ]?{unnamed(date_regex(langs, figures=True))}(?=[ ]?[,;.)\]]|[ ]?$|[ ]?\n)))?"
        if tail_suffix
        else ""
    )
    next_dated = (
        rf"(?!\s*+,?\s*+(?:{date_number})\s++(?i:{any_date})[ \t]++\d{{1,5}}(?:/|[ \t]?\())"
        if gather("grammar.date_before_number")
        else ""
    )
    ordinal = "|".join(f"(?:{r})" for r in gather("grammar.body_ordinal")) or "(?!)"
    # (the ordinal and the session's or meeting's clause each led by their first characters: tried
    # after most numbers, they hold long alternations that a plain number's tail never opens)
    ordinal = first_led(f"(?i:{ordinal})")
    # (… or its session's ordinal and noun before the name: "of the thirty-seventh session of the
    # General Assembly", "de la trente-septième session de l'Assemblée générale")
    session_before = "|".join(f"(?:{r})" for r in gather("grammar.session_before_body")) or "(?!)"
    session_before = first_led(f"(?i:{session_before})")
    session_or_meeting = first_led(f"(?:{session}|(?i:{meeting}))")
    # (… the number's topic between it and the passive of its adoption by the body, as encyclopaedias
    # write it: "Resolution 1325 on women, peace and security was adopted unanimously by the Security
    # Council on …", fr "La résolution 1973 relative à la Libye a été adoptée par le Conseil …"; no
    # figure, stop or bracket in the topic)
    passive = gather("grammar.adoption_passive")
    apposition = alt_or_never(gather("grammar.apposition"))
    topic_passive = (
        rf"(?:\s*+,?\s*+(?i:{alternation(gather('grammar.topic_after'))})\s"
        rf"{PASSIVE_TOPIC}(?=\s*+,?\s*+{alternation(passive)}\s))?"
        if passive
        else ""
    )
    # (… a phrase set off by its two commas between the number and the passive of its adoption, the
    # date after the passive: "La résolution 1540 (2004), visant …, a été adoptée le 28 avril 2004
    # par …", "Resolution 1325, a landmark text, was adopted on …"; words only, no figure, stop or
    # bracket)
    set_off_passive = (
        rf"(?:[^\W\d][^,;:()\[\]\u201c\u201d\"\u00ab\u00bb/\n.\d]{{0,80}}?,\s*+(?=(?:{alternation(passive)})\s))?"
        if passive
        else ""
    )
    # (… the passive of its adoption by the body named again, after the number's own body, the date
    # after it: "la resolución 3314 (XXIX) de la Asamblea General fue adoptada por la Asamblea
    # General de las Naciones Unidas el …", "Resolution 3314 of the General Assembly was adopted by
    # the General Assembly on …", as encyclopaedias open their pages)
    again_by = alt_or_never([p for p in gather("grammar.body_prep_past_date") if p])
    manners = "|".join(gather("grammar.adoption_manner")) or "(?!)"
    adopted_again = (
        rf"(?:\s*+,?\s*+(?:{alternation(passive)})\s++(?:(?i:{manners})\s++)?"
        rf"(?:{again_by})\s*+(?:{bodies})(?=\s*+,?\s*+(?:{date_intro})\s))?"
        if passive
        else ""
    )
    item_tail = recache.compile(
        # the body named after the number, or its short name ("of the Conference of the Parties")
        rf"{noun_then_date}"
        # (… its meeting's or session's ordinal perhaps before the name: "of the Thirty-first
        # Meeting of the Parties to …", "par la trente et unième Réunion des Parties au …")
        # (… the year of its adoption in brackets after a session's number before the name: "les
        # résolutions 15/15 (2010) et 31/3 (2016) du Conseil des droits de l'homme")
        rf"(?:(?:[ \t]?+\((?:19|20)\d\d\))?{topic_passive}\s*+(?:,\s*+)?{prep}\s*+"
        rf"(?:(?:{session_before})\s*+)?(?:{ordinal}\s++)?"
        rf"(?:(?P<body>{bodies})|(?P<gen>{generic})(?:(?!\w)|(?<=[{CJK}]))))?"
        # (… its acronym in brackets perhaps after the name, its date after it: "par le Conseil de
        # sécurité (CSNU), le 31 octobre 2000", "por el Consejo Económico y Social (ECOSOC) el …")
        rf"(?(body)(?:[ ]?\([A-Z]{{2,10}}\)(?=\s*+,?\s*+(?:{date_intro})\s))?{adopted_again})"
        # the session the body adopted it at ("adopted by the General Assembly at its seventy-first
        # session on …", "принятую … на ее семьдесят первой сессии 21 декабря …")
        # (… or the meeting: "adopted by the Security Council at its 7573rd meeting, on …")
        rf"(?:\s*+(?:,\s*+)?{session_or_meeting}(?=\s*+,?\s*+(?:(?:{date_intro})\s*+)?\d))?"
        # (after the body's name the date may follow with no word: "принятую Генеральной
        # Ассамблеей 21 декабря 2016 года")
        # (… not the date that a list's next number has before it: "… 2005 года 60/1, от 5 ноября
        # 2009 года 64/10 и …")
        # (… the date's word inside the bracket too: "70/1 (of 25 September 2015)", "(от …)")
        rf"(?:{next_dated}\s*+(?:,\s*+)?{set_off_passive}"
        # (… the noun again after a dash, as encyclopaedias open their pages, before the participle
        # and the date: "Резолюция Совета Безопасности 2334 — резолюция, принятая 23 декабря …")
        rf"(?:(?:{apposition})\s*+,\s*+(?={date_intro}))?"
        # (… the place of the adoption before the date in the bracket, as legal databases head
        # their copies: "резолюция … №724 (Нью-Йорк, 15 декабря 1991 г.)")
        rf"(?:{date_intro}\s*+|(?P<par>\()[ ]?(?:{_BRACKET_PLACE})?(?:{date_intro}\s*+)?"
        rf"|(?(body)(?=\d)|(?!)))"
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
    glued_and = alt_or_never([w for w in gather("grammar.list_and") if re.match(rf"[{CJK}]|[^\w\s]", w)])
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
        # (… the next number's own date after its word, where the lexicon writes the date between
        # the body and the number: "резолюции … от 24 октября 2005 года 60/1 и от 25 сентября 2015
        # года 70/1"; the number's sign repeated: "резолюции № 60/1 … и № 70/1")
        rf"(?:(?<=\s)(?P<dnum>(?:{date_number})\s++)(?i:{any_date})\s++)?"
        rf"(?:(?:{number_words})[ \t]?)?"
    )
    topic_words = gather("grammar.topic_after")
    far_links = gather("grammar.date_far_link")  # a letter's date, then whom it is from and to
    far_stop = _sentence_opener_at_line_start(gather("grammar.date_far_sentence_opener"))
    entitled = gather("titles.entitled")
    topic_gap = (
        recache.compile(
            # (the date of the number before, when a page break kept it from its number)
            rf"(?:\s*+(?:{date_intro})\s++{date})?"
            # (… a comma perhaps before the topic: "69/313, relativa al …, y 71/243", "70/1، الذي …"; or
            # a dash: "5/1 – об институциональном строительстве Совета и 5/2 – о …")
            rf"\s*+[,\u060c]?\s*+(?:[\u2013\u2014-]\s++)?(?:(?<!\w)(?:{alternation(topic_words)})\s"
            # (… a bracket in the topic with no symbol or number of a text in it: "on the Busan
            # Declaration …, phase I (2007-2011), 64/4 on …", "on the Beijing Rules (Bangkok), and …")
            rf"(?:(?!\n[ \t]*\n)[^;:()\[\]“”\"«»/]|\([^;:()\[\]“”\"«»/\n]{{1,40}}\)"
            # (… and a title in quotes, whatever it holds but a line's end: "in which it proclaimed
            # 2005–2015 the Decade for Action, "Water for Life", 61/192 of …", «…» in Russian)
            rf"|[“\"«][^”\"»\n]{{1,200}}[”\"»])*?"
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
        topic_marked = "|".join(gather("grammar.topic_after_mark")) or "(?!)"
        # (… a list item's date joined to its number by the adoption's link: "…、2002年7月22日通过的
        # 第1425(2002)号")
        item_link = alt_or_never(gather("grammar.adopted_link"))
        # a number's mark, and a footnote's marker glued after it before the list word
        # ("第64/293号1、65/1号决议", "第64/293号¹、…", "第64/293²、…")
        # (… or a bracket after the mark that holds the item's symbol or date, the list word after
        # it: "第48/264号(A/52/856)和第51/241号决议")
        mark_note = (
            rf"(?:(?:{mark_s})(?:\d{{1,2}}(?=[ \t]?(?:,|{list_and}))"
            rf"|[ \t]?[(\uff08][^()\uff08\uff09\n]{{1,40}}[)\uff09](?=[ \t]?(?:{list_and})))?)?"
            rf"(?:[{SUPERSCRIPTS}]{{1,2}})?"
        )
        post_noun = recache.compile(
            # at most LIST_AHEAD numbers are read ahead for the noun: unbounded, a long list of
            # numbers without it is read again from each of its numbers (quadratic); each number
            # perhaps with its topic before it ("关于…的第69/313号和关于…的第72/279号决议")
            # (… a footnote marker perhaps after the list word, at a line's end: "第61/30号、1⏎")
            rf"\s*+{mark_note}(?:\s*+(?:,|{list_and}|{rng})"
            rf"(?:[ \t]?(?:\d{{1,2}}|[{SUPERSCRIPTS}]{{1,2}})(?=[ \t]*\n))?\s*+"
            rf"(?:(?:{topic})\s*+)?(?:{any_date}\s*+(?:(?:{item_link})\s*+)?)?"
            rf"(?:(?:{topic})\s*+)?"
            rf"(?:{mark_p})?\s*+{loose}\s*+"
            rf"{mark_note}){{0,{LIST_AHEAD}}}"
            # (… the topic of the texts between the list's last mark and the noun, as gazettes
            # write it: "第1356(2001)号、…第1772(2007)号有关索马里局势的决议")
            rf"\s*+(?:(?:{topic_marked})\s*+)?(?P<noun>{trie_regex(res_nouns + dec_nouns + prst_nouns)})"
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
        adopted = alt_or_never([w for g in after_langs for w in g.get("adopted_link", [])])
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
        post_respectively = alt_or_never([w for g in after_langs for w in g.get("respectively_after", [])])
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
            rf"|[,\u3001]?\s*+(?:{alt_or_never(gather('grammar.subject_and'))})\s*+(?:{date_intro})?\s*+"
            rf"(?:{day_month_regex(langs)}\s*+)?(?:{alt_or_never(gather('grammar.adopted_verb'))})\s*+)"
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
    dated_and = alt_or_never(gather("grammar.dated_list_and"))
    # (… and the short forms of legal styles, with their case: "Id." is no "ID.")
    ibid_short = gather("footnotes.ibid_short")
    # (… nor one that opens a treaty's note, its volume's word after the number where the language
    # writes it there: "同上，第2171卷，第27531号" is read whole by the treaty finder)
    volume_after = "".join(f"|{form}" for form in gather("footnotes.volume_after"))
    ibid = recache.compile(
        # (a long form ends its word in Latin letters: "Idemitsu", "Ibidun Foundation" are names)
        # (… its note's number glued before it at the line's start, as under a rule the notes of
        # a Chinese PDF read: "2同上。")
        rf"(?:(?<!\w)|(?<=\n\d)|(?<=\n\d\d)|(?<=\n\d\d\d))(?P<ibid>(?i:{alternation(gather('footnotes.ibid'))})(?![A-Za-z\u00c0-\u024f])"
        rf"{'|' + alternation(ibid_short) if ibid_short else ''})"
        rf"(?!(?i:\.?\s*,\s*(?:{volume}{volume_after})))\.?"
    )
    names = list(
        {
            fold(n)
            for lang_ in languages
            for section in ("instruments", "instrument_sets")
            for ns in lang_.raw.get(section, {}).values()
            for n in ns
        }
    )
    # a case-sensitive scan for the first word of a name finds the candidates fast; the
    # whole (case-insensitive) name is then matched there
    first_words = {
        re.split(r"[\s,]+", n.strip())[0]
        for lang_ in languages
        for section in ("instruments", "instrument_sets")
        for ns in lang_.raw.get(section, {}).values()
        for n in ns
    }
    # (… its first word with a small letter, as official journals write a treaty's title: "décret
    # portant publication de la convention relative aux droits de l'enfant")
    first_words |= set(gather("grammar.name_small_heads"))
    # (… or in capitals, as a list of treaties or a heading writes a title: "CONVENCIÓN SOBRE EL
    # ESTATUTO DE LOS REFUGIADOS. Ginebra, 28 de julio de 1951.")
    first_words |= {w.upper() for w in first_words if w[:1].isupper() and w.upper() != w}
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
    # (… or a pinpoint glued after it, in such a language: "联合国宪章第二十三条", "儿童权利公约第4条";
    # regular expressions)
    pin_heads = gather("grammar.name_pinpoint_after")
    closers = [alternation(compound)] if compound else []
    closers += [f"(?:{p})" for p in pin_heads]
    compound_after = rf"(?={'|'.join(closers)})" if closers else "(?!)"
    instrument_start = recache.compile(
        trie_regex(sorted(first_words), keep_case=True) + rf"(?:(?!\w)|{compound_after})"
    )
    body_names = [n for lang_ in languages for ns in lang_.raw["bodies"].values() for n in ns]
    name_start = recache.compile(trie_regex(body_names + sorted(first_words), keep_case=True))
    # … the same names apart from those that open with a small letter ("outcome", "итоговый"):
    # a scan led by small letters as common as "o" or "и" tries the trie at every one of them;
    # those names are found instead where their first word stands (a literal, as the trie
    # writes it), each place then tried with the whole trie (see :func:`names_in`)
    small = [n for n in body_names + sorted(first_words) if _opens_small(n)]
    name_start_cased = (
        recache.compile(
            trie_regex([n for n in body_names + sorted(first_words) if not _opens_small(n)], keep_case=True)
        )
        if small
        else name_start
    )
    name_lower_words = tuple(sorted({_first_literal(n) for n in small}))
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
    clitics = sorted(set(gather("grammar.clitics")), key=shortest_first)
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
        # … or wrapped onto the next line, the sentence going on after it in small letters, as a
        # printed page breaks a line between a name and its raised marker ("… the Paris
        # Agreement⏎4 requires …", "… in Persons,⏎5 in which …"; never "⏎1. Urges", "⏎⏎2 …")
        rf"|[ \t]*+(?:,[ \t]*+)?\n[ \t]*+(?P<wrap>\d{{1,2}})"
        r"(?=[ \t]++[^\W\d_](?<=[a-z\u00df-\u00ff\u0430-\u044f]))"
    )
    pins = "|".join(
        [v for lang_ in languages for v in lang_.raw["pinpoints"].values()]
        + [g for g, _ in _glued_pin_words(tuple(lang_.code for lang_ in languages))]
    )
    # "paragraph 5 of", "l'annexe II de la", "párrafo 3 del": the words that link a pinpoint
    # to the text it points into
    glued_links = gather("grammar.pin_link_glued")
    pin_link = alt_or_never(gather("grammar.pin_link") + glued_links)
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
    # (… its figures perhaps in brackets, as Arabic legal texts write an article's: "المادة (51) من")
    figures = rf"\d{{1,3}}{sub_num}|\(\d{{1,3}}\)"
    pin_num = rf"(?:{figures}|[IVX]{{1,5}}{part_letter}{'|' + alternation(ordinals) if ordinals else ''})"
    # … or a part's letter, in its case ("annex B to resolution 2231 (2015)", "section A of")
    # … or a subparagraph's letter alone after its noun, in brackets or closed by one ("alinéa e)
    # du paragraphe 5", "subparagraph (e) of paragraph 5")
    # (… the letter perhaps a Cyrillic one, as Russian copies set it: "в пункте 1 а) резолюции")
    pin_num = rf"(?:{pin_num}|(?-i:{annex_letters})(?!(?![{CJK}])\w|/)|(?<=\s)\(?(?-i:[a-zа-я]{{1,3}})\))"
    # … each with the letter of a subparagraph, perhaps ("paragraph 5 (b) of"), or that letter
    # closed by a bracket, as French and Spanish write it ("párrafo 5 e) de")
    # (… the letter perhaps an Arabic one, as the Organization's Arabic texts letter subparagraphs:
    # "الفقرتين 1 (ب) و 86 (ب) من القرار")
    pin_num = rf"{pin_num}(?:\s?\((?:[a-z]{{1,4}}|[\u0621-\u064a]{{1,2}})\)|\s(?-i:[a-zа-я]{{1,3}})\))?"
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
    # (… a number after a comma and before a sentence's full stop is the next paragraph's, the
    # list before it closed by its last element: "Add.48 et Add.49, 1. Condamne", "Add.7,⏎2. Pide")
    elliptic_tail = recache.compile(
        rf"(?:(?:\s*,\s*\d{{1,4}}(?!\.(?:\s|$))|(?:\s+{list_and}\s+|(?<=\d)(?:{list_and})(?=\d)"
        rf"(?<![^\W\d_]{{2}}))\d{{1,4}})(?!(?![{CJK}])\w|/|\.\d))+"
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
        # (… itself revised or corrected: "and Add.2/Corr.1")
        rf"(?P<el>(?:{NUMBERED_ELEMENTS})\.\d{{1,3}}(?:/(?:{NUMBERED_ELEMENTS})\.\d{{1,3}}){{0,2}}))"
        rf"(?!(?![{CJK}])\w|/)",
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
                rf"(?:(?<!\w)(?P<gapintro>{alt_or_never(gap_intros)})(?:\s++{gap_word}){{0,9}}?\s++"
                rf"(?!(?:{date_intro})\s){gap_word}\s++)?{date}"
                rf"(?(gapintro)|{noun_gap})"
                r"[ \t]*+(?:\n[ \t]*+)?\([ \t]*+(?:\n[ \t]*+)?$",
                re.IGNORECASE,
            )
        )
        if gap_intros or gap_nouns
        else None
    )
    # a year alone after its words, perhaps none ("عام 2006", "2006"): an adoption's time in news
    year_alone_words = rf"(?:(?:{alt_or_never(gather('dates.year_leads'))})\s++)?(?:19|20)\d\d(?![\d/])"
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
            # (… a meeting's ordinal of up to five figures, its ending perhaps after a hyphen: "at its
            # 7853rd meeting", "на своем 7853-м заседании")
            rf"(?:(?:[^\W\d_][\w\u2019'.-]*+|\d{{1,5}}-?(?:[^\W\d_]{{1,3}}|[\u00ba\u00aa\u00b0]))(?:\s++|(?=,))){{1,24}}?"
            # (… the place's country after a comma: "adopted in Katowice, Poland, on …")
            rf"(?:,[ ]{UPPER_START}[\w\u2019'.-]*+(?:[ ]{UPPER_START}[\w\u2019'.-]*+){{0,3}}(?=,))?"
            rf"(?:,\s*+)?(?:(?i:{alt_or_never(gather('grammar.place_date_intro'))})\s++)?(?i:{date})"
        )
        # (… a language that writes no word before that date has none: "принятая на заседании
        # 23 декабря 2016 года")
        if gather("grammar.place_adoption")
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
            rf"\s*+(?:,\s*+)?(?:{date_intro})\s++(?P<days>{day_member(dmy)}(?:\s*+,\s*+{day_member(dmy)})*+)"
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
        stem_re=recache.compile(literal_trie(noun_stems(res_nouns + dec_nouns + prst_nouns))),
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
        actor_verb_gap=recache.compile(
            rf"\s*+,\s++(?:{alternation(participles)})(?:\s++(?:{alt_or_never(gather('verbs.adverbs'))}))?\s++"
        )
        if (participles := gather("grammar.actor_participles"))
        else None,
        actor_verb_lead=recache.compile(
            rf"(?:^|[.;:,!?\n])[ \t]*+\n?[ \t]*+(?:(?i:{alt_or_never(gather('grammar.articles'))})[ \t]++)?$"
        ),
        subject_session=recache.compile(
            rf"\s*+,\s*+(?:{'|'.join(gather('grammar.subject_session'))})\s*+,\s*+"
            # (… or the manner of the adoption: "اعتمد مجلس الأمن بالإجماع القرار 2371")
            # (… or the day, as news tell it, one or both: "اعتمد مجلس الأمن بالإجماع اليوم القرار 2470",
            # "اعتمد مجلس الأمن الدولي، أمس الخميس، القرار 2470")
            rf"|(?:(?:\s*+,)?\s++(?:{'|'.join(manner_or_time) or '(?!)'}"
            # (… or its date, its month and year, or its year, after their preposition: "اعتمد مجلس
            # الأمن في 11 آب/أغسطس 2006 القرار 1701", "في آب/أغسطس 2006", "في عام 2006")
            rf"|(?:{date_intro})\s++(?:{any_date}|{month_year_regex(langs)}|{year_alone_words})"
            rf")){{1,2}}(?:\s*+,)?\s++"
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
            rf"|(?i:{alt_or_never(gather('grammar.adoption_participles'))})\w*+\s*+,?\s*+(?:{date_intro})\s++"
            rf"{any_date}\s*+,?\s*+(?i:{alt_or_never(past_date)}))\s*+(?:(?i:{ordinal})\s++)?$"
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
            rf"(?:\s++(?:(?:{alt_or_never(gather('grammar.articles'))}"
            rf"|{alt_or_never(gather('grammar.possessive'))})(?:\s++|(?<=[\x27\u2019])))?)?"
        ),
        item_gap=recache.compile(
            rf"\s*+,?\s*+(?:(?:{list_and})\s*+)?"
            # (the body's preposition repeated: "… (resolution 60/251) and of the Commission …")
            rf"(?:(?:{alt_or_never([p for p in gather('grammar.body_prep') if p])})"
            rf"(?:\s++|(?<=[\x27\u2019])))?"
            rf"(?:(?:{alt_or_never(gather('grammar.articles'))})(?:\s++|(?<=[\x27\u2019])))?"
        ),
        object_before=recache.compile(
            rf"(?<!\w)(?:{alternation(gather('grammar.object_verbs'))})\s++"
            rf"(?:(?:{alt_or_never(gather('grammar.articles'))})\s*+)?$"
        )
        if gather("grammar.object_verbs")
        else None,
        period_bound=recache.compile(
            rf"(?<!\w)(?:{alt_or_never(gather('grammar.period_bounds'))})\s*+$", re.IGNORECASE
        ),
        # (a word, or a mark, or a word after a mark: "&", ", with")
        chain_break=recache.compile(
            rf"(?:(?<!\w)(?=\w)|(?=\W))(?:{alt_or_never(gather('grammar.legal_chain_breaks'))})(?!\w)"
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
        name_start_cased=name_start_cased,
        name_lower_words=name_lower_words,
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
                # (a note's mark in superscript glued to the date: "issued on 13 March 2003¹ (A/58/50)")
                rf"(?:[{SUPERSCRIPTS}]{{1,3}})?"
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
                rf"|(?:[^\d()\n\s.{_NO_SENDER}]|{_COUNCIL_NUMBER}|{SENDER_FIGURE}|(?<=[{CJK}]){_SENDER_SHORT}){{1,30}}?"
                rf"(?:{alt_or_never(gather('grammar.date_sender_link'))}))"
                # (… the words perhaps over lines, not over a paragraph's end, nor a sentence's in a
                # language that writes no spaces: its full stop is a dot after its last character)
                # (… and the Council's resolution that set up the committee whose chair wrote it:
                # "from the Chair of the Committee established pursuant to resolution 1718 (2006)")
                # (… nor past a line that opens a sentence: the date was a heading's, its annex's
                # first sentence on the next line, no blank line between them in a PDF's text)
                rf"(?:[^\d()\n;.\u3002\uff1b]|\.(?<![{CJK}]\.)|\n(?![ \t]*+\n{far_stop})"
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
                rf"|(?:{alt_or_never(gather('grammar.date_link'))})\s*+《[^》\n]{{1,200}}》"
                # (… or its title without quotes after the word that says it was adopted that day:
                # "2015年9月25日通过的2030年可持续发展议程(")
                rf"|(?:{alt_or_never(gather('grammar.adopted_link'))})[^\s《》()，。；,;:：\u3001]{{1,30}})?"
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
            # (… each paragraph's subparagraphs after it in brackets, a range or a list of them: "¶
            # 1(a)", "¶ 1(a)–(d)", "¶¶ 1(a), 2(b)(ii)")
            rf"[ ]?,?\s?(?:(?P<pin>(?:{paras})\s?\d{{1,3}}{_SUBPARAGRAPHS}"
            rf"(?:\s?[-\u2013\u2014]\s?(?:\d{{1,3}})?{_SUBPARAGRAPHS}|(?:,\s?\d{{1,3}}{_SUBPARAGRAPHS})+)?)"
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
            # (… the adopting body named after the title, then the date of its adoption: "71/58,
            # entitled “…”, adopted by the General Assembly on 5 December 2016")
            rf"\s*+[,\u060c]?\s*+(?:(?<!\w)(?:{alt_or_never(gather('grammar.adoption_by'))})\s*+"
            rf"(?:{bodies}|{generic})\s*+[,\u060c]?\s*+)?"
            rf"(?<!\w)(?:{date_intro})\s++{date}",
            re.IGNORECASE,
        ),
        open_paren=open_paren,
        before_paren=before_paren,
        letter_names=letter_map,
        word_letter=word_letter,
        session_mark=recache.compile(
            rf"(?:(?P<es>{alt_or_never(emergency)})|(?P<s>{alt_or_never(special)})|{alt_or_never(marks)})"
            rf"\s?(?P<n>\d{{1,2}})"
        )
        if all_marks
        else None,
        special_before=recache.compile(
            rf"(?:(?P<es>{alt_or_never(emergency)})|(?P<s>{alt_or_never(special)}))[ ]?$"
        )
        if special or emergency
        else None,
        post_noun=post_noun,
        bracket_rest=_bracket_rest(langs),
        other_org_after=_other_after(other_after, lang) if other_after else None,
        other_org_before=recache.compile(rf"(?:{'|'.join(other_before)})$") if other_before else None,
        back_body=_back_body(gather("grammar.back_body")),
        org_before_noun=led(recache.compile(rf"{look_hoisted(org_noun)}$")) if org_noun else None,
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
        protocol_thereto=with_words("grammar.protocol_thereto", _thereto_dated),
        protocols_thereto=with_words("grammar.protocols_thereto", _thereto_dated),
        protocols_to=with_words("grammar.protocols_to", lambda w: rf"(?:{w})\s*+$", re.IGNORECASE),
        # (… a word glued after them in a script without spaces: "…各项任择议定书生效")
        protocols_after=with_words(
            "grammar.protocols_after", lambda w: rf"[\u300b\u300d\"\u201d]?\s*+(?:{w})(?!(?![{CJK}])[^\W\d_])"
        ),
        post_head=post_head,
        bare_and=bare_and,
        noun_and=noun_and,
        topic_and=topic_and,
        # (… before the first of several dates: "分别于2007年6月18日和2007年7月26日")
        body_joiner=recache.compile(body_joiner),
        respectively=recache.compile(
            rf"(?:{alternation(gather('grammar.respectively'))})\s*+(?:(?:{date_intro})\s*+)?"
            rf"(?:{any_date}\s*+(?:{list_and}|[,\u3001])\s*+){{0,{LIST_DATES_RESPECTIVE}}}"
            rf"(?:{alt_or_never(gather('grammar.date_link'))})?$"
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


@functools.lru_cache(maxsize=16)
def _glued_pin_words(langs: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """The pinpoint words of ``langs`` that open with the article, each as a preposition glued
    before it writes it (``grammar.article_glued``: Arabic "الفقرة" after "ل" is "للفقرة", "وفقا
    للفقرة 11 من القرار …"), with the word as the lexicon writes it."""
    out: list[tuple[str, str]] = []
    for code in langs:
        raw = lexicon.load().languages[code].raw
        glued: dict[str, list[str]] = raw.get("grammar", {}).get("article_glued", {})
        for words in raw["pinpoints"].values():
            for w in words.split("|"):
                article = max((a for a in glued if w.startswith(a)), key=len, default=None)
                if article is not None:
                    out += [(form + w[len(article) :], w) for form in glued[article]]
    return tuple(out)


#: a pinpoint's figures in brackets ("المادة (51)"), the record's as plain figures
_BRACKETED_FIGURES = recache.compile(r"(?<!\w)\((\d{1,3})\)")


@functools.lru_cache(maxsize=1)
def _unglued_words() -> dict[str, str]:
    """Each glued form of a pinpoint word of every language → the word (:func:`_glued_pin_words`;
    the first language's where two give one form)."""
    out: dict[str, str] = {}
    for form, word in _glued_pin_words(tuple(lexicon.load().languages)):
        out.setdefault(form, word)
    return out


def unglued_pinpoint(pin: str | None) -> str | None:
    """A pinpoint read with a preposition glued to its word's article ("للفقرة 11") as the
    lexicon writes the word ("الفقرة 11"), its figures in brackets plain ("المادة (51)" is
    "المادة 51"); any other as it is.  (Run on every record that has a pinpoint: one lookup.)"""
    if not pin:
        return pin
    if "(" in pin:
        pin = _BRACKETED_FIGURES.sub(r"\1", pin)
    head, _, rest = pin.partition(" ")
    word = _unglued_words().get(head)
    if word is None:
        return pin
    return f"{word} {rest}" if rest else word


def _thereto(words: str) -> str:
    """The words naming a treaty's protocol(s) by reference (group ``words``), read where the
    treaty's name (and its marker) ends: its year, a title's closing mark and a list's comma may
    stand between."""
    # (… the treaty's year after its name, after a short preposition or in brackets: "la Convención
    # sobre el Estatuto de los Refugiados de 1951 y su Protocolo de 1967", "… (1951) and its …")
    # (… or after a preposition of four letters: "الاتفاقية الخاصة بوضع اللاجئين لعام 1951 وبروتوكولها")
    year = r"(?:[ \t]++(?:[^\W\d_]{1,4}[ \t]++)?(?:19|20)\d\d(?!\d)|[ \t]*+\((?:19|20)\d\d\))?"
    # (… an ideograph glued after them in a script without spaces: "…及其附加议定书的缔约国")
    return (
        year
        + r"[\u300b\u300d\"\u201d]?\s*+[,\u060c\uff0c\u3001]?\s*+(?P<words>"
        + words
        + r")(?!(?![\u3400-\u4dbf\u4e00-\u9fff])[^\W\d_])"
    )


def _thereto_dated(words: str) -> str:
    """:func:`_thereto`, the protocol's year perhaps before a capitalised word of its name ("the
    1951 Refugee Convention and its 1967 Protocol"; a script without capitals writes none)."""
    year = r"\s+(?:(?:19|20)\d\d\s++)?"
    return _thereto(
        re.sub(r"\\s\+(?=[^\W\d_])", lambda m: year if words[m.end()].isupper() else m.group(), words)
    )


def _line_cut_alternation(words: list[str]) -> str:
    """An alternation of ``words`` (of a script without spaces) each of which a line's end
    may cut between two of its characters."""
    return "|".join(r"\n?".join(map(re.escape, w)) for w in sorted(words, key=lambda w: (-len(w), w)))


def _back_body(words: list[str]) -> re.Pattern[str] | None:
    """The words after a number that point back to the body named last before it, whatever its
    kind ("of that body", "de cet organe", "de ese órgano"): matched right after the number."""
    return recache.compile(rf"\s*+(?:,\s*+)?{alternation(words)}(?!\w)", re.IGNORECASE) if words else None


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
    alts = "|".join([*(re.escape(w) for w in sorted(set(words), key=longest_first)), *pins])
    return recache.compile(
        rf"(?:[\s\d/,;.:()\u3001\-\u2013\u2014]|(?-i:[A-Z])(?!\w)|(?:{alts}))*+", re.IGNORECASE
    )


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
    word = rf"(?:{alternation(words)})[ \t]+(?!(?i:{after})(?!\w)){LOWER_START}"
    if titles:
        word += rf"|(?:{alternation(titles)})[ ](?!{bodies})[A-Z][a-z]+[ ][A-Z][a-z]"
    return recache.compile(word)


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


def _opens_small(name: str) -> bool:
    """Does ``name``, as :func:`trie_regex` with ``keep_case`` writes it, open with a small letter?"""
    return " ".join(one_for_one(name).split())[:1].islower()


def _first_literal(name: str) -> str:
    """The first word of ``name`` as :func:`trie_regex` with ``keep_case`` matches it, literally
    (its characters mapped by ``one_for_one``, each written as itself: a word holds no apostrophe)."""
    m = re.match(r"\w+", " ".join(one_for_one(name).split()))
    assert m is not None  # (asked of a name that opens with a small letter)
    return m.group()


def _by_first_letter(words: list[str]) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[:1], []).append(w)
    return [groups[k] for k in sorted(groups)]


def _case_extras(letters: str) -> re.Pattern[str] | None:
    """The characters an IGNORECASE match equates with one of ``letters`` though they do not
    lower to it ("ſ" and "s", "ı" and "i"), with the capital sigma (whose lower case depends on
    its place), as a character set; None when this Python does not tell them."""
    try:
        extra: dict[int, tuple[int, ...]] = re_module("re._casefix")._EXTRA_CASES
    except (ImportError, AttributeError):
        return None
    chars = {chr(c) for ch in set(letters) for c in extra.get(ord(ch), ())} | {"\u03a3"}
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")
