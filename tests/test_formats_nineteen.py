"""Layouts that cut a page's notes or a dated list in two (issue 7, session 19): a page frame
that falls inside a block of footnotes, with blank lines around it; the paragraphs of an HTML
page, each note one paragraph.  Every item of the list, its date and the notes' targets are
kept.  The passages are written for these tests in the style of UN texts."""

from __future__ import annotations

import html

import pytest

from rescite.engine.extract import extract_text

HEAD = (
    "United Nations\nA/RES/81/27\n\nGeneral Assembly\nDistr.: General\n14 December 2026\n\n"
    "Eighty-first session\nAgenda item 74\n\n"
    "Resolution adopted by the General Assembly on 10 December 2026\n\n"
    "81/27. Regional fishery bodies and the work of the United Nations\n\n"
    "The General Assembly,\n\n"
) + "".join(
    f"Noting the work carried out under element {i} of the programme for the biennium,\n\n" for i in range(6)
)
CUT = (
    "Recalling its earlier resolutions on the matter, in particular resolutions 61/105 of\n"
    "8 December 2006, 64/72 of 4 December 2009, 66/68 of\n"
    "__________________\n\n"
    "1  Resolution 69/292.\n\n"
    "2  See A/80/412, annex.\n"
)
NOTES_AFTER = (
    "3  See the annual report of the Committee for 2024 (A/79/3), chap. II.\n\n"
    "4  See also A/80/3, paras. 12-14.\n\n"
)
REST = "6 December 2011, 71/123 of 7 December 2016 and 77/118 of 9 December 2022,\n\n" + "".join(
    f"{i}. Invites the Secretary-General to inform it of progress on element {i} in 2028;\n\n"
    for i in range(1, 8)
)
LIST = {
    "A/RES/61/105": "2006-12-08",
    "A/RES/64/72": "2009-12-04",
    "A/RES/66/68": "2011-12-06",
    "A/RES/71/123": "2016-12-07",
    "A/RES/77/118": "2022-12-09",
}

# the foot of page 1 and the top of page 2, as a text layer or a converter writes them
FRAMES = {
    "n/m, blank lines, own symbol on top": ("\n \n1/3\n", "A/RES/81/27\n \n\n"),
    "two blank lines before the number": ("\n\n1/3\n", "A/RES/81/27\n\n \n"),
    "number alone, symbol and a blank after": ("\n1\n", "A/RES/81/27\n\n\n"),
    "page n of m, symbol with title": ("\nPage 1 of 3\n", "A/RES/81/27 Regional fishery bodies\n\n\n"),
}


@pytest.mark.parametrize("frame", list(FRAMES.values()), ids=list(FRAMES))
def test_a_page_frame_inside_a_footnote_block_keeps_the_list_it_cut(frame: tuple[str, str]) -> None:
    foot, top = frame
    page3 = (
        "\n"
        + foot.replace("1", "2", 1)
        + "\f"
        + top
        + "".join(f"Decides to consider element {i} at a later session;\n\n" for i in range(3))
    )
    text = HEAD + CUT + foot + "\f" + top + NOTES_AFTER + REST + page3
    res = extract_text(text)
    assert res.document.source_id == "A/RES/81/27"
    dated = {str(c.target): c.date for c in res.citations if str(c.target) in LIST}
    assert dated == LIST
    # the running header's own symbol is neither a citation nor the end of the notes
    assert "A/RES/81/27" not in {str(c.target) for c in res.citations}
    assert {"A/80/3", "A/79/3"} <= {str(c.target) for c in res.citations}


def _page(paragraphs: list[str]) -> str:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    head = "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'></head>"
    return f"{head}<body>\n{body}\n</body></html>\n"


_HTML_HEAD = [
    "United Nations",
    "A/RES/81/40",
    "General Assembly",
    "Resolution adopted by the General Assembly on 11 December 2026",
    "81/40. Partnership of the United Nations with INTERPOL",
    "The General Assembly,",
]
# (paragraphs after the heading, the targets wanted with their dates, a target never wanted)
HTML_CASES = {
    "a list cut by the notes of a page, one paragraph each": (
        [
            "Recalling its resolutions 75/10 of 19 November 2020, 77/8 of\n28 November 2022 and",
            "__________________",
            "1 Resolution 71/19.",
            "2  See A/80/219.",
            "3  Resolution 79/11.",
            "A/RES/81/40",
            "2/4",
            "79/11 of 2 December 2024,",
            "Noting the contribution of INTERPOL to the work of the Organization,",
        ],
        {"A/RES/75/10": "2020-11-19", "A/RES/77/8": "2022-11-28", "A/RES/79/11": "2024-12-02"},
        None,
    ),
    "an instrument named with the marker of a note in another paragraph": (
        [
            "Welcoming the appraisal by Member States, at a high-level meeting, of the United Nations\n"
            "Global Plan of Action to Combat Trafficking in Persons, 2 which stressed the role",
            "__________________",
            "1 Resolution 71/19.",
            "2  Resolution 72/1.",
            "of police cooperation among States in dismantling the networks of traffickers,",
        ],
        {"A/RES/72/1": None},
        "A/RES/64/293",
    ),
}


@pytest.mark.parametrize("case", list(HTML_CASES.values()), ids=list(HTML_CASES))
def test_the_notes_of_an_html_page_stay_one_block(
    case: tuple[list[str], dict[str, str | None], str | None],
) -> None:
    paragraphs, want, never = case
    res = extract_text(_page(_HTML_HEAD + paragraphs))
    assert res.document.source_id == "A/RES/81/40"
    got = {str(c.target): c.date for c in res.citations}
    assert {t: got.get(t, "missing") for t in want} == want
    assert never not in got


# -- a running header set in a narrow column (a page of two columns) ----------------------------
_NARROW_HEAD = (
    "United Nations\nA/RES/81/52\nGeneral Assembly\nDistr.: General\n15 November 2026\n"
    "26-20417 (E) 171126\n*2620417*\nEighty-first session\nAgenda item 39\n"
    "Resolution adopted by the General Assembly\non 9 November 2026\n"
    "81/52. Ending the blockade, the closure\nof crossings and the restrictions\n"
    "imposed on the movement of goods\nand persons in the region\n"
    "The General Assembly,\n"
    "Recalling its resolutions 70/12 of\n3 November 2015, 71/9 of 1 November\n2016, 72/15 of\n"
)
_NARROW_TAIL = (
    "26-20417\n2/2\n"
    "7 November 2017, 73/4 of 30 October\n2018 and 74/6 of 29 October 2019,\n"
    "1. Calls upon all States to refrain from any further measure of that nature;\n"
)
# the running header between "72/15 of" and its date: the title wrapped at other places than in
# the heading, a line that ends with a comma among them
NARROW_HEADERS = {
    "title in four lines, a comma at the end of the first": (
        "A/RES/81/52\nEnding the blockade,\nthe closure of crossings and the\n"
        "restrictions imposed on the movement\nof goods and persons in the region\n"
    ),
    "title in two lines, the first ends with a comma": (
        "A/RES/81/52\nEnding the blockade,\n"
        "the closure of crossings and the restrictions imposed on the movement of goods and persons"
        " in the region\n"
    ),
}
NARROW_LIST = {
    "A/RES/70/12": "2015-11-03",
    "A/RES/71/9": "2016-11-01",
    "A/RES/72/15": "2017-11-07",
    "A/RES/73/4": "2018-10-30",
    "A/RES/74/6": "2019-10-29",
}


@pytest.mark.parametrize("header", list(NARROW_HEADERS.values()), ids=list(NARROW_HEADERS))
def test_a_running_title_wrapped_in_a_narrow_column_is_taken_out(header: str) -> None:
    res = extract_text(_NARROW_HEAD + header + _NARROW_TAIL)
    assert res.document.source_id == "A/RES/81/52"
    dated = {str(c.target): c.date for c in res.citations}
    assert dated == NARROW_LIST


# -- a note wrapped after a word that a number follows (a narrow column) ------------------------
_WRAP_HEAD = (
    "United Nations\nA/RES/81/63\nGeneral Assembly\nDistr.: General\n20 December 2026\n"
    "81/63. Assurances to non-nuclear-weapon States\n"
    "The General Assembly,\n"
    "Recalling its resolutions 58/35 of 8 December 2003, 63/39 of\n"
    "__________________\n"
)
_WRAP_TAIL = (
    "A/RES/81/63\n2/2\n26-21034\n"  # the next page's frame
    "2 December 2008 and 70/25 of 7 December 2015,\n1. Reaffirms its earlier appeals;\n"
)
# (the notes, in a language; what they must give, the list's dates with them)
WRAPPED_NOTES = {
    "English, Supplement No. at a line's end": (
        "1 Report of the Conference, Official Records of the General Assembly, Supplement No.\n"
        "27 (A/80/27), sect. II.\n2 See A/79/27, annex.\n",
        {"A/80/27", "A/79/27"},
    ),
    "English, Supplements Nos. at a line's end": (
        "1 Official Records of the General Assembly, Supplements Nos.\n"
        "27 and 28 (A/80/27 and A/80/28).\n2 See A/79/27, annex.\n",
        {"A/80/27", "A/80/28", "A/79/27"},
    ),
    "French, Supplément No. at a line's end": (
        "1 Documents officiels de l'Assemblée générale, Supplément No.\n"
        "27 (A/80/27), sect. II.\n2 Voir A/79/27, annexe.\n",
        {"A/80/27", "A/79/27"},
    ),
    "Spanish, núm. at a line's end": (
        "1 Documentos Oficiales de la Asamblea General, Suplemento núm.\n"
        "27 (A/80/27), secc. II.\n2 Véase A/79/27, anexo.\n",
        {"A/80/27", "A/79/27"},
    ),
}


@pytest.mark.parametrize("case", list(WRAPPED_NOTES.values()), ids=list(WRAPPED_NOTES))
def test_a_note_wrapped_after_a_number_word_stays_in_its_block(case: tuple[str, set[str]]) -> None:
    notes, targets = case
    res = extract_text(_WRAP_HEAD + notes + _WRAP_TAIL)
    got = {str(c.target): c.date for c in res.citations}
    assert targets <= set(got)
    dates = {t: got.get(t, "missing") for t in ("A/RES/58/35", "A/RES/63/39", "A/RES/70/25")}
    assert dates == {"A/RES/58/35": "2003-12-08", "A/RES/63/39": "2008-12-02", "A/RES/70/25": "2015-12-07"}


# -- a page's running header run into a passage's first lines, wrapped at its symbol ---------------
RUN_IN = {
    "French": (
        "Renforcement de la coopération internationale\nen matière de sûreté maritime A/RES/80/115 \n"
        "visent à renforcer la sécurité des gens de mer et des navires, et rappelant sa\n"
        "résolution 75/239 du 31 décembre 2020 ainsi que la Convention des Nations Unies sur le\n"
        "droit de la mer, Prenant note du rapport du Secrétaire général,\n"
    ),
    "English": (
        "Strengthening of international cooperation\nfor maritime safety A/RES/80/115\n"
        "aimed at the safety of seafarers and of ships, and recalling its resolution\n"
        "75/239 of 31 December 2020, Taking note of the report of the Secretary-General,\n"
    ),
    "Spanish": (
        "Fortalecimiento de la cooperación internacional\nen materia de seguridad marítima A/RES/80/115\n"
        "encaminadas a la seguridad de la gente de mar y de los buques, y recordando su\n"
        "resolución 75/239, de 31 de diciembre de 2020, Tomando nota del informe del Secretario General,\n"
    ),
}


@pytest.mark.parametrize("passage", list(RUN_IN.values()), ids=list(RUN_IN))
def test_a_running_header_wrapped_at_its_symbol_names_the_passage(passage: str) -> None:
    res = extract_text(passage)
    assert res.document.source_id == "A/RES/80/115"
    got = {str(c.target): c.date for c in res.citations}
    assert got.get("A/RES/75/239") == "2020-12-31"
    assert "A/RES/80/115" not in got
