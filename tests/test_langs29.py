"""Arabic, Russian and Chinese passages written for these tests in the style of the UN's own
texts (issue 7): resolutions' preambles, reports' footnotes.  Each row is a form the engine
missed or read wrongly: the Latin letter older Russian texts write for the number sign
("резолюция N 58/212"), and a treaty's registration number printed with its digits grouped by
threes ("№ 31 742"), which was cut at the space; and a Chinese title in quotes before the number
of the text it names ("题为“…”的第N号决议"), which was read as a second reference to that text;
an instrument's note marker after the book-title mark ("《…公约》2，") or glued in brackets
("…والثقافية(2)،"), which was not read, so that the table's id stood for the note's."""

from __future__ import annotations

import pytest

from passages import assert_exact
from rescite.engine.extract import extract_text

ROWS: list[tuple[str, dict[str, str | None]]] = [
    # the number sign as a Latin letter, before a General Assembly number and a lettered part
    (
        "ссылаясь на резолюцию Генеральной Ассамблеи N 58/212 от 23 декабря 2003 года,",
        {"A/RES/58/212": "2003-12-23"},
    ),
    ("ссылаясь на резолюцию N 1904 В (XVIII) Генеральной Ассамблеи,", {"A/RES/1904B(XVIII)": None}),
    ("принимая к сведению решение Совета по правам человека N 21/117,", {"A/HRC/DEC/21/117": None}),
    # a registration number (and a volume) grouped by threes: the whole number, not its first group
    (
        "__________\n1 Организация Объединенных Наций, Сборник договоров, т. 2133, № 37 517.",
        {"UNTS/2133/37517": None},
    ),
    (
        "__________\n2 Организация Объединенных Наций, Сборник договоров, т. 1 465, № 24 841.\n"
        "3 Там же, т. 2 375, № 24 841.",
        {"UNTS/1465/24841": None, "UNTS/2375/24841": None},
    ),
    (
        "__________\n4 Организация Объединенных Наций, Сборник договоров, т. 2161,\u00a0№\u00a037\u00a0770.",
        {"UNTS/2161/37770": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_russian_numbers(text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected)


# (paragraph, each target with its date or None: the title's instrument is no second record)
TITLES: list[tuple[str, dict[str, str | None]]] = [
    (
        "回顾大会2015年9月25日题为“变革我们的世界：2030年可持续发展议程”的第70/1号决议，",
        {"A/RES/70/1": "2015-09-25"},
    ),
    ("又回顾大会题为“联合国千年宣言”的第55/2号决议，", {"A/RES/55/2": None}),
    ("回顾大会2016年10月20日题为“新城市议程”的第71/256号决议，", {"A/RES/71/256": "2016-10-20"}),
    # (… an instrument named in another text's title is cited, as before)
    (
        "回顾大会2017年12月19日题为“《联合国反腐败公约》的实施”的第72/196号决议，",
        {"UNTS/2349/42146": None, "A/RES/72/196": "2017-12-19"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLES)
def test_chinese_title_before_number(text: str, expected: dict[str, str | None]) -> None:
    got = [(str(c.target), c.date) for c in extract_text(text).citations]
    assert sorted(got) == sorted(expected.items())


# (paragraph, the body of its unresolved decision: an Executive Board's full name, or its
# programmes written with slashes, is that board's, not a generic Executive Board's)
BOARDS: list[tuple[str, str]] = [
    (
        "ссылаясь на решение 2022/7 Исполнительного совета Структуры Организации Объединенных Наций "
        "по вопросам гендерного равенства и расширения прав и возможностей женщин,",
        "UNW",
    ),
    (
        "ссылаясь на решение 2020/9 Исполнительного совета Программы развития Организации Объединенных "
        "Наций/Фонда Организации Объединенных Наций в области народонаселения/Управления Организации "
        "Объединенных Наций по обслуживанию проектов,",
        "DP",
    ),
    (
        "وإذ يشير إلى مقرر المجلس التنفيذي لبرنامج الأمم المتحدة الإنمائي/صندوق الأمم المتحدة للسكان/"
        "مكتب الأمم المتحدة لخدمات المشاريع 2020/9،",
        "DP",
    ),
    ("回顾联合国开发计划署/联合国人口基金/联合国项目事务署执行局第2020/9号决定，", "DP"),
]


@pytest.mark.parametrize(("text", "body"), BOARDS)
def test_executive_boards(text: str, body: str) -> None:
    records = [c.to_record() for c in extract_text(text).citations]
    assert [(r["target"], r["body"]) for r in records] == [(None, body)]


# (a text: an instrument's name, its note's marker, the note; the instrument's target is the note's)
MARKERS: list[tuple[str, dict[str, str | None]]] = [
    (
        "大会，\n又回顾《公民及政治权利国际公约》3和其他人权文书，\n__________\n"
        "3 见第2200 A(XXI)号决议，附件。",
        {"A/RES/2200A(XXI)": None},
    ),
    (
        "大会，\n回顾《残疾人权利公约》5，\n__________\n5 第61/106号决议，附件一。",
        {"A/RES/61/106": None},
    ),
    (
        "إن الجمعية العامة،\nوإذ تشير إلى العهد الدولي الخاص بالحقوق المدنية والسياسية(4)،\n"
        "__________\n(4) انظر القرار 2200 ألف (د-21)، المرفق.",
        {"A/RES/2200A(XXI)": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), MARKERS)
def test_instrument_note_markers(text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected)
