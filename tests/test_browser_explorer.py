"""The explorer page in a real headless browser: offline, every node drawn, a click shows a
text's mentions, the search finds by number and by title, filters hide, no console errors."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from browser import Page, browser  # noqa: F401  (the fixture)
from fake_engine import fake_extract, write_corpus
from rescite.cli import app
from rescite.corpus import reading

runner = CliRunner()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[str]]]:
    tmp = tmp_path_factory.mktemp("explorer")
    mp = pytest.MonkeyPatch()
    mp.setattr(reading, "extract_text", fake_extract)
    mp.setenv("XDG_CACHE_HOME", str(tmp / "cache"))
    corpus = write_corpus(tmp / "corpus")
    page = tmp / "graph.html"
    result = runner.invoke(app, ["graph", "-o", str(page), "--corpus", str(corpus)])
    assert result.exit_code == 0, result.stderr
    ids = runner.invoke(app, ["list", "-f", "ids", "--corpus", str(corpus)]).stdout.split()
    yield page, ids
    mp.undo()


@pytest.fixture
def page(browser: Any, built: tuple[Path, list[str]]) -> Iterator[Page]:  # noqa: F811
    p = Page(browser, built[0].as_uri())
    p.page.wait_for_selector("body[data-ready='1']", timeout=20_000)
    yield p
    p.close()


def test_loads_offline_with_every_node_and_no_errors(page: Page, built: tuple[Path, list[str]]) -> None:
    assert page.page.evaluate("window.rescite.nodeCount()") == len(built[1])
    assert sorted(page.page.evaluate("window.rescite.cy.nodes().map(n => n.id())")) == sorted(built[1])
    assert page.blocked == [] and page.errors == []
    assert page.page.inner_text("#count") == f"{len(built[1])} of {len(built[1])} texts"


def test_click_on_a_node_shows_its_mentions(page: Page) -> None:
    box = page.page.locator("#cy").bounding_box()
    pos = page.page.evaluate("(() => window.rescite.cy.getElementById('A/RES/64/293').renderedPosition())()")
    page.page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
    page.page.wait_for_selector("#mentions")
    assert page.page.inner_text("#panel h2") == "A/RES/64/293"
    items = page.page.locator("#mentions li")
    assert items.count() == 4
    first = items.nth(0).inner_text()
    assert "A/RES/72/1" in first and "Recalling" in first and "builds_on" in first
    assert page.page.get_attribute("#panel-link", "href") == "https://undocs.org/A/RES/64/293"
    assert page.errors == []


def test_search_by_number_and_by_title(page: Page) -> None:
    page.page.fill("#search", "64/293")
    assert page.page.locator("#results button").first.inner_text().startswith("A/RES/64/293")
    page.page.fill("#search", "coordination of efforts")
    hits = page.page.locator("#results button")
    assert hits.count() == 1 and hits.first.inner_text().startswith("A/RES/76/186")
    # a single hit is opened in the panel
    assert page.page.inner_text("#panel h2") == "A/RES/76/186"
    page.page.fill("#search", "zzzz")
    assert page.page.inner_text("#results") == "nothing found"
    assert page.errors == []


def test_filters_hide_and_show(page: Page, built: tuple[Path, list[str]]) -> None:
    page.page.select_option("#f-body", "S")
    assert page.page.inner_text("#count") == f"1 of {len(built[1])} texts"
    page.page.select_option("#f-body", "")
    page.page.fill("#f-since", "2019")
    visible = page.page.evaluate("window.rescite.cy.nodes().not('.hidden').map(n => n.id())")
    assert sorted(visible) == ["A/RES/74/176", "A/RES/76/186"]
    page.page.fill("#f-since", "")
    page.page.select_option("#f-function", "acts")
    shown = page.page.evaluate("window.rescite.cy.edges().not('.hidden').map(e => e.data('fn'))")
    assert shown and set(shown) == {"acts"}
    assert page.errors == []
