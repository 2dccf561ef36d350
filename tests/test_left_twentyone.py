"""Leftovers of session twenty-one: a treaty body's symbol of combined reports spanning more than
four reports ("CRC/C/FRA/CO/6-10"), one document as the shorter ones are; a Security Council
number whose year the numbering leaves open ("№ 1309"), resolved by the same number written with
its year elsewhere in the text, else unresolved with the years left open as its reason; a treaty's
name glued to a compound's head in Chinese ("罗马规约体系"), the treaty's as in English. Each
form with the real citations beside it that must not change. The passages are invented for
these tests (numbers, dates and wording changed)."""

from __future__ import annotations

import pytest

from passages import GA, by_language
from rescite.engine.extract import extract_text

#: a table's row as (language, paragraph of a General Assembly text, its distinct targets)
_Row = tuple[str, str, set[str]]


def _targets(lang: str, para: str) -> set[str]:
    return {c.target or "" for c in extract_text(GA[lang] + para).citations}


# a treaty body's symbol of combined reports, however many it combines: one document
_COMBINED: list[_Row] = [
    (
        "en",
        "Welcoming the concluding observations of the Committee (CRC/C/PRT/CO/6-10),",
        {"CRC/C/PRT/CO/6-10"},
    ),
    ("en", "Taking note of the combined periodic reports CERD/C/SLE/4-20,", {"CERD/C/SLE/4-20"}),
    (
        "fr",
        "Prenant note des rapports périodiques (CEDAW/C/TGO/6-10 et CEDAW/C/TGO/Q/6-10),",
        {"CEDAW/C/TGO/6-10", "CEDAW/C/TGO/Q/6-10"},
    ),
    (
        "es",
        "Tomando nota de las observaciones finales (CERD/C/NIC/CO/15-19/Add.1),",
        {"CERD/C/NIC/CO/15-19/Add.1"},
    ),
    ("ru", "принимая к сведению заключительные замечания (CRC/C/KAZ/CO/5-9),", {"CRC/C/KAZ/CO/5-9"}),
    ("zh", "注意到结论性意见(CEDAW/C/LAO/CO/8-12)，", {"CEDAW/C/LAO/CO/8-12"}),
    ("ar", "وإذ تحيط علما بالملاحظات الختامية (CRC/C/YEM/CO/5-9)،", {"CRC/C/YEM/CO/5-9"}),
]
_COMBINED_SAME: list[_Row] = [
    (
        "en",
        "Welcoming the concluding observations (CRC/C/PRT/CO/5-6 and CEDAW/C/ESP/CO/7-9),",
        {"CRC/C/PRT/CO/5-6", "CEDAW/C/ESP/CO/7-9"},
    ),
    ("en", "See the general comments (CRC/C/GC/20-22),", {"CRC/C/GC/20", "CRC/C/GC/21", "CRC/C/GC/22"}),
    (
        "en",
        "Recalling the summary records A/C.3/61/SR.8-10,",
        {"A/C.3/61/SR.8", "A/C.3/61/SR.9", "A/C.3/61/SR.10"},
    ),
    ("en", "Welcoming the concluding observations (CRC/C/PRT/CO/6),", {"CRC/C/PRT/CO/6"}),
]


@pytest.mark.parametrize(("lang", "para", "targets"), by_language(_COMBINED, _COMBINED_SAME))
def test_combined_reports(lang: str, para: str, targets: set[str]) -> None:
    assert _targets(lang, para) == targets


#: a record as (target, reason)
_Why = tuple[str | None, str | None]


def _reasons(lang: str, para: str) -> list[_Why]:
    return [(c.target, c.reason) for c in extract_text(GA[lang] + para).citations]


def _open(n: int, years: str) -> _Why:
    return (None, f"Security Council resolution {n} without its year (its number leaves {years} open)")


# (language, paragraph, its records as (target, reason)): a Council number whose year the
# numbering leaves open takes the year the text writes with the same number elsewhere; without
# one it stays unresolved, its reason naming the years left open
_COUNCIL_OPEN: list[tuple[str, str, list[_Why]]] = [
    (
        "ru",
        "ссылаясь на резолюцию Совета Безопасности № 1311 и напоминая о резолюции 1311 (2000),",
        [("S/RES/1311(2000)", None), ("S/RES/1311(2000)", None)],
    ),
    (
        "en",
        "Recalling resolution 1311 (2000), and stressing that Security Council resolution No. 1311 calls,",
        [("S/RES/1311(2000)", None), ("S/RES/1311(2000)", None)],
    ),
    (
        "fr",
        "Rappelant la résolution du Conseil de sécurité no 1307 et sa résolution 1307 (2000),",
        [("S/RES/1307(2000)", None), ("S/RES/1307(2000)", None)],
    ),
    (
        "es",
        "Recordando la resolución del Consejo de Seguridad n.º 1307 y la resolución 1307 (2000),",
        [("S/RES/1307(2000)", None), ("S/RES/1307(2000)", None)],
    ),
    (
        "zh",
        "回顾安全理事会第1311号决议和第1311(2000)号决议，",
        [("S/RES/1311(2000)", None), ("S/RES/1311(2000)", None)],
    ),
    (
        "ar",
        "وإذ تشير إلى قرار مجلس الأمن رقم 1311 وإلى القرار 1311 (2000)،",
        [("S/RES/1311(2000)", None), ("S/RES/1311(2000)", None)],
    ),
    ("ru", "ссылаясь на резолюцию Совета Безопасности № 1309,", [_open(1309, "1999 or 2000")]),
    ("en", "Recalling Security Council resolution No. 1310,", [_open(1310, "1999 or 2000")]),
    ("zh", "回顾安全理事会第1309号决议，", [_open(1309, "1999 or 2000")]),
    ("ar", "وإذ تشير إلى قرار مجلس الأمن رقم 1309،", [_open(1309, "1999 or 2000")]),
]
_COUNCIL_OPEN_SAME: list[tuple[str, str, list[_Why]]] = [
    # two years written with the number elsewhere: none is taken
    (
        "en",
        "Recalling Security Council resolution No. 1311 and resolutions 1311 (2000) and 1311 (1999),",
        [(None, None), ("S/RES/1311(2000)", None), ("S/RES/1311(1999)", None)],
    ),
    ("ru", "ссылаясь на резолюцию Совета Безопасности № 2427,", [("S/RES/2427(2018)", None)]),
    ("ru", "ссылаясь на резолюцию Совета Безопасности № 1309 (2000),", [("S/RES/1309(2000)", None)]),
]


@pytest.mark.parametrize(("lang", "para", "records"), by_language(_COUNCIL_OPEN, _COUNCIL_OPEN_SAME))
def test_council_year_open(lang: str, para: str, records: list[_Why]) -> None:
    got = _reasons(lang, para)
    if records and records[0] == (None, None):  # the reason's text is checked by the rows above
        got = [(t, None) for t, _ in got]
    assert got == records


# (language, paragraph, its distinct targets): an instrument's name glued to the head of a compound
# in Chinese, written without spaces ("罗马规约体系", the Rome Statute system): the instrument, once,
# as the English words cite it
_COMPOUND: list[_Row] = [
    ("zh", "呼吁各国加强罗马规约体系，", {"UNTS/2187/38544"}),
    ("zh", "重申支持国际刑事法院罗马规约体系，", {"UNTS/2187/38544"}),
    ("zh", "强调维护罗马规约制度的完整性，", {"UNTS/2187/38544"}),
    ("zh", "回顾第63/4号决议和罗马规约体系，", {"A/RES/63/4", "UNTS/2187/38544"}),
    ("zh", "鼓励各国支持儿童权利公约体系，", {"UNTS/1577/27531"}),
    ("zh", "欢迎加强联合国反腐败公约制度，", {"UNTS/2349/42146"}),
]
_COMPOUND_SAME: list[_Row] = [
    ("zh", "回顾《罗马规约》，", {"UNTS/2187/38544"}),
    ("zh", "欢迎《罗马规约》体系和罗马规约体系的加强，", {"UNTS/2187/38544"}),
    ("zh", "呼吁加强人权条约机构体系，", set()),
    ("zh", "呼吁加强联合国体系，", set()),
    ("en", "Calling upon States to strengthen the Rome Statute system,", {"UNTS/2187/38544"}),
    ("fr", "Demandant aux États de renforcer le système du Statut de Rome,", {"UNTS/2187/38544"}),
]


@pytest.mark.parametrize(("lang", "para", "targets"), by_language(_COMPOUND, _COMPOUND_SAME))
def test_name_in_compound(lang: str, para: str, targets: set[str]) -> None:
    assert _targets(lang, para) == targets
