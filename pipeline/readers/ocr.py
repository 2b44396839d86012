"""OCR of page images with Tesseract and its Vietnamese model (``-l vie``).

The ``tesseract`` program is run as a subprocess (no Python binding needed) with
``OMP_THREAD_LIMIT=1``: on two cores its own OpenMP threading made a page take
16–30 s instead of ~4.5 s, and pages are better spread over processes than over
threads inside one.  Each run has a time limit, so one pathological page cannot
hang an import.

Output is Tesseract's TSV: the words with their boxes, confidence and line
numbers, from which the text is rebuilt in reading order (one line per line, the
columns of a header apart) and a per-page confidence is computed (mean word
confidence, weighted by word length).
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Iterable, Optional

VERSION = "1.0"
LANGUAGE = "vie"
# Page segmentation mode 3 (automatic layout analysis) keeps the two header columns
# of an administrative document apart; 4 and 6 read across them (see the report of
# tests/test_readers_pdf_ocr.py for the figures).
PAGE_SEGMENTATION_MODE = 3
# Resolution pages are rendered at for OCR; Tesseract's models are trained on
# text of ~10 px x-height, which 300 dpi gives for 11–13 pt type.  A scan of lower
# resolution is read at its own (pipeline.readers.pdf.render_scale): enlarging it
# does not add detail, only blur and bigger speckles.
RENDER_DPI = 300
TIMEOUT_SECONDS = 180.0


class OcrError(Exception):
    """OCR could not run (no tesseract, no Vietnamese model, time limit, crash)."""


@dataclass(frozen=True)
class OcrPage:
    text: str
    confidence: float  # 0..1, mean word confidence weighted by word length
    seconds: float


def tesseract_path() -> Optional[str]:
    return shutil.which("tesseract")


def available() -> bool:
    """Whether tesseract and its Vietnamese model are installed."""
    return _languages() is not None and LANGUAGE in _languages()


_LANGS: Optional[frozenset] = None


def _languages() -> Optional[frozenset]:
    global _LANGS
    if _LANGS is None:
        exe = tesseract_path()
        if exe is None:
            return None
        try:
            out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30).stdout
        except (OSError, subprocess.SubprocessError):
            return None
        _LANGS = frozenset(line.strip() for line in out.splitlines()[1:] if line.strip())
    return _LANGS


def default_workers() -> int:
    """Pages OCR'd at once.  ``vanban ingest`` already runs one file per core, so a
    file's pages go one at a time unless VANBAN_OCR_WORKERS asks for more."""
    try:
        return max(1, int(os.environ.get("VANBAN_OCR_WORKERS", "1")))
    except ValueError:
        return 1


def prepare(image):
    """The page as Tesseract gets it: 8-bit grey, deskewed.

    Measured on four noisy scans (two documents, 200 and 300 dpi) rotated by 0.6 degrees,
    psm 3, mean CER: 0.205 % as is, 0.26 % binarised (Otsu), 0.275 % median-filtered and
    binarised (Tesseract binarises as well itself), 0.165 % deskewed (+0.2–0.3 s a page),
    0.11 % deskewed, filtered and binarised (+1.3–4.5 s).  Deskewing pays because straight
    lines keep the header columns apart and the words of a line together."""
    grey = image if image.mode == "L" else image.convert("L")
    angle = skew_angle(grey)
    if abs(angle) < MIN_DESKEW_DEGREES:
        return grey
    from PIL import Image

    return grey.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)


MIN_DESKEW_DEGREES = 0.15
MAX_SKEW_DEGREES = 3.0


def skew_angle(grey) -> float:
    """The rotation (degrees) that makes text lines horizontal: the angle at which the
    row sums of ink vary most (lines and gaps apart), searched coarse then fine on a
    small copy of the page."""
    import numpy as np
    from PIL import Image

    scale = 600 / max(1, grey.width)
    small = grey.resize((600, max(1, int(grey.height * scale))), Image.BILINEAR)
    ink = Image.fromarray(255 - np.asarray(small, dtype=np.uint8))

    def sharpness(angle: float) -> float:
        rows = np.asarray(ink.rotate(angle, resample=Image.BILINEAR), dtype=np.float64).sum(axis=1)
        return float(np.var(rows))

    best = max(np.arange(-MAX_SKEW_DEGREES, MAX_SKEW_DEGREES + 0.01, 0.5), key=sharpness)
    return float(max(np.arange(best - 0.5, best + 0.51, 0.1), key=sharpness))


def ocr_image(
    image,
    *,
    psm: int = PAGE_SEGMENTATION_MODE,
    dpi: int = RENDER_DPI,
    timeout: float = TIMEOUT_SECONDS,
    preprocess=prepare,
) -> OcrPage:
    """OCR one page image (a PIL image); raises OcrError with the cause."""
    exe = tesseract_path()
    if exe is None:
        raise OcrError("OCR needs the tesseract program, which is not installed")
    if not available():
        raise OcrError(f"tesseract has no '{LANGUAGE}' model (install tesseract-ocr-{LANGUAGE})")
    buffer = io.BytesIO()
    # Uncompressed PGM: encoding PNG would cost more than Tesseract saves reading it.
    preprocess(image).save(buffer, format="PPM")
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    command = [exe, "stdin", "stdout", "-l", LANGUAGE, "--psm", str(psm), "--dpi", str(dpi), "tsv"]
    start = time.perf_counter()
    try:
        run = subprocess.run(command, input=buffer.getvalue(), capture_output=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired as exc:
        raise OcrError(f"OCR of a page took more than {timeout:.0f} s") from exc
    except OSError as exc:
        raise OcrError(f"cannot run tesseract: {exc}") from exc
    if run.returncode != 0:
        message = run.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrError(f"tesseract failed ({run.returncode}): {message[-1] if message else ''}")
    text, confidence = parse_tsv(run.stdout.decode("utf-8", "replace"))
    return OcrPage(text=text, confidence=confidence, seconds=time.perf_counter() - start)


def ocr_images(
    images: Iterable, *, workers: Optional[int] = None, dpis: Optional[list[int]] = None, **options
) -> list[OcrPage]:
    """OCR several pages, ``workers`` at a time (each a single-threaded tesseract);
    ``dpis``, when given, is each image's resolution (pages of a PDF are rendered at
    their scans' own)."""
    images = list(images)
    dpis = list(dpis) if dpis is not None else [options.pop("dpi", RENDER_DPI)] * len(images)
    workers = min(workers or default_workers(), len(images)) or 1
    if workers == 1:
        return [ocr_image(image, dpi=dpi, **options) for image, dpi in zip(images, dpis)]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda pair: ocr_image(pair[0], dpi=pair[1], **options), zip(images, dpis)))


def parse_tsv(tsv: str) -> tuple[str, float]:
    """Text and confidence from Tesseract's TSV (level 5 rows are words).

    Tesseract reads a two-column header line straight across whatever the page
    segmentation mode, so the words go through the same column-block ordering as a PDF
    text layer (``pipeline.readers.layout``), Tesseract's own lines kept as lines."""
    from vanban.pipeline.readers.layout import Line, order_lines

    lines: dict[tuple[str, ...], list[dict]] = {}
    weighted = weight = 0.0
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        word = cols[11].strip()
        if not word:
            continue
        try:
            left, top, width, height = (float(v) for v in cols[6:10])
            conf = float(cols[10])
        except ValueError:
            continue
        lines.setdefault(tuple(cols[1:5]), []).append(
            {"text": word, "x0": left, "x1": left + width, "top": top, "bottom": top + height}
        )
        if conf >= 0:
            weighted += conf * len(word)
            weight += len(word)
    ordered = sorted((Line.of(words) for words in lines.values()), key=lambda line: line.top)
    text = "\n".join(order_lines(ordered))
    return text, (weighted / weight / 100 if weight else 0.0)
