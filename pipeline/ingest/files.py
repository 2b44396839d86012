"""The files of an import: walking the folders given, and hashing content.

The walk reads nothing outside the folders it was given: a symbolic link whose
target lies outside them (``archive/a.txt -> /etc/shadow``) is refused with its
cause unless ``follow_links`` allows it, and so is a broken link; a folder that
cannot be listed is reported, not silently left out.  A file named on the
command line is taken as given, link or not: the user named it.
"""

from __future__ import annotations

import fnmatch
import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Sequence, Union

from vanban.pipeline.store.paths import canonical_path

# Files an archive folder holds that are no documents: thumbnails caches, folder
# settings, Office's lock files of open documents ("~$báo cáo.docx").
DEFAULT_EXCLUDES: tuple[str, ...] = ("Thumbs.db", "desktop.ini", "~$*", "*.tmp", "*.crdownload", "*.part")
# An SQLite store's companion files: a store inside the archive is never imported.
STORE_COMPANIONS = ("", "-wal", "-shm", "-journal")


# The largest file an import reads by default.  Documents are far smaller (a
# scanned volume of hundreds of pages is tens of MB); the bound keeps a disk image
# or a file that never ends from filling the memory of the process reading it.
MAX_FILE_MB = 1024
_CHUNK = 16 * 1024 * 1024
_SPECIAL_FILES = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)


class NotADocumentFile(Exception):
    """A path that is not read: a special file, or larger than the bound."""

    def __init__(self, cause: str):
        super().__init__(cause)
        self.cause = cause


class SpecialFile(NotADocumentFile):
    """A named pipe, device, socket or folder."""


class TooLarge(NotADocumentFile):
    """A file over the bound, or grown past it while read."""


def read_file(path: Union[str, Path], max_mb: float = MAX_FILE_MB) -> tuple[bytes, float]:
    """The bytes and modification time of the regular file at ``path``.

    Nothing that is no regular file is read: a named pipe would block the reader
    for ever and a device (a link to ``/dev/zero``) never ends.  The pipe is
    opened without waiting for a writer, then refused on its type.  A file over
    ``max_mb`` MB, or growing past it while read, is refused with its size."""
    limit = int(max_mb * 1024 * 1024)
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = next((name for test, name in _SPECIAL_FILES if test(info.st_mode)), "no regular file")
            raise SpecialFile(f"{kind}, not a document: not read")
        if info.st_size > limit:
            raise TooLarge(_too_large(info.st_size, max_mb))
        parts = [os.read(fd, info.st_size + 1)]  # (one read; more only if it grew)
        total = len(parts[0])
        while parts[-1] and total <= limit:
            parts.append(os.read(fd, _CHUNK))
            total += len(parts[-1])
        if total > limit:
            raise TooLarge(_too_large(total, max_mb))
        return b"".join(parts), info.st_mtime
    finally:
        os.close(fd)


def _too_large(size: int, max_mb: float) -> str:
    return f"file of {size / 1048576:,.1f} MB, over the {max_mb:g} MB bound: not read (--max-file-mb)"


@dataclass(frozen=True)
class Refused:
    """A path the walk does not hand out to be read, and why."""

    path: str
    cause: str


def inside(target: str, roots: list[str]) -> bool:
    """Is the real path ``target`` one of the real paths ``roots`` or under one?"""
    return any(target == root or target.startswith(root.rstrip(os.sep) + os.sep) for root in roots)


def walk(
    paths: Iterable[Union[str, Path]],
    follow_links: bool = False,
    exclude: Sequence[str] = DEFAULT_EXCLUDES,
    skip: Iterable[Union[str, Path]] = (),
) -> Iterator[Union[Path, Refused]]:
    """Files under ``paths`` in a stable order, and a ``Refused`` for each link,
    file or folder not read.  Hidden files and folders are left out, and so are
    file names matching a pattern of ``exclude`` (``fnmatch``, case-insensitive)
    and the files of ``skip`` (the store being written, with its companions)."""
    # Walked by their canonical names: every path handed out is then canonical too.
    paths = [Path(canonical_path(str(p))) for p in paths]
    roots = [os.path.realpath(p) for p in paths]
    patterns = [p.casefold() for p in exclude]
    skipped = {os.path.realpath(f"{s}{suffix}") for s in skip for suffix in STORE_COMPANIONS}
    skipped_names = {os.path.basename(p) for p in skipped}  # (a name test first: realpath costs syscalls)
    for root in paths:
        try:
            is_folder = root.is_dir()
        except OSError as exc:  # (a folder above it that this user may not enter)
            yield Refused(str(root), f"cannot open: {exc.strerror or exc}")
            continue
        if not is_folder:
            # A named file is taken even if hidden, and a missing one is reported.
            yield root
            continue
        refused: list[Refused] = []
        listing_failed = _recorder(refused)

        seen: set[str] = set()  # real folders walked: links may form cycles
        for folder, dirs, files in os.walk(root, onerror=listing_failed, followlinks=follow_links):
            yield from refused
            refused.clear()
            real = os.path.realpath(folder)
            if real in seen:
                dirs[:] = []
                continue
            seen.add(real)
            kept = []
            for name in sorted(d for d in dirs if not d.startswith(".")):
                path = os.path.join(folder, name)
                if not follow_links and os.path.islink(path):
                    # os.walk does not enter it; say so when it leads out of the archive
                    target = os.path.realpath(path)
                    if not inside(target, roots):
                        yield Refused(path, _outside(target))
                    continue
                kept.append(name)
            dirs[:] = kept
            for name in sorted(files):
                if name.startswith(".") or any(fnmatch.fnmatchcase(name.casefold(), p) for p in patterns):
                    continue
                path = os.path.join(folder, name)
                if name in skipped_names and os.path.realpath(path) in skipped:
                    continue
                if os.path.islink(path) and not follow_links:
                    target = os.path.realpath(path)
                    if not os.path.exists(target):
                        yield Refused(path, f"broken symbolic link (to {os.readlink(path)})")
                        continue
                    if not inside(target, roots):
                        yield Refused(path, _outside(target))
                        continue
                yield Path(path)
        yield from refused


def _recorder(refused: list[Refused]):
    """``os.walk``'s ``onerror``: a folder it cannot list, kept to be reported."""

    def listing_failed(error: OSError) -> None:
        refused.append(Refused(str(error.filename), f"cannot list folder: {error.strerror or error}"))

    return listing_failed


def _outside(target: str) -> str:
    return (
        f"symbolic link to {target}, outside the folders being imported: not read "
        "(--follow-links reads such links)"
    )


def files_only(paths: Iterable[Union[str, Path]], **options) -> Iterator[Path]:
    """The files ``walk`` hands out, without what it refuses."""
    return (item for item in walk(paths, **options) if isinstance(item, Path))


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
