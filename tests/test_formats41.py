"""Official files as they come (issue 7, session 41), read from files built here.

Whole official documents of kinds not read before (sessional volumes of the Assembly's
resolutions, reports of the Security Council and of treaty bodies with their tables, Main
Committee reports and drafts, meeting records, reports of the Trade and Development Board in
Chinese, Russian Human Rights Council texts, Arabic and Spanish reports) were made into Word
and PDF files in every official layout and read back; what they taught:

* a report's note on the symbols of its series writes each series with a hyphen for the
  number ("Trade and Development Board   TD/B/-", "Committee on Commodities   TD/B/C.1/-",
  a guide's "symbol pattern: S/INF/-"): a hyphen typed after a slash is no break inside a
  symbol, so the line under it (the page's job number "26-01234", a note "1 …", the next
  item's number) does not go on from it — the hyphen a browser draws at a line's end after a
  slash (U+2010, "A/79/ ‐⏎210") and a soft hyphen still do (tests/test_formats_twenty_pdf.py).
* a note's mark may follow the number in a title in capitals that cites a text ("I.
  IMPLEMENTATION OF GENERAL ASSEMBLY RESOLUTION 80/251¹ OF 15 MARCH 2026", a Word file's
  footnote reference, a PDF's raised digit): the title is read as it is without the mark.

Every passage is written for these tests in UN style."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text
from rescite.read import text_of
from test_formats import make_pdf
from test_formats_word import docx, note_ref, p


def _read(data: bytes, name: str) -> tuple[str | None, list[str]]:
    """The file's own id and the targets of its records, in order."""
    res = extract_text(text_of(data, name), source=name)
    return res.document.source_id, [str(c.target) for c in res.citations if c.target]


_NOTE = [
    "NOTE",
    "Symbols of United Nations documents are composed of capital letters combined with figures.",
    "The symbols of the documents of the Conference and its bodies are as follows:",
]
_SERIES = [
    "United Nations Conference on Trade and Development   TD/-",
    "Trade and Development Board   TD/B/-",
    "Committee on Commodities   TD/B/C.1/-",
]
_COVER = ["United Nations", "A/81/15", "General Assembly", "Official Records", "Supplement No. 15"]

# (row id, the file built, its suffix, the own id, the records' targets in order)
SERIES: list[tuple[str, bytes, str, str | None, list[str]]] = [
    (
        "pdf: the series' list the last lines of a page, the job number under it",
        make_pdf([[*_COVER, "Report of the Trade and Development Board", *_NOTE, *_SERIES, "26-01234   1"]]),
        ".pdf",
        "A/81/15",
        [],
    ),
    (
        "pdf: the list over a note that opens with its number",
        make_pdf(
            [
                [
                    *_COVER,
                    "Report of the Trade and Development Board",
                    *_NOTE,
                    *_SERIES,
                    "1 The Board's report on its seventy-third session is A/81/15/Add.1.",
                ]
            ]
        ),
        ".pdf",
        "A/81/15",
        ["A/81/15/Add.1"],
    ),
    (
        "pdf: a guide's pattern at a line's end, the list's next number under it",
        make_pdf(
            [
                [
                    "Annual compilations of the resolutions and decisions of the Security Council",
                    "The compilations cover 1 August to 31 July. Symbol pattern: S/INF/-",
                    "81. The compilation for 2025-2026 reproduces resolution 2790 (2025).",
                ]
            ]
        ),
        ".pdf",
        None,
        ["S/RES/2790(2025)"],
    ),
    (
        "word: the series in a paragraph, a line break after each, the next item's number",
        docx(
            "".join(p(x) for x in [*_COVER, "Report of the Trade and Development Board", *_NOTE])
            + p(
                "Trade and Development Board TD/B/-",
                "<w:r><w:br/></w:r>",
                "Committee on Commodities TD/B/C.1/-",
                "<w:r><w:br/></w:r>",
                "2. The Board adopted decision 620 (LXXII) on 3 October 2025.",
            )
        ),
        ".docx",
        "A/81/15",
        [],
    ),
    (
        "text: a report's note, a line per series",
        "\n".join(
            [
                *_COVER,
                "Report of the Trade and Development Board",
                *_NOTE,
                *_SERIES,
                "2. The Board took note of the report.",
                "",
            ]
        ).encode(),
        ".txt",
        "A/81/15",
        [],
    ),
]


@pytest.mark.parametrize(
    ("data", "suffix", "own", "want"), [r[1:] for r in SERIES], ids=[r[0] for r in SERIES]
)
def test_a_series_hyphen_ends_no_symbol(data: bytes, suffix: str, own: str | None, want: list[str]) -> None:
    got_own, got = _read(data, "file" + suffix)
    assert (got_own, got) == (own, want)


# -- a note's mark after the number of a title in capitals ---------------------------------------------------
_REPORT = [
    "Report of the Human Rights Council on its sixty-first session",
    "[Note: the present report reflects the proceedings as at the conclusion of the session.]",
]
_TITLE_80 = ("I. IMPLEMENTATION OF GENERAL ASSEMBLY RESOLUTION 80/251", " OF 15 MARCH 2026")
_TITLE_HRC = ("II. FOLLOW-UP TO HUMAN RIGHTS COUNCIL RESOLUTION 58/14", "")
_AFTER = "1. At its 40th meeting, on 3 April 2026, the Council adopted its report."

# (row id, the file built, its suffix, the records' targets in order)
TITLE_MARKS: list[tuple[str, bytes, str, list[str]]] = [
    (
        "word: a footnote's reference after the Assembly's number, its date after the mark",
        docx(
            "".join(p(x) for x in _REPORT) + p(_TITLE_80[0], note_ref(1), _TITLE_80[1]) + p(_AFTER),
            notes={1: "Adopted without a vote."},
        ),
        ".docx",
        ["A/RES/80/251"],
    ),
    (
        "word: a footnote's reference ending a title that cites the Council's number",
        docx(
            "".join(p(x) for x in _REPORT) + p(_TITLE_HRC[0], note_ref(1)) + p(_AFTER),
            notes={1: "Adopted without a vote."},
        ),
        ".docx",
        ["A/HRC/RES/58/14"],
    ),
    (
        "text: the mark in superscript digits, the title right under a paragraph",
        "\n".join(
            [*_REPORT, _TITLE_80[0] + "\u00b9" + _TITLE_80[1], "", _AFTER, "__________", "1 Adopted.", ""]
        ).encode(),
        ".txt",
        ["A/RES/80/251"],
    ),
]


@pytest.mark.parametrize(
    ("data", "suffix", "want"), [r[1:] for r in TITLE_MARKS], ids=[r[0] for r in TITLE_MARKS]
)
def test_a_mark_after_a_titles_number(data: bytes, suffix: str, want: list[str]) -> None:
    assert _read(data, "file" + suffix)[1] == want
