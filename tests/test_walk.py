"""The file system as it is: links, loops, FIFOs, devices, names that are not UTF-8,
folders that cannot be read (corpus/walk.py, and `extract` on top of it)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from rescite.corpus.walk import Note, discover, scan, walk

needs_posix = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX file system features")


def _rels(root: Path) -> list[str]:
    return [rel for _, rel in discover([root])]


def test_discover_skips_hidden_and_other_suffixes(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "sub" / "b.HTML").write_text("x", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"x")
    assert _rels(tmp_path) == ["a.txt", "sub/b.HTML"]
    assert discover([tmp_path / "image.png"])[0][1] == "image.png"  # named explicitly: taken
    with pytest.raises(FileNotFoundError):
        discover([tmp_path / "missing"])


@needs_posix
def test_each_real_file_once_and_link_loops_end(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    os.symlink("..", tmp_path / "sub" / "up")  # a loop
    os.symlink(tmp_path, tmp_path / "sub" / "again")  # another way round
    os.symlink("../a.txt", tmp_path / "sub" / "same.txt")  # the same file by another name
    os.link(tmp_path / "a.txt", tmp_path / "hard.txt")  # and by a hard link
    found = walk([tmp_path, tmp_path / "sub", tmp_path / "a.txt"])
    assert [rel for _, rel, _, _ in found.files] == ["a.txt"]
    assert found.notes == []


@needs_posix
def test_a_linked_folder_is_followed(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (real / "r.txt").write_text("x", encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    os.symlink(real, corpus / "linked")
    assert _rels(corpus) == ["linked/r.txt"]


@needs_posix
def test_fifos_sockets_and_dangling_links_are_noted_never_opened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    os.symlink("/dev/zero", tmp_path / "zero.txt")
    os.symlink("nowhere.txt", tmp_path / "dangling.txt")
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(tmp_path / "s.txt"))
    except OSError:  # a path too long for a socket on this system
        sock.close()
        sock = None  # type: ignore[assignment]
    (tmp_path / "ok.txt").write_text("x", encoding="utf-8")
    found = walk([tmp_path])  # would hang on the FIFO or /dev/zero if it opened them
    if sock is not None:
        sock.close()
    assert [rel for _, rel, _, _ in found.files] == ["ok.txt"]
    reasons = {Path(n.path).name: n.reason for n in found.notes}
    assert reasons["pipe.txt"].startswith("a FIFO")
    assert reasons["zero.txt"].startswith("a device")
    assert reasons["dangling.txt"].startswith("a link that leads nowhere")
    if sock is not None:
        assert reasons["s.txt"].startswith("a socket")


@needs_posix
def test_a_named_fifo_is_a_note(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    found = walk([tmp_path / "pipe.txt"])
    assert found.files == [] and found.notes[0].reason.startswith("a FIFO")


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads every folder")
def test_an_unreadable_folder_is_noted(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "x.txt").write_text("x", encoding="utf-8")
    (tmp_path / "ok.txt").write_text("x", encoding="utf-8")
    locked.chmod(0)
    try:
        notes: list[Note] = []
        files = scan([tmp_path], notes)
    finally:
        locked.chmod(0o755)
    assert [rel for _, rel, _, _ in files] == ["ok.txt"]
    assert [Path(n.path).name for n in notes] == ["locked"]
    assert "cannot be read" in notes[0].reason


@needs_posix
def test_names_that_are_not_utf8_are_kept_exactly(tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/r\xe9solution \xff.txt"
    with open(raw, "wb") as f:
        f.write(b"Recalling its resolution 64/293,\n")
    found = walk([tmp_path])
    path = found.files[0][0]
    assert os.fsencode(path) == raw  # the bytes of the name, exactly
    os.symlink(b"nowhere", os.fsencode(tmp_path) + b"/\xff\x1b[2J.txt")  # noted on stderr
    # extract: valid JSON on stdout, the name given back byte for byte; escaped on stderr
    proc = subprocess.run(
        [sys.executable, "-m", "rescite", "extract", "--format", "jsonl", str(tmp_path)],
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout.decode("utf-8").splitlines()[0])
    assert os.fsencode(record["source"]) == raw
    assert record["target"] == "A/RES/64/293"
    assert b"/\\xff\\x1b[2J.txt: a link that leads nowhere" in proc.stderr
    assert b"\x1b" not in proc.stderr and b"Traceback" not in proc.stderr


def test_an_argument_that_is_not_utf8_and_names_nothing_is_a_usage_error() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "rescite", "show", os.fsdecode(b"64/293\xff")], capture_output=True, timeout=60
    )
    assert proc.returncode == 2
    assert proc.stderr == b"rescite: argument 2 is not valid UTF-8: 64/293\\xff\n"


def test_a_deep_tree_does_not_overflow(tmp_path: Path) -> None:
    deep = tmp_path
    for _ in range(60):
        deep = deep / "d"
    deep.mkdir(parents=True)
    (deep / "x.txt").write_text("x", encoding="utf-8")
    assert len(_rels(tmp_path)) == 1
