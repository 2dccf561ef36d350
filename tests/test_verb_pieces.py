"""The pieces of an alternation's phrases one of which any match holds (the fast test before an
adoption's verb is searched for: the same answers, fewer searches)."""

from __future__ import annotations

import pytest

from rescite.grammar import rules

ROWS = [
    # one stem's forms: their common beginning, one piece for all
    (["approved", "has approved", "approves", "later approved"], ("approve",)),
    # two stems, and a form of neither that begins no other
    (["endorsed", "has endorsed", "ratified", "ratifies", "welcomes"], ("ratifie", "endorsed", "welcomes")),
    # a run shorter than four characters whole only where a phrase has no longer one
    (["a approuvé", "l'a approuvé"], ("approuvé",)),
    (["批准了", "已批准了"], ("批准了",)),
    # the apostrophe of a phrase either form: its runs only, the longest
    (["qu'elle signa"], ("signa",)),
    # a phrase without a run: the empty piece, found in any stretch
    (["'"], ("",)),
]


@pytest.mark.parametrize(("phrases", "pieces"), ROWS)
def test_pieces(phrases: list[str], pieces: tuple[str, ...]) -> None:
    assert rules._needles(phrases) == pieces


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ru", "ar", "zh", ""])
def test_every_verb_holds_a_piece(lang: str) -> None:
    pat = rules.patterns(lang)
    assert pat.adopt_word is not None
    # each alternative of the verbs' pattern, written as a text would: one piece stands in it
    verbs = pat.adopt_word.pattern[3:-1].replace(r"\s+", " ").split("|")
    for verb in verbs:
        text = verb.replace("\\", "")
        assert pat.adopt_word.fullmatch(text), text
        assert any(piece in text for piece in pat.adopt_needles), text
