"""Canonical ids — the only place that makes :data:`~rescite.models.CanonicalId` values.

The rules are those of ``ids.md`` (the contract): ids carry no spaces, series and special
elements are upper case, final elements keep the UN's mixed case (``Add.1``, ``Rev.2``).
"""

from __future__ import annotations

import functools
import re

TYPE_CHECKING = False  # as typing's: ids are made on the queries' quick path, which imports little
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Literal

    from .models import CanonicalId

    Kind = Literal["RES", "DEC"]
else:
    CanonicalId = str  # models.CanonicalId is a NewType of str: the same value at run time
    Kind = str

#: A symbol's numbered final elements ("Add.1", "Corr.2", "Rev.1", "Amend.1"), as a
#: regular-expression alternation (match it case-insensitively).
NUMBERED_ELEMENTS = "Add|Corr|Rev|Amend"
#: A text numbered session/number: (special-session prefix, session, number), "ES-10/24"
#: (``SESSION_NUMBER``, compiled when first asked for: see :func:`__getattr__`).
_SESSION_NUMBER = r"((?:S-|ES-)?)(\d{1,4})/(\d{1,4})"
#: The year of the first United Nations texts: a number's first part from it on is a year
#: ("2019/15", numbered by year), below it a session ("44/3", numbered by session).
FIRST_YEAR = 1946
#: Superscript digits, 0 to 9: a note's mark as a text file writes it ("74/270¹"). The one table
#: of them: the readers write marks with it, the grammar and the engine read them with it.
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"


def is_year(first: int) -> bool:
    """Is ``first``, the part of a number before its slash, a year ("2019/15") rather than a
    session ("44/3")?"""
    return first >= FIRST_YEAR


#: … and a supplement's ("E/INCB/2008/1/Supp.1": the Board's report's supplements), whose case
#: is kept too, though no rule reads it after a symbol as the four above
_FINALS = {e.upper(): e for e in [*NUMBERED_ELEMENTS.split("|"), "Supp", "Summary"]}
_FINAL = rf"^({NUMBERED_ELEMENTS}|Supp)\.(\d+)$|^(summary)$"
_ROMAN = r"^(?:S-|ES-)?[IVXLC]+$"
_CYRILLIC_LOOKALIKES = str.maketrans({"Х": "X", "І": "I", "С": "C", "Л": "L"})
_PAREN_NUM = r"(\d{1,4})\(((?:S-|ES-)?[IVXLC]+|\d{4})\)"


#: What compiles this module's patterns: ``re.compile``, until the engine's start puts the
#: compile from its kept programs in its place (:func:`use_compile`).
_COMPILE: list[Callable[[str, int], re.Pattern[str]]] = [re.compile]


def use_compile(compile: Callable[[str, int], re.Pattern[str]]) -> None:
    """Compile this module's patterns not compiled yet with ``compile`` (which must give what
    ``re.compile`` gives): the engine's start sets ``grammar.recache.compile``, whose kept
    programs spare the parse of the half-dozen patterns a text's ids use (0.5 ms of a refresh
    of one changed file); a query that starts no engine compiles the few it uses with ``re``."""
    _COMPILE[0] = compile


@functools.cache
def _re(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)`` (by :data:`_COMPILE`), compiled at the first call and
    kept: a query imports this module for its links and ids and uses few of its patterns
    (compiled at import, they were about a millisecond of every query's start)."""
    return _COMPILE[0](source, flags)


if TYPE_CHECKING:
    # (declared for the type checker, which would take any name missing here for a pattern
    # were the module's ``__getattr__`` in its sight)
    SESSION_NUMBER: re.Pattern[str]
else:

    def __getattr__(name: str) -> re.Pattern[str]:
        """``SESSION_NUMBER``, compiled when first imported (by the engine; a query never asks)."""
        if name == "SESSION_NUMBER":
            return _re(_SESSION_NUMBER, re.IGNORECASE)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class IdError(ValueError):
    """A value that cannot become a canonical id (the message says why)."""


def _element(el: str) -> str:
    m = _re(_FINAL, re.IGNORECASE).match(el)
    if m:
        if m.group(3):
            return "Summary"
        return f"{_FINALS[m.group(1).upper()]}.{m.group(2)}"
    # a parenthetical element stays as written but for spaces; letters upper case
    return el.upper() if not el.startswith("(") else el


@functools.lru_cache(maxsize=16384)
def symbol_id(raw: str) -> CanonicalId:
    """A document symbol as a canonical id: ``"A/C.3/67/l.16/REV.1"`` → ``A/C.3/67/L.16/Rev.1``.

    Spaces are removed (``S/RES/1325 (2000)`` → ``S/RES/1325(2000)``), Cyrillic look-alike
    letters folded, elements upper-cased except the final elements (``Add.n`` …).
    """
    text = raw.translate(_CYRILLIC_LOOKALIKES).strip().rstrip(".,;:")
    text = _re(r"\s+").sub("", text)
    text = text.replace("*", "")
    if not text or "/" not in text or not _re(r"\d").search(text):
        raise IdError(f"not a document symbol: {raw!r}")
    # keep "(Part I)"-style parentheticals readable: only spaces removed
    parts = text.split("/")
    out = [_element(p) if "(" not in p else _paren_element(p) for p in parts]
    return CanonicalId(_old_numbering("/".join(out)))


#: The last sessions whose resolutions the Assembly numbered "N (ROMAN)", one numbering for all
#: (1946–1975): regular sessions to the 30th, special to the 7th, emergency special to the 5th.
_LAST_OLD_SESSION = {"": 30, "S-": 7, "ES-": 5}


def _old_numbering(cid: str) -> str:
    """``A/RES/27/2997``, a copy's symbol for a resolution of the numbering of 1946–1975 (the
    session, then the number): ``A/RES/2997(XXVII)``, the id ids.md gives it.  A session of
    that numbering never had a number of its own, so the symbol can mean nothing else.  So
    too ``E/RES/1974/1848(LVI)``, the Council's ``E/RES/1848(LVI)`` under the year of it, and
    ``A/RES/2065/XX``, the session's Roman figures after a slash: ``A/RES/2065(XX)``."""
    if (y := _re(r"E/RES/19[4-7]\d/(\d{1,4}[A-Z]?\([IVXLC]+\))").fullmatch(cid)) is not None:
        return f"E/RES/{y.group(1)}"  # "E/RES/1974/1848(LVI)": the Council's year written before
    if (r := _re(r"A/RES/(\d{1,4}[A-Z]?)/((?:S-|ES-)?)([IVXL]{1,6})").fullmatch(cid)) is not None:
        # "A/RES/2065/XX", as copies write it: the session's Roman figures after a slash, where
        # they are a session of that numbering, are its bracket ("A/RES/2065(XX)")
        last = _LAST_OLD_SESSION[r.group(2)]
        if any(_roman(k) == r.group(3) for k in range(1, last + 1)):
            return f"A/RES/{r.group(1)}({r.group(2)}{r.group(3)})"
    m = _re(r"A/RES/((?:S-|ES-)?)(\d{1,2})/(\d{1,4})([A-Z]?)").fullmatch(cid)
    if m is None or not 1 <= int(m.group(2)) <= _LAST_OLD_SESSION[m.group(1)]:
        return cid
    return f"A/RES/{int(m.group(3))}{m.group(4)}({m.group(1)}{_roman(int(m.group(2)))})"


def _roman(n: int) -> str:
    """``n`` (1–39) in Roman numerals."""
    return "X" * (n // 10) + ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")[n % 10]


def _paren_element(el: str) -> str:
    head, _, tail = el.partition("(")
    inner = tail.rstrip(")")
    if _re(_ROMAN).match(inner.upper()) or inner.isdigit():
        inner = inner.upper()
    return f"{_element(head)}({inner})"


#: The default scheme of a body's numbered texts (bodies.csv may give another, e.g. the
#: Environment Assembly's ``{series}.{session}/{KIND}.{n}``).
DEFAULT_SCHEME = "{series}/{KIND}/{session}/{n}"
_SCHEME_FIELDS = r"\{(?:series|KIND|session|n)\}"


def resolution_id(
    series: str, kind: Kind, number: str, part: str | None = None, scheme: str = ""
) -> CanonicalId:
    """The id of a resolution or decision of the body whose series is ``series``.

    ``number`` is the body's own numbering, spaces allowed: ``64/293``, ``S-30/1``,
    ``2200 (XXI)``, ``1325 (2000)``, ``2010/15``.  ``part`` is a letter (``A``) for
    lettered texts.  ``scheme`` shapes session/number ids of bodies whose ids differ from
    ``series/RES/session/n`` (``UNEP/EA.5/RES.5``).  Raises :class:`IdError` when the
    shape does not fit the body.
    """
    num = _re(r"\s+").sub("", number).translate(_CYRILLIC_LOOKALIKES)
    letter = (part or "").strip().upper()
    if letter and not _re(r"[A-Z]").fullmatch(letter):
        raise IdError(f"not a part letter: {part!r}")
    m_paren = _re(_PAREN_NUM, re.IGNORECASE).fullmatch(num)
    m_slash = _re(_SESSION_NUMBER, re.IGNORECASE).fullmatch(num)
    series = series.strip()
    if series == "S":
        if not m_paren or not m_paren.group(2).isdigit():
            raise IdError(f"a Security Council resolution is numbered N (YYYY): {number!r}")
        if kind != "RES":
            raise IdError("Security Council decisions are not numbered")
        return CanonicalId(f"S/RES/{m_paren.group(1)}{letter}({m_paren.group(2)})")
    if m_paren:
        seq, paren = m_paren.group(1), m_paren.group(2).upper()
        if paren.isdigit():
            raise IdError(f"N (YYYY) is a Security Council number: {number!r}")
        if series not in ("A", "E"):
            raise IdError(f"only the General Assembly and ECOSOC number texts N (ROMAN): {number!r}")
        return CanonicalId(f"{series}/{kind}/{seq}{letter}({paren})")
    if not m_slash:
        raise IdError(f"not a resolution number: {number!r}")
    session, seq = (m_slash.group(1) + m_slash.group(2)).upper(), m_slash.group(3)
    template = scheme or DEFAULT_SCHEME
    if _re(_SCHEME_FIELDS).sub("", template).count("{") or "{n}" not in template:
        raise IdError(f"not an id scheme: {scheme!r}")
    out = template.format(series=series, KIND=kind, session=session, n=f"{seq}{letter}")
    return CanonicalId(out)


def unts_id(volume: str | int, number: str | int) -> CanonicalId:
    """A treaty registered with the UN: ``UNTS/<volume>/<registration no.>``."""
    vol, no = str(volume).strip(), str(number).strip().replace(" ", "")
    if not vol.isdigit() or not no.isdigit():
        raise IdError(f"UNTS volume and number must be digits: {volume!r}, {number!r}")
    return CanonicalId(f"UNTS/{int(vol)}/{int(no)}")


def pub_id(name: str) -> CanonicalId:
    """An id for a text without a symbol: ``pub:<slug>`` (lower case, ASCII, hyphens)."""
    import unicodedata

    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = _re(r"[^a-z0-9]+").sub("-", ascii_name.lower()).strip("-")
    if not slug:
        raise IdError(f"nothing to make a slug of: {name!r}")
    return CanonicalId(f"pub:{slug[:80]}")


@functools.lru_cache(maxsize=4096)
def parse_id(text: str) -> CanonicalId:
    """Normalise something that already is an id (as typed by a user or read from a file).
    Remembered: the engine asks for the targets of the table of instruments again and again."""
    t = text.strip()
    if _re(r"^[a-z][a-z0-9+.-]*:").match(t):
        return CanonicalId(t)
    if t.upper().startswith("UNTS/"):
        _, vol, no = [*t.split("/"), "", ""][:3]
        return unts_id(vol, no)
    return symbol_id(t)


def kind_of_id(cid: str) -> str:
    """The record ``kind`` an id implies: treaty, publication, resolution, decision or document."""
    if cid.startswith("UNTS/"):
        return "treaty"
    if cid.startswith("pub:"):
        return "publication"
    if cid.startswith("file:"):
        return "document"
    if "/RES/" in cid:
        return "resolution"
    if "/DEC/" in cid:
        return "decision"
    if "/PRST/" in cid:
        return "statement"
    return "document"


def treaty_url(cid: str) -> str | None:
    """The UN Treaty Collection link of a ``UNTS/<volume>/<number>`` id (the volume of the
    United Nations Treaty Series that holds it), else None."""
    m = _re(r"^UNTS/(\d+)/\d+$").match(cid)
    return (
        f"https://treaties.un.org/doc/Publication/UNTS/Volume%20{m.group(1)}/v{m.group(1)}.pdf" if m else None
    )


def link_of(cid: str) -> str | None:
    """Where to read the text of ``cid``: undocs.org for symbols, the UN Treaty Collection for treaties."""
    return undocs_url(cid) or treaty_url(cid)


def undocs_url(cid: str) -> str | None:
    """The undocs.org link of an official symbol, or None for UNTS and ``pub:`` ids."""
    if cid.startswith("UNTS/") or _re(r"^[a-z]+:").match(cid):
        return None
    if _re(r"^(?:CTOC/COP|CAC/COSP|E/CN\.\d+)/(?:RES|DEC)/").match(cid) or cid.startswith("A/DEC/"):
        return None  # these bodies' resolutions have no symbol of their own
    return f"https://undocs.org/{cid}"
