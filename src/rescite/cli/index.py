"""The index command: build or refresh the corpus index."""

from __future__ import annotations

from typing import Annotated

import typer

from .common import CorpusOpt, DbOpt, JobsOpt, app, fail, open_corpus
from .messages import EXIT_USAGE
from .output import pipe_safe


@app.command("index")
@pipe_safe
def index_cmd(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Files and folders of the corpus (default: as --corpus).", show_default=False),
    ] = None,
    corpus: CorpusOpt = None,
    db: DbOpt = None,
    jobs: JobsOpt = None,
    rebuild: Annotated[
        bool,
        typer.Option(
            "--rebuild", help="Build the index anew (a damaged or out-of-date index file of rescite's)."
        ),
    ] = False,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            metavar="ADDRESS",
            help="Read and extract on a Dask cluster: a scheduler address (tcp://host:8786), or local:N "
            "for N local workers (needs rescite[dask]; the workers must see the corpus files).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Build or refresh the index of a corpus (only new or changed files are read again).

    Example: rescite index ../corpus-ga
    """
    import contextlib

    roots = (paths or []) + (corpus or []) or None
    with contextlib.ExitStack() as stack:
        mapper = None
        if dask is not None:
            from ..corpus.distributed import DaskUnavailable, connect

            try:
                mapper = stack.enter_context(connect(dask))
            except DaskUnavailable as exc:
                raise fail(str(exc), EXIT_USAGE) from None
        conn, _ = open_corpus(roots, db, announce=True, jobs=jobs, rebuild=rebuild, mapper=mapper)
        conn.close()
