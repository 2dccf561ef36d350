"""Forms met reading real public English, French and Spanish texts of kinds not read before
(issue 7, pass real54a: the Special Committee on Decolonization's and the Fourth Committee's
reports and the Assembly's decolonization resolutions of the 1960s, Argentine and Spanish pages and
journal articles on the question of the Malvinas, the Assembly's resolutions as French and Spanish
encyclopaedias and Wikisource copy them, the Council's sanctions pages in French and Spanish, the
Council's press releases and a blog of its drafts, UNICEF's Executive Board reports, Moroccan and
Algerian pages on the sanctions resolutions, the Assembly's resolution on its cooperation with the
Organization of American States and the OAS's lists of resolutions), each written for these tests in
UN style (passages invented; the numbers real where their year or session decides the rule):

- a list of numbers, each with the year of its adoption alone after it, linked by a word of its
  date, as articles and encyclopaedias list a body's texts ("las resoluciones 37/9 de 1982, 38/12
  de 1983 y 43/25 de 1988", "resolutions 41/40 of 1986, 42/19 of 1987 and …", "(resoluciones 3160
  (XXVIII) de 1973 y 31/49 de 1976)"; ``find_numbers``, ``grammar.dates.year_link``), goes on past
  each year (the numbers after the first were missed), and the body named after the last year is
  the list's ("les résolutions 31/3 de 2016 et 34/5 de 2017 du Conseil des droits de l'homme": were
  the Assembly's, the second missed); not a count after the year ("…, 12 States");
- the same list of the Council's numbers after its name ("Security Council resolutions 1850 of
  2008 and 1860 of 2009", es, fr; ``find_council._past_year``) goes on past a year its numbering
  allows (the numbers after the first were missed); not past a year it does not allow;
- a list of the Council's numbers after the link of an actor and perhaps a possessive, the Council's
  name after the comma as the clause's subject ("In its resolutions 1850 and 1860, the Security
  Council …", "Dans ses résolutions …, le Conseil de sécurité …", "En sus resoluciones …, el Consejo
  de Seguridad …"; ``council`` ``behind_list``), as one number there has been, gives each number
  (were missed); not where another body follows, nor a list the name follows inside the sentence;
- the Assembly's number of its first thirty sessions with its year alone after it, the Assembly
  named after the year or the body named last before it ("La resolución 2625 de 1970 de la Asamblea
  General …", "L'Assemblée générale … . La résolution 3314 de 1974 …";
  ``find_assembly._year_only``), is the Assembly's of the session its known numbers allow in that
  year (was missed); not where another body is named, nor a number the Assembly's numbering does
  not allow in that year;
- the part's letter after the Assembly's number of its first sessions written without its session,
  the Assembly named before it or after the letter ("General Assembly resolution 377 A", "la
  resolución 377 A de la Asamblea General", "la résolution 217 A de l'Assemblée générale"; en, es, fr
  ``grammar.assembly_number``), as the letter before the session's bracket is, is the part's (the
  letter was dropped, or the number missed where the name follows); not a capital that opens a word;
- the Assembly's symbol of its first sessions with its session's Roman figures after a slash, as
  copies write it ("A/RES/2065/XX", "A/RES/1514/XV"; ``ids._old_numbering``), is the symbol with its
  bracket ("A/RES/2065(XX)"; was kept as written); not figures that are no session of that numbering;
- the Assembly's numbers of its later numbering listed with no noun, each with the year of its
  session alone after it ("(37/9 de 1982, 38/12 de 1983, 39/6 de 1984 y 43/25 de 1988)", en, fr;
  ``find_assembly.find_year_list``), as articles list the texts on a question, are the Assembly's
  (were missed); not one number alone, nor years that are not the Assembly's sessions'.
"""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

# (language, passage, each target cited with its date)
Row = tuple[str, str, dict[str, str | None]]


def _cited(text: str, lang: str) -> dict[str, str | None]:
    res = extract_text(text, lang=lang)
    return {str(c.target): c.date for c in res.citations}


# --- a list past the year alone after each number ----------------------------------------------

YEAR_LIST: list[Row] = [
    (
        "es",
        "La Asamblea General reiteró su llamado en las resoluciones 37/9 de 1982, 38/12 de 1983 y 43/25 "
        "de 1988.\n",
        {"A/RES/37/9": None, "A/RES/38/12": None, "A/RES/43/25": None},
    ),
    (
        "en",
        "The parties were urged to resume talks by General Assembly resolutions 41/40 of 1986, 42/19 of "
        "1987 and 43/25 of 1988.\n",
        {"A/RES/41/40": None, "A/RES/42/19": None, "A/RES/43/25": None},
    ),
    (
        "fr",
        "Le Rapporteur spécial rappelle les résolutions 31/3 de 2016 et 34/5 de 2017 du Conseil des "
        "droits de l'homme.\n",
        {"A/HRC/RES/31/3": None, "A/HRC/RES/34/5": None},
    ),
    (
        "es",
        "Dos textos precedieron al conflicto (resoluciones 3160 (XXVIII) de 1973 y 31/49 de 1976).\n",
        {"A/RES/3160(XXVIII)": None, "A/RES/31/49": None},
    ),
]

# look-alikes: as before (each passes on 587d745b too)
YEAR_LIST_AS_BEFORE: list[Row] = [
    # a count after the year, no number
    ("en", "Resolution 37/9 of 1982, 12 States voted against it.\n", {"A/RES/37/9": None}),
    ("es", "La resolución 38/12 de 1983 y 14 Estados más.\n", {"A/RES/38/12": None}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), YEAR_LIST + YEAR_LIST_AS_BEFORE)
def test_list_past_the_year_alone(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert _cited(text, lang) == expected


# --- the Council's list past the year alone ----------------------------------------------------

COUNCIL_YEAR_LIST: list[Row] = [
    (
        "en",
        "Security Council resolutions 1850 of 2008 and 1860 of 2009 called for a durable ceasefire.\n",
        {"S/RES/1850(2008)": None, "S/RES/1860(2009)": None},
    ),
    (
        "es",
        "Las resoluciones del Consejo de Seguridad 1850 de 2008, 1860 de 2009 y 2334 de 2016 siguen "
        "vigentes.\n",
        {"S/RES/1850(2008)": None, "S/RES/1860(2009)": None, "S/RES/2334(2016)": None},
    ),
    (
        "fr",
        "Les résolutions du Conseil de sécurité 242 de 1967 et 338 de 1973 restent la base du règlement.\n",
        {"S/RES/242(1967)": None, "S/RES/338(1973)": None},
    ),
]

COUNCIL_YEAR_LIST_AS_BEFORE: list[Row] = [
    # a year the Council's numbering does not allow for the first: the list stops there
    (
        "en",
        "Security Council resolutions 1850 of 2012 and 1860 of 2009 called for a durable ceasefire.\n",
        {"S/RES/1850(2008)": None},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), COUNCIL_YEAR_LIST + COUNCIL_YEAR_LIST_AS_BEFORE)
def test_council_list_past_the_year_alone(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert _cited(text, lang) == expected


# --- the Council's list after the link of an actor, its name after the comma --------------------

ACTOR_LIST: list[Row] = [
    (
        "en",
        "In its resolutions 1850 and 1860, the Security Council called for a durable ceasefire.\n",
        {"S/RES/1850(2008)": None, "S/RES/1860(2009)": None},
    ),
    (
        "fr",
        "Dans ses résolutions 1850 et 1860, le Conseil de sécurité a appelé à un cessez-le-feu durable.\n",
        {"S/RES/1850(2008)": None, "S/RES/1860(2009)": None},
    ),
    (
        "es",
        "En sus resoluciones 1850 y 1860, el Consejo de Seguridad pidió un alto el fuego duradero.\n",
        {"S/RES/1850(2008)": None, "S/RES/1860(2009)": None},
    ),
]

ACTOR_LIST_AS_BEFORE: list[Row] = [
    # another body after the comma
    ("en", "In resolutions 1850 and 1860, the General Assembly called for a durable ceasefire.\n", {}),
    # no link of an actor: the name inside the sentence
    ("en", "Resolutions 1850 and 1860, the Security Council said, remained the basis.\n", {}),
    # one number, as before
    (
        "en",
        "In its resolution 1860, the Security Council called for a durable ceasefire.\n",
        {"S/RES/1860(2009)": None},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ACTOR_LIST + ACTOR_LIST_AS_BEFORE)
def test_council_list_after_an_actors_link(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert _cited(text, lang) == expected


# --- the Assembly's old number with its year alone ----------------------------------------------

OLD_YEAR: list[Row] = [
    (
        "fr",
        "L'Assemblée générale a ensuite défini l'agression. La résolution 3314 de 1974 en donne une liste.\n",
        {"A/RES/3314(XXIX)": None},
    ),
    (
        "es",
        "La resolución 2625 de 1970 de la Asamblea General contiene la Declaración.\n",
        {"A/RES/2625(XXV)": None},
    ),
    (
        "es",
        "La Asamblea General aprobó la Declaración, y la resolución 2625 de 1970 la contiene.\n",
        {"A/RES/2625(XXV)": None},
    ),
]

OLD_YEAR_AS_BEFORE: list[Row] = [
    # another body named after the year
    ("en", "Resolution 2625 of 1970 of the Economic and Social Council was cited.\n", {}),
    # another body named last before it
    ("en", "The Security Council met on the question. Resolution 2625 of 1970 was cited.\n", {}),
    # a number the Assembly's numbering does not allow in that year
    ("en", "The General Assembly met. Resolution 242 of 1967 remains the basis.\n", {}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), OLD_YEAR + OLD_YEAR_AS_BEFORE)
def test_assembly_old_number_with_its_year(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert _cited(text, lang) == expected


# --- the part's letter after the Assembly's old number without its session -----------------------

PART_LETTER: list[Row] = [
    (
        "en",
        "General Assembly resolution 377 A set up the procedure of the emergency special sessions.\n",
        {"A/RES/377A(V)": None},
    ),
    (
        "es",
        "La resolución 377 A de la Asamblea General estableció el procedimiento.\n",
        {"A/RES/377A(V)": None},
    ),
    (
        "fr",
        "La résolution 217 A de l'Assemblée générale a proclamé la Déclaration.\n",
        {"A/RES/217A(III)": None},
    ),
    (
        "fr",
        "La résolution de l'Assemblée générale 377 A a établi la procédure.\n",
        {"A/RES/377A(V)": None},
    ),
]

PART_LETTER_AS_BEFORE: list[Row] = [
    # a capital that opens a word after the number is no letter of a part
    (
        "en",
        "General Assembly resolution 377 At its fifth session the Assembly met.\n",
        {"A/RES/377(V)": None},
    ),
    # the letter before the session's bracket, as before
    (
        "en",
        "General Assembly resolution 217 A (III) proclaimed the Declaration.\n",
        {"A/RES/217A(III)": None},
    ),
    # no letter
    (
        "es",
        "La resolución 377 de la Asamblea General estableció el procedimiento.\n",
        {"A/RES/377(V)": None},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PART_LETTER + PART_LETTER_AS_BEFORE)
def test_old_number_with_its_parts_letter(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert _cited(text, lang) == expected


# --- the Assembly's old symbol with its session's figures after a slash ---------------------------

SLASH_SESSION: list[Row] = [
    (
        "es",
        "La resolución 2065 (XX) invitó a negociar. Del texto de la A/RES/2065/XX se desprenden cinco "
        "puntos.\n",
        {"A/RES/2065(XX)": None},
    ),
    ("en", "See the text of A/RES/1514/XV on the Organization's site.\n", {"A/RES/1514(XV)": None}),
]

SLASH_SESSION_AS_BEFORE: list[Row] = [
    # figures that are no session of that numbering
    ("fr", "Voir la A/RES/2065/XL pour le texte.\n", {"A/RES/2065/XL": None}),
    # the bracket, as before
    ("en", "See A/RES/2065(XX) for the text.\n", {"A/RES/2065(XX)": None}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SLASH_SESSION + SLASH_SESSION_AS_BEFORE)
def test_old_symbol_with_a_slash_session(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert _cited(text, lang) == expected


# --- the Assembly's numbers listed with no noun, each with its session's year --------------------

SESSION_YEAR_LIST: list[Row] = [
    (
        "es",
        "Le siguieron otras seis (37/9 de 1982, 38/12 de 1983, 39/6 de 1984 y 43/25 de 1988).\n",
        {"A/RES/37/9": None, "A/RES/38/12": None, "A/RES/39/6": None, "A/RES/43/25": None},
    ),
    (
        "en",
        "Six more texts followed (40/21 of 1985, 41/40 of 1986 and 42/19 of 1987).\n",
        {"A/RES/40/21": None, "A/RES/41/40": None, "A/RES/42/19": None},
    ),
    (
        "fr",
        "Six autres textes ont suivi (40/21 de 1985, 41/40 de 1986 et 42/19 de 1987).\n",
        {"A/RES/40/21": None, "A/RES/41/40": None, "A/RES/42/19": None},
    ),
]

SESSION_YEAR_LIST_AS_BEFORE: list[Row] = [
    # one number alone
    ("en", "Two more texts followed (40/21 of 1985).\n", {}),
    # years that are not the Assembly's sessions'
    ("en", "The Council's texts followed (37/9 of 2018 and 38/12 of 2018).\n", {}),
    ("es", "Las cifras (31/12 de 1990 y 45/3 de 1990) se revisaron.\n", {}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SESSION_YEAR_LIST + SESSION_YEAR_LIST_AS_BEFORE)
def test_numbers_listed_with_years(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert _cited(text, lang) == expected
