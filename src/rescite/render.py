"""Rendering records for people (rich table) and for scripts (jsonl, json, csv, tsv)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO

from .models import RECORD_FIELDS, Citation


def write_jsonl(citations: Iterable[Citation], out: IO[str]) -> None:
    for c in citations:
        out.write(json.dumps(c.to_record(), ensure_ascii=False) + "\n")


def write_citations(citations: list[Citation], fmt: str, out: IO[str]) -> None:
    if fmt == "jsonl":
        write_jsonl(citations, out)
    elif fmt == "json":
        json.dump([c.to_record() for c in citations], out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt in ("csv", "tsv"):
        writer = csv.writer(out, delimiter="\t" if fmt == "tsv" else ",", lineterminator="\n")
        writer.writerow(RECORD_FIELDS)
        for c in citations:
            writer.writerow(["" if v is None else v for v in c.to_record().values()])
    elif fmt == "table":
        from rich.console import Console
        from rich.table import Table

        table = Table(show_lines=False)
        for col in ("source_id", "section", "paragraph", "text", "target", "date", "function", "verb"):
            table.add_column(col, overflow="fold")
        for c in citations:
            table.add_row(
                c.source_id or "",
                c.section or "",
                c.paragraph or "",
                c.text,
                c.target or "[red]unresolved[/red]",
                c.date or "",
                c.function or "",
                c.verb or "",
            )
        Console(file=out).print(table)
    else:
        raise ValueError(f"unknown format {fmt!r}")
