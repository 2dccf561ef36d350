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
    # a table in small type at the page's foot: its rows open with numbers, but not a note's
    table = _resolution("62/149 Moratorium on the use of the death penalty 18 December 2007", "63/168 Idem")
    assert NOTE_RULE not in text_of(sized_pdf(table), "table.pdf")
    ruled = _resolution("1 See A/80/1.", "2 See A/80/2.")
    ruled[0].insert(7, ("__________________", NOTE))
    assert text_of(sized_pdf(ruled), "ruled.pdf").count("__________________") == 1


@pytest.mark.parametrize(
    "note",
    [
        "1 See also resolution 59/250 of 22 December 2004.",
        "1 Resolution 59/250, annex.",
        "1 Security Council resolution 1540 (2004).",
    ],
)
def test_a_list_cut_after_a_comma_goes_on_over_a_note_that_cites(note: str) -> None:
    """The page breaks after an item and its comma; the note at the page's foot cites a text of
    its own, and the next page opens with the running header's symbol: the list goes on from
    its item above the notes (with every date), and the note's text is cited too."""
    pages = [
        [
            ("United Nations A/RES/81/40", BODY),
            ("General Assembly", BODY),
            ("The General Assembly,", BODY),
            ("Recalling its resolutions 60/1 of 16 September 2005, 61/16 of 20 November 2006,", BODY),
            ("62/208 of 19 December 2007 and 63/232 of 19 December 2008,1", BODY),
            (note, NOTE),
            ("26-01234", NOTE),
        ],
        [
            ("A/RES/81/40", NOTE),
            ("64/289 of 2 July 2010, 65/1 of 22 September 2010 and 66/288 of 27 July 2012,", BODY),
            ("1. Decides to remain seized of the matter.", BODY),
            ("26-01234 2", NOTE),
        ],
    ]
    text = text_of(sized_pdf(pages), "r.pdf")
    from rescite.engine.extract import extract_text

    cites = {str(c.target): c.date for c in extract_text(text).citations}
    listed: dict[str, str | None] = {
        "A/RES/60/1": "2005-09-16",
        "A/RES/61/16": "2006-11-20",
        "A/RES/62/208": "2007-12-19",
        "A/RES/63/232": "2008-12-19",
        "A/RES/64/289": "2010-07-02",
        "A/RES/65/1": "2010-09-22",
        "A/RES/66/288": "2012-07-27",
    }
    assert {t: cites.get(t) for t in listed} == listed
    assert ("A/RES/59/250" in cites) or ("S/RES/1540(2004)" in cites)


@pytest.mark.parametrize(
    "note", ["1 See also resolution 59/250 of 22 December 2004.", "1 Resolution 59/250, annex."]
)
@pytest.mark.parametrize("header", ["A/RES/81/40\n\n", "\nA/RES/81/40\n\n", "A/RES/81/40\n"])
def test_a_list_cut_by_a_page_in_a_text_file_goes_on_over_a_note_that_cites(note: str, header: str) -> None:
    """The same page break as a text file converted from the PDF holds it (blank lines around
    the running header's symbol)."""
    from rescite.engine.extract import extract_text

    text = (
        "The General Assembly,\n\nRecalling its resolutions 60/1 of 16 September 2005, 61/16 of 20 "
        "November 2006,\n62/208 of 19 December 2007 and 63/232 of 19 December 2008,1\n"
        f"__________________\n{note}\n\n26-01234\n\f{header}"
        "64/289 of 2 July 2010 and 65/1 of 22 September 2010,\n\n1. Decides to remain seized of the matter.\n"
    )
    cites = {c.target: c.date for c in extract_text(text).citations}
    assert cites == {
        "A/RES/60/1": "2005-09-16",
        "A/RES/61/16": "2006-11-20",
        "A/RES/62/208": "2007-12-19",
        "A/RES/63/232": "2008-12-19",
        "A/RES/59/250": "2004-12-22" if "22 December" in note else None,
        "A/RES/64/289": "2010-07-02",
        "A/RES/65/1": "2010-09-22",
    }
