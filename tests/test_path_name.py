"""``read.text.path_name`` names a path as pathlib would (``str(Path(name))``), without
importing pathlib: the index, the corpus roots and the files read keep the names (and so the
messages) they had when they were ``Path`` objects."""

from __future__ import annotations

from pathlib import PurePosixPath

import pytest

from rescite.read.text import path_name


@pytest.mark.parametrize(
    "name",
    [
        "",
        ".",
        "./",
        "..",
        "corpus",
        "corpus/",
        "./corpus",
        "./corpus//ga/./",
        "corpus/../ga",
        "/",
        "//",
        "///",
        "//srv/share/",
        "///srv//share",
        "/tmp/./index.sqlite",
        "a/.b/c.",
        ".cache/rescite/",
    ],
)
def test_path_name_is_what_pathlib_would_name_it(name: str) -> None:
    assert path_name(name) == str(PurePosixPath(name))
