import os
import time

from pipeline.workers import WorkerPool


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


def test_results_come_back_for_every_task():
    with WorkerPool(square, workers=2) as pool:
        results = {r.key: r.value for r in pool.run((i, (i,)) for i in range(50))}
    assert results == {i: i * i for i in range(50)}


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


def test_a_task_queued_behind_a_hung_one_gets_its_own_time_limit():
    # One worker, so "after" waits in that worker's queue while "slow" hangs.
    with WorkerPool(sleepy, workers=1, time_limit=1.0) as pool:
        results = {r.key: r for r in pool.run([("slow", (30,)), ("after", (0.7,))])}
    assert "timed out" in results["slow"].error
    assert results["after"].ok and results["after"].value == 0.7
