"""Texts of bodies outside the id schemes of ids.md, round 2 — table-driven, passages written for
these tests in UN style, in the languages each body's texts are cited in.

Shapes of their own that were not read at all: the ICAO Assembly's "A41-21", the World Health
Assembly's decisions "WHA74(9)", IFAD's "203/XLI", the ITU's "71 (Rev. Dubai, 2018)", the UNHCR
Executive Committee's conclusions "No. 109 (LXI)", the ECE's decisions "A (70)"; and a possessive
after words that single one text out of a body's ("the work of the UNICEF Executive Board, in
particular its decision 2020/12"), which was bound to no body. Each gives a record, unresolved,
with a reason naming its body, never bound to the General Assembly or ECOSOC; the United
Nations citations beside it keep their ids.
"""

from __future__ import annotations

import pytest

from passages import by_language
from rescite.engine.extract import extract_text

# (language, passage, [(mention as written, target — None: unresolved)])
ROWS: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    ("en", "Recalling ICAO Assembly resolution A41-21 on climate change,", [("A41-21", None)]),
    (
        "en",
        "Recalling Resolution A40-18 of the Assembly of the International Civil Aviation Organization,",
        [("A40-18", None)],
    ),
    (
        "en",
        "Recalling resolutions A39-2 and A40-19 of the ICAO Assembly,",
        [("A39-2", None), ("A40-19", None)],
    ),
    ("fr", "Rappelant la résolution A41-21 de l'Assemblée de l'OACI,", [("A41-21", None)]),
    ("es", "Recordando la resolución A41-21 de la Asamblea de la OACI,", [("A41-21", None)]),
    ("ru", "ссылаясь на резолюцию A41-21 Ассамблеи ИКАО,", [("A41-21", None)]),
    ("zh", "回顾国际民航组织大会第A41-21号决议，", [("A41-21", None)]),
    ("en", "Recalling World Health Assembly decision WHA74(9),", [("WHA74(9)", None)]),
    (
        "en",
        "Recalling decisions WHA74(9) and WHA75(11) of the World Health Assembly,",
        [("WHA74(9)", None), ("WHA75(11)", None)],
    ),
    ("fr", "Rappelant la décision WHA74(9) de l'Assemblée mondiale de la Santé,", [("WHA74(9)", None)]),
    ("es", "Recordando la decisión WHA74(9) de la Asamblea Mundial de la Salud,", [("WHA74(9)", None)]),
    ("ru", "ссылаясь на решение WHA74(9) Всемирной ассамблеи здравоохранения,", [("WHA74(9)", None)]),
    ("zh", "回顾世界卫生大会WHA74(9)号决定，", [("WHA74(9)", None)]),
    ("ar", "وإذ يشير إلى مقرر جمعية الصحة العالمية WHA74(9)،", [("WHA74(9)", None)]),
    (
        "en",
        "Recalling Executive Committee Conclusion No. 109 (LXI) on protracted refugee situations,",
        [("No. 109 (LXI)", None)],
    ),
    (
        "en",
        "Recalling conclusions No. 107 (LVIII) and No. 110 (LXI) of the Executive Committee of the "
        "Programme of the United Nations High Commissioner for Refugees,",
        [("No. 107 (LVIII)", None), ("No. 110 (LXI)", None)],
    ),
    (
        "es",
        "Recordando la conclusión núm. 109 (LXI) del Comité Ejecutivo del Programa del Alto Comisionado,",
        [("núm. 109 (LXI)", None)],
    ),
    ("en", "Recalling resolution 203/XLI of the Governing Council of IFAD,", [("203/XLI", None)]),
    (
        "en",
        "Recalling Governing Council resolution 226/XLIV of the International Fund for "
        "Agricultural Development,",
        [("226/XLIV", None)],
    ),
    ("fr", "Rappelant la résolution 203/XLI du Conseil des gouverneurs du FIDA,", [("203/XLI", None)]),
    ("es", "Recordando la resolución 203/XLI del Consejo de Gobernadores del FIDA,", [("203/XLI", None)]),
    ("ru", "ссылаясь на резолюцию 203/XLI Совета управляющих МФСР,", [("203/XLI", None)]),
    ("zh", "回顾农发基金理事会第203/XLI号决议，", [("203/XLI", None)]),
    (
        "en",
        "Recalling Resolution 71 (Rev. Dubai, 2018) of the Plenipotentiary Conference of the "
        "International Telecommunication Union,",
        [("71 (Rev. Dubai, 2018)", None)],
    ),
    (
        "en",
        "Recalling ITU Plenipotentiary Conference Resolution 130 (Rev. Bucharest, 2022),",
        [("130 (Rev. Bucharest, 2022)", None)],
    ),
    (
        "fr",
        "Rappelant la Résolution 71 (Rév. Dubaï, 2018) de la Conférence de plénipotentiaires de l'UIT,",
        [("71 (Rév. Dubaï, 2018)", None)],
    ),
    (
        "es",
        "Recordando la Resolución 71 (Rev. Dubái, 2018) de la Conferencia de Plenipotenciarios de la UIT,",
        [("71 (Rev. Dubái, 2018)", None)],
    ),
    ("en", "Recalling ECE decision A(70),", [("A(70)", None)]),
    ("en", "Recalling decision A(70) of the Economic Commission for Europe,", [("A(70)", None)]),
    ("fr", "Rappelant la décision A(70) de la CEE,", [("A(70)", None)]),
    (
        "en",
        "Recalling the work of the UNICEF Executive Board, and in particular its decision 2020/12,",
        [("2020/12", None)],
    ),
    ("zh", "回顾国际民航组织大会第A41-21号决议，", [("A41-21", None)]),
    ("ar", "وإذ يشير إلى القرار A41-21 لجمعية منظمة الطيران المدني الدولي،", [("A41-21", None)]),
    ("ar", "وإذ يشير إلى القرار 203/XLI لمجلس محافظي الصندوق الدولي للتنمية الزراعية،", [("203/XLI", None)]),
    (
        "zh",
        "回顾农发基金理事会第203/XLI号决议和大会第77/191号决议，",
        [("203/XLI", None), ("77/191", "A/RES/77/191")],
    ),
    (
        "en",
        "Recalling resolution A41-21 of the ICAO Assembly and General Assembly resolution 76/3,",
        [("A41-21", None), ("76/3", "A/RES/76/3")],
    ),
    (
        "en",
        "Noting ICAO Assembly resolutions A40-18 and A41-22 of 7 October 2022,",
        [("A40-18", None), ("A41-22", None)],
    ),
    (
        "en",
        "Recalling decisions WHA74(9), WHA75(11) and WHA76(4),",
        [("WHA74(9)", None), ("WHA75(11)", None), ("WHA76(4)", None)],
    ),
    (
        "en",
        "Recalling decision WHA74(9) and resolution WHA74.7 of the World Health Assembly,",
        [("WHA74(9)", None), ("WHA74.7", None)],
    ),
    (
        "en",
        "Recalling resolutions 203/XLI and 226/XLIV of the IFAD Governing Council,",
        [("203/XLI", None), ("226/XLIV", None)],
    ),
    (
        "en",
        "Recalling Resolutions 71 (Rev. Dubai, 2018) and 130 (Rev. Bucharest, 2022) of the "
        "Plenipotentiary Conference,",
        [("71 (Rev. Dubai, 2018)", None), ("130 (Rev. Bucharest, 2022)", None)],
    ),
    (
        "en",
        "Recalling Resolution 200 (Dubai, 2018) of the Plenipotentiary Conference,",
        [("200 (Dubai, 2018)", None)],
    ),
    (
        "en",
        "Recalling Resolution 1 (Rev. Sharm el-Sheikh, 2019) of the Radiocommunication Assembly,",
        [("1 (Rev. Sharm el-Sheikh, 2019)", None)],
    ),
    (
        "en",
        "Recalling conclusion No. 109 (LXI) and General Assembly resolution 58/153,",
        [("No. 109 (LXI)", None), ("58/153", "A/RES/58/153")],
    ),
    (
        "es",
        "Recordando las conclusiones núm. 107 (LVIII) y núm. 110 (LXI) del Comité Ejecutivo,",
        [("núm. 107 (LVIII)", None), ("núm. 110 (LXI)", None)],
    ),
    ("en", "Recalling decision A (70) of the Economic Commission for Europe,", [("A (70)", None)]),
    ("en", "Recalling UNECE decisions B(69) and A(70),", [("B(69)", None), ("A(70)", None)]),
    ("es", "Recordando la decisión A(70) de la Comisión Económica para Europa,", [("A(70)", None)]),
    ("ru", "ссылаясь на решение A(70) Европейской экономической комиссии,", [("A(70)", None)]),
    (
        "en",
        "Recalling the decisions of the UNICEF Executive Board, including its decision 2020/12,",
        [("2020/12", None)],
    ),
    (
        "fr",
        "Rappelant les travaux du Conseil d'administration de l'UNICEF, en particulier sa décision 2020/12,",
        [("2020/12", None)],
    ),
    (
        "es",
        "Recordando la labor de la Junta Ejecutiva del UNICEF, en particular su decisión 2020/12,",
        [("2020/12", None)],
    ),
    (
        "en",
        "Recalling the work of the Executive Board of UN-Women, notably its decisions 2021/4 and 2022/2,",
        [("2021/4", None), ("2022/2", None)],
    ),
    ("en", "Recalling the work of ESCAP, in particular its resolution 79/1,", [("79/1", None)]),
    (
        "en",
        "Recalling the work of the Human Rights Council, in particular its resolution 52/15,",
        [("52/15", "A/HRC/RES/52/15")],
    ),
]

# look-alikes that must not change: United Nations ids, a paper format, a page, an article
LOOK_ALIKES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    ("en", "Recalling Human Rights Council decision 52/115,", [("52/115", "A/HRC/DEC/52/115")]),
    ("en", "Recalling Human Rights Council resolution 52/15,", [("52/15", "A/HRC/RES/52/15")]),
    (
        "en",
        "Recalling Human Rights Council resolution 52/15 and decision 52/115,",
        [("52/15", "A/HRC/RES/52/15"), ("52/115", "A/HRC/DEC/52/115")],
    ),
    (
        "en",
        "Recalling General Assembly resolution 74/4 and Economic and Social Council resolution 2019/4,",
        [("74/4", "A/RES/74/4"), ("2019/4", "E/RES/2019/4")],
    ),
    ("en", "Recalling Economic and Social Council resolution 2020/12,", [("2020/12", "E/RES/2020/12")]),
    ("en", "Recalling Economic and Social Council decision 2020/212,", [("2020/212", "E/DEC/2020/212")]),
    ("en", "Recalling General Assembly resolution 2200 A (XXI),", [("2200 A (XXI)", "A/RES/2200A(XXI)")]),
    ("en", "Recalling Security Council resolution 2019 (2011),", [("2019 (2011)", "S/RES/2019(2011)")]),
    (
        "en",
        "Recalling Economic and Social Council resolution 1000 (XXXIX),",
        [("1000 (XXXIX)", "E/RES/1000(XXXIX)")],
    ),
    ("en", "Recalling General Assembly resolution 333 (IV),", [("333 (IV)", "A/RES/333(IV)")]),
    ("fr", "Rappelant la résolution 2019/4 du Conseil économique et social,", [("2019/4", "E/RES/2019/4")]),
    (
        "es",
        "Recordando la resolución 2020/12 del Consejo Económico y Social,",
        [("2020/12", "E/RES/2020/12")],
    ),
    ("en", "Recalling General Assembly resolution 79/1,", [("79/1", "A/RES/79/1")]),
    (
        "en",
        "Recalling Human Rights Council decisions 52/115 and 52/116,",
        [("52/115", "A/HRC/DEC/52/115"), ("52/116", "A/HRC/DEC/52/116")],
    ),
    (
        "en",
        "Recalling Human Rights Council resolutions 52/15 and 52/16,",
        [("52/15", "A/HRC/RES/52/15"), ("52/16", "A/HRC/RES/52/16")],
    ),
    ("en", "See the A4-2 format and model A41-21x of the catalogue.", []),
    ("en", "See article 4 (Geneva, 2019) of the manual and page 12 (Rome, 2020).", []),
    (
        "en",
        "Recalling Security Council resolution 1373 (2001) and General Assembly resolution 2625 (XXV),",
        [("1373 (2001)", "S/RES/1373(2001)"), ("2625 (XXV)", "A/RES/2625(XXV)")],
    ),
    ("en", "Recalling General Assembly resolution 217 A (III),", [("217 A (III)", "A/RES/217A(III)")]),
    (
        "en",
        "Recalling General Assembly resolutions 64/293 and 70/1,",
        [("64/293", "A/RES/64/293"), ("70/1", "A/RES/70/1")],
    ),
    ("en", "See No. 109 of the Treaty Series and paragraph 4 (a) of annex A (2).", []),
    (
        "en",
        "Recalling General Assembly resolution 1514 (XV) of 14 December 1960,",
        [("1514 (XV)", "A/RES/1514(XV)")],
    ),
    (
        "en",
        "Recalling Economic and Social Council resolution 1296 (XLIV),",
        [("1296 (XLIV)", "E/RES/1296(XLIV)")],
    ),
    (
        "fr",
        "Rappelant la résolution 2200 A (XXI) de l'Assemblée générale,",
        [("2200 A (XXI)", "A/RES/2200A(XXI)")],
    ),
    ("en", "See figure A4-2 and the A4 format.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(ROWS, LOOK_ALIKES))
def test_bodies_outside_the_schemes_round_two(
    lang: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    res = extract_text(text, lang=lang)
    assert [(c.text, c.target) for c in res.citations] == expected
    for c in res.citations:
        if c.target is None:
            assert c.kind == "unresolved"
            assert c.body not in (None, "A", "E"), "the body is named, never the Assembly or ECOSOC"
            assert c.reason and "no id scheme" in c.reason
