"""Word files as the Official Document System gives them: a joint document's masthead.

A document issued to two organs at once (identical letters to the General Assembly and the
Security Council) carries two symbols, one over the other, in the masthead's cell:
"A/80/123" and "S/2025/456".  Word holds them as two paragraphs of one cell (or one
paragraph cut by a line break), in the first page's header part or in a table above the
body.  The page shows them as two lines, as the document's text file does: the first is the
document's own id and the second is no citation.  Each row builds the document in one
language and one shape, and reads back what the text file gives: the own id and the cited
targets with their dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

import pytest

from official_files import own_and_cited
from rescite.read import text_of
from test_formats_word import NS, word_zip

GA, SC = "A/80/123", "S/2025/456"
#: what each language's letter cites: Security Council resolution 2417 (2018) and General
#: Assembly resolution 78/1, each with its date
CITED = {("S/RES/2417(2018)", "2018-05-24"), ("A/RES/78/1", "2023-10-10")}


@dataclass
class Letter:
    left: list[str]  # the Organization, then the two organs
    right: list[str]  # the distribution line and the date (under the two symbols)
    top: list[str]  # sessions and agenda item
    title: str
    body: str

    def text(self) -> str:
        """The letter as its text file holds it: the masthead a line each, the symbols apart."""
        lines = [
            self.left[0],
            GA,
            SC,
            *self.left[1:],
            *self.right,
            "",
            *self.top,
            "",
            self.title,
            "",
            self.body,
        ]
        return "\n".join(lines) + "\n"


LETTERS = {
    "en": Letter(
        ["United Nations", "General Assembly", "Security Council"],
        ["Distr.: General", "3 June 2025"],
        ["General Assembly", "Eightieth session", "Agenda item 68", "Security Council", "Eightieth year"],
        "Identical letters dated 2 June 2025 from the Permanent Representative of Norway to the United "
        "Nations addressed to the Secretary-General and the President of the Security Council",
        "I have the honour to refer to Security Council resolution 2417 (2018) of 24 May 2018 and to "
        "General Assembly resolution 78/1 of 10 October 2023.",
    ),
    "fr": Letter(
        ["Nations Unies", "Assemblée générale", "Conseil de sécurité"],
        ["Distr. générale", "3 juin 2025"],
        ["Assemblée générale", "Quatre-vingtième session", "Point 68 de l\u2019ordre du jour"],
        "Lettres identiques datées du 2 juin 2025, adressées au Secrétaire général et au Président du "
        "Conseil de sécurité par le Représentant permanent de la Norvège",
        "J\u2019ai l\u2019honneur de me référer à la résolution 2417 (2018) du Conseil de sécurité, en date "
        "du 24 mai 2018, et à la résolution 78/1 de l\u2019Assemblée générale, en date du 10 octobre 2023.",
    ),
    "es": Letter(
        ["Naciones Unidas", "Asamblea General", "Consejo de Seguridad"],
        ["Distr. general", "3 de junio de 2025"],
        ["Asamblea General", "Octogésimo período de sesiones", "Tema 68 del programa"],
        "Cartas idénticas de fecha 2 de junio de 2025 dirigidas al Secretario General y a la Presidencia "
        "del Consejo de Seguridad por el Representante Permanente de Noruega",
        "Tengo el honor de referirme a la resolución 2417 (2018) del Consejo de Seguridad, de 24 de mayo "
        "de 2018, y a la resolución 78/1 de la Asamblea General, de 10 de octubre de 2023.",
    ),
    "ru": Letter(
        ["Организация Объединенных Наций", "Генеральная Ассамблея", "Совет Безопасности"],
        ["Distr.: General", "3 June 2025"],
        ["Генеральная Ассамблея", "Восьмидесятая сессия", "Пункт 68 повестки дня"],
        "Идентичные письма Постоянного представителя Норвегии от 2 июня 2025 года на имя "
        "Генерального секретаря и Председателя Совета Безопасности",
        "Имею честь сослаться на резолюцию 2417 (2018) Совета Безопасности от 24 мая 2018 года и на "
        "резолюцию 78/1 Генеральной Ассамблеи от 10 октября 2023 года.",
    ),
    "ar": Letter(
        ["الأمم المتحدة", "الجمعية العامة", "مجلس الأمن"],
        ["Distr.: General", "3 June 2025"],
        ["الجمعية العامة", "الدورة الثمانون", "البند 68 من جدول الأعمال"],
        "رسالتان متطابقتان مؤرختان 2 حزيران/يونيه 2025 موجهتان إلى الأمين العام ورئيس مجلس الأمن"
        " من الممثل الدائم للنرويج",
        "يشرفني أن أشير إلى قرار مجلس الأمن 2417 (2018) المؤرخ 24 أيار/مايو 2018 وإلى قرار الجمعية"
        " العامة 78/1 المؤرخ 10 تشرين الأول/أكتوبر 2023.",
    ),
    "zh": Letter(
        ["联合国", "大会", "安全理事会"],
        ["Distr.: General", "3 June 2025"],
        ["大会", "第八十届会议", "议程项目68"],
        "2025年6月2日挪威常驻代表给秘书长和安全理事会主席的同文信",
        "谨提及安全理事会2018年5月24日第2417(2018)号决议和大会2023年10月10日第78/1号决议。",
    ),
}


def _r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _p(inner: str, bidi: str) -> str:
    return f"<w:p><w:pPr>{bidi}</w:pPr>{inner}</w:p>"


def _letter(lang: str, shape: str) -> bytes:
    """The letter as a Word file, its masthead a table whose right cell holds the two symbols:
    ``cells`` two paragraphs (the table in the first page's header part), ``break`` one
    paragraph cut by a line break, ``rows`` a table of three columns and two rows (the emblem's
    cell empty), ``nested`` the symbols in a table inside the cell, ``body`` the table above the
    body's first paragraph (no header part)."""
    doc = LETTERS[lang]
    bidi = "<w:bidi/>" if lang == "ar" else ""

    def paras(lines: list[str]) -> str:
        return "".join(_p(_r(x), bidi) for x in lines)

    symbols = paras([GA, SC])
    if shape == "break":
        symbols = _p(_r(GA) + "<w:r><w:br/></w:r>" + _r(SC), bidi)
    if shape == "nested":
        rows = "".join(f"<w:tr><w:tc>{paras([x])}</w:tc></w:tr>" for x in (GA, SC))
        symbols = f"<w:tbl>{rows}</w:tbl><w:p/>"
    if shape == "rows":
        cells = [["<w:p/>", paras(doc.left[:1]), symbols], ["<w:p/>", paras(doc.left[1:]), paras(doc.right)]]
    else:
        cells = [[paras(doc.left), symbols + paras(doc.right)]]
    mast = "<w:tbl>" + "".join("<w:tr>" + "".join(f"<w:tc>{c}</w:tc>" for c in r) + "</w:tr>" for r in cells)
    mast += "</w:tbl>"
    body = paras([*doc.top, doc.title, doc.body])
    if shape == "body":
        document = f"<w:document {NS}><w:body>{mast}{body}<w:sectPr/></w:body></w:document>"
        return word_zip(document, {}, {}, {})
    refs = '<w:headerReference w:type="first" r:id="rId3"/><w:headerReference w:type="default" r:id="rId1"/>'
    document = f"<w:document {NS}><w:body>{body}<w:sectPr>{refs}<w:titlePg/></w:sectPr></w:body></w:document>"
    headers = {"header3.xml": mast, "header1.xml": _p(_r(GA) + "<w:r><w:br/></w:r>" + _r(SC), bidi)}
    return word_zip(document, headers, {"rId3": "header3.xml", "rId1": "header1.xml"}, {})


ROWS = [
    ("en", "cells"),
    ("en", "nested"),
    ("fr", "break"),
    ("fr", "body"),
    ("es", "rows"),
    ("es", "cells"),
    ("ru", "body"),
    ("ru", "break"),
    ("ar", "cells"),
    ("ar", "rows"),
    ("zh", "nested"),
    ("zh", "body"),
]


@pytest.mark.parametrize(("lang", "shape"), ROWS, ids=[f"{lang}-{shape}" for lang, shape in ROWS])
def test_joint_masthead_symbols_are_two_lines(lang: str, shape: str) -> None:
    # (the text file gives the first symbol as the own id, and no citation of the second)
    assert own_and_cited(LETTERS[lang].text()) == (GA, CITED)
    assert own_and_cited(text_of(_letter(lang, shape), f"{lang}-{shape}.docx")) == (GA, CITED)
