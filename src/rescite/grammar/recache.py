"""Regular expressions compiled once, kept between runs.

The lexicon's tries make patterns of tens of thousands of characters, and the engine's
modules define hundreds of small ones; Python's ``re`` parses and compiles them in Python
code, a few hundred milliseconds at every start of every process.  :func:`compile` keeps
what the compiler makes of a pattern (its program, a list of integers) in the user cache
directory (``$XDG_CACHE_HOME/rescite/regex-<python>``), keyed by the pattern itself and the
Python version, and builds the pattern object from it the next time.  A pattern is the same
pattern whatever its origin, so the cache is never stale; anything unexpected (another
Python, a damaged or unwritable file) falls back to ``re.compile``.

Each entry is kept under a 16-byte digest of its key, as the marshal bytes of the program:
a new process reads the file's list of digests and lengths only (:func:`_read`: the entries
stay in the map of the file, no pattern text, no program copied or decoded) and decodes the
entries it uses only — a few hundred of the two thousand a cache may keep for every
language and every version of the lexicon.
"""

from __future__ import annotations

# re's own C module, imported here once: an engine start builds four hundred patterns
# (:func:`_build`), and ``importlib.import_module`` in each call cost half a millisecond in all
import _sre  # type: ignore[import-not-found,unused-ignore]
import marshal
import os
import re
import sys
from array import array as _array  # (imported by the engine anyway)
from collections.abc import Callable

try:  # hashlib's own, without loading OpenSSL (bound once: an engine start makes 500-odd digests)
    from _blake2 import blake2b as _blake2b
except ImportError:  # pragma: no cover - another Python
    from hashlib import blake2b as _blake2b

TYPE_CHECKING = False  # as typing's, without importing typing: a refresh imports this module
if TYPE_CHECKING:
    import mmap
    from typing import Any, TypeVar

    T = TypeVar("T")

#: Patterns shorter than this are compiled anew.  None is: the engine's three hundred-odd
#: patterns, most of a few dozen characters, cost about 30 ms of CPU at every start of a process
#: when parsed and compiled by ``re`` (a refresh of one changed file pays it), against about
#: 10 µs each built from a kept program; the rule tables' hundred-odd patterns of a few hundred
#: characters cost about 70 ms.
MIN_LENGTH = 0

_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
#: digest of (pattern, flags) -> the marshal bytes of its :data:`_Entry`
_cache: dict[bytes, bytes | memoryview] | None = None
_used: set[bytes] = set()  # the keys this process compiled or read
#: (pattern, its final flags) -> the key of its program, for the patterns compiled here: a rule
#: table kept at the end of the run that built it takes its patterns' programs from the cache
#: (:func:`_freeze`; parsing each again was most of a second run's seconds)
_keys: dict[tuple[str, int], bytes] = {}
#: built pattern strings (see remembered), by digest of their key: a string read from the file is
#: its UTF-8 bytes in the map of the file until first used
_strings: dict[bytes, str | memoryview] | None = None
_used_strings: set[bytes] = set()
#: The cache files' format (part of their names: a file of another format is never read).
FORMAT = "v3"
_pending: list[bool] = []  # [True] while programs compiled here wait to be written
#: Most programs kept; beyond, those this process did not use are let go.
MAX_ENTRIES = 2000  # one process of every language uses about 450
#: … and most bytes: the file is read whole at the start of every process that compiles a
#: pattern (a 30 MB file, the programs of a few versions of the lexicon, took 29 ms to read)
MAX_BYTES = 12 * 1024 * 1024
_cache_bytes = [0]  # the bytes of the programs in the cache, as loaded and changed here


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the kept program when there is one."""
    if len(pattern) < MIN_LENGTH:
        return re.compile(pattern, flags)
    flags = int(flags)  # re.IGNORECASE is an enum: marshal keeps plain numbers only
    cache = _load()
    key = _digest(pattern.encode("utf-8", "surrogatepass") + b"\x00" + str(flags).encode())
    kept = cache.get(key)
    try:
        if kept is not None:
            entry = marshal.loads(kept)
            _used.add(key)
            _keys[pattern, entry[0]] = key
            return _build(pattern, entry)
        entry = _program(pattern, flags)
        compiled = _build(pattern, entry)
    except Exception:  # internals of another Python, a damaged entry: the ordinary way
        return re.compile(pattern, flags)
    _keys[pattern, entry[0]] = key
    program = marshal.dumps(entry)
    if len(cache) >= MAX_ENTRIES or _cache_bytes[0] + len(program) > MAX_BYTES:
        # patterns of an older lexicon or rule table: only what this process uses is kept
        _cache_bytes[0] -= _let_go(cache, _used, "regex")
    cache[key] = program
    _cache_bytes[0] += len(program)
    _used.add(key)
    _mark_pending()
    return compiled


def _digest(data: bytes) -> bytes:
    return _blake2b(data, digest_size=16).digest()


def remembered(key: tuple[str, ...], build: Callable[[], str]) -> str:
    """``build()``, kept between runs under ``key`` (which must name everything the string is
    made from): the lexicon's tries are pattern strings of tens of thousands of characters that
    take longer to build than to compile from a kept program."""
    strings = _load_strings()
    digest = _digest(marshal.dumps(key, 2))  # version 2: the same bytes for equal keys (no references)
    kept = strings.get(digest)
    got = str(kept, "utf-8", "surrogatepass") if type(kept) is memoryview else kept  # (as in the file)
    if got is None:
        got = build()
        if len(strings) >= MAX_ENTRIES:
            _let_go(strings, _used_strings, "strings")
        strings[digest] = got
        _mark_pending()
    elif got is not kept:
        strings[digest] = got
    _used_strings.add(digest)
    return got


def files_key(kind: str, paths: list[str], build: Callable[[], str]) -> str:
    """``build()``, a digest of what the files ``paths`` hold (made by reading them), kept
    between runs under their names, sizes and times (as the index trusts them: a changed file
    has another size or time, ``corpus.fresh.code_stamp``): the lexicon's and the rule tables'
    keys read and hash half a megabyte of files at every start of the engine (about 20 M
    instructions, a twentieth of a refresh of one changed file), where a ``stat`` a file does.
    OSError when a file cannot be looked at."""
    parts = [kind]
    for path in paths:
        st = os.stat(path)
        parts.append(f"{path}\x00{st.st_size}\x00{st.st_mtime_ns}\x00{st.st_ctime_ns}")
    return remembered(tuple(parts), build)


def files_tag(kind: str, paths: list[str]) -> str:
    """:func:`files_key` of a digest of ``kind`` and of the files ``paths`` (each one's name,
    size and bytes): the tag of the code and tables a kept value is made by."""

    def read() -> str:
        parts = [kind.encode()]
        for path in paths:
            with open(path, "rb") as fh:
                data = fh.read()
            parts.extend((f"\x00{os.path.basename(path)}\x00{len(data)}\x00".encode(), data))
        return _digest(b"".join(parts)).hex()

    return files_key(kind, paths, read)


def _mark_pending() -> None:
    if not _pending:
        import atexit

        _pending.append(True)
        atexit.register(flush)


def flush() -> None:
    """Write what this process compiled or built to the cache files (once, at exit: a first
    run compiles a hundred patterns and would otherwise rewrite the file for each)."""
    if _pending:
        _pending.clear()
        if _cache is not None:
            if _cache_bytes[0] > MAX_BYTES:  # (a file written by another version, over the bytes)
                _cache_bytes[0] -= _let_go(_cache, _used, "regex")
            _take_others(_cache, "regex", MAX_BYTES - _cache_bytes[0])
            _save(_cache)
        if _strings is not None:
            _take_others(_strings, "strings", None)
            _save(_strings, "strings")


def _take_others(cache: dict[bytes, Any], kind: str, room: int | None) -> None:
    """Add to ``cache``, before it is written over the file of ``kind``, what other processes
    wrote there since this one read it (within :data:`MAX_ENTRIES` and ``room`` more bytes):
    the last process to end wrote its own entries only, so a pool's workers lost theirs to the
    parent that ended after them.  Entries this process let go are not taken again."""
    gone = _gone.get(kind, ())
    for key, value in _read(kind).items():
        if len(cache) >= MAX_ENTRIES:
            return
        if key in cache or key in gone:
            continue
        if room is not None:
            if len(value) > room:
                continue
            room -= len(value)
        cache[key] = value


def flush_in_worker() -> None:
    """Have a worker process of a pool (``multiprocessing``, ``concurrent.futures``) write what it
    compiled or built when it ends: it ends through multiprocessing's own exit, which runs that
    module's finalizers but not ``atexit``'s (:func:`_mark_pending`), so the programs its texts
    needed were lost, and every run of a pool, and the first query after an index, compiled
    them again (a second or two of CPU in each worker).  A worker forked from a process that
    compiled or read programs holds that process's cache: it starts from the file, as a new
    process does, so that it writes what it compiled, not its parent's programs (a test
    session's, tens of megabytes, were written by every worker of every pool it ran)."""
    global _cache, _strings
    from multiprocessing import util

    _cache = _strings = None
    _cache_bytes[0] = 0
    for state in (_used, _used_strings, _pending, _gone):
        state.clear()
    util.Finalize(None, flush, exitpriority=0)


def _path(kind: str = "regex", form: str = FORMAT) -> str:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}"
    return os.path.join(base, "rescite", f"{kind}-{form}-{tag}.marshal")


def _load_strings() -> dict[bytes, str | memoryview]:
    global _strings
    if _strings is None:
        _strings = _read("strings")
    return _strings


def _load() -> dict[bytes, bytes | memoryview]:
    global _cache
    if _cache is None:
        _cache = _read("regex")
        _cache_bytes[0] = sum(map(len, _cache.values()))
        if _cache_bytes[0] > MAX_BYTES:
            _mark_pending()  # let go at exit of what this process did not use
    return _cache


#: the keys of each cache file this process let go (:func:`_let_go`, :func:`_take_others`)
_gone: dict[str, set[bytes]] = {}


def _let_go(cache: dict[bytes, Any], used: set[bytes], kind: str) -> int:
    """Take out of ``cache`` (of the file of ``kind``) what this process did not use, and
    remember it, so that a flush does not take it back from the file; the values' lengths."""
    old = [k for k in cache if k not in used]
    _gone.setdefault(kind, set()).update(old)
    return sum(len(cache.pop(k)) for k in old)


def _read(kind: str) -> dict[bytes, Any]:
    """The cache file of ``kind`` as a dict of digests to their values' bytes, left in the map
    of the file (:func:`_save`'s form; empty when there is none, or anything in it is
    unexpected).  The file's list of digests and lengths is all that is decoded: the programs
    file holds a thousand-odd of which a refresh of one English file uses two hundred-odd, and
    decoding it whole (a megabyte copied out of the map) was about 0.8 ms of that refresh."""
    from itertools import accumulate

    try:
        view = memoryview(map_file(_path(kind)))  # (kept open by the values)
        (keys, lengths), base = read_head(view)
        if type(keys) is not list or type(lengths) is not list or len(keys) != len(lengths):
            return {}
        ends = list(accumulate(lengths, initial=base))
        if ends[-1] != len(view) or not all(type(k) is bytes for k in keys):
            return {}
        return {k: view[a:b] for k, a, b in zip(keys, ends[:-1], ends[1:], strict=True)}
    except (OSError, EOFError, ValueError, TypeError):
        return {}


def load_file(path: str) -> Any:
    """The value a file of marshal data holds, read from a map of the file: ``marshal.load``
    of an open file reads it piece by piece, a call for each string (the kept programs' file
    and a language's rule table, 3.5 MB, took 8 ms more of CPU at every start of the engine);
    reading it whole first would copy it once more.  OSError, EOFError, ValueError or
    TypeError when it cannot be read (an empty file: EOFError)."""
    with map_file(path) as view:
        return marshal.loads(view)


def map_file(path: str) -> mmap.mmap:
    """A map of the file ``path``, to read (EOFError for an empty file, which cannot be mapped)."""
    import mmap

    with open(path, "rb") as fh:
        try:
            return mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        except ValueError:
            raise EOFError(f"{path}: empty") from None


def head_bytes(head: Any) -> bytes:
    """The head of a file of values kept apart (the programs', the strings', a kept table's):
    the length of its marshal data (8 bytes), then that data; the values' bytes follow it."""
    data = marshal.dumps(head)
    return len(data).to_bytes(8, "big") + data


def read_head(view: Any) -> tuple[Any, int]:
    """The head (:func:`head_bytes`) of the map of a file ``view``, and where the values after
    it start."""
    size = int.from_bytes(view[:8], "big")
    return marshal.loads(view[8 : 8 + size]), 8 + size


def _save(cache: dict[bytes, Any], kind: str = "regex") -> None:
    """Write ``cache`` (digests to bytes, or to strings, kept as their UTF-8) as :func:`_read`
    reads it: the list of digests and lengths as the head (:func:`head_bytes`), then the
    values' bytes one after the other."""
    path = _path(kind)
    tmp = f"{path}.{os.getpid()}.tmp"
    values = [v.encode("utf-8", "surrogatepass") if type(v) is str else v for v in cache.values()]
    head = head_bytes((list(cache), [len(v) for v in values]))
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(tmp, "wb") as fh:
            fh.write(head)
            fh.writelines(values)
        os.replace(tmp, path)
    except (OSError, ValueError):
        import contextlib

        with contextlib.suppress(OSError):
            os.unlink(tmp)


def _program(pattern: str, flags: int) -> _Entry:
    """What ``re._compiler.compile`` hands to ``_sre.compile``, in a form marshal keeps."""
    from array import array

    parser: Any = re._parser  # type: ignore[attr-defined]
    compiler: Any = re._compiler  # type: ignore[attr-defined]
    p = parser.parse(pattern, flags)
    code = compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup: list[str | None] = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return (
        flags | p.state.flags,
        array("I", code).tobytes(),
        p.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def kept(name: str, key: tuple[str, ...], build: Callable[[], T], classes: tuple[type, ...]) -> T:
    """``build()``, kept between runs in the file of ``name`` under ``key`` (which must name
    everything the value is made from): a rule table — a record of ``classes`` (or a tuple of
    them) whose fields are compiled patterns and plain values (text, numbers, None, and tuples,
    lists, dicts and frozensets of them).  A language's rule table takes its lexicon's phrases
    through a few hundred string operations and compiles a hundred and eighty patterns, most of
    them only to be written into bigger ones; kept, it is read back as the sixty-odd patterns
    it holds, each from its program (a refresh of one changed file starts the engine for
    it).  One file a name, holding the table of one key: a table of another key (another
    lexicon, another version of the code) is built and written over it.  A value of another
    kind is built and not kept; anything unexpected in the file, built again.

    The file (:func:`_table_bytes`) holds the table with each field of its record that holds
    patterns (a tuple, list or dict) apart, after it: reading the file decodes the record and
    the places of its fields only, and a field is decoded from the map of the file when first
    read (:func:`_thaw_field`).  Every language's table is 13 MB of programs of which an
    English text reads one field: decoded whole, it was 7-11 ms of a refresh of one file."""
    digest = _digest(marshal.dumps(key, 2)).hex()
    path = _path(f"table-{name}", TABLE_FORMAT)
    try:
        thawed: T = _thaw(_read_table(path, digest), classes)
        return thawed
    except Exception:  # no file, another key, a damaged file: built again
        pass
    value = build()
    try:
        data = _table_bytes(digest, _freeze(value, classes))
    except (TypeError, ValueError):  # a value of another kind: not kept
        return value
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(tmp, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError:
        import contextlib

        with contextlib.suppress(OSError):
            os.unlink(tmp)
    return value


#: The format of the kept tables' files (part of their names, as :data:`FORMAT`): the length of
#: the head (8 bytes), the head (the key's digest and the frozen table, each field of its record
#: that holds patterns — or of each record of a tuple of them — given as its place after the
#: head), then those fields one after another.  ("v3" kept a tuple of records whole: its file
#: read by this version would give fields it cannot place, hence the new name.)
TABLE_FORMAT = "v4"


def _table_bytes(digest: str, frozen: Any) -> bytes:
    """A kept table's file: ``frozen`` (:func:`_freeze`) with the fields of its record that
    may hold patterns written apart, after the head, each as its own marshal value."""
    apart: list[bytes] = []
    at = [0]

    def record(rec: Any) -> Any:
        fields = []
        for v in rec[2]:
            if type(v) in (tuple, list, dict):
                blob = marshal.dumps(v)
                fields.append((_APART, at[0], len(blob)))
                apart.append(blob)
                at[0] += len(blob)
            else:
                fields.append(v)
        return (_RECORD, rec[1], tuple(fields))

    return b"".join([head_bytes((digest, _each_record(frozen, record))), *apart])


def _is_record(frozen: Any) -> bool:
    return type(frozen) is tuple and frozen[:1] == (_RECORD,)


def _each_record(frozen: Any, record: Callable[[Any], Any]) -> Any:
    """``frozen`` (:func:`_freeze`) with ``record`` applied to its record, or to each record of
    a tuple of them (``shapes.number_shapes``: a hundred-odd shapes, 1 MB of programs that a scan
    reads a few of); any other value as it is."""
    if _is_record(frozen):
        return record(frozen)
    if type(frozen) is tuple and frozen[:1] == (_TUPLE,):
        return (_TUPLE, *(record(v) if _is_record(v) else v for v in frozen[1:]))
    return frozen


def _read_table(path: str, digest: str) -> Any:
    """The frozen table the file ``path`` keeps under ``digest``, its fields kept apart given
    as (:data:`_APART`, the map of the file, where the field starts, its length); ValueError
    when the file keeps another key, OSError or others when it cannot be read."""
    view = map_file(path)  # (kept open by the fields)
    stored, base = read_head(view)
    if type(stored) is not tuple or len(stored) != 2 or stored[0] != digest:
        view.close()
        raise ValueError("another key")
    frozen = stored[1]

    def record(rec: Any) -> Any:
        fields = tuple(
            (_APART, view, base + v[1], v[2]) if type(v) is tuple and v[:1] == (_APART,) else v
            for v in rec[2]
        )
        return (_RECORD, rec[1], fields)

    return _each_record(frozen, record)


# the marks of what a kept table holds besides plain values (a tuple of the table is kept as a
# tuple that opens with _TUPLE: a tuple that opens with a mark is always one of these)
_PATTERN, _RECORD, _TUPLE = "\x00p", "\x00r", "\x00t"
#: … and a field of a kept table's record decoded from the file when first read (:func:`kept`)
_APART = "\x00a"


def _slots(cls: type) -> list[str]:
    return [s for c in reversed(cls.__mro__) for s in getattr(c, "__slots__", ())]


def _freeze(value: Any, classes: tuple[type, ...]) -> Any:
    """``value`` in a form marshal keeps (TypeError: not a rule table's kind of value)."""
    if value is None or type(value) in (str, int, float, bool):
        return value
    if isinstance(value, re.Pattern):
        if type(value.pattern) is not str:
            raise TypeError("a pattern of bytes")
        # the program of the pattern as it is (its flags with those written inside it): the
        # same program as it was compiled with
        return (_PATTERN, value.pattern, _known_program(value.pattern, value.flags))
    if type(value) is tuple:
        return (_TUPLE, *(_freeze(v, classes) for v in value))
    if type(value) is list:
        return [_freeze(v, classes) for v in value]
    if type(value) is frozenset and all(type(v) in (str, int) for v in value):
        return value
    if type(value) is dict and all(type(k) in (str, int) for k in value):
        return {k: _freeze(v, classes) for k, v in value.items()}
    if type(value) in classes:
        fields = tuple(_freeze(getattr(value, s), classes) for s in _slots(type(value)))
        return (_RECORD, classes.index(type(value)), fields)
    raise TypeError(f"{type(value).__name__} is not kept")


def _known_program(pattern: str, flags: int) -> _Entry:
    """The program of the compiled pattern ``pattern`` of final flags ``flags``: the one
    :func:`compile` kept for it, or made again."""
    key = _keys.get((pattern, flags))
    kept = _cache.get(key) if key is not None and _cache is not None else None
    if kept is not None:
        entry: _Entry = marshal.loads(kept)
        if entry[0] == flags:
            return entry
    return _program(pattern, flags)


def _thaw(value: Any, classes: tuple[type, ...]) -> Any:
    if type(value) is tuple:
        mark = value[0]
        if mark == _PATTERN:
            return _build(value[1], value[2])
        if mark == _TUPLE:
            return tuple(_thaw(v, classes) for v in value[1:])
        if mark == _APART:
            _, view, start, length = value
            return _thaw(marshal.loads(view[start : start + length]), classes)
        if mark == _RECORD:
            cls = classes[value[1]]
            obj: Any = object.__new__(cls)
            pending: dict[str, Any] = {}
            for field, v in zip(_slots(cls), value[2], strict=True):
                if type(v) in (tuple, list, dict):  # patterns, or what may hold them: when first read
                    pending[field] = v
                else:
                    object.__setattr__(obj, field, _thaw(v, classes))  # a Frozen record's too
            if pending:
                if "__getattr__" not in vars(cls):
                    cls.__getattr__ = _thaw_field  # type: ignore[attr-defined]  # only for a field not set yet
                _PENDING[id(obj)] = (obj, pending, classes)
            return obj
        raise ValueError("not a kept table")
    if type(value) is list:
        return [_thaw(v, classes) for v in value]
    if type(value) is dict:
        return {k: _thaw(v, classes) for k, v in value.items()}
    return value


#: The fields of the records of kept tables not built yet: ``id`` of the record → (the record,
#: field → its kept value, the table's classes).  A language's table holds two hundred-odd
#: patterns and a text reads about forty of them: each field is built when first read
#: (:func:`_thaw_field`), and a refresh of one changed file builds the few it uses only.
_PENDING: dict[int, tuple[Any, dict[str, Any], tuple[type, ...]]] = {}


def _thaw_field(obj: Any, name: str) -> Any:
    """``__getattr__`` of the classes of kept records: a field not built yet (its slot not set),
    built from its kept value and set; AttributeError for any other name, as before.  Without
    a lock: two threads reading a field first may both build it (equal patterns), and one that
    comes after the other has set it finds it set."""
    got = _PENDING.get(id(obj))
    kept = _NOT_KEPT if got is None or got[0] is not obj else got[1].get(name, _NOT_KEPT)
    if got is None or kept is _NOT_KEPT:  # not a kept field, or set by another thread meanwhile
        return object.__getattribute__(obj, name)  # AttributeError when no such field is set
    value = _thaw(kept, got[2])
    object.__setattr__(obj, name, value)
    got[1].pop(name, None)
    if not got[1]:
        _PENDING.pop(id(obj), None)
    return value


_NOT_KEPT = object()


def _build(pattern: str, entry: _Entry) -> re.Pattern[str]:
    final_flags, code, groups, groupindex, indexgroup = entry
    compiled: re.Pattern[str] = _sre.compile(
        pattern, final_flags, program_codes(code), groups, groupindex, indexgroup
    )
    return compiled


def program_codes(code: bytes | memoryview) -> list[int]:
    """The codes of a kept program (``array("I", …).tobytes()``, :func:`_program`) as the list
    ``_sre.compile`` takes.  Copied into an array first, whose ``tolist`` makes each number
    straight from its code: a view's ``tolist`` (``memoryview.cast``) reads each code through
    the struct module's format, about a quarter more instructions a code (an engine's start
    builds 700,000-odd codes for one English text: 11 M instructions, 2 % of a refresh of
    one changed file), for a copy of 2 MB that lives no longer than the list.  ValueError for
    bytes that are no whole number of codes."""
    codes = _array("I")
    codes.frombytes(code)  # (a view of the kept file too: ``array("I", view)`` takes it byte by byte)
    return codes.tolist()
