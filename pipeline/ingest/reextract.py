"""Recompute facts from stored text when extractor code or data changed.

The files are not read again: the stored (normalised) text is what facts index.
A document is redone when the extractor versions recorded with it differ from
the running ones (or always, with ``everything=True``).
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Optional

from vanban.pipeline.execute.pool import WorkerPool
from vanban.pipeline.extraction import completed_header, extract_text, extractor_versions
from vanban.pipeline.ingest.steps import failed_extractors
from vanban.pipeline.store.core import Store


def _extract(text: str, metadata: Optional[dict] = None) -> tuple[dict, dict]:
    extraction = extract_text(text)
    return completed_header(extraction.to_dict(), metadata), extraction.versions


def stale_documents(store: Store, everything: bool = False) -> list[int]:
    current = extractor_versions()
    ids = []
    for document_id, versions in store.db.execute("SELECT id, extractor_versions FROM documents ORDER BY id"):
        if everything or json.loads(versions or "{}") != current:
            ids.append(document_id)
    return ids


def reextract(
    store: Store, workers: int, everything: bool = False, on_document=None, batch_size: int = 64
) -> Counter:
    ids = stale_documents(store, everything)
    counts: Counter = Counter(stale=len(ids))

    def tasks():
        for document_id in ids:
            text, metadata = store.db.execute(
                "SELECT text, metadata FROM documents WHERE id = ?", [document_id]
            ).fetchone()
            yield document_id, (text, json.loads(metadata or "{}"))

    with WorkerPool(_extract, workers) as pool:
        store.begin()
        try:
            for n, result in enumerate(pool.run(tasks()), 1):
                if result.ok:
                    extraction, versions = result.value
                    store.replace_extraction(result.key, extraction, versions)
                    counts["reextracted"] += 1
                    # (an extractor that raised on the text, or no longer does: the
                    # document's error says so, for each path it was read from)
                    cause = failed_extractors(extraction)
                    store.set_extraction_error(result.key, cause)
                    counts["partly failed"] += cause is not None
                else:
                    counts["failed"] += 1
                if on_document:
                    on_document(result)
                if n % batch_size == 0:
                    store.commit()
                    store.begin()
            store.commit()
        except BaseException:
            store.rollback()
            raise
    return counts
