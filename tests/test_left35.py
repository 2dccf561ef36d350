"""Left-over recall forms of session 28: the body named in a Chinese place clause binds the number
past the manner of the adoption or the session's meeting. The passages are invented for these
tests (numbers and wording made up)."""

from __future__ import annotations

import pytest

from passages import GA, HRC
from rescite.engine.extract import extract_text

# (head, passage, its targets): the body named in a Chinese place clause binds the number as it
# would outside it, the manner of the adoption or the meeting of the session between
_PLACE_CLAUSE: list[tuple[dict[str, str], str, list[str | None]]] = [
    (HRC, "回顾在大会第五十一届会议上未经表决通过的第51/12号决议，", ["A/RES/51/12"]),
    (HRC, "回顾在大会第五十一届会议上以协商一致方式通过的第51/12号决议，", ["A/RES/51/12"]),
    (HRC, "回顾在大会第五十一届会议第83次全体会议上通过的第51/12号决议，", ["A/RES/51/12"]),
    (HRC, "回顾在大会第五十一届会议第83次全体会议上未经表决通过的第51/12号决议，", ["A/RES/51/12"]),
    (GA, "回顾在妇女地位委员会第五十届会议上未经表决通过的第50/1号决议，", ["E/CN.6/RES/50/1"]),
    (GA, "回顾在麻醉药品委员会第五十届会议上以协商一致方式通过的第50/2号决议，", ["E/CN.7/RES/50/2"]),
]


@pytest.mark.parametrize(("head", "text", "expected"), _PLACE_CLAUSE)
def test_body_in_a_place_clause(head: dict[str, str], text: str, expected: list[str | None]) -> None:
    assert [c.target for c in extract_text(head["zh"] + text, lang="zh").citations] == expected
