"""Names and equivalences of well-known texts, from the data tables in ``rescite/data``.

``instruments.csv``: one row per name (short titles, full titles, in several languages) of
a text with a canonical id.  ``same_as.csv``: a pinpointed part of one text that *is*
another text ("resolution 55/25, annex II" = the Trafficking in Persons Protocol).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent / "data"


def normalise_name(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name."""
    ascii_text = unicodedata.normalize("NFKD", text.replace("’", "'")).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", ascii_text.casefold()).split())


def _rows(name: str) -> list[dict[str, str]]:
    with open(_DATA / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@lru_cache(maxsize=1)
def known_names() -> dict[str, str]:
    """id → its first English name in the table (else its first name)."""
    out: dict[str, str] = {}
    for row in _rows("instruments.csv"):
        if row["lang"] == "en":
            out.setdefault(row["id"], row["name"])
    for row in _rows("instruments.csv"):
        out.setdefault(row["id"], row["name"])
    return out


@lru_cache(maxsize=1)
def aliases() -> dict[str, tuple[str, ...]]:
    """Normalised name → the ids it names."""
    out: dict[str, list[str]] = {}
    for row in _rows("instruments.csv"):
        ids = out.setdefault(normalise_name(row["name"]), [])
        if row["id"] not in ids:
            ids.append(row["id"])
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def same_as_facts() -> tuple[tuple[str, str, str], ...]:
    """(id, pinpoint, same_as id) facts."""
    return tuple((r["id"], r["pinpoint"], r["same_as"]) for r in _rows("same_as.csv"))


def same_as_of(cid: str) -> list[dict[str, str]]:
    """The facts that involve ``cid``, as ``{"id", "pinpoint", "same_as"}`` records."""
    return [{"id": a, "pinpoint": p, "same_as": b} for a, p, b in same_as_facts() if cid in (a, b)]


def pinpoint_matches(fact_pinpoint: str, pinpoint: str | None) -> bool:
    """``annex II`` in a citation matches the fact's ``annex II`` (not ``annex I``)."""
    if not pinpoint:
        return False
    want = normalise_name(fact_pinpoint)
    got = normalise_name(pinpoint)
    return got == want or got.startswith(want + " ")
