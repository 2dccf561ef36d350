"""Limits reached: a one-line warning naming the file, and what was read or found by then
kept — the time budget (engine and PDF pages), the largest file and the longest range, in
`extract` and in `index`."""

from __future__ import annotations

import io
import signal
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import rescite.engine.find_base
import rescite.engine.find_codes
import rescite.engine.find_numbers
from rescite.cli import app
from rescite.corpus import schema
from rescite.corpus.limits import OverBudget, time_limit
from rescite.read.stop import STOP
from test_formats import make_pdf

runner = CliRunner()
needs_alarm = pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs SIGALRM")


@pytest.fixture(autouse=True)
def _no_limits_left_behind(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("RESCITE_MAX_FILE", "RESCITE_TIME_BUDGET", "RESCITE_MAX_RANGE", "RESCITE_MAX_MENTIONS"):
        monkeypatch.setenv(var, "")
        monkeypatch.delenv(var)


def invoke(args: list[str], **kwargs: Any) -> Any:
    """The command line's result, checked to hold no traceback."""
    result = runner.invoke(app, args, **kwargs)
    assert "Traceback" not in result.stdout + result.stderr
    return result


def mentions_per_document(db: Path) -> dict[str, int]:
    """How many mentions the index at ``db`` holds for each document (by its relative path)."""
    conn = schema.open_index(db, readonly=True)
    rows = dict(
        conn.execute(
            "SELECT d.rel, count(m.doc) FROM documents d LEFT JOIN mentions m ON m.doc = d.rowid "
            "GROUP BY d.rel"
        ).fetchall()
    )
    conn.close()
    return rows


def _slow_keywords(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each number's keyword takes 5 ms to read: 400 of them take 2 s."""
    real = rescite.engine.find_base.keyword_before

    def slow(*args: Any) -> Any:
        time.sleep(0.005)
        return real(*args)

    for module in (rescite.engine.find_codes, rescite.engine.find_numbers):
        monkeypatch.setattr(module, "keyword_before", slow)


def _many(n: int) -> str:
    return "".join(
        f"Recalling its resolution 6{i % 4}/{i + 1} of the General Assembly,\n\n" for i in range(n)
    )


# ------------------------------------------------------------------------------- time budget


@needs_alarm
def test_the_flag_is_raised_at_the_budget_and_the_file_given_up_after_the_grace() -> None:
    with time_limit(0.05) as clock:
        deadline = time.monotonic() + 5
        while not STOP.on and time.monotonic() < deadline:
            time.sleep(0.005)
        assert STOP.on and clock.ran_out
    assert not STOP.on  # the next file starts afresh
    with pytest.raises(OverBudget), time_limit(0.05):  # never stops: given up 1 s later
        time.sleep(5)


@pytest.fixture
def warm_tables(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every language's rule tables built before a budget is set, in a cache folder of the
    test's own: a short text whose language is not sure builds them all, which on an empty
    cache takes longer than a budget of a few tenths of a second (whatever the user's cache
    holds, the test starts from an empty one)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
    warm = tmp_path_factory.mktemp("warm")
    (warm / "short.txt").write_text("Recalling its resolution 71/5,", encoding="utf-8")
    result = invoke(["extract", "-f", "jsonl", str(warm)])
    assert result.exit_code == 0 and "A/RES/71/5" in result.stdout


@needs_alarm
def test_extract_keeps_what_was_found_when_the_budget_runs_out(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, warm_tables: None
) -> None:
    _slow_keywords(monkeypatch)
    slow = tmp_path / "slow.txt"
    slow.write_text(_many(400), encoding="utf-8")
    (tmp_path / "quick.txt").write_text("Recalling its resolution 70/1,", encoding="utf-8")
    result = invoke(["extract", "-f", "jsonl", "--time-budget", "0.4", str(tmp_path)])
    assert result.exit_code == 0  # a warning, not a failure: the file was read
    kept = [line for line in result.stdout.splitlines() if "slow.txt" in line]
    assert 0 < len(kept) < 400
    assert "A/RES/70/1" in result.stdout  # the next file had its own budget
    warning = (
        f"rescite: warning: {slow}: time budget of 0.4 s reached; the {len(kept)} citation(s) found by "
        "then are kept, the rest of the file was not looked at (--time-budget, $RESCITE_TIME_BUDGET)"
    )
    assert warning in result.stderr.splitlines()


@needs_alarm
def test_index_keeps_what_was_found_when_the_budget_runs_out(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _slow_keywords(monkeypatch)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "slow.txt").write_text(_many(400), encoding="utf-8")
    monkeypatch.setenv("RESCITE_TIME_BUDGET", "0.4")
    db = tmp_path / "ix.db"
    result = invoke(["index", "--db", str(db), "--jobs", "1", str(corpus)])
    assert result.exit_code == 0
    assert f"{corpus / 'slow.txt'}: time budget of 0.4 s reached" in result.stderr
    assert "1 warning(s)" in result.stderr.splitlines()[-1]
    conn = schema.open_index(db, readonly=True)
    stored = conn.execute("SELECT count(*) FROM mentions").fetchone()[0]
    conn.close()
    assert 0 < stored < 400


def test_a_time_budget_not_understood_is_a_usage_error_for_index(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("RESCITE_TIME_BUDGET", "soon")
    (tmp_path / "a.txt").write_text("resolution 64/293", encoding="utf-8")
    result = invoke(["index", "--db", str(tmp_path / "ix.db"), str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr == "rescite: $RESCITE_TIME_BUDGET must be a number of seconds\n"
    assert not (tmp_path / "ix.db").exists()


def test_a_pdf_keeps_the_pages_read_when_the_budget_runs_out(monkeypatch: pytest.MonkeyPatch) -> None:
    pypdf = pytest.importorskip("pypdf")
    from rescite.read import read_document

    data = make_pdf([[f"Recalling its resolution 64/{n},"] for n in range(1, 6)])
    real = pypdf.PageObject.extract_text
    calls = []

    def page_text(self: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 2:
            STOP.on = True  # as the alarm does, while the second page is read
        return real(self, *args, **kwargs)

    monkeypatch.setattr(pypdf.PageObject, "extract_text", page_text)
    try:
        doc = read_document(io.BytesIO(data).getvalue(), "long.pdf")
    finally:
        STOP.on = False
    assert "64/1," in doc.text and "64/2," in doc.text and "64/3" not in doc.text
    assert doc.warnings == ["long.pdf: time budget reached after page 2 of 5; the rest not read"]


# ------------------------------------------------------------------- other limits, in index


def test_index_names_the_files_read_in_part_and_counts_them(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    big = corpus / "big.txt"
    big.write_text(_many(100), encoding="utf-8")  # about 5 KB
    ranged = corpus / "ranged.txt"
    ranged.write_text("Recalling its resolutions 64/1 to 64/9999,", encoding="utf-8")
    monkeypatch.setenv("RESCITE_MAX_FILE", "2K")
    db = tmp_path / "ix.db"
    result = invoke(["index", "--db", str(db), "--jobs", "1", str(corpus)])
    assert result.exit_code == 0
    lines = result.stderr.splitlines()
    assert f"rescite: warning: {big}: larger than the limit (0.00195312 MB); read up to it" in lines
    assert any(line.startswith(f"rescite: warning: {ranged}: ") and "9999" in line for line in lines)
    assert "2 warning(s)" in lines[-1]
    rows = mentions_per_document(db)
    assert 0 < rows["big.txt"] < 100  # what came before the limit is kept
    assert rows["ranged.txt"] == 2  # the range's two ends


def test_extract_and_index_say_what_a_size_not_understood_falls_back_to(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text("Recalling its resolution 64/293,", encoding="utf-8")
    monkeypatch.setenv("RESCITE_MAX_FILE", "lots")
    result = invoke(["index", "--db", str(tmp_path / "ix.db"), "--jobs", "1", str(tmp_path)])
    assert result.exit_code == 0
    assert "rescite: warning: RESCITE_MAX_FILE='lots' is not a size (like 500M); the default is used" in (
        result.stderr.splitlines()
    )


def test_the_mention_limit_keeps_the_first_ones_and_says_so(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    listed = tmp_path / "list.txt"
    listed.write_text("Recalling its resolutions " + ", ".join(f"6{i % 5}/{i + 1}" for i in range(200)) + ",")
    monkeypatch.setenv("RESCITE_MAX_MENTIONS", "50")
    result = invoke(["extract", "-f", "jsonl", str(listed)])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 50 and '"A/RES/60/1"' in lines[0] and '"A/RES/64/50"' in lines[-1]
    assert result.stderr.splitlines() == [
        f"rescite: warning: {listed}: more than 50 mentions in one text: the rest not read "
        "($RESCITE_MAX_MENTIONS)"
    ]
    monkeypatch.delenv("RESCITE_MAX_MENTIONS")
    assert len(invoke(["extract", "-f", "jsonl", str(listed)]).stdout.splitlines()) == 200
