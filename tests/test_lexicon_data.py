"""A language is its data file: every key of every lexicon is read by the engine, and taking
a language's file away takes that language away and nothing else."""

from __future__ import annotations

import shutil
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from rescite.engine.extract import extract_text
from rescite.grammar import lexicon

DATA = Path(lexicon.__file__).resolve().parent / "data"
CODES = lexicon.language_codes()
# tables the tests read (each language's examples and row sentences), not the engine
FOR_TESTS = {"examples", "row_tests"}
# a passage in each language that touches its words: verbs, nouns, bodies, dates, footnotes
PASSAGES = {
    "en": "A/RES/72/1\n\nThe General Assembly,\n\nRecalling its resolution 61/144 of 19 December 2006,",
    "fr": "A/RES/72/1\n\nL'Assemblée générale,\n\nRappelant sa résolution 61/144 du 19 décembre 2006,",
    "es": "A/RES/72/1\n\nLa Asamblea General,\n\n"
    "Recordando su resolución 61/144, de 19 de diciembre de 2006,",
    "ru": "A/RES/72/1\n\nГенеральная Ассамблея,\n\n"
    "ссылаясь на свою резолюцию 61/144 от 19 декабря 2006 года,",
    "ar": "A/RES/72/1\n\nإن الجمعية العامة،\n\nإذ تشير إلى قرارها 61/144 المؤرخ 19 كانون الأول/ديسمبر 2006،",
    "zh": "A/RES/72/1\n\n大会，\n\n回顾其2006年12月19日第61/144号决议，",
}


def _clear_caches() -> None:
    """Forget every compiled table (they are cached per process)."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("rescite."):
            continue
        for value in list(vars(module).values()):
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


@pytest.fixture
def fresh_lexicon(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    _clear_caches()
    monkeypatch.setattr(lexicon, "_cache_get", lambda key: None)  # the files, not a kept copy
    yield
    monkeypatch.undo()
    _clear_caches()


class Recorder(dict[str, Any]):
    """A TOML table that notes which of its keys are read."""

    def __init__(self, data: dict[str, Any], path: str, seen: set[str]) -> None:
        super().__init__(
            {k: Recorder(v, f"{path}{k}.", seen) if isinstance(v, dict) else v for k, v in data.items()}
        )
        self.path, self.seen = path, seen

    def __getitem__(self, key: str) -> Any:
        self.seen.add(self.path + key)
        return super().__getitem__(key)

    def get(self, key: str, default: Any = None) -> Any:
        self.seen.add(self.path + key)
        return super().get(key, default)

    def items(self) -> Any:
        self.seen.update(self.path + k for k in self)
        return super().items()

    def values(self) -> Any:
        self.seen.update(self.path + k for k in self)
        return super().values()

    def __iter__(self) -> Iterator[str]:
        self.seen.update(self.path + k for k in super().keys())  # noqa: SIM118 (not our __iter__)
        return super().__iter__()


def _leaves(table: dict[str, Any], path: str = "") -> Iterator[str]:
    for k, v in table.items():
        if path == "" and k in FOR_TESTS:
            continue
        if isinstance(v, dict) and path.count(".") < 1 and k not in ("bodies", "instruments", "generic"):
            yield from _leaves(v, f"{path}{k}.")
        else:
            yield path + k


def test_every_lexicon_key_is_read_by_the_engine(
    monkeypatch: pytest.MonkeyPatch, fresh_lexicon: None
) -> None:
    seen: set[str] = set()
    real_loads = tomllib.loads
    monkeypatch.setattr(tomllib, "loads", lambda text: Recorder(real_loads(text), "", seen))
    for code, text in PASSAGES.items():
        assert extract_text(text, lang=code).targets() == ["A/RES/61/144"], code
        assert extract_text(text).targets() == ["A/RES/61/144"], code
        # without a masthead, the text's own number is looked for in the running text too
        assert extract_text(text.split("\n\n", 1)[1], lang=code).targets() == ["A/RES/61/144"], code
    from rescite.grammar import dates, headings, names, notes, verbs

    headings.heading_rules()  # the words of mastheads and of citing leads
    headings.copy_labels()  # a copy's words that name the text itself
    headings.related_label.cache_clear()
    headings.related_label()  # a copy's label before its closing list of related texts
    headings.recycle_line.cache_clear()
    headings.recycle_line()  # the recycling mark's words at a first page's foot
    headings.cover_volumes()  # a volume's number on its cover
    headings.cover_supplement.cache_clear()
    headings.cover_supplement()  # a supplement's label before its number on a cover
    headings.distribution_before.cache_clear()
    headings.distribution_before()  # a masthead's distribution mark run onto its symbol's line
    verbs.adoption_noun.cache_clear()
    verbs.adoption_noun()  # an adoption's noun, before the date beside its agent
    verbs.finite_words.cache_clear()
    verbs.finite_words()  # a sentence's finite verbs, before a first symbol it cites
    # legal styles' authors, periodicals; the words that make a body's name a complement, and what
    # may stand before a short form of a note
    # (… and the words that make a short name point back, and the nouns of things codes name)
    for lazy in (
        notes.author_lead,
        notes.periodical_before,
        notes.complement_before,
        notes.ibid_short_lead,
        verbs.back_word,
        verbs.code_noun_before,
        dates.sentence_date,  # (… and what may lead a date that opens a sentence: Arabic "وفي")
        dates.adoption_noun_date,  # (… and the participles before a date and its noun: "принятую")
        dates.day_range_end,  # (… and the words of a span of days: "from 21 to 23 October")
        dates.coordinated_date,  # (… and the words that join a second clause of an adoption: "and, on …,")
        dates.topic_date,  # (… and the words that date a topic's own noun: "held", "signed")
        dates.topic_date_bare,  # (… and the word of a topic's date with no comma: ru "от")
    ):
        lazy.cache_clear()
        lazy()
    # the words that open a document's date set off by a comma after its symbol (es "…, de …"), and
    # the number mark and noun written after a symbol (zh "号文件")
    # (… and whether a language's copies write a session and a number turned round: Arabic)
    # (… and the noun of a treaty that shares its protocol's title: "the 1951 Convention and …")
    # (… and the name of a collection or library a copy puts after a statement's title)
    # (… and the link of a text that amends another and a State's texts by their adjective)
    # (… and the noun of an instrument's draft after its name: zh "《宪章》草案")
    # (… and an instrument's short names that point back at it and the words of a longer title,
    # and the preposition of a State's act's date after a treaty's name: "…, on 22 September 2006")
    # (… and the participle of a treaty's conclusion before its place and date: "done at")
    from rescite.grammar import council

    council.site_name_after.cache_clear()
    council.site_name_after("*")
    from rescite.engine import find, find_council, find_symbols, find_turned, resolve

    find_symbols.comma_date_link.cache_clear()
    find_symbols.noun_after_symbol.cache_clear()
    find_symbols.date_link_symbol.cache_clear()
    find_council.actor_close.cache_clear()
    find_council.gerund_before.cache_clear()  # (… and the gerunds of an adoption: ru "приняв")
    find_turned.turns_numbers.cache_clear()
    find.shared_title_head.cache_clear()
    find.draft_after.cache_clear()
    find.back_names.cache_clear()
    find.action_date.cache_clear()
    find.act_before.cache_clear()
    find.done_at.cache_clear()
    resolve.amending.cache_clear()
    # (… and the words of a volume's parts: "Part II. Decisions …")
    from rescite.engine import parts

    parts._chapter_line.cache_clear()
    parts._chapter_line("en")
    for code in CODES:
        resolve.amending(code)
        find.shared_title_head(code)
        find.draft_after(code)
        find.back_names(code)
        find.action_date(code)
        find.act_before(code)
        find.done_at(code)
        find_symbols.comma_date_link(code)
        find_symbols.noun_after_symbol(code)
        find_symbols.date_link_symbol(code)
        find_council.actor_close(code)
        find_council.gerund_before(code)
        find_turned.turns_numbers(code)
    # the tables of names, queries and titles (the index and the queries read them)
    for value in vars(names).values():
        if callable(getattr(value, "cache_clear", None)):
            value()
    for code in CODES:
        raw = real_loads((DATA / f"{code}.toml").read_text(encoding="utf-8"))
        unread = sorted(k for k in _leaves(raw) if k not in seen)
        assert not unread, (code, unread)


def _without(tmp_path: Path, code: str) -> Path:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    (data / f"{code}.toml").unlink()
    return data


@pytest.mark.parametrize("removed", CODES)
def test_removing_a_language_file_removes_that_language_only(
    removed: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_lexicon: None
) -> None:
    monkeypatch.setattr(lexicon, "_HERE", _without(tmp_path, removed))
    assert removed not in lexicon.language_codes()
    assert removed not in lexicon.load().languages
    # the language's own words are read no more: its passage gives nothing of its own
    res = extract_text(PASSAGES[removed])
    assert not [c for c in res.citations if c.verb or c.date], res.citations
    # every other language still reads its passage and its examples exactly as before
    for code in CODES:
        if code == removed:
            continue
        cited = extract_text(PASSAGES[code], lang=code).citations
        assert [(c.target, c.date) for c in cited] == [("A/RES/61/144", "2006-12-19")], (removed, code)
        for example in lexicon.load().languages[code].raw.get("examples", []):
            text = example["text"]
            if example.get("self"):
                text = f"{example['self']}\n\n{text}"
            got = set(extract_text(text, lang=code).targets())
            assert got == set(example["targets"]), (removed, code, text, got)
