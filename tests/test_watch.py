"""``rescite watch``: an index kept up to date while its corpus is edited (``corpus.watch``).

The watcher refreshes the index after each change the file system reports, with an engine it
started once; a query after an edit then finds the index up to date.  What must hold:

- what the watcher makes is the index a full build of the same files makes (edited, added and
  removed files);
- a query never relies on it: a query that checks while the watcher writes waits for the lock
  and, finding the index up to date by then, reads nothing again (``corpus.index.refresh``
  looks at the fingerprint again once it holds the lock);
- events that cannot change the index (an editor's swap file, the index's own files) are not
  acted on;
- on the command line: one line for each refresh on stderr, Ctrl-C or SIGTERM ends it with
  exit 0, a missing ``watch`` extra is one line and exit 2.
"""

from __future__ import annotations

import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from rescite.corpus import index as ix
from rescite.corpus import schema
from rescite.corpus.fresh import functions
from rescite.corpus.walk import fingerprint, relisted, walk
from rescite.corpus.watch import concerns, folders_of, watch

pytest.importorskip("watchfiles")

FIRST = """Resolution adopted by the General Assembly on 3 March 2031

81/501. Cooperation between the United Nations and regional fishery bodies

The General Assembly,

Recalling its resolutions 70/75 of 8 December 2015 and 72/72 of 5 December 2017,

1. Requests the Secretary-General to report on the implementation of the present resolution.
"""

SECOND = """Resolution adopted by the General Assembly on 4 March 2031

81/502. Literacy for all

The General Assembly,

Reaffirming its resolution 56/116 of 19 December 2001,

1. Decides to include the item in the provisional agenda of its eighty-third session.
"""

THIRD = """Resolution adopted by the General Assembly on 5 March 2031

81/503. Oceans and the law of the sea

The General Assembly,

Recalling Security Council resolution 1816 (2008) of 2 June 2008,
"""


def _corpus(root: Path) -> Path:
    root.mkdir()
    (root / "sub").mkdir()
    (root / "first.txt").write_text(FIRST, encoding="utf-8")
    (root / "sub" / "second.txt").write_text(SECOND, encoding="utf-8")
    return root


def _content(db: Path) -> dict[str, Any]:
    """What the index says, without its own row numbers: documents, citations, edges."""
    conn = functions(sqlite3.connect(db))  # the views call rescite's SQL functions
    try:
        docs = sorted(conn.execute("SELECT rel, source_id, node_id, title, date FROM documents").fetchall())
        cites = sorted(
            conn.execute(
                'SELECT d.rel, c.target, c.start, c."end" FROM citations c JOIN documents d USING (doc)'
            ).fetchall()
        )
        edges = sorted(
            conn.execute(
                "SELECT a.id, b.id FROM edges e JOIN nodes a ON a.node = e.citing "
                "JOIN nodes b ON b.node = e.cited"
            ).fetchall()
        )
        counts = sorted(conn.execute("SELECT id, cited_by, mentions FROM nodes").fetchall())
    finally:
        conn.close()
    return {"documents": docs, "citations": cites, "edges": edges, "counts": counts}


def _built(root: Path, db: Path) -> dict[str, Any]:
    conn = schema.open_index(str(db), rebuild=True)
    try:
        ix.refresh(conn, [str(root)], jobs=1)
    finally:
        conn.close()
    return _content(db)


def _until(check: Callable[[], bool], seconds: float = 60.0) -> None:
    end = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < end, "the watcher did not bring the index up to date"
        time.sleep(0.05)


@pytest.mark.parametrize(
    ("name", "acted_on"),
    [
        ("/c/A_RES_81_1.txt", True),
        ("/c/report.PDF", True),
        ("/c/letter.docx", True),
        ("/c/page.htm", True),
        ("/c/session-81", True),  # a folder (added, removed or renamed)
        ("/c/.first.txt.swp", False),  # an editor's swap file
        ("/c/first.txt~", False),
        ("/c/notes.odt", False),  # not a corpus suffix
        ("/c/index.sqlite", False),
        ("/c/index.sqlite-wal", False),
    ],
)
def test_which_events_are_acted_on(name: str, acted_on: bool) -> None:
    own = frozenset({"/c/index.sqlite", "/c/index.sqlite-wal", "/c/index.sqlite-shm"})
    assert concerns(name, own) is acted_on


def test_the_watcher_keeps_the_index_as_a_full_build_would(tmp_path: Path) -> None:
    root = _corpus(tmp_path / "corpus")
    db = tmp_path / "index.sqlite"
    conn = schema.open_index(str(db))
    ix.refresh(conn, [str(root)], jobs=1)
    conn.close()
    summaries: list[ix.RefreshSummary] = []
    stop, ready = threading.Event(), threading.Event()

    def watcher() -> None:  # an SQLite connection serves the thread that opened it
        own = schema.open_index(str(db))
        try:
            watch(own, [str(root)], on_refresh=summaries.append, on_ready=lambda _: ready.set(), stop=stop)
        finally:
            own.close()

    thread = threading.Thread(target=watcher)
    thread.start()
    try:
        assert ready.wait(120)
        # an edit in place: a citation added
        with open(root / "first.txt", "a", encoding="utf-8") as f:
            f.write("\nRecalling also its resolution 64/293 of 30 July 2010,\n")
        _until(lambda: any(t == "A/RES/64/293" for _, t, _, _ in _content(db)["citations"]))
        # a file added in a new folder, one removed
        (root / "new").mkdir()
        (root / "new" / "third.txt").write_text(THIRD, encoding="utf-8")
        (root / "sub" / "second.txt").unlink()

        def settled() -> bool:
            rels = {r[0] for r in _content(db)["documents"]}
            return "new/third.txt" in rels and "sub/second.txt" not in rels

        _until(settled)
        (root / ".first.txt.swp").write_text("not a corpus file", encoding="utf-8")
        time.sleep(0.3)
    finally:
        stop.set()
        thread.join(30)
    assert not thread.is_alive()
    kept = _content(db)
    assert {s.changed for s in summaries if s.changed} == {1}
    assert sum(s.new for s in summaries) == 1 and sum(s.removed for s in summaries) == 1
    assert kept == _built(root, tmp_path / "full.sqlite")
    # the index is up to date: a query's own check finds nothing to read
    conn = schema.open_index(str(db))
    try:
        summary = ix.refresh(conn, [str(root)], mapper=_no_reading)
    finally:
        conn.close()
    assert not summary.modified and summary.unchanged == summary.files == 2


def _no_reading(func: Any, works: Any) -> Any:
    raise AssertionError(f"read again: {list(works)}")


def test_a_refresh_that_waited_for_another_writer_reads_nothing_again(tmp_path: Path) -> None:
    """The listing is made before the lock is taken: when another process (a watcher, another
    query) brings the index up to date meanwhile, the refresh finds the stored fingerprint equal
    to its own once it holds the lock, and neither reads a file nor writes a row."""
    root = _corpus(tmp_path / "corpus")
    db = tmp_path / "index.sqlite"
    first = schema.open_index(str(db))
    ix.refresh(first, [str(root)], jobs=1)
    (root / "first.txt").write_text(FIRST.replace("72/72", "72/73"), encoding="utf-8")
    listing = walk([str(root)])  # the query's look: the change seen
    other = schema.open_index(str(db))
    done = ix.refresh(other, [str(root)], jobs=1)  # the watcher's refresh, committed
    other.close()
    assert done.changed == 1
    before = _content(db)
    summary = ix.refresh(first, [str(root)], mapper=_no_reading, listing=listing)
    first.close()
    assert not summary.modified and summary.unchanged == 2
    assert _content(db) == before


def _rescite(*args: str) -> list[str]:
    return [sys.executable, "-c", "from rescite.__main__ import console; console()", *args]


class _Lines:
    """The lines a child writes on stderr, read on a thread (a test never blocks on a read)."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self.queue: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        assert proc.stderr is not None
        stream = proc.stderr

        def read() -> None:
            for line in stream:
                self.queue.put(line)

        threading.Thread(target=read, daemon=True).start()

    def wait_for(self, startswith: str, seconds: float = 120.0) -> str:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            try:
                line = self.queue.get(timeout=0.2)
            except queue.Empty:
                continue
            self.seen.append(line)
            if line.startswith(startswith):
                return line
        raise AssertionError(f"no line {startswith!r} on stderr: {self.seen}")

    def rest(self, seconds: float = 10.0) -> list[str]:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            try:
                self.seen.append(self.queue.get(timeout=0.2))
            except queue.Empty:
                if not self.queue.qsize():
                    break
        return self.seen


def test_the_command_says_each_refresh_and_ends_on_a_signal(tmp_path: Path) -> None:
    root = _corpus(tmp_path / "corpus")
    db = tmp_path / "index.sqlite"
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    proc = subprocess.Popen(
        _rescite("watch", str(root), "--db", str(db)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    lines = _Lines(proc)
    try:
        assert "2 files" in lines.wait_for("rescite: watching ")
        (root / "third.txt").write_text(THIRD, encoding="utf-8")
        assert (
            lines.wait_for("rescite: index refreshed")
            == "rescite: index refreshed: 1 new, 0 changed, 0 removed\n"
        )
        shown = subprocess.run(
            _rescite("show", "S/RES/1816(2008)", "--corpus", str(root), "--db", str(db)),
            capture_output=True,
            text=True,
            env=env,
        )
        assert shown.returncode == 0, shown.stderr
        assert "S/RES/1816(2008)" in shown.stdout and "A/RES/81/503" in shown.stdout
        assert "index refreshed" not in shown.stderr  # the watcher had done it
        proc.send_signal(signal.SIGTERM)
        assert proc.stdout is not None
        out = proc.stdout.read()
        proc.wait(60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0
    assert out == ""  # stdout carries data only
    err = lines.rest()
    assert err[-1] == "rescite: stopped watching\n"
    assert not any("Traceback" in line for line in err)


def test_without_the_extra_one_line_and_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from rescite.cli import app

    monkeypatch.setitem(sys.modules, "watchfiles", None)  # import fails as when not installed
    root = _corpus(tmp_path / "corpus")
    result = CliRunner().invoke(app, ["watch", str(root), "--db", str(tmp_path / "i.sqlite")])
    assert result.exit_code == 2
    assert result.stderr.strip() == "rescite: rescite watch needs watchfiles: pip install 'rescite[watch]'"
    assert not (tmp_path / "i.sqlite").exists()  # said before anything is built


def _tree(root: Path) -> Path:
    for rel, text in {
        "s80/a.txt": FIRST,
        "s80/b.txt": SECOND,
        "s81/c.txt": THIRD,
        "s81/deeper/d.txt": FIRST,
    }.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def _same(a: Any, b: Any) -> bool:
    return bool(a.files == b.files and a.folders() == b.folders() and fingerprint(a) == fingerprint(b))


def _new_folder(folder: Path) -> None:
    folder.mkdir()
    (folder / "f.txt").write_text(FIRST, encoding="utf-8")


# each: what is done to the tree (paths relative to it), the folders said to have changed
# (relative), and whether the folders alone can tell (else a whole walk: None)
EDITS: list[tuple[str, Callable[[Path], object], set[str], bool]] = [
    ("an edit in place", lambda r: (r / "s80/a.txt").write_text(FIRST + "\nMore.\n"), {"s80"}, True),
    ("a file added", lambda r: (r / "s81/e.TXT").write_text(THIRD), {"s81"}, True),
    ("a file removed", lambda r: (r / "s80/b.txt").unlink(), {"s80"}, True),
    ("a folder's last file removed", lambda r: (r / "s81/deeper/d.txt").unlink(), {"s81/deeper"}, True),
    (
        "two folders",
        lambda r: [(r / f).write_text(SECOND) for f in ("s80/a.txt", "s81/c.txt")],
        {"s80", "s81"},
        True,
    ),
    ("a new subfolder", lambda r: (r / "s80/new").mkdir(), {"s80"}, False),
    (
        "a folder with no files before",
        lambda r: _new_folder(r / "s82"),
        {"s82"},
        False,
    ),
    ("a second name of a file", lambda r: os.link(r / "s80/a.txt", r / "s81/a2.txt"), {"s81"}, False),
]


@pytest.mark.parametrize(("what", "edit", "folders", "told"), EDITS, ids=[e[0] for e in EDITS])
def test_listing_again_the_folders_that_changed_is_the_whole_walk(
    tmp_path: Path, what: str, edit: Callable[[Path], object], folders: set[str], told: bool
) -> None:
    root = _tree(tmp_path / "corpus").resolve()
    before = walk([str(root)])
    edit(root)
    again = relisted(before, {str(root / f) for f in folders})
    if not told:
        assert again is None
        return
    assert again is not None
    assert _same(again, walk([str(root)]))
    assert not _same(again, before)


def test_files_named_one_by_one_are_walked_whole(tmp_path: Path) -> None:
    root = _tree(tmp_path / "corpus").resolve()
    assert relisted(walk([str(root / "s80/a.txt"), str(root / "s81")]), {str(root / "s81")}) is None


@pytest.mark.parametrize(
    ("events", "folders"),
    [
        ([(False, "/c/s80/a.txt")], {"/c/s80"}),
        ([(True, "/c/s80/a.txt"), (False, "/c/s81/b.PDF")], {"/c/s80", "/c/s81"}),
        ([(True, "/c/s80")], None),  # a folder removed or renamed
        ([(False, "/c/s80/a.txt"), (True, "/c/s81")], None),
    ],
)
def test_the_folders_a_batch_of_events_changed(
    events: list[tuple[bool, str]], folders: set[str] | None
) -> None:
    assert folders_of(events) == folders


def test_an_index_that_fails_while_watching_is_one_line_and_exit_4(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A refresh of the watcher that finds the index damaged (or cannot write it) ends the watch
    with the refresh's one line and exit 4, never a traceback; the index is left as it was."""
    from typer.testing import CliRunner

    from rescite.cli import app
    from rescite.corpus import watch as watch_module

    def damaged(*_: Any, **__: Any) -> None:
        raise schema.IndexDamaged("index.sqlite: the index is damaged (database disk image is malformed)")

    monkeypatch.setattr(watch_module, "watch", damaged)
    root = _corpus(tmp_path / "corpus")
    result = CliRunner().invoke(app, ["watch", str(root), "--db", str(tmp_path / "i.sqlite")])
    assert result.exit_code == 4
    assert result.stderr.splitlines()[-1] == (
        "rescite: index.sqlite: the index is damaged (database disk image is malformed)"
    )
    assert "Traceback" not in result.stderr
