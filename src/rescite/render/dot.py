"""Streamed writers of the citation graph for drawing: Graphviz DOT and Mermaid.

They write line by line from plain node and edge dicts (no networkx, no pydot), so a
large graph costs no more than its size.  Every string is escaped, so any label (quotes,
backslashes, line breaks, non-Latin scripts) gives a file ``dot`` accepts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import IO, Any

#: Above this many nodes ``dot`` becomes very slow (1,000 nodes: minutes); sfdp copes.
DOT_NODE_LIMIT = 500

_KIND_SHAPE = {
    "resolution": "box",
    "decision": "box",
    "document": "note",
    "treaty": "hexagon",
    "publication": "ellipse",
}
_KIND_STYLE = {"decision": "filled,rounded"}
_BODY_COLOUR = {
    "A": "#cfe2f3",
    "S": "#f4cccc",
    "E": "#fff2cc",
    "A/HRC": "#d9d2e9",
    "E/CN.15": "#d9ead3",
    "E/CN.7": "#d0e0e3",
    "CTOC/COP": "#fce5cd",
    "CAC/COSP": "#ead1dc",
}
_OTHER_COLOUR = "#eeeeee"
_TREATY_COLOUR = "#b6d7a8"
_FUNCTION_STYLE = {
    "builds_on": 'style=solid, color="#1c4587"',
    "acknowledges": 'style=dashed, color="#666666"',
    "acts": 'style=bold, color="#b45f06"',
}
_NO_FUNCTION_STYLE = 'style=dotted, color="#999999"'
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def dot_quote(text: str) -> str:
    """A DOT double-quoted string holding ``text`` literally (line breaks become ``\\n``)."""
    text = _CONTROL_RE.sub(" ", text)
    text = text.replace("\\", "\\\\").replace('"', '\\"')
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return f'"{text}"'


def _label_lines(node: dict[str, Any]) -> list[str]:
    lines = [str(node["id"])]
    name = node.get("name")
    if name:
        lines.append(name if len(name) <= 40 else name[:39] + "…")
    if node.get("date"):
        lines.append(str(node["date"]))
    return lines


def _main_function(edge: dict[str, Any]) -> str | None:
    functions = edge.get("function") or []
    for f in ("acts", "builds_on", "acknowledges"):
        if f in functions:
            return f
    return None


BODY_NAMES = {
    "A": "General Assembly",
    "S": "Security Council",
    "E": "ECOSOC",
    "A/HRC": "Human Rights Council",
}
FOCUS_COLOUR = "#cc0000"


def body_colour(node: dict[str, Any]) -> str:
    """The fill of a node: treaties green, others by body (grey when the body has no colour)."""
    if (node.get("kind") or "") == "treaty":
        return _TREATY_COLOUR
    return _BODY_COLOUR.get(node.get("body") or "", _OTHER_COLOUR)


def write_dot(
    nodes: Iterable[dict[str, Any]],
    edges: Iterable[dict[str, Any]],
    out: IO[str],
    *,
    focus: str | None = None,
    legend: bool = False,
) -> None:
    """Write a DOT digraph: nodes shaped by kind and filled by body, edges styled by function,
    the ``focus`` node ringed in red; ``legend`` adds a box that explains all of it."""
    nodes = list(nodes)
    edges = list(edges)
    out.write("digraph rescite {\n")
    out.write('  graph [rankdir=LR, overlap=false, fontname="Helvetica"];\n')
    out.write('  node [style=filled, fontname="Helvetica", fontsize=10, penwidth=1];\n')
    out.write('  edge [fontname="Helvetica", fontsize=8, arrowsize=0.7];\n')
    for node in nodes:
        kind = node.get("kind") or "document"
        colour = (
            _TREATY_COLOUR if kind == "treaty" else _BODY_COLOUR.get(node.get("body") or "", _OTHER_COLOUR)
        )
        style = _KIND_STYLE.get(kind, "filled")
        if not node.get("in_corpus"):
            style += ",dashed"
        attrs = [
            "label=" + dot_quote("\n".join(_label_lines(node))),
            f"shape={_KIND_SHAPE.get(kind, 'box')}",
            f'style="{style}"',
            f'fillcolor="{colour}"',
        ]
        if node.get("in_corpus"):
            attrs.append("penwidth=2")
        if focus is not None and node["id"] == focus:
            attrs += [f'color="{FOCUS_COLOUR}"', "penwidth=3", "peripheries=2"]
        if node.get("link"):
            attrs.append("URL=" + dot_quote(node["link"]))
        tooltip = node.get("name") or node["id"]
        attrs.append("tooltip=" + dot_quote(str(tooltip)))
        out.write(f"  {dot_quote(str(node['id']))} [{', '.join(attrs)}];\n")
    for edge in edges:
        attrs = [_FUNCTION_STYLE.get(_main_function(edge) or "", _NO_FUNCTION_STYLE)]
        if (edge.get("mentions") or 0) > 1:
            attrs.append(f'label="{int(edge["mentions"])}"')
        verbs = edge.get("verb") or []
        if verbs:
            attrs.append("tooltip=" + dot_quote("; ".join(verbs)))
        out.write(
            f"  {dot_quote(str(edge['source_id']))} -> {dot_quote(str(edge['target']))}"
            f" [{', '.join(attrs)}];\n"
        )
    if legend:
        _write_legend(nodes, edges, out, focus)
    out.write("}\n")


def _write_legend(
    nodes: list[dict[str, Any]], edges: list[dict[str, Any]], out: IO[str], focus: str | None
) -> None:
    """A legend cluster: one swatch per body and kind present, one line per edge style used."""
    out.write(
        '  subgraph cluster_legend {\n    label="Legend"; fontsize=11; style="rounded"; color="#999999";\n'
    )
    out.write("    node [fontsize=9, width=0.3, height=0.25];\n")
    seen_bodies: dict[str, str] = {}
    for n in nodes:
        if (n.get("kind") or "") == "treaty":
            seen_bodies.setdefault("treaty", _TREATY_COLOUR)
        else:
            seen_bodies.setdefault(n.get("body") or "other", body_colour(n))
    for i, (body, colour) in enumerate(sorted(seen_bodies.items())):
        label = "treaties" if body == "treaty" else f"{body} {BODY_NAMES.get(body, '')}".strip()
        out.write(
            f'    "legend_b{i}" [label={dot_quote(label)}, shape=box, style=filled, fillcolor="{colour}"];\n'
        )
    kinds = sorted({n.get("kind") or "document" for n in nodes})
    for i, kind in enumerate(kinds):
        out.write(
            f'    "legend_k{i}" [label={dot_quote(kind)}, shape={_KIND_SHAPE.get(kind, "box")}, '
            f'style="{_KIND_STYLE.get(kind, "filled")}", fillcolor="white"];\n'
        )
    out.write(
        '    "legend_ext" [label="outside the corpus", shape=box, '
        'style="filled,dashed", fillcolor="white"];\n'
    )
    if focus is not None:
        out.write(
            f'    "legend_focus" [label={dot_quote("focus: " + focus)}, shape=box, style=filled, '
            f'fillcolor="white", color="{FOCUS_COLOUR}", penwidth=3, peripheries=2];\n'
        )
    used = sorted({_main_function(e) or "" for e in edges})
    for i, f in enumerate(used):
        label = f or "no function"
        out.write(f'    "legend_f{i}a" [label="", shape=point, width=0.05];\n')
        out.write(f'    "legend_f{i}b" [label={dot_quote(label)}, shape=plaintext, style=""];\n')
        out.write(f'    "legend_f{i}a" -> "legend_f{i}b" [{_FUNCTION_STYLE.get(f, _NO_FUNCTION_STYLE)}];\n')
    out.write("  }\n")


def _mermaid_text(text: str) -> str:
    text = _CONTROL_RE.sub(" ", text).replace("\n", " ")
    return text.replace("&", "#amp;").replace('"', "#quot;").replace("<", "#lt;").replace(">", "#gt;")


_MERMAID_ARROW = {"builds_on": "-->", "acknowledges": "-.->", "acts": "==>"}


def write_mermaid(nodes: Iterable[dict[str, Any]], edges: Iterable[dict[str, Any]], out: IO[str]) -> None:
    """Write a Mermaid flowchart (same styling idea as :func:`write_dot`)."""
    out.write("flowchart LR\n")
    keys: dict[str, str] = {}
    classes: dict[str, list[str]] = {}
    for i, node in enumerate(nodes, 1):
        key = f"n{i}"
        keys[str(node["id"])] = key
        label = "<br/>".join(_mermaid_text(line) for line in _label_lines(node))
        kind = node.get("kind") or "document"
        shape = (
            ('{{"', '"}}') if kind == "treaty" else ('(["', '"])') if kind == "publication" else ('["', '"]')
        )
        out.write(f"  {key}{shape[0]}{label}{shape[1]}\n")
        body = re.sub(r"[^A-Za-z0-9]", "_", node.get("body") or "other")
        classes.setdefault(f"body_{body}", []).append(key)
    for edge in edges:
        a, b = keys.get(str(edge["source_id"])), keys.get(str(edge["target"]))
        if a and b:
            out.write(f"  {a} {_MERMAID_ARROW.get(_main_function(edge) or '', '-->')} {b}\n")
    for cls, members in sorted(classes.items()):
        body = cls[5:].replace("_", "/")
        colour = _BODY_COLOUR.get(body, _OTHER_COLOUR)
        out.write(f"  classDef {cls} fill:{colour},stroke:#333\n")
        out.write(f"  class {','.join(members)} {cls}\n")
