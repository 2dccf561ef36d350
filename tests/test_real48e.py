"""Forms met reading UN texts as third-party sites copy them, in the six languages (issue 7, pass
48e: ECOSOC's resolutions on the Commission for Social Development in an archive's pages, the
Assembly's outer space texts from the Office's pages, the Fifth Committee's budget texts in vLex's
and studylib's Spanish copies, its draft resolutions and annotated agendas in the Arabic bitexts,
Russian legal databases' copies of the Assembly's UNCTAD texts and of the Headquarters Agreement,
the Council's President's statements in Chinese from Wikisource's and a library's copies, French
press releases of the Council), each written for these tests in UN style (numbers, dates and
wording invented where the rule does not depend on them):

- the principal organs' names with a small letter where the Organization writes a capital, as
  Russian legal databases, the press and Spanish copies write them ("резолюция 2811 (XXVI)
  Генеральной ассамблеи от 3 декабря 1971 года", "резолюцией Генеральной ассамблеи ООН 58/214",
  "Экономического и социального совета ООН", "Совета по правам человека ООН", es "del Consejo de
  seguridad de la ONU", "del Consejo de derechos humanos de las Naciones Unidas", "de la Asamblea
  general de las Naciones Unidas"; ru.toml and es.toml ``bodies``): the body's number, dated (the
  date was lost, the Assembly's number after its name missed, the Human Rights Council's number
  unresolved); the Assembly's small-letter name alone, as those copies write it, and the others only
  with the Organization's name after them (alone, a State's council); another organisation's
  assembly after the name is that organisation's ("Генеральной ассамблеи ВОИС": was the Assembly's
  number);
- an adjective set after its noun, before the number ("la resolución conexa 49/233 B, de 31 de marzo
  de 1995", "sus resoluciones pertinentes 55/2 …", fr "la résolution connexe …", "ses résolutions
  antérieures 61/16 …", ar "قراراتها ذات الصلة 61/16 …", "والقرار ذي الصلة …"; es, fr and ar
  ``grammar.qualifiers_after``): the numbers, dated (were missed); a noun's letters ending another
  word ("res" of "anteriores", "antérieures", "posteriores") no longer hide the noun before it (the
  numbers were missed); other words before a number stay no noun of a text;
- a symbol whose lettered element a copy sets apart from its number by a blank, glued to the
  Chinese word before it ("委员会收到了E/CONF. 63/4号文件", normalise ``_SERIES_BEFORE``): the symbol
  whole (was missed, as it was read with a blank before it); another organisation's symbol so
  written ("AG/RES. 2976") stays none;
- the name of the collection or library a copy's page puts after the title of a statement by the
  Council's President, told by its year and number ("联合国安理会主席声明2019年第5号 中华文库",
  "… - 维基文库，自由的图书馆"; zh.toml new ``grammar.site_names``): the statement itself, its
  page's links to the statements before and after it no citations (the title was cited, with the
  links, and the text had no own id); other words after the title leave it cited as before.
"""

from __future__ import annotations

import pytest

from passages import GA, assert_dates, by_tables, dates_of
from rescite.engine.extract import extract_text

# (language, passage, each target with its date alone, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]

_SMALL_LETTER: list[Row] = [
    (
        "ru",
        "с изменениями, внесенными Резолюцией 2811 (XXVI)\nГенеральной ассамблеи от 3 декабря 1971 года,\n",
        {"A/RES/2811(XXVI)": "1971-12-03"},
    ),
    (
        "ru",
        "Фонд учрежден резолюцией Генеральной ассамблеи ООН 58/214 от 23 декабря 2003 года.",
        {"A/RES/58/214": "2003-12-23"},
    ),
    (
        "ru",
        "Порядок определен резолюцией 2003/27 Экономического и социального совета ООН от 22 июля 2003 года.",
        {"E/RES/2003/27": "2003-07-22"},
    ),
    (
        "ru",
        "Мандат продлен резолюцией 9/12 Совета по правам человека ООН от 24 сентября 2008 года.",
        {"A/HRC/RES/9/12": "2008-09-24"},
    ),
    (
        "ru",
        "Доклад подготовлен во исполнение резолюции 45/2 Генеральной ассамблеи ВОИС от 5 октября 2013 года.",
        {"": None},
    ),
    (
        "es",
        "El mecanismo se creó en virtud de la resolución 1612 (2005) del Consejo de seguridad de la ONU, "
        "de 26 de julio de 2005.",
        {"S/RES/1612(2005)": "2005-07-26"},
    ),
    (
        "es",
        "El mandato figura en la resolución 7/29 del Consejo de derechos humanos de las Naciones Unidas, "
        "de 28 de marzo de 2008.",
        {"A/HRC/RES/7/29": "2008-03-28"},
    ),
    (
        "es",
        "El Fondo se rige por la resolución 58/214 de la Asamblea general de las Naciones Unidas, de 23 de "
        "diciembre de 2003.",
        {"A/RES/58/214": "2003-12-23"},
    ),
    (
        "es",
        "Véase la resolución 2003/27 del Consejo económico y social de la ONU, de 22 de julio de 2003.",
        {"E/RES/2003/27": "2003-07-22"},
    ),
]

# (… a council's small-letter name alone, another organisation's assembly: as before)
_SMALL_LETTER_AS_BEFORE: list[Row] = [
    (
        "ru",
        "Порядок определен резолюцией 2003/27 Экономического и социального совета Франции "
        "от 22 июля 2003 года.",
        {"E/RES/2003/27": None},
    ),
    (
        "ru",
        "Принята резолюция 2004/9 Генеральной ассамблеи Организации американских государств "
        "от 8 июня 2004 года.",
        {"": "2004-06-08"},
    ),
    (
        "es",
        "La resolución 12/3 del Consejo de derechos humanos del municipio, de 4 de mayo de 2018, "
        "sigue vigente.",
        {"": None},
    ),
]

_AFTER_NOUN: list[Row] = [
    (
        "es",
        GA["es"] + "Recordando su resolución 49/233 A, de 23 de diciembre de 1994, y la resolución conexa "
        "49/233 B,\nde 31 de marzo de 1995,\n",
        {"A/RES/49/233A": "1994-12-23", "A/RES/49/233B": "1995-03-31"},
    ),
    (
        "es",
        GA["es"] + "Recordando sus resoluciones pertinentes 55/2, de 8 de septiembre de 2000, y 57/144,\n",
        {"A/RES/55/2": "2000-09-08", "A/RES/57/144": None},
    ),
    (
        "es",
        GA["es"] + "Reafirmando sus resoluciones anteriores 61/16 y 63/311,\n",
        {"A/RES/61/16": None, "A/RES/63/311": None},
    ),
    (
        "fr",
        GA["fr"] + "Rappelant sa résolution 49/233 A du 23 décembre 1994 et la résolution connexe 49/233 B "
        "du 31 mars 1995,\n",
        {"A/RES/49/233A": "1994-12-23", "A/RES/49/233B": "1995-03-31"},
    ),
    (
        "fr",
        GA["fr"] + "Rappelant ses résolutions antérieures 61/16 du 20 novembre 2006 et 63/311,\n",
        {"A/RES/61/16": "2006-11-20", "A/RES/63/311": None},
    ),
    (
        "ar",
        GA["ar"] + "وإذ تشير إلى قراراتها ذات الصلة 61/16 المؤرخ 20 تشرين الثاني/نوفمبر 2006 و 63/311،\n",
        {"A/RES/61/16": "2006-11-20", "A/RES/63/311": None},
    ),
    (
        "ar",
        GA["ar"] + "وإذ تشير إلى قرارها 49/233 ألف المؤرخ 23 كانون الأول/ديسمبر 1994 والقرار ذي الصلة "
        "49/233 باء المؤرخ 31 آذار/مارس 1995،\n",
        {"A/RES/49/233A": "1994-12-23", "A/RES/49/233B": "1995-03-31"},
    ),
]

# (… the adjective after another noun, or a noun's letters ending a word far from the number: as before)
_AFTER_NOUN_AS_BEFORE: list[Row] = [
    ("es", "Las medidas anteriores 2019/20 se financiaron con cargo al presupuesto ordinario.", {}),
    ("fr", "Les mesures antérieures 2019/20 ont été financées par le budget ordinaire.", {}),
    (
        "es",
        "La resolución se aprobó sin votación y los trámites posteriores 2019/20 siguen abiertos.",
        {},
    ),
]

_SPACED_GLUED: list[Row] = [
    (
        "zh",
        "委员会收到了E/CONF. 63/4号文件和A/AC. 96/1120号文件。",
        {"E/CONF.63/4": None, "A/AC.96/1120": None},
    ),
    ("ar", "ونظرت اللجنة في الوثيقةA/CONF. 171/13 المتعلقة بالمؤتمر.", {"A/CONF.171/13": None}),
]

# (… another organisation's symbol: as before)
_SPACED_GLUED_AS_BEFORE: list[Row] = [
    ("zh", "该组织大会通过了AG/RES. 2976号决议。", {}),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    by_tables(
        small_letter=(_SMALL_LETTER, _SMALL_LETTER_AS_BEFORE),
        after_noun=(_AFTER_NOUN, _AFTER_NOUN_AS_BEFORE),
        spaced_glued=(_SPACED_GLUED, _SPACED_GLUED_AS_BEFORE),
    ),
)
def test_found(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_dates(dates_of(text, lang, unresolved=""), expected, exact=True)


# (language, passage, the text's own id, the targets cited)
OwnRow = tuple[str, str, str | None, set[str]]

_SITE_NAME: list[OwnRow] = [
    (
        "zh",
        "联合国安理会主席声明2019年第5号 中华文库\n← | 联合国安理会主席声明2019年第4号 | "
        "联合国安理会主席声明2019年第5号 S/PRST/2019/5 |\n联合国安理会主席声明2019年第6号 |\n|\n"
        "安全理事会主席在2019年5月7日安全理事会第8521次会议上,代表安理会发表声明如下:\n"
        "“安全理事会回顾其第2427(2018)号决议。”\n",
        "S/PRST/2019/5",
        {"S/RES/2427(2018)"},
    ),
    (
        "zh",
        "联合国安理会主席声明2019年第5号 - 维基文库，自由的图书馆\n\n"
        "“安全理事会回顾其第2427(2018)号决议。”\n",
        "S/PRST/2019/5",
        {"S/RES/2427(2018)"},
    ),
]

# (… other words after the title: as before)
_SITE_NAME_AS_BEFORE: list[OwnRow] = [
    (
        "zh",
        "联合国安理会主席声明2019年第5号 常驻代表团的评论\n\n“安全理事会回顾其第2427(2018)号决议。”\n",
        None,
        {"S/PRST/2019/5", "S/RES/2427(2018)"},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "own", "cited"),
    by_tables(site_name=(_SITE_NAME, _SITE_NAME_AS_BEFORE)),
)
def test_own(lang: str, text: str, own: str | None, cited: set[str]) -> None:
    res = extract_text(text, lang=lang)
    assert res.document.source_id == own
    assert {str(c.target) for c in res.citations} == cited
