"""The corpus and index a query command opens: the corpus's roots, the index refreshed (a
progress bar once it takes long) and closed at the end; the ids of standard input and the one
node a query means.  Shared by the quick path and the full command line.

Loaded with ``cli.quick`` by ``rescite.__main__``, without the package (whose ``__init__``
imports typer): of ``cli`` it imports only ``cli.messages``, loaded before it.
"""

from __future__ import annotations

import os
import sys

from .messages import (
    EXIT_AMBIGUOUS,
    EXIT_NOT_FOUND,
    EXIT_OK,
    EXIT_UNREADABLE,
    EXIT_USAGE,
    echo_err,
    fail,
    shown,
    state,
    warn,
)

TYPE_CHECKING = False  # as typing's, without importing typing: the quick path imports little
if TYPE_CHECKING:
    from typing import Any


def corpus_root_names(corpus: list[str] | None) -> list[str]:
    """The corpus folders a query reads (``--corpus``, else ``RESCITE_CORPUS``, else the bundled
    sample) as names (``str`` of each path), without pathlib: it costs a query that refreshes
    the index a few milliseconds (urllib.parse, ipaddress, fnmatch)."""
    from ..corpus.sample import sample_folder
    from ..read.text import path_name

    if corpus:
        return [path_name(c) for c in corpus]
    env = os.environ.get("RESCITE_CORPUS")
    if env:
        return [path_name(p) for p in env.split(os.pathsep) if p]
    return [sample_folder()]


class LazyProgress:
    """A progress bar on stderr that appears only on a terminal and only once the work has
    taken more than ``delay`` seconds (quick answers stay quiet); a context manager."""

    def __init__(self, label: str, delay: float = 1.0) -> None:
        import time

        self.label = label
        self.delay = delay
        self.t0 = time.monotonic()
        self.progress: Any = None
        self.task: Any = None
        self.enabled = sys.stderr.isatty()

    def update(self, done: int, total: int) -> None:
        import time

        if not self.enabled:
            return
        if self.progress is None:
            if time.monotonic() - self.t0 < self.delay:
                return
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            from ..render.console import make_console

            self.progress = Progress(
                TextColumn(self.label),
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                console=make_console(stderr=True),
                transient=True,
            )
            self.progress.start()
            self.task = self.progress.add_task(self.label, total=total)
        self.progress.update(self.task, completed=done, total=total)

    def __enter__(self) -> LazyProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()


#: The collector's first threshold once a query refreshes its index (:func:`open_corpus`).
REFRESH_GC_YOUNG = 20_000


def open_corpus(
    corpus: list[str] | None,
    db: str | None,
    *,
    announce: bool = False,
    jobs: int | None = None,
    rebuild: bool = False,
    mapper: Any = None,
) -> Any:
    """Open the index of the corpus and refresh it; errors are a line on stderr and
    :class:`Failure`.  ``mapper`` runs the extraction elsewhere (``corpus.distributed``).

    A query on an index that is up to date (``corpus.fresh``) takes it as it is: the
    summary is then None."""
    listing = None
    stale: list[Any] = []  # the index the check opened and found not up to date: written with
    if not (announce or jobs or rebuild or mapper):
        speculated = held.pop("conn", None)
        if speculated is not None:  # answering on a speculation (:func:`_speculative`)
            return speculated, None
        from ..corpus.fresh import check

        ready, listing = check(corpus_names(corpus), db, held.pop("listing", None), stale)
        if ready is not None:
            opened.append(ready)
            return ready, None
    # What is alive now (the modules, the corpus's listing: tens of thousands of objects) lives
    # as long as the command: kept out of the collector's passes, which the refresh's imports
    # and the engine's start would otherwise make walk it again and again (10-25 ms of a
    # query after one changed file).  What the refresh then makes (its modules, the engine's
    # patterns and tables: long-lived too) is let pile up to REFRESH_GC_YOUNG objects before a
    # pass (the default, 700, made a dozen passes over them in a one-file refresh, 2-3 ms);
    # passes still come, so a long refresh's memory stays bounded.
    import gc

    gc.freeze()
    gc.set_threshold(REFRESH_GC_YOUNG, *gc.get_threshold()[1:])
    from ..corpus import index as ix
    from ..corpus import limits, schema
    from ..read.limits import from_env

    opened.extend(stale)  # closed at the end should a usage error come first
    try:
        limits.time_budget()  # the workers read it too: a value not understood is a usage error here
    except limits.BadLimit as exc:
        raise fail(str(exc), EXIT_USAGE) from None
    for problem in from_env()[1]:  # a size not understood: the default is used
        warn(f"warning: {problem}")
    from ..corpus.fresh import default_db_file
    from ..read.text import path_name

    roots = corpus_root_names(corpus)
    db_path = path_name(db) if db else path_name(default_db_file(roots))
    checked = stale[0] if stale else None
    if checked is not None:
        opened.remove(checked)  # open_index takes it over (and closes it when it cannot serve)
    try:
        conn = schema.open_index(db_path, rebuild=rebuild, opened=checked)
    except schema.IndexUnavailable as exc:
        raise fail(str(exc), EXIT_UNREADABLE) from None
    opened.append(conn)

    def refresh() -> Any:
        with LazyProgress("indexing") as bar:
            return ix.refresh(
                conn,
                roots,
                jobs=jobs,
                progress=bar.update if bar.enabled else None,
                retry=announce,
                mapper=mapper,
                listing=listing,
            )

    # the listing lives as long as the command (the process ends without freeing it, see
    # ``rescite.__main__._end``): freed here, its tens of thousands of objects cost a query
    # after one changed file about 2 % of its instructions
    kept_alive.append(listing)
    try:
        try:
            summary = refresh()
        except schema.IndexDamaged as exc:  # ours, damaged: built anew from the corpus
            warn(f"warning: {exc}; rebuilding it")
            conn.close()
            conn = schema.open_index(db_path, rebuild=True)
            opened.append(conn)
            summary = refresh()
    except FileNotFoundError as exc:
        raise fail(str(exc), EXIT_UNREADABLE) from None
    except (ix.IndexFailed, schema.IndexUnavailable) as exc:
        raise fail(str(exc), EXIT_UNREADABLE) from None
    if summary.building:
        raise fail(
            f"{db_path}: the index is being built by another rescite process; try again when it has finished",
            EXIT_UNREADABLE,
        )
    for message in summary.unreadable:
        warn(f"{message} (skipped)")
    for message in summary.warnings:  # files indexed in part: a limit reached
        warn(f"warning: {message}")
    if summary.unreadable:
        state["unreadable"] = True
    if summary.busy and announce:
        raise fail(
            f"{db_path}: another rescite process is indexing this corpus; nothing done (try again later)",
            EXIT_UNREADABLE,
        )
    if summary.busy:
        echo_err("rescite: index is being refreshed by another process; answering from the previous index")
    if announce:
        echo_err(f"rescite: {summary.line()}")
    elif summary.modified:
        echo_err(
            f"rescite: index refreshed: {summary.new} new, {summary.changed} changed, "
            f"{summary.removed} removed"
        )
    return conn, summary


def corpus_names(corpus: list[str] | None) -> list[Any]:
    """The corpus roots a query's freshness check walks (``--corpus``, else ``RESCITE_CORPUS``,
    else the bundled sample)."""
    names = corpus or [p for p in os.environ.get("RESCITE_CORPUS", "").split(os.pathsep) if p]
    return names or corpus_root_names(None)


#: The indexes the command opened (:func:`close_index`).
opened: list[Any] = []


def close_index() -> None:
    """Close the indexes the command opened (a caller that goes on; the quick path's end,
    ``rescite.__main__._end``, leaves them open: no checkpoint)."""
    while opened:
        try:  # noqa: SIM105 - contextlib is one more import on the quick path
            opened.pop().close()
        except Exception:  # as at an ordinary exit: the process ends anyway
            pass


#: What the command keeps until it ends instead of freeing it object by object (:func:`open_corpus`).
kept_alive: list[Any] = []


#: What a speculative answer hands on (:func:`_speculative`): the index it opened (``conn``),
#: then, when the index was not up to date, the corpus as walked (``listing``).
held: dict[str, Any] = {}


def expand_stdin(args: list[str]) -> list[str]:
    """Arguments, with ``-`` replaced by the ids on standard input (one a line)."""
    out: list[str] = []
    for a in args:
        if a == "-":
            out.extend(line.strip() for line in sys.stdin if line.strip())
        else:
            out.append(a)
    return out


def resolve_query(conn: Any, query: str) -> tuple[dict[str, Any] | None, int]:
    """The one node ``query`` means, or None and the exit code (messages on stderr)."""
    from ..corpus.query import lookup

    found = lookup(conn, query)
    if len(found.matches) == 1:
        return found.matches[0], EXIT_OK
    if found.matches:
        warn(f"{query!r} is ambiguous; it may mean:")
        for m in found.matches:
            line = "\t".join(shown(str(m[k] or "")) for k in ("id", "kind", "name"))
            echo_err(f"  {line}".rstrip())
        return None, EXIT_AMBIGUOUS
    hint = f"; did you mean {', '.join(found.suggestions)}?" if found.suggestions else ""
    warn(f"no text matches {query!r} in the index{hint}")
    return None, EXIT_NOT_FOUND
