"""The extraction pipeline: normalise → segment → find → resolve, for one text."""

from __future__ import annotations

from .models import DocumentInfo, ExtractResult


def extract_text(text: str, source: str = "-", lang: str | None = None) -> ExtractResult:
    """Every citation in ``text``; offsets point into ``text`` as given."""
    return ExtractResult(DocumentInfo(source=source, source_id=None, lang=lang), [])
