"""The cyclic garbage collector paused while a reader builds its many small objects
(elements, edits, spans): they hold no reference cycles, and the collector's passes over
a growing heap would make reading a large file grow faster than the file."""

from __future__ import annotations

import gc


class _Paused:
    """The context of :func:`paused_gc`, written out: ``contextlib`` (0.3-0.6 ms of import) is
    loaded by nothing else a refresh of one file runs."""

    __slots__ = ("was",)

    def __enter__(self) -> None:
        self.was = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc: object) -> None:
        if self.was:
            gc.enable()


def paused_gc() -> _Paused:
    return _Paused()
