"""PDFs that LibreOffice prints (headless; the tests skip when it is not installed), read back
and compared with the citations of the same text: a right-to-left line that a word with its
note's marker opens ("والسياسية(2)"), which the word processor draws bracket first, to the
left of the word.  The passages are written for these tests in the style of UN texts."""

from __future__ import annotations

import html
import tempfile
from pathlib import Path

import pytest

from official_files import fodt_document, libreoffice_pdfs
from rescite.engine.extract import extract_text
from rescite.read import text_of

# one paragraph style, right to left
_STYLES = """<style:style style:name="P" style:family="paragraph">
<style:paragraph-properties style:writing-mode="rl-tb"/></style:style>"""
BREAK = "\u2028"  # where a line break is set in the paragraph (the word after it opens a line)

# each passage: its paragraphs, a line break set before the word that carries a note's marker
PASSAGES = {
    "the Covenant's last word and its marker open a line": [
        "إن الجمعية العامة،",
        "وإذ تستذكر الإعلان العالمي لحقوق الإنسان(1) والعهد الدولي الخاص بالحقوق المدنية"
        f"{BREAK}والسياسية(2)، وإذ تؤكد من جديد التزامها بهما،",
        "وإذ تحيط علما بتقرير الأمين العام (A/80/214)،",
        "____________",
        "(1) القرار 217 ألف (د-3).",
        "(2) انظر القرار 2200 ألف (د-21)، المرفق.",
    ],
    "the other Covenant, a second marker on the line": [
        "إن الجمعية العامة،",
        "وإذ تشير إلى العهد الدولي الخاص بالحقوق الاقتصادية والاجتماعية"
        f"{BREAK}والثقافية(1) وإلى قرارها 78/190(2)،",
        "____________",
        "(1) الأمم المتحدة، مجموعة المعاهدات، المجلد 993، الرقم 14531.",
        "(2) المرفق.",
    ],
    "the Convention's last word and its marker open a line": [
        "إن الجمعية العامة،",
        f"إذ تسترشد باتفاقية حقوق{BREAK}الطفل(1)، وإذ تشير إلى قرارها 79/158"
        " المؤرخ 17 كانون الأول/ديسمبر 2024،",
        "____________",
        "(1) الأمم المتحدة، مجموعة المعاهدات، المجلد 1577، الرقم 27531.",
    ],
}


def _fodt(paragraphs: list[str]) -> str:
    paras = "".join(
        '<text:p text:style-name="P">' + html.escape(p).replace(BREAK, "<text:line-break/>") + "</text:p>"
        for p in paragraphs
    )
    return fodt_document(_STYLES, paras)


@pytest.fixture(scope="module")
def printed() -> dict[str, str]:
    with tempfile.TemporaryDirectory() as tmp:
        names = {f"p{i}": name for i, name in enumerate(PASSAGES)}
        pdfs = libreoffice_pdfs({key: _fodt(PASSAGES[name]) for key, name in names.items()}, Path(tmp))
    if pdfs is None:
        pytest.skip("LibreOffice (soffice) not installed")
    return {names[key]: text_of(pdf, f"{key}.pdf") for key, pdf in pdfs.items()}


def _found(text: str) -> set[tuple[str, str | None]]:
    return {(str(c.target), c.date) for c in extract_text(text, lang="ar").citations if c.target}


@pytest.mark.parametrize("name", list(PASSAGES))
def test_a_right_to_left_line_opened_by_a_word_and_its_marker(printed: dict[str, str], name: str) -> None:
    text = "\n\n".join(PASSAGES[name])
    opening = text.split(BREAK, 1)[1].split()[0]  # the word and its marker, as written
    assert opening in printed[name].split()
    want = _found(text.replace(BREAK, "\n"))
    assert len(want) >= 2
    assert _found(printed[name]) == want
