"""Forms found missing by passages written in UN style in six languages (invented numbers and
dates): one date for each number of a list, in order ("… of 19 December 2006 and 18 December
2009, respectively"); Arabic dual nouns and parts lettered beyond H; Chinese lettered parts
before "号" and several treaty volumes in one note; Spanish "Decisión adoptada por"; the header
of a copy that cites the text itself. Each form with the passages that must not change
(more dates than numbers, a link or a capitalised noun after words that cite)."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

# (language, passage, {target: date or None}) — every target, with the date it must carry
DATED: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        "The General Assembly,\n\nRecalling its resolutions 58/112 and 63/207 of 17 December 2003 and "
        "19 December 2008, respectively,",
        {"A/RES/58/112": "2003-12-17", "A/RES/63/207": "2008-12-19"},
    ),
    (
        "en",
        "The General Assembly,\n\nReaffirming its resolutions 57/141, 60/30 and 66/231, of 12 December 2002, "
        "29 November 2005 and 24 December 2011, respectively,",
        {"A/RES/57/141": "2002-12-12", "A/RES/60/30": "2005-11-29", "A/RES/66/231": "2011-12-24"},
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nRappelant ses résolutions 58/112 et 63/207 en date des 17 décembre 2003 et "
        "19 décembre 2008,",
        {"A/RES/58/112": "2003-12-17", "A/RES/63/207": "2008-12-19"},
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nRappelant ses résolutions 58/112 et 63/207, adoptées respectivement le "
        "17 décembre 2003 et le 19 décembre 2008,",
        {"A/RES/58/112": "2003-12-17", "A/RES/63/207": "2008-12-19"},
    ),
    (
        "es",
        "La Asamblea General,\n\nRecordando sus resoluciones 58/112 y 63/207, de fechas "
        "17 de diciembre de 2003 y 19 de diciembre de 2008, respectivamente,",
        {"A/RES/58/112": "2003-12-17", "A/RES/63/207": "2008-12-19"},
    ),
    (
        "ru",
        "Генеральная Ассамблея,\n\nссылаясь на свои резолюции 58/112 и 63/207 от 17 декабря 2003 года и "
        "19 декабря 2008 года, соответственно,",
        {"A/RES/58/112": "2003-12-17", "A/RES/63/207": "2008-12-19"},
    ),
    (
        "ar",
        "إن الجمعية العامة،\n\nإذ تشير إلى قراريها 58/112 و 63/207 المؤرخين 17 كانون الأول/ديسمبر 2003 "
        "و 19 كانون الأول/ديسمبر 2008 على التوالي،",
        {"A/RES/58/112": "2003-12-17", "A/RES/63/207": "2008-12-19"},
    ),
    # a date already written after the first number: the rest of the list is left as it was
    (
        "en",
        "The General Assembly,\n\nRecalling its resolutions 55/25 of 15 November 2000, 58/112 and 63/207 of "
        "17 December 2003 and 19 December 2008,",
        {"A/RES/55/25": "2000-11-15", "A/RES/58/112": "2003-12-17", "A/RES/63/207": "2008-12-19"},
    ),
    # negative: more dates than numbers — no date is handed out in order (nor to the wrong text)
    (
        "en",
        "The General Assembly,\n\nRecalling its resolutions 58/112 and 63/207 of 17 December 2003, "
        "4 March 2005 and 19 December 2008,",
        {"A/RES/58/112": "2003-12-17", "A/RES/63/207": None},
    ),
    # Chinese: a date right before a bracketed symbol, no noun between, is that symbol's
    (
        "zh",
        "安全理事会，\n\n回顾其主席2015年4月2日（S/PRST/2015/8）和2018年6月7日（S/PRST/2018/12）的声明，",
        {"S/PRST/2015/8": "2015-04-02", "S/PRST/2018/12": "2018-06-07"},
    ),
    # legal styles: a Council number dated in brackets, its symbol given without the year
    (
        "en",
        "See UNSC Res 2334 (23 December 2016) UN Doc S/RES/2334, para 3.",
        {"S/RES/2334(2016)": "2016-12-23"},
    ),
    (
        "en",
        "The Court noted S.C. Res. 2334, U.N. Doc. S/RES/2334 (Dec. 23, 2016).",
        {"S/RES/2334(2016)": "2016-12-23"},
    ),
    # Russian secondary literature: "ГА ООН", "СБ ООН", "№"
    (
        "ru",
        "См. резолюцию СБ ООН № 2334 от 23 декабря 2016 года и резолюцию ГА ООН № 71/1.",
        {"S/RES/2334(2016)": "2016-12-23", "A/RES/71/1": None},
    ),
    (
        "ru",
        "Как отмечено в резолюции Генеральной Ассамблеи ООН 71/1 от 19 сентября 2016 года,",
        {"A/RES/71/1": "2016-09-19"},
    ),
    # Chinese: words between the body, the date and the number ("于", "通过的", "关于…的")
    (
        "zh",
        "人权理事会，\n\n回顾大会2005年9月16日通过的第60/1号决议和大会于2006年3月15日通过的第60/251号决议，",
        {"A/RES/60/1": "2005-09-16", "A/RES/60/251": "2006-03-15"},
    ),
    (
        "zh",
        "人权理事会，\n\n回顾大会2006年3月15日关于人权理事会的第60/251号决议，",
        {"A/RES/60/251": "2006-03-15"},
    ),
    (
        "zh",
        "人权理事会，\n\n回顾大会2015年9月25日题为“变革我们的世界：2030年可持续发展议程”的第70/1号决议，",
        {"A/RES/70/1": "2015-09-25"},
    ),
    (
        "zh",
        "大会，\n\n回顾安全理事会2000年10月31日通过的第1325(2000)号决议，",
        {"S/RES/1325(2000)": "2000-10-31"},
    ),
    # a date after a participle or a relative clause
    (
        "ru",
        "Совет по правам человека,\n\nссылаясь на резолюцию 60/251 Генеральной Ассамблеи, принятую 15 марта "
        "2006 года,",
        {"A/RES/60/251": "2006-03-15"},
    ),
    (
        "ar",
        "إن مجلس حقوق الإنسان،\n\nإذ يشير إلى قرار الجمعية العامة 60/251 الذي اتخذته في 15 آذار/مارس 2006،",
        {"A/RES/60/251": "2006-03-15"},
    ),
    (
        "en",
        "The Human Rights Council,\n\nRecalling General Assembly resolution 60/251, which was adopted on "
        "15 March 2006,",
        {"A/RES/60/251": "2006-03-15"},
    ),
    # statements dated before their symbols, the second after the list word
    (
        "ar",
        "إن مجلس الأمن،\n\nإذ يشير إلى بياني رئيسه المؤرخين 2 نيسان/أبريل 2015 (S/PRST/2015/8) "
        "و 7 حزيران/يونيه 2018 (S/PRST/2018/12)،",
        {"S/PRST/2015/8": "2015-04-02", "S/PRST/2018/12": "2018-06-07"},
    ),
    (
        "en",
        "The Security Council,\n\nRecalling the statements by its President of 2 April 2015 (S/PRST/2015/8) "
        "and 7 June 2018 (S/PRST/2018/12),",
        {"S/PRST/2015/8": "2015-04-02", "S/PRST/2018/12": "2018-06-07"},
    ),
    # negative: a year and a page after the dates are no citation and no date
    (
        "en",
        "The General Assembly,\n\nRecalling its resolutions 58/112 and 63/207 of 17 December 2003 and "
        "19 December 2008, and the report for 2009, page 12,",
        {"A/RES/58/112": "2003-12-17", "A/RES/63/207": "2008-12-19"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "dates"), DATED, ids=[f"{c[0]}-{i}" for i, c in enumerate(DATED)])
def test_one_date_for_each_number_in_order(lang: str, text: str, dates: dict[str, str | None]) -> None:
    for hint in (lang, None):
        got: dict[str, set[str | None]] = {}
        for c in extract_text(text, lang=hint).citations:
            if c.target is not None:  # (a symbol without its year stays unresolved beside its number)
                got.setdefault(c.target, set()).add(c.date)
        # (another mention of the same text — its title — may carry no date)
        assert {t: ds - {None} for t, ds in got.items()} == {t: {d} - {None} for t, d in dates.items()}


# (language, passage, targets, own id or None)
FORMS: list[tuple[str, str, set[str], str | None]] = [
    # Arabic dual nouns, with Arabic-Indic digits
    (
        "ar",
        "إن الجمعية العامة،\n\nإذ تشير إلى القرارين ٥٨/١١٢ و ٦٣/٢٠٧،",
        {"A/RES/58/112", "A/RES/63/207"},
        None,
    ),
    (
        "ar",
        "إن مجلس حقوق الإنسان،\n\nإذ يشير إلى المقررين 16/117 و 17/119،",
        {"A/HRC/DEC/16/117", "A/HRC/DEC/17/119"},
        None,
    ),
    # Arabic parts lettered beyond H, in the order of the abjad
    (
        "ar",
        "إن الجمعية العامة،\n\nإذ تشير إلى قراراتها 47/75 باء و 51/45 ميم و 53/77 نون،",
        {"A/RES/47/75B", "A/RES/51/45M", "A/RES/53/77N"},
        None,
    ),
    # Arabic plural of the volume word: one treaty per volume
    (
        "ar",
        "__________\n(3) المرجع نفسه، المجلدات 2237 و 2241 و 2326، الرقم 39574.",
        {"UNTS/2237/39574", "UNTS/2241/39574", "UNTS/2326/39574"},
        None,
    ),
    # Chinese: lettered parts before 号, any letter
    (
        "zh",
        "大会，\n\n回顾其第47/75 B号和第51/45 M号决议，",
        {"A/RES/47/75B", "A/RES/51/45M"},
        None,
    ),
    (
        "zh",
        "大会，\n\n回顾其2002年12月12日第57/141K号和2005年11月29日第60/30B号决议，",
        {"A/RES/57/141K", "A/RES/60/30B"},
        None,
    ),
    # Chinese: several volumes of one treaty in one note
    (
        "zh",
        "__________\n4 同上，第2237、2241和2326卷，第39574号。",
        {"UNTS/2237/39574", "UNTS/2241/39574", "UNTS/2326/39574"},
        None,
    ),
    # Spanish: a decision of the Human Rights Council "adoptada"
    (
        "es",
        "Consejo de Derechos Humanos\n47º período de sesiones\n\nDecisión adoptada por el Consejo de "
        "Derechos Humanos el 13 de julio de 2021\n\n47/116. Resultado del examen periódico universal\n\n"
        "El Consejo de Derechos Humanos,\n\nRecordando su resolución 5/1,",
        {"A/HRC/RES/5/1"},
        "A/HRC/DEC/47/116",
    ),
    # copies: a header that cites the text itself, with the link it was copied from
    (
        "en",
        "UN General Assembly, Resolution adopted by the General Assembly on 9 December 2019, A/RES/74/41, "
        "18 December 2019, available at: https://www.example.org/docid/abc123.html\n\nThe General Assembly,"
        "\n\nRecalling its resolution 73/14,",
        {"A/RES/73/14"},
        "A/RES/74/41",
    ),
    (
        "fr",
        "Assemblée générale des Nations Unies, Résolution 74/41, 9 décembre 2019, Doc. NU A/RES/74/41\n\n"
        "L'Assemblée générale,\n\nRappelant sa résolution 73/14,",
        {"A/RES/73/14"},
        "A/RES/74/41",
    ),
    # the heading of a text of the Environment Assembly gives its id in the Assembly's own scheme
    (
        "en",
        "Resolution adopted by the United Nations Environment Assembly on 1 March 2024\n\n6/3. Highly "
        "hazardous pesticides\n\nThe United Nations Environment Assembly,\n\nRecalling its resolution 5/7,",
        {"UNEP/EA.5/RES.7"},
        "UNEP/EA.6/RES.3",
    ),
    (
        "fr",
        "Résolution adoptée par l'Assemblée des Nations Unies pour l'environnement le 1er mars 2024\n\n6/3. "
        "Pesticides extrêmement dangereux\n\nL'Assemblée des Nations Unies pour l'environnement,\n\n"
        "Rappelant sa résolution 5/7,",
        {"UNEP/EA.5/RES.7"},
        "UNEP/EA.6/RES.3",
    ),
    (
        "ru",
        "Резолюция, принятая Ассамблеей Организации Объединенных Наций по окружающей среде 1 марта 2024 года"
        "\n\n6/3. Высокоопасные пестициды\n\nАссамблея Организации Объединенных Наций по окружающей среде,"
        "\n\nссылаясь на свою резолюцию 5/7,",
        {"UNEP/EA.5/RES.7"},
        "UNEP/EA.6/RES.3",
    ),
    (
        "zh",
        "联合国环境大会2024年3月1日通过的决议\n\n6/3. 高危农药\n\n联合国环境大会，\n\n回顾其第5/7号决议，",
        {"UNEP/EA.5/RES.7"},
        "UNEP/EA.6/RES.3",
    ),
    # a decision of the Economic and Social Council headed by its number alone (YYYY/N, from 201)
    (
        "en",
        "Decision 2023/215\n\nThe Economic and Social Council decides to take note of the report of the "
        "Committee (E/2023/31).",
        {"E/2023/31"},
        "E/DEC/2023/215",
    ),
    (
        "en",
        "2023/215. Report of the Committee\n\nAt its 9th plenary meeting, on 6 June 2023, the Economic and "
        "Social Council took note of the report (E/2023/31).",
        {"E/2023/31"},
        "E/DEC/2023/215",
    ),
    (
        "zh",
        "第2023/215号决定\n\n经济及社会理事会决定注意到委员会的报告（E/2023/31）。",
        {"E/2023/31"},
        "E/DEC/2023/215",
    ),
    # a range opened by its own word ("من … إلى …", "с … по …", "from … to …")
    (
        "ar",
        "إن الجمعية العامة،\n\nإذ تشير إلى قراراتها من 59/11 إلى 59/13،",
        {"A/RES/59/11", "A/RES/59/12", "A/RES/59/13"},
        None,
    ),
    (
        "ru",
        "Генеральная Ассамблея,\n\nссылаясь на свои резолюции с 59/11 по 59/13,",
        {"A/RES/59/11", "A/RES/59/12", "A/RES/59/13"},
        None,
    ),
    (
        "en",
        "The General Assembly,\n\nRecalling its resolutions from 59/11 to 59/13,",
        {"A/RES/59/11", "A/RES/59/12", "A/RES/59/13"},
        None,
    ),
    # negative: "по" after a number that no number follows, "from … to" between dates
    (
        "ru",
        "Генеральная Ассамблея,\n\nссылаясь на свою резолюцию 59/11, принятую по итогам прений 2004 года,",
        {"A/RES/59/11"},
        None,
    ),
    (
        "en",
        "The General Assembly,\n\nRecalling its resolution 59/11, adopted at the session held from 12 to "
        "14 October 2004,",
        {"A/RES/59/11"},
        None,
    ),
    # decisions of bodies outside ids.md's series, cited in a text of the General Assembly, in the
    # language of the text: never bound to the Assembly or the Economic and Social Council
    (
        "fr",
        "L'Assemblée générale,\n\nPrenant note de la décision 2021/7 du Conseil d'administration du PNUD et "
        "de la résolution 41/2 de la Conférence générale de l'UNESCO, ainsi que de sa résolution 75/1,",
        {"A/RES/75/1"},
        None,
    ),
    (
        "es",
        "La Asamblea General,\n\nTomando nota de la resolución 26/3 del Consejo de Administración de "
        "ONU-Hábitat y de la decisión 15/4 de la Conferencia de las Partes en el Convenio sobre la "
        "Diversidad Biológica, así como de su resolución 75/1,",
        {"A/RES/75/1"},
        None,
    ),
    (
        "ru",
        "Генеральная Ассамблея,\n\nпринимая к сведению решение 2021/7 Исполнительного совета ЮНИСЕФ, "
        "резолюцию 77/1 Экономической и социальной комиссии для Азии и Тихого океана и свою резолюцию 75/1,",
        {"A/RES/75/1"},
        None,
    ),
    (
        "ar",
        "إن الجمعية العامة،\n\nإذ تحيط علما بالقرار 2021/7 لمؤتمر منظمة الأغذية والزراعة وبقرارها 75/1،",
        {"A/RES/75/1"},
        None,
    ),
    (
        "zh",
        "大会，\n\n注意到贸易和发展理事会第540(LXVII)号决定和缔约方大会第15/4号决定以及其第75/1号决议，",
        {"A/RES/75/1"},
        None,
    ),
    (
        "en",
        "The General Assembly,\n\nTaking note of Trade and Development Board decision 541 (LXVIII) and of "
        "resolution 226/XLIV of the Governing Council of IFAD, and recalling its resolution 75/1,",
        {"A/RES/75/1"},
        None,
    ),
    # negative: words of a sentence before a legal citation on the first line — it is cited
    (
        "en",
        "The Court noted S.C. Res. 2334, U.N. Doc. S/RES/2334 (Dec. 23, 2016), in its opinion.",
        {"S/RES/2334(2016)"},
        None,
    ),
    (
        "ru",
        "В 2016 году Совет провел 2334 заседания; см. стр. 71 и пункт 12.",
        set(),
        None,
    ),
    # a decision whose body is named by its first sentence, not by a line of its own
    (
        "en",
        "Decision 74/562\n\nThe General Assembly decides to take note of the note (A/74/866).",
        {"A/74/866"},
        "A/DEC/74/562",
    ),
    (
        "fr",
        "Décision 74/562\n\nL'Assemblée générale décide de prendre acte de la note (A/74/866).",
        {"A/74/866"},
        "A/DEC/74/562",
    ),
    (
        "es",
        "Decisión 74/562\n\nLa Asamblea General decide tomar nota de la nota (A/74/866).",
        {"A/74/866"},
        "A/DEC/74/562",
    ),
    (
        "ru",
        "Решение 74/562\n\nГенеральная Ассамблея постановляет принять к сведению записку (A/74/866).",
        {"A/74/866"},
        "A/DEC/74/562",
    ),
    (
        "ar",
        "المقرر 74/562\n\nتقرر الجمعية العامة أن تحيط علما بالمذكرة (A/74/866).",
        {"A/74/866"},
        "A/DEC/74/562",
    ),
    ("zh", "第74/562号决定\n\n大会决定注意到说明（A/74/866）。", {"A/74/866"}, "A/DEC/74/562"),
    (
        "en",
        "Decision 74/562\n\nReport of the Human Rights Council\n\nAt its 70th plenary meeting, on 2 July "
        "2020, the General Assembly took note of the note by the Secretary-General (A/74/866).",
        {"A/74/866"},
        "A/DEC/74/562",
    ),
    # an Arabic heading numbered with the mark of a special session ("دإ-29/1" is S-29/1)
    (
        "ar",
        "قرار اتخذه مجلس حقوق الإنسان في 5 تشرين الثاني/نوفمبر 2020\n\nدإ-29/1 - حالة حقوق الإنسان\n\n"
        "إن مجلس حقوق الإنسان،\n\nإذ يشير إلى قراره 43/1،",
        {"A/HRC/RES/43/1"},
        "A/HRC/RES/S-29/1",
    ),
    # negative: a heading whose first sentence names no body has no own id
    ("en", "Decision 74/562\n\nTakes note of the note (A/74/866).", {"A/74/866", "A/DEC/74/562"}, None),
    # negative: a text of a body outside the series of ids.md gets no made-up id of its own
    (
        "en",
        "United Nations Children's Fund\nExecutive Board\n\nDecision 2022/9\n\nThe Executive Board,\n\n"
        "Recalling its decision 2021/4 and Economic and Social Council resolution 2021/12,",
        {"E/RES/2021/12"},
        None,
    ),
    # a copy's title line of its own: noun, body, symbol, date
    (
        "ru",
        "Резолюция Генеральной Ассамблеи ООН A/RES/74/41 от 9 декабря 2019 года\n\nГенеральная Ассамблея,"
        "\n\nссылаясь на свою резолюцию 73/14,",
        {"A/RES/73/14"},
        "A/RES/74/41",
    ),
    (
        "es",
        "Resolución A/RES/74/41 de la Asamblea General de las Naciones Unidas, de 9 de diciembre de 2019\n\n"
        "La Asamblea General,\n\nRecordando su resolución 73/14,",
        {"A/RES/73/14"},
        "A/RES/74/41",
    ),
    # negative: a title line that is a sentence about the text cites it
    (
        "en",
        "Resolution A/RES/73/14 was adopted without a vote in 2018.\n\nThe General Assembly,\n\n"
        "Recalling its resolution 72/20,",
        {"A/RES/73/14", "A/RES/72/20"},
        None,
    ),
    # negative: the first line cites the text with "see" or governed by a verb — never its own id
    (
        "en",
        "See A/RES/73/14, available at: https://www.example.org/docid/abc123.html\n\nThe General Assembly,",
        {"A/RES/73/14"},
        None,
    ),
    (
        "en",
        "Recalling resolution 73/14 (A/RES/73/14), https://www.example.org/docid/abc123.html\n\n"
        "Recalling also its resolution 72/20,",
        {"A/RES/73/14", "A/RES/72/20"},
        None,
    ),
    (
        "fr",
        "Voir la Résolution 73/14, Doc. NU A/RES/73/14\n\nL'Assemblée générale,",
        {"A/RES/73/14"},
        None,
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "targets", "own"), FORMS, ids=[f"{c[0]}-{i}" for i, c in enumerate(FORMS)]
)
def test_forms_of_six_languages(lang: str, text: str, targets: set[str], own: str | None) -> None:
    for hint in (lang, None):
        res = extract_text(text, lang=hint)
        assert res.document.source_id == own
        assert {c.target for c in res.citations if c.target and c.target != own} == targets
