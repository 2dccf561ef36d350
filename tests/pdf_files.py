"""PDF files built byte by byte in the tests: the objects numbered in order, their offsets in
the cross-reference table, the trailer (object 1 is the catalogue)."""

from __future__ import annotations


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
