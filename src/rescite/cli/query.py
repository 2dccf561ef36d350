"""Commands that query the corpus: list, show, cites, cited-by, path, rank."""

from __future__ import annotations

import enum
import sys
from typing import Annotated

import typer

from .common import CorpusOpt, DbOpt, DepthOpt, app, fail, open_corpus, resolve_query
from .listing import Listing, RankBy, SortKey, listing_options, sort_rows
from .messages import EXIT_NOT_FOUND, EXIT_USAGE
from .output import ListFormat, ListFormatOpt, ShowFormat, format_flags, listing_format, pipe_safe

LIST_FIELDS = (
    "id",
    "kind",
    "body",
    "date",
    "name",
    "title",
    "in_corpus",
    "cited_by",
    "mentions",
    "citing",
    "link",
)


@app.command("list")
@pipe_safe
@format_flags(ListFormat)
@listing_options(sort_default="id")
def list_cmd(
    corpus: CorpusOpt = None,
    db: DbOpt = None,
    fmt: ListFormatOpt = None,
    cites: Annotated[
        str | None,
        typer.Option(
            "--cites", help="Only the texts that ID cites (as `rescite cites ID`).", show_default=False
        ),
    ] = None,
    cited_by: Annotated[
        str | None,
        typer.Option(
            "--cited-by", help="Only the texts that cite ID (as `rescite cited-by ID`).", show_default=False
        ),
    ] = None,
    *,
    opts: Listing,
) -> None:
    """Every text of the citation graph: id, kind, body, date, title, times cited, citing documents.

    Example: rescite list --kind resolution --sort cited
    """
    from ..corpus.lists import list_nodes
    from ..render import records as render

    conn, _ = open_corpus(corpus, db)
    opts.check(conn)
    keys: dict[str, int | None] = {"cited_by": None, "citing_of": None}
    for field_name, query in (("cited_by", cites), ("citing_of", cited_by)):
        if query is not None:
            node, code = resolve_query(conn, query)
            if node is None:
                raise typer.Exit(code)
            keys[field_name] = node["_node"]
    chosen = listing_format(fmt)
    rows = list_nodes(
        conn,
        opts.filters(**keys),
        _node_sort(opts),
        with_citing=chosen != "ids",
        limit=opts.limit,
        ids_only=chosen == "ids",
    )
    render.write_rows(
        rows,
        LIST_FIELDS,
        chosen,
        sys.stdout,
        table_fields=("id", "kind", "body", "date", "title", "cited_by", "mentions", "citing"),
    )


def _node_sort(opts: Listing) -> str:
    return "id" if opts.sort in (None, SortKey.depth, SortKey.rank) else opts.sort.value


@app.command("show")
@pipe_safe
@format_flags(ShowFormat)
def show_cmd(
    queries: Annotated[
        list[str],
        typer.Argument(
            help="Ids or names (forgiving: 64/293, res 64/293, UNTOC …); - reads them from standard input."
        ),
    ],
    corpus: CorpusOpt = None,
    db: DbOpt = None,
    fmt: Annotated[
        ShowFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="Output format (default: table on a terminal, text otherwise).",
            show_default=False,
        ),
    ] = None,
    context: Annotated[
        int | None,
        typer.Option(
            "--context",
            "-C",
            min=0,
            help="Characters of context each side of a mention (default: the stored 160).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """One text: its facts, where it is cited (page, line, paragraph, sentence), what it cites.

    Example: rescite show 64/293
    """
    from .answers import show
    from .messages import Failure

    try:
        code = show(queries, corpus, db, fmt.value if fmt else None, context)
    except Failure as exc:
        raise typer.Exit(exc.code) from None
    if code:
        raise typer.Exit(code)


def _traverse(
    ids: list[str],
    corpus: list[str] | None,
    db: str | None,
    fmt: ListFormat | None,
    depth: int,
    forward: bool,
    opts: Listing,
) -> None:
    from ..corpus.lists import node_keys
    from .answers import traverse

    conn, _ = open_corpus(corpus, db)
    opts.check(conn)
    code = traverse(
        conn,
        ids,
        fmt.value if fmt else None,
        depth,
        forward,
        keep=node_keys(conn, opts.filters(functions=())),
        functions=opts.function,
        sort=opts.sort.value if opts.sort else "depth",
        limit=opts.limit,
    )
    if code:
        raise typer.Exit(code)


IdsArg = Annotated[list[str], typer.Argument(help="Ids or names; - reads them from standard input.")]


@app.command("cites")
@pipe_safe
@format_flags(ListFormat)
@listing_options(sort_default="depth")
def cites_cmd(
    ids: IdsArg,
    corpus: CorpusOpt = None,
    db: DbOpt = None,
    fmt: ListFormatOpt = None,
    depth: DepthOpt = 1,
    *,
    opts: Listing,
) -> None:
    """What ID cites (with --depth N, transitively: one row per text reached, with its citation).

    Example: rescite cites A/RES/76/186 --depth 2
    """
    _traverse(ids, corpus, db, fmt, depth, True, opts)


@app.command("cited-by")
@pipe_safe
@format_flags(ListFormat)
@listing_options(sort_default="depth")
def cited_by_cmd(
    ids: IdsArg,
    corpus: CorpusOpt = None,
    db: DbOpt = None,
    fmt: ListFormatOpt = None,
    depth: DepthOpt = 1,
    *,
    opts: Listing,
) -> None:
    """The texts that cite ID (with --depth N, transitively).

    Example: rescite cited-by A/RES/72/195 --depth 0
    """
    _traverse(ids, corpus, db, fmt, depth, False, opts)


PATH_FIELDS = (
    "step",
    "id",
    "kind",
    "body",
    "date",
    "title",
    "in_corpus",
    "function",
    "verb",
    "section",
    "paragraph",
)


@app.command("path")
@pipe_safe
@format_flags(ListFormat)
def path_cmd(
    a: Annotated[str, typer.Argument(help="The citing end (id or name).")],
    b: Annotated[str, typer.Argument(help="The cited end (id or name).")],
    corpus: CorpusOpt = None,
    db: DbOpt = None,
    fmt: ListFormatOpt = None,
) -> None:
    """The shortest citation chain from A to B (A cites … cites B); if none, from B to A, said on stderr.

    Example: rescite path A/RES/76/186 A/RES/72/1
    """
    from ..corpus.traversal import path_rows, shortest_path
    from ..render import records as render

    conn, _ = open_corpus(corpus, db)
    na, code_a = resolve_query(conn, a)
    nb, code_b = resolve_query(conn, b)
    if na is None or nb is None:
        raise typer.Exit(code_a or code_b)
    chain = shortest_path(conn, na["_node"], nb["_node"])
    if chain is None:
        chain = shortest_path(conn, nb["_node"], na["_node"])
        if chain is not None:
            typer.echo(
                f"rescite: {na['id']} does not lead to {nb['id']}; showing the chain the other way: "
                f"{nb['id']} cites … {na['id']}",
                err=True,
            )
    if chain is None:
        raise fail(f"no citation chain between {na['id']} and {nb['id']}", EXIT_NOT_FOUND)
    render.write_rows(
        path_rows(conn, chain),
        PATH_FIELDS,
        listing_format(fmt),
        sys.stdout,
        table_fields=("step", "id", "kind", "date", "title", "function", "verb", "paragraph"),
    )


RANK_FIELDS = ("rank", "id", "kind", "body", "date", "title", "cited_by", "mentions", "pagerank")


@app.command("rank")
@pipe_safe
@format_flags(ListFormat)
@listing_options(sort_default="cited", limit_default=20)
def rank_cmd(
    corpus: CorpusOpt = None,
    db: DbOpt = None,
    fmt: ListFormatOpt = None,
    by: Annotated[
        RankBy | None, typer.Option("--by", help="Same as --sort: cited or pagerank.", show_default=False)
    ] = None,
    *,
    opts: Listing,
) -> None:
    """The most cited texts, by number of citing documents (--sort cited) or by PageRank (--sort pagerank).

    Example: rescite rank --sort pagerank --limit 10
    """
    from ..corpus.traversal import rank
    from ..render import records as render

    if by is not None:
        opts.sort = SortKey(by.value)
    sort = opts.sort or SortKey.cited
    if sort not in (SortKey.cited, SortKey.pagerank):
        raise fail(f"invalid value for '--sort': {sort.value!r}; valid values: cited, pagerank", EXIT_USAGE)
    conn, _ = open_corpus(corpus, db)
    opts.check(conn)
    rows = rank(conn, opts.filters(), sort.value, opts.limit)
    render.write_rows(rows, RANK_FIELDS, listing_format(fmt), sys.stdout)


SEARCH_FIELDS = ("rank", "id", "kind", "body", "date", "title", "cited_by", "score", "context", "link")


@app.command("search")
@pipe_safe
@format_flags(ListFormat)
@listing_options(sort_default="rank", limit_default=20)
def search_cmd(
    words: Annotated[list[str], typer.Argument(help="Words to find (in any order; accents do not matter).")],
    corpus: CorpusOpt = None,
    db: DbOpt = None,
    fmt: ListFormatOpt = None,
    *,
    opts: Listing,
) -> None:
    """Find texts by words of their titles, their names and the paragraphs that cite them.

    Example: rescite search trafficking women girls
    """
    from ..corpus.lists import node_keys
    from ..corpus.search import add_snippets, search
    from ..render import records as render

    conn, _ = open_corpus(corpus, db)
    opts.check(conn)
    keep = node_keys(conn, opts.filters())
    rows = [
        r for r in search(conn, " ".join(words), limit=0, snippets=False) if keep is None or r["id"] in keep
    ]
    if opts.sort not in (None, SortKey.rank):
        rows = sort_rows(conn, rows, opts.sort)
    if opts.limit:
        rows = rows[: opts.limit]
    add_snippets(conn, " ".join(words), rows)  # for the rows shown only
    for i, r in enumerate(rows, 1):
        r["rank"] = i
    if not rows:
        typer.echo(f"rescite: nothing matches {' '.join(words)!r}", err=True)
    render.write_rows(
        rows,
        SEARCH_FIELDS,
        listing_format(fmt),
        sys.stdout,
        table_fields=("rank", "id", "kind", "date", "title", "cited_by", "context"),
    )
    if not rows:
        raise typer.Exit(EXIT_NOT_FOUND)


class StatsFormat(enum.StrEnum):
    table = "table"
    json = "json"


@app.command("stats")
@pipe_safe
@format_flags(StatsFormat)
def stats_cmd(
    corpus: CorpusOpt = None,
    db: DbOpt = None,
    fmt: Annotated[
        StatsFormat | None,
        typer.Option("--format", "-f", help="table (figures and bar charts) or json.", show_default=False),
    ] = None,
    top: Annotated[int, typer.Option("--top", min=1, help="How many of the most cited texts.")] = 10,
) -> None:
    """The corpus at a glance: texts by body, kind, year and function; most cited; unresolved.

    Example: rescite stats
    """
    import json

    from ..corpus.stats import corpus_stats
    from ..render.stats import write_stats

    conn, _ = open_corpus(corpus, db)
    stats = corpus_stats(conn, top)
    if fmt is StatsFormat.json:
        json.dump(stats, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        write_stats(stats, sys.stdout)
