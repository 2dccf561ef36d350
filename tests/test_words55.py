"""The document's own id in Word files and third-party copies (issue 7, pass words55: Word files
laid out as the Secretariat's are, built here; HTML pages and aggregator copies of UN texts as
users save them — the UN's library records and documents pages, law-library and refugee-law
collections, search engines of the Council's resolutions — read and judged by hand):

- a Word file whose symbol only a custom property holds: the first page's header shows it by a
  field (``DOCPROPERTY``) whose result was never stored (a converter's file, a template a
  program filled), or the file has no header at all (``read/docx.py``, ``_core_symbols``: the
  custom properties' text values after the core ones, a fallback as those are): the property's
  symbol is the own id (was null);
- a copy's suggested citation of the text itself, led by the copy's label, on its line or on
  the line above, wherever the page sets it — under the title and the copy's metadata, or under
  the text ("Cite as: UN General Assembly, Title, 9 December 2026, A/RES/81/57, available at:
  https://…"; ``heading.cite_as_label`` of each language; ``engine/heading.py``, ``_cite_as_record``):
  the symbol is the own id, as a labelled record of the copy's metadata is when no masthead
  gives one (was null, and the symbol a citation).

Look-alikes that stay as they were: a header or a body masthead that shows another symbol than
the custom property, custom properties holding a job number, a language or a number, a
masthead above a copy's citation of another text, two suggested citations of two texts, a
citation with no year, a citing sentence that opens with the label's word but no colon.

Every passage is written for these tests in UN style (numbers, titles and dates invented);
each row fails on 48031dc6 but the look-alikes, which pass on both."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text
from rescite.read import text_of
from test_formats_word import NS, p, run, word_zip

#: (the records' target and date)
Cited = set[tuple[str, str | None]]

_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"


def _custom(props: list[tuple[str, str, str]]) -> str:
    """A custom properties part: each property's name, value type and value."""
    body = "".join(
        f'<property fmtid="{_FMTID}" pid="{i}" name="{name}"><vt:{kind}>{value}</vt:{kind}></property>'
        for i, (name, kind, value) in enumerate(props, 2)
    )
    return f'<Properties xmlns="{_CUSTOM}" xmlns:vt="{_VT}">{body}</Properties>'


def _field(instruction: str) -> str:
    """A field whose result was never stored: its instruction alone."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def _word(body: str, props: list[tuple[str, str, str]], header: str | None = None) -> bytes:
    """A Word file: ``body``'s paragraphs, the first page's ``header`` (none: no header part),
    the custom properties ``props``."""
    margins = {"header1.xml": header} if header is not None else {}
    refs = '<w:headerReference w:type="first" r:id="rId10"/><w:titlePg/>' if header is not None else ""
    document = f"<w:document {NS}><w:body>{body}<w:sectPr>{refs}</w:sectPr></w:body></w:document>"
    rels = {"rId10": "header1.xml"} if header is not None else {}
    return word_zip(document, margins, rels, {"docProps/custom.xml": _custom(props)})


def _own_and_cited(data: bytes, name: str) -> tuple[str | None, Cited]:
    res = extract_text(text_of(data, name), source=name)
    return res.document.source_id, {(str(c.target), c.date) for c in res.citations if c.target}


EN_BODY = (
    p("Eighty-first session")
    + p("Item 64 of the preliminary list*")
    + p("Rights of older persons in rural areas")
    + p("Report of the Secretary-General")
    + p(
        "1.",
        run("The present report is submitted pursuant to resolution 79/163 of 17 December 2024.", tab=True),
    )
)
FR_BODY = (
    p("Conseil des droits de l’homme")
    + p("Soixante-deuxième session")
    + p("Lituanie, Uruguay : projet de résolution")
    + p("Le Conseil des droits de l’homme,")
    + p("Rappelant sa résolution 58/14 du 3 avril 2025,")
)
ES_BODY = (
    p("Comisión de Estupefacientes")
    + p("70º período de sesiones")
    + p("Proyecto de resolución presentado por la Mesa")
    + p("Recordando la resolución 79/160 de la Asamblea General, de 17 de diciembre de 2024,")
)
SYMBOL_FIELD = (
    '<w:p><w:pPr><w:jc w:val="right"/></w:pPr>' + _field('DOCPROPERTY "Symbol1" \\* MERGEFORMAT') + "</w:p>"
)
JOB = ("JobNo", "lpwstr", "2612345E")

WORD_ROWS: list[tuple[str, bytes, str | None, Cited]] = [
    # the header's field shows nothing: the property is the only copy of the symbol
    (
        "en-field",
        _word(EN_BODY, [("Symbol1", "lpwstr", "A/81/150"), JOB], SYMBOL_FIELD),
        "A/81/150",
        {("A/RES/79/163", "2024-12-17")},
    ),
    # no header part at all
    (
        "fr-no-header",
        _word(FR_BODY, [JOB, ("sym1", "lpwstr", "A/HRC/62/L.9")]),
        "A/HRC/62/L.9",
        {("A/HRC/RES/58/14", "2025-04-03")},
    ),
    (
        "es-lpstr",
        _word(ES_BODY, [("Symbol1", "lpstr", "E/CN.7/2027/L.4"), JOB], SYMBOL_FIELD),
        "E/CN.7/2027/L.4",
        {("A/RES/79/160", "2024-12-17")},
    ),
]
WORD_LOOK_ALIKES: list[tuple[str, bytes, str | None, Cited]] = [
    # the header shows another symbol than the property: the page's is the own id
    (
        "header-shows",
        _word(EN_BODY, [("Symbol1", "lpwstr", "A/81/150")], p("A/81/151")),
        "A/81/151",
        {("A/RES/79/163", "2024-12-17")},
    ),
    # a body masthead gives the symbol
    (
        "body-masthead",
        _word(p("United Nations", run("A/81/152", tab=True)) + EN_BODY, [("Symbol1", "lpwstr", "A/81/150")]),
        "A/81/152",
        {("A/RES/79/163", "2024-12-17")},
    ),
    # properties that hold no symbol: a job number, a language, a number
    (
        "no-symbol",
        _word(EN_BODY, [JOB, ("Original", "lpwstr", "English"), ("Pages", "i4", "12")], SYMBOL_FIELD),
        None,
        {("A/RES/79/163", "2024-12-17")},
    ),
]


@pytest.mark.parametrize(
    ("name", "data", "own", "cited"),
    WORD_ROWS + WORD_LOOK_ALIKES,
    ids=lambda x: x if isinstance(x, str) and len(x) < 20 else "",
)
def test_word_properties(name: str, data: bytes, own: str | None, cited: Cited) -> None:
    assert _own_and_cited(data, name + ".docx") == (own, cited)


# -- a copy's suggested citation of the text itself -----------------------------------------------
LINK = ", available at: https://www.example.org/docid/6c2e41.html [accessed 4 February 2027]"
EN_TEXT = (
    "The General Assembly,\n\nRecalling its resolution 79/163 of 17 December 2024,\n\n"
    "1. Decides to consider the question at its eighty-second session.\n"
)
FR_TEXT = (
    "L’Assemblée générale,\n\nRappelant sa résolution 79/163 du 17 décembre 2024,\n\n"
    "1. Décide d’examiner la question à sa quatre-vingt-deuxième session.\n"
)
ES_TEXT = (
    "La Asamblea General,\n\nRecordando su resolución 79/163, de 17 de diciembre de 2024,\n\n"
    "1. Decide examinar la cuestión en su octogésimo segundo período de sesiones.\n"
)
META = "Rights of older persons in rural areas\n- Author: UN General Assembly\n- Date: 9 December 2026\n\n"
CITE_EN = "UN General Assembly, Rights of older persons in rural areas, 9 December 2026, A/RES/81/57"
CITED_EN: Cited = {("A/RES/79/163", "2024-12-17")}

CITE_ROWS: list[tuple[str, str, str | None, Cited]] = [
    # under the title and the copy's metadata, its link after it
    ("en", META + "Cite as: " + CITE_EN + LINK + "\n\n" + EN_TEXT, "A/RES/81/57", CITED_EN),
    # … without its link, under the title
    (
        "en",
        "Rights of older persons in rural areas\n\nCite as: " + CITE_EN + "\n\n" + EN_TEXT,
        "A/RES/81/57",
        CITED_EN,
    ),
    # the label alone on the line above, a box under the text
    (
        "en",
        "Rights of older persons in rural areas\n\n" + EN_TEXT + "\nCite as\n" + CITE_EN + LINK + "\n",
        "A/RES/81/57",
        CITED_EN,
    ),
    (
        "fr",
        "Droits des personnes âgées\n\nCiter comme : Assemblée générale des Nations Unies, "
        "Droits des personnes âgées, 9 décembre 2026, A/RES/81/57\n\n" + FR_TEXT,
        "A/RES/81/57",
        CITED_EN,
    ),
    (
        "es",
        "Derechos de las personas de edad\n\nCitar como: Asamblea General de las Naciones Unidas, "
        "Derechos de las personas de edad, 9 de diciembre de 2026, A/RES/81/57\n\n" + ES_TEXT,
        "A/RES/81/57",
        CITED_EN,
    ),
]
CITE_ROWS += [
    (
        "ru",
        "Права пожилых людей\n\nЦитировать как: Генеральная Ассамблея ООН, Права пожилых людей, 9 декабря "
        "2026 года, A/RES/81/57\n\nГенеральная Ассамблея,\n\nссылаясь на свою резолюцию 79/163 от 17 декабря "
        "2024 года,\n\n1. постановляет рассмотреть этот вопрос на своей восемьдесят второй сессии.\n",
        "A/RES/81/57",
        CITED_EN,
    ),
    (
        "zh",
        "老年人的权利\n\n引用格式：联合国大会，老年人的权利，2026年12月9日，A/RES/81/57\n\n大会，\n\n"
        "回顾其2024年12月17日第79/163号决议，\n\n1. 决定在第八十二届会议上审议这一问题。\n",
        "A/RES/81/57",
        CITED_EN,
    ),
    (
        "ar",
        "حقوق كبار السن\n\nطريقة الاستشهاد: الجمعية العامة للأمم المتحدة، حقوق كبار السن، "
        "9 كانون الأول/ديسمبر 2026، A/RES/81/57\n\nإن الجمعية العامة،\n\n"
        "إذ تشير إلى قرارها 79/163 المؤرخ 17 كانون الأول/ديسمبر 2024،\n\n"
        "1. تقرر أن تنظر في المسألة في دورتها الثانية والثمانين.\n",
        "A/RES/81/57",
        CITED_EN,
    ),
]
CITE_LOOK_ALIKES: list[tuple[str, str, str | None, Cited]] = [
    # a masthead gives the own id: the copy's citation of another text is cited
    (
        "en",
        "United Nations\nA/81/300\n\nGeneral Assembly\n\nCite as: " + CITE_EN + "\n\n" + EN_TEXT,
        "A/81/300",
        CITED_EN | {("A/RES/81/57", None)},
    ),
    # two suggested citations of two texts: a list, neither the own id
    (
        "en",
        "Rights of older persons\n\n"
        + EN_TEXT
        + "\nCite as: "
        + CITE_EN
        + "\nCite as: UN General Assembly, Rights of "
        "rural women, 9 December 2026, A/RES/81/58\n",
        None,
        CITED_EN | {("A/RES/81/57", None), ("A/RES/81/58", None)},
    ),
    # a citation with no year
    (
        "en",
        "Rights of older persons\n\nCite as: UN General Assembly, Rights of older persons, A/RES/81/57\n\n"
        + EN_TEXT,
        None,
        CITED_EN | {("A/RES/81/57", None)},
    ),
    # the label's word opening a sentence, no colon
    (
        "en",
        "Rights of older persons\n\nCitation of the Assembly, in 2026, of A/RES/81/57 is frequent.\n\n"
        + EN_TEXT,
        None,
        CITED_EN | {("A/RES/81/57", None)},
    ),
]


@pytest.mark.parametrize(("lang", "text", "own", "cited"), CITE_ROWS + CITE_LOOK_ALIKES)
def test_cite_as(lang: str, text: str, own: str | None, cited: Cited) -> None:
    res = extract_text(text, lang=lang)
    assert res.document.source_id == own
    assert {(str(c.target), c.date) for c in res.citations if c.target} == cited


def test_cite_as_in_a_saved_page() -> None:
    """The page's box of its suggested citation, a term and its description, under the text."""
    page = (
        "<html><body><h1>Rights of older persons in rural areas</h1><p>The General Assembly,</p>"
        "<p><i>Recalling</i> its resolution 79/163 of 17 December 2024,</p>"
        "<p>1. <i>Decides</i> to consider the question at its eighty-second session.</p>"
        f"<dl><dt>Cite as</dt><dd>{CITE_EN}{LINK}</dd></dl></body></html>"
    )
    assert _own_and_cited(page.encode(), "page.html") == ("A/RES/81/57", CITED_EN)
