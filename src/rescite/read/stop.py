"""A request to stop early, made from outside (a file's time budget ran out: see
``rescite.corpus.limits.time_limit``) and looked at by the long loops of the readers and
of the engine: each stops where it is and what was read or found by then is kept.

The request is a flag, not an exception, so that nothing found so far is lost: a PDF keeps
the pages read, the engine's finders the citations found, and the rest of the pipeline
runs on that.  It is set from a signal handler and read between two items of a loop (an
attribute read: cheap enough for every item).
"""

from __future__ import annotations


class StopFlag:
    """``on`` is True while a stop is requested."""

    __slots__ = ("on",)

    def __init__(self) -> None:
        self.on = False


#: The one flag of this process (each worker process has its own).
STOP = StopFlag()
