"""Read: files as users have them (text, HTML, Word, PDF) made into the text the engine reads."""

from __future__ import annotations

from .errors import UnreadableInput
from .text import decode_bytes, read_text, text_of

__all__ = ["UnreadableInput", "decode_bytes", "read_text", "text_of"]
