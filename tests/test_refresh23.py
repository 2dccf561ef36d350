"""The search table of an index built whole is one segment (FTS5's ``optimize``): filled whole,
FTS5 leaves it in several large segments, which the commits of later one-file refreshes merge
(on 10,000 documents one refresh in about sixteen paid a merge of most of the search index).
Merged at the build, the refreshes' small segments merge among themselves; the answers are
the same."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path
from typing import Any, cast

import pytest

from fake_engine import fake_extract, made_up_word
from rescite.corpus import index as ix
from rescite.corpus import reading, schema
from rescite.corpus import search as search_table


@pytest.fixture(autouse=True)
def _fake_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "extract_text", fake_extract)


_SYLLABLES = ["ra", "ton", "mel", "shi", "vok", "da", "nir", "pul", "es", "gam", "tri", "ob"]


def _word(rng: random.Random) -> str:
    return made_up_word(rng, _SYLLABLES)


def _doc(i: int, docs: int, edit: int = 0) -> str:
    rng = random.Random(7_000 + i)
    lines = [f"@id A/RES/68/{i}", "@title " + " ".join(_word(rng) for _ in range(5))]
    for k in range(rng.randrange(3, 7)):
        words = " ".join(_word(rng) for _ in range(rng.randrange(8, 16)))
        lines.append(f"{k + 1}. Requests [A/RES/68/{rng.randrange(docs)}] on {words}")
    if edit:
        lines.append(f"Recalling [A/RES/67/{edit}] on {_word(rng)}")
    return "\n".join(lines) + "\n"


class _SmallHash:
    """A connection whose new search table flushes its pending terms every ``size`` bytes (FTS5's
    ``hashsize``; 1 MB by default): a small index filled whole then makes the many segments a
    large one does."""

    def __init__(self, conn: sqlite3.Connection, size: int) -> None:
        self.conn, self.size = conn, size

    def execute(self, sql: str, *args: Any) -> Any:
        cur = self.conn.execute(sql, *args)
        if sql.startswith("CREATE VIRTUAL TABLE search_fts"):
            self.conn.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', ?)", (self.size,))
        return cur

    def __getattr__(self, name: str) -> Any:
        return getattr(self.conn, name)


def _segments(conn: sqlite3.Connection) -> set[int]:
    """The segments of the search index (a data row's id holds its segment's number above bit 37)."""
    return {r[0] for r in conn.execute("SELECT DISTINCT id >> 37 FROM search_fts_data WHERE id >> 37 > 0")}


def _answers(conn: sqlite3.Connection, words: list[str]) -> list[list[tuple[object, ...]]]:
    return [
        [(r["id"], r["score"], r["context"]) for r in search_table.search(conn, w, limit=0)] for w in words
    ]


#: (documents, FTS5's hashsize while the table is filled, one-file refreshes after)
BUILDS = [
    (60, 512, 0),
    (60, 2048, 0),
    (120, 1024, 6),
    (120, 4096, 20),  # past FTS5's crisis merge of sixteen segments of one level
]


@pytest.mark.parametrize(("docs", "hashsize", "refreshes"), BUILDS)
def test_a_whole_build_leaves_one_segment_that_refreshes_do_not_merge(
    tmp_path: Path, docs: int, hashsize: int, refreshes: int
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    for i in range(docs):
        (root / f"d{i}.txt").write_text(_doc(i, docs), encoding="utf-8")
    conn = schema.open_index(tmp_path / "ix.sqlite")
    ix.refresh(conn, [root], jobs=1)
    words = [_word(random.Random(k)) for k in range(10)] + ["requests", "A/RES/68/3"]
    before = _answers(conn, words)
    conn.execute("BEGIN IMMEDIATE")  # the search table filled whole again, in many flushes
    search_table.rebuild(cast(sqlite3.Connection, _SmallHash(conn, hashsize)))
    conn.execute("COMMIT")
    built = _segments(conn)
    assert len(built) == 1
    assert _answers(conn, words) == before and any(before)
    for step in range(refreshes):
        (root / "d5.txt").write_text(_doc(5, docs, edit=step + 1), encoding="utf-8")
        ix.refresh(conn, [root], jobs=1)
        assert built <= _segments(conn)  # the build's segment is kept as it is
    conn.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")
