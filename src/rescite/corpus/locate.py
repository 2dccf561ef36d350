"""Where a mention sits in its document: page and line numbers, and its context at any width.

The index keeps character offsets, and the line (1-based, counted in the text rescite
read) and page (form feeds in a text file) of each mention, counted when it was indexed.
The document is read again (once per document) only for what the index does not keep: the
pages of a PDF, a context cut to another width, or a mention indexed without its line.  A
document that can no longer be read keeps its stored context and gets no numbers.
"""

from __future__ import annotations

import bisect

from .fresh import context

TYPE_CHECKING = False  # as typing's, without importing typing (``show`` starts fast)
if TYPE_CHECKING:
    from typing import Any


def _page_starts(text: str, path: str) -> list[int] | None:
    """Offsets where each page begins, or None when the text has no pages."""
    if "\f" in text:
        return [0] + [i + 1 for i, ch in enumerate(text) if ch == "\f"]
    if not path.lower().endswith(".pdf"):
        return None
    try:
        from pypdf import PdfReader
    except ImportError:  # pragma: no cover - the pdf extra is missing
        return None
    try:
        pages = [p.extract_text() or "" for p in PdfReader(path).pages]
    except Exception:  # a PDF pypdf read once may still fail now: then no page numbers
        return None
    starts: list[int] = []
    pos = 0
    for page in pages:
        probe = page.strip()[:60]
        found = text.find(probe, pos) if probe else -1
        starts.append(found if found >= 0 else pos)
        pos = max(pos, found if found >= 0 else pos)
    return starts


def locate(mentions: list[dict[str, Any]], width: int | None = None) -> None:
    """Add ``page`` and ``line`` to each mention (which carries ``source`` and ``start``/``end``),
    and, with ``width``, cut its ``context`` anew to ``width`` characters each side.

    A mention that carries ``_at`` (its line and page as the index counted them) needs no
    reading, unless it is in a PDF or ``width`` is given."""
    texts: dict[str, tuple[str, list[int] | None] | None] = {}
    for m in mentions:
        source = m.get("source")
        m.setdefault("page", None)
        m.setdefault("line", None)
        if not source or m.get("start") is None:
            continue
        at = m.get("_at")
        if width is None and at is not None and at[0] is not None and not source.lower().endswith(".pdf"):
            m["line"], m["page"] = at
            continue
        if source not in texts:
            from ..read import UnreadableInput, read_bytes, text_of
            from ..read.limits import from_env

            limits, _ = from_env()  # the file is read as the index read it: up to the largest file
            try:
                text = text_of(read_bytes(source, limits), source, limits=limits, path=source)
                texts[source] = (text, _page_starts(text, source))
            except (OSError, UnreadableInput):
                texts[source] = None
        got = texts[source]
        if got is None:
            continue
        text, pages = got
        start, end = int(m["start"]), int(m["end"])
        m["line"] = text.count("\n", 0, start) + 1  # the line ends before it, counted in C
        if pages is not None:
            m["page"] = bisect.bisect_right(pages, start)
        if width is not None:
            ctx, c0, c1 = context(text, start, end, width)
            m["context"] = ctx
            m["_ctx"] = (c0, c1)
