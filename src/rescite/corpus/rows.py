"""A citation as a row of the index: made where a file is read, inserted by the one writer.

The row (:data:`ROW_COLUMNS`) and what it stores in few bytes (a whole date as a number, the
words left out when they end the target's id), and the votes of rows (target, kind, body,
date, text) that the graph's facts are counted from.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from .fresh import kind_of
from .schema import MENTION_FIELDS

TYPE_CHECKING = False  # as typing's, without importing typing: a refresh imports this module
if TYPE_CHECKING:
    from typing import Any

    from ..models import Citation


#: A mention as a worker hands it to the writer (:func:`extract_file`), ready to insert in
#: ``mentions``: the stored fields as stored (a whole date as a number, the kind when the id
#: does not say it, ``source_id`` None for the document's own id), then its place, then the
#: three values the one writer numbers: the target's id, the words (None: the end of the
#: target's id) and the phrase (function, verb, section).  The writer does no more per
#: mention than look these three up.
_ROW_FIXED = tuple(f for f in MENTION_FIELDS if f not in ("target", "text"))


_ROW_PLACE = ("ctx", "ctx_start", "ctx_end", "line", "page")


ROW_COLUMNS = (*_ROW_FIXED, *_ROW_PLACE, "target", "text", "phrase")


ROW_TARGET = len(_ROW_FIXED) + len(_ROW_PLACE)


ROW_WORDS, ROW_PHRASE = ROW_TARGET + 1, ROW_TARGET + 2


_ROW_AT = {f: i for i, f in enumerate(ROW_COLUMNS)}


ROW_SOURCE, _ROW_KIND, _ROW_DATE = _ROW_AT["source_id"], _ROW_AT["kind"], _ROW_AT["date"]


_ROW_START, _ROW_END, _ROW_BODY = _ROW_AT["start"], _ROW_AT["end"], _ROW_AT["body"]


def _date_number(date: Any) -> Any:
    """A whole date ``YYYY-MM-DD`` as the number YYYYMMDD (4 bytes instead of 10); any other
    value as it is (the ``citations`` view writes the number back as the date)."""
    if (
        isinstance(date, str)
        and len(date) == 10
        and date[4] == "-"
        and date[7] == "-"
        and date[:4].isdigit()
        and date[5:7].isdigit()
        and date[8:].isdigit()
        and date.isascii()
    ):
        return int(date[:4]) * 10000 + int(date[5:7]) * 100 + int(date[8:])
    return date


def _date_text(date: Any) -> Any:
    """The date :func:`_date_number` made a number, as the ``citations`` view gives it back."""
    if isinstance(date, int):
        return f"{date // 10000:04d}-{date // 100 % 100:02d}-{date % 100:02d}"
    return date


def ready_row(
    c: Citation, own: str | None, place: tuple[Any, ...], phrases: dict[Any, Any]
) -> tuple[Any, ...]:
    """A citation as :data:`ROW_COLUMNS` (made where the file is read): the words left out
    when they are the end of the target's id, the kind when the id says it, a whole date as a
    number; each phrase one object (``phrases``), pickled once per task."""
    out = [getattr(c, f) for f in _ROW_FIXED]
    if out[ROW_SOURCE] == own:
        out[ROW_SOURCE] = None
    date = out[_ROW_DATE]
    if date is not None:
        out[_ROW_DATE] = _date_number(date)
    target = c.target
    words: str | None = c.text
    if target is not None:
        start, end = c.start, c.end
        if (
            isinstance(words, str)
            and words
            and isinstance(start, int)
            and isinstance(end, int)
            and len(words) == end - start
            and target.endswith(words)
        ):
            words = None
        kind = out[_ROW_KIND]
        out[_ROW_KIND] = "" if kind is None else (None if kind == kind_of(target) else kind)
    phrase = (c.function, c.verb, c.section)
    out.extend(place)
    out.append(target)
    out.append(words)
    out.append(phrases.setdefault(phrase, phrase))
    return tuple(out)


def row_votes(rows: Iterable[Sequence[Any]]) -> Counter[tuple[str, ...]]:
    """(target, kind, body, date, text) of ready rows (:data:`ROW_COLUMNS`), counted ('' for
    none), as the ``citations`` view gives them back (what taking the document out counts)."""
    return count_votes(rows, Counter())


def count_votes(rows: Iterable[Sequence[Any]], out: Counter[tuple[str, ...]]) -> Counter[tuple[str, ...]]:
    """:func:`row_votes` added to ``out``."""
    for r in rows:
        target = r[ROW_TARGET]
        if target is None:
            continue
        kind = r[_ROW_KIND]
        kind = None if kind == "" else (kind_of(target) if kind is None else kind)
        words = r[ROW_WORDS]
        if words is None:
            words = target[len(target) - (r[_ROW_END] - r[_ROW_START]) :]
        date = _date_text(r[_ROW_DATE])
        out[(target, kind or "", r[_ROW_BODY] or "", date or "", words or "")] += 1
    return out
