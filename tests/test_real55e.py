"""Forms met reading real public texts that cite treaties, in English, French, Spanish and Russian
(issue 7, pass 55e: the Treaty Series' and the depositaries' headings, the ICRC's commentaries on
the Geneva Conventions, a Spanish gazette's lists of the treaties the State is party to, Latin
American laws that approve a treaty, French decrees and laws that publish one, the drug control
conventions as the drug policy sites name them, the Law of the Sea as Latin American texts name it),
each written for these tests in UN style (numbers, dates and wording invented where the rule does
not need a real one):

- the participle of a treaty's conclusion, its place and its date after the treaty's title ("…,
  done at New York on …", "conclue à Genève le …", "hecha en Nueva York el …", "заключенная в
  Нью-Йорке …"; new ``grammar.instrument_done_at`` in en, fr, es, ru; ``find._done_at``): the
  treaty's date (was undated);
- the place and date of a treaty's conclusion after its title set as a heading, on the line after
  it or after its stop with the sentence going on ("CONVENCIÓN SOBRE …⏎⏎Nueva York, … .", "… . New
  York, 13 December 2006. The …"; ``find._place_date``): the treaty's date (was undated);
- a French title set in capitals with its date after its head word ("CONVENTION DU 10 DÉCEMBRE
  1984 CONTRE LA TORTURE …"; ``find._head_date``, its preposition in any case): the treaty, dated
  (was missed);
- the drug control conventions by their titles without their year ("the Convention on Psychotropic
  Substances", "the Convention against Illicit Traffic in Narcotic Drugs and Psychotropic
  Substances", "la Convención Única sobre Estupefacientes"; ``instruments`` PSYCHOTROPIC_1971,
  TRAFFIC_1988, SINGLE_1961), and the 1972 Protocol that amended the Single Convention by its title
  (new ``instruments`` PROTOCOL_1972, Treaty Series vol. 976, No. 14151; ``instruments.csv``): each
  its own treaty (was missed);
- the Protocols Additional to the Geneva Conventions by their titles without the Conventions' date
  ("the Protocol Additional to the Geneva Conventions relating to the Protection of Victims of …",
  "Protocole additionnel aux conventions de Genève relatif à …"; en, fr, es ``instruments``
  GENEVA_AP_I, GENEVA_AP_II): the protocol (was missed);
- the short names that name a convention by its city or its acronym ("the Palermo Convention", "la
  Convention de Mérida", "la Convemar", "Палермской конвенции"; ``instruments`` UNTOC, UNCAC,
  UNCLOS): the convention (was missed).

Look-alikes that stay as they were: a participle whose place is no name or whose date does not
follow it, a State's own act on the treaty, a title inside a sentence before a place and a date,
the Single Convention as amended, a protocol that amends another convention, and a regional
convention named by its city.
"""

from __future__ import annotations

import pytest

from passages import GA, assert_exact

# (language, passage, each target with its date alone, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]

_DONE_AT: list[Row] = [
    (
        "en",
        GA["en"] + "Recalling the Convention on the Elimination of All Forms of Discrimination against "
        "Women, done at New York on 18 December 1979, and its full implementation,",
        {"UNTS/1249/20378": "1979-12-18"},
    ),
    (
        "en",
        GA["en"] + "Bearing in mind the Convention on the Reduction of Statelessness, concluded at New York "
        "on 30 August 1961,",
        {"UNTS/989/14458": "1961-08-30"},
    ),
    (
        "fr",
        GA["fr"] + "Rappelant la Convention contre la torture et autres peines ou traitements cruels, "
        "inhumains ou dégradants, faite à New York le 10 décembre 1984,",
        {"UNTS/1465/24841": "1984-12-10"},
    ),
    (
        "fr",
        GA["fr"] + "Ayant à l'esprit le Pacte international relatif aux droits civils et politiques, "
        "conclu à New York le 16 décembre 1966, et son application,",
        {"UNTS/999/14668": "1966-12-16"},
    ),
    (
        "es",
        GA["es"] + "Recordando la Convención sobre los Derechos de las Personas con Discapacidad, hecha en "
        "Nueva York el 13 de diciembre de 2006,",
        {"UNTS/2515/44910": "2006-12-13"},
    ),
    (
        "es",
        GA["es"] + "Teniendo presente el Pacto Internacional de Derechos Económicos, Sociales y Culturales, "
        "adoptado en Nueva York, el 16 de diciembre de 1966,",
        {"UNTS/993/14531": "1966-12-16"},
    ),
    (
        "ru",
        GA["ru"] + "ссылаясь на Конвенцию о ликвидации всех форм дискриминации в отношении женщин, "
        "заключенную в Нью-Йорке 18 декабря 1979 года,",
        {"UNTS/1249/20378": "1979-12-18"},
    ),
    (
        "ru",
        GA["ru"] + "принимая во внимание Конвенцию о правах ребенка, принятую в Нью-Йорке 20 ноября "
        "1989 года,",
        {"UNTS/1577/27531": "1989-11-20"},
    ),
]

_DONE_AT_AS_BEFORE: list[Row] = [
    # (the participle before no place's name: the Assembly's session)
    (
        "en",
        GA["en"] + "Recalling the Convention on the Rights of the Child, adopted at its forty-fourth "
        "session, and welcoming its near universal ratification,",
        {"UNTS/1577/27531": None},
    ),
    # (a place, but no date right after it)
    (
        "en",
        GA["en"] + "Noting the Convention on Biological Diversity, signed at Rio de Janeiro by many "
        "States, which entered into force on 29 December 1993,",
        {"UNTS/1760/30619": None},
    ),
    # (a State's act on the treaty, its verb before the name)
    (
        "en",
        "Ruritania signed the Convention against Torture on 4 March 1986 and ratified it later.",
        {"UNTS/1465/24841": None},
    ),
    (
        "fr",
        GA["fr"] + "Notant que la Convention relative aux droits de l'enfant, signée par de nombreux "
        "États, est entrée en vigueur le 2 septembre 1990,",
        {"UNTS/1577/27531": None},
    ),
]

_PLACE_DATE_HEADING: list[Row] = [
    (
        "es",
        "Tratados en los que el Estado es parte\n\nCONVENCIÓN SOBRE LOS DERECHOS DEL NIÑO.\n\n"
        "Nueva York, 20 de noviembre de 1989.\n\nRuritania. Adhesión el 3 de mayo de 1995.\n",
        {"UNTS/1577/27531": "1989-11-20"},
    ),
    (
        "en",
        "Status of treaties\n\nConvention on the Rights of Persons with Disabilities. New York, 13 "
        "December 2006. The list below gives each participant.\n",
        {"UNTS/2515/44910": "2006-12-13"},
    ),
]

_PLACE_DATE_HEADING_AS_BEFORE: list[Row] = [
    # (the title inside a sentence, not opening its line)
    (
        "en",
        "The Committee discussed the Convention on the Rights of the Child. Geneva, 5 May 2020 was "
        "the day of its meeting.\n",
        {"UNTS/1577/27531": None},
    ),
    # (the line after the title opens with no place and date)
    (
        "es",
        "CONVENCIÓN SOBRE LOS DERECHOS DEL NIÑO.\n\nRuritania, adhesión el 3 de mayo de 1995 con una "
        "declaración.\n",
        {"UNTS/1577/27531": None},
    ),
]

_CAPS_DATED_TITLE: list[Row] = [
    (
        "fr",
        "Recueil systématique\n\nCONVENTION DU 10 DÉCEMBRE 1984 CONTRE LA TORTURE ET AUTRES PEINES OU "
        "TRAITEMENTS CRUELS, INHUMAINS OU DÉGRADANTS\n\nArticle premier\n",
        {"UNTS/1465/24841": "1984-12-10"},
    ),
    (
        "fr",
        "Recueil systématique\n\nCONVENTION DU 20 NOVEMBRE 1989 RELATIVE AUX DROITS DE L'ENFANT\n\n"
        "Préambule\n",
        {"UNTS/1577/27531": "1989-11-20"},
    ),
]

_CAPS_DATED_TITLE_AS_BEFORE: list[Row] = [
    (
        "fr",
        "Recueil systématique\n\nConvention du 20 novembre 1989 relative aux droits de l'enfant\n\n"
        "Préambule\n",
        {"UNTS/1577/27531": "1989-11-20"},
    ),
]

_DRUG_TITLES: list[Row] = [
    (
        "en",
        GA["en"] + "Urging States to implement the Convention on Psychotropic Substances in full,",
        {"UNTS/1019/14956": None},
    ),
    (
        "en",
        GA["en"] + "Noting that the Convention against Illicit Traffic in Narcotic Drugs and Psychotropic "
        "Substances provides for the control of precursors,",
        {"UNTS/1582/27627": None},
    ),
    (
        "en",
        GA["en"] + "Recalling the Protocol amending the Single Convention on Narcotic Drugs, 1961, and its "
        "provisions on treatment,",
        {"UNTS/976/14151": None},
    ),
    (
        "fr",
        GA["fr"] + "Rappelant le Protocole portant amendement de la Convention unique sur les stupéfiants "
        "de 1961,",
        {"UNTS/976/14151": None},
    ),
    (
        "fr",
        GA["fr"] + "Invitant les États à appliquer la Convention sur les substances psychotropes,",
        {"UNTS/1019/14956": None},
    ),
    (
        "es",
        GA["es"] + "Exhortando a los Estados a aplicar la Convención contra el Tráfico Ilícito de "
        "Estupefacientes y Sustancias Sicotrópicas,",
        {"UNTS/1582/27627": None},
    ),
    (
        "ru",
        GA["ru"] + "призывая государства выполнять Конвенцию о психотропных веществах,",
        {"UNTS/1019/14956": None},
    ),
]

_DRUG_TITLES_AS_BEFORE: list[Row] = [
    (
        "en",
        GA["en"] + "Recalling the Single Convention on Narcotic Drugs of 1961 as amended by the 1972 "
        "Protocol,",
        {"UNTS/976/14152": None},
    ),
    (
        "en",
        GA["en"] + "Recalling the Convention on Psychotropic Substances of 1971,",
        {"UNTS/1019/14956": None},
    ),
    # (a protocol that amends another convention: neither)
    ("en", GA["en"] + "Noting the Protocol amending the Slavery Convention,", {}),
]

_PROTOCOLS_ADDITIONAL: list[Row] = [
    (
        "en",
        GA["en"] + "Calling upon States to accede to the Protocol Additional to the Geneva Conventions "
        "relating to the Protection of Victims of Non-International Armed Conflicts,",
        {"UNTS/1125/17513": None},
    ),
    (
        "fr",
        GA["fr"] + "Engageant les États à adhérer au Protocole additionnel aux conventions de Genève "
        "relatif à la protection des victimes des conflits armés internationaux,",
        {"UNTS/1125/17512": None},
    ),
    (
        "es",
        GA["es"] + "Exhortando a los Estados a adherirse al Protocolo adicional a los Convenios de Ginebra "
        "relativo a la protección de las víctimas de los conflictos armados sin carácter internacional,",
        {"UNTS/1125/17513": None},
    ),
]

_ADDITIONAL_AS_BEFORE: list[Row] = [
    (
        "en",
        GA["en"] + "Calling upon States to accede to the Protocol Additional to the Geneva Conventions of "
        "12 August 1949, and relating to the Protection of Victims of International Armed Conflicts,",
        {"UNTS/1125/17512": None},
    ),
]

_CITY_NAMES: list[Row] = [
    (
        "en",
        GA["en"] + "Calling upon States to accede to the Palermo Convention and to the Merida Convention,",
        {"UNTS/2225/39574": None, "UNTS/2349/42146": None},
    ),
    (
        "fr",
        GA["fr"] + "Engageant les États à ratifier la Convention de Palerme et la Convention de Mérida,",
        {"UNTS/2225/39574": None, "UNTS/2349/42146": None},
    ),
    (
        "es",
        GA["es"] + "Instando a los Estados a adherirse a la Convención de Palermo y a la Convemar,",
        {"UNTS/2225/39574": None, "UNTS/1833/31363": None},
    ),
    (
        "ru",
        GA["ru"] + "призывая государства присоединиться к Палермской конвенции,",
        {"UNTS/2225/39574": None},
    ),
]

_CITY_NAMES_AS_BEFORE: list[Row] = [
    # (a regional convention named by its city: none of the Organization's)
    ("es", GA["es"] + "Tomando nota de la Convención de Belém do Pará,", {}),
    # (a region's convention whose title ends with the Organization's: not the Organization's)
    (
        "en",
        GA["en"] + "Noting the Inter-American Convention against Corruption, adopted at Caracas on 29 "
        "March 1996,",
        {},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _DONE_AT + _DONE_AT_AS_BEFORE)
def test_done_at(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _PLACE_DATE_HEADING + _PLACE_DATE_HEADING_AS_BEFORE)
def test_place_date_heading(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _CAPS_DATED_TITLE + _CAPS_DATED_TITLE_AS_BEFORE)
def test_caps_dated_title(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _DRUG_TITLES + _DRUG_TITLES_AS_BEFORE)
def test_drug_titles(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _PROTOCOLS_ADDITIONAL + _ADDITIONAL_AS_BEFORE)
def test_protocols_additional(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _CITY_NAMES + _CITY_NAMES_AS_BEFORE)
def test_city_names(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)
