"""Forms that meet in one sentence or note (issue 7), found by fresh probes and written here in UN
style (invented numbers, dates and topics): a body outside the Assembly's series, then a list of
the Assembly's texts whose body stands between the noun and the numbers (Arabic); the year in
brackets of a legal citation after a lettered part's symbol; the date bracket that ends a legal
citation whose chain names no document; in Chinese, a date before the noun that a symbol is glued
to. Each form with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from passages import GA, by_language
from rescite.engine.extract import extract_text

Cited = list[tuple[str, str | None, str | None]]


def _cited(text: str) -> Cited:
    return [(c.text, c.target, c.date) for c in extract_text(text).citations]


# a list whose body is written between the noun and the numbers, after a text of another body
_LIST_BODY_AFTER_OTHER: list[tuple[str, str, Cited]] = [
    (
        "ar",
        "وإذ تشير إلى القرار 553 (د-26) للجنة الاقتصادية لأمريكا اللاتينية ومنطقة البحر الكاريبي"
        " وقراري الجمعية العامة 3201 (دإ-6) و 3202 (دإ-6)،",
        [
            ("553 (د-26)", None, None),
            ("3201 (دإ-6)", "A/RES/3201(S-VI)", None),
            ("3202 (دإ-6)", "A/RES/3202(S-VI)", None),
        ],
    ),
    (
        "ar",
        "وإذ تشير إلى المقرر 23/6 لمجلس إدارة برنامج الأمم المتحدة للبيئة وقراري الجمعية العامة 60/1 و 70/1،",
        [("23/6", None, None), ("60/1", "A/RES/60/1", None), ("70/1", "A/RES/70/1", None)],
    ),
    (
        "ar",
        "وإذ تشير إلى القرار WHA62.14 لجمعية الصحة العالمية وقراري الجمعية العامة 64/292 و 70/1،",
        [("WHA62.14", None, None), ("64/292", "A/RES/64/292", None), ("70/1", "A/RES/70/1", None)],
    ),
    (
        "ar",
        "وإذ تشير إلى القرار 553 (د-26) للجنة الاقتصادية لأمريكا اللاتينية ومنطقة البحر الكاريبي"
        " وقراري مجلس الأمن 1325 (2000) و 2250 (2015)،",
        [
            ("553 (د-26)", None, None),
            ("1325 (2000)", "S/RES/1325(2000)", None),
            ("2250 (2015)", "S/RES/2250(2015)", None),
        ],
    ),
]
_LIST_BODY_SAME: list[tuple[str, str, Cited]] = [
    (
        "ar",
        "وإذ تشير إلى قرار مجلس حقوق الإنسان 41/2 وقراري الجمعية العامة 60/1 و 70/1،",
        [("41/2", "A/HRC/RES/41/2", None), ("60/1", "A/RES/60/1", None), ("70/1", "A/RES/70/1", None)],
    ),
    (
        "ru",
        "ссылаясь на решение 23/6 Совета управляющих Программы Организации Объединенных Наций по"
        " окружающей среде и резолюции Генеральной Ассамблеи 60/1 и 70/1,",
        [("23/6", None, None), ("60/1", "A/RES/60/1", None), ("70/1", "A/RES/70/1", None)],
    ),
    (
        "fr",
        "Rappelant la résolution 553 (XXVI) de la Commission économique pour l'Amérique latine et les"
        " Caraïbes et les résolutions de l'Assemblée générale 3201 (S-VI) et 3202 (S-VI),",
        [
            ("553 (XXVI)", None, None),
            ("3201 (S-VI)", "A/RES/3201(S-VI)", None),
            ("3202 (S-VI)", "A/RES/3202(S-VI)", None),
        ],
    ),
    (
        "zh",
        "回顾联合国环境规划署理事会第23/6号决定以及大会第60/1号和第70/1号决议，",
        [("23/6", None, None), ("60/1", "A/RES/60/1", None), ("70/1", "A/RES/70/1", None)],
    ),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_LIST_BODY_AFTER_OTHER, _LIST_BODY_SAME))
def test_a_list_keeps_the_body_written_between_its_noun_and_numbers(
    lang: str, para: str, expected: Cited
) -> None:
    assert _cited(f"{GA[lang]}{para}\n") == expected


# a legal citation's year in brackets after a lettered part's symbol is no element of the symbol
_PART_YEAR: list[tuple[str, str, Cited]] = [
    (
        "fr",
        "Rés. AG 57/270 B, Doc. off. AG NU, 57e sess., Doc. NU A/RES/57/270 B (2003).",
        [("57/270 B", "A/RES/57/270B", None), ("A/RES/57/270 B", "A/RES/57/270B", None)],
    ),
    ("en", "See U.N. Doc. A/RES/49/60 A (1994).", [("A/RES/49/60 A", "A/RES/49/60A", None)]),
    ("es", "Véase el documento A/RES/64/243 B (2010).", [("A/RES/64/243 B", "A/RES/64/243B", None)]),
]
_PART_YEAR_SAME: list[tuple[str, str, Cited]] = [
    ("en", "See U.N. Doc. S/RES/1325 (2000).", [("S/RES/1325 (2000)", "S/RES/1325(2000)", None)]),
    ("en", "See U.N. Doc. A/RES/2200 A (XXI).", [("A/RES/2200 A (XXI)", "A/RES/2200A(XXI)", None)]),
    ("fr", "Voir A/RES/57/270 B (24 juin 2003).", [("A/RES/57/270 B", "A/RES/57/270B", "2003-06-24")]),
]


@pytest.mark.parametrize(("lang", "note", "expected"), by_language(_PART_YEAR, _PART_YEAR_SAME))
def test_the_year_after_a_lettered_part_is_the_citations(lang: str, note: str, expected: Cited) -> None:
    assert _cited(f"{note}\n") == expected


# the date bracket that ends a legal citation whose chain of parts names no document
_CHAIN_DATE: list[tuple[str, str, Cited]] = [
    (
        "en",
        "G.A. Res. 2200A (XXI), U.N. GAOR, 21st Sess. (Dec. 16, 1966).",
        [("2200A (XXI)", "A/RES/2200A(XXI)", "1966-12-16")],
    ),
    (
        "en",
        "G.A. Res. 3314 (XXIX), annex, U.N. GAOR, 29th Sess., Supp. No. 31 (Dec. 14, 1974).",
        [("3314 (XXIX)", "A/RES/3314(XXIX)", "1974-12-14")],
    ),
    (
        "fr",
        "AG, Rés. 2200 A (XXI), Doc. off. AG NU, 21e sess., supp. n° 16 (16 décembre 1966).",
        [("2200 A (XXI)", "A/RES/2200A(XXI)", "1966-12-16")],
    ),
    (
        "es",
        "AG, Res. 3314 (XXIX), Doc. Of. AG NU, 29.º período de sesiones, supl. núm. 31"
        " (14 de diciembre de 1974).",
        [("3314 (XXIX)", "A/RES/3314(XXIX)", "1974-12-14")],
    ),
]
_CHAIN_DATE_SAME: list[tuple[str, str, Cited]] = [
    (
        "en",
        "G.A. Res. 2625 (XXV), annex, U.N. GAOR, 25th Sess., Supp. No. 28, U.N. Doc. A/8082 (Oct. 24, 1970).",
        [("2625 (XXV)", "A/RES/2625(XXV)", "1970-10-24"), ("A/8082", "A/8082", "1970-10-24")],
    ),
    (
        "en",
        "G.A. Res. 2200A (XXI), U.N. GAOR, 21st Sess.; see also the Covenant (Dec. 16, 1966).",
        [("2200A (XXI)", "A/RES/2200A(XXI)", None)],
    ),
]


@pytest.mark.parametrize(("lang", "note", "expected"), by_language(_CHAIN_DATE, _CHAIN_DATE_SAME))
def test_the_date_that_ends_a_legal_chain_without_a_symbol(lang: str, note: str, expected: Cited) -> None:
    assert _cited(f"{note}\n") == expected


# Chinese: the date before the text's noun, the symbol glued to the noun (no bracket)
_DATE_NOUN_GLUED: list[tuple[str, str, Cited]] = [
    (
        "zh",
        "欢迎安全理事会主席2019年5月14日的声明S/PRST/2019/4，",
        [("S/PRST/2019/4", "S/PRST/2019/4", "2019-05-14")],
    ),
    ("zh", "欢迎2018年3月2日的主席声明S/PRST/2018/6，", [("S/PRST/2018/6", "S/PRST/2018/6", "2018-03-02")]),
    (
        "zh",
        "回顾安理会主席2020年7月9日的声明 S/PRST/2020/7，",
        [("S/PRST/2020/7", "S/PRST/2020/7", "2020-07-09")],
    ),
    ("zh", "回顾2015年9月25日的决议A/RES/70/1，", [("A/RES/70/1", "A/RES/70/1", "2015-09-25")]),
]
_DATE_NOUN_GLUED_SAME: list[tuple[str, str, Cited]] = [
    (
        "zh",
        "欢迎安全理事会主席2019年5月14日的声明(S/PRST/2019/4)，",
        [("S/PRST/2019/4", "S/PRST/2019/4", "2019-05-14")],
    ),
    (
        "zh",
        "注意到2019年5月14日的会议，重申安理会主席的声明S/PRST/2015/9，",
        [("S/PRST/2015/9", "S/PRST/2015/9", None)],
    ),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_DATE_NOUN_GLUED, _DATE_NOUN_GLUED_SAME))
def test_a_date_before_the_noun_a_symbol_is_glued_to(lang: str, para: str, expected: Cited) -> None:
    assert _cited(f"{GA[lang]}{para}\n") == expected
