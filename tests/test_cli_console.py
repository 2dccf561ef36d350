"""The installed console script in a subprocess: the bundled sample, pipes, start-up imports.

The exact-content checks on the sample depend on the real extraction engine (they say so
when it finds nothing).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rescite.corpus.keys import natural_key
from rescite.corpus.sample import sample_dir

BIN = Path(sys.executable).parent
RESCITE = shutil.which("rescite", path=str(BIN)) or shutil.which("rescite")
needs_script = pytest.mark.skipif(RESCITE is None, reason="console script not installed")

SEED_ID = "CTOC/COP/RES/5/2"
SEED_CITES = [
    "A/RES/61/144",
    "A/RES/61/180",
    "A/RES/63/14",
    "A/RES/63/194",
    "A/RES/64/178",
    "A/RES/64/293",
    "CTOC/COP/2010/5",
    "CTOC/COP/2010/6",
    "CTOC/COP/2010/11",
    "CTOC/COP/DEC/4/4",
    "E/CN.15/2006/10",
    "E/CN.15/RES/19/4",
    "UNTS/2225/39574",
    "UNTS/2237/39574",
]


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("RESCITE_CORPUS", "NO_COLOR")}
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    return env


def _run(args: list[str], tmp_path: Path, **kw: object) -> subprocess.CompletedProcess[str]:
    assert RESCITE is not None
    return subprocess.run(  # type: ignore[no-any-return]
        [RESCITE, *args], env=_env(tmp_path), capture_output=True, text=True, timeout=120, cwd=tmp_path, **kw
    )  # type: ignore[call-overload]


def _engine_finds(proc: subprocess.CompletedProcess[str]) -> None:
    if SEED_ID not in proc.stdout:
        pytest.fail("the extraction engine found nothing in the seed (engine not landed yet?)")


@needs_script
def test_sample_list_out_of_the_box(tmp_path: Path) -> None:
    proc = _run(["list", "--format", "ids"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    _engine_finds(proc)
    ids = [i for i in proc.stdout.splitlines() if not i.startswith("pub:")]
    assert ids == sorted([*SEED_CITES, SEED_ID], key=natural_key)


@needs_script
def test_sample_show_64_293(tmp_path: Path) -> None:
    proc = _run(["show", "64/293"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("A/RES/64/293  resolution  A")
    assert "link: https://undocs.org/A/RES/64/293" in lines
    assert "cited by 1 document(s), 2 mention(s):" in lines
    assert any(line.startswith(f"  {SEED_ID}  line 11: preamble ") for line in lines)
    assert any(
        line.startswith(f"  {SEED_ID}  line 49: operative 3 ") and "Accueille" in line for line in lines
    )
    assert sum("[[" in line and "64/293" in line for line in lines) == 2


@needs_script
@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz `dot` not installed")
def test_sample_graph_renders(tmp_path: Path) -> None:
    proc = _run(["graph", "--dot"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    svg = subprocess.run(["dot", "-Tsvg"], input=proc.stdout, capture_output=True, text=True, timeout=60)
    assert svg.returncode == 0 and "<svg" in svg.stdout


@needs_script
def test_pipe_closed_early_ends_quietly(tmp_path: Path) -> None:
    corpus = tmp_path / "many"
    corpus.mkdir()
    for i in range(2500):
        (corpus / f"document-with-a-rather-long-name-{i:05d}.txt").write_text("x\n")
    assert RESCITE is not None
    cmd = f"'{RESCITE}' list --corpus '{corpus}' | head -1"
    proc = subprocess.run(
        ["bash", "-o", "pipefail", "-c", cmd], env=_env(tmp_path), capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "id\tkind\tbody\tdate\tname\ttitle\tin_corpus\tcited_by\tmentions\tciting\tlink\n"
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr


@needs_script
def test_exit_codes_documented(tmp_path: Path) -> None:
    assert _run(["show", "A/RES/99/999"], tmp_path).returncode == 1
    assert _run(["show"], tmp_path).returncode == 2
    proc = _run(["list", "--db", str(Path(__file__))], tmp_path)
    assert proc.returncode == 4 and proc.stderr.startswith("rescite: ")


def test_show_does_not_import_networkx_or_rich_on_a_pipe(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "sys.argv = ['rescite', 'show', '64/293', '--corpus', sys.argv[1]]\n"
        "from rescite.cli import main\n"
        "try:\n    main()\n"
        "except SystemExit:\n    pass\n"
        "heavy = ('rich.table', 'rich.console')\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] == 'networkx' or m in heavy)\n"
        "print('IMPORTED', bad, file=sys.stderr)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(sample_dir())],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "IMPORTED []" in proc.stderr, proc.stderr
