"""`rescite extract`: encodings, unreadable inputs, standard input and every output format.

Most tests swap the engine for a tiny regex one (:func:`fake_extract`) so that they check
the command, not the engine; a few run the real engine and check only the contract.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import rescite.engine.extract
from rescite.cli import app
from rescite.corpus.sample import sample_files
from rescite.models import RECORD_FIELDS, CanonicalId, Citation, DocumentInfo, ExtractResult

runner = CliRunner()

_MENTION = re.compile(r"r[ée]solution (\d+/\d+)|\?\?")


def fake_extract(text: str, source: str = "-", lang: str | None = None) -> ExtractResult:
    """`resolution N/M` (or résolution) → A/RES/N/M; `??` → an unresolved mention."""
    cites = []
    for m in _MENTION.finditer(text):
        target = CanonicalId(f"A/RES/{m.group(1)}") if m.group(1) else None
        cites.append(
            Citation(
                source=source,
                source_id=CanonicalId("A/RES/1/1"),
                start=m.start(),
                end=m.end(),
                text=m.group(),
                target=target,
                kind="resolution" if target else "unresolved",
                body="A" if target else None,
                section="operative",
                paragraph="1",
            )
        )
    return ExtractResult(DocumentInfo(source=source, source_id=CanonicalId("A/RES/1/1"), lang=lang), cites)


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rescite.engine.extract, "extract_text", fake_extract)


def invoke(args: list[str], stdin: bytes | None = None) -> Any:
    result = runner.invoke(app, args, input=stdin, env={"COLUMNS": "200"})
    assert "Traceback" not in result.stdout + result.stderr
    return result


def jsonl(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.split("\n") if line]


TEXT = (
    "Rappelant sa résolution 64/293 du 30 juillet 2010,\r\n« l’adoption » de la resolution 55/25 et ??.\r\n"
)

ENCODINGS: list[tuple[str, Callable[[str], bytes]]] = [
    ("utf8", lambda t: t.encode("utf-8")),
    ("utf8-bom", lambda t: codecs.BOM_UTF8 + t.encode("utf-8")),
    ("utf16-le-bom", lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le")),
    ("utf16-be-bom", lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be")),
    ("utf16-le", lambda t: t.encode("utf-16-le")),
    ("cp1252", lambda t: t.encode("cp1252")),
]


@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize("encode", [e for _, e in ENCODINGS], ids=[i for i, _ in ENCODINGS])
def test_encodings_offsets_into_decoded_text(tmp_path: Path, encode: Callable[[str], bytes]) -> None:
    f = tmp_path / "doc.txt"
    f.write_bytes(encode(TEXT))
    result = invoke(["extract", "--format", "jsonl", str(f)])
    assert result.exit_code == 0, result.stderr
    records = jsonl(result.stdout)
    assert [r["text"] for r in records] == ["résolution 64/293", "resolution 55/25", "??"]
    for r in records:
        assert list(r) == list(RECORD_FIELDS)
        assert r["source"] == str(f)
        assert TEXT[r["start"] : r["end"]] == r["text"]
    assert records[1]["start"] == TEXT.index("resolution 55/25")  # \r\n counts two, the BOM none
    guessed = (
        f"rescite: warning: {f}: not UTF-8; read as cp1252 (a guess)\n" if encode is ENCODINGS[-1][1] else ""
    )
    assert result.stderr == guessed + "rescite: 1 mention(s) could not be resolved (kind=unresolved)\n"


@pytest.mark.usefixtures("fake_engine")
def test_unreadable_inputs_are_reported_and_the_rest_processed(tmp_path: Path) -> None:
    good1, good2 = tmp_path / "a.txt", tmp_path / "b.txt"
    good1.write_text("resolution 1/1", encoding="utf-8")
    good2.write_bytes("resolution 2/2 é".encode("cp1252"))
    png = tmp_path / "x.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10")
    undecodable = tmp_path / "u.txt"
    undecodable.write_bytes(b"\x81\x8d\x8f\x90\x9d" * 20)
    missing, directory = tmp_path / "missing.txt", tmp_path / "dir"
    directory.mkdir()
    order = [good1, missing, directory, png, undecodable, good2]
    result = invoke(["extract", "--format", "jsonl", *map(str, order)])
    assert result.exit_code == 4
    assert [r["target"] for r in jsonl(result.stdout)] == ["A/RES/1/1", "A/RES/2/2"]
    lines = result.stderr.splitlines()
    assert lines.pop() == "rescite: 4 of 6 file(s) could not be read"
    assert lines.pop().startswith(f"rescite: warning: {good2}: not UTF-8; read as ")
    assert len(lines) == 4
    for line, bad in zip(lines, [missing, directory, png, undecodable], strict=True):
        assert line.startswith(f"rescite: {bad}: ")
    assert "no such file" in lines[0]
    assert "no text, HTML, Word or PDF files in this folder" in lines[1]
    assert "binary" in lines[2]
    assert "cannot decode" in lines[3]


@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize("fmt", ["json", "tsv", "csv", "table"])
def test_unreadable_input_gives_exit_4_in_every_format(tmp_path: Path, fmt: str) -> None:
    good = tmp_path / "a.txt"
    good.write_text("resolution 1/1")
    result = invoke(["extract", "--format", fmt, str(good), str(tmp_path / "nope.txt")])
    assert result.exit_code == 4
    assert "A/RES/1/1" in result.stdout
    assert result.stderr == (
        f"rescite: {tmp_path / 'nope.txt'}: no such file\nrescite: 1 of 2 file(s) could not be read\n"
    )


@pytest.mark.usefixtures("fake_engine")
def test_only_unreadable_inputs(tmp_path: Path) -> None:
    result = invoke(["extract", "--format", "jsonl", str(tmp_path / "nope.txt")])
    assert (result.exit_code, result.stdout) == (4, "")


@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize("encode", [e for _, e in ENCODINGS], ids=[i for i, _ in ENCODINGS])
def test_stdin(encode: Callable[[str], bytes]) -> None:
    result = invoke(["extract", "--format", "jsonl", "-"], stdin=encode(TEXT))
    assert result.exit_code == 0
    records = jsonl(result.stdout)
    assert len(records) == 3
    assert {r["source"] for r in records} == {"-"}
    assert all(TEXT[r["start"] : r["end"]] == r["text"] for r in records)


@pytest.mark.usefixtures("fake_engine")
def test_stdin_and_files_mixed(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("resolution 3/3")
    result = invoke(["extract", "--format", "jsonl", str(f), "-"], stdin=b"resolution 4/4")
    assert [(r["source"], r["target"]) for r in jsonl(result.stdout)] == [
        (str(f), "A/RES/3/3"),
        ("-", "A/RES/4/4"),
    ]


@pytest.mark.usefixtures("fake_engine")
def test_binary_stdin() -> None:
    result = invoke(["extract", "-"], stdin=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert result.exit_code == 4
    assert result.stderr.startswith("rescite: -: binary")


@pytest.fixture
def two_files(tmp_path: Path) -> list[str]:
    a, b = tmp_path / "a.txt", tmp_path / "b\tc.txt"
    a.write_text("See resolution 64/293 and ??.")
    b.write_text("Also resolution 70/1.")
    return [str(a), str(b)]


EXPECTED_TARGETS = ["A/RES/64/293", None, "A/RES/70/1"]


@pytest.mark.usefixtures("fake_engine")
def test_format_jsonl_is_the_default_off_a_terminal(two_files: list[str]) -> None:
    explicit = invoke(["extract", "--format", "jsonl", *two_files])
    default = invoke(["extract", *two_files])
    assert default.stdout == explicit.stdout
    assert [r["target"] for r in jsonl(default.stdout)] == EXPECTED_TARGETS


@pytest.mark.usefixtures("fake_engine")
def test_format_json(two_files: list[str]) -> None:
    result = invoke(["extract", "--format", "json", *two_files])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert [r["target"] for r in data] == EXPECTED_TARGETS
    assert all(list(r) == list(RECORD_FIELDS) for r in data)
    assert data[1]["kind"] == "unresolved"


@pytest.mark.usefixtures("fake_engine")
def test_format_tsv(two_files: list[str]) -> None:
    result = invoke(["extract", "-f", "tsv", *two_files])
    lines = result.stdout.split("\n")
    assert lines[-1] == ""
    rows = [line.split("\t") for line in lines[:-1]]
    assert rows[0] == list(RECORD_FIELDS)
    assert all(len(row) == len(RECORD_FIELDS) for row in rows)
    records = [dict(zip(RECORD_FIELDS, row, strict=True)) for row in rows[1:]]
    assert [r["target"] for r in records] == ["A/RES/64/293", "", "A/RES/70/1"]
    assert records[2]["source"] == two_files[1].replace("\t", "\\t")  # a tab in a field is escaped
    assert records[0]["start"] == "4"
    assert records[0]["via_footnote"] == ""


@pytest.mark.usefixtures("fake_engine")
def test_format_csv(two_files: list[str]) -> None:
    result = invoke(["extract", "-f", "csv", *two_files])
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == list(RECORD_FIELDS)
    assert [row[RECORD_FIELDS.index("target")] for row in rows[1:]] == ["A/RES/64/293", "", "A/RES/70/1"]
    assert rows[3][0] == two_files[1]


@pytest.mark.usefixtures("fake_engine")
def test_format_table(two_files: list[str]) -> None:
    result = invoke(["extract", "--format", "table", *two_files])
    assert result.exit_code == 0
    for word in ("target", "A/RES/64/293", "unresolved", "operative"):
        assert word in result.stdout


def test_table_does_not_read_mentions_as_markup(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def engine(text: str, source: str = "-", lang: str | None = None) -> ExtractResult:
        c = Citation(source, None, 0, len(text), text, None, "unresolved", verb="[bold]x")
        return ExtractResult(DocumentInfo(source, None, lang), [c])

    monkeypatch.setattr(rescite.engine.extract, "extract_text", engine)
    f = tmp_path / "m.txt"
    f.write_text("[/]")
    result = invoke(["extract", "--format", "table", str(f)])
    assert result.exit_code == 0
    assert "[/]" in result.stdout
    assert "[bold]x" in result.stdout


@pytest.mark.usefixtures("fake_engine")
def test_multiline_mentions_keep_one_record_per_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def engine(text: str, source: str = "-", lang: str | None = None) -> ExtractResult:
        c = Citation(source, None, 0, len(text), text, None, "unresolved")
        return ExtractResult(DocumentInfo(source, None, lang), [c])

    monkeypatch.setattr(rescite.engine.extract, "extract_text", engine)
    f = tmp_path / "m.txt"
    weird = "resolution\r\n64/\t293\u2028\x85\\"
    f.write_bytes(weird.encode("utf-8"))
    out = invoke(["extract", "-f", "jsonl", str(f)]).stdout
    assert len(out.splitlines()) == 1
    assert json.loads(out)["text"] == weird
    tsv = invoke(["extract", "-f", "tsv", str(f)]).stdout
    assert len(tsv.split("\n")) == 3
    assert tsv.split("\n")[1].split("\t")[4] == "resolution\\r\\n64/\\t293\u2028\\x85\\\\"


def test_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", "--format", "xml", str(tmp_path)])
    assert result.exit_code == 2


# --- the real engine: only the contract, whatever it finds ---------------------------------


def _check_contract(records: list[dict[str, Any]], texts: dict[str, str]) -> None:
    for r in records:
        assert list(r) == list(RECORD_FIELDS)
        decoded = texts[r["source"]]
        assert 0 <= r["start"] < r["end"] <= len(decoded)
        assert decoded[r["start"] : r["end"]] == r["text"]
        assert (r["target"] is None) == (r["kind"] == "unresolved")


def test_real_engine_on_the_sample_in_utf16(tmp_path: Path) -> None:
    sample = sample_files()[0]
    text = sample.read_text(encoding="utf-8")
    f = tmp_path / "sample-utf16.txt"
    f.write_bytes(codecs.BOM_UTF16_LE + text.replace("\n", "\r\n").encode("utf-16-le"))
    result = invoke(["extract", "--format", "jsonl", str(sample), str(f)])
    assert result.exit_code == 0
    records = jsonl(result.stdout)
    _check_contract(records, {str(sample): text, str(f): text.replace("\n", "\r\n")})
    by_source = {src: [r["target"] for r in records if r["source"] == src] for src in (str(sample), str(f))}
    assert by_source[str(sample)] == by_source[str(f)]  # the encoding changes no target


def _console_script() -> str:
    found = Path(sys.executable).parent / "rescite"
    if found.exists():
        return str(found)
    which = shutil.which("rescite")
    if which is None:
        pytest.skip("the rescite console script is not installed")
    return which


def test_console_script_subprocess(tmp_path: Path) -> None:
    sample = sample_files()[0]
    cp1252 = tmp_path / "latin.txt"
    cp1252.write_bytes("la r\u00e9solution 64/293 de l\u2019Assembl\u00e9e".encode("cp1252"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    proc = subprocess.run(
        [_console_script(), "extract", "--format", "jsonl", str(sample), "missing.txt", str(cp1252), "-"],
        input=codecs.BOM_UTF16_BE + "résolution 19/4".encode("utf-16-be"),
        capture_output=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
    )
    stderr = proc.stderr.decode("utf-8")
    assert proc.returncode == 4, stderr
    assert "Traceback" not in stderr
    assert "rescite: missing.txt: no such file\n" in stderr
    records = [json.loads(line) for line in proc.stdout.decode("utf-8").split("\n") if line]
    texts = {
        str(sample): sample.read_text(encoding="utf-8"),
        str(cp1252): "la résolution 64/293 de l’Assemblée",
        "-": "résolution 19/4",
    }
    _check_contract(records, texts)


@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize(
    ("flag", "fmt"), [("--nl", "jsonl"), ("--json", "json"), ("--csv", "csv"), ("--tsv", "tsv")]
)
def test_format_shorthand_flags(tmp_path: Path, flag: str, fmt: str) -> None:
    f = tmp_path / "doc.txt"
    f.write_text(TEXT, encoding="utf-8")
    short = invoke(["extract", flag, str(f)])
    assert short.exit_code == 0 and short.stdout
    assert short.stdout == invoke(["extract", "--format", fmt, str(f)]).stdout
    clash = invoke(["extract", flag, "--table", str(f)])
    assert clash.exit_code == 2 and clash.stdout == ""


@pytest.mark.usefixtures("fake_engine")
def test_a_folder_gives_the_corpus_files_in_it(tmp_path: Path) -> None:
    folder = tmp_path / "texts"
    (folder / "sub").mkdir(parents=True)
    (folder / "b.txt").write_text("resolution 2/2", encoding="utf-8")
    (folder / "sub" / "a.html").write_text("<p>resolution 1/1</p>", encoding="utf-8")
    (folder / "notes.md").write_text("resolution 9/9", encoding="utf-8")  # not a corpus suffix
    (folder / ".hidden.txt").write_text("resolution 8/8", encoding="utf-8")
    result = invoke(["extract", "--format", "jsonl", str(folder)])
    assert result.exit_code == 0, result.stderr
    records = jsonl(result.stdout)
    assert [(r["source"], r["target"]) for r in records] == [
        (str(folder / "b.txt"), "A/RES/2/2"),
        (str(folder / "sub" / "a.html"), "A/RES/1/1"),
    ]
