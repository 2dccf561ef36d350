"""Forms met reading real public English UN texts through the search tool (issue 7, pass real38a:
third-party copies of General Assembly, Council and commission texts, research guides, lists),
each written for these tests in UN style (numbers, dates and titles invented):

- a copy's symbol for a resolution of the numbering of 1946–1975 written session first
  ("A/RES/24/2581", a copy's masthead; "A/RES/S-6/3202" in a footnote) is that resolution
  (``A/RES/2581(XXIV)``); the Council's written under its year ("E/RES/1972/1690(LII)", a
  copy's distribution line) is ``E/RES/1690(LII)``;
- a copy's heading that writes the Council's year before its old number ("1971/1576(L).Title")
  gives the text's own id;
- a list of texts, each line opening with a resolution's symbol and its title ("A/RES/79/1 Title⏎
  A/RES/79/2 Title"), is a list cited: no masthead, every text of it a target;
- a copy's record of the text set under it ("Document symbol: S/PRST/2001/15⏎Document Type: …",
  UNISPAL's pages) gives the text's own id when no masthead does.
"""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

# (text, the text's own id, the targets found)
OLD_NUMBERING: list[tuple[str, str | None, set[str]]] = [
    # a copy's masthead, session first, over the heading of the old numbering
    (
        "United Nations\nA/RES/24/2581\nGeneral Assembly\nDistr: General 15 December 1969\n\n"
        "Resolution adopted by the General Assembly\n\n2581 (XXIV). Regional cooperation on river basins\n\n"
        "The General Assembly,\n\nRecalling its resolution 2444 (XXIII) of 19 December 1968 on the same "
        "question,\n\n1. Invites the regional commissions to report to it at its next session;\n",
        "A/RES/2581(XXIV)",
        {"A/RES/2444(XXIII)"},
    ),
    # … a lettered text
    (
        "United Nations\nA/RES/12/1237 B\nGeneral Assembly\nDistr: General 14 November 1957\n\n"
        "The General Assembly,\n\nNoting the report of the Committee (A/3721),\n",
        "A/RES/1237B(XII)",
        {"A/3721"},
    ),
    # cited in a note, a special session's and an emergency special session's
    (
        "The General Assembly,\n\nRecalling the Declaration on the new order of trade,1 and the "
        "Programme of Action adopted at its sixth special session,2\n"
        "__________\n1 A/RES/S-6/3201.\n2 A/RES/S-6/3202; see also A/RES/ES-4/1474.\n",
        None,
        {"A/RES/3201(S-VI)", "A/RES/3202(S-VI)", "A/RES/1474(ES-IV)"},
    ),
    # the Council's old number under its year, on a copy's distribution line
    (
        "UNITED | E |\nEconomic and Social Council | |\nDistr. E/RES/1972/1690(LII) | |\n"
        "The Economic and Social Council, Recalling General Assembly resolution 2719 (XXV) of "
        "15 December 1970, 1. Requests the Secretary-General to report on the matter;",
        "E/RES/1690(LII)",
        {"A/RES/2719(XXV)"},
    ),
    # … and in a copy's heading, glued to the title
    (
        "Economic and Social Council\n\n1771st Plenary Meeting\n21 May 1971\n\n"
        "1971/1576(L).Measures against the illicit traffic in cannabis*/\n\n"
        "The Economic and Social Council,\n\nRecalling its resolution 1401 (XLVI) of 5 June 1969,\n\n"
        "1. Urges Governments to strengthen their cooperation;\n",
        "E/RES/1576(L)",
        {"E/RES/1401(XLVI)"},
    ),
    # look-alikes: the numbering of sessions from the 31st and of later special sessions, and
    # the Council's numbering by year, stay as written
    (
        "The General Assembly,\n\nRecalling its resolutions A/RES/31/98, A/RES/S-8/2 and A/RES/ES-7/4, "
        "and Economic and Social Council resolution E/RES/1985/17,\n",
        None,
        {"A/RES/31/98", "A/RES/S-8/2", "A/RES/ES-7/4", "E/RES/1985/17"},
    ),
]


@pytest.mark.parametrize(("text", "own", "targets"), OLD_NUMBERING)
def test_old_numbering_copies(text: str, own: str | None, targets: set[str]) -> None:
    res = extract_text(text, lang="en")
    assert res.document.source_id == own
    assert set(res.targets()) == targets


# (text, the targets found): the text has no id of its own
TITLED_LISTS: list[tuple[str, set[str]]] = [
    (
        "Resolutions of the eighty-first session\n\nA/RES/81/1 Follow-up to the high-level meeting on "
        "oceans\nA/RES/81/2 Cooperation between the United Nations and the Pacific Islands Forum\n"
        "A/RES/81/3 Observer status for the Mountain Partnership\n",
        {"A/RES/81/1", "A/RES/81/2", "A/RES/81/3"},
    ),
    # a guide's examples, a blank line between, the old numbering and the new
    (
        "Symbols of the texts, for example:\n\nA/RES/1803 (XVII)\tPermanent sovereignty over natural "
        "resources\n\nA/RES/43/53\tProtection of global climate for present and future generations\n",
        {"A/RES/1803(XVII)", "A/RES/43/53"},
    ),
    # decisions of a commission
    (
        "E/CN.6/DEC/66/101 Documents considered by the Commission\n"
        "E/CN.6/DEC/66/102 Provisional agenda of the sixty-seventh session\n",
        {"E/CN.6/DEC/66/101", "E/CN.6/DEC/66/102"},
    ),
]


@pytest.mark.parametrize(("text", "targets"), TITLED_LISTS)
def test_titled_lists(text: str, targets: set[str]) -> None:
    res = extract_text(text, lang="en")
    assert res.document.source_id is None
    assert set(res.targets()) == targets


# look-alikes: a masthead whose next line is the body's or the distribution's keeps its id, and
# so does one repeated on the next line (a copy's header over the document's own)
MASTHEADS: list[tuple[str, str, set[str]]] = [
    (
        "A/RES/81/14\nGeneral Assembly\nDistr.: General 20 December 2026\n\n81/14. Cooperatives in "
        "social development\n\nThe General Assembly,\n\nRecalling its resolution 79/161 of "
        "17 December 2024,\n",
        "A/RES/81/14",
        {"A/RES/79/161"},
    ),
    (
        "A/RES/81/14 Cooperatives in social development\nA/RES/81/14\nGeneral Assembly\n"
        "Distr.: General 20 December 2026\n\nThe General Assembly,\n\nRecalling its resolution "
        "79/161 of 17 December 2024,\n",
        "A/RES/81/14",
        {"A/RES/79/161"},
    ),
]


@pytest.mark.parametrize(("text", "own", "targets"), MASTHEADS)
def test_mastheads_kept(text: str, own: str, targets: set[str]) -> None:
    res = extract_text(text, lang="en")
    assert res.document.source_id == own
    assert set(res.targets()) == targets


# (text, the text's own id, the targets found)
RECORDS: list[tuple[str, str | None, set[str]]] = [
    (
        "Statement by the President of the Security Council\n\nAt the 9876th meeting of the Security "
        "Council, held on 14 March 2026, the President made the following statement on behalf of the "
        "Council:\n\n\u201cThe Security Council recalls its resolution 2712 (2023) and takes note of the "
        "letter of the Secretary-General (S/2026/180).\u201d\n\n\nDocument symbol: S/PRST/2026/3\n"
        "Document Type: Security Council presidential statement\nSubject: Peacekeeping\n"
        "Publication Date: 14/03/2026\n",
        "S/PRST/2026/3",
        {"S/RES/2712(2023)", "S/2026/180"},
    ),
    # look-alikes: two records, a page's list of documents; a masthead above the record
    (
        "The Committee met in New York from 2 to 13 March 2026 and considered the reports before it on "
        "the financing of the peacekeeping operations, the programme budget for 2027 and the pattern of "
        "conferences, and it adopted its recommendations to the General Assembly at its closing meeting, "
        "on 13 March 2026, without a vote.\n\nRelated material\n\n"
        "Document symbol: A/81/35\nDocument Type: Report\n\n"
        "Document symbol: A/81/36\nDocument Type: Report\n",
        None,
        {"A/81/35", "A/81/36"},
    ),
    (
        "United Nations S/2026/210\nSecurity Council Distr.: General\n12 March 2026\n\nLetter dated "
        "10 March 2026 from the Secretary-General addressed to the President of the Security Council"
        "\n\nI have the honour to refer to resolution 2734 (2024).\n\nDocument symbol: S/2026/211\n"
        "Document Type: Letter\n",
        "S/2026/210",
        {"S/RES/2734(2024)", "S/2026/211"},
    ),
]


@pytest.mark.parametrize(("text", "own", "targets"), RECORDS)
def test_records_of_copies(text: str, own: str | None, targets: set[str]) -> None:
    res = extract_text(text, lang="en")
    assert res.document.source_id == own
    assert set(res.targets()) == targets
