"""A kept program read in place (issue 9, condition 2; bench/README.md "start45"): the engine's
start builds each pattern it uses from its kept program (``grammar.recache``), and the codes
are now read through a view of the kept bytes (``recache.program_codes``) instead of being
copied into an array first.  The list handed to ``_sre.compile`` is the same; the patterns
built give the same matches as ``re.compile`` in every language, from a fresh program, from the
kept file and from a kept rule table; a damaged program is never used.

Rows: patterns written in each language's way (cases, scripts, look-behinds, named groups,
characters beyond the first plane), each with a passage of that language; damaged programs.
"""

from __future__ import annotations

import marshal
import mmap
import re
from array import array
from pathlib import Path

import pytest

from rescite.grammar import recache

# (language, pattern, flags, passage in that language: invented, in the style of UN texts)
ROWS: list[tuple[str, str, int, str]] = [
    (
        "en",
        r"(?<!\w)(?P<noun>resolutions?|decisions?)\s+(?P<n>\d{1,4}/\d{1,4})(?:\s+(?:and|to)\s+(?P<m>\d{1,4}/\d{1,4}))?",
        re.IGNORECASE,
        "Recalling its resolutions 61/203 and 63/117, and Decision 58/552 of 23 December 2003,",
    ),
    (
        "fr",
        r"(?i:(?:rappelant|réaffirmant))\s+(?:sa|ses)\s+(?P<noun>résolutions?)\s+(?P<n>\d{1,4}/\d{1,4})",
        0,
        "Rappelant sa résolution 64/188 du 21 décembre 2009, RÉAFFIRMANT ses résolutions 66/211,",
    ),
    (
        "es",
        r"(?P<noun>(?:la|las)\s+resoluci(?:ón|ones))\s+(?P<n>\d{1,4}/\d{1,4})(?:,\s+de\s+(?P<d>\d{1,2}\s+de\s+\w+\s+de\s+\d{4}))?",
        re.IGNORECASE,
        "Recordando las resoluciones 65/151, de 20 de diciembre de 2010, y la resolución 67/215,",
    ),
    (
        "ru",
        r"(?<![^\W\d_])(?P<noun>резолюци[яюией])\s+(?P<n>\d{1,4}/\d{1,4})(?:\s+от\s+(?P<d>\d{1,2}\s+\w+\s+\d{4})\s+года)?",
        re.IGNORECASE,
        "ссылаясь на свою резолюцию 62/197 от 19 декабря 2007 года и РЕЗОЛЮЦИЮ 64/206,",
    ),
    (
        "ar",
        r"(?:(?<!\w)|(?<=[\u0600-\u06ff]))(?P<noun>(?:و?ب?ال)?قرار(?:ها|ات)?)\s+(?P<n>\d{1,4}/\d{1,4})",
        0,
        "وإذ تشير إلى قرارها 64/201 المؤرخ 21 كانون الأول/ديسمبر 2009 وبالقرار 66/288،",
    ),
    (
        "zh",
        r"(?P<noun>第?(?P<n>\d{1,4}/\d{1,4})号(?:决议|决定))(?:[和及、](?P<m>\d{1,4}/\d{1,4})号)?",
        0,
        "回顾其2010年12月20日第65/160号决议和66/199号，以及第67/554号决定，",
    ),
    (
        "wide",  # characters beyond the first plane and a Unicode class: codes above 65,535
        r"[\U00020000-\U0002a6df\u4e00-\u9fff]{2,}(?=\d)|\U0001d400\w+",
        0,
        "见𠀀𠀁丈第12段；𝐀bold 𠀂𠀃中文7",
    ),
    (
        "ascii",  # flags of their own, written inside the pattern too
        r"(?x) (?P<series> [A-Z]{1,3} ) / (?P<body> RES | DEC ) / (?P<n> \d+ ) (?= \W | $ )",
        re.ASCII | re.MULTILINE,
        "A/RES/70/1 and S/RES/2250\nE/DEC/2019/201 A/RES/71",
    ),
]


@pytest.fixture(autouse=True)
def _cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(recache, "_cache", None)
    return tmp_path


def _matches(p: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups(), m.groupdict()) for m in p.finditer(text)]


def _same(built: re.Pattern[str], pattern: str, flags: int, text: str) -> None:
    ref = re.compile(pattern, flags)
    assert (built.pattern, built.flags, built.groups, built.groupindex) == (
        ref.pattern,
        ref.flags,
        ref.groups,
        ref.groupindex,
    )
    got = _matches(built, text)
    assert got == _matches(ref, text) and got  # (each row's passage has matches)


@pytest.mark.parametrize(("lang", "pattern", "flags", "text"), ROWS, ids=[r[0] for r in ROWS])
def test_codes_read_in_place_are_the_arrays(lang: str, pattern: str, flags: int, text: str) -> None:
    code = recache._program(pattern, flags)[1]
    expected = array("I", code).tolist()  # (what was handed to _sre.compile before)
    assert recache.program_codes(code) == expected
    assert recache.program_codes(memoryview(code)) == expected
    if lang == "wide":
        assert max(expected) > 0xFFFF


@pytest.mark.parametrize(("lang", "pattern", "flags", "text"), ROWS, ids=[r[0] for r in ROWS])
def test_codes_read_from_a_map_of_the_file(
    lang: str, pattern: str, flags: int, text: str, tmp_path: Path
) -> None:
    code = recache._program(pattern, flags)[1]
    path = tmp_path / f"{lang}.bin"
    path.write_bytes(b"\x00\x00\x00\x00" + code)  # (at an offset, as in the kept files)
    with (
        path.open("rb") as fh,
        mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as view,
        memoryview(view) as whole,
        whole[4:] as kept,
    ):
        got = recache.program_codes(kept)
    assert got == array("I", code).tolist()


@pytest.mark.parametrize(("lang", "pattern", "flags", "text"), ROWS, ids=[r[0] for r in ROWS])
def test_built_patterns_match_as_re_compile(
    lang: str, pattern: str, flags: int, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = recache.compile(pattern, flags)  # a program made here
    _same(first, pattern, flags, text)
    recache.flush()
    monkeypatch.setattr(recache, "_cache", None)  # a new process: the kept file, read in place

    def not_again(p: str, f: int) -> None:
        raise AssertionError("compiled again")

    monkeypatch.setattr(recache, "_program", not_again)
    _same(recache.compile(pattern, flags), pattern, flags, text)


@pytest.mark.parametrize(("lang", "pattern", "flags", "text"), ROWS, ids=[r[0] for r in ROWS])
def test_kept_table_patterns_match_as_re_compile(lang: str, pattern: str, flags: int, text: str) -> None:
    frozen = recache._freeze({"p": re.compile(pattern, flags)}, ())
    thawed = recache._thaw(marshal.loads(marshal.dumps(frozen)), ())
    _same(thawed["p"], pattern, flags, text)


# damaged programs: bytes that are no whole number of codes, no bytes at all
DAMAGED: list[tuple[str, object]] = [
    ("short", b"\x01\x00\x00"),
    ("cut", lambda code: code[:-1]),
    ("text", "not a program"),
    ("none", None),
]


@pytest.mark.parametrize(("name", "damage"), DAMAGED, ids=[d[0] for d in DAMAGED])
def test_damaged_program_is_never_used(name: str, damage: object, monkeypatch: pytest.MonkeyPatch) -> None:
    _lang, pattern, flags, text = ROWS[0]
    recache.compile(pattern, flags)
    recache.flush()
    monkeypatch.setattr(recache, "_cache", None)
    cache = recache._load()
    assert len(cache) == 1
    key = next(iter(cache))
    entry = list(marshal.loads(cache[key]))
    entry[1] = damage(entry[1]) if callable(damage) else damage
    cache[key] = marshal.dumps(tuple(entry))
    with pytest.raises((TypeError, ValueError)):
        recache._build(pattern, tuple(entry))
    _same(recache.compile(pattern, flags), pattern, flags, text)  # re.compile's, whole
