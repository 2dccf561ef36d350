"""An annotated document: its text with every citation highlighted and linked.

Each mention links to where the cited text can be read (undocs.org for symbols, the UN
Treaty Collection for treaties) and carries a tooltip with the canonical id, the function
and the governing verb; a mention that could not be resolved is marked differently (no
link, dotted red).  One self-contained HTML file, no script needed.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import IO

from ..ids import link_of
from ..models import Citation

_CSS = """
body { font: 15px/1.55 Georgia, serif; max-width: 52em; margin: 2em auto; padding: 0 1em; color: #222; }
header { font: 13px/1.4 system-ui, sans-serif; border-bottom: 1px solid #ccc; margin-bottom: 1em; }
header h1 { font-size: 17px; margin: 0 0 4px; }
.text { white-space: pre-wrap; }
.cite { background: #fff2a8; border-bottom: 2px solid #e0b000; text-decoration: none; color: inherit;
  position: relative; }
.cite.builds_on { background: #dde8f8; border-color: #1c4587; }
.cite.acknowledges { background: #eeeeee; border-color: #777; }
.cite.acts { background: #fde3c8; border-color: #b45f06; }
.cite.unresolved { background: #fde0e0; border-bottom: 2px dotted #c00; }
.cite:hover::after, .cite:focus::after { content: attr(data-tip); position: absolute; left: 0; top: 1.6em;
  z-index: 2; background: #222; color: #fff; font: 12px/1.3 system-ui, sans-serif; padding: 3px 6px;
  border-radius: 3px; white-space: nowrap; }
.legend span { padding: 0 4px; margin-right: 4px; }
"""


def _tip(group: Sequence[Citation]) -> str:
    parts = []
    for c in group:
        if c.target is None:
            parts.append(f"unresolved ({c.kind})")
            continue
        bits = [str(c.target)]
        if c.pinpoint:
            bits.append(c.pinpoint)
        if c.function:
            bits.append(c.function)
        if c.verb:
            bits.append(f"“{c.verb}”")
        parts.append(" · ".join(bits))
    return " | ".join(parts)


def annotate_html(
    text: str,
    citations: Sequence[Citation],
    out: IO[str],
    *,
    title: str,
    source_id: str | None = None,
) -> dict[str, int]:
    """Write the annotated page; returns the counts (``mentions``, ``resolved``, ``unresolved``)."""
    spans: dict[tuple[int, int], list[Citation]] = {}
    for c in citations:
        if 0 <= c.start < c.end <= len(text):
            spans.setdefault((c.start, c.end), []).append(c)
    ordered = sorted(spans.items())
    resolved = sum(1 for c in citations if c.target is not None)
    counts = {"mentions": len(citations), "resolved": resolved, "unresolved": len(citations) - resolved}
    e = html.escape
    out.write(
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
        f"<title>{e(title)} — rescite</title>\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<style>{_CSS}</style>\n</head>\n<body>\n<header>\n"
        f"<h1>{e(title)}</h1>\n"
        f"<p>{e(source_id or 'no symbol found')} · {counts['mentions']} citation(s): "
        f"{counts['resolved']} resolved, {counts['unresolved']} unresolved.</p>\n"
        '<p class="legend"><span class="cite builds_on">builds on</span>'
        '<span class="cite acknowledges">acknowledges</span><span class="cite acts">acts</span>'
        '<span class="cite">other</span><span class="cite unresolved">unresolved</span> '
        "— hover a citation for its id, function and verb; click to read the text cited.</p>\n"
        '</header>\n<div class="text" id="text">'
    )
    pos = 0
    n = 0
    for (start, end), group in ordered:
        if start < pos:  # overlaps the previous mention: already highlighted
            continue
        out.write(e(text[pos:start]))
        n += 1
        first = next((c for c in group if c.target is not None), group[0])
        classes = ["cite"]
        if first.target is None:
            classes.append("unresolved")
        elif first.function:
            classes.append(first.function)
        targets = " ".join(str(c.target) for c in group if c.target is not None)
        link = link_of(str(first.target)) if first.target is not None else None
        attrs = (
            f'class="{" ".join(classes)}" id="m{n}" data-tip="{e(_tip(group))}" title="{e(_tip(group))}" '
            f'data-target="{e(targets)}"'
        )
        body = e(text[start:end])
        if link:
            out.write(f'<a {attrs} href="{e(link)}" target="_blank" rel="noopener">{body}</a>')
        else:
            out.write(f'<span {attrs} tabindex="0">{body}</span>')
        pos = end
    out.write(e(text[pos:]))
    out.write("</div>\n</body>\n</html>\n")
    return counts
