"""One file's way into the store, as typed steps: ``plan`` decides what a file
needs before anything is read (``Unchanged``, ``Known``, ``New`` or ``Failed``),
``extracted`` reads and extracts a ``New`` one (``Extracted`` or ``Failed``),
and ``store_step`` writes any step inside the store's open transaction.

Steps cross process boundaries (worker pool, Dask), so they are plain
picklable dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Union

from vanban.extractors.facts import Header
from vanban.pipeline.extraction import completed_header, extract_text, with_headline
from vanban.pipeline.ingest.files import MAX_FILE_MB, NotADocumentFile, read_file, sha256_of
from vanban.pipeline.normalize import normalize_text
from vanban.pipeline.readers import ReadError, read_bytes
from vanban.pipeline.store.core import Store
from vanban.pipeline.store.paths import stored_path
from vanban.pipeline.store.rows import DocumentRecord, with_rows

OUTCOMES = ("added", "replaced", "duplicate", "unchanged", "failed")


@dataclass(frozen=True)
class Failure:
    path: str
    stage: str
    cause: str
    sha256: Optional[str] = None
    size: Optional[int] = None


@dataclass(frozen=True)
class FileOutcome:
    """What became of one file (one of OUTCOMES)."""

    path: str
    outcome: str
    format: Optional[str] = None  # of a document stored from it
    failure: Optional[Failure] = None


def prepare(
    path: str, data: bytes, sha256: str, mtime: Optional[float], extract: bool = True
) -> DocumentRecord:
    """Read, normalise and extract one file; raises ReadError.  With ``extract``
    false the record holds an empty extraction (the floor that ``make bench``
    measures an import against)."""
    result = read_bytes(data, Path(path))
    normalized = normalize_text(with_headline(result.text, result.metadata))
    if not normalized.text.strip():
        raise ReadError("no text after reading (empty document)")
    if not extract:
        return _record(path, data, sha256, mtime, result, normalized, _EMPTY_EXTRACTION, {})
    try:
        extraction = extract_text(normalized.text)
    except Exception as exc:  # an extractor bug must not stop an archive import
        raise ReadError(f"extraction failed: {type(exc).__name__}: {exc}", stage="extract")
    return _record(
        path,
        data,
        sha256,
        mtime,
        result,
        normalized,
        completed_header(extraction.to_dict(), result.metadata),
        extraction.versions,
    )


_EMPTY_EXTRACTION = {"header": Header().to_dict(), "facts": [], "bodies": []}


def _record(
    path, data, sha256, mtime, result, normalized, extraction: dict, versions: dict
) -> DocumentRecord:
    return DocumentRecord(
        path=path,
        sha256=sha256,
        size=len(data),
        mtime=mtime,
        format=result.format,
        encoding=result.encoding,
        reader=result.reader,
        reader_version=result.reader_version,
        read_confidence=result.confidence,
        text=normalized.text,
        normalization=normalized.edits,
        extraction=extraction,
        extractor_versions=versions,
        metadata=result.metadata,
    )


def prepare_to_store(path: str, data: bytes, sha256: str, mtime: Optional[float]) -> DocumentRecord:
    """``prepare`` plus the rows the record is stored as, built where it is
    extracted so that whoever writes it holds the write lock only to run SQL."""
    return with_rows(prepare(path, data, sha256, mtime))


@dataclass(frozen=True)
class Unchanged:
    """The path's content is stored already."""

    path: str


@dataclass(frozen=True)
class Content:
    """A file's bytes as read for the plan."""

    path: str
    data: bytes
    sha256: str
    mtime: Optional[float]


@dataclass(frozen=True)
class Known(Content):
    """Content stored under another path: only the path is added."""


@dataclass(frozen=True)
class New(Content):
    """Content to read, extract and store."""


@dataclass(frozen=True)
class Extracted:
    record: DocumentRecord
    # an extractor that raised on the text: the document is stored with its other
    # facts, and this is recorded as the file's error
    warning: Optional[Failure] = None


@dataclass(frozen=True)
class Failed:
    failure: Failure


Step = Union[Unchanged, Known, New, Extracted, Failed]


def plan(store: Store, file: Path, max_file_mb: int = MAX_FILE_MB) -> Step:
    path = stored_path(str(file))  # the file is read by its real name, stored by this one
    try:
        data, mtime = read_file(file, max_file_mb)
    except OSError as exc:
        return Failed(Failure(path, "open", f"cannot read file: {exc.strerror or exc}"))
    except NotADocumentFile as exc:
        return Failed(Failure(path, "open", exc.cause))
    sha256 = sha256_of(data)
    source = store.source(path)
    if source and source["sha256"] == sha256:
        return Unchanged(path)
    if store.document_id_for_sha(sha256) is not None:
        return Known(path, data, sha256, mtime)
    return New(path, data, sha256, mtime)


def store_step(store: Store, run_id: int, step: Step) -> FileOutcome:
    """Write what ``step`` says; joins the store's open transaction."""
    if isinstance(step, Failed):
        failure = step.failure
        store.record_error(failure.path, failure.stage, failure.cause, failure.sha256, failure.size, run_id)
        return FileOutcome(failure.path, "failed", failure=failure)
    if isinstance(step, Unchanged):
        store.touch_source(step.path)
        return FileOutcome(step.path, "unchanged")
    if isinstance(step, Known):
        if store.document_id_for_sha(step.sha256) is not None:
            outcome = store.add_path(step.path, step.sha256, len(step.data), step.mtime)
            return FileOutcome(step.path, "duplicate" if outcome == "added" else outcome)
        # Its other copy was replaced since the plan: this one is new after all.
        step = extracted(step)
    if isinstance(step, New):
        step = extracted(step)
    if isinstance(step, Failed):
        return store_step(store, run_id, step)
    record = step.record
    outcome = store.save_document(record)
    stored = outcome in ("added", "replaced")
    warning = step.warning if stored else None
    if warning is not None:
        store.record_error(warning.path, warning.stage, warning.cause, warning.sha256, warning.size, run_id)
    return FileOutcome(record.path, outcome, format=record.format if stored else None, failure=warning)


def extracted(step: Content) -> Union[Extracted, Failed]:
    """A ``New`` (or ``Known``) step read and extracted."""
    try:
        # The rows too: built here, not while the write lock is held.
        record = prepare_to_store(step.path, step.data, step.sha256, step.mtime)
    except ReadError as exc:
        return Failed(Failure(step.path, exc.stage, exc.cause, step.sha256, len(step.data)))
    return Extracted(record, partly_failed(step.path, record.extraction, step.sha256, len(step.data)))


def partly_failed(
    path: str, extraction: dict, sha256: Optional[str], size: Optional[int]
) -> Optional[Failure]:
    """The failure to record for a document stored without the facts of an
    extractor that raised on it (``extraction["failures"]``), or None."""
    cause = failed_extractors(extraction)
    return Failure(path, "extract", cause, sha256, size) if cause is not None else None


def failed_extractors(extraction: dict) -> Optional[str]:
    """What an extraction lost to extractors that raised on its text, as a file's
    error says it; None when every extractor ran."""
    failures = extraction.get("failures") or {}
    if not failures:
        return None
    causes = "; ".join(f"{kind}: {cause}" for kind, cause in sorted(failures.items()))
    return f"stored without its {', '.join(sorted(failures))} facts ({causes})"
