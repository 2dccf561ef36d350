"""Look-alikes of the rules of session 20 (issue 7) that a careful reader would not read as they
do: a body in a list of bodies with their brackets whose bracket is the text that set it up ("the
Human Rights Council (resolution 60/251)": the General Assembly's), an Arabic body after a verb
that takes it as its object ("وفي قرارها 70/1، شجعت لجنة … على …": she encouraged the
Commission), the name of Rome's city charter ("le Statut de Rome Capitale") and a treaty body's
symbol of combined reports with an addendum or of the list of issues on them. Each row gives the
targets of a General Assembly's (or the Human Rights Council's) paragraph. The passages are
invented for these tests."""

from __future__ import annotations

import pytest

from passages import GA, by_language
from rescite.engine.extract import extract_text

#: The Human Rights Council's line that opens its texts, in Arabic.
HRC_AR = "إن مجلس حقوق الإنسان،\n\n"


def _targets(text: str) -> set[str | None]:
    return {c.target for c in extract_text(text).citations}


# (language, paragraph of a General Assembly text, its targets): a body's bracket in a list of
# bodies holds a number the body could not have given its resolution (the Council's run to 99)
_ESTABLISHED: list[tuple[str, str, set[str | None]]] = [
    (
        "en",
        "Welcomes the work of the Peacebuilding Commission (resolution 60/180) and the Human Rights "
        "Council (resolution 60/251),",
        {"A/RES/60/180", "A/RES/60/251"},
    ),
    (
        "en",
        "Notes the role of the Human Rights Council (resolution 60/251) and the Security Council "
        "(resolution 2250 (2015)),",
        {"A/RES/60/251", "S/RES/2250(2015)"},
    ),
    (
        "en",
        "Takes note of the Human Rights Council (resolution 60/251) and the Commission on the Status "
        "of Women (resolution 66/2),",
        {"A/RES/60/251", "E/CN.6/RES/66/2"},
    ),
    (
        "en",
        "The Economic and Social Council (resolution 76/4) and the Human Rights Council (resolution "
        "60/251) both report to the Assembly.",
        {"A/RES/76/4", "A/RES/60/251"},
    ),
    (
        "es",
        "El Consejo de Derechos Humanos (resolución 60/251) y el Consejo Económico y Social "
        "(resolución 76/4) informan a la Asamblea.",
        {"A/RES/60/251", "A/RES/76/4"},
    ),
    (
        "ru",
        "приветствует работу Совета по правам человека (резолюция 60/251) и Экономического и "
        "Социального Совета (резолюция 76/4),",
        {"A/RES/60/251", "A/RES/76/4"},
    ),
    (
        "ar",
        "ويقدم مجلس حقوق الإنسان (القرار 60/251) والمجلس الاقتصادي والاجتماعي (القرار 76/4) "
        "تقاريرهما إلى الجمعية.",
        {"A/RES/60/251", "A/RES/76/4"},
    ),
]

# (language, paragraph, targets): the items of the list joined with the body's preposition again
# ("… and of the Commission …"): each body its bracket's text, not the citing body's
_OF_EACH: list[tuple[str, str, set[str | None]]] = [
    (
        "en",
        "Notes the work of the Human Rights Council (resolution 60/251) and of the Commission on "
        "Narcotic Drugs (resolution 63/4),",
        {"A/RES/60/251", "E/CN.7/RES/63/4"},
    ),
    (
        "en",
        "Notes the reports of the Commission on the Status of Women (resolution 66/2) and of the "
        "Commission on Narcotic Drugs (resolution 63/4),",
        {"E/CN.6/RES/66/2", "E/CN.7/RES/63/4"},
    ),
    (
        "fr",
        "Prend note des travaux du Conseil des droits de l'homme (résolution 50/9) et de la Commission "
        "des stupéfiants (résolution 63/4),",
        {"A/HRC/RES/50/9", "E/CN.7/RES/63/4"},
    ),
    (
        "fr",
        "Prend note des travaux de la Commission des stupéfiants (résolution 63/4) et du Conseil des "
        "droits de l'homme (résolution 50/9),",
        {"E/CN.7/RES/63/4", "A/HRC/RES/50/9"},
    ),
    (
        "es",
        "Toma nota de la labor del Consejo de Derechos Humanos (resolución 50/9) y de la Comisión de "
        "Estupefacientes (resolución 63/4),",
        {"A/HRC/RES/50/9", "E/CN.7/RES/63/4"},
    ),
]

#: … a list whose bracket the body could hold keeps it
_ESTABLISHED_SAME: list[tuple[str, str, set[str | None]]] = [
    ("en", "Notes the work of the Human Rights Council (resolution 60/251),", {"A/RES/60/251"}),
    (
        "en",
        "The Human Rights Council (resolution 48/13) and the General Assembly (resolution 60/251) "
        "requested the study.",
        {"A/HRC/RES/48/13", "A/RES/60/251"},
    ),
    (
        "en",
        "Welcomes the work of the Human Rights Council (resolution 5/1) and the Peacebuilding "
        "Commission (resolution 60/180),",
        {"A/HRC/RES/5/1", "A/RES/60/180"},
    ),
]


@pytest.mark.parametrize(
    ("lang", "para", "expected"), by_language(_ESTABLISHED + _OF_EACH, _ESTABLISHED_SAME)
)
def test_bracket_of_the_establishing_text(lang: str, para: str, expected: set[str | None]) -> None:
    assert _targets(GA[lang] + para) == expected


# (opening line, paragraph, targets): Arabic, the possessive's text, then a verb that takes the body
# after it as its object — the citing body's text, not the object's
_ARABIC_OBJECT: list[tuple[str, str, set[str | None]]] = [
    ("ar", GA["ar"] + "وفي قرارها 70/1، شجعت لجنة وضع المرأة على مواصلة عملها.", {"A/RES/70/1"}),
    ("ar", GA["ar"] + "وفي قرارها 70/1، دعت لجنة وضع المرأة إلى مواصلة عملها.", {"A/RES/70/1"}),
    ("ar", GA["ar"] + "وفي قرارها 71/3، حثت لجنة المخدرات على تعزيز التعاون.", {"A/RES/71/3"}),
    ("ar", HRC_AR + "وفي قراره 45/12، شجع مجلس الأمن على النظر في المسألة.", {"A/HRC/RES/45/12"}),
    ("ar", HRC_AR + "وفي قراره 45/12، كلف مجلس الأمن بمتابعة المسألة.", {"A/HRC/RES/45/12"}),
    (
        "ar",
        HRC_AR + "وفي قراره 46/9، ناشد المجلس الاقتصادي والاجتماعي أن ينظر في المسألة.",
        {"A/HRC/RES/46/9"},
    ),
]

#: … the subject after another verb still owns it
_ARABIC_SUBJECT: list[tuple[str, str, set[str | None]]] = [
    (
        "ar",
        GA["ar"] + "وفي قرارها 66/3، طلبت لجنة وضع المرأة إلى الأمين العام أن يقدم تقريرا.",
        {"E/CN.6/RES/66/3"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(_ARABIC_OBJECT, _ARABIC_SUBJECT))
def test_arabic_body_after_an_object_verb(lang: str, text: str, expected: set[str | None]) -> None:
    assert _targets(text) == expected, lang


_ROME = "UNTS/2187/38544"

# (language, paragraph, targets): the city's charter is no treaty; the statute's system is
_ROME_CITY: list[tuple[str, str, set[str | None]]] = [
    ("fr", "Notant le Statut de Rome Capitale adopté par le conseil municipal,", set()),
    ("fr", "Notant que le Statut de Rome Capitale a été modifié en 2012,", set()),
    ("es", "Observando el Estatuto de Roma Capital aprobado por el consejo municipal,", set()),
    ("es", "Observando que el Estatuto de Roma Capital fue modificado en 2012,", set()),
]

_ROME_SAME: list[tuple[str, str, set[str | None]]] = [
    ("fr", "Se félicitant du renforcement du système du Statut de Rome,", {_ROME}),
    ("es", "Acogiendo con beneplácito el fortalecimiento del sistema del Estatuto de Roma,", {_ROME}),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_ROME_CITY, _ROME_SAME))
def test_rome_city_charter(lang: str, para: str, expected: set[str | None]) -> None:
    assert _targets(GA[lang] + para) == expected


# (language, paragraph, targets): a combined reports' symbol with an addendum, a list of issues
_COMBINED: list[tuple[str, str, set[str | None]]] = [
    (
        "en",
        "Taking note of the follow-up to the concluding observations (CRC/C/FRA/CO/6-7/Add.1),",
        {"CRC/C/FRA/CO/6-7/Add.1"},
    ),
    (
        "fr",
        "Prenant note du suivi des observations finales (CEDAW/C/BEL/CO/7-8/Add.1),",
        {"CEDAW/C/BEL/CO/7-8/Add.1"},
    ),
    (
        "en",
        "See the list of issues and the replies to it (CRC/C/FRA/Q/6-7 and CRC/C/FRA/RQ/6-7),",
        {"CRC/C/FRA/Q/6-7", "CRC/C/FRA/RQ/6-7"},
    ),
    ("es", "Véase la lista de cuestiones (CRC/C/PER/Q/4-5),", {"CRC/C/PER/Q/4-5"}),
]

#: … a range of general comments, or of a review's documents, is still a range
_COMBINED_SAME: list[tuple[str, str, set[str | None]]] = [
    ("en", "See the general comments (CRC/C/GC/20-21),", {"CRC/C/GC/20", "CRC/C/GC/21"}),
    (
        "en",
        "See the documents of the review (A/HRC/WG.6/41/FRA/1-3),",
        {"A/HRC/WG.6/41/FRA/1", "A/HRC/WG.6/41/FRA/2", "A/HRC/WG.6/41/FRA/3"},
    ),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_COMBINED, _COMBINED_SAME))
def test_combined_reports_addendum(lang: str, para: str, expected: set[str | None]) -> None:
    assert _targets(GA[lang] + para) == expected
