"""Hostile input: the engine and `extract` survive anything, in bounded time and output.

A fuzzer (hypothesis, a budget of a few seconds, a deadline per case) feeds the engine
huge ranges, escape sequences, pathological white space and lists, HTML left open; the
CLI is fed FIFOs, devices, files over the size limit, a file that breaks the engine and
one that takes too long.  0 tracebacks, 0 hangs.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import rescite.engine.extract
from rescite.cli import app
from rescite.engine.extract import extract_text
from rescite.models import ExtractResult

runner = CliRunner()


@pytest.fixture(autouse=True)
def _no_limits_left_behind(monkeypatch: pytest.MonkeyPatch) -> None:
    """`extract --time-budget` and its kin set environment variables (for the workers);
    here they are put back after each test."""
    for var in ("RESCITE_MAX_FILE", "RESCITE_TIME_BUDGET", "RESCITE_MAX_RANGE"):
        monkeypatch.setenv(var, "")  # recorded, so that the end of the test puts it back …
        monkeypatch.delenv(var)  # … however the command under test sets it


WHITE = st.sampled_from([" ", "\n", "\t", "\u00a0", "\r\n", " \n ", "\u2003"])
NUMBER = st.builds(lambda a, b: f"{a}/{b}", st.integers(1, 80), st.integers(1, 9999))
WORDS = st.sampled_from(
    [
        "resolution",
        "resolutions",
        "decision",
        "of the General Assembly",
        "Security Council resolution",
        "and",
        ",",
        "to",
        "of 30 July 2010",
        "annex",
        "paragraph 3 of",
        "A/RES/",
        "Add.",
        "vol. 2225, No.",
        "Ibid.",
        "<!--",
        "<p",
        "<script>",
        "&#27;",
        "\x1b[2J",
        "\x1b]0;x\x07",
        "(",
        ")",
        "1325 (2000)",
        "A, B and C",
        "64/1 to 64/9999",
        "Add.1 to Add.9999",
        "\n- 3 -\n",  # a page number alone on its line
        "18-18418 2/3",  # a PDF's job number and page
        "_____",
        "----------",
        "The General Assembly,",
        "62/149 | Title | 18 December 2007\n",  # a table row
    ]
)
PIECE = st.one_of(
    WORDS,
    NUMBER,
    st.builds(lambda w, n: w * n, WHITE, st.integers(1, 3000)),  # long runs of white space
    st.builds(lambda w, n: w * n, WORDS, st.integers(1, 200)),  # one thing many times
    st.text(max_size=30),
)
HOSTILE = st.lists(PIECE, max_size=25).map("".join)


@settings(
    max_examples=150,
    deadline=5000,  # ms per case (a loaded machine too): the worst shapes used to take minutes
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(HOSTILE, st.sampled_from([None, "en", "fr", "es", "ru", "ar", "zh"]))
def test_the_engine_survives_hostile_text(text: str, lang: str | None) -> None:
    result = extract_text(text, source="fuzz", lang=lang)
    # output stays bounded by the input: no range expands into thousands of records
    assert len(result.citations) <= 1000 + len(text)
    for c in result.citations:
        assert 0 <= c.start <= c.end <= len(text)


@pytest.mark.parametrize(
    "text",
    [
        "resolution 64/293" + " " * 20_000,
        "resolution 64/293" + "\n" * 20_000,
        "resolution 64/293, " + " \t\n" * 7_000 + ",",
        "<html><body><p>" + "resolution 64/293 <!-- " * 2_000,
        "<html><body><p>" + "<script>resolution 64/293 " * 2_000,
        "resolutions " + ", ".join(f"{i % 80 + 1}/{i % 900 + 1}" for i in range(3_000)),
    ],
    ids=["spaces", "newlines", "mixed", "comments", "scripts", "list"],
)
def test_known_worst_cases_are_fast(text: str) -> None:
    start = time.process_time()
    extract_text(text, source="worst")
    assert time.process_time() - start < 5.0  # each took from seconds to minutes before


def test_a_range_expands_only_up_to_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    # (a range's end below a thousand: no body numbers a text 64/9999)
    text = "Recalling its resolutions 64/1 to 64/999 and 65/1 to 65/4."
    result = extract_text(text, lang="en")
    assert sorted(c.target or "" for c in result.citations) == [
        "A/RES/64/1",
        "A/RES/64/999",
        "A/RES/65/1",
        "A/RES/65/2",
        "A/RES/65/3",
        "A/RES/65/4",
    ]
    assert any("range of 999 texts" in w for w in result.warnings)
    monkeypatch.setenv("RESCITE_MAX_RANGE", "2")
    small = extract_text(text, lang="en")
    assert len(small.citations) == 4 and len(small.warnings) == 2


# ------------------------------------------------------------------ extract: one bad file


def _invoke(args: list[str]) -> Any:
    result = runner.invoke(app, args)
    assert "Traceback" not in result.stdout + result.stderr
    return result


def test_a_file_that_breaks_the_engine_does_not_stop_the_others(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    real = rescite.engine.extract.extract_text

    def engine(text: str, source: str = "-", lang: str | None = None) -> ExtractResult:
        if "boom" in text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(text, source, lang)

    monkeypatch.setattr(rescite.engine.extract, "extract_text", engine)
    (tmp_path / "a.txt").write_text("Recalling its resolution 64/293,", encoding="utf-8")
    (tmp_path / "b.txt").write_text("boom", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Recalling its resolution 65/1,", encoding="utf-8")
    result = _invoke(["extract", "--format", "jsonl", str(tmp_path)])
    assert result.exit_code == 4
    assert result.stdout.count("\n") == 2
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"rescite: {tmp_path / 'b.txt'}: internal error (RecursionError")
    assert lines[-1] == "rescite: 1 of 3 file(s) could not be read"


@pytest.mark.skipif(not hasattr(__import__("signal"), "setitimer"), reason="needs SIGALRM")
def test_the_time_budget_gives_up_one_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    real = rescite.engine.extract.extract_text

    def engine(text: str, source: str = "-", lang: str | None = None) -> ExtractResult:
        if "slow" in text:
            while True:
                time.sleep(0.01)
        return real(text, source, lang)

    monkeypatch.setattr(rescite.engine.extract, "extract_text", engine)
    (tmp_path / "a.txt").write_text("slow", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Recalling its resolution 64/293,", encoding="utf-8")
    result = _invoke(["extract", "--format", "jsonl", "--time-budget", "0.3", str(tmp_path)])
    assert result.exit_code == 4
    assert "A/RES/64/293" in result.stdout
    assert "a.txt: over the time budget of 0.3 s and not done 1 s later" in result.stderr


def test_a_file_over_the_size_limit_is_read_up_to_it(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Recalling its resolution 64/293, " * 40_000, encoding="utf-8")  # 1.3 MB
    result = _invoke(["extract", "--format", "jsonl", "--max-file", "1M", str(big)])
    assert result.exit_code == 0
    assert 0 < result.stdout.count("\n") < 40_000  # the part up to the limit is kept
    assert "larger than the limit" in result.stderr
    assert _invoke(["extract", "-f", "jsonl", "--max-file", "lots", str(big)]).exit_code == 2


def test_a_limit_that_is_not_a_number_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("RESCITE_TIME_BUDGET", "soon")
    (tmp_path / "a.txt").write_text("resolution 64/293", encoding="utf-8")
    result = _invoke(["extract", "-f", "jsonl", str(tmp_path / "a.txt")])
    assert result.exit_code == 2
    assert result.stderr == "rescite: $RESCITE_TIME_BUDGET must be a number of seconds\n"


@pytest.mark.skipif(not hasattr(os, "mkfifo") or not Path("/dev/zero").exists(), reason="POSIX")
def test_fifos_and_devices_are_never_opened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    good = tmp_path / "good.txt"
    good.write_text("Recalling its resolution 64/293,", encoding="utf-8")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "rescite",
            "extract",
            "-f",
            "jsonl",
            "/dev/zero",
            str(tmp_path / "pipe.txt"),
            str(good),
        ],
        capture_output=True,
        text=True,
        timeout=60,  # reading either would never end
    )
    assert proc.returncode == 4
    assert "A/RES/64/293" in proc.stdout
    assert "rescite: /dev/zero: a device, not a file (skipped)" in proc.stderr
    assert "pipe.txt: a FIFO, not a file (skipped)" in proc.stderr
