"""The store's schema: tables, indexes, the FTS5 index, and how every
connection is set up."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone

# Columns added since a store could first be made: (table, column, type), added
# in place to an older store when it is opened for writing (`vanban upgrade` too).
UPGRADES = (
    ("documents", "authority", "TEXT"),
    ("documents", "inferred", "TEXT"),
    ("body_links", "title", "TEXT"),
    ("documents", "number_key", "TEXT"),
    ("bodies", "lookup_keys", "TEXT"),
    ("documents", "facets", "TEXT"),
)

# 2: index for variant lookups; 3: documents.authority, .inferred, body_links.title (UPGRADES);
# 4: documents.number_key and the citations table (filled from the stored facts on upgrade);
# 5: each value stored once (no documents.search_text, no facts.data; an FTS5 index
#    over the folded text without a copy of it), no index that no query uses
# 6: the counts table that `stats` reads, kept by triggers (filled on upgrade);
# 7: facts indexed by (kind, subject) instead of kind alone
# 8: documents indexed by the columns the filters read (type with date, issuer, place);
#    facts by (kind, subject) only where they have a subject
# 9: how often each body is named, by role and in how many documents, kept in counts;
#    bodies.lookup_keys (what a typed name is matched against)
# 10: no facts.text: a fact's text is its document's text from start to end (spans.py)
# 11: documents.facets, the values the filters select on, indexed in a second
#     column of the search index (filters.document_facets; the index is rebuilt)
SCHEMA_VERSION = 11

SCHEMA = """
-- What `vanban stats` reports, kept up to date by the triggers below so that
-- it reads a few rows instead of counting millions (name -> count).
CREATE TABLE IF NOT EXISTS counts (
    name TEXT PRIMARY KEY,
    n INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    format TEXT NOT NULL,
    encoding TEXT,
    reader TEXT NOT NULL,
    reader_version TEXT NOT NULL,
    read_confidence REAL,
    doc_number TEXT,
    number_key TEXT,              -- doc_number folded: no spaces, case and accents (48/tb-ubnd)
    doc_type TEXT,
    issuer TEXT,
    parent_issuer TEXT,
    issuer_inferred INTEGER,      -- 1: not printed, certain from the text
    authority TEXT,               -- who acts for the issuer (Chủ tịch UBND tỉnh …)
    inferred TEXT,                -- JSON list: header fields not read from the header itself
    issue_place TEXT,
    issue_date TEXT,
    title TEXT,
    signer TEXT,
    signer_title TEXT,
    recipients TEXT,              -- JSON list
    n_chars INTEGER NOT NULL,
    n_facts INTEGER NOT NULL,
    normalization TEXT,           -- JSON: kind of edit -> count
    metadata TEXT,                -- JSON: what the reader knows (pages, title, OCR confidence)
    variant_of INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    extractor_versions TEXT,      -- JSON: component -> version
    ingested_at TEXT NOT NULL,
    facets TEXT,                  -- the words the search index's facets column holds (filters.py)
    text TEXT NOT NULL            -- normalised text; fact offsets index it
);
CREATE INDEX IF NOT EXISTS idx_documents_issue_date ON documents(issue_date);
-- The filters (filters.document_conditions) read the distinct types, issuers
-- and places, then the ids of the documents they keep: from these indexes
-- alone, never from the rows, each of which holds a whole text.
CREATE INDEX IF NOT EXISTS idx_documents_type_date ON documents(doc_type, issue_date);
CREATE INDEX IF NOT EXISTS idx_documents_issuer ON documents(issuer);
CREATE INDEX IF NOT EXISTS idx_documents_issue_place ON documents(issue_place);
CREATE INDEX IF NOT EXISTS idx_documents_variant_of ON documents(variant_of);
-- (Numbers are looked up by documents.number_key since schema 4.)
DROP INDEX IF EXISTS idx_documents_number_key;

CREATE INDEX IF NOT EXISTS idx_documents_number_key_folded ON documents(number_key);

-- Full-text search over documents.text folded (fold_for_index), external content:
-- the index keeps no copy of the text; highlight() reads documents.text.  No
-- triggers: the folded rows are written by the store (Store.index_text) and
-- removed with the 'delete' command, which needs the values that were indexed.
-- Its second column holds the document's facets (documents.facets: a word per
-- type, issuer, place and year of issue) that a filtered search ANDs with its words.
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
    text, facets, content="documents", content_rowid="id", tokenize='unicode61 remove_diacritics 2'
);

CREATE TABLE IF NOT EXISTS sources (
    path TEXT PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime REAL,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS idx_sources_document_id ON sources(document_id);

CREATE TABLE IF NOT EXISTS facts (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    -- (No text since schema 10: the fact's text is documents.text from start
    -- to end, in code points: substr(d.text, f.start + 1, f."end" - f.start).)
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    sentence INTEGER,
    value,                        -- date ISO text, percentage REAL
    number TEXT,
    doc_type TEXT,
    date TEXT,
    issuer TEXT,
    percentage_point INTEGER,
    numerator REAL,
    denominator REAL,
    numerator_unit TEXT,
    denominator_unit TEXT,
    ratio_kind TEXT,
    subject TEXT,
    body TEXT,
    canonical_body TEXT,
    partners TEXT,                -- JSON list
    task TEXT,
    deadline TEXT,
    role TEXT,
    assignment_kind TEXT,
    note TEXT
    -- (The version of the extractor of a fact's kind is in documents.extractor_versions.)
);
CREATE INDEX IF NOT EXISTS idx_facts_document_id ON facts(document_id);
-- The facts that have a subject (percentages and ratios) by kind and subject:
-- the subjects a filter matches are read from the index alone (`facts
-- --subject`, `series`).  Partial: the dates, references and assignments,
-- nine facts in ten, have none (an index of every fact by kind took 4% of
-- the store, and no query looks facts up by kind alone).
CREATE INDEX IF NOT EXISTS idx_facts_subject ON facts(kind, subject) WHERE subject IS NOT NULL;
DROP INDEX IF EXISTS idx_facts_kind_subject;
DROP INDEX IF EXISTS idx_facts_kind;
-- Schema 5 keeps the indexes that a query or a foreign key uses: no query
-- looks facts up by number (citations.number_key does, since schema 4) or by
-- value, nor documents by doc_number (number_key).
DROP INDEX IF EXISTS idx_facts_number;
DROP INDEX IF EXISTS idx_facts_kind_value;
DROP INDEX IF EXISTS idx_documents_doc_number;

-- Each reference to a numbered document, by the number's folded key
-- (filters.number_key: no spaces, case and accents folded), which resolves it
-- to the stored documents of that number (documents.number_key).
CREATE TABLE IF NOT EXISTS citations (
    fact_id INTEGER PRIMARY KEY REFERENCES facts(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number_key TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS idx_citations_number_key ON citations(number_key);
CREATE INDEX IF NOT EXISTS idx_citations_document ON citations(document_id);

-- A citation with the stored documents it names (none: not in the archive;
-- several: a number that other issuers or years share); never the citing
-- document itself.  cited_as is the reference as written, read from the citing
-- document's text (a subquery: SQLite reads the text only where it is asked for).
CREATE VIEW IF NOT EXISTS citation_links AS
SELECT c.document_id AS citing_id, c.fact_id,
       (SELECT substr(t.text, f.start + 1, f."end" - f.start) FROM documents t WHERE t.id = c.document_id)
           AS cited_as,
       f.number, f.date AS cited_date,
       f.issuer AS cited_issuer_as_written, f.start, f."end",
       d.id AS cited_id, d.doc_type AS cited_type, d.issuer AS cited_issuer, d.issue_date AS cited_issue_date
FROM citations c
JOIN facts f ON f.id = c.fact_id
LEFT JOIN documents d ON d.number_key = c.number_key AND d.id != c.document_id;

CREATE TABLE IF NOT EXISTS bodies (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,    -- canonical registry name
    name_key TEXT NOT NULL,       -- folded for lookup (no diacritics, đ -> d, lower case)
    kind TEXT,                    -- UBND, HĐND, Sở, Phòng, Trung tâm, Hội, ...
    level TEXT,                   -- tỉnh, huyện, xã
    aliases TEXT NOT NULL,        -- JSON list of the spellings seen
    lookup_keys TEXT              -- JSON list: the name's and aliases' lookup keys (bodies.lookup)
);
CREATE INDEX IF NOT EXISTS idx_bodies_name_key ON bodies(name_key);

CREATE TABLE IF NOT EXISTS body_links (
    id INTEGER PRIMARY KEY,
    body_id INTEGER NOT NULL REFERENCES bodies(id),
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    fact_id INTEGER REFERENCES facts(id) ON DELETE CASCADE,
    role TEXT NOT NULL,           -- assignee, partner, issuer, parent_issuer, recipient
    as_written TEXT NOT NULL,
    title TEXT                    -- the office title it was named with (Giám đốc, Chánh Văn phòng)
);
CREATE INDEX IF NOT EXISTS idx_body_links_body ON body_links(body_id, role);
CREATE INDEX IF NOT EXISTS idx_body_links_document ON body_links(document_id);
CREATE INDEX IF NOT EXISTS idx_body_links_fact ON body_links(fact_id);

CREATE TABLE IF NOT EXISTS errors (
    path TEXT PRIMARY KEY,
    stage TEXT NOT NULL,
    cause TEXT NOT NULL,
    sha256 TEXT,
    size INTEGER,
    run_id INTEGER REFERENCES runs(id),
    at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    command TEXT NOT NULL,
    arguments TEXT,               -- JSON
    counts TEXT,                  -- JSON
    tool_version TEXT NOT NULL,
    extractor_versions TEXT       -- JSON
);

"""

# What each row of a counted table adds to `counts` (what `vanban stats` and
# `vanban bodies` read): (name, amount) as SQL over the row, written ``{row}``.
# The schema's triggers add them for a row inserted and take them away for a
# row deleted, and `Store.recount` sums them over the tables (a store made
# before the triggers).  A group of rows that counts once (the documents a body
# is named in, whatever its links there) is counted by the row that has no
# other of its group ``{other}`` it: in a trigger any other (the first row
# inserted, the last deleted), over a table the rows before it (one per group).
ONE_PER_DOCUMENT_AND_BODY = (
    "NOT EXISTS (SELECT 1 FROM body_links o WHERE o.document_id = {row}.document_id "
    "AND o.body_id = {row}.body_id AND o.id {other} {row}.id)"
)
COUNTED = {
    "documents": (
        ("'documents'", "1"),
        ("'characters'", "{row}.n_chars"),
        ("'format:' || {row}.format", "1"),
        ("'variants'", "{row}.variant_of IS NOT NULL"),
    ),
    "facts": (("'facts'", "1"), ("'facts:' || {row}.kind", "1")),
    "sources": (("'sources'", "1"),),
    "bodies": (("'bodies'", "1"),),
    "errors": (("'errors'", "1"),),
    "runs": (("'runs'", "1"),),
    "body_links": (
        ("'body:' || {row}.body_id || ':' || {row}.role", "1"),
        ("'body:' || {row}.body_id || ':documents'", ONE_PER_DOCUMENT_AND_BODY),
    ),
}
_ADD = "INSERT INTO counts VALUES ({name}, {amount}) ON CONFLICT(name) DO UPDATE SET n = n + excluded.n;"


def counted_query(table: str, name: str, amount: str) -> str:
    """SQL of the (name, total) rows that ``table`` adds to the counts."""
    return (
        f"SELECT name, sum(amount) FROM (SELECT {name.format(row='t')} AS name, "
        f"{amount.format(row='t', other='<')} AS amount FROM {table} t) GROUP BY name"
    )


def _count_triggers() -> str:
    triggers = []
    for table, counted in COUNTED.items():
        for event, row, sign in (("INSERT", "NEW", ""), ("DELETE", "OLD", "-")):
            adds = [
                _ADD.format(name=n.format(row=row), amount=f"{sign}({a.format(row=row, other='!=')})")
                for n, a in counted
            ]
            triggers.append(
                f"CREATE TRIGGER IF NOT EXISTS count_{table}_{event.lower()} AFTER {event} ON {table} BEGIN\n    "
                + "\n    ".join(adds)
                + "\nEND;"
            )
    # A variant link is set, or cleared when its original goes (ON DELETE SET NULL).
    triggers.append(
        "CREATE TRIGGER IF NOT EXISTS count_documents_variant AFTER UPDATE OF variant_of ON documents BEGIN\n    "
        + _ADD.format(name="'variants'", amount="(NEW.variant_of IS NOT NULL) - (OLD.variant_of IS NOT NULL)")
        + "\nEND;"
    )
    return "\n".join(triggers) + "\n"


SCHEMA += _count_triggers()

# Header fields stored as JSON lists.
JSON_HEADER_COLUMNS = ("recipients", "inferred")
HEADER_COLUMNS = (
    "doc_number doc_type issuer parent_issuer issuer_inferred authority issue_place issue_date title "
    "signer signer_title recipients inferred"
).split()

# A fact's fields as the extraction contract has them (``Fact.to_dict``), and
# the columns the store keeps of them: all but the text, which is the span of
# the document's text from start to end (``spans``).
FACT_FIELDS = (
    "kind text start end sentence value number doc_type date issuer percentage_point "
    "numerator denominator numerator_unit denominator_unit ratio_kind subject body "
    "canonical_body partners task deadline role assignment_kind note"
).split()
FACT_COLUMNS = [field for field in FACT_FIELDS if field != "text"]
INSERT_FACT = "INSERT INTO facts ({}) VALUES ({})".format(
    ", ".join(f'"{c}"' for c in [*FACT_COLUMNS, "document_id"]),
    ", ".join("?" * (len(FACT_COLUMNS) + 1)),
)
FACT_DOCUMENT_ID = len(FACT_COLUMNS)


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# The page size of a new store.  A document's text (14 kB for a typical notice)
# fills a chain of overflow pages whose last is half empty on average: 2 kB pages
# waste half as much as SQLite's default 4 kB, and more pages than that cost
# more in page headers than they save (measured on one store of 40,000 notices
# rewritten by VACUUM: 1.18 GB at 2 kB, 1.21 GB at 1 kB, and 1.23 GB at 4 kB with
# its full-text index merged first; 1.28 GB at 4 kB as imported).
PAGE_SIZE = 2048

BUSY_TIMEOUT_MS = 30000  # how long a writer waits for another to commit


def configure_connection(conn: sqlite3.Connection) -> None:
    """Settings of every connection to a store (each import worker opens its own)."""
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


class StoreError(Exception):
    """The store itself cannot be used (read-only, disk full, not a database)."""
