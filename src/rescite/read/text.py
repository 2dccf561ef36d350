"""Reading input files: bytes → text, with one clear error per unreadable file.

Text files in UTF-8 (with or without BOM), UTF-16 (with BOM, or BOM-less with a NUL
pattern that gives it away) and Windows-1252 are decoded; HTML is read as text (the
normaliser hides its markup, so offsets point into the HTML source).  PDF (with the
optional ``pypdf``) and Word ``.docx`` files are recognised by their content and turned
into text first: for them, offsets point into that text, which ``rescite extract`` and
``rescite show`` quote.
"""

from __future__ import annotations

import codecs
import re
import sys
from pathlib import Path

from .errors import UnreadableInput


def decode_bytes(data: bytes, name: str = "-") -> str:
    """Decode the bytes of a text file; raise :class:`UnreadableInput` for binary data.

    The BOM is not part of the result: offsets into the returned text are what the
    extraction records carry.  Line ends are kept as they are (``\r\n`` stays two
    characters).
    """
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", name, skipped=3)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name)
    if b"\x00" in data:
        utf16 = _bomless_utf16(data)
        if utf16 is None:
            raise UnreadableInput(f"{name}: binary file (contains NUL bytes), not text")
        return utf16
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        if text.count("\ufffd") > max(2, len(text) // 100):
            raise UnreadableInput(f"{name}: cannot decode as UTF-8, UTF-16 or Windows-1252") from None
    if _controls(text) > max(2, len(text) // 100):
        raise UnreadableInput(f"{name}: binary file (control characters), not text")
    return text


#: Control characters that do not occur in text files (tab, line ends, form feed and
#: vertical tab do).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _controls(text: str) -> int:
    return len(_CONTROL.findall(text))


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM, told apart from binary data by where its NUL bytes stand.

    In UTF-16 text the NUL bytes are the high bytes of Latin, Cyrillic, Arabic… characters,
    so nearly all of them fall on one parity (odd offsets for little-endian) and they are
    frequent (spaces, digits, punctuation); the decoded text must then be free of control
    characters.  Anything else is binary (``None``).
    """
    if len(data) % 2:
        return None
    odd, even = data[1::2].count(0), data[0::2].count(0)
    if max(odd, even) < 9 * min(odd, even) or 25 * max(odd, even) < len(data) // 2:
        return None
    try:
        text = data.decode("utf-16-le" if odd > even else "utf-16-be")
    except UnicodeDecodeError:
        return None
    if _controls(text) > len(text) // 100:
        return None
    return text


def _strict(data: bytes, encoding: str, name: str, skipped: int = 0) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UnreadableInput(f"{name}: invalid {encoding} at byte {exc.start + skipped}") from None


def text_of(data: bytes, name: str = "-") -> str:
    """The text of a file's bytes, whatever its format: PDF, Word (.docx) or text."""
    if data.startswith(b"%PDF-"):
        from .office import pdf_text

        return pdf_text(data, name)
    if data.startswith(b"PK\x03\x04"):
        from .office import docx_text

        return docx_text(data, name)
    return decode_bytes(data, name)


def read_text(path: str) -> str:
    """Read ``path`` (``-`` is standard input) as text."""
    if path == "-":
        return text_of(sys.stdin.buffer.read(), "-")
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
    return text_of(data, path)
