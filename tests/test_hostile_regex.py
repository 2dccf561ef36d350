"""No regular expression of rescite has the shapes that backtrack without bound.

Every pattern rescite compiles (at import, for each language's rule tables, and while
extracting a text; through ``re`` or from the programs ``grammar.recache`` keeps) is
collected in a fresh interpreter and checked by :mod:`regex_shapes`: no adjacent unbounded
repetitions over the same characters with only optional items between them, no nested
unbounded repetitions.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from regex_shapes import problems

HERE = Path(__file__).resolve().parent

_COLLECT = r"""
import importlib, json, pkgutil, re, sys
seen = {}
orig = re._compile
def record(pattern, flags):
    compiled = orig(pattern, flags)
    f = sys._getframe(1)
    while f is not None and f.f_code.co_filename.endswith(("re/__init__.py", "functools.py")):
        f = f.f_back
    if f is not None and "rescite" in f.f_code.co_filename and isinstance(compiled.pattern, str):
        seen.setdefault(compiled.pattern, compiled.flags)
    return compiled
re._compile = record
import rescite
from rescite.grammar import recache
kept = recache.compile
def record_kept(pattern, flags=0):  # patterns built from the kept programs skip re._compile
    compiled = kept(pattern, flags)
    seen.setdefault(compiled.pattern, compiled.flags)
    return compiled
recache.compile = record_kept
for m in pkgutil.walk_packages(rescite.__path__, "rescite."):
    if not m.name.endswith("__main__"):
        importlib.import_module(m.name)
from rescite.engine.extract import extract_text
from rescite.grammar import bodies, lexicon, rules
text = (
    "<html><body><p>The General Assembly,</p><p>Recalling its resolutions 60/1 of 16 September 2005 "
    "and 61/2, decision 62/501, A/RES/70/1, document A/70/5/Add.1 to Add.3, Security Council "
    "resolution 1325 (2000) and the Convention, vol. 2225, No. 39574, Ibid.</p></body></html>"
)
for lang in ["", "*", *lexicon.load().languages]:
    rules.patterns(lang)
    bodies.body_regex(lang)
    extract_text(text, lang=lang or None)
    extract_text(text.replace("<", "[").replace(">", "]"), lang=lang or None)
print(json.dumps(sorted(seen.items())))
"""


def _rescite_patterns() -> list[tuple[str, int]]:
    out = subprocess.run(
        [sys.executable, "-c", _COLLECT], capture_output=True, text=True, check=True, timeout=120
    )
    return [(p, f) for p, f in json.loads(out.stdout)]


def test_no_pattern_of_rescite_backtracks_without_bound() -> None:
    found = _rescite_patterns()
    assert len(found) > 100  # the rule tables of every language were compiled
    bad = [f"{msgs[0]}: {p[:160]!r}" for p, f in found if (msgs := problems(p, f))]
    assert bad == []


@pytest.mark.parametrize(
    "pattern",
    [
        r"\s*,?\s+x",
        r"\s*,?\s*(?:of|)\s*x",
        r"(?:foo\s*)?\s*x",
        r"(\s+)+$",
        r"(?:\w+\s?)+$",
        r"[a-z0-9]*[^>]*>",
        r"\s*(?:,\s*|\s+and)",
    ],
)
def test_the_check_sees_the_slow_shapes(pattern: str) -> None:
    assert problems(pattern)


@pytest.mark.parametrize(
    "pattern",
    [
        r"\s*+(?:,\s*+)?x",
        r"(?:\s*+,\s++|\s++)and\s++x",
        r"(?:\s*,\s*\d{1,4})+",
        r"a\s+b\s+c",
        r"[ \t]*\n[ \t]*",
        r"<!--.*?-->",
        r"<[^>]*>",
        r"\s{0,8}\s{0,8}x",
        r"(?:(?:\s*,\s*|\s+(?:and|et)\s+)\d{1,4})+",
    ],
)
def test_the_check_lets_linear_shapes_pass(pattern: str) -> None:
    assert problems(pattern) == []
