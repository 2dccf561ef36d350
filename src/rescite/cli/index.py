"""The index command: build or refresh the corpus index."""

from __future__ import annotations

from typing import Annotated

import typer

from .common import (
    CorpusOpt,
    DbOpt,
    app,
    open_corpus,
    pipe_safe,
)


@app.command("index")
@pipe_safe
def index_cmd(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Files and folders of the corpus (default: as --corpus).", show_default=False),
    ] = None,
    corpus: CorpusOpt = None,
    db: DbOpt = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs", "-j", min=1, help="Worker processes (default: all cores).", show_default=False
        ),
    ] = None,
    rebuild: Annotated[
        bool,
        typer.Option(
            "--rebuild", help="Build the index anew (a damaged or out-of-date index file of rescite's)."
        ),
    ] = False,
) -> None:
    """Build or refresh the index of a corpus (only new or changed files are read again).

    Example: rescite index ../corpus-ga
    """
    conn, _ = open_corpus(
        (paths or []) + (corpus or []) or None, db, announce=True, jobs=jobs, rebuild=rebuild
    )
    conn.close()
