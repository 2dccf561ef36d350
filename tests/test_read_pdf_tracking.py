"""PDF pages as a browser prints them: letter-spaced text (CSS ``letter-spacing``: each glyph
drawn at a place of its own, the same gap after each, the word gaps drawn as space glyphs)
read as its words, not "r e s o l u t i o n 7 0 / 1"; a word broken at a soft hyphen at a
line's end (the soft hyphen drawn as a space glyph, a hyphen glyph from another font drawn
over it) read as a hyphenated word, not "reso ‐⏎lution".  Passages written for these tests
in UN style."""

from __future__ import annotations

import pytest

from passages import assert_passage
from pdf_files import pdf_file, to_unicode
from rescite.read import text_of

SIZE = 10
GLYPH = 500  # every glyph's width (thousandths of the font size); a space glyph's is half
SPACE = 250


def _font(chars: str, widths: list[int], cmap_obj: int) -> bytes:
    return (
        f"<< /Type /Font /Subtype /TrueType /BaseFont /Plain{cmap_obj} /FirstChar 1 "
        f"/LastChar {len(chars)} /Widths [{' '.join(map(str, widths))}] /ToUnicode {cmap_obj} 0 R >>"
    ).encode()


def page(lines: list[tuple[str, int]], hyphen_after: int | None = None) -> bytes:
    """A page drawing each line of ``lines`` (its text, its tracking in thousandths of the font
    size) glyph by glyph, each placed by ``Td`` after the one before, space glyphs between the
    words.  ``hyphen_after``: the line that ends on a soft hyphen (its last character a space
    glyph), a hyphen drawn over it in a font of its own."""
    chars = "".join(sorted({c for line, _ in lines for c in line}))
    code = {c: i + 1 for i, c in enumerate(chars)}
    widths = [SPACE if c == " " else GLYPH for c in chars]
    ops = []
    for n, (line, track) in enumerate(lines):
        y = 700 - 14 * n
        ops.append(f"BT /F1 {SIZE} Tf 1 0 0 1 50 {y} Tm")
        x = 50.0
        before: str | None = None
        for c in line:
            if before is not None:  # the glyph before's width, and the tracking
                step = ((SPACE if before == " " else GLYPH) + track) * SIZE / 1000
                ops.append(f"{step:.4f} 0 Td")
                x += step
            ops.append(f"<{code[c]:02X}> Tj")
            before = c
        ops.append("ET")
        if n == hyphen_after:  # the hyphen drawn where the soft hyphen's space glyph is
            ops.append(f"BT /F2 {SIZE} Tf 1 0 0 1 {x:.4f} {y} Tm <01> Tj ET")
    stream = "\n".join(ops).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        _font(chars, widths, 6),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
        b"/Resources << /Font << /F1 3 0 R /F2 7 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream",
        to_unicode(chars),
        _font("\u2010", [300], 8),
        to_unicode("\u2010"),
    ]
    return pdf_file(objects)


# (the lines and their tracking, the line ending on a soft hyphen, the citations)
ROWS = [
    # a whole line letter-spaced (0.3 em, as "letter-spacing: 0.3em"), and others
    ([("Recalling its resolution 70/1 of 25 September 2015,", 300)], None, {"A/RES/70/1": "2015-09-25"}),
    (
        [("Recalling also its decision 77/555 of 19 December 2022,", 250)],
        None,
        {"A/DEC/77/555": "2022-12-19"},
    ),
    # a letter-spaced line after a line set as usual
    (
        [("The General Assembly,", 0), ("Recalling its resolutions 71/243 and 72/305,", 300)],
        None,
        {"A/RES/71/243": None, "A/RES/72/305": None},
    ),
    # a word broken at a soft hyphen at the line's end
    (
        [("Recalling its reso ", 0), ("lution 68/17 of 20 September 2013,", 0)],
        0,
        {"A/RES/68/17": "2013-09-20"},
    ),
    (
        [("Recalling its resolutions 74/239 and ", 0), ("reso ", 0), ("lution 75/1,", 0)],
        1,
        {"A/RES/74/239": None, "A/RES/75/1": None},
    ),
    (
        [("Recalling its resolution 68/17 and the deci ", 0), ("sion 76/555,", 0)],
        0,
        {"A/RES/68/17": None, "A/DEC/76/555": None},
    ),
]


@pytest.mark.parametrize(("lines", "hyphen_after", "expected"), ROWS)
def test_browser_print_reads_as_its_words(
    lines: list[tuple[str, int]], hyphen_after: int | None, expected: dict[str, str | None]
) -> None:
    assert_passage(text_of(page(lines, hyphen_after), "x.pdf"), expected)


@pytest.mark.parametrize(("lines", "hyphen_after", "expected"), ROWS[:1])
def test_letter_spaced_words_keep_their_gaps(
    lines: list[tuple[str, int]], hyphen_after: int | None, expected: dict[str, str | None]
) -> None:
    text = text_of(page(lines, hyphen_after), "x.pdf")
    assert "resolution 70/1 of 25 September 2015" in " ".join(text.split())
