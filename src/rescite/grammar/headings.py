"""Headings: the rules of mastheads and heading lines, cover volumes, a copy's own labels and
the labels of its related texts."""

from __future__ import annotations

import functools
import re

from . import lexicon, recache
from .retools import alt_or_never, gather_all, noun_stems
from .tables import kept_table


@functools.lru_cache(maxsize=1)
def heading_rules() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Words of headings, in every language: (an article or line opener before a body's
    name, "The "/"La "; the organisation's name on a masthead line, "United Nations";
    words that introduce a citation, "resolution", "see", "("); kept between runs
    (:func:`kept_table`)."""
    return kept_table("heading-rules", _heading_rules, ())


def _heading_rules() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    articles = gather_all("grammar.articles") + gather_all("heading.body_line_openers")
    article = recache.compile(rf"^{alt_or_never(articles)}(?:\s+|(?<='))", re.IGNORECASE)
    names = _organisation_names()
    # … or a copy's label of the symbol ("Document symbol:", "Cote :", "文件号："; a record's
    # metadata row, the label its header cell: "Symbol | A/RES/80/142")
    labels = alt_or_never(gather_all("heading.symbol_label"))
    # … or the link a copy was taken from, perhaps labelled ("Source: https://undocs.org/en/")
    link = r"(?:[^\W\d_]+[ \t]*[:\uff1a][ \t]*)?(?:https?://)?(?:www\.)?(?:undocs\.org|documents\.un\.org/symbol)/(?:[a-z]{2}/)?"
    # … or a yearbook's capitalised label of the document it reprints, no colon after it
    # ("DOCUMENT A/CN.4/420", "DOCUMENTO A/CN.4/420" under the topic's title; its blanks taken by
    # the pattern's last \s*, not by a repetition of their own beside it)
    reprinted = alt_or_never([w.upper() for w in gather_all("heading.reprint_label")])
    organisation = recache.compile(
        rf"\s*(?:{names}|(?:{labels})(?:\s*[:\uff1a]|[ \t]*\|)|(?-i:{reprinted})(?=[ \t])|{link})\s*",
        re.IGNORECASE,
    )
    # the full nouns: an abbreviation ("Res." of "G.A. Res. 48/134") heads a legal citation of the
    # text itself, and its short stem would be found inside any word
    nouns = gather_all("nouns.resolution") + gather_all("nouns.decision")
    stems = noun_stems([w for w in nouns if not (w.endswith(".") or (w.isascii() and len(w) <= 4))])
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
    return alt_or_never(organisations) + "".join(f"|{n}" for n in spaced)


@functools.cache
def cover_volumes() -> tuple[re.Pattern[str], ...]:
    """A volume's number on a cover's line, in every language ("Volume I", "Том I", "第一卷"):
    the numeral in the group ``roman``, or the group named by the numeral."""
    return tuple(recache.compile(p) for p in lexicon.gather("heading.cover_volume"))


@functools.cache
def cover_supplement() -> re.Pattern[str]:
    """A cover's label of an Official Records supplement before its number, in every language
    ("Supplement No. 7", "补编第7号"): matched where it ends a cover's words before the number."""
    return recache.compile(
        rf"(?:{alt_or_never(gather_all('heading.cover_supplement'))})[ \t]*$", re.IGNORECASE
    )


@functools.cache
def report_title_words() -> tuple[str, ...]:
    """The noun that opens or ends a session report's title line, in every language ("Report
    on the fifty-fifth session", "第六十一届会议报告")."""
    return tuple(w for w in lexicon.gather("heading.report_title") if w)


@functools.cache
def masthead_organisation() -> re.Pattern[str]:
    """The organisation's name alone, as it leads a masthead's line ("United Nations ")."""
    return recache.compile(rf"\s*(?:{_organisation_names()})\s*", re.IGNORECASE)


@functools.cache
def copy_labels() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A copy's words that name the text itself, in every language: (the phrase of a United
    Nations document opening a line before its symbol, "UN Doc. ", "Document ONU ", "联合国文件";
    the label of the copy's suggested citation of it, "Cite as: ", "Citer comme :")."""
    doc = alt_or_never(gather_all("heading.document_label"))
    cite = alt_or_never(gather_all("heading.cite_as_label"))
    return (
        recache.compile(rf"\s*(?:{doc})[ \t]*[:\uff1a]?[ \t]*", re.IGNORECASE),
        recache.compile(rf"\s*(?:{cite})[ \t]*[:\uff1a][ \t]*", re.IGNORECASE),
    )


@functools.cache
def cite_as_lead() -> re.Pattern[str]:
    """A copy's label of its suggested citation of the text itself, in every language, leading
    its line with its colon ("Cite as: ", "Citer comme : ") or alone on the line above the
    citation, its colon perhaps left out (a page's box titled "Cite as"): matched at a line's
    start, up to the citation's first character."""
    cite = alt_or_never(gather_all("heading.cite_as_label"))
    return recache.compile(
        rf"[ \t]*+(?:{cite})[ \t]*+(?:[:\uff1a][ \t]*+(?=\S)|[:\uff1a]?(?:[ \t]*+\n)++[ \t]*+)", re.IGNORECASE
    )


@functools.cache
def related_label() -> re.Pattern[str]:
    """A copy's label, in every language, before the list of other texts it links to ("Related
    documents: ", "Documents connexes :", "相关文件：")."""
    return recache.compile(
        rf"[ \t]*(?:{alt_or_never(gather_all('heading.related_label'))})[ \t]*[:\uff1a]", re.IGNORECASE
    )


@functools.cache
def recycle_line() -> re.Pattern[str]:
    """The line of the recycling mark's words that a first page prints at its foot, its sign
    beside them perhaps ("Please recycle ♲"), in every language's lexicon."""
    return recache.compile(
        rf"[ \t]*+(?:{alt_or_never(gather_all('heading.recycle'))})[ \t]*+[^\w\s]{{0,2}}[ \t]*+",
        re.IGNORECASE,
    )


@functools.cache
def symbol_label_alone() -> re.Pattern[str]:
    """A copy's label of the symbol and its colon, alone before the symbol on its line ("Document
    symbol: ", "Cote : "): a record of metadata that a web page may set anywhere (its footer)."""
    return recache.compile(
        rf"[ \t]*(?:{alt_or_never(gather_all('heading.symbol_label'))})[ \t]*[:\uff1a][ \t]*", re.IGNORECASE
    )


@functools.cache
def distribution_before() -> re.Pattern[str]:
    """A masthead's distribution mark ending the words before a symbol on its line ("Distr.
    GENERAL A/51/218", "… Asamblea General • Distr. general A/51/218"): a masthead a text layer
    ran into one line, its symbol the text's own (any case, a colon or not after "Distr.").  The
    body's name may stand between the mark's first word and the rest, as a text layer reads an
    older masthead's middle column into its right one ("Distr. General Assembly GENERAL
    A/HRC/7/78", "Distr. Assemblée générale GÉNÉRALE A/HRC/7/78"): up to five words, no figure."""
    split = (re.split(r"[\s:]+", w) for w in gather_all("heading.distribution"))
    between = r"[ \t]*:?[ \t]*(?:[^\W\d][^\s\d/]*[ \t]+){0,5}?"
    marks = sorted(
        {re.escape(words[0]) + between + r"[ \t]*".join(map(re.escape, words[1:])) for words in split}
    )
    return recache.compile(rf"(?:^|\s)(?:{'|'.join(marks) or '(?!)'})[ \t]+$", re.IGNORECASE)


@functools.cache
def distribution_opens() -> re.Pattern[str]:
    """A masthead's line that its distribution mark opens ("Distr.: General", "Distr.⏎GENERAL",
    "Distr. générale"): the mark's first word, in every language (any case)."""
    firsts = sorted({re.split(r"[\s:]+", w)[0] for w in gather_all("heading.distribution")} - {""})
    return recache.compile(rf"[ \t]*(?:{'|'.join(map(re.escape, firsts)) or '(?!)'})", re.IGNORECASE)


@functools.cache
def symbol_row() -> re.Pattern[str]:
    """A row of a web page's table that a copy's label of the symbol opens, the symbol alone in
    the next cell ("Symbol | A/RES/80/142", "Cote | …", "文号 | …"): a record's metadata."""
    return recache.compile(
        rf"^[ \t]*(?:{alt_or_never(gather_all('heading.symbol_label'))})[ \t]*\|[ \t]*"
        r"[A-Z]{1,6}(?:/[A-Za-z0-9.()\-]{1,12}){1,6}[ \t]*$",
        re.IGNORECASE | re.MULTILINE,
    )


@functools.cache
def related_row() -> re.Pattern[str]:
    """A row of a web page's table that the label of :func:`related_label` opens, its value in
    the next cell ("Related resources | A/80/L.41"), to the line's end."""
    return recache.compile(
        rf"^[ \t]*(?:{alt_or_never(gather_all('heading.related_label'))})[ \t]*\|[^\n]*",
        re.IGNORECASE | re.MULTILINE,
    )


@functools.cache
def related_heading() -> re.Pattern[str]:
    """A web page's label above its closing links to other texts, in every language: the label
    of :func:`related_label`, or the label alone on its line (a heading: "See also", "Voir aussi")."""
    return recache.compile(
        rf"[ \t]*(?:{alt_or_never(gather_all('heading.related_label'))})[ \t]*(?:[:\uff1a]|$)",
        re.IGNORECASE | re.MULTILINE,
    )


@functools.lru_cache(maxsize=8)
def other_organisation_line(lang: str = "") -> re.Pattern[str]:
    """A heading line naming an organ of another organisation or of a State ("City Council of
    Springfield", "Council of the African Union"): the words of ``organisation_actors``, or the
    organisation after the organ's name as ``other_organisation_after`` reads it."""
    langs = lexicon.scope(lang)
    words = lexicon.gather("grammar.organisation_actors", langs)
    after = [f"(?:{r})" for r in lexicon.gather("grammar.other_organisation_after", langs)]
    return recache.compile(
        rf"(?<!\w)(?i:{alt_or_never(words)})(?!\w)" + (f"|{'|'.join(after)}" if after else ""),
    )
