"""Page furniture that a text layer puts in the middle of a dated list, in every language: a
first page's foot (its job number with the language's letter and date, the bar code of the
number, the recycling mark's words), and a page line followed by a running header's symbol
that the passage prints only once (no masthead above it) — at every place of the list: after
the noun, between a number and its date, after a comma, between "and" and the last item, and
inside a treaty note's "vol. ⏎ 2225, No. 39574".  The furniture goes; every item keeps its
date.  Table-driven; the passages are written for these tests in the style of UN texts."""

from __future__ import annotations

import pytest

from passages import GA
from rescite.engine.extract import extract_text
from rescite.engine.normalise import normalise

OWN = "A/RES/81/214"
ITEMS = {
    "A/RES/62/171": "2007-12-18",
    "A/RES/64/216": "2009-12-21",
    "A/RES/66/137": "2011-12-19",
    "A/RES/68/261": "2014-01-29",
}
# the body's line, then the paragraph whose list the furniture cuts: {A} after the noun, {B}
# between a number and its date, {C} after an item's comma, {D} before the last item
LISTS = {
    "en": (
        GA["en"],
        "Reaffirming its resolutions{A} 62/171 of 18 December 2007, 64/216{B} of 21 December 2009,{C}"
        " 66/137 of 19 December 2011 and{D} 68/261 of 29 January 2014,\n\n",
    ),
    "fr": (
        GA["fr"],
        "Réaffirmant ses résolutions{A} 62/171 du 18 décembre 2007, 64/216{B} du 21 décembre 2009,{C}"
        " 66/137 du 19 décembre 2011 et{D} 68/261 du 29 janvier 2014,\n\n",
    ),
    "es": (
        GA["es"],
        "Reafirmando sus resoluciones{A} 62/171, de 18 de diciembre de 2007, 64/216,{B} de 21 de diciembre"
        " de 2009,{C} 66/137, de 19 de diciembre de 2011, y{D} 68/261, de 29 de enero de 2014,\n\n",
    ),
    "ru": (
        GA["ru"],
        "подтверждая свои резолюции{A} 62/171 от 18 декабря 2007 года, 64/216{B} от 21 декабря 2009 года,{C}"
        " 66/137 от 19 декабря 2011 года и{D} 68/261 от 29 января 2014 года,\n\n",
    ),
    "ar": (
        GA["ar"],
        "إذ تؤكد من جديد قراراتها{A} 62/171 المؤرخ 18 كانون الأول/ديسمبر 2007 و 64/216{B} المؤرخ 21 كانون"
        " الأول/ديسمبر 2009{C} و 66/137 المؤرخ 19 كانون الأول/ديسمبر 2011 و{D} 68/261 المؤرخ 29 كانون"
        " الثاني/يناير 2014،\n\n",
    ),
    "zh": (
        GA["zh"],
        "重申其{A}2007年12月18日第62/171号、2009年12月21日{B}第64/216号、{C}2011年12月19日第66/137号和{D}"
        "2014年1月29日第68/261号决议，\n\n",
    ),
}
MASTHEAD = (
    f"United Nations\n{OWN}\nGeneral Assembly\nDistr.: General\n20 December 2026\n\n"
    "Eighty-first session\nAgenda item 27\n\n81/214. Cooperation for development in coastal regions\n\n"
)
FILLER = "Bearing in mind the work the regional bodies have carried out in the field over the years,\n\n" * 6

# a first page's foot, as text layers give it (a page break after it perhaps)
FIRST_FEET = {
    "job and bar code": "\n26-30417 (E) 221226\n*2630417*\n",
    "blank lines, recycling mark": "\n\n26-30417 (F)    221226\n\n*2630417*\n\nPlease recycle \u2672\n\n",
    "bar code first": "\n*2630417*\n26-30417 (R)\n",
    "job number alone and its bar code": "\n26-30417\n*2630417*\n",
    "at a page break, the header printed once": f"\n26-30417 (S) 221226\n*2630417*\n\f{OWN}\n",
}
# a page line, then the next page's running header: its symbol, which the passage prints once
PAGE_TOPS = {
    "page line then symbol": f"\n2/7 26-30417\n{OWN}\n",
    "blank lines around them": f"\n\n26-30417 2/7\n\n{OWN}\n\n",
    "at a page break": f"\n2/7 26-30417\n\f{OWN}\n",
    "job number at a page break": f"\n26-30417\n\f{OWN}\n",
}


def _passage(lang: str, place: str, furniture: str, masthead: bool = False) -> str:
    body, para = LISTS[lang]
    cut = {k: (furniture if k == place else "") for k in "ABCD"}
    return (MASTHEAD if masthead else "") + body + FILLER + para.format(**cut) + FILLER


def _dated(text: str, lang: str) -> dict[str | None, str | None]:
    res = extract_text(text, lang=lang)
    for c in res.citations:  # offsets still point into the text as given
        assert text[c.start : c.end] == c.text
    return {c.target: c.date for c in res.citations if c.target != OWN}


def _rows(kinds: dict[str, str], masthead: bool) -> list[object]:
    return [
        pytest.param(
            lang, place, furniture, masthead, id=f"{lang}-{place}-{name}{'' if masthead else ', no masthead'}"
        )
        for name, furniture in kinds.items()
        for lang in LISTS
        for place in "ABCD"
    ]


@pytest.mark.parametrize(
    ("lang", "place", "furniture", "masthead"), _rows(FIRST_FEET, True) + _rows(FIRST_FEET, False)
)
def test_a_first_page_foot_in_a_list_keeps_every_item(
    lang: str, place: str, furniture: str, masthead: bool
) -> None:
    assert _dated(_passage(lang, place, furniture, masthead), lang) == ITEMS


@pytest.mark.parametrize(("lang", "place", "furniture", "masthead"), _rows(PAGE_TOPS, False))
def test_a_header_symbol_printed_once_after_a_page_line_goes(
    lang: str, place: str, furniture: str, masthead: bool
) -> None:
    text = _passage(lang, place, furniture, masthead)
    assert _dated(text, lang) == ITEMS
    assert OWN not in normalise(text).text


# a treaty's note whose volume the furniture cuts from its number
NOTES = {
    "en": "Welcoming the entry into force of the Convention,1\n\n__________________\n"
    "1 United Nations, Treaty Series, vol.{T} 2318, No. 41206.\n\n",
    "fr": "Se félicitant de l'entrée en vigueur de la Convention1,\n\n__________________\n"
    "1 Nations Unies, Recueil des Traités, vol.{T} 2318, no 41206.\n\n",
    "es": "Acogiendo con beneplácito la entrada en vigor de la Convención1,\n\n__________________\n"
    "1 Naciones Unidas, Treaty Series, vol.{T} 2318, núm. 41206.\n\n",
    "ru": "приветствуя вступление в силу Конвенции1,\n\n__________________\n"
    "1 United Nations, Treaty Series, vol.{T} 2318, No. 41206.\n\n",
    "ar": "وإذ ترحب ببدء نفاذ الاتفاقية(1)،\n\n__________________\n"
    "(1) United Nations, Treaty Series, vol.{T} 2318, No. 41206.\n\n",
}
NOTE_CUTS = {
    "first page's foot": "\n26-30417 (E) 221226\n*2630417*\n",
    "page line then symbol": f"\n26-30417 2/7\n{OWN}\n",
    "at a page break": f"\n2/7 26-30417\n\f{OWN}\n",
}


@pytest.mark.parametrize(
    ("lang", "cut"),
    [pytest.param(lang, cut, id=f"{lang}-{name}") for name, cut in NOTE_CUTS.items() for lang in NOTES],
)
def test_a_treaty_note_cut_between_volume_and_number(lang: str, cut: str) -> None:
    text = LISTS[lang][0] + FILLER + NOTES[lang].format(T=cut) + FILLER
    assert "UNTS/2318/41206" in _dated(text, lang)


# what stays: lines that look like furniture but are text, or furniture between paragraphs
KEPT = [
    # a list of symbols, one a line: the symbol after the page line is an item
    (
        "Having considered the reports:\nA/81/310\n2/7 26-30417\nA/81/311\nand Corr.1,\n",
        "A/81/311\nand Corr.1",
    ),
    # a paragraph that ended: the symbol after the page line opens no sentence that runs on
    ("Takes note of the report.\n2/7 26-30417\nA/81/311\nRecalling the report,\n", "A/81/311\nRecalling"),
    # a bar code of another number: no first page's foot
    ("Recalling its resolutions\n26-30417\n*2699999*\n62/171,\n", "26-30417\n*2699999*"),
    # a job number without its language's letter or its bar code
    ("Recalling its resolutions\n26-30417\n62/171,\n", "26-30417\n62/171"),
    # a foot between two paragraphs: the paragraphs stay apart
    (
        "Recalling its resolution 62/171,\n\n26-30417 (E) 221226\n*2630417*\n\n"
        "Recalling also its resolution 64/216,\n",
        "62/171,\n\n\nRecalling also",
    ),
    # … and between a masthead's date and its session's line
    (
        "Distr.: General\n20 December 2026\n\n26-30417 (E)\n*2630417*\n\nEighty-first session\n",
        "2026\n\n\nEighty",
    ),
]


@pytest.mark.parametrize(("para", "kept"), KEPT, ids=[f"kept-{i}" for i in range(len(KEPT))])
def test_text_that_looks_like_furniture_stays(para: str, kept: str) -> None:
    text = GA["en"] + FILLER + para + "\n" + FILLER
    assert kept in normalise(text).text
