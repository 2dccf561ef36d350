"""Finding texts by words: titles, names of instruments and the citing paragraphs.

Kept in the index next to the graph (rescite's own tables, filled after each refresh):

- ``search_fts``: an SQLite FTS5 table, one row per node — its title, the names it is
  known by (every language of the lexicon and ``short_names.csv``) and the context of its
  mentions — tokenised with accents folded (``remove_diacritics 2``: "coopération"
  matches "cooperation"), ranked by BM25 with titles weighing most;
- titles given by citing texts ("resolution 70/1 of 25 September 2015, entitled
  'Transforming our world …'") are written to ``nodes.name`` of nodes that have none.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

_QUOTES = "“”\"«»‘’'„‹›「」『』"
_MAX_CONTEXTS = 40


def _title_re() -> re.Pattern[str] | None:
    from ..grammar.names import title_words

    words = sorted(title_words(), key=len, reverse=True)
    if not words:
        return None
    alt = "|".join(re.escape(w) for w in words)
    return re.compile(
        rf"^[^.;/\n]{{0,80}}?(?<!\w)(?:{alt})(?!\w)\s*[:,]?\s*[{re.escape(_QUOTES)}]"
        rf"(?P<title>[^{re.escape(_QUOTES)}\n]{{3,300}})[{re.escape(_QUOTES)}]",
        re.IGNORECASE,
    )


def cited_title(context: str, end: int, pattern: re.Pattern[str] | None = None) -> str | None:
    """The title the citing text gives the text cited at ``context[...:end]``, if any."""
    pattern = pattern if pattern is not None else _title_re()
    if pattern is None:
        return None
    m = pattern.match(context[end:])
    if m is None:
        return None
    title = " ".join(m.group("title").split()).rstrip(" ,")
    return title or None


def rebuild(conn: sqlite3.Connection, ids: set[str] | None = None, gone: Iterable[int] = ()) -> None:
    """Fill titles from citing texts and the search table anew (inside the caller's transaction);
    with ``ids``, only the rows of these nodes, when the table is up to date but for them
    (a refresh passes the nodes it touched: the cost follows the change)."""
    from ..grammar.names import aliases, normalise_name

    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    has = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_fts'").fetchone()
    generation = meta.get("generation", "")
    partial = ids is not None and has is not None and meta.get("search_for") == str(int(generation or 1) - 1)
    pattern = _title_re()
    titles: dict[str, Counter[str]] = defaultdict(Counter)
    contexts: dict[str, list[str]] = defaultdict(list)
    if partial:
        import json

        keys = json.dumps(sorted(ids or ()))
        sql = (
            "SELECT c.target, c.context, c.ctx_end FROM citations c JOIN documents d ON d.doc = c.doc "
            "WHERE c.target IN (SELECT value FROM json_each(?)) AND c.context IS NOT NULL "
            "ORDER BY d.path, c.seq"
        )
        args: tuple[str, ...] = (keys,)
    else:
        sql = (
            "SELECT c.target, c.context, c.ctx_end FROM citations c JOIN documents d ON d.doc = c.doc "
            "WHERE c.target IS NOT NULL AND c.context IS NOT NULL ORDER BY d.path, c.seq"
        )
        args = ()
    for target, context, ctx_end in conn.execute(sql, args):
        if len(contexts[target]) < _MAX_CONTEXTS:
            contexts[target].append(context)
        title = cited_title(context, ctx_end or 0, pattern)
        if title:
            titles[target][title] += 1
    for target, counter in titles.items():
        best = max(counter.items(), key=lambda kv: (kv[1], len(kv[0])))[0]
        conn.execute("UPDATE nodes SET name = ? WHERE id = ? AND name IS NULL", (best, target))
    names: dict[str, list[str]] = defaultdict(list)
    for name, alias_ids in aliases().items():
        for cid in alias_ids:
            names[cid].append(name)
    if partial:  # rows keyed by node: the touched ones are replaced without a scan of the table
        node_rows = conn.execute(
            "SELECT node, id, name FROM nodes WHERE id IN (SELECT value FROM json_each(?)) ORDER BY node",
            args,
        ).fetchall()
        conn.executemany("DELETE FROM search_fts WHERE rowid = ?", ((r[0],) for r in node_rows))
        conn.executemany("DELETE FROM search_fts WHERE rowid = ?", ((k,) for k in gone))
    else:
        conn.execute("DROP TABLE IF EXISTS search_fts")
        conn.execute(
            "CREATE VIRTUAL TABLE search_fts USING fts5("
            "id UNINDEXED, title, names, context, tokenize = 'unicode61 remove_diacritics 2')"
        )
        node_rows = conn.execute("SELECT node, id, name FROM nodes ORDER BY node").fetchall()
    rows = []
    for node, cid, name in node_rows:
        rows.append(
            (
                node,
                cid,
                " ".join([name or "", cid, cid.replace("/", " ")]),
                " ".join(names.get(cid, ()) or [normalise_name(name or "")]),
                "\n".join(contexts.get(cid, ())),
            )
        )
    conn.executemany("INSERT INTO search_fts(rowid, id, title, names, context) VALUES (?,?,?,?,?)", rows)
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('search_for', ?)", (str(generation),))


def ensure(conn: sqlite3.Connection) -> bool:
    """Build the search table if this index has none or an old one; False when it cannot."""
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    has = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_fts'").fetchone()
    if has and meta.get("search_for") == meta.get("generation", ""):
        return True
    try:
        conn.execute("BEGIN IMMEDIATE")
        rebuild(conn)
        conn.execute("COMMIT")
    except sqlite3.Error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        return bool(has)
    return True


def _match_expression(words: str) -> str:
    tokens = re.findall(r"\w+", words, flags=re.UNICODE)
    return " AND ".join(f'"{t}"*' for t in tokens)


def search(conn: sqlite3.Connection, words: str, limit: int = 20) -> list[dict[str, Any]]:
    """The nodes that hold every word (by prefix, accents folded), best first: title, then
    names, then citing paragraphs; ties go to the more cited."""
    from .query import _node

    expr = _match_expression(words)
    if not expr or not ensure(conn):
        return []
    sql = (
        "SELECT n.node, n.id, n.kind, n.body, n.date, n.name, n.in_corpus, n.cited_by, n.mentions, "
        "n.cites, n.pagerank, bm25(search_fts, 0.0, 10.0, 5.0, 1.0) AS score, "
        "snippet(search_fts, 3, '[', ']', '…', 12) AS snip "
        "FROM search_fts JOIN nodes n ON n.id = search_fts.id WHERE search_fts MATCH ? "
        "ORDER BY score, n.cited_by DESC, n.node" + (f" LIMIT {int(limit)}" if limit else "")
    )
    try:
        found = conn.execute(sql, (expr,)).fetchall()
    except sqlite3.OperationalError:
        return []
    out = []
    for rank, row in enumerate(found, 1):
        d = _node(row)
        d["rank"] = rank
        d["score"] = round(-float(row["score"]), 3)
        d["context"] = row["snip"] or None
        out.append(d)
    return out
