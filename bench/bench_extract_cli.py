#!/usr/bin/env python3
"""`rescite extract DIR --format jsonl` against a one-regex symbol scan, side by side.

The reference is what a plain Python script would do to find UN document symbols: read
each file, decode it, ``re.finditer`` one symbol regex, write each match (file, offset,
text) — one process.  Both run on the same files in the same run, interleaved, several
times; the report gives the median of the per-round throughput ratios (rescite / scan) at
``--jobs 1`` and ``--jobs N``, the peak memory of rescite (its process and its workers,
summed), and checks that the parallel output equals the serial one byte for byte.

Two inputs, generated at run time into a temporary folder (never into the repository)
from the texts of ``--corpus`` (default ``../shared/corpus-ga`` beside the repository):

* a folder: the texts repeated with their resolution numbers varied (no two files are
  the same) until ``--mb`` MB (default 100);
* one compilation file of ``--big-mb`` MB (default 50): the same texts one after another.

    .venv/bin/python bench/bench_extract_cli.py [--mb 100] [--big-mb 50] [--rounds 3] [--jobs N]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MB = 1_000_000

#: A UN document symbol: a body's letter, then slash-separated elements, one a number
#: ("A/RES/64/293", "S/2019/1", "E/CN.15/2010/20", "A/HRC/RES/41/2").
SYMBOL = r"\b(?:A|S|E)/(?:[A-Z]+[0-9.]*/)*\d+(?:/[A-Za-z0-9.]+)*"

SCAN = """
import os, re, sys
symbol = re.compile(sys.argv[2])
out = open(sys.argv[3], "w", encoding="utf-8")
paths = [sys.argv[1]] if os.path.isfile(sys.argv[1]) else sorted(
    os.path.join(d, f) for d, _, fs in os.walk(sys.argv[1]) for f in fs)
for path in paths:
    with open(path, "rb") as fh:
        text = fh.read().decode("utf-8")
    for m in symbol.finditer(text):
        out.write(f"{path}\\t{m.start()}\\t{m.group()}\\n")
out.close()
"""

_NUMBER = re.compile(r"\b(\d{2})/(\d{1,3})\b")


def _varied(text: str, k: int) -> str:
    """Copy ``k`` of a text: every session/number pair moved, so that ids differ per copy."""
    if k == 0:
        return text
    return _NUMBER.sub(lambda m: f"{int(m[1]) + k % 7}/{int(m[2]) + 1000 * (k // 7 + 1)}", text)


def make_inputs(corpus: Path, tmp: Path, mb: float, big_mb: float) -> tuple[Path, Path, int]:
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(corpus.glob("*.txt"))]
    if not texts:
        sys.exit(f"bench: no .txt files in {corpus}")
    folder = tmp / "corpus"
    folder.mkdir()
    total = files = k = 0
    while total < mb * MB:
        for stem, text in texts:
            data = _varied(text, k).encode("utf-8")
            (folder / f"{stem}_{k:04d}.txt").write_bytes(data)
            total += len(data)
            files += 1
        k += 1
    big = tmp / "compilation.txt"
    size = 0
    k = 0
    with big.open("wb") as out:
        while size < big_mb * MB:
            for _, text in texts:
                data = (_varied(text, k) + "\n\n").encode("utf-8")
                out.write(data)
                size += len(data)
            k += 1
    return folder, big, files


def _tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants (Linux /proc), in KB."""
    total = 0
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            for task in Path(f"/proc/{p}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue
    return total


def timed(cmd: list[str], out: Path | None = None) -> tuple[float, int]:
    """Seconds and peak memory (KB, the process tree, sampled every 20 ms) of ``cmd``."""
    t0 = time.perf_counter()
    with open(out or os.devnull, "wb") as fh:
        proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.DEVNULL)
        peak = [0]

        def sample() -> None:
            while proc.poll() is None:
                peak[0] = max(peak[0], _tree_rss_kb(proc.pid))
                time.sleep(0.02)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        code = proc.wait()
        sampler.join()
    elapsed = time.perf_counter() - t0
    if code not in (0, 4):
        sys.exit(f"bench: {' '.join(cmd)} failed with exit code {code}")
    return elapsed, peak[0]


def bench(target: Path, size: int, rounds: int, jobs: int, tmp: Path, label: str) -> dict[str, float]:
    rescite = shutil.which("rescite", path=str(Path(sys.executable).parent)) or "rescite"
    scan_cmd = [sys.executable, "-c", SCAN, str(target), SYMBOL, str(tmp / "scan.out")]
    ratios: dict[int, list[float]] = {1: [], jobs: []}
    peaks: dict[int, int] = {1: 0, jobs: 0}
    scan_s: list[float] = []
    for r in range(rounds):
        ts, _ = timed(scan_cmd)
        scan_s.append(ts)
        line = f"  round {r + 1}: scan {size / MB / ts:6.1f} MB/s"
        for j in sorted(ratios):
            out = tmp / f"rescite-j{j}.jsonl"
            t, peak = timed([rescite, "extract", str(target), "--format", "jsonl", "--jobs", str(j)], out)
            ratios[j].append(ts / t)
            peaks[j] = max(peaks[j], peak)
            line += f" | jobs={j} {size / MB / t:6.1f} MB/s ratio {ts / t:.2f}"
        print(line, flush=True)
        if r == 0 and jobs != 1:
            same = (tmp / "rescite-j1.jsonl").read_bytes() == (tmp / f"rescite-j{jobs}.jsonl").read_bytes()
            print(f"  output at jobs={jobs} equals jobs=1: {same}", flush=True)
            if not same:
                sys.exit("bench: the parallel output differs from the serial one")
    records = sum(1 for _ in (tmp / "rescite-j1.jsonl").open("rb"))
    res = {f"ratio_j{j}": statistics.median(v) for j, v in ratios.items()}
    print(
        f"{label}: {size / MB:.1f} MB, {records} records; "
        f"scan median {size / MB / statistics.median(scan_s):.1f}"
        " MB/s; median ratio "
        + ", ".join(f"jobs={j} {statistics.median(v):.2f}x" for j, v in sorted(ratios.items()))
        + "; peak RSS "
        + ", ".join(f"jobs={j} {peaks[j] / 1024:.0f} MB" for j in sorted(peaks)),
        flush=True,
    )
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus-ga")
    ap.add_argument("--mb", type=float, default=100.0)
    ap.add_argument("--big-mb", type=float, default=50.0)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    ap.add_argument("--only", choices=["folder", "file"], action="append")
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = ap.parse_args()
    print(f"bench_extract_cli: {os.cpu_count()} cores, jobs={args.jobs}, Python {sys.version.split()[0]}")
    missed = []
    with tempfile.TemporaryDirectory(prefix="rescite-bench-") as t:
        tmp = Path(t)
        folder, big, files = make_inputs(
            args.corpus, tmp, args.mb, 0 if args.only == ["folder"] else args.big_mb
        )
        size = sum(p.stat().st_size for p in folder.iterdir())
        if not args.only or "folder" in args.only:
            print(f"folder: {files} files", flush=True)
            res = bench(folder, size, args.rounds, args.jobs, tmp, "folder")
            missed += [
                k for k, target in (("ratio_j1", 0.5), (f"ratio_j{args.jobs}", 1.0)) if res[k] < target
            ]
        if not args.only or "file" in args.only:
            print("one compilation file", flush=True)
            res = bench(big, big.stat().st_size, args.rounds, args.jobs, tmp, "file")
            missed += [
                "file_" + k
                for k, target in (("ratio_j1", 0.5), (f"ratio_j{args.jobs}", 1.0))
                if res[k] < target
            ]
    if missed:
        print("targets missed (jobs=1 ≥ 0.5x, all cores ≥ 1.0x): " + ", ".join(missed))
    if args.check and missed:
        sys.exit(1)


if __name__ == "__main__":
    main()
