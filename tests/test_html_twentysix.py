"""Web pages that show a UN text among a site's furniture, in the six languages: a Google Docs
export pasted into a CMS ``<main>`` with its notes in a plain division after it (the notes are
the text's); a page whose text is followed by paragraphs of links to related texts ("Related:
A/80/12 | A/80/13", "Voir aussi : …", a "See also" heading above a list; with or without a rule
above them) — symbols the text does not cite; a digital library's record (a table or list of
metadata: its symbol the page's own id, its related resources cited by nobody); an element kept
from assistive technology (``aria-hidden``), not read.

Every page and passage is invented for these tests in the style of UN documents."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from rescite.engine.extract import extract_text
from rescite.read import text_of

#: The text in each language: heading, opening words, a preambular paragraph citing two texts
#: (a note's mark after it), an operative paragraph, its note, and a "related" label of a site
TEXTS = {
    "en": (
        "80/142. Protection of mangrove ecosystems",
        "The General Assembly,",
        "Recalling its resolution 76/212 of 14 December 2021 and Security Council resolution 2712 (2023),",
        "3. Calls upon Member States to restore degraded coastal wetlands;",
        "See the report of the Secretary-General (A/80/287).",
        ("Related:", "See also:"),
    ),
    "fr": (
        "80/142. Protection des écosystèmes de mangrove",
        "L'Assemblée générale,",
        "Rappelant sa résolution 76/212 du 14 décembre 2021 et la résolution 2712 (2023) du Conseil de "
        "sécurité,",
        "3. Demande aux États Membres de restaurer les zones humides côtières dégradées ;",
        "Voir le rapport du Secrétaire général (A/80/287).",
        ("Documents connexes :", "Voir aussi :"),
    ),
    "es": (
        "80/142. Protección de los ecosistemas de manglar",
        "La Asamblea General,",
        "Recordando su resolución 76/212, de 14 de diciembre de 2021, y la resolución 2712 (2023) del "
        "Consejo de Seguridad,",
        "3. Exhorta a los Estados Miembros a que restauren los humedales costeros degradados;",
        "Véase el informe del Secretario General (A/80/287).",
        ("Documentos relacionados:", "Véase también:"),
    ),
    "ru": (
        "80/142. Защита мангровых экосистем",
        "Генеральная Ассамблея,",
        "ссылаясь на свою резолюцию 76/212 от 14 декабря 2021 года и резолюцию 2712 (2023) Совета "
        "Безопасности,",
        "3. призывает государства-члены восстанавливать деградировавшие прибрежные водно-болотные угодья;",
        "См. доклад Генерального секретаря (A/80/287).",
        ("Связанные документы:", "См. также:"),
    ),
    "ar": (
        "80/142 - حماية النظم الإيكولوجية لأشجار المانغروف",
        "إن الجمعية العامة،",
        "إذ تشير إلى قرارها 76/212 المؤرخ 14 كانون الأول/ديسمبر 2021 وقرار مجلس الأمن 2712 (2023)،",
        "3 - تهيب بالدول الأعضاء أن تستعيد الأراضي الرطبة الساحلية المتدهورة؛",
        "انظر تقرير الأمين العام (A/80/287).",
        ("وثائق ذات صلة:", "انظر أيضا:"),
    ),
    "zh": (
        "80/142. 保护红树林生态系统",
        "大会，",
        "回顾其2021年12月14日第76/212号决议和安全理事会第2712(2023)号决议，",
        "3. 吁请会员国恢复退化的沿海湿地；",
        "见秘书长的报告(A/80/287)。",
        ("相关文件：", "另见："),
    ),
}
OWN = "A/RES/80/142"
CITED = ["A/RES/76/212", "S/RES/2712(2023)"]
NOTE = ["A/80/287"]
LINKS = '<a href="/d/A/80/12">A/80/12</a> | <a href="/d/A/80/13">A/80/13</a>'


def body(lang: str, mark: str = "") -> str:
    heading, opening, recalling, operative, _, _ = TEXTS[lang]
    return f"<h1>{heading}</h1><p>{opening}</p><p>{recalling}{mark}</p><p>{operative}</p>"


def google_docs_in_main(lang: str) -> str:
    """A Google Docs export pasted into a CMS ``<main>``: its notes, each opening with its number
    linked back to the reference, in a plain division after ``<main>`` (a rule above them)."""
    ref = '<sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup>'
    back = '<a href="#ftnt_ref1" id="ftnt1">[1]</a>'
    note = f'<div><p class="c4">{back}<span class="c2"> {TEXTS[lang][4]}</span></p></div>'
    return (
        '<nav><a href="/">Portail</a></nav><main><div class="doc-content">'
        f'{body(lang, ref)}</div></main><hr class="c9">{note}<footer>© Portail</footer>'
    )


def google_docs_notes_as_paragraphs(lang: str) -> str:
    """… its notes as paragraphs of their own after ``<main>``, no division around them."""
    ref = '<sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup>'
    note = f'<p><a href="#ftnt_ref1" id="ftnt1">[1]</a> {TEXTS[lang][4]}</p>'
    return f"<main>{body(lang, ref)}</main>{note}<div class='site'>© Portail</div>"


def related_paragraph(lang: str) -> str:
    """No ``<main>``: the text, then a paragraph of links under the site's label."""
    return f"<div>{body(lang)}<p>{TEXTS[lang][5][0]} {LINKS}</p></div>"


def see_also_paragraph(lang: str) -> str:
    """… under a "see also" label, the site's footer line after it."""
    return f"<div>{body(lang)}</div><p>{TEXTS[lang][5][1]} {LINKS}</p><p>© Portail 2026</p>"


def related_after_rule(lang: str) -> str:
    """… the plain-text copy's twin: a rule (``<hr>``) above the related-documents line."""
    return f"<div>{body(lang)}<hr><p>{TEXTS[lang][5][0]} {LINKS}</p></div>"


def see_also_heading(lang: str) -> str:
    """… a heading with the label alone above a list of links."""
    label = TEXTS[lang][5][1].rstrip(" :：")
    items = '<li><a href="/d/1">A/80/12</a></li><li><a href="/d/2">A/80/13</a></li>'
    return f"<section>{body(lang)}</section><h3>{label}</h3><ul>{items}</ul>"


#: A library's labels of a record's symbol, title and related resources, in each language
RECORD = {
    "en": ("Symbol", "Title", "Related resources"),
    "fr": ("Cote", "Titre", "Ressources connexes"),
    "es": ("Signatura", "Título", "Recursos relacionados"),
    "ru": ("Условное обозначение", "Название", "Связанные ресурсы"),
    "ar": ("الرمز", "العنوان", "موارد ذات صلة"),
    "zh": ("文号", "标题", "相关资源"),
}
RELATED = '<a href="/r/1">A/80/12</a><br><a href="/r/2">A/80/L.41</a><br><a href="/r/3">A/80/PV.55</a>'


def _record_rows(lang: str) -> list[tuple[str, str]]:
    """A record's rows: its label and value of the symbol, the title, the related resources."""
    symbol, title, related = RECORD[lang]
    return [(symbol, OWN), (title, TEXTS[lang][0].split(" ", 1)[1]), (related, RELATED)]


def _th_rows(rows: list[tuple[str, str]]) -> str:
    """A table's rows, each labelled by a header cell before its value."""
    return "".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in rows)


def record_table(lang: str) -> str:
    """A digital library's record: a table of metadata, each row labelled by a header cell
    (the record's symbol, its title, the related resources as links), before the text."""
    cells = _th_rows(_record_rows(lang))
    return f'<table class="metadata">{cells}</table><div class="fulltext">{body(lang)}</div>'


def record_cells(lang: str) -> str:
    """… the rows labelled by plain cells (a few words, no link, no number) in place of header cells."""
    rows = _record_rows(lang)
    cells = "".join(f'<tr><td class="label">{a}</td><td class="value">{b}</td></tr>' for a, b in rows)
    return f"<table>{cells}</table><div>{body(lang)}</div>"


def record_one_related(lang: str) -> str:
    """… one related resource alone in its row: the label tells (the lexicon's ``related_label``)."""
    symbol, _, related = RECORD[lang]
    link = '<a href="/r">A/80/L.41</a>'
    cells = _th_rows([(symbol, OWN), (related, link)])
    return f"<table>{cells}</table><div>{body(lang)}</div>"


#: A record's other labels: its agenda item, its draft, its meeting's record (each a document)
MORE = {
    "en": ("Agenda", "Draft", "Meeting record"),
    "fr": ("Ordre du jour", "Projet", "Procès-verbal"),
    "es": ("Programa", "Proyecto", "Acta"),
    "ru": ("Повестка дня", "Проект", "Отчет о заседании"),
    "ar": ("جدول الأعمال", "المشروع", "محضر الجلسة"),
    "zh": ("议程", "草案", "会议记录"),
}


def record_metadata(lang: str) -> str:
    """A record's full metadata: beside its symbol, rows that name other documents (its agenda
    item, its draft, its meeting's record), each a link; none is cited by the text."""
    agenda, draft, meeting = MORE[lang]
    values = [(agenda, "A/80/251"), (draft, "A/80/L.41"), (meeting, "A/80/PV.55")]
    rows = [(RECORD[lang][0], OWN)] + [(a, f'<a href="/r/{i}">{b}</a>') for i, (a, b) in enumerate(values)]
    return f"<table>{_th_rows(rows)}</table>"


def record_metadata_text(lang: str) -> str:
    """… above the text it shows."""
    return f"{record_metadata(lang)}<div>{body(lang)}</div>"


def related_above_footer(lang: str) -> str:
    """No ``<main>``: a line of related links, then the site's footer, a sentence."""
    footer = "<p>This site is kept by a law clinic for teaching and is no official record.</p>"
    return f"<div>{body(lang)}</div><p>{TEXTS[lang][5][0]} {LINKS}</p><div>{footer}</div>"


def text_layer_runs(lang: str) -> str:
    """A PDF viewer's text layer: each printed line a run placed on the page (``top``), with no
    line break between runs — the symbol above the title, the title above the opening words."""
    heading, opening, recalling, operative, _, _ = TEXTS[lang]
    lines = [OWN, heading, opening, recalling, operative]
    runs = "".join(
        f'<span style="left: 9.1%; top: {12 + 3 * k}.4%;">{line}</span>' for k, line in enumerate(lines)
    )
    return f'<iframe src="/viewer"></iframe><div class="textLayer">{runs}</div>'


def form_controls(lang: str) -> str:
    """A site's form above the text: a menu of other documents and a button that names one."""
    options = "\n".join(f"<option>A/80/{k}</option>" for k in (12, 13, 14))
    return (
        f'<form><select name="doc">{options}</select><button>A/80/78</button></form><div>{body(lang)}</div>'
    )


def record_list(lang: str) -> str:
    """… the metadata as a description list, the related resources one value of links."""
    symbol, _, related = RECORD[lang]
    items = f"<dt>{symbol}</dt><dd>{OWN}</dd><dt>{related}</dt><dd>{RELATED.replace('<br>', '; ')}</dd>"
    return f"<dl>{items}</dl><div>{body(lang)}</div>"


def aria_hidden_symbol(lang: str) -> str:
    """An element kept from assistive technology (``aria-hidden``) before the text: not read."""
    return f'<p aria-hidden="true">A/79/904</p><div>{body(lang)}</div>'


#: Each layout: its name, how its page is built, what it cites beyond ``CITED``
LAYOUTS: list[tuple[str, Callable[[str], str], list[str]]] = [
    ("google docs notes after main", google_docs_in_main, NOTE),
    ("google docs note paragraphs after main", google_docs_notes_as_paragraphs, NOTE),
    ("related paragraph", related_paragraph, []),
    ("see also paragraph", see_also_paragraph, []),
    ("related line under a rule", related_after_rule, []),
    ("see also heading above a list", see_also_heading, []),
    ("record as a table of metadata", record_table, []),
    ("record as a table of labelled cells", record_cells, []),
    ("record as a description list", record_list, []),
    ("record with one related resource", record_one_related, []),
    ("record's full metadata above its text", record_metadata_text, []),
    ("related line above the site's footer", related_above_footer, []),
    ("text layer of placed runs", text_layer_runs, []),
    ("form controls naming documents", form_controls, []),
    ("aria-hidden element", aria_hidden_symbol, []),
]
ROWS = [(f"{name} ({lang})", lang, build, more) for name, build, more in LAYOUTS for lang in TEXTS]


@pytest.mark.parametrize(("name", "lang", "build", "more"), ROWS, ids=[r[0] for r in ROWS])
def test_furniture_and_notes(name: str, lang: str, build: Callable[[str], str], more: list[str]) -> None:
    head = f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>Portail</title></head>'
    page = f"{head}<body>{build(lang)}</body></html>"
    res = extract_text(text_of(page.encode(), "copy.html"))
    assert res.document.source_id == OWN, name
    assert sorted({str(c.target) for c in res.citations if c.target}) == sorted(CITED + more), name


def record_alone(lang: str) -> str:
    """A record's page that shows its metadata alone (the related resources as links)."""
    return f'<h2>Library</h2><table>{_th_rows(_record_rows(lang))}</table><p><a href="/f">PDF</a></p>'


def viewer_alone(lang: str) -> str:
    """A documents site's viewer: a toolbar naming the symbol, the document in an ``<iframe>``
    whose title and address name it (no text layer)."""
    frame = f'<iframe src="https://docs.example.org/{lang}/{OWN}.pdf" title="{OWN}"></iframe>'
    return f'<div class="toolbar"><a href="/">Docs</a> <span>{OWN}</span></div>{frame}'


def viewer_object(lang: str) -> str:
    """… the document in an ``<object>`` whose address names it, its fallback a download link."""
    return (
        f'<div class="bar">Docs › {OWN}</div><object data="/pdf/{OWN}.pdf" type="application/pdf">'
        f'<a href="/pdf/{OWN}.pdf">PDF</a></object>'
    )


PAGES_ALONE = [
    ("record", record_alone),
    ("record's full metadata", record_metadata),
    ("viewer", viewer_alone),
    ("object viewer", viewer_object),
]
ALONE_ROWS = [(f"{name} ({lang})", lang, build) for name, build in PAGES_ALONE for lang in TEXTS]


@pytest.mark.parametrize(("name", "lang", "build"), ALONE_ROWS, ids=[r[0] for r in ALONE_ROWS])
def test_page_without_its_text(name: str, lang: str, build: Callable[[str], str]) -> None:
    """A page that shows a document without its text (a record's metadata, a viewer): the
    document's symbol is the page's own id, and the page cites nothing (related resources are
    the site's links)."""
    page = f'<html lang="{lang}"><body>{build(lang)}</body></html>'
    res = extract_text(text_of(page.encode(), "page.html"))
    assert (res.document.source_id, [c.target for c in res.citations]) == (OWN, []), name


#: A news site's lead in each language: the Assembly adopted the text (its number named)
LEAD = {
    "en": "NEW YORK, 9 December — The General Assembly today adopted resolution 80/142 on mangroves.",
    "fr": "NEW YORK, 9 décembre — L'Assemblée générale a adopté la résolution 80/142 sur les mangroves.",
    "es": "NUEVA YORK, 9 de diciembre — La Asamblea General aprobó la resolución 80/142 sobre los manglares.",
    "ru": "НЬЮ-ЙОРК, 9 декабря — Генеральная Ассамблея сегодня приняла резолюцию 80/142 о мангровых лесах.",
    "ar": "نيويورك، 9 كانون الأول/ديسمبر — اعتمدت الجمعية العامة اليوم القرار 80/142 بشأن أشجار المانغروف.",
    "zh": "纽约，12月9日 — 大会今天通过了关于红树林的第80/142号决议。",
}


def news_with_video(lang: str) -> str:
    """A news article quoting the text, a video of the meeting embedded (its title names the
    meeting's record among other words; its address names no document)."""
    video = '<iframe src="https://video.example.org/embed/4471" title="Meeting A/80/PV.55"></iframe>'
    return (
        f"<article><h2>News</h2><p>{LEAD[lang]}</p>{video}<blockquote>{TEXTS[lang][2]}</blockquote></article>"
    )


def news_with_address_path(lang: str) -> str:
    """… an embedded map whose address has a path of a capital's and lower-case words."""
    frame = '<iframe src="https://maps.example.org/EN/place/2210"></iframe>'
    return f"<article><p>{LEAD[lang]}</p>{frame}<blockquote>{TEXTS[lang][2]}</blockquote></article>"


NEWS = [("video", news_with_video), ("map", news_with_address_path)]
NEWS_ROWS = [(f"{name} ({lang})", lang, build) for name, build in NEWS for lang in TEXTS]


@pytest.mark.parametrize(("name", "lang", "build"), NEWS_ROWS, ids=[r[0] for r in NEWS_ROWS])
def test_news_article_embedding(name: str, lang: str, build: Callable[[str], str]) -> None:
    """A news article that embeds a frame: no own id from the frame (the article's is none), and
    the texts it quotes are cited."""
    page = f'<html lang="{lang}"><body>{build(lang)}</body></html>'
    res = extract_text(text_of(page.encode(), "news.html"))
    targets = sorted({str(c.target) for c in res.citations if c.target})
    assert (res.document.source_id, targets) == (None, sorted([OWN, *CITED])), name
