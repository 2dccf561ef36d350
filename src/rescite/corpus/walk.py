"""Finding the corpus files on disk: the one walk every command shares.

The file system as it is: names that are not UTF-8 are kept exactly (Python's
``surrogateescape`` strings, which the ``os`` functions take back byte for byte); each
real file is taken once however many links lead to it, and each folder walked once, so a
link loop ends (both by ``(st_dev, st_ino)``); FIFOs, devices and sockets are never
opened (reading ``/dev/zero`` or a FIFO would never end); a folder that cannot be read
and a link that leads nowhere are reported.  The reports are :class:`Note` s, for the
caller to show (escaped: a file name may hold any byte).
"""

from __future__ import annotations

import os
import stat
from itertools import compress, repeat
from operator import attrgetter, itemgetter, not_, or_
from stat import S_ISREG

TYPE_CHECKING = False  # as typing's, without importing typing: every query walks the corpus first
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

#: Suffixes of the files taken from a folder (files named explicitly are always taken).
SUFFIXES = frozenset({".txt", ".text", ".html", ".htm", ".pdf", ".docx", ".docm", ".doc"})


def _cases(word: str) -> set[str]:
    """``word`` in every mix of upper and lower case (".txt", ".TXT", ".Txt" …)."""
    out = {""}
    for ch in word:
        out = {w + c for w in out for c in {ch.lower(), ch.upper()}}
    return out


_NAME = attrgetter("name")

#: Every suffix in every case: one set lookup per name, no lower-casing (the walk runs
#: before every query).
_SUFFIX_CASES = frozenset(w for s in SUFFIXES for w in _cases(s))


class Note:
    """A file or folder the walk did not take, and why (one line, no trailing period)."""

    __slots__ = ("path", "reason")

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Note) and (self.path, self.reason) == (other.path, other.reason)

    def __hash__(self) -> int:
        return hash((self.path, self.reason))

    def __repr__(self) -> str:
        return f"Note(path={self.path!r}, reason={self.reason!r})"

    def line(self) -> str:
        return f"{self.path}: {self.reason}"


#: The files of one folder as the walk found them, in the folder's order: (folder, where
#: the relative path starts, names, sizes, mtimes in ns).  Files named explicitly are a
#: group of their own, folder ``None``, names ``absolute path\x00relative path``.
Group = tuple["str | None", int, list[str], list[int], list[int]]


class Walk:
    """The corpus files, sorted by path: (absolute path, path relative to its root, size,
    mtime in ns); and the notes about what was skipped.  ``groups`` are the same files
    folder by folder, as found (:func:`fingerprint` hashes them without building tuples)."""

    __slots__ = ("_files", "_folders", "groups", "notes", "stamps")

    def __init__(self, groups: list[Group] | None = None, notes: list[Note] | None = None) -> None:
        self.groups: list[Group] = [] if groups is None else groups
        self.notes: list[Note] = [] if notes is None else notes
        self._files: list[tuple[str, str, int, int]] | None = None
        self._folders: dict[str, str] | None = None
        #: fingerprints made of this listing, by salt (``corpus.fresh.stamp``: the check before a
        #: query and the refresh after it hash one listing once)
        self.stamps: dict[str, str] = {}

    @property
    def files(self) -> list[tuple[str, str, int, int]]:
        if self._files is None:
            self._files = _files_of(self.groups)
        return self._files

    def count(self) -> int:
        """How many files (``len(files)``, without making them)."""
        return sum(len(g[2]) for g in self.groups) if self._files is None else len(self._files)

    def files_in(self, folders: set[str]) -> list[tuple[str, str, int, int]]:
        """The files whose folder is one of ``folders``, sorted by path (a refresh looks at the
        folders that changed only)."""
        dirname = os.path.dirname
        return _files_of(
            [g for g in self.groups if g[0] in folders]
            + [
                _only(g, [dirname(n.partition("\x00")[0]) in folders for n in g[2]])
                for g in self.groups
                if g[0] is None
            ]
        )

    def folders(self) -> dict[str, str]:
        """A fingerprint of each folder's files (names, relative paths, sizes, times): a
        refresh reads the documents of the folders whose fingerprint changed only.  Made once
        (the listing is not changed after the walk): the check before a query hashes them
        (:func:`fingerprint`), and the refresh that follows a change compares them."""
        if self._folders is None:
            self._folders = self._make_folders()
        return self._folders

    def _make_folders(self) -> dict[str, str]:
        from array import array

        blake2b = blake2b_type()
        out: dict[str, str] = {}
        for folder, cut, names, sizes, mtimes in self.groups:
            if folder is None:  # files named explicitly: each with its folder
                by: dict[str, list[int]] = {}
                for i, entry in enumerate(names):
                    by.setdefault(os.path.dirname(entry.partition("\x00")[0]), []).append(i)
                parts = [
                    (d, [names[i] for i in ix], [sizes[i] for i in ix], [mtimes[i] for i in ix])
                    for d, ix in by.items()
                ]
            else:
                parts = [(folder, names, sizes, mtimes)]
            for d, n, sz, mt in parts:
                h = blake2b(f"{cut}\x00{len(n)}\x00".encode(), digest_size=16)
                h.update("\x00".join(n).encode("utf-8", "surrogateescape"))
                h.update(array("q", sz).tobytes())
                h.update(array("q", mt).tobytes())
                fp = str(h.hexdigest())
                out[d] = (
                    str(blake2b(f"{out[d]}{fp}".encode(), digest_size=16).hexdigest()) if d in out else fp
                )
        return out


def _only(group: Group, keep: list[bool]) -> Group:
    folder, cut, names, sizes, mtimes = group
    pick = [i for i, k in enumerate(keep) if k]
    return (folder, cut, [names[i] for i in pick], [sizes[i] for i in pick], [mtimes[i] for i in pick])


def blake2b_type() -> Any:
    try:
        from _blake2 import blake2b  # hashlib's own, without loading OpenSSL
    except ImportError:  # pragma: no cover - another Python
        from hashlib import blake2b
    return blake2b


def special_kind(mode: int) -> str | None:
    """``"FIFO"``, ``"device"``, ``"socket"`` … for a file that is not regular and not a
    folder (never to be opened), else None."""
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def discover(roots: Sequence[str | os.PathLike[str]]) -> list[tuple[str, str]]:
    """(absolute path, path relative to its root) of every corpus file, sorted by path.

    Folders are walked recursively; hidden files and folders are skipped; only files with
    a suffix in :data:`SUFFIXES` are taken from folders.  A root that does not exist
    raises :class:`FileNotFoundError`.
    """
    return [(path, rel) for path, rel, _, _ in scan(roots)]


def scan(
    roots: Sequence[str | os.PathLike[str]], notes: list[Note] | None = None
) -> list[tuple[str, str, int, int]]:
    """(absolute path, relative path, size, mtime in ns) of every corpus file, sorted by
    path; what was skipped is added to ``notes`` when given."""
    found = walk(roots)
    if notes is not None:
        notes.extend(found.notes)
    return found.files


def fingerprint(found: Walk, salt: str = "") -> str:
    """A fingerprint of the corpus as listed (names, relative paths, sizes, times): the
    no-change check before every query.  The folders' fingerprints (:meth:`Walk.folders`,
    each folder's lists hashed as they are: C joins and arrays, about a millisecond for
    10,000 files) hashed with their folders' names, in the walk's order: a refresh after a
    change compares the same folders' fingerprints, made once."""
    h = blake2b_type()(salt.encode("utf-8", "surrogateescape"), digest_size=16)
    for folder, digest in found.folders().items():
        h.update(f"\x00\x01{folder}\x00{digest}".encode("utf-8", "surrogateescape"))
    return str(h.hexdigest())


def _files_of(groups: list[Group]) -> list[tuple[str, str, int, int]]:
    files: dict[str, tuple[str, str, int, int]] = {}
    join = os.path.join
    for folder, cut, names, sizes, mtimes in groups:
        if folder is None:
            for name, size, mtime in zip(names, sizes, mtimes, strict=True):
                path, _, rel = name.partition("\x00")
                files.setdefault(path, (path, rel, size, mtime))
            continue
        for name, size, mtime in zip(names, sizes, mtimes, strict=True):
            path = join(folder, name)
            files.setdefault(path, (path, path[cut:], size, mtime))
    return [files[k] for k in sorted(files)]


def walk(roots: Sequence[str | os.PathLike[str]]) -> Walk:
    """The corpus files under ``roots`` and the notes about the rest (see the module).

    A root that does not exist raises :class:`FileNotFoundError`; a root that is a FIFO,
    device or socket is a note.
    """
    out = Walk()
    seen_files: set[tuple[int, int]] = set()
    seen_dirs: set[tuple[int, int]] = set()
    given: list[tuple[str, os.stat_result]] = []
    for root in roots:
        name = str(root)
        try:
            given.append((name, os.stat(root)))
        except FileNotFoundError:
            if os.path.islink(root):
                out.notes.append(Note(name, "a link that leads nowhere (skipped)"))
                continue
            raise FileNotFoundError(f"{name}: no such file or folder") from None
        except OSError as exc:
            out.notes.append(Note(name, f"cannot be read ({exc.strerror or exc})"))
    # a file reached by one name only (one link, not a symbolic link) cannot be met twice
    # in folders each walked once, unless files are also named explicitly
    every_file = any(not stat.S_ISDIR(st.st_mode) for _, st in given)
    explicit: Group = (None, 0, [], [], [])
    for name, st in given:
        if stat.S_ISDIR(st.st_mode):
            base = os.path.realpath(name)
            _walk_folder(base, len(base) + 1, st, out.groups, seen_files, seen_dirs, out.notes, every_file)
            continue
        kind = special_kind(st.st_mode)
        if kind:
            out.notes.append(Note(name, f"{kind}, not a file (skipped)"))
            continue
        if (st.st_dev, st.st_ino) in seen_files:
            continue
        seen_files.add((st.st_dev, st.st_ino))
        explicit[2].append(f"{os.path.realpath(name)}\x00{os.path.basename(name)}")
        explicit[3].append(st.st_size)
        explicit[4].append(st.st_mtime_ns)
    if explicit[2]:
        out.groups.append(explicit)
    return out


def _walk_folder(
    folder: str,
    cut: int,
    folder_stat: os.stat_result,
    groups: list[Group],
    seen_files: set[tuple[int, int]],
    seen_dirs: set[tuple[int, int]],
    notes: list[Note],
    every_file: bool,
) -> None:
    # an explicit stack, not recursion: a deep tree cannot overflow Python's stack
    stack = [(folder, folder_stat)]
    while stack:
        folder, st = stack.pop()
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs:
            continue  # a link loop, or a second link to a folder already walked
        seen_dirs.add(key)
        listed = _list_folder(folder, seen_files, notes, every_file)
        if listed is None:
            continue
        names, sizes, mtimes, subfolders = listed
        if names:
            groups.append((folder, cut, names, sizes, mtimes))
        stack.extend(reversed(subfolders))


def _list_folder(
    folder: str, seen_files: set[tuple[int, int]], notes: list[Note], every_file: bool
) -> tuple[list[str], list[int], list[int], list[tuple[str, os.stat_result]]] | None:
    """One folder's corpus files (names, sizes, times) and its subfolders; None (and a note)
    when it cannot be read."""
    # every command walks the corpus to notice changes: keep the loop lean (the suffix is
    # tested before any other call, a directory entry's type is cached by scandir, a file
    # of one link needs no (device, inode) check)
    suffixes = _SUFFIX_CASES
    join = os.path.join
    try:
        entries, fd = _entries(folder)
    except OSError as exc:
        notes.append(Note(folder, f"folder cannot be read ({exc.strerror or exc}; skipped)"))
        return None
    names: list[str] = []
    sizes: list[int] = []
    mtimes: list[int] = []
    subfolders = []
    try:
        quick = None if every_file else _plain_files(entries)
        if quick is not None:  # the common folder: regular files, one name each, then the rest
            names, sizes, mtimes, entries = quick
        for entry in entries:
            name = entry.name
            if name[:1] == ".":
                continue
            dot = name.rfind(".")
            wanted = dot > 0 and name[dot:] in suffixes
            try:
                if wanted and entry.is_file():
                    est = entry.stat()
                    if every_file or est.st_nlink != 1 or entry.is_symlink():
                        key = (est.st_dev, est.st_ino)
                        if key in seen_files:
                            continue  # the same file by another name (a link)
                        seen_files.add(key)
                    names.append(name)
                    sizes.append(est.st_size)
                    mtimes.append(est.st_mtime_ns)
                elif entry.is_dir():
                    subfolders.append((join(folder, name), entry.stat()))
                elif wanted:
                    _note_other(entry, join(folder, name), notes)
            except OSError as exc:
                notes.append(Note(join(folder, name), f"cannot be read ({exc.strerror or exc}; skipped)"))
    finally:
        if fd is not None:
            os.close(fd)
    return names, sizes, mtimes, subfolders


def relisted(found: Walk, folders: set[str]) -> Walk | None:
    """``found`` with the files of ``folders`` listed again, the others as they were: the walk
    of a corpus in which only files inside those folders were edited, added or removed (a
    watcher knows which, ``corpus.watch``).  None when only a whole walk can tell: a folder
    that ``found`` has no files of, files named explicitly, notes (links, unreadable names),
    a folder that cannot be listed or whose subfolders are not those of the last walk."""
    if found.notes or any(g[0] is None for g in found.groups):
        return None
    at = {g[0]: i for i, g in enumerate(found.groups)}
    if not folders <= at.keys():
        return None
    groups = list(found.groups)
    notes: list[Note] = []
    for folder in folders:
        i = at[folder]
        linked: set[tuple[int, int]] = set()  # files of several names or links: a whole walk
        listed = _list_folder(folder, linked, notes, False)
        if listed is None or notes or linked:
            return None
        names, sizes, mtimes, subfolders = listed
        if any(p not in at for p, _ in subfolders):
            return None  # a new subfolder (or one whose files were not listed): walk it
        groups[i] = (folder, groups[i][1], names, sizes, mtimes)
    return Walk([g for g in groups if g[2]])


_SIZE = attrgetter("st_size")
_MTIME = attrgetter("st_mtime_ns")
_LINKS = attrgetter("st_nlink")
_MODE = attrgetter("st_mode")
_LAST4 = itemgetter(slice(-4, None))
_LAST5 = itemgetter(slice(-5, None))
#: Whether a name's last 4 (5) characters are a corpus suffix (C calls, no Python frame).
_IN_SUFFIXES = _SUFFIX_CASES.__contains__


def _plain_files(
    entries: list[os.DirEntry[str]],
) -> tuple[list[str], list[int], list[int], list[os.DirEntry[str]]] | None:
    """The corpus files of a folder's ``entries`` when each is a regular file with one name
    (no link: nothing to check against the files already seen), with their sizes and
    times, and the entries left for the full loop (folders, other names); None when a file
    needs that loop.  The same lists as the loop, made by C loops (``map``, ``compress``; no
    Python code per entry): the walk runs before every query, and a folder of ten thousand
    files is mostly its ``stat`` calls."""
    names = list(map(_NAME, entries))
    taken = list(map(_IN_SUFFIXES, map(_LAST4, names)))
    if all(taken):  # the common folder: every name has a suffix of four characters
        wanted, rest = entries, []
    else:
        taken = list(map(or_, taken, map(_IN_SUFFIXES, map(_LAST5, names))))
        wanted = list(compress(entries, taken))
        rest = list(compress(entries, map(not_, taken)))
        names = list(compress(names, taken))
    if not wanted or any(map(str.startswith, names, repeat("."))):
        return None  # a hidden name: the loop skips it
    try:
        if any(map(os.DirEntry.is_symlink, wanted)):
            return None  # a link: the loop
        stats = list(map(os.DirEntry.stat, wanted))
    except OSError:
        return None  # the loop notes it
    if not all(map(S_ISREG, map(_MODE, stats))):
        return None  # a folder or odder: the loop
    if max(map(_LINKS, stats)) != 1:
        return None  # a file with several names: the loop takes it once
    return names, list(map(_SIZE, stats)), list(map(_MTIME, stats)), rest


#: A folder is listed through a descriptor where the system allows it: each file's ``stat``
#: then looks up its name in that folder only, not its whole path (a fifth quicker here).
_BY_FD = os.scandir in os.supports_fd and hasattr(os, "O_DIRECTORY")


def _entries(folder: str) -> tuple[list[os.DirEntry[str]], int | None]:
    """The folder's entries in name order (the first of two names of a file is kept), and
    the descriptor their ``stat`` calls use (the caller closes it), or None."""
    if _BY_FD:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            with os.scandir(fd) as it:
                return sorted(it, key=_NAME), fd
        except BaseException:
            os.close(fd)
            raise
    with os.scandir(folder) as it:
        return sorted(it, key=_NAME), None


def _note_other(entry: os.DirEntry[str], path: str, notes: list[Note]) -> None:
    """A name with a corpus suffix that is not a regular file (at ``path``): say what it is."""
    try:
        st = entry.stat()
    except FileNotFoundError:
        notes.append(Note(path, "a link that leads nowhere (skipped)"))
        return
    kind = special_kind(st.st_mode) or "not a regular file"
    notes.append(Note(path, f"{kind}, not a file (skipped)"))
