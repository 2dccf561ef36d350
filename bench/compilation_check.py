"""Compilation check: a file made of many texts gives the same citations per text as the
texts read one by one.

The texts of a corpus folder (default ``../shared/corpus-ga`` beside the repository; read at
run time, never copied) are joined into one text, blank lines between them, and extracted
once; each text is also extracted on its own.  Printed: the number of texts, of parts found,
of (source_id, target) pairs each way and how many differ, and the number of records whose
fields (target, date, section, paragraph, verb, offset) differ.  Exit 1 when any pair differs.

    .venv/bin/python bench/compilation_check.py [--corpus DIR] [--layout blank|dense|pages]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rescite.engine.extract import extract_text
from rescite.read import read_text

REPO = Path(__file__).resolve().parent.parent
SEPARATOR = "\n\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus-ga")
    ap.add_argument(
        "--layout",
        choices=["blank", "dense", "pages"],
        default="blank",
        help="blank: the texts as they are, a blank line between them; dense: every blank line taken out "
        "and the texts joined by a line break (a PDF's text layer when paragraphs are set apart by "
        "spacing); pages: the same, each text on pages of its own (a form feed between them)",
    )
    args = ap.parse_args()
    files = sorted(args.corpus.glob("*.txt"))
    if not files:
        print(f"compilation_check: no *.txt in {args.corpus}", file=sys.stderr)
        return 2
    texts = [read_text(str(f)) for f in files]
    separator = SEPARATOR
    if args.layout != "blank":
        texts = ["\n".join(line.rstrip() for line in t.split("\n") if line.strip()) for t in texts]
        separator = "\n" if args.layout == "dense" else "\f"
    single_pairs: set[tuple[str | None, str]] = set()
    single_records: list[tuple[object, ...]] = []
    offset = 0
    for f, text in zip(files, texts, strict=True):
        for c in extract_text(text, str(f)).citations:
            if c.target:
                single_pairs.add((c.source_id, c.target))
            single_records.append(
                (c.source_id, c.target, c.date, c.section, c.paragraph, c.verb, c.start + offset)
            )
        offset += len(text) + len(separator)
    joined = extract_text(separator.join(texts), "compilation")
    joined_pairs = {(c.source_id, c.target) for c in joined.citations if c.target}
    joined_records = [
        (c.source_id, c.target, c.date, c.section, c.paragraph, c.verb, c.start) for c in joined.citations
    ]
    missing, extra = single_pairs - joined_pairs, joined_pairs - single_pairs
    records_differ = len(set(single_records) ^ set(joined_records))
    print(f"texts {len(files)}, parts found {len(joined.parts)}")
    print(f"(source_id, target) pairs: one file per text {len(single_pairs)}, one file {len(joined_pairs)}")
    print(f"differing pairs: {len(missing) + len(extra)} (missing {len(missing)}, extra {len(extra)})")
    print(f"differing records (target, date, section, paragraph, verb, offset): {records_differ}")
    for sign, pairs in (("-", missing), ("+", extra)):
        for source_id, target in sorted(pairs, key=str)[:20]:
            print(f"  {sign} {source_id} -> {target}")
    return 1 if missing or extra else 0


if __name__ == "__main__":
    sys.exit(main())
