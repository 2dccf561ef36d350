"""The bundled sample corpus (the seed resolution), installed or in a checkout."""

from __future__ import annotations

from pathlib import Path


def sample_dir() -> Path:
    """Folder of the bundled sample: ``rescite/sample`` when installed, ``data/`` in a checkout."""
    here = Path(__file__).resolve().parent.parent
    installed = here / "sample"
    if installed.is_dir():
        return installed
    return here.parent.parent / "data"


def sample_files() -> list[Path]:
    return sorted(p for p in sample_dir().glob("*.txt"))
