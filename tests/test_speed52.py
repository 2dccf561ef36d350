"""The engine's start in a refresh of one changed file, second pass (issue 9, condition 2; pass
speed52).

Two things an engine's start made at every start of a process are now made only when needed, or
from kept programs, the same values:

- the number in round brackets after its sign or its text's noun (``normalise._bracketed_number``,
  Arabic legal and press style): its pattern, the nouns, signs and every body's name in the
  languages that write it so, is built for the first text that holds one of its nouns or signs
  (``normalise._bracketed_lead`` tells them); a process that reads none builds neither the pattern
  nor the list of names (an English text with brackets built them);
- the patterns of the Council's number read around its name (``council.council_number``) are
  kept between runs as a rule table (``tables.kept_table``): a process that finds them kept
  builds each when first read, the same pattern, and none of the lexicon's phrases joined for them;
- the pattern of a title in capitals that cites a text by its noun and number
  (``normalise._caps_nouns``) is compiled for the first text that holds one of the nouns' first
  letters in capitals (``normalise._caps_kept`` gives them, kept as before): a text with none
  compiles nothing for it;
- the grammar's small patterns made at import or on first use (``lexicon._WS``,
  ``lexicon._SPACED_APOSTROPHE``, ``lexicon._NAME_REF``, ``dates._SPACE``, the named group and
  the digit taken out of a date's pieces, ``names.normalise_name``'s run of other characters) are
  built from kept programs (``recache.compile``), not parsed by ``re`` at every start.

Rows (passages written for these tests): an English text with brackets and no such noun
("Recalling its resolution 61/105 (2006) and paragraph 4 (b) …"), a French one, a bracketed
footnote mark in an Arabic sentence with no noun or sign; and texts that hold one, whose brackets
are taken out as before ("القرار رقم (2417) لسنة 2019", "قرار مجلس الأمن (2593)"), and a turned
number after the sign that stays as it is ("القرار رقم (52/88)").
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# (name, text, the pattern built, the edits' replaced spans as text)
BRACKETS = [
    (
        "en-brackets",
        "Recalling its resolution 61/105 (2006) and paragraph 4 (b) of resolution 63/112 (2008),\n",
        False,
        [],
    ),
    (
        "fr-brackets",
        "Rappelant sa résolution 57/33 (2002) et le paragraphe 3 (a) de sa résolution 59/240,\n",
        False,
        [],
    ),
    ("ar-note-mark", "وأشار الأمين العام في تقريره (1) إلى الحالة في المنطقة.\n", False, []),
    ("ar-sign", "وفقا للقرار رقم (2417) لسنة 2019 بشأن حماية المدنيين.\n", True, ["(", ")"]),
    ("ar-council", "أكد أعضاء المجلس على تنفيذ قرار مجلس الأمن (2593) بالكامل.\n", True, ["(", ")"]),
    ("ar-turned", "وأشار إلى القرار رقم (52/88) بشأن المسألة.\n", True, []),
]

_PROBE = """
import json, sys
import re._parser as parser
parsed = []
real = parser.parse
parser.parse = lambda p, *a, **k: (parsed.append(str(p)), real(p, *a, **k))[1]
from rescite.engine import normalise
from rescite.grammar import dates, lexicon, names, recache
text = sys.argv[1]
edits = normalise._bracketed_numbers(text)
info = getattr(normalise._bracketed_number, "cache_info", None)
out = {
    "built": bool(info is not None and info().currsize),
    "cut": [text[s:e] for s, e, _ in edits],
    "repl": [r for _, _, r in edits],
    "name": names.normalise_name("Convention on the Rights of the Child"),
    "day_month": "(?P<" in dates.day_month_regex(("en",)),
    "parsed": parsed,
}
recache.flush()
print(json.dumps(out))
"""


def _probe(cache: Path, text: str) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RESCITE_")}
    env["XDG_CACHE_HOME"] = str(cache)
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, text], capture_output=True, text=True, env=env, check=True
    )
    got: dict[str, object] = json.loads(done.stdout)
    return got


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache made by a first process (the lexicon, the patterns kept)."""
    path = tmp_path_factory.mktemp("cache")
    _probe(path, BRACKETS[-1][1])
    return path


@pytest.mark.parametrize(("name", "text", "built", "cut"), BRACKETS, ids=[r[0] for r in BRACKETS])
def test_bracketed_number_built_only_for_a_text_that_holds_its_noun(
    name: str, text: str, built: bool, cut: list[str], cache: Path
) -> None:
    got = _probe(cache, text)
    assert got["built"] is built
    assert got["cut"] == cut
    assert got["repl"] == [""] * len(cut)


def test_grammar_patterns_from_kept_programs(cache: Path) -> None:
    """A process that finds the programs kept has ``re`` parse none of the grammar's patterns for
    the lexicon, a name's normal form or a date's pieces (the same values)."""
    got = _probe(cache, BRACKETS[0][1])
    assert got["name"] == "convention on the rights of the child"
    assert got["day_month"] is False
    parsed = got["parsed"]
    assert isinstance(parsed, list)
    assert [p for p in GRAMMAR_PATTERNS if p in parsed] == []


#: the grammar's patterns now built from kept programs (those of ``models`` and ``read``, layers
#: below ``grammar``'s, are still compiled by ``re``)
GRAMMAR_PATTERNS = [
    r"\s+",
    r" ?' ?",
    r"\{([A-Za-z][A-Za-z0-9_]*)\}",
    r" (?![?*+{])",
    r"\(\?P<\w+>",
    r"\d",
    r"[^a-z0-9]+",
    r"[\s'’]",
]


_COUNCIL = """
import json, sys
from rescite.grammar import council, recache
lang = sys.argv[1]
rx = council.council_number(lang)
fields = [f for c in type(rx).__mro__ for f in getattr(c, "__slots__", ())]
unread = sorted(recache._PENDING.get(id(rx), (None, {}))[1])
got = {f: (lambda p: None if p is None else [p.pattern, p.flags])(getattr(rx, f)) for f in fields}
m = rx.after.search(sys.argv[2])
recache.flush()
print(json.dumps({"unread": unread, "patterns": got, "n": m and m.group("n")}))
"""


# (language, a sentence that names the Council and its number after the noun)
COUNCIL = [
    ("en", "The Security Council resolution 2417 was recalled by several speakers.\n", "2417"),
    ("fr", "Le Conseil de sécurité, dans sa résolution 2593, a demandé aux parties …\n", "2593"),
    ("es", "El Consejo de Seguridad, en su resolución 2664, decidió …\n", "2664"),
]


@pytest.mark.parametrize(("lang", "text", "number"), COUNCIL, ids=[r[0] for r in COUNCIL])
def test_council_number_kept_and_built_when_read(lang: str, text: str, number: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RESCITE_")}
    env["XDG_CACHE_HOME"] = str(tmp_path)
    runs = []
    for _ in range(3):  # the lexicon kept, then the table made and kept, then read back
        done = subprocess.run(
            [sys.executable, "-c", _COUNCIL, lang, text], capture_output=True, text=True, env=env, check=True
        )
        runs.append(json.loads(done.stdout))
    made, kept = runs[0], runs[-1]
    assert kept["patterns"] == made["patterns"]  # the same patterns, read back
    assert made["unread"] == []
    assert len(kept["unread"]) > len(kept["patterns"]) // 2  # most are built only when read
    assert made["n"] == kept["n"] == number  # (the noun and number after the name)


_CAPS = """
import json, sys
from rescite.engine import normalise
from rescite.grammar import recache
text = sys.argv[1]
cited = normalise._cited_in_capitals(text)
read = normalise.capitals(text)
recache.flush()
built = normalise._caps_nouns.cache_info().currsize > 0
print(json.dumps({"cited": cited, "built": built, "same": read == text}))
"""

# (name, text, cited in capitals and the pattern built)
CAPS = [
    ("en-lower", "Recalling its resolution 61/105 of 8 December 2006,\n", False),
    ("fr-lower", "Rappelant sa résolution 57/33 du 12 décembre 2002,\n", False),
    ("en-title", "IMPLEMENTATION OF GENERAL ASSEMBLY RESOLUTIONS 61/105 AND 63/112\n", True),
]


@pytest.mark.parametrize(("name", "text", "cited"), CAPS, ids=[r[0] for r in CAPS])
def test_caps_pattern_compiled_only_for_a_text_in_capitals(
    name: str, text: str, cited: bool, cache: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RESCITE_")}
    env["XDG_CACHE_HOME"] = str(cache)
    done = subprocess.run(
        [sys.executable, "-c", _CAPS, text], capture_output=True, text=True, env=env, check=True
    )
    got = json.loads(done.stdout)
    assert got["cited"] is cited
    assert got["built"] is cited
    assert got["same"] is not cited  # (a title in capitals read as in lower case; others as they are)
