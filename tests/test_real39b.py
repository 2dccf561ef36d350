"""Rows from a reading of real French texts through the search tool (issue 7): reports of the
Secretary-General and their summaries, ECOSOC compilations, regional commissions' and specialized
agencies' papers (WHO Executive Board and Assembly papers, UNHCR Executive Committee reports),
the Assembly's annotated agendas, advisory opinions of the Court and their commentaries, articles
on the Council's texts.  The forms they showed that the engine missed:

- the title of a paper set in capitals that cites the texts it answers to by their numbers
  ("ACTIVITES … CONFORMEMENT AUX RESOLUTIONS <n> (XXVII) DE L'ASSEMBLEE GENERALE DES NATIONS
  UNIES ET <n> (LV) DU CONSEIL ECONOMIQUE ET SOCIAL"): a heading in capitals was read only when it
  ended as a paragraph of a text's body does (a comma, a semicolon);
- a number's date after the meeting that adopted it, set off by commas without a participle, as
  notes and opinions cite ("Résolution <n> (XV), 947e séance plénière, 14 décembre 1960");
- the date of the adoption set off after its noun, before a Council number without its year
  whose Council is named after it ("L'adoption, le 31 octobre 2000, de la résolution 1325 du
  Conseil de sécurité").

The passages are invented for these tests."""

from __future__ import annotations

import pytest

from passages import assert_exact, by_tables

# (language, passage, each target with its date, None: undated)
Row = tuple[str, str, dict[str, str | None]]

# a heading in capitals that cites texts by their numbers
_CITING_HEADING: list[Row] = [
    (
        "fr",
        "ORGANISATION MONDIALE DE LA SANTÉ\n\nCONSEIL EXÉCUTIF\n\n"
        "ASSISTANCE SANITAIRE AUX RÉFUGIÉS DU SAHEL CONFORMÉMENT AUX RÉSOLUTIONS 3012 (XXVIII) "
        "DE L'ASSEMBLÉE GÉNÉRALE ET 1811 (LV) DU CONSEIL ÉCONOMIQUE ET SOCIAL\n\n"
        "Rapport du Directeur général\n",
        {"A/RES/3012(XXVIII)": None, "E/RES/1811(LV)": None},
    ),
    (
        "fr",
        "Point 9 de l'ordre du jour provisoire\n\n"
        "MESURES PRISES EN APPLICATION DE LA RESOLUTION 2626 (XXV) DE L'ASSEMBLEE GENERALE DES NATIONS "
        "UNIES\n\nNote du Directeur général\n",
        {"A/RES/2626(XXV)": None},
    ),
    (
        "fr",
        "Point 4 de l'ordre du jour\n\n"
        "SUITE DONNÉE À LA DÉCISION 2017/238 DU CONSEIL ÉCONOMIQUE ET SOCIAL SUR LE THÈME DU DÉBAT "
        "CONSACRÉ AUX AFFAIRES HUMANITAIRES\n\nRapport du secrétariat\n",
        {"E/DEC/2017/238": None},
    ),
    (
        "fr",
        "Session annuelle de 2016\n\n"
        "APPLICATION DE LA RÉSOLUTION 70/215 DE L'ASSEMBLÉE GÉNÉRALE RELATIVE À LA COOPÉRATION "
        "TECHNIQUE\n\nNote de l'Administrateur\n",
        {"A/RES/70/215": None},
    ),
    (
        "en",
        "Agenda item 6\n\n"
        "FOLLOW-UP TO GENERAL ASSEMBLY RESOLUTION 68/261 OF 29 JANUARY 2014 ON OFFICIAL STATISTICS\n\n"
        "Note by the Secretary-General\n",
        {"A/RES/68/261": "2014-01-29"},
    ),
    (
        "es",
        "Tema 5 del programa provisional\n\n"
        "APLICACIÓN DE LA RESOLUCIÓN 71/243 DE LA ASAMBLEA GENERAL SOBRE LA REVISIÓN CUADRIENAL\n\n"
        "Informe del Secretario General\n",
        {"A/RES/71/243": None},
    ),
]

# … headings in capitals without such a number are read as before: nothing is cited
_CITING_HEADING_SAME: list[Row] = [
    (
        "fr",
        "Point 3 de l'ordre du jour\n\n"
        "RAPPORT DU DIRECTEUR GÉNÉRAL SUR LES ACTIVITÉS DE L'ORGANISATION EN 2019\n\nIntroduction\n",
        {},
    ),
    (
        "fr",
        "Session de 2021\n\nPROGRAMME DE TRAVAIL POUR LA PÉRIODE 2022-2023 ET PROJET DE BUDGET\n\nNote\n",
        {},
    ),
    (
        "en",
        "Item 2\n\nREPORT OF THE WORKING GROUP ON ITS SESSION OF 14 MAY 2018 HELD IN GENEVA\n\nSummary\n",
        {},
    ),
]

# a number's date after the meeting that adopted it, set off by commas without a participle, as
# notes and opinions cite ("Résolution <n> (XV), 947e séance plénière, 14 décembre 1960")
_MEETING_DATED: list[Row] = [
    (
        "fr",
        "Voir la résolution 1803 (XVII) de l'Assemblée générale, 1194e séance plénière, 14 décembre "
        "1962, par. 4.",
        {"A/RES/1803(XVII)": "1962-12-14"},
    ),
    (
        "fr",
        "Résolution 2131 (XX), 1408e séance plénière, 21 décembre 1965 ; résolution 2160 (XXI) du 30 "
        "novembre 1966.",
        {"A/RES/2131(XX)": "1965-12-21", "A/RES/2160(XXI)": "1966-11-30"},
    ),
    (
        "fr",
        "Résolution 1612 (2005) du Conseil de sécurité, 5235e séance, 26 juillet 2005.",
        {"S/RES/1612(2005)": "2005-07-26"},
    ),
    (
        "fr",
        "Voir la résolution 61/295 de l'Assemblée générale, 107e séance plénière, le 13 septembre 2007, "
        "annexe.",
        {"A/RES/61/295": "2007-09-13"},
    ),
]

# … not a meeting without a date, nor a date that a sentence of its own gives after a full stop
_MEETING_DATED_SAME: list[Row] = [
    (
        "fr",
        "Voir la résolution 1803 (XVII) de l'Assemblée générale, 1194e séance plénière, par. 4.",
        {"A/RES/1803(XVII)": None},
    ),
    (
        "fr",
        "Le Conseil a rappelé la résolution 1612 (2005). 5235e séance, 26 juillet 2005 : le débat s'est "
        "poursuivi.",
        {"S/RES/1612(2005)": None},
    ),
]

# the date of the adoption set off after its noun, before a Council number without its year whose
# Council is named after it ("L'adoption, le 31 octobre 2000, de la résolution 1325 du Conseil de
# sécurité …", as articles and pages about the Council's texts write it)
_COUNCIL_ADOPTION_NOUN: list[Row] = [
    (
        "fr",
        "L'adoption, le 19 juin 2008, de la résolution 1820 du Conseil de sécurité sur les violences "
        "sexuelles a marqué une étape importante.",
        {"S/RES/1820(2008)": "2008-06-19"},
    ),
    (
        "fr",
        "Depuis l'adoption, le 28 avril 2004, de la résolution 1540 du Conseil de sécurité des Nations "
        "Unies, les États ont présenté leurs rapports.",
        {"S/RES/1540(2004)": "2004-04-28"},
    ),
    (
        "en",
        "The adoption, on 9 December 2015, of Security Council resolution 2250 opened a new agenda for "
        "young people.",
        {"S/RES/2250(2015)": "2015-12-09"},
    ),
]

# … not a date of another event before it, nor one that the Council's numbering does not allow
_COUNCIL_ADOPTION_NOUN_SAME: list[Row] = [
    (
        "fr",
        "Depuis le 19 juin 2008, la résolution 1820 du Conseil de sécurité guide les travaux de la mission.",
        {"S/RES/1820(2008)": None},
    ),
    (
        "fr",
        "L'adoption, le 12 mai 2019, de la résolution 1820 du Conseil de sécurité a été rappelée.",
        {"S/RES/1820(2008)": None},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    by_tables(
        citing_heading=(_CITING_HEADING, _CITING_HEADING_SAME),
        meeting_dated=(_MEETING_DATED, _MEETING_DATED_SAME),
        council_adoption_noun=(_COUNCIL_ADOPTION_NOUN, _COUNCIL_ADOPTION_NOUN_SAME),
    ),
)
def test_real_french_forms(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)
