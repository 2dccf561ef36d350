"""The bundled seed resolution against its hand-made gold (tests/fixtures/seed.gold.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rescite.corpus.sample import sample_dir
from rescite.engine.extract import extract_text

GOLD = json.loads((Path(__file__).parent / "fixtures" / "seed.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def result():  # type: ignore[no-untyped-def]
    text = (sample_dir() / GOLD["text"]).read_text(encoding="utf-8")
    return text, extract_text(text, source=GOLD["text"])


def test_own_id(result) -> None:  # type: ignore[no-untyped-def]
    _, res = result
    assert res.document.source_id == GOLD["self"]
    assert {c.source_id for c in res.citations} == {GOLD["self"]}
    assert res.document.lang == "fr"
    assert res.document.body == "CTOC/COP"


def test_all_targets_nothing_spurious(result) -> None:  # type: ignore[no-untyped-def]
    _, res = result
    assert set(res.targets()) == set(GOLD["targets"])
    assert res.unresolved == 0


@pytest.mark.parametrize("target", sorted(GOLD["targets"]))
def test_dates(result, target: str) -> None:  # type: ignore[no-untyped-def]
    _, res = result
    dates = {c.date for c in res.citations if c.target == target} - {None}
    expected = GOLD["targets"][target]
    assert dates == ({expected} if expected else set())


@pytest.mark.parametrize(
    "mention", GOLD["mentions"], ids=lambda m: f"{m['target']}-{m['section']}-{m['paragraph']}"
)
def test_mention_context(result, mention: dict[str, str | None]) -> None:  # type: ignore[no-untyped-def]
    _, res = result
    found = [
        (c.section, c.paragraph, c.verb, c.function) for c in res.citations if c.target == mention["target"]
    ]
    assert (mention["section"], mention["paragraph"], mention["verb"], mention["function"]) in found


def test_offsets_point_at_text(result) -> None:  # type: ignore[no-untyped-def]
    text, res = result
    for c in res.citations:
        assert text[c.start : c.end] == c.text


def test_footnote_markers_link_to_their_footnote(result) -> None:  # type: ignore[no-untyped-def]
    _, res = result
    linked = {(c.text[:20], c.via_footnote, c.target) for c in res.citations if c.via_footnote}
    # "…criminalité transnationale organisée¹" → footnote 1: "Ibid., vol. 2225, n° 39574"
    assert ("Convention des Natio", 1, "UNTS/2225/39574") in linked
    assert any(v == 2 and t == "UNTS/2237/39574" for _, v, t in linked)
