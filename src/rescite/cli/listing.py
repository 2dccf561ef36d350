"""The one set of options of the listing commands: filters (``--kind``, ``--body``,
``--since``, ``--until``, ``--lang``, ``--function``, ``--in-corpus``) and order (``--limit``,
``--sort``), checked and packed as a :class:`Listing`."""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from typing import Annotated, Any

import typer

from ..models import Record
from .common import fail
from .messages import EXIT_USAGE


class SortKey(enum.StrEnum):
    id = "id"
    depth = "depth"
    rank = "rank"
    cited = "cited"
    date = "date"
    pagerank = "pagerank"
    title_ = "title"


class RankBy(enum.StrEnum):
    cited = "cited"
    pagerank = "pagerank"


KINDS = ("resolution", "decision", "document", "treaty", "publication", "unresolved")


FUNCTIONS = ("builds_on", "acknowledges", "acts")


def _usage(option: str, value: str, valid: Sequence[str]) -> typer.BadParameter:
    return typer.BadParameter(
        f"{value!r} is not valid; valid values: {', '.join(valid)}", param_hint=f"'{option}'"
    )


def _check_date(option: str) -> Callable[[str | None], str | None]:
    def check(value: str | None) -> str | None:
        if value is None:
            return None
        import datetime as dt

        shapes = {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d"}
        fmt = shapes.get(len(value))
        try:
            if fmt is None:
                raise ValueError
            dt.datetime.strptime(value, fmt)
        except ValueError:
            raise typer.BadParameter(
                f"{value!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD", param_hint=f"'{option}'"
            ) from None
        return value

    return check


def check_lang(value: str | None) -> str | None:
    """``--lang``: a language the lexicon has (en, fr, es …)."""
    if value is None:
        return None
    from ..grammar import lexicon

    valid = sorted(lexicon.load().languages)
    if value.lower() not in valid:
        raise _usage("--lang", value, valid)
    return value.lower()


def _check_langs(values: list[str] | None) -> list[str] | None:
    return [check_lang(v) or v for v in values] if values else values


def _check_functions(values: list[str] | None) -> list[str] | None:
    for v in values or ():
        if v not in FUNCTIONS:
            raise _usage("--function", v, FUNCTIONS)
    return values


class Listing(Record):
    """The filters and order every listing command takes (one set of options)."""

    kind: list[str]
    body: list[str]
    since: str | None
    until: str | None
    lang: list[str]
    function: list[str]
    in_corpus: bool | None
    limit: int
    sort: SortKey | None

    __slots__ = ("body", "function", "in_corpus", "kind", "lang", "limit", "since", "sort", "until")

    def __init__(
        self,
        kind: list[str] | None = None,
        body: list[str] | None = None,
        since: str | None = None,
        until: str | None = None,
        lang: list[str] | None = None,
        function: list[str] | None = None,
        in_corpus: bool | None = None,
        limit: int = 0,
        sort: SortKey | None = None,
    ) -> None:
        self.kind = [] if kind is None else kind
        self.body = [] if body is None else body
        self.since = since
        self.until = until
        self.lang = [] if lang is None else lang
        self.function = [] if function is None else function
        self.in_corpus = in_corpus
        self.limit = limit
        self.sort = sort

    def check(self, conn: Any) -> None:
        """Values that only the index can judge: kinds and bodies (usage error, exit 2)."""
        kinds = sorted({*KINDS, *(r[0] for r in conn.execute("SELECT DISTINCT kind FROM nodes") if r[0])})
        for k in self.kind:
            if k not in kinds:
                raise fail(f"invalid value for '--kind': {k!r}; valid values: {', '.join(kinds)}", EXIT_USAGE)
        if self.body:
            bodies = sorted(r[0] for r in conn.execute("SELECT DISTINCT body FROM nodes") if r[0])
            keys = body_keys()
            chosen = []
            for b in self.body:
                series = keys.get(b.upper(), b)
                if series not in bodies and series not in keys.values():
                    known = ", ".join(sorted({*bodies, *keys.values()}))
                    names = ", ".join(f"{k} ({v})" for k, v in sorted(keys.items()))
                    raise fail(
                        f"invalid value for '--body': {b!r}; valid values: {known}; also the names {names}",
                        EXIT_USAGE,
                    )
                chosen.append(series)
            self.body = chosen

    def filters(self, **extra: Any) -> Any:
        from ..corpus.lists import Filters

        fields: dict[str, Any] = {"langs": tuple(self.lang), "functions": tuple(self.function), **extra}
        return Filters(tuple(self.kind), tuple(self.body), self.since, self.until, self.in_corpus, **fields)


def body_keys() -> dict[str, str]:
    """Body names users write (GA, SC, ECOSOC, HRC) -> their series (A, S, E, A/HRC)."""
    from ..grammar import lexicon

    return {key.upper(): b.series for key, b in lexicon.load().bodies.items()}


def listing_options(
    *, sort_default: str = "id", limit_default: int = 0
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Give a command the one set of listing options (``--kind``, ``--body``, ``--since``,
    ``--until``, ``--lang``, ``--function``, ``--in-corpus/--external``, ``--limit``,
    ``--sort``); the command sees them packed as ``opts: Listing``."""
    import functools
    import inspect

    params = {
        "kind": (KindOpt, None),
        "body": (BodyOpt, None),
        "since": (SinceOpt, None),
        "until": (UntilOpt, None),
        "lang": (LangsOpt, None),
        "function": (FunctionOpt, None),
        "in_corpus": (InCorpusOpt, None),
        "limit": (
            Annotated[
                int,
                typer.Option("--limit", "-n", min=0, help="At most this many rows (0: all)."),
            ],
            limit_default,
        ),
        "sort": (
            Annotated[
                SortKey | None,
                typer.Option(
                    "--sort", help=f"Order of the rows (default: {sort_default}).", show_default=False
                ),
            ],
            None,
        ),
    }

    def deco(func: Callable[..., Any]) -> Callable[..., Any]:
        sig = inspect.signature(func, eval_str=True)
        extra = [
            inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=ann)
            for name, (ann, default) in params.items()
        ]

        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            got = {name: kwargs.pop(name, None) for name in params}
            kwargs["opts"] = Listing(
                kind=got["kind"] or [],
                body=got["body"] or [],
                since=got["since"],
                until=got["until"],
                lang=got["lang"] or [],
                function=got["function"] or [],
                in_corpus=got["in_corpus"],
                limit=limit_default if got["limit"] is None else got["limit"],
                sort=got["sort"] or SortKey(sort_default),
            )
            return func(*args, **kwargs)

        kept = [p for p in sig.parameters.values() if p.name != "opts"]
        wrapper.__signature__ = sig.replace(parameters=[*kept, *extra])  # type: ignore[attr-defined]
        return wrapper

    return deco


KindOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--kind",
        help="Only this kind: resolution, decision, document, treaty, publication (repeatable).",
        show_default=False,
    ),
]


BodyOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--body",
        help="Only this body, by series (A, S, E/CN.15 …) or name (GA, SC, ECOSOC, HRC); repeatable.",
        show_default=False,
    ),
]


SinceOpt = Annotated[
    str | None,
    typer.Option(
        "--since",
        help="Only dated on or after (YYYY, YYYY-MM or YYYY-MM-DD).",
        show_default=False,
        callback=_check_date("--since"),
    ),
]


UntilOpt = Annotated[
    str | None,
    typer.Option(
        "--until",
        help="Only dated on or before (YYYY, YYYY-MM or YYYY-MM-DD).",
        show_default=False,
        callback=_check_date("--until"),
    ),
]


LangsOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--lang",
        help="Only texts in, or cited from, documents of this language (ar, en, es, fr, ru, zh; repeatable).",
        show_default=False,
        callback=_check_langs,
    ),
]


FunctionOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--function",
        help="Only citations of this function: builds_on, acknowledges or acts (repeatable).",
        show_default=False,
        callback=_check_functions,
    ),
]


InCorpusOpt = Annotated[
    bool | None,
    typer.Option(
        "--in-corpus/--external", help="Only texts in the corpus / only texts outside it.", show_default=False
    ),
]


def sort_rows(conn: Any, rows: list[dict[str, Any]], key: SortKey | None) -> list[dict[str, Any]]:
    from ..corpus.lists import sort_rows as sort

    return sort(conn, rows, key.value if key else "depth")
