"""Pictures: graph as SVG/PNG/PDF through Graphviz with a legend, the missing-Graphviz
message, the explorer page's data, and the timeline of a series."""

from __future__ import annotations

import io
import json
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fake_engine import fake_extract, write_corpus
from rescite.cli import app
from rescite.corpus import reading
from rescite.render import picture
from rescite.render.dot import write_dot
from rescite.render.explorer import CYTOSCAPE_VERSION, page_data, write_explorer

runner = CliRunner()
needs_dot = pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz `dot` not installed")


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(reading, "extract_text", fake_extract)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("RESCITE_CORPUS", raising=False)
    yield write_corpus(tmp_path / "corpus")


def run(corpus: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, [*args, "--corpus", str(corpus)])
    return result.exit_code, result.stdout, result.stderr


NODES: list[dict[str, object]] = [
    {"id": "A/RES/72/1", "kind": "resolution", "body": "A", "date": "2017-09-27", "in_corpus": True},
    {"id": "S/RES/2331(2016)", "kind": "resolution", "body": "S", "date": None, "in_corpus": False},
    {"id": "UNTS/2237/39574", "kind": "treaty", "body": None, "date": None, "in_corpus": False},
]
EDGES: list[dict[str, object]] = [
    {"source_id": "A/RES/72/1", "target": "S/RES/2331(2016)", "mentions": 2, "function": ["acknowledges"]},
    {"source_id": "A/RES/72/1", "target": "UNTS/2237/39574", "mentions": 1, "function": ["acts"]},
]


def test_dot_legend_names_every_body_kind_and_function_used() -> None:
    buf = io.StringIO()
    write_dot(NODES, EDGES, buf, focus="A/RES/72/1", legend=True)
    text = buf.getvalue()
    legend = text[text.index("cluster_legend") :]
    for label in ("A General Assembly", "S Security Council", "treaties", "resolution", "treaty"):
        assert f'label="{label}"' in legend
    assert 'label="acts"' in legend and 'label="acknowledges"' in legend
    assert 'label="focus: A/RES/72/1"' in legend
    # the focus node itself is ringed
    assert re.search(r'"A/RES/72/1" \[[^\]]*peripheries=2', text)


def test_layout_engine_suits_the_size() -> None:
    assert picture.layout_engine(10) == "dot"
    assert picture.layout_engine(5000) == "sfdp"


def test_missing_graphviz_is_one_line_with_the_install_hint(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("shutil.which", lambda name: None)
    code, out, err = run(corpus, "graph", "-o", str(tmp_path / "g.svg"))
    assert code == 4 and out == ""
    assert err.count("\n") == 1 and "apt-get install graphviz" in err
    assert not (tmp_path / "g.svg").exists()


@needs_dot
@pytest.mark.parametrize(("suffix", "magic"), [("svg", b"<?xml"), ("png", b"\x89PNG"), ("pdf", b"%PDF")])
def test_graph_pictures(corpus: Path, tmp_path: Path, suffix: str, magic: bytes) -> None:
    target = tmp_path / f"g.{suffix}"
    code, _, err = run(corpus, "graph", "--focus", "A/RES/73/146", "-o", str(target))
    assert code == 0, err
    assert target.read_bytes().startswith(magic)
    assert "texts" in err and "dot" in err


@needs_dot
def test_svg_has_every_node_and_the_legend(corpus: Path, tmp_path: Path) -> None:
    target = tmp_path / "g.svg"
    assert run(corpus, "graph", "--format", "svg", "-o", str(target))[0] == 0
    root = ET.parse(target).getroot()
    titles = [t.text for t in root.iter("{http://www.w3.org/2000/svg}title")]
    out = run(corpus, "list", "-f", "ids")[1]
    for cid in out.split():
        assert cid in titles
    assert "cluster_legend" in titles


def test_picture_to_a_terminal_needs_a_file(corpus: Path) -> None:
    # CliRunner's stdout is no terminal: the bytes go to standard output
    code, out, _ = run(corpus, "graph", "--format", "html")
    assert code == 0 and out.startswith("<!DOCTYPE html>")


def test_explorer_page_is_self_contained(corpus: Path, tmp_path: Path) -> None:
    target = tmp_path / "g.html"
    code, _, err = run(corpus, "graph", "-o", str(target))
    assert code == 0, err
    page = target.read_text(encoding="utf-8")
    assert f"cytoscape.js {CYTOSCAPE_VERSION}" in page
    assert not re.search(r"""(?:src|href)=["']https?:""", page)  # nothing fetched
    found = re.search(r'<script id="rescite-data"[^>]*>(.*?)</script>', page, re.S)
    assert found is not None
    data = json.loads(found.group(1))
    code, out, _ = run(corpus, "list", "-f", "ids")
    assert sorted(n["id"] for n in data["nodes"]) == sorted(out.split())
    assert {m["citing"] for m in data["mentions"]["A/RES/64/293"]} >= {"A/RES/72/1", "A/RES/73/146"}


def test_explorer_data_cannot_end_its_script() -> None:
    nodes = [{"id": "A/RES/1/1", "kind": "resolution", "body": "A", "title": "</script><b>x</b>"}]
    buf = io.StringIO()
    write_explorer(nodes, [], {}, buf)
    page = buf.getvalue()
    assert "</script><b>" not in page
    assert page_data(nodes, [], {})["nodes"][0]["title"] == "</script><b>x</b>"


def test_vendored_library_has_its_licence() -> None:
    vendor = Path(picture.__file__).parent / "vendor"
    assert "Permission is hereby granted" in (vendor / "cytoscape.LICENSE").read_text(encoding="utf-8")
    assert (vendor / "cytoscape.min.js").stat().st_size > 100_000


SERIES = {
    "s/69_1.txt": "@id A/RES/69/1\n@title Trafficking in women and girls\n@date 2014-12-18\n"
    "Recalling [A/RES/64/293]\n",
    "s/71_1.txt": "@id A/RES/71/1\n@title Trafficking in women and girls\n@date 2016-12-19\n"
    "Recalling [A/RES/69/1]\n",
    "s/73_1.txt": "@id A/RES/73/1\n@title Trafficking in women and and girls\n@date 2018-12-17\n"
    "Recalling [A/RES/71/1] and [A/RES/69/1]\n2. Welcomes [UNTS/2237/39574]\n",
    "s/74_9.txt": "@id A/RES/74/9\n@title Oceans and the law of the sea\n@date 2019-12-10\n"
    "Recalling [A/RES/73/1]\n",
}


def test_timeline_text_and_svg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "extract_text", fake_extract)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    corpus = write_corpus(tmp_path / "series", SERIES)
    code, out, err = run(corpus, "timeline", "A/RES/71/1")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "series of A/RES/71/1: 3 text(s), 2014–2018"
    order = [line.split()[2] for line in lines[1:] if "●" in line or "◉" in line]
    assert order == ["A/RES/69/1", "A/RES/71/1", "A/RES/73/1"]  # not the law of the sea
    assert "◉  A/RES/71/1" in out
    assert "recalls 2: A/RES/69/1, A/RES/71/1" in out
    assert "cites 2: A/RES/64/293" not in out and "cites 1: UNTS/2237/39574" in out
    target = tmp_path / "t.svg"
    code, _, err = run(corpus, "timeline", "71/1", "-o", str(target))
    assert code == 0, err
    root = ET.parse(target).getroot()
    texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert {"2014", "2018", "A/RES/69/1", "A/RES/73/1"} <= set(texts)
    code, out, _ = run(corpus, "timeline", "71/1", "-f", "json")
    rows = json.loads(out)
    assert [r["id"] for r in rows] == ["A/RES/69/1", "A/RES/71/1", "A/RES/73/1"]
    assert rows[0]["cites"] == ["A/RES/64/293"]
