"""Speed (issue 7, session 36): scans made cheaper give the same records.

Guard rows, not fixes: each passes on the engine before the change too (the records are the
same by design); they pin the forms the cheaper scans must still find, and their look-alikes."""

from __future__ import annotations

import pytest

from passages import GA
from rescite.engine.extract import extract_text

_UNNUMBERED_RULE = "coded decision without its number"

# a decision with a dash for its number, found from the slash after the dash: every dash, with
# no blank, a space or a tab before the slash; its record starts at the dash
_DASH_FORMS: list[tuple[str, str]] = [
    (dash + gap, code)
    for dash in ("-", "\u2013", "\u2014")
    for gap, code in (("/", "CP.29"), (" /", "CMA.6"), ("\t/", "CMP.19"))
]


@pytest.mark.parametrize(("mark", "code"), _DASH_FORMS)
def test_unnumbered_decision_from_its_slash(mark: str, code: str) -> None:
    text = GA["en"] + f"Recalling decision {mark}{code} on the budget of the secretariat,"
    cits = [c for c in extract_text(text, lang="en").citations if c.rule == _UNNUMBERED_RULE]
    assert [(c.start, c.target, c.kind) for c in cits] == [(text.index(mark), None, "unresolved")]


# … not where a letter, a figure or a symbol's mark stands before the dash, nor past two blanks
_NOT_UNNUMBERED: list[str] = [
    "Recalling decision 4-/CP.29 on the budget,",
    "Recalling the item FCCC-/CP.29 of the agenda,",
    "Recalling the document A/-/CP.29 of the agenda,",
    "Recalling the note 7.-/CMA.6 of the agenda,",
    "Recalling decision -  /CP.29 on the budget,",
    "Recalling the ratio 3 - 4 / 5 of the scale,",
]


@pytest.mark.parametrize("para", _NOT_UNNUMBERED)
def test_no_unnumbered_decision(para: str) -> None:
    cits = extract_text(GA["en"] + para, lang="en").citations
    assert [c.text for c in cits if c.rule == _UNNUMBERED_RULE] == []


_CEDAW = "UNTS/1249/20378"

# the treaty acronyms after a party's words, whose scan is led by the words' first letters
# (in any case: the words are read without regard to it)
_ACRONYM_LEADS: list[tuple[str, set[str]]] = [
    ("Calling upon all States Parties to CEDAW to report on time,", {_CEDAW}),
    ("Recalling the obligations under CEDAW of every State,", {_CEDAW}),
    ("Recalling the Obligations Under CEDAW of every State,", {_CEDAW}),
    ("Noting the RATIFICATION OF CEDAW by two more States,", {_CEDAW}),
    ("Noting the provisions of CEDAW general recommendation No. 40,", set()),
    ("Noting the statement of the CEDAW Committee on its working methods,", set()),
]


@pytest.mark.parametrize(("para", "targets"), _ACRONYM_LEADS)
def test_treaty_acronym_after_a_party_word(para: str, targets: set[str]) -> None:
    cits = extract_text(GA["en"] + para, lang="en").citations
    assert {c.target for c in cits if c.target and c.target.startswith("UNTS/")} == targets
