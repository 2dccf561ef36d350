"""Text layers of scanned documents: an OCR reads a one as "l" or "I" and a zero as "O" in
numbers, writes a session's Roman numeral in small letters, closes it with a brace or leaves a
space inside its brackets.  The PDF reader puts these right (offsets kept: each repair keeps
the text's length) and leaves what typeset text holds as it is.  Passages written for these
tests in UN style."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text
from rescite.read import text_of
from rescite.read.pdf import ocr_repair
from test_formats import make_pdf

REPAIRED = [
    ("its resolution l514 (XV) of 14 December 1960", "its resolution 1514 (XV) of 14 December 1960"),
    ("resolutions 2l45 (XXI) and 2I06 (XX)", "resolutions 2145 (XXI) and 2106 (XX)"),
    ("resolution 3l/6 and resolution 3I/7", "resolution 31/6 and resolution 31/7"),
    ("document A/8O82 of 1970", "document A/8082 of 1970"),
    ("Council resolution 242 (l967)", "Council resolution 242 (1967)"),
    ("resolution 1541 (XV} and", "resolution 1541 (XV) and"),
    ("resolution 1803 (XVII] of", "resolution 1803 (XVII) of"),
    ("resolution 2625 (xxv) of", "resolution 2625 (XXV) of"),
    ("resolution 2131 (XXl),", "resolution 2131 (XXI),"),
    ("resolution 2200 ( XXI) of", "resolution 2200 (XXI)  of"),
    ("resolution 1803 (XVII ) and", "resolution 1803 (XVII)  and"),
    ("resolution 1373 ( 2001),", "resolution 1373 (2001) ,"),
]

KEPT = [
    "I am here; lO and I0 and O2 stay",  # fewer than two real digits
    "the H1N1 virus and CO2 and ISO 9001",  # letters that are part of a word
    "targets to be met by 2030 (iv) and (v)",  # an item of a list after a year
    "in paragraph 12 (xv) of the annex",  # an item after a short number
    "resolution 1514 (XV) and 2758 (XXVI)",  # already right
    "sections IV and VI of Part II",
]


@pytest.mark.parametrize(("scanned", "repaired"), REPAIRED)
def test_ocr_misreadings_are_put_right(scanned: str, repaired: str) -> None:
    assert ocr_repair(scanned) == repaired
    assert len(ocr_repair(scanned)) == len(scanned)


@pytest.mark.parametrize("typeset", KEPT)
def test_typeset_text_is_left_as_it_is(typeset: str) -> None:
    assert ocr_repair(typeset) == typeset


def test_a_scanned_resolution_gives_its_citations() -> None:
    lines = [
        "The General Assembly,",
        "Recalling its resolution l514 (XV) of 14 December 1960 and its resolutions",
        "2l45 (XXI) and 2248 (S-V),",
        "Recalling also its resolution 1541 (XV} and resolution 2625 (xxv) of 24 October 1970,",
        "Noting Security Council resolution 276 (l970) and document A/8O82,",
        "1. Requests the Secretary-General to report to it at its twenty-sixth session.",
    ]
    cites = extract_text(text_of(make_pdf([lines]), "scan.pdf")).citations
    assert [(c.target, c.date) for c in cites] == [
        ("A/RES/1514(XV)", "1960-12-14"),
        ("A/RES/2145(XXI)", None),
        ("A/RES/2248(S-V)", None),
        ("A/RES/1541(XV)", None),
        ("A/RES/2625(XXV)", "1970-10-24"),
        ("S/RES/276(1970)", None),
        ("A/8082", None),
    ]
