"""Forms of French, Spanish and Russian passages left out so far, found by passages written in
UN style for these tests (invented numbers, dates and topics): the legal citation styles of
secondary literature ("Res. A.G. 1514 (XV)", "Рез. ГА 56/83"), months abbreviated ("déc.",
"dic.", "сент."), a list's last item after a semicolon and "and", the date of a symbol after
the body's name or in square brackets.
Each form with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from passages import GA, HRC, assert_passage, by_language
from rescite.engine.extract import extract_text

# (language, text, targets with their dates): a month abbreviated, as copies and secondary
# literature write it
ABBREVIATED_MONTHS: list[tuple[str, str, dict[str, str | None]]] = [
    ("fr", GA["fr"] + "Rappelant sa résolution 73/195 du 19 déc. 2018,\n", {"A/RES/73/195": "2018-12-19"}),
    ("fr", GA["fr"] + "Rappelant sa résolution 77/321 du 1er sept. 2023,\n", {"A/RES/77/321": "2023-09-01"}),
    ("fr", GA["fr"] + "Rappelant sa résolution 66/288 du 27 juil. 2012,\n", {"A/RES/66/288": "2012-07-27"}),
    ("fr", GA["fr"] + "Rappelant sa résolution 71/313 du 6 févr. 2017,\n", {"A/RES/71/313": "2017-02-06"}),
    (
        "es",
        GA["es"] + "Recordando su resolución 73/195, de 19 de dic. de 2018,\n",
        {"A/RES/73/195": "2018-12-19"},
    ),
    (
        "es",
        GA["es"] + "Recordando su resolución 70/229, de 6 de ago. de 2016,\n",
        {"A/RES/70/229": "2016-08-06"},
    ),
    (
        "es",
        GA["es"] + "Recordando su resolución 71/313, de 6 de ene. de 2017,\n",
        {"A/RES/71/313": "2017-01-06"},
    ),
    (
        "ru",
        GA["ru"] + "ссылаясь на свою резолюцию 73/195 от 19 дек. 2018 г.,\n",
        {"A/RES/73/195": "2018-12-19"},
    ),
    (
        "ru",
        GA["ru"] + "ссылаясь на свою резолюцию 77/321 от 1 сент. 2023 г.,\n",
        {"A/RES/77/321": "2023-09-01"},
    ),
    (
        "ru",
        GA["ru"] + "ссылаясь на свою резолюцию 71/313 от 6 февр. 2017 г.,\n",
        {"A/RES/71/313": "2017-02-06"},
    ),
]

# … look-alikes: the months written out; an abbreviation with no day before it; Spanish "mar"
# (the sea) in a title
ABBREVIATED_MONTHS_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "fr",
        GA["fr"] + "Rappelant sa résolution 73/195 du 19 décembre 2018,\n",
        {"A/RES/73/195": "2018-12-19"},
    ),
    (
        "es",
        GA["es"] + "Recordando su resolución 73/195, de 19 de diciembre de 2018,\n",
        {"A/RES/73/195": "2018-12-19"},
    ),
    (
        "ru",
        GA["ru"] + "ссылаясь на свою резолюцию 73/195 от 19 декабря 2018 года,\n",
        {"A/RES/73/195": "2018-12-19"},
    ),
    ("fr", GA["fr"] + "Rappelant sa résolution 73/195 (sept. 2018),\n", {"A/RES/73/195": None}),
    (
        "es",
        GA["es"] + "Recordando su resolución 64/71, de 4 de diciembre de 2009, sobre el derecho del mar,\n",
        {"A/RES/64/71": "2009-12-04"},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), by_language(ABBREVIATED_MONTHS, ABBREVIATED_MONTHS_SAME)
)
def test_abbreviated_months(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_passage(text, expected, lang=lang)


# (language, text, targets with their dates): the legal citation styles of secondary literature
# with the bodies' dotted or short abbreviations ("Res. A.G.", "Рез. ГА")
LEGAL_ABBREVIATIONS: list[tuple[str, str, dict[str, str | None]]] = [
    ("fr", "Res. A.G. 1514 (XV) du 14 décembre 1960.", {"A/RES/1514(XV)": "1960-12-14"}),
    ("fr", "Voir Rés. A.G. 2625 (XXV), 24 octobre 1970, annexe.", {"A/RES/2625(XXV)": "1970-10-24"}),
    ("es", "Res. A.G. 1803 (XVII), de 14 de diciembre de 1962.", {"A/RES/1803(XVII)": "1962-12-14"}),
    ("ru", "См. Рез. ГА ООН 60/1 от 24 октября 2005 г., п. 138.", {"A/RES/60/1": "2005-10-24"}),
    ("ru", "Рез. ГА 56/83 от 12 декабря 2001 г., приложение.", {"A/RES/56/83": "2001-12-12"}),
]

# … look-alikes: initials of a person's name, the Russian word for hectares and a "Сб." (a
# collection) that name no body
LEGAL_ABBREVIATIONS_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    ("fr", "Rés. AG 2625 (XXV), 24 octobre 1970, annexe.", {"A/RES/2625(XXV)": "1970-10-24"}),
    (
        "fr",
        GA["fr"] + "Rappelant l'étude de M. A.G. Dupont et sa résolution 70/1,\n",
        {"A/RES/70/1": None},
    ),
    (
        "ru",
        GA["ru"] + "отмечая проект на площади 300 га, упомянутый в резолюции 2019/5 Экономического и "
        "Социального Совета,\n",
        {"E/RES/2019/5": None},
    ),
    (
        "ru",
        "Совет Безопасности,\n\nссылаясь на резолюцию 60/1 Генеральной Ассамблеи "
        "и на Сб. документов 2005 года,\n",
        {"A/RES/60/1": None},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), by_language(LEGAL_ABBREVIATIONS, LEGAL_ABBREVIATIONS_SAME)
)
def test_legal_abbreviations(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_passage(text, expected, lang=lang)


# (language, text, targets with their dates): a list whose items end with a semicolon, the
# last after "and" ("…;⏎et 69/283 …", "; y", "; и"), as long preambles set them line by line
SEMICOLON_LISTS: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "fr",
        GA["fr"] + "Rappelant ses résolutions 70/1 du 25 septembre 2015;\n69/313 du 27 juillet 2015;\n"
        "et 69/283 du 3 juin 2015,\n",
        {"A/RES/70/1": "2015-09-25", "A/RES/69/313": "2015-07-27", "A/RES/69/283": "2015-06-03"},
    ),
    (
        "fr",
        GA["fr"] + "Rappelant ses résolutions 70/1, 69/313; ainsi que 69/283,\n",
        {"A/RES/70/1": None, "A/RES/69/313": None, "A/RES/69/283": None},
    ),
    (
        "es",
        GA["es"] + "Recordando sus resoluciones 61/144, de 19 de diciembre de 2006;\n"
        "62/133, de 18 de diciembre de 2007;\ny 64/178, de 18 de diciembre de 2009,\n",
        {"A/RES/61/144": "2006-12-19", "A/RES/62/133": "2007-12-18", "A/RES/64/178": "2009-12-18"},
    ),
    (
        "ru",
        GA["ru"] + "ссылаясь на свои резолюции 70/1; 69/313; и 69/283,\n",
        {"A/RES/70/1": None, "A/RES/69/313": None, "A/RES/69/283": None},
    ),
]

# … look-alikes: a list on one line with commas; a semicolon that ends the clause, the next
# clause's number bound to its own noun
SEMICOLON_LISTS_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "fr",
        GA["fr"] + "Rappelant ses résolutions 70/1, 69/313 et 69/283,\n",
        {"A/RES/70/1": None, "A/RES/69/313": None, "A/RES/69/283": None},
    ),
    (
        "es",
        GA["es"] + "Recordando su resolución 70/1; y la resolución 2016/1 del Consejo Económico y Social,\n",
        {"A/RES/70/1": None, "E/RES/2016/1": None},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(SEMICOLON_LISTS, SEMICOLON_LISTS_SAME))
def test_semicolon_lists(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_passage(text, expected, lang=lang)


# (language, text, targets with their dates): an adopted text's symbol, the body's name, then
# the date; the date in square brackets after the symbol
SYMBOL_DATES: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "es",
        "Resolución A/RES/60/1 de la Asamblea General, de 24 de octubre de 2005.",
        {"A/RES/60/1": "2005-10-24"},
    ),
    (
        "fr",
        "Voir la résolution A/RES/60/1 de l'Assemblée générale, en date du 24 octobre 2005.",
        {"A/RES/60/1": "2005-10-24"},
    ),
    (
        "ru",
        "См. резолюцию A/RES/60/1 Генеральной Ассамблеи от 24 октября 2005 года.",
        {"A/RES/60/1": "2005-10-24"},
    ),
    (
        "fr",
        GA["fr"] + "Rappelant la résolution A/RES/77/321 [1er septembre 2023],\n",
        {"A/RES/77/321": "2023-09-01"},
    ),
    (
        "es",
        GA["es"] + "Recordando la resolución A/RES/77/321 [1 de septiembre de 2023],\n",
        {"A/RES/77/321": "2023-09-01"},
    ),
    (
        "ru",
        GA["ru"] + "ссылаясь на резолюцию A/RES/77/321 [1 сентября 2023 года],\n",
        {"A/RES/77/321": "2023-09-01"},
    ),
]

# … look-alikes: the date right after the symbol, in round brackets; a report's symbol and a
# body named after it (not an adopted text: no date taken from the clause)
SYMBOL_DATES_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    ("es", "Véase la resolución A/RES/60/1, de 24 de octubre de 2005.", {"A/RES/60/1": "2005-10-24"}),
    (
        "fr",
        GA["fr"] + "Rappelant la résolution A/RES/77/321 (1er septembre 2023),\n",
        {"A/RES/77/321": "2023-09-01"},
    ),
    (
        "fr",
        GA["fr"] + "Prenant note du rapport A/78/253 [version préliminaire] du Secrétaire général,\n",
        {"A/78/253": None},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(SYMBOL_DATES, SYMBOL_DATES_SAME))
def test_symbol_dates(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_passage(text, expected, lang=lang)


# (language, text, targets): a treaty footnote with as many registration numbers as volumes,
# each volume with its number in order ("vol. 993 et 999, n° 14531 et 14668")
PAIRED_VOLUMES: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "fr",
        GA["fr"] + "Rappelant les Pactes¹,\n\n__________\n"
        "¹ Nations Unies, Recueil des Traités, vol. 993 et 999, n° 14531 et 14668.\n",
        {"UNTS/993/14531": None, "UNTS/999/14668": None},
    ),
    (
        "es",
        GA["es"] + "Recordando los Pactos¹,\n\n__________\n"
        "¹ Naciones Unidas, Treaty Series, vols. 993 y 999, núms. 14531 y 14668.\n",
        {"UNTS/993/14531": None, "UNTS/999/14668": None},
    ),
    (
        "ru",
        GA["ru"] + "ссылаясь на пакты¹,\n\n__________\n"
        "¹ Организация Объединенных Наций, Серия договоров, тт. 993 и 999, № 14531 и 14668.\n",
        {"UNTS/993/14531": None, "UNTS/999/14668": None},
    ),
    (
        "en",
        GA["en"] + "Recalling the Conventions,1\n\n__________\n"
        "1 United Nations, Treaty Series, vols. 1015, 1974 and 2056, Nos. 14860, 33757 and 35597.\n",
        {"UNTS/1015/14860": None, "UNTS/1974/33757": None, "UNTS/2056/35597": None},
    ),
]

# … look-alikes: several volumes of one number, a range of numbers in one volume, a year or a
# page after the number (one volume: nothing paired)
PAIRED_VOLUMES_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "fr",
        GA["fr"] + "Rappelant la Convention¹,\n\n__________\n"
        "¹ Nations Unies, Recueil des Traités, vol. 1249, 2131 et 2161, n° 20378.\n",
        {"UNTS/1249/20378": None, "UNTS/2131/20378": None, "UNTS/2161/20378": None},
    ),
    (
        "es",
        GA["es"] + "Recordando los Acuerdos¹,\n\n__________\n"
        "¹ Naciones Unidas, Treaty Series, vol. 75, núms. 970 a 973.\n",
        {"UNTS/75/970": None, "UNTS/75/971": None, "UNTS/75/972": None, "UNTS/75/973": None},
    ),
    (
        "ru",
        GA["ru"] + "ссылаясь на Конвенцию¹,\n\n__________\n"
        "¹ Организация Объединенных Наций, Серия договоров, т. 2225, № 39574, 2004 год.\n",
        {"UNTS/2225/39574": None},
    ),
    (
        "fr",
        GA["fr"] + "Rappelant les Conventions¹,\n\n__________\n"
        "¹ Nations Unies, Recueil des Traités, vol. 1577, n° 27531 et vol. 999, n° 14668.\n",
        {"UNTS/1577/27531": None, "UNTS/999/14668": None},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(PAIRED_VOLUMES, PAIRED_VOLUMES_SAME))
def test_paired_volumes(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_passage(text, expected, lang=lang)


# (language, text): a regional commission named by its French or Spanish initials ("de la
# CESAP", "de la CEA", "de la CESAO"): an unresolved record that names the commission, never
# the Assembly's resolution of that number
COMMISSION_INITIALS: list[tuple[str, str, str]] = [
    ("fr", GA["fr"] + "Rappelant la résolution 74/3 de la CESAP,\n", "ESCAP"),
    ("fr", GA["fr"] + "Rappelant la résolution 940 (XLIX) de la CEA,\n", "ECA"),
    ("fr", GA["fr"] + "Rappelant la résolution 33/2 de la CESAO,\n", "ESCWA"),
    ("fr", GA["fr"] + "Rappelant la résolution 71/8 de la CEPALC,\n", "ECLAC"),
    ("es", GA["es"] + "Recordando la resolución 65/4 de la CEPE,\n", "ECE"),
]


@pytest.mark.parametrize(("lang", "text", "body"), by_language(COMMISSION_INITIALS))
def test_commission_initials(lang: str, text: str, body: str) -> None:
    res = extract_text(text, lang=lang)
    assert [c.target for c in res.citations] == [None], res.citations
    assert body in (res.citations[0].reason or ""), res.citations[0].reason


# … look-alikes: initials read already (Spanish "CEPAL"); the Assembly's own resolution beside
# initials that stand for something else ("le rapport du CEA")
COMMISSION_INITIALS_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "fr",
        GA["fr"] + "Rappelant le rapport du CEA sur l'énergie et sa résolution 70/1,\n",
        {"A/RES/70/1": None},
    ),
    (
        "es",
        GA["es"] + "Recordando la resolución 65/4 de la CEPAL y su resolución 70/1,\n",
        {"A/RES/70/1": None},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(COMMISSION_INITIALS_SAME))
def test_commission_initials_same(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_passage(text, expected, lang=lang)


# (language, text, targets): the refugee Convention named with its year inside the title, as UN
# texts in French, Spanish and Russian write it ("la Convention de 1951 relative au statut des
# réfugiés", "Конвенция 1951 года о статусе беженцев")
YEAR_IN_TITLE: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "fr",
        GA["fr"] + "Rappelant la Convention de 1951 relative au statut des réfugiés et le Protocole de 1967 "
        "s'y rapportant,\n",
        {"UNTS/189/2545": None},
    ),
    (
        "es",
        GA["es"]
        + "Recordando la Convención de 1951 sobre el Estatuto de los Refugiados y su Protocolo de 1967,\n",
        {"UNTS/189/2545": None, "UNTS/606/8791": None},  # (its Protocol: protocols.csv, left40)
    ),
    (
        "ru",
        GA["ru"] + "ссылаясь на Конвенцию 1951 года о статусе беженцев и Протокол к ней 1967 года,\n",
        {"UNTS/189/2545": None, "UNTS/606/8791": None},  # (its Protocol: protocols.csv, left40)
    ),
]

# … look-alikes: the title with its year after it; the Protocol by its own title
YEAR_IN_TITLE_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "fr",
        GA["fr"] + "Rappelant la Convention relative au statut des réfugiés de 1951 et le Protocole relatif "
        "au statut des réfugiés,\n",
        {"UNTS/189/2545": None, "UNTS/606/8791": None},
    ),
    (
        "ru",
        GA["ru"] + "ссылаясь на Конвенцию о статусе беженцев 1951 года,\n",
        {"UNTS/189/2545": None},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(YEAR_IN_TITLE, YEAR_IN_TITLE_SAME))
def test_year_in_title(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_passage(text, expected, lang=lang)


# (language, text, targets with their dates): the actor of an adoption named before the noun, a
# Russian "в ее резолюции" (her: the Assembly's, not the citing Council's), the noun without a
# possessive, the date of the adoption beside the actor's name
ADOPTED_BY_ACTOR: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "ru",
        HRC["ru"] + "ссылаясь на Конвенцию, принятую Генеральной Ассамблеей в ее резолюции 61/106,\n",
        {"A/RES/61/106": None},
    ),
    (
        "ru",
        HRC["ru"]
        + "ссылаясь на Конвенцию, принятую 13 декабря 2006 года Генеральной Ассамблеей в резолюции 61/106,\n",
        {"A/RES/61/106": "2006-12-13"},
    ),
    (
        "ru",
        HRC["ru"] + "ссылаясь на Конвенцию, принятую Генеральной Ассамблеей 13 декабря 2006 года "
        "в ее резолюции 61/106,\n",
        {"A/RES/61/106": "2006-12-13"},
    ),
    (
        "fr",
        HRC["fr"] + "Rappelant la Convention, adoptée par l'Assemblée générale le 13 décembre 2006 dans sa "
        "résolution 61/106,\n",
        {"A/RES/61/106": "2006-12-13"},
    ),
    (
        "fr",
        HRC["fr"] + "Rappelant la Convention, adoptée le 13 décembre 2006 par l'Assemblée générale dans sa "
        "résolution 61/106,\n",
        {"A/RES/61/106": "2006-12-13"},
    ),
    (
        "es",
        HRC["es"]
        + "Recordando la Convención, aprobada por la Asamblea General el 13 de diciembre de 2006 en su "
        "resolución 61/106,\n",
        {"A/RES/61/106": "2006-12-13"},
    ),
    (
        "en",
        "The Human Rights Council,\n\nRecalling the Convention, adopted on 13 December 2006 by the General "
        "Assembly in its resolution 61/106,\n",
        {"A/RES/61/106": "2006-12-13"},
    ),
]

# … look-alikes: the date of an earlier text in the clause is not the adoption's; the citing
# body's own "свою"; a body named with a date before a text of the citing body; the date after
# the number
ADOPTED_BY_ACTOR_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "fr",
        HRC["fr"]
        + "Rappelant sa résolution 48/13 du 8 octobre 2021 et la Convention, adoptée par l'Assemblée "
        "générale dans sa résolution 61/106,\n",
        {"A/HRC/RES/48/13": "2021-10-08", "A/RES/61/106": None},
    ),
    (
        "ru",
        HRC["ru"] + "отмечая доклад Генеральной Ассамблее от 5 мая 2021 года и свою резолюцию 48/13,\n",
        {"A/HRC/RES/48/13": None},
    ),
    (
        "es",
        HRC["es"]
        + "Recordando su resolución 48/13, de 8 de octubre de 2021, y la Convención, aprobada por la "
        "Asamblea General en su resolución 61/106,\n",
        {"A/HRC/RES/48/13": "2021-10-08", "A/RES/61/106": None},
    ),
    (
        "fr",
        HRC["fr"] + "Rappelant la Convention, adoptée par l'Assemblée générale dans sa résolution 61/106 du "
        "13 décembre 2006,\n",
        {"A/RES/61/106": "2006-12-13"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(ADOPTED_BY_ACTOR, ADOPTED_BY_ACTOR_SAME))
def test_adopted_by_actor(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_passage(text, expected, lang=lang)
