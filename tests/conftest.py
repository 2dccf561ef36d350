"""Fixtures shared by test files: a test file that defines its own fixture of the same name
uses its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from fake_engine import use_fake_engine, write_corpus
from rescite.cli import app
from rescite.corpus import fresh


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The fake engine's corpus, indexed, with no variable set that would change how a query
    reads it (the quick path's switch, the reading options)."""
    use_fake_engine(monkeypatch, tmp_path)
    monkeypatch.delenv("RESCITE_QUICK", raising=False)
    for name in fresh._READING_ENV:
        monkeypatch.delenv(name, raising=False)
    root = write_corpus(tmp_path / "corpus")
    assert CliRunner().invoke(app, ["index", "--corpus", str(root)]).exit_code == 0
    return root
