"""Headings as official documents print them: in capitals ("RESOLUTION 2/5", "RÉSOLUTION
73/8 ADOPTÉE PAR L'ASSEMBLÉE GÉNÉRALE", "DECISION 30/CMP.1"), with the number between the
noun and "adopted by" ("Резолюция 73/8, принятая …"), in every language: the text's own id,
never its citation — table-driven, passages written for these tests in UN style."""

from __future__ import annotations

import pytest

from passages import by_language
from rescite.engine.extract import extract_text
from rescite.engine.parts import compilation_parts

ROWS: list[tuple[str, str, str | None, list[str]]] = [
    (
        "en",
        "RESOLUTION 4/7\n\nThe Human Rights Council,\n\nRecalling its resolution 3/2 of 8 December 2006,",
        "A/HRC/RES/4/7",
        ["A/HRC/RES/3/2"],
    ),
    (
        "en",
        "RESOLUTION 68/12 ADOPTED BY THE GENERAL ASSEMBLY ON 9 DECEMBER 2013\n\n"
        "Recalling its resolution 67/4 of 5 November 2012,",
        "A/RES/68/12",
        ["A/RES/67/4"],
    ),
    (
        "en",
        "DECISION 12/CMP.3\n\nThe Conference of the Parties serving as the meeting of the Parties to the "
        "Kyoto Protocol,\n\nRecalling decision 4/CMP.2,",
        "FCCC/KP/CMP/DEC/3/12",
        ["FCCC/KP/CMP/DEC/2/4"],
    ),
    (
        "fr",
        "RÉSOLUTION 68/12 ADOPTÉE PAR L'ASSEMBLÉE GÉNÉRALE\n\nL'Assemblée générale,\n\n"
        "Rappelant sa résolution 67/4 du 5 novembre 2012,",
        "A/RES/68/12",
        ["A/RES/67/4"],
    ),
    (
        "fr",
        "DÉCISION 4/7\n\nLe Conseil des droits de l'homme,\n\nRappelant sa résolution 3/2,",
        "A/HRC/DEC/4/7",
        ["A/HRC/RES/3/2"],
    ),
    (
        "es",
        "RESOLUCIÓN 68/12 APROBADA POR LA ASAMBLEA GENERAL\n\n"
        "Recordando su resolución 67/4, de 5 de noviembre de 2012,",
        "A/RES/68/12",
        ["A/RES/67/4"],
    ),
    (
        "ru",
        "РЕЗОЛЮЦИЯ 68/12, ПРИНЯТАЯ ГЕНЕРАЛЬНОЙ АССАМБЛЕЕЙ\n\nГенеральная Ассамблея,\n\n"
        "ссылаясь на свою резолюцию 67/4 от 5 ноября 2012 года,",
        "A/RES/68/12",
        ["A/RES/67/4"],
    ),
    (
        "ru",
        "Резолюция 68/12, принятая Генеральной Ассамблеей\n\n"
        "ссылаясь на свою резолюцию 67/4 от 5 ноября 2012 года,",
        "A/RES/68/12",
        ["A/RES/67/4"],
    ),
    (
        "ar",
        "القرار 68/12 الذي اتخذته الجمعية العامة\n\nإن الجمعية العامة،\n\nإذ تشير إلى قرارها 67/4،",
        "A/RES/68/12",
        ["A/RES/67/4"],
    ),
    ("zh", "第68/12号决议\n\n大会，\n\n回顾其2012年11月5日第67/4号决议，", "A/RES/68/12", ["A/RES/67/4"]),
    # a heading in capitals is no citation of another text, and a sentence is no heading
    (
        "en",
        "The General Assembly,\n\nRecalling the decision in its resolution 67/4 adopted by the Assembly\n"
        "on 5 November 2012,",
        None,
        ["A/RES/67/4"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "own", "targets"), by_language(ROWS))
def test_headings(lang: str, text: str, own: str | None, targets: list[str]) -> None:
    res = extract_text(text, lang=lang)
    assert res.document.source_id == own
    assert sorted(c.target for c in res.citations if c.target and c.target != own) == sorted(targets)


def test_capital_headings_split_a_compilation() -> None:
    texts = [
        "RESOLUTION 4/{n}\n\nThe Human Rights Council,\n\n"
        "Recalling its resolution 3/{n} of 8 December 2006,\n\n"
        "1. Decides to remain seized of the matter.\n\n"
    ]
    text = "".join(texts[0].format(n=n) for n in (1, 2, 3))
    parts = compilation_parts(text)
    assert [p.heading for p in parts] == ["RESOLUTION 4/1", "RESOLUTION 4/2", "RESOLUTION 4/3"]
    res = extract_text(text)
    assert {(c.source_id, c.target) for c in res.citations} == {
        (f"A/HRC/RES/4/{n}", f"A/HRC/RES/3/{n}") for n in (1, 2, 3)
    }


def test_coded_decisions_split_a_compilation() -> None:
    text = "".join(
        f"Decision {n}/CMP.3\n\nThe Conference of the Parties serving as the meeting of the Parties to the "
        f"Kyoto Protocol,\n\nRecalling decision {n}/CMP.2,\n\n1. Decides to continue.\n\n"
        for n in (1, 2)
    )
    res = extract_text(text)
    assert {(c.source_id, c.target) for c in res.citations} == {
        (f"FCCC/KP/CMP/DEC/3/{n}", f"FCCC/KP/CMP/DEC/2/{n}") for n in (1, 2)
    }


def test_chinese_heading_lines_split_a_compilation() -> None:
    text = "".join(
        f"第71/{n}号决议\n\n大会，\n\n回顾其2015年12月22日第70/{n}号决议，\n\n1. 决定继续审议这一问题。\n\n"
        for n in (1, 2, 3)
    )
    res = extract_text(text)
    # each text's heading is its own id, never a citation of the text before
    assert {(c.source_id, c.target) for c in res.citations} == {
        (f"A/RES/71/{n}", f"A/RES/70/{n}") for n in (1, 2, 3)
    }


COMPILATIONS: list[tuple[str, str, str]] = [
    (
        "ru",
        "РЕЗОЛЮЦИЯ 69/{n}\n\nГенеральная Ассамблея,\n\nссылаясь на свою резолюцию 68/{n},\n\n"
        "1. постановляет продолжить рассмотрение этого вопроса.\n\n",
        "A/RES",
    ),
    (
        "es",
        "RESOLUCIÓN 69/{n}\n\nLa Asamblea General,\n\nRecordando su resolución 68/{n},\n\n"
        "1. Decide seguir examinando la cuestión.\n\n",
        "A/RES",
    ),
    (
        "fr",
        "RÉSOLUTION 69/{n}\n\nL'Assemblée générale,\n\nRappelant sa résolution 68/{n},\n\n"
        "1. Décide de rester saisie de la question.\n\n",
        "A/RES",
    ),
    (
        "ar",
        "القرار 69/{n}\n\nإن الجمعية العامة،\n\nإذ تشير إلى قرارها 68/{n}،\n\n"
        "1 - تقرر مواصلة النظر في المسألة.\n\n",
        "A/RES",
    ),
    (
        "en",
        "DECISION 39/{n}\n\nThe Human Rights Council,\n\nRecalling its decision 38/{n},\n\n"
        "1. Decides to continue its consideration of the question.\n\n",
        "A/HRC/DEC",
    ),
]


@pytest.mark.parametrize(("lang", "form", "series"), COMPILATIONS, ids=[r[0] for r in COMPILATIONS])
def test_capital_headings_split_compilations_in_every_language(lang: str, form: str, series: str) -> None:
    text = "".join(form.format(n=n) for n in (1, 2, 3))
    res = extract_text(text, lang=lang)
    first = "39" if series == "A/HRC/DEC" else "69"
    before = "38" if series == "A/HRC/DEC" else "68"
    assert {(c.source_id, c.target) for c in res.citations} == {
        (f"{series}/{first}/{n}", f"{series}/{before}/{n}") for n in (1, 2, 3)
    }
