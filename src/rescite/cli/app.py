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
from . import annotate  # noqa: F401

# isort: split
from . import query  # noqa: F401

# isort: split
from . import graph  # noqa: F401

# isort: split
from .common import app, fail
from .messages import EXIT_INTERNAL, EXIT_UNREADABLE, EXIT_USAGE, quiet_broken_pipe, set_up_streams, state
from .output import ColorMode

__all__ = ["app", "main"]


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            typer.echo(f"rescite {version('rescite')}")
        except PackageNotFoundError:
            typer.echo("rescite (version unknown: not installed)")
        raise typer.Exit(0)


@app.callback()
def _root(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors.")] = False,
    color: Annotated[
        ColorMode,
        typer.Option(
            "--color",
            help="Colour and bold in tables: auto (on a terminal, unless NO_COLOR is set; FORCE_COLOR "
            "forces it), always or never.",
        ),
    ] = ColorMode.auto,
    version: Annotated[
        bool,
        typer.Option("--version", "-V", help="Print the version and exit.", is_eager=True, callback=_version),
    ] = False,
) -> None:
    """Trace how United Nations resolutions and decisions cite each other.

    Shell completion: rescite --install-completion (bash, zsh, fish, PowerShell).
    """
    from ..render.console import set_color

    state["debug"] = debug
    set_color(color.value)
    state["unreadable"] = False


def _check_arguments(args: list[str]) -> None:
    """An argument that is not valid UTF-8 (Python keeps its bytes as lone surrogates) is
    a usage error, unless it names a file or folder that is there (file names may be any
    bytes, and are kept exactly) or the index file to be made."""
    import os

    from ..render.safe import has_undecodable

    for i, arg in enumerate(args, 1):
        if not has_undecodable(arg):
            continue
        value = arg.split("=", 1)[1] if arg.startswith("--") and "=" in arg else arg
        if os.path.lexists(value):
            continue
        if arg.startswith("--db=") or (i > 1 and args[i - 2] == "--db"):
            continue
        raise fail(f"argument {i} is not valid UTF-8: {arg}", EXIT_USAGE)


def main() -> None:
    """Console entry point with the top-level error handler."""
    set_up_streams()
    try:
        _check_arguments(sys.argv[1:])
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
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
            from ..corpus.schema import explain

            sys.stderr.write(f"rescite: index unusable: {explain(exc)}; run `rescite index --rebuild`\n")
            sys.exit(EXIT_UNREADABLE)
        sys.stderr.write(f"rescite: internal error: {type(exc).__name__}: {exc} (rerun with --debug)\n")
        sys.exit(EXIT_INTERNAL)
