"""Texts whose pages are marked by form feeds (PDF text layers, ``pdftotext`` output) but that
print no job number: the documents of other bodies, third-party copies.  Their page frame —
a running header that recurs on the pages, a page number that counts them — stands in the
middle of sentences; it is read from the page breaks and taken out, so that a list cut by a
page keeps every item.  The passages are written for these tests in the style of UN texts."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text
from rescite.engine.normalise import normalise

FILLER = "".join(
    f"Noting the progress made under activity {i} of the programme of work for the biennium,\n"
    for i in range(12)
)
HEAD = (
    "UNITED NATIONS\nUNEP/EA.9/Res.4\nDistr.: General\n11 March 2031\n\n"
    "Resolution adopted by the United Nations Environment Assembly on 8 March 2031\n\n"
    "9/4. Sound management of mountain ecosystems\n\n"
    "The United Nations Environment Assembly,\n\n" + FILLER
)
LIST_A = "Recalling General Assembly resolutions 70/1 of 25 September 2015,\n66/288 of 27 July 2012 and\n"
LIST_B = "68/217 of 20 December 2013,\n" + FILLER
LIST_C = "Recalling also its resolutions 4/1 of 15 March 2019 and\n"
LIST_D = "5/2 of 2 March 2022,\n" + FILLER
WANT = {"A/RES/70/1", "A/RES/66/288", "A/RES/68/217", "UNEP/EA.4/RES.1", "UNEP/EA.5/RES.2"}

TITLE = "Sound management of mountain ecosystems"
# page frames: the foot of page n, and the top of page n (n > 1)
FRAMES = {
    "bare page number, running symbol": ("{n}\n", "UNEP/EA.9/Res.4\n"),
    "page n of m, symbol and title": (
        "Page {n} of 3\n",
        "UNEP/EA.9/Res.4 Sound management of mountain ecosystems\n",
    ),
    "dashed number, no header": ("- {n} -\n", ""),
    "number and symbol on the foot": ("UNEP/EA.9/Res.4\n{n}\n", ""),
    "number at the top": ("", "{n}\nUNEP/EA.9/Res.4\n"),
    "n/m at the foot, title and symbol at the top": (
        "{n}/3\n",
        "Sound management of mountain ecosystems UNEP/EA.9/Res.4\n",
    ),
}


def _paged(foot: str, top: str) -> str:
    return (
        HEAD + LIST_A + foot.format(n=1)
        + "\f" + top.format(n=2) + LIST_B + LIST_C + foot.format(n=2)
        + "\f" + top.format(n=3) + LIST_D + foot.format(n=3)
    )  # fmt: skip


@pytest.mark.parametrize("frame", list(FRAMES.values()), ids=list(FRAMES))
def test_a_list_cut_by_a_page_frame_keeps_every_item(frame: tuple[str, str]) -> None:
    text = _paged(*frame)
    res = extract_text(text)
    assert res.document.source_id == "UNEP/EA.9/RES.4"
    assert {str(c.target) for c in res.citations} == WANT
    assert all(c.date is not None for c in res.citations)
    for c in res.citations:  # offsets still point into the text as given
        assert text[c.start : c.end] == c.text


def test_the_frame_is_taken_out_of_the_matching_view_only() -> None:
    text = _paged("{n}\n", "UNEP/EA.9/Res.4\n")
    norm = normalise(text)
    assert "and\n68/217 of 20 December 2013" in norm.text
    assert "and\n5/2 of 2 March 2022" in norm.text
    assert norm.text.count("UNEP/EA.9/Res.4") == 1  # the masthead's stays
    assert norm.header_symbols == ["UNEP/EA.9/Res.4", "UNEP/EA.9/Res.4"]


# what is never a frame: lines of text that happen to stand at a page's edge
KEPT = {
    # a clause that opens every page ends with a comma: text, even when it recurs
    "recurring clause": ("The Environment Assembly,\n", "The Environment Assembly,\n"),
    # numbers that do not count the pages: list items at the foot
    "list items at the foot": ("2/2 and\n", "4/4 and\n"),
    # a footnote rule at every foot: the notes' own
    "footnote rules": ("__________\n1 See decision 3/1.\n", "__________\n2 See decision 3/2.\n"),
}


@pytest.mark.parametrize(("first", "second"), list(KEPT.values()), ids=list(KEPT))
def test_lines_at_the_edges_that_are_not_a_frame_stay(first: str, second: str) -> None:
    text = (
        "Recalling its decision 1/1,\n" + first + "\fNoting its decision 1/2,\n" + second + "\fAlso noting,\n"
    )
    assert normalise(text).text == text.replace("\f", "\n")


def test_a_text_without_page_breaks_is_unchanged() -> None:
    text = HEAD + LIST_A + "1\nUNEP/EA.9/Res.4\n" + LIST_B
    assert normalise(text).text == text


# old-style footnote markers ("1/") at a line's end are not a symbol broken at its slash
SLASH_ENDS = [
    ("the law of the sea, 3/\nRecalling its resolution 40/1,", "3/\nRecalling"),
    ("its report, 12/\nNoting with concern", "12/\nNoting"),
    ("document A/RES/\n70/1", "A/RES/70/1"),
    ("document A/48/L.60/\nAdd.1", "A/48/L.60/Add.1"),
    ("document E/CN.4/1998/\nCorr.1", "E/CN.4/1998/Corr.1"),
]


@pytest.mark.parametrize(("text", "expected"), SLASH_ENDS)
def test_a_slash_at_a_line_end(text: str, expected: str) -> None:
    assert expected in normalise(text).text


def test_a_frame_beside_a_page_line() -> None:
    # the first break has a UN page line (job number and page) at the foot, and the running
    # header at the next page's top; the second break the running header only
    text = HEAD + LIST_A + "31-04512 1/3\n\fUNEP/EA.9/Res.4\n" + LIST_B + LIST_C
    text += "\fUNEP/EA.9/Res.4\n" + LIST_D
    res = extract_text(text)
    assert {str(c.target) for c in res.citations} == WANT
    assert all(c.date is not None for c in res.citations)


def test_a_sentence_that_ends_with_a_symbol_above_the_page_line_stays() -> None:
    # the last line of a page's text is a symbol with the sentence's full stop, right above the
    # running header and the page line: text, not the header
    text = (
        "The General Assembly,\n\nTaking note of the reports of the Committee, contained in documents\n"
        "A/AC.109/2031/2 and\nA/AC.109/2031/7.\nA/RES/86/4\n \n2/3\n31-04512\n \nDecides to continue.\n"
    )
    norm = normalise(text)
    assert "A/AC.109/2031/7." in norm.text and "31-04512" not in norm.text
    res = extract_text(text)
    assert res.targets() == ["A/AC.109/2031/2", "A/AC.109/2031/7"]
    assert res.document.source_id == "A/RES/86/4"  # the header's, never a symbol the text cites
