"""Resolution and decision numbers standing alone in table cells (rows as the Word reader
renders them, cells split by " | ") — table-driven, tables written for these tests."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

GA_TABLE = (
    "General Assembly\n\nAnnex\n\nResolutions adopted on the report of the Third Committee\n\n"
    "Resolution | Title | Date of adoption\n"
    "65/205 | Combating defamation of religions | 21 December 2010\n"
    "66/168b | Freedom of religion or belief | 19 December 2011\n"
    "67/97 A and B | Questions relating to information | 14 December 2012\n"
)
HEADING_ONLY = (
    "General Assembly\n\nDecisions adopted by the Assembly at its sixty-eighth session\n"
    "68/549 | Revitalization of the work of the Assembly | 9 December 2013\n"
)
ECOSOC_TABLE = (
    "Economic and Social Council\n\nResolutions adopted by the Council in 2018\n\n"
    "Resolution | Title\n2018/7 | Mainstreaming a gender perspective\n"
)
NOT_NAMED = "General Assembly\n\nAnnex\n\nAgenda item | Title\n72/10 | Programme planning\n"
NOT_ALONE = (
    "General Assembly\n\nResolutions adopted\n\n"
    "Resolution | Title\nsee 69/11 of the Committee | Programme planning\n"
)

ROWS: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        GA_TABLE,
        [
            ("A/RES/65/205", "2010-12-21"),
            ("A/RES/66/168", "2011-12-19"),
            ("A/RES/67/97A", "2012-12-14"),
            ("A/RES/67/97B", "2012-12-14"),
        ],
    ),
    (HEADING_ONLY, [("A/DEC/68/549", "2013-12-09")]),
    (ECOSOC_TABLE, [("E/RES/2018/7", None)]),
    # a table whose heading and header name no resolutions, a number not alone in its cell
    (NOT_NAMED, []),
    (NOT_ALONE, []),
]


@pytest.mark.parametrize(("text", "want"), ROWS, ids=[str(i) for i in range(len(ROWS))])
def test_table_cells(text: str, want: list[tuple[str, str | None]]) -> None:
    res = extract_text(text, lang="en")
    got = [(c.target, c.date) for c in res.citations if c.target]
    assert got == want


def test_table_cell_explains_itself() -> None:
    res = extract_text(GA_TABLE, lang="en")
    assert (res.citations[0].rule or "").startswith("table cell")
