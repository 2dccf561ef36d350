"""The query commands without the command-line framework: the quick path.

``show``, ``cites``, ``cited-by`` and ``graph --focus`` are answered from here when their
arguments are plain (:func:`run` parses the common forms and gives up on anything else:
``--help``, filters, an unknown option, a value it cannot check); importing typer alone
costs several times a bare Python start, so a query that needs only the index and one
renderer skips it.  The typer commands call the same functions (``cli.answers``: ``show``,
``traverse``, ``graph_focus``), so both paths give the same output, messages and exit codes
(``tests/test_quick.py`` compares them).  ``RESCITE_QUICK=0`` turns the quick path off.

``rescite.__main__`` loads this module and the three it imports (``cli.messages``,
``cli.opening``, ``cli.answers``) from their files, without the package, whose ``__init__``
imports typer (:data:`rescite.__main__.QUICK_MODULES`).
"""

from __future__ import annotations

import os
import sys

from .answers import graph_focus, show, traverse
from .messages import (
    EXIT_INTERNAL,
    EXIT_OK,
    EXIT_UNREADABLE,
    Failure,
    quiet_broken_pipe,
    set_up_streams,
    state,
)
from .opening import corpus_names, held, open_corpus, opened

TYPE_CHECKING = False  # as typing's, without importing typing: the quick path imports little
if TYPE_CHECKING:
    from typing import Any


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
