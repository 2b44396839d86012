"""Reading and extraction on a Dask cluster: the same job as ``execute.pool``.

``DaskExecutor`` has ``WorkerPool``'s interface: ``run(tasks)`` takes
``(key, args)`` pairs, runs ``function(*args)`` on the cluster and yields
``TaskResult`` in completion order, with at most ``max_pending`` tasks in
flight so memory stays bounded however long the input is.  The caller stays
the single writer of the store; only reading, OCR and extraction move out.

How failures come back (measured with distributed 2026.8, see
tests/test_distributed.py):

- An exception in the task is caught on the worker and comes back as a failed
  ``TaskResult`` with its cause and stage, as in ``WorkerPool``.
- A task that kills its worker process comes back as ``worker crashed``.  The
  scheduler fails every task sent to a worker that died, the culprit and those
  queued behind it alike, after retrying them on other workers
  ``allowed-failures`` times (default 3: one poisonous file takes four workers
  down).  The local cluster runs with 0, and a real scheduler should too: the
  executor then tries each such task once more itself, one at a time, so the
  innocent ones succeed and the culprit, crashing again, is reported after
  two deaths.
- Time limit: Dask cannot stop a running task.  Cancelling its future only
  forgets the result: the worker's thread runs on, and the scheduler, which
  believes the slot free, sends that worker new tasks that then wait behind
  the hung one (measured: four 0.5 s tasks took 29 s behind a cancelled 30 s
  sleep).  So a task over the limit is cancelled, then its worker process is
  killed (SIGKILL, sent by its nanny: about 10 ms, where ``restart_workers``
  waits 4 s for the hung thread first) and reported ``timed out``; the nanny
  starts a fresh process, which loads the pipeline again (2-3 s).  Tasks
  queued behind it on that worker fail with it and are tried once more (as
  after any worker death, above).  The limit counts
  from the moment the task starts on a worker (workers record it), not from
  submission, so queueing never times a task out.  A worker without a nanny
  cannot be replaced: the scheduler removes it.  On a shared cluster the kill
  also ends other clients' tasks on that worker.
- ``memory_limit_mb`` bounds each worker process's address space
  (``RLIMIT_AS``), so a file that blows up raises ``MemoryError`` in its task
  (``out of memory``) instead of taking the worker down.
- Losing the scheduler stops the run with ``ClusterLost`` (the files still out
  are not recorded as failed: the same command resumes them).

Data: by default the client reads every file (it must anyway, to hash it and
skip unchanged and known content) and ships the bytes with the task, so
workers need no shared file system.  The bytes go client -> scheduler ->
worker, so up to ``max_pending`` files are held on the client and on the
scheduler at once.  With ``read_on_worker=True`` only the path goes out and
the worker reads the file itself (same path on every machine), checking it
still has the SHA-256 the client computed: the scheduler and the network then
carry no file contents, at the price of reading each file twice (client for
the hash, worker for the content) and of a shared file system.

Workers must run the same vanban: on connect every worker reports its
versions (vanban, extractors, readers, pinned dependencies) and a mismatch is
refused with a message naming the worker and what differs; each task also
carries the client's fingerprint of them, so a worker that joins later with
another install fails its tasks with that cause instead of storing other
results.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import json
import logging
import os
import signal
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Optional

from vanban.pipeline.execute.limits import limit_address_space
from vanban.pipeline.execute.pool import TaskResult, default_workers, describe_exception

INSTALL_HINT = "Dask is not installed: pip install 'vanban[distributed]'"

# The scheduler setting the local cluster uses and a real scheduler should use:
# a task whose worker dies is not retried by the scheduler (by default on three
# more workers) but comes back at once, and the executor submits it once more
# itself: a task that was only queued behind the culprit then succeeds, and the
# culprit takes two workers down, not four.
SCHEDULER_CONFIG = {"distributed.scheduler.allowed-failures": 0}

# Distributions whose version changes what is read or extracted, beside vanban
# itself: the pinned requirements (``==``) of vanban's own metadata.
_PINNED_CACHE: Optional[dict[str, str]] = None


class ClusterError(RuntimeError):
    """The Dask cluster cannot be used: unreachable, no workers, lost, mismatched."""


class VersionMismatch(ClusterError):
    """Workers run a different vanban (or extractors, readers, pinned libraries)."""


class ClusterLost(ClusterError):
    """The connection to the Dask scheduler is gone: the run cannot go on."""


# -- versions -----------------------------------------------------------------


def _pinned_dependencies() -> dict[str, str]:
    global _PINNED_CACHE
    if _PINNED_CACHE is None:
        from importlib import metadata

        pinned = {}
        try:
            requirements = metadata.requires("vanban") or []
        except metadata.PackageNotFoundError:
            requirements = []
        for requirement in requirements:
            if "==" not in requirement or ";" in requirement:
                continue  # optional extras (dev, distributed) do not change results
            name = requirement.split("==")[0].strip()
            try:
                pinned[name] = metadata.version(name)
            except metadata.PackageNotFoundError:
                pinned[name] = "missing"
        _PINNED_CACHE = pinned
    return dict(_PINNED_CACHE)


def installed_versions() -> dict[str, Any]:
    """What decides this process's results: vanban, extractor, reader and pinned
    library versions.  Run on each worker at connect, and here to compare."""
    import vanban.pipeline as pipeline
    from vanban.pipeline.extraction import extractor_versions
    from vanban.pipeline.readers import READER_MODULES

    readers = {}
    for module_name in sorted(set(READER_MODULES.values())):
        try:
            module = importlib.import_module(module_name)
            readers[module_name.rsplit(".", 1)[-1]] = getattr(module, "VERSION", "?")
        except ImportError as exc:
            readers[module_name.rsplit(".", 1)[-1]] = f"unavailable ({exc.name})"
    return {
        "vanban": pipeline.__version__,
        "extractors": extractor_versions(),
        "readers": readers,
        "libraries": _pinned_dependencies(),
    }


def fingerprint(versions: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(versions, sort_keys=True).encode()).hexdigest()[:16]


def version_differences(here: dict[str, Any], there: dict[str, Any]) -> list[str]:
    """What differs between two ``installed_versions()``, as ``what: there (here x)``."""
    differences = []
    if there.get("vanban") != here.get("vanban"):
        differences.append(f"vanban {there.get('vanban')} (here {here.get('vanban')})")
    for group in ("extractors", "readers", "libraries"):
        ours, theirs = here.get(group) or {}, there.get(group) or {}
        for name in sorted(set(ours) | set(theirs)):
            if ours.get(name) != theirs.get(name):
                differences.append(
                    f"{group[:-1] if group != 'libraries' else 'library'} "
                    f"{name} {theirs.get(name, 'absent')} "
                    f"(here {ours.get(name, 'absent')})"
                )
    return differences


def version_mismatches(here: dict[str, Any], workers: dict[str, Any]) -> list[str]:
    """One line per worker that cannot be used: its address and what differs,
    or why it could not report (vanban not importable there)."""
    lines = []
    for address in sorted(workers):
        reported = workers[address]
        if isinstance(reported, BaseException):
            lines.append(
                f"{address}: cannot report its versions "
                f"({type(reported).__name__}: {reported}); is vanban installed there?"
            )
            continue
        differences = version_differences(here, reported)
        if differences:
            lines.append(f"{address}: " + "; ".join(differences))
    return lines


# -- what runs on the workers -------------------------------------------------

# Tasks running in this worker process: dask key -> time.monotonic() at start.
# The client asks for the ones over the time limit (``_overrunning``); elapsed
# time is computed here, so clocks of different machines never meet.
_RUNNING: dict[str, float] = {}
_RUNNING_LOCK = threading.Lock()
_MEMORY_LIMIT: Optional[int] = None  # MB, as last set in this worker process


def _limit_memory(memory_limit_mb: Optional[int]) -> None:
    """Bound this worker process's address space as ``WorkerPool`` bounds its
    workers (``limits.limit_address_space``), once per limit."""
    global _MEMORY_LIMIT
    if not memory_limit_mb or memory_limit_mb == _MEMORY_LIMIT:
        return
    limit_address_space(memory_limit_mb)
    _MEMORY_LIMIT = memory_limit_mb


def _read_on_worker(args: tuple) -> tuple:
    """``args`` of ``ingest.steps.prepare`` with the bytes replaced by their
    length by the client: ``(path, size, sha256, *rest)``.  The file is read
    here (no more than ``size`` bytes, and only a regular file) and must still
    be the content the client hashed (it decided from that hash that the file is
    new); a file changed or gone in between fails at stage ``open``."""
    from vanban.pipeline.ingest.files import SpecialFile, TooLarge, read_file, sha256_of
    from vanban.pipeline.readers import ReadError
    from vanban.pipeline.store.paths import filesystem_path

    path, size, sha256, *rest = args
    try:
        # (the path as stored: escaped if not UTF-8)
        data, _ = read_file(filesystem_path(path), max_mb=size / 1048576)
    except OSError as exc:
        raise ReadError(f"cannot read file on the worker: {exc.strerror or exc}", stage="open")
    except SpecialFile as exc:
        raise ReadError(f"on the worker, {exc.cause}", stage="open")
    except TooLarge:
        raise ReadError("file changed between hashing and reading on the worker", stage="open")
    if sha256_of(data) != sha256:
        raise ReadError("file changed between hashing and reading on the worker", stage="open")
    return (path, data, sha256, *rest)


def _call(
    function: Callable,
    key: str,
    args: tuple,
    expected: Optional[str],
    read_on_worker: bool,
    memory_limit_mb: Optional[int],
) -> tuple:
    """The task as a worker runs it: ``(value, error, stage)``, never an exception,
    so that the cause and stage come back as ``WorkerPool`` reports them."""
    try:
        _limit_memory(memory_limit_mb)
        # Checked per task (about 20 µs once the pipeline is loaded), so a worker
        # that joined after the check on connect cannot store other results.
        if expected is not None and fingerprint(installed_versions()) != expected:
            return (
                None,
                "worker runs another vanban than the client (versions differ); "
                "install the same version on every worker",
                "worker",
            )
        # The clock starts after the check, which loads the pipeline (2-3 s in a
        # fresh worker process): loading is not the file's fault.
        with _RUNNING_LOCK:
            _RUNNING[key] = time.monotonic()
        if read_on_worker:
            args = _read_on_worker(args)
        return (function(*args), None, None)
    except MemoryError:
        return (None, f"out of memory (worker limit {memory_limit_mb} MB)", "read")
    except Exception as exc:  # the task's failure, reported; the worker lives on
        return (None, *describe_exception(exc))
    finally:
        with _RUNNING_LOCK:
            _RUNNING.pop(key, None)


def _overrunning(limit: float) -> dict[str, float]:
    """Tasks of this worker running for ``limit`` seconds or more: key -> seconds."""
    now = time.monotonic()
    with _RUNNING_LOCK:
        return {key: now - start for key, start in _RUNNING.items() if now - start >= limit}


# -- the executor -------------------------------------------------------------


class DaskExecutor:
    """``with DaskExecutor(prepare, "tcp://host:8786") as pool: for r in pool.run(tasks): ...``

    ``scheduler=None`` starts a ``LocalCluster`` of ``workers`` processes (default:
    one per core) with one thread each, for tests and single-machine use.
    ``max_pending`` defaults to twice the cluster's threads.
    """

    def __init__(
        self,
        function: Callable,
        scheduler: Optional[str] = None,
        time_limit: float = 300.0,
        max_pending: Optional[int] = None,
        *,
        workers: Optional[int] = None,
        memory_limit_mb: Optional[int] = 4096,
        read_on_worker: bool = False,
        check_versions: bool = True,
        poll_seconds: float = 1.0,
    ):
        self.function = function
        self.scheduler = scheduler
        self.time_limit = time_limit
        self.max_pending = max_pending
        self.workers = workers
        self.memory_limit_mb = memory_limit_mb
        self.read_on_worker = read_on_worker
        self.check_versions = check_versions
        self.poll_seconds = poll_seconds
        self.client = None
        self.cluster = None
        self.restarts = 0  # workers restarted for the time limit
        self._versions: Optional[dict] = None
        self._last_probe = 0.0
        self._run_id = uuid.uuid4().hex[:8]
        self._counter = 0

    def __enter__(self) -> "DaskExecutor":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def start(self) -> None:
        if self.client is not None:
            return
        try:
            import dask
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise RuntimeError(INSTALL_HINT) from exc
        try:
            if self.scheduler is None:
                with dask.config.set(SCHEDULER_CONFIG):
                    self.cluster = LocalCluster(
                        n_workers=self.workers or default_workers(),
                        threads_per_worker=1,
                        processes=True,
                        dashboard_address=None,
                        silence_logs=logging.CRITICAL,
                        memory_limit=f"{self.memory_limit_mb}MiB" if self.memory_limit_mb else "auto",
                    )
                self.client = Client(self.cluster)
            else:
                try:
                    self.client = Client(self.scheduler, timeout=30)
                except OSError as exc:
                    raise ClusterError(f"cannot reach the Dask scheduler at {self.scheduler}: {exc}") from exc
                try:
                    self.client.wait_for_workers(1, timeout=30)
                except TimeoutError:
                    raise ClusterError(f"no Dask workers joined {self.scheduler} in 30 s")
            if self.check_versions:
                self.verify_workers()
        except BaseException:
            self.close()
            raise

    def verify_workers(self) -> dict[str, dict]:
        """Every worker's versions; raises VersionMismatch naming the ones that differ."""
        self._versions = installed_versions()
        reported = self.client.run(installed_versions, on_error="return")
        if not reported:
            raise ClusterError(f"no Dask workers joined {self.scheduler_address}")
        problems = version_mismatches(self._versions, reported)
        if problems:
            raise VersionMismatch(
                f"{len(problems)} of {len(reported)} Dask workers cannot be used; they must "
                f"run vanban {self._versions['vanban']} with the same extractors and readers "
                "(install the same version there, then restart the workers):\n  " + "\n  ".join(problems)
            )
        return reported

    @property
    def scheduler_address(self) -> Optional[str]:
        return self.client.scheduler.address if self.client else self.scheduler

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None

    def _threads(self) -> int:
        return max(1, sum(self.client.nthreads().values()))

    def run(self, tasks: Iterable[tuple[Any, tuple]]) -> Iterator[TaskResult]:
        from distributed import wait

        self.start()
        limit = self.max_pending or 2 * self._threads()
        expected = fingerprint(self._versions) if self._versions else None
        pending = iter(tasks)
        exhausted = False
        in_flight: dict[Any, _Flight] = {}
        # Tasks whose worker died under them, to be tried once more, one at a
        # time: the scheduler fails the task that killed a worker and the ones
        # queued behind it alike, and run again together they would die together.
        suspects: deque[tuple[Any, tuple]] = deque()
        while True:
            with self._scheduler_needed():
                if suspects and not any(f.second_try for f in in_flight.values()):
                    task = suspects.popleft()
                    in_flight[self._submit(task, expected)] = _Flight(task, time.monotonic(), second_try=True)
                while not exhausted and len(in_flight) < limit:
                    task = next(pending, None)
                    if task is None:
                        exhausted = True
                        break
                    in_flight[self._submit(task, expected)] = _Flight(task, time.monotonic())
            if not in_flight:
                return
            # No task can have run longer than it has been submitted: until the
            # oldest could overrun, just wait for results.
            oldest = min(flight.submitted for flight in in_flight.values())
            timeout = max(self.poll_seconds, oldest + self.time_limit - time.monotonic())
            try:
                with self._scheduler_needed():
                    done = wait(list(in_flight), timeout=timeout, return_when="FIRST_COMPLETED").done
            except TimeoutError:
                done = set()
            with self._scheduler_needed():
                results = (
                    self._collect([f for f in in_flight if f in done], in_flight, suspects) if done else []
                )
                results += self._enforce_time_limit(in_flight)
            yield from results

    @contextlib.contextmanager
    def _scheduler_needed(self):
        """Turn the loss of the scheduler into ClusterLost: every task still out
        would fail the same way, so the run stops (the caller rolls back its
        open batch; the same command resumes)."""
        try:
            yield
        except TimeoutError:
            raise
        except Exception as exc:
            if self.client.status == "running" and type(exc).__name__ not in (
                "FuturesCancelledError",
                "CommClosedError",
            ):
                raise
            raise ClusterLost(
                f"lost the Dask scheduler at {self.scheduler_address}: {type(exc).__name__}"
            ) from exc

    def _submit(self, task: tuple[Any, tuple], expected: Optional[str]):
        import dask

        key, args = task
        if self.read_on_worker:
            args = (args[0], len(args[1]), *args[2:])
        self._counter += 1
        name = getattr(self.function, "__name__", "task")
        dask_key = f"vanban-{name}-{self._run_id}-{self._counter}"
        # The file's bytes travel in the task on purpose (no shared file system
        # needed); Dask's warning about large task graphs would fire per big scan.
        with dask.config.set({"distributed.admin.large-graph-warning-threshold": "4GiB"}):
            return self.client.submit(
                _call,
                self.function,
                dask_key,
                args,
                expected,
                self.read_on_worker,
                self.memory_limit_mb,
                key=dask_key,
                pure=False,
            )

    def _collect(self, futures: list, in_flight: dict, suspects: deque) -> list[TaskResult]:
        finished = [f for f in futures if f.status == "finished"]
        values = self.client.gather(finished) if finished else []
        results = [
            TaskResult(in_flight.pop(future).task[0], value, error, stage or "worker")
            for future, (value, error, stage) in zip(finished, values)
        ]
        for future in futures:
            if future not in in_flight:
                continue
            flight = in_flight.pop(future)
            cause, retry = self._failure(future)
            if retry and not flight.second_try:
                suspects.append(flight.task)
                continue
            results.append(TaskResult(flight.task[0], None, cause))
        return results

    def _failure(self, future) -> tuple[str, bool]:
        """The cause of a task that did not finish, and whether to try it again
        (its worker died, and the scheduler did not retry it itself)."""
        if future.status == "cancelled":
            if self.client.status != "running":
                raise ClusterLost(f"lost the Dask scheduler at {self.scheduler_address}")
            return "cancelled on the cluster", False
        exc = future.exception()
        if type(exc).__name__ == "KilledWorker":
            worker = getattr(getattr(exc, "last_worker", None), "address", None)
            return (
                f"worker crashed ({worker or 'a worker'} died while running it)",
                getattr(exc, "allowed_failures", 0) == 0,
            )
        return f"{type(exc).__name__}: {exc}", False

    def _enforce_time_limit(self, in_flight: dict) -> list[TaskResult]:
        now = time.monotonic()
        if now - self._last_probe < self.poll_seconds or not any(
            now - flight.submitted >= self.time_limit for flight in in_flight.values()
        ):
            return []
        self._last_probe = now
        by_key = {future.key: future for future in in_flight}
        reports = self.client.run(_overrunning, self.time_limit, on_error="return")
        results = []
        for address, overrunning in reports.items():
            if isinstance(overrunning, BaseException):
                continue  # that worker is gone; the scheduler reports its tasks
            ours = [by_key[k] for k in overrunning if k in by_key]
            if not ours:
                continue
            # Cancel first, so that the scheduler does not run it again elsewhere.
            for future in ours:
                future.cancel()
            self._kill(address)
            results += [
                TaskResult(in_flight.pop(future).task[0], None, f"timed out after {self.time_limit:g} s")
                for future in ours
            ]
        return results

    def _kill(self, address: str) -> None:
        """Stop the worker process at ``address``: only a new process stops a
        running thread (see the module doc).  Its nanny starts a fresh one."""
        self.restarts += 1
        killed = self.client.run(_kill_worker_process, workers=[address], nanny=True, on_error="return")
        if isinstance(killed.get(address), BaseException) or address not in killed:
            # No nanny to ask: the scheduler removes (stops) the worker instead.
            self.client.restart_workers([address], raise_for_error=False)


@dataclass
class _Flight:
    task: tuple[Any, tuple]
    submitted: float  # time.monotonic() at submission
    second_try: bool = False  # after its worker died under it


def _kill_worker_process(dask_worker) -> int:
    """Run in a worker's nanny (``client.run(nanny=True)`` passes the Nanny as
    ``dask_worker``): SIGKILL the worker process, which the nanny then replaces.
    Asking the worker to close (``restart_workers``) waits 4 s for the hung
    thread first; this takes effect at once, even if the thread holds the GIL."""
    pid = dask_worker.process.pid
    os.kill(pid, signal.SIGKILL)
    return pid
