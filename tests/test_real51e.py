"""Forms met reading real public texts dense in treaty citations, of kinds not read before (issue
7, pass real51e: the Secretary-General's reports on the status of the Protocols Additional to the
Geneva Conventions and the Sixth Committee's pages on them, the ICRC's pages and its database of
treaties and States parties in English, French, Spanish and Arabic, the Treaty Collection's pages
on depositary notifications, the Summary of Practice of the Secretary-General as depositary,
Spain's instruments of ratification, China's decisions of accession and lists of the conventions
it joined, Russian encyclopaedia pages on the Protocols, human rights libraries' lists of
instruments with their Treaty Series volume and page), each written for these tests in UN style
(passages, States and dates invented):

- the four Geneva Conventions of 12 August 1949 named together ("the Geneva Conventions of 12
  August 1949", "the four Geneva Conventions of 1949", fr "les quatre Conventions de Genève", es "los
  Convenios de Ginebra de 1949", ru "Женевских конвенций 1949 г.", ar "اتفاقيات جنيف الأربع", zh
  "1949年日内瓦四公约") are each of the four, ``UNTS/75/970`` to ``UNTS/75/973`` (were missed): a
  set's names in the lexicons' new ``[instrument_sets]``, its members in the new table
  ``instrument_sets.csv``; not where the words stand inside a Protocol's title ("Protocols Additional
  to the Geneva Conventions of 1949", "Additional Protocols of 1977 to …", "PROTOCOLOS ADICIONALES A
  LOS CONVENIOS …", ru "Дополнительный протокол к Женевским конвенциям …", ar "البروتوكول الإضافي
  الثالث إلى …", zh "…四公约关于…附加议定书"; each language's ``grammar.within_title`` and
  ``within_title_after``); a date in the set's name or after it dates each ("… of 12 August 1949",
  "1949年8月12日日内瓦四公约", "les quatre Conventions de Genève du 12 août 1949"); the Protocols
  Additional named by reference after the set or one of its Conventions ("… and the Additional
  Protocols thereto", fr "et leurs Protocoles additionnels", es "y sus Protocolos adicionales", ru "и
  Дополнительных протоколов к ним", ar "وبروتوكولاتها الإضافية") are Protocols I and II (were
  missed): each Convention's Protocols in ``protocols.csv``, more words in ``grammar.protocols_thereto``.
- the First, Second and Third Geneva Conventions are new rows of ``instruments.csv`` (``UNTS/75/970``,
  ``971``, ``972``), named by title or ordinal in every language ("the Geneva Convention relative to
  the Treatment of Prisoners of War", "la IIIe Convention de Genève", "III Convenio de Ginebra",
  "Женевской конвенции об обращении с военнопленными", "اتفاقية جنيف الثالثة", zh "《改善海上武装部队
  伤者、病者及遇船难者境遇之日内瓦公约》"; were missed), so their volume and page cite them ("75 UNTS
  135"; was unresolved), and by the ICRC's titles with their number in brackets ("Convention (III)
  relative to the Treatment of Prisoners of War", "Convention (IV) relative à …"); the Fourth by its
  ordinal in figures ("la IVe Convention de Genève"); a
  Geneva title of another year is not the 1949 Convention ("… Prisoners of War of 27 July 1929").
- the Refugee Convention's page of its English text ("189 U.N.T.S. 150") is the Convention (was
  unresolved), ru "Конвенции Организации Объединенных Наций о статусе беженцев" is the Convention (was
  missed), and the Spanish titles of the Protocols Additional with "de 12 de agosto de 1949"
  are the Protocols (were missed).
"""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

Mention = tuple[str, str | None]

FOUR = ("UNTS/75/970", "UNTS/75/971", "UNTS/75/972", "UNTS/75/973")


def _mentions(text: str) -> list[Mention]:
    return [(c.text, c.target) for c in extract_text(text).citations]


def _four(name: str) -> list[Mention]:
    return [(name, t) for t in FOUR]


SETS: list[tuple[str, list[Mention]]] = [
    (
        "Calling upon all States that have not yet done so to become parties to the Geneva Conventions "
        "of 12 August 1949 at the earliest possible date,\n",
        _four("Geneva Conventions of 12 August 1949"),
    ),
    (
        "Ruritania informed the Secretary-General that it had been a party to the four Geneva "
        "Conventions of 1949 since 1958.\n",
        _four("four Geneva Conventions"),
    ),
    (
        "Le Gouvernement de la Ruritanie a rappelé qu'il est partie aux quatre Conventions de Genève "
        "depuis 1962.\n",
        _four("quatre Conventions de Genève"),
    ),
    (
        "La República de Ruritania es parte en los Convenios de Ginebra de 1949 desde el 3 de mayo de "
        "1961.\n",
        _four("Convenios de Ginebra de 1949"),
    ),
    (
        "Руритания является участницей Женевских конвенций 1949 г. с 1960 года.\n",
        _four("Женевских конвенций 1949 г."),
    ),
    (
        "وأفادت روريتانيا بأنها طرف في اتفاقيات جنيف الأربع منذ عام 1963.\n",
        _four("اتفاقيات جنيف الأربع"),
    ),
    (
        "鲁里塔尼亚于1957年加入1949年日内瓦四公约。\n",
        _four("1949年日内瓦四公约"),
    ),
]


TITLES: list[tuple[str, list[Mention]]] = [
    (
        "The State party acceded to the Geneva Convention relative to the Treatment of Prisoners of "
        "War on 4 March 1959.\n",
        [("Geneva Convention relative to the Treatment of Prisoners of War", "UNTS/75/972")],
    ),
    (
        "Detained members of the armed forces are protected by the Third Geneva Convention.\n",
        [("Third Geneva Convention", "UNTS/75/972")],
    ),
    (
        "Ruritania withdrew its reservation to the Geneva Convention for the Amelioration of the "
        "Condition of the Wounded and Sick in Armed Forces in the Field.\n",
        [
            (
                "Geneva Convention for the Amelioration of the Condition of the Wounded and Sick in "
                "Armed Forces in the Field",
                "UNTS/75/970",
            )
        ],
    ),
    (
        "Hospital ships are protected under the Second Geneva Convention.\n",
        [("Second Geneva Convention", "UNTS/75/971")],
    ),
    (
        "Le Comité rappelle les obligations qui découlent de la IIIe Convention de Genève et de la IVe "
        "Convention de Genève.\n",
        [("IIIe Convention de Genève", "UNTS/75/972"), ("IVe Convention de Genève", "UNTS/75/973")],
    ),
    (
        "El Estado depositó su instrumento de adhesión al III Convenio de Ginebra el 2 de junio de 1960.\n",
        [("III Convenio de Ginebra", "UNTS/75/972")],
    ),
    (
        "Руритания сняла оговорку к Женевской конвенции об обращении с военнопленными.\n",
        [("Женевской конвенции об обращении с военнопленными", "UNTS/75/972")],
    ),
    (
        "وسحبت روريتانيا تحفظها على اتفاقية جنيف الثالثة.\n",
        [("اتفاقية جنيف الثالثة", "UNTS/75/972")],
    ),
    (
        "1958年3月2日，鲁里塔尼亚加入《改善海上武装部队伤者、病者及遇船难者境遇之日内瓦公约》。\n",
        [("改善海上武装部队伤者、病者及遇船难者境遇之日内瓦公约", "UNTS/75/971")],
    ),
    (
        "Ruritania acceded to the Convention (IV) relative to the Protection of Civilian Persons in Time "
        "of War. Geneva, 12 August 1949.\n",
        [("Convention (IV) relative to the Protection of Civilian Persons in Time of War", "UNTS/75/973")],
    ),
    (
        "La Ruritanie a retiré sa réserve à la Convention (III) relative au traitement des prisonniers "
        "de guerre.\n",
        [("Convention (III) relative au traitement des prisonniers de guerre", "UNTS/75/972")],
    ),
    (
        "See Convention relative to the Treatment of Prisoners of War, 75 UNTS 135, art. 118.\n",
        [("75 UNTS 135", "UNTS/75/972")],
    ),
    (
        "Voir Convention relative au statut des réfugiés, 189 U.N.T.S. 150, art. 33.\n",
        [
            ("Convention relative au statut des réfugiés", "UNTS/189/2545"),
            ("189 U.N.T.S. 150", "UNTS/189/2545"),
        ],
    ),
    (
        "Руритания присоединилась к Конвенции Организации Объединенных Наций о статусе беженцев в 1993 "
        "году.\n",
        [("Конвенции Организации Объединенных Наций о статусе беженцев", "UNTS/189/2545")],
    ),
    (
        "El Estado ratificó el Protocolo adicional a los Convenios de Ginebra de 12 de agosto de 1949 "
        "relativo a la protección de las víctimas de los conflictos armados internacionales.\n",
        [
            (
                "Protocolo adicional a los Convenios de Ginebra de 12 de agosto de 1949 relativo a la "
                "protección de las víctimas de los conflictos armados internacionales",
                "UNTS/1125/17512",
            )
        ],
    ),
]


# the Protocols Additional named by reference after the set or one of its Conventions
AP = ("UNTS/1125/17512", "UNTS/1125/17513")
THERETO: list[tuple[str, list[Mention]]] = [
    (
        "Recalling the Geneva Conventions of 12 August 1949 and the Additional Protocols thereto of 1977,\n",
        _four("Geneva Conventions of 12 August 1949")
        + [("and the Additional Protocols thereto", t) for t in AP],
    ),
    (
        "Ruritania became a party to the Fourth Geneva Convention and the Additional Protocols thereto "
        "in 1983.\n",
        [
            ("Fourth Geneva Convention", "UNTS/75/973"),
            *(("and the Additional Protocols thereto", t) for t in AP),
        ],
    ),
    (
        "La Ruritanie est partie aux quatre Conventions de Genève du 12 août 1949 et leurs Protocoles "
        "additionnels.\n",
        _four("quatre Conventions de Genève") + [("et leurs Protocoles additionnels", t) for t in AP],
    ),
    (
        "El Estado es parte en los Convenios de Ginebra de 1949 y sus Protocolos adicionales desde 1979.\n",
        _four("Convenios de Ginebra de 1949") + [("y sus Protocolos adicionales", t) for t in AP],
    ),
    (
        "Руритания является участницей Женевских конвенций 1949 года и Дополнительных протоколов к ним.\n",
        _four("Женевских конвенций 1949 года") + [("и Дополнительных протоколов к ним", t) for t in AP],
    ),
    (
        "روريتانيا طرف في اتفاقيات جنيف الأربع وبروتوكولاتها الإضافية.\n",
        _four("اتفاقيات جنيف الأربع") + [("وبروتوكولاتها الإضافية", t) for t in AP],
    ),
]


# the set's date, in its name or after it (all four records carry it)
DATED: list[tuple[str, str, str | None]] = [
    (
        "Ruritania is a party to the Geneva Conventions of 12 August 1949.\n",
        "Geneva Conventions of 12 August 1949",
        "1949-08-12",
    ),
    (
        "La Ruritanie est partie aux quatre Conventions de Genève du 12 août 1949.\n",
        "quatre Conventions de Genève",
        "1949-08-12",
    ),
    (
        "Ruritania es parte en los Convenios de Ginebra de 12 de agosto de 1949.\n",
        "Convenios de Ginebra de 12 de agosto de 1949",
        "1949-08-12",
    ),
    (
        "Руритания является участницей Женевских конвенций от 12 августа 1949 года.\n",
        "Женевских конвенций от 12 августа 1949 года",
        "1949-08-12",
    ),
    (
        "روريتانيا طرف في اتفاقيات جنيف المؤرخة 12 آب/أغسطس 1949.\n",
        "اتفاقيات جنيف المؤرخة 12 آب/أغسطس 1949",
        "1949-08-12",
    ),
    ("鲁里塔尼亚是1949年8月12日日内瓦四公约的缔约国。\n", "1949年8月12日日内瓦四公约", "1949-08-12"),
    ("Ruritania is a party to the four Geneva Conventions of 1949.\n", "four Geneva Conventions", None),
]


# look-alikes: the Conventions' names inside a Protocol's title, or a Geneva title of another
# year, or an Act named after them (each as before)
LOOKALIKES: list[tuple[str, list[Mention]]] = [
    (
        "Status of the Protocols Additional to the Geneva Conventions of 1949 and relating to the "
        "protection of victims of armed conflicts\n",
        [],
    ),
    (
        "A list of States parties to the Additional Protocols of 1977 to the Geneva Conventions of 1949 "
        "is contained in the annex.\n",
        [],
    ),
    (
        "Ruritania signed the Protocol Additional (I) to the Geneva Conventions of 12 August 1949 on 4 "
        "May 1978.\n",
        [],
    ),
    (
        "The Geneva Convention relative to the Treatment of Prisoners of War of 27 July 1929 was replaced.\n",
        [],
    ),
    (
        "Parliament amended the Geneva Conventions Act in 2009.\n",
        [],
    ),
    (
        "Le Protocole additionnel aux Conventions de Genève du 12 août 1949 relatif à l'adoption d'un "
        "signe distinctif additionnel est entré en vigueur pour la Ruritanie.\n",
        [],
    ),
    (
        "PROTOCOLOS ADICIONALES A LOS CONVENIOS DE GINEBRA DEL 12 DE AGOSTO DE 1949\n",
        [],
    ),
    (
        "Дополнительный протокол к Женевским конвенциям от 12 августа 1949 года, касающийся принятия "
        "дополнительной отличительной эмблемы, вступил в силу для Руритании.\n",
        [],
    ),
    (
        "ودخل البروتوكول الإضافي الثالث إلى اتفاقيات جنيف لعام 1949 حيز النفاذ بالنسبة لروريتانيا.\n",
        [],
    ),
    (
        "وتحتفل روريتانيا بذكرى اعتماد البروتوكولين الإضافيين الأول والثاني لاتفاقيات جنيف الأربع.\n",
        [],
    ),
    (
        "《1949年8月12日日内瓦四公约关于采纳一个新增特殊标志的附加议定书》对鲁里塔尼亚生效。\n",
        [],
    ),
    (
        "Ruritania ratified the Protocol Additional to the Geneva Conventions of 12 August 1949, and "
        "relating to the Protection of Victims of International Armed Conflicts.\n",
        [
            (
                "Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the "
                "Protection of Victims of International Armed Conflicts",
                "UNTS/1125/17512",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SETS)
def test_set_of_instruments_named_together(text: str, expected: list[Mention]) -> None:
    assert _mentions(text) == expected


@pytest.mark.parametrize(("text", "expected"), THERETO)
def test_protocols_thereto_after_the_set(text: str, expected: list[Mention]) -> None:
    assert _mentions(text) == expected


@pytest.mark.parametrize(("text", "name", "date"), DATED)
def test_set_dated_by_its_name(text: str, name: str, date: str | None) -> None:
    assert [(c.text, c.target, c.date) for c in extract_text(text).citations] == [
        (name, t, date) for t in FOUR
    ]


@pytest.mark.parametrize(("text", "expected"), TITLES)
def test_geneva_conventions_by_title_and_page(text: str, expected: list[Mention]) -> None:
    assert _mentions(text) == expected


@pytest.mark.parametrize(("text", "expected"), LOOKALIKES)
def test_lookalikes_stay(text: str, expected: list[Mention]) -> None:
    assert _mentions(text) == expected
