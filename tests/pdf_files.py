"""PDF files built byte by byte in the tests: the objects numbered in order, their offsets in
the cross-reference table, the trailer (object 1 is the catalogue); and Arabic letters in the
presentation forms some PDF text layers give."""

from __future__ import annotations

import re
import unicodedata


def pdf_file(objects: list[bytes]) -> bytes:
    """A PDF 1.4 file holding ``objects`` as objects 1, 2, … (each an object's body)."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for k, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{k} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def to_unicode(chars: str) -> bytes:
    """A ToUnicode CMap stream object mapping the one-byte codes 1, 2, … to ``chars``."""
    pairs = " ".join(f"<{i + 1:02X}> <{c.encode('utf-16-be').hex().upper()}>" for i, c in enumerate(chars))
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /U def "
        f"1 begincodespacerange <00> <FF> endcodespacerange {len(chars)} beginbfchar {pairs} endbfchar "
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode()
    return f"<< /Length {len(cmap)} >>\nstream\n".encode() + cmap + b"\nendstream"


def one_page(ops: list[str]) -> bytes:
    """A one-page PDF drawing ``ops`` (content operators, each ``{…}`` a string of the font's
    one-byte codes for those characters) with a font that maps its codes to them."""
    chars = "".join(sorted({c for op in ops for part in re.findall(r"\{([^}]*)\}", op) for c in part}))
    code = {c: i + 1 for i, c in enumerate(chars)}
    stream = re.sub(
        r"\{([^}]*)\}", lambda m: "<" + "".join(f"{code[c]:02X}" for c in m.group(1)) + ">", "\n".join(ops)
    ).encode()
    widths = " ".join(["500"] * len(chars))
    return pdf_file(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            f"<< /Type /Font /Subtype /TrueType /BaseFont /Plain /FirstChar 1 /LastChar {len(chars)} "
            f"/Widths [{widths}] /ToUnicode 6 0 R >>".encode(),
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
            b"/Resources << /Font << /F1 3 0 R /F2 3 0 R >> >> >>",
            f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream",
            to_unicode(chars),
        ]
    )


_NO_LEFT_JOIN = frozenset("اأإآدذرزوؤةى")
_LAM_ALEF = {"ا": 0xFEFB, "أ": 0xFEF7, "إ": 0xFEF9, "آ": 0xFEF5}


def _form(letter: str, kind: str) -> str:
    try:
        return unicodedata.lookup(f"{unicodedata.name(letter)} {kind} FORM")
    except KeyError:
        return unicodedata.lookup(f"{unicodedata.name(letter)} ISOLATED FORM")


def shaped(line: str) -> str:
    """``line`` with each Arabic letter as the presentation form its place in the word takes
    (lam and alef as their ligature), as some PDF text layers give them."""
    out: list[str] = []
    k = 0
    arabic = re.compile("[\u0621-\u064a]")
    while k < len(line):
        c = line[k]
        if not arabic.match(c):
            out.append(c)
            k += 1
            continue
        joins_before = k > 0 and arabic.match(line[k - 1]) is not None and line[k - 1] not in _NO_LEFT_JOIN
        after = line[k + 1 : k + 2]
        if c == "ل" and after in _LAM_ALEF:
            out.append(chr(_LAM_ALEF[after] + joins_before))
            k += 2
            continue
        joins_after = bool(after) and arabic.match(after) is not None and c not in _NO_LEFT_JOIN
        kind = {(0, 0): "ISOLATED", (1, 0): "FINAL", (0, 1): "INITIAL", (1, 1): "MEDIAL"}
        out.append(_form(c, kind[(int(joins_before), int(joins_after))]))
        k += 1
    return "".join(out)
