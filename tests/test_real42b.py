"""Rows from a reading of real French and Spanish texts of kinds not read before (issue 7, pass
42b): resolutions of the Conferences of the Parties to UNTOC and of the States Parties to UNCAC,
of the Commissions on Narcotic Drugs and on Crime Prevention and their reports, ECOSOC's
collections, Security Council resolutions, presidential statements and press releases, annotated
agendas and Secretary-General's reports, treaty bodies' concluding observations and working
methods, Canadian regulations and Swiss notices implementing the Council's resolutions, the
Spanish official gazette's lists of treaty actions, OAS and African Union texts citing United
Nations resolutions, Francophonie pages, encyclopaedia and blog pages on resolutions.  The forms
they showed that the engine got wrong:

- the passive of the adoption with the adopting body after it ("la resolución 1514 (XV) fue
  aprobada por la Asamblea General el 14 de diciembre de 1960", "a été adoptée par le Conseil de
  sécurité le …"): the date was lost (and a Council's "2/5" named only there was not resolved);
- the title in quotes, then the adopting body and the date of the adoption ("la resolución
  71/58, titulada “…”, aprobada por la Asamblea General el 5 de diciembre de 2016"): the date was
  lost;
- the body's acronym in brackets between its name and "its resolution" ("le Conseil économique et
  social (ECOSOC) dans sa résolution 9 (I)"): the number was read as the General Assembly's;
- the Spanish number word without its point ("la Resolución del Consejo de Seguridad No 2440 del
  31 de octubre de 2018"): the number was not read;
- a list closed by "or" ("las resoluciones 1514 (XV), 1541 (XV) ó 2625 (XXV)", "ou", "o"): the
  last number was lost;
- a final element after its slash, its number set off by a blank instead of the point
  ("A/S-23/10/Rev 1"): the revised text was cited, not its revision;
- a Council's number with its year after a slash, the Council named ("la Resolución 1325/2000 del
  Consejo de Seguridad", "1373/01"): no id was given;
- the first day of a month with the Latin American ordinal's letters ("de 1ro de junio de
  2020", "el 1ero de julio"): the date was lost;
- a treaty's title opened with a small letter, as the Journal officiel writes it ("décret
  portant publication de la convention des Nations unies contre la criminalité transnationale
  organisée"): the treaty was not read;
- a short phrase set off by its comma before the date that opens a sentence of adoption ("En ese
  contexto, el 14 de diciembre de 1960, la Asamblea General aprobó la resolución 1514 (XV)"): the
  date was lost.

The passages are invented for these tests (numbers, dates, titles and wording)."""

from __future__ import annotations

import pytest

from passages import GA, assert_exact, by_tables

# (language, passage, each target with its date, None: undated)
Row = tuple[str, str, dict[str, str | None]]

# the passive of the adoption, the adopting body named after it, then the date
_PASSIVE_BY: list[Row] = [
    (
        "es",
        "La resolución 1618 (XVI) fue aprobada por la Asamblea General el 12 de diciembre de 1961, tras un "
        "largo debate.",
        {"A/RES/1618(XVI)": "1961-12-12"},
    ),
    (
        "es",
        "La resolución 1618 (XVI) fue adoptada por la Asamblea General de las Naciones Unidas el 12 de "
        "diciembre de 1961.",
        {"A/RES/1618(XVI)": "1961-12-12"},
    ),
    (
        "fr",
        "La résolution 1618 (XVI) a été adoptée par l'Assemblée générale le 12 décembre 1961 à une large "
        "majorité.",
        {"A/RES/1618(XVI)": "1961-12-12"},
    ),
    (
        "fr",
        "La résolution 1408 (2002) a été adoptée par le Conseil de sécurité le 6 mai 2002.",
        {"S/RES/1408(2002)": "2002-05-06"},
    ),
    (
        "fr",
        "La résolution 4/9 a été adoptée par le Conseil des droits de l'homme le 30 mars 2007.",
        {"A/HRC/RES/4/9": "2007-03-30"},
    ),
    (
        "en",
        "Resolutions 1618 (XVI) and 1654 (XVI) were adopted by the General Assembly on 12 and 27 November "
        "1961.",
        {"A/RES/1618(XVI)": "1961-11-12", "A/RES/1654(XVI)": "1961-11-27"},
    ),
]
_PASSIVE_BY_SAME: list[Row] = [
    (
        "es",
        "La resolución 1618 (XVI) de la Asamblea General fue aprobada el 12 de diciembre de 1961.",
        {"A/RES/1618(XVI)": "1961-12-12"},
    ),
    (
        "fr",
        "La résolution 60/177, adoptée par l'Assemblée générale le 16 décembre 2005, a créé le groupe.",
        {"A/RES/60/177": "2005-12-16"},
    ),
    ("fr", "La résolution 1618 (XVI) a été adoptée par consensus.", {"A/RES/1618(XVI)": None}),
]

# the title in quotes, then the adopting body and the date of the adoption
_TITLE_ADOPTER: list[Row] = [
    (
        "es",
        "La Oficina tiene el honor de referirse a la resolución 73/41, titulada “Hacia un mundo libre de "
        "minas terrestres”, aprobada por la Asamblea General el 5 de diciembre de 2018.",
        {"A/RES/73/41": "2018-12-05"},
    ),
    (
        "fr",
        "Le Bureau a l'honneur de se référer à la résolution 73/41, intitulée « Vers un monde exempt de "
        "mines », adoptée par l'Assemblée générale le 5 décembre 2018.",
        {"A/RES/73/41": "2018-12-05"},
    ),
    (
        "en",
        "The Office refers to resolution 73/41, entitled “Towards a world free of landmines”, adopted by "
        "the General Assembly on 5 December 2018.",
        {"A/RES/73/41": "2018-12-05"},
    ),
]
_TITLE_ADOPTER_SAME: list[Row] = [
    (
        "fr",
        "la résolution 73/41, intitulée « Vers un monde exempt de mines », adoptée par consensus.",
        {"A/RES/73/41": None},
    ),
    (
        "en",
        "resolution 73/41, entitled “Towards a world free of landmines”, of 5 December 2018.",
        {"A/RES/73/41": "2018-12-05"},
    ),
]

# the body's acronym in brackets between its name and "its resolution"
_ACRONYM_ACTOR: list[Row] = [
    (
        "fr",
        "La Commission a été créée par le Conseil économique et social (ECOSOC) dans sa résolution 11 (II) "
        "en 1946.",
        {"E/RES/11(II)": None},
    ),
    (
        "es",
        "La Comisión fue creada por el Consejo Económico y Social (ECOSOC) en su resolución 11 (II), de "
        "21 de junio de 1946.",
        {"E/RES/11(II)": "1946-06-21"},
    ),
]
_ACRONYM_ACTOR_SAME: list[Row] = [
    (
        "fr",
        "L'Assemblée générale (AG), dans sa résolution 60/1, a décidé de créer le Conseil.",
        {"A/RES/60/1": None},
    ),
    (
        "fr",
        "La Commission a été créée par le Conseil économique et social dans sa résolution 11 (II) en 1946.",
        {"E/RES/11(II)": None},
    ),
]

# the Spanish number word without its point
_NO_WORD: list[Row] = [
    (
        "es",
        "El Consejo expresa su apoyo al proceso político, conforme a la Resolución del Consejo de Seguridad "
        "No 2468 del 30 de abril de 2019.",
        {"S/RES/2468(2019)": "2019-04-30"},
    ),
    (
        "es",
        "en virtud de la Resolución No 1540 del Consejo de Seguridad, de 28 de abril de 2004, los Estados "
        "informan al Comité.",
        {"S/RES/1540(2004)": "2004-04-28"},
    ),
]
_NO_WORD_SAME: list[Row] = [
    ("es", "El informe no 2015 fue aprobado. La resolución no 2015 es nula.", {}),
    (
        "es",
        GA["es"] + "Recordando su resolución No. 60/251, de 15 de marzo de 2006,\n",
        {"A/RES/60/251": "2006-03-15"},
    ),
]

# a list of numbers closed by "or"
_OR_LIST: list[Row] = [
    (
        "es",
        "Numerosas resoluciones desarrollan este principio, por ejemplo las resoluciones 1803 (XVII), 2158 "
        "(XXI) ó 3281 (XXIX).",
        {"A/RES/1803(XVII)": None, "A/RES/2158(XXI)": None, "A/RES/3281(XXIX)": None},
    ),
    (
        "es",
        "como lo establecen las resoluciones 61/295 o 66/142 de la Asamblea General.",
        {"A/RES/61/295": None, "A/RES/66/142": None},
    ),
    (
        "fr",
        "Ce principe a été précisé par les résolutions 1803 (XVII), 2158 (XXI) ou 3281 (XXIX).",
        {"A/RES/1803(XVII)": None, "A/RES/2158(XXI)": None, "A/RES/3281(XXIX)": None},
    ),
    (
        "en",
        "The principle was developed in resolutions 1803 (XVII), 2158 (XXI) or 3281 (XXIX).",
        {"A/RES/1803(XVII)": None, "A/RES/2158(XXI)": None, "A/RES/3281(XXIX)": None},
    ),
]
_OR_LIST_SAME: list[Row] = [
    (
        "en",
        GA["en"] + "Recalling its resolution 61/144 of 2 or 3 December 2006,\n",
        {"A/RES/61/144": None},
    ),
    ("es", "la resolución 60/1 o la decisión 61/503.", {"A/RES/60/1": None, "A/DEC/61/503": None}),
]

# a final element after its slash, its number set off by a blank
_POINTLESS: list[Row] = [
    (
        "en",
        "The Council recalls the outcome of the special session (A/S-27/19/Rev 1) and the report "
        "(A/HRC/47/21/Add 2).",
        {"A/S-27/19/Rev.1": None, "A/HRC/47/21/Add.2": None},
    ),
    ("fr", "le projet de résolution A/70/L.44/Rev 1 a été retiré.", {"A/70/L.44/Rev.1": None}),
]
_POINTLESS_SAME: list[Row] = [
    (
        "en",
        "the report (A/HRC/47/21/Add.2) and A/70/L.44 Rev.1.",
        {"A/HRC/47/21/Add.2": None, "A/70/L.44/Rev.1": None},
    ),
]

# the Council named, its number and its year after a slash (Spanish legal texts)
_SLASH_YEAR: list[Row] = [
    (
        "es",
        "Véase la Resolución 1888/2009 del Consejo de Seguridad de las Naciones Unidas sobre la violencia "
        "sexual en los conflictos.",
        {"S/RES/1888(2009)": None},
    ),
    (
        "es",
        "El Consejo de Seguridad, en su resolución 1540/04, decidió que los Estados se abstuvieran de todo "
        "apoyo.",
        {"S/RES/1540(2004)": None},
    ),
]
_SLASH_YEAR_SAME: list[Row] = [
    ("es", "la Resolución 1888/2015 del Consejo de Seguridad.", {"": None}),
    ("es", "la resolución 2009/13 del Consejo Económico y Social.", {"E/RES/2009/13": None}),
]

# the first day of a month written with the Latin American ordinal's letters ("1ro", "1ero")
_FIRST_DAY: list[Row] = [
    (
        "es",
        GA["es"] + "Recordando su resolución 76/300, de 1ro de agosto de 2022,\n",
        {"A/RES/76/300": "2022-08-01"},
    ),
    (
        "es",
        "la resolución 2593 (2021) del Consejo de Seguridad, aprobada el 1ero de septiembre de 2021.",
        {"S/RES/2593(2021)": "2021-09-01"},
    ),
]
_FIRST_DAY_SAME: list[Row] = [
    (
        "es",
        GA["es"] + "Recordando su resolución 76/300, de 1º de agosto de 2022,\n",
        {"A/RES/76/300": "2022-08-01"},
    ),
]

# a treaty's title opened with a small letter, as the Journal officiel writes it
_SMALL_TITLE: list[Row] = [
    (
        "fr",
        "Décret n° 2004-912 portant publication de la convention des Nations unies contre la criminalité "
        "transnationale organisée, adoptée à New York le 15 novembre 2000.",
        # (dated by the participle of its conclusion, its place and date: pass real55e)
        {"UNTS/2225/39574": "2000-11-15"},
    ),
    (
        "fr",
        "Loi n° 2006-411 autorisant la ratification de la convention des Nations unies contre la corruption.",
        {"UNTS/2349/42146": None},
    ),
    (
        "fr",
        "Vu le pacte international relatif aux droits civils et politiques, ouvert à la signature à New York "
        "le 19 décembre 1966 ;",
        {"UNTS/999/14668": None},
    ),
]
_SMALL_TITLE_SAME: list[Row] = [
    ("fr", "La convention a été signée et le protocole est entré en vigueur ; le pacte tient.", {}),
    (
        "fr",
        "portant publication de la Convention relative aux droits de l'enfant.",
        {"UNTS/1577/27531": None},
    ),
]

# a short phrase set off by its comma before the date that opens the sentence of the adoption
_INTRO_PHRASE: list[Row] = [
    (
        "es",
        "En ese mismo año, el 6 de noviembre de 1962, la Asamblea General aprobó la resolución 1761 (XVII) "
        "sobre la política de apartheid.",
        {"A/RES/1761(XVII)": "1962-11-06"},
    ),
    (
        "fr",
        "Dans ce contexte, le 6 novembre 1962, l'Assemblée générale a adopté la résolution 1761 (XVII).",
        {"A/RES/1761(XVII)": "1962-11-06"},
    ),
    (
        "en",
        "In that context, on 6 November 1962, the General Assembly adopted resolution 1761 (XVII).",
        {"A/RES/1761(XVII)": "1962-11-06"},
    ),
]
_INTRO_PHRASE_SAME: list[Row] = [
    (
        "es",
        "Por otra parte, el 5 de mayo de 2010, el Consejo examinó el informe. La resolución 64/10 fue "
        "citada.",
        {"A/RES/64/10": None},
    ),
    (
        "es",
        "el 6 de noviembre de 1962, la Asamblea General aprobó la resolución 1761 (XVII).",
        {"A/RES/1761(XVII)": "1962-11-06"},
    ),
]


@pytest.mark.parametrize(
    ("lang", "passage", "expected"),
    by_tables(
        passive=(_PASSIVE_BY, _PASSIVE_BY_SAME),
        title=(_TITLE_ADOPTER, _TITLE_ADOPTER_SAME),
        acronym=(_ACRONYM_ACTOR, _ACRONYM_ACTOR_SAME),
        no_word=(_NO_WORD, _NO_WORD_SAME),
        or_list=(_OR_LIST, _OR_LIST_SAME),
        pointless=(_POINTLESS, _POINTLESS_SAME),
        slash_year=(_SLASH_YEAR, _SLASH_YEAR_SAME),
        first_day=(_FIRST_DAY, _FIRST_DAY_SAME),
        small_title=(_SMALL_TITLE, _SMALL_TITLE_SAME),
        intro=(_INTRO_PHRASE, _INTRO_PHRASE_SAME),
    ),
)
def test_real42b_targets_and_dates(lang: str, passage: str, expected: dict[str, str | None]) -> None:
    assert_exact(passage, expected, lang=lang)
