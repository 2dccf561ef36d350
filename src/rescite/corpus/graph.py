"""The citation graph: node and edge records from the index, and a networkx ``DiGraph``.

Nodes are all citing and cited texts (id, kind, body, date, name, ``in_corpus``, link);
an edge citing → cited carries its mentions: count, functions, verbs, sections,
paragraphs, pinpoints and the context of the first mention.  Only the subgraph a
question needs is built (global figures such as PageRank are kept in the index).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from .query import Filters, closure, list_nodes, public

GraphParts = tuple[list[dict[str, Any]], list[dict[str, Any]]]

_EDGE_LIST_FIELDS = ("function", "verb", "section", "paragraph", "pinpoint")


def subgraph(
    conn: sqlite3.Connection, filters: Filters, focus: int | None = None, depth: int = 1
) -> GraphParts:
    """Nodes passing ``filters`` (around ``focus`` within ``depth`` steps, both directions)
    and the edges among them, in id order."""
    nodes = list(list_nodes(conn, filters, "id", with_citing=False))
    if focus is not None:
        keep = {focus}
        for forward in (True, False):
            keep.update(n for _, _, n in closure(conn, focus, forward, depth))
        kept = [n for n in nodes if n["_node"] in keep]
        if not any(n["_node"] == focus for n in kept):
            everything = list_nodes(conn, Filters(), "id", with_citing=False)
            kept = [
                n for n in everything if n["_node"] in keep and (n["_node"] == focus or _passes(n, filters))
            ]
        node_list = kept
    else:
        node_list = nodes
    by_key = {n["_node"]: n["id"] for n in node_list}
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for citing, cited, mentions in conn.execute(
        "SELECT citing, cited, mentions FROM edges ORDER BY citing, cited"
    ):
        if citing in by_key and cited in by_key:
            edges[(by_key[citing], by_key[cited])] = {
                "source_id": by_key[citing],
                "target": by_key[cited],
                "mentions": mentions,
                **{f: [] for f in _EDGE_LIST_FIELDS},
                "context": None,
            }
    if edges:
        for r in conn.execute(
            "SELECT d.node_id, c.target, c.function, c.verb, c.section, c.paragraph, c.pinpoint, c.context "
            "FROM citations c JOIN documents d ON d.doc = c.doc WHERE c.target IS NOT NULL "
            "ORDER BY d.path, c.seq"
        ):
            e = edges.get((r[0], r[1]))
            if e is None:
                continue
            for i, f in enumerate(_EDGE_LIST_FIELDS, 2):
                if r[i] is not None and r[i] not in e[f]:
                    e[f].append(r[i])
            if e["context"] is None:
                e["context"] = r[7]
    return [public(n) for n in node_list], list(edges.values())


def mentions_of(conn: sqlite3.Connection, ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Every mention of each of ``ids``: citing document, verb, function, section,
    paragraph, the words cited and their context (document order)."""
    wanted = set(ids)
    out: dict[str, list[dict[str, Any]]] = {}
    for r in conn.execute(
        "SELECT c.target, d.node_id, c.verb, c.function, c.section, c.paragraph, c.pinpoint, c.text, "
        "c.context FROM citations c JOIN documents d ON d.doc = c.doc WHERE c.target IS NOT NULL "
        "ORDER BY d.path, c.seq"
    ):
        if r[0] in wanted:
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


def _passes(node: dict[str, Any], f: Filters) -> bool:
    if f.kinds and node["kind"] not in f.kinds:
        return False
    if f.bodies and node["body"] not in f.bodies:
        return False
    if f.in_corpus is not None and node["in_corpus"] != f.in_corpus:
        return False
    date = node["date"]
    if f.since and (date is None or date[: len(f.since)] < f.since):
        return False
    return not (f.until and (date is None or date[: len(f.until)] > f.until))


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
    """The graph as node-link JSON (what ``networkx.node_link_data`` gives, edges as ``edges``)."""
    import networkx as nx

    data: dict[str, Any] = nx.node_link_data(to_networkx(nodes, edges), edges="edges")
    return data
