"""The extract command: citations found in files, one record per mention."""

from __future__ import annotations

import enum
import sys
from pathlib import Path
from typing import Annotated

import typer

from .common import (
    EXIT_UNREADABLE,
    app,
    check_lang,
    format_flags,
    pipe_safe,
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
) -> None:
    """Print every citation found in FILES, one record per mention.

    Example: rescite extract --format jsonl resolution.txt
    """
    from ..engine.extract import extract_text
    from ..read import UnreadableInput, read_text
    from ..render import records as render

    chosen = fmt.value if fmt else ("table" if sys.stdout.isatty() else "jsonl")
    failed = 0
    results = []
    for name, empty_folder in _expand_folders(files):
        try:
            if empty_folder:
                raise UnreadableInput(f"{name}: no text, HTML, Word or PDF files in this folder")
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


def _expand_folders(names: list[str]) -> list[tuple[str, bool]]:
    """The arguments, with each folder replaced by the corpus files in it (as ``index``
    takes them: by suffix, recursively, hidden ones skipped); a folder without any is
    kept and flagged, for its one-line error."""
    out: list[tuple[str, bool]] = []
    for name in names:
        if name != "-" and Path(name).is_dir():
            from ..corpus.index import discover

            found = [str(Path(name) / rel) for _, rel in discover([Path(name)])]
            out.extend([(f, False) for f in found] or [(name, True)])
        else:
            out.append((name, False))
    return out
