"""Speed (issue 7, issue 9, pass speed49): a compilation's two whole-text scans for its notes.

A compilation's notes are read in the text of their marker (``notes_home``, and the index's
``notes_elsewhere``): where the lines open with each note's number, and where the text points
to each note, each one scan of the whole file.  Both patterns open with what takes no character
(a line's start "^", look-behinds), so a scan tried them at every character of the text — a
fifth of a compilation's reading.  Each is now a scan for the characters a match must open
with, then one match at each of them:

* the markers (``_MARKER``: "¹²", "Crime3", "persons,9", "报告1，", "الجمعية العامة،1⏎",
  "General,4Acogiendo"): every branch opens with a raised figure or a digit (``_MARKER_LEAD``);
  a match tried at each of them not inside a match already made is ``finditer``'s run;
* the note lines (``_NOTE_LINES``: "⏎1 See A/80/448.", "\\f12 Ibid.", "⏎ ³ A/RES/79/1"): a match
  opens at the text's start or after a line or page break, and holds none, so one scan for a
  break and a note's number (``_BROKEN_NOTE_LINE``) finds each.

The rows prove the scans change no record: each pattern's matches both ways on every kind of
place a match may start (and on random texts of those characters), and the records of
compilations with their notes in six languages — their notes under their text, at the end of
the volume (a Word file's), moved back to an earlier text, in pages, dense and blank layouts —
read with the new scans and with the old ones.  Every passage is written for these tests in UN
style (numbers, dates and titles invented); each row fails on 41461e66 (the scans are new)."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from typing import Any

import pytest

from rescite.engine import extract as engine
from rescite.engine.extract import extract_text
from rescite.ids import SUPERSCRIPTS

parser: Any = getattr(re, "_parser", None)
constants: Any = getattr(re, "_constants", None)


def _spans(matches: Iterator[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


# -- each pattern opens with the characters its scan leads with ------------------------------------
def _first_chars(items: list[Any]) -> set[str] | None:
    """The characters a match of the parsed ``items`` may open with ("digit" for ``\\d``), or
    None when the parse holds a form this test does not read, or may match empty (then the test
    fails)."""
    for i, (op, av) in enumerate(items):
        rest = items[i + 1 :]
        if op in (constants.ASSERT, constants.ASSERT_NOT, constants.AT):
            continue  # (takes no character)
        if op is constants.LITERAL:
            return {chr(av)}
        if op is constants.IN:
            out: set[str] = set()
            for o, a in av:
                if o is constants.LITERAL:
                    out.add(chr(a))
                elif o is constants.RANGE:
                    out.update(map(chr, range(a[0], a[1] + 1)))
                elif o is constants.CATEGORY and a is constants.CATEGORY_DIGIT:
                    out.add("digit")
                else:
                    return None
            return out
        if op is constants.SUBPATTERN:
            return _first_chars(list(av[3]) + rest)
        if op in (constants.MAX_REPEAT, constants.MIN_REPEAT, constants.POSSESSIVE_REPEAT) and av[0] >= 1:
            return _first_chars(list(av[2]))
        if op is constants.BRANCH:
            found = [_first_chars(list(alt) + rest) for alt in av[1]]
            if any(f is None for f in found):
                return None
            return set().union(*(f for f in found if f is not None))
        return None
    return None


@pytest.mark.skipif(parser is None, reason="no re._parser in this Python")
def test_every_marker_opens_with_a_raised_figure_or_a_digit() -> None:
    first = _first_chars(list(parser.parse(engine._MARKER.pattern, engine._MARKER.flags)))
    assert first is not None and first <= {*SUPERSCRIPTS, "digit"}
    lead = _first_chars(list(parser.parse(engine._MARKER_LEAD.pattern, engine._MARKER_LEAD.flags)))
    assert lead == {*SUPERSCRIPTS, "digit"}


@pytest.mark.skipif(parser is None, reason="no re._parser in this Python")
def test_every_broken_note_line_is_a_note_line_after_its_break() -> None:
    assert engine._BROKEN_NOTE_LINE.pattern.endswith(engine._NOTE_OPENS.pattern)
    assert engine._NOTE_LINES.pattern.endswith(engine._NOTE_OPENS.pattern)
    lead = _first_chars(list(parser.parse(engine._BROKEN_NOTE_LINE.pattern)))
    assert lead == {"\n", "\f"}


# -- the same matches both ways -----------------------------------------------------------------
# (the places a match may start: raised figures in runs, digits glued to words of each script,
# after clauses' marks, at lines' and pages' starts, in symbols, dates and numbers)
MARKER_ROWS = [
    ("raised run", "the Convention¹²³⁴ and the Protocol⁵ entered into force."),
    ("raised long run", "as recalled⁰¹²³⁴⁵⁶⁷⁸⁹¹² above"),
    ("glued", "Recalling the Declaration3 and the Programme of Action,4 and persons;12 further"),
    ("after a bracket", "(see annex)7 and its resolution 81/140.8"),
    ("cyrillic", "доклад Генерального секретаря,1 и резолюцию 81/12"),
    ("ideograph", "秘书长的报告1，以及大会第81/12号决议2。"),
    ("ideograph at the line's end", "大会，1\n关于会员国的报告3\n"),
    ("arabic", "تقرير الأمين العام1، وقرار الجمعية العامة،2\nوالقرار 81/12"),
    ("arabic presentation forms", "ﺍﻟﻌﺎﻣﺔ،3\n"),
    ("next column's word", "The General Assembly,4Acogiendo con beneplácito"),
    ("symbol", "A/81/17/Add.1 and E/2026/9/Rev.2 and A/C.3/81/L.12"),
    ("decimals and dates", "3,11 and 2026,1 and 15 December 2026,2 and 74/141,11 and"),
    ("digits in runs", "resolution1645(2026) and 12345678 and x1234"),
]


@pytest.mark.parametrize("text", [r[1] for r in MARKER_ROWS], ids=[r[0] for r in MARKER_ROWS])
def test_the_markers_lead_scan_gives_finditers_matches(text: str) -> None:
    assert _spans(engine._marker_matches(text)) == _spans(engine._MARKER.finditer(text))
    assert engine._markers(text) == _markers_by_finditer(text)


NOTE_LINE_ROWS = [
    ("at the start", "1 See A/81/290.\n2 Ibid."),
    ("after a break", "The General Assembly,\n__________\n1 A/81/290.\n 2 A/81/291.\n\t3 Ibid."),
    ("raised", "text\n¹ A/81/290.\n ²³ Ibid."),
    ("after a page break", "… its resolutions\f4 A/81/290.\f\f5 Ibid."),
    ("long numbers", "\n1234 is no note\n123 is one\n12\tand this\n7"),
    ("a date's day", "\n12 December 2026, the Assembly\n3 A/81/290."),
    ("blank lines", "\n\n\n1 \n\n2 x\r\n3 y"),
]


@pytest.mark.parametrize("text", [r[1] for r in NOTE_LINE_ROWS], ids=[r[0] for r in NOTE_LINE_ROWS])
def test_the_note_lines_lead_scan_gives_finditers_matches(text: str) -> None:
    assert _spans(engine._note_line_matches(text)) == _spans(engine._NOTE_LINES.finditer(text))


#: the characters of the random texts: each kind of place a match may start or fail
_ALPHABET = [
    *"abcxyzABCZ",
    *"0123456789",
    *SUPERSCRIPTS,
    *" \t\n\f\r",
    *",.;:()/[]-",
    *"éßдЖ",
    *"报告大",
    *"عامة",
    "\ufe8e",
    "\u060c",
    "\uff0c",
    "\u3002",
]


@pytest.mark.parametrize("seed", range(40))
def test_random_texts_give_the_same_matches_both_ways(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(25):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 400)))
        assert _spans(engine._marker_matches(text)) == _spans(engine._MARKER.finditer(text))
        assert _spans(engine._note_line_matches(text)) == _spans(engine._NOTE_LINES.finditer(text))


# -- compilations read with the new scans and the old: the same records --------------------------
def _markers_by_finditer(text: str, lines: dict[str, list[int]] | None = None) -> dict[str, list[int]]:
    """``_markers`` as it was: the marker pattern's own ``finditer``."""
    saved = engine._marker_matches
    engine._marker_matches = engine._MARKER.finditer  # type: ignore[assignment]
    try:
        return engine._markers(text, lines)
    finally:
        engine._marker_matches = saved


def _old_scans(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "_marker_matches", engine._MARKER.finditer)
    monkeypatch.setattr(engine, "_note_line_matches", engine._NOTE_LINES.finditer)


def _volume(texts: list[tuple[str, str, list[str]]], notes: list[str], layout: str) -> str:
    """A volume of ``texts`` (heading, body line, paragraphs), ``notes`` at its end (a Word
    file's), laid out with blank lines, densely or on pages of their own."""
    blocks = ["\n\n".join([h, b, *ps]) for h, b, ps in texts]
    foot = "\n".join(["__________________", *notes])
    if layout == "blank":
        return "\n\n".join([*blocks, foot])
    dense = ["\n".join(line for line in b.split("\n") if line.strip()) for b in [*blocks, foot]]
    return ("\n" if layout == "dense" else "\f").join(dense)


def _paged(texts: list[tuple[str, str, list[str], list[str]]]) -> str:
    """A volume whose notes print under each text, on its page (a PDF's)."""
    return "\f".join(
        "\n\n".join([h, b, *ps]) + "\n__________________\n" + "\n".join(ns) + "\n81-01234   2/2"
        for h, b, ps, ns in texts
    )


VOLUME_TEXTS = {
    "en": (
        [
            (
                "81/40. Inland waterways",
                "The General Assembly,",
                ["Welcoming the report of the Secretary-General,1", "1. Decides to remain seized."],
            ),
            (
                "81/41. Coastal wetlands",
                "The General Assembly,",
                [
                    "Recalling its resolution 76/205,2",
                    "Noting the Declaration³",
                    "1. Decides to remain seized.",
                ],
            ),
        ],
        ["1 A/81/290.", "2 See also A/76/533.", "³ A/CONF.251/9."],
    ),
    "fr": (
        [
            (
                "81/40. Voies navigables intérieures",
                "L'Assemblée générale,",
                ["Rappelant sa résolution 75/208,1", "1. Décide de rester saisie de la question."],
            ),
            (
                "81/41. Zones humides côtières",
                "L'Assemblée générale,",
                [
                    "Prenant note du rapport du Secrétaire général,2",
                    "1. Décide de rester saisie de la question.",
                ],
            ),
        ],
        ["1 Voir aussi A/75/457.", "2 A/81/291."],
    ),
    "es": (
        [
            (
                "81/40. Vías navegables interiores",
                "La Asamblea General,",
                ["Recordando su resolución 75/208,1", "1. Decide seguir ocupándose de la cuestión."],
            ),
            (
                "81/41. Humedales costeros",
                "La Asamblea General,",
                [
                    "Tomando nota del informe del Secretario General,2",
                    "1. Decide seguir ocupándose de la cuestión.",
                ],
            ),
        ],
        ["1 Véase también A/75/457.", "2 A/81/291."],
    ),
    "ru": (
        [
            (
                "81/40. Внутренние водные пути",
                "Генеральная Ассамблея,",
                [
                    "ссылаясь на свою резолюцию 75/208,1",
                    "1. постановляет продолжить рассмотрение этого вопроса.",
                ],
            ),
            (
                "81/41. Прибрежные водно-болотные угодья",
                "Генеральная Ассамблея,",
                [
                    "принимая к сведению доклад Генерального секретаря,2",
                    "1. постановляет продолжить рассмотрение.",
                ],
            ),
        ],
        ["1 См. также A/75/457.", "2 A/81/291."],
    ),
    "ar": (
        [
            (
                "81/40 - الممرات المائية الداخلية",
                "إن الجمعية العامة،",
                ["إذ تشير إلى قرارها 75/208،1", "1 - تقرر أن تبقي المسألة قيد نظرها."],
            ),
            (
                "81/41 - الأراضي الرطبة الساحلية",
                "إن الجمعية العامة،",
                ["وقد نظرت في تقرير الأمين العام،2", "1 - تقرر أن تبقي المسألة قيد نظرها."],
            ),
        ],
        ["(1) انظر أيضا A/75/457.", "(2) A/81/291."],
    ),
    "zh": (
        [
            ("81/40. 内陆水道", "大会，", ["回顾其第75/208号决议，1", "1. 决定继续处理此案。"]),
            ("81/41. 沿海湿地", "大会，", ["注意到秘书长的报告，2", "1. 决定继续处理此案。"]),
        ],
        ["1 另见A/75/457。", "2 A/81/291。"],
    ),
}

VOLUME_ROWS = [
    (f"{lang} {layout}", _volume(texts, notes, layout))
    for lang, (texts, notes) in VOLUME_TEXTS.items()
    for layout in ("blank", "dense", "pages")
]
VOLUME_ROWS += [
    (
        f"{lang} notes under each text",
        _paged([(h, b, ps, [n]) for (h, b, ps), n in zip(texts, notes, strict=False)]),
    )
    for lang, (texts, notes) in VOLUME_TEXTS.items()
]


def _records(text: str) -> list[tuple[Any, ...]]:
    return [
        (
            c.source_id,
            c.part,
            c.start,
            c.end,
            c.target,
            c.date,
            c.section,
            c.paragraph,
            c.function,
            c.verb,
            c.rule,
        )
        for c in extract_text(text).citations
    ]


@pytest.mark.parametrize("text", [r[1] for r in VOLUME_ROWS], ids=[r[0] for r in VOLUME_ROWS])
def test_a_compilation_reads_the_same_with_the_old_scans(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    new = _records(text)
    notes = engine._note_lines(text)
    markers = engine._markers(text, notes)
    assert markers == _markers_by_finditer(text, notes)
    _old_scans(monkeypatch)
    assert engine._note_lines(text) == notes
    assert _records(text) == new


def test_a_moved_note_is_read_in_its_markers_text() -> None:
    """The scans are used: the English volume's note 1, printed at its end under the second
    text, is the first text's, with the verb of its marker's clause."""
    texts, notes = VOLUME_TEXTS["en"]
    got = {
        str(c.target): (c.source_id, c.verb) for c in extract_text(_volume(texts, notes, "blank")).citations
    }
    assert got["A/81/290"] == ("A/RES/81/40", "Welcoming")
