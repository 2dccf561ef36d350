"""Do two versions of rescite answer every query alike? Output, messages and exit code of
``show``, ``cites``, ``cited-by`` and ``graph --focus`` in every output format and with their
options, compared byte for byte, each version on its own copy of one index.

    python bench/query_outputs.py --before OLD_RESCITE --db INDEX --corpus CORPUS [--id ID]

``OLD_RESCITE`` is another installation's console script (or a script that runs an older
checkout); the version measured is the ``rescite`` beside this interpreter.  Each command
runs twice per version: on the quick path and through the full command line
(``RESCITE_QUICK=0``).  The index is copied once per version (SQLite's backup: a version
takes an index written by another as out of date and refreshes it; the copies keep each
version's refresh apart, and both start from the same rows).  Exit status 1 when anything differs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

RESCITE = shutil.which("rescite", path=str(Path(sys.executable).parent)) or "rescite"


def commands(cid: str) -> list[list[str]]:
    """Every query command the quick path answers, in each format, with its options."""
    out: list[list[str]] = []
    for fmt in ("table", "text", "json", "jsonl"):
        out.append(["show", cid, "-f", fmt])
    out += [["show", cid], ["show", cid, "-C", "0"], ["show", cid, "--context", "40", "--json"]]
    out += [["show", cid, "no/such/text"], ["show", "60/150"]]
    for command in ("cites", "cited-by"):
        for fmt in ("table", "json", "jsonl", "csv", "tsv", "ids"):
            out.append([command, cid, "--depth", "0", "-f", fmt])
        out += [
            [command, cid],
            [command, cid, "-d", "2", "--sort", "id"],
            [command, cid, "--depth", "0", "--sort", "cited", "-n", "25"],
            [command, cid, "--depth", "3", "--sort", "rank", "--csv"],
            [command, cid, "--depth", "0", "--sort", "date", "--tsv"],
        ]
    for fmt in ("json", "dot", "mermaid"):
        for depth in ("1", "2"):
            out.append(["graph", "--focus", cid, "--depth", depth, "-f", fmt])
    out.append(["graph", "--focus", "no/such/text", "-f", "json"])
    return out


def run(prog: str, args: list[str], env: dict[str, str]) -> tuple[int, bytes, bytes]:
    p = subprocess.run([prog, *args], capture_output=True, env=env, timeout=600, check=False)
    return p.returncode, p.stdout, p.stderr


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--before", required=True, help="the other rescite")
    parser.add_argument("--db", required=True, type=Path, help="an index of CORPUS (copied, not changed)")
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--id", default="A/RES/60/150", help="the text asked about")
    args = parser.parse_args()
    differ = 0
    with tempfile.TemporaryDirectory(prefix="rescite-outputs-") as tmp:
        where: dict[str, list[str]] = {}
        envs: dict[str, dict[str, str]] = {}
        for who, prog in (("after", RESCITE), ("before", args.before)):
            db = Path(tmp) / f"{who}.sqlite"
            with sqlite3.connect(args.db) as source, sqlite3.connect(db) as copy:
                source.backup(copy)  # the pages in its write-ahead log too
            where[prog] = ["--corpus", args.corpus, "--db", str(db)]
            envs[prog] = {**os.environ, "XDG_CACHE_HOME": str(Path(tmp) / f"cache-{who}")}
            envs[prog].pop("RESCITE_QUICK", None)
            run(prog, ["show", args.id, *where[prog]], envs[prog])  # its refresh, once
        cases = commands(args.id)
        for case in cases:
            for quick in ("1", "0"):
                got = {}
                for prog in (RESCITE, args.before):
                    env = {**envs[prog], "RESCITE_QUICK": quick}
                    got[prog] = run(prog, [*case, *where[prog]], env)
                after, before = got[RESCITE], got[args.before]
                # messages name each version's own copy of the index: compared without it
                same = after[:2] == before[:2] and after[2].replace(b"after.sqlite", b"") == before[
                    2
                ].replace(b"before.sqlite", b"")
                label = f"{' '.join(case)}{'' if quick == '1' else '  (RESCITE_QUICK=0)'}"
                if not same:
                    differ += 1
                    print(
                        f"DIFFERS: {label}: exit {after[0]}/{before[0]}, {len(after[1])}/{len(before[1])} "
                        f"bytes out, {len(after[2])}/{len(before[2])} bytes err"
                    )
                else:
                    print(f"same: {label}: exit {after[0]}, {len(after[1])} bytes")
    print(f"{2 * len(cases)} runs per version, {differ} differing")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
