"""An annotated document in a real headless browser: highlighted, linked, tooltips, offline."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from browser import Page, browser  # noqa: F401  (the fixture)
from rescite.cli import app

runner = CliRunner()

DOC = (
    "The General Assembly,\n\n"
    "Recalling its resolution 70/1 of 25 September 2015,\n\n"
    "Noting the report of the Secretary-General (A/77/123),\n\n"
    "1. Decides to include the item in the provisional agenda of its next session.\n"
)


@pytest.fixture
def page(browser: Any, tmp_path: Path) -> Iterator[Page]:  # noqa: F811
    doc = tmp_path / "doc.txt"
    doc.write_text(DOC, encoding="utf-8")
    out = tmp_path / "doc.html"
    result = runner.invoke(app, ["annotate", str(doc), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    p = Page(browser, out.as_uri())
    yield p
    p.close()


def test_citations_highlighted_linked_with_tooltips(page: Page) -> None:
    marks = page.page.locator("#text .cite")
    assert marks.count() == 2
    texts = [marks.nth(i).inner_text() for i in range(marks.count())]
    assert texts == ["70/1", "A/77/123"]
    assert marks.nth(0).get_attribute("href") == "https://undocs.org/A/RES/70/1"
    tip = marks.nth(0).get_attribute("data-tip") or ""
    assert tip.startswith("A/RES/70/1 · builds_on")
    # the highlight is visible: a background colour other than the page's
    colour = page.page.evaluate("getComputedStyle(document.querySelector('#m1')).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "rgb(255, 255, 255)")
    marks.nth(0).hover()
    after = page.page.evaluate("getComputedStyle(document.querySelector('#m1'), '::after').content")
    assert "A/RES/70/1" in after
    # the text reads as the document does
    assert page.page.inner_text("#text").strip() == DOC.strip()
    assert page.blocked == [] and page.errors == []
