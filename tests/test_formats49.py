"""Official files as they come (issue 7, session 49), read from files built here.

Official documents of kinds not swept before (treaty bodies' concluding observations and
lists of issues under the older masthead, their addenda, the Committee on Economic, Social and
Cultural Rights' and the Human Rights Committee's texts of the years before the present
masthead, regional commissions' resolutions, the Economic and Social Council's compilations
with a table set turned) were made into PDF and Word files (LibreOffice, Word tables) and
read back; what they taught:

* the older masthead sets the series' letters of the text's own symbol in large type beside
  the organisation's name, the issuing treaty body's name under them, and the distribution
  mark, the symbol and the date in the other column ("UNITED NATIONS CRC⏎Convention on the
  Rights⏎of the Child⏎Distr.⏎GENERAL⏎CRC/C/15/Add.921", fr "NATIONS UNIES⏎CCPR⏎Pacte
  international relatif aux droits civils et politiques⏎Distr.⏎GÉNÉRALE", es, ru, zh, ar): the
  name is the issuer, no treaty cited (the Convention or the Covenant was cited by every such
  file, its letters' line not taken for the organisation's);
* an addendum's masthead symbol with the day of its date glued on, as a masthead's cells run
  together in a copy ("CRC/C/15/Add.92130 juin 2004", en "CCPR/C/79/Add.9101 July 2004", es
  "E/C.12/1/Add.91714 de mayo de 2004"), is parted from the day as a symbol whose last
  element is a number is ("…/Add.921" and "30 juin 2004"; the own id was "…/Add.92130");
* a regional commission's own heading under its masthead ("ESCAP/RES/83/4⏎…⏎Resolution 83/4",
  fr "Résolution 83/4", ru "Резолюция 83/4", zh "第83/4号决议", ar "القرار 83/4", es
  "E/ECA/CM/58/RES/1031⏎…⏎Resolución 1031 (LVIII)"), its texts without an id scheme, is no
  citation of the text itself (was an unresolved record, "the citing body ESCAP");
* a table of adopted texts whose cells' text is set turned a quarter (a landscape table on an
  upright page, LibreOffice's rotated cells) keeps its numbers and dates: each glyph of a
  turned line is drawn higher up the page than the one before, which is no note's mark raised
  ("2⁰2⁷/1⁴", "2³ July 2⁰2⁷" were read; the resolutions and their dates were lost), while a
  mark raised on an upright line stays a mark ("74/270¹").

Every passage is written for these tests in UN style (numbers, dates and titles invented);
each row fails on 41461e66 but the look-alikes, which pass on both."""

from __future__ import annotations

import pytest

from official_files import A4_PAGE, fodt_document, fodt_p, libreoffice_pdfs
from rescite.engine.extract import extract_text
from rescite.models import ExtractResult
from rescite.read import text_of
from test_formats_word import docx, p, table

#: (the records' target and date)
Cited = set[tuple[str, str | None]]


def _cited(res: ExtractResult) -> Cited:
    return {(str(c.target), c.date) for c in res.citations if c.target}


_RES = ("A/RES/57/190", "2002-12-18")

# -- 1. the older masthead: the series' letters, the issuing body's name under them -----------
OLDER_ROWS: list[tuple[str, str, str, Cited]] = [
    (
        "en-crc-letters-beside-organisation",
        "UNITED NATIONS CRC\nConvention on the Rights\nof the Child\nDistr.\nGENERAL\n"
        "CRC/C/15/Add.921\n21 July 2004\nOriginal: ENGLISH\n"
        "COMMITTEE ON THE RIGHTS OF THE CHILD\nThirty-seventh session\n"
        "1. The Committee recalls General Assembly resolution 57/190 of 18 December 2002.\n",
        "CRC/C/15/Add.921",
        {_RES},
    ),
    (
        "en-cerd-letters-alone",
        "UNITED NATIONS\nCERD\nInternational Convention on\nthe Elimination of all Forms\n"
        "of Racial Discrimination\nDistr.\nGENERAL\nCERD/C/65/CO/9\n2 April 2004\n"
        "Original: ENGLISH\n"
        "1. The Committee recalls General Assembly resolution 57/190 of 18 December 2002.\n",
        "CERD/C/65/CO/9",
        {_RES},
    ),
    (
        "fr-ccpr-letters-alone",
        "NATIONS UNIES\nCCPR\nPacte international\nrelatif aux droits civils\net politiques\n"
        "Distr.\nGÉNÉRALE\nCCPR/C/79/Add.912\n30 juin 2004\nFRANÇAIS\nOriginal: ANGLAIS\n"
        "COMITÉ DES DROITS DE L’HOMME\n"
        "1. Le Comité rappelle la résolution 57/190 de l’Assemblée générale, en date du "
        "18 décembre 2002.\n",
        "CCPR/C/79/Add.912",
        {_RES},
    ),
    (
        "es-cat-letters-alone",
        "NACIONES UNIDAS\nCAT\nConvención contra la Tortura\ny Otros Tratos o Penas Crueles,\n"
        "Inhumanos o Degradantes\nDistr.\nGENERAL\nCAT/C/CR/34/7\n9 de mayo de 2004\n"
        "ESPAÑOL\nOriginal: INGLÉS\n"
        "1. El Comité recuerda la resolución 57/190 de la Asamblea General, de 18 de diciembre "
        "de 2002.\n",
        "CAT/C/CR/34/7",
        {_RES},
    ),
    (
        "ru-crc-letters-beside-organisation",
        "ОРГАНИЗАЦИЯ ОБЪЕДИНЕННЫХ НАЦИЙ CRC\nКонвенция о правах ребенка\nDistr.\nGENERAL\n"
        "CRC/C/15/Add.921\n21 July 2004\nRUSSIAN\nOriginal: ENGLISH\n"
        "1. Комитет ссылается на резолюцию 57/190 Генеральной Ассамблеи от 18 декабря 2002 года.\n",
        "CRC/C/15/Add.921",
        {_RES},
    ),
    (
        "zh-crc-letters-beside-organisation",
        "联合国 CRC\n儿童权利公约\nDistr.\nGENERAL\nCRC/C/15/Add.921\n21 July 2004\nCHINESE\n"
        "Original: ENGLISH\n1. 委员会回顾大会2002年12月18日第57/190号决议。\n",
        "CRC/C/15/Add.921",
        {_RES},
    ),
    (
        "ar-crc-letters-beside-organisation",
        "الأمم المتحدة CRC\nاتفاقية حقوق الطفل\nDistr.\nGENERAL\nCRC/C/15/Add.921\n21 July 2004\n"
        "ARABIC\nOriginal: ENGLISH\n"
        "1 - تشير اللجنة إلى قرار الجمعية العامة 57/190 المؤرخ 18 كانون الأول/ديسمبر 2002.\n",
        "CRC/C/15/Add.921",
        {_RES},
    ),
]


@pytest.mark.parametrize(("name", "text", "own", "want"), OLDER_ROWS, ids=[r[0] for r in OLDER_ROWS])
def test_the_older_masthead_names_its_issuer(name: str, text: str, own: str, want: Cited) -> None:
    res = extract_text(text, source=f"{name}.pdf")
    assert res.document.source_id == own
    assert _cited(res) == want, sorted(_cited(res), key=str)


_CRC = ("UNTS/1577/27531", None)
# look-alikes: letters of another series than the own symbol's; the letters' line over a name
# that the text goes on from (no distribution mark, no symbol under it): the treaty is cited
OLDER_LOOKALIKES: list[tuple[str, str, Cited]] = [
    (
        "en-other-series-letters",
        "UNITED NATIONS CAT\nConvention on the Rights of the Child\nDistr.\nGENERAL\n"
        "CRC/C/15/Add.921\n21 July 2004\n",
        {_CRC},
    ),
    (
        "en-letters-then-sentence",
        "UNITED NATIONS CRC\nConvention on the Rights of the Child\n"
        "1. The Committee recalls General Assembly resolution 57/190 of 18 December 2002.\n",
        {_CRC, _RES},
    ),
]


@pytest.mark.parametrize(("name", "text", "want"), OLDER_LOOKALIKES, ids=[r[0] for r in OLDER_LOOKALIKES])
def test_the_older_masthead_lookalikes(name: str, text: str, want: Cited) -> None:
    res = extract_text(text, source=f"{name}.pdf")
    assert _cited(res) == want, sorted(_cited(res), key=str)


# -- 2. the older masthead as LibreOffice and Word lay it out: a table of its cells ----------
_STYLES = '<style:style style:name="P" style:family="paragraph"/>' + A4_PAGE
_OLDER_FILES: dict[str, tuple[str, str, list[str], list[str], list[str], str]] = {
    "en-crc": (
        "UNITED NATIONS",
        "CRC",
        ["Convention on the Rights", "of the Child"],
        ["Distr.", "GENERAL", "CRC/C/15/Add.921", "21 July 2004", "Original: ENGLISH"],
        [
            "COMMITTEE ON THE RIGHTS OF THE CHILD",
            "1. The Committee recalls General Assembly resolution 57/190 of 18 December 2002.",
        ],
        "CRC/C/15/Add.921",
    ),
    "fr-ccpr": (
        "NATIONS UNIES",
        "CCPR",
        ["Pacte international", "relatif aux droits civils", "et politiques"],
        ["Distr.", "GÉNÉRALE", "CCPR/C/79/Add.912", "30 juin 2004", "FRANÇAIS", "Original: ANGLAIS"],
        [
            "COMITÉ DES DROITS DE L’HOMME",
            "1. Le Comité rappelle la résolution 57/190 de l’Assemblée générale, "
            "en date du 18 décembre 2002.",
        ],
        "CCPR/C/79/Add.912",
    ),
}


def _older_fodt(org: str, letters: str, name: list[str], right: list[str], body: list[str]) -> str:
    """The older masthead as a table: the organisation's name and the series' letters on the
    first row, the issuer's name (two cells wide) and the distribution column on the second."""
    mast = (
        '<table:table table:name="M"><table:table-column table:number-columns-repeated="3"/>'
        f"<table:table-row><table:table-cell>{fodt_p(org)}</table:table-cell>"
        f"<table:table-cell>{fodt_p(letters)}</table:table-cell><table:table-cell/></table:table-row>"
        '<table:table-row><table:table-cell table:number-columns-spanned="2">'
        + "".join(fodt_p(x) for x in name)
        + "</table:table-cell><table:covered-table-cell/><table:table-cell>"
        + "".join(fodt_p(x) for x in right)
        + "</table:table-cell></table:table-row></table:table>"
    )
    return fodt_document(_STYLES, mast + "".join(fodt_p(x) for x in body))


def _older_docx(org: str, letters: str, name: list[str], right: list[str], body: list[str]) -> bytes:
    mast = table([[p(org), p(letters)], ["".join(p(x) for x in name), "".join(p(x) for x in right)]])
    return docx(mast + "".join(p(x) for x in body))


@pytest.fixture(scope="module")
def older_pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    made = libreoffice_pdfs(
        {k: _older_fodt(*v[:5]) for k, v in _OLDER_FILES.items()}, tmp_path_factory.mktemp("formats49")
    )
    if made is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    return made


@pytest.mark.parametrize("name", sorted(_OLDER_FILES))
def test_the_older_masthead_in_a_libreoffice_pdf(older_pdfs: dict[str, bytes], name: str) -> None:
    if name not in older_pdfs:
        pytest.skip(f"{name} was not converted")
    res = extract_text(text_of(older_pdfs[name], f"{name}.pdf"), source=f"{name}.pdf")
    assert res.document.source_id == _OLDER_FILES[name][5]
    assert _cited(res) == {_RES}, sorted(_cited(res), key=str)


@pytest.mark.parametrize("name", sorted(_OLDER_FILES))
def test_the_older_masthead_in_a_word_file(name: str) -> None:
    data = _older_docx(*_OLDER_FILES[name][:5])
    res = extract_text(text_of(data, f"{name}.docx"), source=f"{name}.docx")
    assert res.document.source_id == _OLDER_FILES[name][5]
    assert _cited(res) == {_RES}, sorted(_cited(res), key=str)


# -- 3. an addendum's masthead symbol with its date's day glued on ----------------------------
GLUED_ROWS: list[tuple[str, str, str]] = [
    (
        "fr-addendum-day-glued",
        "Nations Unies\nCRC/C/15/Add.92130 juin 2004\nDistr. générale\nOriginal : anglais\n"
        "1. Le Comité rappelle la résolution 57/190 de l’Assemblée générale.\n",
        "CRC/C/15/Add.921",
    ),
    (
        "en-addendum-one-figure-day",
        "United Nations\nCCPR/C/79/Add.9101 July 2004\nDistr.: General\n"
        "1. The Committee recalls General Assembly resolution 57/190.\n",
        "CCPR/C/79/Add.910",
    ),
    (
        "es-addendum-day-glued",
        "Naciones Unidas\nE/C.12/1/Add.91714 de mayo de 2004\nDistr. general\n"
        "1. El Comité recuerda la resolución 57/190 de la Asamblea General.\n",
        "E/C.12/1/Add.917",
    ),
    (
        "en-revision-day-glued",
        "United Nations\nE/CN.4/2004/L.12/Rev.215 April 2004\nDistr.: Limited\n"
        "The Commission on Human Rights,\nRecalling General Assembly resolution 57/190,\n",
        "E/CN.4/2004/L.12/Rev.2",
    ),
]


@pytest.mark.parametrize(("name", "text", "own"), GLUED_ROWS, ids=[r[0] for r in GLUED_ROWS])
def test_an_addendums_symbol_glued_to_its_day(name: str, text: str, own: str) -> None:
    res = extract_text(text, source=f"{name}.pdf")
    assert res.document.source_id == own
    assert {str(c.target) for c in res.citations if c.target} == {"A/RES/57/190"}


# look-alikes: the addendum's symbol apart from its date; the symbol written whole again in a
# page's header, its month without a day (left as it stands)
GLUED_LOOKALIKES: list[tuple[str, str, str]] = [
    (
        "en-addendum-apart",
        "United Nations\nCCPR/C/79/Add.912 1 July 2004\nDistr.: General\n"
        "1. The Committee recalls General Assembly resolution 57/190.\n",
        "CCPR/C/79/Add.912",
    ),
    (
        "en-addendum-written-again",
        "United Nations\nCCPR/C/79/Add.12 July 2004\nDistr.: General\n"
        "1. The Committee recalls General Assembly resolution 57/190.\n\fCCPR/C/79/Add.12\npage 2\n"
        "2. The Committee notes the report.\n",
        "CCPR/C/79/Add.12",
    ),
]


@pytest.mark.parametrize(("name", "text", "own"), GLUED_LOOKALIKES, ids=[r[0] for r in GLUED_LOOKALIKES])
def test_an_addendums_symbol_glued_to_its_day_lookalikes(name: str, text: str, own: str) -> None:
    res = extract_text(text, source=f"{name}.pdf")
    assert res.document.source_id == own


# -- 4. a regional commission's own heading, its texts without an id scheme -------------------
_ESCAP_HEAD = "ESCAP/RES/83/4"
OWN_HEADING_ROWS: list[tuple[str, str, str, set[str]]] = [
    (
        "en-escap-heading",
        "United Nations\nESCAP/RES/83/4\nEconomic and Social Council\nDistr.: General\n21 May 2027\n"
        "Economic and Social Commission for Asia and the Pacific\nEighty-third session\n"
        "Resolution 83/4\nStrengthening regional cooperation on inland transport\n"
        "The Economic and Social Commission for Asia and the Pacific,\n"
        "Recalling its resolution 81/7 of 30 April 2025,\n",
        _ESCAP_HEAD,
        {"81/7"},
    ),
    (
        "fr-escap-heading",
        "Nations Unies\nESCAP/RES/83/4\nConseil économique et social\nDistr. générale\n21 mai 2027\n"
        "Commission économique et sociale pour l’Asie et le Pacifique\nQuatre-vingt-troisième session\n"
        "Résolution 83/4\nRenforcer la coopération régionale dans le domaine des transports intérieurs\n"
        "La Commission économique et sociale pour l’Asie et le Pacifique,\n"
        "Rappelant sa résolution 81/7 du 30 avril 2025,\n",
        _ESCAP_HEAD,
        {"81/7"},
    ),
    (
        "ru-escap-heading",
        "Организация Объединенных Наций\nESCAP/RES/83/4\nЭкономический и Социальный Совет\n"
        "Distr.: General\n21 May 2027\n"
        "Экономическая и социальная комиссия для Азии и Тихого океана\nВосемьдесят третья сессия\n"
        "Резолюция 83/4\nУкрепление регионального сотрудничества в области внутреннего транспорта\n"
        "Экономическая и социальная комиссия для Азии и Тихого океана,\n"
        "ссылаясь на свою резолюцию 81/7 от 30 апреля 2025 года,\n",
        _ESCAP_HEAD,
        {"81/7"},
    ),
    (
        "zh-escap-heading",
        "联合国\nESCAP/RES/83/4\n经济及社会理事会\nDistr.: General\n21 May 2027\n"
        "亚洲及太平洋经济社会委员会\n第八十三届会议\n第83/4号决议\n加强内陆运输领域的区域合作\n"
        "亚洲及太平洋经济社会委员会，\n回顾其2025年4月30日第81/7号决议，\n",
        _ESCAP_HEAD,
        {"81/7"},
    ),
    (
        "ar-escap-heading",
        "الأمم المتحدة\nESCAP/RES/83/4\nالمجلس الاقتصادي والاجتماعي\nDistr.: General\n21 May 2027\n"
        "اللجنة الاقتصادية والاجتماعية لآسيا والمحيط الهادئ\nالدورة الثالثة والثمانون\n"
        "القرار 83/4\nتعزيز التعاون الإقليمي في مجال النقل الداخلي\n"
        "إن اللجنة الاقتصادية والاجتماعية لآسيا والمحيط الهادئ،\n"
        "إذ تشير إلى قرارها 81/7 المؤرخ 30 نيسان/أبريل 2025،\n",
        _ESCAP_HEAD,
        {"81/7"},
    ),
    (
        "es-eca-heading",
        "Naciones Unidas\nE/ECA/CM/58/RES/1031\nConsejo Económico y Social\nDistr. general\n"
        "2 de mayo de 2027\nComisión Económica para África\n"
        "Conferencia de Ministros Africanos de Finanzas, Planificación y Desarrollo Económico\n"
        "Quincuagésimo octavo período de sesiones\nResolución 1031 (LVIII)\nComercio digital\n"
        "La Conferencia de Ministros,\nRecordando su resolución 1017 (LVII),\n",
        "E/ECA/CM/58/RES/1031",
        {"1017 (LVII)"},
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "own", "unresolved"), OWN_HEADING_ROWS, ids=[r[0] for r in OWN_HEADING_ROWS]
)
def test_a_commissions_own_heading_is_no_citation(
    name: str, text: str, own: str, unresolved: set[str]
) -> None:
    res = extract_text(text, source=f"{name}.pdf")
    assert res.document.source_id == own
    assert {c.text for c in res.citations if c.target is None} == unresolved


# look-alikes: a heading whose number opens its line, no noun before it (read by no rule); a
# heading line of another text of the commission (a number that the own id does not end with,
# or a list of texts after the adopting body's line) stays unresolved
OWN_HEADING_LOOKALIKES: list[tuple[str, str, set[str]]] = [
    (
        "en-eca-heading-number-first",
        "United Nations\nE/ECA/CM/58/RES/1031\nEconomic and Social Council\nDistr.: General\n2 May 2027\n"
        "Economic Commission for Africa\n"
        "Conference of African Ministers of Finance, Planning and Economic Development\n"
        "Fifty-eighth session\n1031 (LVIII). Digital trade\nThe Conference of Ministers,\n"
        "Recalling its resolution 1017 (LVII),\n",
        {"1017 (LVII)"},
    ),
    (
        "en-other-number-heading",
        "United Nations\nESCAP/RES/83/4\nDistr.: General\n21 May 2027\n"
        "Economic and Social Commission for Asia and the Pacific\nResolution 81/7\n"
        "The Economic and Social Commission for Asia and the Pacific,\n",
        {"81/7"},
    ),
    (
        "en-own-number-below-body-line",
        "United Nations\nESCAP/RES/83/4\nDistr.: General\n21 May 2027\n"
        "Economic and Social Commission for Asia and the Pacific\n"
        "The Economic and Social Commission for Asia and the Pacific,\n"
        "Noting the texts listed below:\nResolution 81/7\n",
        {"81/7"},
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "unresolved"), OWN_HEADING_LOOKALIKES, ids=[r[0] for r in OWN_HEADING_LOOKALIKES]
)
def test_a_commissions_own_heading_lookalikes(name: str, text: str, unresolved: set[str]) -> None:
    res = extract_text(text, source=f"{name}.pdf")
    assert {c.text for c in res.citations if c.target is None} == unresolved


# -- 5. a table whose cells are set turned a quarter (a landscape annex on an upright page) ----
_TURNED_STYLES = (
    '<style:style style:name="P" style:family="paragraph"/>'
    '<style:style style:name="S" style:family="text">'
    '<style:text-properties style:text-position="super 58%"/></style:style>'
    '<style:style style:name="U" style:family="paragraph">'
    '<style:text-properties style:text-rotation-angle="90"/></style:style>' + A4_PAGE
)
#: (masthead and the sentence above the table, the table's rows, the own id, what it cites)
_TURNED: dict[str, tuple[list[str], list[list[str]], str, Cited]] = {
    "en-turned-up": (
        [
            "United Nations",
            "E/2027/99",
            "Economic and Social Council",
            "Distr.: General",
            "3 August 2027",
            "The Council adopted the following resolutions:",
        ],
        [
            ["Resolution", "Title", "Date of adoption"],
            ["2027/14", "Follow-up to General Assembly resolution 80/226", "23 July 2027"],
            ["2027/15", "Programme of work of the Council", "24 July 2027"],
        ],
        "E/2027/99",
        {("E/RES/2027/14", "2027-07-23"), ("E/RES/2027/15", "2027-07-24"), ("A/RES/80/226", None)},
    ),
    "fr-turned-up": (
        [
            "Nations Unies",
            "E/2027/99",
            "Conseil économique et social",
            "Distr. générale",
            "3 août 2027",
            "Le Conseil a adopté les résolutions suivantes :",
        ],
        [
            ["Résolution", "Titre", "Date d’adoption"],
            ["2027/14", "Coopération régionale en matière de statistique", "23 juillet 2027"],
            ["2027/15", "Programme de travail du Conseil", "24 juillet 2027"],
        ],
        "E/2027/99",
        {("E/RES/2027/14", "2027-07-23"), ("E/RES/2027/15", "2027-07-24")},
    ),
}


def _turned_fodt(head: list[str], rows: list[list[str]], style: str) -> str:
    cells = "".join(
        "<table:table-row>"
        + "".join(f"<table:table-cell>{fodt_p(c, style)}</table:table-cell>" for c in row)
        + "</table:table-row>"
        for row in rows
    )
    turned = (
        f'<table:table table:name="T"><table:table-column table:number-columns-repeated="{len(rows[0])}"/>'
        f"{cells}</table:table>"
    )
    # an upright paragraph with a note's mark raised after a number, before the table
    mark = fodt_p("Annex").replace(
        "Annex", 'Recalling resolution 74/270<text:span text:style-name="S">1</text:span>, annexed'
    )
    return fodt_document(_TURNED_STYLES, "".join(fodt_p(x) for x in head) + mark + turned)


@pytest.fixture(scope="module")
def turned_pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    made = libreoffice_pdfs(
        {k: _turned_fodt(v[0], v[1], "U") for k, v in _TURNED.items()},
        tmp_path_factory.mktemp("formats49-turned"),
    )
    if made is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    return made


@pytest.mark.parametrize("name", sorted(_TURNED))
def test_a_table_set_turned_keeps_its_numbers(turned_pdfs: dict[str, bytes], name: str) -> None:
    if name not in turned_pdfs:
        pytest.skip(f"{name} was not converted")
    text = text_of(turned_pdfs[name], f"{name}.pdf")
    assert "74/270¹" in text  # (look-alike: the upright line's raised mark is still a mark)
    res = extract_text(text, source=f"{name}.pdf")
    _, _, own, want = _TURNED[name]
    assert res.document.source_id == own
    assert _cited(res) == want | {("A/RES/74/270", None)}, sorted(_cited(res), key=str)
