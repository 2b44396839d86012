"""PDF: text layer where it is trustworthy, OCR where it is missing or garbage.

Each page is judged on its own:

* its text layer (pypdfium2) is used when it is Vietnamese — a high share of
  Vietnamese letters and of well-formed syllables (a legacy-font or bad OCR layer,
  ``BØCÔNG AN``, ``CÔNG AN TÈNH LÂM ÒNG``, fails) — and, on a page that is a
  scanned image, when it covers the page rather than holding a signature stamp's
  few words;
* a text layer whose fonts have no usable Unicode mapping — pdfminer's ``(cid:N)``,
  pdfium's bare glyph codes, private-use code points (a symbol font's U+F0xx) or
  U+FFFD in place of letters (``S(cid:1): 653/TB-VPCP``) — is no text layer: the glyphs
  are drawn right, only their meaning is lost, so OCR reads the page;
* otherwise the page is rendered and OCR'd (``pipeline.readers.ocr``); OCR text that
  still holds such glyphs (a page typeset from text extracted that way) is refused;
* a page with neither text nor images is blank.

Reading order: pypdfium2 gives the text in content-stream order and is ~30 times
faster than pdfplumber, which is right for running text.  Where a page holds text
side by side — the two-column header (issuer and number left; motto, place and
date right), the signature block, a ruled table — content order interleaves or
scrambles it, so such a page goes through ``pipeline.readers.layout`` on
pdfplumber's word positions instead.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, Optional

from vanban.pipeline.readers import ReadError, ReadResult
from vanban.pipeline.readers.support import (
    MAX_UNMAPPED_SHARE,
    mask_unmapped,
    unmapped_examples,
    unmapped_share,
    vietnamese_letter_share,
)

VERSION = "2.1"
# A page's text layer is Vietnamese when nearly all its letters are Vietnamese and
# most of its words are syllables.  Real documents score 0.966–1.0 on syllables
# (names, codes, English words); garbage OCR layers and legacy fonts far less.
MIN_VIETNAMESE_LETTERS = 0.95
MIN_SYLLABLE_SHARE = 0.85
MIN_WORDS_FOR_SYLLABLES = 10  # below this the syllable share says little
# Fewer letters than this is no text layer at all (page numbers, a stray mark).
MIN_LETTERS = 20
# A page that is mostly one image is a scan; its hidden text layer is trusted only
# when it is substantial (a digital-signature stamp holds ~100 letters in one corner).
SCAN_IMAGE_COVERAGE = 0.5
MIN_SCAN_LAYER_LETTERS = 300
MIN_SCAN_LAYER_HEIGHT = 0.4  # share of the page height the layer's lines span
# Text runs on one line further apart than this many line heights are side by side
# (header columns, table cells), not words of a sentence.
SIDE_BY_SIDE_GAP = 0.8


class Judgement(NamedTuple):
    verdict: str  # "text", "ocr" or "blank"
    text: str  # the text layer
    quality: float
    side_by_side: bool  # text side by side seen (columns, table cells)
    cause: str  # why a page is OCR'd, in words ("" for "text" and "blank")


@dataclass
class PageText:
    text: str
    source: str  # "pypdfium2", "pdfplumber", "tesseract" or "blank"
    confidence: Optional[float]


def read(data: bytes, path: Path) -> ReadResult:
    pdf = _open(data)
    try:
        n_pages = len(pdf)
        if n_pages == 0:
            raise ReadError("PDF has no pages")
        pages: list[Optional[PageText]] = [None] * n_pages
        layout_pages: list[int] = []
        ocr_causes: dict[int, str] = {}
        for index in range(n_pages):
            page = pdf[index]
            judged = _judge(page)
            if judged.verdict == "text":
                pages[index] = PageText(judged.text, "pypdfium2", judged.quality)
                if judged.side_by_side:
                    layout_pages.append(index)
            elif judged.verdict == "ocr":
                ocr_causes[index] = judged.cause
            else:
                pages[index] = PageText("", "blank", None)
        if layout_pages:
            _layout(data, layout_pages, pages)
        if ocr_causes:
            _ocr(pdf, ocr_causes, pages)
        ocr_pages = sorted(ocr_causes)
    finally:
        pdf.close()
    text = "\n\n".join(page.text.strip("\n") for page in pages if page.text.strip())
    letters = sum(ch.isalpha() for ch in text)
    if letters < MIN_LETTERS:
        raise ReadError(f"PDF holds no text ({letters} letters on {n_pages} pages, none to OCR)")
    sources = [p.source for p in pages]
    scored = [(len(p.text), p.confidence) for p in pages if p.confidence is not None and p.text]
    confidence = sum(n * c for n, c in scored) / max(1, sum(n for n, _ in scored))
    return ReadResult(
        text=text,
        format="pdf",
        encoding=None,
        reader="+".join(s for s in ("pdfplumber", "pypdfium2", "tesseract") if s in sources),
        reader_version=VERSION,
        confidence=round(confidence, 4),
        metadata={
            "pages": n_pages,
            "ocr_pages": [i + 1 for i in ocr_pages],
            # Why each of them was OCR'd (no text layer, not Vietnamese, fonts without a mapping).
            **({"ocr_causes": [ocr_causes[i] for i in ocr_pages]} if ocr_pages else {}),
            "page_confidence": [None if p.confidence is None else round(p.confidence, 4) for p in pages],
        },
    )


def _open(data: bytes):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower():
            raise ReadError("encrypted PDF: a password is needed") from exc
        raise ReadError(f"damaged PDF: {message}") from exc


def _judge(page) -> Judgement:
    """Whether a page's text layer is read, the page OCR'd, or the page is blank."""
    import pypdfium2.raw as pdfium_c

    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n")
        masked = mask_unmapped(text)
        # A glyph without a mapping is a letter lost, not nothing: a page set wholly in a
        # symbol font (every glyph U+F0xx) has no letters but is not blank.
        letters = sum(ch.isalpha() or ch == "\ufffd" for ch in masked)
        _, page_height = page.get_size()
        if letters < MIN_LETTERS:
            has_images = any(
                True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2)
            )
            # Text drawn as outlines (no text objects, many paths) is OCR'd too.
            many_paths = (
                sum(1 for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=2)) > 200
            )
            verdict = "ocr" if has_images or many_paths else "blank"
            return Judgement(verdict, text, 0.0, False, "it has no text layer" if verdict == "ocr" else "")
        lost = unmapped_share(text)
        if lost > MAX_UNMAPPED_SHARE:
            return Judgement("ocr", text, 0.0, False, unmapped_cause(text, lost))
        quality = layer_quality(text)
        if quality is None:
            return Judgement("ocr", text, 0.0, False, "its text layer is not valid Vietnamese")
        if _image_coverage(page) >= SCAN_IMAGE_COVERAGE and letters < MIN_SCAN_LAYER_LETTERS:
            top, bottom = _text_span(textpage)
            if (top - bottom) / page_height < MIN_SCAN_LAYER_HEIGHT:
                return Judgement("ocr", text, 0.0, False, "its text layer holds only a stamp's few words")
        return Judgement("text", text, quality, _side_by_side(textpage), "")
    finally:
        textpage.close()


def unmapped_cause(text: str, share: float) -> str:
    shown = ", ".join(unmapped_examples(text))
    return (
        f"its fonts have no usable Unicode mapping ({share:.0%} of its letters are glyph codes "
        f"such as {shown})"
    )


def layer_quality(text: str) -> Optional[float]:
    """How Vietnamese a text layer is (0..1), or None when it is not usable."""
    from vanban.extractors.text.syllables import score

    lost = unmapped_share(text)
    if lost > MAX_UNMAPPED_SHARE:
        return None
    # ``(cid:12)`` is one letter lost, not the Vietnamese letters c, i and d.
    text = mask_unmapped(text)
    share = vietnamese_letter_share(text)
    if share < MIN_VIETNAMESE_LETTERS:
        return None
    syllables = score(text)
    if syllables.counted < MIN_WORDS_FOR_SYLLABLES:
        return min(share, 1.0 - lost)
    if syllables.share < MIN_SYLLABLE_SHARE:
        return None
    return min(share, syllables.share, 1.0 - lost)


def _image_coverage(page) -> float:
    import pypdfium2.raw as pdfium_c

    width, height = page.get_size()
    covered = 0.0
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        covered += max(0.0, min(right, width) - max(left, 0.0)) * max(
            0.0, min(top, height) - max(bottom, 0.0)
        )
    return min(1.0, covered / (width * height)) if width and height else 0.0


def _rects(textpage) -> list[tuple[float, float, float, float]]:
    return [textpage.get_rect(i) for i in range(textpage.count_rects())]


def _text_span(textpage) -> tuple[float, float]:
    rects = _rects(textpage)
    if not rects:
        return 0.0, 0.0
    return max(r[3] for r in rects), min(r[1] for r in rects)


def _side_by_side(textpage) -> bool:
    """Whether two text runs share a line with a gap wider than a line height between them:
    columns or table cells, which content order does not read correctly."""
    rects = sorted(_rects(textpage), key=lambda r: (-r[3], r[0]))
    for i, (left, bottom, right, top) in enumerate(rects):
        height = top - bottom
        for other in rects[i + 1 :]:
            if other[3] < bottom:
                break  # sorted by top: nothing further down shares the line
            overlap = min(top, other[3]) - max(bottom, other[1])
            if overlap < 0.5 * min(height, other[3] - other[1]):
                continue
            gap = max(other[0] - right, left - other[2])
            if gap > SIDE_BY_SIDE_GAP * max(height, other[3] - other[1]):
                return True
    return False


def _layout(data: bytes, indexes: list[int], pages: list) -> None:
    import pdfplumber

    from vanban.pipeline.readers.layout import page_text

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for index in indexes:
                text = page_text(pdf.pages[index])
                # pdfminer maps glyphs on its own and may fail where pdfium did not
                # ((cid:N) for a font pdfium read): the content-order text is kept then.
                if unmapped_share(text) > max(MAX_UNMAPPED_SHARE, unmapped_share(pages[index].text)):
                    continue
                pages[index] = PageText(text, "pdfplumber", pages[index].confidence)
    except Exception as exc:  # noqa: BLE001 — pdfminer raises many types on damage
        # pdfium read the page; pdfminer failing on it leaves the content-order text.
        del exc


# Pixels of one rendered page: an A3 page at 300 dpi is 17 M; a page that would
# take more (a 725-byte PDF may declare a 14,400-point page: 3.7 GB of pixels) is
# rendered at a lower resolution, and refused when that is too low to read.
MAX_RENDER_PIXELS = 40_000_000
MIN_RENDER_DPI = 150
# Scans are read at their own resolution from this up to ocr.RENDER_DPI (measured from
# 100 dpi up); an image of lower resolution is rendered at ocr.RENDER_DPI as before.
MIN_SCAN_DPI = 96


def scan_dpi(page) -> Optional[float]:
    """The resolution of the scan a page is: the pixels of the image that covers most of
    the page over the size it is drawn at; None when no image covers the page."""
    import pypdfium2.raw as pdfium_c

    width, height = page.get_size()
    largest, area = None, 0.0
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        if (right - left) * (top - bottom) > area:
            largest, area = obj, (right - left) * (top - bottom)
    if largest is None or area < SCAN_IMAGE_COVERAGE * width * height:
        return None
    import pypdfium2 as pdfium

    try:
        pixels_across, pixels_down = largest.get_px_size()
    except pdfium.PdfiumError:
        return None  # an image pdfium cannot size: the page is rendered at ocr.RENDER_DPI
    # Pixels per point over the drawn area: the same whether the image is turned or not.
    return 72 * (pixels_across * pixels_down / area) ** 0.5


def render_scale(page, index: int) -> float:
    """Points to pixels for OCR.  A scan is rendered at its own resolution when that is
    below ocr.RENDER_DPI: enlarging it blurs the letters and magnifies the noise.  Measured
    on noisy, 0.6-degree-skewed scans of two real notices, CER rendered at 300 dpi -> at the
    scan's own resolution: 100 dpi 3.62 -> 0.85 %, 150 dpi 4.90 -> 0.12 %, 200 dpi 2.05 ->
    0.00 % and 2.05 -> 0.24 %, 250 dpi 0.31 -> 0.18 %; enlarging the 200-dpi scan to 300 dpi
    with Lanczos before OCR gave 5.42 % (test_scan_is_ocrd_at_its_own_resolution, README)."""
    from vanban.pipeline.readers import ocr

    width, height = page.get_size()  # points
    dpi = scan_dpi(page)
    scale = (dpi if dpi is not None and MIN_SCAN_DPI <= dpi < ocr.RENDER_DPI else ocr.RENDER_DPI) / 72
    if width * height * scale * scale > MAX_RENDER_PIXELS:
        scale = (MAX_RENDER_PIXELS / (width * height)) ** 0.5
        if scale * 72 < MIN_RENDER_DPI:
            raise ReadError(
                f"PDF page {index + 1} measures {width:.0f} x {height:.0f} points "
                f"({width / 72:.0f} x {height / 72:.0f} inches): too large to render for OCR"
            )
    return scale


def _ocr(pdf, causes: dict[int, str], pages: list) -> None:
    from vanban.pipeline.readers import ocr

    indexes = sorted(causes)
    if not ocr.available():
        why = "; ".join(f"page {i + 1}: {causes[i]}" for i in indexes[:5])
        more = f"; {len(indexes) - 5} more pages" if len(indexes) > 5 else ""
        raise ReadError(
            f"PDF pages {', '.join(str(i + 1) for i in indexes)} have no usable text layer ({why}{more}) "
            "and need OCR, but tesseract with its Vietnamese model (tesseract-ocr-vie) is not installed"
        )
    workers = ocr.default_workers()
    # A few pages at a time: a 300 dpi page is ~9 MB of pixels, a long scan would not fit.
    for start in range(0, len(indexes), workers):
        chunk = indexes[start : start + workers]
        scales = [render_scale(pdf[i], i) for i in chunk]
        images = [pdf[i].render(scale=scale, grayscale=True).to_pil() for i, scale in zip(chunk, scales)]
        try:
            results = ocr.ocr_images(images, workers=workers, dpis=[round(72 * scale) for scale in scales])
        except ocr.OcrError as exc:
            raise ReadError(f"OCR failed on page {chunk[0] + 1}: {exc}") from exc
        for index, result in zip(chunk, results):
            lost = unmapped_share(result.text)
            if lost > MAX_UNMAPPED_SHARE:
                # The codes are printed on the page: it was typeset from text extracted
                # without a Unicode mapping, and no reader can tell the letters back.
                raise ReadError(
                    f"PDF page {index + 1} shows glyph codes in place of letters even when OCR'd "
                    f"({lost:.0%} of its letters, such as {', '.join(unmapped_examples(result.text))}): "
                    "it was made from text extracted without a Unicode mapping"
                )
            pages[index] = PageText(result.text, "tesseract", result.confidence)
