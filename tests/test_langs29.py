"""Arabic, Russian and Chinese passages written for these tests in the style of the UN's own
texts (issue 7): resolutions' preambles, reports' footnotes.  Each row is a form the engine
missed or read wrongly: the Latin letter older Russian texts write for the number sign
("резолюция N 58/212"), and a treaty's registration number printed with its digits grouped by
threes ("№ 31 742"), which was cut at the space."""

from __future__ import annotations

import pytest

from passages import assert_exact

ROWS: list[tuple[str, dict[str, str | None]]] = [
    # the number sign as a Latin letter, before a General Assembly number and a lettered part
    (
        "ссылаясь на резолюцию Генеральной Ассамблеи N 58/212 от 23 декабря 2003 года,",
        {"A/RES/58/212": "2003-12-23"},
    ),
    ("ссылаясь на резолюцию N 1904 В (XVIII) Генеральной Ассамблеи,", {"A/RES/1904B(XVIII)": None}),
    ("принимая к сведению решение Совета по правам человека N 21/117,", {"A/HRC/DEC/21/117": None}),
    # a registration number (and a volume) grouped by threes: the whole number, not its first group
    (
        "__________\n1 Организация Объединенных Наций, Сборник договоров, т. 2133, № 37 517.",
        {"UNTS/2133/37517": None},
    ),
    (
        "__________\n2 Организация Объединенных Наций, Сборник договоров, т. 1 465, № 24 841.\n"
        "3 Там же, т. 2 375, № 24 841.",
        {"UNTS/1465/24841": None, "UNTS/2375/24841": None},
    ),
    (
        "__________\n4 Организация Объединенных Наций, Сборник договоров, т. 2161,\u00a0№\u00a037\u00a0770.",
        {"UNTS/2161/37770": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_russian_numbers(text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected)
