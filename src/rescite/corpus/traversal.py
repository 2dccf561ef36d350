"""Walks of an index's graph: neighbours, closures (``cites``, ``cited-by`` with a depth), the
facts of edges, shortest paths and ranks.  Plain SQL over the index, as ``corpus.query``.
"""

from __future__ import annotations

# the C module sqlite3 is made of (the same classes): see ``corpus.query``
import _sqlite3 as sqlite3

from ..ids import link_of
from .lists import Filters, list_nodes
from .query import NODE_SQL, ensure_pagerank, json_array, node_of_row

TYPE_CHECKING = False  # as typing's, without importing typing: a query imports little
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any


def _ints_json(keys: list[int]) -> str:
    """:func:`json_array` of integers, the same text, without the json module (a traversal
    needs nothing else of it)."""
    return "[" + ", ".join(map(str, keys)) + "]"


def neighbours(conn: sqlite3.Connection, node: int, forward: bool) -> list[int]:
    if forward:
        sql = "SELECT e.cited FROM edges e JOIN nodes n ON n.node = e.cited WHERE e.citing = ?"
    else:
        sql = "SELECT e.citing FROM edges e JOIN nodes n ON n.node = e.citing WHERE e.cited = ?"
    sql += " ORDER BY n.skey, n.id"
    return [r[0] for r in conn.execute(sql, (node,))]


def closure(conn: sqlite3.Connection, start: int, forward: bool, depth: int) -> list[tuple[int, int, int]]:
    """(depth, parent, node) of every node reached from ``start`` within ``depth`` steps
    (``depth`` 0: no limit), breadth first, ids in order at each depth; a node reached from
    several parents is given the first of them in id order (see :func:`_closure`)."""
    return [(level, parent, n) for level, parent, n, *_ in _closure(conn, start, forward, depth)]


def _closure(
    conn: sqlite3.Connection, start: int, forward: bool, depth: int, facts: bool = False, tsv: bool = False
) -> list[tuple[Any, ...]]:
    """(depth, parent, node, mentions of the edge) of every node reached from ``start`` within ``depth`` steps
    (``depth`` 0: no limit), breadth first, ids in order at each depth; a node reached from
    several parents is given the first of them in id order.  ``facts``: each row also has the
    node's id, kind, body, date, in_corpus and name (read with it: no query after).  ``tsv``:
    each row is (depth, parent, node, line) instead, the line made in SQL (:func:`traverse_lines`).

    One query per level over the whole frontier, the choice of parent made in SQL (each
    frontier node carries its place in id order), so Python sees each node reached once:
    the cost follows the answer and the edges leaving it, whatever the size of the corpus.
    """
    near, far = ("citing", "cited") if forward else ("cited", "citing")
    # the frontier is a JSON array in id order (its index is the place); the bare column
    # ``parent`` comes from the row of min(place): the first parent in id order; the nodes
    # seen are a temporary table that grows by each level (not a list sent again each time)
    cols, joins = "", ""
    if facts:  # the facts of the edge chosen (from the same row, as ``mentions``)
        cols = ", t.id, t.kind, t.body, t.date, t.in_corpus, t.name, " + ", ".join(
            f"k.{f}" for f in _EDGE_FIELDS
        )
    if tsv:  # the row's line, as the tsv writer joins its cells (the parent's id read here too)
        cols = ", " + _TSV_LINE.format(ends="p.id || '\t' || t.id" if forward else "t.id || '\t' || p.id")
        cols += ", g.facts"
        joins = " JOIN nodes p ON p.node = g.parent"
    if facts or tsv:
        joins += " LEFT JOIN edge_facts k ON k.facts = g.facts"
    step = (
        f"SELECT g.n, g.parent{'' if tsv else ', g.mentions'}{cols} FROM (SELECT e.{far} AS n, "
        f"f.value AS parent, e.mentions AS mentions{', e.facts AS facts' if facts or tsv else ''}, "
        f"min(f.key) FROM json_each(?1) f CROSS JOIN edges e ON e.{near} = f.value "  # the frontier first
        f"WHERE e.{far} NOT IN temp.rescite_seen GROUP BY e.{far}) g "
        f"JOIN nodes t ON t.node = g.n{joins} ORDER BY t.skey, t.id"
    )
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS rescite_seen (n INTEGER PRIMARY KEY)")
    conn.execute("DELETE FROM temp.rescite_seen")
    add = "INSERT OR IGNORE INTO temp.rescite_seen SELECT value FROM json_each(?)"
    frontier = [start]
    out: list[tuple[Any, ...]] = []
    level = 0
    try:
        while frontier and (depth <= 0 or level < depth):
            level += 1
            keys = _ints_json(frontier)
            conn.execute(add, (keys,))
            found = _tuples(conn, step, (keys, level) if tsv else (keys,)).fetchall()
            out.extend((level, r[1], r[0], *r[2:]) for r in found)
            frontier = [r[0] for r in found]
    finally:
        conn.execute("DELETE FROM temp.rescite_seen")
    if tsv:
        _mark_facts_with_nul(conn, out)
    return out


def _mark_facts_with_nul(conn: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> None:
    """Mark (a NUL after the line) each tsv row of :func:`_closure` whose edge facts hold a
    NUL character in a cell, as :data:`_TSV_LINE` marks the node's own cells: each set of
    facts is looked at once (a listing of thousands of rows has a few hundred), not once a
    row.  Rows are (depth, parent, node, line, facts)."""
    used = {r[4] for r in rows}
    used.discard(None)
    if not used:
        return
    sql = (
        "SELECT facts FROM edge_facts WHERE facts IN (SELECT value FROM json_each(?)) AND ("
        + " OR ".join(f"instr({f}, char(0))" for f in _EDGE_FIELDS)
        + ")"
    )
    bad = {r[0] for r in conn.execute(sql, (_ints_json(sorted(used)),))}
    if bad:
        rows[:] = [(*r[:3], r[3] + "\x00", r[4]) if r[4] in bad else r for r in rows]


_EDGE_FIELDS = ("function", "verb", "section", "paragraph", "pinpoint")


def edge_infos(
    conn: sqlite3.Connection, pairs: Iterable[tuple[int, int]]
) -> dict[tuple[int, int], dict[str, Any]]:
    """Facts of many edges (citing, cited) at once: ids, mentions, and the functions, verbs,
    sections, paragraphs and pinpoints of their mentions (distinct, in document order).

    The pairs are joined in SQL (one query each for edges and mentions), so the cost is the
    mentions of these edges, whatever the size of the corpus.
    """
    wanted = sorted(set(pairs))
    if not wanted:
        return {}
    out: dict[tuple[int, int], dict[str, Any]] = {}
    by_ids: dict[tuple[str, str], dict[str, Any]] = {}
    pairs_json = json_array([list(p) for p in wanted])
    for a, b, m, sid, tid in conn.execute(
        "SELECT e.citing, e.cited, e.mentions, s.id, t.id FROM json_each(?) j "
        "JOIN edges e ON e.cited = json_extract(j.value, '$[1]') "
        "AND e.citing = json_extract(j.value, '$[0]') "
        "JOIN nodes s ON s.node = e.citing JOIN nodes t ON t.node = e.cited",
        (pairs_json,),
    ):
        info = {"source_id": sid, "target": tid, "mentions": m, **dict.fromkeys(_EDGE_FIELDS)}
        out[(a, b)] = info
        by_ids[(sid, tid)] = info
    id_pairs = json_array([list(k) for k in by_ids])
    _mention_facts(conn, id_pairs, by_ids)
    return out


#: The mentions of many edges, given as a JSON array of [citing id, cited id]: each pair's
#: citing document first, then its mentions of the cited id (a document's mentions are
#: few, a popular text's are many: this order keeps the cost to the edges asked for).
_MENTIONS_OF_PAIRS = (
    "WITH p(s, t) AS MATERIALIZED "
    "(SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?)) "
    "SELECT p.s, p.t, f.function, f.verb, f.section, m.paragraph, m.pinpoint, d.path, m.seq "
    "FROM p CROSS JOIN documents d ON d.node_id = p.s "
    "CROSS JOIN targets g ON g.id = p.t CROSS JOIN mentions m ON m.doc = d.doc AND m.target = g.t "
    "LEFT JOIN phrases f ON f.phrase = m.phrase WHERE m.source_id IS NULL "
    "UNION ALL "
    "SELECT p.s, p.t, f.function, f.verb, f.section, m.paragraph, m.pinpoint, d.path, m.seq "
    "FROM p CROSS JOIN targets g ON g.id = p.t CROSS JOIN mentions m ON m.source_id = p.s AND m.target = g.t "
    "JOIN documents d ON d.doc = m.doc LEFT JOIN phrases f ON f.phrase = m.phrase "
    "ORDER BY 8, 9"
)


def _mention_facts(
    conn: sqlite3.Connection, id_pairs: str, by_ids: dict[tuple[str, str], dict[str, Any]]
) -> None:
    """Fill the functions, verbs, sections, paragraphs and pinpoints of the edges ``by_ids``
    (distinct, in document order, joined with "; "; None when there are none).

    Most edges have one mention: its values are kept as they come, and lists are made only
    for an edge's second mention."""
    first: dict[tuple[str, str], tuple[Any, ...]] = {}
    lists: dict[tuple[str, str], list[list[str]]] = {}
    for r in _tuples(conn, _MENTIONS_OF_PAIRS, (id_pairs,)):
        key = (r[0], r[1])
        one = first.get(key)
        if one is None:
            if key in by_ids:  # the first mention of an edge
                first[key] = r[2:7]
            continue
        got = lists.get(key)
        if got is None:
            got = lists[key] = [[] if v is None else [v] for v in one]
        for v, seen in zip(r[2:7], got, strict=True):
            if v is not None and v not in seen:
                seen.append(v)
    for key, info in by_ids.items():
        got = lists.get(key)
        if got is not None:
            for i, k in enumerate(_EDGE_FIELDS):
                info[k] = "; ".join(got[i]) if got[i] else None
            continue
        one = first.get(key)
        if one is None:
            for k in _EDGE_FIELDS:
                info[k] = None
        else:
            info.update(zip(_EDGE_FIELDS, one, strict=True))


def _tuples(conn: sqlite3.Connection, sql: str, args: tuple[Any, ...]) -> sqlite3.Cursor:
    """``conn.execute(sql, args)`` giving plain tuples (quicker to unpack than rows by name)."""
    cur = conn.cursor()
    cur.row_factory = None
    return cur.execute(sql, args)


def _edge_info(conn: sqlite3.Connection, citing: int, cited: int) -> dict[str, Any]:
    return edge_infos(conn, [(citing, cited)])[(citing, cited)]


def node_by_key(conn: sqlite3.Connection, node: int) -> dict[str, Any]:
    return node_of_row(conn.execute(NODE_SQL + " WHERE node = ?", (node,)).fetchone())


def nodes_by_key(conn: sqlite3.Connection, keys: Iterable[int]) -> dict[int, dict[str, Any]]:
    """Many nodes at once, by key (each as :func:`_node` makes it, from plain tuples: a focus
    subgraph has hundreds)."""
    out = {}
    for r in _tuples(conn, NODE_SQL + " WHERE node IN (SELECT value FROM json_each(?))", (json_array(keys),)):
        cid = r[2]
        out[r[0]] = {
            "id": cid,
            "kind": r[3],
            "body": r[4],
            "date": r[5],
            "name": r[6],
            "in_corpus": bool(r[7]),
            "cited_by": r[8],
            "mentions": r[9],
            "cites": r[10],
            "pagerank": round(float(r[11]), 6),
            "title": r[6],
            "link": link_of(cid) if not cid.startswith("file:") else None,
            "_node": r[0],
            "_skey": (r[1], cid),
        }
    return out


def traverse(
    conn: sqlite3.Connection, start: dict[str, Any], forward: bool, depth: int
) -> list[dict[str, Any]]:
    """Rows of ``cites`` (forward) or ``cited-by``: one per node reached, with the edge that reached it.

    One query a level of the closure, each node's facts and the facts of the edge that
    reached it (``edge_facts``, stored by the index) read with it.
    """
    return [
        {**dict(zip(TRAVERSE_FIELDS, r, strict=True)), "id": r[1] if forward else r[0]}
        for r in traverse_values(conn, start, forward, depth)
    ]


#: The fields of a :func:`traverse` row, in the order of :func:`traverse_values`.
TRAVERSE_FIELDS = (
    "source_id",
    "target",
    "depth",
    "kind",
    "body",
    "date",
    "in_corpus",
    "mentions",
    *_EDGE_FIELDS,
    "title",
)


def traverse_values(
    conn: sqlite3.Connection, start: dict[str, Any], forward: bool, depth: int
) -> list[tuple[Any, ...]]:
    """:func:`traverse`'s rows as tuples of :data:`TRAVERSE_FIELDS` (no dict per row)."""
    reached = _closure(conn, start["_node"], forward, depth, facts=True)
    ids = {start["_node"]: start["id"]}
    ids.update((r[2], r[4]) for r in reached)
    return [
        (
            *((ids[parent], cid) if forward else (cid, ids[parent])),
            level,
            kind,
            body,
            date,
            bool(in_corpus),
            mentions,
            function,
            verb,
            section,
            paragraph,
            pinpoint,
            name,
        )
        for (
            level,
            parent,
            _,
            mentions,
            cid,
            kind,
            body,
            date,
            in_corpus,
            name,
            function,
            verb,
            section,
            paragraph,
            pinpoint,
        ) in reached
    ]


#: A :func:`traverse` row as one line of tsv, made in SQL from the closure's row (``{ends}``:
#: the source's and target's ids; ``?2``: the depth): the cells joined by tabs as the tsv
#: writer makes them (None empty, numbers in decimal, true/false), a line end after.  One
#: ``printf`` a row (its ``%s`` writes NULL as nothing), not 28 joins by ``||`` each making a
#: new string: the same text, the lines made in two thirds of the time.  ``%s`` stops at a
#: NUL character: a row with one in a text cell gets a NUL after its line end, and
#: ``render.records.write_tsv_lines`` then writes the rows from their values.  Only the node's
#: own cells are tested here; the parent's id is an earlier row's (or the start's, tested by
#: :func:`traverse_lines`) and each set of edge facts is tested once (:func:`_mark_facts_with_nul`).
_TSV_LINE = (
    "printf('"
    + "\t".join(["%s"] * 13)
    + "\n', {ends}, ?2, t.kind, t.body, t.date, CASE WHEN t.in_corpus THEN 'true' ELSE 'false' END, "
    + "g.mentions, "
    + ", ".join(f"k.{f}" for f in _EDGE_FIELDS)
    + ", t.name) || CASE WHEN "
    + " OR ".join(f"instr({c}, char(0))" for c in ("t.id", "t.kind", "t.body", "t.date", "t.name"))
    + " THEN char(0) ELSE '' END"
)


def traverse_lines(conn: sqlite3.Connection, start: dict[str, Any], forward: bool, depth: int) -> list[str]:
    """:func:`traverse_values`'s rows as lines of tsv made in SQL, each its cells joined by
    tabs and a line end (no value made in Python per cell: a listing of thousands of rows).
    Nothing is escaped: ``render.records.write_tsv_lines`` checks the lines as a whole and
    writes them as they are only when no cell needs escaping (else from the values)."""
    lines = [r[3] for r in _closure(conn, start["_node"], forward, depth, tsv=True)]
    if lines and "\x00" in start["id"]:  # the parent's id of the first rows (the others' was a row's own)
        lines[0] += "\x00"
    return lines


def shortest_path(conn: sqlite3.Connection, a: int, b: int) -> list[int] | None:
    """The shortest chain a → … → b following citations (citing → cited), or None."""
    from collections import deque

    if a == b:
        return [a]
    parent: dict[int, int] = {a: a}
    queue = deque([a])
    while queue:
        cur = queue.popleft()
        for n in neighbours(conn, cur, True):
            if n not in parent:
                parent[n] = cur
                if n == b:
                    chain = [b]
                    while chain[-1] != a:
                        chain.append(parent[chain[-1]])
                    return chain[::-1]
                queue.append(n)
    return None


def path_rows(conn: sqlite3.Connection, chain: list[int]) -> list[dict[str, Any]]:
    rows = []
    for i, n in enumerate(chain):
        node = node_by_key(conn, n)
        row: dict[str, Any] = {
            "step": i,
            "id": node["id"],
            "kind": node["kind"],
            "body": node["body"],
            "date": node["date"],
            "title": node["title"],
            "in_corpus": node["in_corpus"],
            "function": None,
            "verb": None,
            "section": None,
            "paragraph": None,
        }
        if i + 1 < len(chain):
            e = _edge_info(conn, n, chain[i + 1])
            row.update({k: e[k] for k in ("function", "verb", "section", "paragraph")})
        rows.append(row)
    return rows


_RANK_KEYS = ("id", "kind", "body", "date", "title", "cited_by", "mentions", "pagerank")


def rank(
    conn: sqlite3.Connection, filters: Filters, by: str = "cited", limit: int = 20
) -> list[dict[str, Any]]:
    """The most cited nodes (or by PageRank), with PageRank computed first if the index changed
    since it last was (:func:`pagerank_stamp` says when)."""
    ensure_pagerank(conn)  # the pagerank column is shown whatever the order
    rows = []
    for i, d in enumerate(
        list_nodes(
            conn, filters, "pagerank" if by == "pagerank" else "cited", with_citing=False, limit=limit
        ),
        1,
    ):
        rows.append(
            {
                "rank": i,
                **{k: d[k] for k in _RANK_KEYS},
            }
        )
    return rows
