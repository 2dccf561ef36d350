"""A refresh's and a listing's own costs (issue 9, conditions 2 and 3): the warm-up text read
only under a short time budget, modules a refresh does not need left unimported, and the
``cites``/``cited-by`` lines made in SQL by one ``printf`` a row, a NUL in a cell still sending
the rows to the writer that escapes them."""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from fake_engine import use_fake_engine
from rescite.cli import opening
from rescite.corpus import fresh, limits, query, reading, traversal
from rescite.render.records import write_rows, write_tsv_lines


@pytest.mark.parametrize(
    ("budget", "expected"),
    [
        (0.0, False),  # no limit: nothing to keep the engine's start out of
        (0.2, True),
        (5.0, True),
        (29.9, True),
        (30.0, False),
        (300.0, False),  # the default
        (3600.0, False),
    ],
)
def test_warm_up_only_under_a_short_budget(budget: float, expected: bool) -> None:
    assert limits.warms(budget) is expected


@pytest.mark.parametrize(
    ("env", "warmed"),
    [
        (None, False),  # the default budget, 300 s
        ("300", False),
        ("45", False),
        ("10", True),
        ("0.5", True),
        ("0", False),
    ],
)
def test_a_refresh_reads_the_warm_up_text_only_under_a_short_budget(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, env: str | None, warmed: bool
) -> None:
    use_fake_engine(monkeypatch, tmp_path)
    if env is None:
        monkeypatch.delenv(limits.ENV_TIME_BUDGET, raising=False)
    else:
        monkeypatch.setenv(limits.ENV_TIME_BUDGET, env)
    calls: list[int] = []
    monkeypatch.setattr(limits, "warm_up", lambda: calls.append(1))
    path = tmp_path / "A_RES_77_501.txt"
    path.write_text("@id A/RES/77/501\nRecalling [A/RES/70/212]\n", encoding="utf-8")
    st = path.stat()
    result = reading.extract_file((str(path), path.name, st.st_size, st.st_mtime_ns, None))
    assert result[0] == "ok"
    assert len(result[7]) == 1  # the file's one citation, whatever the budget
    assert bool(calls) is warmed


@pytest.mark.parametrize(
    ("imported", "absent"),
    [
        ("rescite.engine.extract", "urllib.parse"),
        ("rescite.engine.extract", "ipaddress"),
        ("rescite.corpus.index", "urllib.parse"),
    ],
)
def test_modules_a_refresh_does_not_import(imported: str, absent: str) -> None:
    code = f"import sys, {imported}; print({absent!r} in sys.modules)"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONSTARTUP"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "False"


#: (table, column) of every text cell of a ``cites`` line read from the index, and a value
#: with a NUL in it (``printf``'s ``%s`` stops there).
_CELLS = [
    ("nodes", "kind", "reso\x00lution"),
    ("nodes", "body", "A\x00"),
    ("nodes", "date", "2021-\x0003-14"),
    ("nodes", "name", "\x00an opening NUL"),
    ("edge_facts", "function", "builds\x00on"),
    ("edge_facts", "verb", "Recalling\x00 also"),
    ("edge_facts", "section", "pre\x00amble"),
    ("edge_facts", "paragraph", "4\x00"),
    ("edge_facts", "pinpoint", "annex\x00 III"),
]


@pytest.mark.parametrize(("table", "column", "value"), _CELLS, ids=[f"{t}.{c}" for t, c, _ in _CELLS])
def test_a_nul_in_any_cell_gives_the_rows_written_one_by_one(
    corpus: Path, table: str, column: str, value: str
) -> None:
    conn = sqlite3.connect(fresh.default_db_file([str(corpus)]))
    conn.execute(f"UPDATE {table} SET {column} = ?", (value,))
    conn.commit()
    conn.close()
    conn2, _ = opening.open_corpus([str(corpus)], None)
    checked = 0
    try:
        for (cid,) in conn2.execute("SELECT id FROM nodes ORDER BY id").fetchall():
            node = query.by_id(conn2, cid)
            assert node is not None
            for forward in (True, False):
                lines = traversal.traverse_lines(conn2, node, forward, 0)
                values = traversal.traverse_values(conn2, node, forward, 0)
                assert not lines or any("\x00" in line for line in lines)  # marked for the writer
                rows, made = io.StringIO(), io.StringIO()
                write_rows(
                    traversal.traverse(conn2, node, forward, 0), traversal.TRAVERSE_FIELDS, "tsv", rows
                )
                write_tsv_lines(lines, traversal.TRAVERSE_FIELDS, made, lambda: values)  # noqa: B023
                assert made.getvalue() == rows.getvalue()
                assert "\x00" not in made.getvalue()
                checked += len(lines)
    finally:
        conn2.close()
        opening.opened.clear()
    assert checked > 5
