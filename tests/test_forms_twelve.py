"""Forms left out by forms eleven, found missing by passages written in UN style for these tests
(invented numbers, dates and topics): Arabic session marks written with a space inside or as a
text's own old-style number, and a Chinese heading line that names its body before the number.
Each form with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from passages import GA, by_language
from rescite.engine.extract import extract_text

# (language, text, own id, targets cited)
OWN_NUMBERS: list[tuple[str, str, str | None, set[str]]] = [
    # Arabic: the emergency special session's mark with a space inside ("دإ ط-")
    (
        "ar",
        "دإ ط-10/26 - حماية السكان المدنيين\nإن الجمعية العامة،\nإذ تشير إلى قرارها دإط-10/21،\n",
        "A/RES/ES-10/26",
        {"A/RES/ES-10/21"},
    ),
    # Arabic: an old-style number whose session is written with the language's mark ("(د-15)")
    (
        "ar",
        "1530 (د-15) - مسألة الأقاليم غير المتمتعة بالحكم الذاتي\nإن الجمعية العامة،\n"
        "إذ تشير إلى قرارها 1467 (د-14)،\n",
        "A/RES/1530(XV)",
        {"A/RES/1467(XIV)"},
    ),
    (
        "ar",
        "1530 (د - 15) - مسألة الأقاليم غير المتمتعة بالحكم الذاتي\nإن الجمعية العامة،\n"
        "إذ تشير إلى قرارها 1467 (د-14)،\n",
        "A/RES/1530(XV)",
        {"A/RES/1467(XIV)"},
    ),
    # Chinese: a heading line that names the body (and the date) before the text's number,
    # over the body's line — never joined to it as a wrapped line
    (
        "zh",
        "人权理事会第43/7号决议\n人权理事会，\n回顾其第37/12号决议，\n",
        "A/HRC/RES/43/7",
        {"A/HRC/RES/37/12"},
    ),
    (
        "zh",
        "2020年6月22日人权理事会第43/7号决议\n人权理事会，\n回顾其第37/12号决议，\n",
        "A/HRC/RES/43/7",
        {"A/HRC/RES/37/12"},
    ),
    (
        "zh",
        "安全理事会第2531(2020)号决议\n安全理事会，\n重申其第2480(2019)号决议，\n",
        "S/RES/2531(2020)",
        {"S/RES/2480(2019)"},
    ),
]

# … look-alikes: a Council text quoted in a report, a number cited on a line of the body, a
# special session's mark
OWN_NUMBERS_SAME: list[tuple[str, str, str | None, set[str]]] = [
    (
        "zh",
        "安全理事会第2531(2020)号决议全文如下：\n“安全理事会，\n“重申其第2480(2019)号决议，",
        None,
        {"S/RES/2531(2020)", "S/RES/2480(2019)"},
    ),
    (
        "zh",
        "第43/7号决议\n人权理事会，\n回顾其第37/12号决议，\n",
        "A/HRC/RES/43/7",
        {"A/HRC/RES/37/12"},
    ),
    (
        "ar",
        "دإ-28/3 - متابعة المؤتمر\nإن الجمعية العامة،\nإذ تشير إلى قرارها دإ-27/2،\n",
        "A/RES/S-28/3",
        {"A/RES/S-27/2"},
    ),
    (
        "ar",
        "1530 (XV) - مسألة الأقاليم غير المتمتعة بالحكم الذاتي\nإن الجمعية العامة،\n"
        "إذ تشير إلى قرارها 1467 (د-14)،\n",
        "A/RES/1530(XV)",
        {"A/RES/1467(XIV)"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "own", "targets"), by_language(OWN_NUMBERS, OWN_NUMBERS_SAME))
def test_own_numbers(lang: str, text: str, own: str | None, targets: set[str]) -> None:
    res = extract_text(text, lang=lang)
    assert (res.document.source_id, {c.target for c in res.citations}) == (own, targets)


# (language, passage after the Assembly's line, the citations with their dates)
MARKS: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "ar",
        "إذ تشير إلى قرارها دإ ط-10/23 المؤرخ 13 حزيران/يونيه 2018،",
        {"A/RES/ES-10/23": "2018-06-13"},
    ),
    ("ar", "إذ تشير إلى قراريها د إط-10/19 و دإ ط-10/20،", {"A/RES/ES-10/19": None, "A/RES/ES-10/20": None}),
]

MARKS_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    ("ar", "إذ تشير إلى قرارها دإط-10/23،", {"A/RES/ES-10/23": None}),
    ("ar", "إذ تشير إلى قرارها دإ-27/2،", {"A/RES/S-27/2": None}),
]


@pytest.mark.parametrize(("lang", "text", "want"), by_language(MARKS, MARKS_SAME))
def test_session_marks(lang: str, text: str, want: dict[str, str | None]) -> None:
    text = "إن الجمعية العامة،\n\n" + text
    assert {c.target: c.date for c in extract_text(text, lang=lang).citations if c.target} == want


# Compilations of old-style Arabic texts: each heading "1514 (د-15) - …" opens its text.
# (language, file, the pairs (own id of the text, target))
COMPILATIONS: list[tuple[str, str, set[tuple[str | None, str]]]] = [
    (
        "ar",
        "1530 (د-15) - مسألة الأقاليم غير المتمتعة بالحكم الذاتي\nإن الجمعية العامة،\n"
        "إذ تشير إلى قرارها 1467 (د-14)،\n"
        "1532 (د-15) - المساعدة التقنية\nإن الجمعية العامة،\nإذ تشير إلى قرارها 831 (د-9)،\n",
        {("A/RES/1530(XV)", "A/RES/1467(XIV)"), ("A/RES/1532(XV)", "A/RES/831(IX)")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), by_language(COMPILATIONS))
def test_compilations(lang: str, text: str, want: set[tuple[str | None, str]]) -> None:
    assert {(c.source_id, c.target) for c in extract_text(text, lang=lang).citations} == want


# A Chinese list of dated resolutions cut by a page break between a date and its number: the
# page's notes (long or short), its page line and the next page's running header; the date
# written before the number keeps its number, however long the notes are.
# (passage, the citations with their dates)
PAGE = "21-01234 3/9\n"
HEADER = "A/RES/70/146 酷刑和其他残忍、不人道或有辱人格的待遇或处罚\n"
LONG_NOTE = "1 见《大会正式记录，第六十八届会议，补编第49号》。\n"
BREAKS: list[tuple[str, dict[str, str | None]]] = [
    (
        "A/RES/70/146\n大会，\n回顾其2011年12月19日第66/150号和2013年12月18日\n__________\n"
        + LONG_NOTE
        + PAGE
        + HEADER
        + "第68/191号决议，\n",
        {"A/RES/66/150": "2011-12-19", "A/RES/68/191": "2013-12-18"},
    ),
    (
        "A/RES/70/146\n大会，\n回顾其2011年12月19日第66/150号和2013年12月18日\n__________\n"
        "1 A/68/302和A/68/303。\n" + PAGE + HEADER + "第68/191号决议，\n",
        {"A/RES/66/150": "2011-12-19", "A/68/302": None, "A/68/303": None, "A/RES/68/191": "2013-12-18"},
    ),
]

# … look-alikes: one date before a number alone, a short note
BREAKS_SAME: list[tuple[str, dict[str, str | None]]] = [
    (
        "A/RES/70/146\n大会，\n回顾其2013年12月18日\n__________\n"
        + LONG_NOTE
        + PAGE
        + HEADER
        + "第68/191号决议，\n",
        {"A/RES/68/191": "2013-12-18"},
    ),
    (
        "A/RES/70/146\n大会，\n回顾其2011年12月19日第66/150号和2013年12月18日\n__________\n1 A/68/302。\n"
        + PAGE
        + HEADER
        + "第68/191号决议，\n",
        {"A/RES/66/150": "2011-12-19", "A/68/302": None, "A/RES/68/191": "2013-12-18"},
    ),
]


@pytest.mark.parametrize(("text", "want"), BREAKS, ids=[f"zh-{i}" for i in range(len(BREAKS))])
def test_dates_over_notes(text: str, want: dict[str, str | None]) -> None:
    assert {c.target: c.date for c in extract_text(text, lang="zh").citations if c.target} == want


@pytest.mark.parametrize(("text", "want"), BREAKS_SAME, ids=[f"zh-{i}" for i in range(len(BREAKS_SAME))])
def test_dates_over_notes_look_alikes(text: str, want: dict[str, str | None]) -> None:
    assert {c.target: c.date for c in extract_text(text, lang="zh").citations if c.target} == want


DRAFTS: dict[str, str | None] = {f"A/HRC/43/L.{k}": None for k in (4, 5, 6)}
# Ranges of drafts (or any numbered element) with the element's kind repeated after the dash
# or the range word: every member, never the symbol cut before its last element.
# (language, passage after the Assembly's line, the citations)
KIND_RANGES: list[tuple[str, str, dict[str, str | None]]] = [
    ("en", "Having considered the draft resolutions A/HRC/43/L.4-L.6,", DRAFTS),
    ("ru", "рассмотрев проекты резолюций A/HRC/43/L.4–L.6,", DRAFTS),
    ("es", "Habiendo examinado los proyectos de resolución A/HRC/43/L.4 a L.6,", DRAFTS),
    ("fr", "Ayant examiné les projets de résolution A/HRC/43/L.4 à L.6,", DRAFTS),
    ("en", "Having considered the draft resolutions A/HRC/43/L.4 to L.6,", DRAFTS),
]

# … look-alikes: a joint symbol after a dash, two drafts, a range of addenda
KIND_RANGES_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    ("en", "Having considered the report (A/74/409-S/2019/805),", {"A/74/409": None, "S/2019/805": None}),
    ("ru", "рассмотрев проекты A/HRC/43/L.4 и L.6,", {"A/HRC/43/L.4": None, "A/HRC/43/L.6": None}),
    (
        "es",
        "Habiendo examinado los informes (A/74/409/Add.2-Add.4),",
        {"A/74/409/Add.2": None, "A/74/409/Add.3": None, "A/74/409/Add.4": None},
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), by_language(KIND_RANGES, KIND_RANGES_SAME))
def test_kind_ranges(lang: str, text: str, want: dict[str, str | None]) -> None:
    got = {c.target: c.date for c in extract_text(GA[lang] + text, lang=lang).citations if c.target}
    assert got == want
