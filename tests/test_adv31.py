"""Adversarial rows for the sentences of reports and preambles that tell a text's adoption with its
date set off before the text's noun (issue 7): the meeting or the session before the date ("At
its 45th plenary meeting, on 3 December 1998, the General Assembly adopted …"), the date after
the word that opens a clause ("Recalling that, on …, in its resolution …", "Rappelant que, le …,
elle a adopté …"), the date set off between the subject and its verb, the Arabic "took"
("اتخذت الجمعية العامة القرار") and its meeting "المعقودة في", a Chinese meeting before its
verb, the meeting after the adopting body named after the number; a body's line run into its
first paragraph in a language without articles, a Chinese range's date; and look-alikes that
must stay as they are.  The passages are invented for these tests."""

from __future__ import annotations

import pytest

from passages import assert_exact, by_tables

# (language, passage, each target with its date, None: undated)
Row = tuple[str, str, dict[str, str | None]]

_GA: dict[str, str | None] = {"A/RES/53/40": "1998-12-03"}
_AGENDA: dict[str, str | None] = {"A/RES/70/1": "2015-09-25"}
_AGENDA_UNDATED: dict[str, str | None] = {"A/RES/70/1": None}
_HRC: dict[str, str | None] = {"A/HRC/RES/54/9": "2023-10-06"}

# the meeting (or the session) of the adoption before its date, the sentence's subject after
_MEETING: list[Row] = [
    (
        "en",
        "At its 45th plenary meeting, on 3 December 1998, the General Assembly adopted resolution 53/40.",
        _GA,
    ),
    (
        "en",
        "On 3 December 1998, at its 45th plenary meeting, the General Assembly adopted resolution 53/40.",
        _GA,
    ),
    (
        "fr",
        "À sa 45 e séance plénière, le 3 décembre 1998, l’Assemblée générale a adopté la résolution 53/40.",
        _GA,
    ),
    (
        "fr",
        "Le 3 décembre 1998, à sa 45e séance plénière, l’Assemblée générale a adopté la résolution 53/40.",
        _GA,
    ),
    (
        "es",
        "En su 45ª sesión plenaria, celebrada el 3 de diciembre de 1998,"
        " la Asamblea General aprobó la resolución 53/40.",
        _GA,
    ),
    (
        "ru",
        "На своем 45-м пленарном заседании 3 декабря 1998 года"
        " Генеральная Ассамблея приняла резолюцию 53/40.",
        _GA,
    ),
    (
        "ar",
        "وفي جلستها العامة 45، المعقودة في 3 كانون الأول/ديسمبر 1998، اتخذت الجمعية العامة القرار 53/40.",
        _GA,
    ),
    (
        "ar",
        "وفي الجلسة العامة 10، المعقودة في 23 تموز/يوليه 2019، اتخذ"
        " المجلس الاقتصادي والاجتماعي القرار 2019/15.",
        {"E/RES/2019/15": "2019-07-23"},
    ),
    (
        "ar",
        "وفي 20 تشرين الأول/أكتوبر 2023، اتخذ مجلس الأمن القرار 2706 (2023) في جلسته 9450.",
        {"S/RES/2706(2023)": "2023-10-20"},
    ),
    ("zh", "在1998年12月3日第45次全体会议上，大会通过了第53/40号决议。", _GA),
    (
        "zh",
        "2023年10月20日，安全理事会第9450次会议通过了第2706(2023)号决议。",
        {"S/RES/2706(2023)": "2023-10-20"},
    ),
]
_MEETING_SAME: list[Row] = [
    ("en", "On 25 September 2015, the General Assembly adopted resolution 70/1.", _AGENDA),
    ("en", "In 2015, the General Assembly adopted resolution 70/1.", _AGENDA_UNDATED),
    ("fr", "Le 3 décembre 1998, l’Assemblée générale a adopté la résolution 53/40.", _GA),
    ("ar", "وفي 3 كانون الأول/ديسمبر 1998، اعتمدت الجمعية العامة القرار 53/40.", _GA),
    ("zh", "1998年12月3日，大会通过了第53/40号决议。", _GA),
]

# the date after the word that opens a clause: "that, on …, the Assembly adopted", "that, on …,
# in its resolution …", a pronoun as the subject
_CLAUSE: list[Row] = [
    ("en", "Recalling that on 25 September 2015 the General Assembly adopted resolution 70/1,", _AGENDA),
    (
        "en",
        "Recalling that, on 25 September 2015, in its resolution 70/1, it adopted the 2030 Agenda,",
        _AGENDA,
    ),
    (
        "en",
        "Recalling that, on 25 September 2015, the General Assembly"
        " adopted, in its resolution 70/1, the Agenda,",
        _AGENDA,
    ),
    ("fr", "Rappelant que, le 25 septembre 2015, l’Assemblée générale a adopté la résolution 70/1,", _AGENDA),
    ("fr", "Notant que, le 25 septembre 2015, dans sa résolution 70/1, elle a adopté le Programme,", _AGENDA),
    (
        "fr",
        "Rappelant que, le 25 septembre 2015, elle a adopté, dans sa résolution 70/1, le Programme,",
        _AGENDA,
    ),
    (
        "fr",
        "Rappelant qu’à sa soixante-dixième session, le 25 septembre 2015, elle a adopté la résolution 70/1,",
        _AGENDA,
    ),
    (
        "es",
        "Recordando que, el 25 de septiembre de 2015, en su resolución 70/1, aprobó la Agenda 2030,",
        _AGENDA,
    ),
    ("ru", "отмечая, что 25 сентября 2015 года Генеральная Ассамблея приняла резолюцию 70/1,", _AGENDA),
    (
        "ru",
        "отмечая, что 25 сентября 2015 года в своей резолюции 70/1 Ассамблея приняла Повестку дня,",
        _AGENDA,
    ),
]
_CLAUSE_SAME: list[Row] = [
    ("en", "Recalling that, since 1 January 2016, it adopted resolution 70/1,", _AGENDA_UNDATED),
    ("fr", "Notant que, depuis le 1er janvier 2016, elle a adopté la résolution 70/1,", _AGENDA_UNDATED),
    (
        "en",
        "Recalling that on 25 September 2015 the Council held a debate, in its resolution 2250 (2015),",
        {"S/RES/2250(2015)": None},
    ),
]

# the date set off between the subject and its verb; the Arabic "took" binds the text to its subject
_SUBJECT: list[Row] = [
    (
        "en",
        "The General Assembly, at its 45th plenary meeting, on 3 December 1998, adopted resolution 53/40.",
        _GA,
    ),
    (
        "fr",
        "L’Assemblée générale, à sa 45e séance plénière, le 3 décembre 1998, a adopté la résolution 53/40.",
        _GA,
    ),
    (
        "fr",
        "Le Conseil des droits de l’homme, à sa 41 e séance, le 6 octobre 2023, a adopté la résolution 54/9.",
        _HRC,
    ),
    (
        "es",
        "La Asamblea General, en su 45ª sesión plenaria, celebrada el 3 de"
        " diciembre de 1998, aprobó la resolución 53/40.",
        _GA,
    ),
    (
        "ru",
        "Генеральная Ассамблея на своем 45-м пленарном заседании 3"
        " декабря 1998 года приняла резолюцию 53/40.",
        _GA,
    ),
    (
        "ar",
        "اتخذت الجمعية العامة، في جلستها العامة 45، المعقودة في 3 كانون الأول/ديسمبر 1998، القرار 53/40.",
        _GA,
    ),
    (
        "ar",
        "اتخذ مجلس حقوق الإنسان، في جلسته 41، المعقودة في 6 تشرين الأول/أكتوبر 2023، القرار 54/9 دون تصويت.",
        _HRC,
    ),
]
_SUBJECT_SAME: list[Row] = [
    ("en", "The General Assembly, in 2015, adopted resolution 70/1.", _AGENDA_UNDATED),
    (
        "ar",
        "اعتمدت الجمعية العامة في 14 كانون الأول/ديسمبر 2022 القرار 77/163.",
        {"A/RES/77/163": "2022-12-14"},
    ),
]


# the meeting between the adopting body's name after the number and the date: the number's date
_SC: dict[str, str | None] = {"S/RES/2250(2015)": "2015-12-09"}
_AFTER_BODY: list[Row] = [
    (
        "en",
        "The General Assembly,\nRecalling resolution 2250 (2015), adopted by the Security Council"
        " at its 7573rd meeting, on 9 December 2015,",
        _SC,
    ),
    (
        "fr",
        "L’Assemblée générale,\nRappelant la résolution 2250 (2015) adoptée par le Conseil de sécurité"
        " à sa 7573 e séance, le 9 décembre 2015,",
        _SC,
    ),
    (
        "es",
        "La Asamblea General,\nRecordando la resolución 2250 (2015), aprobada por el Consejo de Seguridad"
        " en su 7573ª sesión, celebrada el 9 de diciembre de 2015,",
        _SC,
    ),
    (
        "ru",
        "Генеральная Ассамблея,\nссылаясь на резолюцию 2250 (2015), принятую Советом Безопасности"
        " на его 7573-м заседании 9 декабря 2015 года,",
        _SC,
    ),
    (
        "ar",
        "إن الجمعية العامة،\nإذ تشير إلى القرار 2250 (2015) الذي اتخذه مجلس الأمن"
        " في جلسته 7573، المعقودة في 9 كانون الأول/ديسمبر 2015،",
        _SC,
    ),
]
_AFTER_BODY_SAME: list[Row] = [
    (
        "en",
        "The General Assembly,\nRecalling resolution 2250 (2015), adopted by the Security Council"
        " on 9 December 2015,",
        _SC,
    ),
    (
        "en",
        "The General Assembly,\nRecalling resolution 2250 (2015) of the Security Council"
        " at its 7573rd meeting,",
        {"S/RES/2250(2015)": None},
    ),
]


# the adopting body's line run into its first paragraph, in a language without articles (a page
# flattened into one line): "its" is that body's; a date before a Chinese range is each number's
_FLAT: list[Row] = [
    ("ru", "Комиссия по положению женщин, ссылаясь на свою резолюцию 60/2,", {"E/CN.6/RES/60/2": None}),
    ("zh", "人权理事会， 回顾其第54/9号决议，", {"A/HRC/RES/54/9": None}),
    ("zh", "妇女地位委员会，回顾其第60/2号决议，", {"E/CN.6/RES/60/2": None}),
    (
        "zh",
        "人权理事会，\n回顾其2023年10月6日第54/9至54/11号决议，",
        {"A/HRC/RES/54/9": "2023-10-06", "A/HRC/RES/54/10": "2023-10-06", "A/HRC/RES/54/11": "2023-10-06"},
    ),
]
_FLAT_SAME: list[Row] = [
    ("ru", "Комиссия по положению женщин,\nссылаясь на свою резолюцию 60/2,", {"E/CN.6/RES/60/2": None}),
    ("zh", "回顾大会第54/9号决议，", {"A/RES/54/9": None}),
    (
        "zh",
        "大会，\n回顾其第61/3至61/5号决议，",
        {"A/RES/61/3": None, "A/RES/61/4": None, "A/RES/61/5": None},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    by_tables(
        meeting=(_MEETING, _MEETING_SAME),
        clause=(_CLAUSE, _CLAUSE_SAME),
        subject=(_SUBJECT, _SUBJECT_SAME),
        after_body=(_AFTER_BODY, _AFTER_BODY_SAME),
        flat=(_FLAT, _FLAT_SAME),
    ),
)
def test_adoption_sentences_and_body_lines(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected)
