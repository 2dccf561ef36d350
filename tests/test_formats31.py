"""Official files as they come (issue 7, session 31), in files built here.

A justified line's word gaps as a word processor draws them (LibreOffice): a move in the ``TJ``
array and then the space glyph, the move widening the space — or each word set further on,
drawn with its space before it; one gap, not two, so that
"2533 (2020)" is not read as "2533  (2020)" (a Council resolution lost in every justified line
that holds one).  Every passage is written for these tests in UN style."""

from __future__ import annotations

from pathlib import Path

import pytest

from official_files import (
    A4_PAGE,
    Cited,
    cited_in,
    fodt_document,
    fodt_p,
    libreoffice_rows,
    marked_paragraph,
    marks_of,
    raised_run,
    word97_rows,
)
from pdf_files import one_page
from rescite.read import text_of
from rescite.read.marks import TO_SUPERSCRIPT
from test_formats_word import docx, p

# -- a justified line: a move, then the space glyph ------------------------------------------------
# (row id, the passage's lines, what is cited)
JUSTIFIED: list[tuple[str, list[str], Cited]] = [
    (
        "en",
        [
            "Recalling also Security Council resolution 2533 (2020) of 13 July",
            "2020 and its own resolution 74/306 of 11 September 2020,",
        ],
        {("S/RES/2533(2020)", "2020-07-13"), ("A/RES/74/306", "2020-09-11")},
    ),
    (
        "fr",
        [
            "Rappelant la résolution 2533 (2020) du Conseil de sécurité, en date",
            "du 13 juillet 2020, et sa résolution 74/306 du 11 septembre 2020,",
        ],
        {("S/RES/2533(2020)", "2020-07-13"), ("A/RES/74/306", "2020-09-11")},
    ),
    (
        "es",
        [
            "Recordando la resolución 2533 (2020) del Consejo de Seguridad, de",
            "13 de julio de 2020, y su resolución 74/306, de 11 de septiembre de 2020,",
        ],
        {("S/RES/2533(2020)", "2020-07-13"), ("A/RES/74/306", "2020-09-11")},
    ),
    (
        "ru",
        [
            "ссылаясь на резолюцию 2533 (2020) Совета Безопасности от 13 июля",
            "2020 года и свою резолюцию 74/306 от 11 сентября 2020 года,",
        ],
        {("S/RES/2533(2020)", "2020-07-13"), ("A/RES/74/306", "2020-09-11")},
    ),
]


def _justified(line: str, y: int) -> str:
    """``line`` drawn in one ``TJ`` array, each word gap a move and then the space glyph."""
    first, *rest = line.split(" ")
    return f"BT /F1 10 Tf 50 {y} Td [{{{first}}}" + "".join(f" -180 {{ {w}}}" for w in rest) + "] TJ ET"


def _set_further_on(line: str, y: int) -> str:
    """``line`` drawn a word at a time, each word but the first with its space before it and
    set further on than the word before ends (a new text position for each)."""
    ops, x = [], 50
    for k, word in enumerate(line.split(" ")):
        shown = word if k == 0 else " " + word
        ops.append(f"1 0 0 1 {x} {y} Tm {{{shown}}} Tj")
        x += len(shown) * 5 + 3
    return "BT /F1 10 Tf " + " ".join(ops) + " ET"


DRAWN = {"a move in the array": _justified, "a new text position": _set_further_on}


@pytest.mark.parametrize("drawn", list(DRAWN))
@pytest.mark.parametrize(("lines", "cited"), [r[1:] for r in JUSTIFIED], ids=[r[0] for r in JUSTIFIED])
def test_a_justified_lines_gaps_are_one_space_each(drawn: str, lines: list[str], cited: Cited) -> None:
    text = text_of(one_page([DRAWN[drawn](line, 700 - 14 * k) for k, line in enumerate(lines)]), "page.pdf")
    assert "  " not in text
    assert text.split("\n")[:2] == lines
    assert cited_in(text, "page.pdf") == cited


_JUSTIFIED_STYLES = (
    '<style:style style:name="P" style:family="paragraph">'
    '<style:paragraph-properties fo:text-align="justify"/>'
    '<style:text-properties fo:font-size="11pt"/></style:style>'
    + A4_PAGE.replace('margin-left="2cm" fo:margin-right="2cm"', 'margin-left="6cm" fo:margin-right="6cm"')
)

_NARROW = (
    '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="L"/>'
    "</office:master-styles>"
)


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """Each passage of ``JUSTIFIED`` as one justified paragraph of a narrow page, printed by
    LibreOffice (the test is skipped when it is not installed)."""
    out: Path = tmp_path_factory.mktemp("justified")
    docs = {r[0]: fodt_document(_JUSTIFIED_STYLES, fodt_p(" ".join(r[1])), _NARROW) for r in JUSTIFIED}
    return libreoffice_rows(docs, out)


@pytest.mark.parametrize(("lang", "cited"), [(r[0], r[2]) for r in JUSTIFIED], ids=[r[0] for r in JUSTIFIED])
def test_a_justified_paragraph_libreoffice_prints(pdfs: dict[str, bytes], lang: str, cited: Cited) -> None:
    text = text_of(pdfs[lang], "page.pdf")
    assert "  " not in text.strip()
    assert cited_in(text, "page.pdf") == cited


# -- /ActualText: what a span's glyphs stand for ---------------------------------------------------
def _actual(before: str, shown: str, actual: str, after: str, y: int = 700) -> str:
    """A line: ``before``, then a span of glyphs (``shown``: pictures of the characters, a
    dingbat font's) whose ``/ActualText`` is ``actual`` (UTF-16 with its byte order mark), then
    ``after`` (none when empty)."""
    code = actual.encode("utf-16-be").hex().upper()
    tail = f" {{{after}}} Tj" if after else ""
    span = f"/Span << /ActualText <FEFF{code}> >> BDC {{{shown}}} Tj EMC"
    return f"BT /F1 10 Tf 50 {y} Td {{{before}}} Tj {span}{tail} ET"


SOFT_HYPHEN = "\u00ad"
# (row id, the lines, what the text holds, what is cited)
ACTUAL: list[tuple[str, list[str], str, Cited]] = [
    (
        "en: a resolution's number",
        [_actual("Recalling its resolution ", "####", "70/1", " of 25 September 2015,")],
        "Recalling its resolution 70/1 of 25 September 2015,",
        {("A/RES/70/1", "2015-09-25")},
    ),
    (
        "fr: a symbol",
        [_actual("Prenant note du rapport du Secrétaire général ", "########", "A/79/312", ",")],
        "Prenant note du rapport du Secrétaire général A/79/312,",
        {("A/79/312", None)},
    ),
    (
        "ru: the word before the number",
        [_actual("ссылаясь на свою ", "#########", "резолюцию", " 76/300 от 28 июля 2022 года,")],
        "ссылаясь на свою резолюцию 76/300 от 28 июля 2022 года,",
        {("A/RES/76/300", "2022-07-28")},
    ),
    (
        "zh: a resolution's number and its mark",
        [_actual("回顾其2015年9月25日", "######", "第70/1号", "决议，")],
        "回顾其2015年9月25日第70/1号决议，",
        {("A/RES/70/1", "2015-09-25")},
    ),
    (
        "en: a line-end hyphen marked as a soft one stays as drawn",
        [
            _actual("Recalling resolution 2533 (2020) of the Security Coun", "-", SOFT_HYPHEN, ""),
            "BT /F1 10 Tf 50 686 Td {cil, adopted on 13 July 2020,} Tj ET",
        ],
        "Recalling resolution 2533 (2020) of the Security Coun-\ncil,",
        {("S/RES/2533(2020)", "2020-07-13")},
    ),
]


@pytest.mark.parametrize(("ops", "holds", "cited"), [r[1:] for r in ACTUAL], ids=[r[0] for r in ACTUAL])
def test_a_spans_actual_text_is_read_for_its_glyphs(ops: list[str], holds: str, cited: Cited) -> None:
    text = text_of(one_page(ops), "page.pdf")
    assert holds in text
    assert "#" not in text
    assert cited_in(text, "page.pdf") == cited


# -- Word: a note's mark raised by hand (``w:position``) ----------------------------------------------
# (row id, the paragraph's pieces (text, or a raised mark's digits after "^"), what is cited)
RAISED: list[tuple[str, list[str], Cited]] = [
    (
        "en: after a resolution's number",
        ["Recalling its resolution 75/1", "^3", " of 21 September 2020,"],
        {("A/RES/75/1", "2020-09-21")},
    ),
    (
        "fr: after a symbol",
        ["Prenant note du rapport du Secrétaire général A/79/312", "^12", " et de sa résolution 78/187,"],
        {("A/79/312", None), ("A/RES/78/187", None)},
    ),
    (
        "ru: after a year",
        [
            "ссылаясь на резолюцию 76/300, принятую в 2022",
            "^2",
            " году, и резолюцию 70/1 от 25 сентября 2015 года,",
        ],
        {("A/RES/76/300", None), ("A/RES/70/1", "2015-09-25")},
    ),
    (
        "es: after a decision's number",
        ["Recordando su decisión 2024/229", "^5", ", de 24 de julio de 2024,"],
        {("E/DEC/2024/229", "2024-07-24")},
    ),
]


@pytest.mark.parametrize(("pieces", "cited"), [r[1:] for r in RAISED], ids=[r[0] for r in RAISED])
def test_a_mark_raised_by_its_position_is_a_mark(pieces: list[str], cited: Cited) -> None:
    text = text_of(
        docx(p("Economic and Social Council") + marked_paragraph(pieces, raised_run)), "raised.docx"
    )
    assert all(m.translate(TO_SUPERSCRIPT) in text for m in marks_of(pieces))
    assert cited_in(text, "page.pdf") == cited


# -- Word 97 (.doc): a note's mark typed in superscript ------------------------------------------------
@pytest.fixture(scope="module")
def word97(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """Each paragraph of ``RAISED`` (its marks in superscript) saved by LibreOffice as a Word
    97-2003 file (the test is skipped when it is not installed)."""
    return word97_rows(RAISED, "Economic and Social Council", tmp_path_factory.mktemp("word97"))


@pytest.mark.parametrize(("row", "pieces", "cited"), RAISED, ids=[r[0] for r in RAISED])
def test_a_mark_in_superscript_in_a_word_97_file(
    word97: dict[str, bytes], row: str, pieces: list[str], cited: Cited
) -> None:
    text = text_of(word97[row], "raised.doc")
    assert all(m.translate(TO_SUPERSCRIPT) in text for m in marks_of(pieces))
    assert cited_in(text, "page.pdf") == cited
