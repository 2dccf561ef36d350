"""What the refresh path imports: a query after one changed file loads the engine and the
index's writer, and none of them may pull in ``dataclasses`` or ``inspect`` (with ``ast``,
``dis`` and ``tokenize`` they cost a refresh as much as the rest of the engine's import)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

#: Modules the standard library would load that a refresh does not need.
HEAVY = ("dataclasses", "inspect")
#: … nor a query that refreshes (the engine and the index's writer take ``typing``'s names
#: only when type-checked; paths are named with ``os.path``: ``pathlib`` brings in
#: ``urllib.parse``, ``ipaddress``, ``fnmatch`` and ``ntpath``, about 4 ms).
HEAVY_QUERY = (*HEAVY, "typing", "pathlib")

PROBE = (
    "import sys\n"
    "for name in sys.argv[1:]:\n"
    "    __import__(name)\n"
    "print(' '.join(m for m in {heavy!r} if m in sys.modules) or 'none')\n"
)


@pytest.mark.parametrize(
    "modules",
    [
        ["rescite.models"],
        ["rescite.read.limits"],
        ["rescite.read.html"],
        ["rescite.read.docx"],
        ["rescite.grammar.lexicon"],
        ["rescite.grammar.rules"],
        ["rescite.engine.normalise"],
        ["rescite.engine.segment"],
        ["rescite.engine.find"],
        ["rescite.engine.resolve"],
        ["rescite.engine.extract"],
        ["rescite.corpus.index"],
        ["rescite.corpus.run"],
        [
            "rescite.corpus.index",
            "rescite.corpus.query",
            "rescite.corpus.lists",
            "rescite.corpus.traversal",
            "rescite.corpus.search",
            "rescite.corpus.locate",
        ],
    ],
)
def test_the_modules_of_a_refresh_import_no_dataclasses(modules: list[str]) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=HEAVY), *modules],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "none\n"


#: Two short texts in the style of the General Assembly's resolutions, written for this test.
TEXTS = {
    "ga/81_12.txt": (
        "United Nations A/RES/81/12\n\n"
        "Resolution adopted by the General Assembly on 3 November 2026\n\n"
        "81/12. Coastal fisheries and small island economies\n\n"
        "The General Assembly,\n\n"
        "Recalling its resolution 79/233 of 19 December 2024,\n\n"
        "1. Invites Member States to share data on coastal catches;\n"
    ),
    "ga/81_40.txt": (
        "United Nations A/RES/81/40\n\n"
        "Resolution adopted by the General Assembly on 24 November 2026\n\n"
        "81/40. Seasonal workers in agriculture\n\n"
        "The General Assembly,\n\n"
        "Recalling its resolution 81/12 of 3 November 2026,\n\n"
        "1. Requests the Secretary-General to report at its eighty-third session;\n"
    ),
}

#: ``python -m rescite ARGS`` in this process, then which of :data:`HEAVY_QUERY` it had loaded.
RUN = (
    "import runpy, sys\n"
    "sys.argv = ['rescite', *sys.argv[1:]]\n"
    "code = 0\n"
    "try:\n"
    "    runpy.run_module('rescite', run_name='__main__')\n"
    "except SystemExit as exc:\n"
    "    code = exc.code\n"
    "sys.stderr.write('HEAVY ' + (' '.join(m for m in {heavy!r} if m in sys.modules) or 'none') + '\\n')\n"
    "sys.exit(code)\n"
)


@pytest.mark.parametrize("query", [["show", "A/RES/81/12"], ["cited-by", "A/RES/81/12", "--depth", "0"]])
def test_a_query_that_refreshes_one_changed_file_imports_no_dataclasses(
    tmp_path: Path, query: list[str]
) -> None:
    corpus = tmp_path / "corpus"
    for rel, text in TEXTS.items():
        (corpus / rel).parent.mkdir(parents=True, exist_ok=True)
        (corpus / rel).write_text(text, encoding="utf-8")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "RESCITE_QUICK": "1"}
    env.pop("RESCITE_CORPUS", None)
    where = ["--corpus", str(corpus), "--db", str(tmp_path / "index.sqlite")]
    args = [sys.executable, "-c", RUN.format(heavy=HEAVY_QUERY), *query, *where]
    first = subprocess.run(args, capture_output=True, text=True, env=env, timeout=300)
    assert first.returncode == 0, first.stderr
    changed = corpus / "ga/81_40.txt"
    changed.write_text(
        TEXTS["ga/81_40.txt"] + "2. Decides to take up the question again in 2028;\n", encoding="utf-8"
    )
    proc = subprocess.run(args, capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "index refreshed: 0 new, 1 changed, 0 removed" in proc.stderr
    assert "HEAVY none" in proc.stderr, proc.stderr
    assert "A/RES/81/40" in proc.stdout
