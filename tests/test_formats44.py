"""Official files as they come (issue 7, session 44), read from files built here.

Whole official documents of kinds not swept before (a Main Committee's draft resolution lists,
reports of conferences of parties with their resolutions and decisions, letters to the
President of the Assembly, the Secretary-General's reports, a Council's meeting record, official
records' covers, documents reissued or revised) were made into Word and PDF files in every
official layout and read back; what they taught:

* a browser's print of a right-to-left page sets its notes at the page's foot in smaller type,
  each line's words in the order they are drawn (the note's number last): the notes' rule is
  put above them as on the other pages, so that a list the page break cut runs on over them
  ("و 43/81⏎[notes]⏎باء المؤرخ 7 …, و 47/45 …"); the blank lines left between the notes and the
  next page's text go with the notes, and a part's letter may follow a number after blanks at a
  line's end ("42/42 ⏎واو");
* a note's citation with a stop or clause's mark after it ("Voir CTOC/COP/2020/10, sect. I.A.")
  over the page's job number is no running header's symbol, in a part read alone either;
* a report's title page may wrap its long title inside the reporting body's name ("… contre la
  criminalité⏎transnationale organisée sur les travaux de sa douzième session"): the body still
  names the report, and its resolutions are the report's parts;
* a symbol that ends a text's last line above the notes' rule ("الوثيقة⏎A/80/412.") is the text's,
  not a running header under a title;
* a narrow column's Chinese line full with a symbol's first figures in an open bracket
  ("报告(A/79/22⏎1)。") goes on into the next line, however few characters it holds.

Every passage is written for these tests in UN style; each row fails on 64012ff7."""

from __future__ import annotations

from typing import Any

import pytest

from browser import browser  # noqa: F401  (the module's fixture)
from official_files import Official, chromium_pdf, fodt, font_installed, libreoffice_pdfs
from rescite.engine.extract import extract_text
from rescite.read import text_of

Records = set[tuple[str, str | None, str | None]]


def _read(data: bytes, name: str) -> tuple[str | None, Records]:
    """The own id and (target, date, the part or document citing it) of each record of a file."""
    res = extract_text(text_of(data, name), source=name)
    return res.document.source_id, {(str(c.target), c.date, c.source_id) for c in res.citations if c.target}


_AR_LEFT = ["الأمم المتحدة", "الجمعية العامة"]

# -- 1. a list cut by a page break over a right-to-left page's notes (a browser) ----------------------
# (the "note" layout ends page one at the last blank before the middle of the line after the noted
# one: here right after "43/81", its part's letter on page two)
_AR_LIST = Official(
    lang="ar",
    symbol="A/RES/80/131",
    left=_AR_LEFT,
    right=["A/RES/80/131", "Distr.: General", "17 December 2025", "Arabic", "Original: English"],
    top=["الدورة الثمانون", "البند 98 من جدول الأعمال"],
    head=["قرار اتخذته الجمعية العامة في 12 كانون الأول/ديسمبر 2025", "80/131 - التحقق بجميع جوانبه"],
    body=[
        "إن الجمعية العامة،",
        "وإذ تعيد تأكيد المبادئ التي أقرتها هيئة نزع السلاح في دورتها الموضوعية،",
        "وإذ تشير إلى قراراتها 40/152 سين المؤرخ 16 كانون الأول/ديسمبر 1985، و 43/81 "
        "باء المؤرخ 7 كانون الأول/ديسمبر 1988، و 47/45 المؤرخ 9 كانون الأول/ديسمبر 1992،",
        "1 - تطلب إلى الأمين العام أن يقدم إليها تقريرا في دورتها الحادية والثمانين؛",
    ],
    note=(1, "انظر A/79/42، الفصل الثاني."),
)

# -- 2. a report's resolutions under a title that wraps inside the body's name (a browser, LibreOffice) -
_FR_BODY = (
    "Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée"
)
_FR_REPORT = Official(
    lang="fr",
    symbol="CTOC/COP/2024/9",
    left=["Nations Unies", _FR_BODY],
    right=["CTOC/COP/2024/9", "Distr. générale", "30 octobre 2024", "Français", "Original : anglais"],
    top=[],
    head=[
        "Rapport de la Conférence des Parties à la Convention des Nations Unies contre la criminalité "
        "transnationale organisée sur les travaux de sa douzième session, tenue à Vienne du 14 au "
        "18 octobre 2024"
    ],
    body=[
        "I. Résolutions et décisions adoptées par la Conférence",
        "A. Résolutions",
        "12/1. Renforcement de la coopération internationale aux fins de confiscation du produit du crime",
        f"La {_FR_BODY},",
        "Rappelant sa résolution 10/2 du 23 octobre 2020, intitulée « Application des dispositions de la "
        "Convention relatives à la coopération internationale »,",
        "B. Décisions",
        "12/1. Ordre du jour provisoire de la treizième session de la Conférence des Parties",
    ],
    note=(4, "Voir CTOC/COP/2020/10, sect. I.A."),
)
_PART = "CTOC/COP/RES/12/1"
_FR_WANT: Records = {
    ("CTOC/COP/RES/10/2", "2020-10-23", _PART),
    ("CTOC/COP/2020/10", None, _PART),
}

# -- 3. a letter whose last line is its symbol, above the notes' rule (a browser's dated header) --------
_AR_LETTER = Official(
    lang="ar",
    symbol="A/80/412/Add.1",
    left=_AR_LEFT,
    right=["A/80/412/Add.1", "Distr.: General", "4 November 2025", "Arabic", "Original: English"],
    top=[
        "الدورة الثمانون",
        "البندان 7 و 131 من جدول الأعمال",
        "تنظيم الأعمال وإقرار جدول الأعمال وتوزيع البنود",
        "خطة المؤتمرات",
    ],
    head=["رسالة مؤرخة 3 تشرين الثاني/نوفمبر 2025 موجهة إلى رئيس الجمعية العامة من رئيس لجنة المؤتمرات"],
    body=[
        "أتشرف بأن أشير إلى الفقرة 7 من الجزء الأول من قرار الجمعية العامة 40/243 المتعلقة باجتماعات "
        "الهيئات الفرعية أثناء الدورة العادية للجمعية.",
        "وتوصي لجنة المؤتمرات بأن تأذن الجمعية العامة للهيئات المذكورة بالاجتماع، على النحو المبين في "
        "الوثيقة A/80/412.",
    ],
)

BROWSER_ROWS: list[tuple[str, Official, str, Records]] = [
    # the notes' rule above the drawn note; the list goes on over it with its letter and dates
    (
        "ar-list-note",
        _AR_LIST,
        "note",
        {("A/RES/43/81B", "1988-12-07", "A/RES/80/131"), ("A/RES/47/45", "1992-12-09", "A/RES/80/131")},
    ),
    # the masthead at the first page's foot, under the title that wraps in the body's name
    ("fr-report-foot", _FR_REPORT, "foot", _FR_WANT),
    # "… الوثيقة⏎A/80/412." above the rule of the dated header's page
    ("ar-letter-dated", _AR_LETTER, "dated", {("A/80/412", None, "A/80/412/Add.1")}),
]


@pytest.mark.parametrize(("name", "doc", "layout", "want"), BROWSER_ROWS, ids=[r[0] for r in BROWSER_ROWS])
def test_reports_letters_and_lists_in_a_browsers_pdf(
    browser: Any,  # noqa: F811
    name: str,
    doc: Official,
    layout: str,
    want: Records,
) -> None:
    if layout == "dated":
        data = chromium_pdf(browser, doc, "top", dated=True)
    else:
        data = chromium_pdf(browser, doc, layout)
    own, got = _read(data, name + ".pdf")
    assert want <= got, sorted(got)
    assert own == doc.own_id


# -- 4. the report's note over the page's job number (LibreOffice) --------------------------------------
@pytest.fixture(scope="module")
def libreoffice_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The report by LibreOffice, in 11-point and 20-point type."""
    if not font_installed("Liberation Serif"):
        pytest.skip("Liberation Serif is not installed")
    docs = {"report-11pt": fodt(_FR_REPORT, "11pt"), "report-20pt": fodt(_FR_REPORT, "20pt")}
    made = libreoffice_pdfs(docs, tmp_path_factory.mktemp("formats44"))
    if made is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    return made


@pytest.mark.parametrize("name", ["report-11pt", "report-20pt"])
def test_a_reports_note_over_the_job_number(libreoffice_files: dict[str, bytes], name: str) -> None:
    own, got = _read(libreoffice_files[name], name + ".pdf")
    assert got >= _FR_WANT, sorted(got)
    assert own == _FR_REPORT.own_id


# -- 5. the text layers read: a list over notes, a letter after blanks, a bracket wrapped ----------------
TEXT_ROWS: list[tuple[str, str, set[tuple[str, str | None]]]] = [
    (
        "ar-list-over-notes",
        "إن الجمعية العامة،\nوإذ تعيد تأكيد المبادئ التي أقرتها هيئة نزع السلاح،1\n"
        "وإذ تشير إلى قراراتها 40/152 سين المؤرخ 16 كانون الأول/ديسمبر 1985، و 43/81\n"
        "__________________\n1 انظر A/79/42، الفصل الثاني.\n\n"
        "باء المؤرخ 7 كانون الأول/ديسمبر 1988، و 47/45 المؤرخ 9 كانون الأول/ديسمبر 1992،\n"
        "1 - تطلب إلى الأمين العام أن يقدم إليها تقريرا؛\n",
        {("A/RES/43/81B", "1988-12-07"), ("A/RES/47/45", "1992-12-09")},
    ),
    (
        "ar-letter-after-blank",
        "إن الجمعية العامة،\nوإذ تشير إلى قراراتها 40/152 سين المؤرخ 16 كانون الأول/ديسمبر 1985، و 42/42 \n"
        "واو المؤرخ 30 تشرين الثاني/نوفمبر 1987،\n",
        {("A/RES/42/42F", "1987-11-30")},
    ),
    (
        "zh-bracket-wrap",
        "注\n联合国文件用英文字母附加数字编号。\n凡是提到这种编号，就是指联合国的某\n一文件。\n"
        "1. 委员会于 2024 年 6 月 3 日至 7 日在\n维也纳举行了第七十一届会议，审议了\n"
        "其工作方案和大会第 78/85 号决议。\n"
        "2. 委员会注意到大会第 79/73 号决议第\n9 段的要求，以及秘书长的报告(A/79/22\n1)。",
        {("A/79/221", None)},
    ),
]


@pytest.mark.parametrize(("name", "text", "want"), TEXT_ROWS, ids=[r[0] for r in TEXT_ROWS])
def test_lists_letters_and_brackets_across_lines(
    name: str, text: str, want: set[tuple[str, str | None]]
) -> None:
    res = extract_text(text, source=name)
    got = {(str(c.target), c.date) for c in res.citations if c.target}
    assert want <= got, sorted(got)
