"""Official files as they come (issue 7, session 42), read from files built here.

Whole official documents of kinds not swept before (Security Council resolutions in Arabic,
Chinese and Russian, Human Rights Council resolutions in Arabic, Chinese and French, reports
of the Council whose tables list its texts, ECOSOC's provisional texts, a Security Council
record in Spanish, letters and addenda) were made into Word and PDF files in every official
layout and read back; what they taught:

* a right-to-left paragraph that ends with a year's bracket ("… عملا بالقرار 2331 (2016).")
  draws the sentence's end and the closing bracket as one run of marks on the line's left;
  a browser gives them "(." before the number, LibreOffice ".)" after it, and the text layer
  read "2331 (2016.)", which is no year: the end goes after the bracket;
* a Chinese PDF sets a number a little apart from the ideographs around it, and its text
  layer reads the gap as a space ("一九八三年四月八日第 530(1983)号"): where a number's prefix
  is followed by one, the spaces between ideographs and numbers are read away, as in a text
  that spaces out its characters, and the date before the number is the number's again.

Every passage is written for these tests in UN style; each row fails on 3c0f3c40."""

from __future__ import annotations

from typing import Any

import pytest

from browser import browser  # noqa: F401  (the module's fixture)
from official_files import Official, chromium_pdf, fodt, font_installed, libreoffice_pdfs, narrow_document
from rescite.engine.extract import extract_text
from rescite.read import text_of

Records = set[tuple[str, str | None]]


def _records(data: bytes, name: str) -> Records:
    """(target, date) of each record of a file."""
    res = extract_text(text_of(data, name), source=name)
    return {(str(c.target), c.date) for c in res.citations if c.target}


_ARABIC_FONT = "Noto Naskh Arabic"
_CHINESE_FONT = "Noto Sans CJK SC"

# -- 1. a Security Council resolution in Arabic ------------------------------------------------------------
_AR_BODY = [
    "إن مجلس الأمن،",
    "وقد نظر في تقرير الأمين العام (S/16032) عن أنشطة البعثة خلال الفترة المشمولة بالتقرير،",
    "وإذ يشير إلى قراراته السابقة بشأن هذه المسألة، ولا سيما القرار 2688 (2023).",
    "1 - يقرر تمديد ولاية البعثة حتى 15 آذار/مارس 2026، عملا بالقرار 2331 (2016).",
]
_AR = Official(
    lang="ar",
    symbol="S/RES/2771 (2025)",
    own="S/RES/2771(2025)",
    left=["الأمم المتحدة", "مجلس الأمن"],
    right=["S/RES/2771 (2025)", "Distr.: General", "14 March 2025"],
    top=[],
    head=["القرار 2771 (2025)", "الذي اتخذه مجلس الأمن في جلسته 9871 المعقودة في 14 آذار/مارس 2025"],
    body=_AR_BODY,
)
_AR_ENDS: Records = {("S/RES/2688(2023)", None), ("S/RES/2331(2016)", None)}

BROWSER_ROWS: list[tuple[str, str, Records]] = [
    # the sentence's end drawn "(." before the year, on a full line and in a column
    ("chromium-top", "top", _AR_ENDS),
    ("chromium-columns", "columns", _AR_ENDS),
]


@pytest.mark.parametrize(("name", "layout", "want"), BROWSER_ROWS, ids=[r[0] for r in BROWSER_ROWS])
def test_an_arabic_year_bracket_at_a_paragraphs_end_in_a_browsers_pdf(
    browser: Any,  # noqa: F811
    name: str,
    layout: str,
    want: Records,
) -> None:
    got = _records(chromium_pdf(browser, _AR, layout), name + ".pdf")
    assert want <= got, sorted(got)


# -- 2. … and in LibreOffice's PDFs; 3. a Chinese resolution's list of dated numbers ---------------
# (an older text: its dates in Chinese numerals, no figure beside "年" to space out)
_ZH = Official(
    lang="zh",
    symbol="S/RES/551 (1984)",
    own="S/RES/551(1984)",
    left=["联合国", "安全理事会"],
    right=["S/RES/551 (1984)", "Distr.: General", "30 May 1984"],
    top=[],
    head=["第551(1984)号决议", "一九八四年五月三十日安全理事会第2536次会议通过"],
    body=[
        "安全理事会，",
        "回顾其一九八二年六月六日第508(1982)号、一九八三年四月八日第530(1983)号和十月十八日第540(1983)号等决议，",
        "1. 决定将观察员部队的任务期限再延长六个月，至一九八四年十一月三十日为止；",
    ],
)

LIBREOFFICE_ROWS: list[tuple[str, Records]] = [
    # the year's bracket at a paragraph's end, on a narrow page
    ("ar-10.5cm", _AR_ENDS),
    # the date of the list's second number, the number set apart from "第"
    ("zh-11pt", {("S/RES/530(1983)", "1983-04-08")}),
    ("zh-20pt", {("S/RES/530(1983)", "1983-04-08")}),
]


@pytest.fixture(scope="module")
def libreoffice_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The documents by LibreOffice: whole (a masthead, the symbol in the page header), or their
    paragraphs alone on a page 10.5 cm wide."""
    for font in (_ARABIC_FONT, _CHINESE_FONT):
        if not font_installed(font):
            pytest.skip(f"{font} is not installed")
    docs = {
        "ar-10.5cm": narrow_document(_AR_BODY, _ARABIC_FONT, "10.5cm"),
        "zh-11pt": fodt(_ZH, "11pt"),
        "zh-20pt": fodt(_ZH, "20pt"),
    }
    made = libreoffice_pdfs(docs, tmp_path_factory.mktemp("formats42"))
    if made is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    return made


@pytest.mark.parametrize(("name", "want"), LIBREOFFICE_ROWS, ids=[r[0] for r in LIBREOFFICE_ROWS])
def test_libreoffice_pdfs_of_council_resolutions(
    libreoffice_files: dict[str, bytes], name: str, want: Records
) -> None:
    got = _records(libreoffice_files[name], name + ".pdf")
    assert want <= got, sorted(got)
