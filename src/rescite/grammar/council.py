"""The Security Council's numbering: a Council resolution's number and year, and the years
which the Council's numbers fall in."""

from __future__ import annotations

import bisect
import functools
import re

from ..ids import FIRST_YEAR
from ..models import Record
from . import lexicon, recache
from .dates import adoption_manner, date_regex, figures_date_regex, month_year_regex
from .lexicon import CJK, alternation
from .retools import PASSIVE_TOPIC, WORD_START, alt_or_never, led_compile, unnamed
from .tables import kept_table


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
    # (… the number's topic between it and the passive of its adoption: "Resolution 1325 on women,
    # peace and security was adopted by the Security Council")
    behind_topic: re.Pattern[str] | None
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
    # a list word or a comma between two marked numbers, each with its noun again
    # ("安理会第2254号决议和第2401号决议")
    marked_joint: re.Pattern[str]
    # where the noun follows, a list of marked numbers, each with or without its year, up to the
    # noun ("第1325号和第1820(2008)号决议"): two numbers at least
    own_marked_run: re.Pattern[str] | None
    # after the name, the Council the subject of a call to carry a text out: the words up to the
    # call's noun ("وطالب مجلس الأمن الطرفين بتنفيذ")
    call_gap: re.Pattern[str]
    # … or up to a call whose preposition is glued to the text's noun, then the noun and the number
    # ("وأكد مجلس الأمن ضرورة الالتزام بالقرار 1701"; ``grammar.implementation_call_glued``)
    call_glued: re.Pattern[str]

    __slots__ = (
        "after",
        "after_mark",
        "behind",
        "behind_list",
        "behind_roman",
        "behind_topic",
        "call_gap",
        "call_glued",
        "marked",
        "marked_joint",
        "marked_list",
        "marked_more",
        "more",
        "noun_before",
        "noun_marked",
        "noun_marked_more",
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
        marked_joint: re.Pattern[str] | None = None,
        noun_marked: re.Pattern[str] | None = None,
        noun_marked_more: re.Pattern[str] | None = None,
        call_gap: re.Pattern[str] | None = None,
        behind_topic: re.Pattern[str] | None = None,
        call_glued: re.Pattern[str] | None = None,
    ) -> None:
        self.after = after
        self.behind_topic = behind_topic
        self.call_gap = call_gap or recache.compile("(?!)")
        self.call_glued = call_glued or recache.compile("(?!)")
        self.noun_marked = noun_marked
        self.noun_marked_more = noun_marked_more
        self.after_mark = after_mark
        self.behind_list = behind_list
        self.behind_roman = behind_roman
        self.marked_joint = marked_joint or recache.compile("(?!)")
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


#: the marks of a title, which Chinese texts set around a number and its noun when they define it
#: as a term ("安理会通过了《第1540号决议》"): the pair around the marked number
TITLE_OPEN, TITLE_CLOSE = "\u300a", "\u300b"


#: most words between the Council's name and the noun of its call ("وطالب مجلس الأمن الطرفين مجددا
#: بتنفيذ القرار 425")
CALL_WORDS = 4


@functools.lru_cache(maxsize=16)
def council_number(lang: str = "") -> CouncilNumber:
    """:class:`CouncilNumber` for the languages looked for in a text of ``lang``, kept between
    runs (``tables.kept_table``): a refresh of one changed file reads back the patterns its text
    uses, each when first read, not the lexicon's phrases joined into twenty patterns of which a
    text of one language reads a few."""
    # a file name any system takes ("*": every language)
    name = lang if lang.isascii() and lang.isalnum() else "x" + lang.encode().hex()
    return kept_table(f"council-{name}", lambda: _council_number(lang), (CouncilNumber,), lang)


def _council_number(lang: str) -> CouncilNumber:
    langs = lexicon.scope(lang)
    noun = lexicon.resolution_noun(lang)
    prep = alternation([p for p in lexicon.gather("grammar.body_prep", langs) if p])
    list_and = alternation(lexicon.gather("grammar.list_and", langs))
    # not followed by a slash, a decimal, or a year or session in brackets ("2240 (2015)")
    # (… a full stop may end its sentence: "… adopted resolution 2397.", not a decimal's "2397.5")
    # (… the blanks of a justified line perhaps before the bracket: "1612  (2005)")
    alone = r"(?![\d/]|\.\d|\s{0,4}[(\[]\s?(?:\d{4}|[IVXLC]{1,7})\s?[)\]])"
    year = r"\s*+[(\[]\s?\d{4}\s?[)\]]"  # "2240 (2015)" (on two lines, too: "2240 ⏎(2015)")
    sp = r"(?:[^\S\n]|\n(?![^\S\n]*+\n))++"  # blanks, no empty line among them
    sp0 = r"(?:[^\S\n]|\n(?![^\S\n]*+\n))*+"
    after_year = r"(?![\w/])"
    # (… nor by the mark of a year, a script that glues its words: "第688号决议 1991年4月5日", a
    # heading's date after the number; ``dates.year_mark``)
    lex = lexicon.load()
    year_marks = [m for c in langs if (m := lex.languages[c].raw["dates"].get("year_mark"))]
    year_mark = rf"(?!\s*+(?:{alternation(year_marks)}))" if year_marks else ""
    # (… a full stop may end its sentence here too: "… в резолюции 884.", not "884.5" nor "884.-")
    alone_or_year = r"(?![\d/]|\.(?!\s|$)|\s*+[(\[])(?!(?![{CJK}])\w)".replace("{CJK}", CJK) + year_mark
    word = WORD_START
    any_date = unnamed(date_regex(langs))  # a date, its groups unnamed
    prefix = lexicon.gather("grammar.number_prefix", langs)
    suffix = lexicon.gather("grammar.number_suffix", langs)
    # the number word that may stand before the number ("резолюция СБ ООН № 1973")
    marks = alternation(lexicon.gather("footnotes.number", langs))
    no = rf"(?:(?:{marks or '(?!)'})\s*+)?"
    # (… the manner of the adoption perhaps before the link: "安理会一致通过第2334号决议",
    # "安理会以14票赞成通过第2334号决议")
    links = alt_or_never(lexicon.gather("grammar.date_link", langs))
    # (… set off by a comma after a vote's count: "以14票赞成、0票反对，通过第2334号决议")
    date_link = rf"(?:(?:{adoption_manner(langs)})\s*+[,\uff0c]?\s*+)?(?:{links})"
    date_intro = alt_or_never(lexicon.gather("grammar.date_intro", langs))
    # the adoption's manner or its vote's count after the participle (patterns, as written)
    members = "|".join(f"(?:{p})" for p in lexicon.gather("grammar.adoption_members", langs)) or "(?!)"
    # (… the date after its word, then the number's mark: "от 28.09.2001 № 1373"; a language
    # without that word has no such branch)
    date_first = (
        rf"(?:{alternation(lexicon.gather('grammar.date_before_number', langs))})\s++"
        rf"(?:{any_date}|{unnamed(figures_date_regex(langs))})\s*+(?:{marks})\s*+"
        if lexicon.gather("grammar.date_before_number", langs) and marks
        else "(?!)"
    )
    # the year alone before the number, in the languages that write the noun after it
    # (patterns, as the lexicon writes them)
    year_alone = "|".join(lexicon.gather("grammar.year_alone", langs)) or "(?!)"
    # … or its year and month, no day ("安理会于2008年11月通过的第1844号决议"): the year
    year_month = "|".join(lexicon.gather("grammar.year_month", langs)) or "(?!)"
    topic = "|".join(lexicon.gather("grammar.topic_before", langs)) or "(?!)"
    # the adverbs of time that may stand between the Council's name and the date or verb of the
    # adoption ("安理会曾于2006年通过第1718号决议", "安理会先后通过第1718号和第1874号决议")
    respectively = alt_or_never(lexicon.gather("grammar.respectively_after", langs))
    # (… or the preposition of the text it acts on, before the number: "安理会根据第1718号决议设立的
    # 委员会", the committee the Council set up under its resolution 1718)
    adverbs = lexicon.gather("grammar.adoption_adverbs", langs)
    adverbs += lexicon.gather("grammar.council_basis", langs)
    # (… or the preposition of the text voted on, the Council the place of the vote: "美国在安理会就
    # 第2728号决议投弃权票", a member's vote on the Council's resolution)
    adverbs += lexicon.gather("grammar.council_vote_on", langs)
    adverb = rf"(?:(?:{alt_or_never(adverbs)})\s*+)?"
    # the one-letter list words and the comma before a list's later bare number, and that number
    # up to the list's one mark and noun ("…和1860号决议")
    bare_joints = (
        "".join(re.escape(w) for w in lexicon.gather("grammar.list_and", langs) if len(w) == 1) + ","
    )
    bare_run = (
        rf"\d{{1,4}}(?:\s*+(?:{list_and}|,)\s*+\d{{1,4}})*+\s*+(?:{alternation(suffix)})\s*+{noun}"
        if prefix and suffix
        else "(?!)"
    )
    # (… or the later numbers each with its mark before it, one mark after the last: "第1325和第1820号决议")
    marked_run = (
        rf"(?:\s*+(?:{list_and}|,)\s*+(?:{alternation(prefix)})\s*+\d{{3,4}})++(?:{year})?\s*+"
        rf"(?:{alternation(suffix)})\s*+{noun}"
        if prefix and suffix
        else "(?!)"
    )
    year_leads = alt_or_never(lexicon.gather("dates.year_leads", langs))
    qualifiers = lexicon.gather("grammar.qualifiers_after", langs)
    qualifier = rf"(?:(?:{alternation(qualifiers)})\s++)?" if qualifiers else ""
    calls = lexicon.gather("grammar.implementation_call", langs)
    glued_calls = lexicon.gather("grammar.implementation_call_glued", langs)
    topics = alternation(lexicon.gather("grammar.topic_after", langs))
    passive = alternation(lexicon.gather("grammar.adoption_passive", langs))
    # a list item's date after its number ("733 of 3 February 1992", "733 de fecha 23 de …")
    item_date = rf"{sp0},?{sp0}(?:{date_intro}){sp}{any_date}"
    # the adopter's link after the number's date ("… adopted on 16 May 2003 by the")
    past_date = alt_or_never(lexicon.gather("grammar.body_prep_past_date", langs))
    links_actor = alt_or_never(lexicon.gather("grammar.actor_link", langs))
    possessives = alt_or_never(lexicon.gather("grammar.possessive", langs))
    articles = alt_or_never(lexicon.gather("grammar.articles", langs))
    return CouncilNumber(
        # the words after the Council's name up to the noun of a call to carry a text out, the
        # Council the call's subject ("وطالب مجلس الأمن الطرفين بتنفيذ"; no stop, no line's end
        # between; ``grammar.implementation_call``)
        call_gap=recache.compile(
            rf"[^\S\n]*+(?:[^\W\d]+[^\S\n]++){{0,{CALL_WORDS}}}?(?<!\w)(?:{'|'.join(calls)})(?!\w)"
        )
        if calls
        else None,
        # (… the call's preposition glued to the noun: "… الالتزام بالقرار 1701")
        call_glued=recache.compile(
            rf"[^\S\n]*+(?:[^\W\d]+[^\S\n]++){{0,{CALL_WORDS}}}?(?<!\w)(?:{'|'.join(glued_calls)})"
            rf"{noun}\s+{no}(?P<n>\d{{1,4}}){alone}"
        )
        if glued_calls
        else None,
        # (… a number's mark perhaps before it: "Security Council resolution No. 2334")
        after=recache.compile(rf"\s+{noun}\s+{no}(?P<n>\d{{1,4}}){alone}"),
        # "安全理事会2015年10月9日第2240号决议": a date may stand before the number, its link
        # perhaps after it ("安全理事会2015年12月18日通过的第2254号决议"), or its year alone
        # ("安理会2016年第2334号决议"), or its year and month; the date's preposition perhaps before
        # it ("安理会于2008年11月20日通过的第1844号决议"); or the link alone ("安理会通过的第1844号决议")
        marked=recache.compile(
            rf"\s*+{adverb}(?:(?:{date_intro}\s*+)?(?:{any_date}|(?P<ya>{year_alone}|{year_month}))\s*+"
            rf"(?:{date_link}\s*+)?|(?:{date_link})\s*+)?"
            # (… the topic of the text between, as the press writes it: "安理会关于加沙局势的第2728号
            # 决议", "安理会今年3月通过的关于…的第2728号决议"; ``grammar.topic_before``)
            rf"(?:(?:{topic})\s*+)?(?P<tm>{TITLE_OPEN}\s*+)?"
            # (… the number's mark before it left out, as the press writes it: "安理会2334号决议",
            # "《联合国安理会61号决议》"; not a digit's or a symbol's tail; … and its mark after it
            # left out too, the noun glued to the number: "安理会2231决议")
            rf"(?:(?:{alternation(prefix)})\s*+|(?<![\d/.]))(?P<n>\d{{1,4}})\s*+"
            rf"(?:{alternation(suffix)})?\s*+{noun}(?(tm)\s*+{TITLE_CLOSE})"
        )
        if prefix and suffix
        else None,
        # (… or its preposition: "las resoluciones del Consejo de Seguridad 2242 y 2493")
        noun_before=led_compile(rf"{word}{noun}\s+(?:(?:{prep})\s*+)?$"),
        # (… the date after its word between the name and the number, where the lexicon says so,
        # the number's mark after it, as legal styles write it: "резолюция Совета Безопасности ООН
        # от 28.09.2001 № 1373"; not a count after a date: "… от 10 июня 1999 года 15 государств";
        # not a day before its month and year: "… قرارات مجلس الأمن الدولي⏎⏎3 آذار/مارس 2021", a
        # decree's title over its date)
        # (… an adjective the language sets after its noun's complement, the Council's name, before
        # the number: "قرار مجلس الأمن السابق رقم 2555")
        number_after=recache.compile(
            rf"\s+{qualifier}(?:{date_first}|{no})(?P<n>\d{{1,4}}){alone}(?!\s*+(?:{month_year_regex(langs)}))"
        ),
        # (… the participle set off by its comma: "резолюция 1701, принятая Советом Безопасности")
        # (… or the adoption's manner or its vote's count there, a pattern: "резолюция 1884,
        # одобренная 15 членами Совета Безопасности", "…, принятая единогласно Советом …")
        # (… the number's date after its word between them: "резолюции № 1373 от 28 сентября 2001 г.
        # Совета Безопасности", "resolution 1373 of 28 September 2001 of the Security Council")
        # (… the noun after the link of an actor and perhaps a possessive or article, opening the
        # clause that the Council's name follows after its comma and article, the Council the
        # clause's subject: "In resolution 1701, the Security Council called …", "Dans sa
        # résolution 1701, le Conseil de sécurité a …", "En la resolución 1701, el Consejo …")
        behind=led_compile(
            rf"(?:(?<!\w)(?P<lead>(?i:{links_actor}))\s++(?:(?i:{possessives}|{articles})(?:\s++|(?<=[\x27\u2019])))?)?"
            rf"{word}{noun}\s+{no}(?P<n>\d{{1,4}}){alone}"
            rf"(?P<bd>\s*+,?\s*+(?:{date_intro})\s++{any_date})?"
            # (… or its year alone after a word of the date, the link before the body's name after
            # it: "القرار رقم 2656 لسنة 2022 الصادر عن مجلس الأمن"; the year read by the number's rule)
            rf"(?:\s++(?:{year_leads})\s++(?:19|20)\d\d(?=\s++(?:{prep})\s))?(?:\s+(?:(?:{prep})\s*+)?"
            rf"|\s*+,\s*+(?:{prep}|{members})\s++"
            # (… the adopter's link after that date: "la résolution 1478 adoptée le 16 mai 2003 par
            # le Conseil de sécurité", "resolution 1478 adopted on 16 May 2003 by the Security Council")
            rf"|(?(bd)(?:\s*+,)?\s++(?:{past_date})\s*+|(?!))"
            rf"|(?(lead)\s*+,\s*+(?:(?i:{articles})(?:\s++|(?<=[\x27\u2019])))?|(?!)))$"
        ),
        # (… the number's topic before the passive of its adoption: "Resolution 1325 on women, peace
        # and security was adopted unanimously by the", "la résolution 1973 relative à … a été
        # adoptée par le"; no figure, stop or bracket in the topic)
        behind_topic=led_compile(
            rf"{word}{noun}\s+{no}(?P<n>\d{{1,4}}){alone}\s*+,?\s*+(?i:{topics})\s"
            rf"{PASSIVE_TOPIC}\s*+,?\s*+(?=(?:{passive})\s)(?:{prep})\s*+$"
        )
        if passive and topics
        else None,
        # (… each item's date perhaps after it: "Security Council resolutions 242 of 22 November 1967
        # and 338 of 22 October 1973")
        more=recache.compile(
            rf"(?P<d>{sp0},?{sp0}(?:{date_intro}){sp}{any_date})?"
            rf"(?:\s*+,\s*+(?:(?:{list_and})\s++)?|\s++(?:{list_and})\s++){no}(?P<n>\d{{3,4}}){alone}"
        ),
        # (blanks of one line break at most: a list does not go on into the next paragraph)
        # (… an adjective after the noun, before the number: "للقرار السابق رقم 2170 لسنة 2014")
        own=recache.compile(
            rf"{word}{noun}{sp}{qualifier}{no}(?P<n>\d{{1,4}})(?:(?P<y>{year}){after_year}|{alone_or_year})"
        ),
        # (… each item's date perhaps after it: "resolutions 1493 of 28 July 2003 and 1533 of 12
        # March 2004", "резолюции 1493 от 28 июля 2003 года и 1533 от …")
        own_more=recache.compile(
            rf"(?P<d>{sp0},?{sp0}(?:{date_intro}){sp}{any_date})?"
            rf"(?:{sp0},{sp0}(?:(?:{list_and}){sp})?|{sp}(?:{list_and}){sp})(?P<n>\d{{1,4}})"
            rf"(?:(?P<y>{year}){after_year}|{alone_or_year})"
        ),
        # (… each later number's date perhaps before it: "2003年7月28日第1493号和2004年3月12日第1533号决议")
        # (… or one mark before the list's first number and one after its last: "第1850和1860号
        # 决议", "第1850、1860号决议", each number the Council's)
        own_marked=recache.compile(
            rf"(?:(?<![\d/]){alternation(prefix)}|(?<=[{bare_joints}])(?=\s*+{bare_run}))\s*+(?P<n>\d{{1,4}})"
            rf"(?:\s*+{alternation(suffix)}"
            rf"(?=(?:\s*+(?:{list_and}|,)\s*+(?:{any_date}\s*+)?{alternation(prefix)}\s*+\d{{1,4}}\s*+(?:{year})?\s*+"
            rf"{alternation(suffix)})*+\s*+{noun})"
            rf"|(?=(?:\s*+(?:{list_and}|,)\s*+\d{{1,4}})++\s*+{alternation(suffix)}\s*+{noun}))"
        )
        if prefix and suffix
        else None,
        after_mark=recache.compile(rf"\s+{noun}\s+(?:{marks})\s*+(?P<n>\d{{1,4}}){alone}") if marks else None,
        # (… each number's date perhaps after it, the list's last too: "resolutions 733 of 3 February
        # 1992, 751 of 14 May 1992 and 1356 of 9 July 2001 of the Security Council", es "las
        # resoluciones 733 de fecha 3 de febrero de 1992, … y 1356 de fecha … del Consejo")
        # (… or the list after the link of an actor and perhaps a possessive or article, opening the
        # clause that the Council's name follows after its comma, the Council the clause's subject:
        # "In its resolutions 1850 and 1860, the Security Council …", "Dans ses résolutions 1850 et
        # 1860, le Conseil de sécurité …", "En sus resoluciones 1850 y 1860, el Consejo …")
        behind_list=led_compile(
            rf"(?:(?<!\w)(?P<lead>(?i:{links_actor}))\s++(?:(?i:{possessives}|{articles})(?:\s++|(?<=[\x27\u2019])))?)?"
            rf"{word}{noun}\s+{no}(?P<n>\d{{3,4}}){alone}(?:{item_date})?"
            rf"(?:(?:\s*+,\s*+(?:(?:{list_and})\s++)?|\s++(?:{list_and})\s++){no}\d{{3,4}}{alone}"
            rf"(?:{item_date})?)++"
            rf"(?:\s+(?:(?:{prep})\s*+)?"
            rf"|(?(lead)\s*+,\s*+(?:(?i:{articles})(?:\s++|(?<=[\x27\u2019])))?|(?!)))$"
        ),
        behind_roman=led_compile(
            rf"{word}{noun}\s+{no}(?P<n>\d{{3,4}}){alone}"
            rf"(?:(?:\s*+,\s*+(?:(?:{list_and})\s++)?|\s++(?:{list_and})\s++){no}\d{{3,4}}{alone})*+"
            rf"(?:\s*+,\s*+(?:(?:{list_and})\s++)?|\s++(?:{list_and})\s++)"
            rf"\d{{1,4}}\s?(?:[A-H]\s)?\((?:S-|ES-)?[IVXL]{{1,7}}\)\s+(?:(?:{prep})\s*+)?$"
        ),
        # (… each perhaps with its year alone before it: "安理会2006年第1701号和2015年第2254号决议")
        # (… the verb of the adoption perhaps before it, and its adverb: "安理会先后通过第1718号和
        # 第1874号决议")
        marked_list=recache.compile(
            # (… after the years of each, given in turn: "安理会曾于2006年和2009年分别通过第1718号和
            # 第1874号决议")
            rf"\s*+{adverb}(?:(?:{date_intro})\s*+(?:{year_alone})(?:\s*+(?:{list_and})\s*+(?:{year_alone}))++\s*+"
            rf"(?:{respectively}\s*+)?)?"
            # (… or the date of their adoption, its year and month or its year, its preposition
            # perhaps before it: "安理会2023年12月1日通过第2713号和第2714号决议", "安理会于2011年6月
            # 通过第1988号和第1989号决议": the list's)
            rf"(?:(?:{date_intro}\s*+)?(?:{any_date}|(?P<yb>{year_alone}|{year_month}))\s*+(?=(?:{date_link})))?"
            rf"(?:(?:{date_link})\s*+)?(?:(?P<ya>{year_alone})\s*+)?(?:{alternation(prefix)})\s*+(?P<n>\d{{3,4}})"
            rf"(?:\s*+(?:{alternation(suffix)})"
            rf"(?=(?:\s*+(?:{list_and}|,)\s*+(?:(?:{year_alone})\s*+)?(?:{alternation(prefix)})\s*+\d{{3,4}}\s*+"
            rf"(?:{alternation(suffix)}))++\s*+{noun})"
            # (… or one mark before the list's first number and one after its last: "安理会第1850和
            # 1860号决议")
            rf"|(?=(?:\s*+(?:{list_and}|,)\s*+\d{{3,4}})++\s*+(?:{alternation(suffix)})\s*+{noun})"
            # (… or each number's mark before it and one mark after the last: "安理会第1325和第1820号
            # 决议", the last with its year perhaps: "…和第1820(2008)号决议")
            rf"|(?={marked_run}))"
        )
        if prefix and suffix
        else None,
        marked_more=recache.compile(
            rf"\s*+(?:{list_and}|,)\s*+(?:(?P<ya>{year_alone})\s*+)?"
            rf"(?:(?:{alternation(prefix)})\s*+|(?<=[{bare_joints}])(?=\s*+{bare_run}))\s*+(?P<n>\d{{3,4}})"
            rf"(?:\s*+(?:{alternation(suffix)})|(?=\s*+(?:{list_and}|,)\s*+{bare_run})|(?={marked_run}))"
        )
        if prefix and suffix
        else None,
        # (… a comma before the list word too: "…第1844号决议，以及于2012年2月22日通过的第2036号决议")
        marked_joint=recache.compile(rf"\s*+(?:(?:[,\uff0c]\s*+)?(?:{list_and or '(?!)'})|[,\u3001\uff0c])"),
        # the noun before the number, its marks around it, as the press writes it in the languages
        # that put the noun after the number ("安理会决议2678号", "安理会决议第2334号"): the suffix
        # mark is needed, the number then reads as one; a list's later numbers with their marks
        # ("安理会决议2334号和2254号"); … or in a bracket after the noun ("安理会决议（第2728号）")
        noun_marked=recache.compile(
            rf"\s*+{noun}\s*+(?P<br>[(\uff08]\s*+)?(?:(?:{alternation(prefix)})\s*+)?(?<![\d/.])(?P<n>\d{{1,4}})\s*+"
            rf"(?:{alternation(suffix)})(?(br)\s*+[)\uff09])(?!\s*+{noun})"
        )
        if prefix and suffix
        else None,
        noun_marked_more=recache.compile(
            rf"\s*+(?:{list_and}|[,\u3001])\s*+(?:(?:{alternation(prefix)})\s*+)?(?P<n>\d{{3,4}})\s*+"
            rf"(?:{alternation(suffix)})(?!\s*+{noun})"
        )
        if prefix and suffix
        else None,
        own_marked_run=led_compile(
            rf"(?<![\d/]){alternation(prefix)}\s*+\d{{1,4}}(?:{year})?\s*+{alternation(suffix)}"
            rf"(?:\s*+(?:{list_and}|,)\s*+{alternation(prefix)}\s*+\d{{1,4}}(?:{year})?\s*+"
            rf"{alternation(suffix)})++\s*+{noun}"
        )
        if prefix and suffix
        else None,
    )


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


@functools.lru_cache(maxsize=8)
def statement_years(scope: str) -> tuple[tuple[str, ...], tuple[re.Pattern[str], ...]]:
    """A language's forms of a statement by the Council's President told by its year and its
    number in that year, as copies title and cite them ("主席声明2011年第10号" is S/PRST/2011/10;
    ``grammar.statement_year_number``, groups ``year`` and ``n``), each compiled apart, and the
    nouns of statements one of which a text must hold for them to be tried (``nouns.statement``)."""
    langs = lexicon.scope(scope)
    forms = lexicon.gather("grammar.statement_year_number", langs)
    nouns = tuple(lexicon.gather("nouns.statement", langs))
    return (nouns, tuple(recache.compile(f) for f in forms)) if forms and nouns else ((), ())


@functools.lru_cache(maxsize=8)
def site_name_after(scope: str) -> re.Pattern[str] | None:
    """The name of the collection or library a copy's page puts after its title, a dash or a bar
    perhaps before it ("…主席声明2002年第37号 中华文库", "… - 维基文库，自由的图书馆";
    ``grammar.site_names``), to the line's end: no part of the title (the blank before it may be
    gone: a blank between two ideographs is taken out before)."""
    names = lexicon.gather("grammar.site_names", lexicon.scope(scope))
    if not names:
        return None
    return recache.compile(rf"[ \t\u3000]*(?:[-\u2013\u2014|][ \t\u3000]*)?(?:{alt_or_never(names)})[ \t]*")


def statement_year_id(m: re.Match[str]) -> str | None:
    """The statement's symbol a match of :func:`statement_years` gives, where its year is one of the
    Council's statements' (numbered by year since 1994)."""
    year, n = int(m.group("year")), int(m.group("n"))
    return f"S/PRST/{year}/{n}" if year >= _PRST_FIRST_YEAR and n else None


#: the first year of the Council's President's statements numbered by year (S/PRST/1994/1)
_PRST_FIRST_YEAR = 1994
