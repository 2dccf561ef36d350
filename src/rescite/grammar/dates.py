"""Dates: the date patterns of each language (day, month, year), their parsing, and the
rules that tie a date to an adoption, a sentence, a topic or a list of texts."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from . import lexicon, recache
from .bodies import body_regex
from .lexicon import CJK, SUPERSCRIPTS, alternation, fold
from .retools import alt_or_never, first_led, gather_all, led_compile, longest_first

#: Most dates written after "respectively" before the one that opens a list's first number.
LIST_DATES_RESPECTIVE = 6


@functools.lru_cache(maxsize=16)
def adoption_dates(lang: str = "") -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The date of an adoption whose actor is named just before the noun of the text adopted:
    (the date right after the actor's name, matched there: "by the General Assembly on 13
    December 2006 in its resolution 61/106"; the date right before the name, searched in a
    stretch that ends at the name: "adopted on 13 December 2006 by the General Assembly",
    "принятую 13 декабря 2006 года Генеральной Ассамблеей") — :func:`adoption_date_after` and
    :func:`adoption_date_before`, each built apart where the other is not needed."""
    return adoption_date_after(lang), adoption_date_before(lang)


@functools.lru_cache(maxsize=16)
def adoption_date_after(lang: str = "") -> re.Pattern[str]:
    """The date right after an adopting actor's name (see :func:`adoption_dates`)."""
    langs = lexicon.scope(lang)
    date_intro = alternation(lexicon.gather("grammar.date_intro", langs))
    # (… glued to the name in scripts without spaces: "人权理事会于2023年10月6日通过其")
    return recache.compile(
        rf"(?:\s*+,\s*+|\s++|(?<=[{CJK}]))(?:{date_intro}(?:\s++|(?<=[{CJK}])))?{date_regex(langs)}",
        re.IGNORECASE,
    )


@functools.lru_cache(maxsize=16)
def adoption_date_before(lang: str = "") -> re.Pattern[str]:
    """The date right before an adopting actor's name, searched in a stretch that ends at the
    name (see :func:`adoption_dates`; built only where that stretch holds a year:
    :func:`search_dated` given this function)."""
    langs = lexicon.scope(lang)
    link = alternation(lexicon.gather("grammar.actor_link", langs))
    articles = alt_or_never(lexicon.gather("grammar.articles", langs))
    # (… or, in a script without spaces, set off by a comma glued to its last letter: "2017年8月6日，
    # 安理会就…问题一致通过第2371号决议")
    return recache.compile(
        rf"{date_regex(langs)}(?:(?:\s*+,)?\s++(?:{link}\s++)?(?:{articles}\s*+)?"
        rf"|(?<=[{CJK}])[ \t]*+[,\uff0c][ \t]*+)$",
        re.IGNORECASE,
    )


@functools.lru_cache(maxsize=16)
def adoption_noun_date(lang: str = "") -> re.Pattern[str]:
    """The noun of an adoption, its agent perhaps, then its date, set off before the text adopted
    ("the adoption, on 22 December 2023, of resolution …", "l'adoption par le Conseil, le 30 août
    2022, de la résolution …", "принятие 22 декабря 2023 года резолюции …") — searched in the
    stretch that ends at the text's noun: the date of that text's adoption."""
    langs = lexicon.scope(lang)
    nouns = alt_or_never(lexicon.gather("grammar.adoption_nouns", langs))
    date_intro = alternation(lexicon.gather("grammar.date_intro", langs))
    of = alt_or_never(lexicon.gather("grammar.agent_of", langs))
    articles = alt_or_never(lexicon.gather("grammar.articles", langs))
    # (… or the participle of the adoption, its agent perhaps, then the date, right before the noun
    # it agrees with, no comma between: "принятую 25 сентября 2015 года резолюцию 70/1")
    participles = alt_or_never(lexicon.gather("grammar.participles_before_noun", langs))
    # (… or the participle of a text's adoption, its agent perhaps, the date, then the word that
    # links the text adopted: "adopted on 13 September 2007 by resolution 61/295", "adopté par
    # l'Assemblée générale le 22 septembre 2014 dans la résolution 69/2", "aprobado el … en su
    # resolución …")
    adopted = alt_or_never(lexicon.gather("grammar.adopted_clause", langs))
    link = alt_or_never(lexicon.gather("grammar.actor_link", langs))
    possessive = alt_or_never(lexicon.gather("grammar.possessive", langs))
    # (an adjective between the article and the noun: "de l'historique résolution", "of the
    # landmark resolution", or any one word in quotation marks: "de l'« historique » résolution")
    adjectives = alt_or_never(lexicon.gather("grammar.adjectives_before_noun", langs))
    adjective = rf"(?:(?:{adjectives})\s++|[«“\"]\s*+[^\W\d_]{{2,30}}\s*+[»”\"]\s*+)?"
    return led_compile(
        # (the participle in capitals opening the sentence, its manner or agent perhaps, the date,
        # then a comma and the text it agrees with, as encyclopaedias and reports open a paragraph:
        # "Adoptée à l'unanimité le 28 avril 2031, la résolution …", "Aprobada el …, la
        # resolución …", "Adopted on …, resolution …"; its own tail below)
        rf"(?:(?:^|(?<=[.;!?\n])|(?<=[.;!?][ ]))(?=(?-i:[A-ZÀ-Þ]))(?P<opening>{adopted})"
        rf"(?:\s++[^\d,;:.()\[\]\n]{{1,80}}?)?\s++(?:(?:{date_intro})\s++)?"
        # (the agent between: "by the Security Council," — words, no figure, no clause's end)
        rf"|(?<!\w)(?:{nouns})(?:\s++[^\d;:.()\[\]\n]{{1,80}}?)?\s*+,?\s*+(?:(?:{date_intro})\s++)?"
        rf"|(?<!\w)(?P<participle>{participles})(?:\s++[^\d,;:.()\[\]\n]{{1,80}}?)?\s++"
        rf"|(?<!\w)(?P<adopted>{adopted})(?:\s++[^\d,;:.()\[\]\n]{{1,80}}?)?\s++(?:(?:{date_intro})\s++)?)"
        # (… the date in figures too, as legal databases write it in the bracket after a title:
        # "(принят 16.12.1966 резолюцией 2200 А (XXI) …)")
        rf"{date_regex(langs, figures=True)}"
        # (… the opening's manner perhaps after its date, before the comma: "Adoptada el … por amplia
        # mayoría y tras un largo debate, la resolución …")
        rf"(?(participle)\s++|(?(opening)(?:\s++[^\d,;:.()\[\]\n]{{1,80}}?)?\s*+,\s*+(?:(?:{articles})\s*+)?|(?(adopted)\s*+,?\s*+(?:{link})\s++(?:(?:{possessive}|{articles})\s*+)?"
        rf"|\s*+,?\s*+(?:(?:{of})\s*+)?(?:(?:{articles})\s*+)?{adjective})))$",
        re.IGNORECASE,
    )


@functools.lru_cache(maxsize=16)
def passive_sentence_date(lang: str = "") -> re.Pattern[str] | None:
    """A sentence that opens with the passive of an adoption, its subject a pronoun or left out,
    then the date, words perhaps between (the agent, the manner, the date's preposition; no figure,
    no clause's end): "Она была принята 3 ноября 1950 г.", "Была единогласно принята Советом
    Безопасности ООН 30 апреля 1993 года", "It was adopted on 3 November 1950" — matched at the
    sentence's start: the date of the text the sentence before cites (the words between in group
    ``gap``)."""
    langs = lexicon.scope(lang)
    passive = lexicon.gather("grammar.adoption_passive", langs)
    if not passive:
        return None
    pronoun = alt_or_never(lexicon.gather("grammar.subject_pronouns", langs))
    return recache.compile(
        rf"(?:(?:{pronoun})\s++)?{alternation(passive)}(?!\w)(?P<gap>[^\d.;:!?()\[\]\n]{{0,80}}?)(?<=\s)"
        rf"{date_regex(langs, figures=True)}",
        re.IGNORECASE,
    )


@functools.lru_cache(maxsize=16)
def adopted_bracket_date(lang: str = "") -> re.Pattern[str]:
    """The participle of an adoption opening a bracket, then the date, right before the adopting
    body's name and the text's noun, no link between, as OSCOLA cites a declaration after its
    title ("Declaration on Coastal Wetlands (adopted 14 December 2011 UNGA Res 66/150)")
    — searched in the stretch that ends at the body's name: the date of that text's adoption."""
    langs = lexicon.scope(lang)
    adopted = alt_or_never(lexicon.gather("grammar.adopted_clause", langs))
    date_intro = alternation(lexicon.gather("grammar.date_intro", langs))
    return recache.compile(
        rf"\([ ]?(?:{adopted})\s++(?:(?:{date_intro})\s++)?{date_regex(langs)}(?:\s*+,)?\s++$", re.IGNORECASE
    )


def _topic_then_date(
    langs: tuple[str, ...], lead: str, unless: str, stops: str, intro: str
) -> re.Pattern[str]:
    """A number's topic (``grammar.topic_after``), then its date, matched right after the number's
    tail: ``lead`` before the topic, its words none of ``unless`` nor of the characters ``stops``
    (no figure, slash or bracket: another number, a year of its own; no clause's end), ``intro``
    between it and the date; the date the first of the topic list's perhaps, one for each,
    "respectively" (``grammar.list_and`` after it)."""
    topic = alt_or_never(lexicon.gather("grammar.topic_after", langs))
    list_and = alt_or_never(lexicon.gather("grammar.list_and", langs))
    return recache.compile(
        rf"{lead}(?:{topic})\s(?:(?!(?<!\w)(?:{unless})(?!\w))[^{stops}]){{1,250}}?{intro}"
        rf"{date_regex(langs)}(?=\s*+(?:[,;.:]|$)|\s++(?:{list_and})\s)",
        re.IGNORECASE,
    )


@functools.lru_cache(maxsize=16)
def topic_date(lang: str = "") -> re.Pattern[str]:
    """A number's topic, then its date set off by a comma at the clause's end, matched right after
    the number's tail ("5/2 on the code of conduct for mandate holders, of 18 June 2007,", "5/2,
    sur le Code de conduite …, en date du 18 juin 2007,"): the topic holds no figure, slash or
    bracket (another number, a year of its own), no clause's end."""
    langs = lexicon.scope(lang)
    # (… no word in the topic that dates a noun of its own: "containing the Declaration of the
    # Conference held at Rio, on 14 June 1992" is the conference's date)
    inner = alt_or_never(lexicon.gather("grammar.topic_inner_dated", langs))
    # (… "both of", "all of" too, which give the texts named before it that date)
    date_intro = alternation(
        lexicon.gather("grammar.date_intro_all", langs) + lexicon.gather("grammar.date_intro", langs)
    )
    return _topic_then_date(
        langs, r"\s*+,?\s*+", inner, r"\d/;:.()\[\]\n", rf",\s*+(?P<intro>(?:{date_intro})\s++)?"
    )


@functools.lru_cache(maxsize=16)
def topic_date_bare(lang: str = "") -> re.Pattern[str] | None:
    """:func:`topic_date` in the languages that write the date after the topic with its word and
    no comma ("5/2 – о Кодексе поведения мандатариев … от 18 июня 2007 года";
    ``grammar.topic_date_bare``), the topic perhaps set off by a dash after the number: the topic
    holds no noun of a text of another kind, whose date that would be ("о докладе … от 5 мая"),
    nor a word of a text sent, nor a comma (None: no language of ``lang`` writes it so)."""
    langs = lexicon.scope(lang)
    bare = lexicon.gather("grammar.topic_date_bare", langs)
    if not bare:
        return None
    nouns = alt_or_never(
        lexicon.gather("grammar.kind_nouns", langs) + lexicon.gather("grammar.sent_nouns", langs)
    )
    return _topic_then_date(
        langs,
        r"\s*+(?:[,\u2013\u2014-]\s*+)?",
        nouns,
        r"\d/;:.,()\[\]\n",
        rf"\s(?P<intro>{alternation(bare)})\s++",
    )


def _adoption_words(langs: tuple[str, ...]) -> tuple[str, str, str, str]:
    """The alternations a sentence of adoption is made of, in ``langs``: articles, the generic
    names of bodies ("the Assembly", "le Conseil"), the verbs of adoption and its manners."""
    languages = [lexicon.load().languages[c] for c in langs]
    articles = alt_or_never(lexicon.gather("grammar.articles", langs))
    generic = alt_or_never(
        list({n for lang_ in languages for ns in lang_.raw["generic"].values() for n in ns})
    )
    verbs = alt_or_never(lexicon.gather("grammar.adoption_verbs", langs))
    return articles, generic, verbs, adoption_manner(langs)


def adoption_manner(langs: tuple[str, ...]) -> str:
    """The manners of an adoption in ``langs`` ("without a vote", "一致", "以15票赞成"), one
    alternation of the lexicon's patterns; a manner's words may be parted by a line break where
    a page's line ends ("sans la mettre aux⏎voix")."""
    manners = [_SPACE.sub(r"\\s+", m) for m in lexicon.gather("grammar.adoption_manner", langs)]
    return "|".join(f"(?:{m})" for m in manners) or "(?!)"


#: a space between a phrase's words (not one made optional or repeated: "以 ?\d{1,3} ?票")
_SPACE = recache.compile(r" (?![?*+{])")


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
    prefix = alt_or_never(lexicon.gather("grammar.number_prefix", langs))
    # (… the sentence may be a clause after the word that opens it, and the meeting of the adoption
    # may stand before the date: "Recalling that, on 25 September 2015, the Assembly adopted …",
    # "À sa 45e séance plénière, le 3 décembre 1998, l'Assemblée générale a adopté …")
    clause = alt_or_never(lexicon.gather("grammar.sentence_clause_open", langs))
    clause_led = first_led(rf"(?<!\w)(?:{clause})")  # (its first letters before its look-behind)
    # (… or the session: "Rappelant qu'à sa soixante-dixième session, le 25 septembre 2015, elle a adopté …")
    meeting = (
        "|".join(
            f"(?:{m})"
            for m in lexicon.gather("grammar.meeting_clause", langs)
            + lexicon.gather("grammar.session_clause", langs)
        )
        or "(?!)"
    )
    # (… and, after the date, the committee whose recommendation the body adopted: "le 6 décembre
    # 1999, sur la recommandation de la Quatrième Commission, l'Assemblée générale a adopté …")
    recommended = (
        "|".join(f"(?:{c})" for c in lexicon.gather("grammar.recommendation_clause", langs)) or "(?!)"
    )
    # (… the subject a pronoun after the clause's opening word: "that, on …, it adopted …")
    pronoun = alt_or_never(lexicon.gather("grammar.subject_pronouns", langs))
    # (… or the verb in the passive, no actor named: "24 марта 2022 года была принята резолюция …")
    passive = alt_or_never(lexicon.gather("grammar.sentence_passive", langs))
    report = alt_or_never(lexicon.gather("grammar.report_verbs", langs))
    # (… or the clause of the adoption follows the date, the body then its possessive's: "Noting that,
    # on 25 September 2015, in its resolution 70/1, the Assembly adopted …"; the stretch may end
    # before the possessive, which opens the number's phrase)
    link = alt_or_never(lexicon.gather("grammar.actor_link", langs))
    possessive = alt_or_never(lexicon.gather("grammar.possessive", langs))
    # (the manner after the verb, set off by commas or not: "a adopté sans vote la décision"; the
    # meeting after the body that follows its verb: "وفي …، اعتمدت الجمعية العامة، في جلستها 45، القرار")
    # (the body's acronym in a bracket after its name, as the Union's acts write it)
    acronym = r"(?:\x20?\((?-i:[A-Z]{2,10})\))?"
    # (… and the adopting body's name again before the noun of the text it adopted, its acronym
    # perhaps after it: "On 30 July 2031, the Security Council adopted Security Council
    # Resolution (UNSCR) 1556 (2004)")
    named = rf"(?:(?:{body_regex(lang).pattern}){acronym}\s++)?"
    # (… the matter of the adoption between the body and its verb, and the topic of the text adopted
    # between the verb and the number, in a script without spaces: "2016年12月23日，安理会就…问题通过了
    # 第2334号决议", "…，安理会通过了关于…问题的第2712号决议")
    topic = "|".join(f"(?:{t})" for t in lexicon.gather("grammar.adoption_topic", langs)) or "(?!)"
    adopted = "|".join(f"(?:{t})" for t in lexicon.gather("grammar.adopted_topic", langs)) or "(?!)"
    # one date group for both orders: what stands before it tells the order, and a conditional
    # picks the tail that order ends with (a verb first opens only after a Latin stop)
    return recache.compile(
        # (the stops in one look-behind, a CJK stop's group after it kept: one try less at most places)
        rf"(?:^|(?<=[.;:\n\u3002\uff1b])(?:(?<=[\u3002\uff1b])(?P<cjk_stop>))?+|{clause_led}(?:(?<=[\x27\u2019])|(?=[\s,]))(?P<clause>))\s*+(?:,\s*+)?"
        # (… a short phrase of words set off by its comma before the date, opening the sentence: "En
        # ese contexto, el 14 de diciembre de 1960, la Asamblea General aprobó la resolución …")
        rf"(?:(?(clause)(?!)|(?(cjk_stop)(?!)|(?-i:[A-Z\u00c0-\u00de])[^\W\d]*+"
        rf"(?:[ ][^\W\d]++){{0,3}},\s++)))?"
        # (… or, in a script without spaces, the speaker and the verb of reported speech before
        # the date, set off by its comma: "文件指出，1971年10月25日，第26届联合国大会…通过…")
        rf"(?:(?(clause)(?!)|[{CJK}]{{1,10}}?(?:{report})\s*+[,\uff0c]\s*+))?"
        # (… a paragraph's number and its dash before the sentence, as Arabic reports number them:
        # "4 - اتخذت الجمعية العامة، في …، المقرر 76/527"), or in brackets, as the recitals of acts
        # and the items of lists are numbered: "(3) On 28 January 2031, the Council adopted …")
        rf"(?:\d{{1,3}}\s*+[-\u2013]\s++|\(?(?:\d{{1,3}}|[a-z])\)\s++)?"
        rf"(?:(?:{meeting})\s*+,?\s*+)?"
        rf"(?:(?:{lead}(?:\s++|(?<=[{CJK}])))?|(?P<verb_first>(?(cjk_stop)(?!))(?:(?:{verbs})\s++(?:(?:{articles})\s*+)?{actor}"
        # (… or, in a clause, the verb after a pronoun, or alone where the language drops the
        # pronoun or glues it to the clause's word: "that it adopted on …", "que aprobó el …",
        # "أنها اعتمدت، في …، القرار")
        rf"|(?(clause)(?:(?:{pronoun})\s++)?(?:{verbs})|(?!)))"
        rf"\s*+[,\u060c]?\s*+(?:(?:{meeting})\s*+[,\u060c]?\s*+)?(?:(?:{date_intro})\s++)?)){date_regex(langs)}"
        rf"(?(verb_first)\s*+[,\u060c]?\s*+(?:(?:{manner})\s*+,?\s*+)?(?:(?:{articles})\s*+)?"
        rf"|(?:\s*+,?\s*+(?:{link})\s++(?:(?:{possessive})\s++)?"
        rf"|\s*+[,\u060c\uff0c]?\s*+(?:(?:{meeting})\s*+[,\u060c\uff0c]?\s*+)?(?:(?:{recommended})\s*+,\s*+)?(?:(?:{articles})\s*+)?"
        # (… in a clause, the subject left out where the language drops it: "que el 23 de
        # diciembre de 2022 aprobó la resolución …"; the manner set off by a script's own comma:
        # "2016年12月23日，安理会以14票赞成、0票反对，通过第2334号决议")
        # (… the body's acronym in a bracket after its name: "On 9 December 2031, the United
        # Nations Security Council (UNSC) adopted Resolution …", "el Consejo de Seguridad de las
        # Naciones Unidas (CSNU) adoptó la Resolución …")
        rf"(?:(?:{actor}{acronym}\s*+,?\s*+|(?:{pronoun})(?=\s)\s*+,?\s*+|(?(clause)|(?!)))(?:(?:{meeting})\s*+,?\s*+)?(?:(?:{topic})\s*+)?(?:(?:{manner})\s*+[,\uff0c]?\s*+)?(?:{verbs})(?:(?<=[{CJK}])(?:{adopted}))?|(?:{verbs})\s++(?:(?:{articles})\s*+)?{actor}(?:\s*+,?\s*+(?:{meeting})(?:\s*+,)?)?|(?:{passive}))"
        rf"(?:\s*+,?\s*+(?:{manner})(?:\s*+,)?)?(?:\s*+,\s*+(?:{link})(?=\s))?(?:\s++|(?<=[{CJK}]))(?:(?:{articles})\s*+)?{named}(?:{prefix})?))$",
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
    joins = alt_or_never(lexicon.gather("grammar.clause_and", langs))
    date_intro = alternation(lexicon.gather("grammar.date_intro", langs))
    articles, _generic, verbs, manner = _adoption_words(langs)
    prefix = alt_or_never(lexicon.gather("grammar.number_prefix", langs))
    gap = rf"(?:\s*+[,\u060c\uff0c]\s*+|\s++|(?<=[{CJK}]))"
    return led_compile(
        rf"(?:(?<!\w)|(?<=[{CJK}]))(?:{joins}){gap}(?:(?:{date_intro})(?:\s++|(?<=[{CJK}])))?"
        rf"(?:{date_regex(langs)}|{day_month_groups(langs)})"
        # (… the manner of the adoption perhaps set off there: "and, on 4 April, without a vote,")
        rf"(?:{gap}|\s*+[-\u2014\u2013]\s*+)(?:(?:{manner}){gap})?(?:(?:{verbs})(?:\s++|(?<=[{CJK}])))?(?:(?:{articles})\s*+)?(?:{prefix})?$",
        re.IGNORECASE,
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
    date_intro = alt_or_never(lexicon.gather("grammar.date_intro", langs))
    link = alt_or_never(lexicon.gather("grammar.date_link", langs))
    return recache.compile(rf"\s*+(?:(?:{date_intro})\s*+)?{date_regex(langs)}\s*+(?:(?:{link})\s*+)?")


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
    prefix = alt_or_never(lexicon.gather("grammar.number_prefix", langs))
    link = alt_or_never(lexicon.gather("grammar.date_link", langs))
    return recache.compile(
        rf"{date_regex(langs)}\s*+(?:(?:{link})\s*+)?(?:{alternation(names + generic)})\s*+(?:{prefix})?\s*+$"
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
    alt = alternation(sorted(set(nouns), key=longest_first))
    return (
        recache.compile(rf"(?<![^\W\d_])(?:{alt})[ \t]+$", re.IGNORECASE),
        recache.compile(rf"(?:{alt})\s*+\(\s*+$", re.IGNORECASE),
    )


@functools.lru_cache(maxsize=16)
def listed_sent_noun(langs: tuple[str, ...]) -> re.Pattern[str] | None:
    """A list's entry of a document after its symbol and a full stop, the noun of a text that
    is sent or submitted opening it ("S/9114. Letter of 6 May 1969 from …", "A/7630. Note
    verbale dated …", as the Yearbook's documentary references list them): the stop and the
    noun, up to the words of its date."""
    nouns = lexicon.gather("grammar.sent_nouns", langs)
    if not nouns:
        return None
    alt = alternation(sorted(set(nouns), key=longest_first))
    return recache.compile(rf"\.[ \t]+(?:{alt})(?=[ \t])", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def day_range_end() -> re.Pattern[str]:
    """A day's number and the word or dash of a span of days, ending where the span's last day
    starts ("21 to ", "21–", "du 21 au ", "del 21 al "), in any language (``grammar.day_range``)."""
    words = gather_all("grammar.day_range")
    return recache.compile(rf"(?<!\d)\d{{1,2}}[ \t]*+(?:{alt_or_never(words)})[ \t]*+$", re.IGNORECASE)


#: A year as every form of :func:`date_regex` writes it: a stretch without one holds no date.
YEAR = recache.compile(r"(?:19|20)\d\d")


def opening_date(text: str, name: int, n: int, lang: str, *, after_letter: bool) -> re.Match[str] | None:
    """The date that opens the sentence of an adoption, the body named at ``name`` after it, then
    its verb and the number's mark up to the number at ``n`` ("2016年12月23日，安理会通过第2334号
    决议", "1971年10月25日，联合国大会第二十六届会议通过第2758号决议"; :func:`sentence_date`).
    Searched only where a date can end right before the name, blanks and a comma perhaps between:
    a figure, a language's day mark, or with ``after_letter`` any letter."""
    at = name
    while at > 0 and text[at - 1] in " \t,\uff0c":
        at -= 1
    if not at:
        return None
    last = text[at - 1]
    if not last.isdigit() and not (last.isalpha() if after_letter else last in _day_marks(lang)):
        return None
    return search_dated(functools.partial(sentence_date, lang), text, max(0, name - 60), n)


@functools.lru_cache(maxsize=16)
def _day_marks(lang: str) -> frozenset[str]:
    """The last letters of the day marks of ``lang``'s scope ("日"): where a date written so ends."""
    languages = lexicon.load().languages
    return frozenset(
        mark[-1] for c in lexicon.scope(lang) if (mark := languages[c].raw["dates"].get("day_mark"))
    )


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
    (month pairs, "تموز/يوليه", may be printed with spaces around the slash, or a hyphen for it, as
    the press writes them, "اذار-مارس"; and a month of two words, "كانون الأول", cut by a line's end)."""
    months = {
        m for c in langs for mm in lexicon.load().languages[c].raw["dates"]["months"] for m in mm.split("|")
    }
    return "|".join(
        re.escape(m).replace("/", r"\s*[/-]\s*").replace("\\ ", r"\s+")
        for m in sorted(months, key=longest_first)
    )


def day_member(langs: tuple[str, ...]) -> str:
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
    return _NAMED_GROUP.sub("(?:", day_month_groups(langs))


_NAMED_GROUP = recache.compile(r"\(\?P<\w+>")


def month_year_regex(langs: tuple[str, ...]) -> str:
    """A month and its year without the day, no groups ("آب/أغسطس 2006", "أغسطس 2006"): the time
    of an adoption that news tell between its subject and the text's noun, which dates nothing."""
    return rf"(?i:{_month_names(langs)})\s*+,?\s*+(?:19|20)\d\d(?!\d)"


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
            months = sorted({m for mm in d["months"] for m in mm.split("|")}, key=longest_first)
            forms.append(
                rf"(?<!\d)(?P<ym_month>{'|'.join(re.escape(m) for m in months)})"
                rf"\s*(?P<ym_day>[0-3]?\d)\s*{re.escape(d['day_mark'])}"
            )
            break  # (the groups are named once)
    return "(?:" + "|".join(forms) + ")" if forms else "(?!)"


#: the blanks around a month's slash or hyphen ("Dec / Jan", Arabic paired names joined by a
#: hyphen), and a day's figures ("1er": 1): kept patterns
#: (``re.sub`` and ``re.match`` with the strings parsed them anew at every start of the engine)
_SLASH_BLANKS = recache.compile(r"\s*[/-]\s*")
_DAY_FIGURES = recache.compile(r"\d+")


def year_given_date(m: re.Match[str], given: str) -> str | None:
    """The date of the day and month without their year that ``m`` holds (groups of
    :func:`day_month_groups`), in the year of ``given`` (an ISO date earlier in the sentence):
    None when ``m`` holds no such day, or its month comes before ``given``'s (the year is then
    no longer that one: the next, or a slip, which the text does not tell)."""
    groups = m.re.groupindex
    for mo, dd in (("dm_month", "dm_day"), ("md_month", "md_day"), ("ym_month", "ym_day")):
        if mo in groups and m.group(mo):
            written = _SLASH_BLANKS.sub("/", " ".join(fold(m.group(mo)).split()))
            month = lexicon.load().months.get(written)
            day = _DAY_FIGURES.match(m.group(dd))
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


@functools.lru_cache(maxsize=1)
def any_date() -> re.Pattern[str]:
    """A date in any language of the lexicon (:func:`date_regex` of every language, the rule
    tables' ``patterns("*").date``), compiled on its own: a check of a masthead's line needs
    this one pattern, and reading it from every language's rule table built that whole table
    (a thousand patterns, most of the first run's seconds) for an English text."""
    return recache.compile(date_regex(lexicon.scope("*")), re.IGNORECASE)


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
        # (a footnote marker may be glued to the year's word: "18 декабря 2013 года5,", or stand
        # after it in superscript, as the readers write it: "… 2013 года¹,")
        year_word = (
            rf"(?:\s+(?i:{alternation(year_words)})(?:\d{{1,2}}(?!\w))?(?![^\W{SUPERSCRIPTS}]))?"
            if year_words
            else ""
        )
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
        # (… or the day, the month and the year apart by slashes, where a language's press writes
        # them so, the blanks around each slash perhaps: "22/تشرين الثاني/ 1967")
        slashed = any(lang_.raw["dates"].get("slashes") for lang_ in dmy)
        day_month = rf"(?:\s+{join}|[ \t]*/[ \t]*)" if slashed else rf"\s+{join}"
        month_year = r"|[ \t]*/[ \t]*" if slashed else ""
        forms.append(
            # (the year glued to the month, as right-to-left text layers give it: "كانون الأول2018")
            rf"{lead}(?P<day>{day}){suffix}{day_month}(?P<month>(?i:{month_alt}))(?:{comma}\s+{join}{year_join}{month_year}|(?=(?:19|20)\d\d))"
            r"(?P<year>(?:19|20)\d\d)(?:\d{1,2})?(?!\d)" + year_word
        )
        if any(lang_.raw["dates"].get("month_first") for lang_ in dmy):
            # "Oct. 31, 2000", "December 16, 1966" (legal citation styles): month, day, comma, year —
            # an abbreviation's point may be left out here, before a day and a year ("Dec 14, 1960");
            # so may the blank after the comma, as typed notes lose it ("Jan. 17,2003")
            bare_alt = month_alt.replace(chr(92) + ".", chr(92) + ".?")
            forms.append(
                rf"(?P<m_month>(?i:{bare_alt}))\s+(?P<m_day>[0-3]?\d){suffix}\s*,\s*(?P<m_year>(?:19|20)\d\d)(?!\d)"
            )
    for lang_ in languages:
        d = lang_.raw["dates"]
        if d.get("order") == "ymd":
            months = sorted({m for mm in d["months"] for m in mm.split("|")}, key=longest_first)
            forms.append(
                rf"(?P<y_year>(?:19|20)\d\d)\s*{re.escape(d['year_mark'])}\s*"
                rf"(?P<y_month>{'|'.join(re.escape(m) for m in months)})\s*"
                rf"(?P<y_day>[0-3]?\d)\s*{re.escape(d['day_mark'])}"
            )
            break  # one year-first form (the groups are named once)
    if not figures:
        return "(?:" + "|".join(forms) + ")"
    return "(?:" + "|".join(forms) + "|" + figures_date_regex(langs) + ")"


@functools.lru_cache(maxsize=1)
def figures_date() -> re.Pattern[str]:
    """:func:`figures_date_regex` in every language, compiled (a date in figures is read alike in
    all of them; only the year's word after it differs)."""
    return recache.compile(figures_date_regex(lexicon.scope("")))


def figures_date_regex(langs: tuple[str, ...]) -> str:
    """Dates in figures, which some texts write for the date of a text they cite: day, month and
    year between dots or slashes ("21.12.2016", "21/12/2016"; a blank after a slash, as Arab legal
    texts and journals write it: "21/ 12/ 2016"), day, month and year between
    hyphens, a blank perhaps beside one, as the Arab press writes them ("17-11-2025",
    "17-11- 2025"), or year, month and day between hyphens ("2016-12-21"); never inside a longer
    run of figures, slashes or dots (groups n_…, h_… and i_…, which :func:`date_regex` with
    ``figures`` adds to its words' forms)."""
    year_words = lexicon.gather("dates.year_words", langs)
    year_word = rf"(?:\s+(?i:{alternation(year_words)})(?!\w))?" if year_words else ""
    return (
        r"(?:(?<![\w/.])(?P<n_day>0?[1-9]|[12]\d|3[01])(?:\.|/[ ]?)(?P<n_month>0?[1-9]|1[0-2])(?:\.|/[ ]?)"
        r"(?P<n_year>(?:19|20)\d\d)(?![\w/]|\.\d)" + year_word + "|"
        r"(?<![\w/.-])(?P<h_day>0?[1-9]|[12]\d|3[01])[ ]?-[ ]?(?P<h_month>0?[1-9]|1[0-2])[ ]?-[ ]?"
        r"(?P<h_year>(?:19|20)\d\d)(?![\w/-]|\.\d)" + year_word + "|"
        r"(?<![\w/.-])(?P<i_year>(?:19|20)\d\d)-(?P<i_month>0[1-9]|1[0-2])-(?P<i_day>0[1-9]|[12]\d|3[01])(?![\w/-]))"
    )


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
        for pre in ("n_", "h_", "i_"):  # a date in figures
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
    written = _SLASH_BLANKS.sub("/", " ".join(fold(m.group(pre + "month")).split()))
    # (an abbreviation written without its point, "Dec 14, 1960", read before a day and a year only)
    month = lex.months.get(written) or (lex.months.get(written + ".") if pre == "m_" else None)
    day = int(_DAY_FIGURES.match(m.group(pre + "day")).group())  # type: ignore[union-attr]  # "1er" is 1
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


@functools.lru_cache(maxsize=1)
def date_first() -> re.Pattern[str]:
    """A date written day first in any language ("12 December 2019", "12 décembre 2019"), to
    match where a line starts: a note's wrapped sentence that goes on, not the next note."""
    return recache.compile(rf"[ \t]*{date_regex(tuple(lexicon.load().languages))}")


_DIGIT = recache.compile(r"\d")


@functools.lru_cache(maxsize=1)
def _numeral_forms() -> tuple[dict[str, str], list[list[str]], dict[str, str]] | None:
    """The first year-first language that writes dates in numerals (``dates.numerals``,
    ``dates.numeral_ten``): its dates table, its numerals by value, and the pieces of pattern both
    numeral patterns are made of — ``every`` (each numeral, escaped), ``units`` (1 to 9),
    ``count`` (1 to 39: "九", "十二", "二十", "三十一"), ``ten``, and the year's, month's and day's
    marks, escaped.  None when no language writes them."""
    for lang_ in lexicon.load().languages.values():
        d = lang_.raw["dates"]
        numerals = d.get("numerals")
        if not numerals or d.get("order") != "ymd":
            continue
        digits = [n.split("|") for n in numerals]
        units = "[" + re.escape("".join(f for group in digits[1:] for f in group)) + "]"
        low = "[" + re.escape("".join(f for group in digits[1:4] for f in group)) + "]"
        t = re.escape(d["numeral_ten"])
        # (… and the tens written in one numeral, as Taiwan's press writes its days: "十月廿五日")
        compact = "".join(d.get("numeral_tens", []))
        whole = rf"|[{re.escape(compact)}]{units}?" if compact else ""
        return (
            d,
            digits,
            {
                "every": re.escape("".join(f for group in digits for f in group)),
                "units": units,
                "count": rf"(?:{low}?{t}{units}?{whole}|{units})",
                "ten": t + re.escape(compact),
                "month": re.escape(_DIGIT.sub("", d["months"][0].split("|")[0])),
                "year": re.escape(d["year_mark"]),
                "day": re.escape(d["day_mark"]),
            },
        )
    return None


@functools.lru_cache(maxsize=1)
def numeral_dates() -> tuple[re.Pattern[str], dict[str, int], str] | None:
    """Dates written in a year-first language's numerals (``dates.numerals``, ``dates.numeral_ten``):
    the year digit by digit ("一九七三年", "二〇〇〇年"), month and day counted ("十二月", "三十一日"),
    figures perhaps in some of the parts ("1973年十二月十八日").  (The pattern, with groups year,
    month and day, each in numerals or None; each numeral's value; the word for ten.)  None when
    no language writes them (one language's: its groups' names)."""
    found = _numeral_forms()
    if found is None:
        return None
    d, digits, f = found
    values = {form: i for i, group in enumerate(digits) for form in group}
    one, two, nine, zero = digits[1], digits[2], digits[9], digits[0]
    year = rf"(?:{_either(one)}{_either(nine)}|{_either(two)}{_either(zero)})[{f['every']}]{{2}}"
    count = f["count"]
    pattern = (
        rf"(?:(?P<year>{year})|(?:19|20)\d\d)\s*{f['year']}(?:\s*(?:(?P<month>{count})|\d{{1,2}})\s*{f['month']}"
        rf"(?:\s*(?:(?P<day>{count})|\d{{1,2}})\s*{f['day']})?)?"
    )
    return recache.compile(pattern), values, d["numeral_ten"]


@functools.lru_cache(maxsize=1)
def numeral_month_day() -> re.Pattern[str] | None:
    """A month and its day in a year-first language's numerals with no year before them, as news
    write the day of an event ("七月三十一日"; groups month and day, counted as in
    :func:`numeral_dates`); not right after a year's mark, a figure or a numeral (a whole date's
    part, read by :func:`numeral_dates`). None when no language writes them."""
    found = _numeral_forms()
    if found is None:
        return None
    f = found[2]
    return recache.compile(
        rf"(?<![\d{f['year']}{f['every']}{f['ten']}])(?P<month>{f['count']}){f['month']}(?P<day>{f['count']}){f['day']}"
    )


def _either(forms: list[str]) -> str:
    return "(?:" + "|".join(map(re.escape, forms)) + ")"


@functools.lru_cache(maxsize=1)
def _compact_tens() -> dict[str, int]:
    """The numerals that write two tens or more in one (``dates.numeral_tens``, from twenty: "廿"
    20, "卅" 30), each with its value."""
    found = _numeral_forms()
    forms: list[str] = list(found[0].get("numeral_tens") or []) if found is not None else []
    return {form: 10 * (i + 2) for i, form in enumerate(forms)}


@functools.lru_cache(maxsize=1)
def typed_day_marks() -> tuple[frozenset[str], re.Pattern[str], str] | None:
    """The look-alikes a scan or a typist gives for a year-first language's day mark
    (``dates.day_mark_typed``: "曰" for "日"), the pattern of one after a month and its day in
    figures (group ``mark``; "12月14曰"), and the day mark it stands for. None when no language
    gives one. Read only there: elsewhere the look-alike is a word of its own."""
    for lang_ in lexicon.load().languages.values():
        d = lang_.raw["dates"]
        typed = d.get("day_mark_typed")
        if not typed or d.get("order") != "ymd":
            continue
        months = sorted({m for mm in d["months"] for m in mm.split("|")}, key=longest_first)
        month = "|".join(re.escape(m) for m in months)
        pattern = recache.compile(rf"(?<!\d)(?:{month})\s*[0-3]?\d\s*(?P<mark>{alternation(typed)})")
        return frozenset(typed), pattern, d["day_mark"]
    return None


def numeral_value(numeral: str, values: dict[str, int], tens: str) -> str:
    """A number in numerals (``numeral_dates``'s values and word for ten) in figures: digit by
    digit ("一九七三" 1973), or counted ("十二" 12, "二十" 20, "三十一" 31, "廿五" 25)."""
    if (whole := _compact_tens().get(numeral[:1])) is not None:
        return str(whole + (values[numeral[1:]] if numeral[1:] else 0))
    if not any(t in numeral for t in tens):
        return "".join(str(values[c]) for c in numeral)
    head, _, tail = numeral.partition(next(t for t in tens if t in numeral))
    return str((values[head] if head else 1) * 10 + (values[tail] if tail else 0))


@functools.lru_cache(maxsize=8)
def year_link(lang: str) -> re.Pattern[str]:
    """A year alone after a number, linked to it by a word of its date ("2542 of 2020", "2542 de
    2020", "2542 لعام 2020"); not a year that a day, a month or a slash goes on with."""
    # (… or by a word that leads a date's year, "2254 لعام 2015", "338 عام 1973")
    langs = lexicon.scope(lang)
    links = lexicon.gather("grammar.date_intro", langs) + lexicon.gather("dates.year_leads", langs)
    return recache.compile(
        rf"\s*+,?\s*+(?:{lexicon.alternation(links)})\s++(?P<year>(?:19|20)\d\d)(?![\d/\-]|\.\d|\s*+[(\[])"
        if links
        else "(?!)"
    )
