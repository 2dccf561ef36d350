"""The date of a sentence of adoption whose subject is a pronoun, or no word at all, in a clause
(issue 7): "Recalling that it adopted on 12 March 2011 resolution 65/240", "que aprobó el …",
"أنها اعتمدت، في …، القرار" (the pronoun glued to the clause's word).  Passages written for
these tests in UN style (the numbers and dates are invented).  And the date of a second clause
of the adoption, set off after its "and": "… adopted resolution 47/9 and, on 14 October 2020,
resolution 47/13"."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

#: (passage, the record's mention as written, its date or None)
Row = tuple[str, str, str | None]

DATED: list[Row] = [
    ("Recalling that it adopted on 12 March 2011 resolution 65/240,", "65/240", "2011-03-12"),
    ("Noting that it adopted, on 12 March 2011, resolution 65/240,", "65/240", "2011-03-12"),
    ("Noting that they adopted on 4 June 2012 decision 66/561,", "66/561", "2012-06-04"),
    ("Rappelant qu'elle a adopté le 12 mars 2011 la résolution 65/240,", "65/240", "2011-03-12"),
    ("Notant qu'il a adopté, le 4 juin 2012, la décision 66/561,", "66/561", "2012-06-04"),
    ("Recordando que aprobó el 12 de marzo de 2011 la resolución 65/240,", "65/240", "2011-03-12"),
    ("Observando que aprobó, el 4 de junio de 2012, la decisión 66/561,", "66/561", "2012-06-04"),
    ("Напоминая, что она приняла 12 марта 2011 года резолюцию 65/240,", "65/240", "2011-03-12"),
    ("Отмечая, что он принял 4 июня 2012 года решение 66/561,", "66/561", "2012-06-04"),
    ("وإذ تشير إلى أنها اعتمدت، في 12 آذار/مارس 2011، القرار 65/240،", "65/240", "2011-03-12"),
    ("وإذ تشير إلى أنها اعتمدت في 12 آذار/مارس 2011 القرار 65/240،", "65/240", "2011-03-12"),
    ("وإذ تلاحظ أنه اعتمد في 4 حزيران/يونيه 2012 المقرر 66/561،", "66/561", "2012-06-04"),
    # the date first in a clause whose word carries the subject: "that, on …, the Assembly adopted"
    ("وإذ تشير إلى أنه في 12 آذار/مارس 2011 اعتمدت الجمعية العامة القرار 65/240،", "65/240", "2011-03-12"),
]

# (passage, mention, date) for the second text of two adopted in one sentence
COORDINATED: list[Row] = [
    (
        "Recalling that the Human Rights Council adopted on 9 October 2020 resolution 45/7 "
        "and, on 14 October 2020, resolution 45/13,",
        "45/13",
        "2020-10-14",
    ),
    (
        "Rappelant que le Conseil des droits de l'homme a adopté le 9 octobre 2020 la résolution "
        "45/7 et, le 14 octobre 2020, la résolution 45/13,",
        "45/13",
        "2020-10-14",
    ),
    (
        "Recordando que el Consejo de Derechos Humanos aprobó el 9 de octubre de 2020 la "
        "resolución 45/7 y, el 14 de octubre de 2020, la resolución 45/13,",
        "45/13",
        "2020-10-14",
    ),
    (
        "Напоминая, что Совет по правам человека принял 9 октября 2020 года резолюцию 45/7 "
        "и 14 октября 2020 года резолюцию 45/13,",
        "45/13",
        "2020-10-14",
    ),
    (
        "وإذ يشير إلى أن مجلس حقوق الإنسان اعتمد في 9 تشرين الأول/أكتوبر 2020 القرار 45/7 "
        "و، في 14 تشرين الأول/أكتوبر 2020، القرار 45/13،",
        "45/13",
        "2020-10-14",
    ),
    (
        "Noting that the Council adopted decision 45/101 and then, on 14 October 2020, "
        "adopted decision 45/113,",
        "45/113",
        "2020-10-14",
    ),
]

UNDATED: list[Row] = [
    # a date that is not set off after the "and" belongs to what it follows
    ("Noting the statement of 3 May 2021 and resolution 47/18,", "47/18", None),
    # no verb of adoption after the pronoun: the date is another act's
    ("Recalling that it considered on 12 March 2011 resolution 65/240,", "65/240", None),
    ("Rappelant qu'elle a examiné le 12 mars 2011 la résolution 65/240,", "65/240", None),
    # no clause: a verb alone after a comma does not open a sentence of adoption
    ("Recalling the debate, adopted on 12 March 2011 resolution 65/240 notwithstanding,", "65/240", None),
]


def _date_of(passage: str, mention: str) -> str | None:
    records = [c for c in extract_text(passage, "p").citations if c.text == mention]
    assert len(records) == 1, [c.text for c in extract_text(passage, "p").citations]
    return records[0].date


@pytest.mark.parametrize(("passage", "mention", "date"), DATED + COORDINATED + UNDATED)
def test_sentence_of_adoption_with_a_pronoun_subject(passage: str, mention: str, date: str | None) -> None:
    assert _date_of(passage, mention) == date
