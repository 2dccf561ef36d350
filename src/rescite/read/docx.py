"""Word (.docx) → the text a UN text file would hold, and its layout.

* The header and footer parts first, in the order of the pages that show them (the first
  page's first: it holds the masthead and often the only copy of the symbol; see
  :func:`shown_margins`), page numbers left out, then a blank line.  When
  neither they nor the body's first lines hold a symbol, the symbol the file's core
  properties give as a whole value (title, subject, keywords, then the custom ones) is that
  first line.
* The body: paragraphs with their list numbers as Word shows them ("1.", "(a)"), whether
  the paragraph or its style names the list; a table row as one line, cells separated by
  `` | ``; a text box once, after the paragraph that holds it.
* In a run: an absolute tab (``w:ptab``, a header's symbol then its page number) as a tab, a
  symbol-font character (``w:sym``) as itself (a space for a private-use code), ruby text
  left out (the base it annotates is the text).
* Footnote and endnote references as numbers (one sequence, in order of reference), and
  the notes after a separator line at the end, as in a UN text file.

A damaged file — not a zip, invalid or too deeply nested XML, an encrypted entry, an
unknown compression method — raises :class:`UnreadableInput` with a one-line reason.  Each
part is decompressed as a stream with a cap (:class:`Limits.max_part`): the sizes a zip
header claims are never trusted.
"""

from __future__ import annotations

import io
import itertools
import posixpath
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from typing import Any, BinaryIO, Literal, TypeVar
from xml.etree import ElementTree as ET

from ..models import CellSpan, Document, Layout, MarginSpan, NoteSpan, Record
from .errors import UnreadableInput
from .limits import MB, Limits
from .marks import NOTE_MARK, TO_SUPERSCRIPT, raised_mark

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
#: "Strict Open XML" documents (a choice of Word's "Save as") name the same elements in other
#: namespaces: read as the usual ones
_STRICT = {
    "{http://purl.oclc.org/ooxml/wordprocessingml/main}": _W,
    "{http://purl.oclc.org/ooxml/officeDocument/relationships}": _R,
}


def _unstrict(el: ET.Element) -> None:
    """``el``'s tag and attribute names in the usual namespaces (a Strict document's element)."""
    ns, brace, local = el.tag.partition("}")
    if brace and ns + brace in _STRICT:
        el.tag = _STRICT[ns + brace] + local
    if el.attrib:
        for key in [k for k in el.attrib if k.startswith("{http://purl.oclc.org/")]:
            kns, _, klocal = key.partition("}")
            if kns + "}" in _STRICT:
                el.attrib[_STRICT[kns + "}"] + klocal] = el.attrib.pop(key)


#: Compression methods zipfile reads: stored, deflated, bzip2, lzma.
_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
_CHUNK = 64 * 1024


# -- list numbers -----------------------------------------------------------------------------
_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc")]
_ROMAN += [(50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
_MAX_START = 1_000_000  # Word itself stops at 32767; a larger start is damage
_INT = re.compile(r"-?\d{1,9}")


def _int(value: str | None, default: int, low: int, high: int) -> int:
    """A number from the XML, or ``default`` when it is none; kept within [low, high]."""
    if value is None or _INT.fullmatch(value.strip()) is None:
        return default
    return min(max(int(value), low), high)


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


#: Word's alphabetic number formats: the letters, in order (past the last, Word shows the
#: letter of ``n`` modulo their count, repeated: "aa", "bb"; Cyrillic and Arabic as LibreOffice
#: draws Word's lists, the letters a list of paragraphs skips left out)
_ALPHABETS = {
    "lowerLetter": "abcdefghijklmnopqrstuvwxyz",
    "russianLower": "".join(
        chr(c) for c in (*range(0x430, 0x439), *range(0x43A, 0x44A), 0x44D, 0x44E, 0x44F)
    ),
    "arabicAlpha": "".join(chr(c) for c in (0x623, 0x628, *range(0x62A, 0x63B), *range(0x641, 0x649), 0x64A)),
    "arabicAbjad": "\u0623\u0628\u062c\u062f\u0647\u0648\u0632\u062d\u0637\u064a\u0643\u0644\u0645\u0646"
    "\u0633\u0639\u0641\u0635\u0642\u0631\u0634\u062a\u062b\u062e\u0630\u0636\u0638\u063a",
    # (the ten heavenly stems and the twelve earthly branches: numbers past them are digits)
    "ideographTraditional": "\u7532\u4e59\u4e19\u4e01\u620a\u5df1\u5e9a\u8f9b\u58ec\u7678",
    "ideographZodiac": "\u5b50\u4e11\u5bc5\u536f\u8fb0\u5df3\u5348\u672a\u7533\u9149\u620c\u4ea5",
}
_ALPHABETS["upperLetter"] = _ALPHABETS["lowerLetter"].upper()
_ALPHABETS["russianUpper"] = _ALPHABETS["russianLower"].upper()
#: ideographs of the digits 0-9 and of ten, a hundred, a thousand (counting, and the legal
#: forms of cheques and contracts)
_IDEOGRAPHS = "\u3007\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u5343"
_LEGAL = "\u96f6\u58f9\u8d30\u53c1\u8086\u4f0d\u9646\u67d2\u634c\u7396\u62fe\u4f70\u4edf"
_ZERO = "\u96f6"
_COUNTING = frozenset(
    f"{place}Counting{more}" for place in ("chinese", "japanese", "taiwanese") for more in ("", "Thousand")
)
#: digits Word draws enclosed (1 to 20; a larger number in plain digits)
_ENCLOSED = {
    "decimalEnclosedCircle": 0x2460,
    "decimalEnclosedParen": 0x2474,
    "decimalEnclosedFullstop": 0x2488,
}
_ENCLOSED["decimalEnclosedCircleChinese"] = _ENCLOSED["decimalEnclosedCircle"]


def _counted(n: int, digits: str) -> str:
    """``n`` (1 to 9999) in ideographs as counted: 十一, 二十, 一百零五 (the digits, ten, a
    hundred and a thousand of ``digits``; a one before ten left out at the start)."""
    out: list[str] = []
    zero = False  # (a place without a digit, between two that have one: a zero, "一百零五")
    for power, unit in ((1000, 12), (100, 11), (10, 10), (1, 0)):
        d, n = divmod(n, power)
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append(_ZERO)
            zero = False
        if not (power == 10 and d == 1 and not out):
            out.append(digits[d])
        if unit:
            out.append(digits[unit])
    return "".join(out)


def number_label(n: int, fmt: str) -> str:
    """``n`` as Word's number format ``fmt`` shows it."""
    letters = _ALPHABETS.get(fmt)
    if letters and fmt.startswith("ideograph"):
        return letters[n - 1] if 0 < n <= len(letters) else str(n)
    if letters and n > 0:
        return letters[(n - 1) % len(letters)] * ((n - 1) // len(letters) + 1) if n <= 780 else str(n)
    if fmt in ("lowerRoman", "upperRoman") and 0 < n < 4000:
        return _roman(n).upper() if fmt == "upperRoman" else _roman(n)
    if fmt in ("none", "bullet"):
        return ""
    if fmt in _COUNTING and 0 < n < 10000:
        return _counted(n, _IDEOGRAPHS)
    if fmt == "chineseLegalSimplified" and 0 < n < 10000:
        return _counted(n, _LEGAL)
    if fmt == "ideographDigital" and n >= 0:
        return "".join(_IDEOGRAPHS[int(d)] for d in str(n))
    if fmt in ("decimalFullWidth", "decimalFullWidth2") and n >= 0:
        return "".join(chr(0xFF10 + int(d)) for d in str(n))
    if fmt in _ENCLOSED and 0 < n <= 20:
        return chr(_ENCLOSED[fmt] + n - 1)
    if fmt == "decimalZero" and 0 <= n < 10:
        return f"0{n}"
    if fmt.startswith("custom:"):  # (Word 2010's "001, 002, 003, ...": the first number's width)
        width = len(fmt[7:].split(",")[0].strip())
        return str(n).zfill(width) if 1 < width < 10 and fmt[7:].lstrip("0").startswith("1") else str(n)
    return str(n)


def _val(el: ET.Element | None) -> str | None:
    return None if el is None else el.get(f"{_W}val")


def _number_format(lvl: ET.Element) -> str | None:
    """A level's number format (``w:numFmt``); Word 2010's own format in a choice of markup
    ("custom" with ``w:format="01, 02, 03, ..."``) as "custom:01, 02, 03, ...", else the
    format it falls back to for older readers."""
    fmt = _val(lvl.find(f"{_W}numFmt"))
    if fmt is not None:
        return fmt
    found = [el for el in lvl.iter(f"{_W}numFmt") if _val(el)]
    for el in found:
        if _val(el) == "custom" and el.get(f"{_W}format"):
            return "custom:" + el.get(f"{_W}format", "")
    return next((v for el in found if (v := _val(el)) and v != "custom"), None)


_T = TypeVar("_T")


def _through_bases(styles: ET.Element, own_value: Callable[[ET.Element], _T | None]) -> dict[str, _T | None]:
    """Each style's value of a property: its own (``own_value``), else that of the style it
    is based on (``w:basedOn``), and so on up the chain (a loop in the chain ends it)."""
    own: dict[str, tuple[_T | None, str | None]] = {}
    for style in styles.iter(f"{_W}style"):
        sid = style.get(f"{_W}styleId")
        if sid:
            own[sid] = (own_value(style), _val(style.find(f"{_W}basedOn")))
    out: dict[str, _T | None] = {}
    for sid in own:
        seen = {sid}
        value, base = own[sid]
        while value is None and base in own and base not in seen:
            seen.add(base)
            value, base = own[base]
        out[sid] = value
    return out


Level = tuple[str, str, int, bool]  # number format, level text, start, every number in digits (legal)


class Numbering:
    """Word's list numbers ("1.", "(a)"), counted as Word counts them, for paragraphs that
    name a list themselves or through their style (``w:pStyle`` → styles.xml)."""

    def __init__(self, root: ET.Element | None, styles: ET.Element | None) -> None:
        self.levels: dict[str, dict[int, Level]] = {}  # numId → ilvl → level
        self.counters: dict[str, dict[int, int]] = {}
        #: numId → the key of the count its paragraphs go on with: the lists of one abstract list
        #: are counted as one (Word goes on counting from one to the next) unless a list starts
        #: again (``w:startOverride``)
        self.count_of: dict[str, str] = {}
        self.style_level: dict[str, int] = {}  # styleId → ilvl of the level that names it
        self.style_num: dict[str, tuple[str | None, int | None]] = {}  # styleId → numId, ilvl
        #: numId → the numbering style its abstract list takes its levels from (``w:numStyleLink``)
        self.links: dict[str, str] = {}
        if root is not None:
            self._read_numbering(root)
        if styles is not None:
            self._read_styles(styles)
        for num_id, style in self.links.items():
            # a list defined by a numbering style ("UN list"): the levels are those of the list
            # the style names (its own abstract list holds none)
            linked = self.style_num.get(style, (None, None))[0]
            if not self.levels.get(num_id) and linked is not None and linked != num_id:
                self.levels[num_id] = dict(self.levels.get(linked, {}))

    def _read_numbering(self, root: ET.Element) -> None:
        abstract: dict[str, dict[int, Level]] = {}
        link: dict[str, str] = {}  # abstractNumId → the numbering style it takes its levels from
        for a in root.iter(f"{_W}abstractNum"):
            style_link = _val(a.find(f"{_W}numStyleLink"))
            if style_link:
                link[a.get(f"{_W}abstractNumId", "")] = style_link
            lvls: dict[int, Level] = {}
            for lvl in a.iter(f"{_W}lvl"):
                ilvl = _int(lvl.get(f"{_W}ilvl"), -1, -1, 9)
                if ilvl < 0 or ilvl > 8:
                    continue
                fmt = _number_format(lvl) or "decimal"
                text = _val(lvl.find(f"{_W}lvlText")) or ""
                start = _int(_val(lvl.find(f"{_W}start")), 1, 0, _MAX_START)
                lvls[ilvl] = (fmt, text, start, _on(lvl.find(f"{_W}isLgl")))
                style = _val(lvl.find(f"{_W}pStyle"))
                if style:
                    self.style_level.setdefault(style, ilvl)
            abstract[a.get(f"{_W}abstractNumId", "")] = lvls
        for num in root.iter(f"{_W}num"):
            abstract_id = _val(num.find(f"{_W}abstractNumId")) or ""
            if abstract_id in link:
                self.links[num.get(f"{_W}numId", "")] = link[abstract_id]
            lvls = dict(abstract.get(abstract_id, {}))
            num_id = num.get(f"{_W}numId", "")
            self.count_of[num_id] = "\0" + abstract_id
            for override in num.iter(f"{_W}lvlOverride"):
                ilvl = _int(override.get(f"{_W}ilvl"), -1, -1, 9)
                start_el = override.find(f"{_W}startOverride")
                own = override.find(f"{_W}lvl")
                if own is not None and 0 <= ilvl <= 8:
                    # a level of its own: its format and text in place of the abstract list's
                    fmt, text, start, legal = lvls.get(ilvl, ("decimal", "", 1, False))
                    fmt = _number_format(own) or fmt
                    text = _val(own.find(f"{_W}lvlText")) or text
                    start = _int(_val(own.find(f"{_W}start")), start, 0, _MAX_START)
                    legal = _on(own.find(f"{_W}isLgl")) if own.find(f"{_W}isLgl") is not None else legal
                    lvls[ilvl] = (fmt, text, start, legal)
                if ilvl in lvls and start_el is not None:
                    fmt, text, _, legal = lvls[ilvl]
                    lvls[ilvl] = (fmt, text, _int(_val(start_el), 1, 0, _MAX_START), legal)
                    self.count_of[num_id] = num_id  # (a list that starts again: a count of its own)
            self.levels[num_id] = lvls

    def _read_styles(self, styles: ET.Element) -> None:
        def num_pr(style: ET.Element, tag: str) -> str | None:
            ppr = style.find(f"{_W}pPr")
            el = ppr.find(f"{_W}numPr") if ppr is not None else None
            return _val(el.find(f"{_W}{tag}")) if el is not None else None

        def level(style: ET.Element) -> int | None:
            ilvl = num_pr(style, "ilvl")
            return _int(ilvl, 0, 0, 8) if ilvl is not None else None

        levels = _through_bases(styles, level)
        for sid, num_id in _through_bases(styles, lambda style: num_pr(style, "numId")).items():
            if num_id is not None:
                self.style_num[sid] = (num_id, levels[sid])

    def paragraph_label(self, p: ET.Element) -> str:
        ppr = p.find(f"{_W}pPr")
        if ppr is None:
            return ""
        style = _val(ppr.find(f"{_W}pStyle"))
        num_pr = ppr.find(f"{_W}numPr")
        num_id = _val(num_pr.find(f"{_W}numId")) if num_pr is not None else None
        ilvl_s = _val(num_pr.find(f"{_W}ilvl")) if num_pr is not None else None
        ilvl = _int(ilvl_s, 0, 0, 8) if ilvl_s is not None else None
        if num_id is None and style in self.style_num:
            num_id, style_ilvl = self.style_num[style]
            ilvl = ilvl if ilvl is not None else style_ilvl
        if ilvl is None:
            ilvl = self.style_level.get(style or "", 0)
        if not num_id or num_id == "0":
            return ""
        return self.label(num_id, ilvl)

    def label(self, num_id: str, ilvl: int) -> str:
        lvls = self.levels.get(num_id)
        if not lvls or ilvl not in lvls:
            return ""
        counts = self.counters.setdefault(self.count_of.get(num_id, num_id), {})
        _, text, start, legal = lvls[ilvl]
        counts[ilvl] = counts.get(ilvl, start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        for k in range(ilvl + 1):
            if f"%{k + 1}" in text:
                kfmt, _, kstart, _ = lvls.get(k, ("decimal", "", 1, False))
                # (a legal level, ``w:isLgl``, shows the numbers of every level in digits: "1.2",
                # under a chapter "II")
                kfmt = "decimal" if legal else kfmt
                text = text.replace(f"%{k + 1}", number_label(counts.get(k, kstart), kfmt))
        return text + " " if text.strip() else ""


# -- parts ----------------------------------------------------------------------------------
def _read_part(
    z: zipfile.ZipFile,
    part: str,
    name: str,
    limits: Limits,
    warnings: list[str],
    on_block: Callable[[ET.Element], None] | None = None,
) -> ET.Element | None:
    """The XML of one part, decompressed as a stream and parsed as it comes.

    With ``on_block`` (the main document), each child of the body is handed over as soon
    as it is complete and then dropped, so memory stays bounded by the largest paragraph
    or table; beyond ``limits.max_part`` bytes the document is kept up to there.  Another
    part beyond the limit is left out.  A warning says so in both cases."""
    try:
        info = z.getinfo(part)
    except KeyError:
        return None
    if info.flag_bits & 0x1:
        raise UnreadableInput(f"{name}: {part} is encrypted")
    if info.compress_type not in _METHODS:
        raise UnreadableInput(f"{name}: {part} uses an unknown compression method ({info.compress_type})")
    parser: ET.XMLPullParser[Any] = ET.XMLPullParser(events=("start", "end"))
    root: ET.Element | None = None
    body: ET.Element | None = None
    strict = False
    depth = 0
    total = 0
    cut = False
    tail = b""
    with z.open(info) as stream:
        while not cut:
            chunk = stream.read(_CHUNK)
            if not chunk:
                break
            total += len(chunk)
            if total > limits.max_part:
                chunk = chunk[: len(chunk) - (total - limits.max_part)]
                cut = True
            seam = tail + chunk[:16]
            if b"<!DOCTYPE" in chunk or b"<!ENTITY" in chunk or b"<!DOCTYPE" in seam or b"<!ENTITY" in seam:
                raise UnreadableInput(f"{name}: {part} declares a document type (not a Word part)")
            tail = chunk[-16:]
            try:
                parser.feed(chunk)
                events: Any = parser.read_events()
                for event, item in events:
                    el = _element(item)
                    if event == "start":
                        depth += 1
                        if root is None:
                            root = el
                            strict = el.tag.startswith("{http://purl.oclc.org/ooxml/")
                        elif depth == 2 and body is None:
                            body = el
                        if strict:
                            _unstrict(el)
                        if depth > limits.max_depth:
                            deep = f"nested too deeply (over {limits.max_depth})"
                            raise UnreadableInput(f"{name}: {part} is {deep}")
                    else:
                        if depth == 3 and on_block is not None and body is not None:
                            on_block(el)
                            body.remove(el)
                        depth -= 1
            except ET.ParseError as exc:
                raise UnreadableInput(f"{name}: invalid XML in {part} ({exc})") from None
    if cut:
        size = f"{limits.max_part / MB:g} MB"
        if on_block is None:
            warnings.append(f"{name}: {part} is larger than the limit ({size}); left out")
            return None
        warnings.append(f"{name}: {part} is larger than the limit ({size}); read up to it")
        if body is not None:
            for el in list(body):  # what had come of the paragraph or table cut short
                on_block(el)
        return root
    try:
        parser.close()
    except ET.ParseError as exc:
        raise UnreadableInput(f"{name}: invalid XML in {part} ({exc})") from None
    return root


def _element(item: Any) -> ET.Element:
    assert isinstance(item, ET.Element)
    return item


#: The content types of a word-processing package's main part: a document, a template, and
#: their macro-enabled forms (``.docx``, ``.dotx``, ``.docm``, ``.dotm``).
_MAIN_TYPE = re.compile(
    r"application/vnd\.(?:openxmlformats-officedocument\.wordprocessingml\.(?:document|template)"
    r"|ms-word\.(?:document|template)\.macroEnabled(?:Template)?)\.main\+xml"
)
_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"


def _target(folder: str, rel: ET.Element) -> str | None:
    """The part a relationship of a part in ``folder`` names (relative to that folder, or
    from the package's root after a "/"); None for an address outside the package."""
    if rel.get("TargetMode", "").lower() == "external":
        return None
    target = rel.get("Target", "")
    if not target:
        return None
    path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
    return posixpath.normpath(path).lstrip("/")


def _main_part(
    z: zipfile.ZipFile, rels: ET.Element | None, part: Callable[[str], ET.Element | None]
) -> str | None:
    """The main document part: the one the package's relationships name (some tools write
    ``word/document2.xml``, or another folder), else the one ``[Content_Types].xml`` gives a
    main document's type (a document, a template, a macro-enabled one), else
    ``word/document.xml``."""
    names = set(z.namelist())
    if rels is not None:
        for rel in rels.iter(f"{_PKG_REL}Relationship"):
            target = _target("", rel)
            if rel.get("Type", "").endswith("/officeDocument") and target in names:
                return target
    if "word/document.xml" in names:
        return "word/document.xml"
    types = part("[Content_Types].xml") if "[Content_Types].xml" in names else None
    if types is not None:
        for override in types.iter(f"{_TYPES}Override"):
            name = override.get("PartName", "").lstrip("/")
            if _MAIN_TYPE.fullmatch(override.get("ContentType", "")) and name in names:
                return name
    return None


def _related(z: zipfile.ZipFile, main: str, rels: ET.Element | None) -> dict[str, list[str]]:
    """The parts the main part's relationships name that the package holds, by the last word of
    the relationship's type ("styles", "footnotes", "header"…), in order."""
    out: dict[str, list[str]] = {}
    if rels is None:
        return out
    names = set(z.namelist())
    folder = posixpath.dirname(main)
    for rel in rels.iter(f"{_PKG_REL}Relationship"):
        target = _target(folder, rel)
        if target in names:
            out.setdefault(rel.get("Type", "").rpartition("/")[2], []).append(target)
    return out


class Section(Record):
    """A section's header and footer references (``(kind, type, relationship id)``, kind
    "header" or "footer", type "first", "default" or "even") and whether its first page has a
    header of its own (``w:titlePg``)."""

    refs: list[tuple[str, str, str]]
    title_page: bool

    __slots__ = ("refs", "title_page")

    def __init__(self, refs: list[tuple[str, str, str]], title_page: bool) -> None:
        self.refs = refs
        self.title_page = title_page


def section_of(sect: ET.Element) -> Section:
    """A section's properties (``w:sectPr``) as a :class:`Section`."""
    refs = [
        (ref.tag[len(_W) : -len("Reference")], ref.get(f"{_W}type") or "default", ref.get(f"{_R}id", ""))
        for ref in sect
        if ref.tag in (f"{_W}headerReference", f"{_W}footerReference")
    ]
    return Section(refs, _on(sect.find(f"{_W}titlePg")))


def shown_margins(sections: Sequence[Section], even_odd: bool) -> list[str]:
    """The relationship ids of the header and footer parts in the order of the pages that show
    them: section by section, the first page's (only with ``w:titlePg``), the even pages' (the
    second page is one; only when the file sets even and odd pages apart, ``w:evenAndOddHeaders``),
    then the odd (default) pages'; a section that
    names no part of a type has its previous section's.  The parts no page shows (a first page's
    without ``w:titlePg``, an even page's without the setting: a template's leftovers) follow."""
    shown: list[str] = []
    unshown: list[str] = []
    current: dict[tuple[str, str], str] = {}
    for section in sections:
        current.update({(kind, kind_type): rid for kind, kind_type, rid in section.refs})
        types = (["first"] if section.title_page else []) + (["even"] if even_odd else []) + ["default"]
        order = {t: i for i, t in enumerate(types)}
        named = [(kind, t) for kind, t, _ in section.refs]
        inherited = [(kind, t) for kind, t in current if t in order and (kind, t) not in named]
        for kind, t in sorted(named + inherited, key=lambda key: order.get(key[1], len(order))):
            (shown if t in order else unshown).append(current[(kind, t)])
    return list(dict.fromkeys(shown + unshown))


def _margin_parts(z: zipfile.ZipFile, refs: list[str], rels: ET.Element | None, main: str) -> list[str]:
    """The header and footer parts: those the sections name (``refs``, their relationship ids
    in the order Word shows them), then any other ``header*``/``footer*`` part beside the main
    part."""
    folder = posixpath.dirname(main)
    target: dict[str, str] = {}
    if rels is not None:
        for rel in rels.iter(f"{_PKG_REL}Relationship"):
            path = _target(folder, rel)
            if path is not None:
                target[rel.get("Id", "")] = path
    named = [target[rid] for rid in refs if rid in target]
    margin = re.compile(re.escape(folder + "/" if folder else "") + r"(?:header|footer)\d*\.xml")
    others = sorted(
        (n for n in z.namelist() if margin.fullmatch(n)),
        key=lambda n: ("/footer" in "/" + n, len(n), n),
    )
    return list(dict.fromkeys(named + others))


# -- the file's properties ------------------------------------------------------------------
_CORE_FIELDS = (
    "{http://purl.org/dc/elements/1.1/}title",
    "{http://purl.org/dc/elements/1.1/}subject",
    "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}keywords",
)
_CUSTOM_PROPERTY = "{http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}property"
#: the value types of a custom property that hold text (a symbol is never a number or a date)
_TEXT_VALUES = frozenset(
    "{http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes}" + t
    for t in ("lpwstr", "lpstr", "bstr")
)
#: A document symbol as a whole value: capitals, then elements after slashes, a digit in it
#: ("A/HRC/RES/44/4", "E/CN.15/2024/L.3/Rev.1", "S/RES/2719 (2023)").
_SYMBOL_VALUE = re.compile(
    r"(?=[^\n]*\d)[A-Z][A-Z0-9]{0,9}(?:\.[A-Z0-9]{1,5})*(?:/[A-Za-z0-9][\w.\-]{0,15}){1,7}"
    r"(?: ?\([\w\-. ]{1,12}\))?\*?"
)
#: A symbol-like token in a line (the header parts or the body's masthead lines give the symbol).
_SYMBOL_TOKEN = re.compile(r"(?<![\w/])[A-Z][A-Z0-9.]{0,12}/[\w.\-]{1,16}/")
_SYMBOL_LINE = re.compile(r"(?:^[ ]*|[ ]{2,}|\t[ ]*|\|[ ]*)[A-Z][A-Z0-9.]{0,12}/\S+[ ]*$")
_MASTHEAD_LINES = 25  # the body's first lines where a masthead would stand


def _properties_part(
    z: zipfile.ZipFile,
    rels: ET.Element | None,
    part: Callable[[str], ET.Element | None],
    kind: str,
    usual: str,
) -> ET.Element | None:
    """The package's properties part of a ``kind`` ("core-properties"): the one its
    relationships name, else the ``usual`` path."""
    path = usual
    if rels is not None:
        for rel in rels.iter(f"{_PKG_REL}Relationship"):
            if rel.get("Type", "").endswith("/" + kind):
                path = rel.get("Target", path).lstrip("/")
    return part(path) if path in z.namelist() else None


def _core_symbols(
    z: zipfile.ZipFile, rels: ET.Element | None, part: Callable[[str], ET.Element | None]
) -> list[str]:
    """The document symbols the file's properties hold as a whole value: the core ones (title,
    subject, or one of the keywords), in that order, then the custom ones in the order the file
    gives them.  The Secretariat's templates keep a document's symbol in a custom property that
    a field of the first page's header shows; a file whose fields were never updated (a
    converter's, a template filled by a program) shows an empty header, and the property is
    then the only copy of the symbol."""
    core = _properties_part(z, rels, part, "core-properties", "docProps/core.xml")
    custom = _properties_part(z, rels, part, "custom-properties", "docProps/custom.xml")
    values = [el.text or "" for tag in _CORE_FIELDS for el in core.iter(tag)] if core is not None else []
    if custom is not None:
        values += [
            el.text or "" for prop in custom.iter(_CUSTOM_PROPERTY) for el in prop if el.tag in _TEXT_VALUES
        ]
    return whole_symbols(values)


def masthead_symbol(lines: Iterable[str]) -> bool:
    """Does a symbol stand in the body's first lines as a masthead has it: a line of its own,
    or at a line's end after a column's gap or a cell ("United Nations  A/RES/80/12")?  A
    symbol the text cites ("Recalling A/RES/70/1 …") is no masthead."""
    first = itertools.islice((line for line in lines if line.strip()), _MASTHEAD_LINES)
    return any(_SYMBOL_LINE.search(line) for line in first)


def whole_symbols(values: Iterable[str]) -> list[str]:
    """The document symbols that values of a file's properties hold as a whole value (a value
    may list several, apart by ";" or ","), in order, each once."""
    out: list[str] = []
    for text in values:
        for value in re.split(r"[;,]", text):
            value = " ".join(value.split())
            if _SYMBOL_VALUE.fullmatch(value):
                out.append(value)
    return list(dict.fromkeys(out))


# -- text -----------------------------------------------------------------------------------
#: A header or footer line that says nothing: empty, or a page number ("3", "- 3 -", "3/9").
_MARGIN_NOISE = re.compile(r"[\s\d\-–—/.|]*")
#: Runs of spaces (no-break ones too) that a Word document's text writes as one.
SPACES = re.compile(r"[ \u00a0]{2,}")
_NOTE_LINE = "_______________"


NoteKind = Literal["footnote", "endnote"]


class LaidOut:
    """A Word document's text as the readers write it out — the header and footer lines, the
    body, the notes after a ``_______________`` line — with the layout's spans as it goes."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.pos = 0
        self.layout = Layout()

    def put(self, s: str) -> None:
        self.pieces.append(s)
        self.pos += len(s)

    def margins(
        self, lines: Iterable[tuple[str, str]], properties: Sequence[str], body: Iterable[str]
    ) -> None:
        """The header and footer lines (``(line, "header" or "footer")``), each once, page
        numbers left out, then a blank line.  When neither they nor the ``body``'s first lines
        hold a symbol as a masthead does, the first symbol the file's ``properties`` hold
        (title, subject, keywords, then the custom ones) is a header line of its own, where a
        masthead would have it."""
        head: dict[str, str] = {}
        for line, kind in lines:
            if _MARGIN_NOISE.fullmatch(line) is None:
                head.setdefault(line, kind)
        if properties and not any(_SYMBOL_TOKEN.search(line) for line in head) and not masthead_symbol(body):
            head.setdefault(properties[0], "header")
        for line, kind in head.items():
            self.layout.margins.append(
                MarginSpan(self.pos, self.pos + len(line), "footer" if kind == "footer" else "header")
            )
            self.put(line + "\n")
        if head:
            self.put("\n")

    def notes(self, notes: list[tuple[NoteKind, str]]) -> None:
        """The notes block: each note on a line of its own, after its number (from 1)."""
        if not notes:
            return
        self.put("\n\n" + _NOTE_LINE + "\n")
        for n, (kind, text) in enumerate(notes, 1):
            line = f"{n} {text}"
            if n > 1:
                self.put("\n")
            self.layout.notes.append(NoteSpan(self.pos, self.pos + len(line), kind, n))
            self.put(line)

    def document(self, name: str, fmt: Literal["docx", "doc"], warnings: list[str]) -> Document:
        self.put("\n")
        return Document(name, "".join(self.pieces), fmt, None, self.layout, warnings)


# -- a paragraph per printed line ------------------------------------------------------------
# A Word file converted from a PDF often holds each printed line as a paragraph of its own: a
# sentence, and a list of resolutions, runs on over many of them.  Such a file is known by its
# breaks: many paragraphs as long as a printed line end on a word and the next goes on in lower
# case (or, in a script without case, on a letter); a number or a capital may open a paragraph.
# Its paragraphs are then put together as a text file's lines are (a paragraph mark there says
# no more than a line's end; table rows still stand apart).
_WORD_END = re.compile(r"[^\W_][\u00ad\-\u2010]?$")
_GOES_ON = re.compile(r"[^\W\d_](?<![A-Z\u00c0-\u00de\u0391-\u03a9\u0400-\u042f])")
_LINE_MIN = 30  # a printed line of text is at least this long (a heading, a date may be shorter)
_WIDE = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")  # ideographs and full-width forms: two columns
_LINE_SHAPED_MIN = 5  # breaks that go on, at least
_LINE_SHAPED_SHARE = 0.2  # of all the breaks between paragraphs of text


def _runs_on(line: str, nxt: str) -> bool:
    """``line``, as long as a printed line, ends on a word, and ``nxt`` goes on after it."""
    wide = len(line) * (2 if _WIDE.search(line) else 1)
    return wide >= _LINE_MIN and _WORD_END.search(line) is not None and _GOES_ON.match(nxt) is not None


def paragraph_breaks(paras: Sequence[str], cells: Sequence[bool] | None = None) -> list[str]:
    """What stands before each paragraph of ``paras`` after the first: a blank line, or a
    line break when the file holds a paragraph per printed line (``cells``: the paragraphs
    that are table rows, which always stand apart)."""
    n = len(paras)
    cell = cells if cells is not None else [False] * n
    count = sum(not cell[i - 1] and not cell[i] and _runs_on(paras[i - 1], paras[i]) for i in range(1, n))
    if count < _LINE_SHAPED_MIN or count < _LINE_SHAPED_SHARE * max(1, n - 1):
        breaks = ["\n\n"] * (n - 1)
    else:
        breaks = ["\n\n" if cell[i - 1] or cell[i] else "\n" for i in range(1, n)]
    if any("\t" in para for para in paras):
        # a table set with tab stops ("Resolutions<TAB>74/239<TAB>20 December 2019"): its rows, one
        # after another, are a table's lines, as a table's rows are read
        rows = [not cell[i] and _tab_row(para) for i, para in enumerate(paras)]
        breaks = ["\n" if rows[i - 1] and rows[i] else breaks[i - 1] for i in range(1, n)]
    return breaks


_TAB_ROW_CELLS = 3  # a paragraph of so many cells set apart by tabs is a row (not "1.<TAB>Decides …")


def _tab_row(para: str) -> bool:
    """Whether a paragraph is a row of a table set with tab stops: three cells or more."""
    return (
        para.count("\t") >= _TAB_ROW_CELLS - 1
        and sum(1 for c in para.split("\t") if c.strip()) >= _TAB_ROW_CELLS
    )


class _Block(Record):
    text: str
    cells: list[tuple[int, int, int, int, int]]  # start, end, table, row, col
    #: a table row's cells each as the lines the page shows in it (its paragraphs, the lines a
    #: break starts, a nested table's cells), which the row's text joins by spaces
    lines: list[list[str]]

    __slots__ = ("cells", "lines", "text")

    def __init__(self, text: str, cells: list[tuple[int, int, int, int, int]] | None = None) -> None:
        self.text = text
        self.cells = [] if cells is None else cells
        self.lines = []


def _shown_lines(block: _Block) -> list[str]:
    """The lines the page shows for a block: a table row's cells' lines, else the block's
    paragraph by its line breaks, spaces made one."""
    if block.lines:
        return [line for cell in block.lines for line in cell]
    return [" ".join(x.split()) for x in block.text.split("\n") if x.strip()]


def _on(el: ET.Element | None) -> bool:
    """A toggle property (``<w:vanish/>``, ``<w:vanish w:val="false"/>``) is set."""
    return el is not None and el.get(f"{_W}val", "true").lower() not in ("0", "false", "off")


def _hides(rpr: ET.Element | None) -> bool | None:
    """Whether run properties hide their text: True, False (set off), None (not said)."""
    if rpr is None:
        return None
    for tag in ("vanish", "specVanish"):
        el = rpr.find(f"{_W}{tag}")
        if el is not None:
            return _on(el)
    return None


def _mark_gone(rpr: ET.Element | None) -> bool:
    """Whether a paragraph mark's properties say a tracked change deleted it or moved it away."""
    return rpr is not None and (rpr.find(f"{_W}del") is not None or rpr.find(f"{_W}moveFrom") is not None)


def hidden_styles(styles: ET.Element | None) -> frozenset[str]:
    """The styles whose text Word neither shows nor prints (hidden text, ``w:vanish``), their
    own or through the styles they are based on."""
    if styles is None:
        return frozenset()
    hides = _through_bases(styles, lambda style: _hides(style.find(f"{_W}rPr")))
    return frozenset(sid for sid, hidden in hides.items() if hidden)


def _vert_align(style: ET.Element) -> str | None:
    rpr = style.find(f"{_W}rPr")
    return _val(rpr.find(f"{_W}vertAlign")) if rpr is not None else None


def raised_styles(styles: ET.Element | None) -> frozenset[str]:
    """The character styles set in superscript (``w:vertAlign``), their own or through the
    styles they are based on (a note's reference style)."""
    if styles is None:
        return frozenset()
    aligns = _through_bases(styles, _vert_align)
    return frozenset(sid for sid, align in aligns.items() if align == "superscript")


#: A cross-reference to a note: its result is the note's number.
_NOTE_FIELD = re.compile(r"\s*NOTEREF\b", re.IGNORECASE)
#: The fields whose result is the page's number or the count of pages: page furniture.
_PAGE_FIELD = re.compile(r"\s*(?:PAGE|NUMPAGES|SECTIONPAGES|SECTION|PAGEREF)\b", re.IGNORECASE)


#: A run that holds only a page number ("3", "- 3 -").
class _Reader:
    def __init__(
        self,
        numbering: Numbering,
        notes: dict[str, tuple[str, ET.Element]],
        hidden: frozenset[str] = frozenset(),
    ) -> None:
        self.numbering = numbering
        self.notes = notes  # "f3" / "e2" → kind, note element
        self.shown: dict[str, int] = {}  # note key → number shown, in order of reference
        self.tables = 0
        self.hidden = hidden  # the styles of hidden text
        self.margin = False  # reading a header or footer part
        self.carry = ""  # a paragraph whose mark is hidden: it runs on into the next one
        self.raised: frozenset[str] = frozenset()  # the character styles set in superscript
        #: the text of an embedded part (``w:altChunk``: an HTML page, a Word file) by its
        #: relationship's id
        self.chunk: Callable[[str], str] = lambda rid: ""

    def run_hidden(self, run: ET.Element, para_hides: bool) -> bool:
        """Is a run hidden text (its own properties, its character style, its paragraph's
        style)?  Word neither shows nor prints it."""
        rpr = run.find(f"{_W}rPr")
        hides = _hides(rpr)
        if hides is not None:
            return hides
        if rpr is not None and _val(rpr.find(f"{_W}rStyle")) in self.hidden:
            return True
        return para_hides

    def superscript(self, run: ET.Element) -> bool:
        """Is a run set in superscript (its own properties or its character style), or
        raised above the line by its own position (``w:position``: a mark raised by hand)?"""
        rpr = run.find(f"{_W}rPr")
        if rpr is None:
            return False
        align = _val(rpr.find(f"{_W}vertAlign"))
        if align is not None:
            return align == "superscript"
        if _val(rpr.find(f"{_W}rStyle")) in self.raised:
            return True
        raised = _val(rpr.find(f"{_W}position")) or ""
        return raised.isdigit() and int(raised) > 0

    def flush(self) -> list[_Block]:
        """What a paragraph with a hidden mark left to run on, when nothing follows it."""
        text, self.carry = self.carry, ""
        return [_Block(text)] if text else []

    def marker(self, key: str) -> str:
        if key not in self.notes:
            return ""
        return str(self.shown.setdefault(key, len(self.shown) + 1))

    def blocks(self, el: ET.Element, numbered: bool = True) -> list[_Block]:
        """The paragraphs of ``el`` in order, each table row as one line."""
        out: list[_Block] = []
        for child in el:
            out.extend(self.block(child, numbered))
        return out + self.flush()

    def block(self, child: ET.Element, numbered: bool = True) -> list[_Block]:
        """One child of the body (or of a cell, a content control…) as blocks."""
        if child.tag == f"{_W}p":
            text, boxes = self.paragraph(child, numbered)
            text, self.carry = self.carry + text, ""
            ppr = child.find(f"{_W}pPr")
            mark = ppr.find(f"{_W}rPr") if ppr is not None else None
            out = []
            if _hides(mark) or _mark_gone(mark):
                # the paragraph mark is hidden, or deleted (or moved away) by a tracked change:
                # Word shows the paragraph run on into the next
                self.carry = text
            else:
                out.append(_Block(text))
            for box in boxes:
                out.extend(self.blocks(box, numbered))
            return out
        if child.tag == f"{_W}tbl":
            return self.flush() + self.table(child, numbered)
        if child.tag == f"{_W}altChunk":
            # content embedded as another format's file (an HTML page, a Word file, text), which
            # Word shows where it stands: its paragraphs
            text = self.chunk(child.get(f"{_R}id", ""))
            return self.flush() + [_Block(para) for para in _PARAGRAPHS.split(text) if para.strip()]
        if child.tag != _MC_FALLBACK:
            return self.blocks(child, numbered)
        return []

    def table(self, tbl: ET.Element, numbered: bool) -> list[_Block]:
        self.tables += 1
        table = self.tables
        rows: list[_Block] = []
        for r, row in enumerate(_children(tbl, "tr"), 1):
            line = _Block("")
            cells = [[b for b in self.blocks(c, numbered) if b.text.strip()] for c in _children(row, "tc")]
            filled = [blocks for blocks in cells if blocks]
            if len(filled) == 1 and len(filled[0]) >= _LAYOUT_CELL_PARAS:
                # a row of one cell that holds paragraphs of text (a document laid out in a table,
                # a box drawn round a passage): its paragraphs, as the page shows them
                rows.extend(filled[0])
                continue
            for c, blocks in enumerate(cells, 1):
                text = " ".join(" ".join(b.text.split()) for b in blocks)
                if not text:
                    continue
                if line.text:
                    line.text += " | "
                line.cells.append((len(line.text), len(line.text) + len(text), table, r, c))
                line.lines.append([x for b in blocks for x in _shown_lines(b)])
                line.text += text
            rows.append(line)
        return rows

    def paragraph(self, p: ET.Element, numbered: bool = True) -> tuple[str, list[ET.Element]]:
        """The text of a paragraph (its list number first) and the text boxes it holds."""
        out: list[str] = [self.numbering.paragraph_label(p)] if numbered else []
        boxes: list[ET.Element] = []
        stack = [iter(p)]
        ppr = p.find(f"{_W}pPr")
        para_hides = ppr is not None and _val(ppr.find(f"{_W}pStyle")) in self.hidden
        # the fields open in the paragraph: whether each is at its result (False: at its
        # instruction, which the page does not show, nor the result of a field nested in it),
        # and its instruction so far
        fields: list[list[Any]] = []
        custom = False  # a note's reference with a custom mark has just been read
        while stack:
            el = next(stack[-1], None)
            if el is None:
                stack.pop()
                continue
            tag = el.tag
            if tag == f"{_W}fldChar":
                kind = el.get(f"{_W}fldCharType")
                if kind == "begin":
                    fields.append([False, ""])
                elif kind == "separate" and fields:
                    fields[-1][0] = True
                    if self.margin and _PAGE_FIELD.match(fields[-1][1]):
                        # a page number in a header or footer is page furniture: apart from the
                        # symbol beside it ("A/80/L.22" and page 3, never "A/80/L.223"), left out
                        fields[-1][0] = False
                        out.append("\t")
                elif kind == "end" and fields:
                    fields.pop()
                continue
            if tag == f"{_W}instrText" and fields and not fields[-1][0]:
                fields[-1][1] += el.text or ""
                continue
            if not all(f[0] for f in fields) and tag in _SHOWN_IN_RUN:
                continue  # (inside a field's instruction: "{ IF { REF x } = 1 "70/1" }")
            if tag == f"{_W}r" and self.run_hidden(el, para_hides):
                # hidden text: neither shown nor printed (its fields' marks still count)
                stack.append(iter([c for c in el if c.tag in (f"{_W}fldChar", f"{_W}instrText")]))
                continue
            if tag == f"{_W}r" and _takes_mark(out) and self.superscript(el):
                digits = _sup_digits(el)
                if digits is not None and custom:
                    custom = False  # (the custom mark of the note just referred to)
                    continue
                if digits is not None:
                    # a note's mark typed in superscript after a number or a year ("46/182" + "5",
                    # "in 2019" + "3"): superscript digits, as a text file writes it, never digits
                    # glued to the number ("46/1825")
                    out.append(digits.translate(TO_SUPERSCRIPT))
                    continue
            if tag == f"{_W}fldSimple" and self.margin and _PAGE_FIELD.match(el.get(f"{_W}instr", "")):
                out.append("\t")
                continue
            if tag == f"{_W}fldSimple" and _NOTE_FIELD.match(el.get(f"{_W}instr", "")) and out:
                shown = "".join(x.text or "" for x in el.iter(f"{_W}t"))
                out.append(raised_mark(shown) if _takes_mark(out) else shown)
                continue
            if tag == f"{_W}t" and custom:
                custom = False  # (the custom mark of the note just referred to)
            elif tag == f"{_W}t":
                text = el.text or ""
                if fields and _NOTE_FIELD.match(fields[-1][1]) and _takes_mark(out):
                    # a cross-reference to a note ("NOTEREF"): its result is the note's number,
                    # a mark in superscript, never digits glued to the number before it
                    text = raised_mark(text)
                out.append(text)
            elif tag in (f"{_W}tab", f"{_W}ptab"):  # (an absolute tab: a header's symbol, its page)
                out.append("\t")
            elif tag == f"{_W}sym" and custom:
                custom = False  # (a custom mark drawn from a symbol font: "*" in Symbol)
            elif tag == f"{_W}sym":  # a symbol from a symbol font: apart from the words beside it
                out.append(_symbol(el.get(f"{_W}char", ""), el.get(f"{_W}font", "")))
            elif tag in (f"{_W}br", f"{_W}cr"):
                out.append("\n")
            elif tag == f"{_W}noBreakHyphen":
                out.append("-")
            elif tag == f"{_W}softHyphen":
                out.append("\u00ad")
            elif tag in (f"{_W}footnoteReference", f"{_W}endnoteReference"):
                kind = "f" if tag == f"{_W}footnoteReference" else "e"
                mark = self.marker(kind + el.get(f"{_W}id", ""))
                # a custom mark ("*", "a") stands in the text after the reference, where the page
                # shows it instead of a number: the number here, as the notes block counts it
                custom = el.get(f"{_W}customMarkFollows", "").lower() in ("1", "true", "on")
                if _takes_mark(out):
                    # right after a number or a word ("resolution 72/279¹"): in superscript, never
                    # digits glued to it ("72/2791")
                    mark = mark.translate(TO_SUPERSCRIPT)
                out.append(mark)
            elif tag == f"{_W}txbxContent":
                boxes.append(el)
            elif tag in _NOT_TEXT:
                continue  # text moved away (a tracked change), a field's instruction
            elif tag != _MC_FALLBACK and len(el):
                stack.append(iter(el))
        text = SPACES.sub(" ", "".join(out))
        if "\t" in text or "\n" in text:
            text = _GAP_IN_SYMBOL.sub("", text)
        return text, boxes


#: A tab at a slash between two elements of a symbol ("A/RES/" tab "74/239"), or a line break
#: (``w:br``) before its slash ("74" break "/239"): the symbol is one token, whatever gap the tab
#: left on the page or wherever the line was broken.  (A break after the slash is the engine's,
#: as at a text file's line end.)
_GAP_IN_SYMBOL = re.compile(r"(?<=[A-Za-z0-9]/)\t+(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])(?:\t+|\n)(?=/[A-Za-z0-9])")
#: What a run shows on the page (none of it when it stands in a field's instruction).
_SHOWN_IN_RUN = frozenset(
    f"{_W}{t}" for t in ("t", "tab", "ptab", "sym", "br", "cr", "noBreakHyphen", "softHyphen")
)


def _takes_mark(out: list[str]) -> bool:
    """Does the text so far end where a note's mark is set in superscript: after a letter or a
    digit ("72/279¹", "in 2019³"), or a bracket ("2250 (2015)²", as the PDF reader reads it)?"""
    last = out[-1][-1:] if out else ""
    return last.isalnum() or last == ")"


def _sup_digits(run: ET.Element) -> str | None:
    """The text of a run that holds only a note's number or numbers ("5", "3,4"), else None."""
    if any(c.tag not in (f"{_W}rPr", f"{_W}t") for c in run):
        return None
    text = "".join(t.text or "" for t in run.iter(f"{_W}t"))
    return text if NOTE_MARK.fullmatch(text) else None


def _symbol(code: str, font: str = "") -> str:
    """The character of a ``w:sym`` (its code in hexadecimal), or a space for one that only its
    font gives a meaning to (a private-use code of a symbol font, a damaged value).  The Symbol
    font's codes for digits and punctuation (``F02D``, its minus, in "ES-11/1"; ``F02F``, a
    slash) are those characters: Word writes them so when they are typed in that font."""
    try:
        char = chr(int(code, 16))
    except (ValueError, OverflowError):
        return " "
    if font.strip().lower() == "symbol" and "\uf000" <= char <= "\uf0ff":
        return _SYMBOL_FONT.get(ord(char) - 0xF000, " ")
    return " " if not char.isprintable() or "\ue000" <= char <= "\uf8ff" else char


#: The Symbol font's codes that stand for the characters they have in ASCII (its letters are Greek,
#: some signs mathematical); its minus (0x2D) as a hyphen, as a symbol's elements are joined.
_SYMBOL_FONT = {c: chr(c) for c in b" !#%&(),./0123456789:;<=>?[]_{|}"}
_SYMBOL_FONT[0x2D] = "-"


#: What a paragraph holds that is not its text as the page shows it: runs moved away by a tracked
#: change (their text stands where they were moved to) and deleted ones; a field's instruction
#: (``HYPERLINK "https://undocs.org/A/RES/70/1"``: its result, the shown text, is read); the
#: reading aid printed above East Asian characters (ruby text: its base is read).
_NOT_TEXT = frozenset(f"{_W}{t}" for t in ("moveFrom", "del", "instrText", "delInstrText", "rt"))


def _masthead_row(block: _Block) -> _Block:
    """A table row above the first paragraph is the first page's masthead ("United
    Nations | A/RES/80/1 | General Assembly | Distr.: General"): a line per cell, and in a
    cell a line for each line it shows (the two symbols of a joint document, "A/80/123" over
    "S/2025/456", are two lines, never one that cites the second), as the page shows it."""
    out = _Block("")
    for (_, _, table, row, col), lines in zip(block.cells, block.lines, strict=True):
        if out.text:
            out.text += "\n"
        text = "\n".join(lines)
        out.cells.append((len(out.text), len(out.text) + len(text), table, row, col))
        out.text += text
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


def read_docx(source: bytes | BinaryIO, name: str, limits: Limits) -> Document:
    """The text of a Word file (its bytes, or a file open for reading: the archive's parts are
    then read from it as they are needed)."""
    warnings: list[str] = []
    try:
        return _read(io.BytesIO(source) if isinstance(source, bytes) else source, name, limits, warnings)
    except UnreadableInput:
        raise
    except RecursionError:
        raise UnreadableInput(f"{name}: Word document nested too deeply") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile):
        raise UnreadableInput(f"{name}: cannot read Word document (damaged zip archive)") from None
    except Exception as exc:  # zipfile, zlib, bz2 and lzma raise many kinds of error on damage
        raise UnreadableInput(f"{name}: cannot read Word document ({type(exc).__name__})") from None


#: A cell alone in its row with so many paragraphs is a frame round text, not a table's cell.
_LAYOUT_CELL_PARAS = 3
#: The blank lines between paragraphs in an embedded part's text.
_PARAGRAPHS = re.compile(r"\n[ \t\u00a0]*\n\s*")
#: How deep Word files embedded in Word files (``w:altChunk``) are read.
_CHUNK_DEPTH = 3


def _chunk_bytes(z: zipfile.ZipFile, part: str, limits: Limits) -> bytes | None:
    """A part's bytes, decompressed as a stream up to ``limits.max_part`` (None if larger)."""
    info = z.getinfo(part)
    if info.flag_bits & 0x1 or info.compress_type not in _METHODS:
        return None
    out = bytearray()
    with z.open(info) as stream:
        while chunk := stream.read(_CHUNK):
            out += chunk
            if len(out) > limits.max_part:
                return None
    return bytes(out)


def _chunk_text(data: bytes, name: str, limits: Limits, warnings: list[str], depth: int) -> str:
    """The text of an embedded part's bytes: a Word file's text (not deeper than
    :data:`_CHUNK_DEPTH`), an HTML page's (also one sent as a web archive, MIME), or text."""
    if data.startswith(b"PK\x03\x04"):
        if depth >= _CHUNK_DEPTH:
            warnings.append(f"{name}: Word files embedded too deeply; left out")
            return ""
        return _read(io.BytesIO(data), name, limits, warnings, depth + 1).text
    if _MIME_HEAD.match(data):
        import email

        for piece in email.message_from_bytes(data).walk():
            payload = piece.get_payload(decode=True)
            if piece.get_content_type() == "text/html" and isinstance(payload, bytes):
                data = payload
                break
    from .decode import decode
    from .html import looks_like_html, parse

    text, _ = decode(data, name, warnings)
    if not looks_like_html(text):
        return text
    pieces, at = [], 0
    for start, end, repl in parse(text).edits:
        pieces += [text[at:start], repl]
        at = end
    return "".join(pieces) + text[at:]


#: A web archive (``.mht``) begins with a MIME message's header fields.
_MIME_HEAD = re.compile(rb"\s*(?:MIME-Version|Content-Type)\s*:", re.IGNORECASE)


def _read(source: BinaryIO, name: str, limits: Limits, warnings: list[str], depth: int = 0) -> Document:
    with zipfile.ZipFile(source) as z:

        def part(p: str) -> ET.Element | None:
            return _read_part(z, p, name, limits, warnings)

        package_rels = part("_rels/.rels")
        main = _main_part(z, package_rels, part)
        if main is None:
            raise UnreadableInput(f"{name}: a zip archive, not a Word document")
        core = _core_symbols(z, package_rels, part)
        folder, _, base = main.rpartition("/")
        main_rels = part(f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels")
        related = _related(z, main, main_rels)

        def related_part(kind: str) -> ET.Element | None:
            """The main part's part of a kind: the one its relationships name, else the usual
            name beside it ("word/styles.xml")."""
            found = related.get(kind)
            return part(found[0] if found else posixpath.join(folder, kind + ".xml"))

        styles = related_part("styles")
        numbering = Numbering(related_part("numbering"), styles)
        notes: dict[str, tuple[str, ET.Element]] = {}
        for prefix, kind, tag in (("f", "footnote", "footnote"), ("e", "endnote", "endnote")):
            root = related_part(tag + "s")
            if root is not None:
                for note in root.iter(f"{_W}{tag}"):
                    if note.get(f"{_W}type") in (None, "normal"):
                        notes[prefix + note.get(f"{_W}id", "")] = (kind, note)
        reader = _Reader(numbering, notes, hidden_styles(styles))
        reader.raised = raised_styles(styles)
        rel_targets = {}
        if main_rels is not None:
            for rel in main_rels.iter(f"{_PKG_REL}Relationship"):
                if rel.get("Type", "").endswith("/aFChunk"):
                    rel_targets[rel.get("Id", "")] = _target(folder, rel)

        def chunk(rid: str) -> str:
            target = rel_targets.get(rid)
            try:
                data = _chunk_bytes(z, target, limits) if target and target in z.namelist() else None
                return "" if data is None else _chunk_text(data, name, limits, warnings, depth)
            except Exception:  # a damaged embedded part: the rest of the document is read
                warnings.append(f"{name}: an embedded part ({target}) cannot be read; left out")
                return ""

        reader.chunk = chunk
        body_blocks: list[_Block] = []
        sections: list[Section] = []

        def on_block(el: ET.Element) -> None:
            found = list(el.iter(f"{_W}sectPr"))
            if found:
                # (a tracked change's record of a section's former properties is no section)
                changes = el.iter(f"{_W}sectPrChange")
                former = {id(s) for change in changes for s in change.iter(f"{_W}sectPr")}
                sections.extend(section_of(sect) for sect in found if id(sect) not in former)
            body_blocks.extend(reader.block(el))

        _read_part(z, main, name, limits, warnings, on_block)
        body_blocks.extend(reader.flush())
        margins = []
        settings = related_part("settings")
        even_odd = settings is not None and _on(settings.find(f"{_W}evenAndOddHeaders"))
        refs = shown_margins(sections, even_odd)
        for p in _margin_parts(z, refs, main_rels, main):
            root = part(p)
            if root is not None:
                margins.append(("footer" if root.tag == f"{_W}ftr" else "header", root))

    out = LaidOut()
    # the lines of the header and footer parts as the page shows them: a masthead laid out as a
    # table a line for each cell, and in a cell for each of its paragraphs and line breaks
    lines = (
        (line, kind)
        for kind, root in margins
        for block in reader.blocks(root, numbered=False)
        for line in _shown_lines(block)
    )
    reader.margin = True
    out.margins(lines, core, (line for b in body_blocks[:_MASTHEAD_LINES] for line in b.text.split("\n")))
    reader.margin = False

    prose = False  # a paragraph of text seen yet
    shown_blocks = [block for block in body_blocks if block.text.strip()]
    breaks = paragraph_breaks([b.text.strip() for b in shown_blocks], [bool(b.cells) for b in shown_blocks])
    for i, block in enumerate(shown_blocks):
        if i:
            out.put(breaks[i - 1])
        if block.cells and not prose:
            block = _masthead_row(block)
        prose = prose or not block.cells
        for s, e, table, row, col in block.cells:
            out.layout.cells.append(CellSpan(out.pos + s, out.pos + e, table, row, col))
        out.put(block.text)
    shown: list[tuple[NoteKind, str]] = []
    for key in reader.shown:
        kind, note = notes[key]
        # (its paragraphs as the body's are read: a text box once, a table's row as a line)
        paras = [block.text for block in reader.blocks(note, numbered=False)]
        shown.append(
            ("footnote" if kind == "footnote" else "endnote", " ".join(p.strip() for p in paras if p.strip()))
        )
    out.notes(shown)
    return out.document(name, "docx", warnings)
