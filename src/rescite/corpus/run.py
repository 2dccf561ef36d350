"""Extraction of many files on all cores: a worker pool, results in input order, memory flat.

:func:`extract_files` reads and extracts files in worker processes, a chunk of files per
task, with a bounded number of chunks in flight, and yields one :class:`FileResult` per
file in the order the names were given.  Each worker renders its records itself (the
``render`` callable, e.g. JSON lines), so the parent process only writes strings: its
memory does not grow with the corpus, and the output is the same as a serial run's.

Workers ignore Ctrl-C (the parent stops them), and end when their parent goes away, even
when it is killed without a chance to clean up.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models import Citation, ExtractResult

#: A task is a few files adding up to about this many bytes (fewer round trips for small
#: files, a bounded amount of work and memory per task for big ones).
CHUNK_BYTES = 1_000_000
CHUNK_FILES = 256
#: Chunks in flight per worker: enough to keep every core busy while the parent writes.
IN_FLIGHT = 3


@dataclass(frozen=True)
class FileResult:
    """One file's outcome: its rendered records (``out``), or the citations themselves when
    no renderer was given, or the one-line reason it could not be read."""

    name: str
    out: str = ""
    unresolved: int = 0
    error: str | None = None
    citations: tuple[Citation, ...] = ()
    warnings: tuple[str, ...] = ()  # one line each: an invalid byte, a guessed encoding, a limit


Renderer = Callable[["ExtractResult"], str]


def extract_one(name: str, lang: str | None, render: Renderer | None) -> FileResult:
    """Read and extract one file (``-`` is standard input)."""
    from ..engine.extract import extract_text
    from ..read import UnreadableInput, read_text
    from .limits import OverBudget, budget_note, file_problem, grace, time_budget, time_limit, warm_up

    warnings: list[str] = []
    problem = file_problem(name)  # a FIFO, a device, a file over the size limit: never opened
    if problem:
        return FileResult(name, error=problem)
    budget = time_budget()
    if budget:
        warm_up()
    try:
        with time_limit(budget) as clock:
            text = read_text(name, warn=warnings.append)
            result = extract_text(text, source=name, lang=lang)
            rendered = render(result) if render is not None else ""
    except UnreadableInput as exc:
        return FileResult(name, error=str(exc), warnings=tuple(warnings))
    except OverBudget:
        reason = (
            f"{name}: over the time budget of {budget:g} s and not done {grace(budget):g} s later "
            "(--time-budget, $RESCITE_TIME_BUDGET); skipped"
        )
        return FileResult(name, error=reason, warnings=tuple(warnings))
    except (KeyboardInterrupt, SystemExit):
        raise
    except (Exception, RecursionError, MemoryError) as exc:  # one bad file never stops the others
        detail = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
        return FileResult(name, error=f"{name}: internal error ({detail}); skipped", warnings=tuple(warnings))
    warnings.extend(f"{name}: {w}" for w in result.warnings)  # limits reached: a range too long
    if clock.ran_out:
        warnings.append(budget_note(name, budget, len(result.citations)))
    if render is None:
        return FileResult(
            name, unresolved=result.unresolved, citations=tuple(result.citations), warnings=tuple(warnings)
        )
    return FileResult(name, rendered, result.unresolved, warnings=tuple(warnings))


def _extract_chunk(names: Sequence[str], lang: str | None, render: Renderer | None) -> list[FileResult]:
    return [extract_one(n, lang, render) for n in names]


def chunks(names: Sequence[str], sizes: Sequence[int]) -> list[list[str]]:
    """The names cut into consecutive runs of about :data:`CHUNK_BYTES` bytes."""
    out: list[list[str]] = []
    cur: list[str] = []
    acc = 0
    for name, size in zip(names, sizes, strict=True):
        if cur and (acc + size > CHUNK_BYTES or len(cur) >= CHUNK_FILES):
            out.append(cur)
            cur, acc = [], 0
        cur.append(name)
        acc += size
    if cur:
        out.append(cur)
    return out


def _size(name: str) -> int:
    try:
        return os.stat(name).st_size if name != "-" else 0
    except OSError:
        return 0


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def extract_files(
    names: Iterable[str],
    *,
    lang: str | None = None,
    render: Renderer | None = None,
    jobs: int | None = None,
) -> Generator[FileResult, None, None]:
    """Read and extract every file of ``names``, on ``jobs`` worker processes (default: all
    cores), yielding the results in the order of ``names``.

    ``render`` (a module-level function, so that it can be sent to the workers) turns a
    file's result into the text to write; without it the citations themselves come back.
    One chunk or one job: no pool, everything runs here.
    """
    todo = list(names)
    parts = chunks(todo, [_size(n) for n in todo])
    workers = min(jobs or default_jobs(), len(parts))
    if workers <= 1:
        for part in parts:
            yield from _extract_chunk(part, lang, render)
        return
    yield from _pooled(parts, workers, lambda part: (_extract_chunk, (part, lang, render)))


def _pooled(
    parts: Sequence[Any],
    workers: int,
    task: Callable[[Any], tuple[Callable[..., list[FileResult]], tuple[Any, ...]]],
) -> Iterator[FileResult]:
    """Run ``task(part)`` for every part on a pool, results in order, at most
    ``IN_FLIGHT * workers`` parts pending; the pool is stopped at once on any exit
    (an error, Ctrl-C, a closed pipe, or the consumer stopping early)."""
    import multiprocessing

    pool = multiprocessing.get_context().Pool(workers, initializer=_worker_init, initargs=(os.getpid(),))
    pending: deque[Any] = deque()
    try:
        it = iter(parts)
        for part in it:
            func, args = task(part)
            pending.append(pool.apply_async(func, args))
            if len(pending) >= IN_FLIGHT * workers:
                break
        while pending:
            done: list[FileResult] = pending.popleft().get()
            nxt = next(it, None)
            if nxt is not None:
                func, args = task(nxt)
                pending.append(pool.apply_async(func, args))
            yield from done
        pool.close()
        pool.join()
    finally:
        pool.terminate()


def _worker_init(parent: int) -> None:
    """Leave Ctrl-C to the parent, and end when the parent does (even killed with -9)."""
    import signal
    import threading
    import time

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.25)
        os._exit(1)

    threading.Thread(target=watch, name="rescite-parent-watch", daemon=True).start()


def _die_with_parent() -> None:
    """On Linux, ask the kernel to send SIGTERM to this process when its parent ends."""
    import sys

    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGTERM, 0, 0, 0)
    except (OSError, AttributeError):  # no libc to ask: the watching thread is enough
        pass
