"""Checks shared by the tests of kept tables (``grammar.recache``): a builder that must not run,
and the equality of a table read back with the one built (patterns by their text and flags)."""

from __future__ import annotations

import re
from typing import Any, NoReturn


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
