"""Lists that go on after an inserted clause, lettered parts with their own dates and
pinpoints written in front of the number — table-driven, passages written for these tests."""

from __future__ import annotations

import pytest

from passages import by_language
from rescite.engine.extract import extract_text

GA = "The General Assembly,\n\n"

ROWS: list[tuple[str, str, list[tuple[str, str | None, str | None]]]] = [
    # a list interrupted by a relative clause goes on with undated numbers of the same shape
    (
        "en",
        GA + "Recalling its resolutions 1803 (XVII) and 1904 (XVIII), by which it proclaimed the "
        "principles of the Charter, 2106 (XX) and 3068 (XXVIII),",
        [
            ("A/RES/1803(XVII)", None, None),
            ("A/RES/1904(XVIII)", None, None),
            ("A/RES/2106(XX)", None, None),
            ("A/RES/3068(XXVIII)", None, None),
        ],
    ),
    (
        "en",
        GA + "Recalling also its resolutions 212 (III), containing the terms of reference of the "
        "Mediator, and 394 (V),",
        [("A/RES/212(III)", None, None), ("A/RES/394(V)", None, None)],
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nRappelant ses résolutions 1803 (XVII) et 1904 (XVIII), par "
        "lesquelles elle a proclamé les principes de la Charte, 2106 (XX) et 3068 (XXVIII),",
        [
            ("A/RES/1803(XVII)", None, None),
            ("A/RES/1904(XVIII)", None, None),
            ("A/RES/2106(XX)", None, None),
            ("A/RES/3068(XXVIII)", None, None),
        ],
    ),
    (
        "es",
        "La Asamblea General,\n\nRecordando sus resoluciones 1803 (XVII) y 1904 (XVIII), en las que "
        "proclamó los principios de la Carta, 2106 (XX) y 3068 (XXVIII),",
        [
            ("A/RES/1803(XVII)", None, None),
            ("A/RES/1904(XVIII)", None, None),
            ("A/RES/2106(XX)", None, None),
            ("A/RES/3068(XXVIII)", None, None),
        ],
    ),
    # a clause with a number in it, or a number of another shape, does not carry the list on
    (
        "en",
        GA + "Recalling its resolution 1803 (XVII), adopted by 87 votes, 2106 (XX) of the Council,",
        [("A/RES/1803(XVII)", None, None)],
    ),
    # lettered parts in a list, each with its own date
    (
        "en",
        GA + "Recalling its resolutions 47/65 B of 11 December 1992, 52/38 L of 9 December 1997 and 41/59 C,",
        [
            ("A/RES/47/65B", "1992-12-11", None),
            ("A/RES/52/38L", "1997-12-09", None),
            ("A/RES/41/59C", None, None),
        ],
    ),
    # pinpoints in front of the number
    (
        "en",
        GA + "Reaffirming paragraph 12 of its resolution 69/313,",
        [("A/RES/69/313", None, "paragraph 12")],
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nRappelant l'annexe III de la résolution 56/83,",
        [("A/RES/56/83", None, "annexe III")],
    ),
    (
        "es",
        "La Asamblea General,\n\nReafirmando el párrafo 12 de su resolución 69/313,",
        [("A/RES/69/313", None, "párrafo 12")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), by_language(ROWS))
def test_clause_lists_parts_pinpoints(
    lang: str, text: str, want: list[tuple[str, str | None, str | None]]
) -> None:
    res = extract_text(text, lang=lang)
    got = [(c.target, c.date, c.pinpoint) for c in res.citations if c.target and c.target.startswith("A/RES")]
    assert got == want


CHARTER = "pub:charter-of-the-united-nations"

CHARTER_ROWS: list[tuple[str, str, str | None]] = [
    ("en", "Reaffirming the purposes and principles of the Charter of the United Nations,", None),
    ("en", "Bearing in mind Article 73 of the United Nations Charter,", "Article 73"),
    ("fr", "Réaffirmant les buts et principes de la Charte des Nations Unies,", None),
    ("es", "Reafirmando los propósitos y principios de la Carta de las Naciones Unidas,", None),
    ("ru", "вновь подтверждая цели и принципы Устава Организации Объединенных Наций,", None),
    ("ar", "وإذ تعيد تأكيد مقاصد ومبادئ ميثاق الأمم المتحدة،", None),
    ("zh", "重申《联合国宪章》的宗旨和原则，", None),
]


@pytest.mark.parametrize(("lang", "text", "pinpoint"), by_language(CHARTER_ROWS))
def test_charter_named(lang: str, text: str, pinpoint: str | None) -> None:
    res = extract_text(text, lang=lang)
    hits = [c for c in res.citations if c.target == CHARTER]
    assert len(hits) == 1
    assert hits[0].kind == "publication"
    assert hits[0].pinpoint == pinpoint


def test_charter_word_alone_is_no_mention() -> None:
    res = extract_text("Acting under Chapter VII of the Charter,", lang="en")
    assert CHARTER not in res.targets()
