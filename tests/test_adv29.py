"""Adversarial rows for the rules of session 22 that tests/test_adv28.py left (issue 7): Arabic
names written without the hamza of their alef, treaty notes by volume and page, a State's organ
as the subject of an Arabic clause, run-together headings, sessions by the calendar.  Forms the
rules missed (a hamza dropped in any name, not only the few listed; "第2225卷第209页" without its
comma; courts, ministries and chambers with their complement; a list of an organ's numbers) and
near misses each must leave alone (a cited number before a body's name in a report's sentence,
other volumes and pages, the United Nations' own bodies issuing a text).  The passages are
invented for these tests."""

from __future__ import annotations

import pytest

from passages import GA, by_language, ga_targets, targets_of
from rescite.engine.extract import extract_text
from rescite.grammar import lexicon

_UDHR, _ICCPR, _CHARTER = "A/RES/217A(III)", "UNTS/999/14668", "pub:charter-of-the-united-nations"

# (language, paragraph of an Assembly text, its distinct targets): a name's alef without its hamza
_ALEF: list[tuple[str, str, set[str]]] = [
    ("ar", "وإذ تشير إلى قرار الجمعية العامة للامم المتحدة 70/1،", {"A/RES/70/1"}),
    ("ar", "وإذ تشير إلى ميثاق الامم المتحدة والاعلان العالمي لحقوق الانسان،", {_CHARTER, _UDHR}),
    (
        "ar",
        "وإذ تشير إلى العهد الدولي الخاص بالحقوق المدنية والسياسية والاعلان العالمي لحقوق الانسان،",
        {_ICCPR, _UDHR},
    ),
]
_ALEF_SAME: list[tuple[str, str, set[str]]] = [
    ("ar", "وإذ تشير إلى قرار مجلس الامن التابع للامم المتحدة 2254 (2015)،", {"S/RES/2254(2015)"}),
    ("ar", "وإذ تشير إلى ميثاق الأمم المتحدة والإعلان العالمي لحقوق الإنسان،", {_CHARTER, _UDHR}),
    ("ar", "وإذ تلاحظ أن قرار مجلس الامن القومي 12 لعام 2019 لم ينفذ،", set()),
    (
        "ar",
        "وإذ تشير إلى قرارات مجلس الامن 1325 (2000) و 1820 (2008)،",
        {"S/RES/1325(2000)", "S/RES/1820(2008)"},
    ),
]


@pytest.mark.parametrize(("lang", "para", "targets"), by_language(_ALEF, _ALEF_SAME))
def test_alef_without_its_hamza(lang: str, para: str, targets: set[str]) -> None:
    assert ga_targets(lang, para) == targets


@pytest.mark.parametrize(
    ("table", "name"),
    [("instrument_names", "الإعلان العالمي لحقوق الإنسان"), ("body_names", "الجمعية العامة للأمم المتحدة")],
)
def test_a_names_plain_spelling_is_the_same_name(table: str, name: str) -> None:
    names = getattr(lexicon.load(), table)
    plain = name.replace("\u0623", "\u0627").replace("\u0625", "\u0627")
    assert plain != name
    assert names[lexicon.fold(plain)] == names[lexicon.fold(name)]


_OR_RU = "Официальные отчеты Генеральной Ассамблеи, пятьдесят пятая сессия, Дополнение № 49 (A/55/49)"
# a treaty's note by volume and page, and other volumes and pages
_NOTES: list[tuple[str, str, set[str]]] = [
    ("zh", "回顾该公约1，\n__________\n1 联合国，《条约汇编》，第2225卷第209页。", {"UNTS/2225/39574"}),
    ("zh", "回顾该公约1，\n__________\n1 联合国，《条约汇编》，第1577卷、第3页。", {"UNTS/1577/27531"}),
]
_NOTES_SAME: list[tuple[str, str, set[str]]] = [
    ("ru", "ссылаясь на доклад¹,\n__________\n¹ " + _OR_RU + ", т. 1, с. 3.", {"A/55/49"}),
    (
        "ru",
        "ссылаясь на статьи¹,\n__________\n¹ Ежегодник Комиссии международного права, 2001 год, т. 2, с. 26.",
        set(),
    ),
    (
        "zh",
        "回顾该报告1，\n__________\n1 《大会正式记录，第五十五届会议，补编第49号》(A/55/49)，第1卷，第3页。",
        {"A/55/49"},
    ),
    (
        "ar",
        "وإذ تشير إلى التقرير(1)،\n__________\n(1) الوثائق الرسمية للجمعية العامة، الدورة الخامسة والخمسون، "
        "الملحق رقم 49 (A/55/49)، المجلد 1، الصفحة 3.",
        {"A/55/49"},
    ),
    (
        "ar",
        "وإذ تشير إلى الاتفاقية(1)،\n__________\n"
        "(1) الامم المتحدة، مجموعة المعاهدات، المجلد 2225، الصفحة 209.",
        {"UNTS/2225/39574"},
    ),
]


@pytest.mark.parametrize(("lang", "para", "targets"), by_language(_NOTES, _NOTES_SAME))
def test_treaty_notes_by_volume_and_page(lang: str, para: str, targets: set[str]) -> None:
    assert ga_targets(lang, para) == targets


# (language, a sentence of a treaty body's text, its distinct targets; "" an unresolved record):
# a State's organ as the subject, with its complement, in the plural, or adopting a list
_ORGANS: list[tuple[str, str, set[str]]] = [
    ("ar", "وتلاحظ اللجنة أن وزارة العدل أصدرت القرار 2018/117 بشأن هذه المسألة.", {""}),
    ("ar", "وتلاحظ اللجنة أن المحاكم العليا أصدرت القرارين 2018/117 و 2018/118 بشأن هذه المسألة.", {""}),
    ("ar", "وتلاحظ اللجنة أن مجلس النواب أصدر القرار 2018/117 بشأن هذه المسألة.", {""}),
    ("ar", "وتلاحظ اللجنة أن البرلمان اعتمد القرارين 2019/4 و 2019/5 بشأن هذه المسألة.", {""}),
    (
        "en",
        "The Committee notes that the Parliament adopted resolutions 2019/4 and 2019/5 on the matter.",
        {""},
    ),
    ("fr", "Le Comité note que le Parlement a adopté les résolutions 2019/4 et 2019/5 à ce sujet.", {""}),
]
_ORGANS_SAME: list[tuple[str, str, set[str]]] = [
    ("ar", "وتلاحظ اللجنة أن الجمعية العامة أصدرت القرار 70/1 بشأن التنمية المستدامة.", {"A/RES/70/1"}),
    (
        "ar",
        "وتلاحظ اللجنة أن المجلس الاقتصادي والاجتماعي أصدر القرار 2018/5 بشأن هذه المسألة.",
        {"E/RES/2018/5"},
    ),
    ("ar", "وتلاحظ اللجنة أن مجلس حقوق الإنسان أصدر القرار 31/7 بشأن هذه المسألة.", {"A/HRC/RES/31/7"}),
    ("ar", "وتلاحظ اللجنة أن الجمعية العامة اعتمدت بموجب قرارها 70/1 خطة التنمية المستدامة.", {"A/RES/70/1"}),
    (
        "en",
        "The Committee notes that the Parliament adopted resolution 2019/4 and General Assembly "
        "resolution 70/1.",
        {"", "A/RES/70/1"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "targets"), by_language(_ORGANS, _ORGANS_SAME))
def test_a_states_organ_as_the_subject(lang: str, text: str, targets: set[str]) -> None:
    res = extract_text(text, lang=lang)
    assert {c.target or "" for c in res.citations} == targets
    assert all(c.body == "ORG" for c in res.citations if c.target is None)


_TAIL_RU = (
    " вновь подтверждая, что торговля людьми представляет собой серьезное преступление и грубое нарушение "
    "прав человека, приветствуя доклад Генерального секретаря (A/73/263),"
)
# (language, passage, its own id, its distinct targets): run-together headings of other bodies,
# and a report's sentence that cites a number before the body's name in the nominative
_HEADINGS: list[tuple[str, str, str | None, set[str]]] = [
    (
        "ru",
        "Резолюция 44/4 Совет по правам человека, ссылаясь на свою резолюцию 41/2," + _TAIL_RU,
        "A/HRC/RES/44/4",
        {"A/HRC/RES/41/2", "A/73/263"},
    ),
    (
        "ru",
        "Резолюция 2388 (2017) Совет Безопасности, ссылаясь на свою резолюцию 2195 (2014)," + _TAIL_RU,
        "S/RES/2388(2017)",
        {"S/RES/2195(2014)", "A/73/263"},
    ),
    (
        "ru",
        "В резолюции 73/146 Генеральная Ассамблея, признавая серьезность проблемы, просила Генерального "
        "секретаря представить доклад.",
        None,
        {"A/RES/73/146"},
    ),
    (
        "ar",
        "في القرار 73/146، طلبت الجمعية العامة، إذ تشير إلى قرارها 72/195، إلى الأمين العام تقديم تقرير.",
        None,
        {"A/RES/73/146", "A/RES/72/195"},
    ),
    (
        "zh",
        "根据第73/146号决议 大会，回顾其第72/195号决议，请秘书长提交报告。",
        None,
        {"A/RES/73/146", "A/RES/72/195"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "own", "targets"), by_language([], _HEADINGS))
def test_run_together_headings_and_cited_numbers(
    lang: str, text: str, own: str | None, targets: set[str]
) -> None:
    res = extract_text(text, lang=lang)
    assert res.document.source_id == own
    assert {c.target or "" for c in res.citations} == targets


# sessions by the calendar: the numbers of other bodies, and other shapes, keep their reading
_SESSIONS: list[tuple[str, str, set[str]]] = [
    (
        "en",
        "The Human Rights Council,\n\nRecalling its resolutions 62/7 and 63/3,",
        {"A/HRC/RES/62/7", "A/HRC/RES/63/3"},
    ),
    (
        "fr",
        GA["fr"] + "Rappelant les résolutions 81/14 et 81/15 de l'Assemblée générale,",
        {"A/RES/81/14", "A/RES/81/15"},
    ),
    ("ru", GA["ru"] + "ссылаясь на резолюцию 62/7 Совета по правам человека,", {"A/HRC/RES/62/7"}),
    ("zh", GA["zh"] + "回顾人权理事会第62/7号决议，", {"A/HRC/RES/62/7"}),
    (
        "en",
        "The Human Rights Council,\n\nRecalling General Assembly resolution 62/7 of 8 December 2007,",
        {"A/RES/62/7"},
    ),
    ("en", GA["en"] + "Recalling its resolution 88/3,", {""}),
    ("en", GA["en"] + "Noting paragraph 81/14 of the report,", set()),
]


@pytest.mark.parametrize(("lang", "text", "targets"), by_language([], _SESSIONS))
def test_sessions_of_other_bodies(
    monkeypatch: pytest.MonkeyPatch, lang: str, text: str, targets: set[str]
) -> None:
    monkeypatch.setattr(lexicon, "_YEAR_NOW", 2026.93)
    assert targets_of(text) == targets
