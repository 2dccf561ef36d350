"""Forms a careful reader cites that rescite missed (issue 7, recall leftovers), in UN style written
for these tests (invented numbers, dates and topics): a bare number with a date of its own after
the Council's undated symbol ("S/RES/2334 and 2250 of 9 December 2015"); the actor of a clause
citing by a list of paragraphs ("the Council, in paragraphs 5 and 6 of its resolution …"); each
with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from passages import GA, by_language
from rescite.engine.extract import extract_text

Cited = list[tuple[str, str | None, str | None]]


def _cited(lang: str, para: str) -> Cited:
    res = extract_text(f"{GA[lang]}{para}\n")
    return [(c.text, c.target, c.date) for c in res.citations]


# a bare number with its own date after the Council's symbol without its year
_DATED_AFTER_SYMBOL: list[tuple[str, str, Cited]] = [
    (
        "en",
        "Recalling S/RES/2419 and 2250 of 9 December 2015 on youth, peace and security,",
        [("S/RES/2419", "S/RES/2419(2018)", None), ("2250", "S/RES/2250(2015)", "2015-12-09")],
    ),
    (
        "en",
        "Bearing in mind S/RES/2427, 2242 and 2250 of 9 December 2015,",
        [
            ("S/RES/2427", "S/RES/2427(2018)", None),
            ("2242", "S/RES/2242(2015)", None),
            ("2250", "S/RES/2250(2015)", "2015-12-09"),
        ],
    ),
    (
        "en",
        "Recalling S/RES/2419 and 2250 of 9 December 2015 and 2532,",
        [
            ("S/RES/2419", "S/RES/2419(2018)", None),
            ("2250", "S/RES/2250(2015)", "2015-12-09"),
            ("2532", "S/RES/2532(2020)", None),
        ],
    ),
    (
        "en",
        "Recalling S/RES/2419 (2018) and 2250 of 9 December 2015,",
        [("S/RES/2419 (2018)", "S/RES/2419(2018)", None), ("2250", "S/RES/2250(2015)", "2015-12-09")],
    ),
    (
        "fr",
        "Rappelant S/RES/2419 et 2250 du 9 décembre 2015 sur les jeunes,",
        [("S/RES/2419", "S/RES/2419(2018)", None), ("2250", "S/RES/2250(2015)", "2015-12-09")],
    ),
    (
        "es",
        "Recordando S/RES/2419 y 2250 de 9 de diciembre de 2015 sobre la juventud,",
        [("S/RES/2419", "S/RES/2419(2018)", None), ("2250", "S/RES/2250(2015)", "2015-12-09")],
    ),
    (
        "ru",
        "ссылаясь на S/RES/2419 и 2250 от 9 декабря 2015 года о молодежи,",
        [("S/RES/2419", "S/RES/2419(2018)", None), ("2250", "S/RES/2250(2015)", "2015-12-09")],
    ),
    (
        "ar",
        "وإذ تشير إلى S/RES/2419 و 2250 المؤرخ 9 كانون الأول/ديسمبر 2015 بشأن الشباب،",
        [("S/RES/2419", "S/RES/2419(2018)", None), ("2250", "S/RES/2250(2015)", "2015-12-09")],
    ),
]

# look-alikes: a year, a count, another body's number, a date that no number of that size has
_DATED_AFTER_SYMBOL_SAME: list[tuple[str, str, Cited]] = [
    (
        "en",
        "Recalling S/RES/2419 and 2250,",
        [("S/RES/2419", "S/RES/2419(2018)", None), ("2250", "S/RES/2250(2015)", None)],
    ),
    ("en", "Recalling S/RES/2419 and 2018 of 6 June 2018,", [("S/RES/2419", "S/RES/2419(2018)", None)]),
    (
        "en",
        "Recalling S/RES/2419 and 350 observers of 9 December 2015,",
        [("S/RES/2419", "S/RES/2419(2018)", None)],
    ),
    (
        "en",
        "Recalling S/RES/2419 and No. 1412 of the IOM Council of 5 May 2001,",
        [("S/RES/2419", "S/RES/2419(2018)", None)],
    ),
    ("en", "Recalling S/RES/2419 and 2250 of 9 December 2004,", [("S/RES/2419", "S/RES/2419(2018)", None)]),
]


@pytest.mark.parametrize(
    ("lang", "para", "expected"), by_language(_DATED_AFTER_SYMBOL, _DATED_AFTER_SYMBOL_SAME)
)
def test_dated_number_after_the_councils_symbol(lang: str, para: str, expected: Cited) -> None:
    assert _cited(lang, para) == expected


# the actor of a clause owns the text it cites by a list of paragraphs with a possessive
_ACTOR_PARAGRAPHS: list[tuple[str, str, Cited]] = [
    (
        "en",
        "Noting that the Human Rights Council, in paragraphs 4 and 9 of its resolution 46/17, requested"
        " the Special Rapporteur to report,",
        [("46/17", "A/HRC/RES/46/17", None)],
    ),
    (
        "en",
        "Noting that the Human Rights Council, in paragraphs 2 (b), 3 and 8 of its resolution 51/6,"
        " invited States,",
        [("51/6", "A/HRC/RES/51/6", None)],
    ),
    (
        "fr",
        "Notant que le Conseil des droits de l'homme, aux paragraphes 4 et 9 de sa résolution 46/17, a"
        " prié le Rapporteur spécial,",
        [("46/17", "A/HRC/RES/46/17", None)],
    ),
    (
        "fr",
        "Notant que le Conseil des droits de l'homme, aux paragraphes 2, 3 et 8 de sa résolution 51/6, a"
        " invité les États,",
        [("51/6", "A/HRC/RES/51/6", None)],
    ),
    (
        "es",
        "Observando que el Consejo de Derechos Humanos, en los párrafos 4 y 9 de su resolución 46/17,"
        " solicitó al Relator Especial,",
        [("46/17", "A/HRC/RES/46/17", None)],
    ),
    (
        "ru",
        "отмечая, что Совет по правам человека в пунктах 4 и 9 своей резолюции 46/17 просил"
        " Специального докладчика,",
        [("46/17", "A/HRC/RES/46/17", None)],
    ),
]

# look-alikes: no possessive, the body as the object of a request, the citing body's own
_ACTOR_PARAGRAPHS_SAME: list[tuple[str, str, Cited]] = [
    (
        "en",
        "Noting that the Human Rights Council, in paragraphs 4 and 9 of resolution 46/17, requested the"
        " Special Rapporteur,",
        [("46/17", "A/RES/46/17", None)],
    ),
    (
        "en",
        "Noting that it requested the Human Rights Council, in paragraphs 4 and 9 of its resolution 74/12,"
        " to consider the matter,",
        [("74/12", "A/RES/74/12", None)],
    ),
    ("en", "Referring to paragraphs 4 and 9 of its resolution 74/12,", [("74/12", "A/RES/74/12", None)]),
    ("fr", "Se référant aux paragraphes 4 et 9 de sa résolution 74/12,", [("74/12", "A/RES/74/12", None)]),
    (
        "es",
        "Observando que el Consejo de Derechos Humanos, en los párrafos 4 y 9 de la resolución 46/17,"
        " solicitó al Relator Especial,",
        [("46/17", "A/RES/46/17", None)],
    ),
    ("ru", "ссылаясь на пункты 4 и 9 своей резолюции 74/12,", [("74/12", "A/RES/74/12", None)]),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_ACTOR_PARAGRAPHS, _ACTOR_PARAGRAPHS_SAME))
def test_actor_of_a_clause_by_paragraphs(lang: str, para: str, expected: Cited) -> None:
    assert _cited(lang, para) == expected
