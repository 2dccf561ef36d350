"""Language scoping: a text whose language is clear is scanned for that language's words
(and English) only; a text whose language is unclear is scanned for every language's words.
Scoping is a speed measure and must never change what is found in a text of one language."""

from __future__ import annotations

from pathlib import Path
from unittest import mock

import pytest

from rescite.engine import language, parts, segment
from rescite.engine.extract import extract_text
from rescite.grammar import lexicon

DATA = Path(__file__).resolve().parent.parent / "data"

PASSAGES = {
    "en": (
        "The General Assembly,\n\n"
        "Recalling its resolutions 61/144 of 19 December 2006 and 64/178 of 18 December 2009, "
        "and Security Council resolution 1325 (2000) of 31 October 2000,\n\n"
        "Taking note of the report of the Secretary-General on the work of the Commission "
        "(E/CN.15/2006/10) and of the decision 4/4 of the Conference of the Parties to the "
        "United Nations Convention against Transnational Organized Crime,¹\n\n"
        "1. Requests the Secretary-General to report to it at its seventieth session on the "
        "implementation of the present resolution;\n\n"
        "2. Decides to remain seized of the matter.\n\n"
        "¹ United Nations, Treaty Series, vol. 2225, No. 39574.\n"
    ),
    "fr": (
        "L'Assemblée générale,\n\n"
        "Rappelant ses résolutions 61/144 du 19 décembre 2006 et 64/178 du 18 décembre 2009, "
        "ainsi que la résolution 1325 (2000) du Conseil de sécurité, en date du 31 octobre 2000,\n\n"
        "Prenant note du rapport du Secrétaire général sur les travaux de la Commission "
        "(E/CN.15/2006/10) et de la décision 4/4 de la Conférence des Parties à la Convention "
        "des Nations Unies contre la criminalité transnationale organisée¹,\n\n"
        "1. Prie le Secrétaire général de lui faire rapport à sa soixante-dixième session sur "
        "l'application de la présente résolution ;\n\n"
        "¹ Nations Unies, Recueil des Traités, vol. 2225, no 39574.\n"
    ),
    "es": (
        "La Asamblea General,\n\n"
        "Recordando sus resoluciones 61/144, de 19 de diciembre de 2006, y 64/178, de 18 de "
        "diciembre de 2009, así como la resolución 1325 (2000) del Consejo de Seguridad, de 31 "
        "de octubre de 2000,\n\n"
        "Tomando nota del informe del Secretario General sobre la labor de la Comisión "
        "(E/CN.15/2006/10) y de la decisión 4/4 de la Conferencia de las Partes en la "
        "Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional¹,\n\n"
        "1. Solicita al Secretario General que le presente un informe en su septuagésimo "
        "período de sesiones sobre la aplicación de la presente resolución;\n\n"
        "¹ Naciones Unidas, Treaty Series, vol. 2225, núm. 39574.\n"
    ),
}


def _records(text: str) -> list[dict[str, object]]:
    return [c.to_record() for c in extract_text(text, source="t").citations]


def _unscoped(text: str) -> list[dict[str, object]]:
    real = language.detect
    unscoped = mock.patch.object(segment, "detect", lambda t, h: (real(t, h)[0], "*"))
    with unscoped, mock.patch.object(parts, "detect", lambda t, h: (real(t, h)[0], "*")):
        return _records(text)


@pytest.mark.parametrize("lang", sorted(PASSAGES))
def test_clear_language_is_scanned_in_its_own_scope(lang: str) -> None:
    seg = segment.segment(PASSAGES[lang])
    assert (seg.lang, seg.scope) == (lang, lang)


@pytest.mark.parametrize("lang", sorted(PASSAGES))
def test_scoping_finds_the_same_as_scanning_every_language(lang: str) -> None:
    scoped = _records(PASSAGES[lang])
    assert len(scoped) >= 5
    assert scoped == _unscoped(PASSAGES[lang])


def test_seed_is_the_same_scoped_and_unscoped() -> None:
    (seed,) = sorted(DATA.glob("*.txt"))
    text = seed.read_text(encoding="utf-8")
    assert segment.segment(text).scope == "fr"
    assert _records(text) == _unscoped(text)


@pytest.mark.parametrize(
    "text, target",
    [
        ("Resolución 64/293.", "A/RES/64/293"),
        ("Résolution 64/293.", "A/RES/64/293"),
        ("Резолюция 64/293.", "A/RES/64/293"),
        ("القرار 64/293", "A/RES/64/293"),
    ],
)
def test_short_text_with_unclear_language_is_scanned_for_every_language(text: str, target: str) -> None:
    assert segment.segment(text).scope == "*"
    assert [c.target for c in extract_text(text).citations] == [target]


def test_language_hint_sets_the_scope() -> None:
    assert segment.segment("Resolución 64/293.", lang_hint="es").scope == "es"


def test_scope_table() -> None:
    every = tuple(lexicon.load().languages)
    assert {"en", "fr", "es", "ru", "ar"} <= set(every)
    assert lexicon.scope("en") == ("en",)
    assert lexicon.scope("fr") == ("fr", "en")
    assert lexicon.scope("*") == lexicon.scope("") == lexicon.scope("ja") == every
    assert lexicon.scope("zh") == ("zh", "en")
