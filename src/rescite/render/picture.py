"""Pictures of the citation graph (SVG, PNG, PDF) drawn by Graphviz, with a legend.

The DOT text comes from :func:`rescite.render.dot.write_dot`; Graphviz's ``dot`` lays out
small graphs (ranks read left to right), ``sfdp`` large ones (``dot`` takes minutes
beyond a few hundred nodes).
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from typing import Any

from .dot import DOT_NODE_LIMIT, write_dot

INSTALL_HINT = (
    "install Graphviz (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz; "
    "conda: conda install graphviz), or write DOT text with --format dot"
)


class GraphvizMissing(RuntimeError):
    """Graphviz's layout program is not on PATH."""


class PictureFailed(RuntimeError):
    """Graphviz ran and failed."""


def require_graphviz() -> None:
    """Raise :class:`GraphvizMissing` (with the install hint) unless Graphviz is on PATH."""
    if shutil.which("dot") is None:
        raise GraphvizMissing(f"Graphviz's `dot` was not found on PATH: {INSTALL_HINT}")


def layout_engine(n_nodes: int) -> str:
    """``dot`` up to :data:`DOT_NODE_LIMIT` nodes, ``sfdp`` beyond."""
    return "dot" if n_nodes <= DOT_NODE_LIMIT else "sfdp"


def dot_text(nodes: list[dict[str, Any]], edges: list[dict[str, Any]], focus: str | None = None) -> str:
    buf = io.StringIO()
    write_dot(nodes, edges, buf, focus=focus, legend=True)
    return buf.getvalue()


def render(source: str, fmt: str, engine: str) -> bytes:
    """Run Graphviz ``engine`` on DOT ``source``; the picture's bytes."""
    exe = shutil.which(engine)
    if exe is None:
        raise GraphvizMissing(f"Graphviz's `{engine}` was not found on PATH: {INSTALL_HINT}")
    try:
        done = subprocess.run(
            [exe, f"-T{fmt}"], input=source.encode("utf-8"), capture_output=True, check=False, timeout=600
        )
    except subprocess.TimeoutExpired:
        raise PictureFailed(f"Graphviz `{engine}` took more than 10 minutes; narrow the graph") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise PictureFailed(f"Graphviz `{engine}` failed: {message[-1] if message else done.returncode}")
    return done.stdout


def draw(
    nodes: list[dict[str, Any]],
    edges: list[dict[str, Any]],
    fmt: str,
    output: str | None,
    *,
    focus: str | None = None,
) -> str:
    """Write the picture to ``output`` (standard output when None or ``-``); the engine used."""
    engine = layout_engine(len(nodes))
    data = render(dot_text(nodes, edges, focus), fmt, engine)
    if output in (None, "-"):
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        try:
            with open(output, "wb") as fh:
                fh.write(data)
        except OSError as exc:
            raise PictureFailed(f"{output}: cannot write ({exc.strerror})") from None
    return engine
