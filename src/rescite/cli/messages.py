"""What every command ends with: the exit codes, the one-line messages on stderr (nothing in
them a terminal would obey), :class:`Failure`, and the streams set up for file names that are
not UTF-8.  Shared by the quick path and the full command line.

Loaded with ``cli.quick`` by ``rescite.__main__``, without the package (whose ``__init__``
imports typer): it imports no module of ``cli``.
"""

from __future__ import annotations

import os
import sys

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


def set_up_streams() -> None:
    """File names that are not UTF-8 go out as the bytes they were (records keep them
    exactly); messages escape what they cannot encode."""
    try:
        sys.stdout.reconfigure(errors="surrogateescape")  # type: ignore[union-attr]
        sys.stderr.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    except (AttributeError, ValueError):
        pass
