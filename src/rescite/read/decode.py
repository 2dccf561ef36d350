"""Bytes → text, honestly: the encoding a file is in, and a warning whenever a byte had to
be replaced or an encoding had to be guessed.

* A byte-order mark decides: UTF-8, UTF-16 and UTF-32, little- and big-endian.
* Without one, UTF-16 and UTF-32 are told apart from binary data by where their NUL bytes
  stand.
* Otherwise the file is UTF-8.  A few invalid bytes in it do not change that: they become
  U+FFFD and a warning names the file, the count and the first byte offset.  Only when
  UTF-8 is clearly wrong (more invalid sequences than valid non-ASCII characters) is a
  legacy encoding taken: the one the file declares in its head (an HTML page's
  ``<meta charset>``, an XML declaration) when the bytes fit it, else a guess among those
  the UN's languages were written in, with ``charset-normalizer``; a warning says which one
  was taken, and how.
"""

from __future__ import annotations

import codecs
import re

from .errors import UnreadableInput

#: Control characters that do not occur in text files (tab, line ends, form feed and
#: vertical tab do).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")

#: BOMs, longest first (the UTF-32 LE mark begins with the UTF-16 LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Legacy encodings of the six official languages, in order of preference on a tie.
_LEGACY = ("cp1252", "cp1251", "koi8_r", "cp1256", "gb18030", "big5")


#: Every byte but the control characters of :data:`_CONTROL` below U+0080.
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if not (b <= 0x08 or 0x0E <= b <= 0x1F or b == 0x7F))


#: How the files of Word for Windows 2.0 and 1.x and of Word for DOS (and Write) begin: not
#: compound files, and not read (binary: they hold NUL bytes)
_OLD_WORD = (b"\xdb\xa5", b"\x9b\xa5", b"\x9c\xa5", b"\x31\xbe\x00\x00", b"\x32\xbe\x00\x00")


def controls(text: str) -> int:
    return len(_CONTROL.findall(text))


def decode(data: bytes, name: str, warnings: list[str]) -> tuple[str, str]:
    """The text of a text file's bytes and the encoding it was read as; warnings are
    appended to ``warnings``.  Binary data raises :class:`UnreadableInput`.

    The BOM is not part of the text.  Line ends are kept as they are."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _lenient(data[len(bom) :], encoding, name, warnings, len(bom)), encoding
    if b"\x00" in data:
        found = _bomless_wide(data)
        if found is None:
            if data.startswith(_OLD_WORD):
                raise UnreadableInput(
                    f"{name}: a Word document older than Word 6 (Word for Windows 1 or 2, Word for DOS); "
                    "not read: save it as .docx"
                )
            raise UnreadableInput(f"{name}: binary file (contains NUL bytes), not text")
        return found
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = _utf8_or_legacy(data, name, warnings)
    else:
        if b"\xc2" not in data and len(data.translate(None, _NOT_CONTROL_BYTES)) <= 2:
            # UTF-8 without C1 controls (encoded "\xc2\x80"–"\xc2\x9f"): the control bytes are
            # the control characters, counted by a C pass that drops every other byte
            return text, encoding
    if controls(text) > max(2, len(text) // 100):
        raise UnreadableInput(f"{name}: binary file (control characters), not text")
    return text, encoding


def _decode_counting(data: bytes, encoding: str) -> tuple[str, int, int]:
    """The text with each invalid sequence replaced by U+FFFD, how many there were and the
    byte offset of the first."""
    try:
        return data.decode(encoding), 0, -1
    except UnicodeDecodeError as exc:
        first = exc.start
    text = data.decode(encoding, errors="replace")
    count = text.count("\ufffd") - data.count("\ufffd".encode(encoding))
    return text, max(count, 1), first


def _lenient(data: bytes, encoding: str, name: str, warnings: list[str], skipped: int = 0) -> str:
    text, count, first = _decode_counting(data, encoding)
    if count:
        warnings.append(
            f"{name}: {count} invalid {encoding.upper()} sequence(s), the first at byte "
            f"{first + skipped}; replaced by U+FFFD"
        )
    return text


def _utf8_or_legacy(data: bytes, name: str, warnings: list[str]) -> tuple[str, str]:
    text, count, first = _decode_counting(data, "utf-8")
    valid_wide = len(text) - len(text.encode("ascii", errors="ignore")) - count
    if valid_wide >= count:
        warnings.append(
            f"{name}: {count} invalid UTF-8 sequence(s), the first at byte {first}; replaced by U+FFFD"
        )
        return text, "utf-8"
    declared = _declared(data)
    if declared is not None:
        warnings.append(f"{name}: not UTF-8; read as {declared} (as the file declares)")
        return data.decode(declared), declared
    encoding = _guess_legacy(data)
    if encoding is None:
        raise UnreadableInput(
            f"{name}: cannot decode (not UTF-8, nor a legacy encoding of the UN's languages)"
        )
    warnings.append(f"{name}: not UTF-8; read as {encoding} (a guess)")
    return data.decode(encoding, errors="replace"), encoding


#: An encoding an HTML page or an XML file declares in its head (``<meta charset="…">``,
#: ``content="text/html; charset=…"``, ``<?xml … encoding="…"?>``).
_DECLARED: list[re.Pattern[bytes]] = []  # compiled when first needed: a UTF-8 file never needs it
_DECLARED_SOURCE = rb"""(?:charset|encoding)[ \t]*=[ \t]*["']?([A-Za-z0-9_.:-]{2,40})"""
#: Labels read as browsers read them (the WHATWG Encoding Standard): a declared Latin-1 is
#: Windows-1252, a declared GB2312 or GBK is GB18030 (each a superset of the other).
_AS_BROWSERS_READ = {"iso-8859-1": "cp1252", "latin1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252"}
_AS_BROWSERS_READ |= {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030"}


def _declared(data: bytes) -> str | None:
    """The legacy encoding the file's head declares, when the whole file decodes with it
    without error; else None (a declaration that does not fit the bytes is not believed)."""
    if not _DECLARED:
        _DECLARED.append(re.compile(_DECLARED_SOURCE, re.IGNORECASE))
    m = _DECLARED[0].search(data, 0, 2048)
    if m is None:
        return None
    label = m.group(1).decode("ascii").lower()
    label = _AS_BROWSERS_READ.get(label, label)
    try:
        encoding = codecs.lookup(label).name
    except LookupError:
        return None
    if encoding in ("utf-8", "utf-16", "utf-32") or encoding.startswith(("utf-16", "utf-32")):
        return None  # not what the bytes are (they failed as UTF-8; a wide one has NULs)
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return encoding


def _guess_legacy(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a dependency; kept working without it
        return "cp1252" if _clean_cp1252(data) else None
    try:
        results = list(from_bytes(data[: 1024 * 1024], cp_isolation=list(_LEGACY)))
    except Exception:  # a guesser's failure is no reason to fail the file
        return "cp1252" if _clean_cp1252(data) else None
    if not results:
        return None
    best = min(results, key=lambda r: (round(r.chaos, 2), _LEGACY.index(r.encoding)))
    return str(best.encoding)


def _clean_cp1252(data: bytes) -> bool:
    return not any(b in data for b in (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d"))


def _bomless_wide(data: bytes) -> tuple[str, str] | None:
    """UTF-32 or UTF-16 without BOM, told apart from binary data by where their NUL bytes
    stand: the high bytes of Latin, Cyrillic, Arabic… characters fall on one position of
    each unit and are frequent (spaces, digits, punctuation); the decoded text must then
    be free of control characters.  Anything else is binary (``None``)."""
    if len(data) % 4 == 0:
        quarter = len(data) // 4
        for encoding, high in (("utf-32-le", (3, 2)), ("utf-32-be", (0, 1))):
            if data[high[0] :: 4].count(0) == quarter and data[high[1] :: 4].count(0) * 2 > quarter:
                found = _try(data, encoding)
                if found is not None:
                    return found, encoding
    if len(data) % 2:
        return None
    odd, even = data[1::2].count(0), data[0::2].count(0)
    if max(odd, even) < 9 * min(odd, even) or 25 * max(odd, even) < len(data) // 2:
        return None
    encoding = "utf-16-le" if odd > even else "utf-16-be"
    found = _try(data, encoding)
    return None if found is None else (found, encoding)


def _try(data: bytes, encoding: str) -> str | None:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return None if controls(text) > len(text) // 100 else text
