"""Reading and extraction on a Dask cluster (``rescite index --dask ADDRESS``).

The index is written by this process, as always; only :func:`~rescite.corpus.reading.extract_file`
(read a file, extract its citations, cut the contexts) runs on the cluster's workers, a chunk
of files per task, with a bounded number of tasks in flight, and the results stream back into
the index in input order, as from the local pool (the same index, row for row).  The
workers read the files by their paths, so they must see the corpus where this process sees
it (one machine, or a shared file system), and have rescite installed.

``local:N`` starts a ``LocalCluster`` of N worker processes on this machine; anything else
is the address of a running scheduler (``tcp://host:8786``).  Dask is an optional
dependency (``pip install 'rescite[dask]'``), imported only here and only when asked for.

The per-file time budget (``$RESCITE_TIME_BUDGET``) holds on a worker whose process runs one
task thread (``local:N`` and ``dask worker --nthreads 1``): timers in that thread raise the
same cooperative stop flag as the local pool's alarm, and give the file up after the grace.
A worker process with several task threads keeps no budget: its files are read to the end.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .reading import FileResult, Mapper, Work

#: Files per task: enough work to hide the scheduler's overhead (about 1 ms a task),
#: small enough to spread a corpus over many workers.
CHUNK = 32
#: Tasks in flight per worker thread: the client's memory stays flat whatever the corpus.
IN_FLIGHT = 4


class DaskUnavailable(Exception):
    """Dask is not installed, or the cluster cannot be reached or started."""


def _distributed() -> Any:
    """The ``distributed`` package (untyped here: an optional dependency)."""
    import importlib

    try:
        return importlib.import_module("distributed")
    except ImportError:
        raise DaskUnavailable("Dask is not installed: pip install 'rescite[dask]'") from None


def _apply_chunk(func: Callable[[Work], FileResult], items: list[Work]) -> list[FileResult]:
    from . import limits

    limits.THREAD_BUDGET = _one_task_thread()
    try:
        return [func(w) for w in items]
    finally:
        limits.THREAD_BUDGET = False


def _one_task_thread() -> bool:
    """Is this worker thread the only one of its process that runs tasks?  The time budget
    is then kept in it (by timers raising the process's one stop flag); with more threads a
    file's budget would stop the others too, and none is kept (the files go on to the end)."""
    try:
        dd = _distributed()
        live = (dd.core.Status.running, dd.core.Status.paused)
        workers = [w for w in list(dd.Worker._instances) if w.status in live]  # this process's
        return sum(int(w.state.nthreads) for w in workers) == 1
    except Exception:  # another version of distributed: no budget rather than a wrong one
        return False


def dask_mapper(client: Any, chunk: int = CHUNK, in_flight: int | None = None) -> Mapper:
    """A :data:`~rescite.corpus.reading.Mapper` that runs on ``client``'s cluster."""

    def mapper(func: Callable[[Work], FileResult], works: Iterable[Work]) -> Iterator[FileResult]:
        from collections import deque

        items = list(works)
        parts = iter([items[i : i + chunk] for i in range(0, len(items), chunk)])
        threads = sum(client.nthreads().values()) or 1
        limit = in_flight or IN_FLIGHT * threads
        pending: deque[Any] = deque()
        try:
            for part in parts:
                pending.append(client.submit(_apply_chunk, func, part, pure=False))
                if len(pending) >= limit:
                    break
            while pending:  # in input order, as the local pool: the index is the same to the byte
                fut = pending.popleft()
                results = fut.result()
                fut.release()
                nxt = next(parts, None)
                if nxt is not None:
                    pending.append(client.submit(_apply_chunk, func, nxt, pure=False))
                yield from results
        finally:
            if pending:
                client.cancel(list(pending))

    return mapper


@contextlib.contextmanager
def connect(address: str, *, processes: bool = True) -> Iterator[Mapper]:
    """A mapper on the cluster at ``address`` (``local:N``: a new local cluster of N
    workers, shut down on leaving; ``processes=False`` makes its workers threads)."""
    dd = _distributed()
    with contextlib.ExitStack() as stack:
        try:
            if address.startswith("local:") or address == "local":
                n = address.partition(":")[2] or "0"
                if not n.isdigit() or int(n) < 1:
                    raise DaskUnavailable(f"--dask {address}: say local:N with N ≥ 1 workers")
                cluster = stack.enter_context(
                    dd.LocalCluster(
                        n_workers=int(n),
                        threads_per_worker=1,
                        processes=processes,
                        dashboard_address=":0",  # any free port: never "8787 is in use"
                        silence_logs=50,
                    )
                )
                client = stack.enter_context(dd.Client(cluster))
            else:
                client = stack.enter_context(dd.Client(address, timeout="15s"))
        except DaskUnavailable:
            raise
        except (OSError, TimeoutError, ValueError) as exc:
            raise DaskUnavailable(f"--dask {address}: cannot reach the cluster ({exc})") from None
        yield dask_mapper(client)
