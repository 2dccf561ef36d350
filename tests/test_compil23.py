"""Compilations of other bodies and languages (issue 7: one file in, the same graph as if each
text were its own file): each text of a volume read in the whole gives the records it gives
read alone, its own id as the source; a table of contents is no text and cites nothing.

Every passage here is written for these tests in the style of UN texts (invented numbers,
titles and dates)."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text
from rescite.engine.parts import compilation_parts


def _dense(text: str) -> str:
    """The text as a PDF's text layer gives it when paragraphs are set apart by spacing."""
    return "\n".join(line.rstrip() for line in text.split("\n") if line.strip())


# -- volumes: (name, head, texts, narrative after text i, separator, dense, the texts' own ids)
ECOSOC_TEXTS = [
    "2032/8. Mountain water towers\n\nThe Economic and Social Council,\n\n"
    "Recalling General Assembly resolution 70/1 of 25 September 2015,\n\n"
    "1. Requests the Secretary-General to report at its next session (E/2032/70);\n\n"
    "31st plenary meeting\n21 July 2032\n",
    "2032/9. Statistics of small fisheries\n\nThe Economic and Social Council,\n\n"
    "Recalling its resolution 2032/8 of 21 July 2032,\n\n"
    "1. Decides to keep the question under review.\n\n32nd plenary meeting\n22 July 2032\n",
    "2032/231. Report of the Committee on Rural Archives\n\n"
    "At its 33rd plenary meeting, on 23 July 2032, the Economic and Social Council took note of "
    "the report of the Committee on its eleventh session (E/2032/41) and of its resolution 2032/9.\n",
]
ECOSOC_HEAD = (
    "Contents\n\n2032/8.\tMountain water towers . . . . . 3\n"
    "2032/231.\tReport of the Committee on Rural Archives . . . . . 7\n\nResolutions\n"
)
HRC_TEXTS_FR = [
    "59/7. Archives rurales et droit à la vérité\n\nLe Conseil des droits de l'homme,\n\n"
    "Rappelant la résolution 60/251 de l'Assemblée générale, en date du 15 mars 2006,\n\n"
    "1. Prie le Haut-Commissariat de lui présenter un rapport (A/HRC/59/33) ;\n\n"
    "41e séance\n9 juillet 2032\n\n[Adoptée sans vote.]\n",
    "59/8. Tourisme de montagne durable\n\nLe Conseil des droits de l'homme,\n\n"
    "Rappelant sa résolution 59/7 du 9 juillet 2032,\n\n"
    "1. Décide de poursuivre l'examen de la question.\n\n"
    "42e séance\n9 juillet 2032\n\n[Adoptée sans vote.]\n",
    "59/108. Rapport de la Rapporteuse spéciale sur les archives rurales\n\n"
    "À sa 44e séance, le 10 juillet 2032, le Conseil des droits de l'homme a pris note "
    "du rapport de la Rapporteuse spéciale (A/HRC/59/52).\n\n44e séance\n10 juillet 2032\n",
]
HRC_TEXTS_ZH = [
    "59/7. 农村档案与了解真相的权利\n\n人权理事会，\n\n"
    "遵循大会2006年3月15日第60/251号决议，\n\n1. 请高级专员办事处提交报告（A/HRC/59/33）；\n\n"
    "2032年7月9日\n第41次会议\n\n[未经表决获得通过。]\n",
    "59/108. 特别报告员关于农村档案的报告\n\n"
    "人权理事会在2032年7月10日第44次会议上未经表决决定注意到特别报告员的报告（A/HRC/59/52）和理事会第59/7号决议。\n\n"
    "2032年7月10日\n第44次会议\n\n[未经表决获得通过。]\n",
]
COP_TEXTS_AR = [
    "المقرر 3/م أ-37\n\nالمياه الجبلية والتكيف\n\nإن مؤتمر الأطراف،\n\nإذ يشير إلى المقرر 1/م أ-21،\n\n"
    "1 - يطلب إلى الأمانة أن تقدم تقريرا (FCCC/CP/2032/4)؛\n",
    "المقرر 4/م أ-37\n\nالتمويل الريفي\n\nإن مؤتمر الأطراف،\n\nإذ يشير إلى المقرر 3/م أ-37،\n\n"
    "1 - يقرر أن يبقي المسألة قيد الاستعراض.\n",
]
SC_TEXTS_ZH = [
    "第2951(2032)号决议\n\n2032年5月6日安全理事会第9810次会议通过\n\n安全理事会，\n\n"
    "回顾其第1325(2000)号决议，\n\n1. 请秘书长提交报告（S/2032/300）；\n",
    "第2952(2032)号决议\n\n2032年5月9日安全理事会第9813次会议通过\n\n安全理事会，\n\n"
    "回顾其第2951(2032)号决议，\n\n1. 决定继续积极处理此案。\n",
]

VOLUMES = [
    (
        "ecosoc, a table of contents, texts run together",
        ECOSOC_HEAD,
        ECOSOC_TEXTS,
        "\n",
        True,
        ["E/RES/2032/8", "E/RES/2032/9", "E/DEC/2032/231"],
    ),
    (
        "hrc fr, a decision told as a narrative, texts run together",
        "",
        HRC_TEXTS_FR,
        "\n",
        True,
        ["A/HRC/RES/59/7", "A/HRC/RES/59/8", "A/HRC/DEC/59/108"],
    ),
    (
        "hrc zh, a decision told as a narrative, on pages of its own",
        "",
        HRC_TEXTS_ZH,
        "\f",
        True,
        ["A/HRC/RES/59/7", "A/HRC/DEC/59/108"],
    ),
    (
        "unfccc ar, coded decisions of one session",
        "",
        COP_TEXTS_AR,
        "\n\n",
        False,
        ["FCCC/CP/DEC/37/3", "FCCC/CP/DEC/37/4"],
    ),
    (
        "security council zh, adoption lines, texts run together",
        "",
        SC_TEXTS_ZH,
        "\n",
        True,
        ["S/RES/2951(2032)", "S/RES/2952(2032)"],
    ),
]


@pytest.mark.parametrize(
    ("head", "texts", "sep", "dense", "own_ids"),
    [row[1:] for row in VOLUMES],
    ids=[row[0] for row in VOLUMES],
)
def test_each_text_of_a_volume_reads_as_if_alone(
    head: str, texts: list[str], sep: str, dense: bool, own_ids: list[str]
) -> None:
    pieces = ([head] if head else []) + texts
    if dense:
        pieces = [_dense(p) for p in pieces]
    offset = len(pieces[0]) + len(sep) if head else 0
    expected = []
    for piece in pieces[1:] if head else pieces:
        alone = extract_text(piece)
        expected += [(c.source_id, c.target, c.date, c.start + offset) for c in alone.citations]
        offset += len(piece) + len(sep)
    assert {s for s, _t, _d, _o in expected} == set(own_ids)  # each text alone knows its id
    whole = extract_text(sep.join(pieces))
    assert [p.source_id for p in whole.parts] == own_ids
    assert [(c.source_id, c.target, c.date, c.start) for c in whole.citations] == expected


# -- a table of contents: its entries head no text and cite nothing ---------------------------
def _cop(n: int, title: str) -> str:
    return (
        f"Decision {n}/CP.27\n\n{title}\n\nThe Conference of the Parties,\n\n"
        f"Recalling decision 1/CP.21,\n\n1. Decides to keep the matter under review.\n\n"
    )


def _council(n: int) -> str:
    return (
        f"Resolution {n} (2023)\n\nAdopted by the Security Council at its {9000 + n - 2600}th meeting, "
        f"on 3 July 2023\n\nThe Security Council,\n\nRecalling its resolution 2250 (2015),\n\n"
        "1. Decides to remain seized of the matter.\n\n"
    )


CONTENTS = [
    (
        "coded decisions",
        "Contents\n\nDecision\tPage\n\n1/CP.27\tOcean and climate dialogue . . . . 2\n"
        "2/CP.27\tGlacier monitoring . . . . 5\n\n",
        _cop(1, "Ocean and climate dialogue") + _cop(2, "Glacier monitoring"),
        ["FCCC/CP/DEC/27/1", "FCCC/CP/DEC/27/2"],
    ),
    (
        "council numbers",
        "Resolutions of the Security Council, 2023\n\nContents\n\nResolution\tPage\n\n"
        "2690 (2023) . . . . . 2\n2691 (2023) . . . . . 4\n\n",
        _council(2690) + _council(2691),
        ["S/RES/2690(2023)", "S/RES/2691(2023)"],
    ),
    (
        "session numbers, leaders of full stops",
        "Contents\n\n2032/8. Mountain water towers .......... 3\n"
        "2032/231. Report of the Committee on Rural Archives .......... 7\n\n",
        "\n".join(ECOSOC_TEXTS),
        ["E/RES/2032/8", "E/RES/2032/9", "E/DEC/2032/231"],
    ),
]


@pytest.mark.parametrize(("head", "body", "own_ids"), [r[1:] for r in CONTENTS], ids=[r[0] for r in CONTENTS])
@pytest.mark.parametrize("dense", [False, True], ids=["blank lines", "run together"])
def test_a_table_of_contents_is_no_part_and_cites_nothing(
    head: str, body: str, own_ids: list[str], dense: bool
) -> None:
    text = _dense(head) + "\n" + _dense(body) if dense else head + body
    res = extract_text(text)
    assert [p.source_id for p in res.parts] == own_ids
    first = compilation_parts(text)[0].start
    assert [c.text for c in res.citations if c.start < first] == []
    assert all(c.source_id in own_ids for c in res.citations)


# -- a text cut from a report: the report's symbol heads its later pages ------------------------
FIRST_PAGE = (
    "Bearing in mind that records kept in rural areas are often the only trace of the events that "
    "affected the communities concerned, and that their loss deprives those communities of the "
    "means to establish the facts,"
)


def _paged(heading: str, body_line: str, header: str, paragraphs: list[str]) -> str:
    """A text that opens with its heading, its pages after the first under ``header``."""
    pages = [f"{heading}\n\n{body_line}\n\n{paragraphs[0]}\n\n{FIRST_PAGE}\n"]
    pages += [f"{header}\n\n{p}\n" for p in paragraphs[1:]]
    return "".join(f"{page}\n{k + 3}\n\f" for k, page in enumerate(pages))


CUT_TEXTS = [
    (
        "council resolution, report's header",
        _paged(
            "59/9. Rural archives and the right to truth",
            "The Human Rights Council,",
            "A/HRC/59/2",
            [
                "Recalling General Assembly resolution 60/251 of 15 March 2006,",
                "Recalling also its resolution 59/7 of 9 July 2032,\n\n"
                "1. Decides to remain seized of the matter.",
            ],
        ),
        "A/HRC/RES/59/9",
    ),
    (
        "coded decision, report's addendum as header",
        _paged(
            "Decision 5/CP.37\n\nGlacier monitoring",
            "The Conference of the Parties,",
            "FCCC/CP/2032/11/Add.2",
            [
                "Recalling decision 1/CP.21,",
                "Recalling also decision 3/CP.37,\n\n1. Decides to keep the matter under review.",
            ],
        ),
        "FCCC/CP/DEC/37/5",
    ),
    (
        "decision in French, report's header",
        _paged(
            "59/110. Rapport du Groupe de travail sur les archives rurales",
            "Le Conseil des droits de l'homme,",
            "A/HRC/59/2",
            ["Rappelant sa résolution 59/7 du 9 juillet 2032,", "1. Prend note du rapport (A/HRC/59/61)."],
        ),
        "A/HRC/DEC/59/110",
    ),
]


@pytest.mark.parametrize(("text", "own"), [r[1:] for r in CUT_TEXTS], ids=[r[0] for r in CUT_TEXTS])
def test_a_report_symbol_over_later_pages_is_not_the_texts_own(text: str, own: str) -> None:
    res = extract_text(text)
    assert res.document.source_id == own
    assert res.citations
    assert {c.source_id for c in res.citations} == {own}
    reports = ("A/HRC/59/2", "FCCC/CP/2032/11")
    assert not any(c.target is not None and c.target.startswith(reports) for c in res.citations)
