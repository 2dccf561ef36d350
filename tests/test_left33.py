"""Dates written after a number past a place of adoption or a symbol in brackets: "decision
4/CMA.2, adopted at Madrid on 15 December 2019", "résolution 52/8, adoptée à Genève le …", "decision
11/CP.26 (FCCC/CP/2021/12/Add.1) of 10 November 2021" — the date is the number's."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text
from rescite.models import Citation

# (language, passage, the cited number as written, its target, its date)
ROWS = [
    (
        "en",
        "Recalling decision 4/CMA.2, adopted at Madrid on 15 December 2019, on the transparency framework,",
        "4/CMA.2",
        "FCCC/PA/CMA/DEC/2/4",
        "2019-12-15",
    ),
    (
        "en",
        "Noting decision 6/CP.24 adopted in Buenos Aires on 12 December 2018 and its annex,",
        "6/CP.24",
        "FCCC/CP/DEC/24/6",
        "2018-12-12",
    ),
    (
        "en",
        "Recalling resolution 3/4, adopted in Nairobi on 14 March 2019, on marine litter,",
        "3/4",
        None,
        "2019-03-14",
    ),
    (
        "fr",
        "Rappelant la décision 4/CMA.2, adoptée à Madrid le 15 décembre 2019, relative au cadre,",
        "4/CMA.2",
        "FCCC/PA/CMA/DEC/2/4",
        "2019-12-15",
    ),
    (
        "es",
        "Recordando la resolución 3/4, aprobada en Nairobi el 14 de marzo de 2019, sobre los desechos,",
        "3/4",
        None,
        "2019-03-14",
    ),
    (
        "en",
        "Recalling decision 11/CP.26 (FCCC/CP/2021/12/Add.1) of 10 November 2021 on finance,",
        "11/CP.26",
        "FCCC/CP/DEC/26/11",
        "2021-11-10",
    ),
    (
        "en",
        "Recalling its resolution 74/250 (A/RES/74/250) of 27 December 2019 on the review,",
        "74/250",
        "A/RES/74/250",
        "2019-12-27",
    ),
    (
        "fr",
        "Rappelant sa résolution 74/250 (A/RES/74/250) du 27 décembre 2019 sur l'examen,",
        "74/250",
        "A/RES/74/250",
        "2019-12-27",
    ),
]


def _record(text: str, lang: str, written: str) -> Citation:
    """The passage's first record of the mention as ``written`` (there is one)."""
    res = extract_text(text, lang=lang)
    hits = [r for r in res.citations if r.text == written]
    assert hits, [r.text for r in res.citations]
    return hits[0]


@pytest.mark.parametrize(("lang", "text", "written", "target", "date"), ROWS)
def test_the_date_past_a_place_or_a_symbol_is_the_numbers(
    lang: str, text: str, written: str, target: str | None, date: str
) -> None:
    record = _record(text, lang, written)
    assert record.target == target
    assert record.date == date


# (a lower-case word after "adopted in" is no place: the date there is no adoption's)
NOT_PLACE = [
    ("en", "Recalling decision 4/CMA.2, adopted in accordance with the rules on 9 June 2024,", "4/CMA.2"),
]


@pytest.mark.parametrize(("lang", "text", "written"), NOT_PLACE)
def test_no_place_no_date(lang: str, text: str, written: str) -> None:
    assert _record(text, lang, written).date is None


# (passage, the coded number as written, its pinpoint after the noun)
ZH_PINS = [
    ("回顾第9/CP.24号决定第4段，", "9/CP.24", "第4段"),
    ("又回顾第3/CMA.4号决定附件，", "3/CMA.4", "附件"),
    ("注意到第5/CMP.16号决定第2和第3段，", "5/CMP.16", "第2和第3段"),
]


@pytest.mark.parametrize(("text", "written", "pin"), ZH_PINS)
def test_a_coded_decision_keeps_its_pinpoint_after_the_noun(text: str, written: str, pin: str) -> None:
    assert _record(text, "zh", written).pinpoint == pin
