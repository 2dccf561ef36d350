"""Look-alikes of session twenty-one's and twenty-five's new rules (adversarial session
twenty-seven): passages a careful reader reads otherwise than the new rules first did. Each row
failed before its fix; the look-alike rows beside them hold what must not change. The passages are
invented for these tests (numbers, dates, topics and wording changed)."""

from __future__ import annotations

import pytest

from passages import GA, GaRow, by_language, ga_targets
from rescite.engine.extract import extract_text

# one noun shared by two bodies, the numbers not in their order: a number its body in turn could
# not have adopted (the Council has no seventieth session) leaves the order; each number is the
# last body's that could have adopted it, as with not one number for each body
_SHARED_OUT_OF_TURN: list[GaRow] = [
    (
        "en",
        "Recalling General Assembly and Human Rights Council resolutions 33/4 and 72/8,",
        {"A/HRC/RES/33/4", "A/RES/72/8"},
    ),
    (
        "fr",
        "Rappelant les résolutions de l'Assemblée générale et du Conseil des droits de l'homme 33/4 et 72/8,",
        {"A/HRC/RES/33/4", "A/RES/72/8"},
    ),
    (
        "es",
        "Recordando las resoluciones de la Asamblea General y del Consejo de Derechos Humanos 33/4 y 72/8,",
        {"A/HRC/RES/33/4", "A/RES/72/8"},
    ),
    (
        "ru",
        "ссылаясь на резолюции Генеральной Ассамблеи и Совета по правам человека 33/4 и 72/8,",
        {"A/HRC/RES/33/4", "A/RES/72/8"},
    ),
    ("zh", "回顾大会和人权理事会第33/4和72/8号决议，", {"A/HRC/RES/33/4", "A/RES/72/8"}),
    (
        "ar",
        "وإذ تشير إلى قراري الجمعية العامة ومجلس حقوق الإنسان 33/4 و 72/8،",
        {"A/HRC/RES/33/4", "A/RES/72/8"},
    ),
]
_SHARED_SAME: list[GaRow] = [
    (
        "en",
        "Recalling General Assembly and Human Rights Council resolutions 72/8 and 33/4,",
        {"A/RES/72/8", "A/HRC/RES/33/4"},
    ),
    (
        "en",
        "Recalling General Assembly and Security Council resolutions 72/8, 73/2 and 2419 (2018),",
        {"A/RES/72/8", "A/RES/73/2", "S/RES/2419(2018)"},
    ),
    (
        "en",
        "Recalling General Assembly and Security Council resolutions 2419 (2018) and 72/8,",
        {"A/RES/72/8", "S/RES/2419(2018)"},
    ),
    (
        "fr",
        "Rappelant les résolutions du Conseil de sécurité et de l'Assemblée générale 72/8 et 2419 (2018),",
        {"A/RES/72/8", "S/RES/2419(2018)"},
    ),
    (
        "en",
        "Recalling Economic and Social Council and General Assembly resolutions 72/8 and 2018/4,",
        {"A/RES/72/8", "E/RES/2018/4"},
    ),
]


@pytest.mark.parametrize(("lang", "para", "targets"), by_language(_SHARED_OUT_OF_TURN, _SHARED_SAME))
def test_shared_noun_out_of_turn(lang: str, para: str, targets: set[str]) -> None:
    assert ga_targets(lang, para) == targets


#: a record as (target, reason)
_Why = tuple[str | None, str | None]


def _open(n: int, years: str) -> _Why:
    return (None, f"Security Council resolution {n} without its year (its number leaves {years} open)")


# (language, paragraph, its records as (target, reason)): a Council number whose year the numbering
# leaves open takes a year written with the same number elsewhere only where that number is read as
# a text's: not a paragraph's, a page's or a volume's number with a year in brackets after it
_COUNCIL_YEAR_NOT_A_TEXT: list[tuple[str, str, list[_Why]]] = [
    (
        "en",
        "Recalling Security Council resolution No. 1310, and paragraph 1310 (2000) of the compilation,",
        [_open(1310, "1999 or 2000")],
    ),
    (
        "fr",
        "Rappelant la résolution du Conseil de sécurité no 1307 et le paragraphe 1307 (2000) du recueil,",
        [_open(1307, "1999 or 2000")],
    ),
    (
        "es",
        "Recordando la resolución del Consejo de Seguridad n.º 1307 y el párrafo 1307 (2000) del anuario,",
        [_open(1307, "1999 or 2000")],
    ),
    (
        "ru",
        "ссылаясь на резолюцию Совета Безопасности № 1309 и на пункт 1309 (2000) сборника,",
        [_open(1309, "1999 or 2000")],
    ),
    (
        "en",
        "Recalling Security Council resolution No. 1309 and page 1309 (2000) of the Yearbook,",
        [_open(1309, "1999 or 2000")],
    ),
]
_COUNCIL_YEAR_SAME: list[tuple[str, str, list[_Why]]] = [
    (
        "en",
        "Recalling resolution 1309 (2000) and Security Council resolution No. 1309,",
        [("S/RES/1309(2000)", None), ("S/RES/1309(2000)", None)],
    ),
    (
        "ru",
        "ссылаясь на резолюцию Совета Безопасности № 1310 и на резолюции 1309 (2000) и 1310 (2000),",
        [("S/RES/1310(2000)", None), ("S/RES/1309(2000)", None), ("S/RES/1310(2000)", None)],
    ),
]


@pytest.mark.parametrize(
    ("lang", "para", "records"), by_language(_COUNCIL_YEAR_NOT_A_TEXT, _COUNCIL_YEAR_SAME)
)
def test_council_year_from_a_text_only(lang: str, para: str, records: list[_Why]) -> None:
    assert [(c.target, c.reason) for c in extract_text(GA[lang] + para).citations] == records


# -- tables: a row inside the table whose first cell names decisions but holds a date is no header
# row (it names no column): the rows under it stay the table's resolutions
# (row id, heading above the table, header row, the dated row, a row's vote cell)
_TABLE_DATED_ROWS = [
    (
        "english",
        "I. Texts adopted by the Human Rights Council at its sixty-first session",
        "Resolution | Title | Date of adoption | Vote",
        "Decision of 4 April 2026 on the order of voting | | |",
        "Adopted without a vote",
    ),
    (
        "english, date in another cell",
        "I. Texts adopted by the Human Rights Council at its sixty-first session",
        "Resolution | Title | Date of adoption | Vote",
        "Decision on the order of voting | 4 April 2026 | |",
        "Adopted without a vote",
    ),
    (
        "french",
        "I. Textes adoptés par le Conseil des droits de l'homme à sa soixante et unième session",
        "Résolution | Titre | Date d'adoption | Vote",
        "Décision du 4 avril 2026 sur l'ordre du vote | | |",
        "Adoptée sans vote",
    ),
    (
        "spanish",
        "I. Textos aprobados por el Consejo de Derechos Humanos en su 61er período de sesiones",
        "Resolución | Título | Fecha de aprobación | Votación",
        "Decisión del 4 de abril de 2026 sobre el orden de votación | | |",
        "Aprobada sin votación",
    ),
    (
        "russian",
        "I. Тексты, принятые Советом по правам человека на его шестьдесят первой сессии",
        "Резолюция | Название | Дата принятия | Голосование",
        "Решение от 4 апреля 2026 года о порядке голосования | | |",
        "Принята без голосования",
    ),
]
_TABLE_DATED_SAME = [
    (
        "english, a header row",
        "I. Texts adopted by the Human Rights Council at its sixty-first session",
        "Resolution | Title | Date of adoption | Vote",
        "Decision | Title | Date of adoption | Vote",
        "Adopted without a vote",
    ),
]


def _table(heading: str, header: str, inside: str, vote: str) -> list[str]:
    rows = [
        header,
        f"61/1 | Right to clean water | 3 April 2026 | {vote}",
        inside,
        f"61/2 | Rights of rural women | 4 April 2026 | {vote}",
    ]
    text = f"A/HRC/61/2\n\n{heading}\n\n" + "\n".join(rows) + "\n"
    return sorted(str(c.target) for c in extract_text(text).citations)


@pytest.mark.parametrize(
    ("heading", "header", "inside", "vote"),
    [r[1:] for r in _TABLE_DATED_ROWS],
    ids=[r[0] for r in _TABLE_DATED_ROWS],
)
def test_a_dated_row_is_no_header_row(heading: str, header: str, inside: str, vote: str) -> None:
    assert _table(heading, header, inside, vote) == ["A/HRC/RES/61/1", "A/HRC/RES/61/2"]


@pytest.mark.parametrize(
    ("heading", "header", "inside", "vote"),
    [r[1:] for r in _TABLE_DATED_SAME],
    ids=[r[0] for r in _TABLE_DATED_SAME],
)
def test_a_header_row_still_names_decisions(heading: str, header: str, inside: str, vote: str) -> None:
    assert _table(heading, header, inside, vote) == ["A/HRC/DEC/61/2", "A/HRC/RES/61/1"]


# -- a browser's print of a page: a line of the text that opens with a date and a time, not at a
# page's edge (neither the text's first line nor beside a footer), is text, its symbols cited
_PRINTED = (
    "12/9/25, 4:17 PM 80/75. Protection of coastal fishers\n"
    "United Nations\nA/RES/80/75\nGeneral Assembly\nDistr.: General\n"
    "Resolution adopted by the General Assembly on 9 December 2025\n"
    "80/75. Protection of coastal fishers\nThe General Assembly,\n"
    "Recalling its resolution 78/199 of 19 December 2023,\n{line}\n"
    "Also recalling its resolution 79/12,\n"
    "12/9/25, 4:17 PM 80/75. Protection of coastal fishers\n"
    "https://undocs.org/en/A/80/L.41 1/2\n"
    "12/9/25, 4:17 PM 80/75. Protection of coastal fishers\n"
    "Noting the work of the Committee on Fisheries,\n"
    "https://undocs.org/en/A/80/L.41 2/2\n"
)
# (row id, the line, the symbol it cites)
_TIMED_LINES = [
    (
        "english",
        "9/12/25, 10:00 AM The Second Committee adopted draft resolution A/C.2/80/L.41,",
        "A/C.2/80/L.41",
    ),
    ("french", "09/12/2025, 10:00 La Deuxième Commission a adopté le projet A/C.2/80/L.41,", "A/C.2/80/L.41"),
    ("spanish", "9/12/25, 10:00 La Segunda Comisión aprobó el proyecto A/C.2/80/L.43,", "A/C.2/80/L.43"),
    ("russian", "09.12.2025, 10:00 Второй комитет принял проект A/C.2/80/L.44,", "A/C.2/80/L.44"),
]


@pytest.mark.parametrize(("line", "symbol"), [r[1:] for r in _TIMED_LINES], ids=[r[0] for r in _TIMED_LINES])
def test_a_timed_line_of_the_text_is_text(line: str, symbol: str) -> None:
    res = extract_text(_PRINTED.format(line=line))
    assert res.document.source_id == "A/RES/80/75"
    assert sorted(str(c.target) for c in res.citations) == sorted([symbol, "A/RES/78/199", "A/RES/79/12"])


# a treaty body's symbol of combined reports with a corrigendum or a revision after it: one
# document, not the first report's symbol alone
_COMBINED_CORRECTED: list[GaRow] = [
    (
        "en",
        "Welcoming the concluding observations of the Committee (CRC/C/PRT/CO/6-10/Corr.1),",
        {"CRC/C/PRT/CO/6-10/Corr.1"},
    ),
    (
        "fr",
        "Prenant note des rapports périodiques (CEDAW/C/BEN/6-9/Rev.1 et CEDAW/C/BEN/Q/6-9),",
        {"CEDAW/C/BEN/6-9/Rev.1", "CEDAW/C/BEN/Q/6-9"},
    ),
    (
        "es",
        "Tomando nota de las observaciones finales (CERD/C/PER/CO/22-25/Rev.1/Corr.1),",
        {"CERD/C/PER/CO/22-25/Rev.1/Corr.1"},
    ),
    (
        "ru",
        "принимая к сведению заключительные замечания (CRC/C/KGZ/CO/5-6/Corr.1),",
        {"CRC/C/KGZ/CO/5-6/Corr.1"},
    ),
    ("zh", "注意到结论性意见(CEDAW/C/MNG/CO/8-10/Corr.1)，", {"CEDAW/C/MNG/CO/8-10/Corr.1"}),
    ("ar", "وإذ تحيط علما بالملاحظات الختامية (CRC/C/JOR/CO/6-7/Corr.1)،", {"CRC/C/JOR/CO/6-7/Corr.1"}),
]
_COMBINED_CORRECTED_SAME: list[GaRow] = [
    ("en", "Welcoming the concluding observations (CRC/C/PRT/CO/6/Corr.1),", {"CRC/C/PRT/CO/6/Corr.1"}),
    ("en", "Welcoming the concluding observations (CRC/C/PRT/CO/6-10/Add.1),", {"CRC/C/PRT/CO/6-10/Add.1"}),
    (
        "en",
        "Recalling the summary records A/C.3/62/SR.4-6,",
        {"A/C.3/62/SR.4", "A/C.3/62/SR.5", "A/C.3/62/SR.6"},
    ),
]


@pytest.mark.parametrize(
    ("lang", "para", "targets"), by_language(_COMBINED_CORRECTED, _COMBINED_CORRECTED_SAME)
)
def test_combined_reports_corrected(lang: str, para: str, targets: set[str]) -> None:
    assert ga_targets(lang, para) == targets


# a commission's or council's short name after more determiners that point back ("of that same",
# "de cette même", "de esa misma", "этой же", "اللجنة ذاتها"): the body named before, as "of that
# Commission" is (it gave the Assembly's A/RES/61/2, or, in Arabic, no record)
_POINTING_BACK: list[GaRow] = [
    (
        "en",
        "Recalling resolution 60/2 of the Commission on Narcotic Drugs and resolution 61/2 of that same "
        "Commission,",
        {"E/CN.7/RES/60/2", "E/CN.7/RES/61/2"},
    ),
    (
        "en",
        "Recalling resolution 59/4 of the Commission on the Status of Women and resolution 60/1 of the said "
        "Commission,",
        {"E/CN.6/RES/59/4", "E/CN.6/RES/60/1"},
    ),
    (
        "fr",
        "Rappelant la résolution 60/2 de la Commission des stupéfiants et la résolution 61/2 de cette même "
        "Commission,",
        {"E/CN.7/RES/60/2", "E/CN.7/RES/61/2"},
    ),
    (
        "fr",
        "Rappelant la résolution 46/7 du Conseil des droits de l'homme et la résolution 48/9 de ce même "
        "Conseil,",
        {"A/HRC/RES/46/7", "A/HRC/RES/48/9"},
    ),
    (
        "es",
        "Recordando la resolución 60/2 de la Comisión de Estupefacientes y la resolución 61/2 de esa misma "
        "Comisión,",
        {"E/CN.7/RES/60/2", "E/CN.7/RES/61/2"},
    ),
    (
        "es",
        "Recordando la resolución 32/1 de la Comisión de Prevención del Delito y Justicia Penal y la "
        "resolución 33/2 de esta misma Comisión,",
        {"E/CN.15/RES/32/1", "E/CN.15/RES/33/2"},
    ),
    (
        "ru",
        "ссылаясь на резолюцию 60/2 Комиссии по наркотическим средствам и резолюцию 61/2 этой же Комиссии,",
        {"E/CN.7/RES/60/2", "E/CN.7/RES/61/2"},
    ),
    (
        "ru",
        "ссылаясь на резолюцию 46/7 Совета по правам человека и резолюцию 48/9 этого же Совета,",
        {"A/HRC/RES/46/7", "A/HRC/RES/48/9"},
    ),
    (
        "ar",
        "وإذ تشير إلى قرار لجنة المخدرات 60/2 وقرار اللجنة ذاتها 61/2،",
        {"E/CN.7/RES/60/2", "E/CN.7/RES/61/2"},
    ),
    (
        "ar",
        "وإذ تشير إلى قرار لجنة المخدرات 60/2 وقرار هذه اللجنة 61/2،",
        {"E/CN.7/RES/60/2", "E/CN.7/RES/61/2"},
    ),
]
_POINTING_BACK_SAME: list[GaRow] = [
    # a determiner before a text's noun, not a body's name: no body
    (
        "en",
        "Recalling resolution 60/2 of the Commission on Narcotic Drugs and paragraph 3 of that same "
        "resolution,",
        {"E/CN.7/RES/60/2"},
    ),
    (
        "fr",
        "Rappelant la résolution 60/2 de la Commission des stupéfiants et le paragraphe 3 de cette même "
        "résolution,",
        {"E/CN.7/RES/60/2"},
    ),
    (
        "es",
        "Recordando la resolución 60/2 de la Comisión de Estupefacientes y el párrafo 3 de esa misma "
        "resolución,",
        {"E/CN.7/RES/60/2"},
    ),
    (
        "ru",
        "ссылаясь на резолюцию 60/2 Комиссии по наркотическим средствам и пункт 3 этой же резолюции,",
        {"E/CN.7/RES/60/2"},
    ),
]


@pytest.mark.parametrize(("lang", "para", "targets"), by_language(_POINTING_BACK, _POINTING_BACK_SAME))
def test_more_determiners_point_back(lang: str, para: str, targets: set[str]) -> None:
    assert ga_targets(lang, para) == targets
