"""The SQLite store (sqlite-utils): schema, atomic writes, reads.

The store knows the value objects' plain dicts (the extraction contract), not
how they were extracted.  One document is written in one transaction: its row,
its facts and its source path appear together or not at all.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import urllib.parse
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from vanban.extractors.facts import fact_from_columns
from vanban.extractors.text.folding import fold_for_index, fold_key, text_matches
from vanban.pipeline.store.database import sqlite_utils
from vanban.pipeline.store.filters import (
    FACET_HEADER_COLUMNS,
    DocumentFilter,
    among_documents,
    body_lookup_keys,
    document_facets,
    matching_body_ids,
    matching_values,
    number_key,
)
from vanban.pipeline.store.paths import canonical_path, filesystem_path, stored_path
from vanban.pipeline.store.rows import (
    DocumentRecord,
    document_rows,
    extraction_columns,
    fact_rows,
    link_rows,
)
from vanban.pipeline.store.schema import (
    BUSY_TIMEOUT_MS,
    COUNTED,
    FACT_COLUMNS,
    FACT_DOCUMENT_ID,
    FACT_FIELDS,
    HEADER_COLUMNS,
    INSERT_FACT,
    JSON_HEADER_COLUMNS,
    PAGE_SIZE,
    SCHEMA,
    SCHEMA_VERSION,
    UPGRADES,
    StoreError,
    configure_connection,
    counted_query,
    now,
)
from vanban.pipeline.store.spans import DocumentTexts


def _read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that cannot write.  A WAL store is read through its
    ``-shm`` file, which SQLite creates beside the store; where it cannot (a
    read-only folder or medium, and no ``-shm`` left there) the store is opened
    as immutable, which is true of it: nobody can write to it there either."""
    uri = "file:" + urllib.parse.quote(str(path.resolve())) + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
    if Path(f"{path}-wal").exists():
        # Immutable would read the store without the writes still in its WAL.
        raise StoreError(
            f"cannot read store {path}: it holds writes not yet moved out of {path}-wal, "
            "and its folder is read-only; open it once where it can be written"
        )
    return sqlite3.connect(uri + "&immutable=1", uri=True)


def _like_escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class Store:
    def __init__(self, path: str | Path, create: bool = True, read_only: bool = False):
        """Open the store at ``path``: made if ``create``; with ``read_only``
        nothing can be written through it, and a store on read-only media or in
        a folder the user may not write to can still be read."""
        self.path = Path(path)
        if (not create or read_only) and not self.path.exists():
            raise StoreError(f"no store at {self.path}: run `vanban ingest` first")
        try:
            if read_only:
                self.db = sqlite_utils.Database(_read_only_connection(self.path))
                create = False
            else:
                if create:
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                self.db = sqlite_utils.Database(self.path)
            configure_connection(self.db.conn)
            if create:
                self._refuse_foreign()
                self._ensure_schema()
            elif "documents" not in self.db.table_names():
                raise StoreError(f"{self.path} is not a vanban store (no documents table)")
            elif not read_only:
                # Whatever writes to an older store writes the current schema's rows.
                self._ensure_schema()
        except (sqlite3.DatabaseError, OSError) as exc:
            raise StoreError(f"cannot use store {self.path}: {exc}") from exc

    @classmethod
    def over(cls, connection: sqlite3.Connection, path: Optional[Path] = None) -> "Store":
        """A store read through a connection opened elsewhere (Datasette's read
        connection): no file is opened and the schema is left as it is."""
        store = cls.__new__(cls)
        store.path = path
        store.db = sqlite_utils.Database(connection)
        return store

    def _refuse_foreign(self) -> None:
        """Another application's database is not turned into a store: its tables
        would get ours beside them and its journal mode would change to WAL."""
        tables = set(self.db.table_names())
        if tables and not {"documents", "sources", "errors"} <= tables:
            shown = ", ".join(sorted(tables)[:5]) + (", …" if len(tables) > 5 else "")
            raise StoreError(
                f"{self.path} is an SQLite database with other tables ({shown}) and not a vanban "
                "store: nothing was changed; give --db a new file or an existing vanban store"
            )

    def _ensure_schema(self) -> None:
        if not self.db.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            # A new store (the page size is fixed once the first table is made).
            self.db.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        if self.db.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            self.db.enable_wal()
        if (
            "documents" in self.db.table_names()
            and self.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        ):
            return
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if "documents" in self.db.table_names():
            # An older store, changed in one transaction up to the schema
            # script: a check that refuses (a value that would be lost) leaves
            # it as it was.
            with self.transaction():
                # The columns it lacks, before the script's indexes use them.
                for table, column, kind in UPGRADES:
                    if column not in self.db[table].columns_dict:
                        self.db.execute(f'ALTER TABLE "{table}" ADD COLUMN "{column}" {kind}')
                if 0 < version < 5:
                    self._store_each_value_once()
                if 0 < version < 10:
                    self._drop_fact_texts()
                if 0 < version < 11:
                    # (made again by the schema script, with its facets column)
                    self.db.execute("DROP TABLE IF EXISTS documents_fts")
        self.db.conn.executescript("BEGIN;" + SCHEMA + "COMMIT;")
        if 0 < version < 4 and "documents" in self.db.table_names():
            # Schema 4: the number keys and citations of what the store holds.
            with self.transaction():
                self.db.conn.executemany(
                    "UPDATE documents SET number_key = ? WHERE id = ?",
                    [
                        (number_key(number), doc_id)
                        for doc_id, number in self.db.execute(
                            "SELECT id, doc_number FROM documents WHERE doc_number IS NOT NULL"
                        )
                    ],
                )
                self._index_citations()
        if 0 < version < 11 and "documents" in self.db.table_names():
            with self.transaction():
                self._index_all_texts()
        if 0 < version < 9 and "documents" in self.db.table_names():
            # 6: the counts; 9: the bodies' counts, and their lookup keys.
            with self.transaction():
                self.recount()
                self.db.conn.executemany(
                    "UPDATE bodies SET lookup_keys = ? WHERE id = ?",
                    [
                        (body_lookup_keys([name, *json.loads(aliases)]), body_id)
                        for body_id, name, aliases in self.db.execute("SELECT id, name, aliases FROM bodies")
                    ],
                )
        self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        if 0 < version < 10:
            self._compact()

    def _compact(self) -> None:
        """Give the pages freed by an upgrade's dropped copies back to the file
        system (they would otherwise only be reused by later imports), in the
        page size of a new store.  A store in WAL mode changes its page size
        only out of it, which needs the store to itself: with another
        connection open it keeps its page size.  VACUUM's writes are moved out
        of the WAL at once rather than when the last connection closes."""
        # (each statement read to its end: one left open would lock VACUUM out)
        pragma = lambda statement: self.db.conn.execute(statement).fetchall()  # noqa: E731
        if pragma("PRAGMA page_size")[0][0] != PAGE_SIZE:
            pragma("PRAGMA busy_timeout = 0")  # (another connection: keep the page size, at once)
            try:
                pragma("PRAGMA wal_checkpoint(TRUNCATE)")
                if pragma("PRAGMA journal_mode = DELETE")[0][0] == "delete":
                    pragma(f"PRAGMA page_size = {PAGE_SIZE}")
            except sqlite3.OperationalError:
                pass  # (locked: the store is not ours alone)
            finally:
                pragma(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        pragma("VACUUM")
        pragma("PRAGMA journal_mode = WAL")
        with contextlib.suppress(sqlite3.OperationalError):  # (a reader holds the WAL: emptied later)
            pragma("PRAGMA wal_checkpoint(TRUNCATE)")

    def _store_each_value_once(self) -> None:
        """Schema 5 on an older store: drop what is stored twice, after checking
        for every fact that nothing goes with it: facts.data (the contract's
        dict, rebuilt from the columns), facts.extractor (the kind) and
        .extractor_version (in documents.extractor_versions), and
        documents.search_text with the FTS index that copied it (the new index
        is built by ``_index_all_texts`` once the schema script made it)."""

        def refuse(fact_id: int, what: str) -> None:
            raise StoreError(
                f"cannot upgrade store {self.path}: fact {fact_id} holds {what}; nothing was changed"
            )

        with self.transaction():
            stored = self.db["facts"].columns_dict
            if "data" in stored:
                # (the text too, which facts.data holds: schema 10 drops it after)
                kept = [c for c in FACT_FIELDS if c in stored]
                columns = ", ".join(f'"{c}"' for c in kept)
                for row in self.db.execute(f"SELECT id, data, {columns} FROM facts"):
                    if json.loads(row[1]) != fact_from_columns(dict(zip(kept, row[2:]))):
                        refuse(row[0], "more in facts.data than in its columns")
            if "extractor_version" in stored:
                other = self.db.execute(
                    "SELECT f.id FROM facts f JOIN documents d ON d.id = f.document_id "
                    "WHERE f.extractor IS NOT f.kind OR f.extractor_version IS NOT "
                    "coalesce(json_extract(d.extractor_versions, '$.' || f.kind), '0') LIMIT 1"
                ).fetchone()
                if other:
                    refuse(other[0], "an extractor or version other than its document's")
            for column in ("data", "extractor", "extractor_version"):
                if column in stored:
                    self.db.execute(f'ALTER TABLE facts DROP COLUMN "{column}"')
            fts = self.db["documents"].detect_fts()
            if fts:
                # (sqlite-utils' triggers copied both columns into the index)
                for name in ("documents_ai", "documents_ad", "documents_au"):
                    self.db.execute(f'DROP TRIGGER IF EXISTS "{name}"')
                self.db.execute(f'DROP TABLE "{fts}"')
            if "search_text" in self.db["documents"].columns_dict:
                self.db.execute("ALTER TABLE documents DROP COLUMN search_text")

    def _drop_fact_texts(self) -> None:
        """Schema 10 on an older store: drop facts.text, after checking for every
        fact that it is the span of its document's text that its offsets give
        (what the store reads in its place from now on)."""
        if "text" not in self.db["facts"].columns_dict:
            return
        texts = DocumentTexts(self.db.conn)
        # (in document order: each document's text is read once)
        for fact_id, document_id, start, end, text in self.db.conn.execute(
            'SELECT id, document_id, start, "end", text FROM facts ORDER BY document_id, id'
        ):
            if texts.span(document_id, start, end) != text:
                raise StoreError(
                    f"cannot upgrade store {self.path}: fact {fact_id} holds the text {text!r}, "
                    f"not the span {start}:{end} of document {document_id}'s text that would "
                    "replace it; nothing was changed"
                )
        # The view reads facts.text (SQLite refuses to drop a column a view
        # uses); the schema script makes it again, reading the span.
        self.db.execute("DROP VIEW IF EXISTS citation_links")
        self.db.execute("ALTER TABLE facts DROP COLUMN text")

    def _index_all_texts(self) -> None:
        """Schema 11 on an older store: every document's facets, and the
        search index made again with them (its new column)."""
        header_columns = ", ".join(FACET_HEADER_COLUMNS)
        self.db.conn.executemany(
            "UPDATE documents SET facets = ? WHERE id = ?",
            [
                (document_facets(dict(zip(FACET_HEADER_COLUMNS, row[1:]))), row[0])
                for row in self.db.execute(f"SELECT id, {header_columns} FROM documents")
            ],
        )
        self.db.execute("INSERT INTO documents_fts(documents_fts) VALUES ('delete-all')")
        # (one text at a time: the index is written while the documents are read)
        for document_id, text, facets in self.db.conn.execute("SELECT id, text, facets FROM documents"):
            self.index_text(document_id, fold_for_index(text), facets)

    def index_text(self, document_id: int, folded: str, facets: Optional[str]) -> None:
        """Put a document's folded text and its facets in the search index.
        ``fold_for_index`` changes letters into letters only, one character for
        one, so its tokens are the original's, at the same positions:
        highlight(), which reads documents.text, marks the original words that
        the folded ones matched."""
        self.db.conn.execute(
            "INSERT INTO documents_fts(rowid, text, facets) VALUES (?, ?, ?)", [document_id, folded, facets]
        )

    def unindex_text(self, document_id: int) -> None:
        """Take a document out of the search index (before its row is deleted,
        or its facets change): FTS5 removes the tokens of the values given,
        which are refolded here."""
        row = self.db.conn.execute(
            "SELECT text, facets FROM documents WHERE id = ?", [document_id]
        ).fetchone()
        if row is not None:
            self.db.conn.execute(
                "INSERT INTO documents_fts(documents_fts, rowid, text, facets) VALUES ('delete', ?, ?, ?)",
                [document_id, fold_for_index(row[0]), row[1]],
            )

    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def size(self) -> int:
        """Bytes the store's pages take (its file, once the WAL is checkpointed)."""
        return self.db.execute(
            "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"
        ).fetchone()[0]

    def close(self) -> None:
        self.db.close()

    # -- transactions ---------------------------------------------------------
    # Writers take the write lock at BEGIN (IMMEDIATE): two imports into one
    # store then queue up instead of failing on a lock upgrade.  Everything a
    # method below writes joins the open transaction as a savepoint.

    @contextlib.contextmanager
    def transaction(self):
        """One write: joins the open transaction (as a savepoint) or makes its own."""
        if self.db.conn.in_transaction:
            with self.db.atomic():
                yield
            return
        self.begin()
        try:
            yield
        except BaseException:
            self.rollback()
            raise
        else:
            self.commit()

    def begin(self, wait: bool = True) -> bool:
        """Take the write lock.  With ``wait=False``, give up at once (``False``)
        when another connection holds it."""
        if self.db.conn.in_transaction:
            return True
        if wait:
            self.db.conn.execute("BEGIN IMMEDIATE")
            return True
        self.db.conn.execute("PRAGMA busy_timeout = 0")
        try:
            self.db.conn.execute("BEGIN IMMEDIATE")
            return True
        except sqlite3.OperationalError as exc:
            # sqlite_errorname is Python 3.11's; before, only the message says it.
            name = getattr(exc, "sqlite_errorname", None)
            if name not in ("SQLITE_BUSY", "SQLITE_LOCKED") and (
                name or "database is locked" not in str(exc)
            ):
                raise
            return False
        finally:
            self.db.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def commit(self) -> None:
        self.db.commit()

    def rollback(self) -> None:
        self.db.rollback()

    # -- writing -------------------------------------------------------------

    def source(self, path: str) -> Optional[dict]:
        rows = list(self.db.query("SELECT * FROM sources WHERE path = ?", [path]))
        return rows[0] if rows else None

    def document_id_for_sha(self, sha256: str) -> Optional[int]:
        row = self.db.execute("SELECT id FROM documents WHERE sha256 = ?", [sha256]).fetchone()
        return row[0] if row else None

    def touch_source(self, path: str) -> None:
        with self.transaction():
            self.db.execute("UPDATE sources SET last_seen = ? WHERE path = ?", [now(), path])

    def add_path(self, path: str, sha256: str, size: int, mtime: Optional[float]) -> str:
        """Point ``path`` at the already stored document with this content."""
        document_id = self.document_id_for_sha(sha256)
        if document_id is None:
            raise ValueError(f"no stored document has content {sha256}")
        with self.transaction():
            outcome = self._link_source(path, document_id, sha256, size, mtime)
            self.db.execute("DELETE FROM errors WHERE path = ?", [path])
        return outcome

    def save_document(self, record: DocumentRecord) -> str:
        """Store a newly read document: ``added``, ``replaced`` or ``duplicate``
        (the same content arrived meanwhile under another path or from another
        import)."""
        if self.document_id_for_sha(record.sha256) is not None:
            outcome = self.add_path(record.path, record.sha256, record.size, record.mtime)
            return "duplicate" if outcome == "added" else outcome  # or replaced, unchanged
        rows = record.rows or document_rows(record)
        row = {
            **rows.document,
            "variant_of": self._variant_of(record.extraction["header"]),
            "ingested_at": now(),
        }
        with self.transaction():
            # Plain SQL: sqlite-utils' insert() reads the schema on every call.
            document_id = self.db.conn.execute(
                "INSERT INTO documents ({}) VALUES ({})".format(
                    ", ".join(f'"{c}"' for c in row), ", ".join("?" * len(row))
                ),
                list(row.values()),
            ).lastrowid
            self.index_text(document_id, rows.search_text, row["facets"])
            self._insert_facts(document_id, rows.facts, rows.links)
            outcome = self._link_source(record.path, document_id, record.sha256, record.size, record.mtime)
            self.db.execute("DELETE FROM errors WHERE path = ?", [record.path])
        return outcome

    def replace_extraction(self, document_id: int, extraction: dict, versions: dict) -> None:
        """New header, facts and body links for a stored document (re-extraction)."""
        with self.transaction():
            self.db.execute("DELETE FROM body_links WHERE document_id = ?", [document_id])
            self.db.execute("DELETE FROM facts WHERE document_id = ?", [document_id])
            columns = extraction_columns(extraction, versions)
            text, facets = self.db.execute(
                "SELECT text, facets FROM documents WHERE id = ?", [document_id]
            ).fetchone()
            changed = columns["facets"] != facets
            if changed:
                # (the index's facets are taken out with the values they were put in with)
                self.unindex_text(document_id)
            self.db["documents"].update(document_id, columns)
            if changed:
                self.index_text(document_id, fold_for_index(text), columns["facets"])
            self._insert_facts(document_id, fact_rows(extraction, text), link_rows(extraction))

    def _insert_facts(self, document_id: int, facts: list[list], links: list[tuple]) -> None:
        # executemany with one prepared statement: writing, under the store's
        # one write lock, is the part of an import that does not run in parallel.
        if facts:
            for row in facts:
                row[FACT_DOCUMENT_ID] = document_id
            self.db.conn.executemany(INSERT_FACT, facts)
            self._index_citations(document_id)
        self._link_bodies(document_id, links)

    def _index_citations(self, document_id: Optional[int] = None) -> None:
        """The citations of one document's references (of every document when None)."""
        where, args = ("AND document_id = ?", [document_id]) if document_id is not None else ("", [])
        rows = self.db.execute(
            f"SELECT id, document_id, number FROM facts WHERE kind = 'doc_ref' AND number IS NOT NULL {where}",
            args,
        ).fetchall()
        self.db.conn.executemany(
            "INSERT OR REPLACE INTO citations (fact_id, document_id, number_key) VALUES (?, ?, ?)",
            [(fact_id, doc_id, number_key(number)) for fact_id, doc_id, number in rows],
        )

    def records(self, document_ids: Optional[Iterable[int]] = None) -> Iterator[DocumentRecord]:
        """Stored documents as the records they were saved from, one per path
        (for ``vanban merge``): the store round-trips its own input."""
        ids = (
            list(document_ids)
            if document_ids is not None
            else [r[0] for r in self.db.execute("SELECT id FROM documents ORDER BY id")]
        )
        header_fields = [f for f in HEADER_COLUMNS if f not in JSON_HEADER_COLUMNS]
        start, end = 1 + FACT_COLUMNS.index("start"), 1 + FACT_COLUMNS.index("end")
        for document_id in ids:
            doc = next(self.db.query("SELECT * FROM documents WHERE id = ?", [document_id]))
            header = {f: doc[f] for f in header_fields}
            header["issuer_inferred"] = bool(header["issuer_inferred"])
            for column in JSON_HEADER_COLUMNS:
                header[column] = json.loads(doc[column] or "[]")
            rows = self.db.execute(
                "SELECT id, {} FROM facts WHERE document_id = ? ORDER BY id".format(
                    ", ".join(f'"{c}"' for c in FACT_COLUMNS)
                ),
                [document_id],
            ).fetchall()
            facts = [
                fact_from_columns(
                    {**dict(zip(FACT_COLUMNS, row[1:])), "text": doc["text"][row[start] : row[end]]}
                )
                for row in rows
            ]
            fact_index = {row[0]: i for i, row in enumerate(rows)}
            bodies = [
                {
                    "name": r["name"],
                    "kind": r["kind"],
                    "level": r["level"],
                    "as_written": r["as_written"],
                    "role": r["role"],
                    "fact_index": fact_index.get(r["fact_id"]),
                }
                for r in self.db.query(
                    "SELECT b.name, b.kind, b.level, l.as_written, l.role, l.fact_id "
                    "FROM body_links l JOIN bodies b ON b.id = l.body_id "
                    "WHERE l.document_id = ? ORDER BY l.id",
                    [document_id],
                )
            ]
            for source in self.db.query(
                "SELECT * FROM sources WHERE document_id = ? ORDER BY path", [document_id]
            ):
                yield DocumentRecord(
                    path=source["path"],
                    sha256=doc["sha256"],
                    size=doc["size"],
                    mtime=source["mtime"],
                    format=doc["format"],
                    encoding=doc["encoding"],
                    reader=doc["reader"],
                    reader_version=doc["reader_version"],
                    read_confidence=doc["read_confidence"],
                    text=doc["text"],
                    normalization=json.loads(doc["normalization"] or "{}"),
                    extraction={"header": header, "facts": facts, "bodies": bodies},
                    extractor_versions=json.loads(doc["extractor_versions"] or "{}"),
                    metadata=json.loads(doc["metadata"] or "{}"),
                )

    def _link_bodies(self, document_id: int, links: list[tuple]) -> None:
        if not links:
            return
        fact_ids = [
            row[0]
            for row in self.db.conn.execute(
                "SELECT id FROM facts WHERE document_id = ? ORDER BY id", [document_id]
            )
        ]
        self.db.conn.executemany(
            "INSERT INTO body_links (body_id, document_id, fact_id, role, as_written, title) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    self._body_id(name, key, kind, level, as_written),
                    document_id,
                    fact_ids[index] if index is not None else None,
                    role,
                    as_written,
                    title,
                )
                for name, key, kind, level, as_written, role, index, title in links
            ],
        )

    def _body_id(
        self, name: str, key: str, kind: Optional[str], level: Optional[str], as_written: str
    ) -> int:
        row = self.db.conn.execute("SELECT id, aliases FROM bodies WHERE name = ?", [name]).fetchone()
        if row is None:
            aliases = sorted({name, as_written})
            return self.db.conn.execute(
                "INSERT INTO bodies (name, name_key, kind, level, aliases, lookup_keys) VALUES (?, ?, ?, ?, ?, ?)",
                [name, key, kind, level, json.dumps(aliases, ensure_ascii=False), body_lookup_keys(aliases)],
            ).lastrowid
        aliases = json.loads(row[1])
        if as_written not in aliases:
            aliases = sorted({*aliases, as_written})
            self.db.conn.execute(
                "UPDATE bodies SET aliases = ?, lookup_keys = ? WHERE id = ?",
                [json.dumps(aliases, ensure_ascii=False), body_lookup_keys([name, *aliases]), row[0]],
            )
        return row[0]

    def _variant_of(self, header: dict) -> Optional[int]:
        """The stored document this one is another copy of (a scan and a Word file
        of one notice): same number, and the same issuer and year of issue, or
        the same date of issue where one copy names no issuer.  Issuers are compared folded, because OCR
        misreads accents (``TĨNH`` for ``TỈNH``) and old and new tone
        placement differ (``Uỷ``/``Ủy``)."""
        number, issuer, date = header.get("doc_number"), header.get("issuer"), header.get("issue_date")
        if not (number and (issuer or date)):
            return None
        issuer_key = fold_key(issuer) if issuer else None
        for other_id, other_issuer, other_date in self.db.execute(
            "SELECT id, issuer, issue_date FROM documents WHERE number_key = ? ORDER BY id",
            [number_key(number)],
        ):
            both_known = issuer_key is not None and bool(other_issuer)
            same_issuer = both_known and fold_key(other_issuer) == issuer_key
            if same_issuer and date and other_date and other_date[:4] == date[:4]:
                return other_id
            # One copy's issuer unread (a damaged scan): the number and the full date.
            if not both_known and date and len(date) == 10 and other_date == date:
                return other_id
        return None

    def _link_source(
        self, path: str, document_id: int, sha256: str, size: int, mtime: Optional[float]
    ) -> str:
        old = self.source(path)
        stamp = now()
        self.db.execute(
            "INSERT INTO sources (path, document_id, sha256, size, mtime, first_seen, last_seen) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(path) DO UPDATE SET "
            "document_id = excluded.document_id, sha256 = excluded.sha256, size = excluded.size, "
            "mtime = excluded.mtime, last_seen = excluded.last_seen",
            [path, document_id, sha256, size, mtime, stamp, stamp],
        )
        if old is None:
            return "added"
        if old["document_id"] != document_id:
            self.drop_if_orphan(old["document_id"])
            return "replaced"
        return "unchanged"  # (a shard merged again: the path already holds this content)

    def drop_if_orphan(self, document_id: int) -> bool:
        """Remove the document if no path holds it any more (within the open
        transaction); whether it was removed."""
        still_used = self.db.execute(
            "SELECT 1 FROM sources WHERE document_id = ? LIMIT 1", [document_id]
        ).fetchone()
        if still_used:
            return False
        self.db.execute("DELETE FROM body_links WHERE document_id = ?", [document_id])
        self.db.execute("DELETE FROM facts WHERE document_id = ?", [document_id])
        self.unindex_text(document_id)
        self.db.execute("DELETE FROM documents WHERE id = ?", [document_id])
        return True

    def record_error(
        self,
        path: str,
        stage: str,
        cause: str,
        sha256: Optional[str] = None,
        size: Optional[int] = None,
        run_id: Optional[int] = None,
    ) -> None:
        with self.transaction():
            self.db["errors"].upsert(
                {
                    "path": stored_path(path),
                    "stage": stage,
                    "cause": cause,
                    "sha256": sha256,
                    "size": size,
                    "run_id": run_id,
                    "at": now(),
                },
                pk="path",
            )

    def set_extraction_error(
        self, document_id: int, cause: Optional[str], run_id: Optional[int] = None
    ) -> None:
        """The error of every path of a stored document whose extraction was redone:
        ``cause`` when an extractor raised on its text (stage ``extract``), else none
        left from an earlier extraction.  An error of another stage (a file that
        could not be read since) stays."""
        with self.transaction():
            paths = [
                row[0]
                for row in self.db.execute("SELECT path FROM sources WHERE document_id = ?", [document_id])
            ]
            for path in paths:
                other = self.db.execute(
                    "SELECT 1 FROM errors WHERE path = ? AND stage != 'extract'", [path]
                ).fetchone()
                if other is not None:
                    continue  # (the file's own failure since says more than its stored text's)
                if cause is None:
                    self.db.execute("DELETE FROM errors WHERE path = ? AND stage = 'extract'", [path])
                else:
                    self.record_error(path, "extract", cause, run_id=run_id)

    def start_run(self, command: str, arguments: dict, tool_version: str, versions: dict) -> int:
        with self.transaction():
            return (
                self.db["runs"]
                .insert(
                    {
                        "started_at": now(),
                        "command": command,
                        "arguments": json.dumps(arguments, ensure_ascii=False),
                        "tool_version": tool_version,
                        "extractor_versions": json.dumps(versions),
                    }
                )
                .last_pk
            )

    def finish_run(self, run_id: int, counts: dict) -> None:
        with self.transaction():
            self.db["runs"].update(run_id, {"finished_at": now(), "counts": json.dumps(counts)})

    # -- reading -------------------------------------------------------------

    def document(self, ref: str | int) -> Optional[dict]:
        """A document by id, by source path, by SHA-256 prefix or by its number
        (the first stored, when several share it: see ``documents``)."""
        matches = self.documents(ref)
        return matches[0] if matches else None

    def documents(self, ref: str | int) -> list[dict]:
        """Every document ``ref`` names, by the first way that names any: id,
        source path, SHA-256 prefix, number (a number is shared by the
        variants of one notice and by other issuers' documents)."""
        ref = str(ref)
        by_path = "SELECT d.* FROM documents d JOIN sources s ON s.document_id = d.id WHERE s.path = ?"
        queries = [
            ("SELECT * FROM documents WHERE id = ?", ref) if ref.isdigit() else None,
            (by_path, ref),
            # (paths are stored canonical: a path typed relative, or through a linked folder)
            (by_path, stored_path(canonical_path(filesystem_path(ref)))),
            ("SELECT * FROM documents WHERE sha256 LIKE ? || '%' ESCAPE '\\'", _like_escaped(ref))
            if len(ref) >= 8
            else None,
            # a number however typed (48/tb-ubnd, 2637/QD-UBND, 48 /TB-UBND)
            ("SELECT * FROM documents WHERE number_key = ?", number_key(ref)),
        ]
        for query in filter(None, queries):
            rows = list(self.db.query(query[0] + " ORDER BY id", [query[1]]))
            if rows:
                return rows
        return []

    def paths(self, document_id: int) -> list[str]:
        return [
            r["path"]
            for r in self.db.query(
                "SELECT path FROM sources WHERE document_id = ? ORDER BY path", [document_id]
            )
        ]

    def facts(
        self,
        kind: Optional[str] = None,
        document_id: Optional[int] = None,
        subject: Optional[str] = None,
        limit: Optional[int] = None,
        documents: DocumentFilter = DocumentFilter(),
        min_value: Optional[float] = None,
        max_value: Optional[float] = None,
        unit: Optional[str] = None,
        sort: str = "document",
    ) -> Iterable[dict]:
        """Facts with their document's source, number and date.  ``subject`` and
        ``unit`` match as text filters do (``filters``); ``min_value`` and
        ``max_value`` bound a percentage's value and a ratio per 100 of its
        denominator (112 for ``112 bé trai/100 bé gái``); ``sort`` is
        ``document`` (stored order) or ``date`` (date of issue)."""
        where, params = among_documents(self.db, documents, "f.document_id")
        if kind:
            where.append("f.kind = ?")
            params.append(kind)
        if document_id is not None:
            where.append("f.document_id = ?")
            params.append(document_id)
        if subject:
            if kind:  # (the subjects of one kind are read from the index on kind, subject)
                values = matching_values(self.db, "facts", "subject", subject, "kind = ?", [kind])
            else:
                subjects = self.db.execute("SELECT DISTINCT subject FROM facts WHERE subject IS NOT NULL")
                values = [v for (v,) in subjects if text_matches(subject, v)]
            where.append(f"f.subject IN ({', '.join('?' * len(values))})" if values else "0")
            params += values
        if unit:
            units = [
                v
                for (v,) in self.db.execute(
                    "SELECT numerator_unit FROM facts WHERE numerator_unit IS NOT NULL "
                    "UNION SELECT denominator_unit FROM facts WHERE denominator_unit IS NOT NULL"
                )
                if text_matches(unit, v)
            ]
            marks = ", ".join("?" * len(units))
            where.append(
                f"(f.numerator_unit IN ({marks}) OR f.denominator_unit IN ({marks}))" if units else "0"
            )
            params += units + units
        measure = "coalesce(f.value, f.numerator * 100.0 / nullif(f.denominator, 0))"
        if min_value is not None:
            where.append(f"typeof(f.value) != 'text' AND {measure} >= ?")
            params.append(min_value)
        if max_value is not None:
            where.append(f"typeof(f.value) != 'text' AND {measure} <= ?")
            params.append(max_value)
        sql = (
            "SELECT f.id, f.document_id, "
            "(SELECT min(path) FROM sources s WHERE s.document_id = f.document_id) AS source, "
            "d.doc_number, d.issue_date, d.issuer, "
            # (the text in its place among the fields, filled in below)
            + ", ".join("NULL AS text" if c == "text" else f'f."{c}"' for c in FACT_FIELDS)
            + " FROM facts f JOIN documents d ON d.id = f.document_id"
        )
        if where:
            sql += " WHERE " + " AND ".join(where)
        order = "d.issue_date IS NULL, d.issue_date, " if sort == "date" else ""
        sql += f" ORDER BY {order}f.document_id, f.start, f.id"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return self._with_texts(self.db.query(sql, params))

    def _with_texts(self, rows: Iterable[dict]) -> Iterator[dict]:
        """Rows of facts, grouped by document, with each fact's text: the span
        of its document's text, read once per document (not once per fact, as
        SQL's substr would)."""
        texts = DocumentTexts(self.db.conn)
        for row in rows:
            row["text"] = texts.span(row["document_id"], row["start"], row["end"])
            yield row

    def bodies(self, kind: Optional[str] = None, name: Optional[str] = None) -> list[dict]:
        """Bodies with how often each is tasked, partnered, issues and receives;
        ``name`` matches a name or alias however typed (``filters``)."""
        where, params = [], []
        if kind:
            where.append("b.kind = ?")
            params.append(kind)
        if name:
            ids = matching_body_ids(self.db, name)
            where.append(f"b.id IN ({', '.join('?' * len(ids))})" if ids else "0")
            params += ids
        # From the counts the triggers keep (schema 9): a few rows per body
        # rather than every link of every body; a store older than that, read
        # as it is, is counted from its links.
        if self.schema_version() >= 9:
            counted = "counts"
        else:
            counted = (
                "(" + " UNION ALL ".join(counted_query("body_links", *c) for c in COUNTED["body_links"]) + ")"
            )
        sql = (
            f"WITH body_counts(name, n) AS (SELECT * FROM {counted}) "
            "SELECT b.id, b.name, b.kind, b.level, b.aliases, "
            + ", ".join(
                f"coalesce((SELECT n FROM body_counts WHERE name = 'body:' || b.id || ':{role}'), 0) AS {column}"
                for role, column in (
                    ("assignee", "assignments"),
                    ("partner", "partnerships"),
                    ("issuer", "issued"),
                    ("recipient", "received"),
                    ("documents", "documents"),
                )
            )
            + " FROM bodies b "
            + ("WHERE " + " AND ".join(where) + " " if where else "")
            + "ORDER BY documents DESC, b.name"
        )
        rows = list(self.db.query(sql, params))
        for row in rows:
            row["aliases"] = json.loads(row["aliases"])
        return rows

    def assignments(
        self,
        body: Optional[str] = None,
        documents: DocumentFilter = DocumentFilter(),
        limit: Optional[int] = None,
        with_text: bool = True,
    ) -> list[dict]:
        """What was assigned to a body (matched by name or alias however typed,
        abbreviations both ways), across documents, by date of issue; each
        assignment's text unless ``with_text`` is false (a listing that does not
        show it: reading it reads each document's whole text)."""
        where, params = among_documents(self.db, documents, "l.document_id")
        where.append("l.role = 'assignee'")
        if body:
            ids = matching_body_ids(self.db, body)
            where.append(f"l.body_id IN ({', '.join('?' * len(ids))})" if ids else "0")
            params += ids
        sql = (
            "SELECT d.id AS document_id, "
            "(SELECT min(path) FROM sources s WHERE s.document_id = d.id) AS source, "
            "d.doc_number, d.issue_date, d.issuer, b.name AS body, l.as_written, f.role, f.task, "
            'f.deadline, f.assignment_kind, NULL AS text, f.start, f."end" '
            "FROM body_links l JOIN bodies b ON b.id = l.body_id "
            "JOIN facts f ON f.id = l.fact_id JOIN documents d ON d.id = l.document_id "
            "WHERE " + " AND ".join(where) + " ORDER BY d.issue_date IS NULL, d.issue_date, d.id, f.start"
        )
        if limit:
            sql += f" LIMIT {int(limit)}"
        rows = self.db.query(sql, params)
        rows = list(self._with_texts(rows) if with_text else rows)
        for row in rows:  # (read to find the text; not part of the listing)
            del row["start"], row["end"]
            if not with_text:
                del row["text"]
        return rows

    def errors(self) -> list[dict]:
        return list(self.db.query("SELECT * FROM errors ORDER BY at, path"))

    def recount(self) -> None:
        """The counts table from the tables themselves (a store made before the
        triggers kept it; or to check them)."""
        self.db.execute("DELETE FROM counts")
        for table, counted in COUNTED.items():
            for name, amount in counted:
                self.db.execute("INSERT INTO counts " + counted_query(table, name, amount))

    def stats(self) -> dict[str, Any]:
        """What the store holds, from the counts the triggers keep (a few rows
        read however large the store; a store opened read-only before its
        upgrade is counted from its tables)."""
        if "counts" in self.db.table_names():
            # (not the bodies' counts, a few per body: a range of the key skips them)
            counts = dict(
                self.db.execute(
                    "SELECT name, n FROM counts WHERE n != 0 AND (name < 'body:' OR name >= 'body;')"
                ).fetchall()
            )
        else:  # (an older store read as it is: counted from its tables)
            counts = {}
            for table, counted in COUNTED.items():
                for name, amount in counted:
                    counts.update(self.db.execute(counted_query(table, name, amount)).fetchall())
        by = lambda prefix: {k[len(prefix) :]: n for k, n in sorted(counts.items()) if k.startswith(prefix)}  # noqa: E731
        return {
            "store": str(self.path),
            "documents": counts.get("documents", 0),
            "sources": counts.get("sources", 0),
            "characters": counts.get("characters", 0),
            "facts": counts.get("facts", 0),
            "facts_by_kind": by("facts:"),
            "documents_by_format": by("format:"),
            "variants": counts.get("variants", 0),
            "bodies": counts.get("bodies", 0),
            "errors": counts.get("errors", 0),
            "runs": counts.get("runs", 0),
        }
