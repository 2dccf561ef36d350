"""Session volumes and reports in Arabic and Chinese (issue 7, session 26).  A browser's print
of a volume whose notes sit on a last page of their own, with no rule and in one type size; a
Conference's decisions headed "第3/CP.29号决定", in a text file and in a LibreOffice PDF whose
short lines the reader must not join; a report's masthead symbol ending with a number
("…/Add.1") that is no note's marker; a note's marker glued to an ideograph or an Arabic letter;
an Arabic table whose cells a PDF draws glued.  Every text is written for these tests in UN style."""

from __future__ import annotations

import html
from typing import Any

import pytest

from browser import browser, skip_without_cjk_font  # noqa: F401  (the fixture)
from official_files import (
    A4_PAGE,
    browser_print,
    fodt_document,
    fodt_p,
    fodt_table,
    libreoffice_rows,
)
from rescite.engine.extract import extract_text
from rescite.read import text_of


def _pairs(text: str) -> set[tuple[str | None, str]]:
    return {(c.source_id, str(c.target)) for c in extract_text(text).citations}


# -- a browser's print of a volume: the notes on a last page of their own -----------------------
_VOLUME = (
    "<html><head><meta charset='utf-8'></head><body style='font-family:serif;font-size:10pt'>"
    "<div style='column-count:2'>{texts}</div><div style='break-before:page'>{notes}</div></body></html>"
)
# (row id, the notes' type size, the heading of each text, its lines (with the marker), the note)
PAGE_ROWS = [
    *[
        (
            f"spanish, notes in {kind}",
            size,
            "80/{k}. Pesca artesanal {k}",
            [
                "La Asamblea General,",
                "Recordando su resolución 75/2{k} de 2{d} de noviembre de 2020,",
                "Habiendo examinado el informe del Secretario General,<sup>{n}</sup>",
            ],
            "Documentos Oficiales de la Asamblea General, octogésimo período de sesiones, "
            "Suplemento núm. {s} (A/80/{s}).",
        )
        for kind, size in [("the text's size", "10pt"), ("smaller type", "8pt")]
    ],
    (
        "chinese, the marker glued to an ideograph",
        "10pt",
        "第80/{k}号决议",
        ["大会，", "回顾其2020年11月2{d}日第75/2{k}号决议，", "审议了秘书长的报告<sup>{n}</sup>，"],
        "A/80/{s}。",
    ),
]


@pytest.mark.parametrize(
    ("size", "heading", "lines", "note"), [r[1:] for r in PAGE_ROWS], ids=[r[0] for r in PAGE_ROWS]
)
def test_a_browser_print_of_a_volume_with_a_page_of_notes(
    browser: Any,  # noqa: F811
    size: str,
    heading: str,
    lines: list[str],
    note: str,
) -> None:
    if any("\u4e00" <= c <= "\u9fff" for c in heading):
        skip_without_cjk_font()
    ks = range(21, 28)
    texts = "".join(
        f"<p>{heading.format(k=k)}</p>"
        + "".join(f"<p>{x.format(k=k, d=k - 20, n=k - 20)}</p>" for x in lines)
        + f"<p>{lines[-1].format(k=k, d=k - 20, n='')}</p>" * 3
        + f"<p>{k + 30}</p>"
        for k in ks
    )
    notes = "".join(
        f"<p style='font-size:{size}'><sup>{k - 20}</sup> {html.escape(note.format(s=k + 10))}</p>"
        for k in ks
    )
    content = _VOLUME.format(texts=texts, notes=notes)
    url = "https://www.un.org/ga/80/A-80-49.html"
    data = browser_print(browser, content, "9/12/25, 11:40", "A/80/49 (Vol. I)", url)
    assert _pairs(text_of(data, "volume.pdf")) == {
        pair
        for k in ks
        for pair in ((f"A/RES/80/{k}", f"A/RES/75/2{k}"), (f"A/RES/80/{k}", f"A/80/{k + 10}"))
    }


# -- a Conference's decisions in Chinese and Arabic, in a report --------------------------------
# a decision's lines in each language: its heading, title, body, the decision it recalls, the
# report it notes (``{m}`` its note's marker), its meeting, its date; then its note
_DECISION = {
    "zh": (
        [
            "第{k}/CP.30号决定",
            "技术转让{k}",
            "",
            "缔约方会议，",
            "",
            "回顾第{r}/CP.28号决定，",
            "",
            "欢迎附属科学技术咨询机构的报告{m}，",
            "",
            "第{s}次全体会议",
            "2025年11月21日",
            "",
        ],
        "1 FCCC/SBSTA/2025/{n}。",
    ),
    "ar": (
        [
            "المقرر {k}/CP.30",
            "نقل التكنولوجيا {k}",
            "",
            "إن مؤتمر الأطراف،",
            "",
            "إذ يشير إلى المقرر {r}/CP.28،",
            "",
            "وإذ يرحب بتقرير الهيئة الفرعية{m}،",
            "",
            "الجلسة العامة {s}",
            "21 تشرين الثاني/نوفمبر 2025",
            "",
        ],
        "1 FCCC/SBSTA/2025/{n}.",
    ),
}


def _decisions(lang: str, code: str, ks: range, notes: bool) -> str:
    """A report's masthead symbol, then its decisions: each heading, its body's line, a decision
    it recalls, a report it notes (a note's marker, its note under a rule at its end)."""
    out = [f"FCCC/{code}/2025/9/Add.1", ""]
    lines, note_line = _DECISION[lang]
    for k in ks:
        out += [x.format(k=k, r=k + 3, s=k + 5, m="1" if notes else "") for x in lines]
        note = note_line.format(n=k + 4)
        if notes:
            out += ["__________", note, "", "\f"]
    return "\n".join(out)


def _decision_pairs(ks: range, notes: bool) -> set[tuple[str | None, str]]:
    out = {(f"FCCC/CP/DEC/30/{k}", f"FCCC/CP/DEC/28/{k + 3}") for k in ks}
    return out | ({(f"FCCC/CP/DEC/30/{k}", f"FCCC/SBSTA/2025/{k + 4}") for k in ks} if notes else set())


# (row id, the text, the pairs (own id, target))
DECISION_ROWS = [
    ("chinese headings", _decisions("zh", "CP", range(2, 6), False), _decision_pairs(range(2, 6), False)),
    (
        "chinese, no masthead",
        _decisions("zh", "CP", range(2, 5), False)[22:],
        _decision_pairs(range(2, 5), False),
    ),
    (
        "chinese, a note to each",
        _decisions("zh", "CP", range(2, 6), True),
        _decision_pairs(range(2, 6), True),
    ),
    ("arabic, a note to each", _decisions("ar", "CP", range(2, 6), True), _decision_pairs(range(2, 6), True)),
]


@pytest.mark.parametrize(("text", "pairs"), [r[1:] for r in DECISION_ROWS], ids=[r[0] for r in DECISION_ROWS])
def test_a_reports_decisions_in_chinese_and_arabic(text: str, pairs: set[tuple[str | None, str]]) -> None:
    assert _pairs(text) == pairs


# -- a volume's notes at its end, their markers glued to an ideograph or an Arabic letter ------
def _volume(lang: str, ks: range) -> str:
    out = ["A/80/49 (Vol. I)", ""]
    for k in ks:
        if lang == "zh":
            out += [f"第80/{k}号决议", f"海洋渔业{k}", "", "大会，", "", f"注意到秘书长的报告{k - 40}，", ""]
            out += ["2025年12月9日", f"第{k}次全体会议", ""]
        else:
            out += [f"القرار 80/{k}", f"مصائد الأسماك {k}", "", "إن الجمعية العامة،", ""]
            out += [f"وإذ تحيط علما بتقرير الأمين العام{k - 40}،", "", f"الجلسة العامة {k}", ""]
    out += ["_______________"] + [f"{k - 40} A/80/{k + 200}." for k in ks]
    return "\n".join(out) + "\n"


MARKER_ROWS = [("chinese", _volume("zh", range(41, 46))), ("arabic", _volume("ar", range(41, 46)))]


@pytest.mark.parametrize("text", [r[1] for r in MARKER_ROWS], ids=[r[0] for r in MARKER_ROWS])
def test_a_marker_glued_to_an_ideograph_or_an_arabic_letter(text: str) -> None:
    assert _pairs(text) == {(f"A/RES/80/{k}", f"A/80/{k + 200}") for k in range(41, 46)}


# -- LibreOffice PDFs: short lines of a Chinese report, an Arabic table of adopted texts --------
_STYLES = (
    """
<style:style style:name="P" style:family="paragraph">
<style:paragraph-properties style:writing-mode="{mode}"/>
<style:text-properties fo:font-size="11pt" style:font-size-asian="11pt" style:font-size-complex="11pt"/>
</style:style>
<style:style style:name="T" style:family="table">
<style:table-properties style:width="17cm" table:align="margins" style:writing-mode="{mode}"/></style:style>
"""
    + A4_PAGE
)


_AR_VOTE = "اعتمد بتصويت مسجل بأغلبية 31 صوتا مقابل 6، وامتناع 10 أعضاء عن التصويت"
_AR_ROWS = [
    ["القرار", "العنوان", "تاريخ الاعتماد", "التصويت"],
    ["61/13", "الحق في السكن اللائق", "4 نيسان/أبريل 2026", _AR_VOTE],
    ["61/14", "حرية الدين أو المعتقد", "4 نيسان/أبريل 2026", "اعتمد دون تصويت"],
    ["61/15", "حقوق الطفل", "4 نيسان/أبريل 2026", _AR_VOTE],
    ["المقرر", "العنوان", "تاريخ الاعتماد", "التصويت"],
    ["61/112", "الحق في السكن اللائق", "4 نيسان/أبريل 2026", "اعتمد دون تصويت"],
]
# (row id, the writing mode, the body, the own id, the pairs)
PDF_ROWS = [
    (
        "chinese decisions, short lines",
        "lr-tb",
        "".join(
            fodt_p(x)
            for x in ["FCCC/CP/2025/9/Add.1"]
            + [
                y
                for k in (7, 8, 9)
                for y in (f"第{k}/CP.30号决定", f"议题{k}", "缔约方会议，", f"回顾第{k}/CP.27号决定，")
            ]
        ),
        {(f"FCCC/CP/DEC/30/{k}", f"FCCC/CP/DEC/27/{k}") for k in (7, 8, 9)},
    ),
    (
        "arabic table of adopted texts",
        "rl-tb",
        fodt_p("A/HRC/61/2")
        + fodt_p("أولا- النصوص التي اعتمدها مجلس حقوق الإنسان في دورته الحادية والستين")
        + fodt_table(_AR_ROWS, "R", table_style="T"),
        {("A/HRC/61/2", f"A/HRC/RES/61/{k}") for k in (13, 14, 15)} | {("A/HRC/61/2", "A/HRC/DEC/61/112")},
    ),
]


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    docs = {r[0]: fodt_document(_STYLES.format(mode=r[1]), r[2]) for r in PDF_ROWS}
    return libreoffice_rows(docs, tmp_path_factory.mktemp("f26"))


@pytest.mark.parametrize(("name", "pairs"), [(r[0], r[3]) for r in PDF_ROWS], ids=[r[0] for r in PDF_ROWS])
def test_a_libreoffice_pdf_in_chinese_or_arabic(
    pdfs: dict[str, bytes], name: str, pairs: set[tuple[str | None, str]]
) -> None:
    assert _pairs(text_of(pdfs[name], "report.pdf")) == pairs


# -- a note's marker glued to the first word of the next column (a PDF's text layer) -------------
def _glued_volume(ks: range) -> str:
    out = ["A/80/49 (Vol. I)", ""]
    for k in ks:
        out += [f"80/{k}. Pesca artesanal {k}", "", "La Asamblea General,", ""]
        out += [
            f"Tomando nota del informe del Secretario General,{k - 80}Acogiendo con beneplácito la labor,"
        ]
        out += ["", f"{k - 30}ª sesión plenaria", "9 de diciembre de 2025", ""]
    out += ["\f__________"] + [f"{k - 80} A/80/{k - 50}." for k in ks]  # (a PDF's last page)
    return "\n".join(out) + "\n"


# (row id, the text, the records (own id, target, function))
GLUED_MARKER_ROWS = [
    (
        "one text",
        _glued_volume(range(81, 82)),
        [("A/RES/80/81", "A/80/31", "acknowledges")],
    ),
    (
        "a volume's notes at its end",
        _glued_volume(range(81, 85)),
        [(f"A/RES/80/{k}", f"A/80/{k - 50}", "acknowledges") for k in range(81, 85)],
    ),
]


@pytest.mark.parametrize(
    ("text", "records"), [r[1:] for r in GLUED_MARKER_ROWS], ids=[r[0] for r in GLUED_MARKER_ROWS]
)
def test_a_marker_glued_to_the_next_columns_first_word(
    text: str, records: list[tuple[str, str, str]]
) -> None:
    res = extract_text(text)
    assert sorted((c.source_id or "", str(c.target), c.function or "") for c in res.citations) == records
