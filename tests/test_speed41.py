"""The engine's start for one file (issue 9, condition 2): patterns built when a text needs them.

A one-file refresh built every own-number heading pattern and its scan from a line break (41 of
each) for the few the heading's loop tried before it found the number, compiled them all again
to write their strings into :func:`heading.any_heading`, and built the seventeen "adopted by"
patterns for the one whose words the head held.  Each is now built when first asked for; the
patterns, their order and what the engine reads are those of before (rows below pin them, and
the reference extraction is byte for byte main's).  The dates' and ``retools``' string patterns
that ``re.sub``/``re.match``/``re.search`` parsed anew at every start are kept patterns.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from rescite.engine import heading
from rescite.engine.extract import extract_text
from rescite.grammar import dates, lexicon, recache, retools
from rescite.grammar.lexicon import gather
from rescite.grammar.retools import required_text, top_level_alternative, unnamed

_LAZY = ("_heading_pattern", "_line_scan", "_adopted_by_pattern", "_adopted_by_patterns", "_adopted_by_scans")


def _forget() -> None:
    for name in (*_LAZY, "_own_lines"):
        getattr(heading, name).cache_clear()


@pytest.fixture
def fresh() -> Iterator[None]:
    """The heading's built patterns forgotten, as in a new process (and again after)."""
    _forget()
    yield
    _forget()


def _old_heading_patterns(kind: str) -> list[tuple[str, int]]:
    """The heading patterns of ``kind`` as 093c8916 compiled them all (pattern, flags)."""
    flags = re.IGNORECASE if kind == "adopted_by" else re.MULTILINE if kind == "own_number" else 0
    return [
        (p.replace("^\\s*", "^[^\\S\\n]*") if flags == re.MULTILINE else p, flags)
        for p in gather(f"heading.{kind}")
    ]


@pytest.mark.parametrize("kind", ["own_number", "own_number_inline", "adopted_by"])
def test_heading_patterns_as_before(kind: str, fresh: None) -> None:
    old = [re.compile(p, f) for p, f in _old_heading_patterns(kind)]
    assert heading._heading_sources(kind) == tuple(_old_heading_patterns(kind))
    got = heading.heading_patterns(kind)
    assert [(p.pattern, p.flags) for p in got] == [(p.pattern, p.flags) for p in old]
    assert list(heading.iter_heading_patterns(kind)) == got  # (the same objects, built once)
    scans = heading._line_scans(kind)
    for (pat, after), want in zip(scans, old, strict=True):
        assert (pat.pattern, pat.flags) == (want.pattern, want.flags)
        rest = want.pattern[1:]
        anchored = want.flags & re.MULTILINE and want.pattern.startswith("^")
        if anchored and not top_level_alternative(rest):
            assert after is not None and (after.pattern, after.flags) == ("\n" + rest, want.flags)
        else:
            assert after is None


def test_any_heading_as_before(fresh: None) -> None:
    """:func:`heading.any_heading` made of the strings, as it was of the compiled patterns."""
    alts = [unnamed(p) for p, _f in _old_heading_patterns("own_number")]
    lead = "^[^\\S\\n]*"
    led = [a[len(lead) :] for a in alts if a.startswith(lead) and not top_level_alternative(a[len(lead) :])]
    rest = [a for a in alts if not (a.startswith(lead) and not top_level_alternative(a[len(lead) :]))]
    parts = [f"{lead}(?:{'|'.join(f'(?:{a})' for a in led)})"] if led else []
    want = "|".join([*parts, *(f"(?:{a})" for a in rest)]) or "(?!)"
    heading.any_heading.cache_clear()
    try:
        got = heading.any_heading()
        assert (got.pattern, got.flags & ~re.UNICODE) == (want, re.MULTILINE)
        assert heading._heading_pattern.cache_info().currsize == 0  # (no own-number pattern built)
    finally:
        heading.any_heading.cache_clear()


# (text, its id, its title, most own-number patterns and line scans the heading built, None: no
# bound — a text without a heading number tries them all, as before; most "adopted by" patterns
# built): the heading found as before, with the patterns up to the one that found it built
_ROWS: list[tuple[str, str | None, str | None, int | None, int]] = [
    (
        "Resolution adopted by the General Assembly on 14 December 2031\n\n"
        "[on the report of the Third Committee (A/86/512)]\n\n"
        "86/231. Strengthening the coordination of assistance to refugees\n\n"
        "The General Assembly,\n\nRecalling its resolution 85/140 of 16 December 2030,\n\n"
        "1. Requests the Secretary-General to report at its eighty-seventh session.\n",
        "A/RES/86/231",
        "Strengthening the coordination of assistance to refugees",
        6,
        1,
    ),
    (
        "Decision adopted by the Human Rights Council on 4 April 2031\n\n"
        "61/112. Cooperation with regional mechanisms\n\n"
        "The Human Rights Council,\n\nRecalling its decision 59/104,\n\n"
        "Decides to continue its consideration of the question at its sixty-third session.\n",
        "A/HRC/DEC/61/112",
        "Cooperation with regional mechanisms",
        6,
        1,
    ),
    (
        "The General Assembly,\n\nRecalling its resolution 80/12 of 3 November 2025,\n\n"
        "Takes note of the report of the Secretary-General.\n",
        None,
        None,
        None,
        2,
    ),
]


@pytest.mark.parametrize(("text", "own", "title", "most_own", "most_adopted"), _ROWS)
def test_heading_built_as_reached(
    text: str, own: str | None, title: str | None, most_own: int | None, most_adopted: int, fresh: None
) -> None:
    doc = extract_text(text, lang="en").document
    assert (doc.source_id, doc.title) == (own, title)
    if most_own is not None:
        own_kinds = len(heading._heading_sources("own_number")) + len(
            heading._heading_sources("own_number_inline")
        )
        assert most_own < own_kinds
        built = heading._heading_pattern.cache_info().currsize + heading._line_scan.cache_info().currsize
        assert built <= most_own
    assert heading._adopted_by_pattern.cache_info().currsize <= most_adopted


# (a pattern as written, its flags): the text every match holds, kept under the string
_REQUIRED: list[tuple[str, int]] = [
    (r"resolution adopted by the (?P<body>General Assembly|Security Council)", re.IGNORECASE),
    (r"(?:decision|resolution) adoptée par l[ae] (?P<body>\w+)", re.IGNORECASE),
    (r"第(?P<n>\d+)号决议", 0),
    (r"(?P<kind>Resolution|Decision)s? \d+", 0),
    (r"(?:a|b)", re.IGNORECASE),
]


def _counted_compiles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """From here on, the patterns recache.compile builds, in order (each still built)."""
    compiled: list[str] = []
    real = recache.compile

    def counted(p: str, f: int = 0) -> re.Pattern[str]:
        compiled.append(p)
        return real(p, f)

    monkeypatch.setattr(recache, "compile", counted)
    return compiled


@pytest.mark.parametrize(("pattern", "flags"), _REQUIRED)
def test_required_text_of_as_of_the_pattern(
    pattern: str, flags: int, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(recache, "_strings", None)
    want = required_text(re.compile(pattern, flags))
    assert retools.required_text_of(pattern, flags) == want
    recache.flush()
    monkeypatch.setattr(recache, "_strings", None)  # as a new process: read from the kept file
    compiled = _counted_compiles(monkeypatch)
    assert retools.required_text_of(pattern, flags) == want
    assert compiled == []  # (kept: the pattern is not built to tell it)


def _refused(*_args: Any, **_kwargs: Any) -> Any:
    raise AssertionError("a string pattern parsed by re at the call")


# (a sentence, the date read in it): the month's slash and the day's figures read by kept patterns
_DATES: list[tuple[str, str, str | None]] = [
    ("en", "adopted on 14 December 2031", "2031-12-14"),
    ("fr", "adoptée le 1er décembre 2030", "2030-12-01"),
    ("es", "aprobada el 3 de mayo de 2029", "2029-05-03"),
    ("en", "adopted on 31 February 2031", None),
]


@pytest.mark.parametrize(("lang", "text", "date"), _DATES)
def test_dates_read_without_re_calls(
    lang: str, text: str, date: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    pattern = dates.date_regex(lexicon.scope(lang))
    rx = recache.compile(pattern, re.IGNORECASE)
    m = rx.search(text)
    assert m is not None
    dates._DATES.clear()
    for name in ("sub", "match", "search"):
        monkeypatch.setattr(re, name, _refused)  # (the module dates calls)
    assert dates.parse_date(m) == date


def test_anchor_reach_without_re_calls(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(re, "search", _refused)  # (the module retools calls)
    retools._ANCHOR_REACHES.clear()
    assert retools.anchor_reach(recache.compile(r"(?<![\d/])\d{1,4}/\d{1,4}")) is not None
    assert retools.anchor_reach(recache.compile(r"(a)\1/b")) is None  # (a back-reference: no reach)


# (a pattern as written, its flags): led as before, the pattern alone not built once its first
# characters are kept
_LED: list[tuple[str, int]] = [
    (r"(?<!\w)(?:resolution|decision)s?\s++\d{1,4}", re.IGNORECASE),
    (r"(?<![\d/])第\d{1,4}号", 0),
    (r"(?:\d+)?$", 0),  # (may match empty: not led)
    (r"[A-Z]{2,5}(?=\s)", re.ASCII),
    (r"\s*+,\s*+(?:and|et|y)\s++", re.IGNORECASE),
]


@pytest.mark.parametrize(("pattern", "flags"), _LED)
def test_led_compile_as_led(pattern: str, flags: int, tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(recache, "_strings", None)
    want = retools.led(re.compile(pattern, flags))
    got = retools.led_compile(pattern, flags)
    assert (got.pattern, got.flags) == (want.pattern, want.flags)
    assert retools.first_led(pattern) == _old_first_led(pattern)
    recache.flush()
    monkeypatch.setattr(recache, "_strings", None)  # as a new process: read from the kept file
    compiled = _counted_compiles(monkeypatch)
    again = retools.led_compile(pattern, flags)
    assert (again.pattern, again.flags) == (want.pattern, want.flags)
    assert compiled == [want.pattern]  # (the pattern led only: the one used)
    compiled.clear()
    assert retools.first_led(pattern) == _old_first_led(pattern)
    assert compiled == []


def _old_first_led(alternatives: str) -> str:
    """``first_led`` as 093c8916 wrote it (its pattern compiled to read its first characters)."""
    first = retools.first_chars(re.compile(alternatives), may_be_empty=False)
    return alternatives if first is None else f"(?:(?={first}){alternatives})"


@pytest.mark.parametrize("lang", ["en", "fr", "ru", "zh", "ar", ""])
def test_adoption_dates_apart_as_before(lang: str) -> None:
    """The two dates of an adoption by a named actor, built apart, as 093c8916 built them together."""
    langs = lexicon.scope(lang)
    date = dates.date_regex(langs)
    date_intro = lexicon.alternation(lexicon.gather("grammar.date_intro", langs))
    link = lexicon.alternation(lexicon.gather("grammar.actor_link", langs))
    articles = retools.alt_or_never(lexicon.gather("grammar.articles", langs))
    cjk = lexicon.CJK
    after = rf"(?:\s*+,\s*+|\s++|(?<=[{cjk}]))(?:{date_intro}(?:\s++|(?<=[{cjk}])))?{date}"
    # (… and, since session 47, a date set off by a comma glued to a script without spaces)
    before = (
        rf"{date}(?:(?:\s*+,)?\s++(?:{link}\s++)?(?:{articles}\s*+)?"
        rf"|(?<=[{cjk}])[ \t]*+[,\uff0c][ \t]*+)$"
    )
    got_after, got_before = dates.adoption_date_after(lang), dates.adoption_date_before(lang)
    assert (got_after.pattern, got_before.pattern) == (after, before)
    assert got_after.flags & re.IGNORECASE and got_before.flags & re.IGNORECASE
    assert dates.adoption_dates(lang) == (got_after, got_before)
