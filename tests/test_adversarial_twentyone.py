"""Look-alikes a careful reader would not cite as the engine did: a fraction after a text's noun
("decision 3/4 majority"), a person's initial after a number ("70/1 A. Smith said"), another
organisation's organ or a State's as the clause's actor ("the Senate, in its resolution 2021/44"),
a body named as the subject of an adoption ("the Human Rights Council adopted resolution 44/2")
and a short name's possessive ("the Commission's decision 2019/112"). Each form with the
look-alikes that must keep their citation. The passages are invented for these tests."""

from __future__ import annotations

import pytest

from passages import GA, by_language
from rescite.engine.extract import extract_text

# a fraction written after a text's noun: no record (language, paragraph, the texts of its records)
_FRACTION: list[tuple[str, str, list[str]]] = [
    ("en", "Recalling that decision 3/4 majority rules apply to the budget,", []),
    ("en", "Noting that a decision 2/3 of the votes cast would suffice,", []),
    ("en", "Noting that resolution 3/5 of the members present was required,", []),
    ("fr", "Notant qu'une décision 2/3 des voix exprimées suffirait,", []),
    ("es", "Observando que una decisión 2/3 de los votos emitidos bastaría,", []),
    ("ru", "отмечая, что решение 2/3 голосов присутствующих достаточно,", []),
    ("zh", "注意到决定 3/4 多数规则适用于预算，", []),
    ("ar", "وإذ تلاحظ أن القرار 2/3 من الأصوات يكفي،", []),
    ("en", "Noting that the scans have a resolution 300/600 dpi at most,", []),
    ("en", "Noting that the resolution 14/16 pages long was circulated late,", []),
    ("fr", "Notant que les images ont une résolution 300/600 ppp au plus,", []),
    ("es", "Observando que las imágenes tienen una resolución 300/600 ppp como máximo,", []),
    ("ru", "отмечая, что резолюция 14/16 страниц была распространена поздно,", []),
    ("zh", "注意到扫描件的决议 300/600 像素为上限，", []),
    ("ar", "وإذ تلاحظ أن القرار 300/600 dpi للصور،", []),
]
_FRACTION_SAME: list[tuple[str, str, list[str]]] = [
    ("en", "Recalling decision 78/548 on the majority required,", ["78/548"]),
    ("en", "Recalling resolution 70/1, adopted by a majority of the votes,", ["70/1"]),
    ("en", "Recalling resolution 70/1, pages 3 to 5 of its annex,", ["70/1"]),
    ("fr", "Rappelant la décision 78/548, adoptée à la majorité des voix,", ["78/548"]),
    ("es", "Recordando la resolución 70/1, aprobada por mayoría de votos,", ["70/1"]),
]


@pytest.mark.parametrize(("lang", "para", "texts"), by_language(_FRACTION, _FRACTION_SAME))
def test_a_fraction_after_the_noun_is_no_number(lang: str, para: str, texts: list[str]) -> None:
    assert [c.text for c in extract_text(GA[lang] + para).citations] == texts


# a capital, a full stop, a name and a verb of saying after a number: a person's initial, no
# part's letter (language, paragraph, the targets)
_INITIAL: list[tuple[str, str, list[str | None]]] = [
    ("en", "Noting that, on resolution 70/1 A. Okafor said the goals were met,", ["A/RES/70/1"]),
    ("en", "Recalling resolution 72/279 B. Lindqvist stated that it guided the work,", ["A/RES/72/279"]),
    ("en", "Recalling resolution 71/243 C. Mendes et al. wrote on it,", ["A/RES/71/243"]),
    ("fr", "Rappelant la résolution 70/1 A. Moreau a souligné les progrès,", ["A/RES/70/1"]),
    ("es", "Recordando la resolución 70/1 A. Quiroga señaló los avances,", ["A/RES/70/1"]),
    ("ru", "ссылаясь на резолюцию 70/1 А. Петров заявил об успехах,", ["A/RES/70/1"]),
]
_INITIAL_SAME: list[tuple[str, str, list[str | None]]] = [
    ("en", "Recalling resolution 53/77 A. The Assembly then noted progress,", ["A/RES/53/77A"]),
    ("en", "Recalling resolution 53/77 A. See also resolution 54/1,", ["A/RES/53/77A", "A/RES/54/1"]),
    ("en", "Recalling resolutions 31/16 A and 32/5 B,", ["A/RES/31/16A", "A/RES/32/5B"]),
    ("fr", "Rappelant la résolution 53/77 A. L'Assemblée a noté les progrès,", ["A/RES/53/77A"]),
    ("ru", "ссылаясь на резолюцию 53/77 А. См. также доклад,", ["A/RES/53/77A"]),
]


@pytest.mark.parametrize(("lang", "para", "want"), by_language(_INITIAL, _INITIAL_SAME))
def test_a_person_s_initial_is_no_part_letter(lang: str, para: str, want: list[str | None]) -> None:
    assert [c.target for c in extract_text(GA[lang] + para).citations] == want


# another organisation's organ or a State's as the clause's actor or an adoption's subject: no
# United Nations id, the body kept as another organisation's (language, paragraph, (target, body))
ORG = "ORG"
_ORG_ACTOR: list[tuple[str, str, list[tuple[str | None, str | None]]]] = [
    ("en", "Noting that the Senate, in its resolution 2021/44, urged restraint,", [(None, ORG)]),
    (
        "en",
        "Noting that the national Parliament, in its resolution 2019/112, called for talks,",
        [(None, ORG)],
    ),
    ("en", "Noting that the Parliament adopted resolution 2018/57 on refugees,", [(None, ORG)]),
    ("en", "Noting that the Government, through its decision 2020/131, closed the border,", [(None, ORG)]),
    ("en", "Noting that the Municipal Council, in its resolution 2019/8, banned the sale,", [(None, ORG)]),
    ("en", "Noting that the Board of Directors adopted resolution 2019/8 on salaries,", [(None, ORG)]),
    (
        "en",
        "Noting that the Committee of Ministers, in its resolution 2019/3, asked for data,",
        [(None, ORG)],
    ),
    ("en", "Noting the shareholders' resolution 2020/3 on the merger,", [(None, ORG)]),
    (
        "fr",
        "Notant que le Comité des ministres, dans sa résolution 2019/3, a demandé des données,",
        [(None, ORG)],
    ),
    ("en", "Noting that the Senate adopted resolution 2468 (2019) on water,", [(None, ORG)]),
    ("fr", "Notant que le Sénat, dans sa résolution 2021/44, a appelé au calme,", [(None, ORG)]),
    ("fr", "Notant que le Parlement, dans sa résolution 2468 (2019), a appelé au calme,", [(None, ORG)]),
    ("zh", "注意到参议院通过了关于水的第2468(2019)号决议，", [(None, ORG)]),
    ("en", "Noting the Council of Ministers decision 2021/140 on fuel prices,", [(None, ORG)]),
    ("en", "Noting that the State Duma, in its resolution 2021/140, objected,", [(None, ORG)]),
    ("es", "Observando que el Consejo de Ministros aprobó la resolución 2021/140,", [(None, ORG)]),
    ("fr", "Notant que le Conseil des ministres a adopté la décision 2021/140,", [(None, ORG)]),
    ("ru", "отмечая, что Совет министров принял решение 2021/140 о ценах,", [(None, ORG)]),
    ("zh", "注意到市议会关于燃料价格的第2021/140号决议，", [(None, ORG)]),
    ("ar", "وإذ تلاحظ أن مجلس الوزراء اعتمد القرار 2021/140،", [(None, ORG)]),
    ("fr", "Notant que la Commission nationale, dans sa résolution 2020/77, a recommandé,", [(None, ORG)]),
    ("es", "Observando que la Comisión Nacional, en su resolución 2020/77, recomendó,", [(None, ORG)]),
    ("ru", "отмечая, что Национальная комиссия в своей резолюции 2020/77 рекомендовала,", [(None, ORG)]),
    ("ar", "وإذ تلاحظ أن اللجنة الوطنية، في قرارها 2020/77، أوصت،", [(None, ORG)]),
    ("ar", "وإذ تلاحظ أن مجلس الشيوخ اعتمد القرار 2020/77،", [(None, ORG)]),
    ("fr", "Notant que le Parlement a adopté la résolution 2018/57 sur les réfugiés,", [(None, ORG)]),
    ("es", "Observando que el Senado, en su resolución 2021/44, pidió moderación,", [(None, ORG)]),
    ("es", "Observando que el Parlamento aprobó la resolución 2018/57 sobre los refugiados,", [(None, ORG)]),
    ("ru", "отмечая, что парламент принял резолюцию 2018/57 о беженцах,", [(None, ORG)]),
    ("zh", "注意到议会通过了关于难民问题的第2018/57号决议，", [(None, ORG)]),
    ("ar", "وإذ تلاحظ أن البرلمان الأوروبي، في قراره 2018/57، دعا إلى الحوار،", [(None, ORG)]),
]
_ORG_ACTOR_SAME: list[tuple[str, str, list[tuple[str | None, str | None]]]] = [
    (
        "en",
        "Noting that the Economic and Social Council, in its resolution 2018/57, called for talks,",
        [("E/RES/2018/57", "E")],
    ),
    ("en", "Noting the statement of the Government and resolution 2018/57,", [("E/RES/2018/57", "E")]),
    ("en", "Noting that the Government, in resolution 70/1, was asked to report,", [("A/RES/70/1", "A")]),
    (
        "en",
        "Noting that the Senate welcomed Security Council resolution 2468 (2019),",
        [("S/RES/2468(2019)", "S")],
    ),
    (
        "fr",
        "Notant que le Conseil économique et social a adopté la résolution 2018/57,",
        [("E/RES/2018/57", "E")],
    ),
]


@pytest.mark.parametrize(("lang", "para", "want"), by_language(_ORG_ACTOR, _ORG_ACTOR_SAME))
def test_another_organ_as_the_actor_gives_no_id(
    lang: str, para: str, want: list[tuple[str | None, str | None]]
) -> None:
    assert [(c.target, c.body) for c in extract_text(GA[lang] + para).citations] == want


# a body named as the subject of an adoption: its own text; a short name that no body of its kind
# named before stands for: no Assembly text (language, paragraph, (target, body))
_ADOPTED: list[tuple[str, str, list[tuple[str | None, str | None]]]] = [
    (
        "en",
        "Noting that the Human Rights Council adopted resolution 47/3 by consensus,",
        [("A/HRC/RES/47/3", "A/HRC")],
    ),
    (
        "en",
        "Noting that the Commission on the Status of Women adopted resolution 61/4 on its methods,",
        [("E/CN.6/RES/61/4", "E/CN.6")],
    ),
    (
        "en",
        "Noting that the Commission on Narcotic Drugs has adopted resolution 59/6,",
        [("E/CN.7/RES/59/6", "E/CN.7")],
    ),
    (
        "en",
        "Welcoming the work of the Commission on Narcotic Drugs, where the Commission adopted "
        "resolution 59/6,",
        [("E/CN.7/RES/59/6", "E/CN.7")],
    ),
    ("en", "Noting that the Commission adopted resolution 61/4 at its session,", [(None, None)]),
    (
        "en",
        "Noting that the Commission on Human Rights adopted resolution 2003/52,",
        [("E/CN.4/RES/2003/52", "E/CN.4")],
    ),
    (
        "ru",
        "отмечая, что Комиссия по правам человека приняла резолюцию 2003/52,",
        [("E/CN.4/RES/2003/52", "E/CN.4")],
    ),
    ("en", "Noting that the Commission, in its resolution 61/4, asked for data,", [(None, None)]),
    (
        "fr",
        "Notant que la Commission de la condition de la femme a adopté la résolution 61/4,",
        [("E/CN.6/RES/61/4", "E/CN.6")],
    ),
    ("fr", "Notant que la Commission a adopté la résolution 61/4 à sa session,", [(None, None)]),
    (
        "es",
        "Observando que la Comisión de Estupefacientes aprobó la resolución 59/6,",
        [("E/CN.7/RES/59/6", "E/CN.7")],
    ),
    ("ru", "отмечая, что Совет по правам человека принял резолюцию 47/3,", [("A/HRC/RES/47/3", "A/HRC")]),
    ("zh", "注意到人权理事会通过了第47/3号决议，", [("A/HRC/RES/47/3", "A/HRC")]),
    ("ar", "وإذ تلاحظ أن مجلس حقوق الإنسان اعتمد القرار 47/3،", [("A/HRC/RES/47/3", "A/HRC")]),
]
# … the adoption's session or date, or an adverb, between the subject and its verb
_ADOPTED_WHEN: list[tuple[str, str, list[tuple[str | None, str | None]]]] = [
    (
        "en",
        "Noting that the Human Rights Council, at its fiftieth session, adopted resolution 50/9,",
        [("A/HRC/RES/50/9", "A/HRC")],
    ),
    (
        "en",
        "Noting that the Human Rights Council on 7 July 2022 adopted resolution 50/9,",
        [("A/HRC/RES/50/9", "A/HRC")],
    ),
    (
        "en",
        "Noting that the Human Rights Council has since adopted resolution 50/9,",
        [("A/HRC/RES/50/9", "A/HRC")],
    ),
    (
        "fr",
        "Notant que le Conseil des droits de l'homme a ensuite adopté la résolution 50/9,",
        [("A/HRC/RES/50/9", "A/HRC")],
    ),
    (
        "ru",
        "отмечая, что Совет по правам человека на своей пятидесятой сессии принял резолюцию 50/9,",
        [("A/HRC/RES/50/9", "A/HRC")],
    ),
    ("zh", "注意到人权理事会于2022年7月7日通过了第50/9号决议，", [("A/HRC/RES/50/9", "A/HRC")]),
    (
        "es",
        "Observando que el Consejo de Derechos Humanos, en su quincuagésimo período de sesiones, aprobó "
        "la resolución 50/9,",
        [("A/HRC/RES/50/9", "A/HRC")],
    ),
    (
        "fr",
        "Notant que le Conseil des droits de l'homme, à sa cinquantième session, a adopté la "
        "résolution 50/9,",
        [("A/HRC/RES/50/9", "A/HRC")],
    ),
]
_ADOPTED_SAME: list[tuple[str, str, list[tuple[str | None, str | None]]]] = [
    ("en", "Recalling that it adopted resolution 61/4 by consensus,", [("A/RES/61/4", "A")]),
    ("en", "Noting that the Assembly adopted resolution 61/4 by consensus,", [("A/RES/61/4", "A")]),
    ("en", "Requests the Human Rights Council to follow up resolution 70/1,", [("A/RES/70/1", "A")]),
    ("en", "Noting that the Human Rights Council, in its resolution 47/3,", [("A/HRC/RES/47/3", "A/HRC")]),
    ("fr", "Notant que l'Assemblée a adopté la résolution 61/4,", [("A/RES/61/4", "A")]),
    (
        "en",
        "Noting that the Human Rights Council, at its fiftieth session, considered resolution 70/1,",
        [("A/RES/70/1", "A")],
    ),
]


@pytest.mark.parametrize(("lang", "para", "want"), by_language(_ADOPTED + _ADOPTED_WHEN, _ADOPTED_SAME))
def test_an_adoption_s_subject_owns_the_text(
    lang: str, para: str, want: list[tuple[str | None, str | None]]
) -> None:
    assert [(c.target, c.body) for c in extract_text(GA[lang] + para).citations] == want


# a short name's possessive names a body of its kind, as the short name before the noun does
# (language, paragraph, the targets)
_SHORT_POSSESSIVE: list[tuple[str, str, list[str | None]]] = [
    ("en", "Noting that the Commission's decision 2019/112 was annulled by the Court,", [None]),
    ("en", "Noting the Commission's resolution 2017/208 on fisheries,", [None]),
    ("en", "Noting the Board's decision 2019/112 on travel costs,", [None]),
    ("en", "Noting that the Board, in its decision 2019/112, cut travel costs,", [None]),
    (
        "en",
        "Recalling the work of the Commission on Human Rights, and the Commission's resolution 2004/57,",
        ["E/CN.4/RES/2004/57"],
    ),
]
_SHORT_POSSESSIVE_SAME: list[tuple[str, str, list[str | None]]] = [
    ("en", "Noting the Council's resolution 2017/28 on fisheries,", ["E/RES/2017/28"]),
    ("en", "Noting the Human Rights Council's resolution 47/3,", ["A/HRC/RES/47/3"]),
    ("en", "Noting the Assembly's resolution 70/1,", ["A/RES/70/1"]),
    ("en", "Noting the report of the Board of Auditors and resolution 70/1,", ["A/RES/70/1"]),
    ("en", "Noting the Council's decision 2019/212 on travel costs,", ["E/DEC/2019/212"]),
]


@pytest.mark.parametrize(("lang", "para", "want"), by_language(_SHORT_POSSESSIVE, _SHORT_POSSESSIVE_SAME))
def test_a_short_name_s_possessive_names_its_kind(lang: str, para: str, want: list[str | None]) -> None:
    assert [c.target for c in extract_text(GA[lang] + para).citations] == want


# a number of the Assembly's shape N (ROMAN) of a session after its thirtieth: no Assembly text,
# whatever body the short name stands for (language, paragraph, the targets)
_ROMAN: list[tuple[str, str, list[str | None]]] = [
    ("en", "Noting African Commission resolution 281 (LVI) on prisons,", [None]),
    ("en", "Noting the Commission resolution 281 (LVI) on prisons,", [None]),
    ("en", "Recalling resolution 281 (LVI) of the African Commission,", [None]),
]
_ROMAN_SAME: list[tuple[str, str, list[str | None]]] = [
    ("en", "Recalling its resolution 2200 A (XXI),", ["A/RES/2200A(XXI)"]),
    ("en", "Recalling General Assembly resolution 3201 (S-VI),", ["A/RES/3201(S-VI)"]),
]


@pytest.mark.parametrize(("lang", "para", "want"), by_language(_ROMAN, _ROMAN_SAME))
def test_no_assembly_text_numbered_by_a_late_roman_session(
    lang: str, para: str, want: list[str | None]
) -> None:
    assert [c.target for c in extract_text(GA[lang] + para).citations] == want
