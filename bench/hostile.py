#!/usr/bin/env python3
"""Hostile input: does the time taken grow linearly with the size of the input?

Each generator below builds a text of a given size (10 KB, 100 KB and 1 MB by default)
that once made some stage of the engine slow: long runs of white space after a number,
one very long line, huge ranges, unclosed HTML comments and tags, deep nesting,
pathological lists.  Each case runs in its own child process, with a time limit, through
the whole extraction pipeline (normalise, segment, find, resolve).

How it is timed, so that a loaded machine does not pass for superlinear time: times are
CPU times of the child (other processes do not count); the sizes are run in rounds,
interleaved (10 KB, 100 KB, 1 MB, 10 KB, …: what slows the machine for a while slows every
size alike), at least 5 rounds and up to 10 while the case has taken under 6 s; within a
round a small input is run as a batch of runs that take about 50 ms together, timed as one
(a 10 KB case takes a few ms, and one run of it is mostly timer and cache noise); each
size's time shown is its fastest round.  The growth from one size to the next is the
median, over the rounds (the first left out: it sets the batches and warms the caches), of
the two sizes' ratio within a round — the ratio of figures measured side by side, as every
benchmark here reports it: a ratio of two minima taken in different rounds moved by up to
a third from run to run on a shared machine (10.0× one run, 12.8× the next).
Every run gets its text as a new string object: the engine remembers what it found in
the last text it scanned (by identity), and a repeated run would skip that work.
Times under 1 ms count as 1 ms.  The growth factor per 10× of input is printed; linear
is 10×, and anything over 12× (or a case over its time limit) is a failure: the script
then exits 1.  Peak RSS is the child's (interpreter and rescite included) after its
largest input.

The damaged text, HTML, Word and PDF files of ``bench/hostile_read.py`` (the readers'
own benchmark) are added when that file is present, read and then extracted.

    .venv/bin/python bench/hostile.py [--sizes 10000,100000,1000000] [--only NAME] [--json]

Standard library only (plus rescite itself).
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

MAX_GROWTH = 12.0
#: Seconds a single case may take before it counts as a hang.
TIME_LIMIT = float(os.environ.get("HOSTILE_TIME_LIMIT", "120"))

_PARA = (
    "The General Assembly,\n\nRecalling its resolutions 60/1 of 16 September 2005 and 64/293 of "
    "30 July 2010, and Security Council resolution 1325 (2000),\n\n"
    "1. Welcomes the report of the Secretary-General (A/70/123);\n"
)


def _fill(unit: str, size: int) -> str:
    return (unit * (size // max(1, len(unit)) + 1))[:size]


def _tail(head: str, filler: str, size: int) -> str:
    return head + _fill(filler, max(0, size - len(head)))


GENERATORS: dict[str, Callable[[int], str]] = {
    # one number and then nothing but white space: the pattern for the words after a
    # number (body, date, annex) used to try every split of the run
    "spaces after a number": lambda n: _tail("resolution 64/293", " ", n),
    "newlines after a number": lambda n: _tail("resolution 64/293", "\n", n),
    "mixed white space after a number": lambda n: _tail("resolution 64/293 of", " \t\n\u00a0", n),
    "spaces after every number": lambda n: _fill("resolution 64/293" + " " * 500, n),
    "white space then a comma": lambda n: _tail("resolution 64/293", " ", n - 1) + ",",
    "one long line": lambda n: _fill(_PARA.replace("\n", " "), n),
    "ordinary text": lambda n: _fill(_PARA, n),
    "huge ranges": lambda n: _fill("resolutions 64/1 to 64/99999 and 65/1 to 65/9999, ", n),
    "ranges of elements": lambda n: _fill("documents A/64/1/Add.1 to Add.99999, ", n),
    "a list without end": lambda n: (
        "resolutions " + ", ".join(f"{i % 80}/{i % 300 + 1}" for i in range(n // 7))
    ),
    "numbers without keyword": lambda n: _fill("64/293, ", n),
    "letters without end": lambda n: "resolution 64/293 " + _fill("A, B and C, ", n),
    "elliptic list": lambda n: "resolutions 64/1, " + ", ".join(str(i % 9000 + 2) for i in range(n // 5)),
    "keywords without numbers": lambda n: _fill("resolutions of the General Assembly, ", n),
    "dot leaders": lambda n: _fill("Resolution 64/293" + "." * 200 + " 12\n", n),
    "digits": lambda n: _fill("1234567890", n),
    "slashes": lambda n: _fill("64/", n),
    "symbol parts": lambda n: _fill("A/RES/", n),
    "nested parentheses": lambda n: "resolution 64/293 " + "(" * (n // 2) + ")" * (n // 2),
    "unclosed HTML comments": lambda n: "<html><body><p>" + _fill("resolution 64/293 <!-- ", n),
    "unclosed HTML tags": lambda n: "<html><body><p>" + _fill("resolution 64/293 <p class='x ", n),
    "unclosed script": lambda n: "<html><body><p>" + _fill("<script>resolution 64/293 ", n),
    "deeply nested HTML": lambda n: "<html><body>" + "<div>" * (n // 12) + "64/293" + "</div>" * (n // 12),
    "nested notes and lists": lambda n: (
        "<html><body>" + _fill("<div class='footnotes'><ol start=9><li><p>See resolution 64/293 <ul><li>", n)
    ),
    "a notes element never closed": lambda n: (
        "<html><body><section role='doc-endnotes'><ol>" + _fill("<li><p>resolution 64/293</p>\n</li>", n)
    ),
    "entities": lambda n: "<html><body><p>" + _fill("&#1234567;&amp;&#x41;&unknownentity", n),
    "footnote markers": lambda n: _fill("Convention3 Convention 4, Ibid., vol. 2225, No. 39574 ", n),
    "treaty series": lambda n: _fill("United Nations, Treaty Series, vol. 1, ", n),
    "ibid": lambda n: _fill("Ibid. ", n),
    "hyphens at line ends": lambda n: _fill("resolu-\n", n),
    # a page number alone on its line: the text before it was copied to look back
    "page numbers on their lines": lambda n: _fill("Recalling its resolution 64/293\n- 3 -\n", n),
    # job numbers ("18-18418") on one long line: the line's ends were looked for each time
    "job numbers on one line": lambda n: _fill("A/RES/64/293 18-18418 2/3 ", n),
    # symbols, separators and body names on one long line: each looked back to the line's start
    "symbols on one line": lambda n: _fill("see A/RES/64/293 and S/RES/1325 (2000), ", n),
    "separators on one line": lambda n: _fill("_____ note ---------- ", n),
    "bodies on one line": lambda n: _fill("The General Assembly, the Security Council, ", n),
    "combining marks": lambda n: "resolution 64/293 e" + "\u0301" * n,
    "control characters": lambda n: _fill("resolution 64/293\x1b[2J\x00\x07\r", n),
    "arabic spaced symbols": lambda n: _fill("A / 59 / ", n),
    "half-spaced symbols": lambda n: _fill("A/ 59/ 648 /", n),
    # page breaks without job numbers: each page's edges read for a frame
    "page frames": lambda n: _fill("Recalling its resolution 64/293 and\n3\n\fA/RES/64/1\n", n),
    "form feeds": lambda n: "resolution 64/293 " + _fill("\f", n),
    # rows of a PDF table without cell separators: each looks up for its header row
    "table rows without separators": lambda n: (
        "Resolution Title Date\n" + _fill("64/293 Title of the text 30 July 2010\n", n)
    ),
    "numbers opening lines": lambda n: _fill("64/293 Title\n", n),
    # an Arabic text layer with words glued to numbers, and right-to-left PDF lines
    "arabic glued numbers": lambda n: _fill("المؤرخ18 قراره2374( 2017) ", n),
    # stop 10: marks a right-to-left layer moved, a symbol's bracket after a trailing space,
    # note lines that number back, a list in one note after another
    "arabic moved marks": lambda n: _fill("قرارها2625- (د25 ) دإ21/2 العامA / 78 / 244( ) ", n),
    "brackets after trailing spaces": lambda n: _fill("A/80/12 \n(Part I) S/RES/2601 \n(2021) ", n),
    "notes numbering back": lambda n: "Text 1 of\n__________________\n" + _fill("3 See\n2 (A/79/2),\n", n),
    "lists in notes": lambda n: (
        "Text,1\n__________________\n"
        + "".join(f"{k} Recalling its decision {k}/1 of 1 May 2012,\n" for k in range(1, n // 40))
    ),
}


def _read_generators() -> dict[str, Callable[[int], bytes]]:
    """Damaged files from the readers' own benchmark (``bench/hostile_read.py``: ``CASES``,
    a list of (name, function(size) -> bytes)), when it is present."""
    path = Path(__file__).with_name("hostile_read.py")
    if not path.exists():
        return {}
    import importlib.util

    spec = importlib.util.spec_from_file_location("hostile_read", path)
    if spec is None or spec.loader is None:
        return {}
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {f"read: {name}": gen for name, gen in getattr(module, "CASES", [])}


def _inputs(name: str, sizes: list[int]) -> tuple[Callable[[object], int], list[tuple[object, int]]]:
    """What is timed for case ``name`` (a function of one input) and its inputs, with the
    number of bytes each counts for."""
    from rescite.engine.extract import extract_text

    if name.startswith("read: "):
        from rescite.read import UnreadableInput, read_document

        gen = _read_generators()[name]
        kind = name[len("read: ") :]

        def read(data: object) -> int:
            assert isinstance(data, bytes)
            try:
                doc = read_document(data, kind)
            except UnreadableInput:
                return -1
            return len(extract_text(doc.text, source=kind).citations)

        return read, [(gen(size), size) for size in sizes]  # the nominal size: a Word file is compressed

    def extract(text: object) -> int:
        assert isinstance(text, str)
        return len(extract_text(text, source="hostile").citations)

    texts = [GENERATORS[name](size) for size in sizes]
    return extract, [(text, len(text.encode())) for text in texts]


#: After the first round, a small input is run in batches that take about this much CPU time,
#: timed together (their mean is one sample): a 10 KB case takes milliseconds, and one run of
#: it is mostly noise.  Every size then has one sample per round (a minimum over more samples
#: for the small sizes would favour them).
SMALL_RUNS_S = 0.05
#: Rounds over all sizes: at least MIN_ROUNDS, then more while the case has taken less
#: than ROUNDS_S seconds (at most MAX_ROUNDS).
MIN_ROUNDS, MAX_ROUNDS, ROUNDS_S = 5, 10, 6.0


def _fresh(data: object) -> object:
    """An equal input that is another object: the engine remembers the last text it scanned
    (by identity), and a run again on the same object would skip that work."""
    if isinstance(data, str):
        return (data + " ")[:-1]
    return data


def _child(name: str, sizes: list[int]) -> list[dict[str, Any]]:
    """Run one case here (in the child), all its sizes, and return their figures.

    The sizes are timed in rounds, interleaved (10 KB, 100 KB, 1 MB, 10 KB, …), so that
    what slows the machine for a while slows every size alike; each size's time is the
    fastest of all its runs (CPU time of this process: other processes do not count)."""
    import resource

    from rescite.engine.extract import extract_text

    extract_text(_fill(_PARA, 5000), source="warm-up")  # lexicon loaded, patterns compiled
    run, inputs = _inputs(name, sizes)
    best = [float("inf")] * len(inputs)
    samples: list[list[float]] = [[] for _ in inputs]  # each round's time, for each size
    records = [0] * len(inputs)
    batch = [1] * len(inputs)  # runs timed together: a batch of a small input takes SMALL_RUNS_S
    spent = 0.0
    rounds = 0
    while rounds < MIN_ROUNDS or (spent < ROUNDS_S and rounds < MAX_ROUNDS):
        rounds += 1
        for i, (data, _) in enumerate(inputs):
            copies = [_fresh(data) for _ in range(batch[i])]
            t0 = time.process_time()
            for copy in copies:
                records[i] = run(copy)
            t = time.process_time() - t0
            best[i] = min(best[i], t / batch[i])
            samples[i].append(t / batch[i])
            spent += t
            if rounds == 1:
                batch[i] = max(1, min(1000, math.ceil(SMALL_RUNS_S / max(t, 1e-6))))
    # peak resident memory of this child (interpreter and rescite included), in bytes: the
    # largest input's, as the sizes grow
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    return [
        {"seconds": t, "bytes": n, "records": r, "peak": peak, "rounds": rounds, "samples": ts}
        for t, (_, n), r, ts in zip(best, inputs, records, samples, strict=True)
    ]


def growth_per_10x(a: dict[str, Any], b: dict[str, Any]) -> float:
    """How much the time grows from input ``a`` to the larger ``b``, per 10× of size: the
    median over the rounds of the two sizes' ratio within a round (run close together, so
    the machine's state weighs on both alike), the first round left out (it sets the batch
    sizes and warms the caches).  Times under 1 ms count as 1 ms."""
    step: float = (b["bytes"] / a["bytes"]) / 10
    pairs = list(zip(a.get("samples") or [a["seconds"]], b.get("samples") or [b["seconds"]], strict=True))
    if len(pairs) >= 3:
        pairs = pairs[1:]
    return float(statistics.median(tb / max(ta, 1e-3) for ta, tb in pairs)) / step


def _run_case(name: str, sizes: list[int]) -> list[dict[str, Any]]:
    try:
        proc = subprocess.run(
            [sys.executable, __file__, "--child", name, ",".join(map(str, sizes))],
            capture_output=True,
            text=True,
            timeout=TIME_LIMIT,
        )
    except subprocess.TimeoutExpired:
        return [{"seconds": None, "error": f"over {TIME_LIMIT:.0f} s"}]
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["?"])[-1]
        return [{"seconds": None, "error": f"exit {proc.returncode}: {last}"}]
    result: list[dict[str, Any]] = json.loads(proc.stdout)
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,100000,1000000", help="Input sizes in characters.")
    ap.add_argument("--only", action="append", help="Only the cases whose name holds this (repeatable).")
    ap.add_argument("--json", action="store_true", help="One JSON object on stdout.")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(_child(args.child[0], [int(n) for n in args.child[1].split(",")])))
        return 0
    sizes = [int(s) for s in args.sizes.split(",")]
    names = [*GENERATORS, *_read_generators()]
    if args.only:
        names = [n for n in names if any(o in n for o in args.only)]
    report: dict[str, Any] = {"max_growth": MAX_GROWTH, "cases": {}}
    failed = []
    for name in names:
        rows = _run_case(name, sizes)
        growth = []
        for a, b in itertools.pairwise(rows):
            if a.get("seconds") and b.get("seconds") is not None:
                growth.append(growth_per_10x(a, b))
        bad = any(r["seconds"] is None for r in rows) or any(g > MAX_GROWTH for g in growth)
        if bad:
            failed.append(name)
        report["cases"][name] = {"runs": rows, "growth_per_10x": growth, "ok": not bad}
        if not args.json:
            times = "  ".join(
                f"{r['seconds'] * 1000:9.1f} ms" if r["seconds"] is not None else f"{r['error']:>12}"
                for r in rows
            )
            g = "  ".join(f"{x:5.1f}×" for x in growth)
            worst_mb = max(
                (r["seconds"] / (r["bytes"] / 1e6) for r in rows if r.get("seconds") and r["bytes"]),
                default=0,
            )
            peak = max((r.get("peak", 0) for r in rows), default=0) / 1e6
            print(
                f"{'FAIL' if bad else 'ok  '} {name:34} {times}  growth {g:16} "
                f"{worst_mb:6.2f} s/MB  peak RSS {peak:6.1f} MB",
                flush=True,
            )
    report["failed"] = failed
    if args.json:
        print(json.dumps(report, indent=2))
    elif failed:
        print(f"\n{len(failed)} case(s) grow faster than {MAX_GROWTH:.0f}× per 10×: " + "; ".join(failed))
    else:
        print(f"\nall {len(names)} cases grow at most {MAX_GROWTH:.0f}× per 10×")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
