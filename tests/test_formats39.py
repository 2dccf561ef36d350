"""Official files as they come (issue 7, session 39), read from files built here.

Whole official documents (mastheads, reports with their notes, compilations of adopted texts,
session volumes, in six languages) were made into Word and PDF files in every official layout
and read back; what they taught:

* a compilation's heading with a note's mark glued to its number ("Resolution 2026/14¹" as Word
  gives a note's reference, "Decision 3/CP.31*" as a PDF's text layer gives an asterisk) heads a
  text all the same: its records are the text's, not the volume's;
* a note's mark glued to a date before a bracketed symbol ("issued on 3 March 2026¹
  (A/81/50)") leaves the date the symbol's;
* a heading's number that opens the line after a number ("… resolution 80/305⏎I. Introduction",
  Arabic "⏎ألف - المناقشة العامة") numbers the heading: it is no letter of the number's part.

Every passage is written for these tests in UN style."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text
from rescite.read import text_of
from test_formats_word import docx, note_ref, p

#: (target, citing text) of each resolved record
Sourced = set[tuple[str, str | None]]


def _sourced(text: str, source: str) -> Sourced:
    res = extract_text(text, source=source)
    return {(str(c.target), c.source_id) for c in res.citations if c.target}


# -- a compilation's heading with a note's mark -----------------------------------------------------------
# (row id, the volume's masthead lines, its parts: (heading, lines), the note, what is cited)
MARKED_HEADINGS: list[tuple[str, list[str], list[tuple[str, list[str]]], str, Sourced]] = [
    (
        "en: resolutions of the Economic and Social Council",
        ["United Nations", "E/2026/INF/2/Add.1", "Economic and Social Council", "Distr.: General"],
        [
            (
                "Resolution 2026/14",
                [
                    "Follow-up to the review of operational activities",
                    "The Economic and Social Council,",
                    "Recalling its resolution 2025/9 of 22 July 2025,",
                    "1. Takes note of the report of the Secretary-General (A/81/74-E/2026/55);",
                ],
            ),
            (
                "Resolution 2026/15",
                [
                    "Support to the coastal regions",
                    "The Economic and Social Council,",
                    "Recalling General Assembly resolution 80/211 of 19 December 2025,",
                ],
            ),
        ],
        "Adopted without a vote.",
        {
            ("E/RES/2025/9", "E/RES/2026/14"),
            ("A/81/74", "E/RES/2026/14"),
            ("E/2026/55", "E/RES/2026/14"),
            ("A/RES/80/211", "E/RES/2026/15"),
        },
    ),
    (
        "ru: resolutions of the Economic and Social Council",
        [
            "Организация Объединенных Наций",
            "E/2026/INF/2/Add.1",
            "Экономический и Социальный Совет",
            "Distr.: General",
        ],
        [
            (
                "Резолюция 2026/14",
                [
                    "Последующая деятельность по итогам обзора оперативной деятельности",
                    "Экономический и Социальный Совет,",
                    "ссылаясь на свою резолюцию 2025/9 от 22 июля 2025 года,",
                    "1. принимает к сведению доклад Генерального секретаря (A/81/74-E/2026/55);",
                ],
            ),
            (
                "Резолюция 2026/15",
                [
                    "Поддержка прибрежных районов",
                    "Экономический и Социальный Совет,",
                    "ссылаясь на резолюцию 80/211 Генеральной Ассамблеи от 19 декабря 2025 года,",
                ],
            ),
        ],
        "Принята без голосования.",
        {
            ("E/RES/2025/9", "E/RES/2026/14"),
            ("A/81/74", "E/RES/2026/14"),
            ("E/2026/55", "E/RES/2026/14"),
            ("A/RES/80/211", "E/RES/2026/15"),
        },
    ),
    (
        "fr: decisions of the Conference of the Parties",
        ["Nations Unies", "FCCC/CP/2026/9/Add.1", "Conférence des Parties", "Distr. générale"],
        [
            (
                "Décision 3/CP.31",
                [
                    "Programme de travail sur l'adaptation",
                    "La Conférence des Parties,",
                    "Rappelant ses décisions 2/CP.29 et 7/CP.30,",
                    "1. Décide de poursuivre le programme de travail;",
                ],
            ),
            (
                "Décision 4/CP.31",
                [
                    "Questions relatives au budget",
                    "La Conférence des Parties,",
                    "Rappelant sa décision 16/CP.30,",
                ],
            ),
        ],
        "Adoptée à la 9e séance plénière.",
        {
            ("FCCC/CP/DEC/29/2", "FCCC/CP/DEC/31/3"),
            ("FCCC/CP/DEC/30/7", "FCCC/CP/DEC/31/3"),
            ("FCCC/CP/DEC/30/16", "FCCC/CP/DEC/31/4"),
        },
    ),
]


def _compilation(masthead: list[str], parts: list[tuple[str, list[str]]], note: str) -> bytes:
    """A Word file: the masthead's lines, then each part, its heading's number marked with a
    note's reference on the first."""
    body = "".join(p(x) for x in masthead) + p("Resolutions and decisions adopted at the session")
    for k, (heading, lines) in enumerate(parts):
        body += p(heading, note_ref(1)) if k == 0 else p(heading)
        body += "".join(p(x) for x in lines)
    return docx(body, notes={1: note})


@pytest.mark.parametrize(
    ("masthead", "parts", "note", "cited"),
    [r[1:] for r in MARKED_HEADINGS],
    ids=[r[0] for r in MARKED_HEADINGS],
)
def test_a_heading_with_a_notes_mark_heads_its_text_in_a_word_file(
    masthead: list[str], parts: list[tuple[str, list[str]]], note: str, cited: Sourced
) -> None:
    assert _sourced(text_of(_compilation(masthead, parts, note), "v.docx"), "v.docx") == cited


# (row id, the heading line as a PDF's text layer gives it, the compilation it heads)
_PDF_VOLUME = (
    "United Nations\nFCCC/CP/2026/9/Add.1\nConference of the Parties\nDistr.: General\n\n"
    "Decisions adopted by the Conference of the Parties\n\n"
    "{first}\nWork programme on adaptation\nThe Conference of the Parties,\n"
    "Recalling its decisions 2/CP.29 and 7/CP.30,\n1. Decides to continue the work programme;\n\n"
    "Decision 4/CP.31\nMatters relating to the budget\nThe Conference of the Parties,\n"
    "Recalling its decision 16/CP.30,\n"
)
PDF_MARKED_HEADINGS: list[tuple[str, str]] = [
    ("en: an asterisk glued to a coded decision's number", "Decision 3/CP.31*"),
    ("en: a note's number in superscript", "Decision 3/CP.31\u00b9"),
]


@pytest.mark.parametrize(
    "first", [r[1] for r in PDF_MARKED_HEADINGS], ids=[r[0] for r in PDF_MARKED_HEADINGS]
)
def test_a_heading_with_a_notes_mark_heads_its_text_in_a_pdf(first: str) -> None:
    assert _sourced(_PDF_VOLUME.format(first=first), "v.pdf") == {
        ("FCCC/CP/DEC/29/2", "FCCC/CP/DEC/31/3"),
        ("FCCC/CP/DEC/30/7", "FCCC/CP/DEC/31/3"),
        ("FCCC/CP/DEC/30/16", "FCCC/CP/DEC/31/4"),
    }


# -- a note's mark glued to a date before a bracketed symbol ------------------------------------------
# (row id, the sentence before the note's reference, after it, what is cited: target and date)
MARKED_DATES: list[tuple[str, str, str, set[tuple[str, str | None]]]] = [
    (
        "en: a preliminary list issued on a date",
        "The preliminary list was issued on 3 March 2026",
        " (A/81/50), and a corrigendum on 20 March 2026 (A/81/50/Corr.1).",
        {("A/81/50", "2026-03-03"), ("A/81/50/Corr.1", "2026-03-20")},
    ),
    (
        "fr: a list published on a date",
        "La liste préliminaire a été publiée le 3 mars 2026",
        " (A/81/50).",
        {("A/81/50", "2026-03-03")},
    ),
    (
        "es: a list published on a date",
        "La lista preliminar se publicó el 3 de marzo de 2026",
        " (A/81/50).",
        {("A/81/50", "2026-03-03")},
    ),
    (
        "en: a President's statement of a date",
        "Recalling the statement by its President of 14 January 2026",
        " (S/PRST/2026/2),",
        {("S/PRST/2026/2", "2026-01-14")},
    ),
]


@pytest.mark.parametrize(
    ("before", "after", "cited"), [r[1:] for r in MARKED_DATES], ids=[r[0] for r in MARKED_DATES]
)
def test_a_notes_mark_after_a_date_leaves_the_date_the_symbols(
    before: str, after: str, cited: set[tuple[str, str | None]]
) -> None:
    body = p("United Nations") + p("A/81/100") + p(before, note_ref(1), after)
    text = text_of(docx(body, notes={1: "The annotated list will follow."}), "l.docx")
    res = extract_text(text, source="l.docx")
    assert {(str(c.target), c.date) for c in res.citations if c.target} == cited


# -- a heading's number on the line after a number ------------------------------------------------------
# (row id, the passage as a PDF's text layer gives it, what is cited)
HEADING_AFTER_NUMBER: list[tuple[str, str, set[str]]] = [
    (
        "en: a chapter's Roman numeral",
        "Annex\nChart of the texts on the working methods, issued pursuant to resolution 80/305\n"
        "I. Introduction\n1. The Assembly decided to keep the matter under review.\n",
        {"A/RES/80/305"},
    ),
    (
        "en: a section's letter",
        "3. The Committee had before it the note by the Secretariat (A/81/312) and resolution 80/118\n"
        "B. General discussion\n4. Delegations welcomed the note.\n",
        {"A/81/312", "A/RES/80/118"},
    ),
    (
        "fr: a section's letter",
        "2. La Commission était saisie du rapport établi en application de la résolution 80/118\n"
        "A. Débat général\n3. Les délégations ont salué le rapport.\n",
        {"A/RES/80/118"},
    ),
    (
        "ru: a section's Cyrillic letter",
        "2. Комитет рассмотрел доклад, подготовленный во исполнение резолюции 80/118\n"
        "В. Общие прения\n3. Делегации приветствовали доклад.\n",
        {"A/RES/80/118"},
    ),
    (
        "ar: a section's letter as a word and a dash",
        "2 - نظرت اللجنة في التقرير المقدم عملا بالقرار 80/118\nباء - المناقشة العامة\n"
        "3 - رحبت الوفود بالتقرير.\n",
        {"A/RES/80/118"},
    ),
]


@pytest.mark.parametrize(
    ("passage", "cited"), [r[1:] for r in HEADING_AFTER_NUMBER], ids=[r[0] for r in HEADING_AFTER_NUMBER]
)
def test_a_headings_number_after_a_line_break_is_no_part_letter(passage: str, cited: set[str]) -> None:
    res = extract_text(passage, source="r.pdf")
    assert {str(c.target) for c in res.citations if c.target} == cited
