"""Annotated documents: every citation highlighted, linked and explained; unresolved ones marked."""

from __future__ import annotations

import html
import io
import re
from pathlib import Path

from typer.testing import CliRunner

from rescite.cli import app
from rescite.models import CanonicalId, Citation
from rescite.render.annotate import annotate_html

runner = CliRunner()

TEXT = "Recalling resolution 64/293 & the Protocol <b>, and resolution 99/999 of nowhere.\n"


def _cite(text: str, target: str | None, **kw: str) -> Citation:
    start = TEXT.index(text)
    return Citation(
        source="t.txt",
        source_id=None,
        start=start,
        end=start + len(text),
        text=text,
        target=CanonicalId(target) if target else None,
        kind=kw.pop("kind", "resolution" if target else "unresolved"),
        **kw,  # type: ignore[arg-type]
    )


def test_annotated_text_is_the_document_with_marks() -> None:
    cites = [
        _cite("64/293", "A/RES/64/293", function="builds_on", verb="Recalling"),
        _cite("Protocol", "UNTS/2237/39574", kind="treaty", function="builds_on", verb="Recalling"),
        _cite("99/999", None),
    ]
    buf = io.StringIO()
    counts = annotate_html(TEXT, cites, buf, title="A test <page>")
    page = buf.getvalue()
    assert counts == {"mentions": 3, "resolved": 2, "unresolved": 1}
    body = re.search(r'<div class="text" id="text">(.*)</div>', page, re.S)
    assert body is not None
    # stripping the marks gives the document back, escaped once
    assert html.unescape(re.sub(r"<[^>]+>", "", body.group(1))) == TEXT
    assert '<a class="cite builds_on" id="m1" data-tip="A/RES/64/293 · builds_on · “Recalling”"' in page
    assert 'href="https://undocs.org/A/RES/64/293"' in page
    assert 'href="https://treaties.un.org/doc/Publication/UNTS/Volume%202237/v2237.pdf"' in page
    assert re.search(r'<span class="cite unresolved" id="m3" data-tip="unresolved \(unresolved\)"', page)
    assert "<title>A test &lt;page&gt; — rescite</title>" in page


def test_annotate_command(tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text(
        "The General Assembly,\n\nRecalling its resolution 70/1 of 25 September 2015,\n\n"
        "1. Decides to continue the consideration of the question.\n",
        encoding="utf-8",
    )
    out = tmp_path / "doc.html"
    result = runner.invoke(app, ["annotate", str(doc), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert "1 citations, 0 unresolved" in result.stderr
    page = out.read_text(encoding="utf-8")
    assert 'href="https://undocs.org/A/RES/70/1"' in page and "A/RES/70/1 · builds_on" in page


def test_annotate_bad_input_is_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["annotate", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 4 and result.stderr.count("\n") == 1
    assert not (tmp_path / "x.html").exists()
