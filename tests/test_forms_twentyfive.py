"""Forms left by the probes of round six, in six languages written in UN style for these tests
(invented numbers, dates and topics): a bare number after a full symbol in a list, past the
symbol's date ("A/RES/ES-11/1 of 2 March 2022 and 70/1"); a Chinese symbol's parts glued to the
number mark ("A/RES/55/12 A和B号"). Each form with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from passages import GA, assert_exact, by_language
from rescite.engine.extract import extract_text

Row = tuple[str, str, dict[str, str | None]]
_R = "A/RES/"
_ES = f"{_R}ES-11/1"


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

# … and the date written before the symbol, glued to it
_CHINESE_DATED: list[Row] = [
    (
        "zh",
        "回顾2000年12月4日A/RES/55/12 A和B号决议，",
        {f"{_R}55/12A": "2000-12-04", f"{_R}55/12B": "2000-12-04"},
    ),
    ("zh", "回顾2000年12月4日A/RES/55/12号决议，", {f"{_R}55/12": "2000-12-04"}),
    ("zh", "回顾其2022年3月2日A/RES/ES-11/1号和第70/1号决议，", {_ES: "2022-03-02", f"{_R}70/1": None}),
    ("zh", "注意到2019年7月8日E/RES/2019/15号决议，", {"E/RES/2019/15": "2019-07-08"}),
    (
        "zh",
        "回顾2001年12月19日A/RES/56/201 A、B和C号决议，",
        {f"{_R}56/201A": "2001-12-19", f"{_R}56/201B": "2001-12-19", f"{_R}56/201C": "2001-12-19"},
    ),
]
# look-alikes: a word between the date and the symbol; a year alone; a report's symbol
_CHINESE_DATED_SAME: list[Row] = [
    # (… but "的" joins a date to its text since real54c: "…日的A/RES/55/12号决议" is "of" that day)
    ("zh", "回顾2000年12月4日的A/RES/55/12号决议，", {f"{_R}55/12": "2000-12-04"}),
    ("zh", "回顾2000年A/RES/55/12号决议，", {f"{_R}55/12": None}),
    # (a document's date glued before its symbol and "号文件" dates it since left42a)
    ("zh", "注意到2019年7月8日A/74/123号文件，", {"A/74/123": "2019-07-08"}),
]

# look-alikes: two capitals glued together are no parts; a symbol without parts
_CHINESE_PARTS_SAME: list[Row] = [
    ("zh", "回顾A/RES/55/12 AB号决议，", {f"{_R}55/12": None}),
    ("zh", "回顾A/RES/55/12号决议和A/55/12号文件，", {f"{_R}55/12": None, "A/55/12": None}),
    ("en", "Recalling A/RES/55/12 A and B,", {f"{_R}55/12A": None, f"{_R}55/12B": None}),
]


# a number's mark after a resolution's noun: the noun's number, not a UNHCR conclusion's shape
_MARK_AFTER_NOUN: list[Row] = [
    ("en", "Recalling resolution No. 3281 (XXIX),", {f"{_R}3281(XXIX)": None}),
    ("es", "Recordando la resolución núm. 3281 (XXIX),", {f"{_R}3281(XXIX)": None}),
    (
        "en",
        "Recalling its resolutions No. 2625 (XXV) and 3314 (XXIX),",
        {f"{_R}2625(XXV)": None, f"{_R}3314(XXIX)": None},
    ),
]
_MARK_AFTER_NOUN_SAME: list[Row] = [
    ("fr", "Rappelant la résolution no 3281 (XXIX),", {f"{_R}3281(XXIX)": None}),
    ("fr", "Rappelant la résolution 3314 (XXIX),", {f"{_R}3314(XXIX)": None}),
]


@pytest.mark.parametrize(
    ("lang", "para", "expected"),
    by_language(
        _AFTER_SYMBOL + _CHINESE_PARTS + _CHINESE_DATED + _MARK_AFTER_NOUN,
        _AFTER_SYMBOL_SAME + _CHINESE_PARTS_SAME + _CHINESE_DATED_SAME + _MARK_AFTER_NOUN_SAME,
    ),
)
def test_lists_after_symbols(lang: str, para: str, expected: dict[str, str | None]) -> None:
    assert_exact(f"{GA[lang]}{para}\n", expected)


# a possessive after a list word: the body named just before it, no number in the clause before
_AND_ITS: list[tuple[str, str, list[tuple[str, str | None, str | None]]]] = [
    (
        "en",
        "Recalling the Executive Board of UNICEF and its decisions 2020/12 and 2021/3,",
        [("2020/12", None, "E/ICEF"), ("2021/3", None, "E/ICEF")],
    ),
    (
        "en",
        "Welcoming the efforts of the Executive Board of UNICEF towards equity and its decision 2019/8,",
        [("2019/8", None, "E/ICEF")],
    ),
    (
        "en",
        "Noting the Executive Board of UNDP/UNFPA/UNOPS and its decision 2022/14,",
        [("2022/14", None, "DP")],
    ),
    ("en", "Noting the Human Rights Council and its resolution 45/3,", [("45/3", "A/HRC/RES/45/3", "A/HRC")]),
    (
        "fr",
        "Rappelant le Conseil d'administration de l'UNICEF et ses décisions 2020/12 et 2021/3,",
        [("2020/12", None, "E/ICEF"), ("2021/3", None, "E/ICEF")],
    ),
    (
        "es",
        "Recordando la Junta Ejecutiva del UNICEF y sus decisiones 2020/12 y 2021/3,",
        [("2020/12", None, "E/ICEF"), ("2021/3", None, "E/ICEF")],
    ),
    (
        "es",
        "Recordando el Consejo de Derechos Humanos y su resolución 45/3,",
        [("45/3", "A/HRC/RES/45/3", "A/HRC")],
    ),
    (
        "zh",
        "回顾儿基会执行局及其第2020/12号和第2021/3号决定，",
        [("2020/12", None, "E/ICEF"), ("2021/3", None, "E/ICEF")],
    ),
    ("zh", "回顾人权理事会及其第45/3号决议，", [("45/3", "A/HRC/RES/45/3", "A/HRC")]),
]

# look-alikes: no body before "and"; another word between; a number in the clause before the body;
# initials, which may stand for another thing
_AND_ITS_SAME: list[tuple[str, str, list[tuple[str, str | None, str | None]]]] = [
    (
        "en",
        "Recalling the Charter of the United Nations and its resolution 70/1,",
        [
            ("Charter of the United Nations", "pub:charter-of-the-united-nations", None),
            ("70/1", "A/RES/70/1", "A"),
        ],
    ),
    (
        "en",
        "Recalling the Executive Board of UNICEF, and recalling its resolution 70/1,",
        [("70/1", "A/RES/70/1", "A")],
    ),
    (
        "en",
        "Recalling its resolution 74/5 on the Executive Board of UNICEF and its resolution 75/3,",
        [("74/5", "A/RES/74/5", "A"), ("75/3", "A/RES/75/3", "A")],
    ),
    (
        "en",
        "Recalling the work of the UNICEF Executive Board, and in particular its decision 2020/12,",
        [("2020/12", None, "E/ICEF")],
    ),
    (
        "en",
        "Recalling further its resolution 52/38 of 9 December 1997, whereby the General Assembly\n"
        "invited Governments to take part in the register, and its resolution 48/61 B,",
        [("52/38", "A/RES/52/38", "A"), ("48/61 B", "A/RES/48/61B", "A")],
    ),
    (
        "en",
        "Noting the study of the ECA on transport and its resolution 71/9,",
        [("71/9", "A/RES/71/9", "A")],
    ),
    ("ru", "ссылаясь на Исполнительный совет ЮНИСЕФ и его решение 2020/12,", [("2020/12", None, "E/ICEF")]),
    (
        "zh",
        "回顾《联合国宪章》及其第70/1号决议，",
        [("联合国宪章", "pub:charter-of-the-united-nations", None), ("70/1", "A/RES/70/1", "A")],
    ),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_AND_ITS, _AND_ITS_SAME))
def test_possessive_after_and(
    lang: str, para: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    res = extract_text(f"{GA[lang]}{para}\n")
    assert [(c.text, c.target, c.body) for c in res.citations] == expected


# French UNHCR Executive Committee conclusions: "no" and "n°" before the number
_CONCLUSIONS: list[tuple[str, str, list[str]]] = [
    ("fr", "Rappelant la conclusion no 109 (LXI) du Comité exécutif,", ["no 109 (LXI)"]),
    (
        "fr",
        "Rappelant la conclusion n° 107 (LVIII) du Comité exécutif du Programme du Haut-Commissaire,",
        ["n° 107 (LVIII)"],
    ),
    (
        "fr",
        "Rappelant les conclusions no 101 (LV) et no 109 (LXI) du Comité exécutif,",
        ["no 101 (LV)", "no 109 (LXI)"],
    ),
    ("fr", "Rappelant la conclusion no 112 (LXVII) sur la coopération internationale,", ["no 112 (LXVII)"]),
    ("fr", "Rappelant la conclusion n° 109 (LXI),", ["n° 109 (LXI)"]),
]

# look-alikes: the Spanish and English marks, read before; a General Assembly number of a session
_CONCLUSIONS_SAME: list[tuple[str, str, list[str]]] = [
    ("es", "Recordando la conclusión núm. 109 (LXI) del Comité Ejecutivo,", ["núm. 109 (LXI)"]),
    ("en", "Recalling conclusion No. 109 (LXI) of the Executive Committee,", ["No. 109 (LXI)"]),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_CONCLUSIONS, _CONCLUSIONS_SAME))
def test_unhcr_conclusions(lang: str, para: str, expected: list[str]) -> None:
    res = extract_text(f"{GA[lang]}{para}\n")
    assert [c.text for c in res.citations] == expected
    for c in res.citations:
        assert (c.target, c.body) == (None, "UNHCR") and c.reason and "no id scheme" in c.reason


# a number in a table cell: its own column's header names its kind (a Word row's cells split by
# " | ", a text table's by tabs), and a header row's last cell is no noun of the next row's number
_SG = {
    "en": "Report of the Secretary-General\n\n",
    "fr": "Rapport du Secrétaire général\n\n",
    "es": "Informe del Secretario General\n\n",
    "ru": "Доклад Генерального секретаря\n\n",
    "zh": "秘书长的报告\n\n",
    "ar": "تقرير الأمين العام\n\n",
}
_RD: dict[str, str | None] = {f"{_R}73/291": None, "A/DEC/73/558": None}
_COLUMNS: list[Row] = [
    ("en", "Resolution | Subject | Decision\n73/291 | South-South cooperation | 73/558\n", _RD),
    ("en", "Year | Resolution | Decision\n2019 | 73/291 | 73/558\n", _RD),
    ("en", "Resolution | Subject | Decision\n73/291 | South-South cooperation\n", {f"{_R}73/291": None}),
    ("en", "Year\tResolution\tDecision\n2019\t73/291\t73/558\n", _RD),
    ("en", "| Year | Resolution | Decision |\n| 2019 | 73/291 | 73/558 |\n", _RD),
    ("fr", "Décision | Résolution\n73/558 | 73/291\n", _RD),
    ("fr", "Résolution | Objet | Décision\n73/291 | Coopération Sud-Sud | 73/558\n", _RD),
    ("es", "Resolución | Tema | Decisión\n73/291 | Cooperación Sur-Sur | 73/558\n", _RD),
    ("ru", "Резолюция | Тема | Решение\n73/291 | Сотрудничество Юг-Юг | 73/558\n", _RD),
    ("zh", "决议 | 主题 | 决定\n73/291 | 南南合作 | 73/558\n", _RD),
    ("ar", "القرار | الموضوع | المقرر\n73/291 | التعاون فيما بين بلدان الجنوب | 73/558\n", _RD),
]
# look-alikes: one kind named in the header
_COLUMNS_SAME: list[Row] = [
    ("en", "Resolution | Subject\n73/291 | South-South cooperation\n", {f"{_R}73/291": None}),
    ("en", "Subject | Decision\nRevitalization | 73/558\n", {"A/DEC/73/558": None}),
    ("zh", "决议 | 主题\n73/291 | 南南合作\n", {f"{_R}73/291": None}),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_COLUMNS, _COLUMNS_SAME))
def test_table_columns(lang: str, para: str, expected: dict[str, str | None]) -> None:
    assert_exact(f"{_SG[lang]}{para}", expected)


# IOM Council resolutions: a resolution's noun, a number's mark and a number, the Council named
# after it; not another body's number written with the mark
_IOM: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    ("en", "Recalling Resolution No. 1309 of the IOM Council,", [("No. 1309", "IOM")]),
    (
        "en",
        "Noting resolution No. 1422 of the Council of the International Organization for Migration,",
        [("No. 1422", "IOM")],
    ),
    ("fr", "Rappelant la résolution no 1309 du Conseil de l'OIM,", [("no 1309", "IOM")]),
    (
        "fr",
        "Rappelant la résolution n° 1422 du Conseil de l'Organisation internationale pour les migrations,",
        [("n° 1422", "IOM")],
    ),
    ("es", "Recordando la resolución núm. 1309 del Consejo de la OIM,", [("núm. 1309", "IOM")]),
    ("ar", "وإذ تشير إلى القرار رقم 1309 لمجلس المنظمة الدولية للهجرة،", [("رقم 1309", "IOM")]),
]

# look-alikes: the Security Council's number; no body named; another noun; a conclusion's shape
_IOM_SAME: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    ("en", "Recalling resolution No. 1325 (2000) of the Security Council,", [("1325 (2000)", "S")]),
    ("ar", "وإذ تشير إلى القرار رقم 1325 (2000) لمجلس الأمن،", [("1325 (2000)", "S")]),
    ("en", "Recalling resolution No. 1309,", []),
    ("en", "See document No. 12 of the IOM Council,", []),
    ("en", "Recalling resolution No. 14 of the Council,", []),
    ("en", "Recalling conclusion No. 109 (LXI) of the Executive Committee,", [("No. 109 (LXI)", "UNHCR")]),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_IOM, _IOM_SAME))
def test_iom_council_resolutions(lang: str, para: str, expected: list[tuple[str, str | None]]) -> None:
    res = extract_text(f"{GA[lang]}{para}\n")
    assert [(c.text, c.body) for c in res.citations] == expected
    assert all(
        c.target is None and c.reason and "no id scheme" in c.reason for c in res.citations if c.body != "S"
    )
