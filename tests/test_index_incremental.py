"""Incremental graph upkeep: after any sequence of changes the index equals a clean build."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from fake_engine import fake_extract
from rescite.corpus import index as ix
from rescite.corpus import packing, reading, schema
from rescite.corpus.keys import natural_key, sort_key
from rescite.corpus.measures import ensure_pagerank
from rescite.corpus.traversal import edge_infos


@pytest.fixture(autouse=True)
def _fake_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "extract_text", fake_extract)


def dump(conn: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    """The index by content (node keys and row ids aside, which depend on history)."""
    return {
        "nodes": [
            tuple(r)
            for r in conn.execute(
                "SELECT id, skey, fold, tail, kind, body, date, name, in_corpus, cited_by, mentions, cites "
                "FROM nodes ORDER BY skey, id"
            )
        ],
        "edges": [
            tuple(r)
            for r in conn.execute(
                "SELECT s.id, t.id, e.mentions, k.function, k.verb, k.section, k.paragraph, k.pinpoint "
                "FROM edges e JOIN nodes s ON s.node = e.citing JOIN nodes t ON t.node = e.cited "
                "LEFT JOIN edge_facts k ON k.facts = e.facts ORDER BY s.id, t.id"
            )
        ],
        "citations": [
            tuple(r)
            for r in conn.execute(
                "SELECT d.path, c.seq, c.source_id, c.start, c.target, c.kind, c.pinpoint, c.verb, "
                "rescite_context(x.data, c.ctx), "
                "c.ctx_start, c.ctx_end FROM citations c JOIN documents d USING (doc) "
                "LEFT JOIN contexts x ON x.doc = c.doc ORDER BY d.path, c.seq"
            )
        ],
        "votes": [tuple(r) for r in conn.execute("SELECT * FROM votes ORDER BY 1, 2, 3, 4, 5")],
        "search": [
            tuple(r) for r in conn.execute("SELECT id, title, names, context FROM search_fts ORDER BY id")
        ],
        "documents": [
            tuple(r)
            for r in conn.execute(
                "SELECT path, rel, hash, source_id, node_id, title, date, error FROM documents ORDER BY path"
            )
        ],
        # the counts a refresh keeps up to date by the change (edges, nodes) or counts again
        "counts": [
            tuple(r)
            for r in conn.execute(
                "SELECT key, value FROM meta "
                "WHERE key IN ('documents', 'errors', 'nodes', 'edges') ORDER BY key"
            )
        ],
    }


def _doc(rng: random.Random, n_ids: int) -> str:
    lines = []
    if rng.random() < 0.85:
        lines.append(f"@id A/RES/70/{rng.randrange(n_ids)}")  # duplicates of one id happen too
    if rng.random() < 0.5:
        lines.append(f"@title Title {rng.randrange(5)}")
    if rng.random() < 0.5:
        lines.append(f"@date 20{rng.randrange(10, 24)}-01-0{rng.randrange(1, 9)}")
    for _ in range(rng.randrange(0, 6)):
        if rng.random() < 0.15:  # a compilation: the next mentions are another text's
            lines.append(f"@part A/RES/70/{rng.randrange(n_ids)}")
        targets = " and ".join(
            f"[A/RES/70/{rng.randrange(n_ids)}]"
            if rng.random() < 0.8
            else f"[S/RES/{rng.randrange(3)}(2000)]"
            for _ in range(rng.randrange(1, 4))
        )
        verb = rng.choice(["Recalling", "Noting", "1. Decides", "2. Welcomes"])
        entitled = f", entitled “Title {rng.randrange(3)}”" if rng.random() < 0.3 else ""
        lines.append(f"{verb} {targets}{entitled}")
    return "\n".join(lines) + "\n"


def _packed_with_dictionary(conn: sqlite3.Connection) -> list[bool]:
    """Whether each document's sentences are compressed with a preset dictionary."""
    from rescite.corpus.fresh import packed_with_dictionary

    return [packed_with_dictionary(bytes(r[0])) for r in conn.execute("SELECT data FROM contexts")]


@pytest.mark.parametrize("seed", range(6))
def test_any_changes_equal_a_clean_build(tmp_path: Path, seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # odd seeds: the sentences compressed with a dictionary made of the first build's (as a
    # corpus of many documents has), the sentences of every later refresh with the same
    words = seed % 2 == 1
    monkeypatch.setattr(packing, "DICTIONARY_MIN_DOCS", 1 if words else 10**9)
    rng = random.Random(seed)
    root = tmp_path / "c"
    root.mkdir()
    n_ids = 12
    for i in range(10):
        folder = root / f"f{i % 3}"
        folder.mkdir(exist_ok=True)
        (folder / f"d{i}.txt").write_text(_doc(rng, n_ids))
    conn = schema.open_index(tmp_path / "inc.sqlite")
    ix.refresh(conn, [root], jobs=1)
    assert all(_packed_with_dictionary(conn)) if words else not any(_packed_with_dictionary(conn))
    joined = False  # an edge of several mentions with different facts, joined
    for step in range(8):
        files = sorted(root.glob("**/*.txt"))
        for _ in range(rng.randrange(1, 4)):
            action = rng.random()
            if action < 0.5 and files:
                rng.choice(files).write_text(_doc(rng, n_ids))
            elif action < 0.7 and files:
                victim = rng.choice(files)
                victim.unlink()
                files.remove(victim)
            elif action < 0.8:
                folder = root / f"f{rng.randrange(5)}"
                folder.mkdir(exist_ok=True)
                (folder / f"n{step}_{rng.randrange(1000)}.txt").write_text(_doc(rng, n_ids))
            elif action < 0.9:
                (root / f"n{step}_{rng.randrange(1000)}.txt").write_text(_doc(rng, n_ids))
            else:  # a whole folder goes
                folder = root / f"f{rng.randrange(5)}"
                if folder.exists():
                    for f in folder.iterdir():
                        f.unlink()
                        if f in files:
                            files.remove(f)
                    folder.rmdir()
        ix.refresh(conn, [root], jobs=1)
        clean = schema.open_index(tmp_path / f"clean{step}.sqlite")
        ix.refresh(clean, [root], jobs=1)
        assert dump(conn) == dump(clean), f"seed {seed}, step {step}"
        if words:  # the sentences refreshes added too; the same answers as without a dictionary
            assert all(_packed_with_dictionary(conn))
            monkeypatch.setattr(packing, "DICTIONARY_MIN_DOCS", 10**9)
            plain = schema.open_index(tmp_path / f"plain{step}.sqlite")
            ix.refresh(plain, [root], jobs=1)
            monkeypatch.setattr(packing, "DICTIONARY_MIN_DOCS", 1)
            assert not any(_packed_with_dictionary(plain))
            assert dump(conn) == dump(plain), f"seed {seed}, step {step}"
        # the facts stored with each edge are those its mentions give (as `path` reads them)
        stored = {(r[0], r[1]): r[3:] for r in dump(conn)["edges"]}
        read = edge_infos(conn, [tuple(k) for k in conn.execute("SELECT citing, cited FROM edges")])
        fields = ("function", "verb", "section", "paragraph", "pinpoint")
        assert {(i["source_id"], i["target"]): tuple(i[f] for f in fields) for i in read.values()} == stored
        assert any(v[0] for v in stored.values())
        joined = joined or any("; " in str(v) for v in stored.values())
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # the search index holds exactly the words of the rows it serves (FTS5 checks it
        # against the external content: a row taken out with other words than it went in
        # with, or put in twice, fails here)
        conn.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")
        clean.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")
    assert joined


def test_pagerank_is_lazy_and_stamped(tmp_path: Path) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text("@id A/RES/70/1\nRecalling [A/RES/70/2]\n")
    (root / "b.txt").write_text("@id A/RES/70/2\nRecalling [A/RES/70/3]\n")
    conn = schema.open_index(tmp_path / "i.sqlite")
    ix.refresh(conn, [root], jobs=1)
    first = ensure_pagerank(conn)
    assert ensure_pagerank(conn) == first  # nothing changed: not computed again
    (root / "c.txt").write_text("@id A/RES/70/3\nRecalling [A/RES/70/1]\n")
    ix.refresh(conn, [root], jobs=1)
    second = ensure_pagerank(conn)
    assert second[0] == first[0] + 1
    ranks = [r[0] for r in conn.execute("SELECT pagerank FROM nodes")]
    assert ranks == pytest.approx([1 / 3] * 3, abs=1e-4)  # a cycle: all equal


def test_sort_key_orders_as_natural_key() -> None:
    ids = [
        "A/RES/72/13",
        "A/RES/72/2",
        "A/RES/9/1",
        "A/RES/72/1",
        "S/RES/2331(2016)",
        "S/RES/99(1950)",
        "A/72/007",
        "A/72/7a",
        "file:b/notes.txt",
        "UNTS/2237/39574",
        "A/HRC/RES/5/1",
        "A",
    ]
    assert sorted(ids, key=sort_key) == sorted(ids, key=natural_key)


def test_search_table_of_the_previous_version_is_upgraded(tmp_path: Path) -> None:
    """An index whose search table stored its own copy of the text (before the external-content
    table) is upgraded at the next refresh that changes something: no rebuild of the index,
    the same answers as a clean build, the search index consistent with its text."""
    from rescite.corpus.search import SEARCH_FORMAT, search

    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text("@id A/RES/70/1\nRecalling [A/RES/70/2], entitled “Oceans and seas”\n")
    (root / "b.txt").write_text("@id A/RES/70/2\nNoting [A/RES/70/3] on fisheries\n")
    conn = schema.open_index(tmp_path / "i.sqlite")
    ix.refresh(conn, [root], jobs=1)
    # the table as the previous version made it
    conn.execute("DROP TABLE search_fts")
    conn.execute(
        "CREATE VIRTUAL TABLE search_fts USING fts5(id UNINDEXED, title, names, context, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    conn.execute(
        "INSERT INTO search_fts(rowid, id, title, names, context) SELECT node, id, title, names, context "
        "FROM search_content"
    )
    conn.execute("DELETE FROM meta WHERE key = 'search_format'")
    before = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    (root / "c.txt").write_text("@id A/RES/70/3\n1. Decides [A/RES/70/1]\n")
    summary = ix.refresh(conn, [root], jobs=1)
    assert summary.new == 1 and not summary.rebuilt
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == before + 1
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    assert meta["search_format"] == SEARCH_FORMAT
    # the words are stored once, in the index's own tables: no second copy for the search
    assert conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_fts_content'").fetchone() is None
    conn.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")
    clean = schema.open_index(tmp_path / "clean.sqlite")
    ix.refresh(clean, [root], jobs=1)
    assert dump(conn) == dump(clean)
    found = [r["id"] for r in search(conn, "oceans")]
    assert found == [r["id"] for r in search(clean, "oceans")] and "A/RES/70/2" in found


def test_sentences_packed_with_a_dictionary_read_back() -> None:
    """A document's sentences compressed with the index's dictionary (a raw stream after a mark
    and the dictionary's id), as the first version wrote them (a zlib stream naming its
    dictionary) and without one all read back; a missing dictionary or a value cut short is
    an error, never other text."""
    import zlib

    from rescite.corpus import fresh

    words = b"Recalling its resolution of the General Assembly on the Convention" * 40
    fresh._DICTIONARIES[fresh.dictionary_id(words)] = words
    raw = b"Recalling its resolution 70/1 of 25 September 2015,\x00Welcoming the Convention"
    packed = fresh.pack(raw, words)
    assert fresh.packed_with_dictionary(packed) and packed[:1] == b"\x00"
    assert len(packed) < len(fresh.pack(raw))
    assert fresh.unpack(packed) == raw
    first = zlib.compressobj(6, zdict=words)
    legacy = first.compress(raw) + first.flush()
    assert fresh.packed_with_dictionary(legacy) and fresh.unpack(legacy) == raw
    plain = fresh.pack(raw)
    assert not fresh.packed_with_dictionary(plain) and fresh.unpack(plain) == raw
    with pytest.raises(zlib.error):
        fresh.unpack(packed[:-3])
    other = b"another corpus, another dictionary " * 30
    with pytest.raises(zlib.error):
        fresh.unpack(fresh.pack(raw, other))  # its dictionary was never loaded


def _plans(conn: sqlite3.Connection, statements: list[str]) -> list[str]:
    """The query plan's lines of each statement a refresh ran (as it ran: values in place)."""
    out = []
    for sql in statements:
        if sql.lstrip().split(" ", 1)[0].upper() in ("SELECT", "INSERT", "UPDATE", "DELETE", "WITH"):
            out += [f"{r[3]}\t{sql}" for r in conn.execute("EXPLAIN QUERY PLAN " + sql)]
    return out


@pytest.mark.parametrize(
    "table",
    [
        "edge_facts",  # each set of facts its new edges have, looked up by value
        "edges",  # their count: the stored one, plus the edges added, less those taken out
    ],
)
def test_refresh_of_one_file_reads_no_table_whole(tmp_path: Path, table: str) -> None:
    rng = random.Random(7)
    root = tmp_path / "c"
    root.mkdir()
    for i in range(12):
        (root / f"d{i}.txt").write_text(_doc(rng, 8))
    conn = schema.open_index(tmp_path / "inc.sqlite")
    ix.refresh(conn, [root], jobs=1)
    changed = "@id A/RES/70/3\nRecalling [A/RES/70/5] and [A/RES/70/6]\n2. Welcomes [A/RES/70/5]\n"
    (root / "d3.txt").write_text(changed)
    ran: list[str] = []
    conn.set_trace_callback(ran.append)
    summary = ix.refresh(conn, [root], jobs=1)
    conn.set_trace_callback(None)
    assert summary.changed == 1
    whole = [p for p in _plans(conn, ran) if p.startswith(f"SCAN {table}")]
    assert not whole, whole
