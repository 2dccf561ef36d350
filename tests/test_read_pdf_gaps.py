"""PDF pages that set words apart by position only, without a space glyph between them: a
number in a ``TJ`` array that moves the next glyph on, a new text position on the same line
for the next word, or runs of a right-to-left line drawn one after the other from the right
edge.  The words come out apart, in Arabic (right to left) as in Latin script; a word that is
only kerned, and two pieces that touch, stay whole.  Passages written for these tests in UN
style."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from passages import assert_passage
from pdf_files import pdf_file, to_unicode
from rescite.read import text_of

GLYPH = 500  # every glyph's width, in thousandths of the font size
SIZE = 10
GAP = 250  # a word gap: a quarter of the font size


def _pdf(lines: list[bytes], chars: str, wide: bool) -> bytes:
    """A one-page PDF drawing ``lines`` (content operators) with a font whose one-byte codes
    map to ``chars`` through a ToUnicode table and whose glyphs are all :data:`GLYPH` wide; no
    space glyph.  ``wide``: the font also has a few wide glyphs that the page does not use (a
    reader that guesses the width of a space from the glyphs' mean takes it too wide)."""
    widths = [GLYPH] * len(chars) + ([9000] * 8 if wide else [])
    stream = b"\n".join(lines)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        f"<< /Type /Font /Subtype /TrueType /BaseFont /Plain /FirstChar 1 /LastChar {len(widths)} "
        f"/Widths [{' '.join(map(str, widths))}] /ToUnicode 6 0 R >>".encode(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
        b"/Resources << /Font << /F1 3 0 R /F2 3 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream",
        to_unicode(chars),
    ]
    return pdf_file(objects)


def _rtl(text: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" and c.isalpha() for c in text)


def _drawn(word: str) -> str:
    """A word's glyphs in the order a page draws them from the left: a right-to-left word's
    last letter first; a number's own digits in order, the script's comma after it on its left."""
    if _rtl(word):
        return word[::-1]
    return word[-1] + word[:-1] if word.endswith("\u060c") else word


def page(lines: list[str], how: str, wide: bool = False) -> bytes:
    """A page with ``lines`` (in reading order; "~" joins two pieces drawn apart that touch,
    "|" marks a kerning pair inside a word) set apart by position only.  ``how``:

    * ``tj``: each line one ``TJ`` array from the left edge, a number between the words;
    * ``td``: each word its own ``Tj``, the next word's place set by ``Td`` further right;
    * ``fonts``: as ``td``, with a font change (the same font under another name) before
      each word;
    * ``back``: each word (or piece) its own ``Tj`` placed by ``Tm``, from the right edge
      leftwards (the words of a right-to-left line in reading order), each drawn left to right.
    """
    chars = "".join(sorted({c for line in lines for c in line if c not in " ~|"}))
    code = {c: i + 1 for i, c in enumerate(chars)}

    def shown(piece: str) -> bytes:  # a string of the array, kerning pairs apart by a small number
        parts = [b"<" + "".join(f"{code[c]:02X}" for c in part).encode() + b">" for part in piece.split("|")]
        return b" 40 ".join(parts) if how == "tj" else b"[" + b" 40 ".join(parts) + b"] TJ"

    def width(piece: str) -> float:
        return len(piece.replace("|", "")) * GLYPH * SIZE / 1000 - piece.count("|") * 40 * SIZE / 1000

    ops = []
    for k, line in enumerate(lines):
        y = 780 - 20 * k
        words = line.split()
        if _rtl(line) and how != "back":  # drawn from the left: the line's last word first
            words = words[::-1]
        pieces = [[_drawn(p) for p in w.split("~")] for w in words]
        if _rtl(line) and how != "back":
            pieces = [p[::-1] for p in pieces]
        if how == "tj":
            arrays = f" -{GAP} ".encode().join(b" ".join(shown(p) for p in w) for w in pieces)
            ops.append(f"BT /F1 {SIZE} Tf 40 {y} Td [".encode() + arrays + b"] TJ ET")
        elif how in ("td", "fonts"):
            body = [f"BT /F1 {SIZE} Tf 40 {y} Td".encode()]
            for n, w in enumerate(pieces):
                piece = "".join(w)
                if how == "fonts":
                    body.append(f"/F{1 + n % 2} {SIZE} Tf".encode())
                body.append(shown(piece) + f" {width(piece) + GAP * SIZE / 1000:g} 0 Td".encode())
            ops.append(b" ".join(body) + b" ET")
        else:
            x = 560.0
            for w in pieces:
                for p in w:
                    x -= width(p)
                    ops.append(f"BT /F1 {SIZE} Tf 1 0 0 1 {x:g} {y} Tm ".encode() + shown(p) + b" ET")
                x -= GAP * SIZE / 1000
    return _pdf(ops, chars, wide)


AR = "إذ تشير إلى قرار|ها 64/293 المؤرخ 30 تموز/يوليه 2010~،"
AR_GLUED = "وإذ تشير إلى القرار|ين 71/208 و~72/279 أيضا،"
EN = "Recalling its resolution 64/293 of 30 Ju|ly 2010,"
FR = "Rappelant sa ré|solution 71/208 du 19 décembre 2016,"

# (a line, how it is drawn, whether the font's space is guessed too wide, whether the line
# comes out in reading order or only its words are checked)
ROWS = [
    # Arabic drawn from the left edge in one TJ array (pypdf put the gaps at the run's end:
    # "إذتشيرإلىقرارها   "), and word by word with Td moves: the words apart, and in order (a
    # run of words that pypdf put in reading order itself is not turned round word by word
    # with the line: not "قرارها إلى تشير إذ 64/293 …")
    ("ar", AR, "tj", False, True),
    ("ar", AR, "td", False, True),
    ("ar", AR_GLUED, "tj", False, True),
    ("ar", AR_GLUED, "td", False, True),
    # the words drawn from the right edge leftwards (a word processor's runs): apart and in
    # order; a conjunction drawn apart from the number it is glued to stays glued to it
    ("ar", AR, "back", False, True),
    ("ar", AR_GLUED, "back", False, True),
    # a font whose space pypdf guesses too wide from its glyphs, in Latin and Arabic script
    ("en", EN, "tj", True, True),
    ("en", EN, "td", True, True),
    ("fr", FR, "tj", True, True),
    ("ar", AR, "tj", True, True),
    # words drawn from the left edge with a font change between them: each word is a run of
    # its own, and the line is put in reading order as a line drawn word by word
    ("ar", AR, "fonts", True, True),
]


@pytest.mark.parametrize(("lang", "line", "how", "wide", "in_order"), ROWS)
def test_words_set_apart_by_position_only(lang: str, line: str, how: str, wide: bool, in_order: bool) -> None:
    pytest.importorskip("pypdf")
    from rescite.read import pdfgaps

    if not pdfgaps._install():  # a pypdf whose extractor is not the one the gaps are read on
        pytest.skip("this pypdf reads the page alone (no gap-aware extractor)")
    text = text_of(page([line], how, wide), f"{lang}.pdf")
    expected = line.replace("|", "").replace("~", "")
    if in_order:
        assert " ".join(text.split()) == expected
    assert sorted(text.split()) == sorted(expected.split()), text


# -- Kangxi radicals for the characters they look like -----------------------------------------
# (a Chinese font whose glyphs of common characters map to the radicals: "⼤会", "12⽉19⽇"; a
# font whose slash maps to the division slash: "第６４∕２９３号")
KANGXI = [
    (["⼤会，", "回顾其2019年12⽉19⽇第74/211号决议，"], {"A/RES/74/211": "2019-12-19"}),
    (["安全理事会，", "重申其2015年12⽉9⽇第2250(2015)号决议，"], {"S/RES/2250(2015)": "2015-12-09"}),
    (["⼤会，", "注意到秘书长的报告（A/79/255），"], {"A/79/255": None}),
    # a slash given as the division slash or the fraction slash (a full-width one too)
    (["大会，", "回顾其２０１１年１２月２２日第６６∕２８８号决议，"], {"A/RES/66/288": "2011-12-22"}),
    (
        ["The General Assembly,", "Taking note of the report of the Secretary-General (A∕78∕304),"],
        {"A/78/304": None},
    ),
    (
        ["The General Assembly,", "Recalling its resolution 69⁄313 of 27 July 2015,"],
        {"A/RES/69/313": "2015-07-27"},
    ),
    # the forms of the CJK Radicals Supplement that are whole characters (a browser's PDF: "公⺠")
    (["大会，", "又回顾《公⺠及政治权利国际公约》，"], {"UNTS/999/14668": None}),
    (
        ["大会，", "重申《经济、社会及文化权利国际公约》和《公⺠及政治权利国际公约》，"],
        {
            "UNTS/993/14531": None,
            "UNTS/999/14668": None,
        },
    ),
]


@pytest.mark.parametrize(("lines", "expected"), KANGXI)
def test_kangxi_radicals_read_as_their_characters(lines: list[str], expected: dict[str, str | None]) -> None:
    pytest.importorskip("pypdf")
    from test_read_text_layers import _unicode_pdf

    text = text_of(_unicode_pdf(lines), "zh.pdf")
    assert not any("\u2f00" <= c <= "\u2fd5" for c in text)
    assert_passage(text, expected)


# -- a page the gap-aware reading cannot read is read by pypdf alone ---------------------------
@pytest.mark.parametrize(
    ("pdf", "expected"),
    [
        (lambda: page([EN], "tj"), "Recalling its resolution 64/293 of 30 July 2010,"),
        (lambda: page([AR], "back"), AR.replace("|", "").replace("~", "")),
    ],
)
def test_a_failing_gap_aware_reading_falls_back_to_pypdf(
    pdf: Callable[[], bytes], expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("pypdf")
    from rescite.read import pdfgaps

    def broken(*args: object) -> None:
        raise ValueError("damaged")

    monkeypatch.setattr(pdfgaps, "_before", broken)
    text = text_of(pdf(), "x.pdf")  # every letter of the page, in pypdf's order and spacing
    assert sorted("".join(text.split())) == sorted("".join(expected.split()))


# -- marks a word processor draws in a pass of their own ---------------------------------------
# A right-to-left line laid out from the right edge as a word processor prints it: each run of
# words (with the spaces, slashes, brackets and hyphens between and around them) is drawn as a
# first pass of those marks alone, each at its place (one TJ array, moves between them), then
# the run's letters left to right in one array with a move over each mark's place; numbers are
# pieces of their own.  The marks come out in their places: "آذار/مارس", "(د-48)", "(2005)".
# A number of Arabic-Indic digits is a run of its own drawn the same way: its slash alone in
# the first pass, its digits left to right (as numbers are) in the second.  A symbol in Latin
# letters is a piece of its own, the brackets around it drawn in the passes of the runs beside
# it.  A vowel mark over a letter is drawn by itself, a little raised, with the font set again
# before it and after it: the run's letters on either side of it are drawn apart.
_MARK = " /()-"
_SEGMENT = re.compile(r"[A-Z][\w./]*|\d+(?:/\d+)*|[ /()\-]|[^\d /()\-]+")
_LATIN = re.compile(r"[A-Z]")
_VOWEL_MARKS = re.compile(r"[\u064b-\u0652]")
_INDIC = re.compile(r"[\u0660-\u0669\u06f0-\u06f9]")


def pass_page(lines: list[str]) -> bytes:
    """A page with right-to-left ``lines`` (reading order) drawn as described above."""
    chars = "".join(sorted({c for line in lines for c in line}))
    code = {c: i + 1 for i, c in enumerate(chars)}
    unit = GLYPH * SIZE / 1000  # one glyph's width on the page

    def hexed(text: str) -> bytes:
        return b"<" + "".join(f"{code[c]:02X}" for c in text).encode() + b">"

    def array(items: list[tuple[float, str]], x0: float) -> bytes:
        """A TJ array drawing each (x, glyphs) from ``x0``, with moves between them."""
        out, pen = [], x0
        for x, glyphs in items:
            if x > pen + 1e-6:
                out.append(f"{-(x - pen) / SIZE * 1000:g}".encode())
            out.append(hexed(glyphs))
            pen = x + len(glyphs) * unit
        return b"[" + b" ".join(out) + b"] TJ"

    ops = []
    for k, line in enumerate(lines):
        y = 780 - 20 * k
        x = 560.0
        portions: list[list[tuple[float, str]]] = [[]]
        for segment in _SEGMENT.findall(line):
            x -= len(segment) * unit
            if _INDIC.match(segment):  # its digits and slashes from the left
                parts, at = [], x
                for part in re.split("(/)", segment):
                    parts.append((at, part))
                    at += len(part) * unit
                portions += [parts, []]
            elif segment[0].isdigit() or _LATIN.match(segment):
                portions += [[(x, segment)], []]
            else:
                portions[-1].append((x, segment))
        for portion in portions:
            if not portion:
                continue
            if (portion[0][1][0].isdigit() and not _INDIC.match(portion[0][1])) or _LATIN.match(
                portion[0][1]
            ):
                x, digits = portion[0]
                ops.append(f"BT /F1 {SIZE} Tf {x:g} {y} Td ".encode() + hexed(digits) + b" Tj ET")
                continue
            marks = sorted((x, s) for x, s in portion if s in _MARK)
            # letters drawn from the left (digits as they are)
            words = sorted((x, s if _INDIC.match(s) else s[::-1]) for x, s in portion if s not in _MARK)
            body = [b"BT"]
            if marks:
                body.append(f"/F1 {SIZE} Tf {marks[0][0]:g} {y} Td ".encode() + array(marks, marks[0][0]))
            while words:  # up to a vowel mark, the mark, the rest
                at = words[0][0]
                glyphs = [(x + k * unit, c) for x, w in words for k, c in enumerate(w)]
                vowel = next((k for k, (_, c) in enumerate(glyphs) if _VOWEL_MARKS.match(c)), None)
                if vowel == 0:
                    raised = f"1 0 0 1 {at:g} {y + 2.5:g} Tm /F2 {SIZE} Tf ".encode()
                    body.append(raised + hexed(glyphs[0][1]) + b" Tj")
                    words = _glyph_runs(glyphs[1:], unit)
                    continue
                upto = glyphs[:vowel] if vowel is not None else glyphs
                body.append(
                    f"/F2 {SIZE} Tf 1 0 0 1 {at:g} {y} Tm ".encode() + array(_glyph_runs(upto, unit), at)
                )
                words = _glyph_runs(glyphs[vowel:], unit) if vowel is not None else []
            ops.append(b" ".join(body) + b" ET")
    return _pdf(ops, chars, False)


def _glyph_runs(glyphs: list[tuple[float, str]], unit: float) -> list[tuple[float, str]]:
    """Glyphs at their places, those that touch joined: (x, glyphs) from the left."""
    runs: list[tuple[float, str]] = []
    for x, c in glyphs:
        if runs and abs(runs[-1][0] + len(runs[-1][1]) * unit - x) < 1e-6:
            runs[-1] = (runs[-1][0], runs[-1][1] + c)
        else:
            runs.append((x, c))
    return runs


HEAD = "إن الجمعية العامة،"
PASSES = [
    # a month pair: the slash in the gap between the two names (not "15 / آذار مارس")
    "وإذ تشير إلى قرارها 60/251 المؤرخ 15 آذار/مارس 2006،",
    "عملا بقرارها 72/279 المؤرخ 31 أيار/مايو 2018،",
    # a year in brackets after a resolution's number, the conjunction after it
    "إذ يشير إلى قراريه 1612 (2005) و 1882 (2009)،",
    # a session in brackets, its letter and number joined by a hyphen
    "وإذ تشير إلى قرار المجلس 1503 (د-48) المؤرخ 27 أيار/مايو 1970،",
    # a month in brackets
    "إذ تشير إلى قرارها 73/195 المؤرخ 19 كانون الأول (ديسمبر) 2018،",
    # Arabic-Indic digits: a resolution's number with its slash (not "/٦٤ ٢٩٣"), a year in
    # brackets after a number (not "١٣٢٥ ٢٠٠٠ (و)"), Persian digits, a number of European
    # digits before a year of Arabic-Indic ones (not "1503 (٥١٠٢)")
    "إذ تشير إلى قرارها ٦٤/٢٩٣ المؤرخ ٣٠ تموز/يوليه ٢٠١٠،",
    "وإذ يشير إلى قراريه ١٣٢٥ (٢٠٠٠) و ١٨٢٠ (٢٠٠٨)،",
    "إذ يشير إلى قراريه ۱۶۱۲ (۲۰۰۵) و ۱۸۸۲ (۲۰۰۹)،",
    "وإذ يشير إلى قراره 2250 (٢٠١٥) المؤرخ ٩ كانون الأول/ديسمبر ٢٠١٥،",
    # symbols in Latin letters in brackets, the closing bracket drawn in the pass of the run
    # after the symbol (not "(A/77/15(  )، وبمذكرته A/77/302)")
    "إذ تحيط علما بتقرير الأمين العام (A/77/15)، وبمذكرته (A/77/302)،",
    "وإذ تحيط علما بالملاحظات الختامية (CEDAW/C/PER/CO/9) و (CRC/C/GC/26)،",
    # a vowel mark drawn apart, raised: the words on both sides of it stay in their run
    # (not "إلىقرارالمجلس ً إذ يشير أيضا")
    "وإذ يشير أيضاً إلى قرار المجلس 19/7،",
    "وقد أُعد هذا التقرير عملا بقرار المجلس 2019/11،",
]


@pytest.mark.parametrize("line", PASSES)
def test_marks_drawn_in_a_pass_of_their_own_land_in_their_places(line: str) -> None:
    pytest.importorskip("pypdf")
    from rescite.read import pdfgaps

    if not pdfgaps._install():
        pytest.skip("this pypdf reads the page alone (no gap-aware extractor)")
    text = text_of(pass_page([HEAD, line]), "ar.pdf")
    assert [" ".join(t.split()) for t in text.split("\n") if t.strip()] == [HEAD, line]


# -- a space glyph drawn over by the next glyph -------------------------------------------------
# A browser prints a soft hyphen where the word is not broken as a space glyph that the next
# glyph is drawn over (no advance): no word gap on the page ("Septem ber 2015" lost the date).
# Each glyph is drawn by itself, the pen moved on by its width ("|": such a space glyph).
def glyph_page(lines: list[str]) -> bytes:
    chars = "".join(sorted({c for line in lines for c in line if c != "|"} | {" "}))
    code = {c: i + 1 for i, c in enumerate(chars)}
    ops = []
    for k, line in enumerate(lines):
        body = [f"BT /F1 {SIZE} Tf 40 {780 - 20 * k} Td".encode()]
        for c in line:
            shown = " " if c == "|" else c
            advance = 0 if c == "|" else GLYPH * SIZE / 1000
            body.append(f"<{code[shown]:02X}> Tj {advance:g} 0 Td".encode())
        ops.append(b" ".join(body) + b" ET")
    return _pdf(ops, chars, False)


SOFT = [
    (["Recalling its resolution 72/279 of 31 Ma|y 2018,"], {"A/RES/72/279": "2018-05-31"}),
    (["Recalling its reso|lution 70/1 of 25 Septem|ber 2015,"], {"A/RES/70/1": "2015-09-25"}),
    (["Rappelant sa résolu|tion 75/233 du 21 décem|bre 2020,"], {"A/RES/75/233": "2020-12-21"}),
]


@pytest.mark.parametrize(("lines", "expected"), SOFT)
def test_a_space_glyph_drawn_over_is_no_gap(lines: list[str], expected: dict[str, str | None]) -> None:
    pytest.importorskip("pypdf")
    from rescite.read import pdfgaps

    if not pdfgaps._install():
        pytest.skip("this pypdf reads the page alone (no gap-aware extractor)")
    text = text_of(glyph_page(lines), "x.pdf")
    assert text.split("\n") == [line.replace("|", "") for line in lines]
    assert_passage(text, expected)
