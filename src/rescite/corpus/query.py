"""Questions asked of an index about one text: forgiving lookup, its record and citations; the
node rows every question gives.  Listings: ``corpus.lists``; closures, paths and ranks:
``corpus.traversal``.

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
    from collections.abc import Iterable
    from typing import Any


def ensure_pagerank(conn: sqlite3.Connection) -> tuple[int, str]:
    """:func:`rescite.corpus.measures.ensure_pagerank` (imported when needed: most queries do not)."""
    from .measures import ensure_pagerank as ensure

    return ensure(conn)


NODE_FIELDS = ("id", "kind", "body", "date", "name", "in_corpus", "cited_by", "mentions", "cites", "pagerank")
NODE_SQL = "SELECT node, skey, " + ", ".join(NODE_FIELDS) + " FROM nodes"


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
    row = conn.execute(NODE_SQL + " WHERE id = ?", (cid,)).fetchone()
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
        rows = conn.execute(NODE_SQL + " WHERE fold = ? ORDER BY skey, id", (f,)).fetchall()
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
        rows = [node_of_row(r) for r in conn.execute(NODE_SQL + " WHERE tail = ? ORDER BY skey, id", (tail,))]
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


# --------------------------------------------------------------------------- PageRank's age


def json_array(keys: Iterable[Any]) -> str:
    """A JSON array of keys, for ``IN (SELECT value FROM json_each(?))``: one query for many
    (``corpus.fresh.keys_json``: without the json module)."""
    return keys_json(keys)


def pagerank_stamp(conn: sqlite3.Connection) -> tuple[int, int, str] | None:
    """(generation PageRank was computed at, current generation, UTC time), or None if never."""
    meta = dict(
        conn.execute("SELECT key, value FROM meta WHERE key LIKE '%generation' OR key = 'pagerank_time'")
    )
    if "pagerank_generation" not in meta:
        return None
    return int(meta["pagerank_generation"]), int(meta.get("generation", 0)), meta.get("pagerank_time", "")
