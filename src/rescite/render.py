"""Rendering records for people (rich table) and for scripts (jsonl, json, csv, tsv)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO

from .models import RECORD_FIELDS, Citation


def write_jsonl(citations: Iterable[Citation], out: IO[str]) -> None:
    """One JSON object per line.  Characters that some readers take for a line end
    (U+0085, U+2028, U+2029) are escaped too, so one record is always one line."""
    for c in citations:
        out.write(json.dumps(c.to_record(), ensure_ascii=False).translate(_JSONL_ESCAPES) + "\n")


_JSONL_ESCAPES = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def write_citations(citations: list[Citation], fmt: str, out: IO[str]) -> None:
    """Write ``citations`` to ``out`` as ``jsonl``, ``json``, ``csv``, ``tsv`` or a ``table``.

    CSV quotes as RFC 4180 does.  TSV never quotes: a tab, line end or backslash inside a
    field is written ``\\t``, ``\\n``, ``\\r``, ``\\\\``, so every record is one line
    of exactly ``len(RECORD_FIELDS)`` fields.  ``null`` is an empty field in both.
    """
    if fmt == "jsonl":
        write_jsonl(citations, out)
    elif fmt == "json":
        json.dump([c.to_record() for c in citations], out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(RECORD_FIELDS)
        for c in citations:
            writer.writerow(["" if v is None else v for v in c.to_record().values()])
    elif fmt == "tsv":
        out.write("\t".join(RECORD_FIELDS) + "\n")
        for c in citations:
            out.write("\t".join(_tsv_field(v) for v in c.to_record().values()) + "\n")
    elif fmt == "table":
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        table = Table(show_lines=False)
        for col in ("source_id", "section", "paragraph", "text", "target", "date", "function", "verb"):
            table.add_column(col, overflow="fold")
        for c in citations:
            # Text(), not str: a mention like "[1]" or "[/b]" must not be read as rich markup.
            table.add_row(
                Text(c.source_id or ""),
                Text(c.section or ""),
                Text(c.paragraph or ""),
                Text(c.text),
                Text(c.target) if c.target is not None else Text("unresolved", style="red"),
                Text(c.date or ""),
                Text(c.function or ""),
                Text(c.verb or ""),
            )
        Console(file=out).print(table)
    else:
        raise ValueError(f"unknown format {fmt!r}")


_TSV_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _tsv_field(value: object) -> str:
    return "" if value is None else str(value).translate(_TSV_ESCAPES)
