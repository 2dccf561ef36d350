"""Reading input files: bytes → text, with one clear error per unreadable file.

Text files in UTF-8 (with or without BOM), UTF-16 (with BOM, or BOM-less with a NUL
pattern that gives it away) and Windows-1252 are decoded.  PDF, Word and HTML readers
plug in here later.
"""

from __future__ import annotations

import codecs
import sys
from pathlib import Path


class UnreadableInput(Exception):
    """A file that cannot be read as text; the message is one line for stderr."""


def decode_bytes(data: bytes, name: str = "-") -> str:
    """Decode the bytes of a text file; raise :class:`UnreadableInput` for binary data."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name)
    if len(data) >= 4 and data[1::2].count(0) > len(data) // 4 and data[0::2].count(0) == 0:
        return _strict(data, "utf-16-le", name)
    if len(data) >= 4 and data[0::2].count(0) > len(data) // 4 and data[1::2].count(0) == 0:
        return _strict(data, "utf-16-be", name)
    if b"\x00" in data:
        raise UnreadableInput(f"{name}: binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    if text.count("\ufffd") > max(2, len(text) // 100):
        raise UnreadableInput(f"{name}: cannot decode as UTF-8, UTF-16 or Windows-1252")
    return text


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UnreadableInput(f"{name}: invalid {encoding} at byte {exc.start}") from None


def read_text(path: str) -> str:
    """Read ``path`` (``-`` is standard input) as text."""
    if path == "-":
        return decode_bytes(sys.stdin.buffer.read(), "-")
    p = Path(path)
    try:
        if p.is_dir():
            raise UnreadableInput(f"{path}: is a directory")
        data = p.read_bytes()
    except FileNotFoundError:
        raise UnreadableInput(f"{path}: no such file") from None
    except PermissionError:
        raise UnreadableInput(f"{path}: permission denied") from None
    except OSError as exc:
        raise UnreadableInput(f"{path}: cannot read ({exc.strerror or exc})") from None
    return decode_bytes(data, path)
