"""A first build fills its tables in bulk: the secondary indexes are made after the rows,
and the dictionary pass compresses on the build's pool, not in the one writer."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from fake_engine import fake_extract, write_corpus
from rescite.corpus import index as ix
from rescite.corpus import packing, reading, schema


def _secondary(conn: sqlite3.Connection) -> set[str]:
    sql = "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"  # not the automatic ones
    return {r[0] for r in conn.execute(sql)}


@pytest.mark.parametrize(
    ("task", "missing"),
    [
        # the writer's loop: the indexes of the documents and mentions are made after it
        ("extract_file", {"documents_node", "mentions_target", "mentions_source"}),
        # the dictionary pass runs on the pool, once every index is made again
        ("_repack", set()),
    ],
)
def test_first_build_in_bulk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, task: str, missing: set[str]
) -> None:
    monkeypatch.setattr(reading, "extract_text", fake_extract)
    monkeypatch.setattr(packing, "DICTIONARY_MIN_DOCS", 1)
    corpus = write_corpus(tmp_path / "corpus")
    conn = schema.open_index(tmp_path / "index.sqlite")
    every = _secondary(conn)
    seen: dict[str, set[str]] = {}

    def mapper(func: Callable[[Any], Any], works: Iterable[Any]) -> Iterator[Any]:
        name = getattr(func, "func", func).__name__  # a partial: the function it calls
        seen[name] = every - _secondary(conn)
        return map(func, works)

    ix.refresh(conn, [corpus], mapper=mapper)
    assert seen[task] == missing
    assert _secondary(conn) == every  # all made again
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
