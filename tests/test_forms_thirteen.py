"""Forms left out by forms twelve, found by passages written in UN style for these tests
(invented numbers, dates and topics): a Chinese list whose second number has its own noun (over a
line break or not), short-form symbol lists after a range, Chinese ranges of drafts, a Chinese
sentence cut by notes with no page line after them, running headers with a very short title.
Each form with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from passages import by_language, targets_of
from rescite.engine.extract import extract_text

# (language, text, targets cited)
LIST_BODIES: list[tuple[str, str, set[str]]] = [
    # Chinese: the second number of the Council's list has its own noun, on the next line
    ("zh", "大会，\n回顾人权理事会第41/2号决议\n和第35/20号决议，\n", {"A/HRC/RES/41/2", "A/HRC/RES/35/20"}),
    ("zh", "大会，\n回顾人权理事会第41/2号决议和第35/20号决议，\n", {"A/HRC/RES/41/2", "A/HRC/RES/35/20"}),
    (
        "zh",
        "大会，\n又回顾人权理事会2022年10月7日第51/9号决议\n和第53/12号决议，\n",
        {"A/HRC/RES/51/9", "A/HRC/RES/53/12"},
    ),
    (
        "zh",
        "大会，\n又回顾人权理事会第51/9号决议、\n第53/12号决议，\n",
        {"A/HRC/RES/51/9", "A/HRC/RES/53/12"},
    ),
    (
        "zh",
        "大会，\n又回顾麻醉药品委员会第61/2号决议\n及第64/5号决议，\n",
        {"E/CN.7/RES/61/2", "E/CN.7/RES/64/5"},
    ),
]

# … look-alikes: a second body named, a possessive, bodies in turn, other languages
LIST_BODIES_SAME: list[tuple[str, str, set[str]]] = [
    (
        "zh",
        "大会，\n欢迎预防犯罪和刑事司法委员会第27/3号决议\n以及第30/1号决议，\n",
        {"E/CN.15/RES/27/3", "E/CN.15/RES/30/1"},
    ),
    (
        "zh",
        "大会，\n又回顾安全理事会第2417(2018)号决议\n以及第2573(2021)号决议，\n",
        {"S/RES/2417(2018)", "S/RES/2573(2021)"},
    ),
    (
        "zh",
        "大会，\n注意到人权理事会第46/3号决定\n和第49/115号决定，\n",
        {"A/HRC/DEC/46/3", "A/HRC/DEC/49/115"},
    ),
    ("zh", "大会，\n回顾人权理事会第41/2号决议和大会第35/20号决议，\n", {"A/HRC/RES/41/2", "A/RES/35/20"}),
    ("zh", "大会，\n回顾其第61/144号决议\n和第64/178号决议，\n", {"A/RES/61/144", "A/RES/64/178"}),
    (
        "zh",
        "大会，\n回顾大会和人权理事会分别通过的第60/251号决议和第5/1号决议，\n",
        {"A/RES/60/251", "A/HRC/RES/5/1"},
    ),
    (
        "zh",
        "大会，\n回顾人权理事会2019年7月11日第41/2号决议\n和2017年6月22日第35/20号决议，\n",
        {"A/HRC/RES/41/2", "A/HRC/RES/35/20"},
    ),
    (
        "en",
        "The General Assembly,\nRecalling Human Rights Council resolutions 41/2\nand 35/20,\n",
        {"A/HRC/RES/41/2", "A/HRC/RES/35/20"},
    ),
    (
        "fr",
        "L'Assemblée générale,\nRappelant les résolutions du Conseil des droits de l'homme 41/2\net 35/20,\n",
        {"A/HRC/RES/41/2", "A/HRC/RES/35/20"},
    ),
    (
        "es",
        "La Asamblea General,\nRecordando las resoluciones del Consejo de Derechos Humanos 41/2\ny 35/20,\n",
        {"A/HRC/RES/41/2", "A/HRC/RES/35/20"},
    ),
    (
        "ru",
        "Генеральная Ассамблея,\nссылаясь на резолюции Совета по правам человека 41/2\nи 35/20,\n",
        {"A/HRC/RES/41/2", "A/HRC/RES/35/20"},
    ),
    (
        "ar",
        "إن الجمعية العامة،\nإذ تشير إلى قراري مجلس حقوق الإنسان 41/2\nو 35/20،\n",
        {"A/HRC/RES/41/2", "A/HRC/RES/35/20"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "targets"), by_language(LIST_BODIES, LIST_BODIES_SAME))
def test_list_bodies(lang: str, text: str, targets: set[str]) -> None:
    assert targets_of(text, lang) == targets


# (language, text, symbols cited): a short-form list after a range of elements
RANGE_LISTS: list[tuple[str, str, set[str]]] = [
    (
        "en",
        "The General Assembly,\nHaving considered the summary records (A/C.3/76/SR.9-SR.11 and 15),\n",
        {"A/C.3/76/SR.9", "A/C.3/76/SR.10", "A/C.3/76/SR.11", "A/C.3/76/SR.15"},
    ),
    (
        "en",
        "The General Assembly,\nHaving considered the summary records (A/C.3/76/SR.9-SR.11, 14 and 17-18),\n",
        {
            "A/C.3/76/SR.9",
            "A/C.3/76/SR.10",
            "A/C.3/76/SR.11",
            "A/C.3/76/SR.14",
            "A/C.3/76/SR.17",
            "A/C.3/76/SR.18",
        },
    ),
    (
        "en",
        "The General Assembly,\nHaving considered the summary records (A/C.3/76/SR.9 to SR.11 and SR.20),\n",
        {"A/C.3/76/SR.9", "A/C.3/76/SR.10", "A/C.3/76/SR.11", "A/C.3/76/SR.20"},
    ),
    (
        "fr",
        "L'Assemblée générale,\nAyant examiné les comptes rendus analytiques (A/C.2/75/SR.3 à SR.5 et 8),\n",
        {"A/C.2/75/SR.3", "A/C.2/75/SR.4", "A/C.2/75/SR.5", "A/C.2/75/SR.8"},
    ),
    (
        "es",
        "La Asamblea General,\nHabiendo examinado las actas resumidas (A/C.2/75/SR.3 a SR.5 y 8),\n",
        {"A/C.2/75/SR.3", "A/C.2/75/SR.4", "A/C.2/75/SR.5", "A/C.2/75/SR.8"},
    ),
    (
        "ru",
        "Генеральная Ассамблея,\nрассмотрев краткие отчеты (A/C.2/75/SR.3–SR.5 и 8),\n",
        {"A/C.2/75/SR.3", "A/C.2/75/SR.4", "A/C.2/75/SR.5", "A/C.2/75/SR.8"},
    ),
]

# … look-alikes: a date or a count after the range, a number below the range's end
RANGE_LISTS_SAME: list[tuple[str, str, set[str]]] = [
    (
        "en",
        "The General Assembly,\nHaving considered the drafts A/C.3/76/L.4-L.6 and 9 December 2021,\n",
        {"A/C.3/76/L.4", "A/C.3/76/L.5", "A/C.3/76/L.6"},
    ),
    (
        "en",
        "The General Assembly,\nHaving considered the drafts A/C.3/76/L.4-L.6 and 2 other texts,\n",
        {"A/C.3/76/L.4", "A/C.3/76/L.5", "A/C.3/76/L.6"},
    ),
    (
        "en",
        "The General Assembly,\nHaving considered the summary records (A/C.3/76/SR.9-SR.11 and 3),\n",
        {"A/C.3/76/SR.9", "A/C.3/76/SR.10", "A/C.3/76/SR.11"},
    ),
    (
        "en",
        "The General Assembly,\nHaving considered the summary records (A/C.3/76/SR.9-11 and 15),\n",
        {"A/C.3/76/SR.9", "A/C.3/76/SR.10", "A/C.3/76/SR.11", "A/C.3/76/SR.15"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "symbols"), by_language(RANGE_LISTS, RANGE_LISTS_SAME))
def test_lists_after_ranges(lang: str, text: str, symbols: set[str]) -> None:
    assert targets_of(text, lang) == symbols


# (language, text, symbols cited): Chinese ranges of elements with the number mark after them
ZH_RANGES: list[tuple[str, str, set[str]]] = [
    (
        "zh",
        "大会，\n审议了决议草案A/C.3/77/L.12至L.14号，\n",
        {"A/C.3/77/L.12", "A/C.3/77/L.13", "A/C.3/77/L.14"},
    ),
    (
        "zh",
        "大会，\n审议了第A/C.3/77/L.12至L.14号决议草案，\n",
        {"A/C.3/77/L.12", "A/C.3/77/L.13", "A/C.3/77/L.14"},
    ),
    (
        "zh",
        "大会，\n审议了简要记录（A/C.2/77/SR.6-SR.8和11），\n",
        {"A/C.2/77/SR.6", "A/C.2/77/SR.7", "A/C.2/77/SR.8", "A/C.2/77/SR.11"},
    ),
]

# … look-alikes: the range without the mark, a range's end that is another kind
ZH_RANGES_SAME: list[tuple[str, str, set[str]]] = [
    (
        "zh",
        "大会，\n审议了决议草案A/C.3/77/L.12至L.14，\n",
        {"A/C.3/77/L.12", "A/C.3/77/L.13", "A/C.3/77/L.14"},
    ),
    ("zh", "大会，\n审议了文件A/77/380至Add.3号，\n", {"A/77/380"}),
]


@pytest.mark.parametrize(("lang", "text", "symbols"), by_language(ZH_RANGES, ZH_RANGES_SAME))
def test_chinese_ranges(lang: str, text: str, symbols: set[str]) -> None:
    assert targets_of(text, lang) == symbols


# A Chinese sentence cut by a page's notes with no page line after them: the next line goes on
# the sentence, it is not a note's. (passage, the citations: in a note or not)
NOTES_CUT: list[tuple[str, dict[str, bool]]] = [
    (
        "A/RES/74/143\n大会，\n回顾其2015年12月17日第70/146号和2017年12月19日\n__________\n1 A/72/178。\n"
        "第72/163号决议，\n",
        {"A/RES/70/146": False, "A/72/178": True, "A/RES/72/163": False},
    ),
    (
        "A/RES/74/143\n大会，\n回顾其第70/146号决议和\n__________\n1 见A/72/178。\n第72/163号决议，\n",
        {"A/RES/70/146": False, "A/72/178": True, "A/RES/72/163": False},
    ),
]

# … look-alikes: a note wrapped onto its next line, a clause ended before the notes
NOTES_CUT_SAME: list[tuple[str, dict[str, bool]]] = [
    (
        "A/RES/74/143\n大会，\n回顾其第70/146号决议1，\n__________\n1 见A/72/178，\n另见第72/163号决议。\n",
        {"A/RES/70/146": False, "A/72/178": True, "A/RES/72/163": True},
    ),
    (
        "A/RES/74/143\n大会，\n回顾其第70/146号决议1，\n__________\n1 A/72/178。\n又回顾第72/163号决议，\n",
        {"A/RES/70/146": False, "A/72/178": True, "A/RES/72/163": True},
    ),
]


def _sections(text: str) -> dict[str, bool]:
    return {c.target: c.section == "footnote" for c in extract_text(text, lang="zh").citations if c.target}


@pytest.mark.parametrize(("text", "want"), NOTES_CUT, ids=[f"zh-{i}" for i in range(len(NOTES_CUT))])
def test_sentence_after_notes(text: str, want: dict[str, bool]) -> None:
    assert _sections(text) == want


@pytest.mark.parametrize(
    ("text", "want"), NOTES_CUT_SAME, ids=[f"zh-{i}" for i in range(len(NOTES_CUT_SAME))]
)
def test_sentence_after_notes_look_alikes(text: str, want: dict[str, bool]) -> None:
    assert _sections(text) == want


# A running header of the symbol and a very short title ("A/RES/77/209 Torture") at a page
# break inside a dated list, above or below the page line: it goes, the dates are kept.
# (language, text, the citations with their dates)
_DATED: dict[str, str | None] = {
    "A/RES/61/153": "2006-12-19",
    "A/RES/63/166": "2008-12-18",
    "A/RES/65/205": "2010-12-21",
}
SHORT_HEADERS: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        "The General Assembly,\n\nRecalling its resolutions 61/153 of 19 December 2006, 63/166 of\n"
        "A/RES/77/209 Torture\n23-01456 3/7\n18 December 2008 and 65/205 of 21 December 2010,",
        _DATED,
    ),
    (
        "en",
        "The General Assembly,\n\nRecalling its resolutions 61/153 of 19 December 2006, 63/166 of\n"
        "23-01456 3/7\nA/RES/77/209 Torture\n18 December 2008 and 65/205 of 21 December 2010,",
        _DATED,
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nRappelant ses résolutions 61/153 du 19 décembre 2006, 63/166 du\n"
        "A/RES/77/209 Torture\n23-01456 3/7\n18 décembre 2008 et 65/205 du 21 décembre 2010,",
        _DATED,
    ),
    (
        "es",
        "La Asamblea General,\n\nRecordando sus resoluciones 61/153, de 19 de diciembre de 2006, "
        "63/166, de 18 de\n"
        "A/RES/77/209 Tortura\n23-01456 3/7\ndiciembre de 2008, y 65/205, de 21 de diciembre de 2010,",
        _DATED,
    ),
    (
        "ru",
        "Генеральная Ассамблея,\n\nссылаясь на свои резолюции 61/153 от 19 декабря 2006 года, 63/166 от\n"
        "A/RES/77/209 Пытки\n23-01456 3/7\n18 декабря 2008 года и 65/205 от 21 декабря 2010 года,",
        _DATED,
    ),
    (
        "zh",
        "大会，\n\n回顾其2006年12月19日第61/153号、2008年12月18日第63/166号、\n"
        "A/RES/77/209 酷刑\n23-01456 3/7\n2010年12月21日第65/205号决议，",
        _DATED,
    ),
    (
        "zh",
        "大会，\n\n回顾其2006年12月19日第61/153号、2008年12月18日第63/166号、\n"
        "23-01456 3/7\nA/RES/77/209 酷刑\n2010年12月21日第65/205号决议，",
        _DATED,
    ),
]

# … look-alikes: a symbol and a list word at the page's foot (text), a longer title
SHORT_HEADERS_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        "The General Assembly,\n\nTaking note of the two reports of the Secretary-General\nA/77/302 and\n"
        "23-01456 3/7\nA/77/303,",
        {"A/77/302": None, "A/77/303": None},
    ),
    (
        "en",
        "The General Assembly,\n\nRecalling its resolutions 61/153 of 19 December 2006, 63/166 of\n"
        "A/RES/77/209 Migrant Workers\n23-01456 3/7\n18 December 2008 and 65/205 of 21 December 2010,",
        _DATED,
    ),
]


def _dated(lang: str, text: str) -> dict[str, str | None]:
    res = extract_text(text, lang=lang)
    return {c.target: c.date for c in res.citations if c.target and c.target != res.document.source_id}


@pytest.mark.parametrize(("lang", "text", "want"), by_language(SHORT_HEADERS, SHORT_HEADERS_SAME))
def test_short_running_headers(lang: str, text: str, want: dict[str, str | None]) -> None:
    assert _dated(lang, text) == want
