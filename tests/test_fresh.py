"""The check every query makes first (``corpus.fresh``): an index that is up to date is
taken as it is, and anything else — an edited file, another rescite, a setting, a foreign
file — leaves the decision to the full refresh.  Also: the line and page numbers the
index keeps are the ones counted by reading the file again."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from fake_engine import fake_extract, write_corpus
from rescite.corpus import fresh, query, reading, schema
from rescite.corpus import index as ix
from rescite.corpus.locate import locate
from rescite.corpus.walk import fingerprint, walk


@pytest.fixture(autouse=True)
def _fake_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "extract_text", fake_extract)
    for name in fresh._READING_ENV:
        monkeypatch.delenv(name, raising=False)


def _indexed(tmp_path: Path) -> tuple[Path, str]:
    corpus = write_corpus(tmp_path / "corpus")
    db = tmp_path / "index.sqlite"
    conn = schema.open_index(db)
    ix.refresh(conn, [corpus])
    conn.close()
    return corpus, str(db)


def test_an_index_up_to_date_is_taken_as_it_is(tmp_path: Path) -> None:
    corpus, db = _indexed(tmp_path)
    conn = fresh.open_fresh([str(corpus)], db)
    assert conn is not None
    node = query.lookup(conn, "A/RES/73/146").matches[0]
    assert node["id"] == "A/RES/73/146"
    conn.close()


def test_a_file_rewritten_in_place_is_seen(tmp_path: Path) -> None:
    corpus, db = _indexed(tmp_path)
    path = next(p for p in sorted(corpus.rglob("*.txt")))
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Recalling", "Recallinf"), encoding="utf-8")  # same size
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    assert fresh.open_fresh([str(corpus)], db) is None  # the full path must read it
    conn = schema.open_index(Path(db))
    summary = ix.refresh(conn, [corpus])
    conn.close()
    assert summary.changed == 1
    again = fresh.open_fresh([str(corpus)], db)
    assert again is not None
    again.close()


def test_new_and_removed_files_are_seen(tmp_path: Path) -> None:
    corpus, db = _indexed(tmp_path)
    extra = corpus / "extra.txt"
    extra.write_text("@id A/RES/80/1\nRecalling [A/RES/73/146]\n", encoding="utf-8")
    assert fresh.open_fresh([str(corpus)], db) is None
    extra.unlink()
    conn = fresh.open_fresh([str(corpus)], db)  # as it was indexed
    assert conn is not None
    conn.close()


def test_another_rescite_or_a_setting_takes_the_full_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, db = _indexed(tmp_path)
    monkeypatch.setenv("RESCITE_TIME_BUDGET", "5")
    assert fresh.open_fresh([str(corpus)], db) is None
    monkeypatch.delenv("RESCITE_TIME_BUDGET")
    monkeypatch.setattr(fresh, "code_stamp", lambda: "another version of rescite")
    assert fresh.open_fresh([str(corpus)], db) is None


def test_no_index_or_a_foreign_file_takes_the_full_path(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    assert fresh.open_fresh([str(corpus)], str(tmp_path / "none.sqlite")) is None
    foreign = tmp_path / "foreign.sqlite"
    other = sqlite3.connect(foreign)
    other.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    other.commit()
    other.close()
    before = foreign.read_bytes()
    assert fresh.open_fresh([str(corpus)], str(foreign)) is None
    assert foreign.read_bytes() == before
    assert fresh.open_fresh([str(tmp_path / "missing")], str(foreign)) is None


def test_the_fingerprint_follows_names_sizes_and_times(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    first = fingerprint(walk([corpus]))
    assert fingerprint(walk([corpus])) == first
    assert fingerprint(walk([corpus]), "another schema") != first
    path = next(p for p in sorted(corpus.rglob("*.txt")))
    path.rename(path.with_name("renamed.txt"))
    assert fingerprint(walk([corpus])) != first


def test_stored_lines_and_pages_are_those_counted_by_reading(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "paged.txt").write_text(
        "@id A/RES/80/2\nRecalling [A/RES/64/293]\n\f\nNoting\n[A/RES/64/293] again\n\f"
        "3. Decides [A/RES/64/293 | annex]\n",
        encoding="utf-8",
    )
    (corpus / "plain.txt").write_text("@id A/RES/80/3\n\n\nWelcomes [A/RES/64/293]\n", encoding="utf-8")
    conn = schema.open_index(tmp_path / "index.sqlite")
    ix.refresh(conn, [corpus])
    stored = query.cited_in(conn, "A/RES/64/293")
    assert len(stored) == 4
    counted = [{k: v for k, v in m.items() if k != "_at"} for m in stored]
    locate(stored)
    locate(counted)  # no stored numbers: the file is read again
    assert [(m["line"], m["page"]) for m in stored] == [(m["line"], m["page"]) for m in counted]
    assert [(m["line"], m["page"]) for m in stored] == [(2, 1), (5, 2), (6, 3), (4, None)]


def test_the_walk_by_folder_gives_the_same_files(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    (corpus / "deep" / "er").mkdir(parents=True)
    (corpus / "deep" / "er" / "x.txt").write_text("@id A/RES/80/9\n", encoding="utf-8")
    alone = tmp_path / "alone.txt"
    alone.write_text("@id A/RES/80/8\n", encoding="utf-8")
    found = walk([alone, corpus])
    files = found.files
    assert found.count() == len(files) > 3
    folders = found.folders()
    assert set(folders) == {os.path.dirname(p) for p, _, _, _ in files}
    assert found.files_in(set(folders)) == files
    deep = str((corpus / "deep" / "er").resolve())
    assert found.files_in({deep}) == [f for f in files if os.path.dirname(f[0]) == deep]
    before = dict(folders)
    (corpus / "deep" / "er" / "x.txt").write_text("@id A/RES/80/9\nmore\n", encoding="utf-8")
    after = walk([alone, corpus]).folders()
    assert {d for d in after if after[d] != before[d]} == {deep}


@pytest.mark.parametrize(
    "keys",
    [
        [],
        [3, 1, 2],
        ["A/RES/70/1", "UNTS/2237/39574"],
        ["é", "\ud800x", 'q"\\', "\n"],
        [True, None],
        [[1, 2]],
    ],
)
def test_keys_for_json_each_are_the_text_json_makes(keys: list[object]) -> None:
    import json

    assert fresh.keys_json(iter(keys)) == json.dumps(keys)
