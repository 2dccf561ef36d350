"""Characters: the one-for-one replacements of the matching view (spaces, quotes, dashes,
Arabic and full-width digits), shared by the normaliser and the lexicon's name matching."""

from __future__ import annotations

import functools
import re
import sys

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
        "\r": " ",  # CRLF stays one line break
        "\u2028": "\n",
        "\u2029": "\n",
        "\f": "\n",
        "\u2018": "'",
        "\u2019": "'",
        "\u201b": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "\u00b4": "'",  # an acute accent typed for the apostrophe ("l´Assemblée")
        "`": "'",  # … or a grave accent, as copies typed on a plain keyboard give it ("l`Assemblée")
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
        # Cyrillic: the letter with a diaeresis that the press and articles write, the UN's texts
        # (and so the lexicon's names) do not ("ребёнка" is "ребенка")
        "\u0451": "\u0435",
        "\u0401": "\u0415",
        # Arabic punctuation and digits
        "\u060c": ",",
        # the Persian yeh and keheh that Arabic texts typed on a Persian keyboard give for the
        # Arabic letters ("مجلس الأمن الدولی", "کرر"): the letters the lexicon's names are written in
        "\u06cc": "\u064a",
        "\u06a9": "\u0643",
        "\u061b": ";",
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
        # full-width forms in Chinese and Japanese texts
        "\uff08": "(",
        "\uff09": ")",
        "\uff0f": "/",
        "\uff0c": ",",
        "\uff1b": ";",
        "\uff1a": ":",
        "\uff0e": ".",
        "\u3002": ".",  # ideographic full stop: "A/76/310。" ends like "A/76/310."
        **{chr(0xFF10 + i): str(i) for i in range(10)},
    }
)

# The characters most texts in Latin script have come first: once the last character above
# U+00FF is replaced, the text is stored one byte a character and the test for each of the
# others (all above U+00FF) is immediate instead of a scan. No replacement makes another
# one's character, so the order changes nothing else.
_COMMON_FIRST = "\u201c\u201d\u2019\u2018\u2013\u2014\u2011\u2010\u00a0\u202f\u2009\u00ab\u00bb"
_REPLACEMENTS = {
    ch: _ONE_FOR_ONE[ord(ch)]
    for ch in [
        *_COMMON_FIRST,
        *sorted((chr(k) for k in _ONE_FOR_ONE), key=lambda c: c in _COMMON_FIRST or c in "\t\r\f"),
        *"\t\r\f",
    ]
    if isinstance(_ONE_FOR_ONE.get(ord(ch)), str)
}


_LONE_TATWEEL = " \u0640 "


@functools.lru_cache(maxsize=1)
def _wide() -> tuple[re.Pattern[str], dict[str, str]]:
    """The replacements of texts stored two or four bytes a character (every character above
    U+00FF): the table above, full-width Latin letters and hyphen ("Ａ／ＲＥＳ／７３／８", as
    Chinese texts may type a symbol), and the Arabic presentation forms some PDF text layers
    give for letters (each its letter: its compatibility form, where that is one character;
    the ligatures of two letters or more are left to the normaliser's edits).  The table is
    kept between runs (a thousand characters' compatibility forms looked up, 0.4 ms of an
    engine's start), as a string of pairs (each character, then its replacement), under this
    file's name, size and times and the Unicode version (``recache.files_key``)."""
    import unicodedata

    from . import recache  # (its class of three hundred characters: from the kept program)

    try:
        pairs = recache.files_key(f"wide-{unicodedata.unidata_version}", [__file__], _wide_pairs)
    except OSError:  # (this file cannot be looked at: built here)
        pairs = ""
    table = dict(zip(pairs[0::2], pairs[1::2], strict=True)) if pairs else _wide_table()
    return recache.compile("[" + re.escape("".join(table)) + "]"), table


def _wide_pairs() -> str:
    """:func:`_wide_table`, each character followed by its replacement ("" where one is not
    one character: the table is then built at each start)."""
    table = _wide_table()
    if any(len(k) != 1 or len(v) != 1 for k, v in table.items()):
        return ""
    return "".join(k + v for k, v in table.items())


def _wide_table() -> dict[str, str]:
    import unicodedata

    table = dict(_REPLACEMENTS)
    table.update({chr(0xFF21 + i): chr(0x41 + i) for i in range(26)})
    table.update({chr(0xFF41 + i): chr(0x61 + i) for i in range(26)})
    table["\uff0d"] = "-"
    for c in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF)):
        folded = unicodedata.normalize("NFKC", chr(c))
        if len(folded) == 1 and folded != chr(c):
            table[chr(c)] = folded
    return table


def one_for_one(text: str) -> str:
    # str.replace of each character that occurs is many times faster than str.translate
    if sys.getsizeof(text) >= 2 * len(text) > 0:
        # stored two or four bytes a character: most Latin texts only for their quotes and
        # dashes, tested first (a fast scan each) — once they are replaced the text is stored
        # one byte a character, and the loop below is as for any such text
        for ch in _COMMON_FIRST:
            if ch in text:
                text = text.replace(ch, _REPLACEMENTS[ch])
    if sys.getsizeof(text) >= 2 * len(text) > 0:
        # still wide (Cyrillic, Arabic, Chinese: CPython's sizes), where each `in` test below
        # scans the whole text: the characters present, found in one scan
        any_replaced, table = _wide()
        for ch in set(any_replaced.findall(text)):
            text = text.replace(ch, table[ch])
        # an Arabic tatweel standing alone between blanks: a dash typed with the justification
        # stroke, as Arabic copies set a session's mark and a paragraph's number ("(د ـ 30)",
        # "دإط ـ 7/2", "1 ـ تعرب"); inside a word it stretches the word (the normaliser drops it)
        if _LONE_TATWEEL in text:
            text = text.replace(_LONE_TATWEEL, " - ")
        return text
    for ch, repl in _REPLACEMENTS.items():
        if ch in text:
            text = text.replace(ch, repl)
    return text
