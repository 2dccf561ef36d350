"""The index never loses or takes data: foreign files refused and unchanged, damage rebuilt."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fake_engine import fake_extract, write_corpus
from rescite.cli.app import app
from rescite.corpus import index as ix
from rescite.corpus import reading, schema

runner = CliRunner()


@pytest.fixture(autouse=True)
def _fake_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "extract_text", fake_extract)


def _digest(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def _foreign_db(path: Path) -> Path:
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE documents (x)")  # a name the index uses too
    other.execute("INSERT INTO documents VALUES ('precious')")
    other.commit()
    other.close()
    return path


@pytest.mark.parametrize("kind", ["sqlite", "text", "empty-sqlite-with-user-version"])
def test_foreign_file_refused_and_unchanged(tmp_path: Path, kind: str) -> None:
    corpus = write_corpus(tmp_path / "c")
    db = tmp_path / "other.db"
    if kind == "sqlite":
        _foreign_db(db)
    elif kind == "text":
        db.write_text("my shopping list\n" * 50)
    else:
        other = sqlite3.connect(db)
        other.execute("PRAGMA application_id = 1234")
        other.close()
    before = _digest(db)
    for cmd in (["index"], ["list"], ["show", "64/293"], ["index", "--rebuild"]):
        result = runner.invoke(app, [*cmd, "--db", str(db), "--corpus", str(corpus)])
        assert result.exit_code == 4, result.output
        assert "not a rescite index" in result.stderr and "left unchanged" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert _digest(db) == before
    assert not Path(f"{db}-wal").exists()


def test_index_is_marked_and_reopened(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c")
    db = tmp_path / "i.sqlite"
    conn = schema.open_index(db)
    ix.refresh(conn, [corpus], jobs=1)
    conn.close()
    assert schema.ownership(db) == "ours"
    probe = sqlite3.connect(db)
    assert probe.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    probe.close()
    assert schema.ownership(tmp_path / "none.sqlite") == "new"
    (tmp_path / "empty").write_bytes(b"")
    assert schema.ownership(tmp_path / "empty") == "new"


def test_damaged_index_is_rebuilt_with_one_line(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c")
    db = tmp_path / "i.sqlite"
    assert runner.invoke(app, ["index", "--db", str(db), "--corpus", str(corpus)]).exit_code == 0
    probe = sqlite3.connect(db)
    probe.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    probe.close()
    data = bytearray(db.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page:] = b"\xa5" * (len(data) - page)  # every page after the first is garbage
    db.write_bytes(bytes(data))
    result = runner.invoke(app, ["list", "-f", "ids", "--db", str(db), "--corpus", str(corpus)])
    assert result.exit_code == 0, result.output
    assert "A/RES/64/293" in result.stdout
    assert "index damaged" in result.stderr and "rebuilding" in result.stderr


def test_rebuild_starts_anew(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c")
    db = tmp_path / "i.sqlite"
    assert runner.invoke(app, ["index", "--db", str(db), "--corpus", str(corpus)]).exit_code == 0
    result = runner.invoke(app, ["index", "--rebuild", "--db", str(db), "--corpus", str(corpus)])
    assert result.exit_code == 0 and "5 new" in result.stderr


def test_legacy_index_is_taken_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "old.sqlite"
    old = sqlite3.connect(db)
    for name in ("meta", "documents", "citations", "nodes", "edges"):
        old.execute(f"CREATE TABLE {name} (x)")
    old.execute("PRAGMA user_version = 1")
    old.close()
    assert schema.ownership(db) == "legacy"
    conn = schema.open_index(db)
    assert "rebuilding" in capsys.readouterr().err
    assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID


def test_query_during_first_build_says_so(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c")
    db = tmp_path / "i.sqlite"
    schema.open_index(db).close()  # created, never built
    builder = sqlite3.connect(db, isolation_level=None)
    builder.execute("BEGIN IMMEDIATE")  # another process is building it
    try:
        result = runner.invoke(app, ["show", "64/293", "--db", str(db), "--corpus", str(corpus)])
        assert result.exit_code == 4 and "being built" in result.stderr
        result = runner.invoke(app, ["index", "--db", str(db), "--corpus", str(corpus)])
        assert result.exit_code == 4 and "another rescite process" in result.stderr
    finally:
        builder.execute("ROLLBACK")
        builder.close()


def test_read_only_index_says_so(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c")
    db = tmp_path / "i.sqlite"
    assert runner.invoke(app, ["index", "--db", str(db), "--corpus", str(corpus)]).exit_code == 0
    (corpus / "new.txt").write_text("@id A/RES/78/1\nRecalling [A/RES/72/1]\n")
    conn = schema.open_index(db)
    conn.execute("PRAGMA query_only = ON")  # as a read-only file or folder behaves
    with pytest.raises(ix.IndexFailed, match=r"read-only|cannot write"):
        ix.refresh(conn, [corpus], jobs=1)
