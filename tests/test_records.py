"""The records' shared behaviour (:class:`rescite.models.Record`): what a dataclass gave them —
``repr`` over the fields, ``==`` between records of the same class, a hash for the immutable
ones (and for :class:`Citation`) — with each class writing only its fields and ``__init__``."""

from __future__ import annotations

import importlib

import pytest

from rescite.models import Frozen, Record, field_names

#: (module, class, hashable, hidden): every record class; ``hidden`` are the fields neither shown
#: by ``repr`` nor compared.
RECORDS = [
    ("rescite.cli.listing", "Listing", False, ()),
    ("rescite.corpus.index", "RefreshSummary", False, ()),
    ("rescite.corpus.edges", "Touched", False, ()),
    ("rescite.corpus.run", "FileResult", True, ()),
    ("rescite.corpus.run", "Planned", True, ()),
    ("rescite.corpus.run", "Later", True, ()),
    ("rescite.corpus.run", "_Pieces", False, ()),
    ("rescite.corpus.run", "_Ready", True, ()),
    ("rescite.engine.find", "Raw", False, ()),
    ("rescite.engine.normalise", "Normalised", False, ()),
    ("rescite.engine.resolve", "Resolved", False, ()),
    ("rescite.engine.footnotes", "Footnote", False, ()),
    ("rescite.engine.verbs", "Verb", False, ()),
    ("rescite.engine.paragraphs", "Paragraph", False, ()),
    ("rescite.engine.segment", "Segments", False, ()),
    ("rescite.engine.heading", "Heading", False, ()),
    ("rescite.engine.parts", "Part", True, ()),
    ("rescite.engine.parts", "_Opening", True, ()),
    ("rescite.grammar.lexicon", "Body", True, ()),
    ("rescite.grammar.lexicon", "Instrument", True, ()),
    ("rescite.grammar.lexicon", "Language", False, ()),
    ("rescite.grammar.lexicon", "Lexicon", False, ()),
    ("rescite.grammar.lexicon", "DecisionCodes", True, ()),
    ("rescite.grammar.rules", "Patterns", False, ()),
    ("rescite.grammar.council", "CouncilNumber", False, ()),
    ("rescite.models", "Citation", True, ()),
    ("rescite.models", "DocumentInfo", True, ()),
    ("rescite.models", "ExtractResult", False, ()),
    ("rescite.models", "Span", True, ()),
    ("rescite.models", "PageSpan", True, ()),
    ("rescite.models", "LineSpan", True, ()),
    ("rescite.models", "MarginSpan", True, ()),
    ("rescite.models", "CellSpan", True, ()),
    ("rescite.models", "NoteSpan", True, ()),
    ("rescite.models", "Layout", False, ()),
    ("rescite.models", "Document", False, ("_line_starts",)),
    ("rescite.read.docx", "_Block", False, ()),
    ("rescite.read.html", "Markup", False, ()),
    ("rescite.read.limits", "Limits", True, ()),
]


def _made(cls: type, values: dict[str, object]) -> object:
    """A record of ``cls`` with its fields set to ``values`` (without its ``__init__``, which
    may check or convert them)."""
    obj: object = object.__new__(cls)
    for name, value in values.items():
        object.__setattr__(obj, name, value)
    return obj


@pytest.mark.parametrize(("module", "name", "hashable", "hidden"), RECORDS)
def test_a_record_compares_shows_and_hashes_its_fields(
    module: str, name: str, hashable: bool, hidden: tuple[str, ...]
) -> None:
    cls = getattr(importlib.import_module(module), name)
    assert issubclass(cls, Record)
    assert issubclass(cls, Frozen) == (hashable and name != "Citation")
    names = field_names(cls)
    values: dict[str, object] = {n: (n, i) for i, n in enumerate(names)}
    one, same = _made(cls, values), _made(cls, dict(values))
    shown = ", ".join(f"{n}={v!r}" for n, v in values.items() if n not in hidden)
    assert repr(one) == f"{cls.__qualname__}({shown})"
    assert one == same
    for field in names:  # each field but the hidden ones tells two records apart
        other = _made(cls, {**values, field: "another"})
        assert (one == other) == (field in hidden), field
    assert one != _made(type(f"{name}Like", (cls,), {}), values)  # another class: never equal
    if hashable:
        compared = tuple(v for n, v in values.items() if n not in hidden)
        assert hash(one) == hash(same) == hash(compared)
    else:
        assert cls.__hash__ is None
        with pytest.raises(TypeError):
            hash(one)
