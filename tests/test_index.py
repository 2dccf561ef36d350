"""The corpus index: building, incremental refresh, atomicity, schema versions, lookups."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from fake_engine import CORPUS, fake_extract, write_corpus
from rescite.corpus import index as ix
from rescite.corpus import lists, query, reading, schema, traversal
from rescite.corpus.fresh import context
from rescite.corpus.keys import natural_key
from rescite.corpus.measures import ensure_pagerank
from rescite.corpus.walk import discover
from rescite.models import ExtractResult, replace


@pytest.fixture(autouse=True)
def _fake_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "extract_text", fake_extract)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus")


def _build(tmp_path: Path, corpus: Path, jobs: int = 1) -> tuple[sqlite3.Connection, ix.RefreshSummary]:
    conn = schema.open_index(tmp_path / "index.sqlite")
    return conn, ix.refresh(conn, [corpus], jobs=jobs)


def _dump(conn: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    return {
        "nodes": [
            tuple(r)[1:-1] for r in conn.execute("SELECT * FROM nodes ORDER BY skey, id")
        ],  # keys and PageRank aside
        "edges": [
            tuple(r)
            for r in conn.execute(
                "SELECT s.id, t.id, e.mentions, k.function, k.verb, k.section, k.paragraph, k.pinpoint "
                "FROM edges e JOIN nodes s ON s.node = e.citing JOIN nodes t ON t.node = e.cited "
                "LEFT JOIN edge_facts k ON k.facts = e.facts ORDER BY s.id, t.id"
            )
        ],
        "citations": [
            tuple(r)[2:]
            for r in conn.execute(
                "SELECT c.*, rescite_context(x.data, c.ctx) FROM citations c JOIN documents d USING (doc) "
                "LEFT JOIN contexts x ON x.doc = c.doc ORDER BY d.path, c.seq"
            )
        ],
        "documents": [
            tuple(r)
            for r in conn.execute(
                "SELECT path, rel, hash, source_id, node_id, title FROM documents ORDER BY path"
            )
        ],
    }


def test_build_counts_and_nodes(tmp_path: Path, corpus: Path) -> None:
    conn, s = _build(tmp_path, corpus)
    assert (s.files, s.new, s.changed, s.removed, s.documents) == (5, 5, 0, 0, 5)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    ids = [r[0] for r in conn.execute("SELECT id FROM nodes ORDER BY node")]
    assert ids == [
        "A/73/263",
        "A/RES/55/25",
        "A/RES/64/293",
        "A/RES/72/1",
        "A/RES/73/146",
        "A/RES/74/176",
        "A/RES/76/186",
        "CTOC/COP/DEC/4/4",
        "file:b/notes.txt",
        "S/RES/2331(2016)",
        "UNTS/2237/39574",
    ]
    n = query.by_id(conn, "A/RES/64/293")
    assert n is not None
    assert (n["cited_by"], n["mentions"], n["in_corpus"], n["kind"]) == (4, 4, False, "resolution")
    assert n["link"] == "https://undocs.org/A/RES/64/293"
    own = query.by_id(conn, "A/RES/72/1")
    assert own is not None and own["in_corpus"] and own["date"] == "2017-09-27"
    assert own["name"] == "Political declaration on trafficking"
    treaty = query.by_id(conn, "UNTS/2237/39574")
    assert (
        treaty is not None
        and treaty["name"] == "Trafficking in Persons Protocol"
        and treaty["link"] == "https://treaties.un.org/doc/Publication/UNTS/Volume%202237/v2237.pdf"
    )


def test_every_record_field_is_stored(tmp_path: Path, corpus: Path) -> None:
    conn, _ = _build(tmp_path, corpus)
    text = (corpus / "a/72_1.txt").read_text()
    expected = [
        c.to_record() for c in fake_extract(text, source=str((corpus / "a/72_1.txt").resolve())).citations
    ]
    stored = [{k: m[k] for k in expected[0]} for m in query.cited_in(conn, "A/RES/55/25")]
    assert stored == [e for e in expected if e["target"] == "A/RES/55/25"]
    m = query.cited_in(conn, "A/RES/55/25")[0]
    assert m["context"][m["_ctx"][0] : m["_ctx"][1]] == "A/RES/55/25"


def test_mentions_name_their_targets_by_number(tmp_path: Path, corpus: Path) -> None:
    conn, _ = _build(tmp_path, corpus)
    assert {r[0] for r in conn.execute("SELECT typeof(target) FROM mentions")} == {"integer"}
    by_id = dict(
        conn.execute("SELECT g.id, count(*) FROM mentions m JOIN targets g ON g.t = m.target GROUP BY g.id")
    )
    assert by_id["A/RES/64/293"] == 4
    assert [m["target"] for m in query.cited_in(conn, "A/RES/64/293")] == ["A/RES/64/293"] * 4


@pytest.mark.parametrize(
    ("words", "stored"),
    [
        ("the Protocol on Maritime Cooperation", "number"),  # words of their own: by number
        ("", "number"),
        ("A/RES/64/293", None),  # the end of the target's id: not stored, read from the id
    ],
)
def test_words_of_a_mention_stored_once_by_number(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch, words: str, stored: str | None
) -> None:
    def worded(text: str, source: str = "-", lang: str | None = None) -> ExtractResult:
        got = fake_extract(text, source, lang)
        own = words == "A/RES/64/293"  # each mention's words are its target's id
        return ExtractResult(got.document, [replace(c, text=c.text if own else words) for c in got.citations])

    monkeypatch.setattr(reading, "extract_text", worded)
    conn, _ = _build(tmp_path, corpus)
    kinds = {r[0] for r in conn.execute("SELECT typeof(text) FROM mentions")}
    assert kinds == ({"integer"} if stored == "number" else {"null"})
    assert conn.execute("SELECT count(*) FROM texts").fetchone()[0] == (1 if stored else 0)
    assert {m["text"] for m in query.cited_in(conn, "A/RES/64/293")} == {words}
    assert {r[0] for r in conn.execute("SELECT text FROM citations WHERE target = 'A/73/263'")} == {
        "A/73/263" if stored is None else words
    }


@pytest.mark.parametrize(
    ("date", "stored"),
    [
        ("2017-09-27", 20170927),
        ("0999-01-02", 9990102),
        ("2017-09", "2017-09"),
        ("2017", "2017"),
        (None, None),
        ("２０１７-09-27", "２０１７-09-27"),  # digits of another width: kept as written
        ("2017/09/27", "2017/09/27"),
    ],
)
def test_whole_dates_stored_as_numbers_read_as_written(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch, date: str | None, stored: object
) -> None:
    def dated(text: str, source: str = "-", lang: str | None = None) -> ExtractResult:
        got = fake_extract(text, source, lang)
        return ExtractResult(got.document, [replace(c, date=date) for c in got.citations])

    monkeypatch.setattr(reading, "extract_text", dated)
    conn, _ = _build(tmp_path, corpus)
    assert {r[0] for r in conn.execute("SELECT date FROM mentions")} == {stored}
    assert {r[0] for r in conn.execute("SELECT date FROM citations")} == {date}
    assert {m["date"] for m in query.cited_in(conn, "A/RES/64/293")} == {date}


@pytest.mark.parametrize("numpy", [True, False])
def test_pagerank_matches_networkx(
    tmp_path: Path, corpus: Path, numpy: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    nx = pytest.importorskip("networkx")
    if not numpy:
        monkeypatch.setitem(__import__("sys").modules, "numpy", None)  # the plain-lists path
    conn, _ = _build(tmp_path, corpus)
    assert query.pagerank_stamp(conn) is None  # not computed by a refresh
    generation, _ = ensure_pagerank(conn)
    assert query.pagerank_stamp(conn)[:2] == (generation, generation)  # type: ignore[index]
    g = nx.DiGraph()
    g.add_nodes_from(r[0] for r in conn.execute("SELECT id FROM nodes"))
    g.add_edges_from(
        conn.execute(
            "SELECT s.id, t.id FROM edges e JOIN nodes s ON s.node=e.citing JOIN nodes t ON t.node=e.cited"
        )
    )
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

    expected = _pagerank_python(g)
    for cid, pr in conn.execute("SELECT id, pagerank FROM nodes"):
        assert pr == pytest.approx(expected[cid], abs=1e-4)


def test_incremental_refresh(tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    conn, _ = _build(tmp_path, corpus)
    calls: list[str] = []

    def counting(text: str, source: str = "-", lang: str | None = None) -> Any:
        calls.append(source)
        return fake_extract(text, source, lang)

    monkeypatch.setattr(reading, "extract_text", counting)
    s = ix.refresh(conn, [corpus], jobs=1)
    assert (s.new, s.changed, s.removed, s.unchanged, s.modified) == (0, 0, 0, 5, False)
    assert calls == []
    # touched but same content: hashed, not extracted again
    p = corpus / "b/74_176.txt"
    os.utime(p, ns=(time.time_ns(), time.time_ns() + 10_000_000_000))
    s = ix.refresh(conn, [corpus], jobs=1)
    assert (s.changed, calls) == (0, [])
    # changed content
    p.write_text(p.read_text() + "5. Requests [A/RES/75/1]\n")
    s = ix.refresh(conn, [corpus], jobs=1)
    assert s.changed == 1 and len(calls) == 1 and calls[0].endswith("74_176.txt")
    assert query.by_id(conn, "A/RES/75/1") is not None
    # removed
    (corpus / "b/notes.txt").unlink()
    s = ix.refresh(conn, [corpus], jobs=1)
    assert s.removed == 1 and query.by_id(conn, "file:b/notes.txt") is None
    # new
    (corpus / "c.txt").write_text("@id A/RES/77/1\nRecalling [A/RES/76/186]\n")
    s = ix.refresh(conn, [corpus], jobs=1)
    assert s.new == 1 and query.by_id(conn, "A/RES/76/186")["cited_by"] == 1  # type: ignore[index]


def test_order_does_not_depend_on_jobs(tmp_path: Path, corpus: Path) -> None:
    many = {
        f"d{i:03d}/doc.txt": f"@id A/RES/70/{i}\nRecalling [A/RES/70/{(i * 7) % 40}]\n" for i in range(40)
    }
    write_corpus(corpus, many)
    one = schema.open_index(tmp_path / "one.sqlite")
    ix.refresh(one, [corpus], jobs=1)
    two = schema.open_index(tmp_path / "two.sqlite")
    ix.refresh(two, [corpus], jobs=2)
    assert _dump(one) == _dump(two)


def test_failing_write_leaves_previous_index(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn, _ = _build(tmp_path, corpus)
    before = _dump(conn)
    (corpus / "a/72_1.txt").write_text("@id A/RES/72/1\nRecalling [A/RES/1/1]\n")

    def broken(*args: Any, **kwargs: Any) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(ix, "update_graph", broken)
    with pytest.raises(ix.IndexFailed, match="previous index kept"):
        ix.refresh(conn, [corpus], jobs=1)
    assert _dump(conn) == before
    reopened = schema.open_index(tmp_path / "index.sqlite")
    assert _dump(reopened) == before


def test_bad_file_never_stops_the_others(tmp_path: Path, corpus: Path) -> None:
    conn, _ = _build(tmp_path, corpus)
    (corpus / "a/72_1.txt").write_text("@id A/RES/72/1\nRecalling [A/RES/1/1]\n")
    (corpus / "z_broken.txt").write_text("@boom\n")
    s = ix.refresh(conn, [corpus], jobs=1)
    assert (s.changed, s.new, len(s.unreadable)) == (1, 1, 1)
    assert "z_broken.txt" in s.unreadable[0] and "engine broke" in s.unreadable[0]
    assert "\n" not in s.unreadable[0]
    assert query.by_id(conn, "A/RES/1/1") is not None  # the good change is in
    # queries do not read it again; `index` (retry) does, and names it again
    assert ix.refresh(conn, [corpus], jobs=1).unreadable == []
    again = ix.refresh(conn, [corpus], jobs=1, retry=True)
    assert len(again.unreadable) == 1 and not again.modified
    (corpus / "z_broken.txt").write_text("@id A/RES/79/1\nRecalling [A/RES/72/1]\n")
    fixed = ix.refresh(conn, [corpus], jobs=1)
    assert fixed.changed == 1 and fixed.unreadable == [] and query.by_id(conn, "A/RES/79/1") is not None


def test_mapper_in_any_order_gives_the_same_index(tmp_path: Path, corpus: Path) -> None:
    many = {f"m/{i:03d}.txt": f"@id A/RES/71/{i}\nRecalling [A/RES/71/{(i * 5) % 30}]\n" for i in range(30)}
    write_corpus(corpus, many)
    serial = schema.open_index(tmp_path / "serial.sqlite")
    ix.refresh(serial, [corpus], jobs=1)
    seen: list[str] = []

    def backwards(func: Any, works: Any) -> Any:
        items = list(works)
        seen.extend(w[0] for w in items)
        return [func(w) for w in reversed(items)]

    other = schema.open_index(tmp_path / "other.sqlite")
    ix.refresh(other, [corpus], mapper=backwards)
    assert len(seen) == 35
    assert _dump(other) == _dump(serial)


def test_interrupt_leaves_previous_index(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn, _ = _build(tmp_path, corpus)
    before = _dump(conn)
    (corpus / "new.txt").write_text("@id A/RES/78/1\nRecalling [A/RES/72/1]\n")

    def interrupted(*args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(reading, "extract_text", interrupted)
    with pytest.raises(KeyboardInterrupt):
        ix.refresh(conn, [corpus], jobs=1)
    assert _dump(schema.open_index(tmp_path / "index.sqlite")) == before


def test_reader_sees_old_or_new_never_half(tmp_path: Path, corpus: Path) -> None:
    conn, _ = _build(tmp_path, corpus)
    reader = sqlite3.connect(tmp_path / "index.sqlite", isolation_level=None)
    reader.execute("BEGIN")
    old = reader.execute("SELECT count(*) FROM nodes").fetchone()[0]
    (corpus / "new.txt").write_text("@id A/RES/78/1\nRecalling [A/RES/1/1] and [A/RES/2/2]\n")
    ix.refresh(conn, [corpus], jobs=1)
    assert reader.execute("SELECT count(*) FROM nodes").fetchone()[0] == old
    reader.execute("COMMIT")
    assert reader.execute("SELECT count(*) FROM nodes").fetchone()[0] == old + 3


def test_unreadable_file_is_skipped_with_message(tmp_path: Path, corpus: Path) -> None:
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02\x03\xff" * 20)
    conn, s = _build(tmp_path, corpus)
    assert s.documents == 5 and len(s.unreadable) == 1 and "binary" in s.unreadable[0]
    s = ix.refresh(conn, [corpus], jobs=1)
    assert not s.modified and s.unreadable == []  # queries do not read it again until it changes
    s = ix.refresh(conn, [corpus], jobs=1, retry=True)
    assert not s.modified and len(s.unreadable) == 1  # `rescite index` tries again


def test_counts_kept_by_a_refresh_are_the_counted_ones(tmp_path: Path, corpus: Path) -> None:
    """A refresh adds its change to the stored counts of documents and unreadable files (no scan
    of every row): after each kind of change they are what counting gives."""
    binary = b"\x00\x01\x02\x03\xff" * 20

    def counted(conn: sqlite3.Connection) -> tuple[int, int]:
        ok = conn.execute("SELECT count(*) FROM documents WHERE error IS NULL").fetchone()[0]
        bad = conn.execute("SELECT count(*) FROM documents WHERE error IS NOT NULL").fetchone()[0]
        return ok, bad

    def stored(conn: sqlite3.Connection) -> tuple[int, int]:
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        return int(meta["documents"]), int(meta["errors"])

    (corpus / "binary.txt").write_bytes(binary)
    conn, s = _build(tmp_path, corpus)
    assert stored(conn) == counted(conn) == (5, 1) and s.documents == 5
    steps: list[tuple[str, bytes]] = [
        ("second.txt", binary),  # a new unreadable file
        ("binary.txt", b"@id A/RES/70/9\nRecalling [A/RES/1/1]\n"),  # mended
        ("second.txt", b""),  # an unreadable file removed
        ("new.txt", b"@id A/RES/78/1\nRecalling [A/RES/2/2]\n"),
        ("new.txt", binary),  # a readable file made unreadable
        ("new.txt", b""),
    ]
    for name, data in steps:
        if data:
            (corpus / name).write_bytes(data)
        else:
            (corpus / name).unlink()
        ix.refresh(conn, [corpus], jobs=1)
        assert stored(conn) == counted(conn)
    ix.refresh(conn, [corpus], jobs=1, retry=True)
    assert stored(conn) == counted(conn) == (6, 0)


def test_other_schema_version_is_rebuilt(
    tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conn, _ = _build(tmp_path, corpus)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    conn = schema.open_index(tmp_path / "index.sqlite")
    assert "schema version 99" in capsys.readouterr().err
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
    assert ix.refresh(conn, [corpus], jobs=1).new == 5


def test_not_an_index(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(schema.IndexUnavailable, match="not a rescite index"):
        schema.open_index(bad)


def test_discover_skips_hidden_and_other_suffixes(tmp_path: Path, corpus: Path) -> None:
    (corpus / ".hidden").mkdir()
    (corpus / ".hidden/x.txt").write_text("x")
    (corpus / "image.png").write_bytes(b"\x89PNG")
    rels = [rel for _, rel in discover([corpus])]
    assert rels == sorted(f for f in CORPUS)
    assert discover([corpus / "image.png"])[0][1] == "image.png"  # named explicitly: taken
    with pytest.raises(FileNotFoundError):
        discover([tmp_path / "missing"])


def test_default_db_path_is_keyed_by_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    a = schema.default_db_path([tmp_path / "a"])
    assert a.parent == tmp_path / "cache" / "rescite"
    assert a != schema.default_db_path([tmp_path / "b"])
    assert schema.default_db_path([tmp_path / "a", tmp_path / "b"]) == schema.default_db_path(
        [tmp_path / "b", tmp_path / "a"]
    )


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("64/293", ["A/RES/64/293"]),
        ("A/RES/64/293", ["A/RES/64/293"]),
        ("a/res/64/293", ["A/RES/64/293"]),
        ("res 64/293", ["A/RES/64/293"]),
        ("resolution 64/293", ["A/RES/64/293"]),
        ("2331 (2016)", ["S/RES/2331(2016)"]),
        ("S/RES/2331 (2016)", ["S/RES/2331(2016)"]),
        ("decision 4/4", ["CTOC/COP/DEC/4/4"]),
        ("4/4", ["CTOC/COP/DEC/4/4"]),
        ("Trafficking in Persons Protocol", ["UNTS/2237/39574"]),
        ("Protocole relatif à la traite des personnes", ["UNTS/2237/39574"]),
        ("unts/2237/39574", ["UNTS/2237/39574"]),
        ("coordination", ["A/RES/74/176", "A/RES/76/186"]),
        ("A/RES/99/99", []),
    ],
)
def test_lookup(tmp_path: Path, corpus: Path, q: str, expected: list[str]) -> None:
    conn, _ = _build(tmp_path, corpus)
    assert [m["id"] for m in query.lookup(conn, q).matches] == expected


def test_suggestions(tmp_path: Path, corpus: Path) -> None:
    conn, _ = _build(tmp_path, corpus)
    assert query.lookup(conn, "A/RES/64/29").suggestions[0] == "A/RES/64/293"
    assert query.lookup(conn, "UNTOC").suggestions == ["UNTS/2225/39574"]


def test_traversals(tmp_path: Path, corpus: Path) -> None:
    conn, _ = _build(tmp_path, corpus)
    start = query.by_id(conn, "A/RES/76/186")
    assert start is not None
    assert [r["target"] for r in traversal.traverse(conn, start, True, 1)] == [
        "A/RES/74/176",
        "CTOC/COP/DEC/4/4",
        "S/RES/2331(2016)",
    ]
    assert [(r["depth"], r["target"]) for r in traversal.traverse(conn, start, True, 0)][-2:] == [
        (4, "A/RES/55/25"),
        (4, "UNTS/2237/39574"),
    ]
    end = query.by_id(conn, "A/RES/72/1")
    assert end is not None
    chain = traversal.shortest_path(conn, start["_node"], end["_node"])
    assert chain is not None
    assert [r["id"] for r in traversal.path_rows(conn, chain)] == [
        "A/RES/76/186",
        "A/RES/74/176",
        "A/RES/73/146",
        "A/RES/72/1",
    ]
    assert traversal.shortest_path(conn, end["_node"], start["_node"]) is None
    assert [r["id"] for r in traversal.rank(conn, lists.Filters(), "cited", 2)] == [
        "A/RES/64/293",
        "A/73/263",
    ]


def test_same_as_mentions_are_shown_on_the_equivalent(tmp_path: Path, corpus: Path) -> None:
    conn, _ = _build(tmp_path, corpus)
    node = query.by_id(conn, "UNTS/2237/39574")
    assert node is not None
    info = query.show(conn, node)
    assert info["same_as"] == [{"id": "A/RES/55/25", "pinpoint": "annex II", "same_as": "UNTS/2237/39574"}]
    assert [(m["target"], m["pinpoint"]) for m in info["cited_in"]] == [
        ("UNTS/2237/39574", None),
        ("A/RES/55/25", "annex II"),
    ]


def test_filters(tmp_path: Path, corpus: Path) -> None:
    conn, _ = _build(tmp_path, corpus)

    def ids(**kw: Any) -> list[str]:
        return [n["id"] for n in lists.list_nodes(conn, lists.Filters(**kw), with_citing=False)]

    assert ids(kinds=("treaty",)) == ["UNTS/2237/39574"]
    assert ids(bodies=("S",)) == ["S/RES/2331(2016)"]
    assert ids(since="2019") == ["A/RES/74/176", "A/RES/76/186"]
    assert ids(until="2018") == ["A/RES/72/1", "A/RES/73/146"]
    assert ids(since="2018-12-17", until="2019-12-18") == ["A/RES/73/146", "A/RES/74/176"]
    assert len(ids(in_corpus=True)) == 5
    node = query.by_id(conn, "A/RES/76/186")
    assert node is not None
    assert ids(cited_by=node["_node"]) == ["A/RES/74/176", "CTOC/COP/DEC/4/4", "S/RES/2331(2016)"]


def test_natural_order() -> None:
    ids = ["A/RES/72/13", "A/RES/72/2", "A/RES/72/1", "A/RES/9/1"]
    assert sorted(ids, key=natural_key) == ["A/RES/9/1", "A/RES/72/1", "A/RES/72/2", "A/RES/72/13"]


def test_context_of_a_mention() -> None:
    text = "First line.\nRecalling its resolution 64/293 of 30 July 2010,\nnext"
    start = text.index("64/293")
    ctx, a, b = context(text, start, start + 6)
    assert ctx == "Recalling its resolution 64/293 of 30 July 2010,"
    assert ctx[a:b] == "64/293"
