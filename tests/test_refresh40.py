"""A query after a change to the corpus opens its index once (issue 9, condition 2): the
connection with which the freshness check found the index not up to date is the one the refresh
writes with (``corpus.fresh.check(…, stale)``, ``schema.open_index(…, opened=…)``), not closed
and opened again (a new connection reads the index's schema again, and the last one to close
removes the WAL and its index file).  What the refresh writes stays that of a full build, and a
connection to another file than the index's is not written with.

The votes of a changed file (how its citations name each target) are added up with those of
its rows taken out and written once: a target the file names as before keeps its vote row
untouched (written down and up again, its page went to the WAL and the index for nothing); so
do the row of its names to search (``search_names``) when they are the same, and its edges to
what it cites as before (``edges``: one row each, by the cited id, deleted and inserted again)."""

from __future__ import annotations

import _sqlite3
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from fake_engine import use_fake_engine
from rescite.cli import opening
from rescite.corpus import fresh, schema

_FILES = {
    "A_RES_71_12.txt": "@id A/RES/71/12\n@title Cooperation with regional bodies\nRecalling [A/RES/65/281]\n",
    "A_RES_71_40.txt": "@id A/RES/71/40\nRecalling [A/RES/71/12] and [A/RES/66/131 | annex]\n",
    "A_RES_71_77.txt": "@id A/RES/71/77\n3. Requests [A/RES/71/40]\n",
}


def _change(root: Path) -> None:
    (root / "A_RES_71_40.txt").write_text(
        "@id A/RES/71/40\nRecalling [A/RES/71/12] and [A/RES/68/247]\n", encoding="utf-8"
    )


def _add(root: Path) -> None:
    (root / "A_RES_71_90.txt").write_text("@id A/RES/71/90\nNoting [A/RES/71/77]\n", encoding="utf-8")


def _remove(root: Path) -> None:
    (root / "A_RES_71_77.txt").unlink()


def _change_in_folder(root: Path) -> None:
    (root / "more").mkdir()
    (root / "more" / "A_RES_72_5.txt").write_text(
        "@id A/RES/72/5\nRecalling [A/RES/71/12]\n", encoding="utf-8"
    )


def _same_name(db: Path) -> str:
    return str(db)


def _other_spelling(db: Path) -> str:
    """The index's path through a folder and back out of it: the same file."""
    (db.parent / "sub").mkdir(exist_ok=True)
    return str(db.parent / "sub" / ".." / db.name)


#: (case, what changes in the corpus, how the command names the index, (new, changed, removed))
ROWS: list[tuple[str, Callable[[Path], None], Callable[[Path], str], tuple[int, int, int]]] = [
    ("a file changed", _change, _same_name, (0, 1, 0)),
    ("a file added", _add, _same_name, (1, 0, 0)),
    ("a file removed", _remove, _same_name, (0, 0, 1)),
    ("a file in a new folder", _change_in_folder, _same_name, (1, 0, 0)),
    ("a file changed, the index named another way", _change, _other_spelling, (0, 1, 0)),
]


def _tables(db: Path) -> dict[str, list[Any]]:
    """What a query reads of an index (the rows of its graph and of its documents)."""
    conn = sqlite3.connect(db)
    try:
        return {
            "documents": conn.execute("SELECT path, node_id, title FROM documents ORDER BY path").fetchall(),
            "nodes": conn.execute("SELECT id, in_corpus, cited_by, cites FROM nodes ORDER BY id").fetchall(),
            "edges": conn.execute(
                "SELECT a.id, b.id, e.mentions FROM edges e JOIN nodes a ON a.node = e.citing "
                "JOIN nodes b ON b.node = e.cited ORDER BY 1, 2"
            ).fetchall(),
        }
    finally:
        conn.close()


def _query(root: Path, db: str) -> Any:
    try:
        _conn, summary = opening.open_corpus([str(root)], db)
    finally:
        opening.close_index()
    return summary


@pytest.mark.parametrize(("case", "change", "name", "counts"), ROWS, ids=[r[0] for r in ROWS])
def test_a_query_after_a_change_opens_the_index_once(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    case: str,
    change: Callable[[Path], None],
    name: Callable[[Path], str],
    counts: tuple[int, int, int],
) -> None:
    use_fake_engine(monkeypatch, tmp_path)
    root = tmp_path / "corpus"
    root.mkdir()
    for file, text in _FILES.items():
        (root / file).write_text(text, encoding="utf-8")
    db = tmp_path / "index.sqlite"
    assert _query(root, str(db)) is not None  # built
    assert _query(root, str(db)) is None  # up to date: opened once, as before
    change(root)
    opens: list[str] = []
    connect = _sqlite3.connect

    def counted(*args: Any, **kwargs: Any) -> Any:
        opens.append(str(args[0] if args else kwargs["database"]))
        return connect(*args, **kwargs)

    monkeypatch.setattr(_sqlite3, "connect", counted)
    summary = _query(root, name(db))
    monkeypatch.setattr(_sqlite3, "connect", connect)
    assert (summary.new, summary.changed, summary.removed) == counts, case
    assert len(opens) == 1, (case, opens)
    assert not (tmp_path / "index.sqlite-wal").exists(), case  # closed, its WAL tidied
    full = tmp_path / "full.sqlite"
    assert _query(root, str(full)) is not None
    assert _tables(db) == _tables(full), case


def test_a_connection_to_another_file_is_not_written_with(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_fake_engine(monkeypatch, tmp_path)
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "A_RES_71_12.txt").write_text(_FILES["A_RES_71_12.txt"], encoding="utf-8")
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    for db in (first, second):
        _query(root, str(db))
    _change(root)
    (root / "A_RES_71_12.txt").write_text(
        _FILES["A_RES_71_12.txt"] + "Noting [A/RES/70/1]\n", encoding="utf-8"
    )
    stale: list[Any] = []
    ready, listing = fresh.check([str(root)], str(first), None, stale)
    assert ready is None and listing is not None and len(stale) == 1
    conn = schema.open_index(str(second), opened=stale[0])
    try:
        assert conn is not stale[0]
        assert conn.execute("PRAGMA database_list").fetchone()[2] == str(second)
        with pytest.raises(_sqlite3.ProgrammingError):  # closed: it may not serve
            stale[0].execute("SELECT 1")
    finally:
        conn.close()


_CITING = "@id A/RES/71/40\nRecalling [A/RES/71/12] and [A/RES/66/131 | annex]\n3. Requests [A/RES/65/281]\n"

#: the citing file's changes the write-counting tests make: a target added, one cited once more, the
#: last one dropped
_NEW_TARGET = _CITING + "Noting [A/RES/68/247]\n"
_CITED_AGAIN = _CITING + "Noting [A/RES/71/12]\n"
_ONE_DROPPED = "@id A/RES/71/40\nRecalling [A/RES/71/12] and [A/RES/66/131 | annex]\n"


#: (case, the citing file's new text, the vote rows written: (what, target), sorted)
VOTE_ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("a new target cited", _NEW_TARGET, [("insert", "A/RES/68/247")]),
    ("a target cited once more", _CITED_AGAIN, [("update", "A/RES/71/12")]),
    (
        "a target no longer cited",
        _ONE_DROPPED,
        [("update", "A/RES/65/281")],
    ),
    ("the same citations, other bytes", _CITING + "\n", []),
]


def _built_with_citing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A corpus of :data:`_FILES` and a text citing four of them (:data:`_CITING`), indexed once
    by a query: the corpus folder and the index file."""
    use_fake_engine(monkeypatch, tmp_path)
    root = tmp_path / "corpus"
    root.mkdir()
    for file, body in {**_FILES, "A_RES_71_40.txt": _CITING}.items():
        (root / file).write_text(body, encoding="utf-8")
    db = tmp_path / "index.sqlite"
    _query(root, str(db))
    return root, db


def _logged_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, log: str, triggers: str, logged: str
) -> tuple[Path, Path, list[Any]]:
    """:func:`_built_with_citing`, then the citing file changed to ``text`` and the index refreshed
    by a query with the table ``t40_log`` (``log``: its columns) filled by ``triggers`` (those
    named ``t40_…``): the corpus folder, the index file and the rows ``logged`` selects, the log
    and its triggers dropped after."""
    root, db = _built_with_citing(tmp_path, monkeypatch)
    conn = sqlite3.connect(db)
    conn.executescript(f"CREATE TABLE t40_log ({log});" + triggers)
    conn.close()
    (root / "A_RES_71_40.txt").write_text(text, encoding="utf-8")
    summary = _query(root, str(db))
    assert summary is not None and summary.changed == 1
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(logged).fetchall()
        names = conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 't40_%'")
        conn.executescript("".join(f"DROP TRIGGER {n};" for (n,) in names.fetchall()) + "DROP TABLE t40_log;")
    finally:
        conn.close()
    return root, db, rows


@pytest.mark.parametrize(("case", "text", "written"), VOTE_ROWS, ids=[r[0] for r in VOTE_ROWS])
def test_a_changed_file_writes_only_the_votes_that_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str, text: str, written: list[tuple[str, str]]
) -> None:
    root, db, logged = _logged_change(
        tmp_path,
        monkeypatch,
        text,
        "what TEXT, target TEXT",
        "CREATE TRIGGER t40_in AFTER INSERT ON votes "
        "BEGIN INSERT INTO t40_log VALUES ('insert', new.target); END;"
        "CREATE TRIGGER t40_up AFTER UPDATE ON votes "
        "BEGIN INSERT INTO t40_log VALUES ('update', new.target); END;",
        "SELECT what, target FROM t40_log",
    )
    assert sorted(logged) == written, case
    conn = sqlite3.connect(db)
    try:
        votes = conn.execute("SELECT * FROM votes ORDER BY 1, 2, 3, 4, 5").fetchall()
    finally:
        conn.close()
    full = tmp_path / "full.sqlite"
    _query(root, str(full))
    conn = sqlite3.connect(full)
    try:
        assert votes == conn.execute("SELECT * FROM votes ORDER BY 1, 2, 3, 4, 5").fetchall(), case
    finally:
        conn.close()


#: (case, the citing file's new text, the ids whose names to search are written, sorted)
NAME_ROWS: list[tuple[str, str, list[str]]] = [
    ("a new target cited, without a name", _NEW_TARGET, []),
    ("a named target cited once more", _CITED_AGAIN, []),
    ("a title changed", _CITING.replace("\n", "\n@title Work of the Committee\n", 1), ["A/RES/71/40"]),
    ("the same citations, other bytes", _CITING + "\n", []),
]


@pytest.mark.parametrize(("case", "text", "written"), NAME_ROWS, ids=[r[0] for r in NAME_ROWS])
def test_a_changed_file_writes_only_the_names_to_search_that_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str, text: str, written: list[str]
) -> None:
    root, db, logged = _logged_change(
        tmp_path,
        monkeypatch,
        text,
        "node INTEGER",
        "CREATE TRIGGER t40_in AFTER INSERT ON search_names "
        "BEGIN INSERT INTO t40_log VALUES (new.node); END;",
        "SELECT n.id FROM t40_log JOIN nodes n USING (node) ORDER BY 1",
    )
    assert [r[0] for r in logged] == written, case
    conn = sqlite3.connect(db)
    try:
        names = conn.execute("SELECT n.id, s.names FROM search_names s JOIN nodes n USING (node) ORDER BY 1")
        rows = names.fetchall()
    finally:
        conn.close()
    full = tmp_path / "full.sqlite"
    _query(root, str(full))
    conn = sqlite3.connect(full)
    try:
        names = conn.execute("SELECT n.id, s.names FROM search_names s JOIN nodes n USING (node) ORDER BY 1")
        assert rows == names.fetchall(), case
    finally:
        conn.close()


#: (case, the citing file's new text, the edges written: (what, cited id), sorted)
EDGE_ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("a new target cited", _NEW_TARGET, [("insert", "A/RES/68/247")]),
    ("a target cited once more", _CITED_AGAIN, [("update", "A/RES/71/12")]),
    (
        "a target no longer cited",
        _ONE_DROPPED,
        [("delete", "A/RES/65/281")],
    ),
    (
        "a pinpoint added",
        _CITING.replace("[A/RES/71/12]", "[A/RES/71/12 | para. 4]"),
        [("update", "A/RES/71/12")],
    ),
    ("the same citations, other bytes", _CITING + "\n", []),
]


@pytest.mark.parametrize(("case", "text", "written"), EDGE_ROWS, ids=[r[0] for r in EDGE_ROWS])
def test_a_changed_file_writes_only_the_edges_that_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str, text: str, written: list[tuple[str, str]]
) -> None:
    cited = "(SELECT id FROM nodes WHERE node = {}.cited)"
    root, db, logged = _logged_change(
        tmp_path,
        monkeypatch,
        text,
        "what TEXT, cited TEXT",
        "".join(
            f"CREATE TRIGGER t40_{what} AFTER {what.upper()} ON edges "
            f"BEGIN INSERT INTO t40_log VALUES ('{what}', {cited.format(row)}); END;"
            for what, row in (("insert", "new"), ("update", "new"), ("delete", "old"))
        ),
        "SELECT what, cited FROM t40_log",
    )
    assert sorted(logged) == written, case
    full = tmp_path / "full.sqlite"
    _query(root, str(full))
    assert _tables(db) == _tables(full), case
    facts = (
        "SELECT a.id, b.id, f.function, f.verb, f.section, f.paragraph, f.pinpoint FROM edges e "
        "JOIN nodes a ON a.node = e.citing JOIN nodes b ON b.node = e.cited "
        "LEFT JOIN edge_facts f ON f.facts = e.facts ORDER BY 1, 2"
    )
    got, want = sqlite3.connect(db), sqlite3.connect(full)
    try:
        assert got.execute(facts).fetchall() == want.execute(facts).fetchall(), case
        counts = "SELECT key, value FROM meta WHERE key IN ('nodes', 'edges') ORDER BY key"
        assert got.execute(counts).fetchall() == want.execute(counts).fetchall(), case
    finally:
        got.close()
        want.close()
