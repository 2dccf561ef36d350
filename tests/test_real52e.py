"""Forms met reading real public texts dense in treaty citations, of kinds not read before (issue
7, pass real52e: the First Committee's resolutions and States' reports on the Convention on Certain
Conventional Weapons and its Protocols, the ICRC's treaty pages and encyclopaedia pages on the
Protocols Additional in English, French, Spanish and Chinese, UNHCR's and treaty bodies' texts on
the Refugee Convention, Chinese news and teaching pages on the Geneva Conventions), each written for
these tests in UN style (passages, States and dates invented):

- the Geneva Conventions named together without their year ("the Geneva Conventions", fr "les
  Conventions de Genève", es "los Convenios de Ginebra", ru "Женевские конвенции", ar "اتفاقيات
  جنيف") are each of the four, ``UNTS/75/970`` to ``UNTS/75/973``, and the Protocols named by
  reference after them are Protocols I and II (were missed; each lexicon's ``instrument_sets``);
  not conventions of Geneva of another year or matter ("the 1958 Geneva Conventions on the Law of
  the Sea", "the Geneva Conventions of 1929", "les Conventions de Genève sur le droit de la mer",
  "los Convenios de Ginebra de 1929", "Женевские конвенции 1929 года"; ``grammar.within_title_after``),
  nor a national act named after them;
- the Protocols named by reference after a treaty with an ideograph glued after the words
  ("…日内瓦四公约及其附加议定书的缔约国") are its Protocols (were missed: ``grammar.protocols_thereto``
  read only before a non-letter);
- a treaty's title opening its line with the place and date of its conclusion after it, set off by
  a stop or a comma, as the ICRC's and depositaries' lists write them ("Convention (IV) relative to
  … . Geneva, 12 August 1949.", fr "… . Genève, 12 août 1949.", es "…, Ginebra, 12 de agosto de
  1949.") is dated (was undated); not a title inside a sentence before a city's dateline;
- a short name of a year and a noun that points back at an instrument the text named before ("The
  1951 Convention", fr "la Convention de 1951", es "la Convención de 1951", ru "Конвенция 1951 года",
  ar "اتفاقية عام 1951", zh "1951年公约"; ``grammar.short_names_back``) is that instrument, and its
  protocols named by reference after it too ("… and its 1967 Protocol"); not where the text named
  none of the name's instruments before, or several ("1961 Convention" after both the Single
  Convention and the Convention on the Reduction of Statelessness), nor before the words of a
  longer title ("the 1961 Convention on …", ``grammar.title_goes_on``);
- a date after a treaty's name set off by a comma and the bare preposition of a day, as treaty
  bodies list the instruments a State ratified ("(b) The Convention against Torture …, on 22
  September 2006;", fr "…, le 22 septembre 2006 ;", es "…, el 22 de septiembre de 2006;";
  ``grammar.instrument_action_date``) is the day of the State's act, not the treaty's date (was
  its date); "…, of 20 November 1989", "…, adopted on …" and a date after no comma date it still;
- the Agreement relating to the Implementation of Part XI of the Convention on the Law of the Sea
  by its Russian and Arabic titles ("Соглашения об осуществлении Части XI Конвенции Организации
  Объединенных Наций по морскому праву от 10 декабря 1982 года", ar "الاتفاق المتعلق بتنفيذ الجزء
  الحادي عشر من اتفاقية الأمم المتحدة لقانون البحار …") is cited (was missed);
- a treaty's title with its year alone after its head noun and a short preposition ("la
  Convención de 1997 sobre la prohibición del empleo, … de minas antipersonal …", fr "la Convention
  de 1954 relative au statut des apatrides", "the Convention of 1989 on the Rights of the Child";
  ``find._head_date``) is the treaty, undated (was missed); not a title of another year that no
  known instrument bears ("la Convention de 1929 relative au traitement des prisonniers de guerre").
"""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

Mention = tuple[str, str | None]

FOUR = ("UNTS/75/970", "UNTS/75/971", "UNTS/75/972", "UNTS/75/973")
PROTOCOLS = ("UNTS/1125/17512", "UNTS/1125/17513")
REFUGEES = "UNTS/189/2545"


def _mentions(text: str) -> list[Mention]:
    return [(c.text, c.target) for c in extract_text(text).citations]


def _dated(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.text, c.target, c.date) for c in extract_text(text).citations]


def _four(name: str) -> list[Mention]:
    return [(name, t) for t in FOUR]


def _two(words: str) -> list[Mention]:
    return [(words, t) for t in PROTOCOLS]


BARE_SET: list[tuple[str, list[Mention]]] = [
    (
        "Calls upon all parties to the conflict in Ruritania to respect the Geneva Conventions in all "
        "circumstances,\n",
        _four("Geneva Conventions"),
    ),
    (
        "Recalling common article 3 of the Geneva Conventions and the Additional Protocols thereto,\n",
        _four("Geneva Conventions") + _two("and the Additional Protocols thereto"),
    ),
    (
        "Demande à toutes les parties de respecter les Conventions de Genève et leurs Protocoles "
        "additionnels en toutes circonstances,\n",
        _four("Conventions de Genève") + _two("et leurs Protocoles additionnels"),
    ),
    (
        "Exhorta a todas las partes a que respeten los Convenios de Ginebra y sus Protocolos adicionales,\n",
        _four("Convenios de Ginebra") + _two("y sus Protocolos adicionales"),
    ),
    (
        "Призывает все стороны в Руритании соблюдать Женевские конвенции и Дополнительные протоколы к ним,\n",
        _four("Женевские конвенции") + _two("и Дополнительные протоколы к ним"),
    ),
    (
        "Руритания является участником Женевских конвенций с 1958 года.\n",
        _four("Женевских конвенций"),
    ),
    (
        "يدعو جميع الأطراف في روريتانيا إلى احترام اتفاقيات جنيف وبروتوكولاتها الإضافية،\n",
        _four("اتفاقيات جنيف") + _two("وبروتوكولاتها الإضافية"),
    ),
]

GLUED: list[tuple[str, list[Mention]]] = [
    (
        "鲁里塔尼亚是1949年日内瓦四公约及其附加议定书的缔约国。\n",
        _four("1949年日内瓦四公约") + _two("及其附加议定书"),
    ),
]

PLACE_DATED: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    (
        "Convention (IV) relative to the Protection of Civilian Persons in Time of War. Geneva, 12 "
        "August 1949.\n",
        [
            (
                "Convention (IV) relative to the Protection of Civilian Persons in Time of War",
                "UNTS/75/973",
                "1949-08-12",
            )
        ],
    ),
    (
        "Convention (III) relative au traitement des prisonniers de guerre. Genève, 12 août 1949.\n",
        [("Convention (III) relative au traitement des prisonniers de guerre", "UNTS/75/972", "1949-08-12")],
    ),
    (
        "Convenio de Ginebra relativo al trato debido a los prisioneros de guerra, Ginebra, 12 de agosto "
        "de 1949.\n",
        [
            (
                "Convenio de Ginebra relativo al trato debido a los prisioneros de guerra",
                "UNTS/75/972",
                "1949-08-12",
            )
        ],
    ),
    (
        "3. Convention on the Rights of Persons with Disabilities. New York, 13 December 2006.\n",
        [("Convention on the Rights of Persons with Disabilities", "UNTS/2515/44910", "2006-12-13")],
    ),
]

BACK: list[tuple[str, list[Mention]]] = [
    (
        "Ruritania acceded to the Convention relating to the Status of Refugees in 1962. The 1951 "
        "Convention and its 1967 Protocol are given effect by the Asylum Act.\n",
        [
            ("Convention relating to the Status of Refugees", REFUGEES),
            ("1951 Convention", REFUGEES),
            ("and its 1967 Protocol", "UNTS/606/8791"),
        ],
    ),
    (
        "La Ruritanie a adhéré à la Convention relative au statut des réfugiés en 1962. La Convention "
        "de 1951 est appliquée par la loi sur l'asile.\n",
        [("Convention relative au statut des réfugiés", REFUGEES), ("Convention de 1951", REFUGEES)],
    ),
    (
        "Ruritania se adhirió a la Convención sobre el Estatuto de los Refugiados en 1962. La "
        "Convención de 1951 se aplica mediante la Ley de Asilo.\n",
        [("Convención sobre el Estatuto de los Refugiados", REFUGEES), ("Convención de 1951", REFUGEES)],
    ),
    (
        "Руритания присоединилась к Конвенции о статусе беженцев в 1962 году. Конвенция 1951 года "
        "применяется на основании закона об убежище.\n",
        [("Конвенции о статусе беженцев", REFUGEES), ("Конвенция 1951 года", REFUGEES)],
    ),
    (
        "鲁里塔尼亚于1962年加入了《关于难民地位的公约》。1951年公约的规定通过庇护法实施。\n",
        [("关于难民地位的公约", REFUGEES), ("1951年公约", REFUGEES)],
    ),
    (
        "انضمت روريتانيا إلى الاتفاقية الخاصة بوضع اللاجئين في عام 1962. وتطبق اتفاقية عام 1951 بموجب "
        "قانون اللجوء.\n",
        [("الاتفاقية الخاصة بوضع اللاجئين", REFUGEES), ("اتفاقية عام 1951", REFUGEES)],
    ),
    (
        "Ruritania is a party to the Single Convention on Narcotic Drugs, 1961. The 1961 Convention is "
        "applied by the Drugs Act.\n",
        [
            ("Single Convention on Narcotic Drugs, 1961", "UNTS/520/7515"),
            ("1961 Convention", "UNTS/520/7515"),
        ],
    ),
]

LOOKALIKES: list[tuple[str, list[Mention]]] = [
    (
        "Noting that the 1958 Geneva Conventions on the Law of the Sea remain in force between some "
        "States,\n",
        [],
    ),
    ("The Geneva Conventions of 1929 were replaced by those of 1949.\n", []),
    ("The Geneva Conventions Act 1957 of Ruritania gives effect to them.\n", []),
    ("Les Conventions de Genève sur le droit de la mer de 1958 restent en vigueur.\n", []),
    ("Los Convenios de Ginebra de 1929 fueron sustituidos.\n", []),
    ("Женевские конвенции 1929 года были заменены.\n", []),
    (
        "Recalling the Protocols Additional to the Geneva Conventions,\n",
        [],
    ),
    ("The 1951 Convention is given effect by the Asylum Act of Ruritania.\n", []),
    (
        "Ruritania is a party to the Single Convention on Narcotic Drugs, 1961 and to the Convention on "
        "the Reduction of Statelessness. The 1961 Convention is applied.\n",
        [
            ("Single Convention on Narcotic Drugs, 1961", "UNTS/520/7515"),
            ("Convention on the Reduction of Statelessness", "UNTS/989/14458"),
        ],
    ),
    (
        "Ruritania is a party to the Single Convention on Narcotic Drugs, 1961. The 1961 Convention on "
        "the Reduction of Statelessness is not yet in force for it.\n",
        [
            ("Single Convention on Narcotic Drugs, 1961", "UNTS/520/7515"),
            ("Convention on the Reduction of Statelessness", "UNTS/989/14458"),
        ],
    ),
]

ACTED: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    (
        "4. The Committee welcomes the ratification of the following instruments:\n(b) The Convention "
        "against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment, on 14 March 2011;\n",
        [
            (
                "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
                "UNTS/1465/24841",
                None,
            )
        ],
    ),
    (
        "b) La Convention relative aux droits de l'enfant, le 5 mars 2010 ;\n",
        [("Convention relative aux droits de l'enfant", "UNTS/1577/27531", None)],
    ),
    (
        "b) La Convención sobre los Derechos de las Personas con Discapacidad, el 14 de marzo de 2011;\n",
        [("Convención sobre los Derechos de las Personas con Discapacidad", "UNTS/2515/44910", None)],
    ),
]

ACT_LOOKALIKES: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    (
        "Recalling the Convention on the Rights of the Child, of 20 November 1989,\n",
        [("Convention on the Rights of the Child", "UNTS/1577/27531", "1989-11-20")],
    ),
    (
        "Rappelant la Convention relative aux droits de l'enfant, du 20 novembre 1989,\n",
        [("Convention relative aux droits de l'enfant", "UNTS/1577/27531", "1989-11-20")],
    ),
    (
        "The Assembly adopted the Convention on the Rights of the Child on 20 November 1989.\n",
        [("Convention on the Rights of the Child", "UNTS/1577/27531", "1989-11-20")],
    ),
]

PART_XI: list[tuple[str, list[Mention]]] = [
    (
        "приветствуя принятие 28 июля 1994 года Соглашения об осуществлении Части XI Конвенции "
        "Организации Объединенных Наций по морскому праву от 10 декабря 1982 года,\n",
        [
            (
                "Соглашения об осуществлении Части XI Конвенции Организации Объединенных Наций по морскому "
                "праву от 10 декабря 1982 года",
                "UNTS/1836/31364",
            )
        ],
    ),
    (
        "وإذ ترحب ببدء نفاذ الاتفاق المتعلق بتنفيذ الجزء الحادي عشر من اتفاقية الأمم المتحدة "
        "لقانون البحار،\n",
        [
            (
                "الاتفاق المتعلق بتنفيذ الجزء الحادي عشر من اتفاقية الأمم المتحدة لقانون البحار",
                "UNTS/1836/31364",
            )
        ],
    ),
]

YEAR_AFTER_HEAD: list[tuple[str, list[Mention]]] = [
    (
        "adoptado por los Estados Parte en la Convención de 1997 sobre la prohibición del empleo, "
        "almacenamiento, producción y transferencia de minas antipersonal y sobre su destrucción,\n",
        [
            (
                "Convención de 1997 sobre la prohibición del empleo, almacenamiento, producción y "
                "transferencia de minas antipersonal y sobre su destrucción",
                "UNTS/2056/35597",
            )
        ],
    ),
    (
        "La Ruritanie a adhéré à la Convention de 1954 relative au statut des apatrides et à la "
        "Convention de 1961 sur la réduction des cas d'apatridie.\n",
        [
            ("Convention de 1954 relative au statut des apatrides", "UNTS/360/5158"),
            ("Convention de 1961 sur la réduction des cas d'apatridie", "UNTS/989/14458"),
        ],
    ),
    (
        "Ruritania ratified the Convention of 1989 on the Rights of the Child in 1991.\n",
        [("Convention of 1989 on the Rights of the Child", "UNTS/1577/27531")],
    ),
]

YEAR_LOOKALIKES: list[tuple[str, list[Mention]]] = [
    (
        "La Ruritanie était partie à la Convention de 1929 relative au traitement des prisonniers de "
        "guerre.\n",
        [],
    ),
    (
        "Ruritania was a party to the Convention of 1933 relating to the International Status of Refugees.\n",
        [],
    ),
]

UNDATED: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    (
        "The Committee examined the report under the Convention against Torture. Geneva, 5 May 2015.\n",
        [("Convention against Torture", "UNTS/1465/24841", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BARE_SET)
def test_geneva_conventions_without_their_year(text: str, expected: list[Mention]) -> None:
    assert _mentions(text) == expected


@pytest.mark.parametrize(("text", "expected"), GLUED)
def test_protocols_thereto_before_an_ideograph(text: str, expected: list[Mention]) -> None:
    assert _mentions(text) == expected


@pytest.mark.parametrize(("text", "expected"), PLACE_DATED)
def test_title_dated_by_place_and_date_after_it(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _dated(text) == expected


@pytest.mark.parametrize(("text", "expected"), BACK)
def test_short_name_pointing_back(text: str, expected: list[Mention]) -> None:
    assert _mentions(text) == expected


@pytest.mark.parametrize(("text", "expected"), LOOKALIKES)
def test_lookalikes_stay(text: str, expected: list[Mention]) -> None:
    assert _mentions(text) == expected


@pytest.mark.parametrize(("text", "expected"), UNDATED)
def test_title_inside_a_sentence_stays_undated(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _dated(text) == expected


@pytest.mark.parametrize(("text", "expected"), ACTED)
def test_date_of_a_state_act_after_a_treaty(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _dated(text) == expected


@pytest.mark.parametrize(("text", "expected"), ACT_LOOKALIKES)
def test_treaty_own_date_stays(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _dated(text) == expected


@pytest.mark.parametrize(("text", "expected"), PART_XI)
def test_part_xi_agreement_by_its_russian_and_arabic_titles(text: str, expected: list[Mention]) -> None:
    assert _mentions(text) == expected


@pytest.mark.parametrize(("text", "expected"), YEAR_AFTER_HEAD)
def test_year_after_the_head_noun(text: str, expected: list[Mention]) -> None:
    assert _mentions(text) == expected


@pytest.mark.parametrize(("text", "expected"), YEAR_LOOKALIKES)
def test_title_of_another_year_stays_unread(text: str, expected: list[Mention]) -> None:
    assert _mentions(text) == expected
