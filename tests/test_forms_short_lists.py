"""Short-form lists that repeat several trailing elements of a symbol ("A/AC.109/2015/L.3,
2016/L.3 and 2017/L.4") and ranges of coded decisions ("26/CMP.1 to 28/CMP.1"), in every
language they occur in — table-driven, passages written for these tests in UN style."""

from __future__ import annotations

import pytest

from passages import by_language
from rescite.engine.extract import extract_text

ROWS: list[tuple[str, str, list[str]]] = [
    # each member takes the place of as many last elements, element for element
    (
        "en",
        "Recalling the working papers of the Special Committee (A/AC.109/2011/L.5, 2012/L.6 and 2013/L.2),",
        ["A/AC.109/2011/L.5", "A/AC.109/2012/L.6", "A/AC.109/2013/L.2"],
    ),
    ("en", "Having the drafts E/CN.6/2016/L.4 and 2017/L.2,", ["E/CN.6/2016/L.4", "E/CN.6/2017/L.2"]),
    (
        "en",
        "Taking note of the draft texts A/HRC/31/L.7, 32/L.9 and 33/L.21,",
        ["A/HRC/31/L.7", "A/HRC/32/L.9", "A/HRC/33/L.21"],
    ),
    (
        "fr",
        "Rappelant les documents de travail A/AC.109/2011/L.5, 2012/L.6 et 2013/L.2,",
        ["A/AC.109/2011/L.5", "A/AC.109/2012/L.6", "A/AC.109/2013/L.2"],
    ),
    (
        "es",
        "Recordando los proyectos E/CN.6/2016/L.4 y 2017/L.2,",
        ["E/CN.6/2016/L.4", "E/CN.6/2017/L.2"],
    ),
    (
        "ru",
        "ссылаясь на проекты A/HRC/31/L.7, 32/L.9 и 33/L.21,",
        ["A/HRC/31/L.7", "A/HRC/32/L.9", "A/HRC/33/L.21"],
    ),
    (
        "ar",
        "وإذ يشير إلى الوثائق A/AC.109/2011/L.5 و 2012/L.6 و 2013/L.2،",
        ["A/AC.109/2011/L.5", "A/AC.109/2012/L.6", "A/AC.109/2013/L.2"],
    ),
    (
        "zh",
        "回顾A/HRC/31/L.7、32/L.9和33/L.21号文件，",
        ["A/HRC/31/L.7", "A/HRC/32/L.9", "A/HRC/33/L.21"],
    ),
    # bounded: a member of another shape, a fraction, a list that runs down stop the list
    ("en", "Noting the report (A/76/214, 2/3 of which concerns staff costs),", ["A/76/214"]),
    ("en", "Noting documents A/HRC/35/L.1, 2017/12 and 36/1,", ["A/HRC/35/L.1"]),
    ("en", "Noting the drafts A/HRC/35/L.4 and 34/L.2,", ["A/HRC/35/L.4"]),
    ("fr", "Vu le document A/HRC/35/L.1, page 12/14,", ["A/HRC/35/L.1"]),
    # ranges of coded decisions: the decisions between the ends
    (
        "en",
        "Recalling decisions 14/CMP.1 to 16/CMP.1 and 3/CMP.2,",
        ["FCCC/KP/CMP/DEC/1/14", "FCCC/KP/CMP/DEC/1/15", "FCCC/KP/CMP/DEC/1/16", "FCCC/KP/CMP/DEC/2/3"],
    ),
    (
        "fr",
        "Rappelant les décisions 7/CMA.1 à 9/CMA.1,",
        ["FCCC/PA/CMA/DEC/1/7", "FCCC/PA/CMA/DEC/1/8", "FCCC/PA/CMA/DEC/1/9"],
    ),
    (
        "es",
        "Recordando las decisiones 7/CMA.1 a 9/CMA.1,",
        ["FCCC/PA/CMA/DEC/1/7", "FCCC/PA/CMA/DEC/1/8", "FCCC/PA/CMA/DEC/1/9"],
    ),
    (
        "ru",
        "ссылаясь на решения 14/CMP.1–16/CMP.1,",
        ["FCCC/KP/CMP/DEC/1/14", "FCCC/KP/CMP/DEC/1/15", "FCCC/KP/CMP/DEC/1/16"],
    ),
    (
        "zh",
        "回顾第14/CMP.1号至第16/CMP.1号决定，",
        ["FCCC/KP/CMP/DEC/1/14", "FCCC/KP/CMP/DEC/1/15", "FCCC/KP/CMP/DEC/1/16"],
    ),
    # two decisions of different sessions are no range
    ("en", "Recalling decisions 1/CP.19 to 2/CP.20,", ["FCCC/CP/DEC/19/1", "FCCC/CP/DEC/20/2"]),
]


@pytest.mark.parametrize(("lang", "text", "targets"), by_language(ROWS))
def test_short_lists(lang: str, text: str, targets: list[str]) -> None:
    assert sorted(extract_text(text, lang=lang).targets()) == sorted(targets)


def test_members_point_at_their_own_words() -> None:
    text = "Recalling the drafts A/HRC/31/L.7, 32/L.9 and 33/L.21,"
    res = extract_text(text)
    spans = {c.target: c.text for c in res.citations}
    assert spans == {"A/HRC/31/L.7": "A/HRC/31/L.7", "A/HRC/32/L.9": "32/L.9", "A/HRC/33/L.21": "33/L.21"}
