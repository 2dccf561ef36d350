"""Look-alikes of session twenty-one's and twenty-five's new rules (adversarial session
twenty-seven): passages a careful reader reads otherwise than the new rules first did. Each row
failed before its fix; the look-alike rows beside them hold what must not change. The passages are
invented for these tests (numbers, dates, topics and wording changed)."""

from __future__ import annotations

import pytest

from passages import GA, by_language
from rescite.engine.extract import extract_text

#: a table's row as (language, paragraph of a General Assembly text, its distinct targets)
_Row = tuple[str, str, set[str]]


def _targets(lang: str, para: str) -> set[str]:
    return {c.target or "" for c in extract_text(GA[lang] + para).citations}


# one noun shared by two bodies, the numbers not in their order: a number its body in turn could
# not have adopted (the Council has no seventieth session) leaves the order; each number is the
# last body's that could have adopted it, as with not one number for each body
_SHARED_OUT_OF_TURN: list[_Row] = [
    (
        "en",
        "Recalling General Assembly and Human Rights Council resolutions 33/4 and 72/8,",
        {"A/HRC/RES/33/4", "A/RES/72/8"},
    ),
    (
        "fr",
        "Rappelant les résolutions de l'Assemblée générale et du Conseil des droits de l'homme 33/4 et 72/8,",
        {"A/HRC/RES/33/4", "A/RES/72/8"},
    ),
    (
        "es",
        "Recordando las resoluciones de la Asamblea General y del Consejo de Derechos Humanos 33/4 y 72/8,",
        {"A/HRC/RES/33/4", "A/RES/72/8"},
    ),
    (
        "ru",
        "ссылаясь на резолюции Генеральной Ассамблеи и Совета по правам человека 33/4 и 72/8,",
        {"A/HRC/RES/33/4", "A/RES/72/8"},
    ),
    ("zh", "回顾大会和人权理事会第33/4和72/8号决议，", {"A/HRC/RES/33/4", "A/RES/72/8"}),
    (
        "ar",
        "وإذ تشير إلى قراري الجمعية العامة ومجلس حقوق الإنسان 33/4 و 72/8،",
        {"A/HRC/RES/33/4", "A/RES/72/8"},
    ),
]
_SHARED_SAME: list[_Row] = [
    (
        "en",
        "Recalling General Assembly and Human Rights Council resolutions 72/8 and 33/4,",
        {"A/RES/72/8", "A/HRC/RES/33/4"},
    ),
    (
        "en",
        "Recalling General Assembly and Security Council resolutions 72/8, 73/2 and 2419 (2018),",
        {"A/RES/72/8", "A/RES/73/2", "S/RES/2419(2018)"},
    ),
    (
        "en",
        "Recalling General Assembly and Security Council resolutions 2419 (2018) and 72/8,",
        {"A/RES/72/8", "S/RES/2419(2018)"},
    ),
    (
        "fr",
        "Rappelant les résolutions du Conseil de sécurité et de l'Assemblée générale 72/8 et 2419 (2018),",
        {"A/RES/72/8", "S/RES/2419(2018)"},
    ),
    (
        "en",
        "Recalling Economic and Social Council and General Assembly resolutions 72/8 and 2018/4,",
        {"A/RES/72/8", "E/RES/2018/4"},
    ),
]


@pytest.mark.parametrize(("lang", "para", "targets"), by_language(_SHARED_OUT_OF_TURN, _SHARED_SAME))
def test_shared_noun_out_of_turn(lang: str, para: str, targets: set[str]) -> None:
    assert _targets(lang, para) == targets
