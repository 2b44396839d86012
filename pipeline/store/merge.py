"""Merge shard stores (from imports on other machines) into one store.

Every document of every shard is saved through the same path as a fresh
import, so the same rules apply: identical content is stored once with all its
paths, a path seen with other content is replaced, variants are linked.  The
full-text index is kept by the store's triggers and optimised at the end.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Iterable

from vanban.pipeline.store.core import Store, StoreError


def merge(shards: Iterable[Path], into: Store, batch_size: int = 200) -> Counter:
    counts: Counter = Counter()
    for shard_path in shards:
        shard_path = Path(shard_path)
        if shard_path.resolve() == into.path.resolve():
            raise StoreError(f"{shard_path} is the target store itself")
        # (read only: a shard is not changed, not even upgraded; its records
        # are read alike from every schema since 4)
        shard = Store(shard_path, read_only=True)
        try:
            into.begin()
            try:
                for n, record in enumerate(shard.records(), 1):
                    counts[into.save_document(record)] += 1
                    if n % batch_size == 0:
                        into.commit()
                        into.begin()
                for error in shard.errors():
                    if into.source(error["path"]) is None:
                        into.record_error(
                            error["path"], error["stage"], error["cause"], error["sha256"], error["size"]
                        )
                        counts["errors"] += 1
                into.commit()
            except BaseException:
                into.rollback()
                raise
        finally:
            shard.close()
        counts["shards"] += 1
    into.db["documents"].optimize()
    return counts
