"""Forms met reading real public UN texts in Russian, Arabic and Chinese (issue 7, pass 38c:
Security Council resolutions and presidential statements, Human Rights Council resolutions,
decisions of the climate change conferences, un.org web copies of Assembly resolutions, and
third-party copies with their own headers), each written for these tests in UN style (numbers,
dates, topics and wording invented)."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

_SC_RU = (
    "Резолюция 2641 (2022),\nпринятая Советом Безопасности на его 9087-м заседании 14 июля 2022 года\n\n"
    "Совет Безопасности,\n\n"
)
_SC_EN = "Resolution 2641 (2022)\nAdopted by the Security Council at its 9087th meeting, on 14 July 2022\n\n"
_SC_AR = "القرار 2641 (2022)\nالذي اتخذه مجلس الأمن في جلسته 9087 المعقودة في 14 تموز/يوليه 2022\n\n"
_SC_ZH = "第2641(2022)号决议\n2022年7月14日安全理事会第9087次会议通过\n\n安全理事会,\n\n"


def _found(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    return [(c.target, c.date) for c in extract_text(text, lang=lang).citations]


# The Council's numbers without their years in its own text, a list whose items each have their
# date after them ("resolutions 2457 of 27 February 2019 and 2539 of 28 August 2020"), or before
# them in Chinese ("2019年2月27日第2457号和2020年8月28日第2539号决议"): every item, with its date.
# (language, text, (target, date) of each citation)
COUNCIL_DATED_LISTS: list[tuple[str, str, list[tuple[str | None, str | None]]]] = [
    (
        "ru",
        _SC_RU + "ссылаясь на свои предыдущие резолюции по этому вопросу, в частности резолюции 2457 от "
        "27 февраля 2019 года и 2539 от 28 августа 2020 года,\n",
        [("S/RES/2457(2019)", "2019-02-27"), ("S/RES/2539(2020)", "2020-08-28")],
    ),
    (
        "en",
        _SC_EN + "The Security Council,\n\nRecalling its previous resolutions on the region, in particular "
        "resolutions 2457 of 27 February 2019 and 2539 of 28 August 2020,\n",
        [("S/RES/2457(2019)", "2019-02-27"), ("S/RES/2539(2020)", "2020-08-28")],
    ),
    (
        "ar",
        _SC_AR + "إن مجلس الأمن،\n\nإذ يشير إلى قراراته السابقة بشأن المنطقة، ولا سيما القرارين 2457 "
        "المؤرخ 27 شباط/فبراير 2019 و 2539 المؤرخ 28 آب/أغسطس 2020،\n",
        [("S/RES/2457(2019)", "2019-02-27"), ("S/RES/2539(2020)", "2020-08-28")],
    ),
    (
        "zh",
        _SC_ZH + "回顾其以往关于该区域的各项决议,特别是2019年2月27日第2457号和2020年8月28日第2539号决议,\n",
        [("S/RES/2457(2019)", "2019-02-27"), ("S/RES/2539(2020)", "2020-08-28")],
    ),
    ("zh", _SC_ZH + "又回顾其2019年2月27日第2457号决议,\n", [("S/RES/2457(2019)", "2019-02-27")]),
    # (past a date, a smaller number is no item of the list: a count, not a resolution)
    (
        "en",
        _SC_EN
        + "The Security Council,\n\nRecalling its resolutions 2457 of 27 February 2019 and 2539 of 28 August "
        "2020 and 15 other texts,\n",
        [("S/RES/2457(2019)", "2019-02-27"), ("S/RES/2539(2020)", "2020-08-28")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "found"), COUNCIL_DATED_LISTS)
def test_council_lists_with_each_items_date(
    lang: str, text: str, found: list[tuple[str | None, str | None]]
) -> None:
    assert _found(text, lang) == found


# The same list after the Council's name in another body's text (a third-party page, an Assembly
# resolution): "Security Council resolutions 305 of 4 April 1971 and 361 of 30 August 1974".
NAMED_COUNCIL_DATED_LISTS: list[tuple[str, str, list[tuple[str | None, str | None]]]] = [
    (
        "en",
        "Recalling Security Council resolutions 305 of 4 April 1971 and 361 of 30 August 1974,\n",
        [("S/RES/305(1971)", "1971-04-04"), ("S/RES/361(1974)", "1974-08-30")],
    ),
    (
        "ru",
        "ссылаясь на резолюции Совета Безопасности 305 от 4 апреля 1971 года и 361 от 30 августа "
        "1974 года,\n",
        [("S/RES/305(1971)", "1971-04-04"), ("S/RES/361(1974)", "1974-08-30")],
    ),
    (
        "es",
        "Recordando las resoluciones del Consejo de Seguridad 305, de 4 de abril de 1971, y 361, de 30 de "
        "agosto de 1974,\n",
        [("S/RES/305(1971)", "1971-04-04"), ("S/RES/361(1974)", "1974-08-30")],
    ),
    # (… and the Arabic press's dates, the year after a word: "4 أبريل لعام 1971", "من العام 1974")
    (
        "ar",
        "يستند القرار إلى قراري مجلس الأمن الدولي 305 الصادر في 4 أبريل لعام 1971 و361 الصادر في 30 أغسطس "
        "من العام 1974.\n",
        [("S/RES/305(1971)", "1971-04-04"), ("S/RES/361(1974)", "1974-08-30")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "found"), NAMED_COUNCIL_DATED_LISTS)
def test_named_council_lists_with_each_items_date(
    lang: str, text: str, found: list[tuple[str | None, str | None]]
) -> None:
    assert _found(text, lang) == found


# Dates and brackets as real texts print them: a unanimous adoption's words before the date
# ("المتخذ بالإجماع في"), the blanks of a justified line between a number and its bracket
# ("1612  (2005)"), a blank after the bracket of an Arabic session's mark ("( د-20 )").
PRINTED_FORMS: list[tuple[str, str, list[tuple[str | None, str | None]]]] = [
    (
        "ar",
        "قرار مجلس الأمن رقم 2733، المتخذ بالإجماع في 12 شباط/فبراير 2024، بشأن الحالة في المنطقة.\n",
        [("S/RES/2733(2024)", "2024-02-12")],
    ),
    (
        "ru",
        "вновь подтверждая свою приверженность осуществлению резолюций  1612  (2005)  и 1882 (2009),\n",
        [("S/RES/1612(2005)", None), ("S/RES/1882(2009)", None)],
    ),
    (
        "en",
        "Reaffirming General Assembly resolution 2625   (XXV) and Security Council resolution "
        "1612  (2005),\n",
        [("A/RES/2625(XXV)", None), ("S/RES/1612(2005)", None)],
    ),
    (
        "ar",
        "وإذ يشير إلى الإعلان الذي اعتمدته الجمعية العامة في قرارها 2625 ( د-25 ) المؤرخ 24 "
        "تشرين الأول/أكتوبر "
        "1970،\n",
        [("A/RES/2625(XXV)", "1970-10-24")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "found"), PRINTED_FORMS)
def test_printed_forms(lang: str, text: str, found: list[tuple[str | None, str | None]]) -> None:
    assert _found(text, lang) == found


# A body named at the end of a heading is not the body of a number that opens the next paragraph
# ("Reports of the President of the Economic and Social Council⏎⏎By resolution 2426 (XXIII) …,
# the General Assembly requested …"): the number is read on its own.
HEADING_BODIES: list[tuple[str, str, list[tuple[str | None, str | None]]]] = [
    (
        "en",
        "Consultations with the President of the Economic and Social Council\n\n"
        "Resolution 2426 (XXIII) of 18 December 1968 asked for further consultations.\n",
        [("A/RES/2426(XXIII)", "1968-12-18")],
    ),
    (
        "ar",
        "المشاورات مع رئيس المجلس الاقتصادي والاجتماعي\n\n"
        "بموجب القرار 2426 (د-23) المؤرخ 18 كانون الأول/ديسمبر 1968، طلبت الجمعية العامة إجراء مشاورات.\n",
        [("A/RES/2426(XXIII)", "1968-12-18")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "found"), HEADING_BODIES)
def test_heading_body_is_not_the_next_paragraphs(
    lang: str, text: str, found: list[tuple[str | None, str | None]]
) -> None:
    assert _found(text, lang) == found


# Russian texts of the climate change conferences type a coded decision's code in Cyrillic
# look-alikes ("решение 1/СР.24", "2/СМА.4"): the decision all the same.
CYRILLIC_CODES: list[tuple[str, list[str | None]]] = [
    (
        "Конференция Сторон,\n\nссылаясь на решение 3/СР.24 о порядке работы,\n"
        "далее ссылаясь на решения 1/СР.25 и 2/СР.26,\n",
        ["FCCC/CP/DEC/24/3", "FCCC/CP/DEC/25/1", "FCCC/CP/DEC/26/2"],
    ),
    (
        "Конференция Сторон, действующая в качестве совещания Сторон Парижского соглашения,\n\n"
        "ссылаясь на решение 4/СМА.2,\n",
        ["FCCC/PA/CMA/DEC/2/4"],
    ),
]


@pytest.mark.parametrize(("text", "targets"), CYRILLIC_CODES)
def test_coded_decisions_in_cyrillic_look_alikes(text: str, targets: list[str | None]) -> None:
    assert [c.target for c in extract_text(text, lang="ru").citations] == targets


# A list whose items each have their topic set off by a dash ("резолюции 9/7 – о … и 9/8 – о …"):
# every item is the list's.
DASHED_TOPICS: list[tuple[str, str, list[str | None]]] = [
    (
        "ru",
        "ссылаясь на резолюции Совета по правам человека 9/7 – о праве на развитие и 9/8 – о правах "
        "человека и солидарности,\n",
        ["A/HRC/RES/9/7", "A/HRC/RES/9/8"],
    ),
    (
        "en",
        "Recalling Human Rights Council resolutions 9/7 – on the right to development – and 9/8 – on human "
        "rights and solidarity,\n",
        ["A/HRC/RES/9/7", "A/HRC/RES/9/8"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "targets"), DASHED_TOPICS)
def test_list_items_with_dashed_topics(lang: str, text: str, targets: list[str | None]) -> None:
    assert [c.target for c in extract_text(text, lang=lang).citations] == targets


# The un.org web copies of Assembly resolutions in Arabic open with the number, blanks around its
# slash and before the title ("53 / 77   العنوان"): the text's own number.
WEB_HEADINGS: list[tuple[str, str]] = [
    (
        "53 / 77   مسائل نزع السلاح\n\nإن الجمعية العامة،\n\n"
        "إذ تشير إلى قرارها 51/45 المؤرخ 10 كانون الأول/ديسمبر 1996،\n",
        "A/RES/53/77",
    ),
    (
        "53/77   مسائل نزع السلاح\n\nإن الجمعية العامة،\n\n"
        "إذ تشير إلى قرارها 51/45 المؤرخ 10 كانون الأول/ديسمبر 1996،\n",
        "A/RES/53/77",
    ),
]


@pytest.mark.parametrize(("text", "own"), WEB_HEADINGS)
def test_arabic_web_copy_heading_number(text: str, own: str) -> None:
    res = extract_text(text, lang="ar")
    assert res.document.source_id == own
    assert [c.target for c in res.citations] == ["A/RES/51/45"]


# The Convention on racial discrimination named without its first word ("International"), as
# Human Rights Council texts list it among the other conventions: the same treaty.
SHORT_ICERD: list[tuple[str, str]] = [
    (
        "ru",
        "вновь подтверждая Конвенцию о правах ребенка и Конвенцию о ликвидации всех форм расовой "
        "дискриминации,\n",
    ),
    ("ar", "وإذ يؤكد من جديد اتفاقية حقوق الطفل واتفاقية القضاء على جميع أشكال التمييز العنصري،\n"),
    ("zh", "重申《儿童权利公约》和《消除一切形式种族歧视公约》,\n"),
]


@pytest.mark.parametrize(("lang", "text"), SHORT_ICERD)
def test_racial_discrimination_convention_short_title(lang: str, text: str) -> None:
    assert "UNTS/660/9464" in [c.target for c in extract_text(text, lang=lang).citations]
