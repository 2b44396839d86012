"""The store's tables for pandas, R and spreadsheets: documents, facts,
assignments, bodies and citations of the documents a filter lets through, as
CSV, JSON Lines or Parquet, one file per table."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Iterable

from vanban.pipeline.store.core import Store
from vanban.pipeline.store.filters import DocumentFilter, document_conditions
from vanban.pipeline.store.schema import FACT_COLUMNS
from vanban.pipeline.store.spans import with_spans

FORMATS = ("csv", "jsonl", "parquet")
TABLES = ("documents", "facts", "assignments", "bodies", "citations")

_DOCUMENT_COLUMNS = (
    "id, sha256, format, doc_number, doc_type, issuer, parent_issuer, authority, issue_place, issue_date, "
    "title, signer, signer_title, recipients, n_chars, n_facts, read_confidence, variant_of, "
    "(SELECT min(path) FROM sources s WHERE s.document_id = d.id) AS source"
)


# The tables whose rows hold a fact's text, which the store does not keep
# (``spans``): the column the query selects as a placeholder for it, the column
# of the fact's document, and whether the fact's start and end, selected last,
# are there only to find the text (and not written).
_SPANS = {
    "facts": ("text", "document_id", False),
    "assignments": ("text", "document_id", True),
    "citations": ("cited_as", "citing_id", True),
}


def _queries(with_text: bool) -> dict[str, str]:
    """Each table's query over the chosen documents (the temporary ``chosen``).
    The rows with a fact's text come in document order: ``with_spans`` then
    reads each document's text once, however many facts it has."""
    fact_columns = ", ".join(f'f."{c}"' for c in FACT_COLUMNS if c not in ("kind", "value"))
    return {
        "documents": f"SELECT {_DOCUMENT_COLUMNS}{', d.text' if with_text else ''} FROM documents d "
        "WHERE d.id IN (SELECT id FROM chosen) ORDER BY d.id",
        # (a date's value is text and a percentage's a number: one type per column, as text)
        "facts": f"SELECT f.id, f.document_id, f.kind, NULL AS text, CAST(f.value AS TEXT) AS value, {fact_columns} "
        "FROM facts f WHERE f.document_id IN (SELECT id FROM chosen) ORDER BY f.document_id, f.start",
        "assignments": "SELECT l.document_id, l.fact_id, b.name AS body, l.as_written, f.role, f.task, f.deadline, "
        'f.assignment_kind, NULL AS text, f.start, f."end" FROM body_links l JOIN bodies b ON b.id = l.body_id '
        "JOIN facts f ON f.id = l.fact_id WHERE l.role = 'assignee' AND l.document_id IN (SELECT id FROM chosen) "
        "ORDER BY l.document_id, f.start",
        "bodies": "SELECT b.id, b.name, b.kind, b.level, b.aliases, count(DISTINCT l.document_id) AS documents "
        "FROM bodies b JOIN body_links l ON l.body_id = b.id WHERE l.document_id IN (SELECT id FROM chosen) "
        "GROUP BY b.id ORDER BY b.id",
        # (not the view's cited_as: SQLite would read the citing text once per citation)
        "citations": 'SELECT citing_id, fact_id, NULL AS cited_as, number, cited_date, cited_id, start, "end" '
        "FROM citation_links WHERE citing_id IN (SELECT id FROM chosen) ORDER BY citing_id, start",
    }


def export(
    store: Store,
    folder: Path,
    fmt: str = "csv",
    documents: DocumentFilter = DocumentFilter(),
    with_text: bool = False,
) -> dict[str, int]:
    """Write one file per table into ``folder``; rows written per table."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    where, args = document_conditions(store.db, documents)
    # (temporary: the store may be open read-only)
    store.db.execute("CREATE TEMP TABLE IF NOT EXISTS chosen (id INTEGER PRIMARY KEY)")
    store.db.execute("DELETE FROM temp.chosen")
    store.db.execute(
        "INSERT INTO temp.chosen SELECT d.id FROM documents d"
        + (" WHERE " + " AND ".join(where) if where else ""),
        args,
    )
    counts = {}
    for table, sql in _queries(with_text).items():
        cursor = store.db.execute(sql)
        columns = [c[0] for c in cursor.description]
        rows: Iterable[tuple] = cursor
        if table in _SPANS:
            text, document, offsets_only = _SPANS[table]
            at = columns.index
            keep = at("start") if offsets_only else None
            rows = with_spans(store.db.conn, cursor, at(text), at(document), at("start"), at("end"), keep)
            columns = columns[:keep]
        counts[table] = _write(folder / f"{table}.{fmt}", fmt, columns, rows)
    return counts


def _write(path: Path, fmt: str, columns: list[str], rows: Iterable[tuple]) -> int:
    n = 0
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        data = [list(row) for row in rows]
        types = [_arrow_type(pa, [r[i] for r in data]) for i in range(len(columns))]
        arrays = [
            pa.array(
                [None if r[i] is None else (str(r[i]) if t == pa.string() else r[i]) for r in data], type=t
            )
            for i, t in enumerate(types)
        ]
        pq.write_table(pa.Table.from_arrays(arrays, names=columns), path)
        return len(data)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        if fmt == "csv":
            writer = csv.writer(handle)
            writer.writerow(columns)
            for row in rows:
                writer.writerow(row)
                n += 1
        else:
            for row in rows:
                handle.write(json.dumps(dict(zip(columns, row)), ensure_ascii=False) + "\n")
                n += 1
    return n


def _arrow_type(pa, values: list):
    """One Arrow type per column from its values (SQLite's are per cell)."""
    kinds = {type(v) for v in values if v is not None}
    if kinds <= {int}:
        return pa.int64()
    if kinds <= {int, float}:
        return pa.float64()
    return pa.string()
