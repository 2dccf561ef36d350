"""Look-alikes of the footnote pointers, the adoption's insertions, the actor citing by paragraphs
and the Council's dated number that a careful reader would not read as they do: a short form of
a legal style ("Id.", "op. cit.", "Указ. соч.") that does not open its note is no pointer at the
previous note (an author's work, "Smith, op. cit."; a web address, "www.bps.go.id."; a word, "an
id. card"); a number with another body's name before its date after the Council's undated
symbol is that body's; a body named as a complement ("on the recommendation of the Human Rights
Council, on 3 May, adopted") or as the object of a request's gerund ("Inviting the Human Rights
Council, in paragraphs 3 and 8 of its resolution") owns no text. Each row gave a target a careful
reader would not give (or, for the notes' markers, dropped one). The passages are invented for
these tests (numbers, dates and wording changed)."""

from __future__ import annotations

import pytest

from passages import GA, by_language
from rescite.engine.extract import extract_text

Cited = list[tuple[str, str | None, str | None]]


def _cited(lang: str, para: str) -> Cited:
    res = extract_text(f"{GA[lang]}{para}\n")
    return [(c.text, c.target, c.date) for c in res.citations]


# a passage with three notes: the first cites a resolution, the second a report, the third is the
# row's; the row's targets are those of the third note's records
_NOTES = {
    "en": "Noting its resolution 71/40,¹ the study² and the survey,³\n\n___\n¹ A/RES/71/40.\n"
    "² See A/79/118.\n³ {}\n",
    "fr": "Notant sa résolution 71/40¹, l'étude² et l'enquête³\n\n___\n¹ A/RES/71/40.\n"
    "² Voir A/79/118.\n³ {}\n",
    "es": "Observando su resolución 71/40¹, el estudio² y la encuesta³\n\n___\n¹ A/RES/71/40.\n"
    "² Véase A/79/118.\n³ {}\n",
    "ru": "отмечая свою резолюцию 71/40¹, исследование² и обследование³\n\n___\n¹ A/RES/71/40.\n"
    "² См. A/79/118.\n³ {}\n",
    "ar": "وإذ تلاحظ قرارها 71/40¹ والدراسة² والاستقصاء³\n\n___\n¹ A/RES/71/40.\n² انظر A/79/118.\n³ {}\n",
}

# (language, the third note, its targets): a short form inside the note, not at its start
_SHORT_FORM_INSIDE: list[tuple[str, str, list[str | None]]] = [
    ("en", "Data from the national statistics office, available at www.bps.go.id.", []),
    ("en", "Figures of Statistics Indonesia (https://www.bps.go.id. Accessed 4 June 2023).", []),
    ("en", "Migrants without an id. card cannot enrol in the scheme.", []),
    ("en", "Each case receives a registry id. 8812 on filing.", []),
    ("en", "Table 4: Id. No. 17, Id. No. 18.", []),
    ("en", 'See "Id. quod interest", Review of Roman Law, vol. 9 (1994).', []),
    ("en", "M. Okafor, op. cit., p. 71.", []),
    ("en", "Cited in R. Lindqvist, op. cit., pp. 12-14.", []),
    ("en", "Permanent Court of Arbitration, award of 2016, para. 3, op. cit.", []),
    ("fr", "Données de l'office de statistique, www.bps.go.id.", []),
    ("fr", "M. Lefèvre, op. cit., p. 71.", []),
    ("es", "Datos de la oficina de estadística, www.bps.go.id.", []),
    ("es", "M. Herrera, op. cit., pág. 71.", []),
    ("ru", "Петров П. П. Указ. соч. С. 71.", []),
    ("ru", "Петров П.П. Указ. соч., с. 71.", []),
    ("ru", "Сидоров, указ. соч., с. 9.", []),
    ("ar", "أوكافور، المرجع السابق، ص 71.", []),
]


@pytest.mark.parametrize(("lang", "note", "targets"), by_language(_SHORT_FORM_INSIDE))
def test_a_short_form_inside_a_note(lang: str, note: str, targets: list[str | None]) -> None:
    res = extract_text(GA[lang] + _NOTES[lang].format(note))
    assert [c.target for c in res.citations if c.paragraph == "3"] == targets


# (language, paragraph, the records): a number with another body's name between it and its date
# after the Council's undated symbol is that body's, no Council resolution
_DATED_OTHER_BODY: list[tuple[str, str, Cited]] = [
    (
        "en",
        "Recalling S/RES/2467 and 2272 of the Human Rights Council of 11 March 2016,",
        [("S/RES/2467", "S/RES/2467(2019)", None)],
    ),
    (
        "en",
        "Recalling S/RES/2467 and 2272 of the Economic and Social Council of 11 March 2016,",
        [("S/RES/2467", "S/RES/2467(2019)", None)],
    ),
    (
        "fr",
        "Rappelant S/RES/2467 et 2272 du Conseil des droits de l'homme du 11 mars 2016,",
        [("S/RES/2467", "S/RES/2467(2019)", None)],
    ),
    (
        "es",
        "Recordando S/RES/2467 y 2272 de la Asamblea de 11 de marzo de 2016,",
        [("S/RES/2467", "S/RES/2467(2019)", None)],
    ),
    (
        "es",
        "Recordando S/RES/2467 y 2272 del Consejo Económico y Social de 11 de marzo de 2016,",
        [("S/RES/2467", "S/RES/2467(2019)", None)],
    ),
    (
        "ru",
        "ссылаясь на S/RES/2467 и 2272 Совета МОМ от 11 марта 2016 года,",
        [("S/RES/2467", "S/RES/2467(2019)", None)],
    ),
    (
        "ru",
        "ссылаясь на S/RES/2467 и 2272 Экономического и Социального Совета от 11 марта 2016 года,",
        [("S/RES/2467", "S/RES/2467(2019)", None)],
    ),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_DATED_OTHER_BODY))
def test_dated_number_of_another_body(lang: str, para: str, expected: Cited) -> None:
    assert _cited(lang, para) == expected


# (language, paragraph, the records): a body named as a complement of the adoption's subject, its
# date, meeting or vote set off before the verb, is no subject: the text is the citing body's
_COMPLEMENT_BEFORE_ADOPTION: list[tuple[str, str, Cited]] = [
    (
        "en",
        "Noting that the General Assembly, on the recommendation of the Human Rights Council, on 3 May,"
        " adopted resolution 52/14,",
        [("52/14", "A/RES/52/14", None)],
    ),
    (
        "en",
        "Noting that the General Assembly, at the request of the Human Rights Council, without a vote,"
        " adopted resolution 52/14,",
        [("52/14", "A/RES/52/14", None)],
    ),
    (
        "en",
        "Noting that the President of the Human Rights Council, on 3 May, adopted resolution 52/14,",
        [("52/14", "A/RES/52/14", None)],
    ),
    (
        "en",
        "Noting that the Assembly, having considered the report of the Human Rights Council, at its 61st"
        " meeting, adopted resolution 52/14,",
        [("52/14", "A/RES/52/14", None)],
    ),
    (
        "en",
        "Noting that the Assembly, following the debate in the Human Rights Council, in May 2023, adopted"
        " resolution 52/14,",
        [("52/14", "A/RES/52/14", None)],
    ),
    (
        "fr",
        "Notant que l'Assemblée générale, sur la recommandation du Conseil des droits de l'homme, le 3 mai,"
        " a adopté la résolution 52/14,",
        [("52/14", "A/RES/52/14", None)],
    ),
    (
        "fr",
        "Notant que l'Assemblée générale, à la demande du Conseil des droits de l'homme, sans vote, a adopté"
        " la résolution 52/14,",
        [("52/14", "A/RES/52/14", None)],
    ),
    (
        "es",
        "Observando que la Asamblea General, por recomendación del Consejo de Derechos Humanos, el 3 de"
        " mayo, aprobó la resolución 52/14,",
        [("52/14", "A/RES/52/14", None)],
    ),
    (
        "es",
        "Observando que la Asamblea General, a solicitud del Consejo de Derechos Humanos, sin votación,"
        " aprobó la resolución 52/14,",
        [("52/14", "A/RES/52/14", None)],
    ),
    (
        "ru",
        "отмечая, что Генеральная Ассамблея по рекомендации Совета по правам человека 3 мая приняла"
        " резолюцию 52/14,",
        [("52/14", "A/RES/52/14", None)],
    ),
    (
        "ru",
        "отмечая, что Генеральная Ассамблея по просьбе Совета по правам человека без голосования приняла"
        " резолюцию 52/14,",
        [("52/14", "A/RES/52/14", None)],
    ),
    (
        "ar",
        "وإذ تلاحظ أن رئيس مجلس حقوق الإنسان اعتمد، في 3 أيار/مايو، القرار 52/14،",
        [("52/14", "A/RES/52/14", None)],
    ),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_COMPLEMENT_BEFORE_ADOPTION))
def test_complement_before_an_adoption(lang: str, para: str, expected: Cited) -> None:
    assert _cited(lang, para) == expected


# (language, paragraph, the records): a body that a request's participle or gerund governs is its
# object, no actor of the clause citing by paragraphs: the possessive is the citing body's
_OBJECT_OF_A_GERUND: list[tuple[str, str, Cited]] = [
    (
        "en",
        "Inviting the Human Rights Council, in paragraphs 3 and 8 of its resolution 45/21, to report,",
        [("45/21", "A/RES/45/21", None)],
    ),
    (
        "en",
        "Requesting the Human Rights Council, in paragraphs 3 to 8 of its resolution 45/21, to report,",
        [("45/21", "A/RES/45/21", None)],
    ),
    (
        "en",
        "Encouraging the Human Rights Council, in paragraphs 3 and 8 of its resolution 45/21, to act,",
        [("45/21", "A/RES/45/21", None)],
    ),
    (
        "fr",
        "Invitant le Conseil des droits de l'homme, aux paragraphes 3 et 8 de sa résolution 45/21, à faire"
        " rapport,",
        [("45/21", "A/RES/45/21", None)],
    ),
    (
        "fr",
        "Priant le Conseil des droits de l'homme, aux paragraphes 3 à 8 de sa résolution 45/21, de faire"
        " rapport,",
        [("45/21", "A/RES/45/21", None)],
    ),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_OBJECT_OF_A_GERUND))
def test_object_of_a_gerund(lang: str, para: str, expected: Cited) -> None:
    assert _cited(lang, para) == expected


# (the passage's notes, the third note's records): the short form at its note's start after a
# marker written with a slash or in brackets still points at the previous note
_MARKED_NOTES: list[tuple[str, list[tuple[str, str | None, int | None]]]] = [
    (
        "Noting its resolution 71/40,1/ the study 2/ and the survey 3/\n\n___\n1/ A/RES/71/40.\n"
        "2/ See A/79/118.\n3/ Id., para. 6.\n",
        [("Id.", "A/79/118", 2)],
    ),
    (
        "Noting its resolution 71/40,1/ the study 2/ and the survey 3/\n\n___\n1/ A/RES/71/40.\n"
        "2/ See A/79/118.\n3/ See id., annex.\n",
        [("id.", "A/79/118", 2)],
    ),
]


@pytest.mark.parametrize(("notes", "expected"), _MARKED_NOTES)
def test_a_short_form_after_a_slashed_marker(
    notes: str, expected: list[tuple[str, str | None, int | None]]
) -> None:
    res = extract_text(GA["en"] + notes)
    assert [(c.text, c.target, c.via_footnote) for c in res.citations if c.paragraph == "3"] == expected


# an annex whose notes are numbered from 1 again: a pointer in its third note (the row's) points
# at the annex's own notes, not the body's of the same numbers
_ANNEX_NOTES = (
    "Noting its resolution 71/40,¹ and the study,²\n\n___\n¹ A/RES/71/40.\n² See A/79/118.\n\n"
    "Annex\n\nThe plan¹ and the review² and the survey³\n\n___\n¹ A/RES/76/6.\n² See A/80/215.\n³ {}\n"
)

_POINTER_IN_AN_ANNEX: list[tuple[str, str, tuple[str, str, int]]] = [
    ("en", "See note 1 above.", ("note 1 above", "A/RES/76/6", 1)),
    ("en", "Supra note 2, para. 9.", ("Supra note 2", "A/80/215", 2)),
    ("en", "Id., para. 9.", ("Id.", "A/80/215", 2)),
    ("en", "Ibid., para. 9.", ("Ibid.", "A/80/215", 2)),
]


@pytest.mark.parametrize(("lang", "note", "expected"), by_language(_POINTER_IN_AN_ANNEX))
def test_a_pointer_in_an_annex(lang: str, note: str, expected: tuple[str, str, int]) -> None:
    res = extract_text(GA[lang] + _ANNEX_NOTES.format(note))
    last = [(c.text, c.target, c.via_footnote) for c in res.citations if c.via_footnote is not None]
    assert last == [expected]
