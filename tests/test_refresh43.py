"""A query after one changed file (issue 9, condition 2): the folders' fingerprints are made once.

The freshness check before every query hashes the listing of the corpus (``corpus.walk.
fingerprint``); a refresh after a change then compares each folder's fingerprint with the one
it stored (``Walk.folders``), to read the documents of the changed folders only.  Both hashed
the same lists (names, sizes, times of 10,000 files: about a millisecond each).  The listing's
fingerprint is now made of the folders' fingerprints (each hashed with its folder's name), made
once per walk and kept with it: the refresh that follows a check hashes nothing again.

Pinned here: what the check sees is unchanged — a file edited in place (a new time, the same
size; or the same second and another nanosecond), grown, only touched (its bytes the same),
added (beside the others, in a new folder), removed, renamed, moved to another folder, a folder
taken away, a file named by itself on the command line edited — each makes the index out of
date, the refresh counts it as it should, and the index is up to date after it.  The rows of
the second table (the folders' fingerprints made once) fail on eedeaac9.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from fake_engine import use_fake_engine
from rescite.cli import opening
from rescite.corpus import fresh, schema
from rescite.corpus import index as ix
from rescite.corpus import walk as walk_module

_FILES = {
    "A_RES_74_12.txt": "@id A/RES/74/12\n@title Cooperation with regional bodies\nRecalling [A/RES/70/281]\n",
    "A_RES_74_40.txt": "@id A/RES/74/40\nRecalling [A/RES/74/12] and [A/RES/69/131 | annex]\n",
    "more/A_RES_74_77.txt": "@id A/RES/74/77\n3. Requests [A/RES/74/40]\n",
    "more/A_RES_74_80.txt": "@id A/RES/74/80\nNoting [A/RES/74/77]\n",
}


def _bump(path: Path, ns: int) -> None:
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + ns))


def _same_size_new_second(root: Path) -> None:
    path = root / "A_RES_74_40.txt"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("69/131", "68/247"), encoding="utf-8")  # as long as before
    _bump(path, 2_000_000_000)


def _same_size_one_nanosecond(root: Path) -> None:
    path = root / "more" / "A_RES_74_77.txt"
    before = path.stat().st_mtime_ns
    path.write_text(_FILES["more/A_RES_74_77.txt"].replace("74/40", "74/12"), encoding="utf-8")
    os.utime(path, ns=(before, before + 1))


def _grown(root: Path) -> None:
    with (root / "A_RES_74_12.txt").open("a", encoding="utf-8") as fh:
        fh.write("Welcomes [A/RES/73/5]\n")


def _touched(root: Path) -> None:
    _bump(root / "more" / "A_RES_74_80.txt", 3_000_000_000)


def _added(root: Path) -> None:
    (root / "A_RES_74_90.txt").write_text("@id A/RES/74/90\nNoting [A/RES/74/77]\n", encoding="utf-8")


def _added_in_a_new_folder(root: Path) -> None:
    (root / "more" / "deeper").mkdir()
    (root / "more" / "deeper" / "A_RES_75_5.txt").write_text(
        "@id A/RES/75/5\nRecalling [A/RES/74/12]\n", encoding="utf-8"
    )


def _removed(root: Path) -> None:
    (root / "more" / "A_RES_74_80.txt").unlink()


def _renamed(root: Path) -> None:
    (root / "A_RES_74_40.txt").rename(root / "A_RES_74_41.txt")


def _moved(root: Path) -> None:
    (root / "A_RES_74_40.txt").rename(root / "more" / "A_RES_74_40.txt")


def _folder_removed(root: Path) -> None:
    shutil.rmtree(root / "more")


#: (case, what changes in the corpus, (new, changed, removed) the refresh counts)
ROWS: list[tuple[str, Callable[[Path], None], tuple[int, int, int]]] = [
    ("edited in place, same size, a new time", _same_size_new_second, (0, 1, 0)),
    ("edited in place, same size, one nanosecond later", _same_size_one_nanosecond, (0, 1, 0)),
    ("grown", _grown, (0, 1, 0)),
    ("touched, its bytes the same", _touched, (0, 0, 0)),
    ("added", _added, (1, 0, 0)),
    ("added in a new folder", _added_in_a_new_folder, (1, 0, 0)),
    ("removed", _removed, (0, 0, 1)),
    ("renamed", _renamed, (1, 0, 1)),
    ("moved to another folder", _moved, (1, 0, 1)),
    ("a folder removed", _folder_removed, (0, 0, 2)),
]


def _corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    for name, text in _FILES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def _query(roots: list[str], db: str) -> Any:
    try:
        _conn, summary = opening.open_corpus(roots, db)
    finally:
        opening.close_index()
    return summary


def _fresh(roots: list[str], db: str) -> bool:
    conn = fresh.open_fresh(roots, db)
    if conn is None:
        return False
    conn.close()
    return True


@pytest.mark.parametrize(("case", "change", "counts"), ROWS, ids=[r[0] for r in ROWS])
def test_every_change_is_seen_and_refreshed(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    case: str,
    change: Callable[[Path], None],
    counts: tuple[int, int, int],
) -> None:
    use_fake_engine(monkeypatch, tmp_path)
    roots = [str(_corpus(tmp_path))]
    db = str(tmp_path / "index.sqlite")
    assert _query(roots, db) is not None  # built
    assert _fresh(roots, db), case
    change(Path(roots[0]))
    assert not _fresh(roots, db), case
    summary = _query(roots, db)
    assert summary is not None, case
    assert (summary.new, summary.changed, summary.removed) == counts, case
    assert _fresh(roots, db), case
    assert _query(roots, db) is None, case  # up to date: taken as it is


def test_a_file_named_by_itself_is_seen_when_edited(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use_fake_engine(monkeypatch, tmp_path)
    root = _corpus(tmp_path)
    alone = tmp_path / "A_RES_75_1.txt"
    alone.write_text("@id A/RES/75/1\nRecalling [A/RES/74/12]\n", encoding="utf-8")
    roots = [str(alone), str(root / "more")]
    db = str(tmp_path / "index.sqlite")
    assert _query(roots, db) is not None
    assert _fresh(roots, db)
    alone.write_text("@id A/RES/75/1\nRecalling [A/RES/74/77]\n", encoding="utf-8")
    _bump(alone, 1_000_000_000)
    assert not _fresh(roots, db)
    summary = _query(roots, db)
    assert (summary.new, summary.changed, summary.removed) == (0, 1, 0)
    assert _fresh(roots, db)


def _listing_after_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, list[str], str]:
    """The corpus indexed, a file changed, and the walk the check made (the index stale)."""
    use_fake_engine(monkeypatch, tmp_path)
    roots = [str(_corpus(tmp_path))]
    db = str(tmp_path / "index.sqlite")
    assert _query(roots, db) is not None
    _grown(Path(roots[0]))
    ready, found = fresh.check(roots, db)
    assert ready is None and found is not None
    return found, roots, db


def _hashings(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the hash objects the walk's module makes (the folders' and the listing's)."""
    made: list[int] = []
    real = walk_module.blake2b_type

    def counted() -> Any:
        made.append(1)
        return real()

    monkeypatch.setattr(walk_module, "blake2b_type", counted)
    return made


def _folders_again(found: Any, roots: list[str], db: str, monkeypatch: pytest.MonkeyPatch) -> object:
    return found.folders() is found.folders()


def _refresh_after_check(found: Any, roots: list[str], db: str, monkeypatch: pytest.MonkeyPatch) -> object:
    made = _hashings(monkeypatch)
    conn = schema.open_index(db)
    try:
        summary = ix.refresh(conn, roots, listing=found)
    finally:
        conn.close()
    return (summary.changed, len(made))


def _folders_after_check(found: Any, roots: list[str], db: str, monkeypatch: pytest.MonkeyPatch) -> object:
    made = _hashings(monkeypatch)
    folders = found.folders()
    return (sorted(os.path.basename(f) for f in folders), len(made))  # hashed by the check already


#: (case, what is asked of the check's walk, what it must give) — failing on eedeaac9
MADE_ONCE: list[tuple[str, Callable[..., object], object]] = [
    ("the folders' fingerprints are kept with the walk", _folders_again, True),
    ("the refresh after the check hashes no folder again", _refresh_after_check, (1, 0)),
    (
        "the check's walk gives its folders' fingerprints unhashed",
        _folders_after_check,
        (["corpus", "more"], 0),
    ),
]


@pytest.mark.parametrize(("case", "ask", "expected"), MADE_ONCE, ids=[r[0] for r in MADE_ONCE])
def test_the_folders_fingerprints_are_made_once(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    case: str,
    ask: Callable[..., object],
    expected: object,
) -> None:
    found, roots, db = _listing_after_check(tmp_path, monkeypatch)
    assert ask(found, roots, db, monkeypatch) == expected, case
