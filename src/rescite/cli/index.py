"""The index command: build or refresh the corpus index."""

from __future__ import annotations

from typing import Annotated

import typer

from .common import CorpusOpt, DbOpt, JobsOpt, PathsArg, app, fail, open_corpus
from .messages import EXIT_USAGE
from .output import pipe_safe


@app.command("index")
@pipe_safe
def index_cmd(
    paths: PathsArg = None,
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


@app.command("watch")
@pipe_safe
def watch_cmd(
    paths: PathsArg = None,
    corpus: CorpusOpt = None,
    db: DbOpt = None,
    jobs: JobsOpt = None,
    poll: Annotated[
        bool,
        typer.Option(
            "--poll",
            help="Look at the folders every --poll-ms instead of being told of changes "
            "(network file systems, or the system's limit of watches reached).",
        ),
    ] = False,
    poll_ms: Annotated[
        int, typer.Option("--poll-ms", min=50, help="Milliseconds between looks with --poll.")
    ] = 300,
) -> None:
    """Keep the index up to date while the corpus is edited, until Ctrl-C (needs rescite[watch]).

    Each change is read at once by an engine already started, so the next query finds the
    index up to date. Queries still check the corpus themselves: stopping the watcher loses
    nothing. Example: rescite watch ../corpus-ga
    """
    from ..corpus.index import IndexFailed, RefreshSummary
    from ..corpus.schema import IndexUnavailable
    from ..corpus.watch import WatchUnavailable, require, watch
    from .messages import EXIT_UNREADABLE, echo_err, warn
    from .opening import corpus_root_names

    try:
        require()  # before the index is built: a missing extra is said at once
    except WatchUnavailable as exc:
        raise fail(str(exc), EXIT_USAGE) from None
    roots = (paths or []) + (corpus or []) or None
    conn, _ = open_corpus(roots, db, announce=True, jobs=jobs)
    names = corpus_root_names(roots)

    def said(s: RefreshSummary) -> None:
        for message in s.unreadable:
            warn(f"{message} (skipped)")
        if s.modified:
            echo_err(f"rescite: index refreshed: {s.new} new, {s.changed} changed, {s.removed} removed")

    def ready(s: RefreshSummary) -> None:
        warn(f"watching {s.files} files under {', '.join(names)} (Ctrl-C to stop)")

    import signal
    import threading

    stop = threading.Event()  # Ctrl-C and SIGTERM end the watch between two refreshes
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    try:
        watch(conn, names, on_refresh=said, on_ready=ready, stop=stop, poll=poll, poll_ms=poll_ms, jobs=jobs)
    except WatchUnavailable as exc:
        raise fail(str(exc), EXIT_USAGE) from None
    except (IndexFailed, IndexUnavailable, FileNotFoundError) as exc:  # the index as it was
        raise fail(str(exc), EXIT_UNREADABLE) from None
    finally:
        conn.close()
    echo_err("rescite: stopped watching")
