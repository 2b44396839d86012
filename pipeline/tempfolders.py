"""Temporary folders of worker processes, named so the parent can remove them.

A worker's temporary folders carry its PID in their name (``vanban-doc-<pid>-…``,
``vanban-lo-profile-<pid>-…``): the process that ran the worker removes them when
the worker ends, however it ends — a process killed at its time limit, or one
that leaves through ``os._exit`` as forked workers do, runs no cleanup (no
``atexit``, no ``finally``) of its own.
"""

from __future__ import annotations

import glob
import os
import shutil
import tempfile

WORKER_TEMP_PATTERN = "vanban-*-{pid}-*"


def temporary_prefix(kind: str) -> str:
    """The prefix of a temporary folder this process makes (``tempfile.mkdtemp``)."""
    return f"vanban-{kind}-{os.getpid()}-"


def remove_temporary_folders(pid: int) -> None:
    """Every temporary folder of the process ``pid``."""
    for folder in glob.glob(os.path.join(tempfile.gettempdir(), WORKER_TEMP_PATTERN.format(pid=pid))):
        shutil.rmtree(folder, ignore_errors=True)
