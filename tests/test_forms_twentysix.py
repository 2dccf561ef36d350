"""Forms left by the probes of round seven, in six languages written in UN style for these tests
(invented numbers, dates and topics): IOM Council resolutions in Russian and Chinese, with a date
between the number and the Council, in a list of two; a list of numbers that turns back to the
citing body after another body's text; each form with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from passages import GA, by_language
from rescite.engine.extract import extract_text

Cited = list[tuple[str, str | None, str | None]]

# IOM Council resolutions: the Council named after the number (past its date, after a list of two)
# or before it (Chinese, Russian): each kept with IOM named and its reason
_IOM: list[tuple[str, str, Cited]] = [
    ("ru", "ссылаясь на резолюцию № 1417 Совета МОМ,", [("№ 1417", "IOM", None)]),
    (
        "ru",
        "принимая во внимание резолюцию № 1388 Совета Международной организации по миграции,",
        [("№ 1388", "IOM", None)],
    ),
    ("ru", "ссылаясь на резолюцию Совета МОМ № 1417,", [("1417", "IOM", None)]),
    (
        "ru",
        "ссылаясь на резолюцию № 1417 от 28 ноября 2019 года Совета МОМ,",
        [("№ 1417", "IOM", "2019-11-28")],
    ),
    (
        "ru",
        "ссылаясь на резолюции № 1417 и № 1418 Совета МОМ,",
        [("№ 1417", "IOM", None), ("№ 1418", "IOM", None)],
    ),
    (
        "ru",
        "ссылаясь на резолюцию Совета МОМ № 1417 от 28 ноября 2019 года,",
        [("1417", "IOM", "2019-11-28")],
    ),
    ("zh", "回顾国际移民组织理事会第1417号决议，", [("1417", "IOM", None)]),
    ("zh", "注意到移民组织理事会第1388号决议，", [("1388", "IOM", None)]),
    ("zh", "回顾国际移民组织理事会2019年11月28日第1417号决议，", [("1417", "IOM", "2019-11-28")]),
    (
        "en",
        "Recalling Resolution No. 1417 of 28 November 2019 of the IOM Council,",
        [("No. 1417", "IOM", "2019-11-28")],
    ),
    (
        "en",
        "Recalling Resolutions No. 1417 and No. 1418 of the Council of the International Organization"
        " for Migration,",
        [("No. 1417", "IOM", None), ("No. 1418", "IOM", None)],
    ),
    (
        "fr",
        "Rappelant la résolution no 1417 du 28 novembre 2019 du Conseil de l'OIM,",
        [("no 1417", "IOM", "2019-11-28")],
    ),
    (
        "fr",
        "Rappelant les résolutions no 1417 et no 1418 du Conseil de l'OIM,",
        [("no 1417", "IOM", None), ("no 1418", "IOM", None)],
    ),
    (
        "es",
        "Recordando la resolución núm. 1417, de 28 de noviembre de 2019, del Consejo de la OIM,",
        [("núm. 1417", "IOM", "2019-11-28")],
    ),
    (
        "es",
        "Recordando las resoluciones núm. 1417 y núm. 1418 del Consejo de la OIM,",
        [("núm. 1417", "IOM", None), ("núm. 1418", "IOM", None)],
    ),
]

# look-alikes: another noun; no body named; the Council's number without its mark; a date and
# another body after it; the Security Council's number with the mark
_IOM_SAME: list[tuple[str, str, Cited]] = [
    ("ru", "ссылаясь на доклад № 14 Совета МОМ,", []),
    ("ru", "ссылаясь на резолюцию № 1417,", []),
    ("ru", "ссылаясь на резолюцию Совета МОМ 1417,", []),
    ("zh", "回顾国际移民组织理事会第14号文件，", []),
    ("en", "Recalling Resolution No. 1417 of 28 November 2019 of the Council,", []),
    (
        "ru",
        "ссылаясь на резолюцию № 1325 (2000) Совета Безопасности,",
        [("1325 (2000)", "S", None)],
    ),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_IOM, _IOM_SAME))
def test_iom_council(lang: str, para: str, expected: Cited) -> None:
    res = extract_text(f"{GA[lang]}{para}\n")
    assert [(c.text, c.body, c.date) for c in res.citations] == expected
    assert all(
        c.target is None and c.reason and "no id scheme" in c.reason for c in res.citations if c.body != "S"
    )


# a list after another body's text, each number with its noun: the other body cannot hold them,
# the list has turned back to the citing body's texts
_BACK: list[tuple[str, str, Cited]] = [
    (
        "zh",
        "回顾其第74/2号决议，其中注意到人权理事会第31/7号决议以及第70/265号和第73/195号决议，",
        [
            ("74/2", "A/RES/74/2", "A"),
            ("31/7", "A/HRC/RES/31/7", "A/HRC"),
            ("70/265", "A/RES/70/265", "A"),
            ("73/195", "A/RES/73/195", "A"),
        ],
    ),
    (
        "zh",
        "注意到人权理事会第31/7号决议和第70/265号决议，",
        [("31/7", "A/HRC/RES/31/7", "A/HRC"), ("70/265", "A/RES/70/265", "A")],
    ),
    (
        "zh",
        "欢迎人权理事会第31/7号决议以及第72/305号决议，",
        [("31/7", "A/HRC/RES/31/7", "A/HRC"), ("72/305", "A/RES/72/305", "A")],
    ),
]

# look-alikes: numbers the other body holds stay its; the other languages, read before
_BACK_SAME: list[tuple[str, str, Cited]] = [
    (
        "zh",
        "注意到人权理事会第31/7号决议以及第32/2号和第33/9号决议，",
        [
            ("31/7", "A/HRC/RES/31/7", "A/HRC"),
            ("32/2", "A/HRC/RES/32/2", "A/HRC"),
            ("33/9", "A/HRC/RES/33/9", "A/HRC"),
        ],
    ),
    (
        "en",
        "Recalling its resolution 74/2, in which it took note of Human Rights Council resolution 31/7,"
        " and of resolutions 70/265 and 73/195,",
        [
            ("74/2", "A/RES/74/2", "A"),
            ("31/7", "A/HRC/RES/31/7", "A/HRC"),
            ("70/265", "A/RES/70/265", "A"),
            ("73/195", "A/RES/73/195", "A"),
        ],
    ),
    (
        "ru",
        "ссылаясь на свою резолюцию 74/2, в которой она приняла к сведению резолюцию 31/7 Совета по"
        " правам человека, а также резолюции 70/265 и 73/195,",
        [
            ("74/2", "A/RES/74/2", "A"),
            ("31/7", "A/HRC/RES/31/7", "A/HRC"),
            ("70/265", "A/RES/70/265", "A"),
            ("73/195", "A/RES/73/195", "A"),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_BACK, _BACK_SAME))
def test_list_back_to_citing_body(lang: str, para: str, expected: Cited) -> None:
    res = extract_text(f"{GA[lang]}{para}\n")
    assert [(c.text, c.target, c.body) for c in res.citations] == expected
