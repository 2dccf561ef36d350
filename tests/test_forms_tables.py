"""Resolution and decision numbers standing alone in table cells (rows as the Word reader
renders them, cells split by " | "; rows of PDF text layers, cells joined by one space or on
lines of their own) — table-driven, tables written for these tests."""

from __future__ import annotations

import pytest

from passages import by_language
from rescite.engine.extract import extract_text
from rescite.read import text_of
from test_formats import make_pdf

GA_TABLE = (
    "General Assembly\n\nAnnex\n\nResolutions adopted on the report of the Third Committee\n\n"
    "Resolution | Title | Date of adoption\n"
    "65/205 | Combating defamation of religions | 21 December 2010\n"
    "66/168b | Freedom of religion or belief | 19 December 2011\n"
    "67/97 A and B | Questions relating to information | 14 December 2012\n"
)
HEADING_ONLY = (
    "General Assembly\n\nDecisions adopted by the Assembly at its sixty-eighth session\n"
    "68/549 | Revitalization of the work of the Assembly | 9 December 2013\n"
)
ECOSOC_TABLE = (
    "Economic and Social Council\n\nResolutions adopted by the Council in 2018\n\n"
    "Resolution | Title\n2018/7 | Mainstreaming a gender perspective\n"
)
NOT_NAMED = "General Assembly\n\nAnnex\n\nAgenda item | Title\n72/10 | Programme planning\n"
NOT_ALONE = (
    "General Assembly\n\nResolutions adopted\n\n"
    "Resolution | Title\nsee 69/11 of the Committee | Programme planning\n"
)

ROWS: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        GA_TABLE,
        [
            ("A/RES/65/205", "2010-12-21"),
            ("A/RES/66/168", "2011-12-19"),
            ("A/RES/67/97A", "2012-12-14"),
            ("A/RES/67/97B", "2012-12-14"),
        ],
    ),
    (HEADING_ONLY, [("A/DEC/68/549", "2013-12-09")]),
    (ECOSOC_TABLE, [("E/RES/2018/7", None)]),
    # a table whose heading and header name no resolutions, a number not alone in its cell
    (NOT_NAMED, []),
    (NOT_ALONE, []),
]


@pytest.mark.parametrize(("text", "want"), ROWS, ids=[str(i) for i in range(len(ROWS))])
def test_table_cells(text: str, want: list[tuple[str, str | None]]) -> None:
    res = extract_text(text, lang="en")
    got = [(c.target, c.date) for c in res.citations if c.target]
    assert got == want


def test_table_cell_explains_itself() -> None:
    res = extract_text(GA_TABLE, lang="en")
    assert (res.citations[0].rule or "").startswith("table cell")


# -- tables in PDF text layers, whose cells are joined by one space or given a line each -----
PDF_ROWS: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "en",
        "Report of the Secretary-General\n\nResolution Title Date of adoption\n"
        "64/177 Strengthening the rule of law in criminal matters 18 December\n2009\n"
        "66/181b Strengthening the rule of law in criminal matters, with particular\nreference to technical "
        "assistance 19 December\n2011\n",
        [("A/RES/64/177", "2009-12-18"), ("A/RES/66/181", "2011-12-19")],
    ),
    (
        "en",
        "Report of the Secretary-General\n\nResolution\nTitle\nDate of adoption\n"
        "64/177\nStrengthening the rule of law\n18 December 2009\n"
        "69/195 A and B\nStrengthening the rule of law\n18 December 2014\n",
        [("A/RES/64/177", "2009-12-18"), ("A/RES/69/195A", "2014-12-18"), ("A/RES/69/195B", "2014-12-18")],
    ),
    (
        "fr",
        "Rapport du Secrétaire général\n\nRésolution Titre Date d'adoption\n"
        "64/177 Renforcement de l'état de droit 18 décembre 2009\n"
        "68/188 Renforcement de l'état de droit 18 décembre 2013\n",
        [("A/RES/64/177", "2009-12-18"), ("A/RES/68/188", "2013-12-18")],
    ),
    (
        "es",
        "Informe del Secretario General\n\nResolución Título Fecha de aprobación\n"
        "64/177 Fortalecimiento del estado de derecho 18 de diciembre de 2009\n",
        [("A/RES/64/177", "2009-12-18")],
    ),
    (
        "ru",
        "Доклад Генерального секретаря\n\nРезолюция Название Дата принятия\n"
        "64/177 Укрепление верховенства права 18 декабря 2009 года\n",
        [("A/RES/64/177", "2009-12-18")],
    ),
    # the body the table's heading names
    (
        "en",
        "Annex\n\nResolutions adopted by the Economic and Social Council\n\nResolution Title\n"
        "2019/12 Support to small island developing States\n2019/13 Mainstreaming a gender perspective\n",
        [("E/RES/2019/12", None), ("E/RES/2019/13", None)],
    ),
    # not a table: no header names resolutions, a sentence ends between, a header in lower case
    ("en", "Annex\n\nAgenda item Title\n72/10 Programme planning\n", []),
    (
        "en",
        "Resolution Title Date of adoption\nThe Committee met twice.\n72/10 Programme planning\n",
        [],
    ),
    ("en", "The Committee noted that the\nresolution was\n72/10 Programme planning\n", []),
]


@pytest.mark.parametrize(("lang", "text", "want"), by_language(PDF_ROWS))
def test_pdf_table_rows(lang: str, text: str, want: list[tuple[str, str | None]]) -> None:
    res = extract_text(text, lang=lang)
    assert [(c.target, c.date) for c in res.citations if c.target] == want
    assert all((c.rule or "").startswith("table cell") for c in res.citations)


def test_a_table_of_resolutions_in_a_pdf() -> None:
    pytest.importorskip("pypdf")
    pdf = make_pdf(
        [
            [
                "United Nations A/83/215",
                "General Assembly Distr.: General",
                "Report of the Secretary-General",
                "Annex",
                "Resolution Title Date of adoption",
                "64/177 Strengthening the rule of law 18 December 2009",
                "66/181a Strengthening the rule of law, with particular reference",
                "to technical assistance 19 December 2011",
                "a Adopted without a vote.",
            ]
        ]
    )
    res = extract_text(text_of(pdf, "r.pdf"))
    assert res.document.source_id == "A/83/215"
    assert [(c.target, c.date) for c in res.citations if c.target] == [
        ("A/RES/64/177", "2009-12-18"),
        ("A/RES/66/181", "2011-12-19"),
    ]
