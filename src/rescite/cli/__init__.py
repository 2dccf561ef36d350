"""The command line: a thin layer that parses options, calls the library and renders."""

from __future__ import annotations

from .app import app, main

__all__ = ["app", "main"]
