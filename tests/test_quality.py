"""The code stays ruff- and mypy-clean (configured in pyproject.toml).

Skipped where the linters are not installed (``pip install -e ".[dev]"`` brings them; the
README's test command and CI do)."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


@pytest.mark.parametrize(
    "args",
    [
        ("ruff", "check", "src", "tests", "bench"),
        ("ruff", "format", "--check", "src", "tests", "bench"),
        ("mypy",),
    ],
    ids=["ruff-check", "ruff-format", "mypy"],
)
def test_linter_clean(args: tuple[str, ...]) -> None:
    proc = subprocess.run([_tool(args[0]), *args[1:]], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]


def _top_level_names(tree: ast.Module) -> list[str]:
    """The names a module binds at its top level (assignments, functions, classes), in order."""
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names.append(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


@pytest.mark.parametrize(
    ("source", "twice"),
    [
        ("A = 1\nB = 2\n", []),
        ("A = 1\ndef f():\n    A = 2\n", []),
        ("_P = 1\nx = 0\n_P = 2\n", ["_P"]),
        ("def f(): pass\nclass f: pass\n", ["f"]),
    ],
)
def test_top_level_names_found(source: str, twice: list[str]) -> None:
    names = _top_level_names(ast.parse(source))
    assert sorted({n for n in names if names.count(n) > 1}) == twice


def test_no_module_binds_a_top_level_name_twice() -> None:
    """Two branches may each add a module constant of the same name: the second silently
    replaces the first for every use above it (one pattern for two jobs)."""
    found: dict[str, list[str]] = {}
    for path in sorted((ROOT / "src").rglob("*.py")):
        names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            found[str(path.relative_to(ROOT))] = twice
    assert found == {}
