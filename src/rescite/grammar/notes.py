"""Notes: the rules of footnotes and legal citations — Official Records, authors and
periodicals, "Ibid." and its short forms, treaty acronyms."""

from __future__ import annotations

import functools
import re

from . import lexicon, recache
from .lexicon import CJK, alternation
from .retools import alt_or_never, led_compile

TYPE_CHECKING = False  # as typing's, without importing typing: a refresh imports this module
if TYPE_CHECKING:
    from typing import TypeVar

    T = TypeVar("T")


@functools.lru_cache(maxsize=16)
def records_supplement(lang: str = "") -> re.Pattern[str] | None:
    """The General Assembly's Official Records named by their session and the number of their
    supplement, no symbol in brackets after it ("Official Records of the General Assembly,
    Seventy-sixth Session, Supplement No. 53, chap. V, resolution …"): group ``n`` the number,
    the last of the report's symbol (A/<session>/<n>); None where no language writes them so."""
    words = lexicon.gather("grammar.records_supplement", lexicon.scope(lang))
    if not words:
        return None
    return led_compile(
        rf"(?:{'|'.join(f'(?:{w})' for w in words)})[ \t]*+(?P<n>\d{{1,3}})(?![\d(])(?![ \t]*+\()",
        re.IGNORECASE,
    )


@functools.lru_cache(maxsize=16)
def author_lead(lang: str = "") -> re.Pattern[str]:
    """What stands before a body named as the author of a legal citation ("12 Human Rights
    Council, Res. 32/2", "; See Commission on Human Rights, resolution 2004/41"): the start of a
    line (its footnote number, a "see" word) or a semicolon between citations — searched in the
    stretch that ends at the name."""
    see = alt_or_never(lexicon.gather("footnotes.see", lexicon.scope(lang)))
    return recache.compile(rf"(?:(?:^|\n)[ \t]*+(?:\d{{1,3}}[ \t.]*+)?|;[ \t]*+)(?:{see}[ \t]++)?$")


@functools.lru_cache(maxsize=16)
def periodical_before(lang: str = "") -> re.Pattern[str]:
    """A periodical's or a treaty series' short name ending right before a number, its number
    word between them allowed ("31 I.L.M. 818 (1992)", "T.I.A.S. No. 1970 (2011)"): the number is
    a page or an issue, no Security Council resolution — searched in the stretch that ends at
    the number."""
    langs = lexicon.scope(lang)
    names = alternation(lexicon.gather("footnotes.periodicals", langs))
    number = alt_or_never(lexicon.gather("footnotes.number", langs))
    # (… and by their shape, any periodical or code: a volume, then abbreviated words, a full stop or
    # a section sign among them — "121 S. Ct. 1373 (2001)", "146 Cong. Rec. 1325 (2000)", "22
    # U.S.C. § 1973 (2011)" —, or an abbreviation and the number word — "H.R. Rep. No. 1540 (2004)")
    # (… or a page word: "RGDIP 2001, p. 1373 (2001)", "REDI, vol. 53, pág. 1373 (2001)")
    page = alt_or_never(lexicon.gather("footnotes.page", langs))
    # (… or a volume's word: "Recueil des Traités, vol. 1325 (2000)")
    volume = alt_or_never(lexicon.gather("footnotes.volume", langs))
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
        recache.compile(rf"(?<!\w)(?i:{alt_or_never(links)})(?:\s++|(?<=[\x27\u2019]))$"),
        recache.compile(rf"(?:{alt_or_never(heads)})(?!\w)"),
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
        rf"[\s\d\u00b9\u00b2\u00b3\u2070-\u2079.)*/\[\]]*+(?:(?i:{alt_or_never(lead)})\s*+,?\s*+)?"
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
    forms = [rf"(?:(?<!\w)|(?<=[{CJK}]))(?:{alt_or_never(back)})\s*+(?P<note>\d{{1,3}})(?![\d/]|\.\d)"]
    if words and above:
        forms.append(
            rf"(?<!\w)(?:{alternation(words)})\s*+(?P<note2>\d{{1,3}})\s++(?:{alternation(above)})(?!\w)"
            rf"(?!\s++(?:{alt_or_never(place)})(?!\w))"
        )
    return _any_case_pieces(back + above), recache.compile("|".join(forms), re.IGNORECASE)


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
        led_compile(
            rf"(?<!\w)(?i:{alternation(leads)})\s++(?P<names>{article}{name}(?:{joint}{article}{name})*+)"
        ),
        recache.compile(name),
        keys,
    )
