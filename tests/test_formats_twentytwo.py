"""Official files as users download them (issue 7, session 22): the text layer of a PDF that
LibreOffice made from a Word or OpenDocument file — a report's annex table whose cells the PDF
joins with one space, a note's letter glued to a resolution's number.  Every file and text is
built here; every passage is written for these tests in UN style."""

from __future__ import annotations

from pathlib import Path

import pytest

from official_files import A4_PAGE, fodt_document, fodt_p, fodt_table, libreoffice_pdfs
from rescite.engine.extract import extract_text
from rescite.read import text_of

HEAD = [
    "Annex",
    "General Assembly resolutions on the question considered in the present report",
    "Resolution Date of adoption Title",
]

# (row id, the annex's lines as a PDF's text layer gives them, the targets read from it)
GLUED_LETTER_ROWS = [
    # a note's letter glued to the number, the row's cells joined by one space, a date next
    (
        "date after",
        [
            *HEAD,
            "63/168a 18 December 2008 Moratorium on the use of the death penalty",
            "69/186 18 December 2014 Moratorium on the use of the death penalty",
            "a Adopted by a recorded vote.",
        ],
        ["A/RES/63/168", "A/RES/69/186"],
    ),
    # the date cell wrapped over two lines (the year alone on the next)
    (
        "wrapped date",
        [
            *HEAD,
            "71/187b 19 December Moratorium on the use of the",
            "2016 death penalty",
            "75/183 16 December Moratorium on the use of the",
            "2020 death penalty",
            "b Adopted without a vote.",
        ],
        ["A/RES/71/187", "A/RES/75/183"],
    ),
]


@pytest.mark.parametrize(
    ("lines", "targets"), [r[1:] for r in GLUED_LETTER_ROWS], ids=[r[0] for r in GLUED_LETTER_ROWS]
)
def test_note_letter_glued_to_a_number_in_a_pdf_row(lines: list[str], targets: list[str]) -> None:
    text = "\n".join(["A/81/207", "Report of the Secretary-General", *lines]) + "\n"
    got = sorted(c.target for c in extract_text(text).citations if c.target and "RES" in c.target)
    assert got == targets


# -- the same table, ruled, in a PDF made by LibreOffice from an OpenDocument text --------------
_STYLES = (
    """
<style:style style:name="P" style:family="paragraph">
<style:text-properties fo:font-size="11pt"/></style:style>
<style:style style:name="C" style:family="table-cell">
<style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.05cm"/></style:style>
"""
    + A4_PAGE
)


# (row id, the table's rows under its header row, the targets read from it)
LIBREOFFICE_ROWS = [
    (
        "ruled table",
        [
            ["62/154a", "18 December 2007", "Combating defamation of religions"],
            ["64/156", "18 December 2009", "Combating defamation of religions"],
        ],
        ["A/RES/62/154", "A/RES/64/156"],
    ),
]


@pytest.mark.parametrize(
    ("rows", "targets"), [r[1:] for r in LIBREOFFICE_ROWS], ids=[r[0] for r in LIBREOFFICE_ROWS]
)
def test_glued_letter_in_a_libreoffice_table(
    tmp_path: Path, rows: list[list[str]], targets: list[str]
) -> None:
    body = (
        fodt_p("A/81/219")
        + fodt_p("Report of the Secretary-General")
        + fodt_p("Annex")
        + fodt_p("General Assembly resolutions considered in the present report")
        + fodt_table([["Resolution", "Date of adoption", "Title"], *rows], "T", cell_style="C")
        + fodt_p("a Adopted by a recorded vote.")
    )
    made = libreoffice_pdfs({"doc": fodt_document(_STYLES, body)}, tmp_path)
    if not made:
        pytest.skip("LibreOffice (soffice) is not installed")
    res = extract_text(text_of(made["doc"], "doc.pdf"))
    assert sorted(c.target for c in res.citations if c.target and "RES" in c.target) == targets


# -- a session volume: a page's notes print at its foot, under the text that ends on it --------
def _text(number: int, title: str, paragraphs: list[str]) -> list[str]:
    return [
        f"81/{number}. {title}",
        "The General Assembly,",
        *paragraphs,
        "61st plenary meeting",
        "9 December 2026",
    ]


SEVENTY = _text(
    70,
    "Rural electrification and sustainable energy",
    [
        "Recalling its resolutions 72/224 of 20 December 2017 and 76/210 of 17 December 2021,¹",
        "Taking note of the report of the Secretary-General,²",
        "1. Requests the Secretary-General to report to it at its eighty-third session.",
    ],
)
SEVENTY_ONE = _text(
    71,
    "Disaster risk reduction in mountain regions",
    [
        "Recalling the Sendai Framework for Disaster Risk Reduction 2015–2030,³",
        "1. Welcomes the note by the Secretary-General (A/81/277);",
    ],
)
NOTES = ["__________________", "¹ See also A/76/308.", "² A/81/264.", "³ Resolution 69/283, annex II."]
# (row id, the volume's text, each note's first target → the text it belongs to)
VOLUME_ROWS = [
    # a PDF's page: two texts, the notes of both at the page's foot, after the second
    (
        "page foot",
        "\n".join(
            ["Resolutions adopted on the reports of the Second Committee", *SEVENTY, *SEVENTY_ONE, *NOTES]
        ),
        {"A/76/308": "A/RES/81/70", "A/81/264": "A/RES/81/70", "A/RES/69/283": "A/RES/81/71"},
    ),
    # a Word file's notes, all at its end under a rule, as the reader writes them; the markers
    # typed after a clause's comma ("2021,1")
    (
        "word notes at the end",
        "\n\n".join(
            [
                "Resolutions adopted on the reports of the Second Committee",
                *[x.replace("¹", "1").replace("²", "2") for x in SEVENTY],
                *SEVENTY_ONE,
                *_text(72, "Sustainable tourism", ["Recalling its resolution 77/178 of 14 December 2022,"]),
                "\n".join(x.replace("¹", "1").replace("²", "2").replace("³", "3") for x in NOTES),
            ]
        ),
        {"A/76/308": "A/RES/81/70", "A/81/264": "A/RES/81/70", "A/RES/69/283": "A/RES/81/71"},
    ),
    # notes numbered again in each text: the second text's "¹" is its own, the first's "²" the
    # first's (the first's "¹", under the same number as the second's, stays with the second)
    (
        "numbers start again",
        "\n".join(
            [
                "Resolutions adopted on the reports of the Third Committee",
                *_text(90, "Literacy for life", ["Recalling its resolution 76/140,¹", "Noting the report,²"]),
                *_text(91, "Rights of older persons", ["Recalling its resolution 77/190,¹"]),
                "__________________",
                "¹ See also A/76/405.",
                "² A/81/187.",
                "¹ See also A/77/463.",
            ]
        ),
        {"A/81/187": "A/RES/81/90", "A/77/463": "A/RES/81/91", "A/RES/77/190": "A/RES/81/91"},
    ),
    # a report's own words before its first decision: a note of theirs at the foot of the page
    # on which the first decision starts is the report's
    (
        "report's narrative",
        "\n".join(
            [
                "FCCC/CP/2026/9/Add.1",
                "Report of the Conference of the Parties on its thirty-first session",
                "Addendum",
                "The decisions adopted at the session are listed in the annex to the report.¹",
                "Decision 1/CP.31",
                "Cooperation on adaptation in coastal zones",
                "The Conference of the Parties,",
                "Recalling decision 2/CP.30,",
                "1. Invites Parties to submit their views by 31 March 2027.",
                "__________________",
                "¹ See also FCCC/CP/2026/L.3.",
            ]
        ),
        {"FCCC/CP/DEC/30/2": "FCCC/CP/DEC/31/1", "FCCC/CP/2026/L.3": "FCCC/CP/2026/9/Add.1"},
    ),
]


@pytest.mark.parametrize(("text", "homes"), [r[1:] for r in VOLUME_ROWS], ids=[r[0] for r in VOLUME_ROWS])
def test_a_volume_note_is_read_in_the_text_of_its_marker(text: str, homes: dict[str, str]) -> None:
    res = extract_text(text)
    got: dict[str | None, str | None] = {c.target: c.source_id for c in res.citations}
    assert {t: got.get(t) for t in homes} == homes
    # the texts' own citations stay theirs
    assert {c.source_id for c in res.citations if c.target == "A/RES/77/178"} <= {"A/RES/81/72"}


# -- a volume's page break inside a text, its notes block and the job number and page between ----
def _break_rows() -> list[tuple[str, str, dict[str, str]]]:
    first = [
        "Resolution 81/73",
        "Sustainable mountain development",
        "The General Assembly,",
        "Recalling its resolution 78/201 of 19 December 2023,",
        "1. Takes note of the report of the Secretary-General (A/81/229);¹",
        "63rd plenary meeting",
        "11 December 2026",
        "Resolution 81/74",
        "Agricultural development and food security",
        "The General Assembly,",
        "Reaffirming its resolution 79/214 of 19 December 2024,",
    ]
    notes = ["__________________", "¹ A/81/229, sect. III."]
    second = [
        "Noting the decisions 3/CP.29 and 2/CMA.6 of the Conference of the Parties,",
        "1. Welcomes the outcome contained in document A/81/L.37;",
        "63rd plenary meeting",
        "11 December 2026",
    ]
    homes = {"FCCC/CP/DEC/29/3": "A/RES/81/74", "A/81/L.37": "A/RES/81/74", "A/RES/78/201": "A/RES/81/73"}
    return [
        # the job number and the page's number on one line at each page's foot
        (
            "job and page",
            "\n".join([*first, *notes, "26-05512 7"]) + "\f" + "\n".join([*second, "26-05512 8"]),
            homes,
        ),
        # … the page's number first, as an even page prints it
        (
            "page and job",
            "\n".join([*first, *notes, "8 26-05512"]) + "\f" + "\n".join([*second, "9 26-05512"]),
            homes,
        ),
    ]


BREAK_ROWS = _break_rows()


@pytest.mark.parametrize(("text", "homes"), [r[1:] for r in BREAK_ROWS], ids=[r[0] for r in BREAK_ROWS])
def test_a_page_break_inside_a_volume_text(text: str, homes: dict[str, str]) -> None:
    res = extract_text(text)
    got: dict[str | None, tuple[str | None, str | None]] = {
        c.target: (c.source_id, c.section) for c in res.citations
    }
    assert {t: got.get(t, (None, None))[0] for t in homes} == homes
    assert got["FCCC/CP/DEC/29/3"][1] == "preamble"


# -- a big volume read on the pool: its notes put in their texts as a serial read puts them ------
def _big_volume(n: int) -> str:
    def sup(k: int) -> str:
        return str(k).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))

    texts = [
        "\n".join(
            _text(
                100 + i,
                f"Cooperation on question {i}",
                [
                    f"Recalling its resolution 60/{i} of 9 November 2005,{sup(2 * i - 1)}",
                    f"Noting the report,{sup(2 * i)}",
                ],
            )
        )
        for i in range(1, n + 1)
    ]
    # each page's notes at its foot, under the next text (numbered on through the volume)
    pages = [
        texts[i]
        + (
            f"\n__________________\n{sup(2 * i - 1)} A/80/{300 + i}.\n{sup(2 * i)} A/81/{300 + i}."
            if i
            else ""
        )
        for i in range(n)
    ]
    return "Resolutions adopted on the reports of the Sixth Committee\n" + "\n".join(pages) + "\n"


@pytest.mark.parametrize("fmt", ["jsonl", None])
def test_a_big_volume_with_notes_is_read_as_serially(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str | None
) -> None:
    from rescite.corpus import run
    from rescite.render import records

    volume = tmp_path / "volume.txt"
    volume.write_text(_big_volume(30), encoding="utf-8")
    render = records.RECORD_TEXT[fmt] if fmt else None
    serial = list(run.extract_files([str(volume)], render=render, jobs=1))
    monkeypatch.setattr(run, "BIG_FILE", 1000)
    monkeypatch.setattr(run, "PIECES_CHARS", 700)
    join = records.RECORD_JOIN.get(render, "") if render else ""
    pooled = list(run.extract_files([str(volume)], render=render, jobs=2, join=join))
    assert pooled == serial
    if fmt is None:
        homes: dict[str | None, str | None] = {c.target: c.source_id for c in serial[0].citations}
        assert homes["A/81/305"] == "A/RES/81/105"  # the ¹⁰ under 81/106 is 81/105's
