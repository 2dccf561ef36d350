"""Forms left by the probes of round seven, in six languages written in UN style for these tests
(invented numbers, dates and topics): IOM Council resolutions in Russian and Chinese, with a date
between the number and the Council, in a list of two; a list of numbers that turns back to the
citing body after another body's text; each form with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from passages import GA, assert_exact, by_language
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
    ("en", "Recalling IOM Council Resolution No. 1417,", [("1417", "IOM", None)]),
    (
        "en",
        "Recalling IOM Council Resolution No. 1417 of 28 November 2019,",
        [("1417", "IOM", "2019-11-28")],
    ),
    ("fr", "Rappelant la résolution du Conseil de l'OIM no 1417,", [("1417", "IOM", None)]),
    ("es", "Recordando la resolución del Consejo de la OIM núm. 1417,", [("1417", "IOM", None)]),
    ("ar", "وإذ تشير إلى قرار مجلس المنظمة الدولية للهجرة رقم 1417،", [("1417", "IOM", None)]),
    (
        "ar",
        "وإذ تشير إلى القرار رقم 1417 المؤرخ 28 تشرين الثاني/نوفمبر 2019 لمجلس المنظمة الدولية للهجرة،",
        [("رقم 1417", "IOM", "2019-11-28")],
    ),
    ("zh", "注意到移民组织理事会第1388号决议，", [("1388", "IOM", None)]),
    ("zh", "回顾国际移民组织理事会2019年11月28日第1417号决议，", [("1417", "IOM", "2019-11-28")]),
    ("zh", "回顾国际移民组织理事会第1417号和第1418号决议，", [("1417", "IOM", None), ("1418", "IOM", None)]),
    (
        "zh",
        "回顾移民组织理事会第1417号、第1418号和第1420号决议，",
        [("1417", "IOM", None), ("1418", "IOM", None), ("1420", "IOM", None)],
    ),
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
    ("en", "Recalling IOM Council document No. 14,", []),
    ("en", "Recalling the IOM Council Resolution 1417,", []),
    ("zh", "回顾国际移民组织理事会第14号和第15号文件，", []),
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


Row = tuple[str, str, dict[str, str | None]]
_SC = "S/RES/"


# the Council's bare numbers after its resolution's symbol and date: the list goes on, the body too
_AFTER_COUNCIL_SYMBOL: list[Row] = [
    (
        "en",
        "Recalling Security Council resolutions S/RES/2347 of 24 March 2017 and 2231,",
        {f"{_SC}2347(2017)": "2017-03-24", f"{_SC}2231(2015)": None},
    ),
    (
        "en",
        "Recalling Security Council resolutions S/RES/2347 of 24 March 2017, 2231 and 2388,",
        {f"{_SC}2347(2017)": "2017-03-24", f"{_SC}2231(2015)": None, f"{_SC}2388(2017)": None},
    ),
    (
        "en",
        "Recalling resolutions S/RES/2347 (2017) of 24 March 2017 and 2231 of 20 July 2015,",
        {f"{_SC}2347(2017)": "2017-03-24", f"{_SC}2231(2015)": "2015-07-20"},
    ),
    (
        "fr",
        "Rappelant les résolutions du Conseil de sécurité S/RES/2347 du 24 mars 2017 et 2231,",
        {f"{_SC}2347(2017)": "2017-03-24", f"{_SC}2231(2015)": None},
    ),
    (
        "es",
        "Recordando las resoluciones del Consejo de Seguridad S/RES/2347, de 24 de marzo de 2017, y 2231,",
        {f"{_SC}2347(2017)": "2017-03-24", f"{_SC}2231(2015)": None},
    ),
    (
        "ru",
        "ссылаясь на резолюции Совета Безопасности S/RES/2347 от 24 марта 2017 года и 2231,",
        {f"{_SC}2347(2017)": "2017-03-24", f"{_SC}2231(2015)": None},
    ),
    (
        "ar",
        "وإذ تشير إلى قراري مجلس الأمن S/RES/2347 المؤرخ 24 آذار/مارس 2017 و 2231،",
        {f"{_SC}2347(2017)": "2017-03-24", f"{_SC}2231(2015)": None},
    ),
]

# … in Chinese, the number's marks of a list before the noun, after the symbol
_AFTER_COUNCIL_SYMBOL_ZH: list[Row] = [
    (
        "zh",
        "回顾安全理事会2017年3月24日S/RES/2347号和第2231号决议，",
        {f"{_SC}2347(2017)": "2017-03-24", f"{_SC}2231(2015)": None},
    ),
    (
        "zh",
        "回顾安全理事会S/RES/2349号、第2231号和第2388号决议，",
        {f"{_SC}2349(2017)": None, f"{_SC}2231(2015)": None, f"{_SC}2388(2017)": None},
    ),
]

# look-alikes: the date's year; a count; a paragraph; no date; another series after the date;
# another noun after the Chinese list
_AFTER_COUNCIL_SYMBOL_SAME: list[Row] = [
    ("zh", "回顾安全理事会S/RES/2349号决议和第2231号文件，", {f"{_SC}2349(2017)": None}),
    ("zh", "回顾S/RES/2349号和第5号文件，", {f"{_SC}2349(2017)": None}),
    ("en", "Recalling resolution S/RES/2347 of 24 March 2017 and 2017,", {f"{_SC}2347(2017)": "2017-03-24"}),
    (
        "en",
        "Recalling resolution S/RES/2347 of 24 March 2017 and 140 other texts,",
        {f"{_SC}2347(2017)": "2017-03-24"},
    ),
    (
        "en",
        "Recalling resolution S/RES/2347 of 24 March 2017 and paragraph 4 thereof,",
        {f"{_SC}2347(2017)": "2017-03-24"},
    ),
    (
        "en",
        "Recalling resolution S/RES/2347 of 24 March 2017 and 3/2 of the annex,",
        {f"{_SC}2347(2017)": "2017-03-24"},
    ),
    (
        "en",
        "Recalling Security Council resolutions S/RES/2347 (2017) and 2231 (2015),",
        {f"{_SC}2347(2017)": None, f"{_SC}2231(2015)": None},
    ),
]

# Chinese: a footnote's marker glued after a number's mark, before the list word
_R = "A/RES/"
_MARKED_NOTES: list[Row] = [
    ("zh", "回顾第66/288号1、67/203号决议，", {f"{_R}66/288": None, f"{_R}67/203": None}),
    ("zh", "回顾第66/288号¹、67/203号决议，", {f"{_R}66/288": None, f"{_R}67/203": None}),
    ("zh", "回顾第66/288号1和第67/203号决议，", {f"{_R}66/288": None, f"{_R}67/203": None}),
    ("zh", "回顾第66/288²、67/203号决议，", {f"{_R}66/288": None, f"{_R}67/203": None}),
    (
        "zh",
        "回顾大会第66/288号1、67/203号2和69/313号决议3，",
        {f"{_R}66/288": None, f"{_R}67/203": None, f"{_R}69/313": None},
    ),
    (
        "zh",
        "回顾2012年7月27日第66/288号1和第66/290号决议，",
        {f"{_R}66/288": "2012-07-27", f"{_R}66/290": "2012-07-27"},
    ),
]
# look-alikes: no marker; each number with its noun and marker; a paragraph after the noun
_MARKED_NOTES_SAME: list[Row] = [
    ("zh", "回顾第66/288号、67/203号决议，", {f"{_R}66/288": None, f"{_R}67/203": None}),
    ("zh", "回顾第66/288号决议1、第67/203号决议2，", {f"{_R}66/288": None, f"{_R}67/203": None}),
    ("zh", "回顾第66/288号决议第1、2段，", {f"{_R}66/288": None}),
    ("zh", "回顾第66/288号12个会员国，", {}),
]


@pytest.mark.parametrize(
    ("lang", "para", "expected"),
    by_language(
        _AFTER_COUNCIL_SYMBOL + _AFTER_COUNCIL_SYMBOL_ZH + _MARKED_NOTES,
        _AFTER_COUNCIL_SYMBOL_SAME + _MARKED_NOTES_SAME,
    ),
)
def test_lists_go_on(lang: str, para: str, expected: dict[str, str | None]) -> None:
    assert_exact(f"{GA[lang]}{para}\n", expected)


# read before, kept: a bounded range of numbers (at most RANGE_SPAN members), each language's range
# word; two numbers of a Council considered with their dates (Arabic); an adoption's date after
# the list, for every number of it, and none where the session cannot have adopted it that day
def _span(lo: int, hi: int) -> dict[str, str | None]:
    return {f"{_R}61/{n}": None for n in range(lo, hi + 1)}


_KEPT: list[Row] = [
    ("en", "Recalling resolutions 61/3 to 61/7,", _span(3, 7)),
    ("en", "Recalling resolutions 61/3–61/7,", _span(3, 7)),
    ("fr", "Rappelant les résolutions 61/3 à 61/7,", _span(3, 7)),
    ("es", "Recordando las resoluciones 61/3 a 61/7,", _span(3, 7)),
    ("ru", "ссылаясь на резолюции 61/3–61/7,", _span(3, 7)),
    ("zh", "回顾第61/3至61/7号决议，", _span(3, 7)),
    ("ar", "وإذ تشير إلى القرارات من 61/3 إلى 61/7،", _span(3, 7)),
    ("en", "Recalling resolutions 61/3 to 61/90,", {f"{_R}61/3": None, f"{_R}61/90": None}),
    (
        "ar",
        "وإذ تشير إلى أن المجلس نظر، في دورته التاسعة والعشرين، في قراريه 29/4 المؤرخ 2 تموز/يوليه 2015"
        " و 29/9 المؤرخ 3 تموز/يوليه 2015،",
        {"A/HRC/RES/29/4": "2015-07-02", "A/HRC/RES/29/9": "2015-07-03"},
    ),
    (
        "en",
        "Welcoming the adoption by the Human Rights Council of its resolutions 51/14 and 51/21 of"
        " 6 October 2022,",
        {"A/HRC/RES/51/14": "2022-10-06", "A/HRC/RES/51/21": "2022-10-06"},
    ),
    (
        "en",
        "Welcoming the adoption by the General Assembly of its resolutions 77/1 and 77/2 of 7 October 2022,",
        {f"{_R}77/1": "2022-10-07", f"{_R}77/2": "2022-10-07"},
    ),
    (
        "en",
        "Welcoming the adoption by the General Assembly of its resolutions 54/9 and 54/10 of 7 October 2022,",
        {f"{_R}54/9": None, f"{_R}54/10": None},
    ),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language([], _KEPT))
def test_kept(lang: str, para: str, expected: dict[str, str | None]) -> None:
    assert_exact(f"{GA[lang]}{para}\n", expected)
