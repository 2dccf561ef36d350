"""Official PDF and Word files as they come (issue 7, session 53), read from texts built here.

Files of kinds not swept before were made as the Official Document System gives them (the
Assembly's plenary verbatim records and its Main Committees' summary records with their notes,
the Commission on Narcotic Drugs' draft resolutions, the Environment Assembly's resolutions, the
World Health Assembly's and the International Labour Conference's texts, a treaty body's list of
issues, the Human Rights Council's session report, the Secretary-General's report with an annex
table of texts by body, a letter to the Security Council with its annex in the language it was
sent in; as text, Word and LibreOffice PDF files) and read back.  They taught:

* a symbol the mark of a question ends, as the President of a meeting asks it ("May I take it
  that the Assembly decides to adopt draft resolution A/80/L.52?", fr "… le projet de résolution
  A/80/L.52?", es "¿… el proyecto de decisión A/80/L.53/Rev.1?", zh "…决议草案A/80/L.52？") is read
  whole (was cut before its last element, "A/80/L", or lost: "S/2027/301?"); a blank before the
  mark, and the Arabic mark, read as before;
* a text whose end, its last half, is clearly in another language than its head (a letter in
  English whose annex is the French or Spanish letter it transmits: "J'ai l'honneur … la
  résolution 79/12 de l'Assemblée générale …") is read in every language's words, as a text of
  unclear language is (the annex's citations were lost);
* a PDF table's row whose first cell names the body that adopted the number after it, the cells
  joined by single spaces ("General Assembly 79/160 Persons with albinism 17 December 2024",
  "Economic and Social⏎Council⏎2025/14 …", its name wrapped in a narrow cell), under a header
  row that names the texts in a later cell ("Body Resolution Title Date of adoption"), is that
  body's, dated by its row (was lost; a line of prose so opening, or a header that names no
  texts, read as before).

Every passage is written for these tests in UN style (numbers, dates and titles invented);
each row fails on d49ec0b6 but the look-alikes, which pass on both."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text


def _targets(text: str) -> set[str]:
    return {str(c.target) for c in extract_text(text).citations if c.target}


def _dated(text: str) -> dict[str, str | None]:
    """Each resolved record's target and date (a table's records: the last date given wins)."""
    out: dict[str, str | None] = {}
    for c in extract_text(text).citations:
        if c.target and (c.date or str(c.target) not in out):
            out[str(c.target)] = c.date
    return out


# -- 1. a symbol the mark of a question ends -----------------------------------------------------
_PV = "United Nations A/80/PV.61\nGeneral Assembly\nEightieth session\n61st plenary meeting\n\n{}\n"
QUESTION_ROWS: list[tuple[str, str, set[str]]] = [
    (
        "en",
        "The President: May I take it that the Assembly decides to adopt draft resolution A/80/L.52?",
        {"A/80/L.52"},
    ),
    (
        "fr",
        "Le Président : Puis-je considérer que l'Assemblée décide d'adopter le projet de résolution "
        "A/80/L.52?",
        {"A/80/L.52"},
    ),
    (
        "es-revised",
        "El Presidente: ¿Puedo considerar que la Asamblea desea aprobar el proyecto de decisión "
        "A/80/L.53/Rev.1?",
        {"A/80/L.53/Rev.1"},
    ),
    (
        "ru",
        "Председатель: Могу ли я считать, что Ассамблея постановляет принять проект резолюции A/80/L.52?",
        {"A/80/L.52"},
    ),
    ("zh", "主席：我是否可以认为大会决定通过决议草案A/80/L.52？", {"A/80/L.52"}),
    (
        "en-council-report",
        "The President: Is there any objection to taking note of the report contained in document "
        "S/2027/301?",
        {"S/2027/301"},
    ),
    (
        "en-committee-draft",
        "The Chair: May I take it that the Committee wishes to adopt draft resolution A/C.2/80/L.17/Rev.2?",
        {"A/C.2/80/L.17/Rev.2"},
    ),
]
#: look-alikes (pass on both): a blank before the mark; the Arabic mark; a number, no symbol; a
#: link's query after a path of another site
QUESTION_LOOK_ALIKES: list[tuple[str, str, set[str]]] = [
    (
        "fr-blank",
        "Le Président : Puis-je considérer que l'Assemblée décide d'adopter le projet de résolution "
        "A/80/L.52 ?",
        {"A/80/L.52"},
    ),
    ("ar", "الرئيس: هل لي أن أعتبر أن الجمعية تقرر اعتماد مشروع القرار A/80/L.52؟", {"A/80/L.52"}),
    ("en-number", "Ms. Speaker (Examplestan): Did the Assembly not adopt resolution 80/61?", {"A/RES/80/61"}),
    ("en-link", "The text is at https://www.example.org/docs/ABC/2026/5?lang=en for all.", set()),
]


@pytest.mark.parametrize(
    ("name", "line", "want"),
    QUESTION_ROWS + QUESTION_LOOK_ALIKES,
    ids=[r[0] for r in QUESTION_ROWS + QUESTION_LOOK_ALIKES],
)
def test_symbol_before_question_mark(name: str, line: str, want: set[str]) -> None:
    assert _targets(_PV.format(line)) - {"A/80/PV.61"} == want


# -- 2. an annex in another language ------------------------------------------------------------
_LETTER = (
    "United Nations S/2027/288\n"
    "Security Council\n"
    "Distr.: General\n"
    "14 May 2027\n\n"
    "Original: {original}\n\n"
    "Letter dated 11 May 2027 from the Permanent Representative of Examplestan to the United "
    "Nations addressed to the President of the Security Council\n\n"
    "I have the honour to transmit herewith a letter from the Minister for Foreign Affairs of "
    "Examplestan concerning the situation in the border region (see annex).\n\n"
    "The Government of Examplestan has taken a number of steps since the beginning of the year "
    "to improve the protection of civilians in the region. It has opened new crossing points for "
    "the delivery of assistance, it has strengthened the presence of its police in the towns of "
    "the north and it has set up a commission that will look into the complaints received from "
    "the population. These steps were taken in close consultation with the neighbouring States "
    "and with the organizations that work in the region, whose contribution it wishes to "
    "acknowledge.\n\n"
    "The Government also wishes to inform the Council that a conference on the return of the "
    "displaced persons will be held in the capital in the autumn. All the States of the region "
    "and the organizations concerned will be invited to take part in it, and its conclusions "
    "will be brought to the attention of the Council as soon as they are available. The "
    "Government remains committed to the dialogue with all the parties and to the search for a "
    "lasting settlement of the questions that remain open.\n\n"
    "I should be grateful if the present letter and its annex could be circulated as a document "
    "of the Security Council.\n\n"
    "(Signed) A. Person\n"
    "Permanent Representative\n\n"
    "Annex to the letter dated 11 May 2027 from the Permanent Representative of Examplestan to "
    "the United Nations addressed to the President of the Security Council\n\n"
    "[Original: {original}]\n\n"
    "{annex}\n"
)
_FR_ANNEX = (
    "J'ai l'honneur de me référer à la résolution 79/12 de l'Assemblée générale et aux travaux que "
    "le Conseil a consacrés à la région depuis le début de l'année. Le Gouvernement tient à "
    "souligner que les mesures prises ont permis de renforcer la sécurité des populations civiles "
    "dans les provinces du nord, mais il demeure préoccupé par les difficultés d'accès que "
    "rencontrent les organisations humanitaires.\n\n"
    "Depuis le mois de mars, les autorités ont ouvert de nouveaux points de passage pour "
    "l'acheminement de l'aide, elles ont renforcé la présence de la police dans les villes du "
    "nord et elles ont créé une commission chargée d'examiner les plaintes de la population. Ces "
    "mesures ont été prises en consultation avec les États voisins et avec les organisations qui "
    "travaillent dans la région, dont le Gouvernement tient à saluer la contribution.\n\n"
    "Une conférence sur le retour des personnes déplacées se tiendra dans la capitale à "
    "l'automne. Tous les États de la région et les organisations concernées y seront invités, et "
    "ses conclusions seront portées à l'attention du Conseil dès qu'elles seront disponibles.\n\n"
    "Le Gouvernement reste disposé à coopérer avec les pays de la région pour que ces efforts se "
    "poursuivent dans le respect du droit international.\n\n"
    "(Signé) B. Autre"
)
_ES_ANNEX = (
    "Tengo el honor de referirme a la resolución 79/12 de la Asamblea General y a la labor que el "
    "Consejo ha dedicado a la región desde el comienzo del año. El Gobierno desea subrayar que las "
    "medidas adoptadas han permitido reforzar la seguridad de la población civil en las provincias "
    "del norte, pero sigue preocupado por las dificultades de acceso con que tropiezan las "
    "organizaciones humanitarias.\n\n"
    "Desde el mes de marzo, las autoridades han abierto nuevos puntos de paso para la entrega de "
    "la asistencia, han reforzado la presencia de la policía en las ciudades del norte y han "
    "creado una comisión encargada de examinar las denuncias de la población. Esas medidas se "
    "adoptaron en consulta con los Estados vecinos y con las organizaciones que trabajan en la "
    "región, cuya contribución el Gobierno desea reconocer.\n\n"
    "En otoño se celebrará en la capital una conferencia sobre el regreso de los desplazados. Se "
    "invitará a todos los Estados de la región y a las organizaciones interesadas, y sus "
    "conclusiones se señalarán a la atención del Consejo en cuanto estén disponibles.\n\n"
    "El Gobierno sigue dispuesto a cooperar con los países de la región para que esos esfuerzos "
    "continúen con arreglo al derecho internacional.\n\n"
    "(Firmado) B. Otro"
)
ANNEX_ROWS: list[tuple[str, str, set[str]]] = [
    ("en-fr", _LETTER.format(original="French", annex=_FR_ANNEX), {"A/RES/79/12"}),
    ("en-es", _LETTER.format(original="Spanish", annex=_ES_ANNEX), {"A/RES/79/12"}),
]
#: look-alike (passes on both): the annex in the letter's language, its last lines short
ANNEX_LOOK_ALIKES: list[tuple[str, str, set[str]]] = [
    (
        "en-en",
        _LETTER.format(
            original="English",
            annex="I have the honour to refer to General Assembly resolution 79/12.\n\n(Signed) B. Other",
        ),
        {"A/RES/79/12"},
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "want"),
    ANNEX_ROWS + ANNEX_LOOK_ALIKES,
    ids=[r[0] for r in ANNEX_ROWS + ANNEX_LOOK_ALIKES],
)
def test_annex_in_another_language(name: str, text: str, want: set[str]) -> None:
    assert _targets(text) - {"S/2027/288"} == want


# -- 3. a PDF table's row led by the body's name -------------------------------------------------
_REPORT = (
    "United Nations A/81/290\n"
    "General Assembly\n"
    "Distr.: General\n"
    "30 July 2026\n\n"
    "Report of the Secretary-General\n\n"
    "1. The present report gives an account of the work done since the last report.\n\n"
    "Annex\n"
    "{title}\n"
    "{rows}\n"
    "__________\n"
)
BODY_ROWS: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        _REPORT.format(
            title="Texts adopted by intergovernmental bodies",
            rows="Body Resolution Title Date of adoption\n"
            "General Assembly 79/160 Persons with albinism 17 December 2024\n"
            "Human Rights Council 58/14 Persons with albinism 3 April 2025\n"
            "Economic and Social Council 2025/14 Social inclusion 23 July 2025",
        ),
        {"A/RES/79/160": "2024-12-17", "A/HRC/RES/58/14": "2025-04-03", "E/RES/2025/14": "2025-07-23"},
    ),
    (
        "en-wrapped",
        _REPORT.format(
            title="Texts adopted by intergovernmental bodies",
            rows="Body Resolution Title Date of adoption\n"
            "Human Rights Council 58/14 Persons with \nalbinism\n3 April 2025\n"
            "Commission for Social \nDevelopment\n64/1 Social inclusion 13 February 2026",
        ),
        {"A/HRC/RES/58/14": "2025-04-03", "E/CN.5/RES/64/1": "2026-02-13"},
    ),
    (
        "fr",
        _REPORT.format(
            title="Textes adoptés par les organes intergouvernementaux",
            rows="Organe Résolution Titre Date d'adoption\n"
            "Assemblée générale 79/160 Personnes atteintes d'albinisme 17 décembre 2024\n"
            "Conseil des droits de l'homme 58/14 Personnes atteintes d'albinisme 3 avril 2025",
        ),
        {"A/RES/79/160": "2024-12-17", "A/HRC/RES/58/14": "2025-04-03"},
    ),
    (
        "es",
        _REPORT.format(
            title="Textos aprobados por órganos intergubernamentales",
            rows="Órgano Resolución Título Fecha de aprobación\n"
            "Asamblea General 79/160 Personas con albinismo 17 de diciembre de 2024\n"
            "Consejo de Derechos Humanos 58/14 Personas con albinismo 3 de abril de 2025",
        ),
        {"A/RES/79/160": "2024-12-17", "A/HRC/RES/58/14": "2025-04-03"},
    ),
]
#: look-alikes (pass on both): a header that names no texts; a line of prose opened by a body
BODY_LOOK_ALIKES: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en-no-noun",
        _REPORT.format(
            title="Texts adopted by intergovernmental bodies",
            rows="Body Symbol Title Date\nHuman Rights Council 58/14 Persons with albinism 3 April 2025",
        ),
        {"A/HRC/RES/58/14": "missing"},
    ),
    (
        "en-prose",
        _REPORT.format(
            title="Follow-up",
            rows="The Human Rights Council adopted a text on the matter.\n"
            "Human Rights Council 58/14 was taken up again on 3 April 2025 by the working group.",
        ),
        {"A/HRC/RES/58/14": "missing"},
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "want"), BODY_ROWS + BODY_LOOK_ALIKES, ids=[r[0] for r in BODY_ROWS + BODY_LOOK_ALIKES]
)
def test_row_led_by_body(name: str, text: str, want: dict[str, str | None]) -> None:
    got = _dated(text)
    assert {k: got.get(k, "missing") for k in want} == want
