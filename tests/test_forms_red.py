"""Forms found missing by a red team in six languages: French and Spanish legal citation styles,
dates in brackets and month-first dates, tables of tab-, space- and HTML-separated cells, dated
lists cut by a page break and a footnote block, ranges of full symbols, bodies named after a list,
Arabic special-session marks, Chinese pinpoints after the noun, and the names of bodies outside
the main series in Arabic and Chinese — table-driven, every passage written for these tests."""

from __future__ import annotations

import pytest

from passages import assert_passage, by_language
from rescite.engine.extract import extract_text

# (language, passage, {target: date or None})
ROWS: list[tuple[str, str, dict[str, str | None]]] = [
    # -- French and Spanish legal styles: abbreviated noun and body, no preposition
    (
        "fr",
        "12 Voir Rés. AG 59/250 et Rés. CS 1820 (2008).",
        {"A/RES/59/250": None, "S/RES/1820(2008)": None},
    ),
    ("fr", "13 Res. AGNU 66/290, par. 3.", {"A/RES/66/290": None}),
    (
        "es",
        "14 Véase Res. AG 63/250 y Res. CSNU 2118 (2013).",
        {"A/RES/63/250": None, "S/RES/2118(2013)": None},
    ),
    # -- dates in brackets after the number or the symbol (OSCOLA, French and Spanish styles)
    ("en", "15 UNGA Res 67/19 (29 November 2012) UN Doc A/RES/67/19.", {"A/RES/67/19": "2012-11-29"}),
    ("fr", "16 Voir A/RES/66/290 (10 septembre 2012).", {"A/RES/66/290": "2012-09-10"}),
    ("es", "17 Véase A/RES/68/262 (27 de marzo de 2014).", {"A/RES/68/262": "2014-03-27"}),
    ("fr", "18 Rés. AG 59/250, par. 7 (22 décembre 2004).", {"A/RES/59/250": "2004-12-22"}),
    # -- month-first dates of the Bluebook, the year of an S/RES symbol from its date
    (
        "en",
        "18 Ibid., para. 4.\n19 S.C. Res. 2118, U.N. Doc. S/RES/2118 (Sept. 27, 2013).",
        {"S/RES/2118(2013)": "2013-09-27"},
    ),
    ("en", "20 G.A. Res. 2106 (XX) (Dec. 21, 1965).", {"A/RES/2106(XX)": "1965-12-21"}),
    ("en", "21 G.A. Res. 67/19, ¶ 2 (Nov. 29, 2012).", {"A/RES/67/19": "2012-11-29"}),
    ("en", "Recalling its resolution 59/250 of December 22, 2004,", {"A/RES/59/250": "2004-12-22"}),
    # -- a Russian date followed by the word for "year" before the symbol
    (
        "ru",
        "ссылаясь на заявление Председателя от 14 марта 2019 года (S/PRST/2019/2),",
        {"S/PRST/2019/2": "2019-03-14"},
    ),
    # -- a range of two full symbols, bodies named after a list or range
    ("en", "See the notes verbales A/77/561 to A/77/564.", {f"A/77/{n}": None for n in range(561, 565)}),
    (
        "en",
        "Recalling resolutions 30/2 and 31/4 of the Commission on Crime Prevention and Criminal Justice,",
        {"E/CN.15/RES/30/2": None, "E/CN.15/RES/31/4": None},
    ),
    # bodies without an id scheme: unresolved, never bound to the Council or the Assembly
    ("en", "Noting decisions 2020/1 to 2020/3 of the Executive Board of UNICEF,", {}),
    # -- a footnote marker after the comma of a dated list
    (
        "en",
        "Recalling its resolutions 68/137 of 18 December 2013,3 69/135 of 12 December 2014 and "
        "70/104 of 10 December 2015,",
        {"A/RES/68/137": "2013-12-18", "A/RES/69/135": "2014-12-12", "A/RES/70/104": "2015-12-10"},
    ),
    # -- Arabic special and emergency special sessions
    (
        "ar",
        "وإذ تشير إلى قراريها دإ-28/1 ودإط-11/3، وإلى قرارها 3202 (دإ-6)،",
        {"A/RES/S-28/1": None, "A/RES/ES-11/3": None, "A/RES/3202(S-VI)": None},
    ),
    ("ar", "وإذ تشير إلى قرار الجمعية العامة د إ ط-10/19،", {"A/RES/ES-10/19": None}),
    # -- bodies outside the main series named in Arabic and Chinese: unresolved, never the GA's
    (
        "ar",
        "وإذ تشير إلى مقرر المجلس التنفيذي لليونيسيف 2020/7 وإلى قرار اللجنة الاقتصادية لأفريقيا 940 (د-49)،",
        {},
    ),
    ("zh", "注意到儿基会执行局第2020/7号决定和非洲经济委员会第940(XLIX)号决议，", {}),
    ("zh", "回顾世界卫生大会第72/8号决议和大会第72/8号决议，", {"A/RES/72/8": None}),
    # -- a conference's coded decision glued to the Chinese number marks
    ("zh", "还回顾缔约方会议第2/CMA.4号决定，", {"FCCC/PA/CMA/DEC/4/2": None}),
    # -- a dated list goes on after a clause set off by commas
    (
        "fr",
        "Rappelant ses résolutions 1803 (XVII) du 14 décembre 1962, 2158 (XXI) du 25 novembre 1966, par "
        "laquelle elle a réaffirmé ce droit, 3171 (XXVIII) du 17 décembre 1973,",
        {
            "A/RES/1803(XVII)": "1962-12-14",
            "A/RES/2158(XXI)": "1966-11-25",
            "A/RES/3171(XXVIII)": "1973-12-17",
        },
    ),
    # -- treaties named in Russian (in the case the verb governs), Arabic (after a glued "and") and
    # Chinese, their ids from the table of known instruments
    (
        "ru",
        "ссылаясь на Конвенцию о правах инвалидов и на Международную конвенцию о ликвидации всех форм "
        "расовой дискриминации, а также на Факультативный протокол к Конвенции против пыток и других "
        "жестоких, бесчеловечных или унижающих достоинство видов обращения и наказания,",
        {"UNTS/2515/44910": None, "UNTS/660/9464": None, "UNTS/2375/24841": None},
    ),
    (
        "ar",
        "وإذ تشير إلى اتفاقية حقوق الأشخاص ذوي الإعاقة والعهد الدولي الخاص بالحقوق الاقتصادية والاجتماعية "
        "والثقافية وبروتوكول مكافحة تهريب المهاجرين عن طريق البر والبحر والجو،",
        {"UNTS/2515/44910": None, "UNTS/993/14531": None, "UNTS/2241/39574": None},
    ),
    (
        "zh",
        "回顾《关于难民地位的公约》、《消除一切形式种族歧视国际公约》和《国际刑事法院罗马规约》，",
        {"UNTS/189/2545": None, "UNTS/660/9464": None, "UNTS/2187/38544": None},
    ),
    # -- a Chinese range with the number marks around the range word
    ("zh", "回顾大会第ES-11/1号至第ES-11/3号决议，", {f"A/RES/ES-11/{n}": None for n in (1, 2, 3)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(ROWS))
def test_red_team_forms(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_passage(text, expected)
    # the language's own file reads it as well as the detection does
    res = extract_text(text, lang=lang)
    assert {c.target for c in res.citations if c.target} == set(expected)


@pytest.mark.parametrize(
    ("text", "pinpoints"),
    [
        ("回顾大会第66/290号决议第3段，", {"A/RES/66/290": "第3段"}),
        ("回顾大会第59/250号决议附件二，", {"A/RES/59/250": "附件二"}),
        (
            "回顾大会第59/250号决议附件一第4段和第67/19号决议，",
            {"A/RES/59/250": "附件一第4段", "A/RES/67/19": None},
        ),
    ],
)
def test_chinese_pinpoint_after_the_noun(text: str, pinpoints: dict[str, str | None]) -> None:
    got = {c.target: c.pinpoint for c in extract_text(text, lang="zh").citations}
    assert got == pinpoints


def test_legal_style_pinpoint_before_a_bracketed_date() -> None:
    (c,) = extract_text("21 G.A. Res. 67/19, ¶ 2 (Nov. 29, 2012).", lang="en").citations
    assert (c.target, c.pinpoint, c.date) == ("A/RES/67/19", "¶ 2", "2012-11-29")


# -- tables: tabs, PDF lines with columns apart by runs of spaces, HTML cells ------------------
TAB_TABLE = (
    "Annex\n\nResolutions adopted by the Commission on the Status of Women\n\n"
    "Resolution\tTitle\tDate of adoption\n"
    "64/1\tPolitical declaration on the anniversary\t9 March 2020\n"
    "65/2b\tWomen and girls in rural areas\t26 March 2021\n"
)
PDF_TABLE = (
    "Decisions adopted by the Commission on Narcotic Drugs at its sixty-fifth session\n"
    "Decision        Title                                   Date\n"
    "65/101          Provisional agenda of the next session    18 March 2022\n"
    "65/102a         Changes in the scope of control           18 March 2022\n"
)
PDF_GA_TABLE = (
    "List of resolutions adopted on the reports of the Sixth Committee\n"
    "Resolution     Title                                          Date\n"
    "77/97          Responsibility of international organizations  7 December 2022\n"
    "77/98          Crimes against humanity                        7 December 2022\n"
)
HTML_TABLE = (
    "<html><body><h3>Resolutions adopted by the General Assembly</h3>\n<table>\n"
    "<tr><th>Resolution</th><th>Title</th><th>Adopted</th></tr>\n"
    "<tr>\n  <td>76/5<sup>c</sup></td>\n  <td>Sport for development &amp; peace</td>\n"
    "  <td>2 December 2021</td>\n</tr>\n"
    "<tr><td>76/6</td><td>Olympic Truce</td><td>2 December 2021</td></tr>\n</table></body></html>"
)
TABLES: list[tuple[str, list[tuple[str, str | None]]]] = [
    (TAB_TABLE, [("E/CN.6/RES/64/1", "2020-03-09"), ("E/CN.6/RES/65/2", "2021-03-26")]),
    (PDF_TABLE, [("E/CN.7/DEC/65/101", "2022-03-18"), ("E/CN.7/DEC/65/102", "2022-03-18")]),
    (PDF_GA_TABLE, [("A/RES/77/97", "2022-12-07"), ("A/RES/77/98", "2022-12-07")]),
    (HTML_TABLE, [("A/RES/76/5", "2021-12-02"), ("A/RES/76/6", "2021-12-02")]),
]


@pytest.mark.parametrize(("text", "want"), TABLES, ids=["tabs", "pdf-other-body", "pdf", "html"])
def test_tables_of_every_reader(text: str, want: list[tuple[str, str | None]]) -> None:
    res = extract_text(text, lang="en")
    got = [(c.target, c.date) for c in res.citations if c.target]
    assert got == want
    for c in res.citations:
        assert text[c.start : c.end] == c.text


def test_pdf_line_of_prose_with_double_spaces_is_no_table() -> None:
    text = "The resolutions listed below\nwere adopted.  62/149  was not among them.\n"
    assert extract_text(text, lang="en").targets() == []


# -- a long dated list cut by a page break and a footnote block ---------------------------------
PAGE_BREAK = (
    "The General Assembly,\n\n"
    "Recalling its resolutions 59/118 of 10 December 2004, 60/107 of 8 December 2005, "
    "61/123 of 14 December 2006,4 62/103 of 17 December 2007,\n\n"
    "_______________\n"
    "4 See Official Records of the General Assembly, Sixty-first Session, Supplement No. 10 (A/61/10).\n"
    "21-04567\t2/9\n\n"
    "A/RES/75/301\n\n"
    "63/118 of 11 December 2008, 64/114 of 16 December 2009 and 65/27 of 6 December 2010,\n"
)


def test_dated_list_over_a_page_break_keeps_every_item_and_date() -> None:
    res = extract_text(PAGE_BREAK, lang="en")
    dated = {c.target: c.date for c in res.citations if c.target and c.target.startswith("A/RES/")}
    assert dated == {
        "A/RES/59/118": "2004-12-10",
        "A/RES/60/107": "2005-12-08",
        "A/RES/61/123": "2006-12-14",
        "A/RES/62/103": "2007-12-17",
        "A/RES/63/118": "2008-12-11",
        "A/RES/64/114": "2009-12-16",
        "A/RES/65/27": "2010-12-06",
    }
    assert "A/61/10" in res.targets()
