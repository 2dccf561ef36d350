"""The quick tsv row writer gives exactly what the cell-by-cell one gives."""

from __future__ import annotations

import random

from rescite.render.records import _cell, _tsv_field, _tsv_row

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
