"""Forms met reading real public UN documents (issue 7, fifth pass: files and passages in
English, Spanish and Russian of kinds not tried before), each written for these tests in UN
style (numbers, dates, topics and wording invented): reports of the Secretary-General on the
regional commissions, reports of executive boards to the Economic and Social Council."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

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
