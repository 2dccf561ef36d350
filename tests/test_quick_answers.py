"""How the quick path answers fast and stays exact: ``cites``/``cited-by`` in tsv are lines
made in SQL, written as they are only when nothing in them needs escaping; and a query
answers from the index while another thread checks that it is up to date, showing the
answer only when it is (``corpus.fresh.speculate``)."""

from __future__ import annotations

import io
import os
import sqlite3
from pathlib import Path

import pytest

from rescite.cli import messages, opening, quick
from rescite.corpus import fresh, query, traversal
from rescite.render.records import write_rows, write_tsv_lines


def _db(corpus: Path) -> str:
    return fresh.default_db_file([str(corpus)])


@pytest.mark.parametrize(
    "title",
    [
        "An ordinary title",
        "a tab\there",
        "a line\nbreak",
        "a back\\slash",
        "=1+1",
        "-2",
        "+3",
        "@someone",
        "a nul\x00byte",
        "a no-break\xa0space",
        "\x1b[31mred",
        "été über",
        "a carriage\rreturn",
        "",
    ],
)
def test_tsv_lines_made_in_sql_equal_the_rows_written_one_by_one(corpus: Path, title: str) -> None:
    conn = sqlite3.connect(_db(corpus))
    conn.execute("UPDATE nodes SET name = ?", (title,))
    conn.execute("UPDATE edge_facts SET paragraph = ?", (title,))
    conn.commit()
    conn.close()
    conn2, _ = opening.open_corpus([str(corpus)], None)
    checked = 0
    for (cid,) in conn2.execute("SELECT id FROM nodes ORDER BY id").fetchall():
        node = query.by_id(conn2, cid)
        assert node is not None
        for forward in (True, False):
            for depth in (0, 1, 2):
                rows, lines = io.StringIO(), io.StringIO()
                write_rows(
                    traversal.traverse(conn2, node, forward, depth), traversal.TRAVERSE_FIELDS, "tsv", rows
                )
                values = traversal.traverse_values(conn2, node, forward, depth)
                write_tsv_lines(
                    traversal.traverse_lines(conn2, node, forward, depth),
                    traversal.TRAVERSE_FIELDS,
                    lines,
                    lambda: values,  # noqa: B023 - called at once, in this iteration
                )
                assert lines.getvalue() == rows.getvalue()
                checked += rows.getvalue().count("\n") - 1
    conn2.close()
    assert checked > 10


def _edit_in_place(corpus: Path) -> None:
    path = sorted(corpus.rglob("*.txt"))[0]
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Recalling", "Recallinf"), encoding="utf-8")  # the same size
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))


def _add(corpus: Path) -> None:
    (corpus / "added.txt").write_text("@id A/RES/80/7\nRecalling [A/RES/72/1]\n", encoding="utf-8")


def _remove(corpus: Path) -> None:
    sorted(corpus.rglob("*.txt"))[-1].unlink()


def _touch(corpus: Path) -> None:
    path = sorted(corpus.rglob("*.txt"))[0]
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))


def _nothing(corpus: Path) -> None:
    pass


@pytest.mark.parametrize(
    ("change", "up_to_date", "refreshed"),
    [
        (_nothing, True, 0),
        (_edit_in_place, False, 1),
        (_add, False, 1),
        (_remove, False, 1),
        (_touch, False, 0),  # read again, the same bytes: nothing to say
    ],
)
@pytest.mark.parametrize(
    "args",
    [
        ["show", "A/RES/72/1"],
        ["cites", "A/RES/73/146", "--depth", "0"],
        ["cited-by", "A/RES/72/1", "nothing/such"],  # a message held with the answer
        ["cited-by", "A/RES/72/1", "-f", "json"],
        ["graph", "--focus", "A/RES/72/1", "-f", "json"],
    ],
)
def test_a_speculative_answer_is_shown_only_from_an_index_up_to_date(
    corpus: Path,
    change: object,
    up_to_date: bool,
    refreshed: int,
    args: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(quick, "_spare_core", lambda: True)  # whatever the machine's load
    change(corpus)  # type: ignore[operator]
    pending = fresh.speculate([str(corpus)], None)
    assert pending is not None and pending.conn is not None
    assert pending.confirm() is up_to_date
    pending.conn.close()
    argv = [*args, "--corpus", str(corpus)]
    messages.state["unreadable"] = False
    code = quick.run(argv)
    out, err = capsys.readouterr()
    # the answer of the index as refreshed, once, and the refresh said once
    assert (code, out) == (quick.run(argv), capsys.readouterr().out)
    assert err.count("index refreshed") == refreshed
    assert opening.held == {}


def test_no_speculation_without_an_index_or_with_a_reading_setting(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert fresh.speculate([str(corpus)], str(tmp_path / "none.sqlite")) is None
    monkeypatch.setenv("RESCITE_MAX_FILE", "5M")
    assert fresh.speculate([str(corpus)], None) is None


@pytest.mark.parametrize(
    ("change", "up_to_date"),
    [(_nothing, True), (_edit_in_place, False), (_add, False), (_remove, False), (_touch, False)],
)
def test_a_walk_by_a_child_process_says_what_a_walk_here_says(
    corpus: Path, change: object, up_to_date: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from rescite.corpus.walk import walk

    # threads other tests left in this process would make it walk in a thread (as a command
    # with a thread running would): the child is what is tested here
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    change(corpus)  # type: ignore[operator]
    pending = fresh.speculate([str(corpus)], None, process=True)
    assert pending is not None and pending.conn is not None
    assert pending._child is not None  # a child walks
    assert pending.confirm() is up_to_date
    found = pending.found()
    pending.conn.close()
    if up_to_date:
        assert found is None  # nothing handed over: the index is taken as it is
    else:  # the listing handed over for the refresh is the walk's, fingerprint included
        assert found is not None
        here = walk([str(corpus)])
        assert (found.groups, found.notes) == (here.groups, here.notes)
        assert fresh.stamp(found, 0) == fresh.stamp(here, 0)
