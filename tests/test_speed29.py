"""speed29: the same results from cheaper searches (the passages invented for these tests)."""

from __future__ import annotations

import pytest

from rescite.grammar.rules import search_dated, search_sentence_date, sentence_date

SENTENCE_DATES = [
    ("en", "On 3 March 2031, the General Assembly adopted, without a vote, resolution 90/12.", True),
    ("en", "Recalling its work. On 3 March 2031 the Assembly adopted resolution 90/12", True),
    ("en", "The Council met; on 14 June 2029, the Council adopted decision 18/3", True),
    ("en", "It noted:\n  On 9 May 2030, the Assembly adopted, by a recorded vote, resolution 91/7", True),
    ("en", "Welcomes the report of 3 March 2031 of the Committee and resolution 90/12", False),
    ("fr", "Le 3 mars 2031, l'Assemblée générale a adopté la résolution 90/12.", True),
    ("es", "El 3 de marzo de 2031, la Asamblea General aprobó la resolución 90/12.", True),
    ("en", "x.On 3 March 2031, the Assembly adopted resolution 90/12", True),
    ("en", "no year here at all, the Assembly adopted resolution 90/12", False),
]


@pytest.mark.parametrize(("lang", "text", "found"), SENTENCE_DATES)
def test_sentence_date_searched_at_its_openings_only_as_at_every_character(
    lang: str, text: str, found: bool
) -> None:
    """The sentence's date matched only at the text's start and after ".", ";", ":" or a line
    break finds what the search at every character finds, for every stretch of the text."""
    hits = 0
    for end in range(len(text) + 1):
        for start in range(0, end + 1, 7):
            a = search_dated(sentence_date(lang), text, start, end)
            b = search_sentence_date(lang, text, start, end)
            assert (a and a.span()) == (b and b.span())
            hits += a is not None
    assert (hits > 0) == found
