"""Global measures of the citation graph kept in the index (PageRank), computed lazily:
when a query asks for them and the index changed since they last were.  Below the index's
writer and its queries alike (both import it; it imports neither)."""

from __future__ import annotations

# the C module sqlite3 is made of (the same classes): the package adds date adapters the
# index never uses, importing datetime (a refresh after a change imports this module)
import _sqlite3 as sqlite3
import time
from collections.abc import Sequence


def ensure_pagerank(conn: sqlite3.Connection) -> tuple[int, str]:
    """PageRank of every node, computed now if the index changed since it last was.

    Returns the stamp of the figures: (index generation, UTC time of the computation).
    PageRank is global (one change moves every figure a little), so a refresh does not
    recompute it: this does, when asked (``rescite rank --by pagerank``).
    """
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    generation = int(meta.get("generation", 0))
    if meta.get("pagerank_generation") == str(generation) and "pagerank_time" in meta:
        return generation, meta["pagerank_time"]
    keys = [r[0] for r in conn.execute("SELECT node FROM nodes ORDER BY node")]
    index = {k: i for i, k in enumerate(keys)}
    edges = [(index[a], index[b]) for a, b in conn.execute("SELECT citing, cited FROM edges")]
    ranks = pagerank(len(keys), edges)
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError:
        return generation, stamp  # another process writes: the figures are fresh, not stored
    try:
        conn.executemany("UPDATE nodes SET pagerank=? WHERE node=?", zip(ranks, keys, strict=True))
        conn.executemany(
            "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
            [("pagerank_generation", str(generation)), ("pagerank_time", stamp)],
        )
        conn.execute("COMMIT")
    except BaseException:
        import contextlib

        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise
    return generation, stamp


def pagerank(
    n: int, edges: Sequence[tuple[int, int]], alpha: float = 0.85, tol: float = 1.0e-6, max_iter: int = 100
) -> list[float]:
    """PageRank of nodes ``0..n-1`` (edges citing → cited), by power iteration, as networkx does.

    Sparse: each iteration is one pass over the edges (numpy's ``bincount`` when numpy is
    installed, plain lists otherwise).
    """
    if n == 0:
        return []
    try:
        import numpy as np  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return _pagerank_lists(n, edges, alpha, tol, max_iter)
    src = np.fromiter((a for a, _ in edges), dtype=np.int64, count=len(edges))
    dst = np.fromiter((b for _, b in edges), dtype=np.int64, count=len(edges))
    outdeg = np.bincount(src, minlength=n).astype(np.float64)
    weight = np.divide(1.0, outdeg, out=np.zeros(n), where=outdeg > 0)
    dangling = outdeg == 0
    x = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        xlast = x
        x = alpha * np.bincount(dst, weights=xlast[src] * weight[src], minlength=n)
        x += (1.0 - alpha) / n + alpha * float(xlast[dangling].sum()) / n
        if float(np.abs(x - xlast).sum()) < n * tol:
            break
    return [float(v) for v in x]


def _pagerank_lists(
    n: int, edges: Sequence[tuple[int, int]], alpha: float, tol: float, max_iter: int
) -> list[float]:
    src = [a for a, _ in edges]
    dst = [b for _, b in edges]
    outdeg = [0] * n
    for a in src:
        outdeg[a] += 1
    x = [1.0 / n] * n
    weight = [1.0 / d if d else 0.0 for d in outdeg]
    dangling_nodes = [i for i in range(n) if not outdeg[i]]
    for _ in range(max_iter):
        xlast = x
        x = [0.0] * n
        for a, b in zip(src, dst, strict=True):
            x[b] += xlast[a] * weight[a]
        dangling = alpha * sum(xlast[i] for i in dangling_nodes) / n
        base = (1.0 - alpha) / n + dangling
        x = [alpha * v + base for v in x]
        if sum(abs(a - b) for a, b in zip(x, xlast, strict=True)) < n * tol:
            break
    return x
