"""A tiny stand-in for the extraction engine, for tests of the index, graph and commands.

Documents are written in a toy markup, so tests control exactly what is cited::

    @id A/RES/72/1
    @title Global Plan
    @date 2017-09-25
    Recalling [A/RES/64/293] and [A/RES/55/25 | annex II]
    3. Welcomes [UNTS/2237/39574]

``@part ID`` starts a text of a compilation: the mentions after it are that text's;
``[TARGET]`` or ``[TARGET | pinpoint]``; a line starting ``N.`` is operative paragraph N,
other lines are preamble paragraphs; the words before the first bracket are the verb.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from rescite.corpus.keys import id_body
from rescite.ids import kind_of_id
from rescite.models import CanonicalId, Citation, DocumentInfo, ExtractResult

FUNCTIONS = {
    "recalling": "builds_on",
    "welcomes": "acknowledges",
    "noting": "acknowledges",
    "decides": "acts",
    "requests": "acts",
}
_MENTION = re.compile(r"\[([^\]|]+?)\s*(?:\|\s*([^\]]+?)\s*)?\]")


def made_up_word(rng: random.Random, syllables: list[str]) -> str:
    """A word of two to four of ``syllables`` drawn by ``rng`` (generated corpora's titles and text)."""
    return "".join(rng.choice(syllables) for _ in range(rng.randrange(2, 5)))


def fake_extract(text: str, source: str = "-", lang: str | None = None) -> ExtractResult:
    if "@boom" in text:
        raise RuntimeError("the engine broke on this file")
    head: dict[str, str] = {}
    citations = []
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped.startswith("@"):
            key, _, value = stripped[1:].partition(" ")
            head[key] = value.strip()
        elif stripped:
            m = re.match(r"(\d+)\.\s+", stripped)
            section, paragraph = ("operative", m.group(1)) if m else ("preamble", None)
            first = line.find("[")
            verb_text = line[: first if first != -1 else len(line)].strip()
            verb = re.sub(r"^\d+\.\s*", "", verb_text).split(" and")[0].strip() or None
            for mm in _MENTION.finditer(line):
                target = mm.group(1).strip()
                citations.append(
                    Citation(
                        source=source,
                        source_id=CanonicalId(head.get("part") or head["id"])
                        if "id" in head or "part" in head
                        else None,
                        start=offset + mm.start(1),
                        end=offset + mm.start(1) + len(target),
                        text=target,
                        target=CanonicalId(target),
                        kind=kind_of_id(target),
                        body=id_body(target),
                        pinpoint=mm.group(2),
                        function=FUNCTIONS.get((verb or "").split(" ")[0].lower()),
                        verb=verb,
                        section=section,
                        paragraph=paragraph,
                        part=head["part"].split("/", 2)[-1] if "part" in head else None,
                    )
                )
        offset += len(line)
    doc = DocumentInfo(
        source=source,
        source_id=CanonicalId(head["id"]) if "id" in head else None,
        lang=lang or "en",
        title=head.get("title"),
        body=id_body(head["id"]) if "id" in head else None,
        date=head.get("date"),
    )
    return ExtractResult(doc, citations)


#: A small corpus: a chain 72/1 ← 73/146 ← 74/176 ← 76/186, plus externals.
CORPUS = {
    "a/72_1.txt": "@id A/RES/72/1\n@title Political declaration on trafficking\n@date 2017-09-27\n"
    "Recalling [A/RES/64/293] and [A/RES/55/25 | annex II]\n1. Decides [UNTS/2237/39574]\n",
    "a/73_146.txt": "@id A/RES/73/146\n@title Trafficking in women and girls\n@date 2018-12-17\n"
    "Recalling [A/RES/72/1]\n2. Welcomes [A/RES/64/293]\n3. Requests [A/73/263]\n",
    "b/74_176.txt": "@id A/RES/74/176\n@title Improving coordination\n@date 2019-12-18\n"
    "Recalling [A/RES/73/146] and [A/RES/64/293]\n",
    "b/76_186.txt": "@id A/RES/76/186\n@title Improving the coordination of efforts\n@date 2021-12-16\n"
    "Recalling [A/RES/74/176]\nNoting [S/RES/2331(2016)]\n4. Decides [CTOC/COP/DEC/4/4]\n",
    "b/notes.txt": "no id here\nRecalling [A/RES/64/293]\n",
}


def write_corpus(root: Path, files: dict[str, str] = CORPUS) -> Path:
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    return root


def use_fake_engine(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The index and the command line on this engine, with a cache of their own and no corpus
    or colour setting taken from the environment."""
    from rescite.corpus import reading

    monkeypatch.setattr(reading, "extract_text", fake_extract)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("RESCITE_CORPUS", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
