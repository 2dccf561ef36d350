"""The size of a long-lived index: refreshes that each change a different file (its rows
written again at the end of their tables, a new citation splitting its citing text's full
page of the graph's index) leave the index within a bound of a fresh build's size per
document, packing it again when it grows past it; the packed index answers as a fresh build
does, and an index made before (without its packed size) keeps working."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from fake_engine import fake_extract, made_up_word
from rescite.corpus import index as ix
from rescite.corpus import packing, reading, schema
from rescite.corpus.search import search


@pytest.fixture(autouse=True)
def _fake_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "extract_text", fake_extract)


_SYLLABLES = ["mar", "tu", "ol", "ven", "dra", "ki", "sol", "pem", "ar", "lu", "gos", "ni"]


def _doc(i: int, docs: int, seed: int, edits: int = 0) -> str:
    """Document ``i``: numbered paragraphs citing other documents of the corpus or one of
    five older texts; each of its ``edits`` adds a paragraph citing a text not cited before."""
    rng = random.Random(seed * 100_000 + i)
    lines = [f"@id A/RES/75/{i}", "@title " + " ".join(made_up_word(rng, _SYLLABLES) for _ in range(6))]
    for k in range(rng.randrange(4, 9)):
        cited = f"A/RES/75/{rng.randrange(docs)}" if k % 2 else f"A/RES/61/{rng.randrange(5)}"
        words = " ".join(made_up_word(rng, _SYLLABLES) for _ in range(rng.randrange(8, 16)))
        lines.append(f"{k + 1}. Recalling [{cited}] on {words}")
    for e in range(edits):
        lines.append(f"Noting [A/RES/40/{1000 * i + e}] and the report on its follow-up")
    return "\n".join(lines) + "\n"


def _corpus(root: Path, docs: int, seed: int) -> None:
    root.mkdir()
    for i in range(docs):
        (root / f"d{i}.txt").write_text(_doc(i, docs, seed))


def _pages_per_doc(conn: sqlite3.Connection) -> float:
    pages = (
        conn.execute("PRAGMA page_count").fetchone()[0] - conn.execute("PRAGMA freelist_count").fetchone()[0]
    )
    return float(pages / conn.execute("SELECT count(*) FROM documents").fetchone()[0])


def _answers(conn: sqlite3.Connection) -> list[list[tuple[object, ...]]]:
    """What an index answers, without its own numbers (documents, nodes, facts)."""
    citations = conn.execute(
        "SELECT d.path, c.seq, c.target, c.text, c.kind, c.date, c.function, c.verb, c.section, "
        "c.paragraph, c.pinpoint, c.context, c.line FROM citations c JOIN documents d ON d.doc = c.doc "
        "ORDER BY d.path, c.seq"
    ).fetchall()
    nodes = conn.execute(
        "SELECT id, kind, body, date, name, in_corpus, cited_by, mentions, cites, round(pagerank, 9) "
        "FROM nodes ORDER BY id"
    ).fetchall()
    edges = conn.execute(
        "SELECT s.id, t.id, e.mentions, f.function, f.verb, f.section, f.paragraph, f.pinpoint "
        "FROM edges e JOIN nodes s ON s.node = e.citing JOIN nodes t ON t.node = e.cited "
        "LEFT JOIN edge_facts f ON f.facts = e.facts ORDER BY s.id, t.id"
    ).fetchall()
    documents = conn.execute(
        "SELECT path, size, hash, lang, source_id, node_id, title, body, date FROM documents ORDER BY path"
    ).fetchall()
    # (equal scores come in the order of their search rows, which a refresh renumbers)
    found = [
        sorted((r["id"], r["context"]) for r in search(conn, w, limit=0)) for w in ("noting", "A/RES/61/2")
    ]
    return [[tuple(r) for r in rows] for rows in (citations, nodes, edges, documents)] + found


@pytest.mark.parametrize(
    ("docs", "refreshes", "stride", "seed"),
    [
        (400, 120, 37, 1),  # a different file each time (stride prime to the corpus)
        (400, 120, 1, 2),  # the next file each time
    ],
)
def test_many_refreshes_keep_the_index_near_a_fresh_builds_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, docs: int, refreshes: int, stride: int, seed: int
) -> None:
    # a small index: packed again once grown by a hundredth, as a large one is (no floor of pages)
    monkeypatch.setattr(packing, "REPACK_MIN_PAGES", 0, raising=False)
    root = tmp_path / "c"
    _corpus(root, docs, seed)
    conn = schema.open_index(tmp_path / "long.sqlite")
    ix.refresh(conn, [root], jobs=1)
    built = _pages_per_doc(conn)
    edits: dict[int, int] = {}
    largest = built
    for step in range(refreshes):  # one file changed at a time, a new citation each time
        i = (step * stride) % docs
        edits[i] = edits.get(i, 0) + 1
        (root / f"d{i}.txt").write_text(_doc(i, docs, seed, edits[i]))
        ix.refresh(conn, [root], jobs=1)
        largest = max(largest, _pages_per_doc(conn))
    fresh = schema.open_index(tmp_path / "fresh.sqlite")
    ix.refresh(fresh, [root], jobs=1)
    # never more than a hundredth over its last packing, itself near a fresh build's size
    # (these grew by about a tenth, unpacked); pages counted, not bytes of a file or seconds
    bound = _pages_per_doc(fresh) * 1.05
    assert largest <= bound, (largest, bound, built)
    assert _answers(conn) == _answers(fresh)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("refreshes", [1, 60])
def test_an_index_made_before_the_packed_size_takes_its_own_as_packed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, refreshes: int
) -> None:
    monkeypatch.setattr(packing, "REPACK_MIN_PAGES", 0, raising=False)
    root = tmp_path / "c"
    _corpus(root, 300, 4)
    conn = schema.open_index(tmp_path / "old.sqlite")
    ix.refresh(conn, [root], jobs=1)
    conn.execute("DELETE FROM meta WHERE key = 'packed'")  # as an index made before had it
    for step in range(refreshes):
        i = (step * 41) % 300
        (root / f"d{i}.txt").write_text(_doc(i, 300, 4, 1 + step // 300))
        ix.refresh(conn, [root], jobs=1)
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    # its size at the first refresh is the packed size it compares with
    assert "packed" in meta
    fresh = schema.open_index(tmp_path / "fresh.sqlite")
    ix.refresh(fresh, [root], jobs=1)
    assert _answers(conn) == _answers(fresh)
    if refreshes > 1:
        assert _pages_per_doc(conn) <= _pages_per_doc(fresh) * 1.05
