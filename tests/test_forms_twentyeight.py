"""Forms a careful reader cites that rescite missed (issue 7, recall leftovers), in UN style written
for these tests (invented numbers, dates and topics): a bare number with a date of its own after
the Council's undated symbol ("S/RES/2334 and 2250 of 9 December 2015"); the actor of a clause
citing by a list of paragraphs ("the Council, in paragraphs 5 and 6 of its resolution …"); each
with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from passages import GA, by_language
from rescite.engine.extract import extract_text

Cited = list[tuple[str, str | None, str | None]]


def _cited(lang: str, para: str) -> Cited:
    res = extract_text(f"{GA[lang]}{para}\n")
    return [(c.text, c.target, c.date) for c in res.citations]


# a bare number with its own date after the Council's symbol without its year
_DATED_AFTER_SYMBOL: list[tuple[str, str, Cited]] = [
    (
        "en",
        "Recalling S/RES/2419 and 2250 of 9 December 2015 on youth, peace and security,",
        [("S/RES/2419", "S/RES/2419(2018)", None), ("2250", "S/RES/2250(2015)", "2015-12-09")],
    ),
    (
        "en",
        "Bearing in mind S/RES/2427, 2242 and 2250 of 9 December 2015,",
        [
            ("S/RES/2427", "S/RES/2427(2018)", None),
            ("2242", "S/RES/2242(2015)", None),
            ("2250", "S/RES/2250(2015)", "2015-12-09"),
        ],
    ),
    (
        "en",
        "Recalling S/RES/2419 and 2250 of 9 December 2015 and 2532,",
        [
            ("S/RES/2419", "S/RES/2419(2018)", None),
            ("2250", "S/RES/2250(2015)", "2015-12-09"),
            ("2532", "S/RES/2532(2020)", None),
        ],
    ),
    (
        "en",
        "Recalling S/RES/2419 (2018) and 2250 of 9 December 2015,",
        [("S/RES/2419 (2018)", "S/RES/2419(2018)", None), ("2250", "S/RES/2250(2015)", "2015-12-09")],
    ),
    (
        "fr",
        "Rappelant S/RES/2419 et 2250 du 9 décembre 2015 sur les jeunes,",
        [("S/RES/2419", "S/RES/2419(2018)", None), ("2250", "S/RES/2250(2015)", "2015-12-09")],
    ),
    (
        "es",
        "Recordando S/RES/2419 y 2250 de 9 de diciembre de 2015 sobre la juventud,",
        [("S/RES/2419", "S/RES/2419(2018)", None), ("2250", "S/RES/2250(2015)", "2015-12-09")],
    ),
    (
        "ru",
        "ссылаясь на S/RES/2419 и 2250 от 9 декабря 2015 года о молодежи,",
        [("S/RES/2419", "S/RES/2419(2018)", None), ("2250", "S/RES/2250(2015)", "2015-12-09")],
    ),
    (
        "ar",
        "وإذ تشير إلى S/RES/2419 و 2250 المؤرخ 9 كانون الأول/ديسمبر 2015 بشأن الشباب،",
        [("S/RES/2419", "S/RES/2419(2018)", None), ("2250", "S/RES/2250(2015)", "2015-12-09")],
    ),
    (
        "zh",
        "回顾S/RES/2419号和2015年12月9日第2250号决议，",
        [("S/RES/2419", "S/RES/2419(2018)", None), ("2250", "S/RES/2250(2015)", "2015-12-09")],
    ),
]

# look-alikes: a year, a count, another body's number, a date that no number of that size has
_DATED_AFTER_SYMBOL_SAME: list[tuple[str, str, Cited]] = [
    ("zh", "回顾S/RES/2419号和2004年12月9日第2250号决议，", [("S/RES/2419", "S/RES/2419(2018)", None)]),
    (
        "zh",
        "回顾S/RES/2419号和第2250号决议，",
        [("S/RES/2419", "S/RES/2419(2018)", None), ("2250", "S/RES/2250(2015)", None)],
    ),
    (
        "en",
        "Recalling S/RES/2419 and 2250,",
        [("S/RES/2419", "S/RES/2419(2018)", None), ("2250", "S/RES/2250(2015)", None)],
    ),
    ("en", "Recalling S/RES/2419 and 2018 of 6 June 2018,", [("S/RES/2419", "S/RES/2419(2018)", None)]),
    (
        "en",
        "Recalling S/RES/2419 and 350 observers of 9 December 2015,",
        [("S/RES/2419", "S/RES/2419(2018)", None)],
    ),
    (
        "en",
        "Recalling S/RES/2419 and No. 1412 of the IOM Council of 5 May 2001,",
        [("S/RES/2419", "S/RES/2419(2018)", None)],
    ),
    ("en", "Recalling S/RES/2419 and 2250 of 9 December 2004,", [("S/RES/2419", "S/RES/2419(2018)", None)]),
]


@pytest.mark.parametrize(
    ("lang", "para", "expected"), by_language(_DATED_AFTER_SYMBOL, _DATED_AFTER_SYMBOL_SAME)
)
def test_dated_number_after_the_councils_symbol(lang: str, para: str, expected: Cited) -> None:
    assert _cited(lang, para) == expected


# the actor of a clause owns the text it cites by a list of paragraphs with a possessive
_ACTOR_PARAGRAPHS: list[tuple[str, str, Cited]] = [
    (
        "en",
        "Noting that the Human Rights Council, in paragraphs 4 and 9 of its resolution 46/17, requested"
        " the Special Rapporteur to report,",
        [("46/17", "A/HRC/RES/46/17", None)],
    ),
    (
        "en",
        "Noting that the Human Rights Council, in paragraphs 2 (b), 3 and 8 of its resolution 51/6,"
        " invited States,",
        [("51/6", "A/HRC/RES/51/6", None)],
    ),
    (
        "fr",
        "Notant que le Conseil des droits de l'homme, aux paragraphes 4 et 9 de sa résolution 46/17, a"
        " prié le Rapporteur spécial,",
        [("46/17", "A/HRC/RES/46/17", None)],
    ),
    (
        "fr",
        "Notant que le Conseil des droits de l'homme, aux paragraphes 2, 3 et 8 de sa résolution 51/6, a"
        " invité les États,",
        [("51/6", "A/HRC/RES/51/6", None)],
    ),
    (
        "es",
        "Observando que el Consejo de Derechos Humanos, en los párrafos 4 y 9 de su resolución 46/17,"
        " solicitó al Relator Especial,",
        [("46/17", "A/HRC/RES/46/17", None)],
    ),
    (
        "ru",
        "отмечая, что Совет по правам человека в пунктах 4 и 9 своей резолюции 46/17 просил"
        " Специального докладчика,",
        [("46/17", "A/HRC/RES/46/17", None)],
    ),
    (
        "en",
        "Noting that the Human Rights Council, in paragraphs 11 to 14 of its resolution 46/17, requested"
        " the Special Rapporteur,",
        [("46/17", "A/HRC/RES/46/17", None)],
    ),
    (
        "fr",
        "Notant que le Conseil des droits de l'homme, aux paragraphes 11 à 14 de sa résolution 46/17, a"
        " prié le Rapporteur spécial,",
        [("46/17", "A/HRC/RES/46/17", None)],
    ),
    (
        "es",
        "Observando que el Consejo de Derechos Humanos, en los párrafos 11 a 14 de su resolución 46/17,"
        " solicitó al Relator Especial,",
        [("46/17", "A/HRC/RES/46/17", None)],
    ),
    (
        "ru",
        "отмечая, что Совет по правам человека в пунктах 11–14 своей резолюции 46/17 просил"
        " Специального докладчика,",
        [("46/17", "A/HRC/RES/46/17", None)],
    ),
]

# look-alikes: no possessive, the body as the object of a request, the citing body's own
_ACTOR_PARAGRAPHS_SAME: list[tuple[str, str, Cited]] = [
    (
        "en",
        "Noting that the Human Rights Council, in paragraphs 4 and 9 of resolution 46/17, requested the"
        " Special Rapporteur,",
        [("46/17", "A/RES/46/17", None)],
    ),
    (
        "en",
        "Noting that it requested the Human Rights Council, in paragraphs 4 and 9 of its resolution 74/12,"
        " to consider the matter,",
        [("74/12", "A/RES/74/12", None)],
    ),
    ("en", "Referring to paragraphs 4 and 9 of its resolution 74/12,", [("74/12", "A/RES/74/12", None)]),
    ("fr", "Se référant aux paragraphes 4 et 9 de sa résolution 74/12,", [("74/12", "A/RES/74/12", None)]),
    (
        "es",
        "Observando que el Consejo de Derechos Humanos, en los párrafos 4 y 9 de la resolución 46/17,"
        " solicitó al Relator Especial,",
        [("46/17", "A/RES/46/17", None)],
    ),
    ("ru", "ссылаясь на пункты 4 и 9 своей резолюции 74/12,", [("74/12", "A/RES/74/12", None)]),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_ACTOR_PARAGRAPHS, _ACTOR_PARAGRAPHS_SAME))
def test_actor_of_a_clause_by_paragraphs(lang: str, para: str, expected: Cited) -> None:
    assert _cited(lang, para) == expected


# a footnote that points at another by "Id.", "op. cit." or the earlier note's number: that note's
# text, as "Ibid." gives the previous one's (the note it came from in ``via_footnote``)
_NOTES = {
    "en": (
        "Recalling its resolution 68/15,¹ and the report,² and the review,³\n\n___\n¹ A/RES/68/15.\n"
        "² See A/77/209.\n³ {}\n"
    ),
    "fr": (
        "Rappelant sa résolution 68/15¹ et le rapport² et l'examen³\n\n___\n¹ A/RES/68/15.\n"
        "² Voir A/77/209.\n³ {}\n"
    ),
    "es": (
        "Recordando su resolución 68/15¹ y el informe² y el examen³\n\n___\n¹ A/RES/68/15.\n"
        "² Véase A/77/209.\n³ {}\n"
    ),
    "ru": (
        "ссылаясь на свою резолюцию 68/15¹ и доклад² и обзор³\n\n___\n¹ A/RES/68/15.\n² См. A/77/209.\n³ {}\n"
    ),
    "ar": (
        "وإذ تشير إلى قرارها 68/15¹ والتقرير² والاستعراض³\n\n___\n¹ A/RES/68/15.\n² انظر A/77/209.\n³ {}\n"
    ),
    "zh": ("回顾其第68/15号决议¹和报告²和审查³\n\n___\n¹ A/RES/68/15。\n² 见A/77/209。\n³ {}\n"),
}

_NOTE_BACK: list[tuple[str, str, tuple[str, str, int] | None]] = [
    ("en", "Id.", ("Id.", "A/77/209", 2)),
    ("en", "Id. at 14.", ("Id.", "A/77/209", 2)),
    ("en", "See id., para. 31.", ("id.", "A/77/209", 2)),
    ("en", "Op. cit., para. 31.", ("Op. cit.", "A/77/209", 2)),
    ("en", "Supra note 1.", ("Supra note 1", "A/RES/68/15", 1)),
    ("en", "See the resolution cited in note 1 above.", ("note 1 above", "A/RES/68/15", 1)),
    ("en", "Op. cit., note 1, para. 4.", ("Op. cit., note 1", "A/RES/68/15", 1)),
    ("fr", "Id., par. 31.", ("Id.", "A/77/209", 2)),
    ("fr", "Op. cit., note 1, par. 4.", ("Op. cit., note 1", "A/RES/68/15", 1)),
    ("es", "Op. cit., nota 1, párr. 4.", ("Op. cit., nota 1", "A/RES/68/15", 1)),
    ("fr", "Op. cit., par. 31.", ("Op. cit.", "A/77/209", 2)),
    ("fr", "Voir note 1 ci-dessus.", ("note 1 ci-dessus", "A/RES/68/15", 1)),
    ("es", "Id., párr. 31.", ("Id.", "A/77/209", 2)),
    ("es", "Véase la nota 1 supra.", ("nota 1 supra", "A/RES/68/15", 1)),
    ("ru", "Указ. соч., пункт 31.", ("Указ. соч.", "A/77/209", 2)),
    ("ru", "См. сноску 1 выше.", ("сноску 1 выше", "A/RES/68/15", 1)),
    ("ar", "المرجع السابق، الفقرة 31.", ("المرجع السابق", "A/77/209", 2)),
    ("ar", "انظر الحاشية 1 أعلاه.", ("الحاشية 1 أعلاه", "A/RES/68/15", 1)),
    ("zh", "见上文脚注1。", ("上文脚注1", "A/RES/68/15", 1)),
]

# look-alikes: a note ahead or below, a word "ID." in capitals, a number that names no earlier note
_NOTE_BACK_SAME: list[tuple[str, str, tuple[str, str, int] | None]] = [
    ("en", "See note 4 below.", None),
    ("en", "Smith, supra note 9, p. 4.", None),
    ("en", "Persons without a national ID.", None),
    ("en", "An identity document.", None),
    ("fr", "Voir note 5 ci-après.", None),
    ("zh", "如同上述。", None),
]


@pytest.mark.parametrize(("lang", "note", "expected"), by_language(_NOTE_BACK, _NOTE_BACK_SAME))
def test_a_note_pointing_back(lang: str, note: str, expected: tuple[str, str, int] | None) -> None:
    res = extract_text(GA[lang] + _NOTES[lang].format(note))
    third = [(c.text, c.target, c.via_footnote) for c in res.citations if c.paragraph == "3"]
    assert third == ([expected] if expected else [])


# an adoption's subject with its day and month, or the manner of the vote, set off before the verb
# (or, verb first, after it): the text is the subject's
_ADOPTION_INSERT: list[tuple[str, str, Cited]] = [
    (
        "en",
        "Noting that the Human Rights Council, on 8 April, adopted resolution 52/31 on the right to food,",
        [("52/31", "A/HRC/RES/52/31", None)],
    ),
    (
        "en",
        "Noting that the Human Rights Council, without a vote, adopted resolution 52/31,",
        [("52/31", "A/HRC/RES/52/31", None)],
    ),
    (
        "en",
        "Noting that the Human Rights Council, on April 8, by a recorded vote of 33 to 3, adopted"
        " resolution 52/31,",
        [("52/31", "A/HRC/RES/52/31", None)],
    ),
    (
        "fr",
        "Notant que le Conseil des droits de l'homme, le 8 avril, a adopté la résolution 52/31 sur le droit"
        " à l'alimentation,",
        [("52/31", "A/HRC/RES/52/31", None)],
    ),
    (
        "fr",
        "Notant que le Conseil des droits de l'homme, sans vote, a adopté la résolution 52/31,",
        [("52/31", "A/HRC/RES/52/31", None)],
    ),
    (
        "es",
        "Observando que el Consejo de Derechos Humanos, el 8 de abril, aprobó la resolución 52/31,",
        [("52/31", "A/HRC/RES/52/31", None)],
    ),
    (
        "es",
        "Observando que el Consejo de Derechos Humanos, por consenso, aprobó la resolución 52/31,",
        [("52/31", "A/HRC/RES/52/31", None)],
    ),
    (
        "ru",
        "отмечая, что Совет по правам человека 8 апреля принял резолюцию 52/31 о праве на питание,",
        [("52/31", "A/HRC/RES/52/31", None)],
    ),
    (
        "ru",
        "отмечая, что Совет по правам человека без голосования принял резолюцию 52/31,",
        [("52/31", "A/HRC/RES/52/31", None)],
    ),
    (
        "ar",
        "وإذ تلاحظ أن مجلس حقوق الإنسان اعتمد، في 8 نيسان/أبريل، القرار 52/31،",
        [("52/31", "A/HRC/RES/52/31", None)],
    ),
    (
        "ar",
        "وإذ تلاحظ أن مجلس حقوق الإنسان اعتمد دون تصويت القرار 52/31،",
        [("52/31", "A/HRC/RES/52/31", None)],
    ),
    ("zh", "注意到人权理事会于4月8日通过了第52/31号决议，", [("52/31", "A/HRC/RES/52/31", None)]),
    ("zh", "注意到人权理事会未经表决通过了第52/31号决议，", [("52/31", "A/HRC/RES/52/31", None)]),
    (
        "en",
        "Noting that the Human Rights Council, in April 2023, adopted resolution 52/31,",
        [("52/31", "A/HRC/RES/52/31", None)],
    ),
    (
        "en",
        "Noting that the Human Rights Council, at its 57th meeting, adopted resolution 52/31,",
        [("52/31", "A/HRC/RES/52/31", None)],
    ),
    (
        "fr",
        "Notant que le Conseil des droits de l'homme, à sa 57e séance, a adopté la résolution 52/31,",
        [("52/31", "A/HRC/RES/52/31", None)],
    ),
    (
        "fr",
        "Notant que le Conseil des droits de l'homme, en avril 2023, a adopté la résolution 52/31,",
        [("52/31", "A/HRC/RES/52/31", None)],
    ),
    (
        "es",
        "Observando que el Consejo de Derechos Humanos, en su 57ª sesión, aprobó la resolución 52/31,",
        [("52/31", "A/HRC/RES/52/31", None)],
    ),
    (
        "es",
        "Observando que el Consejo de Derechos Humanos, en abril de 2023, aprobó la resolución 52/31,",
        [("52/31", "A/HRC/RES/52/31", None)],
    ),
    (
        "ru",
        "отмечая, что Совет по правам человека на своем 57-м заседании принял резолюцию 52/31,",
        [("52/31", "A/HRC/RES/52/31", None)],
    ),
    (
        "ru",
        "отмечая, что Совет по правам человека в апреле 2023 года принял резолюцию 52/31,",
        [("52/31", "A/HRC/RES/52/31", None)],
    ),
    ("zh", "注意到人权理事会在第57次会议上通过了第52/31号决议，", [("52/31", "A/HRC/RES/52/31", None)]),
    ("zh", "注意到人权理事会于2023年4月未经表决通过了第52/31号决议，", [("52/31", "A/HRC/RES/52/31", None)]),
    (
        "ar",
        "وإذ تلاحظ أن مجلس حقوق الإنسان اعتمد، في جلسته 57، القرار 52/31،",
        [("52/31", "A/HRC/RES/52/31", None)],
    ),
]

# look-alikes: another verb after the insertion, the adoption of something else, another subject
_ADOPTION_INSERT_SAME: list[tuple[str, str, Cited]] = [
    (
        "en",
        "Noting that the Human Rights Council, on 8 April, welcomed resolution 52/31,",
        [("52/31", "A/RES/52/31", None)],
    ),
    (
        "en",
        "Noting that the Human Rights Council, on 8 April, adopted its report, and recalling"
        " resolution 52/31,",
        [("52/31", "A/RES/52/31", None)],
    ),
    (
        "en",
        "Noting the report of the Human Rights Council, adopted by consensus, and resolution 52/31,",
        [("52/31", "A/RES/52/31", None)],
    ),
    (
        "fr",
        "Notant que le Conseil des droits de l'homme, le 8 avril, a salué la résolution 52/31,",
        [("52/31", "A/RES/52/31", None)],
    ),
    (
        "ru",
        "отмечая, что Совет по правам человека 8 апреля приветствовал резолюцию 52/31,",
        [("52/31", "A/RES/52/31", None)],
    ),
    ("zh", "注意到人权理事会于4月8日欢迎第52/31号决议，", [("52/31", "A/RES/52/31", None)]),
    (
        "en",
        "Noting that the Human Rights Council, in April 2023, welcomed resolution 52/31,",
        [("52/31", "A/RES/52/31", None)],
    ),
    (
        "en",
        "Noting that the Human Rights Council, at its 57th meeting, requested the Secretary-General to"
        " implement resolution 52/31,",
        [("52/31", "A/RES/52/31", None)],
    ),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_ADOPTION_INSERT, _ADOPTION_INSERT_SAME))
def test_adoption_subject_with_an_insertion(lang: str, para: str, expected: Cited) -> None:
    assert _cited(lang, para) == expected


# the Security Council by its name with the Organization's in full before a number's mark, and the
# Russian plural mark: the Council's numbers (their years from the numbering)
_COUNCIL_FULL_NAME: list[tuple[str, str, Cited]] = [
    (
        "ru",
        "ссылаясь на резолюцию Совета Безопасности Организации Объединенных Наций № 2427 о детях,",
        [("2427", "S/RES/2427(2018)", None)],
    ),
    (
        "ru",
        "ссылаясь на резолюции Совета Безопасности №№ 1612 и 2427 о детях,",
        [("1612", "S/RES/1612(2005)", None), ("2427", "S/RES/2427(2018)", None)],
    ),
    (
        "ru",
        "ссылаясь на резолюции Совета Безопасности №№ 2242, 2419 и 2427,",
        [
            ("2242", "S/RES/2242(2015)", None),
            ("2419", "S/RES/2419(2018)", None),
            ("2427", "S/RES/2427(2018)", None),
        ],
    ),
    (
        "fr",
        "Rappelant la résolution du Conseil de sécurité de l'Organisation des Nations Unies no 2427 sur les"
        " enfants,",
        [("2427", "S/RES/2427(2018)", None)],
    ),
    (
        "es",
        "Recordando la resolución del Consejo de Seguridad de la Organización de las Naciones Unidas n.º 2427"
        " sobre los niños,",
        [("2427", "S/RES/2427(2018)", None)],
    ),
]

# look-alikes: the IOM Council's numbers keep their body; the Organization's name alone is no Council
_COUNCIL_FULL_NAME_SAME: list[tuple[str, str, Cited]] = [
    ("ru", "ссылаясь на резолюцию № 1412 Совета МОМ,", [("№ 1412", None, None)]),
    ("ru", "ссылаясь на доклад Генерального секретаря Организации Объединенных Наций № 2427,", []),
    (
        "ru",
        "ссылаясь на резолюцию 2427 (2018) Совета Безопасности Организации Объединенных Наций,",
        [("2427 (2018)", "S/RES/2427(2018)", None)],
    ),
]


@pytest.mark.parametrize(
    ("lang", "para", "expected"), by_language(_COUNCIL_FULL_NAME, _COUNCIL_FULL_NAME_SAME)
)
def test_council_by_its_full_name_and_marks(lang: str, para: str, expected: Cited) -> None:
    assert _cited(lang, para) == expected
