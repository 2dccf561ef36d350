"""Coverage of the language of UN documents, row by row: for each row of the reference tables
(openers and their functions, footnote forms, numbering of each body, body names, months,
sessions, symbol series, treaties) a passage written for these tests in UN style, in each
language the row applies to, with what must be extracted from it.

The passages live in ``tests/fixtures/coverage/<lang>.toml`` as ``[[case]]`` tables:

- ``row``: the reference row the passage covers (``phrases: Recalling``, ``numbering: SC`` …);
- ``text``: the passage;
- ``targets``: every distinct target the passage cites, each with the ISO date written beside
  it (or ``""``: no date checked); an empty table means the passage cites nothing (a negative
  passage: a year, a page, a paragraph number that is no citation);
- optional ``self``: the passage's own id (never counted as its citation);
- optional ``function``: the function every citation of the passage must carry;
- optional ``pinpoint``: ``{target = pinpoint}``.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from passages import assert_passage

HERE = Path(__file__).parent / "fixtures" / "coverage"
LANGS = ("en", "fr", "es", "ru", "ar", "zh")


def _cases() -> list[Any]:
    out: list[Any] = []
    for lang in LANGS:
        data = tomllib.loads((HERE / f"{lang}.toml").read_text(encoding="utf-8"))
        for i, case in enumerate(data["case"]):
            out.append(pytest.param(lang, case, id=f"{lang}-{i:03d}-{case['row']}"))
    return out


@pytest.mark.parametrize(("lang", "case"), _cases())
def test_coverage(lang: str, case: dict[str, Any]) -> None:
    expected: dict[str, str | None] = case["targets"]
    res = assert_passage(case["text"], expected, skip_own=True)
    own = case.get("self")
    if own is not None:
        assert res.document.source_id == own
    if "function" in case:
        functions = {c.function for c in res.citations if c.target in expected}
        assert functions == {case["function"]}, functions
    for target, pin in case.get("pinpoint", {}).items():
        assert pin in {c.pinpoint for c in res.citations if c.target == target}


def test_every_language_has_cases() -> None:
    for lang in LANGS:
        data = tomllib.loads((HERE / f"{lang}.toml").read_text(encoding="utf-8"))
        assert len(data["case"]) >= 20, lang
