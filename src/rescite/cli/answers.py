"""The work of ``show``, ``cites``/``cited-by`` and ``graph --focus``: the answer written to
stdout and the exit code.  The typer commands and the quick path call the same functions, so
both give the same output, messages and exit codes.

Loaded with ``cli.quick`` by ``rescite.__main__``, without the package (whose ``__init__``
imports typer): of ``cli`` it imports only ``cli.messages`` and ``cli.opening``, loaded
before it.
"""

from __future__ import annotations

import sys

from .messages import EXIT_OK, echo_err
from .opening import expand_stdin, open_corpus, resolve_query

TYPE_CHECKING = False  # as typing's, without importing typing: the quick path imports little
if TYPE_CHECKING:
    from typing import IO, Any


def listing_format(fmt: str | None) -> str:
    return fmt if fmt else ("table" if sys.stdout.isatty() else "tsv")


def show(
    queries: list[str], corpus: list[str] | None, db: str | None, fmt: str | None, context: int | None
) -> int:
    """``rescite show``: the exit code (0, or the first failure's)."""
    from ..corpus import query
    from ..corpus.locate import locate

    conn, _ = open_corpus(corpus, db)
    chosen = fmt if fmt else ("table" if sys.stdout.isatty() else "text")
    code = EXIT_OK
    items = []
    names = expand_stdin(queries)
    for q in names:
        node, status = resolve_query(conn, q)
        if node is None:
            code = code or status
            continue
        info = query.show(conn, node)
        locate(info["cited_in"], context)
        if chosen == "jsonl":
            import json

            sys.stdout.write(json.dumps(_show_json(info), ensure_ascii=False) + "\n")
        elif chosen == "json":
            items.append(_show_json(info))
        else:
            from ..render.records import write_show

            write_show(info, sys.stdout, rich=chosen == "table")
    if chosen == "json" and items:
        from ..render.safe import json_indented

        sys.stdout.write(json_indented(items[0] if len(names) == 1 else items))
        sys.stdout.write("\n")
    return code


def _show_json(info: dict[str, Any]) -> dict[str, Any]:
    out = dict(info)
    out["cited_in"] = [{k: v for k, v in m.items() if not k.startswith("_")} for m in info["cited_in"]]
    return out


TRAVERSE_TABLE = (
    "source_id",
    "target",
    "depth",
    "kind",
    "date",
    "title",
    "mentions",
    "function",
    "verb",
    "paragraph",
)


def traverse(
    conn: Any,
    ids: list[str],
    fmt: str | None,
    depth: int,
    forward: bool,
    *,
    keep: set[str] | None = None,
    functions: list[str] | None = None,
    sort: str = "depth",
    limit: int = 0,
) -> int:
    """``rescite cites`` (``forward``) and ``cited-by`` on an open index: the exit code.

    ``keep``: only rows whose text is one of these ids (the listing filters); ``functions``:
    only rows whose citation has one of these functions.
    """
    from ..corpus.lists import sort_rows
    from ..corpus.traversal import TRAVERSE_FIELDS
    from ..corpus.traversal import traverse as walk
    from ..render import records as render

    wanted = set(functions or ())
    code = EXIT_OK
    chosen = listing_format(fmt)
    if keep is None and not wanted and sort in ("depth", "rank") and chosen == "tsv":
        return _traverse_tsv(conn, ids, depth, forward, limit)
    rows: list[dict[str, Any]] = []
    for q in expand_stdin(ids):
        node, status = resolve_query(conn, q)
        if node is None:
            code = code or status
            continue
        rows.extend(
            r
            for r in walk(conn, node, forward, depth)
            if (keep is None or r["id"] in keep)
            and (not wanted or wanted & set((r["function"] or "").split("; ")))
        )
    rows = sort_rows(conn, rows, sort)
    if limit:
        rows = rows[:limit]
    render.write_rows(
        rows,
        TRAVERSE_FIELDS,
        chosen,
        sys.stdout,
        id_field="target" if forward else "source_id",
        table_fields=TRAVERSE_TABLE,
    )
    return code


def _traverse_tsv(conn: Any, ids: list[str], depth: int, forward: bool, limit: int) -> int:
    """:func:`traverse` in tsv, rows in the closure's order: each row's line made in SQL and
    the lines written at once when nothing in them needs escaping (else from the rows'
    values, no dict per row: a listing of thousands of rows); the same text."""
    from ..corpus import traversal
    from ..render.records import write_tsv_lines

    code = EXIT_OK
    nodes = []
    lines: list[str] = []
    for q in expand_stdin(ids):
        node, status = resolve_query(conn, q)
        if node is None:
            code = code or status
            continue
        nodes.append(node)
        lines.extend(traversal.traverse_lines(conn, node, forward, depth))

    def values() -> list[tuple[Any, ...]]:
        rows = [r for node in nodes for r in traversal.traverse_values(conn, node, forward, depth)]
        return rows[:limit] if limit else rows

    write_tsv_lines(lines[:limit] if limit else lines, traversal.TRAVERSE_FIELDS, sys.stdout, values)
    return code


def write_graph(
    conn: Any,
    nodes: list[dict[str, Any]],
    edges: list[dict[str, Any]],
    chosen: str,
    out: IO[str],
    focus_id: str | None,
) -> None:
    """The graph as text: html (the explorer), dot, mermaid, json, graphml or gexf."""

    if chosen == "html":
        from ..corpus.graph import mentions_of
        from ..render.explorer import write_explorer

        write_explorer(nodes, edges, mentions_of(conn, [n["id"] for n in nodes]), out, focus=focus_id)
    elif chosen == "dot":
        from ..render.dot import DOT_NODE_LIMIT, write_dot

        if len(nodes) > DOT_NODE_LIMIT:
            echo_err(
                f"rescite: warning: {len(nodes)} nodes; `dot` is very slow beyond about "
                f"{DOT_NODE_LIMIT}: "
                "draw with `sfdp -Tsvg` (or `rescite graph -o graph.svg`, which does), "
                "or narrow with --focus/--depth/--kind/--body"
            )
        write_dot(nodes, edges, out, focus=focus_id)
    elif chosen == "mermaid":
        from ..render.dot import write_mermaid

        write_mermaid(nodes, edges, out)
    elif chosen == "json":
        from ..render.safe import json_node_link, json_text

        out.write(json_text(json_node_link(nodes, edges)))
        out.write("\n")
    else:
        import networkx as nx

        from ..corpus.graph import to_networkx

        g = to_networkx(nodes, edges, flat=True)
        lines = nx.generate_graphml(g) if chosen == "graphml" else nx.generate_gexf(g)
        for line in lines:
            out.write(line + "\n")


def graph_focus(corpus: list[str] | None, db: str | None, chosen: str, focus: str, depth: int) -> int:
    """``rescite graph --focus X`` to standard output, no filters, as text (dot, mermaid, json)."""
    from ..corpus.graph import subgraph
    from ..corpus.lists import Filters

    conn, _ = open_corpus(corpus, db)
    node, code = resolve_query(conn, focus)
    if node is None:
        return code
    nodes, edges = subgraph(conn, Filters(), node["_node"], depth)
    if chosen != "json":  # XML 1.0 (and dot, mermaid) cannot hold every character
        from ..render.safe import for_xml_record

        nodes = [for_xml_record(n) for n in nodes]
        edges = [for_xml_record(e) for e in edges]
    write_graph(conn, nodes, edges, chosen, sys.stdout, node["id"])
    return EXIT_OK
