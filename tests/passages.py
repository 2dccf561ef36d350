"""The check the language passage tables share: the distinct targets a passage gives, and the
date written beside each where the table states one."""

from __future__ import annotations

from rescite.engine.extract import extract_text
from rescite.models import ExtractResult


def assert_passage(
    text: str, expected: dict[str, str | None], *, skip_own: bool = False, lang: str | None = None
) -> ExtractResult:
    """``expected`` maps each target to its date (or None: no date checked).  With
    ``skip_own``, a record whose target is the passage's own id is not counted; ``lang``: the
    language given to the engine.  Returns the result, for the checks a table adds."""
    res = extract_text(text, lang=lang)
    got: dict[str, set[str | None]] = {}
    for c in res.citations:
        if c.target and not (skip_own and c.source_id == c.target):
            got.setdefault(c.target, set()).add(c.date)
    assert set(got) == set(expected), got
    for target, date in expected.items():
        if date:
            assert date in got[target], (target, got[target])
    return res
