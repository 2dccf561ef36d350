"""The data model shared by every pipeline step.

normalise → segment → find → resolve → (index, graph) → render all speak these types.
A :class:`Citation` is exactly one record of the extraction contract
(``rescite extract --format jsonl``); :data:`RECORD_FIELDS` fixes its field order.
"""

from __future__ import annotations

import bisect
import re
from array import array
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any, Literal, NewType

#: A canonical id (``A/RES/64/293``, ``UNTS/2225/39574``, ``pub:…``).  Only the
#: functions in :mod:`rescite.ids` create values of this type.
CanonicalId = NewType("CanonicalId", str)

Section = Literal["title", "preamble", "operative", "footnote"]
Function = Literal["builds_on", "acknowledges", "acts"]

#: Field order of the extraction record (ids.md §2).
RECORD_FIELDS: tuple[str, ...] = (
    "source",
    "source_id",
    "start",
    "end",
    "text",
    "target",
    "kind",
    "body",
    "date",
    "pinpoint",
    "function",
    "verb",
    "section",
    "paragraph",
    "via_footnote",
    "part",
)
#: Fields added to each record by ``rescite extract --explain``: the rules that found and
#: bound the mention, the words that decided it, and why an unresolved mention has no target.
EXPLAIN_FIELDS: tuple[str, ...] = ("rule", "evidence", "reason")


@dataclass(slots=True, unsafe_hash=True)
class Citation:
    """One mention of a cited text, resolved as far as the evidence allows.

    Treat it as immutable (make a changed copy with ``dataclasses.replace``).  It is not
    declared frozen because a frozen dataclass sets each of its nineteen fields through
    ``object.__setattr__``: ten times the cost of making one, and a text has many.

    ``start``/``end`` are offsets into the decoded text of ``source`` and
    ``text == decoded[start:end]`` always holds.  An unresolved mention has
    ``target=None`` and ``kind="unresolved"``; it is kept, never dropped.
    """

    source: str
    source_id: CanonicalId | None
    start: int
    end: int
    text: str
    target: CanonicalId | None
    kind: str
    body: str | None = None
    date: str | None = None
    pinpoint: str | None = None
    function: str | None = None
    verb: str | None = None
    section: str | None = None
    paragraph: str | None = None
    via_footnote: int | None = None
    rule: str | None = None  # finder rule; binding rule ("keyword; body named: GA")
    evidence: tuple[str, ...] = ()  # the words behind it ("keyword: resolution", "possessive: its")
    reason: str | None = None  # why there is no target (unresolved mentions)
    part: str | None = None  # in a compilation: the heading of the text it stands in ("72/1")

    def to_record(self, explain: bool = False) -> dict[str, Any]:
        """The contract record, fields in contract order; with ``explain``, the
        :data:`EXPLAIN_FIELDS` after them."""
        rec = {name: getattr(self, name) for name in RECORD_FIELDS}
        if explain:
            rec.update(rule=self.rule, evidence=list(self.evidence), reason=self.reason)
        return rec

    @property
    def resolved(self) -> bool:
        return self.target is not None


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """What a text says about itself: its own id, title, adopting body, date, language."""

    source: str
    source_id: CanonicalId | None
    lang: str | None
    title: str | None = None
    body: str | None = None  # series of the adopting body: "A", "CTOC/COP", …
    date: str | None = None  # ISO date of adoption, when the text states it
    part: str | None = None  # in a compilation: the text's heading ("72/1", "Resolution 1/3")


@dataclass(slots=True)
class ExtractResult:
    """The output of :func:`rescite.extract.extract_text` for one document."""

    document: DocumentInfo
    citations: list[Citation] = field(default_factory=list)
    #: the texts of a compilation, in order (empty for a file that holds one text)
    parts: list[DocumentInfo] = field(default_factory=list)
    #: One line each: a limit reached while reading the text (the result is what was kept).
    warnings: list[str] = field(default_factory=list)

    @property
    def unresolved(self) -> int:
        return sum(1 for c in self.citations if c.target is None)

    def targets(self) -> list[CanonicalId]:
        """Distinct resolved targets in first-mention order."""
        seen: dict[CanonicalId, None] = {}
        for c in self.citations:
            if c.target is not None:
                seen.setdefault(c.target, None)
        return list(seen)


# -- Documents as read: the text a reader made and the layout facts behind it ----------------
@dataclass(frozen=True, slots=True)
class Span:
    """``text[start:end]`` of a :class:`Document`."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class PageSpan(Span):
    """One page (pages are separated by a form feed); ``number`` counts from 1."""

    number: int


@dataclass(frozen=True, slots=True)
class LineSpan(Span):
    """One line, its line end not included; ``number`` counts from 1."""

    number: int


@dataclass(frozen=True, slots=True)
class MarginSpan(Span):
    """A running header or footer line, or a page number: the page's frame, not its text.
    ``page`` is the page it stands on (``None`` for a Word header part, on every page)."""

    kind: Literal["header", "footer"]
    page: int | None = None


@dataclass(frozen=True, slots=True)
class CellSpan(Span):
    """One table cell; ``table``, ``row`` and ``column`` count from 1."""

    table: int
    row: int
    column: int


@dataclass(frozen=True, slots=True)
class NoteSpan(Span):
    """A footnote or endnote (its number included) as it stands in the notes block."""

    kind: Literal["footnote", "endnote"]
    number: int


@dataclass(slots=True)
class Layout:
    """Where the pages, running headers and footers, table cells and notes of a document's
    text are (lines: :meth:`Document.line_at`).  Spans are in text order and never overlap
    within a list."""

    pages: list[PageSpan] = field(default_factory=list)
    margins: list[MarginSpan] = field(default_factory=list)
    cells: list[CellSpan] = field(default_factory=list)
    notes: list[NoteSpan] = field(default_factory=list)


@dataclass(slots=True)
class Document:
    """A file as a reader made it: its text (what offsets point into), the format and
    encoding it was read as, its layout, and the warnings met on the way (one line each)."""

    source: str
    text: str
    format: Literal["text", "html", "docx", "doc", "pdf"]
    encoding: str | None = None
    layout: Layout = field(default_factory=Layout)
    warnings: list[str] = field(default_factory=list)
    _line_starts: array[int] | None = field(default=None, repr=False, compare=False)

    def _starts(self) -> array[int]:
        if self._line_starts is None:
            starts = array("q", [0])
            text = self.text
            if "\r" in text or "\f" in text:
                starts.extend(m.end() for m in _LINE_END.finditer(text))
            else:  # the usual case, at C speed: each line's length and its "\n"
                starts.extend(accumulate(map((1).__add__, map(len, text.split("\n")[:-1]))))
            self._line_starts = starts
        return self._line_starts

    def line_at(self, offset: int) -> LineSpan:
        """The line that holds ``offset`` (lines end at ``\\n``, ``\\r\\n``, ``\\r`` or a form feed)."""
        starts = self._starts()
        i = max(bisect.bisect_right(starts, offset) - 1, 0)
        end = starts[i + 1] if i + 1 < len(starts) else len(self.text)
        while end > starts[i] and self.text[end - 1] in "\r\n\f":
            end -= 1
        return LineSpan(starts[i], end, i + 1)

    @property
    def line_count(self) -> int:
        return len(self._starts())


_LINE_END = re.compile(r"\r\n|[\n\r\f]")
