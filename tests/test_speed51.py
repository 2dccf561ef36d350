"""The engine's start in a refresh of one changed file (issue 9, condition 2; pass speed51).

Two things an engine's start made at every start of a process are now cheaper, the same values:

- the nouns of resolutions and decisions of every language in capitals, and the pattern of a
  title in capitals that cites a text by its noun and number (``normalise._caps_nouns``), are
  kept between runs (``recache.remembered``) under the lexicon's key and the module's size and
  time: a process that finds them kept decodes no language's nouns for them (a text of one
  language decoded the nouns of all six before);
- a kept program's codes (``recache.program_codes``) are copied into an array and listed from
  it, not read through a view and the struct module's format: the same list, from bytes or from
  a view of the kept file at any offset; bytes that are no whole number of codes are refused.

Rows (passages written for these tests, in each language's capitals): a title that cites texts
by their noun and number ("ON THE FOLLOW-UP TO GENERAL ASSEMBLY RESOLUTIONS 61/105 AND
63/112", "ВЫПОЛНЕНИЕ РЕЗОЛЮЦИЙ 52/17 И 54/201", "SUITE DONNÉE AUX RÉSOLUTIONS 57/33 ET
59/240", "APLICACIÓN DE LAS RESOLUCIONES 55/120 Y 58/77"), and look-alikes left as they are (a
heading's own number "RESOLUTION 66/219" opening its line, capitals without a noun "REPORT OF
THE 1994 SESSION", a lower-case paragraph); programs of patterns in several scripts (codes
beyond 255 and beyond the first plane), and damaged programs.
"""

from __future__ import annotations

import json
import mmap
import os
import re
import subprocess
import sys
from array import array
from pathlib import Path

import pytest

from rescite.grammar import recache

# (text, cited in capitals: the fast test's answer)
CAPITALS = [
    ("en-title", "ON THE FOLLOW-UP TO GENERAL ASSEMBLY RESOLUTIONS 61/105 AND 63/112\n", True),
    ("ru-title", "ВЫПОЛНЕНИЕ РЕЗОЛЮЦИЙ ГЕНЕРАЛЬНОЙ АССАМБЛЕИ 52/17 И 54/201\n", True),
    ("fr-title", "SUITE DONNÉE AUX RÉSOLUTIONS 57/33 ET 59/240 DE L'ASSEMBLÉE GÉNÉRALE\n", True),
    ("es-title", "APLICACIÓN DE LAS RESOLUCIONES 55/120 Y 58/77 DE LA ASAMBLEA GENERAL\n", True),
    ("en-own-number", "RESOLUTION 66/219\n\nThe General Assembly,\n", True),
    ("en-no-noun", "REPORT OF THE 1994 SESSION OF THE SPECIAL COMMITTEE\n", False),
    ("en-lower", "Recalling its resolution 61/105 of 8 December 2006,\n", False),
]

_PROBE = """
import json, sys
from rescite.engine import normalise
from rescite.grammar import lexicon, recache
texts = json.loads(sys.argv[1])
firsts, pattern = normalise._caps_nouns()
decoded = sorted(c for c, lang in lexicon.load().languages.items() if dict.__contains__(lang.raw, "nouns"))
out = {
    "decoded": decoded,
    "firsts": list(firsts),
    "pattern": pattern.pattern,
    "flags": pattern.flags,
    "cited": [normalise._cited_in_capitals(t) for t in texts],
    "read": [normalise.capitals(t) for t in texts],
}
made = getattr(normalise, "_caps_nouns_made", None)  # (what is kept; none before this pass)
made_firsts, _, made_pattern = made().partition("\\x00") if made else ("|".join(firsts), "", pattern.pattern)
out["made"] = [made_firsts.split("|"), made_pattern]
recache.flush()
print(json.dumps(out))
"""


def _probe(cache: Path, texts: list[str]) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RESCITE_")}
    env["XDG_CACHE_HOME"] = str(cache)
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(texts)], capture_output=True, text=True, env=env, check=True
    )
    got: dict[str, object] = json.loads(done.stdout)
    return got


@pytest.fixture(scope="module")
def probes(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, object], dict[str, object]]:
    """A first process (the lexicon and the nouns made and kept), then a second one (kept)."""
    cache = tmp_path_factory.mktemp("cache")
    texts = [row[1] for row in CAPITALS]
    first = _probe(cache, texts)
    return first, _probe(cache, texts)


@pytest.mark.parametrize(("name", "text", "cited"), CAPITALS, ids=[r[0] for r in CAPITALS])
def test_kept_capital_nouns_read_as_made(
    name: str, text: str, cited: bool, probes: tuple[dict[str, object], dict[str, object]]
) -> None:
    first, kept = probes
    i = [r[0] for r in CAPITALS].index(name)
    for got in (first, kept):
        assert got["cited"][i] is cited  # type: ignore[index]
        assert (got["firsts"], got["pattern"]) == (got["made"][0], got["made"][1])  # type: ignore[index]
    # the same first letters, pattern and reading whether made here or kept
    facts = ("firsts", "pattern", "flags")
    assert [kept[k] for k in facts] == [first[k] for k in facts]
    assert kept["read"][i] == first["read"][i]  # type: ignore[index]
    if not cited:  # (look-alikes: no noun in capitals, left as they are)
        assert kept["read"][i] == text  # type: ignore[index]
        return
    # a process that finds them kept decodes no language's nouns for them
    assert kept["decoded"] == []
    if name != "en-own-number":
        assert kept["read"][i] != text  # type: ignore[index]  # (read as written in lower case)


# (name, pattern, flags): codes of one byte, of two, and beyond the first plane
PROGRAMS = [
    ("latin", r"(?i)\brecall(?:ing|s)\s+(?:its\s+)?resolutions?\s+(\d{1,4}/\d{1,4})", 0),
    ("cyrillic", r"резолюци(?:я|и|ю|ей)\s+(?P<n>\d{1,4}/\d{1,4})", int(re.IGNORECASE)),
    ("arabic", r"القرار\s+(\d{1,4}/\d{1,4})|المقرر\s+(\d{1,4}/\d{1,4})", 0),
    ("cjk", r"第\s*(\d{1,4}/\d{1,4})\s*号决议", 0),
    ("wide", r"[\U0001d400-\U0001d7ff]+\s*(\d+)", 0),
    ("charset", r"[^\W\d_][\w'’-]{2,}(?<![ʼ’])", int(re.IGNORECASE)),
]


@pytest.mark.parametrize(("name", "pattern", "flags"), PROGRAMS, ids=[r[0] for r in PROGRAMS])
def test_program_codes_from_bytes_and_from_a_view(
    name: str, pattern: str, flags: int, tmp_path: Path
) -> None:
    code = recache._program(pattern, flags)[1]
    expected = array("I", code).tolist()
    assert recache.program_codes(code) == expected
    path = tmp_path / f"{name}.bin"
    path.write_bytes(b"\x01\x02\x03" + code)  # (at an offset that is no multiple of a code's size)
    with (
        path.open("rb") as fh,
        mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as view,
        memoryview(view) as whole,
        whole[3:] as kept,
    ):
        assert recache.program_codes(kept) == expected
    if name == "wide":
        assert max(expected) > 0xFFFF


@pytest.mark.parametrize("damage", [b"\x01\x02\x03", b"\x00" * 9], ids=["short", "odd"])
def test_program_codes_refuse_a_part_of_a_code(damage: bytes) -> None:
    with pytest.raises((TypeError, ValueError)):
        recache.program_codes(damage)
