"""Forms met reading real public UN texts in Spanish and Russian (issue 7, pass 39d: reports of the
Secretary-General and notes transmitting advisory opinions, ECLAC resolutions, treaty bodies'
concluding observations and session records, compilations of general comments, conference and
convention documents, third-party copies whose text layer ran a masthead into one line), each
written for these tests in UN style (numbers, dates, countries and wording invented)."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text


def _targets(text: str, lang: str) -> list[str | None]:
    return [c.target for c in extract_text(text, lang=lang).citations]


# The outcome document of the United Nations Conference on Sustainable Development (Rio de Janeiro,
# 2012), named by its description, is the annex of resolution 66/288 that endorsed it (a regional
# commission's and a report's preambles cite it by name, its number in a note or nowhere).
# (language, text, targets)
RIO_OUTCOME: list[tuple[str, str, list[str | None]]] = [
    (
        "es",
        "La Comisión Económica para América Latina y el Caribe,\n\nReafirmando los compromisos contraídos "
        "en el documento final de la Conferencia de las Naciones Unidas sobre el Desarrollo Sostenible, "
        "celebrada en 2012,\n",
        ["A/RES/66/288"],
    ),
    (
        "ru",
        "Комиссия,\n\nподтверждая обязательства, изложенные в итоговом документе Конференции Организации "
        "Объединенных Наций по устойчивому развитию, и стремясь содействовать их выполнению,\n",
        ["A/RES/66/288"],
    ),
    (
        "ru",
        "Комиссия,\n\nссылаясь на Итоговый документ Конференции Организации Объединенных Наций по "
        "устойчивому развитию,\n",
        ["A/RES/66/288"],
    ),
    (
        "en",
        "The Commission,\n\nReaffirming the commitments set out in the outcome document of the United "
        "Nations Conference on Sustainable Development, held in 2012,\n",
        ["A/RES/66/288"],
    ),
    (
        "fr",
        "La Commission,\n\nRéaffirmant les engagements énoncés dans le document final de la Conférence des "
        "Nations Unies sur le développement durable,\n",
        ["A/RES/66/288"],
    ),
    (
        "ar",
        "إن اللجنة،\n\nإذ تعيد تأكيد الالتزامات الواردة في الوثيقة الختامية لمؤتمر الأمم المتحدة للتنمية "
        "المستدامة،\n",
        ["A/RES/66/288"],
    ),
    ("zh", "委员会,\n\n重申联合国可持续发展大会成果文件所载各项承诺,\n", ["A/RES/66/288"]),
    # (the conference itself, no outcome named: nothing cited)
    (
        "es",
        "La Comisión,\n\nTomando nota de la labor preparatoria de la Conferencia de las Naciones Unidas "
        "sobre el Desarrollo Sostenible, celebrada en 2012,\n",
        [],
    ),
    (
        "ru",
        "Комиссия,\n\nпринимая во внимание подготовку к Конференции Организации Объединенных Наций по "
        "устойчивому развитию,\n",
        [],
    ),
]


@pytest.mark.parametrize(("lang", "text", "targets"), RIO_OUTCOME)
def test_rio_outcome_document_by_name(lang: str, text: str, targets: list[str | None]) -> None:
    assert _targets(text, lang) == targets


def test_rio_outcome_in_the_resolution_that_annexes_it() -> None:
    # the resolution that endorses the outcome as its annex does not cite itself
    text = (
        "Naciones Unidas\n\nA/RES/66/288\n\nAsamblea General\n\nDistr. general\n14 de septiembre de 2012\n\n"
        "Resolución aprobada por la Asamblea General el 27 de julio de 2012\n\n66/288. Título\n\n"
        "La Asamblea General,\n\nRecordando su resolución 64/236,\n\n"
        "2. Hace suyo, en su forma anexa, el documento final de la Conferencia de las Naciones Unidas "
        "sobre el Desarrollo Sostenible;\n"
    )
    res = extract_text(text, lang="es")
    assert res.document.source_id == "A/RES/66/288"
    assert [c.target for c in res.citations] == ["A/RES/64/236"]


# A treaty body's concluding observations on combined periodic reports: the masthead's symbol ends
# with the numbers of the reports joined by a hyphen ("CERD/C/ARE/CO/18-21"), one document, the
# text's own id whole (was cut at the hyphen: "CERD/C/ARE/CO/18").
# (language, text, own id, targets)
COMBINED_MASTHEADS: list[tuple[str, str, str, list[str | None]]] = [
    (
        "ru",
        "Организация Объединенных Наций\n\nCERD/C/PRY/CO/7-11\n\nМеждународная конвенция о ликвидации "
        "всех форм расовой дискриминации\n\nDistr.: General\n12 May 2026\n\nRussian\nOriginal: Spanish\n\n"
        "Комитет по ликвидации расовой дискриминации\n\nЗаключительные замечания\n\n1. Комитет рассмотрел "
        "доклады (CERD/C/PRY/7-11) на своих 3101-м и 3102-м заседаниях.\n",
        "CERD/C/PRY/CO/7-11",
        # (the Convention the masthead prints under the symbol is the treaty body's issuer: no
        # citation, session 40's masthead rule)
        ["CERD/C/PRY/7-11"],
    ),
    (
        "es",
        "Naciones Unidas\n\nCRC/C/URY/CO/6-7\n\nDistr. general\n3 de marzo de 2026\n\nOriginal: español\n\n"
        "Comité de los Derechos del Niño\n\nObservaciones finales sobre los informes periódicos sexto y "
        "séptimo combinados\n\n1. El Comité examinó los informes (CRC/C/URY/6-7) en sus sesiones 2801ª y "
        "2802ª.\n",
        "CRC/C/URY/CO/6-7",
        ["CRC/C/URY/6-7"],
    ),
    (
        "en",
        "United Nations\n\nCEDAW/C/NPL/CO/8-9\n\nDistr.: General\n2 November 2026\n\nOriginal: English\n\n"
        "Committee on the Elimination of Discrimination against Women\n\nConcluding observations\n\n"
        "1. The Committee considered the combined reports (CEDAW/C/NPL/8-9).\n",
        "CEDAW/C/NPL/CO/8-9",
        ["CEDAW/C/NPL/8-9"],
    ),
    (
        "fr",
        "Nations Unies\n\nE/C.12/TGO/CO/2-3\n\nDistr. générale\n5 avril 2026\n\nOriginal : français\n\n"
        "Comité des droits économiques, sociaux et culturels\n\nObservations finales\n\n1. Le Comité a "
        "examiné les rapports (E/C.12/TGO/2-3).\n",
        "E/C.12/TGO/CO/2-3",
        ["E/C.12/TGO/2-3"],
    ),
    # (one report: as before; a joint symbol's second after the hyphen: the first is the own id)
    (
        "en",
        "United Nations\n\nCRC/C/NPL/CO/5\n\nDistr.: General\n2 November 2026\n\nConcluding observations\n\n"
        "1. The Committee considered the report (CRC/C/NPL/5).\n",
        "CRC/C/NPL/CO/5",
        ["CRC/C/NPL/5"],
    ),
    (
        "ru",
        "Организация Объединенных Наций\n\nA/80/512–S/2025/733\n\nГенеральная Ассамблея\nСовет Безопасности"
        "\n\nDistr.: General\n1 October 2025\n\nИдентичные письма\n\nСсылаясь на резолюцию 2417 (2018), …\n",
        "A/80/512",
        ["S/RES/2417(2018)"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "own", "targets"), COMBINED_MASTHEADS)
def test_combined_reports_own_id(lang: str, text: str, own: str, targets: list[str | None]) -> None:
    res = extract_text(text, lang=lang)
    assert res.document.source_id == own
    assert [c.target for c in res.citations] == targets


# A masthead that a text layer ran into one line, its distribution mark right before the symbol
# ("Distr. GENERAL A/51/218 19 de julio de 1996"; Russian texts print it in English): the symbol is
# the text's own id, no citation (was cited, the text without an id).
# (language, text, own id, targets)
RUN_ON_MASTHEADS: list[tuple[str, str, str | None, list[str | None]]] = [
    (
        "es",
        "A NACIONES UNIDAS Asamblea General • Distr. GENERAL A/53/407 11 de septiembre de 1998 ESPAÑOL "
        "ORIGINAL: INGLÉS Quincuagésimo tercer período de sesiones Nota del Secretario General 1. En su "
        "resolución 52/38 B, de 9 de diciembre de 1997, la Asamblea General pidió un informe.\n",
        "A/53/407",
        ["A/RES/52/38B"],
    ),
    (
        "ru",
        "ОРГАНИЗАЦИЯ ОБЪЕДИНЕННЫХ НАЦИЙ\nDistr. GENERAL E/CN.4/2003/17 7 January 2003 RUSSIAN\n"
        "Original: ENGLISH\n\nКОМИССИЯ ПО ПРАВАМ ЧЕЛОВЕКА\n\n1. Настоящий доклад представляется во "
        "исполнение резолюции 2002/41 Комиссии.\n",
        "E/CN.4/2003/17",
        ["E/CN.4/RES/2002/41"],
    ),
    (
        "fr",
        "NATIONS UNIES\nConseil de sécurité\nDistr. GÉNÉRALE S/1998/614 6 juillet 1998 FRANÇAIS\n\n"
        "Lettre datée du 2 juillet 1998, concernant la résolution 1160 (1998).\n",
        "S/1998/614",
        ["S/RES/1160(1998)"],
    ),
    (
        "en",
        "UNITED NATIONS\nDistr. LIMITED A/C.2/53/L.19 30 October 1998\n\nThe General Assembly,\n\n"
        "Recalling its resolution 52/186,\n",
        "A/C.2/53/L.19",
        ["A/RES/52/186"],
    ),
    # (the mark in a sentence, the symbol governed by the words after it: cited, as before)
    (
        "en",
        "The Committee had before it the note issued as Distr. General A/53/3 and the annex to it.\n",
        None,
        ["A/53/3"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "own", "targets"), RUN_ON_MASTHEADS)
def test_run_on_masthead_distribution_mark(
    lang: str, text: str, own: str | None, targets: list[str | None]
) -> None:
    res = extract_text(text, lang=lang)
    assert res.document.source_id == own
    assert [c.target for c in res.citations] == targets


# Russian copies of instruments head them with the adoption: the short participle, the date, then
# the text by which it was adopted, its noun in the instrumental ("принята 9 декабря 1998 года
# резолюцией 53/144"): that date is the resolution's (was undated); a date the clause gives
# another link ("в соответствии с резолюцией …") or a clause's end does not reach the number.
# (text, (target, date) of each citation)
SHORT_PARTICIPLE_DATES: list[tuple[str, list[tuple[str | None, str | None]]]] = [
    (
        "Декларация о праве на мир\n\n(Принята 19 декабря 2016 года резолюцией 71/189 "
        "Генеральной Ассамблеи)\n",
        [("A/RES/71/189", "2016-12-19")],
    ),
    (
        "Статут был принят 3 декабря 1949 года Резолюцией 319 A (IV) Генеральной Ассамблеи.\n",
        [("A/RES/319A(IV)", "1949-12-03")],
    ),
    (
        "Принципы, которые были приняты 16 декабря 2005 года резолюцией 60/147, применяются повсеместно.\n",
        [("A/RES/60/147", "2005-12-16")],
    ),
    # (look-alikes: another link between, or the clause ended before the noun)
    (
        "Конвенция была принята 20 ноября 1989 года в соответствии с резолюцией 44/25.\n",
        [("A/RES/44/25", None)],
    ),
    (
        "Решение принято 5 мая 2020 года, а резолюцией 74/270 Ассамблея определила порядок.\n",
        [("A/RES/74/270", None)],
    ),
]


@pytest.mark.parametrize(("text", "found"), SHORT_PARTICIPLE_DATES)
def test_short_participle_dates_the_resolution(text: str, found: list[tuple[str | None, str | None]]) -> None:
    assert [(c.target, c.date) for c in extract_text(text, lang="ru").citations] == found


# Spanish dates led by "de los días" before a statement's bracket, the first of a list ("las
# declaraciones de su Presidencia de los días 4 de mayo de 2012 (S/PRST/2012/9), …"): the first
# statement is dated too (was undated, the rest dated); the days of a meeting stay undated.
# (text, (target, date) of each citation)
DAYS_LED_DATES: list[tuple[str, list[tuple[str | None, str | None]]]] = [
    (
        "El Consejo de Seguridad,\n\nRecordando las declaraciones de su Presidencia de los días 4 de mayo "
        "de 2012 (S/PRST/2012/9), 19 de junio de 2014 (S/PRST/2014/11) y 9 de enero de 2018 "
        "(S/PRST/2018/1),\n",
        [("S/PRST/2012/9", "2012-05-04"), ("S/PRST/2014/11", "2014-06-19"), ("S/PRST/2018/1", "2018-01-09")],
    ),
    (
        "El Consejo de Seguridad,\n\nRecordando la declaración de su Presidencia de los días 4 de mayo "
        "de 2012 (S/PRST/2012/9),\n",
        [("S/PRST/2012/9", "2012-05-04")],
    ),
    # (the days of a meeting, a list of days: no date of the symbol)
    (
        "La Comisión examinó el tema en sus sesiones 12ª y 13ª, celebradas los días 10 y 11 de octubre de "
        "2024 (véanse A/C.3/79/SR.12 y 13).\n",
        [("A/C.3/79/SR.12", None), ("A/C.3/79/SR.13", None)],
    ),
]


@pytest.mark.parametrize(("text", "found"), DAYS_LED_DATES)
def test_spanish_days_led_dates(text: str, found: list[tuple[str | None, str | None]]) -> None:
    assert [(c.target, c.date) for c in extract_text(text, lang="es").citations] == found


# The Charter by the Organization's abbreviation, as press releases, ministries' and delegations'
# statements write it (ru "Устав ООН" in its cases, es "Carta de la ONU"): cited (was not); another
# organization's charter stays uncited.
# (language, text, (target, pinpoint) of each citation)
CHARTER_ABBREVIATED: list[tuple[str, str, list[tuple[str | None, str | None]]]] = [
    (
        "ru",
        "Совет напомнил, что все государства-члены обязались в соответствии с Уставом ООН разрешать споры "
        "мирными средствами.\n",
        [("pub:charter-of-the-united-nations", None)],
    ),
    (
        "ru",
        "Делегация сослалась на статью 51 Устава ООН и на Устав ЮНЕСКО.\n",
        [("pub:charter-of-the-united-nations", "статью 51")],
    ),
    (
        "es",
        "De conformidad con el Artículo 25 de la Carta de la ONU, los Miembros aceptan cumplir las "
        "decisiones del Consejo, y la Carta de la OEA dispone otra cosa.\n",
        [("pub:charter-of-the-united-nations", "Artículo 25")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "found"), CHARTER_ABBREVIATED)
def test_charter_by_the_organizations_abbreviation(
    lang: str, text: str, found: list[tuple[str | None, str | None]]
) -> None:
    assert [(c.target, c.pinpoint) for c in extract_text(text, lang=lang).citations] == found
