"""Documents that are not plain text: PDF and Word (.docx), turned into the text the
pipeline reads.  Both are imported only when such a file turns up.

* PDF: the text layer of each page, pages one after another (the optional ``pypdf``
  package; ``pip install 'rescite[pdf]'``).  Footnote markers come out as plain digits
  glued to words ("Organized Crime3"), which the segmenter reads as markers.
* Word: the paragraphs of the body (tables included) with their list numbers rendered as
  Word shows them ("1.", "(a)"), footnote references as their numbers, and the footnotes
  after a separator line at the end, as in a UN text file.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from xml.etree import ElementTree as ET

from .errors import UnreadableInput

#: Largest XML part of a .docx that is unpacked (a guard against zip bombs).
MAX_PART = 200 * 1024 * 1024


# -- PDF ------------------------------------------------------------------------------------
def pdf_text(data: bytes, name: str) -> str:
    try:
        import pypdf
    except ImportError:
        raise UnreadableInput(f"{name}: reading PDF needs pypdf (pip install 'rescite[pdf]')") from None
    import logging

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged-file chatter stays off stderr
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableInput(f"{name}: encrypted PDF")
        pages = [page.extract_text() or "" for page in reader.pages]
    except UnreadableInput:
        raise
    except Exception as exc:  # pypdf raises many kinds of error on damaged files
        raise UnreadableInput(f"{name}: cannot read PDF ({type(exc).__name__})") from None
    text = "\n".join(p.rstrip("\n") for p in pages)
    if not text.strip():
        raise UnreadableInput(f"{name}: PDF without a text layer (a scan?)")
    return text


# -- Word -----------------------------------------------------------------------------------
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc")]
_ROMAN += [(50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out += letters
            n -= value
    return out


def _number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        s = ""
        while n > 0:
            n, r = divmod(n - 1, 26)
            s = chr(ord("a") + r) + s
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman"):
        return _roman(n).upper() if fmt == "upperRoman" else _roman(n)
    if fmt in ("none", "bullet"):
        return ""
    return str(n)


class _Numbering:
    """Word's list numbers ("1.", "(a)"), counted as Word counts them."""

    def __init__(self, root: ET.Element | None) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId → ilvl → fmt, text, start
        self.counters: dict[str, dict[int, int]] = {}
        if root is None:
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for a in root.iter(f"{_W}abstractNum"):
            lvls: dict[int, tuple[str, str, int]] = {}
            for lvl in a.iter(f"{_W}lvl"):
                fmt = _val(lvl.find(f"{_W}numFmt")) or "decimal"
                text = _val(lvl.find(f"{_W}lvlText")) or ""
                start = int(_val(lvl.find(f"{_W}start")) or 1)
                lvls[int(lvl.get(f"{_W}ilvl", "0"))] = (fmt, text, start)
            abstract[a.get(f"{_W}abstractNumId", "")] = lvls
        for num in root.iter(f"{_W}num"):
            ref = _val(num.find(f"{_W}abstractNumId"))
            self.levels[num.get(f"{_W}numId", "")] = abstract.get(ref or "", {})

    def label(self, num_id: str, ilvl: int) -> str:
        lvls = self.levels.get(num_id)
        if not lvls or ilvl not in lvls:
            return ""
        counts = self.counters.setdefault(num_id, {})
        _, text, start = lvls[ilvl]
        counts[ilvl] = counts.get(ilvl, start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        for k in range(ilvl + 1):
            if f"%{k + 1}" in text:
                kfmt, _, kstart = lvls.get(k, ("decimal", "", 1))
                text = text.replace(f"%{k + 1}", _number(counts.get(k, kstart), kfmt))
        return text + " " if text.strip() else ""


def _val(el: ET.Element | None) -> str | None:
    return None if el is None else el.get(f"{_W}val")


def _part(z: zipfile.ZipFile, part: str, name: str) -> ET.Element | None:
    try:
        info = z.getinfo(part)
    except KeyError:
        return None
    if info.file_size > MAX_PART:
        raise UnreadableInput(f"{name}: {part} is too large ({info.file_size} bytes)")
    return ET.fromstring(z.read(info))


_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def docx_text(data: bytes, name: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            body = _part(z, "word/document.xml", name)
            if body is None:
                raise UnreadableInput(f"{name}: a zip archive, not a Word document")
            notes = _part(z, "word/footnotes.xml", name)
            numbering = _Numbering(_part(z, "word/numbering.xml", name))
            margins = [
                root for part in _margin_parts(z, body, name) if (root := _part(z, part, name)) is not None
            ]
    except (zipfile.BadZipFile, ET.ParseError, ValueError, OSError) as exc:
        raise UnreadableInput(f"{name}: cannot read Word document ({type(exc).__name__})") from None

    footnote_xml = {}
    if notes is not None:
        for fn in notes.iter(f"{_W}footnote"):
            if fn.get(f"{_W}type") in (None, "normal"):
                footnote_xml[fn.get(f"{_W}id", "")] = fn
    shown: dict[str, int] = {}  # footnote id → number shown, in order of reference

    def marker(fid: str) -> str:
        if fid not in footnote_xml:
            return ""
        return str(shown.setdefault(fid, len(shown) + 1))

    head: dict[str, None] = {}  # the lines of the header and footer parts, each once
    for root in margins:
        for p in root.iter(f"{_W}p"):
            line = _paragraph(p, None, lambda _: "").strip()
            if _MARGIN_NOISE.fullmatch(line) is None:
                head.setdefault(line, None)
    blocks = _blocks(body, numbering, marker)
    text = "\n\n".join(block for block in blocks if block.strip())
    if head:
        text = "\n".join(head) + "\n\n" + text
    if shown:
        notes_text = []
        for fid, n in shown.items():
            paras = [_paragraph(p, None, lambda _: "") for p in footnote_xml[fid].iter(f"{_W}p")]
            notes_text.append(f"{n} " + " ".join(p.strip() for p in paras if p.strip()))
        text += "\n\n_______________\n" + "\n".join(notes_text)
    return text + "\n"


#: A header or footer line that says nothing: empty, or a page number ("3", "- 3 -", "3/9").
_MARGIN_NOISE = re.compile(r"[\s\d\-–—/.|]*")


def _margin_parts(z: zipfile.ZipFile, body: ET.Element, name: str) -> list[str]:
    """The header and footer parts of a Word document: those the sections name, the first
    page's first (it holds the masthead), then any other ``header*``/``footer*`` part."""
    rels = _part(z, "word/_rels/document.xml.rels", name)
    target = {}
    if rels is not None:
        for rel in rels.iter(f"{_PKG_REL}Relationship"):
            t = rel.get("Target", "")
            target[rel.get("Id", "")] = "word/" + t.lstrip("/").removeprefix("word/")
    refs: list[tuple[bool, str]] = []
    for el in body.iter():
        if el.tag in (f"{_W}headerReference", f"{_W}footerReference"):
            part = target.get(el.get(f"{_R}id", ""))
            if part:
                refs.append((el.get(f"{_W}type") != "first", part))
    named = [part for _, part in sorted(refs, key=lambda r: r[0])]
    others = sorted(
        (n for n in z.namelist() if re.fullmatch(r"word/(?:header|footer)\d*\.xml", n)),
        key=lambda n: (n.startswith("word/footer"), len(n), n),
    )
    return list(dict.fromkeys(named + others))


def _blocks(el: ET.Element, numbering: _Numbering, marker: Callable[[str], str]) -> list[str]:
    """The paragraphs of the body in order, and each table row as one line whose cells
    are separated by `` | `` ("62/149 | Moratorium … | 18 December 2007"); a paragraph
    inside another (a text box) is read as part of the outer one, not twice."""
    out: list[str] = []
    for child in el:
        if child.tag == f"{_W}p":
            out.append(_paragraph(child, numbering, marker))
        elif child.tag == f"{_W}tbl":
            for row in _children(child, "tr"):
                cells = [
                    " ".join(b.strip() for b in _blocks(cell, numbering, marker) if b.strip())
                    for cell in _children(row, "tc")
                ]
                out.append(" | ".join(cell for cell in cells if cell))
        else:
            out.extend(_blocks(child, numbering, marker))
    return out


def _children(el: ET.Element, tag: str) -> list[ET.Element]:
    """The rows of a table or the cells of a row, also when a content control wraps them."""
    out: list[ET.Element] = []
    for child in el:
        if child.tag == f"{_W}{tag}":
            out.append(child)
        elif child.tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"):
            out.extend(_children(child, tag))
    return out


def _paragraph(p: ET.Element, numbering: _Numbering | None, marker: Callable[[str], str]) -> str:
    out: list[str] = []
    if numbering is not None:
        ppr = p.find(f"{_W}pPr")
        num_pr = ppr.find(f"{_W}numPr") if ppr is not None else None
        if num_pr is not None:
            num_id = _val(num_pr.find(f"{_W}numId"))
            ilvl = int(_val(num_pr.find(f"{_W}ilvl")) or 0)
            if num_id:
                out.append(numbering.label(num_id, ilvl))
    for el in p.iter():
        tag = el.tag
        if tag == f"{_W}t":
            out.append(el.text or "")
        elif tag == f"{_W}tab":
            out.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            out.append("\n")
        elif tag == f"{_W}noBreakHyphen":
            out.append("-")
        elif tag == f"{_W}softHyphen":
            out.append("\u00ad")
        elif tag == f"{_W}footnoteReference":
            out.append(marker(el.get(f"{_W}id", "")))
    return _SPACES.sub(" ", "".join(out))


_SPACES = re.compile(r"[ \u00a0]{2,}")
