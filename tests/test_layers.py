"""The house's layers: a module imports only from its own layer or the layers below it.

models < ids < (read, grammar) < engine < corpus < render < cli.  ``read`` and ``grammar``
stand side by side and never import each other.  Lazy imports inside functions count too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "src" / "rescite"

LAYER = {
    "models": 0,
    "ids": 1,
    "read": 2,
    "grammar": 2,
    "engine": 3,
    "corpus": 4,
    "render": 5,
    "cli": 6,
    "__main__": 7,
    "__init__": 0,
}


def _room(module: str) -> str:
    """``rescite.engine.find`` -> ``engine``; ``rescite.ids`` -> ``ids``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _module_of(path: Path) -> str:
    rel = path.relative_to(PKG.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts = parts[:-1] if len(parts) > 1 else parts
    return ".".join(parts)


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = _module_of(path).split(".")
    if path.name != "__init__.py":
        here = here[:-1]
    out: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[: len(here) - node.level + 1]
                mod = ".".join([*base, node.module] if node.module else base)
                names = [f"{mod}.{a.name}" for a in node.names] if not node.module else [mod]
            else:
                names = [node.module or ""]
            out += [(node.lineno, n) for n in names]
        elif isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names]
    return [(ln, n) for ln, n in out if n == "rescite" or n.startswith("rescite.")]


FILES = sorted(p for p in PKG.rglob("*.py") if "__pycache__" not in p.parts)


def test_every_room_has_a_layer() -> None:
    rooms = {_room(_module_of(p)) for p in FILES}
    assert rooms <= set(LAYER), rooms - set(LAYER)


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(PKG)))
def test_no_import_runs_upwards(path: Path) -> None:
    mine = _room(_module_of(path))
    for line, target in _imports(path):
        theirs = _room(target)
        if theirs == mine:
            continue
        assert LAYER[theirs] < LAYER[mine] or (LAYER[theirs] == LAYER[mine] == 0 and theirs == "models"), (
            f"{path.relative_to(PKG)}:{line} imports {target}: layer {theirs} is not below {mine}"
        )


def test_read_and_grammar_stand_apart() -> None:
    for path in FILES:
        mine = _room(_module_of(path))
        if mine in ("read", "grammar"):
            other = "grammar" if mine == "read" else "read"
            assert all(_room(t) != other for _, t in _imports(path)), path


def test_the_checker_sees_an_upward_import(tmp_path: Path) -> None:
    """The check is not vacuous: a module of the engine importing the CLI is caught."""
    fake = PKG / "engine" / "find.py"
    found = [t for _, t in _imports(fake)]
    assert any(t.startswith("rescite.grammar") for t in found)
    assert LAYER[_room("rescite.cli.app")] > LAYER[_room(_module_of(fake))]


def _module_graph() -> dict[str, set[str]]:
    """Module -> the package's modules it imports (lazy imports inside functions too); an
    import of a name from a package is taken as the module of that name when there is one."""
    modules = {_module_of(p) for p in FILES}
    graph: dict[str, set[str]] = {}
    for path in FILES:
        here = _module_of(path)
        targets: set[str] = set()
        for _line, target in _imports(path):
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target and target != here and not here.startswith(target + "."):
                targets.add(target)
        graph[here] = targets
    return graph


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The import circles of ``graph`` (strongly connected parts of more than one module)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            part = []
            while True:
                w = stack.pop()
                on.discard(w)
                part.append(w)
                if w == v:
                    break
            if len(part) > 1:
                out.append(sorted(part))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_no_import_circles() -> None:
    assert _circles(_module_graph()) == []


def test_the_checker_sees_a_circle() -> None:
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
