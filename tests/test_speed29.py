"""speed29: the same verbs from a cheaper scan (the passages invented for these tests)."""

from __future__ import annotations

import pytest

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
