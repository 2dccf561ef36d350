"""Forms left out by forms thirteen, found by passages written in UN style for these tests
(invented numbers, dates and topics): a Chinese list of elements with the number mark between
its members (after a range or not), a short-form list after a list of repeated elements, a line
of a symbol and a list word in a short passage. Each form with the look-alikes that must not
change."""

from __future__ import annotations

import pytest

from passages import by_language, targets_of
from rescite.engine.extract import extract_text

# (language, text, symbols cited): the number mark between a range and the list after it
MARKED_LISTS: list[tuple[str, str, set[str]]] = [
    (
        "zh",
        "大会，\n审议了决议草案A/C.2/73/L.21至L.23号和L.26号，\n",
        {"A/C.2/73/L.21", "A/C.2/73/L.22", "A/C.2/73/L.23", "A/C.2/73/L.26"},
    ),
    (
        "zh",
        "大会，\n审议了决议草案A/C.2/73/L.21至L.23号以及L.26，\n",
        {"A/C.2/73/L.21", "A/C.2/73/L.22", "A/C.2/73/L.23", "A/C.2/73/L.26"},
    ),
    (
        "zh",
        "大会，\n审议了决议草案A/C.2/73/L.21至L.23号、L.26号和L.29号，\n",
        {"A/C.2/73/L.21", "A/C.2/73/L.22", "A/C.2/73/L.23", "A/C.2/73/L.26", "A/C.2/73/L.29"},
    ),
    ("zh", "大会，\n审议了决议草案A/C.2/73/L.40号和L.44号，\n", {"A/C.2/73/L.40", "A/C.2/73/L.44"}),
]

# … look-alikes: the mark after the list alone, a resolution or a symbol of its own after the
# list word, an element of another kind
MARKED_LISTS_SAME: list[tuple[str, str, set[str]]] = [
    (
        "zh",
        "大会，\n审议了决议草案A/C.2/73/L.21至L.23和L.26号，\n",
        {"A/C.2/73/L.21", "A/C.2/73/L.22", "A/C.2/73/L.23", "A/C.2/73/L.26"},
    ),
    (
        "zh",
        "大会，\n审议了决议草案A/C.2/73/L.21至L.23号和第72/218号决议，\n",
        {"A/C.2/73/L.21", "A/C.2/73/L.22", "A/C.2/73/L.23", "A/RES/72/218"},
    ),
    (
        "zh",
        "大会，\n审议了决议草案A/C.2/73/L.21至L.23号和A/C.5/73/L.9号，\n",
        {"A/C.2/73/L.21", "A/C.2/73/L.22", "A/C.2/73/L.23", "A/C.5/73/L.9"},
    ),
    (
        "zh",
        "大会，\n审议了决议草案A/C.2/73/L.21至L.23号和Add.1号，\n",
        {"A/C.2/73/L.21", "A/C.2/73/L.22", "A/C.2/73/L.23"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "symbols"), by_language(MARKED_LISTS, MARKED_LISTS_SAME))
def test_marked_lists(lang: str, text: str, symbols: set[str]) -> None:
    assert targets_of(text, lang) == symbols


_RECORDS = {"A/C.1/74/SR.5", "A/C.1/74/SR.8", "A/C.1/74/SR.13"}

# (language, text, symbols cited): a short-form list after elements repeated
SHORT_AFTER_ELEMENTS: list[tuple[str, str, set[str]]] = [
    (
        "en",
        "The General Assembly,\nHaving considered the summary records (A/C.1/74/SR.5, SR.8 and 13),\n",
        _RECORDS,
    ),
    (
        "fr",
        "L'Assemblée générale,\nAyant examiné les comptes rendus analytiques (A/C.1/74/SR.5, SR.8 et 13),\n",
        _RECORDS,
    ),
    (
        "es",
        "La Asamblea General,\nHabiendo examinado las actas resumidas (A/C.1/74/SR.5, SR.8 y 13),\n",
        _RECORDS,
    ),
    ("ru", "Генеральная Ассамблея,\nрассмотрев краткие отчеты (A/C.1/74/SR.5, SR.8 и 13),\n", _RECORDS),
    ("zh", "大会，\n审议了简要记录（A/C.1/74/SR.5、SR.8和13），\n", _RECORDS),
    (
        "en",
        "The General Assembly,\nHaving considered the summary records (A/C.1/74/SR.5, SR.8, 13 and 16-17),\n",
        _RECORDS | {"A/C.1/74/SR.16", "A/C.1/74/SR.17"},
    ),
    (
        "en",
        "The General Assembly,\nHaving considered the summary records (A/C.1/74/SR.3-SR.5, SR.8 and 13),\n",
        _RECORDS | {"A/C.1/74/SR.3", "A/C.1/74/SR.4"},
    ),
]

# … look-alikes: a date or a count after the list word, a number below the list's last
SHORT_AFTER_ELEMENTS_SAME: list[tuple[str, str, set[str]]] = [
    (
        "en",
        "The General Assembly,\nHaving considered the summary records "
        "(A/C.1/74/SR.5, SR.8 and 13 November 2019),\n",
        {"A/C.1/74/SR.5", "A/C.1/74/SR.8"},
    ),
    (
        "en",
        "The General Assembly,\nHaving considered the summary records (A/C.1/74/SR.5, SR.8 and 2),\n",
        {"A/C.1/74/SR.5", "A/C.1/74/SR.8"},
    ),
    (
        "en",
        "The General Assembly,\nHaving considered the drafts A/C.1/74/L.5, L.8 and 3 other texts,\n",
        {"A/C.1/74/L.5", "A/C.1/74/L.8"},
    ),
    (
        "fr",
        "L'Assemblée générale,\nAyant examiné les comptes rendus analytiques "
        "(A/C.1/74/SR.5, SR.8 et 13 novembre 2019),\n",
        {"A/C.1/74/SR.5", "A/C.1/74/SR.8"},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "symbols"), by_language(SHORT_AFTER_ELEMENTS, SHORT_AFTER_ELEMENTS_SAME)
)
def test_short_lists_after_elements(lang: str, text: str, symbols: set[str]) -> None:
    assert targets_of(text, lang) == symbols


# (language, short passage, the text's own id, symbols cited): a line of a symbol and a list
# word is a list cited, the symbol on the next line too
LIST_LINES: list[tuple[str, str, str | None, set[str]]] = [
    ("zh", "A/75/212 以及\n", None, {"A/75/212"}),
    ("zh", "注意到秘书长的报告\nA/75/212 以及\nA/75/219，\n", None, {"A/75/212", "A/75/219"}),
    ("zh", "A/75/212和\nA/75/219\n", None, {"A/75/212", "A/75/219"}),
    ("en", "A/75/212 and\nA/75/219\n", None, {"A/75/212", "A/75/219"}),
    ("en", "The General Assembly,\nA/75/212 as well as\nA/75/219\n", None, {"A/75/212", "A/75/219"}),
]

# … look-alikes: the text's own symbol above the list, a symbol alone on its line, a list inside
# a line
LIST_LINES_SAME: list[tuple[str, str, str | None, set[str]]] = [
    (
        "zh",
        "A/RES/75/88\n大会，\n注意到秘书长的报告\nA/75/212 以及\nA/75/219，\n",
        "A/RES/75/88",
        {"A/75/212", "A/75/219"},
    ),
    (
        "en",
        "A/75/219\nThe General Assembly,\nNoting A/75/212 and\nA/75/230,\n",
        "A/75/219",
        {"A/75/212", "A/75/230"},
    ),
    ("en", "Taking note of the reports\nA/75/212 and\nA/75/219,\n", None, {"A/75/212", "A/75/219"}),
    ("zh", "A/75/219\n", "A/75/219", set()),
]


def _own_and_cited(lang: str, text: str) -> tuple[str | None, set[str]]:
    res = extract_text(text, lang=lang)
    return res.document.source_id, {c.target or "" for c in res.citations}


@pytest.mark.parametrize(("lang", "text", "own", "symbols"), by_language(LIST_LINES, LIST_LINES_SAME))
def test_list_lines(lang: str, text: str, own: str | None, symbols: set[str]) -> None:
    assert _own_and_cited(lang, text) == (own, symbols)
