"""Limits a user can change: what is never opened, and the time one file may take.

The time budget is an environment variable (so that worker processes see it too),
``$RESCITE_TIME_BUDGET``, and ``rescite extract --time-budget``; a file over it is given
up with a one-line reason and the other files go on.  The other limits belong to the
stage they guard: the largest file and the largest decompressed Word part to the readers
(``$RESCITE_MAX_FILE``, ``$RESCITE_MAX_PART``, :mod:`rescite.read.limits`), the longest
range expansion to the engine (``$RESCITE_MAX_RANGE``).
"""

from __future__ import annotations

import os
import signal
import threading
from types import TracebackType

#: A file taking longer than this many seconds is given up ($RESCITE_TIME_BUDGET; 0: no limit).
TIME_BUDGET_S = 300.0

ENV_TIME_BUDGET = "RESCITE_TIME_BUDGET"


class BadLimit(ValueError):
    """An environment variable holds no usable limit (the message is one line)."""


def time_budget() -> float:
    """Seconds one file may take (0: no limit)."""
    raw = os.environ.get(ENV_TIME_BUDGET, "").strip()
    if not raw:
        return TIME_BUDGET_S
    try:
        value = float(raw)
    except ValueError:
        raise BadLimit(f"${ENV_TIME_BUDGET} must be a number of seconds") from None
    if not value >= 0:
        raise BadLimit(f"${ENV_TIME_BUDGET} must not be negative")
    return value


def file_problem(name: str) -> str | None:
    """Why ``name`` must not be opened (a FIFO or a device would never end), as one line;
    None when it may be read.  Looked at, never opened."""
    from .walk import special_kind

    if name == "-":
        return None
    try:
        st = os.stat(name)
    except OSError:
        return None  # the reader says what is wrong, in its words
    kind = special_kind(st.st_mode)
    return f"{name}: {kind}, not a file (skipped)" if kind else None


class OverBudget(Exception):
    """A file took longer than the time budget."""


class time_limit:
    """Raise :class:`OverBudget` in this thread after ``seconds`` (0: no limit).  Works in
    the main thread of a process where SIGALRM exists (POSIX); elsewhere it does nothing."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.armed = False
        self.previous: object = None

    def __enter__(self) -> time_limit:
        if not self.seconds or not hasattr(signal, "setitimer"):
            return self
        if threading.current_thread() is not threading.main_thread():
            return self

        def ring(signum: int, frame: object) -> None:
            raise OverBudget()

        self.previous = signal.signal(signal.SIGALRM, ring)
        signal.setitimer(signal.ITIMER_REAL, self.seconds)
        self.armed = True
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)  # type: ignore[arg-type]
            self.armed = False
