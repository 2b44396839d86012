"""Readers turn a file's bytes into text.  One module per format.

The format is decided from the content (magic bytes, then text heuristics), not
from the file name, so a PDF called ``.txt`` is still read as a PDF.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional


class ReadError(Exception):
    """A file that cannot become trustworthy text; ``cause`` says why in words."""

    def __init__(self, cause: str, stage: str = "read"):
        super().__init__(cause)
        self.cause = cause
        self.stage = stage


@dataclass(frozen=True)
class ReadResult:
    text: str
    format: str
    encoding: Optional[str]
    reader: str
    reader_version: str
    # How sure the reader is that ``text`` is what the author wrote (1.0 = certain).
    confidence: float = 1.0
    metadata: dict = field(default_factory=dict)


# Magic numbers of formats that are recognised; the ones without a reader give a
# clear "not supported yet" error instead of being decoded as text.
_MAGIC: list[tuple[bytes, str]] = [
    (b"%PDF-", "pdf"),
    (b"PK\x03\x04", "zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),  # legacy .doc/.xls
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"GIF8", "gif"),
    (b"\x1f\x8b", "gzip"),
    (b"\x7fELF", "elf"),
    (b"{\\rtf", "rtf"),
]

FORMAT_NAMES = {
    "zip": "ZIP container (Word .docx or other)",
    "ole": "legacy Office document (.doc/.xls)",
    "png": "PNG image",
    "jpeg": "JPEG image",
    "tiff": "TIFF image",
    "gif": "GIF image",
    "gzip": "gzip archive",
    "elf": "executable program",
    "rtf": "RTF document",
    "html": "HTML page",
}


def detect_format(data: bytes) -> str:
    head = data[:16]
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    head = data[:1024]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with BOM
        head = head.decode("utf-16", "ignore").encode("utf-8")
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    # An XML declaration and comments may stand before the doctype.
    start = re.sub(rb"^(?:<\?xml[^>]*>|<!--.*?-->|\s+)+", b"", start, flags=re.S)
    if start.startswith((b"<!doctype html", b"<html", b"<head", b"<meta", b"<title")):
        return "html"
    return "text"


# Format (as detected) -> the module whose ``read(data, path)`` reads it.  A
# format whose module is not there yet is refused with a clear cause.
READER_MODULES: dict[str, str] = {
    "text": "vanban.pipeline.readers.text",
    "pdf": "vanban.pipeline.readers.pdf",
    "zip": "vanban.pipeline.readers.docx",
    "ole": "vanban.pipeline.readers.doc",
    "html": "vanban.pipeline.readers.html",
    "png": "vanban.pipeline.readers.image",
    "jpeg": "vanban.pipeline.readers.image",
    "tiff": "vanban.pipeline.readers.image",
}


def reader_for(fmt: str) -> Optional[Callable[[bytes, Path], ReadResult]]:
    """The reader function for a format, imported on first use (pdfplumber and
    OCR cost nothing until a file needs them)."""
    module_name = READER_MODULES.get(fmt)
    if module_name is None:
        return None
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:
            return None
        raise
    return module.read


# A file's text is at most this many characters per byte of the file (beyond a
# first 100,000): compressed XML (docx) gives a few per byte, everything else at
# most one; a reader asked for more is being fed a bomb (Word numbering, say).
MAX_TEXT_PER_BYTE = 50


def read_bytes(data: bytes, path: Path) -> ReadResult:
    """Read ``data`` (the bytes of ``path``); raises ReadError with a cause."""
    if not data.strip():
        raise ReadError("empty file (no text)" if not data else "file holds only whitespace")
    fmt = detect_format(data)
    reader = reader_for(fmt)
    name = FORMAT_NAMES.get(fmt, fmt)
    if reader is None:
        raise ReadError(f"unsupported format: {name}; no reader for it yet")
    try:
        result = reader(data, path)
    except (ReadError, MemoryError):
        raise
    except RecursionError:
        # (markup nested beyond what a reader walks): the file's fault, not the worker's
        raise ReadError(f"{name} nests its elements too deep to read")
    except Exception as exc:
        # A library's own error on a damaged file (PdfiumError, Pillow's
        # DecompressionBombError, a zip error): recorded at stage "read" with its
        # cause, as the readers' own checks are, not as a crash of the worker.
        raise ReadError(f"{name} could not be read: {type(exc).__name__}: {exc}") from exc
    if len(result.text) > MAX_TEXT_PER_BYTE * len(data) + 100_000:
        raise ReadError(
            f"{name} of {len(data):,} bytes gives {len(result.text):,} characters of "
            "text: refused as a text bomb"
        )
    return result


def read_file(path: Path) -> tuple[bytes, ReadResult]:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ReadError(f"cannot open file: {exc.strerror or exc}") from exc
    return data, read_bytes(data, Path(path))
