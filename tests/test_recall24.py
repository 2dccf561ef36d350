"""Forms the first pass left (issue 7): a pinpoint after a resolution's number and its comma
("resolution 70/82, para. 9"); a pinpoint in several parts after "Ibid." or a symbol ("chap. II,
sect. B"); the Council's bare numbers before a number of a roman session, the Council named
after the list ("les résolutions 2388 et 1542 (XV) du Conseil de sécurité"); a short name
before the words that single a text out ("the decisions of the Governing Council, in
particular decision 27/5"); notes numbered with plain figures at a text's foot, no rule line
above them ("1 See A/77/250.").  Passages written for these tests in the style of UN texts."""

from __future__ import annotations

import pytest

from passages import UNEA, assert_absent, assert_bound, assert_pinpointed, pinpoints_of
from rescite.engine.extract import extract_text
from rescite.engine.segment import segment

#: (language, passage, {target: pinpoint}): each target found with that pinpoint
PINPOINTS: list[tuple[str, str, dict[str, str | None]]] = [
    # a pinpoint after the number's comma
    ("en", "Recalling General Assembly resolution 68/143, para. 12,", {"A/RES/68/143": "para. 12"}),
    ("en", "Recalling its resolution 68/143, paragraphs 4 and 7,", {"A/RES/68/143": "paragraphs 4 and 7"}),
    ("fr", "Rappelant la résolution 68/143, par. 12,", {"A/RES/68/143": "par. 12"}),
    (
        "fr",
        "Rappelant la résolution 68/143 de l'Assemblée générale, par. 12,",
        {"A/RES/68/143": "par. 12"},
    ),
    ("es", "Recordando la resolución 68/143, párr. 12,", {"A/RES/68/143": "párr. 12"}),
    (
        "en",
        "Reaffirming Security Council resolution 1612 (2005), paragraph 3, and resolution 2427 (2018),",
        {"S/RES/1612(2005)": "paragraph 3", "S/RES/2427(2018)": None},
    ),
    # (the pinpoint before the next number is that number's, as before)
    (
        "en",
        "Recalling resolution 66/130, paragraph 5 of resolution 67/148 and resolution 69/151,",
        {"A/RES/66/130": None, "A/RES/67/148": "paragraph 5", "A/RES/69/151": None},
    ),
    ("en", "Recalling paragraph 5 of resolution 66/130,", {"A/RES/66/130": "paragraph 5"}),
    # (a clause that goes on after the pinpoint: no pinpoint of the number before)
    (
        "en",
        "Recalling resolution 66/130, paragraph 5 of which invites Member States to report,",
        {"A/RES/66/130": None},
    ),
    # a pinpoint of several parts after a symbol's comma
    (
        "en",
        "Takes note of the report of the Commission (A/75/412, chap. III, sect. C),",
        {"A/75/412": "chap. III, sect. C"},
    ),
    (
        "fr",
        "Prend note du rapport de la Commission (A/75/412, chap. III, sect. C),",
        {"A/75/412": "chap. III, sect. C"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), PINPOINTS)
def test_pinpoint(lang: str, text: str, want: dict[str, str | None]) -> None:
    got = pinpoints_of(text, lang)
    assert {t: got.get(t, "missing") for t in want} == want


#: (language, passage, {mention's text: (target, pinpoint)}): "Ibid." with a pinpoint of parts
NOTES: list[tuple[str, str, dict[str, tuple[str | None, str | None]]]] = [
    (
        "en",
        "The General Assembly,\n\nNoting the report of the Secretary-General,¹ and its conclusions,²\n\n"
        "_______________\n¹ A/73/518.\n² Ibid., chap. IV, sect. A.",
        {"Ibid.": ("A/73/518", "chap. IV, sect. A")},
    ),
    (
        "es",
        "La Asamblea General,\n\nTomando nota del informe del Secretario General¹ y de sus conclusiones²,\n\n"
        "_______________\n¹ A/73/518.\n² Ibid., cap. IV, secc. A.",
        {"Ibid.": ("A/73/518", "cap. IV, secc. A")},
    ),
    # notes numbered with plain figures at the text's foot, no rule line above them
    (
        "en",
        "The General Assembly,\n\nTaking note of the report of the Secretary-General,1 and its annex,2\n\n"
        "1 See A/78/314.\n2 Ibid., annex.",
        {"Ibid.": ("A/78/314", "annex")},
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nPrenant note du rapport du Secrétaire général1 et de ses annexes2,\n\n"
        "1 Voir A/78/314.\n2 Ibid., par. 6.",
        {"Ibid.": ("A/78/314", "par. 6")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), NOTES)
def test_notes_pointing_back(lang: str, text: str, want: dict[str, tuple[str | None, str | None]]) -> None:
    assert_pinpointed(text, lang, want)


#: (language, passage, targets): each found
FOUND: list[tuple[str, str, set[str]]] = [
    (
        "fr",
        "Rappelant les résolutions 2474 et 1803 (XVII) du Conseil de sécurité,",
        {"S/RES/2474(2019)", "A/RES/1803(XVII)"},
    ),
    (
        "fr",
        "Rappelant les résolutions 2368, 2474 et 1803 (XVII) du Conseil de sécurité,",
        {"S/RES/2368(2017)", "S/RES/2474(2019)", "A/RES/1803(XVII)"},
    ),
    (
        "en",
        "Recalling resolutions 2474 and 1803 (XVII) of the Security Council,",
        {"S/RES/2474(2019)", "A/RES/1803(XVII)"},
    ),
    (
        "es",
        "Recordando las resoluciones 2474 y 1803 (XVII) del Consejo de Seguridad,",
        {"S/RES/2474(2019)", "A/RES/1803(XVII)"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), FOUND)
def test_found(lang: str, text: str, want: set[str]) -> None:
    got = {str(c.target) for c in extract_text(text, lang=lang).citations}
    assert want <= got


#: (language, passage, targets that must not be found)
ABSENT: list[tuple[str, str, set[str]]] = [
    # (the Council named after another clause's list: not that list's body)
    (
        "en",
        "Recalling resolutions 2474 and 1803 (XVII), and welcoming the work of the Security Council,",
        {"S/RES/2474(2019)"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "absent"), ABSENT)
def test_not_found(lang: str, text: str, absent: set[str]) -> None:
    assert_absent(text, lang, absent)


#: (language, passage, {mention's text: (target, body)}): a text with no id scheme is kept
#: unresolved with the body it is bound to
BOUND: list[tuple[str, str, dict[str, tuple[str | None, str | None]]]] = [
    (
        "en",
        UNEA + "Recalling the decisions of the Governing Council, in particular decision 26/11,",
        {"26/11": (None, "UNEP/GC")},
    ),
    (
        "en",
        UNEA + "Recalling relevant Governing Council decisions, including decisions 25/4 and 26/11,",
        {"25/4": (None, "UNEP/GC"), "26/11": (None, "UNEP/GC")},
    ),
    (
        "es",
        "Asamblea de las Naciones Unidas sobre el Medio Ambiente\n\n"
        "La Asamblea de las Naciones Unidas sobre el Medio Ambiente,\n\n"
        "Recordando las decisiones del Consejo de Administración, en particular la decisión 26/11,",
        {"26/11": (None, "UNEP/GC")},
    ),
    # (a full name before the words, as before)
    (
        "en",
        "Recalling the resolutions of the Human Rights Council, in particular resolution 38/12,",
        {"38/12": ("A/HRC/RES/38/12", "A/HRC")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), BOUND)
def test_bound_to_its_body(lang: str, text: str, want: dict[str, tuple[str | None, str | None]]) -> None:
    assert_bound(text, lang, want)


#: passages whose lines opening with a figure are the body's, never notes
NO_NOTES: list[str] = [
    # (the text goes on after them)
    "The General Assembly,\n\nRecalling the report of the Secretary-General,1\n\n"
    "1 See A/78/314.\n\n2 Requests the Secretary-General to report to it.",
    # (numbered paragraphs with no mark of their numbers above)
    "The General Assembly,\n\nRecalling its resolution 73/195,\n\n"
    "1 Decides to continue its consideration of the question;\n"
    "2 Requests the Secretary-General to report to it at its eightieth session.",
    "The General Assembly,\n\nRecalling the Protocol on Emissions of CO1 and SO2 and resolution 73/195,\n\n"
    "1 Decides to continue its consideration of the question;\n"
    "2 Requests the Secretary-General to report to it at its eightieth session.",
    # (one line alone at the foot)
    "The General Assembly,\n\nRecalling the report of the Secretary-General,1\n\n1 See A/78/314.",
    # (numbered from another number than 1: a page's text, perhaps)
    "The General Assembly,\n\nRecalling the Declaration on Rivers2 and resolution 73/195,\n\n"
    "2 A/CONF.99/12, chap. I.",
]


@pytest.mark.parametrize("text", NO_NOTES)
def test_no_plain_notes(text: str) -> None:
    assert segment(text, "en").footnote_spans == []
