"""A lettered part's own id keeps its letter (ids.md: A/RES/53/77A), as its citations do: a
masthead "A/RES/82/54 B" or "A/RES/82/54B", a heading "82/54 B. Title" or "82/54 B" alone on
its line, in six languages and in HTML, Word and PDF; a cited symbol "A/RES/82/54 B" (and "A
and B") keeps the letter — and the look-alikes: a capital that is no part's letter ("Bis",
"Add.1", a bracket's end between), a compilation's text "82/54" with its parts "A" and "B"
under one heading (the number's id). And a list of texts read out of two columns ("… thereto
Decision⏎2/2 Implementation …") gives the document no own id.

Every passage is written for these tests in the style of UN documents."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text
from rescite.read import text_of
from test_formats import make_pdf
from test_formats_word import docx, p
from test_ownid_seventeen import ADOPTED, ASSEMBLY, ASSEMBLY_BODY, DISTR, LANGS, ORG, TITLE

CITED = ["A/RES/68/141"]
PART = "A/RES/82/54B"


def _check(text: str, own: str | None, cited: list[str]) -> None:
    res = extract_text(text)
    assert res.document.source_id == own
    assert list(dict.fromkeys(c.target for c in res.citations)) == cited


ROWS: list[tuple[str, str, str | None, list[str]]] = []
for _l in LANGS:
    _top = f"{ORG[_l]}\n{{sym}}\n{ASSEMBLY[_l]}\n{DISTR[_l]}\n\n{ADOPTED[_l]}\n\n"
    ROWS += [
        (
            f"{_l}: a masthead with the letter after a space, the heading with it",
            _top.format(sym="A/RES/82/54 B") + f"82/54 B. {TITLE[_l]}\n\n{ASSEMBLY_BODY[_l]}",
            PART,
            CITED,
        ),
        (
            f"{_l}: a masthead with the letter glued, the heading with it",
            _top.format(sym="A/RES/82/54B") + f"82/54 B. {TITLE[_l]}\n\n{ASSEMBLY_BODY[_l]}",
            PART,
            CITED,
        ),
        (
            f"{_l}: a masthead with the letter after a space, no heading",
            _top.format(sym="A/RES/82/54 B") + f"{TITLE[_l]}\n\n{ASSEMBLY_BODY[_l]}",
            PART,
            CITED,
        ),
        (
            f"{_l}: the heading's number and letter, a full stop and the title",
            f"{ADOPTED[_l]}\n\n82/54 B. {TITLE[_l]}\n\n{ASSEMBLY_BODY[_l]}",
            PART,
            CITED,
        ),
        (
            f"{_l}: the heading's number and letter alone on its line",
            f"{ADOPTED[_l]}\n\n82/54 B\n{TITLE[_l]}\n\n{ASSEMBLY_BODY[_l]}",
            PART,
            CITED,
        )
        if _l != "ar"
        else (  # (an Arabic heading has its dash; its letter is often a word)
            "ar: the heading's letter as a word, a dash and the title",
            f"{ADOPTED[_l]}\n\n82/54 باء - {TITLE[_l]}\n\n{ASSEMBLY_BODY[_l]}",
            PART,
            CITED,
        ),
        # -- look-alike: a compilation's text whose parts A and B stand under its one heading
        (
            f"{_l}: a text '82/54' holding parts A and B keeps the number's id",
            f"{ADOPTED[_l]}\n\n82/54. {TITLE[_l]}\n\nA\n\n{ASSEMBLY_BODY[_l]}\nB\n\n"
            + (
                ASSEMBLY_BODY[_l].replace("68/141", "A/RES/80/12 C")
                if _l != "zh"
                else ASSEMBLY_BODY[_l].replace("决议，", "决议（A/RES/80/12 C），")
            ),
            "A/RES/82/54",
            [*CITED, "A/RES/80/12C"],
        ),
    ]

GA = "The General Assembly,\n\n"
ROWS += [
    (
        "en: a cited symbol with its part's letter after a space",
        GA + "Recalling A/RES/71/54 B on transparency in armaments,\n",
        None,
        ["A/RES/71/54B"],
    ),
    (
        "en: a cited symbol with its letter, a full stop and a title",
        GA + "Recalling A/RES/71/54 B. Transparency in armaments,\n",
        None,
        ["A/RES/71/54B"],
    ),
    (
        "en: a cited symbol with two parts' letters",
        GA + "Recalling A/RES/71/54 A and B of 5 December 2016,\n",
        None,
        ["A/RES/71/54A", "A/RES/71/54B"],
    ),
    (
        "fr: a cited symbol with two parts' letters",
        "L'Assemblée générale,\n\nRappelant A/RES/71/54 A et B,\n",
        None,
        ["A/RES/71/54A", "A/RES/71/54B"],
    ),
    (
        "en: a cited decision's symbol with its letter",
        GA + "Recalling A/DEC/71/554 B of 23 December 2016,\n",
        None,
        ["A/DEC/71/554B"],
    ),
    # -- look-alikes: capitals that are no part's letter (each beside a lettered symbol)
    (
        "en: a word after the symbol is no letter",
        GA + "Recalling A/RES/71/54 Bis for the record and A/RES/70/33 B,\n",
        None,
        ["A/RES/71/54", "A/RES/70/33B"],
    ),
    (
        "en: an addendum after the symbol is no letter",
        GA + "Recalling A/RES/71/54 Add.1 on the budget and A/RES/70/33 B,\n",
        None,
        ["A/RES/71/54", "A/RES/70/33B"],
    ),
    (
        "en: a bracket's end between the symbol and the capital",
        GA + "Recalling its decision (A/RES/71/54) B. Further recalling A/RES/70/33 B,\n",
        None,
        ["A/RES/71/54", "A/RES/70/33B"],
    ),
    (
        "en: a report's symbol keeps no letter after it",
        GA + "Having considered the report A/71/54 B of the Committee and A/RES/70/33 B,\n",
        None,
        ["A/71/54", "A/RES/70/33B"],
    ),
]

# a list of decisions read out of a two-column page: the noun ends one line, the number opens
# the next
TWO_COLUMNS = (
    "During its third session (Vienna, 8-19 October 2029), the Conference took the texts\n"
    "listed below, each under its own agenda item:\n"
    "Decision 3/1 Review of the implementation of the Convention and of the programme of work\n"
    "of the Conference thereto Decision\n"
    "3/2 Cooperation in criminal matters among the States parties to the Convention Decision 3/3\n"
    "Technical assistance and capacity-building activities\n"
    "The Conference of the Parties to the United Nations Convention against Transnational Organized\n"
    "Crime:\n"
    "(a) Recalled its decision 2/4, by which it had asked States parties for information;\n"
)
ROWS += [
    (
        "en: a list of decisions out of two columns gives no own id",
        TWO_COLUMNS,
        None,
        ["CTOC/COP/DEC/3/1", "CTOC/COP/DEC/3/2", "CTOC/COP/DEC/3/3", "CTOC/COP/DEC/2/4"],
    ),
]


@pytest.mark.parametrize(("name", "text", "own", "cited"), ROWS, ids=[r[0] for r in ROWS])
def test_own_id_of_a_lettered_part(name: str, text: str, own: str | None, cited: list[str]) -> None:
    _check(text, own, cited)


def _html(text: str) -> bytes:
    return (
        "<html><body>" + "".join(f"<p>{x}</p>" for x in text.split("\n") if x.strip()) + "</body></html>"
    ).encode()


def _word(text: str) -> bytes:
    return docx("".join(p(x) for x in text.split("\n") if x.strip()))


# (a Chinese number alone on its line heads a text only with its title on the next line: the
# blank line HTML and Word put between paragraphs leaves it no heading, letter or none)
FILE_ROWS = [
    r for r in ROWS if r[2] == PART and not r[0].startswith("zh: the heading's number and letter alone")
]


@pytest.mark.parametrize(("name", "text", "own", "cited"), FILE_ROWS, ids=[r[0] for r in FILE_ROWS])
def test_own_id_of_a_lettered_part_in_html_and_word(name: str, text: str, own: str, cited: list[str]) -> None:
    _check(text_of(_html(text), "text.html"), own, cited)
    _check(text_of(_word(text), "text.docx"), own, cited)


PDF_ROWS = [r for r in FILE_ROWS if r[0][:2] in ("en", "fr", "es")]


@pytest.mark.parametrize(("name", "text", "own", "cited"), PDF_ROWS, ids=[r[0] for r in PDF_ROWS])
def test_own_id_of_a_lettered_part_in_pdf(name: str, text: str, own: str, cited: list[str]) -> None:
    lines = [x for x in text.split("\n") if x.strip()]
    _check(text_of(make_pdf([lines]), "text.pdf"), own, cited)
