"""The SQLite store: ``core`` (schema, rows, writes, reads), ``search`` (FTS5
queries and snippets), ``merge`` (one store into another)."""

from vanban.pipeline.store.core import DocumentRecord, Store, StoreError, with_rows

__all__ = ["DocumentRecord", "Store", "StoreError", "with_rows"]
