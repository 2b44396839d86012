"""File paths as the store holds them.

Paths are stored canonical (``canonical_path``): absolute and resolved.  A POSIX file name is bytes; Python gives the bytes that are not UTF-8 as lone
surrogates (``a_\\udcff.txt``), which SQLite cannot hold (``UnicodeEncodeError:
surrogates not allowed``).  Such a path is stored with each of those bytes
written ``\\xNN`` (``a_\\xff.txt``) and each backslash as ``\\x5c``, so that
``filesystem_path`` turns it back into the very same bytes; a path that is valid
UTF-8 is stored as it is.
"""

from __future__ import annotations

import os
import re

_ESCAPED_BYTE = re.compile(r"\\x([0-9a-fA-F]{2})")


def canonical_path(path: str) -> str:
    """One name for one file however it was typed: absolute, with ``..`` and
    linked folders resolved, so that importing ``archive`` and then
    ``/home/me/archive`` finds the same paths.  The file's own name is kept
    even when it is a link: a link is a path of its own to the same content.
    A folder is named by its real path."""
    if os.path.isdir(path):
        return os.path.realpath(path)
    folder, name = os.path.split(path)
    # (realpath, not abspath, for the folder: ``link/..`` is where the link leads, then up)
    return os.path.join(os.path.realpath(folder or "."), name)


def stored_path(path: str) -> str:
    """The form of ``path`` the store holds and the terminal prints."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return os.fsencode(path).replace(b"\\", b"\\x5c").decode("utf-8", "backslashreplace")


def filesystem_path(text: str) -> str:
    """The file a stored path names: ``stored_path`` undone.  A stored path that
    exists as written is that file (a name may hold a literal ``\\x``)."""
    if "\\x" not in text or os.path.lexists(text):
        return text
    raw = os.fsencode(text)
    raw = _ESCAPED_BYTE.sub(lambda m: bytes([int(m.group(1), 16)]).decode("latin-1"), raw.decode("latin-1"))
    return os.fsdecode(raw.encode("latin-1"))
