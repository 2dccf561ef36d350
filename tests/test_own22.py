"""The document's own id from more shapes of heading, and a cited symbol never taken for it.

Every passage is written for these tests in the style of UN documents (invented numbers,
dates and titles)."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

GA_BODY = "\n\nThe General Assembly,\n\nRecalling its resolution 70/1 of 25 September 2015,\n"
HRC_BODY = "\n\nThe Human Rights Council,\n\nRecalling General Assembly resolution 60/251 of 15 March 2006,\n"
ZH_MAST = (
    "联合国\n{sym}\n大会\nDistr.: General\n14 December 2025\nChinese\nOriginal: English\n\n"
    "第八十届会议\n议程项目71\n\n"
)
ZH_BODY = "\n\n回顾其2015年9月25日第70/1号决议，\n"

OWN_ID = [
    # a Chinese masthead: the symbol's line is not joined to the organ's name under it
    ("zh corrigendum", ZH_MAST.format(sym="A/RES/80/45/Corr.1") + "更正" + ZH_BODY, "A/RES/80/45/Corr.1"),
    ("zh addendum", ZH_MAST.format(sym="A/HRC/58/62/Add.1") + "增编" + ZH_BODY, "A/HRC/58/62/Add.1"),
    (
        "zh revision",
        ZH_MAST.format(sym="A/C.3/80/L.31/Rev.1") + "订正决议草案" + ZH_BODY,
        "A/C.3/80/L.31/Rev.1",
    ),
    (
        "zh section",
        ZH_MAST.format(sym="A/80/6 (Sect. 24)")
        + "2027年拟议方案预算\n第24款. 人权\n\n"
        + "本报告是根据大会第79/140号决议提交的。\n",
        "A/80/6(Sect.24)",
    ),
    # a heading line with the adopting body's long name
    (
        "en resolution adopted by a Conference",
        "Resolution 11/2 adopted by the Conference of the Parties to the United Nations Convention "
        "against Transnational Organized Crime\n\nCooperation on water crime\n\n"
        "The Conference of the Parties,\n\nRecalling its resolution 5/2,\n",
        "CTOC/COP/RES/11/2",
    ),
    (
        "fr résolution adoptée par une Conférence",
        "Résolution 11/2 adoptée par la Conférence des Parties à la Convention des Nations Unies contre "
        "la criminalité transnationale organisée\n\nCoopération\n\nLa Conférence des Parties,\n\n"
        "Rappelant sa résolution 5/2,\n",
        "CTOC/COP/RES/11/2",
    ),
    (
        "es resolución aprobada por una Conferencia",
        "Resolución 11/2 aprobada por la Conferencia de las Partes en la Convención de las Naciones Unidas "
        "contra la Delincuencia Organizada Transnacional\n\nCooperación\n\nLa Conferencia de las Partes,\n\n"
        "Recordando su resolución 5/2,\n",
        "CTOC/COP/RES/11/2",
    ),
    (
        "en states parties, long name",
        "Resolution 10/4 adopted by the Conference of the States Parties to the United Nations Convention "
        "against Corruption\n\nAsset recovery\n\nThe Conference of the States Parties,\n\n"
        "Recalling its resolution 9/1,\n",
        "CAC/COSP/RES/10/4",
    ),
    # … or the adopting body's line of its own under the title
    (
        "en adopted-by line under the title",
        "Resolution 11/2\n\nCooperation on water crime\n\nAdopted by the Conference of the Parties to the "
        "United Nations Convention against Transnational Organized Crime\n\nThe Conference of the Parties,"
        "\n\nRecalling its resolution 5/2,\n",
        "CTOC/COP/RES/11/2",
    ),
    (
        "fr adopted-by line under the title",
        "Résolution 11/2\n\nCoopération\n\nAdoptée par la Conférence des Parties à la Convention des Nations "
        "Unies contre la criminalité transnationale organisée\n\nLa Conférence des Parties,\n\n"
        "Rappelant sa résolution 5/2,\n",
        "CTOC/COP/RES/11/2",
    ),
    (
        "es adopted-by line under the title",
        "Resolución 11/2\n\nCooperación\n\nAprobada por la Conferencia de las Partes en la Convención de las "
        "Naciones Unidas contra la Delincuencia Organizada Transnacional\n\nLa Conferencia de las Partes,\n\n"
        "Recordando su resolución 5/2,\n",
        "CTOC/COP/RES/11/2",
    ),
    # a catalogue's header whose author has a bracket after its name
    (
        "catalogue header, author's abbreviation",
        "UN General Assembly (GA), Cooperation on water : resolution / adopted by the General Assembly, "
        "4 December 2025, A/RES/80/45, available at: https://www.example.org/docid/a1b2.html" + GA_BODY,
        "A/RES/80/45",
    ),
    (
        "catalogue header, author's session",
        "UN General Assembly (80th sess. : 2025-2026), Cooperation on water : resolution / adopted by the "
        "General Assembly, 4 December 2025, A/RES/80/45, available at: https://www.example.org/docid/a1b2.html"
        + GA_BODY,
        "A/RES/80/45",
    ),
    (
        "catalogue header wrapped, author's session",
        "UN General Assembly (80th sess. : 2025-2026), Cooperation\non water : resolution / adopted by the "
        "General Assembly, 4 December 2025,\nA/RES/80/45, available at: https://www.example.org/docid/a1b2.html"
        + GA_BODY,
        "A/RES/80/45",
    ),
    (
        "catalogue header, council",
        "UN Human Rights Council (HRC), Resolution adopted by the Human Rights Council on 2 April 2025 : "
        "58/3, Right to food, 10 April 2025, A/HRC/RES/58/3, available at: "
        "https://www.example.org/docid/c3.html "
        "[accessed 5 December 2026]" + HRC_BODY,
        "A/HRC/RES/58/3",
    ),
    # a web page's title: the symbol between spaced dashes
    ("web title, dashes", "Right to food - A/HRC/RES/58/3 - Digital Library" + HRC_BODY, "A/HRC/RES/58/3"),
    ("web title, en dash at the end", "Right to food – A/HRC/RES/58/3" + HRC_BODY, "A/HRC/RES/58/3"),
    (
        "zh web title, em dashes",
        "人权理事会 — A/HRC/RES/58/3 — 数字图书馆\n\n人权理事会，\n\n回顾大会2006年3月15日第60/251号决议，\n",
        "A/HRC/RES/58/3",
    ),
]

# a symbol the opening cites is never the own id (these hold on main too: guards)
CITED = [
    (
        "a bracket in the header's first words names a text cited",
        "UN General Assembly, Report (see A/79/100), 4 December 2025, A/RES/80/45, available at: "
        "https://www.example.org/docid/a1b2.html" + GA_BODY,
    ),
    ("dashes in a sentence", "Texts on food - A/RES/70/1 - and others" + HRC_BODY),
    ("dashes after a noun that cites", "Resolutions cited - A/RES/70/1 - Annex" + HRC_BODY),
    ("recalling a symbol", "The General Assembly,\n\nRecalling A/RES/70/1 and A/RES/75/1,\n"),
    ("a Chinese short text: the symbol in a sentence's line", "联合国\n回顾A/RES/75/1\n大会，\n"),
]


@pytest.mark.parametrize(("name", "text", "own"), OWN_ID, ids=[c[0] for c in OWN_ID])
def test_own_id(name: str, text: str, own: str) -> None:
    res = extract_text(text)
    assert res.document.source_id == own
    assert own not in [c.target for c in res.citations]
    assert all(c.source_id == own for c in res.citations)


@pytest.mark.parametrize(("name", "text"), CITED, ids=[c[0] for c in CITED])
def test_a_cited_symbol_is_not_the_own_id(name: str, text: str) -> None:
    res = extract_text(text)
    assert res.document.source_id is None
    cited = {c.target for c in res.citations}
    assert cited & {"A/RES/70/1", "A/RES/75/1"}
