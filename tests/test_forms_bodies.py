"""Bodies outside the General Assembly, Council and commission series, and decisions numbered
with their conference's code — table-driven, passages written for these tests in UN style.

A body known from ``bodies.csv`` without an id scheme keeps its numbers unresolved (with the
reason), never bound to the General Assembly or ECOSOC; a conference code ("1/CP.21") names
its body and session.
"""

from __future__ import annotations

import pytest

from passages import by_language
from rescite.engine.extract import extract_text
from rescite.ids import resolution_id

CODED: list[tuple[str, str, list[str]]] = [
    (
        "en",
        "Recalling decision 1/CP.21 and paragraph 21 thereof, and decisions 5/CMA.2 and 9/CMA.5,",
        ["FCCC/CP/DEC/21/1", "FCCC/PA/CMA/DEC/2/5", "FCCC/PA/CMA/DEC/5/9"],
    ),
    # as typed in negotiating drafts
    (
        "en",
        "as per decision 5.CMA/2, annex, and decisions 9/CMA,5, 3/CMA 5 and 12/CMA1, and decision 4/CMP.7,",
        [
            "FCCC/PA/CMA/DEC/2/5",
            "FCCC/PA/CMA/DEC/5/9",
            "FCCC/PA/CMA/DEC/5/3",
            "FCCC/PA/CMA/DEC/1/12",
            "FCCC/KP/CMP/DEC/7/4",
        ],
    ),
    (
        "fr",
        "Rappelant la décision 1/CP.21 et les décisions 5/CMA.2 et 12/CMA.1,",
        ["FCCC/CP/DEC/21/1", "FCCC/PA/CMA/DEC/2/5", "FCCC/PA/CMA/DEC/1/12"],
    ),
    (
        "es",
        "Recordando la decisión 1/CP.21 y la decisión 9/CMA.5, anexo II,",
        ["FCCC/CP/DEC/21/1", "FCCC/PA/CMA/DEC/5/9"],
    ),
    # a draft's placeholder number is no decision
    ("en", "Draft decision -/CMA.6 on matters relating to cooperative approaches", []),
]


@pytest.mark.parametrize(("lang", "text", "targets"), by_language(CODED))
def test_coded_decisions(lang: str, text: str, targets: list[str]) -> None:
    res = extract_text(text, lang=lang)
    assert res.targets() == targets
    assert res.unresolved == 0


def test_coded_decision_keeps_pinpoint_before() -> None:
    res = extract_text("in accordance with paragraph 36 of decision 1/CP.21, Parties shall report")
    (c,) = res.citations
    assert (c.target, c.pinpoint, c.kind) == ("FCCC/CP/DEC/21/1", "paragraph 36", "decision")


OUTSIDE: list[tuple[str, str, str]] = [
    ("en", "Recalling Executive Board decision 2017/3 on the integrated resources plan,", "EB"),
    ("en", "Recalling UNICEF Executive Board decision 2019/12,", "E/ICEF"),
    ("en", "Recalling World Health Assembly resolution 58/3 of 25 May 2005,", "WHA"),
    (
        "en",
        "Recalling decision 22/4 of the Governing Council of the United Nations Environment Programme,",
        "UNEP/GC",
    ),
    (
        "en",
        "Recalling resolution 560 (XXVI) of the Economic Commission for Latin America and the Caribbean,",
        "LC",
    ),
    ("en", "Recalling Statistical Commission decision 49/101,", "E/CN.3"),
    ("fr", "Rappelant la décision 2019/12 du Conseil d'administration de l'UNICEF,", "E/ICEF"),
    ("fr", "Rappelant la résolution 58/3 de l'Assemblée mondiale de la Santé,", "WHA"),
    (
        "es",
        "Recordando la resolución 560 (XXVI) de la Comisión Económica para América Latina y el Caribe,",
        "LC",
    ),
    ("es", "Recordando la decisión 2017/3 de la Junta Ejecutiva,", "EB"),
]


@pytest.mark.parametrize(("lang", "text", "body"), by_language(OUTSIDE))
def test_bodies_outside_the_series_stay_unresolved(lang: str, text: str, body: str) -> None:
    res = extract_text(text, lang=lang)
    assert res.targets() == [], "never bound to the General Assembly or ECOSOC by default"
    (c,) = res.citations
    assert c.kind == "unresolved" and c.body == body
    assert c.reason and "no id scheme" in c.reason


def test_a_text_of_an_outside_body_keeps_its_own_numbers_unresolved() -> None:
    text = (
        "The Executive Board,\n\nRecalling its decision 2016/7 on the strategic plan,\n\n"
        "Recalling also General Assembly resolution 75/233 and "
        "Economic and Social Council resolution 2020/23,"
    )
    res = extract_text(text)
    assert res.targets() == ["A/RES/75/233", "E/RES/2020/23"]
    assert [c.text for c in res.citations if c.target is None] == ["2016/7"]


def test_environment_assembly_id_scheme() -> None:
    res = extract_text("Recalling resolution 5/2 of the United Nations Environment Assembly,")
    assert res.targets() == ["UNEP/EA.5/RES.2"]
    assert (
        resolution_id("UNEP/EA", "RES", "4/11", scheme="{series}.{session}/{KIND}.{n}") == "UNEP/EA.4/RES.11"
    )
