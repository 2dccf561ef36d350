"""Find, in tables and rows: the kind and body a table's header gives its numbers, rows and their dates,
contents pages, and the gaps over notes between two rows.
"""

from __future__ import annotations

import bisect
import re

from ..grammar import lexicon, recache
from ..grammar.council import sc_year_plausible
from ..grammar.dates import parse_date
from ..grammar.lexicon import (
    fold,
)
from ..grammar.rules import Patterns
from .find_base import HAS_DIGIT, Raw, body_mentions, kind_of
from .find_dates import CELL_SEP
from .normalise import SEPARATOR_LINE

GLUED_MARKER = recache.compile(r"^([,;])\d{1,2}(?=\s)")


#: The shapes a list's next number may take after a number of each shape: its own, and after a
#: session in Roman figures the numbers the General Assembly gave from its thirty-first session
#: ("2200 A (XXI), by which …, and 41/128")
SHAPES_AFTER = {"session": ("session", "seq"), "year": ("year",), "seq": ("seq",)}


# (a footnote letter glued on, bare or in brackets as Arabic tables print it: "71/178a", "65/206(أ)")
_CELL_END = recache.compile(r"(?:[a-z]|\((?:[a-z]|[^\W\d_A-Z])\))?(?:[ ]*+(?:\||\t|\n|$)|[ ]{2,}(?=\S))")


def _header_kind(cells: list[str], pat: Patterns, free: bool = False) -> str | None:
    """ "res" or "dec" when a heading or header cell names resolutions or decisions (as a word
    of its own, but a script without spaces glues its words: "决议编号", "大会通过的决议");
    with ``free``, only a noun that is no cited text's (:func:`_cites`)."""
    for cell in cells:
        for m in pat.kw_noun.finditer(cell):
            a, b = m.span()
            if (a and _in_word(cell[a - 1])) or (b < len(cell) and _in_word(cell[b])):
                continue
            if free and _cites(cell, a, b, _NOUN_AFTER, _NOUN_BEFORE):
                continue
            kind = kind_of(m.group(), pat)
            if kind != "prst":
                return kind
    return None


#: A text's number ("79/226", "1325 (2000)", "2200 (XXI)"), and a mark that ends a clause: a
#: noun or a body's name that a number follows or precedes within its clause is a cited text's
_TEXT_NUMBER = recache.compile(r"\d{1,4}/\d{1,4}|\d{1,4} ?\((?:\d{4}|[IVXLC]{1,6})\)")
_CLAUSE_MARK = recache.compile(r"[,;:\u060c\u061b\u3001\uff0c\uff1b\uff1a]")
#: How far from a noun ("resolution No. 79/226", "第79/226号决议") and from a body's name
#: ("General Assembly resolution 79/226", "大会2024年12月19日第79/226号决议", "resolution 79/226
#: of the General Assembly") a cited text's number stands, after and before it.
_NOUN_AFTER, _NOUN_BEFORE = 30, 3
_BODY_AFTER, _BODY_BEFORE = 30, 25


def _cites(line: str, a: int, b: int, after: int, before: int) -> bool:
    """Is the noun or name at ``line[a:b]`` a cited text's: a text's number within ``after``
    characters after it or ``before`` characters before it, no clause's mark between?"""
    m = _TEXT_NUMBER.search(line, b, b + after + 12)
    if m is not None and m.start() - b <= after and not _CLAUSE_MARK.search(line, b, m.start()):
        return True
    for m in _TEXT_NUMBER.finditer(line, max(0, a - before - 12), a):
        if a - m.end() <= before and not _CLAUSE_MARK.search(line, m.end(), a):
            return True
    return False


_IDEOGRAPH = recache.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def _in_word(ch: str) -> bool:
    """Does ``ch`` beside a noun make the noun part of a longer word (a letter or digit of a
    script written with spaces; an ideograph is a word of its own)?"""
    return ch.isalnum() and _IDEOGRAPH.match(ch) is None


def header_noun(
    text: str, kw: int, s: int, e: int, pat: Patterns, lang: str
) -> tuple[tuple[str, Named] | None] | None:
    """Is the noun at ``kw`` a cell of a table's header row, on a line above the number ``s``
    that fills a cell of the table ("Resolution | Title | Decision⏎74/270 | …": the number is
    the column's, not the last header cell's)?  Asked of the table where the noun's line has
    cells: the answer is then the number's :func:`table_kind` (not None: it is), kept so that
    it is not worked out again; None where the noun's line has no cells (it is not)."""
    nl = text.find("\n", kw, s)
    if nl < 0 or separator(text[text.rfind("\n", 0, kw) + 1 : nl]) not in ("|", "\t"):
        return None
    return (table_kind(text, s, e, pat, lang),)


def separator(line: str) -> str:
    """The line's cell separator: "|", a tab, or a run of spaces ("  ", PDF lines, where the
    number must open the line); "" if none."""
    return "|" if "|" in line else "\t" if "\t" in line else "  " if "  " in line.strip() else ""


#: Longest line read as a table row.
ROW_MAX = 10_000


def table_kind(
    text: str, s: int, e: int, pat: Patterns, lang: str = "", rows: dict[int, tuple[str, Named]] | None = None
) -> tuple[str, Named] | None:
    """The kind of a number that fills a table cell ("62/149 | title | date" rows, cells split by
    " | ", tabs or, in PDF lines, runs of spaces) and the body the table names: from the table's
    header row, or else from the heading line just above the table; None when the number is not
    alone in a cell or nothing names resolutions/decisions.  ``rows``: the PDF rows read so far
    (their line's start → their kind), which the rows under them go on from."""
    # a table row is a short line: every look for a line's ends stops ROW_MAX characters
    # away (else a text of one long line would be scanned again for each of its numbers)
    ls = text.rfind("\n", max(0, s - ROW_MAX), s) + 1
    if ls == 0 and s > ROW_MAX:
        return None
    le = text.find("\n", e, e + ROW_MAX)
    if le < 0:
        if len(text) - e > ROW_MAX:
            return None
        le = len(text)
    i = s
    while i > ls and text[i - 1] == " ":
        i -= 1
    if i > ls and text[i - 1] not in "|\t":  # a cell starts the line or follows a separator
        # (… or the row's first cell is the body that adopted the number, a PDF's cells joined
        # by single spaces: "General Assembly 79/155 Older persons 17 December 2024")
        return _body_row_kind(text, ls, i, e, pat, lang, rows)
    if not _CELL_END.match(text, e):
        # a PDF text layer may join a row's cells with one space ("62/149 Moratorium on …
        # 18 December 2007"): a number that opens the line, under a header row that names
        # resolutions or decisions
        spaced = i == ls and _SPACED_CELL_END.match(text, e) is not None
        if spaced and (labelled := _body_row_kind(text, ls, i, e, pat, lang, rows)) is not None:
            return labelled
        return _spaced_row_kind(text, ls, e, pat, lang, rows) if spaced else None
    sep = separator(text[ls:le])
    if not sep:  # a number alone on its line: a PDF table may give each cell a line
        return _spaced_row_kind(text, ls, e, pat, lang, rows) if i == ls and not text[e:le].strip() else None
    found = _celled_kind(text, ls, le, i, sep, pat, lang)
    if i == ls and sep == "  " and rows is not None:
        if found is None:
            # a PDF row whose cells two spaces set apart and whose title wraps over lines that
            # have none (" in field 2", "2 April", "2026"): a row under the table's header
            return _spaced_row_kind(text, ls, e, pat, lang, rows)
        rows[ls] = found
    return found


#: Most lines a row's first cell, the body's name, wraps over above its number's line.
_LABEL_LINES = 3


def _row_body(text: str, ls: int, i: int, lang: str) -> str | None:
    """The body whose name alone fills a PDF row's first cell before its number at ``i``: the
    words before it on its line (``ls``), and the lines above with no figure that a narrow cell
    wrapped the name over ("Economic and Social⏎Council⏎2025/12 Ageing …"); None when no such
    cell is one body's name."""
    label = text[ls:i].strip()
    p = ls
    for _ in range(_LABEL_LINES + 1):
        if label and (body := _one_body(label, lang)) is not None:
            return body
        if p == 0:
            return None
        q = _line_above(text, p)
        if q is None:
            return None
        line = text[q : p - 1].strip()
        if not line or HAS_DIGIT.search(line) or len(label) + len(line) > _HEADER_MAX:
            return None
        label, p = f"{line} {label}".strip(), q
    return None


#: A PDF row's line that opens with a name and a number after it (its first cells).
_NAMED_ROW = recache.compile(r"(\D{3,150}?) (?:[A-Z]{1,3}-)?\d{1,4}/\d{1,4}(?!\d)")


def _body_opens_row(line: str, lang: str) -> bool:
    """Does ``line`` open a row whose first cell is one body's name before its number ("General
    Assembly 80/140 Older persons …")?"""
    m = _NAMED_ROW.match(line)
    return m is not None and _one_body(m.group(1), lang) is not None


def _one_body(words: str, lang: str) -> str | None:
    """The body whose name ``words`` are, whole and alone; None otherwise."""
    found = body_mentions(words, lang)
    return found[0][2] if len(found) == 1 and found[0][:2] == (0, len(words)) else None


def _body_row_kind(
    text: str, ls: int, i: int, e: int, pat: Patterns, lang: str, rows: dict[int, tuple[str, Named]] | None
) -> tuple[str, Named] | None:
    """The kind of a number in a PDF table's row whose first cell names the body that adopted it
    ("General Assembly 79/155 Older persons 17 December 2024", a report's annex of the texts of
    several bodies, the cells joined by single spaces), and that body: the kind from the table's
    header row above, which may name the texts in any of its cells ("Body Resolution Title
    Date of adoption"); None when the cell names no one body or no header names the texts."""
    if rows is None or _SPACED_CELL_END.match(text, e) is None:
        return None
    body = _row_body(text, ls, i, lang)
    if body is None:
        return None
    table = _spaced_row_walk(text, ls, pat, lang, rows, any_cell=True)
    if table is None:
        return None
    rows[ls] = found = table[0], (body, None)
    return found


def _line_above(text: str, start: int) -> int | None:
    """Where the line above the one that starts at ``start`` starts; None when that line is
    longer than a table's row can be (no line break within ``ROW_MAX`` before it)."""
    q = text.rfind("\n", max(0, start - 1 - ROW_MAX), start - 1) + 1
    return None if q == 0 and start - 1 > ROW_MAX else q


def _celled_kind(
    text: str, ls: int, le: int, i: int, sep: str, pat: Patterns, lang: str
) -> tuple[str, Named] | None:
    """:func:`table_kind` of a number in the row ``text[ls:le]`` whose cells ``sep`` sets
    apart, its cell starting at ``i``: from the table's lines with cells above it."""
    # the table: the lines with cells above this row; its first line is the header row
    # (a Word table's rows stand apart as paragraphs do, a blank line between two of them: the
    # rows of cells split by " | " go on over one)
    first = ls
    for _ in range(200):
        if first == 0:
            break
        p = _line_above(text, first)
        if p is None:
            break
        if sep == "|" and p >= 2 and not text[p : first - 1].strip():
            q = _line_above(text, p)
            if q is not None and sep in text[q : p - 1]:
                first = q
                if _header_row(text[q : p - 1], pat):
                    break
                continue
        row = text[p : first - 1]
        if sep not in row.strip():
            break
        first = p
        if _header_row(row, pat):
            break
    header_end = text.find("\n", first, first + ROW_MAX)
    header = text[first : min(len(text), first + ROW_MAX) if header_end < 0 else header_end]
    above = _heading_above(text, first)
    if first < ls:
        heads = CELL_SEP.split(header.rstrip())
        # the number's own column, when the header row has a cell for each of the row's: its
        # header names the kind ("Year | Resolution | Decision": 74/544 under "Decision")
        col = len(CELL_SEP.split(text[ls:i])) - 1
        own = heads[col] if len(heads) == len(CELL_SEP.split(text[ls:le].rstrip())) else ""
        kind = _header_kind([own], pat) or _header_kind(heads, pat)
        if kind:
            return kind, _named_in([header, above or ""], lang, pat)
    if i > ls:  # the row's own label, in the cells before the number's ("Resolutions | 74/239 | …")
        label = text[ls:i]
        kind = _header_kind(CELL_SEP.split(label), pat)
        if kind:
            return kind, _named_in([label, above or ""], lang, pat)
    # the heading: the nearest line with words above the table
    if not above:
        return None
    # (a noun of the table's own texts before a cited text's: "… General Assembly resolution
    # 79/226, the Board adopted the following decisions:" heads decisions)
    kind = _header_kind([above], pat, free=True) or _header_kind([above], pat)
    return (kind, _named_body(above, lang, pat)) if kind else None


#: A row's first cell that is a number alone, nothing glued to it ("2231 | …", "2231⇥…").
_NUMBER_CELL = recache.compile(r"[ \t]*(?P<n>[1-9]\d{0,3})[ ]*(?:\||\t)")
#: Most lines between the heading line that names the body and its table's header row.
_HEADING_TO_HEADER = 3
#: The rule of a number alone in the first cell of a row under the Council's table heading.
COUNCIL_TABLE = "Security Council number alone in a table cell under its heading; the year of the row's date"


def council_table_rows(text: str, name_start: int, name_end: int, pat: Patterns) -> list[Raw]:
    """The Security Council's numbers alone in the first cells of a table's rows, the Council
    named alone on the heading line above the table (at ``name_start``–``name_end``: no figure
    on that line, no cells) and resolutions named by the first cell of the header row under it
    ("Security Council resolutions⏎Resolution | Date | Subject⏎2231 | 20 July 2015 | …"); each
    with the date its row's date cell holds, a year the Council's numbering allows for it (the
    year is part of its id): a row without one is not read."""
    ls = text.rfind("\n", max(0, name_start - ROW_MAX), name_start) + 1
    le = text.find("\n", name_end, name_end + ROW_MAX)
    if le < 0 or HAS_DIGIT.search(text, ls, le) or separator(text[ls:le]):
        return []
    header = _header_below(text, le + 1, pat)
    if header is None:
        return []
    sep = separator(text[header[0] : header[1]])
    out: list[Raw] = []
    p = header[1] + 1
    while p < len(text):
        q = text.find("\n", p)
        q = len(text) if q < 0 else q
        line = text[p:q]
        if not line.strip() and sep in _next_line(text, q + 1):
            p = q + 1  # (a Word table's rows stand apart as paragraphs, a blank line between)
            continue
        if sep not in line:
            break
        m = _NUMBER_CELL.match(line)
        if m is not None and (raw := _council_row(text, p, m, line, pat)) is not None:
            out.append(raw)
        p = q + 1
    return out


def _next_line(text: str, p: int) -> str:
    """The line that starts at ``p`` (empty past the text's end)."""
    q = text.find("\n", p, p + ROW_MAX)
    return text[p : len(text) if q < 0 else q]


def _header_below(text: str, p: int, pat: Patterns) -> tuple[int, int] | None:
    """The header row with cells that names resolutions or decisions in its first cell, on the
    first line with words at or below ``p`` (within :data:`_HEADING_TO_HEADER` lines)."""
    for _ in range(_HEADING_TO_HEADER):
        if p >= len(text):
            return None
        q = text.find("\n", p, p + ROW_MAX)
        q = len(text) if q < 0 else q
        line = text[p:q]
        if line.strip():
            return (p, q) if separator(line) in ("|", "\t") and _header_row(line, pat) else None
        p = q + 1
    return None


def _council_row(text: str, p: int, m: re.Match[str], line: str, pat: Patterns) -> Raw | None:
    """The Council's number in the first cell ``m`` of the row ``line`` (at ``p``), dated by the
    row's date cell; None where no cell is a date the numbering allows for that number."""
    n = int(m.group("n"))
    date = _cell_date(line, pat)
    if date is None or not sc_year_plausible(n, int(date[:4])):
        return None
    raw = Raw(p + m.start("n"), p + m.end("n"), "symbol", symbol=f"S/RES/{n}({date[:4]})")
    raw.rule = COUNCIL_TABLE
    raw.evidence.append("table headed by the Council's name and a header row of resolutions")
    raw.date = date
    return raw


def _cell_date(row: str, pat: Patterns) -> str | None:
    """The date of a row's first cell after its first that is a date and nothing else ("2231 |
    20 July 2015 | …", the row after a symbol "| Title | 4 December 2024"); None when no cell is
    one (or the first that is cannot be read as a day)."""
    for cell in CELL_SEP.split(row)[1:]:
        d = pat.date.fullmatch(cell.strip())
        if d is not None:
            return parse_date(d)
    return None


_DIGIT_SLASH = recache.compile(r"\d/\d")


def _header_row(row: str, pat: Patterns) -> bool:
    """Whether a row of a table's cells is a header row whose first cell names resolutions or
    decisions (no figure in the row: not a number, nor a date, "Decision of 4 April 2026 | |"):
    one inside the table heads the rows under it ("Decision | Title | …" after the resolutions'
    rows)."""
    row = row.strip()
    if not row[:1].isalpha() or HAS_DIGIT.search(row):  # (a digit of any script)
        return False
    return _header_kind(CELL_SEP.split(row, 1)[:1], pat) is not None


#: A number's cell ended by one space before a word, a number or a bracket (PDF rows).
_SPACED_CELL_END = recache.compile(r"[a-z]?,? (?=[^\W_]|\()")  # (", de 8 de diciembre de 2015")
#: A number that opens a table row (its first cell).
_ROW_NUMBER = recache.compile(r"[ ]*(?:[A-Z]{1,3}-)?\d{1,4}/\d{1,4}|[ ]*\d{1,4} \((?:\d{4}|[IVXL]{1,6})\)")
#: Most lines between a row of a PDF table and its header row; longest header row.
_ROWS_UP = 40
_HEADER_MAX = 150


#: The evidence of a table cell that may be a volume's contents entry (then its page number).
CONTENTS_ENTRY = "row ends with a page number: "
#: A volume's contents entry opens with a number, then its text's title ("80/21 Title …").
_CONTENTS_OPENS = recache.compile(r"[ ]*(?:[A-Z]{1,3}-)?\d{1,4}/\d{1,4}\.?[ ]+\S")
#: … and a page number ends it, after a dotted leader or a space ("… ........ 3", "… 3").
_LEADER = ".\u00b7\u2026 "


def _contents_page(line: str, pat: Patterns) -> int | None:
    """The page number that ends a contents entry's line; None when ``line`` is no such entry
    (a table row that ends with a date is a row: "62/149 Title 18 December 2007")."""
    opens = _CONTENTS_OPENS.match(line)
    if opens is None:
        return None
    body = line.rstrip(" ")
    k = len(body)
    while k > opens.end() and body[k - 1] in "0123456789":
        k -= 1
    page, before = body[k:], body[opens.end() - 1 : k]
    led = before.endswith((" ", "...", "\u00b7" * 3, "\u2026"))  # a space or a dotted leader
    if not led or not 1 <= len(page) <= 4:
        return None
    if not before.rstrip(_LEADER) or pat.date.search(line) is not None:
        return None
    return int(page)


def contents_page(text: str, s: int, e: int, pat: Patterns) -> int | None:
    """The page number of a volume's contents entry whose number stands at ``s``–``e``: a page
    number ends its line (see :data:`_CONTENTS_LINE`) and the line next to it above or below
    is such an entry too, with page numbers that do not go down; None when the line is no
    such entry (a table's row).  Whether the volume holds the text it lists is for the
    compilation to say (:func:`rescite.engine.extract.contents_dropped`)."""
    ls = text.rfind("\n", max(0, s - ROW_MAX), s) + 1
    le = text.find("\n", e, e + ROW_MAX)
    le = len(text) if le < 0 else le
    page = _contents_page(text[ls:le], pat)
    if page is None:
        return None
    if ls > 1:
        above = _contents_page(text[text.rfind("\n", max(0, ls - 1 - ROW_MAX), ls - 1) + 1 : ls - 1], pat)
        if above is not None and above <= page:
            return page
    if le < len(text):
        below_end = text.find("\n", le + 1, le + 1 + ROW_MAX)
        below = _contents_page(text[le + 1 : len(text) if below_end < 0 else below_end], pat)
        if below is not None and page <= below:
            return page
    return None


def _spaced_row_kind(
    text: str, ls: int, e: int, pat: Patterns, lang: str, rows: dict[int, tuple[str, Named]] | None = None
) -> tuple[str, Named] | None:
    """The kind of a number that opens a line of a table whose cells a PDF text layer joined
    with single spaces, and the body the table names: the header row is the nearest line above
    that names resolutions or decisions (a short line that holds no number and ends no
    sentence), with only rows and the wrapped lines of their cells between (none of which
    ends a sentence); None when there is no such header.  A row of ``rows`` (the rows read so
    far) met on the way up gives its kind: a long table goes on from row to row, over pages
    and wrapped cells, however far below its header (printed once) a row stands."""
    found = _spaced_row_walk(text, ls, pat, lang, rows)
    if found is not None and rows is not None:
        rows[ls] = found
    return found


def _ending(rx: re.Pattern[str], line: str) -> re.Match[str] | None:
    """The last match of ``rx`` in ``line`` where it ends the line, else None."""
    last = None
    for m in rx.finditer(line):
        last = m
    return last if last is not None and last.end() == len(line) else None


def _stop_before(line: str, at: int) -> bool:
    """Is there a full stop in ``line`` before ``at`` (a sentence, not a row's cells)?"""
    return any(c in _FULL_STOPS for c in line[:at])


def _spaced_row_walk(
    text: str,
    ls: int,
    pat: Patterns,
    lang: str,
    rows: dict[int, tuple[str, Named]] | None,
    any_cell: bool = False,
) -> tuple[str, Named] | None:
    """:func:`_spaced_row_kind`'s walk up from the line at ``ls`` to the table's header row;
    ``any_cell``: the header row may name the texts in a later cell, after the body's column
    (:func:`_body_row_kind`), where it holds no figure."""
    p = ls
    blank = False
    below = ""  # the line of text under this one (none yet: the row's own)
    for _ in range(_ROWS_UP):
        if p == 0:
            return None
        q = text.rfind("\n", max(0, p - 1 - _HEADER_MAX * 4), p - 1) + 1
        line = text[q : p - 1].strip()
        p = q
        if not line:
            if blank:
                return None  # two blank lines: no table goes on across them
            blank = True  # (one may stand under the heading, or between a list's lines)
            continue
        blank = False
        under, below = below, line
        if rows and q in rows:
            # a row of the table, read before (its title may end with a colon, "…: follow-up"):
            # the table goes on
            return rows[q]
        if line[-1] in ".;:" and not (line[-1] == ":" and (under[:1].islower() or under[:1].isdigit())):
            # a sentence ends: text, not a table (a colon before a line that opens in lower case
            # ends no sentence: a row's title wrapped, "Universal periodic review:⏎country …";
            # nor one before a figure: the row's date, or the next row, a page break between)
            return None
        if _ROW_NUMBER.match(line) or len(line) > _HEADER_MAX or _DIGIT_SLASH.search(line):
            continue  # another row, or a cell's wrapped line
        # the header row opens with its first column's name: "Resolution", "Decision No."
        noun = pat.kw_noun.match(line)
        if noun is None and any_cell and not HAS_DIGIT.search(line) and not line[0].islower():
            kind = _header_kind([line], pat)
            if kind is not None and kind != "prst":
                return kind, _named_in([line, _heading_above(text, q) or ""], lang, pat)
        if noun is None and pat.post_noun is not None and not _TEXT_NUMBER.search(line):
            # (a language that writes the noun after its number ends a table's title with it:
            # "经济及社会理事会通过的决议", its rows under it; not a line that cites a text by its
            # number, "第2567(2021)号决议")
            noun = _ending(pat.kw_noun, line)
        if noun is None or line[0].islower() or (noun.end() < len(line) and _in_word(line[noun.end()])):
            continue
        kind = kind_of(noun.group(), pat)
        if kind != "prst":
            return kind, _named_in([line, _heading_above(text, q) or ""], lang, pat)
    return None


#: Lines of a PDF table's row read for its date: always (its cells may wrap), at most (a long
#: title wrapped in a narrow column, its date cell maybe wrapped too, read while no date yet).
_ROW_LINES = 6
_ROW_LINES_MAX = 16
#: A sentence's full stop at a line's end: the text after a table, not a row's wrapped cell.
_FULL_STOPS = frozenset(".\u3002")


def row_date(text: str, e: int, pat: Patterns, lang: str = "") -> str | None:
    """The last date in a PDF table's row that goes on from ``e``: up to the next row, at most
    a few lines (its cells may wrap), never into a line that ends a sentence (the text after
    the table, with no blank line above it).  A row's title in a narrow column may wrap over
    more lines (a wide font, a long language): past the first few lines, the row goes on only
    while no date cell is in it yet (a line, or two, that is a date alone: a date inside the
    title, "Declaration of⏎25 September 2015 on …", is not the row's).  The next row may open
    with its body's name (:func:`_body_row_kind`)."""
    end = e
    for k in range(_ROW_LINES_MAX):
        if k >= _ROW_LINES and _date_cell(text[e:end], pat):
            break
        nl = text.find("\n", end + 1, end + _HEADER_MAX * 4)
        if nl < 0:
            end = min(len(text), end + _HEADER_MAX * 4)
            break
        end = nl
        after = text.find("\n", nl + 1, nl + 1 + _HEADER_MAX * 4)
        line = text[nl + 1 : after if after >= 0 else nl + 1 + _HEADER_MAX * 4].strip()
        # (a wrapped cell's line may open with a space: " ومتابعة …", a right-to-left line)
        # (… and the rule above a page's notes ends the table: no row goes on into them)
        if (
            (_ROW_NUMBER.match(text, nl + 1) and not _noun_ends_line(text, nl, pat))
            or _body_opens_row(line, lang)
            or not line
            or line[-1] in _FULL_STOPS
            or SEPARATOR_LINE.fullmatch(line)
        ):
            break
    # (a date wrapped inside its month's name keeps the line's last space: "8 تشرين ⏎الأول/أكتوبر")
    row = " ".join(text[e:end].split())
    dates = list(pat.date.finditer(row))
    if dates:
        return parse_date(dates[-1])
    return _cut_row_date(text[e:end], pat)


def last_cell_date(text: str, e: int, pat: Patterns) -> str | None:
    """The date that ends the line that goes on from ``e`` (a row's last cell: "79/101 | Title |
    4 December 2024", "79/101 Title 4 December 2024"), the line's other cells holding no full
    stop before it; None when the line ends otherwise."""
    nl = text.find("\n", e)
    line = text[e : len(text) if nl < 0 else nl].rstrip()
    if not line:
        return None
    found = _ending(pat.date, line)
    if found is None or _stop_before(line, found.start()):
        return None
    return parse_date(found)


def _row_lines(text: str, start: int, step: int) -> list[str]:
    """The lines above (``step`` -1) or below (1) the line that opens at ``start``, stripped,
    nearest first: at most a row's lines (:data:`_ROW_LINES`), up to a blank line."""
    out: list[str] = []
    pos = start
    for _ in range(_ROW_LINES):
        if step < 0:
            if pos <= 0:
                break
            pos = text.rfind("\n", 0, pos - 1) + 1
            line = text[pos : text.find("\n", pos)].strip()
        else:
            nl = text.find("\n", pos)
            if nl < 0:
                break
            pos = nl + 1
            end = text.find("\n", pos)
            line = text[pos : len(text) if end < 0 else end].strip()
        if not line:
            break
        out.append(line)
    return out


def symbol_row_date(text: str, s: int, e: int, series: str, pat: Patterns) -> str | None:
    """The date of a table's row led by an adopted text's full symbol at ``s``–``e`` ("A/RES/79/1 |
    Title | 22 September 2024", a PDF's "S/RES/2735 (2024) Title 10 June 2024"): its cell that is
    a date, or in a row whose cells a text layer joined by spaces among rows led by symbols of
    the same ``series`` ("A/RES/"; one within a row's lines above or below) the date that ends
    the row, its title wrapped over lines perhaps, up to the next row's symbol (no full stop
    before the date).  None when the symbol does not open its line."""
    start = text.rfind("\n", 0, s) + 1
    if text[start:s].strip():
        return None
    row_end = text.find("\n", e)
    row = text[e : len(text) if row_end < 0 else row_end]
    if "|" in row or "\t" in row:
        return _cell_date(row, pat)
    below = _row_lines(text, start, 1)
    if not any(line.startswith(series) for line in [*_row_lines(text, start, -1), *below]):
        return None
    # (the row's lines up to the one that ends with its date: the text after the table, with no
    # blank line above it, is not the row's)
    joined = ""
    for line in [row, *below]:
        if joined and line.startswith(series):
            break
        joined = " ".join(f"{joined} {line}".split())
        found = _ending(pat.date, joined)
        if found is not None:
            return None if _stop_before(joined, found.start()) else parse_date(found)
    return None


def _noun_ends_line(text: str, nl: int, pat: Patterns) -> bool:
    """Does the line that ends at ``nl`` end with a text's noun after other words, or with the
    noun alone in small letters ("… General Assembly resolution⏎62/208 on the triennial …",
    "resolution⏎62/208 on …" in a narrow column)? The number that opens the next line is then
    the mention's, run on in a wrapped title cell, not the next row's."""
    words = text[text.rfind("\n", max(0, nl - _HEADER_MAX * 4), nl) + 1 : nl].split()
    return (
        bool(words)
        and (len(words) > 1 or words[0][0].islower())
        and pat.kw_noun.fullmatch(words[-1]) is not None
    )


def _date_cell(row: str, pat: Patterns) -> bool:
    """Does a line of ``row``, or two lines of it together (a date cell that wrapped: "2 de
    abril de⏎2026"), hold a date and nothing else?"""
    if pat.date.search(" ".join(row.split())) is None:
        return False  # (no date at all: one scan)
    lines = [" ".join(line.split()) for line in row.split("\n")]
    return any(
        pat.date.fullmatch(line) is not None
        or (k + 1 < len(lines) and pat.date.fullmatch(f"{line} {lines[k + 1]}"))
        for k, line in enumerate(lines)
    )


#: A short line that ends with a year: the end of a date cell that wrapped ("2026", "October
#: 2026"), below the other cells' lines when a page's end cut the row.
_YEAR_END_LINE = recache.compile(r"(?m)^[ \t]*(\S[^\n]{0,30}?[ \t])?(?:19|20)\d\d[ \t]*$")
_WORD_END = recache.compile(r"\S(?=\s|$)")


def _cut_row_date(row: str, pat: Patterns) -> str | None:
    """The date of a PDF table's row whose date cell a page's end cut: its day (and month) on
    the row's first line, its year (and the month's end) on a line below, the other cells'
    wrapped lines between ("61/8 Title 2 April Adopted⏎… title goes on⏎2026"): the date the
    year's line completes, from the nearest words before it that it does; None when none."""
    tail = _YEAR_END_LINE.search(row, row.find("\n") + 1) if "\n" in row else None
    if tail is None:
        return None
    end = " ".join(tail.group().split())
    head = " ".join(row[: tail.start()].split())
    found = None
    for w in _WORD_END.finditer(head):
        piece = head[max(0, w.end() - 40) : w.end()] + " " + end
        d = pat.date.search(piece)
        if d is not None and d.end() == len(piece) and (date := parse_date(d)) is not None:
            found = date
    return found


def _heading_above(text: str, first: int) -> str | None:
    """The nearest line with words above a table that starts at ``first`` (blank lines skipped,
    at most eight lines up); None when there is none or it is too long for a heading."""
    p = first
    for _ in range(8):
        if p == 0:
            break
        q = _line_above(text, p)
        if q is None:
            return None  # a line too long to be a heading
        above = text[q : p - 1].strip()
        p = q
        if above:
            return above if len(above) <= 200 else None
    return None


Named = tuple[str | None, str | None]


def _named_body(line: str, lang: str, pat: Patterns) -> Named:
    """The one body a table's heading or header names ("Resolutions adopted by the Commission
    on Narcotic Drugs"), if any, as (key, None); else the one short name it gives ("Resolutions
    adopted by the Commission at its fifty-seventh session"), as (None, its kind).  A line that
    names the table's texts by a noun of their own, beside no number, names no cited text's body
    as the table's: "In accordance with General Assembly resolution 79/226, the Board adopted
    the following decisions:" is the Board's (not the Assembly's: its name is the number's)."""
    found = body_mentions(line, lang)
    cited: list[tuple[int, int, str]] = []
    if found and HAS_DIGIT.search(line) and _header_kind([line], pat, free=True) is not None:
        cited = [f for f in found if _cites(line, f[0], f[1], _BODY_AFTER, _BODY_BEFORE)]
        found = [f for f in found if f not in cited]
    keys = {k for _, _, k in found}
    if keys:
        return (keys.pop(), None) if len(keys) == 1 else (None, None)
    names = lexicon.load().generic_names
    kinds = {
        names.get(fold(m.group()))
        for m in pat.generic_name.finditer(line)
        if not any(a <= m.start() < b for a, b, _ in cited)  # (the short name inside a cited body's)
    }
    return (None, kinds.pop()) if len(kinds) == 1 else (None, None)


def _named_in(lines: list[str], lang: str, pat: Patterns) -> Named:
    """The body the first of ``lines`` that names one names (:func:`_named_body`)."""
    for line in lines:
        named = _named_body(line, lang, pat)
        if named != (None, None):
            return named
    return None, None


def gap_over_notes(
    text: str, a: int, b: int, blocks: list[tuple[int, int]], limit: int | None = None
) -> str | None:
    """The words between ``a`` and ``b`` once the footnote blocks and page furniture a page break
    put there are taken out (a list cut by a page: "2010,⏎⏎____⏎4 See …⏎A/RES/74/1⏎⏎67/176");
    None when no footnote block stands there, or when more than ``limit`` characters would be
    left for certain (the furniture lines go, their line breaks stay)."""
    i = bisect.bisect_left(blocks, (a, -1))
    if i == len(blocks) or blocks[i][0] >= b:
        return None
    cut = []
    while i < len(blocks) and blocks[i][0] < b:
        if blocks[i][1] <= b:  # (the note that holds ``b`` is not between: a list ends with its note)
            cut.append(blocks[i])
        i += 1
    if not cut:
        return None
    pieces, pos = [], a
    for s, e in cut:
        pieces.append(text[pos:s])
        pos = max(pos, min(e, b))
    pieces.append(text[pos:b])
    joined = "".join(pieces)
    if limit is not None and joined.count("\n") > limit:
        return None  # (the furniture lines are read one by one: not for nothing)
    # each line that is furniture whole made empty: no part of the pattern takes in a line
    # break, so a line goes whole or not at all — one scan of the line breaks (the gap framed
    # by two), each line tried once, instead of an attempt at every character or a call a line
    return _FURNITURE_AFTER_BREAK.sub("\n", f"\n{joined}\n")[1:-1]


def in_blocks(blocks: list[tuple[int, int]], pos: int) -> bool:
    """Is ``pos`` in one of the (sorted, apart) footnote blocks?"""
    i = bisect.bisect_right(blocks, (pos + 1,)) - 1
    return i >= 0 and blocks[i][0] <= pos < blocks[i][1]


#: Longest stretch between two items of a list that footnote blocks are looked for in.
NOTE_GAP_MAX = 4000


#: Lines a page break leaves: a separator rule, a running header's symbol, a page number.
_FURNITURE_LINE = recache.compile(
    r"[ \t]*(?:_{3,}|[A-Z]{1,6}(?:/[\w.()-]{1,12}){1,6}|\d{1,4}|[\d/ -]{3,20})[ \t]*"
)
#: … a whole line of it, after its line break (the one after it looked at, not taken)
_FURNITURE_AFTER_BREAK = recache.compile(rf"\n(?:{_FURNITURE_LINE.pattern})(?=\n)")
