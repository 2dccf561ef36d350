"""The citation graph: node and edge records from the index, and a networkx ``DiGraph``.

Nodes are all citing and cited texts (id, kind, body, date, name, ``in_corpus``, link);
an edge citing → cited carries its mentions: count, functions, verbs, sections,
paragraphs, pinpoints and the context of the first mention.  Only the subgraph a
question needs is built (global figures such as PageRank are kept in the index).
"""

from __future__ import annotations

from .fresh import keys_json
from .lists import Filters, list_nodes
from .query import public
from .traversal import closure, nodes_by_key

TYPE_CHECKING = False  # as typing's, without importing typing: `graph --focus` imports little
if TYPE_CHECKING:
    import sqlite3
    from typing import Any

    GraphParts = tuple[list[dict[str, Any]], list[dict[str, Any]]]

_EDGE_LIST_FIELDS = ("function", "verb", "section", "paragraph", "pinpoint")
#: Where each of them sits in a row of the edges' mentions.
_EDGE_LIST_AT = tuple(enumerate(_EDGE_LIST_FIELDS, 2))


def subgraph(
    conn: sqlite3.Connection, filters: Filters, focus: int | None = None, depth: int = 1
) -> GraphParts:
    """Nodes passing ``filters`` (around ``focus`` within ``depth`` steps, both directions)
    and the edges among them, in id order.

    Around a focus only the nodes reached, the edges among them and their mentions are read
    from the index; each edge's context is read for its first mention only.
    """
    if focus is not None:
        keep = {focus}
        for forward in (True, False):
            keep.update(n for _, _, n in closure(conn, focus, forward, depth))
        found = nodes_by_key(conn, keep)
        if filters.sql()[0]:
            passing = {n["_node"] for n in list_nodes(conn, filters, "id", with_citing=False, within=keep)}
        else:  # no filter: every node reached passes (not read twice)
            passing = set(found)
        node_list = sorted(
            (n for k, n in found.items() if k == focus or k in passing), key=lambda n: n["_skey"]
        )
        keys = {n["_node"] for n in node_list}
        # each node's out-edges (an index range), not every pair of nodes: ``+`` keeps SQLite
        # from seeking (citing, cited) once per node of the list (nodes² seeks: 78 ms → 5 ms
        # for 571 nodes)
        edge_rows = conn.execute(
            "SELECT e.citing, e.cited, e.mentions FROM json_each(?) k "
            "CROSS JOIN edges e ON e.citing = k.value "
            "WHERE +e.cited IN (SELECT value FROM json_each(?))",
            (keys_json(keys), keys_json(keys)),
        ).fetchall()
    else:
        node_list = list(list_nodes(conn, filters, "id", with_citing=False))
        edge_rows = conn.execute("SELECT citing, cited, mentions FROM edges").fetchall()
    # each node's place in id order and its id (the edges sorted by place, not by key tuples)
    place = {n["_node"]: (i, n["id"]) for i, n in enumerate(sorted(node_list, key=_skey))}
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for _, _, mentions, a, b in sorted(
        (place[r[0]][0], place[r[1]][0], r[2], place[r[0]][1], place[r[1]][1])
        for r in edge_rows
        if r[0] in place and r[1] in place
    ):
        edges[(a, b)] = {
            "source_id": a,
            "target": b,
            "mentions": mentions,
            "function": [],
            "verb": [],
            "section": [],
            "paragraph": [],
            "pinpoint": [],
            "context": None,
        }
    if edges:
        ids = keys_json({n["id"] for n in node_list})
        if focus is not None:  # from the citing documents' few mentions, not a popular text's many
            sql = (
                "SELECT d.node_id, g.id, f.function, f.verb, f.section, m.paragraph, m.pinpoint, "
                "m.doc, m.ctx FROM json_each(?) k CROSS JOIN documents d ON d.node_id = k.value "
                "CROSS JOIN mentions m ON m.doc = d.doc JOIN targets g ON g.t = m.target "
                "LEFT JOIN phrases f ON f.phrase = m.phrase "
                # the mentions kept by their target's key (an id is one key): only those are
                # joined with their id, not every mention of the citing documents
                "WHERE +m.target IN (SELECT h.t FROM json_each(?) j JOIN targets h ON h.id = j.value) "
            )
        else:
            sql = (
                "SELECT d.node_id, c.target, c.function, c.verb, c.section, c.paragraph, c.pinpoint, "
                "c.doc, c.ctx FROM citations c JOIN documents d ON d.doc = c.doc WHERE c.target IS NOT NULL "
            )
        first: dict[tuple[int, int], list[dict[str, Any]]] = {}
        order = "ORDER BY d.path, m.seq" if focus is not None else "ORDER BY d.path, c.seq"
        cur = conn.cursor()
        cur.row_factory = None  # plain tuples: a focus has thousands of mentions
        for r in cur.execute(sql + order, (ids, ids) if focus is not None else ()):
            e = edges.get((r[0], r[1]))
            if e is None:
                continue
            for i, f in _EDGE_LIST_AT:
                v = r[i]
                if v is not None and v not in e[f]:
                    e[f].append(v)
            if e["context"] is None:
                e["context"] = ""
                first.setdefault((r[7], r[8]), []).append(e)
        for e in edges.values():
            if e["context"] == "":
                e["context"] = None
        if first:  # each citing document's sentences unpacked once, however many edges it has
            from .fresh import unpack

            wanted: dict[int, list[tuple[int, list[dict[str, Any]]]]] = {}
            for (doc, ctx), es in first.items():
                if ctx is not None:
                    wanted.setdefault(doc, []).append((ctx, es))
            for doc, data in conn.execute(
                "SELECT doc, data FROM contexts WHERE doc IN (SELECT value FROM json_each(?))",
                (keys_json(wanted),),
            ):
                # once each (no cache to fill), cut once, only the sentences used decoded
                sentences = unpack(data).split(b"\x00")
                for ctx, es in wanted[doc]:
                    if 0 <= ctx < len(sentences):
                        text = sentences[ctx].decode("utf-8", "surrogatepass")
                        for e in es:
                            e["context"] = text
    return [public(n) for n in node_list], list(edges.values())


def _skey(n: dict[str, Any]) -> Any:
    return n["_skey"]


def mentions_of(conn: sqlite3.Connection, ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Every mention of each of ``ids``: citing document, verb, function, section,
    paragraph, the words cited and their context (document order)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for r in conn.execute(
        "SELECT c.target, d.node_id, c.verb, c.function, c.section, c.paragraph, c.pinpoint, c.text, "
        "rescite_context(x.data, c.ctx) FROM targets g CROSS JOIN mentions m ON m.target = g.t "
        "CROSS JOIN citations c ON c.doc = m.doc AND c.seq = m.seq JOIN documents d ON d.doc = c.doc "
        "LEFT JOIN contexts x ON x.doc = c.doc "
        "WHERE g.id IN (SELECT value FROM json_each(?)) ORDER BY d.path, c.seq",
        (keys_json(set(ids)),),
    ):
        out.setdefault(r[0], []).append(
            {
                "citing": r[1],
                "verb": r[2],
                "function": r[3],
                "section": r[4],
                "paragraph": r[5],
                "pinpoint": r[6],
                "text": r[7],
                "context": r[8],
            }
        )
    return out


def to_networkx(nodes: list[dict[str, Any]], edges: list[dict[str, Any]], *, flat: bool = False) -> Any:
    """A ``networkx.DiGraph``; ``flat`` joins lists and drops None (for GraphML/GEXF)."""
    import networkx as nx

    def attrs(d: dict[str, Any], skip: tuple[str, ...]) -> dict[str, Any]:
        out = {}
        for k, v in d.items():
            if k in skip:
                continue
            if flat:
                if v is None:
                    continue
                if isinstance(v, list):
                    v = "; ".join(str(x) for x in v)
            out[k] = v
        return out

    g = nx.DiGraph()
    for n in nodes:
        g.add_node(n["id"], **attrs(n, ("id",)))
    for e in edges:
        g.add_edge(e["source_id"], e["target"], **attrs(e, ("source_id", "target")))
    return g


def node_link_json(nodes: list[dict[str, Any]], edges: list[dict[str, Any]]) -> dict[str, Any]:
    """The graph as node-link JSON: what ``networkx.node_link_data(to_networkx(nodes, edges),
    edges="edges")`` gives, key for key and in its order, without importing networkx (a
    third of a second of start-up; ``tests/test_graph.py`` compares the two)."""
    attrs: dict[str, dict[str, Any]] = {}
    for n in nodes:
        attrs.setdefault(n["id"], {}).update((k, v) for k, v in n.items() if k != "id")
    adjacency: dict[str, dict[str, dict[str, Any]]] = {k: {} for k in attrs}
    for e in edges:
        u, v = e["source_id"], e["target"]
        for end in (u, v):  # an edge's end that is not a node becomes one, bare
            if end not in attrs:
                attrs[end] = {}
                adjacency[end] = {}
        adjacency[u].setdefault(v, {}).update(
            (k, x) for k, x in e.items() if k not in ("source_id", "target")
        )
    return {
        "directed": True,
        "multigraph": False,
        "graph": {},
        "nodes": [{**a, "id": n} for n, a in attrs.items()],
        "edges": [{**d, "source": u, "target": v} for u, out in adjacency.items() for v, d in out.items()],
    }
