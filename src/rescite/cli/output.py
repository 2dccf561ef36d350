"""The output options every command shares: the formats, one flag per format (``--json``,
``--tsv`` …), ``--color``, the listing's default format, and a pipe closed by its reader."""

from __future__ import annotations

import enum
import sys
from collections.abc import Callable
from typing import Annotated, Any

import typer

from .common import fail
from .messages import EXIT_UNREADABLE, EXIT_USAGE, quiet_broken_pipe, state


def format_flags(formats: type[enum.StrEnum]) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
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
        extra.append(
            inspect.Parameter(
                "color_mode",
                inspect.Parameter.KEYWORD_ONLY,
                default=None,
                annotation=Annotated[
                    ColorMode | None,
                    typer.Option(
                        "--color",
                        help="Colour and bold: auto, always or never (as rescite --color).",
                        show_default=False,
                    ),
                ],
            )
        )

        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            mode = kwargs.pop("color_mode", None)
            if mode is not None:
                from ..render.console import set_color

                set_color(mode.value)
            chosen = {flags[flag] for flag, name in names.items() if kwargs.pop(name, False)}
            if kwargs.get("fmt") is not None:
                chosen.add(kwargs["fmt"])
            if len(chosen) > 1:
                raise fail("choose one output format, not " + " and ".join(sorted(chosen)), EXIT_USAGE)
            kwargs["fmt"] = chosen.pop() if chosen else None
            return func(*args, **kwargs)

        wrapper.__signature__ = sig.replace(parameters=[*sig.parameters.values(), *extra])  # type: ignore[attr-defined]
        return wrapper

    return deco


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
    svg = "svg"
    png = "png"
    pdf = "pdf"
    html = "html"


class ColorMode(enum.StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


ListFormatOpt = Annotated[
    ListFormat | None,
    typer.Option(
        "--format",
        "-f",
        help="Output format (default: table on a terminal, tsv otherwise).",
        show_default=False,
    ),
]


def pipe_safe(func: Any) -> Any:
    """End quietly (exit 0) when the reader of stdout goes away, as native tools do."""
    import functools

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            result = func(*args, **kwargs)
            sys.stdout.flush()
        except BrokenPipeError:
            quiet_broken_pipe()
        if state["unreadable"]:  # files that could not be read were named on stderr
            raise typer.Exit(EXIT_UNREADABLE)
        return result

    return wrapper


def listing_format(fmt: ListFormat | None) -> str:
    return fmt.value if fmt else ("table" if sys.stdout.isatty() else "tsv")
