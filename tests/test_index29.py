"""index29 (issue 9, condition 2): a language's lower-case verb scan with leading adverbs ("also
welcomes", "又欢迎") as the leads' trie before the verbs' trie, a tenth of the program of one trie
of every led verb, where that matches as the one trie does (else the one trie, as before); the
data tables' quoted cells read without the csv module."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rescite.grammar import lexicon
from rescite.grammar.lexicon import _apart_matches_whole, alternation, led_trie_regex, trie_regex

LANGS = sorted(lexicon.load().languages)


def _whole(phrases: list[str], leads: list[str], space: str) -> str:
    """The one trie of every phrase alone and after every lead, as the scan was made before."""
    return trie_regex(phrases + [f"{a}{space}{p.lower()}" for a in leads for p in phrases])


def _texts(phrases: list[str], leads: list[str], space: str, adverb: str) -> list[str]:
    pieces: list[str] = []
    for s in [*phrases, *leads, *(f"{a}{space}{p.lower()}" for a in leads for p in phrases)]:
        for t in (s, s[:1].upper() + s[1:], s.lower()):
            pieces += [t, f"{t} the", f"{t},", t[:-1], f"{t}s", f"{t} {adverb}", f"{t}*"]
    return [*pieces, "\n".join(pieces), " ".join(pieces), space.join(pieces)]


def _same_matches(old: str, new: str, texts: list[str]) -> list[str]:
    o, n = re.compile(old), re.compile(new)
    return [
        t
        for t in texts
        if [(m.span(), m.group("verb")) for m in o.finditer(t)]
        != [(m.span(), m.group("verb")) for m in n.finditer(t)]
    ]


@pytest.mark.parametrize("code", LANGS)
def test_verb_scans_match_as_the_whole_trie(code: str) -> None:
    lang = lexicon.load().languages[code]
    phrases = [v for v, _ in lang.verbs]
    leads = lang.raw["verbs"].get("leading_adverbs", [])
    space = " " if lang.spaced else ""
    adverbs = lang.raw["verbs"].get("adverbs", [])
    tail = rf"\*?(?:\s+{alternation(adverbs) if adverbs else '(?!)'}\*?)?(?![\w'])" if lang.spaced else ""
    old = rf"\s*\*?(?P<verb>{_whole(phrases, leads, space)}){tail}"
    new = rf"\s*\*?(?P<verb>{led_trie_regex(phrases, leads, space)}){tail}"
    assert _same_matches(old, new, _texts(phrases, leads, space, adverbs[0] if adverbs else "x")) == []
    assert len(new) <= len(old)
    if len(leads) > 1:
        assert len(new) < len(old) / 2


# (phrases, leads, space, the short form matches as the whole trie)
ROWS = [
    (["Welcomes", "Notes", "Requests"], ["Also", "Further"], " ", True),
    # a lead that begins a verb, the rest a verb itself: "Strongly" + "condemns"
    (["Condemns", "Strongly condemns", "Notes"], ["Strongly"], " ", True),
    # a verb that begins with a lead, the rest no verb but going on past one: the whole trie
    (["Notes", "Further notes with concern"], ["Further"], " ", False),
    # a lead that begins another lead, with a verb that goes on as the longer lead does
    (["Takes note", "Further takes note of", "Takes"], ["We", "We further"], " ", False),
    # a lead that begins another, no verb going on as the longer one does ("Further to")
    (["Further to", "Welcomes"], ["We", "We further"], " ", True),
    # a language written without spaces
    (["回顾", "欢迎", "重申"], ["又", "再次"], "", True),
    (["欢迎", "又欢迎各国"], ["又"], "", False),
    # a verb that opens with a mark: no word on each side of the join
    (["«Welcomes»", "Notes"], ["Also"], " ", False),
]


@pytest.mark.parametrize(("phrases", "leads", "space", "apart"), ROWS)
def test_short_form_only_where_it_matches_alike(
    phrases: list[str], leads: list[str], space: str, apart: bool
) -> None:
    assert _apart_matches_whole(phrases, leads, space) is apart
    texts = _texts(phrases, leads, space, "x")
    new = led_trie_regex(phrases, leads, space)
    old = _whole(phrases, leads, space)
    assert _same_matches(f"(?P<verb>{old})(?![\\w'])", f"(?P<verb>{new})(?![\\w'])", texts) == []
    assert apart or new == old  # the short form only where it matches alike


# CSV texts read without the csv module where a quote only wraps a whole cell (bodies.csv's
# long cells): the same rows as csv.DictReader, or its rows through it
CSV_ROWS = [
    'key,name,n\nA,"Board of Audit, its report",3\n',
    'key,name,n\nA,"Board of Audit, its report",\nB,plain,4',
    'key,name\nA,"with ""doubled"" quotes"',
    'key,name\nA,quote"inside',
    'key,name\nA,"closed"then',
    'key,name\nA,"never closed, at all',
    'key,name\n"",""\n,\n',
    'key,name,n\nA,"one, two",3,extra',
    'key,"name"\nA,b',
    'key\n"alone"\n\nB',
]


@pytest.mark.parametrize("text", CSV_ROWS)
def test_rows_as_the_csv_module_reads_them(text: str) -> None:
    import csv

    assert lexicon._rows(text) == list(csv.DictReader(text.splitlines()))


@pytest.mark.parametrize("name", sorted(p.name for p in Path(lexicon._HERE).glob("*.csv")))
def test_data_tables_read_as_before(name: str) -> None:
    import csv

    text = (Path(lexicon._HERE) / name).read_text(encoding="utf-8")
    assert lexicon._rows(text) == list(csv.DictReader(text.splitlines()))
