"""PDF pages whose footnotes stand under a rule drawn as a line, not as text (as word
processors print them): the notes are known by their smaller type at the page's foot, and a
sentence or a dated list that the page break cut runs on over them."""

from __future__ import annotations

import pytest

from passages import assert_passage
from rescite.read import text_of
from rescite.read.pdf import NOTE_RULE
from test_formats import pdf_of_streams, pdf_string

BODY, NOTE = 11, 8


def sized_pdf(pages: list[list[tuple[str, int]]]) -> bytes:
    """A PDF with a line per ``(text, size)``: each line placed on its own, from the top down."""
    streams = []
    for lines in pages:
        y, parts = 800, []
        for text, size in lines:
            parts.append(f"BT /F1 {size} Tf 1 0 0 1 50 {y} Tm ".encode() + pdf_string(text) + b" Tj ET")
            y -= size + 5
        streams.append(b"\n".join(parts))
    return pdf_of_streams(streams)


def _resolution(note_1: str, note_2: str) -> list[list[tuple[str, int]]]:
    header = ("A/RES/81/77 Cooperation on the safe return of cultural property", NOTE)
    return [
        [
            ("United Nations A/RES/81/77", BODY),
            ("General Assembly", BODY),
            ("Resolution adopted by the General Assembly on 16 December 2026", BODY),
            ("81/77. Cooperation on the safe return of cultural property", BODY),
            ("The General Assembly,", BODY),
            ("Taking note of the report of the Secretary-General,1", BODY),
            ("Recalling its resolutions 61/52 of 4 December 2006, 64/78 of", BODY),
            (note_1, NOTE),
            (note_2, NOTE),
            ("26-12345", NOTE),
        ],
        [
            header,
            ("7 December 2009 and 70/76 of 9 December 2015, and Security Council", BODY),
            ("resolution 2347 (2017) of 24 March 2017,", BODY),
            ("1. Invites Member States to continue to cooperate on the return of", BODY),
            ("cultural property;", BODY),
            ("26-12345 2", NOTE),
        ],
        [
            header,
            ("2. Decides to include the item in the provisional agenda of its", BODY),
            ("eighty-fourth session.", BODY),
            ("26-12345 3", NOTE),
        ],
    ]


EXPECTED: dict[str, str | None] = {
    "A/80/1": "",
    "A/RES/47/119": "",
    "A/RES/61/52": "2006-12-04",
    "A/RES/64/78": "2009-12-07",
    "A/RES/70/76": "2015-12-09",
    "S/RES/2347(2017)": "2017-03-24",
}


@pytest.mark.parametrize(
    ("note_1", "note_2"),
    [
        (
            "1 Official Records of the General Assembly, Eightieth Session, Supplement No. 1 (A/80/1).",
            "2 Resolution 47/119.",
        ),
        # the note's number glued to its first word, as a text layer gives a raised number
        (
            "1Official Records of the General Assembly, Eightieth Session, Supplement No. 1 (A/80/1).",
            "2Resolution 47/119.",
        ),
    ],
)
@pytest.mark.parametrize("pages", [3, 2])
def test_notes_under_a_drawn_rule_do_not_cut_the_sentence(note_1: str, note_2: str, pages: int) -> None:
    # (on two pages the running header is printed once: it is known by the masthead's symbol)
    doc = _resolution(note_1, note_2)[:pages]
    if pages == 2:
        doc[1] += [
            ("2. Decides to include the item in the provisional agenda of its eighty-fourth session.", BODY)
        ]
    text = text_of(sized_pdf(doc), "converted.pdf")
    assert text.count(NOTE_RULE) == 1
    res = assert_passage(text, EXPECTED)
    assert res.document.source_id == "A/RES/81/77"


def test_no_rule_without_smaller_type_or_with_a_rule_in_the_text() -> None:
    same = [[(line, BODY) for line, _ in page] for page in _resolution("1 See A/80/1.", "2 See A/80/2.")]
    assert NOTE_RULE not in text_of(sized_pdf(same), "plain.pdf")
    ruled = _resolution("1 See A/80/1.", "2 See A/80/2.")
    ruled[0].insert(7, ("__________________", NOTE))
    assert text_of(sized_pdf(ruled), "ruled.pdf").count("__________________") == 1
