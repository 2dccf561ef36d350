"""Official files as users download them (issue 7, session 23): a session volume in PDF, whose
contents page lists its texts ("80/21 Title ........ 3").  A contents entry names a text the
volume holds; it is no citation.  Every text is written for these tests in UN style."""

from __future__ import annotations

import html

import pytest

from official_files import A4_PAGE, fodt_document, fodt_p, libreoffice_rows
from rescite.engine.extract import extract_text
from rescite.read import text_of

# (language, the cover's lines, the volume's heading, the contents' heading, a text's heading,
# the body's line, a preambular paragraph that cites, the meeting's line, the three titles)
VOLUMES = {
    "en": (
        [
            "General Assembly",
            "Official Records",
            "Eighty-first Session",
            "Supplement No. 49 (A/81/49)",
            "Volume I",
        ],
        "Resolutions adopted by the General Assembly during its eighty-first session",
        "Contents",
        "Resolution {n}",
        "The General Assembly,",
        "Recalling its resolution 77/{k} of 9 December 2022,",
        "51st plenary meeting",
        ["Water for rural development", "Rights of persons with disabilities", "Road safety in cities"],
    ),
    "fr": (
        [
            "Assemblée générale",
            "Documents officiels",
            "Quatre-vingt-unième session",
            "Supplément no 49 (A/81/49)",
            "Volume I",
        ],
        "Résolutions adoptées par l'Assemblée générale à sa quatre-vingt-unième session",
        "Table des matières",
        "Résolution {n}",
        "L'Assemblée générale,",
        "Rappelant sa résolution 77/{k} du 9 décembre 2022,",
        "51e séance plénière",
        ["Eau et développement rural", "Droits des personnes handicapées", "Sécurité routière urbaine"],
    ),
    "es": (
        [
            "Asamblea General",
            "Documentos Oficiales",
            "Octogésimo primer período de sesiones",
            "Suplemento núm. 49 (A/81/49)",
            "Volumen I",
        ],
        "Resoluciones aprobadas por la Asamblea General durante su octogésimo primer período de sesiones",
        "Índice",
        "Resolución {n}",
        "La Asamblea General,",
        "Recordando su resolución 77/{k}, de 9 de diciembre de 2022,",
        "51a sesión plenaria",
        [
            "El agua para el desarrollo rural",
            "Derechos de las personas con discapacidad",
            "Seguridad vial urbana",
        ],
    ),
    "ru": (
        [
            "Генеральная Ассамблея",
            "Официальные отчеты",
            "Восемьдесят первая сессия",
            "Дополнение № 49 (A/81/49)",
            "Том I",
        ],
        "Резолюции, принятые Генеральной Ассамблеей на ее восемьдесят первой сессии",
        "Содержание",
        "Резолюция {n}",
        "Генеральная Ассамблея,",
        "ссылаясь на свою резолюцию 77/{k} от 9 декабря 2022 года,",
        "51-е пленарное заседание",
        [
            "Вода для развития сельских районов",
            "Права инвалидов",
            "Безопасность дорожного движения в городах",
        ],
    ),
    "zh": (
        ["大会", "正式记录", "第八十一届会议", "补编第49号(A/81/49)", "第一卷"],
        "大会第八十一届会议通过的决议",
        "目录\n决议 标题 页次",
        "{n}. 决议",
        "大会，",
        "回顾其2022年12月9日第77/{k}号决议，",
        "第51次全体会议",
        ["水促进农村发展", "残疾人权利", "城市道路安全"],
    ),
    "ar": (
        [
            "الجمعية العامة",
            "الوثائق الرسمية",
            "الدورة الحادية والثمانون",
            "الملحق رقم 49 (A/81/49)",
            "المجلد الأول",
        ],
        "القرارات التي اتخذتها الجمعية العامة في دورتها الحادية والثمانين",
        "المحتويات",
        "القرار {n}",
        "إن الجمعية العامة،",
        "إذ تشير إلى قرارها 77/{k} المؤرخ 9 كانون الأول/ديسمبر 2022،",
        "الجلسة العامة 51",
        ["المياه من أجل التنمية الريفية", "حقوق الأشخاص ذوي الإعاقة", "السلامة على الطرق في المدن"],
    ),
}
NUMBERS = ["80/21", "80/22", "80/23"]


def _volume(lang: str, leader: str) -> str:
    """A volume's text layer as a PDF gives it: its cover, its contents page (each entry's
    page number after ``leader``), then its texts, page by page (a job number at each foot)."""
    cover, heading, contents, head, body, cites, meeting, titles = VOLUMES[lang]
    lines = [*cover, heading, "27-05678 1\f" + contents]
    lines += [
        f"{n} {title}{leader}{3 + 2 * k}" for k, (n, title) in enumerate(zip(NUMBERS, titles, strict=True))
    ]
    lines.append("27-05678 2\f")
    for k, (n, title) in enumerate(zip(NUMBERS, titles, strict=True)):
        lines += [head.format(n=n), title, body, cites.format(k=140 + k), meeting]
    return "\n".join(lines) + "\n"


# (row id, language, what stands between an entry's title and its page number)
CONTENTS_ROWS = [
    (f"{lang} {name}", lang, leader)
    for lang in VOLUMES
    for name, leader in (("space", " "), ("dots", " ........ "))
]


@pytest.mark.parametrize(
    ("lang", "leader"), [r[1:] for r in CONTENTS_ROWS], ids=[r[0] for r in CONTENTS_ROWS]
)
def test_a_volume_contents_entry_is_no_citation(lang: str, leader: str) -> None:
    res = extract_text(_volume(lang, leader))
    got = sorted((c.source_id, c.target) for c in res.citations)
    assert got == [(f"A/RES/{n}", f"A/RES/77/{140 + k}") for k, n in enumerate(NUMBERS)]


# -- the same volume as LibreOffice prints it: the contents' page numbers at a tab stop -----------
_STYLES = (
    """
<style:style style:name="P" style:family="paragraph">
<style:text-properties fo:font-size="11pt"/></style:style>
<style:style style:name="T" style:family="paragraph"><style:paragraph-properties>
<style:tab-stops><style:tab-stop style:position="16cm" style:type="right" style:leader-style="{leader}"
 style:leader-text="{text}"/></style:tab-stops></style:paragraph-properties>
<style:text-properties fo:font-size="11pt"/></style:style>
<style:style style:name="B" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/>
<style:text-properties fo:font-size="11pt"/></style:style>
"""
    + A4_PAGE
)


def _volume_fodt(lang: str) -> str:
    cover, heading, contents, head, body, cites, meeting, titles = VOLUMES[lang]
    parts = [fodt_p(x) for x in [*cover, heading]]
    parts.append(fodt_p(contents, "B"))
    for k, (n, title) in enumerate(zip(NUMBERS, titles, strict=True)):
        parts.append(f'<text:p text:style-name="T">{n} {html.escape(title)}<text:tab/>{3 + 2 * k}</text:p>')
    for k, (n, title) in enumerate(zip(NUMBERS, titles, strict=True)):
        parts.append(fodt_p(head.format(n=n), "B"))
        parts += [fodt_p(x) for x in (title, body, cites.format(k=140 + k), meeting)]
    return "".join(parts)


# (row id, language, the tab's leader: its style, its character)
PDF_ROWS = [
    ("en dotted", "en", "dotted", "."),
    ("fr blank", "fr", "none", " "),
    ("es dotted", "es", "dotted", "."),
]


@pytest.fixture(scope="module")
def volumes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    docs = {
        name: fodt_document(_STYLES.format(leader=style, text=char), _volume_fodt(lang))
        for name, lang, style, char in PDF_ROWS
    }
    return libreoffice_rows(docs, tmp_path_factory.mktemp("vol"))


@pytest.mark.parametrize("name", [r[0] for r in PDF_ROWS])
def test_a_volume_contents_entry_in_a_libreoffice_pdf(volumes: dict[str, bytes], name: str) -> None:
    res = extract_text(text_of(volumes[name], "volume.pdf"))
    got = sorted((c.source_id, c.target) for c in res.citations)
    assert got == [(f"A/RES/{n}", f"A/RES/77/{140 + k}") for k, n in enumerate(NUMBERS)]


# -- an Arabic text as LibreOffice prints it --------------------------------------------------
# LibreOffice draws a right-to-left line's words in reading order, but a number's slash after
# the number, in the gap left for it ("78", "246", then "/"), and a symbol's letters and
# slashes over its numbers: the text layer read "78 246/" for 78/246 and "80 123A/ /" for
# A/80/123, and every citation was lost.
_AR_STYLES = (
    """
<style:style style:name="P" style:family="paragraph">
<style:paragraph-properties style:writing-mode="rl-tb"/>
<style:text-properties fo:font-family="Noto Naskh Arabic" style:font-family-complex="Noto Naskh Arabic"
 fo:font-size="12pt" style:font-size-complex="12pt"/></style:style>
<style:style style:name="N" style:family="paragraph">
<style:paragraph-properties style:writing-mode="rl-tb"/>
<style:text-properties fo:font-size="9pt" style:font-size-complex="9pt"/></style:style>
"""
    + A4_PAGE
)
_AR_HEAD = [
    "الدورة الثمانون",
    "قرار اتخذته الجمعية العامة في 11 كانون الأول/ديسمبر 2025",
    "80/77 - تعزيز التعاون الإقليمي في مجال المياه",
    "إن الجمعية العامة،",
]

# (row id, the body's paragraphs, a footnote after the first one (or ""), the targets read)
ARABIC_ROWS = [
    (
        "dated resolutions",
        [
            "إذ تشير إلى قراريها 76/218 المؤرخ 17 كانون الأول/ديسمبر 2021"
            " و 78/151 المؤرخ 19 كانون الأول/ديسمبر 2023،"
        ],
        "",
        ["A/RES/76/218", "A/RES/78/151"],
    ),
    (
        "document symbol",
        ["1 - تحيط علما بتقرير الأمين العام (A/80/274)؛"],
        "",
        ["A/80/274"],
    ),
    (
        "security council year",
        ["وإذ تشير إلى قرار مجلس الأمن 1325 (2000) المؤرخ 31 تشرين الأول/أكتوبر 2000 وإلى قرارها 79/167،"],
        "",
        ["A/RES/79/167", "S/RES/1325(2000)"],
    ),
    (
        "footnote",
        ["وإذ تحيط علما بتقرير المقرر الخاص،", "2 - تقرر أن تواصل النظر في هذه المسألة."],
        "انظر تقرير الأمين العام (A/80/262)، الفرع الثاني.",
        ["A/80/262"],
    ),
]


def _ar_fodt(body: list[str], note: str) -> str:
    def para(line: str, extra: str = "") -> str:
        return f'<text:p text:style-name="P">{html.escape(line)}{extra}</text:p>'

    mark = (
        '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body>'
        f'<text:p text:style-name="N">{html.escape(note)}</text:p></text:note-body></text:note>'
    )
    lines = [para(x) for x in _AR_HEAD]
    lines += [para(x, mark if note and k == 0 else "") for k, x in enumerate(body)]
    return fodt_document(_AR_STYLES, "".join(lines))


@pytest.fixture(scope="module")
def arabic(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    docs = {r[0]: _ar_fodt(r[1], r[2]) for r in ARABIC_ROWS}
    return libreoffice_rows(docs, tmp_path_factory.mktemp("ar"))


@pytest.mark.parametrize(
    ("name", "targets"), [(r[0], r[3]) for r in ARABIC_ROWS], ids=[r[0] for r in ARABIC_ROWS]
)
def test_an_arabic_libreoffice_pdf_keeps_its_citations(
    arabic: dict[str, bytes], name: str, targets: list[str]
) -> None:
    res = extract_text(text_of(arabic[name], "ar.pdf"))
    # (the text's own id is read from its heading's number: "80/77 - …")
    assert sorted((c.source_id, str(c.target)) for c in res.citations) == [
        ("A/RES/80/77", t) for t in targets
    ]
