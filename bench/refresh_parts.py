#!/usr/bin/env python3
"""Where a query after one changed file spends what a query on an unchanged index does not.

Appends a line to one file of the corpus, runs ``rescite show ID`` once (the refresh of that
file, then the answer) in a child process that times, without a profiler:

- each SQL statement the command runs (wall and CPU; the dearest are listed);
- (the index is not closed at the end, ``rescite.__main__._end``: no checkpoint is made there;
  the COMMIT's wall time is where a wait for the disk shows, when the refresh starts a new WAL
  or empties a full one, ``corpus.schema.bound_wal``);
- the engine's patterns built from kept programs (``grammar.recache._build``) against those
  the extraction of the file calls a method of (seen through ``sys.setprofile``, which slows
  the run down: the times of that part are inflated; the counts and sizes are not).

The file is given back its text after, and the index refreshed again.  ``--db`` must be an
index of ``--corpus`` that ``rescite`` (this checkout, with ``PYTHONPATH=src``) keeps up to date.

    PYTHONPATH=src python bench/refresh_parts.py --corpus DIR --db FILE [--id A/RES/60/150]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any


def _child(args: list[str], patterns: bool) -> None:
    """Run ``rescite ARGS`` as the console script does, with the timers in place."""
    import _sqlite3

    statements: list[tuple[float, float, str]] = []

    class Timed(_sqlite3.Connection):
        def execute(self, sql: str, *a: Any) -> Any:
            t, c = time.perf_counter(), time.process_time()
            try:
                return super().execute(sql, *a)
            finally:
                statements.append((time.perf_counter() - t, time.process_time() - c, sql))

        def executemany(self, sql: str, *a: Any) -> Any:
            t, c = time.perf_counter(), time.process_time()
            try:
                return super().executemany(sql, *a)
            finally:
                statements.append((time.perf_counter() - t, time.process_time() - c, "(many) " + sql))

    connect = _sqlite3.connect

    def timed_connect(*a: Any, **k: Any) -> Any:
        k.setdefault("factory", Timed)
        return connect(*a, **k)

    _sqlite3.connect = timed_connect
    built: dict[int, tuple[Any, int]] = {}
    used: set[int] = set()
    if patterns:
        import rescite.grammar.recache as recache

        build = recache._build

        def counted(pattern: str, entry: Any) -> Any:
            compiled = build(pattern, entry)
            built[id(compiled)] = (compiled, len(entry[1]))
            return compiled

        recache._build = counted

        def seen(frame: Any, event: str, arg: Any) -> None:
            if event == "c_call" and id(getattr(arg, "__self__", None)) in built:
                used.add(id(arg.__self__))

        sys.setprofile(seen)
    import rescite.__main__ as entry

    end = entry._end

    def report(code: int) -> None:
        sys.setprofile(None)
        out = sys.stderr
        total = sum(s[0] for s in statements), sum(s[1] for s in statements)
        out.write(
            f"{len(statements)} SQL statements: {total[0] * 1000:.1f} ms wall, {total[1] * 1000:.1f} ms CPU\n"
        )
        for wall, cpu, sql in sorted(statements, reverse=True)[:10]:
            out.write(f"  {wall * 1000:6.2f} {cpu * 1000:6.2f}  {' '.join(sql.split())[:100]}\n")
        if patterns:
            size = sum(v[1] for v in built.values())
            size_used = sum(built[i][1] for i in used)
            out.write(
                f"patterns built from kept programs: {len(built)} ({size / 1e6:.2f} MB of programs); "
                f"a method called: {len(used)} ({size_used / 1e6:.2f} MB)\n"
            )

        end(code)

    entry._end = report
    sys.argv = ["rescite", *args]
    entry.console()


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        _child(sys.argv[3:], sys.argv[2] == "patterns")
        return
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("--id", default="A/RES/60/150")
    ap.add_argument("--file", help="the file to change (default: the middle one of the corpus)")
    ap.add_argument("--no-patterns", action="store_true", help="do not count the patterns used")
    args = ap.parse_args()
    files = sorted(p for p in Path(args.corpus).rglob("*.txt"))
    changed = Path(args.file) if args.file else files[len(files) // 2]
    original = changed.read_text(encoding="utf-8")
    query = ["show", args.id, "--corpus", args.corpus, "--db", args.db]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    mode = "none" if args.no_patterns else "patterns"
    try:
        changed.write_text(
            original + f"Recalling its resolution 40/{int(time.time()) % 900 + 100},\n", "utf-8"
        )
        subprocess.run(
            [sys.executable, __file__, "--child", mode, *query], stdout=subprocess.DEVNULL, env=env
        )
    finally:
        changed.write_text(original, encoding="utf-8")
        subprocess.run([sys.executable, "-m", "rescite", *query], stdout=subprocess.DEVNULL, env=env)


if __name__ == "__main__":
    main()
