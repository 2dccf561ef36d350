"""The corpus index: an SQLite database of documents, citation records and graph nodes.

One index holds one corpus (a set of files and folders).  :func:`refresh` brings it up to
date incrementally — only new or changed files are read again, removed files drop out —
in one write transaction, so an interrupted or failing run leaves the previous index whole
and a concurrent reader (WAL mode) sees either the old or the new index, never half.

Tables (``PRAGMA user_version`` = :data:`SCHEMA_VERSION`):

- ``documents``: one row per file: path, size, mtime, content hash, language, own id,
  title, adopting body, date, and the error message of an unreadable file.
- ``citations``: one row per record of the extraction contract, plus the sentence around
  the mention (``context``, with the mention at ``ctx_start:ctx_end``).
- ``nodes``: every citing and cited id with integer key, kind, body, date, name,
  ``in_corpus``, in-degree, mentions, out-degree and PageRank (computed here, once).
- ``edges``: citing → cited node pairs with their number of mentions, clustered on the
  cited node so "who cites X" is one index range.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..ids import kind_of_id
from ..models import RECORD_FIELDS, ExtractResult
from .walk import SUFFIXES as SUFFIXES  # re-exported: callers of the old home
from .walk import discover as discover
from .walk import scan

SCHEMA_VERSION = 1

#: Files per task sent to a worker process.
CHUNK = 16


def extract_text(text: str, source: str = "-", lang: str | None = None) -> ExtractResult:
    """The extraction engine, imported only when a file is actually read (fast start-up)."""
    from ..engine.extract import extract_text as engine

    return engine(text, source, lang)


class IndexUnavailable(Exception):
    """The index cannot be read or written (the message is one line for stderr)."""


class IndexFailed(Exception):
    """A refresh failed; the previous index is unchanged (one-line message)."""


@dataclass
class RefreshSummary:
    files: int = 0
    new: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0
    unreadable: list[str] = field(default_factory=list)
    rebuilt: bool = False
    seconds: float = 0.0
    documents: int = 0
    nodes: int = 0
    edges: int = 0
    megabytes: float = 0.0
    busy: bool = False

    @property
    def modified(self) -> bool:
        return bool(self.new or self.changed or self.removed or self.rebuilt)

    def line(self) -> str:
        parts = [
            f"{self.files} files",
            f"{self.new} new",
            f"{self.changed} changed",
            f"{self.removed} removed",
        ]
        if self.unreadable:
            parts.append(f"{len(self.unreadable)} unreadable")
        return (
            f"indexed {', '.join(parts)}; {self.documents} documents, {self.nodes} nodes, "
            f"{self.edges} edges in {self.seconds:.2f} s"
        )


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS documents (
    doc INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    rel TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    hash TEXT,
    lang TEXT,
    source_id TEXT,
    node_id TEXT,
    title TEXT,
    body TEXT,
    date TEXT,
    error TEXT
);
CREATE TABLE IF NOT EXISTS citations (
    doc INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    source TEXT, source_id TEXT, start INTEGER, "end" INTEGER, text TEXT, target TEXT,
    kind TEXT, body TEXT, date TEXT, pinpoint TEXT, function TEXT, verb TEXT,
    section TEXT, paragraph TEXT, via_footnote INTEGER,
    context TEXT, ctx_start INTEGER, ctx_end INTEGER,
    PRIMARY KEY (doc, seq)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS citations_target ON citations(target);
CREATE TABLE IF NOT EXISTS nodes (
    node INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    fold TEXT NOT NULL,
    tail TEXT,
    kind TEXT, body TEXT, date TEXT, name TEXT,
    in_corpus INTEGER NOT NULL DEFAULT 0,
    cited_by INTEGER NOT NULL DEFAULT 0,
    mentions INTEGER NOT NULL DEFAULT 0,
    cites INTEGER NOT NULL DEFAULT 0,
    pagerank REAL NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS nodes_fold ON nodes(fold);
CREATE INDEX IF NOT EXISTS nodes_tail ON nodes(tail);
CREATE TABLE IF NOT EXISTS edges (
    cited INTEGER NOT NULL,
    citing INTEGER NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (cited, citing)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS edges_citing ON edges(citing, cited);
"""

_CITATION_COLUMNS = (*RECORD_FIELDS, "context", "ctx_start", "ctx_end")


# --------------------------------------------------------------------------- locations


def corpus_key(roots: Sequence[Path]) -> str:
    joined = "\n".join(sorted(str(Path(r).resolve()) for r in roots))
    return hashlib.sha256(joined.encode()).hexdigest()[:16]


def default_db_path(roots: Sequence[Path]) -> Path:
    """``$XDG_CACHE_HOME/rescite/index-<corpus key>.sqlite`` (``~/.cache`` by default)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "rescite" / f"index-{corpus_key(roots)}.sqlite"


# --------------------------------------------------------------------------- opening


def open_index(db_path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """Open (or create) the index at ``db_path``; rebuild it if its schema is another version.

    Raises :class:`IndexUnavailable` when the file is not an index or cannot be opened.
    """
    db_path = Path(db_path)
    try:
        if readonly:
            if not db_path.exists():
                raise IndexUnavailable(f"{db_path}: no index here (run `rescite index`)")
            conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, isolation_level=None)
        else:
            db_path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(db_path), isolation_level=None, timeout=0.2)
        conn.row_factory = sqlite3.Row
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if readonly:
            if version != SCHEMA_VERSION:
                raise IndexUnavailable(f"{db_path}: index of another rescite version")
            return conn
        conn.execute("PRAGMA busy_timeout = 200")
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        if version != SCHEMA_VERSION:
            _create(conn, db_path, version)
        return conn
    except sqlite3.DatabaseError as exc:
        raise IndexUnavailable(f"{db_path}: not a rescite index ({exc})") from None
    except OSError as exc:
        raise IndexUnavailable(f"{db_path}: cannot open index ({exc.strerror or exc})") from None


def _create(conn: sqlite3.Connection, db_path: Path, version: int) -> None:
    import sys

    conn.execute("BEGIN IMMEDIATE")
    try:
        if version != 0 or conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            sys.stderr.write(
                f"rescite: {db_path}: index of schema version {version}, this rescite uses "
                f"{SCHEMA_VERSION}; rebuilding it\n"
            )
            names = [
                r[0]
                for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                )
            ]
            for name in names:
                conn.execute(f'DROP TABLE IF EXISTS "{name}"')
        for statement in _SCHEMA.split(";"):
            if statement.strip():
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


# --------------------------------------------------------------------------- extraction


def _context(text: str, start: int, end: int, width: int = 160) -> tuple[str, int, int]:
    """The sentence or paragraph around ``text[start:end]``, cut to ``width`` each side."""
    lo = text.rfind("\n", max(0, start - width), start) + 1
    if lo == 0 and start > width:
        lo = start - width
        space = text.find(" ", lo, start)
        lo = space + 1 if space != -1 else lo
    hi = text.find("\n", end, end + width)
    if hi == -1:
        hi = min(len(text), end + width)
        if hi < len(text):
            space = text.rfind(" ", end, hi)
            hi = space if space != -1 else hi
    prefix = "…" if lo > 0 and text[lo - 1] != "\n" else ""
    suffix = "…" if hi < len(text) and text[hi] != "\n" else ""
    raw = text[lo:hi]
    ctx = prefix + " ".join(raw[: start - lo].split())
    gap = " " if raw[: start - lo][-1:].isspace() and ctx else ""
    ctx += gap
    c0 = len(ctx)
    ctx += " ".join(text[start:end].split())
    c1 = len(ctx)
    after = raw[end - lo :]
    tail = " ".join(after.split())
    if tail and after[:1].isspace():
        ctx += " "
    ctx += tail + suffix
    return ctx, c0, c1


_Work = tuple[str, str, int, int, "str | None"]  # path, rel, size, mtime_ns, old hash


def _extract_chunk(items: list[_Work]) -> list[tuple[Any, ...]]:
    """Read and extract a chunk of files (runs in a worker process)."""
    from ..read import UnreadableInput, text_of

    out: list[tuple[Any, ...]] = []
    for path, rel, size, mtime_ns, old_hash in items:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            out.append(("error", path, rel, size, mtime_ns, None, f"{path}: cannot read ({exc.strerror})"))
            continue
        digest = hashlib.blake2b(data, digest_size=16).hexdigest()
        size = len(data)
        if digest == old_hash:
            out.append(("same", path, rel, size, mtime_ns, digest))
            continue
        try:
            text = text_of(data, path)
        except UnreadableInput as exc:
            out.append(("error", path, rel, size, mtime_ns, digest, str(exc)))
            continue
        result: ExtractResult = extract_text(text, source=path)
        doc = result.document
        cites = []
        for c in result.citations:
            ctx = _context(text, c.start, c.end)
            cites.append((*(getattr(c, f) for f in RECORD_FIELDS), *ctx))
        out.append(
            (
                "ok",
                path,
                rel,
                size,
                mtime_ns,
                digest,
                (doc.lang, doc.source_id, doc.title, doc.body, doc.date),
                cites,
            )
        )
    return out


def _worker_init() -> None:
    """Workers leave Ctrl-C to the main process, which rolls back and stops them."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run_chunks(chunks: list[list[_Work]], jobs: int) -> Iterator[list[tuple[Any, ...]]]:
    """Results of the chunks, in chunk order, with a bounded number in flight."""
    if jobs <= 1 or len(chunks) <= 1:
        for chunk in chunks:
            yield _extract_chunk(chunk)
        return
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init) as pool:
        pending: deque[Future[list[tuple[Any, ...]]]] = deque()
        it = iter(chunks)
        try:
            for chunk in it:
                pending.append(pool.submit(_extract_chunk, chunk))
                if len(pending) >= 2 * jobs:
                    break
            while pending:
                done = pending.popleft().result()
                nxt = next(it, None)
                if nxt is not None:
                    pending.append(pool.submit(_extract_chunk, nxt))
                yield done
        except BaseException:
            for f in pending:
                f.cancel()
            pool.shutdown(wait=False, cancel_futures=True)
            raise


# --------------------------------------------------------------------------- refresh


def refresh(
    conn: sqlite3.Connection,
    roots: Sequence[Path],
    *,
    jobs: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> RefreshSummary:
    """Bring the index up to date with the files under ``roots``.

    Raises :class:`IndexFailed` (previous index unchanged) when extraction fails, and
    :class:`FileNotFoundError` for a root that does not exist.
    """
    t0 = time.perf_counter()
    summary = RefreshSummary()
    stats = scan(roots)
    summary.files = len(stats)
    fingerprint = _fingerprint(stats)
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    if meta.get("fingerprint") == fingerprint:  # nothing changed: no need to read the documents table
        summary.unchanged = len(stats)
        _fill_counts(conn, summary, meta)
        summary.seconds = time.perf_counter() - t0
        return summary
    known = {
        r[0]: (r[1], r[2], r[3]) for r in conn.execute("SELECT path, size, mtime_ns, hash FROM documents")
    }
    todo = [s for s in stats if known.get(s[0], (None, None))[:2] != (s[2], s[3])]
    present = {s[0] for s in stats}
    gone = [p for p in known if p not in present]
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError:
        summary.busy = bool(todo or gone)  # another process is refreshing: answer from the previous index
        _fill_counts(conn, summary, meta)
        summary.seconds = time.perf_counter() - t0
        return summary
    try:
        if todo or gone:
            _apply(conn, todo, gone, known, summary, jobs or os.cpu_count() or 1, progress)
        if summary.modified:
            _rebuild_graph(conn)
        _store_meta(conn, fingerprint)
        conn.execute("COMMIT")
    except BaseException as exc:
        conn.execute("ROLLBACK")
        if isinstance(exc, (KeyboardInterrupt, SystemExit, IndexFailed)):
            raise
        raise IndexFailed(f"indexing failed, previous index kept: {type(exc).__name__}: {exc}") from exc
    _fill_counts(conn, summary, dict(conn.execute("SELECT key, value FROM meta").fetchall()))
    summary.unchanged = len(stats) - summary.new - summary.changed
    summary.seconds = time.perf_counter() - t0
    return summary


def _fingerprint(stats: list[tuple[str, str, int, int]]) -> str:
    h = hashlib.blake2b(digest_size=16)
    h.update(f"{SCHEMA_VERSION}\n".encode())
    for path, _, size, mtime_ns in stats:
        h.update(f"{path}\t{size}\t{mtime_ns}\n".encode())
    return h.hexdigest()


def _store_meta(conn: sqlite3.Connection, fingerprint: str) -> None:
    values = {
        "fingerprint": fingerprint,
        "documents": conn.execute("SELECT count(*) FROM documents WHERE error IS NULL").fetchone()[0],
        "nodes": conn.execute("SELECT count(*) FROM nodes").fetchone()[0],
        "edges": conn.execute("SELECT count(*) FROM edges").fetchone()[0],
    }
    conn.executemany(
        "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", [(k, str(v)) for k, v in values.items()]
    )


def _fill_counts(conn: sqlite3.Connection, summary: RefreshSummary, meta: dict[str, str]) -> None:
    summary.documents = int(meta.get("documents", 0))
    summary.nodes = int(meta.get("nodes", 0))
    summary.edges = int(meta.get("edges", 0))


def _apply(
    conn: sqlite3.Connection,
    todo: list[tuple[str, str, int, int]],
    gone: list[str],
    known: dict[str, tuple[int, int, str | None]],
    summary: RefreshSummary,
    jobs: int,
    progress: Callable[[int, int], None] | None,
) -> None:
    for path in gone:
        _delete_doc(conn, path)
        summary.removed += 1
    work: list[_Work] = [(p, rel, size, mt, known[p][2] if p in known else None) for p, rel, size, mt in todo]
    chunk = max(1, min(CHUNK, len(work) // (jobs * 4) or 1))
    chunks = [work[i : i + chunk] for i in range(0, len(work), chunk)]
    done = 0
    total = len(work)
    nbytes = 0
    placeholders = ",".join("?" * (len(_CITATION_COLUMNS) + 2))
    columns = ",".join(f'"{c}"' for c in ("doc", "seq", *_CITATION_COLUMNS))
    for results in _run_chunks(chunks, jobs):
        for item in results:
            status, path, rel, size, mtime_ns, digest = item[:6]
            nbytes += size
            if status == "same":
                conn.execute("UPDATE documents SET size=?, mtime_ns=? WHERE path=?", (size, mtime_ns, path))
                continue
            if path in known:
                summary.changed += 1
                _delete_doc(conn, path)
            else:
                summary.new += 1
            if status == "error":
                summary.unreadable.append(item[6])
                conn.execute(
                    "INSERT INTO documents(path, rel, size, mtime_ns, hash, error) VALUES (?,?,?,?,?,?)",
                    (path, rel, size, mtime_ns, digest, item[6]),
                )
                continue
            lang, source_id, title, body, date = item[6]
            node_id = source_id or f"file:{rel}"
            cur = conn.execute(
                "INSERT INTO documents(path, rel, size, mtime_ns, hash, lang, source_id, node_id, title, "
                "body, date) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (path, rel, size, mtime_ns, digest, lang, source_id, node_id, title, body, date),
            )
            doc = cur.lastrowid
            conn.executemany(
                f"INSERT INTO citations({columns}) VALUES ({placeholders})",
                ((doc, i, *row) for i, row in enumerate(item[7])),
            )
        done += len(results)
        if progress:
            progress(done, total)
    summary.megabytes = nbytes / 1e6


def _delete_doc(conn: sqlite3.Connection, path: str) -> None:
    row = conn.execute("SELECT doc FROM documents WHERE path=?", (path,)).fetchone()
    if row is not None:
        conn.execute("DELETE FROM citations WHERE doc=?", (row[0],))
        conn.execute("DELETE FROM documents WHERE doc=?", (row[0],))


# --------------------------------------------------------------------------- graph tables

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


def _majority(counter: Counter[Any]) -> Any:
    if not counter:
        return None
    return sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))[0][0]


def _rebuild_graph(conn: sqlite3.Connection) -> None:
    """Recompute ``nodes`` and ``edges`` (and the global figures) from documents/citations."""
    from ..grammar.names import known_names

    conn.execute("DELETE FROM edges")
    conn.execute("DELETE FROM nodes")
    docs: dict[str, tuple[Any, ...]] = {}
    for r in conn.execute(
        "SELECT node_id, title, body, date FROM documents WHERE error IS NULL ORDER BY path"
    ):
        docs.setdefault(r[0], tuple(r[1:]))
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    bodies: dict[str, Counter[str]] = defaultdict(Counter)
    dates: dict[str, Counter[str]] = defaultdict(Counter)
    texts: dict[str, Counter[str]] = defaultdict(Counter)
    for target, kind, body, date, text, n in conn.execute(
        "SELECT target, kind, body, date, text, count(*) FROM citations WHERE target IS NOT NULL "
        "GROUP BY target, kind, body, date, text"
    ):
        kinds[target][kind] += n
        if body:
            bodies[target][body] += n
        if date:
            dates[target][date] += n
        texts[target][text] += n
    names = known_names()
    ids = sorted(set(docs) | set(kinds), key=natural_key)
    rows = []
    for i, cid in enumerate(ids, 1):
        d = docs.get(cid)
        kind = kind_of_id(cid) if cid in docs or not kinds[cid] else _majority(kinds[cid])
        if kind in (None, "unresolved"):
            kind = kind_of_id(cid)
        body = (d[1] if d else None) or _majority(bodies.get(cid, Counter())) or id_body(cid)
        date = (d[2] if d else None) or _majority(dates.get(cid, Counter()))
        name = (d[0] if d else None) or names.get(cid)
        if name is None and kind in ("treaty", "publication") and cid in texts:
            name = _majority(texts[cid])
        rows.append((i, cid, fold(cid), id_tail(cid), kind, body, date, name, 1 if d else 0))
    conn.executemany(
        "INSERT INTO nodes(node, id, fold, tail, kind, body, date, name, in_corpus) "
        "VALUES (?,?,?,?,?,?,?,?,?)",
        rows,
    )
    conn.execute(
        """INSERT INTO edges(cited, citing, mentions)
           SELECT t.node, s.node, count(*)
           FROM citations c JOIN documents d ON d.doc = c.doc
           JOIN nodes s ON s.id = d.node_id JOIN nodes t ON t.id = c.target
           WHERE t.node != s.node
           GROUP BY t.node, s.node"""
    )
    conn.execute(
        """UPDATE nodes SET
             cited_by = coalesce((SELECT count(*) FROM edges WHERE cited = nodes.node), 0),
             mentions = coalesce((SELECT sum(mentions) FROM edges WHERE cited = nodes.node), 0),
             cites = coalesce((SELECT count(*) FROM edges e WHERE e.citing = nodes.node), 0)"""
    )
    ranks = pagerank(len(ids), conn.execute("SELECT citing, cited FROM edges ORDER BY citing, cited"))
    conn.executemany("UPDATE nodes SET pagerank=? WHERE node=?", ((r, i + 1) for i, r in enumerate(ranks)))


def pagerank(
    n: int, edges: Iterable[tuple[int, int]], alpha: float = 0.85, tol: float = 1.0e-6, max_iter: int = 100
) -> list[float]:
    """PageRank of nodes ``1..n`` (edges citing → cited), by power iteration, as networkx does."""
    if n == 0:
        return []
    src: list[int] = []
    dst: list[int] = []
    outdeg = [0] * n
    for a, b in edges:
        src.append(a - 1)
        dst.append(b - 1)
        outdeg[a - 1] += 1
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
