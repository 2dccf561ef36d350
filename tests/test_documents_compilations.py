"""Compilations: a file holding several adopted texts is read text by text.

Every passage here is written for these tests in the style of UN texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rescite.cli.app import app
from rescite.corpus import index as ix
from rescite.corpus import schema
from rescite.engine.extract import extract_text
from rescite.engine.parts import compilation_parts
from rescite.models import ExtractResult

# -- three texts of a session volume (no mastheads: headings only) ----------------------------
VOLUME_TEXTS = [
    "81/14. Literacy for all in rural areas\n\n"
    "The General Assembly,\n\n"
    "Recalling its resolutions 60/13 of 9 November 2005 and 62/21 of 14 December 2007,\n\n"
    "1. Requests the Secretary-General to report on the matter (A/81/301);\n\n"
    "52nd plenary meeting\n10 December 2026\n",
    "81/15. Safety of humanitarian personnel on inland waterways\n\n"
    "The General Assembly,\n\n"
    "Reaffirming Security Council resolution 2222 (2015),\n\n"
    "1. Welcomes the report of the Secretary-General;\n\n"
    "52nd plenary meeting\n10 December 2026\n",
    "81/16. Cooperation with the regional commissions\n\n"
    "The General Assembly,\n\n"
    "Recalling its resolution 81/14 of 10 December 2026,\n\n"
    "1. Decides to consider the question at its eighty-second session.\n\n"
    "53rd plenary meeting\n11 December 2026\n",
]
VOLUME_HEAD = "Resolutions adopted by the General Assembly during its eighty-first session\n\n"


def _records(res: ExtractResult) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(c.source_id, c.target, c.date, c.part) for c in res.citations]


def test_a_session_volume_is_read_text_by_text() -> None:
    text = VOLUME_HEAD + "\n".join(VOLUME_TEXTS)
    res = extract_text(text, "volume.txt")
    assert _records(res) == [
        ("A/RES/81/14", "A/RES/60/13", "2005-11-09", "81/14"),
        ("A/RES/81/14", "A/RES/62/21", "2007-12-14", "81/14"),
        ("A/RES/81/14", "A/81/301", None, "81/14"),
        ("A/RES/81/15", "S/RES/2222(2015)", None, "81/15"),
        ("A/RES/81/16", "A/RES/81/14", "2026-12-10", "81/16"),
    ]
    assert [(d.source_id, d.part) for d in res.parts] == [
        ("A/RES/81/14", "81/14"),
        ("A/RES/81/15", "81/15"),
        ("A/RES/81/16", "81/16"),
    ]
    for c in res.citations:
        assert text[c.start : c.end] == c.text


def test_one_file_gives_the_same_citations_as_one_file_per_text() -> None:
    text = VOLUME_HEAD + "\n".join(VOLUME_TEXTS)
    joined = extract_text(text)
    offset = len(VOLUME_HEAD)
    expected = []
    for piece in VOLUME_TEXTS:
        for c in extract_text(piece).citations:
            expected.append((c.source_id, c.target, c.date, c.section, c.paragraph, c.verb, c.start + offset))
        offset += len(piece) + 1
    got = [(c.source_id, c.target, c.date, c.section, c.paragraph, c.verb, c.start) for c in joined.citations]
    assert got == expected


# -- texts with their mastheads, as when official files are put one after another -------------
def _official(symbol: str, number: str, title: str, body: str) -> str:
    return (
        f"United Nations\n{symbol}\n\nGeneral Assembly\nDistr.: General\n12 December 2026\n\n"
        f"Eighty-first session\nAgenda item 20\n\n"
        f"Resolution adopted by the General Assembly on 10 December 2026\n\n"
        f"[without reference to a Main Committee (A/81/L.{number.split('/')[1]})]\n\n"
        f"{number}. {title}\n\nThe General Assembly,\n\n{body}\n\n52nd plenary meeting\n10 December 2026\n"
    )


def test_official_texts_one_after_another_each_keep_their_masthead_and_draft() -> None:
    a = _official("A/RES/81/20", "81/20", "Ocean science", "Recalling its resolution 79/271,")
    b = _official("A/RES/81/21", "81/21", "Desert locusts", "Noting resolution 80/107,")
    text = a + b
    parts = compilation_parts(text)
    assert [(p.start, p.heading) for p in parts] == [
        (len("United Nations\n"), "81/20"),
        (len(a) + 15, "81/21"),
    ]
    got = [(c.source_id, c.target) for c in extract_text(text).citations]
    assert got == [
        ("A/RES/81/20", "A/81/L.20"),
        ("A/RES/81/20", "A/RES/79/271"),
        ("A/RES/81/21", "A/81/L.21"),
        ("A/RES/81/21", "A/RES/80/107"),
    ]


def test_a_running_header_of_the_text_before_does_not_open_the_next_text() -> None:
    # texts cut from their files at their headings, running headers left in the text
    first = (
        "81/40. Inland water transport\n\nThe General Assembly,\n\n"
        "Recalling its resolution 60/13,\n\nA/RES/81/40\nInland water transport\n\n"
        "1. Requests a report (A/82/100).\n\n"
    )
    second = "81/41. Desert locusts\n\nThe General Assembly,\n\nNoting resolution 80/107,\n"
    got = [(c.source_id, c.target, c.part) for c in extract_text(first + second).citations]
    assert got == [
        ("A/RES/81/40", "A/RES/60/13", "81/40"),
        ("A/RES/81/40", "A/82/100", "81/40"),
        ("A/RES/81/41", "A/RES/80/107", "81/41"),
    ]


# -- old sessions, keyword headings, other bodies ---------------------------------------------
def test_old_session_volume_with_roman_numbers() -> None:
    text = (
        "1601 (XV). Question of the future of a Trust Territory\n\n"
        "The General Assembly,\n\nRecalling its resolution 1514 (XV) of 14 December 1960,\n\n"
        "1602 (XV). Assistance to refugees\n\n"
        "The General Assembly,\n\nNoting resolution 428 (V) of 14 December 1950,\n"
    )
    got = [(c.source_id, c.target, c.part) for c in extract_text(text).citations]
    assert got == [
        ("A/RES/1601(XV)", "A/RES/1514(XV)", "1601 (XV)"),
        ("A/RES/1602(XV)", "A/RES/428(V)", "1602 (XV)"),
    ]


@pytest.mark.parametrize(
    ("title", "own", "narrative"),
    [
        # the report's title closed by its own symbol on the first line: the file's own id, which
        # the narrative before the first text belongs to (the symbol no citation of itself)
        ("Report of the Human Rights Council on its fourth session (A/HRC/4/123)", "A/HRC/4/123", []),
        # a title without its symbol: no own id, the narrative outside any part
        ("Report of the Human Rights Council on its fourth session", None, []),
        # the symbol in a sentence under the title: cited, no own id
        (
            "Report of the Human Rights Council on its fourth session\n\nSee document A/HRC/4/123.",
            None,
            [(None, "A/HRC/4/123", None)],
        ),
    ],
)
def test_keyword_headings_of_a_council_session(
    title: str, own: str | None, narrative: list[tuple[str | None, str, str | None]]
) -> None:
    text = (
        f"{title}\n\n"
        "The session was opened on 12 March; see also document A/HRC/4/1.\n\n"
        "Resolution 4/1\n\nFreedom of expression online\n\n"
        "The Human Rights Council,\n\nRecalling its resolution 3/2,\n\n"
        "Resolution 4/2\n\nRight to water\n\n"
        "The Human Rights Council,\n\nRecalling General Assembly resolution 64/292,\n"
    )
    got = [(c.source_id, c.target, c.part) for c in extract_text(text).citations]
    # the narrative before the first text is the file's own, outside any part
    assert got == [
        *narrative,
        (own, "A/HRC/4/1", None),
        ("A/HRC/RES/4/1", "A/HRC/RES/3/2", "Resolution 4/1"),
        ("A/HRC/RES/4/2", "A/RES/64/292", "Resolution 4/2"),
    ]


# -- never split a single text -----------------------------------------------------------------
SINGLE = [
    # a recalled heading on a line of its own is not a text: no adopting body's line follows
    "81/30. Road safety\n\nThe General Assembly,\n\nRecalling its resolution\n"
    "74/299. Improving global road safety, of 31 August 2020,\n\n1. Welcomes the report.\n",
    # an annex reproducing another body's decision in a text with a masthead
    "United Nations\nA/RES/81/31\n\n81/31. Crime prevention\n\nThe General Assembly,\n\n"
    "1. Takes note of the decision below.\n\nAnnex\n\nDecision 9/1\n\n"
    "The Conference of the Parties to the United Nations Convention against Transnational "
    "Organized Crime,\n\nRecalling its decision 8/2,\n",
    # running headers of the same text, and a sentence that opens with the body's name
    "United Nations\nA/RES/81/32\n\n81/32. Oceans\n\nThe General Assembly,\n\n"
    "Recalling its resolution 79/271,\n\nA/RES/81/32\nOceans\n\n"
    "Noting that\nThe General Assembly, at its eightieth session, took note of A/80/70,\n\n"
    "A/RES/81/32\nOceans\n\n1. Decides to remain seized of the matter.\n",
    # one text: its masthead and heading
    _official("A/RES/81/20", "81/20", "Ocean science", "Recalling its resolution 79/271,"),
]


@pytest.mark.parametrize("text", SINGLE)
def test_a_single_text_is_never_split(text: str) -> None:
    assert compilation_parts(text) == []
    assert all(c.part is None for c in extract_text(text).citations)


# -- the record field, the CLI and the graph ---------------------------------------------------
def test_the_part_field_in_jsonl(tmp_path: Path) -> None:
    f = tmp_path / "volume.txt"
    f.write_text(VOLUME_HEAD + "\n".join(VOLUME_TEXTS), encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", "--format", "jsonl", str(f)])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r["part"] for r in records] == ["81/14", "81/14", "81/14", "81/15", "81/16"]
    single = tmp_path / "one.txt"
    single.write_text(VOLUME_TEXTS[0], encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", "--format", "jsonl", str(single)])
    assert {json.loads(line)["part"] for line in result.output.splitlines()} == {None}


def test_the_graph_of_a_compilation_has_one_citing_node_per_text(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "volume.txt").write_text(VOLUME_HEAD + "\n".join(VOLUME_TEXTS), encoding="utf-8")
    conn = schema.open_index(tmp_path / "index.sqlite")
    ix.refresh(conn, [corpus], jobs=1)
    edges = sorted(
        tuple(r)
        for r in conn.execute(
            "SELECT s.id, t.id FROM edges JOIN nodes s ON s.node = citing JOIN nodes t ON t.node = cited"
        )
    )
    assert edges == [
        ("A/RES/81/14", "A/81/301"),
        ("A/RES/81/14", "A/RES/60/13"),
        ("A/RES/81/14", "A/RES/62/21"),
        ("A/RES/81/15", "S/RES/2222(2015)"),
        ("A/RES/81/16", "A/RES/81/14"),
    ]
    in_corpus = {r[0] for r in conn.execute("SELECT id FROM nodes WHERE in_corpus = 1")}
    assert {"A/RES/81/14", "A/RES/81/15", "A/RES/81/16"} <= in_corpus


def _docx(paragraphs: list[str]) -> bytes:
    import io
    import zipfile
    from xml.sax.saxutils import escape

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>' for p in paragraphs)
    document = f'<?xml version="1.0"?><w:document xmlns:w="{w}"><w:body>{body}</w:body></w:document>'
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", document)
    return buf.getvalue()


def test_a_word_compilation_of_three_texts() -> None:
    from rescite.read import text_of

    paragraphs = [line for piece in VOLUME_TEXTS for line in piece.split("\n") if line.strip()]
    text = text_of(_docx([VOLUME_HEAD.strip(), *paragraphs]), "volume.docx")
    got = [(c.source_id, c.target, c.part) for c in extract_text(text).citations]
    assert got == [
        ("A/RES/81/14", "A/RES/60/13", "81/14"),
        ("A/RES/81/14", "A/RES/62/21", "81/14"),
        ("A/RES/81/14", "A/81/301", "81/14"),
        ("A/RES/81/15", "S/RES/2222(2015)", "81/15"),
        ("A/RES/81/16", "A/RES/81/14", "81/16"),
    ]


# -- compilations whose paragraphs stand on lines of their own, no blank line between them ------
# (a PDF's text layer when the paragraphs are set apart by spacing, a Word file converted from it)
def _dense(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if line.strip())


@pytest.mark.parametrize("between", ["\n", "\f"])
def test_official_texts_without_blank_lines_each_keep_their_own(between: str) -> None:
    # each text on pages of its own ("\f"), or run on after the one before ("\n")
    texts = [
        _official(
            "A/RES/81/20", "81/20", "Ocean science", "Recalling its resolution 79/271 of 9 December 2024,"
        ),
        _official("A/RES/81/21", "81/21", "Desert locusts", "Noting resolution 80/107,"),
        _official("A/RES/81/22", "81/22", "Inland waterways", "Recalling its resolution 81/20,"),
    ]
    text = between.join(_dense(t) for t in texts)
    assert [p.heading for p in compilation_parts(text)] == ["81/20", "81/21", "81/22"]
    got = [(c.source_id, c.target, c.date) for c in extract_text(text).citations]
    assert got == [
        ("A/RES/81/20", "A/81/L.20", None),
        ("A/RES/81/20", "A/RES/79/271", "2024-12-09"),
        ("A/RES/81/21", "A/81/L.21", None),
        ("A/RES/81/21", "A/RES/80/107", None),
        ("A/RES/81/22", "A/81/L.22", None),
        ("A/RES/81/22", "A/RES/81/20", None),
    ]


def test_a_body_line_without_its_comma_right_under_the_title() -> None:
    # "The General Assembly⏎Adopts the following declaration:" with no blank line above or below
    texts = [
        "81/30. Political declaration on inland water transport\nThe General Assembly\n"
        "Adopts the following political declaration, recalling its resolution 80/12:\n",
        "81/31. Cooperation on desert locusts\nThe General Assembly,\nRecalling its resolution 79/5,\n",
    ]
    text = VOLUME_HEAD + "".join(texts)
    assert [p.heading for p in compilation_parts(text)] == ["81/30", "81/31"]
    got = [(c.source_id, c.target) for c in extract_text(text).citations]
    assert got == [("A/RES/81/30", "A/RES/80/12"), ("A/RES/81/31", "A/RES/79/5")]


# -- a conference's report with its coded decisions, each opened by the body's short name -------
CODED = [
    (
        "en",
        "United Nations FCCC/CP/2027/11/Add.1\n\nDistr.: General\n\nConference of the Parties\n\n"
        "Report of the Conference of the Parties on its thirty-second session\n\nAddendum\n\n"
        "Decisions adopted by the Conference of the Parties\n\n"
        "Decision 1/CP.32\n\nTechnology framework\n\nThe Conference of the Parties,\n\n"
        "Recalling decisions 13/CP.21 and 2/CP.30,\n\nNoting General Assembly resolution 79/204,\n\n"
        "1. Welcomes the progress made;\n\n"
        "Decision 2/CP.32\n\nGender and climate change\n\nThe Conference of the Parties,\n\n"
        "Recalling decision 3/CP.25,\n\n1. Decides to continue its consideration;\n",
    ),
    (
        "fr",
        "Nations Unies FCCC/CP/2027/11/Add.1\n\nDistr. générale\n\nConférence des Parties\n\n"
        "Rapport de la Conférence des Parties sur sa trente-deuxième session\n\nAdditif\n\n"
        "Décisions adoptées par la Conférence des Parties\n\n"
        "Décision 1/CP.32\n\nCadre technologique\n\nLa Conférence des Parties,\n\n"
        "Rappelant les décisions 13/CP.21 et 2/CP.30,\n\n"
        "Prenant note de la résolution 79/204 de l'Assemblée générale,\n\n"
        "1. Se félicite des progrès accomplis;\n\n"
        "Décision 2/CP.32\n\nÉgalité des sexes et changements climatiques\n\nLa Conférence des Parties,\n\n"
        "Rappelant la décision 3/CP.25,\n\n1. Décide de poursuivre l'examen de la question;\n",
    ),
    (
        "es",
        "Naciones Unidas FCCC/CP/2027/11/Add.1\n\nDistr. general\n\nConferencia de las Partes\n\n"
        "Informe de la Conferencia de las Partes sobre su 32º período de sesiones\n\nAdición\n\n"
        "Decisiones adoptadas por la Conferencia de las Partes\n\n"
        "Decisión 1/CP.32\n\nMarco tecnológico\n\nLa Conferencia de las Partes,\n\n"
        "Recordando las decisiones 13/CP.21 y 2/CP.30,\n\n"
        "Tomando nota de la resolución 79/204 de la Asamblea General,\n\n"
        "1. Acoge con beneplácito los progresos realizados;\n\n"
        "Decisión 2/CP.32\n\nGénero y cambio climático\n\nLa Conferencia de las Partes,\n\n"
        "Recordando la decisión 3/CP.25,\n\n1. Decide seguir examinando la cuestión;\n",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CODED, ids=[c[0] for c in CODED])
def test_a_conference_report_is_read_decision_by_decision(lang: str, text: str) -> None:
    """Each coded decision of the report is a text of its own, the source of what it cites,
    though its body's line gives only the short name: the code names the body."""
    got = [(c.source_id, c.target, c.part) for c in extract_text(text, lang=lang).citations]
    first = next(p.heading for p in compilation_parts(text, lang))
    second = [p.heading for p in compilation_parts(text, lang)][1]
    assert got == [
        ("FCCC/CP/DEC/32/1", "FCCC/CP/DEC/21/13", first),
        ("FCCC/CP/DEC/32/1", "FCCC/CP/DEC/30/2", first),
        ("FCCC/CP/DEC/32/1", "A/RES/79/204", first),
        ("FCCC/CP/DEC/32/2", "FCCC/CP/DEC/25/3", second),
    ]
