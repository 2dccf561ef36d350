"""Forms of real documents that gave no id or a wrong one (issue 7):

- the Human Rights Council's President's statements by their short symbol or number ("paragraph
  3 (b) of President's statement PRST/8/1", "déclaration du Président PRST/8/1", "declaración de
  la Presidencia PRST/8/1", "заявления Председателя PRST/8/1", "主席声明PRST/8/1"): the
  document A/HRC/PRST/8/1, in the Council's own text or with the Council named; elsewhere an
  unresolved mention (the Security Council's statements are S/PRST/<year>/<n>);
- a report's cover whose supplement's number is not its symbol's last ("Supplement No. 7
  (E/2031/27)", the Economic and Social Council's numbering), its lines perhaps run onto one with
  the imprint ("… Supplement No. 7 (E/2031/27-E/CN.6/2031/15) United Nations • New York, 2031"):
  the symbol in the bracket is the report's own id;
- a heading's number above the adopting body's line that stands without its comma ("The
  Economic and Social Council" then a new paragraph): the heading's own id, as with the comma;
- a special element that takes its number after a stop, typed without it ("A/C.3/79/L."): no
  symbol cut short ("A/79/L") is read; with a slash after its stop ("A/79/L./75") the symbol whole
  (pass real47d).

The passages are invented for these tests."""

from __future__ import annotations

import pytest

from passages import GA, HRC, SC, by_tables, targets_of
from rescite.engine.extract import extract_text

# (language, passage, its distinct targets; "" for an unresolved mention)
Row = tuple[str, str, set[str]]

_STATEMENTS: list[Row] = [
    (
        "en",
        HRC["en"] + "Acting in compliance with paragraph 3 (b) of President's statement PRST/8/1 on "
        "modalities and practices for the universal periodic review process, of 9 April 2008,",
        {"A/HRC/PRST/8/1"},
    ),
    ("en", HRC["en"] + "Recalling President\u2019s statement 9/2 of 24 September 2008,", {"A/HRC/PRST/9/2"}),
    (
        "en",
        GA["en"] + "Taking note of President's statement PRST/21/3 of the Human Rights Council,",
        {"A/HRC/PRST/21/3"},
    ),
    ("en", GA["en"] + "Taking note of President's statement PRST/21/3 on the review,", {""}),
    (
        "fr",
        HRC["fr"] + "Agissant conformément au paragraphe 3 b) de la déclaration du Président PRST/8/1 "
        "relative aux modalités et pratiques de la procédure de l'Examen,",
        {"A/HRC/PRST/8/1"},
    ),
    (
        "es",
        HRC["es"] + "Actuando de conformidad con el párrafo 3 b) de la declaración de la Presidencia "
        "PRST/8/1, relativa a las modalidades y prácticas del proceso de examen,",
        {"A/HRC/PRST/8/1"},
    ),
    (
        "es",
        HRC["es"] + "Recordando la declaración de la Presidencia 17/1 sobre el seguimiento,",
        {"A/HRC/PRST/17/1"},
    ),
    (
        "ru",
        HRC["ru"] + "действуя в соответствии с пунктом 3 b) заявления Председателя PRST/8/1 о "
        "формах и практике процесса обзора,",
        {"A/HRC/PRST/8/1"},
    ),
    # the noun's other cases (instrumental, dative, genitive plural)
    (
        "ru",
        HRC["ru"] + "руководствуясь заявлением Председателя PRST/9/2 от 24 сентября 2030 года,",
        {"A/HRC/PRST/9/2"},
    ),
    ("ru", HRC["ru"] + "согласно заявлению Председателя 17/1 о последующих мерах,", {"A/HRC/PRST/17/1"}),
    (
        "ru",
        HRC["ru"] + "ссылаясь на положения заявлений Председателя 8/1 и 9/2,",
        {"A/HRC/PRST/8/1", "A/HRC/PRST/9/2"},
    ),
    ("zh", HRC["zh"] + "按照主席声明PRST/8/1第3段(b)项，", {"A/HRC/PRST/8/1"}),
    (
        "ar",
        HRC["ar"] + "وإذ يتصرف وفقاً للفقرة 3 (ب) من البيان الرئاسي PRST/8/1 بشأن طرائق الاستعراض،",
        {"A/HRC/PRST/8/1"},
    ),
]
_STATEMENTS_SAME: list[Row] = [
    (
        "en",
        SC["en"] + "Recalling the statement by its President of 8 March 2016 (S/PRST/2016/3),",
        {"S/PRST/2016/3"},
    ),
    ("en", SC["en"] + "Recalling the presidential statement 2015/9,", {"S/PRST/2015/9"}),
    ("en", HRC["en"] + "Recalling the statement A/HRC/PRST/8/1 of 9 April 2008,", {"A/HRC/PRST/8/1"}),
    ("en", HRC["en"] + "Recalling the text in document PRST/8/1,", set()),
    ("en", HRC["en"] + "Recalling its resolution 5/1 and the annex PRST/8/1,", {"A/HRC/RES/5/1"}),
]

# (language, the file's first lines, its own id)
Own = tuple[str, str, str | None]

_COVERS: list[Own] = [
    (
        "en",
        "Commission on the Status of Women\n\nReport on the sixty-fifth session (12-23 March 2031)\n\n"
        "Economic and Social Council\nOfficial Records, 2031, Supplement No. 7 (E/2031/27-E/CN.6/2031/15) "
        "United Nations \u2022 New York, 2031\n\nThe Commission recalled its resolution 60/2.\n",
        "E/2031/27",
    ),
    (
        "en",
        "Economic and Social Council\nOfficial Records, 2031\nSupplement No. 7 (E/2031/27)\n\n"
        "The Commission recalled its resolution 60/2.\n",
        "E/2031/27",
    ),
    (
        "fr",
        "Conseil économique et social\nDocuments officiels, 2031, Supplément no 7 (E/2031/27-E/CN.6/2031/15) "
        "Nations Unies \u2022 New York, 2031\n\nLa Commission a rappelé sa résolution 60/2.\n",
        "E/2031/27",
    ),
    (
        "es",
        "Consejo Económico y Social\nDocumentos Oficiales, 2031, Suplemento núm. 7 (E/2031/27) "
        "Naciones Unidas \u2022 Nueva York, 2031\n\nLa Comisión recordó su resolución 60/2.\n",
        "E/2031/27",
    ),
    (
        "ru",
        "Экономический и Социальный Совет\nОфициальные отчеты, 2031 год, Дополнение № 7 (E/2031/27) "
        "Организация Объединенных Наций \u2022 Нью-Йорк, 2031\n\nКомиссия сослалась на резолюцию 60/2.\n",
        "E/2031/27",
    ),
    (
        "zh",
        "经济及社会理事会\n正式记录，2031年，补编第7号(E/2031/27) 联合国 \u2022 2031年，纽约\n\n"
        "委员会回顾其第60/2号决议。\n",
        "E/2031/27",
    ),
    (
        "ar",
        "المجلس الاقتصادي والاجتماعي\nالوثائق الرسمية، 2031، الملحق رقم 7 (E/2031/27) الأمم المتحدة \u2022 "
        "نيويورك، 2031\n\nأشارت اللجنة إلى قرارها 60/2.\n",
        "E/2031/27",
    ),
]
_COVERS_SAME: list[Own] = [
    (
        "en",
        "See Official Records, 2031, Supplement No. 7 (E/2031/27) United Nations, 2031.\n\n"
        "The Commission recalled its resolution 60/2.\n",
        None,
    ),
    (
        "en",
        "The Commission noted that its report (Official Records, 2031, Supplement No. 7 (E/2031/27)) "
        "was issued late.\n",
        None,
    ),
    (
        "en",
        "General Assembly\nOfficial Records\nSeventy-ninth Session\nSupplement No. 53 (A/79/53)\n\n"
        "The Council recalled its resolution 50/2.\n",
        "A/79/53",
    ),
]

_HEADINGS: list[Own] = [
    (
        "en",
        "1958/671(XXV)A. Narcotic drugs\n\nThe Economic and Social Council\n\n"
        "1. Requests the Secretary-General to report to it;\n",
        "E/RES/671A(XXV)",
    ),
    (
        "en",
        "79/12. Promoting sustainable tourism\n\nThe General Assembly\n\nRecalling its resolution 70/1,\n",
        "A/RES/79/12",
    ),
    (
        "fr",
        "1958/671(XXV)A. Stupéfiants\n\nLe Conseil économique et social\n\n"
        "1. Prie le Secrétaire général de lui faire rapport;\n",
        "E/RES/671A(XXV)",
    ),
    (
        "es",
        "79/12. Promoción del turismo sostenible\n\nLa Asamblea General\n\nRecordando su resolución 70/1,\n",
        "A/RES/79/12",
    ),
]
_HEADINGS_SAME: list[Own] = [
    (
        "en",
        "2031/12. Promoting sustainable tourism\n\nThe Economic and Social Council\n\n"
        "Recalling its resolution 2030/1,\n",
        "E/RES/2031/12",
    ),
    (
        "en",
        "79/12. Promoting sustainable tourism\n\nThe General Assembly,\n\nRecalling its resolution 70/1,\n",
        "A/RES/79/12",
    ),
]

_TRUNCATED: list[Row] = [
    # (the slash after the element's dot typed by mistake: the symbol whole, real47d)
    ("en", GA["en"] + "Taking note of the draft resolution (A/79/L./75),", {"A/79/L.75"}),
    ("en", GA["en"] + "Taking note of draft resolutions A/C.3/79/L. and A/79/L.75,", {"A/79/L.75"}),
    ("fr", GA["fr"] + "Prenant note du projet de résolution A/HRC/55/L./12,", {"A/HRC/55/L.12"}),
]
_TRUNCATED_SAME: list[Row] = [
    ("en", GA["en"] + "Taking note of the draft resolution A/79/L.75.", {"A/79/L.75"}),
    (
        "en",
        GA["en"] + "Taking note of the draft resolution A/54/L.81/Rev., as orally revised,",
        {"A/54/L.81"},
    ),
    ("en", GA["en"] + "Recalling the record of the meeting (S/PV.9000).", {"S/PV.9000"}),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    by_tables(
        statements=(_STATEMENTS, _STATEMENTS_SAME),
        truncated=(_TRUNCATED, _TRUNCATED_SAME),
    ),
)
def test_targets(lang: str, text: str, expected: set[str]) -> None:
    assert targets_of(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "own"),
    by_tables(covers=(_COVERS, _COVERS_SAME), headings=(_HEADINGS, _HEADINGS_SAME)),
)
def test_own_id(lang: str, text: str, own: str | None) -> None:
    assert extract_text(text, lang=lang).document.source_id == own
