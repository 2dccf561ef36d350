"""The annotate command: a document with its citations highlighted and linked (HTML)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from .common import app, fail
from .listing import check_lang
from .messages import EXIT_UNREADABLE, EXIT_USAGE
from .output import pipe_safe


@app.command("annotate")
@pipe_safe
def annotate_cmd(
    file: Annotated[str, typer.Argument(help="A document (text, HTML, Word, PDF); - reads standard input.")],
    output: Annotated[
        str | None,
        typer.Option(
            "--output", "-o", help="The HTML file to write (- for standard output).", show_default=False
        ),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option("--lang", help="Language of the text (ar, en, es, fr, ru, zh).", callback=check_lang),
    ] = None,
) -> None:
    """FILE as a web page with every citation highlighted and linked.

    A tooltip gives each citation's canonical id, function and verb; unresolved ones are
    marked in red.

    Example: rescite annotate resolution.txt -o resolution.html
    """
    from ..engine.extract import extract_text
    from ..read import UnreadableInput, read_text
    from ..render.annotate import annotate_html

    if output in (None, "-") and sys.stdout.isatty():
        raise fail("annotate writes a web page: give -o FILE.html", EXIT_USAGE)
    try:
        text = read_text(file)
    except UnreadableInput as exc:
        raise fail(str(exc), EXIT_UNREADABLE) from None
    result = extract_text(text, source=file, lang=lang)
    title = result.document.title or (Path(file).name if file != "-" else "standard input")
    if output in (None, "-"):
        counts = annotate_html(
            text, result.citations, sys.stdout, title=title, source_id=result.document.source_id
        )
        return
    try:
        with open(output, "w", encoding="utf-8") as fh:
            counts = annotate_html(
                text, result.citations, fh, title=title, source_id=result.document.source_id
            )
    except OSError as exc:
        raise fail(f"{output}: cannot write ({exc.strerror})", EXIT_UNREADABLE) from None
    typer.echo(
        f"rescite: wrote {output} ({counts['mentions']} citations, {counts['unresolved']} unresolved)",
        err=True,
    )
