"""Finding the corpus files on disk: the one walk every command shares."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

#: Suffixes of the files taken from a folder (files named explicitly are always taken).
SUFFIXES = frozenset({".txt", ".text", ".html", ".htm", ".pdf", ".docx"})


def discover(roots: Sequence[Path]) -> list[tuple[str, str]]:
    """(absolute path, path relative to its root) of every corpus file, sorted by path.

    Folders are walked recursively; hidden files and folders are skipped; only files with
    a suffix in :data:`SUFFIXES` are taken from folders.  A root that does not exist
    raises :class:`FileNotFoundError`.
    """
    return [(path, rel) for path, rel, _, _ in scan(roots)]


def scan(roots: Sequence[Path]) -> list[tuple[str, str, int, int]]:
    """(absolute path, relative path, size, mtime in ns) of every corpus file, sorted by path."""
    found: dict[str, tuple[str, str, int, int]] = {}
    for root in roots:
        root = Path(root)
        if root.is_file():
            absolute = str(root.resolve())
            st = os.stat(absolute)
            found.setdefault(absolute, (absolute, root.name, st.st_size, st.st_mtime_ns))
            continue
        if not root.is_dir():
            raise FileNotFoundError(f"{root}: no such file or folder")
        base = str(root.resolve())
        _walk(base, len(base) + 1, found)
    return [found[k] for k in sorted(found)]


def _walk(folder: str, cut: int, found: dict[str, tuple[str, str, int, int]]) -> None:
    # every command walks the corpus to notice changes: keep the loop lean (the suffix is
    # tested before any other call, a directory entry's type is cached by scandir)
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        name = entry.name
        if name[:1] == ".":
            continue
        try:
            dot = name.rfind(".")
            if dot > 0 and name[dot:].lower() in SUFFIXES and entry.is_file():
                st = entry.stat()
                path = entry.path
                found.setdefault(path, (path, path[cut:], st.st_size, st.st_mtime_ns))
            elif entry.is_dir():
                _walk(entry.path, cut, found)
        except OSError:
            continue
