"""Word files that hold a paragraph per printed line (as a PDF converter makes them), text
whose lines are cut anywhere, and footnote lines that open with a number: the same
citations and dates as the text written out in paragraphs."""

from __future__ import annotations

import textwrap

import pytest

from doc_files import word_97
from passages import assert_passage
from rescite.engine.extract import extract_text
from rescite.read import text_of
from rescite.read.docx import paragraph_breaks
from test_read_docx import document, docx, para

# a resolution of my own making: a dated list with titles between its items, a lettered
# part, a Council number with its year, and a footnote whose text runs over three lines
RESOLUTION = """United Nations A/RES/81/77
General Assembly
Distr.: General
18 December 2026
Eighty-first session
Agenda item 71
Resolution adopted by the General Assembly on 16 December 2026
81/77. Cooperation on the safe return of cultural property
The General Assembly,
Recalling its resolutions 61/52 of 4 December 2006, entitled "Return or restitution of cultural property to the countries of origin", 64/78 of 7 December 2009, entitled "Return or restitution of cultural property to the countries of origin", and 70/76 of 9 December 2015, and its resolution 47/119 B of 18 December 1992,
Recalling also Security Council resolution 2347 (2017) of 24 March 2017,
Taking note of the report of the Secretary-General,1
Noting with concern the illicit trade in cultural objects from archaeological sites and museums in areas affected by armed conflict, and the growing use of online platforms for their sale,
1. Invites Member States to continue to cooperate on the return of cultural property;
2. Encourages Member States to draw up inventories of the cultural property kept in their museums and to make them available to the public and to the authorities of other States;
3. Requests the Secretary-General, in cooperation with the United Nations Educational, Scientific and Cultural Organization, to submit a report on the implementation of the present resolution;
4. Decides to include the item in the provisional agenda of its eighty-fourth session.
__________________
1 Official Records of the General Assembly, Eightieth Session, Supplement No. 1 (A/80/1), chap. IV.
"""  # noqa: E501

EXPECTED = {
    ("A/RES/61/52", "2006-12-04"),
    ("A/RES/64/78", "2009-12-07"),
    ("A/RES/70/76", "2015-12-09"),
    ("A/RES/47/119B", "1992-12-18"),
    ("S/RES/2347(2017)", "2017-03-24"),
    ("A/80/1", None),
}


def _lines(width: int) -> list[str]:
    out: list[str] = []
    for paragraph in RESOLUTION.strip().split("\n"):
        out.extend(textwrap.wrap(paragraph, width, break_long_words=False, break_on_hyphens=False))
    return out


def _found(text: str) -> tuple[set[tuple[str | None, str | None]], str | None]:
    result = extract_text(text)
    return {(c.target, c.date) for c in result.citations}, result.document.source_id


def test_the_text_written_out_in_paragraphs() -> None:
    assert _found(RESOLUTION) == (EXPECTED, "A/RES/81/77")


@pytest.mark.parametrize("width", [60, 72, 85])
def test_a_word_file_with_a_paragraph_per_line(width: int) -> None:
    lines = _lines(width)
    data = docx({"word/document.xml": document("".join(para(line) for line in lines))})
    text = text_of(data, "converted.docx")
    assert "\n\n" not in text.strip()  # a paragraph mark there is a line's end
    assert _found(text) == (EXPECTED, "A/RES/81/77")


@pytest.mark.parametrize("width", [60, 85])
def test_a_word_97_file_with_a_paragraph_per_line(width: int) -> None:
    body = "\r".join(_lines(width)) + "\r"
    text = text_of(word_97([body]), "converted.doc")
    assert _found(text) == (EXPECTED, "A/RES/81/77")


@pytest.mark.parametrize("width", [60, 72, 85])
def test_a_text_file_whose_lines_are_cut_anywhere(width: int) -> None:
    assert _found("\n".join(_lines(width)) + "\n") == (EXPECTED, "A/RES/81/77")


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # a Word file as written: headings end on a word, but the next paragraph opens in capitals
        (
            ["Oceans and the law of the sea", "The General Assembly,", "Recalling its resolution 80/1,"]
            + ["Reaffirming the Charter,", "1. Decides to continue;", "Annex", "Declaration"] * 3,
            "\n\n",
        ),
        # a converted file: most lines end on a word and the next goes on in lower case
        (
            ["Recalling its resolutions 61/52 of 4 December 2006, entitled “Return or", "restitution of"]
            + ["cultural property to the countries of origin”, 64/78 of 7 December 2009, and", "its"] * 4,
            "\n",
        ),
        # Chinese lines cut inside a sentence: no case, a word on each side of the break
        (
            ["回顾其2006年12月4日第61/52号决议和2009年12月7日", "第64/78号决议以及2015年12月9日第70/76号决"]
            * 4,
            "\n",
        ),
    ],
)
def test_when_a_paragraph_mark_is_a_line_end(paras: list[str], expected: str) -> None:
    assert set(paragraph_breaks(paras)) == {expected}


def test_table_rows_stand_apart_in_a_converted_file() -> None:
    paras = [
        "Recalling the resolutions on the return of cultural property to",
        "the countries of origin that it",
    ]
    paras += [
        "adopted at its sixty-first and sixty-fourth sessions, and the",
        "reports of the Secretary-General",
    ] * 3
    paras += ["61/52 | Return of cultural property | 4 December 2006"]
    breaks = paragraph_breaks(paras, [False] * (len(paras) - 1) + [True])
    assert breaks[-1] == "\n\n" and set(breaks[:-1]) == {"\n"}


@pytest.mark.parametrize(
    "note",
    [
        # the note's text wraps after "No." onto a line that opens with the supplement's number
        "3 Official Records of the General Assembly, Seventy-ninth Session, Supplement No.\n"
        "2 (A/79/2), chap. V.",
        "3 Ibid., Supplement No.\n1 (A/79/1), para. 12.",
    ],
)
def test_a_note_line_that_opens_with_a_lower_number_goes_on(note: str) -> None:
    text = (
        "The General Assembly,\n"
        "Recalling its resolutions 77/20 of 7 December 2022, 78/31 of 4 December 2023 and 79/12 of\n"
        "__________________\n"
        "1 Resolution 76/5.\n"
        "2 See A/78/400.\n"
        f"{note}\n"
        "\n"
        "2 December 2024, and 80/40 of 1 December 2025,\n"
    )
    found, _ = _found(text)
    assert {("A/RES/79/12", "2024-12-02"), ("A/RES/80/40", "2025-12-01")} <= found
    assert ("A/RES/76/5", None) in found


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Taking note of the final document (NPT/CONF.2030/20 \n(Vol. II)),\n", "NPT/CONF.2030/20(Vol.II)"),
        ("Taking note of the report (A/80/12 \n(Part I)),\n", "A/80/12(PartI)"),
        ("Recalling its resolution S/RES/2601 \n(2021),\n", "S/RES/2601(2021)"),
        # … or a line break inside the bracket, after its word
        ("Taking note of the final document (NPT/CONF.2030/20 (Vol. \nII)),\n", "NPT/CONF.2030/20(Vol.II)"),
        ("Taking note of the report (A/80/12 (Part\nI)),\n", "A/80/12(PartI)"),
    ],
)
def test_a_symbols_bracket_on_the_next_line_after_a_trailing_space(text: str, target: str) -> None:
    found, _ = _found("The General Assembly,\n" + text)
    assert target in {t for t, _ in found}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "The General Assembly,\n\nStressing cooperation at every level,1\n\n__________________\n"
            "1 Recalling its decision 67/551 of 24 April 2013,\n"
            "2 Taking note of the report of the Secretary-General (A/74/260),\n"
            "3 Recognizing the importance of its resolution 71/1 of 19 September 2016,\n",
            {"A/DEC/67/551": "2013-04-24", "A/74/260": "", "A/RES/71/1": "2016-09-19"},
        ),
        (
            "fr",
            "L’Assemblée générale,\n\nSoulignant l’importance de la coopération,1\n\n__________________\n"
            "1 Rappelant sa décision 67/551 du 24 avril 2013,\n"
            "2 Rappelant également sa résolution 71/1 du 19 septembre 2016,\n",
            {"A/DEC/67/551": "2013-04-24", "A/RES/71/1": "2016-09-19"},
        ),
        (
            "ru",
            "Генеральная Ассамблея,\n\nподчеркивая важность сотрудничества,1\n\n__________________\n"
            "1 ссылаясь на свое решение 67/551 от 24 апреля 2013 года,\n"
            "2 признавая важность своей резолюции 71/1 от 19 сентября 2016 года,\n",
            {"A/DEC/67/551": "2013-04-24", "A/RES/71/1": "2016-09-19"},
        ),
    ],
)
def test_a_list_ends_with_its_note(lang: str, text: str, expected: dict[str, str | None]) -> None:
    # notes that end with a comma, as preambular paragraphs moved to the page's foot do: the
    # number of the next note is its own citation, never an item of the list of the note before
    assert_passage(text, expected, lang=lang)
