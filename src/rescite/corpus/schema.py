"""The index's tables, and opening an index: whose file it is, its version, made anew.

One index holds one corpus (a set of files and folders); ``corpus.index`` brings it up to date.

Tables (``PRAGMA user_version`` = :data:`SCHEMA_VERSION`):

- ``documents``: one row per file: path, size, mtime, content hash, language, own id,
  title, adopting body, date, and the error message of an unreadable file.
- ``partial``: the files indexed with what was found before their time budget ran out
  (and how many citations), read again by the next ``rescite index`` (``retry``).
- ``citations``: one row per record of the extraction contract, plus the sentence around
  the mention (``context``, with the mention at ``ctx_start:ctx_end``).
- ``nodes``: every citing and cited id with integer key, kind, body, date, name,
  ``in_corpus``, in-degree, mentions, out-degree and PageRank (computed here, once).
- ``edges``: citing → cited node pairs with their number of mentions, clustered on the
  cited node so "who cites X" is one index range.
"""

from __future__ import annotations

# the C module sqlite3 is made of (the same classes): the package adds date adapters the
# index never uses, importing datetime (a millisecond or two of a refresh after a change)
import _sqlite3 as sqlite3
import os
from collections.abc import Sequence

from ..models import RECORD_FIELDS
from ..read.text import path_name
from .fresh import default_db_file, functions

TYPE_CHECKING = False  # as typing's, without importing typing: a refresh imports this module
if TYPE_CHECKING:
    from pathlib import Path


class IndexUnavailable(Exception):
    """The index cannot be read or written (the message is one line for stderr)."""


#: Version of the tables below (``PRAGMA user_version``).  An index of another version is
#: rebuilt from the corpus.  A module that adds tables appends its CREATE statements to
#: :data:`SCHEMA` and bumps this number (a new statement is a new version).
SCHEMA_VERSION = 16


#: Marks the file as a rescite index (``PRAGMA application_id``, "RSCT"): any other SQLite
#: file is refused and never changed.
APPLICATION_ID = 0x52534354
#: How large the WAL may grow before a refresh copies it into the index and empties it
#: (:func:`bound_wal`).  A query ends without closing its index (``rescite.__main__._end``),
#: so it makes no checkpoint at its end: a refresh's pages stay in the WAL (a one-file refresh
#: writes about 50, 200 KB), which the next process to open the index reads again whole to
#: know them (about 3 µs a page: 2,000 pages cost a query that changed nothing 6 ms, 1 MB
#: about 0.7 ms).
WAL_BYTES = 1 << 20


#: Record fields stored for each mention (``source`` is the document's path).
_STORED_FIELDS = tuple(f for f in RECORD_FIELDS if f != "source")


#: Stored once in ``phrases`` and named by number in ``mentions``: they repeat.
_PHRASE_FIELDS = ("function", "verb", "section")


MENTION_FIELDS = tuple(f for f in _STORED_FIELDS if f not in _PHRASE_FIELDS)


def _view_column(f: str) -> str:
    if f == "target":  # a number: the id's in ``targets``
        return "g.id AS target"
    if f == "text":  # a number: the words' in ``texts``; NULL: the end of the target's id
        return 'coalesce(w.text, substr(g.id, length(g.id) - (m."end" - m.start) + 1)) AS text'
    if f == "kind":  # NULL: the kind the id itself says; '': none
        return "CASE WHEN m.kind = '' THEN NULL ELSE coalesce(m.kind, rescite_kind(g.id)) END AS kind"
    if f == "date":  # a whole date (YYYY-MM-DD) is the number YYYYMMDD
        return (
            "CASE WHEN typeof(m.date) = 'integer' THEN printf('%04d-%02d-%02d', m.date / 10000, "
            "m.date / 100 % 100, m.date % 100) ELSE m.date END AS date"
        )
    if f in _PHRASE_FIELDS:
        return f'p."{f}" AS "{f}"'
    return f'm."{f}" AS "{f}"'


#: The CREATE statements of the index, run in order on a new index.  Other modules (search,
#: titles …) append their own tables here, and bump :data:`SCHEMA_VERSION`.
SCHEMA: list[str] = [
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)",
    # one row per file: its path is stored here only
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
    "CREATE INDEX IF NOT EXISTS documents_node ON documents(node_id)",
    # a fingerprint of each folder's files (names, sizes, times): a refresh reads the
    # documents of the folders whose fingerprint changed only
    "CREATE TABLE IF NOT EXISTS folders (path TEXT PRIMARY KEY, fingerprint TEXT NOT NULL) WITHOUT ROWID",
    # files indexed with what was found before their time budget ran out: `rescite index`
    # reads them again (the part kept until a better read replaces it)
    "CREATE TABLE IF NOT EXISTS partial (path TEXT PRIMARY KEY, found INTEGER NOT NULL) WITHOUT ROWID",
    # every id a mention cites, once: a mention names its target by number (``t``)
    "CREATE TABLE IF NOT EXISTS targets (t INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE)",
    # the words of mentions that are not the end of their target's id (a treaty's name), once
    "CREATE TABLE IF NOT EXISTS texts (w INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE)",
    # one row per mention; source is the document's path, source_id is NULL when it is
    # the document's own id, target the number of its id in ``targets``, text the number of
    # its words in ``texts``, text and kind NULL when the target's id gives them, a whole
    # date the number YYYYMMDD; the verb, function and section are a phrase; the sentence
    # around it is contexts(doc)[ctx]
    f"""CREATE TABLE IF NOT EXISTS mentions (
    doc INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    {", ".join(f'"{f}" INTEGER' if f in ("target", "text") else f'"{f}"' for f in MENTION_FIELDS)},
    phrase INTEGER, ctx INTEGER, ctx_start INTEGER, ctx_end INTEGER, line INTEGER, page INTEGER,
    PRIMARY KEY (doc, seq)
) WITHOUT ROWID""",
    "CREATE INDEX IF NOT EXISTS mentions_target ON mentions(target)",
    # mentions in a text of a compilation, by the text's own id (NULL elsewhere: a small index)
    "CREATE INDEX IF NOT EXISTS mentions_source ON mentions(source_id) WHERE source_id IS NOT NULL",
    "CREATE TABLE IF NOT EXISTS phrases (phrase INTEGER PRIMARY KEY, function TEXT, verb TEXT, section TEXT)",
    # every mention as the extraction record gives it (less the path): what queries read
    f"""CREATE VIEW IF NOT EXISTS citations AS SELECT m.doc AS doc, m.seq AS seq,
    {", ".join(_view_column(f) for f in _STORED_FIELDS)},
    m.ctx AS ctx, m.ctx_start AS ctx_start, m.ctx_end AS ctx_end, m.line AS line, m.page AS page,
    rescite_context(x.data, m.ctx) AS context
    FROM mentions m LEFT JOIN targets g ON g.t = m.target LEFT JOIN texts w ON w.w = m.text
    LEFT JOIN phrases p ON p.phrase = m.phrase
    LEFT JOIN contexts x ON x.doc = m.doc""",
    # the sentences around a document's mentions, each once, compressed together; SQL reads
    # one with rescite_context(data, ctx)
    "CREATE TABLE IF NOT EXISTS contexts (doc INTEGER PRIMARY KEY, data BLOB NOT NULL)",
    """CREATE TABLE IF NOT EXISTS nodes (
    node INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    skey TEXT NOT NULL,
    fold TEXT NOT NULL,
    tail TEXT,
    kind TEXT, body TEXT, date TEXT, name TEXT,
    in_corpus INTEGER NOT NULL DEFAULT 0,
    cited_by INTEGER NOT NULL DEFAULT 0,
    mentions INTEGER NOT NULL DEFAULT 0,
    cites INTEGER NOT NULL DEFAULT 0,
    pagerank REAL NOT NULL DEFAULT 0
)""",
    "CREATE INDEX IF NOT EXISTS nodes_skey ON nodes(skey, id)",
    "CREATE INDEX IF NOT EXISTS nodes_fold ON nodes(fold)",
    "CREATE INDEX IF NOT EXISTS nodes_tail ON nodes(tail)",
    # ``facts``: the functions, verbs, sections, paragraphs and pinpoints of the edge's
    # mentions, as a listing of the edge shows them (``edge_facts``): a traversal reads one
    # row per text reached instead of every mention of the edges that reached them
    """CREATE TABLE IF NOT EXISTS edges (
    cited INTEGER NOT NULL,
    citing INTEGER NOT NULL,
    mentions INTEGER NOT NULL,
    facts INTEGER,
    PRIMARY KEY (cited, citing)
) WITHOUT ROWID""",
    # each set of an edge's facts once (distinct values in document order, joined with "; ";
    # NULL: none): they repeat from edge to edge, an edge names them by number
    """CREATE TABLE IF NOT EXISTS edge_facts (
    facts INTEGER PRIMARY KEY, function TEXT, verb TEXT, section TEXT, paragraph TEXT, pinpoint TEXT
)""",
    # covering (mentions and facts too): "what does X cite", level after level, never visits
    # the table
    "CREATE INDEX IF NOT EXISTS edges_citing ON edges(citing, cited, mentions, facts)",
    # a set of facts by its values: a refresh finds the number of each set its new edges have
    # (a few lookups), not by reading every set of the corpus
    "CREATE INDEX IF NOT EXISTS edge_facts_values ON edge_facts"
    "(function, verb, section, paragraph, pinpoint)",
    # (id, pinpoint, same_as) facts of the lexicon (the annex of a resolution that is a treaty),
    # stored by each refresh, so that a query reads them without loading the lexicon
    "CREATE TABLE IF NOT EXISTS same_as (id TEXT NOT NULL, pinpoint TEXT NOT NULL, same_as TEXT NOT NULL)",
    # how the citations name each target (kind, body, date, words), counted: a node's facts
    # come from here without reading all its citations ('' stands for none)
    """CREATE TABLE IF NOT EXISTS votes (
    target TEXT NOT NULL, kind TEXT NOT NULL, body TEXT NOT NULL, date TEXT NOT NULL, text TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (target, kind, body, date, text)
) WITHOUT ROWID""",
]


#: The secondary indexes of each table a first build fills in bulk, by table: dropped before
#: its rows go in and made again after (:func:`_without_indexes`).
_SECONDARY: dict[str, list[tuple[str, str]]] = {}


for _statement in SCHEMA:
    if _statement.startswith("CREATE INDEX IF NOT EXISTS "):
        _words = _statement.split()  # ... EXISTS name ON table(columns) ...
        _SECONDARY.setdefault(_words[7].partition("(")[0], []).append((_words[5], _statement))


def drop_indexes(conn: sqlite3.Connection, *tables: str) -> list[str]:
    """Drop the secondary indexes of ``tables`` (inside the caller's transaction) before a
    first build fills them in bulk; the statements that make them again, for after
    (:func:`make_indexes`).  SQLite builds an index from its rows sorted, at once, where
    each row inserted in any order would find its place in it, splitting pages as they fill:
    less of the one writer's time, and indexes made whole are packed, so that ``VACUUM`` has
    less to do.  On an error the caller's ``ROLLBACK`` brings the indexes back."""
    made = [pair for table in tables for pair in _SECONDARY.get(table, [])]
    for name, _ in made:
        conn.execute(f"DROP INDEX IF EXISTS {name}")
    return [statement for _, statement in made]


def make_indexes(conn: sqlite3.Connection, statements: list[str]) -> None:
    for statement in statements:
        conn.execute(statement)


CITATION_COLUMNS = (*_STORED_FIELDS, "ctx", "ctx_start", "ctx_end", "line", "page")


#: Where (target, kind, body, date, text) sit in a citation row.
VOTE_AT = [CITATION_COLUMNS.index(f) for f in ("target", "kind", "body", "date", "text")]


# --------------------------------------------------------------------------- locations


def default_db_path(roots: Sequence[str | os.PathLike[str]]) -> Path:
    """``$XDG_CACHE_HOME/rescite/index-<corpus key>.sqlite`` (``~/.cache`` by default)."""
    from pathlib import Path  # not at the top: a refresh takes default_db_file, without pathlib

    return Path(default_db_file(roots))


# --------------------------------------------------------------------------- opening


class NotAnIndex(IndexUnavailable):
    """``--db`` names a file that is not a rescite index: it is refused and never changed."""


class IndexDamaged(IndexUnavailable):
    """The index file is ours but damaged (it can be rebuilt from the corpus)."""


_SQLITE_MAGIC = b"SQLite format 3\x00"


#: Tables of the index of rescite 0.1 (schema 1, no application id), recognised as ours.
_LEGACY_TABLES = frozenset({"meta", "documents", "citations", "nodes", "edges"})


def ownership(db_path: str | os.PathLike[str]) -> str:
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


def remove_index(db_path: str | os.PathLike[str]) -> None:
    """Delete an index file of ours and its WAL and shared-memory files."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        import contextlib

        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{db_path}{suffix}")


def open_index(
    db_path: str | os.PathLike[str],
    *,
    readonly: bool = False,
    rebuild: bool = False,
    opened: sqlite3.Connection | None = None,
) -> sqlite3.Connection:
    """Open (or create) the index at ``db_path``; rebuild it if its schema is another version,
    or when ``rebuild`` is set.  ``opened``: a connection to that file already open (by
    ``corpus.fresh.check``, which found the index not up to date), made ready for writing
    instead of a new one (a new connection reads the index's schema again); closed when it
    cannot serve.

    Raises :class:`NotAnIndex` for a file that is not a rescite index (never changed),
    :class:`IndexDamaged` for a damaged index opened ``readonly``, :class:`IndexUnavailable`
    when it cannot be opened.  A damaged index opened for writing is rebuilt with a warning.
    """
    db_path = path_name(db_path)  # as pathlib would name it: ``./a//i.sqlite`` is ``a/i.sqlite``
    if opened is not None and (readonly or rebuild or not _is_file_of(opened, db_path)):
        opened.close()
        opened = None
    try:
        owner = ownership(db_path)
    except BaseException:
        if opened is not None:
            opened.close()
        raise
    if readonly:
        if owner == "new":
            raise IndexUnavailable(f"{db_path}: no index here (run `rescite index`)")
        try:
            conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, isolation_level=None)
            conn.row_factory = sqlite3.Row
            functions(conn)
            if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                raise IndexUnavailable(f"{db_path}: index of another rescite version (run `rescite index`)")
            return conn
        except sqlite3.DatabaseError as exc:
            raise IndexDamaged(f"{db_path}: index damaged ({exc}); run `rescite index --rebuild`") from None
    if rebuild and owner != "new":
        remove_index(db_path)
    try:
        return _open_rw(db_path, opened)
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


def db_file(conn: sqlite3.Connection) -> str:
    import contextlib

    with contextlib.suppress(sqlite3.Error):
        for row in conn.execute("PRAGMA database_list"):
            if row[1] == "main":
                return str(row[2])
    return "index"


def _make_folders(name: str) -> None:
    """``Path(name).mkdir(parents=True, exist_ok=True)`` without pathlib (same steps, same
    errors): ``name`` as :func:`path_name` gives it."""
    try:
        os.mkdir(name)
    except FileNotFoundError:
        parent = os.path.dirname(name) or "."
        if parent == name:
            raise
        _make_folders(parent)
        try:
            os.mkdir(name)
        except OSError:
            if not os.path.isdir(name):
                raise
    except OSError:
        if not os.path.isdir(name):
            raise


def _is_file_of(conn: sqlite3.Connection, db_path: str) -> bool:
    """Whether ``conn`` has the file ``db_path`` open (SQLite names it by its full path)."""
    try:
        row = conn.execute("PRAGMA database_list").fetchone()
        return row is not None and bool(row[2]) and os.path.realpath(row[2]) == os.path.realpath(db_path)
    except (sqlite3.Error, OSError):
        return False


def _open_rw(db_path: str, opened: sqlite3.Connection | None = None) -> sqlite3.Connection:
    if opened is None:
        _make_folders(os.path.dirname(db_path) or ".")
        conn = sqlite3.connect(db_path, isolation_level=None, timeout=0.2)
    else:
        conn = opened
    try:
        conn.row_factory = sqlite3.Row
        functions(conn)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute("PRAGMA busy_timeout = 200")
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        # no checkpoint after a commit (:func:`bound_wal` makes them): a process that opens the
        # index after one that ended without closing it knows nothing of what was copied
        # before, so SQLite's own (from 1,000 pages on) would copy the whole WAL again at
        # every commit, and never empty it
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        if (
            version != SCHEMA_VERSION
            or conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID
            or _stored_fields(conn) != ",".join(RECORD_FIELDS)
        ):
            _create(conn, db_path, version)
    except BaseException:
        conn.close()
        raise
    return conn


def bound_wal(conn: sqlite3.Connection) -> None:
    """After a refresh: when the index's WAL has grown past :data:`WAL_BYTES`, copy its pages
    into the index and empty it (``PRAGMA wal_checkpoint(TRUNCATE)``: the WAL synced, the
    pages copied, the index synced).  Not waited for: while another process reads an older
    state of the index, nothing is done (the next refresh tries again)."""
    try:
        size = os.stat(db_file(conn) + "-wal").st_size
    except OSError:
        return
    if size <= WAL_BYTES:
        return
    try:
        conn.execute("PRAGMA busy_timeout = 0")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    except sqlite3.Error:
        pass
    finally:
        conn.execute("PRAGMA busy_timeout = 200")


def _stored_fields(conn: sqlite3.Connection) -> str | None:
    """The record fields the index was built with, in order (a new field of the record: a new
    index; queries read the order here)."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'record_fields'").fetchone()
    except sqlite3.OperationalError:
        return None
    return None if row is None else str(row[0])


def _create(conn: sqlite3.Connection, db_path: str, version: int) -> None:
    import sys

    conn.execute("BEGIN IMMEDIATE")
    try:
        if version != 0 or conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            sys.stderr.write(
                f"rescite: {db_path}: index of schema version {version}, this rescite uses "
                f"{SCHEMA_VERSION}; rebuilding it\n"
            )
            names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='view'")]
            for name in names:
                conn.execute(f'DROP VIEW IF EXISTS "{name}"')
            # virtual tables first: each drops its own shadow tables, and cannot be opened
            # (nor dropped) once they are gone (``VACUUM`` may list them first)
            names = [
                r[0]
                for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                    "ORDER BY sql NOT LIKE 'CREATE VIRTUAL TABLE%'"
                )
            ]
            for name in names:
                conn.execute(f'DROP TABLE IF EXISTS "{name}"')
        for statement in SCHEMA:
            conn.execute(statement)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(
            "INSERT OR REPLACE INTO meta(key, value) VALUES ('record_fields', ?)", (",".join(RECORD_FIELDS),)
        )
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
