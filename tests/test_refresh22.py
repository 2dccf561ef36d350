"""A refresh of one changed file starts the engine with less work: the lexicon's and the rule
tables' keys are kept under their files' names, sizes and times (``recache.files_key``: the
files are read and hashed again only when one of them changed), and the time budget is set
without the ``signal`` and ``threading`` packages."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from rescite.corpus.limits import time_limit
from rescite.grammar import lexicon, recache


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    monkeypatch.setattr(recache, "_strings", None)
    monkeypatch.setattr(recache, "_used_strings", set())
    monkeypatch.setattr(recache, "_pending", [])
    lexicon.load.cache_clear()
    yield home
    lexicon.load.cache_clear()


def _grow(path: Path) -> None:
    path.write_text(path.read_text(encoding="utf-8") + "x", encoding="utf-8")


def _retime(path: Path) -> None:
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


def _rewrite(path: Path) -> None:
    path.write_text(path.read_text(encoding="utf-8").upper(), encoding="utf-8")
    _retime(path)  # (a file system whose clock ticks slower than two writes)


def _same(path: Path) -> None:
    path.read_bytes()


#: (what happens to the files between two asks, how many builds, the same key both times)
CHANGES: list[tuple[str, Callable[[Path], None], int, bool]] = [
    ("nothing changed: built once", lambda p: None, 1, True),
    ("a file read, not written: built once", lambda p: _same(p / "b.txt"), 1, True),
    ("a file grown: built again", lambda p: _grow(p / "b.txt"), 2, False),
    ("a file's time moved: built again, the same key", lambda p: _retime(p / "a.txt"), 2, True),
    ("a file of the same size rewritten: built again", lambda p: _rewrite(p / "a.txt"), 2, False),
]


@pytest.mark.parametrize(("change", "builds", "same"), [c[1:] for c in CHANGES], ids=[c[0] for c in CHANGES])
def test_a_files_key_is_built_again_only_when_a_file_changed(
    cache_home: Path, tmp_path: Path, change: Callable[[Path], None], builds: int, same: bool
) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text(f"the text of {name}\n", encoding="utf-8")
    paths = [str(folder / "a.txt"), str(folder / "b.txt")]
    calls: list[str] = []

    def build() -> str:
        calls.append("built")
        return "-".join(Path(p).read_text(encoding="utf-8") for p in paths)

    first = recache.files_key("test", paths, build)
    change(folder)
    second = recache.files_key("test", paths, build)
    assert len(calls) == builds
    assert second == build()  # the key of the files as they are now
    assert (first == second) == same


def test_a_files_key_of_a_missing_file_is_an_oserror(cache_home: Path, tmp_path: Path) -> None:
    with pytest.raises(OSError):
        recache.files_key("test", [str(tmp_path / "none.txt")], lambda: "never")


CODES = lexicon.language_codes()


@pytest.mark.parametrize("code", CODES)
def test_a_kept_lexicon_is_loaded_without_reading_its_language_files(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch, code: str
) -> None:
    first = lexicon.load()  # compiled, kept with its key
    lexicon.load.cache_clear()
    lexicon.load()  # read from the kept copy: its key is kept too
    key = lexicon.kept_key()
    assert key is not None
    read: list[str] = []
    real = lexicon._read

    def counted(name: str) -> str:
        read.append(name)
        text: str = real(name)
        return text

    monkeypatch.setattr(lexicon, "_read", counted)
    lexicon.load.cache_clear()
    again = lexicon.load()
    assert f"{code}.toml" not in read
    assert lexicon.kept_key() == key
    assert again.languages[code].raw == first.languages[code].raw


@pytest.mark.parametrize("module", ["signal", "threading"])
def test_a_time_budget_is_kept_without_the_module(module: str) -> None:
    code = (
        "import sys\n"
        "from rescite.corpus.limits import time_limit\n"
        "with time_limit(30) as clock:\n"
        "    pass\n"
        f"print({module!r} in sys.modules, clock.armed, clock.ran_out)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False", "False"]  # not imported; disarmed once left


THREADS: list[tuple[str, bool, bool]] = [
    ("main thread: by a signal", True, False),
    ("another thread, no thread budget: not kept", False, False),
]


@pytest.mark.parametrize(("main", "thread_kept"), [t[1:] for t in THREADS], ids=[t[0] for t in THREADS])
def test_a_time_budget_is_set_in_the_main_thread_only(main: bool, thread_kept: bool) -> None:
    got: list[tuple[bool, int]] = []

    def enter() -> None:
        with time_limit(30) as clock:
            got.append((clock.armed, clock.thread))

    if main:
        enter()
    else:
        t = threading.Thread(target=enter)
        t.start()
        t.join()
    armed, thread = got[0]
    assert armed == (main or thread_kept)
    assert bool(thread) == thread_kept
