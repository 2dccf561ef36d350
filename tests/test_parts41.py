"""Compilations in Word and PDF files (issue 7, session 41), read from files built here.

Whole compilations (several adopted texts in one file) made into Word and PDF files in every
official layout and read back taught two things about the texts a file holds:

* a note's record belongs to the text its MARK stands in, wherever the note is printed (a Word
  file's notes all at its end, a PDF's at the foot of a page of a later text).  Two marks set
  one after another ("Decisions adopted by the Conference of the Parties¹²", or "(E/2026/99).1²"
  where the first mark after a stop stays in plain digits) point to notes 1 and 2, not to a
  note 12 that no line opens; and a PDF may set its notes in the text's own type with no rule
  above them: the lines that open with a note's number and end a page are its notes all the same;
* on a narrow page (or a column) a text's heading wraps over lines: the adopting body's short
  name runs onto the next line ("The Conference of the⏎Parties,"), and a decision told as a
  narrative has its title's words (which may name another body: "… members of the Security
  Council") on the lines before the sentence that its meeting's clause opens ("At its 42nd
  plenary meeting, …, the General Assembly …"): the text still opens there.

Every passage is written for these tests in UN style; each row fails on 92295466."""

from __future__ import annotations

import pytest

from official_files import font_installed, libreoffice_pdfs, narrow_document
from rescite.engine.extract import extract_text
from rescite.read import text_of
from test_formats import make_pdf
from test_formats_word import docx, note_ref, p

Records = set[tuple[str, str | None, str | None]]


def _records(data: bytes, name: str) -> Records:
    """(target, source_id, part) of each record of a file."""
    res = extract_text(text_of(data, name), source=name)
    return {(str(c.target), c.source_id, c.part) for c in res.citations if c.target}


# -- 1. a note's record in the text of its mark -----------------------------------------------------------
_COP_HEAD = [
    "United Nations",
    "FCCC/CP/2026/9/Add.1",
    "Distr.: General",
    "14 March 2027",
    "Report of the Conference of the Parties on its thirty-first session",
    "Addendum",
]
_COP_ONE = [
    "Decision 1/CP.31",
    "Long-term finance",
    "The Conference of the Parties,",
    "Recalling decisions 3/CP.29 and 5/CP.30,",
    "1. Decides to continue the workshops on long-term finance;",
]
_COP_TWO = [
    "Decision 2/CP.31",
    "Arrangements for intergovernmental meetings",
    "The Conference of the Parties,",
    "Recalling decision 11/CP.30,",
    "1. Takes note of the report of the Subsidiary Body for Implementation;",
]
_OWN = "FCCC/CP/2026/9/Add.1"
_ONE, _TWO = "FCCC/CP/DEC/31/1", "FCCC/CP/DEC/31/2"


def _cop_word(mark_in: str, marks: str) -> bytes:
    """The compilation as a Word file, two notes marked one after the other (``marks``: "" after
    a word, "." after a stop) on the line ``mark_in`` ("cover": the line over the texts, "one":
    the first text's title): their notes print at the file's end, under the second text."""
    refs = note_ref(1) + note_ref(2)
    cover = "Decisions adopted by the Conference of the Parties" + marks
    one = list(_COP_ONE)
    body = "".join(p(x) for x in _COP_HEAD)
    if mark_in == "cover":
        body += p(cover, refs)
    else:
        body += p(cover)
        one[1] = one[1] + marks
    body += p(one[0]) + p(one[1], *((refs,) if mark_in == "one" else ())) + "".join(p(x) for x in one[2:])
    body += "".join(p(x) for x in _COP_TWO)
    return docx(body, notes={1: " A/81/412.", 2: " FCCC/SBI/2026/8."})


def _cop_pdf(mark_in: str) -> bytes:
    """The compilation as a PDF whose notes are set in the text's type with no rule above them,
    at the foot of the second text's page, their mark on the first page."""
    cover = "Decisions adopted by the Conference of the Parties" + ("\u00b9" if mark_in == "cover" else "")
    one = list(_COP_ONE)
    if mark_in == "one":
        one[1] += "\u00b9"
    return make_pdf([[*_COP_HEAD, cover, *one], [*_COP_TWO, "1 A/81/412."]])


_NOTE_ROWS = [
    # two marks after a word, on the line over the texts: both notes the file's own
    (
        "cover-word",
        _cop_word("cover", ""),
        ".docx",
        {("A/81/412", _OWN, None), ("FCCC/SBI/2026/8", _OWN, None)},
    ),
    # … after a stop (the first mark in plain digits, "….1²")
    (
        "cover-stop-word",
        _cop_word("cover", "."),
        ".docx",
        {("A/81/412", _OWN, None), ("FCCC/SBI/2026/8", _OWN, None)},
    ),
    # … on the first text's title: both notes the first text's
    (
        "title-word",
        _cop_word("one", ""),
        ".docx",
        {("A/81/412", _ONE, "Decision 1/CP.31"), ("FCCC/SBI/2026/8", _ONE, "Decision 1/CP.31")},
    ),
    # a PDF's note in the text's type at the foot of the second text's page
    ("cover-pdf", _cop_pdf("cover"), ".pdf", {("A/81/412", _OWN, None)}),
    ("title-pdf", _cop_pdf("one"), ".pdf", {("A/81/412", _ONE, "Decision 1/CP.31")}),
]


@pytest.mark.parametrize(("name", "data", "suffix", "want"), _NOTE_ROWS, ids=[r[0] for r in _NOTE_ROWS])
def test_a_notes_record_is_in_the_text_of_its_mark(
    name: str, data: bytes, suffix: str, want: Records
) -> None:
    got = _records(data, name + suffix)
    assert want <= got, sorted(got)
    assert {(t, s, q) for t, s, q in got if t in {w[0] for w in want}} == want


# -- 2. a text's heading wrapped on a narrow page -----------------------------------------------------------
_NARROW_COP = [
    "Decisions adopted by the Conference of",
    "the Parties",
    "Decision 1/CP.31",
    "Long-term finance for",
    "developing country",
    "Parties",
    "The Conference of the",
    "Parties,",
    "Recalling decisions",
    "3/CP.29 and 5/CP.30,",
    "1. Decides to continue",
    "the workshops;",
    "Decision 2/CP.31",
    "Arrangements for",
    "intergovernmental",
    "meetings",
    "The Conference of the",
    "Parties,",
    "Recalling decision",
    "11/CP.30,",
    "1. Takes note of the",
    "report;",
]
_NARRATIVE = [
    "58/421. Appointment of members of the",
    "Advisory Committee on Administrative",
    "and Budgetary Questions",
    "At its 71st plenary meeting, on 5 December",
    "2003, the General Assembly, in accordance",
    "with resolution 14 (I) of 13 February 1946,",
    "appointed three members of the Committee.",
    "58/422. Election of five non-permanent",
    "members of the Security Council",
    "At its 42nd plenary meeting, on 23 October",
    "2003, the General Assembly, in accordance",
    "with Article 23 of the Charter of the United",
    "Nations, elected five non-permanent members",
    "in place of those whose term of office expires.",
]
#: the paragraphs of a compilation of narrative decisions, set on narrow pages by LibreOffice
_NARRATIVE_RU = [
    "58/421. Назначение членов Консультативного комитета по административным и бюджетным вопросам",
    "На своем 71-м пленарном заседании 5 декабря 2003 года Генеральная Ассамблея в соответствии "
    "с резолюцией 14 (I) от 13 февраля 1946 года назначила трех членов Комитета.",
    "58/422. Выборы пяти непостоянных членов Совета Безопасности",
    "На своем 42-м пленарном заседании 23 октября 2003 года Генеральная Ассамблея в соответствии "
    "со статьей 23 Устава Организации Объединенных Наций избрала пять непостоянных членов.",
]
_COP_PARAGRAPHS = [
    "Decisions adopted by the Conference of the Parties",
    "Decision 1/CP.31",
    "Long-term finance for developing country Parties",
    "The Conference of the Parties,",
    "Recalling decisions 3/CP.29 and 5/CP.30,",
    "1. Decides to continue the workshops on long-term finance;",
    "Decision 2/CP.31",
    "Arrangements for intergovernmental meetings",
    "The Conference of the Parties,",
    "Recalling decision 11/CP.30,",
    "1. Takes note of the report of the Subsidiary Body for Implementation;",
]
_NARROW_ROWS = [
    ("ru-10.5cm", {("pub:charter-of-the-united-nations", "A/DEC/58/422", "58/422")}),
    ("ru-7cm", {("pub:charter-of-the-united-nations", "A/DEC/58/422", "58/422")}),
    (
        "en-7cm",
        {("FCCC/CP/DEC/29/3", _ONE, "Decision 1/CP.31"), ("FCCC/CP/DEC/30/11", _TWO, "Decision 2/CP.31")},
    ),
]


@pytest.fixture(scope="module")
def narrow_pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The paragraphs on pages 10.5 cm and 7 cm wide, by LibreOffice."""
    font = "Liberation Serif"
    if not font_installed(font):
        pytest.skip(f"{font} is not installed")
    docs = {
        name: narrow_document(
            _NARRATIVE_RU if name.startswith("ru") else _COP_PARAGRAPHS, font, name[3:], rtl=False
        )
        for name, _ in _NARROW_ROWS
    }
    made = libreoffice_pdfs(docs, tmp_path_factory.mktemp("parts41"))
    if made is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    return made


@pytest.mark.parametrize(("name", "want"), _NARROW_ROWS, ids=[r[0] for r in _NARROW_ROWS])
def test_a_heading_wrapped_on_a_narrow_page_opens_its_text(
    narrow_pdfs: dict[str, bytes], name: str, want: Records
) -> None:
    got = _records(narrow_pdfs[name], name + ".pdf")
    assert want <= got, sorted(got)


_WRAP_ROWS = [
    # the adopting body's short name wrapped onto the next line (a 7 cm page)
    (
        "cop-narrow-pdf",
        make_pdf([_NARROW_COP]),
        ".pdf",
        {("FCCC/CP/DEC/29/3", _ONE, "Decision 1/CP.31"), ("FCCC/CP/DEC/30/11", _TWO, "Decision 2/CP.31")},
    ),
    # a narrative decision's title wrapped, naming another body on its second line
    (
        "narrative-narrow-pdf",
        make_pdf([_NARRATIVE]),
        ".pdf",
        {("pub:charter-of-the-united-nations", "A/DEC/58/422", "58/422")},
    ),
]


@pytest.mark.parametrize(("name", "data", "suffix", "want"), _WRAP_ROWS, ids=[r[0] for r in _WRAP_ROWS])
def test_a_wrapped_heading_still_opens_its_text(name: str, data: bytes, suffix: str, want: Records) -> None:
    got = _records(data, name + suffix)
    assert want <= got, sorted(got)
