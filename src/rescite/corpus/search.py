"""Finding texts by words: titles, names of instruments and the citing paragraphs.

Kept in the index next to the graph (rescite's own tables, filled after each refresh):

- ``search_fts``: an SQLite FTS5 table, one row per node — its title, the names it is
  known by (every language of the lexicon and ``short_names.csv``) and the context of its
  mentions — tokenised with accents folded (``remove_diacritics 2``: "coopération"
  matches "cooperation"), ranked by BM25 with titles weighing most.  Only the search index
  is stored: its text is the view ``search_content``, made from the index's own tables
  (the node's title and id, ``search_names``, and the first :data:`_MAX_CONTEXTS` sentences
  around its mentions, stored once, compressed, in ``contexts``): an external-content FTS5
  table.  A refresh takes the rows of the nodes it touches out of the search index before
  their text changes (FTS5 needs the text a row was indexed with to remove it), and puts
  them back after: the cost follows the change;
- titles given by citing texts ("resolution 70/1 of 25 September 2015, entitled
  'Transforming our world …'") are written to ``nodes.name`` of nodes that have none.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from typing import Any

_QUOTES = "“”\"«»‘’'„‹›「」『』"
_MAX_CONTEXTS = 40
#: How the search table is made (meta ``search_format``): another value is rebuilt.
SEARCH_FORMAT = "external-2"

#: The text of each node's search row, from the index's own tables (nothing stored twice).
_VIEW = f"""CREATE VIEW search_content AS SELECT n.node AS node, n.id AS id,
    coalesce(n.name, '') || ' ' || n.id || ' ' || replace(n.id, '/', ' ') AS title,
    coalesce(s.names, '') AS names,
    coalesce((SELECT group_concat(t, char(10)) FROM (
        SELECT rescite_context(x.data, m.ctx) AS t FROM mentions m JOIN documents d ON d.doc = m.doc
        JOIN contexts x ON x.doc = m.doc
        WHERE m.target = n.id AND m.ctx IS NOT NULL
        ORDER BY d.path, m.seq LIMIT {_MAX_CONTEXTS})), '') AS context
    FROM nodes n LEFT JOIN search_names s ON s.node = n.node"""
_COLUMNS = "id, title, names, context"

#: The first sentences of a text's mentions, in the order of ``search_content``'s: its
#: mentions by the index on targets, sorted — or, for a text mentioned so often that sorting
#: all its mentions costs more (a treaty every resolution recalls: 20,000 mentions, 20 ms),
#: the documents walked in path order until enough are found (a few dozen look-ups, no sort).
_FIRST_BY_TARGET = (
    "SELECT rescite_context(x.data, m.ctx) FROM mentions m JOIN documents d ON d.doc = m.doc "
    "JOIN contexts x ON x.doc = m.doc WHERE m.target = ? AND m.ctx IS NOT NULL "
    f"ORDER BY d.path, m.seq LIMIT {_MAX_CONTEXTS}"
)
_FIRST_BY_PATH = (
    "SELECT rescite_context(x.data, m.ctx) FROM documents d CROSS JOIN mentions m ON m.doc = d.doc "
    "JOIN contexts x ON x.doc = m.doc WHERE m.target = ? AND m.ctx IS NOT NULL "
    f"ORDER BY d.path, m.seq LIMIT {_MAX_CONTEXTS}"
)


def _search_rows(conn: sqlite3.Connection, ids: Iterable[str]) -> list[tuple[int, str, str, str, str]]:
    """The search rows of the nodes ``ids`` — (node, id, title, names, context) — as the view
    ``search_content`` gives them (a refresh takes them out and puts them back), each text's
    sentences read by the cheaper of two orders (:data:`_FIRST_BY_PATH`).

    A text mentioned M times among D documents, spread evenly, is found 40 times within
    about 40·D/M documents: walking them costs less than sorting M mentions when M² > 40·D
    (twice that, to be safe with mentions that are not spread evenly)."""
    documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    out = []
    for node, cid, name, mentions, names in conn.execute(
        "SELECT n.node, n.id, n.name, n.mentions, coalesce(s.names, '') FROM nodes n "
        "LEFT JOIN search_names s ON s.node = n.node WHERE n.id IN (SELECT value FROM json_each(?)) "
        "ORDER BY n.node",
        (json.dumps(sorted(ids)),),
    ).fetchall():
        popular = mentions * mentions > 2 * _MAX_CONTEXTS * documents
        sql = _FIRST_BY_PATH if popular else _FIRST_BY_TARGET
        texts = [t for (t,) in conn.execute(sql, (cid,)) if t is not None]
        title = f"{name or ''} {cid} {cid.replace('/', ' ')}"
        out.append((node, cid, title, names, "\n".join(texts)))
    return out


def _title_re() -> re.Pattern[str] | None:
    from ..grammar.names import title_words

    words = sorted(title_words(), key=len, reverse=True)
    if not words:
        return None
    from ..grammar import recache  # the program kept between runs: a refresh compiles it at every start

    alt = "|".join(re.escape(w) for w in words)
    return recache.compile(
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


def _fresh(conn: sqlite3.Connection, meta: dict[str, str]) -> bool:
    """The search table is of this format and up to date with the index's generation."""
    has = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_fts'").fetchone()
    return (
        has is not None
        and meta.get("search_format") == SEARCH_FORMAT
        and meta.get("search_for") == meta.get("generation", "")
    )


def forgetter(conn: sqlite3.Connection) -> Callable[[set[str]], None] | None:
    """For a refresh: a function that takes nodes' rows out of the search index as they
    are now (call it before their text changes); None when the search table is not up to
    date (the refresh then rebuilds it whole)."""
    if not _fresh(conn, dict(conn.execute("SELECT key, value FROM meta").fetchall())):
        return None

    def forget(ids: set[str]) -> None:
        if ids:
            conn.executemany(
                f"INSERT INTO search_fts(search_fts, rowid, {_COLUMNS}) VALUES ('delete', ?, ?, ?, ?, ?)",
                _search_rows(conn, ids),
            )

    return forget


def rebuild(conn: sqlite3.Connection, ids: set[str] | None = None, gone: Iterable[int] = ()) -> None:
    """Fill titles from citing texts and the search table anew (inside the caller's transaction);
    with ``ids``, only the rows of these nodes, which a refresh took out of the search index
    before it changed them (:func:`forgetter`)."""
    from ..grammar.names import aliases, normalise_name

    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    generation = meta.get("generation", "")
    partial = ids is not None
    pattern = _title_re()
    titles: dict[str, Counter[str]] = defaultdict(Counter)
    contexts: dict[str, list[str]] = defaultdict(list)
    if partial:
        keys = json.dumps(sorted(ids or ()))
        # titles only for the nodes without a name (the others keep theirs): a text cited
        # everywhere but named by its document or the lexicon costs nothing here
        sql = (
            "SELECT c.target, c.context, c.ctx_end FROM citations c JOIN documents d ON d.doc = c.doc "
            "WHERE c.target IN (SELECT id FROM nodes WHERE id IN (SELECT value FROM json_each(?)) "
            "AND name IS NULL) AND c.ctx IS NOT NULL ORDER BY d.path, c.seq"
        )
        args: tuple[str, ...] = (keys,)
    else:
        sql = (
            "SELECT c.target, c.context, c.ctx_end FROM citations c JOIN documents d ON d.doc = c.doc "
            "WHERE c.target IS NOT NULL AND c.ctx IS NOT NULL ORDER BY d.path, c.seq"
        )
        args = ()
    # the texts that have a name keep it: their citing titles are not looked for
    named = set() if partial else {r[0] for r in conn.execute("SELECT id FROM nodes WHERE name IS NOT NULL")}
    for target, context, ctx_end in conn.execute(sql, args):
        if not partial and len(contexts[target]) < _MAX_CONTEXTS:  # as the view search_content
            contexts[target].append(context)
        if context is None or target in named:
            continue
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
    if partial:
        node_rows = conn.execute(
            "SELECT node, id, name FROM nodes WHERE id IN (SELECT value FROM json_each(?)) ORDER BY node",
            args,
        ).fetchall()
        conn.executemany("DELETE FROM search_names WHERE node = ?", ((k,) for k in gone))
    else:
        conn.execute("DROP TABLE IF EXISTS search_fts")
        conn.execute("DROP VIEW IF EXISTS search_content")
        conn.execute("DROP TABLE IF EXISTS search_names")
        conn.execute("CREATE TABLE search_names (node INTEGER PRIMARY KEY, names TEXT NOT NULL)")
        conn.execute(_VIEW)
        conn.execute(
            "CREATE VIRTUAL TABLE search_fts USING fts5("
            "id UNINDEXED, title, names, context, content = 'search_content', content_rowid = 'node', "
            "tokenize = 'unicode61 remove_diacritics 2')"
        )
        node_rows = conn.execute("SELECT node, id, name FROM nodes ORDER BY node").fetchall()
    words = [
        (node, " ".join(names.get(cid, ()) or [normalise_name(name or "")])) for node, cid, name in node_rows
    ]
    conn.executemany("DELETE FROM search_names WHERE node = ?", ((node,) for node, w in words if not w))
    conn.executemany(
        "INSERT OR REPLACE INTO search_names(node, names) VALUES (?, ?)",
        ((node, w) for node, w in words if w),
    )
    if partial:  # the rows the refresh took out, as they are now
        conn.executemany(
            f"INSERT INTO search_fts(rowid, {_COLUMNS}) VALUES (?,?,?,?,?)", _search_rows(conn, ids or ())
        )
    else:  # every row, from one pass over the citations in document order (what the view gives)
        conn.executemany(
            f"INSERT INTO search_fts(rowid, {_COLUMNS}) VALUES (?,?,?,?,?)",
            (
                (
                    node,
                    cid,
                    " ".join([name or "", cid, cid.replace("/", " ")]),
                    w,
                    "\n".join(c for c in contexts.get(cid, ()) if c is not None),
                )
                for (node, cid, name), (_, w) in zip(node_rows, words, strict=True)
            ),
        )
    conn.executemany(
        "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
        [("search_for", str(generation)), ("search_format", SEARCH_FORMAT)],
    )


def ensure(conn: sqlite3.Connection) -> bool:
    """Build the search table if this index has none or an old one; False when it cannot."""
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    has = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_fts'").fetchone()
    if _fresh(conn, meta):
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


def search(
    conn: sqlite3.Connection, words: str, limit: int = 20, snippets: bool = True
) -> list[dict[str, Any]]:
    """The nodes that hold every word (by prefix, accents folded), best first: title, then
    names, then citing paragraphs; ties go to the more cited.

    ``snippets``: the citing paragraph's words around a match in ``context``; without them
    (``context`` None), :func:`add_snippets` gives them to the rows a caller keeps (each
    snippet reads its node's paragraphs: a caller that keeps 20 rows of 5,000 reads 20).
    """
    from .query import _node

    expr = _match_expression(words)
    if not expr or not ensure(conn):
        return []
    sql = (
        "SELECT n.node, n.id, n.kind, n.body, n.date, n.name, n.in_corpus, n.cited_by, n.mentions, "
        "n.cites, n.pagerank, bm25(search_fts, 0.0, 10.0, 5.0, 1.0) AS score"
        + (", snippet(search_fts, 3, '[', ']', '…', 12) AS snip " if snippets else ", NULL AS snip ")
        + "FROM search_fts JOIN nodes n ON n.node = search_fts.rowid WHERE search_fts MATCH ? "
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


def add_snippets(conn: sqlite3.Connection, words: str, rows: list[dict[str, Any]]) -> None:
    """Fill ``context`` of rows from :func:`search` ``(snippets=False)``, as ``search`` would."""
    expr = _match_expression(words)
    if not expr or not rows:
        return
    snips = dict(
        conn.execute(
            "SELECT rowid, snippet(search_fts, 3, '[', ']', '…', 12) FROM search_fts "
            "WHERE search_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))",
            (expr, json.dumps([r["_node"] for r in rows])),
        ).fetchall()
    )
    for r in rows:
        r["context"] = snips.get(r["_node"]) or None
