"""Reading input files: bytes → a :class:`~rescite.models.Document` (text, layout,
warnings), with one clear error per unreadable file.

Text files are decoded honestly (:mod:`.decode`); HTML is read as text (the normaliser
hides its markup, so offsets point into the HTML source).  PDF (with the optional
``pypdf``) and Word ``.docx`` files are recognised by their content and turned into text
first: for them, offsets point into that text, which ``rescite extract`` and ``rescite
show`` quote.

``read_document`` is the full API; ``read_text``, ``text_of`` and ``decode_bytes`` give the
text alone.  Warnings (an invalid byte, a guessed encoding, a limit reached) are one line
each: the ``warn`` callback of the short forms receives them (the CLI prints them on
stderr); ``Document.warnings`` keeps them.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable

from ..models import Document, Layout, PageSpan
from .decode import decode
from .errors import UnreadableInput
from .gcpause import paused_gc
from .limits import MB, Limits, from_env

TYPE_CHECKING = False  # as typing's, without importing typing: a refresh imports this module
if TYPE_CHECKING:
    from typing import BinaryIO

Warn = Callable[[str], None]


def decode_bytes(data: bytes, name: str = "-", warn: Warn | None = None) -> str:
    """Decode the bytes of a text file; raise :class:`UnreadableInput` for binary data.

    The BOM is not part of the result: offsets into the returned text are what the
    extraction records carry.  Line ends are kept as they are (``\r\n`` stays two
    characters).
    """
    warnings: list[str] = []
    text, _ = decode(data, name, warnings)
    _tell(warnings, warn)
    return text


def _tell(warnings: list[str], warn: Warn | None) -> None:
    if warn is not None:
        for w in warnings:
            warn(w)


def _limits(limits: Limits | None, warnings: list[str]) -> Limits:
    if limits is not None:
        return limits
    chosen, problems = from_env()
    warnings.extend(problems)
    return chosen


def document_of(
    data: bytes,
    name: str = "-",
    limits: Limits | None = None,
    html_cells: bool = True,
    path: str | None = None,
    larger: bool = False,
) -> Document:
    """The document a file's bytes hold, whatever its format: PDF, Word (.docx), HTML or
    text.  ``html_cells=False`` leaves out the table cells of an HTML page (they take a
    pass of the HTML tokenizer; the text alone does not need them).

    ``data`` larger than the largest file read (``limits.max_file``) is read in part: a text
    file up to the limit; a Word or PDF file from ``path`` (the file on disk, which ``data``
    begins: :func:`read_bytes` reads no further), or from ``data`` when it is all there (no
    ``path``), the archive's parts or the PDF's pages read as they are needed, never the
    whole file at once — a Word file's parts up to ``limits.max_part``, a PDF's pages until
    their text reaches ``limits.max_file`` characters.  ``larger``: ``data`` is only the start
    of the file at ``path``, which is larger than the limit."""
    warnings: list[str] = []
    lim = _limits(limits, warnings)
    is_pdf, is_zip = data.startswith(b"%PDF-"), data.startswith(b"PK\x03\x04")
    is_ole = data.startswith(_OLE)  # a compound file: Word 97-2003
    source: bytes | BinaryIO = data
    handle: BinaryIO | None = None
    if larger or len(data) > lim.max_file:
        size = f"{lim.max_file / MB:g} MB"
        if is_ole:  # its streams are found through tables anywhere in the file: read whole or not at all
            raise UnreadableInput(
                f"{name}: a Word 97-2003 file larger than the limit ({size}; RESCITE_MAX_FILE); not read"
            )
        if is_pdf or is_zip:
            if path is not None and path != "-":
                try:
                    handle = source = open(path, "rb")  # noqa: SIM115 (closed below)
                except OSError as exc:
                    raise UnreadableInput(f"{name}: cannot read ({exc.strerror or exc})") from None
            what = (
                "its pages, until their text reaches the limit"
                if is_pdf
                else f"its parts, each up to {lim.max_part / MB:g} MB (RESCITE_MAX_PART)"
            )
            warnings.append(f"{name}: larger than the limit ({size}); read in part from the file: {what}")
        else:
            warnings.append(f"{name}: larger than the limit ({size}); read up to it")
            data = data[: lim.max_file]
    try:
        if is_pdf:
            from .pdf import read_pdf

            with paused_gc():
                doc = read_pdf(source, name, lim.max_file)
        elif is_zip:
            from .docx import read_docx

            with paused_gc():
                doc = read_docx(source, name, lim)
        elif is_ole:
            from .doc import read_doc

            with paused_gc():
                doc = read_doc(data, name, lim)
        else:
            doc = None
    finally:
        if handle is not None:
            handle.close()
    if doc is None:
        text, encoding = decode(data, name, warnings)
        doc = Document(name, text, "text", encoding)
        if "<" in text and _looks_like_html(text):  # the HTML reader imported only then
            from .html import parse

            doc.format = "html"
            if html_cells:
                doc.layout.cells = parse(text).cells
    doc.warnings[:0] = warnings
    _pages(doc.text, doc.layout)
    return doc


def _looks_like_html(text: str) -> bool:
    from .html import looks_like_html

    return looks_like_html(text)


def _pages(text: str, layout: Layout) -> None:
    """Pages (split at form feeds), where the reader did not say."""
    if not layout.pages:
        pos = 0
        for number, page in enumerate(text.split("\f"), 1):
            layout.pages.append(PageSpan(pos, pos + len(page), number))
            pos += len(page) + 1


def text_of(
    data: bytes,
    name: str = "-",
    warn: Warn | None = None,
    limits: Limits | None = None,
    path: str | None = None,
) -> str:
    """The text of a file's bytes, whatever its format: PDF, Word (.docx) or text (``path``:
    the file they were read from, see :func:`document_of`)."""
    doc = document_of(data, name, limits, html_cells=False, path=path)
    _tell(doc.warnings, warn)
    return doc.text


def path_name(path: str | os.PathLike[str]) -> str:
    """``str(Path(path))`` without pathlib (it pulls in urllib.parse, ipaddress, fnmatch: a few
    milliseconds of every refresh): empty and ``.`` parts dropped, so ``./a//b/`` is ``a/b``
    and an empty name is ``.``."""
    name = os.fspath(path)
    root = "//" if name[:2] == "//" and name[2:3] != "/" else "/" if name[:1] == "/" else ""
    return root + "/".join(part for part in name.split("/") if part and part != ".") or "."


def read_bytes(path: str, limits: Limits) -> bytes:
    """The bytes of ``path`` (``-`` is standard input), at most one more than the largest
    file read (so that a larger file is known to be larger)."""
    if path == "-":
        return sys.stdin.buffer.read(limits.max_file + 1)
    if "\x00" in path:
        raise UnreadableInput(f"{path!r}: not a file name (holds a NUL character)")
    p = path_name(path)
    try:
        if os.path.isdir(p):
            raise UnreadableInput(f"{path}: is a directory")
        if os.path.exists(p) and not os.path.isfile(p):
            raise UnreadableInput(f"{path}: not a regular file")
        with open(p, "rb") as f:
            # read what the file holds, not a buffer of the largest size: a big one is slow to make
            most = limits.max_file + 1
            n = min(os.fstat(f.fileno()).st_size + 1, most)
            data = f.read(n)
            if len(data) == n < most:  # the file grew since: read on, up to the limit
                data += f.read(most - n)
            return data
    except FileNotFoundError:
        raise UnreadableInput(f"{path}: no such file") from None
    except PermissionError:
        raise UnreadableInput(f"{path}: permission denied") from None
    except OSError as exc:
        raise UnreadableInput(f"{path}: cannot read ({exc.strerror or exc})") from None


def _start_of_large_binary(path: str, limits: Limits) -> bytes | None:
    """The first bytes of ``path`` when it is a PDF or Word file larger than the largest file
    read (it is then read in part from the file, and need not be loaded); else None."""
    if path == "-" or "\x00" in path:
        return None
    try:
        st = os.stat(path)  # looked at before it is opened: a FIFO would never open
        if not stat.S_ISREG(st.st_mode) or st.st_size <= limits.max_file:
            return None
        with open(path, "rb") as f:
            head = f.read(8)
    except OSError:
        return None  # read_bytes says what is wrong
    return head if head.startswith(_PAGED) else None


#: How a compound file (OLE2) begins: a Word 97-2003 document.
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

#: How PDF and Word (zip) files begin: read in part from the file when they are large.
_PAGED = (b"%PDF-", b"PK\x03\x04")


def read_document(
    source: str | bytes, name: str | None = None, limits: Limits | None = None, html_cells: bool = True
) -> Document:
    """Read a file (a path, ``-`` for standard input) or bytes into a :class:`Document`."""
    warnings: list[str] = []
    lim = _limits(limits, warnings)
    if isinstance(source, bytes):
        doc = document_of(source, name or "-", lim, html_cells)
    elif (head := _start_of_large_binary(source, lim)) is not None:
        doc = document_of(head, name or source, lim, html_cells, path=source, larger=True)
    else:
        data = read_bytes(source, lim)
        if source == "-" and len(data) > lim.max_file and data.startswith((b"%PDF-", b"PK\x03\x04")):
            raise UnreadableInput(
                f"{name or source}: a PDF or Word file larger than the limit "
                f"({lim.max_file / MB:g} MB; RESCITE_MAX_FILE) cannot be read in part from standard input "
                "(its table of contents is at its end): give its path"
            )
        doc = document_of(data, name or source, lim, html_cells, path=source)
    doc.warnings[:0] = warnings
    return doc


def read_text(path: str, warn: Warn | None = None, limits: Limits | None = None) -> str:
    """Read ``path`` (``-`` is standard input) as text."""
    doc = read_document(path, limits=limits, html_cells=False)
    _tell(doc.warnings, warn)
    return doc.text
