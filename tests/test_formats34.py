"""Official files as they come (issue 7, session 34), in files built here.

An Arabic paragraph with Arabic-Indic digits, exported by LibreOffice in a font whose digits and
slashes it draws out of order ("٧٠" and "١" first, then "/" in the gap left for it): each number is
read left to right from its glyphs' places ("٧٠/١", not "١/٠٧"), as its Western digits are.  An
OCR's text layer that reads a five as "S", an eight as "B" or a two as "Z" after a digit inside a
number joined by slashes or a symbol's element ("resolution 6S/1", "A/7S/L.3") is put right there
only (a resolution's part "45/2B", an element that opens with a letter, "A/S-2/4", stay).  In a
Word 97-2003 (.doc) file a paragraph mark a tracked change deleted joins its paragraph to the
next, as Word (and the .docx reader) shows it, and a note's reference right after a number is a
mark ("73/195¹").  A justified Arabic paragraph from LibreOffice reads without its kashidas, and a
Chinese text layer wrapped inside a number reads it whole.  Every passage is written for these
tests in UN style."""

from __future__ import annotations

import html
import shutil
import subprocess
from pathlib import Path

import pytest

from official_files import (
    W_NS,
    Cited,
    arabic_fodt,
    cited_in,
    fodt_document,
    fodt_p,
    libreoffice_pdfs,
    word_package,
)
from rescite.read import text_of
from test_formats33 import ocr_layer

# -- Arabic-Indic digits in a LibreOffice PDF -----------------------------------------------------
# (row id, the paragraphs, what is cited)
INDIC: list[tuple[str, list[str], Cited]] = [
    (
        "a resolution and its date",
        [
            "إن الجمعية العامة،",
            "إذ تشير إلى قرارها ٦٨/٢٠٤ المؤرخ ١٦ كانون الأول/ديسمبر ٢٠١٣،",
            "تقرر أن تبقي المسألة قيد نظرها.",
        ],
        {("A/RES/68/204", "2013-12-16")},
    ),
    (
        "a decision and a council's resolution",
        [
            "إن الجمعية العامة،",
            "وإذ تشير إلى مقررها ٧٧/٥٣١ وإلى قرار مجلس حقوق الإنسان ٤٩/٢١،",
            "تقرر أن تبقي المسألة قيد نظرها.",
        ],
        {("A/DEC/77/531", None), ("A/HRC/RES/49/21", None)},
    ),
    (
        "a coded decision in Latin letters",
        [
            "إن الجمعية العامة،",
            "وإذ تحيط علما بالمقرر 3/CP.26 لمؤتمر الأطراف وبتقرير الأمين العام A/79/207،",
            "تقرر أن تبقي المسألة قيد نظرها.",
        ],
        {("FCCC/CP/DEC/26/3", None), ("A/79/207", None)},
    ),
    (
        "a Security Council resolution and its year",
        [
            "إن الجمعية العامة،",
            "وإذ تشير إلى قرار مجلس الأمن ٢٤١٧ (٢٠١٨) المؤرخ ٢٤ أيار/مايو ٢٠١٨،",
            "تقرر أن تبقي المسألة قيد نظرها.",
        ],
        {("S/RES/2417(2018)", "2018-05-24")},
    ),
]
_FONTS = ("Noto Naskh Arabic", "Noto Kufi Arabic", "DejaVu Sans")


def _installed(font: str) -> bool:
    fc = shutil.which("fc-list")
    return fc is not None and bool(subprocess.run([fc, font], capture_output=True, text=True).stdout.strip())


def _arabic_fonts() -> list[str]:
    """The fonts of :data:`_FONTS` installed (the tests are skipped when there is none)."""
    fonts = [f for f in _FONTS if _installed(f)]
    if not fonts:
        pytest.skip("no Arabic font installed")
    return fonts


@pytest.fixture(scope="module")
def indic_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    fonts = _arabic_fonts()
    docs = {
        f"{k}-{j}": arabic_fodt(font, row[1]) for k, row in enumerate(INDIC) for j, font in enumerate(fonts)
    }
    made = libreoffice_pdfs(docs, tmp_path_factory.mktemp("indic"))
    if made is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    return made


@pytest.mark.parametrize(("k", "cited"), [(k, r[2]) for k, r in enumerate(INDIC)], ids=[r[0] for r in INDIC])
def test_arabic_indic_numbers_drawn_out_of_order(indic_files: dict[str, bytes], k: int, cited: Cited) -> None:
    files = {name: data for name, data in indic_files.items() if name.startswith(f"{k}-")}
    assert files
    for name, data in files.items():
        assert cited_in(text_of(data, f"{name}.pdf")) == cited, name


# -- an OCR's misreadings: S, B and Z for digits, a space before a slash ---------------------------
MISREAD: list[tuple[str, list[str], Cited]] = [
    (
        "a session's number with S",
        ["Recalling its resolution 6S/312 of 23 December 2010,"],
        {("A/RES/65/312", "2010-12-23")},
    ),
    (
        "a symbol's element with S",
        ["Having considered the report of the Secretary-General (A/7S/218),"],
        {("A/75/218", None)},
    ),
    (
        "numbers with B and Z",
        ["Recalling its resolutions 7B/166 and 3Z/130,"],
        {("A/RES/78/166", None), ("A/RES/32/130", None)},
    ),
    (
        "a year inside a symbol with Z and O",
        ["Taking note of the letter contained in document S/2O2Z/614,"],
        {("S/2022/614", None)},
    ),
]


@pytest.mark.parametrize(("lines", "cited"), [r[1:] for r in MISREAD], ids=[r[0] for r in MISREAD])
def test_an_ocr_layer_with_letters_for_digits(lines: list[str], cited: Cited) -> None:
    assert cited_in(text_of(ocr_layer(lines), "scan.pdf")) == cited


# what stays as it is: the letter opens its element, or a "B" ends the token (a resolution's part)
KEPT: list[tuple[str, str, Cited]] = [
    ("a part's letter", "Recalling its resolution 45/2B of 1990,", {("A/RES/45/2B", None)}),
    ("a special session's mark", "Recalling document A/S-2/4,", {("A/S-2/4", None)}),
    ("a Council's symbol", "Recalling S/RES/2535 (2020),", {("S/RES/2535(2020)", None)}),
]


@pytest.mark.parametrize(("line", "cited"), [r[1:] for r in KEPT], ids=[r[0] for r in KEPT])
def test_typeset_letters_stay(line: str, cited: Cited) -> None:
    text = text_of(ocr_layer([line]), "scan.pdf")
    assert line in text
    assert cited_in(text) == cited


# -- a Word 97-2003 file: a deleted paragraph mark -------------------------------------------------
_DEL = '<w:del w:id="{k}" w:author="Editor" w:date="2025-03-04T10:00:00Z"/>'
# (row id, the paragraphs: (text, its mark deleted), what is cited)
JOINED: list[tuple[str, list[tuple[str, bool]], Cited]] = [
    (
        "a list of resolutions cut by a deleted mark",
        [
            ("The General Assembly,", False),
            ("Recalling its resolutions 74/229 and ", True),
            ("75/212 of 21 December 2020,", False),
        ],
        {("A/RES/74/229", "2020-12-21"), ("A/RES/75/212", "2020-12-21")},
    ),
    (
        "a Council's resolution and its year",
        [
            ("The Security Council,", False),
            ("Recalling its resolution 2427 ", True),
            ("(2018) and its presidential statements,", False),
        ],
        {("S/RES/2427(2018)", None)},
    ),
]


@pytest.fixture(scope="module")
def joined_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    docs = {}
    for k, (_, paras, _) in enumerate(JOINED):
        body = "".join(
            "<w:p>"
            + (f"<w:pPr><w:rPr>{_DEL.format(k=j)}</w:rPr></w:pPr>" if gone else "")
            + f'<w:r><w:t xml:space="preserve">{html.escape(text)}</w:t></w:r></w:p>'
            for j, (text, gone) in enumerate(paras)
        )
        docs[f"row{k}"] = word_package(body)
    out: Path = tmp_path_factory.mktemp("word97-marks")
    made = libreoffice_pdfs(docs, out, suffix="docx", convert="doc:MS Word 97")
    if made is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    return made


@pytest.mark.parametrize(
    ("k", "cited"), [(k, r[2]) for k, r in enumerate(JOINED)], ids=[r[0] for r in JOINED]
)
def test_a_deleted_paragraph_mark_joins_paragraphs(
    joined_files: dict[str, bytes], k: int, cited: Cited
) -> None:
    text = text_of(joined_files[f"row{k}"], "changed.doc")
    first, second = JOINED[k][1][1][0], JOINED[k][1][2][0]
    assert first + second in text
    assert cited_in(text) == cited


# -- a Word 97-2003 file: a note's reference right after a number ----------------------------------
# (row id, the paragraph: "^" where a note's reference stands, the notes, what is cited)
NOTED: list[tuple[str, str, list[str], Cited]] = [
    (
        "en: after a resolution's number and a Council's year",
        "Recalling its resolution 73/195^ and Security Council resolution 2467 (2019)^,",
        ["See A/73/PV.60.", "See S/PV.8514."],
        {("A/RES/73/195", None), ("S/RES/2467(2019)", None), ("A/73/PV.60", None), ("S/PV.8514", None)},
    ),
    (
        "ru: after a report's symbol",
        "принимая к сведению доклад Генерального секретаря A/79/286^,",
        ["Официальные отчеты Генеральной Ассамблеи, семьдесят девятая сессия, Дополнение № 1 (A/79/1)."],
        {("A/79/286", None), ("A/79/1", None)},
    ),
    (
        "ar: after a resolution's number",
        "وإذ تشير إلى قرارها 76/300^ المؤرخ 28 تموز/يوليه 2022،",
        ["انظر A/76/PV.97."],
        {("A/RES/76/300", "2022-07-28"), ("A/76/PV.97", None)},
    ),
]


_SUP = '<w:vertAlign w:val="superscript"/>'


@pytest.fixture(scope="module")
def noted_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    docs = {}
    for k, (_, line, notes, _) in enumerate(NOTED):
        runs = "".join(
            (f'<w:r><w:rPr>{_SUP}</w:rPr><w:footnoteReference w:id="{j}"/></w:r>' if j else "")
            + f'<w:r><w:t xml:space="preserve">{html.escape(part)}</w:t></w:r>'
            for j, part in enumerate(line.split("^"))
        )
        part = (
            f"<w:footnotes {W_NS}>"
            + "".join(
                f'<w:footnote w:id="{j}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {html.escape(note)}</w:t></w:r></w:p>'
                "</w:footnote>"
                for j, note in enumerate(notes, 1)
            )
            + "</w:footnotes>"
        )
        docs[f"row{k}"] = word_package(f"<w:p>{runs}</w:p>", {"footnotes": part}, section="")
    made = libreoffice_pdfs(
        docs, tmp_path_factory.mktemp("word97-notes"), suffix="docx", convert="doc:MS Word 97"
    )
    if made is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    return made


@pytest.mark.parametrize(("k", "cited"), [(k, r[3]) for k, r in enumerate(NOTED)], ids=[r[0] for r in NOTED])
def test_a_note_reference_after_a_number_is_a_mark(
    noted_files: dict[str, bytes], k: int, cited: Cited
) -> None:
    text = text_of(noted_files[f"row{k}"], "noted.doc")
    assert "¹" in text
    assert cited_in(text) == cited


# -- a justified Arabic paragraph: LibreOffice's kashidas ------------------------------------------
# LibreOffice stretches the words of a justified Arabic line with kashidas, glyphs its font's
# Unicode map leaves out: read as nothing ("المؤرخ", not "الم&&ؤرخ"), and a word so stretched
# (its pieces drawn left to right) leaves the line's order as the other words show it.
JUSTIFIED = [
    "إن الجمعية العامة،",
    "إذ تشير إلى قراراتها 66/288 المؤرخ 27 تموز/يوليه 2012 و 69/313 المؤرخ 27 تموز/يوليه 2015"
    " و 74/4 المؤرخ 15 تشرين الأول/أكتوبر 2019، وإذ تحيط علما بتقرير الأمين العام A/79/81"
    " وبالوثيقة A/C.2/79/L.31/Rev.1 وبمقرر مجلس حقوق الإنسان 55/115 وبقرار المجلس الاقتصادي"
    " والاجتماعي 2024/11 وبقرارها 78/160 المؤرخ 19 كانون الأول/ديسمبر 2023،",
    "تقرر أن تبقي المسألة قيد نظرها.",
]
JUSTIFIED_CITED = {
    "A/RES/66/288",
    "A/RES/69/313",
    "A/RES/74/4",
    "A/79/81",
    "A/C.2/79/L.31/Rev.1",
    "A/HRC/DEC/55/115",
    "E/RES/2024/11",
    "A/RES/78/160",
}


def _justified(font: str, width: str) -> str:
    styles = (
        '<style:style style:name="P" style:family="paragraph">'
        '<style:paragraph-properties style:writing-mode="rl-tb" fo:text-align="justify"/>'
        f'<style:text-properties fo:font-family="{font}" style:font-family-complex="{font}" '
        'fo:font-size="12pt" style:font-size-complex="12pt"/></style:style>'
        f'<style:page-layout style:name="L"><style:page-layout-properties fo:page-width="{width}" '
        'fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="1.5cm" '
        'fo:margin-right="1.5cm"/></style:page-layout>'
    )
    master = (
        '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="L"/>'
        "</office:master-styles>"
    )
    return fodt_document(styles, "".join(fodt_p(x) for x in JUSTIFIED), master)


_WIDTHS = ("21cm", "15cm")


@pytest.fixture(scope="module")
def justified_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    docs = {f"{font.replace(' ', '_')}-{w}": _justified(font, w) for font in _arabic_fonts() for w in _WIDTHS}
    made = libreoffice_pdfs(docs, tmp_path_factory.mktemp("justified"))
    if made is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    return made


@pytest.mark.parametrize(("font", "width"), [(f, w) for f in _FONTS for w in _WIDTHS])
def test_a_justified_arabic_paragraph(justified_files: dict[str, bytes], font: str, width: str) -> None:
    name = f"{font.replace(' ', '_')}-{width}"
    if name not in justified_files:
        pytest.skip(f"{font} is not installed")
    text = text_of(justified_files[name], "justified.pdf")
    assert "&" not in text
    assert {target for target, _ in cited_in(text)} == JUSTIFIED_CITED


# -- a Chinese text layer wrapped inside a number, a blank before its counter ----------------------
# (LibreOffice wraps a Chinese line at any character, a number's too, and the text layer has a
# blank between a number and the ideograph beside it: "第 55/11⏎5 号决定" is "第55/115号决定")
WRAPPED: list[tuple[str, str, Cited]] = [
    (
        "a decision's number cut before its last digit",
        "大会，\n回顾其 2012 年 7 月 27 日第 66/\n288 号决议、2015 年 7 月 27 日\n"
        "第 69/313 号决议和 2019 年 10 月\n"
        "15 日第 74/4 号决议以及安全理\n事会第 2417(2018)号决议，注意到\n秘书长的报告和人权理事会第 55/11\n"
        "5 号决定以及大会第 78/160 号决议，\n决定继续处理此案。",
        {
            ("A/RES/66/288", "2012-07-27"),
            ("A/RES/69/313", "2015-07-27"),
            ("A/RES/74/4", "2019-10-15"),
            ("S/RES/2417(2018)", None),
            ("A/HRC/DEC/55/115", None),
            ("A/RES/78/160", None),
        },
    ),
]


@pytest.mark.parametrize(("text", "cited"), [r[1:] for r in WRAPPED], ids=[r[0] for r in WRAPPED])
def test_a_chinese_line_wrapped_inside_a_number(text: str, cited: Cited) -> None:
    assert cited_in(text) == cited
