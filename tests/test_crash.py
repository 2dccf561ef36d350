"""kill -9 at random points while indexing and refreshing: the index stays sound and equals a
clean build once refreshed (more runs: ``python bench/crash.py``)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fake_engine import fake_extract
from rescite.corpus import index as ix
from rescite.corpus import reading, schema
from test_index_incremental import dump

CHILD = Path(__file__).resolve().parent / "crash_child.py"


def make_corpus(root: Path, n: int, seed: int) -> None:
    rng = random.Random(seed)
    for i in range(n):
        folder = root / f"s{i % 4}"
        folder.mkdir(parents=True, exist_ok=True)
        refs = " and ".join(f"[A/RES/60/{rng.randrange(n)}]" for _ in range(rng.randrange(1, 5)))
        (folder / f"d{i}.txt").write_text(f"@id A/RES/60/{i}\n@date 2005-12-0{1 + i % 9}\nRecalling {refs}\n")


def kill_at_random(db: Path, corpus: Path, rng: random.Random, jobs: int = 1) -> str:
    """Start a refresh in a child, kill -9 it (and its workers) after a random delay."""
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), str(db), str(corpus), str(jobs)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    assert proc.stdout is not None
    proc.stdout.readline()  # "open": the index exists, the refresh starts
    time.sleep(rng.uniform(0.0, 0.8))
    os.killpg(proc.pid, signal.SIGKILL)
    out, _ = proc.communicate()
    return "done" if "done" in out else "killed"


def check_sound_and_equal(db: Path, corpus: Path, tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = sqlite3.connect(db)
    assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    raw.close()
    monkeypatch.setattr(reading, "extract_text", fake_extract)
    conn = schema.open_index(db)
    ix.refresh(conn, [corpus], jobs=1)
    clean = schema.open_index(tmp / f"clean-{random.random()}.sqlite")
    ix.refresh(clean, [corpus], jobs=1)
    assert dump(conn) == dump(clean)


@pytest.mark.parametrize("seed", [1, 2])
def test_kill_during_first_build(tmp_path: Path, seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    corpus = tmp_path / "c"
    make_corpus(corpus, 200, seed)
    db = tmp_path / "i.sqlite"
    kill_at_random(db, corpus, rng, jobs=2)
    check_sound_and_equal(db, corpus, tmp_path, monkeypatch)


def test_kill_during_refresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(7)
    corpus = tmp_path / "c"
    make_corpus(corpus, 200, 7)
    db = tmp_path / "i.sqlite"
    monkeypatch.setattr(reading, "extract_text", fake_extract)
    ix.refresh(schema.open_index(db), [corpus], jobs=1)
    make_corpus(corpus, 260, 8)  # every file rewritten, 60 new
    for f in list(corpus.glob("s1/*.txt"))[:20]:
        f.unlink()
    kill_at_random(db, corpus, rng)
    check_sound_and_equal(db, corpus, tmp_path, monkeypatch)


def test_workers_end_with_their_parent(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    make_corpus(corpus, 400, 3)
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), str(tmp_path / "i.sqlite"), str(corpus), "2"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    proc.stdout.readline()
    time.sleep(0.3)
    children = _children(proc.pid)
    assert children  # the pool's workers (and its resource tracker) run
    proc.kill()  # the parent alone, as `kill -9 PID` does
    proc.wait()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(_alive(c) for c in children):
        time.sleep(0.05)
    assert not [c for c in children if _alive(c)]


def _children(pid: int) -> list[int]:
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    if int(fh.read().rsplit(")", 1)[1].split()[1]) == pid:
                        out.append(int(entry))
            except (OSError, ValueError, IndexError):
                continue
    return out


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False
