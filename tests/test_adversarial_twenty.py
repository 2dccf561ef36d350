"""Look-alikes of this session's new rules that a careful reader would not read as they do: a
number in UNHCR's shape after a word that is no conclusion ("paragraph No. 112 (LXII)", "item
No. 14 (XIX)") is no Executive Committee conclusion; a supplement's line and a volume's line
inside a running sentence are a citation, no volume's cover. Each form with the look-alikes that
must not change. The passages are invented for these tests (numbers, dates and wording changed)."""

from __future__ import annotations

import pytest

from passages import GA, assert_dates, by_language, dates_of
from rescite.engine.extract import extract_text

# (language, paragraph of a General Assembly text, the texts of its records)
_CONCLUSION: list[tuple[str, str, list[str]]] = [
    ("en", "Recalling paragraph No. 112 (LXII) of the report,", []),
    ("en", "Noting item No. 14 (XIX) of the provisional agenda,", []),
    ("en", "Noting annex No. 3 (IV) to the report and resolution 70/1,", ["70/1"]),
    ("es", "Recordando el párrafo núm. 112 (LXII) del informe,", []),
    ("es", "Observando el tema núm. 14 (XIX) del programa,", []),
]
_CONCLUSION_SAME: list[tuple[str, str, list[str]]] = [
    ("en", "Recalling Executive Committee conclusion No. 112 (LXII) on resettlement,", ["No. 112 (LXII)"]),
    ("en", "Recalling its conclusions No. 99 (LV) and No. 112 (LXII),", ["No. 99 (LV)", "No. 112 (LXII)"]),
    ("es", "Recordando la conclusión núm. 112 (LXII) del Comité Ejecutivo,", ["núm. 112 (LXII)"]),
]


@pytest.mark.parametrize(("lang", "para", "texts"), by_language(_CONCLUSION, _CONCLUSION_SAME))
def test_unhcr_shape_needs_its_noun(lang: str, para: str, texts: list[str]) -> None:
    assert [c.text for c in extract_text(GA[lang] + para).citations] == texts


# a supplement's line and a volume's line near a file's start that are no cover:
# (language, text, the file's own id, the targets)
_NO_COVER: list[tuple[str, str, str | None, list[str]]] = [
    (
        "en",
        "The annual report is issued as\nSupplement No. 36 (A/77/36)\nVolume I\n"
        "and holds the texts adopted.\n",
        None,
        ["A/77/36"],
    ),
    (
        "fr",
        "Le rapport annuel est publié sous la cote\nSupplément no 36 (A/77/36)\nVolume I\n"
        "et contient les textes.\n",
        None,
        ["A/77/36"],
    ),
    (
        "es",
        "El informe anual se publica como\nSuplemento núm. 36 (A/77/36)\nVolumen I\ny contiene los textos.\n",
        None,
        ["A/77/36"],
    ),
    (
        "en",
        "Annex\nDocuments before the Committee\n\nSupplement No. 36 (A/77/36)\nVolume I\n"
        "Supplement No. 37 (A/77/37)\nVolume II\n",
        None,
        ["A/77/36", "A/77/37"],
    ),
]
_COVER_SAME: list[tuple[str, str, str | None, list[str]]] = [
    (
        "en",
        "Official Records of the General Assembly\nSeventy-seventh Session\nSupplement No. 36 (A/77/36)\n"
        "Volume II\nDecisions and elections\n",
        "A/77/36(Vol.II)",
        [],
    ),
]


@pytest.mark.parametrize(("lang", "text", "own", "cited"), by_language(_NO_COVER, _COVER_SAME))
def test_a_sentence_or_list_is_no_volume_cover(
    lang: str, text: str, own: str | None, cited: list[str]
) -> None:
    res = extract_text(text)
    assert (res.document.source_id, [c.target for c in res.citations]) == (own, cited)


# a number in an outside body's shape that another body's finder reads, or after which a body
# with an id scheme is named, is no text of the shape's body: (language, paragraph, the records'
# targets and bodies)
_SHAPE_BODY: list[tuple[str, str, list[tuple[str | None, str | None]]]] = [
    ("en", "Recalling Security Council resolution 2118 (New York, 2013),", [("S/RES/2118(2013)", "S")]),
    ("en", "Recalling decision 3 (Nairobi, 2022) of the Environment Assembly,", [(None, None)]),
    ("en", "Recalling resolution 2118 (New York, 2013) of the Security Council,", [(None, None)]),
    ("fr", "Rappelant la résolution 2118 (New York, 2013) du Conseil de sécurité,", [(None, None)]),
    ("en", "Noting resolution 14/IV of the Commission on Narcotic Drugs,", [(None, None)]),
    ("es", "Recordando la resolución 14/IV de la Comisión de Estupefacientes,", [(None, None)]),
    ("en", "Recalling decision A (15) of the Economic and Social Council,", [(None, None)]),
    ("en", "Recalling General Assembly resolution 181 (Lake Success, 1947),", [(None, None)]),
    ("en", "Recalling Economic and Social Council resolution 14/IV,", [(None, None)]),
]
_SHAPE_BODY_SAME: list[tuple[str, str, list[tuple[str | None, str | None]]]] = [
    ("en", "Recalling resolution 204/XLII of the Governing Council of IFAD,", [(None, "IFAD")]),
    ("en", "Recalling Resolution 64 (Rev. Busan, 2014) of the Plenipotentiary Conference,", [(None, "ITU")]),
    ("en", "Recalling decision B (69) of the Economic Commission for Europe,", [(None, "ECE")]),
    ("en", "Recalling World Health Assembly decision WHA76(3),", [(None, "WHA")]),
    ("en", "Recalling UNESCO General Conference resolution 41 C/15,", [(None, "UNESCO")]),
]


@pytest.mark.parametrize(("lang", "para", "want"), by_language(_SHAPE_BODY, _SHAPE_BODY_SAME))
def test_a_shape_yields_to_a_body_with_ids(
    lang: str, para: str, want: list[tuple[str | None, str | None]]
) -> None:
    assert [(c.target, c.body) for c in extract_text(GA[lang] + para).citations] == want


# a possessive after "in particular" in a clause of the citing body's own (a verb after a comma or
# "and" opens it) is the citing body's, not the body named before the verb: (language, paragraph,
# the records' targets and bodies)
_OWN_CLAUSE: list[tuple[str, str, list[tuple[str | None, str | None]]]] = [
    (
        "en",
        "Recalling the role of the Executive Board of UNDP, and reaffirming in particular its "
        "resolution 72/279,",
        [("A/RES/72/279", "A")],
    ),
    (
        "en",
        "Noting the work of the UNICEF Executive Board, and also recalling in particular its "
        "resolution 72/279,",
        [("A/RES/72/279", "A")],
    ),
    (
        "fr",
        "Rappelant le rôle du Conseil d'administration de l'UNICEF et réaffirmant en particulier sa "
        "résolution 72/279,",
        [("A/RES/72/279", "A")],
    ),
    (
        "es",
        "Recordando la labor de la Junta Ejecutiva del UNICEF, y reafirmando en particular su "
        "resolución 72/279,",
        [("A/RES/72/279", "A")],
    ),
    (
        "ru",
        "отмечая работу Исполнительного совета ЮНИСЕФ и подтверждая, в частности, свою резолюцию 72/279,",
        [("A/RES/72/279", "A")],
    ),
]
_OWN_CLAUSE_SAME: list[tuple[str, str, list[tuple[str | None, str | None]]]] = [
    (
        "en",
        "Welcoming the work of the UNICEF Executive Board, in particular its decision 2021/7,",
        [(None, "E/ICEF")],
    ),
    (
        "es",
        "Recordando la labor de la Junta Ejecutiva del UNICEF, en particular su decisión 2021/7,",
        [(None, "E/ICEF")],
    ),
]


@pytest.mark.parametrize(("lang", "para", "want"), by_language(_OWN_CLAUSE, _OWN_CLAUSE_SAME))
def test_a_possessive_in_an_own_clause_is_the_citing_body_s(
    lang: str, para: str, want: list[tuple[str | None, str | None]]
) -> None:
    assert [(c.target, c.body) for c in extract_text(GA[lang] + para).citations] == want


H = "A/HRC/RES/"

# a date between an agent and the possessive of a list where no adoption is said ("the
# consideration by …", "l'examen par …") is no adoption's date: (language, paragraph, target ->
# its date or None)
_NO_ADOPTION: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        "Noting the consideration by the Human Rights Council on 4 April 2024 of its resolutions "
        "55/2 and 55/3,",
        {f"{H}55/2": None, f"{H}55/3": None},
    ),
    (
        "en",
        "Noting the review by the Human Rights Council, on 4 April 2024, of its resolution 55/2,",
        {f"{H}55/2": None},
    ),
    (
        "fr",
        "Notant l'examen par le Conseil des droits de l'homme, le 4 avril 2024, de sa résolution 55/2,",
        {f"{H}55/2": None},
    ),
    (
        "es",
        "Observando el examen por el Consejo de Derechos Humanos el 4 de abril de 2024 de sus "
        "resoluciones 55/2 y 55/3,",
        {f"{H}55/2": None, f"{H}55/3": None},
    ),
    (
        "ru",
        "отмечая рассмотрение Советом по правам человека 4 апреля 2024 года его резолюций 55/2 и 55/3,",
        {f"{H}55/2": None, f"{H}55/3": None},
    ),
]
_ADOPTION_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        "Noting the adoption by the Human Rights Council on 4 April 2024 of its resolutions 55/2 and 55/3,",
        {f"{H}55/2": "2024-04-04", f"{H}55/3": "2024-04-04"},
    ),
    (
        "ru",
        "отмечая принятие Советом по правам человека 4 апреля 2024 года его резолюций 55/2 и 55/3,",
        {f"{H}55/2": "2024-04-04", f"{H}55/3": "2024-04-04"},
    ),
    (
        "zh",
        "注意到人权理事会2024年4月4日通过其第55/2和55/3号决议，",
        {f"{H}55/2": "2024-04-04", f"{H}55/3": "2024-04-04"},
    ),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_NO_ADOPTION, _ADOPTION_SAME))
def test_an_agent_s_date_is_an_adoption_s_only_after_its_noun(
    lang: str, para: str, expected: dict[str, str | None]
) -> None:
    assert_dates(dates_of(GA[lang] + para), expected)


# a Chinese noun that is a verb too ("决定": decides) after a leading adverb glued to it or a
# paragraph's number: the verb, no number of a decision after it (language, paragraph, the texts
# of its records)
_VERB: list[tuple[str, str, list[str]]] = [
    ("zh", "2. 还决定 2028/29 财政期间的经费如下：", []),
    ("zh", "3. 又决定 2027/2028 两年期的会议安排不变；", []),
    ("zh", "1. 决定 2027/2028 两年期方案预算维持不变；", []),
    ("zh", "4. 并决定 12/5 的成员轮换办法适用于各区域；", []),
]
_VERB_SAME: list[tuple[str, str, list[str]]] = [
    ("zh", "回顾其决定 78/548 和决议 70/1，", ["78/548", "70/1"]),
    ("zh", "注意到下列文件：\n决定 78/548\n决议 78/12\n", ["78/548", "78/12"]),
    ("zh", "注意到经济及社会理事会决定 2021/3，", ["2021/3"]),
]


@pytest.mark.parametrize(("lang", "para", "texts"), by_language(_VERB, _VERB_SAME))
def test_a_noun_that_is_a_verb_there_governs_no_number(lang: str, para: str, texts: list[str]) -> None:
    assert [c.text for c in extract_text(GA[lang] + para).citations] == texts
