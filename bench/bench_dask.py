#!/usr/bin/env python3
"""Index builds with reading and extraction on a Dask ``LocalCluster`` of 1, 2 and 4 worker
processes, against the local build with one process, side by side.

The corpus is generated at run time into a temporary folder from the texts of ``--corpus``
(default ``../shared/corpus-ga`` beside the repository), repeated with their resolution
numbers varied until ``--mb`` MB.  Each round builds a fresh index locally (``jobs=1``) and
on each cluster (started before the clock starts: the start-up is reported apart); the
report gives the median build time and the speedup against the local build, and checks
that every index equals the local one.  The machine's cores bound the speedup: 4 workers
on 2 cores are not faster than 2.

    .venv/bin/python bench/bench_dask.py [--mb 10] [--rounds 3] [--workers 1 2 4]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract_cli import make_inputs
from rescite.corpus import distributed, schema
from rescite.corpus import index as ix

REPO = Path(__file__).resolve().parent.parent


def _dump(db: Path) -> list[Any]:
    conn = sqlite3.connect(db)
    out = []
    for (t,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name != 'meta' ORDER BY name"
    ):
        out.append(sorted((tuple(r) for r in conn.execute(f'SELECT * FROM "{t}"')), key=repr))
    conn.close()
    return out


def build(corpus: Path, db: Path, mapper: Any = None) -> float:
    if db.exists():
        db.unlink()
    conn = schema.open_index(db)
    t0 = time.perf_counter()
    ix.refresh(conn, [corpus], jobs=1, mapper=mapper)
    elapsed = time.perf_counter() - t0
    conn.close()
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus-ga")
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    args = ap.parse_args()
    import logging

    logging.getLogger("distributed").setLevel(logging.ERROR)
    print(f"bench_dask: {os.cpu_count()} cores, Python {sys.version.split()[0]}", flush=True)
    with tempfile.TemporaryDirectory(prefix="rescite-bench-dask-") as t:
        tmp = Path(t)
        folder, _, files = make_inputs(args.corpus, tmp, args.mb, 0)
        size = sum(p.stat().st_size for p in folder.iterdir())
        print(f"corpus: {files} files, {size / 1e6:.1f} MB", flush=True)
        times: dict[str, list[float]] = {"local jobs=1": []}
        stacks = {}
        import contextlib

        with contextlib.ExitStack() as stack:
            for n in args.workers:
                t0 = time.perf_counter()
                stacks[n] = stack.enter_context(distributed.connect(f"local:{n}"))
                print(f"LocalCluster of {n}: started in {time.perf_counter() - t0:.1f} s", flush=True)
                times[f"dask local:{n}"] = []
            build(folder, tmp / "warm.sqlite", stacks[args.workers[0]])  # workers import rescite once
            reference = None
            for r in range(args.rounds):
                line = f"  round {r + 1}:"
                t_local = build(folder, tmp / "local.sqlite")
                times["local jobs=1"].append(t_local)
                line += f" local {t_local:.2f} s"
                if reference is None:
                    reference = _dump(tmp / "local.sqlite")
                for n in args.workers:
                    tn = build(folder, tmp / f"dask{n}.sqlite", stacks[n])
                    times[f"dask local:{n}"].append(tn)
                    line += f" | local:{n} {tn:.2f} s ({t_local / tn:.2f}x)"
                    if r == 0 and _dump(tmp / f"dask{n}.sqlite") != reference:
                        sys.exit(f"bench: the index built on local:{n} differs from the local build")
                print(line, flush=True)
        base = statistics.median(times["local jobs=1"])
        print("every Dask index equals the local build: True")
        for name, ts in times.items():
            m = statistics.median(ts)
            print(f"{name:14s} median {m:6.2f} s  {size / 1e6 / m:5.2f} MB/s  speedup {base / m:4.2f}x")


if __name__ == "__main__":
    main()
