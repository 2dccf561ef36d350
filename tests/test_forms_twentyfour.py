"""Forms found by probing whole passages in six languages written in UN style for these tests
(invented numbers, dates and topics), round five: every part of a list of parts ("62/41 A, B and
C", "A、B和C", "ألف وباء وجيم") and the date of a symbol's parts; a list that goes on after a
topic naming a report by its author, after another body's coded or shaped number ("EB146.R12 and
70/1") and after a clause inserted after a number ("70/1, in which it adopted …, 71/243"); the
date of an adoption given to every number of its list; Chinese "决定 79/548" and a Chinese list
cut by a page's footnotes. Each form with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from passages import GA, assert_passage, by_language
from rescite.engine.extract import extract_text

Row = tuple[str, str, dict[str, str | None]]
_R = "A/RES/"
_H = "A/HRC/RES/"
_ABC: dict[str, str | None] = {f"{_R}62/41A": None, f"{_R}62/41B": None, f"{_R}62/41C": None}
_ABC_DATED: dict[str, str | None] = {k: "2007-12-05" for k in _ABC}

_PART_LISTS: list[Row] = [
    ("en", "Recalling its resolution 62/41 A, B and C of 5 December 2007,", _ABC_DATED),
    ("en", "Reaffirming resolution 62/41 A, B, C and D,", {**_ABC, f"{_R}62/41D": None}),
    ("en", "Taking note of General Assembly resolution 62/41 A, B and C on the question,", _ABC),
    ("fr", "Rappelant sa résolution 62/41 A, B et C du 5 décembre 2007,", _ABC_DATED),
    ("fr", "Prenant note de la résolution 62/41 A, B et C de l'Assemblée générale,", _ABC),
    ("es", "Recordando su resolución 62/41 A, B y C, de 5 de diciembre de 2007,", _ABC_DATED),
    ("es", "Reafirmando la resolución 62/41 A, B, C y D,", {**_ABC, f"{_R}62/41D": None}),
    ("ru", "ссылаясь на свою резолюцию 62/41 A, B и C от 5 декабря 2007 года,", _ABC_DATED),
    ("ru", "ссылаясь на свою резолюцию 62/41 А, В и С,", _ABC),  # (the letters typed in Cyrillic)
    ("zh", "回顾其2007年12月5日第62/41 A、B和C号决议，", _ABC_DATED),
    ("zh", "重申第62/41 A、B、C和D号决议，", {**_ABC, f"{_R}62/41D": None}),
    ("ar", "وإذ تشير إلى قرارها 62/41 ألف وباء وجيم المؤرخ 5 كانون الأول/ديسمبر 2007،", _ABC_DATED),
    ("ar", "وإذ تحيط علما بقرار الجمعية العامة 62/41 ألف و باء و جيم،", _ABC),
    # a symbol's parts: each with the date written after the last
    (
        "en",
        "Recalling A/RES/55/12 A and B of 4 December 2000,",
        {f"{_R}55/12A": "2000-12-04", f"{_R}55/12B": "2000-12-04"},
    ),
    (
        "fr",
        "Rappelant A/RES/55/12 A et B du 4 décembre 2000,",
        {f"{_R}55/12A": "2000-12-04", f"{_R}55/12B": "2000-12-04"},
    ),
    (
        "en",
        "Recalling A/RES/55/12 A, B and C,",
        {f"{_R}55/12A": None, f"{_R}55/12B": None, f"{_R}55/12C": None},
    ),
    # Chinese: a list of numbers with their parts before the noun
    (
        "zh",
        "回顾其1993年12月16日第48/77 B号、1996年12月10日第51/45 A和B号和2003年12月8日第58/59号决议，",
        {
            f"{_R}48/77B": "1993-12-16",
            f"{_R}51/45A": "1996-12-10",
            f"{_R}51/45B": "1996-12-10",
            f"{_R}58/59": "2003-12-08",
        },
    ),
]

# look-alikes: two parts; a part and another number; a capital that is a word after the comma
_PART_LISTS_SAME: list[Row] = [
    ("en", "Recalling its resolution 62/41 A and B,", {f"{_R}62/41A": None, f"{_R}62/41B": None}),
    (
        "en",
        "Recalling its resolutions 62/41 A, 63/8 and 64/5,",
        {f"{_R}62/41A": None, f"{_R}63/8": None, f"{_R}64/5": None},
    ),
    ("en", "Recalling its resolution 62/41 A, A new approach and B,", {f"{_R}62/41A": None}),
    ("ru", "ссылаясь на резолюцию 62/41 С Генеральной Ассамблеи,", {f"{_R}62/41C": None}),
    ("en", "Recalling A/RES/55/12 A and A/55/12,", {f"{_R}55/12A": None, "A/55/12": None}),
]

_LISTS_GO_ON: list[Row] = [
    # after a topic that names a report by its author
    (
        "en",
        "Recalling its resolution 69/313 on the report of the Human Rights Council and 70/1,",
        {f"{_R}69/313": None, f"{_R}70/1": None},
    ),
    (
        "fr",
        "Rappelant ses résolutions 69/313 sur le rapport du Conseil des droits de l'homme et 70/1,",
        {f"{_R}69/313": None, f"{_R}70/1": None},
    ),
    (
        "es",
        "Recordando sus resoluciones 69/313 sobre el informe del Consejo de Derechos Humanos y 70/1,",
        {f"{_R}69/313": None, f"{_R}70/1": None},
    ),
    (
        "ru",
        "ссылаясь на свои резолюции 69/313 о докладе Совета по правам человека и 70/1,",
        {f"{_R}69/313": None, f"{_R}70/1": None},
    ),
    (
        "ar",
        "وإذ تشير إلى قراريها 69/313 بشأن تقرير مجلس حقوق الإنسان و 70/1،",
        {f"{_R}69/313": None, f"{_R}70/1": None},
    ),
    # after another body's number in its own shape
    (
        "en",
        "Recalling resolutions EB146.R12, 70/1 and 71/243,",
        {"": None, f"{_R}70/1": None, f"{_R}71/243": None},
    ),
    ("fr", "Rappelant les résolutions EB146.R12 et 70/1,", {"": None, f"{_R}70/1": None}),
    ("es", "Recordando las resoluciones EB146.R12 y 70/1,", {"": None, f"{_R}70/1": None}),
    ("ru", "ссылаясь на резолюции EB146.R12 и 70/1,", {"": None, f"{_R}70/1": None}),
    ("ar", "وإذ تشير إلى القرارين EB146.R12 و 70/1،", {"": None, f"{_R}70/1": None}),
    (
        "en",
        "Recalling resolutions WHA72.4, 70/1 and 71/243,",
        {"": None, f"{_R}70/1": None, f"{_R}71/243": None},
    ),
    # after a clause inserted after a number
    (
        "en",
        "Recalling its resolutions 70/1, in which it adopted the 2030 Agenda, 71/243 and 72/279,",
        {f"{_R}70/1": None, f"{_R}71/243": None, f"{_R}72/279": None},
    ),
    (
        "fr",
        "Rappelant ses résolutions 70/1, par laquelle elle a adopté le Programme 2030, 71/243 et 72/279,",
        {f"{_R}70/1": None, f"{_R}71/243": None, f"{_R}72/279": None},
    ),
    (
        "es",
        "Recordando sus resoluciones 70/1, en la que aprobó la Agenda 2030, 71/243 y 72/279,",
        {f"{_R}70/1": None, f"{_R}71/243": None, f"{_R}72/279": None},
    ),
    (
        "ru",
        "ссылаясь на свои резолюции 70/1, в которой она приняла Повестку дня на период"
        " до 2030 года, 71/243 и 72/279,",
        {f"{_R}70/1": None, f"{_R}71/243": None, f"{_R}72/279": None},
    ),
    (
        "ar",
        "وإذ تشير إلى قراراتها 70/1، الذي اعتمدت فيه خطة عام 2030، و 71/243 و 72/279،",
        {f"{_R}70/1": None, f"{_R}71/243": None, f"{_R}72/279": None},
    ),
]

# look-alikes: a report by no body; a fraction after the clause; a sentence's end; a shape then a word
_LISTS_GO_ON_SAME: list[Row] = [
    (
        "en",
        "Recalling its resolutions 69/313 on the report of the Secretary-General and 70/1,",
        {f"{_R}69/313": None},
    ),
    (
        "en",
        "Recalling its resolution 70/1, in which it decided that 2/3 of the seats would rotate,",
        {f"{_R}70/1": None},
    ),
    (
        "en",
        "Recalling its resolutions 70/1, in which it adopted the Agenda. 71/243 and 72/279 follow,",
        {f"{_R}70/1": None},
    ),
    ("en", "Recalling resolution EB146.R12 and paragraph 70/1 of the text,", {"": None}),
    (
        "fr",
        "Rappelant ses résolutions 69/313 sur le rapport du Secrétaire général et 70/1,",
        {f"{_R}69/313": None},
    ),
]

_ADOPTED_TOGETHER: list[Row] = [
    (
        "ru",
        "приветствуя принятие Советом по правам человека 6 октября 2023 года его резолюций 54/9 и 54/10,",
        {f"{_H}54/9": "2023-10-06", f"{_H}54/10": "2023-10-06"},
    ),
    (
        "ru",
        "отмечая принятие Советом по правам человека 11 июля 2024 года его резолюций 56/3, 56/4 и 56/5,",
        {f"{_H}56/3": "2024-07-11", f"{_H}56/4": "2024-07-11", f"{_H}56/5": "2024-07-11"},
    ),
    (
        "en",
        "Noting the adoption by the Human Rights Council on 11 July 2024"
        " of its resolutions 56/3, 56/4 and 56/5,",
        {f"{_H}56/3": "2024-07-11", f"{_H}56/4": "2024-07-11", f"{_H}56/5": "2024-07-11"},
    ),
    (
        "fr",
        "Se félicitant de l'adoption par le Conseil des droits de l'homme le 6 octobre 2023"
        " de ses résolutions 54/9 et 54/10,",
        {f"{_H}54/9": "2023-10-06", f"{_H}54/10": "2023-10-06"},
    ),
    (
        "es",
        "Acogiendo con beneplácito la aprobación por el Consejo de Derechos Humanos el 6 de octubre de 2023"
        " de sus resoluciones 54/9 y 54/10,",
        {f"{_H}54/9": "2023-10-06", f"{_H}54/10": "2023-10-06"},
    ),
    (
        "ar",
        "وإذ ترحب باتخاذ مجلس حقوق الإنسان، في 6 تشرين الأول/أكتوبر 2023، قراريه 54/9 و 54/10،",
        {f"{_H}54/9": "2023-10-06", f"{_H}54/10": "2023-10-06"},
    ),
    (
        "zh",
        "欢迎人权理事会2023年10月6日通过其第54/9至54/11号决议，",
        {f"{_H}54/9": "2023-10-06", f"{_H}54/10": "2023-10-06", f"{_H}54/11": "2023-10-06"},
    ),
]

# look-alikes: no date of the adoption; the date before the agent; the Assembly's own list
_ADOPTED_TOGETHER_SAME: list[Row] = [
    (
        "en",
        "Welcoming the adoption by the Human Rights Council of its resolutions 44/9 and 44/10,",
        {f"{_H}44/9": None, f"{_H}44/10": None},
    ),
    (
        "ru",
        "ссылаясь на свои резолюции 60/147 от 16 декабря 2005 года и 62/148,",
        {f"{_R}60/147": "2005-12-16", f"{_R}62/148": None},
    ),
    (
        "zh",
        "回顾其2007年6月18日第5/1号决议和第62/148号决议，",
        {f"{_H}5/1": "2007-06-18", f"{_R}62/148": None},
    ),
]

_CHINESE_NOUN_BEFORE: list[Row] = [
    ("zh", "回顾决定 79/548，", {"A/DEC/79/548": None}),
    ("zh", "回顾大会决议 70/1，", {f"{_R}70/1": None}),
    ("zh", "注意到大会决定 79/548，", {"A/DEC/79/548": None}),
    ("zh", "又回顾其决议 70/1，", {f"{_R}70/1": None}),
    ("zh", "重申人权理事会决议 44/3，", {f"{_H}44/3": None}),
]

_CHINESE_NOUN_BEFORE_SAME: list[Row] = [
    ("zh", "回顾其第79/548号决定，", {"A/DEC/79/548": None}),
    ("zh", "回顾决定第2段和第70/1号决议，", {f"{_R}70/1": None}),
    ("zh", "回顾其决定 79/548 和第79/549号决定，", {"A/DEC/79/548": None, "A/DEC/79/549": None}),
]


@pytest.mark.parametrize(
    ("lang", "para", "expected"),
    by_language(
        _PART_LISTS + _LISTS_GO_ON + _ADOPTED_TOGETHER + _CHINESE_NOUN_BEFORE,
        _PART_LISTS_SAME + _LISTS_GO_ON_SAME + _ADOPTED_TOGETHER_SAME + _CHINESE_NOUN_BEFORE_SAME,
    ),
)
def test_lists_parts_and_dates(lang: str, para: str, expected: dict[str, str | None]) -> None:
    res = extract_text(f"{GA[lang]}{para}\n")
    got: dict[str, set[str | None]] = {}
    for c in res.citations:
        got.setdefault(c.target or "", set()).add(c.date)
    assert set(got) == set(expected), got
    for target, date in expected.items():
        assert (got[target] == {None}) if date is None else (got[target] == {date}), (target, got[target])


# a Chinese list cut by a page break: the footnotes at the page's foot (perhaps a marker after
# "、" at the line's end) and the running header stand between its numbers and its noun
_HEAD = "联合国 A/RES/79/12\n\n大会\n\n2024年12月4日大会决议\n\n79/12. 内河航道合作\n\n大会，\n\n"
_NOTES = "__________________\n\n1 见《大会正式记录，第六十届会议，补编第14号》(A/60/14)。\n"
_RUNNING = "\nA/RES/79/12 内河航道合作\n24-40127 2/3\n"
_CUT: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "zh",
        f"回顾其2006年12月4日第61/30号、2007年12月5日第62/41号、1\n{_NOTES}{_RUNNING}2008年12月8日第63/52号决议，\n",
        {f"{_R}61/30": "2006-12-04", f"{_R}62/41": "2007-12-05", f"{_R}63/52": "2008-12-08"},
    ),
    (
        "zh",
        f"回顾其第61/30号、第62/41号、1\n{_NOTES}{_RUNNING}第63/52号决议，\n",
        {f"{_R}61/30": None, f"{_R}62/41": None, f"{_R}63/52": None},
    ),
    (
        "zh",
        f"回顾其第61/30号、第62/41号、¹\n{_NOTES}{_RUNNING}第63/52号决议，\n",
        {f"{_R}61/30": None, f"{_R}62/41": None, f"{_R}63/52": None},
    ),
    (
        "zh",
        f"回顾其第61/30号、第62/41号和1\n{_NOTES}{_RUNNING}第63/52号决议，\n",
        {f"{_R}61/30": None, f"{_R}62/41": None, f"{_R}63/52": None},
    ),
    (
        "zh",
        f"回顾其第61/30号、第62/41号、1\n{_RUNNING}第63/52号决议，\n",
        {f"{_R}61/30": None, f"{_R}62/41": None, f"{_R}63/52": None},
    ),
]

# look-alikes: the list's noun before the break; a number at the line's end is a member
_CUT_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "zh",
        f"回顾其第61/30号和第62/41号决议，1\n{_NOTES}{_RUNNING}第63/52号决议，\n",
        {f"{_R}61/30": None, f"{_R}62/41": None, f"{_R}63/52": None},
    ),
    ("zh", "回顾其第61/30号、第1325\n(2000)号决议，\n", {f"{_R}61/30": None, "S/RES/1325(2000)": None}),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_CUT, _CUT_SAME))
def test_chinese_list_cut_by_notes(lang: str, para: str, expected: dict[str, str | None]) -> None:
    notes = {"A/60/14": None} if _NOTES in para else {}
    res = assert_passage(f"{_HEAD}{para}", {**expected, **notes}, skip_own=True)
    assert {c.target for c in res.citations if c.section == "footnote"} == set(notes)
