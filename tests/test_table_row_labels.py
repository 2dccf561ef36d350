"""A table row whose first cell is its label ("Resolutions | 74/239 | 20 December 2019"): the
label names the kind of the number in the next cell, in the first row of a table as in the
rows under it (Word tables are read as rows of cells split by " | ").  Passages of our own."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

_ROWS: list[tuple[str, str, set[tuple[str | None, str | None]]]] = [
    # (id, text, {(target, date)})
    (
        "en",
        "The General Assembly,\n\nResolutions | 74/239 | 20 December 2019\n"
        "Resolutions | 75/12 | 3 December 2020\n",
        {("A/RES/74/239", "2019-12-20"), ("A/RES/75/12", "2020-12-03")},
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nRésolutions | 73/311 | 14 juin 2019\n",
        {("A/RES/73/311", "2019-06-14")},
    ),
    (
        "es",
        "La Asamblea General,\n\nResoluciones | 74/239 | 20 de diciembre de 2019\n",
        {("A/RES/74/239", "2019-12-20")},
    ),
    (
        "ru",
        "Генеральная Ассамблея,\n\nРезолюции | 72/305 | 23 июля 2018 года\n",
        {("A/RES/72/305", "2018-07-23")},
    ),
    ("zh", "大会，\n\n决议 | 74/239 | 2019年12月20日\n", {("A/RES/74/239", "2019-12-20")}),
    (
        "ar",
        "إن الجمعية العامة،\n\nالقرارات | 74/239 | 20 كانون الأول/ديسمبر 2019\n",
        {("A/RES/74/239", "2019-12-20")},
    ),
    (
        "en-council",
        "Annual overview.\n\nSecurity Council resolutions | 2591 (2021) | 30 August 2021\n",
        {("S/RES/2591(2021)", "2021-08-30")},
    ),
    # look-alikes: a label that names no resolution or decision gives the number no kind
    ("en-topic", "The General Assembly,\n\nTopic | 74/239 | 20 December 2019\n", set()),
    ("en-reports", "The General Assembly,\n\nReports | 74/239 | 20 December 2019\n", set()),
    # … and a label after the number is a title, not a label (the header row decides)
    (
        "en-title-after",
        "The General Assembly,\n\nItem | 74/239 | Resolutions on oceans\n",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in _ROWS], ids=[r[0] for r in _ROWS])
def test_a_row_label_names_the_number(text: str, expected: set[tuple[str | None, str | None]]) -> None:
    res = extract_text(text)
    assert {(c.target, c.date) for c in res.citations if c.target} == expected
