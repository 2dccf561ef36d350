"""What every command shares: the app, the corpus and index options, the corpus opener, the
query resolver and the one-line failure.  The output formats and their flags: ``cli.output``;
the listing commands' filters and order: ``cli.listing``; the exit codes and messages, shared
with the quick path (which does not import typer): ``cli.messages``."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from .messages import warn

app = typer.Typer(
    help="Trace how United Nations resolutions and decisions cite each other.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


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
DepthOpt = Annotated[int, typer.Option("--depth", "-d", min=0, help="Steps to follow (0: no limit).")]
#: The corpus given as arguments (``index``, ``watch``).
PathsArg = Annotated[
    list[str] | None,
    typer.Argument(help="Files and folders of the corpus (default: as --corpus).", show_default=False),
]
JobsOpt = Annotated[
    int | None,
    typer.Option("--jobs", "-j", min=1, help="Worker processes (default: all cores).", show_default=False),
]


def fail(message: str, code: int) -> typer.Exit:
    warn(message)
    return typer.Exit(code)


def open_corpus(
    corpus: list[str] | None,
    db: str | None,
    *,
    announce: bool = False,
    jobs: int | None = None,
    rebuild: bool = False,
    mapper: Any = None,
) -> Any:
    """Open the index of the corpus and refresh it; errors become exit codes.  ``mapper``
    runs the extraction elsewhere (a Dask cluster: ``corpus.distributed``)."""
    from . import opening
    from .messages import Failure

    try:
        return opening.open_corpus(corpus, db, announce=announce, jobs=jobs, rebuild=rebuild, mapper=mapper)
    except Failure as exc:
        raise typer.Exit(exc.code) from None


def resolve_query(conn: Any, query: str) -> tuple[dict[str, Any] | None, int]:
    """The one node ``query`` means, or None and the exit code (messages on stderr)."""
    from .opening import resolve_query as resolve

    return resolve(conn, query)
