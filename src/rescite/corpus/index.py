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

import contextlib
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
    building: bool = False  # busy, and the index has never been built: no previous answer

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


#: Version of the tables below (``PRAGMA user_version``).  An index of another version is
#: rebuilt from the corpus.  A module that adds tables appends its CREATE statements to
#: :data:`SCHEMA` and bumps this number (a new statement is a new version).
SCHEMA_VERSION = 3

#: Marks the file as a rescite index (``PRAGMA application_id``, "RSCT"): any other SQLite
#: file is refused and never changed.
APPLICATION_ID = 0x52534354

#: The CREATE statements of the index, run in order on a new index.  Other modules (search,
#: titles …) append their own tables here, and bump :data:`SCHEMA_VERSION`.
SCHEMA: list[str] = [
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)",
    """CREATE TABLE IF NOT EXISTS documents (
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
)""",
    """CREATE TABLE IF NOT EXISTS citations (
    doc INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    source TEXT, source_id TEXT, start INTEGER, "end" INTEGER, text TEXT, target TEXT,
    kind TEXT, body TEXT, date TEXT, pinpoint TEXT, function TEXT, verb TEXT,
    section TEXT, paragraph TEXT, via_footnote INTEGER, part TEXT,
    context TEXT, ctx_start INTEGER, ctx_end INTEGER,
    PRIMARY KEY (doc, seq)
) WITHOUT ROWID""",
    "CREATE INDEX IF NOT EXISTS citations_target ON citations(target)",
    """CREATE TABLE IF NOT EXISTS nodes (
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
)""",
    "CREATE INDEX IF NOT EXISTS nodes_fold ON nodes(fold)",
    "CREATE INDEX IF NOT EXISTS nodes_tail ON nodes(tail)",
    """CREATE TABLE IF NOT EXISTS edges (
    cited INTEGER NOT NULL,
    citing INTEGER NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (cited, citing)
) WITHOUT ROWID""",
    "CREATE INDEX IF NOT EXISTS edges_citing ON edges(citing, cited)",
]

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


class NotAnIndex(IndexUnavailable):
    """``--db`` names a file that is not a rescite index: it is refused and never changed."""


class IndexDamaged(IndexUnavailable):
    """The index file is ours but damaged (it can be rebuilt from the corpus)."""


_SQLITE_MAGIC = b"SQLite format 3\x00"
#: Tables of the index of rescite 0.1 (schema 1, no application id), recognised as ours.
_LEGACY_TABLES = frozenset({"meta", "documents", "citations", "nodes", "edges"})


def ownership(db_path: Path) -> str:
    """``"new"`` (no file, or an empty one), ``"ours"`` (a rescite index), ``"legacy"``
    (a rescite index from before the application id), or :class:`NotAnIndex`.

    Reads the 100-byte SQLite header directly, so a damaged index is still known as ours.
    """
    try:
        with open(db_path, "rb") as fh:
            header = fh.read(100)
    except FileNotFoundError:
        return "new"
    except IsADirectoryError:
        raise NotAnIndex(f"{db_path}: is a folder, not a rescite index") from None
    except OSError as exc:
        raise IndexUnavailable(f"{db_path}: cannot open index ({exc.strerror or exc})") from None
    if not header:
        return "new"
    if not header.startswith(_SQLITE_MAGIC) or len(header) < 100:
        raise NotAnIndex(f"{db_path}: not a rescite index (not an SQLite database); left unchanged")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id == APPLICATION_ID:
        return "ours"
    if app_id != 0:
        raise NotAnIndex(
            f"{db_path}: not a rescite index (an SQLite database of another program); left unchanged"
        )
    try:  # the header in the file may be older than the WAL beside it: ask SQLite
        probe = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            app_id = probe.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in probe.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            version = probe.execute("PRAGMA user_version").fetchone()[0]
        finally:
            probe.close()
    except sqlite3.DatabaseError:
        app_id, tables, version = 0, {"?"}, -1
    if app_id == APPLICATION_ID:
        return "ours"
    if not tables:
        return "new"
    if tables <= _LEGACY_TABLES and version == 1:
        return "legacy"
    raise NotAnIndex(
        f"{db_path}: not a rescite index (an SQLite database of another program); left unchanged"
    )


def remove_index(db_path: Path) -> None:
    """Delete an index file of ours and its WAL and shared-memory files."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{db_path}{suffix}")


def open_index(db_path: Path, *, readonly: bool = False, rebuild: bool = False) -> sqlite3.Connection:
    """Open (or create) the index at ``db_path``; rebuild it if its schema is another version,
    or when ``rebuild`` is set.

    Raises :class:`NotAnIndex` for a file that is not a rescite index (never changed),
    :class:`IndexDamaged` for a damaged index opened ``readonly``, :class:`IndexUnavailable`
    when it cannot be opened.  A damaged index opened for writing is rebuilt with a warning.
    """
    db_path = Path(db_path)
    owner = ownership(db_path)
    if readonly:
        if owner == "new":
            raise IndexUnavailable(f"{db_path}: no index here (run `rescite index`)")
        try:
            conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, isolation_level=None)
            conn.row_factory = sqlite3.Row
            if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                raise IndexUnavailable(f"{db_path}: index of another rescite version (run `rescite index`)")
            return conn
        except sqlite3.DatabaseError as exc:
            raise IndexDamaged(f"{db_path}: index damaged ({exc}); run `rescite index --rebuild`") from None
    if rebuild and owner != "new":
        remove_index(db_path)
    try:
        return _open_rw(db_path)
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):
            raise IndexUnavailable(f"{db_path}: cannot open index ({exc})") from None
        import sys

        sys.stderr.write(f"rescite: warning: {db_path}: index damaged ({exc}); rebuilding it\n")
        remove_index(db_path)
        try:
            return _open_rw(db_path)
        except sqlite3.DatabaseError as exc2:
            raise IndexUnavailable(f"{db_path}: cannot create index ({exc2})") from None
    except OSError as exc:
        raise IndexUnavailable(f"{db_path}: cannot open index ({exc.strerror or exc})") from None


def is_damage(exc: BaseException) -> bool:
    text = str(exc).lower()
    return any(w in text for w in ("malformed", "corrupt", "not a database", "disk image"))


def explain(exc: BaseException) -> str:
    """A true one-line reason for an SQLite or OS error met while writing the index."""
    text = str(exc).lower()
    if "full" in text or getattr(exc, "errno", None) == 28:
        return "no space left on the disk of the index"
    if "readonly" in text or "read-only" in text or getattr(exc, "errno", None) in (13, 30):
        return "the index file or its folder is read-only"
    if "locked" in text or "busy" in text:
        return "another rescite process is writing the index"
    if is_damage(exc):
        return f"index damaged ({exc})"
    return " ".join(f"{type(exc).__name__}: {exc}".split())


def _db_file(conn: sqlite3.Connection) -> str:
    with contextlib.suppress(sqlite3.Error):
        for row in conn.execute("PRAGMA database_list"):
            if row[1] == "main":
                return str(row[2])
    return "index"


def _open_rw(db_path: Path) -> sqlite3.Connection:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(db_path), isolation_level=None, timeout=0.2)
    try:
        conn.row_factory = sqlite3.Row
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute("PRAGMA busy_timeout = 200")
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        if version != SCHEMA_VERSION or conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            _create(conn, db_path, version)
    except BaseException:
        conn.close()
        raise
    return conn


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
        for statement in SCHEMA:
            conn.execute(statement)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
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


#: One file to read: (absolute path, relative path, size, mtime in ns, hash when last indexed).
Work = tuple[str, str, int, int, "str | None"]

#: What reading one file gives (picklable, so any executor can carry it back):
#: ``("ok", path, rel, size, mtime_ns, hash, (lang, source_id, title, body, date), citation rows)``,
#: ``("same", path, rel, size, mtime_ns, hash)`` when the content did not change, or
#: ``("error", path, rel, size, mtime_ns, hash, message)`` for a file that could not be read.
FileResult = tuple[Any, ...]

#: An executor's ``map``: ``mapper(extract_file, works)`` yields one :data:`FileResult` per
#: work item, in any order (a process pool, a Dask client, the built-in ``map`` …).
Mapper = Callable[[Callable[[Work], FileResult], Iterable[Work]], Iterable[FileResult]]


def extract_file(work: Work) -> FileResult:
    """Read one file and extract its citations (runs in a worker process, or anywhere).

    Never raises for a bad file: an unreadable file, or one the engine fails on, gives an
    ``"error"`` result with a one-line reason.
    """
    from ..read import UnreadableInput, text_of

    path, rel, size, mtime_ns, old_hash = work
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return ("error", path, rel, size, mtime_ns, None, f"{path}: cannot read ({exc.strerror or exc})")
    digest = hashlib.blake2b(data, digest_size=16).hexdigest()
    size = len(data)
    if digest == old_hash:
        return ("same", path, rel, size, mtime_ns, digest)
    try:
        text = text_of(data, path)
        result: ExtractResult = extract_text(text, source=path)
    except UnreadableInput as exc:
        return ("error", path, rel, size, mtime_ns, digest, str(exc))
    except (KeyboardInterrupt, SystemExit):
        raise
    except (Exception, RecursionError, MemoryError) as exc:
        reason = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
        return ("error", path, rel, size, mtime_ns, digest, f"{path}: could not be read ({reason})")
    doc = result.document
    cites = []
    for c in result.citations:
        ctx = _context(text, c.start, c.end)
        cites.append((*(getattr(c, f) for f in RECORD_FIELDS), *ctx))
    return (
        "ok",
        path,
        rel,
        size,
        mtime_ns,
        digest,
        (doc.lang, doc.source_id, doc.title, doc.body, doc.date),
        cites,
    )


def _worker_init() -> None:
    """Workers leave Ctrl-C to the main process, which rolls back and stops them, and end
    with their parent even when it is killed (Linux: the parent-death signal)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with contextlib.suppress(Exception):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        if os.getppid() == 1:  # the parent is already gone
            os._exit(1)


def local_mapper(jobs: int) -> Mapper:
    """A :data:`Mapper` over ``jobs`` local worker processes (in-process for one job):
    chunks of files, a bounded number of chunks in flight, results in input order."""

    def mapper(func: Callable[[Work], FileResult], works: Iterable[Work]) -> Iterator[FileResult]:
        items = list(works)
        if jobs <= 1 or len(items) <= 1:
            yield from map(func, items)
            return
        chunk = max(1, min(CHUNK, len(items) // (jobs * 4) or 1))
        chunks = [items[i : i + chunk] for i in range(0, len(items), chunk)]
        for results in _run_chunks(chunks, jobs, func):
            yield from results

    return mapper


def _apply_chunk(func: Callable[[Work], FileResult], items: list[Work]) -> list[FileResult]:
    return [func(w) for w in items]


def _run_chunks(
    chunks: list[list[Work]], jobs: int, func: Callable[[Work], FileResult]
) -> Iterator[list[FileResult]]:
    """Results of the chunks, in chunk order, with a bounded number in flight."""
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init) as pool:
        pending: deque[Future[list[FileResult]]] = deque()
        it = iter(chunks)
        try:
            for chunk in it:
                pending.append(pool.submit(_apply_chunk, func, chunk))
                if len(pending) >= 2 * jobs:
                    break
            while pending:
                done = pending.popleft().result()
                nxt = next(it, None)
                if nxt is not None:
                    pending.append(pool.submit(_apply_chunk, func, nxt))
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
    mapper: Mapper | None = None,
    retry: bool = False,
) -> RefreshSummary:
    """Bring the index up to date with the files under ``roots``.

    ``mapper`` runs :func:`extract_file` over the files to read (default: a pool of
    ``jobs`` local processes, :func:`local_mapper`); results may come in any order, the
    index is the same.  A file that cannot be read is named in ``summary.unreadable``;
    every other file is indexed.  ``retry`` reads the files that could not be read last
    time again (``rescite index`` does; queries only read new and changed files).

    Raises :class:`IndexFailed` (previous index unchanged) when writing the index fails,
    and :class:`FileNotFoundError` for a root that does not exist.
    """
    try:
        return _refresh(conn, roots, jobs, progress, mapper, retry)
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            raise IndexDamaged(f"{_db_file(conn)}: {explain(exc)}") from None
        raise IndexFailed(f"{_db_file(conn)}: index unusable: {explain(exc)}") from None


def _refresh(
    conn: sqlite3.Connection,
    roots: Sequence[Path],
    jobs: int | None,
    progress: Callable[[int, int], None] | None,
    mapper: Mapper | None,
    retry: bool,
) -> RefreshSummary:
    t0 = time.perf_counter()
    summary = RefreshSummary()
    stats = scan(roots)
    summary.files = len(stats)
    fingerprint = _fingerprint(stats)
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    retrying = retry and int(meta.get("errors", 0)) > 0
    if meta.get("fingerprint") == fingerprint and not retrying:  # nothing changed: documents not read
        summary.unchanged = len(stats)
        _fill_counts(conn, summary, meta)
        summary.seconds = time.perf_counter() - t0
        return summary
    known = {
        r[0]: (r[1], r[2], r[3])
        for r in conn.execute("SELECT path, size, mtime_ns, hash FROM documents WHERE error IS NULL")
    }
    failed = {
        r[0]: (r[1], r[2], r[3])
        for r in conn.execute("SELECT path, size, mtime_ns, error FROM documents WHERE error IS NOT NULL")
    }
    todo = [
        s
        for s in stats
        if known.get(s[0], failed.get(s[0], (None, None)))[:2] != (s[2], s[3])
        or (retrying and s[0] in failed)
    ]
    present = {s[0] for s in stats}
    gone = [p for p in (*known, *failed) if p not in present]
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if "locked" not in str(exc) and "busy" not in str(exc):
            raise IndexFailed(f"{_db_file(conn)}: cannot write the index: {explain(exc)}") from None
        summary.busy = bool(todo or gone)  # another process is refreshing: answer from the previous index
        summary.building = summary.busy and "fingerprint" not in meta
        _fill_counts(conn, summary, meta)
        summary.seconds = time.perf_counter() - t0
        return summary
    try:
        if todo or gone:
            run = mapper or local_mapper(jobs or os.cpu_count() or 1)
            _apply(conn, todo, gone, known, failed, summary, run, progress)
        if summary.modified:
            _update_graph(conn)
        _store_meta(conn, fingerprint)
        if summary.modified:
            from .search import rebuild as rebuild_search  # titles from citing texts, words to search

            rebuild_search(conn)
        conn.execute("COMMIT")
    except BaseException as exc:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        if isinstance(exc, (KeyboardInterrupt, SystemExit, IndexFailed)):
            raise
        if is_damage(exc):
            raise IndexDamaged(f"{_db_file(conn)}: {explain(exc)}") from exc
        raise IndexFailed(f"indexing failed, previous index kept: {explain(exc)}") from exc
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
        "errors": conn.execute("SELECT count(*) FROM documents WHERE error IS NOT NULL").fetchone()[0],
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
    failed: dict[str, tuple[int, int, str | None]],
    summary: RefreshSummary,
    mapper: Mapper,
    progress: Callable[[int, int], None] | None,
) -> None:
    for path in gone:
        _delete_doc(conn, path)
        summary.removed += 1
    work: list[Work] = [(p, rel, size, mt, known[p][2] if p in known else None) for p, rel, size, mt in todo]
    total = len(work)
    nbytes = 0
    placeholders = ",".join("?" * (len(_CITATION_COLUMNS) + 2))
    columns = ",".join(f'"{c}"' for c in ("doc", "seq", *_CITATION_COLUMNS))
    for done, item in enumerate(mapper(extract_file, work), 1):
        status, path, rel, size, mtime_ns, digest = item[:6]
        nbytes += size
        if progress and (done % 16 == 0 or done == total):
            progress(done, total)
        if status == "same":
            conn.execute("UPDATE documents SET size=?, mtime_ns=? WHERE path=?", (size, mtime_ns, path))
            continue
        if status == "error" and path in failed and failed[path][:2] == (size, mtime_ns):
            summary.unreadable.append(item[6])  # tried again, still unreadable
            conn.execute("UPDATE documents SET error=? WHERE path=?", (item[6], path))
            continue
        if path in known or path in failed:
            summary.changed += 1
            _delete_doc(conn, path)
        else:
            summary.new += 1
        if status == "error":
            summary.unreadable.append(item[6])
            conn.execute(
                "INSERT INTO documents(path, rel, size, mtime_ns, hash, error) VALUES (?,?,?,?,?,?)",
                (path, rel, size, mtime_ns, None, item[6]),
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


def _update_graph(conn: sqlite3.Connection) -> None:
    """Recompute ``nodes`` and ``edges`` (and the global figures) from documents/citations."""
    from ..grammar.names import known_names

    conn.execute("DELETE FROM edges")
    conn.execute("DELETE FROM nodes")
    docs: dict[str, tuple[Any, ...]] = {}
    for r in conn.execute(
        "SELECT node_id, title, body, date FROM documents WHERE error IS NULL ORDER BY path"
    ):
        docs.setdefault(r[0], tuple(r[1:]))
    # the texts of a compilation are documents of the corpus too (citations name them)
    for (part_id,) in conn.execute("SELECT DISTINCT source_id FROM citations WHERE part IS NOT NULL"):
        if part_id:
            docs.setdefault(part_id, (None, None, None))
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
           JOIN nodes s ON s.id = coalesce(c.source_id, d.node_id) JOIN nodes t ON t.id = c.target
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
