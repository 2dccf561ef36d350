"""Forms met reading real public English texts of kinds not read before (issue 7, pass real40a:
the drug-control pages' copies of the Council's texts, Commission on Narcotic Drugs and Commission
on Human Rights documents, conference-of-the-parties decisions, Peacebuilding Commission and
Human Rights Council pages, reports of functional commissions and executive boards), each written
for these tests in UN style (numbers, dates and titles invented):

- a Council text's heading written under its year with its part's letter after the session's
  bracket ("1958/689(XXVI)C. Title", as the drug-control resolutions' copies head them) or before
  it ("1958/689 C (XXVI). Title") gives the text's own id, the lettered part's (`E/RES/689C(XXVI)`;
  the first was no id, the second read as a decision of 1958, `E/DEC/1958/689`);
- two symbols of a joint document joined by two hyphens, a plain-text copy's dash
  ("E/2455/Rev.2--E/CN.7/288/Rev.2"), are both read whole (the first lost its final element, the
  second was not read, and two bare symbols so joined were both lost);
- a text's number glued to the noun before it, as a web page's copy loses the space before a
  link ("Council resolution1888(2009)", "its resolution63/281"), is read as if spaced (was lost);
  not in a path or a name;
- a possessive in a clause set off by a participle after a body's name ("At its 41st meeting, on
  18 April 1996, the Commission on Human Rights, recalling its resolution 1995/48, decided …", as a
  session report records a decision) is that body's, the subject of the clause (was the citing
  body's, or the Council's by the shape YYYY/N, or the Assembly's by the shape N/M);
- the letter "l" a scanned page's text layer gives for the figure one in a symbol's numbered
  element ("A/45/3/Rev.l", "A/C.3/45/L.l2") or in the year after its series ("E/l994/24") is read as
  that figure (the element was lost, "A/45/3", or the symbol cut, "A/C.3/45/L", or lost).
"""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

# (text, the text's own id, the targets of its mentions in order)
HEADINGS: list[tuple[str, str | None, list[str]]] = [
    # the part's letter glued after the session's bracket, the title glued to its stop
    (
        "Economic and Social Council\n\n1958/689(XXVI)C.International control of synthetic drugs\n\n"
        "The Economic and Social Council,\n\nRecalling its resolution 548 B (XVIII) of 12 July 1954,\n",
        "E/RES/689C(XXVI)",
        ["E/RES/548B(XVIII)"],
    ),
    # … with a space before the title
    (
        "Economic and Social Council\n\n1960/731(XXX)F. Technical assistance in narcotics control\n\n"
        "The Economic and Social Council,\n\nNoting its resolution 548 B (XVIII),\n",
        "E/RES/731F(XXX)",
        ["E/RES/548B(XVIII)"],
    ),
    # the letter before the bracket, under the year
    (
        "Economic and Social Council\n\n1958/689 C (XXVI). International control of synthetic drugs\n\n"
        "The Economic and Social Council,\n\nRecalling its resolution 548 B (XVIII) of 12 July 1954,\n",
        "E/RES/689C(XXVI)",
        ["E/RES/548B(XVIII)"],
    ),
]

# look-alikes that stay as they are
HEADINGS_KEPT: list[tuple[str, str | None, list[str]]] = [
    (
        "Economic and Social Council\n\n1963/982(XXXVI).Narcotic drugs under international control\n\n"
        "The Economic and Social Council,\n\nRecalling its resolution 548 B (XVIII),\n",
        "E/RES/982(XXXVI)",
        ["E/RES/548B(XVIII)"],
    ),
    (
        "Economic and Social Council\n\n2019/210. Dates of the sessions of the Commission\n\n"
        "The Economic and Social Council decides, recalling its resolution 2018/4, to hold them.\n",
        "E/DEC/2019/210",
        ["E/RES/2018/4"],
    ),
]


@pytest.mark.parametrize(("text", "own", "targets"), HEADINGS + HEADINGS_KEPT)
def test_year_led_heading_with_part(text: str, own: str | None, targets: list[str]) -> None:
    res = extract_text(text, lang="en")
    assert res.document.source_id == own
    assert [c.target for c in res.citations] == targets


# (text, the mentions as written with their targets)
JOINT: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Adopted as recommended by the Commission (E/2455/Rev.2--E/CN.7/288/Rev.2, annex B).\n",
        [("E/2455/Rev.2", "E/2455/Rev.2"), ("E/CN.7/288/Rev.2", "E/CN.7/288/Rev.2")],
    ),
    (
        "See the Commission's report on its ninth session (E/2455--E/CN.7/288, chap. X).\n",
        [("E/2455", "E/2455"), ("E/CN.7/288", "E/CN.7/288")],
    ),
    # … and the two hyphens of a dash after a symbol, words after them
    (
        "See document A/61/87--the report of the Secretary-General.\n",
        [("A/61/87", "A/61/87")],
    ),
    # … a final element spaced from its number before the hyphens
    (
        "The text is reproduced in E/2455/Rev. 2--E/CN.7/288/Rev.2.\n",
        [("E/2455/Rev. 2", "E/2455/Rev.2"), ("E/CN.7/288/Rev.2", "E/CN.7/288/Rev.2")],
    ),
]

JOINT_KEPT: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "The joint report (A/61/87-E/2006/73) is before the Council.\n",
        [("A/61/87", "A/61/87"), ("E/2006/73", "E/2006/73")],
    ),
    (
        "The list of documents (A/61/87-89) was issued.\n",
        [("A/61/87", "A/61/87"), ("89", "A/61/88"), ("89", "A/61/89")],
    ),
]


@pytest.mark.parametrize(("text", "mentions"), JOINT + JOINT_KEPT)
def test_joint_symbols_two_hyphens(text: str, mentions: list[tuple[str, str]]) -> None:
    res = extract_text(text, lang="en")
    assert [(c.text, c.target) for c in res.citations] == mentions
    assert all(text[c.start : c.end] == c.text for c in res.citations)


# (text, the mentions as written with their targets and dates)
GLUED: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    (
        "The report referred to in paragraph 6 of Security Council resolution1888(2009) shall also go to the "
        "Council.\n",
        [("1888(2009)", "S/RES/1888(2009)", None)],
    ),
    (
        "The General Assembly,\n\nRecalling its resolution63/281 of 3 June 2009 on the review of the "
        "programme,\n",
        [("63/281", "A/RES/63/281", "2009-06-03")],
    ),
    (
        "The item was allocated to the Second Committee (General Assembly decision64/555).\n",
        [("64/555", "A/DEC/64/555", None)],
    ),
    (
        "It recalled General Assembly resolution2625 (XXV) and Human Rights Council resolution9/7.\n",
        [("2625 (XXV)", "A/RES/2625(XXV)", None), ("9/7", "A/HRC/RES/9/7", None)],
    ),
]

GLUED_KEPT: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    # a file's name, a path
    ("The file draft_resolution63/2 was circulated to members.\n", []),
    ("The figures are in table 3 (version2/1 of the data set).\n", []),
]


@pytest.mark.parametrize(("text", "mentions"), GLUED + GLUED_KEPT)
def test_number_glued_to_noun(text: str, mentions: list[tuple[str, str | None, str | None]]) -> None:
    res = extract_text(text, lang="en")
    assert [(c.text, c.target, c.date) for c in res.citations] == mentions
    assert all(text[c.start : c.end] == c.text for c in res.citations)


# (text, the targets and dates of its mentions)
PARTICIPLE: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        "At its 41st meeting, on 18 April 1996, the Commission on Human Rights, recalling its resolution "
        "1995/48 of 3 March 1995, decided to request the Secretary-General to report.\n",
        [("E/CN.4/RES/1995/48", "1995-03-03")],
    ),
    (
        "At its 9th meeting, on 14 March 2014, the Commission on the Status of Women, reaffirming its "
        "resolution 57/3, decided to keep the question under review.\n",
        [("E/CN.6/RES/57/3", None)],
    ),
    (
        "At its 52nd meeting, on 22 June 2018, the Human Rights Council, taking note of its resolution "
        "35/12, decided to hold a panel discussion.\n",
        [("A/HRC/RES/35/12", None)],
    ),
    # … an adverb after the participle
    (
        "At its 6th meeting, on 16 March 2016, the Commission on Narcotic Drugs, recalling also its "
        "resolutions 58/3 and 58/5, decided to transmit the text.\n",
        [("E/CN.7/RES/58/3", None), ("E/CN.7/RES/58/5", None)],
    ),
]

PARTICIPLE_KEPT: list[tuple[str, list[tuple[str, str | None]]]] = [
    # the body named is no clause's subject: the participle is the citing text's own
    (
        "The General Assembly,\n\nWelcoming the report of the Human Rights Council, recalling its "
        "resolution 65/281 on the review of the Council,\n",
        [("A/RES/65/281", None)],
    ),
    (
        "The General Assembly,\n\nRecalling its resolution 70/1 of 25 September 2015,\n",
        [("A/RES/70/1", "2015-09-25")],
    ),
    (
        "The Human Rights Council, in its resolution 40/13, requested a report.\n",
        [("A/HRC/RES/40/13", None)],
    ),
]


@pytest.mark.parametrize(("text", "targets"), PARTICIPLE + PARTICIPLE_KEPT)
def test_possessive_of_participle_subject(text: str, targets: list[tuple[str, str | None]]) -> None:
    res = extract_text(text, lang="en")
    assert [(c.target, c.date) for c in res.citations] == targets


# (text, the mentions as written with their targets)
OCR_ONES: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "To be issued as Official Records, Supplement No. 3 (A/47/3/Rev.l).\n",
        [("A/47/3/Rev.l", "A/47/3/Rev.1")],
    ),
    (
        "The Committee had before it the report (E/CN.4/1993/122/Add.l) and the draft A/C.3/48/L.l4.\n",
        [("E/CN.4/1993/122/Add.l", "E/CN.4/1993/122/Add.1"), ("A/C.3/48/L.l4", "A/C.3/48/L.14")],
    ),
    ("Annexes I to IV were issued separately (E/l993/23/Add.1).\n", [("E/l993/23/Add.1", "E/1993/23/Add.1")]),
]

OCR_ONES_KEPT: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "The report A/47/3/Rev.1 was issued; see also S/L.lists of the library.\n",
        [("A/47/3/Rev.1", "A/47/3/Rev.1")],
    ),
]


@pytest.mark.parametrize(("text", "mentions"), OCR_ONES + OCR_ONES_KEPT)
def test_letter_l_read_for_one(text: str, mentions: list[tuple[str, str]]) -> None:
    res = extract_text(text, lang="en")
    assert [(c.text, c.target) for c in res.citations] == mentions
    assert all(text[c.start : c.end] == c.text for c in res.citations)
