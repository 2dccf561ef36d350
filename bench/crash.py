"""kill -9 at random points during index builds and refreshes, many times; report how many
indexes survived (sound, and equal to a clean build after the next refresh).

    python bench/crash.py [--runs 30] [--docs 300]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from fake_engine import fake_extract  # noqa: E402
from rescite.corpus import index as ix  # noqa: E402
from rescite.corpus import reading, schema  # noqa: E402
from test_crash import kill_at_random, make_corpus  # noqa: E402
from test_index_incremental import dump  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--docs", type=int, default=300)
    args = parser.parse_args()
    reading.extract_text = fake_extract
    survived = killed = 0
    rng = random.Random(2026)
    for run in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            corpus = root / "c"
            make_corpus(corpus, args.docs, run)
            db = root / "i.sqlite"
            if run % 2:  # a refresh: built first, then most files changed
                ix.refresh(schema.open_index(db), [corpus], jobs=1)
                make_corpus(corpus, args.docs + 50, run + 1000)
            outcome = kill_at_random(db, corpus, rng, jobs=1 + run % 2)
            killed += outcome == "killed"
            raw = sqlite3.connect(db)
            sound = raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            raw.close()
            conn = schema.open_index(db)
            ix.refresh(conn, [corpus], jobs=1)
            clean = schema.open_index(root / "clean.sqlite")
            ix.refresh(clean, [corpus], jobs=1)
            ok = sound and dump(conn) == dump(clean)
            survived += ok
            kind = "refresh" if run % 2 else "first build"
            print(f"run {run + 1:3d} ({kind}, {outcome}): {'ok' if ok else 'DAMAGED OR DIFFERENT'}")
    print(f"{survived}/{args.runs} indexes survived kill -9 ({killed} killed mid-way, the rest had finished)")
    sys.exit(0 if survived == args.runs else 1)


if __name__ == "__main__":
    main()
