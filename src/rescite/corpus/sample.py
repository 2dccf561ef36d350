"""The bundled sample corpus (the seed resolution), installed or in a checkout."""

from __future__ import annotations

import os

TYPE_CHECKING = False  # as typing's, without importing typing
if TYPE_CHECKING:
    from pathlib import Path


def sample_folder() -> str:
    """Folder of the bundled sample: ``rescite/sample`` when installed, ``data/`` in a checkout
    (os.path, not pathlib: a query's refresh looks for it)."""
    here = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
    installed = os.path.join(here, "sample")
    if os.path.isdir(installed):
        return installed
    return os.path.join(os.path.dirname(os.path.dirname(here)), "data")


def sample_dir() -> Path:
    """:func:`sample_folder` as a path."""
    from pathlib import Path

    return Path(sample_folder())


def sample_files() -> list[Path]:
    return sorted(p for p in sample_dir().glob("*.txt"))
