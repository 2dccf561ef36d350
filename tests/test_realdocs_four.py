"""Forms met reading real public UN documents in French, Arabic and Chinese (issue 7, fourth
pass), each written for these tests in UN style (numbers, dates and topics invented): one
text singled out of a body's texts named just before it, and a French "1er" whose superscript
ending a text layer put on a line of its own."""

from __future__ import annotations

import pytest

from passages import assert_passage
from rescite.engine.extract import extract_text

# "all resolutions of the Commission on Human Rights on the question, in particular resolution
# 2003/41": the text singled out is the Commission's, not the Economic and Social Council's
SINGLED_OUT: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "fr",
        "Rappelant toutes les résolutions de la Commission des droits de l’homme sur le droit à "
        "l’éducation, en particulier la résolution 2003/41 du 23 avril 2003,",
        {"E/CN.4/RES/2003/41": "2003-04-23"},
    ),
    (
        "fr",
        "Ayant à l’esprit les résolutions de la Commission des droits de l’homme relatives à la "
        "question, notamment la résolution 1999/57,",
        {"E/CN.4/RES/1999/57": None},
    ),
    (
        "en",
        "Recalling all resolutions of the Commission on Human Rights on the subject, in particular "
        "resolution 2004/27 of 19 April 2004,",
        {"E/CN.4/RES/2004/27": "2004-04-19"},
    ),
    (
        "es",
        "Recordando las resoluciones de la Comisión de Derechos Humanos sobre la cuestión, en "
        "particular la resolución 2002/31, de 22 de abril de 2002,",
        {"E/CN.4/RES/2002/31": "2002-04-22"},
    ),
    (
        "ru",
        "ссылаясь на резолюции Комиссии по правам человека по данному вопросу, в частности "
        "резолюцию 2001/29 от 20 апреля 2001 года,",
        {"E/CN.4/RES/2001/29": "2001-04-20"},
    ),
    (
        "ar",
        "وإذ تشير إلى قرارات لجنة حقوق الإنسان بشأن هذه المسألة، ولا سيما القرار 2003/41 المؤرخ "
        "23 نيسان/أبريل 2003،",
        {"E/CN.4/RES/2003/41": "2003-04-23"},
    ),
    (
        "zh",
        "回顾人权委员会关于受教育权的各项决议，特别是2003年4月23日第2003/41号决议，",
        {"E/CN.4/RES/2003/41": "2003-04-23"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SINGLED_OUT)
def test_a_text_singled_out_of_a_bodys_texts(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_passage(text, expected)


# "1er" of a PDF's text layer: the superscript ending on a line of its own, or set apart
SPLIT_FIRST: list[tuple[str, dict[str, str | None]]] = [
    (
        "Rappelant également sa résolution 58/31 du 1\ner\ndécembre 2003,",
        {"A/RES/58/31": "2003-12-01"},
    ),
    (
        "Prenant note de la décision 57/512 de l’Assemblée générale en date du 1 er juillet 2003,",
        {"A/DEC/57/512": "2003-07-01"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT_FIRST)
def test_a_first_of_the_month_split_by_a_text_layer(text: str, expected: dict[str, str | None]) -> None:
    assert_passage(text, expected)


# A year's volume of the Security Council's resolutions: each text opens with its number and
# year, then "Resolution of <date>" (old volumes in every language); the texts it cites are
# its own, and the heading gives its id
SC_VOLUMES: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "RÉSOLUTIONS ADOPTÉES PAR LE CONSEIL DE SÉCURITÉ EN 1963\n\n"
        "176 (1963). Résolution du 4 avril 1963\n[S/5301]\n\nLe Conseil de sécurité,\n\n"
        "Rappelant sa résolution 169 (1962) du 22 novembre 1962,\n\n1. Prie le Secrétaire général;\n\n"
        "177 (1963). Résolution du 1er mai 1963\n[S/5317]\n\nLe Conseil de sécurité,\n\n"
        "Ayant à l’esprit la résolution 1761 (XVII) de l’Assemblée générale,\n\n1. Décide;\n",
        [
            ("S/RES/176(1963)", "S/RES/169(1962)"),
            ("S/RES/177(1963)", "A/RES/1761(XVII)"),
        ],
    ),
    (
        "182 (1963). Resolution of 4 December 1963\n[S/5471]\n\nThe Security Council,\n\n"
        "Recalling its resolution 181 (1963) of 7 August 1963,\n\n1. Urges all States;\n",
        [("S/RES/182(1963)", "S/RES/181(1963)")],
    ),
    (
        "182 (1963). Resolución de 4 de diciembre de 1963\n\nEl Consejo de Seguridad,\n\n"
        "Recordando su resolución 181 (1963), de 7 de agosto de 1963,\n",
        [("S/RES/182(1963)", "S/RES/181(1963)")],
    ),
    (
        "182 (1963). Резолюция от 4 декабря 1963 года\n\nСовет Безопасности,\n\n"
        "ссылаясь на свою резолюцию 181 (1963) от 7 августа 1963 года,\n",
        [("S/RES/182(1963)", "S/RES/181(1963)")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SC_VOLUMES)
def test_a_year_volume_of_security_council_resolutions(text: str, expected: list[tuple[str, str]]) -> None:
    res = extract_text(text)
    got = {(c.source_id, c.target) for c in res.citations if c.kind == "resolution"}
    assert got == set(expected), got


# A numbered element whose "and" a copy lost ("Rev.1Amend.1") or whose number it lost ("Rev."):
# never a symbol ending in a bare element ("A/520/REV")
BARE_ELEMENTS: list[tuple[str, dict[str, str | None]]] = [
    ("总务委员会提请大会注意议事规则(A/530/Rev.2Amend.1,附件六)。", {"A/530/Rev.2": None}),
    ("as set out in document A/C.5/61/L.7/Rev.2Add.1 and", {"A/C.5/61/L.7/Rev.2": None}),
    ("[sans renvoi à une grande commission (A/58/L.64/Rev.)]", {"A/58/L.64": None}),
]


@pytest.mark.parametrize(("text", "expected"), BARE_ELEMENTS)
def test_no_symbol_ends_in_a_bare_element(text: str, expected: dict[str, str | None]) -> None:
    assert_passage(text, expected)


# The adopting body's line ends its line, and the next opens with a verb that is also an actor's
# link word (Chinese "通过": adopts, and "through"): the text's body line, not an actor clause
# ("大会，通过其…决议"), so the heading's number is the text's own id
BODY_LINE_THEN_VERB: list[tuple[str, str, set[str]]] = [
    (
        "第八十六届会议\n议程项目12\n\n2031年9月20日大会决议\n\n[未经发交主要委员会(A/86/L.3)]\n\n"
        "86/1.  海洋科学十年政治宣言\n\n大会，\n\n通过以下政治宣言，回顾其2029年12月5日第84/120号决议，\n",
        "A/RES/86/1",
        {"A/86/L.3", "A/RES/84/120"},
    ),
    # "2031年9月20日大会决议" heads the text: the Assembly's resolution, its body line then bare
    (
        "2031年9月20日大会决议\n\n[未经发交主要委员会(A/86/L.3)]\n\n86/2.  海洋科学十年政治宣言\n\n"
        "大会\n\n通过以下政治宣言，回顾其2029年12月5日第84/120号决议，\n",
        "A/RES/86/2",
        {"A/86/L.3", "A/RES/84/120"},
    ),
]


@pytest.mark.parametrize(("text", "own", "targets"), BODY_LINE_THEN_VERB)
def test_a_body_line_then_an_operative_verb(text: str, own: str, targets: set[str]) -> None:
    res = extract_text(text)
    assert {c.source_id for c in res.citations} == {own}
    assert {c.target for c in res.citations} == targets


# Outcome documents named in Arabic, Chinese and Russian, as the other languages name them
NAMED_OUTCOMES: list[tuple[str, dict[str, str | None]]] = [
    (
        "وإذ تعيد تأكيد إعلان الألفية ونتائج مؤتمر القمة العالمي لعام 2005،",
        {"A/RES/55/2": None, "A/RES/60/1": None},
    ),
    ("وإذ ترحب بخطة عمل أديس أبابا وبالخطة الحضرية الجديدة،", {"A/RES/69/313": None, "A/RES/71/256": None}),
    ("وإذ تشير إلى ميثاق المستقبل،", {"A/RES/79/1": None}),
    ("重申《千年宣言》和《亚的斯亚贝巴行动议程》，", {"A/RES/55/2": None, "A/RES/69/313": None}),
    ("又回顾《新城市议程》和《未来契约》，", {"A/RES/71/256": None, "A/RES/79/1": None}),
    (
        "приветствуя Аддис-Абебскую программу действий и Новую программу развития городов,",
        {"A/RES/69/313": None, "A/RES/71/256": None},
    ),
    ("ссылаясь на Пакт во имя будущего,", {"A/RES/79/1": None}),
    # the Covenants as Chinese copies outside the Organization name them
    (
        "又回顾《公民权利和政治权利国际公约》和《经济、社会和文化权利国际公约》，",
        {"UNTS/999/14668": None, "UNTS/993/14531": None},
    ),
    ("铭记《经济、社会、文化权利国际公约》，", {"UNTS/993/14531": None}),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_OUTCOMES)
def test_outcome_documents_named(text: str, expected: dict[str, str | None]) -> None:
    assert_passage(text, expected)


# A Chinese text layer wraps its lines at any character: inside a noun ("决⏎议"), a body's name,
# a number ("第80/⏎162号", "2331(2⏎016)") or a symbol ("(A/81/2⏎31)"); a full line's break
# inside a word is no break (a heading's short line, or a paragraph's end at a comma, stays)
_PAGE_HEAD = (
    "联合国 A/RES/81/77\n大会 Distr.: General\n18 December 2026\n第八十一届会议\n议程项目 68\n"
    "26-12345 (C)\n2026年12月10日大会决议\n[根据第三委员会的报告(A/81/470)通过]\n"
    "81/77. 打击贩运人口\n大会，\n"
)
WRAPPED_LINES: list[tuple[str, dict[str, str | None]]] = [
    (
        _PAGE_HEAD
        + "回顾其关于贩运人口问题的所有决议，包括2024年12月17日第79/155号决议和2025年12月16日第80/162号决\n"
        "议，以及大会2010年7月30日通过《联合国打击贩运人口全球行动计划》的第64/293号决议，又回顾其以往的决\n"
        "议，\n",
        {"A/81/470": None, "A/RES/79/155": "2024-12-17", "A/RES/80/162": "2025-12-16", "A/RES/64/293": None},
    ),
    (
        _PAGE_HEAD + "又回顾安全理事会关于贩运人口问题的各项决议，包括2016年12月20日第2331(2\n"
        "016)号决议，并注意到秘书长关于这个问题的报告和人权事务高级专员关于这个问题的报告(A/81/2\n"
        "31)，\n",
        {"A/81/470": None, "S/RES/2331(2016)": "2016-12-20", "A/81/231": None},
    ),
    (
        _PAGE_HEAD + "注意到人权事务高级专员关于这个问题的报告(A/H\n"
        "RC/61/14)，并回顾人权理事会2025年7月8日第59/6号决议和2024年7月12日第56/1\n"
        "3号决议，\n",
        {
            "A/81/470": None,
            "A/HRC/61/14": None,
            "A/HRC/RES/59/6": "2025-07-08",
            "A/HRC/RES/56/13": "2024-07-12",
        },
    ),
    # … and inside a title's quotes: the date before the title is the number's
    (
        _PAGE_HEAD + "回顾其2023年12月19日题为“加强联合国的协调作用”的第78/219号决议和2024年12月18日题为“\n"
        "大会工作的振兴”的第79/327号决议，以及2025年12月16日关于这个问题的第80/306号决\n"
        "议，\n",
        {
            "A/81/470": None,
            "A/RES/78/219": "2023-12-19",
            "A/RES/79/327": "2024-12-18",
            "A/RES/80/306": "2025-12-16",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), WRAPPED_LINES)
def test_chinese_lines_wrapped_inside_a_word(text: str, expected: dict[str, str | None]) -> None:
    res = assert_passage(text, expected, skip_own=True)
    assert {c.source_id for c in res.citations} == {"A/RES/81/77"}


# A sessional compilation's decisions are told as narratives, with no adopting body's line
# ("2004/233. Report of …⏎⏎At its 44th plenary meeting, …, the Economic and Social Council took
# note …"): each is a text of its own, its id from its number (a decision by the body's numbering)
NARRATIVE_DECISIONS: list[tuple[str, set[tuple[str, str]]]] = [
    (
        "2031/14. Statistics of migration\n\nThe Economic and Social Council,\n\n"
        "Recalling its resolution 2029/8,\n\n1. Requests the Statistical Commission;\n\n"
        "2031/241. Report of the Commission on Population and Development\n\n"
        "At its 40th plenary meeting, on 22 July 2031, the Economic and Social Council took note "
        "of the report of the Commission (E/2031/25).\n\n"
        "2031/242. Dates of the session\n\n"
        "At its 40th plenary meeting, on 22 July 2031, the Economic and Social Council, recalling its "
        "decision 2030/219, decided that the session would be held in April.\n",
        {
            ("E/RES/2031/14", "E/RES/2029/8"),
            ("E/DEC/2031/241", "E/2031/25"),
            ("E/DEC/2031/242", "E/DEC/2030/219"),
        },
    ),
    (
        "2031/14. Statistiques des migrations\n\nLe Conseil économique et social,\n\n"
        "Rappelant sa résolution 2029/8,\n\n1. Prie la Commission de statistique;\n\n"
        "2031/241. Rapport de la Commission de la population et du développement\n\n"
        "À sa 40e séance plénière, le 22 juillet 2031, le Conseil économique et social a pris note "
        "du rapport de la Commission (E/2031/25).\n",
        {("E/RES/2031/14", "E/RES/2029/8"), ("E/DEC/2031/241", "E/2031/25")},
    ),
    (
        "2031/14 - إحصاءات الهجرة\n\nإن المجلس الاقتصادي والاجتماعي،\n\nإذ يشير إلى قراره 2029/8،\n\n"
        "1 - يطلب إلى اللجنة الإحصائية؛\n\n2031/241 - تقرير لجنة السكان والتنمية\n\n"
        "في الجلسة العامة 40، المعقودة في 22 تموز/يوليه 2031، أحاط المجلس الاقتصادي والاجتماعي علما "
        "بتقرير اللجنة (E/2031/25).\n",
        {("E/RES/2031/14", "E/RES/2029/8"), ("E/DEC/2031/241", "E/2031/25")},
    ),
    (
        "2031/14.  移徙统计\n\n经济及社会理事会，\n\n回顾其第2029/8号决议，\n\n1. 请统计委员会；\n\n"
        "2031/241.  人口与发展委员会的报告\n\n"
        "经济及社会理事会在2031年7月22日第40次全体会议上注意到该委员会的报告(E/2031/25)。\n",
        {("E/RES/2031/14", "E/RES/2029/8"), ("E/DEC/2031/241", "E/2031/25")},
    ),
    (
        "86/412. Appointment of members of the Investments Committee\n\n"
        "At its 61st plenary meeting, on 20 December 2031, the General Assembly, on the "
        "recommendation of the Fifth Committee (A/86/602), confirmed the appointments.\n\n"
        "86/413. Scale of assessments\n\nAt its 61st plenary meeting, on 20 December 2031, the "
        "General Assembly, recalling its resolution 85/271, decided to defer the question.\n",
        {("A/DEC/86/412", "A/86/602"), ("A/DEC/86/413", "A/RES/85/271")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NARRATIVE_DECISIONS)
def test_narrative_decisions_of_a_compilation(text: str, expected: set[tuple[str, str]]) -> None:
    res = extract_text(text)
    assert {(c.source_id, c.target) for c in res.citations} == expected


# A Chinese heading's number alone on its line, the title on the next (as the Council's texts
# set it): the text's own id
NUMBER_ALONE: list[tuple[str, str, set[str]]] = [
    (
        "人权理事会\n第六十一届会议\n\n人权理事会通过的决议*\n\n61/12\n和平集会权\n\n人权理事会，\n\n"
        "回顾其2024年10月9日第57/8号决议，\n",
        "A/HRC/RES/61/12",
        {"A/HRC/RES/57/8"},
    ),
    (
        "人权理事会通过的决定\n\n61/103\n推迟审议决议草案\n\n人权理事会在第40次会议上不经表决决定，回顾其第5/1号决议，\n",
        "A/HRC/DEC/61/103",
        {"A/HRC/RES/5/1"},
    ),
]


@pytest.mark.parametrize(("text", "own", "targets"), NUMBER_ALONE)
def test_a_chinese_heading_number_alone_on_its_line(text: str, own: str, targets: set[str]) -> None:
    res = extract_text(text)
    assert {c.source_id for c in res.citations} == {own}
    assert {c.target for c in res.citations} == targets
