"""Forms and files met reading real public UN documents in several languages (issue 7,
second pass): older Word files given to ``rescite extract`` and the passages below, each
written for these tests in UN style (numbers, dates and titles invented)."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from typer.testing import CliRunner

from doc_files import compound_file
from rescite.cli import app

runner = CliRunner()

_BODY = b"The General Assembly,\r\rRecalling its resolution 71/9 of 3 November 2016,\r"


def _word_6(ident: int, n_fib: int) -> bytes:
    """A compound file whose WordDocument stream begins as Word 6 and Word 95 write it: the
    text follows the FIB in the stream itself, and there is no table stream."""
    fib = bytearray(0x300)
    struct.pack_into("<HH", fib, 0, ident, n_fib)
    struct.pack_into("<II", fib, 0x18, len(fib), len(fib) + len(_BODY))  # fcMin, fcMac
    return compound_file({"WordDocument": bytes(fib) + _BODY})


OLDER_WORD: list[tuple[str, bytes, str]] = [
    ("word6.doc", _word_6(0xA5DC, 0x0065), "a Word 6 or Word 95 document"),
    ("word95.doc", _word_6(0xA5DC, 0x0068), "a Word 6 or Word 95 document"),
    ("word95-97ident.doc", _word_6(0xA5EC, 0x0068), "a Word 6 or Word 95 document"),
    ("word2.doc", struct.pack("<HH", 0xA5DB, 0x002D) + b"\x00" * 124 + _BODY, "older than Word 6"),
    ("word1.doc", struct.pack("<HH", 0xA59B, 0x0021) + b"\x00" * 124 + _BODY, "older than Word 6"),
    ("dosword.doc", b"\x31\xbe\x00\x00\x00\xab" + b"\x00" * 122 + _BODY, "older than Word 6"),
]


@pytest.mark.parametrize(("name", "data", "message"), OLDER_WORD)
def test_older_word_is_one_line_and_exit_4(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    (tmp_path / name).write_bytes(data)
    result = runner.invoke(app, ["extract", "--format", "jsonl", str(tmp_path / name)])
    assert result.exit_code == 4
    assert result.stdout == ""
    errors = [line for line in result.stderr.splitlines() if name in line]
    assert len(errors) == 1 and message in errors[0] and "save it as .docx" in errors[0]
    assert "Traceback" not in result.stderr


def test_older_word_beside_a_text_file(tmp_path: Path) -> None:
    # the other files of the folder are still read; the exit code says one was not
    (tmp_path / "old.doc").write_bytes(OLDER_WORD[0][1])
    (tmp_path / "new.txt").write_text("The General Assembly,\n\nRecalling its resolution 71/9,\n")
    result = runner.invoke(app, ["extract", "--format", "jsonl", str(tmp_path)])
    assert result.exit_code == 4
    assert "A/RES/71/9" in result.stdout
