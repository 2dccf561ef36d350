"""The largest-file limit on Word and PDF files: read in part from the file on disk (never
loaded whole), with a one-line warning naming the file and what was kept."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from rescite.corpus import index as ix
from rescite.corpus import reading, schema
from rescite.read import Limits, UnreadableInput, read_document, text_of
from test_formats import make_pdf
from test_hostile_limits import invoke, mentions_per_document
from test_read_docx import document, docx, para

runner = CliRunner()


@pytest.fixture(autouse=True)
def _no_limits_left_behind(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("RESCITE_MAX_FILE", "RESCITE_MAX_PART", "RESCITE_TIME_BUDGET"):
        monkeypatch.setenv(var, "")
        monkeypatch.delenv(var)


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


def test_a_big_word_or_pdf_file_is_never_loaded_whole(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import rescite.read.text

    def no_loading(*args: Any) -> bytes:
        raise AssertionError("the whole file was loaded")

    monkeypatch.setattr(rescite.read.text, "read_bytes", no_loading)
    (tmp_path / "big.pdf").write_bytes(_pdf(10))
    (tmp_path / "big.docx").write_bytes(_word(10))
    for name in ("big.pdf", "big.docx"):
        doc = read_document(str(tmp_path / name), limits=Limits(max_file=1024))
        assert doc.text.count("Recalling") == 10 and "read in part from the file" in doc.warnings[0]


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
    result = invoke(["extract", "-f", "jsonl", "--max-file", "4K", str(path)])
    assert result.exit_code == 0
    assert result.stdout.count("\n") == 100
    assert result.stderr.splitlines() == [
        f"rescite: warning: {path}: larger than the limit (0.00390625 MB); read in part from the file: "
        "its parts, each up to 64 MB (RESCITE_MAX_PART)"
    ]
    result = invoke(["extract", "-f", "jsonl", "--max-file", "4K", "-"], input=data)
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
    result = invoke(["index", "--db", str(db), "--jobs", "1", str(corpus)])
    assert result.exit_code == 0
    assert "read in part from the file" in result.stderr
    conn = schema.open_index(db, readonly=True)
    (count,) = conn.execute("SELECT count(*) FROM mentions").fetchone()
    conn.close()
    assert 10 < count < 40  # the pages up to the limit


# ----------------------------------------------------------- index: read in part, then again


def _paragraphs(n: int) -> str:
    return "".join(
        f"Recalling its resolution 6{i % 4}/{i + 1} of the General Assembly,\n\n" for i in range(n)
    )


@pytest.mark.skipif(not hasattr(__import__("signal"), "setitimer"), reason="needs SIGALRM")
def test_index_reads_again_a_file_read_in_part_until_it_is_read_whole(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    big = corpus / "big.txt"
    big.write_text(_paragraphs(6000), encoding="utf-8")  # 400 KB: far more than a few ms of work
    (corpus / "small.txt").write_text("Recalling its resolution 70/1,", encoding="utf-8")
    db = tmp_path / "ix.db"
    monkeypatch.setenv("RESCITE_TIME_BUDGET", "0.005")
    first = invoke(["index", "--db", str(db), "--jobs", "1", str(corpus)])
    assert first.exit_code == 0
    assert f"{big}: time budget of 0.005 s reached" in first.stderr
    # (on a loaded machine the small file can run out of its 5 ms too)
    assert re.match(
        r"rescite: indexed 2 files, 2 new, 0 changed, 0 removed, [12] read in part \(tried again next run\)",
        first.stderr.splitlines()[-1],
    )
    assert mentions_per_document(db)["big.txt"] < 6000

    # the next run, with time enough, reads it again although it did not change
    monkeypatch.delenv("RESCITE_TIME_BUDGET")
    second = invoke(["index", "--db", str(db), "--jobs", "1", str(corpus)])
    assert second.exit_code == 0
    (line,) = second.stderr.splitlines()
    assert re.match(r"rescite: indexed 2 files, 0 new, ([12]) changed, 0 removed, \1 retried; ", line)
    assert mentions_per_document(db) == {"big.txt": 6000, "small.txt": 1}

    # read whole: nothing to read again
    third = invoke(["index", "--db", str(db), "--jobs", "1", str(corpus)])
    assert "retried" not in third.stderr and "read in part" not in third.stderr
    assert mentions_per_document(db) == {"big.txt": 6000, "small.txt": 1}


def test_a_read_no_better_keeps_the_part_read_before(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(_paragraphs(30), encoding="utf-8")
    db = tmp_path / "ix.db"

    def stopped_after(n: int) -> reading.Mapper:
        """Reads as ``extract_file`` does, as if the time budget ran out after ``n`` citations."""

        def mapper(func: Any, works: Any) -> Any:
            for w in works:
                r = list(func(w))
                r[7], r[10] = r[7][:n], True
                yield tuple(r)

        return mapper

    conn = schema.open_index(db)
    first = ix.refresh(conn, [corpus], mapper=stopped_after(20), retry=True)
    assert first.partial == 1 and mentions_per_document(db)["a.txt"] == 20
    worse = ix.refresh(conn, [corpus], mapper=stopped_after(5), retry=True)
    assert worse.retried == 1 and worse.partial == 1
    assert worse.warnings == [
        f"{corpus / 'a.txt'}: read in part again, 5 citation(s); the 20 citation(s) read before are kept"
    ]
    assert mentions_per_document(db)["a.txt"] == 20
    unreadable = ix.refresh(
        conn, [corpus], mapper=lambda f, ws: [("error", *w[:4], None, "gone bad") for w in ws], retry=True
    )
    assert (
        unreadable.warnings == ["gone bad; the 20 citation(s) read before are kept"]
        and unreadable.partial == 1
    )
    assert mentions_per_document(db)["a.txt"] == 20
    queries = ix.refresh(conn, [corpus])  # a query does not read it again
    assert queries.retried == 0
    whole = ix.refresh(conn, [corpus], retry=True)
    assert whole.retried == 1 and whole.partial == 0 and mentions_per_document(db)["a.txt"] == 30
    conn.close()


# ------------------------------------------------------------ the time budget on Dask workers


def _dask_refresh(db: Path, corpus: Path, address: str) -> Any:
    """A refresh of ``db`` from ``corpus`` on a Dask cluster of threads (``local:N``)."""
    from rescite.corpus import distributed

    conn = schema.open_index(db)
    try:
        with distributed.connect(address, processes=False) as mapper:
            return ix.refresh(conn, [corpus], mapper=mapper, retry=True)
    finally:
        conn.close()


def test_a_dask_worker_thread_keeps_each_files_time_budget(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pytest.importorskip("distributed")

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    big = corpus / "big.txt"
    big.write_text(_paragraphs(6000), encoding="utf-8")
    (corpus / "small.txt").write_text("Recalling its resolution 70/1,", encoding="utf-8")
    monkeypatch.setenv("RESCITE_TIME_BUDGET", "0.005")
    # one worker, one thread: the budget is kept in that thread (the stop flag is its own)
    summary = _dask_refresh(tmp_path / "one.db", corpus, "local:1")
    assert any(w.startswith(f"{big}: time budget of 0.005 s reached") for w in summary.warnings)
    assert summary.partial >= 1 and not summary.unreadable  # (the small file too, on a loaded machine)
    assert mentions_per_document(tmp_path / "one.db")["big.txt"] < 6000
    # two worker threads in one process share the flag: no budget there (each file read whole)
    summary = _dask_refresh(tmp_path / "two.db", corpus, "local:2")
    assert summary.partial == 0 and summary.warnings == []
    assert mentions_per_document(tmp_path / "two.db") == {"big.txt": 6000, "small.txt": 1}


def test_a_dask_worker_thread_gives_up_a_file_that_does_not_stop(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pytest.importorskip("distributed")
    import time

    import rescite.engine.extract

    real = rescite.engine.extract.extract_text

    def engine(text: str, source: str = "-", lang: str | None = None) -> Any:
        if "never" in text:
            while True:  # does not look at the stop flag
                time.sleep(0.01)
        return real(text, source, lang)

    monkeypatch.setattr(rescite.engine.extract, "extract_text", engine)
    (tmp_path / "a.txt").write_text("never ends", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Recalling its resolution 64/293,", encoding="utf-8")
    monkeypatch.setenv("RESCITE_TIME_BUDGET", "0.2")
    summary = _dask_refresh(tmp_path / "ix.db", tmp_path, "local:1")
    assert summary.unreadable == [
        f"{tmp_path / 'a.txt'}: over the time budget of 0.2 s and not done 1 s later ($RESCITE_TIME_BUDGET)"
    ]
    assert mentions_per_document(tmp_path / "ix.db") == {"a.txt": 0, "b.txt": 1}
