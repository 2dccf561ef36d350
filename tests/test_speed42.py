"""``cites``/``cited-by`` lines made in SQL (issue 9, condition 3): a NUL in a cell is looked
for once per set of edge facts and once per node, not in every cell of every row; the rows
marked are still the ones the writer must write from their values (speed42)."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from rescite.cli import opening
from rescite.corpus import fresh, query, traversal
from rescite.render.records import write_rows, write_tsv_lines

#: (facts of each row: None or a key of ``edge_facts``; the keys holding a NUL; the rows marked)
_MARKS = [
    ([], set(), []),
    ([None, None], set(), [False, False]),
    ([None, None], {1}, [False, False]),  # no facts read: nothing to mark
    ([1, 2, 1], set(), [False, False, False]),
    ([1, 2, 1], {1}, [True, False, True]),
    ([1, 2, None, 3], {2, 3}, [False, True, False, True]),
    ([4, 4, 4], {4}, [True, True, True]),
    ([5, None, 6], {7}, [False, False, False]),  # a set with a NUL the rows do not use
]


@pytest.mark.parametrize(("facts", "with_nul", "marked"), _MARKS)
def test_rows_whose_edge_facts_hold_a_nul_are_marked(
    facts: list[int | None], with_nul: set[int], marked: list[bool]
) -> None:
    conn = sqlite3.connect(":memory:")
    fields = ", ".join(f"{f} TEXT" for f in traversal._EDGE_FIELDS)
    conn.execute(f"CREATE TABLE edge_facts (facts INTEGER PRIMARY KEY, {fields})")
    for key in range(1, 8):
        values = ["x"] * len(traversal._EDGE_FIELDS)
        if key in with_nul:  # each key's NUL in another field
            values[key % len(values)] = "a\x00b"
        conn.execute("INSERT INTO edge_facts VALUES (?, ?, ?, ?, ?, ?)", (key, *values))
    rows: list[tuple[Any, ...]] = [(1, 0, i + 10, f"line {i}\n", f) for i, f in enumerate(facts)]
    traversal._mark_facts_with_nul(conn, rows)
    assert [r[3].endswith("\x00") for r in rows] == marked
    assert [r[3].rstrip("\x00") for r in rows] == [f"line {i}\n" for i in range(len(facts))]
    assert [r[4] for r in rows] == facts


#: (table, column, value) put in every row of the index's table: a NUL somewhere in each text
#: cell a ``cites`` line is made of, the parent's id included (every node's id changed).
_CELLS = [
    ("nodes", "id", "\x00"),
    ("nodes", "kind", "reso\x00lution"),
    ("nodes", "name", "a name\x00"),
    ("edge_facts", "function", "\x00builds on"),
    ("edge_facts", "pinpoint", "para\x00 3"),
    ("edge_facts", "verb", "Recalling"),  # no NUL: written as it is
]


@pytest.mark.parametrize(("table", "column", "value"), _CELLS, ids=[f"{t}.{c}" for t, c, _ in _CELLS])
@pytest.mark.parametrize("limit", [0, 1, 2])
def test_the_lines_written_are_the_rows_escaped(
    corpus: Path, table: str, column: str, value: str, limit: int
) -> None:
    conn = sqlite3.connect(fresh.default_db_file([str(corpus)]))
    if column == "id":
        conn.execute("UPDATE nodes SET id = id || ?", (value,))
    else:
        conn.execute(f"UPDATE {table} SET {column} = ?", (value,))
    conn.commit()
    conn.close()
    conn2, _ = opening.open_corpus([str(corpus)], None)
    checked = 0
    try:
        for (key,) in conn2.execute("SELECT node FROM nodes ORDER BY node").fetchall():
            node = query.node_of_row(conn2.execute(query.NODE_SQL + " WHERE node = ?", (key,)).fetchone())
            for forward in (True, False):
                lines = traversal.traverse_lines(conn2, node, forward, 0)
                values = traversal.traverse_values(conn2, node, forward, 0)
                cells = [node["id"], *(c for r in values for c in r if isinstance(c, str))]
                if lines and any("\x00" in c for c in cells):
                    assert any(line.endswith("\x00") for line in lines)
                rows, made = io.StringIO(), io.StringIO()
                full = traversal.traverse(conn2, node, forward, 0)
                write_rows(full[:limit] if limit else full, traversal.TRAVERSE_FIELDS, "tsv", rows)
                write_tsv_lines(
                    lines[:limit] if limit else lines,
                    traversal.TRAVERSE_FIELDS,
                    made,
                    lambda: values[:limit] if limit else values,  # noqa: B023
                )
                assert made.getvalue() == rows.getvalue()
                assert "\x00" not in made.getvalue()
                checked += len(lines)
    finally:
        conn2.close()
        opening.opened.clear()
    assert checked > 5
