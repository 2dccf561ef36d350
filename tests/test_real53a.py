"""Forms met reading real public English, French and Spanish texts of kinds not read before
(issue 7, pass real53a: the International Court of Justice's advisory opinions and their
summaries, the Peacebuilding Commission's pages, the Security Council's resolutions as Wikisource
and encyclopaedias in French and Spanish give them, the Council's yearly summaries in Spanish on
children and on civilians in armed conflict, the Secretary-General's reports on them, UNESCO's
page of international days, Mercosur's declarations and the press on them, the French Senate's
reports and the Assemblée nationale's questions on the Council's resolutions, law dictionaries
and compilations of the Assembly's resolution on aggression), each written for these tests in UN
style (passages, titles and dates invented; the numbers real where their year or session decides
the rule):

- the name of the General Assembly, the Security Council, the Economic and Social Council or the
  Human Rights Council with the Organization's name after "of the" ("adopted by the General
  Assembly of the United Nations on 22 June 2031", "resolution 2664 (2022) of the Security
  Council of the United Nations of …"; en ``bodies``), as the French and Spanish names have been,
  gives the date after it to the number (was undated); another organisation whose name goes on
  after "United Nations" ("the General Assembly of the United Nations World Tourism
  Organization"; en ``grammar.other_organisation_after``) is no organ of the United Nations;
- the Spanish passive with "se" ("la resolución 1894 del Consejo de Seguridad se aprobó el …", "se
  adoptó por unanimidad el …"; es ``grammar.date_intro``, ``grammar.adoption_passive``) dates the
  number as "fue aprobada el" does (was undated);
- the participle of the adoption opening the sentence in capitals, its manner or agent perhaps,
  then the date and a comma before the text it agrees with ("Adoptée à l'unanimité le 28 avril
  2004, la résolution 1540 (2004) …", es "Aprobada el …, la resolución …", "Adopted on …,
  resolution …"; ``dates.adoption_noun_date``) dates the number (was undated); not the same
  participle inside a sentence, nor another noun after the comma;
- a phrase set off by its two commas between the number and the passive of its adoption ("La
  résolution 1540 (2004), visant la prolifération …, a été adoptée le 28 avril 2004 par …",
  "Resolution 2664 (2022), a short text, was adopted on …"; ``rules`` item tail) leaves the date
  after the passive to the number (was undated); not a phrase that holds a figure, nor another
  verb;
- the passive of the adoption by the body named again after the number's own body, then the date
  ("la resolución 2067 (XX) de la Asamblea General fue adoptada por la Asamblea General de las
  Naciones Unidas el …", "Resolution … of the General Assembly was adopted by the General Assembly
  on …", fr "… a été adoptée par l'Assemblée générale le …"), as encyclopaedias open their pages,
  dates the number (was undated); not a clause whose date is another verb's;
- a list of two or more of the Assembly's numbers of its first thirty sessions, each with its
  session's bracket and no noun, joined by commas, semicolons, a list word or nothing, as
  compilations note the texts a resolution refers to ("Ref: 3105(XXVIII), 2967(XXVII),
  2330(XXII)") or a text layer glues them ("485 (V)984 (X)985 (X)"), gives each number of the
  session its bracket writes where the known numbers allow it (``find_assembly.find_bare_list``;
  were missed); not one number alone, nor numbers the Assembly's numbering puts in other sessions
  ("Chapters 12 (IV) and 15 (VI)", the Economic and Social Council's "728 F (XXVIII)").
"""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

# (language, passage, each target cited with its date)
Row = tuple[str, str, dict[str, str | None]]


def _cited(text: str, lang: str) -> dict[str, str | None]:
    res = extract_text(text, lang=lang)
    return {str(c.target): c.date for c in res.citations}


# --- the body's name with the Organization's after "of the" ----------------------------------

OF_THE_UNITED_NATIONS: list[Row] = [
    (
        "en",
        "The questions are set out in resolution 71/292 adopted by the General Assembly of the "
        "United Nations on 22 June 2017.\n",
        {"A/RES/71/292": "2017-06-22"},
    ),
    (
        "en",
        "Resolution 2664 (2022) of the Security Council of the United Nations was adopted on 9 "
        "December 2022.\n",
        {"S/RES/2664(2022)": "2022-12-09"},
    ),
    (
        "en",
        "The Commission recalled resolution 2029/14 of the Economic and Social Council of the United "
        "Nations of 21 July 2029.\n",
        {"E/RES/2029/14": "2029-07-21"},
    ),
    (
        "en",
        "The mandate was renewed by resolution 52/18 adopted by the Human Rights Council of the United "
        "Nations on 4 April 2023.\n",
        {"A/HRC/RES/52/18": "2023-04-04"},
    ),
]

# look-alikes: as before (each passes on d49ec0b6 too)
OF_THE_UNITED_NATIONS_AS_BEFORE: list[Row] = [
    # the name goes on: another organisation's organ
    (
        "en",
        "Resolution 591(XIX) of the General Assembly of the United Nations World Tourism Organization "
        "was adopted on 13 September 2011.\n",
        {"None": None},
    ),
    # the name alone, the date after it
    (
        "en",
        "The questions are set out in resolution 71/292 adopted by the General Assembly on 22 June 2017.\n",
        {"A/RES/71/292": "2017-06-22"},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), OF_THE_UNITED_NATIONS + OF_THE_UNITED_NATIONS_AS_BEFORE
)
def test_body_with_the_organizations_name(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert _cited(text, lang) == expected


# --- the Spanish passive with "se" ------------------------------------------------------------

SE_PASSIVE: list[Row] = [
    (
        "es",
        "La resolución 1894 del Consejo de Seguridad se aprobó el 11 de noviembre de 2009.\n",
        {"S/RES/1894(2009)": "2009-11-11"},
    ),
    (
        "es",
        "La resolución 2664 (2022) del Consejo de Seguridad se adoptó por unanimidad el 9 de diciembre "
        "de 2022, tras un breve debate.\n",
        {"S/RES/2664(2022)": "2022-12-09"},
    ),
    (
        "es",
        "La resolución 71/292 de la Asamblea General se aprobó el 22 de junio de 2017.\n",
        {"A/RES/71/292": "2017-06-22"},
    ),
]

SE_PASSIVE_AS_BEFORE: list[Row] = [
    # the passive after another clause: the date is the report's
    (
        "es",
        "Se citó la resolución 2664 (2022); el informe se aprobó el 9 de diciembre de 2022.\n",
        {"S/RES/2664(2022)": None},
    ),
    (
        "es",
        "La resolución 1894 del Consejo de Seguridad fue aprobada el 11 de noviembre de 2009.\n",
        {"S/RES/1894(2009)": "2009-11-11"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SE_PASSIVE + SE_PASSIVE_AS_BEFORE)
def test_spanish_passive_with_se(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert _cited(text, lang) == expected


# --- the participle of the adoption opening the sentence ---------------------------------------

OPENING_PARTICIPLE: list[Row] = [
    (
        "fr",
        "Le texte fut négocié pendant des mois. Adoptée le 28 avril 2004, la résolution 1540 (2004) "
        "impose aux États des obligations nouvelles.\n",
        {"S/RES/1540(2004)": "2004-04-28"},
    ),
    (
        "fr",
        "Adoptée à l'unanimité le 9 décembre 2022, la résolution 2664 (2022) prévoit une exemption "
        "humanitaire.\n",
        {"S/RES/2664(2022)": "2022-12-09"},
    ),
    (
        "es",
        "Aprobada el 11 de noviembre de 2009, la resolución 1894 (2009) exige a las partes que "
        "cumplan sus obligaciones.\n",
        {"S/RES/1894(2009)": "2009-11-11"},
    ),
    (
        "en",
        "Adopted on 28 April 2004, resolution 1540 (2004) requires all States to refrain from support.\n",
        {"S/RES/1540(2004)": "2004-04-28"},
    ),
]

OPENING_PARTICIPLE_AS_BEFORE: list[Row] = [
    # the participle inside the sentence, set off after another noun
    (
        "fr",
        "La déclaration, adoptée le 3 mai 2001, la résolution 1540 (2004) et le traité sont cités.\n",
        {"S/RES/1540(2004)": None},
    ),
    # another noun after the comma: the date is the law's
    (
        "fr",
        "Adoptée le 5 mars 2020, la loi renvoie à la résolution 1540 (2004).\n",
        {"S/RES/1540(2004)": None},
    ),
    (
        "en",
        "Adopted on 5 March 2020, the law refers to resolution 1540 (2004).\n",
        {"S/RES/1540(2004)": None},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), OPENING_PARTICIPLE + OPENING_PARTICIPLE_AS_BEFORE)
def test_participle_opening_the_sentence(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert _cited(text, lang) == expected


# --- a phrase set off before the passive; the body named again after it ------------------------

PASSIVE_AFTER: list[Row] = [
    (
        "fr",
        "La Résolution 1540 (2004), visant la prolifération des armes, a été adoptée le 28 avril 2004 "
        "par le Conseil de sécurité.\n",
        {"S/RES/1540(2004)": "2004-04-28"},
    ),
    (
        "en",
        "Resolution 2664 (2022), a short text on humanitarian exemptions, was adopted on 9 December 2022.\n",
        {"S/RES/2664(2022)": "2022-12-09"},
    ),
    (
        "es",
        "La resolución 2067 (XX) de la Asamblea General fue adoptada por la Asamblea General de las "
        "Naciones Unidas el 16 de diciembre de 1965.\n",
        {"A/RES/2067(XX)": "1965-12-16"},
    ),
    (
        "en",
        "Resolution 2067 (XX) of the General Assembly was adopted by the General Assembly on 16 "
        "December 1965.\n",
        {"A/RES/2067(XX)": "1965-12-16"},
    ),
    (
        "fr",
        "La résolution 2067 (XX) de l'Assemblée générale a été adoptée par l'Assemblée générale le 16 "
        "décembre 1965.\n",
        {"A/RES/2067(XX)": "1965-12-16"},
    ),
]

PASSIVE_AFTER_AS_BEFORE: list[Row] = [
    # a figure in the phrase: another text's
    (
        "fr",
        "La résolution 1540 (2004), qui rappelle la résolution 1373 (2001), a été adoptée le 28 avril "
        "2004.\n",
        {"S/RES/1540(2004)": None, "S/RES/1373(2001)": None},
    ),
    # another verb
    (
        "fr",
        "Dans la résolution 1540 (2004), le Comité a été créé le 28 avril 2004.\n",
        {"S/RES/1540(2004)": None},
    ),
    # the body again, then a clause whose date is another verb's
    (
        "es",
        "La resolución 60/1 de la Asamblea General fue adoptada por la Asamblea General, que la examinó "
        "el 16 de septiembre de 2005.\n",
        {"A/RES/60/1": None},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PASSIVE_AFTER + PASSIVE_AFTER_AS_BEFORE)
def test_passive_after_a_phrase_or_the_body_again(
    lang: str, text: str, expected: dict[str, str | None]
) -> None:
    assert _cited(text, lang) == expected


# --- a list of numbers with their sessions' brackets, no noun -----------------------------------

BARE_LIST: list[Row] = [
    (
        "en",
        "Definition of a term, resolution of the sixth session.\n\nRef: 3105(XXVIII), 2967(XXVII), "
        "2330(XXII)\n",
        {"A/RES/3105(XXVIII)": None, "A/RES/2967(XXVII)": None, "A/RES/2330(XXII)": None},
    ),
    (
        "en",
        "See resolutions 485 (V)984 (X)985 (X).\n",
        {"A/RES/485(V)": None, "A/RES/984(X)": None, "A/RES/985(X)": None},
    ),
    (
        "es",
        "Véanse 2330 (XXII) y 2549 (XXIV).\n",
        {"A/RES/2330(XXII)": None, "A/RES/2549(XXIV)": None},
    ),
    (
        "fr",
        "Réf. : 1514 (XV) ; 1541 (XV) ; 2625 (XXV)\n",
        {"A/RES/1514(XV)": None, "A/RES/1541(XV)": None, "A/RES/2625(XXV)": None},
    ),
]

BARE_LIST_AS_BEFORE: list[Row] = [
    # one number alone
    ("en", "Ref: 3105(XXVIII)\n", {}),
    # numbers the Assembly's numbering puts in other sessions
    ("en", "Chapters 12 (IV) and 15 (VI) of the report.\n", {}),
    ("en", "Ref: 728 F (XXVIII), 663 C (XXIV).\n", {}),
    # read after their noun, as before
    (
        "en",
        "Recalling its resolutions 1514 (XV), 2621 (XXV) and 1541 (XV) of 15 December 1960,\n",
        {"A/RES/1514(XV)": "1960-12-15", "A/RES/2621(XXV)": None, "A/RES/1541(XV)": "1960-12-15"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), BARE_LIST + BARE_LIST_AS_BEFORE)
def test_listed_numbers_with_their_sessions(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert _cited(text, lang) == expected
