"""A footnote marker glued to the end of a resolution number by a PDF text layer ("Council
resolution 55/197 and …" for resolution 55/19 with footnote 7), found reading real drafts of the
Third Committee (issue 7): a number higher than its body's resolutions ever reach
(``max_resolution`` in bodies.csv), ending in the number of a footnote standing just below, is
the resolution before the marker.  Passages written in UN style; the look-alikes keep their
number: no such footnote, a number the body can reach, a decision."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

NOTES = "\n__________________\n{notes}\n"

CASES: list[tuple[str, list[str]]] = [
    # a Human Rights Council resolution (its sessions adopt fewer than 100), footnote 7 below
    (
        "The General Assembly,\n\n1. Welcomes the report of the mission submitted pursuant to Human "
        "Rights Council resolution 49/217 and the report of the Special Rapporteur;8"
        + NOTES.format(notes="7 A/HRC/52/61.\n8 A/78/311."),
        ["A/HRC/RES/49/21", "A/HRC/52/61", "A/78/311"],
    ),
    # two digits of the marker: footnote 12
    (
        "The General Assembly,\n\nRecalling Human Rights Council resolution 51/1412 and its own "
        "resolution 77/203," + NOTES.format(notes="12 See A/77/53/Add.1, chap. II."),
        ["A/HRC/RES/51/14", "A/77/53/Add.1", "A/RES/77/203"],
    ),
    # a General Assembly resolution: its sessions never reach 400
    (
        "The General Assembly,\n\nReaffirming its resolution 76/2274 on the same subject,"
        + NOTES.format(notes="4 A/76/512."),
        ["A/RES/76/227", "A/76/512"],
    ),
]

UNCHANGED: list[tuple[str, list[str]]] = [
    # no footnote with that number: the number as written
    (
        "The General Assembly,\n\nRecalling Human Rights Council resolution 49/217,"
        + NOTES.format(notes="3 A/HRC/52/61."),
        ["A/HRC/RES/49/217", "A/HRC/52/61"],
    ),
    # a number the body reaches, though a footnote 7 stands below
    (
        "The General Assembly,\n\nRecalling its resolution 77/217 and the report,7"
        + NOTES.format(notes="7 A/77/340."),
        ["A/RES/77/217", "A/77/340"],
    ),
    # decisions are numbered from 301: a high number is no marker (below a thousand: no body
    # numbers a text 78/5417)
    (
        "The General Assembly,\n\nRecalling its decision 78/547 and the report,"
        + NOTES.format(notes="7 A/78/405."),
        ["A/DEC/78/547", "A/78/405"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES + UNCHANGED)
def test_glued_marker(text: str, expected: list[str]) -> None:
    assert sorted(extract_text(text, lang="en").targets()) == sorted(expected)


def test_mention_ends_before_the_marker() -> None:
    text, _ = CASES[0]
    cite = next(c for c in extract_text(text, lang="en").citations if c.target == "A/HRC/RES/49/21")
    assert cite.text == "49/21"
    assert text[cite.start : cite.end] == "49/21"
