"""The command line: parse options, call the library, render.  Nothing else lives here.

Exit codes: 0 ok, 1 not found, 2 usage error, 3 ambiguous, 4 unreadable input or index,
70 internal error.
"""

from __future__ import annotations

import enum
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

EXIT_OK, EXIT_NOT_FOUND, EXIT_USAGE, EXIT_AMBIGUOUS, EXIT_UNREADABLE, EXIT_INTERNAL = 0, 1, 2, 3, 4, 70

app = typer.Typer(
    help="Trace how United Nations resolutions and decisions cite each other.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
)

_state = {"debug": False}


@app.callback()
def _root(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors.")] = False,
) -> None:
    _state["debug"] = debug


class ExtractFormat(enum.StrEnum):
    jsonl = "jsonl"
    json = "json"
    tsv = "tsv"
    csv = "csv"
    table = "table"


def _format_flags(formats: type[enum.StrEnum]) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Give a command one flag per output format (``--json``, ``--csv``, ``--tsv``,
    ``--table`` …, and ``--nl`` for ``jsonl``), each a shorthand for ``--format X``, as
    sqlite-utils does.  The command itself only ever sees ``fmt``."""
    import functools
    import inspect

    flags = {f"--{f.value}": f for f in formats}
    if "jsonl" in formats.__members__:
        flags["--nl"] = formats("jsonl")
    names = {flag: "as_" + flag[2:] for flag in flags}

    def deco(func: Callable[..., Any]) -> Callable[..., Any]:
        sig = inspect.signature(func, eval_str=True)
        extra = [
            inspect.Parameter(
                names[flag],
                inspect.Parameter.KEYWORD_ONLY,
                default=False,
                annotation=Annotated[
                    bool, typer.Option(flag, help=f"Shorthand for --format {fmt.value}.", show_default=False)
                ],
            )
            for flag, fmt in flags.items()
        ]

        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            chosen = {flags[flag] for flag, name in names.items() if kwargs.pop(name, False)}
            if kwargs.get("fmt") is not None:
                chosen.add(kwargs["fmt"])
            if len(chosen) > 1:
                raise _fail("choose one output format, not " + " and ".join(sorted(chosen)), EXIT_USAGE)
            kwargs["fmt"] = chosen.pop() if chosen else None
            return func(*args, **kwargs)

        wrapper.__signature__ = sig.replace(parameters=[*sig.parameters.values(), *extra])  # type: ignore[attr-defined]
        return wrapper

    return deco


def _env_number(name: str, default: float) -> float:
    import os

    raw = os.environ.get(name)
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise _fail(f"${name} must be a number, not {_shown(raw)!r}", EXIT_USAGE) from None
    if value < 0:
        raise _fail(f"${name} must not be negative", EXIT_USAGE)
    return value


#: Default limits (each also an option of ``extract`` and an environment variable).
MAX_FILE_MB = 200.0
TIME_BUDGET_S = 300.0


class _OverBudget(Exception):
    """A file took longer than the time budget."""


@app.command()
@_format_flags(ExtractFormat)
def extract(
    files: Annotated[
        list[str],
        typer.Argument(
            help="Files to read (text, HTML, Word, PDF); a folder gives its files; - reads standard input."
        ),
    ],
    fmt: Annotated[
        ExtractFormat | None,
        typer.Option("--format", "-f", help="Output format (default: table on a terminal, jsonl otherwise)."),
    ] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="Language of the texts (en, fr, es…).")] = None,
    max_file_mb: Annotated[
        float | None,
        typer.Option(
            "--max-file-mb",
            min=0,
            help=f"Skip files larger than this many MB (default: $RESCITE_MAX_FILE_MB, else {MAX_FILE_MB:g}; "
            "0: no limit).",
            show_default=False,
        ),
    ] = None,
    time_budget: Annotated[
        float | None,
        typer.Option(
            "--time-budget",
            min=0,
            help="Give up a file after this many seconds (default: $RESCITE_TIME_BUDGET, else "
            f"{TIME_BUDGET_S:g}; 0: no limit).",
            show_default=False,
        ),
    ] = None,
    max_range: Annotated[
        int | None,
        typer.Option(
            "--max-range",
            min=0,
            help="Expand a range (64/1 to 64/9) into at most this many texts; a longer one gives its "
            "two ends (default: $RESCITE_MAX_RANGE, else 50).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Print every citation found in FILES, one record per mention.

    One file that cannot be read never stops the others: it is named on stderr with the
    reason, counted in the last line, and the exit code is 4.

    Example: rescite extract --format jsonl resolution.txt
    """
    import os

    from ..engine.extract import extract_text
    from ..read import UnreadableInput, read_text
    from ..render import records as render

    if max_range is not None:
        os.environ["RESCITE_MAX_RANGE"] = str(max_range)  # read by the engine (and its workers)
    if max_file_mb is None:
        max_file_mb = _env_number("RESCITE_MAX_FILE_MB", MAX_FILE_MB)
    size_limit = max_file_mb * 1e6
    budget = time_budget if time_budget is not None else _env_number("RESCITE_TIME_BUDGET", TIME_BUDGET_S)
    chosen = fmt.value if fmt else ("table" if sys.stdout.isatty() else "jsonl")
    failed = 0
    results = []
    inputs = _expand_folders(files)
    for name, problem in inputs:
        try:
            if problem:
                raise UnreadableInput(f"{name}: {problem}")
            if name != "-":
                _check_file(name, size_limit)
            with _time_limit(budget):
                text = read_text(name)
                result = extract_text(text, source=name, lang=lang)
        except UnreadableInput as exc:
            _warn(str(exc))
            failed += 1
            continue
        except _OverBudget:
            _warn(f"{name}: gave up after {budget:g} s (--time-budget, $RESCITE_TIME_BUDGET); skipped")
            failed += 1
            continue
        except (Exception, RecursionError) as exc:  # one bad file never stops the others
            if _state["debug"]:
                raise
            _warn(f"{name}: internal error ({type(exc).__name__}: {exc}); skipped (rerun with --debug)")
            failed += 1
            continue
        for warning in getattr(result, "warnings", ()):
            _warn(f"warning: {name}: {warning}")
        results.append(result)
        if chosen == "jsonl":
            render.write_jsonl(result.citations, sys.stdout)
            sys.stdout.flush()
    if chosen != "jsonl":
        render.write_citations([c for r in results for c in r.citations], chosen, sys.stdout)
    unresolved = sum(r.unresolved for r in results)
    if unresolved:
        typer.echo(f"rescite: {unresolved} mention(s) could not be resolved (kind=unresolved)", err=True)
    if failed:
        _warn(f"{failed} of {len(inputs)} file(s) could not be read")
        raise typer.Exit(EXIT_UNREADABLE)


def _check_file(name: str, size_limit: float) -> None:
    """Refuse, before opening it, a file that is not a regular file (a FIFO or a device
    would never end) or that is over the size limit."""
    import os

    from ..corpus.walk import special_kind
    from ..read import UnreadableInput

    try:
        st = os.stat(name)
    except OSError:
        return  # the reader says what is wrong, in its words
    kind = special_kind(st.st_mode)
    if kind:
        raise UnreadableInput(f"{name}: {kind}, not a file (skipped)")
    if size_limit and st.st_size > size_limit:
        raise UnreadableInput(
            f"{name}: {st.st_size / 1e6:.1f} MB, over the limit of {size_limit / 1e6:g} MB "
            "(--max-file-mb, $RESCITE_MAX_FILE_MB); skipped"
        )


class _time_limit:
    """Raise :class:`_OverBudget` in the main thread after ``seconds`` (0: no limit);
    only where SIGALRM exists (not on Windows, not outside the main thread)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.armed = False

    def __enter__(self) -> None:
        import signal
        import threading

        if not self.seconds or not hasattr(signal, "setitimer"):
            return
        if threading.current_thread() is not threading.main_thread():
            return

        def ring(signum: int, frame: Any) -> None:
            raise _OverBudget()

        self.previous = signal.signal(signal.SIGALRM, ring)
        signal.setitimer(signal.ITIMER_REAL, self.seconds)
        self.armed = True

    def __exit__(self, *exc: object) -> None:
        if self.armed:
            import signal

            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)


def _expand_folders(names: list[str]) -> list[tuple[str, str | None]]:
    """The arguments, with each folder replaced by the corpus files in it (as ``index``
    takes them: by suffix, recursively, hidden ones skipped, each real file once); a
    folder without any is kept with its problem, for its one-line error.  What the walk
    skipped (FIFOs, unreadable folders …) is noted on stderr."""
    from ..corpus.walk import walk

    out: list[tuple[str, str | None]] = []
    for name in names:
        if name != "-" and Path(name).is_dir():
            try:
                found = walk([Path(name)])
            except OSError as exc:
                out.append((name, str(exc.strerror or exc)))
                continue
            for note in found.notes:
                _warn(f"warning: {note.line()}")
            files = [str(Path(name) / rel) for _, rel, _, _ in found.files]
            empty = "no text, HTML, Word or PDF files in this folder"
            out.extend([(f, None) for f in files] or [(name, empty)])
        else:
            out.append((name, None))
    return out


def _shown(text: str) -> str:
    """``text`` made safe for a terminal (control characters, escapes and undecodable
    bytes of file names written visibly)."""
    from ..render.safe import for_terminal

    return for_terminal(text)


def _warn(message: str) -> None:
    """One line on stderr, ``rescite: `` first, nothing in it a terminal would obey."""
    typer.echo(f"rescite: {_shown(message)}", err=True)


# =========================================================================== corpus commands
# The corpus index and the citation graph: index, list, show, cites, cited-by, path, rank,
# graph.  Heavy modules (rich, networkx) are imported only where a command needs them.


class ListFormat(enum.StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"
    ids = "ids"


class ShowFormat(enum.StrEnum):
    table = "table"
    text = "text"
    json = "json"
    jsonl = "jsonl"


class GraphFormat(enum.StrEnum):
    dot = "dot"
    json = "json"
    graphml = "graphml"
    gexf = "gexf"
    mermaid = "mermaid"


class SortKey(enum.StrEnum):
    id = "id"
    cited = "cited"
    date = "date"


class RankBy(enum.StrEnum):
    cited = "cited"
    pagerank = "pagerank"


CorpusOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--corpus",
        "-c",
        help="File or folder of the corpus (repeatable; default: $RESCITE_CORPUS, else the bundled sample).",
        show_default=False,
    ),
]
DbOpt = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Index file (default: in the user cache directory, keyed by the corpus).",
        show_default=False,
    ),
]
ListFormatOpt = Annotated[
    ListFormat | None,
    typer.Option(
        "--format",
        "-f",
        help="Output format (default: table on a terminal, tsv otherwise).",
        show_default=False,
    ),
]
KindOpt = Annotated[
    list[str] | None, typer.Option("--kind", help="Only this kind (repeatable).", show_default=False)
]
BodyOpt = Annotated[
    list[str] | None,
    typer.Option("--body", help="Only this body, by series: A, S, E/CN.15 …", show_default=False),
]
SinceOpt = Annotated[
    str | None,
    typer.Option("--since", help="Only dated on or after (YYYY or YYYY-MM-DD).", show_default=False),
]
UntilOpt = Annotated[
    str | None,
    typer.Option("--until", help="Only dated on or before (YYYY or YYYY-MM-DD).", show_default=False),
]
InCorpusOpt = Annotated[
    bool | None,
    typer.Option(
        "--in-corpus/--external", help="Only texts in the corpus / only texts outside it.", show_default=False
    ),
]
DepthOpt = Annotated[int, typer.Option("--depth", "-d", min=0, help="Steps to follow (0: no limit).")]


def _pipe_safe(func: Any) -> Any:
    """End quietly (exit 0) when the reader of stdout goes away, as native tools do."""
    import functools

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            result = func(*args, **kwargs)
            sys.stdout.flush()
            return result
        except BrokenPipeError:
            _quiet_broken_pipe()

    return wrapper


def _fail(message: str, code: int) -> typer.Exit:
    _warn(message)
    return typer.Exit(code)


def _roots(corpus: list[str] | None) -> list[Path]:
    import os

    from ..corpus.sample import sample_dir

    if corpus:
        return [Path(c) for c in corpus]
    env = os.environ.get("RESCITE_CORPUS")
    if env:
        return [Path(p) for p in env.split(os.pathsep) if p]
    return [sample_dir()]


def _progress_bar() -> tuple[Any, Any]:
    """A rich progress bar on stderr (only on a terminal); returns (callback, context)."""
    if not sys.stderr.isatty():
        return None, None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    progress = Progress(
        TextColumn("indexing"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    task = progress.add_task("indexing", total=None)

    def update(done: int, total: int) -> None:
        progress.update(task, completed=done, total=total)

    return update, progress


def _open_corpus(
    corpus: list[str] | None, db: str | None, *, announce: bool = False, jobs: int | None = None
) -> Any:
    """Open the index of the corpus and refresh it; errors become exit codes."""
    from ..corpus import index as ix

    roots = _roots(corpus)
    db_path = Path(db) if db else ix.default_db_path(roots)
    try:
        conn = ix.open_index(db_path)
    except ix.IndexUnavailable as exc:
        raise _fail(str(exc), EXIT_UNREADABLE) from None
    callback, bar = _progress_bar() if announce else (None, None)
    try:
        if bar is not None:
            with bar:
                summary = ix.refresh(conn, roots, jobs=jobs, progress=callback)
        else:
            summary = ix.refresh(conn, roots, jobs=jobs)
    except FileNotFoundError as exc:
        raise _fail(str(exc), EXIT_UNREADABLE) from None
    except ix.IndexFailed as exc:
        raise _fail(str(exc), EXIT_UNREADABLE) from None
    except sqlite3_errors() as exc:
        raise _fail(f"{db_path}: index unusable ({exc})", EXIT_UNREADABLE) from None
    for message in summary.unreadable:
        _warn(f"warning: {message} (skipped)")
    if summary.busy:
        typer.echo(
            "rescite: index is being refreshed by another process; answering from the previous index",
            err=True,
        )
    if announce:
        typer.echo(f"rescite: {summary.line()}", err=True)
    elif summary.modified:
        typer.echo(
            f"rescite: index refreshed: {summary.new} new, {summary.changed} changed, "
            f"{summary.removed} removed",
            err=True,
        )
    return conn, summary


def sqlite3_errors() -> type[Exception]:
    import sqlite3

    return sqlite3.DatabaseError


def _listing_format(fmt: ListFormat | None) -> str:
    return fmt.value if fmt else ("table" if sys.stdout.isatty() else "tsv")


def _queries(args: list[str]) -> list[str]:
    """Arguments, with ``-`` replaced by the ids on standard input (one a line)."""
    out: list[str] = []
    for a in args:
        if a == "-":
            out.extend(line.strip() for line in sys.stdin if line.strip())
        else:
            out.append(a)
    return out


def _resolve(conn: Any, query: str) -> tuple[dict[str, Any] | None, int]:
    """The one node ``query`` means, or None and the exit code (messages on stderr)."""
    from ..corpus.query import lookup

    found = lookup(conn, query)
    if len(found.matches) == 1:
        return found.matches[0], EXIT_OK
    if found.matches:
        _warn(f"{query!r} is ambiguous; it may mean:")
        for m in found.matches:
            line = "\t".join(_shown(str(m[k] or "")) for k in ("id", "kind", "name"))
            typer.echo(f"  {line}".rstrip(), err=True)
        return None, EXIT_AMBIGUOUS
    hint = f"; did you mean {', '.join(found.suggestions)}?" if found.suggestions else ""
    _warn(f"no text matches {query!r} in the index{hint}")
    return None, EXIT_NOT_FOUND


def _filters(
    kind: list[str] | None,
    body: list[str] | None,
    since: str | None,
    until: str | None,
    in_corpus: bool | None,
    cited_by: int | None = None,
) -> Any:
    from ..corpus.query import Filters

    return Filters(tuple(kind or ()), tuple(body or ()), since, until, in_corpus, cited_by)


@app.command("index")
@_pipe_safe
def index_cmd(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Files and folders of the corpus (default: as --corpus).", show_default=False),
    ] = None,
    corpus: CorpusOpt = None,
    db: DbOpt = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs", "-j", min=1, help="Worker processes (default: all cores).", show_default=False
        ),
    ] = None,
) -> None:
    """Build or refresh the index of a corpus (only new or changed files are read again).

    Example: rescite index ../corpus-ga
    """
    conn, summary = _open_corpus((paths or []) + (corpus or []) or None, db, announce=True, jobs=jobs)
    conn.close()
    if summary.unreadable:
        raise typer.Exit(EXIT_UNREADABLE)


LIST_FIELDS = ("id", "kind", "body", "date", "name", "in_corpus", "cited_by", "mentions", "citing", "link")


@app.command("list")
@_pipe_safe
@_format_flags(ListFormat)
def list_cmd(
    corpus: CorpusOpt = None,
    db: DbOpt = None,
    fmt: ListFormatOpt = None,
    kind: KindOpt = None,
    body: BodyOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    in_corpus: InCorpusOpt = None,
    cited_by: Annotated[
        str | None, typer.Option("--cited-by", help="Only the texts that ID cites.", show_default=False)
    ] = None,
    sort: Annotated[
        SortKey, typer.Option("--sort", help="Order: id, cited (most cited first) or date.")
    ] = SortKey.id,
) -> None:
    """Every text of the citation graph: id, kind, body, date, times cited, citing documents.

    Example: rescite list --kind resolution --sort cited
    """
    from ..corpus.query import list_nodes
    from ..render import records as render

    conn, _ = _open_corpus(corpus, db)
    citing_key = None
    if cited_by is not None:
        node, code = _resolve(conn, cited_by)
        if node is None:
            raise typer.Exit(code)
        citing_key = node["_node"]
    chosen = _listing_format(fmt)
    rows = list_nodes(
        conn,
        _filters(kind, body, since, until, in_corpus, citing_key),
        sort.value,
        with_citing=chosen != "ids",
        ids_only=chosen == "ids",
    )
    render.write_rows(
        rows,
        LIST_FIELDS,
        chosen,
        sys.stdout,
        table_fields=("id", "kind", "body", "date", "cited_by", "mentions", "citing"),
    )


@app.command("show")
@_pipe_safe
@_format_flags(ShowFormat)
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
) -> None:
    """One text: its facts, where it is cited (with the sentence) and what it cites.

    Example: rescite show 64/293
    """
    import json

    from ..corpus import query

    conn, _ = _open_corpus(corpus, db)
    chosen = fmt.value if fmt else ("table" if sys.stdout.isatty() else "text")
    code = EXIT_OK
    items = []
    names = _queries(queries)
    for q in names:
        node, status = _resolve(conn, q)
        if node is None:
            code = code or status
            continue
        info = query.show(conn, node)
        if chosen == "jsonl":
            sys.stdout.write(json.dumps(_show_json(info), ensure_ascii=False) + "\n")
        elif chosen == "json":
            items.append(_show_json(info))
        else:
            from ..render.records import write_show

            write_show(info, sys.stdout, rich=chosen == "table")
    if chosen == "json" and items:
        json.dump(items[0] if len(names) == 1 else items, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    if code:
        raise typer.Exit(code)


def _show_json(info: dict[str, Any]) -> dict[str, Any]:
    out = dict(info)
    out["cited_in"] = [{k: v for k, v in m.items() if not k.startswith("_")} for m in info["cited_in"]]
    return out


TRAVERSE_FIELDS = (
    "source_id",
    "target",
    "depth",
    "kind",
    "body",
    "date",
    "in_corpus",
    "mentions",
    "function",
    "verb",
    "section",
    "paragraph",
    "pinpoint",
)


def _traverse(
    ids: list[str],
    corpus: list[str] | None,
    db: str | None,
    fmt: ListFormat | None,
    depth: int,
    forward: bool,
    in_corpus: bool | None = None,
    kind: list[str] | None = None,
) -> None:
    from ..corpus.query import traverse
    from ..render import records as render

    conn, _ = _open_corpus(corpus, db)
    code = EXIT_OK
    rows: list[dict[str, Any]] = []
    for q in _queries(ids):
        node, status = _resolve(conn, q)
        if node is None:
            code = code or status
            continue
        rows.extend(
            r
            for r in traverse(conn, node, forward, depth)
            if (in_corpus is None or r["in_corpus"] == in_corpus) and (not kind or r["kind"] in kind)
        )
    render.write_rows(
        rows,
        TRAVERSE_FIELDS,
        _listing_format(fmt),
        sys.stdout,
        id_field="target" if forward else "source_id",
        table_fields=(
            "source_id",
            "target",
            "depth",
            "kind",
            "date",
            "mentions",
            "function",
            "verb",
            "paragraph",
        ),
    )
    if code:
        raise typer.Exit(code)


IdsArg = Annotated[list[str], typer.Argument(help="Ids or names; - reads them from standard input.")]


@app.command("cites")
@_pipe_safe
@_format_flags(ListFormat)
def cites_cmd(
    ids: IdsArg,
    corpus: CorpusOpt = None,
    db: DbOpt = None,
    fmt: ListFormatOpt = None,
    depth: DepthOpt = 1,
    in_corpus: InCorpusOpt = None,
    kind: KindOpt = None,
) -> None:
    """What ID cites (with --depth N, transitively: one row per text reached, with its citation).

    Example: rescite cites A/RES/76/186 --depth 2
    """
    _traverse(ids, corpus, db, fmt, depth, True, in_corpus, kind)


@app.command("cited-by")
@_pipe_safe
@_format_flags(ListFormat)
def cited_by_cmd(
    ids: IdsArg,
    corpus: CorpusOpt = None,
    db: DbOpt = None,
    fmt: ListFormatOpt = None,
    depth: DepthOpt = 1,
    in_corpus: InCorpusOpt = None,
    kind: KindOpt = None,
) -> None:
    """The texts that cite ID (with --depth N, transitively).

    Example: rescite cited-by A/RES/72/195 --depth 0
    """
    _traverse(ids, corpus, db, fmt, depth, False, in_corpus, kind)


PATH_FIELDS = ("step", "id", "kind", "body", "date", "in_corpus", "function", "verb", "section", "paragraph")


@app.command("path")
@_pipe_safe
@_format_flags(ListFormat)
def path_cmd(
    a: Annotated[str, typer.Argument(help="The citing end (id or name).")],
    b: Annotated[str, typer.Argument(help="The cited end (id or name).")],
    corpus: CorpusOpt = None,
    db: DbOpt = None,
    fmt: ListFormatOpt = None,
) -> None:
    """The shortest citation chain from A to B (A cites … cites B; tried the other way round if none).

    Example: rescite path A/RES/76/186 A/RES/72/1
    """
    from ..corpus.query import path_rows, shortest_path
    from ..render import records as render

    conn, _ = _open_corpus(corpus, db)
    na, code_a = _resolve(conn, a)
    nb, code_b = _resolve(conn, b)
    if na is None or nb is None:
        raise typer.Exit(code_a or code_b)
    chain = shortest_path(conn, na["_node"], nb["_node"]) or shortest_path(conn, nb["_node"], na["_node"])
    if chain is None:
        raise _fail(f"no citation chain between {na['id']} and {nb['id']}", EXIT_NOT_FOUND)
    render.write_rows(
        path_rows(conn, chain),
        PATH_FIELDS,
        _listing_format(fmt),
        sys.stdout,
        table_fields=("step", "id", "kind", "date", "function", "verb", "paragraph"),
    )


RANK_FIELDS = ("rank", "id", "kind", "body", "date", "cited_by", "mentions", "pagerank")


@app.command("rank")
@_pipe_safe
@_format_flags(ListFormat)
def rank_cmd(
    corpus: CorpusOpt = None,
    db: DbOpt = None,
    fmt: ListFormatOpt = None,
    by: Annotated[RankBy, typer.Option("--by", help="cited (citing documents) or pagerank.")] = RankBy.cited,
    limit: Annotated[int, typer.Option("--limit", "-n", min=0, help="How many (0: all).")] = 20,
    kind: KindOpt = None,
    body: BodyOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    in_corpus: InCorpusOpt = None,
) -> None:
    """The most cited texts, by number of citing documents (in-degree) or by PageRank.

    Example: rescite rank --by pagerank --limit 10
    """
    from ..corpus.query import rank
    from ..render import records as render

    conn, _ = _open_corpus(corpus, db)
    rows = rank(conn, _filters(kind, body, since, until, in_corpus), by.value, limit)
    render.write_rows(rows, RANK_FIELDS, _listing_format(fmt), sys.stdout)


@app.command("graph")
@_pipe_safe
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
        raise _fail("--dot and --format disagree", EXIT_USAGE)
    chosen = GraphFormat.dot if dot or fmt is None else fmt
    conn, _ = _open_corpus(corpus, db)
    focus_key = None
    if focus is not None:
        node, code = _resolve(conn, focus)
        if node is None:
            raise typer.Exit(code)
        focus_key = node["_node"]
    nodes, edges = subgraph(conn, _filters(kind, body, since, until, in_corpus), focus_key, depth)
    if chosen is not GraphFormat.json:  # XML 1.0 (and dot, mermaid) cannot hold every character
        from ..render.safe import for_xml_record

        nodes = [for_xml_record(n) for n in nodes]
        edges = [for_xml_record(e) for e in edges]
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
        from ..render.safe import json_text

        sys.stdout.write(json_text(json.dumps(node_link_json(nodes, edges), ensure_ascii=False, indent=2)))
        sys.stdout.write("\n")
    else:
        import networkx as nx

        from ..corpus.graph import to_networkx

        g = to_networkx(nodes, edges, flat=True)
        lines = nx.generate_graphml(g) if chosen is GraphFormat.graphml else nx.generate_gexf(g)
        for line in lines:
            sys.stdout.write(line + "\n")


def _check_arguments(args: list[str]) -> None:
    """An argument that is not valid UTF-8 (Python keeps its bytes as lone surrogates) is
    a usage error, unless it names a file or folder that is there (file names may be any
    bytes, and are kept exactly)."""
    import os

    from ..render.safe import has_undecodable

    for i, arg in enumerate(args, 1):
        if not has_undecodable(arg):
            continue
        value = arg.split("=", 1)[1] if arg.startswith("--") and "=" in arg else arg
        if os.path.lexists(value):
            continue  # a file or folder that is there: its name is kept exactly
        if arg.startswith("--db=") or (i > 1 and args[i - 2] == "--db"):
            continue  # an index file to be made
        raise _fail(f"argument {i} is not valid UTF-8: {_shown(arg)}", EXIT_USAGE)


def main() -> None:
    """Console entry point with the top-level error handler."""
    try:
        # file names that are not UTF-8 go out as the bytes they were (records keep them exactly)
        sys.stdout.reconfigure(errors="surrogateescape")  # type: ignore[union-attr]
        sys.stderr.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    except (AttributeError, ValueError):
        pass
    try:
        _check_arguments(sys.argv[1:])
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    try:
        app()
    except BrokenPipeError:
        _quiet_broken_pipe()
    except KeyboardInterrupt:
        sys.stderr.write("rescite: interrupted\n")
        sys.exit(130)
    except SystemExit:
        raise
    except Exception as exc:  # the top-level handler: a crash never looks like "not found"
        if _state["debug"]:
            raise
        sys.stderr.write(f"rescite: internal error: {type(exc).__name__}: {exc} (rerun with --debug)\n")
        sys.exit(EXIT_INTERNAL)


def _quiet_broken_pipe() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass
    sys.exit(0)
