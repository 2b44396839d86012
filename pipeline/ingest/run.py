"""Files in, documents out: walk, read, normalise, extract, store.

On one machine an import runs in worker processes (``execute.pool``), and
each worker does everything for its files: it decides whether there is
anything to do (unchanged content and content stored under another path are
never read twice), reads, normalises and extracts, and writes its documents
into the store itself, a batch per transaction.  SQLite lets one writer in at
a time and a worker takes the write lock only to write a finished batch, so
the lock is the one serial part.  This process walks the folders, hands out
the files, and records the run, what a worker cannot record itself (its crash,
an overrun time limit) and the progress.  A run killed at any moment leaves the
store as of each worker's last commit, and the same command finishes the rest.

On Dask (``executor="dask"``) reading and extraction run on the cluster and
this process is the single writer of what comes back.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Union

from vanban.pipeline import __version__
from vanban.pipeline.execute.pool import TaskResult, WorkerPool, default_workers
from vanban.pipeline.extraction import extractor_versions
from vanban.pipeline.ingest.files import DEFAULT_EXCLUDES, MAX_FILE_MB, Refused, walk
from vanban.pipeline.ingest.steps import (
    OUTCOMES,
    Extracted,
    Failed,
    Failure,
    FileOutcome,
    New,
    Step,
    extracted,
    partly_failed,
    plan,
    prepare_to_store,
    store_step,
)
from vanban.pipeline.store.core import Store
from vanban.pipeline.store.paths import stored_path
from vanban.pipeline.store.upkeep import canonicalize_paths, vanished


@dataclass
class IngestSummary:
    counts: Counter = field(default_factory=Counter)
    by_format: Counter = field(default_factory=Counter)
    failures: list[Failure] = field(default_factory=list)
    vanished: list[str] = field(default_factory=list)  # stored, under the folders walked, gone
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
            "vanished": len(self.vanished),
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
    follow_links: bool = False  # read symbolic links that lead out of the folders given
    exclude: tuple[str, ...] = DEFAULT_EXCLUDES  # file name patterns never imported
    max_file_mb: int = MAX_FILE_MB  # larger files are refused, not read

    def dask(self):
        """The Dask executor of ``prepare_to_store`` tasks."""
        from vanban.pipeline.execute.dask import DaskExecutor  # Dask loads only when used

        return DaskExecutor(
            prepare_to_store,
            self.scheduler,
            self.time_limit,
            workers=self.workers or None,
            memory_limit_mb=self.memory_limit_mb,
            read_on_worker=self.read_on_worker,
        )


class _ImportTask:
    """A worker's part of an import: plan, read and extract one file.

    Each worker process opens its own connection to the store (a connection
    must not cross a fork)."""

    def __init__(self, db_path: str, run_id: int, max_file_mb: int = MAX_FILE_MB):
        self.db_path = db_path
        self.run_id = run_id
        self.max_file_mb = max_file_mb
        self._store: Optional[Store] = None
        self._pid: Optional[int] = None

    def store(self) -> Store:
        if self._pid != os.getpid():
            self._store = Store(self.db_path, create=False)
            self._pid = os.getpid()
        return self._store

    def __call__(self, path: str) -> Step:
        step = plan(self.store(), Path(path), self.max_file_mb)
        return extracted(step) if isinstance(step, New) else step

    def release(self, held: list, force: bool) -> Optional[list]:
        """Write the held steps in one transaction; ``None`` if another writer
        has the lock and ``force`` is false (the worker extracts on meanwhile)."""
        store = self.store()
        if not store.begin(wait=force):
            return None
        try:
            results = []
            for path, step, error, stage in held:
                if error is not None:  # an unexpected exception in the task
                    step = Failed(Failure(path, stage or "worker", error))
                results.append((path, store_step(store, self.run_id, step), None, None))
            store.commit()
        except BaseException:
            store.rollback()
            raise
        return results


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
    canonicalize_paths(store)  # (a store made when paths were stored as typed)
    if count_first:
        summary.total = sum(1 for _ in walk(paths, options.follow_links, options.exclude, [store.path]))
    run_id = store.start_run(
        "ingest",
        {
            "paths": paths,
            "workers": options.workers,
            "executor": options.executor,
            "scheduler": options.scheduler,
        },
        __version__,
        extractor_versions(),
    )
    tally = _Tally(summary, on_file, on_progress)
    try:
        if options.executor == "dask":
            _ingest_on_dask(store, run_id, paths, options, tally)
        else:
            _ingest_locally(store, run_id, paths, options, tally)
    except BaseException:
        store.rollback()
        store.finish_run(run_id, {**summary.to_dict(), "interrupted": True})
        raise
    summary.vanished = vanished(store, [p for p in paths if os.path.isdir(p)])
    tally.progress(final=True)
    store.finish_run(run_id, summary.to_dict())
    return summary


class _Tally:
    """Counts outcomes and tells the callbacks."""

    def __init__(self, summary: IngestSummary, on_file, on_progress, every: float = 0.2):
        self.summary = summary
        self.on_file = on_file
        self.on_progress = on_progress
        self.every = every
        self.last = time.monotonic()

    def add(self, outcome: FileOutcome) -> None:
        if outcome.failure:
            self.summary.failures.append(outcome.failure)
        if outcome.format:
            self.summary.by_format[outcome.format] += 1
        self.summary.counts[outcome.outcome] += 1
        if self.on_file:
            self.on_file(outcome.path, outcome.outcome, outcome.failure)
        self.progress()

    def progress(self, final: bool = False) -> None:
        if self.on_progress and (final or time.monotonic() - self.last >= self.every):
            self.last = time.monotonic()
            self.on_progress(self.summary)


def _ingest_locally(store, run_id, paths, options: IngestOptions, tally: _Tally) -> None:
    task = _ImportTask(str(store.path), run_id, options.max_file_mb)
    pool = WorkerPool(
        task,
        options.workers,
        options.time_limit,
        options.memory_limit_mb,
        release=task.release,
        hold=options.batch_size,
        hold_seconds=options.batch_seconds,
    )
    with pool:
        files = _files(paths, options, store, lambda step: tally.add(store_step(store, run_id, step)))
        for result in pool.run((str(file), (str(file),)) for file in files):
            if result.ok:
                tally.add(result.value)
            else:  # its worker died or overran: recorded here
                failure = Failure(stored_path(result.key), result.stage, result.error)
                tally.add(store_step(store, run_id, Failed(failure)))


def _files(paths, options: IngestOptions, store: Store, refuse: Callable[[Failed], None]) -> Iterator[Path]:
    """The files to import (never the store itself); what the walk refuses (a
    link out of the archive, a folder that cannot be listed) is recorded through
    ``refuse`` at stage ``walk``."""
    for item in walk(paths, options.follow_links, options.exclude, [store.path]):
        if isinstance(item, Refused):
            refuse(Failed(Failure(stored_path(item.path), "walk", item.cause)))
        else:
            yield item


def _ingest_on_dask(store, run_id, paths, options: IngestOptions, tally: _Tally) -> None:
    writer = _BatchWriter(store, run_id, options, tally)
    with options.dask() as pool:
        for result in pool.run(writer.tasks(_files(paths, options, store, writer.write))):
            writer.finish(result)
    writer.commit()


class _BatchWriter:
    """The single writer of a Dask import: decides, stores, commits every so often."""

    def __init__(self, store: Store, run_id: int, options: IngestOptions, tally: _Tally):
        self.store = store
        self.run_id = run_id
        self.options = options
        self.tally = tally
        self.in_batch = 0
        self.batch_started = time.monotonic()
        self.store.begin()

    def tasks(self, files: Iterable[Path]) -> Iterator[tuple[str, tuple]]:
        """Work for the cluster: only files whose content is not stored yet."""
        for file in files:
            step = plan(self.store, file, self.options.max_file_mb)
            if isinstance(step, New):
                yield step.path, (step.path, step.data, step.sha256, step.mtime)
            else:
                self.write(step)

    def finish(self, result: TaskResult) -> None:
        record = result.value if result.ok else None
        self.write(
            Extracted(record, partly_failed(record.path, record.extraction, record.sha256, record.size))
            if record is not None
            else Failed(Failure(stored_path(result.key), result.stage, result.error))
        )

    def write(self, step: Step) -> None:
        self.tally.add(store_step(self.store, self.run_id, step))
        self.in_batch += 1
        if (
            self.in_batch >= self.options.batch_size
            or time.monotonic() - self.batch_started >= self.options.batch_seconds
        ):
            self.commit()
            self.store.begin()

    def commit(self) -> None:
        self.store.commit()
        self.in_batch = 0
        self.batch_started = time.monotonic()
