"""Files in, documents out: walk, read, normalise, extract, store.

``prepare`` does everything that needs no store (so it can run in worker
processes later); ``ingest`` decides per file whether there is anything to do
and writes each document in its own transaction.
"""
from __future__ import annotations

import hashlib
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Union

from pipeline import __version__
from pipeline.extraction import extract_text, extractor_versions
from pipeline.normalize import normalize_text
from pipeline.readers import ReadError, read_bytes
from pipeline.store import DocumentRecord, Store


@dataclass(frozen=True)
class Failure:
    path: str
    stage: str
    cause: str
    sha256: Optional[str] = None
    size: Optional[int] = None


@dataclass
class IngestSummary:
    counts: Counter = field(default_factory=Counter)
    by_format: Counter = field(default_factory=Counter)
    failures: list[Failure] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "files": sum(self.counts.values()),
            **{k: self.counts.get(k, 0) for k in
               ("added", "replaced", "duplicate", "unchanged", "failed")},
            "by_format": dict(self.by_format),
        }


def walk(paths: Iterable[Union[str, Path]]) -> Iterator[Path]:
    """Files under ``paths`` in a stable order; hidden files and folders skipped."""
    for root in paths:
        root = Path(root)
        if root.is_dir():
            for folder, dirs, files in os.walk(root):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield Path(folder) / name
        else:
            # A named file is taken even if hidden, and a missing one is reported.
            yield root


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def prepare(path: str, data: bytes, sha256: str, mtime: Optional[float]) -> DocumentRecord:
    """Read, normalise and extract one file; raises ReadError."""
    result = read_bytes(data, Path(path))
    normalized = normalize_text(result.text)
    if not normalized.text.strip():
        raise ReadError("no text after reading (empty document)")
    try:
        extraction = extract_text(normalized.text)
    except Exception as exc:  # an extractor bug must not stop an archive import
        raise ReadError(f"extraction failed: {type(exc).__name__}: {exc}", stage="extract")
    return DocumentRecord(
        path=path, sha256=sha256, size=len(data), mtime=mtime, format=result.format,
        encoding=result.encoding, reader=result.reader, reader_version=result.reader_version,
        read_confidence=result.confidence, text=normalized.text,
        normalization=normalized.edits, extraction=extraction.to_dict(),
        extractor_versions=extraction.versions,
    )


def ingest(
    store: Store,
    paths: Iterable[Union[str, Path]],
    on_file: Optional[Callable[[str, str, Optional[Failure]], None]] = None,
) -> IngestSummary:
    """Bring every file under ``paths`` into ``store``.

    Per file the outcome is one of ``added``, ``replaced`` (the path held other
    content before), ``duplicate`` (content already stored under another path),
    ``unchanged`` or ``failed`` (recorded in the ``errors`` table).
    """
    summary = IngestSummary()
    run_id = store.start_run(
        "ingest", {"paths": [str(p) for p in paths]}, __version__, extractor_versions()
    )
    for file in walk(paths):
        path = str(file)
        outcome, failure = _ingest_one(store, file, path, run_id)
        summary.counts[outcome] += 1
        if failure:
            summary.failures.append(failure)
        else:
            source = store.source(path)
            if source and outcome in ("added", "replaced"):
                fmt = store.db.execute(
                    "SELECT format FROM documents WHERE id = ?", [source["document_id"]]
                ).fetchone()[0]
                summary.by_format[fmt] += 1
        if on_file:
            on_file(path, outcome, failure)
    store.finish_run(run_id, summary.to_dict())
    return summary


def _ingest_one(store: Store, file: Path, path: str, run_id: int) -> tuple[str, Optional[Failure]]:
    try:
        data = file.read_bytes()
        mtime = file.stat().st_mtime
    except OSError as exc:
        failure = Failure(path, "open", f"cannot read file: {exc.strerror or exc}")
        store.record_error(path, failure.stage, failure.cause, run_id=run_id)
        return "failed", failure
    sha256 = sha256_of(data)
    source = store.source(path)
    if source and source["sha256"] == sha256:
        store.touch_source(path)
        return "unchanged", None
    if store.document_id_for_sha(sha256) is not None:
        outcome = store.add_path(path, sha256, len(data), mtime)
        return ("duplicate" if outcome == "added" else "replaced"), None
    try:
        record = prepare(path, data, sha256, mtime)
    except ReadError as exc:
        failure = Failure(path, exc.stage, exc.cause, sha256, len(data))
        store.record_error(path, failure.stage, failure.cause, sha256, len(data), run_id)
        return "failed", failure
    return store.save_document(record), None


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
