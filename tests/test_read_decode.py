"""Honest decoding: BOMs of UTF-8/16/32, invalid bytes kept as UTF-8 with a warning, a
legacy encoding guessed only when UTF-8 is clearly wrong, and said so."""

from __future__ import annotations

import codecs

import pytest

from rescite.read import Limits, UnreadableInput, decode_bytes, read_document, text_of

FR = "L'Assemblée générale, rappelant sa résolution 71/313 du 6 juillet 2017,\n"
RU = "Генеральная Ассамблея, ссылаясь на свою резолюцию 71/313,\n"
AR = "إن الجمعية العامة، إذ تشير إلى قرارها 71/313،\n"
ZH = "大会，回顾其2017年7月6日第71/313号决议，\n"


@pytest.mark.parametrize("text", [FR, RU, AR, ZH])
@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF8, "utf-8"),
    ],
)
def test_every_bom(text: str, bom: bytes, encoding: str) -> None:
    doc = read_document(bom + text.encode(encoding), "f.txt")
    assert doc.text == text
    assert doc.encoding == encoding
    assert doc.warnings == []


@pytest.mark.parametrize("encoding", ["utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [FR, RU])
def test_wide_encodings_without_bom(text: str, encoding: str) -> None:
    doc = read_document(text.encode(encoding), "f.txt")
    assert (doc.text, doc.encoding) == (text, encoding)


def test_a_few_invalid_bytes_keep_utf8_and_say_where() -> None:
    data = FR.encode() * 3
    bad = data.replace(b"rappelant", b"rappel\xffant", 1)
    at = data.index(b"rappelant") + 6
    warnings: list[str] = []
    text = decode_bytes(bad, "notes.txt", warn=warnings.append)
    assert text.count("é") == FR.count("é") * 3  # the accents stay
    assert "\ufffd" in text
    assert warnings == [f"notes.txt: 1 invalid UTF-8 sequence(s), the first at byte {at}; replaced by U+FFFD"]


def test_pure_ascii_with_one_bad_byte_loses_nothing() -> None:
    text = decode_bytes(b"Recalling resolution 71/313 \x81 of 6 July 2017", "f.txt")
    assert "Recalling resolution 71/313" in text and "6 July 2017" in text


def test_invalid_bytes_after_a_bom_are_replaced_with_the_offset_past_the_bom() -> None:
    warnings: list[str] = []
    assert decode_bytes(codecs.BOM_UTF8 + b"abc\xff", "f", warn=warnings.append) == "abc\ufffd"
    assert warnings == ["f: 1 invalid UTF-8 sequence(s), the first at byte 6; replaced by U+FFFD"]
    warnings.clear()
    assert decode_bytes(codecs.BOM_UTF16_LE + b"a\x00b", "g", warn=warnings.append) == "a\ufffd"
    assert warnings and warnings[0].startswith("g: 1 invalid UTF-16-LE sequence(s)")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [(FR * 3, "cp1252"), (RU * 3, "cp1251"), (RU * 3, "koi8_r"), (AR * 3, "cp1256"), (ZH * 3, "gb18030")],
)
def test_legacy_encoding_guessed_and_said(text: str, encoding: str) -> None:
    doc = read_document(text.encode(encoding), "old.txt")
    assert doc.text == text
    assert doc.encoding == encoding
    assert doc.warnings == [f"old.txt: not UTF-8; read as {encoding} (a guess)"]


@pytest.mark.parametrize(
    ("head", "text", "written", "read_as"),
    [
        ('<meta charset="windows-1251">', RU, "cp1251", "cp1251"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">', RU, "koi8_r", "koi8-r"),
        ("<meta charset='windows-1256'>", AR, "cp1256", "cp1256"),
        # as browsers read the labels: GB2312 as GB18030, Latin-1 as Windows-1252
        ('<meta charset="gb2312">', ZH, "gb18030", "gb18030"),
        ('<meta charset="ISO-8859-1">', FR.replace("'", "\u2019"), "cp1252", "cp1252"),
        ('<?xml version="1.0" encoding="windows-1251"?>', RU, "cp1251", "cp1251"),
    ],
)
def test_an_encoding_the_file_declares_is_taken(head: str, text: str, written: str, read_as: str) -> None:
    page = f"<html><head>{head}</head><body><p>{text}</p></body></html>"
    doc = read_document(page.encode(written), "page.html")
    assert doc.text == page
    assert doc.warnings == [f"page.html: not UTF-8; read as {read_as} (as the file declares)"]


def test_a_declaration_the_bytes_do_not_fit_is_not_believed() -> None:
    # declared Shift_JIS, written in Windows-1251 (bytes Shift_JIS cannot decode): the guess stands
    page = '<meta charset="shift_jis"><p>' + RU * 3 + "</p>"
    doc = read_document(page.encode("cp1251"), "page.html")
    assert doc.text == page
    assert doc.warnings == ["page.html: not UTF-8; read as cp1251 (a guess)"]


def test_largest_file_limit_cuts_a_text_file_with_a_warning() -> None:
    data = ("Recalling resolution 71/313,\n" * 100).encode()
    warnings: list[str] = []
    text = text_of(data, "big.txt", warn=warnings.append, limits=Limits(max_file=290))
    assert len(text) == 290
    assert warnings == ["big.txt: larger than the limit (0.000276566 MB); read up to it"]


def test_largest_file_limit_reads_a_word_file_in_part() -> None:
    # (tests/test_hostile_partial.py reads real ones): these bytes are no zip, and say so
    with pytest.raises(UnreadableInput, match=r"^w\.docx: cannot read Word document"):
        text_of(b"PK\x03\x04" + bytes(100), "w.docx", limits=Limits(max_file=50))


def test_limits_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from rescite.read.limits import from_env

    limits, warnings = from_env({"RESCITE_MAX_FILE": "2M", "RESCITE_MAX_PART": "lots"})
    assert limits.max_file == 2 * 1024 * 1024
    assert limits.max_part == Limits().max_part
    assert warnings == ["RESCITE_MAX_PART='lots' is not a size (like 500M); the default is used"]
    monkeypatch.setenv("RESCITE_MAX_FILE", "10")
    doc = read_document(b"resolution 71/313", "e.txt")
    assert doc.text == "resolution"
    assert doc.warnings == ["e.txt: larger than the limit (9.53674e-06 MB); read up to it"]
