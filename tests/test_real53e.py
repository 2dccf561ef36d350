"""Forms met reading real public texts dense in treaty citations, of kinds not read before (issue
7, pass real53e: the Assembly's law of the sea and fisheries resolutions in English and French and
the laws and bills approving the Fish Stocks Agreement, FAO's pages on it, the drug conventions in
Spanish, French and Russian pages and commentaries, Spanish pages on the NPT and the mine-ban
convention, UNHCR's Spanish and Arabic pages on the Refugee Convention, Chinese journal and
encyclopaedia pages on the Geneva Conventions and their Protocols), each written for these tests in
UN style (passages, States and dates invented):

- a treaty's protocol named by reference after it with the preposition said again or a choice
  between the two ("acceded to the Convention … and to its 1967 Protocol", "… and/or its 1967
  Protocol", fr "… et à son Protocole", "… et de son Protocole", es "… y a su Protocolo", "… y de
  su Protocolo"; ``grammar.protocol_thereto``, ``protocols_thereto``) is the protocol (was
  missed); the singular after a treaty with several protocols still names none;
- the two Protocols Additional named by reference after the Geneva Conventions in Chinese with
  "两项" or "两个" ("…日内瓦四公约及其两项附加议定书", "…的两项附加议定书", glued "…四公约两项附加议定书",
  and after the Conventions named by their year without "四", "1949年日内瓦公约的两个附加议定书"; zh
  ``protocols_thereto``, ``name_compound_after``, ``instrument_sets``) are Protocols I and II (were
  missed); the Geneva Convention of 1929 is not the four;
- a name without title marks closed by the copula or the preposition of time glued after it
  ("日内瓦四公约是…", "日内瓦四公约于…生效"; zh ``name_particle_after``) is read (was missed), and
  the four Geneva Conventions' Chinese titles written with "的" for "之" ("关于战俘待遇的日内瓦公约")
  are cited (were missed); the Convention of 1864 under a like title is not;
- Spanish names of the NPT, the mine-ban convention and the 1971 Convention as Spanish texts write
  them ("Tratado de No Proliferación de Armas Nucleares", "Tratado de No Proliferación Nuclear",
  "Convención sobre la Prohibición de Minas Antipersonales", "Convención sobre Sustancias
  Psicotrópicas de 1971"; es ``instruments``) are cited (were missed); the Treaty on the Prohibition
  of Nuclear Weapons and the test-ban treaty, not in the table, are not;
- the Fish Stocks Agreement by its full title (en, fr; and in French with a small letter, as a
  bill's title writes it, fr ``name_small_heads``) is the Agreement, not the Convention on the Law
  of the Sea inside its title (was missed, the Convention cited with the Agreement's date), nor is
  the Convention cited inside another agreement "pour la mise en œuvre des dispositions de la
  Convention …" (fr ``within_title``), nor the Agreement inside a conference's name ("the Review
  Conference on the Agreement for the Implementation …", en ``within_title``);
- a date after a treaty's name and the bare preposition of a day, its State's verb of signing,
  ratifying or acceding right before the name ("Ruritania signed the Convention … on 26 January
  1990", fr "a ratifié la Convention … le …", "a ratifié l'Accord de Paris le …", es "ratificó la
  Convención … el …"; ``grammar.instrument_act_before``, ``find._act_dated``) is the day of the
  State's act, not the treaty's date (was its date); the Assembly's adoption ("adopted the
  Convention … on 20 November 1989") and "… of 20 November 1989" after a State's verb date it
  still.
"""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

Mention = tuple[str, str | None]

REFUGEES = "UNTS/189/2545"
REFUGEES_1967 = "UNTS/606/8791"
FOUR = ("UNTS/75/970", "UNTS/75/971", "UNTS/75/972", "UNTS/75/973")
PROTOCOLS = ("UNTS/1125/17512", "UNTS/1125/17513")
CRC = "UNTS/1577/27531"
NPT = "UNTS/729/10485"
FISH_STOCKS = "UNTS/2167/37924"


def _mentions(text: str) -> list[Mention]:
    return [(c.text, c.target) for c in extract_text(text).citations]


def _dated(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.text, c.target, c.date) for c in extract_text(text).citations]


def _four(name: str) -> list[Mention]:
    return [(name, t) for t in FOUR]


def _two(words: str) -> list[Mention]:
    return [(words, t) for t in PROTOCOLS]


THERETO: list[tuple[str, list[Mention]]] = [
    (
        "Ruritania acceded to the Convention relating to the Status of Refugees and to its 1967 Protocol "
        "in 1971.\n",
        [
            ("Convention relating to the Status of Refugees", REFUGEES),
            ("and to its 1967 Protocol", REFUGEES_1967),
        ],
    ),
    (
        "States parties to the Convention relating to the Status of Refugees and/or its 1967 Protocol: "
        "148.\n",
        [
            ("Convention relating to the Status of Refugees", REFUGEES),
            ("and/or its 1967 Protocol", REFUGEES_1967),
        ],
    ),
    (
        "La Ruritanie a adhéré à la Convention relative au statut des réfugiés et à son Protocole en 1971.\n",
        [("Convention relative au statut des réfugiés", REFUGEES), ("et à son Protocole", REFUGEES_1967)],
    ),
    (
        "Le Haut-Commissariat veille à l'application de la Convention relative au statut des réfugiés et "
        "de son Protocole.\n",
        [("Convention relative au statut des réfugiés", REFUGEES), ("et de son Protocole", REFUGEES_1967)],
    ),
    (
        "Ruritania se adhirió a la Convención sobre el Estatuto de los Refugiados y a su Protocolo en "
        "1971.\n",
        [("Convención sobre el Estatuto de los Refugiados", REFUGEES), ("y a su Protocolo", REFUGEES_1967)],
    ),
    (
        "La Oficina vela por la aplicación de la Convención sobre el Estatuto de los Refugiados y de su "
        "Protocolo.\n",
        [("Convención sobre el Estatuto de los Refugiados", REFUGEES), ("y de su Protocolo", REFUGEES_1967)],
    ),
    (
        "鲁里塔尼亚是日内瓦四公约及其两项附加议定书的缔约国。\n",
        _four("日内瓦四公约") + _two("及其两项附加议定书"),
    ),
    (
        "鲁里塔尼亚于1979年批准了日内瓦四公约的两项附加议定书。\n",
        _four("日内瓦四公约") + _two("的两项附加议定书"),
    ),
    (
        "鲁里塔尼亚已加入日内瓦四公约两项附加议定书。\n",
        _four("日内瓦四公约") + _two("两项附加议定书"),
    ),
    (
        "国际社会于1977年缔结了1949年日内瓦公约的两个附加议定书。\n",
        _four("1949年日内瓦公约") + _two("的两个附加议定书"),
    ),
]

THERETO_ALIKE: list[tuple[str, list[Mention]]] = [
    # the singular after a treaty with several protocols names none of them
    (
        "Ruritania acceded to the Convention on the Rights of the Child and to its Optional Protocol in "
        "2004.\n",
        [("Convention on the Rights of the Child", CRC)],
    ),
    (
        "鲁里塔尼亚是1949年日内瓦四公约的缔约国。\n",
        _four("1949年日内瓦四公约"),
    ),
    # the Geneva Convention of 1929, not the four of 1949
    (
        "鲁里塔尼亚于1931年加入了1929年日内瓦公约，并于1990年批准了《儿童权利公约》。\n",
        [("儿童权利公约", CRC)],
    ),
]

NAMES: list[tuple[str, list[Mention]]] = [
    (
        "日内瓦四公约是国际人道法的基石。\n",
        _four("日内瓦四公约"),
    ),
    (
        "日内瓦四公约于1950年10月21日生效。\n",
        _four("日内瓦四公约"),
    ),
    (
        "鲁里塔尼亚于1957年批准了《关于战俘待遇的日内瓦公约》。\n",
        [("关于战俘待遇的日内瓦公约", "UNTS/75/972")],
    ),
    (
        "《改善海上武装部队伤者病者及遇船难者境遇的日内瓦公约》适用于海战。\n",
        [("改善海上武装部队伤者病者及遇船难者境遇的日内瓦公约", "UNTS/75/971")],
    ),
    (
        "Reafirmando la importancia del Tratado de No Proliferación de Armas Nucleares (TNP) para el "
        "régimen de desarme,\n",
        [("Tratado de No Proliferación de Armas Nucleares", NPT)],
    ),
    (
        "El Tratado de No Proliferación Nuclear entró en vigor para Ruritania en 1975.\n",
        [("Tratado de No Proliferación Nuclear", NPT)],
    ),
    (
        "Ruritania es parte en la Convención sobre la Prohibición de Minas Antipersonales desde 1999.\n",
        [("Convención sobre la Prohibición de Minas Antipersonales", "UNTS/2056/35597")],
    ),
    (
        "Recordando la Convención sobre Sustancias Psicotrópicas de 1971,\n",
        [("Convención sobre Sustancias Psicotrópicas de 1971", "UNTS/1019/14956")],
    ),
    (
        "Calls upon States to become parties to the Agreement for the Implementation of the Provisions of "
        "the United Nations Convention on the Law of the Sea of 10 December 1982 relating to the "
        "Conservation and Management of Straddling Fish Stocks and Highly Migratory Fish Stocks,\n",
        [
            (
                "Agreement for the Implementation of the Provisions of the United Nations Convention on the "
                "Law of the Sea of 10 December 1982 relating to the Conservation and Management of "
                "Straddling Fish Stocks and Highly Migratory Fish Stocks",
                FISH_STOCKS,
            )
        ],
    ),
    (
        "Demande aux États de devenir parties à l'Accord aux fins de l'application des dispositions de la "
        "Convention des Nations Unies sur le droit de la mer du 10 décembre 1982 relatives à la "
        "conservation et à la gestion des stocks de poissons dont les déplacements s'effectuent tant à "
        "l'intérieur qu'au-delà de zones économiques exclusives (stocks chevauchants) et des stocks de "
        "poissons grands migrateurs,\n",
        [
            (
                "Accord aux fins de l'application des dispositions de la Convention des Nations Unies sur le "
                "droit de la mer du 10 décembre 1982 relatives à la conservation et à la gestion des stocks "
                "de poissons dont les déplacements s'effectuent tant à l'intérieur qu'au-delà de zones "
                "économiques exclusives (stocks chevauchants) et des stocks de poissons grands migrateurs",
                FISH_STOCKS,
            )
        ],
    ),
    (
        "Projet de loi autorisant l'approbation de l'accord pour l'application des dispositions de la "
        "convention des Nations Unies sur le droit de la mer du 10 décembre 1982 relatif à la "
        "conservation et à la gestion des stocks de poissons chevauchants et des stocks de poissons "
        "grands migrateurs\n",
        [
            (
                "accord pour l'application des dispositions de la convention des Nations Unies sur le droit "
                "de la mer du 10 décembre 1982 relatif à la conservation et à la gestion des stocks de "
                "poissons chevauchants et des stocks de poissons grands migrateurs",
                FISH_STOCKS,
            )
        ],
    ),
    (
        "L'Accord pour la mise en œuvre des dispositions de la Convention des Nations Unies sur le droit "
        "de la mer du 10 décembre 1982 relatives aux stocks chevauchants lie la Ruritanie, comme la "
        "Convention relative aux droits de l'enfant.\n",
        [("Convention relative aux droits de l'enfant", CRC)],
    ),
]

NAMES_ALIKE: list[tuple[str, list[Mention]]] = [
    # the Agreement in a conference's name is the conference's, not a citation of it
    (
        "Taking note of the report of the Review Conference on the Agreement for the Implementation of "
        "the Provisions of the United Nations Convention on the Law of the Sea of 10 December 1982 "
        "relating to the Conservation and Management of Straddling Fish Stocks and Highly Migratory Fish "
        "Stocks (A/CONF.210/2029/5),\n",
        [("A/CONF.210/2029/5", "A/CONF.210/2029/5")],
    ),
    # the Convention of 1864, under a title like the first of 1949's
    ("1864年《改善战地军队伤者境遇的日内瓦公约》是第一个日内瓦公约。\n", []),
    # treaties on nuclear weapons that the table does not hold
    (
        "Ruritania firmó el Tratado sobre la Prohibición de las Armas Nucleares y el Tratado de "
        "Prohibición Completa de los Ensayos Nucleares, y es parte en el Tratado sobre la No "
        "Proliferación de las Armas Nucleares.\n",
        [("Tratado sobre la No Proliferación de las Armas Nucleares", NPT)],
    ),
    # "accord", the word, is no title
    (
        "Le Gouvernement a donné son accord à la présentation du rapport sur la Convention relative aux "
        "droits de l'enfant.\n",
        [("Convention relative aux droits de l'enfant", CRC)],
    ),
]

ACT_DATED: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    (
        "Ruritania signed the Convention on the Rights of the Child on 26 January 1990 and has reported "
        "to the Committee since 1993.\n",
        [("Convention on the Rights of the Child", CRC, None)],
    ),
    (
        "La Ruritanie a ratifié la Convention relative aux droits de l'enfant le 7 août 1990.\n",
        [("Convention relative aux droits de l'enfant", CRC, None)],
    ),
    (
        "Ruritania ratificó la Convención sobre los Derechos del Niño el 6 de diciembre de 1990.\n",
        [("Convención sobre los Derechos del Niño", CRC, None)],
    ),
    (
        "La Ruritanie a signé la Convention des Nations Unies sur le droit de la mer le 5 décembre 1984.\n",
        [("Convention des Nations Unies sur le droit de la mer", "UNTS/1833/31363", None)],
    ),
]

ACT_DATED_ALIKE: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    # the Assembly's adoption is the treaty's date
    (
        "The General Assembly adopted the Convention on the Rights of the Child on 20 November 1989.\n",
        [("Convention on the Rights of the Child", CRC, "1989-11-20")],
    ),
    # … and its date after "of", a State's verb before it
    (
        "Ruritania signed the Convention on the Rights of the Child of 20 November 1989 in 1990.\n",
        [("Convention on the Rights of the Child", CRC, "1989-11-20")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), THERETO + THERETO_ALIKE)
def test_protocols_by_reference(text: str, expected: list[Mention]) -> None:
    assert _mentions(text) == expected


@pytest.mark.parametrize(("text", "expected"), NAMES + NAMES_ALIKE)
def test_names(text: str, expected: list[Mention]) -> None:
    assert _mentions(text) == expected


@pytest.mark.parametrize(("text", "expected"), ACT_DATED + ACT_DATED_ALIKE)
def test_state_act_dates(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _dated(text) == expected
