"""Passages as the real PDF producers leave their text (``bench/producers.py``: Chromium and
LibreOffice print the coverage passages of six languages): a session's numeral in Cyrillic
look-alikes wrapped onto the next line ("3379 ⏎(ХХХ)"), a line that opens with a symbol after
a line that ends on the bracket opening it (a sentence that goes on, not a masthead).  Every
passage is written for these tests in the style of UN documents."""

from __future__ import annotations

import pytest

from passages import assert_passage

ROWS = [
    (
        "ссылаясь на свои резолюции 2625 (XXV) от 24 октября 1970 года и 3314 \n"
        "(ХХІХ) от 14 декабря 1974 года,",
        {"A/RES/2625(XXV)": "1970-10-24", "A/RES/3314(XXIX)": "1974-12-14"},
    ),
    (
        "إن الجمعية العامة،\nوقد نظرت في تقريري الأمين العام عن تمويل البعثة للفترة 2022/23 (\n"
        "A/77/614 و A/77/745)، وتقرير اللجنة الاستشارية (A/77/812)،",
        {"A/77/614": None, "A/77/745": None, "A/77/812": None},
    ),
    (
        "The General Assembly,\nHaving considered the reports of the Secretary-General (\n"
        "A/77/614 و A/77/745),",
        {"A/77/614": None, "A/77/745": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_producer_line_breaks(text: str, expected: dict[str, str | None]) -> None:
    res = assert_passage(text, expected)
    assert res.document.source_id is None  # (no symbol of the text is its own)
