"""One place that decides whether output is coloured: ``--color auto|always|never``,
``NO_COLOR`` (no colour and no bold: plain text) and ``FORCE_COLOR`` (colour even in a pipe).

``--color`` wins over the environment; in ``auto`` ``NO_COLOR`` wins over ``FORCE_COLOR``.
"""

from __future__ import annotations

import os

TYPE_CHECKING = False  # as typing's, without importing typing: every query sets the colour
if TYPE_CHECKING:
    from typing import IO, Any

_mode = {"color": "auto"}
COLOR_MODES = ("auto", "always", "never")


def set_color(mode: str) -> None:
    if mode not in COLOR_MODES:
        raise ValueError(f"unknown colour mode {mode!r}")
    _mode["color"] = mode


def styled() -> bool | None:
    """True: always style; False: never; None: style only on a terminal."""
    mode = _mode["color"]
    if mode == "always":
        return True
    if mode == "never":
        return False
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return None


def make_console(file: IO[str] | None = None, *, stderr: bool = False, **kwargs: Any) -> Any:
    """A rich Console that follows :func:`styled` (no styles at all — not even bold — when off)."""
    from rich.console import Console

    choice = styled()
    if choice is False:
        return Console(file=file, stderr=stderr, color_system=None, force_terminal=False, **kwargs)
    if choice is True:
        return Console(file=file, stderr=stderr, force_terminal=True, color_system="truecolor", **kwargs)
    return Console(file=file, stderr=stderr, **kwargs)
