"""Forms left by the probes of round six, in six languages written in UN style for these tests
(invented numbers, dates and topics): a bare number after a full symbol in a list, past the
symbol's date ("A/RES/ES-11/1 of 2 March 2022 and 70/1"); a Chinese symbol's parts glued to the
number mark ("A/RES/55/12 A和B号"). Each form with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from passages import GA, by_language
from rescite.engine.extract import extract_text

Row = tuple[str, str, dict[str, str | None]]
_R = "A/RES/"
_ES = f"{_R}ES-11/1"


def _exact(text: str, expected: dict[str, str | None]) -> None:
    """The passage's targets are ``expected``'s, each with its date alone (None: undated)."""
    got: dict[str, set[str | None]] = {}
    for c in extract_text(text).citations:
        got.setdefault(c.target or "", set()).add(c.date)
    assert set(got) == set(expected), got
    for target, date in expected.items():
        assert got[target] == {date}, (target, got[target])


# a bare number after a full symbol and its date: the list goes on, in the symbol's series
_AFTER_SYMBOL: list[Row] = [
    (
        "en",
        "Recalling its resolution A/RES/ES-11/1 of 2 March 2022 and 70/1,",
        {_ES: "2022-03-02", f"{_R}70/1": None},
    ),
    ("en", "Recalling resolutions A/RES/ES-10/19 and 72/240,", {f"{_R}ES-10/19": None, f"{_R}72/240": None}),
    (
        "en",
        "Recalling resolution A/RES/68/262 of 27 March 2014, 71/205 and 73/263,",
        {f"{_R}68/262": "2014-03-27", f"{_R}71/205": None, f"{_R}73/263": None},
    ),
    (
        "en",
        "Recalling Council resolution E/RES/2018/11 of 9 July 2018 and 2021/4,",
        {"E/RES/2018/11": "2018-07-09", "E/RES/2021/4": None},
    ),
    (
        "fr",
        "Rappelant sa résolution A/RES/ES-11/1 du 2 mars 2022 et 70/1,",
        {_ES: "2022-03-02", f"{_R}70/1": None},
    ),
    (
        "fr",
        "Rappelant la résolution A/RES/68/262 du 27 mars 2014 et 71/205,",
        {f"{_R}68/262": "2014-03-27", f"{_R}71/205": None},
    ),
    (
        "es",
        "Recordando su resolución A/RES/ES-11/1, de 2 de marzo de 2022, y 70/1,",
        {_ES: "2022-03-02", f"{_R}70/1": None},
    ),
    (
        "es",
        "Recordando la resolución A/RES/68/262, de 27 de marzo de 2014, y 71/205,",
        {f"{_R}68/262": "2014-03-27", f"{_R}71/205": None},
    ),
    (
        "ru",
        "ссылаясь на свою резолюцию A/RES/ES-11/1 от 2 марта 2022 года и 70/1,",
        {_ES: "2022-03-02", f"{_R}70/1": None},
    ),
    (
        "ar",
        "وإذ تشير إلى قرارها A/RES/ES-11/1 المؤرخ 2 آذار/مارس 2022 و 70/1،",
        {_ES: "2022-03-02", f"{_R}70/1": None},
    ),
]

# look-alikes: a number that does not run upwards, a year's number, another session's mark
_AFTER_SYMBOL_SAME: list[Row] = [
    (
        "en",
        "Recalling resolution A/RES/70/1 of 25 September 2015 and 2/3 of its annex,",
        {f"{_R}70/1": "2015-09-25"},
    ),
    ("en", "Recalling resolutions A/RES/70/1 and ES-11/1,", {f"{_R}70/1": None}),
    ("en", "Recalling resolution A/RES/70/1 of 25 September 2015 and 2016/5,", {f"{_R}70/1": "2015-09-25"}),
    ("en", "Recalling resolutions A/RES/69/313 and 70/1,", {f"{_R}69/313": None, f"{_R}70/1": None}),
    (
        "en",
        "Recalling Security Council resolution S/RES/2334 (2016) and 2250 (2015),",
        {"S/RES/2334(2016)": None, "S/RES/2250(2015)": None},
    ),
]

# a Chinese symbol's parts glued to the list word and to the number mark
_CHINESE_PARTS: list[Row] = [
    ("zh", "回顾A/RES/55/12 A和B号决议，", {f"{_R}55/12A": None, f"{_R}55/12B": None}),
    (
        "zh",
        "回顾A/RES/55/12 A、B和C号决议，",
        {f"{_R}55/12A": None, f"{_R}55/12B": None, f"{_R}55/12C": None},
    ),
    ("zh", "重申A/RES/61/89 B号决议，", {f"{_R}61/89B": None}),
    ("zh", "回顾A/RES/61/89 A号和B号决议，", {f"{_R}61/89A": None, f"{_R}61/89B": None}),
    ("zh", "回顾A/RES/61/89 A至C号决议，", {f"{_R}61/89A": None, f"{_R}61/89B": None, f"{_R}61/89C": None}),
]

# look-alikes: two capitals glued together are no parts; a symbol without parts
_CHINESE_PARTS_SAME: list[Row] = [
    ("zh", "回顾A/RES/55/12 AB号决议，", {f"{_R}55/12": None}),
    ("zh", "回顾A/RES/55/12号决议和A/55/12号文件，", {f"{_R}55/12": None, "A/55/12": None}),
    ("en", "Recalling A/RES/55/12 A and B,", {f"{_R}55/12A": None, f"{_R}55/12B": None}),
]


@pytest.mark.parametrize(
    ("lang", "para", "expected"),
    by_language(_AFTER_SYMBOL + _CHINESE_PARTS, _AFTER_SYMBOL_SAME + _CHINESE_PARTS_SAME),
)
def test_lists_after_symbols(lang: str, para: str, expected: dict[str, str | None]) -> None:
    _exact(f"{GA[lang]}{para}\n", expected)
