"""The ``rescite`` console script ends the process as soon as a query on the quick path (or
``--version``) is answered, without the interpreter's teardown: the same output and exit
code as ``python -m rescite``, the index left as the end of a process leaves it (not closed:
SQLite's WAL beside it, empty after a query that changed nothing), and the ordinary exit kept
when something is registered to run at exit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fake_engine import use_fake_engine, write_corpus
from rescite.cli import app

#: Runs ``rescite.__main__.<entry>()`` with the arguments; an object whose finaliser writes
#: ``teardown`` on stderr when the interpreter frees the module's globals at an ordinary exit.
PROBE = (
    "import sys\n"
    "entry, sys.argv = sys.argv[1], ['rescite', *sys.argv[2:]]\n"
    "class Watch:\n"
    "    def __del__(self):\n"
    "        sys.stderr.write('teardown\\n')\n"
    "watch = Watch()\n"
    "if entry == 'console+atexit':\n"
    "    import atexit\n"
    "    atexit.register(sys.stderr.write, 'at exit\\n')\n"
    "    entry = 'console'\n"
    "import rescite.__main__ as m\n"
    "getattr(m, entry)()\n"
)


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    use_fake_engine(monkeypatch, tmp_path)
    monkeypatch.delenv("RESCITE_QUICK", raising=False)
    root = write_corpus(tmp_path / "corpus")
    db = tmp_path / "index.sqlite"
    assert CliRunner().invoke(app, ["index", "--corpus", str(root), "--db", str(db)]).exit_code == 0
    return root


def run(entry: str, args: list[str], tmp_path: Path) -> tuple[int, str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("RESCITE_CORPUS", "RESCITE_QUICK")}
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    p = subprocess.run(
        [sys.executable, "-c", PROBE, entry, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    return p.returncode, p.stdout, p.stderr


QUERIES = [
    ["show", "A/RES/73/146"],
    ["show", "A/RES/99/999"],  # not found: exit 1, a line on stderr
    ["cites", "A/RES/73/146", "--depth", "0"],
    ["cited-by", "A/RES/64/293", "-f", "json"],
    ["graph", "--focus", "A/RES/72/1", "-f", "json"],
    ["--version"],
]


@pytest.mark.parametrize("args", QUERIES, ids=" ".join)
def test_console_script_ends_at_once_with_the_same_answer(
    corpus: Path, tmp_path: Path, args: list[str]
) -> None:
    where = [] if args == ["--version"] else ["--corpus", str(corpus), "--db", str(tmp_path / "index.sqlite")]
    ordinary = run("main", [*args, *where], tmp_path)  # first: the user cache is then warm
    code, out, err = run("console", [*args, *where], tmp_path)
    assert ordinary[2].endswith("teardown\n")  # the probe sees an ordinary exit
    assert (code, out, err) == (ordinary[0], ordinary[1], ordinary[2].removesuffix("teardown\n"))
    assert out or err
    # not closed (no checkpoint, test_start46): a query that changed nothing left no page to copy
    assert all(p.stat().st_size == 0 for p in tmp_path.glob("index.sqlite-wal"))


def test_console_script_keeps_the_ordinary_exit_for_what_runs_at_exit(corpus: Path, tmp_path: Path) -> None:
    args = ["show", "A/RES/73/146", "--corpus", str(corpus), "--db", str(tmp_path / "index.sqlite")]
    code, out, err = run("console+atexit", args, tmp_path)
    assert code == 0 and "A/RES/73/146" in out
    assert err.endswith("at exit\n") or err.endswith("teardown\n")
    assert "at exit\n" in err
