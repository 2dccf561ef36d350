"""The command line: parse options, call the library, render.  Nothing else lives here.

Exit codes: 0 ok, 1 not found, 2 usage error, 3 ambiguous, 4 unreadable input or index,
70 internal error.
"""

from __future__ import annotations

import enum
import sys
from typing import Annotated

import typer

EXIT_OK, EXIT_NOT_FOUND, EXIT_USAGE, EXIT_AMBIGUOUS, EXIT_UNREADABLE, EXIT_INTERNAL = 0, 1, 2, 3, 4, 70

app = typer.Typer(
    help="Trace how United Nations resolutions and decisions cite each other.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
)

_state = {"debug": False}


@app.callback()
def _root(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors.")] = False,
) -> None:
    _state["debug"] = debug


class ExtractFormat(str, enum.Enum):
    jsonl = "jsonl"
    json = "json"
    tsv = "tsv"
    csv = "csv"
    table = "table"


@app.command()
def extract(
    files: Annotated[list[str], typer.Argument(help="Text files to read; - reads standard input.")],
    fmt: Annotated[
        ExtractFormat | None,
        typer.Option("--format", "-f", help="Output format (default: table on a terminal, jsonl otherwise)."),
    ] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="Language of the texts (en, fr, es…).")] = None,
) -> None:
    """Print every citation found in FILES, one record per mention.

    Example: rescite extract --format jsonl resolution.txt
    """
    from . import render
    from .extract import extract_text
    from .readers import UnreadableInput, read_text

    chosen = fmt.value if fmt else ("table" if sys.stdout.isatty() else "jsonl")
    failed = 0
    results = []
    for name in files:
        try:
            text = read_text(name)
        except UnreadableInput as exc:
            typer.echo(f"rescite: {exc}", err=True)
            failed += 1
            continue
        result = extract_text(text, source=name, lang=lang)
        results.append(result)
        if chosen == "jsonl":
            render.write_jsonl(result.citations, sys.stdout)
            sys.stdout.flush()
    if chosen != "jsonl":
        render.write_citations([c for r in results for c in r.citations], chosen, sys.stdout)
    unresolved = sum(r.unresolved for r in results)
    if unresolved:
        typer.echo(f"rescite: {unresolved} mention(s) could not be resolved (kind=unresolved)", err=True)
    if failed:
        raise typer.Exit(EXIT_UNREADABLE)


def main() -> None:
    """Console entry point with the top-level error handler."""
    try:
        app()
    except BrokenPipeError:
        _quiet_broken_pipe()
    except KeyboardInterrupt:
        sys.stderr.write("rescite: interrupted\n")
        sys.exit(130)
    except SystemExit:
        raise
    except Exception as exc:  # the top-level handler: a crash never looks like "not found"
        if _state["debug"]:
            raise
        sys.stderr.write(f"rescite: internal error: {type(exc).__name__}: {exc} (rerun with --debug)\n")
        sys.exit(EXIT_INTERNAL)


def _quiet_broken_pipe() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass
    sys.exit(0)
