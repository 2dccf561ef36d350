"""A Word file whose symbol is only in its core properties (docProps/core.xml: title, subject
or keywords): the symbol is the file's own id, never its citation — unless a header part or
the body's masthead gives the symbol, which is then the one kept.  Passages written for
these tests in UN style."""

from __future__ import annotations

import io
import zipfile

import pytest

from rescite.engine.extract import extract_text
from rescite.read import text_of
from test_formats_word import docx, p

CORE = (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
    ' xmlns:dc="http://purl.org/dc/elements/1.1/">{fields}</cp:coreProperties>'
)
BODY = (
    p("Human Rights Council")
    + p("Sixty-third session")
    + p("Agenda item 3")
    + p("Safe drinking water and sanitation: report of the Special Rapporteur")
    + p("The Special Rapporteur submits this report pursuant to Council resolution 60/8 of 9 October 2025")
    + p("and General Assembly resolution 80/171.")
)
OWN = "A/HRC/63/41"
CITED = {"A/HRC/RES/60/8", "A/RES/80/171"}


def with_core(data: bytes, fields: str) -> bytes:
    buf = io.BytesIO(data)
    with zipfile.ZipFile(buf, "a") as z:
        z.writestr("docProps/core.xml", CORE.format(fields=fields))
    return buf.getvalue()


def own_and_cited(data: bytes, tmp_path_name: str = "x.docx") -> tuple[str | None, set[str]]:
    text = text_of(data, tmp_path_name)
    res = extract_text(text)
    return res.document.source_id, {c.target for c in res.citations if c.target}


@pytest.mark.parametrize(
    "fields",
    [
        "<dc:title>A/HRC/63/41</dc:title>",
        "<dc:title>Safe drinking water</dc:title><dc:subject>A/HRC/63/41</dc:subject>",
        "<cp:keywords>water; A/HRC/63/41; sanitation</cp:keywords>",
    ],
    ids=["title", "subject", "keywords"],
)
def test_symbol_only_in_core_properties_is_the_own_id(fields: str) -> None:
    own, cited = own_and_cited(with_core(docx(BODY), fields))
    assert own == "A/HRC/63/41"
    assert cited == CITED


def test_a_header_part_wins_over_the_core_properties() -> None:
    data = with_core(docx(BODY, headers={"header1.xml": p("A/HRC/63/41")}), "<dc:title>A/HRC/62/1</dc:title>")
    own, cited = own_and_cited(data)
    assert own == "A/HRC/63/41"
    assert cited == CITED


def test_a_masthead_in_the_body_wins_over_the_core_properties() -> None:
    data = with_core(docx(p("A/HRC/63/41") + BODY), "<dc:title>A/HRC/62/1</dc:title>")
    own, _ = own_and_cited(data)
    assert own == "A/HRC/63/41"


def test_a_title_that_is_no_symbol_adds_nothing() -> None:
    data = with_core(docx(BODY), "<dc:title>Safe drinking water / sanitation 2026</dc:title>")
    text = text_of(data, "x.docx")
    assert text.startswith("Human Rights Council")
    own, cited = own_and_cited(data)
    assert own is None
    assert cited == CITED


def test_a_symbol_the_body_cites_near_the_top_is_no_masthead() -> None:
    body = p("Recalling A/RES/70/1 and resolution 60/8,") + BODY
    own, cited = own_and_cited(with_core(docx(body), "<dc:subject>A/HRC/63/41</dc:subject>"))
    assert own == "A/HRC/63/41"
    assert "A/RES/70/1" in cited
