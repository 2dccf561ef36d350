"""Word 97-2003 (.doc) files built byte by byte, as [MS-CFB] and [MS-DOC] describe them: a
compound file, a FIB, a piece table with 8-bit and UTF-16 pieces, stories (body, footnotes,
headers), a summary property set.  Used by tests/test_read_doc.py and bench/hostile_read.py."""

from __future__ import annotations

import struct

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
    data_sectors = sum(-(-len(d) // SECTOR) for d in datas)
    per_fat = SECTOR // 4
    n_fat = 1
    while n_fat * per_fat < n_fat + 1 + data_sectors:
        n_fat += 1
    assert n_fat <= 109  # the header's own list of FAT sectors is enough
    fat = [FAT_SECTOR] * n_fat + [END]  # the tables, then the directory (one sector)
    starts = []
    for data in datas:
        count = -(-len(data) // SECTOR)
        first = len(fat)
        starts.append(first)
        fat.extend(range(first + 1, first + count))
        fat.append(END)
    fat += [FREE] * (n_fat * per_fat - len(fat))
    fat_sectors = struct.pack(f"<{len(fat)}I", *fat)
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
        + struct.pack("<IIIIIIIII", 0, n_fat, n_fat, 0, 4096, END, 0, END, 0)
        + struct.pack("<109I", *range(n_fat), *([FREE] * (109 - n_fat)))
    )
    assert len(header) == SECTOR
    body = b"".join(d.ljust(-(-len(d) // SECTOR) * SECTOR, b"\x00") for d in datas)
    return header + fat_sectors + directory + body


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
    piece: int | None = None,
) -> bytes:
    """A Word 97 file whose stories (body, footnotes, headers) are ``stories``: one piece of
    8-bit characters, and from character ``unicode_from`` on a second piece in UTF-16 (or,
    with ``piece``, 8-bit pieces of that many characters each)."""
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
    if piece is not None and unicode_from is None:
        cps = [*range(0, len(text), piece), len(text)]
        pcds = [struct.pack("<HIH", 0, ((at8 + cp) * 2) | 0x40000000, 0) for cp in cps[:-1]]
    plc = struct.pack(f"<{len(cps)}I", *cps) + b"".join(pcds)
    clx = b"\x01" + struct.pack("<h", 2) + b"\x00\x00" + b"\x02" + struct.pack("<I", len(plc)) + plc
    struct.pack_into("<II", fib, pairs + 2 + 33 * 8, 0, len(clx))
    word = bytes(fib) + word[1024:]
    streams = {"WordDocument": word, "1Table" if flags & 0x0200 else "0Table": clx}
    if title is not None:
        streams["\x05SummaryInformation"] = summary_information(title)
    return compound_file(streams)
