"""speed28: the Council's numbers of a list in another body's text looked for only in the
paragraphs that hold a year in brackets, the link forms skipped by plain looks, the code nouns
and the document label led by their first letters — the same records as before."""

from __future__ import annotations

import re

import pytest

from passages import GA, by_language
from rescite.engine.extract import extract_text
from rescite.engine.find import _any_of
from rescite.engine.find_council import _own_matches, _paragraph_start
from rescite.engine.find_symbols import find_link_symbols
from rescite.grammar.council import council_number
from rescite.grammar.retools import required_text
from rescite.grammar.verbs import code_noun_before, document_label_before

#: a record as (target, reason)
_Why = tuple[str | None, str | None]


def _records(lang: str, para: str) -> list[_Why]:
    return [(c.target, c.reason) for c in extract_text(GA[lang] + para, lang=lang).citations]


# (language, paragraphs, the records of the Council's lists): a list in a paragraph of its own,
# its year on the line after its number, a paragraph with no year between, a long paragraph
_LISTS: list[tuple[str, str, list[_Why]]] = [
    (
        "en",
        "Recalling its resolution 71/243,\n\nRecalling also resolutions 1612 and 1882 (2009),",
        [("A/RES/71/243", None), ("S/RES/1612(2005)", None), ("S/RES/1882(2009)", None)],
    ),
    (
        "en",
        "Noting resolutions 1612 and 1882\n(2009),\n\nRecalling resolutions 1325 and 1820,",
        [("S/RES/1612(2005)", None), ("S/RES/1882(2009)", None)],
    ),
    (
        "fr",
        "Rappelant les résolutions 1612 et 1882 (2009),\n\nRappelant aussi les résolutions 1325 et 1820,",
        [("S/RES/1612(2005)", None), ("S/RES/1882(2009)", None)],
    ),
    (
        "en",
        "Recalling "
        + "the need for further progress in the field, " * 12
        + "and resolutions 1612 and 1882 (2009),",
        [("S/RES/1612(2005)", None), ("S/RES/1882(2009)", None)],
    ),
]
_LISTS_SAME: list[tuple[str, str, list[_Why]]] = [
    # the year in brackets in another paragraph: no Council's list
    ("en", "Recalling resolutions 1325 and 1820,\n\nWelcoming the report of 2019 [2019],", []),
    ("es", "Recordando las resoluciones 1325 y 1820,\n\nTomando nota del informe (2019),", []),
]


@pytest.mark.parametrize(("lang", "para", "records"), by_language(_LISTS, _LISTS_SAME))
def test_council_lists_by_paragraph(lang: str, para: str, records: list[_Why]) -> None:
    assert _records(lang, para) == records


_EMPTY = re.compile(r"\n[^\S\n]*+\n")


# (text, a position): the paragraph starts after the last empty line before the position
@pytest.mark.parametrize(
    ("text", "pos"),
    [
        ("one\n\ntwo", 7),
        ("one\n \t\ntwo\nthree", 14),
        ("one\ntwo", 5),
        ("\n\n\n  \nx", 6),
        ("a\r\n\r\nb", 5),
        ("no break at all", 4),
    ],
)
def test_paragraph_start(text: str, pos: int) -> None:
    ends = [m.end() for m in _EMPTY.finditer(text) if m.end() <= pos]
    assert _paragraph_start(text, pos) == (ends[-1] if ends else 0)


# (language, text): the matches in the paragraphs with a year are those of the whole text there
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Recalling resolutions 1612 and 1882 (2009),\n\nNoting resolution 1325,"),
        ("en", "Noting resolution 1325,\n\nRecalling resolutions 1612 and 1882 (2009), and 2000 [2011]"),
    ],
)
def test_own_matches_in_year_paragraphs(lang: str, text: str) -> None:
    own = council_number(lang).own
    assert own is not None
    year_paragraphs = {text.rfind("\n\n", 0, m.start()) for m in re.finditer(r"[(\[]\d{4}[)\]]", text)}
    whole = [m.span() for m in own.finditer(text)]
    there = [span for span in whole if text.rfind("\n\n", 0, span[0]) in year_paragraphs]
    listed = [m.span() for m in _own_matches(text, own, listed=True)]
    assert set(there) <= set(listed) <= set(whole)
    assert [m.span() for m in _own_matches(text, own, listed=False)] == [m.span() for m in own.finditer(text)]


# (pattern, flags, the text it requires as written)
@pytest.mark.parametrize(
    ("pattern", "flags", "written"),
    [
        (r"/data/(?P<n>\d+)\.PDF", 0, "/data/"),
        (r"[A-Z]+-EN\.PDF", 0, "-EN.PDF"),
        (r"[A-Z]+-EN\.PDF", re.IGNORECASE, "-en.pdf"),
    ],
)
def test_required_text_as_written(pattern: str, flags: int, written: str) -> None:
    assert required_text(re.compile(pattern, flags), as_written=True) == written


# (text, the symbols its links write)
@pytest.mark.parametrize(
    ("text", "symbols"),
    [
        ("see https://example.org/?s=A%2FRES%2F77%2F12&l=en for it", ["A/RES/77/12"]),
        ("see https://example.org/files/A_RES_76_301-EN.pdf for it", ["A/RES/76/301"]),
        ("a share of 2% and a file.pdf", []),
    ],
)
def test_link_symbols(text: str, symbols: list[str]) -> None:
    assert [r.symbol for r in find_link_symbols(text)] == symbols


# (pattern maker, a stretch before a symbol, whether it ends with the phrase)
@pytest.mark.parametrize(
    ("made", "before", "found"),
    [
        (code_noun_before, "on board flight ", True),
        (code_noun_before, "the aircraft of the ", False),
        (document_label_before, "See U.N. Doc. ", True),
        (document_label_before, "See the document ", False),
    ],
)
def test_phrases_before_a_symbol(made: object, before: str, found: bool) -> None:
    assert callable(made)
    assert (made().search(before) is not None) is found


# (names, text, whether one of them stands in it as written)
@pytest.mark.parametrize(
    ("names", "text", "found"),
    [
        (("ABCD", "ABX", "AQ"), "the parties to ABX,", True),
        (("ABCD", "ABX", "AQ"), "the parties to AB and abcd", False),
        ((), "anything", False),
        (("A.B",), "A-B and AxB", False),
    ],
)
def test_any_of_the_names(names: tuple[str, ...], text: str, found: bool) -> None:
    assert (_any_of(names).search(text) is not None) is found
    assert any(n in text for n in names) is found
