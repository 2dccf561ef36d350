"""Speed (issue 7, session 37): scans made cheaper give the same edits and records.

The rows of passages are guards, not fixes: each passes on the engine before the change too
(the edits are the same by design); they pin the forms the cheaper scans must still find and
their look-alikes.  The structural row and the rows of a line's date fail before the change:
the year's scan was led by a look-behind, which ``sre`` enters at every character of the text,
and a line's date was searched for in every line, a year written in it or not."""

from __future__ import annotations

import re

import pytest

from passages import GA
from rescite.engine import normalise as nm
from rescite.engine.extract import extract_text

# a number at a line's end, blanks after it, its year's bracket on the next line: the blanks
# dropped (the number is read with its year); (text, normalised text)
_BLANK_BEFORE_YEAR: list[tuple[str, str]] = [
    ("resolution 2250 \n(2015) on youth", "resolution 2250\n(2015) on youth"),
    ("resolution 2250\t \t\n(2015) on youth", "resolution 2250\n(2015) on youth"),
    ("resolutions 1325 \n(2000) and 1820 \n(2008)", "resolutions 1325\n(2000) and 1820\n(2008)"),
    ("resolution 1996 \n(1999) of the Council", "resolution 1996\n(1999) of the Council"),
    # the gate reads " ⏎" or "⇥⏎": blanks after the line break too
    ("resolution 2250 \n (2015) and 2419 \n(2018)", "resolution 2250\n (2015) and 2419\n(2018)"),
    # a digit the reading leaves as written before the blanks ("\d" reads every decimal digit),
    # and the Arabic-Indic digits, read as ASCII digits first
    ("item १२ \n(2015) of the list", "item १२\n(2015) of the list"),
    ("القرار ٢٢٥٠ \n(2015)", "القرار 2250\n(2015)"),
    # a letter after the year is no digit: still a year
    ("paragraph 12 \n(2015a) of the report", "paragraph 12\n(2015a) of the report"),
    # look-alikes: no digit before the blanks, no blank, no year of four digits, a year out of reach
    ("the resolution \n(2015) on youth", "the resolution \n(2015) on youth"),
    ("resolution 2250\n(2015) on youth", "resolution 2250\n(2015) on youth"),
    ("paragraph 12 \n(20151) of the report", "paragraph 12 \n(20151) of the report"),
    ("paragraph 12 \n(1899) of the report", "paragraph 12 \n(1899) of the report"),
    ("resolution 2250 x \n(2015) on youth", "resolution 2250 x \n(2015) on youth"),
    # blanks after the line break too, and none before "(": the gate reads any blank before a
    # line break (a part's letter may open the next line: formats37)
    ("resolution 2250 \n  (2015) on youth", "resolution 2250\n  (2015) on youth"),
]


@pytest.mark.parametrize(("text", "want"), _BLANK_BEFORE_YEAR)
def test_blank_before_a_year_on_the_next_line(text: str, want: str) -> None:
    assert nm.normalise(text).text == want


# … and the number is read with its year: the Council's resolution, not a bare number
_READ_WITH_YEAR: list[tuple[str, set[str]]] = [
    ("Recalling its resolution 2250 \n(2015) on youth, peace and security,", {"S/RES/2250(2015)"}),
    ("Recalling its resolutions 1325 \n(2000) and 1820\t\n(2008),", {"S/RES/1325(2000)", "S/RES/1820(2008)"}),
]


@pytest.mark.parametrize(("para", "targets"), _READ_WITH_YEAR)
def test_number_read_with_its_year(para: str, targets: set[str]) -> None:
    cits = extract_text(GA["en"] + para, lang="en").citations
    assert {c.target for c in cits if c.target} == targets


def test_year_scan_led_by_a_literal() -> None:
    """The scan opens with the line break (a literal ``sre`` skips to), not a look-behind."""
    first = re._parser.parse(nm._YEAR_ON_NEXT_LINE.pattern)[0]  # type: ignore[attr-defined]
    assert first == (re._constants.LITERAL, ord("\n"))  # type: ignore[attr-defined]


# a line's date, its day and its year, as the page furniture reads it (a table's row, a running
# header's date), looked for only where a year is written: (line, the date found or None)
_DAY_AND_YEAR: list[tuple[str, str | None]] = [
    ("A/80/412 14 March 2025 Page 3", "14 March 2025"),
    ("Adopted on 3 April 2026", "3 April 2026"),
    ("adoptée le 21 novembre 2024", "21 novembre 2024"),
    ("aprobada el 2 de abril de 2026", "2 de abril de 2026"),
    ("от 30 сентября 2025 года", "30 сентября 2025"),
    ("2026年4月2日通过", "2026年4月2"),
    ("2026-11-30", "2026-11-30"),
    # look-alikes: no year, a year without its day, a day too far or glued to more digits
    ("Agenda item 71 (b) Page 12", None),
    ("Seventy-ninth session", None),
    ("Fiscal year 2025", None),
    ("Paragraph 5 of the report of the Committee on Contributions, 2024", None),
    ("item 123 March 2025", None),
    ("14 March 20251", None),
]


@pytest.mark.parametrize(("line", "date"), _DAY_AND_YEAR)
def test_day_and_year_of_a_line(line: str, date: str | None) -> None:
    m = nm._day_and_year(line)
    assert (m.group() if m is not None else None) == date
