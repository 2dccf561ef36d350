"""False citations of session 21 (issue 7) that a careful reader would not give: a note's "Id." that
opens a list ("Id. y resolución 72/5": the previous note's text, and another), a word that opens
with the letters of "Ibid." or "idem" ("Idemitsu"), "note 1 above the line" (a place, no pointer),
a body heard before the adoption's date ("after hearing the Human Rights Council, on 8 April,
adopted …": no subject), the Human Rights Council named with a year's number (the Commission on
Human Rights' series), the symbol of joined communications ("CCPR/C/130/D/2980-2982/2017"), the
Rome Statute of another institute, and a State's organ named with its State ("the Parliament of
Canada adopted …") or a ministry after the number. Each table is followed by look-alikes that keep
their citations. The passages are invented for these tests."""

from __future__ import annotations

import pytest

from passages import GA, by_language
from rescite.engine.extract import extract_text

Note = tuple[str, "str | None", "int | None"]

#: Three notes, the first two with a text each; the row gives the third
_NOTES = {
    "en": "Recalling its resolution 73/18,¹ the study² and the survey³\n\n___\n¹ A/RES/73/18.\n"
    "² See A/80/341.\n³ {}\n",
    "fr": "Rappelant sa résolution 73/18,¹ l'étude² et l'enquête³\n\n___\n¹ A/RES/73/18.\n"
    "² Voir A/80/341.\n³ {}\n",
    "es": "Recordando su resolución 73/18,¹ el estudio² y la encuesta³\n\n___\n¹ A/RES/73/18.\n"
    "² Véase A/80/341.\n³ {}\n",
}


def _third_note(lang: str, note: str) -> list[Note]:
    res = extract_text(GA[lang] + _NOTES[lang].format(note))
    return [(c.text, c.target, c.via_footnote) for c in res.citations if c.paragraph == "3"]


# (language, third note, its records): "Id." (or "Ibid.") then a list's word: the previous
# note's text, then the note's own (it was read as the series of the note's own text)
_ID_AND: list[tuple[str, str, list[Note]]] = [
    ("es", "Id. y resolución 74/9.", [("Id.", "A/80/341", 2), ("74/9", "A/RES/74/9", None)]),
    ("es", "Id. y A/80/502, párr. 3.", [("Id.", "A/80/341", 2), ("A/80/502", "A/80/502", None)]),
    ("en", "Id. and resolution 74/9.", [("Id.", "A/80/341", 2), ("74/9", "A/RES/74/9", None)]),
    ("fr", "Ibid. et résolution 74/9.", [("Ibid.", "A/80/341", 2), ("74/9", "A/RES/74/9", None)]),
    ("fr", "Ibid., et A/80/502.", [("Ibid.", "A/80/341", 2), ("A/80/502", "A/80/502", None)]),
]

#: … a short form alone, with a pinpoint, or the series of the note's own text keeps its reading
_ID_AND_SAME: list[tuple[str, str, list[Note]]] = [
    ("es", "Id., párr. 4.", [("Id.", "A/80/341", 2)]),
    ("es", "Id., párrs. 4 y 5.", [("Id.", "A/80/341", 2)]),
    ("en", "Ibid., Eightieth Session, Supplement No. 5 (A/80/5).", [("A/80/5", "A/80/5", None)]),
]


@pytest.mark.parametrize(("lang", "note", "expected"), by_language(_ID_AND, _ID_AND_SAME))
def test_a_short_form_that_opens_a_list(lang: str, note: str, expected: list[Note]) -> None:
    assert _third_note(lang, note) == expected


# (language, third note): a word that opens with the letters of a long form is a name, no "Ibid."
_IBID_IN_WORDS: list[tuple[str, str, list[Note]]] = [
    ("en", "Data from the Idemitsu annual report.", []),
    ("en", "Ibidun Foundation, annual report 2023.", []),
    ("es", "Informe anual de Idemsa, 2022.", []),
    ("fr", "Idempotence des données du registre.", []),
]

#: … the long forms as words of their own, "Ibidem" among them
_IBID_WORDS_SAME: list[tuple[str, str, list[Note]]] = [
    ("en", "Ibid.", [("Ibid.", "A/80/341", 2)]),
    ("es", "Ídem, párr. 2.", [("Ídem", "A/80/341", 2)]),
    ("fr", "Idem.", [("Idem.", "A/80/341", 2)]),
]

#: … "Ibidem" is the long form's full word (it was read as "Ibid" and the rest left over)
_IBIDEM: list[tuple[str, str, list[Note]]] = [
    ("en", "Ibidem.", [("Ibidem.", "A/80/341", 2)]),
    ("es", "Ibidem, párr. 6.", [("Ibidem", "A/80/341", 2)]),
]


@pytest.mark.parametrize(
    ("lang", "note", "expected"), by_language(_IBID_IN_WORDS + _IBIDEM, _IBID_WORDS_SAME)
)
def test_a_long_form_is_a_word(lang: str, note: str, expected: list[Note]) -> None:
    assert _third_note(lang, note) == expected


# (language, third note, its records): "above" with an object is a place on the page, no pointer
_ABOVE_A_PLACE: list[tuple[str, str, list[Note]]] = [
    ("en", "As drawn in note 1 above the line of the table.", []),
    ("en", "The figure in footnote 2 above a threshold of 5 per cent.", []),
    ("es", "Como en la nota 1 más arriba de la línea.", []),
]

#: … a pointer back keeps its note's text
_ABOVE_SAME: list[tuple[str, str, list[Note]]] = [
    ("en", "See note 1 above.", [("note 1 above", "A/RES/73/18", 1)]),
    ("en", "See note 1 above and the report.", [("note 1 above", "A/RES/73/18", 1)]),
    ("en", "See note 2 above, para. 9.", [("note 2 above", "A/80/341", 2)]),
    ("es", "Véase la nota 1 más arriba.", [("nota 1 más arriba", "A/RES/73/18", 1)]),
]


@pytest.mark.parametrize(("lang", "note", "expected"), by_language(_ABOVE_A_PLACE, _ABOVE_SAME))
def test_above_a_place(lang: str, note: str, expected: list[Note]) -> None:
    assert _third_note(lang, note) == expected


def _targets(lang: str, para: str) -> set[str | None]:
    return {c.target for c in extract_text(GA[lang] + para).citations}


# (language, paragraph of a General Assembly text, its targets): a body heard (or consulted)
# before the adoption's date is no subject of the adoption: the citing body's text
_HEARD: list[tuple[str, str, set[str | None]]] = [
    (
        "en",
        "Noting that, after hearing the Human Rights Council, on 8 April, adopted resolution 46/3,",
        {"A/RES/46/3"},
    ),
    (
        "en",
        "Noting that the Assembly, having heard the Human Rights Council, on 3 May, adopted resolution 46/7,",
        {"A/RES/46/7"},
    ),
    (
        "en",
        "Noting that, after consulting the Human Rights Council, on 3 May, adopted resolution 46/7,",
        {"A/RES/46/7"},
    ),
    (
        "fr",
        "Rappelant que, après avoir entendu le Conseil des droits de l'homme, le 8 avril, a adopté "
        "la résolution 46/3,",
        {"A/RES/46/3"},
    ),
    (
        "es",
        "Recordando que, tras escuchar al Consejo de Derechos Humanos, el 8 de abril, aprobó la "
        "resolución 46/3,",
        {"A/RES/46/3"},
    ),
    (
        "es",
        "Recordando que, tras oír al Consejo de Derechos Humanos, el 2 de junio, aprobó la resolución 47/2,",
        {"A/RES/47/2"},
    ),
    (
        "es",
        "Recordando que, después de haber escuchado al Consejo de Derechos Humanos, el 2 de junio, "
        "aprobó la resolución 47/2,",
        {"A/RES/47/2"},
    ),
]

#: … the body that adopts, with its date set off, keeps its text
_HEARD_SAME: list[tuple[str, str, set[str | None]]] = [
    ("en", "Noting that the Human Rights Council, on 8 April, adopted resolution 46/3,", {"A/HRC/RES/46/3"}),
    (
        "fr",
        "Rappelant que le Conseil des droits de l'homme, le 8 avril, a adopté la résolution 46/3,",
        {"A/HRC/RES/46/3"},
    ),
    (
        "es",
        "Recordando que el Consejo de Derechos Humanos, el 8 de abril, aprobó la resolución 46/3,",
        {"A/HRC/RES/46/3"},
    ),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_HEARD, _HEARD_SAME))
def test_a_body_heard_is_no_subject(lang: str, para: str, expected: set[str | None]) -> None:
    assert _targets(lang, para) == expected


# (language, paragraph, targets): the Human Rights Council named with a year's number — the
# Council numbers by session; a year's number is its predecessor's, the Commission on Human
# Rights' (it was the Economic and Social Council's)
_PREDECESSOR: list[tuple[str, str, set[str | None]]] = [
    (
        "en",
        "Noting that the Human Rights Council, in July 1999, adopted resolution 1999/14,",
        {"E/CN.4/RES/1999/14"},
    ),
    ("en", "Noting Human Rights Council resolution 2003/52,", {"E/CN.4/RES/2003/52"}),
    (
        "fr",
        "Notant que le Conseil des droits de l'homme, en juillet 1999, a adopté la résolution 1999/14,",
        {"E/CN.4/RES/1999/14"},
    ),
    (
        "es",
        "Tomando nota de la resolución 2003/52 del Consejo de Derechos Humanos,",
        {"E/CN.4/RES/2003/52"},
    ),
]

#: … the Council's own numbers, the Commission's and the Economic and Social Council's stay
_PREDECESSOR_SAME: list[tuple[str, str, set[str | None]]] = [
    ("en", "Noting Human Rights Council resolution 5/1 of 18 June 2007,", {"A/HRC/RES/5/1"}),
    ("en", "Noting Commission on Human Rights resolution 2003/52,", {"E/CN.4/RES/2003/52"}),
    ("en", "Noting Economic and Social Council resolution 2003/52,", {"E/RES/2003/52"}),
    ("en", "Noting resolution 2003/52,", {"E/RES/2003/52"}),
    (
        "en",
        "Noting Human Rights Council resolution 45/2 and resolution 2018/6 of the Council,",
        {"A/HRC/RES/45/2", "E/RES/2018/6"},
    ),
    (
        "fr",
        "Notant la résolution 45/2 du Conseil des droits de l'homme et la résolution 2018/6 du Conseil,",
        {"A/HRC/RES/45/2", "E/RES/2018/6"},
    ),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_PREDECESSOR, _PREDECESSOR_SAME))
def test_a_year_number_under_the_council(lang: str, para: str, expected: set[str | None]) -> None:
    assert _targets(lang, para) == expected


# (language, paragraph, targets): the numbers of joined communications before their year are one
# element of the symbol (it was cut at the dash: "CCPR/C/130/D/2980")
_JOINED: list[tuple[str, str, set[str | None]]] = [
    ("en", "Recalling the Views in CCPR/C/131/D/2874-2876/2016,", {"CCPR/C/131/D/2874-2876/2016"}),
    (
        "en",
        "Recalling the Views in CEDAW/C/77/D/161-162/2020 and CCPR/C/131/D/2874-2876/2016,",
        {"CEDAW/C/77/D/161-162/2020", "CCPR/C/131/D/2874-2876/2016"},
    ),
    (
        "fr",
        "Rappelant les constatations CCPR/C/131/D/2874-2876/2016/Add.1,",
        {"CCPR/C/131/D/2874-2876/2016/Add.1"},
    ),
]

#: … one communication's symbol, a range of documents and a joint symbol keep their reading
_JOINED_SAME: list[tuple[str, str, set[str | None]]] = [
    ("en", "Recalling the Views in CCPR/C/131/D/2874/2016,", {"CCPR/C/131/D/2874/2016"}),
    ("en", "Recalling documents A/79/210-212,", {"A/79/210", "A/79/211", "A/79/212"}),
    ("en", "Recalling document A/52/118-S/1997/301,", {"A/52/118", "S/1997/301"}),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_JOINED, _JOINED_SAME))
def test_joined_communications(lang: str, para: str, expected: set[str | None]) -> None:
    assert _targets(lang, para) == expected


# (language, paragraph, targets): "Rome Statute of" another institution is not the Court's Statute
_ROME_OF_ANOTHER: list[tuple[str, str, set[str | None]]] = [
    ("en", "Noting the Rome Statute of the International Institute for Applied Systems,", set()),
    ("en", "Noting the Rome Statute of UNIDROIT,", set()),
    ("fr", "Notant le Statut de Rome de l'Institut international pour l'unification du droit privé,", set()),
    ("es", "Tomando nota del Estatuto de Roma del Instituto Internacional de Estudios Agrarios,", set()),
]

# (language, paragraph, targets): the Statute's name inside another's: a State's act ("the Rome
# Statute Act 2006", "la loi relative au Statut de Rome") or the Assembly of its States Parties
_ROME_IN_A_NAME: list[tuple[str, str, set[str | None]]] = [
    ("en", "Noting the Rome Statute Implementation Act of 2001 of Canada,", set()),
    ("en", "Noting the Rome Statute Act 2004 of Samoa,", set()),
    ("en", "Noting the Convention on the Rights of Persons with Disabilities Act 2020 of Uganda,", set()),
    ("fr", "Notant la loi relative au Statut de Rome de 2001 du Canada,", set()),
    ("es", "Tomando nota de la Ley de Implementación del Estatuto de Roma de Panamá,", set()),
    ("en", "Noting that the Assembly of States Parties to the Rome Statute met in The Hague,", set()),
    ("fr", "Notant que l'Assemblée des États parties au Statut de Rome s'est réunie à La Haye,", set()),
    (
        "es",
        "Tomando nota de que la Asamblea de los Estados Partes en el Estatuto de Roma se reunió en La Haya,",
        set(),
    ),
]

#: … the Court's Statute, by its full name, with its date, or with the Court's short name
_ROME_SAME: list[tuple[str, str, set[str | None]]] = [
    ("en", "Noting the Rome Statute of the International Criminal Court,", {"UNTS/2187/38544"}),
    ("en", "Noting the Rome Statute of 17 July 1998,", {"UNTS/2187/38544"}),
    ("en", "Noting the Rome Statute of the Court,", {"UNTS/2187/38544"}),
    ("fr", "Notant le Statut de Rome de 1998,", {"UNTS/2187/38544"}),
    ("fr", "Notant le Statut de Rome de la Cour pénale internationale,", {"UNTS/2187/38544"}),
    ("es", "Tomando nota del Estatuto de Roma de la Corte Penal Internacional,", {"UNTS/2187/38544"}),
    ("es", "Tomando nota del Estatuto de Roma de la Corte,", {"UNTS/2187/38544"}),
    ("en", "Calls upon States Parties to the Rome Statute to cooperate,", {"UNTS/2187/38544"}),
    ("en", "Noting the Rome Statute, article 7,", {"UNTS/2187/38544"}),
    (
        "en",
        "Noting the Convention on the Rights of Persons with Disabilities. Act No. 4 of 2020 applies,",
        {"UNTS/2515/44910"},
    ),
]


@pytest.mark.parametrize(
    ("lang", "para", "expected"), by_language(_ROME_OF_ANOTHER + _ROME_IN_A_NAME, _ROME_SAME)
)
def test_rome_statute_of_another(lang: str, para: str, expected: set[str | None]) -> None:
    assert _targets(lang, para) == expected


# (language, paragraph, targets): a State's organ named with its State as the adoption's subject,
# or a ministry (a State's secretariat) after the number: that organ's text, no id
_STATE_ORGAN: list[tuple[str, str, set[str | None]]] = [
    ("en", "Noting that the Parliament of Canada adopted resolution 43/2 in 2020,", {None}),
    ("en", "Noting that the National Assembly of Kenya adopted resolution 43/2,", {None}),
    (
        "en",
        "Noting that the National Commission for Human Rights, on 8 June 2019, adopted resolution 43/2,",
        {None},
    ),
    (
        "fr",
        "Notant que la Commission nationale des droits de l'homme, le 8 juin 2019, a adopté la "
        "résolution 43/2,",
        {None},
    ),
    (
        "es",
        "Tomando nota de que la Comisión Nacional de Derechos Humanos de México, el 8 de junio de "
        "2019, aprobó la resolución 43/2,",
        {None},
    ),
    ("fr", "Notant que le Parlement du Canada a adopté la résolution 43/2 en 2020,", {None}),
    ("es", "Tomando nota de que el Parlamento del Canadá aprobó la resolución 43/2 en 2020,", {None}),
    ("en", "Recalling resolution 2018/9 of the Ministry of Justice,", {None}),
    ("en", "Recalling resolution 2018/9 of the Parliament,", {None}),
    ("fr", "Rappelant la résolution 2018/9 du ministère de la Justice,", {None}),
    ("fr", "Rappelant la résolution 2018/9 du Parlement,", {None}),
    ("es", "Recordando la resolución 2018/9 del Ministerio de Justicia,", {None}),
    ("es", "Recordando la Resolución 2018/9 de la Secretaría de Estado de Justicia,", {None}),
    ("en", "Noting that the Board of Governors, on 6 June 2018, adopted resolution 2018/9,", {None}),
    ("fr", "Notant que le Conseil des gouverneurs, le 6 juin 2018, a adopté la résolution 2018/9,", {None}),
    (
        "es",
        "Tomando nota de que la Junta de Gobernadores, el 6 de junio de 2018, aprobó la resolución 2018/9,",
        {None},
    ),
]

#: … the United Nations' bodies keep their texts
_STATE_ORGAN_SAME: list[tuple[str, str, set[str | None]]] = [
    ("en", "Noting that the Human Rights Council adopted resolution 43/2,", {"A/HRC/RES/43/2"}),
    (
        "en",
        "Noting that the Commission on Human Rights, on 8 April 2005, adopted resolution 2005/69,",
        {"E/CN.4/RES/2005/69"},
    ),
    (
        "fr",
        "Notant que la Commission des droits de l'homme, le 8 avril 2005, a adopté la résolution 2005/69,",
        {"E/CN.4/RES/2005/69"},
    ),
    ("en", "Recalling resolution 2018/9 of the Economic and Social Council,", {"E/RES/2018/9"}),
    ("es", "Recordando la resolución 2018/9 del Consejo Económico y Social,", {"E/RES/2018/9"}),
    ("fr", "Rappelant la résolution 2018/9 du Conseil économique et social,", {"E/RES/2018/9"}),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_STATE_ORGAN, _STATE_ORGAN_SAME))
def test_a_state_organ(lang: str, para: str, expected: set[str | None]) -> None:
    assert _targets(lang, para) == expected


# look-alikes of the attack on the engine (session 21): numbers of statistics, pages, fractions,
# standards, States' laws, European Union acts, court cases and counts after a Council's date — no
# citation, or only the Council's resolution
_NO_TARGET: list[tuple[str, str, set[str | None]]] = [
    ("en", "The 2021/22 budget rose by 3 per cent over the 2020/21 budget.", set()),
    ("en", "Table 4\nYear 2018/19 2019/20 2020/21\nTotal 11/13 14/16 17/19\n", set()),
    ("en", "The study (see pp. 21/23) found that 2/3 of the schools lacked power.", set()),
    ("en", "Certified under ISO 9001:2015 and ISO/IEC 27001:2022.", set()),
    ("en", "Recalling Law No. 51/2014 of Peru on forced labour,", set()),
    ("en", "Noting Federal Law No. 121-FZ of 20 July 2012 of the Russian Federation,", set()),
    ("en", "Noting Regulation (EU) 2018/1725 of the European Parliament and of the Council,", set()),
    ("en", "Noting Directive 2012/29/EU of the European Parliament and of the Council,", set()),
    ("en", "Recalling the judgment in Case C-411/17 of the Court of Justice,", set()),
    ("en", "See ICJ Reports 2012, p. 99, para. 93.", set()),
    ("fr", "Le budget 2021/22 a progressé de 3 pour cent par rapport au budget 2020/21.", set()),
    ("fr", "Rappelant la loi no 51/2014 du Pérou relative au travail forcé,", set()),
    ("fr", "Notant le règlement (UE) 2018/1725 du Parlement européen et du Conseil,", set()),
    ("fr", "Notant la directive 2012/29/UE du Parlement européen et du Conseil,", set()),
    ("es", "El presupuesto 2021/22 aumentó un 3 % respecto del presupuesto 2020/21.", set()),
    ("es", "Recordando el Decreto 31/2020 de Mozambique,", set()),
    ("es", "Recordando la Ley Orgánica 8/2021, de 4 de junio,", set()),
    ("es", "Tomando nota del Reglamento (UE) 2018/1725 del Parlamento Europeo y del Consejo,", set()),
    (
        "en",
        "Recalling Security Council resolution 2467 of 23 April 2019 14 States joined,",
        {"S/RES/2467(2019)"},
    ),
    (
        "fr",
        "Rappelant la résolution 2467 du Conseil de sécurité du 23 avril 2019 14 États,",
        {"S/RES/2467(2019)"},
    ),
    (
        "es",
        "Recordando la resolución 2467 del Consejo de Seguridad, de 23 de abril de 2019 14 Estados,",
        {"S/RES/2467(2019)"},
    ),
    ("en", "Table 2\nSecurity Council resolution 2467 (2019) 14 52 80\n", {"S/RES/2467(2019)"}),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language([], _NO_TARGET))
def test_look_alikes_without_a_citation(lang: str, para: str, expected: set[str | None]) -> None:
    assert _targets(lang, para) == expected


# (a text, its own id and its targets): a heading whose number the body could not have given
# ("Resolution 1999/12" over the Human Rights Council's line, an A/HRC id of 1999) or a heading
# that names a State's organ after the number: no own id (it was A/HRC/RES/1999/12, E/RES/2019/12)
_OWN: list[tuple[str, str, tuple[set[str | None], set[str | None]]]] = [
    (
        "en",
        "Resolution 1998/27\n\nThe Human Rights Council,\n\nRecalling resolution 72/4,\n",
        ({None}, {"A/RES/72/4"}),
    ),
    (
        "fr",
        "Résolution 2017/31 du Conseil municipal\n\nLe Conseil municipal,\n\nRappelant la résolution 72/4,\n",
        ({None}, {"A/RES/72/4"}),
    ),
    (
        "es",
        "Resolución 2017/31 del Concejo Municipal\n\nRecordando la resolución 72/4,\n",
        ({None}, {"A/RES/72/4"}),
    ),
    (
        "es",
        "Resolución 2017/31 del Ministerio de Justicia\n\nRecordando la resolución 72/4,\n",
        ({None}, {"A/RES/72/4"}),
    ),
]

#: … a heading of the Council's own numbering, or a year's number of the Economic and Social
#: Council (named, or no body named), keeps its own id
_OWN_SAME: list[tuple[str, str, tuple[set[str | None], set[str | None]]]] = [
    (
        "en",
        "Resolution 38/4\n\nThe Human Rights Council,\n\nRecalling resolution 72/4,\n",
        ({"A/HRC/RES/38/4"}, {"A/RES/72/4"}),
    ),
    ("en", "Resolution 2017/31\n\nRecalling resolution 72/4,\n", ({"E/RES/2017/31"}, {"A/RES/72/4"})),
    (
        "fr",
        "Résolution 2017/31 du Conseil économique et social\n\nRappelant la résolution 72/4,\n",
        ({"E/RES/2017/31"}, {"A/RES/72/4"}),
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(_OWN, _OWN_SAME))
def test_own_id_of_a_heading(lang: str, text: str, expected: tuple[set[str | None], set[str | None]]) -> None:
    res = extract_text(text)
    assert ({c.source_id for c in res.citations}, {c.target for c in res.citations}) == expected


def _dates(lang: str, para: str) -> set[tuple[str | None, str | None]]:
    return {(c.target, c.date) for c in extract_text(GA[lang] + para).citations}


# (language, paragraph, (target, date) of its records): a date its text cannot bear — a Council
# number's year given by the numbering is not the date's, a day its month has not — is dropped
_DATES: list[tuple[str, str, set[tuple[str | None, str | None]]]] = [
    (
        "en",
        "Recalling Security Council resolution 2250 of 9 December 2017,",
        {("S/RES/2250(2015)", None)},
    ),
    (
        "fr",
        "Rappelant la résolution 2250 du Conseil de sécurité du 9 décembre 2017,",
        {("S/RES/2250(2015)", None)},
    ),
    ("en", "Recalling its resolution 74/2 of 31 February 2019,", {("A/RES/74/2", None)}),
    ("es", "Recordando su resolución 74/2, de 31 de abril de 2019,", {("A/RES/74/2", None)}),
]

#: … a date its text bears keeps it (leap day too)
_DATES_SAME: list[tuple[str, str, set[tuple[str | None, str | None]]]] = [
    (
        "en",
        "Recalling Security Council resolution 2250 of 9 December 2015,",
        {("S/RES/2250(2015)", "2015-12-09")},
    ),
    ("en", "Recalling its resolution 74/270 of 2 April 2020,", {("A/RES/74/270", "2020-04-02")}),
    ("fr", "Rappelant sa résolution 74/268 du 29 février 2020,", {("A/RES/74/268", "2020-02-29")}),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_DATES, _DATES_SAME))
def test_a_date_its_text_cannot_bear(
    lang: str, para: str, expected: set[tuple[str | None, str | None]]
) -> None:
    assert _dates(lang, para) == expected


# (language, paragraph, targets): a State's act named by its noun and an adjective after it (the
# order of French and Spanish) before a number N (YYYY): no Security Council resolution
_ACT_ADJECTIVE: list[tuple[str, str, set[str | None]]] = [
    ("fr", "Le code budgétaire 2421 (2018) a été clôturé.", set()),
    ("fr", "Rappelant la loi organique 1327 (2000),", set()),
    ("es", "El código presupuestario 2421 (2018) se cerró.", set()),
    ("es", "Recordando la Ley Orgánica 1327 (2000),", set()),
]

#: … the Council's resolution after its noun, or after the act in a list, keeps its id
_ACT_ADJECTIVE_SAME: list[tuple[str, str, set[str | None]]] = [
    ("fr", "Rappelant la résolution 2421 (2018) du Conseil de sécurité,", {"S/RES/2421(2018)"}),
    (
        "es",
        "Recordando el Decreto Supremo 2250 (2015) y la resolución 2250 (2015),",
        {"S/RES/2250(2015)"},
    ),
    ("en", "Recalling Security Council resolution 2421 (2018),", {"S/RES/2421(2018)"}),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_ACT_ADJECTIVE, _ACT_ADJECTIVE_SAME))
def test_an_act_and_its_adjective(lang: str, para: str, expected: set[str | None]) -> None:
    assert _targets(lang, para) == expected


# (language, paragraph, targets): a year's number written with a leading zero and no body named
# is a State's or another organisation's (the United Nations never writes "2019/07"): unresolved
_LEADING_ZERO: list[tuple[str, str, set[str | None]]] = [
    ("en", "Recalling resolution 2016/08 on the registry of victims,", {None}),
    ("fr", "Rappelant la résolution 2016/08 relative au registre des victimes,", {None}),
    ("es", "Recordando la Resolución 2016/08 sobre el registro de víctimas,", {None}),
]

#: … the Council's number as the Organization writes it keeps its id
_LEADING_ZERO_SAME: list[tuple[str, str, set[str | None]]] = [
    ("en", "Recalling resolution 2016/8 on the registry of victims,", {"E/RES/2016/8"}),
    ("es", "Recordando la resolución 2016/10 sobre el registro de víctimas,", {"E/RES/2016/10"}),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_LEADING_ZERO, _LEADING_ZERO_SAME))
def test_a_leading_zero(lang: str, para: str, expected: set[str | None]) -> None:
    assert _targets(lang, para) == expected


# (language, paragraph, targets): the Security Council as the clause's actor with a number of a
# session's shape, which it never gave: unresolved (it was the Assembly's)
_COUNCIL_ACTOR: list[tuple[str, str, set[str | None]]] = [
    ("en", "Noting that the Security Council, in its resolution 47/5, requested a report,", {None}),
    ("fr", "Notant que le Conseil de sécurité, dans sa résolution 47/5, a demandé un rapport,", {None}),
    ("es", "Tomando nota de que el Consejo de Seguridad, en su resolución 47/5, pidió un informe,", {None}),
]

#: … its own number, and the Council named without being the actor, keep their reading
_COUNCIL_ACTOR_SAME: list[tuple[str, str, set[str | None]]] = [
    (
        "en",
        "Noting that the Security Council, in its resolution 2250 (2015), requested a report,",
        {"S/RES/2250(2015)"},
    ),
    (
        "en",
        "Noting Security Council resolutions 2250 (2015) and 70/1,",
        {"S/RES/2250(2015)", "A/RES/70/1"},
    ),
    ("en", "Noting that the General Assembly, in its resolution 47/5, requested a report,", {"A/RES/47/5"}),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_COUNCIL_ACTOR, _COUNCIL_ACTOR_SAME))
def test_the_council_as_actor(lang: str, para: str, expected: set[str | None]) -> None:
    assert _targets(lang, para) == expected
