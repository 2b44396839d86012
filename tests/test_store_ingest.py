import json
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from tests.conftest import SEED_NEWS, SEED_NOTICE
from vanban.pipeline.ingest import ingest
from vanban.pipeline.store.core import Store
from vanban.pipeline.store.schema import SCHEMA_VERSION


def counts(store):
    one = lambda sql: store.db.execute(sql).fetchone()[0]  # noqa: E731
    return {t: one(f"SELECT count(*) FROM {t}") for t in ("documents", "facts", "sources", "errors")}


@pytest.fixture
def store(tmp_path):
    store = Store(tmp_path / "out" / "vanban.db")
    yield store
    store.close()


def test_ingest_seeds_stores_documents_header_and_facts(store, seed_folder):
    summary = ingest(store, [seed_folder])
    assert summary.to_dict()["added"] == 2
    notice = store.document(str(seed_folder / SEED_NOTICE.name))
    assert notice["doc_number"] == "48/TB-UBND"
    assert notice["issue_date"] == "2017-09-28"
    assert notice["format"] == "txt" and notice["encoding"] == "utf-8"
    assert notice["sha256"] == __import__("hashlib").sha256(SEED_NOTICE.read_bytes()).hexdigest()
    facts = list(store.facts(document_id=notice["id"]))
    kinds = {f["kind"] for f in facts}
    assert {"date", "doc_ref", "percentage", "ratio"} <= kinds
    for fact in facts:  # offsets index the stored text exactly
        assert notice["text"][fact["start"] : fact["end"]] == fact["text"]
    ratio = next(f for f in facts if f["kind"] == "ratio")
    assert (ratio["numerator"], ratio["denominator"]) == (117, 100)
    assert ratio["subject"] and "giới tính khi sinh" in ratio["subject"]
    cited = [f["number"] for f in facts if f["kind"] == "doc_ref"]
    assert "11/CT-UBND" in cited


def test_reingesting_the_same_content_is_a_no_op(store, seed_folder):
    ingest(store, [seed_folder])
    before = counts(store)
    summary = ingest(store, [seed_folder])
    assert summary.to_dict()["unchanged"] == 2
    assert summary.to_dict()["added"] == 0
    assert counts(store) == before


def test_same_content_under_another_path_is_stored_once(store, seed_folder):
    shutil.copy(seed_folder / SEED_NEWS.name, seed_folder / "copy-of-news.txt")
    summary = ingest(store, [seed_folder])
    assert summary.to_dict()["duplicate"] == 1
    assert counts(store)["documents"] == 2
    assert counts(store)["sources"] == 3


def test_changed_file_replaces_its_record_and_facts(store, seed_folder):
    path = seed_folder / SEED_NEWS.name
    ingest(store, [seed_folder])
    old = store.document(str(path))
    path.write_text(path.read_text("utf-8").replace("cắt giảm 40%", "cắt giảm 45%"), "utf-8")
    summary = ingest(store, [seed_folder])
    assert summary.to_dict()["replaced"] == 1
    new = store.document(str(path))
    assert new["id"] != old["id"]
    assert store.document(str(old["id"])) is None
    assert list(store.db.query("SELECT * FROM facts WHERE document_id = ?", [old["id"]])) == []
    values = [f["value"] for f in store.facts(kind="percentage", document_id=new["id"])]
    assert 45.0 in values and 40.0 not in values
    assert counts(store)["documents"] == 2


def test_broken_files_are_recorded_and_the_run_goes_on(store, tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "program.txt").write_bytes(b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 4)
    shutil.copy(SEED_NOTICE, folder / "notice.txt")
    summary = ingest(store, [folder])
    assert summary.to_dict()["added"] == 1
    assert summary.to_dict()["failed"] == 2
    errors = {e["path"].rsplit("/", 1)[-1]: e for e in store.errors()}
    assert set(errors) == {"empty.txt", "program.txt"}
    assert "empty file" in errors["empty.txt"]["cause"]
    assert "executable" in errors["program.txt"]["cause"]
    # Fixed later: the error goes away, the document arrives.
    shutil.copy(SEED_NEWS, folder / "empty.txt")
    ingest(store, [folder])
    assert [e["path"].rsplit("/", 1)[-1] for e in store.errors()] == ["program.txt"]


def test_a_file_that_turns_unreadable_keeps_its_stored_document(store, seed_folder):
    path = seed_folder / SEED_NOTICE.name
    ingest(store, [seed_folder])
    before = counts(store)
    path.write_bytes(b"\x00\x01\x02" * 100)
    summary = ingest(store, [seed_folder])
    assert summary.to_dict()["failed"] == 1
    assert store.document(str(path))["doc_number"] == "48/TB-UBND"
    assert counts(store)["documents"] == before["documents"]
    assert counts(store)["facts"] == before["facts"]


def test_missing_path_is_recorded(store, tmp_path):
    summary = ingest(store, [tmp_path / "nope.txt"])
    assert summary.to_dict()["failed"] == 1
    assert "cannot read file" in store.errors()[0]["cause"]


def test_store_uses_wal_foreign_keys_and_records_runs(store, seed_folder):
    ingest(store, [seed_folder])
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("INSERT INTO facts (document_id, kind, start, \"end\") VALUES (999, 'date', 0, 1)")
    run = list(store.db.query("SELECT * FROM runs"))[0]
    assert json.loads(run["counts"])["added"] == 2
    assert json.loads(run["extractor_versions"])["date"]


def test_failed_write_leaves_nothing_half_written(store, seed_folder, monkeypatch):
    from vanban.pipeline.store import core as store_module

    # Fails after the document's row is written, inside its transaction.
    def broken_insert_facts(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store_module.Store, "_insert_facts", broken_insert_facts)
    with pytest.raises(sqlite3.OperationalError):
        ingest(store, [seed_folder])
    assert counts(store)["documents"] == 0
    assert counts(store)["sources"] == 0


def _content(store):
    docs = {r["sha256"]: r["n_facts"] for r in store.db.query("SELECT sha256, n_facts FROM documents")}
    paths = sorted(r["path"] for r in store.db.query("SELECT path FROM sources"))
    facts = sorted(
        store.db.execute(
            'SELECT d.sha256, f.kind, f.start, f."end", f.value, f.body FROM facts f '
            "JOIN documents d ON d.id = f.document_id"
        ).fetchall()
    )
    links = sorted(
        store.db.execute(
            "SELECT d.sha256, b.name, l.role FROM body_links l JOIN bodies b ON b.id = l.body_id "
            "JOIN documents d ON d.id = l.document_id"
        ).fetchall()
    )
    return docs, paths, facts, links


def test_merging_shards_equals_one_import(tmp_path, seed_folder):
    from vanban.pipeline.store.merge import merge

    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(SEED_NEWS, other / "same-news.txt")  # a duplicate across shards
    (other / "note.txt").write_text("Thông báo số 12/TB-UBND ngày 3/3/2024 về lịch họp.\n", "utf-8")
    (other / "broken.txt").write_bytes(b"")
    whole = Store(tmp_path / "whole.db")
    ingest(whole, [seed_folder, other])
    shards = []
    for name, folder in (("a", seed_folder), ("b", other)):
        shard = Store(tmp_path / f"{name}.db")
        ingest(shard, [folder])
        shard.close()
        shards.append(tmp_path / f"{name}.db")
    merged = Store(tmp_path / "merged.db")
    counts = merge(shards, merged)
    assert counts["duplicate"] == 1 and counts["errors"] == 1
    assert _content(merged) == _content(whole)
    assert [e["path"] for e in merged.errors()] == [str(other / "broken.txt")]
    assert [
        Path(h.source).name
        for h in __import__("vanban.pipeline.store.search", fromlist=["search"]).search(merged.db, "lich hop")
    ] == ["note.txt"]
    # merged again: every path already holds its content
    again = merge(shards, merged)
    assert again["unchanged"] == counts["added"] + counts["duplicate"], again
    assert not again["replaced"] and not again["added"]
    assert _content(merged) == _content(whole)


def test_reextract_recomputes_facts_of_stale_documents(store, seed_folder):
    from vanban.pipeline.ingest.reextract import reextract, stale_documents

    ingest(store, [seed_folder])
    before = _content(store)
    assert stale_documents(store) == []
    store.db.execute('UPDATE documents SET extractor_versions = \'{"date": "0.1"}\' WHERE id = 1')
    store.db.execute("DELETE FROM facts WHERE document_id = 1")
    store.db.conn.commit()
    assert stale_documents(store) == [1]
    counts = reextract(store, workers=1)
    assert counts["reextracted"] == 1
    assert _content(store) == before
    assert stale_documents(store) == []


def test_a_version_1_store_is_upgraded_in_place(tmp_path, seed_folder):
    path = tmp_path / "v1.db"
    store = Store(path)
    ingest(store, [seed_folder])
    # What a store made before schema 2 looks like: no index for variant lookups
    # (and, before schema 4, no number keys and no citations).
    store.db.execute("DROP INDEX idx_documents_number_key_folded")
    store.db.execute("UPDATE documents SET number_key = NULL")
    store.db.execute("DELETE FROM citations")
    store.db.execute("PRAGMA user_version = 1")
    before = counts(store)
    store.close()
    store = Store(path)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    plan = store.db.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM documents WHERE number_key = ?", ["48/tb-ubnd"]
    ).fetchall()
    assert "idx_documents_number_key_folded" in str(plan)
    assert store.document("48/tb-ubnd")["doc_number"] == "48/TB-UBND"
    refs = store.db.execute(
        "SELECT count(*) FROM facts WHERE kind = 'doc_ref' AND number IS NOT NULL"
    ).fetchone()[0]
    assert refs and store.db.execute("SELECT count(*) FROM citations").fetchone()[0] == refs
    assert counts(store) == before
    store.close()


def test_a_version_2_store_gains_the_authority_column_and_keeps_everything(tmp_path, seed_folder):
    path = tmp_path / "v2.db"
    store = Store(path)
    ingest(store, [seed_folder])
    # What a store made before schema 3 looks like: no documents.authority.
    store.db.execute("ALTER TABLE documents DROP COLUMN authority")
    store.db.execute("PRAGMA user_version = 2")
    before = counts(store)
    store.close()
    store = Store(path)
    assert "authority" in store.db["documents"].columns_dict
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert counts(store) == before
    ingest(store, [seed_folder])  # the next import runs on the upgraded store
    assert counts(store) == before
    store.close()


def test_begin_without_waiting_gives_up_while_another_writer_holds_the_lock(tmp_path):
    first, second = Store(tmp_path / "s.db"), Store(tmp_path / "s.db")
    first.begin()
    started = time.monotonic()
    assert second.begin(wait=False) is False
    assert time.monotonic() - started < 1  # did not wait for the busy timeout
    first.commit()
    assert second.begin(wait=False) is True
    second.rollback()
    # The busy timeout is back for the waiting kind of begin.
    assert second.db.execute("PRAGMA busy_timeout").fetchone()[0] == 30000


def test_filters_and_subjects_are_read_from_indexes_on_new_and_upgraded_stores(tmp_path, seed_folder):
    from vanban.pipeline.store.filters import DocumentFilter, document_conditions
    from vanban.pipeline.store.schema import PAGE_SIZE

    path = tmp_path / "v7.db"
    store = Store(path)
    ingest(store, [seed_folder])
    assert store.db.execute("PRAGMA page_size").fetchone()[0] == PAGE_SIZE

    def plans() -> str:
        where, args = document_conditions(
            store.db, DocumentFilter(doc_type="Thông báo", issuer="UBND", place="Hải", since="2017")
        )
        queries = [
            ("SELECT DISTINCT doc_type FROM documents WHERE doc_type IS NOT NULL", []),
            ("SELECT DISTINCT issuer FROM documents WHERE issuer IS NOT NULL", []),
            ("SELECT DISTINCT issue_place FROM documents WHERE issue_place IS NOT NULL", []),
            (f"SELECT d.id FROM documents d WHERE {' AND '.join(where)}", args),
            ("SELECT DISTINCT subject FROM facts WHERE subject IS NOT NULL AND kind = 'ratio'", []),
            ("SELECT id FROM facts WHERE kind = 'ratio' AND subject IN ('a', 'b')", []),
        ]
        return "\n".join(str(store.db.execute("EXPLAIN QUERY PLAN " + q, a).fetchall()) for q, a in queries)

    # The values a filter matches come from indexes alone, and the documents it
    # keeps are found through one: no query scans the documents' rows (each
    # holds a whole text) or every fact.
    assert "SCAN" not in plans()
    assert plans().count("COVERING INDEX") == 5 and "SEARCH d USING INDEX" in plans()
    # A store of schema 7 (facts indexed by kind and subject, documents by date only) gains them.
    for index in (
        "idx_documents_type_date",
        "idx_documents_issuer",
        "idx_documents_issue_place",
        "idx_facts_subject",
    ):
        store.db.execute(f"DROP INDEX {index}")
    store.db.execute("CREATE INDEX idx_facts_kind_subject ON facts(kind, subject)")
    store.db.execute("PRAGMA user_version = 7")
    before = counts(store)
    store.close()
    store = Store(path)
    assert "SCAN" not in plans() and plans().count("COVERING INDEX") == 5
    assert "idx_facts_kind_subject" not in {i.name for i in store.db["facts"].indexes}
    assert counts(store) == before
    store.close()


def test_an_extractor_that_raises_costs_the_document_only_its_own_facts(
    store, seed_folder, monkeypatch, request
):
    """One extractor's bug on one text (as assignments 3.42 raised IndexError on a ward's
    plan whose heading note wrapped onto its own line): the document is stored with its
    header, dates, numbers and figures, the failure is recorded as the file's error
    naming the extractor and the cause, and the extractor's version is recorded as not
    done, so that `vanban reextract` runs it again once it is fixed."""
    from vanban.extractors import assignments
    from vanban.pipeline.extraction import extract_text
    from vanban.pipeline.ingest import IngestOptions
    from vanban.pipeline.ingest.reextract import reextract, stale_documents
    from vanban.pipeline.nlp.language import build_nlp

    def broken(text, context):
        raise IndexError("list index out of range")

    # (the pipelines are built once per process: built again with the broken finder)
    monkeypatch.setattr(assignments, "find_assignments", broken)
    build_nlp.cache_clear()
    request.addfinalizer(build_nlp.cache_clear)  # (no later test gets the broken pipeline)
    extraction = extract_text(SEED_NOTICE.read_text("utf-8"))
    assert extraction.failures == {"assignment": "IndexError: list index out of range"}
    assert extraction.to_dict()["failures"] == extraction.failures
    kinds = {fact.kind for fact in extraction.facts}
    assert "assignment" not in kinds and {"date", "doc_ref", "percentage", "ratio"} <= kinds
    assert extraction.header.doc_number == "48/TB-UBND"
    assert extraction.versions["assignment"].endswith(" failed")

    summary = ingest(store, [seed_folder], IngestOptions(workers=0))
    assert summary.to_dict()["added"] == 2 and summary.to_dict()["failed"] == 0
    errors = {e["path"].rsplit("/", 1)[-1]: e for e in store.errors()}
    assert set(errors) == {SEED_NOTICE.name, SEED_NEWS.name}
    assert errors[SEED_NOTICE.name]["stage"] == "extract"
    assert "assignment: IndexError: list index out of range" in errors[SEED_NOTICE.name]["cause"]
    notice = store.document(str(seed_folder / SEED_NOTICE.name))
    assert notice["doc_number"] == "48/TB-UBND"
    stored = {
        k
        for (k,) in store.db.execute("SELECT DISTINCT kind FROM facts WHERE document_id = ?", [notice["id"]])
    }
    assert "assignment" not in stored and "date" in stored
    assert len(stale_documents(store)) == 2

    # Fixed: re-extraction fills in the missing facts and clears the errors.
    monkeypatch.undo()
    build_nlp.cache_clear()
    counts = reextract(store, workers=0)
    assert counts["reextracted"] == 2 and counts["partly failed"] == 0
    assert store.errors() == [] and stale_documents(store) == []
    assert (
        store.db.execute(
            "SELECT count(*) FROM facts WHERE document_id = ? AND kind = 'assignment'", [notice["id"]]
        ).fetchone()[0]
        > 0
    )


def test_a_re_extraction_leaves_a_files_own_error_alone(store, seed_folder):
    """`set_extraction_error` writes and clears only errors of the extraction (stage
    ``extract``): a file that could not be read since keeps its own error."""
    ingest(store, [seed_folder])
    notice = store.document(str(seed_folder / SEED_NOTICE.name))
    path = store.db.execute("SELECT path FROM sources WHERE document_id = ?", [notice["id"]]).fetchone()[0]
    store.set_extraction_error(
        notice["id"], "stored without its assignment facts (assignment: IndexError: x)"
    )
    assert [(e["path"], e["stage"]) for e in store.errors()] == [(path, "extract")]
    store.set_extraction_error(notice["id"], None)
    assert store.errors() == []
    store.record_error(path, "read", "cannot open the file")
    store.set_extraction_error(
        notice["id"], "stored without its assignment facts (assignment: IndexError: x)"
    )
    store.set_extraction_error(notice["id"], None)
    assert [(e["stage"], e["cause"]) for e in store.errors()] == [("read", "cannot open the file")]


def test_the_body_links_failing_cost_a_document_only_its_links(monkeypatch):
    """The registry's linking (body_links) raising on a text: the facts and the header
    stay, the links are empty and the failure is named, its version marked not done."""
    from vanban.pipeline import extraction as extraction_module

    def broken(header, facts):
        raise KeyError("Sở")

    monkeypatch.setattr(extraction_module, "body_links", broken)
    extraction = extraction_module.extract_text(SEED_NOTICE.read_text("utf-8"))
    assert extraction.failures == {"bodies": "KeyError: 'Sở'"}
    assert extraction.bodies == () and extraction.header.doc_number == "48/TB-UBND"
    assert any(fact.kind == "assignment" for fact in extraction.facts)
    assert extraction.versions["bodies"].endswith(" failed")
