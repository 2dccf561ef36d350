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

import itertools
import os
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ..models import Frozen, Record

if TYPE_CHECKING:
    from ..engine.extract import Piece
    from ..models import CanonicalId, Citation, ExtractResult

#: A task is a few files adding up to about this many bytes (fewer round trips for small
#: files, a bounded amount of work and memory per task for big ones).
CHUNK_BYTES = 1_000_000
CHUNK_FILES = 256
#: Chunks in flight per worker: enough to keep every core busy while the parent writes.
IN_FLIGHT = 3


class FileResult(Frozen):
    """One file's outcome: its rendered records (``out``), or the citations themselves when
    no renderer was given, or the one-line reason it could not be read."""

    name: str
    out: str
    unresolved: int
    error: str | None
    citations: tuple[Citation, ...]
    warnings: tuple[str, ...]  # one line each: an invalid byte, a guessed encoding, a limit

    __slots__ = ("citations", "error", "name", "out", "unresolved", "warnings")

    def __init__(
        self,
        name: str,
        out: str = "",
        unresolved: int = 0,
        error: str | None = None,
        citations: tuple[Citation, ...] = (),
        warnings: tuple[str, ...] = (),
    ) -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "out", out)
        object.__setattr__(self, "unresolved", unresolved)
        object.__setattr__(self, "error", error)
        object.__setattr__(self, "citations", citations)
        object.__setattr__(self, "warnings", warnings)


Renderer = Callable[["ExtractResult"], str]


def extract_one(
    name: str, lang: str | None, render: Renderer | None, plan_only: bool = False
) -> FileResult | Planned:
    """Read and extract one file (``-`` is standard input).  With ``plan_only``, a
    compilation is only read and cut into its texts: a :class:`Planned` comes back, whose
    pieces :func:`_read_big` sends out to the pool."""
    from ..engine.extract import extract_text, notes_elsewhere, plan
    from ..models import ExtractResult
    from ..read import UnreadableInput, read_text
    from .limits import OverBudget, file_problem, time_budget, time_limit, warm_up, warms

    warnings: list[str] = []
    problem = file_problem(name)  # a FIFO, a device, a file over the size limit: never opened
    if problem:
        return FileResult(name, error=problem)
    budget = time_budget()
    if warms(budget):
        warm_up()
    try:
        with time_limit(budget) as clock:
            text = read_text(name, warn=warnings.append)
            if plan_only:
                planned = plan(text, source=name, lang=lang)
                if not isinstance(planned, ExtractResult):
                    # (a compilation whose notes may stand under another text than their marker's
                    # is read here whole: its notes are put in their texts as a serial read does)
                    if not clock.ran_out and not notes_elsewhere(text, planned):
                        return Planned(name, text, tuple(planned), tuple(warnings))
                    planned = extract_text(text, source=name, lang=lang)  # what is left is read here
                result = planned
            else:
                result = extract_text(text, source=name, lang=lang)
            rendered = render(result) if render is not None else ""
    except UnreadableInput as exc:
        return FileResult(name, error=str(exc), warnings=tuple(warnings))
    except OverBudget:
        return FileResult(name, error=_over_budget(name, budget), warnings=tuple(warnings))
    except (KeyboardInterrupt, SystemExit):
        raise
    except (Exception, RecursionError, MemoryError) as exc:  # one bad file never stops the others
        return FileResult(name, error=_internal(name, exc), warnings=tuple(warnings))
    return _finish(name, result, rendered, warnings, budget if clock.ran_out else 0.0, render is None)


def _over_budget(name: str, budget: float) -> str:
    from .limits import grace

    return (
        f"{name}: over the time budget of {budget:g} s and not done {grace(budget):g} s later "
        "(--time-budget, $RESCITE_TIME_BUDGET); skipped"
    )


def _internal(name: str, exc: BaseException) -> str:
    detail = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
    return f"{name}: internal error ({detail}); skipped"


def _finish(
    name: str, result: ExtractResult, rendered: str, warnings: list[str], ran_out: float, keep: bool
) -> FileResult:
    """A file's outcome from its result: the limits it reached as warnings (``ran_out``: the
    time budget that ran out, 0 when none did); its citations kept (``keep``) or rendered."""
    from .limits import budget_note

    warnings.extend(f"{name}: {w}" for w in result.warnings)  # limits reached: a range too long
    if ran_out:
        warnings.append(budget_note(name, ran_out, len(result.citations)))
    if keep:
        return FileResult(
            name, unresolved=result.unresolved, citations=tuple(result.citations), warnings=tuple(warnings)
        )
    return FileResult(name, rendered, result.unresolved, warnings=tuple(warnings))


class Planned(Frozen):
    """A compilation a worker read and cut into its texts (:func:`rescite.engine.extract.plan`):
    the parent sends the pieces out to the pool and puts their results together."""

    name: str
    text: str
    pieces: tuple[Piece, ...]
    warnings: tuple[str, ...]

    __slots__ = ("name", "pieces", "text", "warnings")

    def __init__(self, name: str, text: str, pieces: tuple[Piece, ...], warnings: tuple[str, ...]) -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "pieces", pieces)
        object.__setattr__(self, "warnings", warnings)


def _extract_chunk(names: Sequence[str], lang: str | None, render: Renderer | None) -> list[FileResult]:
    return [_done(extract_one(n, lang, render)) for n in names]


def _done(r: FileResult | Planned) -> FileResult:
    assert isinstance(r, FileResult)  # without plan_only, a file is read through
    return r


class Later(Frozen):
    """A big file, read here (by the parent) when its turn comes: see :func:`_read_big`."""

    name: str

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        object.__setattr__(self, "name", name)


class _Pieces(Record):
    """What a worker made of some texts of a compilation: their records rendered (or their
    citations), how many are unresolved, their warnings; or the file's error."""

    out: list[str]
    citations: list[Citation]
    found: int  # citations
    unresolved: int
    warnings: list[str]
    ran_out: float  # the time budget, when it ran out (the texts after it not read)
    error: str | None

    __slots__ = ("citations", "error", "found", "out", "ran_out", "unresolved", "warnings")

    def __init__(
        self,
        out: list[str],
        citations: list[Citation],
        found: int,
        unresolved: int,
        warnings: list[str],
        ran_out: float = 0.0,
        error: str | None = None,
    ) -> None:
        self.out = out
        self.citations = citations
        self.found = found
        self.unresolved = unresolved
        self.warnings = warnings
        self.ran_out = ran_out
        self.error = error


def _extract_pieces(
    name: str,
    pieces: Sequence[tuple[str, int, str | None]],
    file_own: CanonicalId | None,
    lang: str | None,
    render: Renderer | None,
) -> _Pieces:
    """Some texts of a compilation ``(text, offset, heading)``, each under the time budget,
    put in the whole by :func:`rescite.engine.extract.placed` (``file_own``: the file's own id,
    the source of a text without one) and rendered."""
    from ..engine.extract import extract_piece, placed
    from ..models import replace
    from .limits import OverBudget, time_budget, time_limit, warm_up, warms

    budget = time_budget()
    if warms(budget):
        warm_up()
    done = _Pieces([], [], 0, 0, [])
    try:
        for piece, offset, heading in pieces:
            with time_limit(budget) as clock:
                put = placed(
                    extract_piece(piece, source=name, lang=lang, within=file_own), offset, heading, file_own
                )
                if render is not None:
                    done.out.append(render(put))
                else:
                    done.citations.extend(put.citations)
                done.found += len(put.citations)
                done.unresolved += put.unresolved
                done.warnings.extend(w for w in put.warnings if w not in done.warnings)
            if clock.ran_out:
                return replace(done, ran_out=budget)  # as a serial read: the rest is not read
    except OverBudget:
        return replace(done, error=_over_budget(name, budget))
    except (KeyboardInterrupt, SystemExit):
        raise
    except (Exception, RecursionError, MemoryError) as exc:  # one bad file never stops the others
        return replace(done, error=_internal(name, exc))
    return done


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
    join: str = "",
) -> Generator[FileResult, None, None]:
    """Read and extract every file of ``names``, on ``jobs`` worker processes (default: all
    cores), yielding the results in the order of ``names``.

    ``render`` (a module-level function, so that it can be sent to the workers) turns a
    file's result into the text to write; without it the citations themselves come back.
    One chunk or one job: no pool, everything runs here.  ``join``: what ``render`` puts
    between the records of two parts of a file (a compilation's texts rendered apart).
    """
    todo = list(names)
    sizes = [_size(n) for n in todo]
    big = {n for n, size in zip(todo, sizes, strict=True) if size > BIG_FILE}
    parts = _alone(chunks(todo, sizes), big)
    # a big compilation is read text by text on every worker: as many as the jobs asked
    workers = min(jobs or default_jobs(), len(parts) if not big else max(len(parts), MAX_JOBS_FOR_ONE))
    if workers <= 1:
        for part in parts:
            yield from _extract_chunk(part, lang, render)
        return

    def task(part: list[str]) -> tuple[Callable[..., Any], tuple[Any, ...]] | list[Any]:
        if len(part) == 1 and part[0] in big:
            return [Later(part[0])]  # read by this process when its turn comes
        return _extract_chunk, (part, lang, render)

    yield from _pooled(
        parts, workers, task, lambda pool, r: _read_big(pool, r, lang, render, join, IN_FLIGHT * workers)
    )


def _alone(parts: list[list[str]], big: set[str]) -> list[list[str]]:
    """``parts`` with each of the ``big`` files in a part of its own."""
    if not big:
        return parts
    out: list[list[str]] = []
    for part in parts:
        cur: list[str] = []
        for name in part:
            if name in big:
                if cur:
                    out.append(cur)
                    cur = []
                out.append([name])
            else:
                cur.append(name)
        if cur:
            out.append(cur)
    return out


#: A file larger than this many bytes that holds a compilation has its texts read on the
#: pool, each wherever a worker is free (its results put together in order, the same as a
#: serial read's).
BIG_FILE = 4 * CHUNK_BYTES
#: The most workers one big file is given when it is all there is to read.
MAX_JOBS_FOR_ONE = 64
#: Pieces of a compilation are sent out in tasks of about this many characters.
PIECES_CHARS = CHUNK_BYTES


def _read_big(
    pool: Any,
    r: FileResult | Later,
    lang: str | None,
    render: Renderer | None,
    join: str = "",
    in_flight: int = IN_FLIGHT,
) -> FileResult:
    """A file's outcome.  A big file (:class:`Later`) is read and cut into its texts here;
    when it is a compilation, its first piece (the narrative before the first text, which
    gives the file's own id) is read here too, and the others on ``pool``, in tasks of about
    :data:`PIECES_CHARS` characters, each worker rendering its own; the records are then the
    same, in the same order, as a serial read's."""
    if not isinstance(r, Later):
        return r
    from ..engine.extract import contents_dropped, extract_piece

    name = r.name
    planned = extract_one(name, lang, render, plan_only=True)
    if not isinstance(planned, Planned):
        return planned
    text, pieces = planned.text, planned.pieces
    warnings = list(planned.warnings)
    try:
        s0, e0, _ = pieces[0]
        first = contents_dropped(extract_piece(text[s0:e0], source=name, lang=lang), pieces, text[s0:e0])
    except (KeyboardInterrupt, SystemExit):
        raise
    except (Exception, RecursionError, MemoryError) as exc:  # one bad file never stops the others
        return FileResult(name, error=_internal(name, exc), warnings=tuple(warnings))
    file_own = first.document.source_id
    # the texts go out a few tasks at a time, each cut from the text as it goes: no copy of
    # the whole text waits in the pool's queue
    bounds: list[list[int]] = [[]]
    size = 0
    for i, (s, e, _) in enumerate(pieces[1:], 1):
        if bounds[-1] and size + (e - s) > PIECES_CHARS:
            bounds.append([])
            size = 0
        bounds[-1].append(i)
        size += e - s

    def submit(batch: list[int]) -> Any:
        texts = [(text[pieces[i][0] : pieces[i][1]], pieces[i][0], pieces[i][2]) for i in batch]
        return pool.apply_async(_extract_pieces, (name, texts, file_own, lang, render))

    todo = iter(bounds)
    pending: deque[Any] = deque(submit(b) for b in itertools.islice(todo, in_flight))
    outs = [render(first)] if render is not None else []
    citations = list(first.citations) if render is None else []
    found, unresolved = len(first.citations), first.unresolved
    notes = list(first.warnings)
    ran_out = 0.0
    while pending:
        got: _Pieces = pending.popleft().get()
        nxt = next(todo, None)
        if nxt is not None and not ran_out and got.error is None:
            pending.append(submit(nxt))
        if ran_out:
            continue  # the time budget ran out in an earlier text: the rest is not read
        if got.error is not None:
            return FileResult(name, error=got.error, warnings=tuple(warnings))
        outs.extend(got.out)
        citations.extend(got.citations)
        found += got.found
        unresolved += got.unresolved
        notes.extend(w for w in got.warnings if w not in notes)
        ran_out = got.ran_out
    warnings.extend(f"{name}: {w}" for w in notes)  # limits reached: a range too long
    if ran_out:
        from .limits import budget_note

        warnings.append(budget_note(name, ran_out, found))
    if render is None:
        return FileResult(name, unresolved=unresolved, citations=tuple(citations), warnings=tuple(warnings))
    out = join.join(o for o in outs if o)
    return FileResult(name, out, unresolved, warnings=tuple(warnings))


def _pooled(
    parts: Sequence[Any],
    workers: int,
    task: Callable[[Any], tuple[Callable[..., list[Any]], tuple[Any, ...]] | list[Any]],
    finish: Callable[[Any, Any], FileResult] | None = None,
) -> Iterator[FileResult]:
    """Run ``task(part)`` — a function and its arguments, or the part's results when no
    worker is needed — for every part on a pool, results in order, at most ``IN_FLIGHT *
    workers`` parts pending; the pool is stopped at once on any exit (an error, Ctrl-C, a
    closed pipe, or the consumer stopping early).  ``finish(pool, result)`` turns each result
    into the file's outcome (it may send more work to the pool)."""
    pool = _new_pool(workers)
    pending: deque[Any] = deque()
    try:
        it = iter(parts)
        for part in it:
            pending.append(_send(pool, task(part)))
            if len(pending) >= IN_FLIGHT * workers:
                break
        while pending:
            done: list[Any] = pending.popleft().get()
            nxt = next(it, None)
            if nxt is not None:
                pending.append(_send(pool, task(nxt)))
            for one in done:
                yield finish(pool, one) if finish is not None else one
        pool.close()
        pool.join()
    finally:
        _let_finish(pending)
        pool.terminate()


def _new_pool(workers: int) -> Any:
    """A pool of ``workers`` processes, Ctrl-C held back while it is made and delivered once it
    is: a pool interrupted after starting its workers and before registering its own finalizer
    kept a finalizer half made, which printed a traceback at exit ("'Finalize' object has no
    attribute '_key'"); whole, it stops its workers at exit as the caller's ``finally`` does."""
    import multiprocessing
    import signal

    hold = hasattr(signal, "pthread_sigmask")
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT}) if hold else None
    try:
        return multiprocessing.get_context().Pool(workers, initializer=_worker_init, initargs=(os.getpid(),))
    finally:
        if old is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, old)


#: how long a pool stopped early waits for the tasks already sent (seconds)
STOP_WAIT = 2.0


def _let_finish(pending: deque[Any]) -> None:
    """Wait, for at most ``STOP_WAIT`` seconds in all, for the tasks already sent to a pool that
    is about to be stopped: a worker stopped while it hands back a result dies holding the result
    queue's lock, and the pool's own stopping then waits for that lock for ever (the consumer
    stopping early, an error, Ctrl-C or a closed pipe would hang instead of ending)."""
    import time

    deadline = time.monotonic() + STOP_WAIT
    for task in pending:
        left = deadline - time.monotonic()
        if left <= 0:
            break
        if not isinstance(task, _Ready):
            task.wait(left)


class _Ready(Frozen):
    """A task's results known without a worker (as a pool's pending result gives them)."""

    results: list[Any]

    __slots__ = ("results",)

    def __init__(self, results: list[Any]) -> None:
        object.__setattr__(self, "results", results)

    def get(self) -> list[Any]:
        return self.results


def _send(pool: Any, task: tuple[Callable[..., list[Any]], tuple[Any, ...]] | list[Any]) -> Any:
    return _Ready(task) if isinstance(task, list) else pool.apply_async(*task)


def _worker_init(parent: int) -> None:
    """Leave Ctrl-C to the parent, and end when the parent does (even killed with -9)."""
    import signal
    import threading
    import time

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    from ..grammar import recache

    recache.flush_in_worker()

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
