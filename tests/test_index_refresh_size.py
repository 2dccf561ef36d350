"""A long-lived index: many one-file refreshes leave it about the size of a fresh build,
answering searches as a fresh build does (the search table's merges free pages, given back)."""

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


_SYLLABLES = ["ka", "lo", "mer", "vi", "tas", "pon", "dru", "sel", "ni", "gor", "ab", "ust", "fen", "qui"]


def _word(rng: random.Random) -> str:
    return made_up_word(rng, _SYLLABLES)


def _doc(rng: random.Random, i: int, docs: int, edit: int = 0) -> str:
    lines = [f"@id A/RES/71/{i}", "@title " + " ".join(_word(rng) for _ in range(6))]
    for k in range(rng.randrange(3, 8)):
        cited = rng.randrange(docs)
        words = " ".join(_word(rng) for _ in range(rng.randrange(8, 20)))
        lines.append(f"{k + 1}. Decides [A/RES/71/{cited}] on {words}")
    if edit:
        lines.append(f"Recalling [A/RES/70/{edit}] on {_word(rng)} {_word(rng)}")
    return "\n".join(lines) + "\n"


def _pages(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA page_count").fetchone()[0])


def _answers(conn: sqlite3.Connection, words: list[str]) -> list[list[tuple[object, ...]]]:
    return [[(r["id"], r["score"], r["context"]) for r in search(conn, w, limit=0)] for w in words]


@pytest.mark.parametrize(
    ("docs", "refreshes", "edited", "seed"),
    [
        (400, 30, 3, 1),  # a merge of the search table's large segments within the first refreshes
        (400, 100, 5, 2),  # and the later ones
        (800, 60, 1, 3),  # one file changed again and again
        (300, 100, 10, 4),
    ],
)
def test_refreshes_keep_the_size_and_answers_of_a_fresh_build(
    tmp_path: Path, docs: int, refreshes: int, edited: int, seed: int
) -> None:
    """``edited``: how many files the refreshes change, one a time (the tables but the search
    table's grow by their pages split by a change of a document, as a fresh build's would)."""
    rng = random.Random(seed)
    root = tmp_path / "c"
    root.mkdir()
    for i in range(docs):
        (root / f"d{i}.txt").write_text(_doc(random.Random(seed * 100_000 + i), i, docs))
    conn = schema.open_index(tmp_path / "long.sqlite")
    ix.refresh(conn, [root], jobs=1)
    for step in range(refreshes):  # one file changed at a time
        i = rng.randrange(edited) * (docs // edited)
        (root / f"d{i}.txt").write_text(_doc(random.Random(seed * 100_000 + i), i, docs, edit=step + 1))
        ix.refresh(conn, [root], jobs=1)
    fresh = schema.open_index(tmp_path / "fresh.sqlite")
    ix.refresh(fresh, [root], jobs=1)
    assert _pages(conn) <= 1.05 * _pages(fresh), (_pages(conn), _pages(fresh))
    words = [_word(random.Random(k)) for k in range(12)] + ["decides", "A/RES/71/7", "recalling"]
    assert _answers(conn, words) == _answers(fresh, words)
    assert any(_answers(fresh, words))
    conn.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
