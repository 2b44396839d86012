"""Schema 9 (issue 14): the store keeps no copy of a fact's text, which is the
span of its document's text from start to end; every reader gives the text
the extractors found, as when the store kept it.

What the extractors found is read from ``extract_file`` (the extraction
contract of a file, no store), and each reader is compared with it.
"""

import csv
import json
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from vanban.pipeline.cli.commands import cli
from vanban.pipeline.ingest import extract_file
from vanban.pipeline.store.core import Store
from vanban.pipeline.store.rows import fact_rows
from vanban.pipeline.web.metadata import QUERIES
from vanban.pipeline.web.plugin import prepare_connection


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def found_in(folder: Path) -> dict:
    """(file name, kind, start, end) -> text of every fact the extractors find."""
    found = {}
    for path in sorted(folder.iterdir()):
        for fact in extract_file(str(path))["facts"]:
            found[(path.name, fact["kind"], fact["start"], fact["end"])] = fact["text"]
    return found


def exported(folder: Path, fmt: str, table: str) -> list[dict]:
    path = folder / f"{table}.{fmt}"
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return pq.read_table(path).to_pylist()
    if fmt == "csv":
        with open(path, encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


@pytest.fixture
def seed_store(tmp_path, seed_folder) -> tuple[Path, dict]:
    db = tmp_path / "seeds.db"
    run("ingest", str(seed_folder), "--db", str(db), "--workers", "0")
    return db, found_in(seed_folder)


def test_facts_keep_no_text_and_every_reader_gives_the_text_found(seed_store, tmp_path):
    db, found = seed_store
    with sqlite3.connect(db) as connection:
        assert "text" not in [row[1] for row in connection.execute("PRAGMA table_info(facts)")]
    kinds = Counter(kind for _, kind, _, _ in found)
    assert set(kinds) == {"date", "doc_ref", "percentage", "ratio", "assignment"}, kinds

    facts = json.loads(run("facts", "--json", "--db", str(db)))
    assert {(Path(f["source"]).name, f["kind"], f["start"], f["end"]): f["text"] for f in facts} == found
    assert len(facts) == len(found)
    text_of = {f["id"]: f["text"] for f in facts}  # (checked against the extractors just above)
    # The text sits where it sat among a fact's fields (the JSON's key order).
    assert list(facts[0])[5:9] == ["issuer", "kind", "text", "start"]

    for document_id in sorted({f["document_id"] for f in facts}):
        shown = json.loads(run("show", str(document_id), "--json", "--db", str(db)))
        assert shown["facts"] and all(f["text"] == text_of[f["id"]] for f in shown["facts"])
        table = run("show", str(document_id), "--db", str(db))
        ratio = next(f for f in shown["facts"] if f["kind"] in ("ratio", "percentage"))
        assert ratio["text"] in table

    # Each assignment listed is an assignment fact's text, and each of those
    # with an assignee is listed.
    assigned = json.loads(run("assignments", "--json", "--db", str(db)))
    assignment_texts = {text for (_, kind, _, _), text in found.items() if kind == "assignment"}
    assert assigned and {a["text"] for a in assigned} <= assignment_texts
    assert "start" not in assigned[0] and list(assigned[0])[-1] == "text"
    # The table, which does not show the text, is listed without reading it.
    store = Store(db, read_only=True)
    assert store.assignments(with_text=False) == [
        {k: v for k, v in row.items() if k != "text"} for row in store.assignments()
    ]
    store.close()

    with sqlite3.connect(db) as connection:
        prepare_connection(connection)
        links = connection.execute("SELECT fact_id, cited_as FROM citation_links").fetchall()
        numbers = {n for (n,) in connection.execute("SELECT number FROM facts WHERE number IS NOT NULL")}
        canned = [
            row
            for number in numbers
            for row in connection.execute(QUERIES["cites"]["sql"], {"number": number}).fetchall()
        ]
        ratios = connection.execute(QUERIES["sex_ratio_at_birth"]["sql"]).fetchall()
    assert links and all(cited_as == text_of[fact_id] for fact_id, cited_as in links)
    assert canned and {row[-1] for row in canned} <= {text_of[fact_id] for fact_id, _ in links}
    assert ratios and {row[3] for row in ratios} <= set(text_of.values())

    citing = {f["document_id"] for f in facts if f["kind"] == "doc_ref"}
    for document_id in citing:
        cited = json.loads(run("cites", str(document_id), "--json", "--db", str(db)))
        written = {" ".join(f["text"].split()) for f in facts if f["kind"] == "doc_ref"}
        assert cited and {c["cited_as"] for c in cited} <= written

    points = json.loads(run("series", "giới tính khi sinh", "--json", "--db", str(db)))
    assert points and {p["text"] for p in points} <= {" ".join(t.split()) for t in text_of.values()}

    for fmt in ("csv", "jsonl", "parquet"):
        out = tmp_path / fmt
        run("export", str(out), "--format", fmt, "--db", str(db))
        rows = exported(out, fmt, "facts")
        assert len(rows) == len(facts)
        assert {int(r["id"]): r["text"] for r in rows} == text_of, fmt
        assert list(rows[0])[:5] == ["id", "document_id", "kind", "text", "value"]
        assignment_rows = exported(out, fmt, "assignments")
        assert assignment_rows and all(r["text"] == text_of[int(r["fact_id"])] for r in assignment_rows), fmt
        assert "start" not in assignment_rows[0]
        cited = exported(out, fmt, "citations")
        assert cited and all(r["cited_as"] == text_of[int(r["fact_id"])] for r in cited), fmt
        assert list(cited[0]) == ["citing_id", "fact_id", "cited_as", "number", "cited_date", "cited_id"]


def test_merge_and_reextraction_rebuild_the_texts(seed_store, tmp_path):
    db, found = seed_store
    # A merge saves what the shard's records hold: their facts' texts read back.
    into = tmp_path / "into.db"
    run("merge", str(db), "--into", str(into))
    records = list(Store(into, read_only=True).records())
    assert {
        (Path(r.path).name, f["kind"], f["start"], f["end"]): f["text"]
        for r in records
        for f in r.extraction["facts"]
    } == found
    run("reextract", "--all", "--db", str(into))
    facts = json.loads(run("facts", "--json", "--db", str(into)))
    assert {(Path(f["source"]).name, f["kind"], f["start"], f["end"]): f["text"] for f in facts} == found


def test_a_fact_whose_text_is_not_its_span_is_not_stored():
    extraction = {"facts": [{"kind": "date", "text": "ngày 5/3", "start": 0, "end": 8}]}
    assert fact_rows(extraction, "ngày 5/3 năm 2024")[0][:3] == ["date", 0, 8]
    with pytest.raises(ValueError, match="fact 0 \\(date\\) has the text 'ngày 5/3'"):
        fact_rows(extraction, "Ngày 5/3 năm 2024")
