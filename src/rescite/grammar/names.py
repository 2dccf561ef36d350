"""Names and equivalences of well-known texts, for queries and listings.

Everything comes from the lexicon (``rescite/lexicon``): the names of each instrument in
every language (the first English one is shown), abbreviations used only in queries
(``[instrument_aliases]``), and the ``same_as`` facts of ``instruments.csv`` — the annex
of a resolution that *is* a treaty ("resolution 55/25, annex II" = the Trafficking in
Persons Protocol).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from . import lexicon, recache

TYPE_CHECKING = False  # as typing's, without importing typing
if TYPE_CHECKING:
    from collections.abc import Callable


def normalise_name(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name."""
    ascii_text = unicodedata.normalize("NFKD", text.replace("’", "'")).encode("ascii", "ignore").decode()
    return " ".join(_NOT_ALNUM.sub(" ", ascii_text.casefold()).split())


_NOT_ALNUM = recache.compile(r"[^a-z0-9]+")


def _names_by_language() -> list[tuple[str, str, list[str]]]:
    """(language, instrument target id, names) — English first."""
    lex = lexicon.load()
    codes = sorted(lex.languages, key=lambda c: (c != "en", c))
    out = []
    for code in codes:
        raw = lex.languages[code].raw
        for section in ("instruments", "instrument_aliases"):
            for key, names in raw.get(section, {}).items():
                out.append((code, lex.instruments[key].target, list(names)))
    return out


@lru_cache(maxsize=1)
def known_names() -> dict[str, str]:
    """id → the name shown for it: its first English name (else its first name; else the
    full name in ``short_names.csv``).  Kept between runs (:func:`_kept_names`): a refresh of
    the index asks for it, and making it reads every language's instruments and parses
    ``short_names.csv`` (about 0.8 ms of every refresh)."""
    made: list[dict[str, str]] = []  # the names when made here, not read back: made once

    def build() -> str:
        made.append(_known_names())
        return _known_names_text(made[0])

    kept = _kept_names("known-names", build)
    if made:
        return made[0]
    if kept is None or kept == _NOT_KEPT:
        return _known_names()
    return dict(line.split("\t", 1) for line in kept.split("\n") if line)


def _known_names() -> dict[str, str]:
    out: dict[str, str] = {}
    for _code, target, names in _names_by_language():
        if names:
            out.setdefault(target, names[0])
    for _name, target, full in short_names():
        if full:
            out.setdefault(target, full)
    return out


#: What :func:`_known_names_text` keeps for names it cannot write as lines (a tab or a line's
#: end in an id or a name): the names are then made again at each start.
_NOT_KEPT = "\x00"


def _known_names_text(names: dict[str, str]) -> str:
    """:func:`known_names` as text: a line each, the id, a tab, the name."""
    if any("\t" in k or "\n" in k or "\n" in v for k, v in names.items()):
        return _NOT_KEPT
    return "\n".join(f"{k}\t{v}" for k, v in names.items())


def _kept_names(kind: str, build: Callable[[], str]) -> str | None:
    """``build()``, kept between runs (``recache.remembered``) under what the names are made
    of: the lexicon's key (its language files and its code, ``lexicon.made_of``) and, by their
    sizes and times (``recache.files_tag``), this module, ``ids.py`` and the two tables it reads
    besides (``instruments.csv``, ``short_names.csv``).  None when a file cannot be looked at."""
    import os

    from . import recache

    lex_key = lexicon.made_of()
    here = os.path.dirname(os.path.realpath(__file__))
    files = [
        os.path.join(here, "names.py"),
        os.path.join(os.path.dirname(here), "ids.py"),
        os.path.join(lexicon._HERE, "instruments.csv"),
        os.path.join(lexicon._HERE, "short_names.csv"),
    ]
    try:
        tag = recache.files_tag(f"names\x00{lex_key}", files)
    except OSError:
        return None
    return recache.remembered((kind, lex_key, tag), build)


@lru_cache(maxsize=1)
def short_names() -> tuple[tuple[str, str, str | None], ...]:
    """(name, id, full name) of the short names users write for well-known texts
    (``short_names.csv``: "Paris Agreement", "NPT", "ICC", "trafficking protocol" …)."""
    import os

    from ..ids import parse_id, unts_id

    with open(os.path.join(os.path.dirname(__file__), "data", "short_names.csv"), encoding="utf-8") as f:
        text = f.read()
    out = []
    for r in lexicon._rows(text):  # csv.DictReader's rows (without its import, 0.3-0.8 ms)
        if r["unts_volume"] and r["unts_number"]:
            target = str(unts_id(r["unts_volume"], r["unts_number"]))
        else:
            target = str(parse_id(r["target"]))
        out.append((r["name"], target, r["full_name"] or None))
    return tuple(out)


@lru_cache(maxsize=1)
def title_words() -> tuple[str, ...]:
    """The words of every language that bring in a cited text's title ("entitled")."""
    lex = lexicon.load()
    words: list[str] = []
    for code in sorted(lex.languages):
        words.extend(lex.languages[code].raw.get("titles", {}).get("entitled", []))
    return tuple(words)


@lru_cache(maxsize=1)
def aliases() -> dict[str, tuple[str, ...]]:
    """Normalised name → the ids it names.

    Kept between runs (:func:`_kept_names`, under the files it is made from and the code that
    normalises them): normalising the six hundred-odd names took 1-2 ms of every refresh of the
    index, and gathering them to name their key about 1 ms more."""
    kept = _kept_names("aliases", lambda: _aliases_text(_alias_pairs()))
    if kept is None:
        kept = _aliases_text(_alias_pairs())
    return {k: tuple(ids) for k, *ids in (line.split("\t") for line in kept.split("\n") if line)}


def _alias_pairs() -> list[tuple[str, str]]:
    """(name, id) of every name of the lexicon's instruments and of ``short_names.csv``."""
    pairs = [(name, target) for _code, target, names in _names_by_language() for name in names]
    pairs += [(name, target) for name, target, _full in short_names()]
    return pairs


def _aliases_text(pairs: list[tuple[str, str]]) -> str:
    """:func:`aliases` as text: a line each, the name, then its ids, tab-separated (a
    normalised name has letters, digits and spaces only; an id has no tab)."""
    out: dict[str, list[str]] = {}
    for name, target in pairs:
        ids = out.setdefault(normalise_name(name), [])
        if target not in ids:
            ids.append(target)
    return "\n".join("\t".join((k, *v)) for k, v in out.items())


@lru_cache(maxsize=1)
def same_as_facts() -> tuple[tuple[str, str, str], ...]:
    """(id, pinpoint, same_as id) facts: the annex of a resolution that is a treaty."""
    return tuple(
        (inst.adopted_by, inst.adopted_pinpoint or "", inst.target)
        for inst in lexicon.instruments_table().values()
        if inst.adopted_by and inst.target.startswith("UNTS/")
    )


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


@lru_cache(maxsize=1)
def query_keywords() -> tuple[re.Pattern[str], dict[str, str]]:
    """How a user names a resolution or decision in a query ("GA res 70/1", "résolution
    64/293", "Security Council resolution 1325"): a pattern with the groups ``body``,
    ``res``, ``dec`` and ``rest``, and the body series of each (folded) body word.  The words
    are every language's nouns and body names, and the short forms of ``[query]``."""
    lex = lexicon.load()
    bodies: dict[str, str] = {name: lex.bodies[key].series for name, key in lex.body_names.items()}
    res = lexicon.gather("nouns.resolution") + lexicon.gather("query.resolution")
    dec = lexicon.gather("nouns.decision") + lexicon.gather("query.decision")
    for lang in lex.languages.values():
        for key, words in lang.raw.get("query", {}).get("bodies", {}).items():
            for w in words:
                bodies[lexicon.fold(w)] = lex.bodies[key].series
    pattern = re.compile(
        rf"^(?:(?P<body>{lexicon.alternation(list(bodies))})\s+)?"
        rf"(?:(?P<res>{lexicon.alternation(res)})|(?P<dec>{lexicon.alternation(dec)}))\s+(?P<rest>.+)$",
        re.IGNORECASE,
    )
    return pattern, bodies
