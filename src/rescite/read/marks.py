"""A note's mark as the readers write it: its number or numbers ("3", "4,5") in superscript
digits, as a text file writes a note's reference ("74/270¹"), never digits glued to the number
before it ("74/2701"); and the other marks a page's print leaves around a text (a notes' rule,
a browser's print margins), which the readers and the engine both know."""

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


# A web page printed by a browser: each page's footer is the page's address and its number of the
# pages ("https://undocs.org/en/A/80/L.35 1/3"), its header the date and time of printing and the
# page's title ("12/9/25, 4:17 PM A/80/L.35 - …", "09.12.2025, 16:17 …"): no text of the document.
#: The footer, a line of its own.
PRINT_FOOTER = r"[ \t]*+(?:https?://|www\.)\S++[ \t]++\d{1,4}/\d{1,4}[ \t]*"
#: The header's date and time, which open its line.
PRINT_STAMP = (
    r"[ \t]*+\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[ \t]+\d{1,2}:\d\d(?::\d\d)?"
    r"(?:[ \t]?[AaPp]\.?[Mm]\.?)?(?![\w:])"
)
