"""A fact's text, which the store does not keep (schema 10): it is the span
``documents.text[start:end]`` of the fact's document, read from there.

Offsets count code points, as Python's ``str`` and SQLite's ``substr`` over
TEXT do.  In SQL the span is ``fact_text_sql()``; SQLite reads the document's
whole text for every row it computes it for, so a reader of many facts of each
document slices in Python instead (``DocumentTexts``), reading each text once.
"""

from __future__ import annotations

import sqlite3
from typing import Iterable, Iterator, Optional, Sequence


def fact_text_sql(document: str = "d", fact: str = "f") -> str:
    """SQL of a fact's text, from the aliases of its document and of the fact."""
    return f'substr({document}.text, {fact}.start + 1, {fact}."end" - {fact}.start)'


class DocumentTexts:
    """The text of one document at a time, read again only when the document
    changes: rows that come grouped by document (ordered by it, or by a date
    and then it) read each document's text once."""

    def __init__(self, connection: sqlite3.Connection):
        self._connection = connection
        self._document_id: Optional[int] = None
        self._text: Optional[str] = None

    def text(self, document_id: int) -> Optional[str]:
        """The document's text (None: no such document)."""
        if document_id != self._document_id:
            row = self._connection.execute(
                "SELECT text FROM documents WHERE id = ?", [document_id]
            ).fetchone()
            self._document_id, self._text = document_id, row[0] if row else None
        return self._text

    def span(self, document_id: int, start: int, end: int) -> Optional[str]:
        """``text[start:end]`` of the document (None: no such document)."""
        text = self.text(document_id)
        return None if text is None else text[start:end]


def with_spans(
    connection: sqlite3.Connection,
    rows: Iterable[Sequence],
    text_at: int,
    document_at: int,
    start_at: int,
    end_at: int,
    keep: Optional[int] = None,
) -> Iterator[tuple]:
    """Each row (a tuple, grouped by document) with the span of its fact put at
    ``text_at`` (where the query selected a placeholder), and cut to its first
    ``keep`` values (the query may select the offsets only to find the span)."""
    texts = DocumentTexts(connection)
    for row in rows:
        row = list(row)
        row[text_at] = texts.span(row[document_at], row[start_at], row[end_at])
        yield tuple(row[:keep])
