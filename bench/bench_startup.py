#!/usr/bin/env python3
"""Start-up of the console script against ``python -c pass``, side by side.

Runs ``python -c pass``, ``rescite --version``, ``rescite --help`` and ``rescite`` (no
arguments) interleaved ``--runs`` times (after one warm-up run each, which also fills the
help-screen cache) and prints the median wall time of each and its ratio to
``python -c pass``.  Target: ``--help`` and ``--version`` ≤ 3×.

    .venv/bin/python bench/bench_startup.py [--runs 21]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=21)
    args = ap.parse_args()
    rescite = shutil.which("rescite", path=str(Path(sys.executable).parent)) or "rescite"
    cmds = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "rescite --version": [rescite, "--version"],
        "rescite --help": [rescite, "--help"],
        "rescite": [rescite],
    }
    times: dict[str, list[float]] = {k: [] for k in cmds}
    for r in range(args.runs + 1):
        for name, cmd in cmds.items():
            t0 = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            if r:
                times[name].append(time.perf_counter() - t0)
    base = statistics.median(times["python -c pass"])
    for name, ts in times.items():
        m = statistics.median(ts)
        print(f"{name:20s} median {m * 1000:7.1f} ms  {m / base:5.2f}x")


if __name__ == "__main__":
    main()
