"""The own id from the heading shapes official files and compilations print, in six languages:
the heading run into its title on one line ("Resolution 82/178. Title", "Decision 70/2 — Title",
"القرار 82/178. …", "决定 70/2. …") — its noun says resolution or decision — a corrigendum's
masthead over the heading of the text it corrects, an English masthead over a Chinese text;
read from text, HTML, Word (the masthead in the first page's header part) and PDF (printed by
LibreOffice; skipped when it is not installed); a compilation of texts so headed is split into
them.  Every row failed before.

Every passage is written for these tests in the style of UN documents."""

from __future__ import annotations

import html
import tempfile
from pathlib import Path

import pytest

from official_files import fodt_document, libreoffice_pdfs
from rescite.engine.extract import extract_text
from rescite.read import text_of
from test_formats_word import docx, p, run

LANGS = ("en", "fr", "es", "ru", "ar", "zh")
ORG = {
    "en": "United Nations",
    "fr": "Nations Unies",
    "es": "Naciones Unidas",
    "ru": "Организация Объединенных Наций",
    "ar": "الأمم المتحدة",
    "zh": "联合国",
}
ASSEMBLY = {
    "en": "General Assembly",
    "fr": "Assemblée générale",
    "es": "Asamblea General",
    "ru": "Генеральная Ассамблея",
    "ar": "الجمعية العامة",
    "zh": "大会",
}
DISTR = {
    "en": "Distr.: General",
    "fr": "Distr. générale",
    "es": "Distr. general",
    "ru": "Distr.: General",
    "ar": "Distr.: General",
    "zh": "Distr.: General",
}
ADOPTED = {
    "en": "Resolution adopted by the General Assembly on 18 December 2027",
    "fr": "Résolution adoptée par l'Assemblée générale le 18 décembre 2027",
    "es": "Resolución aprobada por la Asamblea General el 18 de diciembre de 2027",
    "ru": "Резолюция, принятая Генеральной Ассамблеей 18 декабря 2027 года",
    "ar": "قرار اتخذته الجمعية العامة في 18 كانون الأول/ديسمبر 2027",
    "zh": "2027年12月18日大会决议",
}
RESOLUTION = {
    "en": "Resolution",
    "fr": "Résolution",
    "es": "Resolución",
    "ru": "Резолюция",
    "ar": "القرار",
    "zh": "决议",
}
DECISION = {
    "en": "Decision",
    "fr": "Décision",
    "es": "Decisión",
    "ru": "Решение",
    "ar": "المقرر",
    "zh": "决定",
}
TITLE = {
    "en": "Protection of migrant fishers at sea",
    "fr": "Protection des pêcheurs migrants en mer",
    "es": "Protección de los pescadores migrantes en el mar",
    "ru": "Защита рыбаков-мигрантов в море",
    "ar": "حماية الصيادين المهاجرين في البحر",
    "zh": "保护海上移徙渔民",
}
# the body of an Assembly text, citing resolution 68/141
ASSEMBLY_BODY = {
    "en": "The General Assembly,\nRecalling its resolution 68/141 of 18 December 2013,\n"
    "1. Requests the Secretary-General to report thereon.\n",
    "fr": "L'Assemblée générale,\nRappelant sa résolution 68/141 du 18 décembre 2013,\n"
    "1. Prie le Secrétaire général de lui faire rapport.\n",
    "es": "La Asamblea General,\nRecordando su resolución 68/141, de 18 de diciembre de 2013,\n"
    "1. Solicita al Secretario General que la informe.\n",
    "ru": "Генеральная Ассамблея,\nссылаясь на свою резолюцию 68/141 от 18 декабря 2013 года,\n"
    "1. просит Генерального секретаря представить доклад.\n",
    "ar": "إن الجمعية العامة،\nإذ تشير إلى قرارها 68/141 المؤرخ 18 كانون الأول/ديسمبر 2013،\n"
    "1 - تطلب إلى الأمين العام أن يقدم تقريرا.\n",
    "zh": "大会，\n回顾其2013年12月18日第68/141号决议，\n1. 请秘书长提交报告。\n",
}
# a functional commission and the body of its text, citing the Assembly's resolution 68/141
COMMISSION = {
    "en": "Commission on Narcotic Drugs",
    "fr": "Commission des stupéfiants",
    "es": "Comisión de Estupefacientes",
    "ru": "Комиссия по наркотическим средствам",
    "ar": "لجنة المخدرات",
    "zh": "麻醉药品委员会",
}
COMMISSION_BODY = {
    "en": "The Commission on Narcotic Drugs,\nRecalling General Assembly resolution 68/141,\n"
    "1. Decides to continue its work.\n",
    "fr": "La Commission des stupéfiants,\nRappelant la résolution 68/141 de l'Assemblée générale,\n"
    "1. Décide de poursuivre ses travaux.\n",
    "es": "La Comisión de Estupefacientes,\nRecordando la resolución 68/141 de la Asamblea General,\n"
    "1. Decide proseguir su labor.\n",
    "ru": "Комиссия по наркотическим средствам,\nссылаясь на резолюцию 68/141 Генеральной Ассамблеи,\n"
    "1. постановляет продолжить свою работу.\n",
    "ar": "إن لجنة المخدرات،\nإذ تشير إلى قرار الجمعية العامة 68/141،\n1 - تقرر مواصلة عملها.\n",
    "zh": "麻醉药品委员会，\n回顾大会第68/141号决议，\n1. 决定继续开展工作。\n",
}
COUNCIL = {
    "en": "Economic and Social Council",
    "fr": "Conseil économique et social",
    "es": "Consejo Económico y Social",
    "ru": "Экономический и Социальный Совет",
    "ar": "المجلس الاقتصادي والاجتماعي",
    "zh": "经济及社会理事会",
}
COUNCIL_BODY = {
    "ar": "إن المجلس الاقتصادي والاجتماعي،\nإذ يشير إلى قرار الجمعية العامة 68/141،\n1 - يقرر مواصلة عمله.\n",
    "zh": "经济及社会理事会，\n回顾大会第68/141号决议，\n1. 决定继续开展工作。\n",
}
HRC = {
    "en": "Human Rights Council",
    "fr": "Conseil des droits de l'homme",
    "es": "Consejo de Derechos Humanos",
    "ru": "Совет по правам человека",
    "ar": "مجلس حقوق الإنسان",
    "zh": "人权理事会",
}
HRC_BODY = {
    "en": "The Human Rights Council,\nRecalling General Assembly resolution 68/141,\n"
    "1. Decides to remain seized of the matter.\n",
    "fr": "Le Conseil des droits de l'homme,\nRappelant la résolution 68/141 de l'Assemblée générale,\n"
    "1. Décide de rester saisi de la question.\n",
    "es": "El Consejo de Derechos Humanos,\nRecordando la resolución 68/141 de la Asamblea General,\n"
    "1. Decide seguir ocupándose de la cuestión.\n",
    "ru": "Совет по правам человека,\nссылаясь на резолюцию 68/141 Генеральной Ассамблеи,\n"
    "1. постановляет продолжать заниматься этим вопросом.\n",
    "ar": "إن مجلس حقوق الإنسان،\nإذ يشير إلى قرار الجمعية العامة 68/141،\n"
    "1 - يقرر أن يبقي المسألة قيد نظره.\n",
    "zh": "人权理事会，\n回顾大会第68/141号决议，\n1. 决定继续处理此事。\n",
}
CRIME = {"ar": "لجنة منع الجريمة والعدالة الجنائية", "zh": "预防犯罪和刑事司法委员会"}
CITED = ["A/RES/68/141"]
NOUN_FIRST_NEW = ("ar", "zh")  # the languages whose noun before a heading's number no pattern knew

# (name, text, own id, targets cited)
ROWS: list[tuple[str, str, str, list[str]]] = []
for lg in NOUN_FIRST_NEW:
    ROWS += [
        (
            f"{lg}: the heading run into its title, under the adopted line",
            f"{ADOPTED[lg]}\n{RESOLUTION[lg]} 82/178. {TITLE[lg]}\n{ASSEMBLY_BODY[lg]}",
            "A/RES/82/178",
            CITED,
        ),
        (
            f"{lg}: the heading run into its title, under the body's name",
            f"{ASSEMBLY[lg]}\n{RESOLUTION[lg]} 82/178. {TITLE[lg]}\n{ASSEMBLY_BODY[lg]}",
            "A/RES/82/178",
            CITED,
        ),
        (
            f"{lg}: an Assembly decision run into its title",
            f"{ASSEMBLY[lg]}\n\n{DECISION[lg]} 82/548. {TITLE[lg]}\n{ASSEMBLY_BODY[lg]}",
            "A/DEC/82/548",
            CITED,
        ),
        (
            f"{lg}: a commission's resolution run into its title",
            f"{COMMISSION[lg]}\n\n{RESOLUTION[lg]} 70/3. {TITLE[lg]}\n{COMMISSION_BODY[lg]}",
            "E/CN.7/RES/70/3",
            CITED,
        ),
        (
            f"{lg}: another commission's resolution run into its title",
            f"{CRIME[lg]}\n\n{RESOLUTION[lg]} 36/3. {TITLE[lg]}\n"
            + COMMISSION_BODY[lg].replace(COMMISSION[lg], CRIME[lg]),
            "E/CN.15/RES/36/3",
            CITED,
        ),
        (
            f"{lg}: a Council decision run into its title",
            f"{COUNCIL[lg]}\n\n{DECISION[lg]} 2027/215. {TITLE[lg]}\n{COUNCIL_BODY[lg]}",
            "E/DEC/2027/215",
            CITED,
        ),
        (
            f"{lg}: a Human Rights Council decision run into its title",
            f"{HRC[lg]}\n\n{DECISION[lg]} 58/117. {TITLE[lg]}\n{HRC_BODY[lg]}",
            "A/HRC/DEC/58/117",
            CITED,
        ),
    ]
for lg in LANGS:
    ROWS += [
        (
            f"{lg}: the heading and its title set apart by a dash",
            f"{ADOPTED[lg]}\n{RESOLUTION[lg]} 82/178 — {TITLE[lg]}\n{ASSEMBLY_BODY[lg]}",
            "A/RES/82/178",
            CITED,
        ),
        (
            f"{lg}: a commission's decision run into its title is a decision",
            f"{COMMISSION[lg]}\n\n{DECISION[lg]} 70/2. {TITLE[lg]}\n{COMMISSION_BODY[lg]}",
            "E/CN.7/DEC/70/2",
            CITED,
        ),
        (
            f"{lg}: a corrigendum's masthead over the heading of the text it corrects",
            f"{ORG[lg]}\tA/RES/82/178/Corr.1\n{ASSEMBLY[lg]}\t{DISTR[lg]}\n\n82/178. {TITLE[lg]}\n"
            + ASSEMBLY_BODY[lg],
            "A/RES/82/178/Corr.1",
            CITED,
        ),
    ]
ROWS.append(
    (
        "zh: an English masthead over a Chinese text, its symbol at a line's end",
        f"United Nations A/RES/82/178\nDistr.: General\n\n第八十二届会议\n\n{ASSEMBLY_BODY['zh']}",
        "A/RES/82/178",
        CITED,
    )
)


def _check(text: str, own: str, cited: list[str]) -> None:
    res = extract_text(text)
    assert res.document.source_id == own
    assert [c.target for c in res.citations] == cited
    assert all(c.source_id == own for c in res.citations)


@pytest.mark.parametrize(("name", "text", "own", "cited"), ROWS, ids=[r[0] for r in ROWS])
def test_own_id_of_a_heading(name: str, text: str, own: str, cited: list[str]) -> None:
    _check(text, own, cited)


def _html(text: str) -> bytes:
    return (
        "<html><body>" + "".join(f"<p>{html.escape(x)}</p>" for x in text.split("\n") if x) + "</body></html>"
    ).encode()


def _paragraph(line: str) -> str:
    cells = line.split("\t")
    return p(cells[0], *(run(c, tab=True) for c in cells[1:]))


def _word(text: str, first_header: list[str] | None = None) -> bytes:
    body = "".join(_paragraph(x) for x in text.split("\n") if x.strip())
    if first_header is None:
        return docx(body)
    headers = {"header1.xml": p("2"), "header2.xml": "".join(_paragraph(x) for x in first_header)}
    return docx(body, headers=headers, first="header2.xml")


FILE_ROWS = [r for r in ROWS if "under the adopted line" in r[0] or "commission's decision" in r[0]]


@pytest.mark.parametrize(("name", "text", "own", "cited"), FILE_ROWS, ids=[r[0] for r in FILE_ROWS])
def test_own_id_of_a_heading_in_html_and_word(name: str, text: str, own: str, cited: list[str]) -> None:
    _check(text_of(_html(text), "text.html"), own, cited)
    _check(text_of(_word(text), "text.docx"), own, cited)


def test_an_english_masthead_over_a_chinese_text_only_in_the_first_pages_header_part() -> None:
    text = f"{ADOPTED['zh']}\n{TITLE['zh']}\n{ASSEMBLY_BODY['zh']}"
    data = _word(text, ["United Nations\tA/RES/82/178", "\tDistr.: General"])
    _check(text_of(data, "text.docx"), "A/RES/82/178", CITED)


_STYLES = """<style:style style:name="P" style:family="paragraph">
<style:paragraph-properties style:writing-mode="{mode}"/></style:style>"""
PDF_ROWS = [r for r in ROWS if "under the adopted line" in r[0] or "another commission" in r[0]]


def _fodt(text: str, lang: str) -> str:
    paras = "".join(
        '<text:p text:style-name="P">'
        + "<text:tab/>".join(html.escape(c) for c in x.split("\t"))
        + "</text:p>"
        for x in text.split("\n")
        if x.strip()
    )
    return fodt_document(_STYLES.format(mode="rl-tb" if lang == "ar" else "lr-tb"), paras)


@pytest.fixture(scope="module")
def printed() -> dict[str, str]:
    with tempfile.TemporaryDirectory() as tmp:
        docs = {f"p{i}": _fodt(r[1], r[0][:2]) for i, r in enumerate(PDF_ROWS)}
        pdfs = libreoffice_pdfs(docs, Path(tmp))
    if pdfs is None:
        pytest.skip("LibreOffice (soffice) not installed")
    return {PDF_ROWS[int(k[1:])][0]: text_of(pdf, f"{k}.pdf") for k, pdf in pdfs.items()}


@pytest.mark.parametrize(("name", "text", "own", "cited"), PDF_ROWS, ids=[r[0] for r in PDF_ROWS])
def test_own_id_of_a_heading_in_a_printed_pdf(
    printed: dict[str, str], name: str, text: str, own: str, cited: list[str]
) -> None:
    _check(printed[name], own, cited)


def _compilation(lang: str) -> str:
    text = f"{ORG[lang]}\tA/82/49 (Vol. I)\n{ASSEMBLY[lang]}\n\n"
    for n in (5, 6, 7):
        body = ASSEMBLY_BODY[lang].replace("68/141", f"68/14{n}")
        text += f"{ADOPTED[lang]}\n{RESOLUTION[lang]} 82/{n}. {TITLE[lang]}\n{body}\n"
    return text


@pytest.mark.parametrize("lang", LANGS)
def test_a_compilation_of_texts_whose_headings_run_into_their_titles(lang: str) -> None:
    res = extract_text(_compilation(lang))
    assert res.document.source_id == "A/82/49(Vol.I)"
    assert [(c.source_id, c.target) for c in res.citations] == [
        (f"A/RES/82/{n}", f"A/RES/68/14{n}") for n in (5, 6, 7)
    ]
    assert [c.part for c in res.citations] == [f"{RESOLUTION[lang]} 82/{n}" for n in (5, 6, 7)]
    assert [d.source_id for d in res.parts] == [f"A/RES/82/{n}" for n in (5, 6, 7)]


# a report that reproduces the texts its body adopted: (masthead symbol, the body's name beside
# it, the texts' (noun, number) headings and body, the texts' own ids)
REPORTS = [
    (
        "A/HRC/58/2",
        HRC,
        [(RESOLUTION, "58/1"), (RESOLUTION, "58/2"), (DECISION, "58/103")],
        HRC_BODY,
        ["A/HRC/RES/58/1", "A/HRC/RES/58/2", "A/HRC/DEC/58/103"],
    ),
    (
        "E/2027/28-E/CN.7/2027/15",
        COUNCIL,
        [(RESOLUTION, "70/1"), (DECISION, "70/2"), (DECISION, "70/3")],
        COMMISSION_BODY,
        ["E/CN.7/RES/70/1", "E/CN.7/DEC/70/2", "E/CN.7/DEC/70/3"],
    ),
]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("symbol", "body", "headings", "text", "owns"), REPORTS, ids=["council", "commission"]
)
def test_a_report_of_texts_whose_headings_run_into_their_titles(
    lang: str,
    symbol: str,
    body: dict[str, str],
    headings: list[tuple[dict[str, str], str]],
    text: dict[str, str],
    owns: list[str],
) -> None:
    report = f"{ORG[lang]}\t{symbol}\n{body[lang]}\t{DISTR[lang]}\n\n"
    for k, (noun, number) in enumerate(headings):
        report += f"{noun[lang]} {number}. {TITLE[lang]}\n{text[lang].replace('68/141', f'68/14{k}')}\n"
    res = extract_text(report)
    assert [(c.source_id, c.target) for c in res.citations] == [
        (own, f"A/RES/68/14{k}") for k, own in enumerate(owns)
    ]
