"""``rescite stats`` for people: figures, then small bar charts drawn with block characters."""

from __future__ import annotations

from typing import IO, Any

_BAR = 30


def _bars(title: str, pairs: list[list[Any]], out: IO[str], limit: int = 15) -> None:
    if not pairs:
        return
    out.write(f"\n{title}\n")
    shown = pairs[:limit]
    top = max(n for _, n in shown) or 1
    width = max(len(str(k)) for k, _ in shown)
    for key, n in shown:
        blocks = max(1, round(_BAR * n / top)) if n else 0
        out.write(f"  {key!s:<{width}}  {'█' * blocks}{' ' * (_BAR - blocks)}  {n}\n")
    if len(pairs) > limit:
        rest = sum(n for _, n in pairs[limit:])
        out.write(f"  … {len(pairs) - limit} more ({rest})\n")


def write_stats(stats: dict[str, Any], out: IO[str]) -> None:
    out.write(
        f"documents   {stats['documents']}"
        + (f" ({stats['unreadable']} unreadable)" if stats["unreadable"] else "")
        + "\n"
        f"texts       {stats['texts']} ({stats['in_corpus']} in the corpus, "
        f"{stats['texts'] - stats['in_corpus']} cited from outside it)\n"
        f"citations   {stats['citations']} mentions, {stats['links']} links between texts\n"
        f"unresolved  {stats['unresolved']} mention(s)\n"
    )
    _bars("texts by body", stats["by_body"], out)
    _bars("texts by kind", stats["by_kind"], out)
    years = stats["by_year"]
    if len(years) > 15:  # by decade
        decades: dict[str, int] = {}
        for y, n in years:
            key = f"{str(y)[:3]}0s"
            decades[key] = decades.get(key, 0) + n
        _bars("texts by decade", [[k, v] for k, v in decades.items()], out, limit=30)
    else:
        _bars("texts by year", years, out)
    _bars("documents by language", stats["by_language"], out)
    _bars("citations by function", stats["by_function"], out)
    if stats["most_cited"]:
        out.write("\nmost cited (citing documents)\n")
        width = max(len(r["id"]) for r in stats["most_cited"])
        for r in stats["most_cited"]:
            title = r["title"] or ""
            if len(title) > 60:
                title = title[:59] + "…"
            out.write(f"  {r['cited_by']:>4}  {r['id']:<{width}}  {title}".rstrip() + "\n")
