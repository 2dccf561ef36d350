"""A page's foot notes with no rule above them (issue 7, session 27).  A PDF's text layer, or a
text copy of it, often has no rule line over the notes (the rule is drawn as a graphic): a long
dated list cut by the page break lost the items after the notes and their dates.  The block is
found by its place (a blank line above it, the page's furniture right below it) and by its
numbers, which the page prints before as notes' markers.  Every text is written for these tests
in UN style."""

from __future__ import annotations

import datetime
import re

import pytest

from rescite.engine.extract import extract_text

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
}


def _item(lang: str, number: str, day: datetime.date) -> str:
    if lang == "ar":
        return f"{number} المؤرخ {day.day} كانون الأول/ديسمبر {day.year}"
    if lang == "zh":
        return f"{day.year}年{day.month}月{day.day}日第{number}号"
    month = _MONTHS[lang].split()[day.month - 1]
    return {
        "en": f"{number} of {day.day} {month} {day.year}",
        "fr": f"{number} du {day.day} {month} {day.year}",
        "es": f"{number}, de {day.day} de {month} de {day.year}",
        "ru": f"{number} от {day.day} {month} {day.year} года",
    }[lang]


# (language, the body's opening, the paragraph's words before the list, its joins, its end)
_LANGS = {
    "en": (
        "The General Assembly,",
        "Recalling the Agreement on Mountain Ecosystems{m}, the "
        "Highlands Declaration{n} and its resolutions ",
        ", ",
        " and ",
        ",",
    ),
    "fr": (
        "L'Assemblée générale,",
        "Rappelant l'Accord sur les écosystèmes montagneux{m}, la "
        "Déclaration sur les hautes terres{n} et ses résolutions ",
        ", ",
        " et ",
        ",",
    ),
    "es": (
        "La Asamblea General,",
        "Recordando el Acuerdo sobre los Ecosistemas de Montaña{m}, la "
        "Declaración sobre las Tierras Altas{n} y sus resoluciones ",
        ", ",
        " y ",
        ",",
    ),
    "ru": (
        "Генеральная Ассамблея,",
        "ссылаясь на Соглашение о горных экосистемах{m}, Декларацию о высокогорьях{n} и свои резолюции ",
        ", ",
        " и ",
        ",",
    ),
    "ar": (
        "إن الجمعية العامة،",
        "إذ تشير إلى اتفاق النظم الإيكولوجية الجبلية{m} وإعلان المرتفعات{n} وقراراتها ",
        "، و ",
        " و ",
        "،",
    ),
    "zh": ("大会，", "回顾《山区生态系统协定》{m}、《高地宣言》{n}和其", "、", "和", "决议，"),
}
# the note under the cut, in each language
_NOTE = {
    "en": "See A/77/318, annex.",
    "fr": "Voir A/77/318, annexe.",
    "es": "Véase A/77/318, anexo.",
    "ru": "См. A/77/318, приложение.",
    "ar": "انظر A/77/318، المرفق.",
    "zh": "见A/77/318，附件。",
}


def _page(lang: str, layout: str) -> tuple[str, dict[str, str | None]]:
    """A resolution whose list of twelve dated texts a page break cuts after the seventh, the
    page's note set off by a blank line, no rule above it; then the page's furniture."""
    body, opening, sep, last, end = _LANGS[lang]
    marker = "²" if layout == "raised" else "(2)" if lang == "ar" else "2"  # a raised marker as printed
    expected: dict[str, str | None] = {"A/77/318": None}
    items = []
    for i in range(12):
        number, day = f"{48 + i}/{120 + 9 * i}", datetime.date(1993 + i, 12, 3 + i % 7)
        items.append(_item(lang, number, day))
        expected[f"A/RES/{number}"] = day.isoformat()
    first, second = sep.join(items[:7]) + sep.rstrip(), sep.join(items[7:-1]) + last + items[-1] + end
    note = f"{marker} {_NOTE[lang]}"
    furniture = {
        "header+page": "A/RES/80/57\n\n25-20114 2/9",
        "text layer": "A/RES/80/57\n\n25-20114 2/9",
        "raised": "A/RES/80/57\n\n25-20114 2/9",
        "page+header": "25-20114 2/9\n\nA/RES/80/57",
        "two notes": "A/RES/80/57\n\n25-20114 2/9",
        "form feed": "Page 2\f80/57. Mountain ecosystems",
    }[layout]
    second_marker = ""
    if layout == "two notes":
        second_marker = "(3)" if lang == "ar" else "3"
        note += f"\n{'(3)' if lang == 'ar' else '3'} {_NOTE[lang].replace('77/318', '76/402')}"
        expected["A/76/402"] = None
    heading = (
        "United Nations A/RES/80/57\n\nGeneral Assembly\n\n80/57. Mountain ecosystems\n\n"
        if layout != "form feed"
        else "80/57. Mountain ecosystems\n\nGeneral Assembly\n\n"
    )
    paragraph = opening.format(m=marker, n=second_marker) + first
    text = f"{heading}{body}\n\n{paragraph}\n\n{note}\n\n{furniture}\n\n{second}\n"
    if layout == "text layer":  # a PDF's text layer: no blank line between paragraphs
        text = re.sub(r"\n\n+", "\n", text)
    if layout == "form feed":
        text += "\nPage 3\f80/57. Mountain ecosystems\n\nText of page three.\n\nPage 4\n"
    return text, expected


ROWS = (
    [
        (lang, layout)
        for layout in ("header+page", "page+header", "two notes", "text layer")
        for lang in _LANGS
    ]
    + [(lang, "form feed") for lang in ("en", "ru", "zh")]
    + [(lang, "raised") for lang in ("en", "fr", "es", "ru", "zh")]
)


@pytest.mark.parametrize(("lang", "layout"), ROWS)
def test_list_cut_by_notes_without_rule(lang: str, layout: str) -> None:
    text, expected = _page(lang, layout)
    got: dict[str, set[str | None]] = {}
    for c in extract_text(text).citations:
        got.setdefault(c.target or "", set()).add(c.date)
    for target, date in expected.items():
        assert target in got, (target, sorted(got))
        assert date is None or date in got[target], (target, got[target])
    assert set(got) <= {*expected, "A/RES/80/57"}, sorted(set(got) - set(expected))
