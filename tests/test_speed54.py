"""Pass speed54 (issue 7 condition 4, issue 9 condition 1): the verbs of every lexicon that three
patterns try at one place — a body's name at a line's end with a verb opening the next line
(``verbs.body_line_verb_below``), a body's name run into its first paragraph after a comma
(``verbs.body_line_verb``) and a clause of its own after a comma or a joining word
(``verbs.clause_verb``) — are written as one trie of the phrases' items
(``lexicon.alternation_trie``) instead of an alternation of some 900 phrases tried one after
the other.  Each pattern is asked only whether it matches: the trie matches the same strings, so
the answer must be the same at every place, and so every record.

Forms (passages written for these tests, numbers and dates invented):

- a body's name alone on its line, the first paragraph's verb opening the next line that is not
  blank, perhaps after an adverb ("Economic and Social Council⏎⏎Recalling …", "…⏎   Further
  recalling …", zh "大会⏎⏎回顾其…", ru "Совет по правам человека⏎ссылаясь на …");
- a body's name, a comma and the verb on the same line ("Комиссия по положению женщин, ссылаясь
  на …", zh "人权理事会，又回顾其…", fr "Le Conseil économique et social, rappelant …");
- a clause of its own after a comma or a joining word ("…, and reaffirming …", fr "…, et
  réaffirmant …", es "…, y reafirmando …");
- look-alikes: a masthead's "Distr.: General" under the name, a heading's noun that is also a
  verb with its number after it ("决定 70/2."), a comma before a word that is no verb, a verb
  written as a longer word ("Recallings"): no match, as before.
"""

from __future__ import annotations

import re

import pytest

from rescite.engine import find_base, heading
from rescite.engine.extract import extract_text
from rescite.grammar import lexicon, verbs
from rescite.grammar.lexicon import CJK, alternation


def _phrases() -> tuple[list[str], list[str], list[str], list[str]]:
    """(verbs of every lexicon, their adverbs, the adverbs and the leading ones, the joiners)."""
    verbs_ = [v for lang in lexicon.load().languages.values() for v, _ in lang.verbs]
    adverbs = lexicon.gather("verbs.adverbs")
    both = list(dict.fromkeys(adverbs + lexicon.gather("verbs.leading_adverbs")))
    return verbs_, adverbs, both, lexicon.gather("grammar.verb_joiners")


def _before() -> dict[str, re.Pattern[str]]:
    """The three patterns as they were written before: each phrase an alternative of its own."""
    verbs_, adverbs, both, joiners = _phrases()
    lead = rf"(?:[,\u060c\uff0c]|(?<!\w){alternation(joiners)})"
    one = rf"(?:{alternation(both)}(?:\s++|(?<=[{CJK}])))?{alternation(verbs_)}"
    return {
        "below": re.compile(rf"[ \t]*+\n\s*+{one}(?:(?!\w)|(?<=[{CJK}]))(?![ \t]*\d)", re.IGNORECASE),
        "line": re.compile(rf"\s*+[,\u060c\uff0c]\s*+{one}(?:(?!\w)|(?<=[{CJK}]))", re.IGNORECASE),
        "clause": re.compile(
            rf"{lead}\s*+(?:{alternation(adverbs)}\s++)?{alternation(verbs_)}(?!\w)", re.IGNORECASE
        ),
    }


def _verbs_trie() -> str:
    return lexicon.alternation_trie(_phrases()[0], ignore_case=True)


_NOW = {
    "below": verbs.body_line_verb_below,
    "line": verbs.body_line_verb,
    "clause": verbs.clause_verb,
}

# (pattern, passage, where it is asked: the end of the text before "|"), each a match
ROWS: list[tuple[str, str]] = [
    ("below", "Economic and Social Council|\n\nRecalling its resolution 2019/12 of 8 July 2019,"),
    ("below", "Human Rights Council| \n   Further recalling its resolution 41/7 of 11 July 2019,"),
    ("below", "大会|\n\n回顾其2017年12月20日第72/210号决议，"),
    ("below", "Совет по правам человека|\nссылаясь на свою резолюцию 44/3 от 16 июля 2020 года,"),
    ("below", "Conseil économique et social|\n\nRappelant sa résolution 2018/9 du 20 juillet 2018,"),
    ("line", "Комиссия по положению женщин|, ссылаясь на свою резолюцию 60/2 от 24 марта 2016 года,"),
    ("line", "人权理事会|，又回顾其2016年7月1日第32/5号决议，"),
    ("line", "Le Conseil économique et social|, rappelant sa résolution 2017/8 du 7 juin 2017,"),
    ("clause", "the work of the Board|, and reaffirming in particular its resolution 2020/3,"),
    ("clause", "les travaux du Conseil d'administration|, et réaffirmant sa décision 2019/4,"),
    ("clause", "la labor de la Junta Ejecutiva|, y reafirmando su decisión 2018/7,"),
]

LOOKALIKES: list[tuple[str, str]] = [
    ("below", "General Assembly|\nDistr.: General\n12 January 2021"),
    ("below", "大会|\n决定 70/2. 标题"),
    ("below", "Human Rights Council|\n\nRecallings of the session,"),
    ("line", "General Assembly|, the President of the session,"),
    ("clause", "the work of the Board|, and the report of the Committee on resolution 2020/3,"),
    ("clause", "the work of the Board|, andes reaffirming …"),
]


def _asked(pattern: str, passage: str, pat: re.Pattern[str]) -> bool:
    at = passage.index("|")
    text = passage.replace("|", "", 1)
    if pattern == "clause":
        return pat.search(text, at, len(text)) is not None
    return pat.match(text, at) is not None


@pytest.mark.parametrize(("pattern", "passage"), ROWS)
def test_the_trie_matches_where_the_phrases_did(pattern: str, passage: str) -> None:
    assert _verbs_trie() in _NOW[pattern]().pattern  # (the verbs as one trie)
    assert _asked(pattern, passage, _NOW[pattern]())
    assert _asked(pattern, passage, _before()[pattern])


@pytest.mark.parametrize(("pattern", "passage"), LOOKALIKES)
def test_no_match_where_the_phrases_found_none(pattern: str, passage: str) -> None:
    assert not _asked(pattern, passage, _NOW[pattern]())
    assert not _asked(pattern, passage, _before()[pattern])


def test_every_phrase_is_matched_by_the_trie_as_by_its_alternative() -> None:
    """Every verb and adverb of every lexicon, as written, in capitals and in lower case, with
    its blanks widened and its apostrophes in either form: the trie matches it whole exactly
    where the phrase's own pattern does (IGNORECASE, as the three patterns are compiled)."""
    verbs_, _, both, _ = _phrases()
    for phrases in (verbs_, both):
        trie = re.compile(lexicon.alternation_trie(phrases, ignore_case=True), re.IGNORECASE)
        alt = re.compile(alternation(phrases), re.IGNORECASE)
        for p in phrases:
            for form in {p, p.upper(), p.lower(), p.replace(" ", " \n "), p.replace("'", "’ ")}:
                assert (trie.fullmatch(form) is None) == (alt.fullmatch(form) is None), form


def test_the_items_make_the_phrase_s_pattern() -> None:
    verbs_, _, both, joiners = _phrases()
    for p in [*verbs_, *both, *joiners, "l'enfant", "qu’ elle", "a  b", ""]:
        assert "".join(lexicon.phrase_atoms(p)) == lexicon.phrase_re(p)


def test_a_trie_of_no_phrase_and_of_an_empty_one() -> None:
    assert re.fullmatch(lexicon.alternation_trie([]), "") is not None
    assert re.fullmatch(lexicon.alternation_trie(["", "ab"]), "") is not None
    assert re.fullmatch(lexicon.alternation_trie(["", "ab"]), "ab") is not None
    assert re.fullmatch(lexicon.alternation_trie(["ab"]), "") is None


_PASSAGES = [
    "大会\n\n回顾其2017年12月20日第72/210号决议，\n\n1. 注意到第72/210号决议；\n",
    "Комиссия по положению женщин, ссылаясь на свою резолюцию 60/2 от 24 марта 2016 года,\n",
    "Economic and Social Council\n\nRecalling its resolution 2019/12 of 8 July 2019,\n"
    "and reaffirming in particular its resolution 2018/5,\n",
    "The Executive Board,\n\nNoting the work of the Board, and reaffirming in particular its "
    "decision 2020/3 of 4 February 2020,\n",
]


@pytest.mark.parametrize("text", _PASSAGES)
def test_records_are_those_of_the_phrases(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert all(_verbs_trie() in f().pattern for f in _NOW.values())
    now = [c.to_record() for c in extract_text(text).citations]
    assert now
    old = _before()
    monkeypatch.setattr(heading, "body_line_verb_below", lambda: old["below"])
    monkeypatch.setattr(heading, "body_line_verb", lambda: old["line"])
    monkeypatch.setattr(find_base, "clause_verb", lambda: old["clause"])
    assert [c.to_record() for c in extract_text(text).citations] == now
