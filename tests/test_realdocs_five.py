"""Forms met reading real public UN documents (issue 7, fifth pass: files and passages in
English, Spanish and Russian of kinds not tried before), each written for these tests in UN
style (numbers, dates, topics and wording invented): reports of the Secretary-General on the
regional commissions, reports of executive boards to the Economic and Social Council."""

from __future__ import annotations

import pytest

from passages import assert_passage
from rescite.engine.extract import extract_text
from rescite.read import text_of
from test_formats import pdf_of_streams, pdf_string

_GA_HEAD = (
    "United Nations A/80/91-E/2026/40\nGeneral Assembly Economic and Social Council Distr.: General\n\n"
)
_E_HEAD = "United Nations E/2026/9\nEconomic and Social Council Distr.: General\n\n"

# A body outside the series of ids.md named as the subject, the mention in a clause set off by
# commas right after it ("The Economic Commission for Africa, in resolution 1002 (LVII), …"),
# or by its short name ("ECA resolution 991 (LIV)"): never bound to the Assembly or ECOSOC.
# (text, the targets found: None for a mention kept unresolved)
OTHER_BODIES: list[tuple[str, str, list[str | None]]] = [
    (
        "en",
        _GA_HEAD + "1. The Economic Commission for Africa, in resolution 1002 (LVII), asked for a "
        "regional review; Economic and Social Council resolution 2025/6 is recalled.\n",
        [None, "E/RES/2025/6"],
    ),
    (
        "en",
        _GA_HEAD + "2. The Economic and Social Commission for Western Asia, by resolution 351 (XXXIII), "
        "set up a committee on water.\n",
        [None],
    ),
    (
        "en",
        _GA_HEAD + "3. ECA resolution 991 (LIV) and General Assembly resolution 79/190 apply.\n",
        [None, "A/RES/79/190"],
    ),
    ("es", _GA_HEAD + "5. La CESPAP, en su resolución 79/3, aprobó la hoja de ruta.\n", [None]),
    (
        "es",
        _GA_HEAD + "5. La Comisión Económica para África, en la resolución 1002 (LVII), pidió un examen.\n",
        [None],
    ),
    (
        "es",
        _GA_HEAD
        + "5. La Comisión Económica y Social para Asia Occidental, mediante la resolución 351 (XXXIII), "
        "creó un comité.\n",
        [None],
    ),
    (
        "ru",
        _GA_HEAD + "6. Резолюция ЭКА 991 (LIV) и резолюция 79/190 Генеральной Ассамблеи.\n",
        [None, "A/RES/79/190"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "targets"), OTHER_BODIES)
def test_another_bodys_text_is_not_the_assemblys(lang: str, text: str, targets: list[str | None]) -> None:
    res = extract_text(text, lang=lang)
    assert [c.target for c in res.citations] == targets
    assert all(c.reason for c in res.citations if c.target is None)


# The Economic and Social Council numbers its decisions from 101 (bodies.csv): in the Council's
# own documents too, a low decision number of year shape ("the Board adopted decision 2025/9") is
# another body's, kept unresolved; the Council's own ("decision 2025/215") and a named one stay.
LOW_DECISIONS: list[tuple[str, str, list[str | None]]] = [
    (
        "en",
        _E_HEAD
        + "Report of the Executive Board of the United Nations Children's Fund on its work in 2032\n\n"
        "1. At its annual session, the Board adopted decision 2025/9, following up decision 2024/4.\n"
        "2. The Council recalls its decision 2025/215 and its resolution 2025/8.\n",
        [None, None, "E/DEC/2025/215", "E/RES/2025/8"],
    ),
    (
        "es",
        "Naciones Unidas E/2026/9\nConsejo Económico y Social Distr. general\n\n"
        "1. En su período de sesiones anual, la Junta aprobó la decisión 2025/9.\n"
        "2. El Consejo recuerda su decisión 2025/215.\n",
        [None, "E/DEC/2025/215"],
    ),
    (
        "ru",
        "Организация Объединенных Наций E/2026/9\nЭкономический и Социальный Совет Distr.: General\n\n"
        "1. Доклад представлен в соответствии с решением 2025/9.\n"
        "2. Совет ссылается на свое решение 2025/215 и решение 2024/7 Экономического и Социального Совета.\n",
        [None, "E/DEC/2025/215", "E/DEC/2024/7"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "targets"), LOW_DECISIONS)
def test_a_low_decision_number_in_a_council_document(lang: str, text: str, targets: list[str | None]) -> None:
    res = extract_text(text, lang=lang)
    assert [c.target for c in res.citations] == targets


_E_REGIONAL = {
    "en": "United Nations E/2026/15/Add.1\nEconomic and Social Council Distr.: General\n\n"
    "B. Economic Commission for Africa\n\n",
    "es": "Naciones Unidas E/2026/15/Add.1\nConsejo Económico y Social Distr. general\n\n"
    "B. Comisión Económica para África\n\n",
    "ru": "Организация Объединенных Наций E/2026/15/Add.1\nЭкономический и Социальный Совет\n\n"
    "B. Экономическая комиссия для Африки\n\n",
}

# A short name as the subject of the clause ("the Commission adopted resolutions …") under the
# heading of a body outside the series: that body's texts, not the citing Council's
GENERIC_SUBJECT: list[tuple[str, str, list[str | None]]] = [
    ("en", "12. The Commission adopted resolutions 1007 (LVIII) and 1008 (LVIII).\n", [None, None]),
    (
        "es",
        "12. En su 58º período de sesiones, la Comisión aprobó las resoluciones "
        "1007 (LVIII) y 1008 (LVIII).\n",
        [None, None],
    ),
    ("ru", "12. Комиссия приняла резолюции 1007 (LVIII) и 1008 (LVIII).\n", [None, None]),
]


@pytest.mark.parametrize(("lang", "clause", "targets"), GENERIC_SUBJECT)
def test_a_short_name_as_subject(lang: str, clause: str, targets: list[str | None]) -> None:
    res = extract_text(_E_REGIONAL[lang] + clause, lang=lang)
    assert [c.target for c in res.citations] == targets
    assert all(c.reason for c in res.citations if c.target is None)


def test_the_councils_own_short_name_keeps_its_texts() -> None:
    res = extract_text(_E_REGIONAL["en"] + "13. The Council adopted resolution 2025/19.\n")
    assert [c.target for c in res.citations] == ["E/RES/2025/19"]


# A paragraph set in capitals is read in lower case with the bodies' names as written: a short
# name found inside a word ("ECA" in "RECALLING") is no name, and the verb stays whole
CAPITALS: list[tuple[str, str, str]] = [
    (
        "THE GENERAL ASSEMBLY,\n\nRECALLING ITS RESOLUTION 75/218 OF 21 DECEMBER 2020,",
        "RECALLING",
        "A/RES/75/218",
    ),
    (
        "THE ECONOMIC AND SOCIAL COUNCIL,\n\nRECALLING ITS RESOLUTION 2019/12 AND ECA RESOLUTION 980 (LII),",
        "RECALLING",
        "E/RES/2019/12",
    ),
]


@pytest.mark.parametrize(("text", "verb", "target"), CAPITALS)
def test_a_name_inside_a_word_in_capitals(text: str, verb: str, target: str) -> None:
    res = extract_text(text)
    assert [(c.target, c.verb) for c in res.citations if c.target] == [(target, verb)]


_ECA_REPORT = {
    "en": "United Nations E/2026/37\nEconomic and Social Council Distr.: General\n\n"
    "Economic Commission for Africa\nReport on the fifty-eighth session\n\nAnnex\n\n",
    "es": "Naciones Unidas E/2026/37\nConsejo Económico y Social Distr. general\n\n"
    "Comisión Económica para África\nInforme sobre el 58º período de sesiones\n\nAnexo\n\n",
    "ru": "Организация Объединенных Наций E/2026/37\nЭкономический и Социальный Совет\n\n"
    "Экономическая комиссия для Африки\nДоклад о работе пятьдесят восьмой сессии\n\nПриложение\n\n",
}

# A table of resolutions whose heading names its body only by the short name ("Resolutions
# adopted by the Commission at its fifty-eighth session") in a report of a regional commission
# to the Council: the commission's texts, not the Council's
TABLE_SHORT_NAME: list[tuple[str, str]] = [
    (
        "en",
        "Resolutions adopted by the Commission at its fifty-eighth session\n\n"
        "Resolution | Title | Date\n1021 (LVIII) | Trade and industry | 14 May 2026\n"
        "1022 (LVIII) | Data for development | 14 May 2026\n",
    ),
    (
        "es",
        "Resoluciones aprobadas por la Comisión en su 58º período de sesiones\n\n"
        "Resolución | Título\n1021 (LVIII) | Comercio e industria\n1022 (LVIII) | Datos para el desarrollo\n",
    ),
    (
        "ru",
        "Резолюции, принятые Комиссией на ее пятьдесят восьмой сессии\n\n"
        "Резолюция | Название\n1021 (LVIII) | Торговля и промышленность\n1022 (LVIII) | Данные\n",
    ),
]


@pytest.mark.parametrize(("lang", "table"), TABLE_SHORT_NAME)
def test_a_table_headed_by_a_short_name(lang: str, table: str) -> None:
    res = extract_text(_ECA_REPORT[lang] + table, lang=lang)
    assert len(res.citations) == 2
    assert all(c.target is None and c.reason for c in res.citations)


def test_a_table_headed_by_a_short_name_in_a_pdf_file() -> None:
    # the annex of such a report as a PDF file, the table's cells placed apart on a landscape page
    def at(x: int, y: int, s: str) -> bytes:
        return b"BT /F1 10 Tf %d %d Td " % (x, y) + pdf_string(s) + b" Tj ET\n"

    first = at(50, 800, "United Nations E/2026/37") + at(
        50, 786, "Economic and Social Council Distr.: General"
    )
    first += at(50, 760, "Economic Commission for Africa") + at(
        50, 740, "1. The annex lists the resolutions."
    )
    rows = [("1021 (LVIII)", "Trade and industry"), ("1022 (LVIII)", "Data for development")]
    annex = at(40, 560, "Annex") + at(
        40, 540, "Resolutions adopted by the Commission at its fifty-eighth session"
    )
    annex += at(40, 520, "Resolution") + at(160, 520, "Title") + at(600, 520, "Date")
    for k, (number, title) in enumerate(rows):
        annex += (
            at(40, 505 - 15 * k, number) + at(160, 505 - 15 * k, title) + at(600, 505 - 15 * k, "14 May 2026")
        )
    res = extract_text(text_of(pdf_of_streams([first, annex]), "annex.pdf"))
    assert res.document.source_id == "E/2026/37"
    assert [c.target for c in res.citations] == [None, None]


def test_a_table_headed_by_the_councils_own_short_name_keeps_its_texts() -> None:
    text = (
        "United Nations E/2026/40\nEconomic and Social Council Distr.: General\n\n"
        "Resolutions adopted by the Council at its 2026 session\n\nResolution | Title\n"
        "2026/3 | Statistics\n2026/4 | Housing\n"
    )
    assert [c.target for c in extract_text(text).citations] == ["E/RES/2026/3", "E/RES/2026/4"]


# A law-library copy of an old resolution: the heading line gives the number, then the title in
# quotes ("Resolution 3071 (XXVIII) "…""), the adoption note under it: the text's own id, not a
# citation of itself
QUOTED_TITLE: list[tuple[str, str]] = [
    (
        "en",
        'Resolution 3071 (XXVIII) "Question of the peaceful uses of the sea-bed"\n'
        "(Adopted on 3 December 1973 at the 2190th plenary meeting)\n\n"
        "The General Assembly,\nRecalling its resolution 2881 (XXVI) of 21 December 1971,\n",
    ),
    (
        "ru",
        "Резолюция 3071 (XXVIII) «О мирном использовании морского дна»\n"
        "(Принята 03.12.73 на 2190-ом пленарном заседании Генеральной Ассамблеи ООН)\n\n"
        "Генеральная Ассамблея,\nссылаясь на свою резолюцию 2881 (XXVI) от 21 декабря 1971 года,\n",
    ),
    (
        "es",
        'Resolución 3071 (XXVIII) "Cuestión de la utilización del fondo marino con fines pacíficos"\n\n'
        "La Asamblea General,\nRecordando su resolución 2881 (XXVI), de 21 de diciembre de 1971,\n",
    ),
]


@pytest.mark.parametrize(("lang", "text"), QUOTED_TITLE)
def test_a_heading_with_its_title_in_quotes(lang: str, text: str) -> None:
    res = extract_text(text, lang=lang)
    assert res.document.source_id == "A/RES/3071(XXVIII)"
    assert {(c.target, c.date) for c in res.citations} == {("A/RES/2881(XXVI)", "1971-12-21")}


# The World Food Programme numbers a document's parts by a letter and the letter's own number
# ("…/8-A/1/Rev.1"): the whole is the symbol, as the masthead of its Executive Board papers
# gives it and as a text cites it; a joint symbol's second ("A/80/74-E/2026/56") is unchanged
WFP_SYMBOLS: list[tuple[str, str]] = [
    ("WFP/EB.2/2026/9-A/1/Rev.1", "WFP/EB.A/2025/6-B/2"),
    ("WFP/EB.A/2026/7-C/1", "WFP/EB.1/2025/5-A/1/Corr.1"),
]


@pytest.mark.parametrize(("own", "cited"), WFP_SYMBOLS)
def test_a_programme_document_part_by_letter_and_number(own: str, cited: str) -> None:
    text = (
        f"World Food Programme\nExecutive Board\nSecond regular session\n\nDistribution: General\n{own}\n"
        f"Operational matters\n\n1. The plan follows {cited} and General Assembly resolution 79/226.\n"
    )
    res = extract_text(text)
    assert res.document.source_id == own
    assert {c.target for c in res.citations} == {cited, "A/RES/79/226"}


# Russian letters its parts with Cyrillic letters that look like the Latin ones: "М", "Т", "К",
# "Р" and "Х" too, each keeping its date, and the list going on after it
RU_LETTERS: list[tuple[str, dict[str, str | None]]] = [
    (
        "ссылаясь на свои резолюции 49/77 В от 15 декабря 1994 года, "
        "51/45 М от 10 декабря 1996 года и 37/99 С,",
        {"A/RES/49/77B": "1994-12-15", "A/RES/51/45M": "1996-12-10", "A/RES/37/99C": None},
    ),
    ("ссылаясь на свои резолюции 52/38 Т и 53/77 К,", {"A/RES/52/38T": None, "A/RES/53/77K": None}),
    ("ссылаясь на свою резолюцию 46/36 Р от 6 декабря 1991 года,", {"A/RES/46/36P": "1991-12-06"}),
    ("ссылаясь на свою резолюцию 45/58 Х,", {"A/RES/45/58X": None}),
]


@pytest.mark.parametrize(("clause", "expected"), RU_LETTERS)
def test_ru_part_letters_in_cyrillic(clause: str, expected: dict[str, str | None]) -> None:
    assert_passage("Генеральная Ассамблея,\n\n" + clause + "\n", expected, lang="ru")


# A list of presidential statements, each with its date before its bracket: the middle items,
# after the bracket and comma of the item before, are dated too
PRST_DATES: list[tuple[str, str]] = [
    (
        "en",
        "Recalling the statements by its President of 14 November 2002 (S/PRST/2002/32), "
        "19 January 2006 (S/PRST/2006/3), 2 May 2008 (S/PRST/2008/14) and 9 June 2011 (S/PRST/2011/12),",
    ),
    (
        "es",
        "Recordando las declaraciones de su Presidencia de 14 de noviembre de 2002 (S/PRST/2002/32), "
        "19 de enero de 2006 (S/PRST/2006/3), 2 de mayo de 2008 (S/PRST/2008/14) y 9 de junio de 2011 "
        "(S/PRST/2011/12),",
    ),
    (
        "ru",
        "ссылаясь на заявления своего Председателя от 14 ноября 2002 года (S/PRST/2002/32), "
        "19 января 2006 года (S/PRST/2006/3), 2 мая 2008 года (S/PRST/2008/14) и 9 июня 2011 года "
        "(S/PRST/2011/12),",
    ),
]


@pytest.mark.parametrize(("lang", "clause"), PRST_DATES)
def test_each_statement_of_a_list_keeps_its_date(lang: str, clause: str) -> None:
    expected: dict[str, str | None] = {
        "S/PRST/2002/32": "2002-11-14",
        "S/PRST/2006/3": "2006-01-19",
        "S/PRST/2008/14": "2008-05-02",
        "S/PRST/2011/12": "2011-06-09",
    }
    assert_passage(clause + "\n", expected, lang=lang)
