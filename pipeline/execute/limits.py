"""The one memory policy of every executor: a worker's address space is bound
by the soft ``RLIMIT_AS`` (capped by any hard limit already in force).  Only the
soft limit is set, so that the next executor sharing a process (a Dask worker
runs the tasks of successive imports) can set its own bound."""

from __future__ import annotations

import resource
from typing import Optional


def limit_address_space(memory_limit_mb: Optional[int]) -> None:
    """Bound this process's address space to ``memory_limit_mb`` (None: leave it)."""
    if not memory_limit_mb:
        return
    limit = memory_limit_mb * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
