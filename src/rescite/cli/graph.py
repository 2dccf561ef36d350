"""The graph command: the citation graph for Graphviz, Gephi, Mermaid or scripts."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from .common import (
    EXIT_USAGE,
    BodyOpt,
    CorpusOpt,
    DbOpt,
    DepthOpt,
    GraphFormat,
    InCorpusOpt,
    KindOpt,
    SinceOpt,
    UntilOpt,
    app,
    fail,
    make_filters,
    open_corpus,
    pipe_safe,
    resolve_query,
)


@app.command("graph")
@pipe_safe
def graph_cmd(
    corpus: CorpusOpt = None,
    db: DbOpt = None,
    fmt: Annotated[
        GraphFormat | None,
        typer.Option(
            "--format", "-f", help="dot, json, graphml, gexf or mermaid (default: dot).", show_default=False
        ),
    ] = None,
    dot: Annotated[bool, typer.Option("--dot", help="Shorthand for --format dot.")] = False,
    focus: Annotated[
        str | None, typer.Option("--focus", help="Only the texts around this one.", show_default=False)
    ] = None,
    depth: DepthOpt = 1,
    kind: KindOpt = None,
    body: BodyOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    in_corpus: InCorpusOpt = None,
) -> None:
    """The citation graph, whole or around --focus ID, for Graphviz, Gephi, Mermaid or scripts.

    Example: rescite graph --focus 64/293 --depth 2 --dot | dot -Tsvg > graph.svg
    """
    import json

    from ..corpus.graph import node_link_json, subgraph
    from ..render.dot import DOT_NODE_LIMIT, write_dot, write_mermaid

    if dot and fmt not in (None, GraphFormat.dot):
        raise fail("--dot and --format disagree", EXIT_USAGE)
    chosen = GraphFormat.dot if dot or fmt is None else fmt
    conn, _ = open_corpus(corpus, db)
    focus_key = None
    if focus is not None:
        node, code = resolve_query(conn, focus)
        if node is None:
            raise typer.Exit(code)
        focus_key = node["_node"]
    nodes, edges = subgraph(conn, make_filters(kind, body, since, until, in_corpus), focus_key, depth)
    if chosen is GraphFormat.dot:
        if len(nodes) > DOT_NODE_LIMIT:
            typer.echo(
                f"rescite: warning: {len(nodes)} nodes; `dot` is very slow beyond about {DOT_NODE_LIMIT}: "
                "draw with `sfdp -Tsvg`, or narrow with --focus/--depth/--kind/--body",
                err=True,
            )
        write_dot(nodes, edges, sys.stdout)
    elif chosen is GraphFormat.mermaid:
        write_mermaid(nodes, edges, sys.stdout)
    elif chosen is GraphFormat.json:
        json.dump(node_link_json(nodes, edges), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        import networkx as nx

        from ..corpus.graph import to_networkx

        g = to_networkx(nodes, edges, flat=True)
        lines = nx.generate_graphml(g) if chosen is GraphFormat.graphml else nx.generate_gexf(g)
        for line in lines:
            sys.stdout.write(line + "\n")
