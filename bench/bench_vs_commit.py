#!/usr/bin/env python3
"""The extraction engine against the engine of an earlier commit and the one-regex scan.

    .venv/bin/python bench/bench_vs_commit.py --vs-commit 9842815 [--corpus ../shared/corpus-ga]
        [--rounds 5] [--repeat 3] [--json]

The commit is checked out into a temporary ``git worktree`` outside the repository (removed
at the end).  Each round runs three child processes one after the other — the one-regex
symbol scan in plain Python, the old engine, this engine — each over the same texts (the
corpus's ``*.txt`` files read once, ``--repeat`` times over), timing CPU time only (the
texts are read and the engine warmed up before the clock starts).  The figures are medians
over the rounds, and the ratios are taken between runs of the same round's conditions: on a
shared machine absolute times move, ratios much less.

Printed: ``new/old`` (time of this engine over time of the old one: 1.00 is as fast, below
is faster), ``scan/new`` and ``scan/old`` (throughput as a fraction of the one-regex scan's).
Standard library only.

With ``--in-process`` the three run in ONE process instead, text by text (the old engine's
package copied under another name, ``rescite_old``: its modules must import each other
relatively, as they do from 9842815 on), each text's CPU time taken for each in turn, the
order swapped every round: on a shared machine whose load changes from second to second,
both engines then see the same load, and the per-round ratios agree to about 1 %.  Both
engines are warmed up on every text first (their caches of patterns and ids filled), so this
is the steady state; the child process mode above includes each text's first reading.

With ``--command`` the whole command is timed instead, as a user runs it: ``python -m rescite
extract CORPUS --format jsonl`` of each commit (start-up, reading the files, writing the records
to ``/dev/null``), the new one with ``--jobs 1`` (one core, as the old command ran) and with its
default (every core: wall time), beside a child process that reads the same files and runs the
one-regex scan — interleaved round by round, the ratios taken within each round.

``--memo MODULE:NAME`` (with ``--in-process``, repeatable) takes a stage out of this engine to
weigh it: the function ``NAME`` as the module ``rescite.MODULE`` looks it up (where the pipeline
calls it: ``engine.extract:names_in``, ``engine.extract:normalise``, ``engine.verbs:find_verbs``)
hands back the results it gave in the warm-up pass.  The ratio then tells how much of the
pipeline that stage is.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent

# the child: reads the texts, warms up, then times one mode in CPU time
CHILD = r"""
import glob, re, sys, time
corpus, repeat, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3]
texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(corpus + "/*.txt"))] * repeat
if mode == "scan":
    rx = re.compile(r"\b[A-Z]{1,6}(?:/[A-Z0-9][A-Za-z0-9.\-]*)+")
    t = time.process_time()
    n = sum(1 for s in texts for _ in rx.finditer(s))
else:
    try:
        from rescite.engine.extract import extract_text
    except ImportError:  # the engine before the package layout
        from rescite.extract import extract_text
    extract_text(texts[0])
    t = time.process_time()
    n = sum(len(extract_text(s).citations) for s in texts)
print(time.process_time() - t, n, sum(len(s.encode("utf-8")) for s in texts))
"""


# the in-process child: both engines and the scan, document by document, order swapped each round
CHILD_IN_PROCESS = r"""
import glob, json, re, statistics, sys, time
corpus, rounds = sys.argv[1], int(sys.argv[2])
try:
    from rescite_old.engine.extract import extract_text as old_x
except ImportError:  # the engine before the package layout
    from rescite_old.extract import extract_text as old_x
from rescite.engine.extract import extract_text as new_x
import importlib
def fresh(v):
    # a list handed back is a new list (callers may add to it), as the stage would make
    if isinstance(v, list):
        return list(v)
    return tuple(list(x) if isinstance(x, list) else x for x in v) if isinstance(v, tuple) else v
def by_value(x):
    # a list argument is looked up by its items (the footnote spans), unless they are matches
    # or records, which are new objects in each pass: those are left out of the key
    if not isinstance(x, list):
        return x
    return tuple(x) if not x or isinstance(x[0], (int, str, tuple)) else "(objects)"
def memoised(f):
    kept = {}
    def g(*a, **k):
        key = tuple(map(by_value, a)), tuple(sorted(k.items()))
        if key not in kept:
            kept[key] = f(*a, **k)
        return fresh(kept[key])
    return g
for spec in json.loads(sys.argv[3]):
    where, _, name = spec.partition(":")
    mod = importlib.import_module("rescite." + where)
    setattr(mod, name, memoised(getattr(mod, name)))
rx = re.compile(r"\b[A-Z]{1,6}(?:/[A-Z0-9][A-Za-z0-9.\-]*)+")
def scan(s):
    return sum(1 for _ in rx.finditer(s))
texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(corpus + "/*.txt"))]
for s in texts:
    old_x(s), new_x(s)
pt = time.process_time
fs = {"scan": scan, "old": old_x, "new": new_x}
per = {k: [] for k in fs}
for r in range(rounds):
    acc = dict.fromkeys(fs, 0.0)
    order = list(fs) if r % 2 == 0 else list(fs)[::-1]
    for s in texts:
        for k in order:
            a = pt()
            fs[k](s)
            acc[k] += pt() - a
    for k in fs:
        per[k].append(acc[k])
print(json.dumps({"per_round": per, "size": sum(len(s.encode("utf-8")) for s in texts)}))
"""


def measure_in_process(rev: str, corpus: Path, rounds: int, memo: list[str] | None = None) -> dict[str, Any]:
    """Old and new engine and the scan in one process, interleaved document by document;
    ``memo``: functions of the new engine (``MODULE:NAME``, the module under ``rescite.`` where
    the pipeline looks the name up) whose results are kept from the warm-up pass and handed
    back: the pipeline without that stage's work, to weigh it."""
    import shutil

    where = old_worktree(rev)
    pkg = Path(tempfile.mkdtemp(prefix="rescite-bench-pkg-"))
    try:
        shutil.copytree(
            where / "src" / "rescite", pkg / "rescite_old", ignore=shutil.ignore_patterns("__pycache__")
        )
        path = f"{pkg}{os.pathsep}{REPO / 'src'}"
        child_args = [str(corpus), str(rounds), json.dumps(memo or [])]
        out = run_code(CHILD_IN_PROCESS, child_args, path, "in-process")
    finally:
        remove_worktree(where)
        shutil.rmtree(pkg, ignore_errors=True)
    got = json.loads(out)
    per: dict[str, list[float]] = got["per_round"]
    ratios = [n / o for n, o in zip(per["new"], per["old"], strict=True)]
    med = {k: statistics.median(v) for k, v in per.items()}
    return {
        "vs_commit": rev,
        "corpus": str(corpus),
        "mb": got["size"] / 1e6,
        "rounds": rounds,
        "in_process": True,
        "memo": memo or [],
        "cpu_seconds_median": med,
        "cpu_seconds_all": per,
        "new_over_old_time": statistics.median(ratios),
        "new_over_old_per_round": ratios,
        "scan_over_new_throughput": statistics.median(
            s / n for s, n in zip(per["scan"], per["new"], strict=True)
        ),
        "scan_over_old_throughput": statistics.median(
            s / o for s, o in zip(per["scan"], per["old"], strict=True)
        ),
        "new_mb_per_cpu_s": got["size"] / 1e6 / med["new"],
    }


def run_code(code: str, args: list[str], pythonpath: str, what: str) -> str:
    """Run ``code`` in a fresh interpreter with ``pythonpath``; its standard output."""
    env = {"PYTHONPATH": pythonpath, "PATH": os.environ.get("PATH", "/usr/bin")}
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=False
    )
    if out.returncode:
        raise SystemExit(f"bench: the {what} run failed:\n{out.stderr[-2000:]}")
    return out.stdout


def run_child(src: Path, corpus: Path, repeat: int, mode: str) -> tuple[float, int, int]:
    seconds, count, size = run_code(CHILD, [str(corpus), str(repeat), mode], str(src), mode).split()
    return float(seconds), int(count), int(size)


def old_worktree(rev: str) -> Path:
    """A detached worktree of ``rev`` in a new temporary folder outside the repository."""
    where = Path(tempfile.mkdtemp(prefix="rescite-bench-")) / "old"
    done = subprocess.run(
        ["git", "-C", str(REPO), "worktree", "add", "--detach", str(where), rev],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        raise SystemExit(f"bench: cannot check out {rev}: {done.stderr.strip()}")
    return where


def remove_worktree(where: Path) -> None:
    subprocess.run(
        ["git", "-C", str(REPO), "worktree", "remove", "--force", str(where)],
        capture_output=True,
        check=False,
    )
    with contextlib.suppress(OSError):
        where.parent.rmdir()


def measure(rev: str, corpus: Path, rounds: int, repeat: int) -> dict[str, Any]:
    where = old_worktree(rev)
    try:
        sources = {"scan": REPO / "src", "old": where / "src", "new": REPO / "src"}
        times: dict[str, list[float]] = {k: [] for k in sources}
        counts: dict[str, int] = {}
        size = 0
        for _ in range(rounds):
            for mode, src in sources.items():  # interleaved: one of each per round
                seconds, count, size = run_child(src, corpus, repeat, "scan" if mode == "scan" else "x")
                times[mode].append(seconds)
                counts[mode] = count
    finally:
        remove_worktree(where)
    med = {k: statistics.median(v) for k, v in times.items()}
    return {
        "vs_commit": rev,
        "corpus": str(corpus),
        "mb": size / 1e6,
        "rounds": rounds,
        "cpu_seconds_median": med,
        "cpu_seconds_all": times,
        "mentions": {"old": counts["old"], "new": counts["new"], "scan_matches": counts["scan"]},
        "new_over_old_time": med["new"] / med["old"],
        "scan_over_new_throughput": med["scan"] / med["new"],
        "scan_over_old_throughput": med["scan"] / med["old"],
        "new_mb_per_cpu_s": size / 1e6 / med["new"],
    }


SCAN_FILES = r"""
import os, re, sys
rx = re.compile(r"\b[A-Z]{1,6}(?:/[A-Z0-9][A-Za-z0-9.\-]*)+")
n = 0
for name in sorted(os.listdir(sys.argv[1])):
    with open(os.path.join(sys.argv[1], name), encoding="utf-8", errors="replace") as f:
        n += sum(1 for _ in rx.finditer(f.read()))
print(n)
"""


def _timed(argv: list[str], pythonpath: str) -> tuple[float, float]:
    """CPU seconds (the process and its children) and wall seconds of one whole command, its
    output sent to /dev/null."""
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "XDG_CACHE_HOME", "LANG")}
    env["PYTHONPATH"] = pythonpath
    t0 = time.perf_counter()
    with open(os.devnull, "w") as sink:
        proc = subprocess.Popen(argv, stdout=sink, stderr=subprocess.DEVNULL, env=env)
        _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"bench: {' '.join(argv[:4])}... failed")
    return usage.ru_utime + usage.ru_stime, wall


def measure_command(rev: str, corpus: Path, rounds: int) -> dict[str, Any]:
    """The whole ``extract`` command of both commits and the one-regex scan over the same folder,
    interleaved round by round (the first round a warm-up, not counted)."""
    where = old_worktree(rev)
    size = sum(p.stat().st_size for p in corpus.iterdir() if p.is_file())
    cmd = [sys.executable, "-m", "rescite", "extract", str(corpus), "--format", "jsonl"]
    runs = {
        "scan": ([sys.executable, "-c", SCAN_FILES, str(corpus)], str(REPO / "src")),
        "old": (cmd, str(where / "src")),
        "new_jobs1": ([*cmd, "--jobs", "1"], str(REPO / "src")),
        "new": (cmd, str(REPO / "src")),
    }
    cpu: dict[str, list[float]] = {k: [] for k in runs}
    wall: dict[str, list[float]] = {k: [] for k in runs}
    try:
        for r in range(rounds + 1):
            order = list(runs) if r % 2 == 0 else list(runs)[::-1]
            got = {k: _timed(*runs[k]) for k in order}
            if r == 0:
                continue  # warm-up: caches of compiled patterns, the files in the page cache
            for k, (c, w) in got.items():
                cpu[k].append(c)
                wall[k].append(w)
    finally:
        remove_worktree(where)

    def ratio(a: dict[str, list[float]], x: str, y: str) -> float:
        return statistics.median(p / q for p, q in zip(a[x], a[y], strict=True))

    return {
        "vs_commit": rev,
        "corpus": str(corpus),
        "mb": size / 1e6,
        "rounds": rounds,
        "command": True,
        "cpu_seconds_median": {k: statistics.median(v) for k, v in cpu.items()},
        "wall_seconds_median": {k: statistics.median(v) for k, v in wall.items()},
        "new_jobs1_over_old_cpu": ratio(cpu, "new_jobs1", "old"),
        "new_jobs1_over_old_wall": ratio(wall, "new_jobs1", "old"),
        "new_over_old_wall": ratio(wall, "new", "old"),
        "scan_over_old_throughput_wall": ratio(wall, "scan", "old"),
        "scan_over_new_jobs1_throughput_wall": ratio(wall, "scan", "new_jobs1"),
        "scan_over_new_throughput_wall": ratio(wall, "scan", "new"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--vs-commit", required=True, metavar="REV", help="the commit to compare with")
    parser.add_argument("--corpus", type=Path, default=REPO / ".." / "shared" / "corpus-ga")
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds (median taken)")
    parser.add_argument("--repeat", type=int, default=3, help="passes over the corpus in each run")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--in-process",
        action="store_true",
        help="both engines in one process, document by document (steady state; robust to load)",
    )
    parser.add_argument(
        "--memo",
        action="append",
        metavar="MODULE:NAME",
        help="with --in-process: a stage of the new engine taken out, its results kept from the "
        "warm-up pass (e.g. engine.extract:names_in, engine.verbs:find_verbs); repeatable",
    )
    parser.add_argument(
        "--command",
        action="store_true",
        help="the whole `extract CORPUS --format jsonl` command of each commit, as a user runs it",
    )
    args = parser.parse_args()
    corpus = args.corpus.resolve()
    if not any(corpus.glob("*.txt")):
        raise SystemExit(f"bench: no .txt files in {corpus}")
    if args.rounds < 1 or args.repeat < 1:
        raise SystemExit("bench: --rounds and --repeat must be at least 1")
    if args.memo and not args.in_process:
        raise SystemExit("bench: --memo needs --in-process")
    for spec in args.memo or []:
        if not re.fullmatch(r"[\w.]+:\w+", spec):
            raise SystemExit(f"bench: --memo takes MODULE:NAME, not {spec!r}")
    if args.command and (args.in_process or args.memo):
        raise SystemExit("bench: --command times whole commands: not with --in-process or --memo")
    if args.command:
        r = measure_command(args.vs_commit, corpus, args.rounds)
    elif args.in_process:
        r = measure_in_process(args.vs_commit, corpus, args.rounds, args.memo)
    else:
        r = measure(args.vs_commit, corpus, args.rounds, args.repeat)
    if args.json:
        print(json.dumps(r, indent=2))
        return
    med = r["cpu_seconds_median"]
    if args.command:
        wall = r["wall_seconds_median"]
        print(f"corpus {r['corpus']}: {r['mb']:.1f} MB, {r['rounds']} interleaved rounds of whole commands")
        for k, label in (
            ("scan", "one-regex scan"),
            ("old", f"old ({r['vs_commit']})"),
            ("new_jobs1", "new --jobs 1"),
            ("new", "new (all cores)"),
        ):
            print(f"  {label:<18} cpu {med[k]:7.3f} s   wall {wall[k]:7.3f} s")
        print(
            f"new --jobs 1 / old: cpu {r['new_jobs1_over_old_cpu']:.3f}"
            f"  wall {r['new_jobs1_over_old_wall']:.3f}"
            f"   new (all cores) / old: wall {r['new_over_old_wall']:.3f}"
        )
        print(
            f"throughput against the scan (wall): old {r['scan_over_old_throughput_wall']:.3f}"
            f"  new --jobs 1 {r['scan_over_new_jobs1_throughput_wall']:.3f}"
            f"  new {r['scan_over_new_throughput_wall']:.3f}"
        )
        return
    if args.in_process:
        print(f"corpus {r['corpus']}: {r['mb']:.1f} MB, {r['rounds']} rounds in one process, text by text")
        if r["memo"]:
            print("  taken out of the new engine (results kept from the warm-up): " + ", ".join(r["memo"]))
        print(f"  one-regex scan   {med['scan']:7.3f} s")
        print(f"  old ({r['vs_commit']})  {med['old']:7.3f} s")
        print(f"  new              {med['new']:7.3f} s")
        print("  new/old per round " + " ".join(f"{x:.3f}" for x in r["new_over_old_per_round"]))
        print(
            f"new/old time {r['new_over_old_time']:.3f}"
            f"   scan/new throughput {r['scan_over_new_throughput']:.3f}"
            f"   scan/old {r['scan_over_old_throughput']:.3f}"
        )
        return
    print(f"corpus {r['corpus']}: {r['mb']:.1f} MB a run, {r['rounds']} interleaved rounds, CPU time medians")
    print(f"  one-regex scan   {med['scan']:7.3f} s")
    print(f"  old ({r['vs_commit']})  {med['old']:7.3f} s   {r['mentions']['old']} mentions")
    print(f"  new              {med['new']:7.3f} s   {r['mentions']['new']} mentions")
    print(
        f"new/old time {r['new_over_old_time']:.3f}   scan/new throughput {r['scan_over_new_throughput']:.3f}"
        f"   scan/old {r['scan_over_old_throughput']:.3f}"
    )


if __name__ == "__main__":
    main()
