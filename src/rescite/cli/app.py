"""The command line: parse options, call the library, render.  Nothing else lives here.

One module per command group (extract, index, query, graph); this one wires them together.
Exit codes: 0 ok, 1 not found, 2 usage error, 3 ambiguous, 4 unreadable input or index,
70 internal error.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

# each module registers its commands; the order of imports is the order of --help
from . import extract, index  # noqa: F401

# isort: split
from . import query  # noqa: F401

# isort: split
from . import graph  # noqa: F401

# isort: split
from .common import EXIT_INTERNAL, EXIT_UNREADABLE, app, quiet_broken_pipe, state

__all__ = ["app", "main"]


@app.callback()
def _root(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors.")] = False,
) -> None:
    state["debug"] = debug
    state["unreadable"] = False


def main() -> None:
    """Console entry point with the top-level error handler."""
    try:
        app()
    except BrokenPipeError:
        quiet_broken_pipe()
    except KeyboardInterrupt:
        sys.stderr.write("rescite: interrupted\n")
        sys.exit(130)
    except SystemExit:
        raise
    except Exception as exc:  # the top-level handler: a crash never looks like "not found"
        if state["debug"]:
            raise
        import sqlite3

        if isinstance(exc, sqlite3.DatabaseError):  # met by a query after the refresh
            from ..corpus.index import explain

            sys.stderr.write(f"rescite: index unusable: {explain(exc)}; run `rescite index --rebuild`\n")
            sys.exit(EXIT_UNREADABLE)
        sys.stderr.write(f"rescite: internal error: {type(exc).__name__}: {exc} (rerun with --debug)\n")
        sys.exit(EXIT_INTERNAL)
