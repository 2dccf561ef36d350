"""Forms met reading real public English, French and Spanish texts of kinds not read before
(issue 7, pass real47a: UNHCR's Executive Committee conclusions and its pages on the Assembly's
texts, UN-Women's Executive Board pages, the Repertoire's pages, FAO Conference resolutions,
ECOSOC's resolutions on food, the African Union's Peace and Security Council communiqués, the
OAS's resolutions citing the Assembly, universal periodic review models and reports in Spanish,
CEDAW's concluding observations in Spanish, law-review notes in the Bluebook's style, French and
Spanish encyclopaedia pages on the Council's resolutions, French theses and the French Defence
ministry's pages), each written for these tests in UN style (passages, titles, symbols and dates
invented; the Council's numbers real where the rule depends on them):

- the Council's short name "SC" before the noun, as law reviews' notes write it in the Bluebook's
  style ("SC Res. 1296 (Apr. 19, 2000)", "SC res. 1325", "SC resolution 2098"), names the Council
  as "S.C." and "UNSC" did (was nothing: "SC" alone was no body's name). (en ``bodies.SC``; not a
  State's postal code, "Columbia, SC 29201", nor a press release's series, "SC/15432".)
- the notes' abbreviated preambular paragraph after the number ("SC Res. 1674, pmbl. para. 9
  (Apr. 28, 2006)", "pmbl. paras. 2–5") is a pinpoint, and the date after it the number's (the
  number was undated, or unresolved where the numbering does not place it). (en
  ``pinpoints.paragraph``.)
- the French and Spanish abbreviation that fuses the Council's name and its noun ("la RCSNU 2098",
  "les RCSNU 1267 et 1373", es "la RCSNU 2098") is read as "UNSC resolution" (was nothing). (fr and
  es ``grammar.fused_nouns``; not inside a code: "RCSNU/2".)
- the body's acronym in a bracket between its name and the verb of the adoption ("the Security
  Council (UNSC) adopted resolution 1973", fr "le Conseil de sécurité des Nations Unies (CSNU) a
  adopté la résolution 1973", es "el Consejo de Seguridad (CSNU) aprobó la resolución 1973") is
  read as if the name stood alone (the number was lost). (``rules.adopt_gap``.)
- the number's topic between it and the passive of its adoption, as encyclopaedias write it
  ("Resolution 1325 on the role of women in peace processes was unanimously adopted by the UN
  Security Council on 31st of October 2000", fr "La résolution 1973 relative à … a été adoptée par
  le Conseil de sécurité le …", es "La resolución 1973 sobre … fue aprobada por el Consejo de
  Seguridad el …")
  binds the number to that body and dates it (was lost, or undated); not past a stop, a figure or
  a bracket, nor after a verb that is no adoption's passive. (``grammar.adoption_passive`` of en,
  fr and es; ``council.behind_topic``.)
- the African Union's Peace and Security Council's communiqués by their symbols ("[PSC/PR/COMM.1
  (CMXII)]", "PSC/PR/COMM. (DCCCLXX)", "PSC/MIN/COMM (CDXLV)") are that organisation's texts,
  kept unresolved (was a United Nations document "PSC/PR/COMM.1"). (``numbering_shapes.csv``.)
- a treaty's noun before a list word and its protocol's name, the two sharing the title after it,
  as UNHCR's texts name the refugee instruments ("the 1951 Convention and 1967 Protocol relating
  to the Status of Refugees", fr "la Convention de 1951 et le Protocole de 1967 relatifs au statut
  des réfugiés", es "la Convención de 1951 y el Protocolo de 1967 sobre el Estatuto de los
  Refugiados") cites the treaty too, its noun the mention (was the protocol alone; the French
  plural "relatifs" was nothing). (``grammar.treaty_sharing_title`` of en, fr and es; the protocol's
  treaty from ``protocols.csv``; not where another treaty's whole name stands before the list
  word.)
- an old session's number alone on its line at a text's head, over its date and the adopting
  body's line, as UNHCR's pages head the Assembly's texts ("2594 (XXIV)⏎⏎16 December 1969⏎⏎…⏎The
  General Assembly,"), is the text's own number (own id was none); not a contents list of two
  numbers or more. (en ``heading.own_number``.)
"""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

Mention = tuple[str, str | None, str | None]
Pinned = tuple[str, str | None, str | None, str | None]


def _mentions(text: str) -> list[Mention]:
    return [(c.text, c.target, c.date) for c in extract_text(text).citations]


def _pinned(text: str) -> list[Pinned]:
    return [(c.text, c.target, c.date, c.pinpoint) for c in extract_text(text).citations]


SHORT_SC: list[tuple[str, list[Pinned]]] = [
    (
        "12 See SC Res. 1296 (Apr. 19, 2000); see also SC res. 1325 on the same question.\n",
        [("1296", "S/RES/1296(2000)", "2000-04-19", None), ("1325", "S/RES/1325(2000)", None, None)],
    ),
    (
        "4 Compare SC Res. 1674, pmbl. para. 9 (Apr. 28, 2006), with SC Res. 1265, pmbl. paras. 2–5 "
        "(Sept. 17, 1999).\n",
        [
            ("1674", "S/RES/1674(2006)", "2006-04-28", "pmbl. para. 9"),
            ("1265", "S/RES/1265(1999)", "1999-09-17", "pmbl. paras. 2-5"),
        ],
    ),
    (
        "The mandate was set out in SC resolution 2098 and renewed since.\n",
        [("2098", "S/RES/2098(2013)", None, None)],
    ),
    # look-alikes: a State's postal code, a press release's series, the older styles unchanged
    ("Office of the Clerk, Columbia, SC 29201 (2031).\n", []),
    ("See the press release SC/15432 of that day.\n", [("SC/15432", "SC/15432", None, None)]),
    (
        "7 S.C. Res. 1894, para. 3 (Nov. 11, 2009).\n",
        [("1894", "S/RES/1894(2009)", "2009-11-11", "para. 3")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_SC)
def test_council_short_name_and_preambular_pinpoint(text: str, expected: list[Pinned]) -> None:
    assert _pinned(text) == expected


FUSED: list[tuple[str, list[Mention]]] = [
    (
        "La RCSNU 2098 a renforcé le mandat de la mission dans l'est du pays.\n",
        [("2098", "S/RES/2098(2013)", None)],
    ),
    (
        "Les RCSNU 1267 et 1373 imposent aux États des obligations de gel des avoirs.\n",
        [("1267", "S/RES/1267(1999)", None), ("1373", "S/RES/1373(2001)", None)],
    ),
    (
        "De conformidad con la RCSNU 1540, los Estados adoptarán controles eficaces.\n",
        [("1540", "S/RES/1540(2004)", None)],
    ),
    # look-alikes: with its year, as before; inside a code, or with no number after it
    ("la RCSNU 2098 (2013) du 28 mars 2013,\n", [("2098 (2013)", "S/RES/2098(2013)", "2013-03-28")]),
    ("Le dossier RCSNU/2 présente la RCSNU et ses annexes.\n", []),
]


@pytest.mark.parametrize(("text", "expected"), FUSED)
def test_french_spanish_fused_council_noun(text: str, expected: list[Mention]) -> None:
    assert _mentions(text) == expected


ACRONYM: list[tuple[str, list[Mention]]] = [
    (
        "The Security Council (UNSC) adopted resolution 1973 on the situation in the country.\n",
        [("1973", "S/RES/1973(2011)", None)],
    ),
    (
        "Ce soir-là, le Conseil de sécurité des Nations Unies (CSNU) a adopté la résolution 1973 "
        "sur la protection des civils.\n",
        [("1973", "S/RES/1973(2011)", None)],
    ),
    (
        "El Consejo de Seguridad (CSNU) aprobó la resolución 2098 sobre la región.\n",
        [("2098", "S/RES/2098(2013)", None)],
    ),
    (
        "The Security Council (UNSC) on 17 March 2011 adopted resolution 1973.\n",
        [("1973", "S/RES/1973(2011)", "2011-03-17")],
    ),
    # look-alikes: the name alone, as before; another organisation's acronym before its verb
    (
        "The Security Council adopted resolution 1973 on the situation in the country.\n",
        [("1973", "S/RES/1973(2011)", None)],
    ),
    ("The Parliament (PACE) adopted resolution 2098 on the situation.\n", []),
]


@pytest.mark.parametrize(("text", "expected"), ACRONYM)
def test_acronym_before_adoption_verb(text: str, expected: list[Mention]) -> None:
    assert _mentions(text) == expected


TOPIC_PASSIVE: list[tuple[str, list[Mention]]] = [
    (
        "Resolution 1325 on the role of women in peace processes, was unanimously adopted by the UN "
        "Security Council on 31st of October 2000, the first text of its kind.\n",
        [("1325", "S/RES/1325(2000)", "2000-10-31")],
    ),
    (
        "Resolution 2250 on youth and peace was adopted by the Security Council on 9 December 2015.\n",
        [("2250", "S/RES/2250(2015)", "2015-12-09")],
    ),
    (
        "La résolution 1973 relative à la protection des civils a été adoptée par le Conseil de "
        "sécurité le 17 mars 2011.\n",
        [("1973", "S/RES/1973(2011)", "2011-03-17")],
    ),
    (
        "La resolución 1593 sobre la situación en la región fue aprobada por el Consejo de Seguridad "
        "el 31 de marzo de 2005.\n",
        [("1593", "S/RES/1593(2005)", "2005-03-31")],
    ),
    # look-alikes: a stop between the topic and the passive; a verb that is no adoption's passive
    (
        "Resolution 1325 on women. The text was adopted by the Security Council on 31 October 2000.\n",
        [("1325", "S/RES/1325(2000)", None)],
    ),
    (
        "Resolution 2231 endorsing the plan was unanimously adopted by the Security Council on "
        "20 July 2015.\n",
        [("2231", "S/RES/2231(2015)", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOPIC_PASSIVE)
def test_topic_before_passive_adoption(text: str, expected: list[Mention]) -> None:
    assert _mentions(text) == expected


COMMUNIQUES: list[tuple[str, list[Mention]]] = [
    (
        "Se référant à son communiqué [PSC/PR/COMM.1 (CMXII)] sur la situation dans la région et à la "
        "résolution 2472 (2019) du Conseil de sécurité,\n",
        [("PSC/PR/COMM.1 (CMXII)", None, None), ("2472 (2019)", "S/RES/2472(2019)", None)],
    ),
    (
        "Recalling communiqué PSC/PR/COMM. (DCCCLXX) and communiqué PSC/MIN/COMM (CDXLV),\n",
        [("PSC/PR/COMM. (DCCCLXX)", None, None), ("PSC/MIN/COMM (CDXLV)", None, None)],
    ),
    # look-alike: a United Nations symbol with the letters inside it
    ("Recalling the note A/81/PSC/3,\n", [("A/81/PSC/3", "A/81/PSC/3", None)]),
]


@pytest.mark.parametrize(("text", "expected"), COMMUNIQUES)
def test_african_union_communiques(text: str, expected: list[Mention]) -> None:
    assert _mentions(text) == expected


SHARED_TITLE: list[tuple[str, list[Mention]]] = [
    (
        "(c) Calls on States to accede to the 1951 Convention and 1967 Protocol relating to the Status "
        "of Refugees without delay;\n",
        [
            ("Convention", "UNTS/189/2545", None),
            ("Protocol relating to the Status of Refugees", "UNTS/606/8791", None),
        ],
    ),
    (
        "b) Note que trois États ont retiré leurs réserves à la Convention de 1951 et au Protocole de "
        "1967 relatifs au statut des réfugiés;\n",
        [
            ("Convention", "UNTS/189/2545", None),
            ("Protocole de 1967 relatifs au statut des réfugiés", "UNTS/606/8791", None),
        ],
    ),
    (
        "d) Exhorta a los Estados a adherirse a la Convención de 1951 y el Protocolo de 1967 sobre el "
        "Estatuto de los Refugiados;\n",
        [
            ("Convención", "UNTS/189/2545", None),
            ("Protocolo de 1967 sobre el Estatuto de los Refugiados", "UNTS/606/8791", None),
        ],
    ),
    # look-alikes: another treaty's whole name before the list word; each instrument by its title
    (
        "Recalls the Convention on the Rights of the Child and the Protocol relating to the Status "
        "of Refugees.\n",
        [
            ("Convention on the Rights of the Child", "UNTS/1577/27531", None),
            ("Protocol relating to the Status of Refugees", "UNTS/606/8791", None),
        ],
    ),
    (
        "Recalls the Convention relating to the Status of Refugees and the Protocol relating to the "
        "Status of Refugees.\n",
        [
            ("Convention relating to the Status of Refugees", "UNTS/189/2545", None),
            ("Protocol relating to the Status of Refugees", "UNTS/606/8791", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARED_TITLE)
def test_treaty_sharing_protocol_title(text: str, expected: list[Mention]) -> None:
    assert _mentions(text) == expected


def _own(text: str) -> str | None:
    return extract_text(text).document.source_id


OLD_HEADING: list[tuple[str, str | None]] = [
    (
        "Question of assistance to displaced persons\n2781 (XXVI)\n\n3 December 1971\n\n"
        "2781. Question of assistance to displaced persons\n\nThe General Assembly,\n\n"
        "Recalling its resolution 2594 (XXIV) of 16 December 1969,\n",
        "A/RES/2781(XXVI)",
    ),
    # look-alikes: a contents list of numbers over the body's line; a number alone with no body
    (
        "Contents\n\n1514 (XV)\n2625 (XXV)\n\nThe General Assembly,\n\nRecalling its resolution 1514 (XV),\n",
        None,
    ),
    ("Key texts\n\n1514 (XV)\n\nThe declaration is read in schools.\n", None),
]


@pytest.mark.parametrize(("text", "own"), OLD_HEADING)
def test_old_session_number_heading(text: str, own: str | None) -> None:
    assert _own(text) == own
