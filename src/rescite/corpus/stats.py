"""The corpus at a glance: documents, texts by body, kind and year, citations by function,
the most cited texts and the mentions that could not be resolved."""

from __future__ import annotations

import sqlite3
from typing import Any


def _pairs(conn: sqlite3.Connection, sql: str) -> list[list[Any]]:
    return [[r[0] if r[0] is not None else "(none)", r[1]] for r in conn.execute(sql)]


def corpus_stats(conn: sqlite3.Connection, top: int = 10) -> dict[str, Any]:
    def one(sql: str) -> int:
        return int(conn.execute(sql).fetchone()[0])

    return {
        "documents": one("SELECT count(*) FROM documents WHERE error IS NULL"),
        "unreadable": one("SELECT count(*) FROM documents WHERE error IS NOT NULL"),
        "texts": one("SELECT count(*) FROM nodes"),
        "in_corpus": one("SELECT count(*) FROM nodes WHERE in_corpus = 1"),
        "citations": one("SELECT count(*) FROM citations"),
        "links": one("SELECT count(*) FROM edges"),
        "unresolved": one("SELECT count(*) FROM citations WHERE target IS NULL"),
        "by_body": _pairs(conn, "SELECT body, count(*) AS n FROM nodes GROUP BY body ORDER BY n DESC, body"),
        "by_kind": _pairs(conn, "SELECT kind, count(*) AS n FROM nodes GROUP BY kind ORDER BY n DESC, kind"),
        "by_year": _pairs(
            conn,
            "SELECT substr(date, 1, 4) AS y, count(*) FROM nodes WHERE date IS NOT NULL "
            "GROUP BY y ORDER BY y",
        ),
        "by_language": _pairs(
            conn,
            "SELECT lang, count(*) AS n FROM documents WHERE error IS NULL GROUP BY lang ORDER BY n DESC",
        ),
        "by_function": _pairs(
            conn,
            "SELECT function, count(*) AS n FROM citations WHERE target IS NOT NULL "
            "GROUP BY function ORDER BY n DESC, function",
        ),
        "most_cited": [
            {"id": r[0], "title": r[1], "cited_by": r[2], "mentions": r[3]}
            for r in conn.execute(
                "SELECT id, name, cited_by, mentions FROM nodes WHERE cited_by > 0 "
                f"ORDER BY cited_by DESC, mentions DESC, node LIMIT {int(top)}"
            )
        ],
    }
