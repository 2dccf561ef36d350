"""Dates written before the symbol or the footnote marker of the text they date —
table-driven, passages written for these tests in UN style."""

from __future__ import annotations

import pytest

from passages import by_language
from rescite.engine.extract import extract_text

ROWS: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        "Welcoming the statement by its President of 14 June 2017 (S/PRST/2017/7) on the region,",
        {"S/PRST/2017/7": "2017-06-14"},
    ),
    (
        "fr",
        "Rappelant la décision du 4 avril 2022 (E/2022/12) relative aux travaux du Conseil,",
        {"E/2022/12": "2022-04-04"},
    ),
    (
        "es",
        "Recordando la declaración de la Presidencia de fecha 9 de mayo de 2018 (S/PRST/2018/10),",
        {"S/PRST/2018/10": "2018-05-09"},
    ),
    # a symbol of another year keeps no date
    (
        "en",
        "Recalling the statement by its President of 14 June 2016 (S/PRST/2017/7),",
        {"S/PRST/2017/7": None},
    ),
    # the end of a period, or the days of a meeting, date no symbol
    (
        "en",
        "See the repertoire of the Council's practice, 1 January 2014–31 December 2015 (S/INF/71).",
        {"S/INF/71": None},
    ),
    (
        "en",
        "Report of the Regional Meeting, Nairobi, 10 and 11 March 2004 (A/CONF.999/4).",
        {"A/CONF.999/4": None},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(ROWS))
def test_date_before_symbol(lang: str, text: str, expected: dict[str, str | None]) -> None:
    got = {c.target: c.date for c in extract_text(text, lang=lang).citations}
    assert got == expected


@pytest.mark.parametrize(
    ("lang", "text", "target", "date"),
    [
        (
            "en",
            "A/RES/81/1\n\n3. Welcomes the statement by the President of the Security Council "
            "of 11 March 2019 7 in which the Council renewed its call;\n\n"
            "__________________\n 7  S/PRST/2019/2; see also S/INF/74.\n",
            "S/PRST/2019/2",
            "2019-03-11",
        ),
        (
            "fr",
            "A/RES/81/1\n\n3. Accueille avec satisfaction la déclaration du Président du Conseil de sécurité "
            "en date du 11 mars 2019 7 dans laquelle le Conseil a renouvelé son appel;\n\n"
            "__________________\n 7  S/PRST/2019/2.\n",
            "S/PRST/2019/2",
            "2019-03-11",
        ),
    ],
)
def test_date_before_a_spaced_footnote_marker(lang: str, text: str, target: str, date: str) -> None:
    res = extract_text(text, lang=lang)
    (c,) = [c for c in res.citations if c.target == target]
    assert c.date == date and c.section == "footnote"
    assert "S/INF/74" not in {c.target for c in res.citations if c.date}
