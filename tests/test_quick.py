"""The quick path of the query commands (``rescite.cli.quick``) gives exactly what the full
command line gives: output, messages and exit code; and it answers only what it parses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fake_engine import use_fake_engine, write_corpus
from rescite.cli import app, messages, opening, quick

runner = CliRunner()


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    use_fake_engine(monkeypatch, tmp_path)
    monkeypatch.delenv("RESCITE_QUICK", raising=False)
    root = write_corpus(tmp_path / "corpus")
    assert runner.invoke(app, ["index", "--corpus", str(root)]).exit_code == 0
    return root


Said = tuple[int | None, str, str]


def both(corpus: Path, args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[Said, Said]:
    """(quick path, full command line): each (exit code, stdout, stderr)."""
    argv = [*args, "--corpus", str(corpus)]
    messages.state["unreadable"] = False
    code = quick.run(argv)
    out, err = capsys.readouterr()
    full = runner.invoke(app, argv)
    return (code, out, err), (full.exit_code, full.stdout, full.stderr)


CASES = [
    ["show", "A/RES/73/146"],
    ["show", "73/146", "-f", "json"],
    ["show", "A/RES/73/146", "A/RES/72/1", "--json"],
    ["show", "A/RES/72/1", "--format=jsonl", "-C", "10"],
    ["show", "A/RES/72/1", "--text", "--context", "0"],
    ["show", "A/RES/99/999"],  # not found: exit 1, a line on stderr
    ["show", "A/RES/72/1", "--color", "never", "-f", "table"],
    ["cites", "A/RES/73/146"],
    ["cites", "A/RES/73/146", "--depth", "0", "-f", "json"],
    ["cites", "A/RES/73/146", "-d", "2", "--csv", "--sort", "id"],
    ["cites", "A/RES/73/146", "--depth=0", "--ids", "-n", "2"],
    ["cited-by", "UNTS/2237/39574", "--depth", "0", "--jsonl"],
    ["cited-by", "A/RES/64/293", "-f", "tsv", "--sort", "cited"],
    ["cited-by", "A/RES/64/293", "nothing/such"],
    ["graph", "--focus", "A/RES/72/1", "-f", "json"],
    ["graph", "--focus", "A/RES/72/1", "--depth", "2"],
    ["graph", "--focus", "A/RES/72/1", "--dot", "-d", "0"],
    ["graph", "--focus", "A/RES/72/1", "-f", "mermaid"],
    ["graph", "--focus", "no/such/text", "-f", "json"],
]


@pytest.mark.parametrize("args", CASES, ids=" ".join)
def test_quick_path_equals_the_full_command_line(
    corpus: Path, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert quick.parse([*args, "--corpus", str(corpus)]) is not None  # answered on the quick path
    fast, full = both(corpus, args, capsys)
    assert fast == full
    assert fast[1] or fast[2]  # something was said


def test_quick_path_sees_a_changed_file(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = corpus / "a" / "new.txt"
    p.write_text("@id A/RES/80/1\nRecalling [A/RES/73/146]\n", encoding="utf-8")
    code = quick.run(["cited-by", "A/RES/73/146", "-f", "ids", "--corpus", str(corpus)])
    out, err = capsys.readouterr()
    assert code == 0 and "A/RES/80/1" in out.splitlines()
    assert err == "rescite: index refreshed: 1 new, 0 changed, 0 removed\n"


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["list"],
        ["--debug", "show", "X"],
        ["show"],  # no query: the full command line says so
        ["show", "X", "--help"],
        ["show", "X", "-f", "csv"],  # not a format of show
        ["show", "X", "--json", "--text"],  # two formats
        ["show", "X", "--context", "-1"],
        ["show", "X", "--context", "many"],
        ["show", "X", "--db", "a", "--db", "b"],
        ["show", "X", "--bogus"],
        ["show", "X", "-fjson"],
        ["show", "X", "--"],
        ["show", "X\udcff"],  # not UTF-8
        ["cites", "X", "--kind", "resolution"],  # filters: the full command line
        ["cites", "X", "--sort", "nowhere"],
        ["cited-by", "X", "--depth"],
        ["graph"],
        ["graph", "--focus", "X", "-o", "out.svg"],
        ["graph", "--focus", "X", "-f", "svg"],
        ["graph", "--focus", "X", "--dot", "-f", "json"],
        ["graph", "--focus", "X", "--color", "never"],
        ["graph", "--focus", "X", "extra"],
    ],
)
def test_quick_parser_leaves_the_rest_to_the_full_command_line(args: list[str]) -> None:
    assert quick.parse(args) is None
    assert quick.run(args) is None


def test_quick_path_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RESCITE_QUICK", "0")
    assert quick.run(["show", "X"]) is None


def test_console_script_answers_without_typer(corpus: Path, tmp_path: Path) -> None:
    """`python -m rescite show …` on the quick path imports no command-line framework, and
    gives the output of the full command line (RESCITE_QUICK=0)."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}  # the index the fixture built
    env.pop("RESCITE_CORPUS", None)
    probe = (
        "import sys, runpy\n"
        "sys.argv = ['rescite', *sys.argv[1:]]\n"
        "try:\n"
        "    runpy.run_module('rescite', run_name='__main__')\n"
        "except SystemExit as e:\n"
        "    code = e.code\n"
        "sys.stderr.write('typer imported: %s\\n' % ('typer' in sys.modules))\n"
        "sys.exit(code)\n"
    )
    args = ["-c", probe, "cites", "A/RES/73/146", "-f", "tsv", "--corpus", str(corpus)]
    quick_run = subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env)
    full_run = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env={**env, "RESCITE_QUICK": "0"}
    )
    assert "typer imported: False" in quick_run.stderr
    assert "typer imported: True" in full_run.stderr
    assert quick_run.returncode == full_run.returncode == 0
    assert quick_run.stdout == full_run.stdout and "A/RES/73/146" in quick_run.stdout


def test_quick_path_refuses_a_foreign_index(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "notes.txt"
    db.write_text("my notes\n" * 20, encoding="utf-8")
    root = write_corpus(tmp_path / "c")
    for args in (["show", "64/293"], ["cites", "64/293"], ["graph", "--focus", "64/293"]):
        argv = [*args, "--db", str(db), "--corpus", str(root)]
        assert quick.run(argv) == 4
        assert capsys.readouterr().err.endswith(
            "not a rescite index (not an SQLite database); left unchanged\n"
        )
        assert runner.invoke(app, argv).exit_code == 4
    assert db.read_text(encoding="utf-8") == "my notes\n" * 20


def test_tsv_from_values_equals_tsv_from_rows(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``cites``/``cited-by`` in tsv write each row from its values (no dict per row): the same
    text as the rows written as dicts, escapes and formula marks included."""
    import io

    from rescite.corpus import query, traversal
    from rescite.render.records import write_rows, write_tsv_values

    # the quick path writes the fields of the query module's rows
    messages.state["unreadable"] = False
    assert quick.run(["cited-by", "A/RES/64/293", "-f", "tsv", "--corpus", str(corpus)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "\t".join(traversal.TRAVERSE_FIELDS)
    conn, _ = opening.open_corpus([str(corpus)], None)
    listed = 0
    for (cid,) in conn.execute("SELECT id FROM nodes").fetchall():
        node = query.by_id(conn, cid)
        assert node is not None
        for forward in (True, False):
            rows, values = io.StringIO(), io.StringIO()
            write_rows(traversal.traverse(conn, node, forward, 0), traversal.TRAVERSE_FIELDS, "tsv", rows)
            listed += write_tsv_values(
                traversal.traverse_values(conn, node, forward, 0), traversal.TRAVERSE_FIELDS, values
            )
            assert values.getvalue() == rows.getvalue()
    assert listed > 10
    odd = [
        (
            "a\tb",
            "=1+1",
            0,
            None,
            "back\\slash",
            "-2",
            True,
            3,
            "x",
            None,
            "\x1b[31m",
            "",
            "@me",
            "line\nbreak",
        ),
        ("ok", "fine", 1, "kind", "GA", "2000-01-01", False, 1, None, None, None, None, None, "é ü"),
    ]
    rows, values = io.StringIO(), io.StringIO()
    write_rows(
        [dict(zip(traversal.TRAVERSE_FIELDS, r, strict=True)) for r in odd],
        traversal.TRAVERSE_FIELDS,
        "tsv",
        rows,
    )
    write_tsv_values(odd, traversal.TRAVERSE_FIELDS, values)
    assert values.getvalue() == rows.getvalue()
    assert "\\t" in values.getvalue() and "'=1+1" in values.getvalue()


@pytest.mark.parametrize(
    "args",
    [
        ["show", "A/RES/73/146"],
        ["cited-by", "A/RES/73/146", "-f", "ids"],
        ["graph", "--focus", "A/RES/73/146", "-f", "json"],
    ],
    ids=" ".join,
)
def test_a_query_s_refresh_raises_the_collector_s_first_threshold(
    corpus: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    """A query after a file changed refreshes the index with the collector's first threshold
    raised: the objects its refresh makes live as long as the command."""
    import gc

    before = gc.get_threshold()
    gc.set_threshold(700, *before[1:])
    try:
        text = "@id A/RES/80/2\nRecalling [A/RES/73/146]\n"
        (corpus / "a" / "another.txt").write_text(text, encoding="utf-8")
        messages.state["unreadable"] = False
        assert quick.run([*args, "--corpus", str(corpus)]) == 0
        assert "1 new" in capsys.readouterr().err
        assert gc.get_threshold()[0] == opening.REFRESH_GC_YOUNG
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
