"""The extraction contract of one file, without a store (``vanban extract``)."""

from __future__ import annotations

from pathlib import Path

from vanban.pipeline.ingest.files import sha256_of
from vanban.pipeline.ingest.steps import prepare
from vanban.pipeline.readers import ReadError


def extract_file(path: str, with_text: bool = False) -> dict:
    """One object of the extraction contract for the file at ``path``.

    A file that cannot be read gives ``{"source", "error": {"stage", "cause"}}``.
    """
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return {"source": path, "error": {"stage": "open", "cause": f"cannot read file: {exc}"}}
    sha256 = sha256_of(data)
    try:
        record = prepare(path, data, sha256, None)
    except ReadError as exc:
        return {"source": path, "sha256": sha256, "error": {"stage": exc.stage, "cause": exc.cause}}
    result = {
        "source": path,
        "sha256": sha256,
        "format": record.format,
        "encoding": record.encoding,
        **record.extraction,
    }
    if with_text:
        result["text"] = record.text
    return result
