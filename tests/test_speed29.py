"""speed29: the same results from cheaper searches (the passages invented for these tests)."""

from __future__ import annotations

import pytest

from rescite.grammar.rules import search_dated, search_sentence_date, sentence_date

SENTENCE_DATES = [
    ("en", "On 3 March 2031, the General Assembly adopted, without a vote, resolution 90/12.", True),
    ("en", "Recalling its work. On 3 March 2031 the Assembly adopted resolution 90/12", True),
    ("en", "The Council met; on 14 June 2029, the Council adopted decision 18/3", True),
    ("en", "It noted:\n  On 9 May 2030, the Assembly adopted, by a recorded vote, resolution 91/7", True),
    ("en", "Welcomes the report of 3 March 2031 of the Committee and resolution 90/12", False),
    ("fr", "Le 3 mars 2031, l'Assemblée générale a adopté la résolution 90/12.", True),
    ("es", "El 3 de marzo de 2031, la Asamblea General aprobó la resolución 90/12.", True),
    ("en", "x.On 3 March 2031, the Assembly adopted resolution 90/12", True),
    ("en", "no year here at all, the Assembly adopted resolution 90/12", False),
]


@pytest.mark.parametrize(("lang", "text", "found"), SENTENCE_DATES)
def test_sentence_date_searched_at_its_openings_only_as_at_every_character(
    lang: str, text: str, found: bool
) -> None:
    """The sentence's date matched only at the text's start and after ".", ";", ":" or a line
    break finds what the search at every character finds, for every stretch of the text."""
    hits = 0
    for end in range(len(text) + 1):
        for start in range(0, end + 1, 7):
            a = search_dated(sentence_date(lang), text, start, end)
            b = search_sentence_date(lang, text, start, end)
            assert (a and a.span()) == (b and b.span())
            hits += a is not None
    assert (hits > 0) == found


VERB_PASSAGES = [
    (
        "en",
        "Recalling its resolution 90/12,\n\n1. Welcomes the report, and requests the Secretary-General; "
        "decides to remain seized, or further invites the States and urges them, and",
    ),
    ("en", "The Assembly,\nNoting, and*welcomes*, also welcomes the note; and\tencourages, or decides"),
    ("fr", "Rappelant sa résolution 90/12,\n1. Se félicite du rapport, et prie le Secrétaire ; décide aussi"),
    ("es", "Recordando su resolución 90/12,\n1. Acoge con beneplácito el informe, y solicita al Secretario"),
    ("ru", "ссылаясь на свою резолюцию 90/12,\n1. принимает к сведению и одобряет доклад, и просит"),
    ("ar", "إذ تشير إلى قرارها 90/12،\n1. ترحب بالتقرير، و تطلب إلى الأمين العام"),
    ("zh", "回顾其第90/12号决议，\n1. 欢迎报告，并请秘书长"),
]


@pytest.mark.parametrize(("code", "text"), VERB_PASSAGES)
def test_verbs_after_their_leads_by_one_scan_as_by_the_loop_over_each_lead(code: str, text: str) -> None:
    """The lower-case verbs after a comma, a semicolon or a joining word, read by one scan for
    all leads, are those the loop over each lead's places reads, in every window of the text."""
    from rescite.engine import segment

    segment._verbs("x", code, [])
    scans = segment._VERB_SCANS[code]
    assert scans[5] is not None  # (no lead starts another in these languages)
    windows = [(a, b) for a in range(0, len(text), 5) for b in range(a, len(text) + 1, 9)]
    found = 0
    try:
        for a, b in windows:
            one = [(v.start, v.end, v.function) for v in segment._verbs(text, code, [], a, b)]
            segment._VERB_SCANS[code] = (*scans[:5], None)
            loop = [(v.start, v.end, v.function) for v in segment._verbs(text, code, [], a, b)]
            segment._VERB_SCANS[code] = scans
            assert one == loop
            found += len(one)
    finally:
        segment._VERB_SCANS[code] = scans
    assert found > 0
