"""Lexicons and tables as data: one TOML file per language, CSV tables shared by all.

A new language is a new ``<code>.toml`` beside ``en.toml`` (and its tests) — no code
changes.  :func:`load` reads and compiles everything once per process.
"""

from __future__ import annotations

import functools
import importlib
import os
import re
import time
import unicodedata

from ..ids import SUPERSCRIPTS as SUPERSCRIPTS  # note marks: the one table (re-exported)
from ..ids import unts_id
from ..models import Frozen, Record
from . import recache
from .chars import one_for_one  # names are matched in the normalised view

TYPE_CHECKING = False  # as typing's, without importing typing: a refresh imports this module
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from pathlib import Path
    from typing import Any

#: Superscript digits to digits.
SUPER_TO_DIGIT = str.maketrans(SUPERSCRIPTS, "0123456789")
#: Scripts that write numbers glued to words ("第1325(2000)号决议", Arabic "و61/180"): a
#: regex character range.
CJK = "\u0600-\u06ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"


def is_cjk(ch: str) -> bool:
    """Does ``ch`` belong to a script that glues numbers to words (Chinese, Japanese, Korean, Arabic)?"""
    return "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" or "\u0600" <= ch <= "\u06ff"


_WS = recache.compile(r"\s+")


def _year_now() -> float:
    """Today as a year with its fraction (2026.92 in early December 2026): the calendar a
    body's sessions have reached, read once per process (``$RESCITE_TODAY``, ``YYYY-MM-DD``,
    stands in for today)."""
    given = os.environ.get("RESCITE_TODAY", "")
    t = time.strptime(given, "%Y-%m-%d") if given else time.localtime()
    return t.tm_year + (t.tm_yday - 1) / 366


_YEAR_NOW = _year_now()


class Body(Frozen):
    key: str
    series: str
    generic: str  # assembly | council | commission | conference
    numbering: str  # session | year | sc | none (a body whose texts have no id scheme here)
    first_year: int
    max_session: int | None
    # texts are numbered session/number from session numbered_from on (the General Assembly
    # from its 31st); the year of session s ≈ year_offset + s × years_per_session
    # (± year_tolerance) from session years_from on; decisions are numbered from
    # min_decision (General Assembly: 301)
    year_offset: float | None
    years_per_session: float | None
    year_tolerance: float
    years_from: int
    numbered_from: int
    min_decision: int
    scheme: str  # how its session/number texts become ids, when not series/RES/s/n
    # the highest number a session's resolutions reach (General Assembly 399, Human Rights
    # Council 99): a higher one holds a footnote marker glued to its end ("55/197": 55/19, note 7)
    max_resolution: int | None
    # the body it took over from (the Human Rights Council the Commission on Human Rights'), by
    # key: a text numbered by year (the predecessor's scheme) cited under its name is the
    # predecessor's ("Human Rights Council resolution 1999/12")
    predecessor: str | None

    __slots__ = (
        "first_year",
        "generic",
        "key",
        "max_resolution",
        "max_session",
        "min_decision",
        "numbered_from",
        "numbering",
        "predecessor",
        "scheme",
        "series",
        "year_offset",
        "year_tolerance",
        "years_from",
        "years_per_session",
    )

    def __init__(
        self,
        key: str,
        series: str,
        generic: str,
        numbering: str,
        first_year: int,
        max_session: int | None,
        year_offset: float | None = None,
        years_per_session: float | None = None,
        year_tolerance: float = 1.0,
        years_from: int = 1,
        numbered_from: int = 1,
        min_decision: int = 1,
        scheme: str = "",
        max_resolution: int | None = None,
        predecessor: str | None = None,
    ) -> None:
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "series", series)
        object.__setattr__(self, "generic", generic)
        object.__setattr__(self, "numbering", numbering)
        object.__setattr__(self, "first_year", first_year)
        object.__setattr__(self, "max_session", max_session)
        object.__setattr__(self, "year_offset", year_offset)
        object.__setattr__(self, "years_per_session", years_per_session)
        object.__setattr__(self, "year_tolerance", year_tolerance)
        object.__setattr__(self, "years_from", years_from)
        object.__setattr__(self, "numbered_from", numbered_from)
        object.__setattr__(self, "min_decision", min_decision)
        object.__setattr__(self, "scheme", scheme)
        object.__setattr__(self, "max_resolution", max_resolution)
        object.__setattr__(self, "predecessor", predecessor)

    def last_session(self) -> int | None:
        """The last session the body can have held by today: the table's ``max_session`` (the
        last known when it was written), or a later one where the calendar has moved on since —
        the session its years give for today, and one more, as a session opens before the
        year its texts are counted in (the General Assembly's 81st in September 2026)."""
        if self.max_session is None or self.year_offset is None or not self.years_per_session:
            return self.max_session
        reached = int((_YEAR_NOW - self.year_offset) / self.years_per_session) + 1
        return max(self.max_session, reached)

    def year_fits(self, session: int, year: int) -> bool:
        """Is ``year`` plausible for a text of ``session``?"""
        if self.year_offset is None or self.years_per_session is None or session < self.years_from:
            return year >= self.first_year
        expected = self.year_offset + session * self.years_per_session
        return abs(year - expected) <= self.year_tolerance + 1e-9


class Instrument(Frozen):
    key: str
    target: str  # canonical id as text (UNTS/…, or a resolution / document id)
    adopted_by: str | None
    adopted_pinpoint: str | None
    parties: str | None  # the body of the conference of its parties ("CTOC_COP")

    __slots__ = ("adopted_by", "adopted_pinpoint", "key", "parties", "target")

    def __init__(
        self,
        key: str,
        target: str,
        adopted_by: str | None,
        adopted_pinpoint: str | None,
        parties: str | None = None,
    ) -> None:
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "adopted_by", adopted_by)
        object.__setattr__(self, "adopted_pinpoint", adopted_pinpoint)
        object.__setattr__(self, "parties", parties)


class _Sections(dict):  # type: ignore[type-arg]
    """A language file's tables (``Language.raw``) as read from the kept lexicon (:func:`load`):
    each section that is a table or a list stays in the map of the kept file until first read,
    and is decoded then (a text in one language reads a few sections of the other languages'
    files — their nouns, grammar, headings — and none of their names of bodies and
    instruments, examples or verbs: decoded whole, the kept file was 3.3 ms of an engine's
    start).  Reading a section by key (``[]``, ``get``, ``in``) decodes that section only;
    anything that looks at the whole table (iteration, ``len``, ``==``, ``repr``, a copy, a
    change) decodes every section first, and sets them in the file's order.  A plain
    ``dict`` in all else."""

    __slots__ = ("_apart", "_order")

    def __init__(self, inline: dict[str, Any], apart: dict[str, Any], order: tuple[str, ...]) -> None:
        super().__init__(inline)
        self._apart = apart  # section -> the bytes of its marshal data (a view of the file)
        self._order: tuple[str, ...] | None = order  # every key, in the file's order (None: set so)

    def __missing__(self, key: str) -> Any:
        blob = self._apart.get(key)
        if blob is None:  # (no such section; or another thread has just set it)
            if dict.__contains__(self, key):
                return dict.__getitem__(self, key)
            raise KeyError(key)
        import marshal

        value = dict.setdefault(self, key, marshal.loads(blob))  # (two threads: the first one's)
        self._apart.pop(key, None)  # (after it is set: a section is always in one or the other)
        return value

    def get(self, key: str, default: Any = None) -> Any:
        if key in self._apart:
            return self[key]
        return dict.get(self, key, default)

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, key) or key in self._apart

    def _whole(self) -> _Sections:
        order = self._order
        if order is not None:  # (once)
            for key in list(self._apart):
                self[key]  # (decoded and set by __missing__)
            if list(dict.keys(self)) != list(order):  # (as the file gives them)
                got = [(k, dict.__getitem__(self, k)) for k in order if dict.__contains__(self, k)]
                got.extend((k, v) for k, v in dict.items(self) if k not in order)
                dict.clear(self)
                dict.update(self, got)
            self._order = None
        return self

    def __iter__(self) -> Any:
        return dict.__iter__(self._whole())

    def __len__(self) -> int:
        return dict.__len__(self._whole())

    def __eq__(self, other: object) -> bool:
        return dict.__eq__(self._whole(), other._whole() if isinstance(other, _Sections) else other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = None

    def __repr__(self) -> str:
        return dict.__repr__(self._whole())

    def __reduce__(self) -> Any:  # (the map of the file is not pickled: a plain dict)
        return dict, (dict(self.items()),)

    def keys(self) -> Any:
        return dict.keys(self._whole())

    def values(self) -> Any:
        return dict.values(self._whole())

    def items(self) -> Any:
        return dict.items(self._whole())

    def copy(self) -> dict[str, Any]:
        return dict(self.items())

    def __setitem__(self, key: str, value: Any) -> None:
        self._apart.pop(key, None)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key: str) -> None:
        self[key]  # (a section not decoded yet is there to delete)
        dict.__delitem__(self, key)

    def pop(self, *args: Any) -> Any:
        return dict.pop(self._whole(), *args)

    def popitem(self) -> Any:
        return dict.popitem(self._whole())

    def setdefault(self, key: str, default: Any = None) -> Any:
        if key in self._apart:
            return self[key]
        return dict.setdefault(self, key, default)

    def update(self, *args: Any, **kwargs: Any) -> None:
        dict.update(self._whole(), *args, **kwargs)

    def clear(self) -> None:
        self._apart.clear()
        dict.clear(self)

    def __or__(self, other: Any) -> Any:
        return dict.__or__(self._whole(), other)

    def __ror__(self, other: Any) -> Any:
        return dict.__ror__(self._whole(), other)

    def __ior__(self, other: Any) -> Any:
        return dict.__ior__(self._whole(), other)

    def __reversed__(self) -> Any:
        return dict.__reversed__(self._whole())


class Language(Record):
    code: str
    raw: dict[str, Any]
    stopwords: frozenset[str]
    verbs: list[tuple[str, str]]  # (text, function)
    verb_re: tuple[re.Pattern[str], ...] | None
    verb_function: dict[str, str]  # folded verb -> function
    verb_function_memo: dict[str, str | None]  # verb as written -> function

    __slots__ = ("code", "raw", "stopwords", "verb_function", "verb_function_memo", "verb_re", "verbs")

    def __init__(
        self,
        code: str,
        raw: dict[str, Any],
        stopwords: frozenset[str],
        verbs: list[tuple[str, str]],
        verb_re: tuple[re.Pattern[str], ...] | None = None,
        verb_function: dict[str, str] | None = None,
        verb_function_memo: dict[str, str | None] | None = None,
    ) -> None:
        self.code = code
        self.raw = raw
        self.stopwords = stopwords
        self.verbs = verbs
        self.verb_re = verb_re
        self.verb_function = {} if verb_function is None else verb_function
        self.verb_function_memo = {} if verb_function_memo is None else verb_function_memo

    @property
    def spaced(self) -> bool:
        """Does the language separate its words with spaces (not Chinese)?"""
        return bool(self.raw.get("spaced", True))

    def verb_function_of(self, written: str) -> str | None:
        """The function of a verb as written, also after a leading adverb ("Also welcomes")."""
        memo = self.verb_function_memo
        if written not in memo:
            memo[written] = self._verb_function_of(written)
        return memo[written]

    def _verb_function_of(self, written: str) -> str | None:
        f = fold(written.replace("*", ""))
        fn = self.verb_function.get(f)
        if fn is None:
            for adv in self.raw["verbs"].get("leading_adverbs", []):
                a = fold(adv) + (" " if self.spaced else "")
                if f.startswith(a):
                    return self.verb_function.get(f[len(a) :].strip())
        return fn


class Lexicon(Record):
    languages: dict[str, Language]
    bodies: dict[str, Body]
    instruments: dict[str, Instrument]
    sc_anchors: list[tuple[int, int]]
    body_names: dict[str, str]  # folded name -> body key (the first listed with it)
    # folded name -> the bodies it names, where a language lists it under several ("CDH": the
    # Human Rights Council and the Commission on Human Rights): the number's shape decides
    shared_names: dict[str, tuple[str, ...]]
    generic_names: dict[str, str]  # folded short name -> generic kind
    instrument_names: dict[str, str]  # folded name -> instrument key
    months: dict[str, int]
    series_cache: dict[str, str | None]
    series_set: frozenset[str]  # the bodies' series (made when first needed)
    series_bodies: dict[str, Body]  # series -> its first body (same)
    _names_apart: list[Any]  # (not a field: see its slot)

    __slots__ = (  # noqa: RUF023  (the last slot is last on purpose: see there)
        "bodies",
        "body_names",
        "generic_names",
        "instrument_names",
        "instruments",
        "languages",
        "months",
        "sc_anchors",
        "series_bodies",
        "series_cache",
        "series_set",
        "shared_names",
        # (not a field: each language's names of instruments as their marshal data in the map of
        # the kept file, until ``instrument_names`` is first read; the last slot, so that a copy
        # or a pickle reads the names, merging them, before it and finds it gone)
        "_names_apart",
    )

    def __init__(
        self,
        languages: dict[str, Language],
        bodies: dict[str, Body],
        instruments: dict[str, Instrument],
        sc_anchors: list[tuple[int, int]],
        body_names: dict[str, str] | None = None,
        generic_names: dict[str, str] | None = None,
        instrument_names: dict[str, str] | None = None,
        months: dict[str, int] | None = None,
        series_cache: dict[str, str | None] | None = None,
        series_set: frozenset[str] = frozenset(),
        series_bodies: dict[str, Body] | None = None,
        shared_names: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        self.languages = languages
        self.bodies = bodies
        self.instruments = instruments
        self.sc_anchors = sc_anchors
        self.body_names = {} if body_names is None else body_names
        self.generic_names = {} if generic_names is None else generic_names
        self.instrument_names = {} if instrument_names is None else instrument_names
        self.months = {} if months is None else months
        self.series_cache = {} if series_cache is None else series_cache
        self.series_set = series_set
        self.series_bodies = {} if series_bodies is None else series_bodies
        self.shared_names = {} if shared_names is None else shared_names

    def __getattr__(self, name: str) -> Any:
        """A field not set: the names of instruments of a lexicon read from its kept file,
        merged from each language's kept names (``_names_apart``, set by :func:`load`) when
        first read (a text that names no treaty reads none of them); AttributeError for
        anything else."""
        if name != "instrument_names":
            raise AttributeError(name)
        apart: list[Any] = object.__getattribute__(self, "_names_apart")  # (AttributeError: none)
        import marshal

        merged: dict[str, str] = {}
        for blob in apart:
            merged.update(marshal.loads(blob))
        self.instrument_names = merged
        del self._names_apart
        return merged

    def body_by_series(self, series: str) -> Body | None:
        """The first body (in the table's order) of ``series``."""
        if not self.series_bodies:
            for b in self.bodies.values():
                self.series_bodies.setdefault(b.series, b)
        return self.series_bodies.get(series)

    def series_of_symbol(self, symbol: str) -> str | None:
        """The body series a symbol belongs to (longest known prefix, else its first element)."""
        if symbol not in self.series_cache:
            self.series_cache[symbol] = self._series_of_symbol(symbol)
        return self.series_cache[symbol]

    def _series_of_symbol(self, symbol: str) -> str | None:
        # the longest series that is the symbol or ends where one of its elements does ("/", ".")
        # (looked up by the symbol's prefixes, longest first: a few set look-ups, not one test
        # per body)
        series = self.series_set
        if not series:
            series = self.series_set = frozenset(b.series for b in self.bodies.values())
        best = None
        ends = [len(symbol), *(i for i in range(len(symbol) - 1, -1, -1) if symbol[i] in "/.")]
        for i in ends:
            if symbol[:i] in series:
                best = symbol[:i]
                break
        if best:
            return best
        first = symbol.split("/", 1)[0]
        return first or None


_SPACED_APOSTROPHE = recache.compile(r" ?' ?")


@functools.lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Key for name lookups: the normalised view (straight apostrophes, plain dashes …),
    lower case, one space."""
    t = one_for_one(text)
    t = _WS.sub(" ", t).strip().lower()
    if "'" in t:  # white space at an apostrophe, as a text layer may set it ("l ’homme", "l’ homme")
        t = _SPACED_APOSTROPHE.sub("'", t)
    return unicodedata.normalize("NFC", t)


def phrase_re(phrase: str) -> str:
    """A phrase as a regex: spaces match any white space, apostrophes either form (with a
    space before or after, as a text layer may set it: "de l ’", "qu’ elle")."""
    return "".join(phrase_atoms(phrase))


def phrase_atoms(phrase: str) -> list[str]:
    """:func:`phrase_re` as its items, one a character (an apostrophe's item takes the blanks
    beside it), one a run of white space: the pattern is their concatenation."""
    out: list[str] = []
    for part in re.split(r"(\s+)", one_for_one(phrase).strip()):
        if not part:
            continue
        if part.isspace():
            out.append(r"\s+")
        else:
            out += [_APOSTROPHE_ATOM if ch in "'’" else re.escape(ch) for ch in part]
    return out


_APOSTROPHE_ATOM = "[ \t]?['’][ \t]?"  # (a tab character in the class, as phrase_re has always written it)


def alternation(phrases: list[str]) -> str:
    """Longest-first alternation of phrases (so a longer name wins over its prefix).  The
    string depends on the set of phrases only: it is kept between runs, as a trie is (each
    phrase made a pattern by :func:`phrase_re`: about a third of the time the engine's first
    text spends on its language's rule tables)."""
    from . import recache

    uniq = sorted(set(phrases), key=lambda p: (-len(p), p))
    return recache.remembered(("alternation", _code_tag(), *uniq), lambda: _alternation(uniq))


def _alternation(uniq: list[str]) -> str:
    return "(?:" + "|".join(phrase_re(p) for p in uniq) + ")"


def alternation_trie(phrases: list[str], ignore_case: bool = False) -> str:
    """What :func:`alternation` of ``phrases`` matches, as a trie of :func:`phrase_atoms`: the
    same strings (the union of the same phrases' patterns, their shared first items written
    once), so whether it matches at a place is the same — but where several phrases match
    there, the one it takes may differ: for patterns whose only use is whether they match.  A
    place is tried one item at a time instead of once a phrase (the verbs of every lexicon: 900
    phrases, each tried where a body's name ends a line).  With ``ignore_case`` (for a pattern
    compiled with IGNORECASE) a letter is written as ``re`` reads it there, in lower case, so
    that "Recalling" and "recalling" share their items.  Kept between runs as a trie is."""
    from . import recache

    uniq = sorted(set(phrases))
    key = ("alternation-trie", _code_tag(), f"{ignore_case:d}", *uniq)
    return recache.remembered(key, lambda: _alternation_trie(uniq, ignore_case))


def _alternation_trie(uniq: list[str], ignore_case: bool) -> str:
    return (
        "(?:"
        + _trie_of([_ignored_case(a) if ignore_case else a for a in phrase_atoms(p)] for p in uniq)
        + ")"
    )


def _ignored_case(atom: str) -> str:
    """A one-letter item as IGNORECASE reads it: ``re`` compiles a letter as its lower case
    (its own ``unicode_tolower``), so the letter's lower case, where that is one letter that
    ``re`` lowers alike, is the same item; any other item as it is."""
    if len(atom) != 1 or not atom.isalpha():
        return atom
    low = atom.lower()
    if len(low) != 1 or low == atom:
        return atom
    tolower = importlib.import_module("_sre").unicode_tolower
    return low if tolower(ord(low)) == tolower(ord(atom)) else atom


#: The data files are installed beside this module (os.path, not pathlib: a refresh loads this).
_HERE = os.path.join(os.path.dirname(os.path.realpath(__file__)), "data")


def _read(name: str) -> str:
    with open(os.path.join(_HERE, name), encoding="utf-8") as f:
        return f.read()


@functools.lru_cache(maxsize=8)
def table(name: str) -> list[dict[str, str]]:
    """The rows of a CSV table in the data directory (``decision_codes.csv``)."""
    return _rows(_read(name))


def _rows(text: str) -> list[dict[str, str]]:
    """The rows of a CSV text, as ``csv.DictReader`` reads them: split at its commas (a cell in
    quotes read up to its closing quote) when every row has the header's cells and no quote
    is but around a whole cell (the tables' usual form; a start of the engine reads two hundred
    rows, a third of a millisecond through the ``csv`` module, and its import as much), else by
    the ``csv`` module."""
    lines = text.splitlines()
    if not lines or not lines[0] or '"' in lines[0]:
        return _dict_rows(lines)
    head = lines[0].split(",")
    rows = []
    for line in lines[1:]:
        if not line:  # (a blank line is no row)
            continue
        cells = _quoted_cells(line) if '"' in line else line.split(",")
        if cells is None or len(cells) != len(head):  # (short and long rows: as the csv module fills them)
            return _dict_rows(lines)
        rows.append(dict(zip(head, cells, strict=True)))
    return rows


def _quoted_cells(line: str) -> list[str] | None:
    """The cells of a CSV line where a quote only opens and closes a whole cell (``"a, b"``), as
    the ``csv`` module reads them; None for any other quote (doubled, inside a cell)."""
    cells: list[str] = []
    i, n = 0, len(line)
    while True:
        if line.startswith('"', i):
            j = line.find('"', i + 1)
            if j < 0 or (j + 1 < n and line[j + 1] != ","):
                return None
            cells.append(line[i + 1 : j])
            i = j + 1
        else:
            j = line.find(",", i)
            cell = line[i:] if j < 0 else line[i:j]
            if '"' in cell:
                return None
            cells.append(cell)
            i = n if j < 0 else j
        if i >= n:
            return cells
        i += 1  # past the comma
        if i == n:  # a comma ends the line: an empty last cell
            cells.append("")
            return cells


def _dict_rows(lines: list[str]) -> list[dict[str, str]]:
    """``csv.DictReader``'s rows, the module imported here: a refresh of one file reads no table
    that needs it (its import 0.3-0.8 ms)."""
    import csv

    return list(csv.DictReader(lines))


class DecisionCodes(Frozen):
    """``decision_codes.csv``: the conferences whose decisions are numbered with their code
    ("1/CP.21", "2/CMA.3")."""

    body_of: dict[str, str]  # code → key of the body (its conference)
    codes: tuple[str, ...]  # the codes, sorted
    longest: int  # characters of the longest code
    bodies: frozenset[str]  # the bodies whose decisions are always cited with their code

    __slots__ = ("bodies", "body_of", "codes", "longest")

    def __init__(
        self,
        body_of: dict[str, str],
        codes: tuple[str, ...],
        longest: int,
        bodies: frozenset[str],
    ) -> None:
        object.__setattr__(self, "body_of", body_of)
        object.__setattr__(self, "codes", codes)
        object.__setattr__(self, "longest", longest)
        object.__setattr__(self, "bodies", bodies)


@functools.lru_cache(maxsize=1)
def decision_codes() -> DecisionCodes:
    body_of = {r["code"]: r["body"] for r in table("decision_codes.csv")}
    return DecisionCodes(
        body_of, tuple(sorted(body_of)), max(map(len, body_of), default=0), frozenset(body_of.values())
    )


@functools.lru_cache(maxsize=1)
def resolution_codes() -> dict[str, str]:
    """``resolution_codes.csv``: the bodies whose resolutions are numbered with their code before
    the session ("WHA58.3", Arabic "ج ص ع58-3"): code → key of the body."""
    return {r["code"]: r["body"] for r in table("resolution_codes.csv")}


@functools.lru_cache(maxsize=1)
def symbol_series() -> tuple[str, ...]:
    """``symbol_series.csv``: the series a document symbol may open with (the principal organs'
    letters, the treaty bodies, programmes, commissions and the organs of conventions that print
    their own), each followed by a slash in a symbol."""
    return tuple(r["series"] for r in table("symbol_series.csv"))


@functools.lru_cache(maxsize=1)
def numbering_shapes() -> tuple[tuple[str, str, str, str], ...]:
    """``numbering_shapes.csv``: the shapes in which bodies outside the series of ids.md number
    their texts ("{session} C/{noun}{n}" of UNESCO's General Conference, "EB{session}.R{n}" of
    WHO's Executive Board, "GC({session})/RES/{n}" of the IAEA's): (body key, kind, shape, the
    characters of the shape a fast scan looks for)."""
    return tuple((r["body"], r["kind"], r["shape"], r["scan"]) for r in table("numbering_shapes.csv"))


@functools.lru_cache(maxsize=1)
def report_symbols() -> dict[tuple[str, str], list[tuple[int, int | None, str]]]:
    """``report_symbols.csv``: the session reports of bodies that an Official Records
    supplement holds under a symbol of another series ("E/2019/30", the Commission on Crime
    Prevention and Criminal Justice; "A/74/53", the Human Rights Council): (series, the
    symbol's last number) → (first and last year or session, body key)."""
    out: dict[tuple[str, str], list[tuple[int, int | None, str]]] = {}
    for r in table("report_symbols.csv"):
        last = int(r["last"]) if r["last"] else None
        out.setdefault((r["series"], r["number"]), []).append((int(r["first"]), last, r["body"]))
    return out


def language_codes() -> list[str]:
    return sorted(name[:-5] for name in os.listdir(_HERE) if name.endswith(".toml"))


@functools.lru_cache(maxsize=1)
def instruments_table() -> dict[str, Instrument]:
    """The known instruments (``instruments.csv``): target id and the resolution that
    adopted each — without reading the language files (quick, for queries)."""
    out: dict[str, Instrument] = {}
    for r in _instrument_rows():
        target = _unts_target(r) or r["target"]
        out[r["key"]] = Instrument(
            r["key"], target, r["adopted_by"] or None, r["adopted_pinpoint"] or None, r.get("parties") or None
        )
    return out


@functools.lru_cache(maxsize=1)
def treaty_adopters() -> dict[str, str]:
    """Treaty Series id -> the resolution whose annex the treaty is (``instruments.csv``): in
    that resolution's own text, the treaty named is its own annex, no citation."""
    return {
        inst.target: inst.adopted_by
        for inst in instruments_table().values()
        if inst.adopted_by and inst.target.startswith("UNTS/")
    }


@functools.lru_cache(maxsize=1)
def unts_pages() -> dict[tuple[int, int], str]:
    """(volume, first page) -> target of the known instruments registered with the UN: academic
    styles cite a treaty by its volume and page ("999 U.N.T.S. 171"), not its number. A page
    column may list several pages, the first and the one of the English text (both are cited)."""
    out: dict[tuple[int, int], str] = {}
    for r in _instrument_rows():
        if target := _unts_target(r):
            for page in (r.get("unts_pages") or "").split():
                out[int(r["unts_volume"]), int(page)] = target
    return out


@functools.lru_cache(maxsize=1)
def treaty_protocols() -> dict[str, tuple[str, ...]]:
    """Instrument key -> the keys of its protocols (``instruments.csv``): a protocol is
    registered under its treaty's number, in a later volume ("vol. 1249" and "vol. 2131, No.
    20378"), so the rows of one number are a treaty and its protocols, the first volume the
    treaty's.  What "the Optional Protocol thereto" names after the treaty.  A protocol that is
    a treaty of its own, registered under its own number (or not registered), is its treaty's by
    ``protocols.csv`` ("Protocol relating to the Status of Refugees")."""
    by_number: dict[str, list[tuple[int, str]]] = {}
    for r in _instrument_rows():
        if _unts_target(r):
            by_number.setdefault(r["unts_number"], []).append((int(r["unts_volume"]), r["key"]))
    out: dict[str, tuple[str, ...]] = {}
    for rows in by_number.values():
        rows.sort()
        if len(rows) > 1 and rows[0][0] < rows[1][0]:
            out[rows[0][1]] = tuple(key for _, key in rows[1:])
    for r in table("protocols.csv"):
        out[r["treaty"]] = (*out.get(r["treaty"], ()), r["protocol"])
    return out


@functools.lru_cache(maxsize=1)
def instrument_sets() -> dict[str, tuple[str, ...]]:
    """Name of a set -> the keys of the known instruments its names cite together
    (``instrument_sets.csv``: "the Geneva Conventions of 12 August 1949" are the four
    Conventions of that day, each registered on its own)."""
    known = instruments_table()
    out = {r["set"]: tuple(r["members"].split()) for r in table("instrument_sets.csv")}
    for name, members in out.items():
        if unknown := [k for k in members if k not in known]:
            raise ValueError(f"instrument_sets.csv: {name} holds unknown instruments {unknown}")
    return out


@functools.lru_cache(maxsize=1)
def _instrument_rows() -> tuple[dict[str, str], ...]:
    """The rows of ``instruments.csv``, read once for :func:`instruments_table` and
    :func:`unts_pages`."""
    return tuple(table("instruments.csv"))


def _unts_target(row: dict[str, str]) -> str | None:
    """The id of an instrument registered with the UN (its series' volume and number), else None."""
    if row["unts_volume"] and row["unts_number"]:
        return unts_id(row["unts_volume"], row["unts_number"])
    return None


_NAME_REF = recache.compile(r"\{([A-Za-z][A-Za-z0-9_]*)\}")


def _expand_names(table: dict[str, list[str]], parts: dict[str, str | list[str]]) -> None:
    """Names made of names: "Protocol … supplementing the {UNTOC}" stands for the name with
    each of the language's names of UNTOC put in, "{tip}" for the part ``tip`` of
    ``[name_parts]`` (a long title is written once and shared by its variants)."""

    def expand(name: str, key: str, depth: int = 0) -> list[str]:
        m = _NAME_REF.search(name)
        if m is None:
            return [name]
        ref = m.group(1)
        if ref in table and ref != key:
            inner = list(table[ref])
        elif parts.get(ref) is not None:
            part = parts[ref]  # one text, or its forms (a declined noun: "Конвенция", "Конвенцию" …)
            inner = list(part) if isinstance(part, list) else [part]
        else:
            raise ValueError(f"instrument {key!r}: unknown name {m.group()}")
        if depth > 8:
            raise ValueError(f"instrument {key!r}: names refer to each other")
        head, tail = name[: m.start()], name[m.end() :]
        return [x for i in inner for x in expand(head + i + tail, key, depth + 1)]

    expanded = {key: [x for name in names for x in expand(name, key)] for key, names in table.items()}
    table.update(expanded)


#: The key of the compiled languages :func:`load` last read from their kept file (None: it
#: compiled them from the files, as a first run does).
_kept: list[str | None] = [None]


#: The key of what :func:`load` last made the languages of (its files, read or compiled).
_made_of: list[str] = [""]


def made_of() -> str:
    """What the lexicon is made of (the key of its kept file, :func:`kept_key`), whether it was
    read from that file or compiled from its files here: what values made from the lexicon alone
    are kept under (``grammar.names``)."""
    load()
    return _made_of[0]


def kept_key() -> str | None:
    """What the lexicon is made of, when it was read from its kept file: what the rule tables
    built from it may be kept between runs under (``grammar.tables``); None when it was compiled
    from its files here (they are then built from it, not kept)."""
    load()
    return _kept[0]


@functools.lru_cache(maxsize=1)
def load() -> Lexicon:
    bodies = {
        r["key"]: Body(
            key=r["key"],
            series=r["series"],
            generic=r["generic"],
            numbering=r["numbering"],
            first_year=int(r["first_year"]),
            max_session=int(r["max_session"]) if r["max_session"] else None,
            year_offset=float(r["year_offset"]) if r["year_offset"] else None,
            years_per_session=float(r["years_per_session"]) if r["years_per_session"] else None,
            year_tolerance=float(r["year_tolerance"]) if r["year_tolerance"] else 1.0,
            years_from=int(r["years_from"]) if r["years_from"] else 1,
            numbered_from=int(r["numbered_from"]) if r["numbered_from"] else 1,
            min_decision=int(r["min_decision"]) if r["min_decision"] else 1,
            scheme=r.get("scheme") or "",
            max_resolution=int(r["max_resolution"]) if r.get("max_resolution") else None,
            predecessor=r.get("predecessor") or None,
        )
        for r in _rows(_read("bodies.csv"))
    }
    instruments = dict(instruments_table())
    anchors = [(int(r["resolution"]), int(r["year"])) for r in _rows(_read("sc_anchors.csv"))]
    languages: dict[str, Language] = {}
    lex = Lexicon(languages, bodies, instruments, sorted(anchors))
    codes = language_codes()
    texts: dict[str, str] = {}

    def read_texts() -> dict[str, str]:
        if not texts:
            texts.update((code, _read(f"{code}.toml")) for code in codes)
        return texts

    key = _files_key(codes, lambda: _content_key(read_texts(), bodies, instruments))
    compiled = _cache_get(key)
    _kept[0] = key if compiled is not None else None
    _made_of[0] = key
    if compiled is None:
        compiled = {
            code: _compile_language(code, text, bodies, instruments) for code, text in read_texts().items()
        }
        _cache_put(key, compiled)
    names_apart: list[Any] = []  # a kept lexicon's names of instruments, merged when first read
    for code, parts in compiled.items():
        raw, verbs, verb_functions, body_names, generic_names, instrument_names, months, shared = parts
        stopwords = frozenset(raw.get("stopwords", []))
        languages[code] = Language(code, raw, stopwords, list(verbs), None, verb_functions)
        lex.body_names.update(body_names)
        lex.generic_names.update(generic_names)
        if type(instrument_names) is dict:
            lex.instrument_names.update(instrument_names)
        else:
            names_apart.append(instrument_names)
        lex.months.update(months)
        for f, key in shared:
            if key not in lex.shared_names.get(f, ()):
                lex.shared_names[f] = (*lex.shared_names.get(f, (body_names[f],)), key)
    if names_apart:  # (all of them or none: read from the kept file, or compiled here)
        del lex.instrument_names
        lex._names_apart = names_apart
    return lex


#: What :func:`load` makes of one language file: (the file's tables with names expanded, the
#: verbs with their functions, folded verb → function, and the folded body names, generic
#: names, instrument names and month names it adds, and each folded name the file lists under
#: a body other than the one it stands for first, with that body's key — kept folded, so that
#: a start of the engine folds none of the names again).
_Compiled = tuple[
    dict[str, "Any"],
    list[tuple[str, str]],
    dict[str, str],
    dict[str, str],
    dict[str, str],
    dict[str, str],
    dict[str, int],
    list[tuple[str, str]],
]


def _compile_language(
    code: str, text: str, bodies: dict[str, Body], instruments: dict[str, Instrument]
) -> _Compiled:
    """Parse and check one language file (TOML is parsed in Python: the slow part of a
    first document, kept between runs by :func:`_cache_put`)."""
    import tomllib

    raw = tomllib.loads(text)
    if raw["code"] != code:
        raise ValueError(f"{code}.toml says it is the lexicon of {raw['code']!r}")
    _expand_names(raw.get("instruments", {}), raw.get("name_parts", {}))
    verbs = [(v, fn) for fn in ("builds_on", "acknowledges", "acts") for v in raw["verbs"].get(fn, [])]
    body_names: dict[str, str] = {}
    generic_names: dict[str, str] = {}
    instrument_names: dict[str, str] = {}
    months: dict[str, int] = {}
    glued = raw.get("grammar", {}).get("article_glued", {})
    _plain_spellings(raw, raw.get("grammar", {}).get("name_letters_plain", {}))
    for key, names in raw.get("bodies", {}).items():
        if key not in bodies:
            raise ValueError(f"{code}.toml names an unknown body {key!r}")
        # a name with the article in front, written as a preposition glued before it writes it
        # (Arabic "اللجنة …" after "ل": "للجنة …"): the name in that form too
        for n in list(names):
            article = max((a for a in glued if n.startswith(a)), key=len, default=None)
            if article is not None:
                names.extend(form + n[len(article) :] for form in glued[article])
        for n in names:
            body_names.setdefault(fold(n), key)  # a name listed under two bodies: the first's
    for kind, names in raw.get("generic", {}).items():
        for n in names:
            generic_names[fold(n)] = kind
    for key in raw.get("instrument_aliases", {}):
        if key not in instruments:
            raise ValueError(f"{code}.toml gives aliases of an unknown instrument {key!r}")
    for key in raw.get("treaty_acronyms", {}):
        if key not in instruments:
            raise ValueError(f"{code}.toml gives short names of an unknown instrument {key!r}")
    for key, names in raw.get("instruments", {}).items():
        if key not in instruments:
            raise ValueError(f"{code}.toml names an unknown instrument {key!r}")
        for n in names:
            instrument_names[fold(n)] = key
    for i, m in enumerate(raw["dates"]["months"], 1):
        for form in m.split("|"):
            months[fold(form)] = i
    functions = {fold(v): fn for v, fn in verbs}
    shared = [
        (fold(n), key)
        for key, names in raw.get("bodies", {}).items()
        for n in names
        if body_names[fold(n)] != key
    ]
    return raw, verbs, functions, body_names, generic_names, instrument_names, months, shared


def _plain_spellings(raw: dict[str, Any], plain: dict[str, str]) -> None:
    """Each name of a body or an instrument also as copies write it with the letters of
    ``plain`` (the language file's ``grammar.name_letters_plain``) in their plain form."""
    if not plain:
        return
    table = str.maketrans(dict(plain.items()))
    for section in ("bodies", "instruments", "instrument_sets"):
        for names in raw.get(section, {}).values():
            names.extend(dict.fromkeys(p for n in list(names) if (p := n.translate(table)) not in names))


def _files_key(codes: list[str], build: Callable[[], str]) -> str:
    """:func:`_content_key` (``build``), kept between runs under the names, sizes and times of
    the files it depends on (``recache.files_key``): this module, the language files and the
    tables (``bodies.csv`` and ``instruments.csv`` give the keys the languages are checked
    against); the language files are then read only to be compiled."""
    from . import recache

    tables = sorted(n for n in os.listdir(_HERE) if n.endswith(".csv"))
    paths = [os.path.realpath(__file__), *(os.path.join(_HERE, f"{c}.toml") for c in codes)]
    return recache.files_key("lexicon", paths + [os.path.join(_HERE, n) for n in tables], build)


def _content_key(texts: dict[str, str], bodies: dict[str, Body], instruments: dict[str, Instrument]) -> str:
    """What the compiled languages depend on: the language files, the keys they are checked
    against, and the code that compiles them (this module's file)."""
    try:
        from _blake2 import blake2b  # hashlib's own, without loading OpenSSL (3 ms at every start)
    except ImportError:  # pragma: no cover - another Python
        from hashlib import blake2b

    h = blake2b(digest_size=16)
    try:
        with open(__file__, "rb") as f:
            h.update(f.read())
    except OSError:
        h.update(b"?")
    for code, text in texts.items():
        h.update(f"\x00{code}\x00{len(text)}\x00".encode())
        h.update(text.encode("utf-8", "surrogatepass"))
    h.update("\x00".join(sorted(bodies)).encode() + b"\x01" + "\x00".join(sorted(instruments)).encode())
    return h.hexdigest()


#: The kept file's format (part of its name: a file of another format is never read).  "v2":
#: the head (``recache``'s: its length, then its marshal data) holds the key and, for each
#: language, what :func:`_compile_language` made of it, with each section of its tables that is
#: a table or a list, and its names of instruments, given as their place after the head
#: (where they start, their length), and its tables' keys in order; those values follow the
#: head, each as its own marshal data.
_CACHE_FORMAT = "v2"


def _cache_name() -> str:
    """Where the compiled languages are kept (``$XDG_CACHE_HOME/rescite/lexicon-….marshal``)."""
    import sys

    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}"
    return os.path.join(base, "rescite", f"lexicon-{_CACHE_FORMAT}-{tag}.marshal")


def _cache_file() -> Path:
    """:func:`_cache_name` as a path (pathlib loaded only here: not on a refresh's way)."""
    from pathlib import Path

    return Path(_cache_name())


def _cache_get(key: str) -> dict[str, _Compiled] | None:
    """The compiled languages kept under ``key`` by an earlier run, or None (no file, another
    key, anything unexpected: they are compiled again).  The sections kept apart stay in the
    map of the file: each language's tables are a :class:`_Sections`, its names of
    instruments the bytes of their marshal data (merged when first read: :func:`load`)."""
    from .recache import map_file, read_head

    try:
        view = memoryview(map_file(_cache_name()))  # (kept open by the sections)
        stored, base = read_head(view)
        if not (isinstance(stored, tuple) and len(stored) == 2 and stored[0] == key):
            return None
        out: dict[str, _Compiled] = {}
        for code, parts in stored[1].items():
            inline, places, order, *rest = parts
            if len(rest) != 7 or not isinstance(inline, dict) or not isinstance(places, dict):
                return None
            at, n = rest[4]
            if base + at + n > len(view):
                return None
            apart = {k: view[base + a : base + a + m] for k, (a, m) in places.items()}
            if any(len(v) != m for v, (_, m) in zip(apart.values(), places.values(), strict=True)):
                return None
            rest[4] = view[base + at : base + at + n]
            out[code] = (_Sections(inline, apart, tuple(order)), *rest)
        return out
    except (OSError, EOFError, ValueError, TypeError, AttributeError, KeyError):
        return None


def _cache_put(key: str, compiled: dict[str, _Compiled]) -> None:
    """Keep the compiled languages (marshal: a load is a millisecond, the TOML parse about 50),
    in :data:`_CACHE_FORMAT`; a file that cannot be written only costs the parse next time."""
    import contextlib
    import marshal
    import os

    from .recache import head_bytes

    path = _cache_name()
    tmp = f"{path}.{os.getpid()}.tmp"
    blobs: list[bytes] = []
    at = [0]

    def apart(value: Any) -> tuple[int, int]:
        blob = marshal.dumps(value)
        blobs.append(blob)
        at[0] += len(blob)
        return at[0] - len(blob), len(blob)

    try:
        head: dict[str, Any] = {}
        for code, parts in compiled.items():
            raw = parts[0]
            rest: list[Any] = list(parts[1:])
            inline = {k: v for k, v in raw.items() if type(v) not in (dict, list)}
            places = {k: apart(v) for k, v in raw.items() if type(v) in (dict, list)}
            rest[4] = apart(rest[4])
            head[code] = (inline, places, list(raw), *rest)
        data = head_bytes((key, head))
        os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        with open(tmp, "wb") as f:
            f.write(data)
            f.writelines(blobs)
        os.replace(tmp, path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            os.unlink(tmp)


#: The language UN texts in every language quote (titles, series), and the one assumed when
#: a text gives no evidence of its own — when its file is there.
FALLBACK = "en"


def fallback_language() -> str:
    codes = tuple(load().languages)
    return FALLBACK if FALLBACK in codes or not codes else codes[0]


def scope(lang: str) -> tuple[str, ...]:
    """The languages whose words are looked for in a text of language ``lang``: its own and
    English (UN texts in any language quote English titles and series); every language
    when ``lang`` is unknown.  Fewer languages make shorter patterns and quicker scans."""
    codes = tuple(load().languages)
    if lang not in codes:
        return codes
    quoted = fallback_language()
    return (lang,) if lang == quoted else (lang, quoted)


def gather(key_path: str, langs: tuple[str, ...] | None = None) -> list[str]:
    """The entries of a list in the lexicons of ``langs`` (default: every language), e.g.
    ``gather("nouns.resolution")``."""
    out: list[str] = []
    languages = load().languages
    for code in langs if langs is not None else tuple(languages):
        lang = languages[code]
        node: Any = lang.raw
        for k in key_path.split("."):
            node = node.get(k, {}) if isinstance(node, dict) else {}
        if isinstance(node, list):
            out.extend(node)
    return out


def _atoms(phrase: str, either_case: bool, capital: bool, keep_case: bool = False) -> list[str]:
    """A phrase as regex atoms, one per character, with the white space between words."""
    atoms: list[str] = []
    after_word = False
    text = " ".join(one_for_one(phrase).split()) if keep_case else fold(phrase)
    for i, tok in enumerate(re.findall(r"\w+|[^\w\s]", text)):
        word = tok[0].isalnum()
        if i:
            # two words need white space between them; around punctuation it is optional
            # ("l'enfant", "Convention-cadre", "1930 (No. 29)")
            atoms.append(r"\s+" if word and after_word else r"\s*")
        for j, ch in enumerate(tok):
            cased = ch.upper() != ch.lower()
            if ch in "'’":
                atoms.append("['’]")
            elif j == 0 and cased and either_case:
                atoms.append(f"[{ch.upper()}{ch.lower()}]")
            elif j == 0 and cased and capital and i == 0:
                atoms.append(re.escape(ch.upper()))
            else:
                atoms.append(re.escape(ch))
        after_word = word
    return atoms


def trie_regex(
    phrases: list[str], either_case: bool = False, capital: bool = False, keep_case: bool = False
) -> str:
    """A character trie as a regex: shared prefixes are matched once and each branch point
    tests one character, so a scan over a long text stays fast.  Words are folded to lower
    case: compile with IGNORECASE, or pass ``either_case`` to let each word's first letter
    vary, or ``capital`` for phrases whose first word is capitalised (a paragraph's opening),
    or ``keep_case`` to match the phrases as written (names: "General Assembly", "ECOSOC").
    The string depends on the set of phrases and the three flags only: it is kept between runs."""
    from . import recache

    key = ("trie", _code_tag(), f"{either_case:d}{capital:d}{keep_case:d}", *sorted(set(phrases)))
    return recache.remembered(key, lambda: _trie_regex(phrases, either_case, capital, keep_case))


def resolution_noun(lang: str = "") -> str:
    """The resolution's nouns of the languages looked for in a text of ``lang`` (:func:`scope`) as
    one trie, each word's first letter in either case ("resolution", "Résolution", "قرار", "决议"):
    the noun the finders of numbers written without a body's series look for before them."""
    return trie_regex(gather("nouns.resolution", scope(lang)), either_case=True)


def number_marks(lang: str = "") -> tuple[str, str] | None:
    """The marks the languages looked for in a text of ``lang`` (:func:`scope`) write before and
    after a text's number ("第", "号"), each as one alternation, where they write both; else
    None (the finders of marked numbers have nothing to look for)."""
    langs = scope(lang)
    prefix, suffix = gather("grammar.number_prefix", langs), gather("grammar.number_suffix", langs)
    if not prefix or not suffix:
        return None
    return alternation(prefix), alternation(suffix)


def trie_regex_with_leads(phrases: list[str], leads: list[str], space: str, capital: bool = False) -> str:
    """``trie_regex(phrases + led, capital=capital)``, ``led`` each phrase in lower case after
    each of ``leads`` and ``space`` (as :func:`led_trie_regex`), kept between runs under the
    phrases and the leads: the key of the whole list (a language's 2,800 verbs after its
    adverbs, each made, sorted and hashed) was a millisecond of every start of the engine."""
    from . import recache

    key = ("trie-leads", _code_tag(), f"{capital:d}", space, *sorted(set(phrases)), "", *sorted(set(leads)))
    return recache.remembered(
        key,
        lambda: _trie_regex(
            phrases + [f"{a}{space}{p.lower()}" for a in leads for p in phrases], False, capital, False
        ),
    )


def led_trie_regex(phrases: list[str], leads: list[str], space: str) -> str:
    """What ``trie_regex(phrases + led)`` matches, where ``led`` is each phrase in lower case
    after each of ``leads`` and ``space`` ("also welcomes", "又欢迎"), as a program a tenth of
    that size where it matches alike: the leads' trie, then the phrases' (a language's verbs
    after its leading adverbs: 2,800 phrases of which 2,650 led, 208 KB of program built at
    every start of the engine).  The trie tries the longest phrase first; apart, a lead's
    phrases come before the phrases alone, so where a phrase alone could beat a shorter led one
    (:func:`_apart_matches_whole`) the whole trie is made.  For a scan matched at given places
    only: a scan through a text skips to the possible first characters of a pattern whose
    branches each open with a letter, which the leads' group before the phrases is not."""
    from . import recache

    key = ("led-trie", _code_tag(), space, *sorted(set(phrases)), "", *sorted(set(leads)))
    return recache.remembered(key, lambda: _led_trie_regex(phrases, leads, space))


def led_trie_prefixes(phrases: list[str], leads: list[str], space: str, size: int) -> str:
    """A regex of the first characters (at most ``size``) that every match of
    :func:`led_trie_regex` of the same phrases, leads and ``space`` opens with — more strings
    may match it, never fewer: of each phrase, and of each lead before each phrase ("also
    welcomes", "又欢迎"), its folded letters up to the first character that is no letter or
    digit (the trie matches each of those as written; a blank there may be any white space,
    an apostrophe either form).  "" where a phrase opens with no letter (nothing to ask for).
    Kept between runs (:func:`recache.remembered`)."""
    from . import recache

    key = (
        "led-trie-prefixes",
        "1",
        _code_tag(),
        space,
        str(size),
        *sorted(set(phrases)),
        "",
        *sorted(set(leads)),
    )
    return recache.remembered(key, lambda: _led_trie_prefixes(phrases, leads, space, size))


def _led_trie_prefixes(phrases: list[str], leads: list[str], space: str, size: int) -> str:
    def prefix(phrase: str) -> str:
        head = fold(phrase)[:size]
        for k, ch in enumerate(head):
            if not ch.isalnum():
                return head[:k]
        return head

    prefixes = {prefix(p) for p in phrases}
    for a in leads:
        head = prefix(a)
        if len(head) < size and len(head) == len(fold(a)) and not space:
            prefixes |= {prefix(f"{a}{p.lower()}") for p in phrases}  # glued to its phrase: both
        else:
            prefixes.add(head)
    if "" in prefixes or not prefixes or any(fold(p) != p for p in prefixes):
        return ""  # (the trie folds what it is given: letters folding again into others are not asked for)
    return _trie_regex(sorted(prefixes), False, False, False)


def _led_trie_regex(phrases: list[str], leads: list[str], space: str) -> str:
    led = [f"{a}{space}{p.lower()}" for a in leads for p in phrases]
    whole = _trie_regex(phrases + led, False, False, False)
    if not leads or not _apart_matches_whole(phrases, leads, space):
        return whole
    sep = r"\s+" if space else ""  # the atom _atoms puts between two words
    apart = f"(?:{_trie_regex(leads, False, False, False)}{sep})?{_trie_regex(phrases, False, False, False)}"
    return apart if len(apart) < len(whole) else whole  # one lead before a few verbs: the one trie


def _outruns(rest: str, alone: set[str]) -> bool:
    """Whether ``rest`` (what follows a lead in a longer phrase) is no phrase itself but goes
    on past one: the whole trie tries the longer first, the short form the led phrase."""
    return rest not in alone and any(rest.startswith(f) for f in alone)


def _apart_matches_whole(phrases: list[str], leads: list[str], space: str) -> bool:
    """Whether :func:`led_trie_regex`'s short form matches as the whole trie: each led phrase
    folds as its lead and its phrase joined (a word on each side of the join), and no two
    phrases that can start at one place would be tried in another order — a phrase alone that
    begins with a lead ("Further to") against a led one it is longer than, or a lead that
    begins another lead ("We", "We also") with a phrase that begins as the longer one goes on."""
    folded = [fold(p) for p in phrases]
    folded_leads = [fold(a) for a in leads]
    if not all(f and f[0].isalnum() for f in folded) or not all(f and f[-1].isalnum() for f in folded_leads):
        return False
    for a, fa in zip(leads, folded_leads, strict=True):
        for p, fp in zip(phrases, folded, strict=True):
            if fold(f"{a}{space}{p.lower()}") != f"{fa}{space}{fp}":
                return False
    alone = set(folded)
    for fa in folded_leads:
        for fp in folded:  # "Further to" against "Further" and a verb that "to" begins with
            if fp.startswith(fa + space) and _outruns(fp[len(fa) + len(space) :], alone):
                return False
        for fb in folded_leads:  # "We further" + a verb against "We" + "Further to"
            if fb != fa and fb.startswith(fa + space):
                rest = fb[len(fa) + len(space) :]
                for fp in folded:
                    if fp.startswith(rest + space) and _outruns(fp[len(rest) + len(space) :], alone):
                        return False
    return True


@functools.cache
def _code_tag() -> str:
    """A checksum of the code that turns phrases into tries (this module and ``chars``): a kept
    trie is never used by a version of the code that would build it differently."""
    from . import recache

    here = os.path.dirname(os.path.realpath(__file__))
    paths = [os.path.join(here, name) for name in ("lexicon.py", "chars.py")]

    def read() -> str:
        import zlib

        data = b""
        for path in paths:
            with open(path, "rb") as f:
                data += f.read()
        return f"{zlib.crc32(data):08x}"

    # read and summed only when a file changed (``recache.files_key``: a refresh of one changed
    # file read both, 0.6 ms, for the keys of its tries)
    return recache.files_key("code-tag", paths, read)


def _trie_regex(phrases: list[str], either_case: bool, capital: bool, keep_case: bool) -> str:
    return _trie_of(_atoms(p, either_case, capital, keep_case) for p in phrases)


def _trie_of(phrases: Iterable[Iterable[str]]) -> str:
    """The alternation of ``phrases`` (each a sequence of regex atoms) as a trie: the phrases
    that share their first atoms share one branch, an atom tried once at each place."""
    end = ""
    trie: dict[str, Any] = {}
    for atoms in phrases:
        node = trie
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[end] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [atom + build(node[atom]) for atom in sorted(k for k in node if k != end)]
        if not alts:
            return ""
        if len(alts) == 1 and end not in node:
            return alts[0]
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if end in node else body

    return build(trie)
