"""A document as the store keeps it: the record built where it is extracted,
and the rows it is written as (built outside the write lock)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Optional

from vanban.extractors.text.folding import fold_for_index, fold_key
from vanban.pipeline.store.filters import document_facets, number_key
from vanban.pipeline.store.schema import FACT_COLUMNS, JSON_HEADER_COLUMNS

_POINT, _PARTNERS = FACT_COLUMNS.index("percentage_point"), FACT_COLUMNS.index("partners")
# One encoder, built once: json.dumps builds a new one per call when given options.
_to_json = json.JSONEncoder(ensure_ascii=False).encode


@dataclass(frozen=True)
class DocumentRecord:
    """Everything needed to store one document: produced by the ingest step."""

    path: str
    sha256: str
    size: int
    mtime: Optional[float]
    format: str
    encoding: Optional[str]
    reader: str
    reader_version: str
    read_confidence: Optional[float]
    text: str
    normalization: dict
    extraction: dict  # the contract: {"header": {...}, "facts": [...]}
    extractor_versions: dict
    metadata: dict = field(default_factory=dict)
    # The rows to write, when built beforehand (``with_rows``): an import
    # builds them before it takes the write lock, which then covers only SQL.
    rows: Optional["DocumentRows"] = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class DocumentRows:
    """A record as the store writes it."""

    document: dict  # documents columns, all but variant_of and ingested_at
    facts: list  # values of INSERT_FACT, document_id (at FACT_DOCUMENT_ID) left None
    links: list  # (name, name_key, kind, level, as_written, role, fact_index)
    search_text: str  # the text as the search index takes it (``Store.index_text``)


def document_rows(record: DocumentRecord) -> DocumentRows:
    """What ``save_document`` writes for ``record``; needs no database."""
    extraction, versions = record.extraction, record.extractor_versions
    document = {
        "sha256": record.sha256,
        "size": record.size,
        "format": record.format,
        "encoding": record.encoding,
        "reader": record.reader,
        "reader_version": record.reader_version,
        "read_confidence": record.read_confidence,
        **extraction_columns(extraction, versions),
        "n_chars": len(record.text),
        "normalization": json.dumps(record.normalization, ensure_ascii=False),
        "metadata": json.dumps(record.metadata, ensure_ascii=False, default=str),
        "text": record.text,
    }
    return DocumentRows(
        document, fact_rows(extraction, record.text), link_rows(extraction), fold_for_index(record.text)
    )


def with_rows(record: DocumentRecord) -> DocumentRecord:
    return replace(record, rows=document_rows(record))


def extraction_columns(extraction: dict, versions: dict) -> dict:
    header = extraction["header"]
    return {
        **{key: value for key, value in header.items() if key not in JSON_HEADER_COLUMNS},
        **{key: json.dumps(header.get(key) or [], ensure_ascii=False) for key in JSON_HEADER_COLUMNS},
        "number_key": number_key(header["doc_number"]) if header.get("doc_number") else None,
        "facets": document_facets(header),
        "n_facts": len(extraction["facts"]),
        "extractor_versions": json.dumps(versions),
    }


def fact_rows(extraction: dict, text: str) -> list[list]:
    """The facts' rows: their columns, without their text, which the store reads
    from the document's ``text`` by their offsets (the contract says it is that
    span; a fact that says otherwise would change when read back, and is refused)."""
    rows = []
    for index, fact in enumerate(extraction["facts"]):
        if fact["text"] != text[fact["start"] : fact["end"]]:
            raise ValueError(
                f"fact {index} ({fact['kind']}) has the text {fact['text']!r}, not the span "
                f"{fact['start']}:{fact['end']} of its document ({text[fact['start'] : fact['end']]!r})"
            )
        row = [fact.get(column) for column in FACT_COLUMNS]
        if isinstance(row[_POINT], bool):
            row[_POINT] = int(row[_POINT])
        if row[_PARTNERS] is not None:
            row[_PARTNERS] = _to_json(row[_PARTNERS])
        row.append(None)  # document_id
        rows.append(row)
    return rows


def link_rows(extraction: dict) -> list[tuple]:
    return [
        (
            link["name"],
            fold_key(link["name"]),
            link.get("kind"),
            link.get("level"),
            link["as_written"],
            link["role"],
            link.get("fact_index"),
            link.get("title"),
        )
        for link in extraction.get("bodies", ())
    ]
