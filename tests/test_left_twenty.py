"""Leftovers of session twenty's helpers: a United States immigration reporter written with its
letters spaced ("22 I. & N. Dec. 12/3"); a local council named with a capital after the number
("du Conseil général", "del Consejo Provincial", "of the County Council", Arabic "الصادر عن
المجلس البلدي"), another organisation's text as the lower-case forms are; an adoption's subject
with a year alone set off before its verb ("le Conseil a, en 2021, adopté la résolution 47/3").
Each form with the real citations beside it that must not change. The passages are invented for
these tests (numbers, dates and wording changed)."""

from __future__ import annotations

import html

import pytest

from official_files import W_NS, libreoffice_pdfs, word_package
from passages import GA, by_language
from rescite.engine.extract import extract_text
from rescite.read import text_of

#: a record as (target, body); a table's row as (language, paragraph, its records)
_Rec = tuple[str | None, str | None]
_Row = tuple[str, str, list[_Rec]]


def _records(lang: str, para: str) -> list[_Rec]:
    return [(c.target, c.body) for c in extract_text(GA[lang] + para).citations]


# (language, paragraph of a General Assembly text, its records as (target, body)): a reporter's
# abbreviation spaced or with its stops before "Dec." — a decision of another system, no record
_REPORTER: list[_Row] = [
    ("en", "Noting the precedent in Matter of Reyes, 22 I. & N. Dec. 12/3 (BIA 2018), on asylum,", []),
    ("en", "Noting Matter of Chen, 25 I. & N. Dec. 41/2 (A.G. 2020),", []),
    ("en", "Noting the holding in 19 I. & N. Dec. 7/4 (BIA 1988) on bond,", []),
    ("en", "Noting Matter of Soto, 26 I.&N. Dec. 33/5 (BIA 2014),", []),
    ("en", "Noting, as in 24 I. & N. Dec. 60/8, the standard of review,", []),
]
_REPORTER_SAME: list[_Row] = [
    (
        "en",
        "Recalling Human Rights Council decision 12/3 on the right to food,",
        [("A/HRC/DEC/12/3", "A/HRC")],
    ),
    (
        "en",
        "Noting Matter of Ortega, 27 I&N Dec. 12/3 (BIA 2019), and its resolution 64/2,",
        [("A/RES/64/2", "A")],
    ),
    (
        "en",
        "Recalling decision 41/2 of the Human Rights Council and the N. Dec. 5/2 of that Council,",
        [("A/HRC/DEC/41/2", "A/HRC"), ("A/HRC/DEC/5/2", "A/HRC")],
    ),
]


@pytest.mark.parametrize(("lang", "para", "records"), by_language(_REPORTER, _REPORTER_SAME))
def test_reporter_spaced(lang: str, para: str, records: list[_Rec]) -> None:
    assert _records(lang, para) == records


_ORG: list[_Rec] = [(None, "ORG")]

# (language, paragraph, its records): a local council named with a capital after the number —
# another organisation's text, kept unresolved, no Economic and Social Council's
_LOCAL_COUNCIL: list[_Row] = [
    ("fr", "Rappelant la résolution 1994/7 du Conseil général,", _ORG),
    ("fr", "Rappelant la résolution 2003/15 du Conseil départemental,", _ORG),
    ("fr", "Rappelant la résolution 1988/2 du Conseil provincial,", _ORG),
    ("fr", "Rappelant la résolution 2011/9 du Conseil communal,", _ORG),
    ("fr", "Rappelant la résolution 1999/21 du Conseil territorial,", _ORG),
    ("es", "Recordando la resolución 1994/7 del Consejo Provincial,", _ORG),
    ("es", "Recordando la resolución 2003/15 del Consejo Departamental,", _ORG),
    ("es", "Recordando la resolución 1988/2 del Consejo General,", _ORG),
    ("es", "Recordando la resolución 2011/9 de la Asamblea Provincial,", _ORG),
    ("es", "Recordando la resolución 1999/21 del Consejo Comunal,", _ORG),
    ("ar", "وإذ تشير إلى القرار 1994/7 الصادر عن المجلس البلدي،", _ORG),
    ("ar", "وإذ تشير إلى القرار 2003/15 الصادر عن المجلس الإقليمي،", _ORG),
    ("ar", "وإذ تشير إلى القرار 1988/2 الصادر عن المجلس المحلي،", _ORG),
    ("ar", "وإذ تشير إلى القرار 2011/9 الصادر عن المجلس الولائي،", _ORG),
    ("ar", "وإذ تشير إلى القرار 1999/21 الصادر عن المجلس البلدي للعاصمة،", _ORG),
    ("en", "Recalling resolution 1994/7 of the Regional Council,", _ORG),
    ("en", "Recalling resolution 2003/15 of the County Council,", _ORG),
    ("en", "Recalling resolution 1988/2 of the Provincial Council,", _ORG),
    ("en", "Recalling resolution 2011/9 of the Municipal Assembly,", _ORG),
    ("en", "Recalling resolution 1999/21 of the City Council,", _ORG),
    ("ru", "ссылаясь на резолюцию 1994/7 Областного совета,", _ORG),
    ("ru", "ссылаясь на резолюцию 2003/15 Муниципального собрания,", _ORG),
    ("ru", "ссылаясь на резолюцию 1988/2 Городской думы,", _ORG),
    ("ru", "ссылаясь на резолюцию 2011/9 Районного совета,", _ORG),
    ("ru", "ссылаясь на резолюцию 1999/21 Краевого собрания,", _ORG),
]
_LOCAL_COUNCIL_SAME: list[_Row] = [
    ("fr", "Rappelant la résolution 1994/7 du Conseil économique et social,", [("E/RES/1994/7", "E")]),
    ("fr", "Rappelant la résolution 61/144 de l'Assemblée générale,", [("A/RES/61/144", "A")]),
    ("fr", "Rappelant la résolution 1994/7 du Conseil,", [("E/RES/1994/7", "E")]),
    ("es", "Recordando la resolución 1994/7 del Consejo Económico y Social,", [("E/RES/1994/7", "E")]),
    ("es", "Recordando la resolución 61/144 de la Asamblea General,", [("A/RES/61/144", "A")]),
    ("es", "Recordando la resolución 1994/7 del Consejo,", [("E/RES/1994/7", "E")]),
    ("ar", "وإذ تشير إلى القرار 1994/7 الصادر عن المجلس الاقتصادي والاجتماعي،", [("E/RES/1994/7", "E")]),
    ("ar", "وإذ تشير إلى القرار 1994/7 الصادر عن المجلس،", [("E/RES/1994/7", "E")]),
    ("en", "Recalling resolution 1994/7 of the Economic and Social Council,", [("E/RES/1994/7", "E")]),
    ("en", "Recalling resolution 1994/7 of the Council,", [("E/RES/1994/7", "E")]),
    ("ru", "ссылаясь на резолюцию 1994/7 Экономического и Социального Совета,", [("E/RES/1994/7", "E")]),
]


@pytest.mark.parametrize(("lang", "para", "records"), by_language(_LOCAL_COUNCIL, _LOCAL_COUNCIL_SAME))
def test_local_council_capitalised(lang: str, para: str, records: list[_Rec]) -> None:
    assert _records(lang, para) == records


# (language, paragraph, its records): an adoption's subject with a year alone set off before the
# verb (or, in Arabic, after it) owns the text, not the citing body
_HRC: list[_Rec] = [("A/HRC/RES/47/3", "A/HRC")]
_YEAR_ALONE: list[_Row] = [
    ("fr", "Rappelant que le Conseil des droits de l'homme a, en 2021, adopté la résolution 47/3,", _HRC),
    ("fr", "Rappelant que le Conseil des droits de l'homme, en 2021, a adopté la résolution 47/3,", _HRC),
    ("fr", "Rappelant que le Conseil des droits de l'homme en 2021 a adopté la résolution 47/3,", _HRC),
    ("fr", "Rappelant que le Conseil a, en 2021, adopté la résolution 47/3,", [(None, None)]),
    (
        "fr",
        "Rappelant que le Conseil des droits de l'homme a, en 2021, sans vote, adopté la résolution 47/3,",
        _HRC,
    ),
    ("en", "Recalling that the Human Rights Council has, in 2021, adopted resolution 47/3,", _HRC),
    ("en", "Recalling that the Human Rights Council, in 2021, adopted resolution 47/3,", _HRC),
    ("en", "Recalling that the Human Rights Council in 2021 adopted resolution 47/3,", _HRC),
    ("en", "Recalling that the Council, in 2021, adopted resolution 47/3,", [(None, None)]),
    (
        "en",
        "Recalling that the Human Rights Council, in 2021, without a vote, adopted resolution 47/3,",
        _HRC,
    ),
    ("es", "Recordando que el Consejo de Derechos Humanos, en 2021, aprobó la resolución 47/3,", _HRC),
    ("es", "Recordando que el Consejo de Derechos Humanos, en el año 2021, aprobó la resolución 47/3,", _HRC),
    ("es", "Recordando que el Consejo de Derechos Humanos en 2021 aprobó la resolución 47/3,", _HRC),
    (
        "es",
        "Recordando que el Consejo de Derechos Humanos, en 2021, sin votación, aprobó la resolución 47/3,",
        _HRC,
    ),
    ("es", "Recordando que el Consejo, en 2021, aprobó la resolución 47/3,", [(None, None)]),
    ("ru", "напоминая, что Совет по правам человека в 2021 году принял резолюцию 47/3,", _HRC),
    ("ru", "напоминая, что Совет по правам человека, в 2021 году, принял резолюцию 47/3,", _HRC),
    ("ru", "напоминая, что Совет по правам человека в 2021 г. принял резолюцию 47/3,", _HRC),
    (
        "ru",
        "напоминая, что Совет по правам человека в 2021 году без голосования принял резолюцию 47/3,",
        _HRC,
    ),
    ("ru", "напоминая, что Совет в 2021 году принял резолюцию 47/3,", [(None, None)]),
    ("zh", "回顾人权理事会于2021年通过了第47/3号决议，", _HRC),
    ("zh", "回顾人权理事会于2021年未经表决通过了第47/3号决议，", _HRC),
    ("zh", "回顾人权理事会于2021年通过第47/3号决议，", _HRC),
    ("zh", "回顾人权理事会于2019年通过了第40/13号决议，", [("A/HRC/RES/40/13", "A/HRC")]),
    ("zh", "回顾理事会于2021年通过了第47/3号决议，", [(None, None)]),
    ("ar", "وإذ تشير إلى أن مجلس حقوق الإنسان اعتمد، في عام 2021، القرار 47/3،", _HRC),
    ("ar", "وإذ تشير إلى أن مجلس حقوق الإنسان، في عام 2021، اعتمد القرار 47/3،", _HRC),
    ("ar", "وإذ تشير إلى أن مجلس حقوق الإنسان اعتمد، في 2021، القرار 47/3،", _HRC),
    (
        "ar",
        "وإذ تشير إلى أن مجلس حقوق الإنسان، في عام 2019، اعتمد القرار 40/13،",
        [("A/HRC/RES/40/13", "A/HRC")],
    ),
    ("ar", "وإذ تشير إلى أن المجلس، في عام 2021، اعتمد القرار 47/3،", [(None, None)]),
]
# (… and in Spanish with the auxiliary split from its participle, as French and English write it)
_YEAR_ALONE += [
    ("es", "Recordando que el Consejo de Derechos Humanos ha, en 2021, aprobado la resolución 47/3,", _HRC),
    (
        "es",
        "Recordando que el Consejo de Derechos Humanos ha, el 5 de julio de 2021, aprobado la "
        "resolución 47/3,",
        _HRC,
    ),
    (
        "es",
        "Recordando que el Consejo de Derechos Humanos había, en su 47º período de sesiones, "
        "aprobado la resolución 47/3,",
        _HRC,
    ),
    (
        "es",
        "Recordando que el Consejo de Derechos Humanos ha, sin votación, aprobado la resolución 47/3,",
        _HRC,
    ),
    (
        "es",
        "Recordando que el Consejo de Derechos Humanos ha, en su resolución 47/3, solicitado informes,",
        _HRC,
    ),
    (
        "es",
        "Recordando que el Consejo de Derechos Humanos ha, el 5 de julio, adoptado la resolución 47/3,",
        _HRC,
    ),
    ("es", "Recordando que el Consejo ha, en 2021, aprobado la resolución 47/3,", [(None, None)]),
]
_YEAR_ALONE_SAME: list[_Row] = [
    ("fr", "Rappelant la résolution 47/3 adoptée en 2021,", [("A/RES/47/3", "A")]),
    ("fr", "Rappelant que le Conseil des droits de l'homme a adopté la résolution 47/3,", _HRC),
    ("en", "Recalling its resolution 47/3, adopted in 2021,", [("A/RES/47/3", "A")]),
    ("en", "Recalling that in 2021 the Assembly adopted resolution 75/3,", [("A/RES/75/3", "A")]),
    ("es", "Recordando su resolución 47/3, aprobada en 2021,", [("A/RES/47/3", "A")]),
    ("es", "Recordando su resolución 47/3, que ha aprobado,", [("A/RES/47/3", "A")]),
    ("es", "Recordando que la Asamblea ha aprobado la resolución 75/3,", [("A/RES/75/3", "A")]),
    ("ru", "ссылаясь на свою резолюцию 47/3, принятую в 2021 году,", [("A/RES/47/3", "A")]),
    ("zh", "回顾其2021年通过的第47/3号决议，", [("A/RES/47/3", "A")]),
]


@pytest.mark.parametrize(("lang", "para", "records"), by_language(_YEAR_ALONE, _YEAR_ALONE_SAME))
def test_adoption_year_alone(lang: str, para: str, records: list[_Rec]) -> None:
    assert _records(lang, para) == records


# -- a Word file's footnote with its text glued to its number, made into a PDF by LibreOffice ------


def _para(text: str, tail: str = "", *, small: bool = False, lead: str = "") -> str:
    size = '<w:sz w:val="18"/>' if small else ""
    return (
        f'<w:p>{lead}<w:r><w:rPr>{size}</w:rPr><w:t xml:space="preserve">{html.escape(text)}</w:t></w:r>'
        f"{tail}</w:p>"
    )


def _noted_docx(lines: list[str], note: str) -> bytes:
    """A Word file of ``lines``, the last with a footnote's mark; the note's text (in smaller
    type, as Word's note style sets it) right after its number's mark, no space between."""
    mark = '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
    ref = '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
    notes = (
        f"<w:footnotes {W_NS}>"
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        f'</w:footnote><w:footnote w:id="1">{_para(note, small=True, lead=mark)}</w:footnote></w:footnotes>'
    )
    body = "".join(_para(x) for x in lines[:-1]) + _para(lines[-1], ref)
    return word_package(body, {"footnotes": notes})


# (row id, the paragraphs (the last with the note's mark), the note's text, the note's targets)
_GLUED_NOTES: list[tuple[str, list[str], str, list[str]]] = [
    ("ar", ["إن الجمعية العامة،", "وإذ تحيط علما بتقرير الأمين العام،"], "A/80/402", ["A/80/402"]),
    (
        "en",
        ["The General Assembly,", "Taking note of the report of the Secretary-General,"],
        "A/80/423",
        ["A/80/423"],
    ),
    (
        "fr",
        ["L'Assemblée générale,", "Prenant note du rapport du Secrétaire général,"],
        "A/80/371",
        ["A/80/371"],
    ),
    (
        "es",
        ["La Asamblea General,", "Tomando nota del informe del Secretario General,"],
        "A/80/295",
        ["A/80/295"],
    ),
    (
        "ru",
        ["Генеральная Ассамблея,", "принимая к сведению доклад Генерального секретаря,"],
        "A/80/318",
        ["A/80/318"],
    ),
    ("zh", ["大会，", "注意到秘书长的报告，"], "A/80/356", ["A/80/356"]),
    (
        "en-ecosoc",
        ["The General Assembly,", "Taking note of the report of the Commission,"],
        "E/CN.15/2025/9",
        ["E/CN.15/2025/9"],
    ),
    (
        "en-council",
        ["The General Assembly,", "Noting the letter to the Security Council,"],
        "S/2025/614",
        ["S/2025/614"],
    ),
    (
        "en-hrc",
        ["The General Assembly,", "Noting the report of the High Commissioner,"],
        "A/HRC/58/27",
        ["A/HRC/58/27"],
    ),
    (
        "fr-draft",
        ["L'Assemblée générale,", "Prenant note du projet de résolution,"],
        "A/C.3/80/L.19",
        ["A/C.3/80/L.19"],
    ),
]
# (… and the note spaced from its number, as Word writes it: read as before)
_SPACED_NOTES: list[tuple[str, list[str], str, list[str]]] = [
    (
        "same-en-stop",
        ["The General Assembly,", "Taking note of the report of the Secretary-General,"],
        "A/80/423.",
        ["A/80/423"],
    ),
    (
        "same-en",
        ["The General Assembly,", "Taking note of the report of the Secretary-General,"],
        " A/80/423.",
        ["A/80/423"],
    ),
    (
        "same-fr",
        ["L'Assemblée générale,", "Prenant note du rapport du Secrétaire général,"],
        " Voir A/80/371.",
        ["A/80/371"],
    ),
    (
        "same-en-see",
        ["The General Assembly,", "Taking note of the report of the Secretary-General,"],
        "See A/80/423.",
        ["A/80/423"],
    ),
]


@pytest.fixture(scope="module")
def noted_pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    rows = _GLUED_NOTES + _SPACED_NOTES
    docs = {name: _noted_docx(["United Nations", *lines], note) for name, lines, note, _ in rows}
    made = libreoffice_pdfs(docs, tmp_path_factory.mktemp("left20"), suffix="docx")
    if made is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    return {r[0]: made[r[0]] for r in rows}


@pytest.mark.parametrize(
    ("name", "targets"),
    [(r[0], r[3]) for r in _GLUED_NOTES + _SPACED_NOTES],
    ids=[r[0] for r in _GLUED_NOTES + _SPACED_NOTES],
)
def test_note_glued_to_its_number_in_a_libreoffice_pdf(
    noted_pdfs: dict[str, bytes], name: str, targets: list[str]
) -> None:
    res = extract_text(text_of(noted_pdfs[name], f"{name}.pdf"))
    notes = [(c.target, c.section, c.paragraph) for c in res.citations if c.section == "footnote"]
    assert notes == [(t, "footnote", "1") for t in targets]


# -- a note's marker glued after a number's comma ---------------------------------------------------
#: the operative paragraph, the rule and the note that the passages' marker 11 points at
_NOTE_11 = {
    "en": "\n\n1. Welcomes the report.\n\n__________________\n11 See also A/74/381.\n",
    "fr": "\n\n1. Accueille avec satisfaction le rapport.\n\n__________________\n11 Voir aussi A/74/381.\n",
    "es": "\n\n1. Acoge con beneplácito el informe.\n\n__________________\n11 Véase también A/74/381.\n",
    "ru": "\n\n1. приветствует доклад.\n\n__________________\n11 См. также A/74/381.\n",
    "ar": "\n\n1. ترحب بالتقرير.\n\n__________________\n11 انظر A/74/381.\n",
}


def _note_record(lang: str, para: str) -> tuple[str | None, str | None]:
    res = extract_text(GA[lang] + para + _NOTE_11[lang])
    return next((c.function, c.verb) for c in res.citations if c.target == "A/74/381")


# (language, paragraph with the marker, the note's record's (function, verb)): the marker after
# a number's comma or semicolon points at the note, which takes its clause's verb
_GLUED_AFTER_NUMBER: list[tuple[str, str, tuple[str | None, str | None]]] = [
    (
        "en",
        "Recalling its resolution 74/141,11 and the report of the Secretary-General,",
        ("builds_on", "Recalling"),
    ),
    ("en", "Recalling resolution A/RES/74/141,11 and the report,", ("builds_on", "Recalling")),
    ("en", "Recalling its resolutions 73/160 and 74/141;11", ("builds_on", "Recalling")),
    ("en", "Taking note of the report of the Secretary-General A/74/288,11", ("acknowledges", "Taking note")),
    ("en", "Recalling its resolution 74/141,11", ("builds_on", "Recalling")),
    (
        "fr",
        "Rappelant sa résolution 74/141,11 et le rapport du Secrétaire général,",
        ("builds_on", "Rappelant"),
    ),
    ("fr", "Rappelant ses résolutions 73/160 et 74/141,11", ("builds_on", "Rappelant")),
    ("fr", "Rappelant la résolution A/RES/74/141,11 et le rapport,", ("builds_on", "Rappelant")),
    ("fr", "Prenant note du rapport du Secrétaire général A/74/288,11", ("acknowledges", "Prenant note")),
    ("fr", "Rappelant sa résolution 74/141;11", ("builds_on", "Rappelant")),
    (
        "es",
        "Recordando su resolución 74/141,11 y el informe del Secretario General,",
        ("builds_on", "Recordando"),
    ),
    ("es", "Recordando sus resoluciones 73/160 y 74/141,11", ("builds_on", "Recordando")),
    ("es", "Recordando la resolución A/RES/74/141,11 y el informe,", ("builds_on", "Recordando")),
    ("es", "Tomando nota del informe del Secretario General A/74/288,11", ("acknowledges", "Tomando nota")),
    ("es", "Recordando su resolución 74/141;11", ("builds_on", "Recordando")),
    (
        "ru",
        "ссылаясь на свою резолюцию 74/141,11 и доклад Генерального секретаря,",
        ("builds_on", "ссылаясь на"),
    ),
    ("ru", "ссылаясь на свои резолюции 73/160 и 74/141,11", ("builds_on", "ссылаясь на")),
    ("ru", "ссылаясь на резолюцию A/RES/74/141,11 и доклад,", ("builds_on", "ссылаясь на")),
    (
        "ru",
        "принимая к сведению доклад Генерального секретаря A/74/288,11",
        ("acknowledges", "принимая к сведению"),
    ),
    ("ru", "ссылаясь на свою резолюцию 74/141;11", ("builds_on", "ссылаясь на")),
    ("ar", "إذ تشير إلى قرارها 74/141،11 وإلى تقرير الأمين العام،", ("builds_on", "إذ تشير إلى")),
    ("ar", "إذ تشير إلى قراريها 73/160 و 74/141،11", ("builds_on", "إذ تشير إلى")),
    ("ar", "إذ تشير إلى القرار A/RES/74/141،11 وإلى التقرير،", ("builds_on", "إذ تشير إلى")),
    ("ar", "إذ تشير إلى قرارها 74/141,11 وإلى التقرير،", ("builds_on", "إذ تشير إلى")),
    ("ar", "إذ تشير إلى قرارها 74/141،11", ("builds_on", "إذ تشير إلى")),
]
# (… and a number that is no marker: a decimal comma, a count after the comma's space)
_NOT_MARKERS: list[tuple[str, str, tuple[str | None, str | None]]] = [
    ("en", "Noting the rate of 3,11 per cent and the report,", (None, None)),
    ("en", "Recalling its resolution 74/141, 11 members having abstained,", (None, None)),
    ("fr", "Notant le taux de 3,11 pour cent,", (None, None)),
    ("es", "Observando la tasa del 3,11 por ciento,", (None, None)),
    ("ru", "отмечая долю в 3,11 процента,", (None, None)),
    ("ar", "إذ تشير إلى قرارها 74/141، 11 عضوا،", (None, None)),
]


@pytest.mark.parametrize(("lang", "para", "record"), by_language(_GLUED_AFTER_NUMBER, _NOT_MARKERS))
def test_marker_after_a_numbers_comma(lang: str, para: str, record: tuple[str | None, str | None]) -> None:
    assert _note_record(lang, para) == record


# -- a plain-text copy's closing list of related texts ---------------------------------------------
#: each language's text: its heading, a paragraph citing one text, an operative paragraph
_COPY = {
    "en": "80/131. Safety of journalists\n\nThe General Assembly,\n\nRecalling its resolution 76/173,\n\n"
    "1. Condemns all attacks against journalists.\n\n",
    "fr": "80/131. Sécurité des journalistes\n\nL'Assemblée générale,\n\nRappelant sa résolution 76/173,\n\n"
    "1. Condamne toutes les attaques contre les journalistes.\n\n",
    "es": "80/131. Seguridad de los periodistas\n\nLa Asamblea General,\n\n"
    "Recordando su resolución 76/173,\n\n1. Condena todos los ataques contra periodistas.\n\n",
    "ru": "80/131. Безопасность журналистов\n\nГенеральная Ассамблея,\n\n"
    "ссылаясь на свою резолюцию 76/173,\n\n1. осуждает все нападения на журналистов.\n\n",
    "zh": "80/131. 记者的安全\n\n大会，\n\n回顾其第76/173号决议，\n\n1. 谴责对记者的一切攻击。\n\n",
    "ar": "80/131 - سلامة الصحفيين\n\nإن الجمعية العامة،\n\nإذ تشير إلى قرارها 76/173،\n\n"
    "1 - تدين جميع الهجمات على الصحفيين.\n\n",
}


def _copy_targets(lang: str, tail: str) -> list[str | None]:
    return [c.target for c in extract_text(_COPY[lang] + tail).citations]


# (language, the copy's end after its text, the targets of the whole copy)
_TEXT: list[str | None] = ["A/RES/76/173"]
_RELATED: list[tuple[str, str, list[str | None]]] = [
    ("en", "----------\nRelated documents: A/RES/78/215, A/78/307\n", _TEXT),
    ("en", "__________________\nRelated texts: A/RES/74/157; E/RES/2022/11\n", _TEXT),
    ("en", "==========\nRelated resolutions: A/RES/72/175\nSource: Official Document System\n", _TEXT),
    ("en", "* * *\n\nRelated documents: A/RES/78/215, A/78/307\n\n", _TEXT),
    ("en", "----------\nRELATED DOCUMENTS: A/RES/78/215\nRelated texts: A/HRC/RES/51/9\n", _TEXT),
    ("fr", "----------\nDocuments connexes : A/RES/78/215, A/78/307\n", _TEXT),
    ("fr", "__________________\nTextes connexes : A/RES/74/157 ; E/RES/2022/11\n", _TEXT),
    ("fr", "==========\nRésolutions connexes : A/RES/72/175\n", _TEXT),
    ("fr", "* * *\nDocuments liés : A/RES/78/215\n", _TEXT),
    ("fr", "----------\n\nDocuments connexes: A/HRC/RES/51/9\n", _TEXT),
    ("es", "----------\nDocumentos conexos: A/RES/78/215, A/78/307\n", _TEXT),
    ("es", "__________________\nTextos conexos: A/RES/74/157; E/RES/2022/11\n", _TEXT),
    ("es", "==========\nResoluciones conexas: A/RES/72/175\n", _TEXT),
    ("es", "* * *\nDocumentos relacionados: A/RES/78/215\n", _TEXT),
    ("es", "----------\n\nDocumentos conexos : A/HRC/RES/51/9\n", _TEXT),
    ("ru", "----------\nСвязанные документы: A/RES/78/215, A/78/307\n", _TEXT),
    ("ru", "__________________\nСвязанные тексты: A/RES/74/157; E/RES/2022/11\n", _TEXT),
    ("ru", "==========\nСвязанные резолюции: A/RES/72/175\n", _TEXT),
    ("ru", "* * *\nСмежные документы: A/RES/78/215\n", _TEXT),
    ("ru", "----------\n\nСвязанные документы : A/HRC/RES/51/9\n", _TEXT),
    ("zh", "----------\n相关文件：A/RES/78/215、A/78/307\n", _TEXT),
    ("zh", "__________________\n相关案文：A/RES/74/157；E/RES/2022/11\n", _TEXT),
    ("zh", "==========\n相关决议：A/RES/72/175\n", _TEXT),
    ("zh", "* * *\n相关文档: A/RES/78/215\n", _TEXT),
    ("zh", "----------\n\n相关文件：A/HRC/RES/51/9\n", _TEXT),
    ("ar", "----------\nوثائق ذات صلة: A/RES/78/215، A/78/307\n", _TEXT),
    ("ar", "__________________\nنصوص ذات صلة: A/RES/74/157؛ E/RES/2022/11\n", _TEXT),
    ("ar", "==========\nقرارات ذات صلة: A/RES/72/175\n", _TEXT),
    ("ar", "* * *\nالوثائق ذات الصلة: A/RES/78/215\n", _TEXT),
    ("ar", "----------\n\nوثائق ذات صلة : A/HRC/RES/51/9\n", _TEXT),
]
# (… and what stays cited: a numbered note under the rule, a label with text after it, no label)
_RELATED_SAME: list[tuple[str, str, list[str | None]]] = [
    ("en", "__________________\n1 Related documents: A/78/307.\n", ["A/RES/76/173", "A/78/307"]),
    (
        "en",
        "----------\nRelated documents: A/78/307\n\n2. Requests the report A/80/1.\n\n3. Decides.\n\n"
        "4. Invites.\n\n5. Urges.\n",
        ["A/RES/76/173", "A/78/307", "A/80/1"],
    ),
    ("en", "----------\nA/RES/78/215, A/78/307\n", ["A/RES/76/173", "A/RES/78/215", "A/78/307"]),
    ("fr", "----------\nVoir A/78/307.\n", ["A/RES/76/173", "A/78/307"]),
    ("zh", "----------\n见A/78/307。\n", ["A/RES/76/173", "A/78/307"]),
]


@pytest.mark.parametrize(("lang", "tail", "targets"), by_language(_RELATED, _RELATED_SAME))
def test_closing_list_of_related_texts(lang: str, tail: str, targets: list[str | None]) -> None:
    assert _copy_targets(lang, tail) == targets
