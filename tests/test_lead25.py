"""The date of a sentence of adoption whose subject is a pronoun, or no word at all, in a clause
(issue 7): "Recalling that it adopted on 12 March 2011 resolution 65/240", "que aprobó el …",
"أنها اعتمدت، في …، القرار" (the pronoun glued to the clause's word).  Passages written for
these tests in UN style (the numbers and dates are invented)."""

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

UNDATED: list[Row] = [
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


@pytest.mark.parametrize(("passage", "mention", "date"), DATED + UNDATED)
def test_sentence_of_adoption_with_a_pronoun_subject(passage: str, mention: str, date: str | None) -> None:
    assert _date_of(passage, mention) == date
