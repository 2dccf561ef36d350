"""Forms met reading real public English texts of kinds not read before (issue 7, pass real39a:
annotated agenda lists and reports with many texts cited, Council and Commission resolutions,
regional commissions' and specialized agencies' texts, committee reports, plenary records),
each written for these tests in UN style (numbers, dates and titles invented):

- a symbol a text layer spaced after a slash ("E/ 1997/22") that a stop or another symbol
  follows is one mention whose text is the whole symbol as written — its last figure included
  (the mention ended a character early when a sentence's stop was read with it);
- a symbol of another organisation that its session's number opens ("203 EX/SR.1-5", "204
  EX/PRIV.1": UNESCO's Executive Board) is no United Nations document;
- a masthead a copy runs onto one line ("UNITED NATIONS A General Assembly Distr. GENERAL
  A/AC.96/901 …") gives the text's own symbol, as the masthead's lines do;
- a title in capitals that cites a text by its noun and number, no stop ending it ("IMPLEMENTATION
  OF GENERAL ASSEMBLY RESOLUTIONS 51/12 AND 52/208"), is read as a paragraph in capitals is,
  and so is the noun after a bracket in one ("… (RESOLUTION 3362 (S-VII)), …");
- a list of a body's numbers each followed by its topic ("its resolutions 64/9 on …, 65/4 on …
  and 67/5 on …") goes on over a bracket in a topic that holds no symbol ("… phase II
  (2012-2016), 65/4 on …"), and over a pinpoint brought in after an item ("its resolutions 66/288,
  in particular paragraph 88 thereof, 67/213 and 68/211").
"""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

# (text, the mentions as written with their targets)
SPACED: list[tuple[str, list[tuple[str, str]]]] = [
    # a spaced symbol after another, a stop after it
    (
        "The Committee's views are set out in its reports E/2003/22 and E/ 2004/22.\n",
        [("E/2003/22", "E/2003/22"), ("E/ 2004/22", "E/2004/22")],
    ),
    (
        "For the earlier proposals, see E/ 2004/22 and A/ 59/7.\n",
        [("E/ 2004/22", "E/2004/22"), ("A/ 59/7", "A/59/7")],
    ),
    # … the space after the second slash
    (
        "The statement (A/C.5/59/SR.4) was followed by the note A/59/ 612.\n",
        [("A/C.5/59/SR.4", "A/C.5/59/SR.4"), ("A/59/ 612", "A/59/612")],
    ),
]


@pytest.mark.parametrize(("text", "mentions"), SPACED)
def test_spaced_symbols_whole(text: str, mentions: list[tuple[str, str]]) -> None:
    res = extract_text(text, lang="en")
    got = [(c.text, c.target) for c in res.citations]
    assert got == mentions
    assert all(text[c.start : c.end] == c.text for c in res.citations)


# (text, the targets found): another organisation's symbols led by its session's number
SESSION_LED: list[tuple[str, set[str]]] = [
    (
        "2 Approval of the summary records of the 203rd session (203 EX/SR.1-5) (204 EX/SR.1)\n"
        "The Executive Board approved the summary records of its 203rd session.\n",
        set(),
    ),
    (
        "3 Report by the Director-General (204 EX/PRIV.1; 204 EX/3.INF), taking into account "
        "General Assembly resolution 72/279 of 31 May 2018,\n",
        {"A/RES/72/279"},
    ),
    # look-alikes: a United Nations symbol after a note's number or a count stays cited
    (
        "__________\n12 JIU/REP/2017/6.\n13 E/ESCAP/74/1, para. 4.\n",
        {"JIU/REP/2017/6", "E/ESCAP/74/1"},
    ),
    (
        "The Board considered 3 documents, among them E/ICEF/2018/5 and 2 E/ICEF/2018/6.\n",
        {"E/ICEF/2018/5", "E/ICEF/2018/6"},
    ),
]


@pytest.mark.parametrize(("text", "targets"), SESSION_LED)
def test_session_led_symbols(text: str, targets: set[str]) -> None:
    res = extract_text(text, lang="en")
    assert set(res.targets()) == targets


# (text, the text's own id, the targets found): a masthead's lines run onto one
RUN_MASTHEADS: list[tuple[str, str | None, set[str]]] = [
    (
        "UNITED NATIONS A General Assembly Distr. GENERAL A/AC.96/901 14 June 1998 Original: ENGLISH "
        "EXECUTIVE COMMITTEE OF THE HIGH COMMISSIONER'S PROGRAMME Forty-ninth session\n\n"
        "1. The Committee recalled General Assembly resolution 52/103 of 12 December 1997.\n",
        "A/AC.96/901",
        {"A/RES/52/103"},
    ),
    (
        "UNITED NATIONS E Economic and Social Council Distr. LIMITED E/CN.4/1996/L.21 8 April 1996 "
        "Original: ENGLISH COMMISSION ON HUMAN RIGHTS Fifty-second session\n\n"
        "The Commission on Human Rights, Recalling its resolution 1995/31 of 3 March 1995,\n",
        "E/CN.4/1996/L.21",
        {"E/CN.4/RES/1995/31"},
    ),
    (
        "United Nations General Assembly Distr.: General A/80/214 3 July 2025 Original: English\n\n"
        "1. The present report is submitted pursuant to resolution 79/188.\n",
        "A/80/214",
        {"A/RES/79/188"},
    ),
    # look-alikes: a sentence that names the organisation and a distribution before a symbol
    (
        "The note of the Secretariat was given a general distribution as A/AC.96/902.\n\n"
        "The Committee recalled General Assembly resolution 52/103.\n",
        None,
        {"A/AC.96/902", "A/RES/52/103"},
    ),
    (
        "Letter from the United Nations Office, distributed as A/80/215 on 4 July 2025\n\n"
        "The Committee recalled General Assembly resolution 52/103.\n",
        None,
        {"A/80/215", "A/RES/52/103"},
    ),
]


@pytest.mark.parametrize(("text", "own", "targets"), RUN_MASTHEADS)
def test_run_together_mastheads(text: str, own: str | None, targets: set[str]) -> None:
    res = extract_text(text, lang="en")
    assert res.document.source_id == own
    assert set(res.targets()) == targets


# (text, the text's own id, the targets found): titles and paragraphs in capitals
CAPITALS: list[tuple[str, str | None, set[str]]] = [
    (
        "IMPLEMENTATION OF GENERAL ASSEMBLY RESOLUTIONS 51/12 AND 52/208\n\nReport of the "
        "Secretary-General\n\n1. The present report describes the measures taken.\n",
        None,
        {"A/RES/51/12", "A/RES/52/208"},
    ),
    (
        "FOLLOW-UP TO HUMAN RIGHTS COUNCIL RESOLUTION 7/14 ON THE RIGHT TO FOOD\n\n1. The Special "
        "Rapporteur recalls Economic and Social Council resolution 2005/6.\n",
        None,
        {"A/HRC/RES/7/14", "E/RES/2005/6"},
    ),
    (
        "QUESTION OF NAMIBIA: RESOLUTION 2145 (XXI) AND ITS FOLLOW-UP\n\n1. The Council considered "
        "the matter.\n",
        None,
        {"A/RES/2145(XXI)"},
    ),
    (
        "THE COMMISSION,\nBEARING IN MIND THE PROGRAMME OF ACTION ADOPTED BY THE ASSEMBLY AT ITS SEVENTH "
        "SPECIAL SESSION (RESOLUTION 3362 (S-VII)) AND THE CHARTER OF ECONOMIC RIGHTS AND DUTIES OF "
        "STATES (RESOLUTION 3281 (XXIX)),\n",
        None,
        {"A/RES/3362(S-VII)", "A/RES/3281(XXIX)"},
    ),
    # look-alikes: a heading's own number in capitals, opening its line, stays the text's own
    (
        "RESOLUTION 2211 (XXI)\n\nThe General Assembly,\n\nRecalling its resolution 2145 (XXI),\n",
        "A/RES/2211(XXI)",
        {"A/RES/2145(XXI)"},
    ),
    (
        "DRAFT RESOLUTION A/C.2/52/L.33\n\nThe General Assembly,\n\nRecalling its resolution 51/12,\n",
        None,
        {"A/C.2/52/L.33", "A/RES/51/12"},
    ),
]


@pytest.mark.parametrize(("text", "own", "targets"), CAPITALS)
def test_cited_in_capitals(text: str, own: str | None, targets: set[str]) -> None:
    res = extract_text(text, lang="en")
    assert res.document.source_id == own
    assert set(res.targets()) == targets


# (text, the targets found): a list of numbers and their topics, a bracket in a topic
TOPIC_BRACKETS: list[tuple[str, set[str]]] = [
    (
        "The General Assembly,\n\nRecalling its resolutions 64/9 on the regional action programme for "
        "transport development, phase II (2012-2016), 65/4 on the Incheon Declaration on disaster "
        "risk, and 67/5 on the Almaty review,\n",
        {"A/RES/64/9", "A/RES/65/4", "A/RES/67/5"},
    ),
    (
        "The Economic and Social Council,\n\nRecalling its resolutions 2011/33 on the Decade of Action "
        "(2011-2020) and 2013/9 on the review of the Decade,\n",
        {"E/RES/2011/33", "E/RES/2013/9"},
    ),
    # a pinpoint brought in after an item, the list going on after it
    (
        "The General Assembly,\n\nRecalling its resolutions 66/288 of 27 July 2012, in particular "
        "paragraph 88 thereof, 67/213 of 21 December 2012 and 68/211 of 20 December 2013,\n",
        {"A/RES/66/288", "A/RES/67/213", "A/RES/68/211"},
    ),
    (
        "The General Assembly,\n\nRecalling its resolutions 70/1, in particular paragraph 84, and 70/299,\n",
        {"A/RES/70/1", "A/RES/70/299"},
    ),
    # look-alikes: another body's number after the pinpoint is that body's, and a report its own
    (
        "The General Assembly,\n\nRecalling its resolution 70/1, in particular paragraph 84, and "
        "Security Council resolution 2282 (2016),\n",
        {"A/RES/70/1", "S/RES/2282(2016)"},
    ),
    (
        "The General Assembly,\n\nRecalling its resolution 70/1, in particular its annex, and the "
        "report of the Secretary-General (A/70/684),\n",
        {"A/RES/70/1", "A/70/684"},
    ),
    # look-alike: a bracket that holds a symbol ends the topic, the next number not the list's
    (
        "The General Assembly,\n\nRecalling its resolutions 64/9 on the report of the Board "
        "(A/64/5), 65/4 of the Commission,\n",
        {"A/RES/64/9", "A/64/5"},
    ),
]


@pytest.mark.parametrize(("text", "targets"), TOPIC_BRACKETS)
def test_topic_brackets(text: str, targets: set[str]) -> None:
    res = extract_text(text, lang="en")
    assert set(res.targets()) == targets
