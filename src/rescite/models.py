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
from operator import attrgetter

TYPE_CHECKING = False  # as typing's, without importing typing (2-3 ms of a refresh)
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, ClassVar, Literal, NewType, TypeVar

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
# ``__init__`` takes its fields in their order, as the dataclass's did (written out: a record
# is made per mention); :class:`Record` gives them the rest: ``repr``, ``==`` over the fields
# (same class only) and, for the immutable ones (:class:`Frozen`), the hash of the fields.

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


class Record:
    """Base of the records: ``Class(field=value, …)`` as ``repr``; ``==`` between two records
    of the same class compares their fields, in order (as a dataclass's).  Not hashable: the
    fields may change (see :class:`Frozen`).  A subclass lists in ``_hidden`` the fields left
    out of both."""

    __slots__ = ()

    #: fields neither shown nor compared (a cache, say)
    _hidden: ClassVar[tuple[str, ...]] = ()
    #: the compared fields of a record, as a tuple (set for each subclass when it is made)
    _compared: ClassVar[Callable[[object], tuple[object, ...]]]

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        if not hasattr(cls.__init__, "__code__"):  # a base with no fields of its own (Frozen)
            return
        names = tuple(n for n in field_names(cls) if n not in cls._hidden)
        if len(names) == 1:  # attrgetter of one name gives the value itself
            one = attrgetter(names[0])
            cls._compared = staticmethod(lambda obj: (one(obj),))
        else:
            cls._compared = staticmethod(attrgetter(*names))

    def __repr__(self) -> str:
        return record_repr(self, self._hidden)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        compared = type(self)._compared
        return compared(self) == compared(other)

    __hash__ = None  # type: ignore[assignment]  # mutable: as a dataclass with eq and not frozen


class Frozen(Record):
    """Base of the immutable records: a field cannot be set or deleted once made (their
    ``__init__`` sets them with ``object.__setattr__``); hashed by their fields; pickled and
    copied through their ``__init__``."""

    __slots__ = ()

    def __hash__(self) -> int:  # type: ignore[override]  # (Record's is None)
        return hash(type(self)._compared(self))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return type(self), tuple(getattr(self, n) for n in field_names(type(self)))


class Citation(Record):
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
    # hashed by its fields, as the dataclass was (``unsafe_hash``): never changed once made
    __hash__ = Frozen.__hash__  # type: ignore[assignment]

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


class ExtractResult(Record):
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


class PageSpan(Span):
    """One page (pages are separated by a form feed); ``number`` counts from 1."""

    number: int

    __slots__ = ("number",)

    def __init__(self, start: int, end: int, number: int) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "number", number)


class LineSpan(Span):
    """One line, its line end not included; ``number`` counts from 1."""

    number: int

    __slots__ = ("number",)

    def __init__(self, start: int, end: int, number: int) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "number", number)


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


class Layout(Record):
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


class Document(Record):
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
    _hidden = ("_line_starts",)  # a cache of where the lines start

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
