"""Keeping the store true to the archive: one canonical path per file, and the
files that are gone.

Stores made before paths were canonical hold them as they were typed
(``corpus/seeds/a.txt``).  ``canonicalize_paths`` rewrites each such path that
names, from the current folder, the very file it was stored from (same size
and modification time), so that the next import finds it ``unchanged``
instead of storing every file a second time; a path it cannot place stays as
it is until an import from the right folder.

``vanished`` lists the stored files under some folders that no longer exist;
``prune`` removes them: their paths, their recorded errors, and each document
left with no path (its facts and index entries with it).  Nothing is removed
silently: both return the paths concerned.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Iterable, Optional

from vanban.pipeline.store.core import Store
from vanban.pipeline.store.paths import canonical_path, filesystem_path, stored_path
from vanban.pipeline.store.schema import StoreError


def canonicalize_paths(store: Store) -> int:
    """Rewrite the relative paths of ``sources`` and ``errors`` that name an
    existing file from the current folder; the number of rows rewritten."""
    rewritten = 0
    with store.transaction():
        rows = store.db.execute(
            "SELECT path, document_id, size, mtime FROM sources WHERE path NOT LIKE '/%'"
        ).fetchall()
        for path, document_id, size, mtime in rows:
            real = filesystem_path(path)
            try:
                info = os.stat(real)
            except OSError:
                continue  # not here: perhaps imported from another folder
            if info.st_size != size or (mtime is not None and info.st_mtime != mtime):
                continue  # another file of that name: not provably the one stored
            canonical = stored_path(canonical_path(real))
            if store.source(canonical) is None:
                store.db.execute("UPDATE sources SET path = ? WHERE path = ?", [canonical, path])
            else:  # stored twice (relative and absolute): keep one
                store.db.execute("DELETE FROM sources WHERE path = ?", [path])
                store.drop_if_orphan(document_id)
            rewritten += 1
        for (path,) in store.db.execute("SELECT path FROM errors WHERE path NOT LIKE '/%'").fetchall():
            real = filesystem_path(path)
            if not os.path.lexists(real):
                continue
            canonical = stored_path(canonical_path(real))
            if store.db.execute("SELECT 1 FROM errors WHERE path = ?", [canonical]).fetchone():
                store.db.execute("DELETE FROM errors WHERE path = ?", [path])
            else:
                store.db.execute("UPDATE errors SET path = ? WHERE path = ?", [canonical, path])
            rewritten += 1
    return rewritten


def _under(folders: Optional[Iterable[str]]) -> tuple[str, list]:
    """SQL condition and arguments: paths under the canonical ``folders``
    (every path when None)."""
    if folders is None:
        return "1", []
    roots = [stored_path(canonical_path(f)) for f in folders]
    if not roots:
        return "0", []
    clause = " OR ".join(["path = ? OR substr(path, 1, ?) = ?"] * len(roots))
    args: list = []
    for root in roots:
        prefix = root.rstrip("/") + "/"
        args += [root, len(prefix), prefix]
    return f"({clause})", args


def vanished(store: Store, folders: Optional[Iterable[str]] = None) -> list[str]:
    """Stored paths (of documents, and of recorded errors) under ``folders``
    whose file no longer exists, sorted."""
    condition, args = _under(folders)
    gone = set()
    for table in ("sources", "errors"):
        for (path,) in store.db.execute(f"SELECT path FROM {table} WHERE {condition}", args):
            if path.startswith("/") and not os.path.lexists(filesystem_path(path)):
                gone.add(path)
    return sorted(gone)


@dataclass
class PruneResult:
    paths: list[str] = field(default_factory=list)  # stored paths whose file is gone
    documents: int = 0  # documents removed with their last path


def prune(store: Store, folders: Optional[Iterable[str]] = None, dry_run: bool = False) -> PruneResult:
    """Remove what the store holds of files that are gone under ``folders``
    (everywhere when None).  Refuses when a folder named does not exist, or,
    with no folder named, when no stored file exists any more: an archive that
    is not mounted looks exactly like one whose files were all deleted."""
    if folders is not None:
        folders = list(folders)
        missing = [f for f in folders if not os.path.isdir(f)]
        if missing:
            raise StoreError(f"{missing[0]} is not a folder here: nothing pruned (is the archive mounted?)")
    result = PruneResult(vanished(store, folders))
    if folders is None and result.paths:
        total = store.db.execute("SELECT count(*) FROM sources WHERE path LIKE '/%'").fetchone()[0]
        if total and len(set(result.paths)) >= total:
            raise StoreError(
                f"none of the {total} stored files exists: nothing pruned (is the archive mounted?); "
                "name the folders to prune"
            )
    if dry_run or not result.paths:
        return result
    with store.transaction():
        for path in result.paths:
            row = store.source(path)
            store.db.execute("DELETE FROM errors WHERE path = ?", [path])
            if row is None:
                continue
            store.db.execute("DELETE FROM sources WHERE path = ?", [path])
            if store.drop_if_orphan(row["document_id"]):
                result.documents += 1
    return result
