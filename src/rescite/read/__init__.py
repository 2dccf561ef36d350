"""Read: files as users have them (text, HTML, Word, PDF) made into the text the engine reads.

``read_document`` gives a :class:`~rescite.models.Document` (text, format, encoding,
layout, warnings); ``read_text``/``text_of``/``decode_bytes`` give the text alone.
"""

from __future__ import annotations

from .errors import UnreadableInput
from .limits import Limits
from .text import decode_bytes, document_of, read_bytes, read_document, read_text, text_of

__all__ = [
    "Limits",
    "UnreadableInput",
    "decode_bytes",
    "document_of",
    "read_bytes",
    "read_document",
    "read_text",
    "text_of",
]
