"""Official files as they come (issue 7, session 33): scanned documents with an OCR text layer.

The text layer of a scanned page is drawn invisible (render mode 3) over the image, each word
fitted to the one on the image by the horizontal scaling (``Tz``): the gaps between words are
measured with the glyphs' widths so scaled ("resolution 70/1", not "resolution70/1").  The
OCR's misreadings inside a citation-shaped token are put right: a one read as "l" in a symbol's
element or alone where its number stands ("A/C.l/81/L.5", "decision l/CP.9"), in a session's
number and its own ("8O/l"), a year in brackets with an "O" ("(2OOO)"), a space inside a
session's number of four digits before its numeral ("2 917 (XXVIII)"), numbers glued to Chinese
ideographs.  What a typeset text holds is left as it is ("decision III/4" of a conference that
numbers its sessions in Roman numerals).  In a Word 97-2003 (.doc) file, text a tracked change
deleted and hidden text are left out, as the .docx reader leaves them out.  Every passage is
written for these tests in UN style."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from official_files import Cited, cited_in, libreoffice_pdfs, word_package
from pdf_files import one_page
from rescite.engine.extract import extract_text
from rescite.read import text_of
from rescite.read.pdf import ocr_repair


def ocr_layer(lines: list[str], scale: int = 100, glyphs: bool = False) -> bytes:
    """A scanned page's text layer: each line drawn invisible, ``scale`` its horizontal
    scaling; at a scaling other than 100 each word (with ``glyphs`` each glyph) drawn at a
    position of its own with no space glyph (as OCR programs draw a word over its image), the
    gap after a word a third of the font size."""
    ops = ["BT /F1 10 Tf 3 Tr"]
    for k, line in enumerate(lines):
        y = 760 - 14 * k
        if scale == 100:
            ops.append(f"1 0 0 1 60 {y} Tm {{{line}}} Tj")
            continue
        x = 60.0
        for word in line.split():
            for piece in word if glyphs else [word]:
                ops.append(f"{scale} Tz 1 0 0 1 {x:.2f} {y} Tm {{{piece}}} Tj")
                x += 5 * len(piece) * scale / 100 + 0.1 * glyphs
            x += 3.5
    ops.append("ET")
    return one_page(ops)


# -- misreadings of an OCR in a scanned document's text layer ---------------------------------------
# (row id, the layer's lines, what is cited)
MISREAD: list[tuple[str, list[str], Cited]] = [
    (
        "en: a committee's number read as l",
        ["Having considered draft resolution A/C.l/81/L.5 and its resolution 8O/l,"],
        {("A/C.1/81/L.5", None), ("A/RES/80/1", None)},
    ),
    (
        "en: decision of a conference of the parties, its number a lone l",
        ["Recalling decision l/CP.9 of the Conference of the Parties and decision 4/CMP.l,"],
        {("FCCC/CP/DEC/9/1", None), ("FCCC/KP/CMP/DEC/1/4", None)},
    ),
    (
        "en: a year in brackets with O",
        ["Recalling Security Council resolution l325 (2OOO) of 31 October 2000,"],
        {("S/RES/1325(2000)", "2000-10-31")},
    ),
    (
        "fr: a space inside a session's number",
        ["Rappelant sa résolution 2 917 (XXVIII) du 9 novembre 1973,"],
        {("A/RES/2917(XXVIII)", "1973-11-09")},
    ),
    (
        "es: a record's element read as l",
        ["Tomando nota del acta A/6l/PV.l4 y de la resolución 6l/3l,"],
        {("A/61/PV.14", None), ("A/RES/61/31", None)},
    ),
    (
        "es: a special session's element",
        ["Recordando su resolución S-l/2 y su resolución ES-lO/9,"],
        {("A/RES/S-1/2", None), ("A/RES/ES-10/9", None)},
    ),
    (
        "ru: session's number and its own",
        ["ссылаясь на свою резолюцию 7l/2O от 12 декабря 2016 года и документ A/7l/PV.6l,"],
        {("A/RES/71/20", "2016-12-12"), ("A/71/PV.61", None)},
    ),
]


@pytest.mark.parametrize(("lines", "cited"), [r[1:] for r in MISREAD], ids=[r[0] for r in MISREAD])
def test_an_ocr_layer_gives_its_citations(lines: list[str], cited: Cited) -> None:
    text = text_of(ocr_layer(lines), "scan.pdf")
    assert cited <= cited_in(text, "scan.pdf")


# -- the same in Arabic and Chinese layers (the repair itself, then what the text cites) -----------
# (row id, the language, the layer's text, what is cited)
MISREAD_TEXT: list[tuple[str, str, str, Cited]] = [
    (
        "zh: numbers glued to ideographs",
        "zh",
        "回顾其第8O/l号决议和安全理事会第l4O7（2OO2）号决议，",
        {("A/RES/80/1", None), ("S/RES/1407(2002)", None)},
    ),
    (
        "zh: an old resolution",
        "zh",
        "回顾其1973年11月9日第29l7（XXVIII）号决议，",
        {("A/RES/2917(XXVIII)", "1973-11-09")},
    ),
    (
        "ar: a committee's symbol",
        "ar",
        "وقد نظرت في مشروع القرار A/C.l/81/L.5 وفي الوثيقة A/6l/PV.l4،",
        {("A/C.1/81/L.5", None), ("A/61/PV.14", None)},
    ),
]


@pytest.mark.parametrize(
    ("lang", "layer", "cited"), [r[1:] for r in MISREAD_TEXT], ids=[r[0] for r in MISREAD_TEXT]
)
def test_an_ocr_layer_in_arabic_and_chinese(lang: str, layer: str, cited: Cited) -> None:
    repaired = ocr_repair(layer)
    assert len(repaired) == len(layer)
    result = extract_text(repaired, lang=lang)
    assert cited <= {(str(c.target), c.date) for c in result.citations if c.target}


# -- what typeset text holds stays as it is -----------------------------------------------------------
TYPESET = [
    "Recalling decisions II/7 and III/4 of the Conference of the Parties",  # Roman sessions
    "in accordance with decision I/2 and UNEP/CBD/COP/DEC/IV/1",
    "see www.example.org/docs/l and the annex to Article I/3",  # no capitals' element
    "to be met by 2030 (iv) and 2 915 (b) of the list",  # not a session's numeral
    "the CO2/H2O ratio and the H1N1/A strain, ISO 9001",
    "2 181 (II)\n3 273 (XXIX)",  # a table's row numbers at the lines' start
]


@pytest.mark.parametrize("typeset", TYPESET)
def test_typeset_text_is_kept(typeset: str) -> None:
    assert ocr_repair(typeset) == typeset


# -- words fitted to the image by horizontal scaling --------------------------------------------------
# (row id, the scaling, each glyph apart, the layer's lines, what is cited)
SCALED: list[tuple[str, int, bool, list[str], Cited]] = [
    (
        "en: narrowed words",
        80,
        False,
        ["Recalling its resolution 79/214 of 19 December 2024 and document A/79/308,"],
        {("A/RES/79/214", "2024-12-19"), ("A/79/308", None)},
    ),
    (
        "fr: narrowed words",
        75,
        False,
        ["Rappelant sa résolution 78/166 du 19 décembre 2023,"],
        {("A/RES/78/166", "2023-12-19")},
    ),
    (
        "es: narrowed words",
        85,
        False,
        ["Recordando la resolución 2719 (2023) del Consejo de Seguridad,"],
        {("S/RES/2719(2023)", None)},
    ),
    (
        "ru: narrowed words",
        80,
        False,
        ["ссылаясь на свою резолюцию 77/208 от 15 декабря 2022 года,"],
        {("A/RES/77/208", "2022-12-15")},
    ),
    (
        "en: widened glyphs, each apart",
        140,
        True,
        ["Recalling its resolution 79/214 of 19 December 2024,"],
        {("A/RES/79/214", "2024-12-19")},
    ),
    (
        "fr: widened glyphs, each apart",
        150,
        True,
        ["Rappelant sa résolution 78/166 du 19 décembre 2023,"],
        {("A/RES/78/166", "2023-12-19")},
    ),
]


@pytest.mark.parametrize(
    ("scale", "glyphs", "lines", "cited"), [r[1:] for r in SCALED], ids=[r[0] for r in SCALED]
)
def test_scaled_words_keep_their_gaps(scale: int, glyphs: bool, lines: list[str], cited: Cited) -> None:
    text = text_of(ocr_layer(lines, scale, glyphs), "scan.pdf")
    assert "  " not in text
    assert len(text.split()) == len(lines[0].split())
    assert cited <= cited_in(text, "scan.pdf")


# -- Word 97-2003 files: tracked deletions and hidden text ------------------------------------------
def _r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _deleted(text: str) -> str:
    return (
        '<w:del w:id="7" w:author="Editor" w:date="2025-11-03T10:00:00Z"><w:r>'
        f'<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'
    )


def _inserted(text: str) -> str:
    return f'<w:ins w:id="8" w:author="Editor" w:date="2025-11-03T10:00:00Z">{_r(text)}</w:ins>'


def _hidden(text: str) -> str:
    return f'<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


# (row id, the paragraph's runs, what is cited: nothing of the text left out)
WORD97: list[tuple[str, list[str], Cited]] = [
    (
        "en: a deleted reference and an inserted one",
        [
            _r("Recalling its resolutions "),
            _deleted("77/186 and "),
            _inserted("79/190 and "),
            _r("80/203,"),
        ],
        {("A/RES/79/190", None), ("A/RES/80/203", None)},
    ),
    (
        "fr: a deleted report",
        [
            _r("Prenant note du rapport du Secrétaire général"),
            _deleted(" (A/80/118)"),
            _r(" et de sa résolution 79/172,"),
        ],
        {("A/RES/79/172", None)},
    ),
    (
        "es: hidden text",
        [
            _r("Recordando su resolución 78/212"),
            _hidden(" y el documento A/78/455"),
            _r(", de 22 de diciembre de 2023,"),
        ],
        {("A/RES/78/212", "2023-12-22")},
    ),
    (
        "ru: a deleted date and its replacement",
        [
            _r("ссылаясь на свою резолюцию 79/161 от "),
            _deleted("17 декабря 2024 года"),
            _inserted("18 декабря 2024 года"),
            _r(","),
        ],
        {("A/RES/79/161", "2024-12-18")},
    ),
]


@pytest.fixture(scope="module")
def word97_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """Each row's paragraph in a Word package saved by LibreOffice as a Word 97-2003 file with
    its tracked changes (the test is skipped when LibreOffice is not installed)."""
    out: Path = tmp_path_factory.mktemp("word97-changes")
    docs = {f"row{k}": word_package(f"<w:p>{''.join(runs)}</w:p>") for k, (_, runs, _) in enumerate(WORD97)}
    made = libreoffice_pdfs(docs, out, suffix="docx", convert="doc:MS Word 97")
    if made is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    return {WORD97[k][0]: made[f"row{k}"] for k in range(len(WORD97))}


@pytest.mark.parametrize(("row", "cited"), [(r[0], r[2]) for r in WORD97], ids=[r[0] for r in WORD97])
def test_left_out_text_of_a_word_97_file(word97_files: dict[str, bytes], row: str, cited: Cited) -> None:
    text = text_of(word97_files[row], "changed.doc")
    assert "\ufdd1" not in text
    assert cited_in(text, "changed.doc") == cited
