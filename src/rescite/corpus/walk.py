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
from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path

#: Suffixes of the files taken from a folder (files named explicitly are always taken).
SUFFIXES = frozenset({".txt", ".text", ".html", ".htm", ".pdf", ".docx"})


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


@dataclass(frozen=True, slots=True)
class Note:
    """A file or folder the walk did not take, and why (one line, no trailing period)."""

    path: str
    reason: str

    def line(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(slots=True)
class Walk:
    """The corpus files, sorted by path: (absolute path, path relative to its root, size,
    mtime in ns); and the notes about what was skipped."""

    files: list[tuple[str, str, int, int]] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)


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


def discover(roots: Sequence[Path]) -> list[tuple[str, str]]:
    """(absolute path, path relative to its root) of every corpus file, sorted by path.

    Folders are walked recursively; hidden files and folders are skipped; only files with
    a suffix in :data:`SUFFIXES` are taken from folders.  A root that does not exist
    raises :class:`FileNotFoundError`.
    """
    return [(path, rel) for path, rel, _, _ in scan(roots)]


def scan(roots: Sequence[Path], notes: list[Note] | None = None) -> list[tuple[str, str, int, int]]:
    """(absolute path, relative path, size, mtime in ns) of every corpus file, sorted by
    path; what was skipped is added to ``notes`` when given."""
    found = walk(roots)
    if notes is not None:
        notes.extend(found.notes)
    return found.files


def walk(roots: Sequence[Path]) -> Walk:
    """The corpus files under ``roots`` and the notes about the rest (see the module).

    A root that does not exist raises :class:`FileNotFoundError`; a root that is a FIFO,
    device or socket is a note.
    """
    out = Walk()
    files: dict[str, tuple[str, str, int, int]] = {}
    seen_files: set[tuple[int, int]] = set()
    seen_dirs: set[tuple[int, int]] = set()
    for root in roots:
        root = Path(root)
        try:
            st = os.stat(root)
        except FileNotFoundError:
            if os.path.islink(root):
                out.notes.append(Note(str(root), "a link that leads nowhere (skipped)"))
                continue
            raise FileNotFoundError(f"{root}: no such file or folder") from None
        except OSError as exc:
            out.notes.append(Note(str(root), f"cannot be read ({exc.strerror or exc})"))
            continue
        if stat.S_ISDIR(st.st_mode):
            base = str(root.resolve())
            _walk_folder(base, len(base) + 1, st, files, seen_files, seen_dirs, out.notes)
            continue
        kind = special_kind(st.st_mode)
        if kind:
            out.notes.append(Note(str(root), f"{kind}, not a file (skipped)"))
            continue
        if (st.st_dev, st.st_ino) in seen_files:
            continue
        seen_files.add((st.st_dev, st.st_ino))
        absolute = str(root.resolve())
        files.setdefault(absolute, (absolute, root.name, st.st_size, st.st_mtime_ns))
    out.files = [files[k] for k in sorted(files)]
    return out


def _walk_folder(
    folder: str,
    cut: int,
    folder_stat: os.stat_result,
    found: dict[str, tuple[str, str, int, int]],
    seen_files: set[tuple[int, int]],
    seen_dirs: set[tuple[int, int]],
    notes: list[Note],
) -> None:
    # every command walks the corpus to notice changes: keep the loop lean (the suffix is
    # tested before any other call, a directory entry's type is cached by scandir); an
    # explicit stack, not recursion: a deep tree cannot overflow Python's stack
    stack = [(folder, folder_stat)]
    while stack:
        folder, st = stack.pop()
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs:
            continue  # a link loop, or a second link to a folder already walked
        seen_dirs.add(key)
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=_NAME)
        except OSError as exc:
            notes.append(Note(folder, f"folder cannot be read ({exc.strerror or exc}; skipped)"))
            continue
        subfolders = []
        for entry in entries:
            name = entry.name
            if name[:1] == ".":
                continue
            dot = name.rfind(".")
            wanted = dot > 0 and name[dot:] in _SUFFIX_CASES
            try:
                if wanted and entry.is_file():
                    est = entry.stat()
                    key = (est.st_dev, est.st_ino)
                    if key in seen_files:
                        continue  # the same file by another name (a link)
                    seen_files.add(key)
                    path = entry.path
                    found.setdefault(path, (path, path[cut:], est.st_size, est.st_mtime_ns))
                elif entry.is_dir():
                    subfolders.append((entry.path, entry.stat()))
                elif wanted:
                    _note_other(entry, notes)
            except OSError as exc:
                notes.append(Note(entry.path, f"cannot be read ({exc.strerror or exc}; skipped)"))
        stack.extend(reversed(subfolders))


def _note_other(entry: os.DirEntry[str], notes: list[Note]) -> None:
    """A name with a corpus suffix that is not a regular file: say what it is."""
    try:
        st = entry.stat()
    except FileNotFoundError:
        notes.append(Note(entry.path, "a link that leads nowhere (skipped)"))
        return
    kind = special_kind(st.st_mode) or "not a regular file"
    notes.append(Note(entry.path, f"{kind}, not a file (skipped)"))
