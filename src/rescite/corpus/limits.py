"""Limits a user can change: what is never opened, and the time one file may take.

The time budget is an environment variable (so that worker processes see it too),
``$RESCITE_TIME_BUDGET``, and ``rescite extract --time-budget``; when a file reaches it,
the readers and the engine stop where they are and the citations found by then are kept,
with a one-line warning (a file that cannot even stop in time is given up with a one-line
reason); the other files go on.  The other limits belong to the
stage they guard: the largest file and the largest decompressed Word part to the readers
(``$RESCITE_MAX_FILE``, ``$RESCITE_MAX_PART``, :mod:`rescite.read.limits`), the longest
range expansion to the engine (``$RESCITE_MAX_RANGE``).
"""

from __future__ import annotations

# the C modules of ``signal`` and ``threading``: the packages build enums of the signals (and
# ``signal.signal`` turns each handler it gives back into one) and import more, about 1 ms of a
# query that refreshes its index after one changed file; a timer's thread imports threading
import _signal  # type: ignore[import-not-found,unused-ignore]
import _thread
import os

TYPE_CHECKING = False  # as typing's, without importing typing
if TYPE_CHECKING:
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


_warm = False

#: What :func:`warm_up` reads: a text plainly in the language UN texts quote (English), so that
#: the patterns built are the ones most files use.  A text too short to tell its language
#: would build every language's patterns at once (three times the work, and a refresh of one
#: changed file pays it), which no text in one language needs.
_WARM_TEXT = (
    "The General Assembly,\n\n"
    "Recalling its resolution 1/1 of 1 January 2000 (A/RES/1/1) and the work of the Council,\n\n"
    "1. Decides to remain seized of the matter.\n"
)


#: A time budget this long or longer is not kept from the engine's start (:func:`warms`).
WARM_UP_BELOW_S = 30.0


def warms(budget: float) -> bool:
    """Whether the engine is started (:func:`warm_up`) before the first file's time budget of
    ``budget`` seconds starts: only for a budget shorter than :data:`WARM_UP_BELOW_S` (and not
    0, no limit), of which the engine's start (a few tens of milliseconds) could be a share
    that counts.  Under a longer budget, the default's 300 s, the first file pays the start
    within its own, and the warm-up text is not read at all (a refresh after one changed
    file: about 1.5 ms less)."""
    return 0 < budget < WARM_UP_BELOW_S


def warm_up() -> None:
    """Load the lexicon and compile the patterns once per process, before the first file's
    time budget starts (when it is short: :func:`warms`): its budget is for the file, not for
    the engine's start (a file in another language builds its own language's patterns, a few
    milliseconds, within it)."""
    global _warm
    if not _warm:
        from ..engine.extract import extract_text

        extract_text(_WARM_TEXT, source="-")
        _warm = True


def budget_note(name: str, seconds: float, found: int) -> str:
    """The one-line warning for a file whose time budget ran out."""
    return (
        f"{name}: time budget of {seconds:g} s reached; the {found} citation(s) found by then are kept, "
        "the rest of the file was not looked at (--time-budget, $RESCITE_TIME_BUDGET)"
    )


class OverBudget(Exception):
    """A file was still not done a grace period after its time budget ran out."""


def grace(seconds: float) -> float:
    """How long a file may go on after its budget ran out, to finish with what it found:
    a quarter of the budget, at least 1 s and at most 30 s."""
    return min(30.0, max(1.0, seconds / 4))


#: May a thread other than the main one keep the time budget?  It does so by raising the one
#: stop flag of the process (:data:`rescite.read.stop.STOP`), so only where that thread is the
#: only one reading files in the process: a Dask worker with one thread says so
#: (:func:`rescite.corpus.distributed`); elsewhere the budget needs the main thread (SIGALRM).
THREAD_BUDGET = False


def _main_thread() -> bool:
    """Whether this is the main thread (asked where there are no signals to tell it)."""
    import threading

    return threading.current_thread() is threading.main_thread()


def _raise_in(thread: int, exc: type[BaseException] | None) -> None:
    """Raise ``exc`` in the thread ``thread`` at its next Python instruction (None: take back
    an exception not raised yet)."""
    import ctypes

    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread), ctypes.py_object(exc) if exc else None)


class time_limit:
    """A file's time budget (``seconds``; 0: no limit).  When it runs out, the readers and
    the engine are asked to stop where they are (:data:`rescite.read.stop.STOP`): they keep
    what they read and found, and :attr:`ran_out` is then True.  A file still not done
    :func:`grace` seconds later raises :class:`OverBudget` (nothing of it is kept).

    Works in the main thread of a process where SIGALRM exists (POSIX), and, with timers, in
    another thread when :data:`THREAD_BUDGET` says it may; elsewhere it does nothing."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.armed = False
        self.ran_out = False
        self.previous: object = None
        self.thread = 0  # the thread kept to the budget by timers (0: the main one, by signals)
        self.timer: threading.Timer | None = None
        self.lock = _thread.allocate_lock()

    def __enter__(self) -> time_limit:
        from ..read.stop import STOP

        STOP.on = False
        self.ran_out = False
        if not self.seconds:
            return self
        if hasattr(_signal, "setitimer"):

            def ring(signum: int, frame: object) -> None:
                if self.ran_out:
                    raise OverBudget()
                self.ran_out = STOP.on = True
                _signal.setitimer(_signal.ITIMER_REAL, grace(self.seconds))

            try:
                self.previous = _signal.signal(_signal.SIGALRM, ring)
            except ValueError:  # not the main thread: only the main thread may set a handler
                pass
            else:
                _signal.setitimer(_signal.ITIMER_REAL, self.seconds)
                self.armed = True
                return self
        elif _main_thread():
            return self
        if THREAD_BUDGET:
            self.thread = _thread.get_ident()
            self.armed = True
            self._start_timer(self.seconds)
        return self

    def _start_timer(self, seconds: float) -> None:
        import threading

        self.timer = threading.Timer(seconds, self._ring)
        self.timer.daemon = True
        self.timer.start()

    def _ring(self) -> None:
        """The timer of a thread's budget: first the stop flag, then (after the grace) the file
        is given up in that thread."""
        from ..read.stop import STOP

        with self.lock:
            if not self.armed:
                return
            if self.ran_out:
                _raise_in(self.thread, OverBudget)
                return
            self.ran_out = STOP.on = True
            self._start_timer(grace(self.seconds))

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        from ..read.stop import STOP

        if self.thread:
            with self.lock:
                self.armed = False
                if self.timer is not None:
                    self.timer.cancel()
            _raise_in(self.thread, None)  # a give-up that came too late is not raised
        elif self.armed:
            _signal.setitimer(_signal.ITIMER_REAL, 0)
            _signal.signal(_signal.SIGALRM, self.previous)
            self.armed = False
        STOP.on = False
