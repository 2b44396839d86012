"""The SQLite store: ``core`` (schema, rows, writes, reads), ``search`` (FTS5
queries and snippets), ``merge`` (one store into another)."""

from vanban.pipeline.store.core import Store
from vanban.pipeline.store.rows import DocumentRecord, with_rows
from vanban.pipeline.store.schema import StoreError

__all__ = ["DocumentRecord", "Store", "StoreError", "with_rows"]
