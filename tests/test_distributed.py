"""DaskExecutor on real Dask clusters started here (two worker processes each).

The tasks are the real ``pipeline.ingest.prepare`` on the seed documents and on
broken files, and plain library functions (``time.sleep``, ``os._exit``,
``int``, ``bytearray``) where a task must hang, crash, raise or eat memory: they
need no test module on the workers.
"""

from __future__ import annotations

import gzip
import logging
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

import dask  # noqa: E402

import vanban.pipeline as pipeline  # noqa: E402
from tests.conftest import SEEDS  # noqa: E402
from vanban.pipeline.execute.dask import (  # noqa: E402
    SCHEDULER_CONFIG,
    ClusterLost,
    DaskExecutor,
    VersionMismatch,
    installed_versions,
    version_mismatches,
)
from vanban.pipeline.execute.pool import WorkerPool  # noqa: E402
from vanban.pipeline.ingest import prepare, sha256_of  # noqa: E402


@pytest.fixture(scope="module")
def cluster():
    """A cluster as `dask scheduler` + `dask worker` would make, reached by address."""
    with dask.config.set(SCHEDULER_CONFIG):
        local = distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.CRITICAL,
        )
    yield local
    local.close()


@pytest.fixture
def files(tmp_path) -> list[Path]:
    """The seeds and three files that cannot be read."""
    broken = {
        "empty.txt": b"",
        "blank.txt": b" \n\t\n",
        "archive.txt": gzip.compress("Quyết định số 12/QĐ-UBND".encode()),
    }
    for name, data in broken.items():
        (tmp_path / name).write_bytes(data)
    return sorted(SEEDS.glob("*.txt")) + [tmp_path / name for name in broken]


def prepare_tasks(files):
    for file in files:
        data = file.read_bytes()
        yield str(file), (str(file), data, sha256_of(data), file.stat().st_mtime)


def outcomes(results) -> dict:
    return {r.key: (r.value, r.error, r.stage) for r in results}


@pytest.mark.slow
def test_prepare_on_a_local_cluster_equals_the_worker_pool(files):
    with DaskExecutor(prepare, None, time_limit=60, workers=2) as executor:
        assert len(executor.client.nthreads()) == 2
        results = outcomes(executor.run(prepare_tasks(files)))
    with WorkerPool(prepare, workers=2, time_limit=60) as pool:
        reference = outcomes(pool.run(prepare_tasks(files)))
    assert results == reference
    seeds = [str(p) for p in files[:2]]
    assert all(results[s][0].extraction["facts"] for s in seeds)
    assert results[seeds[0]][0].extraction["header"]["doc_number"] == "48/TB-UBND"
    broken = {Path(k).name: (error, stage) for k, (_, error, stage) in results.items() if error}
    assert broken == {
        "empty.txt": ("empty file (no text)", "read"),
        "blank.txt": ("file holds only whitespace", "read"),
        "archive.txt": ("unsupported format: gzip archive; no reader for it yet", "read"),
    }


@pytest.mark.slow
def test_workers_read_the_files_themselves_on_a_shared_file_system(cluster, files, tmp_path):
    changed, gone = tmp_path / "changed.txt", tmp_path / "gone.txt"
    changed.write_text("Số: 7/TB-UBND", "utf-8")
    gone.write_text("Số: 8/TB-UBND", "utf-8")
    tasks = list(prepare_tasks(files + [changed, gone]))
    # After the client hashed them: one file is edited, one deleted.
    changed.write_text("Số: 9/TB-UBND", "utf-8")
    gone.unlink()
    with DaskExecutor(prepare, cluster.scheduler_address, time_limit=60, read_on_worker=True) as executor:
        results = outcomes(executor.run(iter(tasks)))
    expected = outcomes(WorkerPool(prepare, workers=0).run(prepare_tasks(files)))
    assert {k: results[k] for k in expected} == expected
    assert results[str(changed)][1:] == ("file changed between hashing and reading on the worker", "open")
    assert results[str(gone)][1].startswith("cannot read file on the worker: No such file")


@pytest.mark.slow
def test_a_task_over_the_time_limit_is_reported_and_its_worker_replaced(cluster):
    tasks = [("hung", (60,))] + [(f"quick{i}", (0.3,)) for i in range(6)]
    with DaskExecutor(time.sleep, cluster.scheduler_address, time_limit=2, poll_seconds=0.5) as executor:
        started = time.monotonic()
        results = {r.key: r for r in executor.run(tasks)}
        elapsed = time.monotonic() - started
        assert results["hung"].error == "timed out after 2 s"
        assert all(results[f"quick{i}"].ok for i in range(6))
        assert elapsed < 8
        assert executor.restarts == 1
        # Both slots work again (the hung thread, 60 s, died with its process); the
        # new process first loads the pipeline, 2-3 s.
        started = time.monotonic()
        again = list(executor.run([(i, (1,)) for i in range(4)]))
        assert all(r.ok for r in again) and time.monotonic() - started < 10


@pytest.mark.slow
def test_failures_come_back_with_their_cause(cluster):
    with DaskExecutor(int, cluster.scheduler_address) as executor:
        results = {r.key: r for r in executor.run([("bad", ("x",)), ("good", ("12",))])}
    assert results["bad"].error == "ValueError: invalid literal for int() with base 10: 'x'"
    assert results["good"].value == 12
    # One crash among quick tasks: those queued behind it on its worker die with
    # it, are tried again and succeed.
    tasks = [("crash", ("__import__('os')._exit(3)",))] + [
        (i, (f"sum(range({i} * 10**5))",)) for i in range(12)
    ]
    with DaskExecutor(eval, cluster.scheduler_address) as executor:
        results = {r.key: r for r in executor.run(tasks)}
    assert results.pop("crash").error.startswith("worker crashed (tcp://127.0.0.1:")
    assert {k: r.value for k, r in results.items()} == {i: sum(range(i * 10**5)) for i in range(12)}
    with DaskExecutor(bytearray, cluster.scheduler_address, memory_limit_mb=1024) as executor:
        results = {r.key: r for r in executor.run([("big", (4 << 30,)), ("small", (10,))])}
    assert (results["big"].error, results["big"].stage) == ("out of memory (worker limit 1024 MB)", "read")
    assert results["small"].value == bytearray(10)


@pytest.mark.slow
def test_a_cluster_started_with_the_dask_commands_and_its_loss(tmp_path):
    """`dask scheduler` and `dask worker` as on real machines (here on 127.0.0.1);
    then the scheduler dies mid-run."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    dask_command = str(Path(sys.executable).with_name("dask"))
    env = {**os.environ, "DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "0"}
    log = open(tmp_path / "cluster.log", "wb")
    scheduler = subprocess.Popen(
        [dask_command, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
        env=env,
        stdout=log,
        stderr=log,
    )
    worker = subprocess.Popen(
        [
            dask_command,
            "worker",
            address,
            "--nworkers",
            "2",
            "--nthreads",
            "1",
            "--memory-limit",
            "4GiB",
            "--no-dashboard",
        ],
        env=env,
        stdout=log,
        stderr=log,
    )
    try:
        seeds = sorted(SEEDS.glob("*.txt"))
        with DaskExecutor(prepare, address, time_limit=60) as executor:
            executor.client.wait_for_workers(2, timeout=30)
            results = outcomes(executor.run(prepare_tasks(seeds)))
            assert results == outcomes(WorkerPool(prepare, workers=0).run(prepare_tasks(seeds)))
            done = []
            with pytest.raises(ClusterLost, match=f"lost the Dask scheduler at {address}"):
                for result in executor.run(prepare_tasks(seeds * 20)):
                    done.append(result)
                    if len(done) == 3:
                        scheduler.kill()
            assert all(r.ok for r in done)  # nothing was recorded as failed
    finally:
        for process in (scheduler, worker):
            process.terminate()
        for process in (scheduler, worker):
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        log.close()


def _pretend_version(version: str) -> str:
    """Run on the workers: what another install of vanban would report."""
    old, pipeline.__version__ = pipeline.__version__, version
    return old


def test_workers_with_another_vanban_are_refused(cluster):
    client = distributed.Client(cluster.scheduler_address)
    client.wait_for_workers(2, timeout=30)  # one may still be coming back from a kill
    here = pipeline.__version__
    try:
        with DaskExecutor(prepare, cluster.scheduler_address, time_limit=60) as executor:
            client.run(_pretend_version, "0.0.1")
            # A worker that changed after the check on connect: its tasks fail.
            task = next(prepare_tasks(sorted(SEEDS.glob("*.txt"))))
            (result,) = executor.run([task])
            assert result.error.startswith("worker runs another vanban than the client")
        with pytest.raises(VersionMismatch) as refused:
            DaskExecutor(prepare, cluster.scheduler_address).start()
        message = str(refused.value)
        assert message.startswith("2 of 2 Dask workers cannot be used")
        assert message.count(f"vanban 0.0.1 (here {here})") == 2
    finally:
        client.run(_pretend_version, here)
        client.close()


def test_version_comparison_names_each_difference():
    here = installed_versions()
    other = {
        **here,
        "extractors": {**here["extractors"], "date": "9.9"},
        "libraries": {k: v for k, v in here["libraries"].items() if k != "spacy"},
    }
    lines = version_mismatches(
        here, {"tcp://a:1": here, "tcp://b:2": other, "tcp://c:3": ModuleNotFoundError("pipeline")}
    )
    assert lines == [
        f"tcp://b:2: extractor date 9.9 (here {here['extractors']['date']}); "
        f"library spacy absent (here {here['libraries']['spacy']})",
        "tcp://c:3: cannot report its versions (ModuleNotFoundError: pipeline); is vanban installed there?",
    ]


@pytest.mark.slow
def test_ingest_on_dask_stores_what_a_local_import_stores(tmp_path, seed_folder):
    """`vanban ingest --executor dask` (a local cluster started for the run)."""
    from click.testing import CliRunner

    from vanban.pipeline.cli.commands import cli

    (seed_folder / "broken.txt").write_bytes(b"")
    # What would hang or fill the importing process, which reads the files on
    # Dask: a named pipe nobody writes to, and a link to a device that never ends.
    os.mkfifo(seed_folder / "pipe.txt")
    endless = tmp_path / "zero.txt"
    endless.symlink_to("/dev/zero")
    stores = {}
    for executor in ("local", "dask"):
        db = tmp_path / f"{executor}.db"
        result = CliRunner().invoke(
            cli,
            ["ingest", str(seed_folder), str(endless), "--db", str(db), "-q", "--workers", "2"]
            + ["--executor", executor, "--time-limit", "60"],
        )
        assert result.exit_code == 0, result.output
        assert "5 files: 2 added" in result.output and "3 failed" in result.output
        assert "pipe.txt: a named pipe (FIFO), not a document" in result.output
        assert "zero.txt: a character device, not a document" in result.output
        conn = __import__("sqlite3").connect(db)
        stores[executor] = (
            sorted(conn.execute("SELECT sha256, n_facts, doc_number FROM documents")),
            sorted(conn.execute('SELECT kind, start, "end", value FROM facts')),
            sorted(conn.execute("SELECT path, cause FROM errors")),
        )
        conn.close()
    assert stores["dask"] == stores["local"]
