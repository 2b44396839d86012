"""PDF with a text layer, through pdfplumber.

A PDF whose text layer is missing or is not Vietnamese (a scan with a garbage
OCR layer) is refused with a recorded cause: storing it would be silently wrong
text.  OCR of such pages belongs to an OCR reader.
"""
from __future__ import annotations

import io
from pathlib import Path

from pipeline.readers import ReadError, ReadResult
from pipeline.readers.text import vietnamese_letter_share

VERSION = "1.0"
MIN_LETTERS_PER_PAGE = 40
MIN_VIETNAMESE_SHARE = 0.95


def read(data: bytes, path: Path) -> ReadResult:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [page.extract_text() or "" for page in pdf.pages]
    except PDFPasswordIncorrect as exc:
        raise ReadError("encrypted PDF: a password is needed") from exc
    except Exception as exc:  # pdfminer raises many unrelated types on damage
        raise ReadError(f"damaged PDF: {type(exc).__name__}: {exc}") from exc
    if not pages:
        raise ReadError("PDF has no pages")
    text = "\n\n".join(page.strip("\n") for page in pages)
    letters = sum(ch.isalpha() for ch in text)
    if letters < MIN_LETTERS_PER_PAGE * len(pages):
        raise ReadError(
            f"PDF has no usable text layer ({letters} letters on {len(pages)} pages): "
            "a scan needs OCR, which this version does not do"
        )
    share = vietnamese_letter_share(text)
    if share < MIN_VIETNAMESE_SHARE:
        raise ReadError(f"PDF text layer is not valid Vietnamese ({share:.0%} Vietnamese letters)")
    return ReadResult(
        text=text,
        format="pdf",
        encoding=None,
        reader="pdfplumber",
        reader_version=VERSION,
        confidence=round(share, 4),
        metadata={"pages": len(pages)},
    )
