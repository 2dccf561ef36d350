"""The built wheel installs and works away from the checkout, with its bundled sample.

Builds a wheel with pip, installs it (``--no-deps``) into a fresh venv in a tmp dir that
borrows the test environment's dependencies (typer, rich, networkx) through a ``.pth``
file, then runs the installed console script from another cwd.  A few seconds; deselect
with ``-m "not slow"``.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from rescite.corpus.sample import sample_files
from rescite.engine.extract import extract_text

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
TIMEOUT = 120


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PIP_"))}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT)


def _dependency_dirs() -> list[str]:
    """Where the test environment keeps the runtime dependencies (not rescite itself)."""
    dirs: list[str] = []
    for module in ("typer", "rich", "networkx"):
        spec = importlib.util.find_spec(module)
        assert spec is not None and spec.origin is not None, module
        where = str(Path(spec.origin).resolve().parent.parent)
        if where not in dirs:
            dirs.append(where)
    return dirs


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel of this checkout installed; returns its bin/ folder."""
    tmp = tmp_path_factory.mktemp("install")
    wheels = tmp / "wheels"
    build = [sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps", "-q", "-w", str(wheels)]
    if importlib.util.find_spec("hatchling") is not None:
        build.append("--no-build-isolation")
    proc = _run(build, cwd=tmp)
    assert proc.returncode == 0, proc.stderr
    (wheel,) = wheels.glob("rescite-*.whl")

    env_dir = tmp / "venv"
    venv.EnvBuilder(with_pip=False, system_site_packages=False).create(env_dir)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / ("python.exe" if os.name == "nt" else "python")
    purelib = _run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=tmp
    ).stdout.strip()
    # A .pth line only appends the folder to sys.path: the .pth files in it (such as an
    # editable install of rescite) are not processed, so `import rescite` finds the wheel.
    (Path(purelib) / "_rescite_test_deps.pth").write_text("\n".join(_dependency_dirs()) + "\n")
    proc = _run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q", str(wheel)],
        cwd=tmp,
    )
    if proc.returncode != 0 and "no such option: --python" in proc.stderr:  # pip < 22.3
        proc = _run(
            [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--prefix", str(env_dir), str(wheel)],
            cwd=tmp,
        )
    assert proc.returncode == 0, proc.stderr
    return bindir


def _python(bindir: Path) -> str:
    return str(bindir / ("python.exe" if os.name == "nt" else "python"))


def test_installed_package_is_the_wheel_and_carries_the_sample(installed: Path, tmp_path: Path) -> None:
    code = (
        "import json, sysconfig, rescite, rescite.corpus.sample as s;"
        "print(json.dumps([rescite.__file__, [str(p) for p in s.sample_files()],"
        " sysconfig.get_paths()['purelib']]))"
    )
    proc = _run([_python(installed), "-c", code], cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    module_file, samples, purelib = json.loads(proc.stdout)
    site = Path(purelib).resolve()
    assert Path(module_file).resolve().is_relative_to(site), module_file
    assert samples, "the wheel carries no sample (pyproject force-include of data → rescite/sample)"
    for sample in samples:
        assert Path(sample).resolve().is_relative_to(site / "rescite" / "sample"), sample
        assert Path(sample).stat().st_size > 0


def test_installed_console_script_extracts_the_sample(installed: Path, tmp_path: Path) -> None:
    proc = _run(
        [_python(installed), "-c", "import rescite.corpus.sample as s; print(s.sample_files()[0])"],
        cwd=tmp_path,
    )
    sample = proc.stdout.strip()
    script = installed / ("rescite.exe" if os.name == "nt" else "rescite")
    assert script.exists()
    proc = _run([str(script), "extract", "--format", "jsonl", sample], cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines() if line]
    text = Path(sample).read_text(encoding="utf-8")
    for r in records:
        assert r["source"] == sample
        assert text[r["start"] : r["end"]] == r["text"]
    # the installed engine finds what the checkout's engine finds (nothing while it is a stub)
    expected = extract_text(sample_files()[0].read_text(encoding="utf-8"), source=sample)
    assert [r["target"] for r in records] == [c.target for c in expected.citations]
    assert len(records) == len(expected.citations)


def test_installed_help_and_module_entry(installed: Path, tmp_path: Path) -> None:
    script = installed / ("rescite.exe" if os.name == "nt" else "rescite")
    proc = _run([str(script), "--help"], cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "extract" in proc.stdout
    proc = _run([_python(installed), "-m", "rescite", "--help"], cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
