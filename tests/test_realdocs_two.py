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
from rescite.engine.extract import extract_text

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


# --- the elements written after a document's symbol: each of that symbol --------------------

ELEMENTS: list[tuple[str, str, list[str]]] = [
    (
        "en",
        "The General Assembly,\n\nHaving considered the report of the Secretary-General "
        "(A/64/318 and Corr.1 and Add.1 to 3),",
        ["A/64/318", "A/64/318/Corr.1", "A/64/318/Add.1", "A/64/318/Add.2", "A/64/318/Add.3"],
    ),
    (
        "en",
        "The General Assembly,\n\nTaking note of the reports of the Secretary-General (A/66/207, "
        "Add.1 and Add.2),",
        ["A/66/207", "A/66/207/Add.1", "A/66/207/Add.2"],
    ),
    (
        "en",
        "The General Assembly,\n\nHaving examined the note by the Secretariat (A/C.5/67/9 and Corr.2, "
        "Add.1 and Add.4),",
        ["A/C.5/67/9", "A/C.5/67/9/Corr.2", "A/C.5/67/9/Add.1", "A/C.5/67/9/Add.4"],
    ),
    (
        "en",
        "The Economic and Social Council,\n\nTaking note of the report (E/2013/52 and Add.1 to Add.4),",
        ["E/2013/52", "E/2013/52/Add.1", "E/2013/52/Add.2", "E/2013/52/Add.3", "E/2013/52/Add.4"],
    ),
    (
        "en",
        "The General Assembly,\n\nHaving considered the reports (A/68/412 and Add.1-3),",
        ["A/68/412", "A/68/412/Add.1", "A/68/412/Add.2", "A/68/412/Add.3"],
    ),
    (
        # a date after the range word is no end of a range
        "en",
        "The General Assembly,\n\nRecalling the report (A/68/413 and Add.2 to 9 June 2014),",
        ["A/68/413", "A/68/413/Add.2"],
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nAyant examiné les rapports du Secrétaire général (A/59/221 et Corr.1 "
        "et Add.1 à 3),",
        ["A/59/221", "A/59/221/Corr.1", "A/59/221/Add.1", "A/59/221/Add.2", "A/59/221/Add.3"],
    ),
    (
        "es",
        "La Asamblea General,\n\nHabiendo examinado el informe (A/59/222, Add.1 y Add.2),",
        ["A/59/222", "A/59/222/Add.1", "A/59/222/Add.2"],
    ),
    (
        # an element of the kind the symbol ends with is a sibling; of another kind, its own
        "en",
        "The General Assembly,\n\nHaving considered the reports (A/69/530/Add.1 and Add.2, "
        "A/69/531/Rev.1 and Corr.1, A/69/532/Add.2, Add.3 and Add.5),",
        [
            "A/69/530/Add.1",
            "A/69/530/Add.2",
            "A/69/531/Rev.1",
            "A/69/531/Rev.1/Corr.1",
            "A/69/532/Add.2",
            "A/69/532/Add.3",
            "A/69/532/Add.5",
        ],
    ),
    (
        "zh",
        "大会，\n\n审议了秘书长的报告(A/59/223和Corr.1及Add.1至3)，",
        ["A/59/223", "A/59/223/Corr.1", "A/59/223/Add.1", "A/59/223/Add.2", "A/59/223/Add.3"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ELEMENTS)
def test_elements_after_a_symbol(lang: str, text: str, expected: list[str]) -> None:
    assert extract_text(text, lang=lang).targets() == expected


# --- a report's masthead: its second symbol is itself; the texts it reproduces are its parts, ---
# --- each the source of what it cites (issue 7's compilation rule) ------------------------------

_REPORT_HEAD = (
    "United Nations E/2024/27-E/CN.6/2024/15\n\nEconomic and Social Council\n\nDistr.: General\n"
    "4 April 2024\n\nOriginal: English\n\nCommission on the Status of Women\n"
    "Report on the sixty-eighth session (11–22 March 2024)\n\n"
)


def _report(*texts: str) -> str:
    return _REPORT_HEAD + "".join(texts)


REPORTS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        # a joint symbol on the masthead, then a page header with both symbols on their lines
        _report(
            "1. The Commission took note of Economic and Social Council resolution 2023/4.\n\n"
            "24-04417\n\nE/2024/27\nE/CN.6/2024/15\n\n2. The Commission adopted its report.\n"
        ),
        [("E/2024/27", "E/RES/2023/4")],
    ),
    (
        # one resolution reproduced: a part of its own, the Commission's text, its "its" the Commission
        _report(
            "B. Matters brought to the attention of the Council\n\n"
            "2. The following resolution adopted by the Commission is brought to the attention of "
            "the Council:\n\nResolution 68/1\nWomen and girls in rural areas\n\n"
            "The Commission on the Status of Women,\n\n"
            "Recalling General Assembly resolution 78/190,\n\nRecalling also its resolution 66/2,\n"
        ),
        [("E/CN.6/RES/68/1", "A/RES/78/190"), ("E/CN.6/RES/68/1", "E/CN.6/RES/66/2")],
    ),
    (
        # two texts: each read as its own, each the source of what it cites
        _report(
            "Resolution 68/1\nWomen and girls in rural areas\n\n"
            "The Commission on the Status of Women,\n\nRecalling General Assembly resolution 78/190,\n\n"
            "Recalling also its resolution 66/2,\n\n"
            "Resolution 68/2\nWomen in the digital economy\n\n"
            "The Commission on the Status of Women,\n\nReaffirming its resolutions 65/4 and 67/1,\n"
        ),
        [
            ("E/CN.6/RES/68/1", "A/RES/78/190"),
            ("E/CN.6/RES/68/1", "E/CN.6/RES/66/2"),
            ("E/CN.6/RES/68/2", "E/CN.6/RES/65/4"),
            ("E/CN.6/RES/68/2", "E/CN.6/RES/67/1"),
        ],
    ),
    (
        # a letter issued as a document of both the Assembly and the Council
        "United Nations A/78/613–S/2023/944\n\nGeneral Assembly\nSecurity Council\n\nDistr.: General\n"
        "3 December 2023\n\nLetter dated 1 December 2023 from the Permanent Representative of "
        "Ruritania to the United Nations addressed to the Secretary-General\n\n"
        "I have the honour to refer to Security Council resolution 2720 (2023).\n\n"
        "23-20117\n\nA/78/613\nS/2023/944\n\nPlease circulate the present letter.\n",
        [("A/78/613", "S/RES/2720(2023)")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), REPORTS)
def test_a_report_and_its_masthead(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(c.source_id, c.target) for c in extract_text(text, lang="en").citations]
    assert got == expected


# --- Arabic pages of the Organization: numbers printed with spaces around the slash, and parts
# lettered past N in the order of the abjad (O سين, P عين, Q فاء …) ----------------------------

ARABIC: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "ar",
        "إن الجمعية العامة،\n\nوإذ تشير إلى قراراتها 39 / 148 سين المؤرخ 17 كانون الأول/ ديسمبر 1984، "
        "و 41 / 59 فاء المؤرخ 3 كانون الأول/ ديسمبر 1986، و 44 / 117 واو المؤرخ 15 كانون الأول/ ديسمبر 1989،",
        [("A/RES/39/148O", "1984-12-17"), ("A/RES/41/59Q", "1986-12-03"), ("A/RES/44/117F", "1989-12-15")],
    ),
    (
        "ar",
        "إن الجمعية العامة،\n\nوإذ تشير إلى قرارها 46 / 36 عين وإلى قرارها 47 /52 راء،",
        [("A/RES/46/36P", None), ("A/RES/47/52T", None)],
    ),
    (
        # the same spacing in a text layer of another language; "and/ or" and "3 / 4" untouched
        "en",
        "The General Assembly,\n\nRecalling its resolutions 46/ 36 L of 6 December 1991 and 47 / 52 K "
        "of 9 December 1992, and noting that 3 / 4 of the States and/ or their agencies reported,",
        [("A/RES/46/36L", "1991-12-06"), ("A/RES/47/52K", "1992-12-09")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ARABIC)
def test_spaced_numbers_and_abjad_letters(
    lang: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    got = [(c.target, c.date) for c in extract_text(text, lang=lang).citations]
    assert got == expected
