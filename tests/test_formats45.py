"""Official files as they come (issue 7, session 45), read from files built here.

Whole official documents of kinds not swept before (the Human Rights Council's resolutions with
their recorded votes and its session's report, the Economic and Social Council's resolutions on
drug control, the reports of a functional commission under two symbols, executive boards'
decision volumes, a Paris Agreement body's agenda, documents reissued) were made into Word and
PDF files in every official layout and read back; what they taught:

* a Chinese text layer may wrap a line before an opening book-title mark or corner bracket
  ("…以确保 1961 年⏎《麻醉品单一公约》…": a line never ends with one, but may begin with
  one): when the line before it is full, the break is inside the sentence, and the treaty the
  year and the name make together is read.

Every passage is written for these tests in UN style; each row fails on 22e4318d."""

from __future__ import annotations

from typing import Any

import pytest

from browser import browser  # noqa: F401  (the module's fixture)
from official_files import Official, chromium_pdf, font_installed, libreoffice_pdfs, narrow_document
from rescite.engine.extract import extract_text
from rescite.read import text_of

_SINGLE = "UNTS/520/7515"  # the Single Convention on Narcotic Drugs, 1961

# -- 1. a narrow column's Chinese line wrapped before a book-title mark (LibreOffice) -----------------
_ZH_PARAGRAPHS = [
    "经济及社会理事会，",
    "回顾其2021年7月22日第2021/17号决议和以往关于药物管制的各项决议，",
    "注意到同各供应国开展药物管制方面国际合作的长期必要性，以确保1961年《麻醉品单一公约》"
    "和经1972年议定书修正的该公约的各项规定得到普遍适用，",
    "1. 请秘书长向委员会第六十八届会议报告本决议的执行情况。",
]
_ZH_FONT = "Noto Sans CJK SC"


@pytest.fixture(scope="module")
def narrow_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The paragraphs in a 10.5 cm column, whose third line ends "1961 年" above the name."""
    if not font_installed(_ZH_FONT):
        pytest.skip(f"{_ZH_FONT} is not installed")
    made = libreoffice_pdfs(
        {"zh-10.5cm": narrow_document(_ZH_PARAGRAPHS, _ZH_FONT, "10.5cm", rtl=False)},
        tmp_path_factory.mktemp("formats45"),
    )
    if made is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    return made


def test_a_narrow_columns_line_wrapped_before_a_book_title(narrow_files: dict[str, bytes]) -> None:
    text = text_of(narrow_files["zh-10.5cm"], "zh-10.5cm.pdf")
    assert "年\n《" in text.replace(" ", ""), text  # the file wraps where the row says
    got = {str(c.target) for c in extract_text(text, source="zh-10.5cm.pdf").citations if c.target}
    assert {"E/RES/2021/17", _SINGLE} <= got, sorted(got)


# -- 2. the text layers read: a full line, then the name in its marks on the next ------------------
TEXT_ROWS: list[tuple[str, str, set[str]]] = [
    (
        "zh-book-title-after-year",
        "经济及社会理事会，\n回顾其 2023 年 7 月 25 日第 2023/18 号\n决议和以往关于药物管制的各项决议，\n"
        "注意到同各供应国开展药物管制方面国\n际合作的长期必要性，以确保 1961 年\n"
        "《麻醉品单一公约》和经 1972 年议定书\n修正的该公约的各项规定得到普遍适用，\n",
        {"E/RES/2023/18", _SINGLE},
    ),
    (
        "zh-book-title-after-year-no-blanks",
        "经济及社会理事会，\n回顾其2024年7月23日第2024/11号决议和以往\n关于药物管制的各项决议，\n"
        "强调各国必须在药物管制方面开展国际合作，以确保1961年\n"
        "《麻醉品单一公约》的各项规定在所有地区都得到普遍适用，\n",
        {"E/RES/2024/11", _SINGLE},
    ),
]


@pytest.mark.parametrize(("name", "text", "want"), TEXT_ROWS, ids=[r[0] for r in TEXT_ROWS])
def test_a_line_wrapped_before_a_book_title(name: str, text: str, want: set[str]) -> None:
    got = {str(c.target) for c in extract_text(text, source=name).citations if c.target}
    assert want <= got, sorted(got)


# -- 3. a heading above the masthead: the file's own id is the masthead's (a browser, text layers) ------
_CP_REPORT = {
    "fr": Official(
        lang="fr",
        symbol="FCCC/CP/2024/11/Add.3",
        left=["Nations Unies", "Convention-cadre sur les changements climatiques"],
        right=["FCCC/CP/2024/11/Add.3", "Distr. générale", "14 mars 2025", "Français", "Original : anglais"],
        top=["Conférence des Parties"],
        head=["Décision 6/CP.29", "Renforcement des capacités au titre de la Convention"],
        body=[
            "La Conférence des Parties,",
            "Rappelant les décisions 2/CP.7, 1/CP.16 et 9/CP.25,",
            "Prenant note de la décision 3/CMA.5,",
            "1. Décide de prolonger le programme de travail jusqu’en 2028.",
        ],
    ),
    "es": Official(
        lang="es",
        symbol="FCCC/CP/2024/11/Add.2",
        left=["Naciones Unidas", "Convención Marco sobre el Cambio Climático"],
        right=[
            "FCCC/CP/2024/11/Add.2",
            "Distr. general",
            "14 de marzo de 2025",
            "Español",
            "Original: inglés",
        ],
        top=["Conferencia de las Partes"],
        head=["Decisión 5/CP.29", "Programa de trabajo sobre la acción para el empoderamiento climático"],
        body=[
            "La Conferencia de las Partes,",
            "Recordando las decisiones 15/CP.18 y 17/CP.22,",
            "1. Acoge con satisfacción los progresos realizados en la ejecución del programa de trabajo.",
        ],
    ),
}
_CP_WANT: dict[str, set[str]] = {
    "fr": {"FCCC/CP/DEC/7/2", "FCCC/CP/DEC/16/1", "FCCC/CP/DEC/25/9"},
    "es": {"FCCC/CP/DEC/18/15", "FCCC/CP/DEC/22/17"},
}


@pytest.mark.parametrize("lang", sorted(_CP_REPORT))
def test_a_heading_above_the_masthead_in_a_browsers_pdf(browser: Any, lang: str) -> None:  # noqa: F811
    doc = _CP_REPORT[lang]
    name = f"{lang}-cp-foot.pdf"
    res = extract_text(text_of(chromium_pdf(browser, doc, "foot"), name), source=name)
    got = {str(c.target) for c in res.citations if c.target}
    assert _CP_WANT[lang] <= got, sorted(got)
    assert res.document.source_id == doc.own_id


HEADING_FIRST_ROWS: list[tuple[str, str, str]] = [
    (
        "fr-decision-over-masthead",
        "Conférence des Parties\nDécision 6/CP.29\nRenforcement des capacités au titre de la Convention\n"
        "Nations Unies\nConvention-cadre sur les changements climatiques\nFCCC/CP/2024/11/Add.3\n"
        "Distr. générale\n14 mars 2025\nFrançais\nOriginal : anglais\nLa Conférence des Parties,\n"
        "Rappelant les décisions 2/CP.7, 1/CP.16 et 9/CP.25,\n",
        "FCCC/CP/2024/11/Add.3",
    ),
    (
        "es-decision-over-masthead",
        "Conferencia de las Partes\nDecisión 5/CP.29\nPrograma de trabajo de Glasgow\nNaciones Unidas\n"
        "Convención Marco sobre el Cambio Climático\nFCCC/CP/2024/11/Add.2\nDistr. general\n"
        "14 de marzo de 2025\nEspañol\nOriginal: inglés\nLa Conferencia de las Partes,\n"
        "Recordando las decisiones 15/CP.18 y 17/CP.22,\n",
        "FCCC/CP/2024/11/Add.2",
    ),
]


@pytest.mark.parametrize(("name", "text", "own"), HEADING_FIRST_ROWS, ids=[r[0] for r in HEADING_FIRST_ROWS])
def test_a_heading_above_the_masthead(name: str, text: str, own: str) -> None:
    res = extract_text(text, source=name)
    assert res.document.source_id == own
