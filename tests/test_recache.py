"""Big patterns compiled once and kept between runs (`grammar.recache`): the kept program
gives the same matches as `re.compile`; a damaged or missing cache only costs time."""

from __future__ import annotations

import marshal
import re
from pathlib import Path
from typing import Any

import pytest

from rescite.grammar import recache
from rescite.grammar.lexicon import trie_regex

WORDS = [f"{a}{b}{c}{d}ation" for a in "bcdfg" for b in "aeiou" for c in "lmnrst" for d in "aio"]
WORDS += ["Recalling", "Reaffirming"]
TEXT = "Recalling the bamiation and the gulaation; reaffirming nothing, Reaffirming the cirtoation. " * 20


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(recache, "_cache", None)
    return tmp_path


def _pattern() -> str:
    body = trie_regex(WORDS, either_case=True)
    pattern = rf"(?P<w>{body})(?:\s+(?P<next>\w+))?"
    assert len(pattern) >= recache.MIN_LENGTH
    return pattern


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert a.pattern == b.pattern and a.flags == b.flags and a.groupindex == b.groupindex
    assert [m.span() + m.groups() for m in a.finditer(TEXT)] == [
        m.span() + m.groups() for m in b.finditer(TEXT)
    ]


def test_kept_program_matches_as_re_compile(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pattern = _pattern()
    first = recache.compile(pattern, re.IGNORECASE)
    recache.flush()  # as at the end of the process
    kept = list((cache_home / "rescite").glob("regex-*.marshal"))
    assert len(kept) == 1
    monkeypatch.setattr(recache, "_cache", None)  # a new process: read from the file

    def not_again(p: str, f: int) -> None:
        raise AssertionError("compiled again")

    monkeypatch.setattr(recache, "_program", not_again)
    again = recache.compile(pattern, re.IGNORECASE)
    reference = re.compile(pattern, re.IGNORECASE)
    _same(first, reference)
    _same(again, reference)
    assert len(again.findall(TEXT)) >= 60


def test_damaged_cache_is_ignored(cache_home: Path) -> None:
    (cache_home / "rescite").mkdir()
    path = Path(recache._path())
    path.write_bytes(b"\x00 not marshal data")
    pattern = _pattern()
    _same(recache.compile(pattern), re.compile(pattern))


def test_short_patterns_are_not_kept(cache_home: Path) -> None:
    assert recache.compile(r"\d+/\d+").findall("64/293 and 65/1") == ["64/293", "65/1"]
    assert not (cache_home / "rescite").exists()


def test_unwritable_cache_still_compiles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    monkeypatch.setattr(recache, "_cache", None)
    pattern = _pattern()
    _same(recache.compile(pattern), re.compile(pattern))


def test_programs_of_other_versions_go_when_the_cache_is_over_its_bytes(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file is read whole by every process: beyond its bytes, what this process did not
    use is let go (programs of an older lexicon), what it uses is kept."""
    monkeypatch.setattr(recache, "_used", set())
    monkeypatch.setattr(recache, "_pending", [])
    for i in range(6):  # an older lexicon's patterns
        recache.compile(_pattern() + f"|old{i}")
    recache.flush()
    size = Path(recache._path()).stat().st_size
    monkeypatch.setattr(recache, "_cache", None)  # a new process …
    monkeypatch.setattr(recache, "_used", set())
    monkeypatch.setattr(recache, "MAX_BYTES", size // 2)  # … with room for half of them
    kept = recache.compile(_pattern() + "|new")
    recache.flush()
    monkeypatch.setattr(recache, "_cache", None)
    cache = recache._load()
    assert len(cache) == 1 and recache._cache_bytes[0] <= size // 2
    _same(kept, re.compile(_pattern() + "|new"))


def test_a_file_over_its_bytes_is_cut_at_exit_even_when_nothing_new_is_compiled(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(recache, "_used", set())
    monkeypatch.setattr(recache, "_pending", [])
    for i in range(4):
        recache.compile(_pattern() + f"|v{i}")
    recache.flush()
    size = Path(recache._path()).stat().st_size
    monkeypatch.setattr(recache, "_cache", None)  # a new process that uses one kept program …
    monkeypatch.setattr(recache, "_used", set())
    monkeypatch.setattr(recache, "MAX_BYTES", size // 2)
    recache.compile(_pattern() + "|v0")
    recache.flush()  # (at exit)
    assert Path(recache._path()).stat().st_size < size // 2
    monkeypatch.setattr(recache, "_cache", None)
    assert len(recache._load()) == 1


_TABLE: tuple[Any, ...] = ("\x00r", 0, ("\x00p", "a", (0, b"", 0, {}, ())))


@pytest.mark.parametrize(
    ("case", "content", "expected"),
    [
        (
            "a dict of programs",
            marshal.dumps({b"k": b"M" + bytes(range(16))}),
            {b"k": b"M" + bytes(range(16))},
        ),
        ("a kept table", marshal.dumps(_TABLE), _TABLE),
        ("an empty file", b"", EOFError),
        ("a file cut short", marshal.dumps({b"k": b"a longer value"})[:9], EOFError),
    ],
)
def test_a_kept_file_is_read_from_a_map_of_it(
    tmp_path: Path, case: str, content: bytes, expected: Any
) -> None:
    path = tmp_path / "kept.marshal"
    path.write_bytes(content)
    if isinstance(expected, type):
        with pytest.raises(expected):
            recache.load_file(str(path))
    else:
        assert recache.load_file(str(path)) == expected, case
