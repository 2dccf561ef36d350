"""Forms met reading real public English texts of kinds not read before (issue 7, pass real41a:
Secretary-General's bulletins and the index of administrative issuances, law-library copies of
Fifth Committee and Joint Inspection Unit resolutions, copies of General Assembly texts of the
first sessions and typed texts set in capitals, International Law Commission reports and their
notes, Counter-Terrorism and 1540 Committee letters, Yearbook chapters), each written for these
tests in UN style (numbers, dates and titles invented):

- any document's date written straight after its symbol with the preposition of a date
  ("ST/SGB/2011/4 of 18 March 2011", as a bulletin lists the bulletins it abolishes, "the report
  A/71/402 of 3 June 2016") is the document's (was kept for adopted texts only: the date lost);
  not a date after another word ("A/71/402 of the Secretary-General of …"), nor a year alone;
- a legal style's citation of the text itself under its title and a comma, the noun abbreviated
  ("Staff training, G.A. res. 59/233, 59 U.N. GAOR Supp. (No. 49) at 31, U.N. Doc. A/59/49
  (2004).", as law-library copies head each resolution) gives the text's own id (the title's
  words were taken for a heading that cites another text: no own id), also with the Council's
  Official Records' short name in capitals after it ("1982 U.N. ESCOR"); not after "see";
- the adopting body's line set in capitals ("THE GENERAL ASSEMBLY," of a typed text) is that
  line (it was not read: the heading's number gave no own id, the paragraphs no section);
- a list's entry of a document after its symbol and a full stop, opened by the noun of a letter,
  note or report and its date ("S/9114. Letter of 6 May 1969 from …", "A/7630. Note verbale dated
  …", as the Yearbook's documentary references list them), dates the document (was undated); not
  past the sender's name ("Report of the Secretary-General of …");
- the two lettered parts of a number with a day each before the year they share ("53/217 B and C of
  12 April and 14 June 1999", "2211 A and B (XXI) of 5 and 9 December 1966", as the Fifth
  Committee's texts reaffirm theirs) are dated each in order (both were undated); not three parts
  with two days;
- a symbol with a number of two figures in brackets between two elements, as the 1540 Committee's
  national reports are numbered ("S/AC.44/2004/(02)/31", "…/(02)/31/Add.1"), is read whole (was
  not read at all); a bracket at a symbol's end stays out of it;
- the two ones of a session's Roman numeral that a scanned page's text layer ran into the letter
  "H" ("2317(XXH)", "2463(XXHI)") are read as the ones (the number was lost, and the list after it);
  not a letter in a bracket alone ("paragraph 5 (H)");
- a numbered element of its own after a symbol's list word, whose figure one a scanned page's
  text layer gives as the letter "l" ("A/CN.4/297 and Add.l", "A/CN.4/L.212 and Add.l and 2"),
  is read as that figure (the element was lost, and every one after it).
"""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

# (text, the mentions as written with their targets and dates)
DOC_DATES: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    # a bulletin's list of the bulletins it abolishes
    (
        "Section 1\n\nThe following Secretary-General's bulletins are hereby abolished:\n\n"
        '(a) ST/SGB/281 of 4 May 1999, entitled "Filing of travel claims";\n'
        '(b) ST/SGB/2011/4 of 18 March 2011, entitled "Parking at Headquarters";\n',
        [("ST/SGB/281", "ST/SGB/281", "1999-05-04"), ("ST/SGB/2011/4", "ST/SGB/2011/4", "2011-03-18")],
    ),
    # a masthead's note of the bulletin that replaced it
    (
        "ST/SGB/2009/7\n\n12 June 2009\n\n(Abolished and replaced by ST/SGB/2014/2 of 9 January 2014)\n\n"
        "Secretary-General's bulletin\n",
        [("ST/SGB/2014/2", "ST/SGB/2014/2", "2014-01-09")],
    ),
    # a report in a sentence
    (
        "The Advisory Committee recalls the report A/71/402 of 3 June 2016 on the matter.\n",
        [("A/71/402", "A/71/402", "2016-06-03")],
    ),
]

DOC_DATES_KEPT: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    # a body's name between the symbol and the date
    (
        "The Committee had before it the report A/71/402 of the Secretary-General of 3 June 2016.\n",
        [("A/71/402", "A/71/402", None)],
    ),
    # a year alone
    ("(see A/71/402 of 2016)\n", [("A/71/402", "A/71/402", None)]),
    # an adopted text's date as before
    (
        "Recalling its resolution A/RES/68/19 of 7 December 2013,\n",
        [("A/RES/68/19", "A/RES/68/19", "2013-12-07")],
    ),
]


@pytest.mark.parametrize(("text", "mentions"), DOC_DATES + DOC_DATES_KEPT)
def test_document_date_after_symbol(text: str, mentions: list[tuple[str, str | None, str | None]]) -> None:
    res = extract_text(text, lang="en")
    assert [(c.text, c.target, c.date) for c in res.citations] == mentions


_GA = "\n\nThe General Assembly,\n\nRecalling its resolution 56/215 of 23 December 2001,\n"
_E = "\n\nThe Economic and Social Council,\n\nRecalling its resolution 1980/14 of 21 July 1980,\n"

# (text, the text's own id, the targets of its mentions in order)
LEGAL_HEADERS: list[tuple[str, str | None, list[str]]] = [
    # the title before the citation, a comma after it
    (
        "Staff training and development, G.A. res. 59/233, 59 U.N. GAOR Supp. (No. 49) at 31, "
        "U.N. Doc. A/59/49 (2004)." + _GA,
        "A/RES/59/233",
        ["A/59/49", "A/RES/56/215"],
    ),
    # … a long title with a comma and figures of its own, the volume glued to the number's comma
    (
        "Financial statements of the peacekeeping accounts, and reports of the auditors for the biennium "
        "2002-2003, G.A. res. 59/217,59 U.N. GAOR Supp. (No. 49) at 292, U.N. Doc. A/59/49 (2004)." + _GA,
        "A/RES/59/217",
        ["A/59/49", "A/RES/56/215"],
    ),
    # the Council's text, its Official Records' short name in capitals
    (
        "Rules for the treatment of detained migrants, E.S.C. res. 1982/9, 1982 U.N. ESCOR Supp. (No. 1) "
        "at 22, U.N. Doc. E/1982/99 (1982)." + _E,
        "E/RES/1982/9",
        ["E/1982/99", "E/RES/1980/14"],
    ),
    # … without its title
    (
        "E.S.C. res. 1982/9, 1982 U.N. ESCOR Supp. (No. 1) at 22, U.N. Doc. E/1982/99 (1982)." + _E,
        "E/RES/1982/9",
        ["E/1982/99", "E/RES/1980/14"],
    ),
]

LEGAL_HEADERS_KEPT: list[tuple[str, str | None, list[str]]] = [
    # a text cited after "see"
    (
        "See, for example, G.A. res. 58/8, 58 U.N. GAOR Supp. (No. 49) at 15, "
        "U.N. Doc. A/58/49 (2003)." + _GA,
        None,
        ["A/RES/58/8", "A/58/49", "A/RES/56/215"],
    ),
    # a verb before it
    (
        "Recalling, G.A. res. 58/8, 58 U.N. GAOR Supp. (No. 49) at 15, U.N. Doc. A/58/49 (2003)." + _GA,
        None,
        ["A/RES/58/8", "A/58/49", "A/RES/56/215"],
    ),
    # a title that cites another text by its noun written out
    ("Follow-up to resolution 58/8" + _GA, None, ["A/RES/58/8", "A/RES/56/215"]),
    # a heading of a list of texts in capitals
    ("DECISION 2/6 TECHNICAL COOPERATION ACTIVITIES" + _GA, None, ["A/RES/56/215"]),
]


@pytest.mark.parametrize(("text", "own", "targets"), LEGAL_HEADERS + LEGAL_HEADERS_KEPT)
def test_legal_citation_of_the_text_under_its_title(text: str, own: str | None, targets: list[str]) -> None:
    res = extract_text(text, lang="en")
    assert res.document.source_id == own
    assert [c.target for c in res.citations] == targets


# (text, the text's own id, the mentions as (target, section))
CAPITALS: list[tuple[str, str | None, list[tuple[str | None, str | None]]]] = [
    # a heading's number and title with a dash, the body's line in capitals without its comma
    (
        "Resolution 512 (VI) - Assistance to refugees of the region\n"
        "Adopted at the 355th plenary meeting on 2 February 1952\n"
        "THE GENERAL ASSEMBLY\n"
        "Recalling its resolutions 393 (V) of 2 December 1950 and 394 (V) of 14 December 1950,\n",
        "A/RES/512(VI)",
        [("A/RES/393(V)", None), ("A/RES/394(V)", None)],
    ),
    # the number's heading of an official volume, the body's line in capitals with its comma
    (
        "2716 (XXV). Assistance to the peoples of the Territories\n\nTHE GENERAL ASSEMBLY,\n\n"
        "     RECALLING its resolution 2621 (XXV) of 12 October 1970,\n\n"
        "     1. Requests the Secretary-General to report on resolution 2426 (XXIII);\n",
        "A/RES/2716(XXV)",
        [("A/RES/2621(XXV)", "preamble"), ("A/RES/2426(XXIII)", "operative")],
    ),
    # the Council's text under its number and date
    (
        "Resolution 391 (1976)\nof 9 July 1976\n\nTHE SECURITY COUNCIL,\n\n"
        "1. Calls upon the parties to implement resolution 353 (1974);\n",
        "S/RES/391(1976)",
        [("S/RES/353(1974)", "operative")],
    ),
]

CAPITALS_KEPT: list[tuple[str, str | None, list[tuple[str | None, str | None]]]] = [
    # a paragraph about the body, in capitals, in a report
    (
        "REPORT OF THE COMMITTEE\n\n"
        "3. THE GENERAL ASSEMBLY, IN ITS RESOLUTION 2621 (XXV), ASKED FOR A PLAN.\n",
        None,
        [("A/RES/2621(XXV)", None)],
    ),
    # the body's line in its own case as before
    (
        "2716 (XXV). Assistance to the peoples of the Territories\n\nThe General Assembly,\n\n"
        "Recalling its resolution 2621 (XXV) of 12 October 1970,\n",
        "A/RES/2716(XXV)",
        [("A/RES/2621(XXV)", "preamble")],
    ),
]


@pytest.mark.parametrize(("text", "own", "mentions"), CAPITALS + CAPITALS_KEPT)
def test_body_line_in_capitals(
    text: str, own: str | None, mentions: list[tuple[str | None, str | None]]
) -> None:
    res = extract_text(text, lang="en")
    assert res.document.source_id == own
    assert [(c.target, c.section) for c in res.citations] == mentions


# (text, the mentions as written with their targets)
SCANNED_ELEMENTS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "4 A/CN.4/297 and Add.l, Yearbook of the International Law Commission, 1974, vol. II, p. 159.\n",
        [("A/CN.4/297", "A/CN.4/297"), ("Add.l", "A/CN.4/297/Add.1")],
    ),
    (
        "8 A/CN.4/L.212 and Add.l and 2. A revised edition of the study will be issued.\n",
        [("A/CN.4/L.212", "A/CN.4/L.212"), ("Add.l", "A/CN.4/L.212/Add.1"), ("2", "A/CN.4/L.212/Add.2")],
    ),
]

SCANNED_ELEMENTS_KEPT: list[tuple[str, list[tuple[str, str]]]] = [
    # the figure as printed
    (
        "4 A/CN.4/297 and Add.1, Yearbook of the International Law Commission, 1974, vol. II, p. 159.\n",
        [("A/CN.4/297", "A/CN.4/297"), ("Add.1", "A/CN.4/297/Add.1")],
    ),
    # a word that only begins with the letter
    ("The Committee noted Rev.later in the day.\n", []),
]


@pytest.mark.parametrize(("text", "mentions"), SCANNED_ELEMENTS + SCANNED_ELEMENTS_KEPT)
def test_scanned_one_of_an_element_after_a_list_word(text: str, mentions: list[tuple[str, str]]) -> None:
    res = extract_text(text, lang="en")
    assert [(c.text, c.target) for c in res.citations] == mentions
    assert all(text[c.start : c.end] == c.text for c in res.citations)


# (text, the mentions as written with their targets and dates)
LISTED: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    (
        "DOCUMENTARY REFERENCES\nS/9114. Letter of 6 May 1969 from Ghana.\n"
        "A/7630. Note verbale dated 2 June 1969 from Peru.\n",
        [("S/9114", "S/9114", "1969-05-06"), ("A/7630", "A/7630", "1969-06-02")],
    ),
    # two columns run into one line
    (
        "S/9114. Letter of 6 May 1969 from Ghana. CONSIDERATION BY COUNCIL S/9120. Report of 9 May 1969 "
        "by Secretary-General.\n",
        [("S/9114", "S/9114", "1969-05-06"), ("S/9120", "S/9120", "1969-05-09")],
    ),
]

LISTED_KEPT: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    # the sender named before the date
    (
        "A/7631. Report of the Secretary-General of 4 June 1969.\n",
        [("A/7631", "A/7631", None)],
    ),
    # another word after the stop
    ("S/9114. Meetings of 6 May 1969.\n", [("S/9114", "S/9114", None)]),
]


@pytest.mark.parametrize(("text", "mentions"), LISTED + LISTED_KEPT)
def test_listed_document_date(text: str, mentions: list[tuple[str, str | None, str | None]]) -> None:
    res = extract_text(text, lang="en")
    assert [(c.text, c.target, c.date) for c in res.citations] == mentions


# (text, the mentions as written with their targets)
SCANNED_NUMERALS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "1. Resolutions 2241(XXI), 2317(XXH), 2463(XXHI) and 2583(XXIV) on observer missions\n",
        [
            ("2241(XXI)", "A/RES/2241(XXI)"),
            ("2317(XXH)", "A/RES/2317(XXII)"),
            ("2463(XXHI)", "A/RES/2463(XXIII)"),
            ("2583(XXIV)", "A/RES/2583(XXIV)"),
        ],
    ),
    ("Recalling its resolution 1807 (XVH) of 14 December 1962,\n", [("1807 (XVH)", "A/RES/1807(XVII)")]),
]

SCANNED_NUMERALS_KEPT: list[tuple[str, list[tuple[str, str]]]] = [
    # a letter alone in its bracket
    (
        "as set out in paragraph 5 (H) of the annex to resolution 1807 (XVII),\n",
        [("1807 (XVII)", "A/RES/1807(XVII)")],
    ),
]


@pytest.mark.parametrize(("text", "mentions"), SCANNED_NUMERALS + SCANNED_NUMERALS_KEPT)
def test_scanned_ones_of_a_session_numeral(text: str, mentions: list[tuple[str, str]]) -> None:
    res = extract_text(text, lang="en")
    assert [(c.text, c.target) for c in res.citations] == mentions
    assert all(text[c.start : c.end] == c.text for c in res.citations)


# (text, the mentions as written with their targets and dates)
PART_DAYS: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    (
        "Reaffirming its resolutions 53/217 B and C of 12 April and 14 June 1999 and 56/241 A of "
        "20 December 2001,\n",
        [
            ("53/217 B and C", "A/RES/53/217B", "1999-04-12"),
            ("53/217 B and C", "A/RES/53/217C", "1999-06-14"),
            ("56/241 A", "A/RES/56/241A", "2001-12-20"),
        ],
    ),
    (
        "Recalling its resolutions 2211 A and B (XXI) of 5 and 9 December 1966,\n",
        [
            ("2211 A and B (XXI)", "A/RES/2211A(XXI)", "1966-12-05"),
            ("2211 A and B (XXI)", "A/RES/2211B(XXI)", "1966-12-09"),
        ],
    ),
]

PART_DAYS_KEPT: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    # three parts, two days
    (
        "Reaffirming its resolutions 53/217 A, B and C of 12 April and 14 June 1999,\n",
        [
            ("53/217 A, B and C", "A/RES/53/217A", None),
            ("53/217 A, B and C", "A/RES/53/217B", None),
            ("53/217 A, B and C", "A/RES/53/217C", None),
        ],
    ),
    # one date for both
    (
        "Recalling its resolution 2211 A and B (XXI) of 9 December 1966,\n",
        [
            ("2211 A and B (XXI)", "A/RES/2211A(XXI)", "1966-12-09"),
            ("2211 A and B (XXI)", "A/RES/2211B(XXI)", "1966-12-09"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "mentions"), PART_DAYS + PART_DAYS_KEPT)
def test_days_of_two_parts(text: str, mentions: list[tuple[str, str | None, str | None]]) -> None:
    res = extract_text(text, lang="en")
    assert [(c.text, c.target, c.date) for c in res.citations] == mentions


# (text, the mentions as written with their targets)
BRACKETED_ELEMENTS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "The Committee examined the national report of Mali (S/AC.44/2004/(02)/31) and its addendum "
        "S/AC.44/2004/(02)/31/Add.1.\n",
        [
            ("S/AC.44/2004/(02)/31", "S/AC.44/2004/(02)/31"),
            ("S/AC.44/2004/(02)/31/Add.1", "S/AC.44/2004/(02)/31/Add.1"),
        ],
    ),
]

BRACKETED_ELEMENTS_KEPT: list[tuple[str, list[tuple[str, str]]]] = [
    # a bracket after the symbol's last element
    ("as reported in document S/2005/64 (02) on the matter\n", [("S/2005/64", "S/2005/64")]),
]


@pytest.mark.parametrize(("text", "mentions"), BRACKETED_ELEMENTS + BRACKETED_ELEMENTS_KEPT)
def test_bracketed_number_inside_a_symbol(text: str, mentions: list[tuple[str, str]]) -> None:
    res = extract_text(text, lang="en")
    assert [(c.text, c.target) for c in res.citations] == mentions
