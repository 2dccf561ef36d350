"""Official files as they come (issue 7, session 40), read from files built here.

Whole official documents (reports of conferences of parties, compilations of a council's
resolutions with their tables, treaty bodies' documents, in six languages) were made into Word
and PDF files in every official layout and read back; what they taught:

* a masthead names the secretariat or the treaty body that issues the document, and that name
  may be a treaty's ("United Nations⏎Framework Convention on Climate Change⏎FCCC/CP/2026/7",
  "United Nations⏎Convention on the Rights of the Child⏎CRC/C/GC/27"): the name that fills
  its masthead lines, under the organisation's name (or the text's own symbol) and over the
  text's own symbol or its distribution mark, issues the text — it cites nothing;
* a PDF table's title cell wrapped in a narrow column may run a resolution's number onto a
  line of its own ("General Assembly resolution⏎62/208 on …"): the row goes on (its date is
  the row's), and a long title may wrap over more than a dozen lines before the date cell.
* a title in capitals that cites a text ("I. FOLLOW-UP TO GENERAL ASSEMBLY RESOLUTION 80/251 OF
  15 MARCH 2026") stands in a PDF's text layer right under the paragraph before it, no blank line
  between them: it is read as the title set apart is.

Every passage is written for these tests in UN style."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text
from rescite.read import text_of
from test_formats import make_pdf
from test_formats_word import _first_page_table, docx, p


def _targets(data: bytes, name: str) -> list[str]:
    """The targets of a file's records, in order (a treaty cited twice counts twice)."""
    res = extract_text(text_of(data, name), source=name)
    return [str(c.target) for c in res.citations if c.target]


# -- a masthead's issuer ----------------------------------------------------------------------------------
_UNFCCC = "UNTS/1771/30822"
_CRC = "UNTS/1577/27531"
_BODY_FCCC = [
    "Report of the Conference of the Parties on its thirty-first session",
    "The Conference of the Parties,",
    "Recalling its decisions 1/CP.29 and 4/CP.30,",
    "Noting the status of ratification of the Convention,",
]
_BODY_FCCC_NAMED = [
    *_BODY_FCCC,
    "Reaffirming the objective of the United Nations Framework Convention on Climate Change,",
]
_BODY_CRC = [
    "Committee on the Rights of the Child",
    "General comment No. 27 on the rights of children in street situations",
    "The Committee recalls its general comment No. 21 and the Convention on the Rights of the Child.",
]
_CITED_FCCC = ["FCCC/CP/DEC/29/1", "FCCC/CP/DEC/30/4"]


def _word_header(org: str, issuer: str, symbol: str, body: list[str]) -> bytes:
    """A Word file whose first page's header holds the masthead as a table."""
    head = _first_page_table(org, issuer, symbol, "Distr.: General", "12 March 2026", "Original: English")
    return docx("".join(p(x) for x in body), headers={"header1.xml": head}, first="header1.xml")


def _word_body(lines: list[str], body: list[str]) -> bytes:
    """A Word file with the masthead's lines as the body's first paragraphs."""
    return docx("".join(p(x) for x in [*lines, *body]))


# (row id, the file built, its suffix, the records' targets in order)
ISSUERS: list[tuple[str, bytes, str, list[str]]] = [
    (
        "word: a treaty body's masthead in the first page's header",
        _word_header("United Nations", "Convention on the Rights of the Child", "CRC/C/GC/27", _BODY_CRC),
        ".docx",
        [_CRC],
    ),
    (
        "word: the masthead as paragraphs, the convention named again in the text",
        _word_body(
            ["United Nations", "Framework Convention on Climate Change", "FCCC/CP/2026/7", "Distr.: General"],
            _BODY_FCCC_NAMED,
        ),
        ".docx",
        [*_CITED_FCCC, _UNFCCC],
    ),
    (
        "pdf: the symbol over the masthead, the distribution mark under the name",
        make_pdf(
            [
                [
                    "FCCC/CP/2026/7",
                    "United Nations",
                    "Framework Convention on Climate Change",
                    "Distr.: General",
                    "12 March 2026",
                    *_BODY_FCCC,
                ]
            ]
        ),
        ".pdf",
        _CITED_FCCC,
    ),
    (
        "pdf: the name over the symbol, the convention named again in the text",
        make_pdf(
            [
                [
                    "United Nations",
                    "Framework Convention on Climate Change",
                    "FCCC/CP/2026/7",
                    "Distr.: General",
                    *_BODY_FCCC_NAMED,
                ]
            ]
        ),
        ".pdf",
        [*_CITED_FCCC, _UNFCCC],
    ),
    (
        "word: a treaty body's masthead, the treaty named in the text",
        _word_body(
            ["United Nations", "Convention on the Rights of the Child", "CRC/C/GC/27", "Distr.: General"],
            _BODY_CRC,
        ),
        ".docx",
        [_CRC],
    ),
    (
        "pdf: a treaty body's masthead under the text's symbol",
        make_pdf(
            [
                [
                    "United Nations",
                    "CRC/C/GC/27",
                    "Convention on the Rights of the Child",
                    "Distr.: General",
                    "2 February 2026",
                    *_BODY_CRC,
                ]
            ]
        ),
        ".pdf",
        [_CRC],
    ),
    (
        "pdf fr: a treaty body's masthead under the text's symbol",
        make_pdf(
            [
                [
                    "Nations Unies",
                    "CRC/C/GC/27",
                    "Convention relative aux droits de l'enfant",
                    "Distr. générale",
                    "2 février 2026",
                    "Comité des droits de l'enfant",
                    "Le Comité rappelle la Convention relative aux droits de l'enfant.",
                ]
            ]
        ),
        ".pdf",
        [_CRC],
    ),
    (
        "word es: a treaty body's masthead over the text's symbol",
        _word_body(
            ["Naciones Unidas", "Convención sobre los Derechos del Niño", "CRC/C/GC/27", "Distr. general"],
            [
                "Comité de los Derechos del Niño",
                "El Comité recuerda la Convención sobre los Derechos del Niño",
            ],
        ),
        ".docx",
        [_CRC],
    ),
]


@pytest.mark.parametrize(("data", "suffix", "targets"), [r[1:] for r in ISSUERS], ids=[r[0] for r in ISSUERS])
def test_a_mastheads_issuer_is_no_treaty_cited(data: bytes, suffix: str, targets: list[str]) -> None:
    assert _targets(data, "m" + suffix) == targets


# -- a PDF table's title cell that runs a number onto its own line ------------------------------------------
_HEAD = [
    "United Nations",
    "E/2026/INF/2/Add.1",
    "Economic and Social Council",
    "Distr.: General",
    "Resolutions and decisions adopted by the Economic and Social Council at its 2026 session",
    "Resolutions",
    "Resolution number Title Agenda item Date adopted",
]


def _title_lines(n: int) -> list[str]:
    """A title cell wrapped over ``n`` lines in a narrow column, a resolution's number opening
    one of them after the noun that ends the line above."""
    words = [
        "Progress in the",
        "implementation of",
        "General Assembly",
        "resolution",
        "79/226 on the",
        "quadrennial",
        "comprehensive",
        "policy review of",
        "operational",
        "activities for",
        "development of the",
        "United Nations",
        "development",
        "system",
        "(E/2026/L.21 and",
        "E/2026/SR.31)",
    ]
    return words[:n]


# (row id, the table's rows as the text layer gives them, each row's (target, date))
ROWS: list[tuple[str, list[str], set[tuple[str, str | None]]]] = [
    (
        "en: the noun alone on the line before the number",
        [
            "2026/1 " + _title_lines(3)[0],
            *_title_lines(10)[1:],
            "3 (a) 21 July 2026",
            "2026/2 Appointment of the Executive Director",
            "3 (b) 22 July 2026",
        ],
        {("E/RES/2026/1", "2026-07-21"), ("E/RES/2026/2", "2026-07-22"), ("A/RES/79/226", None)},
    ),
    (
        "en: the noun after other words on the line before the number",
        [
            "2026/1 Progress in the implementation of",
            "General Assembly resolution",
            "79/226 on the quadrennial",
            "comprehensive policy review",
            "3 (a) 21 July 2026",
            "2026/2 Appointment of the Executive Director",
            "3 (b) 22 July 2026",
        ],
        {("E/RES/2026/1", "2026-07-21"), ("E/RES/2026/2", "2026-07-22"), ("A/RES/79/226", None)},
    ),
    (
        "en: a title wrapped over fourteen lines",
        [
            "2026/1 " + _title_lines(1)[0],
            *_title_lines(14)[1:],
            "3 (a) 21 July 2026",
            "2026/2 Appointment of the Executive Director",
            "3 (b) 22 July 2026",
        ],
        {("E/RES/2026/1", "2026-07-21"), ("E/RES/2026/2", "2026-07-22"), ("A/RES/79/226", None)},
    ),
]


@pytest.mark.parametrize(("rows", "cited"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_a_rows_wrapped_title_keeps_its_date(rows: list[str], cited: set[tuple[str, str | None]]) -> None:
    text = text_of(make_pdf([[*_HEAD, *rows]]), "t.pdf")
    res = extract_text(text, source="t.pdf")
    assert {(str(c.target), c.date) for c in res.citations if c.target and "/RES/" in str(c.target)} == cited


# -- a title in capitals under a paragraph, no blank line between them -----------------------------------
# (row id, the lines of a PDF's page, each record's (target, date))
TITLES: list[tuple[str, list[str], set[tuple[str, str | None]]]] = [
    (
        "en: a chapter's title after a bracketed note",
        [
            "[Note: The present addendum reflects the texts adopted by the Council on 4 July 2026.]",
            "I. FOLLOW-UP TO GENERAL ASSEMBLY RESOLUTION 80/251 OF 15 MARCH 2026",
            "1. At the 12th meeting, the President circulated a draft statement (A/HRC/61/L.5).",
        ],
        {("A/RES/80/251", "2026-03-15"), ("A/HRC/61/L.5", None)},
    ),
    (
        "fr: a chapter's title after a paragraph",
        [
            "Le Conseil a tenu sa soixante et unième session à Genève du 2 au 27 mars 2026.",
            "II. SUITE DONNÉE À LA RÉSOLUTION 80/251 DE L'ASSEMBLÉE GÉNÉRALE",
            "1. À sa 12e séance, le Président a distribué un projet de déclaration (A/HRC/61/L.5).",
        ],
        {("A/RES/80/251", None), ("A/HRC/61/L.5", None)},
    ),
    (
        "es: a chapter's title after a paragraph",
        [
            "El Consejo celebró su 61º período de sesiones en Ginebra del 2 al 27 de marzo de 2026.",
            "II. APLICACIÓN DE LA RESOLUCIÓN 80/251 DE LA ASAMBLEA GENERAL",
            "1. En su 12ª sesión, el Presidente distribuyó un proyecto de declaración (A/HRC/61/L.5).",
        ],
        {("A/RES/80/251", None), ("A/HRC/61/L.5", None)},
    ),
    (
        "en: a title wrapped over three lines in a narrow column",
        [
            "as at the conclusion of its 12th meeting, on",
            "4 July 2026.]",
            "I. FOLLOW-UP TO GENERAL ASSEMBLY ",
            "RESOLUTION 80/251 OF 15 MARCH 2026",
            "ENTITLED \u201cHUMAN RIGHTS COUNCIL\u201d",
            "1. At the 12th meeting, the President circulated a draft statement (A/HRC/61/L.5).",
        ],
        {("A/RES/80/251", "2026-03-15"), ("A/HRC/61/L.5", None)},
    ),
]


@pytest.mark.parametrize(("lines", "cited"), [r[1:] for r in TITLES], ids=[r[0] for r in TITLES])
def test_a_title_in_capitals_under_a_paragraph_cites(
    lines: list[str], cited: set[tuple[str, str | None]]
) -> None:
    page = ["United Nations", "A/HRC/61/L.10/Add.1", "General Assembly", "Distr.: General", *lines]
    res = extract_text(text_of(make_pdf([page]), "c.pdf"), source="c.pdf")
    assert {(str(c.target), c.date) for c in res.citations if c.target} == cited
