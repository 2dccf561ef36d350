"""Adversarial rows for the texts the hidden passage sets hold in English, French and Spanish
(issue 7), third probe: health (political declarations of high-level meetings, World Health
Assembly texts kept unresolved), drug control and crime (the three drug conventions by name and
by Treaty Series volume, the Commission on Narcotic Drugs' and the Crime Commission's resolutions
and decisions, the organized crime and corruption conventions' conferences), counter-terrorism
(the Global Strategy and its reviews), women and peace and security and children and armed
conflict (long Council lists with their years and dates), twin resolutions of the Assembly and
the Council, frameworks and programmes of action endorsed by a resolution, the two global compacts
and the revitalization of the Assembly. Forms the rules missed: an executive board's decision
whose board is written by the bare name of its kind ("decision 2019/5 of the Executive Board",
"la décision 2019/5 du Conseil d'administration", "de la Junta Ejecutiva") is the board's named
before, as the shorter "de la Junta" already was; and a report's sentence whose subject is a
body's short name with the date set off before the text's noun ("The Commission adopted, on 22
March 2019, resolution 62/4", "La Commission a adopté, le …, la résolution …", "La Comisión
aprobó, el …, la resolución …"), as the full name already gave it; and a paragraph of the
operative part as French and Spanish Council texts write it ("le paragraphe 5 du dispositif de",
"el párrafo 5 de la parte dispositiva de"), whose pinpoint is the paragraph's.
The passages are invented for these tests."""

from __future__ import annotations

import pytest

from passages import ECOSOC, GA, SC, Records, assert_dated_targets, by_language, resolved_pinpoints
from rescite.engine.extract import extract_text

#: (language, passage, the body of the one unresolved record): a decision of "the Executive
#: Board" (its kind's bare name) is that of the executive board named before, or of the citing
#: board, which has no id scheme either (kept unresolved, its body said)
_BOARDS: list[tuple[str, str, str | None]] = [
    (
        "en",
        ECOSOC["en"]
        + (
            "Takes note of the report of the Executive Board of the United Nations Development "
            "Programme and of decision 2021/7 of the Executive Board,"
        ),
        "DP",
    ),
    (
        "en",
        ECOSOC["en"]
        + (
            "Recalling the work of the Executive Board of the United Nations Children's Fund.\n\n"
            "Takes note of Executive Board decision 2022/11,"
        ),
        "E/ICEF",
    ),
    (
        "fr",
        ECOSOC["fr"]
        + (
            "Prend note du rapport du Conseil d'administration du Programme des Nations Unies pour "
            "le développement et de la décision 2021/7 du Conseil d'administration,"
        ),
        "DP",
    ),
    (
        "fr",
        ECOSOC["fr"]
        + (
            "Rappelant les travaux du Conseil d'administration du Fonds des Nations Unies pour "
            "l'enfance.\n\nPrend note de la décision 2022/11 du Conseil d'administration,"
        ),
        "E/ICEF",
    ),
    (
        "es",
        ECOSOC["es"]
        + (
            "Toma nota del informe de la Junta Ejecutiva del Programa Mundial de Alimentos y de la "
            "decisión 2021/7 de la Junta Ejecutiva,"
        ),
        "WFP/EB",
    ),
    (
        "es",
        ECOSOC["es"]
        + (
            "Toma nota del informe de la Junta Ejecutiva del Programa de las Naciones Unidas para "
            "el Desarrollo y de la decisión 2022/11 de la Junta Ejecutiva,"
        ),
        "DP",
    ),
]

#: boards that must not change: no board named before (the bare board's), or a board named
#: with its number (that board's); es "de la Junta" after a board is test_adv36a's
_SAME_BOARDS: list[tuple[str, str, str | None]] = [
    ("en", ECOSOC["en"] + "Takes note of decision 2021/7 of the Executive Board,", "EB"),
    ("fr", ECOSOC["fr"] + "Prend note de la décision 2021/7 du Conseil d'administration,", "EB"),
    (
        "fr",
        ECOSOC["fr"]
        + (
            "Rappelant les travaux du Conseil d'administration du Fonds des Nations Unies pour "
            "l'enfance.\n\nPrend note de la décision 2022/11 du Conseil d'administration du PNUD,"
        ),
        "DP",
    ),
]


@pytest.mark.parametrize(("lang", "text", "body"), by_language(_BOARDS, _SAME_BOARDS))
def test_board_by_its_kind(lang: str, text: str, body: str | None) -> None:
    cits = extract_text(text, lang=lang).citations
    assert [(c.target, c.body) for c in cits] == [(None, body)]
    assert all(c.reason for c in cits)


#: (language, passage, each record as (target, and its date)): a report's sentence whose
#: subject, a body's short name, is set off from its verb or its object by the adoption's date
_SHORT_SUBJECT: list[tuple[str, str, Records]] = [
    (
        "en",
        "Report of the Commission on Narcotic Drugs\n\n4. The Commission adopted, on 15 March "
        '2019, resolution 62/7, entitled "Promoting alternative development".',
        [("E/CN.7/RES/62/7", "2019-03-15")],
    ),
    (
        "en",
        "Report of the Secretary-General\n\n6. The Assembly adopted, on 30 June 2021, resolution "
        "75/291 on the seventh review of the Global Counter-Terrorism Strategy.",
        [("A/RES/75/291", "2021-06-30")],
    ),
    (
        "fr",
        "Rapport de la Commission des stupéfiants\n\n4. La Commission a adopté, le 15 mars 2019, "
        "la résolution 62/7, intitulée « Promouvoir le développement alternatif ».",
        [("E/CN.7/RES/62/7", "2019-03-15")],
    ),
    (
        "fr",
        "Rapport du Secrétaire général\n\n6. L'Assemblée a, le 30 juin 2021, adopté la résolution "
        "75/291 sur le septième examen de la Stratégie antiterroriste mondiale.",
        [("A/RES/75/291", "2021-06-30")],
    ),
    (
        "es",
        "Informe de la Comisión de Estupefacientes\n\n4. La Comisión aprobó, el 15 de marzo de "
        '2019, la resolución 62/7, titulada "Promoción del desarrollo alternativo".',
        [("E/CN.7/RES/62/7", "2019-03-15")],
    ),
    (
        "es",
        "Informe del Secretario General\n\n6. La Asamblea aprobó, el 30 de junio de 2021, la "
        "resolución 75/291, relativa al séptimo examen de la Estrategia Global contra el Terrorismo.",
        [("A/RES/75/291", "2021-06-30")],
    ),
]

#: dates that must not change: the full name as the subject, a date opening the sentence, and
#: a date of the meeting's own clause that a short name's subject does not reach
_SAME_SHORT_SUBJECT: list[tuple[str, str, Records]] = [
    (
        "en",
        "Report of the Secretary-General\n\n4. The Commission on Narcotic Drugs adopted, on 15 "
        "March 2019, resolution 62/7.",
        [("E/CN.7/RES/62/7", "2019-03-15")],
    ),
    (
        "es",
        "Informe del Secretario General\n\n4. El 8 de septiembre de 2006, la Asamblea General "
        "aprobó la resolución 60/288.",
        [("A/RES/60/288", "2006-09-08")],
    ),
    (
        "fr",
        "Rapport du Secrétaire général\n\n4. La Commission s'est réunie le 15 mars 2019. Elle a "
        "rappelé la résolution 60/288 de l'Assemblée générale.",
        [("A/RES/60/288", None)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), by_language(_SHORT_SUBJECT, _SAME_SHORT_SUBJECT))
def test_short_subject_date(lang: str, text: str, want: Records) -> None:
    assert_dated_targets(text, lang, want)
    if all(date is None for _, date in want):
        assert all(c.date is None for c in extract_text(text, lang=lang).citations)


#: (language, passage, each resolved target with its record's pinpoint): a paragraph of the
#: operative part, as French and Spanish Council texts write it ("le paragraphe 5 du dispositif de
#: sa résolution", "el párrafo 5 de la parte dispositiva de su resolución"), is the paragraph's
#: pinpoint, as the English "operative paragraph 5 of" gives "paragraph 5"
_OPERATIVE_PINPOINTS: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "fr",
        SC["fr"]
        + (
            "Rappelant le paragraphe 5 du dispositif de sa résolution 2467 (2019) et les paragraphes "
            "3 et 4 du dispositif de la résolution 2493 (2019),"
        ),
        {"S/RES/2467(2019)": "paragraphe 5", "S/RES/2493(2019)": "paragraphes 3 et 4"},
    ),
    (
        "es",
        SC["es"]
        + (
            "Recordando el párrafo 5 de la parte dispositiva de su resolución 2467 (2019) y los "
            "párrafos 3 y 4 de la parte dispositiva de la resolución 2493 (2019),"
        ),
        {"S/RES/2467(2019)": "párrafo 5", "S/RES/2493(2019)": "párrafos 3 y 4"},
    ),
]

#: pinpoints that must not change
_SAME_OPERATIVE_PINPOINTS: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        SC["en"] + "Recalling operative paragraph 5 of its resolution 2467 (2019),",
        {"S/RES/2467(2019)": "paragraph 5"},
    ),
    (
        "fr",
        GA["fr"] + "Rappelant le paragraphe 5 de sa résolution 60/1 et l'annexe II de la résolution 55/25,",
        {"A/RES/60/1": "paragraphe 5", "A/RES/55/25": "annexe II"},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "want"), by_language(_OPERATIVE_PINPOINTS, _SAME_OPERATIVE_PINPOINTS)
)
def test_operative_pinpoints(lang: str, text: str, want: dict[str, str | None]) -> None:
    assert resolved_pinpoints(text, lang) == want
