"""A bare "the Conference of the Parties" ("la Conférence des Parties", "la Conferencia de las
Partes", "Конференции Участников", "مؤتمر الأطراف", "缔约方会议") with a resolution or decision
number: bound to the conference of the convention the text names (or of its own series), else
kept unresolved with the reason — table-driven, passages written for these tests in UN style."""

from __future__ import annotations

import pytest

from passages import assert_passage, by_language
from rescite.engine.extract import extract_text

ROWS: list[tuple[str, str, dict[str, str]]] = [
    (
        "en",
        "The General Assembly,\n\nRecalling the United Nations Convention against Corruption, and welcoming "
        "resolution 7/2 adopted by the Conference of the States Parties on 10 November 2017,",
        {"UNTS/2349/42146": "", "CAC/COSP/RES/7/2": "2017-11-10"},
    ),
    (
        "en",
        "The General Assembly,\n\nReaffirming the United Nations Convention against Transnational Organized "
        "Crime,\n\nNoting decision 6/1 of the Conference of the Parties of 19 October 2012,",
        {"UNTS/2225/39574": "", "CTOC/COP/DEC/6/1": "2012-10-19"},
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nRappelant la Convention des Nations Unies contre la criminalité "
        "transnationale organisée et la résolution 7/1 adoptée par la Conférence des Parties le "
        "10 octobre 2014,",
        {"UNTS/2225/39574": "", "CTOC/COP/RES/7/1": "2014-10-10"},
    ),
    (
        "es",
        "La Asamblea General,\n\nRecordando la Convención de las Naciones Unidas contra la Corrupción y la "
        "resolución 7/2 aprobada por la Conferencia de los Estados Partes el 10 de noviembre de 2017,",
        {"UNTS/2349/42146": "", "CAC/COSP/RES/7/2": "2017-11-10"},
    ),
    (
        "ru",
        "Генеральная Ассамблея,\n\nссылаясь на Конвенцию Организации Объединенных Наций против "
        "транснациональной организованной преступности и приветствуя резолюцию 7/1 Конференции Участников "
        "от 10 октября 2014 года,",
        {"UNTS/2225/39574": "", "CTOC/COP/RES/7/1": "2014-10-10"},
    ),
    (
        "ar",
        "إن الجمعية العامة،\n\nإذ تشير إلى اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية، "
        "وإذ ترحب بالقرار 7/1 الذي اتخذه مؤتمر الأطراف في 10 تشرين الأول/أكتوبر 2014،",
        {"UNTS/2225/39574": "", "CTOC/COP/RES/7/1": "2014-10-10"},
    ),
    (
        "zh",
        "大会，\n\n回顾《联合国打击跨国有组织犯罪公约》，欢迎缔约方会议2014年10月10日第7/1号决议，",
        {"UNTS/2225/39574": "", "CTOC/COP/RES/7/1": "2014-10-10"},
    ),
    # the text's own series names the convention
    (
        "fr",
        "CTOC/COP/2016/15\n\nRappelant la résolution 7/1 de la Conférence des Parties du 10 octobre 2014,",
        {"CTOC/COP/RES/7/1": "2014-10-10"},
    ),
    # no conference, a count, a year: nothing
    (
        "en",
        "The General Assembly,\n\nNoting that the Conference of the Parties held 12 meetings in 2016,",
        {},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(ROWS))
def test_conference_of_the_parties(lang: str, text: str, expected: dict[str, str]) -> None:
    assert_passage(text, dict(expected), skip_own=True, lang=lang)


def test_no_convention_named_keeps_it_unresolved_with_the_reason() -> None:
    res = extract_text("The General Assembly,\n\nNoting decision 9/3 of the Conference of the Parties,")
    [c] = res.citations
    assert c.target is None and c.kind == "unresolved"
    assert c.reason is not None and "conference by its short name" in c.reason
