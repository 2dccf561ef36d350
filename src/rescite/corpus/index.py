"""The corpus index brought up to date: :func:`refresh` reads only new or changed files again
(``corpus.reading``), takes removed files out, and writes the documents and their citations
(``corpus.rows``), the graph's tables (``corpus.edges``) and the packing (``corpus.packing``)
in one write transaction, so an interrupted or failing run leaves the previous index whole
and a concurrent reader (WAL mode) sees either the old or the new index, never half.  The
tables and opening an index: ``corpus.schema``.
"""

from __future__ import annotations

# the C module sqlite3 is made of (the same classes): see ``corpus.schema``
import _sqlite3 as sqlite3
import os
import time
from collections import Counter
from collections.abc import Callable, Sequence

from ..models import Record
from .edges import Touched, add_votes, update_graph
from .fresh import load_dictionaries, pack, packed_with_dictionary, stamp, unpack
from .packing import compact, give_back_pages, pack_with_dictionary, repack_grown
from .reading import Mapper, Work, extract_file, local_mapper
from .rows import ROW_COLUMNS, ROW_PHRASE, ROW_SOURCE, ROW_TARGET, ROW_WORDS, count_votes, row_votes
from .schema import (
    CITATION_COLUMNS,
    SCHEMA_VERSION,
    VOTE_AT,
    IndexDamaged,
    bound_wal,
    db_file,
    drop_indexes,
    explain,
    is_damage,
    make_indexes,
)
from .walk import Walk, walk

TYPE_CHECKING = False  # as typing's, without importing typing: a refresh imports this module
if TYPE_CHECKING:
    from typing import Any


class IndexFailed(Exception):
    """A refresh failed; the previous index is unchanged (one-line message)."""


class RefreshSummary(Record):
    files: int
    new: int
    changed: int
    removed: int
    unchanged: int
    unreadable: list[str]
    warnings: list[str]  # files read in part (a limit reached), one line each
    retried: int  # files read again because the last read failed or stopped at the time budget
    partial: int  # files still indexed in part after their time budget ran out (read again next time)
    rebuilt: bool
    seconds: float
    documents: int
    nodes: int
    edges: int
    megabytes: float
    busy: bool
    building: bool  # busy, and the index has never been built: no previous answer

    __slots__ = (
        "building",
        "busy",
        "changed",
        "documents",
        "edges",
        "files",
        "megabytes",
        "new",
        "nodes",
        "partial",
        "rebuilt",
        "removed",
        "retried",
        "seconds",
        "unchanged",
        "unreadable",
        "warnings",
    )

    def __init__(
        self,
        files: int = 0,
        new: int = 0,
        changed: int = 0,
        removed: int = 0,
        unchanged: int = 0,
        unreadable: list[str] | None = None,
        warnings: list[str] | None = None,
        retried: int = 0,
        partial: int = 0,
        rebuilt: bool = False,
        seconds: float = 0.0,
        documents: int = 0,
        nodes: int = 0,
        edges: int = 0,
        megabytes: float = 0.0,
        busy: bool = False,
        building: bool = False,
    ) -> None:
        self.files = files
        self.new = new
        self.changed = changed
        self.removed = removed
        self.unchanged = unchanged
        self.unreadable = [] if unreadable is None else unreadable
        self.warnings = [] if warnings is None else warnings
        self.retried = retried
        self.partial = partial
        self.rebuilt = rebuilt
        self.seconds = seconds
        self.documents = documents
        self.nodes = nodes
        self.edges = edges
        self.megabytes = megabytes
        self.busy = busy
        self.building = building

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
        if self.retried:
            parts.append(f"{self.retried} retried")
        if self.unreadable:
            parts.append(f"{len(self.unreadable)} unreadable")
        if self.partial:
            parts.append(f"{self.partial} read in part (tried again next run)")
        if self.warnings:
            parts.append(f"{len(self.warnings)} warning(s)")
        return (
            f"indexed {', '.join(parts)}; {self.documents} documents, {self.nodes} nodes, "
            f"{self.edges} edges in {self.seconds:.2f} s"
        )


# --------------------------------------------------------------------------- refresh


def refresh(
    conn: sqlite3.Connection,
    roots: Sequence[str | os.PathLike[str]],
    *,
    jobs: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    mapper: Mapper | None = None,
    retry: bool = False,
    listing: Walk | None = None,
) -> RefreshSummary:
    """Bring the index up to date with the files under ``roots``.

    ``listing``: the walk of ``roots`` the command made a moment ago (``corpus.fresh.check``),
    so that the corpus is listed once.

    ``mapper`` runs :func:`extract_file` over the files to read (default: a pool of
    ``jobs`` local processes, :func:`local_mapper`); results may come in any order, the
    index is the same.  A file that cannot be read is named in ``summary.unreadable``;
    every other file is indexed.  ``retry`` reads the files that could not be read last
    time again (``rescite index`` does; queries only read new and changed files).

    Raises :class:`IndexFailed` (previous index unchanged) when writing the index fails,
    and :class:`FileNotFoundError` for a root that does not exist.
    """
    try:
        return _refresh(conn, roots, jobs, progress, mapper, retry, listing)
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            raise IndexDamaged(f"{db_file(conn)}: {explain(exc)}") from None
        raise IndexFailed(f"{db_file(conn)}: index unusable: {explain(exc)}") from None


def _refresh(
    conn: sqlite3.Connection,
    roots: Sequence[str | os.PathLike[str]],
    jobs: int | None,
    progress: Callable[[int, int], None] | None,
    mapper: Mapper | None,
    retry: bool,
    listing: Walk | None = None,
) -> RefreshSummary:
    t0 = time.perf_counter()
    summary = RefreshSummary()
    found = listing or walk(roots)
    summary.files = found.count()
    fingerprint = stamp(found, SCHEMA_VERSION)
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    in_part: dict[str, int] = {}  # files read in part last time → citations found then
    if retry:
        in_part = dict(conn.execute("SELECT path, found FROM partial").fetchall())
    retrying = retry and (int(meta.get("errors", 0)) > 0 or bool(in_part))
    if meta.get("fingerprint") == fingerprint and not retrying:  # nothing changed: documents not read
        summary.unchanged = summary.files
        _fill_counts(conn, summary, meta)
        summary.seconds = time.perf_counter() - t0
        return summary
    folders = found.folders()
    stored = dict(conn.execute("SELECT path, fingerprint FROM folders").fetchall())
    changed = {d for d, fp in folders.items() if stored.get(d) != fp} | (set(stored) - set(folders))
    known: dict[str, tuple[int, int, str | None]] = {}
    failed: dict[str, tuple[int, int, str | None]] = {}
    for folder in sorted(changed):
        for r in conn.execute(
            "SELECT path, size, mtime_ns, hash, error FROM documents WHERE path > ? AND path < ?",
            (folder + os.sep, folder + chr(ord(os.sep) + 1)),
        ):
            if os.path.dirname(r[0]) == folder:
                (known if r[4] is None else failed)[r[0]] = (r[1], r[2], r[3] if r[4] is None else r[4])
    if retrying:
        for r in conn.execute("SELECT path, size, mtime_ns, error FROM documents WHERE error IS NOT NULL"):
            failed[r[0]] = (r[1], r[2], r[3])
    if not stored:  # an index without folder fingerprints: every document
        for r in conn.execute("SELECT path, size, mtime_ns, hash, error FROM documents"):
            (known if r[4] is None else failed)[r[0]] = (r[1], r[2], r[3] if r[4] is None else r[4])
        changed = set(folders)
    if retrying:  # the files read in part: no hash, so read again even when their bytes are the same
        for r in conn.execute("SELECT path, size, mtime_ns FROM documents JOIN partial USING (path)"):
            known[r[0]] = (r[1], r[2], None)
    # the files of the folders that changed (every file when failed files are tried again)
    stats = found.files if retrying or not stored else found.files_in(changed)
    todo = [
        s
        for s in stats
        if (
            os.path.dirname(s[0]) in changed
            and known.get(s[0], failed.get(s[0], (None, None)))[:2] != (s[2], s[3])
        )
        or (retrying and (s[0] in failed or s[0] in in_part))
    ]
    present = {s[0] for s in stats}
    gone = [p for p in (*known, *failed) if p not in present]
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if "locked" not in str(exc) and "busy" not in str(exc):
            raise IndexFailed(f"{db_file(conn)}: cannot write the index: {explain(exc)}") from None
        summary.busy = bool(todo or gone)  # another process is refreshing: answer from the previous index
        summary.building = summary.busy and "fingerprint" not in meta
        _fill_counts(conn, summary, meta)
        summary.seconds = time.perf_counter() - t0
        return summary
    if not retrying and _fingerprint(conn) == fingerprint:
        # another process (``rescite watch``, a second query) brought the index up to date
        # between the look above and the lock: nothing left to read
        conn.execute("COMMIT")
        summary.unchanged = summary.files
        _fill_counts(conn, summary, dict(conn.execute("SELECT key, value FROM meta").fetchall()))
        summary.seconds = time.perf_counter() - t0
        return summary
    built = False  # the index was built whole here: its pages are packed after
    merging = False  # a merge of the search index is under way (:func:`search._merge_step`)
    errors: int | None = 0  # how many more unreadable files' rows (None: count them)
    grown: tuple[int, int] | None = (0, 0)  # how many more nodes and edges (None: count them)
    try:
        if todo or gone:
            run = mapper or local_mapper(jobs or os.cpu_count() or 1)
            touched = _apply(conn, todo, gone, known, failed, summary, run, progress, in_part)
            built = touched.everything and summary.modified
            errors = None if touched.everything else touched.errors
            if summary.modified:
                grown = update_graph(conn, touched)
        conn.executemany(
            "INSERT OR REPLACE INTO folders(path, fingerprint) VALUES (?, ?)",
            ((d, folders[d]) for d in changed if d in folders),
        )
        conn.executemany("DELETE FROM folders WHERE path = ?", ((d,) for d in changed if d not in folders))
        _store_meta(conn, fingerprint, summary.modified, meta, errors, grown)
        _store_same_as(conn)
        if built:
            pack_with_dictionary(conn, run)
        if summary.modified:
            from .search import rebuild as rebuild_search  # titles from citing texts, words to search

            partial = not touched.everything and touched.forget is not None
            merging = rebuild_search(
                conn,
                touched.citing | touched.targets if partial else None,
                touched.gone,
                touched.forget if partial else None,
            )
        if summary.modified and not built and not merging:  # a merge's next step reuses its free pages
            give_back_pages(conn)
        conn.execute("COMMIT")
    except BaseException as exc:
        import contextlib

        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        if isinstance(exc, (KeyboardInterrupt, SystemExit, IndexFailed)):
            raise
        if is_damage(exc):
            raise IndexDamaged(f"{db_file(conn)}: {explain(exc)}") from exc
        raise IndexFailed(f"indexing failed, previous index kept: {explain(exc)}") from exc
    if built:
        compact(conn)
    elif summary.modified and not merging:
        repack_grown(conn)
    if summary.modified:
        bound_wal(conn)
    _fill_counts(conn, summary, dict(conn.execute("SELECT key, value FROM meta").fetchall()))
    summary.partial = conn.execute("SELECT count(*) FROM partial").fetchone()[0]
    summary.unchanged = summary.files - summary.new - summary.changed
    summary.seconds = time.perf_counter() - t0
    return summary


def _fingerprint(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
    return None if row is None else str(row[0])


def _store_meta(
    conn: sqlite3.Connection,
    fingerprint: str,
    modified: bool,
    meta: dict[str, str] | None = None,
    errors: int | None = None,
    grown: tuple[int, int] | None = None,
) -> None:
    """The fingerprint and counts after a refresh.  ``meta``: the values read when the refresh
    began, ``errors`` how many more unreadable files' rows it left and ``grown`` how many more
    nodes and edges (None: counted, a scan of every document's, node's or edge's row; a
    refresh of one file adds the change to the stored counts when no other refresh came
    between: a scan of the corpus's 165,000 edges was the refresh's dearest statement but one)."""
    stored = dict(
        conn.execute("SELECT key, value FROM meta WHERE key IN ('generation', 'errors')").fetchall()
    )
    generation = int(stored.get("generation", 0))
    before = stored.get("errors", "")
    same = meta is not None and meta.get("generation") == stored.get("generation")
    if errors is None or not same or not before.isdigit():
        failed = conn.execute("SELECT count(*) FROM documents WHERE error IS NOT NULL").fetchone()[0]
    else:
        failed = int(before) + errors
    counted: dict[str, int | None] = {"nodes": None, "edges": None}
    if grown is not None and same and meta is not None:
        for k, more in zip(("nodes", "edges"), grown, strict=True):
            if meta.get(k, "").isdigit():
                counted[k] = int(meta[k]) + more
    values = {
        "fingerprint": fingerprint,
        "generation": generation + 1 if modified else generation,
        "documents": conn.execute("SELECT count(*) FROM documents").fetchone()[0] - failed,
        "errors": failed,
        **{
            k: conn.execute(f"SELECT count(*) FROM {k}").fetchone()[0] if n is None else n
            for k, n in counted.items()
        },
    }
    conn.executemany(
        "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", [(k, str(v)) for k, v in values.items()]
    )


def _store_same_as(conn: sqlite3.Connection) -> None:
    """The lexicon's same-as facts, as this rescite knows them (the fingerprint stored with
    them names this rescite's files: a query trusts them only then)."""
    from ..grammar.names import same_as_facts

    conn.execute("DELETE FROM same_as")
    conn.executemany("INSERT INTO same_as(id, pinpoint, same_as) VALUES (?,?,?)", same_as_facts())


def _fill_counts(conn: sqlite3.Connection, summary: RefreshSummary, meta: dict[str, str]) -> None:
    summary.documents = int(meta.get("documents", 0))
    summary.nodes = int(meta.get("nodes", 0))
    summary.edges = int(meta.get("edges", 0))


def _numbering(conn: sqlite3.Connection, find: str, add: str) -> Callable[[str], int]:
    """The number of a string in a dictionary table (``find`` it, else ``add`` it), each
    string looked up once by the caller's refresh."""
    numbers: dict[str, int] = {}

    def number(value: str) -> int:
        n = numbers.get(value)
        if n is None:
            got = conn.execute(find, (value,)).fetchone()
            n = int(got[0] if got is not None else conn.execute(add, (value,)).lastrowid or 0)
            numbers[value] = n
        return n

    return number


def _apply(
    conn: sqlite3.Connection,
    todo: list[tuple[str, str, int, int]],
    gone: list[str],
    known: dict[str, tuple[int, int, str | None]],
    failed: dict[str, tuple[int, int, str | None]],
    summary: RefreshSummary,
    mapper: Mapper,
    progress: Callable[[int, int], None] | None,
    partial: dict[str, int] | None = None,
) -> Touched:
    """Index the results of reading ``todo`` and take ``gone`` out.  A file read again
    because it was unreadable or read in part last time (``failed``, ``partial``: as it was
    then) keeps what it had when the new read is no better: still unreadable, or read in
    part with fewer citations."""
    partial = partial or {}
    touched = Touched(everything=not known and not failed)
    # the votes of the documents taken out and put in, added up and written once at the end:
    # a changed file's rows mostly name what they named before, whose votes are then left as
    # they are (written down and up again, each vote's page went to the WAL for nothing)
    voted: Counter[tuple[str, ...]] = Counter()
    if touched.everything and conn.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is None:
        touched.votes = Counter()  # counted here, as the mentions go in
    if not touched.everything:
        from .search import forgetter

        touched.forget = forgetter(conn)
    for path in gone:
        _delete_doc(conn, path, touched, voted)
        touched.errors -= path in failed
        summary.removed += 1
    work: list[Work] = [(p, rel, size, mt, known[p][2] if p in known else None) for p, rel, size, mt in todo]
    total = len(work)
    nbytes = 0
    mention_columns = ("doc", "seq", *ROW_COLUMNS)
    placeholders = ",".join("?" * len(mention_columns))
    columns = ",".join(f'"{c}"' for c in mention_columns)
    phrases: dict[tuple[Any, ...], int] = {
        tuple(r[1:]): r[0] for r in conn.execute("SELECT phrase, function, verb, section FROM phrases")
    }
    words = load_dictionaries(conn)  # the sentences' preset dictionary, once the index has one

    def phrase_of(key: tuple[Any, ...]) -> int:
        n = phrases.get(key)
        if n is None:
            cur = conn.execute("INSERT INTO phrases(function, verb, section) VALUES (?,?,?)", key)
            n = phrases[key] = int(cur.lastrowid or 0)
        return n

    target_of = _numbering(conn, "SELECT t FROM targets WHERE id = ?", "INSERT INTO targets(id) VALUES (?)")
    text_of = _numbering(conn, "SELECT w FROM texts WHERE text = ?", "INSERT INTO texts(text) VALUES (?)")

    # a first build: the indexes of the documents and mentions made after, from all their rows
    deferred = drop_indexes(conn, "documents", "mentions") if touched.votes is not None else []
    for done, item in enumerate(mapper(extract_file, work), 1):
        status, path, rel, size, mtime_ns, digest = item[:6]
        nbytes += size
        if progress and (done % 16 == 0 or done == total):
            progress(done, total)
        if status == "same":
            conn.execute("UPDATE documents SET size=?, mtime_ns=? WHERE path=?", (size, mtime_ns, path))
            continue
        same_file = (path in failed and failed[path][:2] == (size, mtime_ns)) or (
            path in partial and known[path][:2] == (size, mtime_ns)
        )
        if same_file:
            summary.retried += 1
        if status == "error" and same_file and path in failed:
            summary.unreadable.append(item[6])  # tried again, still unreadable
            conn.execute("UPDATE documents SET error=? WHERE path=?", (item[6], path))
            continue
        if (
            same_file
            and path in partial
            and (status == "error" or (item[10] and len(item[7]) < partial[path]))
        ):
            # no better than the part kept: that stays, and is tried again next time
            reason = (
                item[6] if status == "error" else f"{path}: read in part again, {len(item[7])} citation(s)"
            )
            summary.warnings.append(f"{reason}; the {partial[path]} citation(s) read before are kept")
            continue
        if path in known or path in failed:
            summary.changed += 1
            _delete_doc(conn, path, touched, voted)
            touched.errors -= path in failed
        else:
            summary.new += 1
        if status == "error":
            touched.errors += 1
            summary.unreadable.append(item[6])
            conn.execute(
                "INSERT INTO documents(path, rel, size, mtime_ns, hash, error) VALUES (?,?,?,?,?,?)",
                (path, rel, size, mtime_ns, None, item[6]),
            )
            continue
        lang, source_id, title, body, date = item[6]
        summary.warnings.extend(item[9] if len(item) > 9 else ())
        node_id = source_id or f"file:{rel}"
        rows = item[7]
        votes = None if touched.everything else row_votes(rows)
        touched.touch(
            [node_id, *(r[ROW_SOURCE] for r in rows if r[ROW_SOURCE] is not None)],
            (k[0] for k in votes) if votes is not None else (),
        )
        cur = conn.execute(
            "INSERT INTO documents(path, rel, size, mtime_ns, hash, lang, source_id, node_id, title, "
            "body, date) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (path, rel, size, mtime_ns, digest, lang, source_id, node_id, title, body, date),
        )
        doc = cur.lastrowid
        if touched.forget is not None:
            touched.forget.paths.add(path)
        if len(item) > 10 and item[10]:  # its time budget ran out: read again by the next `index`
            conn.execute("INSERT INTO partial(path, found) VALUES (?, ?)", (path, len(rows)))
        conn.executemany(
            f"INSERT INTO mentions({columns}) VALUES ({placeholders})",
            [
                (
                    doc,
                    i,
                    *row[:ROW_TARGET],
                    None if row[ROW_TARGET] is None else target_of(row[ROW_TARGET]),
                    None if row[ROW_WORDS] is None else text_of(row[ROW_WORDS]),
                    phrase_of(row[ROW_PHRASE]),
                )
                for i, row in enumerate(rows)
            ],
        )
        if item[8]:
            data = item[8]
            if words is not None and not packed_with_dictionary(data):  # read elsewhere, without it
                data = pack(unpack(data), words)
            conn.execute("INSERT INTO contexts(doc, data) VALUES (?,?)", (doc, data))
        if votes is not None:
            voted.update(votes)
        elif touched.votes is not None:
            count_votes(rows, touched.votes)
    net = Counter({k: n for k, n in voted.items() if n})
    if net:
        add_votes(conn, net, 1)
    make_indexes(conn, deferred)
    summary.megabytes = nbytes / 1e6
    return touched


def _delete_doc(
    conn: sqlite3.Connection, path: str, touched: Touched, voted: Counter[tuple[str, ...]]
) -> None:
    """Take the rows of the document at ``path`` out; its votes are taken off ``voted``."""
    row = conn.execute("SELECT doc, node_id FROM documents WHERE path=?", (path,)).fetchone()
    if row is not None:
        doc = row[0]
        citing = [row[1]] if row[1] is not None else []
        citing += [
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT source_id FROM mentions WHERE doc=? AND source_id IS NOT NULL", (doc,)
            )
        ]
        votes: Counter[tuple[str, ...]] = Counter()
        if not touched.everything:
            cols = ", ".join(f'"{CITATION_COLUMNS[i]}"' for i in VOTE_AT)
            votes = Counter(
                {
                    tuple(v or "" for v in r[:-1]): r[-1]
                    for r in conn.execute(
                        f"SELECT {cols}, count(*) FROM citations WHERE doc=? AND target IS NOT NULL "
                        f"GROUP BY {cols}",
                        (doc,),
                    )
                }
            )
        touched.touch(citing, (k[0] for k in votes))  # before the rows change
        if touched.forget is not None:  # its sentences, as the search rows of what it cites hold them
            touched.forget.document(doc, path)
        voted.subtract(votes)
        conn.execute("DELETE FROM mentions WHERE doc=?", (doc,))
        conn.execute("DELETE FROM contexts WHERE doc=?", (doc,))
        conn.execute("DELETE FROM documents WHERE doc=?", (doc,))
    conn.execute("DELETE FROM partial WHERE path=?", (path,))
