"""A series of texts over the years: as lines for the terminal and as an SVG picture.

The SVG is written by hand (no Graphviz needed): a time axis with a tick per year, the
texts of the series on one line at their dates (the chosen one ringed), and below it the
texts each of them cites, at their own dates when known (else under the citing text),
joined to it by a line coloured by its body.
"""

from __future__ import annotations

import html
from typing import IO, Any

from .dot import body_colour

TIMELINE_FIELDS = ("date", "id", "kind", "body", "title", "recalls", "cites", "link")


def rows(series: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One listing row per text of the series (for json, csv, tsv)."""
    return [
        {
            "date": r["date"],
            "id": r["id"],
            "kind": r["kind"],
            "body": r["body"],
            "title": r.get("title"),
            "recalls": r["in_series_cites"],
            "cites": [c["id"] for c in r["cites_list"]],
            "link": r.get("link"),
        }
        for r in series
    ]


def write_text(series: list[dict[str, Any]], out: IO[str], focus: str | None = None) -> None:
    """The series as a vertical line of dated texts."""
    dated = [r["date"][:4] for r in series if r["date"]]
    span = f", {dated[0]}–{dated[-1]}" if dated else ""
    out.write(f"series of {focus or series[0]['id']}: {len(series)} text(s){span}\n")
    width = max(len(r["id"]) for r in series)
    for i, r in enumerate(series):
        mark = "◉" if r["id"] == focus else "●"
        title = r.get("title") or ""
        if len(title) > 60:
            title = title[:59] + "…"
        out.write(f"{(r['date'] or 'undated'):<10}  {mark}  {r['id']:<{width}}  {title}".rstrip() + "\n")
        facts = []
        if r["in_series_cites"]:
            before = r["in_series_cites"]
            more = f" and {len(before) - 6} more" if len(before) > 6 else ""
            facts.append(f"recalls {len(before)}: " + ", ".join(before[-6:]) + more)
        if r["cites_list"]:
            shown = ", ".join(c["id"] for c in r["cites_list"][:6])
            more = f" and {len(r['cites_list']) - 6} more" if len(r["cites_list"]) > 6 else ""
            facts.append(f"cites {len(r['cites_list'])}: {shown}{more}")
        for f in facts:
            out.write(f"{'':10}  │  {f}\n")
        if i + 1 < len(series):
            out.write(f"{'':10}  │\n")


def _year(date: str | None) -> float | None:
    if not date:
        return None
    parts = date.split("-")
    y = int(parts[0])
    m = int(parts[1]) if len(parts) > 1 else 7
    d = int(parts[2]) if len(parts) > 2 else 1
    return y + (m - 1) / 12 + (d - 1) / 365


def write_svg(series: list[dict[str, Any]], out: IO[str], focus: str | None = None) -> None:
    """The series as an SVG picture (self-contained, with links and tooltips)."""
    years = [y for r in series for y in [_year(r["date"])] if y is not None]
    years += [y for r in series for c in r["cites_list"] for y in [_year(c["date"])] if y is not None]
    lo = int(min(years)) if years else 2000
    hi = int(max(years)) + 1 if years else 2001
    scale = 90.0
    left, axis_y = 60.0, 150.0
    width = left * 2 + (hi - lo) * scale
    x_of = {}
    undated = 0
    for r in series:
        y = _year(r["date"])
        if y is None:
            undated += 1
            x_of[r["id"]] = left + (hi - lo) * scale + 30 * undated
        else:
            x_of[r["id"]] = left + (y - lo) * scale
    width = max(width, max(x_of.values()) + left)
    cited: dict[str, tuple[float, float, dict[str, Any]]] = {}
    stack: dict[int, int] = {}
    lines = []
    for r in series:
        for c in r["cites_list"]:
            if c["id"] not in cited:
                y = _year(c["date"])
                x = left + (y - lo) * scale if y is not None else x_of[r["id"]]
                slot = int(x // 40)
                stack[slot] = stack.get(slot, 0) + 1
                cited[c["id"]] = (x, axis_y + 70 + 22 * stack[slot], c)
            lines.append((x_of[r["id"]], cited[c["id"]][0], cited[c["id"]][1], c))
    height = max([axis_y + 120] + [v[1] + 40 for v in cited.values()])
    e = html.escape
    out.write(
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" font-family="Helvetica, Arial, sans-serif" font-size="10">\n'
        f"<title>rescite timeline: {e(focus or series[0]['id'])}</title>\n"
        f'<rect width="100%" height="100%" fill="white"/>\n'
        f'<line x1="{left - 10}" y1="{axis_y}" x2="{width - 10:.0f}" y2="{axis_y}" stroke="#333"/>\n'
    )
    for year in range(lo, hi + 1):
        x = left + (year - lo) * scale
        out.write(
            f'<line x1="{x:.1f}" y1="{axis_y - 4}" x2="{x:.1f}" y2="{axis_y + 4}" stroke="#333"/>'
            f'<text x="{x:.1f}" y="{axis_y + 16}" text-anchor="middle" fill="#555">{year}</text>\n'
        )
    for x1, x2, y2, c in lines:
        colour = body_colour(c)
        out.write(
            f'<line x1="{x1:.1f}" y1="{axis_y}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{colour}" '
            'stroke-width="1.2" opacity="0.9"/>\n'
        )
    for x, y, c in cited.values():
        label = c["id"] + (f" ({c['date'][:4]})" if c["date"] else "")
        out.write(
            f"<g><title>{e(c['id'])}{(': ' + e(c['title'])) if c.get('title') else ''}</title>"
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{body_colour(c)}" stroke="#555"/>'
            f'<text x="{x + 7:.1f}" y="{y + 3:.1f}" fill="#333">{e(label)}</text></g>\n'
        )
    for r in series:
        x = x_of[r["id"]]
        ring = ' stroke="#cc0000" stroke-width="3"' if r["id"] == focus else ' stroke="#333"'
        link_open = f'<a href="{e(r["link"])}">' if r.get("link") else ""
        link_close = "</a>" if r.get("link") else ""
        out.write(
            f"<g>{link_open}<title>{e(r['id'])}{(': ' + e(r['title'])) if r.get('title') else ''}"
            f"{(' — ' + e(r['date'])) if r['date'] else ''}</title>"
            f'<circle cx="{x:.1f}" cy="{axis_y}" r="7" fill="{body_colour(r)}"{ring}/>'
            f'<text x="{x:.1f}" y="{axis_y - 14}" text-anchor="start" transform="rotate(-35 {x:.1f} '
            f'{axis_y - 14})" font-weight="bold">{e(r["id"])}</text>{link_close}</g>\n'
        )
    out.write("</svg>\n")
