"""speed33: the heading of a text without a heading number or an "adopted by" line read in fewer
scans — the own-number patterns told apart in one scan of the zone's line breaks once the first
ones found nothing, the first "adopted by" pattern searched only where its words are written —
with the same headings as before."""

from __future__ import annotations

import re

import pytest

from rescite.engine import heading
from rescite.engine.extract import extract_text

# (heading zone, whether an own-number pattern matches in it): zones with a heading's number on
# its line or opening its title, and zones without one (a body's line alone, running text, a
# number inside a sentence, a page line)
_ZONES: list[tuple[str, bool]] = [
    ("The General Assembly,", False),
    ("\n\nThe Economic and Social Council,\n", False),
    ("Distr.: General\n14 March 2031\n\nOriginal: English\n\nThe Human Rights Council,", False),
    ("Recalling its resolution 41/217 of 9 May 2031, in which it decided", False),
    ("\n3/5\n\nThe Conference,", True),  # (a pattern matches; the loop then asks for a title)
    ("83/412. Protection of migrant workers at sea\n\nThe General Assembly,", True),
    ("\n\n  51/18.  Cooperation between the United Nations and regional bodies\n", True),
    ("Resolution 62/7\n\nThe Human Rights Council,", True),
    ("Decision 19/104\nFollow-up to the review\n", True),
    ("\nRésolution 44/9\n\nLe Conseil des droits de l'homme,", True),
    ("", False),
]


def _any_by_pattern(zone: str) -> bool:
    """The answer of the patterns one by one, as the heading's loop asks it."""
    return any(
        not (after is not None and after.search(zone) is None and pat.match(zone) is None)
        for pat, after in heading._line_scans("own_number")
    )


@pytest.mark.parametrize(("zone", "some"), _ZONES)
def test_own_lines_told_in_one_scan(zone: str, some: bool) -> None:
    assert _any_by_pattern(zone) is some
    assert heading._no_own_line(zone) is (not some)


# (text, its own id, its title): the headings read as before, with and without a number
_HEADINGS: list[tuple[str, str | None, str | None]] = [
    (
        "83/41. Protection of migrant workers at sea\n\nThe General Assembly,\n\n"
        "Recalling its resolution 71/160 of 3 May 2017,\n\n1. Decides to remain seized of the matter.\n",
        "A/RES/83/41",
        "Protection of migrant workers at sea",
    ),
    (
        "The General Assembly,\n\nRecalling its resolution 71/160 of 3 May 2017 and the work of the "
        "committee in the field of the law of the sea,\n\n1. Decides to consider the matter at its next "
        "session.\n",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "own", "title"), _HEADINGS)
def test_headings_read_as_before(text: str, own: str | None, title: str | None) -> None:
    doc = extract_text(text, lang="en").document
    assert doc.source_id == own
    assert doc.title == title


class _Counted:
    """A pattern that counts its searches."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.searches = 0

    def search(self, text: str) -> re.Match[str] | None:
        self.searches += 1
        return self.pattern.search(text)


# (head, searches of the first "adopted by" pattern): searched only where its words are written
_ADOPTED: list[tuple[str, int]] = [
    ("The General Assembly,\n\nRecalling its resolution 71/160,\n", 0),
    ("Distr.: General\n\nThe Human Rights Council,\n\nNoting the report,\n", 0),
    ("Resolution adopted by the General Assembly on 3 May 2031\n\nThe General Assembly,\n", 1),
    ("Decision adopted by the Human Rights Council\n\nThe Human Rights Council,\n", 1),
]


@pytest.mark.parametrize(("head", "searches"), _ADOPTED)
def test_first_adopted_pattern_only_where_its_words_are(
    head: str, searches: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    scans = heading._adopted_by_scans("en")
    first = _Counted(scans[0][0]())
    monkeypatch.setattr(heading, "_adopted_by_scans", lambda scope: [(lambda: first, scans[0][1])])
    heading.analyse_heading(head, "en", [], "en")
    assert first.searches == searches
