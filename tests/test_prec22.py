"""Precision forms of session 22 (issue 7): a short name written to point back ("resolution 72/6
of that Assembly", "du même Conseil") is the body of its kind named before, not the citing body;
a body named with a year before it existed (the Human Rights Council "in July 1999") gives no id;
a heading over another organisation's organ ("Le Conseil municipal,") gives no own id; a
symbol-shaped code of a thing ("flight A/320", "le lot S/12/2019") is no document; joined
communications with a spaced dash are one symbol; text for screen readers only (class "sr-only",
a clip to nothing) is not read; a lettered part before a year in brackets ("A/RES/57/270B
(2003)") keeps the year out of its id; the Bluebook's "U.N. Doc. A/4684, at 66 (Dec. 14, 1960)"
dates the document. Each table is followed by look-alikes that keep their reading. The passages
are invented for these tests."""

from __future__ import annotations

import pytest

from passages import GA, SC, GaRow, by_language, by_tables, ga_targets, targets_of
from rescite.engine.extract import extract_text

# (language, paragraph of an Assembly text, targets; "" an unresolved record): a short name
# that points back is the body named before (the World Health Assembly: no id here)
_BACK: list[GaRow] = [
    ("en", "Recalling World Health Assembly resolution WHA71.4 and resolution 71/4 of that Assembly,", {""}),
    (
        "en",
        "Noting resolution 73/9 of the World Health Assembly and resolution 73/11 of the same Assembly,",
        {""},
    ),
    (
        "en",
        "Welcoming resolution WHA74.2 of the World Health Assembly and resolution 74/2 of the said Assembly,",
        {""},
    ),
    (
        "fr",
        "Rappelant la résolution WHA71.4 de l'Assemblée mondiale de la "
        "Santé et la résolution 71/4 de cette Assemblée,",
        {""},
    ),
    (
        "fr",
        "Notant la résolution 73/9 de l'Assemblée mondiale de la Santé "
        "et la résolution 73/11 de la même Assemblée,",
        {""},
    ),
    (
        "es",
        "Recordando la resolución 73/9 de la Asamblea Mundial de la "
        "Salud y la resolución 73/11 de dicha Asamblea,",
        {""},
    ),
    (
        "ru",
        "ссылаясь на резолюцию 73/9 Всемирной ассамблеи здравоохранения и резолюцию 73/11 той же Ассамблеи,",
        {""},
    ),
]

#: … the Assembly named before, or the citing one, keeps its texts
_BACK_SAME: list[GaRow] = [
    (
        "en",
        "Recalling General Assembly resolution 76/5 and resolution 76/6 of that Assembly,",
        {"A/RES/76/5", "A/RES/76/6"},
    ),
    ("en", "Recalling resolution 76/6 of the Assembly,", {"A/RES/76/6"}),
    (
        "en",
        "Recalling resolution WHA71.4 of the World Health Assembly and its own resolution 71/4,",
        {"", "A/RES/71/4"},
    ),
]


# (language, paragraph, targets): "the same Council" after the Human Rights Council is that
# Council, which numbers no text by year; and the Council named with a year after its
# predecessor's time
_SAME_COUNCIL: list[GaRow] = [
    (
        "en",
        "Recalling Human Rights Council resolution 33/4 and resolution 2019/6 of the same Council,",
        {"A/HRC/RES/33/4", ""},
    ),
    (
        "fr",
        "Rappelant la résolution 33/4 du Conseil des droits de "
        "l'homme et la résolution 2019/6 du même Conseil,",
        {"A/HRC/RES/33/4", ""},
    ),
    (
        "es",
        "Recordando la resolución 33/4 del Consejo de Derechos "
        "Humanos y la resolución 2019/6 del mismo Consejo,",
        {"A/HRC/RES/33/4", ""},
    ),
    (
        "ru",
        "ссылаясь на резолюцию 33/4 Совета по правам человека и резолюцию 2019/6 того же Совета,",
        {"A/HRC/RES/33/4", ""},
    ),
    ("en", "Recalling Human Rights Council resolution 2017/9,", {""}),
]

_SAME_COUNCIL_SAME: list[GaRow] = [
    (
        "en",
        "Recalling Human Rights Council resolution 33/4 and resolution 34/2 of the same Council,",
        {"A/HRC/RES/33/4", "A/HRC/RES/34/2"},
    ),
    (
        "en",
        "Recalling Economic and Social Council resolution 2016/3 and resolution 2019/6 of the same Council,",
        {"E/RES/2016/3", "E/RES/2019/6"},
    ),
    ("en", "Recalling Human Rights Council resolution 1998/41,", {"E/CN.4/RES/1998/41"}),
]


# (language, paragraph, targets): the Human Rights Council with a year before its first: no id
_ERA: list[GaRow] = [
    ("en", "Recalling that the Human Rights Council, in July 1998, adopted resolution 54/17,", {""}),
    (
        "fr",
        "Rappelant que le Conseil des droits de l'homme a, en juillet 1998, adopté la résolution 54/17,",
        {""},
    ),
    (
        "es",
        "Recordando que el Consejo de Derechos Humanos, en julio de 1998, aprobó la resolución 54/17,",
        {""},
    ),
    ("en", "Recalling Human Rights Council resolution 6/3 of 21 April 1998,", {""}),
]

_ERA_SAME: list[GaRow] = [
    (
        "en",
        "Recalling that the Human Rights Council, in July 2018, adopted resolution 38/17,",
        {"A/HRC/RES/38/17"},
    ),
    (
        "en",
        "Recalling Commission on Human Rights resolution 1998/41 of 17 April 1998,",
        {"E/CN.4/RES/1998/41"},
    ),
]


# (language, text, own ids of its records): a heading over another organisation's organ's line
_OWN: list[tuple[str, str, set[str | None]]] = [
    (
        "fr",
        "Résolution 2021/7\n\nLe Conseil municipal,\n\nRappelant la "
        "résolution 2020/3 du Conseil économique et social,\n",
        {None},
    ),
    (
        "en",
        "Resolution 2021/7\n\nThe Municipal Council,\n\nRecalling "
        "Economic and Social Council resolution 2020/3,\n",
        {None},
    ),
    (
        "es",
        "Resolución 2021/7\n\nEl Concejo Municipal,\n\nRecordando la "
        "resolución 2020/3 del Consejo Económico y Social,\n",
        {None},
    ),
    (
        "ru",
        "Резолюция 2021/7\n\nГородской совет,\n\nссылаясь на резолюцию "
        "2020/3 Экономического и Социального Совета,\n",
        {None},
    ),
]

_OWN_SAME: list[tuple[str, str, set[str | None]]] = [
    (
        "en",
        "Resolution 2021/7\n\nThe Economic and Social Council,\n\nRecalling its resolution 2020/3,\n",
        {"E/RES/2021/7"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(_OWN, _OWN_SAME))
def test_heading_of_another_organisation(lang: str, text: str, expected: set[str | None]) -> None:
    res = extract_text(text)
    assert {c.target for c in res.citations} == {"E/RES/2020/3"}
    assert {c.source_id for c in res.citations} == expected


# (language, paragraph, targets): a symbol-shaped code right after the noun of a thing it names
_CODES: list[GaRow] = [
    (
        "en",
        "Noting that the observers travelled on flight A/320 and that the goods of lot S/12/2019 were sold,",
        set(),
    ),
    ("en", "Noting that the model A/320 aircraft was leased,", set()),
    (
        "fr",
        "Notant que les observateurs ont voyagé sur le vol A/320 et que le lot S/12/2019 a été vendu,",
        set(),
    ),
    (
        "es",
        "Observando que los observadores viajaron en el vuelo A/320 y que el lote S/12/2019 fue vendido,",
        set(),
    ),
    ("ru", "отмечая, что наблюдатели прибыли рейсом A/320,", set()),
]

_CODES_SAME: list[GaRow] = [
    (
        "en",
        "Taking note of the report of the Secretary-General (A/320) and of document S/12/2019,",
        {"A/320", "S/12/2019"},
    ),
    ("fr", "Prenant note du rapport du Secrétaire général (A/320),", {"A/320"}),
]


# (language, paragraph, targets): a name built on a Council number cites the resolution when its
# citation form (N (YYYY), ids.md) is written; a bare number in a name does not (as "1540")
_NAMED_ON_NUMBER_SAME: list[GaRow] = [
    ("en", "Welcoming the work of the 1325 (2000) network of women mediators,", {"S/RES/1325(2000)"}),
    ("fr", "Saluant le travail du réseau 1325 des médiatrices,", set()),
    ("en", "Welcoming the work of the 1325 network of women mediators,", set()),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language([], _NAMED_ON_NUMBER_SAME))
def test_name_built_on_a_number(lang: str, para: str, expected: set[str]) -> None:
    assert targets_of(SC[lang] + para) == expected


# (language, paragraph, targets): joined communications with a space either side of the dash
_JOINED: list[GaRow] = [
    ("en", "Noting the Views in CCPR/C/130/D/2611 - 2615/2015,", {"CCPR/C/130/D/2611-2615/2015"}),
    ("fr", "Notant les constatations CCPR/C/131/D/998 – 1003/2014,", {"CCPR/C/131/D/998-1003/2014"}),
]

_JOINED_SAME: list[GaRow] = [
    ("en", "Noting the Views in CCPR/C/131/D/998-1003/2014,", {"CCPR/C/131/D/998-1003/2014"}),
    ("en", "Noting documents A/78/310-312,", {"A/78/310", "A/78/311", "A/78/312"}),
]


_PAGE = "<html><body><main><p>The General Assembly,</p><p>{}</p></main></body></html>"

# (paragraph of a web page, targets): text for screen readers only is not read
_SR_ONLY: list[tuple[str, str, set[str]]] = [
    (
        "en",
        'Recalling its resolution 71/313<span class="visually-hidden">A/RES/71/312</span>,',
        {"A/RES/71/313"},
    ),
    (
        "en",
        'Noting document A/80/100<span style="position:absolute; clip: rect(0 0 0 0)">A/80/999</span>,',
        {"A/80/100"},
    ),
    (
        "en",
        'Recalling resolution 72/1<span class="govuk-visually-hidden">, see A/RES/72/2</span>,',
        {"A/RES/72/1"},
    ),
    (
        "en",
        'Recalling resolution 74/9<span class="sr-only">A/RES/74/8</span> and 74/10,',
        {"A/RES/74/9", "A/RES/74/10"},
    ),
]

_SR_ONLY_SAME: list[tuple[str, str, set[str]]] = [
    (
        "en",
        'Recalling resolution 72/1<span class="note-ref">, see A/RES/72/2</span>,',
        {"A/RES/72/1", "A/RES/72/2"},
    ),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_SR_ONLY, _SR_ONLY_SAME))
def test_screen_reader_text(lang: str, para: str, expected: set[str]) -> None:
    assert targets_of(_PAGE.format(para), lang) == expected


# (language, paragraph, targets): a part's letter glued to the number before a year in brackets
_LETTERED: list[GaRow] = [
    ("en", "Recalling resolution A/RES/58/112B (2004),", {"A/RES/58/112B"}),
    ("fr", "Rappelant la résolution A/RES/58/112B (2004),", {"A/RES/58/112B"}),
    ("es", "Recordando la resolución A/RES/58/112B(2004),", {"A/RES/58/112B"}),
]

_LETTERED_SAME: list[GaRow] = [
    ("en", "Recalling A/RES/58/112 B (2004) and A/RES/217A (III),", {"A/RES/58/112B", "A/RES/217A(III)"}),
    ("en", "Recalling S/RES/1325 (2000),", {"S/RES/1325(2000)"}),
]


# (language, note, (target, date) of its records): the Bluebook's page before the date's bracket
_NOTE = {
    "en": "Recalling the Declaration,¹\n\n__________\n¹ {}\n",
    "fr": "Rappelant la Déclaration,¹\n\n__________\n¹ {}\n",
    "es": "Recordando la Declaración,¹\n\n__________\n¹ {}\n",
}
_DATED: list[tuple[str, str, set[tuple[str | None, str | None]]]] = [
    ("en", "U.N. Doc. A/4712, at 31 (Mar. 3, 1961).", {("A/4712", "1961-03-03")}),
    ("fr", "Doc. NU A/4712, p. 31 (3 mars 1961).", {("A/4712", "1961-03-03")}),
    ("es", "Doc. ONU A/4712, pág. 31 (3 de marzo de 1961).", {("A/4712", "1961-03-03")}),
]

_DATED_SAME: list[tuple[str, str, set[tuple[str | None, str | None]]]] = [
    ("en", "U.N. Doc. A/4712 (Mar. 3, 1961).", {("A/4712", "1961-03-03")}),
    (
        "en",
        "U.N. Doc. A/4712, at 31, and U.N. Doc. A/4713 (Mar. 3, 1961).",
        {("A/4712", None), ("A/4713", "1961-03-03")},
    ),
]


@pytest.mark.parametrize(("lang", "note", "expected"), by_language(_DATED, _DATED_SAME))
def test_bluebook_document_date(lang: str, note: str, expected: set[tuple[str | None, str | None]]) -> None:
    res = extract_text(GA[lang] + _NOTE[lang].format(note))
    assert {(c.target, c.date) for c in res.citations} == expected


@pytest.mark.parametrize(
    ("lang", "para", "expected"),
    by_tables(
        back=(_BACK, _BACK_SAME),
        same_council=(_SAME_COUNCIL, _SAME_COUNCIL_SAME),
        era=(_ERA, _ERA_SAME),
        codes=(_CODES, _CODES_SAME),
        joined=(_JOINED, _JOINED_SAME),
        lettered=(_LETTERED, _LETTERED_SAME),
    ),
)
def test_assembly_targets(lang: str, para: str, expected: set[str]) -> None:
    assert ga_targets(lang, para) == expected
