"""Symbols: the document-symbol grammar's patterns and the symbols found in a text."""

from __future__ import annotations

import functools
import re

from ..grammar import lexicon, recache
from ..grammar.lexicon import CJK, SUPERSCRIPTS, gather, is_cjk
from ..grammar.symbols import symbol_tails
from ..ids import NUMBERED_ELEMENTS, resolution_id

#: :func:`~rescite.ids.resolution_id` kept for the arguments met again: a heading's own id, an
#: opening's, and the texts cited in text after text (resolve's; a pure function of a few short
#: strings; an :class:`IdError` is not kept)
cached_resolution_id = functools.lru_cache(maxsize=16384)(resolution_id)

#: a treaty body's symbol of a State's report or of its concluding observations on it, ending in
#: the report's number ("CRC/C/FRA/CO/6", "CEDAW/C/ARG/7", "E/C.12/FRA/CO/4"), or of the list of
#: issues on it and the replies ("CRC/C/FRA/Q/6", "CRC/C/FRA/RQ/6")
TREATY_BODY_REPORT = recache.compile(r"(?:[A-Z]{3,5}/C|E/C\.12)/[A-Z]{3}/(?:CO/|R?Q/)?\d{1,2}")
#: … and the number of the last report combined with it, glued by a hyphen ("-7"), an addendum,
#: a corrigendum or a revision perhaps after it ("-7/Add.1", "-10/Corr.1", "-9/Rev.1/Corr.1")
#: (… a word of a script without spaces glued after it: "CEDAW/C/GEO/Q/4-5号文件")
COMBINED_NEXT = recache.compile(
    rf"-(\d{{1,2}})(?:/(?:Add|Corr|Rev)\.\d{{1,2}}){{0,2}}(?![\d/]|(?![{CJK}])\w)"
)
_LAST_NUMBER = recache.compile(r"(\d{1,2})$")


def combined_report_end(text: str, sym: str, end: int) -> int:
    """The end of a treaty body's symbol of combined reports whose match stopped at the hyphen
    before its last report's number ("CRC/C/FRA/CO/6-7", "CERD/C/ARE/CO/18-21": one document, its
    numbers joined, no range of documents, however many reports it combines), else ``end``."""
    if not text.startswith("-", end) or TREATY_BODY_REPORT.fullmatch(sym) is None:
        return end
    cr = COMBINED_NEXT.match(text, end)
    last = _LAST_NUMBER.search(sym)
    if cr is None or last is None or int(cr.group(1)) <= int(last.group(1)):
        return end
    return cr.end()


# -- document symbols (the symbol grammar, extended series list) --------------------------
#: The series a symbol may open with (``symbol_series.csv``: the principal organs' letters, the
#: treaty bodies, programmes, commissions and the organs of conventions that print their own).
#: Each must be followed by a slash, so at most one fits at a place and their order does not matter.
SERIES = "(?:" + "|".join(lexicon.symbol_series()) + ")"
_ROMAN = r"[IVXLC]{1,7}"  # a session in Roman numerals: "(XV)"
_SPECIAL = r"S-[IVX]{1,4}|ES-[IVX]{1,4}"  # a special or emergency special session: "(S-6)", "(ES-10)"
_NAME_PART = r"[A-Z][A-Za-z]{0,9}"  # "CN", "Sub", "AC", "HRC"
#: A document's part by letter after its number ("WFP/EB.1/2027/5-B"), and the letter's own
#: number ("WFP/EB.2/2026/8-A/1/Rev.1"): never the start of a joint symbol's second
#: ("A/80/74-E/2026/56"), whose series letter is followed by more than a short number
_LETTER_PART = r"-[A-Z](?:/\d{1,2}(?=/(?:Rev|Add|Corr|Amend)\.|[^\w/]|$)|(?![\w/]))"
#: The numbers of joined communications before their year ("CCPR/C/130/D/2980-2982/2017"): one
#: element, not a symbol cut at its dash and a range's end (… a space either side of the dash:
#: "CCPR/C/130/D/2500 - 2506/2014", as a PDF's text layer sets it)
_JOINED_NUMBERS = r"\d{1,5}(?:-| - )\d{1,5}(?=/(?:19|20)\d\d(?!\d))"
#: … a State's code joined to its territory's in a treaty body's symbol ("CCPR/C/CHN-HKG/CO/4",
#: "E/C.12/CHN-MAC/CO/3"), never the series of a joint symbol's second (no slash right after)
_TERRITORY = r"(?:-[A-Z]{3}(?=/))?"
#: … a numbered element's number: up to four figures, or five from 10000 (the Security Council's
#: meetings since 2025: "S/PV.10010"; not a smaller number with a note's mark glued to it)
_PART = (
    rf"(?:{_NAME_PART}{_TERRITORY}(?:\.(?:1\d{{4}}(?!\d)|\d{{1,4}}|[IVXLC]{{1,6}}|[A-Z]))?(?:\(\w{{1,8}}\))?"
    rf"|(?:S|ES)-\d{{1,2}}|{_JOINED_NUMBERS}|\d{{1,5}}(?:\((?:{_ROMAN}|{_SPECIAL})\)|{_LETTER_PART})?"
    # (… a number of two figures in brackets between two elements: the 1540 Committee's national
    # reports, "S/AC.44/2004/(02)/31")
    r"|\(\d{2}\)(?=/\d))"
)
_SESSION_MARK = r"S-[IVXLC]{1,5}|ES-[IVXLC]{1,5}"


def _tail() -> str:
    """The end of a symbol after its elements: a bracket of a session, a year, or a word of
    the ``symbols`` tables ("(Sect. 24)", "(Part I)", "(Introduction)"), a reissue's star perhaps
    inside it after the part's number ("E/1999/23 (Part I*)"), then the final elements after the
    bracket ("A/79/6 (Sect. 24)/Add.1")."""
    words = symbol_tails()
    return (
        rf"(?:\s?\*)?(?:(?:[ \t]{{1,4}}\n|\s)?(?:[A-H]\s?)?\((?:{_ROMAN}|{_SESSION_MARK}"
        rf"|(?:19[4-9]\d|20\d\d)|(?i:{words.numbered})\s{{0,4}}\d{{1,3}}[A-H]?\*?|(?i:{words.roman})\s{{0,4}}[IVX]+\*?"
        rf"|(?i:{words.alone}))\)(?:/(?:{NUMBERED_ELEMENTS})\.\d{{1,3}}){{0,3}})?"
    )


#: A range's end after a dash: a number or a final element ("A/59/668/Add.7-10", "…/Add.7–Add.10")
#: … or any numbered element's, repeated ("A/HRC/40/L.1-L.3")
_FINAL_NAMES = "(?:Add|Corr|Rev|Amend|[A-Z]{1,4})"
#: A footnote letter glued to a symbol's last number, before a space ("A/AC.296/2025/1a Agenda",
#: a list of documents whose note "a" says how the agenda was adopted): the symbol ends at the number
_NOTE_LETTER = r"|(?<=\d)[a-e](?=[ \t\n])"
#: Most parts after the series a symbol has ("E/CN.4/Sub.2/2005/L.1/Add.1/Corr.1": 7); a
#: bound, so that a run of slashes is not read to its end from each of its letters
SYMBOL_PARTS = 12
#: what may follow a symbol: a blank, a stop, a bracket or quote, a joint symbol, a range — or
#: a bracket that opens Chinese words ("A/78/301(第5段)", "A/78/301（第5段）"), also after a
#: number ("A/RES/70/1（2015年9月25日）": a date in brackets) — or the mark that ends a question,
#: as a verbatim record's President asks ("… decides to adopt draft resolution A/81/L.31?",
#: "…A/81/L.31？": the symbol was cut before its last element)
_AFTER_SYMBOL_HEAD = (
    rf"(?=[\s.,;:?!)\]\"'*{CJK}{SUPERSCRIPTS}\u3001\u3002\uff08\uff09\uff1f\uff01]|$|\d?[\s,;.)]|\((?=\d{{0,4}}[{CJK}])"
    # (… or a bracket glued to it that opens another document's symbol, as the treaty bodies'
    # database lists a report with its summary record: "E/1990/5/Add.22(E/C.12/1990/SR.3)")
    rf"|\((?={SERIES}/)"
    # (… or a link's next parameter: "…/access?s=A/RES/70/1&l=en&t=pdf")
    r"|&(?=[A-Za-z]\w{0,15}=)"
)
_AFTER_SYMBOL = rf"{_AFTER_SYMBOL_HEAD}|--|-{SERIES}/|(?<=\d)[-–—](?:\d|{_FINAL_NAMES}\.\d){_NOTE_LETTER})"
# the same without a year in brackets: after a session and a number ("A/RES/48/134 (1993)")
# the year is the date of a legal citation, not an element of the symbol
_YEAR_TAIL = r"|(?:19[4-9]\d|20\d\d)"
# (… nor after any number but a Council resolution's: "U.N. Doc. A/6316 (1966)" of a legal citation)
_YEAR_AFTER_NUMBERS = recache.compile(
    # (… with what may stand between a symbol and its bracket: "A/8082 ⏎(1970)")
    # (… or after a numbered element: "U.N. Doc. S/INF/22/Rev.2 (1967)", "S/PV.4213 (2000)")
    # (… or after a part's letter: "Doc. NU A/RES/57/270 B (2003)", the part's year)
    r"(?:/(?:S-|ES-)?\d+/\d+|(?<!^S/RES)(?<!^S/RES/)/\d+|\.\d+)(?:\s?[A-H])?"
    r"(?:[ \t]{1,4}\n|\s)?\((?:19|20)\d\d\)$"
)


# any series by the symbol grammar (un-citations §1.3): series letters, then elements; one
# of a series not listed above is taken when its shape can only be a symbol — three or more
# elements with a number among them ("LOS/PCN/130", "JIU/REP/2019/6"), or a numbered
# special element ("LC/G.2345")


@functools.lru_cache(maxsize=1)
def _symbol_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The symbol patterns (their tails' words are the lexicon's): a symbol of a listed series;
    the same without a year in brackets; a symbol of any series."""
    tail = _tail()
    return (
        recache.compile(rf"(?P<sym>{SERIES}(?:/{_PART}){{1,{SYMBOL_PARTS}}}{tail}){_AFTER_SYMBOL}"),
        recache.compile(
            rf"(?P<sym>{SERIES}(?:/{_PART})+{tail.replace(_YEAR_TAIL, '')}"
            # (… a part's letter glued to the number before the year: "A/RES/57/270B (2003)")
            rf"(?:(?<=\d)[A-H](?=[ \t]?\((?:19|20)\d\d\)))?)"
            rf"{_AFTER_SYMBOL_HEAD}"
            # (… and the year glued to it: "A/RES/70/1（2015）", "A/6316(1966)")
            rf"|\((?=(?:19|20)\d\d\))|--|-{SERIES}/{_NOTE_LETTER})"
        ),
        recache.compile(rf"(?P<sym>[A-Z]{{2,6}}(?:/{_PART})+{tail}){_AFTER_SYMBOL}"),
    )


#: The symbol of an adopted text: a resolution, a decision, a statement by the President.
ADOPTED_TEXT = recache.compile(r"/(?:RES|DEC|PRST)/")

_NUMBERED_SPECIAL = recache.compile(r"[A-Z]{1,4}\.\d{1,5}")


@functools.lru_cache(maxsize=1)
def _press_series() -> frozenset[str]:
    """The series of the press releases' own symbols in every language ("SC/15432", the
    French "CS/15432"): a series and one number alone is a symbol only after one of them."""
    return frozenset(gather("symbols.press_series"))


@functools.lru_cache(maxsize=1)
def _session_led_series() -> frozenset[str]:
    """The series of another organisation's documents whose symbols its session's number opens
    ("196 EX/SR.1", "197 EX/PRIV.1": UNESCO's Executive Board): no United Nations symbol."""
    return frozenset(gather("symbols.session_led_series"))


#: the number of a press release: three to five figures, no other element
_PRESS_NUMBER = recache.compile(r"\d{3,5}")


def _symbol_shape(sym: str, press: frozenset[str]) -> bool:
    series, _, rest = sym.partition("/")
    if series in press and _PRESS_NUMBER.fullmatch(rest):
        return True
    parts = sym.split("/")[1:]
    if any(_NUMBERED_SPECIAL.fullmatch(p) for p in parts):
        return True
    return len(parts) >= 2 and any(p.isdigit() for p in parts) and not parts[0].isdigit()


# a numbered element without its number, ending a symbol read ("A/520/Rev" of "A/520/Rev.1Amend.1")
_BARE_ELEMENT = recache.compile(rf"/(?:{NUMBERED_ELEMENTS})$", re.IGNORECASE)
# … or a special element that takes its number after a stop ("L.75", "PV.12"; the symbol grammar)
_STOPPED_ELEMENT = recache.compile(r"/(?:L|PV|SR|CRP|R|WP|MISC|DP)$")
# … its number glued to the next element ("Rev.1Amend.1", "Rev.2Add.1")
_GLUED_ELEMENT = recache.compile(rf"\.\d{{1,3}}(?=(?:{NUMBERED_ELEMENTS})\.\d)")

# a slash with a capital before it (a series letter): the others start no symbol
_SLASH = recache.compile("/(?<=[A-Z]/)")
_SYMBOL_LINK = recache.compile(r"(?:undocs\.org|documents\.un\.org/symbol)/(?:[a-z]{2}/)?$")


#: The last text scanned and what was found in it: ``extract_text`` asks twice about the
#: same text (is it a compilation? then its segments), the second time for free.
_LAST_SYMBOLS: tuple[str, list[re.Match[str]]] | None = None


def symbol_matches(text: str) -> list[re.Match[str]]:
    """Document symbols not glued to a preceding word, path or number.

    Every symbol has a slash right after its series letters: candidates are found from
    the slashes (a fast scan) and the symbol pattern is matched where the letters start."""
    global _LAST_SYMBOLS
    last = _LAST_SYMBOLS
    if last is not None and last[0] is text:
        return list(last[1])
    out = _symbol_matches(text)
    _LAST_SYMBOLS = (text, out)
    return list(out)


def _symbol_matches(text: str) -> list[re.Match[str]]:
    out: list[re.Match[str]] = []
    symbol_re, no_year_re, any_series_re = _symbol_res()
    press = _press_series()
    session_led = _session_led_series()
    done = -1
    for sl in _SLASH.finditer(text):
        i = sl.start()
        if i <= done:
            continue
        j = i
        while j > 0 and i - j < 8 and "A" <= text[j - 1] <= "Z":
            j -= 1
        # (… two hyphens, a plain-text copy's dash: "E/1889/Rev.1--E/CN.7/210/Rev.1")
        joint = (
            j > 0
            and text[j - 1] == "-"
            and bool(out)
            and (out[-1].end() == j - 1 or (out[-1].end() == j - 2 and text[j - 2] == "-"))
        )
        glued = j > 0 and ((text[j - 1].isalnum() and not is_cjk(text[j - 1])) or text[j - 1] in "_/.-")
        if glued and text[j - 1] == "/" and _SYMBOL_LINK.search(text, max(0, j - 40), j):
            glued = False  # a link to the document: https://undocs.org/en/A/RES/70/1
        if j == i or (glued and not joint):
            continue  # no series letters, or glued to what precedes (but "A/51/113-S/1996/276")
        if j > 1 and text[j - 1] == " " and text[j - 2].isdigit() and text[j:i] in session_led:
            continue  # "(196 EX/SR.1-6)": another organisation's document, its session's number first
        m = symbol_re.match(text, j)
        if m is None:
            m = any_series_re.match(text, j)
            if m is None or not _symbol_shape(m.group("sym"), press):
                continue
        if m.group("sym").endswith(")") and _YEAR_AFTER_NUMBERS.search(m.group("sym")):
            m = no_year_re.match(text, j) or m
        bare = _BARE_ELEMENT.search(m.group("sym"))
        if (
            bare is None
            and text.startswith(".", m.end("sym"))
            and not text[m.end("sym") + 1 : m.end("sym") + 2].isdigit()
            and _STOPPED_ELEMENT.search(m.group("sym")) is not None
        ):
            # "A/79/L./75", "A/C.3/79/L.": a special element that is never without its number
            # ("L.75"), its stop there but not its number (a stop typed before the slash) — the
            # symbol before it is the session's or the body's, no document: none is read
            done = m.end()
            continue
        if bare is not None:
            # "A/520/Rev.1Amend.1" (a lost "and"), "A/54/L.81/Rev." (a number lost): an element
            # is never without its number — read with the number glued to the next element,
            # else the symbol ends before it
            number = _GLUED_ELEMENT.match(text, m.end("sym"))
            cut = number.end() if number is not None else m.start("sym") + bare.start()
            m = m.re.match(text, j, cut) or m
        out.append(m)
        done = m.end()
    return out


def whole_symbol(text: str) -> bool:
    """``text`` is one symbol and nothing more ("S/RES/2417(2018)", read out of a link)."""
    m = _symbol_res()[0].match(text)
    return m is not None and m.end("sym") == len(text)
