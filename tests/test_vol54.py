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
