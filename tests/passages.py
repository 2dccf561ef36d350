"""What the language passage tables share: the General Assembly's line that opens a passage in
each language, the targets a passage gives, and the check of the distinct targets with the date
written beside each where the table states one."""

from __future__ import annotations

from typing import Any

import pytest

from rescite.engine.extract import extract_text
from rescite.models import ExtractResult

#: The adopting body's line, then a blank line: the General Assembly's text a passage stands in.
GA = {
    "en": "The General Assembly,\n\n",
    "fr": "L'Assemblée générale,\n\n",
    "es": "La Asamblea General,\n\n",
    "ru": "Генеральная Ассамблея,\n\n",
    "zh": "大会，\n\n",
    "ar": "إن الجمعية العامة،\n\n",
}

#: The Security Council's line that opens a passage of its own text, in each language
SC = {
    "en": "The Security Council,\n\n",
    "fr": "Le Conseil de sécurité,\n\n",
    "es": "El Consejo de Seguridad,\n\n",
    "ru": "Совет Безопасности,\n\n",
    "zh": "安全理事会，\n\n",
    "ar": "إن مجلس الأمن،\n\n",
}


#: the Human Rights Council's line that opens a passage of its own text, in each language
HRC = {
    "en": "The Human Rights Council,\n\n",
    "fr": "Le Conseil des droits de l'homme,\n\n",
    "es": "El Consejo de Derechos Humanos,\n\n",
    "ru": "Совет по правам человека,\n\n",
    "zh": "人权理事会，\n\n",
    "ar": "إن مجلس حقوق الإنسان،\n\n",
}

#: the Economic and Social Council's line that opens a passage of its own text, in each language
ECOSOC = {
    "en": "The Economic and Social Council,\n\n",
    "fr": "Le Conseil économique et social,\n\n",
    "es": "El Consejo Económico y Social,\n\n",
    "ru": "Экономический и Социальный Совет,\n\n",
    "zh": "经济及社会理事会，\n\n",
    "ar": "إن المجلس الاقتصادي والاجتماعي،\n\n",
}

#: the heading and opening line of a United Nations Environment Assembly resolution
UNEA = "United Nations Environment Assembly\n\nThe United Nations Environment Assembly,\n\n"

#: the openings above by a short key ("ga-fr", "sc-ru", "hrc-zh", "ec-ar"), for tables that mix bodies
OPENINGS = {
    f"{short}-{lang}": line
    for short, lines in (("ga", GA), ("sc", SC), ("hrc", HRC), ("ec", ECOSOC))
    for lang, line in lines.items()
}


def by_language(rows: list[Any], look_alikes: list[Any] | None = None) -> list[Any]:
    """pytest parameters of table rows that open with their language: each row named
    "<lang>-<i>", each look-alike (a row that must not change) "same-<lang>-<i>"."""
    named = [pytest.param(*r, id=f"{r[0]}-{i}") for i, r in enumerate(rows)]
    return named + [pytest.param(*r, id=f"same-{r[0]}-{i}") for i, r in enumerate(look_alikes or [])]


def by_tables(**tables: tuple[list[Any], list[Any]]) -> list[Any]:
    """pytest parameters of several tables that one test checks alike, as :func:`by_language`
    names them with the table's name before: "<table>-<lang>-<i>", "<table>-same-<lang>-<i>"."""
    return [
        pytest.param(*p.values, id=f"{name}-{p.id}")
        for name, (rows, look_alikes) in tables.items()
        for p in by_language(rows, look_alikes)
    ]


def targets_of(text: str, lang: str | None = None) -> set[str]:
    """The targets of the passage's records ("" for an unresolved one)."""
    return {c.target or "" for c in extract_text(text, lang=lang).citations}


def pinpoints_of(text: str, lang: str | None = None) -> dict[str, str | None]:
    """Each target of the passage ("None" for an unresolved one) with its record's pinpoint."""
    return {str(c.target): c.pinpoint for c in extract_text(text, lang=lang).citations}


#: a table's row as (language, paragraph of a General Assembly text, its distinct targets)
GaRow = tuple[str, str, set[str]]


def ga_targets(lang: str, para: str) -> set[str]:
    """The targets of a paragraph of a General Assembly text in ``lang`` (after its heading)."""
    return targets_of(GA[lang] + para)


def dates_of(
    text: str, lang: str | None = None, *, unresolved: str | None = None, skip_own: bool = False
) -> dict[str, set[str | None]]:
    """Each target of the passage with the dates its records give (None: a record without).
    An unresolved record counts under the key ``unresolved`` (left out when it is None); with
    ``skip_own``, a record whose target is the passage's own id is left out."""
    return _dates_of(extract_text(text, lang=lang), unresolved=unresolved, skip_own=skip_own)


def _dates_of(res: ExtractResult, *, unresolved: str | None, skip_own: bool) -> dict[str, set[str | None]]:
    got: dict[str, set[str | None]] = {}
    for c in res.citations:
        key = c.target or unresolved
        if key is not None and not (skip_own and c.target and c.source_id == c.target):
            got.setdefault(key, set()).add(c.date)
    return got


def assert_dates(
    got: dict[str, set[str | None]], expected: dict[str, str | None], *, exact: bool = False
) -> None:
    """The same targets as ``expected``; a target expected with a date has it among its records'
    (with ``exact``: as its records' only date), one expected with None has records without a
    date only."""
    assert set(got) == set(expected), got
    for target, date in expected.items():
        ok = got[target] == {date} if date is None or exact else date in got[target]
        assert ok, (target, got[target])


def assert_exact(text: str, expected: dict[str, str | None], lang: str | None = None) -> None:
    """The passage's targets are ``expected``'s (an unresolved record counts as the target ""),
    each with its date alone (None: undated); ``lang``: the language given to the engine."""
    assert_dates(dates_of(text, lang, unresolved=""), expected, exact=True)


def assert_passage(
    text: str, expected: dict[str, str | None], *, skip_own: bool = False, lang: str | None = None
) -> ExtractResult:
    """``expected`` maps each target to its date (or None: no date checked).  With
    ``skip_own``, a record whose target is the passage's own id is not counted; ``lang``: the
    language given to the engine.  Returns the result, for the checks a table adds."""
    res = extract_text(text, lang=lang)
    got = _dates_of(res, unresolved=None, skip_own=skip_own)
    assert set(got) == set(expected), got
    for target, date in expected.items():
        if date:
            assert date in got[target], (target, got[target])
    return res


def assert_absent(text: str, lang: str, absent: set[str]) -> None:
    """The passage gives some target, and none of ``absent``."""
    got = {str(c.target) for c in extract_text(text, lang=lang).citations}
    assert got - absent  # (the passage's other citation is read)
    assert not got & absent


def assert_bound(text: str, lang: str, want: dict[str, tuple[str | None, str | None]]) -> None:
    """Each mention (by its text as written) has the target and body given: (target — None for
    an unresolved one, body)."""
    got = {c.text: (c.target and str(c.target), c.body) for c in extract_text(text, lang=lang).citations}
    assert {t: got.get(t, ("missing", None)) for t in want} == want


def assert_other_bodies(
    text: str, lang: str, family: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """Each mention (by its text as written, in the passage's order) has its target; one left
    unresolved keeps its reason and the body given (None: any body but the Assembly's, the
    Security Council's or ECOSOC's).  No other citation is bound to those three."""
    cits = list(extract_text(text, lang=lang).citations)
    used: set[int] = set()
    for mention, target, body in expected:
        found = [i for i, c in enumerate(cits) if mention in c.text and i not in used]
        assert found, (family, mention, [(c.text, c.target) for c in cits])
        used.add(found[0])
        c = cits[found[0]]
        assert c.target == target, (family, c.text, c.target, c.body, c.reason)
        if target is None:
            assert c.kind == "unresolved"
            assert c.reason
            if body is None:
                assert c.body not in (None, "A", "E", "S"), (family, c.text, c.body, c.reason)
            else:
                assert c.body == body, (family, c.text, c.body, c.reason)
    # no other citation of the passage is bound to the Assembly, the Security Council or ECOSOC
    spurious = [
        (c.text, c.target)
        for i, c in enumerate(cits)
        if i not in used and (c.target or "").startswith(("A/", "E/", "S/"))
    ]
    assert not spurious, (family, spurious)


#: each mention as written -> (target — None: unresolved, body, date, pinpoint — ANY: not checked)
Want = dict[str, tuple[str | None, str | None, str | None, str | None]]

#: a pinpoint not checked (the place of a text in a session report: "sect. A")
ANY = "*"


def assert_records(text: str, lang: str | None, want: Want) -> None:
    """The passage gives exactly the mentions of ``want``, each with its target, body, date and
    pinpoint; an unresolved one keeps its reason.  ``lang`` "" or None: left to the engine to
    detect."""
    cits = extract_text(text, lang=lang or None).citations
    got = {c.text: (c.target and str(c.target), c.body, c.date, c.pinpoint) for c in cits}
    assert set(got) == set(want), got
    for mention, (target, body, date, pin) in want.items():
        g = got[mention]
        assert (g[0], g[1], g[2]) == (target, body, date), (mention, g)
        assert pin == ANY or g[3] == pin, (mention, g)
    for c in cits:
        if c.target is None:
            assert c.reason, c.text


def assert_pinpointed(text: str, lang: str, want: dict[str, tuple[str | None, str | None]]) -> None:
    """Each mention (by its text as written) has the target and pinpoint given: (target — None
    for an unresolved one, pinpoint)."""
    got = {c.text: (c.target and str(c.target), c.pinpoint) for c in extract_text(text, lang=lang).citations}
    assert {t: got.get(t, ("missing", None)) for t in want} == want


#: a row's records, each as (target, or "" when unresolved, and its date)
Records = list[tuple[str, str | None]]


def assert_dated_targets(text: str, lang: str, want: Records) -> None:
    """The passage's targets (an unresolved record counts as ""; a lower-case id, a treaty's or
    a publication's, is not counted) are exactly ``want``'s, and each resolved one has every
    date ``want`` gives it among its records'."""
    found: dict[str, set[str | None]] = {}
    for c in extract_text(text, lang=lang).citations:
        if c.target is None or c.target[:1].isupper():
            found.setdefault(c.target or "", set()).add(c.date)
    expected: dict[str, set[str | None]] = {}
    for target, date in want:
        expected.setdefault(target, set()).add(date)
    assert sorted(found) == sorted(expected)
    for target, dates in expected.items():
        if target:
            assert dates <= found[target], target


def assert_unresolved_kept(text: str, lang: str, want: Records) -> None:
    """The passage keeps as many unresolved records as ``want`` has (target ""), each with its
    reason."""
    kept = [c for c in extract_text(text, lang=lang).citations if c.target is None]
    assert len(kept) == sum(1 for target, _ in want if not target)
    assert all(c.reason for c in kept)


def resolved_pinpoints(text: str, lang: str) -> dict[str, str | None]:
    """Each resolved target of the passage with its record's pinpoint."""
    return {c.target: c.pinpoint for c in extract_text(text, lang=lang).citations if c.target}
