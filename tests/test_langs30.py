"""Russian, Chinese and Arabic passages written for these tests in the style of the UN's own
texts (issue 7): a whole Russian date straight after a number, its preposition left out
("решение 67/548 14 мая 2013 года"), which was not taken as the text's date; the Latin letter
for the number sign glued to the number ("N65/281"); a Chinese number with a space on one side
of its slash, as PDF text layers give it ("第71 /3号"); and a date after two texts named each
with its own noun, the Arabic dual ("… المؤرخين …") or "both of", which dated the last alone
(two dates after the dual: the two texts' in turn)."""

from __future__ import annotations

import pytest

from passages import assert_exact
from rescite.engine.extract import extract_text

ROWS: list[tuple[str, dict[str, str | None]]] = [
    # Russian: a whole date straight after the number (a decision, a Council number with its year)
    ("ссылаясь на свое решение 67/548 14 мая 2013 года,", {"A/DEC/67/548": "2013-05-14"}),
    (
        "ссылаясь на резолюции Совета Безопасности 2306 (2016) 11 октября 2016 года о молодежи,",
        {"S/RES/2306(2016)": "2016-10-11"},
    ),
    (
        "ссылаясь на резолюции 2306 (2016) 11 октября 2016 года Совета Безопасности,",
        {"S/RES/2306(2016)": "2016-10-11"},
    ),
    # the Latin letter for the number sign glued to the number
    ("ссылаясь на резолюцию N65/281 Генеральной Ассамблеи,", {"A/RES/65/281": None}),
    ("ссылаясь на резолюцию Совета Безопасности N2143 (2014),", {"S/RES/2143(2014)": None}),
    # Chinese: a space on one side of the slash
    ("回顾其第71 /3号决议和第68/ 247号决议，", {"A/RES/71/3": None, "A/RES/68/247": None}),
    # Arabic dual and English "both of": the date of the two texts, each named with its noun
    (
        "وإذ تشير إلى قرار الجمعية العامة 69/57 وقرار المجلس الاقتصادي والاجتماعي 2014/9 "
        "المؤرخين 2 كانون الأول/ديسمبر 2014،",
        {"A/RES/69/57": "2014-12-02", "E/RES/2014/9": "2014-12-02"},
    ),
    (
        "وإذ تشير إلى قرارها 72/14 وقرار مجلس الأمن 2399 (2018) المؤرخين 4 كانون الأول/ديسمبر 2017 "
        "و 30 كانون الثاني/يناير 2018،",
        {"A/RES/72/14": "2017-12-04", "S/RES/2399(2018)": "2018-01-30"},
    ),
    (
        "Recalling its resolution 69/57 and Economic and Social Council resolution 2014/9, both of "
        "2 December 2014,",
        {"A/RES/69/57": "2014-12-02", "E/RES/2014/9": "2014-12-02"},
    ),
]

# (… unchanged, read as before: a list of two already, the text before it outside; a singular
# participle; a count after the number; a date after the body; the preposition written; a space
# after the ideograph as well; a date whose clause's subject follows)
KEPT: list[tuple[str, dict[str, str | None]]] = [
    (
        "ссылаясь также на резолюцию 2306 (2016) Совета Безопасности 11 октября 2016 года,",
        {"S/RES/2306(2016)": "2016-10-11"},
    ),
    ("ссылаясь на резолюцию 67/311 от 3 июля 2013 года,", {"A/RES/67/311": "2013-07-03"}),
    ("回顾大会第 66/ 19 号决议，", {"A/RES/66/19": None}),
    # (… a date that opens the next clause, its subject after it)
    ("ссылаясь на решение 67/548 14 мая 2013 года Комитет постановил,", {"A/DEC/67/548": None}),
    (
        "Recalling its resolution 61/3, and resolutions 74/21 and 74/22, both of 13 December 2019,",
        {"A/RES/61/3": None, "A/RES/74/21": "2019-12-13", "A/RES/74/22": "2019-12-13"},
    ),
    (
        "وإذ تشير إلى قرارها 72/14 وقرار مجلس الأمن 2399 (2018) المؤرخ 30 كانون الثاني/يناير 2018،",
        {"A/RES/72/14": None, "S/RES/2399(2018)": "2018-01-30"},
    ),
    ("ссылаясь на резолюцию 67/311 3 государств-членов,", {"A/RES/67/311": None}),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_dates_and_numbers(text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_unchanged(text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected)


# (a resolution's text; each cited target with its function, section and paragraph): operative
# paragraphs numbered "1 - ", as Arabic texts write them; a note's marker glued in brackets to an
# Arabic word ("الأمين العام(2)") or to a Chinese one ("报告3；"), the note's text then taking
# the function of the verb before its marker
_AR_DASH = (
    "إن الجمعية العامة،\n"
    "إذ تشير إلى قرارها 68/130 المؤرخ 18 كانون الأول/ديسمبر 2013،\n"
    "1 - تحيط علما بتقرير الأمين العام؛\n"
    "2 - تقرر أن تبقي المسألة قيد نظرها وفقا لقرارها 71/26؛\n"
)
_AR_NOTE = (
    "إن الجمعية العامة،\n"
    "إذ تشير إلى قرارها 68/130،\n"
    "1. ترحب بتقرير الأمين العام(2)؛\n"
    "2. تقرر أن تواصل النظر في المسألة؛\n"
    "__________\n"
    "(1) انظر القرار 67/84.\n"
    "(2) A/75/318.\n"
)
_ZH_NOTE = (
    "大会，\n"
    "回顾其第68/130号决议，\n"
    "1. 欢迎秘书长的报告3；\n"
    "2. 决定继续审议该问题，并于2021年12月3日再次审议；\n"
    "__________\n"
    "3 A/75/318。\n"
)
FIELDS: list[tuple[str, str, str | None, str, str | None]] = [
    (_AR_DASH, "A/RES/71/26", "acts", "operative", "2"),
    (_AR_NOTE, "A/75/318", "acknowledges", "footnote", "2"),
    (_ZH_NOTE, "A/75/318", "acknowledges", "footnote", "3"),
]


@pytest.mark.parametrize(("text", "target", "function", "section", "paragraph"), FIELDS)
def test_paragraph_and_note_fields(
    text: str, target: str, function: str | None, section: str, paragraph: str | None
) -> None:
    records = [c.to_record() for c in extract_text(text).citations]
    got = [(r["function"], r["section"], r["paragraph"]) for r in records if r["target"] == target]
    assert got == [(function, section, paragraph)]
