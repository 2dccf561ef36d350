"""Leftovers of session twenty-one: a treaty body's symbol of combined reports spanning more than
four reports ("CRC/C/FRA/CO/6-10"), one document as the shorter ones are; a Security Council
number whose year the numbering leaves open ("№ 1309"), resolved by the same number written with
its year elsewhere in the text, else unresolved with the years left open as its reason; a treaty's
name glued to a compound's head in Chinese ("罗马规约体系"), the treaty's as in English; a second
noun with its own day and month after the list word ("and, on 7 October, resolution 48/9"), the
first number's owner's. Each
form with the real citations beside it that must not change. The passages are invented for
these tests (numbers, dates and wording changed)."""

from __future__ import annotations

import pytest

from passages import GA, GaRow, by_language, ga_targets
from rescite.engine.extract import extract_text

# a treaty body's symbol of combined reports, however many it combines: one document
_COMBINED: list[GaRow] = [
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
_COMBINED_SAME: list[GaRow] = [
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
    assert ga_targets(lang, para) == targets


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
_COMPOUND: list[GaRow] = [
    ("zh", "呼吁各国加强罗马规约体系，", {"UNTS/2187/38544"}),
    ("zh", "重申支持国际刑事法院罗马规约体系，", {"UNTS/2187/38544"}),
    ("zh", "强调维护罗马规约制度的完整性，", {"UNTS/2187/38544"}),
    ("zh", "回顾第63/4号决议和罗马规约体系，", {"A/RES/63/4", "UNTS/2187/38544"}),
    ("zh", "鼓励各国支持儿童权利公约体系，", {"UNTS/1577/27531"}),
    ("zh", "欢迎加强联合国反腐败公约制度，", {"UNTS/2349/42146"}),
]
_COMPOUND_SAME: list[GaRow] = [
    ("zh", "回顾《罗马规约》，", {"UNTS/2187/38544"}),
    ("zh", "欢迎《罗马规约》体系和罗马规约体系的加强，", {"UNTS/2187/38544"}),
    ("zh", "呼吁加强人权条约机构体系，", set()),
    ("zh", "呼吁加强联合国体系，", set()),
    ("en", "Calling upon States to strengthen the Rome Statute system,", {"UNTS/2187/38544"}),
    ("fr", "Demandant aux États de renforcer le système du Statut de Rome,", {"UNTS/2187/38544"}),
]


@pytest.mark.parametrize(("lang", "para", "targets"), by_language(_COMPOUND, _COMPOUND_SAME))
def test_name_in_compound(lang: str, para: str, targets: set[str]) -> None:
    assert ga_targets(lang, para) == targets


# (language, paragraph, its distinct targets): a second noun after the list word with its own day
# and month set off before it, no year ("and, on 11 October, resolution 48/13"): the owner of the
# number before, as with the list word alone
_DATED_SECOND: list[GaRow] = [
    (
        "en",
        "Recalling Human Rights Council resolution 46/7 of 23 March 2021 and, on 7 October, resolution 48/9,",
        {"A/HRC/RES/46/7", "A/HRC/RES/48/9"},
    ),
    (
        "en",
        "Noting that the Human Rights Council had, on 12 July, adopted resolution 50/4 and, on 8 October, "
        "resolution 51/6,",
        {"A/HRC/RES/50/4", "A/HRC/RES/51/6"},
    ),
    (
        "fr",
        "Rappelant que le Conseil des droits de l'homme a adopté la résolution 46/7 le 23 mars 2021 et, le "
        "7 octobre, la résolution 48/9,",
        {"A/HRC/RES/46/7", "A/HRC/RES/48/9"},
    ),
    (
        "fr",
        "Notant que le Conseil des droits de l'homme avait, le 12 juillet, adopté la résolution 50/4 et, le "
        "8 octobre, la résolution 51/6,",
        {"A/HRC/RES/50/4", "A/HRC/RES/51/6"},
    ),
    (
        "es",
        "Recordando que el Consejo de Derechos Humanos aprobó la resolución 46/7 el 23 de marzo de 2021 y, "
        "el 7 de octubre, la resolución 48/9,",
        {"A/HRC/RES/46/7", "A/HRC/RES/48/9"},
    ),
    (
        "es",
        "Observando que el Consejo de Derechos Humanos había, el 12 de julio, aprobado la resolución 50/4 y, "
        "el 8 de octubre, la resolución 51/6,",
        {"A/HRC/RES/50/4", "A/HRC/RES/51/6"},
    ),
    (
        "ru",
        "ссылаясь на то, что Совет по правам человека принял 23 марта 2021 года резолюцию 46/7, "
        "а 7 октября — резолюцию 48/9,",
        {"A/HRC/RES/46/7", "A/HRC/RES/48/9"},
    ),
    (
        "ru",
        "отмечая, что Совет по правам человека 12 июля принял резолюцию 50/4, а 8 октября — резолюцию 51/6,",
        {"A/HRC/RES/50/4", "A/HRC/RES/51/6"},
    ),
    (
        "ar",
        "وإذ تشير إلى أن مجلس حقوق الإنسان اعتمد القرار 46/7 في 23 آذار/مارس 2021، وفي 7 تشرين الأول/أكتوبر، "
        "القرار 48/9،",
        {"A/HRC/RES/46/7", "A/HRC/RES/48/9"},
    ),
    (
        "ar",
        "وإذ تلاحظ أن مجلس حقوق الإنسان اعتمد، في 12 تموز/يوليه، القرار 50/4، "
        "وفي 8 تشرين الأول/أكتوبر، القرار 51/6،",
        {"A/HRC/RES/50/4", "A/HRC/RES/51/6"},
    ),
    # Chinese writes the date before the number: the second's day and month after the list word
    (
        "zh",
        "回顾人权理事会2021年3月23日第46/7号决议和10月7日第48/9号决议，",
        {"A/HRC/RES/46/7", "A/HRC/RES/48/9"},
    ),
    ("zh", "回顾人权理事会第50/4号决议和10月8日第51/6号决议，", {"A/HRC/RES/50/4", "A/HRC/RES/51/6"}),
]
_DATED_SECOND_SAME: list[GaRow] = [
    ("zh", "回顾人权理事会第46/7号决议和大会10月7日第76/9号决议，", {"A/HRC/RES/46/7", "A/RES/76/9"}),
    # (a decision after the adoption of a resolution: the adopting body's already)
    (
        "en",
        "Recalling that the Human Rights Council adopted resolution 46/7 on 23 March 2021 and, on 7 October, "
        "decision 48/115,",
        {"A/HRC/RES/46/7", "A/HRC/DEC/48/115"},
    ),
    # the year written: as before
    (
        "en",
        "Recalling Human Rights Council resolution 46/7 and, on 7 October 2021, resolution 48/9,",
        {"A/HRC/RES/46/7", "A/HRC/RES/48/9"},
    ),
    # the second noun names its own body, or a new clause its subject
    (
        "en",
        "Recalling that the Human Rights Council adopted resolution 46/7 and, on 7 October, General Assembly "
        "resolution 76/9,",
        {"A/HRC/RES/46/7", "A/RES/76/9"},
    ),
    (
        "en",
        "Recalling General Assembly resolution 76/7 and, on 7 October, the Human Rights Council adopted "
        "resolution 48/9,",
        {"A/RES/76/7", "A/HRC/RES/48/9"},
    ),
    (
        "ru",
        "ссылаясь на то, что Совет по правам человека принял резолюцию 46/7, "
        "а 7 октября Генеральная Ассамблея — резолюцию 76/9,",
        {"A/HRC/RES/46/7", "A/RES/76/9"},
    ),
    (
        "ar",
        "وإذ تشير إلى أن مجلس حقوق الإنسان اعتمد القرار 46/7، "
        "وفي 7 تشرين الأول/أكتوبر، قرار الجمعية العامة 76/9،",
        {"A/HRC/RES/46/7", "A/RES/76/9"},
    ),
    # a number with the body after it: the next noun is not its owner's, date or none
    (
        "es",
        "Recordando la resolución 46/7 del Consejo de Derechos Humanos y, el 7 de octubre, "
        "la resolución 76/9,",
        {"A/HRC/RES/46/7", "A/RES/76/9"},
    ),
]


@pytest.mark.parametrize(("lang", "para", "targets"), by_language(_DATED_SECOND, _DATED_SECOND_SAME))
def test_dated_second_noun(lang: str, para: str, targets: set[str]) -> None:
    assert ga_targets(lang, para) == targets
