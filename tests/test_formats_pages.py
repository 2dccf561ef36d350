"""Official PDF layout as the text layer gives it: a long dated list that a page break and a
footnote block cut in two, footnote markers glued to a comma or a bracket, running headers
that print the symbol before the title.  The PDFs are built here; every passage is written
for these tests in the style of UN documents."""

from __future__ import annotations

from rescite.engine.extract import extract_text
from rescite.engine.footnotes import interrupting_notes
from rescite.engine.normalise import normalise
from rescite.engine.segment import segment
from rescite.read import text_of
from test_formats import make_pdf

PAGE_1 = [
    "United Nations A/RES/82/31",
    "General Assembly Distr.: General",
    "Resolution adopted by the General Assembly on 9 December 2027",
    "82/31. Sustainable fisheries",
    "The General Assembly,",
    "Recalling its resolutions 50/24 of 5 December 1995, 59/25 of 17 November 2004,",
    "61/105 of 8 December 2006, 64/72 A of 4 December 2009, 64/72 B of 10 March 2010,",
    "71/123 of 7 December 2016,1 72/72 of 5 December 2017, 73/125 of",
    "__________________",
    "1 See also the report of the Secretary-General (A/71/351).",
    "2 United Nations, Treaty Series, vol. 2167, No. 37924.",
    "27-21345 2/6",
]
PAGE_2 = [
    "A/RES/82/31 Sustainable fisheries",
    "3/6 27-21345",
    "11 December 2018, 74/18 of 10 December 2019 and 76/71 of 9 December 2021, and the",
    "Agreement for the Implementation of the Provisions of the Convention,2",
    "1. Decides to remain seized of the matter.",
]
LIST = {
    "A/RES/50/24": "1995-12-05",
    "A/RES/59/25": "2004-11-17",
    "A/RES/61/105": "2006-12-08",
    "A/RES/64/72A": "2009-12-04",
    "A/RES/64/72B": "2010-03-10",
    "A/RES/71/123": "2016-12-07",
    "A/RES/72/72": "2017-12-05",
    "A/RES/73/125": "2018-12-11",
    "A/RES/74/18": "2019-12-10",
    "A/RES/76/71": "2021-12-09",
}


def test_a_dated_list_cut_by_a_page_and_a_footnote_block_keeps_every_item_and_date() -> None:
    text = text_of(make_pdf([PAGE_1, PAGE_2]), "fisheries.pdf")
    res = extract_text(text)
    assert res.document.source_id == "A/RES/82/31"
    dated = {c.target: c.date for c in res.citations if c.target in LIST}
    assert dated == LIST
    # the notes in the block are read too, each as a footnote
    by_target = {str(c.target): c for c in res.citations}
    assert by_target["A/71/351"].section == "footnote"
    assert "UNTS/2167/37924" in by_target
    assert not any(c.target and c.target.startswith("A/RES/82/") for c in res.citations)


def test_the_interrupting_block_is_found_and_ends_at_its_last_note() -> None:
    t = normalise(text_of(make_pdf([PAGE_1, PAGE_2]), "fisheries.pdf")).text
    seg = segment(t)
    assert sorted(seg.footnotes) == [1, 2]  # "11 December 2018, …" on the next page is no note 11
    (cut,) = interrupting_notes(t, seg.footnote_spans)
    assert t[cut[0] : cut[1]].strip().startswith("_____")
    assert t[cut[0] : cut[1]].rstrip().endswith("No. 37924.")


def test_a_block_after_a_finished_sentence_is_not_cut_out() -> None:
    text = (
        "The General Assembly,\n\nRecalling its resolution 50/24 of 5 December 1995,\n"
        "1. Decides to act.\n__________________\n1 See A/71/351.\n\n2. Requests a report.\n"
    )
    seg = segment(text)
    assert interrupting_notes(text, seg.footnote_spans) == []


def test_footnote_markers_glued_to_a_comma_or_a_bracket() -> None:
    text = (
        "United Nations A/82/140\n\nGeneral Assembly\n\n"
        "1. The Assembly recalled resolutions 71/123 of 7 December 2016,3 72/72 of 5 December 2017 "
        "and Security Council resolution 2720 (2023)4 in that regard.\n"
        "__________________\n3 See A/71/PV.60.\n4 See S/PV.9520.\n"
    )
    targets = [c.target for c in extract_text(text).citations]
    assert targets[:3] == ["A/RES/71/123", "A/RES/72/72", "S/RES/2720(2023)"]


def test_a_running_header_with_the_symbol_before_the_title_leaves_the_sentence() -> None:
    t = normalise(text_of(make_pdf([PAGE_1, PAGE_2]), "fisheries.pdf")).text
    assert "A/RES/82/31 Sustainable fisheries" not in t
    assert "3/6 27-21345" not in t


TABLE_PAGE = [
    "United Nations A/82/99",
    "General Assembly Distr.: General",
    "Status of the resolutions of the eightieth session",
    "Table 2",
    "Resolutions adopted by the General Assembly at its eightieth session",
    "Resolution  Subject  Date of adoption",
    "80/14  Cooperation with regional organizations  2 December 2025",
    "80/15 A and B  Assistance to refugees  2 December 2025",
    "80/160b  Right to development  16 December 2025",
    "__________________",
    "b Adopted by a recorded vote.",
]


def test_a_table_whose_columns_are_set_apart_by_spaces() -> None:
    text = text_of(make_pdf([TABLE_PAGE]), "table.pdf")
    assert "80/14  Cooperation" in text  # the text layer keeps the columns' gap
    got = {(c.target, c.date) for c in extract_text(text).citations}
    assert got == {
        ("A/RES/80/14", "2025-12-02"),
        ("A/RES/80/15A", "2025-12-02"),
        ("A/RES/80/15B", "2025-12-02"),
        ("A/RES/80/160", "2025-12-16"),
    }


def test_a_number_opening_a_line_of_prose_is_no_table_cell() -> None:
    text = "The hall was full.\n80/14  people stood at the back, the ushers said.\n"
    assert extract_text(text).citations == []
