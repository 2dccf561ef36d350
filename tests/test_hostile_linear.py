"""Checks that were made linear (read outwards from a match, or within a bounded window,
instead of from the line's or the text's start) give what the whole-line reading gave.

`bench/hostile.py` times them ("page numbers on their lines", "job numbers on one line",
"separators on one line", "symbols on one line", "huge ranges"); here hypothesis compares
each with the plain reading it replaced, on texts made of the characters that matter.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rescite.engine.find_dates
import rescite.engine.find_tables
from rescite.engine import heading, normalise
from rescite.engine.extract import extract_text
from rescite.engine.find_tables import ROW_MAX
from rescite.engine.normalise import page_numbers

FAST = settings(max_examples=200, deadline=None)


def _old_separator(text: str, s: int, e: int) -> bool:
    line_start = text.rfind("\n", 0, s) + 1
    nl = text.find("\n", e)
    return normalise.SEPARATOR_LINE.fullmatch(text, line_start, len(text) if nl < 0 else nl) is not None


@FAST
@given(st.text(alphabet=" \t\n_-*x.", max_size=120))
def test_a_separator_run_is_read_outwards_as_its_whole_line_was(text: str) -> None:
    for run in normalise.SEPARATOR_RUNS:
        for m in run.finditer(text):
            assert normalise.alone_run(text, m.start(), m.end()) == _old_separator(text, m.start(), m.end())


def _old_page_numbers(text: str) -> list[tuple[int, int, str]]:
    edits: list[tuple[int, int, str]] = []
    for m in normalise._PAGE_NUMBER_LINE.finditer(text):
        start, end = m.start(), m.end()
        before = text[:start].rstrip(" \t\n")
        if before and before[-1] not in ".;:":
            start = len(before)
            blanks = normalise._BLANK_LINES.match(text, end)
            end = blanks.end() if blanks else end
            edits.append((start, end, "\n"))
        else:
            edits.append((start, end, ""))
    return edits


@FAST
@given(st.lists(st.sampled_from(["\n", " ", "\t", "- 3 -", "– 12 –", "word", ".", ";", "x"]), max_size=30))
def test_page_numbers_read_back_as_the_copied_prefix_did(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert page_numbers(text) == _old_page_numbers(text)


def test_a_symbol_after_words_on_a_long_line_is_not_alone_on_it() -> None:
    line = "x " * 300 + "A/RES/64/293"
    s = line.index("A/RES")
    assert not heading.alone_on_line(line, s, len(line))
    own = "x " * 300 + "\n  A/RES/64/293  \nThe General Assembly,"
    s = own.index("A/RES")
    assert heading.alone_on_line(own, s, s + len("A/RES/64/293"))


def test_a_table_row_is_read_on_short_lines_and_not_on_a_long_one(monkeypatch: pytest.MonkeyPatch) -> None:
    table = "Resolutions adopted\n\n62/149 | Moratorium | 18 December 2007\n"
    assert [c.target for c in extract_text(table, lang="en").citations] == ["A/RES/62/149"]
    # the same cell at the end of a row longer than a row can be: not read as a table's
    long_row = "Resolutions adopted\n\n" + "row | " * (ROW_MAX // 6 + 10) + "62/149 | Moratorium\n"
    assert not extract_text(long_row, lang="en").citations
    monkeypatch.setattr(rescite.engine.find_tables, "ROW_MAX", 10**9)  # no limit: it was
    assert [c.target for c in extract_text(long_row, lang="en").citations] == ["A/RES/62/149"]


@FAST
@given(
    st.lists(
        st.sampled_from(
            ["A/RES/64/293", " ", "18-18418 2/3", "_____", "----------", "The General Assembly,", "x", "\n"]
        ),
        max_size=40,
    )
)
def test_one_long_line_and_the_same_words_on_lines_find_the_same_symbols(pieces: list[str]) -> None:
    """A symbol is found on a long line as on a short one (only its being alone on its
    line may differ, which gives a compilation's masthead, not a citation)."""
    text = " ".join(pieces)
    found = {c.text for c in extract_text(text, lang="en").citations if c.kind != "unresolved"}
    assert found <= {m.group() for m in re.finditer(r"A/RES/64/293", text)}


@FAST
@given(
    st.lists(
        st.sampled_from(
            ["64/293", "第", "号", "和", "、", "决议", "决定", " ", "，", "2010年7月30日", "x", "\n"]
        ),
        max_size=40,
    ),
    st.sampled_from(["zh", ""]),
)
def test_the_noun_after_numbers_is_looked_for_once_as_it_was_from_each(pieces: list[str], scope: str) -> None:
    from rescite.grammar.rules import patterns

    text = "".join(pieces)
    pat = patterns(scope)
    ahead = [-1]
    for m in rescite.engine.find_dates.items(text, pat):
        s, e = m.span()
        once = rescite.engine.find_dates.keyword_after(text, s, e, pat, ahead)
        assert once == rescite.engine.find_dates.keyword_after(text, s, e, pat)
