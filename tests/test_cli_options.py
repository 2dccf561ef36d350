"""One set of options: the same filters on every listing command, usage errors that name the
valid values, direction words, --version/-h, colour, show's page and line numbers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fake_engine import use_fake_engine, write_corpus
from rescite.cli import app
from rescite.render import console

runner = CliRunner()
LISTINGS = (["list"], ["rank"], ["cites", "A/RES/76/186"], ["cited-by", "A/RES/64/293"])


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    use_fake_engine(monkeypatch, tmp_path)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    yield write_corpus(tmp_path / "corpus")
    console.set_color("auto")


def run(corpus: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, [*args, "--corpus", str(corpus)])
    return result.exit_code, result.stdout, result.stderr


def ids(corpus: Path, *args: str) -> list[str]:
    code, out, err = run(corpus, *args, "-f", "ids")
    assert code == 0, err
    return out.split()


@pytest.mark.parametrize("command", LISTINGS, ids=lambda c: c[0])
@pytest.mark.parametrize(
    ("option", "value", "named"),
    [
        ("--since", "2019-13", "YYYY-MM-DD"),
        ("--until", "20x9", "YYYY-MM-DD"),
        ("--kind", "resolutions", "resolution"),
        ("--body", "GAA", "A/HRC"),
        ("--lang", "xx", "en"),
        ("--function", "recalls", "builds_on"),
        ("--sort", "size", "cited"),
    ],
)
def test_invalid_values_are_usage_errors_naming_the_valid_ones(
    corpus: Path, command: list[str], option: str, value: str, named: str
) -> None:
    code, out, err = run(corpus, *command, option, value)
    assert code == 2 and out == ""
    assert named in err and value in err


@pytest.mark.parametrize("command", LISTINGS, ids=lambda c: c[0])
def test_every_listing_takes_every_filter(corpus: Path, command: list[str]) -> None:
    code, _, err = run(
        corpus,
        *command,
        "--kind", "resolution", "--body", "A", "--since", "2017", "--until", "2030-01",
        "--lang", "en", "--function", "builds_on", "--in-corpus", "--limit", "5", "--sort", "cited",
    )  # fmt: skip
    assert code == 0, err


def test_body_names_mean_their_series(corpus: Path) -> None:
    assert ids(corpus, "list", "--body", "GA") == ids(corpus, "list", "--body", "A")
    assert ids(corpus, "list", "--body", "SC") == ["S/RES/2331(2016)"]


def test_filters_select(corpus: Path) -> None:
    assert ids(corpus, "list", "--since", "2019", "--until", "2019-12") == ["A/RES/74/176"]
    assert ids(corpus, "list", "--function", "acts") == ["A/73/263", "CTOC/COP/DEC/4/4", "UNTS/2237/39574"]
    assert ids(corpus, "list", "--lang", "fr") == []
    assert len(ids(corpus, "list", "--lang", "en")) == len(ids(corpus, "list"))
    assert ids(corpus, "cites", "A/RES/76/186", "--function", "acts") == ["CTOC/COP/DEC/4/4"]
    assert ids(corpus, "cites", "A/RES/76/186", "--kind", "decision") == ["CTOC/COP/DEC/4/4"]
    assert ids(corpus, "cited-by", "A/RES/64/293", "--limit", "2") == ["A/RES/72/1", "A/RES/73/146"]


def test_sort_and_limit_are_the_same_everywhere(corpus: Path) -> None:
    assert ids(corpus, "list", "--sort", "cited", "--limit", "1") == ["A/RES/64/293"]
    assert ids(corpus, "rank", "--sort", "cited", "--limit", "1") == ["A/RES/64/293"]
    assert ids(corpus, "rank", "--by", "cited", "--limit", "1") == ["A/RES/64/293"]
    code, out, _ = run(corpus, "cites", "A/RES/76/186", "--depth", "0", "--sort", "date", "-f", "csv")
    dates = [line.split(",")[5] for line in out.splitlines()[1:]]
    assert code == 0 and [d for d in dates if d] == sorted(d for d in dates if d)
    code, _, err = run(corpus, "rank", "--sort", "date")
    assert code == 2 and "cited, pagerank" in err


def test_direction_words_mean_one_thing(corpus: Path) -> None:
    assert set(ids(corpus, "list", "--cited-by", "A/RES/64/293")) == set(
        ids(corpus, "cited-by", "A/RES/64/293")
    )
    assert set(ids(corpus, "list", "--cites", "A/RES/76/186")) == set(ids(corpus, "cites", "A/RES/76/186"))


def test_path_says_when_it_went_the_other_way(corpus: Path) -> None:
    code, out, err = run(corpus, "path", "A/RES/72/1", "A/RES/76/186", "-f", "ids")
    assert code == 0 and out.split()[0] == "A/RES/76/186"
    assert "other way" in err
    code, out, err = run(corpus, "path", "A/RES/76/186", "A/RES/72/1", "-f", "ids")
    assert code == 0 and "other way" not in err


def test_version_and_short_help() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and re.match(r"rescite \S+", result.stdout)
    result = runner.invoke(app, ["-h"])
    assert result.exit_code == 0 and "Usage" in result.stdout
    result = runner.invoke(app, ["list", "-h"])
    assert result.exit_code == 0 and "--since" in result.stdout


def test_colour_never_and_no_color_drop_bold(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run(corpus, "list", "-f", "table", "--color", "always")
    assert code == 0 and "\x1b[1m" in out
    code, out, _ = run(corpus, "list", "-f", "table", "--color", "never")
    assert code == 0 and "\x1b[" not in out
    console.set_color("auto")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("FORCE_COLOR", "1")
    code, out, _ = run(corpus, "show", "A/RES/64/293", "-f", "table")
    assert code == 0 and "\x1b[" not in out
    monkeypatch.delenv("NO_COLOR")
    code, out, _ = run(corpus, "show", "A/RES/64/293", "-f", "table")
    assert code == 0 and "\x1b[1m" in out


def test_show_gives_line_numbers_and_context_width(corpus: Path) -> None:
    code, out, _ = run(corpus, "show", "A/RES/74/176", "-f", "text")
    assert code == 0
    assert "A/RES/76/186  line 4: preamble builds_on" in out
    code, out, _ = run(corpus, "show", "A/RES/64/293", "-f", "json", "--context", "5")
    assert code == 0
    import json

    mentions = json.loads(out)["cited_in"]
    assert [m["line"] for m in mentions] == [4, 5, 4, 2]
    assert all(m["page"] is None for m in mentions)
    assert all(len(m["context"]) <= len(m["text"]) + 2 * 5 + 4 for m in mentions)


def test_show_gives_page_numbers_of_a_paged_text(corpus: Path) -> None:
    (corpus / "a" / "paged.txt").write_text(
        "@id A/RES/75/1\n@title Paged\nfirst page\n\fsecond page\nRecalling [A/RES/64/293]\n",
        encoding="utf-8",
    )
    code, out, _ = run(corpus, "show", "A/RES/64/293", "-f", "text")
    assert code == 0 and "A/RES/75/1  p. 2, line 5: preamble" in out
