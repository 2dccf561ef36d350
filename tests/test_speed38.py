"""Session 38, engine speed: the scans rewritten for speed read what they read before.

- ``names_in``: the bodies' names and instruments' first words that open with a small letter
  ("outcome", "итоговый", "documento") are found where their first word stands, not by the
  scan led by every small "o" or "и": same places, same order, as the one scan of
  ``name_start`` gives them (a reference loop here), in every scope.
- ``normalise``: the tests for "-\\t" and "://" made as scans led by their first character;
  ``text_layer_folds``: the spaced brackets' test after the ideograph's.
- ``find_link_symbols``: a link form's required text looked for with a literal scan.
- ``find_paragraphs``: operative paragraphs numbered in running text found from their stops
  (``_operative``), the same matches as ``_OPERATIVE.finditer``.
- ``normalise``: the blanks a wrapped line ends on around a part's letter (``_line_end_blanks``)
  found from the capital and the next line's opening, the same spans as the look-behind scan
  that read every position of the text.

Each with the literal absent, at the text's start and end, across line breaks, in a text
stored one byte a character and in one stored two (a typographic quote is enough).
"""

from __future__ import annotations

import re

import pytest

from rescite.engine.find_base import OTHER_ORGANISATION, names_in, other_organisation
from rescite.engine.find_symbols import find_link_symbols
from rescite.engine.normalise import _line_end_blanks, normalise, text_layer_folds
from rescite.engine.paragraphs import _OPERATIVE, _operative
from rescite.grammar import lexicon
from rescite.grammar.lexicon import fold
from rescite.grammar.rules import patterns


def _one_scan(text: str, scope: str) -> tuple[list[tuple[int, int, str]], list[int]]:
    """``names_in`` as one scan of ``name_start`` reads it (its loop before this change)."""
    pat = patterns(scope)
    lex = lexicon.load()
    bodies: list[tuple[int, int, str]] = []
    starts: list[int] = []
    body_end = start_end = pos = 0
    while (m := pat.name_start.search(text, pos)) is not None:
        at = m.start()
        pos = at + 1
        if at < body_end and at < start_end:
            continue
        k = pat.name_kinds.match(text, at)
        assert k is not None
        if at >= body_end and (b_end := k.end("body")) >= 0:
            body_end = b_end
            key = lex.body_names.get(fold(k.group("body")))
            if key and other_organisation(text, at, body_end, pat):
                key = OTHER_ORGANISATION
            if key:
                bodies.append((at, body_end, key))
        if at >= start_end and (f_end := k.end("first")) >= 0:
            start_end = f_end
            starts.append(at)
    return bodies, starts


# (scope, passage, a small-letter word the scope's patterns look for literally, the words at
# the instruments' first words found, the bodies named)
NAME_ROWS = [
    ("en", "outcome document of the World Summit", "outcome", ["outcome"], []),
    ("en", "Recalling the 2005 World Summit outcome", "outcome", ["2005", "outcome"], []),
    (
        "en",
        "“Recalling” the 2005 World Summit outcome,\nand the outcome\ndocument",
        "outcome",
        ["2005", "outcome", "outcome"],
        [],
    ),
    ("en", "the outcomes of the Conference", "outcome", [], []),
    ("en", "Recalling the General Assembly outcome document", "outcome", ["outcome"], ["GA"]),
    ("en", "no name here at all", "outcome", [], []),
    ("ru", "итоговый документ Всемирного саммита 2005 года", "итоговый", ["итоговый", "2005"], []),
    (
        "ru",
        "«Ссылаясь» на итогового документа и итоговом документе",
        "итогового",
        ["итогового", "итоговом"],
        [],
    ),
    ("es", "documento final de la Cumbre Mundial 2005", "documento", ["documento", "2005"], []),
    (
        "es",
        "la reunión de las Partes en el Protocolo de Cartagena sobre Seguridad de la Biotecnología",
        "reunión",
        ["Protocolo"],
        ["CARTAGENA_MOP"],
    ),
    (
        "*",
        "outcome; итоговый; documento final; document final",
        "document",
        ["outcome", "итоговый", "documento", "document"],
        [],
    ),
    ("*", "Recalling the outcome document, resolution 60/1", "outcome", ["outcome", "document"], []),
]


@pytest.mark.parametrize(("scope", "text", "word", "firsts", "bodies"), NAME_ROWS)
def test_names_that_open_with_a_small_letter(
    scope: str, text: str, word: str, firsts: list[str], bodies: list[str]
) -> None:
    pat = patterns(scope)
    assert word in pat.name_lower_words  # (looked for where it stands, not by the scan)
    assert not pat.name_start_cased.match(word)  # (… which no longer tries the small letters)
    got = names_in(text, scope)
    assert got == _one_scan(text, scope)
    assert [_WORD.match(text, s).group() for s in got[1]] == firsts  # type: ignore[union-attr]
    assert [key for _, _, key in got[0]] == bodies


_WORD = re.compile(r"\w+")


# (passage, its text once normalised): "-\t" before a line break, "://" of a browser's print
NORMALISE_ROWS = [
    ("Recalling its resolu-\t\ntion 70/1,", "Recalling its resolution 70/1,"),
    ("“Recalling” its resolu-\t\ntion 70/1,", '"Recalling" its resolution 70/1,'),
    ("-\t\nx", "-\t\nx"),
    ("Noting the report-\t", "Noting the report-\t"),
    ("a dash -\tin a row", "a dash -\tin a row"),
    ("See https://undocs.org/A/RES/70/1 “here”", 'See https://undocs.org/A/RES/70/1 "here"'),
    ("https://x", "https://x"),
    ("a://", "a://"),
    (
        "9/12/25, 16:17 A/80/L.41 - UN Digital Library\nRecalling its resolution 70/1,\n"
        "https://digitallibrary.un.org/record/4071299 1/1\n",
        "\nRecalling its resolution 70/1,\n\n",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NORMALISE_ROWS)
def test_normalise_hints(text: str, expected: str) -> None:
    assert normalise(text).text == expected


# (passage, the edits of text_layer_folds): a spaced-out Chinese text, its brackets' blanks
FOLD_ROWS = [
    ("“x” ( 第 70 / 1 号 )", [(5, 6, ""), (7, 8, ""), (14, 15, ""), (16, 17, "")]),
    ("“x” 第70/1号决议 ( a", [(12, 13, ""), (14, 15, "")]),
    ("( 第70/1号决议", [(1, 2, "")]),
    ("第70/1号决议 )", [(8, 9, "")]),
    ("“x” (a) and (b) 第70/1号决议", []),
    ("“x” ( a ) without an ideograph", []),
]


@pytest.mark.parametrize(("text", "edits"), FOLD_ROWS)
def test_spaced_brackets_of_a_chinese_text(text: str, edits: list[tuple[int, int, str]]) -> None:
    assert text_layer_folds(text) == edits


# (passage, the symbols its links write)
LINK_ROWS = [
    ("“See” https://undocs.org/files/A_RES_68_262-EN.pdf", ["A/RES/68/262"]),
    ("A_RES_68_262-EN.pdf", []),
    ("/A_RES_68_262-EN.pdf", ["A/RES/68/262"]),
    ("https://www.un.org/documents/ga/res/52/ares52-118.htm", ["A/RES/52/118"]),
    ("/ga/res/52/ares52-118.html “x”", ["A/RES/52/118"]),
    ("/ga/re\ns/52/ares52-118.htm", []),
    ("no link “here” .pdf", []),
    ("?s=S%2FRES%2F2417(2018)&l=en", ["S/RES/2417(2018)"]),
]


@pytest.mark.parametrize(("text", "symbols"), LINK_ROWS)
def test_link_symbols(text: str, symbols: list[str]) -> None:
    assert [r.symbol for r in find_link_symbols(text)] == symbols


# (passage, where the scan starts, the numbers the stop-led scan of operative paragraphs finds
# with their starts): digits before the stop (at most three read back, none before the start),
# at the text's start and end, over line breaks, glued to a word, a stop without a number
OPERATIVE_ROWS = [
    ("1. Decides to remain seized", 0, [(0, "1")]),
    ("Acting. 1. Requests; 2. Decides", 0, [(8, "1"), (21, "2")]),
    ("1234. Decides", 0, [(1, "234")]),
    ("1234. Decides", 2, [(2, "34")]),
    ("12. Decides", 3, []),
    ("Para 3.\n\n  Welcomes", 0, [(5, "3")]),
    ("a3. *Urges", 0, [(1, "3")]),
    ('3. 4. "Calls', 0, [(3, "4")]),
    ("Recalls 1.5 and 2. ", 0, []),
    ("text ends with 7.", 0, []),
    ("the ٣. Decides", 0, [(4, "٣")]),
    ("no stop here at all", 0, []),
]


@pytest.mark.parametrize(("text", "pos", "found"), OPERATIVE_ROWS)
def test_operative_numbers_from_their_stops(text: str, pos: int, found: list[tuple[int, str]]) -> None:
    got = list(_operative(text, pos))
    assert [(m.start("n"), m.group("n")) for m in got] == found
    assert [m.span() for m in got] == [m.span() for m in _OPERATIVE.finditer(text, pos)]


# The look-behind scan the blanks at a wrapped line's end were first found with: the rows' spans
_LINE_END_BY_LOOK_BEHIND = re.compile(r"(?<=\d [A-Z]) +(?=\n)|(?<=\w) +(?=\n[A-Z][ ,;.)])")

# (passage, the spans of the blanks taken out)
LINE_END_ROWS = [
    ("resolutions 47/301 A  \nand B, 48/301", [(20, 22)]),
    ("resolution 40/151 \nA of 16 December 1985", [(17, 18)]),
    ("resolutions 47/301 A and \nB, 48/301", [(24, 25)]),
    ("resolutions 40/151 \nAnd more", []),  # a word, not a part's letter, opens the next line
    ("in Part A \nof the report", []),  # a capital after a word, not after a number
    ("“Recalling” 36/97 K \nand L", [(19, 20)]),  # a text stored two bytes a character
    ("A \nB.", [(1, 2)]),
    (" \nA ", []),  # nothing before the blanks
    ("5 A ", []),  # no line break after the blanks
    ("٣ A \nx", [(3, 4)]),  # an Arabic-Indic digit is a digit, as \d reads it
    ("no line ends here", []),
]


@pytest.mark.parametrize(("text", "spans"), LINE_END_ROWS)
def test_line_end_blanks(text: str, spans: list[tuple[int, int]]) -> None:
    assert [(a, b) for a, b, _ in _line_end_blanks(text)] == spans
    assert [m.span() for m in _LINE_END_BY_LOOK_BEHIND.finditer(text)] == spans
