"""Official files as they come (issue 7, session 43), read from files built here.

Whole official documents of kinds not swept before (General Assembly resolutions with their
committee's report and notes, draft resolutions reissued, treaty bodies' observations, the
Secretary-General's reports, decisions of the Economic and Social Council, of the Human Rights
Council on the universal periodic review and of conferences of parties, official records'
covers) were made into Word and PDF files in every official layout and read back; what they
taught:

* LibreOffice sets a symbol's letters and its number in two portions on a right-to-left line
  (two fonts) and shows the right one first: "(S/11883)" read "(11883S/", "CERD/C/SR.2057"
  read ".2057CERD/C/SR" where the line is otherwise shown in reading order; two strings of a
  left-to-right run shown so, touching, send the line to be read from the glyphs' places;
* a reissued document's symbol carries a star ("A/65/L.78*"), which a right-to-left masthead
  draws on the symbol's left ("*A/65/L.78"): the star goes after it, and the symbol is the
  document's own id again;
* a browser draws a note's mark after a year and the script's comma apart from them ("2001 ،1",
  the comma between two numbers takes their direction) and after the script's semicolon, a
  letter of its own direction, with the numbers turned round ("1؛2005"): the year is the date's;
* a date's sentence whose committee clause or manner a page's line ends inside ("sur la⏎
  recommandation de la Quatrième Commission", "sans la mettre aux⏎voix") dates the number.

Every passage is written for these tests in UN style; each row fails on eedeaac9."""

from __future__ import annotations

from typing import Any

import pytest

from browser import browser  # noqa: F401  (the module's fixture)
from official_files import Official, chromium_pdf, fodt, font_installed, libreoffice_pdfs, narrow_document
from rescite.engine.extract import extract_text
from rescite.read import text_of

Records = set[tuple[str, str | None]]


def _read(data: bytes, name: str) -> tuple[str | None, Records]:
    """The own id and (target, date) of each record of a file."""
    res = extract_text(text_of(data, name), source=name)
    return res.document.source_id, {(str(c.target), c.date) for c in res.citations if c.target}


_ARABIC_FONT = "Noto Naskh Arabic"
_AR_LEFT = ["الأمم المتحدة", "الجمعية العامة"]

# -- 1. symbols in brackets on a narrow right-to-left page (LibreOffice) ------------------------------
_AR_SYMBOLS = [
    "إن الجمعية العامة،",
    "وقد نظرت في تقرير الأمين العام (S/16880) عن الحالة في المنطقة خلال الفترة المشمولة بالتقرير،",
    "وإذ تحيط علما بالمحضرين الموجزين لجلستي اللجنة 3105 و3106 (CERD/C/SR.3105 وCERD/C/SR.3106)، "
    "المعقودتين في 9 و10 آب/أغسطس 2025، وبالتقرير الدوري الجامع (CERD/C/TGO/18-20)،",
]
_AR_SYMBOLS_WANT: Records = {
    ("S/16880", None),
    ("CERD/C/SR.3105", None),
    ("CERD/C/SR.3106", None),
    ("CERD/C/TGO/18-20", None),
}

# -- 2. a reissued draft's star on the symbol's left (LibreOffice, a browser) ---------------------------
_AR_REISSUED = Official(
    lang="ar",
    symbol="A/80/L.52*",
    own="A/80/L.52",
    left=_AR_LEFT,
    right=["A/80/L.52*", "Distr.: Limited", "3 December 2025", "Arabic", "Original: English"],
    top=["الدورة الثمانون", "البند 68 من جدول الأعمال"],
    head=["مشروع قرار", "التعاون الدولي في مجال المساعدة الإنسانية"],
    body=[
        "إن الجمعية العامة،",
        "إذ تشير إلى قرارها 46/182 المؤرخ 19 كانون الأول/ديسمبر 1991 وإلى جميع قراراتها ذات الصلة،",
        "1 - تحيط علما بتقرير الأمين العام؛",
    ],
    note=(0, "أعيد إصدارها لأسباب فنية في 5 كانون الأول/ديسمبر 2025."),
)

LIBREOFFICE_ROWS: list[tuple[str, str | None, Records]] = [
    # the symbols' letters and numbers in two portions each, the line otherwise in reading order
    ("symbols-7cm", None, _AR_SYMBOLS_WANT),
    ("symbols-10.5cm", None, _AR_SYMBOLS_WANT),
    # the star drawn on the left of the masthead's symbol and the page header's
    ("reissued-11pt", "A/80/L.52", {("A/RES/46/182", "1991-12-19")}),
    ("reissued-20pt", "A/80/L.52", {("A/RES/46/182", "1991-12-19")}),
]


@pytest.fixture(scope="module")
def libreoffice_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The documents by LibreOffice: whole (a masthead, the symbol in the page header), or their
    paragraphs alone on a narrow page."""
    if not font_installed(_ARABIC_FONT):
        pytest.skip(f"{_ARABIC_FONT} is not installed")
    docs = {
        "symbols-7cm": narrow_document(_AR_SYMBOLS, _ARABIC_FONT, "7cm"),
        "symbols-10.5cm": narrow_document(_AR_SYMBOLS, _ARABIC_FONT, "10.5cm"),
        "reissued-11pt": fodt(_AR_REISSUED, "11pt"),
        "reissued-20pt": fodt(_AR_REISSUED, "20pt"),
    }
    made = libreoffice_pdfs(docs, tmp_path_factory.mktemp("formats43"))
    if made is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    return made


@pytest.mark.parametrize(("name", "own", "want"), LIBREOFFICE_ROWS, ids=[r[0] for r in LIBREOFFICE_ROWS])
def test_libreoffice_pdfs_of_arabic_documents(
    libreoffice_files: dict[str, bytes], name: str, own: str | None, want: Records
) -> None:
    got_own, got = _read(libreoffice_files[name], name + ".pdf")
    assert want <= got, sorted(got)
    if own is not None:
        assert got_own == own


# -- 3. a note's mark after a year and the script's comma or semicolon (a browser) --------------------
def _noted(line: int, end: str) -> Official:
    return Official(
        lang="ar",
        symbol="A/RES/80/97",
        left=_AR_LEFT,
        right=["A/RES/80/97", "Distr.: General", "15 December 2025", "Arabic", "Original: English"],
        top=["الدورة الثمانون", "البند 24 من جدول الأعمال"],
        head=[
            "قرار اتخذته الجمعية العامة في 10 كانون الأول/ديسمبر 2025",
            "80/97 - التنمية الزراعية والأمن الغذائي",
        ],
        body=[
            "إن الجمعية العامة،",
            "إذ تشير إلى قرارها 79/214 المؤرخ 19 كانون الأول/ديسمبر 2024" + end,
            "1 - تحيط علما بتقرير الأمين العام عن تنفيذ القرار 78/165 المؤرخ 22 كانون الأول/ديسمبر 2023"
            + end,
            "2 - تطلب إلى الأمين العام أن يقدم إليها تقريرا عن تنفيذ هذا القرار.",
        ],
        note=(line, "A/80/270."),
    )


BROWSER_ROWS: list[tuple[str, Official, str, Records]] = [
    # "… 2024،" and its mark: the comma between two numbers, drawn apart by the mark's gap
    ("comma-top", _noted(1, "،"), "top", {("A/RES/79/214", "2024-12-19")}),
    ("comma-columns", _noted(1, "،"), "columns", {("A/RES/79/214", "2024-12-19")}),
    # "… 2023؛" and its mark: numbers parted by a letter of the script's direction
    ("semicolon-top", _noted(2, "؛"), "top", {("A/RES/78/165", "2023-12-22")}),
    ("semicolon-foot", _noted(2, "؛"), "foot", {("A/RES/78/165", "2023-12-22")}),
    # the reissued draft's star, in the browser's masthead and its dated page header
    ("reissued-dated", _AR_REISSUED, "dated", {("A/RES/46/182", "1991-12-19")}),
]


@pytest.mark.parametrize(("name", "doc", "layout", "want"), BROWSER_ROWS, ids=[r[0] for r in BROWSER_ROWS])
def test_arabic_notes_and_stars_in_a_browsers_pdf(
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


# -- 4. a date's sentence broken by a page's line ends ------------------------------------------------
TEXT_ROWS: list[tuple[str, str, Records]] = [
    (
        "fr-recommendation",
        "58. À sa 64e séance plénière, le 4 décembre 2018, sur la\nrecommandation de la Quatrième "
        "Commission, l'Assemblée générale a adopté la résolution 73/107, intitulée « Gibraltar ».",
        {("A/RES/73/107", "2018-12-04")},
    ),
    (
        "fr-committee-name",
        "58. À sa 64e séance plénière, le 4 décembre 2018, sur la recommandation de la "
        "Quatrième\nCommission, l'Assemblée générale a adopté la résolution 73/107.",
        {("A/RES/73/107", "2018-12-04")},
    ),
    (
        "fr-manner",
        "58. À sa 64e séance plénière, le 4 décembre 2018, l'Assemblée générale a adopté, "
        "sans la mettre aux\nvoix, la résolution 73/107, intitulée « Question de Gibraltar ».",
        {("A/RES/73/107", "2018-12-04")},
    ),
    (
        "en-recommendation",
        "12. At its 64th plenary meeting, on 4 December 2018, on the\nrecommendation of the "
        "Fourth Committee, the General Assembly adopted resolution 73/107.",
        {("A/RES/73/107", "2018-12-04")},
    ),
    (
        "en-manner",
        "12. At its 64th plenary meeting, on 4 December 2018, the General Assembly adopted, without a\nvote, "
        "resolution 73/107.",
        {("A/RES/73/107", "2018-12-04")},
    ),
    (
        "es-recommendation",
        "12. En su 64ª sesión plenaria, el 4 de diciembre de 2018, por recomendación de la Cuarta\nComisión, "
        "la Asamblea General aprobó, sin\nvotación, la resolución 73/107.",
        {("A/RES/73/107", "2018-12-04")},
    ),
]


@pytest.mark.parametrize(("name", "text", "want"), TEXT_ROWS, ids=[r[0] for r in TEXT_ROWS])
def test_a_dates_sentence_across_a_pages_line_ends(name: str, text: str, want: Records) -> None:
    res = extract_text(text, source=name)
    got = {(str(c.target), c.date) for c in res.citations if c.target}
    assert want <= got, sorted(got)
