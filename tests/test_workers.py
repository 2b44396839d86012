import os
import time

import pytest

from vanban.pipeline.execute.pool import WorkerPool


def square(x):
    return x * x


def sleepy(seconds):
    time.sleep(seconds)
    return seconds


def crash_on_negative(x):
    if x < 0:
        os._exit(-x)
    return x


def hog(megabytes):
    return len(bytearray(megabytes * 1024 * 1024))


def failing(message):
    raise ValueError(message)


def converter_that_hangs(pid_file):
    """As a reader running Tesseract or LibreOffice does: a temporary folder and a
    child program, then more time than the limit allows."""
    import subprocess
    import tempfile

    from vanban.pipeline.tempfolders import temporary_prefix

    folder = tempfile.mkdtemp(prefix=temporary_prefix("doc"))
    child = subprocess.Popen(["sleep", "300"])
    with open(pid_file, "w") as handle:
        handle.write(f"{child.pid}\n{folder}\n")
    time.sleep(300)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().split(") ")[-1][0] != "Z"  # a zombie is gone, only not reaped
    except FileNotFoundError:
        return False


@pytest.mark.slow
def test_a_worker_killed_at_its_time_limit_leaves_no_program_and_no_folder(tmp_path):
    pid_file = tmp_path / "child"
    with WorkerPool(converter_that_hangs, workers=1, time_limit=1.0) as pool:
        (result,) = list(pool.run([("doc", (str(pid_file),))]))
    assert "timed out" in result.error
    child, folder = pid_file.read_text().split()
    assert not _alive(int(child)), "the converter outlived its worker"
    assert not os.path.exists(folder), "the worker's temporary folder is left behind"


def test_results_come_back_for_every_task():
    with WorkerPool(square, workers=2) as pool:
        results = {r.key: r.value for r in pool.run((i, (i,)) for i in range(50))}
    assert results == {i: i * i for i in range(50)}


@pytest.mark.slow
def test_a_hung_task_is_killed_and_the_rest_go_on():
    tasks = [("slow", (30,)), ("a", (0.01,)), ("b", (0.01,)), ("c", (0.01,))]
    started = time.monotonic()
    with WorkerPool(sleepy, workers=2, time_limit=1.0) as pool:
        results = {r.key: r for r in pool.run(tasks)}
    assert time.monotonic() - started < 10
    assert "timed out after 1 s" in results["slow"].error
    assert all(results[k].ok for k in "abc")


def test_a_crashed_worker_is_replaced():
    with WorkerPool(crash_on_negative, workers=1) as pool:
        results = {r.key: r for r in pool.run([("x", (-3,)), ("y", (4,)), ("z", (5,))])}
    assert results["x"].error == "worker crashed (exit code 3)"
    assert (results["y"].value, results["z"].value) == (4, 5)


def test_memory_bound_turns_a_hog_into_a_failure():
    with WorkerPool(hog, workers=1, memory_limit_mb=1024) as pool:
        results = {r.key: r for r in pool.run([("big", (4096,)), ("small", (10,))])}
    assert "out of memory" in results["big"].error
    assert results["small"].value == 10 * 1024 * 1024


def test_exceptions_are_reported_with_their_cause():
    with WorkerPool(failing, workers=1) as pool:
        result = next(iter(pool.run([("k", ("bad input",))])))
    assert result.error == "ValueError: bad input"


def test_inline_mode_runs_in_this_process():
    with WorkerPool(square, workers=0) as pool:
        assert [r.value for r in pool.run([(1, (3,))])] == [9]


def echo(data):
    return data


def test_large_tasks_and_results_do_not_deadlock_the_pipe():
    # A worker holds its next task while it runs one: with payloads far larger
    # than a pipe's buffer, parent and worker must never wait on each other.
    payloads = {i: bytes([i]) * (8 * 1024 * 1024) for i in range(4)}
    with WorkerPool(echo, workers=1, time_limit=60) as pool:
        results = {r.key: r.value for r in pool.run((i, (data,)) for i, data in payloads.items())}
    assert results == payloads


@pytest.mark.slow
def test_a_task_queued_behind_a_hung_one_gets_its_own_time_limit():
    # One worker, so "after" waits in that worker's queue while "slow" hangs.
    with WorkerPool(sleepy, workers=1, time_limit=1.0) as pool:
        results = {r.key: r for r in pool.run([("slow", (30,)), ("after", (0.7,))])}
    assert "timed out" in results["slow"].error
    assert results["after"].ok and results["after"].value == 0.7


# -- a release step: workers hold results and store them in batches ----------


def slow_identity(x):
    if x == "crash":
        os._exit(7)
    time.sleep(0.02)  # long enough for the pool to have queued the next tasks
    return x


class LoggingRelease:
    """Stores held results by appending them to a log, as an import writes its
    batch into the store; ``busy`` times it says the lock is taken."""

    def __init__(self, log, busy=0, poison=None, fatal=None):
        self.log, self.busy, self.poison, self.fatal = log, busy, poison, fatal

    def __call__(self, held, force):
        keys = [key for key, *_ in held]
        if self.fatal in keys:
            raise OSError(28, "No space left on device")
        if self.poison in keys:
            os._exit(9)
        if not force and self.busy > 0:
            self.busy -= 1  # in this worker's copy: each worker is told busy this often
            return None
        with open(self.log, "a") as log:
            log.write(" ".join(map(str, keys)) + "\n")
        return [(key, ("stored", value), error, stage) for key, value, error, stage in held]


def released(log):
    return [line.split() for line in log.read_text().splitlines()]


def test_held_results_are_released_in_batches_once_each(tmp_path):
    log = tmp_path / "log"
    with WorkerPool(slow_identity, workers=2, release=LoggingRelease(log, busy=2), hold=3) as pool:
        results = {r.key: r.value for r in pool.run((str(i), (i,)) for i in range(20))}
    assert results == {str(i): ("stored", i) for i in range(20)}
    batches = released(log)
    assert sorted(int(k) for batch in batches for k in batch) == list(range(20))
    assert max(map(len, batches)) <= 6  # a batch waits for the lock up to twice its size


def test_results_held_when_a_later_task_crashes_are_done_again(tmp_path):
    log = tmp_path / "log"
    tasks = [("a", ("a",)), ("b", ("b",)), ("x", ("crash",)), ("c", ("c",))]
    with WorkerPool(slow_identity, workers=1, release=LoggingRelease(log), hold=10) as pool:
        results = {r.key: r for r in pool.run(tasks)}
    assert results["x"].error == "worker crashed (exit code 7)"
    assert {k: results[k].value for k in "abc"} == {k: ("stored", k) for k in "abc"}
    assert sorted(k for batch in released(log) for k in batch) == ["a", "b", "c"]


def test_a_crash_while_storing_fails_what_was_held_and_the_run_goes_on(tmp_path):
    log = tmp_path / "log"
    tasks = [("a", ("a",)), ("poison", ("poison",)), ("b", ("b",)), ("c", ("c",))]
    with WorkerPool(
        slow_identity, workers=1, release=LoggingRelease(log, poison="poison"), hold=2, max_pending=2
    ) as pool:
        results = {r.key: r for r in pool.run(tasks)}
    assert results["poison"].error == "worker crashed (exit code 9) while storing its results"
    assert results["poison"].stage == "store"
    assert results["c"].value == ("stored", "c")
    assert "c" in [k for batch in released(log) for k in batch]


def test_an_error_of_the_store_itself_stops_the_run(tmp_path):
    import pytest

    pool = WorkerPool(slow_identity, workers=1, release=LoggingRelease(tmp_path / "log", fatal="b"), hold=2)
    with pool, pytest.raises(OSError, match="No space left"):
        list(pool.run([("a", ("a",)), ("b", ("b",)), ("c", ("c",))]))


def test_inline_mode_releases_too(tmp_path):
    log = tmp_path / "log"
    with WorkerPool(slow_identity, workers=0, release=LoggingRelease(log), hold=2) as pool:
        results = [r.value for r in pool.run((i, (i,)) for i in range(5))]
    assert results == [("stored", i) for i in range(5)]
    assert released(log) == [["0", "1"], ["2", "3"], ["4"]]
