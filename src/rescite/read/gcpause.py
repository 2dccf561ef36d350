"""The cyclic garbage collector paused while a reader builds its many small objects
(elements, edits, spans): they hold no reference cycles, and the collector's passes over
a growing heap would make reading a large file grow faster than the file."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
