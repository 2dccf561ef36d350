"""Rows from a reading of real French and Spanish texts through the search tool (issue 7): press
releases, news items, agency pages and third-party copies of Security Council, Assembly, ECOSOC and
Commission texts.  The forms they showed that the engine missed: a Security Council number without
its year in brackets but with its full date or its year after it, in the sentence that names the
Council ("imposées par la résolution 2206 du 3 mars 2015", "la resolución 2542 de 2020"); the Council
as the agent of an adoption told by a noun ("la aprobación por el Consejo de Seguridad de la
resolución 1325"); the body that set a body up, its text in the bracket ("creada por el Consejo
Económico y Social (resolución 9 (I))"); a body's acronym in brackets between its name and the date
of the adoption ("adoptée par le Conseil de sécurité (CSNU), le 31 octobre 2000"); the capitals of
third-party French ("le Conseil de Sécurité", "l'Assemblée Générale", "le Conseil Economique et
Social"); and the Spanish date link "de fecha de".  The passages are invented for these tests."""

from __future__ import annotations

import pytest

from passages import assert_exact, by_tables

# (language, passage, each target with its date, None: undated)
Row = tuple[str, str, dict[str, str | None]]

# a Council number without its year in brackets, its date or year after it, in the Council's sentence
_COUNCIL_DATED: list[Row] = [
    (
        "fr",
        "Le Conseil de sécurité a reconduit jusqu'au 15 juin 2018 les mesures imposées par la "
        "résolution 2293 du 23 juin 2016 concernant la République démocratique du Congo.",
        {"S/RES/2293(2016)": "2016-06-23"},
    ),
    (
        "fr",
        "Ce matin, le Conseil de sécurité a rappelé à l'unanimité les mesures décidées dans sa "
        "résolution 2286 du 3 mai 2016.",
        {"S/RES/2286(2016)": "2016-05-03"},
    ),
    (
        "es",
        "El Consejo de Seguridad prorrogó el régimen de sanciones establecido en la resolución 2140 "
        "de 26 de febrero de 2014 hasta finales del año siguiente.",
        {"S/RES/2140(2014)": "2014-02-26"},
    ),
    (
        "es",
        "El Consejo de Seguridad amplió la misión hasta el 31 de octubre, conforme a lo dispuesto en la "
        "resolución 2486 de 2019 y el párrafo 9 de la resolución 2511 de 2020.",
        {"S/RES/2486(2019)": None, "S/RES/2511(2020)": None},
    ),
    (
        "en",
        "The Security Council renewed the panel established by resolution 2127 of 5 December 2013 for "
        "a further thirteen months.",
        {"S/RES/2127(2013)": "2013-12-05"},
    ),
]

# … not a number that the Council's numbering does not allow for its date, nor another body's
_COUNCIL_DATED_SAME: list[Row] = [
    (
        "es",
        "El Consejo de Seguridad recordó en su debate la resolución 1803 de 14 de diciembre de 1962 "
        "sobre la soberanía permanente.",
        {},
    ),
    (
        "fr",
        "Le Conseil de sécurité a rappelé dans sa déclaration la résolution 2200 du 16 décembre 1966 "
        "sur les pactes.",
        {},
    ),
    (
        "es",
        "El Consejo de Seguridad celebró un debate abierto. La resolución 2206 de 3 de marzo de 2015 "
        "seguirá en vigor.",
        {},
    ),
]

# the Council as the agent of an adoption that a noun tells
_AGENT: list[Row] = [
    (
        "es",
        "Se cumplen quince años de la aprobación por el Consejo de Seguridad de la resolución 1612 "
        "sobre los niños y los conflictos armados.",
        {"S/RES/1612(2005)": None},
    ),
    (
        "es",
        "El informe celebra la aprobación por el Consejo de Seguridad de la ONU de la resolución 1820 "
        "sobre la violencia sexual.",
        {"S/RES/1820(2008)": None},
    ),
    (
        "fr",
        "Vingt ans après l'adoption par le Conseil de sécurité de la résolution 1325 sur les femmes, "
        "la paix et la sécurité, le bilan reste mitigé.",
        {"S/RES/1325(2000)": None},
    ),
    (
        "en",
        "The adoption by the Security Council of resolution 1540 on non-State actors was welcomed.",
        {"S/RES/1540(2004)": None},
    ),
]

# the body that set a body up, its text in the bracket after its name
_SET_UP: list[Row] = [
    (
        "es",
        "La Comisión de Estupefacientes fue creada por el Consejo Económico y Social "
        "(resolución 9 (I)) como órgano normativo.",
        {"E/RES/9(I)": None},
    ),
    (
        "es",
        "El Grupo de Trabajo fue establecido por la Comisión de Derechos Humanos el 8 de marzo de 1996 "
        "(resolución 1996/12).",
        {"E/CN.4/RES/1996/12": "1996-03-08"},
    ),
    (
        "fr",
        "Le Groupe de travail créé par la Commission des droits de l'homme (résolution 1995/32) s'est "
        "réuni à Genève.",
        {"E/CN.4/RES/1995/32": None},
    ),
]

# a body's acronym in brackets between its name and the date of the adoption; French capitals
_ACRONYM_AND_CAPITALS: list[Row] = [
    (
        "fr",
        "La résolution 1888 (2009) adoptée par le Conseil de sécurité des Nations Unies (CSNU), le "
        "30 septembre 2009, a créé le mandat de Représentant spécial.",
        {"S/RES/1888(2009)": "2009-09-30"},
    ),
    (
        "es",
        "La resolución 1889 (2009), aprobada por el Consejo de Seguridad de las Naciones Unidas (CSNU) "
        "el 5 de octubre de 2009, pidió indicadores mundiales.",
        {"S/RES/1889(2009)": "2009-10-05"},
    ),
    (
        "fr",
        "Rappelant la résolution 1960 (2010) adoptée par le Conseil de Sécurité le 16 décembre 2010,",
        {"S/RES/1960(2010)": "2010-12-16"},
    ),
    (
        "fr",
        "Rappelant la résolution 1985/17 adoptée par le Conseil Economique et Social le 28 mai 1985,",
        {"E/RES/1985/17": "1985-05-28"},
    ),
    (
        "es",
        "Recordando la resolución 38/7 de la Asamblea General, de fecha de 2 de noviembre de 1983,",
        {"A/RES/38/7": "1983-11-02"},
    ),
]

# … and unchanged: an acronym with no date after it, the establishment of a body by name
_ACRONYM_SAME: list[Row] = [
    (
        "es",
        "Recordando el establecimiento del Consejo de Derechos Humanos (resolución 60/251),",
        {"A/RES/60/251": None},
    ),
    (
        "fr",
        "Rappelant la résolution 2004/1 du Conseil économique et social (ECOSOC), qui porte sur la question,",
        {"E/RES/2004/1": None},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    by_tables(
        council_dated=(_COUNCIL_DATED, _COUNCIL_DATED_SAME),
        agent=(_AGENT, []),
        set_up=(_SET_UP, []),
        acronym=(_ACRONYM_AND_CAPITALS, _ACRONYM_SAME),
    ),
)
def test_real_french_and_spanish_forms(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)
