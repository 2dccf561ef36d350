"""The own id of third-party copies in six languages: a header block that says which text it
is (a catalogue's line without its link, a label among other labels, "UN Doc." / "Document
ONU" / "联合国文件" before the symbol and a title, a suggested citation after "Cite as:", a
repository's banner) — and the look-alikes: symbols listed one a line at the top cite texts,
and a header naming another text than the text's own heading gives way to the heading.

Every passage is written for these tests in the style of UN documents and of the copies that
reproduce them."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text
from rescite.read import text_of

OWN = "A/RES/72/178"
CITED = "A/RES/64/292"

# the opening of the text itself, in each language: the adopting body and a first citation
BODY = {
    "en": "\n\nThe General Assembly,\n\nRecalling its resolution 64/292 of 28 July 2010,\n",
    "fr": "\n\nL'Assemblée générale,\n\nRappelant sa résolution 64/292 du 28 juillet 2010,\n",
    "es": "\n\nLa Asamblea General,\n\nRecordando su resolución 64/292, de 28 de julio de 2010,\n",
    "ru": "\n\nГенеральная Ассамблея,\n\nссылаясь на свою резолюцию 64/292 от 28 июля 2010 года,\n",
    "ar": "\n\nإن الجمعية العامة،\n\nإذ تشير إلى قرارها 64/292 المؤرخ 28 تموز/يوليه 2010،\n",
    "zh": "\n\n大会，\n\n回顾其2010年7月28日第64/292号决议，\n",
}

# a copy's header in each language, {s} the symbol it names
CATALOGUE = {
    "en": "UN General Assembly, Resolution adopted by the General Assembly on 19 December 2017, {s}",
    "fr": "Assemblée générale des Nations Unies, Résolution adoptée par l'Assemblée générale le "
    "19 décembre 2017, {s}",
    "es": "Asamblea General de las Naciones Unidas, Resolución aprobada por la Asamblea General el "
    "19 de diciembre de 2017, {s}",
    "ru": "Генеральная Ассамблея ООН, Резолюция, принятая Генеральной Ассамблеей 19 декабря 2017 года, {s}",
    "ar": "الجمعية العامة للأمم المتحدة، القرار الذي اتخذته الجمعية العامة "
    "في 19 كانون الأول/ديسمبر 2017، {s}",
    "zh": "联合国大会，大会2017年12月19日通过的决议，{s}",
}
DOCUMENT = {
    "en": "UN Doc. {s} — The human rights to safe drinking water",
    "fr": "Document ONU {s} — Les droits de l'homme à l'eau potable",
    "es": "Documento de las Naciones Unidas {s} — Los derechos humanos al agua potable",
    "ru": "Документ ООН {s} — Право человека на питьевую воду",
    "ar": "وثيقة الأمم المتحدة {s} — حق الإنسان في مياه الشرب",
    "zh": "联合国文件 {s} — 享有安全饮用水的人权",
}
LABEL = {
    "en": "Symbol",
    "fr": "Cote",
    "es": "Signatura",
    "ru": "Условное обозначение",
    "ar": "الرمز",
    "zh": "文号",
}
CITE_AS = {
    "en": "Cite as: ",
    "fr": "Citer comme : ",
    "es": "Citar como: ",
    "ru": "Ссылка: ",
    "ar": "طريقة الاستشهاد: ",
    "zh": "引用格式：",
}
OSCOLA = "UNGA Res 72/178 (19 December 2017) UN Doc A/RES/72/178"
BANNER = "Human Rights Digital Library | {s} | 2017"
LIST = "A/RES/70/1\nA/RES/71/313\nA/RES/69/313"

ROWS: list[tuple[str, str, str | None, list[str]]] = []
for _lang, _body in BODY.items():
    if _lang != "zh":  # (a Chinese catalogue's line without its full stop was read before)
        ROWS.append(
            (
                f"{_lang}: a catalogue's line, no link after it",
                CATALOGUE[_lang].format(s=OWN) + _body,
                OWN,
                [CITED],
            )
        )
    ROWS += [
        (
            f"{_lang}: a catalogue's line ending with a full stop",
            CATALOGUE[_lang].format(s=OWN) + "." + _body,
            OWN,
            [CITED],
        ),
        (
            f"{_lang}: a United Nations document's phrase, a dash and the title",
            DOCUMENT[_lang].format(s=OWN) + _body,
            OWN,
            [CITED],
        ),
        (f"{_lang}: a suggested citation after its label", CITE_AS[_lang] + OSCOLA + _body, OWN, [CITED]),
        (f"{_lang}: a repository's banner", BANNER.format(s=OWN) + _body, OWN, [CITED]),
        # -- look-alikes
        (
            f"{_lang}: symbols listed one a line at the top are cited",
            LIST + _body,
            None,
            ["A/RES/70/1", "A/RES/71/313", "A/RES/69/313", CITED],
        ),
        (
            f"{_lang}: a header naming another text than the heading: the heading wins",
            f"{LABEL[_lang]}: A/RES/71/313\n\n72/178. Safe drinking water" + _body,
            OWN,
            ["A/RES/71/313", CITED],
        ),
    ]
ROWS += [
    (
        "en: the labelled symbol with a full stop, other labels on its line",
        "Title: The human rights to safe drinking water\nSymbol: A/RES/72/178.   Date: 19 December 2017"
        "   Distr.: General   Original: English" + BODY["en"],
        OWN,
        [CITED],
    ),
    (
        "en: a catalogue's line of a decision names a decision",
        "UN General Assembly, Decision adopted by the General Assembly on 22 December 2017, A/DEC/72/548"
        + BODY["en"],
        "A/DEC/72/548",
        [CITED],
    ),
]

ROWS += [
    # -- look-alikes: a text that opens by citing another
    (
        "ru: a paragraph in lower case opening with a symbol cites it",
        "ссылаясь на A/RES/70/1 и итоговый документ саммита" + BODY["ru"],
        None,
        ["A/RES/70/1", CITED],
    ),
    (
        "zh: a 'see also' line at the top cites its symbol",
        "另见A/RES/70/1。" + BODY["zh"],
        None,
        ["A/RES/70/1", CITED],
    ),
]


@pytest.mark.parametrize(("name", "text", "own", "cited"), ROWS, ids=[r[0] for r in ROWS])
def test_own_id_of_a_copy(name: str, text: str, own: str | None, cited: list[str]) -> None:
    res = extract_text(text)
    assert res.document.source_id == own
    assert list(dict.fromkeys(c.target for c in res.citations)) == cited


def _html(text: str) -> bytes:
    return (
        "<html><body>"
        + "".join(f"<p>{line}</p>" for line in text.split("\n") if line.strip())
        + "</body></html>"
    ).encode()


HTML_ROWS = [r for r in ROWS if r[2] == OWN and "heading wins" not in r[0]]


@pytest.mark.parametrize(("name", "text", "own", "cited"), HTML_ROWS, ids=[r[0] for r in HTML_ROWS])
def test_own_id_of_a_copy_in_html(name: str, text: str, own: str, cited: list[str]) -> None:
    res = extract_text(text_of(_html(text), "copy.html"))
    assert res.document.source_id == own
    assert list(dict.fromkeys(c.target for c in res.citations)) == cited
