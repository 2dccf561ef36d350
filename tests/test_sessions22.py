"""A body's sessions follow the calendar, not only the table (issue 7): ``bodies.csv`` gives the
last session known when it was written (the General Assembly's 80th, the Human Rights
Council's 61st); later sessions are reached as the years go by, so a text of the Assembly's
81st session or of the Council's 63rd resolves, and a Council text citing "its resolution 62/7
of 8 July 2026" is the Council's, not the Assembly's 62nd session's.  Today is pinned in each
row (``lexicon._YEAR_NOW``, as ``$RESCITE_TODAY`` sets it); the passages are invented for these
tests."""

from __future__ import annotations

import time

import pytest

from passages import GA, HRC, targets_of
from rescite.grammar import lexicon

DEC26 = "2026-12-05"

# (today, language, opening, paragraph, its distinct targets; "" an unresolved record)
ROWS: list[tuple[str, str, str, str, set[str]]] = [
    (DEC26, "en", GA["en"], "Recalling its resolution 81/14 of 18 November 2026,", {"A/RES/81/14"}),
    (DEC26, "fr", GA["fr"], "Rappelant sa résolution 81/14 du 18 novembre 2026,", {"A/RES/81/14"}),
    (DEC26, "es", GA["es"], "Recordando su resolución 81/14, de 18 de noviembre de 2026,", {"A/RES/81/14"}),
    (DEC26, "ru", GA["ru"], "ссылаясь на свою резолюцию 81/14 от 18 ноября 2026 года,", {"A/RES/81/14"}),
    (DEC26, "zh", GA["zh"], "回顾其2026年11月18日第81/14号决议，", {"A/RES/81/14"}),
    (DEC26, "ar", GA["ar"], "إذ تشير إلى قرارها 81/14 المؤرخ 18 تشرين الثاني/نوفمبر 2026،", {"A/RES/81/14"}),
    (
        "2026-12-05",
        "en",
        HRC["en"],
        "Recalling its resolutions 61/9 of 2 April 2026 and 62/7 of 8 July 2026,",
        {"A/HRC/RES/61/9", "A/HRC/RES/62/7"},
    ),
    (
        "2026-12-05",
        "fr",
        HRC["fr"],
        "Rappelant ses résolutions 61/9 du 2 avril 2026 et 62/7 du 8 juillet 2026,",
        {"A/HRC/RES/61/9", "A/HRC/RES/62/7"},
    ),
    (DEC26, "es", HRC["es"], "Recordando su resolución 63/3, de 9 de octubre de 2026,", {"A/HRC/RES/63/3"}),
    (DEC26, "ru", HRC["ru"], "ссылаясь на свою резолюцию 63/3 от 9 октября 2026 года,", {"A/HRC/RES/63/3"}),
    (DEC26, "zh", HRC["zh"], "回顾其2026年10月9日第63/3号决议，", {"A/HRC/RES/63/3"}),
    (
        "2026-12-05",
        "en",
        GA["en"],
        "Recalling Human Rights Council resolution 63/3 of 9 October 2026,",
        {"A/HRC/RES/63/3"},
    ),
    # years on: the Assembly's 84th session is reached, its 86th not yet
    ("2030-01-15", "en", GA["en"], "Recalling its resolution 84/20 of 6 December 2029,", {"A/RES/84/20"}),
    ("2030-01-15", "en", GA["en"], "Recalling General Assembly resolution 86/20,", {""}),
]

# the table's own date: sessions past the table's last are not reached
LOOK_ALIKES: list[tuple[str, str, str, str, set[str]]] = [
    ("2025-10-01", "en", GA["en"], "Recalling General Assembly resolution 81/14,", {""}),
    ("2025-10-01", "en", HRC["en"], "Recalling its resolution 61/9 of 2 April 2026,", {"A/HRC/RES/61/9"}),
    (DEC26, "en", GA["en"], "Recalling its resolution 62/7 of 8 December 2007,", {"A/RES/62/7"}),
]


def _year(day: str) -> float:
    y, m, d = (int(x) for x in day.split("-"))
    before = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][: m - 1]
    return y + (sum(before) + d - 1) / 366


@pytest.mark.parametrize(
    ("today", "lang", "opening", "para", "want"),
    [pytest.param(*r, id=f"{r[1]}-{i}") for i, r in enumerate(ROWS)]
    + [pytest.param(*r, id=f"same-{r[1]}-{i}") for i, r in enumerate(LOOK_ALIKES)],
)
def test_a_session_the_calendar_has_reached(
    monkeypatch: pytest.MonkeyPatch, today: str, lang: str, opening: str, para: str, want: set[str]
) -> None:
    monkeypatch.setattr(lexicon, "_YEAR_NOW", _year(today))
    assert targets_of(opening + para) == want


@pytest.mark.parametrize(
    ("given", "year"), [(DEC26, 2026), ("2031-01-01", 2031), ("", None)], ids=["set", "new-year", "unset"]
)
def test_rescite_today_stands_in_for_today(
    monkeypatch: pytest.MonkeyPatch, given: str, year: int | None
) -> None:
    monkeypatch.setenv("RESCITE_TODAY", given)
    now = lexicon._year_now()
    assert int(now) == (year if year is not None else time.localtime().tm_year)
    assert 0 <= now - int(now) < 1
