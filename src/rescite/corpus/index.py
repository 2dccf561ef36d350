"""The corpus index: an SQLite database of documents, citation records and graph nodes.

One index holds one corpus (a set of files and folders).  :func:`refresh` brings it up to
date incrementally — only new or changed files are read again, removed files drop out —
in one write transaction, so an interrupted or failing run leaves the previous index whole
and a concurrent reader (WAL mode) sees either the old or the new index, never half.

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
import functools
import os
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence

from ..ids import kind_of_id
from ..models import RECORD_FIELDS, ExtractResult, Record
from ..read.text import path_name
from .fresh import CONTEXT_WIDTH as CONTEXT_WIDTH
from .fresh import (
    DICTIONARY_TABLE,
    default_db_file,
    dictionary_id,
    kind_of,
    load_dictionaries,
    pack,
    packed_with_dictionary,
    stamp,
    unpack,
)
from .fresh import context as context
from .fresh import corpus_key as corpus_key
from .fresh import functions as functions
from .fresh import pack_contexts as pack_contexts
from .fresh import unpack_contexts as unpack_contexts
from .keys import fold as fold
from .keys import id_body as id_body
from .keys import id_tail as id_tail
from .keys import natural_key as natural_key
from .keys import sort_key as sort_key
from .measures import ensure_pagerank as ensure_pagerank
from .measures import pagerank as pagerank
from .walk import SUFFIXES as SUFFIXES  # re-exported: callers of the old home
from .walk import Walk, blake2b_type, walk
from .walk import discover as discover

TYPE_CHECKING = False  # as typing's, without importing typing: a refresh imports this module
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

    from ..models import Citation
    from .search import Forgetter

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


#: Version of the tables below (``PRAGMA user_version``).  An index of another version is
#: rebuilt from the corpus.  A module that adds tables appends its CREATE statements to
#: :data:`SCHEMA` and bumps this number (a new statement is a new version).
SCHEMA_VERSION = 16

#: Marks the file as a rescite index (``PRAGMA application_id``, "RSCT"): any other SQLite
#: file is refused and never changed.
APPLICATION_ID = 0x52534354

#: Record fields stored for each mention (``source`` is the document's path).
_STORED_FIELDS = tuple(f for f in RECORD_FIELDS if f != "source")
#: Stored once in ``phrases`` and named by number in ``mentions``: they repeat.
_PHRASE_FIELDS = ("function", "verb", "section")
_MENTION_FIELDS = tuple(f for f in _STORED_FIELDS if f not in _PHRASE_FIELDS)


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
    {", ".join(f'"{f}" INTEGER' if f in ("target", "text") else f'"{f}"' for f in _MENTION_FIELDS)},
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


def _drop_indexes(conn: sqlite3.Connection, *tables: str) -> list[str]:
    """Drop the secondary indexes of ``tables`` (inside the caller's transaction) before a
    first build fills them in bulk; the statements that make them again, for after
    (:func:`_make_indexes`).  SQLite builds an index from its rows sorted, at once, where
    each row inserted in any order would find its place in it, splitting pages as they fill:
    less of the one writer's time, and indexes made whole are packed, so that ``VACUUM`` has
    less to do.  On an error the caller's ``ROLLBACK`` brings the indexes back."""
    made = [pair for table in tables for pair in _SECONDARY.get(table, [])]
    for name, _ in made:
        conn.execute(f"DROP INDEX IF EXISTS {name}")
    return [statement for _, statement in made]


def _make_indexes(conn: sqlite3.Connection, statements: list[str]) -> None:
    for statement in statements:
        conn.execute(statement)


_CITATION_COLUMNS = (*_STORED_FIELDS, "ctx", "ctx_start", "ctx_end", "line", "page")
#: Where (target, kind, body, date, text) sit in a citation row.
_VOTE_AT = [_CITATION_COLUMNS.index(f) for f in ("target", "kind", "body", "date", "text")]


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
    db_path: str | os.PathLike[str], *, readonly: bool = False, rebuild: bool = False
) -> sqlite3.Connection:
    """Open (or create) the index at ``db_path``; rebuild it if its schema is another version,
    or when ``rebuild`` is set.

    Raises :class:`NotAnIndex` for a file that is not a rescite index (never changed),
    :class:`IndexDamaged` for a damaged index opened ``readonly``, :class:`IndexUnavailable`
    when it cannot be opened.  A damaged index opened for writing is rebuilt with a warning.
    """
    db_path = path_name(db_path)  # as pathlib would name it: ``./a//i.sqlite`` is ``a/i.sqlite``
    owner = ownership(db_path)
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
    import contextlib

    with contextlib.suppress(sqlite3.Error):
        for row in conn.execute("PRAGMA database_list"):
            if row[1] == "main":
                return str(row[2])
    return "index"


#: A mention as a worker hands it to the writer (:func:`extract_file`), ready to insert in
#: ``mentions``: the stored fields as stored (a whole date as a number, the kind when the id
#: does not say it, ``source_id`` None for the document's own id), then its place, then the
#: three values the one writer numbers: the target's id, the words (None: the end of the
#: target's id) and the phrase (function, verb, section).  The writer does no more per
#: mention than look these three up.
_ROW_FIXED = tuple(f for f in _MENTION_FIELDS if f not in ("target", "text"))
_ROW_PLACE = ("ctx", "ctx_start", "ctx_end", "line", "page")
_ROW_COLUMNS = (*_ROW_FIXED, *_ROW_PLACE, "target", "text", "phrase")
_ROW_TARGET = len(_ROW_FIXED) + len(_ROW_PLACE)
_ROW_WORDS, _ROW_PHRASE = _ROW_TARGET + 1, _ROW_TARGET + 2
_ROW_AT = {f: i for i, f in enumerate(_ROW_COLUMNS)}
_ROW_SOURCE, _ROW_KIND, _ROW_DATE = _ROW_AT["source_id"], _ROW_AT["kind"], _ROW_AT["date"]
_ROW_START, _ROW_END, _ROW_BODY = _ROW_AT["start"], _ROW_AT["end"], _ROW_AT["body"]


def _date_number(date: Any) -> Any:
    """A whole date ``YYYY-MM-DD`` as the number YYYYMMDD (4 bytes instead of 10); any other
    value as it is (the ``citations`` view writes the number back as the date)."""
    if (
        isinstance(date, str)
        and len(date) == 10
        and date[4] == "-"
        and date[7] == "-"
        and date[:4].isdigit()
        and date[5:7].isdigit()
        and date[8:].isdigit()
        and date.isascii()
    ):
        return int(date[:4]) * 10000 + int(date[5:7]) * 100 + int(date[8:])
    return date


def _date_text(date: Any) -> Any:
    """The date :func:`_date_number` made a number, as the ``citations`` view gives it back."""
    if isinstance(date, int):
        return f"{date // 10000:04d}-{date // 100 % 100:02d}-{date % 100:02d}"
    return date


def _ready_row(
    c: Citation, own: str | None, place: tuple[Any, ...], phrases: dict[Any, Any]
) -> tuple[Any, ...]:
    """A citation as :data:`_ROW_COLUMNS` (made where the file is read): the words left out
    when they are the end of the target's id, the kind when the id says it, a whole date as a
    number; each phrase one object (``phrases``), pickled once per task."""
    out = [getattr(c, f) for f in _ROW_FIXED]
    if out[_ROW_SOURCE] == own:
        out[_ROW_SOURCE] = None
    date = out[_ROW_DATE]
    if date is not None:
        out[_ROW_DATE] = _date_number(date)
    target = c.target
    words: str | None = c.text
    if target is not None:
        start, end = c.start, c.end
        if (
            isinstance(words, str)
            and words
            and isinstance(start, int)
            and isinstance(end, int)
            and len(words) == end - start
            and target.endswith(words)
        ):
            words = None
        kind = out[_ROW_KIND]
        out[_ROW_KIND] = "" if kind is None else (None if kind == kind_of(target) else kind)
    phrase = (c.function, c.verb, c.section)
    out.extend(place)
    out.append(target)
    out.append(words)
    out.append(phrases.setdefault(phrase, phrase))
    return tuple(out)


def _row_votes(rows: Iterable[Sequence[Any]]) -> Counter[tuple[str, ...]]:
    """(target, kind, body, date, text) of ready rows (:data:`_ROW_COLUMNS`), counted ('' for
    none), as the ``citations`` view gives them back (what taking the document out counts)."""
    return _count_votes(rows, Counter())


def _count_votes(rows: Iterable[Sequence[Any]], out: Counter[tuple[str, ...]]) -> Counter[tuple[str, ...]]:
    """:func:`_row_votes` added to ``out``."""
    for r in rows:
        target = r[_ROW_TARGET]
        if target is None:
            continue
        kind = r[_ROW_KIND]
        kind = None if kind == "" else (kind_of(target) if kind is None else kind)
        words = r[_ROW_WORDS]
        if words is None:
            words = target[len(target) - (r[_ROW_END] - r[_ROW_START]) :]
        date = _date_text(r[_ROW_DATE])
        out[(target, kind or "", r[_ROW_BODY] or "", date or "", words or "")] += 1
    return out


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


def _open_rw(db_path: str) -> sqlite3.Connection:
    _make_folders(os.path.dirname(db_path) or ".")
    conn = sqlite3.connect(db_path, isolation_level=None, timeout=0.2)
    try:
        conn.row_factory = sqlite3.Row
        functions(conn)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute("PRAGMA busy_timeout = 200")
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
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


# --------------------------------------------------------------------------- extraction


#: One file to read: (absolute path, relative path, size, mtime in ns, hash when last indexed).
Work = tuple[str, str, int, int, "str | None"]

#: What reading one file gives (picklable, so any executor can carry it back):
#: ``("ok", path, rel, size, mtime_ns, hash, (lang, source_id, title, body, date), citation rows,
#: contexts, warnings, partial)`` (citation rows: ready to insert, :data:`_ROW_COLUMNS`; contexts:
#: the sentences of the rows, compressed together (:func:`pack_contexts`, ``b""`` for none),
#: made where the file was read, not by the one writer; warnings: one line each, naming the
#: file; the file is indexed; partial: its time budget ran out, what was found by then is in
#: the rows),
#: ``("same", path, rel, size, mtime_ns, hash)`` when the content did not change, or
#: ``("error", path, rel, size, mtime_ns, hash, message)`` for a file that could not be read.
FileResult = tuple["Any", ...]

#: An executor's ``map``: ``mapper(extract_file, works)`` yields one :data:`FileResult` per
#: work item, in any order (a process pool, a Dask client, the built-in ``map`` …).
Mapper = Callable[[Callable[[Work], FileResult], Iterable[Work]], Iterable[FileResult]]


def extract_file(work: Work) -> FileResult:
    """Read one file and extract its citations (runs in a worker process, or anywhere).

    Never raises for a bad file: an unreadable file, or one the engine fails on, gives an
    ``"error"`` result with a one-line reason.
    """
    from ..read import UnreadableInput, read_bytes, text_of
    from ..read.limits import from_env
    from .limits import (
        TIME_BUDGET_S,
        BadLimit,
        OverBudget,
        budget_note,
        grace,
        time_budget,
        time_limit,
        warm_up,
        warms,
    )

    path, rel, size, mtime_ns, old_hash = work
    limits, _ = from_env()  # a value not understood is reported once, by the command
    try:
        data = read_bytes(path, limits)  # at most one byte over the largest file read
    except UnreadableInput as exc:
        return ("error", path, rel, size, mtime_ns, None, str(exc))
    digest = blake2b_type()(data, digest_size=16).hexdigest()  # hashlib's, without loading OpenSSL
    size = len(data) if len(data) <= limits.max_file else size
    if digest == old_hash:
        return ("same", path, rel, size, mtime_ns, digest)
    try:
        budget = time_budget()
    except BadLimit:
        budget = TIME_BUDGET_S
    if warms(budget):
        warm_up()
    warnings: list[str] = []  # one line each, naming the file: a guessed encoding, a limit reached
    try:
        with time_limit(budget) as clock:
            text = text_of(data, path, warn=warnings.append, limits=limits, path=path)
            result: ExtractResult = extract_text(text, source=path)
    except UnreadableInput as exc:
        return ("error", path, rel, size, mtime_ns, digest, str(exc))
    except OverBudget:
        reason = f"{path}: over the time budget of {budget:g} s and not done {grace(budget):g} s later"
        return ("error", path, rel, size, mtime_ns, digest, f"{reason} ($RESCITE_TIME_BUDGET)")
    except (KeyboardInterrupt, SystemExit):
        raise
    except (Exception, RecursionError, MemoryError) as exc:
        reason = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
        return ("error", path, rel, size, mtime_ns, digest, f"{path}: could not be read ({reason})")
    warnings.extend(f"{path}: {w}" for w in result.warnings)  # a range too long to expand
    if clock.ran_out:
        warnings.append(budget_note(path, budget, len(result.citations)))
    doc = result.document
    cites = []
    contexts: dict[str, int] = {}
    phrases: dict[Any, Any] = {}
    where = _lines_and_pages(text, [c.start for c in result.citations])
    for c, (line, page) in zip(result.citations, where, strict=True):
        ctx, c0, c1 = context(text, c.start, c.end)
        n = contexts.setdefault(ctx, len(contexts))
        cites.append(_ready_row(c, doc.source_id, (n, c0, c1, line, page), phrases))
    info = (doc.lang, doc.source_id, doc.title, doc.body, doc.date)
    packed = pack_contexts(list(contexts)) if contexts else b""  # compressed here, not by the one writer
    return ("ok", path, rel, size, mtime_ns, digest, info, cites, packed, warnings, clock.ran_out)


def _lines_and_pages(text: str, starts: list[int]) -> list[tuple[int, int | None]]:
    """The line (1-based) and page (form feeds counted; None when the text has none) of each
    offset, counted once through the text: stored, so that ``show`` need not read the file
    again (``corpus.locate``; a PDF's pages are still counted there)."""
    paged = "\f" in text
    out: list[tuple[int, int | None]] = [(1, None)] * len(starts)
    line, page, prev = 1, 1, 0
    for i in sorted(range(len(starts)), key=starts.__getitem__):
        start = starts[i]
        line += text.count("\n", prev, start)
        if paged:
            page += text.count("\f", prev, start)
        prev = start
        out[i] = (line, page if paged else None)
    return out


def _worker_init() -> None:
    """Workers leave Ctrl-C to the main process, which rolls back and stops them, and end
    with their parent even when it is killed (Linux: the parent-death signal)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import contextlib

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
            raise IndexDamaged(f"{_db_file(conn)}: {explain(exc)}") from None
        raise IndexFailed(f"{_db_file(conn)}: index unusable: {explain(exc)}") from None


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
            raise IndexFailed(f"{_db_file(conn)}: cannot write the index: {explain(exc)}") from None
        summary.busy = bool(todo or gone)  # another process is refreshing: answer from the previous index
        summary.building = summary.busy and "fingerprint" not in meta
        _fill_counts(conn, summary, meta)
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
                grown = _update_graph(conn, touched)
        conn.executemany(
            "INSERT OR REPLACE INTO folders(path, fingerprint) VALUES (?, ?)",
            ((d, folders[d]) for d in changed if d in folders),
        )
        conn.executemany("DELETE FROM folders WHERE path = ?", ((d,) for d in changed if d not in folders))
        _store_meta(conn, fingerprint, summary.modified, meta, errors, grown)
        _store_same_as(conn)
        if built:
            _pack_with_dictionary(conn, run)
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
            _give_back_pages(conn)
        conn.execute("COMMIT")
    except BaseException as exc:
        import contextlib

        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        if isinstance(exc, (KeyboardInterrupt, SystemExit, IndexFailed)):
            raise
        if is_damage(exc):
            raise IndexDamaged(f"{_db_file(conn)}: {explain(exc)}") from exc
        raise IndexFailed(f"indexing failed, previous index kept: {explain(exc)}") from exc
    if built:
        _compact(conn)
    elif summary.modified and not merging:
        _repack_grown(conn)
    _fill_counts(conn, summary, dict(conn.execute("SELECT key, value FROM meta").fetchall()))
    summary.partial = conn.execute("SELECT count(*) FROM partial").fetchone()[0]
    summary.unchanged = summary.files - summary.new - summary.changed
    summary.seconds = time.perf_counter() - t0
    return summary


#: The preset dictionary of an index's sentences: at most this many bytes of the sentences
#: of :data:`DICTIONARY_SAMPLE` documents spread over the corpus, made by a first build of
#: at least :data:`DICTIONARY_MIN_DOCS` documents with sentences (a smaller one would not
#: win back the dictionary's own room).
DICTIONARY_BYTES = 16_384
DICTIONARY_SAMPLE = 32
DICTIONARY_MIN_DOCS = 64


def _pack_with_dictionary(conn: sqlite3.Connection, mapper: Mapper | None = None) -> None:
    """Compress the sentences of an index just built whole with a preset dictionary made of
    its own sentences (the words UN texts share: "Recalling its resolution", the names of
    bodies and treaties …), kept in the index (:data:`corpus.fresh.DICTIONARY_TABLE`): each
    document's sentences are compressed alone, and without a dictionary each starts from
    nothing.  About half the room of the sentences (the General Assembly's resolutions: 455
    → 216 bytes a document), for a pass over them at the end of the first build (a refresh
    compresses the sentences it adds with the same dictionary).  An index that has one keeps
    it."""
    if load_dictionaries(conn) is not None:
        return
    docs = [
        r[0]
        for r in conn.execute(
            "SELECT x.doc FROM contexts x JOIN documents d ON d.doc = x.doc ORDER BY d.path"
        )
    ]
    if len(docs) < DICTIONARY_MIN_DOCS:
        return
    step = max(1, len(docs) // DICTIONARY_SAMPLE)
    sample = docs[::step][:DICTIONARY_SAMPLE]
    data = dict(
        conn.execute(
            "SELECT doc, data FROM contexts WHERE doc IN (SELECT value FROM json_each(?))", (_keys(sample),)
        ).fetchall()
    )
    words = b"\x00".join(unpack(data[d]) for d in sample if d in data)[-DICTIONARY_BYTES:]
    if not words:
        return
    conn.execute(
        f"CREATE TABLE IF NOT EXISTS {DICTIONARY_TABLE} (n INTEGER PRIMARY KEY, id INTEGER NOT NULL, "
        "data BLOB NOT NULL)"
    )
    conn.execute(f"INSERT INTO {DICTIONARY_TABLE}(id, data) VALUES (?, ?)", (dictionary_id(words), words))
    load_dictionaries(conn)
    cur = conn.cursor()
    cur.row_factory = None
    run: Any = mapper or (lambda func, works: map(func, works))
    last = -1
    while True:  # a block of documents at a time: memory stays flat whatever the corpus
        rows = cur.execute(
            "SELECT doc, data FROM contexts WHERE doc > ? ORDER BY doc LIMIT ?", (last, REPACK_BLOCK)
        ).fetchall()
        if not rows:
            break
        last = rows[-1][0]
        batches = [rows[i : i + REPACK_BATCH] for i in range(0, len(rows), REPACK_BATCH)]
        for packed in run(functools.partial(_repack, words), batches):
            conn.executemany("UPDATE contexts SET data = ? WHERE doc = ?", packed)


#: Documents whose sentences one task of the dictionary pass compresses again, and the
#: documents read from the index at a time (one pool's worth of tasks).
REPACK_BATCH = 64
REPACK_BLOCK = 16_384


def _repack(words: bytes, rows: list[tuple[int, bytes]]) -> list[tuple[bytes, int]]:
    """(data, doc) of each (doc, data) of ``rows``, the sentences compressed again with the
    preset dictionary ``words`` (runs in a worker process, or anywhere)."""
    return [(pack(unpack(blob), words), doc) for doc, blob in rows]


def _keys(values: Iterable[int]) -> str:
    import json

    return json.dumps(list(values))


def _compact(conn: sqlite3.Connection) -> None:
    """Pack the pages of an index just built whole (``VACUUM``): the B-trees of the tables
    without rowid and of the indexes (mentions, mentions by target, nodes, edges) split their
    pages as rows come in, leaving them part empty, and making the search table frees pages; packed, the
    index is 5.14 → 4.75 KB a document on 10,000 generated resolutions, for about a
    twentieth of the build's time.  Not after an incremental refresh, whose cost follows the
    change, unless the index has grown past its packed size (:func:`_repack_grown`), which is
    kept in ``meta.packed``.  The contents are the same; a failure (no room for the copy,
    another process reading) leaves the index as it is."""
    import contextlib

    with contextlib.suppress(sqlite3.Error):
        # the pages later refreshes free can be given back (:func:`_give_back_pages`): set
        # here, as VACUUM is what turns it on for an index that has tables
        conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        # the packed size, which later refreshes compare theirs with (:func:`_repack_grown`)
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES ('packed', ?)",
                (" ".join(map(str, _pages_and_documents(conn))),),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


#: An incremental refresh packs the index again (:func:`_compact`) once the pages it uses
#: per document pass those of its last packing by one in this many (and by
#: :data:`REPACK_MIN_PAGES`): see :func:`_repack_grown`.
REPACK_SHARE = 100
REPACK_MIN_PAGES = 64


def _used_pages(conn: sqlite3.Connection) -> int:
    """The pages of the index that are not free."""
    return int(
        conn.execute("PRAGMA page_count").fetchone()[0] - conn.execute("PRAGMA freelist_count").fetchone()[0]
    )


def _pages_and_documents(conn: sqlite3.Connection) -> tuple[int, int]:
    """The pages the index uses and its documents' rows."""
    return _used_pages(conn), conn.execute("SELECT count(*) FROM documents").fetchone()[0]


def _repack_grown(conn: sqlite3.Connection) -> None:
    """Pack the index again after an incremental refresh once it has grown past its packed
    size per document (``meta.packed``: pages and documents when it was last packed) by more
    than one part in :data:`REPACK_SHARE`.  A changed document's rows are written again at the
    end of their tables (a new document number) and a new citation goes into its citing
    text's full page of the graph's index, splitting it: the pages left part empty are never
    packed by SQLite, and a refresh of a different file each time grew an index of 10,000
    generated resolutions from 3.89 to 4.02 KB a document in 300 refreshes.  Packing is a
    copy of the index (``VACUUM``, about 0.2 s at 10,000 documents), so it comes once in 50
    to 70 such refreshes there (the larger the index, the rarer); the same rows, the same
    answers.  An index without the size (made before, or unreadable) takes its present size
    as packed."""
    meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('packed', 'documents', 'errors')"))
    pages = _used_pages(conn)
    docs = int(meta.get("documents", 0)) + int(meta.get("errors", 0))  # the rows of ``documents``
    packed = meta.get("packed", "").split()
    if len(packed) != 2 or not all(v.isdigit() for v in packed):
        import contextlib

        with contextlib.suppress(sqlite3.Error):
            conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('packed', ?)", (f"{pages} {docs}",))
        return
    packed_pages, packed_docs = int(packed[0]), int(packed[1])
    expected = packed_pages * docs / max(packed_docs, 1)
    if pages > expected + max(expected / REPACK_SHARE, REPACK_MIN_PAGES):
        _compact(conn)


#: An incremental refresh gives the free pages of the index back to the file system when more
#: than one page in this many is free (:func:`_give_back_pages`).
FREE_PAGES_SHARE = 50


def _give_back_pages(conn: sqlite3.Connection) -> None:
    """Give the free pages of the index back (inside the refresh's transaction) once more than
    one in :data:`FREE_PAGES_SHARE` is free.  A refresh frees pages as it writes, and SQLite
    keeps them for later writes; but the search table (FTS5) merges its segments now and then,
    writing a merged copy of most of its index before it frees the old one: an index of 1,000
    documents grew by a quarter (the size of its search index, free from then on) after about a
    dozen one-file refreshes, and kept that size.  An index whose pages cannot be given back
    (made before ``auto_vacuum``, until it is built whole again) is left as it is."""
    free = conn.execute("PRAGMA freelist_count").fetchone()[0]
    if free and free * FREE_PAGES_SHARE > conn.execute("PRAGMA page_count").fetchone()[0]:
        for _ in range(free):  # sqlite3 runs a statement without columns one step: a page
            conn.execute("PRAGMA incremental_vacuum")


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


class _Touched(Record):
    """Node ids whose graph rows a refresh must bring up to date."""

    citing: set[str]  # documents' own ids: their out-edges
    targets: set[str]  # cited ids: their counts and facts
    everything: bool  # a first build: every graph table at once, in bulk
    errors: int  # how many more unreadable files' rows than before (deleted: -1, added: +1)
    gone: list[int]  # keys of the nodes no longer in the graph
    #: Keeps what the search rows of ids are made of (names, the sentences of the documents
    #: taken out), before a change touches them, for the search rows that changed to be
    #: replaced after (None: the search table is rebuilt whole).
    forget: Forgetter | None
    #: The votes of every mention, counted by the writer as it inserts them, when a refresh
    #: builds the index from nothing (None: the graph counts them from the mentions).
    votes: Counter[tuple[str, ...]] | None

    __slots__ = ("citing", "errors", "everything", "forget", "gone", "targets", "votes")

    def __init__(
        self,
        citing: set[str] | None = None,
        targets: set[str] | None = None,
        everything: bool = False,
        errors: int = 0,
        gone: list[int] | None = None,
        forget: Forgetter | None = None,
        votes: Counter[tuple[str, ...]] | None = None,
    ) -> None:
        self.citing = set() if citing is None else citing
        self.targets = set() if targets is None else targets
        self.everything = everything
        self.errors = errors
        self.gone = [] if gone is None else gone
        self.forget = forget
        self.votes = votes

    def touch(self, citing: Iterable[str] = (), targets: Iterable[str] = ()) -> None:
        """Mark ids to bring up to date; call it before the rows they depend on change."""
        ids_citing, ids_targets = set(citing), set(targets)
        if self.forget is not None:  # each id once: the ids touched before are out already
            self.forget((ids_citing | ids_targets) - self.citing - self.targets)
        self.citing |= ids_citing
        self.targets |= ids_targets


def _add_votes(conn: sqlite3.Connection, votes: Counter[tuple[str, ...]], sign: int) -> None:
    conn.executemany(
        "INSERT INTO votes(target, kind, body, date, text, n) VALUES (?,?,?,?,?,?) "
        "ON CONFLICT DO UPDATE SET n = n + excluded.n",
        ((*k, sign * n) for k, n in votes.items()),
    )


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
) -> _Touched:
    """Index the results of reading ``todo`` and take ``gone`` out.  A file read again
    because it was unreadable or read in part last time (``failed``, ``partial``: as it was
    then) keeps what it had when the new read is no better: still unreadable, or read in
    part with fewer citations."""
    partial = partial or {}
    touched = _Touched(everything=not known and not failed)
    if touched.everything and conn.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is None:
        touched.votes = Counter()  # counted here, as the mentions go in
    if not touched.everything:
        from .search import forgetter

        touched.forget = forgetter(conn)
    for path in gone:
        _delete_doc(conn, path, touched)
        touched.errors -= path in failed
        summary.removed += 1
    work: list[Work] = [(p, rel, size, mt, known[p][2] if p in known else None) for p, rel, size, mt in todo]
    total = len(work)
    nbytes = 0
    mention_columns = ("doc", "seq", *_ROW_COLUMNS)
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
    deferred = _drop_indexes(conn, "documents", "mentions") if touched.votes is not None else []
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
            _delete_doc(conn, path, touched)
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
        votes = None if touched.everything else _row_votes(rows)
        touched.touch(
            [node_id, *(r[_ROW_SOURCE] for r in rows if r[_ROW_SOURCE] is not None)],
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
                    *row[:_ROW_TARGET],
                    None if row[_ROW_TARGET] is None else target_of(row[_ROW_TARGET]),
                    None if row[_ROW_WORDS] is None else text_of(row[_ROW_WORDS]),
                    phrase_of(row[_ROW_PHRASE]),
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
            _add_votes(conn, votes, 1)
        elif touched.votes is not None:
            _count_votes(rows, touched.votes)
    _make_indexes(conn, deferred)
    summary.megabytes = nbytes / 1e6
    return touched


def _delete_doc(conn: sqlite3.Connection, path: str, touched: _Touched) -> None:
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
            cols = ", ".join(f'"{_CITATION_COLUMNS[i]}"' for i in _VOTE_AT)
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
        if votes:
            _add_votes(conn, votes, -1)
        conn.execute("DELETE FROM mentions WHERE doc=?", (doc,))
        conn.execute("DELETE FROM contexts WHERE doc=?", (doc,))
        conn.execute("DELETE FROM documents WHERE doc=?", (doc,))
    conn.execute("DELETE FROM partial WHERE path=?", (path,))


# --------------------------------------------------------------------------- graph tables


#: The mentions of the touched citing ids that make edges, in document order: a document's
#: own mentions (its id cites) and the mentions of a compilation's texts (their ids cite).
_EDGE_MENTIONS = """SELECT s.node, t.node, f.function, f.verb, f.section, m.paragraph, m.pinpoint
    FROM (SELECT d.node_id AS citing, c.target AS target, c.phrase AS phrase, c.paragraph AS paragraph,
                 c.pinpoint AS pinpoint, d.path AS path, c.seq AS seq
          FROM documents d JOIN mentions c ON c.doc = d.doc
          WHERE d.node_id IN (SELECT id FROM temp.t_citing) AND c.source_id IS NULL
          UNION ALL
          SELECT c.source_id, c.target, c.phrase, c.paragraph, c.pinpoint, d.path, c.seq
          FROM mentions c JOIN documents d ON d.doc = c.doc
          WHERE c.source_id IN (SELECT id FROM temp.t_citing)) m
    JOIN nodes s ON s.id = m.citing JOIN targets g ON g.t = m.target JOIN nodes t ON t.id = g.id
    LEFT JOIN phrases f ON f.phrase = m.phrase
    WHERE t.node != s.node
    ORDER BY m.path, m.seq"""


#: :data:`_EDGE_MENTIONS` when every id is touched (a whole build): every mention, its citing
#: id its text's own or else its document's; the documents in the order of their paths (their
#: unique index: ``CROSS JOIN`` keeps them the outer loop) and each one's mentions in order,
#: so the whole corpus's mentions are not sorted.
_EVERY_EDGE_MENTION = """SELECT s.node, t.node, f.function, f.verb, f.section, c.paragraph, c.pinpoint
    FROM documents d CROSS JOIN mentions c ON c.doc = d.doc
    JOIN nodes s ON s.id = coalesce(c.source_id, d.node_id) JOIN targets g ON g.t = c.target
    JOIN nodes t ON t.id = g.id
    LEFT JOIN phrases f ON f.phrase = c.phrase
    WHERE t.node != s.node
    ORDER BY d.path, c.seq"""


def _insert_edges(conn: sqlite3.Connection, everything: bool = False) -> int:
    """The out-edges of the ids in ``temp.t_citing``, with their mentions counted and their
    facts (functions, verbs, sections, paragraphs, pinpoints: distinct, in document order,
    joined with "; ") named in ``edge_facts``: what ``cites``/``cited-by`` show for an edge.
    ``everything``: every id is in ``temp.t_citing`` (:data:`_EVERY_EDGE_MENTION`) and
    ``edge_facts`` is empty.  Returns how many edges were inserted."""
    counts: dict[tuple[int, int], int] = {}
    first: dict[tuple[int, int], tuple[Any, ...]] = {}
    lists: dict[tuple[int, int], list[list[Any]]] = {}
    cur = conn.cursor()
    cur.row_factory = None  # plain tuples: a whole corpus's mentions on a first build
    for r in cur.execute(_EVERY_EDGE_MENTION if everything else _EDGE_MENTIONS):
        key = (r[1], r[0])
        n = counts.get(key)
        if n is None:  # most edges have one mention: its values as they come
            counts[key] = 1
            first[key] = r[2:]
            continue
        counts[key] = n + 1
        got = lists.get(key)
        if got is None:
            got = lists[key] = [[] if v is None else [v] for v in first[key]]
        for v, seen in zip(r[2:], got, strict=True):
            if v is not None and v not in seen:
                seen.append(v)
    for key, got in lists.items():
        first[key] = tuple("; ".join(g) if g else None for g in got)
    # the number of each set of facts these edges have, found by its values (``edge_facts_values``;
    # the last of equal sets, as a dict of every set would keep it): a refresh looks up its few
    # sets, whatever the number of sets in the corpus (a first build's table is empty)
    known: dict[tuple[Any, ...], int] = {}
    top = 0
    if not everything:
        for values in set(first.values()):
            got = cur.execute(_FACTS_NUMBER, values).fetchone()[0]
            if got is not None:
                known[values] = got
        top = cur.execute("SELECT coalesce(max(facts), 0) FROM edge_facts").fetchone()[0]
    new: list[tuple[Any, ...]] = []
    rows = []
    for key in sorted(counts):
        values = first[key]
        number = known.get(values)
        if number is None:
            top += 1
            number = known[values] = top
            new.append((number, *values))
        rows.append((*key, counts[key], number))
    conn.executemany("INSERT INTO edge_facts VALUES (?, ?, ?, ?, ?, ?)", new)
    conn.executemany("INSERT INTO edges(cited, citing, mentions, facts) VALUES (?, ?, ?, ?)", rows)
    return len(rows)


#: The number of a set of facts given by its values (None: a new set).
_FACTS_NUMBER = (
    "SELECT max(facts) FROM edge_facts WHERE function IS ? AND verb IS ? AND section IS ? "
    "AND paragraph IS ? AND pinpoint IS ?"
)


def _majority(counter: Counter[Any]) -> Any:
    if not counter:
        return None
    return sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))[0][0]


def _update_graph(conn: sqlite3.Connection, touched: _Touched | None = None) -> tuple[int, int] | None:
    """Bring ``nodes`` and ``edges`` up to date for the ids ``touched`` (None: every id).

    Only the out-edges of the touched documents' ids are deleted and inserted again, and
    only the touched nodes' facts and counts are recomputed, so the cost follows the
    change, not the corpus; the result is the same as a full build's (tests compare them).
    Returns how many nodes and edges more (or fewer) there are, when not every id was
    touched (None: counted again, :func:`_store_meta`).
    """
    from ..grammar.names import known_names

    conn.execute("CREATE TEMP TABLE IF NOT EXISTS t_ids (id TEXT PRIMARY KEY) WITHOUT ROWID")
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS t_citing (id TEXT PRIMARY KEY) WITHOUT ROWID")
    conn.execute("DELETE FROM temp.t_ids")
    conn.execute("DELETE FROM temp.t_citing")
    if touched is None or touched.everything:
        conn.execute("DELETE FROM votes")
        if touched is not None and touched.votes is not None:  # counted by the writer
            _add_votes(conn, touched.votes, 1)
        else:
            conn.execute(
                "INSERT INTO votes(target, kind, body, date, text, n) SELECT target, coalesce(kind, ''), "
                "coalesce(body, ''), coalesce(date, ''), coalesce(text, ''), count(*) FROM citations "
                "WHERE target IS NOT NULL GROUP BY 1, 2, 3, 4, 5"
            )
        conn.execute("INSERT OR IGNORE INTO temp.t_citing SELECT id FROM nodes")
        conn.execute(
            "INSERT OR IGNORE INTO temp.t_citing SELECT node_id FROM documents WHERE node_id IS NOT NULL"
        )
        conn.execute(
            "INSERT OR IGNORE INTO temp.t_citing SELECT DISTINCT source_id FROM mentions "
            "WHERE source_id IS NOT NULL"
        )
        conn.execute("INSERT OR IGNORE INTO temp.t_ids SELECT id FROM temp.t_citing")
        conn.execute(
            "INSERT OR IGNORE INTO temp.t_ids SELECT id FROM targets WHERE t IN "
            "(SELECT DISTINCT target FROM mentions WHERE target IS NOT NULL)"
        )
    else:
        conn.executemany("INSERT OR IGNORE INTO temp.t_citing VALUES (?)", ((i,) for i in touched.citing))
        conn.executemany(
            "INSERT OR IGNORE INTO temp.t_ids VALUES (?)", ((i,) for i in touched.citing | touched.targets)
        )
        conn.execute("DELETE FROM votes WHERE n <= 0 AND target IN (SELECT id FROM temp.t_ids)")
    # the facts of each touched id: its own document first, else what its citations say
    docs: dict[str, tuple[Any, ...]] = {}
    for r in conn.execute(
        "SELECT node_id, title, body, date FROM documents WHERE error IS NULL "
        "AND node_id IN (SELECT id FROM temp.t_ids) ORDER BY path"
    ):
        docs.setdefault(r[0], tuple(r[1:]))
    # the texts of a compilation are documents of the corpus too (citations name them)
    for (part_id,) in conn.execute(
        "SELECT DISTINCT source_id FROM mentions WHERE source_id IN (SELECT id FROM temp.t_ids) "
        "AND part IS NOT NULL"
    ):
        docs.setdefault(part_id, (None, None, None))
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    bodies: dict[str, Counter[str]] = defaultdict(Counter)
    dates: dict[str, Counter[str]] = defaultdict(Counter)
    texts: dict[str, Counter[str]] = defaultdict(Counter)
    for target, kind, body, date, text, n in conn.execute(
        "SELECT target, nullif(kind, ''), body, date, nullif(text, ''), n FROM votes "
        "WHERE target IN (SELECT id FROM temp.t_ids)"
    ):
        kinds[target][kind] += n
        if body:
            bodies[target][body] += n
        if date:
            dates[target][date] += n
        texts[target][text] += n
    names = known_names()
    existing = {
        r[0]: r[1] for r in conn.execute("SELECT id, node FROM nodes WHERE id IN (SELECT id FROM temp.t_ids)")
    }
    alive = set(docs) | set(kinds)
    gone = [existing[i] for i in existing if i not in alive]
    if touched is not None:
        touched.gone = gone
    updates = []
    inserts = []
    for cid in sorted(alive, key=natural_key):
        d = docs.get(cid)
        kind = kind_of_id(cid) if cid in docs or not kinds[cid] else _majority(kinds[cid])
        if kind in (None, "unresolved"):
            kind = kind_of_id(cid)
        body = (d[1] if d else None) or _majority(bodies.get(cid, Counter())) or id_body(cid)
        date = (d[2] if d else None) or _majority(dates.get(cid, Counter()))
        name = (d[0] if d else None) or names.get(cid)
        if name is None and kind in ("treaty", "publication") and cid in texts:
            name = _majority(texts[cid])
        facts = (kind, body, date, name, 1 if d else 0)
        if cid in existing:
            updates.append((*facts, existing[cid]))
        else:
            inserts.append((cid, sort_key(cid), fold(cid), id_tail(cid), *facts))
    # a first build: the indexes of the nodes and edges made after, from all their rows
    everything = touched is None or touched.everything
    deferred = _drop_indexes(conn, "nodes", "edges") if everything else []
    edges_out = 0  # edges deleted
    if gone:
        edges_out += conn.executemany("DELETE FROM edges WHERE cited=?", ((k,) for k in gone)).rowcount
        edges_out += conn.executemany("DELETE FROM edges WHERE citing=?", ((k,) for k in gone)).rowcount
        conn.executemany("DELETE FROM nodes WHERE node=?", ((k,) for k in gone))
    conn.executemany("UPDATE nodes SET kind=?, body=?, date=?, name=?, in_corpus=? WHERE node=?", updates)
    conn.executemany(
        "INSERT INTO nodes(id, skey, fold, tail, kind, body, date, name, in_corpus) "
        "VALUES (?,?,?,?,?,?,?,?,?)",
        inserts,
    )
    # the out-edges of the touched documents' ids, again from their citations
    if everything:
        conn.execute("DELETE FROM edges")
        conn.execute("DELETE FROM edge_facts")  # a refresh keeps the sets it no longer uses: few
    else:
        edges_out += conn.execute(
            "DELETE FROM edges WHERE citing IN "
            "(SELECT node FROM nodes WHERE id IN (SELECT id FROM temp.t_citing))"
        ).rowcount
    edges_in = _insert_edges(conn, everything)
    _make_indexes(conn, deferred)
    conn.execute(
        """UPDATE nodes SET
             cited_by = (SELECT count(*) FROM edges WHERE cited = nodes.node),
             mentions = coalesce((SELECT sum(mentions) FROM edges WHERE cited = nodes.node), 0),
             cites = (SELECT count(*) FROM edges e WHERE e.citing = nodes.node)
           WHERE id IN (SELECT id FROM temp.t_ids)"""
    )
    return None if everything else (len(inserts) - len(gone), edges_in - edges_out)
