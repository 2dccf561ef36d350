"""`rescite index --dask`: reading and extraction on a Dask cluster give the same index as
the local build (a LocalCluster in this process, threads for workers)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from rescite.cli import app
from rescite.corpus import index as ix
from rescite.corpus import reading, schema

pytest.importorskip("distributed")

from rescite.corpus import distributed

PASSAGE = """Resolution {a}/{n}

The General Assembly,

Recalling its resolutions {a0}/{m} of 20 December {y0} and {a}/{k},

Noting the report of the Secretary-General (A/{a}/{r}),

1.  Requests the Secretary-General to report on the implementation of resolution {a0}/{m};

2.  Decides to include the item in the provisional agenda of its {a1}th session.
"""


def _corpus(folder: Path, n: int = 60) -> Path:
    for i in range(n):
        a = 60 + i % 10
        sub = folder / f"s{a}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"r{i:03d}.txt").write_text(
            PASSAGE.format(
                a=a,
                n=100 + i,
                a0=a - 1,
                m=100 + (i * 7) % n,
                y0=1945 + a,
                k=100 + (i * 3) % n,
                r=300 + i,
                a1=a + 1,
            ),
            encoding="utf-8",
        )
    (folder / "broken.txt").write_bytes(b"\x00\x01" * 40)
    return folder


def _dump(conn: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Every table, rows sorted; the meta table without its timings."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    for t in tables:
        rows = [tuple(r) for r in conn.execute(f'SELECT * FROM "{t}"')]
        if t == "meta":
            rows = [r for r in rows if "time" not in str(r[0]) and "seconds" not in str(r[0])]
        out[t] = sorted(rows, key=repr)
    return out


def test_dask_build_equals_local_build(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus")
    local = schema.open_index(tmp_path / "local.sqlite")
    s1 = ix.refresh(local, [corpus], jobs=1)
    remote = schema.open_index(tmp_path / "dask.sqlite")
    with distributed.connect("local:2", processes=False) as mapper:
        s2 = ix.refresh(remote, [corpus], mapper=mapper)
        assert (s2.new, len(s2.unreadable)) == (s1.new, 1) == (61, 1)
        assert _dump(local) == _dump(remote)
        assert remote.execute("SELECT count(*) FROM edges").fetchone()[0] > 60
        # a change on the cluster: the same as the change made locally
        changed = corpus / "s60" / "r000.txt"
        changed.write_text(changed.read_text(encoding="utf-8") + "\nRecalling resolution 40/1.\n", "utf-8")
        (corpus / "s61" / "r001.txt").unlink()
        s3 = ix.refresh(remote, [corpus], mapper=mapper)
    s4 = ix.refresh(local, [corpus], jobs=1)
    assert (s3.changed, s3.removed) == (s4.changed, s4.removed) == (1, 1)
    assert _dump(local) == _dump(remote)


def test_small_chunks_and_few_in_flight(tmp_path: Path) -> None:
    """Many tasks, few at a time: every result still arrives once."""
    corpus = _corpus(tmp_path / "corpus", 25)
    works = [(str(p), p.name, 0, 0, None) for p in sorted(corpus.rglob("*.txt"))]
    dd = pytest.importorskip("distributed")
    with (
        dd.LocalCluster(n_workers=2, processes=False, dashboard_address=None) as cluster,
        dd.Client(cluster) as c,
    ):
        mapper = distributed.dask_mapper(c, chunk=2, in_flight=3)
        got = list(mapper(reading.extract_file, works))
    assert sorted(r[1] for r in got) == sorted(w[0] for w in works)
    assert sorted(r[0] for r in got).count("error") == 1


def test_cli_dask_option(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = _corpus(tmp_path / "corpus", 20)
    real = distributed.connect
    monkeypatch.setattr(distributed, "connect", lambda address: real(address, processes=False))
    runner = CliRunner()
    r = runner.invoke(app, ["index", str(corpus), "--db", str(tmp_path / "d.sqlite"), "--dask", "local:2"])
    assert r.exit_code == 4, r.output  # the broken file is named, the rest indexed
    assert "broken.txt" in r.stderr
    r2 = runner.invoke(app, ["index", str(corpus), "--db", str(tmp_path / "l.sqlite"), "--jobs", "1"])
    assert r2.exit_code == 4
    a, b = schema.open_index(tmp_path / "d.sqlite"), schema.open_index(tmp_path / "l.sqlite")
    assert _dump(a)["edges"] == _dump(b)["edges"] and _dump(a)["nodes"] == _dump(b)["nodes"]


@pytest.mark.parametrize(
    ("address", "message"),
    [("local:0", "local:N"), ("local:x", "local:N"), ("tcp://127.0.0.1:9", "cannot reach")],
)
def test_bad_address_is_one_line(tmp_path: Path, address: str, message: str) -> None:
    corpus = _corpus(tmp_path / "corpus", 2)
    r = CliRunner().invoke(app, ["index", str(corpus), "--db", str(tmp_path / "x.sqlite"), "--dask", address])
    assert r.exit_code == 2
    assert message in r.stderr and r.stderr.count("\n") == 1
