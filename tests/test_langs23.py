"""French and Spanish passages written for these tests in the style of the UN's own texts (issue
7): General Assembly, Security Council and Human Rights Council paragraphs, reports' footnotes and
declarations.  Each row is a form the engine missed or bound wrongly: a date written with a word
the lexicon lacked ("datée du", "con fecha", "adoptée à l'unanimité le"), a day or an apostrophe
as a word processor sets it ("1ᵉʳ", "l´Assemblée"), a treaty number's abbreviation ("núm"), a
treaty's other title, a protocol to the Covenant that is no citation of the Covenant, and the
verbs of preambles and declarations in their plural, feminine and first-person forms."""

from __future__ import annotations

import pytest

from passages import GA, SC, assert_exact, by_language
from rescite.engine.extract import extract_text

# (language, paragraph of a General Assembly text, each target with its date or None)
DATES: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "fr",
        "Rappelant la résolution 2341 (2017) du Conseil de sécurité, datée du 13 février 2017,",
        {"S/RES/2341(2017)": "2017-02-13"},
    ),
    (
        "fr",
        "Rappelant les résolutions 2118 (2013) et 2235 (2015) du Conseil de sécurité, datées "
        "respectivement du 27 septembre 2013 et du 7 août 2015,",
        {"S/RES/2118(2013)": "2013-09-27", "S/RES/2235(2015)": "2015-08-07"},
    ),
    (
        "fr",
        "Rappelant la résolution 2250 (2015) du Conseil de sécurité, adoptée à l’unanimité le "
        "9 décembre 2015,",
        {"S/RES/2250(2015)": "2015-12-09"},
    ),
    (
        "fr",
        "Rappelant sa résolution 77/1, adoptée sans vote le 14 octobre 2022,",
        {"A/RES/77/1": "2022-10-14"},
    ),
    (
        "fr",
        "Rappelant ses résolutions 77/1 et 77/2, adoptées par consensus le 14 octobre 2022,",
        {"A/RES/77/1": "2022-10-14", "A/RES/77/2": "2022-10-14"},
    ),
    (
        "fr",
        "Rappelant ses résolutions 76/300 et 77/226, qu’elle a adoptées respectivement le 28 juillet "
        "2022 et le 30 décembre 2022,",
        {"A/RES/76/300": "2022-07-28", "A/RES/77/226": "2022-12-30"},
    ),
    (
        "fr",
        "Rappelant ses résolutions 72/1 et 72/2, toutes deux du 19 septembre 2017,",
        {"A/RES/72/1": "2017-09-19", "A/RES/72/2": "2017-09-19"},
    ),
    (
        "fr",
        "Rappelant ses résolutions 3201 (S-VI) et 3202 (S-VI) du 1ᵉʳ mai 1974,",
        {"A/RES/3201(S-VI)": "1974-05-01", "A/RES/3202(S-VI)": "1974-05-01"},
    ),
    (
        "fr",
        "Rappelant la résolution 63/194 de l´Assemblée générale du 18 décembre 2008,",
        {"A/RES/63/194": "2008-12-18"},
    ),
    (
        "es",
        "Recordando la resolución 2250 (2015) del Consejo de Seguridad, con fecha 9 de diciembre de 2015,",
        {"S/RES/2250(2015)": "2015-12-09"},
    ),
    (
        "es",
        "Recordando la resolución 2341 (2017) del Consejo de Seguridad, fechada el 13 de febrero de 2017,",
        {"S/RES/2341(2017)": "2017-02-13"},
    ),
    (
        "es",
        "Recordando la resolución 2250 (2015) del Consejo de Seguridad, aprobada por unanimidad el 9 "
        "de diciembre de 2015,",
        {"S/RES/2250(2015)": "2015-12-09"},
    ),
    (
        "es",
        "Recordando su resolución 77/1, aprobada sin votación el 14 de octubre de 2022,",
        {"A/RES/77/1": "2022-10-14"},
    ),
    (
        "es",
        "Recordando sus resoluciones 77/1 y 77/2, aprobadas por consenso el 14 de octubre de 2022,",
        {"A/RES/77/1": "2022-10-14", "A/RES/77/2": "2022-10-14"},
    ),
    (
        "es",
        "Recordando sus resoluciones 72/1 y 72/2, ambas de 19 de septiembre de 2017,",
        {"A/RES/72/1": "2017-09-19", "A/RES/72/2": "2017-09-19"},
    ),
    (
        "es",
        "Recordando la resolución 64/178 de la Asamblea General, de 18 de diciembre de 2009, y la "
        "resolución 2017/7 del Consejo Económico y Social, aprobada por consenso el 7 de junio de 2017,",
        {"A/RES/64/178": "2009-12-18", "E/RES/2017/7": "2017-06-07"},
    ),
]

#: the same paragraphs with the words the engine knew: they keep their dates
DATES_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "fr",
        "Rappelant la résolution 2341 (2017) du Conseil de sécurité, en date du 13 février 2017,",
        {"S/RES/2341(2017)": "2017-02-13"},
    ),
    (
        "fr",
        "Rappelant la résolution 63/194 de l’Assemblée générale du 18 décembre 2008,",
        {"A/RES/63/194": "2008-12-18"},
    ),
    (
        "es",
        "Recordando la resolución 2341 (2017) del Consejo de Seguridad, de fecha 13 de febrero de 2017,",
        {"S/RES/2341(2017)": "2017-02-13"},
    ),
    ("es", "Recordando su resolución 77/1, aprobada el 14 de octubre de 2022,", {"A/RES/77/1": "2022-10-14"}),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(DATES, DATES_SAME))
def test_dates_written_as_un_texts_write_them(lang: str, para: str, expected: dict[str, str | None]) -> None:
    assert_exact(GA[lang] + para, expected)


# treaties: another title of a protocol, a protocol to the Covenant (no citation of the Covenant
# itself), a footnote's number with the abbreviation written without its point
TREATIES: list[tuple[str, str, dict[str, str | None]]] = [
    ("fr", "Rappelant le Protocole de 1967 relatif au statut des réfugiés,", {"UNTS/606/8791": None}),
    ("es", "Recordando el Protocolo de 1967 sobre el Estatuto de los Refugiados,", {"UNTS/606/8791": None}),
    (
        "fr",
        "Rappelant le Protocole facultatif se rapportant à la Convention relative aux droits de "
        "l’enfant, concernant l’implication d’enfants dans les conflits armés,",
        {"UNTS/2173/27531": None},
    ),
    (
        "fr",
        "Rappelant le Protocole facultatif se rapportant à la Convention relative aux droits de "
        "l’enfant, concernant la vente d’enfants, la prostitution des enfants et la pornographie "
        "mettant en scène des enfants,",
        {"UNTS/2171/27531": None},
    ),
    (
        "fr",
        "Invite les États à ratifier le Protocole facultatif se rapportant au Pacte international "
        "relatif aux droits civils et politiques;",
        {},
    ),
    (
        "fr",
        "Rappelant le deuxième Protocole facultatif se rapportant au Pacte international relatif aux "
        "droits civils et politiques, visant à abolir la peine de mort,",
        {},
    ),
    (
        "fr",
        "Rappelant le Protocole facultatif se rapportant au Pacte international relatif aux droits "
        "économiques, sociaux et culturels,",
        {},
    ),
    (
        "es",
        "Invita a los Estados a ratificar el Protocolo Facultativo del Pacto Internacional de Derechos "
        "Civiles y Políticos;",
        {},
    ),
    (
        "es",
        "Recordando el Segundo Protocolo Facultativo del Pacto Internacional de Derechos Civiles y "
        "Políticos, destinado a abolir la pena de muerte,",
        {},
    ),
    (
        "es",
        "Recordando la Convención sobre el Estatuto de los Apátridas y la Convención1,\n"
        "__________________\n1 Naciones Unidas, Treaty Series, vol. 1249, núm 20378.",
        # (the convention on stateless persons by its title, now a treaty of the lexicon)
        {"UNTS/1249/20378": None, "UNTS/360/5158": None},
    ),
]

#: the Covenant itself, and a convention to which a protocol is attached, are still cited
TREATIES_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "fr",
        "Rappelant le Pacte international relatif aux droits civils et politiques et le Protocole "
        "relatif au statut des réfugiés,",
        {"UNTS/999/14668": None, "UNTS/606/8791": None},
    ),
    (
        "es",
        "Recordando el Pacto Internacional de Derechos Civiles y Políticos y el Protocolo Facultativo "
        "de la Convención sobre la Eliminación de Todas las Formas de Discriminación contra la Mujer,",
        {"UNTS/999/14668": None, "UNTS/2131/20378": None},
    ),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(TREATIES, TREATIES_SAME))
def test_treaties_by_title_and_footnote(lang: str, para: str, expected: dict[str, str | None]) -> None:
    assert_exact(GA[lang] + para, expected)


# (language, the paragraph's opening words, the function of the citation after them)
VERBS: list[tuple[str, str, str]] = [
    ("fr", "Accueillant favorablement", "acknowledges"),
    ("fr", "Ayant présentes à l’esprit", "builds_on"),
    ("fr", "Gardant présente à l’esprit", "builds_on"),
    ("fr", "Prenant en considération", "builds_on"),
    ("fr", "Se référant à", "builds_on"),
    ("fr", "Se fondant sur", "builds_on"),
    ("fr", "Alarmée par", "acknowledges"),
    ("fr", "Profondément préoccupés par", "acknowledges"),
    ("fr", "Conscients de", "acknowledges"),
    ("fr", "Guidés par", "builds_on"),
    ("fr", "Déterminée à appliquer", "acknowledges"),
    ("fr", "Encouragée par", "acknowledges"),
    ("fr", "Résolus à mettre en œuvre", "acknowledges"),
    ("fr", "Nous réaffirmons", "builds_on"),
    ("fr", "Nous rappelons également", "builds_on"),
    ("fr", "Nous nous félicitons de", "acknowledges"),
    ("fr", "Nous prenons note de", "acknowledges"),
    ("fr", "Nous nous engageons à appliquer", "acts"),
    ("fr", "Souscrit à", "acts"),
    ("fr", "Entérine", "acts"),
    ("fr", "Appuie", "acts"),
    ("es", "Teniendo presentes", "builds_on"),
    ("es", "Tomando en consideración", "builds_on"),
    ("es", "Remitiéndose a", "builds_on"),
    ("es", "Basándose en", "builds_on"),
    ("es", "Acogiendo con agrado", "acknowledges"),
    ("es", "Acogiendo también con beneplácito", "acknowledges"),
    ("es", "Alarmada por", "acknowledges"),
    ("es", "Profundamente preocupados por", "acknowledges"),
    ("es", "Conscientes de", "acknowledges"),
    ("es", "Guiados por", "builds_on"),
    ("es", "Decidida a aplicar", "acknowledges"),
    ("es", "Alentada por", "acknowledges"),
    ("es", "Reafirmamos", "builds_on"),
    ("es", "Acogemos con beneplácito", "acknowledges"),
    ("es", "Nos comprometemos a aplicar", "acts"),
    ("es", "Hace un llamamiento para que se aplique", "acts"),
    ("es", "Respalda", "acts"),
    ("es", "Acoge favorablemente", "acknowledges"),
]

_CITED = {
    "fr": " la résolution 64/293 de l’Assemblée générale,",
    "es": " la resolución 64/293 de la Asamblea General,",
}


@pytest.mark.parametrize(("lang", "verb", "function"), by_language(VERBS))
def test_verbs_of_preambles_and_declarations(lang: str, verb: str, function: str) -> None:
    res = extract_text(GA[lang] + verb + _CITED[lang], lang=lang)
    assert [(c.target, c.function) for c in res.citations] == [("A/RES/64/293", function)]


def test_security_council_date_in_its_own_text() -> None:
    # "datée du" after a body the citing text is: the Council's own resolution, dated
    res = extract_text(SC["fr"] + "Rappelant sa résolution 2417 (2018), datée du 24 mai 2018,", lang="fr")
    assert [(c.target, c.date) for c in res.citations] == [("S/RES/2417(2018)", "2018-05-24")]


# the human rights bodies with the capital that many French texts give "l'Homme"
BODIES: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "fr",
        "Rappelant la résolution 46/7 du Conseil des droits de l’Homme, en date du 23 mars 2021,",
        {"A/HRC/RES/46/7": "2021-03-23"},
    ),
    (
        "fr",
        "Rappelant les résolutions 1998/12 et 2003/8 de la Commission des Droits de l’Homme,",
        {"E/CN.4/RES/1998/12": None, "E/CN.4/RES/2003/8": None},
    ),
]

#: a State's commission of that name is no UN body: its resolution stays unresolved
BODIES_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "fr",
        "Notant que la Commission nationale des droits de l’Homme a adopté la résolution 12/3,",
        {"": None},
    ),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(BODIES, BODIES_SAME))
def test_human_rights_bodies_with_a_capital(lang: str, para: str, expected: dict[str, str | None]) -> None:
    assert_exact(GA[lang] + para, expected)
