"""The README is true: its usage lines run on the bundled sample, its worked examples print
what they show (times excepted), and every command and option is in --help and the README."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer.main

from rescite.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
SHARED_GA = ROOT.parent / "shared" / "corpus-ga"
_TIME = re.compile(r" in \d+(?:\.\d+)? s\b")


def _section(title: str) -> str:
    start = README.index(title)
    nxt = re.search(r"^#{2,3} ", README[start + len(title) :], re.M)
    return README[start : start + len(title) + (nxt.start() if nxt else len(README))]


def _blocks(text: str, lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```$", text, re.S | re.M)


def _workdir(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A folder where the README's relative paths mean what they say: ``data`` is the
    bundled sample, ``corpus-ga`` the shared GA set (when there is one)."""
    (tmp_path / "data").symlink_to(ROOT / "data")
    if SHARED_GA.is_dir():
        (tmp_path / "corpus-ga").symlink_to(SHARED_GA)
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    env["COLUMNS"] = "100"
    for var in ("RESCITE_CORPUS", "NO_COLOR", "FORCE_COLOR"):
        env.pop(var, None)
    return tmp_path, env


def _run(line: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-o", "pipefail", "-c", line], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )


def _usage_lines() -> list[str]:
    (block,) = _blocks(_section("## Usage"), "sh")
    return [re.sub(r"\s+#.*$", "", line).strip() for line in block.splitlines() if line.startswith("rescite")]


def test_usage_lines_run_on_the_bundled_sample(tmp_path: Path) -> None:
    cwd, env = _workdir(tmp_path)
    lines = _usage_lines()
    assert len(lines) >= 10
    for line in lines:
        if ("svg" in line or "png" in line or "pdf" in line) and shutil.which("dot") is None:
            continue  # a picture needs Graphviz (installed by .ci/run)
        before = set(p.name for p in cwd.iterdir())
        proc = _run(line, cwd, env)
        assert proc.returncode == 0, f"{line}\n{proc.stderr}"
        written = set(p.name for p in cwd.iterdir()) - before - {"cache"}
        target = re.search(r"(?:-o|>)\s+(\S+)$", line)
        if target:  # the file it writes is there and not empty
            assert (cwd / target.group(1)).stat().st_size > 0, line
        else:
            assert proc.stdout.strip(), f"{line} printed nothing"
            assert not written, line


def _console_examples(title: str) -> list[tuple[str, list[str]]]:
    (block,) = _blocks(_section(title), "console")
    examples: list[tuple[str, list[str]]] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            examples.append((re.sub(r"\s+#.*$", "", line[2:]).strip(), []))
        elif examples:
            examples[-1][1].append(line)
    return [(cmd, _trim(out)) for cmd, out in examples]


def _trim(lines: list[str]) -> list[str]:
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    return [_TIME.sub(" in … s", line.rstrip()) for line in lines]


@pytest.mark.parametrize(
    "title",
    [
        "### Worked example: the bundled sample",
        pytest.param("### Worked example: a series of General Assembly resolutions", marks=pytest.mark.slow),
    ],
)
def test_worked_examples_print_what_they_show(tmp_path: Path, title: str) -> None:
    if "General Assembly" in title and not SHARED_GA.is_dir():
        pytest.skip("../shared/corpus-ga is not here")
    cwd, env = _workdir(tmp_path)
    examples = _console_examples(title)
    assert examples
    for cmd, expected in examples:
        proc = _run(cmd, cwd, env)
        assert proc.returncode == 0, f"{cmd}\n{proc.stderr}"
        got = _trim((proc.stderr + proc.stdout).splitlines())
        assert got == expected, f"$ {cmd}"


def _commands() -> dict[str, Any]:
    group: Any = typer.main.get_command(app)
    return {"": group, **group.commands}


def test_every_command_and_option_is_in_help_and_readme() -> None:
    from typer.testing import CliRunner

    runner = CliRunner()
    missing: list[str] = []
    top = runner.invoke(app, ["--help"], terminal_width=200).stdout
    for name, cmd in _commands().items():
        if name:
            assert name in top, f"{name} not in rescite --help"
            if f"rescite {name}" not in README:
                missing.append(f"command {name}")
        helptext = runner.invoke(app, [*([name] if name else []), "--help"], terminal_width=200).stdout
        for param in cmd.params:
            for opt in [*param.opts, *param.secondary_opts]:
                if not opt.startswith("--"):
                    continue
                assert opt in helptext, f"{opt} not in rescite {name} --help"
                if not re.search(rf"`[^`]*{re.escape(opt)}(?![\w-])", README):
                    missing.append(f"{name or 'rescite'} {opt}")
    assert not missing, "not in the README: " + ", ".join(sorted(set(missing)))


def test_readme_screenshot_is_there_and_small() -> None:
    shot = ROOT / "docs" / "explorer.png"
    assert "(docs/explorer.png)" in README
    assert shot.read_bytes()[:4] == b"\x89PNG" and shot.stat().st_size < 150_000
