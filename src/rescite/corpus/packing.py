"""Packing the index: its sentences compressed with a dictionary of their own after a first
build, its pages packed (``VACUUM``) when it was built whole or has grown, and free pages given
back to the file system.
"""

from __future__ import annotations

# the C module sqlite3 is made of (the same classes): see ``corpus.schema``
import _sqlite3 as sqlite3
import functools
from collections.abc import Iterable

from .fresh import DICTIONARY_TABLE, dictionary_id, load_dictionaries, pack, unpack
from .reading import Mapper

TYPE_CHECKING = False  # as typing's, without importing typing: a refresh imports this module
if TYPE_CHECKING:
    from typing import Any


#: The preset dictionary of an index's sentences: at most this many bytes of the sentences
#: of :data:`DICTIONARY_SAMPLE` documents spread over the corpus, made by a first build of
#: at least :data:`DICTIONARY_MIN_DOCS` documents with sentences (a smaller one would not
#: win back the dictionary's own room).
DICTIONARY_BYTES = 16_384


DICTIONARY_SAMPLE = 32


DICTIONARY_MIN_DOCS = 64


def pack_with_dictionary(conn: sqlite3.Connection, mapper: Mapper | None = None) -> None:
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


def compact(conn: sqlite3.Connection) -> None:
    """Pack the pages of an index just built whole (``VACUUM``): the B-trees of the tables
    without rowid and of the indexes (mentions, mentions by target, nodes, edges) split their
    pages as rows come in, leaving them part empty, and making the search table frees pages; packed, the
    index is 5.14 → 4.75 KB a document on 10,000 generated resolutions, for about a
    twentieth of the build's time.  Not after an incremental refresh, whose cost follows the
    change, unless the index has grown past its packed size (:func:`repack_grown`), which is
    kept in ``meta.packed``.  The contents are the same; a failure (no room for the copy,
    another process reading) leaves the index as it is."""
    import contextlib

    with contextlib.suppress(sqlite3.Error):
        # the pages later refreshes free can be given back (:func:`give_back_pages`): set
        # here, as VACUUM is what turns it on for an index that has tables
        conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        # the packed size, which later refreshes compare theirs with (:func:`repack_grown`)
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


#: An incremental refresh packs the index again (:func:`compact`) once the pages it uses
#: per document pass those of its last packing by one in this many (and by
#: :data:`REPACK_MIN_PAGES`): see :func:`repack_grown`.
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


def repack_grown(conn: sqlite3.Connection) -> None:
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
        compact(conn)


#: An incremental refresh gives the free pages of the index back to the file system when more
#: than one page in this many is free (:func:`give_back_pages`).
FREE_PAGES_SHARE = 50


def give_back_pages(conn: sqlite3.Connection) -> None:
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
