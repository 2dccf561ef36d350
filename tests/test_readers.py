"""Reading input files: encodings that decode, inputs that are refused with one clear line."""

from __future__ import annotations

import codecs
import io
import os
import sys
from pathlib import Path

import pytest

from rescite.read import UnreadableInput, decode_bytes, read_text

FR = "La Conférence, rappelant sa résolution 5/2 « Protocole » — l’adoption\r\n"
RU = "Генеральная Ассамблея, ссылаясь на свою резолюцию 64/293"
ZH = "大会第64/293号决议 A/RES/64/293"

# (id, bytes, decoded text)
DECODES: list[tuple[str, bytes, str]] = [
    ("utf8", FR.encode("utf-8"), FR),
    ("utf8-bom", codecs.BOM_UTF8 + FR.encode("utf-8"), FR),
    ("utf16-le-bom", codecs.BOM_UTF16_LE + FR.encode("utf-16-le"), FR),
    ("utf16-be-bom", codecs.BOM_UTF16_BE + FR.encode("utf-16-be"), FR),
    ("utf16-le-bomless", FR.encode("utf-16-le"), FR),
    ("utf16-be-bomless", FR.encode("utf-16-be"), FR),
    ("utf16-le-bomless-cyrillic", RU.encode("utf-16-le"), RU),
    ("utf16-be-bomless-cyrillic", RU.encode("utf-16-be"), RU),
    ("utf16-le-bomless-chinese", ZH.encode("utf-16-le"), ZH),
    ("utf16-le-bom-cyrillic", codecs.BOM_UTF16_LE + RU.encode("utf-16-le"), RU),
    ("cp1252", b"r\xe9solution 5/2 l\x92adoption \x93Protocole\x94", "résolution 5/2 l’adoption “Protocole”"),
    ("cp1252-euro-dash", b"\x80 100 \x96 Ibid., vol. 2237", "€ 100 – Ibid., vol. 2237"),
    ("empty", b"", ""),
    ("bom-only", codecs.BOM_UTF8, ""),
    ("crlf-kept", b"a\r\nb\rc\n", "a\r\nb\rc\n"),
    ("form-feed-tab", b"page 1\x0cpage\t2", "page 1\x0cpage\t2"),
    ("cyrillic-utf8", RU.encode("utf-8"), RU),
]


@pytest.mark.parametrize(
    ("data", "expected"), [(d, e) for _, d, e in DECODES], ids=[i for i, _, _ in DECODES]
)
def test_decode_bytes(data: bytes, expected: str) -> None:
    assert decode_bytes(data, "f.txt") == expected


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"

# (id, bytes, words the message must contain)
REFUSED: list[tuple[str, bytes, str]] = [
    ("png", PNG, "binary"),
    ("nul-bytes", b"abc\x00\x00\x00\x01\x02def\x00", "binary"),
    ("elf", b"\x7fELF\x02\x01\x01\x00" + bytes(56), "binary"),
    ("controls-no-nul", bytes(range(1, 32)) * 20, "binary"),
    ("undecodable", b"\x81\x8d\x8f\x90\x9d" * 20, "cannot decode"),
    ("random-with-nul", bytes((i * 73 + 11) % 256 for i in range(4000)), "binary"),
]


@pytest.mark.parametrize(("data", "words"), [(d, w) for _, d, w in REFUSED], ids=[i for i, _, _ in REFUSED])
def test_decode_bytes_refuses(data: bytes, words: str) -> None:
    with pytest.raises(UnreadableInput) as info:
        decode_bytes(data, "bad.bin")
    message = str(info.value)
    assert message.startswith("bad.bin: ")
    assert words in message
    assert "\n" not in message


def test_cp1252_with_a_stray_undefined_byte_still_decodes() -> None:
    text = decode_bytes(b"r\xe9solution " * 50 + b"\x81", "f")
    assert text.startswith("résolution")


def test_read_text_file(tmp_path: Path) -> None:
    f = tmp_path / "r.txt"
    f.write_bytes(codecs.BOM_UTF16_LE + FR.encode("utf-16-le"))
    assert read_text(str(f)) == FR


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda d: str(d / "missing.txt"), "no such file"),
        (lambda d: str(d), "is a directory"),
    ],
    ids=["missing", "directory"],
)
def test_read_text_refuses(tmp_path: Path, make, words: str) -> None:  # type: ignore[no-untyped-def]
    name = make(tmp_path)
    with pytest.raises(UnreadableInput) as info:
        read_text(name)
    assert str(info.value) == f"{name}: {words}"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads everything")
def test_read_text_permission_denied(tmp_path: Path) -> None:
    f = tmp_path / "secret.txt"
    f.write_text("x")
    f.chmod(0)
    with pytest.raises(UnreadableInput, match="permission denied"):
        read_text(str(f))


def test_read_text_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = io.BytesIO(codecs.BOM_UTF8 + "résolution 64/293\r\n".encode())
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(raw))
    assert read_text("-") == "résolution 64/293\r\n"


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("a\nbc\n\nd", [(0, 1), (2, 4), (5, 5), (6, 7)]),
        ("a\r\nb\rc\fd\n", [(0, 1), (3, 4), (5, 6), (7, 8), (9, 9)]),
        ("", [(0, 0)]),
    ],
)
def test_lines_of_a_document(text: str, lines: list[tuple[int, int]]) -> None:
    from rescite.models import Document

    doc = Document("x", text, "text")
    got = {(line.start, line.end): line.number for line in (doc.line_at(i) for i in range(len(text) + 1))}
    assert list(got) == lines
    assert list(got.values()) == list(range(1, len(lines) + 1))
    assert doc.line_count == len(lines)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_and_devices_are_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    for name in (str(fifo), "/dev/zero"):
        if not Path(name).exists():
            continue
        with pytest.raises(UnreadableInput) as info:
            read_text(name)
        assert str(info.value) == f"{name}: not a regular file"


def test_a_name_with_a_nul_character_is_refused() -> None:
    with pytest.raises(UnreadableInput, match=r"^'a\\x00b': not a file name \(holds a NUL character\)$"):
        read_text("a\x00b")
