"""Benchmark of the corpus index: build, scaling, size, refresh after a change, and queries,
each as a ratio against a reference measured in the same run (medians of interleaved runs).

    python bench/bench_index.py [--docs 10000] [--size-kb 10] [--runs 7] [--out bench/out]

Generates the corpus (bench/gen_corpus.py; kept between runs), then measures through the
installed ``rescite`` console script:

- linearity: documents per second indexing a quarter of the corpus and the whole of it
  (target: whole ≥ 0.8× quarter);
- cores: ``--jobs 2`` against ``--jobs 1`` on 1,000 documents (target ≥ 1.5×);
- size: bytes of index per document (target ≤ 4 KB);
- refresh: ``show`` right after one file changed against ``show`` with nothing changed
  (target ≤ 2×);
- queries: ``show``, ``cited-by --depth 0``, ``cites --depth 0``, ``graph --focus X
  --depth 2`` against ``python -c pass`` (targets ≤ 6×, ≤ 10×, ≤ 10×, ≤ 10×);
- PageRank: ``rank --by pagerank`` after a change (computed) against the same with nothing
  changed (stamped figures reused).

Absolute times move with the load of a shared machine; the ratios are what to quote. Each
ratio is given in wall time and in CPU time (user + system of the command and its children):
on a loaded machine the CPU ratio is the steadier one (the ``--jobs`` ratio is wall time only).

``--before RESCITE`` (another installation's console script, or a script that runs an older
checkout) times that version's queries and refresh in the same run, interleaved, on its own
index (``--before-db``, built on first use), for a before/after table.

``--scale 2500,10000,50000`` measures linearity further: documents per second indexing the
first N documents of one generated corpus of the largest size, for each N (each against the
smallest; target ≥ 0.8), and nothing else.

Each rescite runs with its own cache folder (``XDG_CACHE_HOME`` = ``OUT/cache``, and
``OUT/cache-before`` for ``--before``), warmed by the first commands: the compiled patterns
and lexicon kept there are per user and shared by every version of rescite on the machine,
so on a machine where other versions run (other checkouts, other users of the same account)
a query would otherwise measure their cache entries replacing this version's.

Before measuring, the package's modules are compiled to bytecode (``compileall``), as an
installed package's are: a checkout installed in editable mode under
``PYTHONDONTWRITEBYTECODE`` would otherwise compile every module it imports on every run
(30 ms or more per command), which no user pays.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_corpus import generate

RESCITE = shutil.which("rescite", path=str(Path(sys.executable).parent)) or "rescite"


#: CPU seconds (user + system) of the last command run by :func:`wall`, children included.
LAST_CPU = [0.0]
#: The environment of each rescite measured (its own cache folder), by console script.
ENVS: dict[str, dict[str, str]] = {}


def wall(args: list[str]) -> float:
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(
        args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=ENVS.get(args[0])
    )
    took = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    LAST_CPU[0] = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)}: exit {proc.returncode}: {proc.stderr.strip()}")
    return took


def fresh_db(path: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


def build(corpus: Path, db: Path, jobs: int | None = None) -> float:
    args = [RESCITE, "index", str(corpus), "--db", str(fresh_db(db))]
    if jobs:
        args += ["--jobs", str(jobs)]
    return wall(args)


def subset(paths: list[Path], n: int, folder: Path) -> Path:
    """A folder of links to the first ``n`` documents (made once)."""
    if not folder.exists():
        folder.mkdir(parents=True)
        for p in paths[:n]:
            (folder / p.name).symlink_to(p)
    return folder


#: Median CPU seconds of each measure of the last :func:`interleaved` call.
CPU: dict[str, float] = {}


def interleaved(measures: dict[str, Callable[[], float]], runs: int) -> dict[str, float]:
    """Median time of each measure, the measures taken in turn (load moves all alike); the
    median CPU time of each (of the last command a measure ran) is left in :data:`CPU`."""
    times: dict[str, list[float]] = {k: [] for k in measures}
    cpu: dict[str, list[float]] = {k: [] for k in measures}
    for _ in range(runs):
        for k, f in measures.items():
            times[k].append(f())
            cpu[k].append(LAST_CPU[0])
    CPU.clear()
    CPU.update({k: statistics.median(v) for k, v in cpu.items()})
    return {k: statistics.median(v) for k, v in times.items()}


def report(name: str, ratio: float, target: str, detail: str, cpu: float | None = None) -> None:
    extra = f"; CPU {cpu:.2f}x" if cpu is not None else ""
    print(f"{name:<44} {ratio:6.2f}x  (target {target}; {detail}{extra})")


def print_size_parts(db: Path, docs: int) -> None:
    """KB per document of the search tables and of the rest (SQLite's ``dbstat``, when built in)."""
    import sqlite3

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
    except sqlite3.Error:
        return
    finally:
        conn.close()
    search = sum(n for name, n in rows if name.startswith("search_"))
    rest = sum(n for name, n in rows if not name.startswith("search_"))
    print(f"  of which the search table {search / docs / 1000:.2f} KB, the rest {rest / docs / 1000:.2f} KB")


def scale(out: Path, sizes: list[int], size_kb: int) -> None:
    """Documents per second indexing the first N documents of one corpus, for each N."""
    largest = sizes[-1]
    corpus = out / f"corpus-{largest}"
    paths = sorted(generate(corpus, largest, size_kb))
    print(f"corpus: {len(paths)} documents in {corpus}")
    rates: dict[int, float] = {}
    for n in sizes:
        folder = corpus if n == largest else subset(paths, n, out / f"scale-{largest}-{n}")
        took = build(folder, out / f"scale-{n}.sqlite")
        rates[n] = n / took
        size = (out / f"scale-{n}.sqlite").stat().st_size
        kb = size / n / 1000
        print(f"{n:>8} documents: {took:7.1f} s, {rates[n]:5.0f} docs/s, {kb:.2f} KB/doc", flush=True)
    for n in sizes[1:]:
        report(
            f"linearity: docs/s at {n} / at {sizes[0]}",
            rates[n] / rates[sizes[0]],
            "≥ 0.8",
            f"{rates[n]:.0f} against {rates[sizes[0]]:.0f} docs/s",
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--size-kb", type=int, default=10)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "out")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--skip-jobs", action="store_true", help="no --jobs 2 / --jobs 1 measure")
    parser.add_argument("--skip-build", action="store_true", help="reuse the index of a previous run")
    parser.add_argument("--before", help="another rescite to time in the same run (before/after)")
    parser.add_argument("--before-db", type=Path, help="its index (default: OUT/index-before-DOCS.sqlite)")
    parser.add_argument("--scale", help="docs/s at each of these sizes (comma-separated), nothing else")
    args = parser.parse_args()
    import compileall

    import rescite

    package = Path(rescite.__file__).resolve().parent
    compileall.compile_dir(str(package), quiet=1)
    print(f"bytecode: {package} compiled (as an installed package is)")

    ENVS[RESCITE] = {**os.environ, "XDG_CACHE_HOME": str(args.out / "cache")}
    if args.before:
        ENVS[args.before] = {**os.environ, "XDG_CACHE_HOME": str(args.out / "cache-before")}
    if args.scale:
        scale(args.out, sorted(int(n) for n in args.scale.split(",")), args.size_kb)
        return

    corpus = args.out / f"corpus-{args.docs}"
    paths = generate(corpus, args.docs, args.size_kb)
    megabytes = sum(p.stat().st_size for p in paths) / 1e6
    print(f"corpus: {len(paths)} documents, {megabytes:.1f} MB in {corpus}")
    db = args.out / f"index-{args.docs}.sqlite"

    if not args.skip_build:
        quarter = subset(paths, len(paths) // 4, args.out / f"quarter-{args.docs}")
        t_quarter = build(quarter, args.out / "quarter.sqlite")
        t_whole = build(corpus, db)
        q_rate, w_rate = (len(paths) // 4) / t_quarter, len(paths) / t_whole
        report(
            f"linearity: docs/s at {len(paths)} / at {len(paths) // 4}",
            w_rate / q_rate,
            "≥ 0.8",
            f"{w_rate:.0f} against {q_rate:.0f} docs/s",
        )
    if not args.skip_build and not args.skip_jobs:
        small = subset(paths, min(1000, len(paths)), args.out / "jobs-1000")
        speeds = interleaved(
            {
                "1": lambda: build(small, args.out / "jobs1.sqlite", 1),
                "2": lambda: build(small, args.out / "jobs2.sqlite", 2),
            },
            2,
        )
        report(
            "cores: --jobs 2 against --jobs 1",
            speeds["1"] / speeds["2"],
            "≥ 1.5",
            f"{speeds['2']:.1f} s against {speeds['1']:.1f} s",
        )
    subprocess.run(
        [
            "python3",
            "-c",
            f"import sqlite3; sqlite3.connect('{db}').execute('PRAGMA wal_checkpoint(TRUNCATE)')",
        ],
        check=True,
    )
    size = db.stat().st_size
    print(
        f"{'size: bytes per document':<44} {size / len(paths) / 1000:6.2f} KB "
        f"(target ≤ 4 KB; {size / 1e6:.0f} MB)"
    )
    print_size_parts(db, len(paths))

    base = ["--corpus", str(corpus), "--db", str(db)]
    target = (
        "A/RES/60/150"
        if args.docs >= 10_000
        else f"A/RES/{40 + (args.docs // 2) // max(1, -(-args.docs // 40))}/100"
    )
    wall([RESCITE, "show", target, *base])  # warm: the index is up to date

    changed = paths[len(paths) // 2]
    original = changed.read_text(encoding="utf-8")
    counter = [0]

    def show_after_change(prog: str = RESCITE, where: list[str] = base) -> float:
        counter[0] += 1
        changed.write_text(original + f"Recalling its resolution 40/{100 + counter[0]},\n", encoding="utf-8")
        return wall([prog, "show", target, *where])

    before_base: list[str] = []
    if args.before:
        before_db = args.before_db or args.out / f"index-before-{args.docs}.sqlite"
        before_base = ["--corpus", str(corpus), "--db", str(before_db)]
        wall([args.before, "show", target, *before_base])  # built (once) and up to date

    try:
        refresh_measures: dict[str, Callable[[], float]] = {
            "changed": show_after_change,
            "unchanged": lambda: wall([RESCITE, "show", target, *base]),
        }
        if args.before:
            refresh_measures["before changed"] = lambda: show_after_change(args.before, before_base)
            refresh_measures["before unchanged"] = lambda: wall([args.before, "show", target, *before_base])
        t = interleaved(refresh_measures, args.runs)
        for who in ("before ", "") if args.before else ("",):
            after, still = t[f"{who}changed"], t[f"{who}unchanged"]
            report(
                f"{who.replace(' ', ': ')}refresh: show after one change / no change",
                after / still,
                "≤ 2",
                f"{after * 1000:.0f} against {still * 1000:.0f} ms",
                CPU[f"{who}changed"] / CPU[f"{who}unchanged"],
            )

        def rank_after_change() -> float:
            counter[0] += 1
            changed.write_text(
                original + f"Recalling its resolution 40/{100 + counter[0]},\n", encoding="utf-8"
            )
            wall([RESCITE, "show", target, *base])  # the refresh, so that only PageRank is left
            return wall([RESCITE, "rank", "--by", "pagerank", *base])

        t = interleaved(
            {
                "computed": rank_after_change,
                "stamped": lambda: wall([RESCITE, "rank", "--by", "pagerank", *base]),
            },
            max(3, args.runs // 2),
        )
        report(
            "pagerank: computed / reused",
            t["computed"] / t["stamped"],
            "–",
            f"{t['computed'] * 1000:.0f} against {t['stamped'] * 1000:.0f} ms",
        )
    finally:
        changed.write_text(original, encoding="utf-8")
    wall([RESCITE, "show", target, *base])
    if args.before:
        wall([args.before, "show", target, *before_base])

    queries = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "show": [RESCITE, "show", target, *base],
        "cited-by --depth 0": [RESCITE, "cited-by", target, "--depth", "0", *base],
        "cites --depth 0": [RESCITE, "cites", target, "--depth", "0", *base],
        "graph --focus --depth 2": [RESCITE, "graph", "--focus", target, "--depth", "2", "-f", "json", *base],
    }

    if args.before:
        for k, a in list(queries.items())[1:]:
            queries[f"before {k}"] = [args.before, *a[1:-4], *before_base]

    def timer(a: list[str]) -> Callable[[], float]:
        return lambda: wall(a)

    t = interleaved({k: timer(a) for k, a in queries.items()}, args.runs)
    ref = t.pop("python -c pass")
    ref_cpu = CPU["python -c pass"]
    targets = {
        "show": "≤ 6",
        "cited-by --depth 0": "≤ 10",
        "cites --depth 0": "≤ 10",
        "graph --focus --depth 2": "≤ 10",
    }
    for k, v in t.items():
        report(
            f"query: {k} / python -c pass",
            v / ref,
            targets[k.removeprefix("before ")],
            f"{v * 1000:.0f} against {ref * 1000:.0f} ms",
            CPU[k] / ref_cpu,
        )
    answers = {
        k: subprocess.run([*a, "-f", "ids"], capture_output=True, text=True).stdout.count("\n")
        for k, a in queries.items()
        if k in ("cited-by --depth 0", "cites --depth 0")
    }
    print(f"answers: {answers} rows; machine: {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
