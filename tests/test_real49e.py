"""Forms met reading legal scholarship and footnoted secondary texts in the six languages (issue 7,
pass 49e: Australian and New Zealand law reviews and theses in the Australian guide's style, OSCOLA
and Bluebook footnotes of English articles, OpenEdition's French journals, SciELO's and Redalyc's
Spanish articles, cyberleninka's Russian articles, Chinese journal articles and Arabic theses), each
written for these tests in UN style (numbers, dates and wording invented where the rule does not
depend on them):

- the Assembly named with a number of its first thirty sessions and the year alone in its bracket,
  as the Australian guide and the New Zealand style guide write it ("GA Res 3314 (1974)", "GA Res
  217A (1948)", "UNGA Res 1541 (1960)", fr "Rés. AG 2131 (1965)", es "Res. AG 2200 A (1966)", ru
  "Рез. ГА ООН 1803 (1962)"; en.toml ``bodies.GA`` "GA", ``find_assembly.year_session``): the
  session the year and the known numbers leave, Y − 1945 or the one before (was unresolved, read as a
  Council number of that year); a number the known numbers leave in either session ("UNGA Res 2002
  (1965)"), a special session's between two regular ones ("GA Res 2248 (1967)"), a number past the
  thirtieth session, and the Council's own number that fits its year stay as before;
- the Economic and Social Council by the Australian guide's "ESC" ("ESC Res 1503 (XLVIII)"; en.toml
  ``bodies.ECOSOC``): the Council's (was unresolved); the European Social Charter so abbreviated,
  with no noun of a resolution, stays no citation;
- a paragraph's number glued to its first word at each paragraph's start, as OpenEdition's pages
  number an article's paragraphs ("2Résolution 2625 (XXV) du 24 octobre 1970", normalise
  ``_GLUED_PARAGRAPH``): the number spaced from the word, so the noun after it is read (the text was
  lost); one such line alone is left as it was;
- a Chinese note's number, its mark and noun, then its date alone set off by a comma at the note's
  end, as journal articles cite it ("联合国大会第2625(XXV)号决议，1970年10月24日。", ``rules``
  item tail ``noun_then_date``): the number's date (was undated, as the symbol's was not); a date
  that opens the next clause stays none;
- the participle of the adoption opening a bracket, then its date, right before the Assembly's name
  and its number, as OSCOLA cites a declaration after its title ("Declaration on Coastal
  Wetlands (adopted 14 December 2011 UNGA Res 66/150)", ``dates.adopted_bracket_date`` from en
  ``grammar.adopted_clause``): the number's date (was undated); a treaty's bracket of its adoption
  and entry into force, and words between the date and the name, give none;
- the Assembly's number of its first sessions with its session's numeral after a hyphen, as Spanish
  and French doctrine writes it ("la resolución 2625-XXV", "Res. 3314-XXIX", fr "la résolution
  1514-XV", normalise ``_dashed_session``): read as the bracket (was lost); a year, or letters no
  numeral, after the hyphen stay unread;
- a month's abbreviation without its stop, as OSCOLA and the Australian guide write it ("UNGA Res
  1541 (XV) (15 Dec 1960)", "(9 Oct 2015)", "(14 Sept 2011)"; en.toml ``dates.months``): the date
  (was undated); the Assembly's decision by its noun "Dec" stays a decision, undated.
"""

from __future__ import annotations

import pytest

from passages import assert_dates, by_tables, dates_of

# (language, passage, each target with its date alone, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]

_NOTE = "The practice of the organs has been consistent on this point.4\n\n"

_ASSEMBLY_YEAR: list[Row] = [
    (
        "en",
        _NOTE + "4 Definition of Aggression, GA Res 3314 (1974) annex art 3(g).\n",
        {"A/RES/3314(XXIX)": None},
    ),
    (
        "en",
        _NOTE + "4 Universal Declaration of Human Rights, GA Res 217A (1948) art 19.\n",
        {"A/RES/217A(III)": None},
    ),
    ("en", _NOTE + "4 UNGA Res 1541 (1960) principle IV.\n", {"A/RES/1541(XV)": None}),
    ("fr", "La pratique est constante.4\n\n4 Rés. AG 2131 (1965), § 1.\n", {"A/RES/2131(XX)": None}),
    ("es", "La práctica es constante.4\n\n4 Res. AG 2200 A (1966), art. 1.\n", {"A/RES/2200A(XXI)": None}),
    ("ru", "Практика единообразна.4\n\n4 Рез. ГА ООН 1803 (1962), п. 4.\n", {"A/RES/1803(XVII)": None}),
]

# (… a number either session may hold, a special session's, one past the thirtieth session, the
# Council's own: as before)
_ASSEMBLY_YEAR_AS_BEFORE: list[Row] = [
    ("en", _NOTE + "4 UNGA Res 2002 (1965).\n", {"": None}),
    ("en", _NOTE + "4 GA Res 2248 (1967).\n", {"": None}),
    ("en", _NOTE + "4 GA Res 3542 (1976).\n", {"": None}),
    ("en", _NOTE + "4 SC Res 242 (1967) para 1.\n", {"S/RES/242(1967)": None}),
]

_ESC: list[Row] = [
    (
        "en",
        _NOTE + "4 ESC Res 1503 (XLVIII), UN ESCOR, 48th sess, Supp No 1A.\n",
        {"E/RES/1503(XLVIII)": None},
    ),
    ("en", _NOTE + "4 ESC Res 1235 (XLII) para 2.\n", {"E/RES/1235(XLII)": None}),
]

# (… the European Social Charter so abbreviated, a number of the Council's own shape: as before)
_ESC_AS_BEFORE: list[Row] = [
    ("en", _NOTE + "4 European Social Charter (ESC) art 6, see also 1961 ESC art 4.\n", {}),
    ("en", _NOTE + "4 ESC Res 2016/2 (2016).\n", {"E/RES/2016/2": None}),
]

_GLUED_PARAGRAPHS: list[Row] = [
    (
        "fr",
        "La déclaration de principes\n\n1Le texte a été négocié pendant sept ans au sein d'un comité "
        "spécial.\n2Résolution 2625 (XXV) du 24 octobre 1970, annexe, troisième principe.\n",
        {"A/RES/2625(XXV)": "1970-10-24"},
    ),
    (
        "es",
        "La soberanía sobre los recursos\n\n1La doctrina latinoamericana ha insistido en ello.\n"
        "2Resolución 1803 (XVII) de la Asamblea General, de 14 de diciembre de 1962.\n",
        {"A/RES/1803(XVII)": "1962-12-14"},
    ),
    (
        "en",
        "Decolonisation\n\n1The principle took shape slowly within the Organization.\n"
        "2Resolution 1514 (XV) of 14 December 1960 marks the turning point.\n",
        {"A/RES/1514(XV)": "1960-12-14"},
    ),
    (  # (… the text's first line too)
        "fr",
        "1Le texte a été négocié pendant sept ans au sein d'un comité spécial.\n"
        "2Résolution 2625 (XXV) du 24 octobre 1970, annexe, troisième principe.\n",
        {"A/RES/2625(XXV)": "1970-10-24"},
    ),
]

# (… one such line alone: as before)
_GLUED_PARAGRAPHS_AS_BEFORE: list[Row] = [
    ("fr", "Note de lecture\n\n2Résolution 2625 (XXV) du 24 octobre 1970, annexe.\n", {}),
]


_ADOPTED_BRACKET: list[Row] = [
    (
        "en",
        _NOTE + "4 Declaration on Coastal Wetlands (adopted 14 December 2011 UNGA Res 66/150) art 2.\n",
        {"A/RES/66/150": "2011-12-14"},
    ),
    (
        "en",
        _NOTE + "4 Declaration on Desert Corridors (adopted 4 December 1986 GA Res 41/128), para 3.\n",
        {"A/RES/41/128": "1986-12-04"},
    ),
    (
        "en",
        _NOTE + "4 Principles on River Deltas (adopted 12 December 1962 UNGA Res 1803 (XVII)).\n",
        {"A/RES/1803(XVII)": "1962-12-12"},
    ),
]

# (… a treaty's bracket of its adoption and entry into force, words between the date and the name:
# as before)
_ADOPTED_BRACKET_AS_BEFORE: list[Row] = [
    (
        "en",
        _NOTE + "4 Convention on the Rights of the Child (adopted 20 November 1989, entered into force "
        "2 September 1990) 1577 UNTS 3.\n",
        {"UNTS/1577/27531": None},
    ),
    (
        "en",
        _NOTE + "4 The text (adopted 3 March 2001 after long talks) UNGA Res 55/255 applies.\n",
        {"A/RES/55/255": None},
    ),
]

_DASHED_SESSION: list[Row] = [
    (
        "es",
        "La Declaración de Principios (resolución 2625-XXV) se adoptó sin votación.\n",
        {"A/RES/2625(XXV)": None},
    ),
    ("es", "Véase la Res. 3314-XXIX, art. 3, sobre la agresión.\n", {"A/RES/3314(XXIX)": None}),
    ("fr", "La résolution 1514-XV de l'Assemblée générale en est le socle.\n", {"A/RES/1514(XV)": None}),
]

# (… a year or no numeral of a session after the hyphen: as before)
_DASHED_SESSION_AS_BEFORE: list[Row] = [
    ("es", "La resolución 1325-2000 del texto citado se aplica.\n", {}),
    ("es", "La resolución 55-XVX no existe.\n", {}),
]

_MONTH_NO_STOP: list[Row] = [
    ("en", _NOTE + "4 UNGA Res 1541 (XV) (15 Dec 1960) principle VI.\n", {"A/RES/1541(XV)": "1960-12-15"}),
    ("en", _NOTE + "4 UNSC Res 2240 (9 Oct 2015) UN Doc S/RES/2240.\n", {"S/RES/2240(2015)": "2015-10-09"}),
    ("en", _NOTE + "4 UNGA Res 66/150 (14 Sept 2011) para 2.\n", {"A/RES/66/150": "2011-09-14"}),
]

# (… the Assembly's decision by its noun "Dec", no date after it: as before)
_MONTH_NO_STOP_AS_BEFORE: list[Row] = [
    (
        "en",
        _NOTE + "4 UNGA Dec 52/405; see also UNGA Dec 52/406.\n",
        {"A/DEC/52/405": None, "A/DEC/52/406": None},
    ),
]

_ZH_NOTE = "该宣言对此后的实践影响深远。①\n\n"

_NOTE_DATE: list[Row] = [
    ("zh", _ZH_NOTE + "①联合国大会第2625(XXV)号决议，1970年10月24日。\n", {"A/RES/2625(XXV)": "1970-10-24"}),
    (
        "zh",
        _ZH_NOTE + "①安理会第1373(2001)号决议，2001年9月28日，第2段。\n",
        {"S/RES/1373(2001)": "2001-09-28"},
    ),
    ("zh", _ZH_NOTE + "①联合国大会第60/1号决议,2005年10月24日。\n", {"A/RES/60/1": "2005-10-24"}),
]

# (… a date that opens the next clause, of another event: as before)
_NOTE_DATE_AS_BEFORE: list[Row] = [
    ("zh", "各国应执行大会第70/1号决议，2016年1月1日起各项目标开始实施。\n", {"A/RES/70/1": None}),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    by_tables(
        assembly_year=(_ASSEMBLY_YEAR, _ASSEMBLY_YEAR_AS_BEFORE),
        esc=(_ESC, _ESC_AS_BEFORE),
        glued_paragraphs=(_GLUED_PARAGRAPHS, _GLUED_PARAGRAPHS_AS_BEFORE),
        note_date=(_NOTE_DATE, _NOTE_DATE_AS_BEFORE),
        adopted_bracket=(_ADOPTED_BRACKET, _ADOPTED_BRACKET_AS_BEFORE),
        dashed_session=(_DASHED_SESSION, _DASHED_SESSION_AS_BEFORE),
        month_no_stop=(_MONTH_NO_STOP, _MONTH_NO_STOP_AS_BEFORE),
    ),
)
def test_found(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_dates(dates_of(text, lang, unresolved=""), expected, exact=True)


def test_glued_paragraphs_scan_led_by_the_line_break() -> None:
    """The scan led by the line break (and a match at the text's start) finds what a pattern led
    by a look-behind of the line break or the text's start finds, at every place."""
    import re

    from rescite.engine.normalise import _GLUED_PARAGRAPH_BODY, glued_paragraphs

    plain = re.compile(r"(?:(?<=\n)|\A)" + _GLUED_PARAGRAPH_BODY)
    texts = [
        "1Le texte\n2Résolution 2625 (XXV)\n",
        "\n1Le texte\n \t2Résolution\n3D'autre part\n",
        "Titre\n12Un\n\n\n123Deux\n1234Trois\n4x\n5É\n",
        "1One line alone\n",
        "\n\n7Seven\n8Eight",
        "",
    ]
    for text in texts:
        found = [(m.start(1), m.end(1), m.group(1) + " ") for m in plain.finditer(text)]
        assert glued_paragraphs(text) == (found if len(found) >= 2 else []), text


def test_dashed_session_hint_led_by_its_hyphen() -> None:
    """The hint for a session's numeral after a hyphen, led by the hyphen, finds a figure, a hyphen
    and a numeral's letter wherever they stand, and nothing else."""
    import re

    from rescite.engine.normalise import _HINT_DASH_ROMAN

    plain = re.compile(r"\d-[IVX]")
    for text in ["2625-XXV", "a-X 1-", "-I", "res. 3314-XXIX;", "x-V9-I", "1-v", "A-1-L", ""]:
        assert (_HINT_DASH_ROMAN.search(text) is None) == (plain.search(text) is None), text
