"""Forms still missed or misread (issue 7): a treaty's volume written "Vol."; a document
symbol's pinpoint ("(A/76/310, paras. 8–11)"); a pinpoint before a body's name and its noun
("annex I to General Assembly resolution 63/211") or an annex without its number ("the annex
to resolution 59/167").  Passages written for these tests in the style of UN texts."""

from __future__ import annotations

import pytest

from passages import UNEA, assert_absent, assert_bound, assert_pinpointed
from rescite.engine.extract import extract_text

#: (language, passage, {target: (date, pinpoint)}): each target found with that date and pinpoint
FIELDS: list[tuple[str, str, dict[str, tuple[str | None, str | None]]]] = [
    # a treaty's volume with a capital, after the series' name
    (
        "en",
        "Convention on Migratory Wetlands, United Nations, Treaty Series, Vol. 1387, No. 23118.",
        {"UNTS/1387/23118": (None, None)},
    ),
    ("fr", "Nations Unies, Recueil des Traités, Vol. 1387, no 23118.", {"UNTS/1387/23118": (None, None)}),
    ("es", "Naciones Unidas, Treaty Series, Vol. 1387, núm. 23118.", {"UNTS/1387/23118": (None, None)}),
    (
        "en",
        "Agreement on Straddling Herds, U.N.T.S. Vols. 1387 and 1402, No. 23118.",
        {"UNTS/1387/23118": (None, None), "UNTS/1402/23118": (None, None)},
    ),
    # a document symbol's pinpoint
    (
        "en",
        "Takes note of the report of the Secretary-General (A/76/310, paras. 8–11),",
        {"A/76/310": (None, "paras. 8-11")},
    ),
    ("en", "Welcomes the recommendations of the Board (A/75/92, para. 27),", {"A/75/92": (None, "para. 27")}),
    (
        "en",
        "Having considered the note by the Secretariat (E/2020/61, annex II),",
        {"E/2020/61": (None, "annex II")},
    ),
    (
        "en",
        "Recalling the report contained in document A/74/208, paragraphs 5 and 9, and the report A/74/209,",
        {"A/74/208": (None, "paragraphs 5 and 9"), "A/74/209": (None, None)},
    ),
    (
        "fr",
        "Prend note du rapport du Secrétaire général (A/76/310, par. 14),",
        {"A/76/310": (None, "par. 14")},
    ),
    ("fr", "Prend acte de la note du Secrétariat (A/75/92, annexe),", {"A/75/92": (None, "annexe")}),
    (
        "es",
        "Toma nota del informe del Secretario General (A/76/310, párrs. 3 a 7),",
        {"A/76/310": (None, "párrs. 3 a 7")},
    ),
    ("es", "Acoge con beneplácito las conclusiones (A/75/92, párr. 18),", {"A/75/92": (None, "párr. 18")}),
    # a pinpoint before the body's name and the noun; an annex without its number
    (
        "en",
        "Recalling the guidelines set out in annex I to General Assembly resolution 63/211,",
        {"A/RES/63/211": (None, "annex I")},
    ),
    (
        "en",
        "Bearing in mind paragraph 7 of Economic and Social Council resolution 2016/22,",
        {"E/RES/2016/22": (None, "paragraph 7")},
    ),
    ("en", "Recalling the annex to resolution 59/167,", {"A/RES/59/167": (None, "annex")}),
    (
        "fr",
        "Rappelant les principes énoncés à l'annexe de la résolution 59/167 de l'Assemblée générale,",
        {"A/RES/59/167": (None, "annexe")},
    ),
    (
        "es",
        "Recordando los principios que figuran en el anexo de la resolución 59/167 de la Asamblea General,",
        {"A/RES/59/167": (None, "anexo")},
    ),
    # a number in brackets after the date of its noun
    (
        "en",
        "Recalling its resolutions of 17 December 2010 (65/211) and of 20 December 2013 (68/243),",
        {"A/RES/65/211": ("2010-12-17", None), "A/RES/68/243": ("2013-12-20", None)},
    ),
    (
        "en",
        "Recalling the resolutions of 17 December 2010 (65/211), 20 December 2013 (68/243)"
        " and 9 December 2015 (70/119),",
        {
            "A/RES/65/211": ("2010-12-17", None),
            "A/RES/68/243": ("2013-12-20", None),
            "A/RES/70/119": ("2015-12-09", None),
        },
    ),
    ("en", "Reaffirming its resolution of 4 November 2016 (71/8),", {"A/RES/71/8": ("2016-11-04", None)}),
    (
        "fr",
        "Rappelant sa résolution du 17 décembre 2010 (65/211) et sa résolution du 20 décembre 2013 (68/243),",
        {"A/RES/65/211": ("2010-12-17", None), "A/RES/68/243": ("2013-12-20", None)},
    ),
    (
        "fr",
        "Réaffirmant ses résolutions du 4 novembre 2016 (71/8) et du 9 décembre 2015 (70/119),",
        {"A/RES/71/8": ("2016-11-04", None), "A/RES/70/119": ("2015-12-09", None)},
    ),
    (
        "es",
        "Recordando su resolución de 17 de diciembre de 2010 (65/211)"
        " y su resolución de 20 de diciembre de 2013 (68/243),",
        {"A/RES/65/211": ("2010-12-17", None), "A/RES/68/243": ("2013-12-20", None)},
    ),
    (
        "es",
        "Reafirmando sus resoluciones de 4 de noviembre de 2016 (71/8) y de 9 de diciembre de 2015 (70/119),",
        {"A/RES/71/8": ("2016-11-04", None), "A/RES/70/119": ("2015-12-09", None)},
    ),
    # a list of a Council number and an Assembly number of a roman session
    (
        "en",
        "Recalling Security Council resolutions 2334 and 2625 (XXV),",
        {"S/RES/2334(2016)": (None, None), "A/RES/2625(XXV)": (None, None)},
    ),
    (
        "en",
        "Recalling resolutions 2625 (XXV) and 2334 (2016) of the Security Council,",
        {"A/RES/2625(XXV)": (None, None), "S/RES/2334(2016)": (None, None)},
    ),
    (
        "en",
        "Bearing in mind Security Council resolutions 2334, 2417 and 3314 (XXIX),",
        {"S/RES/2334(2016)": (None, None), "A/RES/3314(XXIX)": (None, None)},
    ),
    (
        "fr",
        "Rappelant les résolutions 2625 (XXV) et 2334 (2016) du Conseil de sécurité,",
        {"A/RES/2625(XXV)": (None, None), "S/RES/2334(2016)": (None, None)},
    ),
    (
        "fr",
        "Rappelant les résolutions du Conseil de sécurité 2334 et 2625 (XXV),",
        {"A/RES/2625(XXV)": (None, None)},
    ),
    (
        "es",
        "Recordando las resoluciones 2625 (XXV) y 2334 (2016) del Consejo de Seguridad,",
        {"A/RES/2625(XXV)": (None, None), "S/RES/2334(2016)": (None, None)},
    ),
    (
        "es",
        "Recordando las resoluciones del Consejo de Seguridad 2334 y 2625 (XXV),",
        {"A/RES/2625(XXV)": (None, None)},
    ),
    # the date after the meeting (or session) of the adoption
    (
        "en",
        "Human Rights Council\n\n"
        "Recalling its resolution 41/9, adopted at its 45th meeting, on 11 July 2019,",
        {"A/HRC/RES/41/9": ("2019-07-11", None)},
    ),
    (
        "en",
        "Human Rights Council\n\n"
        "Recalling its resolution 41/9, adopted at its forty-first session, on 11 July 2019,",
        {"A/HRC/RES/41/9": ("2019-07-11", None)},
    ),
    (
        "fr",
        "Conseil des droits de l'homme\n\n"
        "Rappelant sa résolution 41/9, adoptée à sa 45e séance, le 11 juillet 2019,",
        {"A/HRC/RES/41/9": ("2019-07-11", None)},
    ),
    (
        "es",
        "Consejo de Derechos Humanos\n\n"
        "Recordando su resolución 41/9, aprobada en su 45ª sesión, el 11 de julio de 2019,",
        {"A/HRC/RES/41/9": ("2019-07-11", None)},
    ),
    # a summary record's short list past the letter of a meeting's part
    (
        "en",
        "See the summary records (CEDAW/C/SR.1874 (A) and 1875).",
        {"CEDAW/C/SR.1874": (None, None), "CEDAW/C/SR.1875": (None, None)},
    ),
    (
        "en",
        "See CRC/C/SR.2410 (B), 2411 and 2413.",
        {"CRC/C/SR.2411": (None, None), "CRC/C/SR.2413": (None, None)},
    ),
    (
        "fr",
        "Voir les comptes rendus analytiques (CEDAW/C/SR.1874 (A) et 1875).",
        {"CEDAW/C/SR.1875": (None, None)},
    ),
    ("es", "Véanse las actas resumidas (CEDAW/C/SR.1874 (A) y 1875).", {"CEDAW/C/SR.1875": (None, None)}),
    # (… and under the Council's own heading, or none, ECOSOC's as before)
    ("en", "Economic and Social Council\n\nRecalling its resolution 2019/7,", {"E/RES/2019/7": (None, None)}),
    ("en", "Recalling its resolution 2019/7,", {"E/RES/2019/7": (None, None)}),
    # (no heading: the body unknown, the date kept)
    (
        "en",
        "Recalling its resolution 12/3, adopted at its 7th meeting, on 3 May 2019,",
        {"None": ("2019-05-03", None)},
    ),
    (
        "fr",
        "Rappelant sa résolution 12/3, adoptée à sa 7e séance, le 3 mai 2019,",
        {"None": ("2019-05-03", None)},
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), FIELDS)
def test_target_date_and_pinpoint(
    lang: str, text: str, want: dict[str, tuple[str | None, str | None]]
) -> None:
    got = {str(c.target): (c.date, c.pinpoint) for c in extract_text(text, lang=lang).citations}
    assert {t: got.get(t, ("missing", None)) for t in want} == want


#: (language, passage, targets that must not be found)
ABSENT: list[tuple[str, str, set[str]]] = [
    # a journal's "Vol." is no treaty's volume without the series' name
    (
        "en",
        'See resolution 72/140 and Jones, "Rivers and law", Review of Waters, Vol. 14, No. 2 (2018), p. 33.',
        {"UNTS/14/2"},
    ),
    # under the heading of another organisation's organ, "its" numbers are that organ's
    (
        "en",
        "City Council of Riverton\n\n"
        "Recalling its resolution 2021/4 on public transport and General Assembly resolution 70/1,",
        {"E/RES/2021/4"},
    ),
    (
        "en",
        "Council of the Andean Union\n\n"
        "Recalling its resolution 2019/11 and resolution 64/292 of the General Assembly,",
        {"E/RES/2019/11"},
    ),
    (
        "fr",
        "Conseil municipal de Rivière\n\n"
        "Rappelant sa résolution 2021/4 et la résolution 70/1 de l'Assemblée générale,",
        {"E/RES/2021/4"},
    ),
    (
        "es",
        "Concejo Municipal de Riverton\n\n"
        "Recordando su resolución 2021/4 y la resolución 70/1 de la Asamblea General,",
        {"E/RES/2021/4"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "absent"), ABSENT)
def test_not_found(lang: str, text: str, absent: set[str]) -> None:
    assert_absent(text, lang, absent)


#: (language, passage, {mention's text: (target, body)}): a text with no id scheme is kept
#: unresolved with the body it is bound to
BOUND: list[tuple[str, str, dict[str, tuple[str | None, str | None]]]] = [
    (
        "en",
        UNEA + "Recalling Governing Council decision 25/8 and decision 27/5 of the Governing Council,"
        " and its resolution 3/4,",
        {"25/8": (None, "UNEP/GC"), "27/5": (None, "UNEP/GC"), "3/4": ("UNEP/EA.3/RES.4", "UNEP/EA")},
    ),
    (
        "en",
        UNEA + "Recalling decision 27/5 of the Council,",
        {"27/5": (None, "UNEP/GC")},
    ),
    (
        "es",
        "Asamblea de las Naciones Unidas sobre el Medio Ambiente\n\n"
        "La Asamblea de las Naciones Unidas sobre el Medio Ambiente,\n\n"
        "Recordando la decisión 27/5 del Consejo de Administración y su resolución 3/4,",
        {"27/5": (None, "UNEP/GC"), "3/4": ("UNEP/EA.3/RES.4", "UNEP/EA")},
    ),
    # (a Montreal Protocol decision: no id scheme, kept unresolved)
    (
        "en",
        "The Meeting of the Parties,\n\nRecalling decision XXIX/4 of the Meeting of the Parties,",
        {"XXIX/4": (None, None)},
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), BOUND)
def test_bound_to_its_body(lang: str, text: str, want: dict[str, tuple[str | None, str | None]]) -> None:
    assert_bound(text, lang, want)


#: (language, passage, {mention's text: (target, pinpoint)}): "Id." and "Ibid." with a pinpoint
NOTES: list[tuple[str, str, dict[str, tuple[str | None, str | None]]]] = [
    (
        "en",
        "The General Assembly,\n\nNoting the report of the Secretary-General,¹ and the proposals in it,²\n\n"
        "_______________\n¹ A/71/302.\n² Id., paras. 15–18.",
        {"A/71/302": ("A/71/302", None), "Id.": ("A/71/302", "paras. 15-18")},
    ),
    (
        "en",
        "The General Assembly,\n\nNoting the report of the Secretary-General,¹ and the proposals in it,²\n\n"
        "¹ A/71/302.\n² Ibid., annex.",
        {"Ibid.": ("A/71/302", "annex")},
    ),
    (
        "fr",
        "L'Assemblée générale,\n\n"
        "Prenant note du rapport du Secrétaire général¹ et des propositions qui y figurent²,\n\n"
        "_______________\n¹ A/71/302.\n² Ibid., par. 9.",
        {"Ibid.": ("A/71/302", "par. 9")},
    ),
    (
        "es",
        "La Asamblea General,\n\n"
        "Tomando nota del informe del Secretario General¹ y de las propuestas que contiene²,\n\n"
        "_______________\n¹ A/71/302.\n² Ibid., párr. 9.",
        {"Ibid.": ("A/71/302", "párr. 9")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), NOTES)
def test_notes_pointing_back(lang: str, text: str, want: dict[str, tuple[str | None, str | None]]) -> None:
    assert_pinpointed(text, lang, want)
