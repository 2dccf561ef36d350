"""Forms met reading real public texts in Arabic, Russian and Chinese of kinds earlier passes had
not read (issue 7, pass 41c: General Assembly resolutions copied whole on news and reference sites,
the Assembly's rules of procedure with their history, reports of the Secretary-General and treaty
bodies' concluding observations, Arab League and Arab press texts on the Assembly's and the
Council's resolutions, Russian reference pages and encyclopaedias, Chinese ministries' statements,
law journals and encyclopaedia-like pages in both scripts), each written for these tests in UN style
(numbers, dates, titles and wording invented)."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

Row = tuple[str, str, list[tuple[str | None, str | None, str | None]]]


def _cites(text: str, lang: str) -> list[tuple[str | None, str | None, str | None]]:
    res = extract_text(text, lang=lang)
    return [(c.target, c.date, c.pinpoint) for c in res.citations]


# An Arabic special session's mark typed with the hamza over the alif ("(د أ-2)", "دأ-26/2",
# "دأط-10/18"), as texts outside the Organization write it: the special (or emergency special)
# session's resolution, as with the hamza under it (the number was read as no session's, or missed).
SPECIAL_MARK: list[Row] = [
    (
        "ar",
        "وأشارت اللجنة إلى المهام التي أسندت إليها بموجب قرار الجمعية العامة رقم 187 (د أ-2)"
        " الصادر في 6 أيار/مايو 1948.",
        [("A/RES/187(S-II)", "1948-05-06", None)],
    ),
    (
        "ar",
        "وإذ تشير إلى قرارها دأ-26/2 المؤرخ 27 حزيران/يونيه 2001،",
        [("A/RES/S-26/2", "2001-06-27", None)],
    ),
    (
        "ar",
        "وإذ تشير إلى قرارها دأط-10/18 المؤرخ 16 كانون الثاني/يناير 2009،",
        [("A/RES/ES-10/18", "2009-01-16", None)],
    ),
]

# A month's pair of names the other way round, the Western name first ("22 نوفمبر/تشرين الثاني
# 1974", "24 مايو (أيار) 2018"), as the Arab press and copies write it: the date (was missed).
REVERSED_MONTH: list[Row] = [
    (
        "ar",
        "تنفيذا لقرار الجمعية العامة 3237 (د-29) الصادر في 22 نوفمبر/تشرين الثاني 1974، قررت اللجنة ما يلي.",
        [("A/RES/3237(XXIX)", "1974-11-22", None)],
    ),
    (
        "ar",
        "وفقا لقرار مجلس الأمن 2417 (2018) المؤرخ 24 مايو (أيار) 2018، قدم الأمين العام تقريره.",
        [("S/RES/2417(2018)", "2018-05-24", None)],
    ),
    (
        "ar",
        "بموجب قرار الجمعية العامة 1803 (د-17) الصادر في 14 ديسمبر/ كانون الأول 1962.",
        [("A/RES/1803(XVII)", "1962-12-14", None)],
    ),
]

# A resolution of the United Nations Conference on Trade and Development, numbered with its session
# in Roman numerals like the Assembly's early ones ("resolution 93 (IV) of the Conference",
# "贸发会议第93(IV)号决议"): the Conference's, which has no id here (it was read as the Assembly's).
UNCTAD: list[Row] = [
    ("zh", "参考联合国贸易和发展会议1976年5月30日第93(IV)号决议,", [(None, "1976-05-30", None)]),
    (
        "ru",
        "ссылаясь на резолюцию 93 (IV) Конференции Организации Объединенных Наций по торговле и развитию"
        " от 30 мая 1976 года,",
        [(None, "1976-05-30", None)],
    ),
    (
        "ar",
        "وإذ تشير إلى قرار مؤتمر الأمم المتحدة للتجارة والتنمية 93 (د-4) المؤرخ 30 أيار/مايو 1976،",
        [(None, "1976-05-30", None)],
    ),
    (
        "en",
        "Recalling resolution 93 (IV) of the United Nations Conference on Trade and Development"
        " of 30 May 1976,",
        [(None, "1976-05-30", None)],
    ),
]

# The Council named after the number as the one that issued it ("القرار 2216 الذي أصدره مجلس الأمن"),
# and a month's pair of names joined by a hyphen ("17 اذار-مارس 2011", "10 أيلول - سبتمبر 2012"),
# as the Arab press writes them: the Council's resolution and the date (were missed).
ISSUED_BY: list[Row] = [
    (
        "ar",
        "اتخذت تدابير لتطبيق القرار 2216 الذي أصدره مجلس الأمن في 14 نيسان/أبريل 2015.",
        [("S/RES/2216(2015)", "2015-04-14", None)],
    ),
    (
        "ar",
        "دعت الجامعة إلى تنفيذ القرار 2334 الذي اصدره مجلس الامن الدولي.",
        [("S/RES/2334(2016)", None, None)],
    ),
    (
        "ar",
        "وفقا لقرار مجلس الأمن 2231 (2015) الصادر في 20 تموز-يوليو 2015، قدم الأمين العام تقريره.",
        [("S/RES/2231(2015)", "2015-07-20", None)],
    ),
    (
        "ar",
        "وإذ تشير إلى قرارها 66/290 المؤرخ 10 أيلول - سبتمبر 2012،",
        [("A/RES/66/290", "2012-09-10", None)],
    ),
]

# The Assembly's session stated in the sentence, before or after its name ("第十五届联合国大会",
# "大会第三届会议", "на XXIX сессии Генеральной Ассамблеи"), and a number of its first thirty
# sessions without their bracket ("第1514号决议", "резолюция 3314"): that session's resolution
# (it was missed).
SESSION_STATED: list[Row] = [
    # (the date that opens the sentence is the number's since pass 43c: tests/test_real43c.py)
    (
        "zh",
        "1960年12月14日，第十五届联合国大会通过了第1514号决议。",
        [("A/RES/1514(XV)", "1960-12-14", None)],
    ),
    ("zh", "第二十九屆聯大通過的第3314號決議界定了侵略的定義。", [("A/RES/3314(XXIX)", None, None)]),
    ("zh", "大会第三届会议通过了第260号决议,并开放供签署。", [("A/RES/260(III)", None, None)]),
    ("zh", "1950年第5届联大通过的第377号决议常被援引。", [("A/RES/377(V)", None, None)]),
    (
        "ru",
        "Резолюция 3314 Генеральной Ассамблеи ООН об определении агрессии была принята 14 декабря 1974 г."
        " на XXIX сессии Генеральной Ассамблеи.",
        [("A/RES/3314(XXIX)", None, None)],
    ),
    (
        "ru",
        "На XV сессии Генеральной Ассамблеи ООН была принята резолюция 1514 о предоставлении независимости"
        " колониальным странам.",
        [("A/RES/1514(XV)", None, None)],
    ),
]

# The Assembly named with a number of its first thirty sessions alone ("联大第2758号决议", "резолюция
# Генеральной Ассамблеи 1514", "قرار الجمعية العامة 181"), as ministries' statements and the press
# write the best-known ones: the session the Assembly's known numbers leave (they rise from session to
# session), not when the number falls between two sessions' (it was missed).
ANCHORED: list[Row] = [
    ("zh", "外交部重申，联大第2758号决议并未处理有关问题。", [("A/RES/2758(XXVI)", None, None)]),
    ("zh", "聯合國大會第1514號決議宣布必須迅速結束殖民主義。", [("A/RES/1514(XV)", None, None)]),
    (
        "ru",
        "согласно резолюции Генеральной Ассамблеи 1514 о предоставлении независимости колониальным странам",
        [("A/RES/1514(XV)", None, None)],
    ),
    ("ru", "Резолюция 3379 Генеральной Ассамблеи была позднее отменена.", [("A/RES/3379(XXX)", None, None)]),
    (
        "ar",
        "وطالب البيان بتنفيذ قرار الجمعية العامة 181 بشأن مستقبل الحكم في فلسطين.",
        [("A/RES/181(II)", None, None)],
    ),
    (
        "ar",
        "وأشار إلى قرار الجمعية العامة للأمم المتحدة رقم 3379 الصادر عام 1975.",
        [("A/RES/3379(XXX)", None, None)],
    ),
]

# An Arabic number with its session in words, or in figures, in its bracket ("قرار رقم 181 (الدورة
# الثانية)", "(الدورة 30)"), as copies of the Assembly's early texts head them, and the date after it:
# that session's resolution, dated (it was missed).
SESSION_WORDS: list[Row] = [
    (
        "ar",
        "الجمعية العامة. قرار رقم 181 (الدورة الثانية) بتاريخ 29 تشرين الثاني/نوفمبر 1947 بشأن مستقبل الحكم.",
        [("A/RES/181(II)", "1947-11-29", None)],
    ),
    ("ar", "وفقا للقرار 2200 (الدورة الحادية والعشرون) بشأن العهدين،", [("A/RES/2200(XXI)", None, None)]),
    (
        "ar",
        "أشار البيان إلى قرار رقم 3379 (الدورة 30) المؤرخ 10 تشرين الثاني/نوفمبر 1975.",
        [("A/RES/3379(XXX)", "1975-11-10", None)],
    ),
]

# The Council's marked number after its name with the date's preposition before the date, a year
# and month with no day, or the link alone ("安理会于2014年3月27日通过的第2149号决议", "安理会于2011年6月
# 通过的第1988号决议", "安理会通过的第1540号决议"), as Hong Kong's papers on the sanctions and the press
# write them: the Council's resolution, its year from the date or the numbering (it was missed).
COUNCIL_DATED: list[Row] = [
    ("zh", "制裁措施载于安理会于2011年6月通过的第1988号决议。", [("S/RES/1988(2011)", None, None)]),
    (
        "zh",
        "安理会于2014年3月27日通过的第2149号决议延长了特派团的任务。",
        [("S/RES/2149(2014)", "2014-03-27", None)],
    ),
    ("zh", "行政長官須實施安理會於2013年12月通過的第2127號決議。", [("S/RES/2127(2013)", None, None)]),
    ("zh", "安理会2009年6月通过的第1874号决议规定了新的措施。", [("S/RES/1874(2009)", None, None)]),
    ("zh", "安理会通过的第1540号决议要求各国加强出口管制。", [("S/RES/1540(2004)", None, None)]),
]

# Look-alikes that must stay as they were: a number with a slash of a later session, the session of
# the Assembly with another body's number in the sentence, and the
# Conference's short name before an Assembly's resolution.
STAY: list[Row] = [
    ("zh", "第七十六届联合国大会通过了第76/1号决议。", [("A/RES/76/1", None, None)]),
    # (a session past the thirtieth that adopted the number: that session's, read by pass 45c)
    ("zh", "第三十一届联合国大会通过了第16号决议。", [("A/RES/31/16", None, None)]),
    ("zh", "第二十六届联合国大会期间，安理会通过了第300号决议。", [(None, None, None)]),
    ("ru", "На 70-й сессии Генеральной Ассамблеи принята резолюция 70/1.", [("A/RES/70/1", None, None)]),
    (
        "ru",
        "На XXX сессии Генеральной Ассамблеи обсуждалась резолюция 2758 (XXVI).",
        [("A/RES/2758(XXVI)", None, None)],
    ),
    (
        "en",
        "Taking note of the report of UNCTAD, and recalling General Assembly resolution 70/1,",
        [("A/RES/70/1", None, None)],
    ),
    ("zh", "注意到贸发会议的报告,并回顾大会第70/1号决议,", [("A/RES/70/1", None, None)]),
    ("zh", "安理会2016年第2334号决议", [("S/RES/2334(2016)", None, None)]),
    ("zh", "缔约方大会第2号决议", []),
    ("zh", "大会第186号决议", []),
    ("ar", "وفقا لقرار الجمعية العامة للأمم المتحدة 186،", []),
    (
        "ar",
        "وإذ تشير إلى قرار الجمعية العامة 2758 (د-26) المؤرخ 25 تشرين الأول/أكتوبر 1971،",
        [("A/RES/2758(XXVI)", "1971-10-25", None)],
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "cites"),
    SPECIAL_MARK
    + REVERSED_MONTH
    + ISSUED_BY
    + UNCTAD
    + SESSION_STATED
    + ANCHORED
    + SESSION_WORDS
    + COUNCIL_DATED
    + STAY,
)
def test_real41c(lang: str, text: str, cites: list[tuple[str | None, str | None, str | None]]) -> None:
    assert _cites(text, lang) == cites


# The Assembly named with an old number and its date, which both the date rule (find_old) and the
# known numbers' rule (find_assembly) can read: one record, dated (each rule alone gave one; merged,
# both read it, and the number stood twice).
READ_ONCE: list[Row] = [
    (
        "ru",
        "ссылаясь на резолюцию Генеральной Ассамблеи 1514 от 14 декабря 1960 года"
        " о предоставлении независимости,",
        [("A/RES/1514(XV)", "1960-12-14", None)],
    ),
    (
        "ar",
        "وإذ تشير إلى قرار الجمعية العامة 1514 المؤرخ 14 كانون الأول/ديسمبر 1960 بشأن منح الاستقلال،",
        [("A/RES/1514(XV)", "1960-12-14", None)],
    ),
    (
        "zh",
        "回顾大会1960年12月14日第1514号决议，",
        [("A/RES/1514(XV)", "1960-12-14", None)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "cites"), READ_ONCE)
def test_old_number_read_once(
    lang: str, text: str, cites: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert _cites(text, lang) == cites
