"""Forms met reading real public English, French and Spanish texts of kinds not read before
(issue 7, pass real49a: the UNHCR Executive Committee's conclusions, the UNHCR's and its partners'
pages on the refugee instruments in French and Spanish, Spain's Official Gazette on treaties and
its instruments of ratification, France's publication decrees and the treaties they reprint, the
Canada Gazette's regulations carrying out the Security Council's sanctions, the sanctions
committees' fact sheets in Spanish, the Secretary-General's bulletins, UN News and ONU Info on the
Human Rights Council, press on the Council's resolutions, French parliamentary questions,
encyclopaedia pages on treaties in Spanish), each written for these tests in UN style (passages,
titles, symbols and dates invented):

- a treaty's protocol named by reference after it with the protocol's year before its noun ("the
  1951 Refugee Convention and its 1967 Protocol"), or with the treaty's year after the treaty's
  name ("la Convención sobre el Estatuto de los Refugiados de 1951 y su Protocolo de 1967", "…
  (1951) and its Optional Protocol") is that protocol (was missed). (``rules._thereto``,
  ``rules._thereto_dated``.)
- the noun of a treaty that shares its protocol's title with the Organization's name after it ("la
  Convention des Nations Unies de 1951 et au Protocole de 1967 relatifs au statut des réfugiés")
  or with a preposition and an article before the protocol's name ("the 1951 Convention and to the
  1967 Protocol relating to …") is the treaty too (was missed). (``find.shared_title_head``,
  ``heading.organisation``.)
- the Optional Protocol to the Convention on the Rights of Persons with Disabilities is a known
  instrument (``UNTS/2518/44910``, a new row of ``instruments.csv`` named in every language), so
  "the Convention … and its Optional Protocol" cites it (was missed).
- a treaty's title with the date of its adoption after its head word, as laws and official
  journals write it ("la Convention du 28 juillet 1951 relative au statut des réfugiés", "the
  Convention of 20 November 1989 on the Rights of the Child", es "la Convención de 20 de noviembre
  de 1989 sobre los Derechos del Niño") is the treaty, dated (was missed); a title that is no known
  instrument's stays unread ("la Convention du 12 mars 2001 entre … relative à la sécurité
  sociale"). (``find._dated_title``.)
- a treaty's title in capitals, as a gazette's list of treaties writes it ("CONVENCIÓN SOBRE EL
  ESTATUTO DE LOS REFUGIADOS.") is the treaty (was missed); Spain's name of the Genocide
  Convention ("Convenio para la Prevención y Sanción del Delito de Genocidio") is a name of it.
- an instrument's date after the participle of its approval ("la Déclaration universelle des
  droits de l'homme approuvée le 10 décembre 1948", "… approved on 10 December 1948") dates it as
  "adoptée le" did (was undated). (fr, en ``grammar.date_intro``.)
- the body named as the subject that opens a clause, its verb and object after it, then the text
  it acted by after a link of the actor's ("The Human Rights Council extended the mandate by
  resolution 40/16", fr "… a prorogé le mandat par la résolution 40/16", es "… prorrogó el mandato
  mediante la resolución 40/16", "… in its resolution 40/16") makes the number that body's (was the
  Assembly's); not where another body stands between, where the body could not hold the number,
  across a sentence's end, nor for another organisation's organ ("the Human Rights Council of
  Ruritania"). (``find_numbers.subject_first``.)
- a list of session numbers each with the year of its adoption in brackets ("resoluciones 15/15
  (2010), 22/8 (2013) y 31/3 (2016)", fr "… et 31/3 (2016) du Conseil des droits de l'homme") goes
  on past each bracket (later items were missed), the body named after the last bracket too; with
  no body named, a year that does not fit the Assembly's session keeps the number from being the
  Assembly's (``find_numbers._YEAR_BRACKET``, ``resolve._year_allows``).
"""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

Mention = tuple[str, str | None]
Dated = tuple[str, str | None, str | None]


def _mentions(text: str) -> list[Mention]:
    return [(c.text, c.target) for c in extract_text(text).citations]


def _dated(text: str) -> list[Dated]:
    return [(c.text, c.target, c.date) for c in extract_text(text).citations]


PROTOCOLS: list[tuple[str, list[Mention]]] = [
    (
        "Reaffirming that the 1951 Refugee Convention and its 1967 Protocol remain the foundation of "
        "the international protection regime,\n",
        [("Refugee Convention", "UNTS/189/2545"), ("and its 1967 Protocol", "UNTS/606/8791")],
    ),
    (
        "La Convención sobre el Estatuto de los Refugiados de 1951 y su Protocolo de 1967 siguen "
        "siendo los instrumentos centrales de la protección internacional.\n",
        [
            ("Convención sobre el Estatuto de los Refugiados", "UNTS/189/2545"),
            ("y su Protocolo", "UNTS/606/8791"),
        ],
    ),
    (
        "Le Comité invite tous les États de la région à adhérer à la Convention des Nations "
        "Unies de 1951 et au Protocole de 1967 relatifs au statut des réfugiés.\n",
        [
            ("Convention", "UNTS/189/2545"),
            ("Protocole de 1967 relatifs au statut des réfugiés", "UNTS/606/8791"),
        ],
    ),
    (
        "(b) Notes that two further States acceded to the 1951 Convention and to the 1967 Protocol "
        "relating to the Status of Refugees during the year;\n",
        [("Convention", "UNTS/189/2545"), ("Protocol relating to the Status of Refugees", "UNTS/606/8791")],
    ),
    (
        "Welcoming the ratification by 12 States of the Convention on the Rights of Persons with "
        "Disabilities and its Optional Protocol,\n",
        [
            ("Convention on the Rights of Persons with Disabilities", "UNTS/2515/44910"),
            ("and its Optional Protocol", "UNTS/2518/44910"),
        ],
    ),
    (
        "La Convención sobre los Derechos de las Personas con Discapacidad y su Protocolo Facultativo "
        "fueron firmados por el Estado en 2008.\n",
        [
            ("Convención sobre los Derechos de las Personas con Discapacidad", "UNTS/2515/44910"),
            ("y su Protocolo Facultativo", "UNTS/2518/44910"),
        ],
    ),
    (
        "Recalling the Optional Protocol to the Convention on the Rights of Persons with Disabilities,\n",
        [
            (
                "Optional Protocol to the Convention on the Rights of Persons with Disabilities",
                "UNTS/2518/44910",
            )
        ],
    ),
]

PROTOCOL_LOOK_ALIKES: list[tuple[str, list[Mention]]] = [
    (
        "Recalling the Refugee Convention and its 2018 global compact on refugees,\n",
        [("Refugee Convention", "UNTS/189/2545")],
    ),
    (
        "Recalling the Convention relating to the Status of Refugees and its Protocol,\n",
        [
            ("Convention relating to the Status of Refugees", "UNTS/189/2545"),
            ("and its Protocol", "UNTS/606/8791"),
        ],
    ),
    (
        "Recalling the 1951 Convention and its 1967 Protocol,\n",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROTOCOLS + PROTOCOL_LOOK_ALIKES)
def test_protocols_named_with_their_years(text: str, expected: list[Mention]) -> None:
    assert _mentions(text) == expected


DATED_TITLES: list[tuple[str, list[Dated]]] = [
    (
        "Considérant que seuls les apatrides qui sont aussi des réfugiés peuvent bénéficier de la "
        "Convention du 28 juillet 1951 relative au statut des réfugiés,\n",
        [("Convention du 28 juillet 1951 relative au statut des réfugiés", "UNTS/189/2545", "1951-07-28")],
    ),
    (
        "Le présent décret porte publication des réserves à la Convention du 20 novembre 1989 relative "
        "aux droits de l'enfant.\n",
        [
            (
                "Convention du 20 novembre 1989 relative aux droits de l'enfant",
                "UNTS/1577/27531",
                "1989-11-20",
            )
        ],
    ),
    (
        "Recalling the Convention of 20 November 1989 on the Rights of the Child,\n",
        [("Convention of 20 November 1989 on the Rights of the Child", "UNTS/1577/27531", "1989-11-20")],
    ),
    (
        "El Estado es parte en la Convención de 20 de noviembre de 1989 sobre los Derechos del Niño.\n",
        [
            (
                "Convención de 20 de noviembre de 1989 sobre los Derechos del Niño",
                "UNTS/1577/27531",
                "1989-11-20",
            )
        ],
    ),
    (
        "A. POLÍTICOS Y DIPLOMÁTICOS\nCONVENCIÓN SOBRE EL ESTATUTO DE LOS REFUGIADOS.\nGinebra, 28 de julio "
        "de 1951.\nEstonia. 3 de abril de 1997. Adhesión.\n",
        # (dated by the place and date on the line after its title: pass real55e)
        [("CONVENCIÓN SOBRE EL ESTATUTO DE LOS REFUGIADOS", "UNTS/189/2545", "1951-07-28")],
    ),
    (
        "Convenio para la Prevención y Sanción del Delito de Genocidio. Nueva York, 9 de diciembre de "
        "1948.\nLetonia. 14 de abril de 1998. Adhesión.\n",
        # (dated by the place and date after its title: pass real52e)
        [("Convenio para la Prevención y Sanción del Delito de Genocidio", "UNTS/78/1021", "1948-12-09")],
    ),
    (
        "Considérant que la Déclaration universelle des droits de l'homme approuvée le 10 décembre 1948 "
        "par l'Assemblée générale a affirmé ce principe,\n",
        [("Déclaration universelle des droits de l'homme", "A/RES/217A(III)", "1948-12-10")],
    ),
    (
        "Recalling the Universal Declaration of Human Rights, approved on 10 December 1948,\n",
        [("Universal Declaration of Human Rights", "A/RES/217A(III)", "1948-12-10")],
    ),
]

DATED_TITLE_LOOK_ALIKES: list[tuple[str, list[Dated]]] = [
    (
        "Recalling the Universal Declaration of Human Rights, approved by acclamation,\n",
        [("Universal Declaration of Human Rights", "A/RES/217A(III)", None)],
    ),
    (
        "Le décret porte publication de la Convention du 12 mars 2001 entre la France et l'Andorre "
        "relative à la sécurité sociale.\n",
        [],
    ),
    (
        "The Convention of 3 May 2019 on cooperation between the two cities entered into force.\n",
        [],
    ),
    (
        "Rappelant la Convention relative au statut des réfugiés, adoptée le 28 juillet 1951,\n",
        [("Convention relative au statut des réfugiés", "UNTS/189/2545", "1951-07-28")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATED_TITLES + DATED_TITLE_LOOK_ALIKES)
def test_titles_dated_after_their_head_or_in_capitals(text: str, expected: list[Dated]) -> None:
    assert _dated(text) == expected


SUBJECT_FIRST: list[tuple[str, list[Mention]]] = [
    (
        "The Human Rights Council extended the mandate of the Special Rapporteur by resolution 40/16.\n",
        [("40/16", "A/HRC/RES/40/16")],
    ),
    (
        "The Human Rights Council renewed the mandate for three years in its resolution 41/12.\n",
        [("41/12", "A/HRC/RES/41/12")],
    ),
    (
        "Le Conseil des droits de l'homme a prorogé le mandat de l'Expert indépendant par la "
        "résolution 42/7.\n",
        [("42/7", "A/HRC/RES/42/7")],
    ),
    (
        "El Consejo de Derechos Humanos prorrogó el mandato del Relator Especial mediante la "
        "resolución 43/3.\n",
        [("43/3", "A/HRC/RES/43/3")],
    ),
]

SUBJECT_FIRST_LOOK_ALIKES: list[tuple[str, list[Mention]]] = [
    (
        "The Security Council extended the mandate by resolution 40/16.\n",
        [("40/16", "A/RES/40/16")],
    ),
    (
        "The Human Rights Council welcomed the study requested by the General Assembly in resolution 70/1.\n",
        [("70/1", "A/RES/70/1")],
    ),
    (
        "The Human Rights Council met in Geneva. The mandate was renewed by resolution 40/16.\n",
        [("40/16", "A/RES/40/16")],
    ),
    (
        "The Human Rights Council of Ruritania extended the programme by resolution 40/16.\n",
        [("40/16", "A/RES/40/16")],
    ),
    (
        "The Human Rights Council, by resolution 40/16, extended the mandate.\n",
        [("40/16", "A/HRC/RES/40/16")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECT_FIRST + SUBJECT_FIRST_LOOK_ALIKES)
def test_subject_that_opens_the_clause(text: str, expected: list[Mention]) -> None:
    assert _mentions(text) == expected


YEAR_LISTS: list[tuple[str, list[Mention]]] = [
    (
        "Recordando las resoluciones del Consejo de Derechos Humanos 15/15 (2010), 22/8 (2013) y 31/3 "
        "(2016),\n",
        [("15/15", "A/HRC/RES/15/15"), ("22/8", "A/HRC/RES/22/8"), ("31/3", "A/HRC/RES/31/3")],
    ),
    (
        "Rappelant les résolutions 15/15 (2010), 22/8 (2013) et 31/3 (2016) du Conseil des droits de "
        "l'homme,\n",
        [("15/15", "A/HRC/RES/15/15"), ("22/8", "A/HRC/RES/22/8"), ("31/3", "A/HRC/RES/31/3")],
    ),
    (
        "Recalling General Assembly resolutions 68/1 (2013) and 72/305 (2018),\n",
        [("68/1", "A/RES/68/1"), ("72/305", "A/RES/72/305")],
    ),
    (
        "El órgano recordó las resoluciones 15/15 (2010), 22/8 (2013) y 31/3 (2016).\n",
        [("15/15", None), ("22/8", None), ("31/3", None)],
    ),
]

YEAR_LIST_LOOK_ALIKES: list[tuple[str, list[Mention]]] = [
    (
        "Recalling Security Council resolutions 1325 (2000) and 2250 (2015),\n",
        [("1325 (2000)", "S/RES/1325(2000)"), ("2250 (2015)", "S/RES/2250(2015)")],
    ),
    (
        "Recalling resolution 68/1 (2013),\n",
        [("68/1", "A/RES/68/1")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_LISTS + YEAR_LIST_LOOK_ALIKES)
def test_list_numbers_with_their_years_in_brackets(text: str, expected: list[Mention]) -> None:
    assert _mentions(text) == expected
