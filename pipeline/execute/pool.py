"""Worker processes that can be killed.

A damaged PDF can send pdfminer into an endless loop and a zip bomb can eat the
machine's memory; neither may stop an archive import.  Each task runs in a
worker process with a memory bound (``RLIMIT_AS``) and a time limit enforced
from outside: a worker that overruns is killed and replaced, and its task comes
back as a failure naming the cause.  Results come back in completion order;
at most ``max_pending`` tasks are taken from the input at a time, so memory
stays bounded however long the input is.  Each worker holds the task it runs
and the next ones (``max_pending / workers``), so that it never sits idle while
this process stores a result.

With a ``release`` step, a worker also stores its own results: it holds what
``function`` returned and hands the held results to ``release`` (in the
worker) once there are ``hold`` of them, ``hold_seconds`` have passed, or it
has nothing else to do (twice ``hold`` at most, so memory stays bounded);
only what ``release`` returns comes back.  An import
uses this so that each worker writes its documents into SQLite itself: the
write lock, held only while a batch is written, is then the one serial part,
and no process sits between the extraction and the store.  The worker tells
this process as each task ends, so that a crash or a hang is still blamed on
the file that caused it, and the results it held are done again elsewhere.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import queue
import signal
import threading
import time
import traceback
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Callable, Iterable, Iterator, Optional

from vanban.pipeline.execute.limits import limit_address_space
from vanban.pipeline.tempfolders import remove_temporary_folders

# What a worker sends: a result, or (with a release step) that a task is
# done and held, or an error that must stop the whole run (a full disk).
_RESULT, _HELD, _RELEASING, _FATAL = "result", "held", "releasing", "fatal"

Release = Callable[[list, bool], Optional[list]]
"""``release(held, force)``: ``held`` is a list of ``(key, value, error, stage)``;
returns one ``(key, value, error, stage)`` per item in order, or ``None`` when
it would have to wait and ``force`` is false (it is tried again later)."""


@dataclass(frozen=True)
class TaskResult:
    key: Any
    value: Any = None
    error: Optional[str] = None  # the cause, in words, when the task failed
    stage: str = "worker"  # where it failed: the exception's ``stage`` if it has one

    @property
    def ok(self) -> bool:
        return self.error is None


def _worker_main(
    conn: Connection,
    function: Callable,
    memory_limit_mb: Optional[int],
    release: Optional[Release],
    hold: int,
    hold_seconds: float,
) -> None:
    # A thread takes tasks off the pipe as they come, so the parent's send of
    # the next task never waits for the running one to end (the parent could
    # otherwise block on a full pipe while this worker blocks sending its result).
    inbox: queue.SimpleQueue = queue.SimpleQueue()

    parent = os.getppid()

    def receive() -> None:
        while True:
            try:
                # The pipe may never report the parent's death (forked siblings
                # hold copies of its end), so the parent is looked for as well.
                while not conn.poll(1.0):
                    if os.getppid() != parent:
                        raise EOFError
                message = conn.recv()
            except (EOFError, OSError):
                message = None
            inbox.put(message)
            if message is None:
                return

    # Its own process group: the programs it runs (Tesseract, LibreOffice) join
    # it, so a kill of the group at the time limit takes them down with it.
    os.setpgrp()
    threading.Thread(target=receive, daemon=True).start()
    # Ctrl-C is the parent's to handle: it stops handing out files and closes
    # the pool, and each worker then stores what it holds and exits quietly.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The bound comes after the thread has started: under it, a new thread
    # cannot reserve its stack and malloc arena, and would never start.
    limit_address_space(memory_limit_mb)
    held: list = []
    held_since = 0.0

    def send(kind: str, payload: Any) -> None:
        try:
            conn.send((kind, payload))
        except (BrokenPipeError, ConnectionResetError):
            pass  # the parent is gone: the receiving thread ends the loop
        except Exception as exc:  # a payload that does not pickle
            if kind == _FATAL:
                send(kind, RuntimeError(f"{type(payload).__name__}: {payload}"))
            elif kind == _RESULT:
                send(kind, [(key, None, f"result cannot be sent: {exc}", "worker") for key, *_ in payload])
            else:
                raise

    def release_held(force: bool) -> bool:
        send(_RELEASING, None)
        try:
            results = release(held, force)
        except Exception as exc:
            send(_FATAL, exc)
            return False
        # Nothing released (the lock was taken) still says the release is over.
        send(_RESULT, results or [])
        if results is not None:
            held.clear()
        return True

    while True:
        if held:
            try:
                message = inbox.get_nowait()
            except queue.Empty:
                # Nothing else to do now: store what is held rather than wait.
                if not release_held(force=True):
                    return
                continue
        else:
            message = inbox.get()
        if message is None:
            if held:
                release_held(force=True)
            return
        key, args = message
        try:
            outcome = (key, function(*args), None, None)
        except MemoryError:
            outcome = (key, None, f"out of memory (worker limit {memory_limit_mb} MB)", "read")
        except Exception as exc:  # the task's failure, reported; the worker lives on
            outcome = (key, None, *describe_exception(exc))
        except BaseException:
            send(_RESULT, [(key, None, traceback.format_exc(limit=2), "worker")])
            raise
        if release is None:
            send(_RESULT, [outcome])
            continue
        if not held:
            held_since = time.monotonic()
        held.append(outcome)
        send(_HELD, key)
        waited = time.monotonic() - held_since
        if len(held) >= hold or waited >= hold_seconds:
            # Past twice the batch, wait for the write lock instead of working on.
            if not release_held(force=len(held) >= 2 * hold or waited >= 2 * hold_seconds):
                return


def describe_exception(exc: Exception) -> tuple[str, str]:
    cause = getattr(exc, "cause", None) or f"{type(exc).__name__}: {exc}"
    return cause, getattr(exc, "stage", None) or "worker"


class _Worker:
    """One worker process and the tasks sent to it, oldest (the running one) first."""

    def __init__(self, context, function, memory_limit_mb, release, hold, hold_seconds):
        parent, child = context.Pipe()
        self.process = context.Process(
            target=_worker_main,
            args=(child, function, memory_limit_mb, release, hold, hold_seconds),
            daemon=True,
        )
        self.process.start()
        child.close()
        self.conn = parent
        self.tasks: deque[tuple[Any, tuple]] = deque()  # sent, not yet done
        self.held: deque[tuple[Any, tuple]] = deque()  # done, held by the worker
        self.deadline = 0.0  # of the running task, or of storing what is held
        self.releasing = False  # storing what it held, not running a task

    @property
    def busy(self) -> bool:
        return bool(self.tasks or self.held)

    def assign(self, task: tuple[Any, tuple], time_limit: float) -> None:
        if not self.tasks:
            self.deadline = time.monotonic() + time_limit
        self.tasks.append(task)
        self.conn.send(task)

    def kill(self) -> None:
        pid = self.process.pid
        try:
            # the worker and whatever it runs (a converter left running would live on
            # under PID 1); a worker that exited already leaves its group to its children
            os.killpg(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()
        remove_temporary_folders(pid)


class WorkerPool:
    """``with WorkerPool(f, workers=2) as pool: for r in pool.run(tasks): ...``

    ``tasks`` yields ``(key, args)``; ``function(*args)`` runs in a worker.
    ``workers=0`` runs tasks in this process (no isolation; for debugging).
    With ``release``, results are held and released in batches of ``hold``
    (see the module's docstring).
    """

    def __init__(
        self,
        function: Callable,
        workers: int,
        time_limit: float = 300.0,
        memory_limit_mb: Optional[int] = 4096,
        max_pending: Optional[int] = None,
        release: Optional[Release] = None,
        hold: int = 64,
        hold_seconds: float = 2.0,
    ):
        self.function = function
        self.release = release
        self.hold = max(1, hold)
        self.hold_seconds = hold_seconds
        self.workers = workers
        self.time_limit = time_limit
        self.memory_limit_mb = memory_limit_mb
        self.max_pending = max_pending or max(1, workers) * 4
        # Tasks sent to one worker ahead: by default the running one and three
        # more, so that it never waits for this process to send the next (with
        # a single writer process, measured: the two cores 1.92 used, against
        # 1.79 with one task queued; more gained nothing).
        self.queued = max(1, self.max_pending // max(1, workers))
        methods = multiprocessing.get_all_start_methods()
        # fork shares the parent's loaded pipeline; spawn elsewhere.
        self.context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self._pool: list[_Worker] = []

    def __enter__(self) -> "WorkerPool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        for worker in self._pool:
            try:
                worker.conn.send(None)
            except (OSError, ValueError):
                pass
        for worker in self._pool:
            worker.process.join(timeout=2)
            worker.kill()
        self._pool = []

    def _spawn(self) -> _Worker:
        # Frozen, the objects a forked worker inherits are never visited by its
        # collector, so their pages stay shared with this process instead of
        # being copied into each worker as a long import goes on.
        gc.freeze()
        try:
            return _Worker(
                self.context, self.function, self.memory_limit_mb, self.release, self.hold, self.hold_seconds
            )
        finally:
            gc.unfreeze()

    def run(self, tasks: Iterable[tuple[Any, tuple]]) -> Iterator[TaskResult]:
        if self.workers <= 0:
            yield from self._run_inline(tasks)
            return
        pending = iter(tasks)
        exhausted = False
        if not self._pool:
            self._pool = [self._spawn() for _ in range(self.workers)]
        while True:
            # Each worker holds its running task and the next ones: it starts
            # the next the moment it sends a result, while this process is
            # still storing that result.
            for worker in self._pool:
                while len(worker.tasks) < self.queued and not exhausted:
                    task = next(pending, None)
                    if task is None:
                        exhausted = True
                        break
                    worker.assign(task, self.time_limit)
            busy = {w.conn: w for w in self._pool if w.busy}
            if not busy:
                return
            now = time.monotonic()
            timeout = max(0.0, min(w.deadline for w in busy.values()) - now)
            sentinels = {w.process.sentinel: w for w in busy.values()}
            ready = wait(list(busy) + list(sentinels), timeout=timeout)
            done: list[_Worker] = []
            for item in ready:
                worker = busy.get(item) or sentinels.get(item)
                if worker is None or worker in done:
                    continue
                done.append(worker)
                yield from self._collect(worker)
            now = time.monotonic()
            for worker in [w for w in self._pool if w.busy and w.deadline <= now]:
                yield from self._lost(worker, f"timed out after {self.time_limit:g} s")

    def _collect(self, worker: _Worker) -> Iterator[TaskResult]:
        """The results a ready worker sent, or its death when it sent none."""
        received, fatal = False, None
        try:
            while worker.busy and worker.conn.poll():
                kind, payload = worker.conn.recv()
                worker.deadline = time.monotonic() + self.time_limit
                received = True
                if kind == _FATAL:
                    fatal = payload
                    break
                if kind == _RELEASING:
                    worker.releasing = True
                    continue
                if kind == _HELD:
                    worker.held.append(worker.tasks.popleft())
                    continue
                worker.releasing = False
                for key, value, error, stage in payload:
                    if worker.held and worker.held[0][0] == key:
                        worker.held.popleft()
                    else:
                        worker.tasks.popleft()
                    yield TaskResult(key, value, error, stage or "worker")
        except (EOFError, OSError):
            pass
        if fatal is not None:
            raise fatal
        if received or not worker.busy:
            return
        worker.process.join(timeout=5)
        yield from self._lost(worker, f"worker crashed (exit code {worker.process.exitcode})")

    def _lost(self, worker: _Worker, cause: str) -> Iterator[TaskResult]:
        """A worker that died or overran: the task it ran fails with ``cause``,
        and a new worker does the others again, the held ones first.  Dying
        while it stored what it held, it takes the held ones down instead: done
        again, they would kill the next worker the same way."""
        if worker.releasing:
            failed, stage = [key for key, _ in worker.held], "store"
            redo, cause = list(worker.tasks), cause + " while storing its results"
        elif worker.tasks:
            failed, stage = [worker.tasks[0][0]], "worker"
            redo = [*worker.held, *list(worker.tasks)[1:]]
        else:  # killed from outside between tasks: nothing of its own went wrong
            failed, stage, redo = [], "worker", list(worker.held)
        worker.kill()
        replacement = self._spawn()
        self._pool[self._pool.index(worker)] = replacement
        for task in redo:
            replacement.assign(task, self.time_limit)
        for key in failed:
            yield TaskResult(key, None, cause, stage)

    def _run_inline(self, tasks: Iterable[tuple[Any, tuple]]) -> Iterator[TaskResult]:
        held: list = []
        for key, args in tasks:
            try:
                held.append((key, self.function(*args), None, None))
            except Exception as exc:
                held.append((key, None, *describe_exception(exc)))
            if self.release is None or len(held) >= self.hold:
                yield from self._release_inline(held)
        yield from self._release_inline(held)

    def _release_inline(self, held: list) -> Iterator[TaskResult]:
        results = self.release(held, True) if self.release and held else list(held)
        held.clear()
        for key, value, error, stage in results:
            yield TaskResult(key, value, error, stage or "worker")


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
