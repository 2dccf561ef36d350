#!/usr/bin/env python3
"""Benchmark of the extraction engine (`rescite.engine.extract.extract_text`).

Three measurements, each in a child process with a time limit:

a. throughput: the corpus files repeated until at least ``--mb`` MB (UTF-8 bytes,
   1 MB = 1,000,000 bytes), each document extracted on its own, one process;
b. linearity: one single document of ~1 MB and one of ~10 MB (corpus texts joined);
c. pathological inputs: 100,000 repetitions of a few short strings.

Run from the repository root:

    .venv/bin/python bench/bench_extract.py [--corpus ../shared/corpus-ga] [--mb 50] [--json]

Standard library only (plus rescite itself).  See bench/README.md for the targets.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))  # a checkout without `pip install -e .` works too

from rescite.engine.extract import extract_text  # noqa: E402
from rescite.read import UnreadableInput, read_text  # noqa: E402

MB = 1_000_000

TARGET_MB_S = 10.0
TARGET_LINEAR_RATIO = 10.0 * 1.2  # 10× the size may take 10× the time, with 20 % slack
TARGET_PATHOLOGICAL_S = 5.0
NOISE_FLOOR_S = 0.05

PATHOLOGICAL: list[tuple[str, str]] = [
    ("resolutions 1/1, ", "resolutions 1/1, "),
    ("A/", "A/"),
    ("(", "("),
    # extra shapes that trouble regex engines and list parsers
    ("resolution ", "resolution "),
    ("1/", "1/"),
    ("¹", "¹"),
    ("\\n", "\n"),
    # ranges: the texts between the ends are read, within a per-document budget
    ("resolutions 1/1 to 1/50, ", "resolutions 1/1 to 1/50, "),
]


def load_corpus(corpus: Path) -> list[tuple[str, str]]:
    docs = []
    for path in sorted(corpus.glob("*.txt")):
        try:
            docs.append((path.name, read_text(str(path))))
        except UnreadableInput as exc:
            print(f"bench: skipped {exc}", file=sys.stderr)
    return docs


def utf8_len(text: str) -> int:
    return len(text.encode("utf-8"))


# --- measurements (run in a child process) ---------------------------------------------------


def measure_throughput(docs: list[tuple[str, str]], mb: float) -> dict[str, Any]:
    sizes = [utf8_len(t) for _, t in docs]
    batch: list[tuple[str, str]] = []
    total_bytes = 0
    while total_bytes < mb * MB:
        for (name, text), size in zip(docs, sizes, strict=True):
            batch.append((name, text))
            total_bytes += size
            if total_bytes >= mb * MB:
                break
    extract_text(docs[0][1], source=docs[0][0])  # warm-up: imports, compiled patterns, tables
    citations = unresolved = 0
    slowest = (0.0, "")
    start = time.perf_counter()
    for name, text in batch:
        t0 = time.perf_counter()
        result = extract_text(text, source=name)
        dt = time.perf_counter() - t0
        if dt > slowest[0]:
            slowest = (dt, name)
        citations += len(result.citations)
        unresolved += result.unresolved
    seconds = time.perf_counter() - start
    return {
        "documents": len(batch),
        "distinct_documents": len(docs),
        "mb": total_bytes / MB,
        "seconds": seconds,
        "mb_per_s": total_bytes / MB / seconds if seconds else float("inf"),
        "docs_per_s": len(batch) / seconds if seconds else float("inf"),
        "citations": citations,
        "unresolved": unresolved,
        "citations_per_distinct_pass": citations * len(docs) / len(batch),
        "slowest_document": {"name": slowest[1], "seconds": slowest[0]},
        "peak_rss_mb": peak_rss_mb(),
    }


def build_document(docs: list[tuple[str, str]], mb: float) -> str:
    """Corpus texts joined by blank lines until ``mb`` MB, cut at a line end."""
    parts: list[str] = []
    size = 0
    i = 0
    while size < mb * MB:
        text = docs[i % len(docs)][1]
        parts.append(text)
        size += utf8_len(text) + 2
        i += 1
    joined = "\n\n".join(parts)
    cut = joined.encode("utf-8")[: int(mb * MB)].decode("utf-8", errors="ignore")
    nl = cut.rfind("\n")
    return cut[: nl + 1] if nl > len(cut) // 2 else cut


def time_one(text: str, repeat: int = 1) -> dict[str, Any]:
    best = float("inf")
    result = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = extract_text(text, source="bench")
        best = min(best, time.perf_counter() - t0)
    assert result is not None
    return {
        "mb": utf8_len(text) / MB,
        "chars": len(text),
        "seconds": best,
        "citations": len(result.citations),
        "peak_rss_mb": peak_rss_mb(),
    }


def measure_linearity(docs: list[tuple[str, str]], small_mb: float, large_mb: float) -> dict[str, Any]:
    extract_text(docs[0][1])  # warm-up
    small = time_one(build_document(docs, small_mb), repeat=3)
    large = time_one(build_document(docs, large_mb), repeat=1)
    ratio = large["seconds"] / small["seconds"] if small["seconds"] else float("inf")
    size_ratio = large["mb"] / small["mb"]
    return {
        "small": small,
        "large": large,
        "time_ratio": ratio,
        "size_ratio": size_ratio,
        "time_ratio_per_size": ratio / size_ratio,
    }


def measure_pathological(unit: str, repetitions: int) -> dict[str, Any]:
    extract_text("warm-up")
    return time_one(unit * repetitions)


def peak_rss_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 1024 if sys.platform != "darwin" else rss / MB  # kB on Linux, bytes on macOS


# --- the harness -----------------------------------------------------------------------------


def _child(queue: Any, fn: Callable[..., dict[str, Any]], args: tuple[Any, ...]) -> None:
    try:
        queue.put(("ok", fn(*args)))
    except BaseException as exc:  # report, never hang the parent
        queue.put(("error", f"{type(exc).__name__}: {exc}"))


def limited(fn: Callable[..., dict[str, Any]], args: tuple[Any, ...], timeout: float) -> dict[str, Any]:
    """Run ``fn(*args)`` in a fresh child process; give up after ``timeout`` seconds."""
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    queue = ctx.Queue()
    proc = ctx.Process(target=_child, args=(queue, fn, args), daemon=True)
    t0 = time.perf_counter()
    proc.start()
    try:
        status, value = queue.get(timeout=timeout)
    except Exception:  # queue.Empty: the time limit
        proc.terminate()
        proc.join(5)
        return {"error": f"timeout after {timeout:.0f} s", "seconds": time.perf_counter() - t0}
    proc.join(5)
    return value if status == "ok" else {"error": value}


def engine_info() -> dict[str, Any]:
    def git(*args: str) -> str | None:
        try:
            out = subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, timeout=10)
        except (OSError, subprocess.SubprocessError):
            return None
        return out.stdout.strip() if out.returncode == 0 else None

    return {
        "head": git("rev-parse", "--short", "HEAD"),
        "engine_commit": git("log", "-1", "--format=%h %s", "--", "src/rescite/engine/extract.py"),
        "src_commit": git("log", "-1", "--format=%h %s", "--", "src/rescite"),
        "dirty": bool(git("status", "--porcelain", "--", "src/rescite")),
        "python": platform.python_version(),
        "machine": f"{platform.system()} {platform.machine()}",
    }


def verdicts(report: dict[str, Any]) -> dict[str, bool]:
    out: dict[str, bool] = {}
    tp = report.get("throughput", {})
    if "mb_per_s" in tp:
        out["throughput >= 10 MB/s"] = tp["mb_per_s"] >= TARGET_MB_S
    lin = report.get("linearity", {})
    if "time_ratio" in lin:
        # below the noise floor the ratio means nothing: a 10 MB run this fast is linear enough
        out["10 MB <= ~10x the 1 MB time"] = (
            lin["time_ratio"] <= TARGET_LINEAR_RATIO or lin["large"]["seconds"] < NOISE_FLOOR_S
        )
    for name, r in report.get("pathological", {}).items():
        out[f"pathological {name!r} < {TARGET_PATHOLOGICAL_S:.0f} s"] = (
            "error" not in r and r["seconds"] < TARGET_PATHOLOGICAL_S
        )
    for section in ("throughput", "linearity"):
        if "error" in report.get(section, {}):
            out[f"{section} ran"] = False
    return out


def print_report(report: dict[str, Any]) -> None:
    e = report["engine"]
    print(f"rescite extract benchmark — HEAD {e['head']}")
    print(f"last commit of extract.py: {e['engine_commit']}")
    print(f"last commit of src/rescite: {e['src_commit']}", end="")
    print(" (plus uncommitted changes)" if e["dirty"] else "")
    print(f"Python {e['python']} on {e['machine']}; corpus {report['corpus']} ({report['corpus_docs']} docs)")
    print()
    tp = report.get("throughput")
    if tp:
        print("a. throughput (single process, one document at a time)")
        if "error" in tp:
            print(f"   FAILED: {tp['error']}")
        else:
            print(
                f"   {tp['mb']:.1f} MB in {tp['documents']} documents: {tp['seconds']:.2f} s"
                f" = {tp['mb_per_s']:.1f} MB/s, {tp['docs_per_s']:.0f} docs/s"
            )
            print(
                f"   citations found: {tp['citations']} ({tp['unresolved']} unresolved);"
                f" per pass over the corpus: {tp['citations_per_distinct_pass']:.0f}"
            )
            s = tp["slowest_document"]
            print(
                f"   slowest document: {s['name']} {s['seconds'] * 1000:.1f} ms;"
                f" peak RSS {tp['peak_rss_mb']:.0f} MB"
            )
        print()
    lin = report.get("linearity")
    if lin:
        print("b. linearity (one single document)")
        if "error" in lin:
            print(f"   FAILED: {lin['error']}")
        else:
            for key in ("small", "large"):
                r = lin[key]
                rate = r["mb"] / r["seconds"] if r["seconds"] else float("inf")
                print(
                    f"   {r['mb']:5.2f} MB: {r['seconds']:.3f} s ({rate:.1f} MB/s),"
                    f" {r['citations']} citations, peak RSS {r['peak_rss_mb']:.0f} MB"
                )
            print(
                f"   time ratio {lin['time_ratio']:.1f} for size ratio {lin['size_ratio']:.1f}"
                f" (per unit of size: {lin['time_ratio_per_size']:.2f}; 1.0 is linear)"
            )
        print()
    pat = report.get("pathological")
    if pat:
        print(f"c. pathological inputs ({report['repetitions']:,} repetitions each)")
        for name, r in pat.items():
            if "error" in r:
                print(f"   {name!r:24} FAILED: {r['error']}")
            else:
                print(
                    f"   {name!r:24} {r['mb']:5.2f} MB: {r['seconds']:.3f} s, {r['citations']} citations,"
                    f" peak RSS {r['peak_rss_mb']:.0f} MB"
                )
        print()
    print("targets")
    for what, ok in report["verdicts"].items():
        print(f"   {'ok  ' if ok else 'MISS'} {what}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=REPO / ".." / "shared" / "corpus-ga")
    parser.add_argument("--mb", type=float, default=50.0, help="size of the throughput corpus (default 50)")
    parser.add_argument("--small-mb", type=float, default=1.0)
    parser.add_argument("--large-mb", type=float, default=10.0)
    parser.add_argument("--repetitions", type=int, default=100_000, help="for the pathological inputs")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per measurement (default 300)")
    parser.add_argument("--only", choices=["throughput", "linearity", "pathological"], action="append")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)

    corpus = args.corpus.resolve()
    docs = load_corpus(corpus) if corpus.is_dir() else []
    if not docs:
        print(f"bench: no .txt documents in {corpus}", file=sys.stderr)
        return 2
    only = set(args.only or ["throughput", "linearity", "pathological"])
    report: dict[str, Any] = {
        "engine": engine_info(),
        "corpus": str(corpus),
        "corpus_docs": len(docs),
        "corpus_mb": sum(utf8_len(t) for _, t in docs) / MB,
        "repetitions": args.repetitions,
    }
    if "throughput" in only:
        report["throughput"] = limited(measure_throughput, (docs, args.mb), args.timeout)
    if "linearity" in only:
        report["linearity"] = limited(measure_linearity, (docs, args.small_mb, args.large_mb), args.timeout)
    if "pathological" in only:
        report["pathological"] = {
            name: limited(measure_pathological, (unit, args.repetitions), args.timeout)
            for name, unit in PATHOLOGICAL
        }
    report["verdicts"] = verdicts(report)
    if args.json:
        json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        print_report(report)
    return 1 if args.check and not all(report["verdicts"].values()) else 0


if __name__ == "__main__":
    sys.exit(main())
