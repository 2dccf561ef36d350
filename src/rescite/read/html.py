"""HTML → text as edits of its source, so that offsets still point into the page.

A small tokenizer after the HTML standard's, in one pass and linear time whatever the
input (unclosed comments, tags and quotes included): tags, comments, doctypes and
processing instructions go (a line break where a paragraph, item or row ends; in a table,
each row a line and its cells split by " | "); the content of ``script``, ``style`` and
``template`` goes; character references become their character.  A ``<`` that does not
open a tag ("less than < 5", "<2 %") and a tag left open at the end of the file are text,
so no citation is lost.
"""

from __future__ import annotations

import bisect
import html.entities
import re

from ..models import CellSpan, Record
from .gcpause import paused_gc
from .marks import TO_SUPERSCRIPT

_SNIFF = re.compile(r"<(?:!doctype\s+html|html|body|p|div|br|table|td|span|h[1-6])\b", re.IGNORECASE)
_TAG_NAME = re.compile(r"[a-zA-Z][^\s/>]{0,63}")
_PLAIN_REST = re.compile(r"[^<>\"']{0,4000}>")
# the digits of a "<sup>" element, then its closing tag
# (a link round them, brackets: "<sup><a href="#fn3">3</a></sup>", "<sup>[3]</sup>")
_SUP_DIGITS = re.compile(
    r"[ \t]*(?:<a\b[^<>]{0,300}>[ \t]*)?\[?(\d{1,3})\]?[ \t]*(?:</a\s*>[ \t]*)?</sup\s*>", re.IGNORECASE
)
#: A link to a note that Word's "Save as web page" writes for a note's reference: its number is
#: text ("[1]"), in spans and conditional comments
_NOTE_LINK = re.compile(r"""href[ \t]*=[ \t]*["']?#_(?:ftn|edn)\d""", re.IGNORECASE)
_NOTE_LINK_TAGS = r"(?:\s|<(?:span\b[^<>]{0,300}|/span\s*|!\[if[^<>\]]{0,40}\]|!\[endif\])>)*"
_NOTE_LINK_TEXT = re.compile(
    _NOTE_LINK_TAGS + r"\[?(\d{1,3})\]?" + _NOTE_LINK_TAGS + r"</a\s*>", re.IGNORECASE
)
#: A block's opening: a link within the page whose text is a note's number ("[1]"), before any
#: other text — a note, its number linking back to its reference (Google Docs' exports)
_NOTE_BACKLINK = re.compile(
    r"""(?:\s|<(?:p|span|div|li)\b[^<>]{0,300}>)*<a\b[^<>]{0,300}?href[ \t]*=[ \t]*["']?#[^<>]{0,300}>"""
    r"\s*\[?\d{1,3}\]?\s*</a\s*>",
    re.IGNORECASE,
)
_RAW = frozenset(["script", "style", "template", "noscript"])
_RAW_END = {name: re.compile(rf"</{name}[\s/>]", re.IGNORECASE) for name in _RAW}
_LINE = frozenset(["br"])
_BLOCK = frozenset(
    [
        "p",
        "div",
        "li",
        "tr",
        "table",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "section",
        "article",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "header",
        "footer",
        "nav",
        "main",
        "aside",
        "hr",
        "pre",
        "figure",
        "figcaption",
        "caption",
        "address",
        "center",
        "form",
        "fieldset",
        "legend",
        "tbody",
        "thead",
        "tfoot",
        "body",
        "html",
        "title",
    ]
)
_CELL = frozenset(["td", "th"])
# an element that holds a page's notes: pandoc's and the EPUB roles, Wikipedia's lists,
# Word's "Save as web page" (its notes' numbers are text, "[1]")
_ATTRIBUTE = re.compile(
    r"""(?:class|id|role|style)[ \t\n\r]*+=[ \t\n\r]*+("[^"]*+"|'[^']*+'|[^\s"'>]++)""", re.I
)
_NOTES = re.compile(
    r"(?<![\w-])(?:foot-?notes|end-?notes|doc-(?:end|foot)notes|mso-element:[ ]?(?:foot|end)note-list"
    r"|references|reflist)(?![\w-])",
    re.IGNORECASE,
)
#: An attribute of a tag, and its value; a style that hides an element
_ATTR = re.compile(r"""([^\s"'>/=]+)(?:[ \t\n\r]*=[ \t\n\r]*("[^"]*+"|'[^']*+'|[^\s"'>]++))?""")
_HIDING_STYLE = re.compile(
    r"(?<![\w-])(?:display[ \t]*:[ \t]*none|visibility[ \t]*:[ \t]*hidden"
    # (… or clipped to nothing, the screen reader's text: "clip: rect(0 0 0 0)", "clip-path: inset(50%)")
    r"|clip[ \t]*:[ \t]*rect\([ \t]*+(?:0|1px)(?:(?:[ \t]*+,[ \t]*+|[ \t]++)(?:0|1px)){3}[ \t]*+\)"
    r"|clip-path[ \t]*:[ \t]*inset\([ \t]*50%[ \t]*\))",
    re.I,
)
#: The classes of the style sheets' text for screen readers only, clipped off the page
#: ("sr-only", "visually-hidden", "screen-reader-text"): a duplicate of what the page shows, or
#: a label of its controls ("opens in a new window")
_SR_ONLY = re.compile(
    r"(?<![\w])(?:[\w]+-)*(?:sr-only|visually-?hidden|screen-?reader-(?:text|only)|element-invisible"
    r"|offscreen|hidden-accessible|a11y-hidden)(?![\w-])"
)


def _hidden(attrs: str) -> bool:
    """Whether a tag's attributes hide its element: ``hidden`` (not "until-found"),
    ``aria-hidden="true"``, a style of ``display: none`` or ``visibility: hidden`` or a clip to
    nothing, or a class of text for screen readers only ("sr-only", "visually-hidden")."""
    low = attrs.lower()
    if not any(w in low for w in ("hidden", "none", "clip", "sr-only", "screen", "invisible", "offscreen")):
        return False
    for m in _ATTR.finditer(low):
        name, value = m.group(1), (m.group(2) or "").strip("\"'")
        if name == "hidden" and value != "until-found":
            return True
        if name == "aria-hidden" and value == "true":
            return True  # (kept from assistive technology: a duplicate, an icon's text)
        if name == "style" and _HIDING_STYLE.search(value):
            return True
        if name == "class" and _SR_ONLY.search(value):
            return True
    return False


#: Page furniture around the text a page holds: its navigation and asides (related documents, a
#: provenance box, a language switcher), and the page's header and footer outside its main text
#: (when the page marks one: ``<main>``, ``<article>``); an element of an ARIA landmark role
#: of the same kind counts as one of them.  Their text is not the text's (see ``Markup.frames``).
_FRAME = frozenset(["nav", "aside"])
_FRAME_OUTSIDE_MAIN = frozenset(["header", "footer"])
_MAIN = frozenset(["main", "article"])
_MAIN_OPENS = ("<main", "<article", "<MAIN", "<ARTICLE", "<Main", "<Article")
#: An aside that is a note ("footnote", "endnote", EPUB's ``doc-footnote``, "fn1"): the text's
_NOTE_ATTRIBUTE = re.compile(r"note|(?<![a-z])fn(?![a-z])", re.IGNORECASE)
#: A form's controls (a menu of versions, a button, a box to type in): the page's, not the text's
_CONTROLS = frozenset(["select", "button", "datalist", "textarea"])
_FRAME_TAGS = _FRAME | _FRAME_OUTSIDE_MAIN | _CONTROLS
_ROLE_SHORTEST = len(" role=search>") - 1  # a tag's attributes shorter than this name no role
_FRAME_ROLE = re.compile(
    r"""(?<![\w-])role[ \t\n\r]*=[ \t\n\r]*["']?"""
    r"(?:navigation|banner|contentinfo|complementary|search)(?![\w-])",
    re.IGNORECASE,
)


#: A tag's style that places its element at a height on the page ("top: 12.5%", "top:240px")
_TOP = re.compile(r"(?<![\w-])top[ \t]*:[ \t]*(-?[\d.]+)", re.IGNORECASE)
_TOP_SHORTEST = len(' style="top:0"')
_VOID = frozenset(
    ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]
)
_START = re.compile(r"""\s(?:start|value)\s*=\s*["']?(-?\d{1,6})""", re.IGNORECASE)
#: What stands above a page's notes in the text (a separator line, as UN text files print it)
NOTES_RULE = "\n\n__________\n"
_ENTITY = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?")
# C1 controls that a numeric reference names are read as Windows-1252, as browsers do
_C1 = {0x80: "\u20ac", 0x91: "\u2018", 0x92: "\u2019", 0x93: "\u201c", 0x94: "\u201d", 0x96: "\u2013"}
_C1 |= {0x97: "\u2014", 0x85: "\u2026", 0x95: "\u2022"}


def looks_like_html(text: str) -> bool:
    return _SNIFF.search(text, 0, 4000) is not None


class Markup(Record):
    """The edits that make a page's text (``(start, end, replacement)``, in order, never
    overlapping) and its table cells, all as offsets into the source; ``frames`` are the spans
    of the page's furniture (navigation, asides, the header and footer around its main text)
    that the edits leave out."""

    edits: list[tuple[int, int, str]]
    cells: list[CellSpan]
    frames: list[tuple[int, int]]

    __slots__ = ("cells", "edits", "frames")

    def __init__(
        self,
        edits: list[tuple[int, int, str]] | None = None,
        cells: list[CellSpan] | None = None,
        frames: list[tuple[int, int]] | None = None,
    ) -> None:
        self.edits = [] if edits is None else edits
        self.cells = [] if cells is None else cells
        self.frames = [] if frames is None else frames


class _Next:
    """``text.find(needle, i)`` for ever-growing ``i``, each character looked at once."""

    def __init__(self, text: str, needle: str) -> None:
        self.text = text
        self.needle = needle
        self.at = -2  # not looked for yet
        self.since = 0

    def __call__(self, i: int) -> int:
        if self.at == -2 or (self.at != -1 and self.at < i) or (self.at == -1 and i < self.since):
            self.at = self.text.find(self.needle, i)
            self.since = i
        return self.at


def _entity(body: str, terminated: bool) -> str:
    if body[0] == "#":
        try:
            code = int(body[2:], 16) if body[1] in "xX" else int(body[1:])
        except ValueError:
            return ""
        if code in _C1:
            return _C1[code]
        if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            return "\ufffd"
        return chr(code)
    if terminated:
        return html.entities.html5.get(body + ";", "")
    return html.entities.html5.get(body, "") if body in ("amp", "lt", "gt", "quot", "nbsp") else ""


def parse(text: str) -> Markup:
    """The edits and table cells of an HTML page (see the module's note)."""
    with paused_gc():
        return _parse(text)


def _parse(text: str, marks_main: bool = True) -> Markup:
    """(``marks_main``: whether the page's ``<main>`` and ``<article>`` elements may mark its
    main content; a page whose ones show no more text than a heading is read again without.)"""
    out = Markup()
    edits = out.edits
    n = len(text)
    gt, dq, sq = _Next(text, ">"), _Next(text, '"'), _Next(text, "'")
    comment_end, lt, amp = _Next(text, "-->"), _Next(text, "<"), _Next(text, "&")
    table = 0
    row = col = 0
    cell_start = -1
    tables: list[int] = []
    # open lists, innermost last: the next item's number in an "<ol>", None in an "<ul>"
    lists: list[int | None] = []
    notes_tag = ""  # the element that holds the page's notes, while it is open
    notes_depth = 0
    note_text = False  # text since the last line break, under the notes
    # an element hidden from the reader, while it is open: its name, depth, start, and how many
    # edits and cells were made before it (a hidden element never closed is kept: text)
    hidden_tag = ""
    hidden_depth = hidden_start = hidden_edits = hidden_cells = 0
    hidden_frame = False  # the element is page furniture (shown, but not the text's)
    # how many main or article elements are open; whether the page has one at all
    main_depth = 0
    has_main = marks_main and any(text.find(tag) != -1 for tag in _MAIN_OPENS)
    # the open cell's links, the characters of its text outside them (counted up to a heading's
    # length) and its paragraphs; the cells that list links and little else, and the rows
    # (table, row) one of whose cells holds paragraphs
    cell_links = cell_loose = cell_paragraphs = 0
    in_link = False
    link_cells: list[tuple[tuple[int, int], int, int, bool]] = []
    # whether the open row opens with a header cell (a label: "Related resources"); the open
    # value of a description list (where its text starts), its links and its text outside them
    row_label = False
    value_start, value_links, value_loose = -1, 0, 0
    link_values: list[tuple[int, int]] = []
    # the page's main elements (outermost), and where the one open started
    mains: list[tuple[int, int]] = []
    main_level = 0
    main_open = -1
    # on a page with a <main>: the characters of text its mains show (furniture and tags
    # left out), and the elements outside them that are the text's: notes (the one open: its
    # name, depth and start), the header that holds its title
    has_main_tag = has_main and any(text.find(tag) != -1 for tag in _MAIN_TAG_OPENS)
    # (and the characters those and the page's articles show; whether a header or footer
    # outside them was left out)
    main_shown = marked_shown = 0
    main_heading = False  # in a heading inside a main element (its text not counted)
    counting = has_main
    outside_frame = False
    # the page's one <h1>, and the ends of the headers around it (not looked for yet)
    title: list[tuple[int, int, int]] = []

    notes_out: list[tuple[int, int]] = []
    note_out_tag = ""
    note_out_depth = note_out_start = 0
    text_rows: set[tuple[int, int]] = set()
    run_top = ""  # where the last run placed on the page stands ("top: 12%")

    def text_run(start: int, end: int) -> None:
        a = amp(start)
        while a != -1 and a < end:
            m = _ENTITY.match(text, a, end)
            if m is not None:
                ch = _entity(m.group(1), m.group().endswith(";"))
                if ch:
                    edits.append((a, m.end(), ch))
                    a = amp(m.end())
                    continue
            a = amp(a + 1)

    def close_cell(at: int) -> None:
        nonlocal cell_start, row_label
        if cell_start >= 0 and tables and col == 1 and not row_label:
            # a row's first cell that labels it: a few words, no link, no number ("Symbol",
            # "Related resources"), as a header cell does
            row_label = (
                cell_links == 0
                and cell_loose <= _LINK_LIST_HEADING
                and at - cell_start <= _LABEL_CELL
                and _DIGIT.search(_TAG_OR_REFERENCE.sub("", text[cell_start:at])) is None
            )
        if cell_start >= 0 and tables:
            s, e = cell_start, at
            while s < e and text[s].isspace():
                s += 1
            if s < e:
                out.cells.append(CellSpan(s, e, tables[-1], row, col))
                if cell_paragraphs >= _TEXT_CELL:
                    text_rows.add((tables[-1], row))
                if cell_links >= _LINK_LIST and cell_loose <= _LINK_LIST_HEADING:
                    link_cells.append(((tables[-1], row), cell_start, at, row_label and col > 1))
        cell_start = -1

    # line breaks that end the text made so far: a paragraph's tags put in a blank line, never
    # more ("</p>⏎<p>" is one blank line, not four: a block of notes, one paragraph each,
    # stays one block)
    breaks = 0
    pos = 0
    while pos < n:
        i = lt(pos)
        if i == -1:
            text_run(pos, n)
            break
        text_run(pos, i)
        if counting and main_depth and not hidden_tag and not main_heading and pos < i:
            shown = len(text[pos:i].strip())
            marked_shown += shown
            if main_level:
                main_shown += shown
            # (counted up to what tells: more than a heading's)
            counting = marked_shown < _MAIN_TEXT or (has_main_tag and main_shown < _MAIN_TEXT)
        if cell_start >= 0 and not in_link and cell_loose <= _LINK_LIST_HEADING and pos < i:
            cell_loose += len(text[pos:i].strip())
        if value_start >= 0 and not in_link and value_loose <= _LINK_LIST_HEADING and pos < i:
            value_loose += len(text[pos:i].strip())
        if notes_tag and pos < i:
            if text[pos:i].isspace():
                edits.append((pos, i, ""))  # the source's line breaks between a note's tags
            else:
                note_text = True
                breaks = 0
        elif pos < i:
            if not text[pos:i].isspace():
                breaks = 0
            elif breaks >= 2 and "\n" in text[pos:i]:
                edits.append((pos, i, ""))  # the source's line break after a paragraph's end
            else:
                breaks += text.count("\n", pos, i)
        nxt = text[i + 1 : i + 2]
        if text.startswith("<!--", i):
            e = comment_end(i + 4)
            end = n if e == -1 else e + 3
            edits.append((i, end, ""))
            pos = end
            continue
        if nxt in ("!", "?") or text.startswith("</>", i):
            g = gt(i + 2)
            if g == -1:
                pos = i + 1  # never closed: text
                continue
            edits.append((i, g + 1, ""))
            pos = g + 1
            continue
        closing = nxt == "/"
        m = _TAG_NAME.match(text, i + 2 if closing else i + 1)
        if m is None:
            pos = i + 1  # a "<" that opens no tag is text
            continue
        simple = _PLAIN_REST.match(text, m.end())  # the usual tag: no quotes, no "<" before its ">"
        end = simple.end() if simple is not None else _tag_end(text, m.end(), gt, dq, sq)
        if end == -1:
            text_run(i, n)  # a tag left open at the end of the file: its text is kept
            break
        name = m.group().lower()
        if hidden_tag:
            if name == hidden_tag:
                hidden_depth += -1 if closing else 1
            elif hidden_tag == "p" and not closing and name in _BLOCK:
                hidden_depth = 0  # a block opened after a hidden paragraph closes it
            elif (
                hidden_frame
                and hidden_tag != "nav"
                and not closing
                and name in _BLOCK
                and end - m.end() > 6
                and _is_note(text[m.end() : end])
            ):
                # furniture that holds the text's notes (a page's footer, an aside): it ends
                # where they begin
                hidden_depth = 0
            if hidden_depth == 0:
                # the hidden element's text and tags go, with whatever was made of them
                closes = closing and name == hidden_tag
                del edits[hidden_edits:]
                del out.cells[hidden_cells:]
                edits.append((hidden_start, end if closes else i, "\n\n" if hidden_tag in _BLOCK else " "))
                if hidden_frame:
                    out.frames.append((hidden_start, end if closes else i))
                hidden_tag = ""
                if closes:
                    pos = end
                    continue
        elif (
            not closing
            and name not in _VOID
            and end - m.end() > 6
            and not text.startswith("/>", end - 2)
            and _hidden(text[m.end() : end - 1])
        ):
            # an element the page does not show ("hidden", "display: none"): its text is none
            hidden_tag, hidden_depth, hidden_start, hidden_frame = name, 1, i, False
            hidden_edits, hidden_cells = len(edits), len(out.cells)
        elif (
            not closing
            and (
                (name in _FRAME_TAGS and _frame(name, text[m.end() : end], has_main and main_depth == 0))
                or (
                    end - m.end() > _ROLE_SHORTEST
                    and text.find("role", m.end(), end) != -1
                    and _FRAME_ROLE.search(text, m.end(), end) is not None
                    and (name == "nav" or _NOTE_ATTRIBUTE.search(text, m.end(), end) is None)
                )
            )
            and not (name == "header" and has_main_tag and _title_kept(text, i, end, title, notes_out))
        ):
            # page furniture (a menu, related documents, a provenance box, the site's footer):
            # left out like a hidden element, its span kept (a symbol it names alone may be the
            # text's own)
            hidden_tag, hidden_depth, hidden_start, hidden_frame = name, 1, i, True
            hidden_edits, hidden_cells = len(edits), len(out.cells)
            outside_frame = outside_frame or (has_main and main_depth == 0 and name in _FRAME_OUTSIDE_MAIN)
        if not has_main_tag or main_level:
            pass
        elif note_out_tag:
            if name == note_out_tag:
                note_out_depth += -1 if closing else 1
                if note_out_depth == 0:
                    notes_out.append((note_out_start, end))
                    note_out_tag = ""
        elif (
            not closing
            and not hidden_tag
            and name in _BLOCK
            and (
                (
                    "=" in text[m.end() : end]
                    and (
                        _NOTE_ATTRIBUTE.search(text, m.end(), end) is not None
                        or _NOTES.search(text, m.end(), end) is not None
                    )
                )
                or (mains and name not in _VOID and _NOTE_BACKLINK.match(text, end) is not None)
            )
        ):
            # the text's notes set after its main element (in an aside, a footer, a division;
            # a list of references; a block that opens with a note's number linked back into
            # the page, as a Google Docs export writes its notes)
            note_out_tag, note_out_depth, note_out_start = name, 1, i
        if counting and main_depth and name in _HEADING:
            main_heading = not closing
        if has_main and name in _MAIN:
            main_depth += -1 if closing else 1
            if name == "main":
                if not closing:
                    main_level += 1
                    if main_level == 1:
                        main_open = i
                elif main_level:
                    main_level -= 1
                    if main_level == 0:
                        mains.append((main_open, end))
        if cell_start >= 0:
            if name == "a":
                in_link = not closing
                cell_links += not closing
            elif name in _PARAGRAPH and not closing:
                cell_paragraphs += 1
        if value_start >= 0 or name == "dd":
            # a description list's value that lists links (a record's "Related resources")
            if name == "a":
                in_link = not closing
                value_links += not closing
            elif name in _VALUE_ENDS:
                if value_start >= 0 and value_links >= _LINK_LIST and value_loose <= _LINK_LIST_HEADING:
                    link_values.append((value_start, i))
                value_start, value_links, value_loose = (end if name == "dd" and not closing else -1), 0, 0
        if name == "sup" and not closing:
            # a note's number set in superscript ("72/279<sup>1</sup>"): its superscript digits, as
            # a text file writes it — never glued to the number before it ("72/2791")
            sup = _SUP_DIGITS.match(text, end)
            if sup is not None:
                edits.append((i, sup.end(), sup.group(1).translate(TO_SUPERSCRIPT)))
                pos = sup.end()
                continue
        if name == "a" and not closing and not notes_tag and _NOTE_LINK.search(text, m.end(), end):
            # a note's reference as Word writes a web page ("74/270<a href="#_ftn1">…[1]…</a>"):
            # its number in superscript, never glued to the number before it ("74/2701")
            ref = _NOTE_LINK_TEXT.match(text, end)
            if ref is not None:
                edits.append((i, ref.end(), ref.group(1).translate(TO_SUPERSCRIPT)))
                pos = ref.end()
                continue
        repl = "\n" if name in _LINE else "\n\n" if name in _BLOCK else " " if name in _CELL else ""
        if name in _LINE and _in_symbol(text[max(0, i - 2) : i], text[end : end + 2]):
            repl = ""  # a line break at a slash inside a symbol ("A/RES/<br>74/239"): one symbol
        if not repl and not closing and end - m.end() > _TOP_SHORTEST and name not in _VOID:
            top = _TOP.search(text, m.end(), end)
            if top is not None:
                # a text layer's run, placed on the page (a PDF viewer's): a run placed lower or
                # higher than the one before opens a line ("A/RES/80/142" above the title)
                if run_top and top.group(1) != run_top and text[i - 1 : i] != "\n":
                    repl = "\n"
                run_top = top.group(1)
        if name in ("ol", "ul", "li") or notes_tag or (not closing and "=" in text[m.end() : end]):
            # lists keep their items' numbers ("1. Decides …"; "1 See …" under a page's notes),
            # and the notes of a page stand under a separator line, as in a text file
            attrs = text[m.end() : end]
            if notes_tag and name == notes_tag:
                notes_depth += -1 if closing else 1
                if notes_depth == 0:
                    notes_tag = ""
            elif (
                not closing
                and not notes_tag
                and any(_NOTES.search(a.group(1)) for a in _ATTRIBUTE.finditer(attrs))
            ):
                notes_tag, notes_depth = name, 1
                repl = NOTES_RULE
            if name in ("ol", "ul"):
                if closing:
                    if lists:
                        lists.pop()
                else:
                    first = _START.search(attrs) if name == "ol" else None
                    lists.append(None if name == "ul" else int(first.group(1)) if first else 1)
            elif name == "li" and not closing and lists and lists[-1] is not None:
                value = _START.search(attrs)
                number = int(value.group(1)) if value else lists[-1]
                lists[-1] = number + 1
                repl = f"\n\n{number}. "
                if notes_tag:
                    repl = f"\n{number} " if note_text else f"{number} "
                    note_text = False  # a paragraph that opens in the item goes on its line
            if notes_tag and repl in ("\n", "\n\n"):
                # a note a line, with no blank line between notes (a blank line or two more
                # for each nested block would end the notes)
                repl = "\n" if note_text else ""
                note_text = False
        if tables and (name in _CELL or name == "tr"):
            # a table's rows as lines and its cells split by " | ", as the Word reader gives them
            # (the table rule reads them so); the white space of the source between them goes
            repl = "" if closing else "\n" if name == "tr" else " | " if col else ""
        if name in _BLOCK and repl[:1] == "\n" and not notes_tag and not (tables and name == "tr"):
            lead = len(repl) - len(repl.lstrip("\n"))
            repl = repl[min(lead, breaks) :]  # the blank line is there already
        if repl.strip():
            breaks = len(repl) - len(repl.rstrip("\n"))
        else:
            breaks += repl.count("\n")
        edits.append((i, end, repl))
        pos = end
        if tables and (name in _CELL or name == "tr"):
            j = lt(end)
            if j > end and text[end:j].isspace():
                edits.append((end, j, ""))
                pos = j
        if name in _CELL or name == "tr" or name == "table":
            close_cell(i)
            if name == "table":
                if closing:
                    if tables:
                        tables.pop()
                else:
                    table += 1
                    tables.append(table)
                    row = col = 0
            elif name == "tr" and not closing:
                row += 1
                col = 0
            elif name in _CELL and not closing:
                col += 1
                if col == 1:
                    row_label = name == "th"
                cell_start = end
                cell_links = cell_loose = cell_paragraphs = 0
                in_link = False
        if name in _RAW and not closing and not text.startswith("/>", end - 2):
            r = _RAW_END[name].search(text, end)
            stop = n if r is None else _tag_end(text, r.end() - 1, gt, dq, sq)
            stop = n if stop == -1 else stop
            edits.append((end, stop, ""))
            pos = stop
    close_cell(n)
    if (mains or outside_frame) and marked_shown < _MAIN_TEXT:
        # the page's main and article elements hold none of its text (a menu, a title, a
        # teaser in a sidebar): they mark no main content, and the text outside them is kept
        return _parse(text, False)
    if mains and main_shown >= _MAIN_TEXT:
        _outside_main_out(out, mains, notes_out, n)
    if link_cells or link_values:
        _link_lists_out(out, link_cells, text_rows, link_values)
    return out


#: A cell that lists this many links or more, with no more text than a heading's beside them
_LINK_LIST, _LINK_LIST_HEADING = 2, 40
#: … in a row one of whose cells holds paragraphs (this many or more): the text's
_TEXT_CELL = 3
#: A page's main elements mark its main content when they show more characters of text than
#: a heading's, their headings left out: a ``<main>`` that holds a menu, a breadcrumb, a skip
#: link's target or the page's title alone marks none (the text stands outside it)
_MAIN_TEXT = _LINK_LIST_HEADING + 1
_MAIN_TAG_OPENS = ("<main", "<MAIN", "<Main")
#: The most characters of source a row's label cell takes, and what is no text of it
_LABEL_CELL = 300
_TAG_OR_REFERENCE = re.compile(r"<[^<>]*+>|&#?\w+;")
_DIGIT = re.compile(r"\d")
#: The tags that end a description list's value
_VALUE_ENDS = frozenset(["dd", "dt", "dl"])
_HEADING = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
_PARAGRAPH = frozenset(["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"])


def _outside_main_out(
    out: Markup, mains: list[tuple[int, int]], notes: list[tuple[int, int]], n: int
) -> None:
    """A page that marks its main content (``<main>``) loses what lies outside it — the site's
    banner, menus, sidebars, related-document lists and footer, whatever their tags: furniture
    (``out.frames`` receives each stretch, the frames inside one folded in) — but for the
    elements there that are notes (``notes``: the text's, set after its main element)."""
    spans: list[tuple[int, int]] = []
    last = 0
    for start, end in sorted(mains + notes):
        if start > last:
            spans.append((last, start))
        last = max(last, end)
    if last < n:
        spans.append((last, n))
    starts = [s for s, _ in spans]
    kept_frames = [f for f in out.frames if not _within(f[0], starts, spans)]
    dropped = _spans_out(out, spans, "\n\n")
    out.frames[:] = sorted(kept_frames + dropped)


def _spans_out(out: Markup, spans: list[tuple[int, int]], repl: str) -> list[tuple[int, int]]:
    """Each of ``spans`` (in order, apart) made one edit to ``repl``, the edits and cells within
    it gone (a span that an edit crosses is kept); the spans dropped."""
    edits: list[tuple[int, int, str]] = []
    dropped: list[tuple[int, int]] = []
    k = 0
    for s, e in spans:
        while k < len(out.edits) and out.edits[k][0] < s:
            edits.append(out.edits[k])
            k += 1
        inside = k
        while inside < len(out.edits) and out.edits[inside][1] <= e:
            inside += 1
        if (edits and edits[-1][1] > s) or (inside < len(out.edits) and out.edits[inside][0] < e):
            continue  # an edit across the span's bounds: the span is kept
        edits.append((s, e, repl))
        dropped.append((s, e))
        k = inside
    edits.extend(out.edits[k:])
    out.edits[:] = edits
    starts = [s for s, _ in dropped]  # (in order, apart)
    out.cells[:] = [c for c in out.cells if not _within(c.start, starts, dropped)]
    return dropped


def _link_lists_out(
    out: Markup,
    link_cells: list[tuple[tuple[int, int], int, int, bool]],
    text_rows: set[tuple[int, int]],
    link_values: list[tuple[int, int]],
) -> None:
    """A page laid out as a table — a menu or a list of related documents in one cell, the
    text in the cell beside it — loses the cells that list links beside the one that holds the
    text, in its row or a row above it (a menu bar): they are its furniture, like a ``<nav>``
    (``out.frames`` receives their spans); a cell of links in a row below the text's (its
    notes, each a link to the document it cites) is the text's.  A record's metadata — a row
    that a header cell labels, a description list's value (``link_values``) — loses the values
    that list links (its "Related resources"): other documents, cited by nobody."""
    last: dict[int, int] = {}  # the last row of each table that holds the text
    for table, row in text_rows:
        last[table] = max(row, last.get(table, row))
    found = [(s, e) for (table, row), s, e, labelled in link_cells if labelled or row <= last.get(table, 0)]
    spans: list[tuple[int, int]] = []
    for s, e in sorted(found + link_values):
        if not spans or s >= spans[-1][1]:  # (one inside another: the outer one)
            spans.append((s, e))
    if spans:
        out.frames[:] = sorted(out.frames + _spans_out(out, spans, " "))


def _within(at: int, starts: list[int], spans: list[tuple[int, int]]) -> bool:
    """Whether ``at`` falls in one of ``spans`` (in order, apart; ``starts`` their starts)."""
    k = bisect.bisect_right(starts, at) - 1
    return k >= 0 and at < spans[k][1]


#: The attributes that name what an element is (its class, id, role, style, EPUB type)
_KIND_ATTRIBUTE = re.compile(
    r"""(?<![\w-])(?:class|id|role|style|epub:type)[ \t\n\r]*+=[ \t\n\r]*+("[^"]*+"|'[^']*+'|[^\s"'>]++)""",
    re.IGNORECASE,
)


def _is_note(attrs: str) -> bool:
    """Whether a tag's attributes (its class, id, role, style or EPUB type) name a note or the
    page's notes ("footnotes", ``doc-endnote``, "fn3", Word's ``mso-element:footnote``)."""
    return any(_NOTE_ATTRIBUTE.search(m.group(1)) for m in _KIND_ATTRIBUTE.finditer(attrs))


_H1 = re.compile(r"<h1[\s>]", re.IGNORECASE)
_HEADER_END = re.compile(r"</header\s*>", re.IGNORECASE)
_H1_END = re.compile(r"</h1\s*>", re.IGNORECASE)


def _title_kept(
    text: str, start: int, end: int, title: list[tuple[int, int, int]], kept: list[tuple[int, int]]
) -> bool:
    """Whether the ``<header>`` opened at ``start``–``end``, outside the ``<main>`` of a page
    that has one, holds the page's one ``<h1>``: its title, the text's heading (pandoc's title
    block before a ``<main>``), which then goes to ``kept`` — the rest of the header goes with
    what lies outside the page's main elements (``title``: :func:`_title_header`, once)."""
    if not title:
        title.append(_title_header(text))
    h1, before, h1_end = title[0]
    if not (before <= start and end <= h1):
        return False
    kept.append((h1, h1_end))
    return True


def _title_header(text: str) -> tuple[int, int, int]:
    """Where the ``<h1>`` a page has starts, when it has one only and a header closes after
    it, the end of the last closing ``</header>`` before it, and where the ``<h1>`` ends
    ((-1, -1, -1): none)."""
    h1s = _H1.finditer(text)
    first, second = next(h1s, None), next(h1s, None)
    if first is None or second is not None:
        return -1, -1, -1
    close = _HEADER_END.search(text, first.end())
    h1_end = _H1_END.search(text, first.end())
    if close is None or h1_end is None or h1_end.end() > close.start():
        return -1, -1, -1
    before = 0
    for m in _HEADER_END.finditer(text, 0, first.start()):
        before = m.end()
    return first.start(), before, h1_end.end()


def _frame(name: str, attrs: str, outside_main: bool) -> bool:
    """Whether an element opened by a tag of ``name`` (one of ``_FRAME_TAGS``) and ``attrs`` is
    page furniture, not the text the page holds: a ``<nav>``, an ``<aside>``, a ``<header>`` or
    ``<footer>`` outside the main text of a page that marks one (an element of a navigation,
    banner, footer, complementary or search landmark role is one too: see ``_FRAME_ROLE``) —
    but for an aside, header or footer that is or holds a note ("footnotes", "endnotes": the
    text's notes, set after it); a form's control (``<select>``, ``<button>``, ``<textarea>``)
    is furniture too."""
    if name == "nav" or name in _CONTROLS:
        return True
    return (name == "aside" or outside_main) and _NOTE_ATTRIBUTE.search(attrs) is None


_SLASH_BEFORE = re.compile(r"[A-Za-z0-9]/")
_SLASH_AFTER = re.compile(r"/[A-Za-z0-9]")


def _in_symbol(before: str, after: str) -> bool:
    """Whether a line break between ``before`` and ``after`` (two characters each) stands at a
    slash between two elements of a symbol ("A/RES/" and "74/239", "A/79" and "/561")."""
    if _SLASH_BEFORE.fullmatch(before):
        return after[:1].isascii() and after[:1].isalnum()
    return before[-1:].isascii() and before[-1:].isalnum() and _SLASH_AFTER.fullmatch(after) is not None


def _tag_end(text: str, j: int, gt: _Next, dq: _Next, sq: _Next) -> int:
    """The offset just after the ``>`` that closes the tag whose name ends at ``j``, or
    -1; a quoted attribute value may hold a ``>``, an unclosed quote is ignored."""
    while True:
        g = gt(j)
        if g == -1:
            return -1
        q1, q2 = dq(j), sq(j)
        q = min((x for x in (q1, q2) if x != -1 and x < g), default=-1)
        if q == -1:
            return g + 1
        k = q - 1
        while k > j and text[k] in " \t\n\r\f":
            k -= 1
        if text[k] != "=":
            j = q + 1  # a quote that opens no value
            continue
        close = (dq if text[q] == '"' else sq)(q + 1)
        if close == -1:
            return g + 1  # an unclosed quote: the tag ends at the first ">"
        j = close + 1
