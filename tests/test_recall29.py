"""Dates without their year and pinpoints before a date (issue 7): a second clause of an
adoption dated by its day and month alone, its year that of a date earlier in the same sentence
("… on 3 October 2019 resolution 42/7 and, on 9 October, resolution 42/15"); a part's letter
after a Roman figure ("sect. II.B") and the Russian abbreviated pinpoints ("разд. II", "п. 3")
before the date of the text.  Passages written for these tests in the style of UN texts."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

#: (passage, {target: (date, pinpoint)}): each target found with that date and pinpoint
FIELDS: list[tuple[str, dict[str, tuple[str | None, str | None]]]] = [
    # a day and month after the joining word: the year of the date before it in the sentence
    (
        "The Human Rights Council adopted on 3 October 2019 resolution 42/7 and, on 9 October,"
        " resolution 42/15.",
        {"A/HRC/RES/42/7": ("2019-10-03", None), "A/HRC/RES/42/15": ("2019-10-09", None)},
    ),
    (
        "Noting that the Human Rights Council adopted on 27 March 2017 resolution 34/12 and, on 4 April,"
        " without a vote, resolution 34/31,",
        {"A/HRC/RES/34/12": ("2017-03-27", None), "A/HRC/RES/34/31": ("2017-04-04", None)},
    ),
    (
        "Le Conseil des droits de l’homme a adopté le 3 octobre 2019 la résolution 42/7 et, le 9 octobre,"
        " la résolution 42/15.",
        {"A/HRC/RES/42/7": ("2019-10-03", None), "A/HRC/RES/42/15": ("2019-10-09", None)},
    ),
    (
        "El Consejo de Derechos Humanos aprobó el 3 de octubre de 2019 la resolución 42/7 y, el 9 de octubre,"
        " la resolución 42/15.",
        {"A/HRC/RES/42/7": ("2019-10-03", None), "A/HRC/RES/42/15": ("2019-10-09", None)},
    ),
    (
        "Совет по правам человека принял 3 октября 2019 года резолюцию 42/7 и 9 октября резолюцию 42/15.",
        {"A/HRC/RES/42/7": ("2019-10-03", None), "A/HRC/RES/42/15": ("2019-10-09", None)},
    ),
    (
        "اعتمد مجلس حقوق الإنسان في 3 تشرين الأول/أكتوبر 2019 القرار 42/7،"
        " وفي 9 تشرين الأول/أكتوبر، القرار 42/15.",
        {"A/HRC/RES/42/7": ("2019-10-03", None), "A/HRC/RES/42/15": ("2019-10-09", None)},
    ),
    (
        "人权理事会于2019年10月3日通过了第42/7号决议，并于10月9日通过了第42/15号决议。",
        {"A/HRC/RES/42/7": ("2019-10-03", None), "A/HRC/RES/42/15": ("2019-10-09", None)},
    ),
    # a pinpoint between the number and its date
    (
        "Recalling General Assembly resolution 68/4, sect. II.B, of 12 November 2013,",
        {"A/RES/68/4": ("2013-11-12", "sect. II.B")},
    ),
    (
        "Rappelant la section IV.A de sa résolution 68/4 du 12 novembre 2013,",
        {"A/RES/68/4": ("2013-11-12", "section IV.A")},
    ),
    (
        "ссылаясь на свою резолюцию 68/4, разд. II, от 12 ноября 2013 года,",
        {"A/RES/68/4": ("2013-11-12", "разд. II")},
    ),
    (
        "ссылаясь на свою резолюцию 68/4, п. 3, от 12 ноября 2013 года,",
        {"A/RES/68/4": ("2013-11-12", "п. 3")},
    ),
    (
        "ссылаясь также на пп. 4 и 5 своей резолюции 68/4 от 12 ноября 2013 года,",
        {"A/RES/68/4": ("2013-11-12", "пп. 4 и 5")},
    ),
    # the General Assembly's Official Records by their supplement's number, no symbol: the
    # report that number names holds the text (the Human Rights Council's), its place no pinpoint
    (
        "3 Official Records of the General Assembly, Seventy-third Session, Supplement No. 53, chap. IV,"
        " resolution 37/8.",
        {"A/HRC/RES/37/8": (None, None)},
    ),
    (
        "3 Official Records of the General Assembly, Seventy-third Session, Supplement No. 53, chap. IV,"
        " sect. A, resolution 37/8 and decision 37/104.",
        {"A/HRC/RES/37/8": (None, None), "A/HRC/DEC/37/104": (None, None)},
    ),
    (
        "3 Documents officiels de l’Assemblée générale, soixante-treizième session, Supplément no 53,"
        " chap. IV, résolution 37/8.",
        {"A/HRC/RES/37/8": (None, None)},
    ),
    (
        "3 Documentos Oficiales de la Asamblea General, septuagésimo tercer período de sesiones,"
        " Suplemento núm. 53, cap. IV, resolución 37/8.",
        {"A/HRC/RES/37/8": (None, None)},
    ),
    (
        "3 Официальные отчеты Генеральной Ассамблеи, семьдесят третья сессия, Дополнение № 53, глава IV,"
        " резолюция 37/8.",
        {"A/HRC/RES/37/8": (None, None)},
    ),
]

#: guards (the same on the base): no year given across a sentence's end, nor to a month before
#: the dated one's (the next year, or a slip: the text does not tell)
GUARDS: list[tuple[str, dict[str, tuple[str | None, str | None]]]] = [
    (
        "The Human Rights Council adopted on 3 October 2019 resolution 42/7. And, on 9 October, resolution"
        " 42/15 of the Council was noted.",
        {"A/HRC/RES/42/7": ("2019-10-03", None), "A/HRC/RES/42/15": (None, None)},
    ),
    (
        "The Human Rights Council adopted on 3 October 2019 resolution 42/7 and, on 9 March,"
        " resolution 42/15.",
        {"A/HRC/RES/42/7": ("2019-10-03", None), "A/HRC/RES/42/15": (None, None)},
    ),
    # … nor a supplement's report to a text after the note's sentence has ended
    (
        "3 Official Records of the General Assembly, Seventy-third Session, Supplement No. 53. See also"
        " resolution 37/8.",
        {"A/RES/37/8": (None, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIELDS + GUARDS)
def test_date_and_pinpoint(text: str, expected: dict[str, tuple[str | None, str | None]]) -> None:
    records = [c.to_record() for c in extract_text(text, source="t").citations]
    got = {r.get("target"): (r.get("date"), r.get("pinpoint")) for r in records}
    for target, fields in expected.items():
        assert target in got, (target, got)
        assert got[target] == fields, (target, got)
