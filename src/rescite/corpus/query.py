"""Questions asked of an index: forgiving lookup, listings, citations, closures, paths, ranks.

Everything here is plain SQL over the index (no networkx), so the commands that use it
start fast.  Results are plain dicts whose field names follow the extraction record
(``source_id``, ``target``, ``kind``, ``body``, ``date``, ``function``, ``verb`` …).
"""

from __future__ import annotations

# the C module sqlite3 is made of (the same classes): the package adds date adapters no query
# uses, importing datetime (a millisecond and a half of every query)
import _sqlite3 as sqlite3
import re

from ..ids import IdError, link_of, parse_id
from .fresh import keys_json
from .keys import fold, id_tail, natural_key, sort_key

TYPE_CHECKING = False  # as typing's, without importing typing: a query imports little
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence
    from typing import Any


def ensure_pagerank(conn: sqlite3.Connection) -> tuple[int, str]:
    """:func:`rescite.corpus.measures.ensure_pagerank` (imported when needed: most queries do not)."""
    from .measures import ensure_pagerank as ensure

    return ensure(conn)


NODE_FIELDS = ("id", "kind", "body", "date", "name", "in_corpus", "cited_by", "mentions", "cites", "pagerank")
_NODE_SQL = "SELECT node, skey, " + ", ".join(NODE_FIELDS) + " FROM nodes"


def node_of_row(row: sqlite3.Row) -> dict[str, Any]:
    d = {f: row[f] for f in NODE_FIELDS}
    d["in_corpus"] = bool(d["in_corpus"])
    d["pagerank"] = round(float(d["pagerank"]), 6)
    d["title"] = d["name"]
    d["link"] = link_of(d["id"]) if not d["id"].startswith("file:") else None
    d["_node"] = row["node"]
    try:
        d["_skey"] = (row["skey"], row["id"])
    except IndexError:  # a query that did not select it
        d["_skey"] = (sort_key(row["id"]), row["id"])
    return d


def public(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if not k.startswith("_")}


# --------------------------------------------------------------------------- lookup


class Lookup:
    """What a query names: ``matches`` (best guess first), or ``suggestions`` when none."""

    __slots__ = ("matches", "query", "suggestions")

    def __init__(
        self,
        query: str,
        matches: list[dict[str, Any]] | None = None,
        suggestions: list[str] | None = None,
    ) -> None:
        self.query = query
        self.matches: list[dict[str, Any]] = [] if matches is None else matches
        self.suggestions: list[str] = [] if suggestions is None else suggestions


def by_id(conn: sqlite3.Connection, cid: str) -> dict[str, Any] | None:
    row = conn.execute(_NODE_SQL + " WHERE id = ?", (cid,)).fetchone()
    return node_of_row(row) if row else None


def lookup(conn: sqlite3.Connection, query: str) -> Lookup:
    """Every node ``query`` may mean, best guess first; ``suggestions`` when none."""
    out = Lookup(query)
    q = query.strip()
    if not q:
        return out
    # 1. an id, however typed
    candidates = {fold(q)}
    try:  # noqa: SIM105 - contextlib is one more import on the quick path
        candidates.add(fold(parse_id(q)))
    except IdError:  # not an id: a number or a name, below
        pass
    for f in sorted(candidates):
        rows = conn.execute(_NODE_SQL + " WHERE fold = ? ORDER BY skey, id", (f,)).fetchall()
        if rows:
            out.matches = [node_of_row(r) for r in rows]
            return out
    # 2. a number, maybe with "resolution"/"decision" and a body before it
    from ..grammar.lexicon import fold as fold_name
    from ..grammar.names import aliases, normalise_name, query_keywords

    kind = None
    body = None
    rest = q
    keywords, body_series = query_keywords()
    m = keywords.match(q)
    if m:
        kind = "RES" if m.group("res") else "DEC"
        body = body_series.get(fold_name(m.group("body") or ""))
        rest = m.group("rest")
    tail = fold(rest)
    if re.search(r"\d", tail):
        rows = [
            node_of_row(r) for r in conn.execute(_NODE_SQL + " WHERE tail = ? ORDER BY skey, id", (tail,))
        ]
        if kind:
            rows = [r for r in rows if f"/{kind}/" in r["id"]]
        if body:
            rows = [r for r in rows if r["body"] == body]
        if len(rows) > 1:
            acts = [r for r in rows if r["kind"] in ("resolution", "decision")]
            if len(acts) == 1:
                rows = acts
        if rows:
            out.matches = rows
            return out
    # 3. a name: the table of known instruments, then names and titles in the index
    norm = normalise_name(q)
    if norm:
        ids = aliases().get(norm, ())
        rows = [r for cid in ids if (r := by_id(conn, cid)) is not None]
        if not rows and len(norm) >= 3:
            # every word of the query begins a word of the name ("trafficking protocol",
            # "global plan"), so "sport" does not find "transport"
            hits: set[str] = set()
            for alias, alias_ids in aliases().items():
                if _words_begin(norm, alias):
                    hits.update(alias_ids)
            for r in conn.execute("SELECT id, name FROM nodes WHERE name IS NOT NULL"):
                if _words_begin(norm, normalise_name(r["name"])):
                    hits.add(r["id"])
            rows = [r for cid in sorted(hits, key=natural_key) if (r := by_id(conn, cid)) is not None]
        if rows:
            out.matches = rows
            return out
    out.suggestions = list(aliases().get(norm, ())) or suggest(conn, q)
    return out


def _words_begin(query: str, name: str) -> bool:
    words = name.split()
    return all(any(w.startswith(q) for w in words) for q in query.split())


def suggest(conn: sqlite3.Connection, query: str, n: int = 5) -> list[str]:
    """The ids closest to ``query`` ("did you mean")."""
    import difflib

    f = fold(query)
    folds = {r[0]: r[1] for r in conn.execute("SELECT fold, id FROM nodes")}
    close = difflib.get_close_matches(f, list(folds), n=n, cutoff=0.6)
    if not close:
        # a number typed alone, mistyped: "64/239" for 64/293
        tails: dict[str, list[str]] = {}
        for k in folds:
            t = id_tail(k)
            if t:
                tails.setdefault(t, []).append(k)
        for t in difflib.get_close_matches(f, list(tails), n=n, cutoff=0.6):
            close.extend(tails[t])
        close = close[:n]
    if not close:
        digits = re.findall(r"\d+", f)
        if digits:
            close = [k for k in folds if all(d in k for d in digits)][:n]
    return [folds[c] for c in close]


# --------------------------------------------------------------------------- listing


class Filters:
    """Which nodes a listing keeps (nothing given: every node)."""

    __slots__ = (
        "bodies",
        "cited_by",
        "citing_of",
        "functions",
        "in_corpus",
        "kinds",
        "langs",
        "since",
        "until",
    )

    def __init__(
        self,
        kinds: Sequence[str] = (),
        bodies: Sequence[str] = (),
        since: str | None = None,
        until: str | None = None,
        in_corpus: bool | None = None,
        cited_by: int | None = None,
        langs: Sequence[str] = (),
        functions: Sequence[str] = (),
        citing_of: int | None = None,
    ) -> None:
        self.kinds = kinds
        self.bodies = bodies
        self.since = since
        self.until = until
        self.in_corpus = in_corpus
        self.cited_by = cited_by  # node key: only texts this node cites
        self.langs = langs  # only texts in, or cited from, documents of these languages
        self.functions = functions  # only texts cited with one of these functions
        self.citing_of = citing_of  # node key: only texts that cite this node

    def __repr__(self) -> str:
        return "Filters(" + ", ".join(f"{k}={getattr(self, k)!r}" for k in self.__slots__) + ")"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Filters) and all(
            getattr(self, k) == getattr(other, k) for k in self.__slots__
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, as the dataclass was

    def sql(self, alias: str = "nodes") -> tuple[str, list[Any]]:
        where: list[str] = []
        args: list[Any] = []
        if self.kinds:
            where.append(f"{alias}.kind IN ({','.join('?' * len(self.kinds))})")
            args.extend(self.kinds)
        if self.bodies:
            where.append(f"{alias}.body IN ({','.join('?' * len(self.bodies))})")
            args.extend(self.bodies)
        if self.since:
            where.append(f"substr({alias}.date, 1, length(?)) >= ?")
            args += [self.since, self.since]
        if self.until:
            where.append(f"substr({alias}.date, 1, length(?)) <= ?")
            args += [self.until, self.until]
        if self.in_corpus is not None:
            where.append(f"{alias}.in_corpus = ?")
            args.append(1 if self.in_corpus else 0)
        if self.cited_by is not None:
            where.append(f"{alias}.node IN (SELECT cited FROM edges WHERE citing = ?)")
            args.append(self.cited_by)
        if self.citing_of is not None:
            where.append(f"{alias}.node IN (SELECT citing FROM edges WHERE cited = ?)")
            args.append(self.citing_of)
        if self.langs:
            marks = ",".join("?" * len(self.langs))
            where.append(
                f"({alias}.id IN (SELECT node_id FROM documents WHERE lang IN ({marks})) OR {alias}.id IN "
                "(SELECT c.target FROM citations c JOIN documents d ON d.doc = c.doc "
                f"WHERE d.lang IN ({marks})))"
            )
            args += [*self.langs, *self.langs]
        if self.functions:
            marks = ",".join("?" * len(self.functions))
            where.append(f"{alias}.id IN (SELECT target FROM citations WHERE function IN ({marks}))")
            args.extend(self.functions)
        return (" WHERE " + " AND ".join(where)) if where else "", args


_ORDER = {
    "id": "skey, id",
    "cited": "cited_by DESC, mentions DESC, skey, id",
    "date": "date IS NULL, date, skey, id",
    "pagerank": "pagerank DESC, skey, id",
    "title": "name IS NULL, name COLLATE NOCASE, skey, id",
}


def list_nodes(
    conn: sqlite3.Connection,
    filters: Filters,
    sort: str = "id",
    with_citing: bool = True,
    limit: int = 0,
    ids_only: bool = False,
    within: Iterable[int] | None = None,
) -> Iterator[dict[str, Any]]:
    """Every node that passes ``filters``, with the ids of the documents that cite it.

    ``ids_only``: rows with just ``id`` (the fast path of ``--format ids``); ``within``:
    only these node keys.
    """
    if sort == "pagerank":
        ensure_pagerank(conn)
    where, args = filters.sql()
    if within is not None:
        where += (" AND " if where else " WHERE ") + "node IN (SELECT value FROM json_each(?))"
        args = [*args, _keys_json(within)]
    if ids_only:
        sql = (
            "SELECT id FROM nodes"
            + where
            + " ORDER BY "
            + _ORDER[sort]
            + (f" LIMIT {int(limit)}" if limit else "")
        )
        for (cid,) in conn.execute(sql, args):
            yield {"id": cid}
        return
    sql = _NODE_SQL + where + " ORDER BY " + _ORDER[sort] + (f" LIMIT {int(limit)}" if limit else "")
    for row in conn.execute(sql, args):
        d = node_of_row(row)
        if with_citing:
            d["citing"] = [
                r[0]
                for r in conn.execute(
                    "SELECT n.id FROM edges e JOIN nodes n ON n.node = e.citing "
                    "WHERE e.cited = ? ORDER BY n.skey, n.id",
                    (d["_node"],),
                )
            ]
        yield d


def node_keys(conn: sqlite3.Connection, filters: Filters) -> set[str] | None:
    """The ids of the nodes that pass ``filters`` (None: no filter, every node passes)."""
    where, args = filters.sql()
    if not where:
        return None
    return {r[0] for r in conn.execute("SELECT id FROM nodes" + where, args)}


def sort_rows(conn: sqlite3.Connection, rows: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    """Rows that carry an ``id`` in the order ``key`` (depth: as they are; id, date, title,
    cited, pagerank: as ``list --sort`` orders nodes)."""
    if key in ("depth", "rank"):
        return rows
    if key in ("cited", "pagerank"):
        if key == "pagerank":
            ensure_pagerank(conn)
        facts = {
            r["id"]: (r["cited_by"], r["mentions"], r["pagerank"])
            for r in conn.execute("SELECT id, cited_by, mentions, pagerank FROM nodes")
        }

        def score(row: dict[str, Any]) -> tuple[Any, ...]:
            c, m, p = facts.get(row["id"], (0, 0, 0.0))
            return (-p,) if key == "pagerank" else (-c, -m)

        return sorted(rows, key=lambda r: (*score(r), natural_key(r["id"])))
    if key == "date":
        return sorted(rows, key=lambda r: (r.get("date") is None, r.get("date") or "", natural_key(r["id"])))
    if key == "title":
        return sorted(
            rows,
            key=lambda r: (r.get("title") is None, (r.get("title") or "").casefold(), natural_key(r["id"])),
        )
    return sorted(rows, key=lambda r: natural_key(r["id"]))


# --------------------------------------------------------------------------- one node


def record_fields(conn: sqlite3.Connection) -> tuple[str, ...]:
    """The extraction record's fields, in order, as the index was built with them (the index
    stores them: a query reads them there instead of importing the models)."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'record_fields'").fetchone()
    return tuple(str(row[0]).split(","))


def _citation_sql(fields: tuple[str, ...]) -> str:
    """A mention as the extraction record gives it: the path and own id come from its document
    (``source_id`` is stored only where it differs), the sentence from ``contexts``."""
    return (
        "SELECT "
        + ", ".join(
            "d.path AS source"
            if f == "source"
            else "coalesce(c.source_id, d.source_id) AS source_id"
            if f == "source_id"
            else f'c."{f}"'
            for f in fields
        )
        + ", rescite_context(x.data, c.ctx) AS context, c.ctx_start, c.ctx_end, d.node_id AS citing, "
        "c.line AS _line, c.page AS _page "
        "FROM citations c JOIN documents d ON d.doc = c.doc "
        "LEFT JOIN contexts x ON x.doc = c.doc"
    )


def cited_in(conn: sqlite3.Connection, cid: str) -> list[dict[str, Any]]:
    """Every mention of ``cid`` in the corpus (contract records plus ``context``), in order.

    ``citing`` is the citing document's node id (its own id, or ``file:<path>``); the
    mention is at ``context[ctx_start:ctx_end]``.
    """
    fields = (*record_fields(conn), "context")
    rows = conn.execute(
        _citation_sql(fields[:-1]) + " WHERE c.target = ? ORDER BY d.path, c.seq",
        (cid,),
    ).fetchall()
    return [_citation(r, fields) for r in rows]


def _citation(r: sqlite3.Row, fields: tuple[str, ...]) -> dict[str, Any]:
    d = {f: r[f] for f in fields}
    d["citing"] = r["citing"]
    d["_ctx"] = (r["ctx_start"], r["ctx_end"])
    d["_at"] = (r["_line"], r["_page"])  # where the mention is, counted when it was indexed
    return d


def cites_of(conn: sqlite3.Connection, node: int) -> list[dict[str, Any]]:
    """What the node cites (one row per cited text, ids in order)."""
    cols = ", ".join(f"n.{f}" for f in NODE_FIELDS)
    out = []
    for row in conn.execute(
        f"SELECT n.node AS node, n.skey AS skey, {cols}, e.mentions AS edge_mentions FROM edges e "
        "JOIN nodes n ON n.node = e.cited WHERE e.citing = ? ORDER BY n.skey, n.id",
        (node,),
    ):
        d = node_of_row(row)
        d["edge_mentions"] = row["edge_mentions"]
        out.append(d)
    return out


def same_as_of(conn: sqlite3.Connection, cid: str) -> list[dict[str, str]]:
    """The lexicon's facts that involve ``cid``, as ``{"id", "pinpoint", "same_as"}`` records
    (``grammar.names.same_as_of``, as the index stored them)."""
    return [
        {"id": a, "pinpoint": p, "same_as": b}
        for a, p, b in conn.execute(
            "SELECT id, pinpoint, same_as FROM same_as WHERE id = ? OR same_as = ? ORDER BY rowid", (cid, cid)
        )
    ]


def show(conn: sqlite3.Connection, node: dict[str, Any]) -> dict[str, Any]:
    """Everything about one node: its facts, where it is cited, what it cites."""
    d = public(node)
    stamp = pagerank_stamp(conn)
    if stamp is None or stamp[0] != stamp[1]:
        d["pagerank"] = None  # not computed since the index changed (`rescite rank` computes it)
    d["same_as"] = same_as_of(conn, node["id"])
    mentions = cited_in(conn, node["id"])
    # mentions of an equivalent pinpointed text ("resolution 55/25, annex II")
    for fact in d["same_as"]:
        if fact["same_as"] == node["id"]:
            from ..grammar.names import pinpoint_matches

            for m in cited_in(conn, fact["id"]):
                if pinpoint_matches(fact["pinpoint"], m["pinpoint"]):
                    mentions.append(m)
    d["cited_in"] = mentions
    d["cites"] = [
        {
            "target": c["id"],
            "kind": c["kind"],
            "body": c["body"],
            "date": c["date"],
            "mentions": c["edge_mentions"],
        }
        for c in cites_of(conn, node["_node"])
    ]
    return d


# --------------------------------------------------------------------------- traversals


def _keys_json(keys: Iterable[Any]) -> str:
    """A JSON array of keys, for ``IN (SELECT value FROM json_each(?))``: one query for many
    (``corpus.fresh.keys_json``: without the json module)."""
    return keys_json(keys)


def _ints_json(keys: list[int]) -> str:
    """:func:`_keys_json` of integers, the same text, without the json module (a traversal
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
    return out


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
    pairs_json = _keys_json([list(p) for p in wanted])
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
    id_pairs = _keys_json([list(k) for k in by_ids])
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
    return node_of_row(conn.execute(_NODE_SQL + " WHERE node = ?", (node,)).fetchone())


def nodes_by_key(conn: sqlite3.Connection, keys: Iterable[int]) -> dict[int, dict[str, Any]]:
    """Many nodes at once, by key (each as :func:`_node` makes it, from plain tuples: a focus
    subgraph has hundreds)."""
    out = {}
    for r in _tuples(
        conn, _NODE_SQL + " WHERE node IN (SELECT value FROM json_each(?))", (_keys_json(keys),)
    ):
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
#: ``render.records.write_tsv_lines`` then writes the rows from their values.
_TSV_LINE = (
    "printf('"
    + "\t".join(["%s"] * 13)
    + "\n', {ends}, ?2, t.kind, t.body, t.date, CASE WHEN t.in_corpus THEN 'true' ELSE 'false' END, "
    + "g.mentions, "
    + ", ".join(f"k.{f}" for f in _EDGE_FIELDS)
    + ", t.name) || CASE WHEN "
    + " OR ".join(
        f"instr({c}, char(0))"
        for c in ("p.id", "t.id", "t.kind", "t.body", "t.date", *(f"k.{f}" for f in _EDGE_FIELDS), "t.name")
    )
    + " THEN char(0) ELSE '' END"
)


def traverse_lines(conn: sqlite3.Connection, start: dict[str, Any], forward: bool, depth: int) -> list[str]:
    """:func:`traverse_values`'s rows as lines of tsv made in SQL, each its cells joined by
    tabs and a line end (no value made in Python per cell: a listing of thousands of rows).
    Nothing is escaped: ``render.records.write_tsv_lines`` checks the lines as a whole and
    writes them as they are only when no cell needs escaping (else from the values)."""
    return [r[3] for r in _closure(conn, start["_node"], forward, depth, tsv=True)]


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


def pagerank_stamp(conn: sqlite3.Connection) -> tuple[int, int, str] | None:
    """(generation PageRank was computed at, current generation, UTC time), or None if never."""
    meta = dict(
        conn.execute("SELECT key, value FROM meta WHERE key LIKE '%generation' OR key = 'pagerank_time'")
    )
    if "pagerank_generation" not in meta:
        return None
    return int(meta["pagerank_generation"]), int(meta.get("generation", 0)), meta.get("pagerank_time", "")
