"""Reading the corpus's files for the index: one file read and extracted (:func:`extract_file`,
anywhere: a worker process, a cluster), and the local pool that maps it over the files.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator

from ..models import ExtractResult
from .fresh import context, pack_contexts
from .rows import ready_row
from .walk import blake2b_type

TYPE_CHECKING = False  # as typing's, without importing typing: a refresh imports this module
if TYPE_CHECKING:
    from typing import Any


#: Files per task sent to a worker process.
CHUNK = 16


def extract_text(text: str, source: str = "-", lang: str | None = None) -> ExtractResult:
    """The extraction engine, imported only when a file is actually read (fast start-up)."""
    from ..engine.extract import extract_text as engine

    return engine(text, source, lang)


#: One file to read: (absolute path, relative path, size, mtime in ns, hash when last indexed).
Work = tuple[str, str, int, int, "str | None"]


#: What reading one file gives (picklable, so any executor can carry it back):
#: ``("ok", path, rel, size, mtime_ns, hash, (lang, source_id, title, body, date), citation rows,
#: contexts, warnings, partial)`` (citation rows: ready to insert, :data:`ROW_COLUMNS`; contexts:
#: the sentences of the rows, compressed together (:func:`pack_contexts`, ``b""`` for none),
#: made where the file was read, not by the one writer; warnings: one line each, naming the
#: file; the file is indexed; partial: its time budget ran out, what was found by then is in
#: the rows),
#: ``("same", path, rel, size, mtime_ns, hash)`` when the content did not change, or
#: ``("error", path, rel, size, mtime_ns, hash, message)`` for a file that could not be read.
FileResult = tuple["Any", ...]


#: An executor's ``map``: ``mapper(extract_file, works)`` yields one :data:`FileResult` per
#: work item, in any order (a process pool, a Dask client, the built-in ``map`` …).
Mapper = Callable[[Callable[[Work], FileResult], Iterable[Work]], Iterable[FileResult]]


def extract_file(work: Work) -> FileResult:
    """Read one file and extract its citations (runs in a worker process, or anywhere).

    Never raises for a bad file: an unreadable file, or one the engine fails on, gives an
    ``"error"`` result with a one-line reason.
    """
    from ..read import UnreadableInput, read_bytes, text_of
    from ..read.limits import from_env
    from .limits import (
        TIME_BUDGET_S,
        BadLimit,
        OverBudget,
        budget_note,
        grace,
        time_budget,
        time_limit,
        warm_up,
        warms,
    )

    path, rel, size, mtime_ns, old_hash = work
    limits, _ = from_env()  # a value not understood is reported once, by the command
    try:
        data = read_bytes(path, limits)  # at most one byte over the largest file read
    except UnreadableInput as exc:
        return ("error", path, rel, size, mtime_ns, None, str(exc))
    digest = blake2b_type()(data, digest_size=16).hexdigest()  # hashlib's, without loading OpenSSL
    size = len(data) if len(data) <= limits.max_file else size
    if digest == old_hash:
        return ("same", path, rel, size, mtime_ns, digest)
    try:
        budget = time_budget()
    except BadLimit:
        budget = TIME_BUDGET_S
    if warms(budget):
        warm_up()
    warnings: list[str] = []  # one line each, naming the file: a guessed encoding, a limit reached
    try:
        with time_limit(budget) as clock:
            text = text_of(data, path, warn=warnings.append, limits=limits, path=path)
            result: ExtractResult = extract_text(text, source=path)
    except UnreadableInput as exc:
        return ("error", path, rel, size, mtime_ns, digest, str(exc))
    except OverBudget:
        reason = f"{path}: over the time budget of {budget:g} s and not done {grace(budget):g} s later"
        return ("error", path, rel, size, mtime_ns, digest, f"{reason} ($RESCITE_TIME_BUDGET)")
    except (KeyboardInterrupt, SystemExit):
        raise
    except (Exception, RecursionError, MemoryError) as exc:
        reason = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
        return ("error", path, rel, size, mtime_ns, digest, f"{path}: could not be read ({reason})")
    warnings.extend(f"{path}: {w}" for w in result.warnings)  # a range too long to expand
    if clock.ran_out:
        warnings.append(budget_note(path, budget, len(result.citations)))
    doc = result.document
    cites = []
    contexts: dict[str, int] = {}
    phrases: dict[Any, Any] = {}
    where = _lines_and_pages(text, [c.start for c in result.citations])
    for c, (line, page) in zip(result.citations, where, strict=True):
        ctx, c0, c1 = context(text, c.start, c.end)
        n = contexts.setdefault(ctx, len(contexts))
        cites.append(ready_row(c, doc.source_id, (n, c0, c1, line, page), phrases))
    info = (doc.lang, doc.source_id, doc.title, doc.body, doc.date)
    packed = pack_contexts(list(contexts)) if contexts else b""  # compressed here, not by the one writer
    return ("ok", path, rel, size, mtime_ns, digest, info, cites, packed, warnings, clock.ran_out)


def _lines_and_pages(text: str, starts: list[int]) -> list[tuple[int, int | None]]:
    """The line (1-based) and page (form feeds counted; None when the text has none) of each
    offset, counted once through the text: stored, so that ``show`` need not read the file
    again (``corpus.locate``; a PDF's pages are still counted there)."""
    paged = "\f" in text
    out: list[tuple[int, int | None]] = [(1, None)] * len(starts)
    line, page, prev = 1, 1, 0
    for i in sorted(range(len(starts)), key=starts.__getitem__):
        start = starts[i]
        line += text.count("\n", prev, start)
        if paged:
            page += text.count("\f", prev, start)
        prev = start
        out[i] = (line, page if paged else None)
    return out


def _worker_init() -> None:
    """Workers leave Ctrl-C to the main process, which rolls back and stops them, and end
    with their parent even when it is killed (Linux: the parent-death signal)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from ..grammar import recache

    recache.flush_in_worker()
    import contextlib

    with contextlib.suppress(Exception):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        if os.getppid() == 1:  # the parent is already gone
            os._exit(1)


def local_mapper(jobs: int) -> Mapper:
    """A :data:`Mapper` over ``jobs`` local worker processes (in-process for one job):
    chunks of files, a bounded number of chunks in flight, results in input order."""

    def mapper(func: Callable[[Work], FileResult], works: Iterable[Work]) -> Iterator[FileResult]:
        items = list(works)
        if jobs <= 1 or len(items) <= 1:
            yield from map(func, items)
            return
        chunk = max(1, min(CHUNK, len(items) // (jobs * 4) or 1))
        chunks = [items[i : i + chunk] for i in range(0, len(items), chunk)]
        for results in _run_chunks(chunks, jobs, func):
            yield from results

    return mapper


def _apply_chunk(func: Callable[[Work], FileResult], items: list[Work]) -> list[FileResult]:
    return [func(w) for w in items]


def _run_chunks(
    chunks: list[list[Work]], jobs: int, func: Callable[[Work], FileResult]
) -> Iterator[list[FileResult]]:
    """Results of the chunks, in chunk order, with a bounded number in flight."""
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init) as pool:
        pending: deque[Future[list[FileResult]]] = deque()
        it = iter(chunks)
        try:
            for chunk in it:
                pending.append(pool.submit(_apply_chunk, func, chunk))
                if len(pending) >= 2 * jobs:
                    break
            while pending:
                done = pending.popleft().result()
                nxt = next(it, None)
                if nxt is not None:
                    pending.append(pool.submit(_apply_chunk, func, nxt))
                yield done
        except BaseException:
            for f in pending:
                f.cancel()
            pool.shutdown(wait=False, cancel_futures=True)
            raise
