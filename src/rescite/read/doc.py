"""Word 97–2003 (.doc) → the text a UN text file would hold, and its layout.

A ``.doc`` file is a compound file (OLE2; read with ``olefile``) whose ``WordDocument``
stream holds the characters of every story of the document — the body, then the footnotes,
the headers and footers, the comments, the endnotes and the text boxes — in the order the
piece table lists them ([MS-DOC] 2.4.1: the ``Clx`` in the ``0Table`` or ``1Table``
stream).  A piece is either 8-bit (Windows-1252) or UTF-16.  The text is laid out as the
Word (``.docx``) reader lays out its own: the header and footer lines first (each once,
page numbers left out), then the body's paragraphs, a table row as one line with its cells
apart by `` | ``, footnote and endnote references as numbers (one sequence) and the notes
after a ``_______________`` line at the end.  Fields are read by their shown result (a
hyperlink's text, not its address).  List numbers that Word draws from the list formatting
are not in the text stream and are not read.
"""

from __future__ import annotations

import io
import re
import struct

from ..models import Document
from .docx import SPACES, LaidOut, NoteKind, whole_symbols
from .errors import UnreadableInput
from .limits import Limits

_WORD_97 = 0x00C1  # nFib of Word 97; older files (Word 6 and 95) keep their text otherwise
_U16 = struct.Struct("<H")
_U32 = struct.Struct("<I")

# the characters Word keeps in the text stream for what is not text
_PARAGRAPH, _CELL, _NOTE_REF = "\r", "\x07", "\x02"
_FIELD_BEGIN, _FIELD_SEPARATOR, _FIELD_END = "\x13", "\x14", "\x15"
#: Marks of the text stream, as the page shows them: a line break and a page, column or
#: section break end a line; a non-breaking hyphen is a hyphen, an optional one a soft hyphen;
#: objects, pictures, annotation marks and note separators are not text.
_MARKS = str.maketrans(
    {
        "\x0b": "\n",
        "\x0c": "\n",
        "\x0e": "\n",
        "\x1e": "-",
        "\x1f": "\u00ad",
        "\x01": None,
        "\x03": None,
        "\x04": None,
        "\x05": None,
        "\x08": None,
    }
)
_FIELD_MARK = re.compile("([\x13\x14\x15])")
_OTHER_CONTROLS = re.compile(r"[\x00\x06\x0f-\x1d]")


def read_doc(data: bytes, name: str, limits: Limits) -> Document:
    """The text of a Word 97–2003 file's bytes."""
    try:
        import olefile  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - a dependency of rescite
        raise UnreadableInput(f"{name}: Word 97-2003 files need olefile (pip install olefile)") from None
    warnings: list[str] = []
    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception:  # olefile raises several kinds of error on a damaged file
        raise UnreadableInput(f"{name}: cannot read Word 97-2003 document (damaged compound file)") from None
    try:
        if not ole.exists("WordDocument"):
            raise UnreadableInput(f"{name}: a compound file (OLE2), not a Word document")
        stories, properties = _stories(ole, name, limits, warnings)
    except UnreadableInput:
        raise
    except Exception as exc:  # a stream cut short, a table that points outside its stream
        raise UnreadableInput(f"{name}: cannot read Word 97-2003 document ({type(exc).__name__})") from None
    finally:
        ole.close()
    doc = _document(name, stories, properties)
    doc.warnings.extend(warnings)
    return doc


def _stream(ole: object, path: str, name: str, limits: Limits) -> bytes:
    size = ole.get_size(path)  # type: ignore[attr-defined]
    if size > limits.max_part:
        raise UnreadableInput(
            f"{name}: Word 97-2003 stream {path} of {size} bytes is larger than the part limit "
            "(RESCITE_MAX_PART); not read"
        )
    data: bytes = ole.openstream(path).read()  # type: ignore[attr-defined]
    return data


def _stories(ole: object, name: str, limits: Limits, warnings: list[str]) -> tuple[dict[str, str], list[str]]:
    """The document's stories by name (``text``, ``footnotes``, ``headers``, ``endnotes``,
    ``boxes``) as Word stores them, and the symbols its properties hold as a whole value."""
    wd = _stream(ole, "WordDocument", name, limits)
    if len(wd) < 0x200 or _U16.unpack_from(wd, 0)[0] != 0xA5EC:
        raise UnreadableInput(f"{name}: a compound file (OLE2), not a Word document")
    if _U16.unpack_from(wd, 2)[0] < _WORD_97:
        raise UnreadableInput(f"{name}: a Word 6 or Word 95 document (older than Word 97); not read")
    flags = _U16.unpack_from(wd, 0x0A)[0]
    if flags & 0x0100:
        raise UnreadableInput(f"{name}: encrypted Word document; not read")
    # the FIB: a fixed part, then counted arrays of 16-bit, 32-bit and (fc, lcb) values
    pos = 32
    pos += 2 + 2 * _U16.unpack_from(wd, pos)[0]
    longs = pos + 2
    pos = longs + 4 * _U16.unpack_from(wd, pos)[0]
    pairs = pos + 2
    counts = [_U32.unpack_from(wd, longs + off)[0] for off in (12, 16, 20, 28, 32, 36, 40)]
    fc_clx, lcb_clx = _U32.unpack_from(wd, pairs + 33 * 8)[0], _U32.unpack_from(wd, pairs + 33 * 8 + 4)[0]
    table = _stream(ole, "1Table" if flags & 0x0200 else "0Table", name, limits)
    text = _piece_text(wd, table[fc_clx : fc_clx + lcb_clx], name, limits.max_file)
    if len(text) >= limits.max_file:
        warnings.append(
            f"{name}: text longer than the limit ({limits.max_file} characters; RESCITE_MAX_FILE); "
            "read up to it"
        )
    stories: dict[str, str] = {}
    at = 0
    for key, count in zip(_STORIES, counts, strict=True):
        stories[key] = text[at : at + count]
        at += count
    return stories, _property_symbols(ole)


#: The stories of the text stream, in order, as the FIB counts their characters.
_STORIES = ("text", "footnotes", "headers", "comments", "endnotes", "boxes", "header boxes")


def _piece_text(wd: bytes, clx: bytes, name: str, most: int) -> str:
    """The characters of the text stream in the order of the piece table ``clx``, at most
    ``most`` (pieces may point to the same bytes again and again)."""
    i = 0
    while i < len(clx) and clx[i] == 1:  # formatting of pieces (Prc): not text
        i += 3 + struct.unpack_from("<h", clx, i + 1)[0]
    if i + 5 > len(clx) or clx[i] != 2:
        raise UnreadableInput(f"{name}: cannot read Word 97-2003 document (no piece table)")
    lcb = _U32.unpack_from(clx, i + 1)[0]
    plc = clx[i + 5 : i + 5 + lcb]
    n = (len(plc) - 4) // 12
    cps = [_U32.unpack_from(plc, 4 * k)[0] for k in range(n + 1)]
    out: list[str] = []
    total = 0
    for k in range(n):
        fc = _U32.unpack_from(plc, 4 * (n + 1) + 8 * k + 2)[0]
        count = min(max(0, cps[k + 1] - cps[k]), most - total)
        if count <= 0:
            break
        total += count
        if fc & 0x40000000:  # 8-bit characters, at half the offset
            start = (fc & 0x3FFFFFFF) // 2
            out.append(wd[start : start + count].decode("cp1252", errors="replace"))
        else:
            start = fc & 0x3FFFFFFF
            out.append(wd[start : start + 2 * count].decode("utf-16-le", errors="replace"))
    return "".join(out)


def _property_symbols(ole: object) -> list[str]:
    """The document symbols the file's summary properties hold as a whole value (title,
    subject, or one of the keywords), in that order."""
    try:
        meta = ole.get_metadata()  # type: ignore[attr-defined]
    except Exception:  # damaged or missing properties: none
        return []
    values = (meta.title, meta.subject, meta.keywords)
    return whole_symbols(
        v.decode("cp1252", errors="replace") if isinstance(v, bytes) else str(v) for v in values if v
    )


def _shown(story: str) -> str:
    """A story as the page shows it: a field by its result (its instruction left out, nested
    fields too), the marks of the stream as text (see :data:`_MARKS`), other controls gone."""
    if _FIELD_BEGIN in story:
        out: list[str] = []
        instruction: list[bool] = []  # one per open field: still in its instruction?
        hidden = 0  # how many of them are (a character is shown when none is)
        for part in _FIELD_MARK.split(story):
            if part == _FIELD_BEGIN:
                instruction.append(True)
                hidden += 1
            elif part == _FIELD_SEPARATOR:
                if instruction and instruction[-1]:
                    instruction[-1] = False
                    hidden -= 1
            elif part == _FIELD_END:
                if instruction and instruction.pop():
                    hidden -= 1
            elif not hidden:
                out.append(part)
        story = "".join(out)
    return _OTHER_CONTROLS.sub("", story.translate(_MARKS))


def _paragraphs(story: str) -> list[str]:
    """The paragraphs of a story; a table row as one line, its cells apart by " | "."""
    out: list[str] = []
    for para in story.split(_PARAGRAPH):
        # each cell ends with a cell mark and each row with one more, and no paragraph mark
        # stands between rows: a row is a line, its cells apart by " | " (empty ones left out)
        rows = para.split(_CELL + _CELL) if _CELL in para else [para]
        for row in rows:
            if _CELL in row:
                row = " | ".join(c.strip() for c in row.split(_CELL) if c.strip())
            for line in row.split("\n"):
                line = SPACES.sub(" ", line).strip()
                if line:
                    out.append(line)
    return out


def _notes(story: str, kind: NoteKind) -> list[tuple[NoteKind, str]]:
    """The notes of a footnote or endnote story: each begins with its reference mark."""
    parts = story.split(_NOTE_REF)
    return [(kind, " ".join(" ".join(_paragraphs(_shown(p))).split())) for p in parts[1:]]


def _document(name: str, stories: dict[str, str], properties: list[str]) -> Document:
    out = LaidOut()
    body = _paragraphs(_shown(stories.get("text", "")))
    out.margins(
        ((line, "header") for line in _paragraphs(_shown(stories.get("headers", "")))), properties, body
    )
    # footnote and endnote references, numbered in the order they stand in the body
    notes = _notes(stories.get("footnotes", ""), "footnote")
    endnotes = _notes(stories.get("endnotes", ""), "endnote")
    seen = {"footnote": 0, "endnote": 0}
    shown: list[tuple[NoteKind, str]] = []
    all_notes = {"footnote": notes, "endnote": endnotes}

    def number(m: re.Match[str]) -> str:
        # a reference is a footnote's while footnotes are left, then an endnote's
        kind: NoteKind = "footnote" if seen["footnote"] < len(notes) else "endnote"
        if seen[kind] >= len(all_notes[kind]):
            return ""
        shown.append((kind, all_notes[kind][seen[kind]][1]))
        seen[kind] += 1
        return str(len(shown))

    for i, para in enumerate(body):
        if i:
            out.put("\n\n")
        out.put(re.sub(_NOTE_REF, number, para))
    out.notes(shown)
    return out.document(name, "doc", [])
