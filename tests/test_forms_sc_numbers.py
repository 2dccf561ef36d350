"""A Security Council resolution named by its number alone, without the year in brackets,
in every official language: the year comes from the date written with it, else the mention
is kept unresolved with the reason.  Passages written for these tests in UN style."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

DATED = [
    ("en", "Recalling Security Council resolution 2467 of 23 April 2019 on sexual violence in conflict,"),
    ("en", "See S.C. Res. 2467 (Apr. 23, 2019)."),
    ("fr", "Rappelant la résolution 2467 du Conseil de sécurité, en date du 23 avril 2019,"),
    ("es", "Recordando la resolución 2467 del Consejo de Seguridad, de 23 de abril de 2019,"),
    ("ru", "ссылаясь на резолюцию 2467 Совета Безопасности от 23 апреля 2019 года,"),
    ("ar", "وإذ تشير إلى قرار مجلس الأمن 2467 المؤرخ 23 نيسان/أبريل 2019،"),
    ("zh", "回顾安全理事会2019年4月23日第2467号决议，"),
]


@pytest.mark.parametrize(("lang", "text"), DATED, ids=[f"{lang}-{i}" for i, (lang, _) in enumerate(DATED)])
def test_the_year_comes_from_the_date(lang: str, text: str) -> None:
    for res in (extract_text(text, lang=lang), extract_text(text)):
        assert [(c.target, c.date) for c in res.citations] == [("S/RES/2467(2019)", "2019-04-23")]


def test_without_a_date_the_mention_is_kept_unresolved_with_the_reason() -> None:
    # (2397: between the anchors 2396 (2017) and 2398 (2018), its year is not known)
    (c,) = extract_text(
        "Recalling Security Council resolution 2397 on sexual violence in conflict,"
    ).citations
    assert c.target is None and c.kind == "unresolved"
    assert c.reason is not None and "2397" in c.reason and "year" in c.reason


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        # the year in brackets: the usual form, read once
        ("Recalling Security Council resolution 2467 (2019),", ["S/RES/2467(2019)"]),
        # a number that is not the Council's resolution
        ("The Security Council met 2467 times in that period.", []),
        # another body's resolution after the Council's name in the sentence
        ("The Security Council welcomed General Assembly resolution 73/300,", ["A/RES/73/300"]),
        # a date that does not fit the numbering is not the resolution's year
        ("Recalling Security Council resolution 2397 of 4 May 1995,", [None]),
    ],
)
def test_look_alikes(text: str, targets: list[str | None]) -> None:
    assert [c.target for c in extract_text(text).citations] == targets


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("Recalling A/RES/71/313 of 6 July 2017,", [("A/RES/71/313", "2017-07-06")]),
        ("Rappelant la résolution A/RES/71/313 du 6 juillet 2017,", [("A/RES/71/313", "2017-07-06")]),
        # the year of a Council resolution written by its symbol without one
        ("See S/RES/2467 of 23 April 2019.", [("S/RES/2467(2019)", "2019-04-23")]),
        # a report's date written straight after its symbol is the report's (real41a: any
        # document's, as a bulletin lists the bulletins it abolishes)
        ("Taking note of the report A/72/123 of 5 May 2017,", [("A/72/123", "2017-05-05")]),
        # … not past its author's name
        ("Taking note of the report A/72/123 of the Secretary-General of 5 May 2017,", [("A/72/123", None)]),
    ],
)
def test_the_date_after_an_adopted_texts_symbol(text: str, dated: list[tuple[str, str | None]]) -> None:
    assert [(c.target, c.date) for c in extract_text(text).citations] == dated


def test_a_legal_cite_with_the_councils_symbol_is_one_citation() -> None:
    text = "See S.C. Res. 2467, U.N. Doc. S/RES/2467 (Apr. 23, 2019)."
    assert [(c.target, c.date) for c in extract_text(text).citations] == [("S/RES/2467(2019)", "2019-04-23")]
