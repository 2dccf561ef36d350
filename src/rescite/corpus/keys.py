"""Sort keys and folded forms of ids, as the index stores and compares them.

Plain string work (``re`` only), so that a query can use them without importing the
index's writer.
"""

from __future__ import annotations

import re

TYPE_CHECKING = False  # as typing's, without importing typing (queries start fast)
if TYPE_CHECKING:
    from typing import Any

_TOKEN_RE = re.compile(r"\d+|\D+")


def natural_key(cid: str) -> tuple[Any, ...]:
    """Sort key that orders ``A/RES/72/2`` before ``A/RES/72/13``."""
    return tuple((0, int(t), "") if t.isdigit() else (1, 0, t) for t in _TOKEN_RE.findall(cid.upper()))


def fold(text: str) -> str:
    """Upper case without spaces: the form ids are compared in."""
    return re.sub(r"\s+", "", text).upper()


def id_tail(cid: str) -> str | None:
    """The number part users type alone: ``64/293``, ``1325(2000)``, ``4/4``, ``2237/39574``."""
    f = fold(cid)
    m = re.search(r"(\d+[A-Z]?\([^)]*\))$", f)
    if m:
        return m.group(1)
    parts = f.split("/")
    if len(parts) >= 2:
        return "/".join(parts[-2:])
    return None


def id_body(cid: str) -> str | None:
    m = re.match(r"^(.*?)/(?:RES|DEC)/", cid)
    if m:
        return m.group(1)
    if cid.startswith(("UNTS/", "pub:", "file:")):
        return None
    head = cid.split("/")[0]
    if head in ("A", "S", "E") and "/HRC/" in cid:
        return "A/HRC"
    return head or None


def sort_key(cid: str) -> str:
    """A text that sorts as :func:`natural_key` does (stored in ``nodes.skey``)."""
    out = []
    for t in _TOKEN_RE.findall(cid.upper()):
        if t.isdigit():
            digits = t.lstrip("0") or "0"
            out.append(f"\x01{len(digits):03d}{digits}")
        else:
            out.append("\x02" + t)
    return "".join(out)
