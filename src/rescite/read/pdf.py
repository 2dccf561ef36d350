"""PDF → text: the text layer of each page (the optional ``pypdf`` package; ``pip install
'rescite[pdf]'``), pages separated by a form feed.

Footnote markers come out as plain digits glued to words ("Organized Crime3"), which the
segmenter reads as markers.  Running headers and footers — lines at the top or foot of a
page that recur on other pages, whatever their page number — and bare page numbers are
recorded in the layout as the page's frame (the text keeps them: offsets stay true).
"""

from __future__ import annotations

import io
import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from typing import BinaryIO, Literal

from ..models import Document, Layout, MarginSpan, PageSpan
from .errors import UnreadableInput
from .limits import MB
from .marks import NOTE_MARK, PRINT_FOOTER, PRINT_STAMP, TO_SUPERSCRIPT
from .marks import NOTE_RULE as NOTE_RULE  # (the reader's own name for it, as before)
from .pdfgaps import INDIC_NUMBER, WORD_GAP, Run, extract, page_runs
from .stop import STOP

#: How many lines at the top and at the foot of a page may belong to its frame.
ZONE = 4
#: A page number by itself: "3", "- 3 -", "3/24", "Page 3", "Página 3 de 9".
_PAGE_NUMBER = re.compile(r"[\s\-–—]*(?:\w{1,8}\s+)?\d{1,4}(?:\s*(?:/|\w{1,3})\s*\d{1,4})?[\s\-–—]*")
_DIGITS = re.compile(r"\d+")


def read_pdf(source: bytes | BinaryIO, name: str, max_text: int | None = None) -> Document:
    """The text of a PDF (its bytes, or a file open for reading: pages are then read from it
    as they are needed).  Pages are added until their text reaches ``max_text`` characters:
    the page that crosses it is cut there, and a warning says how many pages were read."""
    try:
        import pypdf
    except ImportError:
        raise UnreadableInput(f"{name}: reading PDF needs pypdf (pip install 'rescite[pdf]')") from None
    import logging

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged-file chatter stays off stderr
    warnings: list[str] = []
    try:
        reader = pypdf.PdfReader(io.BytesIO(source) if isinstance(source, bytes) else source)
        # (many published PDFs are encrypted with an empty user password, to set permissions:
        # they open without one; AES needs the cryptography package, which rescite[pdf] brings)
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableInput(f"{name}: encrypted PDF that needs a password")
        pages: list[str] = []
        known: list[dict[str, int]] = []  # each page's lines whose order its glyphs tell
        total = len(reader.pages)
        used = 0  # characters of text so far
        garbled: list[int] = []  # the pages whose text layer has no letters to read
        for one in reader.pages:
            if STOP.on:  # the time budget ran out: the pages read are kept
                warnings.append(
                    f"{name}: time budget reached after page {len(pages)} of {total}; the rest not read"
                )
                break
            known.append({})
            page = _without_print_margins(_page_text(one, known[-1]).rstrip("\n"))
            used += 1 if pages else 0  # a form feed before each page but the first
            if max_text is not None and used + len(page) > max_text:
                if used < max_text:
                    pages.append(page[: max_text - used])
                warnings.append(_text_limit(name, max_text, len(pages), total))
                break
            used += len(page)
            pages.append(page)
            if _unreadable(page):
                garbled.append(len(pages))
    except UnreadableInput:
        raise
    except pypdf.errors.DependencyError:
        raise UnreadableInput(
            f"{name}: encrypted PDF (AES); reading it needs the cryptography package"
            " (pip install 'rescite[pdf]')"
        ) from None
    except Exception as exc:  # pypdf raises many kinds of error on damaged files
        raise UnreadableInput(f"{name}: cannot read PDF ({type(exc).__name__})") from None
    if garbled:
        warnings.append(_unreadable_pages(name, garbled, total))
    if len(pages) > 1:
        pages[-1] = _page_of_notes(pages[-1])
    text = ocr_repair("\f".join(map(_end_after_bracket, logical_order(pages, known))).translate(KANGXI))
    if not text.strip() and not warnings:
        raise UnreadableInput(f"{name}: PDF without a text layer (a scan?)")
    layout = Layout()
    pos = 0
    for number, page in enumerate(text.split("\f"), 1):
        layout.pages.append(PageSpan(pos, pos + len(page), number))
        pos += len(page) + 1
    layout.margins = running_margins(text, layout.pages)
    return Document(name, text, "pdf", None, layout, warnings)


# -- a browser's print margins ---------------------------------------------------------------
# A web page printed by a browser (see marks.py): the text layer puts its pages' footers and
# headers at each page's end (or its start).
_PRINT_FOOTER = re.compile(PRINT_FOOTER)
_PRINT_HEADER = re.compile(PRINT_STAMP + ".*")


def _without_print_margins(page: str) -> str:
    """A page's text without a browser's print margins (see above): its footer, the last or
    the first line, then its header, the line on the other side of the footer's."""
    if "://" not in page and "www." not in page:
        return page
    lines = page.split("\n")
    for end in (-1, 0):
        if len(lines) > 1 and _PRINT_FOOTER.fullmatch(lines[end]):
            del lines[end]
            if len(lines) > 1 and _PRINT_HEADER.fullmatch(lines[end]):
                del lines[end]
            return "\n".join(lines)
    return page


# -- Kangxi radicals ----------------------------------------------------------------------------
# A Chinese font can map the glyphs of common characters to the Kangxi radicals that look the
# same (U+2F00–U+2FD5: "⼤会" for "大会", "12⽉19⽇" for "12月19日"; browsers' PDFs do it with some
# fonts): each is read as the character it stands for, one for one, so offsets stay true.
KANGXI = {c: unicodedata.normalize("NFKC", chr(c)) for c in range(0x2F00, 0x2FD6)}
# … and to the forms of the CJK Radicals Supplement that are whole characters (U+2E80–U+2EF3: a
# browser's PDF gives "公⺠" for the Covenant's "公民", "秘书⻓" for "秘书长"), each as the unified
# ideograph Unicode names its equivalent (EquivalentUnifiedIdeograph.txt)
_RADICAL_FORMS = {
    0x2E9C: 0x65E5, 0x2E9D: 0x6708, 0x2E9F: 0x6BCD, 0x2EA0: 0x6C11, 0x2EA9: 0x738B, 0x2EBB: 0x807F,
    0x2EBD: 0x81FC, 0x2EC1: 0x864E, 0x2EC4: 0x897F, 0x2EC5: 0x89C1, 0x2EC6: 0x89D2, 0x2EC9: 0x8D1D,
    0x2ECB: 0x8F66, 0x2ED1: 0x9577, 0x2ED3: 0x957F, 0x2ED4: 0x95E8, 0x2ED7: 0x96E8, 0x2ED8: 0x9752,
    0x2ED9: 0x97E6, 0x2EDA: 0x9875, 0x2EDB: 0x98CE, 0x2EDC: 0x98DE, 0x2EDD: 0x98DF, 0x2EE2: 0x9A6C,
    0x2EE3: 0x9AA8, 0x2EE4: 0x9B3C, 0x2EE5: 0x9C7C, 0x2EE6: 0x9E1F, 0x2EE7: 0x5364, 0x2EE8: 0x9EA6,
    0x2EE9: 0x9EC4, 0x2EEA: 0x9EFE, 0x2EEB: 0x6589, 0x2EEC: 0x9F50, 0x2EED: 0x6B6F, 0x2EEE: 0x9F7F,
    0x2EEF: 0x7ADC, 0x2EF0: 0x9F99, 0x2EF1: 0x9F9C, 0x2EF2: 0x4E80, 0x2EF3: 0x9F9F,
}  # fmt: skip
KANGXI |= {k: chr(v) for k, v in _RADICAL_FORMS.items()}
# … and a slash (of a full-width "６４／２９３" too) that a font gives as the division slash or the
# fraction slash ("第６４∕２９３号"): the slash a symbol or a number is written with
KANGXI |= {0x2215: "/", 0x2044: "/"}


# -- characters misread by OCR ----------------------------------------------------------------
# The text layer of a scanned document is an OCR's reading of the page: in numbers, a one can
# come out as a small l or a capital I and a zero as a capital O ("resolution l514 (XV)",
# "A/8O82", "(l967)"), and a session's Roman numeral in small letters or closed by a brace
# ("2625 (xxv)", "1541 (XV}", "2200 ( XXI)").  Each repair keeps the text's length, so offsets stay true, and
# touches only what no typeset text holds: a whole word (or words joined by slashes) made of
# digits and those letters, with at least two real digits; a Roman numeral or a year in
# brackets right after a number (a numeral in small letters only after a number of three or
# four digits that is not a year: "by 2030 (iv)" is an item of a list).
# (a Chinese text glues its numbers to the ideographs around them: "第2l3l（XXI）号")
_IDEOGRAPHS = r"\u3400-\u9fff"
_OCR_NUMBER = re.compile(
    rf"(?:(?<![^\W_])|(?<=[{_IDEOGRAPHS}]))[0-9lIO]+(?:/[0-9lIO]+)*(?![^\W_{_IDEOGRAPHS}])"
)
_OCR_DIGITS = str.maketrans("lIO", "110")
_OCR_SESSION = re.compile(
    r"(?<!\d)(\d{1,4})( ?)([(\uff08])( ?)([xvilXVI]{1,6}|(?:[1l]9|2[0O])[0-9lO]{2})( ?)([)}\]\uff09])"
    rf"(?![^\W_{_IDEOGRAPHS}])"
)
# … inside a symbol (elements apart by slashes, dots and hyphens, one of them in capitals), an
# element of digits and those letters with one real digit ("A/5l/PV.l2", "ES-lO/2") or a lone
# small l where a number stands ("decision l/CP.3", "3/CMP.l"): no symbol has such an element
_OCR_SYMBOL = re.compile(r"(?<![\w/.\-])[A-Za-z0-9]+(?:[/.\-][A-Za-z0-9]+)+")
_OCR_ELEMENT = re.compile(r"(?<![^/.\-])(?:[0-9lIO]*[0-9][0-9lIO]*|l)(?![^/.\-])")
_CAPITALS_ELEMENT = re.compile(r"(?:^|[/.\-])[A-Z]{1,8}(?:$|[/.\-])")
# … and a space an OCR put inside a session's number of four digits before its numeral
# ("resolution 3 281 (XXIX)"; not at a line's start, where a table's row number stands): moved
# before the number, the length kept ("resolution  3281 (XXIX)")
_OCR_SPLIT = re.compile(r"(?<=[ (])(\d{1,3}) (\d{1,3})(?=( ?)\((?:[XVI]{1,6}|S-[XVI]{1,4})\))")
_ROMAN = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")
# … and, inside a number joined by slashes or a symbol's element, a five read as "S", an eight
# as "B" and a two as "Z" after a digit ("resolution 6S/1", "A/7S/L.3", "S/2O2Z/15"); never a
# letter that opens its element ("A/S-2/…", "G20/B20") nor a "B" that ends the token (a
# resolution's part: "45/2B")
_OCR_LETTERS = re.compile(r"(?<![^/.\-])[0-9lIO]*[0-9][0-9lIOSBZ]*[SBZ][0-9lIOSBZ]*(?![^/.\-])")
_OCR_MORE_DIGITS = str.maketrans("lIOSBZ", "110582")


def ocr_repair(text: str) -> str:
    """The text with the numbers and session numerals an OCR misread put right (see above)."""

    def number(m: re.Match[str]) -> str:
        word = m.group()
        digits = sum(c.isdigit() for c in word)
        # (one real digit is enough in a session's number and its own, "7O/l", with no capital
        # I: "decision II/7" of a conference whose sessions are Roman numerals)
        single = "/" in word and "I" not in word
        if word.isdigit() or digits < 2 - single or word.strip("lIO/") == "":
            return word
        return word.translate(_OCR_DIGITS)

    def session(m: re.Match[str]) -> str:
        number, space, opening, inner, numeral, inner2, closing = m.groups()
        if any(c.isdigit() for c in numeral):  # a year ("(2OOO)", "(l967)")
            numeral = numeral.translate(_OCR_DIGITS)
        else:
            roman = numeral.upper().replace("L", "I")
            if not _ROMAN.fullmatch(roman):
                return m.group()
            if not numeral.isupper() and (len(number) < 3 or 1900 <= int(number) < 2100):
                return m.group()
            numeral = roman
        # a space inside the brackets goes after them ("( XXI)" → "(XXI) ")
        # (a Chinese text's full-width brackets kept as they are)
        closing = "\uff09" if opening == "\uff08" and closing == "\uff09" else ")"
        return f"{number}{space}{opening}{numeral}{closing}{inner}{inner2}"

    def symbol(token: str) -> str:
        if "/" not in token or not _CAPITALS_ELEMENT.search(token):
            return token
        return _OCR_ELEMENT.sub(lambda e: e.group().translate(_OCR_DIGITS), token)

    def letters(token: str) -> str:
        if not any(c in token for c in "SBZ") or "/" not in token:
            return token
        fixed = _OCR_LETTERS.sub(
            lambda e: (
                e.group()
                if e.end() == len(token) and e.group()[-1] == "B"
                else e.group().translate(_OCR_MORE_DIGITS)
            ),
            token,
        )
        # (a number and its own: every element digits; else a symbol, one element in capitals)
        if fixed == token or not (
            all(e.isdigit() for e in fixed.split("/")) or _CAPITALS_ELEMENT.search(fixed)
        ):
            return token
        return fixed

    def split(m: re.Match[str]) -> str:
        if len(m.group(1)) + len(m.group(2)) != 4:
            return m.group()
        return " " + m.group(1) + m.group(2)

    if any(c in text for c in "lIO"):
        text = _OCR_NUMBER.sub(number, text)
    if "/" in text and any(c in text for c in "lIOSBZ"):
        text = _OCR_SYMBOL.sub(lambda m: symbol(letters(m.group())), text)
    if " (" in text:
        text = _OCR_SPLIT.sub(split, text)
    return _OCR_SESSION.sub(session, text)


# -- footnotes without a rule ------------------------------------------------------------------
# A word processor draws the rule above a page's footnotes as a line, not as text: the notes
# then stand in the text layer between the page's last line and the next page's first, where
# a sentence or a list cut by the page break runs on.  They are known by their smaller type:
# the lines at the page's foot (above its footer) set smaller than most of the page's text,
# the first opening with a note's number.  A rule line is put above them, as UN text files
# have it (:data:`NOTE_RULE`), so that the notes are read as notes and the sentence runs on over them.
_NOTE_SMALLER = 0.92  # a note's type is at most this share of the page's most used size
_FOOTER_MAX = 40  # a footer line (job number, page number, symbol) is at most this long
# a note's number, then a space or its first word glued to it ("1 See", "1See", "(2) A/79/2"), not
# a table row's resolution number ("62/149 …") nor a paragraph's ("3. Requests")
_NOTE_OPENS = re.compile(r"\s*\(?\d{1,3}\)?(?:\s+\S|(?=[^\W\d_]))")
_RULE_LINE = re.compile(r"\s*_{3,}\s*")


def _page_text(page: object, known: dict[str, int] | None = None) -> str:
    """A page's text layer, with a rule line above the footnotes at its foot when the page
    draws none as text (its right-to-left lines whose order the glyphs' places tell added to
    ``known``: see :func:`_drawn_lines`)."""
    pieces: list[tuple[str, float]] = []
    turns: list[bool] = []  # each piece drawn upright (False) or turned a quarter (True)
    spots: list[tuple[float, float]] = []  # where each piece starts on the page (x, y)

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        try:
            scale = math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3])
            across = tm[0] * cm[0] + tm[1] * cm[2]
            up = tm[0] * cm[1] + tm[1] * cm[3]
            spot = (tm[4] * cm[0] + tm[5] * cm[2] + cm[4], tm[4] * cm[1] + tm[5] * cm[3] + cm[5])
        except (TypeError, IndexError):
            scale, across, up, spot = 1.0, 1.0, 0.0, (0.0, 0.0)
        pieces.append((text, float(size or 0) * scale))
        turns.append(abs(up) > abs(across))
        spots.append(spot)

    def restart() -> None:
        pieces.clear()
        turns.clear()
        spots.clear()

    text = extract(page, visit, restart)  # (word gaps drawn without space glyphs: see pdfgaps)
    if "\n" not in text or "".join(p for p, _ in pieces) != text:
        return _soft_breaks(text)
    if not any(turns) and _RTL_LETTER.search(text):
        pieces = _drawn_lines(pieces, spots, page_runs(), {} if known is None else known)
        text = "".join(p for p, _ in pieces)
        turns = [False] * len(pieces)
    if any(turns) and not all(turns):
        text, pieces = _turned_aside(pieces, turns)
    if any(NOTE_MARK.fullmatch(p) for p, _ in pieces):
        pieces = _raised_marks(pieces)
        text = "".join(p for p, _ in pieces)
    return _soft_breaks(_rule_above_notes(text, pieces))


# -- right-to-left lines read from where their glyphs are drawn ---------------------------------
# A producer may draw a right-to-left line's strings in an order of its own: LibreOffice draws
# the words in reading order, but a number's slash (or a symbol's) after the number, in the gap
# left for it ("78", "246", then "/" between them; "A/ /" over "80 123"), so that the text layer
# has "78 246/" for 78/246.  Where a line's strings are drawn so — a string drawn inside the
# span of a string shown before it — the line is read from the glyphs' places instead: left to
# right as drawn, turned round for the right-to-left script, each run of digits and Latin
# letters (with the slashes, points and hyphens between them) kept left to right inside.  The
# line keeps its characters (only their order changes), else it is left as it is.

_LINE_GAP = 0.15  # a gap between strings wider than this share of the type size is a word gap
_CELL_GAP = 2.0  # … wider than this share, another cell or column on the same baseline


def _drawn_lines(
    pieces: list[tuple[str, float]], spots: list[tuple[float, float]], runs: list[Run], known: dict[str, int]
) -> list[tuple[str, float]]:
    """``pieces`` with the right-to-left lines whose strings are drawn out of order (see above)
    read from the glyphs' places, each such line one piece.  ``known`` gets the lines whose
    order is known, whatever order the page's other lines are in: a line so read (0: in
    reading order), and a line whose strings are shown one after another from its right edge
    (1: in reading order) or from its left edge (-1: in visual order; a word processor draws a
    Word file's right-to-left paragraphs so, and the same file's lines it reads anew are in
    order).  (The lines read anew do not count in the page's vote: they say nothing of the
    others.)"""
    if not runs:
        return pieces
    # the pieces of each line (a piece that holds a line break ends the lines it touches, but
    # one that ends with it, its text on one line: "()⏎" ends its line)
    lines: list[list[int]] = [[]]
    broken: set[int] = set()
    ends: dict[int, str] = {}  # a line's last piece that ends with its line break → the breaks
    for k, (piece, _) in enumerate(pieces):
        text = piece.rstrip("\n")
        if text and "\n" not in text and piece != text and piece[0] != "\n":
            lines[-1].append(k)
            ends[k] = piece[len(text) :]
            lines.extend([] for _ in range(piece.count("\n")))
            continue
        if "\n" in piece:
            if piece.strip("\n"):
                broken.update((len(lines) - 1, len(lines) - 1 + piece.count("\n")))
            lines.extend([] for _ in range(piece.count("\n")))
            if piece.strip("\n"):
                broken.add(len(lines) - 1)
            continue
        lines[-1].append(k)
    new: dict[int, str] = {}  # the first piece of a line read anew → the line
    gone: set[int] = set()
    for n, line in enumerate(lines):
        words = "".join(pieces[k][0].rstrip("\n") for k in line)
        if n in broken or not line:
            continue  # (a line of Latin letters on the page too: "80 35A/RES/ /" drawn so)
        xs = [spots[k][0] for k in line if pieces[k][0].strip()]
        y = spots[next(k for k in line if pieces[k][0].strip())][1]
        cell = _cell(runs, y, min(xs), max(xs))
        if cell is None:
            continue
        if _RTL_LETTER.search(words) is None and _LATIN.search(words) and _one_cell(cell):
            # a line of Latin letters alone in a right-to-left paragraph, its words shown from
            # the right ("9  2025December", " :.Distr General"): read left to right as drawn
            read = _latin_line(cell)
            if read != " ".join(words.split()) and sorted(read.replace(" ", "")) == sorted(
                words.replace(" ", "").replace(WORD_GAP, "")
            ):
                new[line[0]] = read + ends.get(line[-1], "")
                known[read.strip()] = 0
                gone.update(line[1:])
            continue
        way = _shown_leftwards(cell)
        if not _out_of_order(cell, way) and not _one_visual_string(cell) and not _split_run(cell, way):
            if way and _RTL_LETTER.search(words):
                known[words.strip()] = way
            continue
        read = _by_cells(cell)
        chars = sorted(words.replace(" ", "").replace(WORD_GAP, ""))
        if sorted(read.replace(" ", "")) != chars:
            # (a bracket alone, the other on another line: "A/80/41)،" is no glyph named by shape)
            read = read.translate(_MIRROR)
            if sorted(read.replace(" ", "")) != chars:
                continue  # (not the line's characters: left as it is)
        new[line[0]] = read + ends.get(line[-1], "")
        known[read.strip()] = 0
        gone.update(line[1:])
    if not new:
        return pieces
    out: list[tuple[str, float]] = []
    for k, (piece, size) in enumerate(pieces):
        if k in new:
            out.append((new[k], size))
        elif k not in gone:
            out.append((piece, size))
    return out


def _cell(runs: list[Run], y: float, left: float, right: float) -> list[Run] | None:
    """The strings drawn on the baseline ``y`` around ``left``–``right`` (where the line's
    pieces start): those that no gap wider than a cell's parts from them."""
    groups = _cell_groups(r for r in runs if abs(r[2] - y) < 0.3 * max(r[3], 1.0))
    inside = [r for g in groups if g[0][0] - 1.0 <= right and left <= max(r[1] for r in g) + 1.0 for r in g]
    return inside or None


def _cell_groups(runs: Iterable[Run]) -> list[list[Run]]:
    """``runs`` from left to right in groups: a gap wider than a cell's parts (from the right
    edge of the group so far) starts another cell or column."""
    groups: list[list[Run]] = []
    for r in sorted(runs, key=lambda r: r[0]):
        if groups and r[0] - max(g[1] for g in groups[-1]) <= _CELL_GAP * max(r[3], 1.0):
            groups[-1].append(r)
        else:
            groups.append([r])
    return groups


def _latin_line(cell: list[Run]) -> str:
    """A line of Latin letters alone in a right-to-left paragraph, read from its glyphs'
    places: left to right, but the numbers a space drawn alone (by an operator of its own: the
    paragraph's direction between them) sets right of the words are the line's first numbers,
    shown so by the paragraph's direction ("December 2025 9" drawn is "9 December 2025")."""
    alone = {r[5] for r in cell if not r[6]} - {r[5] for r in cell if "".join(r[4]).strip()}
    parts: list[list[Run]] = [[]]
    for run in sorted(cell, key=lambda r: r[0]):
        if run[5] in alone and not run[6]:
            parts.append([])
        else:
            parts[-1].append(run)
    read = [_from_places(part) for part in parts if part]
    line = _from_places(cell)
    if len(read) > 1 and _LATIN.search(read[0]) and not any(_LATIN.search(x) for x in read[1:]):
        line = " ".join(read[::-1])
    # (brackets the paragraph's direction turned round, named by their shape: ")1( A/80/311.")
    closing, opening = line.find(")"), line.find("(")
    if 0 <= closing < opening and line.count("(") == line.count(")"):
        line = line.translate(_MIRROR)
    return line


def _by_cells(cell: list[Run]) -> str:
    """A right-to-left line read from its glyphs' places, cell by cell: a table's row whose
    cells hold a line each on one baseline (the last row on a page, cut by the page's end) has
    its cells apart by gaps wider than a cell's parts; each cell is read on its own, and the
    cells follow one another in the order they are drawn (the table's order, whichever way
    its columns run), never turned round with the words."""
    groups = _cell_groups(cell)
    if len(groups) < 2:
        return _from_places(cell)
    groups.sort(key=lambda g: min(r[5] for r in g))
    return " ".join(read for read in (_from_places(g) for g in groups) if read)


def _one_visual_string(cell: list[Run]) -> bool:
    """Whether a line is one string of glyphs (one operator) that draws right-to-left words with
    the spaces between them: drawn left to right, so in visual order, whichever order pypdf
    gives its words and numbers in."""
    shown = {r[5] for r in cell if not r[6]}
    glyphs = "".join(g for r in cell for g in r[4])
    return len(shown) == 1 and " " in glyphs.strip() and _RTL_LETTER.search(glyphs) is not None


def _one_cell(cell: list[Run]) -> bool:
    """Whether no gap wider than a cell's parts the strings of a line (a table's row of Latin
    cells keeps the order its producer gave it)."""
    order = sorted(cell, key=lambda r: r[0])
    return all(b[0] - a[1] <= _CELL_GAP * max(b[3], 1.0) for a, b in itertools.pairwise(order))


def _out_of_order(cell: list[Run], way: int) -> bool:
    """Whether a string is drawn inside the span of a string shown (by another operator) before
    it: a mark put in the gap left for it (marks held back as a pass of their own aside); or,
    on a right-to-left line, a string of marks only drawn right of the string shown just before
    it (a closing bracket drawn after the comma that follows it: "2719 (2023 ،)").  ``way``:
    :func:`_shown_leftwards` of ``cell``."""
    spans: dict[int, tuple[float, float]] = {}
    # (… on a line whose strings are shown from right to left: not one drawn in visual order)
    rtl = way > 0 and any(_RTL_LETTER.search("".join(r[4])) for r in cell)
    last: tuple[int, float, str] | None = None  # the last string shown: operator, left edge, text
    for left, right, _, _, glyphs, shown, held in sorted(cell, key=lambda r: r[5]):
        if held:
            continue
        middle = (left + right) / 2
        if any(a < middle < b for k, (a, b) in spans.items() if k < shown):
            return True
        marks = "".join(glyphs).strip()
        if (
            rtl
            and last is not None
            and last[0] < shown
            and marks
            and marks[0] in _CLOSING_BRACKETS
            and not _CORE.search(marks)
            and last[2][-1:] in _RUN_END
            and middle > last[1]
        ):
            return True
        a, b = spans.get(shown, (left, right))
        spans[shown] = (min(a, left), max(b, right))
        last = (shown, left, marks or (last[2] if last is not None else ""))
    return False


def _split_run(cell: list[Run], way: int) -> bool:
    """Whether a line whose strings are shown from its right edge (``way`` 1) draws one
    left-to-right run as two strings, the right one shown first: a symbol whose letters and
    number LibreOffice sets in two portions (in two fonts) on a right-to-left line ("S/" shown
    after "11883", left of it, for "S/11883"; "CERD/C/SR" after ".2057").  Shown one after
    another, the strings would read the run's end before its start ("11883S/")."""
    if way <= 0:
        return False
    shown: dict[int, list[Run]] = {}
    for r in cell:
        if not r[6]:
            shown.setdefault(r[5], []).append(r)
    strings = [
        (
            min(r[0] for r in rs),
            max(r[1] for r in rs),
            max(r[3] for r in rs),
            "".join(g for r in rs for g in r[4]),
        )
        for rs in (shown[k] for k in sorted(shown))
    ]
    for (a_left, _, size, a), (_, b_right, _, b) in itertools.pairwise(strings):
        if (
            a.strip() == a
            and b.strip() == b
            and _LATIN.search(a + b)
            and _left_to_right(a)
            and _left_to_right(b)
            and not _RTL_LETTER.search(a + b)
            and abs(a_left - b_right) <= _TOUCH * max(size, 1.0)
        ):
            return True
    return False


_CLOSING_BRACKETS = ")]"
_RUN_END = ".,;:\u060c\u061b"  # marks after a closing bracket that end a clause


def _shown_leftwards(cell: list[Run]) -> int:
    """1 when most strings of a line are shown left of the one shown before them (by another
    operator), -1 when most are shown right of it, 0 when neither (or fewer than two steps)."""
    # (… glyphs of no character, held back as marks, among them: kashidas that join a word's pieces)
    order = [r for r in sorted(cell, key=lambda r: r[5]) if not r[6] or not "".join(r[4])]
    steps = [b[0] - a[0] for a, b in itertools.pairwise(order) if a[5] != b[5] and not _word_goes_on(a, b)]
    left, right = sum(x < 0 for x in steps), sum(x > 0 for x in steps)
    if left + right < 2 or left == right:
        return 0
    return 1 if left > right else -1


_TOUCH = 0.05  # strings this share of the type size apart (or less) touch


def _word_goes_on(a: Run, b: Run) -> bool:
    """Whether the string ``b`` goes on with the word that ``a`` ends, drawn right after it by
    another operator with no space between (a justified Arabic line's word stretched by a
    kashida, its pieces drawn left to right): no step of the line's own order."""
    last, first = "".join(a[4])[-1:], "".join(b[4])[:1]
    return abs(b[0] - a[1]) <= _TOUCH * max(b[3], 1.0) and not last.isspace() and not first.isspace()


def _from_places(cell: list[Run]) -> str:
    """A right-to-left line read from its glyphs' places (see above); a line with no
    right-to-left letter, left to right ("S/RES/2812 (2026)")."""
    units: list[str] = []
    last: Run | None = None
    for run in sorted(cell, key=lambda r: r[0]):
        gap = last is not None and run[0] - last[1] > _LINE_GAP * run[3]
        if gap and units and units[-1] != " " and (not run[4] or run[4][0] != " "):
            units.append(" ")
        units.extend(g for g in run[4] if g)
        last = run
    if not any(_RTL_LETTER.search(unit) for unit in units):
        latin = " ".join("".join(units).split())
        if _STARRED_RX.fullmatch(latin):
            return latin[1:] + latin[0]  # (a reissued document's star, drawn at the symbol's left)
        if latin[:1] in _ENDS and latin[1:2].isalnum():
            # a right-to-left paragraph's sentence end drawn at its left, and a note's number
            # at its right: ".A/80/316/Add.1 1" is "1 A/80/316/Add.1."
            head, _, number = latin[1:].rpartition(" ")
            if head and number.isdigit() and len(number) <= 3:
                return f"{number} {head}{latin[0]}"
            return latin[1:] + latin[0]
        return latin
    units.reverse()
    out: list[str] = []
    i = 0
    while i < len(units):
        if _left_to_right(units[i]):
            j = end = i
            # (Arabic-Indic digits are in the script's block, but drawn left to right: "٧٠/١")
            while j < len(units) and (not _RTL_LETTER.search(units[j]) or _indic_number(units[j])):
                if _left_to_right(units[j]):
                    end = j
                j += 1
            out.extend(_left_to_right_runs(units[i : end + 1]))
            i = end + 1
            continue
        out.append(units[i])
        i += 1
    read = "".join(out).strip()
    opening = min((read.find(c) for c in "([" if c in read), default=-1)
    closing = min((read.find(c) for c in ")]" if c in read), default=-1)
    if closing >= 0 and (opening < 0 or closing < opening):
        read = read.translate(_MIRROR)  # (glyphs named by their shape, as drawn)
    return read if "  " not in read else " ".join(read.split())


def _left_to_right_runs(units: list[str]) -> list[str]:
    """Glyphs from a Latin letter or a digit to another, none right to left between, in the
    order of a right-to-left line (turned round): with a Latin letter among them, one run read
    left to right ("A/80/123 (Part I)"); numbers only, each number a run, the marks and spaces
    between them in the line's order ("(2000) 1325" drawn is "1325 (2000)"), a number's one
    slash, point or comma inside it ("78/246")."""
    latin = [k for k, unit in enumerate(units) if any(c.isascii() and c.isalpha() for c in unit)]
    if latin:
        # numbers before the word of the first Latin letter (a space apart) are numbers of the
        # right-to-left line ("10 (E/2016/30)": "10" is no part of the symbol's run)
        start = max((k + 1 for k in range(latin[0]) if units[k] == " "), default=0)
        while start < latin[0] and units[start] in _OPENING:
            start += 1  # (a bracket that opens the word stays in the line's order: "(")
        word = units[start:][::-1]
        if _CODE_TURNED.fullmatch("".join(word)):
            # a coded decision's number, put after its code by the line's direction: "CP.21/1"
            # drawn is "1/CP.21"
            code, _, number = "".join(word).partition("/")
            word = [f"{number}/{code}"]
        return (_left_to_right_runs(units[:start]) if start else []) + word
    out: list[str] = []
    run: list[str] = []
    for k, unit in enumerate(units):
        inside = (
            len(unit) == 1
            and unit in "/.,:-"
            and 0 < k < len(units) - 1
            and _left_to_right(units[k - 1])
            and _left_to_right(units[k + 1])
        )
        if _left_to_right(unit) or inside:
            run.append(unit)
            continue
        out.extend(run[::-1])
        run = []
        out.append(unit)
    return out + run[::-1]


_CODE_TURNED = re.compile(r"[A-Za-z]+\.\d+/\d+")


def _left_to_right(unit: str) -> bool:
    """Whether a glyph's characters are a Latin letter or a digit (drawn left to right)."""
    return any((c.isascii() and c.isalpha()) or c.isdigit() for c in unit)


_MARK_SMALLER = 0.8  # a note's mark is set at most this share of the size of the text before it


def _raised_marks(pieces: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """The pieces with a note's mark drawn in smaller type right after a word, a number or a
    bracket ("74/270" then a small "1") as superscript digits, as a text file writes it —
    never digits glued to the number before it ("74/2701", "73/12")."""
    out: list[tuple[str, float]] = []
    before, before_size = "", 0.0  # the last piece with text, and its size
    for piece, size in pieces:
        if (
            NOTE_MARK.fullmatch(piece)
            and 0 < size < before_size * _MARK_SMALLER
            and (before[-1:].isalnum() or before[-1:] == ")")
        ):
            piece = piece.translate(TO_SUPERSCRIPT)
        out.append((piece, size))
        if piece:
            before, before_size = piece, size
    return out


def _turned_aside(pieces: list[tuple[str, float]], turns: list[bool]) -> tuple[str, list[tuple[str, float]]]:
    """The page's lines with those drawn turned against the page's text (a job number set up
    the margin, a label along a picture) after the rest, where they no longer cut a sentence
    in two ("… resolution 74/270 of⏎25-21789 (E)⏎2 April 2020 …"); with the pieces that
    make them, in the same order."""
    lines: list[list[tuple[str, float, bool]]] = [[]]
    for (piece, size), turned in zip(pieces, turns, strict=True):
        for k, part in enumerate(piece.split("\n")):
            if k or (
                # (a piece turned against the one before it on the line opens a line of its own: a
                # turned table's first cell run onto the upright sentence above it, "… the
                # following resolutions:Resolution", no break drawn between them)
                part.strip()
                and any(p.strip() for p, _, _ in lines[-1])
                and next(t for p, _, t in reversed(lines[-1]) if p.strip()) != turned
            ):
                lines.append([])
            if part:
                lines[-1].append((part, size, turned))
    upright = Counter(t for line in lines for part, _, t in line for _ in part.strip())
    main = upright[True] > upright[False]

    def aside(line: list[tuple[str, float, bool]]) -> bool:
        return any(part.strip() for part, _, _ in line) and all(
            t != main for part, _, t in line if part.strip()
        )

    order = [line for line in lines if not aside(line)] + [line for line in lines if aside(line)]
    out: list[tuple[str, float]] = []
    for k, line in enumerate(order):
        if k:
            out.append(("\n", 0.0))
        out.extend((part, size) for part, size, _ in line)
    return "".join(p for p, _ in out), out


#: A word broken at a soft hyphen at a line's end, as a browser prints it: the soft hyphen drawn
#: as a space glyph, then a hyphen glyph drawn over it (a text object of its own, another font
#: at times), which a gap check reads as a word gap ("reso ‐⏎lution").
_SOFT_BREAK = re.compile(r"(?<=[^\W\d_]) (?=\u2010[ ]*\n[^\W\d_])")


def _soft_breaks(text: str) -> str:
    """``text`` with the words broken at a soft hyphen at a line's end read as one broken word
    ("reso‐⏎lution"), which the engine joins as any word hyphenated at a line's end."""
    return _SOFT_BREAK.sub("", text) if "\u2010" in text else text


def _rule_above_notes(text: str, pieces: list[tuple[str, float]]) -> str:
    lines = text.split("\n")
    # the type sizes of each line and of the page, weighed by their characters (spaces aside)
    weights: list[Counter[float]] = [Counter()]
    page_sizes: Counter[float] = Counter()
    for piece, size in pieces:
        for k, part in enumerate(piece.split("\n")):
            if k:
                weights.append(Counter())
            n = len(part) - part.count(" ")
            if n:
                weights[-1][round(size, 1)] += n
                page_sizes[round(size, 1)] += n
    if len(page_sizes) < 2:
        return text
    body = page_sizes.most_common(1)[0][0]
    sizes = [w.most_common(1)[0][0] if w else 0.0 for w in weights]
    i = len(lines) - 1
    while i >= 0 and not lines[i].strip():
        i -= 1
    foot = 0
    while (
        i >= 0
        and foot < ZONE
        and (
            (
                len(lines[i].strip()) <= _FOOTER_MAX
                and not any(c.islower() for c in lines[i])
                and not _note_without_small_letters(lines[i])
            )
            # (… or a browser's print margins: the page's address, the time of printing)
            or _PRINT_FOOTER.fullmatch(lines[i]) is not None
            or (foot > 0 and _PRINT_HEADER.fullmatch(lines[i]) is not None)
        )
    ):
        i -= 1  # the footer: a job number, a page number, a symbol
        foot += 1
    j = i
    while j >= 0 and lines[j].strip() and 0 < sizes[j] < body * _NOTE_SMALLER:
        j -= 1
    kept, moved = _column_notes(lines[: j + 1], sizes[: j + 1], body)
    at_foot = j < i and j >= 0 and (_opens_note(lines[j + 1]) or _drawn_note(lines[j + 1]))
    if not moved and (not at_foot or j < 0 or _RULE_LINE.fullmatch(lines[j])):
        return text
    notes = [_spaced_number(line) for line in moved + (lines[j + 1 : i + 1] if at_foot else [])]
    rule = [] if kept and _RULE_LINE.fullmatch(kept[-1]) else [NOTE_RULE]
    rest = lines[i + 1 :] if at_foot else lines[j + 1 :]
    return "\n".join([*kept, *rule, *notes, *rest])


_NOTE_NUMBER = re.compile(r"\s*\(?(\d{1,3})\)?(?:\s+\S|(?=[^\W\d_]))")


def _page_of_notes(page: str) -> str:
    """A document's last page with a rule line above it when the page is its notes alone,
    set on a page of their own with no rule and in one type size (a browser's print of a
    session volume): its first line opens a note, and the lines that open with a number open
    the notes that follow it, numbered one after another (at least two of them)."""
    lines = page.split("\n")
    first = next((k for k, line in enumerate(lines) if line.strip()), None)
    if first is None or not _opens_note(lines[first]) or any(_RULE_LINE.fullmatch(x) for x in lines):
        return page
    expected, notes = -1, 0
    for line in lines[first:]:
        m = _NOTE_NUMBER.match(line if _RTL_LETTER.search(line) else _reading(line))
        if m is None:
            continue
        number = int(m.group(1))
        if expected >= 0 and number != expected:
            return page
        expected, notes = number + 1, notes + 1
    if notes < 2:
        return page
    return "\n".join([*lines[:first], NOTE_RULE, *lines[first:]])


#: A line that a sentence goes on after (no full stop, colon or semicolon at its end).
_RUNS_ON = re.compile(r"[^.;:!?\u3002\s]\s*$")


def _column_notes(lines: list[str], sizes: list[float], body: float) -> tuple[list[str], list[str]]:
    """The notes a page sets at the foot of a column that is not its last (two columns: the
    notes of the first under it, then the second column's text), apart from the text, which
    then reads on from one column into the next ("and Human⏎Rights Council resolution 34/23").
    Such notes are lines of smaller type, the first opened by a note's number, between a line
    of text that a sentence goes on after and more text."""
    kept: list[str] = []
    moved: list[str] = []
    k, n = 0, len(lines)
    small = [0 < size < body * _NOTE_SMALLER for size in sizes]
    while k < n:
        m = k
        if small[k] and kept and not small[k - 1] and _RUNS_ON.search(kept[-1]) and _opens_note(lines[k]):
            while m < n and small[m] and lines[m].strip():
                m += 1
        if k < m < n and sizes[m] >= body * _NOTE_SMALLER:
            moved.extend(lines[k:m])
            k = m
            continue
        kept.append(lines[k])
        k += 1
    return kept, moved


def _opens_note(line: str) -> bool:
    """Whether a line opens with a note's number, in reading order or, on a right-to-left page,
    as a line with no right-to-left letter is drawn (".A/80/316/Add.1 1" is "1 A/80/316/Add.1.")."""
    if _NOTE_OPENS.match(line):
        return True
    return _RTL_LETTER.search(line) is None and _NOTE_OPENS.match(_reading(line)) is not None


#: A right-to-left note's line as drawn, left to right: its number last (".الفصل الثالث ،A/43/42 1")
_NOTE_NUMBER_LAST = re.compile(r".*[^\W\d_]\S*\s+\(?\d{1,3}\)?\s*")


def _drawn_note(line: str) -> bool:
    """Whether a right-to-left line of the page's smaller type at its foot, its words in the
    order they are drawn (the text layer of a browser's print), ends with a note's number: the
    note's first line read from its right."""
    return _RTL_LETTER.search(line) is not None and _NOTE_NUMBER_LAST.fullmatch(line) is not None


def _note_without_small_letters(line: str) -> bool:
    """Whether a short line with no small letter is a note, not a footer: a note's number, then
    a note that ends with a full stop ("1 A/80/316/Add.1.") or is written in a script without
    capitals ("1 见A/80/317。", an Arabic note, its number last as drawn: :func:`_drawn_note`), or a
    symbol glued to the number ("1A/80/423", a note's text after its raised number, which no
    footer draws so)."""
    if not _opens_note(line) and not _drawn_note(line):
        return False
    if _GLUED_SYMBOL.match(line):
        return True
    if _RTL_LETTER.search(line) is None:
        line = _reading(line)
    return line.rstrip().endswith((".", "\u3002")) or any(
        c.isalpha() and c.lower() == c.upper() for c in line
    )


#: A note's number with a document's symbol glued to it ("1A/80/423", "12E/CN.15/2025/3")
_GLUED_SYMBOL = re.compile(r"\s*\d{1,3}[A-Z][A-Z0-9.\-]{0,12}/[A-Z0-9]")


_GLUED_NUMBER = re.compile(r"(\s*\d{1,3})(?=[^\W\d_])")


def _spaced_number(line: str) -> str:
    """A note's line with its number apart from its first word ("1See" → "1 See"); a line
    that goes on with a word in lower case is left as it is."""
    m = _GLUED_NUMBER.match(line)
    if m is None or line[m.end()].islower():
        return line
    return f"{m.group(1)} {line[m.end() :]}"


# A font drawn without a Unicode map (no ToUnicode, no /ActualText, codes of its own) gives a
# text layer of control characters, private-use code points or stray signs: no letters of any
# script.  The text is kept as it is read; a warning says its citations cannot be read.
_UNREADABLE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd\U000f0000-\U0010ffff]")
_LETTER = re.compile(r"[^\W\d_]")
_UNREADABLE_MIN = 20  # a page with fewer characters (a page number, a symbol) is not judged
_UNREADABLE_SHARE = 0.1  # … more unreadable characters than this share of them: no text to read
_LETTERS_MIN = 0.05  # … or fewer letters than this share


def _unreadable(page: str) -> bool:
    """Is a page's text layer unreadable: many control or private-use characters, or (of many
    characters) hardly a letter of any script?"""
    seen = len(page) - page.count(" ") - page.count("\n")
    if seen < _UNREADABLE_MIN:
        return False
    if _UNREADABLE.search(page) is not None and len(_UNREADABLE.findall(page)) > seen * _UNREADABLE_SHARE:
        return True
    # (fewer letters than the share: the letters counted only as far as the share, a page's
    # first lines mostly, never listed whole)
    needed = math.ceil(seen * _LETTERS_MIN)
    return next(itertools.islice(_LETTER.finditer(page), needed - 1, None), None) is None


def _unreadable_pages(name: str, pages: list[int], total: int) -> str:
    which = "every page" if len(pages) == total else "page " + ", ".join(map(str, pages))
    return (
        f"{name}: no readable text on {which} (a font without a Unicode map?);"
        " the citations there cannot be read"
    )


def _text_limit(name: str, max_text: int | None, read: int, total: int) -> str:
    size = f"{(max_text or 0) / MB:g} MB"
    kept = f"{read} of {total} pages"
    return f"{name}: text larger than the limit ({size}; RESCITE_MAX_FILE); read up to it: {kept}"


def _key(line: str) -> str:
    """A line as it recurs from page to page: numbers and spacing do not count."""
    return _DIGITS.sub("#", " ".join(line.split()))


def _zone(text: str, page: PageSpan, top: bool) -> list[tuple[int, int, str]]:
    """The first (or last) :data:`ZONE` non-empty lines of a page: start, end, key."""
    out: list[tuple[int, int, str]] = []
    pos = page.start
    lines = []
    for line in text[page.start : page.end].split("\n"):
        if line.strip():
            lines.append((pos, pos + len(line), _key(line)))
        pos += len(line) + 1
    out = lines[:ZONE] if top else lines[-ZONE:][::-1]
    return out


def running_margins(text: str, pages: list[PageSpan]) -> list[MarginSpan]:
    """Running headers and footers and page numbers, found as lines at the top or foot of
    the pages that recur on several of them (or are a bare page number)."""
    margins: list[MarginSpan] = []
    need = max(2, (len(pages) * 3 + 9) // 10)  # on 30 % of the pages, and on two at least
    frames: tuple[tuple[bool, Literal["header", "footer"]], ...] = ((True, "header"), (False, "footer"))
    for top, kind in frames:
        zones = [_zone(text, page, top) for page in pages]
        counts = Counter(key for zone in zones for key in {k for _, _, k in zone})
        for page, zone in zip(pages, zones, strict=True):
            for start, end, key in zone:
                if counts[key] < need and _PAGE_NUMBER.fullmatch(key.replace("#", "1")) is None:
                    break  # the frame ends at the first line of the page's own text
                margins.append(MarginSpan(start, end, kind, page.number))
    margins.sort(key=lambda m: m.start)
    out: list[MarginSpan] = []
    for m in margins:  # a short page's line can be both at its top and at its foot
        if not out or m.start >= out[-1].end:
            out.append(m)
    return out


# -- right-to-left lines ---------------------------------------------------------------------
# A page in Arabic (or Hebrew) script is laid out right to left.  Many PDF producers draw its
# words from the left edge, in visual order; pypdf turns each word's letters back into reading
# order but leaves the words, the numbers and the symbols of a line in the order they are drawn:
# "70/1 قرارها إلى تشير إذ" for "إذ تشير إلى قرارها 70/1".  Such lines are put back in reading
# order: the words of the line reversed, and the marks that pypdf left on the drawn side of a
# number, a symbol or a word moved to the other side and mirrored.  A document whose lines are
# already in reading order (its sentences end at the end of a line) is left as it is.

_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
_RTL_LETTER = re.compile(f"[{_RTL}]")
_RTL_MARKS = "\u060c\u061b\u061f\u06d4"  # Arabic comma, semicolon, question mark, full stop
_CORE = re.compile(r"[^\W_]")  # a letter or a digit, in any script
#: Marks that end a sentence or a clause, whichever script is around them.
_ENDS = frozenset(".,;:!?" + _RTL_MARKS)
_MIRROR = str.maketrans("()[]{}<>«»", ")(][}{><»«")
#: Tokens glued to the word before them (closing marks) or after them (opening marks).
_CLOSING_MARKS = ")]}».,;:!?" + _RTL_MARKS
_OPENING = frozenset("([{«")


def logical_order(pages: list[str], known: list[dict[str, int]] | None = None) -> list[str]:
    """The pages with right-to-left lines drawn in visual order put back in reading order
    (unchanged when no line is, or when the lines read in order already).  ``known`` (for each
    page) tells the lines whose order the glyphs' places showed (see :func:`_drawn_lines`): 0
    or 1, in reading order (left as they are), -1, in visual order (turned round); 1 and -1
    count in the vote for the rest."""
    done = [*(known or [])[: len(pages)], *({} for _ in pages[len(known or []) :])]
    if not any(_RTL_LETTER.search(page) for page in pages):
        # (a right-to-left page whose only text is a note of symbols: ".A/76/310 (8)" is drawn)
        return [_end_first_lines(page.replace(WORD_GAP, " "), _DRAWN_NOTE) for page in pages]
    votes = 0  # > 0: lines read in visual order
    for page, read in zip(pages, done, strict=True):
        for line in page.split("\n"):
            if _RTL_LETTER.search(line) is None:
                continue
            if line.strip() in read:
                votes -= read[line.strip()]
                continue
            words = line.split()
            if len(words) < 2:
                continue
            first, last = words[0], words[-1]
            if first[0] in _ENDS or (first[-1] in _ENDS and _RTL_LETTER.search(first)) or _drawn_first(first):
                votes += 1
            if last[-1] in _ENDS:
                votes -= 1
            # … and inside the line, a word drawn before the slash or the bracket that it follows
            # ("ﻓﺒﺮاﻳﺮ/ ﺷﺒﺎط" is "شباط/فبراير", "وإﻟﻰ( 2022) 2664" is "وإلى 2664 (2022)"), or a comma drawn
            # before the number it follows ("،75/233")
            votes += sum(
                1
                for w in words[:-1]
                if (len(w) > 1 and w[-1] in "/(" and _rtl_word(w[-2]))
                or (len(w) > 1 and w[0] in _RTL_MARKS and w[1].isdigit())
            )
    if votes <= 0:
        # lines in reading order; but a line of a number or a symbol that a paragraph's end cut
        # off, drawn in visual order with the sentence's end before it (".19/4" is "19/4.")
        # (… and the lines whose glyphs show them drawn in visual order)
        return [
            _end_first_lines(_turned(page, read, False), _END_FIRST, read)
            for page, read in zip(pages, done, strict=True)
        ]
    # (the words of a run that pypdf put in reading order itself stay in their order)
    return [_turned(page, read, True) for page, read in zip(pages, done, strict=True)]


#: A right-to-left line that ends with a sentence's end drawn inside the bracket it follows,
#: after a number or a symbol: "عملا بالقرار 338 (1973.)" is "… 338 (1973).".  The end and the
#: closing bracket are one run of neutral marks that the paragraph's direction draws on the
#: left, and producers give them in an order of their own (a browser "(." before the number,
#: LibreOffice ".)" after it); no text writes a sentence's end before a year's bracket.
_ENDS_CLASS = re.escape("".join(sorted(_ENDS)))
_END_IN_BRACKET = re.compile(rf"(\([^()\n{_RTL}]*[^\s(){_RTL}])([{_ENDS_CLASS}])\)([ \t]*)$")


def _end_after_bracket(page: str) -> str:
    """``page`` with the sentence's end that its right-to-left lines read inside a bracket at
    their end (see :data:`_END_IN_BRACKET`) put after the bracket."""
    if ")" not in page or not _RTL_LETTER.search(page):
        return page
    lines = page.split("\n")
    for i, line in enumerate(lines):
        if line.rstrip()[-2:-1] in _ENDS and line.rstrip()[-1:] == ")" and _RTL_LETTER.search(line):
            lines[i] = _END_IN_BRACKET.sub(r"\1)\2\3", line)
    return "\n".join(lines)


def _turned(page: str, known: dict[str, int], visual: bool) -> str:
    """``page`` with its lines in visual order in reading order: those ``known`` to be (-1),
    and, when ``visual``, those whose order is not known (the lines of ``known`` in reading
    order, 0 and 1, left as they are); word gaps read as spaces."""
    if not visual and -1 not in known.values():
        return page.replace(WORD_GAP, " ")
    return "\n".join(
        (_reading(line) if known.get(line.strip(), -1 if visual else 1) < 0 else line).replace(WORD_GAP, " ")
        for line in page.split("\n")
    )


def _drawn_first(word: str) -> bool:
    """Does a line's first word open with what reading order puts after the word it follows: a
    sentence's end before the bracket it follows ("(.2021/2" is "2021/2).") or a note's marker
    before a word ("*الأولية" is "الأولية*")?  A browser draws a wrapped right-to-left paragraph so."""
    return len(word) > 1 and (
        (word[0] in _OPENING and word[1] in _ENDS) or (word[0] == "*" and _rtl_word(word[1]))
    )


#: A symbol with the star of a document reissued drawn before it ("*A/65/L.78")
_STARRED = r"\*[A-Z][A-Za-z0-9.\-]*/[A-Za-z0-9./\-]*[A-Za-z0-9]"
_STARRED_RX = re.compile(_STARRED)
#: A line with no right-to-left letter that opens with a sentence's end, then a number or a
#: symbol: on a right-to-left page, drawn in visual order (".19/4", ".A/76/310 (8)").
#: (… or with the star of a document reissued drawn before its symbol, alone on its line:
#: "*A/65/L.78" is "A/65/L.78*")
_END_FIRST = re.compile(rf"(?m)^[ \t]*(?:[.{_RTL_MARKS}](?=[^\W_])[^\n{_RTL}]*|{_STARRED}[ \t]*)$")
#: … and on a page with no right-to-left letter at all, only a note's line drawn so.
_DRAWN_NOTE = re.compile(r"(?m)^[ \t]*\.[A-Z][A-Za-z0-9./\-]*/[A-Za-z0-9./\-]+ \(\d{1,3}\)[ \t]*$")


def _end_first_lines(page: str, pattern: re.Pattern[str], read: dict[str, int] | None = None) -> str:
    """``page`` with the lines ``pattern`` finds in reading order (``_reading``), but those of
    ``read`` (in reading order already)."""
    if "." not in page and "*" not in page and not any(c in page for c in _RTL_MARKS):
        return page
    return pattern.sub(
        lambda m: m.group() if read and m.group().strip() in read else _reading(m.group()), page
    )


def _reading(line: str) -> str:
    """One line drawn in visual order, in reading order (a line without right-to-left letters
    is left as it is, unless it opens with a sentence's end: ".A/76/310 (8)")."""
    stripped = line.strip()
    if (
        " " not in stripped
        and (stripped[:1] in _ENDS or _STARRED_RX.fullmatch(stripped) is not None)
        and stripped[1:2].isalnum()
        and _RTL_LETTER.search(stripped) is None
    ):  # one number or symbol cut off with the sentence's end: ".19/4" is "19/4." (or a star)
        lead = line.index(stripped)
        return line[:lead] + stripped[1:] + stripped[0] + line[lead + len(stripped) :]
    if _RTL_LETTER.search(line) is None and not (
        (stripped[:1] in _ENDS and " " in stripped) or (stripped[:1] == "(" and stripped[1:2] in _ENDS)
    ):  # (… or with a bracket and a sentence's end: "(.S/PRST/2022/10)")
        return line
    out: list[str] = []
    glue = True  # nothing before, or the last token opens: the next one follows it without a space
    for run in reversed(_runs(line.split())):
        token = run if isinstance(run, _LeftToRight) else _token(run)
        closing = len(token) - len(token.lstrip(_CLOSING_MARKS))
        if closing:  # marks that close what came before: glued to it
            out.append(token[:closing])
            token = token[closing:]
            if not token:
                continue
            glue = False
        if (
            not glue
            and not token.startswith("/")
            and not out[-1].endswith("/")
            and not (token[:1] == "-" and token[1:2].isdigit() and _RTL_LETTER.match(out[-1][-1:]))
        ):  # (a session's mark and its number: "دإ-26/2")
            out.append(" ")
        out.append(token)
        glue = token[-1] in _OPENING
    return "".join(out)


def _runs(tokens: list[str]) -> list[str]:
    """The tokens of a visual-order line with each symbol printed with spaces kept whole: a
    token with Latin letters and the tokens joined to it by slashes ("A / 59 / 648") are drawn
    left to right, in their own order (numbers after Latin letters go with them)."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        j = i + 1
        if j < len(tokens) and _YEAR.fullmatch(tokens[i]) and _COMMA_MARK.fullmatch(tokens[j]):
            # a year, the comma after it and a note's mark: one number's run ("2001،1", a comma
            # between two numbers takes their direction), drawn apart by the raised mark's gap
            out.append(_LeftToRight(tokens[i] + tokens[j]))
            i = j + 1
            continue
        if _LATIN.search(tokens[i]) and not _rtl_word(tokens[i]):
            # … joined by slashes: a symbol printed with spaces
            # … and the words of Latin letters after it, with a bracket it opened closed
            # ("A/CONF.157/24 (Part I)", "(Sect. 24)"): one left-to-right run
            depth = tokens[i].count("(") - tokens[i].count(")")
            words = False  # words joined otherwise than by slashes
            while (
                j < len(tokens)
                and not _rtl_word(tokens[j])
                and (
                    tokens[j].startswith("/")
                    or tokens[j - 1].endswith("/")
                    or _LATIN.search(tokens[j]) is not None
                    or (depth > 0 and tokens[j].rstrip(_RUN_END).endswith(")"))
                    # (a year in brackets after a symbol, "S/RES/381 (1975)": digits after Latin
                    # letters take their direction, and the brackets between them too)
                    or _BRACKETED_NUMBER.fullmatch(tokens[j]) is not None
                )
            ):
                words = words or not (tokens[j].startswith("/") or tokens[j - 1].endswith("/"))
                depth += tokens[j].count("(") - tokens[j].count(")")
                j += 1
            if words:
                # read as it stands; the script's marks before it (on its drawn left) close it
                first = tokens[i]
                k = len(first) - len(first.lstrip(_RTL_MARKS))
                if k:
                    out.append(first[:k])
                out.append(_LeftToRight(" ".join([first[k:], *tokens[i + 1 : j]])))
                i = j
                continue
        elif _indic_number(tokens[i]):
            # … and so is a number of Arabic-Indic digits with its slashes ("٦٤/ ٢٩٣" is 64/293: one
            # number, drawn left to right; pypdf put a space after its slash, or on both sides of
            # it: "٦٤ / ٢٩٣")
            while j < len(tokens) and (
                (_indic_number(tokens[j]) and (tokens[j].startswith("/") or tokens[j - 1].endswith("/")))
                or (tokens[j] == "/" and j + 1 < len(tokens) and _indic_number(tokens[j + 1]))
            ):
                j += 1
            out.append("".join(tokens[i:j]))
            i = j
            continue
        out.append(" ".join(tokens[i:j]))
        i = j
    return out


#: A year, and the comma after it glued to a note's mark ("2001" "،1"): one number's run
_YEAR = re.compile(r"(?:19|20)\d\d")
_COMMA_MARK = re.compile(r"[\u060c,]\d{1,3}")
#: A year in brackets ("(1975)", "(2014-2017)"): after a Latin token, drawn in its run (a note's
#: number in brackets, "(3) A/CONF.171/13", of one to three digits, stands apart)
_BRACKETED_NUMBER = re.compile(r"\(\d{4}(?:[-\u2013/]\d{2,4})?\)")


class _LeftToRight(str):
    """Latin words a right-to-left line draws left to right as one run ("A/CONF.157/24 (Part
    I)"): in reading order as they stand."""


def _rtl_word(token: str) -> bool:
    """Whether ``token`` holds a right-to-left letter (not only the script's marks: "،")."""
    return any(c.isalpha() for c in _RTL_LETTER.findall(token))


def _indic_number(token: str) -> bool:
    """Whether ``token`` is a number of Arabic-Indic digits (with its marks), no letter in it."""
    return INDIC_NUMBER.search(token) is not None and not any(c.isalpha() for c in token)


_LATIN = re.compile("[A-Za-z]")
#: A right-to-left word and a number glued, as drawn: the word on either side
_MIXED = re.compile(
    r"(?P<w1>[\u0621-\u064a\u060c]{1,3})(?P<n1>\d+(?:/\d+)*)|(?P<n2>\d+(?:/\d+)*)(?P<w2>[\u0621-\u064a]{1,3})"
)
#: A note's mark (one to three digits) glued on the drawn left of a right-to-left word of two
#: letters or more
_MARK_FIRST = re.compile(f"(\\d{{1,3}})(?=[{_RTL}]{{2}})[^\\W\\d_]+")
#: Numbers parted by the script's semicolon or question mark ("1؛2005"), each a run of its own
_NUMBERS_APART = re.compile(r"\d+[\u061b\u061f]\d+")
#: A symbol or a coded decision whose parts the page draws right to left: "648/59/A" is
#: "A/59/648" (a number first and a letter last), "CP.16/1" is "1/CP.16".
_PARTS_TURNED = re.compile(r"\d+(?:/[\w.]+)*/[A-Za-z][\w.]*|[A-Za-z]+\.\d+/\d+")


def _token(token: str) -> str:
    """A token of a visual-order line in reading order: the marks pypdf left on its drawn side
    moved to the other side and mirrored.  A right-to-left word keeps its own script's marks
    where they are (pypdf reversed them with the word)."""
    cores = [m.start() for m in _CORE.finditer(token)]
    if not cores:
        return token[::-1].translate(_MIRROR)
    a, b = cores[0], cores[-1] + 1
    lead, core, trail = token[:a], token[a:b], token[b:]
    if _PARTS_TURNED.fullmatch(core):
        core = "/".join(reversed(core.split("/")))
    elif _NUMBERS_APART.fullmatch(core):
        # numbers parted by the script's semicolon (a letter of its direction): each number a
        # run of its own, the runs drawn right to left ("1؛2005" is a year, ";" and a note's mark)
        core = "".join(reversed(re.split("([\u061b\u061f])", core)))
    if _MIXED.fullmatch(core):
        # a word glued to a number ("و60/251" drawn "60/251و", "2015م" drawn "م2015"): the two
        # parts in the other order, each as it stands
        m = _MIXED.fullmatch(core)
        assert m is not None
        core = m.group("n1") + m.group("w1") if m.group("w1") else m.group("w2") + m.group("n2")
        # (what stands on its drawn left comes after it: "،61/295و" is "و61/295،")
        return trail[::-1].translate(_MIRROR) + core + lead[::-1].translate(_MIRROR)
    if _rtl_word(core):  # a word (Arabic-Indic digits are a number)
        keep_lead = "".join(c for c in lead if c in _RTL_MARKS)
        keep_trail = "".join(c for c in trail if c in _RTL_MARKS)
        lead = "".join(c for c in lead if c not in _RTL_MARKS)
        trail = "".join(c for c in trail if c not in _RTL_MARKS)
        # a note's mark drawn on the word's left, glued ("1العامة،" is "العامة،1"): after it
        glued = _MARK_FIRST.fullmatch(core)
        mark = glued.group(1) if glued is not None else ""
        core = core[len(mark) :]
        return (
            trail[::-1].translate(_MIRROR)
            + keep_lead
            + core
            + keep_trail
            + mark
            + lead[::-1].translate(_MIRROR)
        )
    return trail[::-1].translate(_MIRROR) + core + lead[::-1].translate(_MIRROR)
