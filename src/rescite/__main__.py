"""``python -m rescite`` and the ``rescite`` console script.

``rescite --version`` and ``rescite --help`` (or no arguments) are answered here without
importing the command-line framework when possible: start-up is most of their cost.
``--version`` needs nothing but the package.  The help screen is rendered by the framework
once, as it would be anyway, and kept in the user cache directory
(``$XDG_CACHE_HOME/rescite/help-<key>``) with its exit code; the key covers everything the
rendering depends on — the version, the interpreter, the command-line modules' files, the
terminal's width and whether stdout is one, and the environment variables that change
colours or widths — so a stale screen is never shown.  A cache that cannot be read or
written only costs the slow path.

A query answered on the quick path (or ``--version``, a kept help screen) ends the process at
once (:func:`_end`) from the console script, and from ``python -m rescite`` when the
interpreter's command line runs this module as the program (:func:`program_is_this_module`).
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # as typing's, without importing typing: the quick path imports nothing else
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

_HELP_ARGS: tuple[list[str], ...] = ([], ["--help"], ["-h"])
_ENV = (
    "COLUMNS",
    "LINES",
    "TERM",
    "COLORTERM",
    "NO_COLOR",
    "FORCE_COLOR",
    "TTY_COMPATIBLE",
    "TTY_INTERACTIVE",
    "TERMINAL_WIDTH",
    "JUPYTER_COLUMNS",
    "JUPYTER_LINES",
    "_TYPER_FORCE_DISABLE_TERMINAL",
    "_TYPER_STANDARD_TRACEBACK",
    "PYTHONIOENCODING",
    "LANG",
    "LC_ALL",
)


def answer(args: list[str]) -> bool:
    """Answer from here when possible; False: the full command line must run."""
    if args in (["--version"], ["-V"]):
        from rescite import __version__

        sys.stdout.write(f"rescite {__version__}\n")
        return True
    if args not in _HELP_ARGS or "_RESCITE_COMPLETE" in os.environ:
        return False
    found = _help_path(args)
    if found is None:
        return False
    path, key = found
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError:
        return False
    head, _, screen = data.partition(b"\n\n")
    stored_key, _, code = head.decode("utf-8", "replace").rpartition("\n")
    if stored_key != key or not code.isdigit():
        return False
    sys.stdout.flush()
    sys.stdout.buffer.write(screen)
    sys.stdout.buffer.flush()
    if int(code):
        sys.exit(int(code))
    return True


def recording(args: list[str], run: Callable[[], None]) -> None:
    """``run()``, keeping what a help screen printed for :func:`answer` next time."""
    found = _help_path(args) if args in _HELP_ARGS and "_RESCITE_COMPLETE" not in os.environ else None
    if found is None:
        run()
        return
    real, real_err = sys.stdout, sys.stderr
    tee, err = _Tee(real), _Tee(real_err)
    sys.stdout, sys.stderr = tee, err
    code: Any = 0
    try:
        run()
    except SystemExit as exc:
        code = exc.code
        raise
    finally:
        sys.stdout, sys.stderr = real, real_err
        # only a screen that came whole on stdout is kept (not an error message)
        if isinstance(code, int | None) and tee.parts and not err.parts:
            _store(found, int(code or 0), b"".join(tee.parts))


def _store(found: tuple[str, str], code: int, screen: bytes) -> None:
    path, key = found
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = f"{path}.{os.getpid()}.tmp"
        with open(tmp, "wb") as fh:
            fh.write(f"{key}\n{code}\n\n".encode() + screen)
        os.replace(tmp, path)
    except OSError:
        pass


class _Tee:
    """stdout (or its binary buffer) as it is, keeping a copy of what is written, in order."""

    def __init__(self, real: Any, parts: list[bytes] | None = None) -> None:
        self._real = real
        self.parts: list[bytes] = [] if parts is None else parts

    def write(self, s: str | bytes) -> int:
        enc = getattr(self._real, "encoding", None) or "utf-8"
        self.parts.append(s if isinstance(s, bytes) else s.encode(enc, "replace"))
        return int(self._real.write(s))

    @property
    def buffer(self) -> _Tee:
        return _Tee(self._real.buffer, self.parts)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


def _help_path(args: list[str]) -> tuple[str, str] | None:
    """Where the help screen for ``args`` is kept, and the key it is kept under (stored in
    the file too and compared, so that two keys with one file name cannot mix)."""
    import zlib

    from rescite import __version__

    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cli")
    try:  # the commands' modules: their options and docstrings are the screen
        stamps = sorted(
            f"{e.name}:{e.stat().st_mtime_ns}:{e.stat().st_size}"
            for e in os.scandir(here)
            if e.name.endswith(".py")
        )
    except OSError:
        return None
    tty = sys.stdout.isatty()
    width = ""
    if tty:
        try:
            width = str(os.get_terminal_size(sys.stdout.fileno()).columns)
        except OSError:
            width = "?"
    parts = [__version__, sys.executable, here, *stamps, str(tty), width]
    parts += [" ".join(args)] + [f"{k}={os.environ.get(k)}" for k in _ENV]
    key = "\t".join(parts).replace("\n", " ")
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "rescite", f"help-{zlib.crc32(key.encode()):08x}"), key


#: The modules of the quick path (``rescite/cli/``), each after those it imports.
QUICK_MODULES = ("messages", "opening", "answers", "quick")


def _quick(args: list[str]) -> int | None:
    """A plain query answered by ``rescite.cli.quick`` (its exit code), or None.

    The quick path's modules (:data:`QUICK_MODULES`) are loaded from their files, not
    through ``rescite.cli``, whose ``__init__`` imports the command-line framework; each is
    registered under its own name, so the full command line, if it runs after all, uses these
    same modules.
    """
    module = sys.modules.get("rescite.cli.quick")
    if module is None:
        here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cli")
        # the import system's own classes, loaded with the interpreter: ``importlib.util``
        # would import contextlib and more first, a millisecond and a half of every query
        import _frozen_importlib as bootstrap  # type: ignore[import-not-found,unused-ignore]
        import _frozen_importlib_external as external  # type: ignore[import-not-found,unused-ignore]

        for part in QUICK_MODULES:
            name = f"rescite.cli.{part}"
            if name in sys.modules:
                continue
            loader = external.SourceFileLoader(name, os.path.join(here, f"{part}.py"))  # bytecode cached
            spec = bootstrap.spec_from_loader(name, loader)
            if spec is None:
                return None
            module = bootstrap.module_from_spec(spec)
            sys.modules[name] = module
            loader.exec_module(module)
        module = sys.modules["rescite.cli.quick"]
    code: int | None = module.run(args)
    return code


def main(at_once: bool = False) -> None:
    """Entry point of ``python -m rescite``; ``at_once``: that of the console script
    (:func:`console`)."""
    args = sys.argv[1:]
    if answer(args):
        if at_once:
            _end(0)
        return
    code = _quick(args)
    if code is not None:
        if at_once:
            _end(code)
        sys.exit(code)
    from rescite.cli import main as cli_main

    recording(args, cli_main)


def console() -> None:
    """The ``rescite`` console script: :func:`main`, and once a version, a kept help screen or
    a query on the quick path is answered, the process ends at once (:func:`_end`)."""
    main(at_once=True)


def _end(code: int) -> None:
    """End the process with ``code`` now that everything is written: its output flushed,
    nothing registered to run at exit and no other thread of ``threading`` alive.  The index is
    not closed: a closing connection, the last on the file, would copy the WAL's pages into
    the index and sync the disk twice (a query that refreshed the index waited for that, and
    for the WAL made anew at its next commit); ending the process leaves the file as a
    committed transaction leaves it, the refresh's pages in the WAL for the next process to
    read, copied by a later refresh once the WAL has grown (``corpus.schema.bound_wal``).
    The interpreter's teardown (freeing every module and object one by one, for the
    system to free the memory at once anyway) cost a query 3 to 13 ms.  Returns when
    something is left to do: the ordinary exit then does it (and reports a failed flush)."""
    import atexit

    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    threading = sys.modules.get("threading")
    if atexit._ncallbacks() or (threading is not None and threading.active_count() > 1):
        return
    os._exit(code)


def program_is_this_module(argv: list[str], inspect: bool = False) -> bool:
    """Whether the interpreter's command line ``argv`` (``sys.orig_argv``) runs this module as
    the program, ``python [options] -m rescite …``: nothing then runs after :func:`main` but
    the interpreter's teardown, and a query may end the process at once as the console script
    does (:func:`_end`).  False for anything else, and for any option not known to be harmless
    here: another module run first (``-m cProfile -m rescite``, which writes its report after),
    ``-c`` (a test running this module through ``runpy``), a script, ``-i`` (a prompt after)."""
    if inspect:
        return False
    i = 1
    while i < len(argv):
        a = argv[i]
        i += 1
        if not a.startswith("-") or a.startswith("--") or a == "-":
            return False
        for k, ch in enumerate(a[1:], 2):
            if ch in "XWm":  # the option's value: the rest of the word, else the next word
                value = a[k:]
                if not value:
                    if i >= len(argv):
                        return False
                    value = argv[i]
                    i += 1
                if ch == "m":
                    return value == "rescite"
                break
            if ch not in _HARMLESS_FLAGS:
                return False
    return False


#: The interpreter's flags that change nothing of how a process may end (``-i``, ``-c`` and
#: the rest are not here).
_HARMLESS_FLAGS = frozenset("bBdEIOPqsSuv")


if __name__ == "__main__":
    main(at_once=program_is_this_module(getattr(sys, "orig_argv", []), bool(sys.flags.inspect)))
