"""The engine's start in a refresh of one changed file builds what its text uses (issue 9,
condition 2): the adoption sentence's and the adoption noun's date patterns only where their
window holds a year, the capitalised verbs' trie from a key of the verbs and their adverbs (not
of every adverb-and-verb phrase), and the ids' patterns from the kept programs.  What is found
stays the same."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from rescite import ids
from rescite.engine.extract import extract_text
from rescite.grammar import dates, lexicon, recache

_HEAD = (
    "General Assembly\n"
    "Resolution 71/408 adopted by the General Assembly on 9 November 2016\n\n"
    "The General Assembly,\n\n"
)
#: A clause of well over two hundred characters and no year: the year before it lies within the
#: sentence's reach of the number (400 characters), not within the date patterns' windows.
_LONG = (
    "the members of the Advisory Committee on the questions put before it, together with the "
    "many meetings, consultations, exchanges of views and visits to the regions concerned that "
    "it has held, made and paid over the whole of the period under review by the Assembly"
)

ROWS: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "a year in the sentence, out of the windows",
        _HEAD + f"Noting the work done since the year 2011 by {_LONG},\n"
        "Recalling its resolution 66/131 on the strengthening of the Committee,\n",
        [("A/RES/66/131", None)],
    ),
    (
        "the noun's clause, its year out of reach",
        _HEAD + f"Welcoming the adoption in 2013 of the programme of work of {_LONG}, and "
        "of resolution 67/229 on its methods,\n",
        [("A/RES/67/229", None)],
    ),
    (
        "an operative paragraph",
        _HEAD + f"3. Requests, in the light of the review begun in 2014 by {_LONG}, that the "
        "Secretary-General report on the implementation of resolution 68/247;\n",
        [("A/RES/68/247", None)],
    ),
    (
        "two numbers, the year between them far from the second",
        _HEAD + "Recalling its resolution 65/281 of 17 June 2011, and noting the work of "
        f"{_LONG}, as well as its resolution 69/240,\n",
        [("A/RES/65/281", "2011-06-17"), ("A/RES/69/240", None)],
    ),
]


@pytest.fixture
def fresh_builders() -> Iterator[None]:
    """The date patterns' builders emptied, so that a text's extraction shows what it builds."""
    for builder in (dates.sentence_date, dates.adoption_noun_date):
        builder.cache_clear()
    yield
    for builder in (dates.sentence_date, dates.adoption_noun_date):
        builder.cache_clear()


@pytest.mark.parametrize(("case", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_date_patterns_not_built_without_a_year_in_their_window(
    fresh_builders: None, case: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    result = extract_text(text, "x.txt")
    assert [(c.target, c.date) for c in result.citations] == expected, case
    assert dates.sentence_date.cache_info().currsize == 0, case
    assert dates.adoption_noun_date.cache_info().currsize == 0, case


def test_a_year_in_the_window_still_builds_and_dates(fresh_builders: None) -> None:
    """The other side: the adoption sentence's date is read where its window holds a year."""
    text = _HEAD + "On 23 December 2015, the General Assembly adopted resolution 70/245, and\n"
    result = extract_text(text, "x.txt")
    assert [(c.target, c.date) for c in result.citations] == [("A/RES/70/245", "2015-12-23")]
    assert dates.sentence_date.cache_info().currsize == 1


@pytest.mark.parametrize("code", sorted(lexicon.load().languages))
def test_verbs_trie_with_leads_as_the_whole_list(code: str) -> None:
    """Each language's capitalised verbs' trie: made from the verbs and the adverbs that may lead
    them, the same pattern as from the list of every phrase (the key it was kept under)."""
    lang = lexicon.load().languages[code]
    verbs = [v for v, _ in lang.verbs]
    leading = lang.raw["verbs"].get("leading_adverbs", [])
    space = " " if lang.spaced else ""
    led = [f"{a}{space}{v.lower()}" for a in leading for v in verbs]
    whole = lexicon.trie_regex(verbs + led, capital=True)
    assert lexicon.trie_regex_with_leads(verbs, leading, space, capital=True) == whole


#: Ids made from what texts write: each made through the module's patterns.
ID_ROWS: list[tuple[str, Any, str]] = [
    ("a session's number", lambda: ids.resolution_id("A", "RES", "61/295"), "A/RES/61/295"),
    ("a number with a part letter", lambda: ids.resolution_id("A", "RES", "55/2", "B"), "A/RES/55/2B"),
    ("a special session", lambda: ids.resolution_id("A", "RES", "S-26/2"), "A/RES/S-26/2"),
    ("a final element", lambda: ids.symbol_id("A/62/L.5/Add.1"), "A/62/L.5/Add.1"),
]


@pytest.mark.parametrize(("case", "make", "expected"), ID_ROWS, ids=[r[0] for r in ID_ROWS])
def test_ids_patterns_from_kept_programs_after_the_engines_start(
    monkeypatch: pytest.MonkeyPatch, case: str, make: Any, expected: str
) -> None:
    """Once the engine has started (``grammar.rules`` imported), the ids' patterns not compiled
    yet are built from the kept programs (``recache.compile``), not parsed by ``re``."""
    compiler: Any = re._compiler  # type: ignore[attr-defined]
    parsed: list[str] = []
    real = compiler.compile

    def counted(p: Any, flags: int = 0) -> Any:
        parsed.append(p if isinstance(p, str) else "?")
        return real(p, flags)

    monkeypatch.setattr(compiler, "compile", counted)
    ids._re.cache_clear()
    re.purge()
    try:
        assert make() == expected, case
    finally:
        ids._re.cache_clear()
    assert parsed == [], case
    assert ids._COMPILE[0] is recache.compile, case
