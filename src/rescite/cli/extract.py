"""The extract command: citations found in files, one record per mention."""

from __future__ import annotations

import enum
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from .common import (
    EXIT_UNREADABLE,
    app,
    check_lang,
    format_flags,
    pipe_safe,
    quiet_broken_pipe,
)


class ExtractFormat(enum.StrEnum):
    jsonl = "jsonl"
    json = "json"
    tsv = "tsv"
    csv = "csv"
    table = "table"


@app.command()
@pipe_safe
@format_flags(ExtractFormat)
def extract(
    files: Annotated[
        list[str],
        typer.Argument(
            help="Files to read (text, HTML, Word, PDF); a folder gives its files; - reads standard input."
        ),
    ],
    fmt: Annotated[
        ExtractFormat | None,
        typer.Option("--format", "-f", help="Output format (default: table on a terminal, jsonl otherwise)."),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option("--lang", help="Language of the texts (en, fr, es, ru, ar).", callback=check_lang),
    ] = None,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="Add to each record the rule, the evidence and (unresolved) the reason behind it.",
        ),
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs", "-j", min=1, help="Worker processes (default: all cores).", show_default=False
        ),
    ] = None,
) -> None:
    """Print every citation found in FILES, one record per mention.

    Example: rescite extract --format jsonl resolution.txt
    """
    import contextlib

    from ..corpus.run import extract_files
    from ..render import records as render

    chosen = fmt.value if fmt else ("table" if sys.stdout.isatty() else "jsonl")
    expanded = _expand_folders(files)
    names = [name for name, empty_folder in expanded if not empty_folder]
    # records are rendered by the workers and written here in input order, as they come
    renderer = (render.RECORD_TEXT_EXPLAINED if explain else render.RECORD_TEXT).get(chosen)
    unresolved = failed = 0
    if "-" in names:
        jobs = 1  # standard input is this process's
    with contextlib.closing(extract_files(names, lang=lang, render=renderer, jobs=jobs)) as results:
        try:
            unresolved, failed = _write_results(expanded, results, chosen, renderer is not None, explain)
        except BrokenPipeError:  # `rescite extract DIR | head -1`: the reader has all it wants
            quiet_broken_pipe()
    if unresolved:
        typer.echo(f"rescite: {unresolved} mention(s) could not be resolved (kind=unresolved)", err=True)
    if failed:
        raise typer.Exit(EXIT_UNREADABLE)


def _write_results(
    expanded: list[tuple[str, bool]],
    results: Iterator[Any],
    chosen: str,
    rendered: bool,
    explain: bool = False,
) -> tuple[int, int]:
    """Write the workers' records to stdout as they come; (unresolved, failed) counts."""
    from ..render import records as render

    out = sys.stdout
    out.write(render.header_text(chosen, explain))
    failed = unresolved = 0
    collected: list[Any] = []
    first = True
    for name, empty_folder in expanded:
        if empty_folder:
            typer.echo(f"rescite: {name}: no text, HTML, Word or PDF files in this folder", err=True)
            failed += 1
            continue
        r = next(results)
        for warning in r.warnings:
            typer.echo(f"rescite: warning: {warning}", err=True)
        if r.error is not None:
            typer.echo(f"rescite: {r.error}", err=True)
            failed += 1
            continue
        unresolved += r.unresolved
        if not rendered:
            collected.extend(r.citations)
        elif chosen == "json":
            if r.out:
                out.write(("[\n" if first else ",\n") + r.out)
                first = False
        else:
            out.write(r.out)
    if chosen == "json":
        out.write("[]\n" if first else "\n]\n")
    elif not rendered:
        render.write_citations(collected, chosen, out, explain)
    out.flush()
    return unresolved, failed


def _expand_folders(names: list[str]) -> list[tuple[str, bool]]:
    """The arguments, with each folder replaced by the corpus files in it (as ``index``
    takes them: by suffix, recursively, hidden ones skipped); a folder without any is
    kept and flagged, for its one-line error."""
    out: list[tuple[str, bool]] = []
    for name in names:
        if name != "-" and Path(name).is_dir():
            from ..corpus.walk import discover

            found = [str(Path(name) / rel) for _, rel in discover([Path(name)])]
            out.extend([(f, False) for f in found] or [(name, True)])
        else:
            out.append((name, False))
    return out
