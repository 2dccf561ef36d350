"""How much a reader takes in: the guards that keep memory bounded on any input.

The defaults suit real UN documents with room to spare.  A user changes them with
environment variables (sizes in bytes, or with a ``K``, ``M`` or ``G`` suffix)::

    RESCITE_MAX_FILE=500M   # largest file read (beyond it a file is read in part, with a warning)
    RESCITE_MAX_PART=256M   # largest decompressed part of a Word file (document, notes, …)

or a program passes its own :class:`Limits` to :func:`rescite.read.read_document`.
"""

from __future__ import annotations

import os
import re

from ..models import Frozen

MB = 1024 * 1024


class Limits(Frozen):
    #: Largest file read, in bytes.  A text or HTML file beyond it is read up to the limit; a
    #: Word or PDF file beyond it is read in part from the file on disk (a Word file's parts up
    #: to ``max_part``; a PDF's pages until their text reaches this many characters, as for
    #: every PDF); a warning says so.  From standard input it cannot be (its table of contents
    #: is at its end) and is refused.
    max_file: int
    #: Largest decompressed part of a Word file, in bytes (a zip bomb stops here).  The main
    #: document beyond it is read up to the limit (a warning says so); another part is left out.
    max_part: int
    #: Deepest element nesting accepted in a Word part (real documents stay below 40).
    max_depth: int

    __slots__ = ("max_depth", "max_file", "max_part")

    def __init__(self, max_file: int = 200 * MB, max_part: int = 64 * MB, max_depth: int = 256) -> None:
        object.__setattr__(self, "max_file", max_file)
        object.__setattr__(self, "max_part", max_part)
        object.__setattr__(self, "max_depth", max_depth)


def _size_pattern() -> re.Pattern[str]:
    """A size as the environment gives it (compiled when a size is read: a refresh of one
    changed file reads none, and compiling it was a tenth of a millisecond of every start)."""
    if not _SIZE:
        _SIZE.append(re.compile(r"\s*+(\d{1,15})\s*+([KMG]?)B?\s*", re.IGNORECASE))
    return _SIZE[0]


_SIZE: list[re.Pattern[str]] = []
_UNIT = {"": 1, "K": 1024, "M": MB, "G": 1024 * MB}


def parse_size(value: str) -> int | None:
    """``"500M"`` → 524288000; ``None`` for anything that is not a size."""
    m = _size_pattern().fullmatch(value)
    if m is None:
        return None
    return int(m.group(1)) * _UNIT[m.group(2).upper()]


def from_env(environ: dict[str, str] | None = None) -> tuple[Limits, list[str]]:
    """The limits the environment asks for, and a warning for each value not understood."""
    env = os.environ if environ is None else environ
    base = Limits()
    values = {"max_file": base.max_file, "max_part": base.max_part}
    warnings = []
    for key, var in (("max_file", "RESCITE_MAX_FILE"), ("max_part", "RESCITE_MAX_PART")):
        raw = env.get(var)
        if raw is None:
            continue
        size = parse_size(raw)
        if size is None or size <= 0:
            warnings.append(f"{var}={raw!r} is not a size (like 500M); the default is used")
        else:
            values[key] = size
    return Limits(values["max_file"], values["max_part"], base.max_depth), warnings
