"""The rule tables kept between runs: a table built from the lexicon and this package's code,
read back from the cache (``recache.kept``) while neither changed."""

from __future__ import annotations

import functools
from collections.abc import Callable

from . import lexicon, recache

TYPE_CHECKING = False  # as typing's, without importing typing: a refresh imports this module
if TYPE_CHECKING:
    from typing import TypeVar

    T = TypeVar("T")


@functools.cache
def _tables_tag() -> str | None:
    """What the rule tables are made of besides the lexicon's languages: the code of this
    package (and of the ids and records it uses) and every table of the data folder; None when
    the lexicon was compiled from its files in this process (the tables are then not kept)."""
    lex_key = lexicon.kept_key()
    if lex_key is None:
        return None
    import os

    here = os.path.dirname(os.path.realpath(__file__))
    files = [os.path.join(here, n) for n in sorted(os.listdir(here)) if n.endswith(".py")]
    files += [os.path.join(os.path.dirname(here), n) for n in ("ids.py", "models.py")]
    files += [os.path.join(lexicon._HERE, n) for n in sorted(os.listdir(lexicon._HERE)) if n.endswith(".csv")]
    # the files read and hashed (with the lexicon's key) only when one of them changed
    # (``recache.files_tag``)
    return recache.files_tag(f"tables\x00{lex_key}", files)


def kept_table(name: str, build: Callable[[], T], classes: tuple[type, ...], *args: str) -> T:
    """``build()``, kept between runs (``recache.kept``) under the lexicon and the code it is
    made of: a language's rule tables take its lexicon through a few hundred string operations
    and a hundred and eighty patterns, most of them written into bigger ones; kept, they are
    read back as the patterns they hold, each from its program (a refresh of one changed file
    starts the engine for it: about 5 ms less)."""
    try:
        tag = _tables_tag()
    except OSError:
        tag = None
    if tag is None:
        return build()
    return recache.kept(name, (name, tag, *args), build, classes)
