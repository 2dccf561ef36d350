"""The data model shared by every pipeline step.

normalise → segment → find → resolve → (index, graph) → render all speak these types.
A :class:`Citation` is exactly one record of the extraction contract
(``rescite extract --format jsonl``); :data:`RECORD_FIELDS` fixes its field order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
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
)


@dataclass(frozen=True, slots=True)
class Citation:
    """One mention of a cited text, resolved as far as the evidence allows.

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

    def to_record(self) -> dict[str, Any]:
        """The contract record, fields in contract order."""
        return {name: getattr(self, name) for name in RECORD_FIELDS}

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


@dataclass(slots=True)
class ExtractResult:
    """The output of :func:`rescite.extract.extract_text` for one document."""

    document: DocumentInfo
    citations: list[Citation] = field(default_factory=list)
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
