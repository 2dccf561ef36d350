"""The largest-file limit on Word and PDF files: read in part from the file on disk (never
loaded whole), with a one-line warning naming the file and what was kept."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from rescite.cli import app
from rescite.corpus import index as ix
from rescite.read import Limits, UnreadableInput, read_document, text_of
from test_formats import make_pdf
from test_read_docx import document, docx, para

runner = CliRunner()


@pytest.fixture(autouse=True)
def _no_limits_left_behind(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("RESCITE_MAX_FILE", "RESCITE_MAX_PART", "RESCITE_TIME_BUDGET"):
        monkeypatch.setenv(var, "")
        monkeypatch.delenv(var)


def _invoke(args: list[str], **kwargs: Any) -> Any:
    result = runner.invoke(app, args, **kwargs)
    assert "Traceback" not in result.stdout + result.stderr
    return result


def _word(n: int) -> bytes:
    """A Word file of ``n`` paragraphs, each citing one resolution; stored without
    compression, so that the file is larger than its text."""
    import zipfile

    body = "".join(
        para(f"Recalling its resolution 6{i % 4}/{i + 1} of the General Assembly,") for i in range(n)
    )
    return docx({"word/document.xml": document(body)}, compression=zipfile.ZIP_STORED)


def _pdf(n: int) -> bytes:
    return make_pdf(
        [[f"Recalling its resolution 6{i % 4}/{i + 1} of the General Assembly,"] for i in range(n)]
    )


def test_a_word_file_over_the_limit_is_read_from_the_file(tmp_path: Path) -> None:
    path = tmp_path / "big.docx"
    path.write_bytes(_word(200))
    assert path.stat().st_size > 20_000
    doc = read_document(str(path), limits=Limits(max_file=4096))
    assert doc.text.count("Recalling its resolution") == 200  # the parts are read, whatever the file's size
    assert doc.warnings == [
        f"{path}: larger than the limit (0.00390625 MB); read in part from the file: its parts, "
        "each up to 64 MB (RESCITE_MAX_PART)"
    ]
    # the document part's own limit still cuts the text, and says so
    doc = read_document(str(path), limits=Limits(max_file=4096, max_part=8192))
    assert 0 < doc.text.count("Recalling its resolution") < 200
    assert (
        doc.warnings[-1]
        == f"{path}: word/document.xml is larger than the limit (0.0078125 MB); read up to it"
    )


def test_a_pdf_over_the_limit_keeps_its_first_pages(tmp_path: Path) -> None:
    path = tmp_path / "big.pdf"
    path.write_bytes(_pdf(60))
    doc = read_document(str(path), limits=Limits(max_file=2000))
    assert len(doc.text) == 2000  # up to the limit, the page that crosses it cut there
    kept = doc.text.count("\f") + 1
    assert 20 < kept < 60
    assert doc.text.startswith("Recalling its resolution 60/1 of")
    assert doc.warnings == [
        f"{path}: larger than the limit (0.00190735 MB); read in part from the file: its pages, "
        "until their text reaches the limit",
        f"{path}: text larger than the limit (0.00190735 MB; RESCITE_MAX_FILE); read up to it: "
        f"{kept} of 60 pages",
    ]
    assert [p.number for p in doc.layout.pages] == list(range(1, kept + 1))


def test_a_pdf_under_the_limit_is_read_whole_and_says_nothing() -> None:
    data = _pdf(5)
    doc = read_document(data, "small.pdf", limits=Limits(max_file=len(data) + 1))
    assert doc.text.count("Recalling") == 5 and doc.warnings == []


def test_bytes_given_whole_are_read_in_part_from_memory() -> None:
    warnings: list[str] = []
    text = text_of(_word(50), "w.docx", warn=warnings.append, limits=Limits(max_file=1024))
    assert text.count("Recalling") == 50 and len(warnings) == 1 and "read in part" in warnings[0]
    with pytest.raises(UnreadableInput, match=r"^w\.docx: cannot read Word document"):
        text_of(b"PK\x03\x04" + bytes(100), "w.docx", limits=Limits(max_file=50))  # damage stays damage


def test_extract_reads_a_big_word_file_and_refuses_one_from_standard_input(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "big.docx"
    data = _word(100)
    path.write_bytes(data)
    result = _invoke(["extract", "-f", "jsonl", "--max-file", "4K", str(path)])
    assert result.exit_code == 0
    assert result.stdout.count("\n") == 100
    assert result.stderr.splitlines() == [
        f"rescite: warning: {path}: larger than the limit (0.00390625 MB); read in part from the file: "
        "its parts, each up to 64 MB (RESCITE_MAX_PART)"
    ]
    result = _invoke(["extract", "-f", "jsonl", "--max-file", "4K", "-"], input=data)
    assert result.exit_code == 4 and result.stdout == ""
    assert result.stderr.splitlines() == [
        "rescite: -: a PDF or Word file larger than the limit (0.00390625 MB; RESCITE_MAX_FILE) cannot be "
        "read in part from standard input (its table of contents is at its end): give its path",
        "rescite: 1 of 1 file(s) could not be read",
    ]


def test_index_keeps_the_citations_of_a_big_pdf(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "big.pdf").write_bytes(_pdf(40))
    monkeypatch.setenv("RESCITE_MAX_FILE", "1K")
    db = tmp_path / "ix.db"
    result = _invoke(["index", "--db", str(db), "--jobs", "1", str(corpus)])
    assert result.exit_code == 0
    assert "read in part from the file" in result.stderr
    conn = ix.open_index(db, readonly=True)
    (count,) = conn.execute("SELECT count(*) FROM mentions").fetchone()
    conn.close()
    assert 10 < count < 40  # the pages up to the limit
