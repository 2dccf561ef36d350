"""Normalise: a matching view of the text whose offsets map back to the original.

Most changes keep the length (spaces, quotes and apostrophes are swapped one for one), so
the usual text needs no offset map at all.  Changes that shorten the text — NFC
composition, soft hyphens and zero-width characters, a word hyphenated across a line
break — are recorded as breakpoints, and :meth:`Normalised.to_original` maps back.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field

from ..grammar.chars import one_for_one

# Characters or sequences that shorten the text.  A base letter followed by combining
# marks is composed (NFC); soft hyphens and zero-width characters go; a lower-case word
# broken by a hyphen at the end of a line is joined.
_SHORTENING = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]|[\u0300-\u036f]+")
_REMOVED = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_LINE_HYPHEN = re.compile(r"-[ \t]*\n[ \t]*(?=[a-zà-ÿ])")
_SPACED_SYMBOL = re.compile(
    r"(?<![\w/])[A-Z]{1,6}(?: / (?:[A-Z][A-Za-z]{0,9}(?:\.\d{1,4})?|(?:S-|ES-)?\d{1,5}))+(?![\w/])"
)
_CYRILLIC_ROMAN = re.compile(r"(?<=\d)(\s?\()(?:S-|ES-)?[IVXLCХІС]{1,7}\)")
_LOOKALIKES = str.maketrans({"Х": "X", "І": "I", "С": "C"})
# PDF text breaks symbols after a slash: "A/RES/\n70/1" is "A/RES/70/1"
_LINE_SLASH = re.compile(r"(?<=[A-Z0-9.])/[ \t]*\n[ \t]*(?=[A-Z0-9])")


@dataclass(slots=True)
class Normalised:
    """``text`` is the matching view; ``to_original`` maps its offsets to the input's."""

    original: str
    text: str
    _norm_points: list[int] = field(default_factory=list)
    _orig_points: list[int] = field(default_factory=list)
    _edit_norm_starts: list[int] = field(default_factory=list)  # where each edit begins …
    _edit_orig_starts: list[int] = field(default_factory=list)  # … in both views

    def to_original(self, pos: int) -> int:
        if not self._norm_points:
            return pos
        i = bisect.bisect_right(self._norm_points, pos) - 1
        if i < 0:
            return pos
        return self._orig_points[i] + (pos - self._norm_points[i])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of a normalised span.  An end that touches an edit stays before
        it ("A/70/123</a>" ends before the tag), a start after it."""
        o_end = self.to_original(end)
        if self._edit_norm_starts:
            i = bisect.bisect_left(self._edit_norm_starts, end)
            if i < len(self._edit_norm_starts) and self._edit_norm_starts[i] == end:
                o_end = min(o_end, self._edit_orig_starts[i])
        return self.to_original(start), max(o_end, self.to_original(start))


def _joins_word(text: str, hyphen: int) -> bool:
    """A hyphen at a line end splits a word when a lower-case letter stands before it."""
    return hyphen > 0 and ("a" <= text[hyphen - 1] <= "z" or "à" <= text[hyphen - 1] <= "ÿ")


_HTML_SNIFF = re.compile(r"<(?:!doctype\s+html|html|body|p|div|br|table|td|span|h[1-6])\b", re.IGNORECASE)
# where a script, a style or a comment begins; each is then read to its end in one pass
_HTML_SKIP_START = re.compile(r"<!--|<(script|style)\b", re.IGNORECASE)
_HTML_SKIP_END = {
    "script": re.compile(r"</script\s*>", re.IGNORECASE),
    "style": re.compile(r"</style\s*>", re.IGNORECASE),
}
# a tag ends at the first ">"; a "<" before it starts the next one, so a "<" never closed
# costs only the stretch up to the next "<" (never the rest of the text, for each "<")
_HTML_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*+)?[^<>]*+>")
_HTML_ENTITY = re.compile(r"&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
_HTML_BREAKS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "blockquote",
        "section",
        "article",
    ]
)


def looks_like_html(text: str) -> bool:
    return _HTML_SNIFF.search(text, 0, 4000) is not None


def _skipped_spans(text: str) -> list[tuple[int, int]]:
    """Scripts, styles and comments, in order: one left open runs to the end of the text
    (as browsers read it), and the text is read once whatever it holds."""
    out: list[tuple[int, int]] = []
    pos = 0
    while (m := _HTML_SKIP_START.search(text, pos)) is not None:
        if m.group(1):
            close = _HTML_SKIP_END[m.group(1).lower()].search(text, m.end())
            end = close.end() if close else len(text)
        else:
            found = text.find("-->", m.end())
            end = found + 3 if found >= 0 else len(text)
        out.append((m.start(), end))
        pos = end
    return out


def _html_edits(text: str) -> list[tuple[int, int, str]]:
    """Edits that turn HTML into plain text: scripts, styles, comments and tags go (a line
    break where a paragraph, item or row ends), entities become their character."""
    import html.entities

    edits: list[tuple[int, int, str]] = []
    skipped = _skipped_spans(text)
    edits += [(a, b, "") for a, b in skipped]
    k = 0  # the first skipped span that does not end before the tag: one pass over both
    for m in _HTML_TAG.finditer(text):
        while k < len(skipped) and skipped[k][1] <= m.start():
            k += 1
        if k < len(skipped) and skipped[k][0] <= m.start():
            continue
        name = (m.group(2) or "").lower()
        repl = (
            "\n" if name == "br" else "\n\n" if name in _HTML_BREAKS else " " if name in ("td", "th") else ""
        )
        edits.append((m.start(), m.end(), repl))
    for m in _HTML_ENTITY.finditer(text):
        body = m.group(1)
        if body[0] == "#":
            try:
                ch = chr(int(body[2:], 16) if body[1] in "xX" else int(body[1:]))
            except (ValueError, OverflowError):
                continue
        else:
            ch = html.entities.html5.get(body + ";", "")
        if ch:
            edits.append((m.start(), m.end(), one_for_one(ch)))
    edits.sort()
    return edits


def normalise(text: str) -> Normalised:
    mapped = one_for_one(text)
    edits: list[tuple[int, int, str]] = []
    if "<" in mapped and looks_like_html(mapped):
        edits = _html_edits(mapped)
    if not (unicodedata.is_normalized("NFC", mapped) and not any(c in mapped for c in _REMOVED)):
        for m in _SHORTENING.finditer(mapped):
            s, e = m.span()
            if mapped[s] in _REMOVED:
                edits.append((s, e, ""))
            elif s > 0:  # combining marks: compose them with their base letter
                edits.append((s - 1, e, unicodedata.normalize("NFC", mapped[s - 1 : e])))
    if "-\n" in mapped or "- \n" in mapped or "-\t" in mapped:
        edits += [
            (m.start(), m.end(), "") for m in _LINE_HYPHEN.finditer(mapped) if _joins_word(mapped, m.start())
        ]
    if "/\n" in mapped or "/ \n" in mapped:
        edits += [(m.start(), m.end(), "/") for m in _LINE_SLASH.finditer(mapped)]
    if " / " in mapped:
        # Arabic texts print symbols with spaces around the slashes: "A / 59 / 648"
        for m in _SPACED_SYMBOL.finditer(mapped):
            edits.append((m.start(), m.end(), m.group().replace(" / ", "/")))
    if any(c in mapped for c in "ХІС"):
        # Russian texts may write Roman session numbers in Cyrillic look-alikes: "3379 (ХХХ)"
        for m in _CYRILLIC_ROMAN.finditer(mapped):
            edits.append((m.start(), m.end(), m.group().translate(_LOOKALIKES)))
    if not edits:
        return Normalised(text, mapped)
    edits.sort()
    pieces: list[str] = []
    norm_points: list[int] = []
    orig_points: list[int] = []
    edit_norm: list[int] = []
    edit_orig: list[int] = []
    last = 0
    npos = 0
    for s, e, repl in edits:
        if s < last:
            continue  # overlaps an edit already made (an entity inside a removed tag)
        pieces.append(mapped[last:s])
        npos += s - last
        edit_norm.append(npos)
        edit_orig.append(s)
        pieces.append(repl)
        npos += len(repl)
        # after this replacement, normalised npos corresponds to original e
        norm_points.append(npos)
        orig_points.append(e)
        last = e
    pieces.append(mapped[last:])
    return Normalised(text, "".join(pieces), norm_points, orig_points, edit_norm, edit_orig)
