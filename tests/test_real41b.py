"""Rows from a reading of real French and Spanish texts of kinds not read before (issue 7, pass
41b): General Assembly resolutions of its first sessions and their tables, papers of the Special
Committee on decolonization and of the Advisory Committee, reports of the Fifth and Sixth
Committees, the International Law Commission's yearbooks and summary records, the Council's
collections of its resolutions, press releases of both organs, ECLAC's resolutions, texts of ILO,
WHO and UNESCO that cite United Nations texts, national laws, academic articles and encyclopaedia
pages on resolutions.  The forms they showed that the engine got wrong:

- a list of a symbol's final elements closed by its last one, then the next paragraph's number
  after a comma ("… S/7930/Add.48 et Add.49,⏎1. Condamne …"): the paragraph's number was cited as
  one more element ("S/7930/Add.1");
- a Council's number with its year after "de", as the French news write it ("la résolution 986 de
  1995", the Council named before in the sentence): not read (the Spanish "de" was);
- a resolution's heading with its date and a title after it ("RESOLUCIÓN 2625 (XXV) de la
  Asamblea General …, de 24 de octubre de 1970, que contiene …", "…, du 24 octobre 1970, portant
  …"), the adopting body's line below: the text's own id was not read, the number cited instead;
- a resolution's heading with its title after a comma ("RESOLUCION 1514 (XV), DECLARACIÓN SOBRE
  …"), the adopting body's line below: the own id was not read;
- a yearbook's reprint of a document under its topic's title, its symbol led by the capitalised
  label ("DOCUMENTO A/CN.4/420"): its own id was not read, the symbol cited instead;
- the committee that recommended an adoption, set off after the adoption's date ("le 6 décembre
  1999, sur la recommandation de la Quatrième Commission, l'Assemblée générale a adopté …"): the
  date was lost.

The passages are invented for these tests (numbers, dates, titles and wording)."""

from __future__ import annotations

import pytest

from passages import GA, SC, assert_exact, by_tables
from rescite.engine.extract import extract_text

# (language, passage, each target with its date, None: undated)
Row = tuple[str, str, dict[str, str | None]]

# a list of final elements closed by its last one, the next paragraph's number after it
_CLOSED_LIST: list[Row] = [
    (
        "fr",
        SC["fr"] + "Prenant acte des renseignements fournis par le Secrétaire général dans les documents "
        "S/9120/Add.12, Add.13 et Add.14,\n\n1. Exige de toutes les parties le respect du cessez-le-feu ;\n",
        {"S/9120/Add.12": None, "S/9120/Add.13": None, "S/9120/Add.14": None},
    ),
    (
        "es",
        SC["es"] + "Tomando nota de los documentos S/9120/Add.3 y Add.4, 2. Pide al Secretario General que "
        "lo mantenga informado.\n",
        {"S/9120/Add.3": None, "S/9120/Add.4": None},
    ),
]
_CLOSED_LIST_SAME: list[Row] = [
    (
        "en",
        GA["en"] + "Taking note of the reports of the Secretary-General (A/81/540/Add.1, 2 and 3),\n",
        {"A/81/540/Add.1": None, "A/81/540/Add.2": None, "A/81/540/Add.3": None},
    ),
    (
        "fr",
        "Le Comité était saisi des documents A/81/541 et Corr.1 et 2. Il a adopté son rapport.",
        {"A/81/541": None, "A/81/541/Corr.1": None, "A/81/541/Corr.2": None},
    ),
]

# a Council's number with its year after "de", the Council named before in the sentence
_YEAR_AFTER_DE: list[Row] = [
    (
        "fr",
        "Le Conseil de sécurité a prorogé l'autorisation accordée par la résolution 1018 de 1995 pour une "
        "nouvelle période de cent vingt jours.",
        {"S/RES/1018(1995)": None},
    ),
    (
        "fr",
        "Le Conseil de sécurité a rappelé les mesures imposées par la résolution 2417 de 2018 puis "
        "renforcées par la résolution 2573 de 2021.",
        {"S/RES/2417(2018)": None, "S/RES/2573(2021)": None},
    ),
]
_YEAR_AFTER_DE_SAME: list[Row] = [
    (
        "fr",
        "Le Conseil de sécurité a rappelé la Déclaration figurant dans la résolution 1514 de 1960 de "
        "l'Assemblée générale et sa résolution 2417 (2018).",
        # (the Assembly's 1514 of its year 1960, the Assembly named after the year: real54a)
        {"A/RES/1514(XV)": None, "S/RES/2417(2018)": None},
    ),
    (
        "fr",
        "Le Conseil de sécurité a rappelé sa résolution 2417 (2018) du 24 mai 2018.",
        {"S/RES/2417(2018)": "2018-05-24"},
    ),
]

# a resolution's heading with its date and a title after it, the adopting body's line below
_HEADING_DATED: list[Row] = [
    (
        "es",
        "RESOLUCIÓN 2734 (XXV) de la Asamblea General, de 16 de diciembre de 1970, relativa a la "
        "Declaración sobre el fortalecimiento de la seguridad internacional\n\nLa Asamblea General,\n\n"
        "Recordando su resolución 2606 (XXIV), de 16 de diciembre de 1969,\n",
        {"A/RES/2606(XXIV)": "1969-12-16"},
    ),
    (
        "fr",
        "Résolution 2734 (XXV) de l'Assemblée générale, du 16 décembre 1970, portant Déclaration sur le "
        "renforcement de la sécurité internationale\n\nL'Assemblée générale,\n\n"
        "Rappelant sa résolution 2606 (XXIV) du 16 décembre 1969,\n",
        {"A/RES/2606(XXIV)": "1969-12-16"},
    ),
]
_HEADING_DATED_SAME: list[Row] = [
    (
        "es",
        "Este artículo examina la\nResolución 2711 (XXV), Declaración sobre la cooperación entre los "
        "Estados,\ny su alcance en la práctica.\n",
        {"A/RES/2711(XXV)": None},
    ),
    (
        "es",
        "Resolución 2734 (XXV) de la Asamblea General, de 16 de diciembre de 1970\n\n"
        "Este estudio examina su alcance en la práctica de los Estados.\n",
        {"A/RES/2734(XXV)": "1970-12-16"},
    ),
]

# a yearbook's reprint of a document, its symbol led by the capitalised label
_REPRINT_LABEL: list[Row] = [
    (
        "es",
        "SUCESIÓN DE ESTADOS EN MATERIA DE TRATADOS\n[Tema 3 del programa]\nDOCUMENTO A/CN.4/512\n"
        "Informe del Relator Especial\n[Original: francés]\n[2 de mayo de 2027]\n\n1. En el párrafo 4 de "
        "su resolución 81/115, de 9 de diciembre de 2026, la Asamblea General pidió a la Comisión que "
        "prosiguiera su labor.\n",
        {"A/RES/81/115": "2026-12-09"},
    ),
    (
        "fr",
        "PROTECTION DES PERSONNES EN CAS DE CATASTROPHE\n[Point 5 de l'ordre du jour]\nDOCUMENT A/CN.4/598\n"
        "Rapport préliminaire du Rapporteur spécial\n[Original : anglais]\n[4 avril 2027]\n\n1. Par sa "
        "résolution 81/117 du 9 décembre 2026, l'Assemblée générale a pris note de la décision de la "
        "Commission.\n",
        {"A/RES/81/117": "2026-12-09"},
    ),
]
_REPRINT_LABEL_SAME: list[Row] = [
    (
        "fr",
        "La Commission était saisie du document suivant :\nDocument A/CN.4/598\net des observations reçues "
        "des gouvernements.\n",
        {"A/CN.4/598": None},
    ),
]

# the committee that recommended an adoption, set off after the adoption's date
_RECOMMENDED: list[Row] = [
    (
        "fr",
        "À sa 64e séance plénière, le 9 décembre 2026, sur la recommandation de la Quatrième Commission "
        "(A/81/412, par. 18), l'Assemblée générale a adopté, sans la mettre aux voix, la résolution 81/96, "
        "intitulée « Question de Gibraltar ».",
        {"A/81/412": None, "A/RES/81/96": "2026-12-09"},
    ),
    (
        "es",
        "En su 64ª sesión plenaria, celebrada el 9 de diciembre de 2026, por recomendación de la Sexta "
        "Comisión, la Asamblea General aprobó la resolución 81/115.",
        {"A/RES/81/115": "2026-12-09"},
    ),
    (
        "en",
        "At its 64th plenary meeting, on 9 December 2026, on the recommendation of the Sixth Committee, "
        "the General Assembly adopted resolution 81/115.",
        {"A/RES/81/115": "2026-12-09"},
    ),
]
_RECOMMENDED_SAME: list[Row] = [
    (
        "fr",
        "Le 9 décembre 2026, sur la recommandation de la Quatrième Commission, qui avait entendu pendant "
        "plusieurs séances de nombreux pétitionnaires venus des territoires, l'Assemblée générale a adopté "
        "la résolution 81/96.",
        {"A/RES/81/96": None},
    ),
]


@pytest.mark.parametrize(
    ("lang", "passage", "expected"),
    by_tables(
        closed=(_CLOSED_LIST, _CLOSED_LIST_SAME),
        year=(_YEAR_AFTER_DE, _YEAR_AFTER_DE_SAME),
        heading=(_HEADING_DATED, _HEADING_DATED_SAME),
        reprint=(_REPRINT_LABEL, _REPRINT_LABEL_SAME),
        recommended=(_RECOMMENDED, _RECOMMENDED_SAME),
    ),
)
def test_real41b_targets_and_dates(lang: str, passage: str, expected: dict[str, str | None]) -> None:
    assert_exact(passage, expected, lang=lang)


# a resolution's heading with its title after a comma, the adopting body's line below
_TITLE_AFTER_COMMA: list[Row] = [
    (
        "es",
        "RESOLUCIÓN 2711 (XXV), DECLARACIÓN SOBRE LA COOPERACIÓN ENTRE LOS ESTADOS EN MATERIA DE "
        "NAVEGACIÓN*\n\nLa Asamblea General,\n\nRecordando su resolución 2606 (XXIV), de 16 de diciembre "
        "de 1969,\n",
        {"A/RES/2606(XXIV)": "1969-12-16"},
    ),
    (
        "fr",
        "Résolution 2711 (XXV), Déclaration sur la coopération entre les États en matière de navigation\n\n"
        "L'Assemblée générale,\n\nRappelant sa résolution 2606 (XXIV) du 16 décembre 1969,\n",
        {"A/RES/2606(XXIV)": "1969-12-16"},
    ),
]

# the texts whose heading gives their own id: (language, passage, the own id)
_OWN: list[tuple[str, str, str]] = [
    ("es", _TITLE_AFTER_COMMA[0][1], "A/RES/2711(XXV)"),
    ("fr", _TITLE_AFTER_COMMA[1][1], "A/RES/2711(XXV)"),
    ("es", _HEADING_DATED[0][1], "A/RES/2734(XXV)"),
    ("fr", _HEADING_DATED[1][1], "A/RES/2734(XXV)"),
    ("es", _REPRINT_LABEL[0][1], "A/CN.4/512"),
    ("fr", _REPRINT_LABEL[1][1], "A/CN.4/598"),
]


@pytest.mark.parametrize(
    ("lang", "passage", "own"), [pytest.param(*r, id=f"{r[0]}-{i}") for i, r in enumerate(_OWN)]
)
def test_real41b_own_id(lang: str, passage: str, own: str) -> None:
    res = extract_text(passage, lang=lang)
    assert res.document.source_id == own
    assert own not in {c.target for c in res.citations}
