"""Keep an index up to date while the corpus is edited: ``rescite watch``.

A query checks the corpus before it answers (``corpus.fresh``: one ``stat`` per file) and,
when a file changed, refreshes the index itself: it starts the extraction engine in its own
process (its modules and patterns, about 30 ms of CPU) to read a file or two.  A watcher is a
process that stays: the file system tells it of each change (inotify on Linux, through
`watchfiles <https://watchfiles.helpmanual.io>`_, the ``watch`` extra), and it refreshes the
index at once with an engine already started, so that the query after an edit finds the index
up to date and answers as it would on an unchanged corpus.

The watcher only runs ahead of the queries; it is never trusted: every query still makes its
own check and refreshes the index whenever the watcher has not (yet) done so — a watcher
stopped, one that missed an event, a file system that sends none (``poll=True`` then looks
at the folders every ``poll_ms`` instead).  A query that comes while the watcher writes waits
for it and finds the index up to date (``corpus.index.refresh`` looks again once it holds the
lock).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from .index import RefreshSummary, refresh
from .walk import SUFFIXES, Walk, relisted, walk


class WatchUnavailable(RuntimeError):
    """The ``watch`` extra (watchfiles) is not installed, or the system refuses to watch."""


#: Milliseconds without a new event before a batch of changes is acted on (an editor's save
#: comes as several events: truncate, write, rename).
STEP_MS = 20
#: … and the longest a batch is gathered for while events keep coming.
DEBOUNCE_MS = 400


def require() -> Any:
    """The watchfiles module (WatchUnavailable without the ``watch`` extra)."""
    try:
        import watchfiles
    except ImportError:
        raise WatchUnavailable("rescite watch needs watchfiles: pip install 'rescite[watch]'") from None
    return watchfiles


def concerns(path: str, index_files: frozenset[str]) -> bool:
    """Whether an event on ``path`` may change what the index holds: a file of a corpus suffix,
    or a name without one (a folder); never the index's own files."""
    if path in index_files:
        return False
    name = os.path.basename(path)
    dot = name.rfind(".")
    return dot <= 0 or name[dot:].lower() in SUFFIXES or os.path.isdir(path)


#: Milliseconds the system's watch waits for a first event before the watcher says it is ready.
READY_MS = 300


def changes(
    roots: Sequence[str],
    index_files: frozenset[str],
    *,
    stop: Any = None,
    poll: bool = False,
    poll_ms: int = 300,
    step_ms: int = STEP_MS,
    debounce_ms: int = DEBOUNCE_MS,
) -> Iterator[list[tuple[bool, str]]]:
    """For each batch of file-system changes under ``roots``, those that concern the corpus as
    (deleted, path) (batches of none are left out), and an empty list now and then with no
    change (the first list comes once the system's watch is set up: what changed before is not
    in it); ends when ``stop`` (a ``threading.Event``) is set or on Ctrl-C."""
    watchfiles = require()
    deleted = watchfiles.Change.deleted
    try:
        for batch in watchfiles.watch(
            *roots,
            watch_filter=None,
            step=step_ms,
            debounce=debounce_ms,
            stop_event=stop,
            rust_timeout=READY_MS,
            yield_on_timeout=True,
            raise_interrupt=False,
            force_polling=poll,
            poll_delay_ms=poll_ms,
        ):
            events = [(change == deleted, path) for change, path in batch if concerns(path, index_files)]
            if events or not batch:
                yield events
    except OSError as exc:  # e.g. the system's limit of watches reached
        raise WatchUnavailable(f"cannot watch the corpus: {exc.strerror or exc} (try --poll)") from None


def folders_of(events: list[tuple[bool, str]]) -> set[str] | None:
    """The folders whose files the events edited, added or removed; None when a folder itself
    was (or may have been) added, removed or renamed: the whole corpus is walked then."""
    folders: set[str] = set()
    for was_deleted, path in events:
        name = os.path.basename(path)
        dot = name.rfind(".")
        is_file = dot > 0 and name[dot:].lower() in SUFFIXES
        if not is_file or (not was_deleted and os.path.isdir(path)):
            return None
        folders.add(os.path.dirname(path))
    return folders


def watch(
    conn: Any,
    roots: Sequence[str],
    *,
    on_refresh: Callable[[RefreshSummary], None],
    on_ready: Callable[[RefreshSummary], None] | None = None,
    stop: Any = None,
    poll: bool = False,
    poll_ms: int = 300,
    jobs: int | None = None,
) -> None:
    """Refresh the index ``conn`` after each change under ``roots`` until ``stop`` is set (or
    Ctrl-C); ``on_refresh`` gets each refresh's summary.  Once the system's watch is set up the
    index is refreshed once more (what changed before the watch began) and ``on_ready`` gets
    that summary: from then on no change is missed.  After a change to files only, the folders
    that hold them are listed again, not the whole corpus (:func:`corpus.walk.relisted`).
    Errors of a refresh propagate as :func:`corpus.index.refresh` raises them (the index as it
    was)."""
    warm_up(conn)
    db = os.path.realpath(conn.execute("PRAGMA database_list").fetchone()[2] or "")
    index_files = frozenset(db + end for end in ("", "-wal", "-shm", "-journal"))
    real_roots = [os.path.realpath(r) for r in roots]
    found: Walk | None = None  # the corpus as last listed
    ready = False
    for events in changes(real_roots, index_files, stop=stop, poll=poll, poll_ms=poll_ms):
        if ready and not events:
            continue
        folders = folders_of(events) if found is not None else None
        again = relisted(found, folders) if found is not None and folders is not None else None
        found = again or walk(roots)
        summary = refresh(conn, roots, jobs=jobs, listing=found)
        for _ in range(BUSY_TRIES):
            if not summary.busy or (stop is not None and stop.is_set()):
                break
            time.sleep(0.1)  # another process writes the index (a query that saw the change first)
            found = walk(roots)
            summary = refresh(conn, roots, jobs=jobs, listing=found)
        on_refresh(summary)
        if not ready:
            ready = True
            if on_ready is not None:
                on_ready(summary)


#: Tries, a tenth of a second apart, while another process writes the index.
BUSY_TRIES = 50


#: Files of each language read once when the watcher starts (:func:`warm_up`).
WARM_FILES = 2


def warm_up(conn: Any) -> int:
    """Start the engine before the first change: read a few indexed files of each language the
    index holds (the results are dropped), so that the patterns a language's texts use are
    built and the first refresh costs what the others do.  How many files were read."""
    from .reading import extract_file

    rows = conn.execute(
        "SELECT path, rel, size, mtime_ns FROM (SELECT path, rel, size, mtime_ns, row_number() "
        "OVER (PARTITION BY lang ORDER BY size DESC) AS n FROM documents "
        "WHERE error IS NULL AND size <= 200000) WHERE n <= ?",
        (WARM_FILES,),
    ).fetchall()
    for path, rel, size, mtime_ns in rows:
        extract_file((path, rel, size, mtime_ns, None))  # never raises for a bad file
    return len(rows)
