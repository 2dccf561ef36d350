"""Official files as users download them (issue 7, session 28): a right-to-left table's row cut
by a page's end in a LibreOffice PDF (its cells on one baseline, its date's year on the next
page below the other cells' lines), a table that ends above the page's notes and a running
header that prints a date, an adoption heading whose noun a narrow line leaves alone ("Decision
⏎adopted by …"), and a Word 97-2003 (.doc) masthead whose cells hold several paragraphs.  Every
text is written for these tests in UN style."""

from __future__ import annotations

import pytest

import test_formats27 as f27
from doc_files import word_97
from official_files import Cited, libreoffice_rows, own_and_cited
from rescite.read import text_of

# -- a right-to-left table on landscape pages, a row cut by each page's end ----------------------
_ARABIC = (
    ["الأمم المتحدة", "الجمعية العامة"],
    ["A/HRC/62/2", "Distr.: General", "14 October 2026", "Arabic", "Original: English"],
    [
        "مجلس حقوق الإنسان",
        "الدورة الثانية والستون",
        "تقرير مجلس حقوق الإنسان عن دورته الثانية والستين",
        "القرارات والمقررات التي اعتمدها مجلس حقوق الإنسان في دورته الثانية والستين",
    ],
    ["القرار/المقرر", "العنوان", "تاريخ الاعتماد", "التصويت"],
    "حقوق الإنسان والبيئة: تعزيز التعاون في إطار البند {k} ومتابعة التوصيات وتنفيذها بجميع جوانبها",
    "{d} تشرين الأول/أكتوبر 2026",
    "اعتُمد دون تصويت",
    "وأشار المجلس إلى قراره 19/4 المؤرخ 22 آذار/مارس 2012.",
)


def _arabic_report(count: int) -> f27.Report:
    left, right, heading, header, title, date, vote, after = _ARABIC
    rows = [header] + [
        [f"62/{k}", title.format(k=k), date.format(d=8 if k <= count // 2 else 9), vote]
        for k in range(1, count + 1)
    ]
    return f27.Report(left, right, heading, rows, after)


# (row id, rows of the table)
PDF_ROWS = [("arabic, forty rows", 40), ("arabic, 26 rows", 26)]


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    docs = {row: _arabic_report(n).fodt("page/pages", rtl=True) for row, n in PDF_ROWS}
    return libreoffice_rows(docs, tmp_path_factory.mktemp("f28"))


@pytest.mark.parametrize(("row", "count"), PDF_ROWS, ids=[r[0] for r in PDF_ROWS])
def test_a_right_to_left_tables_row_cut_by_a_page(pdfs: dict[str, bytes], row: str, count: int) -> None:
    report = _arabic_report(count)
    own, want = own_and_cited(report.text())
    assert own == "A/HRC/62/2" and len(want) == count + 1
    got_own, got = own_and_cited(text_of(pdfs[row], f"{row}.pdf"))
    assert (got_own, sorted(want - got), sorted(got - want)) == ("A/HRC/62/2", [], [])


# -- a PDF table's lines: a row cut by a page's end, a table above the page's notes --------------
# (row id, the text as a PDF's text layer gives it, once the page's frame is read out, the
# citations)
LINE_ROWS = [
    (
        # the cut row's cells on one line, its title and its date's year below on the next page
        "english, the year below the title's lines",
        "United Nations\nA/HRC/62/2\nGeneral Assembly\nDistr.: General\n\n"
        "Resolutions adopted by the Human Rights Council at its sixty-second session\n"
        "Resolution Title Date of adoption Vote\n"
        "62/7 Human rights and the environment: 8 October Adopted without a vote\n"
        "follow-up to item 7\n2026\n"
        "62/8 Human rights and the environment: 8 October 2026 Adopted without a vote\n"
        "follow-up to item 8\n"
        "The Council recalled its resolution 19/4 of 22 March 2012.\n",
        {
            ("A/HRC/RES/62/7", "2026-10-08"),
            ("A/HRC/RES/62/8", "2026-10-08"),
            ("A/HRC/RES/19/4", "2012-03-22"),
        },
    ),
    (
        "french, the year below the title's lines",
        "Nations Unies\nA/HRC/62/2\nAssemblée générale\nDistr. générale\n\n"
        "Résolutions adoptées par le Conseil des droits de l'homme à sa soixante-deuxième session\n"
        "Résolution Titre Date d'adoption Vote\n"
        "62/7 Droits de l'homme et environnement : 9 octobre Adoptée sans vote\n"
        "suivi du point 7\n2026\n"
        "62/8 Droits de l'homme et environnement : 9 octobre 2026 Adoptée sans vote\n"
        "suivi du point 8\n",
        {("A/HRC/RES/62/7", "2026-10-09"), ("A/HRC/RES/62/8", "2026-10-09")},
    ),
    (
        "arabic, the year below the title's lines",
        "الأمم المتحدة\nA/HRC/62/2\nالجمعية العامة\nDistr.: General\n\n"
        "القرارات والمقررات التي اعتمدها مجلس حقوق الإنسان في دورته الثانية والستين\n"
        "القرار/المقرر العنوان تاريخ الاعتماد التصويت\n"
        "62/7 حقوق الإنسان والبيئة: تعزيز 8 تشرين الأول/أكتوبر اعتُمد دون تصويت\n"
        "التعاون في إطار البند 7\n2026\n"
        "62/8 حقوق الإنسان والبيئة: تعزيز\nالتعاون في إطار البند 8\n8 تشرين الأول/أكتوبر\n2026\n"
        "اعتُمد دون تصويت\n",
        {("A/HRC/RES/62/7", "2026-10-08"), ("A/HRC/RES/62/8", "2026-10-08")},
    ),
    (
        # the last row right above the rule of the page's notes, a running header with a date
        # printed below them: the row keeps its own date
        "english, the last row above the notes",
        "United Nations\nA/80/364\nGeneral Assembly\nDistr.: General\n18 August 2025\n\n"
        "Annex\nResolutions of the General Assembly on maritime safety\n"
        "Resolution Title Date of adoption\n"
        "73/301 Safety of navigation at sea 3 June 2019\n"
        "71/288 Safety of navigation at sea 27 April 2017\n"
        "__________________\n18 August 2025 · A/80/364 · 1/1\n",
        {("A/RES/73/301", "2019-06-03"), ("A/RES/71/288", "2017-04-27")},
    ),
    (
        # the last row right above the running header the page prints at its foot: the text's
        # symbol, its date and the page's number in one line, then the job number's line
        "english, the last row above a dated header",
        "United Nations\nA/80/366\nGeneral Assembly\nDistr.: General\n19 August 2025\n\n"
        "Annex\nResolutions of the General Assembly on maritime safety\n"
        "Resolution Title Date of adoption\n"
        "73/301 Safety of navigation at sea 3 June 2019\n"
        "71/288 Safety of navigation at sea 27 April 2017\n"
        "A/80/366 19 August 2025 Page 1\n25-20771 1/1\n",
        {("A/RES/73/301", "2019-06-03"), ("A/RES/71/288", "2017-04-27")},
    ),
    (
        "french, the last row above a dated header",
        "Nations Unies\nE/2025/63\nConseil économique et social\nDistr. générale\n3 avril 2025\n\n"
        "Annexe\nRésolutions du Conseil économique et social\nRésolution Titre Date\n"
        "2023/12 Sécurité routière 6 juin 2023\n2021/27 Sécurité routière 22 juillet 2021\n"
        "E/2025/63 3 avril 2025 Page 1\n25-20772 1/1\n",
        {("E/RES/2023/12", "2023-06-06"), ("E/RES/2021/27", "2021-07-22")},
    ),
    (
        "chinese, the last row above the notes",
        "联合国\nA/80/365\n大会\nDistr.: General\n18 August 2025\n\n"
        "附件\n大会关于海上航行安全的决议\n决议 标题 通过日期\n"
        "73/301 海上航行安全 2019年6月3日\n71/288 海上航行安全 2017年4月27日\n"
        "__________________\n2025年8月18日 · A/80/365 · 1/1\n",
        {("A/RES/73/301", "2019-06-03"), ("A/RES/71/288", "2017-04-27")},
    ),
]


@pytest.mark.parametrize(("text", "cited"), [r[1:] for r in LINE_ROWS], ids=[r[0] for r in LINE_ROWS])
def test_a_pdf_tables_row_and_its_date(text: str, cited: Cited) -> None:
    _, got = own_and_cited(text)
    assert (sorted(cited - got), sorted(got - cited)) == ([], [])


# -- an adoption heading's noun alone on its line ------------------------------------------------
# (row id, the heading's two lines, the text's own id)
HEADING_ROWS = [
    (
        "english, a decision",
        "Decision\nadopted by the Human Rights Council on 9 October 2026\n"
        "62/115. Panel on the right to housing",
        "A/HRC/DEC/62/115",
    ),
    (
        "english, a decision of the assembly",
        "Decision\nadopted by the General Assembly on 14 July 2026\n80/551. Revitalization of the work",
        "A/DEC/80/551",
    ),
    (
        "french, a decision",
        "Décision\nadoptée par le Conseil des droits de l'homme le 9 octobre 2026\n"
        "62/115. Réunion-débat sur le droit au logement",
        "A/HRC/DEC/62/115",
    ),
    (
        "spanish, a decision",
        "Decisión\naprobada por el Consejo de Derechos Humanos el 9 de octubre de 2026\n"
        "62/115. Mesa redonda sobre el derecho a la vivienda",
        "A/HRC/DEC/62/115",
    ),
    (
        "russian, a decision",
        "Решение,\nпринятое Советом по правам человека 9 октября 2026 года\n"
        "62/115. Дискуссионная группа по вопросу о праве на жилище",
        "A/HRC/DEC/62/115",
    ),
    (
        "arabic, a decision",
        "مقرر\nاتخذه مجلس حقوق الإنسان في 9 تشرين الأول/أكتوبر 2026\n62/115 - حلقة نقاش بشأن الحق في السكن",
        "A/HRC/DEC/62/115",
    ),
]
_BODY = {
    "english": "The Council recalled its resolution 58/6 of 2 April 2025.\n",
    "french": "Le Conseil a rappelé sa résolution 58/6 du 2 avril 2025.\n",
    "spanish": "El Consejo recordó su resolución 58/6, de 2 de abril de 2025.\n",
    "russian": "Совет сослался на свою резолюцию 58/6 от 2 апреля 2025 года.\n",
    "arabic": "وأشار المجلس إلى قراره 58/6 المؤرخ 2 نيسان/أبريل 2025.\n",
}


@pytest.mark.parametrize(("row", "head", "own"), HEADING_ROWS, ids=[r[0] for r in HEADING_ROWS])
def test_an_adoption_headings_noun_alone_on_its_line(row: str, head: str, own: str) -> None:
    body = _BODY[row.split(",")[0]]
    if "assembly" in row:
        body = "The General Assembly decided to defer consideration of the item to its next session.\n"
    assert own_and_cited(head + "\n\n" + body)[0] == own


# -- a Word 97-2003 masthead: cells of several paragraphs ----------------------------------------
_CELL, _ROW_END = "\x07", "\x07\x07"


def _masthead(left: list[str], right: list[str]) -> str:
    """A masthead row as a .doc story holds it: each cell's paragraphs, then its cell mark."""
    return "\r".join(left) + _CELL + "\r".join(right) + _ROW_END


# (row id, body story, header story, own id)
DOC_ROWS = [
    (
        "a masthead in the body, the right cell of four paragraphs",
        _masthead(
            ["United Nations", "General Assembly"],
            ["A/80/377/Corr.1", "Distr.: General", "6 October 2025", "Original: English"],
        )
        + "Eightieth session\rAgenda item 69\r\rRights of persons with disabilities\r"
        "Report of the Secretary-General\rCorrigendum\r"
        "Paragraph 12, second line\rFor resolution 78/178 read resolution 78/180\r",
        "",
        "A/80/377/Corr.1",
    ),
    (
        "a masthead in the first page's header, the symbol a cell of its own",
        "Sixième Commission\rPoint 80 de l'ordre du jour\r\rRapport du Secrétaire général\r"
        "Rectificatif\rAu lieu de résolution 79/125 lire résolution 79/128\r",
        _masthead(["Nations Unies", "Assemblée générale"], ["A/80/419/Corr.2"]) + "\r",
        "A/80/419/Corr.2",
    ),
]


@pytest.mark.parametrize(("body", "headers", "own"), [r[1:] for r in DOC_ROWS], ids=[r[0] for r in DOC_ROWS])
def test_a_doc_mastheads_cells(body: str, headers: str, own: str) -> None:
    data = word_97([body, "", headers] if headers else [body])
    text = text_of(data, "m.doc")
    assert own in text.split("\n")
    assert own_and_cited(text)[0] == own
