"""Is the index up to date? The check every query makes first, without the index's writer.

:func:`open_fresh` walks the corpus (one ``stat`` per file: the only check that sees a file
rewritten in place), hashes the listing with a stamp of rescite's own files, and compares it
with the fingerprint the last refresh stored; when they agree, the index answers as it is
and nothing else is imported.  Anything else — no index, another version of rescite, a
changed file, a limit set in the environment — returns None, and the caller takes the full
path (``corpus.index.refresh``), which says what happened.

Also here, because a query needs them and they need nothing heavy: where the default index
lives, the SQL functions the index's views call, and how a mention's sentence is cut.
"""

from __future__ import annotations

# the C module sqlite3 is made of (the same classes): the package adds date adapters no query
# uses, importing datetime (a millisecond and a half of every query)
import _sqlite3 as sqlite3
import functools
import os

from .walk import Walk, fingerprint, walk

TYPE_CHECKING = False  # as typing's, without importing typing (queries start fast)
if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from typing import Any

#: Marks the file as a rescite index (``PRAGMA application_id``, "RSCT").
APPLICATION_ID = 0x52534354
_SQLITE_MAGIC = b"SQLite format 3\x00"
#: Settings that change how files are read: a query with one of them set takes the full
#: path, which checks and reports them.
_READING_ENV = ("RESCITE_TIME_BUDGET", "RESCITE_MAX_FILE", "RESCITE_MAX_MENTIONS", "RESCITE_MAX_PART")


def corpus_key(roots: Sequence[str | os.PathLike[str]]) -> str:
    try:
        from _sha256 import sha256  # type: ignore[import-not-found,unused-ignore]  # without OpenSSL
    except ImportError:  # pragma: no cover - another Python
        from hashlib import sha256
    joined = "\n".join(sorted(os.path.realpath(r) for r in roots))
    return str(sha256(joined.encode()).hexdigest()[:16])


def default_db_file(roots: Sequence[str | os.PathLike[str]]) -> str:
    """``$XDG_CACHE_HOME/rescite/index-<corpus key>.sqlite`` (``~/.cache`` by default)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "rescite", f"index-{corpus_key(roots)}.sqlite")


#: Characters of context kept each side of a mention (the sentence, cut at a word).
CONTEXT_WIDTH = 120


def context(text: str, start: int, end: int, width: int = CONTEXT_WIDTH) -> tuple[str, int, int]:
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


def pack_contexts(texts: Sequence[str], words: bytes | None = None) -> bytes:
    """A document's context sentences as one compressed value; ``words``: a preset
    dictionary (:data:`DICTIONARY_TABLE`), the words the sentences of a corpus share."""
    return pack("\x00".join(texts).encode("utf-8", "surrogatepass"), words)


def pack(raw: bytes, words: bytes | None = None) -> bytes:
    """``raw`` compressed (zlib, level 6).  With the preset dictionary ``words``: a raw
    deflate stream after a mark (``\\x00``, which no zlib stream begins with) and the
    dictionary's id (4 bytes; :func:`unpack` finds it among the dictionaries of the indexes
    opened, :func:`load_dictionaries`) — no zlib header and checksum: a raw stream is also
    the quickest to inflate (about 20 µs a document here, against 25–28 µs for a zlib stream
    without a dictionary and 33–35 µs with one)."""
    import zlib

    if not words:
        return zlib.compress(raw, 6)
    packer = zlib.compressobj(6, wbits=-15, zdict=words)
    return _MARK + dictionary_id(words).to_bytes(4, "big") + packer.compress(raw) + packer.flush()


#: The first byte of a value :func:`pack` compressed with a dictionary (a zlib stream's first
#: byte names its method, 8: never 0).
_MARK = b"\x00"


def packed_with_dictionary(data: bytes) -> bool:
    """Whether ``data`` was compressed with a preset dictionary (:func:`pack`; also a zlib
    stream that names one, as the first version of the dictionary wrote them)."""
    return data[:1] == _MARK or (len(data) > 6 and bool(data[1] & 0x20))


def unpack(data: bytes) -> bytes:
    """The bytes :func:`pack` compressed (not kept: :func:`_unpacked` keeps them)."""
    import zlib

    if data[:1] == _MARK:
        unpacker = zlib.decompressobj(-15, zdict=_dictionary(int.from_bytes(data[1:5], "big")))
        raw = unpacker.decompress(memoryview(data)[5:])
        if not unpacker.eof:
            raise zlib.error("a compressed sentence value of the index is cut short")
        return raw
    if len(data) > 6 and data[1] & 0x20:  # a zlib stream naming its dictionary (FDICT)
        unpacker = zlib.decompressobj(zdict=_dictionary(int.from_bytes(data[2:6], "big")))
        return unpacker.decompress(data) + unpacker.flush()
    return zlib.decompress(data)


def _dictionary(key: int) -> bytes:
    words = _DICTIONARIES.get(key)
    if words is None:
        import zlib

        raise zlib.error("the dictionary of the index's sentences is missing")
    return words


def unpack_contexts(data: bytes) -> list[str]:
    """A document's context sentences (:func:`pack_contexts`)."""
    return _unpacked(data).decode("utf-8", "surrogatepass").split("\x00")


@functools.lru_cache(maxsize=2048)  # a refresh reads a touched text's sentences twice (search rows)
def _unpacked(data: bytes) -> bytes:
    return unpack(data)


#: The table of the preset dictionaries the sentences of an index are compressed with (one,
#: made by the first build: ``corpus.packing``): ``id`` is zlib's id of each (its Adler-32).
DICTIONARY_TABLE = "context_words"
#: The preset dictionaries of the indexes opened, by zlib's id.
_DICTIONARIES: dict[int, bytes] = {}


def dictionary_id(words: bytes) -> int:
    import zlib

    return zlib.adler32(words)


def load_dictionaries(conn: sqlite3.Connection) -> bytes | None:
    """Know the preset dictionaries of the index open on ``conn`` (an index without any, or
    without the table, compresses its sentences without one); the newest is returned (what a
    refresh compresses new sentences with), or None."""
    try:
        rows = conn.execute(f"SELECT id, data FROM {DICTIONARY_TABLE} ORDER BY n").fetchall()
    except sqlite3.Error:
        return None
    newest = None
    for key, data in rows:
        newest = bytes(data)
        _DICTIONARIES[int(key)] = newest
    return newest


def _context_at(data: bytes | None, n: int | None) -> str | None:
    """SQL function ``rescite_context(data, ctx)``: the sentence ``ctx`` of a document (found
    in the bytes, only it decoded: a query reads one sentence of each of many documents)."""
    if data is None or n is None:
        return None
    return sentence_of(_unpacked(bytes(data)), n)


def sentence_of(raw: bytes, n: int) -> str | None:
    """The sentence ``n`` of a document's decompressed contexts (None when there is none)."""
    if n < 0:
        return None
    start = 0
    for _ in range(n):
        start = raw.find(b"\x00", start) + 1
        if not start:
            return None
    end = raw.find(b"\x00", start)
    return (raw[start:end] if end != -1 else raw[start:]).decode("utf-8", "surrogatepass")


@functools.lru_cache(maxsize=8192)  # the writer asks it for every mention; targets repeat
def kind_of(target: str | None) -> str | None:
    """SQL function ``rescite_kind(target)``: the kind an id says by itself."""
    if target is None:
        return None
    try:
        from ..ids import kind_of_id

        return kind_of_id(target)
    except Exception:
        return None


def keys_json(keys: Iterable[Any]) -> str:
    """A JSON array of keys (ids, integer keys), for ``IN (SELECT value FROM json_each(?))``:
    the text ``json.dumps`` makes, each string encoded by the json module's own C function,
    without importing the module (its decoder's patterns are compiled at import: a
    millisecond and a half of a refresh after one changed file, and of ``graph --focus``)."""
    values = list(keys)
    try:
        from _json import encode_basestring_ascii as encode
    except ImportError:  # pragma: no cover - another Python
        from json.encoder import encode_basestring_ascii as encode
    parts: list[str] = []
    for v in values:
        kind = type(v)
        if kind is str:
            parts.append(encode(v))
        elif kind is int:
            parts.append(int.__repr__(v))
        else:  # anything else as json writes it
            import json

            return json.dumps(values)
    return "[" + ", ".join(parts) + "]"


def functions(conn: sqlite3.Connection) -> sqlite3.Connection:
    load_dictionaries(conn)
    conn.create_function("rescite_context", 2, _context_at, deterministic=True)
    conn.create_function("rescite_kind", 1, kind_of, deterministic=True)
    return conn


def code_stamp() -> str:
    """The names, sizes and times of rescite's own files (its modules and lexicon data): an
    index is taken as it is only by the code that wrote it (another version may store
    other tables or fields).  About a hundred ``stat`` calls."""
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parts: list[str] = []
    stack = [here]
    while stack:
        folder = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=_name)
        except OSError:
            parts.append(f"{folder}:?")
            continue
        for e in entries:
            if e.name == "__pycache__" or e.name.startswith("."):
                continue
            try:
                if e.is_dir():
                    stack.append(e.path)
                    continue
                st = e.stat()
            except OSError:
                parts.append(f"{e.path}:?")
                continue
            parts.append(f"{e.path}:{st.st_size}:{st.st_mtime_ns}")
    return "\n".join(parts)


def _name(e: os.DirEntry[str]) -> str:
    return e.name


def stamp(found: Walk, schema: int) -> str:
    """The fingerprint a refresh stores (``meta.fingerprint``) and a query compares: the
    listing, the index's schema and the code's stamp (made once per listing and schema)."""
    key = str(schema)
    got = found.stamps.get(key)
    if got is None:
        got = found.stamps[key] = fingerprint(found, f"{schema}\n{code_stamp()}")
    return got


def open_fresh(roots: Sequence[str | os.PathLike[str]], db: str | None) -> sqlite3.Connection | None:
    """The index of ``roots``, open, when it is up to date and was written by this code;
    None when the full path must look (no index, a change, a setting, anything odd)."""
    return check(roots, db)[0]


def check(
    roots: Sequence[str | os.PathLike[str]],
    db: str | None,
    found: Walk | None = None,
    stale: list[sqlite3.Connection] | None = None,
) -> tuple[sqlite3.Connection | None, Walk | None]:
    """:func:`open_fresh`, and the walk of the corpus it made when the index is not up to date
    (the refresh that follows lists the corpus once: ``corpus.index.refresh(listing=…)``);
    ``found``: the corpus as already walked (:meth:`Speculation.found`), not walked again;
    ``stale``: where the connection to an index found not up to date is put, open, for the
    refresh to write with (``schema.open_index(…, opened=…)``) instead of opening the file
    again, closed otherwise."""
    if any(os.environ.get(k) for k in _READING_ENV):
        return None, None
    db_file = db if db else default_db_file(roots)
    try:
        if _header(db_file) is None:
            return None, None
        if found is None:
            found = walk(roots)
    except (OSError, ValueError):
        return None, None  # the full path says what is wrong
    conn = None
    try:
        conn = sqlite3.connect(db_file, isolation_level=None, timeout=0.2)
        schema = conn.execute("PRAGMA user_version").fetchone()[0]
        row = conn.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
        if row is None or row[0] != stamp(found, schema):
            if stale is None:
                conn.close()
            else:
                stale.append(conn)
            return None, found
        return _ready(conn), None
    except sqlite3.Error:
        if conn is not None:
            conn.close()
        return None, None


def _header(db_file: str) -> int | None:
    """The schema version a rescite index's file header gives (``PRAGMA user_version``, as
    last written to the file itself), or None when the file is not a rescite index."""
    with open(db_file, "rb") as fh:
        header = fh.read(100)
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        return None
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        return None
    return int.from_bytes(header[60:64], "big")


def _ready(conn: sqlite3.Connection) -> sqlite3.Connection:
    conn.execute("PRAGMA busy_timeout = 200")
    conn.row_factory = sqlite3.Row
    return functions(conn)


class Speculation:
    """An index opened while the corpus is still being walked (:func:`speculate`): a query
    answers from ``conn`` at once, holds its output, and gives it only when :meth:`confirm`
    says the index is up to date — the same check as :func:`check` (one ``stat`` per file),
    made by another thread while the query works (``stat`` and SQLite let go of the
    interpreter's lock), so that its cost is mostly hidden.  ``conn`` is None when the index
    could not be opened: the caller takes the full path (with :meth:`found`).

    ``process``: the walk is made by a child process (``fork``) instead, for a query whose
    work is mostly Python's (``graph --focus``): a thread walking beside it would wait for the
    interpreter's lock after every ``stat``, and both would be slower; a process needs no
    lock.  The child says whether the index is up to date, and hands over the listing only
    when it is not (for the refresh).  Where a process cannot be forked (no ``os.fork``,
    another thread running), a thread walks."""

    __slots__ = ("_child", "_done", "_same", "_schema", "_stored", "_walked", "conn")

    def __init__(
        self, roots: Sequence[str | os.PathLike[str]], db_file: str, schema: int, process: bool = False
    ) -> None:
        import _thread

        self.conn: sqlite3.Connection | None = None
        self._schema = schema
        self._stored: str | None = None
        self._walked: list[Walk | BaseException] = []
        self._child: tuple[int, int] | None = None  # (pid, the pipe's end its answer comes from)
        self._same = False  # the child found the index up to date
        self._done = _thread.allocate_lock()
        self._done.acquire()
        if not process:
            _thread.start_new_thread(self._walk, (roots,))
        conn = None
        try:
            conn = sqlite3.connect(db_file, isolation_level=None, timeout=0.2)
            self._schema = conn.execute("PRAGMA user_version").fetchone()[0]
            row = conn.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
            if row is not None:
                self._stored = str(row[0])
                self.conn = _ready(conn)
                conn = None
        except sqlite3.Error:
            pass
        if conn is not None:
            conn.close()
        if process and not (self.conn is not None and self._fork(roots)):
            _thread.start_new_thread(self._walk, (roots,))

    def _walk(self, roots: Sequence[str | os.PathLike[str]]) -> None:
        try:
            found = walk(roots)
            stamp(found, self._schema)  # the header's schema: checked again by :meth:`confirm`
            self._walked.append(found)
        except BaseException as exc:  # the full path says what is wrong
            self._walked.append(exc)
        finally:
            self._done.release()

    def _fork(self, roots: Sequence[str | os.PathLike[str]]) -> bool:
        """Start the child that walks the corpus; False when none can be started."""
        import sys

        threading = sys.modules.get("threading")
        if not hasattr(os, "fork") or (threading is not None and threading.active_count() > 1):
            return False
        try:
            r, w = os.pipe()
        except OSError:
            return False
        try:
            pid = os.fork()
        except OSError:
            os.close(r)
            os.close(w)
            return False
        if pid == 0:  # the child: walk, say, end (nothing of the parent's is closed or flushed)
            try:
                os.close(r)
                _answer_walk(roots, self._schema, self._stored, w)
            finally:
                os._exit(0)
        os.close(w)
        self._child = (pid, r)
        return True

    def _collect(self) -> None:
        """The child's answer (it has ended when the pipe ends)."""
        if self._child is None:
            return
        pid, fd = self._child
        self._child = None
        chunks = []
        try:
            while chunk := os.read(fd, 1 << 16):
                chunks.append(chunk)
        finally:
            os.close(fd)
            try:  # noqa: SIM105 - contextlib is one more import of every query
                os.waitpid(pid, 0)
            except ChildProcessError:
                pass
        data = b"".join(chunks)
        try:
            if data == b"=":
                self._same = True
            elif data[:1] == b"W":
                import marshal

                groups, notes, stamps = marshal.loads(data[1:])
                from .walk import Note

                listing = Walk(groups, [Note(p, why) for p, why in notes])
                listing.stamps.update(stamps)
                self._walked.append(listing)
        except (EOFError, ValueError, TypeError):
            pass
        if not self._walked:
            self._walked.append(OSError("the corpus could not be walked"))  # the full path says why
        self._done.release()

    def found(self) -> Walk | None:
        """The corpus as walked (after the walk ends), or None when the walk failed (or a
        child found the index up to date: it hands no listing over then)."""
        self._collect()
        with self._done:
            got = self._walked[0]
        return got if isinstance(got, Walk) else None

    def confirm(self) -> bool:
        """Whether the index answered from was up to date (the walk ended, its fingerprint is
        the one the index stores, made by this code for this schema)."""
        found = self.found()
        if self._same:
            return self.conn is not None
        return found is not None and self.conn is not None and self._stored == stamp(found, self._schema)


def _answer_walk(roots: Sequence[str | os.PathLike[str]], schema: int, stored: str | None, out: int) -> None:
    """In the child of a speculation (:meth:`Speculation._fork`): walk the corpus and write
    on ``out`` ``=`` when the index is up to date, else ``W`` and the listing (marshal)."""
    try:
        found = walk(roots)
        if stamp(found, schema) == stored:
            data = b"="
        else:
            import marshal

            notes = [(n.path, n.reason) for n in found.notes]
            data = b"W" + marshal.dumps((found.groups, notes, found.stamps))
    except Exception:
        return  # nothing said: the parent's full path walks, and says what is wrong
    view = memoryview(data)
    while view:
        view = view[os.write(out, view) :]


def speculate(
    roots: Sequence[str | os.PathLike[str]], db: str | None, process: bool = False
) -> Speculation | None:
    """:class:`Speculation` of the index of ``roots`` (``process``: walked by a child process),
    or None when :func:`check` would not look (a setting that changes how files are read, no
    rescite index at ``db``)."""
    if any(os.environ.get(k) for k in _READING_ENV):
        return None
    db_file = db if db else default_db_file(roots)
    try:
        schema = _header(db_file)
    except (OSError, ValueError):
        return None
    if schema is None:
        return None
    return Speculation(roots, db_file, schema, process)
