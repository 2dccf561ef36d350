from __future__ import annotations

import random
import re

import pytest

from rescite.engine.extract import extract_text
from rescite.engine.normalise import normalise

CASES = [
    ("plain ascii", "plain ascii"),
    ("n\u00a0o\u2009x", "n o x"),
    ("l\u2019Assembl\u00e9e \u00abg\u00e9n\u00e9rale\u00bb", 'l\'Assemblée "générale"'),
    ("r\u00e9solu\u00adtion 64/293", "résolution 64/293"),
    ("Ge\u0301ne\u0301rale 64/293", "Générale 64/293"),
    ("intergovern-\nmental 64/293", "intergovernmental 64/293"),
    ("line\r\nbreak", "line \nbreak"),
    ("see A/RES/\n64/293 now", "see A/RES/64/293 now"),
    ("(A / 59 / 648) 64/293", "(A/59/648) 64/293"),  # spaced slashes, as in Arabic texts
    ("3379 (ХХХ) 64/293", "3379 (XXX) 64/293"),  # Cyrillic look-alikes in a Roman session
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_normalised_view(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


@pytest.mark.parametrize(("raw", "_"), CASES)
def test_offsets_map_back(raw: str, _: str) -> None:
    n = normalise(raw)
    i = n.text.find("64/293")
    if i >= 0:
        s, e = n.span(i, i + 6)
        assert raw[s:e] == "64/293"
    assert n.to_original(len(n.text)) == len(raw)


def test_html_is_read_as_text_with_offsets_into_the_html() -> None:
    from rescite.engine.extract import extract_text

    html = (
        "<!DOCTYPE html><html><head><style>p{margin:0}</style></head><body>"
        "<p>The General Assembly,</p><p><i>Recalling</i> its resolution&nbsp;55/25 of 15&nbsp;November 2000 "
        "and Security Council resolution 1325&nbsp;(2000),</p>"
        '<p>1. <i>Welcomes</i> the report (<a href="https://undocs.org/A/70/123">A/70/123</a>);</p></body></html>'
    )
    n = normalise(html)
    assert "<" not in n.text and "Recalling its resolution 55/25 of 15 November 2000" in n.text
    res = extract_text(html)
    got = [(c.text, c.target, c.date, c.section, c.verb) for c in res.citations]
    assert got == [
        ("55/25", "A/RES/55/25", "2000-11-15", "preamble", "Recalling"),
        ("1325&nbsp;(2000)", "S/RES/1325(2000)", None, "preamble", "Recalling"),
        ("A/70/123", "A/70/123", None, "operative", "Welcomes"),
    ]
    for c in res.citations:
        assert html[c.start : c.end] == c.text


# Pieces of text with the edits normalise makes in them: ("=", kept) is copied as it is,
# ("~", raw, made) is replaced.  Mixed at random, thousands of them, they make one text whose
# edits come from several passes (out of order between passes, some side by side).
_PIECES: list[list[tuple[str, ...]]] = [
    [("=", "inter"), ("~", "-\n", ""), ("=", "national law ")],
    [("=", "agree"), ("~", "- \n  ", ""), ("=", "ments ")],
    [("=", "re"), ("~", "\u00ad", ""), ("=", "port ")],
    [("=", "a"), ("~", "\u200b", ""), ("~", "\u00ad", ""), ("=", "b ")],
    [("=", "A/RES/"), ("~", "\n", ""), ("=", "70/1 ")],
    [("=", "ses"), ("~", "-\t\n", ""), ("=", "sion ")],
    [("=", "the 12-\nmember States ")],  # not joined: a digit before the hyphen
    [("=", "plain words, ")],
    [("=", "resolution 64/293 of 1 May 2000.\n")],
]


def test_thousands_of_edits_of_several_kinds_map_back() -> None:
    rnd = random.Random(8)
    raw: list[str] = []
    want: list[str] = []
    origin: list[int | None] = []  # where each character of the view stands in the input (kept ones)
    at = 0
    for _ in range(4000):
        for kind, *parts in rnd.choice(_PIECES):
            if kind == "=":
                want.append(parts[0])
                origin.extend(range(at, at + len(parts[0])))
            else:
                want.append(parts[1])
                origin.extend([None] * len(parts[1]))
            raw.append(parts[0])
            at += len(parts[0])
    text = "".join(raw)
    n = normalise(text)
    assert n.text == "".join(want)
    assert all(n.to_original(p) == o for p, o in enumerate(origin) if o is not None)
    assert n.to_original(len(n.text)) == len(text)
    # a word across an edit maps to the whole of it in the input
    for m in re.finditer(r"international|agreements|report|A/RES/70/1|session", n.text):
        s, e = n.span(m.start(), m.end())
        assert "".join(c for c in text[s:e] if c not in "-\n\t \u00ad\u200b") == m.group()


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("Taking note of the report of the Secretary-General (A/ 75/ 318),", ["A/75/318"]),
        ("Taking note of the report of the Secretary-General (A/75 /318),", ["A/75/318"]),
        ("Recalling the note by the Secretariat (E/CN.7/ 2020/ 11),", ["E/CN.7/2020/11"]),
        # two slashes, no digit: no symbol
        ("data sent and/ or received over TCP/ IP/ UDP links", []),
    ],
)
def test_a_space_on_one_side_of_a_symbols_slashes(text: str, targets: list[str]) -> None:
    assert extract_text(text).targets() == targets


def test_latin_ligatures_of_pdf_text_layers_are_their_letters() -> None:
    # some PDF text layers give the letters a typeface joins as one character
    text = (
        "The General Assembly,\n\nReaﬃrming its resolution 64/293 of 30 July 2010 and the Protocol to "
        "Prevent, Suppress and Punish Traﬃcking in Persons, Especially Women and Children,\n\n"
        "1. Requests the Secretary-General to submit a ﬁnal report.\n"
    )
    norm = normalise(text)
    assert "Reaffirming" in norm.text and "Trafficking" in norm.text and "final" in norm.text
    result = extract_text(text)
    found = {str(c.target): c.function for c in result.citations}
    assert found == {"A/RES/64/293": "builds_on", "UNTS/2237/39574": "builds_on"}
    for c in result.citations:
        assert text[c.start : c.end] == c.text  # offsets into the text as given, ligatures and all
    assert normalise("Recalling its resolution 64/293").text == "Recalling its resolution 64/293"
