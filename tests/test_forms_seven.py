"""Forms found missing by passages written in UN style for stop 10 (invented numbers and dates; the
whole set is in tests/fixtures/coverage, rows "forms7: …"): dates written as a list before the
numbers or the bracket of symbols they date, one for each in order; the own id of a copy headed by
a metadata label, the link it was copied from, a catalogue entry or a title line naming the
organisation; headings of decisions in Chinese and Arabic; a legal citation's year after a
symbol; a list of dated numbers under its heading.  Each form with the look-alikes that must not
change (more dates than numbers, a citation standing alone, a line that is no heading)."""

from __future__ import annotations

import pytest

from passages import assert_passage
from rescite.engine.extract import extract_text

# (language, passage, {target: date or None}) — every target, with the date it must carry
DATED: list[tuple[str, str, dict[str, str | None]]] = [
    # Chinese: dates before the numbers, one for each in order ("分别于…和…通过的")
    (
        "zh",
        "大会，\n\n回顾其分别于2004年12月20日和2009年12月18日通过的第59/193和64/170号决议，",
        {"A/RES/59/193": "2004-12-20", "A/RES/64/170": "2009-12-18"},
    ),
    (
        "zh",
        "大会，\n\n回顾其分别于2001年12月19日、2004年12月20日和2009年12月18日通过的第56/166、59/193和64/170号决议，",
        {"A/RES/56/166": "2001-12-19", "A/RES/59/193": "2004-12-20", "A/RES/64/170": "2009-12-18"},
    ),
    # … one for each lettered part
    (
        "zh",
        "大会，\n\n回顾其1996年12月12日和1997年6月18日第51/158 A和B号决议，",
        {"A/RES/51/158A": "1996-12-12", "A/RES/51/158B": "1997-06-18"},
    ),
    # … the number marks repeated ("第…号和第…号")
    (
        "zh",
        "大会，\n\n回顾其分别于1999年12月17日和2002年12月18日通过的第54/182号和第57/227号决议，",
        {"A/RES/54/182": "1999-12-17", "A/RES/57/227": "2002-12-18"},
    ),
    # one date before two numbers: both its ("第5/1和第5/2号")
    (
        "zh",
        "人权理事会，\n\n回顾理事会2011年3月25日第16/21和第16/22号决议，",
        {"A/HRC/RES/16/21": "2011-03-25", "A/HRC/RES/16/22": "2011-03-25"},
    ),
    # negative: more dates than numbers — the number takes none of them
    (
        "zh",
        "大会，\n\n回顾其2004年12月20日、2006年12月19日和2009年12月18日第64/170号决议，",
        {"A/RES/64/170": None},
    ),
    # a bracket of symbols after as many dates, in every language
    (
        "en",
        "The Security Council,\n\nRecalling the statements by its President of 3 May 2012 and 28 June 2017 "
        "(S/PRST/2012/14 and S/PRST/2017/9),",
        {"S/PRST/2012/14": "2012-05-03", "S/PRST/2017/9": "2017-06-28"},
    ),
    (
        "en",
        "The Security Council,\n\nRecalling the statements by its President of 3 May 2012, 9 January 2014 "
        "and 28 June 2017 (S/PRST/2012/14, S/PRST/2014/1 and S/PRST/2017/9),",
        {"S/PRST/2012/14": "2012-05-03", "S/PRST/2014/1": "2014-01-09", "S/PRST/2017/9": "2017-06-28"},
    ),
    (
        "fr",
        "Le Conseil de sécurité,\n\nRappelant les déclarations de sa présidence en date des 3 mai 2012 et "
        "28 juin 2017 (S/PRST/2012/14 et S/PRST/2017/9),",
        {"S/PRST/2012/14": "2012-05-03", "S/PRST/2017/9": "2017-06-28"},
    ),
    (
        "es",
        "El Consejo de Seguridad,\n\nRecordando las declaraciones de la Presidencia de 3 de mayo de 2012 y "
        "28 de junio de 2017 (S/PRST/2012/14 y S/PRST/2017/9),",
        {"S/PRST/2012/14": "2012-05-03", "S/PRST/2017/9": "2017-06-28"},
    ),
    (
        "ru",
        "Совет Безопасности,\n\nссылаясь на заявления своего Председателя от 3 мая 2012 года и 28 июня "
        "2017 года (S/PRST/2012/14 и S/PRST/2017/9),",
        {"S/PRST/2012/14": "2012-05-03", "S/PRST/2017/9": "2017-06-28"},
    ),
    (
        "ar",
        "إن مجلس الأمن،\n\nإذ يشير إلى بياني رئيسه المؤرخين 3 أيار/مايو 2012 و 28 حزيران/يونيه 2017 "
        "(S/PRST/2012/14 و S/PRST/2017/9)،",
        {"S/PRST/2012/14": "2012-05-03", "S/PRST/2017/9": "2017-06-28"},
    ),
    (
        "zh",
        "安全理事会，\n\n回顾其主席2012年5月3日和2017年6月28日的声明(S/PRST/2012/14和S/PRST/2017/9)，",
        {"S/PRST/2012/14": "2012-05-03", "S/PRST/2017/9": "2017-06-28"},
    ),
    # negative: two dates, one symbol — the date next to the bracket stays the symbol's
    (
        "en",
        "The Security Council,\n\nRecalling the statements by its President of 3 May 2012 and 28 June 2017 "
        "(S/PRST/2017/9),",
        {"S/PRST/2017/9": "2017-06-28"},
    ),
    # negative: a bracket that holds more than the symbols — no date is handed out in order
    (
        "en",
        "The Security Council,\n\nRecalling the statements by its President of 3 May 2012 and 28 June 2017 "
        "(S/PRST/2012/14 and S/PRST/2017/9, annex),",
        {"S/PRST/2012/14": None, "S/PRST/2017/9": None},
    ),
    # days of one month, one for each number in order ("of 14 and 15 December 1960")
    (
        "en",
        "The General Assembly,\n\nRecalling its resolutions 1803 (XVII) and 1810 (XVII) of 14 and 17 "
        "December 1962, respectively,",
        {"A/RES/1803(XVII)": "1962-12-14", "A/RES/1810(XVII)": "1962-12-17"},
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nRappelant ses résolutions 1803 (XVII) et 1810 (XVII) des 14 et 17 "
        "décembre 1962,",
        {"A/RES/1803(XVII)": "1962-12-14", "A/RES/1810(XVII)": "1962-12-17"},
    ),
    (
        "es",
        "La Asamblea General,\n\nRecordando sus resoluciones 1803 (XVII) y 1810 (XVII), de 14 y 17 de "
        "diciembre de 1962, respectivamente,",
        {"A/RES/1803(XVII)": "1962-12-14", "A/RES/1810(XVII)": "1962-12-17"},
    ),
    (
        "ru",
        "Генеральная Ассамблея,\n\nссылаясь на свои резолюции 1803 (XVII) и 1810 (XVII) от 14 и 17 "
        "декабря 1962 года, соответственно,",
        {"A/RES/1803(XVII)": "1962-12-14", "A/RES/1810(XVII)": "1962-12-17"},
    ),
    (
        "ar",
        "إن الجمعية العامة،\n\nإذ تشير إلى قراريها 1803 (د-17) و 1810 (د-17) المؤرخين 14 و 17 كانون "
        "الأول/ديسمبر 1962،",
        {"A/RES/1803(XVII)": "1962-12-14", "A/RES/1810(XVII)": "1962-12-17"},
    ),
    # days with their months, sharing the year ("of 27 July and 21 December 2012")
    (
        "en",
        "The General Assembly,\n\nRecalling its resolutions 66/288 and 67/203 of 27 July and 21 December "
        "2012, respectively,",
        {"A/RES/66/288": "2012-07-27", "A/RES/67/203": "2012-12-21"},
    ),
    (
        "es",
        "La Asamblea General,\n\nRecordando sus resoluciones 66/288 y 67/203, de 27 de julio y 21 de "
        "diciembre de 2012, respectivamente,",
        {"A/RES/66/288": "2012-07-27", "A/RES/67/203": "2012-12-21"},
    ),
    (
        "ru",
        "Генеральная Ассамблея,\n\nссылаясь на свои резолюции 66/288 и 67/203 от 27 июля и 21 декабря "
        "2012 года, соответственно,",
        {"A/RES/66/288": "2012-07-27", "A/RES/67/203": "2012-12-21"},
    ),
    (
        "ar",
        "إن الجمعية العامة،\n\nإذ تشير إلى قراريها 66/288 و 67/203 المؤرخين 27 تموز/يوليه و 21 كانون "
        "الأول/ديسمبر 2012،",
        {"A/RES/66/288": "2012-07-27", "A/RES/67/203": "2012-12-21"},
    ),
    # negative: more days than numbers — none is handed out
    (
        "en",
        "The General Assembly,\n\nRecalling its resolutions 1803 (XVII) and 1810 (XVII) of 12, 14 and 17 "
        "December 1962,",
        {"A/RES/1803(XVII)": None, "A/RES/1810(XVII)": None},
    ),
    # Arabic: a treaty note with two volumes (the dual "المجلدان")
    (
        "ar",
        "____________\n(4) الأمم المتحدة، مجموعة المعاهدات، المجلدان 2171 و 2173، الرقم 27531.",
        {"UNTS/2171/27531": None, "UNTS/2173/27531": None},
    ),
    # a list of dated numbers under its heading, a blank line between
    (
        "en",
        "Annex\n\nResolutions on the question adopted since 2016\n\n71/163 of 19 December 2016\n"
        "73/168 of 17 December 2018\n",
        {"A/RES/71/163": "2016-12-19", "A/RES/73/168": "2018-12-17"},
    ),
    (
        "es",
        "Anexo\n\nResoluciones sobre la cuestión aprobadas desde 2016\n\n71/163, de 19 de diciembre de 2016\n"
        "73/168, de 17 de diciembre de 2018\n",
        {"A/RES/71/163": "2016-12-19", "A/RES/73/168": "2018-12-17"},
    ),
    # a Chinese list of final elements ("A/77/321和Corr.1和2")
    (
        "zh",
        "委员会回顾秘书长的报告(A/76/208和Corr.1和2)第7段。",
        {"A/76/208": None, "A/76/208/Corr.1": None, "A/76/208/Corr.2": None},
    ),
    # a date after a comma that ends a legal citation of a symbol
    (
        "es",
        "Véase Consejo de Seguridad, S/RES/2250 (2015), 9 de diciembre de 2015.",
        {"S/RES/2250(2015)": "2015-12-09"},
    ),
    # legal citations: the year in brackets after a document's symbol is a date, not an element
    (
        "en",
        "See G.A. Res. 2106 (XX), U.N. GAOR, 20th Sess., Supp. No. 14, at 47, U.N. Doc. A/6014 (1965); "
        "S.C. Res. 687, U.N. Doc. S/RES/687 (1991).",
        {"A/RES/2106(XX)": None, "A/6014": None, "S/RES/687(1991)": None},
    ),
    # a legal citation alone, nothing after its line: cited, not the own id of a copy
    (
        "fr",
        "Rés. AG 66/290, Doc. NU A/RES/66/290 (10 septembre 2012).",
        {"A/RES/66/290": "2012-09-10"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DATED)
def test_dated(lang: str, text: str, expected: dict[str, str | None]) -> None:
    res = assert_passage(text, expected)
    if "\n" in text:  # (a one-line citation is mostly names and numbers: its language is not asked)
        assert res.document.lang == lang
    for target, date in expected.items():
        if date is None and target.startswith(("S/PRST/", "A/RES/18", "A/RES/6")):
            assert {c.date for c in res.citations if c.target == target} == {None}
    if lang == "zh" and "A/RES/64/170" in expected and expected["A/RES/64/170"] is None:
        assert {c.date for c in res.citations} == {None}


# (language, passage, own id, {targets}): the own id, never a citation of the text
OWN: list[tuple[str, str, str | None, set[str]]] = [
    (
        "en",
        "Document symbol: A/RES/72/179\nTitle: Protection of migrants\n\nThe General Assembly,\n\n"
        "Recalling its resolution 70/147 of 17 December 2015,",
        "A/RES/72/179",
        {"A/RES/70/147"},
    ),
    (
        "fr",
        "Cote : A/RES/72/179\nTitre : Protection des migrants\n\nL'Assemblée générale,\n\nRappelant sa "
        "résolution 70/147 du 17 décembre 2015,",
        "A/RES/72/179",
        {"A/RES/70/147"},
    ),
    (
        "es",
        "Signatura: A/RES/72/179\nTítulo: Protección de los migrantes\n\nLa Asamblea General,\n\nRecordando "
        "su resolución 70/147, de 17 de diciembre de 2015,",
        "A/RES/72/179",
        {"A/RES/70/147"},
    ),
    (
        "ru",
        "Условное обозначение: A/RES/72/179\nНазвание: Защита мигрантов\n\nГенеральная Ассамблея,\n\n"
        "ссылаясь на свою резолюцию 70/147 от 17 декабря 2015 года,",
        "A/RES/72/179",
        {"A/RES/70/147"},
    ),
    (
        "ar",
        "رمز الوثيقة: A/RES/72/179\nالعنوان: حماية المهاجرين\n\nإن الجمعية العامة،\n\nإذ تشير إلى قرارها "
        "70/147 المؤرخ 17 كانون الأول/ديسمبر 2015،",
        "A/RES/72/179",
        {"A/RES/70/147"},
    ),
    (
        "zh",
        "文件号：A/RES/72/179\n标题：保护移民\n\n大会，\n\n回顾其2015年12月17日第70/147号决议，",
        "A/RES/72/179",
        {"A/RES/70/147"},
    ),
    # the link a copy was taken from
    (
        "en",
        "Source: https://undocs.org/en/A/RES/72/179\n\nThe General Assembly,\n\nRecalling its resolution "
        "70/147 of 17 December 2015,",
        "A/RES/72/179",
        {"A/RES/70/147"},
    ),
    # a catalogue entry naming the text ("… : resolution / adopted by …, A/RES/…, available at: …")
    (
        "en",
        "UN General Assembly, Protection of migrants : resolution / adopted by the General Assembly, "
        "20 December 2017, A/RES/72/179, available at: https://www.example.org/docid/x1.html\n\n"
        "The General Assembly,\n\nRecalling its resolution 70/147 of 17 December 2015,",
        "A/RES/72/179",
        {"A/RES/70/147"},
    ),
    (
        "fr",
        "Assemblée générale des Nations Unies, Protection des migrants : résolution / adoptée par "
        "l'Assemblée générale, 20 décembre 2017, A/RES/72/179, disponible sur : https://www.example.org/x1"
        "\n\nL'Assemblée générale,\n\nRappelant sa résolution 70/147 du 17 décembre 2015,",
        "A/RES/72/179",
        {"A/RES/70/147"},
    ),
    # a title line naming the organisation with the body
    (
        "es",
        "Resolución 72/179 de la Asamblea General de las Naciones Unidas\n\nLa Asamblea General,\n\n"
        "Recordando su resolución 70/147, de 17 de diciembre de 2015,",
        "A/RES/72/179",
        {"A/RES/70/147"},
    ),
    (
        "ar",
        "قرار الجمعية العامة للأمم المتحدة 72/179\n\nإن الجمعية العامة،\n\nإذ تشير إلى قرارها 70/147،",
        "A/RES/72/179",
        {"A/RES/70/147"},
    ),
    # the body's line, then the noun and the symbol on a line of their own, then the title
    (
        "en",
        "United Nations General Assembly\nResolution A/RES/72/179\nProtection of migrants\n\nThe General "
        "Assembly,\n\nRecalling its resolution 70/147 of 17 December 2015,",
        "A/RES/72/179",
        {"A/RES/70/147"},
    ),
    (
        "ar",
        "الجمعية العامة للأمم المتحدة\nالقرار A/RES/72/179\nحماية المهاجرين\n\nإن الجمعية العامة،\n\n"
        "إذ تشير إلى قرارها 70/147،",
        "A/RES/72/179",
        {"A/RES/70/147"},
    ),
    # negatives: the symbol on a line of a sentence's words, in either script
    (
        "en",
        "The Commission took note of\nresolution A/RES/72/179\nand decided to consider it further.",
        None,
        {"A/RES/72/179"},
    ),
    (
        "ar",
        "وأحاطت اللجنة علما بما يلي\nالقرار A/RES/72/179\nوقررت أن تنظر فيه لاحقا.",
        None,
        {"A/RES/72/179"},
    ),
    # decisions of the Human Rights Council headed in Chinese and Arabic
    (
        "zh",
        "人权理事会2022年7月8日通过的决定\n\n50/115. 普遍定期审议结果：某国\n\n人权理事会，\n\n"
        "根据大会第60/251号决议，",
        "A/HRC/DEC/50/115",
        {"A/RES/60/251"},
    ),
    (
        "ar",
        "مقرر اعتمده مجلس حقوق الإنسان في 8 تموز/يوليه 2022\n\n50/115 - نتائج الاستعراض الدوري الشامل\n\n"
        "إن مجلس حقوق الإنسان،\n\nإذ يتصرف وفقا لقرار الجمعية العامة 60/251،",
        "A/HRC/DEC/50/115",
        {"A/RES/60/251"},
    ),
    # negatives: a label or a link far down the text names no own id; a symbol the text opens by
    # citing stays a citation; a heading that cites another text is no own id
    (
        "en",
        "The General Assembly,\n\n" + "Recalling its earlier work on the question, " * 16 + "\n\n"
        "Symbol: A/RES/70/147\n\n1. Takes note of the report;",
        None,
        {"A/RES/70/147"},
    ),
    (
        "en",
        "Recalling A/RES/70/147 and its other resolutions on the question,\n\nThe General Assembly decides",
        None,
        {"A/RES/70/147"},
    ),
    (
        "es",
        "Seguimiento de la resolución 70/1 de la Asamblea General de las Naciones Unidas\n\nEl Consejo "
        "Económico y Social,\n\nRecordando la resolución 70/1 de la Asamblea General,",
        None,
        {"A/RES/70/1"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "own", "targets"), OWN)
def test_own_id(lang: str, text: str, own: str | None, targets: set[str]) -> None:
    res = extract_text(text)
    assert res.document.lang == lang
    assert res.document.source_id == own
    assert {c.target for c in res.citations if c.target and not c.target.startswith("pub:")} == targets


def test_a_councils_year_stays_in_its_symbol() -> None:
    found = {c.target for c in extract_text("See S/RES/687 (1991) and S/RES/1373(2001).").citations}
    assert found == {"S/RES/687(1991)", "S/RES/1373(2001)"}


def test_two_blank_lines_end_a_list_under_a_heading() -> None:
    text = "Resolutions on the question adopted since 2016\n\n\n71/163 of 19 December 2016\n"
    assert "A/RES/71/163" not in {c.target for c in extract_text(text).citations}
    # … while one blank line under the heading keeps it
    assert "A/RES/71/163" in {c.target for c in extract_text(text.replace("\n\n\n", "\n\n")).citations}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range of Council resolutions of one year, or of old resolutions of one session
        (
            "Recalling its resolutions 2368 (2017) to 2370 (2017),",
            {"2368 (2017)", "2369 (2017)", "2370 (2017)"},
        ),
        (
            "إذ يشير إلى القرارات من 2368 (2017) إلى 2370 (2017)،",
            {"2368 (2017)", "2369 (2017)", "2370 (2017)"},
        ),
        (
            "Recalling its resolutions 1803 (XVII) to 1805 (XVII),",
            {"1803 (XVII)", "1804 (XVII)", "1805 (XVII)"},
        ),
        # negative: ends of two years — what lies between is not known
        ("Recalling its resolutions 2396 (2017) to 2398 (2018),", {"2396 (2017)", "2398 (2018)"}),
    ],
)
def test_a_range_of_one_year_or_session(text: str, expected: set[str]) -> None:
    found = {c.target for c in extract_text(text).citations if c.target}
    want = {
        (f"S/RES/{n.replace(' ', '')}" if n.split("(")[1][0].isdigit() else f"A/RES/{n.replace(' ', '')}")
        for n in expected
    }
    assert found == want


def test_a_council_number_and_its_year_on_two_indented_lines() -> None:
    text = "The Security Council,\n\n    Reaffirming its resolutions 1540  \n    (2004) and 2325\n\t(2016),"
    assert {c.target for c in extract_text(text).citations} == {"S/RES/1540(2004)", "S/RES/2325(2016)"}


def test_arabic_in_decomposed_form_reads_as_composed() -> None:
    import unicodedata

    text = "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 70/147 المؤرخ 17 كانون الأول/ديسمبر 2015،"
    res = extract_text(unicodedata.normalize("NFD", text))
    assert [(c.target, c.date) for c in res.citations] == [("A/RES/70/147", "2015-12-17")]


def test_a_catalogue_header_wrapped_over_lines_with_its_link_on_the_next() -> None:
    text = (
        "UN General Assembly, Protection of migrants : resolution /\nadopted by the General Assembly, "
        "20 December 2017, A/RES/72/179, available at:\nhttps://www.example.org/docid/x1.html\n\n"
        "The General Assembly,\n\nRecalling its resolution 70/147 of 17 December 2015,"
    )
    res = extract_text(text)
    assert res.document.source_id == "A/RES/72/179"
    assert {c.target for c in res.citations} == {"A/RES/70/147"}


@pytest.mark.parametrize(
    "text",
    [
        # a legal citation wrapped over lines runs on: cited, not the own id of a copy
        "G.A. Res. 72/179, U.N. Doc. A/RES/72/179 (Dec. 20,\n2017); G.A. Res. 70/147, U.N. Doc.\n"
        "A/RES/70/147 (Dec. 17, 2015).",
        # a symbol opening a line near the top, then a closing bracket or a date's bracket
        "The Working Group met on 14 and 15 December 2022 (see\nA/HRC/WG.6/41/1) and adopted its report.",
        "See Human Rights Council Res. 48/13, U.N. Doc.\nA/HRC/RES/48/13 (Oct. 8, 2021).",
    ],
)
def test_a_symbol_near_the_top_that_is_cited(text: str) -> None:
    res = extract_text(text)
    assert res.document.source_id is None
    assert res.citations and all(c.target for c in res.citations)
