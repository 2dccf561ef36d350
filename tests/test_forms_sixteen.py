"""Forms the readers leave to the engine, found by passages written in UN style for these
tests (invented numbers, dates and topics): a line broken right after the opening bracket of a
Council number's year or a session ("resolution 2601 (⏎2021)"); the bracket of a budget
fascicle's symbol ("A/80/6 (Introduction)", "A/79/6 (Sect. 24)/Add.1", Spanish "(Secc. 24)");
"Dec." as a month before a year-first number ("adopted in Dec. 2019/12"); the heading number of
a text whose body has no id scheme here (an Executive Board's "Decision 2025/12", a regional
commission's "Resolution 81/3"), which is the text itself and no citation.
Each form with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from passages import GA, SC
from rescite.engine.extract import extract_text


def _targets(text: str) -> set[str]:
    return {c.target or "" for c in extract_text(text).citations}


# (language, the adopting body's line, a paragraph, the targets it gives)
_BRACKET_BREAK: list[tuple[str, str, str, set[str]]] = [
    (
        "en",
        SC["en"],
        "Recalling its resolution 2633 (\n2022) on the mission in the region,",
        {"S/RES/2633(2022)"},
    ),
    ("fr", SC["fr"], "Rappelant sa résolution 2633 (\n2022) relative à la mission,", {"S/RES/2633(2022)"}),
    ("es", SC["es"], "Recordando su resolución 2633 (\n2022) relativa a la misión,", {"S/RES/2633(2022)"}),
    ("ru", SC["ru"], "ссылаясь на свою резолюцию 2633 (\n2022) о миссии,", {"S/RES/2633(2022)"}),
    # (Chinese glues the bracket to the number, and was read already: see the look-alikes)
    ("ar", SC["ar"], "إذ يشير إلى قراره 2633 (\n2022) المتعلق بالبعثة،", {"S/RES/2633(2022)"}),
    # the last of a list, and a session in roman numerals
    (
        "en-list",
        SC["en"],
        "Recalling its resolutions 2588 (2021) and 2633 (\n2022),",
        {"S/RES/2588(2021)", "S/RES/2633(2022)"},
    ),
    (
        "en-roman",
        GA["en"],
        "Recalling its resolution 1803 (\nXVII) of 14 December 1962 on natural resources,",
        {"A/RES/1803(XVII)"},
    ),
    (
        "fr-roman",
        GA["fr"],
        "Rappelant sa résolution 1803 (\nXVII) du 14 décembre 1962 sur les ressources naturelles,",
        {"A/RES/1803(XVII)"},
    ),
]


@pytest.mark.parametrize(
    ("name", "body", "para", "expected"), _BRACKET_BREAK, ids=[r[0] for r in _BRACKET_BREAK]
)
def test_line_broken_after_the_opening_bracket(name: str, body: str, para: str, expected: set[str]) -> None:
    assert _targets(f"S/RES/2712 (2023)\n\n{body}{para}\n") == expected


# look-alikes that must not change: a bracket on the next line, a bracket that holds no year
_BRACKET_SAME: list[tuple[str, str, set[str]]] = [
    ("zh-glued", "回顾其关于该特派团的第2633(\n2022)号决议，", {"S/RES/2633(2022)"}),
    ("next-line", "Recalling its resolution 2633\n(2022) on the mission,", {"S/RES/2633(2022)"}),
    ("one-line", "Recalling its resolution 2633 (2022) on the mission,", {"S/RES/2633(2022)"}),
    ("report", "Recalling the report of the Secretary-General (\nS/2022/615),", {"S/2022/615"}),
    ("no-year", "Recalling its resolution 2633 (\nsee annex) on the mission,", set()),
]


@pytest.mark.parametrize(("name", "para", "expected"), _BRACKET_SAME, ids=[r[0] for r in _BRACKET_SAME])
def test_bracket_look_alikes(name: str, para: str, expected: set[str]) -> None:
    assert _targets(f"S/RES/2712 (2023)\n\n{SC['en']}{para}\n") == expected


# (language, a paragraph citing the budget's fascicles)
_FASCICLES: list[tuple[str, str]] = [
    (
        "en",
        "Having considered the proposed programme budget for 2026 (A/80/6 (Introduction)), the revised "
        "estimates (A/79/6 (Sect. 24)/Add.1) and part one of the budget (A/79/6 (Part I)),",
    ),
    (
        "fr",
        "Ayant examiné le projet de budget-programme pour 2026 (A/80/6 (Introduction)), les prévisions "
        "révisées (A/79/6 (Sect. 24)/Add.1) et la première partie du budget (A/79/6 (Part I)),",
    ),
    (
        "es",
        "Habiendo examinado el proyecto de presupuesto por programas para 2026 (A/80/6 (Introducción)), "
        "las estimaciones revisadas (A/79/6 (Secc. 24)/Add.1) y la primera parte (A/79/6 (Parte I)),",
    ),
    (
        "ru",
        "рассмотрев предлагаемый бюджет по программам на 2026 год (A/80/6 (Introduction)), пересмотренную "
        "смету (A/79/6 (Sect. 24)/Add.1) и первую часть бюджета (A/79/6 (Part I)),",
    ),
    (
        "zh",
        "审议了2026年拟议方案预算(A/80/6 (Introduction))、订正概算(A/79/6 (Sect. 24)/Add.1)"
        "和预算第一部分(A/79/6 (Part I))，",
    ),
    (
        "ar",
        "وقد نظرت في الميزانية البرنامجية المقترحة لعام 2026 (A/80/6 (Introduction)) والتقديرات "
        "المنقحة (A/79/6 (Sect. 24)/Add.1) والجزء الأول من الميزانية (A/79/6 (Part I))،",
    ),
]
_FASCICLE_IDS = {"A/80/6(Introduction)", "A/79/6(Sect.24)/Add.1", "A/79/6(PartI)"}


@pytest.mark.parametrize(("lang", "para"), _FASCICLES, ids=[r[0] for r in _FASCICLES])
def test_budget_fascicle_symbols(lang: str, para: str) -> None:
    assert _targets(f"A/RES/80/250\n\n{GA[lang]}{para}\n") == _FASCICLE_IDS


# look-alikes: a symbol and a year in brackets (a legal style's date), a symbol and a note in
# brackets, a fascicle's section alone
_FASCICLE_SAME: list[tuple[str, str, set[str]]] = [
    ("year", "See U.N. Doc. A/79/6 (2024) and A/79/7.", {"A/79/6", "A/79/7"}),
    ("note", "See A/79/6 (mimeographed) and A/79/7.", {"A/79/6", "A/79/7"}),
    ("section", "See A/79/6 (Sect. 3) and A/79/6 (Sect. 29A).", {"A/79/6(Sect.3)", "A/79/6(Sect.29A)"}),
]


@pytest.mark.parametrize(("name", "para", "expected"), _FASCICLE_SAME, ids=[r[0] for r in _FASCICLE_SAME])
def test_fascicle_look_alikes(name: str, para: str, expected: set[str]) -> None:
    assert _targets(f"Note\n\n{para}\n") == expected


def test_fascicle_as_own_id() -> None:
    text = "A/79/6 (Sect. 24)/Add.1\n\nRevised estimates\n\nThe estimates follow the report (A/78/7).\n"
    res = extract_text(text)
    assert (res.document.source_id, res.targets()) == ("A/79/6(Sect.24)/Add.1", ["A/78/7"])


# (name, passage, targets): "Dec." before a year-first number is the month
_MONTH_DEC: list[tuple[str, str, set[str]]] = [
    ("month", "The plan the Board adopted in Dec. 2019/12 months later was reviewed.", set()),
    ("month-no-dot", "The plan the Board adopted in Dec 2019/12 months later was reviewed.", set()),
    # look-alikes: a body or a possessive before "Dec.", a session number after it, the noun
    ("ecosoc", "See E.S.C. Dec. 2019/214 and ECOSOC Dec. 2018/207.", {"E/DEC/2019/214", "E/DEC/2018/207"}),
    ("ga", "See G.A. Dec. 53/418 and UNGA Dec 53/419.", {"A/DEC/53/418", "A/DEC/53/419"}),
    ("noun", "See Economic and Social Council decision 2019/214.", {"E/DEC/2019/214"}),
]


@pytest.mark.parametrize(("name", "para", "expected"), _MONTH_DEC, ids=[r[0] for r in _MONTH_DEC])
def test_month_abbreviation_before_a_year(name: str, para: str, expected: set[str]) -> None:
    assert _targets(f"Article\n\n{para}\n") == expected


# (language, the heading, the body's line, a paragraph citing the body's own text): a text of a
# body whose texts have no id scheme here — its heading's number is no citation
_HEADINGS: list[tuple[str, str, str, str]] = [
    ("en-eb", "Decision 2025/14", "The Executive Board,", "Recalling its decision 2023/6,"),
    ("fr-eb", "Décision 2025/14", "Le Conseil d'administration,", "Rappelant sa décision 2023/6,"),
    ("es-eb", "Decisión 2025/14", "La Junta Ejecutiva,", "Recordando su decisión 2023/6,"),
    (
        "en-escap",
        "Resolution 81/4",
        "The Economic and Social Commission for Asia and the Pacific,",
        "Recalling its resolution 79/5,",
    ),
    (
        "ru-escap",
        "Резолюция 81/4",
        "Экономическая и социальная комиссия для Азии и Тихого океана,",
        "ссылаясь на свою резолюцию 79/5,",
    ),
    ("zh-escap", "第81/4号决议", "亚洲及太平洋经济社会委员会，", "回顾其第79/5号决议，"),
    (
        "ar-escap",
        "القرار 81/4",
        "إن اللجنة الاقتصادية والاجتماعية لآسيا والمحيط الهادئ،",
        "إذ تشير إلى قرارها 79/5،",
    ),
]


@pytest.mark.parametrize(("name", "heading", "body", "para"), _HEADINGS, ids=[r[0] for r in _HEADINGS])
def test_heading_of_a_body_without_scheme(name: str, heading: str, body: str, para: str) -> None:
    text = f"{heading}\n\nRegional cooperation on inland transport\n\n{body}\n\n{para}\n"
    cited = [c.text for c in extract_text(text).citations]
    assert cited == ["2023/6" if name.endswith("eb") else "79/5"]  # the paragraph's, not the heading's


# look-alikes: a heading of a body with ids (the own id, not cited), a later line citing the
# same number (a citation)
_HEADING_SAME: list[tuple[str, str, str | None, set[str]]] = [
    (
        "ga",
        "Resolution 79/215\n\nThe General Assembly,\n\nRecalling its resolution 77/180,\n",
        "A/RES/79/215",
        {"A/RES/77/180"},
    ),
    (
        "hrc",
        "Resolution 58/3\n\nThe Human Rights Council,\n\nRecalling its resolution 55/7,\n",
        "A/HRC/RES/58/3",
        {"A/HRC/RES/55/7"},
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "own", "expected"), _HEADING_SAME, ids=[r[0] for r in _HEADING_SAME]
)
def test_heading_look_alikes(name: str, text: str, own: str | None, expected: set[str]) -> None:
    res = extract_text(text)
    assert (res.document.source_id, {c.target or "" for c in res.citations}) == (own, expected)
