"""The files of an import: walking the folders given, and hashing content."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Iterable, Iterator, Union


def walk(paths: Iterable[Union[str, Path]]) -> Iterator[Path]:
    """Files under ``paths`` in a stable order; hidden files and folders skipped."""
    for root in paths:
        root = Path(root)
        if root.is_dir():
            for folder, dirs, files in os.walk(root):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield Path(folder) / name
        else:
            # A named file is taken even if hidden, and a missing one is reported.
            yield root


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
