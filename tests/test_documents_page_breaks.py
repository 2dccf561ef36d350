"""Text layers of official documents as text files give them: a page break in the middle of a
long dated list leaves the running header (symbol, title, job number and page, on lines of
their own in any order), sometimes a footnote block whose notes wrap onto a line that starts
with a number.  Every item and every date of the list is kept, the notes stay notes, and a
passage cut from mid-document takes its own id from the header.  The passages are written
for these tests in the style of UN resolutions."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text
from rescite.engine.normalise import normalise, page_furniture

HEADING = (
    "United Nations A/RES/83/12\n\nGeneral Assembly\n\n"
    "Resolution adopted by the General Assembly on 4 December 2028\n\n"
    "83/12. Cooperation on inland waterways and river basins\n\n"
    "The General Assembly,\n\n"
)
LIST_HEAD = "Recalling its resolutions 61/30 of 4 December 2006, 62/41 of 5 December 2007, 63/52 of \n"
LIST_TAIL = (
    "8 December 2008, 64/63 of 2 December 2009, 65/74 of 8 December 2010 and 66/85 of \n"
    "9 December 2011,\n\n1. Decides to continue its consideration of the question.\n"
)
DATES = {
    "A/RES/61/30": "2006-12-04",
    "A/RES/62/41": "2007-12-05",
    "A/RES/63/52": "2008-12-08",
    "A/RES/64/63": "2009-12-02",
    "A/RES/65/74": "2010-12-08",
    "A/RES/66/85": "2011-12-09",
}

# the running header and footer as text layers print them: each piece on its own line
HEADERS = {
    "symbol, title, job number, page": (
        "\nA/RES/83/12 \nCooperation on inland waterways and river basins\n \n28-40127 \n2/3 \n \n"
    ),
    "title, symbol, page, job number": (
        "\nCooperation on inland waterways and river basins \nA/RES/83/12\n \n2/3\n28-40127 \n \n"
    ),
    "symbol, title, page without a job number": (
        "\nA/RES/83/12 \nCooperation on inland waterways and river basins\n \n2/3 \n \n"
    ),
}


@pytest.mark.parametrize("header", list(HEADERS.values()), ids=list(HEADERS))
def test_a_dated_list_cut_by_a_running_header_keeps_every_item_and_date(header: str) -> None:
    res = extract_text(HEADING + LIST_HEAD + header + LIST_TAIL)
    assert res.document.source_id == "A/RES/83/12"
    assert {c.target: c.date for c in res.citations if c.target in DATES} == DATES
    assert not any(str(c.target).startswith("A/RES/83/") for c in res.citations)


NOTES = (
    "__________________ \n \n"
    "1  The Committee on River Navigation was renamed the Committee on Inland Waterways as from \n"
    "3 March 1999. \n \n"
    "2  Official Records of the General Assembly, Sixtieth Session, Supplement No. 14 (A/60/14). \n \n"
    "3  Ibid., Sixty-first Session, Supplement No. 14 (A/61/14), chap. II. \n \n"
    "4  Ibid., para. 12. \n"
)


def test_a_list_cut_by_notes_and_a_header_keeps_its_items_and_the_notes_stay_notes() -> None:
    header = HEADERS["title, symbol, page, job number"]
    res = extract_text(HEADING + LIST_HEAD + NOTES + header + LIST_TAIL)
    assert {c.target: c.date for c in res.citations if c.target in DATES} == DATES
    by_target: dict[str, list[str | None]] = {}
    for c in res.citations:
        by_target.setdefault(str(c.target), []).append(c.section)
    assert by_target["A/60/14"] == ["footnote"]
    # note 3's "Ibid." repeats the series of note 2 (its text is A/61/14): no second A/60/14;
    # note 4's "Ibid." is note 3's text
    assert by_target["A/61/14"] == ["footnote", "footnote"]


def test_a_note_wrapped_onto_a_line_that_starts_with_a_number_is_one_note() -> None:
    from rescite.engine.segment import segment

    text = normalise(HEADING + "Recalling its resolution 61/30,1\n\n" + NOTES).text
    numbers = [n for _s, _e, n in segment(text).footnote_spans]
    assert numbers == [1, 2, 3, 4]


def test_the_own_id_of_a_passage_cut_from_mid_document_is_its_running_header() -> None:
    passage = (
        LIST_HEAD.replace("Recalling", "Recalling also")
        + HEADERS["symbol, title, job number, page"]
        + LIST_TAIL
    )
    res = extract_text(passage)
    assert res.document.source_id == "A/RES/83/12"
    assert {c.target: c.date for c in res.citations} == DATES


@pytest.mark.parametrize(
    "text",
    [
        # a number over a number in a table, no running header's symbol above it
        "Votes recorded\n\nIn favour\n2/3\n28-40127 is the reference of the form.\n",
        # "2/3" is a fraction in a sentence
        "The quorum is 2/3 \nof the members present.\n",
    ],
)
def test_lines_that_only_look_like_a_page_stay(text: str) -> None:
    assert page_furniture(text) == []


TITLED = (
    "Recalling its resolutions 80/14 of 2 May 2025, entitled “Response to the outbreak of "
    "disease X (DX-25)”, 80/233 of 20 June 2025, entitled “Global access to vaccines in 2026 "
    "and beyond”, and 80/301 of 11 September 2025,"
)


def test_a_list_goes_on_after_a_quoted_title_that_holds_digits() -> None:
    res = extract_text(TITLED)
    assert {c.target: c.date for c in res.citations} == {
        "A/RES/80/14": "2025-05-02",
        "A/RES/80/233": "2025-06-20",
        "A/RES/80/301": "2025-09-11",
    }
