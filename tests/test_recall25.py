"""Lists with pinpoints and shared dates (issue 7): a pinpoint after a number's comma or in
brackets no longer swallows the next item of the list ("resolutions 70/82, para. 9, and 71/3");
a pinpoint chain after an annex is kept whole ("annex I, para. 39"); one date phrase with as
many days as numbers gives each number its day.  Passages written for these tests in the style
of UN texts."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

#: (passage, [(target, date, pinpoint)]): the citations found, in order
ROWS: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    # a pinpoint inside a list: every item kept, the pinpoint on its own item
    (
        "Recalling its resolutions 58/114, para. 7, and 59/26,",
        [("A/RES/58/114", None, "para. 7"), ("A/RES/59/26", None, None)],
    ),
    (
        "Rappelant ses résolutions 58/114, par. 7, et 59/26,",
        [("A/RES/58/114", None, "par. 7"), ("A/RES/59/26", None, None)],
    ),
    (
        "Recordando sus resoluciones 58/114, párr. 7, y 59/26,",
        [("A/RES/58/114", None, "párr. 7"), ("A/RES/59/26", None, None)],
    ),
    (
        "ссылаясь на свои резолюции 58/114, пункт 7, и 59/26,",
        [("A/RES/58/114", None, "пункт 7"), ("A/RES/59/26", None, None)],
    ),
    (
        "Recalling its resolutions 58/114 (para. 7) and 59/26,",
        [("A/RES/58/114", None, "para. 7"), ("A/RES/59/26", None, None)],
    ),
    (
        "Rappelant les décisions 5/CMP.8 (par. 3) et 2/CMP.11,",
        [("FCCC/KP/CMP/DEC/8/5", None, "par. 3"), ("FCCC/KP/CMP/DEC/11/2", None, None)],
    ),
    (
        "Recalling decisions 4/CMA.5, annex II, and 7/CMA.2,",
        [("FCCC/PA/CMA/DEC/5/4", None, "annex II"), ("FCCC/PA/CMA/DEC/2/7", None, None)],
    ),
    (
        "Recalling its resolution 61/44, annex I, paras. 5 and 6, and decision 3/CP.21,",
        [("A/RES/61/44", None, "annex I, paras. 5 and 6"), ("FCCC/CP/DEC/21/3", None, None)],
    ),
    (
        "Recalling its resolutions 57/19, paragraph 4, 60/88 and 61/72,",
        [("A/RES/57/19", None, "paragraph 4"), ("A/RES/60/88", None, None), ("A/RES/61/72", None, None)],
    ),
    (
        "Rappelant ses résolutions 57/19, paragraphe 4, 60/88 et 61/72,",
        [("A/RES/57/19", None, "paragraphe 4"), ("A/RES/60/88", None, None), ("A/RES/61/72", None, None)],
    ),
    # a pinpoint chain after an annex
    (
        "Recalling decision 4/CMA.5, annex II, para. 27,",
        [("FCCC/PA/CMA/DEC/5/4", None, "annex II, para. 27")],
    ),
    (
        "Reafirmando sus resoluciones 66/301, anexo, párr. 15, y 67/118,",
        [("A/RES/66/301", None, "anexo, párr. 15"), ("A/RES/67/118", None, None)],
    ),
    # one date phrase for two numbers: each number its own day, in order
    (
        "Recalling its resolutions 1618 (XVI) and 1622 (XVI) of 11 and 13 December 1961,",
        [("A/RES/1618(XVI)", "1961-12-11", None), ("A/RES/1622(XVI)", "1961-12-13", None)],
    ),
    (
        "Rappelant les résolutions 1618 (XVI) et 1622 (XVI) en date des 11 et 13 décembre 1961,",
        [("A/RES/1618(XVI)", "1961-12-11", None), ("A/RES/1622(XVI)", "1961-12-13", None)],
    ),
    (
        "Recordando las resoluciones 1618 (XVI) y 1622 (XVI) de 11 y 13 de diciembre de 1961,",
        [("A/RES/1618(XVI)", "1961-12-11", None), ("A/RES/1622(XVI)", "1961-12-13", None)],
    ),
]


@pytest.mark.parametrize(("passage", "expected"), ROWS)
def test_list_items_keep_their_pinpoints_and_days(
    passage: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    records = [c.to_record() for c in extract_text(passage, source="t").citations]
    got = [(r.get("target"), r.get("date"), r.get("pinpoint")) for r in records]
    assert got == expected
