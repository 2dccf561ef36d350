#!/usr/bin/env python3
"""The first runs on a new machine: an empty user cache against a warm one.

    python bench/bench_first_run.py [--corpus DIR] [--file FILE] [--rounds 3] [--python PY]

Each round makes an empty cache folder (``XDG_CACHE_HOME``) and runs, one after the other,
``rescite extract --format jsonl FILE`` three times (the first run compiles the patterns and
the lexicon, the second keeps the rule tables, the third is warm), then, in another empty
cache, ``rescite index --corpus DIR`` into a new database three times (its workers compile
in their own processes).  Printed: the median CPU time of each run (the process and its
workers) and its ratio to the warm run's of the same round, so the machine's load cancels out.
``--python`` runs another install's interpreter (``-m rescite``).  Standard library only.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def _cpu(cmd: list[str], env: dict[str, str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)}: exit {done.returncode}: {done.stderr.decode(errors='replace')}")
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(HERE / "data"))
    ap.add_argument("--file", default=None, help="default: the corpus's first .txt file")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--python", default=sys.executable)
    args = ap.parse_args()
    corpus = Path(args.corpus)
    file = args.file or str(sorted(corpus.rglob("*.txt"))[0])
    rescite = [args.python, "-m", "rescite"]
    runs: dict[str, list[tuple[float, float, float]]] = {"extract": [], "index": []}
    for _ in range(args.rounds):
        for what in runs:
            with tempfile.TemporaryDirectory(prefix="rescite-first-") as tmp:
                env = dict(os.environ, XDG_CACHE_HOME=os.path.join(tmp, "cache"))
                times = []
                for n in range(3):
                    if what == "extract":
                        cmd = [*rescite, "extract", "--format", "jsonl", file]
                    else:
                        db = os.path.join(tmp, f"{n}.db")
                        cmd = [*rescite, "index", "--corpus", str(corpus), "--db", db]
                    times.append(_cpu(cmd, env))
                runs[what].append((times[0], times[1], times[2]))
    for what, rows in runs.items():
        med = [statistics.median(r[i] for r in rows) for i in range(3)]
        ratios = [statistics.median(r[i] / r[2] for r in rows) for i in range(2)]
        print(
            f"{what:8} CPU first {med[0]:.2f} s ({ratios[0]:.1f}x warm), second {med[1]:.2f} s "
            f"({ratios[1]:.1f}x), warm {med[2]:.2f} s"
        )


if __name__ == "__main__":
    main()
