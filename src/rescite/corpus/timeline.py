"""A series of texts over the years: the resolutions (or decisions) of one body on one
subject, each recalling the ones before, and what each of them cites.

The series of a text is found from the citation graph: the texts of the same body and kind
reached from it by citations either way, kept when their titles share most of their words
with its title (when both have titles) — "Trafficking in women and girls" of 2016, 2018,
2020 … — and ordered by date.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from .traversal import neighbours, node_by_key


def _words(title: str | None) -> set[str]:
    return {w for w in re.findall(r"\w+", (title or "").casefold()) if len(w) > 3}


def similar_titles(a: str | None, b: str | None, threshold: float = 0.5) -> bool | None:
    """Whether two titles name one subject (word overlap); None when either is missing."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return None
    return len(wa & wb) / min(len(wa), len(wb)) >= threshold


def series(conn: sqlite3.Connection, start: dict[str, Any], depth: int = 0) -> list[dict[str, Any]]:
    """The series ``start`` belongs to, by date (undated last), each with ``cites``: the
    texts outside the series it cites (id, kind, date, title)."""
    members = {start["_node"]: start}
    frontier = [start["_node"]]
    level = 0
    while frontier and (depth <= 0 or level < depth):
        level += 1
        nxt = []
        for key in frontier:
            for forward in (True, False):
                for n in neighbours(conn, key, forward):
                    if n in members:
                        continue
                    other = node_by_key(conn, n)
                    if other["kind"] != start["kind"] or other["body"] != start["body"]:
                        continue
                    same = similar_titles(start.get("title"), other.get("title"))
                    if same is False or (same is None and key != start["_node"]):
                        continue
                    members[n] = other
                    nxt.append(n)
        frontier = nxt
    out = []
    for key, node in members.items():
        row = dict(node)
        row["in_series_cites"] = []
        row["cites_list"] = []
        for n in neighbours(conn, key, True):
            if n in members:
                row["in_series_cites"].append(members[n]["id"])
            else:
                other = node_by_key(conn, n)
                row["cites_list"].append(
                    {"id": other["id"], "kind": other["kind"], "date": other["date"], "title": other["title"]}
                )
        out.append(row)
    out.sort(key=lambda r: (r["date"] is None, r["date"] or "", r["_node"]))
    return out
