"""Forms left out by forms fourteen, found by passages written in UN style for these tests
(invented numbers, dates and topics): a report of a Conference of the Parties whose texts name
their body by its short name alone ("The Conference of the Parties,"), split into its texts in
six languages; a list word written with a capital at the end of a symbol's line ("A/77/318
And"); a Chinese list of elements with the number's prefix before a member ("L.8号和第L.11号");
a later lettered part with its own date ("47/120 A of … and B of …"); the Conferences of the
crime and corruption conventions named with their convention's short title; Chinese lettered
parts with the number mark after each letter ("第51/210 A号和B号决议"); a text placed in a body's
session report by its Official Records supplement's symbol ("(A/75/53), chap. IV, resolution
44/7"); a revised member of a list of elements ("L.9 and L.12/Rev.1").
Each form with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from passages import GA, assert_passage, by_language, targets_of
from rescite.engine.extract import extract_text

# (language, heading of a resolution, of a decision, the short body line, a paragraph citing
# the body's resolution 3/4 and decision 2/6 by "its")
_COP_WORDS: list[tuple[str, str, str, str, str]] = [
    (
        "en",
        "Resolution {}",
        "Decision {}",
        "The Conference of the Parties,",
        "Bearing in mind its resolution 3/4 and its decision 2/6,",
    ),
    (
        "fr",
        "Résolution {}",
        "Décision {}",
        "La Conférence des Parties,",
        "Ayant à l'esprit sa résolution 3/4 et sa décision 2/6,",
    ),
    (
        "es",
        "Resolución {}",
        "Decisión {}",
        "La Conferencia de las Partes,",
        "Teniendo presentes su resolución 3/4 y su decisión 2/6,",
    ),
    (
        "ru",
        "Резолюция {}",
        "Решение {}",
        "Конференция участников,",
        "учитывая свою резолюцию 3/4 и свое решение 2/6,",
    ),
    ("zh", "第{}号决议", "第{}号决定", "缔约方会议，", "铭记其第3/4号决议和第2/6号决定，"),
    ("ar", "القرار {}", "المقرر {}", "إن مؤتمر الأطراف،", "إذ يضع في اعتباره قراره 3/4 ومقرره 2/6،"),
]


def _cop_report(masthead: str, res: str, dec: str, body: str, para: str) -> str:
    texts = [
        f"{res.format('9/3')}\n\nLegal assistance\n\n{body}\n\n{para}\n",
        f"{res.format('9/4')}\n\nSmuggling at sea\n\n{body}\n\n{para}\n",
        f"{dec.format('9/2')}\n\nVenue\n\n{body}\n\n{para}\n",
    ]
    return f"{masthead}\n\n\n" + "\n".join(texts)


_COP_PARTS = {"CAC/COSP/RES/9/3", "CAC/COSP/RES/9/4", "CAC/COSP/DEC/9/2"}
_COP_CITED = {"CAC/COSP/RES/3/4", "CAC/COSP/DEC/2/6"}


def _sources(text: str) -> tuple[set[str | None], set[str]]:
    res = extract_text(text)
    return {c.source_id for c in res.citations}, {c.target or "" for c in res.citations}


@pytest.mark.parametrize(("lang", "res", "dec", "body", "para"), _COP_WORDS, ids=[r[0] for r in _COP_WORDS])
def test_short_body_line_compilation(lang: str, res: str, dec: str, body: str, para: str) -> None:
    text = _cop_report("CAC/COSP/2021/17", res, dec, body, para)
    assert _sources(text) == (_COP_PARTS, _COP_CITED)


# … look-alikes: no masthead (the body is not known), a masthead of the General Assembly, a
# body line of another kind than the masthead's body (a commission in a conference's report)
COP_SAME: list[tuple[str, str, str, set[str | None]]] = [
    ("en", "", "The Conference of the Parties,", {None}),
    ("en", "A/76/310", "The Conference of the Parties,", {"A/76/310"}),
    ("en", "CAC/COSP/2021/17", "The Commission,", {"CAC/COSP/2021/17"}),
    ("fr", "CAC/COSP/2021/17", "La Commission,", {"CAC/COSP/2021/17"}),
]


@pytest.mark.parametrize(("lang", "masthead", "body", "sources"), by_language(COP_SAME))
def test_short_body_line_look_alikes(lang: str, masthead: str, body: str, sources: set[str | None]) -> None:
    words = next(r for r in _COP_WORDS if r[0] == lang)
    text = _cop_report(masthead, words[1], words[2], body, words[4])
    assert _sources(text)[0] == sources


# (language, short passage, the text's own id, symbols cited): a list word written with a
# capital (a heading, a table's cell) at the end of a symbol's line: the list goes on
CAPITAL_LIST_LINES: list[tuple[str, str, str | None, set[str]]] = [
    ("en", "A/77/318 And\nA/77/324\n", None, {"A/77/318", "A/77/324"}),
    ("en", "Notes by the Secretary-General\nA/77/318 AND\nA/77/324\n", None, {"A/77/318", "A/77/324"}),
    ("en", "A/77/318 As Well As\nA/77/324\n", None, {"A/77/318", "A/77/324"}),
    (
        "en",
        "Item 68 | Note by the Secretary-General | A/77/318 And\nA/77/324\n",
        None,
        {"A/77/318", "A/77/324"},
    ),
    ("fr", "A/77/318 Et\nA/77/324\n", None, {"A/77/318", "A/77/324"}),
    ("es", "A/77/318 Y\nA/77/324\n", None, {"A/77/318", "A/77/324"}),
    ("ru", "A/77/318 И\nA/77/324\n", None, {"A/77/318", "A/77/324"}),
]

# … look-alikes: a capitalised word that is no list word, the text's own symbol above the list
CAPITAL_LIST_LINES_SAME: list[tuple[str, str, str | None, set[str]]] = [
    ("en", "A/77/318 Annex\nThe General Assembly,\nNoting A/77/324,\n", "A/77/318", {"A/77/324"}),
    (
        "en",
        "A/77/318\nThe General Assembly,\nNoting A/77/320 And\nA/77/324,\n",
        "A/77/318",
        {"A/77/320", "A/77/324"},
    ),
]


def _own_and_cited(lang: str, text: str) -> tuple[str | None, set[str]]:
    res = extract_text(text, lang=lang)
    return res.document.source_id, {c.target or "" for c in res.citations}


@pytest.mark.parametrize(
    ("lang", "text", "own", "symbols"), by_language(CAPITAL_LIST_LINES, CAPITAL_LIST_LINES_SAME)
)
def test_capital_list_lines(lang: str, text: str, own: str | None, symbols: set[str]) -> None:
    assert _own_and_cited(lang, text) == (own, symbols)


# (language, text, symbols cited): a Chinese list of elements with the number's prefix before
# a member after the first ("L.3号和第L.5号")
PREFIXED_MEMBERS: list[tuple[str, str, set[str]]] = [
    ("zh", "大会，\n审议了决议草案A/C.5/76/L.8号和第L.11号，\n", {"A/C.5/76/L.8", "A/C.5/76/L.11"}),
    ("zh", "大会，\n审议了决议草案A/C.5/76/L.8和第L.11号，\n", {"A/C.5/76/L.8", "A/C.5/76/L.11"}),
    (
        "zh",
        "大会，\n审议了决议草案A/C.5/76/L.8号、第L.11号和第L.14号，\n",
        {"A/C.5/76/L.8", "A/C.5/76/L.11", "A/C.5/76/L.14"},
    ),
    ("zh", "大会，\n审议了第A/C.5/76/L.8号和第L.11号决议草案，\n", {"A/C.5/76/L.8", "A/C.5/76/L.11"}),
    ("zh", "大会，\n注意到简要记录A/C.5/76/SR.4号及第SR.9号，\n", {"A/C.5/76/SR.4", "A/C.5/76/SR.9"}),
]

# … look-alikes: a resolution after the list word, a symbol of its own, the prefix alone
PREFIXED_MEMBERS_SAME: list[tuple[str, str, set[str]]] = [
    ("zh", "大会，\n审议了决议草案A/C.5/76/L.8号和第76/245号决议，\n", {"A/C.5/76/L.8", "A/RES/76/245"}),
    ("zh", "大会，\n审议了决议草案A/C.5/76/L.8号和第A/C.5/76/L.20号，\n", {"A/C.5/76/L.8", "A/C.5/76/L.20"}),
    ("zh", "大会，\n审议了决议草案A/C.5/76/L.8号和第二期报告，\n", {"A/C.5/76/L.8"}),
]


@pytest.mark.parametrize(("lang", "text", "symbols"), by_language(PREFIXED_MEMBERS, PREFIXED_MEMBERS_SAME))
def test_prefixed_members(lang: str, text: str, symbols: set[str]) -> None:
    assert targets_of(text, lang) == symbols


# (language, text, {target: date}): a later part of the same number, written with its letter
# alone and its own date ("47/120 A of … and B of …")
PART_DATES: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        GA["en"] + "Recalling its resolution 47/120 A of 18 December 1992 and B of 20 September 1993,\n",
        {"A/RES/47/120A": "1992-12-18", "A/RES/47/120B": "1993-09-20"},
    ),
    (
        "en",
        GA["en"] + "Recalling its resolution 47/120 A, of 18 December 1992, and B, of 20 September 1993,\n",
        {"A/RES/47/120A": "1992-12-18", "A/RES/47/120B": "1993-09-20"},
    ),
    (
        "fr",
        GA["fr"] + "Rappelant sa résolution 47/120 A du 18 décembre 1992 et B du 20 septembre 1993,\n",
        {"A/RES/47/120A": "1992-12-18", "A/RES/47/120B": "1993-09-20"},
    ),
    (
        "es",
        GA["es"]
        + "Recordando su resolución 47/120 A, de 18 de diciembre de 1992, y B, de 20 de septiembre de 1993\n",
        {"A/RES/47/120A": "1992-12-18", "A/RES/47/120B": "1993-09-20"},
    ),
    (
        "ru",
        GA["ru"]
        + "ссылаясь на свою резолюцию 47/120 A от 18 декабря 1992 года и B от 20 сентября 1993 года,\n",
        {"A/RES/47/120A": "1992-12-18", "A/RES/47/120B": "1993-09-20"},
    ),
    (
        "ru",
        GA["ru"]
        + "ссылаясь на свою резолюцию 47/120 А от 18 декабря 1992 года и В от 20 сентября 1993 года,\n",
        {"A/RES/47/120A": "1992-12-18", "A/RES/47/120B": "1993-09-20"},
    ),
    (
        "ar",
        GA["ar"]
        + "إذ تشير إلى قرارها 47/120 ألف المؤرخ 18 كانون الأول/ديسمبر 1992 "
        + "وباء المؤرخ 20 أيلول/سبتمبر 1993،\n",
        {"A/RES/47/120A": "1992-12-18", "A/RES/47/120B": "1993-09-20"},
    ),
]

# … look-alikes: both letters before the dates, a number after the list word, a single part
PART_DATES_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        GA["en"] + "Recalling its resolution 47/120 A and B of 18 December 1992 and 20 September 1993,\n",
        {"A/RES/47/120A": "1992-12-18", "A/RES/47/120B": "1993-09-20"},
    ),
    (
        "en",
        GA["en"] + "Recalling its resolutions 47/120 A of 18 December 1992 and 48/12 of 2 November 1993,\n",
        {"A/RES/47/120A": "1992-12-18", "A/RES/48/12": "1993-11-02"},
    ),
    (
        "fr",
        GA["fr"] + "Rappelant sa résolution 47/120 A du 18 décembre 1992 et le rapport,\n",
        {"A/RES/47/120A": "1992-12-18"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(PART_DATES, PART_DATES_SAME))
def test_part_dates(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_passage(text, expected, lang=lang)


# (language, text, targets): a Conference named with its convention's short title ("the
# Convention against Corruption"): the Conference's text, not the convention
CONFERENCE_SHORT_NAMES: list[tuple[str, str, set[str]]] = [
    (
        "en",
        GA["en"] + "Welcoming resolution 4/2 of the Conference of the Parties to the Convention against "
        "Transnational Organized Crime,\n",
        {"CTOC/COP/RES/4/2"},
    ),
    (
        "en",
        GA["en"] + "Welcoming resolution 7/3 of the Conference of the States Parties to the Convention "
        "against Corruption,\n",
        {"CAC/COSP/RES/7/3"},
    ),
    (
        "fr",
        GA["fr"] + "Se félicitant de la résolution 4/2 de la Conférence des Parties à la Convention contre "
        "la criminalité organisée,\n",
        {"CTOC/COP/RES/4/2"},
    ),
    (
        "fr",
        GA["fr"] + "Se félicitant de la résolution 7/3 de la Conférence des États parties à la Convention "
        "contre la corruption,\n",
        {"CAC/COSP/RES/7/3"},
    ),
    (
        "es",
        GA["es"] + "Acogiendo con beneplácito la resolución 4/2 de la Conferencia de las Partes en la "
        "Convención contra la Delincuencia Organizada,\n",
        {"CTOC/COP/RES/4/2"},
    ),
    (
        "es",
        GA["es"] + "Acogiendo con beneplácito la resolución 7/3 de la Conferencia de los Estados Partes en "
        "la Convención contra la Corrupción,\n",
        {"CAC/COSP/RES/7/3"},
    ),
    (
        "ru",
        GA["ru"] + "приветствуя резолюцию 4/2 Конференции участников Конвенции против организованной "
        "преступности,\n",
        {"CTOC/COP/RES/4/2"},
    ),
    (
        "ru",
        GA["ru"]
        + "приветствуя резолюцию 7/3 Конференции государств – участников Конвенции против коррупции,\n",
        {"CAC/COSP/RES/7/3"},
    ),
    ("ar", GA["ar"] + "وإذ ترحب بقرار مؤتمر الأطراف في اتفاقية الجريمة المنظمة 4/2،\n", {"CTOC/COP/RES/4/2"}),
    (
        "ar",
        GA["ar"] + "وإذ ترحب بقرار مؤتمر الدول الأطراف في اتفاقية مكافحة الفساد 7/3،\n",
        {"CAC/COSP/RES/7/3"},
    ),
    ("zh", GA["zh"] + "欢迎有组织犯罪公约缔约方会议第4/2号决议，\n", {"CTOC/COP/RES/4/2"}),
    ("zh", GA["zh"] + "欢迎反腐败公约缔约国会议第7/3号决议，\n", {"CAC/COSP/RES/7/3"}),
]

# … look-alikes: the convention itself, named by the same short title
CONFERENCE_SHORT_NAMES_SAME: list[tuple[str, str, set[str]]] = [
    ("fr", GA["fr"] + "Rappelant la Convention contre la criminalité organisée,\n", {"UNTS/2225/39574"}),
    ("es", GA["es"] + "Recordando la Convención contra la Delincuencia Organizada,\n", {"UNTS/2225/39574"}),
]


@pytest.mark.parametrize(
    ("lang", "text", "targets"), by_language(CONFERENCE_SHORT_NAMES, CONFERENCE_SHORT_NAMES_SAME)
)
def test_conference_short_names(lang: str, text: str, targets: set[str]) -> None:
    assert targets_of(text, lang) == targets


# (language, text, {target: date}): Chinese lettered parts with the number mark after each
# letter ("第49/222 A号和B号决议")
MARKED_PARTS: list[tuple[str, str, dict[str, str | None]]] = [
    ("zh", GA["zh"] + "回顾其第51/210 A号和B号决议，\n", {"A/RES/51/210A": None, "A/RES/51/210B": None}),
    (
        "zh",
        GA["zh"] + "回顾其1996年12月17日和1997年3月6日第51/210 A号和B号决议，\n",
        {"A/RES/51/210A": "1996-12-17", "A/RES/51/210B": "1997-03-06"},
    ),
    (
        "zh",
        GA["zh"] + "回顾其第2106 A号和B(XX)号决议，\n",
        {"A/RES/2106A(XX)": None, "A/RES/2106B(XX)": None},
    ),
]

# … look-alikes: the mark after the last letter only, a number of its own after the list word
MARKED_PARTS_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    ("zh", GA["zh"] + "回顾其第51/210 A和B号决议，\n", {"A/RES/51/210A": None, "A/RES/51/210B": None}),
    ("zh", GA["zh"] + "回顾其第51/210 A号和第52/3号决议，\n", {"A/RES/51/210A": None, "A/RES/52/3": None}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(MARKED_PARTS, MARKED_PARTS_SAME))
def test_marked_parts(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_passage(text, expected, lang=lang)


def _noted(lang: str, note: str) -> str:
    """A text of the Assembly whose first note is ``note``."""
    return f"{GA[lang]}Recalling,1\n\n1. Decides.\n\n__________________\n1 {note}\n"


# (language, text, targets): a text placed in a body's session report by the symbol its
# Official Records supplement gives it is that body's ("Supplement No. 53 (A/75/53), chap. IV,
# resolution 44/7": the Human Rights Council's)
SUPPLEMENT_TEXTS: list[tuple[str, str, set[str]]] = [
    (
        "en",
        _noted(
            "en",
            "See Official Records of the General Assembly, Seventy-sixth Session, Supplement No. 53 "
            "(A/76/53), chap. IV, sect. A, resolution 47/7.",
        ),
        {"A/76/53", "A/HRC/RES/47/7"},
    ),
    (
        "en",
        _noted(
            "en",
            "Official Records of the General Assembly, Seventy-sixth Session, Supplement No. 53\n"
            "(A/76/53), chap. IV, sect. A, resolution\n47/7.",
        ),
        {"A/76/53", "A/HRC/RES/47/7"},
    ),
    (
        "en",
        _noted(
            "en",
            "Official Records of the Economic and Social Council, 2004, Supplement No. 3 (E/2004/23), "
            "chap. II, sect. A, resolution 2004/41.",
        ),
        {"E/2004/23", "E/CN.4/RES/2004/41"},
    ),
    (
        "fr",
        _noted(
            "fr",
            "Documents officiels du Conseil économique et social, 2017, Supplément no 10 (E/2017/30), "
            "chap. I, sect. D, résolution 26/3.",
        ),
        {"E/2017/30", "E/CN.15/RES/26/3"},
    ),
    (
        "es",
        _noted(
            "es",
            "Documentos Oficiales del Consejo Económico y Social, 2016, Suplemento núm. 8 (E/2016/28), "
            "cap. I, secc. C, decisión 59/2.",
        ),
        {"E/2016/28", "E/CN.7/DEC/59/2"},
    ),
    (
        "ru",
        _noted(
            "ru",
            "Официальные отчеты Экономического и Социального Совета, 2015 год, Дополнение № 7 "
            "(E/2015/27), гл. I, разд. D, резолюция 59/2.",
        ),
        {"E/2015/27", "E/CN.6/RES/59/2"},
    ),
    (
        "ar",
        _noted(
            "ar",
            "الوثائق الرسمية للجمعية العامة، الدورة الخامسة والسبعون، الملحق رقم 53 "
            "(A/75/53)، الفصل الرابع، القرار 44/7.",
        ),
        {"A/75/53", "A/HRC/RES/44/7"},
    ),
    (
        "zh",
        _noted("zh", "《大会正式记录，第七十五届会议，补编第53号》(A/75/53)，第四章，A节，第44/7号决议。"),
        {"A/75/53", "A/HRC/RES/44/7"},
    ),
    (
        "en",
        _noted(
            "en",
            "Official Records of the General Assembly, Seventy-second Session, Supplement No. 25 "
            "(A/72/25), annex I, resolution 3/4.",
        ),
        {"A/72/25", "UNEP/EA.3/RES.4"},
    ),
]

# … look-alikes: a report of no table row, a report before the Council existed, "its", a body
# named, another sentence or note after the report
SUPPLEMENT_TEXTS_SAME: list[tuple[str, str, set[str]]] = [
    ("en", _noted("en", "See A/75/52, chap. IV, resolution 44/7."), {"A/75/52", "A/RES/44/7"}),
    ("en", _noted("en", "See A/58/53, chap. IV, resolution 44/7."), {"A/58/53", "A/RES/44/7"}),
    (
        "en",
        GA["en"] + "Noting the report (A/75/53), and recalling its resolution 74/9,\n",
        {"A/75/53", "A/RES/74/9"},
    ),
    (
        "en",
        GA["en"] + "Noting the report (A/75/53), and General Assembly resolution 44/7,\n",
        {"A/75/53", "A/RES/44/7"},
    ),
    (
        "en",
        f"{GA['en']}Recalling,1 and,2\n\n1. Decides.\n\n__________________\n"
        "1 Official Records of the General Assembly, Seventy-sixth Session, Supplement No. 53 (A/76/53),\n"
        "chap. IV.\n\n2 Resolution 47/7.\n",
        {"A/76/53", "A/RES/47/7"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "targets"), by_language(SUPPLEMENT_TEXTS, SUPPLEMENT_TEXTS_SAME))
def test_supplement_texts(lang: str, text: str, targets: set[str]) -> None:
    assert targets_of(text, lang) == targets


# (language, text, symbols cited): a revised or corrected member of a list of elements
REVISED_MEMBERS: list[tuple[str, str, set[str]]] = [
    (
        "en",
        GA["en"] + "Having considered draft resolutions A/C.2/74/L.9 and L.12/Rev.1,\n",
        {"A/C.2/74/L.9", "A/C.2/74/L.12/Rev.1"},
    ),
    (
        "en",
        GA["en"] + "Having considered draft resolutions A/C.2/74/L.9, L.12/Rev.1 and L.15,\n",
        {"A/C.2/74/L.9", "A/C.2/74/L.12/Rev.1", "A/C.2/74/L.15"},
    ),
    (
        "fr",
        GA["fr"] + "Ayant examiné les projets de résolution A/C.2/74/L.9 et L.12/Rev.1,\n",
        {"A/C.2/74/L.9", "A/C.2/74/L.12/Rev.1"},
    ),
    (
        "zh",
        GA["zh"] + "审议了决议草案A/C.2/74/L.9号及第L.12/Rev.1号，\n",
        {"A/C.2/74/L.9", "A/C.2/74/L.12/Rev.1"},
    ),
    (
        "es",
        GA["es"] + "Habiendo examinado los informes A/74/280/Add.1 y Add.2/Corr.1,\n",
        {"A/74/280/Add.1", "A/74/280/Add.2/Corr.1"},
    ),
]

# … look-alikes: an element of another kind after the list word, a symbol of its own
REVISED_MEMBERS_SAME: list[tuple[str, str, set[str]]] = [
    (
        "en",
        GA["en"] + "Having considered draft resolution A/C.2/74/L.9 and Corr.1,\n",
        {"A/C.2/74/L.9", "A/C.2/74/L.9/Corr.1"},
    ),
    (
        "en",
        GA["en"] + "Having considered draft resolutions A/C.2/74/L.9 and A/C.2/74/L.12/Rev.1,\n",
        {"A/C.2/74/L.9", "A/C.2/74/L.12/Rev.1"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "symbols"), by_language(REVISED_MEMBERS, REVISED_MEMBERS_SAME))
def test_revised_members(lang: str, text: str, symbols: set[str]) -> None:
    assert targets_of(text, lang) == symbols
