"""The graph and timeline commands: pictures (SVG, PNG, PDF via Graphviz), an explorer page
(HTML), and the graph for Graphviz, Gephi, Mermaid or scripts."""

from __future__ import annotations

import enum
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from .common import CorpusOpt, DbOpt, DepthOpt, app, fail, open_corpus, resolve_query
from .listing import BodyOpt, FunctionOpt, InCorpusOpt, KindOpt, LangsOpt, Listing, SinceOpt, UntilOpt
from .messages import EXIT_UNREADABLE, EXIT_USAGE
from .output import GraphFormat, pipe_safe

PICTURES = (GraphFormat.svg, GraphFormat.png, GraphFormat.pdf)
OutputOpt = Annotated[
    str | None,
    typer.Option("--output", "-o", help="Write to FILE (- for standard output).", show_default=False),
]


def _write_out(output: str | None, fmt: str) -> Any:
    """The text stream for ``output`` (standard output when none or ``-``)."""
    if output in (None, "-"):
        return sys.stdout
    try:
        return open(output, "w", encoding="utf-8")
    except OSError as exc:
        raise fail(f"{output}: cannot write ({exc.strerror})", EXIT_UNREADABLE) from None


@app.command("graph")
@pipe_safe
def graph_cmd(
    corpus: CorpusOpt = None,
    db: DbOpt = None,
    fmt: Annotated[
        GraphFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="dot, json, graphml, gexf, mermaid; svg, png, pdf (a picture, needs Graphviz); "
            "html (an explorer page).  Default: from the -o suffix, else dot.",
            show_default=False,
        ),
    ] = None,
    output: OutputOpt = None,
    dot: Annotated[bool, typer.Option("--dot", help="Shorthand for --format dot.")] = False,
    focus: Annotated[
        str | None, typer.Option("--focus", help="Only the texts around this one.", show_default=False)
    ] = None,
    depth: DepthOpt = 1,
    kind: KindOpt = None,
    body: BodyOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    lang: LangsOpt = None,
    function: FunctionOpt = None,
    in_corpus: InCorpusOpt = None,
) -> None:
    """The citation graph, whole or around --focus ID: a picture, an explorer page, or data.

    Example: rescite graph --focus 64/293 --depth 2 -o graph.svg
    """
    from ..corpus.graph import subgraph
    from .answers import write_graph

    if dot and fmt not in (None, GraphFormat.dot):
        raise fail("--dot and --format disagree", EXIT_USAGE)
    chosen = GraphFormat.dot if dot else fmt
    if chosen is None and output not in (None, "-"):
        suffix = Path(str(output)).suffix.lstrip(".").lower()
        chosen = {"htm": GraphFormat.html, "gv": GraphFormat.dot}.get(suffix) or next(
            (f for f in GraphFormat if f.value == suffix), None
        )
    chosen = chosen or GraphFormat.dot
    if chosen in (*PICTURES, GraphFormat.html) and output in (None, "-") and sys.stdout.isatty():
        raise fail(f"--format {chosen.value} writes a file: give -o FILE", EXIT_USAGE)
    if chosen in PICTURES:
        from ..render.picture import GraphvizMissing, require_graphviz

        try:
            require_graphviz()
        except GraphvizMissing as exc:
            raise fail(str(exc), EXIT_UNREADABLE) from None
    opts = Listing(
        kind=kind or [],
        body=body or [],
        since=since,
        until=until,
        lang=lang or [],
        function=function or [],
        in_corpus=in_corpus,
    )
    conn, _ = open_corpus(corpus, db)
    opts.check(conn)
    focus_key = None
    focus_id = None
    if focus is not None:
        node, code = resolve_query(conn, focus)
        if node is None:
            raise typer.Exit(code)
        focus_key, focus_id = node["_node"], node["id"]
    nodes, edges = subgraph(conn, opts.filters(), focus_key, depth)
    if opts.function:
        wanted = set(opts.function)
        edges = [e for e in edges if wanted & set(e.get("function") or ())]
    if chosen is not GraphFormat.json:  # XML 1.0 (and dot, mermaid) cannot hold every character
        from ..render.safe import for_xml_record

        nodes = [for_xml_record(n) for n in nodes]
        edges = [for_xml_record(e) for e in edges]
    if chosen in PICTURES:
        from ..render.picture import GraphvizMissing, PictureFailed, draw

        try:
            engine = draw(nodes, edges, chosen.value, output, focus=focus_id)
        except GraphvizMissing as exc:
            raise fail(str(exc), EXIT_UNREADABLE) from None
        except PictureFailed as exc:
            raise fail(str(exc), EXIT_UNREADABLE) from None
        if output not in (None, "-"):
            typer.echo(
                f"rescite: wrote {output} ({len(nodes)} texts, {len(edges)} citations; {engine})", err=True
            )
        return
    out = _write_out(output, chosen.value)
    try:
        write_graph(conn, nodes, edges, chosen.value, out, focus_id)
    finally:
        if out is not sys.stdout:
            out.close()
    if out is not sys.stdout:
        typer.echo(f"rescite: wrote {output} ({len(nodes)} texts, {len(edges)} citations)", err=True)


class TimelineFormat(enum.StrEnum):
    table = "table"
    svg = "svg"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"


@app.command("timeline")
@pipe_safe
def timeline_cmd(
    query: Annotated[str, typer.Argument(help="A text of the series (id or name).")],
    corpus: CorpusOpt = None,
    db: DbOpt = None,
    fmt: Annotated[
        TimelineFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="table (lines for the terminal), svg (a picture), json, jsonl, csv, tsv. "
            "Default: from the -o suffix, else table.",
            show_default=False,
        ),
    ] = None,
    output: OutputOpt = None,
    depth: Annotated[
        int, typer.Option("--depth", "-d", min=0, help="Steps along the series to follow (0: no limit).")
    ] = 0,
) -> None:
    """A series of texts over the years, by date, with what each of them cites.

    The series: the texts of one body and kind on one subject (their titles share words)
    that cite each other.

    Example: rescite timeline 73/146 -o timeline.svg
    """
    from ..corpus.timeline import series
    from ..render import records as render
    from ..render import timeline as draw

    chosen = fmt
    if chosen is None and output not in (None, "-"):
        chosen = next((f for f in TimelineFormat if f.value == Path(str(output)).suffix.lstrip(".")), None)
    chosen = chosen or TimelineFormat.table
    conn, _ = open_corpus(corpus, db)
    node, code = resolve_query(conn, query)
    if node is None:
        raise typer.Exit(code)
    found = series(conn, node, depth)
    out = _write_out(output, chosen.value)
    try:
        if chosen is TimelineFormat.svg:
            draw.write_svg(found, out, focus=node["id"])
        elif chosen is TimelineFormat.table:
            draw.write_text(found, out, focus=node["id"])
        else:
            render.write_rows(draw.rows(found), draw.TIMELINE_FIELDS, chosen.value, out)
    finally:
        if out is not sys.stdout:
            out.close()
    if out is not sys.stdout:
        typer.echo(f"rescite: wrote {output} ({len(found)} texts in the series)", err=True)
