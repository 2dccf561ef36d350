"""The lexicon data files: well-formed, complete per language, and every example extracts as stated."""

from __future__ import annotations

import csv
import re
from importlib import resources

import pytest

from passages import assert_passage
from rescite.engine.extract import extract_text
from rescite.grammar import lexicon

LEX = lexicon.load()
CODES = lexicon.language_codes()
EXAMPLES = [
    (code, i, ex) for code in CODES for i, ex in enumerate(LEX.languages[code].raw.get("examples", []))
]


def test_required_languages_present() -> None:
    assert {"en", "fr", "es"} <= set(CODES)


@pytest.mark.parametrize("code", CODES)
def test_language_file_complete(code: str) -> None:
    raw = LEX.languages[code].raw
    assert raw["code"] == code
    assert len(raw["dates"]["months"]) == 12
    for key in ("resolution", "decision"):
        assert raw["nouns"][key], key
    # every body is named in every language — but for bodies whose texts have no id scheme
    # here (named where known, to keep their numbers from other bodies) and bodies whose
    # decisions carry their code ("1/CP.21"), which need no name to be found
    coded = {r["body"] for r in lexicon.table("decision_codes.csv")}
    optional = {k for k, b in LEX.bodies.items() if b.numbering == "none" or k in coded}
    assert set(LEX.bodies) - optional <= set(raw["bodies"]) <= set(LEX.bodies)
    assert set(raw["instruments"]) <= set(LEX.instruments)
    for fn in ("builds_on", "acknowledges", "acts"):
        assert raw["verbs"][fn], fn
    heading = raw["heading"]
    for pattern in heading["adopted_by"] + heading["own_number"] + heading["own_number_inline"]:
        re.compile(pattern)
    assert len(raw.get("examples", [])) >= 5


def test_every_instrument_named_in_every_required_language() -> None:
    for code in ("en", "fr", "es"):
        named = set(LEX.languages[code].raw["instruments"])
        missing = {k for k in LEX.instruments if k not in named}
        # a few English-only entries (no official FR/ES short title in the table) are allowed
        assert missing <= {"DEVAW"}, (code, missing)


def test_tables_well_formed() -> None:
    rows = list(
        csv.DictReader(
            resources.files("rescite.grammar")
            .joinpath("data")
            .joinpath("bodies.csv")
            .read_text()
            .splitlines()
        )
    )
    for r in rows:
        assert re.fullmatch(r"[A-Z]+(?:/[A-Z]+(?:\.\d+)?)*|E/CN\.\d+", r["series"]), r
        assert r["numbering"] in {"session", "year", "sc", "none"}
        assert r["example"], "every row carries an example"
    for inst in LEX.instruments.values():
        assert re.fullmatch(r"UNTS/\d+/\d+|A/RES/\S+|A/CONF\.\d+/\d+|pub:[a-z0-9-]+", inst.target), inst
    years = [y for _, y in LEX.sc_anchors]
    assert years == sorted(years), "Security Council anchors rise with the years"


def test_body_examples_extract() -> None:
    rows = csv.DictReader(
        resources.files("rescite.grammar").joinpath("data").joinpath("bodies.csv").read_text().splitlines()
    )
    for r in rows:
        text, _, expected = r["example"].partition(" -> ")
        got = extract_text(text).targets()
        # a body without an id scheme here: its texts are kept unresolved, never bound elsewhere
        assert got == ([expected] if expected else []), (text, got)


@pytest.mark.parametrize(("code", "i", "example"), EXAMPLES, ids=[f"{c}-{i}" for c, i, _ in EXAMPLES])
def test_language_examples(code: str, i: int, example: dict[str, object]) -> None:
    text = str(example["text"])
    if example.get("self"):
        # give the passage an identity, as a masthead would
        text = f"{example['self']}\n\n{text}"
    expected = {k: (v or None) for k, v in dict(example["targets"]).items()}  # type: ignore[call-overload]
    assert_passage(text, expected, lang=code)
