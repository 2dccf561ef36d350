"""Forms met reading UN texts as third-party sites copy them, in the six languages (issue 7, pass
50e: a refugee agency's collection of the Assembly's early texts on information and on the
Territories, the Organization's old pages of the Assembly's texts on population, the Statistical
Commission's and the Commission on Population and Development's reports in document-sharing
copies, texts on UN-Habitat's and UNEP's governing bodies and the Special Committee on
Peacekeeping Operations), each written for these tests in UN style (numbers, dates and wording
invented where the rule does not depend on them):

- the Assembly's number of its first thirty sessions heading a copy's text alone, without its
  session, its stop and title after it, over the Assembly's line ("1712. Enlargement of the
  Committee on Widgets⏎⏎The General Assembly, …"), as a collection's pages head the texts of a
  session they list together, the text's last lines giving its closing meeting and its date
  ("1150th plenary meeting,⏎3 December 1961.", fr "1150e séance plénière,⏎3 décembre 1961.", es
  "1150ª sesión plenaria,⏎3 de diciembre de 1961.", ru "1150-е пленарное заседание,⏎3 декабря
  1961 года", ar "الجلسة العامة 1150⏎3 كانون الأول/ديسمبر 1961"; ``grammar.meeting_clause``,
  ``heading._bare_heading_number``): the text's own id with the session the date makes certain
  (``find_assembly.old_session``: October to December of a year up to 1975, the known numbers
  around it allowing it; was none);
- look-alikes that stay as they were: a date in the spring (its session not certain), a number the
  session's known numbers do not allow, two numbered lines above the body's line (a list), another
  body's line (the Security Council's), a text of a later session (the shape "182." has no session
  of its own to read), and no closing meeting at all.
"""

from __future__ import annotations

import pytest

from passages import by_tables
from rescite.engine.extract import extract_text

# (language, passage, the text's own id or None, the targets it cites)
Row = tuple[str, str, str | None, set[str]]

_BARE_HEADING: list[Row] = [
    (
        "en",
        "1712. Enlargement of the Committee on Widgets\n\nThe General Assembly,\n\n"
        "Recalling its resolution 1654 (XVI) of 27 November 1961,\n\n"
        "1. Decides to enlarge the Committee;\n\n1150th plenary meeting,\n3 December 1961.\n",
        "A/RES/1712(XVI)",
        {"A/RES/1654(XVI)"},
    ),
    (
        "en",
        "Question of widgets\n\n2101. Question of widgets\n\nThe General Assembly,\n\n"
        "Having considered the report of the Secretary-General,\n\n"
        "1. Takes note of the report;\n\n1390th plenary meeting, 20 December 1965.\n",
        "A/RES/2101(XX)",
        set(),
    ),
    (
        "fr",
        "1712. Élargissement du Comité des gadgets\n\nL'Assemblée générale,\n\n"
        "Rappelant sa résolution 1654 (XVI) du 27 novembre 1961,\n\n"
        "1. Décide d'élargir le Comité;\n\n1150e séance plénière,\n3 décembre 1961.\n",
        "A/RES/1712(XVI)",
        {"A/RES/1654(XVI)"},
    ),
    (
        "es",
        "1712. Ampliación del Comité de Artefactos\n\nLa Asamblea General,\n\n"
        "Recordando su resolución 1654 (XVI), de 27 de noviembre de 1961,\n\n"
        "1. Decide ampliar el Comité;\n\n1150ª sesión plenaria,\n3 de diciembre de 1961.\n",
        "A/RES/1712(XVI)",
        {"A/RES/1654(XVI)"},
    ),
    (
        "ru",
        "1712. Расширение Комитета по приборам\n\nГенеральная Ассамблея,\n\n"
        "ссылаясь на свою резолюцию 1654 (XVI) от 27 ноября 1961 года,\n\n"
        "1. постановляет расширить Комитет;\n\n1150-е пленарное заседание,\n3 декабря 1961 года\n",
        "A/RES/1712(XVI)",
        {"A/RES/1654(XVI)"},
    ),
    (
        "ar",
        "1712. توسيع لجنة الأدوات\n\nإن الجمعية العامة،\n\n"
        "إذ تشير إلى قرارها 1654 (د-16) المؤرخ 27 تشرين الثاني/نوفمبر 1961،\n\n"
        "1. تقرر توسيع اللجنة؛\n\nالجلسة العامة 1150\n3 كانون الأول/ديسمبر 1961\n",
        "A/RES/1712(XVI)",
        {"A/RES/1654(XVI)"},
    ),
]

_BARE_HEADING_AS_BEFORE: list[Row] = [
    (
        # a date in the spring: its session is not certain
        "en",
        "1712. Enlargement of the Committee on Widgets\n\nThe General Assembly,\n\n"
        "1. Decides to enlarge the Committee;\n\n1150th plenary meeting,\n3 April 1962.\n",
        None,
        set(),
    ),
    (
        # a number the session's known numbers do not allow
        "en",
        "12. Enlargement of the Committee on Widgets\n\nThe General Assembly,\n\n"
        "1. Decides to enlarge the Committee;\n\n1150th plenary meeting,\n3 December 1961.\n",
        None,
        set(),
    ),
    (
        # two numbered lines above the body's line: a list, no one heading
        "en",
        "16. RESOLUTIONS ON THE REPORTS OF THE FOURTH COMMITTEE\n1712. Enlargement of the Committee\n\n"
        "The General Assembly,\n\n1. Decides to enlarge the Committee;\n\n"
        "1150th plenary meeting,\n3 December 1961.\n",
        None,
        set(),
    ),
    (
        # another body's line
        "en",
        "171. The question of widgets\n\nThe Security Council,\n\n"
        "1. Decides to remain seized of the matter;\n\n1150th meeting,\n3 December 1961.\n",
        None,
        set(),
    ),
    (
        # a later session: no session of its own to read
        "en",
        "182. Questions relating to widgets\n\nThe General Assembly,\n\n"
        "Recalling its resolution 33/115 of 18 December 1978,\n\n"
        "1. Decides to continue the study;\n\n106th plenary meeting,\n18 December 1979.\n",
        None,
        {"A/RES/33/115"},
    ),
    (
        # no closing meeting
        "en",
        "1712. Enlargement of the Committee on Widgets\n\nThe General Assembly,\n\n"
        "1. Decides to enlarge the Committee at its meeting of 3 December 1961;\n",
        None,
        set(),
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "own", "cited"),
    by_tables(bare_heading=(_BARE_HEADING, _BARE_HEADING_AS_BEFORE)),
)
def test_own(lang: str, text: str, own: str | None, cited: set[str]) -> None:
    res = extract_text(text, lang=lang)
    assert res.document.source_id == own
    assert {str(c.target) for c in res.citations if c.target is not None} == cited
