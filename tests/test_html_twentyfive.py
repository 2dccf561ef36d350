"""Web pages as their producers write them (CMS templates, pandoc, EPUB-like XHTML, pages laid
out as tables), in the six languages: the rule that leaves out a page's furniture loses none of
the text's citations — its notes set after its main element (in an ``<aside>``, a ``<footer>``, a
division of their own), the text outside a ``<main>`` that holds only a menu or a breadcrumb, its
notes in a table row of their own — and none of its own id.

Every page and passage is invented for these tests in the style of UN documents."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from rescite.engine.extract import extract_text
from rescite.read import text_of

#: The text in each language: heading, opening words, a preambular paragraph citing two texts
#: (a note's mark after it), an operative paragraph, and its note
TEXTS = {
    "en": (
        "80/117. Coastal resilience to tsunamis",
        "The General Assembly,",
        "Recalling its resolution 75/206 of 21 December 2020 and Security Council resolution 2664 (2022),",
        "2. Encourages regional early warning arrangements;",
        "See the report of the Secretary-General (A/80/311).",
    ),
    "fr": (
        "80/117. Résilience des côtes face aux tsunamis",
        "L'Assemblée générale,",
        "Rappelant sa résolution 75/206 du 21 décembre 2020 et la résolution 2664 (2022) du Conseil de "
        "sécurité,",
        "2. Encourage les dispositifs régionaux d'alerte rapide ;",
        "Voir le rapport du Secrétaire général (A/80/311).",
    ),
    "es": (
        "80/117. Resiliencia costera ante los tsunamis",
        "La Asamblea General,",
        "Recordando su resolución 75/206, de 21 de diciembre de 2020, y la resolución 2664 (2022) del "
        "Consejo de Seguridad,",
        "2. Alienta los mecanismos regionales de alerta temprana;",
        "Véase el informe del Secretario General (A/80/311).",
    ),
    "ru": (
        "80/117. Устойчивость прибрежных районов к цунами",
        "Генеральная Ассамблея,",
        "ссылаясь на свою резолюцию 75/206 от 21 декабря 2020 года и резолюцию 2664 (2022) Совета "
        "Безопасности,",
        "2. поощряет региональные механизмы раннего предупреждения;",
        "См. доклад Генерального секретаря (A/80/311).",
    ),
    "ar": (
        "80/117 - قدرة المناطق الساحلية على مواجهة أمواج تسونامي",
        "إن الجمعية العامة،",
        "إذ تشير إلى قرارها 75/206 المؤرخ 21 كانون الأول/ديسمبر 2020 وقرار مجلس الأمن 2664 (2022)،",
        "2 - تشجع الترتيبات الإقليمية للإنذار المبكر؛",
        "انظر تقرير الأمين العام (A/80/311).",
    ),
    "zh": (
        "80/117. 沿海地区抵御海啸的能力",
        "大会，",
        "回顾其2020年12月21日第75/206号决议和安全理事会第2664(2022)号决议，",
        "2. 鼓励区域预警安排；",
        "见秘书长的报告(A/80/311)。",
    ),
}
OWN = "A/RES/80/117"
CITED = ["A/RES/75/206", "A/80/311", "S/RES/2664(2022)"]
MENU = '<nav><a href="/">LexMaris</a> › <a href="/r/79/40">A/RES/79/40</a></nav>'


def text(lang: str, mark: str = "<sup>1</sup>", note: bool = False) -> str:
    heading, opening, recalling, operative, see = TEXTS[lang]
    last = f"<p>1 {see}</p>" if note else ""
    return f"<h1>{heading}</h1><p>{opening}</p><p>{recalling}{mark}</p><p>{operative}</p>{last}"


def notes_aside_after_main(lang: str) -> str:
    """A CMS page: the text in ``<main>``, its notes in an ``<aside>`` after it."""
    return f'{MENU}<main>{text(lang)}</main><aside class="notes"><p>1 {TEXTS[lang][4]}</p></aside>'


def notes_footer_after_main(lang: str) -> str:
    """… its notes in a ``<footer>`` whose class names them, then the site's footer."""
    return (
        f'{MENU}<main><article>{text(lang)}</article></main><footer class="footnotes"><ol><li>'
        f"{TEXTS[lang][4]}</li></ol></footer><footer>© LexMaris</footer>"
    )


def notes_footer_after_article(lang: str) -> str:
    """No ``<main>``: the text in an ``<article>``, its endnotes in a ``<footer>`` after it."""
    return f'{MENU}<article>{text(lang)}</article><footer class="endnotes"><p>1 {TEXTS[lang][4]}</p></footer>'


def notes_role_after_main(lang: str) -> str:
    """… its notes in an aside marked only by pandoc's and EPUB's role for endnotes."""
    return f'<main>{text(lang)}</main><aside role="doc-endnotes"><p>1 {TEXTS[lang][4]}</p></aside>'


def notes_division_after_main(lang: str) -> str:
    """… its notes in a plain division after ``<main>`` (pandoc's notes section in a template)."""
    return (
        f'<main>{text(lang)}</main><section id="footnotes" class="footnotes" role="doc-endnotes"><hr>'
        f'<ol><li id="fn1"><p>{TEXTS[lang][4]}</p></li></ol></section><div class="site">© LexMaris</div>'
    )


def notes_landmark(lang: str) -> str:
    """No ``<main>``: the notes in an element of the complementary role whose class names them."""
    notes = f'<div role="complementary" class="footnotes"><p>1 {TEXTS[lang][4]}</p></div>'
    return f"<div>{text(lang)}</div>{notes}"


def main_holds_a_menu(lang: str) -> str:
    """A ``<main>`` that holds only the menu; the text in a division after it."""
    return f'<main role="main">{MENU}</main><div id="content">{text(lang, note=True)}</div>'


def main_holds_a_breadcrumb(lang: str) -> str:
    """A skip link's target ``<main>`` holding a breadcrumb alone; the text in a section after it."""
    return (
        '<main id="main-content"><div class="crumbs"><a href="/">LexMaris</a> › 2025</div></main>'
        f"<section>{text(lang, note=True)}</section>"
    )


def references_after_main(lang: str) -> str:
    """… its notes in a list of references (a wiki's) after ``<main>``."""
    return f'<main>{text(lang)}</main><div class="reflist"><ol><li>{TEXTS[lang][4]}</li></ol></div>'


def main_holds_the_title(lang: str) -> str:
    """A ``<main>`` that holds the page's title alone (the text's heading); the text after it."""
    heading, opening, recalling, operative, see = TEXTS[lang]
    return (
        f'<main><h1>{heading}</h1></main><div class="content"><p>{opening}</p><p>{recalling}</p>'
        f"<p>{operative}</p><p>{see}</p></div>"
    )


def footer_holds_the_notes(lang: str) -> str:
    """The site's footer after ``<main>`` holds the text's notes section, then its own line."""
    return (
        f'<main>{text(lang)}</main><footer><section class="footnotes" role="doc-endnotes"><ol><li>'
        f"{TEXTS[lang][4]}</li></ol></section><p>© LexMaris</p></footer>"
    )


def aside_holds_the_notes(lang: str) -> str:
    """No ``<main>``: an aside with no attributes that holds the text's EPUB note."""
    return (
        f'<div>{text(lang, "<a epub:type=noteref href=#n1>1</a>")}</div><aside><div epub:type="footnote" '
        f'id="n1"><p>1 {TEXTS[lang][4]}</p></div></aside>'
    )


def teaser_article_elsewhere(lang: str) -> str:
    """No ``<main>``; the text's heading and opening words in a ``<header>``, the rest in a
    division, and a sidebar's teaser of another page set as an ``<article>``."""
    heading, opening, recalling, operative, see = TEXTS[lang]
    return (
        f'<header class="doc"><h1>{heading}</h1><p>{opening}</p></header><div class="body"><p>{recalling}'
        f'</p><p>{operative}</p><p>{see}</p></div><article class="teaser"><a href="/n">LexMaris</a></article>'
    )


def title_block_before_main(lang: str) -> str:
    """Pandoc's page through a template that sets the body in ``<main>``: the title block, a
    ``<header>`` holding the page's one ``<h1>`` (the text's heading), stands before it."""
    heading, opening, recalling, operative, see = TEXTS[lang]
    return (
        f'<header id="title-block-header"><h1 class="title">{heading}</h1></header><main><p>{opening}</p>'
        f'<p>{recalling}<a href="#fn1" class="footnote-ref" role="doc-noteref"><sup>1</sup></a></p>'
        f'<p>{operative}</p></main><section id="footnotes" class="footnotes footnotes-end-of-document" '
        f'role="doc-endnotes"><hr><ol><li id="fn1"><p>{see}</p></li></ol></section>'
    )


def banner_with_the_title(lang: str) -> str:
    """The site's banner holds the page's one ``<h1>`` (the site's name) and a "cite as" line
    naming another text; the text's heading is an ``<h2>`` in ``<main>``."""
    heading, opening, recalling, operative, see = TEXTS[lang]
    return (
        f'<header class="site"><h1>LexMaris</h1><p>A/RES/79/40</p></header><main><h2>{heading}</h2>'
        f"<p>{opening}</p><p>{recalling}</p><p>{operative}</p><p>{see}</p></main>"
    )


def menu_row_above(lang: str) -> str:
    """A page laid out as a table: a menu bar of links in the row above the text's row."""
    return (
        '<table><tr><td><a href="/">LexMaris</a> <a href="/r/79/40">A/RES/79/40</a></td></tr>'
        f"<tr><td>{text(lang, note=True)}</td></tr></table>"
    )


def notes_row_of_links(lang: str) -> str:
    """A text laid out in a presentation table, its notes in a row below, each note a link."""
    return (
        f'<table role="presentation"><tr><td>{text(lang, "<sup>1</sup>, <sup>2</sup>")}</td></tr>'
        '<tr><td><a href="/d/1">1 A/80/311</a><br><a href="/d/2">2 A/80/312</a></td></tr></table>'
    )


#: Each layout: its name, how its page is built, what it cites beyond ``CITED``
LAYOUTS: list[tuple[str, Callable[[str], str], list[str]]] = [
    ("notes in an aside after main", notes_aside_after_main, []),
    ("notes in a footer after main", notes_footer_after_main, []),
    ("endnotes in a footer after the article", notes_footer_after_article, []),
    ("notes by role after main", notes_role_after_main, []),
    ("notes section after main", notes_division_after_main, []),
    ("notes in a complementary landmark", notes_landmark, []),
    ("main that holds only a menu", main_holds_a_menu, []),
    ("main that holds only a breadcrumb", main_holds_a_breadcrumb, []),
    ("notes as a row of links", notes_row_of_links, ["A/80/312"]),
    ("references after main", references_after_main, []),
    ("main that holds only the title", main_holds_the_title, []),
    ("site footer that holds the notes", footer_holds_the_notes, []),
    ("aside that holds a note", aside_holds_the_notes, []),
    ("teaser article beside the text", teaser_article_elsewhere, []),
    ("title block before main", title_block_before_main, []),
    ("banner that holds the one h1", banner_with_the_title, []),
    ("menu bar row above the text", menu_row_above, []),
]
ROWS = [(f"{name} ({lang})", lang, build, more) for name, build, more in LAYOUTS for lang in TEXTS]


@pytest.mark.parametrize(("name", "lang", "build", "more"), ROWS, ids=[r[0] for r in ROWS])
def test_no_citation_of_the_text_is_furniture(
    name: str, lang: str, build: Callable[[str], str], more: list[str]
) -> None:
    head = f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>LexMaris</title></head>'
    page = f"{head}<body>{build(lang)}</body></html>"
    res = extract_text(text_of(page.encode(), "copy.html"))
    assert res.document.source_id == OWN, name
    assert sorted({str(c.target) for c in res.citations if c.target}) == sorted(CITED + more), name
