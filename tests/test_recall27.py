"""Forms the first wave left out (issue 7, hidden passage and formats sets): the Executive
Boards of the funds and programmes by their own names alone, and more.  Passages written for
these tests in the style of UN texts."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

#: each mention as written -> (target — None: unresolved, body, date, pinpoint)
Want = dict[str, tuple[str | None, str | None, str | None, str | None]]
#: (language, passage, the records it gives, each by its mention)
Row = tuple[str, str, Want]

CHANGED: list[Row] = [
    # the Executive Board of UNDP (with UNFPA and UNOPS) named by one of its programmes alone
    (
        "en",
        "Recalling decision 2021/14 of the Executive Board of the United Nations Development Programme,",
        {"2021/14": (None, "DP", None, None)},
    ),
    (
        "en",
        "Welcoming the Executive Board of the United Nations Development Programme decision 2022/9 on the plan,",
        {"2022/9": (None, "DP", None, None)},
    ),
    (
        "en",
        "Noting decision 2020/3 of the Executive Board of the United Nations Population Fund,",
        {"2020/3": (None, "DP", None, None)},
    ),
    (
        "en",
        "Recalling UNDP Executive Board decision 2018/8,",
        {"2018/8": (None, "DP", None, None)},
    ),
    (
        "fr",
        "Rappelant la décision 2021/14 du Conseil d'administration du Fonds des Nations Unies pour la population,",
        {"2021/14": (None, "DP", None, None)},
    ),
    (
        "es",
        "Recordando la decisión 2019/2 de la Junta Ejecutiva del UNFPA,",
        {"2019/2": (None, "DP", None, None)},
    ),
    (
        "en",
        "Taking note of decision 2017/4 of the Executive Board of WFP,",
        {"2017/4": (None, "WFP/EB", None, None)},
    ),
]

KEPT: list[Row] = [
    (
        "en",
        "Recalling the Executive Board of the United Nations Children's Fund decision 2019/7,",
        {"2019/7": (None, "E/ICEF", None, None)},
    ),
    (
        "en",
        (
            "Recalling decision 2021/14 of the Executive Board of the United Nations Development "
            "Programme and of the United Nations Population Fund,"
        ),
        {"2021/14": (None, "DP", None, None)},
    ),
    (
        "es",
        "Recordando la decisión 2021/14 de la Junta Ejecutiva del Programa de las Naciones Unidas para el Desarrollo,",
        {"2021/14": (None, "DP", None, None)},
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), CHANGED + KEPT)
def test_records(lang: str, text: str, want: Want) -> None:
    """The passage gives exactly the mentions of ``want``, each with its target, body, date and
    pinpoint; an unresolved one keeps its reason."""
    cits = extract_text(text, lang=lang).citations
    got = {c.text: (c.target and str(c.target), c.body, c.date, c.pinpoint) for c in cits}
    assert set(got) == set(want), got
    for mention, value in want.items():
        assert got[mention] == value, (mention, got[mention])
    for c in cits:
        if c.target is None:
            assert c.reason, c.text
