"""The first runs on a new machine (an empty user cache): what one process compiles is kept for
the next, whichever process ends last, and an English text does not build every language's
rule table.

- A pool's worker ends through multiprocessing's own exit (its finalizers, not ``atexit``):
  the programs it compiled are written to the cache there (`recache.flush_in_worker`, in the
  workers of `rescite extract` and of `rescite index`), and only those: not the programs of
  the process it was forked from.
- A process that ends after others wrote to the cache file keeps their entries beside its
  own (`recache._take_others`): the parent of a pool ended last and wrote its few programs
  over the workers'.  What a process read and let go (programs of an older lexicon, beyond the
  file's bytes) stays gone.
- A rule table kept at the end of the run that built it takes its patterns' programs from the
  cache (`recache._known_program`), the same programs as parsed again.
- The check of a coded decision's number ("2/CMA.3") and of a masthead's date read the two
  patterns they need, not every language's rule table (`heading.coded_id`,
  `heading._own_symbol_line`: a thousand patterns, most of a first run's seconds).
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from rescite.corpus import reading
from rescite.engine import heading
from rescite.engine.extract import extract_text
from rescite.grammar import recache, rules
from rescite.grammar.dates import any_date
from rescite.grammar.lexicon import trie_regex
from rescite.grammar.shapes import coded_decisions

WORDS = [f"{a}{b}{c}ment" for a in "bdfgk" for b in "aeiou" for c in "lmnprst"]
TEXT = "the bamment and the gulment, the kipment. " * 10


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    for name, value in (("_cache", None), ("_strings", None), ("_used", set()), ("_pending", [])):
        monkeypatch.setattr(recache, name, value)
    monkeypatch.setattr(recache, "_gone", {})
    monkeypatch.setattr(recache, "_keys", {})
    return tmp_path


def _pattern(tag: str) -> str:
    return rf"(?P<w>{trie_regex(WORDS, either_case=True)})(?:\s+{tag})?"


def _compile_in_worker(tag: str) -> int:
    return len(recache.compile(_pattern(tag)).findall(TEXT))


def _kept_keys() -> set[bytes]:
    return set(recache._read("regex"))


def _key(pattern: str, flags: int = 0) -> bytes:
    return recache._digest(pattern.encode() + b"\x00" + str(flags).encode())


def test_a_pool_worker_keeps_what_it_compiled(cache_home: Path) -> None:
    with ProcessPoolExecutor(max_workers=1, initializer=reading._worker_init) as pool:
        assert pool.submit(_compile_in_worker, "worker").result() == 30
    assert _key(_pattern("worker")) in _kept_keys()


def test_a_forked_worker_writes_its_own_programs_not_its_parents(cache_home: Path) -> None:
    """(A test session compiles every language's programs: each worker of each pool it ran
    wrote them all into the test's cache, tens of megabytes.)"""
    recache.compile(_pattern("parent"))  # compiled here, not yet written
    with ProcessPoolExecutor(max_workers=1, initializer=reading._worker_init) as pool:
        assert pool.submit(_compile_in_worker, "child").result() == 30
    assert _kept_keys() == {_key(_pattern("child"))}


def test_without_the_finalizer_a_worker_kept_nothing(cache_home: Path) -> None:
    """(The reason for the finalizer: multiprocessing's exit skips ``atexit``.)"""
    with ProcessPoolExecutor(max_workers=1) as pool:
        assert pool.submit(_compile_in_worker, "lost").result() == 30
    assert _key(_pattern("lost")) not in _kept_keys()


def test_the_process_that_ends_last_keeps_the_others_entries(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recache._load()  # this process reads the (empty) file …
    script = textwrap.dedent(
        f"""
        from rescite.grammar import recache
        recache.compile({_pattern("other")!r})
        """
    )
    # … another ends before it, writing its program …
    subprocess.run(
        [sys.executable, "-c", script], check=True, env={**_env(), "XDG_CACHE_HOME": str(cache_home)}
    )
    assert _key(_pattern("other")) in _kept_keys()
    recache.compile(_pattern("mine"))
    recache.flush()  # … and this one ends last
    assert {_key(_pattern("other")), _key(_pattern("mine"))} <= _kept_keys()


def test_what_a_process_let_go_is_not_taken_back(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for i in range(4):
        recache.compile(_pattern(f"old{i}"))
    recache.flush()
    size = Path(recache._path()).stat().st_size
    monkeypatch.setattr(recache, "_cache", None)  # a new process, with room for half of them
    monkeypatch.setattr(recache, "_used", set())
    monkeypatch.setattr(recache, "MAX_BYTES", size // 2)
    recache.compile(_pattern("new"))
    recache.flush()
    assert _kept_keys() == {_key(_pattern("new"))}


def test_a_kept_table_takes_the_programs_compiled_here(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    flags_patterns = [(_pattern("a"), 0), (_pattern("b"), re.IGNORECASE), ("(?i)" + _pattern("c"), 0)]
    compiled = [recache.compile(p, f) for p, f in flags_patterns]
    made = [recache._program(c.pattern, c.flags) for c in compiled]  # parsed again, as before

    def not_again(pattern: str, flags: int) -> Any:
        raise AssertionError(f"parsed again: {pattern[:20]}")

    monkeypatch.setattr(recache, "_program", not_again)
    for c, m in zip(compiled, made, strict=True):
        entry = recache._known_program(c.pattern, c.flags)
        assert entry == m
        rebuilt = recache._build(c.pattern, entry)
        assert [x.span() for x in rebuilt.finditer(TEXT)] == [x.span() for x in c.finditer(TEXT)]


def test_a_pattern_not_compiled_here_is_parsed(cache_home: Path) -> None:
    pattern = _pattern("elsewhere")
    assert recache._known_program(pattern, re.UNICODE) == recache._program(pattern, re.UNICODE)


#: (text, its own id, the citation's source and target): an English text with a coded
#: decision's heading and citation, under a masthead with its date
ROWS = [
    (
        "United Nations FCCC/PA/CMA/2031/9/Add.1 3 March 2032\n\n"
        "Decision 4/CMA.12\n\nThe Conference of the Parties serving as the meeting of the Parties "
        "to the Paris Agreement,\n\nRecalling decision 2/CMA.3,\n\n1. Decides to continue the work;\n",
        "FCCC/PA/CMA/2031/9/Add.1",
        ("FCCC/PA/CMA/DEC/12/4", "FCCC/PA/CMA/DEC/3/2"),
    ),
]


@pytest.mark.parametrize(("text", "own", "cited"), ROWS)
def test_an_english_text_does_not_build_every_languages_table(
    text: str, own: str, cited: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    real = rules.patterns

    def recording(lang: str = "") -> Any:
        asked.append(lang)
        return real(lang)

    monkeypatch.setattr(heading, "patterns", recording)
    monkeypatch.setattr(heading, "rule_patterns", recording)
    result = extract_text(text, "-", "en")
    assert "*" not in asked
    assert result.document.source_id == own
    assert [(c.source_id, c.target) for c in result.citations] == [cited]


def test_the_two_patterns_are_those_of_every_languages_table() -> None:
    every = rules.patterns("*")
    assert coded_decisions().pattern == every.coded.pattern
    assert any_date().pattern == every.date.pattern and any_date().flags == every.date.flags


def _env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k != "XDG_CACHE_HOME"}
