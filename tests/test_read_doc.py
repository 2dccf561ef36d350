"""Word 97-2003 (.doc) files: compound files built byte by byte (tests/doc_files.py), as [MS-CFB] and
[MS-DOC] describe them (a FIB, a piece table, 8-bit and UTF-16 pieces, stories, fields)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from doc_files import compound_file, word_97
from rescite.cli import app
from rescite.engine.extract import extract_text
from rescite.read import UnreadableInput, read_document, text_of

runner = CliRunner()

BODY = (
    "The General Assembly,\r"
    "Recalling its resolution 70/1 of 25 September 2015,\x02\r"
    # a hyperlink field: its address is an instruction, its shown text the result
    'Recalling also \x13 HYPERLINK "https://undocs.org/A/RES/71/9" \x14its resolution 71/5\x15 of 2016,\r'
    "Resolution\x07Date of adoption\x07\x07"
    "79/210\x0719 December 2024\x07\x07"
    "1.\tRequests the Secretary\x1eGeneral to report on the matter.\r"
)
FOOTNOTES = "\x02 United Nations, Treaty Series, vol. 2225, No. 39574.\r\r"
HEADERS = "\x03\r\x04\r\r\x13 PAGE \x142\x15\rA/RES/80/5\r\r"


def test_doc_text_as_the_page_shows_it() -> None:
    data = word_97([BODY, FOOTNOTES, HEADERS])
    doc = read_document(data, "r.doc")
    assert doc.format == "doc"
    text = doc.text
    assert text.startswith(
        "A/RES/80/5\n\nThe General Assembly,\n\n"
    )  # the header first, its page number left out
    assert "Recalling its resolution 70/1 of 25 September 2015,1\n\n" in text
    assert "Recalling also its resolution 71/5 of 2016," in text and "undocs" not in text
    assert "\n\nResolution | Date of adoption\n\n79/210 | 19 December 2024\n\n" in text
    assert "1.\tRequests the Secretary-General to report" in text
    assert text.endswith("_______________\n1 United Nations, Treaty Series, vol. 2225, No. 39574.\n")
    assert [(n.kind, n.number, text[n.start : n.end][:3]) for n in doc.layout.notes] == [
        ("footnote", 1, "1 U")
    ]


def test_doc_citations() -> None:
    result = extract_text(text_of(word_97([BODY, FOOTNOTES, HEADERS]), "r.doc"))
    assert result.document.source_id == "A/RES/80/5"
    targets = {c.target for c in result.citations}
    assert {"A/RES/70/1", "A/RES/71/5", "A/RES/79/210", "UNTS/2225/39574"} <= targets
    assert "A/RES/71/9" not in targets  # the hyperlink's address is not text


def test_doc_unicode_piece_and_property_symbol() -> None:
    body = "L'Assemblée générale,\rRappelant sa résolution 70/1 du 25 septembre 2015,\r"
    data = word_97([body], unicode_from=body.index("Rappelant"), title="A/RES/80/6")
    text = text_of(data, "r.doc")
    assert "Rappelant sa résolution 70/1 du 25 septembre 2015," in text
    # no header, no masthead: the symbol the properties hold stands where a masthead would
    assert text.startswith("A/RES/80/6\n\n")
    result = extract_text(text)
    assert result.document.source_id == "A/RES/80/6"
    assert [(c.target, c.date) for c in result.citations] == [("A/RES/70/1", "2015-09-25")]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (compound_file({"Workbook": b"x"}), r"^r\.doc: a compound file \(OLE2\), not a Word document$"),
        (word_97(["text\r"], n_fib=0x0065), r"^r\.doc: a Word 6 or Word 95 document"),
        (word_97(["text\r"], flags=0x0300), r"^r\.doc: encrypted Word document; not read$"),
        (bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 100, r"^r\.doc: cannot read Word 97-2003 document"),
    ],
)
def test_doc_that_cannot_be_read(data: bytes, message: str) -> None:
    with pytest.raises(UnreadableInput, match=message):
        text_of(data, "r.doc")


def test_doc_cut_short_is_one_line(tmp_path: Path) -> None:
    data = word_97([BODY, FOOTNOTES, HEADERS])
    (tmp_path / "cut.doc").write_bytes(data[: len(data) // 2])
    (tmp_path / "good.doc").write_bytes(data)
    result = runner.invoke(app, ["extract", "--format", "jsonl", str(tmp_path)])
    assert result.exit_code == 4
    assert "A/RES/70/1" in result.stdout  # the good file is read
    errors = [line for line in result.stderr.splitlines() if "cut.doc" in line]
    assert len(errors) == 1 and "Traceback" not in result.stderr


def test_doc_text_stops_at_the_limit() -> None:
    from rescite.read import Limits
    from rescite.read.doc import read_doc

    body = "Recalling its resolution 70/1,\r" * 20
    doc = read_doc(word_97([body]), "r.doc", Limits(max_file=100))
    assert len(doc.text) < 200
    assert doc.warnings == [
        "r.doc: text longer than the limit (100 characters; RESCITE_MAX_FILE); read up to it"
    ]


def test_doc_over_the_file_limit_is_refused() -> None:
    from rescite.read import Limits

    with pytest.raises(UnreadableInput, match=r"^r\.doc: a Word 97-2003 file larger than the limit"):
        read_document(word_97(["Recalling its resolution 70/1,\r"]), "r.doc", limits=Limits(max_file=1000))


def test_damaged_doc_files_give_one_line_never_a_traceback() -> None:
    import random

    base = word_97([BODY, FOOTNOTES, HEADERS], title="A/RES/80/5")
    rng = random.Random(5)
    read = failed = 0
    for _ in range(300):
        data = bytearray(base)
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        if rng.random() < 0.2:
            data = data[: rng.randrange(len(data))]
        try:
            doc = read_document(bytes(data), "f.doc")
        except UnreadableInput as exc:
            assert str(exc).startswith("f.doc: ") and "\n" not in str(exc)
            failed += 1
        else:
            extract_text(doc.text)
            read += 1
    assert read and failed  # both kinds of damage were met


# -- list numbers drawn by the list formatting ------------------------------------------------
OPERATIVE = (
    "The General Assembly,\r"
    "Recalling its resolution 70/1,\r"
    "Decides to continue its work, in accordance with resolution 71/1;\r"
    "Requests the Secretary-General:\r"
    "To report on resolution 72/1;\r"
    "To consult Member States;\r"
    "Decides to remain seized of the matter.\r"
)
NUMBERED = [
    "The General Assembly,",
    "Recalling its resolution 70/1,",
    "{0}. Decides to continue its work, in accordance with resolution 71/1;",
    "{1}. Requests the Secretary-General:",
    "(a) To report on resolution 72/1;",
    "(b) To consult Member States;",
    "{2}. Decides to remain seized of the matter.",
]
NONE, L0, L1 = (0, None, None), (0, 1, 0), (0, 1, 1)
LISTS = {
    "the paragraphs' own list and level": (dict(lists=[NONE, NONE, L0, L0, L1, L1, L0]), (1, 2, 3)),
    "a numbered style, its level overridden": (
        dict(
            lists=[NONE, NONE, (1, None, None), (1, None, None), (1, None, 1), (1, None, 1), (1, None, None)],
            styles=[(0xFFF, None, None), (0, 1, 0)],
        ),
        (1, 2, 3),
    ),
    "a style based on a numbered one": (
        dict(
            lists=[NONE, NONE, (2, None, None), (2, None, None), L1, L1, (2, None, None)],
            styles=[(0xFFF, None, None), (0, 1, 0), (1, None, None)],
        ),
        (1, 2, 3),
    ),
    "a list that starts at 5": (
        dict(lists=[NONE, NONE, (0, 1, 0), (0, 1, 0), (0, 1, 1), (0, 1, 1), (0, 1, 0)], overrides=[5]),
        (5, 6, 7),
    ),
}


@pytest.mark.parametrize(("props", "numbers"), list(LISTS.values()), ids=list(LISTS))
def test_doc_list_numbers(props: dict[str, object], numbers: tuple[int, int, int]) -> None:
    text = text_of(word_97([OPERATIVE], **props), "r.doc")  # type: ignore[arg-type]
    assert text.strip().split("\n\n") == [p.format(*numbers) for p in NUMBERED]
    if numbers[0] == 1:  # the operative part of a resolution: numbered from 1
        res = extract_text(text)
        assert [(c.target, c.section, c.paragraph) for c in res.citations] == [
            ("A/RES/70/1", "preamble", None),
            ("A/RES/71/1", "operative", "1"),
            ("A/RES/72/1", "operative", "2 (a)"),
        ]


def test_doc_without_list_properties_keeps_its_text() -> None:
    text = text_of(word_97([OPERATIVE], lists=[NONE] * 7), "r.doc")
    assert text.strip().split("\n\n") == [
        p.split(". ", 1)[-1] if "{" in p else p.split(") ", 1)[-1] for p in NUMBERED
    ]


def test_damaged_list_tables_leave_the_text_with_a_warning() -> None:
    data = bytearray(word_97([OPERATIVE], lists=[NONE, NONE, L0, L0, L1, L1, L0]))
    at = data.index(b"\x01\x00\x64\x00\x00\x00")  # the list table: one list, its id
    data[at : at + 2] = b"\x7f\x00"  # 127 lists where there is one
    doc = read_document(bytes(data), "r.doc")
    assert "Decides to continue" in doc.text
    assert any("list numbers not read" in w for w in doc.warnings)
