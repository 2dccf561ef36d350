"""Instruments that drafts of every Main Committee name by title alone, found reading real
documents of the public index (issue 7): the Vienna Conventions on diplomatic and consular
relations and on the law of treaties, the Genocide Convention, the Convention on enforced
disappearance, the Declaration on the rights of indigenous peoples and the outcome texts of
2015–2024 known by name (Sendai Framework, Addis Ababa Action Agenda, New Urban Agenda, Pact for
the Future).  Passages written in UN style for these tests; a footnote naming the text still
wins over the table, and a text cited by its number just before is one reference."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

CASES: list[tuple[str, str, list[str]]] = [
    (
        "en",
        "The General Assembly,\n\nRecalling the obligations of States under article 36 of the Vienna "
        "Convention on Consular Relations and under the Vienna Convention on Diplomatic Relations,",
        ["UNTS/596/8638", "UNTS/500/7310"],
    ),
    (
        "en",
        "The General Assembly,\n\n1. Calls upon all States that have not yet done so to accede to the "
        "Convention on the Prevention and Punishment of the Crime of Genocide and to the International "
        "Convention for the Protection of All Persons from Enforced Disappearance;",
        ["UNTS/78/1021", "UNTS/2716/48088"],
    ),
    (
        "en",
        "The General Assembly,\n\nNoting that reservations are governed by the Vienna Convention on the "
        "Law of Treaties, and reaffirming the United Nations Declaration on the Rights of Indigenous "
        "Peoples,",
        ["UNTS/1155/18232", "A/RES/61/295"],
    ),
    (
        "en",
        "The General Assembly,\n\n4. Stresses the links between the Sendai Framework for Disaster Risk "
        "Reduction 2015–2030, the Addis Ababa Action Agenda, the New Urban Agenda and the Pact for the "
        "Future;",
        ["A/RES/69/283", "A/RES/69/313", "A/RES/71/256", "A/RES/79/1"],
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nRappelant la Convention de Vienne sur les relations consulaires et le "
        "Cadre de Sendai pour la réduction des risques de catastrophe (2015-2030),",
        ["UNTS/596/8638", "A/RES/69/283"],
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nRéaffirmant la Déclaration des Nations Unies sur les droits des peuples "
        "autochtones et le Programme d'action d'Addis-Abeba,",
        ["A/RES/61/295", "A/RES/69/313"],
    ),
    (
        "es",
        "La Asamblea General,\n\nRecordando la Convención de Viena sobre el Derecho de los Tratados y la "
        "Nueva Agenda Urbana,",
        ["UNTS/1155/18232", "A/RES/71/256"],
    ),
    (
        "es",
        "La Asamblea General,\n\nReafirmando la Convención para la Prevención y la Sanción del Delito de "
        "Genocidio y el Pacto para el Futuro,",
        ["UNTS/78/1021", "A/RES/79/1"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_named_instruments(lang: str, text: str, expected: list[str]) -> None:
    assert extract_text(text, lang=lang).targets() == expected


def test_footnote_wins_over_the_table() -> None:
    # the name's footnote gives another text: that one, not the table's
    text = (
        "The General Assembly,\n\nRecalling the Vienna Convention on Consular Relations,3\n"
        "__________________\n3 See A/79/412, annex.\n"
    )
    assert extract_text(text, lang="en").targets() == ["A/79/412"]


def test_number_just_before_is_one_reference() -> None:
    text = (
        "The General Assembly,\n\nRecalling its resolution 71/256 of 23 December 2016, entitled "
        "“New Urban Agenda”,"
    )
    result = extract_text(text, lang="en")
    assert result.targets() == ["A/RES/71/256"]
    assert len(result.citations) == 1
