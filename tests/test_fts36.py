"""The search table of a long-lived index: refreshes that take rows out of it and put them
back leave its search index within a bound of a fresh build's (each refresh merging a
bounded part of it), answering as a fresh build does; an index made before keeps working."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from fake_engine import fake_extract, made_up_word
from rescite.corpus import index as ix
from rescite.corpus import reading, schema
from rescite.corpus.search import search


@pytest.fixture(autouse=True)
def _fake_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "extract_text", fake_extract)


_SYLLABLES = ["dor", "ve", "lin", "ash", "mo", "rik", "tua", "sen", "bel", "kra", "os", "nep", "jul", "ti"]


def _word(rng: random.Random) -> str:
    return made_up_word(rng, _SYLLABLES)


def _doc(i: int, docs: int, seed: int, edits: tuple[int, ...] = ()) -> str:
    """Document ``i``: its own paragraphs, each citing another document or one of the five
    texts every document recalls (whose search rows hold 40 sentences); ``edits``: the
    paragraphs added by later versions, each citing one of those five."""
    rng = random.Random(seed * 100_000 + i)
    lines = [f"@id A/RES/74/{i}", "@title " + " ".join(_word(rng) for _ in range(6))]
    for k in range(rng.randrange(3, 7)):
        cited = f"A/RES/74/{rng.randrange(docs)}" if k % 2 else f"A/RES/60/{rng.randrange(5)}"
        words = " ".join(_word(rng) for _ in range(rng.randrange(10, 20)))
        lines.append(f"{k + 1}. Recalling [{cited}] on {words}")
    for e in edits:
        words = " ".join(_word(random.Random(e)) for _ in range(12))
        lines.append(f"Welcomes [A/RES/60/{e % 5}] and the {words}")
    return "\n".join(lines) + "\n"


def _fts_bytes(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT sum(length(block)) FROM search_fts_data").fetchone()[0])


def _answers(conn: sqlite3.Connection, words: list[str]) -> list[list[tuple[object, ...]]]:
    return [[(r["id"], r["score"], r["context"]) for r in search(conn, w, limit=0)] for w in words]


def _corpus(root: Path, docs: int, seed: int) -> None:
    root.mkdir()
    for i in range(docs):
        (root / f"d{i}.txt").write_text(_doc(i, docs, seed))


def _words() -> list[str]:
    return [_word(random.Random(k)) for k in range(10)] + ["welcomes", "A/RES/60/3", "recalling"]


@pytest.mark.parametrize(
    ("docs", "refreshes", "edited", "seed"),
    [
        (300, 150, 1, 1),  # one file changed again and again, a new paragraph each time
        (300, 150, 30, 2),  # thirty files in turn
        (500, 120, 500, 3),  # a different file each time
    ],
)
def test_many_refreshes_keep_the_search_index_near_a_fresh_builds(
    tmp_path: Path, docs: int, refreshes: int, edited: int, seed: int
) -> None:
    root = tmp_path / "c"
    _corpus(root, docs, seed)
    conn = schema.open_index(tmp_path / "long.sqlite")
    ix.refresh(conn, [root], jobs=1)
    edits: dict[int, tuple[int, ...]] = {}
    for step in range(refreshes):  # one file changed at a time
        i = (step * 7) % edited * (docs // edited)
        edits[i] = (*edits.get(i, ()), step + 1)
        (root / f"d{i}.txt").write_text(_doc(i, docs, seed, edits[i]))
        ix.refresh(conn, [root], jobs=1)
    fresh = schema.open_index(tmp_path / "fresh.sqlite")
    ix.refresh(fresh, [root], jobs=1)
    # a small index merges once 20,000 characters of rows were taken out (``STALE_MIN``), a
    # tenth of these: within a fifth of a fresh build's (it grew to 1.5-1.8 times as large)
    assert _fts_bytes(conn) <= 1.2 * _fts_bytes(fresh), (_fts_bytes(conn), _fts_bytes(fresh))
    words = _words()
    assert _answers(conn, words) == _answers(fresh, words)
    assert all(_answers(fresh, ["welcomes", "recalling", "A/RES/60/3"]))
    conn.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


#: The meta keys of the search table's merges, which an index made before did not have.
_NEW_KEYS = ("search_chars", "search_stale", "search_merging", "search_merges")


@pytest.mark.parametrize("refreshes", [0, 1, 20])
def test_an_index_made_before_the_merge_counts_still_answers(tmp_path: Path, refreshes: int) -> None:
    root = tmp_path / "c"
    _corpus(root, 200, 4)
    conn = schema.open_index(tmp_path / "old.sqlite")
    ix.refresh(conn, [root], jobs=1)
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("DELETE FROM meta WHERE key = ?", ((k,) for k in _NEW_KEYS))
    conn.execute("COMMIT")
    for step in range(refreshes):
        (root / "d10.txt").write_text(_doc(10, 200, 4, tuple(range(1, step + 2))))
        ix.refresh(conn, [root], jobs=1)
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    assert not any(k in meta for k in _NEW_KEYS)  # left as it was: FTS5's own merges
    fresh = schema.open_index(tmp_path / "fresh.sqlite")
    ix.refresh(fresh, [root], jobs=1)
    words = _words()
    assert _answers(conn, words) == _answers(fresh, words)
    assert all(_answers(conn, ["recalling", "A/RES/60/3"]))


@pytest.mark.parametrize("limit", [1, 3])
def test_after_so_many_merges_the_search_table_is_built_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: int
) -> None:
    """Each merge puts the search index a level or two up in FTS5's structure: after
    ``MERGES_BEFORE_REBUILD`` of them the next refresh builds the search table whole."""
    from rescite.corpus import search as search_module

    monkeypatch.setattr(search_module, "MERGES_BEFORE_REBUILD", limit)
    root = tmp_path / "c"
    _corpus(root, 300, 5)
    conn = schema.open_index(tmp_path / "x.sqlite")
    ix.refresh(conn, [root], jobs=1)
    edits: dict[int, tuple[int, ...]] = {}
    counts = []
    for step in range(60):
        i = (step * 11) % 300
        edits[i] = (*edits.get(i, ()), step + 1)
        (root / f"d{i}.txt").write_text(_doc(i, 300, 5, edits[i]))
        ix.refresh(conn, [root], jobs=1)
        counts.append(int(dict(conn.execute("SELECT key, value FROM meta").fetchall())["search_merges"]))
    assert max(counts) == limit
    assert 0 in counts[counts.index(limit) :]  # built whole: counted from nought again
    fresh = schema.open_index(tmp_path / "fresh.sqlite")
    ix.refresh(fresh, [root], jobs=1)
    assert _answers(conn, _words()) == _answers(fresh, _words())
