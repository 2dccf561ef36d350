"""The quick tsv row writer gives exactly what the cell-by-cell one gives."""

from __future__ import annotations

import io
import random

from rescite.render.records import _cell, _tsv_field, _tsv_line, _tsv_row, write_rows

ALPHABET = "aZ09 /-=+@'\\\t\r\n\x00\x1b\x7f\x85\u00a0\u2028\u200eé中\udcff"


def test_tsv_row_equals_the_cell_by_cell_writer() -> None:
    rng = random.Random(11)
    fields = ("a", "b", "c", "d", "e")
    for _ in range(3000):
        row: dict[str, object] = {}
        for f in fields:
            pick = rng.random()
            if pick < 0.15:
                continue  # missing: None
            if pick < 0.25:
                row[f] = rng.choice([True, False, 0, -3, 2.5, None])
            elif pick < 0.35:
                row[f] = ["".join(rng.choices(ALPHABET, k=rng.randrange(4))) for _ in range(rng.randrange(3))]
            else:
                row[f] = "".join(rng.choices(ALPHABET, k=rng.randrange(6)))
        expected = "\t".join(_tsv_field(_cell(row.get(f))) for f in fields) + "\n"
        assert _tsv_row(row, fields) == expected, row
        assert _tsv_line(row, fields) == expected, row


def test_rows_written_in_batches_are_the_rows_one_by_one() -> None:
    rows: list[dict[str, object]] = [
        {"id": f"A/RES/{i}/1", "n": i, "t": "=x" if i % 7 == 0 else "ok"} for i in range(1000)
    ]
    for fmt in ("ids", "jsonl", "csv", "tsv"):
        out = io.StringIO()
        assert write_rows(iter(rows), ("id", "n", "t"), fmt, out) == 1000
        lines = out.getvalue().splitlines()
        assert len(lines) == 1000 + (fmt in ("csv", "tsv")), fmt
        assert lines[-1].startswith("A/RES/999/1") or '"A/RES/999/1"' in lines[-1], fmt
