"""The citation graph: subgraphs, networkx export, and DOT/Mermaid writers accepted by Graphviz."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from fake_engine import fake_extract, write_corpus
from rescite.corpus import index as ix
from rescite.corpus import lists, query, reading, schema, traversal
from rescite.corpus.graph import node_link_json, subgraph, to_networkx
from rescite.render.dot import dot_quote, write_dot, write_mermaid

WEIRD = {
    "w1.txt": '@id A/RES/80/1\n@title Quotes "inside" and a back\\slash \\l \\N at the end \\\n'
    'Recalling [A/RES/80/2] and [pub:étude-"x"]\n',
    "w2.txt": "@id A/RES/80/2\n"
    "@title قرار الجمعية العامة — 联合国大会决议 — Резолюция {braces} <angle> [x|y]\n"
    "3. Decides [A/RES/80/1]\n",
}

needs_dot = pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz `dot` not installed")


@pytest.fixture
def conn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(reading, "extract_text", fake_extract)
    root = write_corpus(tmp_path / "c")
    write_corpus(root, WEIRD)
    c = schema.open_index(tmp_path / "i.sqlite")
    ix.refresh(c, [root], jobs=1)
    return c


def _dot_accepts(text: str) -> None:
    proc = subprocess.run(["dot", "-Tsvg"], input=text.encode(), capture_output=True, timeout=60)
    assert proc.returncode == 0, proc.stderr.decode()
    assert b"<svg" in proc.stdout
    assert b"syntax error" not in proc.stderr


def test_subgraph_whole_and_focus(conn) -> None:  # type: ignore[no-untyped-def]
    nodes, edges = subgraph(conn, lists.Filters())
    assert len(nodes) == conn.execute("SELECT count(*) FROM nodes").fetchone()[0]
    assert len(edges) == conn.execute("SELECT count(*) FROM edges").fetchone()[0]
    focus = query.by_id(conn, "A/RES/73/146")
    assert focus is not None
    nodes, edges = subgraph(conn, lists.Filters(), focus["_node"], 1)
    assert [n["id"] for n in nodes] == [
        "A/73/263",
        "A/RES/64/293",
        "A/RES/72/1",
        "A/RES/73/146",
        "A/RES/74/176",
    ]
    e = next(e for e in edges if e["target"] == "A/RES/64/293" and e["source_id"] == "A/RES/73/146")
    assert e["mentions"] == 1 and e["function"] == ["acknowledges"] and e["verb"] == ["Welcomes"]
    assert e["paragraph"] == ["2"] and e["context"] == "2. Welcomes [A/RES/64/293]"
    # filters apply around the focus, the focus stays
    nodes, _ = subgraph(conn, lists.Filters(in_corpus=False), focus["_node"], 1)
    assert [n["id"] for n in nodes] == ["A/73/263", "A/RES/64/293", "A/RES/73/146"]


def test_networkx_graph(conn) -> None:  # type: ignore[no-untyped-def]
    nodes, edges = subgraph(conn, lists.Filters())
    g = to_networkx(nodes, edges)
    assert g.nodes["A/RES/64/293"]["link"] == "https://undocs.org/A/RES/64/293"
    assert g.nodes["A/RES/72/1"]["in_corpus"] is True
    assert g.edges["A/RES/72/1", "A/RES/55/25"]["pinpoint"] == ["annex II"]
    data = node_link_json(nodes, edges)
    assert {"nodes", "edges", "directed"} <= set(data)


@needs_dot
def test_dot_accepts_any_label(conn) -> None:  # type: ignore[no-untyped-def]
    nodes, edges = subgraph(conn, lists.Filters())
    out = io.StringIO()
    write_dot(nodes, edges, out)
    _dot_accepts(out.getvalue())


@needs_dot
def test_dot_quote_hostile_strings() -> None:
    hostile = [
        'a"b',
        "back\\",
        "\\",
        'x\\"y',
        "line\nbreak\r\n",
        "tab\tnul\x00bell\x07",
        "日本語 عربي",
        "}; digraph {",
    ]
    nodes = [{"id": s, "kind": "document", "name": s, "in_corpus": True} for s in hostile]
    edges = [
        {
            "source_id": hostile[i],
            "target": hostile[i + 1],
            "function": ["acts"],
            "verb": [hostile[i]],
            "mentions": 2,
        }
        for i in range(len(hostile) - 1)
    ]
    out = io.StringIO()
    write_dot(nodes, edges, out)
    _dot_accepts(out.getvalue())
    assert dot_quote('a"b\\c\nd') == '"a\\"b\\\\c\\nd"'


def test_mermaid(conn) -> None:  # type: ignore[no-untyped-def]
    nodes, edges = subgraph(conn, lists.Filters())
    out = io.StringIO()
    write_mermaid(nodes, edges, out)
    text = out.getvalue()
    assert text.startswith("flowchart LR\n")
    assert '"inside"' not in text and "#quot;inside#quot;" in text
    assert "==>" in text and "-.->" in text and "-->" in text


def test_node_link_json_is_what_networkx_gives() -> None:
    """The node-link JSON is made without networkx, and is networkx's, key for key."""
    import random

    import networkx as nx

    from rescite.corpus.graph import node_link_json, to_networkx

    rng = random.Random(7)
    for _ in range(50):
        ids = [f"A/RES/70/{i}" for i in range(rng.randrange(1, 8))]
        nodes = [
            {"id": i, "kind": rng.choice(["resolution", None]), "tags": [rng.randrange(3)], "_node": k}
            for k, i in enumerate(rng.sample(ids, len(ids)))
        ]
        nodes += [{"id": rng.choice(ids), "kind": "again"} for _ in range(rng.randrange(2))]  # one id twice
        edges = [
            {
                "source_id": rng.choice([*ids, "S/RES/1(2000)"]),  # an end that is not a node too
                "target": rng.choice([*ids, "UNTS/1/1"]),
                "mentions": rng.randrange(1, 4),
                "function": [rng.choice(["acts", "builds_on"])],
                "context": rng.choice([None, "Recalling …"]),
            }
            for _ in range(rng.randrange(0, 12))
        ]
        expected = nx.node_link_data(to_networkx(nodes, edges), edges="edges")
        got = node_link_json(nodes, edges)
        assert got == expected
        assert json.dumps(got) == json.dumps(expected)  # the same keys in the same order


def test_node_link_text_is_the_indented_json_of_node_link_data() -> None:
    """The graph's JSON text written straight from the records is the json module's text of
    the node-link data, for graphs the fast writer takes and those it leaves to the slow one
    (an id twice, an end that is not a node, an edge twice, odd values)."""
    import random

    from rescite.render.safe import json_indented, json_node_link

    rng = random.Random(11)
    words = ["acts", "Recalling", "para. 3", '\u00e9t\u00e9 "cited"', "\udcff", ""]
    for trial in range(300):
        ids = [f"A/RES/70/{i}" for i in range(rng.randrange(0, 7))]
        odd = trial % 3 == 0
        nodes: list[dict[str, object]] = [
            {
                "id": i,
                "kind": rng.choice(["resolution", None, "treaty"]),
                "in_corpus": rng.choice([True, False]),
                "pagerank": rng.choice([0.0, 2.6e-05, 1.5]),
                "cited_by": rng.randrange(5),
                "extra": rng.choice([[1, 2], {"a": [None]}, [], ["x", "y"], "plain"]),
            }
            for i in rng.sample(ids, len(ids))
        ]
        if odd and nodes:
            nodes.append({"id": rng.choice(ids), "kind": "again"})
        ends = [*ids, "UNTS/1/1"] if odd else ids
        edges: list[dict[str, object]] = []
        seen: set[tuple[str, str]] = set()
        for _ in range(rng.randrange(0, 12) if ends else 0):
            a, b = rng.choice(ends), rng.choice(ends)
            if (a, b) in seen and not odd:
                continue
            seen.add((a, b))
            edges.append(
                {
                    "source_id": a,
                    "target": b,
                    "mentions": rng.randrange(1, 4),
                    "function": rng.sample(words, rng.randrange(0, 3)),
                    "verb": [rng.choice(words)],
                    "paragraph": rng.choice([[], ["1"], [1]]),
                    "context": rng.choice([None, rng.choice(words)]),
                }
            )
        expected = json.dumps(node_link_json(nodes, edges), ensure_ascii=False, indent=2)
        assert json_node_link(nodes, edges) == expected
        assert json_indented(node_link_json(nodes, edges)) == expected


def test_nodes_by_key_are_the_nodes_one_by_one(conn) -> None:  # type: ignore[no-untyped-def]
    """Many nodes read at once (plain tuples) are the dicts of one node read by key, keys in the
    same order (the order node-link JSON writes them in)."""
    keys = [r[0] for r in conn.execute("SELECT node FROM nodes")]
    many = traversal.nodes_by_key(conn, keys)
    assert len(many) == len(keys) > 5
    for k in keys:
        one = traversal.node_by_key(conn, k)
        assert list(many[k].items()) == list(one.items())
    assert any(n["link"] for n in many.values()) and any(n["in_corpus"] for n in many.values())
