"""Decisions and resolutions of bodies outside the series of ids.md (executive boards,
regional commissions, specialized agencies, governing councils) are never bound to the
General Assembly or ECOSOC: not when the body is named in the document's heading, in its
masthead symbol, or earlier in the sentence as the subject of the clause.

Every passage is written for these tests in the style of UN documents."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

# (name, text, own id, every target found)
CASES = [
    (
        "board named in the heading only",
        "United Nations Children's Fund\nExecutive Board\nAnnual session 2027\n\n"
        "Annual report of the Executive Director\n\n"
        "1. As asked in decision 2026/9, the report follows decision 2025/3 and General Assembly "
        "resolution 80/226.\n",
        None,
        ["A/RES/80/226"],
    ),
    (
        "board name broken over heading lines (French)",
        "Conseil d'administration du Programme des Nations Unies pour le\ndéveloppement, du Fonds des "
        "Nations Unies pour la population et du Bureau des\nNations Unies pour les services d'appui aux "
        "projets\nSession annuelle de 2027\n\nRapport de l'Administrateur\n\n"
        "1. En application de la décision 2026/15, le rapport rappelle la décision 2025/1 et la "
        "résolution 80/226 de l'Assemblée générale.\n",
        None,
        ["A/RES/80/226"],
    ),
    (
        "heading name in the first cell of a masthead line",
        "EXECUTIVE BOARD  EB160/4\n160th session  12 January 2027\n\n"
        "1. In decision 158/3 the Board asked for a plan, which decision 159/1 approved.\n"
        "2. General Assembly resolution 79/3 is recalled.\n",
        None,
        ["A/RES/79/3"],
    ),
    (
        "regional commission: symbol of an unlisted series, name in the heading",
        " United Nations  ESCAP/83/9\n\nEconomic and Social Council  Distr.: General\n2 March 2027\n"
        "Economic and Social Commission for Asia and the Pacific\nEighty-third session\n\n"
        "Implementation of resolutions\n\n"
        "1. In its resolution 81/3 the Commission asked for a review, and in resolution 82/1 it acted.\n"
        "2. Economic and Social Council resolution 2026/5 applies.\n",
        "ESCAP/83/9",
        ["E/RES/2026/5"],
    ),
    (
        "masthead symbol of a programme beside its name",
        "World Food Programme  WFP/EB.1/2027/5-B\n\nExecutive Board\nFirst regular session\n"
        "Distribution: General\n\nAnnual performance plan\n\n"
        "1. Decision 2026/3 approved the plan; General Assembly resolution 80/226 is recalled.\n",
        "WFP/EB.1/2027/5-B",
        ["A/RES/80/226"],
    ),
    (
        "Chinese masthead printed letter-spaced",
        " 联 合 国  DP/2027/10 \n开发计划署、人口基金和项目署执行局 \nDistr.: General \n\n"
        " 1. 执行局在第2026/15号决定中请求提交报告，并回顾大会第80/226号决议。 \n",
        "DP/2027/10",
        ["A/RES/80/226"],
    ),
    (
        "subject of the clause (English)",
        "United Nations\nA/82/210\n\nGeneral Assembly\nDistr.: General\n\nReport of the Secretary-General\n\n"
        "1. The World Health Assembly adopted resolution 78/2, and the Executive Board of UNICEF "
        "adopted decision 2026/12.\n"
        "2. The Assembly, in its resolution 79/150, requested the present report.\n",
        "A/82/210",
        ["A/RES/79/150"],
    ),
    (
        "subject of the clause with a clause set off by commas",
        "United Nations\nE/2027/7\n\nEconomic and Social Council\n\n"
        "1. The Executive Board of UN-Women, at its annual session, adopted decision 2026/4.\n"
        "2. The Council recalls its resolution 2026/10.\n",
        "E/2027/7",
        ["E/RES/2026/10"],
    ),
    (
        "subject of the clause (French)",
        "Nations Unies\nA/82/210\n\nAssemblée générale\n\nRapport du Secrétaire général\n\n"
        "1. L'Assemblée mondiale de la Santé a adopté la résolution 78/2 ; le Conseil "
        "d'administration de l'UNICEF a adopté la décision 2026/12.\n"
        "2. L'Assemblée générale, dans sa résolution 79/150, a demandé le présent rapport.\n",
        "A/82/210",
        ["A/RES/79/150"],
    ),
    (
        "a body named and then a list word: the number is not the body's",
        "United Nations\nA/82/211\n\nGeneral Assembly\n\n"
        "1. The report reviews the work of the World Health Assembly and resolution 79/1.\n",
        "A/82/211",
        ["A/RES/79/1"],
    ),
    (
        "a body named in another sentence: the number is not the body's",
        "United Nations\nA/82/212\n\nGeneral Assembly\n\n"
        "1. The World Health Assembly met in May. Resolution 79/1 was recalled there.\n",
        "A/82/212",
        ["A/RES/79/1"],
    ),
]


@pytest.mark.parametrize(("name", "text", "own", "targets"), CASES, ids=[c[0] for c in CASES])
def test_bodies_outside_the_series(name: str, text: str, own: str | None, targets: list[str]) -> None:
    res = extract_text(text)
    assert res.document.source_id == own
    assert sorted({c.target for c in res.citations if c.target}) == sorted(targets)
    assert not any(
        c.target and c.target.startswith(("E/DEC/", "A/DEC/")) for c in res.citations
    )  # no executive board decision bound to ECOSOC or the Assembly


def test_the_subject_rule_explains_itself() -> None:
    text = "United Nations\nA/82/210\n\nGeneral Assembly\n\n"
    text += "1. The World Health Assembly adopted resolution 78/2.\n"
    (cite,) = extract_text(text).citations
    assert cite.target is None and cite.kind == "unresolved"
    assert "subject of the clause: WHA" in (cite.reason or "")


def test_a_body_of_the_series_named_as_subject_keeps_its_rules() -> None:
    # the rule is for bodies without an id scheme: the Assembly's own numbers stay its own
    text = (
        "United Nations\nA/82/213\n\nGeneral Assembly\n\n1. The General Assembly adopted resolution 79/5.\n"
    )
    assert [c.target for c in extract_text(text).citations] == ["A/RES/79/5"]


def test_a_numbered_paragraph_about_a_body_is_not_the_adopting_body_line() -> None:
    text = (
        "United Nations\nE/2027/8\n\nEconomic and Social Council\n\n"
        "1. The Executive Board of UN-Women, at its annual session, adopted decision 2026/4.\n"
        "2. The Council recalls its resolution 2026/10.\n"
    )
    res = extract_text(text)
    assert res.document.body == "E"
    assert [c.target for c in res.citations] == [None, "E/RES/2026/10"]


def test_a_board_adopts_decisions_its_documents_cite_other_bodies_resolutions() -> None:
    text = (
        "United Nations\nDP/2027/4\n\nExecutive Board of the United Nations Development Programme, the "
        "United Nations Population Fund and the United Nations Office for Project Services\n\n"
        "1. In line with resolution 79/226 and Council resolution 2024/15, and with its decision 2026/3, "
        "the Board approved the plan.\n"
    )
    got = [(c.target, c.kind) for c in extract_text(text).citations]
    assert got == [("A/RES/79/226", "resolution"), ("E/RES/2024/15", "resolution"), (None, "unresolved")]


def test_a_low_decision_number_of_year_shape_is_not_the_councils_by_default() -> None:
    # ECOSOC numbers its decisions from 101 (bodies.csv): "decision 2026/3" in a document of an
    # unknown series is an executive board's; the Council's own are kept, and so is a named one
    text = (
        "United Nations\nHSP/EB.2027/4\n\nThird session of 2027\n\n"
        "1. By decision 2026/3 the Board asked for a report, as did Economic and Social Council "
        "decision 2026/5 and decision 2025/231.\n"
    )
    got = [(c.target, c.kind) for c in extract_text(text).citations]
    assert got == [(None, "unresolved"), ("E/DEC/2026/5", "decision"), ("E/DEC/2025/231", "decision")]


def test_a_text_without_an_id_in_a_compilation_stands_in_the_file() -> None:
    text = (
        "United Nations\nE/2027/24\n\nEconomic and Social Council\n\nStatistical Commission\n"
        "Report on the fifty-eighth session\n\n"
        "Decision 58/101\nData and indicators\n\nThe Statistical Commission\n\n"
        "(a) Recalled General Assembly resolution 71/313;\n\n"
        "Decision 58/102\nPopulation censuses\n\nThe Statistical Commission\n\n"
        "(a) Recalled Economic and Social Council resolution 2015/10;\n"
    )
    res = extract_text(text)
    assert [p.part for p in res.parts] == ["Decision 58/101", "Decision 58/102"]
    assert {p.source_id for p in res.parts} == {"E/2027/24"}
    assert [(c.target, c.source_id, c.part) for c in res.citations if c.target] == [
        ("A/RES/71/313", "E/2027/24", "Decision 58/101"),
        ("E/RES/2015/10", "E/2027/24", "Decision 58/102"),
    ]
