"""A text cited right after the report that holds it, when the report is in a subsidiary body's
own series (issue 7): "(A/HRC/61/2), chap. II, resolution 61/8" is the Council's resolution, not
the Assembly's; "E/CN.7/2024/12, chap. I, sect. B, resolution 67/3" the Commission's.  A list or a
sentence between the two keeps the citing body.  Passages written for these tests in the style
of UN footnotes (the numbers are invented)."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

#: (language, passage, the record's mention as written, its target)
Row = tuple[str, str, str, str]

HELD: list[Row] = [
    (
        "en",
        "12 See the report of the Human Rights Council on its sixty-first session "
        "(A/HRC/61/2), chap. II, resolution 61/8.",
        "61/8",
        "A/HRC/RES/61/8",
    ),
    ("en", "12 A/HRC/61/2, chap. III, decision 61/104.", "61/104", "A/HRC/DEC/61/104"),
    ("en", "3 See E/CN.7/2024/12, chap. I, sect. B, resolution 67/3.", "67/3", "E/CN.7/RES/67/3"),
    ("en", "4 E/CN.6/2025/14, chap. I, sect. D, resolution 69/2.", "69/2", "E/CN.6/RES/69/2"),
    (
        "fr",
        "12 Voir le rapport du Conseil des droits de l'homme sur sa soixante et unième "
        "session (A/HRC/61/2), chap. II, résolution 61/8.",
        "61/8",
        "A/HRC/RES/61/8",
    ),
    (
        "es",
        "12 Véase el informe del Consejo de Derechos Humanos sobre su 61º período "
        "de sesiones (A/HRC/61/2), cap. II, resolución 61/8.",
        "61/8",
        "A/HRC/RES/61/8",
    ),
    (
        "ru",
        "12 См. доклад Совета по правам человека о работе его шестьдесят первой "
        "сессии (A/HRC/61/2), глава II, резолюция 61/8.",
        "61/8",
        "A/HRC/RES/61/8",
    ),
    ("ar", "12 انظر A/HRC/61/2، الفصل الثاني، القرار 61/8.", "61/8", "A/HRC/RES/61/8"),
    ("zh", "12 见A/HRC/61/2，第二章，第61/8号决议。", "61/8", "A/HRC/RES/61/8"),
]

KEPT: list[Row] = [
    # a list word between: the report and the text are two items of the citing body's list
    (
        "en",
        "Taking note of the report of the Special Rapporteur (A/HRC/61/40) and resolution 61/8,",
        "61/8",
        "A/RES/61/8",
    ),
    # a principal organ's bare series is not a subsidiary body's report
    (
        "en",
        "Recalling the report of the Secretary-General (A/79/312), resolution 78/7,",
        "78/7",
        "A/RES/78/7",
    ),
    # the possessive names the citing body
    (
        "en",
        "Welcoming the report of the Special Rapporteur (A/HRC/61/40), its resolution 78/7,",
        "78/7",
        "A/RES/78/7",
    ),
]


def _target(lang: str, text: str, mention: str) -> str | None:
    got = [c for c in extract_text(text, "p", lang=lang).citations if mention in c.text]
    assert len(got) == 1, [(c.text, c.target) for c in got]
    return got[0].target


@pytest.mark.parametrize(("lang", "text", "mention", "target"), HELD + KEPT)
def test_text_held_in_a_subsidiary_bodys_report(lang: str, text: str, mention: str, target: str) -> None:
    assert _target(lang, text, mention) == target
