"""The quick tsv row writer gives exactly what the cell-by-cell one gives."""

from __future__ import annotations

import io
import json
import random

from rescite.render.records import _cell, _tsv_field, _tsv_line, _tsv_row, write_rows
from rescite.render.safe import json_indented

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


def _value(rng: random.Random, depth: int) -> object:
    pick = rng.random()
    if depth < 3 and pick < 0.15:
        return [_value(rng, depth + 1) for _ in range(rng.randrange(4))]
    if depth < 3 and pick < 0.25:
        return tuple(_value(rng, depth + 1) for _ in range(rng.randrange(3)))
    if depth < 3 and pick < 0.4:
        return {"".join(rng.choices(ALPHABET, k=rng.randrange(4))): _value(rng, depth + 1) for _ in range(4)}
    return rng.choice(
        [
            None,
            True,
            False,
            0,
            -7,
            2**70,
            0.1,
            -0.0,
            1e-05,
            2.5e300,
            float("nan"),
            float("inf"),
            -float("inf"),
            "".join(rng.choices(ALPHABET, k=rng.randrange(6))),
        ]
    )


def test_indented_json_is_the_json_modules() -> None:
    rng = random.Random(5)
    for _ in range(2000):
        value = _value(rng, 0)
        assert json_indented(value) == json.dumps(value, ensure_ascii=False, indent=2), value
    odd: dict[object, object] = {1: "a", "b": [1, {None: 2}]}  # keys that are not strings
    assert json_indented(odd) == json.dumps(odd, ensure_ascii=False, indent=2)
