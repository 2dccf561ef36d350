"""Every row of every lexicon is checked: each verb, month, body name and instrument name is
put into its language's test sentence (``[row_tests]`` in the TOML file) and must be found
with the function, date, id or treaty the row gives."""

from __future__ import annotations

import csv
import re
from importlib import resources

import pytest

from rescite.engine.extract import extract_text
from rescite.grammar import lexicon

LEX = lexicon.load()
CODES = lexicon.language_codes()


def _rows(kind: str) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for code in CODES:
        raw = LEX.languages[code].raw
        if kind == "verb":
            out += [(code, v, fn) for v, fn in LEX.languages[code].verbs]
        elif kind == "month":
            for i, m in enumerate(raw["dates"]["months"], 1):
                out += [(code, form, f"{i:02d}") for form in m.split("|")]
        elif kind == "body":
            out += [(code, key, name) for key, names in raw["bodies"].items() for name in names]
        elif kind == "instrument":
            out += [(code, key, name) for key, names in raw["instruments"].items() for name in names]
    return out


BODY_EXAMPLES = {
    r["key"]: re.split(r" (?:resolution|decision) ", r["example"], maxsplit=1)[1].split(" -> ")
    for r in csv.DictReader(
        resources.files("rescite.grammar").joinpath("data").joinpath("bodies.csv").read_text().splitlines()
    )
}


@pytest.mark.parametrize(("code", "verb", "function"), _rows("verb"))
def test_every_verb(code: str, verb: str, function: str) -> None:
    text = LEX.languages[code].raw["row_tests"]["verb"].format(verb=verb)
    (c,) = [c for c in extract_text(text, lang=code).citations if c.target == "A/RES/64/293"]
    assert (c.function, c.verb) == (function, verb)


@pytest.mark.parametrize(("code", "month", "number"), _rows("month"))
def test_every_month(code: str, month: str, number: str) -> None:
    text = LEX.languages[code].raw["row_tests"]["month"].format(month=month)
    (c,) = extract_text(text, lang=code).citations
    assert c.date == f"2010-{number}-12"


@pytest.mark.parametrize(("code", "key", "name"), _rows("body"))
def test_every_body_name(code: str, key: str, name: str) -> None:
    number, expected = BODY_EXAMPLES[key]
    text = LEX.languages[code].raw["row_tests"]["body"].format(body=name, number=number)
    if expected:
        assert expected in extract_text(text, lang=code).targets()
    else:  # a body without an id scheme here: nothing is bound to another body
        assert extract_text(text, lang=code).targets() == [], (code, name)


@pytest.mark.parametrize(("code", "key", "name"), _rows("instrument"))
def test_every_instrument_name(code: str, key: str, name: str) -> None:
    text = LEX.languages[code].raw["row_tests"]["instrument"].format(name=name)
    assert extract_text(text, lang=code).targets() == [LEX.instruments[key].target]
