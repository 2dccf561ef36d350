"""Listings of an index's texts: the filters of every listing command (:class:`Filters`), the
nodes that pass them, and rows put in order.  Plain SQL over the index, as ``corpus.query``.
"""

from __future__ import annotations

# the C module sqlite3 is made of (the same classes): see ``corpus.query``
import _sqlite3 as sqlite3

from .keys import natural_key
from .query import NODE_SQL, ensure_pagerank, json_array, node_of_row

TYPE_CHECKING = False  # as typing's, without importing typing: a query imports little
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence
    from typing import Any


class Filters:
    """Which nodes a listing keeps (nothing given: every node)."""

    __slots__ = (
        "bodies",
        "cited_by",
        "citing_of",
        "functions",
        "in_corpus",
        "kinds",
        "langs",
        "since",
        "until",
    )

    def __init__(
        self,
        kinds: Sequence[str] = (),
        bodies: Sequence[str] = (),
        since: str | None = None,
        until: str | None = None,
        in_corpus: bool | None = None,
        cited_by: int | None = None,
        langs: Sequence[str] = (),
        functions: Sequence[str] = (),
        citing_of: int | None = None,
    ) -> None:
        self.kinds = kinds
        self.bodies = bodies
        self.since = since
        self.until = until
        self.in_corpus = in_corpus
        self.cited_by = cited_by  # node key: only texts this node cites
        self.langs = langs  # only texts in, or cited from, documents of these languages
        self.functions = functions  # only texts cited with one of these functions
        self.citing_of = citing_of  # node key: only texts that cite this node

    def __repr__(self) -> str:
        return "Filters(" + ", ".join(f"{k}={getattr(self, k)!r}" for k in self.__slots__) + ")"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Filters) and all(
            getattr(self, k) == getattr(other, k) for k in self.__slots__
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, as the dataclass was

    def sql(self, alias: str = "nodes") -> tuple[str, list[Any]]:
        where: list[str] = []
        args: list[Any] = []
        if self.kinds:
            where.append(f"{alias}.kind IN ({','.join('?' * len(self.kinds))})")
            args.extend(self.kinds)
        if self.bodies:
            where.append(f"{alias}.body IN ({','.join('?' * len(self.bodies))})")
            args.extend(self.bodies)
        if self.since:
            where.append(f"substr({alias}.date, 1, length(?)) >= ?")
            args += [self.since, self.since]
        if self.until:
            where.append(f"substr({alias}.date, 1, length(?)) <= ?")
            args += [self.until, self.until]
        if self.in_corpus is not None:
            where.append(f"{alias}.in_corpus = ?")
            args.append(1 if self.in_corpus else 0)
        if self.cited_by is not None:
            where.append(f"{alias}.node IN (SELECT cited FROM edges WHERE citing = ?)")
            args.append(self.cited_by)
        if self.citing_of is not None:
            where.append(f"{alias}.node IN (SELECT citing FROM edges WHERE cited = ?)")
            args.append(self.citing_of)
        if self.langs:
            marks = ",".join("?" * len(self.langs))
            where.append(
                f"({alias}.id IN (SELECT node_id FROM documents WHERE lang IN ({marks})) OR {alias}.id IN "
                "(SELECT c.target FROM citations c JOIN documents d ON d.doc = c.doc "
                f"WHERE d.lang IN ({marks})))"
            )
            args += [*self.langs, *self.langs]
        if self.functions:
            marks = ",".join("?" * len(self.functions))
            where.append(f"{alias}.id IN (SELECT target FROM citations WHERE function IN ({marks}))")
            args.extend(self.functions)
        return (" WHERE " + " AND ".join(where)) if where else "", args


_ORDER = {
    "id": "skey, id",
    "cited": "cited_by DESC, mentions DESC, skey, id",
    "date": "date IS NULL, date, skey, id",
    "pagerank": "pagerank DESC, skey, id",
    "title": "name IS NULL, name COLLATE NOCASE, skey, id",
}


def list_nodes(
    conn: sqlite3.Connection,
    filters: Filters,
    sort: str = "id",
    with_citing: bool = True,
    limit: int = 0,
    ids_only: bool = False,
    within: Iterable[int] | None = None,
) -> Iterator[dict[str, Any]]:
    """Every node that passes ``filters``, with the ids of the documents that cite it.

    ``ids_only``: rows with just ``id`` (the fast path of ``--format ids``); ``within``:
    only these node keys.
    """
    if sort == "pagerank":
        ensure_pagerank(conn)
    where, args = filters.sql()
    if within is not None:
        where += (" AND " if where else " WHERE ") + "node IN (SELECT value FROM json_each(?))"
        args = [*args, json_array(within)]
    if ids_only:
        sql = (
            "SELECT id FROM nodes"
            + where
            + " ORDER BY "
            + _ORDER[sort]
            + (f" LIMIT {int(limit)}" if limit else "")
        )
        for (cid,) in conn.execute(sql, args):
            yield {"id": cid}
        return
    sql = NODE_SQL + where + " ORDER BY " + _ORDER[sort] + (f" LIMIT {int(limit)}" if limit else "")
    for row in conn.execute(sql, args):
        d = node_of_row(row)
        if with_citing:
            d["citing"] = [
                r[0]
                for r in conn.execute(
                    "SELECT n.id FROM edges e JOIN nodes n ON n.node = e.citing "
                    "WHERE e.cited = ? ORDER BY n.skey, n.id",
                    (d["_node"],),
                )
            ]
        yield d


def node_keys(conn: sqlite3.Connection, filters: Filters) -> set[str] | None:
    """The ids of the nodes that pass ``filters`` (None: no filter, every node passes)."""
    where, args = filters.sql()
    if not where:
        return None
    return {r[0] for r in conn.execute("SELECT id FROM nodes" + where, args)}


def sort_rows(conn: sqlite3.Connection, rows: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    """Rows that carry an ``id`` in the order ``key`` (depth: as they are; id, date, title,
    cited, pagerank: as ``list --sort`` orders nodes)."""
    if key in ("depth", "rank"):
        return rows
    if key in ("cited", "pagerank"):
        if key == "pagerank":
            ensure_pagerank(conn)
        facts = {
            r["id"]: (r["cited_by"], r["mentions"], r["pagerank"])
            for r in conn.execute("SELECT id, cited_by, mentions, pagerank FROM nodes")
        }

        def score(row: dict[str, Any]) -> tuple[Any, ...]:
            c, m, p = facts.get(row["id"], (0, 0, 0.0))
            return (-p,) if key == "pagerank" else (-c, -m)

        return sorted(rows, key=lambda r: (*score(r), natural_key(r["id"])))
    if key == "date":
        return sorted(rows, key=lambda r: (r.get("date") is None, r.get("date") or "", natural_key(r["id"])))
    if key == "title":
        return sorted(
            rows,
            key=lambda r: (r.get("title") is None, (r.get("title") or "").casefold(), natural_key(r["id"])),
        )
    return sorted(rows, key=lambda r: natural_key(r["id"]))
