"""Official files as they come (issue 7, session 48), read from files built here.

Whole official documents of kinds not swept before (the Security Council's volume of its
resolutions and decisions, treaty bodies' concluding observations with their notes, the
Secretary-General's reports with a note in most paragraphs, conferences of the parties'
decisions and reports (biodiversity, desertification, Basel, the Paris Agreement), the regional
commissions' resolutions, letters with their annex, a revised draft, a corrigendum, the
Official Records' supplements, a resumed meeting's record) were made into PDF and Word files
(Chromium, LibreOffice on one and two columns, Word's notes part) and read back; what they
taught:

* a volume that holds one text, its masthead at the first page's foot (a browser's page:
  "Résolutions et décisions du Conseil de sécurité⏎…⏎Nations Unies⏎Conseil de sécurité⏎
  S/INF/82⏎S/INF/82⏎27-01234 1/2"): the page's running symbol stands under the masthead's, the
  same symbol twice above the page line; a page prints its running symbol once, so the upper
  one is the masthead's, kept (both were taken out as the page's furniture: the file had no
  masthead left, and its one text — "Résolution 2822 (2026)" — was read as a citation of the
  volume, its records the volume's);
* a symbol's ending bracket in the words of the text's language ("S/PV.10125 (Reprise 1)",
  "A/HRC/61/2 (Reprise 1)", es "(Reanudación 1)", "A/79/6 (Secc. 24)") is the symbol as it
  writes itself (S/PV.10125 (Resumption 1), A/79/6 (Sect. 24)) when it is the text's own, in its
  masthead, as when it is cited (French and Spanish resumed records' masthead was a citation of
  the record they resume, the own id none; the Spanish fascicle's own id A/79/6(Secc.24));
* a line that opens with a body's name and ends with a comma is no adopting body's line when a
  line break cut it from the sentence before: the name's article in lower case ("… la résolution
  79/226 de⏎l’Assemblée générale,") or ending the line above ("… resolution 79/226 of the⏎General
  Assembly,", es "… de la⏎Asamblea General,"), as a narrow page or a large type sets it (the
  Assembly was taken for the body of a conference's decision: its own numbers "bare" and
  "its" were the Assembly's, none of them possible, and the Assembly's 79/226 lost);
* a treaty body's masthead whose cells a text layer ran onto one line, the treaty's name and
  the symbol ("الأمم المتحدة⏎اتفاقية حقوق الطفل CRC/C/…/CO/5-6⏎Distr.: General", a right-to-left
  page of LibreOffice's), names the body that issues the text, as on lines of their own: the
  treaty is no citation (was cited);
* a Chinese table's header row, its cells' words set apart by blanks ("决议 标题 通过日期"),
  under a full line of a narrow column (a two-column page) is no line a text layer wrapped inside
  a word (it was joined to the line above, so the rows under it had no header: the table's
  resolutions were lost).

Every passage is written for these tests in UN style (numbers, dates and titles invented);
each row fails on abc8a134 but the look-alikes, which pass on both."""

from __future__ import annotations

from typing import Any

import pytest

from browser import browser  # noqa: F401  (the module's fixture)
from official_files import Official, chromium_pdf, fodt, libreoffice_pdfs
from rescite.engine.extract import extract_text
from rescite.models import ExtractResult
from rescite.read import text_of

#: (the records' source, target and date)
Sourced = set[tuple[str | None, str, str | None]]


def _sourced(res: ExtractResult) -> Sourced:
    return {(c.source_id, str(c.target), c.date) for c in res.citations if c.target}


# -- 1. a volume of one text, its masthead at the first page's foot --------------------------
_HAITI: Sourced = {
    ("S/RES/2822(2026)", "S/RES/2653(2022)", "2022-10-21"),
    ("S/RES/2822(2026)", "S/RES/2785(2025)", "2025-07-15"),
}
FOOT_ROWS: list[tuple[str, str, str, Sourced]] = [
    (
        "en-volume-masthead-at-foot",
        "Resolutions and decisions of the Security Council\n1 August 2026 - 31 July 2027\n"
        "I. Resolutions adopted and decisions taken by the Security Council\n"
        "United Nations\nSecurity Council\nS/INF/82\nS/INF/82\n27-01234 1/2\f"
        "The question concerning Haiti\nResolution 2822 (2026)\nof 14 September 2026\n"
        "The Security Council,\n"
        "Recalling its resolutions 2653 (2022) of 21 October 2022 and 2785 (2025) of 15 July 2025,\n"
        "1. Decides to renew the measures until 15 October 2027;\n"
        "Adopted unanimously at the 10102nd meeting.\nS/INF/82\n27-01234 2/2\n",
        "S/INF/82",
        _HAITI,
    ),
    (
        "fr-volume-masthead-at-foot",
        "Résolutions et décisions du Conseil de sécurité\n1er août 2026 - 31 juillet 2027\n"
        "I. Résolutions adoptées et décisions prises par le Conseil de sécurité\n"
        "Nations Unies\nConseil de sécurité\nS/INF/82\nS/INF/82\n27-01234 1/2\f"
        "La question concernant Haïti\nRésolution 2822 (2026)\ndu 14 septembre 2026\n"
        "Le Conseil de sécurité,\n"
        "Rappelant ses résolutions 2653 (2022) du 21 octobre 2022 et 2785 (2025) du 15 juillet 2025,\n"
        "1. Décide de reconduire les mesures jusqu’au 15 octobre 2027 ;\n"
        "Adoptée à l’unanimité à la 10102e séance.\nS/INF/82\n27-01234 2/2\n",
        "S/INF/82",
        _HAITI,
    ),
    (
        "es-volume-masthead-at-foot",
        "Resoluciones y decisiones del Consejo de Seguridad\n1 de agosto de 2026 - 31 de julio de 2027\n"
        "Naciones Unidas\nConsejo de Seguridad\nS/INF/82\nS/INF/82\n27-01234 1/2\f"
        "La cuestión relativa a Haití\nResolución 2822 (2026)\nde 14 de septiembre de 2026\n"
        "El Consejo de Seguridad,\n"
        "Recordando sus resoluciones 2653 (2022), de 21 de octubre de 2022, y 2785 (2025), "
        "de 15 de julio de 2025,\n"
        "1. Decide prorrogar las medidas hasta el 15 de octubre de 2027;\n"
        "Aprobada por unanimidad en la 10102ª sesión.\nS/INF/82\n27-01234 2/2\n",
        "S/INF/82",
        _HAITI,
    ),
]


@pytest.mark.parametrize(("name", "text", "own", "want"), FOOT_ROWS, ids=[r[0] for r in FOOT_ROWS])
def test_a_volume_of_one_text_with_its_masthead_at_the_foot(
    name: str, text: str, own: str, want: Sourced
) -> None:
    res = extract_text(text, source=f"{name}.pdf")
    assert res.document.source_id == own
    assert _sourced(res) == want, sorted(_sourced(res), key=str)


_LETTER: Sourced = {("S/2026/77", "S/RES/2785(2025)", "2025-07-15")}
# look-alikes: the page's running symbol alone above its page line (a text of its own, no
# masthead at the foot) is taken out as before; a volume with its masthead at the top
FOOT_LOOKALIKES: list[tuple[str, str, str | None, Sourced]] = [
    (
        "en-running-symbol-once",
        "United Nations\nS/2026/77\nSecurity Council\nDistr.: General\n2 February 2026\n\n"
        "Letter dated 30 January 2026 from the Secretary-General addressed to the President of the "
        "Security Council\n"
        "I have the honour to refer to resolution 2785 (2025) of 15 July 2025.\nS/2026/77\n27-01234 1/2\f"
        "I should be grateful if you would bring the present letter to the attention of the members.\n"
        "S/2026/77\n27-01234 2/2\n",
        "S/2026/77",
        _LETTER,
    ),
    (
        "en-volume-masthead-at-top",
        "United Nations\nSecurity Council\nS/INF/82\nResolutions and decisions of the Security Council\n"
        "The question concerning Haiti\nResolution 2822 (2026)\nof 14 September 2026\n"
        "The Security Council,\n"
        "Recalling its resolutions 2653 (2022) of 21 October 2022 and 2785 (2025) of 15 July 2025,\n"
        "1. Decides to renew the measures until 15 October 2027;\nS/INF/82\n27-01234 1/1\n",
        "S/INF/82",
        _HAITI,
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "own", "want"), FOOT_LOOKALIKES, ids=[r[0] for r in FOOT_LOOKALIKES]
)
def test_a_volume_of_one_text_with_its_masthead_at_the_foot_lookalikes(
    name: str, text: str, own: str | None, want: Sourced
) -> None:
    res = extract_text(text, source=f"{name}.pdf")
    assert res.document.source_id == own
    assert _sourced(res) == want, sorted(_sourced(res), key=str)


_ZH_VOLUME = Official(
    lang="zh",
    symbol="S/INF/82",
    left=["联合国", "安全理事会"],
    right=["S/INF/82", "", ""],
    top=["安全理事会决议和决定", "2026年8月1日至2027年7月31日"],
    head=["一. 安全理事会通过的决议和作出的决定"],
    body=[
        "海地问题",
        "第2822(2026)号决议",
        "2026年9月14日",
        "安全理事会，",
        "回顾其2022年10月21日第2653(2022)号决议和2025年7月15日第2785(2025)号决议，",
        "1. 决定将各项措施延长至2027年10月15日；",
        "2026年9月14日第10102次会议一致通过。",
    ],
)


@pytest.mark.parametrize("doc", [_ZH_VOLUME], ids=["zh-volume"])
def test_a_volume_of_one_text_printed_by_a_browser(browser: Any, doc: Official) -> None:  # noqa: F811
    """The browser's page with the masthead at the foot of the first page, as the text above."""
    data = chromium_pdf(browser, doc, "foot")
    res = extract_text(text_of(data, "volume.pdf"), source="volume.pdf")
    assert res.document.source_id == "S/INF/82"
    assert _sourced(res) == _HAITI, sorted(_sourced(res), key=str)


# -- 2. a symbol's ending bracket in the text's language, in its masthead -----------------------
TAIL_ROWS: list[tuple[str, str, str]] = [
    (
        "fr-resumed-meeting",
        "Nations Unies\nS/PV.10125 (Reprise 1)\nConseil de sécurité\nQuatre-vingt-unième année\n"
        "10125e séance\nMardi 3 mars 2026, à 15 heures\nNew York\n\n"
        "La séance est reprise à 15 h 10.\n"
        "M. Durand (Ruritanie) : Ma délégation rappelle la résolution 2719 (2023) du Conseil.\n",
        "S/PV.10125(Resumption1)",
    ),
    (
        "fr-resumed-session-report",
        "Nations Unies\nA/HRC/61/2 (Reprise 1)\nAssemblée générale\nDistr. générale\n20 mai 2026\n\n"
        "Conseil des droits de l’homme\nSoixante et unième session\n\n"
        "1. Le Conseil a repris sa session et rappelé sa résolution 58/4.\n",
        "A/HRC/61/2(Resumption1)",
    ),
    (
        "es-resumed-meeting",
        "Naciones Unidas\nS/PV.10125 (Reanudación 1)\nConsejo de Seguridad\nOctogésimo primer año\n"
        "10125ª sesión\nMartes 3 de marzo de 2026, a las 15.00 horas\nNueva York\n\n"
        "Se reanuda la sesión a las 15.10 horas.\n"
        "Sr. Durán (Ruritania): Mi delegación recuerda la resolución 2719 (2023) del Consejo.\n",
        "S/PV.10125(Resumption1)",
    ),
    (
        "es-budget-section",
        "Naciones Unidas\nA/81/6 (Secc. 24)\nAsamblea General\nDistr. general\n20 de abril de 2026\n\n"
        "Proyecto de presupuesto por programas para 2027\n\n"
        "24.1 El programa se rige por la resolución 48/141 de la Asamblea General.\n",
        "A/81/6(Sect.24)",
    ),
]


@pytest.mark.parametrize(("name", "text", "own"), TAIL_ROWS, ids=[r[0] for r in TAIL_ROWS])
def test_a_symbols_bracket_in_the_texts_language_as_its_own_id(name: str, text: str, own: str) -> None:
    res = extract_text(text, source=name)
    assert res.document.source_id == own
    # (the masthead is no citation of the record or document it continues)
    assert not any(str(c.target).startswith(own.split("(")[0]) for c in res.citations if c.target)


# … and cited: the resumed meeting's record, not the record it resumes (was S/PV.10125); the
# same word in a sentence is no symbol's
TAIL_CITED_ROWS: list[tuple[str, str, set[str]]] = [
    (
        "fr-cited-resumption",
        "Le Conseil a poursuivi l’examen de la question (voir S/PV.10125 (Reprise 1) et S/PV.10131) ; "
        "la reprise 1 de la séance a eu lieu le même jour.\n",
        {"S/PV.10125(Resumption1)", "S/PV.10131"},
    ),
    (
        "es-cited-resumption",
        "El Consejo prosiguió el examen de la cuestión (véanse S/PV.10125 (Reanudación 1) y S/PV.10131).\n",
        {"S/PV.10125(Resumption1)", "S/PV.10131"},
    ),
]


@pytest.mark.parametrize(("name", "text", "cited"), TAIL_CITED_ROWS, ids=[r[0] for r in TAIL_CITED_ROWS])
def test_a_symbols_bracket_in_the_texts_language_cited(name: str, text: str, cited: set[str]) -> None:
    assert {str(c.target) for c in extract_text(text, source=name).citations if c.target} == cited


# look-alikes: the English word, as before; a bracket of another word stays as written
TAIL_LOOKALIKES: list[tuple[str, str, str | None, set[str]]] = [
    (
        "en-resumed-meeting",
        "United Nations\nS/PV.10125 (Resumption 1)\nSecurity Council\n\n"
        "The meeting resumed at 3.10 p.m.\nMy delegation recalls resolution 2719 (2023).\n",
        "S/PV.10125(Resumption1)",
        {"S/RES/2719(2023)"},
    ),
    (
        "fr-volume-bracket",
        "Nations Unies\nA/81/49 (Vol. I)\nAssemblée générale\n\n"
        "Résolutions et décisions adoptées par l’Assemblée générale\nRappelant la résolution 2719 (2023).\n",
        "A/81/49(Vol.I)",
        {"S/RES/2719(2023)"},
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "own", "cited"), TAIL_LOOKALIKES, ids=[r[0] for r in TAIL_LOOKALIKES]
)
def test_a_symbols_bracket_in_the_texts_language_lookalikes(
    name: str, text: str, own: str | None, cited: set[str]
) -> None:
    res = extract_text(text, source=name)
    assert res.document.source_id == own
    assert {str(c.target) for c in res.citations if c.target} == cited


# -- 3. a body's name on a line that a break cut from its sentence -------------------------------
def _cbd(symbol: str, org: str, treaty: str, head: str, lines: str) -> str:
    return f"{org}\n{symbol}\n{treaty}\nDistr.: General\n30 October 2026\n\n{head}\n{lines}"


CUT_ROWS: list[tuple[str, str, set[tuple[str, str | None]]]] = [
    (
        "en-of-the-then-assembly",
        _cbd(
            "CBD/COP/DEC/17/9",
            "United Nations",
            "Convention on Biological Diversity",
            "Decision adopted by the Conference of the Parties to the Convention on Biological Diversity\n"
            "17/9. Marine and coastal biodiversity",
            "The Conference of the Parties,\nRecalling decision 16/4 and resolution 79/226 of the\n"
            "General Assembly,\nRecalling also its decision 15/7,\n"
            "1. Requests the Executive Secretary to report on progress.\n",
        ),
        {("A/RES/79/226", None)},
    ),
    (
        "es-de-la-then-assembly",
        _cbd(
            "CBD/COP/DEC/17/9",
            "Naciones Unidas",
            "Convenio sobre la Diversidad Biológica",
            "17/9. Diversidad biológica marina y costera",
            "La Conferencia de las Partes,\nRecordando la decisión 16/4 y la resolución 79/226 de la\n"
            "Asamblea General,\n"
            "1. Pide al Secretario Ejecutivo que informe sobre los progresos realizados.\n",
        ),
        {("A/RES/79/226", None)},
    ),
    (
        "fr-de-then-article-in-lower-case",
        _cbd(
            "UNEP/CBD/COP/DEC/14/31",
            "Nations Unies",
            "Convention sur la diversité biologique",
            "Décision adoptée par la Conférence des Parties à la Convention sur la diversité\nbiologique\n"
            "14/31. Diversité biologique marine et côtière",
            "La Conférence des Parties,\nRappelant la décision 13/4 et la résolution 72/73 de\n"
            "l’Assemblée générale,\n1. Prie la Secrétaire exécutive de faire rapport à la\n"
            "Conférence des Parties.\n",
        ),
        {("A/RES/72/73", None)},
    ),
]


@pytest.mark.parametrize(("name", "text", "want"), CUT_ROWS, ids=[r[0] for r in CUT_ROWS])
def test_a_bodys_name_cut_from_its_sentence_is_no_body_line(
    name: str, text: str, want: set[tuple[str, str | None]]
) -> None:
    res = extract_text(text, source=name)
    got = {(str(c.target), c.date) for c in res.citations if c.target}
    assert got == want, sorted(got, key=str)
    # the conference's own numbers are its own (no id scheme), not the Assembly's
    assert all("citing body GA" not in (c.reason or "") for c in res.citations), [
        c.reason for c in res.citations
    ]


# look-alikes: the adopting body's line under a title line with no stop (the title is no
# sentence), with its article or without one (Russian); a body's name that ends a sentence
CUT_LOOKALIKES: list[tuple[str, str, set[tuple[str, str | None]]]] = [
    (
        "fr-assembly-line-under-title",
        "Nations Unies\nA/RES/81/12\nAssemblée générale\nDistr. générale\n20 octobre 2026\n\n"
        "81/12. Coopération entre l’Organisation des Nations Unies et l’Union africaine\n"
        "L’Assemblée générale,\nRappelant sa résolution 79/10,\n1. Décide de poursuivre l’examen.\n",
        {("A/RES/79/10", None)},
    ),
    (
        "en-assembly-line-under-title-of-the",
        "United Nations\nA/RES/81/13\nGeneral Assembly\nDistr.: General\n20 October 2026\n\n"
        "81/13. Report of the\nGeneral Assembly,\nRecalling its resolution 79/11,\n1. Decides to continue.\n",
        {("A/RES/79/11", None)},
    ),
    (
        "ru-assembly-line-under-title",
        "Организация Объединенных Наций\nA/RES/81/14\nГенеральная Ассамблея\nDistr.: General\n\n"
        "81/14. Сотрудничество между Организацией Объединенных Наций и Африканским союзом\n"
        "Генеральная Ассамблея,\nссылаясь на свою резолюцию 79/12,\n1. постановляет продолжить.\n",
        {("A/RES/79/12", None)},
    ),
]


@pytest.mark.parametrize(("name", "text", "want"), CUT_LOOKALIKES, ids=[r[0] for r in CUT_LOOKALIKES])
def test_a_bodys_name_cut_from_its_sentence_lookalikes(
    name: str, text: str, want: set[tuple[str, str | None]]
) -> None:
    got = {(str(c.target), c.date) for c in extract_text(text, source=name).citations if c.target}
    assert got == want, sorted(got, key=str)


# -- 4. a Chinese table's header row under a full line of a narrow column -----------------------
_ZH_TABLE = (
    "A/81/360\n联合国\n大会\nA/81/360\nDistr.: General\n4 August 2026\n第八十一届会议\n临时议程*项目 18\n"
    "可持续旅游与发展\n秘书长的报告\n附件\n大会关于可持续旅游的决议\n决议 标题 通过日期\n"
)
ZH_TABLE_ROWS: list[tuple[str, str, set[tuple[str, str | None]]]] = [
    (
        "zh-header-row-cells-wrapped",
        _ZH_TABLE + "78/176 可持续旅游与可\n持续发展\n2023 年 12 月 19\n日\n"
        "76/214 推动可持续旅游\n业\n2021 年 12 月 17\n日\n25-20456 1\n",
        {("A/RES/78/176", "2023-12-19"), ("A/RES/76/214", "2021-12-17")},
    ),
]


@pytest.mark.parametrize(("name", "text", "want"), ZH_TABLE_ROWS, ids=[r[0] for r in ZH_TABLE_ROWS])
def test_a_chinese_tables_header_row_under_a_full_line(
    name: str, text: str, want: set[tuple[str, str | None]]
) -> None:
    got = {(str(c.target), c.date) for c in extract_text(text, source=f"{name}.pdf").citations if c.target}
    assert got == want, sorted(got, key=str)


# look-alikes: rows on one line each; a paragraph's line wrapped inside a word after a full line
ZH_TABLE_LOOKALIKES: list[tuple[str, str, set[tuple[str, str | None]]]] = [
    (
        "zh-rows-on-one-line",
        _ZH_TABLE + "78/176 可持续旅游 2023 年 12 月 19 日\n76/214 旅游业 2021 年 12 月 17 日\n",
        {("A/RES/78/176", "2023-12-19"), ("A/RES/76/214", "2021-12-17")},
    ),
    (
        "zh-prose-wrapped-after-full-line",
        "执行局，\n回顾大会 2025 年 12 月 18 日关于联合国系统发展方面业务活动四年期全面政\n"
        "策审查的第 80/231 号决议，又回顾经济及社会理事会 2025 年 7 月 24 日第 2025/14\n"
        "号决议，\n1. 请执行主任提交报告。\n",
        {("A/RES/80/231", "2025-12-18"), ("E/RES/2025/14", "2025-07-24")},
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "want"), ZH_TABLE_LOOKALIKES, ids=[r[0] for r in ZH_TABLE_LOOKALIKES]
)
def test_a_chinese_tables_header_row_lookalikes(
    name: str, text: str, want: set[tuple[str, str | None]]
) -> None:
    got = {(str(c.target), c.date) for c in extract_text(text, source=f"{name}.pdf").citations if c.target}
    assert got == want, sorted(got, key=str)


# the same made by LibreOffice: the report's table on a page in two columns, and the conference's
# decision in a large type (its lines break before the Assembly's name)
_ZH_REPORT = Official(
    lang="zh",
    symbol="A/81/360",
    left=["联合国", "大会"],
    right=["A/81/360", "Distr.: General", "4 August 2026"],
    top=["第八十一届会议", "临时议程*项目18"],
    head=["可持续旅游与发展", "秘书长的报告"],
    body=["附件", "大会关于可持续旅游的决议"],
    rows=[
        ["决议", "标题", "通过日期"],
        ["78/176", "可持续旅游与可持续发展", "2023年12月19日"],
        ["76/214", "推动可持续旅游业", "2021年12月17日"],
    ],
)
_FR_DECISION = Official(
    lang="fr",
    symbol="UNEP/CBD/COP/DEC/14/31",
    left=["Nations Unies", "Convention sur la diversité biologique"],
    right=["UNEP/CBD/COP/DEC/14/31", "Distr. générale", "30 novembre 2018"],
    top=["Conférence des Parties à la Convention sur la diversité biologique", "Quatorzième réunion"],
    head=["Décision adoptée par la Conférence des Parties", "14/31. Diversité biologique marine et côtière"],
    body=[
        "La Conférence des Parties,",
        "Rappelant la décision 13/4 et la résolution 72/73 de l’Assemblée générale,",
        "1. Prie la Secrétaire exécutive de faire rapport à la Conférence des Parties.",
    ],
)
_COLUMNS = '<style:columns fo:column-count="2" fo:column-gap="0.6cm"/>'


@pytest.fixture(scope="module")
def office_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    report = fodt(_ZH_REPORT).replace(
        'fo:margin-right="2cm"/>', f'fo:margin-right="2cm">{_COLUMNS}</style:page-layout-properties>', 1
    )
    made = libreoffice_pdfs(
        {"zh-report-columns": report, "fr-decision-20pt": fodt(_FR_DECISION, "20pt")},
        tmp_path_factory.mktemp("formats48"),
    )
    if made is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    return made


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("zh-report-columns", {("A/RES/78/176", "2023-12-19"), ("A/RES/76/214", "2021-12-17")}),
        ("fr-decision-20pt", {("A/RES/72/73", None)}),
    ],
)
def test_libreoffice_files(
    office_files: dict[str, bytes], name: str, want: set[tuple[str, str | None]]
) -> None:
    if name not in office_files:
        pytest.skip(f"{name} was not converted")
    res = extract_text(text_of(office_files[name], f"{name}.pdf"), source=f"{name}.pdf")
    got = {(str(c.target), c.date) for c in res.citations if c.target}
    assert got == want, sorted(got, key=str)


# -- 5. a treaty body's masthead run onto one line: the treaty's name and the symbol -----------
MASTHEAD_ROWS: list[tuple[str, str, str, set[str]]] = [
    (
        "ar-name-and-symbol",
        "CRC/C/XYZ/CO/5-6\n الأمم المتحدة\nاتفاقية حقوق الطفل CRC/C/XYZ/CO/5-6\nDistr.: General\n"
        "3 March 2026\n"
        "لجنة حقوق الطفل\n"
        "الملاحظات الختامية على التقرير الجامع للتقريرين الدوريين الخامس والسادس لروريتانيا\n"
        "1 - وتشير اللجنة إلى قرار الجمعية العامة 74/133 المؤرخ 18 كانون الأول/ديسمبر 2019.\n",
        "CRC/C/XYZ/CO/5-6",
        {"A/RES/74/133"},
    ),
    (
        "en-name-and-symbol",
        "United Nations\nConvention on the Rights of the Child CRC/C/GC/27\nDistr.: General\n3 March 2026\n\n"
        "Committee on the Rights of the Child\nGeneral comment No. 27 (2026)\n"
        "1. The Committee recalls General Assembly resolution 74/133.\nCRC/C/GC/27\n25-20456 1/1\n",
        "CRC/C/GC/27",
        {"A/RES/74/133"},
    ),
    (
        "fr-name-and-symbol",
        "Nations Unies\nConvention relative aux droits de l’enfant CRC/C/GC/27\nDistr. générale\n"
        "3 mars 2026\n\n"
        "Comité des droits de l’enfant\nObservation générale no 27 (2026)\n"
        "1. Le Comité rappelle la résolution 74/133 de l’Assemblée générale.\nCRC/C/GC/27\n25-20456 1/1\n",
        "CRC/C/GC/27",
        {"A/RES/74/133"},
    ),
]


@pytest.mark.parametrize(("name", "text", "own", "cited"), MASTHEAD_ROWS, ids=[r[0] for r in MASTHEAD_ROWS])
def test_a_treaty_bodys_masthead_run_onto_one_line(name: str, text: str, own: str, cited: set[str]) -> None:
    res = extract_text(text, source=f"{name}.pdf")
    assert res.document.source_id == own
    assert {str(c.target) for c in res.citations if c.target} == cited


# look-alikes: the treaty named in a sentence before a symbol (no organisation's line above it);
# the name alone on its line under the organisation's, as before
MASTHEAD_LOOKALIKES: list[tuple[str, str, set[str]]] = [
    (
        "en-sentence-then-symbol",
        "The States parties recalled the Convention on the Rights of the Child CRC/C/GC/27\n"
        "Distr.: General\n",
        {"UNTS/1577/27531", "CRC/C/GC/27"},
    ),
    (
        "en-name-alone",
        "United Nations\nConvention on the Rights of the Child\nCRC/C/GC/27\nDistr.: General\n\n"
        "1. The Committee recalls General Assembly resolution 74/133.\n",
        {"A/RES/74/133"},
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "cited"), MASTHEAD_LOOKALIKES, ids=[r[0] for r in MASTHEAD_LOOKALIKES]
)
def test_a_treaty_bodys_masthead_run_onto_one_line_lookalikes(name: str, text: str, cited: set[str]) -> None:
    res = extract_text(text, source=f"{name}.pdf")
    assert {str(c.target) for c in res.citations if c.target} == cited
