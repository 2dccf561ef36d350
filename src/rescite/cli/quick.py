"""The query commands' work, without the command-line framework: the quick path.

``show``, ``cites``, ``cited-by`` and ``graph --focus`` are answered from here when their
arguments are plain (:func:`run` parses the common forms and gives up on anything else:
``--help``, filters, an unknown option, a value it cannot check); importing typer alone
costs several times a bare Python start, so a query that needs only the index and one
renderer skips it.  The typer commands call the same functions (:func:`show`,
:func:`traverse`, :func:`graph`), so both paths give the same output, messages and exit
codes (``tests/test_quick.py`` compares them).  ``RESCITE_QUICK=0`` turns the quick path off.
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # as typing's, without importing typing: the quick path imports little
if TYPE_CHECKING:
    from pathlib import Path
    from typing import IO, Any

EXIT_OK, EXIT_NOT_FOUND, EXIT_USAGE, EXIT_AMBIGUOUS, EXIT_UNREADABLE, EXIT_INTERNAL = 0, 1, 2, 3, 4, 70

state = {"debug": False, "unreadable": False}


class Failure(Exception):
    """A command ends: ``message`` (if any) was written on stderr; exit with ``code``."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def shown(text: str) -> str:
    """``text`` made safe for a terminal: control characters, escape sequences and the
    undecodable bytes of file names are written visibly (``\\x1b``, ``\\xff``)."""
    from ..render.safe import for_terminal

    return for_terminal(text)


def echo_err(line: str) -> None:
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


def warn(message: str) -> None:
    """One line on stderr, ``rescite: `` first, nothing in it that a terminal would obey."""
    echo_err(f"rescite: {shown(message)}")


def fail(message: str, code: int) -> Failure:
    warn(message)
    return Failure(code)


def quiet_broken_pipe() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass
    sys.exit(0)


def corpus_roots(corpus: list[str] | None) -> list[Path]:
    from pathlib import Path

    return [Path(name) for name in corpus_root_names(corpus)]


def corpus_root_names(corpus: list[str] | None) -> list[str]:
    """:func:`corpus_roots` as names (``str`` of each path), without pathlib: it costs a query
    that refreshes the index a few milliseconds (urllib.parse, ipaddress, fnmatch)."""
    from ..corpus.sample import sample_folder
    from ..read.text import path_name

    if corpus:
        return [path_name(c) for c in corpus]
    env = os.environ.get("RESCITE_CORPUS")
    if env:
        return [path_name(p) for p in env.split(os.pathsep) if p]
    return [sample_folder()]


class LazyProgress:
    """A progress bar on stderr that appears only on a terminal and only once the work has
    taken more than ``delay`` seconds (quick answers stay quiet); a context manager."""

    def __init__(self, label: str, delay: float = 1.0) -> None:
        import time

        self.label = label
        self.delay = delay
        self.t0 = time.monotonic()
        self.progress: Any = None
        self.task: Any = None
        self.enabled = sys.stderr.isatty()

    def update(self, done: int, total: int) -> None:
        import time

        if not self.enabled:
            return
        if self.progress is None:
            if time.monotonic() - self.t0 < self.delay:
                return
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            from ..render.console import make_console

            self.progress = Progress(
                TextColumn(self.label),
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                console=make_console(stderr=True),
                transient=True,
            )
            self.progress.start()
            self.task = self.progress.add_task(self.label, total=total)
        self.progress.update(self.task, completed=done, total=total)

    def __enter__(self) -> LazyProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()


#: The collector's first threshold once a query refreshes its index (:func:`open_corpus`).
REFRESH_GC_YOUNG = 20_000


def open_corpus(
    corpus: list[str] | None,
    db: str | None,
    *,
    announce: bool = False,
    jobs: int | None = None,
    rebuild: bool = False,
    mapper: Any = None,
) -> Any:
    """Open the index of the corpus and refresh it; errors are a line on stderr and
    :class:`Failure`.  ``mapper`` runs the extraction elsewhere (``corpus.distributed``).

    A query on an index that is up to date (``corpus.fresh``) takes it as it is: the
    summary is then None."""
    listing = None
    if not (announce or jobs or rebuild or mapper):
        speculated = held.pop("conn", None)
        if speculated is not None:  # answering on a speculation (:func:`_speculative`)
            return speculated, None
        from ..corpus.fresh import check

        ready, listing = check(corpus_names(corpus), db, held.pop("listing", None))
        if ready is not None:
            opened.append(ready)
            return ready, None
    # What is alive now (the modules, the corpus's listing: tens of thousands of objects) lives
    # as long as the command: kept out of the collector's passes, which the refresh's imports
    # and the engine's start would otherwise make walk it again and again (10-25 ms of a
    # query after one changed file).  What the refresh then makes (its modules, the engine's
    # patterns and tables: long-lived too) is let pile up to REFRESH_GC_YOUNG objects before a
    # pass (the default, 700, made a dozen passes over them in a one-file refresh, 2-3 ms);
    # passes still come, so a long refresh's memory stays bounded.
    import gc

    gc.freeze()
    gc.set_threshold(REFRESH_GC_YOUNG, *gc.get_threshold()[1:])
    from ..corpus import index as ix
    from ..corpus import limits, schema
    from ..read.limits import from_env

    try:
        limits.time_budget()  # the workers read it too: a value not understood is a usage error here
    except limits.BadLimit as exc:
        raise fail(str(exc), EXIT_USAGE) from None
    for problem in from_env()[1]:  # a size not understood: the default is used
        warn(f"warning: {problem}")
    from ..corpus.fresh import default_db_file
    from ..read.text import path_name

    roots = corpus_root_names(corpus)
    db_path = path_name(db) if db else path_name(default_db_file(roots))
    try:
        conn = schema.open_index(db_path, rebuild=rebuild)
    except schema.IndexUnavailable as exc:
        raise fail(str(exc), EXIT_UNREADABLE) from None
    opened.append(conn)

    def refresh() -> Any:
        with LazyProgress("indexing") as bar:
            return ix.refresh(
                conn,
                roots,
                jobs=jobs,
                progress=bar.update if bar.enabled else None,
                retry=announce,
                mapper=mapper,
                listing=listing,
            )

    # the listing lives as long as the command (the process ends without freeing it, see
    # ``rescite.__main__._end``): freed here, its tens of thousands of objects cost a query
    # after one changed file about 2 % of its instructions
    kept_alive.append(listing)
    try:
        try:
            summary = refresh()
        except schema.IndexDamaged as exc:  # ours, damaged: built anew from the corpus
            warn(f"warning: {exc}; rebuilding it")
            conn.close()
            conn = schema.open_index(db_path, rebuild=True)
            opened.append(conn)
            summary = refresh()
    except FileNotFoundError as exc:
        raise fail(str(exc), EXIT_UNREADABLE) from None
    except (ix.IndexFailed, schema.IndexUnavailable) as exc:
        raise fail(str(exc), EXIT_UNREADABLE) from None
    if summary.building:
        raise fail(
            f"{db_path}: the index is being built by another rescite process; try again when it has finished",
            EXIT_UNREADABLE,
        )
    for message in summary.unreadable:
        warn(f"{message} (skipped)")
    for message in summary.warnings:  # files indexed in part: a limit reached
        warn(f"warning: {message}")
    if summary.unreadable:
        state["unreadable"] = True
    if summary.busy and announce:
        raise fail(
            f"{db_path}: another rescite process is indexing this corpus; nothing done (try again later)",
            EXIT_UNREADABLE,
        )
    if summary.busy:
        echo_err("rescite: index is being refreshed by another process; answering from the previous index")
    if announce:
        echo_err(f"rescite: {summary.line()}")
    elif summary.modified:
        echo_err(
            f"rescite: index refreshed: {summary.new} new, {summary.changed} changed, "
            f"{summary.removed} removed"
        )
    return conn, summary


def corpus_names(corpus: list[str] | None) -> list[Any]:
    """The corpus roots a query's freshness check walks (``--corpus``, else ``RESCITE_CORPUS``,
    else the bundled sample)."""
    names = corpus or [p for p in os.environ.get("RESCITE_CORPUS", "").split(os.pathsep) if p]
    return names or corpus_root_names(None)


#: The indexes the command opened (:func:`close_index`).
opened: list[Any] = []


def close_index() -> None:
    """Close the indexes the command opened (before the console script ends the process at
    once: ``rescite.__main__._end``)."""
    while opened:
        try:  # noqa: SIM105 - contextlib is one more import on the quick path
            opened.pop().close()
        except Exception:  # as at an ordinary exit: the process ends anyway
            pass


#: What the command keeps until it ends instead of freeing it object by object (:func:`open_corpus`).
kept_alive: list[Any] = []

#: What a speculative answer hands on (:func:`_speculative`): the index it opened (``conn``),
#: then, when the index was not up to date, the corpus as walked (``listing``).
held: dict[str, Any] = {}


def expand_stdin(args: list[str]) -> list[str]:
    """Arguments, with ``-`` replaced by the ids on standard input (one a line)."""
    out: list[str] = []
    for a in args:
        if a == "-":
            out.extend(line.strip() for line in sys.stdin if line.strip())
        else:
            out.append(a)
    return out


def resolve_query(conn: Any, query: str) -> tuple[dict[str, Any] | None, int]:
    """The one node ``query`` means, or None and the exit code (messages on stderr)."""
    from ..corpus.query import lookup

    found = lookup(conn, query)
    if len(found.matches) == 1:
        return found.matches[0], EXIT_OK
    if found.matches:
        warn(f"{query!r} is ambiguous; it may mean:")
        for m in found.matches:
            line = "\t".join(shown(str(m[k] or "")) for k in ("id", "kind", "name"))
            echo_err(f"  {line}".rstrip())
        return None, EXIT_AMBIGUOUS
    hint = f"; did you mean {', '.join(found.suggestions)}?" if found.suggestions else ""
    warn(f"no text matches {query!r} in the index{hint}")
    return None, EXIT_NOT_FOUND


def listing_format(fmt: str | None) -> str:
    return fmt if fmt else ("table" if sys.stdout.isatty() else "tsv")


# --------------------------------------------------------------------------- the commands' work


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
    from ..corpus.query import TRAVERSE_FIELDS, sort_rows
    from ..corpus.query import traverse as walk
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
    from ..corpus import query
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
        lines.extend(query.traverse_lines(conn, node, forward, depth))

    def values() -> list[tuple[Any, ...]]:
        rows = [r for node in nodes for r in query.traverse_values(conn, node, forward, depth)]
        return rows[:limit] if limit else rows

    write_tsv_lines(lines[:limit] if limit else lines, query.TRAVERSE_FIELDS, sys.stdout, values)
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
    from ..corpus.query import Filters

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


# --------------------------------------------------------------------------- the quick parser

_COMMON = {"--corpus": "corpus", "-c": "corpus", "--db": "db"}
_LIST_FORMATS = ("table", "json", "jsonl", "csv", "tsv", "ids")
_SPECS: dict[str, tuple[dict[str, str], tuple[str, ...], tuple[str, ...]]] = {
    # command: (options that take a value -> name, format values, flags that are formats)
    "show": (
        {
            **_COMMON,
            "--format": "format",
            "-f": "format",
            "--context": "context",
            "-C": "context",
            "--color": "color",
        },
        ("table", "text", "json", "jsonl"),
        ("table", "text", "json", "jsonl"),
    ),
    "cites": (
        {**_COMMON, "--format": "format", "-f": "format", "--depth": "depth", "-d": "depth"}
        | {"--limit": "limit", "-n": "limit", "--sort": "sort", "--color": "color"},
        _LIST_FORMATS,
        _LIST_FORMATS,
    ),
    "graph": (
        {
            **_COMMON,
            "--format": "format",
            "-f": "format",
            "--depth": "depth",
            "-d": "depth",
            "--focus": "focus",
        },
        ("dot", "json", "mermaid"),
        ("dot",),
    ),
}
_SPECS["cited-by"] = _SPECS["cites"]
_INTS = ("context", "depth", "limit")
_COLORS = ("auto", "always", "never")
_SORTS = ("id", "depth", "rank", "cited", "date", "pagerank", "title")


def parse(argv: list[str]) -> tuple[str, list[str], dict[str, Any]] | None:
    """(command, arguments, options) when ``argv`` is a plain query the quick path answers
    exactly as the full command line would; None for anything else."""
    if not argv or argv[0] not in _SPECS:
        return None
    command = argv[0]
    valued, formats, flags = _SPECS[command]
    flag_names = {f"--{f}": f for f in flags}
    if "jsonl" in flags:
        flag_names["--nl"] = "jsonl"
    args: list[str] = []
    opts: dict[str, Any] = {"corpus": []}
    chosen: set[str] = set()
    i = 1
    while i < len(argv):
        a = argv[i]
        i += 1
        if any("\ud800" <= ch <= "\udfff" for ch in a):
            return None  # not UTF-8: the full command line says what it is
        if a == "-" or not a.startswith("-"):
            args.append(a)
            continue
        if a in flag_names:
            chosen.add(flag_names[a])
            continue
        name, eq, value = a.partition("=")
        if not eq:
            if a not in valued or i >= len(argv):
                return None
            value = argv[i]
            i += 1
        if name not in valued or (not name.startswith("--") and eq):
            return None
        if value.startswith("-") and value != "-":
            return None
        key = valued[name]
        if key == "corpus":
            opts["corpus"].append(value)
            continue
        if key in opts:
            return None  # given twice: the full command line decides which counts
        if key in _INTS:
            if not (value.isascii() and value.isdigit()):
                return None
            opts[key] = int(value)
        elif key == "format":
            if value not in formats:
                return None
            chosen.add(value)
            opts[key] = value
        elif (key == "sort" and value not in _SORTS) or (key == "color" and value not in _COLORS):
            return None
        else:
            opts[key] = value
    if len(chosen) > 1 or (command == "graph" and (args or "focus" not in opts)):
        return None
    if command != "graph" and not args:
        return None
    opts["format"] = chosen.pop() if chosen else None
    return command, args, opts


def set_up_streams() -> None:
    """File names that are not UTF-8 go out as the bytes they were (records keep them
    exactly); messages escape what they cannot encode."""
    try:
        sys.stdout.reconfigure(errors="surrogateescape")  # type: ignore[union-attr]
        sys.stderr.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    except (AttributeError, ValueError):
        pass


def run(argv: list[str]) -> int | None:
    """Answer ``argv`` on the quick path: the exit code, or None when the full command line must."""
    if os.environ.get("RESCITE_QUICK", "1") == "0" or "_RESCITE_COMPLETE" in os.environ:
        return None
    parsed = parse(argv)
    if parsed is None:
        return None
    command, args, opts = parsed
    set_up_streams()
    try:
        code = _speculative(command, args, opts)
        if code is None:
            code = _answer(command, args, opts)
        if code:  # as typer.Exit: the unreadable files' code does not replace it
            return code
        sys.stdout.flush()
    except Failure as exc:
        return exc.code
    except BrokenPipeError:
        quiet_broken_pipe()
    except KeyboardInterrupt:
        sys.stderr.write("rescite: interrupted\n")
        return 130
    except Exception as exc:  # the top-level handler, as the full command line's
        import sqlite3

        if isinstance(exc, sqlite3.DatabaseError):
            from ..corpus.schema import explain

            sys.stderr.write(f"rescite: index unusable: {explain(exc)}; run `rescite index --rebuild`\n")
            return EXIT_UNREADABLE
        sys.stderr.write(f"rescite: internal error: {type(exc).__name__}: {exc} (rerun with --debug)\n")
        return EXIT_INTERNAL
    if state["unreadable"]:  # files that could not be read were named on stderr
        return EXIT_UNREADABLE
    return EXIT_OK


def _answer(command: str, args: list[str], opts: dict[str, Any]) -> int:
    from ..render.console import set_color

    set_color(opts.get("color", "auto"))
    corpus = opts["corpus"] or None
    if command == "show":
        return show(args, corpus, opts.get("db"), opts["format"], opts.get("context"))
    if command == "graph":
        return graph_focus(
            corpus, opts.get("db"), opts["format"] or "dot", opts["focus"], opts.get("depth", 1)
        )
    conn, _ = open_corpus(corpus, opts.get("db"))
    return traverse(
        conn,
        args,
        opts["format"],
        opts.get("depth", 1),
        command == "cites",
        sort=opts.get("sort", "depth"),
        limit=opts.get("limit", 0),
    )


class _Held:
    """A stream whose writes and flushes are kept, in order with the other's, to be made later."""

    def __init__(self, real: Any, ops: list[tuple[Any, str | None]], tty: bool) -> None:
        self._real = real
        self._ops = ops
        self._tty = tty

    def write(self, text: str) -> int:
        self._ops.append((self._real, text))
        return len(text)

    def flush(self) -> None:
        self._ops.append((self._real, None))

    def isatty(self) -> bool:
        return self._tty

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


def _spare_core() -> bool:
    """Whether the load average of the last minute leaves a core free (False when the system
    does not say)."""
    try:
        return os.getloadavg()[0] < (os.cpu_count() or 1) - 0.5
    except (AttributeError, OSError):
        return False


def _speculative(command: str, args: list[str], opts: dict[str, Any]) -> int | None:
    """:func:`_answer` from the index as it is, while another thread walks the corpus to
    check it (``corpus.fresh.speculate``): what the command writes is held, and given (or
    its exception raised) only when the check says the index was up to date; otherwise
    nothing of it is shown and None is returned, for :func:`_answer` to run on the full path
    (the corpus walked once: the listing is handed on).

    For a ``cites``/``cited-by`` listing in tsv (the default in a pipe), whose work is
    mostly SQLite's, which lets go of the interpreter's lock as ``stat`` does: the two then
    run at once in two threads.  A query whose work is mostly Python's would take turns with
    a walking thread for the lock and be slower: ``graph --focus`` (its subgraph read and a
    large output written) has a child process walk instead (``corpus.fresh.Speculation``;
    where ``os.fork`` exists); ``show`` and the other formats check first.  Not when stdout
    is a terminal, nor when ids come from standard input (read once), nor when the machine
    has no core to spare by its load average: a thread would then only add the cost of taking
    turns for the lock (about a fifth more CPU), a child the cost of its fork (measured on a
    shared machine with load 3 on 2 cores: ``graph --focus`` 3% slower), and neither hides
    the walk.
    """
    process = command == "graph"  # mostly Python's work: the walk in a child process
    if process:
        if sys.stdout.isatty() or not hasattr(os, "fork") or not _spare_core():
            return None
    elif (
        command not in ("cites", "cited-by")
        or opts["format"] not in (None, "tsv")
        or opts.get("sort", "depth") not in ("depth", "rank")
        or "-" in args
        or sys.stdout.isatty()
        or not _spare_core()
    ):
        return None
    from ..corpus.fresh import speculate

    pending = speculate(corpus_names(opts["corpus"] or None), opts.get("db"), process)
    if pending is None:
        return None
    if pending.conn is None:
        held["listing"] = pending.found()
        return None
    ops: list[tuple[Any, str | None]] = []
    real_out, real_err = sys.stdout, sys.stderr
    sys.stdout = _Held(real_out, ops, False)
    sys.stderr = _Held(real_err, ops, real_err.isatty())
    held["conn"] = pending.conn
    opened.append(pending.conn)
    raised: Exception | None = None
    code = None
    try:
        code = _answer(command, args, opts)
    except Exception as exc:  # given as it was once the index is known to be up to date
        raised = exc
    finally:
        sys.stdout, sys.stderr = real_out, real_err
        held.pop("conn", None)
    if not pending.confirm():
        pending.conn.close()
        held["listing"] = pending.found()
        state["unreadable"] = False
        return None
    for stream, text in ops:
        if text is None:
            stream.flush()
        else:
            stream.write(text)
    if raised is not None:
        raise raised
    return code
