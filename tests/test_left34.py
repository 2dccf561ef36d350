"""Leftovers of session twenty-seven: the date written once after a list of three or more
numbers (perhaps after a symbol's bracket) is every number's when none has its own. The
passages are invented for these tests (numbers, dates and wording changed)."""

from __future__ import annotations

import pytest

from passages import GA, SC, assert_exact, by_language
from rescite.engine.extract import extract_text

# (lang, passage, {target: date})
Row = tuple[str, str, dict[str, str | None]]

# a list of three or more numbers, then the one date of them all
_LIST_DATE: list[Row] = [
    (
        "en",
        GA["en"] + "Recalling its resolutions 68/5, 68/6 and 68/9 of 17 October 2013,",
        {"A/RES/68/5": "2013-10-17", "A/RES/68/6": "2013-10-17", "A/RES/68/9": "2013-10-17"},
    ),
    (
        "en",
        GA["en"]
        + "Recalling decisions 1/CP.23, 1/CMP.13 and 1/CMA.1 (FCCC/CP/2017/11/Add.1) of 17 November 2017,",
        {
            "FCCC/CP/DEC/23/1": "2017-11-17",
            "FCCC/KP/CMP/DEC/13/1": "2017-11-17",
            "FCCC/PA/CMA/DEC/1/1": "2017-11-17",
            "FCCC/CP/2017/11/Add.1": None,
        },
    ),
    (
        "fr",
        GA["fr"] + "Rappelant les décisions 3/CMA.2, 5/CMA.2 et 6/CMA.2 (FCCC/PA/CMA/2019/6/Add.1)"
        " du 14 décembre 2019,",
        {
            "FCCC/PA/CMA/DEC/2/3": "2019-12-14",
            "FCCC/PA/CMA/DEC/2/5": "2019-12-14",
            "FCCC/PA/CMA/DEC/2/6": "2019-12-14",
            "FCCC/PA/CMA/2019/6/Add.1": None,
        },
    ),
    (
        "es",
        SC["es"]
        + "Recordando sus resoluciones 2101 (2013), 2102 (2013) y 2104 (2013) de 29 de mayo de 2013,",
        {
            "S/RES/2101(2013)": "2013-05-29",
            "S/RES/2102(2013)": "2013-05-29",
            "S/RES/2104(2013)": "2013-05-29",
        },
    ),
    (
        "ru",
        GA["ru"] + "ссылаясь на свои резолюции 66/11, 66/12 и 66/14 от 18 ноября 2011 года,",
        {"A/RES/66/11": "2011-11-18", "A/RES/66/12": "2011-11-18", "A/RES/66/14": "2011-11-18"},
    ),
    (
        "ru",
        GA["ru"] + "ссылаясь на решения 2/CP.24, 3/CP.24 и 7/CP.24 от 15 декабря 2018 года,",
        {
            "FCCC/CP/DEC/24/2": "2018-12-15",
            "FCCC/CP/DEC/24/3": "2018-12-15",
            "FCCC/CP/DEC/24/7": "2018-12-15",
        },
    ),
    (
        "ar",
        GA["ar"] + "وإذ تشير إلى قراراتها 66/11 و 66/12 و 66/14 المؤرخة 18 تشرين الثاني/نوفمبر 2011،",
        {"A/RES/66/11": "2011-11-18", "A/RES/66/12": "2011-11-18", "A/RES/66/14": "2011-11-18"},
    ),
    (
        "zh",
        GA["zh"] + "回顾2018年12月15日第2/CP.24、3/CP.24和7/CP.24号决定，",
        {
            "FCCC/CP/DEC/24/2": "2018-12-15",
            "FCCC/CP/DEC/24/3": "2018-12-15",
            "FCCC/CP/DEC/24/7": "2018-12-15",
        },
    ),
]
# … but a number with its own date keeps it, and the ones before it take none from after it
_LIST_DATE_SAME: list[Row] = [
    (
        "en",
        GA["en"] + "Recalling its decisions S-29/2 and S-29/3 of 8 June 2017, S-29/4,\nS-29/5 and S-29/6 of"
        " 12 June 2017,",
        {
            "A/DEC/S-29/2": "2017-06-08",
            "A/DEC/S-29/3": "2017-06-08",
            "A/DEC/S-29/4": "2017-06-12",
            "A/DEC/S-29/5": "2017-06-12",
            "A/DEC/S-29/6": "2017-06-12",
        },
    ),
    (
        "zh",
        GA["zh"] + "回顾2018年12月15日第2/CP.24号决定和第3/CP.24号决定，",
        {"FCCC/CP/DEC/24/2": "2018-12-15", "FCCC/CP/DEC/24/3": None},
    ),
    (
        "en",
        GA["en"] + "Recalling its resolutions 68/5 of 3 October 2013, 68/6 and 68/9 of 17 October 2013,",
        {"A/RES/68/5": "2013-10-03", "A/RES/68/6": "2013-10-17", "A/RES/68/9": "2013-10-17"},
    ),
    (
        "en",
        GA["en"] + "Recalling decisions 1/CP.23 and 1/CMA.1 (FCCC/CP/2017/11/Add.1) of 17 November 2017,",
        {
            "FCCC/CP/DEC/23/1": "2017-11-17",
            "FCCC/PA/CMA/DEC/1/1": "2017-11-17",
            "FCCC/CP/2017/11/Add.1": None,
        },
    ),
    (
        "en",
        GA["en"]
        + "Recalling decisions 1/CP.23 of 16 November 2017, 2/CP.23 and 1/CMA.1 of 17 November 2017,",
        {
            "FCCC/CP/DEC/23/1": "2017-11-16",
            "FCCC/CP/DEC/23/2": "2017-11-17",
            "FCCC/PA/CMA/DEC/1/1": "2017-11-17",
        },
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(_LIST_DATE, _LIST_DATE_SAME))
def test_list_shares_its_date(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


# the place or the meeting of the adoption, in any words (after an article, lower-case, or in a
# language without capitals), then the date: the number's
_PLACE_DATE: list[Row] = [
    (
        "en",
        GA["en"] + "Recalling decision 3/CMA.2, adopted at the second session of the meeting of the Parties"
        " on 14 December 2019,",
        {"FCCC/PA/CMA/DEC/2/3": "2019-12-14"},
    ),
    (
        "en",
        GA["en"]
        + "Recalling decision 5/CP.24, adopted at the Climate Change Conference on 15 December 2018,",
        {"FCCC/CP/DEC/24/5": "2018-12-15"},
    ),
    (
        "en",
        GA["en"] + "Recalling decision 5/CP.24, adopted in Katowice, Poland, on 15 December 2018,",
        {"FCCC/CP/DEC/24/5": "2018-12-15"},
    ),
    (
        "fr",
        GA["fr"] + "Rappelant la décision 3/CMA.2, adoptée à la deuxième session de la Conférence des Parties"
        " le 14 décembre 2019,",
        {"FCCC/PA/CMA/DEC/2/3": "2019-12-14"},
    ),
    (
        "es",
        GA["es"]
        + "Recordando la decisión 3/CMA.2, adoptada en el segundo período de sesiones de la Conferencia"
        " de las Partes el 14 de diciembre de 2019,",
        {"FCCC/PA/CMA/DEC/2/3": "2019-12-14"},
    ),
    (
        "ru",
        GA["ru"]
        + "ссылаясь на решение 3/CMA.2, принятое на второй сессии Конференции Сторон 14 декабря 2019 года,",
        {"FCCC/PA/CMA/DEC/2/3": "2019-12-14"},
    ),
    (
        "ru",
        GA["ru"] + "ссылаясь на решение 5/CP.24, принятое в Катовице 15 декабря 2018 года,",
        {"FCCC/CP/DEC/24/5": "2018-12-15"},
    ),
    (
        "ar",
        GA["ar"] + "وإذ تشير إلى المقرر 3/CMA.2 المعتمد في الدورة الثانية لمؤتمر الأطراف"
        " في 14 كانون الأول/ديسمبر 2019،",
        {"FCCC/PA/CMA/DEC/2/3": "2019-12-14"},
    ),
    (
        "zh",
        GA["zh"] + "回顾2019年12月14日在缔约方会议第二届会议上通过的第3/CMA.2号决定，",
        {"FCCC/PA/CMA/DEC/2/3": "2019-12-14"},
    ),
    (
        "zh",
        GA["zh"] + "回顾2013年10月17日在可持续发展问题高级别会议上通过的第68/5号决议，",
        {"A/RES/68/5": "2013-10-17"},
    ),
]
# … but no date after the clause of the adoption's place is not the number's
_PLACE_DATE_SAME: list[Row] = [
    (
        "en",
        GA["en"]
        + "Recalling decision 5/CP.24, adopted at its twenty-fourth session, and the report issued on"
        " 3 May 2019,",
        {"FCCC/CP/DEC/24/5": None},
    ),
    (
        "en",
        GA["en"] + "Recalling resolution 68/5, adopted in 2013, and the report of 4 June 2014,",
        {"A/RES/68/5": None},
    ),
    (
        "en",
        GA["en"] + "Recalling decision 5/CP.24, adopted at Katowice on 15 December 2018,",
        {"FCCC/CP/DEC/24/5": "2018-12-15"},
    ),
    ("ru", GA["ru"] + "ссылаясь на резолюцию 68/5, принятую в 2013 году,", {"A/RES/68/5": None}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(_PLACE_DATE, _PLACE_DATE_SAME))
def test_date_after_the_place_of_adoption(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


# a conference's decision printed with a dash for its number (not yet numbered): one unresolved
# record that keeps its reason and its conference's series, never an id
_UNNUMBERED: list[tuple[str, str, list[str | None]]] = [
    ("en", GA["en"] + "Recalling decisions -/CP.27 and -/CMA.4 on finance,", [None, None]),
    ("en", GA["en"] + "Recalling decision -/CMP.17 and decision 2/CMP.17,", [None, "FCCC/KP/CMP/DEC/17/2"]),
    ("fr", GA["fr"] + "Rappelant la décision -/CP.27 de la Conférence des Parties,", [None]),
    ("es", GA["es"] + "Recordando la decisión –/CMA.4,", [None]),
    ("ru", GA["ru"] + "ссылаясь на решение -/CMA.4,", [None]),
    ("ar", GA["ar"] + "وإذ تشير إلى المقرر -/م أ ت-4،", [None]),
    ("zh", GA["zh"] + "回顾第-/CP.27号决定，", [None]),
    # … but a draft's heading, the text's own designation, cites nothing
    (
        "en",
        "Draft decision -/CP.27\n\nThe Conference of the Parties,\n\nRecalling decision 1/CP.26,",
        ["FCCC/CP/DEC/26/1"],
    ),
    (
        "fr",
        "Projet de décision -/CMA.4\n\nLa Conférence des Parties,\n\nRappelant la décision 1/CMA.3,",
        ["FCCC/PA/CMA/DEC/3/1"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "targets"), by_language(_UNNUMBERED))
def test_unnumbered_decision_is_kept_unresolved(lang: str, text: str, targets: list[str | None]) -> None:
    cits = sorted(extract_text(text, lang=lang).citations, key=lambda c: c.start)
    assert [c.target for c in cits] == targets
    for c in cits:
        if c.target is None:
            assert c.kind == "unresolved"
            assert c.reason
            assert str(c.body).startswith("FCCC/")


# a letter's date before the bracket of its symbol, over a figure in its sender's name (not a
# Council's "N (YYYY)" only); not over a sentence's end in Chinese, nor over another date
_LETTER_DATE: list[Row] = [
    (
        "en",
        SC["en"]
        + "Taking note of the letter dated 9 March 2019 from the Chair of the Panel established pursuant"
        " to paragraph 18 of resolution 1929 (2010) addressed to the President of the Council (S/2019/211),",
        {"S/2019/211": "2019-03-09", "S/RES/1929(2010)": None},
    ),
    (
        "en",
        GA["en"]
        + "Taking note of the letter dated 9 March 2019 from the Permanent Representative of Freedonia,"
        " in its capacity as Chair of the Group of 77 and China, addressed to the Secretary-General"
        " (A/73/802),",
        {"A/73/802": "2019-03-09"},
    ),
    (
        "en",
        GA["en"]
        + "Taking note of the letter dated 9 March 2019 from the Chair of the group established under"
        " decision 4/CP.23 addressed to the Secretary-General (A/73/802),",
        {"A/73/802": "2019-03-09", "FCCC/CP/DEC/23/4": None},
    ),
    (
        "fr",
        SC["fr"]
        + "Prenant note de la lettre datée du 9 mars 2019, adressée au Secrétaire général par le Président"
        " du Comité créé par la résolution 1929 (2010) et la décision 2/3 (S/2019/211),",
        {"S/2019/211": "2019-03-09", "S/RES/1929(2010)": None, "": None},
    ),
    (
        "es",
        GA["es"]
        + "Tomando nota de la carta de fecha 9 de marzo de 2019 dirigida al Secretario General por el"
        " Presidente del Grupo de los 77 y China (A/73/802),",
        {"A/73/802": "2019-03-09"},
    ),
    (
        "ar",
        GA["ar"]
        + "وإذ تحيط علما بالرسالة المؤرخة 9 آذار/مارس 2019 الموجهة إلى الأمين العام من رئيس مجموعة الـ 77"
        " والصين (A/73/802)،",
        {"A/73/802": "2019-03-09"},
    ),
    (
        "zh",
        SC["zh"] + "注意到2019年3月9日第1929(2010)号决议所设专家小组主席给安全理事会主席的信(S/2019/211)，",
        {"S/2019/211": "2019-03-09", "S/RES/1929(2010)": None},
    ),
    (
        "zh",
        GA["zh"] + "注意到2019年3月9日77国集团和中国主席给秘书长的信(A/73/802)，",
        {"A/73/802": "2019-03-09"},
    ),
]
_LETTER_DATE_SAME: list[Row] = [
    (
        "zh",
        SC["zh"] + "注意到2019年3月9日秘书长给安全理事会主席的信。又注意到秘书长的报告(S/2019/211)，",
        {"S/2019/211": None},
    ),
    (
        "en",
        SC["en"] + "Taking note of the letter dated 9 March 2019 from the Secretary-General transmitting the"
        " report of 4 April 2019 (S/2019/211),",
        {"S/2019/211": "2019-04-04"},
    ),
    (
        "en",
        SC["en"]
        + "Taking note of the letter dated 9 March 2019 from the Chair of the Committee established pursuant"
        " to resolution 1929 (2010) addressed to the President of the Council (S/2019/211),",
        {"S/2019/211": "2019-03-09", "S/RES/1929(2010)": None},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(_LETTER_DATE, _LETTER_DATE_SAME))
def test_letter_date_over_a_figure(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)
