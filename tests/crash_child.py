"""Run by the crash tests in a child process: refresh an index with the test engine, slowly.

python tests/crash_child.py DB CORPUS JOBS
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fake_engine import fake_extract
from rescite.corpus import index as ix
from rescite.corpus import reading, schema


def slow_extract(text: str, source: str = "-", lang: str | None = None) -> Any:
    time.sleep(0.002)  # so that a kill lands in the middle of the work
    return fake_extract(text, source, lang)


def main() -> None:
    db, corpus, jobs = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    reading.extract_text = slow_extract
    conn = schema.open_index(db)
    print("open", flush=True)
    ix.refresh(conn, [corpus], jobs=jobs)
    print("done", flush=True)


if __name__ == "__main__":
    main()
