"""Adversarial rows for reports, decisions and resolutions in French, Spanish and English as the
hidden sets hold them (issue 7): the names of bodies written without their accents, as copies
that lost them give them ("Conseil economique et social", "Comision de Derechos Humanos"); a
number dated by the text named before it ("… and decision 2023/302 of the same date", "de la
même date", "de la misma fecha"); "toutes deux en date du", "ambas aprobadas el"; an apostrophe
typed as a grave accent ("l`Assemblée"); a paragraph's pinpoint with its subparagraph ("par. 7.3");
and forms of reports of the Secretary-General, treaty bodies and councils that must stay as they
are.  The passages are invented for these tests."""

from __future__ import annotations

import pytest

from passages import ECOSOC, GA, HRC, assert_exact, assert_pinpointed, by_tables

# (language, passage, each target with its date, None: undated)
Row = tuple[str, str, dict[str, str | None]]

_CHR_2000: dict[str, str | None] = {"E/CN.4/RES/2000/3": "2000-04-07", "E/CN.4/RES/2001/5": "2001-04-20"}
_HRC_BASE: dict[str, str | None] = {
    "A/RES/60/251": "2006-03-15",
    "A/HRC/RES/5/1": "2007-06-18",
    "A/HRC/RES/5/2": "2007-06-18",
}

# a body's name written without its accents: the number is still bound to it, and dated
_PLAIN: list[Row] = [
    (
        "fr",
        GA["fr"] + "Rappelant la resolution 2000/35 du Conseil economique et social, en date du 18"
        " octobre 2000,",
        {"E/RES/2000/35": "2000-10-18"},
    ),
    (
        "fr",
        GA["fr"] + "Rappelant la resolution 61/180 de l'Assemblee generale, en date du 20 decembre 2006,",
        {"A/RES/61/180": "2006-12-20"},
    ),
    (
        "fr",
        GA["fr"] + "Rappelant la resolution 1325 (2000) du Conseil de securite, en date du 31 octobre 2000,",
        {"S/RES/1325(2000)": "2000-10-31"},
    ),
    (
        "fr",
        HRC["fr"] + "Rappelant la resolution 60/251 de l'Assemblee generale, en date du 15 mars 2006, et les"
        " resolutions du Conseil des droits de l'homme 5/1 et 5/2, en date du 18 juin 2007,",
        _HRC_BASE,
    ),
    (
        "fr",
        ECOSOC["fr"] + "Rappelant la resolution 26/2 de la Commission pour la prevention du crime et la"
        " justice penale, en date du 26 mai 2017,",
        {"E/CN.15/RES/26/2": "2017-05-26"},
    ),
    (
        "fr",
        HRC["fr"] + "Rappelant les resolutions de l’Assemblee generale 48/141 du 20 decembre 1993 et 60/251"
        " du 15 mars 2006,",
        {"A/RES/48/141": "1993-12-20", "A/RES/60/251": "2006-03-15"},
    ),
    (
        "es",
        GA["es"] + "Recordando la resolucion 2000/35 del Consejo Economico y Social, de 18 de"
        " octubre de 2000,",
        {"E/RES/2000/35": "2000-10-18"},
    ),
    (
        "es",
        ECOSOC["es"] + "Recordando la resolucion 26/2 de la Comision de Prevencion del Delito y Justicia"
        " Penal, de 26 de mayo de 2017,",
        {"E/CN.15/RES/26/2": "2017-05-26"},
    ),
    (
        "es",
        GA["es"] + "Recordando las resoluciones de la Comision de Derechos Humanos 2000/3, de 7 de abril de"
        " 2000, y 2001/5, de 20 de abril de 2001,",
        _CHR_2000,
    ),
    (
        "es",
        GA["es"] + "Recordando la resolucion 1503 (XLVIII) del Consejo Economico y Social, de 27 de mayo de"
        " 1970,",
        {"E/RES/1503(XLVIII)": "1970-05-27"},
    ),
]
_PLAIN_SAME: list[Row] = [
    (
        "fr",
        GA["fr"] + "Rappelant la résolution 2000/35 du Conseil économique et social, en date du 18"
        " octobre 2000,",
        {"E/RES/2000/35": "2000-10-18"},
    ),
    (
        "es",
        GA["es"] + "Recordando las resoluciones de la Comisión de Derechos Humanos 2000/3, de 7 de abril de"
        " 2000, y 2001/5, de 20 de abril de 2001,",
        _CHR_2000,
    ),
    ("fr", GA["fr"] + "Rappelant la resolution 61/180 du 20 decembre 2006,", {"A/RES/61/180": "2006-12-20"}),
]

_SAME_DATE_GOLD: dict[str, str | None] = {"E/RES/2023/15": "2023-07-25", "E/DEC/2023/302": "2023-07-25"}

# "of the same date": the date of the text named just before
_SAME_DATE: list[Row] = [
    (
        "en",
        ECOSOC["en"] + "Recalling its resolution 2023/15 of 25 July 2023 and its decision 2023/302"
        " of the same date,",
        _SAME_DATE_GOLD,
    ),
    (
        "fr",
        ECOSOC["fr"] + "Rappelant sa résolution 2023/15 du 25 juillet 2023 et sa décision 2023/302 de la même"
        " date,",
        _SAME_DATE_GOLD,
    ),
    (
        "fr",
        ECOSOC["fr"] + "Rappelant la résolution 2023/15 du Conseil, en date du 25 juillet 2023, et"
        " sa décision"
        " 2023/302 du même jour,",
        _SAME_DATE_GOLD,
    ),
    (
        "es",
        ECOSOC["es"] + "Recordando su resolución 2023/15, de 25 de julio de 2023, y su decisión"
        " 2023/302, de la"
        " misma fecha,",
        _SAME_DATE_GOLD,
    ),
    (
        "es",
        HRC["es"] + "Recordando sus resoluciones 5/1 y 5/2, de 18 de junio de 2007, y su decisión 5/103, de"
        " igual fecha,",
        {"A/HRC/RES/5/1": "2007-06-18", "A/HRC/RES/5/2": "2007-06-18", "A/HRC/DEC/5/103": "2007-06-18"},
    ),
    (
        "en",
        "By its resolution 2023/15 of 25 July 2023, the Economic and Social Council decided to convene the"
        " meeting; by its decision 2023/302 of the same date, it took note of the report.",
        _SAME_DATE_GOLD,
    ),
]
_SAME_DATE_SAME: list[Row] = [
    # no date before: nothing to take
    (
        "en",
        ECOSOC["en"] + "Recalling its resolution 2023/15 and its decision 2023/302 of the same date,",
        {"E/RES/2023/15": None, "E/DEC/2023/302": None},
    ),
    # the text before in another paragraph
    (
        "fr",
        ECOSOC["fr"] + "Rappelant sa résolution 2023/15 du 25 juillet 2023,\n\nRappelant également"
        " sa décision"
        " 2023/302 de la même date,",
        {"E/RES/2023/15": "2023-07-25", "E/DEC/2023/302": None},
    ),
    # a date of its own
    (
        "es",
        ECOSOC["es"] + "Recordando su resolución 2023/15, de 25 de julio de 2023, y su decisión"
        " 2023/302, de 26 de"
        " julio de 2023,",
        {"E/RES/2023/15": "2023-07-25", "E/DEC/2023/302": "2023-07-26"},
    ),
]

# the words that give one date to two texts, as the other languages write them
_BOTH: list[Row] = [
    (
        "fr",
        GA["fr"] + "Rappelant ses résolutions 77/1 et 77/2, toutes deux en date du 10 octobre 2022,",
        {"A/RES/77/1": "2022-10-10", "A/RES/77/2": "2022-10-10"},
    ),
    (
        "fr",
        GA["fr"] + "Rappelant sa résolution 77/1 et la résolution 2022/5 du Conseil économique et social,"
        " toutes deux adoptées le 10 octobre 2022,",
        {"A/RES/77/1": "2022-10-10", "E/RES/2022/5": "2022-10-10"},
    ),
    (
        "es",
        GA["es"] + "Recordando sus resoluciones 77/1 y 77/2, ambas aprobadas el 10 de octubre de 2022,",
        {"A/RES/77/1": "2022-10-10", "A/RES/77/2": "2022-10-10"},
    ),
]
_BOTH_SAME: list[Row] = [
    (
        "fr",
        GA["fr"] + "Rappelant ses résolutions 77/1 et 77/2, toutes deux du 10 octobre 2022,",
        {"A/RES/77/1": "2022-10-10", "A/RES/77/2": "2022-10-10"},
    ),
    (
        "es",
        GA["es"] + "Recordando sus resoluciones 77/1 y 77/2, ambas de 10 de octubre de 2022,",
        {"A/RES/77/1": "2022-10-10", "A/RES/77/2": "2022-10-10"},
    ),
]

# an apostrophe typed as a grave accent
_GRAVE: list[Row] = [
    (
        "fr",
        GA["fr"] + "Rappelant la résolution 61/180 de l`Assemblée générale en date du 20 décembre 2006 ;",
        {"A/RES/61/180": "2006-12-20"},
    ),
    (
        "fr",
        HRC["fr"] + "Rappelant la résolution 2005/2 de la Commission des droits de l`homme, en date du"
        " 14 avril 2005,",
        {"E/CN.4/RES/2005/2": "2005-04-14"},
    ),
]
_GRAVE_SAME: list[Row] = [
    (
        "fr",
        GA["fr"] + "Rappelant la résolution 61/180 de l´Assemblée générale en date du 20 décembre 2006 ;",
        {"A/RES/61/180": "2006-12-20"},
    ),
]


_CND = {
    "en": "The Commission on Narcotic Drugs,\n\n",
    "fr": "La Commission des stupéfiants,\n\n",
    "es": "La Comisión de Estupefacientes,\n\n",
}
_SINGLE: dict[str, str | None] = {"UNTS/520/7515": None}
_AMENDED: dict[str, str | None] = {"UNTS/976/14152": None}
_PSYCHOTROPIC: dict[str, str | None] = {"UNTS/1019/14956": None}

# the drug-control conventions by the other orders of their names' words that texts write, and a
# Spanish name whose "ñ" a copy wrote plain
_DRUG_NAMES: list[Row] = [
    ("en", _CND["en"] + "Reaffirming the 1971 Convention on Psychotropic Substances,", _PSYCHOTROPIC),
    ("en", _CND["en"] + "Reaffirming the Convention on Psychotropic Substances, 1971,", _PSYCHOTROPIC),
    ("en", _CND["en"] + "Reaffirming the 1961 Single Convention on Narcotic Drugs,", _SINGLE),
    (
        "en",
        _CND["en"] + "Reaffirming the Single Convention on Narcotic Drugs of 1961, as amended by"
        " the 1972 Protocol,",
        _AMENDED,
    ),
    ("fr", _CND["fr"] + "Réaffirmant la Convention sur les substances psychotropes de 1971,", _PSYCHOTROPIC),
    ("fr", _CND["fr"] + "Réaffirmant la Convention unique de 1961 sur les stupéfiants,", _SINGLE),
    (
        "fr",
        _CND["fr"] + "Réaffirmant la Convention unique de 1961 sur les stupéfiants telle que modifiée par le"
        " Protocole de 1972,",
        _AMENDED,
    ),
    ("es", _CND["es"] + "Reafirmando el Convenio sobre Sustancias Psicotrópicas de 1971,", _PSYCHOTROPIC),
    ("es", _CND["es"] + "Reafirmando la Convención Única sobre Estupefacientes de 1961,", _SINGLE),
    (
        "es",
        _CND["es"] + "Reafirmando la Convención Única de 1961 sobre Estupefacientes, enmendada por"
        " el Protocolo"
        " de 1972,",
        _AMENDED,
    ),
    ("es", GA["es"] + "Recordando la Convencion sobre los Derechos del Nino,", {"UNTS/1577/27531": None}),
]
_DRUG_NAMES_SAME: list[Row] = [
    ("fr", _CND["fr"] + "Réaffirmant la Convention de 1971 sur les substances psychotropes,", _PSYCHOTROPIC),
    ("es", _CND["es"] + "Reafirmando el Convenio sobre Sustancias Sicotrópicas de 1971,", _PSYCHOTROPIC),
    ("en", _CND["en"] + "Reaffirming the Convention on Psychotropic Substances of 1971,", _PSYCHOTROPIC),
]


_STATELESS: dict[str, str | None] = {"UNTS/360/5158": None, "UNTS/989/14458": None}

# treaties the lexicon did not know: the statelessness conventions, the mine-ban convention, the
# desertification and Stockholm conventions and the Arms Trade Treaty, by their names alone
_TREATIES: list[Row] = [
    (
        "en",
        GA["en"] + "Recalling the Convention relating to the Status of Stateless Persons and the"
        " Convention on"
        " the Reduction of Statelessness,",
        _STATELESS,
    ),
    (
        "fr",
        GA["fr"] + "Rappelant la Convention relative au statut des apatrides et la Convention sur"
        " la réduction"
        " des cas d’apatridie,",
        _STATELESS,
    ),
    (
        "es",
        GA["es"] + "Recordando la Convención sobre el Estatuto de los Apátridas y la Convención"
        " para Reducir los"
        " Casos de Apatridia,",
        _STATELESS,
    ),
    (
        "fr",
        GA["fr"] + "Rappelant la Convention sur l’interdiction de l’emploi, du stockage, de la"
        " production et du"
        " transfert des mines antipersonnel et sur leur destruction,",
        {"UNTS/2056/35597": None},
    ),
    ("en", GA["en"] + "Welcoming the entry into force of the Arms Trade Treaty,", {"UNTS/3013/52373": None}),
    (
        "es",
        GA["es"] + "Acogiendo con beneplácito el Tratado sobre el Comercio de Armas,",
        {"UNTS/3013/52373": None},
    ),
    (
        "es",
        GA["es"] + "Recordando la Convención de las Naciones Unidas de Lucha contra la Desertificación y el"
        " Convenio de Estocolmo sobre Contaminantes Orgánicos Persistentes,",
        {"UNTS/1954/33480": None, "UNTS/2256/40214": None},
    ),
    (
        "fr",
        GA["fr"] + "Rappelant la Convention des Nations Unies sur la lutte contre la désertification et la"
        " Convention de Stockholm sur les polluants organiques persistants,",
        {"UNTS/1954/33480": None, "UNTS/2256/40214": None},
    ),
]
_TREATIES_SAME: list[Row] = [
    # a treaty the lexicon knew already
    (
        "en",
        GA["en"] + "Recalling the Convention relating to the Status of Refugees,",
        {"UNTS/189/2545": None},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    by_tables(
        plain=(_PLAIN, _PLAIN_SAME),
        treaties=(_TREATIES, _TREATIES_SAME),
        drug_names=(_DRUG_NAMES, _DRUG_NAMES_SAME),
        same_date=(_SAME_DATE, _SAME_DATE_SAME),
        both=(_BOTH, _BOTH_SAME),
        grave=(_GRAVE, _GRAVE_SAME),
    ),
)
def test_plain_names_and_shared_dates(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected)


# a paragraph's pinpoint with its subparagraph after a point, as views and reports number them
_PIN: list[tuple[str, str, dict[str, tuple[str | None, str | None]]]] = [
    (
        "fr",
        "Le Comité rappelle ses constatations antérieures (voir CCPR/C/120/D/2324/2013, par. 7.3).",
        {"CCPR/C/120/D/2324/2013": ("CCPR/C/120/D/2324/2013", "par. 7.3")},
    ),
    (
        "es",
        "El Comité recuerda su dictamen anterior (véase CCPR/C/120/D/2324/2013, párr. 7.3).",
        {"CCPR/C/120/D/2324/2013": ("CCPR/C/120/D/2324/2013", "párr. 7.3")},
    ),
    (
        "en",
        "The Committee recalls its earlier views (see CCPR/C/120/D/2324/2013, paras. 7.3 and 7.4).",
        {"CCPR/C/120/D/2324/2013": ("CCPR/C/120/D/2324/2013", "paras. 7.3 and 7.4")},
    ),
    (
        "en",
        "as set out in paragraph 4.2 of resolution 2023/15 of the Economic and Social Council,",
        {"2023/15": ("E/RES/2023/15", "paragraph 4.2")},
    ),
]
_PIN_SAME: list[tuple[str, str, dict[str, tuple[str | None, str | None]]]] = [
    (
        "fr",
        "Le Comité rappelle le rapport (voir A/78/123, par. 7).",
        {"A/78/123": ("A/78/123", "par. 7")},
    ),
    (
        "en",
        "The Committee recalls its views (see CCPR/C/120/D/2324/2013, paras. 7 and 8).",
        {"CCPR/C/120/D/2324/2013": ("CCPR/C/120/D/2324/2013", "paras. 7 and 8")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), by_tables(pin=(_PIN, _PIN_SAME)))
def test_pinpoint_subparagraph(lang: str, text: str, want: dict[str, tuple[str | None, str | None]]) -> None:
    assert_pinpointed(text, lang, want)
