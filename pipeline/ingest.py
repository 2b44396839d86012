"""Files in, documents out: walk, read, normalise, extract, store.

``prepare`` does everything that needs no store, and runs in killable worker
processes (``pipeline.workers``); this process is the single writer.  It decides
per file whether there is anything to do (unchanged content and known content
are never read twice), and commits finished documents in batched
transactions: a run killed at any moment leaves the store as of the last
commit, and the same command finishes the rest.
"""
from __future__ import annotations

import hashlib
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Union

from pipeline import __version__
from pipeline.extraction import extract_text, extractor_versions
from pipeline.normalize import normalize_text
from pipeline.readers import ReadError, read_bytes
from pipeline.store import DocumentRecord, Store, with_rows
from pipeline.workers import TaskResult, WorkerPool, default_workers

OUTCOMES = ("added", "replaced", "duplicate", "unchanged", "failed")


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
    total: Optional[int] = None
    started: float = field(default_factory=time.monotonic)

    @property
    def done(self) -> int:
        return sum(self.counts.values())

    def to_dict(self) -> dict:
        return {
            "files": self.done,
            **{k: self.counts.get(k, 0) for k in OUTCOMES},
            "by_format": dict(self.by_format),
        }


@dataclass(frozen=True)
class IngestOptions:
    workers: int = field(default_factory=default_workers)
    batch_size: int = 64  # documents per transaction
    batch_seconds: float = 2.0  # or commit at least this often
    time_limit: float = 300.0  # per file, reading and extraction
    memory_limit_mb: Optional[int] = 4096  # per worker process
    executor: str = "local"  # or "dask": reading and extraction on a Dask cluster
    scheduler: Optional[str] = None  # Dask scheduler address; None starts a local cluster
    read_on_worker: bool = False  # Dask workers read paths themselves (shared file system)

    def pool(self):
        """The executor of ``prepare_to_store`` tasks this import runs on."""
        if self.executor == "dask":
            from pipeline.distributed import DaskExecutor

            return DaskExecutor(prepare_to_store, self.scheduler, self.time_limit,
                                workers=self.workers or None,
                                memory_limit_mb=self.memory_limit_mb,
                                read_on_worker=self.read_on_worker)
        return WorkerPool(prepare_to_store, self.workers, self.time_limit, self.memory_limit_mb)


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
        extractor_versions=extraction.versions, metadata=result.metadata,
    )


def prepare_to_store(path: str, data: bytes, sha256: str, mtime: Optional[float]) -> DocumentRecord:
    """An import's task: ``prepare`` plus the rows the record is stored as,
    built in the worker so that the single writer only runs SQL."""
    return with_rows(prepare(path, data, sha256, mtime))


ProgressCallback = Callable[[IngestSummary], None]
FileCallback = Callable[[str, str, Optional[Failure]], None]


def ingest(
    store: Store,
    paths: Iterable[Union[str, Path]],
    options: IngestOptions = IngestOptions(),
    on_file: Optional[FileCallback] = None,
    on_progress: Optional[ProgressCallback] = None,
    count_first: bool = False,
) -> IngestSummary:
    """Bring every file under ``paths`` into ``store``.

    Per file the outcome is one of ``added``, ``replaced`` (the path held other
    content before), ``duplicate`` (content already stored under another path),
    ``unchanged`` or ``failed`` (recorded in the ``errors`` table).
    """
    paths = [str(p) for p in paths]
    summary = IngestSummary()
    if count_first:
        summary.total = sum(1 for _ in walk(paths))
    run_id = store.start_run(
        "ingest", {"paths": paths, "workers": options.workers, "executor": options.executor,
                   "scheduler": options.scheduler}, __version__, extractor_versions()
    )
    writer = _BatchWriter(store, run_id, summary, options, on_file, on_progress)
    try:
        with options.pool() as pool:
            for result in pool.run(writer.tasks(walk(paths))):
                writer.finish(result)
        writer.commit()
    except BaseException:
        writer.rollback()
        store.finish_run(run_id, {**summary.to_dict(), "interrupted": True})
        raise
    store.finish_run(run_id, summary.to_dict())
    return summary


class _BatchWriter:
    """The single writer: decides, stores, and commits every so often."""

    def __init__(self, store, run_id, summary, options, on_file, on_progress):
        self.store = store
        self.run_id = run_id
        self.summary = summary
        self.options = options
        self.on_file = on_file
        self.on_progress = on_progress
        self.in_batch = 0
        self.batch_started = time.monotonic()
        self.store.begin()

    def tasks(self, files: Iterable[Path]) -> Iterator[tuple[str, tuple]]:
        """Work for the readers: only files whose content is not stored yet."""
        for file in files:
            path = str(file)
            try:
                data = file.read_bytes()
                mtime = file.stat().st_mtime
            except OSError as exc:
                self._record(path, "failed", Failure(
                    path, "open", f"cannot read file: {exc.strerror or exc}"))
                continue
            sha256 = sha256_of(data)
            source = self.store.source(path)
            if source and source["sha256"] == sha256:
                self.store.touch_source(path)
                self._record(path, "unchanged")
                continue
            if self.store.document_id_for_sha(sha256) is not None:
                outcome = self.store.add_path(path, sha256, len(data), mtime)
                self._record(path, "duplicate" if outcome == "added" else "replaced")
                continue
            yield path, (path, data, sha256, mtime)

    def finish(self, result: TaskResult) -> None:
        path = result.key
        if result.ok:
            record: DocumentRecord = result.value
            outcome = self.store.save_document(record)
            if outcome in ("added", "replaced"):
                self.summary.by_format[record.format] += 1
            self._record(path, outcome)
        else:
            self._record(path, "failed", Failure(path, result.stage, result.error))

    def _record(self, path: str, outcome: str, failure: Optional[Failure] = None) -> None:
        if failure:
            self.store.record_error(path, failure.stage, failure.cause, failure.sha256,
                                    failure.size, self.run_id)
            self.summary.failures.append(failure)
        self.summary.counts[outcome] += 1
        self.in_batch += 1
        if self.on_file:
            self.on_file(path, outcome, failure)
        if (self.in_batch >= self.options.batch_size
                or time.monotonic() - self.batch_started >= self.options.batch_seconds):
            self.commit()
            self.store.begin()
            if self.on_progress:
                self.on_progress(self.summary)

    def commit(self) -> None:
        self.store.commit()
        self.in_batch = 0
        self.batch_started = time.monotonic()

    def rollback(self) -> None:
        self.store.rollback()


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
