"""The compiled lexicon kept between runs (``grammar.lexicon``: the TOML files parsed once,
kept with marshal): a kept copy gives exactly the lexicon the files give, and a changed
file, or a damaged copy, is never used."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from rescite.grammar import lexicon


@pytest.fixture(autouse=True)
def _cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    lexicon.load.cache_clear()
    yield
    lexicon.load.cache_clear()


def _facts(lex: lexicon.Lexicon) -> tuple[object, ...]:
    return (
        {c: (v.raw, v.stopwords, v.verbs, v.verb_function) for c, v in lex.languages.items()},
        lex.body_names,
        lex.generic_names,
        lex.instrument_names,
        lex.months,
    )


def test_a_kept_lexicon_equals_the_files(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed = _facts(lexicon.load())
    assert lexicon._cache_file().is_file()  # kept by the first load
    lexicon.load.cache_clear()
    calls: list[str] = []
    real = lexicon._compile_language

    def counted(code: str, *rest: Any) -> Any:
        calls.append(code)
        return real(code, *rest)

    monkeypatch.setattr(lexicon, "_compile_language", counted)
    kept = _facts(lexicon.load())
    assert calls == []  # nothing parsed again
    assert kept == parsed


def test_a_changed_file_or_a_damaged_copy_is_parsed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    here = lexicon._HERE
    data = tmp_path / "data"
    shutil.copytree(here, data)
    monkeypatch.setattr(lexicon, "_HERE", str(data))
    lexicon.load()
    en = data / "en.toml"
    en.write_text('stopwords_extra_note = "x"\n' + en.read_text(encoding="utf-8"), encoding="utf-8")
    lexicon.load.cache_clear()
    assert lexicon.load().languages["en"].raw["stopwords_extra_note"] == "x"
    monkeypatch.setattr(lexicon, "_HERE", here)
    lexicon._cache_file().write_bytes(b"not marshal data")
    lexicon.load.cache_clear()
    assert "stopwords_extra_note" not in lexicon.load().languages["en"].raw
