"""Official PDF and Word files as the Official Document System gives them, made by the real
producers (Chromium, LibreOffice) and as Word files from the documents of
tests/official_files.py (six languages: mastheads, adopted texts and decisions, L., Rev.,
Corr. and Add. documents, tables of resolutions, a compilation of three decisions, footnotes).
Each file must give the document's own id and the citations (target, date, source_id) its
text gives.  The rows are the files that were read wrong: a footnote at a page's foot that
cuts a sentence before a capital (Chromium; an Arabic page, whose note has no Arabic letter,
drawn in visual order), a running header with the file's symbol inside a text of a
compilation, a table whose cells a Chinese text layer joins, a Word table set with tab stops.
``bench/official_sweep.py`` reads every document in every layout."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from browser import browser  # noqa: F401  (the fixture)
from official_files import DOCS, chromium_pdf, fodt, libreoffice_pdfs, noted, word, word_variant
from rescite.engine.extract import extract_text
from rescite.read import text_of


def _cited(text: str) -> tuple[str | None, set[tuple[str, str | None, str | None]]]:
    res = extract_text(text)
    return res.document.source_id, {(str(c.target), c.date, c.source_id) for c in res.citations if c.target}


def _check(name: str, text: str) -> None:
    """The file's text gives what the document's text file gives (own id first: the symbol)."""
    own, cited = _cited(DOCS[name].text())
    assert own == DOCS[name].own_id
    got_own, got = _cited(text)
    assert (got_own, sorted(cited - got, key=str), sorted(got - cited, key=str)) == (own, [], [])


CHROMIUM = [("en-res", "note"), ("ar-res", "note")]


@pytest.mark.parametrize(("name", "layout"), CHROMIUM, ids=[f"{n}-{lay}" for n, lay in CHROMIUM])
def test_chromium_pdf(browser: Any, name: str, layout: str) -> None:  # noqa: F811
    _check(name, text_of(chromium_pdf(browser, DOCS[name], layout), f"{name}.pdf"))


LIBREOFFICE = [("en-cop-comp", "20pt"), ("zh-table", "11pt"), ("zh-table", "20pt")]


@pytest.fixture(scope="module")
def libreoffice() -> Iterator[dict[str, bytes]]:
    sources = {f"{name}-{size}": fodt(DOCS[name], size) for name, size in LIBREOFFICE}
    with tempfile.TemporaryDirectory() as tmp:
        pdfs = libreoffice_pdfs(sources, Path(tmp))
    if pdfs is None:
        pytest.skip("LibreOffice not installed")
    yield pdfs


@pytest.mark.parametrize(("name", "size"), LIBREOFFICE, ids=[f"{n}-{s}" for n, s in LIBREOFFICE])
def test_libreoffice_pdf(libreoffice: dict[str, bytes], name: str, size: str) -> None:
    _check(name, text_of(libreoffice[f"{name}-{size}"], f"{name}.pdf"))


WORD = [("en-table", "header"), ("zh-table", "footer"), ("fr-table", "body")]


@pytest.mark.parametrize(("name", "where"), WORD, ids=[f"{n}-{w}" for n, w in WORD])
def test_word_table_set_with_tabs(name: str, where: str) -> None:
    _check(name, text_of(word(DOCS[name], where, tabs=True), f"{name}.docx"))


# Word files with the shapes the Official Document System's files take (tests/official_files.py,
# VARIANTS; ``bench/official_sweep.py`` makes every one for every document): a note's mark glued
# to a resolution's number — a footnote reference, a reference with a custom mark and its
# superscript run, a mark typed in superscript — keeps the number's date after it.
MARKED = [
    ("en-res", "number-mark"),
    ("fr-res", "custom-mark"),
    ("es-ecosoc-dec", "typed-mark"),
    ("ru-l-rev", "number-mark"),
    ("ar-ecosoc-res", "number-mark"),
    ("ar-res", "custom-mark"),
    ("en-hrc-dec", "custom-mark"),
    ("fr-comp", "typed-mark"),
    ("ru-res", "custom-mark"),
]


@pytest.mark.parametrize(("name", "variant"), MARKED, ids=[f"{n}-{v}" for n, v in MARKED])
def test_word_note_mark_after_a_number(name: str, variant: str) -> None:
    doc = noted(DOCS[name])
    own, cited = _cited(doc.text())
    got_own, got = _cited(text_of(word_variant(doc, variant), f"{name}.docx"))
    assert (got_own, sorted(cited - got, key=str), sorted(got - cited, key=str)) == (own, [], [])
