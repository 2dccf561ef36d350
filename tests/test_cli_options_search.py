"""Finding texts by words and by the short names users write; titles from citing texts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fake_engine import CORPUS, fake_extract, write_corpus
from rescite.cli import app
from rescite.corpus import reading
from rescite.corpus.search import cited_title
from rescite.grammar.names import aliases

runner = CliRunner()

FILES = {
    **CORPUS,
    "c/75_5.txt": "@id A/RES/75/5\n@title Coopération entre l'Organisation et les pays de la région\n"
    "@date 2020-11-01\nRappelant [A/RES/71/313] du 6 juillet 2017, intitulée « Travaux de la Commission »\n"
    "2. Decides [UNTS/729/10485]\n",
    "c/75_6.txt": "@id A/RES/75/6\n@title Sport for development and peace\n@date 2020-11-02\n"
    "Recalling [A/RES/71/313] of 6 July 2017, entitled “Work of the Statistical Commission”\n",
    "c/75_7.txt": "@id A/RES/75/7\n@title Safe transport corridors\n@date 2020-11-03\n"
    "Recalling [A/RES/75/6]\n",
}


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(reading, "extract_text", fake_extract)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("RESCITE_CORPUS", raising=False)
    yield write_corpus(tmp_path / "corpus", FILES)


def run(corpus: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, [*args, "--corpus", str(corpus)])
    return result.exit_code, result.stdout, result.stderr


def test_title_after_a_citation() -> None:
    ctx = "Recalling its resolution 70/1 of 25 September 2015, entitled “Transforming our world”, and"
    end = ctx.index("70/1") + 4
    assert cited_title(ctx, end) == "Transforming our world"
    fr = "Rappelant sa résolution 70/1 du 25 septembre 2015, intitulée « Transformer notre monde »"
    assert cited_title(fr, fr.index("70/1") + 4) == "Transformer notre monde"
    # a title that belongs to another mention further on is not taken
    other = "Recalling resolution 70/1 and resolution 71/313, entitled “Work of the Commission”"
    assert cited_title(other, other.index("70/1") + 4) is None
    assert cited_title("Recalling resolution 70/1, and the report", 25) is None


def test_the_citing_texts_title_shows_in_listings(corpus: Path) -> None:
    code, out, _ = run(corpus, "show", "A/RES/71/313", "-f", "json")
    assert code == 0
    # two citing texts give it a title; the longer of the equally frequent ones is kept
    assert json.loads(out)["title"] == "Work of the Statistical Commission"
    code, out, _ = run(corpus, "list", "-f", "json", "--cited-by", "A/RES/75/6")
    assert code == 0 and json.loads(out)[0]["title"] == "Safe transport corridors"


@pytest.mark.parametrize(
    ("query", "target"),
    [
        ("Paris Agreement", "UNTS/3156/54113"),
        ("ICC", "UNTS/2187/38544"),
        ("NPT", "UNTS/729/10485"),
        ("trafficking protocol", "UNTS/2237/39574"),
    ],
)
def test_short_names_users_write(query: str, target: str) -> None:
    from rescite.grammar.names import normalise_name

    assert target in aliases()[normalise_name(query)]


def test_short_names_find_texts_in_the_corpus(corpus: Path) -> None:
    code, out, err = run(corpus, "show", "NPT", "-f", "json")
    assert code == 0, err
    info = json.loads(out)
    assert (
        info["id"] == "UNTS/729/10485"
        and info["title"] == "Treaty on the Non-Proliferation of Nuclear Weapons"
    )
    assert run(corpus, "show", "trafficking protocol", "-f", "json")[0] == 0
    code, _, err = run(corpus, "show", "Paris Agreement")
    assert code == 1 and "UNTS/3156/54113" in err


def test_name_words_are_words_not_letters(corpus: Path) -> None:
    # "sport" is one text's title word; "transport" must not count
    code, out, err = run(corpus, "show", "sport", "-f", "json")
    assert code == 0, err
    assert json.loads(out)["id"] == "A/RES/75/6"


def test_search_ranks_titles_first_and_folds_accents(corpus: Path) -> None:
    code, out, _ = run(corpus, "search", "cooperation", "-f", "ids")
    assert code == 0 and out.split()[0] == "A/RES/75/5"
    code, out, _ = run(corpus, "search", "COOPÉRATION", "-f", "ids")
    assert out.split()[0] == "A/RES/75/5"
    code, out, _ = run(corpus, "search", "statistical", "work", "-f", "json")
    rows = json.loads(out)
    assert rows[0]["id"] == "A/RES/71/313" and rows[0]["rank"] == 1
    code, out, _ = run(corpus, "search", "coordination", "-f", "ids")
    assert sorted(out.split()) == ["A/RES/74/176", "A/RES/76/186"]
    code, out, _ = run(corpus, "search", "coordination", "-f", "ids", "--since", "2020")
    assert out.split() == ["A/RES/76/186"]


def test_search_nothing_found(corpus: Path) -> None:
    code, _, err = run(corpus, "search", "zebra")
    assert code == 1 and "nothing matches 'zebra'" in err


def test_stats_table_chart_and_json(corpus: Path) -> None:
    code, out, err = run(corpus, "stats")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "documents   8"
    assert lines[1].startswith("texts       ") and "(8 in the corpus" in lines[1]
    assert "unresolved  0 mention(s)" in lines
    assert "texts by body" in lines and "citations by function" in lines
    assert any(line.startswith("  A ") and "█" in line for line in lines)
    code, out, _ = run(corpus, "stats", "--json", "--top", "1")
    data = json.loads(out)
    assert data["documents"] == 8 and data["unresolved"] == 0
    assert data["most_cited"] == [
        {
            "id": "A/RES/64/293",
            "title": "United Nations Global Plan of Action to Combat Trafficking in Persons",
            "cited_by": 4,
            "mentions": 4,
        }
    ]
    assert dict(map(tuple, data["by_function"]))["builds_on"] >= 5
