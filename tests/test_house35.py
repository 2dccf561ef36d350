"""A name another module uses is its module's public API: no rescite module imports a name
with a leading underscore ("private") from another rescite module.

Dunders (``__version__``) are not private.  A name used only inside its own module keeps its
underscore; once another module needs it, the module that defines it drops the underscore.

And the series a document symbol may open with are grammar data (``symbol_series.csv``), every
row of which the symbol grammar reads and uses.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from rescite.engine import symbols
from rescite.grammar import lexicon

PKG = Path(__file__).resolve().parents[1] / "src" / "rescite"
FILES = sorted(PKG.rglob("*.py"))


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _private_imports(path: Path, root: Path = PKG) -> list[str]:
    """``module.name`` for every private name ``path`` imports from a rescite module (lazy
    imports inside functions count too)."""
    rel = path.relative_to(root.parent).with_suffix("").parts
    package = list(rel if path.name == "__init__.py" else rel[:-1])
    if path.name == "__init__.py":
        package = package[:-1] if package[-1] == "__init__" else package
    out: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.level:
            base = package[: len(package) - node.level + 1]
            source = ".".join([*base, node.module] if node.module else base)
        else:
            source = node.module or ""
        if source.split(".")[0] != root.name:
            continue
        out += [f"{source}.{a.name}" for a in node.names if _private(a.name)]
    return out


def test_the_package_has_modules() -> None:
    assert len(FILES) > 50


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(PKG)))
def test_no_private_name_is_imported(path: Path) -> None:
    assert _private_imports(path) == []


@pytest.mark.parametrize(
    ("source", "found"),
    [
        ("from .find_base import _helper\n", ["rescite.engine.find_base._helper"]),
        ("from rescite.engine.find_dates import shape, _shape\n", ["rescite.engine.find_dates._shape"]),
        ("def f():\n    from ..corpus.query import _node\n", ["rescite.corpus.query._node"]),
        ("from . import _private_module\n", ["rescite.engine._private_module"]),
        ("from .find_base import helper\n", []),
        ("from rescite import __version__\n", []),
        ("from os.path import _joinrealpath\n", []),
    ],
)
def test_the_checker_sees_a_private_import(tmp_path: Path, source: str, found: list[str]) -> None:
    root = tmp_path / "rescite"
    (root / "engine").mkdir(parents=True)
    module = root / "engine" / "step.py"
    module.write_text(source, encoding="utf-8")
    assert _private_imports(module, root) == found


# ----------------------------------------------------------------- symbol series (grammar data)

SERIES_ROWS = lexicon.table("symbol_series.csv")


def test_the_series_table_is_what_the_symbol_grammar_reads() -> None:
    assert "(?:" + "|".join(r["series"] for r in SERIES_ROWS) + ")" == symbols.SERIES
    assert len({r["series"] for r in SERIES_ROWS}) == len(SERIES_ROWS), "no series listed twice"


@pytest.mark.parametrize("row", SERIES_ROWS, ids=lambda r: r["series"])
def test_every_series_row_is_used(row: dict[str, str]) -> None:
    """Each row's example is a symbol of its series, read whole by the listed series' pattern
    (which an unlisted series never opens), and found in a sentence."""
    example = row["example"]
    assert example.startswith(row["series"] + "/")
    assert symbols.whole_symbol(example)
    text = f"Takes note of the report contained in document {example}, and decides to revert to it."
    assert [m.group("sym") for m in symbols.symbol_matches(text)] == [example]


@pytest.mark.parametrize("symbol", ["QXZ/31", "QXZ/RES/31", "AB/31"])
def test_an_unlisted_series_opens_no_listed_symbol(symbol: str) -> None:
    assert not symbols.whole_symbol(symbol)
