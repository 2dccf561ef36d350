"""Forms found by probing Arabic, Chinese and English passages written in UN style for these
tests (invented numbers, dates and topics): the Arabic dual noun in the nominative ("القراران
73/331 و 75/325", "المقرران"); a Chinese date joined to the number by the verb alone
("安全理事会2021年12月22日通过第2615(2021)号决议").
Each form with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from passages import GA, assert_passage, by_language

# (language, paragraph of a General Assembly text, target -> date or None)
_NOUNS: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "ar",
        "وإذ تشير إلى قراراتها المتعلقة بالتعاون مع المنظمات الإقليمية، بما فيها القراران 72/314 و 76/301،",
        {"A/RES/72/314": None, "A/RES/76/301": None},
    ),
    (
        "ar",
        "وإذ تلاحظ أن القراران 2009/14 و 2011/7 للمجلس الاقتصادي والاجتماعي ما زالا ساريين،",
        {"E/RES/2009/14": None, "E/RES/2011/7": None},
    ),
    (
        "ar",
        "وإذ تضع في اعتبارها المقرران 73/548 و 74/562 بشأن تنظيم الأعمال،",
        {"A/DEC/73/548": None, "A/DEC/74/562": None},
    ),
    (
        "zh",
        "欢迎安全理事会2021年11月17日通过第2608(2021)号决议，",
        {"S/RES/2608(2021)": "2021-11-17"},
    ),
    (
        "zh",
        "注意到人权理事会2019年7月11日通过第41/6号决议，",
        {"A/HRC/RES/41/6": "2019-07-11"},
    ),
]

_NOUNS_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    ("ar", "وإذ تشير إلى قراريها 72/314 و 76/301،", {"A/RES/72/314": None, "A/RES/76/301": None}),
    ("ar", "وإذ تشير إلى القرارين 72/314 و 76/301،", {"A/RES/72/314": None, "A/RES/76/301": None}),
    ("zh", "回顾安全理事会2021年11月17日通过的第2608(2021)号决议，", {"S/RES/2608(2021)": "2021-11-17"}),
    ("zh", "回顾安全理事会2021年11月17日第2608(2021)号决议，", {"S/RES/2608(2021)": "2021-11-17"}),
    ("zh", "欢迎安全理事会通过第2608(2021)号决议，", {"S/RES/2608(2021)": None}),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_NOUNS, _NOUNS_SAME))
def test_nouns_and_date_links(lang: str, para: str, expected: dict[str, str | None]) -> None:
    assert_passage(f"{GA[lang]}{para}\n", expected)
