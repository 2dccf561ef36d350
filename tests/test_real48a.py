"""Forms met reading real public English, French and Spanish texts of kinds not read before
(issue 7, pass real48a: treaty bodies' concluding observations in French, the Committee on the
Rights of the Child's texts on children in armed conflict, the Assembly's resolutions on the
Additional Protocols in Spanish, States' written statements to the International Court of
Justice in French, the Secretariat's memorandums for the International Law Commission in
Spanish, the Economic and Social Council's resolutions on narcotic drugs, the OAS's resolutions
on humanitarian law, press agencies' dispatches and French encyclopaedia pages), each written for
these tests in UN style (passages, titles, symbols and dates invented):

- the instruments of humanitarian law named by their titles, as the Assembly's, the Council's and
  the treaty bodies' texts name them: the Geneva Convention relative to the Protection of Civilian
  Persons in Time of War ("the Fourth Geneva Convention", fr "la Convention de Genève relative à
  la protection des personnes civiles en temps de guerre", "la quatrième Convention de Genève",
  es "el Convenio de Ginebra relativo a la protección debida a las personas civiles en tiempo de
  guerra") is ``UNTS/75/973``, and the two Protocols Additional of 1977 ("Protocol Additional to
  the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of
  International Armed Conflicts", fr "Protocole additionnel aux Conventions de Genève du 12 août
  1949 relatif à la protection des victimes des conflits armés internationaux", es "… sin
  carácter internacional") are ``UNTS/1125/17512`` and ``UNTS/1125/17513`` (were missed); new
  rows of ``instruments.csv`` with their names in every language. The Geneva Conventions in the
  plural ("the Geneva Conventions of 1949") stayed unread here; since pass real51e they are each
  of the four (``instrument_sets.csv``).
- the Conventions on the Privileges and Immunities of the United Nations and of the Specialized
  Agencies by their titles ("Convention sur les privilèges et immunités des Nations Unies", es
  "Convención sobre prerrogativas e inmunidades de los organismos especializados") are
  ``UNTS/1/4`` and ``UNTS/33/521`` (were missed); new rows of ``instruments.csv``.
- the Convention on the Law of the Sea by the city where it was signed ("the Montego Bay
  Convention", fr "la Convention de Montego Bay", es "la Convención de Montego Bay sobre el
  Derecho del Mar") is the Convention (was missed); the city as a place of signature ("signed at
  Montego Bay, Jamaica") is no citation.
- the press's "Carta de Naciones Unidas" without the article is the Charter (was missed).
- under the heading of a court or another organisation's organ, "its resolution" right after a
  sentence that names a body of the United Nations without a number of its own, as States' written
  statements to the Court write ("… the subject of several resolutions of the General Assembly. On
  the basis of its resolution 1514 (XV), it …", fr "… plusieurs résolutions de l'Assemblée
  générale. Sur la base de sa résolution 1514 (XV), celle-ci a, dans ses résolutions 2066 (XX) et
  2357 (XXII), …", es "… examinada por la Asamblea General. En su resolución 2066 (XX), …") is
  that body's, where its numbering fits the number (was unresolved as the organ's own); not in the
  organ's own sentence ("resolution 70/1 of the General Assembly and its resolution 45/3"), nor
  after a body named with a number, two sentences back, past a blank line, or where the body's
  numbering does not fit ("… the Security Council. In its resolution 2021/4, …").
  (``engine.resolve``, ``Resolver._antecedent``.)
- a supplement's element at a symbol's end keeps the UN's mixed case as "Add.1" does
  ("E/INCB/2024/1/Supp.1"; was ``E/INCB/2024/1/SUPP.1``). (``ids``.)
- the agent of a passive before its link and the noun's article, as the special procedures' pages
  write it in French and Spanish ("créé par la Commission des droits de l'homme dans la résolution
  1999/44", es "prorrogado por la Comisión de Derechos Humanos en las resoluciones 2002/62 y
  2005/47"), binds the number to that body as "in resolution" without the article did (was the
  Economic and Social Council's by the shape YYYY/N). (``rules.actor_gap_bare``.)
- the Commission on Human Rights named with the Organization after it ("la Comisión de Derechos
  Humanos de las Naciones Unidas, en su resolución 1985/33", fr "la Commission des droits de
  l'homme des Nations Unies", "… de l'ONU") is the Commission (was the Economic and Social
  Council's number). (fr, es ``bodies.CHR``.)
"""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

Mention = tuple[str, str | None]


def _mentions(text: str) -> list[Mention]:
    return [(c.text, c.target) for c in extract_text(text).citations]


HUMANITARIAN: list[tuple[str, list[Mention]]] = [
    (
        "Stressing that the Geneva Convention relative to the Protection of Civilian Persons in "
        "Time of War applies to the territories concerned,\n",
        [("Geneva Convention relative to the Protection of Civilian Persons in Time of War", "UNTS/75/973")],
    ),
    (
        "Calls upon all parties to respect the Fourth Geneva Convention in full.\n",
        [("Fourth Geneva Convention", "UNTS/75/973")],
    ),
    (
        "Noting that 170 States are parties to the Protocol Additional to the Geneva Conventions of "
        "12 August 1949, and relating to the Protection of Victims of International Armed Conflicts "
        "(Protocol I), and 165 to the Protocol Additional to the Geneva Conventions of 12 August "
        "1949, and relating to the Protection of Victims of Non-International Armed Conflicts "
        "(Protocol II),\n",
        [
            (
                "Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the "
                "Protection of Victims of International Armed Conflicts",
                "UNTS/1125/17512",
            ),
            (
                "Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the "
                "Protection of Victims of Non-International Armed Conflicts",
                "UNTS/1125/17513",
            ),
        ],
    ),
    (
        "Le Comité salue l'adhésion de l'État partie, en mars 2019, au Protocole additionnel aux "
        "Conventions de Genève du 12 août 1949 relatif à la protection des victimes des conflits "
        "armés internationaux (Protocole I).\n",
        [
            (
                "Protocole additionnel aux Conventions de Genève du 12 août 1949 relatif à la "
                "protection des victimes des conflits armés internationaux",
                "UNTS/1125/17512",
            )
        ],
    ),
    (
        "Réaffirmant que la Convention de Genève relative à la protection des personnes civiles en "
        "temps de guerre s'applique au territoire, et rappelant la quatrième Convention de Genève,\n",
        [
            (
                "Convention de Genève relative à la protection des personnes civiles en temps de guerre",
                "UNTS/75/973",
            ),
            ("quatrième Convention de Genève", "UNTS/75/973"),
        ],
    ),
    (
        "Exhorta a las partes a que respeten el Convenio de Ginebra relativo a la protección debida a "
        "las personas civiles en tiempo de guerra y el Protocolo adicional a los Convenios de Ginebra "
        "del 12 de agosto de 1949 relativo a la protección de las víctimas de los conflictos armados "
        "sin carácter internacional (Protocolo II).\n",
        [
            (
                "Convenio de Ginebra relativo a la protección debida a las personas civiles en tiempo "
                "de guerra",
                "UNTS/75/973",
            ),
            (
                "Protocolo adicional a los Convenios de Ginebra del 12 de agosto de 1949 relativo a la "
                "protección de las víctimas de los conflictos armados sin carácter internacional",
                "UNTS/1125/17513",
            ),
        ],
    ),
]

IMMUNITIES: list[tuple[str, list[Mention]]] = [
    (
        "Recalling the Convention on the Privileges and Immunities of the United Nations and the "
        "Convention on the Privileges and Immunities of the Specialized Agencies,\n",
        [
            ("Convention on the Privileges and Immunities of the United Nations", "UNTS/1/4"),
            ("Convention on the Privileges and Immunities of the Specialized Agencies", "UNTS/33/521"),
        ],
    ),
    (
        "L'expert jouit des immunités prévues à la section 22 de la Convention sur les privilèges et "
        "immunités des Nations Unies.\n",
        [("Convention sur les privilèges et immunités des Nations Unies", "UNTS/1/4")],
    ),
    (
        "B. Convención sobre prerrogativas e inmunidades de los organismos especializados\n",
        [("Convención sobre prerrogativas e inmunidades de los organismos especializados", "UNTS/33/521")],
    ),
]

SHORT_NAMES: list[tuple[str, list[Mention]]] = [
    (
        "The dispute falls under the Montego Bay Convention.\n",
        [("Montego Bay Convention", "UNTS/1833/31363")],
    ),
    (
        "Le différend relève de la Convention de Montego Bay et de ses annexes.\n",
        [("Convention de Montego Bay", "UNTS/1833/31363")],
    ),
    (
        "El tribunal aplica la Convención de Montego Bay sobre el Derecho del Mar.\n",
        [("Convención de Montego Bay sobre el Derecho del Mar", "UNTS/1833/31363")],
    ),
    (
        "El texto consideraba el ataque una violación de la Carta de Naciones Unidas.\n",
        [("Carta de Naciones Unidas", "pub:charter-of-the-united-nations")],
    ),
]

LOOK_ALIKES: list[tuple[str, list[Mention]]] = [
    # (the four Conventions named together are each of them since pass real51e, and the Protocols
    # named by reference after them are Protocols I and II: see tests/test_real51e.py)
    (
        "Expressing concern at all violations of the Geneva Conventions of 1949,\n",
        [("Geneva Conventions of 1949", f"UNTS/75/{n}") for n in (970, 971, 972, 973)],
    ),
    (
        "Recordando los Convenios de Ginebra de 1949 y sus Protocolos adicionales,\n",
        [
            *(("Convenios de Ginebra de 1949", f"UNTS/75/{n}") for n in (970, 971, 972, 973)),
            *(("y sus Protocolos adicionales", f"UNTS/1125/{n}") for n in (17512, 17513)),
        ],
    ),
    ("The Convention was opened for signature at Montego Bay, Jamaica, on 3 March 1981.\n", []),
    ("La réunion s'est tenue à Montego Bay en juin 2019.\n", []),
    (
        "Recalling the Convention relating to the Status of Refugees,\n",
        [("Convention relating to the Status of Refugees", "UNTS/189/2545")],
    ),
    (
        "Recalling the Agreement on the Privileges and Immunities of the International Criminal Court,\n",
        [
            (
                "Agreement on the Privileges and Immunities of the International Criminal Court",
                "UNTS/2271/40446",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HUMANITARIAN + IMMUNITIES + SHORT_NAMES + LOOK_ALIKES)
def test_instruments_named(text: str, expected: list[Mention]) -> None:
    assert _mentions(text) == expected


Targeted = tuple[str, str | None]


def _targets(text: str) -> list[Targeted]:
    return [(c.text, c.target) for c in extract_text(text).citations]


ANTECEDENT: list[tuple[str, list[Targeted]]] = [
    (
        "COUR INTERNATIONALE DE JUSTICE\nEXPOSÉ ÉCRIT DE LA RURITANIE\n\n"
        "7. La question a fait l'objet de plusieurs résolutions de l'Assemblée générale. Sur la base "
        "de sa résolution 1514 (XV), celle-ci a, dans ses résolutions 2066 (XX) et 2357 (XXII), "
        "traité de la question.\n",
        [
            ("1514 (XV)", "A/RES/1514(XV)"),
            ("2066 (XX)", "A/RES/2066(XX)"),
            ("2357 (XXII)", "A/RES/2357(XXII)"),
        ],
    ),
    (
        "INTERNATIONAL COURT OF JUSTICE\nWRITTEN STATEMENT OF RURITANIA\n\n"
        "12. The question was considered by the General Assembly. In its resolution 2232 (XXI), it "
        "invited the administering Power to act.\n",
        [("2232 (XXI)", "A/RES/2232(XXI)")],
    ),
    (
        "CORTE INTERNACIONAL DE JUSTICIA\nEXPOSICIÓN ESCRITA DE RURITANIA\n\n"
        "9. La cuestión fue examinada por la Asamblea General. En su resolución 2066 (XX), invitó a "
        "la Potencia administradora a actuar.\n",
        [("2066 (XX)", "A/RES/2066(XX)")],
    ),
]

ANTECEDENT_SAME: list[tuple[str, list[Targeted]]] = [
    (
        "City Council of Riverton\n\nRecalling resolution 70/1 of the General Assembly and its "
        "resolution 45/3 on transport,\n",
        [("70/1", "A/RES/70/1"), ("45/3", None)],
    ),
    (
        "City Council of Riverton\n\nThe Council welcomed General Assembly resolution 70/1. In its "
        "resolution 45/4, it decided to act.\n",
        [("70/1", "A/RES/70/1"), ("45/4", None)],
    ),
    (
        "City Council of Riverton\n\nThe Council noted the work of the General Assembly.\n\n"
        "In its resolution 45/3, the Council decided to act.\n",
        [("45/3", None)],
    ),
    (
        "Parliament of Ruritania\n\nThe matter was raised in the Security Council. In its "
        "resolution 2021/4, the Parliament urged restraint.\n",
        [("2021/4", None)],
    ),
    (
        "INTERNATIONAL COURT OF JUSTICE\n\nThe question came before the General Assembly. The "
        "Court notes the request. In its resolution 2066 (XX), it acted.\n",
        [("2066 (XX)", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ANTECEDENT + ANTECEDENT_SAME)
def test_possessive_after_a_body_named_under_another_heading(text: str, expected: list[Targeted]) -> None:
    assert _targets(text) == expected


SUPPLEMENT: list[tuple[str, list[Targeted]]] = [
    (
        "See the Board's report on precursors (E/INCB/2024/1/Supp.1).\n",
        [("E/INCB/2024/1/Supp.1", "E/INCB/2024/1/Supp.1")],
    ),
]
SUPPLEMENT_SAME: list[tuple[str, list[Targeted]]] = [
    (
        "See A/79/49 (Vol. I) and E/CN.7/2024/2/Add.1.\n",
        [("A/79/49 (Vol. I)", "A/79/49(Vol.I)"), ("E/CN.7/2024/2/Add.1", "E/CN.7/2024/2/Add.1")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUPPLEMENT + SUPPLEMENT_SAME)
def test_supplement_element_case(text: str, expected: list[Targeted]) -> None:
    assert _targets(text) == expected


AGENT: list[tuple[str, list[Targeted]]] = [
    (
        "Le mandat a été créé en 2001 par la Commission des droits de l'homme dans la résolution 2001/52.\n",
        [("2001/52", "E/CN.4/RES/2001/52")],
    ),
    (
        "El mandato fue prorrogado por la Comisión de Derechos Humanos en las resoluciones 2003/61 y "
        "2004/38, cada una por tres años.\n",
        [("2003/61", "E/CN.4/RES/2003/61"), ("2004/38", "E/CN.4/RES/2004/38")],
    ),
    (
        "El mandato fue creado por la Comisión de Derechos Humanos en la resolución 1998/27.\n",
        [("1998/27", "E/CN.4/RES/1998/27")],
    ),
    (
        "La Comisión de Derechos Humanos de las Naciones Unidas, en su resolución 1986/41, decidió "
        "nombrar a un relator especial.\n",
        [("1986/41", "E/CN.4/RES/1986/41")],
    ),
    (
        "La Commission des droits de l'homme des Nations Unies, dans sa résolution 1986/41, a décidé "
        "de nommer un rapporteur spécial.\n",
        [("1986/41", "E/CN.4/RES/1986/41")],
    ),
]

AGENT_SAME: list[tuple[str, list[Targeted]]] = [
    ("Recordando la labor de la Asamblea General y la resolución 2005/3,\n", [("2005/3", "E/RES/2005/3")]),
    (
        "Le Conseil de sécurité, dans la résolution 2254 (2015), a appuyé le processus.\n",
        [("2254 (2015)", "S/RES/2254(2015)")],
    ),
    (
        "The mandate was created by the Commission on Human Rights in resolution 2001/52.\n",
        [("2001/52", "E/CN.4/RES/2001/52")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), AGENT + AGENT_SAME)
def test_agent_before_the_article(text: str, expected: list[Targeted]) -> None:
    assert _targets(text) == expected
