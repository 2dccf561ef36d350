#!/usr/bin/env python3
"""Where the CPU of ``rescite index --jobs N`` and ``rescite extract DIR --jobs N`` goes:
the parent's (the one writer, the serialiser) against the workers', measured by CPU
accounting, which the load of a shared machine moves much less than wall time.

    .venv/bin/python bench/cpu_share.py CORPUS [--jobs 2] [--what index,extract] [--sample 200]

For each command, run in this process as the command runs it (``corpus.index.refresh`` on a
new index; ``corpus.run.extract_files`` with the JSON-lines renderer, written to
``/dev/null``), it prints:

- the parent's CPU seconds (``RUSAGE_SELF``: the main thread and the pool's threads that
  send and receive the work) and the workers' (``RUSAGE_CHILDREN``, once they are reaped);
- the parent's share of all the CPU, and the two-core bound that share gives (Amdahl:
  a serial part ``s`` of the one-core work bounds the speedup at ``1 / (s + (1 - s) / 2)``,
  taking the parent's CPU as serial, which it nearly all is: it writes while the workers
  read);
- for ``index``, the parent's CPU by phase (listing, the writer's loop, the graph tables,
  the search table, the dictionary pass, ``VACUUM``), and how long it waited for results;
- the pool's start (the time until the first result comes back) and the size of a
  document's result as the pool pickles it (mean over ``--sample`` documents).

The wall time is printed with the load average beside it: on a loaded machine it says
little.
"""

from __future__ import annotations

import argparse
import os
import pickle
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))


def usage() -> tuple[float, float]:
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


def amdahl(serial_share: float, cores: int = 2) -> float:
    return 1 / (serial_share + (1 - serial_share) / cores)


def report(name: str, wall: float, parent: float, workers: float, first: float, extra: list[str]) -> None:
    total = parent + workers
    share = parent / total if total else 0.0
    print(f"== {name}")
    print(
        f"  wall {wall:.2f} s (load {os.getloadavg()[0]:.1f}); CPU parent {parent:.2f} s, "
        f"workers {workers:.2f} s; parent share {share:.1%}; 2-core bound {amdahl(share):.2f}x"
    )
    print(f"  first result after {first:.2f} s (the pool's start and the first task)")
    for line in extra:
        print(f"  {line}")


class Timed:
    """Wraps functions of a module: CPU (this process) and wall time spent in each."""

    def __init__(self) -> None:
        self.cpu: dict[str, float] = {}
        self.wall: dict[str, float] = {}

    def wrap(self, module: Any, name: str, label: str | None = None) -> None:
        func = getattr(module, name)
        key = label or name

        def timed(*args: Any, **kwargs: Any) -> Any:
            c0, w0 = time.process_time(), time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                self.cpu[key] = self.cpu.get(key, 0.0) + time.process_time() - c0
                self.wall[key] = self.wall.get(key, 0.0) + time.perf_counter() - w0

        setattr(module, name, timed)


def index_run(corpus: Path, jobs: int, sample: int) -> None:
    from rescite.corpus import index as ix
    from rescite.corpus import packing, reading, schema, search

    timed = Timed()
    for name in ("walk", "_apply", "update_graph", "pack_with_dictionary", "compact", "_store_meta"):
        timed.wrap(ix, name)
    timed.wrap(packing, "compact")  # packed again after a refresh (``packing.repack_grown``)
    timed.wrap(search, "rebuild", "search.rebuild")
    waited = [0.0, 0.0]  # wall, CPU of this process while the writer waited for a result
    first = [0.0]
    start = [0.0]

    def mapper(func: Callable[..., Any], works: Any) -> Iterator[Any]:
        it = iter(reading.local_mapper(jobs)(func, works))
        while True:
            w0, c0 = time.perf_counter(), time.process_time()
            try:
                item = next(it)
            except StopIteration:
                return
            finally:
                waited[0] += time.perf_counter() - w0
                waited[1] += time.process_time() - c0
                if not first[0]:
                    first[0] = time.perf_counter() - start[0]
            yield item

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "index.sqlite"
        conn = schema.open_index(db)
        p0, k0 = usage()
        t0 = time.perf_counter()
        start[0] = t0
        summary = ix.refresh(conn, [corpus], mapper=mapper)
        wall = time.perf_counter() - t0
        p1, k1 = usage()
        conn.close()
        docs = summary.documents
    sizes = pickled_sizes(corpus, sample)
    extra = [f"{docs} documents; {summary.edges} edges"]
    extra.append(
        "parent CPU by phase: "
        + ", ".join(f"{k} {v:.2f}" for k, v in sorted(timed.cpu.items(), key=lambda kv: -kv[1]))
    )
    walls = sorted(timed.wall.items(), key=lambda kv: -kv[1])
    # the tail of a first build runs alone: its wall time is the serial chain
    extra.append("wall by phase: " + ", ".join(f"{k} {v:.2f}" for k, v in walls))
    apply_cpu = timed.cpu.get("_apply", 0.0)
    extra.append(
        f"the writer's loop: {apply_cpu - waited[1]:.2f} s CPU writing, waited {waited[0]:.2f} s "
        f"for results ({waited[1]:.2f} s CPU here meanwhile: the pool's threads receiving; with "
        "one job, the reading itself)"
    )
    extra.append(f"a document's result pickled: {sizes:.0f} bytes (mean of {sample})")
    report(f"index --jobs {jobs}: {corpus}", wall, p1 - p0, k1 - k0, first[0], extra)


def pickled_sizes(corpus: Path, sample: int) -> float:
    from rescite.corpus import reading

    paths = sorted(p for p in corpus.rglob("*") if p.is_file())[:sample]
    sizes = []
    for p in paths:
        st = p.stat()
        sizes.append(
            len(pickle.dumps(reading.extract_file((str(p), p.name, st.st_size, st.st_mtime_ns, None))))
        )
    return sum(sizes) / max(1, len(sizes))


def extract_run(corpus: Path, jobs: int) -> None:
    from rescite.corpus.run import extract_files
    from rescite.corpus.walk import walk
    from rescite.render import records as render

    names = [str(corpus / rel) for _, rel, _, _ in walk([corpus]).files]
    renderer = render.RECORD_TEXT.get("jsonl")
    p0, k0 = usage()
    t0 = time.perf_counter()
    first = 0.0
    nbytes = 0
    waited = [0.0, 0.0]
    with open(os.devnull, "w", encoding="utf-8") as out:
        results = extract_files(names, render=renderer, jobs=jobs)
        while True:
            w0, c0 = time.perf_counter(), time.process_time()
            r = next(results, None)
            waited[0] += time.perf_counter() - w0
            waited[1] += time.process_time() - c0
            if r is None:
                break
            if not first:
                first = time.perf_counter() - t0
            out.write(r.out)
            nbytes += len(r.out)
    wall = time.perf_counter() - t0
    p1, k1 = usage()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    extra = [
        f"{len(names)} files, {nbytes / 1e6:.1f} MB of JSON lines; parent peak RSS {peak:.0f} MB",
        f"waited {waited[0]:.2f} s for results ({waited[1]:.2f} s CPU of the pool's threads meanwhile)",
    ]
    report(f"extract --jobs {jobs}: {corpus}", wall, p1 - p0, k1 - k0, first, extra)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--what", default="index,extract")
    parser.add_argument("--sample", type=int, default=200)
    args = parser.parse_args()
    for what in args.what.split(","):
        if what == "index":
            index_run(args.corpus, args.jobs, args.sample)
        elif what == "extract":
            extract_run(args.corpus, args.jobs)
        else:
            sys.exit(f"cpu_share: --what {what!r}: index or extract")


if __name__ == "__main__":
    main()
