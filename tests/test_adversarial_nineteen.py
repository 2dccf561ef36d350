"""Look-alikes in the secondary texts users feed the engine (NGO briefs, law-review articles,
national submissions, reports of other organisations): a court's docket number written
"No. 45/2019", another kind of body's text in year shape ("decision 2011/753 of the Commission"),
a title after a symbol ("A/RES/70/1 A More Just World"), a product code of the chemicals
conventions' shape with no decision's noun, another organisation's short name before the noun
("the OSCE decision 12/3"), another organisation's resolution numbered N (ROMAN) after the
Assembly's thirtieth session. Each with the look-alikes that must not change. The passages are
invented for these tests (numbers, dates, names and wording changed)."""

from __future__ import annotations

import pytest

from passages import by_language
from rescite.engine.extract import extract_text

#: (language, passage of a secondary text, its records: (text, target) in order)
Row = tuple[str, str, list[tuple[str, str | None]]]


def _records(lang: str, text: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.target) for c in extract_text(text, lang=lang).citations]


# a four-figure number after a session's: a docket number of a year, no session's text
_DOCKET: list[Row] = [
    ("en", "The decision No. 38/2018 of the Administrative Court was appealed.", [("38/2018", None)]),
    ("en", "Its ruling, decision 52/2021 of the tribunal, was final.", [("52/2021", None)]),
    ("es", "La decisión n.º 38/2018 del Tribunal Administrativo fue recurrida.", [("38/2018", None)]),
    ("ru", "Решение № 38/2018 арбитражного суда было обжаловано.", [("38/2018", None)]),
    ("zh", "行政法院第38/2018号决定已被上诉。", [("38/2018", None)]),
]
_DOCKET_SAME: list[Row] = [
    ("en", "The Assembly, in decision 73/558, deferred the item.", [("73/558", "A/DEC/73/558")]),
    ("en", "See General Assembly resolution 74/306 of 2020.", [("74/306", "A/RES/74/306")]),
    ("es", "La decisión 73/558 de la Asamblea General aplazó el tema.", [("73/558", "A/DEC/73/558")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(_DOCKET, _DOCKET_SAME))
def test_a_docket_number_of_a_year_is_no_sessions_text(
    lang: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _records(lang, text) == expected


# a year-shaped number of a commission (or another kind of body) that the text does not name:
# not the Economic and Social Council's
_YEAR_SHAPE: list[Row] = [
    (
        "en",
        "Rules on waste were laid down; see also decision 2012/631 of the Commission.",
        [("2012/631", None)],
    ),
    ("fr", "Voir la décision 2012/631 de la Commission sur les déchets.", [("2012/631", None)]),
    ("es", "La resolución 2020/118 de la Comisión Nacional de Valores fue publicada.", [("2020/118", None)]),
    ("ru", "См. решение Комиссии 2012/631 об отходах.", [("2012/631", None)]),
    ("zh", "见委员会第2012/631号决定。", [("2012/631", None)]),
    ("en", "The IDA resolution 2018/7 of the Board raised the ceiling.", [("2018/7", None)]),
]
_YEAR_SHAPE_SAME: list[Row] = [
    ("en", "See decision 2012/231 of the Council on the calendar.", [("2012/231", "E/DEC/2012/231")]),
    ("en", "See also resolution 2012/31 on the calendar.", [("2012/31", "E/RES/2012/31")]),
    (
        "en",
        "The Commission on Human Rights, in resolution 2003/61, and later the Commission, in its decision"
        " 2004/117, took up the matter.",
        [("2003/61", "E/CN.4/RES/2003/61"), ("2004/117", "E/CN.4/DEC/2004/117")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(_YEAR_SHAPE, _YEAR_SHAPE_SAME))
def test_a_year_shape_of_a_commission_not_named_is_not_the_councils(
    lang: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _records(lang, text) == expected


# N (ROMAN) of a session after the Assembly's thirtieth: another body's numbering
_ROMAN: list[Row] = [
    ("en", "The African Commission resolution 281 (LVI) of 2015 on elections.", [("281 (LVI)", None)]),
    ("en", "See resolution 412 (XXXIV) of the regional body.", [("412 (XXXIV)", None)]),
]
_ROMAN_SAME: list[Row] = [
    ("en", "See resolution 2106 (XX) on racial discrimination.", [("2106 (XX)", "A/RES/2106(XX)")]),
    ("en", "See resolution 3201 (S-VI) on the new order.", [("3201 (S-VI)", "A/RES/3201(S-VI)")]),
    (
        "en",
        "See Economic and Social Council resolution 1503 (XLVIII).",
        [("1503 (XLVIII)", "E/RES/1503(XLVIII)")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(_ROMAN, _ROMAN_SAME))
def test_a_roman_session_the_assembly_never_numbered_so(
    lang: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _records(lang, text) == expected
