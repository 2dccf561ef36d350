"""A text printed again with a frame of its own (issue 7, session 54).

A resolution's pages as they were printed (its symbol, title, job number and page at the top of
each page after the first) are often printed again inside another file that puts its own frame
round every page: a volume's running header and page number, a law library's or an archive's
stamp at the page's foot.  At a page break the two frames meet: the outer frame's lines end the
page ("A/80/100⏎2"), the text's own page line opens the next ("A/RES/79/5⏎Title⏎24-11111⏎3/4").
Both go: the outer frame's symbol was cited by the text (its page line taken out, the frame's
lines before it were kept because they touched it).  A frame whose lines stand alone, and a text
with only its own page lines, read as before.

Every passage is written for these tests in UN style (numbers, dates and titles invented); the
rows with both frames fail on 587d745b, the look-alikes pass on both."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

_PARA = "Stressing the importance of cooperation among all parts of the system in this field,\n" * 6
_HEAD = (
    "United Nations\nA/RES/79/5\nGeneral Assembly\nDistr.: General\n10 December 2024\n"
    "24-11111 (E) 121224\n*2411111*\n"
    "Resolution adopted by the General Assembly on 5 December 2024\n"
    "79/5. Cooperation between the United Nations and regional bodies\n"
    "The General Assembly,\nRecalling its resolution 70/1 of 25 September 2015,\n"
)
_OWN_TOP = "A/RES/79/5\nCooperation between the United Nations and regional bodies\n24-11111\n{n}/4\n"


def _pages(outer: bool, own: bool) -> str:
    pages = [_HEAD + _PARA + "__________________\n1 Resolution 65/12.\n" + ("A/80/100\n1" if outer else "")]
    for n in range(2, 5):
        top = _OWN_TOP.format(n=n) if own else ""
        pages.append(top + _PARA + (f"A/80/100\n{n}" if outer else ""))
    return "\f".join(pages)


@pytest.mark.parametrize(
    ("outer", "own"),
    [
        (True, True),  # both frames: the outer one's symbol is no citation
        (True, False),  # look-alike: the outer frame alone
        (False, True),  # look-alike: the text's own page lines alone
    ],
)
def test_a_frame_round_a_printed_text(outer: bool, own: bool) -> None:
    result = extract_text(_pages(outer, own))
    assert {str(c.target) for c in result.citations if c.target} == {"A/RES/70/1", "A/RES/65/12"}
    assert result.document.source_id == "A/RES/79/5"


def test_a_running_header_in_a_sentence_at_a_page_foot_goes() -> None:
    """The outer frame cut a sentence: it runs on over the page break, the frame gone."""
    text = (
        _pages(True, True)
        .replace(
            _PARA + "A/80/100\n3", _PARA + "Noting the report of the Secretary-General on the\nA/80/100\n3"
        )
        .replace(_OWN_TOP.format(n=4), _OWN_TOP.format(n=4) + "cooperation (A/79/300),\n", 1)
    )
    cited = {str(c.target) for c in extract_text(text).citations if c.target}
    assert cited == {"A/RES/70/1", "A/RES/65/12", "A/79/300"}


# --- a text printed as an office prints it (justified lines, a running header, page numbers) ---
# Found by printing corpus-ga's texts with Chromium as an office does (bench/transform_check.py
# -t chromium-un): 42 (source_id, target) pairs and 62 dates lost or changed in 150 texts.

_MAST = (
    "United Nations\nA/RES/80/17\nGeneral Assembly Distr.: General 9 December 2025\n"
    "25-23014 (E)\n*2523014*\nEightieth session Agenda item 61\n"
    "Resolution adopted by the General Assembly on 2 December 2025\n"
    "80/17. Safety of navigation on shared inland waterways\n"
    "The General Assembly,\n"
)
_ALL = {("A/RES/47/50", "1992-12-09"), ("A/RES/48/73", "1993-12-16"), ("A/RES/49/73", "1994-12-15")}


def _dated(text: str) -> set[tuple[str, str | None]]:
    return {(str(c.target), c.date) for c in extract_text(text).citations if c.target}


def test_a_note_wrapped_before_a_part_s_designator_keeps_the_notes_together() -> None:
    """A note's reference wrapped before its section's designator ("chap.⏎IV.B.") is no end of
    the notes: the dated list the notes cut goes on after them (was lost from the cut on)."""
    text = (
        _MAST + "Bearing in mind its earlier texts on the matter, in particular resolutions 45/54 of\n"
        "4 December 1990, 46/32 of 6 December 1991, 47/50 of\n"
        "__________________\n1 See A/80/211.\n"
        "2 Report of the working group on river traffic for its third meeting (A/80/97), chap.\n"
        "IV.B.\n3 Ibid., chap. V.\n4 See E/2025/61, annex.\n"
        "Safety of navigation on shared inland waterways\nA/RES/80/17\n2/3\n25-23014\n"
        "9 December 1992, 48/73 of 16 December 1993 and 49/73 of 15 December 1994,\n"
        "1. Encourages riparian States to exchange notices to mariners;\n"
    )
    assert _dated(text) >= _ALL


def test_the_own_symbol_at_a_page_s_foot_is_its_frame() -> None:
    """The text's own symbol alone at a page's foot above its number (a browser draws the running
    header after the page's text) is the frame, though the text's own page lines print it too: a
    dated list it cuts keeps its items and dates (were lost)."""
    body = "Stressing that pilots, lock keepers and port authorities share one duty of care,\n" * 5
    own_page = "A/RES/80/17\nSafety of navigation on shared inland waterways\n25-23014\n{n}/3\n"
    # (the text's own pages end inside the printed pages: its page lines stand among the lines)
    text = (
        _MAST
        + body
        + own_page.format(n=2)
        + body
        + "A/RES/80/17\n1\f"
        + body
        + own_page.format(n=3)
        + body
        + "Bearing in mind its resolutions 45/54 of 4 December 1990, 47/50 of 9\nA/RES/80/17\n2\f"
        + "December 1992, 48/73 of 16 December 1993 and 49/73 of 15 December 1994,\n"
        + body
        + "1. Encourages riparian States to exchange notices to mariners;\nA/RES/80/17\n3"
    )
    assert _dated(text) >= _ALL


def test_a_date_cut_by_a_page_is_no_running_title() -> None:
    """The line that ends with the day and month of a date the page cut ("47/50 of 9 December"),
    above the page's header and line, the next page opening with the year, is text, though the
    heading prints those words in another date (the list's later items and dates were lost)."""
    text = (
        _MAST + "Bearing in mind its resolutions 44/12 of 9 December 1989, 46/32 of 6 December 1991, 47/50\n"
        "of 9 December\nA/RES/80/17\nSafety of navigation on shared inland waterways\n25-23014\n2/2\n"
        "1992, 48/73 of 16 December 1993 and 49/73 of 15 December 1994,\n1. Takes note of the report;\n"
    )
    assert _dated(text) >= _ALL


def test_a_running_title_ending_with_a_number_still_goes() -> None:
    """Look-alike: a running title whose last line ends with a number, the next page not opening
    with a year, goes as before."""
    text = (
        _MAST + "Bearing in mind its resolution 46/32 of 6 December 1991 and noting\n"
        "Safety of navigation under item 12\nA/RES/80/17\n25-23014\n2/2\n"
        "the report of the Secretary-General (A/80/300),\n"
    )
    got = _dated(text)
    assert ("A/80/300", None) in got and ("A/RES/46/32", "1991-12-06") in got


_NOTE_TEXT = "\n__________________\n4 See FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex.\n"
_PARIS = "Mindful that river basins are exposed to the effects addressed by the Paris Agreement"


@pytest.mark.parametrize(
    ("sentence", "via_note"),
    [
        # a name's marker wrapped onto the next line: the note's text is what the name cites
        (f"{_PARIS}\n4 and call for care,\n", True),
        (f"{_PARIS},\n4 which calls for care,\n", True),
        # look-alikes: the marker on the name's line, as before; a paragraph's number after the name
        (f"{_PARIS} 4 and call for care,\n", True),
        (f"{_PARIS}\n\n4. Requests the Secretary-General to report;\n", False),
    ],
)
def test_a_marker_wrapped_after_a_treaty_s_name(sentence: str, via_note: bool) -> None:
    res = extract_text(_MAST + sentence + "1. Decides to remain seized of the matter;\n" + _NOTE_TEXT)
    named = [c for c in res.citations if c.text.startswith("Paris")]
    assert len(named) == 1
    assert (named[0].target == "FCCC/CP/2015/10/Add.1") is via_note
