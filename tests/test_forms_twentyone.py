"""Forms found by probing Arabic, Chinese and English passages written in UN style for these
tests (invented numbers, dates and topics), round two: a list that goes on after a semicolon and
the list word ("…;⏎and 70/1 of …", Arabic "؛ و 65/1"); a Chinese date before the unquoted title
of the text adopted that day ("2015年9月25日通过的2030年可持续发展议程（第70/1号决议）"); an Arabic
session's bracket set before its number ("(د-15) 1514"); a decision N (ROMAN) or a heading's
number the body of the text's line never gave ("Decision 560 (XXVI)", "المقرر 14/8"), never an
Assembly id; the Bluebook's part letter after the session and its unquoted title before the date
("G.A. Res. 217 (III) A, Universal Declaration of Human Rights (Dec. 10, 1948)"), an annex before
the date; a body after a comma that opens the next citation ("its resolution 60/251, Human Rights
Council resolutions 5/1 and 5/2"); a World Health Assembly number written without its code after
the body's name; the short names of the crime and corruption conventions' conferences.
Each form with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from passages import GA, assert_passage, by_language
from rescite.engine.extract import extract_text

# (language, paragraph of a General Assembly text, target -> date or None)
_LISTS: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        "Recalling its resolutions 59/233 of 22 December 2004;\n62/151 of 18 December 2007;\n"
        "and 67/160 of 20 December 2012,",
        {"A/RES/59/233": "2004-12-22", "A/RES/62/151": "2007-12-18", "A/RES/67/160": "2012-12-20"},
    ),
    (
        "en",
        "Recalling its resolutions 59/233 of 22 December 2004;\nand 62/151,",
        {"A/RES/59/233": "2004-12-22", "A/RES/62/151": None},
    ),
    (
        "ar",
        "وإذ تشير إلى قراراتها 59/233 المؤرخ 22 كانون الأول/ديسمبر 2004؛\nو 62/151 المؤرخ 18 كانون"
        " الأول/ديسمبر 2007؛\nو 67/160 المؤرخ 20 كانون الأول/ديسمبر 2012،",
        {"A/RES/59/233": "2004-12-22", "A/RES/62/151": "2007-12-18", "A/RES/67/160": "2012-12-20"},
    ),
    (
        "ar",
        "وإذ تشير إلى قراريها 1514 (د-15)؛ و 2625 (د-25)،",
        {"A/RES/1514(XV)": None, "A/RES/2625(XXV)": None},
    ),
    (
        "ar",
        "وإذ تشير إلى قراراتها 59/233 المؤرخ 22 كانون الأول/ديسمبر 2004؛ و 62/151،",
        {"A/RES/59/233": "2004-12-22", "A/RES/62/151": None},
    ),
]

# look-alikes that must not change: a semicolon without the list word, a list word before a
# number of another clause's noun, a semicolon that ends an operative paragraph
_LISTS_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        "Recalling its resolutions 59/233 of 22 December 2004; 62/151 of 18 December 2007,",
        {"A/RES/59/233": "2004-12-22", "A/RES/62/151": "2007-12-18"},
    ),
    (
        "en",
        "Recalling its resolution 59/233;\nand noting Human Rights Council resolution 12/4,",
        {"A/RES/59/233": None, "A/HRC/RES/12/4": None},
    ),
    (
        "ar",
        "وإذ تؤكد من جديد قراري مجلس الأمن 1612 (2005)؛ و1882 (2009)،",
        {"S/RES/1612(2005)": None, "S/RES/1882(2009)": None},
    ),
    (
        "zh",
        "回顾其2004年12月22日第59/233号决议；\n以及2007年12月18日第62/151号决议，",
        {"A/RES/59/233": "2004-12-22", "A/RES/62/151": "2007-12-18"},
    ),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_LISTS, _LISTS_SAME))
def test_lists_after_a_semicolon_and_the_list_word(
    lang: str, para: str, expected: dict[str, str | None]
) -> None:
    assert_passage(f"{GA[lang]}{para}\n", expected)


_ADOPTED_TITLE: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "zh",
        "重申2015年7月27日通过的亚的斯亚贝巴行动议程（第69/313号决议，附件），",
        {"A/RES/69/313": "2015-07-27"},
    ),
    ("zh", "回顾2005年9月16日通过的2005年世界首脑会议成果（第60/1号决议），", {"A/RES/60/1": "2005-09-16"}),
    ("zh", "欢迎2015年9月25日通过的可持续发展议程(A/RES/70/1)，", {"A/RES/70/1": "2015-09-25"}),
]

# look-alikes that must not change: the date of a letter whose annex is cited, a bracket that
# sends the reader on, the quoted title (read before)
_ADOPTED_TITLE_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    ("zh", "注意到2021年3月8日的信所附的报告(A/75/812)，", {"A/75/812": None}),
    ("zh", "回顾2015年9月25日通过的《2030年可持续发展议程》(第70/1号决议)，", {"A/RES/70/1": "2015-09-25"}),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_ADOPTED_TITLE, _ADOPTED_TITLE_SAME))
def test_date_before_an_unquoted_title(lang: str, para: str, expected: dict[str, str | None]) -> None:
    res = assert_passage(f"{GA[lang]}{para}\n", expected)
    if lang == "zh" and "信" in para:
        assert all(c.date is None for c in res.citations)


_REVERSED: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "ar",
        "وإذ تشير إلى قرارها (د-17) 1803 المؤرخ 14 كانون الأول/ديسمبر 1962،",
        {"A/RES/1803(XVII)": "1962-12-14"},
    ),
    (
        "ar",
        "وإذ تشير إلى قراريها (د-21) 2145 و (د-22) 2248،",
        {"A/RES/2145(XXI)": None, "A/RES/2248(XXII)": None},
    ),
    ("ar", "وإذ تشير إلى قرارها (دإ-6) 3201،", {"A/RES/3201(S-VI)": None}),
]

# look-alikes that must not change: the usual order, a bracket between two numbers, a year
_REVERSED_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "ar",
        "وإذ تشير إلى قرارها 1803 (د-17) المؤرخ 14 كانون الأول/ديسمبر 1962،",
        {"A/RES/1803(XVII)": "1962-12-14"},
    ),
    ("ar", "وإذ تشير إلى قرار مجلس الأمن 1612 (2005) 12 مرة،", {"S/RES/1612(2005)": None}),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_REVERSED, _REVERSED_SAME))
def test_session_bracket_before_its_number(lang: str, para: str, expected: dict[str, str | None]) -> None:
    assert_passage(f"{GA[lang]}{para}\n", expected)


# (a text, the targets it gives, its own id)
_NOT_THE_ASSEMBLYS: list[tuple[str, set[str], str | None]] = [
    ("The General Assembly,\n\nRecalling its decision 431 (XXVII),\n", set(), None),
    ("大会，\n\n回顾第612(XXVIII)号决定，\n", set(), None),
    (
        "Decision adopted by the General Assembly\n\nDecision 431 (XXVII)\n\nRecalling resolution 70/1,\n",
        {"A/RES/70/1"},
        None,
    ),
    ("المقرر 13/5\n\nإن الجمعية العامة،\n\nإذ تشير إلى القرار 71/1،\n", {"A/RES/71/1"}, None),
]

# look-alikes that must not change: the Council's decisions of that time, an Assembly decision
# of a session it numbers, a resolution N (ROMAN)
_NOT_THE_ASSEMBLYS_SAME: list[tuple[str, set[str], str | None]] = [
    (
        "The General Assembly,\n\nRecalling Economic and Social Council decision 42 (LVII),\n",
        {"E/DEC/42(LVII)"},
        None,
    ),
    (
        "Decision adopted by the General Assembly\n\nDecision 74/562\n\nRecalling resolution 70/1,\n",
        {"A/RES/70/1"},
        "A/DEC/74/562",
    ),
    ("The General Assembly,\n\nRecalling its resolution 2734 (XXV),\n", {"A/RES/2734(XXV)"}, None),
]


@pytest.mark.parametrize(
    ("text", "targets", "own"),
    [pytest.param(*r, id=f"roman-{i}") for i, r in enumerate(_NOT_THE_ASSEMBLYS)]
    + [pytest.param(*r, id=f"same-roman-{i}") for i, r in enumerate(_NOT_THE_ASSEMBLYS_SAME)],
)
def test_numbers_the_assembly_never_gave(text: str, targets: set[str], own: str | None) -> None:
    res = extract_text(text)
    assert set(res.targets()) == targets
    assert res.document.source_id == own
    assert all(c.target is None or not c.target.startswith("A/DEC/") or own for c in res.citations)


_LEGAL: list[tuple[str, dict[str, str | None]]] = [
    (
        "See G.A. Res. 1803 (XVII) A, Permanent Sovereignty over Natural Resources (Dec. 14, 1962).",
        {"A/RES/1803A(XVII)": "1962-12-14"},
    ),
    ("G.A. Res. 2200 (XXI) A (Dec. 16, 1966).", {"A/RES/2200A(XXI)": "1966-12-16"}),
    ("G.A. Res. S-21/2, annex (July 2, 1999).", {"A/RES/S-21/2": "1999-07-02"}),
    ("G.A. Res. 55/2, Millennium Declaration (Sept. 8, 2000).", {"A/RES/55/2": "2000-09-08"}),
    (
        "G.A. Res. 3281 (XXIX), U.N. GAOR, 29th Sess., Supp. No. 31, at 50, U.N. Doc. A/9631 "
        "(Dec. 12, 1974).",
        {"A/RES/3281(XXIX)": "1974-12-12", "A/9631": None},
    ),
]

# look-alikes that must not change: a capital after the session that opens a sentence, a title
# with a figure, a bracket that holds no date
_LEGAL_SAME: list[tuple[str, dict[str, str | None]]] = [
    ("G.A. Res. 1803 (XVII). A later text (Dec. 14, 1962).", {"A/RES/1803(XVII)": None}),
    ("G.A. Res. 55/2, Millennium Summit 2000 (Sept. 8, 2000).", {"A/RES/55/2": None}),
    ("G.A. Res. 55/2, annex (A/55/L.2).", {"A/RES/55/2": None, "A/55/L.2": None}),
    ("G.A. Res. 217A (III), U.N. Doc. A/810, at 71 (1948).", {"A/RES/217A(III)": None, "A/810": None}),
]


@pytest.mark.parametrize(
    ("line", "expected"),
    [pytest.param(*r, id=f"legal-{i}") for i, r in enumerate(_LEGAL)]
    + [pytest.param(*r, id=f"same-legal-{i}") for i, r in enumerate(_LEGAL_SAME)],
)
def test_bluebook_letters_titles_and_annexes(line: str, expected: dict[str, str | None]) -> None:
    assert_passage(line + "\n", expected)


_COMMA_BODY: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        "Recalling its resolution 65/281, Human Rights Council resolutions 16/21 and 17/119,",
        {"A/RES/65/281": None, "A/HRC/RES/16/21": None, "A/HRC/RES/17/119": None},
    ),
    (
        "en",
        "Recalling resolution 68/1, Commission for Social Development resolution 53/1,",
        {"A/RES/68/1": None, "E/CN.5/RES/53/1": None},
    ),
    (
        "en",
        "Recalling its resolution 64/293, Commission on Crime Prevention and Criminal Justice "
        "resolutions 24/2 and 25/1,",
        {"A/RES/64/293": None, "E/CN.15/RES/24/2": None, "E/CN.15/RES/25/1": None},
    ),
]

# look-alikes that must not change: a body after the comma with no noun after it, a date first
_COMMA_BODY_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    ("en", "Recalling resolution 16/21, of the Human Rights Council,", {"A/HRC/RES/16/21": None}),
    (
        "en",
        "Recalling its resolution 65/281 of 17 June 2011, Human Rights Council resolution 16/21,",
        {"A/RES/65/281": "2011-06-17", "A/HRC/RES/16/21": None},
    ),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_COMMA_BODY, _COMMA_BODY_SAME))
def test_body_of_the_next_citation_after_a_comma(
    lang: str, para: str, expected: dict[str, str | None]
) -> None:
    assert_passage(f"{GA[lang]}{para}\n", expected)


# (language, paragraph of a General Assembly text, the text of the unresolved record)
_WHA: list[tuple[str, str, str]] = [
    ("en", "Noting World Health Assembly resolution 69.24 on integrated health services,", "69.24"),
    ("zh", "注意到世界卫生大会第69.24号决议，", "69.24"),
    ("ar", "وإذ تحيط علما بقرار جمعية الصحة العالمية 69-24،", "69-24"),
]

# look-alikes that must not change: the number with its code, a number with no body named
_WHA_SAME: list[tuple[str, str, str]] = [
    ("en", "Noting World Health Assembly resolution WHA69.24,", "WHA69.24"),
    ("en", "Noting that 69.24 per cent of the Member States replied,", ""),
]


@pytest.mark.parametrize(("lang", "para", "text"), by_language(_WHA, _WHA_SAME))
def test_health_assembly_numbers_without_the_code(lang: str, para: str, text: str) -> None:
    res = extract_text(f"{GA[lang]}{para}\n")
    assert res.targets() == []
    kept = [c for c in res.citations if c.kind == "unresolved"]
    if not text:
        assert kept == []
        return
    assert [c.text for c in kept] == [text]
    assert kept[0].body == "WHA" and kept[0].reason and "no id scheme" in kept[0].reason


_CONFERENCES: list[tuple[str, str, dict[str, str | None]]] = [
    ("en", "Recalling UNCAC Conference of the States Parties resolution 9/3,", {"CAC/COSP/RES/9/3": None}),
    ("en", "Recalling UNTOC Conference of the Parties resolution 10/4,", {"CTOC/COP/RES/10/4": None}),
]

_CONFERENCES_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        "Recalling resolution 9/3 of the Conference of the States Parties to the United Nations "
        "Convention against Corruption,",
        {"CAC/COSP/RES/9/3": None},
    ),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_CONFERENCES, _CONFERENCES_SAME))
def test_conferences_by_their_conventions_short_names(
    lang: str, para: str, expected: dict[str, str | None]
) -> None:
    assert_passage(f"{GA[lang]}{para}\n", expected)


# the Conference of a convention whose title Chinese sets in 《》: the body, not the treaty
_QUOTED_CONFERENCES: list[tuple[str, str, dict[str, str | None]]] = [
    ("zh", "回顾《联合国打击跨国有组织犯罪公约》缔约方会议第9/3号决议，", {"CTOC/COP/RES/9/3": None}),
    ("zh", "注意到《联合国气候变化框架公约》缔约方大会第2/CP.26号决定，", {"FCCC/CP/DEC/26/2": None}),
    ("zh", "注意到《联合国反腐败公约》缔约国会议第10/1号决议，", {"CAC/COSP/RES/10/1": None}),
]

# look-alikes that must not change: the convention itself, the body's name without 《》
_QUOTED_CONFERENCES_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    ("zh", "回顾《联合国打击跨国有组织犯罪公约》，", {"UNTS/2225/39574": None}),
    ("zh", "回顾联合国打击跨国有组织犯罪公约缔约方会议第9/3号决议，", {"CTOC/COP/RES/9/3": None}),
]


@pytest.mark.parametrize(
    ("lang", "para", "expected"), by_language(_QUOTED_CONFERENCES, _QUOTED_CONFERENCES_SAME)
)
def test_conferences_of_conventions_in_quotes(lang: str, para: str, expected: dict[str, str | None]) -> None:
    assert_passage(f"{GA[lang]}{para}\n", expected)


def test_the_date_that_ends_a_legal_chain_is_not_taken_without_the_abbreviation() -> None:
    # a note's bracket after a later symbol in running text dates that symbol only
    text = (
        "The General Assembly,\n\nRecalling its resolution 2625 (XXV), the note A/8083 (24 October 1970),\n"
    )
    dated = {c.target: c.date for c in extract_text(text).citations}
    assert dated == {"A/RES/2625(XXV)": None, "A/8083": "1970-10-24"}
