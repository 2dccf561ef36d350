"""``python -m rescite`` ends a query at once, as the ``rescite`` console script does (session 37).

The console script ended the process with ``os._exit`` once a query on the quick path (or
``--version``, a kept help screen) had answered; ``python -m rescite`` kept the ordinary exit,
whose teardown frees every module and object one by one (3–13 ms of a query: the listing of
10,000 files, thousands of rows).  It now ends at once too, when the interpreter's own command
line shows that this module is the program (``sys.orig_argv``: ``python [flags] -m rescite``);
anything else keeps the ordinary exit: another module run first (``-m cProfile -m rescite``
writes its report after the run), ``-c`` (a test that runs the module through ``runpy`` and
reads ``sys.modules`` after), ``-i`` (a prompt after), an option not known here.

Rows: the command lines and what they decide (the function is new: every row fails on
64012ff7); ``python -m rescite`` queries in a child whose ``sitecustomize`` keeps an object
that says when the interpreter frees it (at an ordinary exit only): the same output and exit
code as the full command line's ordinary exit, no teardown, the index not closed (its WAL
empty after a query that changed nothing: test_start46) (each of these rows fails on 64012ff7,
whose ``python -m rescite`` tore down); the ordinary
exit kept under ``-m cProfile`` (a row that passes on both).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fake_engine import use_fake_engine, write_corpus
from rescite.cli import app

#: (the interpreter's command line, whether ``python -m rescite`` is the program)
COMMAND_LINES: list[tuple[list[str], bool]] = [
    (["python", "-m", "rescite", "show", "A/RES/60/150"], True),
    (["python", "-mrescite", "cites", "X"], True),
    (["python", "-X", "importtime", "-m", "rescite", "show", "X"], True),
    (["python", "-Ximporttime", "-W", "error", "-m", "rescite"], True),
    (["python", "-E", "-s", "-m", "rescite", "--version"], True),
    (["python", "-Esm", "rescite", "show", "X"], True),
    (["python", "-u", "-B", "-m", "rescite", "graph", "--focus", "X"], True),
    (["python", "-m", "cProfile", "-m", "rescite", "show", "X"], False),
    (["python", "-m", "pdb", "-m", "rescite"], False),
    (["python", "-c", "import runpy; runpy.run_module('rescite')", "-m", "rescite"], False),
    (["python", "-i", "-m", "rescite", "show", "X"], False),
    (["python", "-Ei", "-m", "rescite"], False),
    (["python", "script.py", "-m", "rescite"], False),
    (["python", "-m", "rescite.cli"], False),
    (["python", "-m"], False),
    (["python", "-X"], False),
    (["python", "--check-hash-based-pycs", "always", "-m", "rescite"], False),
    (["python", "-", "-m", "rescite"], False),
    (["python"], False),
    ([], False),
]


@pytest.mark.parametrize(
    ("argv", "expected"), COMMAND_LINES, ids=lambda v: " ".join(v) if isinstance(v, list) else None
)
def test_which_command_lines_run_this_module_as_the_program(argv: list[str], expected: bool) -> None:
    from rescite.__main__ import program_is_this_module

    assert program_is_this_module(argv) is expected


def test_a_prompt_after_keeps_the_ordinary_exit() -> None:
    from rescite.__main__ import program_is_this_module

    assert program_is_this_module(["python", "-m", "rescite", "show", "X"], inspect=True) is False


#: The child's ``sitecustomize``: an object the interpreter frees at an ordinary exit only,
#: which then writes ``teardown`` on stderr.
SITECUSTOMIZE = (
    "import os\n"
    "class Watch:\n"
    "    def __del__(self, write=os.write):\n"
    "        write(2, b'teardown\\n')\n"
    "watch = Watch()\n"
)


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    use_fake_engine(monkeypatch, tmp_path)
    monkeypatch.delenv("RESCITE_QUICK", raising=False)
    root = write_corpus(tmp_path / "corpus")
    db = tmp_path / "index.sqlite"
    assert CliRunner().invoke(app, ["index", "--corpus", str(root), "--db", str(db)]).exit_code == 0
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    return root


def run(before: list[str], args: list[str], tmp_path: Path, quick: bool = True) -> tuple[int, str, str]:
    """``python [before] -m rescite [args]`` in a child watched by :data:`SITECUSTOMIZE`;
    ``quick`` False: the full command line (``RESCITE_QUICK=0``)."""
    env = {k: v for k, v in os.environ.items() if k not in ("RESCITE_CORPUS", "RESCITE_QUICK")}
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    env["PYTHONPATH"] = os.pathsep.join([str(tmp_path / "site"), *sys.path])
    if not quick:
        env["RESCITE_QUICK"] = "0"
    p = subprocess.run(
        [sys.executable, *before, "-m", "rescite", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
        cwd=tmp_path,
    )
    return p.returncode, p.stdout, p.stderr


#: (query, exit code): answered on the quick path, or ``--version``
QUERIES = [
    (["show", "A/RES/73/146"], 0),
    (["show", "A/RES/99/999"], 1),  # not found: a line on stderr
    (["cites", "A/RES/73/146", "--depth", "0"], 0),
    (["cited-by", "A/RES/64/293", "-f", "json"], 0),
    (["cites", "A/RES/73/146", "-f", "tsv"], 0),
    (["graph", "--focus", "A/RES/72/1", "-f", "json"], 0),
    (["--version"], 0),
]


@pytest.mark.parametrize(
    ("args", "code"), QUERIES, ids=lambda v: " ".join(v) if isinstance(v, list) else None
)
def test_python_m_rescite_ends_at_once_with_the_same_answer(
    corpus: Path, tmp_path: Path, args: list[str], code: int
) -> None:
    where = [] if args == ["--version"] else ["--corpus", str(corpus), "--db", str(tmp_path / "index.sqlite")]
    full = run([], [*args, *where], tmp_path, quick=False)  # first: the user cache is then warm
    got = run([], [*args, *where], tmp_path)
    assert not got[2].endswith("teardown\n")  # ended at once: nothing freed one by one
    assert got == (full[0], full[1], full[2].removesuffix("teardown\n"))
    assert got[0] == code and (got[1] or got[2])
    # not closed (no checkpoint, test_start46): a query that changed nothing left no page to copy
    assert all(p.stat().st_size == 0 for p in tmp_path.glob("index.sqlite-wal"))


def test_another_module_run_first_keeps_the_ordinary_exit(corpus: Path, tmp_path: Path) -> None:
    args = ["show", "A/RES/73/146", "--corpus", str(corpus), "--db", str(tmp_path / "index.sqlite")]
    report = tmp_path / "profile.out"
    code, out, err = run(["-m", "cProfile", "-o", str(report)], args, tmp_path)
    assert (code, err) == (0, "teardown\n") and "A/RES/73/146" in out
    assert report.stat().st_size > 0  # written after the run: the process did not end at once
