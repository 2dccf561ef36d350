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
(which the text stream does not hold) are counted as Word counts them, from the paragraph's
own properties or its style's ([MS-DOC] 2.4.6: the PAPX pages, the style sheet, the list
tables).
"""

from __future__ import annotations

import bisect
import io
import re
import struct
from collections.abc import Iterator

from ..models import Document
from .docx import SPACES, LaidOut, Level, NoteKind, Numbering, paragraph_breaks, whole_symbols
from .errors import UnreadableInput
from .limits import Limits
from .marks import TO_SUPERSCRIPT

_WORD_97 = 0x00C1  # nFib of Word 97; older files (Word 6 and 95) keep their text otherwise
#: The first two bytes of the WordDocument stream: Word 97 and later, and Word 6 and Word 95
#: (whose FIB and text are laid out otherwise: not read)
_IDENT_97, _IDENT_6 = 0xA5EC, 0xA5DC
_OLDER = "a Word 6 or Word 95 document (older than Word 97); not read: save it as .docx or Word 97-2003"
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
    ident = _U16.unpack_from(wd, 0)[0] if len(wd) >= 4 else 0
    if ident == _IDENT_6 or (ident == _IDENT_97 and _U16.unpack_from(wd, 2)[0] < _WORD_97):
        raise UnreadableInput(f"{name}: {_OLDER}")
    if len(wd) < 0x200 or ident != _IDENT_97:
        raise UnreadableInput(f"{name}: a compound file (OLE2), not a Word document")
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
    pieces: list[_Piece] = []
    text = _piece_text(wd, table[fc_clx : fc_clx + lcb_clx], name, limits.max_file, pieces)
    if len(text) >= limits.max_file:
        warnings.append(
            f"{name}: text longer than the limit ({limits.max_file} characters; RESCITE_MAX_FILE); "
            "read up to it"
        )
    try:
        raised, dropped = _char_runs(wd, table, pairs)
        text = _dropped_text(_raised_marks(text, raised, pieces), dropped, pieces)
    except (struct.error, IndexError, ValueError):
        warnings.append(f"{name}: character properties not read (damaged property pages)")
    stories: dict[str, str] = {}
    at = 0
    for key, count in zip(_STORIES, counts, strict=True):
        stories[key] = text[at : at + count].replace(_DROPPED, "")
        at += count
    n_pairs = _U16.unpack_from(wd, pos)[0]
    if n_pairs > 74 and _PARAGRAPH in stories["text"]:
        try:
            stories["text"] = _numbered(stories["text"], _Lists(wd, table, pairs, pieces))
        except (struct.error, IndexError, ValueError):
            warnings.append(f"{name}: list numbers not read (damaged list tables)")
    return stories, _property_symbols(ole)


#: The stories of the text stream, in order, as the FIB counts their characters.
_STORIES = ("text", "footnotes", "headers", "comments", "endnotes", "boxes", "header boxes")


#: A piece of the text stream: its first character's position, its first byte in the
#: ``WordDocument`` stream, and the bytes a character takes there (1 or 2).
_Piece = tuple[int, int, int]


def _piece_text(wd: bytes, clx: bytes, name: str, most: int, pieces: list[_Piece] | None = None) -> str:
    """The characters of the text stream in the order of the piece table ``clx``, at most
    ``most`` (pieces may point to the same bytes again and again); ``pieces`` receives
    where each piece's characters are."""
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
        if fc & 0x40000000:  # 8-bit characters, at half the offset
            start = (fc & 0x3FFFFFFF) // 2
            out.append(wd[start : start + count].decode("cp1252", errors="replace"))
            width = 1
        else:
            start = fc & 0x3FFFFFFF
            out.append(wd[start : start + 2 * count].decode("utf-16-le", errors="replace"))
            width = 2
        if pieces is not None:
            pieces.append((total, start, width))
        total += count
    return "".join(out)


# -- a note's mark typed in superscript -------------------------------------------------------
# A mark typed after a number or a year and set in superscript (or raised by its position)
# rather than a note's reference: superscript digits, as the Word (.docx) reader reads it,
# never digits glued to the number ("75/1" and a raised "3" is "75/1³", not "75/13").
_SPRM_ISS, _SPRM_HPS_POS = 0x2A48, 0x4845  # superscript or subscript; the raised position
_SUPERSCRIPT = 1
_RAISED_DIGITS = re.compile(r"(?<=[\w)])\d{1,3}(?!\d)")


# -- text a tracked change deleted, and hidden text --------------------------------------------
# Characters a tracked change deleted (still in the text stream, marked) and hidden text are not
# on the page: left out, as the Word (.docx) reader leaves out ``w:del`` and ``w:vanish``.  The
# marks of the text stream (cells, notes, fields) stay, so that the stories and fields keep their
# shape; but a paragraph's mark so left out joins the paragraph to the next, as Word shows it.
_SPRM_DELETED, _SPRM_HIDDEN = 0x0800, 0x083C  # sprmCFRMarkDel, sprmCFVanish
_TOGGLE_ON = (1, 0x81)  # on, or the opposite of the style's (off in the usual style)
#: what stands for a character left out until the stories are cut apart (a noncharacter)
_DROPPED = "\ufdd1"


def _char_runs(wd: bytes, table: bytes, pairs: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The byte ranges of the ``WordDocument`` stream whose characters are set in
    superscript or raised, and those a tracked change deleted or that are hidden, from the
    character property pages ([MS-DOC] 2.9.33: ChpxFkp)."""
    raised: list[tuple[int, int]] = []
    dropped: list[tuple[int, int]] = []
    for first, end, page, at in _fkp_runs(wd, _fib_pair(wd, table, pairs, 12), 1):
        if at >= 511:
            continue
        up = gone = False
        for op, arg in _sprms(page[at + 1 : at + 1 + page[at]]):
            if (op == _SPRM_ISS and arg[:1] == bytes([_SUPERSCRIPT])) or (
                op == _SPRM_HPS_POS and len(arg) == 2 and struct.unpack("<h", arg)[0] > 0
            ):
                up = True
            elif op in (_SPRM_DELETED, _SPRM_HIDDEN) and arg[:1] and arg[0] in _TOGGLE_ON:
                gone = True
        if up:
            raised.append((first, end))
        if gone:
            dropped.append((first, end))
    return raised, dropped


def _in_runs(text: str, runs: list[tuple[int, int]], pieces: list[_Piece]) -> Iterator[tuple[int, int]]:
    """The character ranges of ``text`` that the byte ranges ``runs`` cover, piece by piece."""
    ends = [p[0] for p in pieces[1:]] + [len(text)]
    for (cp, start, width), end in zip(pieces, ends, strict=True):
        stop = start + (end - cp) * width
        for lo, hi in runs:
            if hi <= start or lo >= stop:
                continue
            yield cp + (max(lo, start) - start) // width, cp + (min(hi, stop) - start + width - 1) // width


def _dropped_text(text: str, runs: list[tuple[int, int]], pieces: list[_Piece]) -> str:
    """``text`` with the characters of ``runs`` but the text stream's marks as :data:`_DROPPED`."""
    if not runs:
        return text
    chars = list(text)
    for a, b in _in_runs(text, runs, pieces):
        chars[a:b] = [c if c < " " and c != _PARAGRAPH else _DROPPED for c in text[a:b]]
    return "".join(chars)


def _raised_marks(text: str, runs: list[tuple[int, int]], pieces: list[_Piece]) -> str:
    """``text`` with the digits of each raised run that follows a letter, a digit or a bracket
    (a note's mark typed after a number, a year, a word, "(2015)") in superscript digits."""
    if not runs:
        return text
    chars = list(text)
    for a, b in _in_runs(text, runs, pieces):
        m = _RAISED_DIGITS.fullmatch(text, max(a, 0), b) if a > 0 else None
        if m is not None:
            chars[a:b] = text[a:b].translate(TO_SUPERSCRIPT)
    return "".join(chars)


# -- list numbers ---------------------------------------------------------------------------
_SPRM_ILVL, _SPRM_ILFO = 0x260A, 0x460B  # a paragraph's list level, and its list (1-based)
#: Word's number formats (nfc) by the names the .docx numbering gives them
_NFC = {0: "decimal", 1: "upperRoman", 2: "lowerRoman", 3: "upperLetter", 4: "lowerLetter", 23: "bullet"}
_NFC_NONE = 255
_MAX_LISTS = 10_000  # more lists, list overrides or styles than that: the tables are damaged
_MAX_START = 1_000_000


def _fib_pair(wd: bytes, table: bytes, pairs: int, k: int) -> bytes:
    """The part of the table stream the FIB's ``k``-th (fc, lcb) pair points to (``pairs``:
    where the pairs start in the ``WordDocument`` stream)."""
    fc, lcb = struct.unpack_from("<II", wd, pairs + 8 * k)
    return table[fc : fc + lcb] if lcb else b""


def _fkp_runs(wd: bytes, plc: bytes, step: int) -> Iterator[tuple[int, int, bytes, int]]:
    """The runs of the formatted disk pages a ``PlcBte`` (``plc``) points to, each with
    properties: its first byte, its end, its page and its properties' place in the page
    ([MS-DOC] 2.9.33 ChpxFkp, ``step`` 1; 2.9.175 PapxFkp, ``step`` 13: a BxPap's size)."""
    n = (len(plc) - 4) // 8
    for k in range(min(max(n, 0), _MAX_LISTS)):
        pn = _U32.unpack_from(plc, 4 * (n + 1) + 4 * k)[0] & 0x3FFFFF
        page = wd[pn * 512 : pn * 512 + 512]
        if len(page) < 512:
            continue
        crun = page[511]
        fcs = struct.unpack_from(f"<{crun + 1}I", page, 0)
        for i in range(crun):
            at = 2 * page[4 * (crun + 1) + step * i]
            if at:
                yield fcs[i], fcs[i + 1], page, at


def _sprms(grpprl: bytes) -> Iterator[tuple[int, bytes]]:
    """The (opcode, operand) pairs of a list of property modifiers ([MS-DOC] 2.2.5.1)."""
    i = 0
    while i + 2 <= len(grpprl):
        op = _U16.unpack_from(grpprl, i)[0]
        i += 2
        spra = op >> 13
        if spra in (0, 1):
            size = 1
        elif spra in (2, 4, 5):
            size = 2
        elif spra == 3:
            size = 4
        elif spra == 7:
            size = 3
        elif op == 0xD608:  # a table's definition: a 16-bit size
            if i + 2 > len(grpprl):
                return
            size = _U16.unpack_from(grpprl, i)[0] - 1
            i += 2
        else:  # a variable operand: its size first
            if i >= len(grpprl):
                return
            size = grpprl[i]
            i += 1
        if size < 0:
            return
        yield op, grpprl[i : i + size]
        i += size


def _list_of(grpprl: bytes) -> tuple[int | None, int | None]:
    """The list (ilfo) and level a list of property modifiers gives, each None when it gives none."""
    ilfo: int | None = None
    ilvl: int | None = None
    for op, arg in _sprms(grpprl):
        if op == _SPRM_ILFO and len(arg) == 2:
            ilfo = struct.unpack_from("<h", arg)[0]
        elif op == _SPRM_ILVL and len(arg) == 1:
            ilvl = arg[0]
    return ilfo, ilvl


class _Lists:
    """The list numbers of a Word 97 document's paragraphs: each paragraph's list and level
    (its own properties, else its style's, through the styles it is based on), and the lists'
    levels (number format, level text, start)."""

    def __init__(self, wd: bytes, table: bytes, pairs: int, pieces: list[_Piece]) -> None:
        def pair(k: int) -> bytes:
            return _fib_pair(wd, table, pairs, k)

        self.pieces = pieces
        self.starts = [p[0] for p in pieces]
        self.runs = self._papx_runs(wd, pair(13))
        self.run_starts = [r[0] for r in self.runs]
        self.styles = self._styles(pair(1))
        fc, lcb = struct.unpack_from("<II", wd, pairs + 8 * 73)
        self.numbering = Numbering(None, None)
        self.numbering.levels = self._levels(table, fc, lcb, pair(74))

    @staticmethod
    def _papx_runs(wd: bytes, plc: bytes) -> list[tuple[int, int, int, int | None, int | None]]:
        """The paragraph property runs: first byte, end, style, list and level."""
        runs = []
        for first, end, page, at in _fkp_runs(wd, plc, 13):
            cb = page[at]
            papx = page[at + 2 : at + 2 + 2 * page[at + 1]] if cb == 0 else page[at + 1 : at + 2 * cb]
            if len(papx) < 2:
                continue
            istd = _U16.unpack_from(papx, 0)[0]
            runs.append((first, end, istd, *_list_of(papx[2:])))
        runs.sort()
        return runs

    @staticmethod
    def _styles(stsh: bytes) -> dict[int, tuple[int, int | None, int | None]]:
        """The paragraph styles: style → (the style it is based on, list, level)."""
        out: dict[int, tuple[int, int | None, int | None]] = {}
        if len(stsh) < 6:
            return out
        head = _U16.unpack_from(stsh, 0)[0]
        cstd, base_size = struct.unpack_from("<HH", stsh, 2)
        p = 2 + head
        for istd in range(min(cstd, _MAX_LISTS)):
            if p + 2 > len(stsh):
                break
            size = _U16.unpack_from(stsh, p)[0]
            std = stsh[p + 2 : p + 2 + size]
            p += 2 + size
            if size < base_size + 2:
                continue
            kind, base = std[2] & 0x0F, _U16.unpack_from(std, 2)[0] >> 4
            if kind != 1:  # not a paragraph style
                continue
            o = base_size + 2 + 2 * (_U16.unpack_from(std, base_size)[0] + 1)  # after the name
            o += o % 2
            if o + 2 > len(std):
                continue
            upx = _U16.unpack_from(std, o)[0]
            out[istd] = (base, *_list_of(std[o + 4 : o + 2 + upx]))
        return out

    @staticmethod
    def _levels(table: bytes, fc: int, lcb: int, lfo: bytes) -> dict[str, dict[int, Level]]:
        """The levels of each list override (ilfo → level → number format, text, start)."""
        lists: dict[int, dict[int, Level]] = {}
        if lcb >= 2:
            count = min(struct.unpack_from("<h", table, fc)[0], _MAX_LISTS)
            at = fc + 2 + 28 * count  # the levels follow the list table
            for j in range(max(0, count)):
                lsid = struct.unpack_from("<i", table, fc + 2 + 28 * j)[0]
                simple = table[fc + 2 + 28 * j + 26] & 1
                levels: dict[int, Level] = {}
                for ilvl in range(1 if simple else 9):
                    levels[ilvl], at = _level(table, at)
                lists[lsid] = levels
        out: dict[str, dict[int, Level]] = {}
        if len(lfo) < 4:
            return out
        n = min(struct.unpack_from("<i", lfo, 0)[0], _MAX_LISTS)
        data = 4 + 16 * max(0, n)  # the overrides' data follow the overrides
        for i in range(max(0, n)):
            lsid = struct.unpack_from("<i", lfo, 4 + 16 * i)[0]
            levels = dict(lists.get(lsid, {}))
            data += 4  # the position of the first paragraph of the list (cp): not needed
            for _ in range(lfo[4 + 16 * i + 12]):
                start, bits = struct.unpack_from("<iB", lfo, data)
                data += 8
                ilvl = bits & 0x0F
                if bits & 0x20:  # a whole level follows
                    level, data = _level(lfo, data)
                    levels[ilvl] = level
                elif bits & 0x10 and ilvl in levels:  # a new start
                    fmt, text, _, legal = levels[ilvl]
                    levels[ilvl] = (fmt, text, min(max(start, 0), _MAX_START), legal)
            out[str(i + 1)] = levels
        return out

    def label(self, cp: int) -> str:
        """The list number of the paragraph whose mark is at ``cp`` ("" when it has none)."""
        k = bisect.bisect_right(self.starts, cp) - 1
        if k < 0:
            return ""
        first, byte, width = self.pieces[k]
        fc = byte + (cp - first) * width
        r = bisect.bisect_right(self.run_starts, fc) - 1
        if r < 0 or fc >= self.runs[r][1]:
            return ""
        _, _, istd, ilfo, ilvl = self.runs[r]
        seen = 0
        while (ilfo is None or ilvl is None) and istd in self.styles and seen < 16:
            base, s_ilfo, s_ilvl = self.styles[istd]
            ilfo = ilfo if ilfo is not None else s_ilfo
            ilvl = ilvl if ilvl is not None else s_ilvl
            istd, seen = base, seen + 1
        if not ilfo or ilfo < 0:
            return ""
        return self.numbering.label(str(ilfo), min(ilvl or 0, 8))


def _level(data: bytes, at: int) -> tuple[Level, int]:
    """One list level (LVL) at ``at``: its number format, level text ("%1."), start, whether
    it is a legal level (every number in digits); and where the next one begins."""
    start, nfc = struct.unpack_from("<iB", data, at)
    legal = bool(data[at + 5] & 0x04)  # (fLegal, after the justification's two bits)
    chpx, papx = data[at + 24], data[at + 25]
    at += 28 + papx + chpx
    cch = _U16.unpack_from(data, at)[0]
    raw = data[at + 2 : at + 2 + 2 * cch].decode("utf-16-le", errors="replace")
    at += 2 + 2 * cch
    # the level text holds the levels' numbers as the characters 0 to 8
    text = "".join(f"%{ord(c) + 1}" if ord(c) < 9 else c for c in raw)
    fmt = "none" if nfc == _NFC_NONE else _NFC.get(nfc, "decimal")
    return (fmt, text, min(max(start, 0), _MAX_START), legal), at


def _numbered(body: str, lists: _Lists) -> str:
    """The body with each paragraph's list number before it."""
    out: list[str] = []
    cp = 0
    for para in body.split(_PARAGRAPH):
        end = cp + len(para)  # the paragraph's mark
        label = lists.label(end) if end < len(body) else ""
        out.append(label + para if label else para)
        cp = end + 1
    return _PARAGRAPH.join(out)


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


def _paragraphs(story: str, cells: bool = True) -> list[str]:
    """The paragraphs of a story; a table row as one line, its cells apart by " | " (with
    ``cells`` False, each cell's paragraphs lines of their own: a header's table is its
    masthead or its running header, never a table of rows)."""
    out: list[str] = []
    for para in story.split(_PARAGRAPH):
        # each cell ends with a cell mark and each row with one more, and no paragraph mark
        # stands between rows: a row is a line, its cells apart by " | " (empty ones left out)
        rows = para.split(_CELL + _CELL) if _CELL in para else [para]
        # (a cell of several paragraphs — a masthead's "Distr.: General⏎3 May 2026" — has its
        # paragraph marks inside the row: a row that no row end closes in this paragraph is
        # then no line of its own, and its pieces are each a line (a cell mark read as a line
        # end), as its cells' paragraphs stand, never a cell's end glued to the next cell's
        # start: "General Assembly | A/80/312")
        for j, row in enumerate(rows):
            if _CELL in row and (not cells or j == len(rows) - 1):
                row = row.replace(_CELL, "\n")
            elif _CELL in row:
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
    headers = _paragraphs(_shown(stories.get("headers", "")), cells=False)
    out.margins(((line, "header") for line in headers), properties, body)
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
        # right after a number, a word or a bracket ("resolution 72/279¹", "1325 (2000)²"): in
        # superscript, never digits glued to it ("72/2791"), as the .docx reader sets it
        before = m.string[m.start() - 1 : m.start()]
        if before.isalnum() or before == ")":
            return str(len(shown)).translate(TO_SUPERSCRIPT)
        return str(len(shown))

    breaks = paragraph_breaks(body, [" | " in para for para in body])
    for i, para in enumerate(body):
        if i:
            out.put(breaks[i - 1])
        out.put(re.sub(_NOTE_REF, number, para))
    out.notes(shown)
    return out.document(name, "doc", [])
