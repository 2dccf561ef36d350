#!/usr/bin/env python3
"""A query after one changed file, with and without ``rescite watch`` running (issue 9, condition 2).

    PYTHONPATH=src python bench/bench_watch.py --corpus DIR --db FILE [--id A/RES/60/150]
        [--file PATH] [--rounds 11] [--python]

Each round appends a citation of a new text ("Recalling its resolution 40/N,") to one file of
the corpus, runs ``rescite show ID`` at once (the changed query: its timer starts right after
the write, whatever the watcher is doing), then the same query again (nothing changed: the
reference), and checks that the index holds the new citation (``rescite show 40/N`` finds the
file citing it; untimed).  Rounds alternate between two conditions, the watcher paused
(``SIGSTOP``: the query refreshes the index itself, as without a watcher) and the watcher
running (``SIGCONT``; the events of the paused rounds come to it then, and find the index up
to date).  Printed for each condition: the median of the rounds' ratios changed/unchanged, of
wall time (what a user waits for) and of CPU time of the query's process.  The file is given
back its text at the end and the index refreshed.  Standard library only.
"""

from __future__ import annotations

import argparse
import os
import resource
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path


def _timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float, subprocess.CompletedProcess[bytes]]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, env=env)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    if done.returncode != 0:
        sys.exit(f"{' '.join(cmd)}: exit {done.returncode}: {done.stderr.decode(errors='replace')}")
    return wall, cpu, done


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("--id", default="A/RES/60/150")
    ap.add_argument("--file", help="the file to change (default: the middle one of the corpus)")
    ap.add_argument("--rounds", type=int, default=11, help="rounds of each condition")
    ap.add_argument(
        "--python", action="store_true", help="run `python -m rescite` (default: the console script)"
    )
    args = ap.parse_args()

    bindir = os.path.dirname(sys.executable)
    rescite = [sys.executable, "-m", "rescite"] if args.python else [os.path.join(bindir, "rescite")]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    where = ["--corpus", args.corpus, "--db", args.db]
    files = sorted(str(p) for p in Path(args.corpus).rglob("*.txt"))
    target = args.file or files[len(files) // 2]
    original = Path(target).read_bytes()
    _timed([*rescite, "index", *where], env)
    watcher = subprocess.Popen([*rescite, "watch", *where], stderr=subprocess.PIPE, text=True, env=env)
    assert watcher.stderr is not None
    for line in watcher.stderr:  # the catch-up refresh made: from now on no change is missed
        if line.startswith("rescite: watching"):
            break
    else:
        sys.exit("the watcher ended before it was ready")
    ratios: dict[str, list[tuple[float, float]]] = {"paused": [], "watching": []}
    times: dict[str, list[tuple[float, float]]] = {"paused": [], "watching": []}
    n = 0
    try:
        for r in range(args.rounds):
            for condition in ("paused", "watching") if r % 2 == 0 else ("watching", "paused"):
                watcher.send_signal(signal.SIGSTOP if condition == "paused" else signal.SIGCONT)
                time.sleep(0.3)  # the paused events handled, the machine settled
                n += 1
                with open(target, "ab") as f:
                    f.write(f"\nRecalling its resolution 40/{900 + n},\n".encode())
                cw, cc, _ = _timed([*rescite, "show", args.id, *where], env)
                uw, uc, _ = _timed([*rescite, "show", args.id, *where], env)
                _, _, seen = _timed([*rescite, "show", f"40/{900 + n}", *where], env)
                if b"cited by 1 document" not in seen.stdout:
                    sys.exit(f"round {r}: the change is not in the index:\n{seen.stdout.decode()}")
                ratios[condition].append((cw / uw, cc / uc))
                times[condition].append((cw, uw))
    finally:
        watcher.send_signal(signal.SIGCONT)
        watcher.send_signal(signal.SIGTERM)
        watcher.wait(60)
        Path(target).write_bytes(original)
        _timed([*rescite, "index", *where], env)
    print(
        f"corpus {args.corpus}: {len(files)} text files; {args.rounds} rounds of each condition; "
        f"`show {args.id}`"
    )
    for condition, rs in ratios.items():
        wall = statistics.median(w for w, _ in rs)
        cpu = statistics.median(c for _, c in rs)
        changed = statistics.median(c for c, _ in times[condition]) * 1000
        same = statistics.median(u for _, u in times[condition]) * 1000
        label = "watcher paused " if condition == "paused" else "watcher running"
        print(
            f"{label}: changed/unchanged wall {wall:.2f}x (median {changed:.0f} / {same:.0f} ms), "
            f"CPU of the query {cpu:.2f}x; per round {min(w for w, _ in rs):.2f}-{max(w for w, _ in rs):.2f}"
        )


if __name__ == "__main__":
    main()
