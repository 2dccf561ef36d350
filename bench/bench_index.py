"""Benchmark of the corpus index and the query commands on a synthetic corpus.

    python bench/bench_index.py [--docs 10000] [--size-kb 30] [--out bench/out]

Generates the corpus (bench/gen_corpus.py; kept between runs), then measures through the
installed ``rescite`` console script:

- indexing throughput (MB/s, all cores) of ``rescite index`` from scratch, and its peak
  memory (resident set of the main process plus its worker processes, sampled);
- peak memory of indexing a quarter of the corpus, to show it does not grow with the
  number of documents;
- the wall time of a no-change refresh (``rescite index`` again);
- the median wall time of ``rescite show <id>`` and of ``rescite list --format ids | wc -l``.

Linux only (memory is read from /proc).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_corpus import generate

RESCITE = shutil.which("rescite", path=str(Path(sys.executable).parent)) or "rescite"


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children(pid: int) -> list[int]:
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
                if int(fields[1]) == pid:
                    out.append(int(entry))
            except (OSError, IndexError, ValueError):
                continue
    return out


def run_measured(args: list[str]) -> tuple[float, int, subprocess.CompletedProcess[str]]:
    """Wall time and peak total RSS (KB) of a command and its child processes."""
    peak = 0
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            pids = [proc.pid, *_children(proc.pid)]
            peak = max(peak, sum(_rss_kb(p) for p in pids))
            time.sleep(0.05)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    done.set()
    t.join()
    return wall, peak, subprocess.CompletedProcess(args, proc.returncode, out, err)


def median_wall(cmd: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, shell=True, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--size-kb", type=int, default=30)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "out")
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()

    corpus = args.out / f"corpus-{args.docs}"
    t0 = time.perf_counter()
    paths = generate(corpus, args.docs, args.size_kb)
    megabytes = sum(p.stat().st_size for p in paths) / 1e6
    print(
        f"corpus: {len(paths)} documents, {megabytes:.1f} MB ({time.perf_counter() - t0:.1f} s to generate)"
    )

    # memory does not grow with the number of documents: index a quarter first
    quarter = args.out / f"corpus-{args.docs}-quarter"
    if not quarter.exists():
        quarter.mkdir(parents=True)
        for p in paths[: len(paths) // 4]:
            (quarter / p.name).symlink_to(p)
    qdb = args.out / "quarter.sqlite"
    qdb.unlink(missing_ok=True)
    _, qpeak, proc = run_measured([RESCITE, "index", str(quarter), "--db", str(qdb)])
    assert proc.returncode == 0, proc.stderr

    db = args.out / "index.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    wall, peak, proc = run_measured([RESCITE, "index", str(corpus), "--db", str(db)])
    assert proc.returncode == 0, proc.stderr
    print(proc.stderr.strip().splitlines()[-1])
    cores = os.cpu_count()
    print(
        f"index from scratch: {wall:.1f} s, {megabytes / wall:.2f} MB/s on {cores} cores; "
        f"peak RSS {peak / 1024:.0f} MB (a quarter of the corpus: {qpeak / 1024:.0f} MB)"
    )
    print(f"index size: {db.stat().st_size / 1e6:.0f} MB")

    nochange, _, proc = run_measured([RESCITE, "index", str(corpus), "--db", str(db)])
    assert proc.returncode == 0, proc.stderr
    print(f"no-change refresh: {nochange:.2f} s (target < 2 s)")

    base = f"'{RESCITE}' --corpus '{corpus}' --db '{db}'"
    target = "A/RES/60/150" if args.docs >= 10_000 else f"A/RES/{40 + args.docs // 80}/100"
    show = median_wall(f"'{RESCITE}' show {target} --corpus '{corpus}' --db '{db}' > /dev/null", args.runs)
    print(f"rescite show {target}: median {show * 1000:.0f} ms over {args.runs} runs (target < 150 ms)")
    listing = median_wall(
        f"'{RESCITE}' list --format ids --corpus '{corpus}' --db '{db}' | wc -l", max(3, args.runs // 3)
    )
    count = subprocess.run(
        f"'{RESCITE}' list --format ids --corpus '{corpus}' --db '{db}' | wc -l",
        shell=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    print(f"rescite list --format ids | wc -l: median {listing * 1000:.0f} ms ({count} ids)")
    del base


if __name__ == "__main__":
    main()
