"""Normalise: a matching view of the text whose offsets map back to the original.

Most changes keep the length (spaces, quotes and apostrophes are swapped one for one), so
the usual text needs no offset map at all.  Changes that shorten the text — NFC
composition, soft hyphens and zero-width characters, a word hyphenated across a line
break — are recorded as breakpoints, and :meth:`Normalised.to_original` maps back.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field

_ONE_FOR_ONE = str.maketrans(
    {
        "\u00a0": " ",  # no-break space
        "\u2007": " ",
        "\u2009": " ",  # thin space
        "\u202f": " ",  # narrow no-break space
        "\u2002": " ",
        "\u2003": " ",
        "\u2004": " ",
        "\u2005": " ",
        "\u2006": " ",
        "\u2008": " ",
        "\u200a": " ",
        "\u3000": " ",
        "\t": " ",
        "\r": " ",  # CRLF stays one line break
        "\u2028": "\n",
        "\u2029": "\n",
        "\f": "\n",
        "\u2018": "'",
        "\u2019": "'",
        "\u201b": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00ba": "°",  # "nº" → "n°"
        # full-width forms in Chinese and Japanese texts
        "\uff08": "(",
        "\uff09": ")",
        "\uff0f": "/",
        "\uff0c": ",",
        "\uff1b": ";",
        "\uff1a": ":",
        **{chr(0xFF10 + i): str(i) for i in range(10)},
    }
)

# Characters or sequences that shorten the text.  A base letter followed by combining
# marks is composed (NFC); soft hyphens and zero-width characters go; a lower-case word
# broken by a hyphen at the end of a line is joined.
_SHORTENING = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]|[\u0300-\u036f]+")
_REMOVED = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_LINE_HYPHEN = re.compile(r"-[ \t]*\n[ \t]*(?=[a-zà-ÿ])")
# PDF text breaks symbols after a slash: "A/RES/\n70/1" is "A/RES/70/1"
_LINE_SLASH = re.compile(r"(?<=[A-Z0-9.])/[ \t]*\n[ \t]*(?=[A-Z0-9])")


@dataclass(slots=True)
class Normalised:
    """``text`` is the matching view; ``to_original`` maps its offsets to the input's."""

    original: str
    text: str
    _norm_points: list[int] = field(default_factory=list)
    _orig_points: list[int] = field(default_factory=list)

    def to_original(self, pos: int) -> int:
        if not self._norm_points:
            return pos
        i = bisect.bisect_right(self._norm_points, pos) - 1
        if i < 0:
            return pos
        return self._orig_points[i] + (pos - self._norm_points[i])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of a normalised span; the end never falls inside a removed run."""
        return self.to_original(start), self.to_original(end)


_REPLACEMENTS = {chr(k): v for k, v in _ONE_FOR_ONE.items() if isinstance(v, str)}


def one_for_one(text: str) -> str:
    # str.replace of each character that occurs is many times faster than str.translate
    for ch, repl in _REPLACEMENTS.items():
        if ch in text:
            text = text.replace(ch, repl)
    return text


def _joins_word(text: str, hyphen: int) -> bool:
    """A hyphen at a line end splits a word when a lower-case letter stands before it."""
    return hyphen > 0 and ("a" <= text[hyphen - 1] <= "z" or "à" <= text[hyphen - 1] <= "ÿ")


def normalise(text: str) -> Normalised:
    mapped = one_for_one(text)
    plain = unicodedata.is_normalized("NFC", mapped) and not any(c in mapped for c in _REMOVED)
    matches = [] if plain else list(_SHORTENING.finditer(mapped))
    if "-\n" in mapped or "- \n" in mapped or "-\t" in mapped:
        hyphens = [m for m in _LINE_HYPHEN.finditer(mapped) if _joins_word(mapped, m.start())]
        if hyphens:
            matches = sorted(matches + hyphens, key=lambda m: m.start())
    if "/\n" in mapped or "/ \n" in mapped:
        slashes = list(_LINE_SLASH.finditer(mapped))
        if slashes:
            matches = sorted(matches + slashes, key=lambda m: m.start())
    if not matches:
        return Normalised(text, mapped)
    pieces: list[str] = []
    norm_points: list[int] = []
    orig_points: list[int] = []
    last = 0
    npos = 0
    for m in matches:
        s, e = m.span()
        if "\u0300" <= mapped[s] <= "\u036f" and s > last:
            s -= 1  # the base letter the combining marks belong to
        pieces.append(mapped[last:s])
        npos += s - last
        g = mapped[s:e]
        if g[0] in "\u00ad\u200b\u200c\u200d\u2060\ufeff" or g.startswith("-"):
            repl = ""
        elif g.startswith("/"):
            repl = "/"
        else:
            repl = unicodedata.normalize("NFC", g)
        pieces.append(repl)
        npos += len(repl)
        # after this replacement, normalised npos corresponds to original e
        norm_points.append(npos)
        orig_points.append(e)
        last = e
    pieces.append(mapped[last:])
    return Normalised(text, "".join(pieces), norm_points, orig_points)
