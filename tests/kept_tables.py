"""Checks shared by the tests of kept tables (``grammar.recache``): a builder that must not run,
the equality of a table read back with the one built (patterns by their text and flags), and
``marshal.loads`` counted (how many fields a read decoded), a function's calls recorded."""

from __future__ import annotations

import marshal
import re
from typing import Any, NoReturn

import pytest


def not_built() -> NoReturn:
    raise AssertionError("the kept table is read, not built")


def same(got: Any, want: Any) -> bool:
    if isinstance(want, re.Pattern):
        return isinstance(got, re.Pattern) and (got.pattern, got.flags) == (want.pattern, want.flags)
    if isinstance(want, (tuple, list)):
        return type(got) is type(want) and len(got) == len(want) and all(map(same, got, want))
    if isinstance(want, dict):
        return got.keys() == want.keys() and all(same(got[k], want[k]) for k in want)
    return bool(got == want)


def counted_loads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """From now on every ``marshal.loads`` call appends the size of what it decodes to the list
    returned (so its length is the number of calls)."""
    sizes: list[int] = []
    loads = marshal.loads

    def counted(data: Any) -> Any:
        sizes.append(len(data))
        return loads(data)

    monkeypatch.setattr(marshal, "loads", counted)
    return sizes


def recorded_calls(
    monkeypatch: pytest.MonkeyPatch, owner: Any, name: str, log: list[Any], label: str = ""
) -> None:
    """From now on every call of ``owner.name`` (still made) appends ``label`` to ``log``, or
    without a label the call's first argument."""
    through = getattr(owner, name)

    def call(*args: Any, **kwargs: Any) -> Any:
        log.append(label or args[0])
        return through(*args, **kwargs)

    monkeypatch.setattr(owner, name, call)
