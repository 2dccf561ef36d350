"""The extract command: citations found in files, one record per mention."""

from __future__ import annotations

import enum
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from .common import JobsOpt, app, fail
from .listing import check_lang
from .messages import EXIT_UNREADABLE, EXIT_USAGE, quiet_broken_pipe, warn
from .output import format_flags, pipe_safe


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
        typer.Option("--lang", help="Language of the texts (ar, en, es, fr, ru, zh).", callback=check_lang),
    ] = None,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="Add to each record the rule, the evidence and (unresolved) the reason behind it.",
        ),
    ] = False,
    jobs: JobsOpt = None,
    max_file: Annotated[
        str | None,
        typer.Option(
            "--max-file",
            help="Largest file read, like 500M (a text beyond it is cut, with a warning; default: "
            "$RESCITE_MAX_FILE, else 200M).",
            show_default=False,
        ),
    ] = None,
    time_budget: Annotated[
        float | None,
        typer.Option(
            "--time-budget",
            min=0,
            help="Give up a file after this many seconds (default: $RESCITE_TIME_BUDGET, else 300; "
            "0: no limit).",
            show_default=False,
        ),
    ] = None,
    max_range: Annotated[
        int | None,
        typer.Option(
            "--max-range",
            min=0,
            help="Expand a range (64/1 to 64/9) into at most this many texts; a longer one gives its "
            "two ends (default: $RESCITE_MAX_RANGE, else 50).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Print every citation found in FILES, one record per mention.

    One file that cannot be read never stops the others: it is named on stderr with the
    reason, counted in the last line, and the exit code is 4.

    Example: rescite extract --format jsonl resolution.txt
    """
    import contextlib
    import os

    from ..corpus import limits
    from ..corpus.run import extract_files
    from ..render import records as render

    # the limits travel as environment variables: the worker processes read them too
    if max_file is not None:
        from ..read.limits import parse_size

        if not parse_size(max_file):
            raise fail(f"--max-file {max_file!r} is not a size (like 500M)", EXIT_USAGE)
        os.environ["RESCITE_MAX_FILE"] = max_file
    for var, value in ((limits.ENV_TIME_BUDGET, time_budget), ("RESCITE_MAX_RANGE", max_range)):
        if value is not None:
            os.environ[var] = f"{value:g}" if isinstance(value, float) else str(value)
    try:
        limits.time_budget()
    except limits.BadLimit as exc:
        raise fail(str(exc), EXIT_USAGE) from None
    chosen = fmt.value if fmt else ("table" if sys.stdout.isatty() else "jsonl")
    expanded = _expand_folders(files)
    names = [name for name, empty_folder in expanded if not empty_folder]
    # records are rendered by the workers and written here in input order, as they come
    renderer = (render.RECORD_TEXT_EXPLAINED if explain else render.RECORD_TEXT).get(chosen)
    unresolved = failed = 0
    if "-" in names:
        jobs = 1  # standard input is this process's
    join = render.RECORD_JOIN.get(renderer, "") if renderer is not None else ""
    with contextlib.closing(
        extract_files(names, lang=lang, render=renderer, jobs=jobs, join=join)
    ) as results:
        try:
            unresolved, failed = _write_results(expanded, results, chosen, renderer is not None, explain)
        except BrokenPipeError:  # `rescite extract DIR | head -1`: the reader has all it wants
            quiet_broken_pipe()
    if unresolved:
        typer.echo(f"rescite: {unresolved} mention(s) could not be resolved (kind=unresolved)", err=True)
    if failed:
        warn(f"{failed} of {len(expanded)} file(s) could not be read")
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
            warn(f"{name}: no text, HTML, Word or PDF files in this folder")
            failed += 1
            continue
        r = next(results)
        for warning in r.warnings:
            warn(f"warning: {warning}")
        if r.error is not None:
            warn(r.error)
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
    takes them: by suffix, recursively, hidden ones skipped, each real file once); a
    folder without any is kept and flagged, for its one-line error.  What the walk
    skipped (FIFOs, devices, unreadable folders, dangling links) is noted on stderr."""
    out: list[tuple[str, bool]] = []
    for name in names:
        if name != "-" and Path(name).is_dir():
            from ..corpus.walk import walk

            found = walk([Path(name)])
            for note in found.notes:
                warn(f"warning: {note.line()}")
            out.extend([(str(Path(name) / rel), False) for _, rel, _, _ in found.files] or [(name, True)])
        else:
            out.append((name, False))
    return out
