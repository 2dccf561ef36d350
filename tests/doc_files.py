"""Word 97-2003 (.doc) files built byte by byte, as [MS-CFB] and [MS-DOC] describe them: a
compound file, a FIB, a piece table with 8-bit and UTF-16 pieces, stories (body, footnotes,
headers), a summary property set, and the list numbers of the body's paragraphs (paragraph
property pages, a style sheet, list tables).  Used by tests/test_read_doc.py and bench/hostile_read.py."""

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


#: The levels of the one list of :func:`word_97`'s list tables: (number format, level text
#: with the levels' numbers as the characters 0 to 8, start).
LIST_LEVELS = [(0, "\x00.", 1), (4, "(\x01)", 1), (2, "\x02.", 1)] + [
    (0, f"{chr(k)}.", 1) for k in range(3, 9)
]


def _grpprl(ilfo: int | None, ilvl: int | None) -> bytes:
    out = b""
    if ilvl is not None:
        out += struct.pack("<HB", 0x260A, ilvl)
    if ilfo is not None:
        out += struct.pack("<Hh", 0x460B, ilfo)
    return out


def _papx_page(fcs: list[int], props: list[tuple[int, int | None, int | None]]) -> bytes:
    """A page of paragraph properties (PapxFkp): a run per paragraph, its style, list and level."""
    page = bytearray(512)
    crun = len(props)
    struct.pack_into(f"<{crun + 1}I", page, 0, *fcs)
    at = 511
    for i, (istd, ilfo, ilvl) in enumerate(props):
        papx = struct.pack("<H", istd) + _grpprl(ilfo, ilvl)
        papx += b"\x00" * (len(papx) % 2)
        body = bytes([0, len(papx) // 2]) + papx
        at = (at - len(body)) & ~1
        page[at : at + len(body)] = body
        page[4 * (crun + 1) + 13 * i] = at // 2
    assert at > 4 * (crun + 1) + 13 * crun
    page[511] = crun
    return bytes(page)


def _style_sheet(styles: list[tuple[int, int | None, int | None]]) -> bytes:
    """A style sheet of paragraph styles: (based on, list, level) each."""
    stshi = struct.pack("<HHH", len(styles), 10, 0) + b"\x00" * 12
    out = struct.pack("<H", len(stshi)) + stshi
    for k, (base, ilfo, ilvl) in enumerate(styles):
        name = f"Style{k}".encode("utf-16-le")
        std = struct.pack("<HHHHH", k, (base << 4) | 1, 2, 0, 0)  # a paragraph style, two UPXs
        std += struct.pack("<H", len(name) // 2) + name + b"\x00\x00"
        std += b"\x00" * (len(std) % 2)
        grpprl = _grpprl(ilfo, ilvl)
        std += struct.pack("<HH", 2 + len(grpprl), k) + grpprl
        std += b"\x00" * (len(std) % 2)
        std += struct.pack("<H", 0)  # no character properties
        out += struct.pack("<H", len(std)) + std
    return out


def _list_tables(starts: list[int | None]) -> tuple[bytes, bytes]:
    """One list (its levels: :data:`LIST_LEVELS`) and an override per entry of ``starts``
    (each with a new start for the first level, or none): the list table with its levels
    after it, and the override table."""
    lst = struct.pack("<h", 1) + struct.pack("<iI", 100, 0) + b"\xff\x0f" * 9 + b"\x00\x00"
    for nfc, text, start in LIST_LEVELS:
        lst += struct.pack("<iBB9sBiiBBBB", start, nfc, 0, b"", 1, 0, 0, 0, 0, 0, 0)
        lst += struct.pack("<H", len(text)) + text.encode("utf-16-le")
    lfo = struct.pack("<i", len(starts))
    for new in starts:
        lfo += struct.pack("<iiiBBBB", 100, 0, 0, 0 if new is None else 1, 0, 0, 0)
    for new in starts:
        lfo += struct.pack("<i", -1)
        if new is not None:
            lfo += struct.pack("<iB3s", new, 0x10, b"")
    return lst, lfo


def word_97(
    stories: list[str],
    *,
    unicode_from: int | None = None,
    n_fib: int = 0x00C1,
    flags: int = 0x0200,
    title: str | None = None,
    piece: int | None = None,
    lists: list[tuple[int, int | None, int | None]] | None = None,
    styles: list[tuple[int, int | None, int | None]] | None = None,
    overrides: list[int | None] | None = None,
) -> bytes:
    """A Word 97 file whose stories (body, footnotes, headers) are ``stories``: one piece of
    8-bit characters, and from character ``unicode_from`` on a second piece in UTF-16 (or,
    with ``piece``, 8-bit pieces of that many characters each).  With ``lists``, the body's
    paragraphs (8-bit) have properties: (style, list, level) each, None where not given, from
    the ``styles`` (based on, list, level) and the list overrides (new starts of the first
    level: ``overrides``) of one list."""
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
    table = clx
    if lists is not None:
        assert unicode_from is None and piece is None
        ends = [i for i, c in enumerate(stories[0]) if c == "\r"]
        assert len(ends) == len(lists)
        fcs = [at8] + [at8 + e + 1 for e in ends]
        pn = -(-len(word) // SECTOR)
        word = word.ljust(pn * SECTOR, b"\x00") + _papx_page(fcs, lists)
        plc = struct.pack("<IIi", fcs[0], fcs[-1], pn)
        sheet = _style_sheet(styles or [(0xFFF, None, None)])
        lst, lfo = _list_tables(overrides if overrides is not None else [None])
        places = {}
        for k, part in ((13, plc), (1, sheet), (73, lst[: 2 + 28]), (74, lfo)):
            places[k] = (len(table), len(part))
            table += part
            if k == 73:
                table += lst[2 + 28 :]  # the levels follow the list table
        fib2 = bytearray(word[:1024])
        for k, (fc, lcb) in places.items():
            struct.pack_into("<II", fib2, pairs + 2 + k * 8, fc, lcb)
        word = bytes(fib2) + word[1024:]
    streams = {"WordDocument": word, "1Table" if flags & 0x0200 else "0Table": table}
    if title is not None:
        streams["\x05SummaryInformation"] = summary_information(title)
    return compound_file(streams)
