"""A query that refreshes its index ends without copying the refresh into the index (issue 9,
condition 2): the refresh's pages stay in SQLite's WAL beside it, where the next process to
open the index reads them, and no sync of the disk is waited for (in WAL mode with
``synchronous=NORMAL`` a commit is not synced; the checkpoint a closing connection made synced
the WAL, copied its pages, synced the index and removed the WAL: five waits for the disk in a
one-file refresh).  The refresh is as safe against the end of the process as any committed
transaction; a power cut may lose the WAL's last pages — the last refresh, and with it the
fingerprint it stored — and the next query then finds the corpus changed and refreshes again.

The changes of the rows (invented texts, the tests' toy markup of ``fake_engine``):

- a file's text changed ("Recalling [A/RES/71/12] and [A/RES/66/131]" → "… and [A/RES/68/247]");
- a file added ("@id A/RES/71/90 / Noting [A/RES/71/77]");
- a file removed.

For each: the console script answers, the index file alone still holds the fingerprint of
before (the refresh is in the WAL); with the WAL and its index lost as a power cut may lose
them, the next query refreshes again, and the index is then a full build's.  Look-alikes that
stay as they were: the next query with the WAL in place reads the refresh (nothing refreshed
again, the tables a full build's, the index whole); a query that changes nothing writes
nothing; ``rescite index`` (the full command line) leaves no WAL; the WAL emptied into the
index once it passes its bound (``schema.WAL_BYTES``, set to 0 in the child); the writer's
connection makes no checkpoint of its own after a commit (``wal_autocheckpoint`` 0): a process
that opens the index after one that ended without closing it cannot tell what was copied
before, and SQLite's own checkpoint would copy the whole WAL at every commit.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from fake_engine import use_fake_engine
from rescite.cli import app
from test_refresh40 import _FILES, _add, _change, _remove
from test_refresh40 import _tables as _graph_tables  # the same three texts and changes

_TESTS = str(Path(__file__).resolve().parent)

#: Runs the console script (``rescite.__main__.console``) on the tests' engine, nothing
#: registered to run at exit (the process ends at once, as the console script's does);
#: ``WAL_BYTES`` (the first argument, when not empty) sets the WAL's bound.
PROBE = (
    "import sys\n"
    f"sys.path.insert(0, {_TESTS!r})\n"
    "bound, sys.argv = sys.argv[1], ['rescite', *sys.argv[2:]]\n"
    "import types\n"
    "sys.modules['pytest'] = types.ModuleType('pytest')  # named by annotations only; the real\n"
    "from fake_engine import fake_extract  # one registers a function to run at exit\n"
    "from rescite.corpus import reading, schema\n"
    "reading.extract_text = fake_extract\n"
    "if bound:\n"
    "    schema.WAL_BYTES = int(bound)\n"
    "import rescite.__main__ as m\n"
    "m.console()\n"
)

#: (case, the change, what the refresh says)
CHANGES: list[tuple[str, Callable[[Path], None], str]] = [
    ("a file changed", _change, "0 new, 1 changed, 0 removed"),
    ("a file added", _add, "1 new, 0 changed, 0 removed"),
    ("a file removed", _remove, "0 new, 0 changed, 1 removed"),
]


@pytest.fixture
def built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A corpus and its index, built and closed (no WAL beside it)."""
    use_fake_engine(monkeypatch, tmp_path)
    monkeypatch.delenv("RESCITE_QUICK", raising=False)
    root = tmp_path / "corpus"
    root.mkdir()
    for name, text in _FILES.items():
        (root / name).write_text(text, encoding="utf-8")
    db = tmp_path / "index.sqlite"
    result = CliRunner().invoke(app, ["index", "--corpus", str(root), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert not Path(f"{db}-wal").exists()
    return root, db


def _console(root: Path, db: Path, bound: str = "") -> tuple[int, str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("RESCITE_CORPUS", "RESCITE_QUICK")}
    p = subprocess.run(
        [sys.executable, "-c", PROBE, bound, "show", "A/RES/71/12", "--corpus", str(root), "--db", str(db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    return p.returncode, p.stdout, p.stderr


def _fingerprint(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()[0])
    finally:
        conn.close()


def _file_alone(db: Path) -> Path:
    """A copy of the index file without the WAL beside it: the index as the disk may hold it
    after a power cut that lost the WAL."""
    alone = db.parent / "alone" / db.name
    alone.parent.mkdir(exist_ok=True)
    shutil.copyfile(db, alone)
    return alone


def _tables(db: Path) -> dict[str, list[Any]]:
    """What a query reads of an index (the rows of its graph and of its documents:
    test_refresh40's), and the file's integrity check."""
    conn = sqlite3.connect(db)
    try:
        return {**_graph_tables(db), "integrity": conn.execute("PRAGMA integrity_check").fetchall()}
    finally:
        conn.close()


def _full_build(root: Path, tmp_path: Path) -> dict[str, list[Any]]:
    full = tmp_path / "full.sqlite"
    result = CliRunner().invoke(app, ["index", "--corpus", str(root), "--db", str(full)])
    assert result.exit_code == 0, result.output
    return _tables(full)


@pytest.mark.parametrize(("case", "change", "said"), CHANGES, ids=[c[0] for c in CHANGES])
def test_the_refresh_stays_in_the_wal_and_a_power_cut_only_costs_it_again(
    built: tuple[Path, Path], tmp_path: Path, case: str, change: Callable[[Path], None], said: str
) -> None:
    root, db = built
    before = _fingerprint(db)
    change(root)
    code, out, err = _console(root, db)
    assert code == 0 and "A/RES/71/12" in out, (case, err)
    assert said in err, case
    assert Path(f"{db}-wal").stat().st_size > 0, case  # the refresh's pages, not copied
    assert _fingerprint(_file_alone(db)) == before, case  # the index file alone: as before
    for side in ("-wal", "-shm"):  # a power cut loses what was not synced: the WAL
        Path(f"{db}{side}").unlink()
    assert _fingerprint(db) == before, case
    code, out, err = _console(root, db)
    assert code == 0 and "A/RES/71/12" in out, (case, err)
    assert said in err, case  # found changed again, refreshed again
    assert _tables(db) == _full_build(root, tmp_path), case


@pytest.mark.parametrize(("case", "change", "said"), CHANGES, ids=[c[0] for c in CHANGES])
def test_the_next_query_reads_the_refresh_from_the_wal(
    built: tuple[Path, Path], tmp_path: Path, case: str, change: Callable[[Path], None], said: str
) -> None:
    root, db = built
    change(root)
    first = _console(root, db)
    assert first[0] == 0 and said in first[2], case
    second = _console(root, db)
    assert second == (0, first[1], ""), case  # the same answer, nothing refreshed again
    assert _tables(db) == _full_build(root, tmp_path), case


def test_a_query_that_changes_nothing_writes_nothing(built: tuple[Path, Path]) -> None:
    root, db = built
    _change(root)
    assert _console(root, db)[0] == 0
    wal = Path(f"{db}-wal")
    before = (wal.read_bytes() if wal.exists() else None, db.read_bytes())
    code, out, err = _console(root, db)
    assert (code, err) == (0, "") and "A/RES/71/12" in out
    assert (wal.read_bytes() if wal.exists() else None, db.read_bytes()) == before


def test_rescite_index_leaves_no_wal(built: tuple[Path, Path]) -> None:
    root, db = built
    _change(root)
    assert _console(root, db)[0] == 0
    _add(root)
    result = CliRunner().invoke(app, ["index", "--corpus", str(root), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert not Path(f"{db}-wal").exists()  # closed as at any ordinary exit: copied, removed


@pytest.mark.parametrize(("case", "change", "said"), CHANGES, ids=[c[0] for c in CHANGES])
def test_a_wal_past_its_bound_is_emptied_into_the_index(
    built: tuple[Path, Path], tmp_path: Path, case: str, change: Callable[[Path], None], said: str
) -> None:
    root, db = built
    change(root)
    code, _out, err = _console(root, db, bound="0")
    assert code == 0 and said in err, case
    wal = Path(f"{db}-wal")
    assert not wal.exists() or wal.stat().st_size == 0, case
    assert _fingerprint(_file_alone(db)) == _fingerprint(db), case  # in the index file itself
    assert _tables(_file_alone(db)) == _full_build(root, tmp_path), case


def test_the_writer_makes_no_checkpoint_of_its_own(tmp_path: Path) -> None:
    from rescite.corpus import schema

    conn = schema.open_index(str(tmp_path / "index.sqlite"))
    try:
        assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL: no sync per commit
    finally:
        conn.close()
