"""Word 97-2003 (.doc) files: compound files built here, byte by byte, as [MS-CFB] and
[MS-DOC] describe them (a FIB, a piece table, 8-bit and UTF-16 pieces, stories, fields)."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rescite.cli import app
from rescite.engine.extract import extract_text
from rescite.read import UnreadableInput, read_document, text_of

runner = CliRunner()

SECTOR = 512
FREE, END, FAT_SECTOR, NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def _dir_entry(
    name: str, kind: int, start: int, size: int, left: int = NO_STREAM, child: int = NO_STREAM
) -> bytes:
    raw = name.encode("utf-16-le") + b"\x00\x00"
    return (
        raw.ljust(64, b"\x00")
        + struct.pack("<HBB", len(raw), kind, 1)
        + struct.pack("<III", left, NO_STREAM, child)
        + b"\x00" * 16  # class id
        + b"\x00" * 4  # state bits
        + b"\x00" * 16  # times
        + struct.pack("<IQ", start, size)
    )


def compound_file(streams: dict[str, bytes]) -> bytes:
    """A compound file (version 3, 512-byte sectors) holding ``streams`` at its root; each
    stream is padded to 4,096 bytes at least, so that none goes to the mini stream."""
    names = list(streams)
    datas = [streams[n].ljust(4096, b"\x00") for n in names]
    fat = [FAT_SECTOR, END]  # sector 0: this table; sector 1: the directory
    starts = []
    for data in datas:
        count = -(-len(data) // SECTOR)
        first = len(fat)
        starts.append(first)
        fat.extend(range(first + 1, first + count))
        fat.append(END)
    assert len(fat) <= SECTOR // 4
    fat_sector = struct.pack(f"<{SECTOR // 4}I", *(fat + [FREE] * (SECTOR // 4 - len(fat))))
    # the directory: the root, then the streams as a chain of left siblings
    entries = [_dir_entry("Root Entry", 5, END, 0, child=1)]
    for i, (name, data) in enumerate(zip(names, datas, strict=True)):
        left = i + 2 if i + 1 < len(names) else NO_STREAM
        entries.append(_dir_entry(name, 2, starts[i], len(data), left=left))
    assert len(entries) <= 4
    directory = b"".join(entries).ljust(SECTOR, b"\x00")
    header = (
        bytes.fromhex("d0cf11e0a1b11ae1")
        + b"\x00" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + b"\x00" * 6
        + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, END, 0, END, 0)
        + struct.pack("<109I", 0, *([FREE] * 108))
    )
    assert len(header) == SECTOR
    return (
        header
        + fat_sector
        + directory
        + b"".join(d.ljust(-(-len(d) // SECTOR) * SECTOR, b"\x00") for d in datas)
    )


def summary_information(title: str) -> bytes:
    """A summary property set holding a title (and the code page it is written in)."""
    value = title.encode("cp1252") + b"\x00"
    value += b"\x00" * (-len(value) % 4)
    props = [
        (1, struct.pack("<HHhH", 2, 0, 1252, 0)),  # code page, VT_I2
        (2, struct.pack("<HHI", 0x1E, 0, len(title) + 1) + value),  # title, VT_LPSTR
    ]
    body = b""
    offsets = []
    at = 8 + 8 * len(props)
    for pid, data in props:
        offsets.append((pid, at + len(body)))
        body += data
    section = struct.pack("<II", 8 + 8 * len(props) + len(body), len(props))
    section += b"".join(struct.pack("<II", pid, off) for pid, off in offsets) + body
    fmtid = bytes.fromhex("e0859ff2f94f6810ab9108002b27b3d9")
    head = struct.pack("<HHI", 0xFFFE, 0, 0x00020006) + b"\x00" * 16 + struct.pack("<I", 1)
    return head + fmtid + struct.pack("<I", len(head) + 20) + section


def word_97(
    stories: list[str],
    *,
    unicode_from: int | None = None,
    n_fib: int = 0x00C1,
    flags: int = 0x0200,
    title: str | None = None,
) -> bytes:
    """A Word 97 file whose stories (body, footnotes, headers) are ``stories``: one piece of
    8-bit characters, and from character ``unicode_from`` on a second piece in UTF-16."""
    text = "".join(stories)
    cut = len(text) if unicode_from is None else unicode_from
    counts = [len(s) for s in stories] + [0] * (7 - len(stories))
    fib = bytearray(1024)
    struct.pack_into("<HH", fib, 0, 0xA5EC, n_fib)
    struct.pack_into("<H", fib, 0x0A, flags)
    struct.pack_into("<H", fib, 32, 14)
    longs = 32 + 2 + 28
    struct.pack_into("<H", fib, longs, 22)
    for off, count in zip((12, 16, 20, 28, 32, 36, 40), counts, strict=True):
        struct.pack_into("<I", fib, longs + 2 + off, count)
    pairs = longs + 2 + 88
    struct.pack_into("<H", fib, pairs, 93)
    eight_bit = text[:cut].encode("cp1252")
    wide = text[cut:].encode("utf-16-le")
    at8, at16 = 1024, 1024 + len(eight_bit) + (len(eight_bit) % 2)
    word = bytes(fib) + eight_bit + b"\x00" * (len(eight_bit) % 2) + wide
    cps = [0, cut] + ([len(text)] if wide else [])
    pcds = [struct.pack("<HIH", 0, (at8 * 2) | 0x40000000, 0)]
    if wide:
        pcds.append(struct.pack("<HIH", 0, at16, 0))
    plc = struct.pack(f"<{len(cps)}I", *cps) + b"".join(pcds)
    clx = b"\x01" + struct.pack("<h", 2) + b"\x00\x00" + b"\x02" + struct.pack("<I", len(plc)) + plc
    struct.pack_into("<II", fib, pairs + 2 + 33 * 8, 0, len(clx))
    word = bytes(fib) + word[1024:]
    streams = {"WordDocument": word, "1Table" if flags & 0x0200 else "0Table": clx}
    if title is not None:
        streams["\x05SummaryInformation"] = summary_information(title)
    return compound_file(streams)


BODY = (
    "The General Assembly,\r"
    "Recalling its resolution 70/1 of 25 September 2015,\x02\r"
    # a hyperlink field: its address is an instruction, its shown text the result
    'Recalling also \x13 HYPERLINK "https://undocs.org/A/RES/71/9" \x14its resolution 71/5\x15 of 2016,\r'
    "Resolution\x07Date of adoption\x07\x07"
    "79/210\x0719 December 2024\x07\x07"
    "1.\tRequests the Secretary\x1eGeneral to report on the matter.\r"
)
FOOTNOTES = "\x02 United Nations, Treaty Series, vol. 2225, No. 39574.\r\r"
HEADERS = "\x03\r\x04\r\r\x13 PAGE \x142\x15\rA/RES/80/5\r\r"


def test_doc_text_as_the_page_shows_it() -> None:
    data = word_97([BODY, FOOTNOTES, HEADERS])
    doc = read_document(data, "r.doc")
    assert doc.format == "doc"
    text = doc.text
    assert text.startswith(
        "A/RES/80/5\n\nThe General Assembly,\n\n"
    )  # the header first, its page number left out
    assert "Recalling its resolution 70/1 of 25 September 2015,1\n\n" in text
    assert "Recalling also its resolution 71/5 of 2016," in text and "undocs" not in text
    assert "\n\nResolution | Date of adoption\n\n79/210 | 19 December 2024\n\n" in text
    assert "1.\tRequests the Secretary-General to report" in text
    assert text.endswith("_______________\n1 United Nations, Treaty Series, vol. 2225, No. 39574.\n")
    assert [(n.kind, n.number, text[n.start : n.end][:3]) for n in doc.layout.notes] == [
        ("footnote", 1, "1 U")
    ]


def test_doc_citations() -> None:
    result = extract_text(text_of(word_97([BODY, FOOTNOTES, HEADERS]), "r.doc"))
    assert result.document.source_id == "A/RES/80/5"
    targets = {c.target for c in result.citations}
    assert {"A/RES/70/1", "A/RES/71/5", "A/RES/79/210", "UNTS/2225/39574"} <= targets
    assert "A/RES/71/9" not in targets  # the hyperlink's address is not text


def test_doc_unicode_piece_and_property_symbol() -> None:
    body = "L'Assemblée générale,\rRappelant sa résolution 70/1 du 25 septembre 2015,\r"
    data = word_97([body], unicode_from=body.index("Rappelant"), title="A/RES/80/6")
    text = text_of(data, "r.doc")
    assert "Rappelant sa résolution 70/1 du 25 septembre 2015," in text
    # no header, no masthead: the symbol the properties hold stands where a masthead would
    assert text.startswith("A/RES/80/6\n\n")
    result = extract_text(text)
    assert result.document.source_id == "A/RES/80/6"
    assert [(c.target, c.date) for c in result.citations] == [("A/RES/70/1", "2015-09-25")]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (compound_file({"Workbook": b"x"}), r"^r\.doc: a compound file \(OLE2\), not a Word document$"),
        (word_97(["text\r"], n_fib=0x0065), r"^r\.doc: a Word 6 or Word 95 document"),
        (word_97(["text\r"], flags=0x0300), r"^r\.doc: encrypted Word document; not read$"),
        (bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 100, r"^r\.doc: cannot read Word 97-2003 document"),
    ],
)
def test_doc_that_cannot_be_read(data: bytes, message: str) -> None:
    with pytest.raises(UnreadableInput, match=message):
        text_of(data, "r.doc")


def test_doc_cut_short_is_one_line(tmp_path: Path) -> None:
    data = word_97([BODY, FOOTNOTES, HEADERS])
    (tmp_path / "cut.doc").write_bytes(data[: len(data) // 2])
    (tmp_path / "good.doc").write_bytes(data)
    result = runner.invoke(app, ["extract", "--format", "jsonl", str(tmp_path)])
    assert result.exit_code == 4
    assert "A/RES/70/1" in result.stdout  # the good file is read
    errors = [line for line in result.stderr.splitlines() if "cut.doc" in line]
    assert len(errors) == 1 and "Traceback" not in result.stderr


def test_doc_text_stops_at_the_limit() -> None:
    from rescite.read import Limits
    from rescite.read.doc import read_doc

    body = "Recalling its resolution 70/1,\r" * 20
    doc = read_doc(word_97([body]), "r.doc", Limits(max_file=100))
    assert len(doc.text) < 200
    assert doc.warnings == [
        "r.doc: text longer than the limit (100 characters; RESCITE_MAX_FILE); read up to it"
    ]


def test_doc_over_the_file_limit_is_refused() -> None:
    from rescite.read import Limits

    with pytest.raises(UnreadableInput, match=r"^r\.doc: a Word 97-2003 file larger than the limit"):
        read_document(word_97(["Recalling its resolution 70/1,\r"]), "r.doc", limits=Limits(max_file=1000))
