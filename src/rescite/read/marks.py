"""A note's mark as the readers write it: its number or numbers ("3", "4,5") in superscript
digits, as a text file writes a note's reference ("74/270¹"), never digits glued to the number
before it ("74/2701")."""

from __future__ import annotations

import re

from ..ids import SUPERSCRIPTS

#: A note's mark: its number or numbers ("3", "4,5").
NOTE_MARK = re.compile(r"\d{1,3}(?:,\d{1,3})*")
#: Digits to superscript digits.
TO_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPTS)
#: The rule line a reader (and the engine) puts above notes that came without one, as UN text
#: files have it, so that they are read as notes.
NOTE_RULE = "__________________"


def raised_mark(text: str) -> str:
    """A note's mark (:data:`NOTE_MARK`) as superscript digits; other text as it is."""
    return text.translate(TO_SUPERSCRIPT) if NOTE_MARK.fullmatch(text) else text
