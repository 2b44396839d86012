"""The store's layout (schema 5: each value stored once) and the in-place
upgrade of a store made by the release before it (schema 4).

``fixtures/store_v4`` holds a store made by that release and what that release
answered from it (``make.py`` says how); the upgraded store must answer the
same, and a new store must hold no copy of what it already holds.
"""

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import SEED_NOTICE
from vanban.pipeline.cli.commands import cli
from vanban.pipeline.ingest import ingest
from vanban.pipeline.store.core import Store
from vanban.pipeline.store.schema import PAGE_SIZE, SCHEMA_VERSION, StoreError

FIXTURE = Path(__file__).parent / "fixtures" / "store_v4"
CORPUS = Path(__file__).resolve().parents[1] / "corpus"
ANSWERS = json.loads((FIXTURE / "answers.json").read_text("utf-8"))


@pytest.fixture
def old_store(tmp_path) -> Path:
    path = tmp_path / "old.db"
    shutil.copy(FIXTURE / "store.db", path)
    return path


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def columns(db: Path, table: str) -> list[str]:
    with sqlite3.connect(db) as connection:
        return [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]


def answers_of(db: Path) -> dict:
    """What the fixture's ``make.py`` asked the old release, asked of ``db``."""
    return {
        "searches": {
            query: json.loads(run("search", *_split(query), "--json", "--limit", "50", "--db", str(db)))
            for query in ANSWERS["searches"]
        },
        "show": {i: json.loads(run("show", i, "--json", "--text", "--db", str(db))) for i in ANSWERS["show"]},
        "facts": json.loads(run("facts", "--json", "--db", str(db))),
    }


def unranked(hits: list[dict]) -> list[dict]:
    return [{key: value for key, value in hit.items() if key != "rank"} for hit in hits]


def _split(query: str) -> list[str]:
    # (the keys are the arguments joined: an option is the last word)
    words = query.rsplit(" ", 1)
    return words if len(words) == 2 and words[1].startswith("--") else [query]


def test_a_schema_4_store_is_read_as_it_is(old_store):
    assert "search_text" in columns(old_store, "documents") and "data" in columns(old_store, "facts")
    with sqlite3.connect(old_store) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 4
    digest = hashlib.sha256(old_store.read_bytes()).hexdigest()
    # The read-only commands answer from it as its release did, and leave it be.
    assert answers_of(old_store) == {k: ANSWERS[k] for k in ("searches", "show", "facts")}
    assert hashlib.sha256(old_store.read_bytes()).hexdigest() == digest


def test_upgrade_keeps_every_answer_and_drops_the_copies(old_store):
    size_before = old_store.stat().st_size
    reader = Store(old_store, read_only=True)
    stats_before = reader.stats()  # (counted from its tables)
    reader.close()
    with sqlite3.connect(old_store) as connection:
        assert connection.execute("PRAGMA page_size").fetchone()[0] == 4096
    output = run("upgrade", "--db", str(old_store))
    assert f"schema 4 -> {SCHEMA_VERSION}" in output
    with sqlite3.connect(old_store) as connection:  # (rewritten in a new store's pages: no other connection)
        assert connection.execute("PRAGMA page_size").fetchone()[0] == PAGE_SIZE
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert "search_text" not in columns(old_store, "documents")
    assert "data" not in columns(old_store, "facts") and "text" not in columns(old_store, "facts")
    with sqlite3.connect(old_store) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        triggers = connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()
        assert not [name for (name,) in triggers if not name.startswith("count_")]  # (the FTS triggers gone)
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert old_store.stat().st_size < 0.8 * size_before
    after = answers_of(old_store)
    assert Store(old_store, read_only=True).stats() == stats_before  # (now from the counts table)
    for query, hits in ANSWERS["searches"].items():
        # The same hits in the same order; their BM25 scores move a little
        # with the lengths of the documents, which schema 11's facets (a few
        # words in a second column of the index) lengthen.
        assert unranked(after["searches"][query]) == unranked(hits), query
        for new, old in zip(after["searches"][query], hits):
            assert new["rank"] == pytest.approx(old["rank"], rel=0.01, abs=1e-4)
    assert after["show"] == ANSWERS["show"]
    assert after["facts"] == ANSWERS["facts"]
    # The contract's facts, rebuilt from the columns, are what facts.data held.
    store = Store(old_store, read_only=True)
    rebuilt = {}
    for record in store.records():
        ids = [
            r[0]
            for r in store.db.execute(
                "SELECT id FROM facts WHERE document_id = ? ORDER BY id",
                [store.document_id_for_sha(record.sha256)],
            )
        ]
        rebuilt.update({str(i): fact for i, fact in zip(ids, record.extraction["facts"])})
    assert rebuilt == ANSWERS["data"]
    assert "nothing to do" in run("upgrade", "--db", str(old_store))


def test_an_interrupted_upgrade_is_finished_by_the_next_one(old_store, monkeypatch):
    def power_cut(self):
        raise sqlite3.OperationalError("disk I/O error")

    # Stopped after the copies were dropped, before the new index was filled.
    with monkeypatch.context() as patched:
        patched.setattr(Store, "_index_all_texts", power_cut)
        with pytest.raises(StoreError, match="disk I/O error"):
            Store(old_store, create=False)
    assert "search_text" not in columns(old_store, "documents")
    with sqlite3.connect(old_store) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 4
    assert f"schema 4 -> {SCHEMA_VERSION}" in run("upgrade", "--db", str(old_store))
    answers = answers_of(old_store)
    assert {k: answers[k] for k in ("show", "facts")} == {k: ANSWERS[k] for k in ("show", "facts")}
    assert {q: unranked(h) for q, h in answers["searches"].items()} == {
        q: unranked(h) for q, h in ANSWERS["searches"].items()
    }


def test_an_import_upgrades_a_schema_4_store(old_store, tmp_path):
    folder = tmp_path / "more"
    folder.mkdir()
    shutil.copy(SEED_NOTICE, folder / "copy-of-the-notice.txt")  # stored already: a second path
    (folder / "new.txt").write_text("Thông báo về bão số 3 và đê điều.\n", "utf-8")
    run("ingest", str(folder), "--db", str(old_store))
    assert "search_text" not in columns(old_store, "documents")
    hits = json.loads(run("search", "bão số 3 đê điều", "--json", "--db", str(old_store)))
    assert [Path(h["source"]).name for h in hits] == ["new.txt"]
    assert "[đê] [điều]" in hits[0]["snippet"]
    # The documents stored before are found as before (the notice's first
    # path is now the copy, and the new document changes the ranks' scale).
    hits = json.loads(run("search", "đồng", "--json", "--limit", "50", "--db", str(old_store)))
    assert [(h["id"], h["snippet"]) for h in hits] == [
        (h["id"], h["snippet"]) for h in ANSWERS["searches"]["đồng"]
    ]


def test_merge_reads_a_schema_4_shard_without_changing_it(old_store, tmp_path):
    digest = hashlib.sha256(old_store.read_bytes()).hexdigest()
    into = tmp_path / "into.db"
    run("merge", str(old_store), "--into", str(into))
    assert hashlib.sha256(old_store.read_bytes()).hexdigest() == digest
    merged = Store(into, read_only=True)
    facts = [f for record in merged.records() for f in record.extraction["facts"]]
    assert sorted(map(json.dumps, facts)) == sorted(map(json.dumps, ANSWERS["data"].values()))


def test_a_new_store_holds_each_value_once(tmp_path, seed_folder):
    store = Store(tmp_path / "new.db")
    ingest(store, [seed_folder])
    assert "search_text" not in columns(store.path, "documents")
    assert "data" not in columns(store.path, "facts")
    fts = store.db.execute("SELECT sql FROM sqlite_master WHERE name = 'documents_fts'").fetchone()[0]
    assert 'content="documents"' in fts  # external content: no copy of the text
    assert not store.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'documents_fts_content'").fetchone()


def indexed_ids(store: Store) -> list[int]:
    """The documents the search index holds a row for."""
    return [r[0] for r in store.db.execute("SELECT id FROM documents_fts_docsize ORDER BY id")]


def test_a_replaced_or_pruned_document_leaves_the_index(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    path = folder / "a.txt"
    path.write_text("Đề án chuyển đổi số của tỉnh Quảng Trị năm 2024.\n", "utf-8")
    (folder / "b.txt").write_text("Kế hoạch phòng chống lụt bão năm 2024.\n", "utf-8")
    store = Store(tmp_path / "store.db")
    ingest(store, [folder])
    path.write_text("Thông báo lịch tiếp công dân tháng 3.\n", "utf-8")
    ingest(store, [folder])  # a.txt now another content: the first one goes
    ids = [r[0] for r in store.db.execute("SELECT id FROM documents ORDER BY id")]
    assert indexed_ids(store) == ids and len(ids) == 2
    words = "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?"
    assert not store.db.execute(words, ['"de an" "chuyen doi so"']).fetchall()
    path.unlink()
    store.close()
    run("prune", str(folder), "--db", str(store.path))
    store = Store(store.path)
    assert indexed_ids(store) == [r[0] for r in store.db.execute("SELECT id FROM documents")] != ids
    assert not store.db.execute(words, ['"tiep cong dan"']).fetchall()


def store_ratio(db: Path) -> float:
    """The store's pages over the UTF-8 bytes of the text it holds."""
    with sqlite3.connect(db) as connection:
        text = connection.execute("SELECT sum(length(CAST(text AS BLOB))) FROM documents").fetchone()[0]
        pages = connection.execute(
            "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"
        ).fetchone()[0]
    return pages / text


def test_the_bundled_corpus_store_is_small(tmp_path):
    # Measured: 5.25 at schema 4, 2.88 at schema 5, 2.87 at 8, 2.54-2.77 at 10
    # (seeds and tvpl: 77 documents; short documents, so the fixed cost of each
    # table and index weighs more than on a big archive).  It varies with the
    # machine's load: an import commits a batch every 2 s at the latest, and
    # each commit adds a segment to the full-text index until FTS5 merges them.
    db = tmp_path / "corpus.db"
    run("ingest", str(CORPUS / "seeds"), str(CORPUS / "tvpl"), "--db", str(db))
    assert store_ratio(db) < 2.85


def test_a_store_of_synthetic_notices_is_near_twice_its_text(tmp_path):
    # The measure of issue 14 (README, "Size"), on 200 notices of 14 kB:
    # measured 4.52 at schema 4, 2.24 at schema 5 (2,000 of them: 4.29 and 2.18),
    # 2.13 at schema 8 (2 kB pages), 1.99 at schema 10 (no copy of facts' texts);
    # 2.03 later, as the rules found more facts on them; 2.10 once the notices carried
    # task paragraphs (7 % more facts: tools/synthetic.py) — the bound follows the notices.
    from tools.synthetic import generate, write_corpus

    write_corpus(tmp_path / "syn", generate(200, seed=0, size="14k"))
    db = tmp_path / "syn.db"
    run("ingest", str(tmp_path / "syn" / "docs"), "--db", str(db))
    assert store_ratio(db) < 2.2


def test_stats_come_from_counts_that_every_write_keeps(tmp_path):
    """`stats` and `bodies` read the counts table; after imports, a replacement,
    a duplicate, a variant, a prune, a re-extraction and a merge it equals a
    count of the tables themselves."""
    import shutil

    from tests.conftest import CORPUS, SEED_NOTICE
    from vanban.pipeline.ingest import IngestOptions, ingest
    from vanban.pipeline.store.core import Store
    from vanban.pipeline.store.merge import merge
    from vanban.pipeline.store.upkeep import prune

    archive = tmp_path / "archive"
    archive.mkdir()
    for name in ("217_qd-2015-ubnd-an-giang.txt", "224_qd-1994-ubnd-cao-bang.txt"):
        shutil.copy(CORPUS / "tvpl" / name, archive / name)
    shutil.copy(SEED_NOTICE, archive / "notice.txt")
    shutil.copy(SEED_NOTICE, archive / "copy.txt")  # a duplicate
    (archive / "empty.txt").write_bytes(b"")  # an error
    text = (archive / "217_qd-2015-ubnd-an-giang.txt").read_text("utf-8")
    (archive / "scan.txt").write_text(text.replace("TỈNH AN GIANG", "TĨNH AN GIANG", 1), "utf-8")  # a variant
    store = Store(tmp_path / "v.db")

    def check():
        kept, bodies = store.stats(), store.bodies()
        with store.transaction():
            store.recount()
        assert store.stats() == kept and store.bodies() == bodies
        # Each body's counts, as its links give them.
        linked = {
            row[0]: list(row[1:])
            for row in store.db.execute(
                "SELECT body_id, sum(role = 'assignee'), sum(role = 'partner'), sum(role = 'issuer'), "
                "sum(role = 'recipient'), count(DISTINCT document_id) FROM body_links GROUP BY body_id"
            )
        }
        columns = ("assignments", "partnerships", "issued", "received", "documents")
        assert linked and {b["id"]: [b[c] for c in columns] for b in bodies if b["documents"]} == linked

    ingest(store, [archive], IngestOptions(workers=0))
    assert store.stats()["documents"] == 4 and store.stats()["variants"] == 1
    check()
    (archive / "notice.txt").write_text(text + "\nPhụ lục.", "utf-8")  # replaced
    (archive / "224_qd-1994-ubnd-cao-bang.txt").unlink()
    ingest(store, [archive], IngestOptions(workers=0))
    check()
    prune(store, [str(archive)])
    check()
    with store.transaction():
        store.replace_extraction(1, {"header": {}, "facts": [], "bodies": []}, {})
    check()
    other = Store(tmp_path / "other.db")
    ingest(other, [CORPUS / "seeds"], IngestOptions(workers=0))
    other.close()
    merge([tmp_path / "other.db"], store)
    check()
    assert store.stats()["facts_by_kind"] and store.stats()["errors"] == 1


# The citation view of schemas 4 to 8, which read facts.text.
_VIEW_WITH_FACT_TEXTS = """
CREATE VIEW citation_links AS
SELECT c.document_id AS citing_id, c.fact_id, f.text AS cited_as, f.number, f.date AS cited_date,
       f.issuer AS cited_issuer_as_written, f.start, f."end",
       d.id AS cited_id, d.doc_type AS cited_type, d.issuer AS cited_issuer, d.issue_date AS cited_issue_date
FROM citations c
JOIN facts f ON f.id = c.fact_id
LEFT JOIN documents d ON d.number_key = c.number_key AND d.id != c.document_id
"""


def as_schema_8(db: Path) -> None:
    """Give a store's facts their text back, as schema 8 kept it (the column
    last rather than after kind: the upgrade reads it by name)."""
    with sqlite3.connect(db) as connection:
        texts = dict(connection.execute("SELECT id, text FROM documents"))
        spans = [
            (texts[document_id][start:end], fact_id)
            for fact_id, document_id, start, end in connection.execute(
                'SELECT id, document_id, start, "end" FROM facts'
            )
        ]
        connection.execute("DROP VIEW citation_links")
        connection.execute("ALTER TABLE facts ADD COLUMN text TEXT")
        connection.executemany("UPDATE facts SET text = ? WHERE id = ?", spans)
        connection.execute(_VIEW_WITH_FACT_TEXTS)
        connection.execute("PRAGMA user_version = 8")


def fact_answers(db: Path) -> dict:
    """Every answer that shows facts' texts."""
    ids = [r[0] for r in sqlite3.connect(db).execute("SELECT id FROM documents ORDER BY id")]
    return {
        "facts": json.loads(run("facts", "--json", "--db", str(db))),
        "assignments": json.loads(run("assignments", "--json", "--db", str(db))),
        "show": [json.loads(run("show", str(i), "--json", "--db", str(db))) for i in ids],
        "cites": [json.loads(run("cites", str(i), "--json", "--db", str(db))) for i in ids],
        "view": sqlite3.connect(db)
        .execute("SELECT * FROM citation_links ORDER BY fact_id, cited_id")
        .fetchall(),
    }


@pytest.fixture
def schema_8_store(tmp_path) -> Path:
    db = tmp_path / "v8.db"
    run("ingest", str(CORPUS / "seeds"), str(CORPUS / "tvpl"), "--db", str(db), "--workers", "0")
    as_schema_8(db)
    return db


def test_upgrade_drops_the_facts_texts_and_reads_the_same(schema_8_store):
    db = schema_8_store
    assert "text" in columns(db, "facts")
    before = fact_answers(db)  # (read as it is: from facts.text and the old view)
    stats_before = Store(db, read_only=True).stats()
    with sqlite3.connect(db) as connection:
        facts_before = connection.execute("SELECT count(*) FROM facts").fetchone()[0]
        text_bytes = connection.execute("SELECT sum(length(CAST(text AS BLOB))) FROM facts").fetchone()[0]
    size_before = Store(db, read_only=True).size()
    output = run("upgrade", "--db", str(db))
    assert f"schema 8 -> {SCHEMA_VERSION}" in output
    assert "text" not in columns(db, "facts")
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM facts").fetchone()[0] == facts_before > 1000
        assert connection.execute("SELECT count(*) FROM citation_links").fetchone()[0] > 0
    assert Store(db, read_only=True).stats() == stats_before
    assert fact_answers(db) == before
    # VACUUM gave the pages back: the file lost at least the texts' bytes.
    assert Store(db, read_only=True).size() <= size_before - text_bytes


def test_upgrade_refuses_a_fact_whose_text_is_not_its_span(schema_8_store):
    db = schema_8_store
    with sqlite3.connect(db) as connection:
        fact_id = connection.execute("SELECT min(id) FROM facts WHERE kind = 'ratio'").fetchone()[0]
        connection.execute("UPDATE facts SET text = text || ' (sửa tay)' WHERE id = ?", [fact_id])
    before = fact_answers(db)
    result = CliRunner().invoke(cli, ["upgrade", "--db", str(db)])
    assert result.exit_code != 0
    assert f"fact {fact_id} holds the text" in result.output and "nothing was changed" in result.output
    with pytest.raises(StoreError, match=f"fact {fact_id} "):
        Store(db, create=False)  # (nor does an import open it)
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 8
        kept = connection.execute("SELECT text FROM facts WHERE id = ?", [fact_id]).fetchone()[0]
    assert kept.endswith(" (sửa tay)")
    assert fact_answers(db) == before


def test_a_schema_4_store_with_an_altered_fact_text_is_left_as_it_was(old_store):
    # Its facts.data holds the altered text too: the check of schema 5 lets
    # it through, the check of schema 10 refuses, and the schema-5 changes
    # made before are undone with the rest.
    with sqlite3.connect(old_store) as connection:
        fact_id = connection.execute("SELECT min(id) FROM facts WHERE kind = 'date'").fetchone()[0]
        connection.execute(
            "UPDATE facts SET text = text || ' x', data = json_set(data, '$.text', json_extract(data, '$.text') || ' x') "
            "WHERE id = ?",
            [fact_id],
        )
    with pytest.raises(StoreError, match=f"fact {fact_id} holds the text"):
        Store(old_store, create=False)
    assert "search_text" in columns(old_store, "documents")
    assert {"data", "text"} <= set(columns(old_store, "facts"))
    with sqlite3.connect(old_store) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 4
