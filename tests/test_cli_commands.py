"""The corpus commands through the CLI: exact output, formats, exit codes, stdin, pipes."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fake_engine import use_fake_engine, write_corpus
from rescite.cli import app
from rescite.models import RECORD_FIELDS

runner = CliRunner()
needs_dot = pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz `dot` not installed")


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    use_fake_engine(monkeypatch, tmp_path)
    return write_corpus(tmp_path / "corpus")


def run(corpus: Path, *args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, [*args, "--corpus", str(corpus)], input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_index_summary_on_stderr(corpus: Path) -> None:
    code, out, err = run(corpus, "index")
    assert code == 0 and out == ""
    assert err.startswith(
        "rescite: indexed 5 files, 5 new, 0 changed, 0 removed; 5 documents, 11 nodes, 12 edges"
    )
    code, out, err = run(corpus, "index")
    assert "0 new, 0 changed, 0 removed" in err


def test_index_path_arguments_and_db(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "chosen.sqlite"
    result = runner.invoke(app, ["index", str(corpus / "a"), "--db", str(db)])
    assert result.exit_code == 0 and db.exists()
    assert "2 files" in result.stderr
    result = runner.invoke(app, ["list", "-f", "ids", "--db", str(db), "--corpus", str(corpus / "a")])
    assert "A/RES/73/146" in result.stdout.splitlines()


def test_list_tsv_exact(corpus: Path) -> None:
    code, out, err = run(corpus, "list", "--external", "--sort", "cited")
    assert code == 0
    assert out == (
        "id\tkind\tbody\tdate\tname\ttitle\tin_corpus\tcited_by\tmentions\tciting\tlink\n"
        "A/RES/64/293\tresolution\tA\t\t"
        "United Nations Global Plan of Action to Combat Trafficking in Persons\t"
        "United Nations Global Plan of Action to Combat Trafficking in Persons\t"
        "false\t4\t4\tA/RES/72/1; A/RES/73/146; A/RES/74/176; file:b/notes.txt\thttps://undocs.org/A/RES/64/293\n"
        "A/73/263\tdocument\tA\t\t\t\tfalse\t1\t1\tA/RES/73/146\thttps://undocs.org/A/73/263\n"
        "A/RES/55/25\tresolution\tA\t\t\t\tfalse\t1\t1\tA/RES/72/1\thttps://undocs.org/A/RES/55/25\n"
        "CTOC/COP/DEC/4/4\tdecision\tCTOC/COP\t\t\t\tfalse\t1\t1\tA/RES/76/186\t\n"
        "S/RES/2331(2016)\tresolution\tS\t\t\t\tfalse\t1\t1\tA/RES/76/186\thttps://undocs.org/S/RES/2331(2016)\n"
        "UNTS/2237/39574\ttreaty\t\t\tTrafficking in Persons Protocol\tTrafficking in Persons Protocol\t"
        "false\t1\t1\tA/RES/72/1\thttps://treaties.un.org/doc/Publication/UNTS/Volume%202237/v2237.pdf\n"
    )
    assert "index refreshed: 5 new" in err


def test_list_filters_and_ids(corpus: Path) -> None:
    assert run(corpus, "list", "-f", "ids", "--in-corpus", "--sort", "date")[1] == (
        "A/RES/72/1\nA/RES/73/146\nA/RES/74/176\nA/RES/76/186\nfile:b/notes.txt\n"
    )
    # direction words mean what the commands of the same name mean
    assert run(corpus, "list", "-f", "ids", "--cites", "76/186")[1] == (
        "A/RES/74/176\nCTOC/COP/DEC/4/4\nS/RES/2331(2016)\n"
    )
    assert (
        run(corpus, "list", "-f", "ids", "--cited-by", "74/176")[1]
        == run(corpus, "cited-by", "-f", "ids", "74/176")[1]
    )
    assert run(corpus, "list", "-f", "ids", "--kind", "decision", "--kind", "treaty")[1] == (
        "CTOC/COP/DEC/4/4\nUNTS/2237/39574\n"
    )
    assert run(corpus, "list", "-f", "ids", "--body", "S")[1] == "S/RES/2331(2016)\n"
    assert run(corpus, "list", "-f", "ids", "--since", "2019", "--until", "2020")[1] == "A/RES/74/176\n"


def test_show_text_exact(corpus: Path) -> None:
    code, out, _ = run(corpus, "show", "res 64/293")
    assert code == 0
    assert out == (
        "A/RES/64/293  resolution  A\n"
        "name: United Nations Global Plan of Action to Combat Trafficking in Persons\n"
        "link: https://undocs.org/A/RES/64/293\n"
        "in corpus: no\n"
        "cited by 4 document(s), 4 mention(s):\n"
        '  A/RES/72/1  line 4: preamble builds_on "Recalling"\n'
        "    Recalling [[[A/RES/64/293]]] and [A/RES/55/25 | annex II]\n"
        '  A/RES/73/146  line 5: operative 2 acknowledges "Welcomes"\n'
        "    2. Welcomes [[[A/RES/64/293]]]\n"
        '  A/RES/74/176  line 4: preamble builds_on "Recalling"\n'
        "    Recalling [A/RES/73/146] and [[[A/RES/64/293]]]\n"
        '  file:b/notes.txt  line 2: preamble builds_on "Recalling"\n'
        "    Recalling [[[A/RES/64/293]]]\n"
    )


def test_show_in_corpus_and_same_as(corpus: Path) -> None:
    out = run(corpus, "show", "A/RES/72/1")[1]
    assert out.endswith(
        "cites 3 text(s):\n  A/RES/55/25  resolution\n  A/RES/64/293  resolution\n  UNTS/2237/39574  treaty\n"
    )
    out = run(corpus, "show", "Trafficking in Persons Protocol")[1]
    assert "same as: A/RES/55/25, annex II\n" in out
    assert '  A/RES/72/1  line 4: preamble builds_on "Recalling" (annex II)\n' in out


def test_show_json_uses_record_fields(corpus: Path) -> None:
    code, out, _ = run(corpus, "show", "64/293", "-f", "json")
    assert code == 0
    data = json.loads(out)
    assert data["id"] == "A/RES/64/293" and data["cited_by"] == 4
    first = data["cited_in"][0]
    for field in (*RECORD_FIELDS, "context"):
        assert field in first
    assert (first["source_id"], first["verb"], first["section"]) == ("A/RES/72/1", "Recalling", "preamble")
    # several queries: a list, in the order asked
    data = json.loads(run(corpus, "show", "72/1", "73/146", "-f", "json")[1])
    assert [d["id"] for d in data] == ["A/RES/72/1", "A/RES/73/146"]


def test_show_not_found_ambiguous(corpus: Path) -> None:
    code, out, err = run(corpus, "show", "A/RES/64/29")
    assert (code, out) == (1, "")
    assert "no text matches 'A/RES/64/29' in the index; did you mean A/RES/64/293" in err
    code, out, err = run(corpus, "show", "coordination")
    assert (code, out) == (3, "")
    assert err.endswith(
        "'coordination' is ambiguous; it may mean:\n"
        "  A/RES/74/176\tresolution\tImproving coordination\n"
        "  A/RES/76/186\tresolution\tImproving the coordination of efforts\n"
    )


def test_ids_on_stdin(corpus: Path) -> None:
    code, out, _ = run(corpus, "cites", "-", "-f", "ids", stdin="A/RES/74/176\n\nA/RES/73/146\n")
    assert code == 0
    assert out == "A/RES/64/293\nA/RES/73/146\nA/73/263\nA/RES/64/293\nA/RES/72/1\n"


def test_cites_and_cited_by_exact(corpus: Path) -> None:
    code, out, _ = run(corpus, "cites", "A/RES/76/186", "-f", "csv")
    assert code == 0
    assert out == (
        "source_id,target,depth,kind,body,date,in_corpus,mentions,function,verb,section,paragraph,pinpoint,title\n"
        "A/RES/76/186,A/RES/74/176,1,resolution,A,2019-12-18,true,1,builds_on,Recalling,preamble,,,"
        "Improving coordination\n"
        "A/RES/76/186,CTOC/COP/DEC/4/4,1,decision,CTOC/COP,,false,1,acts,Decides,operative,4,,\n"
        "A/RES/76/186,S/RES/2331(2016),1,resolution,S,,false,1,acknowledges,Noting,preamble,,,\n"
    )
    code, out, _ = run(corpus, "cited-by", "A/RES/72/1", "--depth", "0", "-f", "ids")
    assert out == "A/RES/73/146\nA/RES/74/176\nA/RES/76/186\n"
    code, out, _ = run(corpus, "cited-by", "A/RES/72/1", "--depth", "2", "-f", "ids")
    assert out == "A/RES/73/146\nA/RES/74/176\n"


def test_path_exact(corpus: Path) -> None:
    code, out, _ = run(corpus, "path", "A/RES/76/186", "A/RES/72/1", "-f", "ids")
    assert (code, out) == (0, "A/RES/76/186\nA/RES/74/176\nA/RES/73/146\nA/RES/72/1\n")
    # the other way round finds the same chain
    assert run(corpus, "path", "72/1", "76/186", "-f", "ids")[1] == out
    code, out, err = run(corpus, "path", "A/RES/76/186", "file:b/notes.txt")
    assert (code, out) == (1, "") and "no citation chain" in err


def test_rank_exact(corpus: Path) -> None:
    _, out, _ = run(corpus, "rank", "-n", "2")
    assert out == (
        "rank\tid\tkind\tbody\tdate\ttitle\tcited_by\tmentions\tpagerank\n"
        "1\tA/RES/64/293\tresolution\tA\t\t"
        "United Nations Global Plan of Action to Combat Trafficking in Persons\t4\t4\t0.19849\n"
        "2\tA/73/263\tdocument\tA\t\t\t1\t1\t0.088069\n"
    )
    assert run(corpus, "rank", "--by", "pagerank", "-n", "1", "-f", "ids")[1] == "A/RES/64/293\n"


COMMANDS_WITH_JSON = [
    ("list",),
    ("show", "64/293"),
    ("cites", "76/186"),
    ("cited-by", "64/293"),
    ("path", "76/186", "72/1"),
    ("rank",),
    ("graph",),
    ("graph", "--focus", "72/1", "--depth", "2"),
]


@pytest.mark.parametrize("args", COMMANDS_WITH_JSON)
def test_every_json_output_parses(corpus: Path, args: tuple[str, ...]) -> None:
    code, out, _ = run(corpus, *args, "--format", "json")
    assert code == 0
    assert json.loads(out)


@pytest.mark.parametrize("args", [("list",), ("cites", "76/186"), ("rank",), ("path", "76/186", "72/1")])
@pytest.mark.parametrize("fmt", ["jsonl", "csv", "tsv", "table"])
def test_listing_formats(corpus: Path, args: tuple[str, ...], fmt: str) -> None:
    code, out, _ = run(corpus, *args, "--format", fmt)
    assert code == 0 and out
    if fmt == "jsonl":
        assert all(json.loads(line) for line in out.splitlines())
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(out)))
        assert len({len(r) for r in rows}) == 1
    if fmt == "table":
        assert "\x1b[" not in out  # no colour when stdout is not a terminal


SHORTHANDS = [("--json", "json"), ("--nl", "jsonl"), ("--jsonl", "jsonl"), ("--csv", "csv"), ("--tsv", "tsv")]
SHORTHAND_CASES = [
    (args, flag, fmt)
    for args in [("list",), ("show", "64/293"), ("cites", "76/186"), ("cited-by", "64/293"), ("rank",)]
    for flag, fmt in SHORTHANDS
    if not (args[0] == "show" and fmt in ("csv", "tsv"))  # show has no csv/tsv output
]


@pytest.mark.parametrize(("args", "flag", "fmt"), SHORTHAND_CASES)
def test_format_shorthand_flags(corpus: Path, args: tuple[str, ...], flag: str, fmt: str) -> None:
    short = run(corpus, *args, flag)
    assert short[0] == 0 and short[1]
    assert short[1] == run(corpus, *args, "--format", fmt)[1]
    assert run(corpus, *args, flag, "--format", fmt)[1] == short[1]  # agreeing twice is fine


def test_format_shorthand_flags_that_disagree(corpus: Path) -> None:
    code, out, err = run(corpus, "list", "--json", "--csv")
    assert (code, out) == (2, "")
    assert err.strip().splitlines() == ["rescite: choose one output format, not csv and json"]
    assert run(corpus, "cites", "76/186", "--nl", "--format", "table")[0] == 2
    assert run(corpus, "list", "--text")[0] == 2  # show's format, not list's


@needs_dot
@pytest.mark.parametrize(
    "args",
    [
        ("graph",),
        ("graph", "--dot"),
        ("graph", "--focus", "64/293", "--depth", "2", "--dot"),
        ("graph", "--kind", "resolution", "--format", "dot"),
    ],
)
def test_every_dot_output_renders(corpus: Path, args: tuple[str, ...]) -> None:
    code, out, _ = run(corpus, *args)
    assert code == 0
    proc = subprocess.run(["dot", "-Tsvg"], input=out.encode(), capture_output=True, timeout=60)
    assert proc.returncode == 0, proc.stderr.decode()
    assert b"<svg" in proc.stdout


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "mermaid"])
def test_graph_other_formats(corpus: Path, fmt: str) -> None:
    code, out, _ = run(corpus, "graph", "-f", fmt)
    assert code == 0
    if fmt != "mermaid":
        import xml.etree.ElementTree as ET

        ET.fromstring(out)


def test_usage_errors(corpus: Path) -> None:
    assert run(corpus, "list", "--sort", "nonsense")[0] == 2
    assert run(corpus, "graph", "--dot", "--format", "json")[0] == 2
    assert run(corpus, "cites", "76/186", "--depth", "-1")[0] == 2


def test_unreadable_index_and_corpus(corpus: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"garbage" * 1000)
    result = runner.invoke(app, ["list", "--db", str(bad), "--corpus", str(corpus)])
    assert result.exit_code == 4 and "not a rescite index" in result.stderr
    result = runner.invoke(app, ["list", "--corpus", str(tmp_path / "missing")])
    assert result.exit_code == 4 and "no such file or folder" in result.stderr


def test_failing_file_named_exit_4_others_kept(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run(corpus, "index")[0] == 0
    (corpus / "broken.txt").write_text("@boom\n")
    (corpus / "new.txt").write_text("@id A/RES/78/1\nRecalling [A/RES/72/1]\n")
    code, out, err = run(corpus, "list", "-f", "ids")
    assert code == 4 and "broken.txt" in err and "the engine broke" in err
    assert "A/RES/78/1\n" in out  # the good new file is indexed all the same
    code, _, err = run(corpus, "index")
    assert code == 4 and "broken.txt" in err and "1 unreadable" in err  # `index` tries it again
    (corpus / "broken.txt").unlink()
    assert run(corpus, "list", "-f", "ids")[0] == 0


def test_corpus_from_environment(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RESCITE_CORPUS", str(corpus / "b"))
    result = runner.invoke(app, ["list", "-f", "ids", "--in-corpus"])
    assert result.stdout == "A/RES/74/176\nA/RES/76/186\nfile:b/notes.txt\n".replace("file:b/", "file:")


def test_help_has_examples() -> None:
    for cmd in ("index", "list", "show", "cites", "cited-by", "path", "rank", "graph"):
        result = runner.invoke(app, [cmd, "--help"])
        assert result.exit_code == 0
        assert "Example: rescite " + cmd in result.stdout.replace("\n", " ") or "Example:" in result.stdout


def test_cites_filters(corpus: Path) -> None:
    assert run(corpus, "cites", "76/186", "-d", "0", "--in-corpus", "-f", "ids")[1] == (
        "A/RES/74/176\nA/RES/73/146\nA/RES/72/1\n"
    )
    assert (
        run(corpus, "cites", "76/186", "--external", "--kind", "decision", "-f", "ids")[1]
        == "CTOC/COP/DEC/4/4\n"
    )
