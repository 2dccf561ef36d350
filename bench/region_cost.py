#!/usr/bin/env python3
"""How much of ``extract_text``'s time, stage by stage, goes to paragraphs that give no record:
the bound on what a prefilter (the finders run only on the stretches that hold an anchor) could
save.

    PYTHONPATH=src .venv/bin/python bench/region_cost.py CORPUS [--rounds 3]

Each text of CORPUS (``*.txt``) is extracted once and cut into paragraphs (runs of lines between
blank lines).  A paragraph is *recorded* when a citation of the whole text overlaps it, else
*anchored* when, past its own number ("12.", "(b)"), it holds a digit or a place where
``name_start`` (the lexicon's bodies and instruments' first words, the scan of
:func:`rescite.engine.find_base.names_in`) matches, else *bare*.  Three copies of the corpus are
then extracted, the stages timed in CPU (each a wrapper over the name ``extract`` calls it by;
min over ``--rounds`` interleaved rounds): the texts whole, the recorded paragraphs alone (what
a prefilter that knew the answer would keep) and the recorded and anchored ones (what one that
keeps the paragraphs holding an anchor keeps at least).  The copies cut the texts' structure
(headings, page furniture, notes): ``normalise`` and ``segment`` read them otherwise, and only
the finders' rows say what a prefilter could save.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from rescite.engine import extract as x  # noqa: E402
from rescite.grammar.rules import patterns  # noqa: E402

#: the stages ``extract`` calls by a name of its own module (``_citation`` is one a record)
STAGES = (
    "normalise",
    "segment",
    "compilation_parts",
    "names_in",
    "find_symbols",
    "find_numbered",
    "find_coded",
    "find_instruments",
    "find_treaties",
    "find_sc_numbers",
    "find_link_symbols",
    "find_ibids",
    "find_roman_sessions",
    "_citation",
)
#: the stages that read the text's structure, not its mentions
WHOLE = ("normalise", "segment")
_PARAGRAPH = re.compile(r"(?s).+?(?:\n[ \t]*\n|\Z)")
_OWN_NUMBER = re.compile(r"\s*(?:\(?[0-9a-zivx]{1,4}[.)]\s)?")
_DIGIT = re.compile(r"\d")


def kinds(text: str) -> list[tuple[str, str]]:
    """The text's paragraphs, each with its kind ("recorded", "anchored" or "bare")."""
    spans = [(c.start, c.end) for c in x.extract_text(text).citations]
    name_start = patterns("").name_start
    out = []
    for m in _PARAGRAPH.finditer(text):
        a, b = m.span()
        part = text[a:b]
        if any(s < b and e > a for s, e in spans):
            kind = "recorded"
        elif _DIGIT.search(part, _OWN_NUMBER.match(part).end()) or name_start.search(part):  # type: ignore[union-attr]
            kind = "anchored"
        else:
            kind = "bare"
        out.append((kind, part))
    return out


def timed(spent: defaultdict[str, float], name: str, f: Callable[..., Any]) -> Callable[..., Any]:
    def g(*a: Any, **k: Any) -> Any:
        t0 = time.process_time()
        try:
            return f(*a, **k)
        finally:
            spent[name] += time.process_time() - t0

    return g


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.corpus.glob("*.txt"))]
    for t in texts:
        x.extract_text(t)  # (the patterns built and kept)
    parts = [kinds(t) for t in texts]
    size = Counter[str]()
    for ps in parts:
        for kind, part in ps:
            size[kind] += len(part)
    total = sum(size.values())
    print(
        f"{len(texts)} texts, {total:,} characters: "
        + ", ".join(f"{k} {100 * size[k] / total:.1f} %" for k in ("recorded", "anchored", "bare"))
    )
    copies = {
        "whole": texts,
        "recorded": ["".join(p for k, p in ps if k == "recorded") for ps in parts],
        "+anchored": ["".join(p for k, p in ps if k != "bare") for ps in parts],
    }
    spent: defaultdict[str, float] = defaultdict(float)
    for name in STAGES:
        setattr(x, name, timed(spent, name, getattr(x, name)))
    best: dict[str, dict[str, float]] = {}
    for _ in range(args.rounds):
        for label, ts in copies.items():
            spent.clear()
            t0 = time.process_time()
            for t in ts:
                x.extract_text(t)
            got = {**spent, "pass": time.process_time() - t0}
            best[label] = {k: min(v, best.get(label, got).get(k, v)) for k, v in got.items()}
    print(f"{'ms a pass':20}" + "".join(f"{label:>12}" for label in copies))
    rows = ["pass", *sorted(STAGES, key=lambda s: -best["whole"].get(s, 0.0))]
    for row in rows:
        print(f"{row:20}" + "".join(f"{1000 * best[label].get(row, 0.0):12.1f}" for label in copies))
    finders = [s for s in STAGES if s not in WHOLE]
    print(
        f"{'the finders':20}"
        + "".join(f"{1000 * sum(best[label].get(s, 0.0) for s in finders):12.1f}" for label in copies)
    )


if __name__ == "__main__":
    main()
