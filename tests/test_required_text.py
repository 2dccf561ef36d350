"""``required_text``: a text, in lower case, that the lower-cased text holds wherever a pattern
matches — the look that spares a case-blind search of a heading for another language's "adopted
by" line — and the headings read with that look as without it."""

from __future__ import annotations

import re

import pytest

from rescite.engine import heading, symbols
from rescite.grammar.retools import required_text

CASES = [
    # (pattern, flags, the text required, texts it matches)
    (
        r"(?P<kind>Motion|Ruling) voted by the (?P<org>\w+)",
        re.IGNORECASE,
        " voted by the ",
        ["RULING VOTED BY THE Board"],
    ),
    (r"Passed under (?:the|a) rule", 0, "ed under ", ["Passed under a rule"]),
    # "s", "i", "k": case-blind, Python also takes "ſ", "ı", the Kelvin sign for them
    (r"Sessional items here", re.IGNORECASE, "onal ", ["ſeſſıonal ıtems here"]),
    (r"(?:^|\n)[ \t]*(?:قرار|مقرر) صادر عن", re.IGNORECASE, " صادر عن", ["\nمقرر صادر عن"]),
    (r"年 ?(?P<m>\d{1,2}) ?月通过", 0, "月通过", ["2019年 5 月通过"]),
]


@pytest.mark.parametrize(("regex", "flags", "needed", "texts"), CASES)
def test_the_text_every_match_holds(regex: str, flags: int, needed: str, texts: list[str]) -> None:
    pattern = re.compile(regex, flags)
    assert required_text(pattern) == needed
    for text in texts:
        assert pattern.search(text) is not None, text
        assert needed in text.lower(), text


@pytest.mark.parametrize("regex", [r"alpha|beta", r"(?:ab)+c?", r"\d+[/.]\d+", r"[xy]z?"])
def test_none_when_no_run_is_required(regex: str) -> None:
    assert required_text(re.compile(regex)) is None


HEADS = [
    # (language, head) — no "adopted by" line in its own language, one in another's or none
    ("fr", "Résolution 4/7\n\nCoopération régionale en matière de drogues\n\nLa Conférence des Parties,\n"),
    ("en", "Decision 12/3\n\nResolución 12/3 aprobada por la Asamblea General el 2 de mayo\n"),
    ("es", "Resolución 71/9\n\nResolution 71/9 adopted by the Human Rights Council on 4 May\n"),
    ("ru", "Решение 9/2\n\n安全理事会2016年3月1日第7633次会议通过\n"),
    ("en", "Resolution 7/1\n\nThe Conference of the Parties,\n"),
]


@pytest.mark.parametrize(("lang", "head"), HEADS)
def test_heading_read_as_without_the_look(lang: str, head: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def read() -> tuple[str | None, str | None]:
        h = heading.analyse_heading(head, lang, symbols.symbol_matches(head), lang)
        return h.body, h.date

    looked = read()
    real = heading._adopted_by_scans
    monkeypatch.setattr(heading, "_adopted_by_scans", lambda scope: [(p, None) for p, _ in real(scope)])
    assert read() == looked
