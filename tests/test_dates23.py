"""Dates still lost in secondary text (issue 7): a Chinese manner of adoption between the date
and its verb ("于…以…票…通过", "于…未经表决通过"), the verb of the adoption inside the bracket
of a Chinese number's date, a legal citation's date after the title between commas, and a bare
date straight after a number that a verb of adoption governs — with look-alikes that must keep
no date.  The passages are invented for these tests."""

from __future__ import annotations

import pytest

from passages import assert_exact, by_tables

# (language, passage, each target with its date, None: undated)
Row = tuple[str, str, dict[str, str | None]]

_GA_69_88: dict[str, str | None] = {"A/RES/69/88": "2014-12-11"}
_GA_72_241: dict[str, str | None] = {"A/RES/72/241": "2017-12-20"}
_SC_2462: dict[str, str | None] = {"S/RES/2462(2019)": "2019-03-28"}

# a Chinese manner of adoption between "于<date>" (or the date alone) and the verb
_ZH_MANNER: list[Row] = [
    ("zh", "大会于2014年12月11日以152票赞成、6票反对、19票弃权通过第69/88号决议。", _GA_69_88),
    ("zh", "大会于2017年12月20日未经表决通过第72/241号决议。", {"A/RES/72/241": "2017-12-20"}),
    ("zh", "大会于2016年12月23日以协商一致方式通过了第71/290号决议。", {"A/RES/71/290": "2016-12-23"}),
    ("zh", "安理会2019年3月28日通过了第2463(2019)号决议。", {"S/RES/2463(2019)": "2019-03-28"}),
    ("zh", "安理会于2019年3月28日一致通过第2462(2019)号决议。", {"S/RES/2462(2019)": "2019-03-28"}),
    ("zh", "人权理事会2021年7月13日以31票赞成通过第47/17号决议。", {"A/HRC/RES/47/17": "2021-07-13"}),
]
_ZH_MANNER_SAME: list[Row] = [
    ("zh", "大会以152票赞成、6票反对、19票弃权通过第69/88号决议。", {"A/RES/69/88": None}),
    ("zh", "大会未经表决通过第72/241号决议；2017年共举行了12次会议。", {"A/RES/72/241": None}),
]


# the verb of the adoption after the date inside the bracket after a Chinese number's noun
_ZH_BRACKET: list[Row] = [
    ("zh", "安理会第2379号决议（2017年9月21日通过）要求设立调查组。", {"S/RES/2379(2017)": "2017-09-21"}),
    ("zh", "见第73/195号决议(2018年12月19日通过)，第4段。", {"A/RES/73/195": "2018-12-19"}),
    ("zh", "大会第74/270号决议（2020年4月2日一致通过）。", {"A/RES/74/270": "2020-04-02"}),
]
_ZH_BRACKET_SAME: list[Row] = [
    ("zh", "见第73/195号决议(2018年12月19日)，第4段。", {"A/RES/73/195": "2018-12-19"}),
    ("zh", "见第73/195号决议（通过于大会第六十届会议）。", {"A/RES/73/195": None}),
]


# a legal citation: the abbreviated noun, the number, the title between commas, then the date
_TITLE_COMMA: list[Row] = [
    (
        "fr",
        "AGNU, Rés. 2200 A (XXI), Pacte international relatif aux droits civils et politiques, "
        "16 décembre 1966, art. 9.",
        {"A/RES/2200A(XXI)": "1966-12-16", "UNTS/999/14668": None},
    ),
    (
        "es",
        "AGNU, Res. 61/106, Convención sobre los derechos de las personas con discapacidad, "
        "13 de diciembre de 2006.",
        {"A/RES/61/106": "2006-12-13", "UNTS/2515/44910": None},
    ),
    (
        "en",
        "G.A. Res. 41/128, Declaration on the Right to Development, 4 December 1986, art. 2.",
        {"A/RES/41/128": "1986-12-04"},
    ),
    (
        "en",
        "See G.A. Res. 2625 (XXV), Friendly Relations Declaration, 24 October 1970; and later texts.",
        {"A/RES/2625(XXV)": "1970-10-24"},
    ),
]
_TITLE_COMMA_SAME: list[Row] = [
    # (one word, a place, is no title; a figure or a full stop in the stretch; no abbreviation)
    ("en", "G.A. Res. 41/128, Geneva, 4 December 1986.", {"A/RES/41/128": None}),
    ("en", "G.A. Res. 41/128, para. 3, 4 December 1986 meeting notes.", {"A/RES/41/128": None}),
    ("en", "G.A. Res. 41/128, Report of the 3rd Committee, 4 December 1986.", {"A/RES/41/128": None}),
    ("en", "In resolution 41/128, Member States agreed, 4 December 1986.", {"A/RES/41/128": None}),
]


# a bare date straight after a number whose noun follows a verb of adoption
_BARE: list[Row] = [
    (
        "ru",
        "Генеральная Ассамблея приняла резолюцию 69/88 11 декабря 2014 года 152 голосами.",
        {"A/RES/69/88": "2014-12-11"},
    ),
    ("ru", "Совет Безопасности принял резолюцию 2462 (2019) 28 марта 2019 года.", _SC_2462),
    ("ru", "Затем Ассамблея единогласно приняла резолюцию 72/241 20 декабря 2017 года.", _GA_72_241),
]
_BARE_SAME: list[Row] = [
    ("ru", "ссылаясь на резолюцию 69/88 11 декабря 2014 года Комитет отметил.", {"A/RES/69/88": None}),
    ("ru", "В докладе A/69/512 11 декабря 2014 года Комитет отметил.", {"A/69/512": None}),
    ("ru", "Ассамблея приняла резолюцию 69/88 и 11 декабря 2014 года закрыла сессию.", {"A/RES/69/88": None}),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    by_tables(
        zh_manner=(_ZH_MANNER, _ZH_MANNER_SAME),
        zh_bracket=(_ZH_BRACKET, _ZH_BRACKET_SAME),
        title_comma=(_TITLE_COMMA, _TITLE_COMMA_SAME),
        bare=(_BARE, _BARE_SAME),
    ),
)
def test_dates_in_secondary_text(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected)
