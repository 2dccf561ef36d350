"""The explorer page: one self-contained HTML file that works offline.

A graph view (cytoscape.js, vendored in ``vendor/`` at a pinned version with its licence),
a search box (number, id, title or words of the citing paragraphs), filters by body, kind,
year and function, and a side panel with a text's facts, the paragraphs that cite it
(citing text, verb, function, paragraph, context) and its link.
"""

from __future__ import annotations

import html
import json
from importlib import resources
from typing import IO, Any

from .dot import BODY_NAMES, body_colour

CYTOSCAPE_VERSION = "3.35.0"
_FUNCTIONS = ("acts", "builds_on", "acknowledges")


def _asset(*parts: str) -> str:
    return resources.files("rescite.render").joinpath(*parts).read_text(encoding="utf-8")


def _script_safe(text: str) -> str:
    """Text that cannot end the ``<script>`` element it sits in."""
    return text.replace("</", "<\\/").replace("<!--", "<\\!--")


def page_data(
    nodes: list[dict[str, Any]],
    edges: list[dict[str, Any]],
    mentions: dict[str, list[dict[str, Any]]],
    focus: str | None = None,
) -> dict[str, Any]:
    """The JSON the page draws from."""
    out_nodes = []
    for n in nodes:
        out_nodes.append(
            {
                "id": n["id"],
                "kind": n.get("kind"),
                "body": n.get("body"),
                "date": n.get("date"),
                "title": n.get("title") or n.get("name"),
                "in_corpus": bool(n.get("in_corpus")),
                "cited_by": n.get("cited_by") or 0,
                "cites": n.get("cites") or 0,
                "link": n.get("link"),
                "colour": body_colour(n),
            }
        )
    out_edges = []
    for e in edges:
        functions = list(e.get("function") or [])
        main = next((f for f in _FUNCTIONS if f in functions), None)
        out_edges.append(
            {
                "source": e["source_id"],
                "target": e["target"],
                "function": main,
                "functions": functions,
                "mentions": e.get("mentions") or 1,
            }
        )
    return {"nodes": out_nodes, "edges": out_edges, "mentions": mentions, "focus": focus}


def write_explorer(
    nodes: list[dict[str, Any]],
    edges: list[dict[str, Any]],
    mentions: dict[str, list[dict[str, Any]]],
    out: IO[str],
    *,
    focus: str | None = None,
    title: str = "rescite explorer",
) -> None:
    """Write the page to ``out``."""
    data = page_data(nodes, edges, mentions, focus)
    bodies = sorted(
        {("treaties" if n["kind"] == "treaty" else n["body"] or "", n["colour"]) for n in data["nodes"]}
    )
    legend = " ".join(
        f'<span style="background:{c}">{html.escape(b or "other")} '
        f"{html.escape(BODY_NAMES.get(b, ''))}</span>"
        for b, c in bodies
    )
    out.write(
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:\">\n"
        f"<style>\n{_asset('assets', 'explorer.css')}</style>\n</head>\n<body>\n"
        "<header>\n"
        f"<h1>{html.escape(title)}</h1>\n"
        '<input id="search" type="search" placeholder="search: number, id, title, words" '
        'aria-label="search">\n'
        '<label>body <select id="f-body"><option value="">all</option></select></label>\n'
        '<label>kind <select id="f-kind"><option value="">all</option></select></label>\n'
        '<label>function <select id="f-function"><option value="">all</option></select></label>\n'
        '<label>years <input id="f-since" type="number" placeholder="from"> – '
        '<input id="f-until" type="number" placeholder="to"></label>\n'
        '<span id="count"></span>\n'
        f'<span id="legend">{legend} · shape: kind · dashed border: outside the corpus · '
        "edges: solid blue builds on, dashed grey acknowledges, thick brown acts · red ring: focus</span>\n"
        '<div id="results"></div>\n'
        "</header>\n"
        '<div id="cy"></div>\n<aside id="panel"><p>Click a text to see where it is cited.</p></aside>\n'
        f"<!-- cytoscape.js {CYTOSCAPE_VERSION} (MIT licence, see its header) -->\n"
        f"<script>\n{_script_safe(_asset('vendor', 'cytoscape.min.js'))}\n</script>\n"
        '<script id="rescite-data" type="application/json">'
        f"{_script_safe(json.dumps(data, ensure_ascii=False))}</script>\n"
        f"<script>\n{_script_safe(_asset('assets', 'explorer.js'))}</script>\n"
        "</body>\n</html>\n"
    )
