"""Extraction on a worker pool (`rescite.corpus.run`, `rescite extract --jobs N`): the same
output as the serial run, in input order; workers that end with their parent; quiet Ctrl-C
and closed pipes."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections import deque
from pathlib import Path
from typing import Any

import pytest

from rescite.corpus import run
from rescite.corpus.sample import sample_files
from rescite.render import records

BIN = Path(sys.executable).parent
RESCITE = shutil.which("rescite", path=str(BIN)) or shutil.which("rescite")
needs_script = pytest.mark.skipif(RESCITE is None, reason="console script not installed")
linux_only = pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads /proc")

PASSAGE = """The General Assembly,

Recalling its resolution {a}/{b} of 14 December {y} and the Convention on the Rights of the Child,

Taking note of the report of the Secretary-General (A/{a}/{d}),

1.  Welcomes the work done since the adoption of its resolution {a}/{e};

2.  Decides to consider the question at its {a}th session.
"""


def _corpus(folder: Path, n: int) -> list[str]:
    """``n`` small resolutions of our own, the bundled sample, and one unreadable file."""
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for i in range(n):
        p = folder / f"doc{i:03d}.txt"
        a = 50 + i % 25
        p.write_text(PASSAGE.format(a=a, b=100 + i, y=1995 + a - 50, d=200 + i, e=i + 1), encoding="utf-8")
        names.append(str(p))
    for s in sample_files():
        names.append(str(shutil.copy(s, folder / s.name)))
    bad = folder / "zz_binary.txt"
    bad.write_bytes(b"\x00\x01\x02\x03" * 50)
    names.append(str(bad))
    return names


def test_chunks_keep_order_and_cut_by_size() -> None:
    names = [f"f{i}" for i in range(10)]
    parts = run.chunks(names, [400_000] * 10)
    assert [n for p in parts for n in p] == names
    assert all(1 <= len(p) <= 3 for p in parts)
    assert run.chunks([], []) == []


@pytest.mark.parametrize("fmt", ["jsonl", "json", "tsv", "csv", None])
def test_pool_gives_the_serial_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str | None
) -> None:
    names = _corpus(tmp_path / "c", 12)
    render = records.RECORD_TEXT[fmt] if fmt else None
    serial = list(run.extract_files(names, render=render, jobs=1))
    monkeypatch.setattr(run, "CHUNK_BYTES", 1)  # one file per task: many tasks, all in flight
    pooled = list(run.extract_files(names, render=render, jobs=2))
    assert [r.name for r in pooled] == names
    assert pooled == serial
    assert sum(1 for r in serial if r.error) == 1
    assert "binary" in (serial[-1].error or "")
    found = [r for r in serial if r.out or r.citations]
    assert len(found) == len(names) - 1  # every readable document cites something


def test_the_consumer_may_stop_early(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    names = _corpus(tmp_path / "c", 20)
    monkeypatch.setattr(run, "CHUNK_BYTES", 1)
    gen = run.extract_files(names, render=records.jsonl_text, jobs=2)
    first = next(gen)
    gen.close()  # stops the pool
    assert first.name == names[0] and first.out.count("\n") >= 3


def test_a_pool_stopped_early_lets_its_sent_tasks_finish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (a worker stopped while it hands back a result would die holding the result queue's lock,
    # and the pool's stopping would wait for it for ever: the tasks sent are let finish first)
    names = _corpus(tmp_path / "c", 20)
    monkeypatch.setattr(run, "CHUNK_BYTES", 1)
    seen: list[list[bool]] = []
    let_finish = run._let_finish

    def watched(pending: Any) -> None:
        let_finish(pending)
        seen.append([t.ready() for t in pending if not isinstance(t, run._Ready)])

    monkeypatch.setattr(run, "_let_finish", watched)
    gen = run.extract_files(names, render=records.jsonl_text, jobs=2)
    next(gen)
    gen.close()
    assert len(seen) == 1 and seen[0] and all(seen[0])


class _Waits:
    def __init__(self) -> None:
        self.timeouts: list[float] = []

    def wait(self, timeout: float) -> None:
        self.timeouts.append(timeout)


def test_let_finish_waits_within_its_bound() -> None:
    tasks = [_Waits(), run._Ready([1]), _Waits()]
    run._let_finish(deque(tasks))
    waited = [t.timeouts for t in tasks if isinstance(t, _Waits)]
    assert [len(w) for w in waited] == [1, 1]
    assert all(0 < w[0] <= run.STOP_WAIT for w in waited)


def _rescite(args: list[str], tmp_path: Path, **kw: object) -> subprocess.Popen[bytes]:
    assert RESCITE is not None
    env = {k: v for k, v in os.environ.items() if k != "RESCITE_CORPUS"}
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    return subprocess.Popen([RESCITE, *args], env=env, cwd=tmp_path, **kw)  # type: ignore[call-overload,no-any-return]


@needs_script
@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv"])
def test_cli_jobs_output_equals_serial(tmp_path: Path, fmt: str) -> None:
    _corpus(tmp_path / "c", 30)
    outs = []
    for jobs in ("1", "2"):
        p = _rescite(
            ["extract", "c", "--format", fmt, "--jobs", jobs],
            tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        out, err = p.communicate(timeout=120)
        assert p.returncode == 4  # the binary file
        assert err.decode().count("zz_binary.txt: binary file") == 1
        outs.append(out)
    assert outs[0] == outs[1]
    assert outs[0].count(b"A/RES/") >= 30


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "State:\tZ" not in status


def _wait_for_workers(p: subprocess.Popen[bytes], n: int) -> list[int]:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        kids = _children(p.pid)
        if len(kids) >= n:
            return kids
        time.sleep(0.05)
    pytest.fail("the workers did not start")


def _takes_ctrl_c() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _big_corpus(tmp_path: Path) -> None:
    folder = tmp_path / "big"
    _corpus(folder, 400)


@needs_script
@linux_only
def test_workers_end_with_a_killed_parent(tmp_path: Path) -> None:
    _big_corpus(tmp_path)
    # nobody reads the pipe: the parent blocks on writing, the workers wait for work
    p = _rescite(
        ["extract", "big", "--jobs", "2"], tmp_path, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    kids = _wait_for_workers(p, 2)
    p.send_signal(signal.SIGKILL)
    p.wait(timeout=30)
    deadline = time.monotonic() + 10
    while any(_alive(k) for k in kids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(k) for k in kids), "orphan workers left running"
    assert p.stdout is not None
    p.stdout.close()


@needs_script
@linux_only
def test_ctrl_c_is_quiet_and_stops_the_workers(tmp_path: Path) -> None:
    _big_corpus(tmp_path)
    # Ctrl-C as a terminal sends it: to a process that takes it (a suite run in the background of
    # a shell inherits SIGINT ignored, and Python then keeps ignoring it, as it should)
    p = _rescite(
        ["extract", "big", "--jobs", "2"],
        tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=_takes_ctrl_c,
    )
    kids = _wait_for_workers(p, 2)
    p.send_signal(signal.SIGINT)
    _, err = p.communicate(timeout=60)
    assert p.returncode == 130, err.decode()[-2000:]
    assert "Traceback" not in err.decode()
    deadline = time.monotonic() + 10
    while any(_alive(k) for k in kids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(k) for k in kids)


@needs_script
def test_closed_pipe_is_quiet(tmp_path: Path) -> None:
    _big_corpus(tmp_path)
    p = _rescite(["extract", "big", "--jobs", "2"], tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert p.stdout is not None and p.stderr is not None
    line = p.stdout.readline()  # as `| head -1` does
    p.stdout.close()
    err = p.stderr.read().decode()
    p.wait(timeout=60)
    assert line.startswith(b"{")
    assert p.returncode == 0
    assert err == ""


# --------------------------------------------------------------------------- start-up

_MAIN = (
    "import sys\n"
    "sys.argv = ['rescite', *sys.argv[1:]]\n"
    "from rescite.__main__ import main\n"
    "try:\n"
    "    main()\n"
    "finally:\n"
    "    print('typer' in sys.modules, file=sys.stderr)\n"
)


def _main(args: list[str], tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    e = {k: v for k, v in os.environ.items() if k != "RESCITE_CORPUS"}
    e["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    e.update(env)
    return subprocess.run(
        [sys.executable, "-c", _MAIN, *args], env=e, capture_output=True, text=True, timeout=120, check=False
    )


def test_version_without_the_framework(tmp_path: Path) -> None:
    import rescite

    p = _main(["--version"], tmp_path)
    assert (p.returncode, p.stdout, p.stderr) == (0, f"rescite {rescite.__version__}\n", "False\n")


@pytest.mark.parametrize("args", [["--help"], []])
def test_help_screen_is_kept_and_shown_again_quickly(tmp_path: Path, args: list[str]) -> None:
    first = _main(args, tmp_path)
    assert first.stdout.count("extract") >= 1 and first.stderr == "True\n"
    again = _main(args, tmp_path)
    assert (again.returncode, again.stdout, again.stderr) == (first.returncode, first.stdout, "False\n")
    # another width is another screen: rendered by the framework, not taken from the cache
    wide = _main(args, tmp_path, COLUMNS="150")
    assert wide.stderr == "True\n" and wide.returncode == first.returncode
    assert max(map(len, wide.stdout.splitlines())) > max(map(len, first.stdout.splitlines()))


def test_a_damaged_help_cache_is_ignored(tmp_path: Path) -> None:
    first = _main(["--help"], tmp_path)
    for f in (tmp_path / "cache" / "rescite").glob("help-*"):
        f.write_bytes(b"garbage")
    again = _main(["--help"], tmp_path)
    assert (again.returncode, again.stdout, again.stderr) == (0, first.stdout, "True\n")


def _volume(n: int) -> str:
    """A session volume of ``n`` texts of our own, one after another under their headings."""
    texts = [
        f"81/{i}. Cooperation on question {i}\n\n"
        "The General Assembly,\n\n"
        f"Recalling its resolutions 60/{i} of 9 November 2005 and 62/{i + 1} of 14 December 2007,\n\n"
        f"1. Requests the Secretary-General to report on the matter (A/81/{300 + i});\n\n"
        "52nd plenary meeting\n10 December 2026\n"
        for i in range(1, n + 1)
    ]
    return "Resolutions adopted by the General Assembly during its eighty-first session\n\n" + "\n".join(
        texts
    )


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "tsv", None])
def test_a_big_compilation_is_read_on_the_pool_as_serially(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str | None
) -> None:
    volume = tmp_path / "volume.txt"
    volume.write_text(_volume(40), encoding="utf-8")
    names = [str(volume), *_corpus(tmp_path / "c", 3)]
    render = records.RECORD_TEXT[fmt] if fmt else None
    serial = list(run.extract_files(names, render=render, jobs=1))
    # the volume counts as big, and its texts go out a few at a time
    monkeypatch.setattr(run, "BIG_FILE", 1000)
    monkeypatch.setattr(run, "PIECES_CHARS", 700)
    join = records.RECORD_JOIN.get(render, "") if render else ""
    pooled = list(run.extract_files(names, render=render, jobs=2, join=join))
    assert pooled == serial
    first = serial[0]
    assert first.name == str(volume) and not first.error
    if fmt is None:
        assert len({c.part for c in first.citations}) == 40
        assert {c.source_id for c in first.citations} == {f"A/RES/81/{i}" for i in range(1, 41)}


def _cop_volume(n: int) -> str:
    """A report of a Conference of the Parties of our own: its masthead, then ``n`` resolutions
    whose body line is the short name alone, each citing the Conference's own texts by "its"."""
    texts = [
        f"Resolution 11/{i}\n\nTechnical assistance, part {i}\n\nThe Conference of the Parties,\n\n"
        f"Noting its resolution 7/{i} and its decision 6/{i},\n"
        for i in range(1, n + 1)
    ]
    return "CAC/COSP/2025/14\n\n\nReport of the session\n\n" + "\n".join(texts)


def test_a_big_report_of_a_conference_is_read_on_the_pool_as_serially(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the texts sent to the workers are read within the file's own id, as the serial read does:
    # "The Conference of the Parties," stands for the body of the report's masthead
    report = tmp_path / "report.txt"
    report.write_text(_cop_volume(12), encoding="utf-8")
    serial = list(run.extract_files([str(report)], jobs=1))
    monkeypatch.setattr(run, "BIG_FILE", 200)
    monkeypatch.setattr(run, "PIECES_CHARS", 300)
    pooled = list(run.extract_files([str(report)], jobs=2))
    assert pooled[0].citations == serial[0].citations
    assert {c.source_id for c in serial[0].citations} == {f"CAC/COSP/RES/11/{i}" for i in range(1, 13)}
    assert {c.target for c in serial[0].citations} >= {"CAC/COSP/RES/7/12", "CAC/COSP/DEC/6/12"}


def test_a_big_compilation_whose_text_fails_is_one_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rescite.engine import extract

    volume = tmp_path / "volume.txt"
    volume.write_text(_volume(12), encoding="utf-8")
    names = [str(volume), *_corpus(tmp_path / "c", 2)]
    real = extract.extract_piece

    def failing(piece: str, source: str = "-", lang: str | None = None, within: str | None = None) -> object:
        if "81/7." in piece:
            raise ValueError("a piece that cannot be read")
        return real(piece, source, lang, within)

    monkeypatch.setattr(run, "BIG_FILE", 1000)
    monkeypatch.setattr(run, "PIECES_CHARS", 700)
    monkeypatch.setattr(extract, "extract_piece", failing)  # the workers are forked with it
    pooled = list(run.extract_files(names, render=records.jsonl_text, jobs=2))
    assert [r.name for r in pooled] == names
    assert pooled[0].error == f"{volume}: internal error (ValueError: a piece that cannot be read); skipped"
    assert all(r.out for r in pooled[1:-1])  # the other files are read
