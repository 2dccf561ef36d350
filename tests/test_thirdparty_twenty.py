"""Third-party copies of UN texts on web pages (law libraries, aggregators, project sites), in the
six languages: the page's furniture — its navigation, breadcrumbs, related-document sidebars,
provenance and "cite as" boxes, language switchers and footer — is not the reproduced text.  A
symbol there is cited by nobody; the one the furniture names alone (a breadcrumb's last step,
a provenance box) is the text's own id when its heading gives none.

Every page and passage is invented for these tests in the style of UN documents."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text
from rescite.read import text_of

#: The reproduced text in each language: its heading line with its own number, a preambular
#: paragraph citing two texts, and the same paragraph without the heading (for pages whose own
#: id stands only in their furniture)
TEXTS = {
    "en": (
        "<p>79/208. Protection of migrant seafarers</p>",
        "<p>The General Assembly,</p><p>Recalling its resolution 73/195 of 19 December 2018 and Security "
        "Council resolution 2622 (2022),</p><p>1. Urges Member States to ensure decent conditions;</p>",
    ),
    "fr": (
        "<p>79/208. Protection des gens de mer migrants</p>",
        "<p>L'Assemblée générale,</p><p>Rappelant sa résolution 73/195 du 19 décembre 2018 et la résolution "
        "2622 (2022) du Conseil de sécurité,</p><p>1. Exhorte les États Membres à garantir des conditions "
        "décentes ;</p>",
    ),
    "es": (
        "<p>79/208. Protección de la gente de mar migrante</p>",
        "<p>La Asamblea General,</p><p>Recordando su resolución 73/195, de 19 de diciembre de 2018, y la "
        "resolución 2622 (2022) del Consejo de Seguridad,</p><p>1. Insta a los Estados Miembros a que "
        "garanticen condiciones dignas;</p>",
    ),
    "ru": (
        "<p>79/208. Защита моряков-мигрантов</p>",
        "<p>Генеральная Ассамблея,</p><p>ссылаясь на свою резолюцию 73/195 от 19 декабря 2018 года и "
        "резолюцию 2622 (2022) Совета Безопасности,</p><p>1. настоятельно призывает государства-члены "
        "обеспечивать достойные условия;</p>",
    ),
    "ar": (
        "<p>79/208 - حماية البحارة المهاجرين</p>",
        "<p>إن الجمعية العامة،</p><p>إذ تشير إلى قرارها 73/195 المؤرخ 19 كانون الأول/ديسمبر 2018 وقرار "
        "مجلس الأمن 2622 (2022)،</p><p>1 - تحث الدول الأعضاء على كفالة ظروف لائقة؛</p>",
    ),
    "zh": (
        "<p>79/208. 保护移徙海员</p>",
        "<p>大会，</p><p>回顾其2018年12月19日第73/195号决议和安全理事会第2622(2022)号决议，</p>"
        "<p>1. 敦促会员国确保体面的条件；</p>",
    ),
}
OWN = "A/RES/79/208"
CITED = ["A/RES/73/195", "S/RES/2622(2022)"]
#: Words of the sites' furniture in each language: "see also", "related texts", "source", "home"
SITE = {
    "en": ("See also", "Related texts", "Source: UN Official Document System, symbol", "Home"),
    "fr": ("Voir aussi", "Textes connexes", "Source : Système de diffusion électronique, cote", "Accueil"),
    "es": ("Véase también", "Textos conexos", "Fuente: Archivo de Documentos, signatura", "Inicio"),
    "ru": ("См. также", "Связанные тексты", "Источник: Система документации, обозначение", "Главная"),
    "ar": ("انظر أيضا", "نصوص ذات صلة", "المصدر: نظام الوثائق الرسمية، الرمز", "الرئيسية"),
    "zh": ("另见", "相关案文", "出处：海洋法文库，原件", "首页"),
}


def site_footer(lang: str) -> str:
    """A project site's page: menu, the text in its main element, a footer pointing elsewhere."""
    see = SITE[lang][0]
    heading, body = TEXTS[lang]
    return (
        f'<header><a href="/">SeaLaw Texts</a><nav><a href="/r/78-12">A/RES/78/12</a></nav></header>'
        f"<main><article>{heading}{body}</article></main>"
        f'<footer>{see}: <a href="/r/74/8">A/RES/74/8</a> · 2025 SeaLaw</footer>'
    )


def related_sidebar(lang: str) -> str:
    """The text, its note set as an EPUB note (an ``<aside>`` that is the text's: cited), and a
    sidebar of related texts, as ``<aside>``, after it."""
    heading, body = TEXTS[lang]
    return (
        f'<div>{heading}{body}<aside epub:type="footnote" role="doc-footnote" id="n1"><p>1 A/79/150.</p>'
        f"</aside></div><aside><h4>{SITE[lang][1]}</h4>"
        '<a href="/a">A/RES/76/301</a> <a href="/b">E/RES/2021/9</a></aside>'
    )


def provenance_only(lang: str) -> str:
    """No heading: the own symbol in a provenance box and a breadcrumb after the text."""
    return (
        f'<section>{TEXTS[lang][1]}</section><aside class="prov">{SITE[lang][2]} {OWN}</aside>'
        f'<nav class="crumbs"><a href="/">{SITE[lang][3]}</a> › {OWN}</nav>'
    )


def landmark_roles(lang: str) -> str:
    """Landmarks marked by their role on plain ``<div>``s: a banner, a menu, a footer."""
    heading, body = TEXTS[lang]
    return (
        '<div role="banner">LexMar</div><div role="navigation"><a href="/n">A/RES/77/60</a></div>'
        f'<div>{heading}{body}</div><div role="contentinfo">{SITE[lang][0]} A/76/L.45</div>'
    )


def two_names(lang: str) -> str:
    """No heading, and furniture naming two symbols apart: neither is the own id, nor cited."""
    return (
        f'<nav><a href="/">{SITE[lang][3]}</a> › {OWN}</nav><section>{TEXTS[lang][1]}</section>'
        f"<aside>{SITE[lang][0]} A/RES/75/88</aside>"
    )


def outside_main(lang: str) -> str:
    """A page that marks its main content: a breadcrumb and a source line above it, a list of
    related texts and a "see also" line below it, all in plain ``<div>``s (no heading)."""
    return (
        f'<div class="crumbs">{SITE[lang][3]} › {OWN}</div><div class="src">{SITE[lang][2]} {OWN}</div>'
        f"<main><section>{TEXTS[lang][1]}</section></main>"
        '<div class="rel"><ul><li><a href="/a">A/RES/76/301</a></li><li><a href="/b">E/RES/2021/9</a></li>'
        f'</ul></div><div class="end">{SITE[lang][0]}: <a href="/c">A/RES/75/88</a></div>'
    )


def see_also_alone(lang: str) -> str:
    """No heading, and one "see also" box naming one symbol: not the own id, not cited."""
    return f"<section>{TEXTS[lang][1]}</section><aside>{SITE[lang][0]}: A/RES/75/88</aside>"


def table_layout(lang: str) -> str:
    """An older site laid out as a table: a cell of related texts beside the cell of the text,
    which holds a table of its own whose cells list linked symbols (the text's: cited)."""
    heading, body = TEXTS[lang]
    links = "<br>".join(f'<a href="/d/{n}">A/RES/7{n}/1{n}</a>' for n in (1, 2, 3))
    data = (
        "<table><tr><th>Report</th><th>Symbols</th></tr><tr><td>Secretary-General, 2024</td>"
        '<td><a href="/x">A/79/120</a>, <a href="/y">A/79/121</a></td></tr></table>'
    )
    return (
        f'<table><tr><td width="25%"><b>{SITE[lang][1]}</b><br>{links}</td>'
        f"<td>{heading}{body}{data}</td></tr></table>"
    )


#: Each layout: its name, how its page is built, the own id, and what it cites beyond ``CITED``
LAYOUTS = [
    ("footer and menu outside the main text", site_footer, OWN, []),
    ("sidebar of related texts beside a note", related_sidebar, OWN, ["A/79/150"]),
    ("own symbol only in a provenance box and breadcrumb", provenance_only, OWN, []),
    ("landmark roles", landmark_roles, OWN, []),
    ("furniture naming two symbols", two_names, None, []),
    ("one see-also box", see_also_alone, None, []),
    ("blocks outside the main content", outside_main, OWN, []),
    ("table layout with a cell of related texts", table_layout, OWN, ["A/79/120", "A/79/121"]),
]
ROWS = [(f"{name} ({lang})", lang, build, own, more) for name, build, own, more in LAYOUTS for lang in TEXTS]


@pytest.mark.parametrize(("name", "lang", "build", "own", "more"), ROWS, ids=[r[0] for r in ROWS])
def test_furniture_of_a_copy_is_not_the_text(
    name: str, lang: str, build: object, own: str | None, more: list[str]
) -> None:
    assert callable(build)
    head = f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"></head>'
    page = f"{head}<body>{build(lang)}</body></html>"
    res = extract_text(text_of(page.encode(), "copy.html"))
    assert res.document.source_id == own
    assert sorted({str(c.target) for c in res.citations if c.target}) == sorted(CITED + more)
