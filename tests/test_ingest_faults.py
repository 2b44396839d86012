"""Fault tests for ingest: kill -9 and resume, Ctrl-C, a killed importing process,
concurrent imports, a full disk.

They run the real command in subprocesses; each is bounded in time.
"""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import SEED_NEWS, SEED_NOTICE
from vanban.pipeline.ingest import IngestOptions, ingest
from vanban.pipeline.store.core import Store

ROOT = Path(__file__).resolve().parents[1]


def make_folder(folder: Path, copies: int = 20) -> Path:
    """Distinct documents made from the seeds (one sentence differs), plus a
    duplicate and two broken files among them."""
    folder.mkdir()
    for i in range(copies):
        for seed in (SEED_NOTICE, SEED_NEWS):
            text = seed.read_text("utf-8") + f"\n\nBản sao số {i} lưu ngày {1 + i % 28}/3/2024.\n"
            (folder / f"{i:02d}_{seed.name}").write_text(text, "utf-8")
    (folder / "zz_duplicate.txt").write_bytes((folder / f"00_{SEED_NEWS.name}").read_bytes())
    (folder / "zz_empty.txt").write_bytes(b"")
    (folder / "zz_binary.txt").write_bytes(b"\x7fELF" + bytes(range(256)) * 8)
    return folder


def command(folder, db, *extra):
    return [
        sys.executable,
        "-m",
        "vanban.pipeline",
        "ingest",
        str(folder),
        "--db",
        str(db),
        "-q",
        "--workers",
        "2",
        "--batch-size",
        "4",
        *extra,
    ]


def stored_documents(db: Path) -> int:
    try:
        conn = sqlite3.connect(db, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def snapshot(db: Path) -> dict:
    conn = sqlite3.connect(db, timeout=30)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # One read transaction: the workers of a killed import still store what they hold
        # (in their own process group, they outlive the kill of the import's by up to a
        # second), so reads outside one may see a document stored between two of them.
        conn.execute("BEGIN")
        documents = {sha: n_facts for sha, n_facts in conn.execute("SELECT sha256, n_facts FROM documents")}
        facts = sorted(
            conn.execute(
                'SELECT d.sha256, f.kind, f.start, f."end", f.value FROM facts f '
                "JOIN documents d ON d.id = f.document_id"
            )
        )
        sources = sorted(
            conn.execute("SELECT s.path, d.sha256 FROM sources s JOIN documents d ON d.id = s.document_id")
        )
        errors = sorted(r[0] for r in conn.execute("SELECT path FROM errors"))
        per_document = dict(
            conn.execute(
                "SELECT d.sha256, count(f.id) FROM documents d LEFT JOIN facts f "
                "ON f.document_id = d.id GROUP BY d.id"
            )
        )
    finally:
        conn.close()
    # Every stored document has all its facts: nothing half-written.
    assert per_document == documents
    return {"documents": documents, "facts": facts, "sources": sources, "errors": errors}


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return make_folder(tmp_path_factory.mktemp("faults") / "docs")


@pytest.fixture(scope="module")
def reference(folder, tmp_path_factory):
    db = tmp_path_factory.mktemp("reference") / "ref.db"
    subprocess.run(command(folder, db), check=True, cwd=ROOT, timeout=300, capture_output=True)
    return snapshot(db)


@pytest.mark.slow
def test_reference_import_has_good_and_broken_files(reference):
    assert len(reference["documents"]) == 40
    assert len(reference["sources"]) == 41
    assert [Path(p).name for p in reference["errors"]] == ["zz_binary.txt", "zz_empty.txt"]


@pytest.mark.slow
def test_kill_9_at_random_points_then_resume_equals_an_uninterrupted_import(folder, reference, tmp_path):
    db = tmp_path / "killed.db"
    rng = random.Random(20261125)
    kills = 0
    for attempt in range(3):
        process = subprocess.Popen(
            command(folder, db),
            cwd=ROOT,
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        # Kill at a random point once the run has committed some work of its own,
        # early enough that the next attempts still have work to be killed in.
        target = stored_documents(db) + rng.randint(1, 5)
        deadline = time.monotonic() + 120
        while process.poll() is None and stored_documents(db) < target and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(rng.uniform(0, 0.1))
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            kills += 1
        process.wait(timeout=30)
        assert process.returncode in (0, -signal.SIGKILL), process.stderr.read().decode()
        snapshot(db)  # consistent at every interruption
    assert kills >= 2
    subprocess.run(command(folder, db), check=True, cwd=ROOT, timeout=300, capture_output=True)
    assert snapshot(db) == reference


def _start_and_wait_for_work(folder, db, **popen):
    process = subprocess.Popen(
        command(folder, db), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **popen
    )
    deadline = time.monotonic() + 120
    while process.poll() is None and stored_documents(db) < 4 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, "the import ended before it could be interrupted"
    return process


def _sigint_as_in_a_terminal() -> None:
    """Ctrl-C's signal at its default disposition in the import, as a terminal's
    foreground job has it: a shell starts a background job (``make test &``) with
    SIGINT ignored, and that would pass down to the import through pytest."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.slow
def test_ctrl_c_stops_cleanly_and_the_same_command_resumes(folder, reference, tmp_path):
    db = tmp_path / "interrupted.db"
    process = _start_and_wait_for_work(
        folder, db, start_new_session=True, preexec_fn=_sigint_as_in_a_terminal
    )
    os.killpg(process.pid, signal.SIGINT)  # what a terminal sends to the whole group
    process.wait(timeout=60)
    stderr = process.stderr.read().decode()
    assert process.returncode == 130, stderr
    assert "interrupted: committed work is kept" in stderr
    assert "Traceback" not in stderr  # workers leave Ctrl-C to the importing process
    snapshot(db)
    runs = sqlite3.connect(db).execute("SELECT counts FROM runs").fetchall()
    assert '"interrupted": true' in runs[0][0]
    subprocess.run(command(folder, db), check=True, cwd=ROOT, timeout=300, capture_output=True)
    assert snapshot(db) == reference


@pytest.mark.slow
def test_workers_of_a_killed_import_exit_and_the_same_command_resumes(folder, reference, tmp_path):
    psutil = pytest.importorskip("psutil")
    db = tmp_path / "orphans.db"
    process = _start_and_wait_for_work(folder, db)
    workers = psutil.Process(process.pid).children()
    assert workers
    process.kill()  # the importing process alone, as an OOM killer would
    process.wait(timeout=30)
    gone, alive = psutil.wait_procs(workers, timeout=30)
    assert not alive, "workers outlived the import"
    snapshot(db)
    subprocess.run(command(folder, db), check=True, cwd=ROOT, timeout=300, capture_output=True)
    assert snapshot(db) == reference


@pytest.mark.slow
def test_two_imports_of_one_folder_at_once(folder, reference, tmp_path):
    db = tmp_path / "twice.db"
    Store(db).close()  # create the schema once, as a first import would
    processes = [
        subprocess.Popen(command(folder, db), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    for process in processes:
        process.wait(timeout=300)
        assert process.returncode == 0, process.stderr.read().decode()
    assert snapshot(db) == reference


def test_full_disk_is_a_clear_error_and_nothing_half_written(folder, tmp_path, monkeypatch):
    from vanban.pipeline.store import core as store_module

    store = Store(tmp_path / "full.db")
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    configure = store_module.configure_connection

    # Room for a few documents only, as on a nearly full disk, for every
    # connection: the workers' (forked after this) as well as this one.
    def nearly_full(conn):
        configure(conn)
        conn.execute(f"PRAGMA max_page_count = {pages + 60}")

    monkeypatch.setattr(store_module, "configure_connection", nearly_full)
    nearly_full(store.db.conn)
    with pytest.raises(sqlite3.OperationalError, match="full"):
        ingest(store, [folder], IngestOptions(workers=1, batch_size=4))
    store.close()
    state = snapshot(tmp_path / "full.db")
    assert 0 < len(state["documents"]) < 40  # committed batches kept, the failing one not
    run = sqlite3.connect(tmp_path / "full.db").execute("SELECT counts FROM runs").fetchone()[0]
    assert '"interrupted": true' in run


@pytest.mark.slow
def test_search_answers_while_an_import_writes(folder, tmp_path):
    from vanban.pipeline.store.search import search

    db = tmp_path / "busy.db"
    process = subprocess.Popen(
        command(folder, db), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 120
        while stored_documents(db) < 4 and time.monotonic() < deadline:
            time.sleep(0.05)
        answered = 0
        while process.poll() is None and answered < 20:
            reader = Store(db, create=False)
            try:
                hits = search(reader.db, "ty so gioi tinh", limit=5)
            finally:
                reader.close()
            assert hits
            answered += 1
        assert answered >= 1, "the import ended before any search could run alongside it"
    finally:
        process.wait(timeout=300)
    assert process.returncode == 0
