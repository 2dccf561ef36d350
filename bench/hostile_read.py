"""Hostile input for the readers: generators of damaged or adversarial files at any size,
timed at 10 KB, 100 KB and 1 MB.  Every reader must grow at most 12× per 10× of input.

    .venv/bin/python bench/hostile_read.py               # all cases, a table
    .venv/bin/python bench/hostile_read.py --only html   # the cases whose name holds "html"
    .venv/bin/python bench/hostile_read.py --check       # exit 1 when a case grows more than 12×

``bench/hostile.py`` (the whole pipeline) imports :data:`CASES`, :func:`read` and
:func:`measure` from here.  A case is ``(name, generator)``: the generator takes a size in
bytes and returns the bytes of a file of about that size.  :func:`read` is what is timed:
``rescite.read.read_document`` on those bytes (and, for HTML, the edits the normaliser
asks of the HTML tokenizer).  Timings are CPU time of this process (other work on a shared
machine moves them less than wall-clock time), the median of several runs interleaved by
size, so that what still moves them moves all sizes alike.
"""

from __future__ import annotations

import argparse
import io
import itertools
import statistics
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from rescite.read import Limits, UnreadableInput, read_document
from rescite.read.html import parse

SIZES = (10_000, 100_000, 1_000_000)
LIMIT = 12.0  # growth per 10× of input
Generator = Callable[[int], bytes]


def _repeat(unit: bytes, size: int, head: bytes = b"") -> bytes:
    return head + unit * max(1, (size - len(head)) // len(unit))


# -- text -----------------------------------------------------------------------------------
def text_long_line(size: int) -> bytes:
    return _repeat(b"resolution 64/293 ", size)


def text_many_lines(size: int) -> bytes:
    return _repeat(b"\n", size)


def text_invalid_utf8(size: int) -> bytes:
    return _repeat(
        "résolution 64/293 \xff ".encode("utf-8", "surrogateescape").replace(b"\xc3\xbf", b"\xff"), size
    )


def text_legacy(size: int) -> bytes:
    return _repeat("Rappelant sa résolution 64/293 du 30 juillet 2010, ".encode("cp1252"), size)


def text_utf16_no_bom(size: int) -> bytes:
    return _repeat("resolution 64/293 ".encode("utf-16-le"), size)


# -- HTML -----------------------------------------------------------------------------------
_HTML = b"<html><body><p>"


def html_unclosed_comment(size: int) -> bytes:
    return _repeat(b"<!-- a", size, _HTML)


def html_unclosed_tags(size: int) -> bytes:
    return _repeat(b"<a ", size, _HTML)


def html_unclosed_quotes(size: int) -> bytes:
    return _repeat(b'<a title="x ', size, _HTML)


def html_quotes_after_equals(size: int) -> bytes:
    return _repeat(b"<a b='c> x=\"", size, _HTML)


def html_less_than_text(size: int) -> bytes:
    return _repeat(b"x < 5 <2 resolution 64/293 ", size, _HTML)


def html_unclosed_script(size: int) -> bytes:
    return _repeat(b"<script>", size, _HTML)


def html_entities(size: int) -> bytes:
    return _repeat(b"&amp;&#8211;&&nbsp&#99999999;", size, _HTML)


def html_table(size: int) -> bytes:
    return _repeat(b"<tr><td>64/293</td><td>x</td>", size, _HTML + b"<table>")


# -- Word -----------------------------------------------------------------------------------
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(document: str, extra: dict[str, str] | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", document)
        for name, xml in (extra or {}).items():
            z.writestr(name, xml)
    return buf.getvalue()


def _body(inner: str) -> str:
    return f"<w:document {_W}><w:body>{inner}</w:body></w:document>"


# Word sizes are sizes of the decompressed document: what a reader has to go through.
def docx_paragraphs(size: int) -> bytes:
    unit = "<w:p><w:r><w:t>Recalling resolution 64/293,</w:t></w:r></w:p>"
    return _docx(_body(unit * max(1, size // len(unit))))


def docx_numbered(size: int) -> bytes:
    unit = '<w:p><w:pPr><w:numPr><w:ilvl w:val="8"/><w:numId w:val="1"/></w:numPr></w:pPr></w:p>'
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="999999"/><w:numFmt w:val="lowerRoman"/>'
        f'<w:lvlText w:val="%1.%2.%3.%4.%5.%6.%7.%8.%9"/></w:lvl>'
        for i in range(9)
    )
    numbering = (
        f'<w:numbering {_W}><w:abstractNum w:abstractNumId="1">{levels}</w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>'
    )
    return _docx(_body(unit * max(1, size // len(unit))), {"word/numbering.xml": numbering})


def docx_nested(size: int) -> bytes:
    """Content controls nested as deep as the limit allows, again and again."""
    unit = "<w:sdt>" * 200 + "<w:p><w:r><w:t>64/293</w:t></w:r></w:p>" + "</w:sdt>" * 200
    return _docx(_body(unit * max(1, size // len(unit))))


def docx_table(size: int) -> bytes:
    cell = "<w:tc><w:p><w:r><w:t>64/293</w:t></w:r></w:p></w:tc>"
    unit = "<w:tr>" + cell * 20 + "</w:tr>"
    return _docx(_body("<w:tbl>" + unit * max(1, size // len(unit)) + "</w:tbl>"))


def docx_footnotes(size: int) -> bytes:
    ref = '<w:p><w:r><w:t>x</w:t></w:r><w:r><w:footnoteReference w:id="{}"/></w:r></w:p>'
    note = '<w:footnote w:id="{}"><w:p><w:r><w:t>See A/RES/64/293.</w:t></w:r></w:p></w:footnote>'
    n = max(1, size // (len(ref) + len(note)))
    notes = f"<w:footnotes {_W}>" + "".join(note.format(i) for i in range(n)) + "</w:footnotes>"
    return _docx(_body("".join(ref.format(i) for i in range(n))), {"word/footnotes.xml": notes})


def docx_bomb(size: int) -> bytes:
    """A document of ``size`` × 100 bytes of blanks: the part limit is what keeps it bounded
    (set to ``size`` × 10 when read here)."""
    return _docx(_body("<w:p><w:r><w:t>" + " " * (size * 100) + "</w:t></w:r></w:p>"))


# -- PDF ------------------------------------------------------------------------------------
def _word_97(text: str, piece: int | None = None) -> bytes:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from doc_files import word_97  # the tests' builder of Word 97-2003 files

    return word_97([text], piece=piece)


def doc_paragraphs(size: int) -> bytes:
    return _word_97("Recalling its resolution 64/293 of 30 July 2010,\r" * max(1, size // 52))


def doc_nested_fields(size: int) -> bytes:
    # fields opened and never closed: each character under all of them
    return _word_97("\x13 REF x \x14" * max(1, size // 24) + "resolution 64/293\r")


def doc_table(size: int) -> bytes:
    return _word_97("64/293\x07Title\x0730 July 2010\x07\x07" * max(1, size // 32))


def doc_pieces(size: int) -> bytes:
    # a piece table of one-character pieces
    return _word_97("Recalling its resolution 64/293,\r" * max(1, size // (33 * 13)), piece=1)


def pdf_pages(size: int) -> bytes:
    """Many short pages, each with a running header and a page number."""
    line = b"(Recalling resolution 64/293 of 30 July 2010,) Tj T* "
    pages = max(1, size // 400)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    kids = []
    for i in range(pages):
        stream = (
            b"BT /F1 10 Tf 14 TL 50 800 Td (A/RES/64/293) Tj T* " + line * 5 + f"({i + 1}) Tj ET".encode()
        )
        kids.append(f"{len(objects) + 1} 0 R".encode())
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {len(objects) + 2} 0 R "
            "/Resources << /Font << /F1 3 0 R >> >> >>".encode()
        )
        objects.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + f"] /Count {pages} >>".encode()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from pdf_files import pdf_file  # the tests' writer of PDF files

    return pdf_file(objects)


CASES: list[tuple[str, Generator]] = [
    (f.__name__, f)
    for f in (
        text_long_line,
        text_many_lines,
        text_invalid_utf8,
        text_legacy,
        text_utf16_no_bom,
        html_unclosed_comment,
        html_unclosed_tags,
        html_unclosed_quotes,
        html_quotes_after_equals,
        html_less_than_text,
        html_unclosed_script,
        html_entities,
        html_table,
        docx_paragraphs,
        docx_numbered,
        docx_nested,
        docx_table,
        docx_footnotes,
        docx_bomb,
        doc_paragraphs,
        doc_nested_fields,
        doc_table,
        doc_pieces,
        pdf_pages,
    )
]


def read(name: str, data: bytes, size: int) -> None:
    """What is timed: the reader, and for HTML the tokenizer's edits as the normaliser asks."""
    limits = Limits(max_part=size * 10) if name == "docx_bomb" else Limits()
    try:
        doc = read_document(data, name, limits=limits)
    except UnreadableInput:
        return
    if doc.format == "html":
        parse(doc.text)
    doc.line_at(len(doc.text))


def measure(name: str, gen: Generator, sizes: tuple[int, ...] = SIZES, runs: int = 5) -> list[float]:
    """The median time of ``runs`` reads at each size, runs interleaved across sizes
    (after one warm-up read of the smallest)."""
    inputs = [gen(size) for size in sizes]
    read(name, inputs[0], sizes[0])
    times: list[list[float]] = [[] for _ in sizes]
    for _ in range(runs):
        for i, (size, data) in enumerate(zip(sizes, inputs, strict=True)):
            t0 = time.process_time()
            read(name, data, size)
            times[i].append(time.process_time() - t0)
    return [statistics.median(t) for t in times]


def growth(times: list[float], floor: float = 0.005) -> float:
    """The largest ratio of one size's time to the previous one's (times below ``floor``
    seconds count as ``floor``: timer noise is not growth)."""
    return max(max(b, floor) / max(a, floor) for a, b in itertools.pairwise(times))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", action="append", default=[], help="run the cases whose name holds this")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--check", action="store_true", help=f"exit 1 when a case grows more than {LIMIT:g}×")
    args = ap.parse_args()
    worst = 0.0
    print(f"{'case':28} " + " ".join(f"{s // 1000:>7} KB" for s in SIZES) + "   growth/10×")
    for name, gen in CASES:
        if args.only and not any(o in name for o in args.only):
            continue
        times = measure(name, gen, SIZES, args.runs)
        g = growth(times)
        worst = max(worst, g)
        flag = "" if g <= LIMIT else "  TOO STEEP"
        print(
            f"{name:28} " + " ".join(f"{t * 1000:8.1f}ms" for t in times) + f"   {g:6.1f}×{flag}", flush=True
        )
    print(f"worst growth per 10×: {worst:.1f}× (limit {LIMIT:g}×)")
    return 1 if args.check and worst > LIMIT else 0


if __name__ == "__main__":
    raise SystemExit(main())
