"""The one error a reader raises: the file cannot be read, and why (one line)."""

from __future__ import annotations


class UnreadableInput(Exception):
    """A file that cannot be read as text; the message is one line for stderr."""
