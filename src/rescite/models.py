"""The data model shared by every pipeline step.

normalise → segment → find → resolve → (index, graph) → render all speak these types.
A :class:`Citation` is exactly one record of the extraction contract
(``rescite extract --format jsonl``); :data:`RECORD_FIELDS` fixes its field order.
"""

from __future__ import annotations

import bisect
import re
from array import array
from itertools import accumulate

TYPE_CHECKING = False  # as typing's, without importing typing (2-3 ms of a refresh)
if TYPE_CHECKING:
    from typing import Any, Literal, NewType, TypeVar

    #: A canonical id (``A/RES/64/293``, ``UNTS/2225/39574``, ``pub:…``).  Only the
    #: functions in :mod:`rescite.ids` create values of this type.
    CanonicalId = NewType("CanonicalId", str)

    Section = Literal["title", "preamble", "operative", "footnote"]
    Function = Literal["builds_on", "acknowledges", "acts"]
    _T = TypeVar("_T")
else:  # what NewType gives at run time: the value itself (str of a str is that str)
    CanonicalId = str

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

# The records below are plain classes with ``__slots__``, not dataclasses: ``dataclasses``
# imports ``inspect`` (and ``ast``, ``dis``, ``tokenize``) and builds each class's methods
# with ``exec`` when the module is imported — half of what a query that refreshes the index
# after one changed file added to the same query with nothing changed.  Each class's
# ``__init__`` takes its fields in their order, as the dataclass's did; ``==`` compares the
# fields (same class only) and the immutable ones hash them.

#: The fields of each record class, in ``__init__`` order.
_FIELDS: dict[type, tuple[str, ...]] = {}


def field_names(cls: type) -> tuple[str, ...]:
    """The fields of a record class, in the order its ``__init__`` takes them."""
    names = _FIELDS.get(cls)
    if names is None:
        code = cls.__init__.__code__  # type: ignore[misc]
        names = _FIELDS[cls] = code.co_varnames[1 : code.co_argcount]
    return names


def replace(obj: _T, /, **changes: Any) -> _T:
    """A copy of the record ``obj`` with the fields in ``changes`` set (as
    ``dataclasses.replace``; the copy is made without calling ``__init__``)."""
    cls = type(obj)
    new = cls.__new__(cls)
    for name in field_names(cls):
        object.__setattr__(new, name, changes.pop(name) if name in changes else getattr(obj, name))
    if changes:
        raise TypeError(f"{cls.__name__} has no field {', '.join(map(repr, changes))}")
    return new


def record_repr(obj: object, skip: tuple[str, ...] = ()) -> str:
    """``Class(field=value, …)``, each field but those in ``skip`` (as a dataclass's repr)."""
    shown = ", ".join(f"{n}={getattr(obj, n)!r}" for n in field_names(type(obj)) if n not in skip)
    return f"{type(obj).__qualname__}({shown})"


class Frozen:
    """Base of the immutable records: a field cannot be set or deleted once made (their
    ``__init__`` sets them with ``object.__setattr__``); pickled and copied through their
    ``__init__``."""

    __slots__ = ()

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return type(self), tuple(getattr(self, n) for n in field_names(type(self)))


class Citation:
    """One mention of a cited text, resolved as far as the evidence allows.

    Treat it as immutable (make a changed copy with :func:`replace`).  It is not a
    :class:`Frozen` record because those set each field through ``object.__setattr__``: ten
    times the cost of making one, and a text has many.

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
    body: str | None
    date: str | None
    pinpoint: str | None
    function: str | None
    verb: str | None
    section: str | None
    paragraph: str | None
    via_footnote: int | None
    rule: str | None  # finder rule; binding rule ("keyword; body named: GA")
    evidence: tuple[str, ...]  # the words behind it ("keyword: resolution", "possessive: its")
    reason: str | None  # why there is no target (unresolved mentions)
    part: str | None  # in a compilation: the heading of the text it stands in ("72/1")

    __slots__ = (
        "body",
        "date",
        "end",
        "evidence",
        "function",
        "kind",
        "paragraph",
        "part",
        "pinpoint",
        "reason",
        "rule",
        "section",
        "source",
        "source_id",
        "start",
        "target",
        "text",
        "verb",
        "via_footnote",
    )

    def __init__(
        self,
        source: str,
        source_id: CanonicalId | None,
        start: int,
        end: int,
        text: str,
        target: CanonicalId | None,
        kind: str,
        body: str | None = None,
        date: str | None = None,
        pinpoint: str | None = None,
        function: str | None = None,
        verb: str | None = None,
        section: str | None = None,
        paragraph: str | None = None,
        via_footnote: int | None = None,
        rule: str | None = None,
        evidence: tuple[str, ...] = (),
        reason: str | None = None,
        part: str | None = None,
    ) -> None:
        self.source = source
        self.source_id = source_id
        self.start = start
        self.end = end
        self.text = text
        self.target = target
        self.kind = kind
        self.body = body
        self.date = date
        self.pinpoint = pinpoint
        self.function = function
        self.verb = verb
        self.section = section
        self.paragraph = paragraph
        self.via_footnote = via_footnote
        self.rule = rule
        self.evidence = evidence
        self.reason = reason
        self.part = part

    def __repr__(self) -> str:
        return record_repr(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Citation) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.source,
            self.source_id,
            self.start,
            self.end,
            self.text,
            self.target,
            self.kind,
            self.body,
            self.date,
            self.pinpoint,
            self.function,
            self.verb,
            self.section,
            self.paragraph,
            self.via_footnote,
            self.rule,
            self.evidence,
            self.reason,
            self.part,
        ) == (
            other.source,
            other.source_id,
            other.start,
            other.end,
            other.text,
            other.target,
            other.kind,
            other.body,
            other.date,
            other.pinpoint,
            other.function,
            other.verb,
            other.section,
            other.paragraph,
            other.via_footnote,
            other.rule,
            other.evidence,
            other.reason,
            other.part,
        )

    def __hash__(self) -> int:
        return hash(
            (
                self.source,
                self.source_id,
                self.start,
                self.end,
                self.text,
                self.target,
                self.kind,
                self.body,
                self.date,
                self.pinpoint,
                self.function,
                self.verb,
                self.section,
                self.paragraph,
                self.via_footnote,
                self.rule,
                self.evidence,
                self.reason,
                self.part,
            )
        )

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


class DocumentInfo(Frozen):
    """What a text says about itself: its own id, title, adopting body, date, language."""

    source: str
    source_id: CanonicalId | None
    lang: str | None
    title: str | None
    body: str | None  # series of the adopting body: "A", "CTOC/COP", …
    date: str | None  # ISO date of adoption, when the text states it
    part: str | None  # in a compilation: the text's heading ("72/1", "Resolution 1/3")

    __slots__ = ("body", "date", "lang", "part", "source", "source_id", "title")

    def __init__(
        self,
        source: str,
        source_id: CanonicalId | None,
        lang: str | None,
        title: str | None = None,
        body: str | None = None,
        date: str | None = None,
        part: str | None = None,
    ) -> None:
        object.__setattr__(self, "source", source)
        object.__setattr__(self, "source_id", source_id)
        object.__setattr__(self, "lang", lang)
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "body", body)
        object.__setattr__(self, "date", date)
        object.__setattr__(self, "part", part)

    def __repr__(self) -> str:
        return record_repr(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DocumentInfo) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.source, self.source_id, self.lang, self.title, self.body, self.date, self.part) == (
            other.source,
            other.source_id,
            other.lang,
            other.title,
            other.body,
            other.date,
            other.part,
        )

    def __hash__(self) -> int:
        return hash((self.source, self.source_id, self.lang, self.title, self.body, self.date, self.part))


class ExtractResult:
    """The output of :func:`rescite.extract.extract_text` for one document."""

    document: DocumentInfo
    citations: list[Citation]
    #: the texts of a compilation, in order (empty for a file that holds one text)
    parts: list[DocumentInfo]
    #: One line each: a limit reached while reading the text (the result is what was kept).
    warnings: list[str]

    __slots__ = ("citations", "document", "parts", "warnings")

    def __init__(
        self,
        document: DocumentInfo,
        citations: list[Citation] | None = None,
        parts: list[DocumentInfo] | None = None,
        warnings: list[str] | None = None,
    ) -> None:
        self.document = document
        self.citations = [] if citations is None else citations
        self.parts = [] if parts is None else parts
        self.warnings = [] if warnings is None else warnings

    def __repr__(self) -> str:
        return record_repr(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ExtractResult) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.document, self.citations, self.parts, self.warnings) == (
            other.document,
            other.citations,
            other.parts,
            other.warnings,
        )

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
class Span(Frozen):
    """``text[start:end]`` of a :class:`Document`."""

    start: int
    end: int

    __slots__ = ("end", "start")

    def __init__(self, start: int, end: int) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)

    def __repr__(self) -> str:
        return record_repr(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Span) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.start, self.end) == (other.start, other.end)

    def __hash__(self) -> int:
        return hash((self.start, self.end))


class PageSpan(Span):
    """One page (pages are separated by a form feed); ``number`` counts from 1."""

    number: int

    __slots__ = ("number",)

    def __init__(self, start: int, end: int, number: int) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "number", number)

    def __repr__(self) -> str:
        return record_repr(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PageSpan) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.start, self.end, self.number) == (other.start, other.end, other.number)

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.number))


class LineSpan(Span):
    """One line, its line end not included; ``number`` counts from 1."""

    number: int

    __slots__ = ("number",)

    def __init__(self, start: int, end: int, number: int) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "number", number)

    def __repr__(self) -> str:
        return record_repr(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LineSpan) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.start, self.end, self.number) == (other.start, other.end, other.number)

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.number))


class MarginSpan(Span):
    """A running header or footer line, or a page number: the page's frame, not its text.
    ``page`` is the page it stands on (``None`` for a Word header part, on every page)."""

    kind: Literal["header", "footer"]
    page: int | None

    __slots__ = ("kind", "page")

    def __init__(
        self,
        start: int,
        end: int,
        kind: Literal["header", "footer"],
        page: int | None = None,
    ) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "page", page)

    def __repr__(self) -> str:
        return record_repr(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MarginSpan) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.start, self.end, self.kind, self.page) == (
            other.start,
            other.end,
            other.kind,
            other.page,
        )

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.kind, self.page))


class CellSpan(Span):
    """One table cell; ``table``, ``row`` and ``column`` count from 1."""

    table: int
    row: int
    column: int

    __slots__ = ("column", "row", "table")

    def __init__(self, start: int, end: int, table: int, row: int, column: int) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "table", table)
        object.__setattr__(self, "row", row)
        object.__setattr__(self, "column", column)

    def __repr__(self) -> str:
        return record_repr(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CellSpan) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.start, self.end, self.table, self.row, self.column) == (
            other.start,
            other.end,
            other.table,
            other.row,
            other.column,
        )

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.table, self.row, self.column))


class NoteSpan(Span):
    """A footnote or endnote (its number included) as it stands in the notes block."""

    kind: Literal["footnote", "endnote"]
    number: int

    __slots__ = ("kind", "number")

    def __init__(self, start: int, end: int, kind: Literal["footnote", "endnote"], number: int) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "number", number)

    def __repr__(self) -> str:
        return record_repr(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NoteSpan) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.start, self.end, self.kind, self.number) == (
            other.start,
            other.end,
            other.kind,
            other.number,
        )

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.kind, self.number))


class Layout:
    """Where the pages, running headers and footers, table cells and notes of a document's
    text are (lines: :meth:`Document.line_at`).  Spans are in text order and never overlap
    within a list."""

    pages: list[PageSpan]
    margins: list[MarginSpan]
    cells: list[CellSpan]
    notes: list[NoteSpan]

    __slots__ = ("cells", "margins", "notes", "pages")

    def __init__(
        self,
        pages: list[PageSpan] | None = None,
        margins: list[MarginSpan] | None = None,
        cells: list[CellSpan] | None = None,
        notes: list[NoteSpan] | None = None,
    ) -> None:
        self.pages = [] if pages is None else pages
        self.margins = [] if margins is None else margins
        self.cells = [] if cells is None else cells
        self.notes = [] if notes is None else notes

    def __repr__(self) -> str:
        return record_repr(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Layout) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.pages, self.margins, self.cells, self.notes) == (
            other.pages,
            other.margins,
            other.cells,
            other.notes,
        )


class Document:
    """A file as a reader made it: its text (what offsets point into), the format and
    encoding it was read as, its layout, and the warnings met on the way (one line each)."""

    source: str
    text: str
    format: Literal["text", "html", "docx", "doc", "pdf"]
    encoding: str | None
    layout: Layout
    warnings: list[str]
    _line_starts: array[int] | None

    __slots__ = ("_line_starts", "encoding", "format", "layout", "source", "text", "warnings")

    def __init__(
        self,
        source: str,
        text: str,
        format: Literal["text", "html", "docx", "doc", "pdf"],
        encoding: str | None = None,
        layout: Layout | None = None,
        warnings: list[str] | None = None,
        _line_starts: array[int] | None = None,
    ) -> None:
        self.source = source
        self.text = text
        self.format = format
        self.encoding = encoding
        self.layout = Layout() if layout is None else layout
        self.warnings = [] if warnings is None else warnings
        self._line_starts = _line_starts

    def __repr__(self) -> str:
        return record_repr(self, ("_line_starts",))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Document) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.source, self.text, self.format, self.encoding, self.layout, self.warnings) == (
            other.source,
            other.text,
            other.format,
            other.encoding,
            other.layout,
            other.warnings,
        )

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
