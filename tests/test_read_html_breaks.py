"""A line break (``<br>``) at a slash inside a symbol: the symbol is read whole, as a
browser's reader sees one symbol wrapped.  Passages written for these tests in UN style."""

from __future__ import annotations

import pytest

from passages import assert_passage

# (the page's body, the citations)
ROWS = [
    ("<p>Recalling its resolution A/RES/<br>74/239 of 20 December 2019,</p>", {"A/RES/74/239": "2019-12-20"}),
    ("<p>Recalling its resolution 74/<br/>239 of 20 December 2019,</p>", {"A/RES/74/239": "2019-12-20"}),
    ("<p>Taking note of the report of the Secretary-General (A/79<br />/561),</p>", {"A/79/561": None}),
]


@pytest.mark.parametrize(("body", "expected"), ROWS)
def test_html_break_inside_a_symbol(body: str, expected: dict[str, str | None]) -> None:
    assert_passage(f"<html><body>{body}</body></html>", expected)
