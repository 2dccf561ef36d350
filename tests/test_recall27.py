"""Forms the first wave left out (issue 7, hidden passage and formats sets): the Executive
Boards of the funds and programmes by their own names alone, and more.  Passages written for
these tests in the style of UN texts."""

from __future__ import annotations

import pytest

from passages import Want, assert_records

#: (language — "": left to the engine to detect, as a file's is —, passage, the records it gives,
#: each by its mention)
Row = tuple[str, str, Want]

CHANGED: list[Row] = [
    # the Executive Board of UNDP (with UNFPA and UNOPS) named by one of its programmes alone
    (
        "en",
        "Recalling decision 2021/14 of the Executive Board of the United Nations Development Programme,",
        {"2021/14": (None, "DP", None, None)},
    ),
    (
        "en",
        (
            "Welcoming the Executive Board of the United Nations Development Programme "
            "decision 2022/9 on the plan,"
        ),
        {"2022/9": (None, "DP", None, None)},
    ),
    (
        "en",
        "Noting decision 2020/3 of the Executive Board of the United Nations Population Fund,",
        {"2020/3": (None, "DP", None, None)},
    ),
    (
        "en",
        "Recalling UNDP Executive Board decision 2018/8,",
        {"2018/8": (None, "DP", None, None)},
    ),
    (
        "fr",
        (
            "Rappelant la décision 2021/14 du Conseil d'administration du Fonds des Nations "
            "Unies pour la population,"
        ),
        {"2021/14": (None, "DP", None, None)},
    ),
    (
        "es",
        "Recordando la decisión 2019/2 de la Junta Ejecutiva del UNFPA,",
        {"2019/2": (None, "DP", None, None)},
    ),
    (
        "en",
        "Taking note of decision 2017/4 of the Executive Board of WFP,",
        {"2017/4": (None, "WFP/EB", None, None)},
    ),
    # a list after a colon, its items lettered or numbered, one a line or after a semicolon
    (
        "en",
        (
            "Recalling its resolutions:\n(a) 68/12 of 14 October 2013;\n(b) 69/240 of 19 December 2014;\n"
            "(c) 70/301 of 2 August 2016;"
        ),
        {
            "68/12": ("A/RES/68/12", "A", "2013-10-14", None),
            "69/240": ("A/RES/69/240", "A", "2014-12-19", None),
            "70/301": ("A/RES/70/301", "A", "2016-08-02", None),
        },
    ),
    (
        "en",
        "Recalling its resolutions 66/9; (b) 67/22; and (c) 68/305,",
        {
            "66/9": ("A/RES/66/9", "A", None, None),
            "67/22": ("A/RES/67/22", "A", None, None),
            "68/305": ("A/RES/68/305", "A", None, None),
        },
    ),
    (
        "en",
        "Bearing in mind its resolutions (a) 61/7 of 3 November 2006; and (b) 62/18 of 5 December 2007,",
        {
            "61/7": ("A/RES/61/7", "A", "2006-11-03", None),
            "62/18": ("A/RES/62/18", "A", "2007-12-05", None),
        },
    ),
    (
        "en",
        "Recalling its resolutions: 68/12 of 14 October 2013, 69/240 of 19 December 2014 and 70/301,",
        {
            "68/12": ("A/RES/68/12", "A", "2013-10-14", None),
            "69/240": ("A/RES/69/240", "A", "2014-12-19", None),
            "70/301": ("A/RES/70/301", "A", None, None),
        },
    ),
    (
        "en",
        (
            "Recalling the following decisions of the Human Rights Council:\n(i) 46/3 of 9 "
            "April 2021;\n(ii) 47/8;"
        ),
        {
            "46/3": ("A/HRC/DEC/46/3", "A/HRC", "2021-04-09", None),
            "47/8": ("A/HRC/DEC/47/8", "A/HRC", None, None),
        },
    ),
    (
        "fr",
        "Rappelant ses résolutions :\na) 64/41 du 2 décembre 2009;\nb) 65/87 du 8 décembre 2010;",
        {
            "64/41": ("A/RES/64/41", "A", "2009-12-02", None),
            "65/87": ("A/RES/65/87", "A", "2010-12-08", None),
        },
    ),
    (
        "es",
        (
            "Recordando sus resoluciones:\na) 64/41, de 2 de diciembre de 2009;\nb) 65/87, "
            "de 8 de diciembre de 2010;"
        ),
        {
            "64/41": ("A/RES/64/41", "A", "2009-12-02", None),
            "65/87": ("A/RES/65/87", "A", "2010-12-08", None),
        },
    ),
    # a noun after the bracket that holds the number before: that number's body
    (
        "en",
        (
            "Recalling the decision of the Conference of the Parties to the Convention on Biological "
            "Diversity at its sixteenth meeting (decision 16/2) and decision 16/7,"
        ),
        {"16/2": (None, "CBD/COP", None, None), "16/7": (None, "CBD/COP", None, None)},
    ),
    (
        "fr",
        (
            "Rappelant la décision de la Conférence des Parties à la Convention sur la diversité "
            "biologique à sa seizième réunion (décision 16/2) et la décision 16/7,"
        ),
        {"16/2": (None, "CBD/COP", None, None), "16/7": (None, "CBD/COP", None, None)},
    ),
    # the date of the adoption before the adopting body's name, the number in the bracket after it
    (
        "en",
        (
            "Recalling the work programme adopted on 9 March 2019 by the Statistical "
            "Commission (decision 50/104),"
        ),
        {"50/104": (None, "E/CN.3", "2019-03-09", None)},
    ),
    (
        "fr",
        (
            "Rappelant le plan d'action, adopté le 1er novembre 2024 par la Conférence des Parties à la "
            "Convention sur la diversité biologique (décision 16/2),"
        ),
        {"16/2": (None, "CBD/COP", "2024-11-01", None)},
    ),
    (
        "es",
        (
            "Recordando el plan, aprobado el 1 de noviembre de 2024 por la Conferencia de las Partes en el "
            "Convenio sobre la Diversidad Biológica (decisión 16/2),"
        ),
        {"16/2": (None, "CBD/COP", "2024-11-01", None)},
    ),
    # the place in a report of the Official Records before the text's noun is the report's
    (
        "",
        (
            "Official Records of the Economic and Social Council, 2014, Supplement No. 8 (E/2014/28), "
            "chap. I, sect. B, resolution 57/3."
        ),
        {"E/2014/28": ("E/2014/28", "E", None, None), "57/3": ("E/CN.7/RES/57/3", "E/CN.7", None, None)},
    ),
    (
        "",
        (
            "Documents officiels du Conseil économique et social, 2014, Supplément no 8 (E/2014/28), "
            "chap. I, sect. B, résolution 57/3."
        ),
        {"E/2014/28": ("E/2014/28", "E", None, None), "57/3": ("E/CN.7/RES/57/3", "E/CN.7", None, None)},
    ),
    # the last day of a span of days before the bracket is no day of the text's adoption
    (
        "",
        "Recalling the outcome of the summit held from 14 to 16 June 2010 (resolution 64/290),",
        {"64/290": ("A/RES/64/290", "A", None, None)},
    ),
    (
        "",
        "Rappelant le sommet tenu du 14 au 16 juin 2010 (résolution 64/290),",
        {"64/290": ("A/RES/64/290", "A", None, None)},
    ),
    (
        "",
        "Recordando la cumbre celebrada del 14 al 16 de junio de 2010 (resolución 64/290),",
        {"64/290": ("A/RES/64/290", "A", None, None)},
    ),
    (
        "en",
        (
            "Recalling the Paris Agreement, adopted on 12 December 2015 by the Conference of the Parties "
            "to the United Nations Framework Convention on Climate Change (decision 1/CP.21),"
        ),
        {
            "Paris Agreement": ("UNTS/3156/54113", None, "2015-12-12", None),  # (its date after it: real47d)
            "1/CP.21": ("FCCC/CP/DEC/21/1", "FCCC/CP", "2015-12-12", None),
        },
    ),
]

KEPT: list[Row] = [
    (
        "en",
        "Recalling Security Council resolutions:\n(1) 1674 (2006);\n(2) 1894 (2009);",
        {
            "1674 (2006)": ("S/RES/1674(2006)", "S", None, None),
            "1894 (2009)": ("S/RES/1894(2009)", "S", None, None),
        },
    ),
    # a span of days after a list: the days of a session, no text's day (a count of days that
    # matches the numbers does not say which day is whose: UN texts write each day, or "respectively")
    (
        "en",
        "Recalling its resolutions 64/290 and 64/291 of 14–16 June 2010,",
        {"64/290": ("A/RES/64/290", "A", None, None), "64/291": ("A/RES/64/291", "A", None, None)},
    ),
    (
        "en",
        "Recalling its resolutions 64/290 and 64/291 of 14 and 16 June 2010,",
        {
            "64/290": ("A/RES/64/290", "A", "2010-06-14", None),
            "64/291": ("A/RES/64/291", "A", "2010-06-16", None),
        },
    ),
    (
        "en",
        "Recalling the Declaration adopted on 16 June 2010 (resolution 64/290),",
        {"64/290": ("A/RES/64/290", "A", "2010-06-16", None)},
    ),
    # a pinpoint of the text itself, linked to its noun by a word, is kept
    (
        "en",
        "Recalling annex I, para. 3, of resolution 70/1,",
        {"70/1": ("A/RES/70/1", "A", None, "annex I, para. 3")},
    ),
    ("en", "See E/2014/28, chap. I, sect. B.", {"E/2014/28": ("E/2014/28", "E", None, "chap. I, sect. B")}),
    # a lettered item that is no number of a text
    ("en", "Decides:\n(a) 2015 to be the year of review;\n(b) that the fund shall close,", {}),
    (
        "en",
        "Recalling the Executive Board of the United Nations Children's Fund decision 2019/7,",
        {"2019/7": (None, "E/ICEF", None, None)},
    ),
    (
        "en",
        (
            "Recalling decision 2021/14 of the Executive Board of the United Nations Development "
            "Programme and of the United Nations Population Fund,"
        ),
        {"2021/14": (None, "DP", None, None)},
    ),
    (
        "es",
        (
            "Recordando la decisión 2021/14 de la Junta Ejecutiva del Programa de las "
            "Naciones Unidas para el Desarrollo,"
        ),
        {"2021/14": (None, "DP", None, None)},
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), CHANGED + KEPT)
def test_records(lang: str, text: str, want: Want) -> None:
    assert_records(text, lang, want)
